"""English math families, part 2 (MATH / olympiad / college style)."""
from fractions import Fraction
import math
from common import frac_forms, frac_tex, frac_slash, dec, poly_str


def cx(a, b):
    if b == 0:
        return str(a)
    bs = ("" if abs(b) == 1 else str(abs(b))) + "i"
    if a == 0:
        return ("-" if b < 0 else "") + bs
    return "%d %s %s" % (a, "-" if b < 0 else "+", bs)


def complex_mul(rng):
    while True:
        a, b, c, d = [rng.choice([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]) for _ in range(4)]
        re, im = a * c - b * d, a * d + b * c
        if im != 0 and re != 0:
            break
    q_ = "Simplify $(%s)(%s)$, where $i^2 = -1$. Write the result in the form $a + bi$." % (cx(a, b), cx(c, d))
    setup = ["Expand: (%d)(%d) + (%d)(%d)i + (%d)(%d)i + (%d)(%d)i²." % (a, c, a, d, b, c, b, d),
             "Real part: %d − (%d) since i² = −1." % (a * c, b * d),
             "Imaginary part: %d + %d." % (a * d, b * c)]
    forms = [(cx(re, im), "canonical_form"), ("%s%di %s %d" % ("-" if im < 0 else "", abs(im), "-" if re < 0 else "+", abs(re)), "imaginary_part_first"),
             ("%d+(%d)i" % (re, im), "parenthesised_coefficient")]
    wrongs = [(cx(a * c + b * d, im), "forgot_i_squared_sign"), (cx(re, -im), "conjugate_given")]
    return "math_like", q_, setup, forms, wrongs


def arith_sum(rng):
    a, d, n = rng.randint(2, 20), rng.randint(2, 9), rng.randint(15, 60)
    last = a + (n - 1) * d
    S = n * (a + last) // 2
    q_ = "What is the sum $%d + %d + %d + \\cdots + %d$, where consecutive terms differ by %d?" % (a, a + d, a + 2 * d, last, d)
    setup = ["Number of terms: (%d − %d)/%d + 1 = %d." % (last, a, d, n),
             "Sum of an arithmetic series = (number of terms) × (first + last) / 2.",
             "First + last = %d." % (a + last)]
    forms = [(str(S), "canonical_form"), ("{:,}".format(S), "thousands_separator"), ("%d \\cdot %d / 2 = %d" % (n, a + last, S), "expression_then_value")]
    if S < 1000:
        forms = forms[:1] + forms[2:]
    wrongs = [(str(S - last), "off_by_one_term_count"),
              (str(n * (a + last)), "forgot_divide_by_two")]
    return "math_like", q_, setup, forms, wrongs


def poly_integral(rng):
    c = [rng.randint(-4, 6) for _ in range(3)]
    c[0] = c[0] or 2
    k = rng.randint(1, 4)
    val = Fraction(c[0] * k ** 3, 3) + Fraction(c[1] * k ** 2, 2) + c[2] * k
    q_ = "Evaluate $\\int_0^{%d} (%s)\\,dx$." % (k, poly_str(c))
    setup = ["An antiderivative is %s x³/3 + %s x²/2 + %s x." % (c[0], c[1], c[2]),
             "Evaluate at x = %d: %s + %s + %s." % (k, frac_slash(Fraction(c[0] * k ** 3, 3)), frac_slash(Fraction(c[1] * k ** 2, 2)), c[2] * k),
             "The lower limit 0 contributes nothing."]
    forms = frac_forms(val)
    wrongs = [(frac_tex(c[0] * k ** 3 + c[1] * k ** 2 + c[2] * k), "forgot_power_rule_division"),
              (frac_tex(val + Fraction(c[1] * k ** 2, 2)), "dropped_half")]
    if c[1] == 0:
        wrongs[1] = (frac_tex(val + 1), "arithmetic_slip")
    if c[0] * k ** 3 + c[1] * k ** 2 + c[2] * k == val:
        wrongs[0] = (frac_tex(val - 2), "arithmetic_slip")
    return "college_math_like", q_, setup, forms, wrongs


def geo_series(rng):
    a = rng.randint(1, 9)
    r = Fraction(1)
    while abs(r) >= 1:
        r = Fraction(rng.choice([1, 2, -1, -2, 3]), rng.choice([3, 4, 5, 7]))
    S = Fraction(a) / (1 - r)
    q_ = "Find the sum of the infinite geometric series $%d + %s + %s + \\cdots$." % (a, frac_tex(a * r), frac_tex(a * r * r))
    setup = ["The common ratio is r = (%s)/%d = %s." % (frac_slash(a * r), a, frac_slash(r)),
             "|r| < 1, so the series converges to a/(1 − r).",
             "1 − r = %s." % frac_slash(1 - r)]
    forms = frac_forms(S)
    wrongs = [(frac_tex(Fraction(a) / (1 + r)), "sign_error_in_denominator"), (frac_tex(a * r / (1 - r)), "dropped_first_term")]
    return "math_like", q_, setup, forms, wrongs


def divisors(rng):
    ps = rng.sample([2, 3, 5, 7, 11], 3)
    es = [rng.randint(1, 4) for _ in ps]
    n = 1
    for p, e in zip(ps, es):
        n *= p ** e
    t = 1
    for e in es:
        t *= e + 1
    q_ = "How many positive divisors does $%d$ have?" % n
    setup = ["Prime factorization: %d = %s." % (n, " · ".join("%d^%d" % (p, e) for p, e in zip(ps, es))),
             "The number of divisors is the product of (exponent + 1) over the primes.",
             "Exponents are %s." % ", ".join(map(str, es))]
    forms = [(str(t), "canonical_form"), ("%s = %d" % ("·".join("(%d+1)" % e for e in es), t), "expression_then_value"),
             ("%d divisors" % t, "number_with_noun")]
    prod = 1
    for e in es:
        prod *= e
    wrongs = [(str(prod), "forgot_plus_one"), (str(t - 2), "excluded_1_and_n")]
    return "math_like", q_, setup, forms, wrongs


def unit_speed(rng):
    v = rng.choice([36, 54, 72, 90, 108, 126, 144])
    ms = v * 1000 // 3600
    obj = rng.choice(["a train", "a cyclist on a downhill", "a delivery drone", "a speedboat"])
    q_ = "%s travels at %d km/h. What is its speed in metres per second?" % (obj[0].upper() + obj[1:], v)
    setup = ["1 km = 1000 m and 1 h = 3600 s.", "So multiply by 1000/3600 = 5/18.", "%d × 5 / 18." % v]
    forms = [("%d m/s" % ms, "canonical_form"), ("%d metres per second" % ms, "units_spelled_out"), ("%d\\ \\text{m/s}" % ms, "latex_units")]
    wrongs = [("%d km/h" % ms, "wrong_unit_label"), ("%s m/s" % dec(Fraction(v * 18, 5)), "inverted_conversion"),
              ("%d m/s" % (ms + 5), "arithmetic_slip")]
    return "physics_like", q_, setup, forms, wrongs


def expand_diff(rng):
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    P, Q = 2 * (a + b), a * a - b * b
    q_ = "Expand and simplify $(x + %d)^2 - (x - %d)^2$." % (a, b)
    setup = ["(x + %d)² = x² + %dx + %d." % (a, 2 * a, a * a), "(x − %d)² = x² − %dx + %d." % (b, 2 * b, b * b),
             "Subtract: the x² terms cancel."]
    forms = [(poly_str([P, Q]), "canonical_form"), (("%d + %dx" % (Q, P)) if Q else ("%dx" % P), "reordered_terms")]
    g = math.gcd(P, abs(Q)) if Q else P
    if g > 1 and Q:
        forms.append(("%d(%s)" % (g, poly_str([P // g, Q // g])), "factored_form"))
    wrongs = [(poly_str([P, a * a + b * b]), "sign_error_constant"), (poly_str([2 * (a - b), Q]) if a != b else poly_str([P, Q + 2]), "sign_error_linear")]
    return "math_like", q_, setup, forms, wrongs


def clock(rng):
    h, m = rng.randint(8, 11), rng.choice([5, 20, 35, 40, 45, 50, 55])
    dh, dm = rng.randint(1, 4), rng.choice([25, 30, 35, 40, 50])
    tot = h * 60 + m + dh * 60 + dm
    eh, em = divmod(tot, 60)
    ampm = "PM" if eh >= 12 else "AM"
    h12 = eh - 12 if eh > 12 else eh
    ev = rng.choice(["A workshop", "A rehearsal", "A hike", "An exam"])
    q_ = "%s starts at %d:%02d AM and lasts %d hours %d minutes. At what time does it end?" % (ev, h, m, dh, dm)
    setup = ["Add the hours first: %d:%02d + %d h = %d:%02d." % (h, m, dh, h + dh, m),
             "Then add %d minutes to %02d minutes: %d minutes." % (dm, m, m + dm),
             "Carry 60 minutes into an extra hour if needed, and remember the switch at noon."]
    forms = [("%d:%02d %s" % (h12, em, ampm), "canonical_form"), ("%d:%02d %s" % (h12, em, ampm.lower()[0] + "." + "m."), "am_pm_dotted"),
             ("%02d:%02d" % (eh, em), "24_hour_clock")]
    wh = h12 - 1 if h12 > 1 else 12
    wrongs = [("%d:%02d %s" % (h12, (em + 40) % 60, ampm), "minute_carry_error"), ("%d:%02d %s" % (h12, em, "AM" if ampm == "PM" else "PM"), "am_pm_swapped"),
              ("%d:%02d %s" % (wh, em, ampm), "hour_carry_error")]
    return "gsm8k_like", q_, setup, forms, wrongs


def log_frac(rng):
    b = rng.choice([2, 3, 4, 5, 8, 9, 16, 25, 27])
    base_p = {2: (2, 1), 3: (3, 1), 4: (2, 2), 5: (5, 1), 8: (2, 3), 9: (3, 2), 16: (2, 4), 25: (5, 2), 27: (3, 3)}
    p, e = base_p[b]
    k = rng.randint(1, 6)
    x = p ** k
    f = Fraction(k, e)
    q_ = "Evaluate $\\log_{%d} %d$." % (b, x)
    setup = ["Write both in terms of the prime %d: %d = %d^%d and %d = %d^%d." % (p, b, p, e, x, p, k),
             "log_{%d} %d = k/e with k = %d, e = %d." % (b, x, k, e),
             "Change of base: log_%d(%d) = ln %d / ln %d." % (b, x, x, b)]
    forms = frac_forms(f)
    wrongs = [(frac_tex(Fraction(e, k)), "inverted_ratio"), (frac_tex(f + Fraction(1, e)), "exponent_off_by_one")]
    if Fraction(e, k) == f:
        wrongs[0] = (frac_tex(f * 2), "doubled")
    return "math_like", q_, setup, forms, wrongs


TRIG = {  # angle -> (sin, cos) as tex strings with sign factors
    30: ("\\frac{1}{2}", "\\frac{\\sqrt{3}}{2}"), 45: ("\\frac{\\sqrt{2}}{2}", "\\frac{\\sqrt{2}}{2}"),
    60: ("\\frac{\\sqrt{3}}{2}", "\\frac{1}{2}")}
ALT = {"\\frac{1}{2}": ["1/2", "0.5"], "\\frac{\\sqrt{3}}{2}": ["\\sqrt{3}/2", "\\frac{1}{2}\\sqrt{3}"],
       "\\frac{\\sqrt{2}}{2}": ["\\frac{1}{\\sqrt{2}}", "\\sqrt{2}/2"]}


def trig_val(rng):
    ref = rng.choice([30, 45, 60])
    quad = rng.choice([1, 2, 3, 4])
    ang = {1: ref, 2: 180 - ref, 3: 180 + ref, 4: 360 - ref}[quad] + 360 * rng.choice([0, 0, 1])
    fn = rng.choice(["sin", "cos"])
    base = TRIG[ref][0 if fn == "sin" else 1]
    sign = {"sin": {1: 1, 2: 1, 3: -1, 4: -1}, "cos": {1: 1, 2: -1, 3: -1, 4: 1}}[fn][quad]
    other = TRIG[ref][1 if fn == "sin" else 0]
    s = "" if sign > 0 else "-"
    q_ = "Find the exact value of $\\%s %d^\\circ$." % (fn, ang)
    setup = ["Reduce the angle: %d° is coterminal with %d°, which lies in quadrant %d." % (ang, ang % 360, quad),
             "The reference angle is %d°." % ref,
             "In quadrant %d, %s is %s." % (quad, fn, "positive" if sign > 0 else "negative")]
    forms = [(s + base, "canonical_form")] + [(s + x, "equivalent_radical_form") for x in ALT[base]]
    wrongs = [(("-" if sign > 0 else "") + base, "quadrant_sign_error")]
    if other != base:
        wrongs.append((s + other, "sin_cos_swapped"))
    return "math_like", q_, setup, forms, wrongs


def deriv_at(rng):
    a, b, c = rng.randint(-3, 4) or 1, rng.randint(-5, 5), rng.randint(-6, 6)
    k = rng.randint(-3, 3)
    v = 3 * a * k * k + 2 * b * k + c
    q_ = "Let $f(x) = %s$. Compute $f'(%d)$." % (poly_str([a, b, c, rng.randint(-9, 9)]), k)
    setup = ["Differentiate term by term: f'(x) = %s." % poly_str([3 * a, 2 * b, c]),
             "Substitute x = %d: 3·%d·(%d)² + 2·%d·(%d) + %d." % (k, a, k, b, k, c),
             "The constant term of f disappears on differentiation."]
    forms = [(str(v), "canonical_form"), ("f'(%d) = %d" % (k, v), "equation_form")]
    wrongs = [(str(a * k ** 3 + b * k ** 2 + c * k), "evaluated_f_not_derivative"), (str(v + 2 * b if b else v + 3), "dropped_factor")]
    if wrongs[0][0] == str(v):
        wrongs[0] = (str(v - 1), "arithmetic_slip")
    return "math_like", q_, setup, forms, wrongs


def lcm_bells(rng):
    xs = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 18, 20], 3)
    l = xs[0]
    for x in xs[1:]:
        l = l * x // math.gcd(l, x)
    q_ = ("Three lighthouse beacons flash every %d, %d and %d seconds respectively. They flash together at midnight. "
          "After how many seconds will they next flash together?" % tuple(xs))
    setup = ["We need the least common multiple of %d, %d and %d." % tuple(xs),
             "Factor each number into primes and take the highest powers.",
             "lcm(%d, %d) = %d first, then combine with %d." % (xs[0], xs[1], xs[0] * xs[1] // math.gcd(xs[0], xs[1]), xs[2])]
    forms = [("%d seconds" % l, "canonical_form"), (str(l), "bare_number")]
    if l % 60 == 0:
        forms.append(("%d minutes" % (l // 60), "converted_to_minutes"))
    wrongs = [("%d seconds" % (xs[0] * xs[1] * xs[2]), "product_instead_of_lcm"), ("%d seconds" % math.gcd(math.gcd(xs[0], xs[1]), xs[2]), "gcd_instead_of_lcm")]
    if xs[0] * xs[1] * xs[2] == l:
        wrongs[0] = ("%d seconds" % (l // 2), "halved")
    return "gsm8k_like", q_, setup, forms, wrongs


def olymp_sum(rng):
    n = rng.randint(20, 99)
    f = Fraction(n, n + 1)
    q_ = "Compute $\\displaystyle\\sum_{k=1}^{%d} \\frac{1}{k(k+1)}$." % n
    setup = ["Partial fractions: 1/(k(k+1)) = 1/k − 1/(k+1).", "The sum telescopes to 1 − 1/(%d+1)." % n,
             "Only the first and last pieces survive."]
    forms = frac_forms(f) + [("1 - \\frac{1}{%d}" % (n + 1), "unsimplified_equal_expression")]
    wrongs = [(frac_tex(Fraction(n - 1, n)), "telescoping_off_by_one"), (frac_tex(Fraction(n + 1, n + 2)), "extra_term")]
    return "olympiad_like", q_, setup, forms, wrongs


GENS = [complex_mul, arith_sum, poly_integral, geo_series, divisors, unit_speed, expand_diff, clock, log_frac,
        trig_val, deriv_at, lcm_bells, olymp_sum]
