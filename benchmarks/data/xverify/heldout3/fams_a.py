"""Math problem families, part A.  Each f_* (rng, lang) returns a lib.P."""
from fractions import Fraction as Fr
from lib import P, frp, frt, frd, term, commas, words, zh_int, lin, cx, fac


def yuan(c):
    s = "%d.%02d" % divmod(c, 100)
    return s.rstrip("0").rstrip(".")


def f_shop(rng, lang):
    while True:
        a = rng.choice([125, 150, 175, 225, 250, 275, 325, 350])
        b = rng.choice([45, 60, 75, 80, 95, 120, 135])
        m, c = rng.randint(3, 9), rng.randint(2, 12)
        tot = a * m + b * c
        bill = next(x for x in (1000, 2000, 5000, 10000) if x > tot)
        ch = bill - tot
        if ch > 150 and ch % 100:
            break
    wa = a * m + 50
    wch = bill - (wa + b * c)
    if lang == "en":
        name, she = rng.choice([("Maria", "She"), ("Deshawn", "He"), ("Priya", "She"), ("Tom", "He"), ("Elena", "She"),
                                ("Kenji", "He"), ("Aisha", "She")])
        i1, i2 = rng.choice([("muffins", "cookies"), ("notebooks", "pens"), ("sandwiches", "juice boxes"),
                             ("tickets", "programs"), ("bagels", "coffees")])
        d = lambda v: "$%d.%02d" % divmod(v, 100)
        q = ("%s buys %d %s at %s each and %d %s at %s each. %s pays with a %s bill. "
             "How much change does %s receive, in dollars?" % (name, m, i1, d(a), c, i2, d(b), she, d(bill), she.lower()))

        def work(A):
            T = A + b * c
            return ["First the %s. There are %d of them at %s each, so they cost %d × %s = %s." % (i1, m, d(a), m, d(a), d(A)),
                    "Next the %s: %d of them at %s apiece comes to %d × %s = %s." % (i2, c, d(b), c, d(b), d(b * c)),
                    "Adding the two subtotals, %s spends %s + %s = %s in total." % (she.lower(), d(A), d(b * c), d(T)),
                    "%s hands over %s, so the change is %s − %s = %s." % (she, d(bill), d(bill), d(T), d(bill - T))]
        dollars = "%d.%02d" % divmod(ch, 100)
        alts = [dollars + " dollars", yuan(ch), "$" + yuan(ch)]
        if ch // 100:
            alts.append("%s dollars and %s cents" % (words(ch // 100), words(ch % 100)))
        return P(lang=lang, dataset="gsm8k_like", q=q, work=work(a * m), ans="$" + dollars, alt=rng.choice(alts),
                 refs=[yuan(ch), "$" + dollars, dollars, "%s receives $%s in change." % (she, dollars)],
                 slip_work=work(wa), slip_ans="$%d.%02d" % divmod(wch, 100),
                 slip_note="%d × %s is %s, not %s." % (m, d(a), d(a * m), d(wa)),
                 givens=["%d %s at %s each" % (m, i1, d(a)), "%d %s at %s each" % (c, i2, d(b)), "paid with %s" % d(bill)],
                 method="The plan: find the cost of each kind of item, add them, and subtract the total from the amount paid. "
                        "Working in cents would avoid rounding trouble, but the prices are simple enough to do in dollars.",
                 check=["Going the other way: %s spent plus %s change should give back the %s bill." % (d(tot), d(ch), d(bill)),
                        "%s + %s = %s ✓" % (d(tot), d(ch), d(bill)),
                        "And %d × %s: %d × %d cents = %d cents = %s, consistent." % (c, d(b), c, b, b * c, d(b * c))],
                 near="%d cents" % ch, near_why="To avoid decimals, I'll express the change in cents: %s = %d cents." % (d(ch), ch),
                 restate="%s buys two kinds of items and pays with a %s bill; I need the change." % (name, d(bill)),
                 say=she + " receives {a} in change.")
    name = rng.choice(["小明", "小红", "王阿姨", "李华", "小刚"])
    i1, i2, u1, u2 = rng.choice([("面包", "牛奶", "个", "盒"), ("笔记本", "钢笔", "本", "支"), ("苹果", "橙子", "斤", "斤")])
    q = "%s买了%d%s%s，每%s%s元；又买了%d%s%s，每%s%s元。付了%d元，应找回多少元？" % (
        name, m, u1, i1, u1, yuan(a), c, u2, i2, u2, yuan(b), bill // 100)

    def work(A):
        T = A + b * c
        return ["先算%s的钱：%d%s，每%s%s元，共 %d × %s = %s（元）。" % (i1, m, u1, u1, yuan(a), m, yuan(a), yuan(A)),
                "再算%s的钱：%d × %s = %s（元）。" % (i2, c, yuan(b), yuan(b * c)),
                "两样一共花了：%s + %s = %s（元）。" % (yuan(A), yuan(b * c), yuan(T)),
                "付了%d元，应找回：%d − %s = %s（元）。" % (bill // 100, bill // 100, yuan(T), yuan(bill - T))]
    yj = "%d元%d角" % (ch // 100, ch % 100 // 10) + ("%d分" % (ch % 10) if ch % 10 else "")
    return P(lang=lang, dataset="cmath_like", q=q, work=work(a * m), ans=yuan(ch) + "元",
             alt=rng.choice(["%d.%02d元" % divmod(ch, 100), yj, yuan(ch)]),
             refs=[yuan(ch), yuan(ch) + "元", "应找回%s元" % yuan(ch)],
             slip_work=work(wa), slip_ans=yuan(wch) + "元", slip_note="%d × %s 应该等于 %s。" % (m, yuan(a), yuan(a * m)),
             givens=["%s：%d%s，单价%s元" % (i1, m, u1, yuan(a)), "%s：%d%s，单价%s元" % (i2, c, u2, yuan(b)), "付款：%d元" % (bill // 100)],
             method="思路：总价 = 单价 × 数量，两种商品分别算出再相加，最后用付的钱减去总价就是找回的钱。",
             check=["反过来验证：花掉的%s元加上找回的%s元，应该等于付的%d元。" % (yuan(tot), yuan(ch), bill // 100),
                    "%s + %s = %d ✓" % (yuan(tot), yuan(ch), bill // 100)],
             near="%d分" % ch, near_why="换算成分：%s元 = %d分。" % (yuan(ch), ch),
             restate="%s买两种东西，付了%d元，求找零。" % (name, bill // 100), say="应找回{a}。")


def f_sys(rng, lang):
    while True:
        x, y = rng.randint(-5, 9), rng.randint(-5, 9)
        a1, b1, a2, b2 = [rng.choice([-3, -2, -1, 1, 2, 3, 4, 5]) for _ in range(4)]
        det = a1 * b2 - a2 * b1
        if det != 0 and x != y and abs(b1) > 1:
            break
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    e1 = lin([(a1, "x"), (b1, "y")]) + " = %d" % c1
    e2 = lin([(a2, "x"), (b2, "y")]) + " = %d" % c2
    zh = lang == "zh"

    def work(yy):
        r = c1 - a1 * x + (yy - y) * b1
        s1 = ("为了消去 y，把第一个方程两边乘以 %d，第二个方程两边乘以 %d，得到 " if zh else
              "To eliminate y, multiply the first equation by %d and the second by %d, giving ") % (b2, b1)
        s1 += "%s = %d%s%s = %d" % (lin([(a1 * b2, "x"), (b1 * b2, "y")]), c1 * b2, "，" if zh else " and ",
                                    lin([(a2 * b1, "x"), (b1 * b2, "y")]), c2 * b1)
        s2 = ("两式相减，y 的系数相同被消掉：(%d) − (%d) = %d，右边 %d − (%d) = %d，所以 %dx = %d，x = %d。" if zh else
              "Now subtract the second from the first. The y-terms cancel; for x: (%d) − (%d) = %d, and on the right %d − (%d) = %d. "
              "So %dx = %d, which gives x = %d.") % (a1 * b2, a2 * b1, det, c1 * b2, c2 * b1, c1 * b2 - c2 * b1, det,
                                                    c1 * b2 - c2 * b1, x)
        s3 = ("把 x = %d 代回第一个方程：%s = %d − (%d) = %d，所以 y = %d。" if zh else
              "Back-substitute x = %d into the first equation: %s = %d − (%d) = %d, hence y = %d.") % (
            x, cx(b1, "y", True), c1, a1 * x, r, yy)
        return [s1 + ("。" if zh else "."), s2, s3]
    pair = "(%d, %d)" % (x, y)
    alts = ["x = %d, y = %d" % (x, y), "x=%d,\\ y=%d" % (x, y), "\\begin{cases} x = %d \\\\ y = %d \\end{cases}" % (x, y),
            ("x = %d 且 y = %d" if zh else "x = %d and y = %d") % (x, y)]
    chk = [("把 (%d, %d) 代入两个方程检验。" if zh else "Plug (%d, %d) into both original equations.") % (x, y),
           ("第一个：%s = %d ✓" if zh else "First: %s = %d ✓") % (lin([(a1, "(%d)" % x), (b1, "(%d)" % y)]), c1),
           ("第二个：%s = %d ✓" if zh else "Second: %s = %d ✓") % (lin([(a2, "(%d)" % x), (b2, "(%d)" % y)]), c2)]
    return P(lang=lang, dataset="gaokao_like" if zh else "math_like",
             q=("解方程组：%s，%s。" if zh else "Solve the system of equations: %s and %s.") % (e1, e2),
             work=work(y), ans=pair, alt=rng.choice(alts),
             refs=[pair, "x=%d, y=%d" % (x, y), "\\left(%d, %d\\right)" % (x, y), "$x=%d,\\ y=%d$" % (x, y)],
             slip_work=work(y + 1), slip_ans="(%d, %d)" % (x, y + 1), check=chk,
             slip_note=("%d − (%d) 应该是 %d。" if zh else "%d − (%d) is %d.") % (c1, a1 * x, c1 - a1 * x),
             givens=["① %s" % e1, "② %s" % e2],
             method=("两个未知数、两个方程，用加减消元法：先让 y 的系数相同，相减消去 y 求出 x，再回代求 y。" if zh else
                     "Two unknowns, two independent equations, so there should be a unique solution. Elimination is the "
                     "cleanest route: scale the equations so the y-coefficients match, subtract, solve for x, then back-substitute."),
             restate=("两个二元一次方程，用加减消元法。" if zh else "Two linear equations in x and y; elimination should work."),
             say=("方程组的解为 {a}。" if zh else "The solution is {a}."))


def f_quad(rng, lang):
    while True:
        r1, r2 = sorted(rng.sample([i for i in range(-9, 10) if i], 2))
        if r1 + r2 != 0:
            break
    a = rng.choice([1, 1, 2, 3])
    B, C = -a * (r1 + r2), a * r1 * r2
    zh = lang == "zh"
    eq = lin([(a, "x^2"), (B, "x"), (C, "")]) + " = 0"
    p, q = -(r1 + r2), r1 * r2

    def work(s1, s2):
        w = []
        if a > 1:
            w.append(("各项系数有公因数 %d，两边同除以 %d 得 %s = 0。" if zh else
                      "Every coefficient is divisible by %d, so divide through by %d: %s = 0.") % (
                a, a, lin([(1, "x^2"), (p, "x"), (q, "")])))
        w.append(("用十字相乘：需要两个数，乘积为 %d，和为 %d。试一下，%d 和 %d 满足：(%d) × (%d) = %d，(%d) + (%d) = %d。" if zh else
                  "I want two numbers whose product is %d and whose sum is %d. Trying pairs, %d and %d work: "
                  "(%d)·(%d) = %d and (%d) + (%d) = %d.") % (q, p, -s1, -s2, -s1, -s2, s1 * s2, -s1, -s2, -(s1 + s2)))
        w.append(("所以原方程可分解为 %s%s = 0。" if zh else "So the quadratic factors as %s%s = 0.") % (fac(s1), fac(s2)))
        w.append(("每个因式分别为零，得 x = %d 或 x = %d。" if zh else
                  "Setting each factor to zero: x = %d or x = %d.") % (s1, s2))
        return w
    ans = ("x = %d 或 x = %d" if zh else "x = %d or x = %d") % (r1, r2)
    alts = ["x_1 = %d, x_2 = %d" % (r1, r2), "\\{%d, %d\\}" % (r1, r2), "%d, %d" % (r2, r1), "x \\in \\{%d, %d\\}" % (r1, r2)]
    D = p * p - 4 * q
    chk = [("用求根公式验证：Δ = (%d)² − 4 × (%d) = %d，√Δ = %d。" if zh else
            "Check with the quadratic formula: Δ = (%d)² − 4·(%d) = %d, so √Δ = %d.") % (p, q, D, r2 - r1),
           ("x = (%d ± %d)/2，即 %d 或 %d ✓" if zh else "x = (%d ± %d)/2, i.e. %d or %d ✓") % (-p, r2 - r1, r1, r2),
           ("韦达定理：两根之和 %d，两根之积 %d，与系数一致。" if zh else
            "Vieta: sum of roots %d and product %d, matching the coefficients.") % (r1 + r2, r1 * r2)]
    kw = {}
    if r1 < 0 < r2:
        kw = dict(near="x = %d" % r2, near_why=("x = %d 是负数，舍去，取 x = %d。" if zh else
                                                "Discarding the negative root x = %d, we keep x = %d.") % (r1, r2))
    return P(lang=lang, dataset="gaokao_like" if zh else "math_like",
             q=("解方程：%s。" if zh else "Solve for x: %s.") % eq, work=work(r1, r2), ans=ans, alt=rng.choice(alts),
             refs=["x_1=%d, x_2=%d" % (r1, r2), "%d, %d" % (r1, r2), "\\{%d,%d\\}" % (r1, r2), ans],
             slip_work=work(-r2, -r1), slip_ans=("x = %d 或 x = %d" if zh else "x = %d or x = %d") % (-r2, -r1),
             slip_note=("因式分解的符号反了，应为 %s%s。" if zh else "The signs in the factorisation are backwards; it is %s%s.") % (
                 fac(r1), fac(r2)),
             check=chk, givens=[eq],
             method=("一元二次方程，先看能否因式分解，不行再用求根公式。" if zh else
                     "It's a quadratic. Factoring is quickest if the roots are integers; otherwise the quadratic formula."),
             restate=("一元二次方程，尝试因式分解。" if zh else "A quadratic; let me try factoring."),
             say=("方程的解为 {a}。" if zh else "The solutions are {a}."), **kw)


def f_prob(rng, lang):
    r, bl = rng.randint(2, 7), rng.randint(2, 8)
    n = r + bl
    both = rng.random() < .5
    zh = lang == "zh"
    tot = n * (n - 1) // 2
    eqs = lambda f, t: "%d/%d" % (f, t) + ("" if Fr(f, t).denominator == t else " = " + frp(Fr(f, t)))
    if both:
        fav = r * (r - 1) // 2
        ans, wrong = Fr(fav, tot), Fr(r * r, n * n)
        fw = ("两个都是红球，就是从 %d 个红球里取 2 个：C(%d,2) = %d 种。" if zh else
              "For both red, choose 2 of the %d red balls: C(%d,2) = %d.") % (r, r, fav)
        slip = [("第一次取到红球的概率是 %d/%d。" if zh else "The first ball is red with probability %d/%d.") % (r, n),
                ("第二次取到红球的概率同样是 %d/%d，两次独立。" if zh else
                 "The second ball is red with probability %d/%d as well, and the two draws are independent.") % (r, n),
                ("所以 P = (%d/%d)² = %s。" if zh else "So P = (%d/%d)² = %s.") % (r, n, frp(wrong))]
        note = "不放回，第二次应是 %d/%d。" % (r - 1, n - 1) if zh else "Without replacement the second factor is %d/%d." % (r - 1, n - 1)
        what = "两个都是红球" if zh else "both balls are red"
        chk = [("按顺序算：第一次红 %d/%d，第二次红 %d/%d。" if zh else
                "Sequentially: first red %d/%d, then red again %d/%d.") % (r, n, r - 1, n - 1),
               "%d/%d × %d/%d = %s ✓" % (r, n, r - 1, n - 1, frp(ans))]
    else:
        fav = r * bl
        ans, wrong = Fr(fav, tot), Fr(r * bl, n * (n - 1))
        fw = ("一红一蓝：红球选 1 个、蓝球选 1 个，C(%d,1)·C(%d,1) = %d 种。" if zh else
              "One of each colour: C(%d,1)·C(%d,1) = %d ways.") % (r, bl, fav)
        slip = [("一红一蓝的取法有 %d × %d = %d 种。" if zh else "One red and one blue: %d × %d = %d ways.") % (r, bl, fav),
                ("按顺序取两个球，共有 %d × %d = %d 种。" if zh else "Drawing two balls in order: %d × %d = %d ways.") % (n, n - 1, n * (n - 1)),
                ("所以 P = %s。" if zh else "So P = %s.") % eqs(fav, n * (n - 1))]
        note = "分子按无序计、分母按有序计，不一致。" if zh else "I mixed unordered favourable cases with ordered totals."
        what = "一红一蓝" if zh else "one is red and one is blue"
        chk = [("按顺序：先红后蓝 %d/%d·%d/%d，先蓝后红 %d/%d·%d/%d。" if zh else
                "Ordered check: red then blue %d/%d·%d/%d, or blue then red %d/%d·%d/%d.") % (r, n, bl, n - 1, bl, n, r, n - 1),
               ("两者相加 = %s ✓" if zh else "Sum = %s ✓") % frp(ans)]
    assert ans != wrong
    work = [("袋中共有 %d + %d = %d 个球，不放回任取两个，所有取法 C(%d,2) = %d × %d / 2 = %d 种，每种等可能。" if zh else
             "There are %d + %d = %d balls. The number of unordered pairs is C(%d,2) = %d·%d/2 = %d, all equally likely.") % (
        r, bl, n, n, n, n - 1, tot), fw, ("所以 P = %s。" if zh else "Therefore P = %s.") % eqs(fav, tot)]
    alts = [frt(ans), frp(ans)]
    if term(ans):
        alts += [frd(ans), frd(ans * 100) + "%"]
    q = ("袋中有%d个红球和%d个蓝球，不放回地随机取出两个，求%s的概率。" if zh else
         "A bag contains %d red balls and %d blue balls. Two balls are drawn at random without replacement. "
         "What is the probability that %s?") % (r, bl, what)
    return P(lang=lang, dataset="math_competition_like", q=q, work=work, ans=frt(ans), alt=rng.choice(alts[1:]),
             refs=alts[:2] + ["P = " + frp(ans)], slip_work=slip, slip_ans=frt(wrong), slip_note=note, check=chk,
             givens=[("红球 %d 个，蓝球 %d 个" if zh else "%d red, %d blue") % (r, bl), "不放回，取 2 个" if zh else "2 drawn, no replacement"],
             method=("古典概型：P = 有利情况数 / 总情况数，用组合数计数，注意分子分母口径一致（都按无序）。" if zh else
                     "Classical probability: count favourable outcomes over total outcomes, using combinations for both so "
                     "that order is treated the same way in numerator and denominator."),
             restate=("不放回抽取两个球。" if zh else "Two draws without replacement from %d balls." % n),
             say=("所求概率为 {a}。" if zh else "The probability is {a}."))


def f_ineq(rng, lang):
    while True:
        k = rng.randint(-6, 9)
        a, c = rng.sample(range(-5, 8), 2)
        b = rng.randint(-9, 9)
        if a != 0 and c != 0 and a - c != 0:
            break
    d = b + (a - c) * k
    op = rng.choice([">", "<", ">=", "<="])
    tex = {">": ">", "<": "<", ">=": "\\geq", "<=": "\\leq"}
    uni = {">": ">", "<": "<", ">=": "≥", "<=": "≤"}
    flip = {">": "<", "<": ">", ">=": "<=", "<=": ">="}
    res = op if a - c > 0 else flip[op]
    zh = lang == "zh"
    ineq = "%s %s %s" % (lin([(a, "x"), (b, "")]), tex[op], lin([(c, "x"), (d, "")]))

    def iv(o, v):
        return {">": "(%d, +\\infty)", ">=": "[%d, +\\infty)", "<": "(-\\infty, %d)", "<=": "(-\\infty, %d]"}[o] % v

    def work(o, v, rhs):
        w = [("把含 x 的项移到左边、常数移到右边：%dx − (%d)x %s %d − (%d)，即 %dx %s %d。" if zh else
              "Move the x-terms to the left and the constants to the right: %dx − (%d)x %s %d − (%d), i.e. %dx %s %d.") % (
            a, c, uni[op], d, b, a - c, uni[op], rhs)]
        if a - c < 0:
            w.append(("两边同除以 %d，这是负数，不等号方向%s，得 x %s %d。" if zh else
                      "Divide both sides by %d%s: x %s %d.") % (a - c, ("要改变" if o != op else "不变") if zh else
                                                              (", which is negative, so the inequality sign flips" if o != op else ""),
                                                              uni[o], v))
        else:
            w.append(("两边同除以正数 %d，不等号方向不变：x %s %d。" if zh else
                      "Divide both sides by %d (positive, so the sign stays): x %s %d.") % (a - c, uni[o], v))
        return w
    if a - c < 0:
        so, sv, note = op, k, ("除以负数要变号。" if zh else "Dividing by a negative number reverses the inequality.")
        sw = work(so, sv, d - b)
    else:
        so, sv = res, k + 1
        note = ("%d − (%d) = %d。" if zh else "%d − (%d) is %d.") % (d, b, d - b)
        sw = work(so, sv, d - b + a - c)
    closed = {">": ">=", ">=": ">", "<": "<=", "<=": "<"}[res]
    ans = "x %s %d" % (tex[res], k)
    alts = [iv(res, k), "x \\in " + iv(res, k), "\\{x \\mid x %s %d\\}" % (tex[res], k)]
    t = k + (1 if ">" in res else -1)
    return P(lang=lang, dataset="gaokao_like" if zh else "math_like",
             q=("解不等式：$%s$。" if zh else "Solve the inequality $%s$.") % ineq, work=work(res, k, d - b), ans=ans,
             alt=rng.choice(alts), refs=[ans, iv(res, k), "x %s %d" % (uni[res], k)],
             slip_work=sw, slip_ans="x %s %d" % (tex[so], sv), slip_note=note,
             near=iv(closed, k), near_why=("写成区间形式：" if zh else "In interval notation that is:"),
             check=[("取 x = %d 代入：左边 %d，右边 %d，满足 %s ✓" if zh else
                     "Spot check with x = %d: left side %d, right side %d, and indeed %s ✓") % (
                 t, a * t + b, c * t + d, ("%d %s %d" % (a * t + b, uni[op], c * t + d))),
                    ("边界 x = %d 时两边都等于 %d。" if zh else "At the boundary x = %d both sides equal %d.") % (k, a * k + b)],
             givens=["$%s$" % ineq],
             method=("解一元一次不等式：移项、合并同类项、系数化为 1；注意除以负数时不等号要变向。" if zh else
                     "Standard linear inequality: collect like terms, then divide by the coefficient of x, remembering "
                     "to reverse the inequality if that coefficient is negative."),
             restate=("一元一次不等式。" if zh else "A linear inequality in x."),
             say=("不等式的解集为 {a}。" if zh else "The solution set is {a}."))


def f_series(rng, lang):
    a1, d, n = rng.randint(2, 20), rng.randint(2, 9), rng.choice(range(10, 41, 2))
    last = a1 + (n - 1) * d
    S = n * (a1 + last) // 2
    wl = a1 + n * d
    WS = n * (a1 + wl) // 2
    zh = lang == "zh"
    q = ("等差数列 %d, %d, %d, … 的前 %d 项和是多少？" if zh else
         "What is the sum of the first %d terms of the arithmetic sequence %d, %d, %d, ...?")
    q = q % ((a1, a1 + d, a1 + 2 * d, n) if zh else (n, a1, a1 + d, a1 + 2 * d))

    def work(l, s, nm1):
        return [("相邻两项之差：%d − %d = %d，%d − %d = %d，所以公差 d = %d，首项 a₁ = %d。" if zh else
                 "Consecutive differences: %d − %d = %d and %d − %d = %d, so d = %d with first term a₁ = %d.") % (
            a1 + d, a1, d, a1 + 2 * d, a1 + d, d, d, a1),
                ("第 %d 项：a_{%d} = a₁ + %d·d = %d + %d × %d = %d。" if zh else
                 "The %dth term: a_{%d} = a₁ + %d·d = %d + %d·%d = %d.") % (n, n, nm1, a1, nm1, d, l),
                ("前 n 项和 S = n(a₁ + a_n)/2 = %d × (%d + %d) / 2 = %d × %d = %d。" if zh else
                 "Sum: S = n(a₁ + a_n)/2 = %d(%d + %d)/2 = %d · %d = %d.") % (n, a1, l, n // 2, a1 + l, s)]
    alts = [commas(S), "S_{%d} = %d" % (n, S)]
    if S < 10 ** 6:
        alts.append(words(S) if not zh else zh_int(S))
    return P(lang=lang, dataset="math_like", q=q, work=work(last, S, n - 1), ans=str(S), alt=rng.choice(alts),
             refs=[str(S), "S_{%d}=%d" % (n, S), commas(S)], slip_work=work(wl, WS, n), slip_ans=str(WS),
             slip_note=("第 n 项应该是 a₁ + (n − 1)d。" if zh else "The nth term is a₁ + (n − 1)d, not a₁ + nd."),
             check=[("换一个公式：S = na₁ + n(n−1)d/2 = %d + %d = %d ✓" if zh else
                     "Other formula: S = na₁ + n(n−1)d/2 = %d + %d = %d ✓") % (n * a1, n * (n - 1) * d // 2, S),
                    ("平均项 × 项数：(%d + %d)/2 × %d = %d ✓" if zh else "Average term times count: (%d + %d)/2 × %d = %d ✓") % (
                        a1, last, n, S)],
             givens=[("首项 %d，公差 %d，项数 %d" if zh else "first term %d, difference %d, n = %d") % (a1, d, n)],
             method=("等差数列求和：先求末项，再用 S = n(首项 + 末项)/2。" if zh else
                     "For an arithmetic series I need the last term, then S = n × (first + last)/2."),
             restate=("求等差数列前 n 项和。" if zh else "Sum of an arithmetic progression."),
             say=("前%d项和为 {a}。" % n if zh else "The sum is {a}."))
