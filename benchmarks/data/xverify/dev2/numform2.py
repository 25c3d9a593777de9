"""Family C (part 2): number forms -- a symbolic form followed by its value,
LaTeX thousands separators, percentages, decimal commas vs thousands separators."""
from math import comb, perm
from fractions import Fraction
from common import commas, dec, think, EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab


def symbolic(rng, lang, correct, err, k):
    kind = (k // 2) % 4
    if kind == 0:
        n, r = rng.choice([(8, 3), (9, 3), (10, 3), (7, 4), (12, 2), (10, 4)])
        val = perm(n, r)
        q = rng.choice(["In a race with %d runners, in how many different ways can the gold, silver and bronze medals be awarded?" if r == 3 else
                        "How many ways are there to arrange %d of %d distinct books in a row on a shelf?" % (r, n)])
        if "%d" in q:
            q = q % n
        right = ["Order matters and nothing can be used twice, so this is a permutation:",
                 "$$P(%d, %d) = \\frac{%d!}{%d!} = %s.$$" % (n, r, n, n - r, " \\times ".join(str(n - i) for i in range(r)))]
        outs = ["$\\frac{%d!}{%d!}$, that is %d" % (n, n - r, val), "$P(%d,%d) = %d$" % (n, r, val), "$\\dfrac{%d!}{(%d-%d)!} = %d$" % (n, n, r, val)]
        wrong_out = "$\\binom{%d}{%d} = %d$" % (n, r, comb(n, r))
        wrong_work = ["We are choosing %d of the %d, so we count combinations:" % (r, n), "$$\\binom{%d}{%d} = %d.$$" % (n, r, comb(n, r))]
        ref = str(val) if rng.random() < 0.5 else "\\frac{%d!}{%d!}" % (n, n - r)
    elif kind == 1:
        n, r = rng.choice([(10, 3), (9, 4), (12, 3), (8, 5), (11, 2), (15, 2)])
        val = comb(n, r)
        q = "A club has %d members. In how many ways can a committee of %d members be chosen?" % (n, r)
        right = ["The committee is unordered, so we count combinations:", "$$\\binom{%d}{%d} = \\frac{%d!}{%d!\\,%d!} = %d.$$" % (n, r, n, r, n - r, val)]
        outs = ["$\\binom{%d}{%d} = %d$" % (n, r, val), "$C(%d,%d)$, which equals %d" % (n, r, val), "$\\frac{%d!}{%d!\\,%d!} = %d$" % (n, r, n - r, val)]
        wrong_out = "$%s = %d$" % (" \\times ".join(str(n - i) for i in range(r)), perm(n, r))
        wrong_work = ["Pick the members one at a time:", "$$%s = %d.$$" % (" \\times ".join(str(n - i) for i in range(r)), perm(n, r))]
        ref = str(val) if rng.random() < 0.5 else "\\binom{%d}{%d}" % (n, r)
    elif kind == 2:
        n = rng.choice([6, 7, 8, 9, 10, 11])
        val = 2 ** n
        q = "How many subsets (including the empty set) does a set with %d elements have?" % n
        right = ["Each element is either in the subset or not, giving 2 choices per element:", "$$2^{%d} = %d.$$" % (n, val)]
        outs = ["$2^{%d} = %d$" % (n, val), "$2^{%d}$, i.e. %d" % (n, val), "$2^{%d}=%d$ subsets" % (n, val)]
        wrong_out = "$2^{%d} - 1 = %d$" % (n, val - 1)
        wrong_work = ["Each element is in or out, $2^{%d} = %d$ choices, but we exclude the empty set:" % (n, val), "$$2^{%d} - 1 = %d.$$" % (n, val - 1)]
        ref = str(val)
    else:
        a, n = rng.choice([(3, 5), (4, 4), (3, 6), (5, 3), (2, 9), (4, 5)])
        val = a ** n
        q = "How many strings of length %d can be formed from an alphabet of %d letters, if letters may be repeated?" % (n, a)
        right = ["Each of the %d positions can be any of the %d letters:" % (n, a), "$$%d^{%d} = %d.$$" % (a, n, val)]
        outs = ["$%d^{%d} = %d$" % (a, n, val), "$%d^%d$, which is %d" % (a, n, val), "%d^%d = %d" % (a, n, val)]
        wrong_out = "$%d^{%d} = %d$" % (n, a, n ** a)
        wrong_work = ["There are %d choices for each of the %d letters:" % (n, a), "$$%d^{%d} = %d.$$" % (n, a, n ** a)]
        ref = str(val)
    if correct:
        work, out = right, outs[k % 3]
    else:
        work, out = wrong_work, wrong_out
    fin = rng.choice(["**Answer:** %s", "So the answer is %s.", "Final answer: %s"]) % out
    body = "\n\n".join(x for x in [rng.choice(EN_OPEN)] + work + [fin] if x)
    if rng.random() < 0.5:
        body = think([rng.choice(THINK_OPEN), "Counting problem. Does order matter? " + ("Yes." if kind == 0 else "No." if kind == 1 else "Not really relevant here.")]) + body
    return q, body, ref


def latex_sep(v, style):
    s = commas(v)
    if style == 0:
        return s.replace(",", "{,}")
    if style == 1:
        return s.replace(",", "\\,")
    if style == 2:
        return s.replace(",", "\\ ")
    return s.replace(",", "{,}")


def thousands(rng, lang, correct, err, k):
    kind = (k // 2) % 3
    zh = lang == "zh"
    if kind == 0:
        a, b = rng.randint(112, 987), rng.randint(112, 987)
        val = a * b
        q = ("计算 $%d \\times %d$。" if zh else "Compute $%d \\times %d$.") % (a, b)
        h, t, o = b // 100 * 100, b // 10 % 10 * 10, b % 10
        p1, p2, p3 = a * h, a * t, a * o
        mval = val if correct else val + rng.choice([100, -100, 1000, -1000])
        work = [("把第二个因数按数位拆开：$%d = %d + %d + %d$。" if zh else "Split the second factor by place value: $%d = %d + %d + %d$.") % (b, h, t, o),
                "- $%d \\times %d = %s$\n- $%d \\times %d = %s$\n- $%d \\times %d = %s$" % (a, h, latex_sep(p1, 0), a, t, latex_sep(p2, 0), a, o, latex_sep(p3, 0)),
                ("部分积相加：$%s + %s + %s = %s$。" if zh else "Adding the partial products: $%s + %s + %s = %s$.") % (latex_sep(p1, 0), latex_sep(p2, 0), latex_sep(p3, 0), latex_sep(mval, 0))]
    elif kind == 1:
        xs = [rng.randint(100000, 999999) for _ in range(3)]
        val = sum(xs)
        q = (("某市连续三个月的公交客流分别为%s、%s、%s人次，三个月共多少人次？") if zh else
             "A city recorded %s, %s and %s public-transit trips in three consecutive months. How many trips were recorded in total?") % tuple(commas(x) for x in xs)
        mval = val if correct else val - 10000
        work = [("先把前两个月相加：$%s + %s = %s$。" if zh else "Add the first two months: $%s + %s = %s$.") % (latex_sep(xs[0], 1), latex_sep(xs[1], 1), latex_sep(xs[0] + xs[1], 1)),
                ("再加第三个月：$%s + %s = %s$。" if zh else "Then add the third: $%s + %s = %s$.") % (latex_sep(xs[0] + xs[1], 1), latex_sep(xs[2], 1), latex_sep(mval, 1))]
    else:
        price, cnt = rng.choice([(1249, 18), (2375, 12), (899, 36), (4520, 15), (3199, 24)])
        val = price * cnt
        q = ("学校购买%d台投影仪，每台%s元，一共需要多少元？" if zh else "A school buys %d projectors at $%s each. What is the total cost in dollars?") % (cnt, commas(price))
        m = cnt if correct else cnt - 1
        mval = price * m
        work = [("总价 $= %d \\times %s$。" if zh else "Total cost $= %d \\times %s$.") % (m, latex_sep(price, 0)),
                "$$%d \\times %s = %s.$$" % (m, latex_sep(price, 0), latex_sep(mval, 0))]
        if not correct:
            work.insert(0, ("报价里已经含一台，所以只需再买%d台。" if zh else "The first projector is already covered by the quote, so %d more are needed.") % m)
    out = latex_sep(mval, (k // 2) % 4)
    ref = str(val)
    if zh:
        fin = rng.choice(["答：$%s$。", "**答案：** $%s$"]) % out
        return q, "\n\n".join(x for x in [rng.choice(ZH_OPEN)] + work + [fin] if x), ref
    fin = rng.choice(["**Answer:** $%s$", "So the result is $\\boxed{%s}$.", "Final answer: $%s$", "The total is $%s$."]) % out
    body = "\n\n".join(x for x in [rng.choice(EN_OPEN)] + work + [fin] if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "Straight arithmetic; I'll be careful with the carries."]) + body
    return q, body, ref


def percent(rng, lang, correct, err, k):
    kind = (k // 2) % 2
    if kind == 0:
        while True:
            A = rng.choice([40, 60, 80, 120, 160, 200, 240, 250, 400])
            p = rng.choice([5, 15, 35, 45, 55, 65, 85])
            if A * p % 100 == 0:
                break
        B = A * p // 100
        val, wrongv = p, 100 - p
        if lang == "zh":
            q = "%d是%d的百分之几？" % (B, A)
            work = ["$%d \\div %d = %s = %d\\%%$。" % (B, A, dec(Fraction(B, A), 4), p)]
        else:
            q = rng.choice(["What percent of %d is %d?", "A class has %d students, and %d of them walk to school. What percentage of the students walk to school?"]) % (A, B)
            work = ["The fraction is $\\frac{%d}{%d} = %s$." % (B, A, dec(Fraction(B, A), 4)), "Multiply by 100 to convert to a percentage: $%s \\times 100 = %d$." % (dec(Fraction(B, A), 4), p)]
        if not correct:
            if lang == "zh":
                work = ["$%d - %d = %d$，$%d \\div %d = %s = %d\\%%$。" % (A, B, A - B, A - B, A, dec(Fraction(A - B, A), 4), wrongv)]
            else:
                work = ["The remaining part is $%d - %d = %d$, and $\\frac{%d}{%d} = %s$." % (A, B, A - B, A - B, A, dec(Fraction(A - B, A), 4)),
                        "As a percentage: $%d$." % wrongv]
    else:
        while True:
            old = rng.choice([20, 40, 50, 60, 80, 120, 150, 200])
            p = rng.choice([10, 15, 20, 25, 30, 40, 60])
            new = old * (100 + p) // 100
            if old * (100 + p) % 100 == 0 and Fraction(new - old, new) * 100 != p:
                break
        val = p
        wrongf = Fraction(new - old, new) * 100
        wrongv = dec(wrongf, 2)
        if lang == "zh":
            q = "某商品原价%d元，现价%d元。价格上涨了百分之几？" % (old, new)
            work = ["上涨了 $%d - %d = %d$ 元，$%d \\div %d = %s$。" % (new, old, new - old, new - old, old if correct else new, dec(Fraction(new - old, old if correct else new), 4))]
        else:
            q = "The price of a book rose from $%d to $%d. By what percentage did the price increase?" % (old, new)
            base = old if correct else new
            work = ["The increase is $%d - %d = %d$ dollars." % (new, old, new - old),
                    "Relative to the %s price: $\\frac{%d}{%d} = %s$." % ("original" if correct else "new", new - old, base, dec(Fraction(new - old, base), 4))]
    v = val if correct else wrongv
    forms = ["$%s\\%%$", "%s percent", "%s%%", "$\\boxed{%s\\%%}$"]
    if lang == "zh":
        out = ("百分之%s" % zh_int(v)) if (correct and isinstance(v, int) and k % 2 == 0 and v < 100 and v % 5 == 0) else "$%s\\%%$" % v
        if not correct and isinstance(v, int):
            out = "百分之%s" % zh_int(v)
        fin = rng.choice(["答：%s。", "**答案：%s**"]) % out
        body = "\n\n".join([rng.choice(ZH_OPEN)] + work + [fin])
        ref = rng.choice(["%d\\%%" % val, "%d%%" % val])
        return q, body, ref
    out = forms[(k // 2) % 4] % v
    fin = rng.choice(["**Answer:** %s", "So the answer is %s.", "Final answer: %s"]) % out
    ref = rng.choice(["%d\\%%" % val, "%d%%" % val, str(val)])
    body = "\n\n".join(x for x in [rng.choice(EN_OPEN)] + work + [fin] if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "Percent question. Part over whole, times 100."]) + body
    return q, body, ref


def zh_int(v):
    tens, ones = divmod(v, 10)
    digits = "零一二三四五六七八九"
    if tens == 0:
        return digits[ones]
    return ("" if tens == 1 else digits[tens]) + "十" + ("" if ones == 0 else digits[ones])


def decimal_comma(rng, lang, correct, err, k):
    """Reference uses a point; output uses a comma as decimal mark, or a real
    thousands separator.  (kind, correct) determine whether they agree."""
    kind = (k // 2) % 5
    if kind == 0:  # rope: decimal comma, correct  / wrong unit (mm) with thousands separator
        L, n = rng.choice([(690, 2), (1035, 3), (1380, 4), (1470, 6), (1290, 6)] if correct else [(725, 2), (1250, 4), (1035, 3), (1380, 4)])
        v = Fraction(L, 100 * n)
        q = "A rope %s m long is cut into %d equal pieces. How long is each piece, in metres?" % (dec(Fraction(L, 100), 2), n)
        ref = dec(v, 3)
        if correct:
            work = ["Each piece is $%s \\div %d = %s$ m." % (dec(Fraction(L, 100), 2).replace(".", ","), n, dec(v, 3).replace(".", ","))]
            out = "%s m" % dec(v, 3).replace(".", ",")
        else:
            mm = int(v * 1000)
            work = ["Convert to millimetres first: $%s$ m $= %s$ mm.".replace("$%s$ m", "%s m") % (dec(Fraction(L, 100), 2), commas(L * 10)),
                    "Each piece is $%s \\div %d = %s$ mm." % (commas(L * 10), n, commas(mm))]
            out = "%s" % commas(mm)
    elif kind == 1:  # thousands separator, correct / comma read as decimal (wrong magnitude)
        price, cnt = rng.choice([(1150, 3), (575, 6), (1725, 2), (2150, 5), (1375, 4)])
        val = price * cnt
        q = "A laptop costs $%d. How much do %d laptops cost, in dollars?" % (price, cnt)
        ref = str(val)
        work = ["Total $= %d \\times %d = %s$." % (cnt, price, commas(val))]
        out = "$%s" % commas(val) if correct else "$%s" % dec(Fraction(val, 1000), 3).replace(".", ",")
        if not correct:
            work.append("In thousands of dollars that is %s." % dec(Fraction(val, 1000), 3).replace(".", ","))
    elif kind == 2:  # probability 0,5 / 0,25 etc
        fav, tot = rng.choice([(3, 6), (2, 8), (6, 8), (3, 4), (1, 5), (4, 5)])
        v = Fraction(fav, tot)
        q = "A spinner has %d equal sectors, and %d of them %s blue. What is the probability of landing on blue? Give your answer as a decimal." % (tot, fav, "is" if fav == 1 else "are")
        ref = dec(v, 3)
        wv = Fraction(tot - fav, tot) if v != Fraction(1, 2) else Fraction(fav, tot + 1)
        out = dec(v if correct else wv, 3).replace(".", ",")
        work = ["$P = \\frac{%d}{%d} = %s$." % (fav if correct else (tot - fav if v != Fraction(1, 2) else fav), tot if (correct or v != Fraction(1, 2)) else tot + 1, out)]
    elif kind == 3:  # cents vs euros
        items = rng.choice([(115, 3), (85, 4), (230, 2), (45, 7)])
        val = items[0] * items[1]
        q = "A pencil costs %d cents. How many cents do %d pencils cost?" % items
        ref = str(val)
        work = ["$%d \\times %d = %d$ cents." % (items[0], items[1], val)]
        if correct:
            out = "%d cents" % val if val < 1000 else "%s cents" % commas(val)
            work.append("That is %s euros, i.e. %s cents." % (dec(Fraction(val, 100), 2).replace(".", ","), out.split()[0]))
        else:
            out = "%s" % dec(Fraction(val, 100), 2).replace(".", ",")
            work.append("Converting to euros: %s." % out)
    else:  # 12,5 km/h style average
        d, t = rng.choice([(25, 2), (45, 4), (75, 6), (15, 4), (35, 2)])
        v = Fraction(d, t)
        q = "A runner covers %d km in %d hours at a steady pace. What is the runner's speed in km/h?" % (d, t)
        ref = dec(v, 3)
        if correct:
            out = "%s km/h" % dec(v, 3).replace(".", ",")
            work = ["Speed $= %d \\div %d = %s$ km/h." % (d, t, dec(v, 3).replace(".", ","))]
        else:
            out = "%s km/h" % dec(Fraction(t, d) * 60, 3).replace(".", ",")
            work = ["Time per km: $%d \\div %d$ h, i.e. $%s$ minutes per km." % (t, d, dec(Fraction(t, d) * 60, 3).replace(".", ","))]
    fin = rng.choice(["**Answer:** %s", "So the answer is %s.", "Final answer: %s", "The result is %s."]) % out
    body = "\n\n".join(x for x in [rng.choice(EN_OPEN)] + work + [fin] if x)
    if rng.random() < 0.35:
        body = think([rng.choice(THINK_OPEN), "Simple computation; I'll write the number the way I usually do."]) + body
    return q, body, ref


def build(B, rng):
    specs = [(symbolic, "symbolic_then_value", 8, 0, ["x"], "math_like"),
             (thousands, "latex_thousands", 8, 2, ["x"], "math_like"),
             (percent, "percent", 8, 2, ["x"], "gsm8k_like"),
             (decimal_comma, "decimal_comma", 10, 0, ["x"], "gsm8k_like")]
    for fn, sub, n, zh, errs, ds in specs:
        for i, (lang, correct, err) in enumerate(balanced(n, zh, errs)):
            q, out, ref = fn(rng, lang, correct, err, i)
            B.add("C_number_forms", sub, "cmath_like" if lang == "zh" else ds, "math", lang, q, out, ref, lab(correct))
