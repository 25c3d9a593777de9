"""Algebra: equations, intervals, sets, tuples, expressions, sequences, lines, complex numbers."""
from fractions import Fraction as Fr
from common import L, ftex, fslash, poly, terms, case


def nz(r, lo, hi):
    while True:
        v = r.randint(lo, hi)
        if v:
            return v


def g_quadratic(r, zh):
    r1, r2 = r.sample([x for x in range(-9, 10) if x], 2)
    a = r.choice([1, 1, 2, 3])
    co = [a, -a * (r1 + r2), a * r1 * r2]
    lo, hi = sorted([r1, r2])
    q = L(zh, "Solve for x: %s = 0." % poly(co), "解方程：%s = 0。" % poly(co))
    steps = ["%s = %s(x %s %d)(x %s %d)" % (poly(co), "" if a == 1 else a, "-" if r1 > 0 else "+", abs(r1),
                                            "-" if r2 > 0 else "+", abs(r2)),
             "x %s %d = 0 %s x %s %d = 0" % ("-" if r1 > 0 else "+", abs(r1), L(zh, "or", "或"), "-" if r2 > 0 else "+", abs(r2))]
    ref = "x = %d \\text{ or } x = %d" % (lo, hi)
    alts = ["\\{%d, %d\\}" % (lo, hi), "x = %d, %d" % (hi, lo), "x_1 = %d, x_2 = %d" % (hi, lo)]
    w = ["x = %d \\text{ or } x = %d" % (-hi, -lo), "x = %d" % hi, "x = %d \\text{ or } x = %d" % (lo, hi + 1)]
    return case(q, steps, ref, alts, w, "math_like", "set")


def g_abs_ineq(r, zh):
    a, b = r.randint(-6, 9), r.randint(2, 9)
    kind = r.choice(["le", "lt", "gt"])
    sym = {"le": "\\le", "lt": "<", "gt": ">"}[kind]
    q = L(zh, "Find all real x satisfying $|x %s %d| %s %d$. Give your answer in interval notation."
          % ("-" if a >= 0 else "+", abs(a), sym, b),
          "求不等式 $|x %s %d| %s %d$ 的解集（用区间表示）。" % ("-" if a >= 0 else "+", abs(a), sym, b))
    lo, hi = a - b, a + b
    steps = ["-%d %s x %s %d %s %d" % (b, sym if kind != "gt" else "", "-" if a >= 0 else "+", abs(a), sym, b)
             if kind != "gt" else "x %s %d > %d %s x %s %d < -%d" % ("-" if a >= 0 else "+", abs(a), b, L(zh, "or", "或"),
                                                                    "-" if a >= 0 else "+", abs(a), b),
             "%d, %d" % (lo, hi)]
    if kind == "le":
        ref, alts = "[%d, %d]" % (lo, hi), ["%d \\le x \\le %d" % (lo, hi), "\\{x \\mid %d \\le x \\le %d\\}" % (lo, hi)]
        w = ["(%d, %d)" % (lo, hi), "[%d, %d]" % (-a - b, b - a), "(-\\infty, %d] \\cup [%d, \\infty)" % (lo, hi)]
    elif kind == "lt":
        ref, alts = "(%d, %d)" % (lo, hi), ["%d < x < %d" % (lo, hi), "\\{x \\mid %d < x < %d\\}" % (lo, hi)]
        w = ["[%d, %d]" % (lo, hi), "(%d, %d)" % (lo, hi + 1), "(-\\infty, %d)" % hi]
    else:
        ref = "(-\\infty, %d) \\cup (%d, \\infty)" % (lo, hi)
        alts = ["x < %d \\text{ or } x > %d" % (lo, hi), "(-\\infty, %d) \\cup (%d, +\\infty)" % (lo, hi)]
        w = ["(%d, %d)" % (lo, hi), "(-\\infty, %d] \\cup [%d, \\infty)" % (lo, hi), "(%d, \\infty)" % hi]
    return case(q, steps, ref, alts, w, "math_like" if not zh else "gaokao_math_like", "interval")


def g_system(r, zh):
    x, y = nz(r, -8, 9), nz(r, -8, 9)
    while True:
        a, b, c, d = nz(r, -5, 6), nz(r, -5, 6), nz(r, -5, 6), nz(r, -5, 6)
        if a * d - b * c:
            break
    e, f = a * x + b * y, c * x + d * y
    q = L(zh, "Solve the system: %s = %d and %s = %d. Give the ordered pair (x, y)."
          % (poly([a, 0]) + (" + " if b > 0 else " - ") + poly([abs(b), 0], "y"), e,
             poly([c, 0]) + (" + " if d > 0 else " - ") + poly([abs(d), 0], "y"), f),
          "解方程组：%s = %d，%s = %d。写出 (x, y)。" % (poly([a, 0]) + (" + " if b > 0 else " - ") + poly([abs(b), 0], "y"), e,
                                            poly([c, 0]) + (" + " if d > 0 else " - ") + poly([abs(d), 0], "y"), f))
    steps = ["D = (%d)(%d) - (%d)(%d) = %d" % (a, d, b, c, a * d - b * c), "x = %d" % x, "y = %d" % y]
    ref = "(%d, %d)" % (x, y)
    alts = ["x = %d, y = %d" % (x, y), "x=%d,\\ y=%d" % (x, y), "\\left(%d,\\,%d\\right)" % (x, y)]
    w = ["(%d, %d)" % (y, x), "(%d, %d)" % (-x, y), "(%d, %d)" % (x, y + 1)]
    return case(q, steps, ref, alts, w, "math_like", "tuple")


def g_expand(r, zh):
    a, b, c, d = nz(r, -4, 5), nz(r, -7, 8), nz(r, -4, 5), nz(r, -7, 8)
    co = [a * c, a * d + b * c, b * d]
    f1, f2 = poly([a, b]), poly([c, d])
    q = L(zh, "Expand and simplify $(%s)(%s)$." % (f1, f2), "展开并化简 $(%s)(%s)$。" % (f1, f2))
    steps = ["%s·%s" % (f1, f2), "x^2: %d, x: %d + %d = %d, const: %d" % (a * c, a * d, b * c, co[1], b * d)]
    ref = poly(co)
    alts = [terms([(co[2], ""), (co[1], "x"), (co[0], "x^2")]), terms([(co[0], "x^2"), (co[1], "x"), (co[2], "")]).replace(" ", "")]
    w = [poly([co[0], a * d - b * c, b * d]), poly([co[0], co[1], -b * d]), poly([a * c, co[1] + 1, b * d])]
    return case(q, steps, ref, alts, w, "math_like", "expression")


def g_inverse(r, zh):
    a, b = r.choice([2, 3, 4, 5, 7]), nz(r, -9, 9)
    q = L(zh, "Let $f(x) = %s$. Find $f^{-1}(x)$." % poly([a, b]), "已知 $f(x) = %s$，求反函数 $f^{-1}(x)$。" % poly([a, b]))
    steps = ["y = %s" % poly([a, b]), "x = (y %s %d)/%d" % ("-" if b > 0 else "+", abs(b), a)]
    ref = "\\frac{x %s %d}{%d}" % ("-" if b > 0 else "+", abs(b), a)
    alts = [poly([Fr(1, a), Fr(-b, a)]), "(x %s %d)/%d" % ("-" if b > 0 else "+", abs(b), a),
            "f^{-1}(x) = \\frac{x %s %d}{%d}" % ("-" if b > 0 else "+", abs(b), a)]
    w = ["\\frac{x %s %d}{%d}" % ("+" if b > 0 else "-", abs(b), a), poly([a, -b]), "\\frac{%d}{x %s %d}" % (a, "-" if b > 0 else "+", abs(b))]
    return case(q, steps, ref, alts, w, "math_like", "expression")


def g_log(r, zh):
    base = r.choice([2, 3, 5])
    k = r.randint(2, 5 if base == 2 else 3)
    c = nz(r, -6, 9)
    x = base ** k + c
    q = L(zh, "Solve $\\log_{%d}(x %s %d) = %d$." % (base, "-" if c > 0 else "+", abs(c), k),
          "解方程 $\\log_{%d}(x %s %d) = %d$。" % (base, "-" if c > 0 else "+", abs(c), k))
    steps = ["x %s %d = %d^%d = %d" % ("-" if c > 0 else "+", abs(c), base, k, base ** k), "x = %d" % x]
    return case(q, steps, str(x), ["x = %d" % x], [str(base ** k - c), str(base * k + c), str(base ** k)],
                "math_like", "integer")


def g_complex(r, zh):
    a, b, c, d = nz(r, -6, 7), nz(r, -6, 7), nz(r, -6, 7), nz(r, -6, 7)
    re, im = a * c - b * d, a * d + b * c

    def cx(p, qv):
        if qv == 0:
            return str(p)
        s = ("" if abs(qv) == 1 else str(abs(qv))) + "i"
        return "%d %s %s" % (p, "+" if qv > 0 else "-", s) if p else ("-" if qv < 0 else "") + s
    q = L(zh, "Compute $(%s)(%s)$, writing the result as $a + bi$." % (cx(a, b), cx(c, d)),
          "计算复数 $(%s)(%s)$，结果写成 $a+bi$ 的形式。" % (cx(a, b), cx(c, d)))
    steps = ["%d·%d + %d·%di + %d·%di + %d·%d i^2" % (a, c, a, d, b, c, b, d), "i^2 = -1"]
    ref = cx(re, im)
    alts = [terms([(im, "i"), (re, "")])] if re and im else []
    alts.append("%d + (%d)i" % (re, im))
    w = [cx(a * c + b * d, im), cx(re, a * d - b * c), cx(-re, im)]
    return case(q, steps, ref, alts, w, "math_like", "complex")


def g_set_interval(r, zh):
    p, qv = sorted(r.sample(range(-5, 8), 2))
    if qv - p < 2:
        qv = p + 3
    m = r.randint(p + 1, qv - 1)
    q = L(zh, "Let A = {x : %s < 0} and B = {x : x ≥ %d}. Find A ∩ B." % (poly([1, -(p + qv), p * qv]), m),
          "已知集合 A = {x | %s < 0}，B = {x | x ≥ %d}，求 A ∩ B。" % (poly([1, -(p + qv), p * qv]), m))
    steps = ["A = (%d, %d)" % (p, qv), "B = [%d, +∞)" % m]
    ref = "[%d, %d)" % (m, qv)
    alts = ["\\{x \\mid %d \\le x < %d\\}" % (m, qv), "%d \\le x < %d" % (m, qv)]
    w = ["(%d, %d)" % (m, qv), "[%d, %d]" % (m, qv), "(%d, %d)" % (p, qv)]
    return case(q, steps, ref, alts, w, "gaokao_math_like" if zh else "math_like", "interval")


def g_seq_formula(r, zh):
    a1, d = nz(r, -6, 9), nz(r, -5, 6)
    a3, a6 = a1 + 2 * d, a1 + 5 * d
    q = L(zh, "In an arithmetic sequence, $a_3 = %d$ and $a_6 = %d$. Find the general term $a_n$." % (a3, a6),
          "等差数列 {a_n} 中，a_3 = %d，a_6 = %d，求通项公式 a_n。" % (a3, a6))
    steps = ["3d = %d - %d = %d" % (a6, a3, 3 * d), "d = %d, a_1 = %d" % (d, a1)]
    ref = "a_n = " + poly([d, a1 - d], "n")
    alts = [poly([d, a1 - d], "n")]
    if a1 - d:
        alts.append("a_n = %d + %s" % (a1 - d, poly([d, 0], "n")) if d > 0 else "a_n = %d - %s" % (a1 - d, poly([-d, 0], "n")))
    alts.append("a_n = %d + (n-1)(%d)" % (a1, d))
    w = ["a_n = " + poly([d, a1], "n"), "a_n = " + poly([a1, d], "n"), "a_n = " + poly([d, a1 - 2 * d], "n")]
    return case(q, steps, ref, alts, w, "gaokao_math_like" if zh else "math_like", "expression")


def g_line(r, zh):
    m, c = nz(r, -5, 5), r.randint(-9, 9)
    x1, x2 = r.sample(range(-4, 6), 2)
    P, Q = (x1, m * x1 + c), (x2, m * x2 + c)
    q = L(zh, "Find the equation of the line through (%d, %d) and (%d, %d) in slope-intercept form." % (P + Q),
          "求过点 (%d, %d) 和 (%d, %d) 的直线方程（斜截式）。" % (P + Q))
    steps = ["k = (%d - %d)/(%d - %d) = %d" % (Q[1], P[1], x2, x1, m), "b = %d - (%d)(%d) = %d" % (P[1], m, x1, c)]
    ref = "y = " + poly([m, c])
    alts = [terms([(m, "x"), (-1, "y"), (c, "")]) + " = 0", "y=" + poly([m, c]).replace(" ", ""), "y = " + terms([(c, ""), (m, "x")])]
    w = ["y = " + poly([m, -c]) if c else "y = " + poly([m, 1]), "y = " + poly([-m, c]), "y = " + poly([Fr(1, m), c])]
    return case(q, steps, ref, alts, w, "math_like", "equation")


def g_compose(r, zh):
    a, b, c, d = nz(r, -4, 5), r.randint(-6, 6), nz(r, -3, 4), r.randint(-5, 5)
    x0 = r.randint(-3, 4)
    g = c * x0 * x0 + d
    v = a * g + b
    q = L(zh, "Let $f(x) = %s$ and $g(x) = %s$. Compute $f(g(%d))$." % (poly([a, b]), poly([c, 0, d]), x0),
          "设 $f(x) = %s$，$g(x) = %s$，求 $f(g(%d))$ 的值。" % (poly([a, b]), poly([c, 0, d]), x0))
    steps = ["g(%d) = %d" % (x0, g), "f(%d) = %d" % (g, v)]
    return case(q, steps, str(v), ["f(g(%d)) = %d" % (x0, v)], [str(c * (a * x0 + b) ** 2 + d), str(v + a), str(-v)],
                "math_like", "integer")


def g_vieta(r, zh):
    r1, r2 = nz(r, -7, 8), nz(r, -7, 8)
    s, p = r1 + r2, r1 * r2
    v = s * s - 2 * p
    q = L(zh, "The roots of $%s = 0$ are $\\alpha$ and $\\beta$. Find $\\alpha^2 + \\beta^2$." % poly([1, -s, p]),
          "方程 $%s = 0$ 的两根为 α、β，求 α² + β² 的值。" % poly([1, -s, p]))
    steps = ["α + β = %d, αβ = %d" % (s, p), "(α+β)^2 - 2αβ = %d - %d" % (s * s, 2 * p)]
    return case(q, steps, str(v), ["\\alpha^2+\\beta^2 = %d" % v], [str(s * s + 2 * p), str(s * s - p), str(v + 2)],
                "math_like" if not zh else "gaokao_math_like", "integer")


GENS = [g_quadratic, g_abs_ineq, g_system, g_expand, g_inverse, g_log, g_complex, g_set_interval, g_seq_formula,
        g_line, g_compose, g_vieta]
