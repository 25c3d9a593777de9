"""Math families, part 1: units, numbers-in-sentences, logs/exponentials, arctan, floor, binomials."""
from fractions import Fraction
import math
from common import words, frac_words, tex_frac, dec

NAMES = ["Priya", "Tomas", "Halvard", "Ines", "Odile", "Kwame", "Marisol", "Bertrand", "Yusra", "Lenka",
         "Anselm", "Corin", "Deska", "Farrow", "Gideon", "Juniper"]
HOUR_WORDS = {15: "a quarter of an hour", 30: "half an hour", 45: "three quarters of an hour",
              90: "an hour and a half", 75: "an hour and a quarter", 20: "a third of an hour",
              40: "two thirds of an hour"}


def minutes(rng):
    while True:
        v = rng.choice([48, 60, 72, 84, 96, 120, 36])
        m = rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 55, 75, 90, 105])
        if v * m % 60 == 0:
            break
    d = v * m // 60
    who = rng.choice(NAMES)
    h = Fraction(m, 60)
    q = "%s cycles %d km along a flat route at a steady %d km/h. How many minutes does the ride take?" % (who, d, v)
    steps = ["Time equals distance divided by speed, so the time in hours is %d/%d." % (d, v),
             "The question asks for minutes, so I will convert hours to minutes by multiplying by 60 "
             "(there are 60 minutes in an hour)."]
    fin = "Simplifying, %d/%d = %s hours, and %s × 60 = %d." % (d, v, tex_frac(h), tex_frac(h), m)
    right = [(fin, "%d min" % m), (fin, "%s minutes" % words(m)),
             (fin, "the ride takes %d minutes, i.e. %s h" % (m, dec(h)))]
    if m in HOUR_WORDS:
        right.append((fin, "%s (%d minutes)" % (HOUR_WORDS[m], m)))
        right.append((fin, HOUR_WORDS[m]))
    if m > 60:
        right.append((fin, "1 hour and %d minutes" % (m - 60)))
    wrong = []
    for mw in [m + 5, m - 5, m + 10]:
        wrong.append(("Dividing, %d ÷ %d ≈ %s hours, and times 60 that is %d." % (d, v, dec(Fraction(mw, 60), 3), mw),
                      "%d min" % mw))
    return dict(gist="A distance and a constant speed are given; the ride time is wanted in minutes.",
                q=q, ref=str(m), steps=steps, right=right, wrong=wrong,
                check="Check: in %d minutes at %d km/h the distance is %d × %d/60 = %d km, matching the problem."
                      % (m, v, v, m, d))


def sentence_number(rng):
    who = rng.choice(NAMES)
    while True:
        boxes, per, given, weeks = rng.randint(6, 15), rng.choice([6, 8, 12, 24]), rng.randint(10, 40), rng.randint(2, 5)
        eaten = rng.randint(2, 6)
        total = boxes * per
        left = total - given - eaten * weeks
        if left >= 15:
            break
    q = ("%s buys %d boxes of jars with %d jars in each box. She gives %d jars to a neighbour and then uses %d "
         "jars per week for %d weeks. How many jars does she have left?" % (who, boxes, per, given, eaten, weeks))
    steps = ["Total jars bought: %d × %d = %d." % (boxes, per, total),
             "After giving some away: %d − %d = %d." % (total, given, total - given),
             "Jars used over the weeks: %d × %d = %d." % (eaten, weeks, eaten * weeks)]
    fin = "Remaining: %d − %d." % (total - given, eaten * weeks)
    right = [(fin, "after the %d weeks, having started with %d jars from %d boxes, she still has %d jars left on the shelf"
              % (weeks, total, boxes, left)),
             (fin, "%d jars remain (from the original %d, minus %d given away and %d used)" % (left, total, given, eaten * weeks)),
             (fin, "she ends with %s jars" % words(left))]
    wrong = [("Remaining: %d − %d = %d." % (total - given, eaten * weeks, left + eaten),
              "after %d weeks she has %d jars left out of the %d she bought" % (weeks, left + eaten, total)),
             ("Remaining: %d − %d = %d." % (total - given, eaten * weeks, left - 10),
              "%d jars remain" % (left - 10))]
    return dict(gist="A multi-step counting word problem about jars bought, given away and used.",
                q=q, ref=str(left), steps=steps, right=right, wrong=wrong,
                check="Check: %d + %d + %d = %d, the number bought." % (left, given, eaten * weeks, total))


def log_solve(rng):
    b = rng.choice([2, 3, 5])
    k = rng.choice([c for c in range(3, 30) if round(math.log(c, b)) != math.log(c, b) and c % b != 0])
    base = {2: "\\log_2", 3: "\\log_3", 5: "\\log_5"}[b]
    refstyle = rng.choice(["log", "ln"])
    ref = "%s %d" % (base, k) if refstyle == "log" else "\\frac{\\ln %d}{\\ln %d}" % (k, b)
    q = "Solve for $x$: $%d^{x} = %d$. Give the exact value." % (b, k)
    steps = ["Take logarithms of both sides. Using the natural log: x \\ln %d = \\ln %d." % (b, k),
             "Since %d is not a power of %d, the answer won't be an integer; numerically it lies between %d and %d."
             % (k, b, int(math.log(k, b)), int(math.log(k, b)) + 1)]
    fin = "Dividing both sides by \\ln %d isolates x." % b
    val = math.log(k) / math.log(b)
    right = [(fin, "$x = \\frac{\\ln %d}{\\ln %d}$" % (k, b)), (fin, "$x = %s %d$" % (base, k)),
             (fin, "$x = \\log(%d)/\\log(%d) \\approx %.4f$" % (k, b, val)),
             (fin, "x = log base %d of %d (about %.3f)" % (b, k, val))]
    wrong = [("Dividing, x = \\ln %d / \\ln %d." % (b, k), "$x = \\log_{%d} %d$" % (k, b)),
             ("So x = \\ln(%d/%d)." % (k, b), "$x = \\ln\\frac{%d}{%d}$" % (k, b)),
             ("Numerically x ≈ %.3f." % (val + 0.1), "$x \\approx %.3f$" % (val + 0.1))]
    return dict(gist="An exponential equation must be solved exactly.", q=q, ref=ref, steps=steps,
                right=right, wrong=wrong,
                check="Check: %d raised to %.4f is about %.3f, which is %d up to rounding." % (b, val, b ** val, k))


def ln_solve(rng):
    a = rng.choice([2, 3, 4])
    k = rng.choice([5, 7, 10, 11, 13, 6])
    q = "Find the exact solution of $e^{%dx} = %d$." % (a, k)
    val = math.log(k) / a
    ref = rng.choice(["\\frac{\\ln %d}{%d}" % (k, a), "\\tfrac{1}{%d}\\ln %d" % (a, k)])
    steps = ["Apply the natural logarithm to both sides: %dx = \\ln %d." % (a, k),
             "The logarithm undoes the exponential, and there's exactly one real solution since e^{%dx} is "
             "strictly increasing." % a]
    fin = "Divide by %d." % a
    right = [(fin, "$x = \\frac{1}{%d}\\ln %d$" % (a, k)), (fin, "$x = \\ln \\sqrt[%d]{%d}$" % (a, k)),
             (fin, "$x = \\ln(%d^{1/%d}) \\approx %.4f$" % (k, a, val)), (fin, "$x = (\\ln %d)/%d$" % (k, a))]
    wrong = [("Divide: x = \\ln(%d/%d)." % (k, a), "$x = \\ln\\frac{%d}{%d}$" % (k, a)),
             ("Divide: x = \\ln %d − \\ln %d." % (k, a), "$x = \\ln %d - \\ln %d$" % (k, a)),
             ("Divide: x = %d \\ln %d." % (a, k), "$x = %d\\ln %d$" % (a, k))]
    return dict(gist="An exponential equation with base e.", q=q, ref=ref, steps=steps, right=right,
                wrong=wrong, check="Check: e^{%d × %.4f} = e^{%.4f} ≈ %.3f ✓." % (a, val, a * val, math.exp(a * val)))


def arctan_angle(rng):
    a, b = rng.choice([(3, 4), (5, 12), (2, 7), (3, 5), (4, 9), (1, 3), (2, 5)])
    q = ("A ramp rises %d m over a horizontal run of %d m. What is the exact angle of elevation of the ramp, "
         "in radians?" % (a, b))
    th = math.atan2(a, b)
    ref = rng.choice(["\\arctan\\frac{%d}{%d}" % (a, b), "\\arctan(%d/%d)" % (a, b)])
    steps = ["The rise is the side opposite the angle and the run is the adjacent side, so tangent of the angle "
             "is opposite over adjacent.",
             "So tan θ = %d/%d, with θ strictly between 0 and π/2 because both legs are positive." % (a, b)]
    fin = "Inverting the tangent on (0, π/2) gives θ directly."
    right = [(fin, "$\\theta = \\tan^{-1}(%d/%d)$" % (a, b)), (fin, "$\\theta = \\arctan\\dfrac{%d}{%d} \\approx %.4f$" % (a, b, th)),
             (fin, "$\\theta = \\operatorname{atan}(%s)$ rad" % dec(Fraction(a, b), 4) if b in (4, 5) else "$\\theta=\\arctan\\tfrac{%d}{%d}$" % (a, b)),
             (fin, "$\\theta = \\frac{\\pi}{2} - \\arctan\\frac{%d}{%d}$" % (b, a))]
    wrong = [("Inverting: θ = \\arctan(%d/%d)." % (b, a), "$\\theta = \\arctan\\frac{%d}{%d}$" % (b, a)),
             ("Using sine instead: θ = \\arcsin(%d/%d)." % (a, b), "$\\theta = \\arcsin\\frac{%d}{%d}$" % (a, b)),
             ("Numerically θ ≈ %.3f." % (th + 0.05), "$\\theta \\approx %.3f$" % (th + 0.05))]
    return dict(gist="A right-triangle angle from rise and run.", q=q, ref=ref, steps=steps, right=right,
                wrong=wrong, check="Check: tan(%.4f) ≈ %.4f = %d/%d ✓." % (th, math.tan(th), a, b))


def floor_sum(rng):
    n = rng.randint(10, 40)
    s = sum(math.isqrt(k) for k in range(1, n + 1))
    q = "Compute $\\sum_{k=1}^{%d} \\lfloor \\sqrt{k} \\rfloor$." % n
    steps = ["\\lfloor \\sqrt{k} \\rfloor = m exactly when m^2 ≤ k < (m+1)^2, i.e. for 2m+1 values of k (a full block).",
             "Up to %d the full blocks are m = 1..%d; the last block m = %d is partial." % (
                 n, math.isqrt(n) - 1, math.isqrt(n))]
    r = math.isqrt(n)
    full = sum(m * (2 * m + 1) for m in range(1, r))
    part = r * (n - r * r + 1)
    steps.append("Full blocks contribute %s = %d." % (" + ".join("%d·%d" % (m, 2 * m + 1) for m in range(1, r)), full))
    fin = "The partial block has %d terms each equal to %d, contributing %d; adding gives the total." % (n - r * r + 1, r, part)
    right = [(fin, "the sum equals %d, where I used %d full blocks and %d extra terms" % (s, r - 1, n - r * r + 1)),
             (fin, "$%d + %d = %d$" % (full, part, s)), (fin, words(s))]
    wrong = [("Partial block: %d terms of %d gives %d, total %d." % (n - r * r, r, r * (n - r * r), full + r * (n - r * r)),
              "$%d$" % (full + r * (n - r * r))),
             ("Adding: %d + %d = %d." % (full, part, s + 1), "$%d$" % (s + 1))]
    return dict(gist="A sum of floors of square roots.", q=q, ref=rng.choice([str(s), "%d" % s]), steps=steps,
                right=right, wrong=wrong, check="Check by direct listing of the last few terms: all equal %d ✓." % r)


def binom_count(rng):
    n, k = rng.randint(7, 14), rng.randint(2, 5)
    c = math.comb(n, k)
    q = ("A club of %d members must choose a committee of %d people (order does not matter). In how many ways "
         "can this be done?" % (n, k))
    ref = rng.choice([str(c), "\\binom{%d}{%d}" % (n, k)])
    steps = ["Order doesn't matter, so this is a combination, not a permutation.",
             "The count is n!/(k!(n−k)!) with n = %d and k = %d." % (n, k),
             "Numerator of the falling product: %s = %d; k! = %d." % (
                 "·".join(str(n - i) for i in range(k)), math.perm(n, k), math.factorial(k))]
    fin = "Dividing the falling product by k!."
    right = [(fin, "$\\binom{%d}{%d} = %d$" % (n, k, c)), (fin, "$\\frac{%d!}{%d!\\,%d!} = %d$" % (n, k, n - k, c)),
             (fin, "%d ways" % c), (fin, "%s different committees" % words(c))]
    wrong = [("Not dividing by k! since each committee is a list: %d." % math.perm(n, k), "%d ways" % math.perm(n, k)),
             ("Using n−1: \\binom{%d}{%d} = %d." % (n - 1, k, math.comb(n - 1, k)), "$%d$" % math.comb(n - 1, k)),
             ("Dividing: %d / %d = %d." % (math.perm(n, k), math.factorial(k), c + k), "%d ways" % (c + k))]
    return dict(gist="Counting committees (combinations).", q=q, ref=ref, steps=steps, right=right, wrong=wrong,
                check="Check via symmetry: \\binom{%d}{%d} = \\binom{%d}{%d}, same value ✓." % (n, k, n, n - k))


def telescoping(rng):
    n = rng.randint(6, 30)
    kind = rng.choice(["prod", "sum"])
    if kind == "prod":
        val = Fraction(1, n)
        q = "Evaluate $\\prod_{k=2}^{%d}\\left(1 - \\frac{1}{k}\\right)$." % n
        steps = ["Each factor is 1 − 1/k = (k−1)/k.",
                 "Writing the product out: (1/2)(2/3)(3/4)··· ((%d)/(%d)). Every numerator cancels the previous "
                 "denominator." % (n - 1, n)]
        wrong_val = Fraction(1, n - 1)
    else:
        val = Fraction(n, n + 1)
        q = "Evaluate $\\sum_{k=1}^{%d} \\frac{1}{k(k+1)}$." % n
        steps = ["Partial fractions: 1/(k(k+1)) = 1/k − 1/(k+1).",
                 "The sum telescopes: (1 − 1/2) + (1/2 − 1/3) + … + (1/%d − 1/%d)." % (n, n + 1)]
        wrong_val = Fraction(n - 1, n)
    ref = rng.choice([tex_frac(val), tex_frac(val, "dfrac"), "%d/%d" % (val.numerator, val.denominator)])
    if val.numerator == 1:
        ref = rng.choice([ref, "%d^{-1}" % val.denominator])
    fin = "After cancellation only the outer terms survive."
    right = [(fin, "$%s$" % tex_frac(val, "tfrac")), (fin, "$%s \\approx %s$" % (tex_frac(val), dec(val, 4))),
             (fin, "%s" % dec(val)) if val.denominator in (2, 4, 5, 8, 10, 16, 20, 25) else (fin, "$(%d)^{-1}$" % val.denominator if val.numerator == 1 else "$%d/%d$" % (val.numerator, val.denominator)),
             (fin, "$%d/%d$" % (val.numerator, val.denominator))]
    wrong = [("Survivors: %s." % tex_frac(wrong_val), "$%s$" % tex_frac(wrong_val)),
             ("Survivors give %s." % tex_frac(val + Fraction(1, n * 4)), "$%s$" % tex_frac(val + Fraction(1, n * 4)))]
    return dict(gist="A telescoping sum or product.", q=q, ref=ref, steps=steps, right=right, wrong=wrong,
                check="Check with a small case (n = 3) to confirm the pattern holds ✓.")


FAMILIES = [minutes, sentence_number, log_solve, ln_solve, arctan_angle, floor_sum, binom_count, telescoping]
