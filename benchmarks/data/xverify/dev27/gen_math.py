"""Math cases: equations, fractions, intervals, geometry, expressions."""
from fractions import Fraction
from math import gcd
from common import pad, frac_str, tex_frac, mixed, decimal_str, repeating_forms, case


def linear(rng, lang, ok):
    while True:
        a = rng.randint(3, 9)
        k = rng.randint(-40, 40)
        if k % a and abs(k) > a:
            break
    x = Fraction(k, a)
    b = rng.randint(-20, 20) or 5
    c = a * x + b
    ref = frac_str(x)
    dec, rep = decimal_str(x)
    if ok:
        if rep:
            p, e = repeating_forms(x)
            ans, trap = e, "repeating_decimal"
        elif rng.random() < 0.5:
            ans, trap = dec, "decimal_form"
        else:
            ans, trap = mixed(x), "mixed_number"
        shown, rhs = x, c - b
    else:
        ans, trap = frac_str(-x), "sign_flip"
        shown, rhs = -x, b - c
    cc = int(c)
    if lang == "en":
        q = "Solve for x: %dx + (%d) = %d." % (a, b, cc)
        parts = ["We need the value of x satisfying %dx + (%d) = %d." % (a, b, cc),
                 "Step 1: move the constant term. %dx = %d - (%d) = %d." % (a, cc, b, int(rhs)),
                 "Step 2: divide both sides by %d. x = %d/%d, which reduces to %s." % (a, int(rhs), a, frac_str(shown)),
                 "Step 3: the fraction is in lowest terms since gcd(%d, %d) = 1 after reduction." % (abs(shown.numerator), shown.denominator)]
        fin = "Final answer: x = %s" % ans
    else:
        q = "解方程：%dx + (%d) = %d，求 x。" % (a, b, cc)
        parts = ["要求满足 %dx + (%d) = %d 的 x。" % (a, b, cc),
                 "第一步：移项，得 %dx = %d - (%d) = %d。" % (a, cc, b, int(rhs)),
                 "第二步：两边同除以 %d，x = %d/%d，约分后为 %s。" % (a, int(rhs), a, frac_str(shown)),
                 "第三步：分子分母已经互质，无需再约分。"]
        fin = "最终答案：x = %s" % ans
    return case("math_like", "math", q, pad(rng, lang, parts, fin), ref, "Correct" if ok else "Incorrect", lang, trap)


def fraction_sum(rng, lang, ok):
    while True:
        q1, q2 = rng.randint(2, 9), rng.randint(2, 9)
        p1, p2 = rng.randint(1, q1 * 2), rng.randint(1, q2 * 2)
        s = Fraction(p1, q1) + Fraction(p2, q2)
        if s.denominator > 1 and s.numerator != 1 and s > 1:
            break
    ref = frac_str(s)
    dec, rep = decimal_str(s)
    if ok:
        if rep and rng.random() < 0.5:
            ans, trap = repeating_forms(s)[0].replace("(", "\\overline{").replace(")", "}"), "repeating_decimal_overline"
        else:
            ans, trap = mixed(s), "mixed_number"
    else:
        ans, trap = frac_str(1 / s), "inverted_fraction"
    L = q1 * q2 // gcd(q1, q2)
    if lang == "en":
        q = "Compute %d/%d + %d/%d and give the exact value." % (p1, q1, p2, q2)
        parts = ["The least common denominator of %d and %d is %d." % (q1, q2, L),
                 "Rewrite: %d/%d = %d/%d and %d/%d = %d/%d." % (p1, q1, p1 * L // q1, L, p2, q2, p2 * L // q2, L),
                 "Add numerators: %d + %d = %d, so the sum is %d/%d." % (p1 * L // q1, p2 * L // q2, p1 * L // q1 + p2 * L // q2, p1 * L // q1 + p2 * L // q2, L),
                 "Reducing by the greatest common divisor gives %s." % ref]
        if not ok:
            parts.append("Writing the result as a ratio of the two parts in the order they appear, I get %s." % ans)
        fin = "**Answer:** %s" % ans
    else:
        q = "计算 %d/%d + %d/%d，给出精确值。" % (p1, q1, p2, q2)
        parts = ["%d 和 %d 的最小公倍数是 %d。" % (q1, q2, L),
                 "通分：%d/%d = %d/%d，%d/%d = %d/%d。" % (p1, q1, p1 * L // q1, L, p2, q2, p2 * L // q2, L),
                 "分子相加得 %d，所以和为 %d/%d。" % (p1 * L // q1 + p2 * L // q2, p1 * L // q1 + p2 * L // q2, L),
                 "约分后得到 %s。" % ref]
        if not ok:
            parts.append("把结果写成分母比分子的形式，得到 %s。" % ans)
        fin = "**答案：** %s" % ans
    return case("math_like", "math", q, pad(rng, lang, parts, fin), ref, "Correct" if ok else "Incorrect", lang, trap)


def interval(rng, lang, ok):
    a, b = rng.randint(-9, 12), rng.randint(2, 9)
    lo, hi = a - b, a + b
    closed = rng.random() < 0.6
    rel = "\\le" if closed else "<"
    ref = "[%d, %d]" % (lo, hi) if closed else "(%d, %d)" % (lo, hi)
    if ok:
        opts = ["%d %s x %s %d" % (lo, rel, rel, hi), "\\{x \\mid %d %s x %s %d\\}" % (lo, rel, rel, hi),
                "x \\in %s" % ref]
        if closed:
            opts.append("[%d, %d] (closed interval: both endpoints included)" % (lo, hi))
        ans = rng.choice(opts)
        trap = "equivalent_interval_notation"
    else:
        if closed:
            ans = rng.choice(["[%d, %d)" % (lo, hi), "(%d, %d]" % (lo, hi)])
            trap = "half_open_interval"
        else:
            ans = "[%d, %d]" % (lo, hi)
            trap = "closed_instead_of_open"
    ineq = "\\le" if closed else "<"
    if lang == "en":
        q = "Solve the inequality |x - (%d)| %s %d and write the solution set as an interval." % (a, ineq, b)
        parts = ["The absolute value inequality |x - c| %s r means -r %s x - c %s r." % (ineq, ineq, ineq),
                 "Here c = %d and r = %d, so -%d %s x - (%d) %s %d." % (a, b, b, ineq, a, ineq, b),
                 "Adding %d throughout: %d %s x %s %d." % (a, lo, ineq, ineq, hi),
                 "Check the endpoints: at x = %d, |x - (%d)| = %d, and at x = %d it is also %d." % (lo, a, b, hi, b)]
        fin = "So the solution set is $%s$." % ans
    else:
        q = "解不等式 |x - (%d)| %s %d，并用区间表示解集。" % (a, ineq, b)
        parts = ["|x - c| %s r 等价于 -r %s x - c %s r。" % (ineq, ineq, ineq),
                 "这里 c = %d，r = %d，所以 -%d %s x - (%d) %s %d。" % (a, b, b, ineq, a, ineq, b),
                 "各边加 %d，得 %d %s x %s %d。" % (a, lo, ineq, ineq, hi),
                 "检验端点：x = %d 与 x = %d 时 |x - (%d)| 都等于 %d。" % (lo, hi, a, b)]
        fin = "所以解集为 $%s$。" % ans
    return case("math_like", "math", q, pad(rng, lang, parts, fin), ref, "Correct" if ok else "Incorrect", lang, trap)


def intersection(rng, lang, ok):
    while True:
        x0, y0 = rng.randint(-8, 8), rng.randint(-8, 8)
        m1, m2 = rng.randint(-4, 4), rng.randint(-4, 4)
        if x0 != y0 and m1 != m2:
            break
    c1, c2 = y0 - m1 * x0, y0 - m2 * x0
    ref = "(%d, %d)" % (x0, y0)
    if ok:
        ans, trap = rng.choice(["x = %d, y = %d" % (x0, y0), "x=%d and y=%d" % (x0, y0)]), "coordinates_as_equations"
    else:
        ans, trap = "(%d, %d)" % (y0, x0), "swapped_coordinates"
    if lang == "en":
        q = "Find the intersection point of the lines y = %dx + (%d) and y = %dx + (%d)." % (m1, c1, m2, c2)
        parts = ["Set the right-hand sides equal: %dx + (%d) = %dx + (%d)." % (m1, c1, m2, c2),
                 "Then (%d)x = %d, so x = %d." % (m1 - m2, c2 - c1, x0),
                 "Substitute into the first line: y = %d*(%d) + (%d) = %d." % (m1, x0, c1, y0),
                 "Check with the second line: %d*(%d) + (%d) = %d, consistent." % (m2, x0, c2, y0)]
        fin = "The lines meet at %s." % ans
    else:
        q = "求直线 y = %dx + (%d) 与 y = %dx + (%d) 的交点。" % (m1, c1, m2, c2)
        parts = ["令两式相等：%dx + (%d) = %dx + (%d)。" % (m1, c1, m2, c2),
                 "得 (%d)x = %d，所以 x = %d。" % (m1 - m2, c2 - c1, x0),
                 "代入第一条直线：y = %d×(%d) + (%d) = %d。" % (m1, x0, c1, y0),
                 "用第二条直线检验：%d×(%d) + (%d) = %d，一致。" % (m2, x0, c2, y0)]
        fin = "交点为 %s。" % ans
    return case("math_like", "math", q, pad(rng, lang, parts, fin), ref, "Correct" if ok else "Incorrect", lang, trap)


def quadratic(rng, lang, ok):
    while True:
        r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
        if r1 != r2 and r1 != -r2 and r1 and r2:
            break
    s, p = r1 + r2, r1 * r2
    lo, hi = min(r1, r2), max(r1, r2)
    ref = "x = %d or x = %d" % (lo, hi)
    if ok:
        ans, trap = "(x - (%d))(x - (%d)) = 0, so x \\in \\{%d, %d\\}" % (hi, lo, hi, lo), "factored_set_form"
    else:
        ans, trap = "x = %d or x = %d" % (-hi, -lo), "sign_flipped_roots"
    q = "Find all real solutions of x^2 + (%d)x + (%d) = 0." % (-s, p)
    parts = ["We look for two numbers whose product is %d and whose sum is %d." % (p, s),
             "Candidates: %d and %d, since %d * %d = %d and %d + %d = %d." % (r1, r2, r1, r2, p, r1, r2, s),
             "Discriminant check: (%d)^2 - 4(%d) = %d = %d^2, a perfect square, so the roots are rational." % (-s, p, s * s - 4 * p, abs(r1 - r2))]
    if not ok:
        parts.append("Factoring as (x + %d)(x + %d) = 0 gives the roots directly." % (hi, lo))
    fin = "Final answer: $%s$" % ans
    return case("math_like", "math", q, pad(rng, "en", parts, fin), ref, "Correct" if ok else "Incorrect", "en", trap)


def expression(rng, lang, ok):
    kind = rng.randrange(4)
    a = rng.randint(2, 9)
    if kind == 0:
        q = "Simplify \\sqrt{%d x} for x \\ge 0." % (a * a)
        ref = "%d\\sqrt{x}" % a
        ans, trap = ("%d x^{1/2}" % a, "exponent_form") if ok else ("\\sqrt{%dx}" % a, "sqrt_scope_confusion")
        parts = ["Factor the radicand: %d x = %d^2 \\cdot x." % (a * a, a),
                 "Since %d^2 is a perfect square, it comes out of the root as %d." % (a, a),
                 "For x >= 0 the square root of x is real, so no absolute value is needed."]
    elif kind == 1:
        q = "Expand (x + %d)^2." % a
        ref = "x^2 + %dx + %d" % (2 * a, a * a)
        ans, trap = ("%d + %dx + x^2" % (a * a, 2 * a), "reordered_terms") if ok else ("x^2 + %d" % (a * a), "missing_cross_term")
        parts = ["Use (u + v)^2 = u^2 + 2uv + v^2 with u = x and v = %d." % a,
                 "u^2 = x^2, 2uv = %dx, v^2 = %d." % (2 * a, a * a),
                 "Collecting like terms gives the expanded polynomial."]
    elif kind == 2:
        q = "Simplify %d - %d\\cos^2 x." % (a, a)
        ref = "%d\\sin^2 x" % a
        ans, trap = ("%d(\\sin x)^2" % a, "equivalent_power_notation") if ok else ("%d\\sin x^2" % a, "sin_x_squared_vs_sin_squared")
        parts = ["Factor out %d: %d(1 - \\cos^2 x)." % (a, a),
                 "By the Pythagorean identity, 1 - \\cos^2 x = \\sin^2 x.",
                 "Multiplying back by %d gives the simplified expression." % a]
    else:
        q = "Differentiate f(x) = %d\\sin^2 x." % a
        ref = "%d\\sin x\\cos x" % (2 * a)
        ans, trap = ("%d\\sin(2x)" % a, "double_angle_form") if ok else ("-%d\\sin x\\cos x" % (2 * a), "sign_flip")
        parts = ["Use the chain rule: d/dx[\\sin^2 x] = 2\\sin x \\cdot \\cos x.",
                 "Multiplying by the constant %d gives %d\\sin x\\cos x." % (a, 2 * a) if ok else
                 "The derivative of \\sin is \\cos, and I recall the derivative of \\cos carries a minus sign, so the product picks up -1.",
                 "The double-angle identity 2\\sin x\\cos x = \\sin 2x may be used to compress the result."]
    fin = "Therefore the result is $%s$." % ans
    return case("math_like", "math", q, pad(rng, "en", parts, fin), ref, "Correct" if ok else "Incorrect", "en", trap)


def exact_value(rng, lang, ok):
    if rng.random() < 0.5:
        s = rng.choice([3, 5, 6, 7, 10, 11, 12])
        ref = "%d\\sqrt{2}" % s
        approx = s * 1.41421356
        q = "A square has side length %d cm. Find the exact length of its diagonal in cm." % s
        parts = ["The diagonal splits the square into two right triangles with legs %d and %d." % (s, s),
                 "By Pythagoras, d^2 = %d^2 + %d^2 = %d." % (s, s, 2 * s * s),
                 "So d = \\sqrt{%d} = %d\\sqrt{2}." % (2 * s * s, s),
                 "Numerically this is about %.2f cm." % approx]
        ans, trap = ("\\sqrt{%d} cm" % (2 * s * s), "unsimplified_radical") if ok else ("approximately %.2f cm" % approx, "approximation_when_exact_asked")
    else:
        r = rng.randint(3, 12)
        ref = "%d\\pi" % (r * r)
        q = "Find the exact area of a circle with radius %d m (in m^2)." % r
        parts = ["Area of a circle: A = \\pi r^2.", "With r = %d, r^2 = %d." % (r, r * r),
                 "So A = %d\\pi, about %.2f square metres." % (r * r, 3.14159265 * r * r)]
        ans, trap = ("\\pi \\cdot %d^2 m^2" % r, "unevaluated_equivalent") if ok else ("about %.2f m^2" % (3.14159265 * r * r), "approximation_when_exact_asked")
    fin = "Final answer: %s" % ans
    return case("math_like", "math", q, pad(rng, "en", parts, fin), ref, "Correct" if ok else "Incorrect", "en", trap)


ALL = [linear, fraction_sum, interval, intersection, quadratic, expression, exact_value]
ZH_OK = {linear, fraction_sum, interval, intersection}
