"""English math generators, part C: matrices, complex numbers, calculus, functions."""
from fractions import Fraction as F
from common import tex, plain, dec, poly, twist, cz
from math_a import base


def pm(M, env="pmatrix"):
    return "\\begin{%s} %s \\end{%s}" % (env, " \\\\ ".join(" & ".join(tex(v) for v in r) for r in M), env)


def brk(M):
    return "[" + ", ".join("[" + ", ".join(plain(v) for v in r) + "]" for r in M) + "]"


def inv2(rng, ok):
    while True:
        a, b, c, d = [rng.randint(-5, 6) for _ in range(4)]
        D = a * d - b * c
        if D in (1, -1, 2, -2) and 0 not in (a, b, c, d):
            break
    I = [[F(d, D), F(-b, D)], [F(-c, D), F(a, D)]]
    q = "Find the inverse of the matrix $A = %s$." % pm([[a, b], [c, d]])
    steps = ["For a 2x2 matrix [[a, b], [c, d]], the inverse is (1/det) [[d, -b], [-c, a]].",
             "det A = (%d)(%d) - (%d)(%d) = %d." % (a, d, b, c, D),
             "Swap the diagonal entries and negate the off-diagonal ones: [[%d, %d], [%d, %d]]." % (d, -b, -c, a),
             "Divide by %d: A^{-1} = %s." % (D, brk(I))]
    ref = pm(I, rng.choice(["pmatrix", "bmatrix"]))
    chk = "A \u00b7 A^{-1}: first row (%d)(%s) + (%d)(%s) = 1 and (%d)(%s) + (%d)(%s) = 0. Good." % (
        a, plain(I[0][0]), b, plain(I[1][0]), a, plain(I[0][1]), b, plain(I[1][1]))
    if ok:
        ans = rng.choice([pm(I), brk(I), pm(I, "bmatrix")])
        if D in (2, -2) and rng.random() < 0.5:
            ans = "%s%s" % ("\\frac{1}{%d}" % D if D > 0 else "-\\frac{1}{2}", pm([[d * (1 if D > 0 else -1) * (1 if D > 0 else -1), -b], [-c, a]]))
        return base(q, steps, ans, ref, True, "matrix_forms", checks=[chk])
    if rng.random() < 0.5:
        W = [[F(d, D), F(b, D)], [F(c, D), F(a, D)]]
        steps[2] = "Swap the diagonal entries: [[%d, %d], [%d, %d]]." % (d, b, c, a)
        steps[3] = "Divide by %d: A^{-1} = %s." % (D, brk(W))
        return base(q, steps, pm(W), ref, False, "forgot_negate_off_diagonal")
    W = [[F(d), F(-b)], [F(-c), F(a)]]
    steps = steps[:3] + ["So A^{-1} = %s." % brk(W)]
    return base(q, steps, pm(W), ref, False, "forgot_divide_by_det")


def det3(rng, ok):
    M = [[rng.randint(-3, 4) for _ in range(3)] for _ in range(3)]
    (a, b, c), (d, e, f), (g, h, i) = M
    m1, m2, m3 = e * i - f * h, d * i - f * g, d * h - e * g
    D = a * m1 - b * m2 + c * m3
    q = "Compute the determinant of $%s$." % pm(M, "bmatrix")
    steps = ["Expand along the first row: det = a(ei - fh) - b(di - fg) + c(dh - eg).",
             "Minors: ei - fh = %d, di - fg = %d, dh - eg = %d." % (m1, m2, m3),
             "det = %d(%d) - (%d)(%d) + %d(%d) = %d." % (a, m1, b, m2, c, m3, D)]
    bad = a * m1 + b * m2 + c * m3
    if ok or bad == D:
        return base(q, steps, rng.choice([str(D), "\\det = %d" % D, "%d" % D]), str(D), True, "determinant")
    steps[2] = "det = %d(%d) + (%d)(%d) + %d(%d) = %d." % (a, m1, b, m2, c, m3, bad)
    return base(q, steps, str(bad), str(D), False, "cofactor_sign_error")


def cmul(rng, ok):
    a, b, c, d = [rng.choice([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]) for _ in range(4)]
    re, im = a * c - b * d, a * d + b * c
    if im == 0 or re == 0:
        return cmul(rng, ok)
    z = cz
    q = "Compute $(%s)(%s)$ and write the result in the form a + bi." % (z(a, b), z(c, d))
    steps = ["Expand: (%d)(%d) + (%d)(%di) + (%di)(%d) + (%di)(%di)." % (a, c, a, d, b, c, b, d),
             "= %d + %di + %di + %di^2." % (a * c, a * d, b * c, b * d),
             "Since i^2 = -1, the last term is %d." % (-b * d),
             "Real part %d, imaginary part %d, so the product is %s." % (re, im, z(re, im))]
    ref = cz(re, im, False)
    if ok:
        ans = rng.choice([z(re, im), "%si %s %d" % ({1: "", -1: "-"}.get(im, im), "-" if re < 0 else "+", abs(re)),
                          "a = %d, b = %d, i.e. %s" % (re, im, z(re, im)), cz(re, im, False)])
        return base(q, steps, ans, ref, True, "complex_forms",
                    checks=["Modulus check: |z||w| = \u221a%d \u00b7 \u221a%d = \u221a%d, and |result|^2 = %d. Consistent."
                            % (a * a + b * b, c * c + d * d, (a * a + b * b) * (c * c + d * d), re * re + im * im)])
    bre = a * c + b * d
    steps[2] = "Since i^2 = 1, the last term is %d." % (b * d)
    steps[3] = "So the product is %s." % z(bre, im)
    return base(q, steps, z(bre, im), ref, False, "i_squared_sign_error")


def cdiv(rng, ok):
    x, y, c, d = [rng.choice([-4, -3, -2, -1, 1, 2, 3, 4]) for _ in range(4)]
    a, b = x * c - y * d, x * d + y * c
    z = cz
    q = "Simplify $\\dfrac{%s}{%s}$." % (z(a, b), z(c, d))
    n2 = c * c + d * d
    steps = ["Multiply numerator and denominator by the conjugate %s." % z(c, -d),
             "Denominator: (%d)^2 + (%d)^2 = %d." % (c, d, n2),
             "Numerator: (%s)(%s) = %s." % (z(a, b), z(c, -d), z(x * n2, y * n2)),
             "Divide: %s / %d = %s." % (z(x * n2, y * n2), n2, z(x, y))]
    ref = cz(x, y, False)
    if ok:
        return base(q, steps, rng.choice([z(x, y), cz(x, y, False)]),
                    ref, True, "complex_division")
    steps[3] = "Divide: %s / %d = %s." % (z(x * n2, y * n2), n2, z(x, -y))
    return base(q, steps, z(x, -y), ref, False, "conjugate_sign_slip")


def deriv(rng, ok):
    a, b, c, d = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-8, 8), rng.randint(-9, 9)
    k = rng.randint(-3, 3)
    fp = 3 * a * k * k + 2 * b * k + c
    fv = a * k ** 3 + b * k * k + c * k + d
    q = "Let $f(x) = %s$. Find $f'(%d)$." % (poly([a, b, c, d]), k)
    steps = ["Differentiate term by term: f'(x) = %s." % poly([3 * a, 2 * b, c]),
             "Evaluate at x = %d: %d(%d)^2 + (%d)(%d) + (%d) = %d + %d + %d = %d." % (
                 k, 3 * a, k, 2 * b, k, c, 3 * a * k * k, 2 * b * k, c, fp)]
    if ok:
        c0 = base(q, steps, rng.choice([str(fp), "f'(%d) = %d" % (k, fp)]), str(fp), True, "derivative_value")
        c0["after"] = "(For reference, f(%d) = %d.)" % (k, fv) if fv != fp and rng.random() < 0.5 else ""
        if c0["after"]:
            c0["trap"] = "answer_then_other_number_remark"
        return c0
    if fv != fp and rng.random() < 0.5:
        steps = ["Evaluate f at %d: %d." % (k, fv)]
        return base(q, steps + ["So the value is %d." % fv], str(fv), str(fp), False, "function_value_not_derivative")
    bad = a * k * k * 3 + b * k + c
    if bad == fp:
        return base(q, steps, str(fp - 1), str(fp), False, "arith_slip") if False else deriv(rng, ok)
    steps[0] = "Differentiate: f'(x) = %s." % poly([3 * a, b, c])
    steps[1] = "At x = %d: %d + %d + %d = %d." % (k, 3 * a * k * k, b * k, c, bad)
    return base(q, steps, str(bad), str(fp), False, "power_rule_slip")


def integral(rng, ok):
    a, b, c = rng.randint(1, 4), rng.randint(-5, 5), rng.randint(-5, 5)
    p = rng.randint(-2, 1)
    qq = p + rng.randint(1, 3)
    Fn = lambda x: F(a, 3) * x ** 3 + F(b, 2) * x ** 2 + c * x
    val = Fn(qq) - Fn(p)
    if val.denominator == 1 and rng.random() < 0.5:
        return integral(rng, ok)
    q = "Evaluate $\\int_{%d}^{%d} (%s)\\,dx$." % (p, qq, poly([a, b, c]))
    steps = ["An antiderivative is F(x) = (%s)x^3 + (%s)x^2 + %dx." % (plain(F(a, 3)), plain(F(b, 2)), c),
             "F(%d) = %s." % (qq, plain(Fn(qq))), "F(%d) = %s." % (p, plain(Fn(p))),
             "The integral is F(%d) - F(%d) = %s - (%s) = %s." % (qq, p, plain(Fn(qq)), plain(Fn(p)), plain(val))]
    ref = tex(val)
    if ok:
        forms = [tex(val), plain(val), "\\dfrac{%d}{%d}" % (val.numerator, val.denominator)]
        if dec(val):
            forms.append(dec(val))
        if val.denominator > 1 and val > 1:
            forms.append("%d\\frac{%d}{%d}" % (val.numerator // val.denominator, val.numerator % val.denominator,
                                               val.denominator))
        return base(q, steps, rng.choice(forms), ref, True, "fraction_mixed_decimal")
    bad = Fn(qq) + Fn(p)
    if bad == val:
        return integral(rng, ok)
    steps[3] = "The integral is F(%d) + F(%d) = %s." % (qq, p, plain(bad))
    return base(q, steps, tex(bad), ref, False, "added_lower_limit", ans_tex=tex(bad))


def limit_inf(rng, ok):
    p, qd = rng.randint(2, 9), rng.randint(2, 9)
    if p == qd:
        return limit_inf(rng, ok)
    L = F(p, qd)
    b1, c1, b2, c2 = [rng.randint(-9, 9) for _ in range(4)]
    q = "Evaluate $\\lim_{x\\to\\infty} \\dfrac{%s}{%s}$." % (poly([p, b1, c1]), poly([qd, b2, c2]))
    steps = ["Divide numerator and denominator by x^2.",
             "The lower-order terms go to 0 as x \u2192 \u221e.",
             "The limit is the ratio of leading coefficients: %d/%d%s." % (p, qd, "" if L.denominator == qd else " = " + plain(L))]
    if ok:
        forms = [tex(L), plain(L)] + ([dec(L)] if dec(L) else [])
        return base(q, steps, rng.choice(forms), tex(L), True, "limit_ratio")
    if rng.random() < 0.5:
        steps[2] = "So the limit is %d/%d = %s." % (qd, p, plain(F(qd, p)))
        return base(q, steps, plain(F(qd, p)), tex(L), False, "ratio_inverted")
    c = base(q, steps, plain(L), tex(L), True, "")
    c["trunc"] = True
    c["steps"] = steps[:2] + ["Now I need to compare the leading terms %dx^2 and %dx^2, and then" % (p, qd)]
    c["label"], c["trap"] = "Incorrect", "truncated_no_answer"
    return c


def compose(rng, ok):
    a, b, c, d, k = rng.randint(2, 5), rng.randint(-6, 6), rng.randint(1, 3), rng.randint(-5, 5), rng.randint(-3, 4)
    g = c * k * k + d
    fg = a * g + b
    gf = c * (a * k + b) ** 2 + d
    if fg == gf:
        return compose(rng, ok)
    q = "Let $f(x) = %s$ and $g(x) = %s$. Find $f(g(%d))$." % (poly([a, b]), poly([c, 0, d]), k)
    steps = ["First g(%d) = %d(%d)^2 + (%d) = %d." % (k, c, k, d, g),
             "Then f(%d) = %d(%d) + (%d) = %d." % (g, a, g, b, fg)]
    if ok:
        c0 = base(q, steps, rng.choice([str(fg), "f(g(%d)) = %d" % (k, fg)]), str(fg), True, "composition")
        if rng.random() < 0.4:
            c0["after"] = "Remark: the composition in the other order, g(f(%d)), equals %d, which is different." % (k, gf)
            c0["trap"] = "answer_then_other_order_remark"
        return c0
    steps = ["First f(%d) = %d(%d) + (%d) = %d." % (k, a, k, b, a * k + b),
             "Then g(%d) = %d(%d)^2 + (%d) = %d." % (a * k + b, c, a * k + b, d, gf)]
    return base(q, steps, str(gf), str(fg), False, "composition_order_reversed")


def vertex(rng, ok):
    b, c = rng.choice([-7, -5, -3, -1, 1, 3, 5, 7, 2, 4, -6]), rng.randint(-6, 8)
    h = F(b, 2)
    M = c + F(b * b, 4)
    q = "Find the maximum value of $f(x) = %s$." % poly([-1, b, c])
    steps = ["The parabola opens downward, so the maximum is at the vertex x = -b/(2a) = %s." % plain(h),
             "f(%s) = -(%s)^2 + %d(%s) + %d = %s." % (plain(h), plain(h), b, plain(h), c, plain(M))]
    ref = tex(M)
    if ok:
        forms = [tex(M), plain(M)] + ([dec(M)] if dec(M) else [])
        return base(q, steps, rng.choice(forms), ref, True, "vertex_value",
                    checks=["Completing the square: f(x) = -(x - %s)^2 + %s." % (plain(h), plain(M))])
    steps = steps[:1] + ["So the maximum occurs at x = %s." % plain(h)]
    return base(q, steps, "x = %s" % plain(h), ref, False, "gave_argmax_not_max")


GENS = [(inv2, 6), (det3, 5), (cmul, 6), (cdiv, 5), (deriv, 6), (integral, 6), (limit_inf, 5), (compose, 5),
        (vertex, 5)]
