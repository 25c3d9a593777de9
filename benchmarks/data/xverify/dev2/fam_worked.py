"""Family F: the reference is a whole worked solution (several sentences ending
in a boxed / stated / '#### n' final answer).  The output's final answer must be
compared with the reference's final answer, not with its intermediate numbers."""
from fractions import Fraction
from math import comb
from common import think, tfrac, dec, EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab


def money(x):
    x = Fraction(x)
    return str(int(x)) if x.denominator == 1 else "%.2f" % float(x)


def ending(val, style, zh):
    if style == 0:
        return ("所以答案是 $\\boxed{%s}$。" if zh else "Therefore, the answer is $\\boxed{%s}$.") % val
    if style == 1:
        return "#### %s" % val
    return ("答：%s。" if zh else "The answer is %s.") % (("$%s$" % val) if "\\" in val else val)


def shopping(rng, zh, correct, err):
    n1, p1 = rng.randint(2, 6), rng.choice([3, 4, 5, 6, 7, 8])
    n2, p2 = rng.randint(2, 5), rng.choice([Fraction(3, 2), Fraction(5, 2), 2, 3, Fraction(7, 4)])
    t1, t2 = n1 * p1, n2 * p2
    tot = t1 + t2
    bill = 20 if tot < 20 else 50
    ch = bill - tot
    if zh:
        q = "小林买了%d本笔记本，每本%d元，又买了%d支笔，每支%s元。她付了%d元，应找回多少元？" % (n1, p1, n2, money(p2), bill)
        ref = "解：笔记本共 $%d \\times %d = %d$ 元，笔共 $%d \\times %s = %s$ 元，合计 $%d + %s = %s$ 元。找回 $%d - %s = %s$ 元。" % (n1, p1, t1, n2, money(p2), money(t2), t1, money(t2), money(tot), bill, money(tot), money(ch))
        work = ["笔记本：$%d \\times %d = %d$ 元。" % (n1, p1, t1), "笔：$%d \\times %s = %s$ 元。" % (n2, money(p2), money(t2)), "一共 %s 元。" % money(tot)]
        if correct:
            work.append("找回 $%d - %s = %s$ 元。" % (bill, money(tot), money(ch)))
            ans = rng.choice(["%s元", "%s"]) % money(ch)
        else:
            ans = "%s元" % money(tot)
        return q, ref, money(ch), work, ans
    q = ("Lena buys %d notebooks at $%d each and %d pens at $%s each. She pays with a $%d bill. How much change, in dollars, should she get?"
         % (n1, p1, n2, money(p2), bill))
    ref = ("The notebooks cost %d × $%d = $%d. The pens cost %d × $%s = $%s. Altogether she spends $%d + $%s = $%s. "
           "Her change is $%d − $%s = $%s." % (n1, p1, t1, n2, money(p2), money(t2), t1, money(t2), money(tot), bill, money(tot), money(ch)))
    work = ["Notebooks: $%d \\times %d = %d$ dollars." % (n1, p1, t1),
            "Pens: $%d \\times %s = %s$ dollars." % (n2, money(p2), money(t2)), "Total spent: $%d + %s = %s$ dollars." % (t1, money(t2), money(tot))]
    if correct:
        work.append("Change: $%d - %s = %s$ dollars." % (bill, money(tot), money(ch)))
        ans = rng.choice(["\\$%s", "%s dollars", "$\\boxed{%s}$"]) % (("%.2f" % float(ch)) if rng.random() < 0.5 else money(ch))
    else:
        ans = "\\$%s" % money(tot)
    return q, ref, money(ch), work, ans


def handshakes(rng, zh, correct, err):
    n, m = rng.randint(5, 12), rng.randint(2, 6)
    first, tot = comb(n, 2), comb(n + m, 2)
    if zh:
        q = "一个会议开始时有%d人，每两人握手一次。后来又来了%d人，新来的人与所有在场的人（包括彼此）各握手一次。一共握手多少次？" % (n, m)
        ref = "解：开始时 %d 人之间握手 $\\binom{%d}{2} = %d$ 次。最后共有 %d 人，任意两人都恰好握手一次，总数为 $\\binom{%d}{2} = %d$ 次。" % (n, n, first, n + m, n + m, tot)
        work = ["最后共有 %d 人。" % (n + m), "每两人握手一次，所以总数是 $\\binom{%d}{2}$。" % (n + m)]
        if correct:
            work.append("$\\binom{%d}{2} = \\frac{%d \\times %d}{2} = %d$。" % (n + m, n + m, n + m - 1, tot))
            ans = "%d次" % tot
        else:
            work = ["开始时 %d 人之间握手 $\\binom{%d}{2} = %d$ 次。" % (n, n, first)]
            ans = "%d次" % first
        return q, ref, str(tot), work, ans
    q = ("At the start of a meeting there are %d people, and every pair shakes hands once. Then %d more people arrive, and each newcomer "
         "shakes hands once with everyone else present, including the other newcomers. How many handshakes take place in total?" % (n, m))
    ref = ("Among the first %d people there are $\\binom{%d}{2} = %d$ handshakes. In the end every pair of the %d people has shaken hands exactly once, "
           "so the total number of handshakes is $\\binom{%d}{2} = %d$." % (n, n, first, n + m, n + m, tot))
    if correct:
        work = ["Original group: $\\binom{%d}{2} = %d$ handshakes." % (n, first),
                "Each newcomer shakes hands with the %d original people: $%d \\times %d = %d$." % (n, m, n, m * n),
                "Among the newcomers: $\\binom{%d}{2} = %d$." % (m, comb(m, 2)),
                "Total: $%d + %d + %d = %d$." % (first, m * n, comb(m, 2), tot)]
        ans = str(tot)
    else:
        work = ["Each of the %d people shakes hands with the other %d: $%d \\times %d = %d$." % (n + m, n + m - 1, n + m, n + m - 1, (n + m) * (n + m - 1))]
        ans = str((n + m) * (n + m - 1))
    return q, ref, str(tot), work, ans


def work_rate(rng, zh, correct, err):
    a, b = rng.choice([(3, 6), (4, 12), (6, 12), (10, 15), (2, 3), (3, 5), (4, 6), (5, 20)])
    t = Fraction(a * b, a + b)
    if zh:
        q = "甲单独完成一项工作需要%d小时，乙单独完成需要%d小时。两人合作需要多少小时？" % (a, b)
        ref = "解：甲每小时完成 $\\frac{1}{%d}$，乙每小时完成 $\\frac{1}{%d}$，合作每小时完成 $\\frac{1}{%d} + \\frac{1}{%d} = \\frac{%d}{%d}$。所以需要 $\\frac{%d}{%d}$ 小时，即 $%s$ 小时。" % (a, b, a, b, a + b, a * b, a * b, a + b, tfrac(t))
    else:
        q = "Pipe A alone fills a tank in %d hours, and pipe B alone fills it in %d hours. How many hours does it take to fill the tank with both pipes open?" % (a, b)
        ref = ("Pipe A fills $\\frac{1}{%d}$ of the tank per hour and pipe B fills $\\frac{1}{%d}$. Together they fill $\\frac{1}{%d} + \\frac{1}{%d} = \\frac{%d}{%d}$ "
               "of the tank per hour, so the time needed is $\\frac{%d}{%d}%s$ hours." % (a, b, a, b, a + b, a * b, a * b, a + b, "" if tfrac(t) == "\\frac{%d}{%d}" % (a * b, a + b) else " = " + tfrac(t)))
    if correct:
        work = ["Rates: $\\frac{1}{%d}$ and $\\frac{1}{%d}$ per hour." % (a, b), "Combined: $\\frac{1}{%d} + \\frac{1}{%d} = \\frac{%d}{%d}$." % (a, b, a + b, a * b),
                "Time: $\\frac{%d}{%d} = %s$ hours." % (a * b, a + b, dec(t, 4))]
        ans = ("%s小时" if zh else "%s hours") % dec(t, 4) if t.denominator in (1, 2, 4, 5) else ("$%s$ hours" % tfrac(t) if not zh else "$%s$ 小时" % tfrac(t))
    else:
        work = ["On average each pipe needs $\\frac{%d + %d}{2} = %s$ hours." % (a, b, dec(Fraction(a + b, 2))),
                "With two pipes the time is halved: $%s$ hours." % dec(Fraction(a + b, 4))]
        ans = ("%s小时" if zh else "%s hours") % dec(Fraction(a + b, 4))
    if zh:
        work = [w.replace("Rates", "效率").replace("per hour", "每小时").replace("Combined", "合作").replace("Time", "时间").replace("hours", "小时")
                .replace("On average each pipe needs", "平均每人需要").replace("With two pipes the time is halved", "两人合作时间减半") for w in work]
    return q, ref, tfrac(t), work, ans


def series(rng, zh, correct, err):
    a, d, n = rng.randint(1, 9), rng.randint(2, 7), rng.randint(8, 25)
    last = a + (n - 1) * d
    S = n * (a + last) // 2 if n * (a + last) % 2 == 0 else None
    while S is None:
        n += 1
        last = a + (n - 1) * d
        S = n * (a + last) // 2 if n * (a + last) % 2 == 0 else None
    seq = ", ".join(str(a + i * d) for i in range(4))
    if zh:
        q = "求等差数列 %s, … 的前%d项和。" % (seq, n)
        ref = "解：首项 $a_1 = %d$，公差 $d = %d$，第%d项 $a_{%d} = %d + %d \\times %d = %d$。前%d项和 $S_{%d} = \\frac{%d(%d + %d)}{2} = %d$。" % (a, d, n, n, a, n - 1, d, last, n, n, n, a, last, S)
    else:
        q = "Find the sum of the first %d terms of the arithmetic sequence %s, …" % (n, seq)
        ref = ("The first term is %d and the common difference is %d, so the %dth term is $%d + %d \\cdot %d = %d$. "
               "The sum of the first %d terms is $\\frac{%d}{2}(%d + %d) = %d$." % (a, d, n, a, n - 1, d, last, n, n, a, last, S))
    work = ["First term $%d$, common difference $%d$." % (a, d), "The $%d$th term: $%d + %d \\times %d = %d$." % (n, a, n - 1, d, last)]
    if correct:
        work.append("Sum: $\\frac{%d \\times (%d + %d)}{2} = %d$." % (n, a, last, S))
        ans = str(S)
    else:
        ans = str(last)
        work.append("So the value we want is %d." % last)
    if zh:
        work = [w.replace("First term", "首项").replace("common difference", "公差").replace("The", "第").replace("th term", "项").replace("Sum", "和").replace("So the value we want is", "所以所求为") for w in work]
    return q, ref, str(S), work, ans


def avg_speed(rng, zh, correct, err):
    v1, v2 = rng.choice([(40, 60), (30, 60), (60, 90), (45, 90), (20, 30), (48, 72), (36, 60)])
    d = v1 * v2 // 6 if (v1 * v2) % 6 == 0 else v1 * v2
    t1, t2 = Fraction(d, v1), Fraction(d, v2)
    avg = Fraction(2 * d) / (t1 + t2)
    if zh:
        q = "一辆车从A地到B地的速度是每小时%d千米，原路返回的速度是每小时%d千米，两地相距%d千米。往返全程的平均速度是每小时多少千米？" % (v1, v2, d)
        ref = "解：去程用时 $%d \\div %d = %s$ 小时，返程用时 $%d \\div %d = %s$ 小时，共 $%s$ 小时。全程 $%d$ 千米，平均速度 $%d \\div %s = %s$ 千米/小时。" % (d, v1, tfrac(t1), d, v2, tfrac(t2), tfrac(t1 + t2), 2 * d, 2 * d, tfrac(t1 + t2), dec(avg))
    else:
        q = "A car drives %d km from town A to town B at %d km/h and returns along the same road at %d km/h. What is its average speed for the whole round trip, in km/h?" % (d, v1, v2)
        ref = ("Going takes $%d/%d = %s$ h and returning takes $%d/%d = %s$ h, so the trip takes $%s$ h in total. The total distance is $%d$ km, "
               "so the average speed is $%d / %s = %s$ km/h." % (d, v1, tfrac(t1), d, v2, tfrac(t2), tfrac(t1 + t2), 2 * d, 2 * d, tfrac(t1 + t2), dec(avg)))
    if correct:
        work = ["Time out: $%d/%d = %s$ h; time back: $%d/%d = %s$ h." % (d, v1, tfrac(t1), d, v2, tfrac(t2)),
                "Average speed = total distance / total time = $%d / %s = %s$ km/h." % (2 * d, tfrac(t1 + t2), dec(avg))]
        ans = ("%s千米/小时" if zh else "%s km/h") % dec(avg)
    else:
        work = ["The car spends the same distance at each speed, so the average is $\\frac{%d + %d}{2} = %s$ km/h." % (v1, v2, dec(Fraction(v1 + v2, 2)))]
        ans = ("%s千米/小时" if zh else "%s km/h") % dec(Fraction(v1 + v2, 2))
    if zh:
        work = [w.replace("Time out", "去程").replace("time back", "返程").replace("Average speed = total distance / total time", "平均速度 = 总路程 ÷ 总时间")
                .replace("The car spends the same distance at each speed, so the average is", "两段路程相同，所以平均速度为")
                .replace("$ h", "$ 小时").replace("km/h", "千米/小时") for w in work]
    return q, ref, dec(avg), work, ans


GENS = [shopping, handshakes, work_rate, series, avg_speed]


def worked(rng, lang, correct, err, k):
    zh = lang == "zh"
    gen = GENS[(k // 2) % len(GENS)]
    q, ref_sol, final, work, ans = gen(rng, zh, correct, err)
    ref = ref_sol + (" " if not zh else "") + ending(final, (k // 2 + k // 10) % 3, zh)
    opener = rng.choice(ZH_OPEN if zh else EN_OPEN)
    fin = (rng.choice(["答：%s。", "**答案：%s**", "所以答案是 %s。"]) if zh else rng.choice(["**Answer:** %s", "So the answer is %s.", "Final answer: %s"])) % ans
    body = "\n\n".join(x for x in [opener] + work + [fin] if x)
    if rng.random() < 0.5:
        body = think([rng.choice(ZH_THINK) if zh else rng.choice(THINK_OPEN), work[0]]) + body
    return q, body, ref


ZH_THINK = ["先理清题意。", "好的，我来算一下。"]


def build(B, rng):
    for i, (lang, correct, err) in enumerate(balanced(24, 4, ["x"])):
        q, out, ref = worked(rng, lang, correct, err, i)
        B.add("F_worked_reference", GENS[(i // 2) % len(GENS)].__name__, "cmath_like" if lang == "zh" else "gsm8k_like", "math", lang, q, out, ref, lab(correct))
