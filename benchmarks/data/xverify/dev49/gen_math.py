"""English math families, part 1 (GSM8K / MATH style)."""
from fractions import Fraction
import math
from common import frac_forms, frac_tex, frac_slash, simp_sqrt, rad_tex, dec, poly_str

NAMES = ["Priya", "Tomasz", "Aiyana", "Bertrand", "Keziah", "Osman", "Lucinda", "Ravi", "Marisol", "Declan"]
ITEMS = [("notebook", "notebooks"), ("lamp", "lamps"), ("jar of honey", "jars of honey"), ("scarf", "scarves"),
         ("board game", "board games"), ("kite", "kites")]


def money(rng):
    n, (s, p) = rng.choice(NAMES), rng.choice(ITEMS)
    q = rng.randint(3, 9)
    price = Fraction(rng.choice([250, 375, 450, 625, 880, 1250, 1475]), 100)
    disc = rng.choice([10, 15, 20, 25, 30])
    tot = q * price
    final = tot * (100 - disc) / 100
    f2 = "%.2f" % float(final)
    q_ = ("%s buys %d %s at $%.2f each. The shop gives a %d%% discount on the whole purchase. How much does %s "
          "pay, in dollars?" % (n, q, p, float(price), disc, n))
    setup = ["Cost before discount: %d × $%.2f = $%.2f." % (q, float(price), float(tot)),
             "The discount is %d%%, so %s pays %d%% of that." % (disc, n, 100 - disc),
             "%d%% of $%.2f: multiply by %s." % (100 - disc, float(tot), dec(Fraction(100 - disc, 100)))]
    forms = [("$" + f2, "canonical_form"), (f2 + " dollars", "units_spelled_out"), (dec(final), "bare_number")]
    wrongs = [("$%.2f" % float(tot), "forgot_discount"), ("$%.2f" % float(tot * disc / 100), "gave_discount_amount"),
              ("$%.2f" % float(final + 1), "arithmetic_slip")]
    return "gsm8k_like", q_, setup, forms, wrongs


def travel(rng):
    n = rng.choice(NAMES)
    mins = rng.choice([75, 105, 135, 165, 195, 225, 45 + 60 * 3])
    speed = rng.choice([48, 60, 72, 80, 96])
    dist = Fraction(speed * mins, 60)
    if dist.denominator != 1:
        speed, dist = 60, Fraction(mins)
    h, m = divmod(mins, 60)
    q_ = ("%s drives %s km at a constant %d km/h. How long does the trip take? Give the time in hours and "
          "minutes." % (n, dist, speed))
    setup = ["Time = distance / speed = %s / %d hours." % (dist, speed),
             "%s / %d = %s hours." % (dist, speed, dec(Fraction(mins, 60))),
             "Convert the fractional part of an hour into minutes by multiplying by 60."]
    forms = [("%d hours %d minutes" % (h, m), "canonical_form"), ("%d h %d min" % (h, m), "abbreviated_units"),
             ("%d minutes" % mins, "converted_to_minutes"), ("%s hours" % dec(Fraction(mins, 60)), "decimal_hours")]
    frac_part = dec(Fraction(mins, 60)).split(".")[1]
    wrongs = [("%d hours %s minutes" % (h, frac_part), "decimal_hours_misread_as_minutes"),
              ("%d hours %d minutes" % (h + 1, m), "off_by_one_hour"),
              ("%d minutes" % (mins + 10), "wrong_minutes")]
    return "gsm8k_like", q_, setup, forms, wrongs


def pct_change(rng):
    old = rng.choice([40, 80, 120, 160, 200, 250, 400])
    pct = rng.choice([15, 25, 35, 45, 60, 75])
    new = old * (100 + pct) // 100
    if old * (100 + pct) % 100:
        old, new = 200, 200 + 2 * pct
    thing = rng.choice(["the monthly rent", "the membership fee", "the price of a bicycle", "the toll"])
    q_ = "Last year %s was $%d; this year it is $%d. By what percent did it increase?" % (thing, old, new)
    setup = ["Increase = %d − %d = %d." % (new, old, new - old),
             "Percent increase is measured against the original value, %d." % old,
             "%d / %d = %s." % (new - old, old, dec(Fraction(new - old, old)))]
    forms = [("%d%%" % pct, "canonical_form"), ("%d percent" % pct, "percent_spelled_out"),
             ("%d\\%%" % pct, "latex_percent")]
    wrongs = [("%s%%" % dec(Fraction(100 * (new - old), new)), "wrong_base_for_percent"),
              ("%d%%" % (pct + 5), "arithmetic_slip"), ("%d%%" % (100 + pct), "reported_ratio_not_increase")]
    return "gsm8k_like", q_, setup, forms, wrongs


def quad_roots(rng):
    a, b = rng.sample([-7, -5, -4, -3, -2, 1, 2, 3, 5, 6, 8], 2)
    s, p = a + b, a * b
    eq = poly_str([1, -s, p]) + " = 0"
    q_ = "Find all real solutions of $%s$." % eq
    lo, hi = sorted([a, b])
    setup = ["We look for two numbers with product %d and sum %d." % (p, s),
             "Factor: (x %s %d)(x %s %d) = 0." % ("-" if a > 0 else "+", abs(a), "-" if b > 0 else "+", abs(b)),
             "Each factor gives one root."]
    forms = [("x = %d or x = %d" % (lo, hi), "canonical_form"), ("\\{%d, %d\\}" % (lo, hi), "set_notation"),
             ("x_1 = %d, x_2 = %d" % (hi, lo), "indexed_roots_reordered"), ("%d, %d" % (hi, lo), "reordered_list")]
    wrongs = [("x = %d or x = %d" % (-hi, -lo), "sign_flipped_roots"), ("x = %d" % hi, "missing_root"),
              ("x = %d or x = %d" % (lo, hi + 1), "one_root_wrong")]
    return "math_like", q_, setup, forms, wrongs


def frac_add(rng):
    while True:
        p, q, r, s = rng.randint(1, 9), rng.randint(2, 12), rng.randint(1, 9), rng.randint(2, 12)
        f = Fraction(p, q) + Fraction(r, s)
        if q != s and f.denominator > 1 and Fraction(p + r, q + s) != f:
            break
    q_ = "Compute $\\frac{%d}{%d} + \\frac{%d}{%d}$ and express the result as a fraction in lowest terms." % (p, q, r, s)
    l = q * s // math.gcd(q, s)
    setup = ["The least common denominator of %d and %d is %d." % (q, s, l),
             "Rewrite: %d/%d = %d/%d and %d/%d = %d/%d." % (p, q, p * l // q, l, r, s, r * l // s, l),
             "Add the numerators: %d + %d = %d over %d, then reduce." % (p * l // q, r * l // s, p * l // q + r * l // s, l)]
    forms = frac_forms(f)
    wrongs = [(frac_tex(Fraction(p + r, q + s)), "added_numerators_and_denominators"),
              (frac_tex(f + Fraction(1, f.denominator)), "numerator_off_by_one")]
    return "math_like", q_, setup, forms, wrongs


def distance_rad(rng):
    while True:
        x1, y1, x2, y2 = [rng.randint(-6, 7) for _ in range(4)]
        n = (x2 - x1) ** 2 + (y2 - y1) ** 2
        k, m = simp_sqrt(n)
        if k > 1 and m > 1:
            break
    q_ = "What is the distance between the points $(%d, %d)$ and $(%d, %d)$? Express your answer in simplest radical form." % (x1, y1, x2, y2)
    setup = ["Δx = %d, Δy = %d." % (x2 - x1, y2 - y1),
             "d² = %d + %d = %d." % ((x2 - x1) ** 2, (y2 - y1) ** 2, n),
             "Pull the largest square factor out of %d: %d = %d·%d." % (n, n, k * k, m)]
    forms = [(rad_tex(k, m), "canonical_form"), ("\\sqrt{%d}" % n, "unsimplified_radical"),
             ("%d√%d" % (k, m), "unicode_radical"), ("%d\\sqrt %d" % (k, m), "radical_no_braces")]
    wrongs = [(rad_tex(k, m + 1), "wrong_radicand"), (rad_tex(m, k) if k != m else rad_tex(k + 1, m), "swapped_coefficient"),
              (str(n), "forgot_square_root")]
    return "math_like", q_, setup, forms, wrongs


def mod_power(rng):
    a, b = rng.choice([3, 7, 11, 13, 17, 19]), rng.randint(40, 400)
    r = pow(a, b, 1000)
    q_ = "Find the remainder when $%d^{%d}$ is divided by $1000$." % (a, b)
    setup = ["Work modulo 8 and modulo 125 separately, or simply track powers of %d mod 1000." % a,
             "φ(1000) = 400, so exponents can be reduced modulo 400 where useful (gcd(%d,1000)=1)." % a,
             "Repeated squaring: compute %d^2, %d^4, %d^8, ... mod 1000 and multiply the needed ones for exponent %d (binary %s)." % (a, a, a, b, bin(b)[2:])]
    forms = [(str(r), "canonical_form"), ("%03d" % r, "aime_three_digit_padding") if r < 100 else (str(r), "canonical_form")]
    wrongs = [(str((r + 200) % 1000), "wrong_residue"), (str(pow(a, b - 1, 1000)), "exponent_off_by_one")]
    return "aime_like", q_, setup, forms, wrongs


def committee(rng):
    n, w, k = rng.randint(9, 14), None, rng.randint(3, 5)
    w = rng.randint(3, n - 4)
    m = n - w
    tot, none = math.comb(n, k), math.comb(m, k)
    ans = tot - none
    q_ = ("A club has %d members, %d of whom are seniors. In how many ways can a committee of %d be chosen if it must "
          "include at least one senior?" % (n, w, k))
    setup = ["Complementary counting: all committees minus those with no seniors.",
             "All committees: C(%d,%d) = %d." % (n, k, tot),
             "Committees with no seniors: C(%d,%d) = %d." % (m, k, none)]
    forms = [(str(ans), "canonical_form"), ("{:,}".format(ans), "thousands_separator") if ans >= 1000 else
             ("\\binom{%d}{%d}-\\binom{%d}{%d} = %d" % (n, k, m, k, ans), "expression_then_value"),
             ("%d committees" % ans, "number_with_noun")]
    wrongs = [(str(tot), "forgot_complement"), (str(w * math.comb(n - 1, k - 1)), "overcounted_designated_senior"),
              (str(ans - 1), "off_by_one")]
    return "math_like", q_, setup, forms, wrongs


def dice_prob(rng):
    s = rng.choice([4, 5, 6, 8, 9, 10])
    cnt = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == s)
    f = Fraction(cnt, 36)
    q_ = "Two fair six-sided dice are rolled. What is the probability that the sum of the numbers shown is %d?" % s
    setup = ["There are 36 equally likely ordered outcomes.",
             "Ordered pairs with sum %d: %s." % (s, ", ".join("(%d,%d)" % (a, s - a) for a in range(1, 7) if 1 <= s - a <= 6)),
             "That is %d favourable outcomes." % cnt]
    forms = frac_forms(f) + [("%d/36" % cnt, "unreduced_fraction")]
    wrongs = [(frac_tex(Fraction(cnt, 36) + Fraction(1, 36)), "counted_extra_outcome"),
              (frac_tex(Fraction((cnt + 1) // 2, 21)), "unordered_pairs_as_equally_likely")]
    wrongs = [w for w in wrongs if Fraction(w[0].replace("\\frac{", "").replace("}{", "/").replace("}", "")) != f]
    return "math_like", q_, setup, forms, wrongs


def lin_ineq(rng):
    while True:
        a, c = rng.randint(2, 9), rng.randint(-5, 5)
        b, d = rng.randint(-12, 12), rng.randint(-12, 12)
        if a != c and (d - b) % (a - c) == 0:
            break
    k = (d - b) // (a - c)
    flip = a - c < 0
    sym = "\\le" if rng.random() < 0.5 else "\\ge"
    lhs, rhs = poly_str([a, b]), poly_str([c, d])
    q_ = "Solve the inequality $%s %s %s$ and write the solution set in interval notation." % (lhs, sym, rhs)
    ge = (sym == "\\ge") != flip  # solution is x >= k
    setup = ["Move the x-terms to the left: (%d − (%d))x %s %d − (%d)." % (a, c, sym, d, b),
             "That is %dx %s %d." % (a - c, sym, d - b),
             ("Dividing by a negative number reverses the inequality." if flip else "Dividing by a positive number keeps the direction.")]
    if ge:
        forms = [("[%d, \\infty)" % k, "canonical_form"), ("x \\ge %d" % k, "inequality_form"), ("x ≥ %d" % k, "unicode_inequality"),
                 ("\\{x \\mid x \\geq %d\\}" % k, "set_builder")]
        wrongs = [("(%d, \\infty)" % k, "open_vs_closed_endpoint"), ("(-\\infty, %d]" % k, "direction_not_flipped" if flip else "direction_flipped")]
    else:
        forms = [("(-\\infty, %d]" % k, "canonical_form"), ("x \\le %d" % k, "inequality_form"), ("x ≤ %d" % k, "unicode_inequality"),
                 ("\\{x \\mid x \\leq %d\\}" % k, "set_builder")]
        wrongs = [("(-\\infty, %d)" % k, "open_vs_closed_endpoint"), ("[%d, \\infty)" % k, "direction_not_flipped" if flip else "direction_flipped")]
    return "math_like", q_, setup, forms, wrongs


def quad_ineq(rng):
    a, b = sorted(rng.sample(range(-6, 9), 2))
    q_ = "Find all real $x$ satisfying $%s < 0$. Give the answer as an interval." % poly_str([1, -(a + b), a * b])
    setup = ["Factor the quadratic: (x − (%d))(x − (%d))." % (a, b),
             "The parabola opens upward, so it is negative strictly between its roots.",
             "The roots are %d and %d; the inequality is strict." % (a, b)]
    forms = [("(%d, %d)" % (a, b), "canonical_form"), ("%d < x < %d" % (a, b), "inequality_form"),
             ("\\{x \\mid %d < x < %d\\}" % (a, b), "set_builder"), ("x \\in (%d,%d)" % (a, b), "membership_form")]
    wrongs = [("[%d, %d]" % (a, b), "closed_interval_for_strict"),
              ("(-\\infty, %d) \\cup (%d, \\infty)" % (a, b), "complement_interval"), ("(%d, %d)" % (-b, -a), "sign_error")]
    return "math_like", q_, setup, forms, wrongs


def matmul(rng):
    A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    E = [[A[i][j] * B[i][j] for j in range(2)] for i in range(2)]
    T = [[C[j][i] for j in range(2)] for i in range(2)]
    pm = lambda M: "\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    bm = lambda M: "\\begin{bmatrix} %d & %d \\\\ %d & %d \\end{bmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    q_ = "Compute the product $AB$ where $A = %s$ and $B = %s$." % (pm(A), pm(B))
    setup = ["Entry (1,1): %d·%d + %d·%d." % (A[0][0], B[0][0], A[0][1], B[1][0]),
             "Entry (1,2): %d·%d + %d·%d." % (A[0][0], B[0][1], A[0][1], B[1][1]),
             "Entry (2,1): %d·%d + %d·%d; entry (2,2): %d·%d + %d·%d." % (A[1][0], B[0][0], A[1][1], B[1][0], A[1][0], B[0][1], A[1][1], B[1][1])]
    forms = [(pm(C), "canonical_form"), (bm(C), "bmatrix_form"), ("[[%d, %d], [%d, %d]]" % (C[0][0], C[0][1], C[1][0], C[1][1]), "nested_list_matrix")]
    wrongs = [(pm(E), "entrywise_product")]
    if T != C:
        wrongs.append((pm(T), "transposed_result"))
    W = [r[:] for r in C]
    W[1][1] += 2
    wrongs.append((pm(W), "one_entry_wrong"))
    return "math_like", q_, setup, forms, wrongs


def lines_meet(rng):
    x, y = rng.randint(-5, 6), rng.randint(-5, 6)
    while x == y:
        y += 1
    a1, b1, a2, b2 = rng.randint(1, 5), rng.randint(-4, 4) or 1, rng.randint(-4, 4) or 2, rng.randint(1, 5)
    while a1 * b2 - a2 * b1 == 0 or a2 == 0:
        a2 += 1
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    q_ = "Solve the system: $%s = %d$ and $%s = %d$. Give the solution as an ordered pair $(x, y)$." % (
        poly_str([a1, 0]) + (" + %dy" % b1 if b1 > 0 else " - %dy" % -b1), c1, poly_str([a2, 0]) + (" + %dy" % b2 if b2 > 0 else " - %dy" % -b2), c2)
    setup = ["The determinant is %d·%d − %d·%d = %d, so there is a unique solution." % (a1, b2, b1, a2, a1 * b2 - b1 * a2),
             "Eliminate y: multiply the first equation by %d and the second by %d." % (b2, b1),
             "Then substitute back to get the other variable."]
    forms = [("(%d, %d)" % (x, y), "canonical_form"), ("x = %d, y = %d" % (x, y), "named_components"),
             ("y = %d, x = %d" % (y, x), "named_components_reordered")]
    wrongs = [("(%d, %d)" % (y, x), "swapped_coordinates"), ("(%d, %d)" % (x, -y), "sign_error")]
    return "math_like", q_, setup, forms, wrongs


GENS = [money, travel, pct_change, quad_roots, frac_add, distance_rad, mod_power, committee, dice_prob, lin_ineq,
        quad_ineq, matmul, lines_meet]
