"""Statistics and probability problems (English)."""
import math
from fractions import Fraction
from itertools import product
from common import g, fixed, long_output, final_line, boxed_ref, rec, cycle


def _out(rng, restate, steps, ans):
    return long_output(rng, "en", restate, steps, final_line(rng, ans))


def frac_s(f):
    return "%d/%d" % (f.numerator, f.denominator)


def mean(rng, v):
    while True:
        data = [rng.randint(2, 30) for _ in range(rng.choice([4, 8]))]
        m = Fraction(sum(data), len(data))
        med = Fraction(sorted(data)[len(data) // 2 - 1] + sorted(data)[len(data) // 2], 2)
        if m.denominator > 1 and m != med:
            break
    q = "Find the mean of the data set: %s." % ", ".join(map(str, data))
    restate = "Mean = (sum of values) / (number of values)."
    steps = ["Sum = %s = %d." % (" + ".join(map(str, data)), sum(data)),
             "Mean = %d / %d = %s." % (sum(data), len(data), g(float(m)))]
    ref = g(float(m))
    if v == "C_frac":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s" % frac_s(m)), ref,
                   "Correct", "en", "fraction_vs_decimal")
    if v == "C_mixed":
        return rec("math_like", "math", q, _out(rng, restate, steps, "$\\frac{%d}{%d}$" % (m.numerator, m.denominator)),
                   ref, "Correct", "en", "latex_fraction_vs_decimal")
    s = sorted(data)
    steps = ["Sorted: %s." % ", ".join(map(str, s)),
             "The central value is the average of the two middle entries: %s." % g(float(med))]
    return rec("math_like", "math", q, _out(rng, restate, steps, g(float(med))), ref,
               "Incorrect", "en", "median_instead_of_mean")


def stdev(rng, v):
    while True:
        data = [rng.randint(1, 20) for _ in range(rng.choice([5, 6]))]
        mu = sum(data) / len(data)
        ss = sum((x - mu) ** 2 for x in data)
        pop = math.sqrt(ss / len(data))
        smp = math.sqrt(ss / (len(data) - 1))
        if ss > 0 and differs(fixed(pop, 2), fixed(smp, 2)) and differs(fixed(pop, 2), fixed(pop, 1)):
            break
    q = "Compute the population standard deviation of %s. Round to two decimal places." % ", ".join(map(str, data))
    restate = "σ = sqrt( Σ(x − μ)^2 / N )."
    steps = ["μ = %d / %d = %s." % (sum(data), len(data), g(mu, 6)),
             "Σ(x − μ)^2 = %s." % g(ss, 6),
             "σ^2 = %s / %d = %s, σ = %s." % (g(ss, 6), len(data), g(ss / len(data), 6), g(pop, 6))]
    ref = fixed(pop, 2)
    if rng.random() < 0.5:
        ref = boxed_ref(["μ = %s, Σ(x−μ)^2 = %s, σ = sqrt(%s/%d) ≈ %s." % (
            g(mu, 6), g(ss, 6), g(ss, 6), len(data), fixed(pop, 2))], fixed(pop, 2))
    if v == "C_same":
        return rec("math_like", "math", q, _out(rng, restate, steps, "σ ≈ %s" % fixed(pop, 2)), ref,
                   "Correct", "en", "approx_marker_same_value")
    if v == "I_sample":
        steps[-1] = "s^2 = %s / %d = %s, s = %s." % (g(ss, 6), len(data) - 1, g(ss / (len(data) - 1), 6), g(smp, 6))
        return rec("math_like", "math", q, _out(rng, restate, steps, fixed(smp, 2)), ref,
                   "Incorrect", "en", "sample_vs_population")
    if v == "I_var":
        return rec("math_like", "math", q, _out(rng, restate, steps[:2] + [
            "Variance σ^2 = %s / %d = %s." % (g(ss, 6), len(data), g(ss / len(data), 6))],
            fixed(ss / len(data), 2)), ref, "Incorrect", "en", "variance_instead_of_sd")
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s" % fixed(pop, 1)), ref,
               "Incorrect", "en", "wrong_precision_requested")


def differs(a, b):
    return abs(float(a) - float(b)) > 1e-9


def dice(rng, v):
    target = rng.choice([4, 5, 6, 8, 9, 10])
    ways = sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == target)
    pf = Fraction(ways, 36)
    q = "Two fair six-sided dice are rolled. What is the probability that the sum is %d?" % target
    restate = "There are 36 equally likely outcomes; count those with sum %d." % target
    pairs = ["(%d,%d)" % (a, b) for a, b in product(range(1, 7), repeat=2) if a + b == target]
    steps = ["Favourable outcomes: %s — that is %d outcomes." % (", ".join(pairs), ways),
             "P = %d/36 = %s." % (ways, frac_s(pf))]
    ref = frac_s(pf)
    if v == "C_unred":
        return rec("math_like", "math", q, _out(rng, restate, steps[:1], "%d/36" % ways), ref,
                   "Correct", "en", "unreduced_fraction")
    if v == "C_pct" and (pf * 1000).denominator == 1:
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s%%" % g(float(pf * 100))), ref,
                   "Correct", "en", "percent_vs_fraction")
    if v.startswith("C"):
        return rec("math_like", "math", q, _out(rng, restate, steps, "$\\dfrac{%d}{%d}$" % (
            pf.numerator, pf.denominator)), ref, "Correct", "en", "latex_fraction")
    if v == "I_comp":
        c = 1 - pf
        steps.append("The complementary probability is 1 − %s = %s." % (frac_s(pf), frac_s(c)))
        return rec("math_like", "math", q, _out(rng, restate, steps, frac_s(c)), ref,
                   "Incorrect", "en", "complement_probability")
    bad = Fraction(ways, 21)
    steps = ["Treat unordered pairs as the outcomes: there are 21 of them, and %d give the sum." % ways,
             "P = %d/21 = %s." % (ways, frac_s(bad))]
    return rec("math_like", "math", q, _out(rng, restate, steps, frac_s(bad)), ref,
               "Incorrect", "en", "wrong_sample_space")


def coins(rng, v):
    n = rng.choice([3, 4, 5, 6, 7])
    k = rng.randint(1, n - 1)
    pf = Fraction(math.comb(n, k), 2 ** n)
    q = "A fair coin is tossed %d times. What is the probability of getting exactly %d heads?" % (n, k)
    restate = "Binomial: P = C(n,k) / 2^n with n = %d, k = %d." % (n, k)
    steps = ["C(%d,%d) = %d, 2^%d = %d." % (n, k, math.comb(n, k), n, 2 ** n),
             "P = %d/%d = %s." % (math.comb(n, k), 2 ** n, frac_s(pf))]
    ref = frac_s(pf)
    if v == "C_dec":
        steps.append("As a decimal: %s." % g(float(pf)))
        return rec("math_like", "math", q, _out(rng, restate, steps, g(float(pf))), ref,
                   "Correct", "en", "decimal_vs_fraction")
    if v == "C_pct":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s%%" % g(float(pf) * 100)), ref,
                   "Correct", "en", "percent_vs_fraction")
    if v == "I_atleast":
        al = Fraction(sum(math.comb(n, j) for j in range(k, n + 1)), 2 ** n)
        steps = ["Add the cases with %d or more heads: P = %s." % (k, frac_s(al))]
        return rec("math_like", "math", q, _out(rng, restate, steps, frac_s(al)), ref,
                   "Incorrect", "en", "at_least_vs_exactly")
    bad = Fraction(1, 2 ** n)
    steps = ["Each specific sequence has probability (1/2)^%d = %s." % (n, frac_s(bad))]
    return rec("math_like", "math", q, _out(rng, restate, steps, frac_s(bad)), ref,
               "Incorrect", "en", "missing_combinations")


TEMPLATES = [
    (mean, ["C_frac", "C_mixed", "I_median", "I_median"]),
    (stdev, ["C_same", "I_sample", "I_var", "I_prec", "C_same"]),
    (dice, ["C_unred", "C_pct", "C_tex", "I_comp", "I_space"]),
    (coins, ["C_dec", "C_pct", "I_atleast", "I_missing"]),
]


def generate(rng, per=6):
    out = []
    for fn, variants in TEMPLATES:
        for v in cycle(rng, per, variants):
            out.append(fn(rng, v))
    return out
