"""Family G (part 1): ordinary word problems and competition-style math."""
from fractions import Fraction
from math import gcd, isqrt
from common import think, tfrac, dec, EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab

EN_END = ["#### %s", "The answer is %s.", "**Answer:** %s", "$\\boxed{%s}$", "So the final answer is **%s**."]
ZH_END = ["答：%s。", "**答案：%s**", "所以答案是 $\\boxed{%s}$。", "#### %s"]


def word(rng, lang, correct, k):
    kind = (k // 2) % 5
    zh = lang == "zh"
    if kind == 0:
        x, y, z, w = rng.randint(3, 8), rng.randint(12, 24), 0, rng.randint(3, 9)
        z = rng.randint(x * y // 3, x * y // 2)
        right = x * y - z - w
        q = ("面包店烤了%d盘饼干，每盘%d块。上午卖出%d块，又送给邻居%d块。还剩多少块？" if zh else
             "A bakery bakes %d trays of cookies with %d cookies on each tray. It sells %d cookies in the morning and gives %d to a neighbor. How many cookies are left?") % (x, y, z, w)
        steps = [("一共烤了 $%d \\times %d = %d$ 块。" if zh else "Total baked: $%d \\times %d = %d$ cookies.") % (x, y, x * y),
                 ("卖出后剩 $%d - %d = %d$ 块。" if zh else "After the sales: $%d - %d = %d$.") % (x * y, z, x * y - z)]
        if correct:
            steps.append(("再送出 %d 块：$%d - %d = %d$。" if zh else "After giving %d away: $%d - %d = %d$.") % (w, x * y - z, w, right))
            ans = right
        else:
            ans = x * y - z
        unit = ("块" if zh else " cookies")
    elif kind == 1:
        while True:
            G, h, s = rng.choice([300, 450, 600, 750, 1200]), rng.randint(20, 120), rng.choice([25, 35, 40, 45, 55, 65])
            if (G - h) % s:
                break
        right = -(-(G - h) // s)
        q = ("小明想买一台%d元的自行车，他已有%d元，以后每周存%d元。至少还要存多少周才够？" if zh else
             "Maya wants to buy a bike that costs $%d. She has already saved $%d and saves $%d more each week. How many more weeks must she save before she can afford the bike?") % (G, h, s)
        steps = [("还差 $%d - %d = %d$ 元。" if zh else "She still needs $%d - %d = %d$ dollars.") % (G, h, G - h),
                 ("$%d \\div %d = %s$。" if zh else "$%d \\div %d \\approx %s$.") % (G - h, s, dec(Fraction(G - h, s), 2))]
        if correct:
            steps.append(("不足一周也要算一周，所以需要 %d 周。" if zh else "A partial week is not enough, so we round up to %d weeks.") % right)
            ans = right
        else:
            steps.append(("取整数部分，需要 %d 周。" if zh else "Taking the whole number of weeks gives %d.") % (right - 1))
            ans = right - 1
        unit = ("周" if zh else " weeks")
    elif kind == 2:
        w, h, extra = rng.choice([12, 14, 15, 16, 18, 20]), rng.randint(41, 52), 0
        right = Fraction(w * 40) + Fraction(3, 2) * w * (h - 40)
        q = ("工人每小时工资%d元，每周超过40小时的部分按1.5倍计算。他这周工作了%d小时，应得工资多少元？" if zh else
             "Sam earns $%d per hour, and any hours beyond 40 in a week are paid at 1.5 times the normal rate. Last week he worked %d hours. How much did he earn, in dollars?") % (w, h)
        steps = [("正常工资：$40 \\times %d = %d$。" if zh else "Regular pay: $40 \\times %d = %d$.") % (w, 40 * w)]
        if correct:
            steps.append(("加班 %d 小时，每小时 $%s$：$%d \\times %s = %s$。" if zh else "Overtime: %d hours at $%s$ per hour: $%d \\times %s = %s$.") % (h - 40, dec(Fraction(3 * w, 2)), h - 40, dec(Fraction(3 * w, 2)), dec(Fraction(3, 2) * w * (h - 40))))
            steps.append(("合计 %s。" if zh else "Total: %s.") % dec(right))
            ans = dec(right)
        else:
            steps.append(("加班 %d 小时：$%d \\times %d = %d$。合计 %d。" if zh else "Extra hours: $%d \\times %d = %d$. Total: %d.") % ((h - 40, h - 40, w, (h - 40) * w, w * h) if zh else (h - 40, w, (h - 40) * w, w * h)))
            ans = w * h
        unit = ("元" if zh else "")
    elif kind == 3:
        H = rng.randint(15, 40)
        cows = rng.randint(3, H - 3)
        L = 2 * (H - cows) + 4 * cows
        right = cows
        q = ("笼子里有鸡和兔共%d只，共有%d条腿。兔有多少只？" if zh else
             "A farm has only chickens and cows. Together they have %d heads and %d legs. How many cows are there?") % (H, L)
        steps = [("假设全是鸡，应有 $2 \\times %d = %d$ 条腿。" if zh else "If all %d animals were chickens there would be $2 \\times %d = %d$ legs." if not zh else "") % ((H, 2 * H) if zh else (H, H, 2 * H)),
                 ("多出 $%d - %d = %d$ 条腿，每只%s多 2 条腿。" if zh else "The extra $%d - %d = %d$ legs come from the %s, each having 2 extra legs.") % (L, 2 * H, L - 2 * H, "兔" if zh else "cows")]
        steps.append(("所以%s有 $%d \\div 2 = %d$ 只。" if zh else "So there are $%d \\div 2 = %d$ cows.") % (("兔", L - 2 * H, cows) if zh else (L - 2 * H, cows)))
        if correct:
            ans = cows
        else:
            steps.append(("鸡有 $%d - %d = %d$ 只。" if zh else "That leaves $%d - %d = %d$ chickens, which is the number asked for.") % (H, cows, H - cows))
            ans = H - cows
        unit = ("只" if zh else "")
    else:
        n, s, kk = rng.randint(7, 25), rng.randint(2, 4), rng.choice([6, 8, 10, 12])
        while (n * s) % kk == 0:
            n += 1
        right = -(-(n * s) // kk)
        q = ("班级聚会有%d人，每人吃%d块披萨，每个披萨切成%d块。至少要订多少个披萨？" if zh else
             "%d people are at a party and each person eats %d slices of pizza. Each pizza is cut into %d slices. What is the smallest number of pizzas they need to order?") % (n, s, kk)
        steps = [("共需 $%d \\times %d = %d$ 块。" if zh else "Slices needed: $%d \\times %d = %d$.") % (n, s, n * s),
                 ("$%d \\div %d = %s$。" if zh else "$%d \\div %d = %s$ pizzas.") % (n * s, kk, dec(Fraction(n * s, kk), 3))]
        if correct:
            steps.append(("要向上取整，需要 %d 个。" if zh else "We must round up, so %d pizzas.") % right)
            ans = right
        else:
            steps.append(("四舍五入得 %d 个。" if zh else "Rounding gives %d pizzas.") % round(n * s / kk) if round(n * s / kk) != right else
                         ("取整得 %d 个。" if zh else "Dropping the fraction gives %d pizzas.") % (right - 1))
            ans = round(n * s / kk) if round(n * s / kk) != right else right - 1
        unit = ("个" if zh else " pizzas")
    ref = str(right) if not isinstance(right, Fraction) else dec(right)
    style = (k // 2 + k // 6) % 5
    a = str(ans)
    if zh:
        shown = a + unit if style == 0 and unit else a
        end = ZH_END[style % 4] % shown
    else:
        shown = a + unit if (style in (2, 4) and unit) else a
        if kind == 2 and style in (1, 2):
            shown = "$" + a if style == 1 else "\\$" + a
        end = EN_END[style] % shown
    body = "\n\n".join(x for x in [rng.choice(ZH_OPEN if zh else EN_OPEN)] + steps + [end] if x)
    if rng.random() < 0.45:
        body = think([rng.choice(["先理清题意。", "嗯，分步计算。"]) if zh else rng.choice(THINK_OPEN), steps[0], "Let me make sure I answer exactly what is asked." if not zh else "注意题目问的是什么。"]) + body
    return q, body, ref


def simp_sqrt(n):
    out = 1
    for f in range(isqrt(n), 1, -1):
        if n % (f * f) == 0:
            return f, n // (f * f)
    return 1, n


def sq_tex(c, r):
    if r == 1:
        return str(c)
    return ("%d\\sqrt{%d}" % (c, r)) if c != 1 else "\\sqrt{%d}" % r


TRIG = [("\\sin 60^\\circ", "\\frac{\\sqrt{3}}{2}", ["\\sqrt{3}/2", "\\frac{\\sqrt3}{2}"], "\\frac{1}{2}",
         "In a 30-60-90 triangle with sides $1, \\sqrt{3}, 2$, the side opposite $60^\\circ$ is $\\sqrt{3}$, so $\\sin 60^\\circ = \\frac{\\sqrt{3}}{2}$.",
         "In a 30-60-90 triangle with sides $1, \\sqrt{3}, 2$, $\\sin 60^\\circ$ is the short side over the hypotenuse, $\\frac{1}{2}$."),
        ("\\tan 30^\\circ", "\\frac{\\sqrt{3}}{3}", ["\\frac{1}{\\sqrt{3}}", "\\sqrt{3}/3"], "\\sqrt{3}",
         "In a 30-60-90 triangle, opposite $30^\\circ$ is $1$ and adjacent is $\\sqrt{3}$, so $\\tan 30^\\circ = \\frac{1}{\\sqrt{3}}$.",
         "In a 30-60-90 triangle, $\\tan 30^\\circ = \\frac{\\sqrt{3}}{1}$."),
        ("\\cos 45^\\circ", "\\frac{\\sqrt{2}}{2}", ["\\frac{1}{\\sqrt{2}}", "\\sqrt{2}/2"], "\\frac{1}{2}",
         "In a 45-45-90 triangle with legs $1$ and hypotenuse $\\sqrt{2}$, $\\cos 45^\\circ = \\frac{1}{\\sqrt{2}}$.",
         "Half of a right angle, so $\\cos 45^\\circ$ is half of $\\cos 0^\\circ$, namely $\\frac{1}{2}$."),
        ("\\cos 30^\\circ", "\\frac{\\sqrt{3}}{2}", ["\\frac{\\sqrt{3}}{2}", "0.5\\sqrt{3}"], "\\frac{\\sqrt{2}}{2}",
         "In a 30-60-90 triangle, the side adjacent to $30^\\circ$ is $\\sqrt{3}$ and the hypotenuse is $2$, so $\\cos 30^\\circ = \\frac{\\sqrt{3}}{2}$.",
         "Using the 45-45-90 triangle, $\\cos 30^\\circ = \\frac{\\sqrt{2}}{2}$."),
        ("\\tan 60^\\circ", "\\sqrt{3}", ["\\sqrt{3}", "\\frac{3}{\\sqrt{3}}"], "\\frac{\\sqrt{3}}{3}",
         "In a 30-60-90 triangle, opposite $60^\\circ$ is $\\sqrt{3}$ and adjacent is $1$, so $\\tan 60^\\circ = \\sqrt{3}$.",
         "Opposite over adjacent: $\\frac{1}{\\sqrt{3}} = \\frac{\\sqrt{3}}{3}$.")]


def comp_math(rng, lang, correct, k):
    kind = (k // 2) % 5
    if kind == 0:
        while True:
            a, m, n = rng.choice([2, 3, 7, 4]), rng.choice([5, 7, 9, 10]), rng.randint(20, 99)
            cyc = []
            v = 1
            for _ in range(m + 1):
                v = v * a % m
                if v in cyc:
                    break
                cyc.append(v)
            if gcd(a, m) == 1 and len(cyc) > 2 and cyc[0] != 1:
                break
        L = len(cyc)
        right = pow(a, n, m)
        idx = n % L
        q = "What is the remainder when $%d^{%d}$ is divided by $%d$?" % (a, n, m)
        steps = ["Compute powers of %d modulo %d: %s." % (a, m, ", ".join("$%d^{%d} \\equiv %d$" % (a, i + 1, c) for i, c in enumerate(cyc))),
                 "The residues repeat with period %d." % L]
        if correct:
            steps.append("Since $%d = %d \\cdot %d + %d$, we have $%d^{%d} \\equiv %d^{%d} \\equiv %d \\pmod{%d}$." % (n, L, n // L, idx, a, n, a, idx if idx else L, right, m))
            ans = str(right)
        else:
            wv = pow(a, n + 1, m)
            pos = idx + 1 if idx + 1 <= L else 1
            if wv == right:
                wv, pos = pow(a, n - 1, m), (idx - 1) % L or L
            steps.append("$%d$ leaves remainder %d when divided by %d, so $%d^{%d}$ matches entry number %d of the cycle, which is $%d$." % (n, idx, L, a, n, pos, wv))
            ans = str(wv)
        ref = str(right)
    elif kind == 1:
        a, b = rng.choice([(12, 18), (15, 20), (8, 12), (14, 21), (16, 24), (10, 25)])
        l = a * b // gcd(a, b)
        q = "Two buses leave the station together. One departs every %d minutes and the other every %d minutes. After how many minutes will they next depart together?" % (a, b)
        steps = ["We need the least common multiple of %d and %d." % (a, b)]
        if correct:
            steps.append("$\\gcd(%d, %d) = %d$, so $\\operatorname{lcm} = \\frac{%d \\cdot %d}{%d} = %d$." % (a, b, gcd(a, b), a, b, gcd(a, b), l))
            ans = str(l)
        else:
            steps.append("Multiply them: $%d \\times %d = %d$." % (a, b, a * b))
            ans = str(a * b)
        ans += rng.choice([" minutes", "", " min"])
        ref = str(l)
    elif kind == 2:
        while True:
            a, b = rng.randint(2, 12), rng.randint(2, 12)
            c, r = simp_sqrt(a * a + b * b)
            if c > 1 and r > 1:
                break
        q = "A rectangle has sides of length %d and %d. What is the length of its diagonal?" % (a, b)
        steps = ["By the Pythagorean theorem, $d^2 = %d^2 + %d^2 = %d + %d = %d$." % (a, b, a * a, b * b, a * a + b * b)]
        if correct:
            if k % 4 == 0:
                steps.append("So $d = \\sqrt{%d}$." % (a * a + b * b))
                ans = "$\\sqrt{%d}$" % (a * a + b * b)
            else:
                steps.append("$\\sqrt{%d} = \\sqrt{%d \\cdot %d} = %s$." % (a * a + b * b, c * c, r, sq_tex(c, r)))
                ans = "$%s$" % sq_tex(c, r)
        else:
            steps.append("$\\sqrt{%d} = %s$." % (a * a + b * b, sq_tex(c * c, r)))
            ans = "$%s$" % sq_tex(c * c, r)
        ref = sq_tex(c, r) if k % 4 != 2 else "\\sqrt{%d}" % (a * a + b * b)
    elif kind == 3:
        name, exact, forms, wrong, rx, wx = TRIG[(k // 2) % len(TRIG)]
        q = "Find the exact value of $%s$." % name
        steps = ["Use the special right triangles (30-60-90 and 45-45-90).", rx if correct else wx]
        ans = "$%s$" % (forms[(k // 2) % 2] if correct else wrong)
        ref = exact
    else:
        while True:
            a, b, c, x0 = rng.randint(2, 5), rng.choice([v for v in range(-6, 7) if v]), rng.choice([v for v in range(-5, 6) if v]), rng.randint(-3, 4)
            gx = x0 * x0 + c
            fg = a * gx + b
            fx = a * x0 + b
            gf = fx * fx + c
            if fg != gf:
                break
        q = "Let $f(x) = %dx %s %d$ and $g(x) = x^2 %s %d$. Find $f(g(%d))$." % (a, "+" if b >= 0 else "-", abs(b), "+" if c >= 0 else "-", abs(c), x0)
        if correct:
            steps = ["First $g(%d) = %d^2 %s %d = %d$." % (x0, x0, "+" if c >= 0 else "-", abs(c), gx), "Then $f(%d) = %d \\cdot %d %s %d = %d$." % (gx, a, gx, "+" if b >= 0 else "-", abs(b), fg)]
            ans = str(fg)
        else:
            steps = ["First $f(%d) = %d \\cdot %d %s %d = %d$." % (x0, a, x0, "+" if b >= 0 else "-", abs(b), fx), "Then $g(%d) = %d^2 %s %d = %d$." % (fx, fx, "+" if c >= 0 else "-", abs(c), gf)]
            ans = str(gf)
        ref = str(fg)
    end = rng.choice(["**Answer:** %s", "The answer is %s.", "Final answer: %s"]) % ans
    body = "\n\n".join(x for x in [rng.choice(EN_OPEN)] + steps + [end] if x)
    if rng.random() < 0.5:
        body = think([rng.choice(THINK_OPEN), steps[0]]) + body
    return q, body, ref


def build(B, rng):
    for i, (lang, correct, err) in enumerate(balanced(18, 4, ["x"])):
        q, out, ref = word(rng, lang, correct, i)
        B.add("G_general", "word_problem", "cmath_like" if lang == "zh" else "gsm8k_like", "math", lang, q, out, ref, lab(correct))
    for i, (lang, correct, err) in enumerate(balanced(10, 0, ["x"])):
        q, out, ref = comp_math(rng, lang, correct, i)
        B.add("G_general", "competition_math", "math_like", "math", lang, q, out, ref, lab(correct))
