"""Numeric-form families: roots, fractions, percent, grouping, scientific, signs, degrees, unicode."""
from fractions import Fraction
from decimal import Decimal
from math import comb
from common import (T, inst, poly2, frac_tex, terminating, dec_str, simplify_sqrt,
                    sci_parts, group_digits, VULGAR, sgn)

C, I = "Correct", "Incorrect"


def quad_roots(rng):
    while True:
        r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
        if r1 != r2 and r1 and r2 and r1 != -r2:
            break
    lo, hi = min(r1, r2), max(r1, r2)
    b, c = -(r1 + r2), r1 * r2
    p = poly2(b, c)
    chk = hi * hi + b * hi + c

    def steps(lang):
        return [T(lang, "We need to solve $%s = 0$. I look for two numbers whose product is $%d$ and whose sum is $%d$." % (p, c, -b),
                  "要解方程 $%s = 0$。找两个数，它们的积为 $%d$，和为 $%d$。" % (p, c, -b)),
                T(lang, "Those numbers are $%d$ and $%d$, so the quadratic factors as $(x %s)(x %s) = 0$." % (lo, hi, sgn(-lo)[1:], sgn(-hi)[1:]),
                  "这两个数是 $%d$ 和 $%d$，所以可以因式分解为 $(x %s)(x %s) = 0$。" % (lo, hi, sgn(-lo)[1:], sgn(-hi)[1:])),
                T(lang, "Check: substituting $x = %d$ gives $%d %s %s = %d$, as required." % (hi, hi * hi, sgn(b * hi)[1:], sgn(c)[1:], chk),
                  "检验：代入 $x = %d$ 得 $%d %s %s = %d$，满足方程。" % (hi, hi * hi, sgn(b * hi)[1:], sgn(c)[1:], chk))]
    v = [("x = %d \\text{ or } x = %d" % (hi, lo), C, "boxed_text_or"),
         ("\\left\\{ %d, %d \\right\\}" % (lo, hi), C, "left_right_set"),
         ("\\{%d, %d\\}" % (hi, lo), C, "set_reordered"),
         ("x_1 = %d,\\ x_2 = %d" % (lo, hi), C, "subscripted_roots"),
         ("%d" % hi, I, "missing_root"),
         ("%d, %d" % (-hi, -lo), I, "sign_flipped_roots"),
         ("x = %d \\text{ or } x = %d" % (hi, lo + 1), I, "one_root_wrong")]
    return inst("math_like", "Find all real solutions of $%s = 0$." % p,
                "求方程 $%s = 0$ 的所有实数解。" % p, steps, "%d, %d" % (lo, hi), v)


def fraction_prob(rng):
    while True:
        r, b = rng.randint(2, 7), rng.randint(2, 7)
        P = Fraction(comb(r, 2), comb(r + b, 2))
        W = Fraction(r, r + b) ** 2
        if P != W and P.denominator > 1:
            break
    n, d = P.numerator, P.denominator
    ref = frac_tex(P)

    def steps(lang):
        return [T(lang, "There are $%d$ marbles in total, so the number of ways to choose 2 is $\\binom{%d}{2} = %d$." % (r + b, r + b, comb(r + b, 2)),
                  "袋中共有 $%d$ 个球，任取 2 个的方法数为 $\\binom{%d}{2} = %d$。" % (r + b, r + b, comb(r + b, 2))),
                T(lang, "The number of ways to choose 2 red marbles is $\\binom{%d}{2} = %d$." % (r, comb(r, 2)),
                  "取到 2 个红球的方法数为 $\\binom{%d}{2} = %d$。" % (r, comb(r, 2))),
                T(lang, "So the probability is $\\frac{%d}{%d}$, which reduces to $%s$." % (comb(r, 2), comb(r + b, 2), ref),
                  "所以概率为 $\\frac{%d}{%d}$，约分后为 $%s$。" % (comb(r, 2), comb(r + b, 2), ref))]
    v = [(frac_tex(P, "\\dfrac"), C, "dfrac"), (frac_tex(P, "\\tfrac"), C, "tfrac"),
         ("%d/%d" % (n, d), C, "slash_fraction"),
         ("\\frac{%d}{%d}" % (2 * n, 2 * d), C, "unreduced_fraction"),
         (frac_tex(W), I, "with_replacement_value"),
         ("\\frac{%d}{%d}" % (n + 1, d), I, "numerator_off")]
    if terminating(P):
        v.append((dec_str(P), C, "decimal_of_fraction"))
    if n < 10 and d < 10:
        v.append(("\\frac%d%d" % (n, d), C, "frac_no_braces"))
    return inst("math_like",
                "A bag contains %d red and %d blue marbles. Two marbles are drawn at random without replacement. What is the probability that both are red?" % (r, b),
                "袋中有 %d 个红球和 %d 个蓝球，不放回地随机取出两个球。两个都是红球的概率是多少？" % (r, b),
                steps, ref, v)


def percent_change(rng):
    while True:
        a = rng.choice([40, 60, 80, 120, 150, 200, 240, 250, 300, 400])
        p = rng.choice([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75])
        if (a * p) % 100 == 0:
            break
    b = a + a * p // 100
    wrong = Fraction(b - a, b) * 100
    wrong_s = format(Decimal(wrong.numerator) / Decimal(wrong.denominator), ".2f").rstrip("0").rstrip(".")

    def steps(lang):
        return [T(lang, "The price went from $%d$ to $%d$ dollars, an increase of $%d - %d = %d$ dollars." % (a, b, b, a, b - a),
                  "价格从 $%d$ 元涨到 $%d$ 元，增加了 $%d - %d = %d$ 元。" % (a, b, b, a, b - a)),
                T(lang, "The percent increase is measured relative to the original price: $\\frac{%d}{%d} \\times 100\\%% = %d\\%%$." % (b - a, a, p),
                  "涨幅应相对于原价计算：$\\frac{%d}{%d} \\times 100\\%% = %d\\%%$。" % (b - a, a, p))]
    v = [("%d\\%%" % p, C, "latex_percent"), ("%d%%" % p, C, "bare_percent_sign"),
         ("%d \\text{ percent}" % p, C, "percent_word"), ("%d.0\\%%" % p, C, "trailing_zero_percent"),
         ("%s\\%%" % wrong_s, I, "percent_wrong_base"), ("%s\\%%" % dec_str(Fraction(p, 10)), I, "percent_decimal_slip")]
    return inst("gsm8k_like",
                "A jacket's price rose from $%d to $%d. By what percent did the price increase?" % (a, b),
                "一件夹克的价格从 %d 元涨到 %d 元。价格上涨了百分之几？" % (a, b), steps, "%d\\%%" % p, v)


def big_number(rng):
    while True:
        n = rng.choice([125, 250, 375, 480, 640, 750, 1200, 1250, 2400])
        m = rng.choice([12, 24, 36, 48, 15, 25, 40, 60, 80])
        N = n * m
        if N >= 10000 and N % 10 == 0:
            break
    mant, e = sci_parts(Decimal(N))
    wm, we = mant, e + 1

    def steps(lang):
        return [T(lang, "Each crate holds $%d$ items and there are $%d$ crates." % (n, m), "每箱装 $%d$ 件，共 $%d$ 箱。" % (n, m)),
                T(lang, "Total $= %d \\times %d$. Splitting: $%d \\times %d = %d$ and $%d \\times %d = %d$." % (n, m, n, m - m % 10, n * (m - m % 10), n, m % 10, n * (m % 10)),
                  "总数 $= %d \\times %d$。拆开计算：$%d \\times %d = %d$，$%d \\times %d = %d$。" % (n, m, n, m - m % 10, n * (m - m % 10), n, m % 10, n * (m % 10))),
                T(lang, "Adding, the total is $%d$." % N, "相加得总数为 $%d$。" % N)]
    v = [(group_digits(N, ","), C, "comma_thousands"), (group_digits(N, "{,}"), C, "latex_brace_comma"),
         (group_digits(N, "\\,"), C, "thin_space_thousands"), (group_digits(N, " "), C, "space_thousands"),
         ("%s \\times 10^{%d}" % (mant, e), C, "scientific_equal"), ("%d.0" % N, C, "trailing_point_zero"),
         ("%s \\times 10^{%d}" % (wm, we), I, "scientific_exponent_off"),
         (group_digits(N // 10, ","), I, "dropped_zero")]
    return inst("gsm8k_like",
                "A warehouse receives %d crates, each holding %d items. How many items does it receive in total?" % (m, n),
                "一个仓库收到 %d 箱货物，每箱 %d 件。仓库一共收到多少件？" % (m, n), steps, str(N), v)


def sci_product(rng):
    a = Decimal(rng.choice(["1.2", "2.4", "3.5", "1.6", "4.5", "2.5", "6.4", "8"]))
    b = Decimal(rng.choice(["2", "3", "4", "1.5", "5", "6"]))
    p, q = -rng.randint(2, 5), -rng.randint(1, 4)
    val = (a * b).scaleb(p + q)
    mant, e = sci_parts(val)
    raw = format((a * b).normalize(), "f")

    def steps(lang):
        return [T(lang, "Multiply the mantissas: $%s \\times %s = %s$." % (a, b, raw), "先乘系数：$%s \\times %s = %s$。" % (a, b, raw)),
                T(lang, "Add the exponents: $10^{%d} \\times 10^{%d} = 10^{%d}$." % (p, q, p + q), "再加指数：$10^{%d} \\times 10^{%d} = 10^{%d}$。" % (p, q, p + q)),
                T(lang, "So the product is $%s \\times 10^{%d}$, and normalising the mantissa gives $%s \\times 10^{%d}$." % (raw, p + q, mant, e),
                  "乘积为 $%s \\times 10^{%d}$，把系数规范化后得 $%s \\times 10^{%d}$。" % (raw, p + q, mant, e))]
    v = [(dec_str(val), C, "sci_as_decimal"), ("%se%d" % (mant, e), C, "e_notation"),
         ("%s \\cdot 10^{%d}" % (mant, e), C, "cdot_sci"), ("%s × 10^{%d}" % (mant, e), C, "unicode_times_sci"),
         ("%s \\times 10^{%d}" % (mant, -e), I, "exponent_sign_flipped"),
         ("%s \\times 10^{%d}" % (mant, e - 1), I, "exponent_off_by_one")]
    if raw != mant:
        v.append(("%s \\times 10^{%d}" % (raw, p + q), C, "unnormalized_sci"))
    ref = "%s \\times 10^{%d}" % (mant, e)
    return inst("math_like",
                "Compute $(%s \\times 10^{%d})(%s \\times 10^{%d})$." % (a, p, b, q),
                "计算 $(%s \\times 10^{%d})(%s \\times 10^{%d})$。" % (a, p, b, q), steps, ref, v)


def linear_sign(rng):
    x = rng.choice([-1, 1]) * rng.randint(2, 15)
    a = rng.randint(2, 9)
    bb = rng.randint(1, 30)
    c = a * x - bb

    def steps(lang):
        return [T(lang, "Start from $%dx - %d = %d$ and add $%d$ to both sides: $%dx = %d$." % (a, bb, c, bb, a, c + bb),
                  "由 $%dx - %d = %d$，两边加 $%d$ 得 $%dx = %d$。" % (a, bb, c, bb, a, c + bb)),
                T(lang, "Divide by $%d$: $x = %d$." % (a, x), "两边除以 $%d$：$x = %d$。" % (a, x)),
                T(lang, "Check: $%d \\cdot (%d) - %d = %d$. ✓" % (a, x, bb, a * x - bb), "检验：$%d \\cdot (%d) - %d = %d$。✓" % (a, x, bb, a * x - bb))]
    if x > 0:
        v = [("+%d" % x, C, "leading_plus"), ("%d.0" % x, C, "trailing_point_zero"), ("%d.00" % x, C, "trailing_two_zeros"),
             ("x = %d" % x, C, "equation_form_value"), ("-%d" % x, I, "sign_error"), ("%d" % (x + 1), I, "off_by_one")]
    else:
        v = [("\u2212%d" % (-x), C, "unicode_minus"), ("%d.0" % x, C, "trailing_point_zero"), ("x = %d" % x, C, "equation_form_value"),
             ("(%d)" % x, C, "parenthesized_negative"), ("%d" % (-x), I, "sign_error"), ("+%d" % (-x), I, "leading_plus_wrong_sign")]
    return inst("math_like", "Solve for $x$: $%dx - %d = %d$." % (a, bb, c), "解方程：$%dx - %d = %d$。" % (a, bb, c), steps, str(x), v)


def triangle_angle(rng):
    a, b = rng.randint(25, 80), rng.randint(25, 80)
    c = 180 - a - b

    def steps(lang):
        return [T(lang, "The interior angles of a triangle sum to $180^\\circ$.", "三角形内角和为 $180^\\circ$。"),
                T(lang, "So the third angle is $180^\\circ - %d^\\circ - %d^\\circ = %d^\\circ$." % (a, b, c),
                  "所以第三个角为 $180^\\circ - %d^\\circ - %d^\\circ = %d^\\circ$。" % (a, b, c))]
    v = [("%d°" % c, C, "unicode_degree"), ("%d\\degree" % c, C, "degree_macro"), ("%d" % c, C, "degree_omitted"),
         ("%d^{\\circ}" % c, C, "circ_braced"), ("%d \\text{ degrees}" % c, C, "degrees_word"),
         ("%d^\\circ" % (180 - c), I, "supplement_given"), ("%d°" % (c + 10), I, "arithmetic_slip")]
    return inst("math_like",
                "In triangle $ABC$, $\\angle A = %d^\\circ$ and $\\angle B = %d^\\circ$. Find $\\angle C$ in degrees." % (a, b),
                "在三角形 $ABC$ 中，$\\angle A = %d^\\circ$，$\\angle B = %d^\\circ$。求 $\\angle C$（单位：度）。" % (a, b),
                steps, "%d^\\circ" % c, v)


def circle_area(rng):
    r = rng.randint(2, 12)
    A = r * r

    def steps(lang):
        return [T(lang, "The area of a circle is $\\pi r^2$ with $r = %d$." % r, "圆的面积为 $\\pi r^2$，其中 $r = %d$。" % r),
                T(lang, "So $A = \\pi \\cdot %d^2 = %d\\pi$." % (r, A), "所以 $A = \\pi \\cdot %d^2 = %d\\pi$。" % (r, A))]
    v = [("%dπ" % A, C, "unicode_pi"), ("\\pi \\cdot %d" % A, C, "pi_first_product"),
         ("%d\\pi \\text{ cm}^2" % A, C, "units_attached"), ("%d\\,\\pi" % A, C, "thin_space_pi"),
         ("%d\\pi" % (2 * r), I, "circumference_given"), ("%d" % A, I, "pi_dropped")]
    return inst("math_like",
                "A circle has radius %d cm. Find its exact area in terms of $\\pi$." % r,
                "一个圆的半径为 %d cm，求它的面积（用 $\\pi$ 表示精确值）。" % r, steps, "%d\\pi" % A, v)


def rect_diag(rng):
    while True:
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        n = a * a + b * b
        k, m = simplify_sqrt(n)
        if k > 1 and m > 1:
            break

    def steps(lang):
        return [T(lang, "By the Pythagorean theorem the diagonal is $\\sqrt{%d^2 + %d^2} = \\sqrt{%d}$." % (a, b, n),
                  "由勾股定理，对角线长为 $\\sqrt{%d^2 + %d^2} = \\sqrt{%d}$。" % (a, b, n)),
                T(lang, "Since $%d = %d^2 \\cdot %d$, this simplifies to $%d\\sqrt{%d}$." % (n, k, m, k, m),
                  "因为 $%d = %d^2 \\cdot %d$，化简得 $%d\\sqrt{%d}$。" % (n, k, m, k, m))]
    v = [("%d√%d" % (k, m), C, "unicode_sqrt"), ("\\sqrt{%d}" % n, C, "unsimplified_radical"), ("√%d" % n, C, "unicode_sqrt_unsimplified"),
         ("%d\\sqrt %d" % (k, m), C, "sqrt_no_braces"), ("%d\\sqrt{%d}" % (m, k), I, "radical_swapped"),
         ("%d" % (a + b), I, "added_sides")]
    return inst("math_like",
                "A rectangle has sides %d and %d. Find the exact length of its diagonal." % (a, b),
                "一个长方形的两边长分别为 %d 和 %d，求对角线的精确长度。" % (a, b),
                steps, "%d\\sqrt{%d}" % (k, m), v)


def derivative(rng):
    a, b = rng.randint(2, 7), rng.randint(2, 15)

    def steps(lang):
        return [T(lang, "Differentiate term by term: $\\frac{d}{dx}(%dx^3) = %dx^2$ and $\\frac{d}{dx}(%dx) = %d$." % (a, 3 * a, b, b),
                  "逐项求导：$\\frac{d}{dx}(%dx^3) = %dx^2$，$\\frac{d}{dx}(%dx) = %d$。" % (a, 3 * a, b, b)),
                T(lang, "The constant term differentiates to $0$.", "常数项的导数为 $0$。")]
    v = [("%dx² + %d" % (3 * a, b), C, "unicode_superscript"), ("%d + %dx^{2}" % (b, 3 * a), C, "terms_reordered"),
         ("f'(x) = %dx^2 + %d" % (3 * a, b), C, "equation_vs_expression"),
         ("%dx^2 + %d" % (a, b), I, "forgot_power_rule_coeff"), ("%dx^2" % (3 * a), I, "dropped_linear_term"),
         ("%dx^2 - %d" % (3 * a, b), I, "sign_error")]
    return inst("math_like", "Find $f'(x)$ if $f(x) = %dx^3 + %dx - 7$." % (a, b),
                "已知 $f(x) = %dx^3 + %dx - 7$，求 $f'(x)$。" % (a, b), steps, "%dx^2 + %d" % (3 * a, b), v)


def vulgar(rng):
    (n, d), ch = rng.choice(sorted(VULGAR.items()))
    k = rng.randint(2, 9)
    c = rng.randint(1, 20)
    # d*x + c = n + c  ->  x = n/d ; scale by k
    A, B = d * k, n * k + c
    f = Fraction(n, d)

    def steps(lang):
        return [T(lang, "Subtract $%d$ from both sides: $%dx = %d$." % (c, A, n * k), "两边减去 $%d$：$%dx = %d$。" % (c, A, n * k)),
                T(lang, "Divide by $%d$: $x = \\frac{%d}{%d} = %s$." % (A, n * k, A, frac_tex(f)),
                  "两边除以 $%d$：$x = \\frac{%d}{%d} = %s$。" % (A, n * k, A, frac_tex(f)))]
    v = [(ch, C, "unicode_vulgar_fraction"), ("\\frac%d%d" % (n, d), C, "frac_no_braces"), ("%d/%d" % (n, d), C, "slash_fraction"),
         (frac_tex(Fraction(d, n)), I, "inverted_fraction"), (frac_tex(Fraction(n, d) + 1), I, "off_by_one")]
    if terminating(f):
        v.append((dec_str(f), C, "decimal_of_fraction"))
    return inst("math_like", "Solve $%dx + %d = %d$." % (A, c, B), "解方程 $%dx + %d = %d$。" % (A, c, B), steps, frac_tex(f), v)


FAMILIES = [quad_roots, fraction_prob, percent_change, big_number, sci_product, linear_sign,
            triangle_angle, circle_area, rect_diag, derivative, vulgar]
