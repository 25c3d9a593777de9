"""Math generators (competition LaTeX refs, GSM-style word problems, 高考 style)."""
import math
from fractions import Fraction as F
from common import T, tex, plain, dec


def cc(lang, rng):
    def f(v):
        return rng.choice([T(lang, "So the result is %s." % v, "所以结果是 %s。" % v),
                           T(lang, "That gives %s." % v, "因此得到 %s。" % v),
                           T(lang, "Hence the value is %s." % v, "于是答案为 %s。" % v)])
    return f


def nz(rng, a, b):
    while True:
        v = rng.randint(a, b)
        if v:
            return v


def lin_eq(rng, L):
    while True:
        a, c = rng.randint(2, 12), rng.randint(-9, 9)
        b, d = rng.randint(-20, 20), rng.randint(-20, 20)
        if a != c and (d - b) % (a - c):
            break
    x = F(d - b, a - c)
    q = T(L, "Solve for $x$: $%dx %+d = %dx %+d$." % (a, b, c, d), "解方程：$%dx %+d = %dx %+d$，求 $x$。" % (a, b, c, d))
    good = [tex(x), plain(x), "x = " + tex(x), tex(x).replace("\\frac", "\\dfrac")] + ([dec(x)] if dec(x) else [])
    bad = [tex(F(d + b, a - c)) if F(d + b, a - c) != x else tex(x + 1), tex(1 / x) if 1 / x != x else tex(-x)]
    steps = [T(L, "Move the x-terms to one side: $%dx - (%d)x = %d - (%d)$." % (a, c, d, b), "移项：$%dx - (%d)x = %d - (%d)$。" % (a, c, d, b)),
             T(L, "That is $%dx = %d$." % (a - c, d - b), "即 $%dx = %d$。" % (a - c, d - b)),
             T(L, "Divide both sides by %d." % (a - c), "两边同除以 %d。" % (a - c))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def quad_set(rng, L):
    r1, r2 = sorted(rng.sample(range(-9, 12), 2))
    s, p = r1 + r2, r1 * r2
    q = T(L, "Find the solution set of $x^2 %+dx %+d = 0$." % (-s, p), "求方程 $x^2 %+dx %+d = 0$ 的解集。" % (-s, p))
    q = q.replace("+0x ", "").replace("+0 =", "=").replace("+1x ", "+x ").replace("-1x ", "-x ")
    good = ["\\{%d, %d\\}" % (r1, r2), "\\{%d, %d\\}" % (r2, r1), "x = %d \\text{ or } x = %d" % (r1, r2), "x_1=%d,\\ x_2=%d" % (r1, r2)]
    bad = ["\\{%d, %d\\}" % (-r2, -r1), "\\{%d\\}" % r2] if (r1 != -r2) else ["\\{%d\\}" % r2, "\\{%d, %d\\}" % (r1 - 1, r2 + 1)]
    steps = [T(L, "Look for two numbers with sum %d and product %d." % (s, p), "找两个数，和为 %d，积为 %d。" % (s, p)),
             T(L, "The pair %d and %d works: $%d + %d = %d$, $%d \\cdot %d = %d$." % (r1, r2, r1, r2, s, r1, r2, p),
               "%d 与 %d 满足：$%d + %d = %d$，$%d \\cdot %d = %d$。" % (r1, r2, r1, r2, s, r1, r2, p)),
             T(L, "So the quadratic factors as $(x - (%d))(x - (%d)) = 0$." % (r1, r2), "因式分解为 $(x - (%d))(x - (%d)) = 0$。" % (r1, r2))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def radical(rng, L):
    m = rng.choice([2, 3, 5, 6, 7, 10, 11, 13, 14, 15])
    k = rng.randint(2, 12)
    n = k * k * m
    q = T(L, "Simplify $\\sqrt{%d}$." % n, "化简 $\\sqrt{%d}$。" % n)
    good = ["%d\\sqrt{%d}" % (k, m), "%d \\cdot \\sqrt{%d}" % (k, m), "\\sqrt{%d}\\cdot %d" % (m, k), "%d√%d" % (k, m)]
    bad = ["%d\\sqrt{%d}" % (k + 1, m), "%d\\sqrt{%d}" % (m, k), "%d\\sqrt{%d}" % (k * k, m)]
    steps = [T(L, "Factor %d = %d \\cdot %d, and %d is a perfect square." % (n, k * k, m, k * k), "分解 %d = %d × %d，其中 %d 是完全平方数。" % (n, k * k, m, k * k)),
             T(L, "$\\sqrt{%d} = %d$, and %d has no square factor." % (k * k, k, m), "$\\sqrt{%d} = %d$，而 %d 没有平方因子。" % (k * k, k, m))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def circle(rng, L):
    r = rng.randint(2, 15)
    kind = rng.choice(["area", "sphere"])
    if kind == "area":
        q = T(L, "A circle has diameter %d. What is its area? Express your answer in terms of $\\pi$." % (2 * r), "一个圆的直径为 %d，求它的面积（用 $\\pi$ 表示）。" % (2 * r))
        v = r * r
        good = ["%d\\pi" % v, "\\pi \\cdot %d" % v, "%dπ" % v, "%d \\pi \\text{ square units}" % v]
        bad = ["%d\\pi" % (4 * v), "%d\\pi" % (2 * r)]
        steps = [T(L, "The radius is half the diameter: r = %d." % r, "半径 r = %d。" % r), "A = \\pi r^2 = \\pi \\cdot %d^2." % r]
    else:
        q = T(L, "Find the volume of a sphere of radius %d, in terms of $\\pi$." % r, "求半径为 %d 的球的体积（用 $\\pi$ 表示）。" % r)
        v = F(4 * r ** 3, 3)
        good = [tex(v) + "\\pi", "\\frac{4}{3}\\pi \\cdot %d" % r ** 3, plain(v) + " π", "\\frac{%d\\pi}{%d}" % (v.numerator, v.denominator) if v.denominator > 1 else "\\pi \\cdot %d" % v]
        bad = [tex(F(4 * r ** 2, 1)) + "\\pi", tex(F(4 * r ** 3, 3) * 3) + "\\pi"]
        steps = [T(L, "Use $V = \\frac{4}{3}\\pi r^3$ with r = %d." % r, "用公式 $V = \\frac{4}{3}\\pi r^3$，r = %d。" % r), "r^3 = %d." % r ** 3]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def ineq(rng, L):
    while True:
        a, b, c = nz(rng, -9, 9), rng.randint(-15, 15), rng.randint(-15, 15)
        if (c - b) % a and abs(a) > 1:
            break
    k = F(c - b, a)
    less = a > 0
    q = T(L, "Solve $%dx %+d < %d$ and write the solution in interval notation." % (a, b, c), "解不等式 $%dx %+d < %d$，用区间表示解集。" % (a, b, c))
    if less:
        good = ["(-\\infty, %s)" % tex(k), "x < %s" % tex(k), "\\{x \\mid x < %s\\}" % tex(k), "(-\\infty, %s)" % plain(k)]
        bad = ["(-\\infty, %s]" % tex(k), "(%s, \\infty)" % tex(k)]
    else:
        good = ["(%s, \\infty)" % tex(k), "x > %s" % tex(k), "\\{x \\mid x > %s\\}" % tex(k), "(%s, +\\infty)" % plain(k)]
        bad = ["(-\\infty, %s)" % tex(k), "[%s, \\infty)" % tex(k)]
    steps = [T(L, "Subtract %d: $%dx < %d$." % (b, a, c - b), "两边减去 %d：$%dx < %d$。" % (b, a, c - b)),
             T(L, "Divide by %d%s." % (a, " and flip the inequality since it's negative" if a < 0 else ""), "两边除以 %d%s。" % (a, "，负数要变号" if a < 0 else ""))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def pair(rng, L):
    while True:
        a1, b1, a2, b2 = [nz(rng, -6, 6) for _ in range(4)]
        det = a1 * b2 - a2 * b1
        if det:
            break
    x0, y0 = F(rng.randint(-8, 8)), F(rng.randint(-8, 8), rng.choice([1, 1, 2]))
    c1, c2 = a1 * x0 + b1 * y0, a2 * x0 + b2 * y0
    if c1.denominator > 1 or c2.denominator > 1:
        y0 = F(int(y0))
        c1, c2 = a1 * x0 + b1 * y0, a2 * x0 + b2 * y0
    q = T(L, "Find the ordered pair $(x, y)$ satisfying $%dx %+dy = %s$ and $%dx %+dy = %s$." % (a1, b1, plain(c1), a2, b2, plain(c2)),
          "求满足方程组 $%dx %+dy = %s$，$%dx %+dy = %s$ 的有序数对 $(x, y)$。" % (a1, b1, plain(c1), a2, b2, plain(c2)))
    good = ["(%s, %s)" % (tex(x0), tex(y0)), "x = %s, y = %s" % (tex(x0), tex(y0)), "\\left(%s,\\ %s\\right)" % (plain(x0), plain(y0))]
    bad = ["(%s, %s)" % (tex(y0), tex(x0)) if x0 != y0 else "(%s, %s)" % (tex(x0 + 1), tex(y0)), "(%s, %s)" % (tex(x0), tex(-y0)) if y0 else "(%s, 1)" % tex(x0)]
    steps = [T(L, "The determinant is $%d\\cdot%d - %d\\cdot%d = %d$, so there is a unique solution." % (a1, b2, a2, b1, det), "系数行列式为 %d，不为零，有唯一解。" % det),
             T(L, "By Cramer's rule, $x = %s/%d$." % (plain(c1 * b2 - c2 * b1), det), "由克拉默法则，$x = %s/%d$。" % (plain(c1 * b2 - c2 * b1), det)),
             T(L, "Then substitute back to get y.", "再代回求 y。")]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def poly(rng, L):
    a, b = nz(rng, -9, 9), nz(rng, -9, 9)
    m = rng.randint(2, 5)
    # (m x + a)(x + b) = m x^2 + (m b + a) x + a b
    B, C = m * b + a, a * b
    q = T(L, "Expand $(%dx %+d)(x %+d)$." % (m, a, b), "展开 $(%dx %+d)(x %+d)$。" % (m, a, b))

    def fmt(A, B, C, order):
        terms = {"x2": "%dx^2" % A, "x": "%+dx" % B if B else "", "c": "%+d" % C}
        s = "".join(terms[t] for t in order if terms[t])
        return s.lstrip("+")
    good = [fmt(m, B, C, ["x2", "x", "c"]), fmt(m, B, C, ["c", "x", "x2"]).replace("x^2", "x^2"), fmt(m, B, C, ["x", "x2", "c"])]
    good[2] = "%dx^2 + (%d)x + (%d)" % (m, B, C)
    good[1] = "%d%s%s" % (C, ("%+dx" % B) if B else "", "%+dx^2" % m)
    bad = [fmt(m, -B if B else 1, C, ["x2", "x", "c"]), fmt(m, B, -C, ["x2", "x", "c"])]
    steps = [T(L, "First/outer/inner/last: $%dx\\cdot x = %dx^2$, $%dx\\cdot %d = %dx$, $%d\\cdot x = %dx$, $%d\\cdot %d = %d$." % (m, m, m, b, m * b, a, a, a, b, C),
               "逐项相乘：$%dx^2$，$%dx$，$%dx$，常数项 $%d$。" % (m, m * b, a, C)),
             T(L, "Combine the like terms: $%dx %+dx = %dx$." % (m * b, a, B), "合并同类项：$%dx %+dx = %dx$。" % (m * b, a, B))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


TRIG = [("30", "\\frac{1}{2}", "\\frac{\\sqrt{3}}{2}", "\\frac{\\sqrt{3}}{3}"), ("45", "\\frac{\\sqrt{2}}{2}", "\\frac{\\sqrt{2}}{2}", "1"),
        ("60", "\\frac{\\sqrt{3}}{2}", "\\frac{1}{2}", "\\sqrt{3}"), ("120", "\\frac{\\sqrt{3}}{2}", "-\\frac{1}{2}", "-\\sqrt{3}"),
        ("135", "\\frac{\\sqrt{2}}{2}", "-\\frac{\\sqrt{2}}{2}", "-1"), ("150", "\\frac{1}{2}", "-\\frac{\\sqrt{3}}{2}", "-\\frac{\\sqrt{3}}{3}")]
TRIG_ALT = {"\\frac{\\sqrt{3}}{2}": ["\\sqrt{3}/2", "\\frac{1}{2}\\sqrt{3}"], "\\frac{1}{2}": ["1/2", "0.5"],
            "\\frac{\\sqrt{2}}{2}": ["\\frac{1}{\\sqrt{2}}", "\\sqrt{2}/2"], "\\frac{\\sqrt{3}}{3}": ["\\frac{1}{\\sqrt{3}}", "\\sqrt{3}/3"],
            "\\sqrt{3}": ["3^{1/2}", "\\frac{3}{\\sqrt{3}}"], "1": ["1.0", "\\frac{2}{2}"]}


def trig(rng, L):
    ang, s, c, t = rng.choice(TRIG)
    fn = rng.choice(["sin", "cos", "tan"])
    v = {"sin": s, "cos": c, "tan": t}[fn]
    rad = {"30": "\\frac{\\pi}{6}", "45": "\\frac{\\pi}{4}", "60": "\\frac{\\pi}{3}", "120": "\\frac{2\\pi}{3}", "135": "\\frac{3\\pi}{4}", "150": "\\frac{5\\pi}{6}"}[ang]
    shift = rng.choice([0, 2, 4])
    arg = rad if not shift else "%s + %d\\pi" % (rad, shift)
    q = T(L, "Compute $\\%s\\left(%s\\right)$ exactly." % (fn, arg), "求 $\\%s\\left(%s\\right)$ 的精确值。" % (fn, arg))
    neg = v.startswith("-")
    base = v[1:] if neg else v
    alts = ["-" + a if neg else a for a in TRIG_ALT[base]]
    others = [x for x in dict.fromkeys([s, c, t, "-" + base if not neg else base]) if x != v]
    good = [v] + alts
    bad = others[:2]
    steps = [T(L, "The angle %s is %s degrees%s." % (arg, ang, " plus full turns, which don't change the value" if shift else ""), "角 %s 对应 %s°%s。" % (arg, ang, "（加上整周期不改变函数值）" if shift else "")),
             T(L, "Use the reference triangle for %s° and the sign in that quadrant." % ang, "利用特殊角 %s° 的三角函数值，并注意所在象限的符号。" % ang)]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def dice(rng, L):
    n = rng.choice([2, 2, 3])
    faces = 6
    s = rng.randint(n + 1, n * faces - 1)
    cnt = sum(1 for i in range(faces ** n) if sum((i // faces ** j) % faces + 1 for j in range(n)) == s)
    tot = faces ** n
    p = F(cnt, tot)
    q = T(L, "%d fair six-sided dice are rolled. What is the probability that the sum is %d?" % (n, s), "掷 %d 枚均匀的六面骰子，点数之和为 %d 的概率是多少？" % (n, s))
    good = [tex(p), "\\frac{%d}{%d}" % (cnt, tot), plain(p)] + ([dec(p)] if dec(p) else [])
    bad = [tex(F(cnt + 1, tot)), tex(F(cnt, tot // faces * (faces - 1)))]
    if len(set(good)) < 2:
        good = good + ["\\dfrac{%d}{%d}" % (p.numerator, p.denominator)]
    steps = [T(L, "There are $6^%d = %d$ equally likely outcomes." % (n, tot), "共有 $6^%d = %d$ 种等可能结果。" % (n, tot)),
             T(L, "Counting the outcomes with sum %d gives %d of them." % (s, cnt), "和为 %d 的结果有 %d 种。" % (s, cnt))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


NAMES_EN = ["Mara", "Tobin", "Lise", "Rafael", "Odette", "Kwame", "Ines", "Bertram", "Yusra", "Callum", "Priya", "Desmond"]
NAMES_ZH = ["小林", "王芳", "李明", "张华", "陈静", "赵磊", "孙悦", "周强"]


def money(rng, L):
    nm = rng.choice(NAMES_ZH if L == "zh" else NAMES_EN)
    p1, n1 = F(rng.randint(3, 40) * 25, 100), rng.randint(2, 9)
    p2, n2 = F(rng.randint(3, 30) * 50, 100), rng.randint(1, 6)
    paid = ((p1 * n1 + p2 * n2) // 10 + 1) * 10 + rng.choice([0, 10, 20])
    ch = paid - p1 * n1 - p2 * n2
    q = T(L, "%s buys %d notebooks at $%s each and %d pens at $%s each, paying with $%s. How much change, in dollars, does %s get?" % (nm, n1, dec(p1), n2, dec(p2), dec(paid), nm),
          "%s买了 %d 本笔记本，每本 %s 元，又买了 %d 支笔，每支 %s 元，付了 %s 元。应找回多少元？" % (nm, n1, dec(p1), n2, dec(p2), dec(paid)))
    d = dec(ch)
    good = [d, "\\$%.2f" % float(ch), T(L, "%.2f dollars" % float(ch), "%.2f 元" % float(ch)), T(L, "$%s" % d, "%s元" % d)]
    bad = [dec(ch + p2), dec(p1 * n1 + p2 * n2)]
    steps = [T(L, "Notebooks: %d × %s = %s." % (n1, dec(p1), dec(p1 * n1)), "笔记本：%d × %s = %s 元。" % (n1, dec(p1), dec(p1 * n1))),
             T(L, "Pens: %d × %s = %s." % (n2, dec(p2), dec(p2 * n2)), "笔：%d × %s = %s 元。" % (n2, dec(p2), dec(p2 * n2))),
             T(L, "Total spent: %s. Change is %s minus that." % (dec(p1 * n1 + p2 * n2), dec(paid)), "共花费 %s 元，找零为 %s 减去它。" % (dec(p1 * n1 + p2 * n2), dec(paid)))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="gsm8k_like")


def clock(rng, L):
    nm = rng.choice(NAMES_ZH if L == "zh" else NAMES_EN)
    start = rng.randint(7 * 60, 13 * 60) // 5 * 5
    ds = [rng.randint(2, 12) * 5 for _ in range(3)]
    end = start + sum(ds)
    h, m = divmod(end, 60)

    def t12(h, m):
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")
    sh, sm = divmod(start, 60)
    q = T(L, "%s starts baking at %s. Mixing takes %d minutes, baking %d minutes and cooling %d minutes. At what time is the cake ready?" % (nm, t12(sh, sm), ds[0], ds[1], ds[2]),
          "%s在 %d:%02d 开始做蛋糕，搅拌 %d 分钟，烘烤 %d 分钟，冷却 %d 分钟。蛋糕几点做好？（24小时制）" % (nm, sh, sm, ds[0], ds[1], ds[2]))
    if L == "zh":
        good = ["%d:%02d" % (h, m), "%d点%02d分" % (h, m), "%d时%d分" % (h, m)]
        bad = ["%d:%02d" % (h + 1, m), "%d:%02d" % divmod(end - ds[2], 60)]
    else:
        good = [t12(h, m), "%d:%02d" % (h, m), t12(h, m).replace("PM", "p.m.").replace("AM", "a.m.")]
        bad = [t12(h + 1, m), t12(*divmod(end - ds[2], 60))]
    steps = [T(L, "Total time: %d + %d + %d = %d minutes." % (ds[0], ds[1], ds[2], sum(ds)), "总时间：%d + %d + %d = %d 分钟。" % (ds[0], ds[1], ds[2], sum(ds))),
             T(L, "%d minutes is %d h %d min." % (sum(ds), sum(ds) // 60, sum(ds) % 60), "%d 分钟即 %d 小时 %d 分钟。" % (sum(ds), sum(ds) // 60, sum(ds) % 60))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="gsm8k_like")


def percent(rng, L):
    orig = rng.randint(4, 60) * 5
    pct = rng.choice([10, 15, 20, 25, 30, 35, 40, 45, 60])
    sale = F(orig * (100 - pct), 100)
    q = T(L, "A jacket's price drops from $%d to $%s. By what percent was the price reduced?" % (orig, dec(sale)), "一件外套从 %d 元降价到 %s 元，降价的百分率是多少？" % (orig, dec(sale)))
    good = ["%d\\%%" % pct, "%d%%" % pct, T(L, "%d percent" % pct, "百分之%d" % pct)]
    bad = ["%d\\%%" % (100 - pct), "%d\\%%" % (pct + 5)]
    steps = [T(L, "Reduction: %d - %s = %s." % (orig, dec(sale), dec(orig - sale)), "降价金额：%d - %s = %s 元。" % (orig, dec(sale), dec(orig - sale))),
             T(L, "Divide by the original price %d." % orig, "除以原价 %d。" % orig)]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="gsm8k_like")


def series(rng, L):
    a, d, n = rng.randint(1, 30), rng.randint(2, 13), rng.randint(12, 60)
    S = n * (2 * a + (n - 1) * d) // 2
    last = a + (n - 1) * d
    q = T(L, "Find the sum of the arithmetic sequence $%d, %d, %d, \\ldots, %d$." % (a, a + d, a + 2 * d, last), "求等差数列 $%d, %d, %d, \\ldots, %d$ 各项之和。" % (a, a + d, a + 2 * d, last))
    good = [str(S), "{:,}".format(S), "\\boxed{%d}" % S if False else "%d" % S]
    good = [str(S)] + (["{:,}".format(S)] if S >= 1000 else ["S = %d" % S])
    bad = [str(S - last), str(S + a + n * d)]
    steps = [T(L, "Number of terms: $(%d - %d)/%d + 1 = %d$." % (last, a, d, n), "项数：$(%d - %d)/%d + 1 = %d$。" % (last, a, d, n)),
             T(L, "Sum $= n(a_1 + a_n)/2 = %d \\cdot %d / 2$." % (n, a + last), "和 $= n(a_1 + a_n)/2 = %d \\times %d / 2$。" % (n, a + last))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def modpow(rng, L):
    b, e, m = rng.randint(2, 19), rng.randint(20, 2024), rng.choice([7, 9, 11, 13, 100, 1000])
    r = pow(b, e, m)
    q = T(L, "Find the remainder when $%d^{%d}$ is divided by $%d$." % (b, e, m), "求 $%d^{%d}$ 除以 $%d$ 的余数。" % (b, e, m))
    good = [str(r), "%03d" % r if m == 1000 and r < 100 else "r = %d" % r]
    bad = [str((r + 1) % m), str(pow(b, e - 1, m)) if pow(b, e - 1, m) != r else str((r + 2) % m)]
    period = next(k for k in range(1, m + 1) if pow(b, k, m) == pow(b, 0, m) or k == m) if math.gcd(b, m) == 1 else None
    steps = [T(L, "Compute powers of %d modulo %d and look for a cycle." % (b, m), "计算 %d 的幂模 %d，寻找周期。" % (b, m)),
             T(L, "The cycle length is %s." % period if period else "Reduce the exponent step by step.", "周期为 %s。" % period if period else "逐步降幂。"),
             T(L, "%d mod %s = %d." % (e, period, e % period) if period else "Keep multiplying and reducing.", "%d 除以 %s 余 %d。" % (e, period, e % period) if period else "继续相乘并取模。")]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="aime_like")


def matrix(rng, L):
    A = [[rng.randint(-4, 5) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-4, 5) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    D = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]

    def pm(M):
        return "\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    if C == D or C[0][1] == C[1][0]:
        return None
    q = T(L, "Compute $AB$ where $A = %s$ and $B = %s$." % (pm(A), pm(B)), "设 $A = %s$，$B = %s$，求 $AB$。" % (pm(A), pm(B)))
    good = [pm(C), "[[%d, %d], [%d, %d]]" % (C[0][0], C[0][1], C[1][0], C[1][1]), pm(C).replace("pmatrix", "bmatrix")]
    Ct = [[C[0][0], C[1][0]], [C[0][1], C[1][1]]]
    bad = [pm(D), pm(Ct)]
    steps = [T(L, "Entry (1,1): $%d\\cdot%d + %d\\cdot%d = %d$." % (A[0][0], B[0][0], A[0][1], B[1][0], C[0][0]), "第(1,1)元：$%d\\cdot%d + %d\\cdot%d = %d$。" % (A[0][0], B[0][0], A[0][1], B[1][0], C[0][0])),
             T(L, "Entry (1,2): row 1 of A times column 2 of B.", "第(1,2)元：A 的第一行乘 B 的第二列。"),
             T(L, "Entries in row 2 similarly.", "第二行同理。")]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="college_math_like")


def cplx(rng, L):
    a, b, c, d = [nz(rng, -7, 7) for _ in range(4)]
    re, im = a * c - b * d, a * d + b * c
    if not re or abs(im) < 2:
        return None
    q = T(L, "Write $(%d %+di)(%d %+di)$ in the form $a + bi$." % (a, b, c, d), "计算 $(%d %+di)(%d %+di)$，写成 $a+bi$ 的形式。" % (a, b, c, d))
    good = ["%d %s %di" % (re, "+" if im > 0 else "-", abs(im)), "%di %s %d" % (im, "+" if re > 0 else "-", abs(re)), "%d%+di" % (re, im)]
    bad = ["%d %s %di" % (re, "-" if im > 0 else "+", abs(im)), "%d %s %di" % (a * c + b * d, "+" if im > 0 else "-", abs(im))]
    steps = [T(L, "Expand: $%d\\cdot%d + %d\\cdot%di + %di\\cdot%d + %d\\cdot%d i^2$." % (a, c, a, d, b, c, b, d), "展开：$%d\\cdot%d + %d\\cdot%di + %di\\cdot%d + %d\\cdot%d i^2$。" % (a, c, a, d, b, c, b, d)),
             T(L, "Using $i^2 = -1$, the real part is $%d - (%d) = %d$." % (a * c, b * d, re), "由 $i^2=-1$，实部为 $%d - (%d) = %d$。" % (a * c, b * d, re))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


GENS = [lin_eq, quad_set, radical, circle, ineq, pair, poly, trig, dice, money, clock, percent, series, modpow, matrix, cplx]
