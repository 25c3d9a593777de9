"""English math generators, part B: geometry, sequences, counting, probability, matrices, complex, calculus."""
from fractions import Fraction as F
from math import comb, factorial, isqrt
from common import tex, plain, dec, poly, twist
from math_a import base


def radical(n):
    """Return (k, m) with sqrt(n) = k*sqrt(m), m squarefree."""
    k = 1
    for p in range(isqrt(n), 1, -1):
        if n % (p * p) == 0:
            return p, n // (p * p)
    return k, n


def hyp(rng, ok):
    while True:
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        s = a * a + b * b
        k, m = radical(s)
        if m != 1 and k != 1:
            break
    q = "A right triangle has legs of length %d and %d. Find the exact length of the hypotenuse." % (a, b)
    steps = ["By the Pythagorean theorem, c^2 = %d^2 + %d^2 = %d + %d = %d." % (a, b, a * a, b * b, s),
             "So c = \u221a%d." % s,
             "Simplify: %d = %d x %d, so \u221a%d = %d\u221a%d." % (s, k * k, m, s, k, m)]
    ref = rng.choice(["%d\\sqrt{%d}" % (k, m), "\\sqrt{%d}" % s])
    if ok:
        ans = rng.choice(["%d\\sqrt{%d}" % (k, m), "%d\u221a%d" % (k, m), "\u221a%d" % s, "\\sqrt{%d}" % s,
                          "%d\\sqrt{%d} \\approx %.2f" % (k, m, s ** 0.5)])
        return base(q, steps, ans, ref, True, "radical_forms", checks=[
            "Numerically %d\u221a%d \u2248 %.3f, which is between %d and %d, plausible for a hypotenuse." % (
                k, m, s ** 0.5, max(a, b), a + b)])
    if rng.random() < 0.5:
        steps = steps[:1] + ["So the hypotenuse is %d." % s]
        return base(q, steps, str(s), ref, False, "forgot_square_root")
    steps[2] = "Simplify: %d = %d x %d, so \u221a%d = %d\u221a%d." % (s, k, k * m, s, k, k * m) if False else \
        "Simplify: \u221a%d = %d\u221a%d." % (s, m, k * k)
    return base(q, steps, "%d\\sqrt{%d}" % (m, k * k), ref, False, "radical_simplified_wrongly")


def circle(rng, ok):
    r = rng.randint(3, 15)
    q = "A circle has diameter %d cm. What is its area? Give an exact answer in terms of \u03c0." % (2 * r)
    steps = ["The radius is half the diameter: r = %d cm." % r,
             "Area = \u03c0r^2 = \u03c0 x %d^2 = %d\u03c0 cm^2." % (r, r * r)]
    ref = rng.choice(["%d\\pi" % (r * r), "%d\\pi \\text{ cm}^2" % (r * r)])
    if ok:
        ans = rng.choice(["%d\u03c0 cm\u00b2" % (r * r), "%d\\pi" % (r * r), "%d\u03c0 square centimetres" % (r * r),
                          "%d\\pi\\,\\mathrm{cm}^2 \\approx %.2f\\,\\mathrm{cm}^2" % (r * r, 3.141592653589793 * r * r)])
        return base(q, steps, ans, ref, True, "pi_forms")
    k = rng.choice(["diam", "circ"])
    if k == "diam":
        steps = ["Area = \u03c0r^2, and r = %d." % (2 * r), "So the area is %d\u03c0." % (4 * r * r)]
        return base(q, steps, "%d\u03c0 cm\u00b2" % (4 * r * r), ref, False, "used_diameter_as_radius")
    steps[1] = "The circumference is 2\u03c0r = %d\u03c0 cm." % (2 * r)
    return base(q, steps, "%d\u03c0" % (2 * r), ref, False, "computed_circumference")


def shoelace(rng, ok):
    while True:
        pts = [(rng.randint(-5, 6), rng.randint(-5, 6)) for _ in range(3)]
        (x1, y1), (x2, y2), (x3, y3) = pts
        s = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
        if s != 0 and s % 2 == 1:
            break
    A = F(abs(s), 2)
    q = "Find the area of the triangle with vertices (%d, %d), (%d, %d) and (%d, %d)." % (x1, y1, x2, y2, x3, y3)
    steps = ["Use the shoelace formula: Area = |x1(y2 - y3) + x2(y3 - y1) + x3(y1 - y2)| / 2.",
             "Compute: %d(%d) + %d(%d) + %d(%d) = %d + %d + %d = %d." % (
                 x1, y2 - y3, x2, y3 - y1, x3, y1 - y2, x1 * (y2 - y3), x2 * (y3 - y1), x3 * (y1 - y2), s),
             "Area = |%d| / 2 = %s." % (s, plain(A))]
    ref = rng.choice([tex(A), dec(A)])
    if ok:
        ans = rng.choice([dec(A), tex(A), plain(A), "%s square units" % dec(A),
                          "%d\\frac{1}{2}" % (A.numerator // 2)])
        return base(q, steps, ans, ref, True, "half_integer_forms")
    steps[2] = "Area = |%d|." % s
    return base(q, steps, str(abs(s)), ref, False, "forgot_half")


def arith_seq(rng, ok):
    a1, d, n = rng.randint(-10, 15), rng.choice([-4, -3, -2, 2, 3, 4, 5, 7]), rng.randint(12, 40)
    an = a1 + (n - 1) * d
    Sn = n * (a1 + an) // 2
    ask_sum = rng.random() < 0.5
    q = ("An arithmetic sequence has first term %d and common difference %d. Find the %s." %
         (a1, d, "sum of the first %d terms" % n if ask_sum else "%dth term" % n))
    steps = ["The nth term is a_n = a_1 + (n - 1)d.",
             "a_%d = %d + %d x %d = %d." % (n, a1, n - 1, d, an)]
    if ask_sum:
        steps.append("S_n = n(a_1 + a_n)/2 = %d x (%d + %d)/2 = %d." % (n, a1, an, Sn))
        val, bad = Sn, n * (a1 + a1 + n * d) // 2 if (n * (2 * a1 + n * d)) % 2 == 0 else None
        other = an
    else:
        val, bad, other = an, a1 + n * d, Sn
    ref = rng.choice([str(val), "a_{%d}=%d" % (n, val) if not ask_sum else "S_{%d}=%d" % (n, val)])
    if ok:
        ans = str(val) if abs(val) < 1000 else rng.choice(["{:,}".format(val), str(val)])
        return base(q, steps, rng.choice([ans, "%s = %s" % ("S_%d" % n if ask_sum else "a_%d" % n, ans)]), ref,
                    True, "sequence_value", checks=["Quick check with n = 2: a_2 = %d, consistent with d = %d." % (
                        a1 + d, d)])
    if bad is not None and bad != val and rng.random() < 0.6:
        if ask_sum:
            steps = steps[:1] + ["Last term: a_%d = %d + %d x %d = %d." % (n, a1, n, d, a1 + n * d),
                                 "S = %d x (%d + %d)/2 = %d." % (n, a1, a1 + n * d, bad)]
        else:
            steps[1] = "a_%d = %d + %d x %d = %d." % (n, a1, n, d, bad)
        return base(q, steps, str(bad), ref, False, "off_by_one")
    if ask_sum:
        return base(q, steps[:2] + ["So the answer is %d." % an], str(an), ref, False, "gave_term_not_sum")
    c = base(q, steps, str(val), ref, True, "")
    return twist(rng, c, str(val + d), "hedge")


def geo_sum(rng, ok):
    a, r, n = rng.randint(1, 5), rng.choice([2, 3, -2]), rng.randint(5, 9)
    S = a * (r ** n - 1) // (r - 1)
    q = "Find the sum of the first %d terms of the geometric sequence %d, %d, %d, ..." % (n, a, a * r, a * r * r)
    steps = ["First term a = %d and ratio r = %d." % (a, r),
             "S_n = a(r^n - 1)/(r - 1) = %d((%d)^%d - 1)/(%d - 1) = %d(%d - 1)/%d." % (a, r, n, r, a, r ** n, r - 1),
             "So S_%d = %d." % (n, S)]
    ref = str(S)
    if ok:
        ans = rng.choice(["{:,}".format(S), str(S), "S_{%d} = %d" % (n, S)])
        terms = [a * r ** i for i in range(n)]
        return base(q, steps, ans, ref, True, "comma_grouping", checks=[
            "Adding directly: %s = %d." % (" + ".join("(%d)" % t if t < 0 else str(t) for t in terms), sum(terms))])
    bad = a * (r ** (n - 1) - 1) // (r - 1)
    steps[1] = "S_n = a(r^(n-1) - 1)/(r - 1) = %d((%d)^%d - 1)/(%d - 1)." % (a, r, n - 1, r)
    steps[2] = "So the sum is %d." % bad
    return base(q, steps, str(bad), ref, False, "wrong_exponent")


def committee(rng, ok):
    m, w, k = rng.randint(4, 8), rng.randint(3, 6), rng.randint(3, 4)
    tot, none = comb(m + w, k), comb(m, k)
    val = tot - none
    q = ("A club has %d men and %d women. In how many ways can a committee of %d be chosen if it must "
         "include at least one woman?" % (m, w, k))
    steps = ["Total committees without restriction: C(%d, %d) = %d." % (m + w, k, tot),
             "Committees with no women (all men): C(%d, %d) = %d." % (m, k, none),
             "Subtract: %d - %d = %d." % (tot, none, val)]
    ref = str(val)
    if ok:
        cases = [comb(w, j) * comb(m, k - j) for j in range(1, k + 1)]
        return base(q, steps, rng.choice([str(val), "%d ways" % val, "%d committees" % val]), ref, True,
                    "count_with_check", checks=["Casework by number of women: %s = %d. Matches." % (
                        " + ".join(map(str, cases)), sum(cases))])
    if rng.random() < 0.5:
        bad = w * comb(m + w - 1, k - 1)
        steps = ["Pick one woman first: %d ways." % w, "Then pick the other %d from the remaining %d people: C(%d, %d) = %d."
                 % (k - 1, m + w - 1, m + w - 1, k - 1, comb(m + w - 1, k - 1)), "Total: %d x %d = %d." % (
                     w, comb(m + w - 1, k - 1), bad)]
        return base(q, steps, str(bad), ref, False, "overcounting")
    return base(q, steps[:1] + ["So there are %d committees." % tot], str(tot), ref, False, "ignored_restriction")


def letters(rng, ok):
    wd = rng.choice(["BANANA", "LETTER", "BALLOON", "COMMITTEE", "PEPPER", "ASSESS", "TATTOO", "REFERRER"])
    cnt = {}
    for ch in wd:
        cnt[ch] = cnt.get(ch, 0) + 1
    rep = [(ch, v) for ch, v in sorted(cnt.items()) if v > 1]
    den = 1
    for _, v in rep:
        den *= factorial(v)
    val = factorial(len(wd)) // den
    q = "How many distinct arrangements of the letters of the word %s are there?" % wd
    steps = ["%s has %d letters." % (wd, len(wd)),
             "Repeated letters: %s." % ", ".join("%s appears %d times" % (ch, v) for ch, v in rep),
             "Arrangements = %d! / (%s) = %d / %d = %d." % (len(wd), " x ".join("%d!" % v for _, v in rep),
                                                           factorial(len(wd)), den, val)]
    if ok:
        return base(q, steps, rng.choice([str(val), "{:,}".format(val), "%d arrangements" % val]), str(val), True,
                    "multinomial")
    if len(rep) > 1 and rng.random() < 0.6:
        d2 = factorial(rep[0][1])
        steps[2] = "Arrangements = %d!/%d! = %d." % (len(wd), rep[0][1], factorial(len(wd)) // d2)
        return base(q, steps, str(factorial(len(wd)) // d2), str(val), False, "missed_a_repeated_letter")
    steps[2] = "Arrangements = %d! = %d." % (len(wd), factorial(len(wd)))
    return base(q, steps, str(factorial(len(wd))), str(val), False, "ignored_repeats")


def coins(rng, ok):
    n = rng.randint(4, 7)
    k = rng.randint(1, n - 1)
    p = F(comb(n, k), 2 ** n)
    q = "A fair coin is tossed %d times. What is the probability of getting exactly %d heads?" % (n, k)
    steps = ["There are 2^%d = %d equally likely outcomes." % (n, 2 ** n),
             "The number of outcomes with exactly %d heads is C(%d, %d) = %d." % (k, n, k, comb(n, k)),
             "Probability = %d/%d%s." % (comb(n, k), 2 ** n, "" if p.denominator == 2 ** n else " = " + plain(p))]
    ref = rng.choice([tex(p), plain(p)])
    if ok:
        pct = dec(p * 100)
        ans = rng.choice([dec(p), pct + "%", "%d/%d" % (comb(n, k), 2 ** n), tex(p), "%s (= %s)" % (plain(p), dec(p))])
        return base(q, steps, ans, ref, True, "fraction_decimal_percent", ans_tex=tex(p))
    kk = rng.choice(["noC", "atleast"])
    if kk == "noC":
        steps = steps[:1] + ["Each specific sequence has probability 1/%d, so the answer is 1/%d." % (2 ** n, 2 ** n)]
        return base(q, steps, "\\frac{1}{%d}" % (2 ** n), ref, False, "forgot_binomial_coefficient")
    al = F(sum(comb(n, j) for j in range(k, n + 1)), 2 ** n)
    steps[1] = "Outcomes with at least %d heads: %s = %d." % (k, " + ".join(str(comb(n, j)) for j in range(k, n + 1)),
                                                            sum(comb(n, j) for j in range(k, n + 1)))
    steps[2] = "Probability = %s." % plain(al)
    return base(q, steps, plain(al), ref, False, "at_least_instead_of_exactly", ans_tex=tex(al))


def dice(rng, ok):
    s = rng.randint(3, 11)
    ways = [(i, s - i) for i in range(1, 7) if 1 <= s - i <= 6]
    p = F(len(ways), 36)
    q = "Two fair six-sided dice are rolled. What is the probability that the sum is %d?" % s
    steps = ["There are 36 equally likely ordered outcomes.",
             "Pairs giving %d: %s, which is %d outcomes." % (s, ", ".join("(%d,%d)" % w for w in ways), len(ways)),
             "Probability = %d/36 = %s." % (len(ways), plain(p))]
    ref = tex(p)
    if ok:
        return base(q, steps, rng.choice([plain(p), "%d/36" % len(ways), tex(p), "\\dfrac{%d}{36}" % len(ways)]), ref,
                    True, "unreduced_fraction_ok", ans_tex=tex(p))
    un = [w for w in ways if w[0] <= w[1]]
    if len(un) == len(ways):
        return dice(rng, ok)
    steps[1] = "Combinations giving %d: %s, so %d outcomes." % (s, ", ".join("{%d,%d}" % w for w in un), len(un))
    steps[2] = "Probability = %d/36 = %s." % (len(un), plain(F(len(un), 36)))
    return base(q, steps, plain(F(len(un), 36)), ref, False, "unordered_pairs_counted")


GENS = [(hyp, 6), (circle, 5), (shoelace, 5), (arith_seq, 7), (geo_sum, 5), (committee, 6), (letters, 5),
        (coins, 7), (dice, 5)]
