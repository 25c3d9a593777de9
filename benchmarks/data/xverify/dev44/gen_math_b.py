"""Set/interval/symbolic families: intervals, unions, set difference, empty set, +-, logs, cube roots, lines."""
from fractions import Fraction
from common import T, inst, simplify_sqrt, simplify_cbrt, sgn, coef_x

C, I = "Correct", "Incorrect"


def ineq_ray(rng):
    a = rng.randint(2, 7)
    x0 = rng.randint(-8, 9)
    b = rng.randint(1, 12)
    rhs = a * x0 + b

    def steps(lang):
        return [T(lang, "Subtract $%d$: $%dx > %d$." % (b, a, rhs - b), "两边减 $%d$：$%dx > %d$。" % (b, a, rhs - b)),
                T(lang, "Divide by the positive number $%d$ (the inequality direction is unchanged): $x > %d$." % (a, x0),
                  "两边除以正数 $%d$（不等号方向不变）：$x > %d$。" % (a, x0)),
                T(lang, "The endpoint $x = %d$ itself gives equality, so it is excluded." % x0, "端点 $x = %d$ 时取等号，因此不包含。" % x0)]
    v = [("(%d, +\\infty)" % x0, C, "plus_infinity"), ("\\left( %d, \\infty \\right)" % x0, C, "left_right_interval"),
         ("x > %d" % x0, C, "inequality_form"), ("x \\in (%d, \\infty)" % x0, C, "x_in_interval"), ("(%d, ∞)" % x0, C, "unicode_infinity"),
         ("[%d, \\infty)" % x0, I, "endpoint_included"), ("(-\\infty, %d)" % x0, I, "wrong_direction"),
         ("(%d, \\infty)" % (x0 + 1), I, "endpoint_shifted")]
    return inst("math_like", "Solve the inequality $%dx + %d > %d$." % (a, b, rhs),
                "解不等式 $%dx + %d > %d$。" % (a, b, rhs), steps, "(%d, \\infty)" % x0, v)


def half_open(rng):
    lo = rng.randint(-6, 3)
    hi = lo + rng.randint(2, 8)
    k = rng.randint(2, 5)
    m = rng.choice([i for i in range(-5, 6) if i])

    def steps(lang):
        return [T(lang, "We have $%d \\le %dx %s < %d$. Subtract $%d$ throughout: $%d \\le %dx < %d$." % (k * lo + m, k, sgn(m)[1:], k * hi + m, m, k * lo, k, k * hi),
                  "由 $%d \\le %dx %s < %d$，各部分减去 $%d$：$%d \\le %dx < %d$。" % (k * lo + m, k, sgn(m)[1:], k * hi + m, m, k * lo, k, k * hi)),
                T(lang, "Divide by $%d$: $%d \\le x < %d$. The left end is included, the right end is not." % (k, lo, hi),
                  "再除以 $%d$：$%d \\le x < %d$。左端点包含，右端点不包含。" % (k, lo, hi))]
    v = [("\\left[%d, %d\\right)" % (lo, hi), C, "left_right_halfopen"), ("x \\in [%d, %d)" % (lo, hi), C, "x_in_interval"),
         ("%d \\le x < %d" % (lo, hi), C, "inequality_form"), ("%d ≤ x < %d" % (lo, hi), C, "unicode_leq"),
         ("[%d, %d]" % (lo, hi), I, "right_endpoint_closed"), ("(%d, %d)" % (lo, hi), I, "left_endpoint_open"),
         ("[%d, %d)" % (lo, hi + 1), I, "endpoint_shifted")]
    return inst("math_like",
                "Find all $x$ with $%d \\le %dx %s < %d$." % (k * lo + m, k, sgn(m)[1:], k * hi + m),
                "求满足 $%d \\le %dx %s < %d$ 的所有 $x$。" % (k * lo + m, k, sgn(m)[1:], k * hi + m),
                steps, "[%d, %d)" % (lo, hi), v)


def abs_union(rng):
    m = rng.choice([i for i in range(-6, 7) if i])
    k = rng.randint(1, 7)
    a, b = m - k, m + k

    def steps(lang):
        return [T(lang, "$|x %s| > %d$ means $x %s > %d$ or $x %s < -%d$." % (sgn(-m)[1:], k, sgn(-m)[1:], k, sgn(-m)[1:], k),
                  "$|x %s| > %d$ 等价于 $x %s > %d$ 或 $x %s < -%d$。" % (sgn(-m)[1:], k, sgn(-m)[1:], k, sgn(-m)[1:], k)),
                T(lang, "These give $x > %d$ or $x < %d$; the endpoints are excluded because the inequality is strict." % (b, a),
                  "即 $x > %d$ 或 $x < %d$；由于是严格不等式，端点不包含。" % (b, a))]
    v = [("x < %d \\text{ or } x > %d" % (a, b), C, "or_inequalities"),
         ("\\left(-\\infty, %d\\right) \\cup \\left(%d, +\\infty\\right)" % (a, b), C, "left_right_union"),
         ("(%d, \\infty) \\cup (-\\infty, %d)" % (b, a), C, "union_reordered"),
         ("\\mathbb{R} \\setminus [%d, %d]" % (a, b), C, "set_difference_form"),
         ("(-\\infty, %d) \\cup (%d, \\infty)" % (a, b), C, "infty_union") ,
         ("(%d, \\infty)" % b, I, "union_piece_missing"), ("(-\\infty, %d] \\cup [%d, \\infty)" % (a, b), I, "endpoints_closed"),
         ("(%d, %d)" % (a, b), I, "complement_interval")]
    q = "Solve $|x %s| > %d$." % (sgn(-m)[1:], k) if m else "Solve $|x| > %d$." % k
    qz = "解不等式 $|x %s| > %d$。" % (sgn(-m)[1:], k) if m else "解不等式 $|x| > %d$。" % k
    return inst("math_like", q, qz, steps, "(-\\infty, %d) \\cup (%d, \\infty)" % (a, b), v)


def domain_minus(rng):
    a = rng.choice([i for i in range(-9, 10) if i])
    c = rng.randint(1, 9)

    def steps(lang):
        return [T(lang, "The function $f(x) = \\frac{%d}{x %s}$ is defined unless the denominator is zero." % (c, sgn(-a)[1:]),
                  "函数 $f(x) = \\frac{%d}{x %s}$ 只要分母不为零就有定义。" % (c, sgn(-a)[1:])),
                T(lang, "The denominator vanishes exactly when $x = %d$, so that single point is removed from $\\mathbb{R}$." % a,
                  "分母为零当且仅当 $x = %d$，所以从 $\\mathbb{R}$ 中去掉这一点。" % a)]
    v = [("x \\neq %d" % a, C, "neq_condition"), ("\\mathbb{R}\\setminus\\{%d\\}" % a, C, "setminus_braces"),
         ("(-∞, %d) ∪ (%d, ∞)" % (a, a), C, "unicode_union"), ("\\{x \\mid x \\ne %d\\}" % a, C, "set_builder"),
         ("\\mathbb{R} - \\left\\{ %d \\right\\}" % a, C, "minus_left_right_braces"),
         ("\\mathbb{R}\\setminus\\{%d\\}" % (-a), I, "excluded_point_sign"), ("(%d, \\infty)" % a, I, "half_domain_only")]
    return inst("math_like", "Find the domain of $f(x) = \\frac{%d}{x %s}$." % (c, sgn(-a)[1:]),
                "求函数 $f(x) = \\frac{%d}{x %s}$ 的定义域。" % (c, sgn(-a)[1:]), steps,
                "(-\\infty, %d) \\cup (%d, \\infty)" % (a, a), v)


def empty_set(rng):
    k = rng.randint(1, 20)
    b = rng.randint(1, 9)

    def steps(lang):
        return [T(lang, "Rewrite: $x^2 = -%d$. For real $x$ the square $x^2$ is never negative." % k,
                  "整理得 $x^2 = -%d$。对实数 $x$，$x^2$ 不可能为负。" % k),
                T(lang, "Equivalently, the discriminant is $0^2 - 4 \\cdot 1 \\cdot %d = %d < 0$." % (k, -4 * k),
                  "等价地，判别式为 $0^2 - 4 \\cdot 1 \\cdot %d = %d < 0$。" % (k, -4 * k))]
    v = [("\\emptyset", C, "emptyset_macro"), ("\\text{no real solutions}", C, "no_solution_text"), ("∅", C, "unicode_emptyset"),
         ("\\{\\}", C, "empty_braces"), ("\\{0\\}", I, "zero_not_empty"), ("x = \\pm %d" % b, I, "spurious_solutions")]
    kk, mm = simplify_sqrt(k)
    rad = ("%d\\sqrt{%d}" % (kk, mm) if kk > 1 else "\\sqrt{%d}" % mm) if mm > 1 else "%d" % kk
    v.append(("\\pm %s" % rad, I, "sign_ignored_root"))
    return inst("math_like", "Find the set of all real solutions of $x^2 + %d = 0$." % k,
                "求方程 $x^2 + %d = 0$ 的实数解集。" % k, steps, "\\varnothing", v)


def plus_minus(rng):
    while True:
        n = rng.randint(8, 75)
        k, m = simplify_sqrt(n)
        if k > 1 and m > 1:
            break
    r = "%d\\sqrt{%d}" % (k, m)

    def steps(lang):
        return [T(lang, "Taking square roots of $x^2 = %d$ gives two values, $x = \\pm\\sqrt{%d}$." % (n, n),
                  "对 $x^2 = %d$ 开平方，得到两个值 $x = \\pm\\sqrt{%d}$。" % (n, n)),
                T(lang, "Since $%d = %d \\cdot %d$, $\\sqrt{%d} = %s$." % (n, k * k, m, n, r), "因为 $%d = %d \\cdot %d$，$\\sqrt{%d} = %s$。" % (n, k * k, m, n, r))]
    v = [("x = %s \\text{ or } x = -%s" % (r, r), C, "pm_expanded"), ("\\{-%s, %s\\}" % (r, r), C, "pm_as_set"),
         ("±%d√%d" % (k, m), C, "unicode_pm_sqrt"), ("\\pm\\sqrt{%d}" % n, C, "pm_unsimplified"),
         (r, I, "pm_negative_missing"), ("\\pm %d\\sqrt{%d}" % (m, k), I, "radical_swapped")]
    return inst("math_like", "Solve $x^2 = %d$. Give all real solutions exactly." % n,
                "解方程 $x^2 = %d$，写出所有实数解的精确值。" % n, steps, "\\pm %s" % r, v)


def log_eq(rng):
    base = rng.choice(["e", "10"])
    n = rng.choice([3, 5, 6, 7, 11, 13, 15, 17])

    def steps(lang):
        if base == "e":
            return [T(lang, "Take the natural logarithm of both sides of $e^x = %d$: $x = \\ln %d$." % (n, n),
                      "对 $e^x = %d$ 两边取自然对数：$x = \\ln %d$。" % (n, n)),
                    T(lang, "This cannot be simplified further since %d is not a power of $e$." % n, "由于 %d 不是 $e$ 的幂，无法进一步化简。" % n)]
        return [T(lang, "Take the common (base-10) logarithm of both sides of $10^x = %d$: $x = \\log_{10} %d$." % (n, n),
                  "对 $10^x = %d$ 两边取常用对数：$x = \\log_{10} %d$。" % (n, n)),
                T(lang, "Since %d is not a power of 10, this is the exact answer." % n, "由于 %d 不是 10 的幂，这就是精确答案。" % n)]
    if base == "e":
        v = [("\\ln(%d)" % n, C, "ln_parenthesized"), ("\\log_e %d" % n, C, "log_base_e"),
             ("\\frac{\\lg %d}{\\lg e}" % n, C, "change_of_base"), ("x = \\ln %d" % n, C, "equation_vs_expression"),
             ("\\lg %d" % n, I, "lg_is_base10"), ("\\log_{10} %d" % n, I, "wrong_log_base"), ("e^{%d}" % n, I, "inverse_confused")]
        ref, q, qz = "\\ln %d" % n, "Solve $e^x = %d$ exactly." % n, "求方程 $e^x = %d$ 的精确解。" % n
    else:
        v = [("\\lg %d" % n, C, "lg_base10"), ("\\log_{10}(%d)" % n, C, "log10_parenthesized"),
             ("\\frac{\\ln %d}{\\ln 10}" % n, C, "change_of_base"), ("\\ln %d" % n, I, "ln_not_base10"),
             ("\\log_{%d} 10" % n, I, "base_argument_swapped"), ("10^{%d}" % n, I, "inverse_confused")]
        ref, q, qz = "\\log_{10} %d" % n, "Solve $10^x = %d$ exactly." % n, "求方程 $10^x = %d$ 的精确解。" % n
    return inst("math_like", q, qz, steps, ref, v)


def cube_side(rng):
    while True:
        a = rng.randint(2, 4)
        b = rng.choice([2, 3, 4, 5, 6, 7, 9, 10])
        k, m = simplify_cbrt(a ** 3 * b)
        if k == a and m == b:
            break
    V = a ** 3 * b

    def steps(lang):
        return [T(lang, "The side length $s$ satisfies $s^3 = %d$, so $s = \\sqrt[3]{%d}$." % (V, V),
                  "棱长 $s$ 满足 $s^3 = %d$，所以 $s = \\sqrt[3]{%d}$。" % (V, V)),
                T(lang, "Since $%d = %d^3 \\cdot %d$, we get $s = %d\\sqrt[3]{%d}$." % (V, a, b, a, b),
                  "因为 $%d = %d^3 \\cdot %d$，所以 $s = %d\\sqrt[3]{%d}$。" % (V, a, b, a, b))]
    v = [("\\sqrt[3]{%d}" % V, C, "cbrt_unsimplified"), ("%d^{1/3}" % V, C, "fractional_exponent"),
         ("%d \\cdot %d^{\\frac{1}{3}}" % (a, b), C, "coef_times_power"), ("%d\\sqrt[3]%d" % (a, b), C, "cbrt_no_braces"),
         ("%d\\sqrt[3]{%d}" % (b, a), I, "radical_swapped"), ("%d\\sqrt{%d}" % (a, b), I, "square_root_instead")]
    return inst("math_like", "A cube has volume %d cubic units. Find its exact side length." % V,
                "一个正方体的体积为 %d 立方单位，求它的精确棱长。" % V, steps, "%d\\sqrt[3]{%d}" % (a, b), v)


def line_eq(rng):
    while True:
        x1, x2 = rng.randint(-5, 5), rng.randint(-5, 5)
        m = rng.choice([-3, -2, -1, 2, 3, 4])
        c = rng.randint(-6, 6)
        if x1 != x2 and c:
            break
    y1, y2 = m * x1 + c, m * x2 + c

    def steps(lang):
        return [T(lang, "Slope: $m = \\frac{%d - (%d)}{%d - (%d)} = \\frac{%d}{%d} = %d$." % (y2, y1, x2, x1, y2 - y1, x2 - x1, m),
                  "斜率：$m = \\frac{%d - (%d)}{%d - (%d)} = \\frac{%d}{%d} = %d$。" % (y2, y1, x2, x1, y2 - y1, x2 - x1, m)),
                T(lang, "Intercept: $b = y_1 - m x_1 = %d - (%d)(%d) = %d$." % (y1, m, x1, c),
                  "截距：$b = y_1 - m x_1 = %d - (%d)(%d) = %d$。" % (y1, m, x1, c))]
    mx = ("%dx" % m) if m not in (1, -1) else ("x" if m == 1 else "-x")
    ref = "y = %s%s" % (mx, sgn(c))
    v = [("y = %d %s %s" % (c, "+" if m > 0 else "-", ("%dx" % abs(m)) if abs(m) != 1 else "x"), C, "line_terms_reordered"),
         ("%s - y%s = 0" % (mx, sgn(c)), C, "general_form_line"),
         ("y=%s%s" % (mx, sgn(c).replace(" ", "")), C, "no_spaces"),
         ("y = %s%s" % (mx, sgn(-c)), I, "intercept_sign"), ("y = %dx%s" % (-m, sgn(c)), I, "slope_sign"),
         ]
    if m != -1:
        v.append(("x = %dy%s" % (m, sgn(c)), I, "variables_swapped"))
    return inst("math_like", "Find the equation of the line through $(%d, %d)$ and $(%d, %d)$." % (x1, y1, x2, y2),
                "求过点 $(%d, %d)$ 和 $(%d, %d)$ 的直线方程。" % (x1, y1, x2, y2), steps, ref, v)


def lin_func(rng):
    m = rng.choice([2, 3, 4, 5, -2, -3])
    c = rng.choice([i for i in range(-9, 10) if i])
    p, q = rng.randint(1, 4), rng.randint(5, 8)

    def steps(lang):
        return [T(lang, "Write $f(x) = mx + b$. From $f(%d) = %d$ and $f(%d) = %d$: $%dm = %d$, so $m = %d$." % (p, m * p + c, q, m * q + c, q - p, m * (q - p), m),
                  "设 $f(x) = mx + b$。由 $f(%d) = %d$、$f(%d) = %d$ 得 $%dm = %d$，所以 $m = %d$。" % (p, m * p + c, q, m * q + c, q - p, m * (q - p), m)),
                T(lang, "Then $b = %d - %d \\cdot %d = %d$." % (m * p + c, m, p, c), "于是 $b = %d - %d \\cdot %d = %d$。" % (m * p + c, m, p, c))]
    ref = "%dx%s" % (m, sgn(c))
    v = [("f(x) = %dx%s" % (m, sgn(c)), C, "function_equation_form"), ("%d %s %dx" % (c, "+" if m > 0 else "-", abs(m)), C, "terms_reordered"),
         ("%d\\cdot x%s" % (m, sgn(c)), C, "cdot_coefficient"),
         ("%dx%s" % (m, sgn(-c)), I, "intercept_sign")]
    if c != m:
        v.append(("%s%s" % (coef_x(c), sgn(m)), I, "slope_intercept_swapped"))
    return inst("math_like", "A linear function satisfies $f(%d) = %d$ and $f(%d) = %d$. Find $f(x)$." % (p, m * p + c, q, m * q + c),
                "一次函数 $f$ 满足 $f(%d) = %d$，$f(%d) = %d$。求 $f(x)$ 的表达式。" % (p, m * p + c, q, m * q + c), steps, ref, v)


FAMILIES = [ineq_ray, half_open, abs_union, domain_minus, empty_set, plus_minus, log_eq, cube_side, line_eq, lin_func]
