"""Family C (part 1): number forms -- scale words, repeating decimals,
Chinese fractions, mixed units of time."""
from fractions import Fraction
from common import (commas, dec, think, tfrac, pfrac, zh_frac, EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab)

SCALE = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9}
WRONG_SCALE = {"thousand": "million", "million": "billion", "billion": "million"}


def mant(x):
    return dec(x, 3)


def scale_words(rng, lang, correct, err, k):
    unit = ["million", "billion", "thousand", "million", "billion"][k % 5] if lang == "en" else "million"
    U = SCALE[unit]
    m = Fraction(rng.randint(11, 99), 10) if unit != "thousand" else Fraction(rng.choice([12, 15, 18, 24, 36, 45, 64]))
    N = int(m * U)
    slip = (not correct) and err == "digit"
    Nm = N - U // 10 if slip else N
    mm = Fraction(Nm, U)
    if unit == "thousand" or rng.random() < 0.5:
        t = rng.choice([d for d in range(4, 61) if N % d == 0 and d not in (10, 20, 30, 40, 50, 60)] or [5])
        r = N // t
        kind = "product"
    else:
        a = (N * rng.randint(30, 70) // 100) // (U // 100) * (U // 100)
        b = N - a
        kind = "sum"
    ref = rng.choice([str(N), commas(N)])
    if lang == "zh":
        if kind == "product":
            q = "某工厂平均每天生产零件%s个，%d天一共生产零件多少个？" % (commas(r), t)
            work = "$%s \\times %d = %s$（个）" % (commas(r), t, commas(Nm))
        else:
            q = "某市去年上半年接待游客%s人次，下半年接待%s人次。全年共接待游客多少人次？" % (commas(a), commas(b))
            work = "$%s + %s = %s$（人次）" % (commas(a), commas(b), commas(Nm))
        if Nm >= 10 ** 8:
            zs = "%s亿" % dec(Fraction(Nm, 10 ** 8), 4)
        else:
            zs = "%s万" % dec(Fraction(Nm, 10 ** 4), 4)
        if not correct and err == "scale":
            zs = "%s万" % dec(Fraction(Nm, 10 ** 5), 4)
        body = "\n\n".join([rng.choice(ZH_OPEN), "列式计算：" + work + "。", "%s 用“万”或“亿”作单位改写为 %s。" % (commas(Nm), zs),
                            rng.choice(["答：一共 %s。", "**答案：%s**"]) % zs])
        return q, body, ref
    if kind == "product":
        what = rng.choice([("A factory produces %s bolts per day. How many bolts does it produce in %d days?", "bolts"),
                           ("A data center processes %s requests per hour. How many requests does it process in %d hours?", "requests"),
                           ("An online store ships %s parcels per week. How many parcels does it ship in %d weeks?", "parcels")])
        q = what[0] % (commas(r), t)
        noun = what[1]
        work = ["The total is the rate times the time:", "$$%s \\times %d = %s.$$" % (commas(r), t, commas(Nm))]
        if rng.random() < 0.5:
            work.insert(1, "Break it up: $%s \\times %d = %s$ and $%s \\times %d = %s$, which add to $%s$." % (
                commas(r), t // 2, commas(r * (t // 2)), commas(r), t - t // 2, commas(r * (t - t // 2)), commas(N)) if not slip else "")
    else:
        what = rng.choice([("A streaming service had %s subscribers at the start of the year and gained %s subscribers during the year. How many subscribers did it have at the end of the year?", "subscribers"),
                           ("A charity raised $%s in its spring campaign and $%s in its autumn campaign. How much did it raise in total, in dollars?", "dollars"),
                           ("A country's two largest ports handled %s and %s containers last year. How many containers did they handle together?", "containers")])
        q = what[0] % (commas(a), commas(b))
        noun = what[1]
        work = ["Add the two amounts:", "$$%s + %s = %s.$$" % (commas(a), commas(b), commas(Nm))]
    uw = WRONG_SCALE[unit] if (not correct and err == "scale") else unit
    sw = "%s %s" % (mant(mm), uw)
    form = k % 4
    if form == 0:
        fin = "**Answer:** %s %s" % (sw, noun if noun != "dollars" else "dollars")
    elif form == 1:
        fin = "So the total is about $\\boxed{%s\\text{ %s}}$." % (mant(mm), uw)
    elif form == 2:
        fin = "The answer is %s%s." % ("$" if noun == "dollars" else "", sw) if noun != "dollars" else "The answer is \\$%s." % sw
    else:
        fin = "**Final answer:** %s" % sw
    conv = "Since one %s is $%s$, $%s = %s \\times %s$, i.e. **%s**." % (uw, commas(SCALE[uw]), commas(Nm), mant(Fraction(Nm, SCALE[uw])) if uw == unit else mant(mm), commas(SCALE[uw]), sw)
    if uw != unit:
        conv = "In words, $%s$ is %s." % (commas(Nm), sw)
    body = "\n\n".join(x for x in [rng.choice(EN_OPEN)] + work + [conv, fin] if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "Big numbers, I'll express the result with a scale word at the end."]) + body
    return q, body, ref


def expand(fr):
    """(integer part, pre-period digits, period digits) of a positive Fraction."""
    ip, r, d = fr.numerator // fr.denominator, fr.numerator % fr.denominator, fr.denominator
    digits, seen = [], {}
    while r and r not in seen:
        seen[r] = len(digits)
        r *= 10
        digits.append(str(r // d))
        r %= d
    if not r:
        return ip, "".join(digits), ""
    s = seen[r]
    return ip, "".join(digits[:s]), "".join(digits[s:])


def nonterm(fr):
    d = fr.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d > 1


def value(ip, pre, per):
    v = Fraction(ip) + (Fraction(int(pre), 10 ** len(pre)) if pre else 0)
    if per:
        v += Fraction(int(per), (10 ** len(per) - 1) * 10 ** len(pre))
    return v


def rep_form(ip, pre, per, style="over"):
    if style == "over":
        return "%d.%s\\overline{%s}" % (ip, pre, per)
    if style == "paren":
        return "%d.%s(%s)" % (ip, pre, per)
    if style == "dot":
        dots = "\\dot{%s}" % per if len(per) == 1 else "\\dot{%s}%s\\dot{%s}" % (per[0], per[1:-1], per[-1])
        return "%d.%s%s" % (ip, pre, dots)
    reps = max(2, -(-6 // len(per)))
    return "%d.%s%s..." % (ip, pre, per * reps)


def repeating(rng, lang, correct, err, k):
    kind = (k // 2) % 4
    alt = None  # the value the model ends up with, if it slips
    if kind == 0:
        kk = rng.choice([1, 5] if (correct or err == "a") else [2, 4])
        cond = {1: "a 6", 2: "greater than 4", 4: "not a multiple of 3", 5: "at most 5"}[kk]
        fr = Fraction(kk, 6)
        q = "A fair six-sided die is rolled once. What is the probability that the result is %s?" % cond
        mk = kk if (correct or err == "a") else 6 - kk
        work = ["There are 6 equally likely outcomes and %d favorable outcome%s, so the probability is %s." % (mk, "" if mk == 1 else "s", red(mk, 6))]
        alt = Fraction(mk, 6)
        ref = rng.choice([tfrac(fr), pfrac(fr)])
    elif kind == 1:
        while True:
            xs = rng.sample(range(2, 30), 3)
            if sum(xs) % 3 and (sum(xs) + 1) % 3:
                break
        fr = Fraction(sum(xs), 3)
        ms = sum(xs) if correct else sum(xs) + 1
        alt = Fraction(ms, 3)
        q = "What is the arithmetic mean of %d, %d and %d?" % tuple(xs)
        work = ["The sum is $%d + %d + %d = %d$, and dividing by 3 gives $%s$." % (xs[0], xs[1], xs[2], ms, tfrac(alt))]
        ref = tfrac(fr)
    elif kind == 2:
        kq = rng.choice([6, 12])
        L = rng.choice([v for v in range(5, 40) if nonterm(Fraction(v, kq)) and expand(Fraction(v, kq))[1]])
        fr = Fraction(L, kq)
        q = "A ribbon %d m long is cut into %d pieces of equal length. How long is each piece, in metres?" % (L, kq)
        work = ["Each piece is %s m." % red(L, kq)]
        ref = rng.choice([tfrac(fr), pfrac(fr)])
    else:
        den = rng.choice([11, 27, 33, 37, 7, 22])
        num = rng.choice([v for v in range(1, den) if Fraction(v, den).denominator == den])
        fr = Fraction(num, den)
        q = "Write $\\frac{%d}{%d}$ as a decimal." % (num, den)
        ip, pre, per = expand(fr)
        work = ["Long division of %d by %d gives the digits %s, after which the remainder repeats." % (num, den, pre + per)]
        ref = rep_form(ip, pre, per, "over")
    ip, pre, per = expand(fr)
    styles = ["over", "paren", "dots", "over", "dot"]
    st = styles[k % 5] if kind != 3 else rng.choice(["paren", "dots"])
    if correct:
        out = rep_form(ip, pre, per, st)
    elif alt is not None and alt != fr:
        out = rep_form(*expand(alt), style=st)
    elif kind == 0 or kind == 2:
        out = rep_form(ip, "", pre + per, st)  # bar over the whole block
    elif err == "a" and len(per) > 1:
        out = rep_form(ip, pre, per[1:] + per[0], st)
    else:
        out = "%d.%s" % (ip, (pre + per * 2)[:3])
    assert correct or out != rep_form(ip, pre, per, st)
    val = fr if correct else (alt if alt is not None and alt != fr else None)
    if val is not None:
        i2, p2, q2 = expand(val)
        decimal_talk = "As a decimal, $%s$ is $%d.%s%s\\ldots$, with the block \"%s\" repeating forever." % (tfrac(val), i2, p2, q2 * 3, q2)
    else:
        decimal_talk = ("As a decimal this is $%s$." % out) if "..." not in out else "As a decimal this is %s" % out
    fin = rng.choice(["**Answer:** $%s$", "So the answer is $%s$.", "The result is $\\boxed{%s}$.", "**Final answer:** %s"]) % out
    if out.endswith("...") and "$" in fin:
        fin = "So the answer is %s" % out
    body = "\n\n".join(x for x in [rng.choice(EN_OPEN)] + work + [decimal_talk, fin] if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "The fraction doesn't terminate; I'll give the repeating decimal."]) + body
    return q, body, ref


def red(a, b):
    f = Fraction(a, b)
    if f.numerator == a:
        return "$\\frac{%d}{%d}$" % (a, b)
    return "$\\frac{%d}{%d} = %s$" % (a, b, tfrac(f))


def zh_fractions(rng, lang, correct, err, k):
    kind = k % 3
    if kind == 0:
        n = rng.choice([6, 8, 9, 10, 12, 15, 16])
        while True:
            p1, p2 = rng.randint(1, n // 2), rng.randint(1, n // 2)
            fr = Fraction(p1 + p2, n)
            if fr < 1 and fr.denominator > 2 and fr.denominator <= 20:
                break
        q = "一块蛋糕平均切成%d块，小明吃了%d块，小红吃了%d块。两人一共吃了这块蛋糕的几分之几？" % (n, p1, p2)
        work = ["两人一共吃了 $%d + %d = %d$ 块。" % (p1, p2, p1 + p2), "占整块蛋糕的 $\\frac{%d}{%d}$。" % (p1 + p2, n)]
        raw = (p1 + p2, n)
    elif kind == 1:
        r, w = rng.randint(1, 9), rng.randint(1, 9)
        fr = Fraction(r, r + w)
        while fr.denominator < 3 or r + w > 20:
            r, w = rng.randint(1, 9), rng.randint(1, 9)
            fr = Fraction(r, r + w)
        q = "袋子里有%d个红球和%d个白球，这些球除颜色外都相同。从中任意摸出一个球，摸到红球的概率是多少？" % (r, w)
        work = ["球的总数是 $%d + %d = %d$ 个，其中红球 %d 个。" % (r, w, r + w, r), "所以 $P(\\text{红球}) = \\frac{%d}{%d}$。" % (r, r + w)]
        raw = (r, r + w)
    else:
        d = rng.choice([6, 8, 9, 10, 12, 15, 18, 20])
        t = rng.choice([v for v in range(2, d) if Fraction(v, d).denominator != d] or [2])
        fr = Fraction(t, d)
        q = "一项工程，甲队单独做需要%d天完成。甲队做了%d天，完成了这项工程的几分之几？" % (d, t)
        work = ["甲队每天完成工程的 $\\frac{1}{%d}$。" % d, "%d天完成 $%d \\times \\frac{1}{%d} = \\frac{%d}{%d}$。" % (t, t, d, t, d)]
        raw = (t, d)
    a, b = fr.numerator, fr.denominator
    ref = rng.choice(["\\frac{%d}{%d}" % (a, b), "%d/%d" % (a, b)])
    if correct:
        if (k // 2) % 2 == 1 and raw != (a, b):
            ans, red = zh_frac(raw[0], raw[1]), ""
        else:
            ans, red = zh_frac(a, b), "约分得 $\\frac{%d}{%d}$。" % (a, b) if raw != (a, b) else ""
    else:
        if err == "swap" and a > 1:
            ans, red = zh_frac(b, a), "约分得 $\\frac{%d}{%d}$，也就是%s。" % (a, b, zh_frac(b, a)) if raw != (a, b) else "读作%s。" % zh_frac(b, a)
        else:
            ans, red = zh_frac(b - a, b), "所求为 $1-\\frac{%d}{%d}=\\frac{%d}{%d}$。" % (a, b, b - a, b)
    fin = rng.choice(["答：%s。", "**答案：%s**", "所以是%s。"]) % ans
    body = "\n\n".join(x for x in [rng.choice(ZH_OPEN)] + work + [red, fin] if x)
    if rng.random() < 0.4:
        body = think([rng.choice(["分数应用题。", "先算出分数，再化简。"]), "结果用中文读法写出来。"]) + body
    return q, body, ref


def time_units(rng, lang, correct, err, k):
    mode = k % 3
    while True:
        v = rng.choice([40, 48, 60, 64, 72, 80, 90, 96])
        h = rng.randint(1, 4)
        f = rng.choice([Fraction(1, 4), Fraction(1, 2), Fraction(3, 4), Fraction(1, 5), Fraction(2, 5), Fraction(3, 5)][:6 if correct else 2] + ([Fraction(1, 5), Fraction(2, 5)] if not correct else []))
        H = h + f
        if (v * H).denominator == 1:
            break
    D = int(v * H)
    mins = int(H * 60)
    fm = int(f * 60)
    hd = dec(H, 3)
    wrong_min = int(dec(f, 3).split(".")[1].ljust(2, "0")[:2])  # reads .25 h as 25 min
    if lang == "zh":
        q = "一辆汽车以每小时%d千米的速度行驶了%d千米，用了多少小时？" % (v, D)
        ref = rng.choice(["%s小时" % hd, hd])
        hm = "%d小时%d分钟" % (h, fm) if correct else "%d小时%d分" % (h, wrong_min)
        body = "\n\n".join([rng.choice(ZH_OPEN), "时间 = 路程 ÷ 速度 = $%d \\div %d = %s$（小时）。" % (D, v, hd),
                            ("$%s$ 小时 $= %d$ 小时 $+ %s \\times 60$ 分钟 $= %d$ 小时 %d 分钟。" % (hd, h, dec(f, 3), h, fm)) if correct else
                            ("$%s$ 小时就是 %d 小时 %d 分。" % (hd, h, wrong_min)),
                            rng.choice(["答：用了%s。", "**答案：%s**"]) % hm])
        return q, body, ref
    q = rng.choice(["A train travels %d km at a constant speed of %d km/h. How %s does the trip take?",
                    "A cyclist covers %d km riding at a steady %d km/h. How %s does the ride last?"])
    ask_min = mode == 1
    q = q % (D, v, "many minutes" if ask_min else "many hours")
    ref = (rng.choice([str(mins), "%d minutes" % mins])) if ask_min else rng.choice([hd, "%s hours" % hd])
    work = ["Time equals distance divided by speed:", "$$t = \\frac{%d}{%d} = %s \\text{ hours}.$$" % (D, v, hd)]
    if correct:
        if mode == 2:
            work.append("In minutes: $%s \\times 60 = %d$ minutes." % (hd, mins))
            ans = rng.choice(["%d minutes", "%d min"]) % mins
        else:
            work.append("The fractional part is $%s \\times 60 = %d$ minutes." % (dec(f, 3), fm))
            ans = rng.choice(["%d hours %d minutes", "%d h %d min", "%d hr %d min"]) % (h, fm)
    else:
        if err == "unit" and mode == 2:
            ans = "%s minutes" % hd
            work.append("So the trip takes %s." % ans)
        elif err == "unit":
            ans = "%s" % hd if ask_min else "%d hours" % mins
            work.append("So the trip takes %s%s." % (ans, " (in minutes)" if ask_min else ""))
        else:
            work.append("That is %d hours and %d minutes." % (h, wrong_min))
            ans = rng.choice(["%d hours %d minutes", "%d h %d min"]) % (h, wrong_min)
    fin = rng.choice(["**Answer:** %s", "So the trip takes **%s**.", "Final answer: %s"]) % ans
    body = "\n\n".join([rng.choice(EN_OPEN)] + work + [fin])
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "distance over speed, then convert the decimal part of the hours."]) + body
    return q, body, ref


def build(B, rng):
    specs = [(scale_words, "scale_words", 10, 2, ["scale", "digit"], "gsm8k_like"),
             (repeating, "repeating_decimal", 9, 0, ["a", "b"], "math_like"),
             (zh_fractions, "chinese_fraction", 8, 8, ["swap", "complement"], "cmath_like"),
             (time_units, "time_units", 8, 2, ["minconv", "unit"], "gsm8k_like")]
    for fn, sub, n, zh, errs, ds in specs:
        for i, (lang, correct, err) in enumerate(balanced(n, zh, errs)):
            if sub == "chinese_fraction":
                lang = "zh"
            q, out, ref = fn(rng, lang, correct, err, i)
            B.add("C_number_forms", sub, "cmath_like" if lang == "zh" else ds, "math", lang, q, out, ref, lab(correct))
