"""Math families, part 3: complex roots, domains in words, special solution sets, tolerances, |x|."""
from fractions import Fraction
import math
from common import words, frac_words, tex_frac, dec


def complex_roots(rng):
    p, r = rng.choice([-3, -2, -1, 1, 2, 3]), rng.choice([1, 2, 3, 4])
    b, c = -2 * p, p * p + r * r
    q = "Find all roots of $x^2 %s %dx + %d = 0$." % ("+" if b >= 0 else "-", abs(b), c)
    ri = "" if r == 1 else str(r)
    ref = rng.choice(["%d \\pm %si" % (p, ri), "x = %d \\pm %si" % (p, ri)])
    disc = b * b - 4 * c
    steps = ["Quadratic formula: x = (−b ± √(b² − 4c))/2 with b = %d, c = %d." % (b, c),
             "Discriminant: %d − %d = %d < 0, so the roots are a complex-conjugate pair." % (b * b, 4 * c, disc),
             "√(%d) = %di." % (disc, 2 * r)]
    fin = "Halving: x = (%d ± %di)/2." % (-b, 2 * r)
    right = [(fin, "$x = %d + %si$ and $x = %d - %si$" % (p, ri, p, ri)),
             (fin, "$x_{1,2} = \\frac{%d \\pm %di}{2}$" % (-b, 2 * r)),
             (fin, "the two roots are %s + %si and %s − %si" % (p, ri, p, ri))]
    wrong = [("Halving: x = (%d ± %di)/2." % (b, 2 * r), "$x = %d \\pm %si$" % (-p, ri)),
             ("Halving only the real part: x = %d ± %di." % (p, 2 * r), "$x = %d \\pm %di$" % (p, 2 * r)),
             ("So x = %d ± %s." % (p, ri or "1"), "$x = %d \\pm %s$ (real)" % (p, ri or "1"))]
    return dict(gist="A quadratic with negative discriminant.", q=q, ref=ref, steps=steps, right=right,
                wrong=wrong, check="Check: sum of roots %d = −b, product %d = c ✓." % (2 * p, c))


def domain_words(rng):
    a = rng.choice([-5, -3, -2, 2, 3, 4, 7])
    k = rng.randint(1, 9)
    q = "What is the domain of $f(x) = \\dfrac{%d}{x %s %d}$?" % (k, "-" if a > 0 else "+", abs(a))
    ref = rng.choice(["(-\\infty, %d) \\cup (%d, \\infty)" % (a, a), "\\{x \\in \\mathbb{R} : x \\neq %d\\}" % a,
                      "x \\neq %d" % a])
    steps = ["A rational function is defined wherever its denominator is nonzero.",
             "Set the denominator to zero to find the excluded point(s)."]
    fin = "x %s %d = 0 gives a single excluded value." % ("-" if a > 0 else "+", abs(a))
    right = [(fin, "all real numbers except %d" % a), (fin, "every real x other than %s" % words(a)),
             (fin, "$\\mathbb{R} \\setminus \\{%d\\}$" % a), (fin, "$x \\in (-\\infty,%d)\\cup(%d,+\\infty)$" % (a, a))]
    wrong = [("Solving gives x = %d." % -a, "all real numbers except %d" % -a),
             ("Excluding the point and everything to its left.", "$(%d, \\infty)$" % a),
             ("The zero of the numerator matters too, so exclude 0 as well.", "all real numbers except 0 and %d" % a)]
    return dict(gist="Domain of a rational function.", q=q, ref=ref, steps=steps, right=right, wrong=wrong,
                check="Check: at x = %d the denominator is 0; anywhere else it is nonzero ✓." % a)


def special_system(rng):
    a, b = rng.choice([(1, 2), (2, 3), (3, -1), (1, -4), (2, 5)])
    c = rng.randint(1, 9)
    m = rng.choice([2, 3])
    kind = rng.choice(["none", "inf"])
    c2 = m * c + (rng.randint(1, 4) if kind == "none" else 0)
    q = "Solve the system: $%dx %s %dy = %d$ and $%dx %s %dy = %d$." % (
        a, "+" if b > 0 else "-", abs(b), c, m * a, "+" if b > 0 else "-", abs(m * b), c2)
    steps = ["Multiply the first equation by %d: %dx %s %dy = %d." % (m, m * a, "+" if b > 0 else "-", abs(m * b), m * c),
             "Compare with the second equation, whose left side is identical."]
    if kind == "none":
        ref = rng.choice(["no solution", "\\varnothing", "No solutions"])
        fin = "Subtracting gives 0 = %d, a contradiction." % (c2 - m * c)
        right = [(fin, "the system is inconsistent — the lines are parallel and distinct, so there are no solutions"),
                 (fin, "$\\emptyset$ (no solution)"), (fin, "there is no pair (x, y) satisfying both equations")]
        wrong = [("Subtracting gives 0 = 0.", "infinitely many solutions"),
                 ("Setting y = 0 gives x = %s." % tex_frac(Fraction(c, a)), "$x = %s, y = 0$" % tex_frac(Fraction(c, a)))]
    else:
        ref = rng.choice(["infinitely many solutions", "infinitely many"])
        fin = "Subtracting gives 0 = 0, so the equations describe the same line."
        right = [(fin, "there are infinitely many solutions: every point on %dx %s %dy = %d" % (a, "+" if b > 0 else "-", abs(b), c)),
                 (fin, "the system is dependent, with infinitely many (x, y) pairs"),
                 (fin, "$\\{(x, y) : %dx %s %dy = %d\\}$, an infinite set" % (a, "+" if b > 0 else "-", abs(b), c))]
        wrong = [("Subtracting gives 0 = 1.", "no solution"),
                 ("Setting y = 0 gives the solution.", "$x = %s, y = 0$ (unique)" % tex_frac(Fraction(c, a)))]
    return dict(gist="A 2×2 linear system whose equations are proportional on the left.", q=q, ref=ref,
                steps=steps, right=right, wrong=wrong, check="")


def tolerance(rng):
    x1, y1 = rng.randint(-4, 4), rng.randint(-4, 4)
    while True:
        dx, dy = rng.randint(1, 6), rng.randint(1, 6)
        d2 = dx * dx + dy * dy
        if math.isqrt(d2) ** 2 != d2:
            break
    x2, y2 = x1 + dx, y1 + dy
    d = math.sqrt(d2)
    q = "Find the distance between $(%d, %d)$ and $(%d, %d)$, rounded to three decimal places." % (x1, y1, x2, y2)
    ref = rng.choice(["%.3f" % d, "\\sqrt{%d} \\approx %.3f" % (d2, d)])
    steps = ["Distance formula: √((x₂−x₁)² + (y₂−y₁)²).", "Δx = %d, Δy = %d; squares %d and %d." % (dx, dy, dx * dx, dy * dy)]
    fin = "Sum of squares %d, so the exact distance is √%d." % (d2, d2)
    right = [(fin, "$\\sqrt{%d} \\approx %.3f$" % (d2, d)), (fin, "≈ %.3f units" % d),
             (fin, "about %.4f, i.e. %.3f to three places" % (d, d))]
    wd = math.sqrt(d2 + 1)
    wrong = [("Sum of squares %d, so √%d." % (d2 + 1, d2 + 1), "$\\sqrt{%d} \\approx %.3f$" % (d2 + 1, wd)),
             ("√%d ≈ %.3f." % (d2, d + 0.03), "≈ %.3f" % (d + 0.03)),
             ("Adding the legs instead: %d." % (dx + dy), "%d.000" % (dx + dy))]
    return dict(gist="Distance between two lattice points, rounded.", q=q, ref=ref, steps=steps, right=right,
                wrong=wrong, check="Check: %.3f² ≈ %.3f, close to %d ✓." % (d, d * d, d2))


def abs_equation(rng):
    c, k = rng.randint(-5, 5), rng.randint(2, 8)
    q = "Find the sum of all real solutions of $|x %s %d| = %d$." % ("-" if c >= 0 else "+", abs(c), k)
    s = 2 * c
    steps = ["|x − (%d)| = %d means x − (%d) = %d or x − (%d) = −%d." % (c, k, c, k, c, k),
             "Both cases give valid solutions because %d > 0." % k]
    fin = "The solutions are x = %d and x = %d." % (c + k, c - k)
    right = [(fin, "their sum is %d" % s), (fin, "(%d) + (%d) = %d" % (c + k, c - k, s)),
             (fin, "the sum is %s" % words(s))]
    only = c + k if c + k != s else c - k
    wrong = [("Only one case counts: x = %d." % only, "the sum is %d" % only),
             ("Sum: %d + %d = %d." % (c + k, c - k, s + 2 * k if k else s + 1), "%d" % (s + 2 * k))]
    return dict(gist="An absolute-value equation.", q=q, ref=str(s), steps=steps, right=right, wrong=wrong,
                check="Check: both solutions are at distance %d from %d ✓." % (k, c))


def unusual_ref(rng):
    n = rng.choice([2, 4, 5, 8])
    kind = rng.choice(["half", "prob"])
    if kind == "half":
        val = Fraction(1, n)
        q = "A fair %d-sided die is rolled once. What is the probability that it shows a 1?" % n
        ref = rng.choice(["\\frac1%d" % n, "%d^{-1}" % n, "\\tfrac{1}{%d}" % n])
        steps = ["Each of the %d faces is equally likely." % n, "Exactly one face is favourable."]
    else:
        val = Fraction(n - 1, n)
        q = "A fair %d-sided die is rolled once. What is the probability that it does not show a 1?" % n
        ref = rng.choice(["\\dfrac{%d}{%d}" % (n - 1, n), "1-\\frac1%d" % n, "\\tfrac{%d}{%d}" % (n - 1, n)])
        steps = ["Complement rule: P(not 1) = 1 − P(1).", "P(1) = 1/%d by symmetry." % n]
    fin = "Favourable over total gives the probability."
    right = [(fin, dec(val)), (fin, "%s%%" % dec(val * 100)), (fin, "%s in %s" % (words(val.numerator), words(n))),
             (fin, "$%d/%d$" % (val.numerator, val.denominator))]
    w = Fraction(1, n + 1) if kind == "half" else (Fraction(n - 2, n) if n > 2 else Fraction(1, 3))
    wrong = [("Favourable over total: %s." % tex_frac(w), dec(w, 4) if w.denominator not in (2, 4, 5, 8, 10) else dec(w)),
             ("Favourable over unfavourable gives odds %d:%d." % (val.numerator, n - val.numerator),
              "%s" % tex_frac(Fraction(val.numerator, n - val.numerator)))]
    return dict(gist="A simple die probability.", q=q, ref=ref, steps=steps, right=right, wrong=wrong,
                check="Check: P(1) + P(not 1) = 1 ✓.")


FAMILIES3 = [complex_roots, domain_words, special_system, tolerance, abs_equation, unusual_ref]
