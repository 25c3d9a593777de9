"""Multiple-choice items whose options are numbers, formulas or dates (all values computed)."""
import datetime
from fractions import Fraction
from common import fmt_frac, unique_fill, LABELSETS
from mc_core import build_mc, build_multi

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def cmp_note(val, claimed, lang, result_word=None):
    if val == claimed:
        return f"{val} — matches my result." if lang == "en" else f"{val}，与计算结果一致。"
    return (f"{val} — does not equal {claimed}, so it is ruled out." if lang == "en"
            else f"{val}，与{claimed}不符，排除。")


def signed(b):
    return f"+ {b}" if b >= 0 else f"- {-b}"


def t_linear(rng):
    a = rng.randint(2, 9)
    x = rng.randint(-12, 15)
    b = rng.choice([v for v in range(-25, 31) if v != 0])
    c = a * x + b
    err = fmt_frac(Fraction(c + b, a))
    pool = [str(v) for v in (x + 1, x - 1, x + 2, -x, x - 3, x + 4, x * 2, x + 5, x - 6, x + 7, c - b)]
    eq = f"{a}x {signed(b)} = {c}"

    def work(lang, bad):
        if lang == "en":
            if bad:
                return (f"Start from {eq}. Moving the constant across: {a}x = {c} + {b} = {c + b}. "
                        f"Dividing both sides by {a} gives x = {err}.")
            return (f"Start from {eq}. Subtract {b} from both sides: {a}x = {c} - ({b}) = {c - b}. "
                    f"Divide by {a}: x = {x}. Check: {a}·({x}) {signed(b)} = {a * x + b}, which equals {c}. ✓")
        if bad:
            return f"由 {eq}，移项得 {a}x = {c} + {b} = {c + b}，两边除以{a}，得 x = {err}。"
        return (f"由 {eq}，两边同时减去{b}：{a}x = {c} - ({b}) = {c - b}，再除以{a}得 x = {x}。"
                f"检验：{a}×({x}) {signed(b)} = {c}，成立。")
    return dict(stem_en=f"Solve for x: {eq}.", stem_zh=f"方程 {eq} 的解是（　　）",
                correct=str(x), err=err, pool=pool, work=work, note=cmp_note, tag="linear")


def term(c, e):
    if e == 0:
        return str(c)
    if e == 1:
        return f"{c}x"
    return f"{c}x^{e}"


def poly(terms):
    return " + ".join(term(c, e) for c, e in terms)


def t_derivative(rng):
    n = rng.randint(3, 6)
    m = rng.randint(2, n - 1)
    a, b, k = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 12)
    f = poly([(a, n), (b, m), (k, 0)])
    right = poly([(a * n, n - 1), (b * m, m - 1)])
    err = poly([(a * n, n), (b * m, m)])
    pool = [poly([(a, n - 1), (b, m - 1)]), poly([(a * n, n - 1), (b * m, m - 1), (k, 0)]),
            poly([(a * (n - 1), n - 1), (b * (m - 1), m - 1)]), poly([(a * n, n + 1), (b * m, m + 1)]),
            poly([(a * n, n - 1), (b, m - 1)]), poly([(a, n - 1), (b * m, m - 1)]),
            poly([(a * n, n - 2), (b * m, m - 2)]), poly([(a + n, n - 1), (b + m, m - 1)]),
            poly([(a * n * 2, n - 1), (b * m, m - 1)])]

    def work(lang, bad):
        if lang == "en":
            if bad:
                return (f"f(x) = {f}. Multiply each coefficient by its exponent: {a}·{n} = {a * n} and "
                        f"{b}·{m} = {b * m}; the constant disappears. So f'(x) = {err}.")
            return (f"f(x) = {f}. Power rule, term by term: d/dx {term(a, n)} = {a}·{n}x^{n - 1} = "
                    f"{term(a * n, n - 1)}; d/dx {term(b, m)} = {b}·{m}x^{m - 1} = {term(b * m, m - 1)}; "
                    f"the constant {k} differentiates to 0. So f'(x) = {right}.")
        if bad:
            return f"f(x) = {f}，各项系数乘以指数：{a * n}、{b * m}，常数项求导为0，所以 f'(x) = {err}。"
        return (f"f(x) = {f}。逐项用幂函数求导法则：({term(a, n)})' = {term(a * n, n - 1)}，"
                f"({term(b, m)})' = {term(b * m, m - 1)}，常数{k}的导数为0。所以 f'(x) = {right}。")
    return dict(stem_en=f"If f(x) = {f}, which of the following is f'(x)?",
                stem_zh=f"已知 f(x) = {f}，则 f'(x) =（　　）", correct=right, err=err, pool=pool,
                work=work, note=cmp_note, tag="derivative")


def fmt_date(d, lang):
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}" if lang == "en" else f"{d.year}年{d.month}月{d.day}日"


def date_walk(start, n, lang):
    lines, cur, rem = [], start, n
    while True:
        nxt = (cur.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
        gap = (nxt - cur).days
        if rem < gap:
            res = cur + datetime.timedelta(days=rem)
            lines.append(f"Adding the last {rem} days to {fmt_date(cur, lang)} gives {fmt_date(res, lang)}."
                         if lang == "en" else f"{fmt_date(cur, lang)}再加{rem}天，得到{fmt_date(res, lang)}。")
            return lines, res
        rem -= gap
        lines.append(f"From {fmt_date(cur, lang)} to {fmt_date(nxt, lang)} is {gap} days; {rem} days remain."
                     if lang == "en" else f"从{fmt_date(cur, lang)}到{fmt_date(nxt, lang)}共{gap}天，还剩{rem}天。")
        cur = nxt


def t_date(rng, lang):
    start = datetime.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    n = rng.randint(25, 160)
    lines_c, res = date_walk(start, n, lang)
    lines_e, res_e = date_walk(start, n - 1, lang)
    cands = [res + datetime.timedelta(days=k) for k in (1, 2, -2, 7, -7, 30, -30, 3, -3, 10, -10)]
    pool = [fmt_date(d, lang) for d in cands]

    def work(lg, bad):
        if bad:
            pre = (f"Counting {fmt_date(start, lg)} itself as day 1, I need to move forward {n - 1} days."
                   if lg == "en" else f"把{fmt_date(start, lg)}当作第1天，只需再往后数{n - 1}天。")
            return pre + "\n" + "\n".join(lines_e)
        pre = (f"I need the date exactly {n} days after {fmt_date(start, lg)}. I will walk month by month."
               if lg == "en" else f"求{fmt_date(start, lg)}之后{n}天的日期，按月逐段计算。")
        return pre + "\n" + "\n".join(lines_c)
    return dict(stem_en=f"What is the date {n} days after {fmt_date(start, 'en')}?",
                stem_zh=f"{fmt_date(start, 'zh')}之后的第{n}天是（　　）", correct=fmt_date(res, lang),
                err=fmt_date(res_e, lang), pool=pool, work=work, note=cmp_note, tag="date")


def money(fr):
    cents = fr * 100
    assert cents.denominator == 1
    c = cents.numerator
    return f"${c // 100}.{c % 100:02d}"


def t_percent(rng):
    p0 = rng.randrange(80, 501, 20)
    up, down = rng.randrange(10, 41, 5), rng.randrange(5, 31, 5)
    P = Fraction(p0)
    mid = P * (100 + up) / 100
    fin = mid * (100 - down) / 100
    err = P * (100 + up - down) / 100
    pool = [money(v) for v in (mid, P * (100 - down) / 100, fin + 1, fin - 2, fin + 5, fin - 10, P,
                                 P * (100 - up + down) / 100, fin + 20, fin * 2)]

    def work(lang, bad):
        if lang == "en":
            if bad:
                return (f"The net change is +{up}% - {down}% = {up - down}%. "
                        f"So the final price is {money(P)} × {100 + up - down}/100 = {money(err)}.")
            return (f"After the {up}% increase: {money(P)} × {100 + up}/100 = {money(mid)}. "
                    f"After the {down}% decrease on the new price: {money(mid)} × {100 - down}/100 = {money(fin)}. "
                    f"The two percentages apply to different bases, so they cannot simply be subtracted.")
        if bad:
            return f"净变化为 {up}% - {down}% = {up - down}%，所以最终价格为 {money(P)} × {100 + up - down}% = {money(err)}。"
        return (f"先涨{up}%：{money(P)} × {100 + up}% = {money(mid)}；再在新价格上降{down}%："
                f"{money(mid)} × {100 - down}% = {money(fin)}。两次百分比的基数不同，不能直接相减。")
    return dict(stem_en=(f"A jacket costs {money(P)}. Its price is raised by {up}% and then the new price is "
                         f"cut by {down}%. What is the final price?"),
                stem_zh=f"一件商品原价{money(P)}，先提价{up}%，再按新价格降价{down}%，最终价格是（　　）",
                correct=money(fin), err=money(err), pool=pool, work=work, note=cmp_note, tag="percent")


def t_series(rng):
    a, d, n = rng.randint(2, 15), rng.randint(2, 9), rng.randint(8, 30)
    last = a + (n - 1) * d
    s = n * (a + last) // 2 if n * (a + last) % 2 == 0 else None
    s = Fraction(n * (a + last), 2)
    err = Fraction(n * (a + a + n * d), 2)
    pool = [fmt_frac(v) for v in (s + d, s - d, s + n, n * last, s - a, s + 2 * d, s * 2, s - n, s + a, s + 1)]

    def work(lang, bad):
        if lang == "en":
            if bad:
                return (f"First term {a}, difference {d}. The last term is {a} + {n}·{d} = {a + n * d}. "
                        f"Sum = {n}·({a} + {a + n * d})/2 = {fmt_frac(err)}.")
            return (f"First term {a}, difference {d}, {n} terms. The last term is a_n = {a} + ({n} - 1)·{d} = {last}. "
                    f"Sum = n(a_1 + a_n)/2 = {n}·({a} + {last})/2 = {n}·{a + last}/2 = {fmt_frac(s)}.")
        if bad:
            return f"首项{a}，公差{d}，末项 = {a} + {n}×{d} = {a + n * d}，和 = {n}×({a}+{a + n * d})/2 = {fmt_frac(err)}。"
        return (f"首项{a}，公差{d}，共{n}项。末项 a_n = {a} + ({n}-1)×{d} = {last}。"
                f"前n项和 = n(a_1+a_n)/2 = {n}×({a}+{last})/2 = {fmt_frac(s)}。")
    return dict(stem_en=f"An arithmetic sequence starts {a}, {a + d}, {a + 2 * d}, ... What is the sum of its first {n} terms?",
                stem_zh=f"等差数列 {a}, {a + d}, {a + 2 * d}, … 的前{n}项和为（　　）",
                correct=fmt_frac(s), err=fmt_frac(err), pool=pool, work=work, note=cmp_note, tag="series")


def t_lcm(rng):
    from math import gcd
    g = rng.choice([2, 3, 4, 5, 6])
    p, q = rng.sample([2, 3, 5, 7, 11, 13], 2)
    a, b = g * p, g * q * rng.choice([1, 2]) if g % 2 else g * q
    l = a * b // gcd(a, b)
    pool = [str(v) for v in (gcd(a, b), l * 2, l + a, l - b, a + b, l + g, l * 3, max(a, b), l + 1, l - 1)]

    def work(lang, bad):
        if lang == "en":
            if bad:
                return f"The least common multiple is just the product: {a} × {b} = {a * b}."
            return (f"gcd({a}, {b}) = {gcd(a, b)}. Then lcm = {a} × {b} / {gcd(a, b)} = {a * b} / {gcd(a, b)} = {l}. "
                    f"Check: {l}/{a} = {l // a} and {l}/{b} = {l // b}, both whole numbers.")
        if bad:
            return f"最小公倍数就是两数之积：{a} × {b} = {a * b}。"
        return f"gcd({a}, {b}) = {gcd(a, b)}，所以最小公倍数 = {a}×{b}÷{gcd(a, b)} = {l}。检验：{l}÷{a}={l // a}，{l}÷{b}={l // b}。"
    return dict(stem_en=f"What is the least common multiple of {a} and {b}?",
                stem_zh=f"{a}和{b}的最小公倍数是（　　）", correct=str(l), err=str(a * b), pool=pool,
                work=work, note=cmp_note, tag="lcm")


def t_circle(rng):
    r = rng.randint(3, 15)
    pool = [f"{k}π" for k in (r * r * 2, r * r // 2 if r % 2 == 0 else r * r + 1, 4 * r * r, r, r * r + r, r * r - r,
                               (r + 1) ** 2, (r - 1) ** 2, 3 * r)]

    def work(lang, bad):
        if lang == "en":
            if bad:
                return f"For a circle of radius {r}, the area is 2πr = 2·{r}·π = {2 * r}π."
            return f"Area of a circle is πr². With r = {r}: π·{r}² = {r * r}π. (2πr = {2 * r}π would be the circumference.)"
        if bad:
            return f"半径为{r}的圆，面积 = 2πr = {2 * r}π。"
        return f"圆的面积公式 S = πr²，r = {r}，所以 S = {r * r}π。（2πr = {2 * r}π 是周长，不是面积。）"
    return dict(stem_en=f"A circle has radius {r} cm. What is its area in cm²?",
                stem_zh=f"半径为{r} cm的圆，面积为（　　）cm²", correct=f"{r * r}π", err=f"{2 * r}π",
                pool=pool, work=work, note=cmp_note, tag="circle")


def t_dice(rng):
    s = rng.choice([3, 4, 5, 6, 8, 9, 10, 11])
    ways = [(i, s - i) for i in range(1, 7) if 1 <= s - i <= 6]
    c = len(ways)
    right = fmt_frac(Fraction(c, 36))
    err = fmt_frac(Fraction(c - 1 if c > 1 else c + 1, 36))
    pool = [fmt_frac(Fraction(k, 36)) for k in (c + 1, c + 2, c - 2 if c > 2 else 7)] + \
        [fmt_frac(Fraction(c, 12)), fmt_frac(Fraction(c, 6)), fmt_frac(Fraction(1, s)), "1/2", "1/9", "1/3"]
    pairs = ", ".join(f"({i},{j})" for i, j in ways)
    half = ", ".join(f"({i},{j})" for i, j in ways if i <= j)

    def work(lang, bad):
        if lang == "en":
            if bad:
                return (f"Unordered pairs that sum to {s}: {half}. Treating these as the outcomes over 36, "
                        f"and dropping the double I counted twice, I get {err}.")
            return f"Ordered outcomes summing to {s}: {pairs}. That is {c} of 36, so P = {c}/36 = {right}."
        if bad:
            return f"和为{s}的组合：{half}，去掉重复后按36种计算，概率为{err}。"
        return f"和为{s}的有序结果：{pairs}，共{c}种，总共36种，P = {c}/36 = {right}。"
    return dict(stem_en=f"Two fair six-sided dice are rolled. What is the probability that the sum is {s}?",
                stem_zh=f"同时掷两枚均匀的骰子，点数之和为{s}的概率是（　　）", correct=right, err=err,
                pool=pool, work=work, note=cmp_note, tag="dice")


def t_not_prime(rng):
    primes = [p for p in range(41, 200) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
    comps = [p * q for p in (7, 11, 13) for q in (11, 13, 17, 19) if p < q and p * q < 250]
    comp = rng.choice(comps)
    ps = rng.sample(primes, 9)
    fac = next((d, comp // d) for d in range(2, comp) if comp % d == 0)

    def note(val, claimed, lang):
        v = int(val)
        is_comp = v == comp
        if val == claimed:
            if is_comp:
                return (f"{v} = {fac[0]} × {fac[1]}, composite — this is the one that is NOT prime." if lang == "en"
                        else f"{v} = {fac[0]} × {fac[1]}，是合数，所以它不是质数。")
            return (f"{v} looks like it should factor, so I take it as the non-prime." if lang == "en"
                    else f"{v}看起来能分解，所以认为它不是质数。")
        if is_comp:
            return (f"{v}: I don't spot a small divisor, so I treat it as prime." if lang == "en"
                    else f"{v}：没找到小因数，当作质数。")
        return (f"{v}: no divisor up to √{v}, so it is prime — not the answer." if lang == "en"
                else f"{v}：在√{v}以内没有因数，是质数，不是答案。")

    def work(lang, bad):
        if lang == "en":
            return ("The question asks which number is NOT prime, so I need to find the composite one. "
                    "For each number I test divisibility by primes up to its square root.")
        return "题目问哪个不是质数，也就是找出合数。对每个数，用不超过其平方根的质数试除。"
    return dict(stem_en="Which of the following numbers is NOT prime?", stem_zh="下列各数中，不是质数的是（　　）",
                correct=str(comp), err=str(ps[0]), pool=[str(p) for p in ps[1:]], work=work, note=note,
                tag="not_prime")


def t_not_equal(rng):
    n, d = rng.choice([(3, 4), (2, 5), (3, 8), (7, 20), (9, 25), (1, 8), (4, 5), (5, 16)])
    fr = Fraction(n, d)
    dec = fr.numerator * 10 ** 6 // fr.denominator
    decs = f"{Fraction(dec, 10 ** 6).numerator / Fraction(dec, 10 ** 6).denominator:g}"
    k = rng.randint(2, 6)
    equal = [f"{n * k}/{d * k}", decs, f"{float(fr * 100):g}%", f"{n * (k + 1)}/{d * (k + 1)}"]
    wrong = f"{n + 1}/{d + 1}"
    others = [f"{float(fr * 100):g}/100", f"{n * 10}/{d * 10}", f"{float(fr * 1000):g}/1000", f"{n * 7}/{d * 7}",
              f"{float(fr * 10):g}/10"]

    def note(val, claimed, lang):
        if val == claimed:
            if val == wrong:
                return (f"{val} = {float(Fraction(n + 1, d + 1)):.4g}, which differs from {fmt_frac(fr)} = {decs}; "
                        f"this is the one that is NOT equal." if lang == "en"
                        else f"{val} ≈ {float(Fraction(n + 1, d + 1)):.4g}，不等于{fmt_frac(fr)}，就是它。")
            return (f"{val}: I think this one is off, so it is the odd one out." if lang == "en"
                    else f"{val}：感觉这个不相等，选它。")
        return (f"{val} equals {fmt_frac(fr)} — not the answer." if lang == "en"
                else f"{val}等于{fmt_frac(fr)}，不是答案。")

    def work(lang, bad):
        if lang == "en":
            return (f"Note the NOT: three options will equal {fmt_frac(fr)} = {decs}, and I want the one that "
                    f"does not. I convert each option to a decimal.")
        return f"注意题目问的是“不等于”。{fmt_frac(fr)} = {decs}，把每个选项化成小数比较。"
    return dict(stem_en=f"Which of the following is NOT equal to {fmt_frac(fr)}?",
                stem_zh=f"下列各数中，不等于{fmt_frac(fr)}的是（　　）", correct=wrong, err=equal[0],
                pool=equal[1:] + others, work=work, note=note, tag="not_equal")


TYPES = [t_linear, t_derivative, t_percent, t_series, t_lcm, t_circle, t_dice, t_not_prime, t_not_equal]


def gen_math_mc(rng, n, lang, correct_flags, target_fn):
    out = []
    for j in range(n):
        if rng.random() < 0.14:
            it = t_date(rng, lang)
        else:
            it = rng.choice(TYPES)(rng)
        if lang == "zh":
            ls = rng.choice(["AD", "AD", "AD", "jia", "roman"])
        else:
            ls = rng.choice(["AD", "AD", "AD", "AE", "AJ", "roman"])
        if it["tag"] in ("not_prime", "not_equal") and ls == "AJ":
            ls = "AD"
        if ls == "AJ" and len(set(it["pool"]) - {it["correct"], it["err"]}) < 8:
            ls = "AD"
        labels = LABELSETS[ls]
        texts = unique_fill(rng, it["correct"], it["err"], it["pool"], len(labels))
        texts = [texts[0], texts[1]] + rng.sample(texts[2:], len(texts) - 2)
        order = list(range(len(texts)))
        rng.shuffle(order)
        texts = [texts[i] for i in order]
        ci, ei = order.index(0), order.index(1)
        stem = it["stem_en"] if lang == "en" else it["stem_zh"]

        def note(i, fav, texts=texts, it=it):
            return it["note"](texts[i], texts[fav], lang)
        ds = {"AJ": "gpqa_like", "jia": "ceval_like"}.get(ls, "mmlu_like" if lang == "en" else "cmmlu_like")
        rec = build_mc(rng, lang, ds, stem, texts, labels, ci, ei, it["work"](lang, False),
                       it["work"](lang, True), note, correct_flags[j], target_fn())
        if it["tag"].startswith("not"):
            rec["trap"] += "_not"

        out.append(rec)
    return out


def gen_math_multi(rng, n, lang, correct_flags, target_fn):
    out = []
    for j in range(n):
        k = rng.choice([3, 4, 6, 7, 9])
        while True:
            vals = rng.sample(range(20, 200), 5)
            truth = [v % k == 0 for v in vals]
            if 2 <= sum(truth) <= 3:
                break
        labels = LABELSETS["AE"]

        def note(i, believed, vals=vals, k=k):
            v = vals[i]
            q, r = divmod(v, k)
            if lang == "en":
                calc = f"{v} = {k}·{q} + {r}"
                return f"{calc}; {'divisible — select it' if believed else 'not divisible — leave it out'}."
            return f"{v} = {k}×{q} + {r}，{'能整除，选' if believed else '不能整除，不选'}。"
        stem = (f"Which of the following numbers are divisible by {k}? Select all that apply." if lang == "en"
                else f"下列各数中，能被{k}整除的有（　　）（多选）")
        rec = build_multi(rng, lang, "mmlu_like" if lang == "en" else "cmmlu_like", stem,
                          [str(v) for v in vals], labels, truth, note, correct_flags[j], target_fn())
        out.append(rec)
    return out
