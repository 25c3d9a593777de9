"""Math problem generators, part B (college / olympiad / gaokao flavours)."""
from fractions import Fraction
from math import comb, gcd
from common import frac_tex, frac_plain, terminating, dec


def matrix_prod(rng, zh):
    A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    pm = lambda M: "\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    br = lambda M: "[[%d, %d], [%d, %d]]" % (M[0][0], M[0][1], M[1][0], M[1][1])
    q = ("设 A = %s，B = %s，求 AB。" if zh else "Let A = %s and B = %s. Compute AB.") % (br(A), br(B))
    wrongs = [(pm(BA), "computed_BA_not_AB")] if BA != C else []
    W = [row[:] for row in C]
    W[1][0] += 1
    wrongs.append((pm(W), "one_entry_wrong"))
    steps = ["Row 1 of A times columns of B: %d, %d." % (C[0][0], C[0][1]),
             "Row 2 of A times columns of B: %d, %d." % (C[1][0], C[1][1])]
    rl = "AB = {v}."
    return dict(ds="college_math_like", q=q, ref=pm(C), alts=[br(C), "\\begin{bmatrix} %d & %d \\\\ %d & %d "
                "\\end{bmatrix}" % (C[0][0], C[0][1], C[1][0], C[1][1])], wrongs=wrongs, steps=steps, rl=rl)


def determinant(rng, zh):
    M = [[rng.randint(-4, 5) for _ in range(3)] for _ in range(3)]
    a, b, c = M[0]
    d, e, f = M[1]
    g, h, i = M[2]
    det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    q = ("计算三阶行列式 det(%s)。" if zh else "Compute the determinant of the 3x3 matrix %s.") % str(M)
    steps = ["Expand along the first row.", "Minors: %d, %d, %d." % (e * i - f * h, d * i - f * g, d * h - e * g)]
    wrongs = [(str(a * (e * i - f * h) + b * (d * i - f * g) + c * (d * h - e * g)), "cofactor_sign_error"),
              (str(-det if det else 3), "overall_sign")]
    rl = "det = {v}."
    return dict(ds="college_math_like", q=q, ref=str(det), alts=["\\det = %d" % det], wrongs=wrongs,
                steps=steps, rl=rl)


def complex_mul(rng, zh):
    a, b, c, d = [rng.choice([x for x in range(-6, 7) if x]) for _ in range(4)]
    re, im = a * c - b * d, a * d + b * c
    fmt = lambda r, i: "%d %s %di" % (r, "+" if i >= 0 else "-", abs(i))
    q = ("计算 (%s)(%s)。" if zh else "Compute (%s)(%s) and write it in the form a+bi.") % (fmt(a, b), fmt(c, d))
    ref = fmt(re, im)
    alts = ["%di %s %d" % (im, "+" if re >= 0 else "-", abs(re)), "%d%+di" % (re, im)]
    wrongs = [(fmt(a * c + b * d, im), "forgot_i_squared"), (fmt(re, -im), "conjugate")]
    steps = ["Real part: ac - bd = %d - (%d) = %d." % (a * c, b * d, re),
             "Imaginary part: ad + bc = %d + %d = %d." % (a * d, b * c, im)]
    return dict(ds="math_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl="The product is {v}.")


def integral(rng, zh):
    n, a = rng.randint(2, 5), rng.randint(2, 4)
    k = rng.randint(1, 5)
    val = Fraction(k * a ** (n + 1), n + 1)
    q = ("计算定积分 ∫_0^%d %dx^%d dx。" if zh else "Evaluate \\int_0^{%d} %dx^{%d}\\,dx.") % (a, k, n)
    alts = [frac_tex(val)] + ([dec(val)] if terminating(val) and val.denominator != 1 else [])
    if val.denominator != 1:
        alts.append("%d/%d" % (k * a ** (n + 1), n + 1))
    wrongs = [(frac_plain(Fraction(k * a ** n, n)), "power_rule_misapplied"),
              (frac_plain(Fraction(k * n * a ** (n - 1))), "differentiated_instead")]
    steps = ["Antiderivative: %d x^{%d}/%d." % (k, n + 1, n + 1), "Evaluate at %d and subtract value at 0." % a]
    rl = ("积分值为 {v}。" if zh else "The integral equals {v}.")
    return dict(ds="college_math_like", q=q, ref=frac_plain(val), alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def deriv(rng, zh):
    a, b, c, x0 = rng.randint(1, 4), rng.randint(-5, 5), rng.randint(1, 6), rng.randint(-3, 3)
    val = 3 * a * x0 * x0 + 2 * b * x0 + c
    q = ("已知 f(x) = %dx^3 %s %dx^2 + %dx，求 f'(%d)。" if zh else
         "Let f(x) = %dx^3 %s %dx^2 + %dx. Find f'(%d).") % (a, "+" if b >= 0 else "-", abs(b), c, x0)
    wrongs = [(str(a * x0 ** 3 + b * x0 ** 2 + c * x0), "evaluated_f_not_fprime"), (str(val + 2 * x0 or 5), "slip")]
    steps = ["f'(x) = %dx^2 %+dx + %d." % (3 * a, 2 * b, c), "Substitute x = %d." % x0]
    return dict(ds="math_like", q=q, ref=str(val), alts=["f'(%d) = %d" % (x0, val)], wrongs=wrongs, steps=steps,
                rl=("f'(%d) = {v}。" % x0 if zh else "f'(%d) = {v}." % x0))


def gcd_lcm(rng, zh):
    g = rng.choice([4, 6, 8, 9, 12, 15])
    m, n = rng.randint(2, 9), rng.randint(2, 9)
    while gcd(m, n) != 1 or m == n:
        n = rng.randint(2, 11)
    A, B = g * m, g * n
    L = g * m * n
    q = ("%d 和 %d 的最小公倍数是多少？" if zh else "What is the least common multiple of %d and %d?") % (A, B)
    wrongs = [(str(g), "gave_gcd"), (str(A * B), "product_not_lcm")]
    steps = ["gcd(%d, %d) = %d." % (A, B, g), "lcm = %d x %d / %d." % (A, B, g)]
    return dict(ds="gsm8k_like", q=q, ref=str(L), alts=["\\operatorname{lcm} = %d" % L], wrongs=wrongs,
                steps=steps, rl=("最小公倍数为 {v}。" if zh else "So the LCM is {v}."))


def logeq(rng, zh):
    base, k, c = rng.choice([2, 3, 5]), rng.randint(2, 5), rng.randint(1, 9)
    x = base ** k - c
    q = ("解方程 log_%d(x + %d) = %d。" if zh else "Solve \\log_{%d}(x + %d) = %d.") % (base, c, k)
    wrongs = [(str(base ** k + c), "sign_error"), (str(base * k - c), "multiplied_not_power")]
    steps = ["Rewrite: x + %d = %d^%d = %d." % (c, base, k, base ** k), "Domain check: x + %d > 0." % c]
    return dict(ds="gaokao_math_like" if zh else "math_like", q=q, ref=str(x), alts=["x = %d" % x, "x=%d" % x],
                wrongs=wrongs, steps=steps, rl="x = {v}.")


def set_inter(rng, zh):
    lo1, hi1 = rng.randint(-3, 2), rng.randint(4, 8)
    k = rng.randint(1, 4)
    A = list(range(lo1, hi1 + 1))
    B = [x for x in range(-5, 12) if x % 2 == k % 2 and x > k - 2]
    I = [x for x in A if x in B]
    st = lambda S: "\\{" + ", ".join(map(str, S)) + "\\}"
    q = ("已知集合 A = {x ∈ Z | %d ≤ x ≤ %d}，B = {x | x = 2n%s, n ∈ Z, x > %d}，求 A ∩ B。" if zh else
         "Let A = {x in Z : %d <= x <= %d} and B = {x : x = 2n%s, n in Z, x > %d}. Find A ∩ B.") % (
        lo1, hi1, " + 1" if k % 2 else "", k - 2)
    wrongs = [(st(I[:-1]) if len(I) > 1 else st(I + [hi1 + 2]), "missed_element"),
              (st([x for x in A if x not in B]), "complement_instead")]
    alts = [st(list(reversed(I))), "{" + ",".join(map(str, I)) + "}"]
    steps = ["A = %s." % st(A), "B contains the integers of parity %d greater than %d." % (k % 2, k - 2)]
    return dict(ds="gaokao_math_like" if zh else "math_like", q=q, ref=st(I), alts=alts, wrongs=wrongs,
                steps=steps, rl="A ∩ B = {v}.")


def trig(rng, zh):
    cases = [("\\sin 60^\\circ \\cdot \\cos 30^\\circ", "\\frac{3}{4}", ["0.75", "3/4"], ["\\frac{\\sqrt{3}}{4}"]),
             ("\\sin 45^\\circ + \\cos 45^\\circ", "\\sqrt{2}", ["2/\\sqrt{2}", "\\frac{2}{\\sqrt{2}}"], ["1"]),
             ("\\tan 60^\\circ", "\\sqrt{3}", ["\\frac{3}{\\sqrt{3}}"], ["\\frac{\\sqrt{3}}{3}"]),
             ("2\\sin 30^\\circ \\cos 30^\\circ", "\\frac{\\sqrt{3}}{2}", ["\\frac{1}{2}\\sqrt{3}", "\\sqrt{3}/2"],
              ["\\frac{1}{2}"]),
             ("\\cos^2 15^\\circ - \\sin^2 15^\\circ", "\\frac{\\sqrt{3}}{2}", ["0.5\\sqrt{3}", "\\sqrt{3}/2"], ["\\frac{1}{2}"]),
             ("\\sin 75^\\circ", "\\frac{\\sqrt{6}+\\sqrt{2}}{4}", ["\\frac{\\sqrt{2}+\\sqrt{6}}{4}"],
              ["\\frac{\\sqrt{6}-\\sqrt{2}}{4}"])]
    e, ref, alts, wr = cases[rng.randrange(len(cases))]
    q = ("求值：%s。" if zh else "Evaluate exactly: %s.") % e
    steps = ["Use the standard special-angle values.", "Recall sin 30 = 1/2, cos 30 = \\sqrt{3}/2, sin 45 = "
             "\\sqrt{2}/2."]
    return dict(ds="gaokao_math_like" if zh else "math_like", q=q, ref=ref, alts=alts,
                wrongs=[(wr[0], "wrong_special_value")], steps=steps, rl="%s = {v}." % e)


def expand(rng, zh):
    a, b = rng.choice([x for x in range(-7, 8) if x]), rng.choice([x for x in range(-7, 8) if x])
    s, p = a + b, a * b
    term = lambda c, var: "" if c == 0 else ("%s %d%s" % ("+" if c > 0 else "-", abs(c), var))
    q = ("展开并化简 (x %s %d)(x %s %d)。" if zh else "Expand and simplify (x %s %d)(x %s %d).") % (
        "+" if a > 0 else "-", abs(a), "+" if b > 0 else "-", abs(b))
    ref = ("x^2 " + term(s, "x") + " " + term(p, "")).replace("  ", " ").strip()
    alts = [(term(p, "")[2:] if p > 0 else "-%d" % abs(p)) + " " + term(s, "x") + " + x^2"]
    alts = [x.replace("  ", " ").strip() for x in alts]
    wr = ("x^2 " + term(s, "x") + " " + term(-p, "")).replace("  ", " ").strip()
    wr2 = ("x^2 " + term(s + 1, "x") + " " + term(p, "")).replace("  ", " ").strip()
    steps = ["Outer/inner terms: %dx + %dx = %dx." % (a, b, s), "Constant: %d x %d = %d." % (a, b, p)]
    return dict(ds="math_like", q=q, ref=ref, alts=alts, wrongs=[(wr, "constant_sign_error"),
                                                                  (wr2, "middle_coeff_slip")],
                steps=steps, rl="(x%+d)(x%+d) = {v}." % (a, b))


def vertex_max(rng, zh):
    a, h, k = -rng.randint(1, 4), rng.randint(-5, 5), rng.randint(-10, 20)
    b, c = -2 * a * h, a * h * h + k
    q = ("二次函数 y = %dx^2 %s %dx %s %d 的最大值是多少？" if zh else
         "What is the maximum value of y = %dx^2 %s %dx %s %d?") % (a, "+" if b >= 0 else "-", abs(b),
                                                                  "+" if c >= 0 else "-", abs(c))
    wrongs = [(str(h), "gave_x_coordinate"), (str(c), "gave_y_intercept")]
    if str(h) == str(k) or str(c) == str(k):
        wrongs = [(str(k + 3), "arith_slip")]
    steps = ["Vertex at x = -b/(2a) = %d." % h, "Substitute back: y(%d)." % h]
    return dict(ds="gaokao_math_like" if zh else "math_like", q=q, ref=str(k),
                alts=["y_{max} = %d" % k, "%d (attained at x = %d)" % (k, h)], wrongs=wrongs, steps=steps,
                rl=("最大值为 {v}。" if zh else "Maximum value: {v}."))


def tri_area(rng, zh):
    pts = [(rng.randint(-5, 6), rng.randint(-5, 6)) for _ in range(3)]
    (x1, y1), (x2, y2), (x3, y3) = pts
    cr = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
    if cr == 0:
        x3 += 1
        cr = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
    A = Fraction(abs(cr), 2)
    q = ("求以 (%d,%d)、(%d,%d)、(%d,%d) 为顶点的三角形面积。" if zh else
         "Find the area of the triangle with vertices (%d, %d), (%d, %d), (%d, %d).") % (x1, y1, x2, y2, x3, y3)
    alts = [frac_tex(A)] + ([dec(A)] if A.denominator != 1 else ["%d square units" % A])
    wrongs = [(str(abs(cr)), "forgot_half"), (frac_plain(A + 1), "arith_slip")]
    steps = ["Shoelace: x1(y2-y3)+x2(y3-y1)+x3(y1-y2) = %d." % cr, "Area = |%d|/2." % cr]
    return dict(ds="math_like", q=q, ref=frac_plain(A), alts=alts, wrongs=wrongs, steps=steps,
                rl=("面积为 {v}。" if zh else "Area = {v}."))


def choose(rng, zh):
    n, k = rng.randint(7, 14), rng.randint(2, 5)
    v = comb(n, k)
    q = ("从%d名同学中选出%d人组成小组（不考虑顺序），共有多少种选法？" if zh else
         "In how many ways can a committee of %d be chosen from %d people?") % ((n, k) if zh else (k, n))
    p = 1
    for i in range(k):
        p *= n - i
    wrongs = [(str(p), "counted_order"), (str(comb(n, k - 1)), "wrong_k")]
    steps = ["Order doesn't matter: C(%d, %d)." % (n, k), "C(%d,%d) = %d!/(%d! %d!)." % (n, k, n, k, n - k)]
    return dict(ds="math_like", q=q, ref=str(v), alts=["\\binom{%d}{%d} = %d" % (n, k, v), "%d ways" % v],
                wrongs=wrongs, steps=steps, rl=("共 {v} 种。" if zh else "That is {v}."))


def circle(rng, zh):
    r = rng.randint(2, 12)
    q = ("一个圆的直径为%d厘米，求它的面积（用π表示）。" if zh else
         "A circle has diameter %d cm. Find its area in terms of \\pi.") % (2 * r)
    ref = "%d\\pi" % (r * r)
    alts = ["%dπ cm^2" % (r * r), "%d\\pi\\ \\text{cm}^2" % (r * r), "\\pi \\cdot %d" % (r * r)]
    wrongs = [("%d\\pi" % (4 * r * r), "used_diameter_as_radius"), ("%d\\pi" % (2 * r), "circumference")]
    steps = ["Radius = %d/2 = %d cm." % (2 * r, r), "A = \\pi r^2."]
    return dict(ds="zhongkao_math_like" if zh else "math_like", q=q, ref=ref, alts=alts, wrongs=wrongs,
                steps=steps, rl=("面积 S = {v}。" if zh else "Area = {v}."))


GENS_B = [matrix_prod, determinant, complex_mul, integral, deriv, gcd_lcm, logeq, set_inter, trig, expand,
          vertex_max, tri_area, choose, circle]
