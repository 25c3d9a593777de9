"""English math families, part A: algebra, probability, counting, number theory.

Every family takes (rng, mode) with mode in {ok, alt, slip, near} and returns a
res dict (see styles.py).  'slip' carries a genuine arithmetic/reasoning error
through consistently; 'near' produces a near-miss form; 'alt' states the right
answer in a form different from the reference.
"""
from fractions import Fraction
from math import gcd, comb, factorial
from styles import ftex, par, il, dm, lin


def R(dataset, q, ref, gist, steps, check, final, say, wrong, wrong_path, label="Correct", ex=None):
    return dict(dataset=dataset, type="math", lang="en", q=q, ref=ref, gist=gist, steps=steps, think_extra=ex,
                check=check, final=final, say=say, wrong=wrong, wrong_path=wrong_path, label=label)


def dec(x):
    """Exact decimal string for a fraction with terminating expansion, else None."""
    x = Fraction(x)
    d = x.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return None
    s = "%.6f" % float(x)
    return s.rstrip("0").rstrip(".")


def quad(rng, mode):
    a = rng.choice([1, 1, 2, 3, 4])
    while True:
        r1, s = rng.randint(-9, 9), rng.randint(-11, 11)
        r2 = Fraction(s, a)
        if r1 == 0 or s == 0 or r2 in (r1, -r1) or gcd(abs(s), a) != 1 or max(r1, r2) <= 0 or min(r1, r2) >= 0:
            continue
        break
    A, B, C = a, -(a * r1 + s), r1 * s
    k = abs(a * r1 - s)
    D = B * B - 4 * A * C
    lo, hi = sorted([Fraction(r1), r2])
    eq = lin([A, B, C], ["x^2", "x", ""]) + " = 0"
    q = rng.choice(["Find all real solutions of the equation $%s$.", "Solve for $x$: $%s$.",
                    "Determine every real number $x$ satisfying $%s$. Enter all solutions, separated by commas."]) % eq
    ref = rng.choice(["%s, %s", "x = %s \\text{ or } x = %s", "\\{%s, %s\\}"]) % (ftex(lo), ftex(hi))
    sgn = 1 if mode != "slip" else -1
    x1, x2 = Fraction(sgn * -B + k, 2 * A), Fraction(sgn * -B - k, 2 * A)
    formula = "x = \\frac{-b \\pm \\sqrt{\\Delta}}{2a}" if mode != "slip" else "x = \\frac{b \\pm \\sqrt{\\Delta}}{2a}"
    nb = -B if mode != "slip" else B
    steps = [
        ("Identify the coefficients", "Comparing with %s gives %s." % (il(rng, "ax^2 + bx + c = 0"), il(rng, "a = %d,\\ b = %d,\\ c = %d" % (A, B, C)))),
        ("Compute the discriminant", dm(rng, "\\Delta = b^2 - 4ac = %s^2 - 4(%d)%s = %d - %s = %d" % (par(B), A, "(%d)" % C, B * B, par(4 * A * C), D))
         + "\nSince %s is a perfect square, both roots are rational." % il(rng, "%d = %d^2" % (D, k))),
        ("Apply the quadratic formula", dm(rng, formula + " = \\frac{%d \\pm %d}{%d}" % (nb, k, 2 * A))),
        ("Evaluate both roots", dm(rng, "\\begin{aligned}\nx_1 &= \\frac{%d + %d}{%d} = %s,\\\\\nx_2 &= \\frac{%d - %d}{%d} = %s.\n\\end{aligned}" % (nb, k, 2 * A, ftex(x1), nb, k, 2 * A, ftex(x2)))),
    ]
    check = "Vieta: the sum of the roots should be %s and the product %s. Indeed %s and %s." % (
        il(rng, "-b/a = %s" % ftex(Fraction(-B, A))), il(rng, "c/a = %s" % ftex(Fraction(C, A))),
        il(rng, "%s + %s = %s" % (ftex(x1), par(x2), ftex(x1 + x2))), il(rng, "%s \\cdot %s = %s" % (ftex(x1), par(x2), ftex(x1 * x2))))
    if mode == "slip":
        check = "Both values are rational, which is consistent with the perfect-square discriminant %s." % il(rng, "\\Delta = %d" % D)
    l2, h2 = sorted([x1, x2])
    final = "x = %s \\text{ or } x = %s" % (ftex(l2), ftex(h2))
    say = "solutions are %s and %s" % (il(rng, "x = " + ftex(l2)), il(rng, "x = " + ftex(h2)))
    label = "Incorrect" if mode == "slip" else "Correct"
    pos = max(lo, hi)
    if mode == "alt":
        if dec(lo) and dec(hi) and (lo.denominator > 1 or hi.denominator > 1):
            final = "x \\in \\{%s,\\ %s\\}" % (dec(hi), dec(lo))
        else:
            final = rng.choice(["x_1 = %s,\\ x_2 = %s" % (ftex(hi), ftex(lo)), "\\{%s,\\ %s\\}" % (ftex(hi), ftex(lo))])
    elif mode == "near":
        steps.append(("Select the solution", "We want the positive solution, so we discard %s and keep %s." % (il(rng, "x = " + ftex(min(lo, hi))), il(rng, "x = " + ftex(pos)))))
        final, say, label = "x = " + ftex(pos), "solution is " + il(rng, "x = " + ftex(pos)), "Incorrect"
        check = None
    if mode == "slip":
        ex = "Could I factor this? Nothing obvious jumps out, so the quadratic formula is the safest route. The discriminant will also tell me whether the roots are rational."
    else:
        u, v = -a * r1, -s
        fails = [(d, A * C // d) for d in range(1, abs(A * C) + 1) if A * C % d == 0 and d + A * C // d != B and -d - A * C // d != B][:2]
        ex = ("Maybe it factors. I need two numbers whose product is %s and whose sum is %s. " % (il(rng, "ac = %d" % (A * C)), il(rng, "b = %d" % B))
              + " ".join("Trying %s: the sum is %d, no." % (il(rng, "%d \\cdot %s" % (d, par(e))), d + e) for d, e in fails)
              + " What about %s? Product %d, sum %d. Yes! So it should factor as %s. I'll still run the quadratic formula to be sure." % (
                  il(rng, "%d, %d" % (u, v)), u * v, u + v, il(rng, "(%s)(%s) = 0" % (lin([1, -r1], ["x", ""]), lin([a, -s], ["x", ""])))))
    return R("math_like", q, ref, "solve the quadratic " + il(rng, eq), steps, check, final, say,
             "x = " + ftex(pos), "keep only the positive root", label, ex=ex)


def system(rng, mode):
    while True:
        x0, y0 = rng.randint(-7, 7), rng.randint(-7, 7)
        a1, b1, a2, b2 = [rng.choice([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]) for _ in range(4)]
        det = a1 * b2 - a2 * b1
        if det != 0 and x0 != y0 and x0 != 0 and y0 != 0 and abs(b1) > 1:
            break
    c1, c2 = a1 * x0 + b1 * y0, a2 * x0 + b2 * y0
    e1, e2 = lin([a1, b1], ["x", "y"]) + " = %d" % c1, lin([a2, b2], ["x", "y"]) + " = %d" % c2
    q = rng.choice(["Solve the system of equations\n\\[\n\\begin{cases} %s \\\\ %s \\end{cases}\n\\]\nGive your answer as an ordered pair $(x, y)$.",
                    "Find the ordered pair $(x,y)$ that satisfies both $%s$ and $%s$."]) % (e1, e2)
    ref = rng.choice(["(%d, %d)", "(%d,%d)", "x=%d, y=%d"]) % (x0, y0)
    rhs = c1 * b2 - c2 * b1
    steps = [
        ("Eliminate y", "Multiply the first equation by %s and the second by %s, then subtract:" % (il(rng, str(b2)), il(rng, str(b1)))
         + dm(rng, "\\begin{aligned}\n(%d)(%d)x - (%d)(%d)x &= (%d)(%d) - (%d)(%d)\\\\\n%dx &= %d\n\\end{aligned}" % (a1, b2, a2, b1, c1, b2, c2, b1, det, rhs))),
        ("Solve for x", dm(rng, "x = \\frac{%d}{%d} = %d" % (rhs, det, x0))),
    ]
    if mode == "slip":
        y = Fraction(c1 + a1 * x0, b1)
        steps.append(("Back-substitute", "From the first equation, %s, so" % il(rng, "%dy = %d + %dx" % (b1, c1, a1))
                      + dm(rng, "%dy = %d + %s = %d \\implies y = %s" % (b1, c1, par(a1 * x0), c1 + a1 * x0, ftex(y)))))
        check, label = "Plugging %s back into the first equation reproduces the coefficients, so the pair is consistent." % il(rng, "x = %d" % x0), "Incorrect"
    else:
        y = Fraction(y0)
        steps.append(("Back-substitute", "From the first equation, %s, so" % il(rng, "%dy = %d - (%d)x" % (b1, c1, a1))
                      + dm(rng, "%dy = %d - %s = %d \\implies y = %d" % (b1, c1, par(a1 * x0), c1 - a1 * x0, y0))))
        check, label = "First equation: %s. Second: %s. Both hold." % (
            il(rng, "%d(%s) + %d(%s) = %d" % (a1, x0, b1, y0, c1)), il(rng, "%d(%s) + %d(%s) = %d" % (a2, x0, b2, y0, c2))), "Correct"
    final = "(%d, %s)" % (x0, ftex(y))
    say = "solution is " + il(rng, "(x, y) = " + final)
    if mode == "alt":
        final = rng.choice(["x = %d,\\ y = %d" % (x0, y0), "\\begin{cases} x = %d \\\\ y = %d \\end{cases}" % (x0, y0), "(x,y)=(%d,%d)" % (x0, y0)])
        say = "solution is %s and %s" % (il(rng, "x = %d" % x0), il(rng, "y = %d" % y0))
    elif mode == "near":
        steps.append(("State the pair", "We found %s first and then %s, so the ordered pair is %s." % (il(rng, "y = %d" % y0), il(rng, "x = %d" % x0), il(rng, "(%d, %d)" % (y0, x0)))))
        final, say, label, check = "(%d, %d)" % (y0, x0), "ordered pair is " + il(rng, "(%d, %d)" % (y0, x0)), "Incorrect", None
    ex = ("Two equations, two unknowns. The determinant %s is nonzero, so there is exactly one solution. "
          "Substitution would introduce fractions right away, so elimination looks cleaner." % il(rng, "%d \\cdot %d - (%d)(%d) = %d" % (a1, b2, a2, b1, det)))
    return R("math_like", q, ref, "solve the linear system", steps, check, final, say,
             "(%d, %d)" % (y0, x0), "list the coordinates in the order they were found", label, ex=ex)


def ineq(rng, mode):
    p = rng.randint(-8, 6)
    qq = p + rng.randint(1, 9)
    op = rng.choice([">=", "<=", ">", "<"])
    flip = rng.random() < 0.35
    T = {">=": "\\ge", "<=": "\\le", ">": ">", "<": "<"}
    Fl = {">=": "<=", "<=": ">=", ">": "<", "<": ">"}
    co = [1, -(p + qq), p * qq]
    shown_op = Fl[op] if flip else op
    shown = lin([-c for c in co] if flip else co, ["x^2", "x", ""]) + " " + T[shown_op] + " 0"
    q = rng.choice(["Solve the inequality $%s$. Express your answer in interval notation.", "Solve the inequality $%s$.",
                    "Find all real $x$ such that $%s$. Write the solution set using interval notation.", "For which real numbers $x$ does $%s$ hold?"]) % shown
    outside = op in (">=", ">")
    closed = op in (">=", "<=")

    def iv(out, cl, pp, qv):
        if out:
            return "(-\\infty, %d%s \\cup %s%d, \\infty)" % (pp, "]" if cl else ")", "[" if cl else "(", qv)
        return "%s%d, %d%s" % ("[" if cl else "(", pp, qv, "]" if cl else ")")
    ref = iv(outside, closed, p, qq)
    steps = []
    if flip:
        steps.append(("Normalize the leading coefficient", "Multiply both sides by $-1$ and reverse the inequality sign:" + dm(rng, lin(co, ["x^2", "x", ""]) + " " + T[op] + " 0")))
    fx = lambda r: "x" if r == 0 else "(x %s %d)" % ("-" if r > 0 else "+", abs(r))
    steps.append(("Factor", dm(rng, lin(co, ["x^2", "x", ""]) + " = %s%s" % (fx(p), fx(qq)))
                  + "so the critical points are %s and %s." % (il(rng, "x = %d" % p), il(rng, "x = %d" % qq))))
    o2, c2, label = outside, closed, "Correct"
    if mode == "slip":
        o2, label = not outside, "Incorrect"
        steps.append(("Analyze the signs", "The parabola opens upward, so the product is %s between the roots and %s outside them." % (
            "positive" if outside else "negative", "negative" if outside else "positive")))
    else:
        steps.append(("Analyze the signs", "The parabola opens upward, so the product is negative strictly between the roots and positive outside them. Test %s: %s." % (
            il(rng, "x = %d" % (qq + 1)), il(rng, "(%d)(%d) = %d > 0" % (qq + 1 - p, 1, qq + 1 - p)))))
    if mode == "near":
        c2, label = not closed, "Incorrect"
    endp = ("The endpoints %s included because the inequality is %s." % ("are" if c2 else "are not", "non-strict" if c2 else "strict"))
    steps.append(("Assemble the solution set", endp + dm(rng, "x \\in " + iv(o2, c2, p, qq))))
    final = iv(o2, c2, p, qq)
    say = "solution set is " + il(rng, final)
    if mode == "alt":
        le, ge = ("\\le", "\\ge") if closed else ("<", ">")
        final = ("x %s %d \\text{ or } x %s %d" % (le, p, ge, qq)) if outside else ("%d %s x %s %d" % (p, le, le, qq))
        say = "inequality holds exactly when " + il(rng, final)
    check = "Take %s: %s, which %s the inequality, as expected." % (
        il(rng, "x = %d" % (qq + 1)), il(rng, "(%d)(%d) = %d" % (qq + 1 - p, 1, qq + 1 - p)), "satisfies" if outside else "violates")
    if mode == "slip":
        check = None
    ex = ("The leading coefficient is negative as written, so I'll multiply by -1 first and remember to flip the sign. " if flip else "")
    if mode == "slip":
        ex += "It's a standard quadratic inequality: factor, locate the critical points, then decide which region works."
    else:
        tm = Fraction(p + qq, 2)
        ex += "Let me build a sign chart with test points: %s gives %s (positive); %s gives %s (negative); %s gives %s (positive)." % (
            il(rng, "x = %d" % (p - 1)), il(rng, "(%d)(%d) = %d" % (-1, p - 1 - qq, qq + 1 - p)), il(rng, "x = " + ftex(tm)),
            il(rng, "(%s)(%s) = %s" % (ftex(tm - p), ftex(tm - qq), ftex((tm - p) * (tm - qq)))), il(rng, "x = %d" % (qq + 1)), il(rng, "(%d)(1) = %d" % (qq + 1 - p, qq + 1 - p)))
    return R("math_like", q, ref, "solve a quadratic inequality", steps, check, final, say,
             iv(outside, not closed, p, qq), "treat the endpoints the other way", label, ex=ex)


def prob(rng, mode):
    if rng.random() < 0.5:
        r, b = rng.randint(3, 8), rng.randint(2, 7)
        n = r + b
        ask_both = rng.random() < 0.5
        good = r * (r - 1) if ask_both else 2 * r * b
        tot = n * (n - 1)
        ans = Fraction(good, tot)
        what = "both marbles are red" if ask_both else "the two marbles have different colors"
        q = ("A bag contains %d red marbles and %d blue marbles. Two marbles are drawn at random without replacement. "
             "What is the probability that %s?%s") % (r, b, what, rng.choice([" Express your answer as a common fraction.", ""]))
        if mode == "slip":
            g2 = r * r if ask_both else 2 * r * b
            val = Fraction(g2, n * n)
            steps = [("Count the outcomes", "Each draw has %d possibilities, so there are %s ordered outcomes." % (n, il(rng, "%d \\times %d = %d" % (n, n, n * n)))),
                     ("Count favorable outcomes", ("Red then red: %s." % il(rng, "%d \\times %d = %d" % (r, r, r * r))) if ask_both else
                      ("Red-blue or blue-red: %s." % il(rng, "2 \\times %d \\times %d = %d" % (r, b, 2 * r * b)))),
                     ("Divide", dm(rng, "P = \\frac{%d}{%d} = %s" % (g2, n * n, ftex(val))))]
        else:
            val = ans
            steps = [("Count ordered outcomes", "The first draw has %d options and the second %d, so %s ordered pairs." % (n, n - 1, il(rng, "%d \\cdot %d = %d" % (n, n - 1, tot)))),
                     ("Count favorable outcomes", ("Red then red: %s." % il(rng, "%d \\cdot %d = %d" % (r, r - 1, good))) if ask_both else
                      ("Red then blue or blue then red: %s." % il(rng, "%d\\cdot %d + %d \\cdot %d = %d" % (r, b, b, r, good)))),
                     ("Divide and simplify", dm(rng, "P = \\frac{%d}{%d} = %s" % (good, tot, ftex(ans))))]
        check = "Using combinations instead: %s, the same value." % il(rng, "\\frac{%s}{\\binom{%d}{2}} = \\frac{%d}{%d}" % (
            ("\\binom{%d}{2}" % r) if ask_both else ("%d \\cdot %d" % (r, b)), n, good // 2, tot // 2))
        wrongv, wp = Fraction(r * r if ask_both else 2 * r * b, n * n), "treat the two draws as independent, i.e. with replacement"
        if mode == "slip":
            check = None
        if mode == "near" and dec(ans) is not None:
            return prob(rng, "slip")
    else:
        s = rng.choice([4, 5, 6, 8, 9, 10])
        ge = rng.random() < 0.4
        good = sum(1 for i in range(1, 7) for j in range(1, 7) if (i + j >= s if ge else i + j == s))
        ans = Fraction(good, 36)
        what = "at least %d" % s if ge else "exactly %d" % s
        q = "Two fair six-sided dice are rolled. What is the probability that the sum of the numbers shown is %s?%s" % (what, rng.choice([" Express your answer as a common fraction.", ""]))
        pairs = [(i, j) for i in range(1, 7) for j in range(1, 7) if (i + j >= s if ge else i + j == s)]
        g2 = good - (1 if mode == "slip" else 0)
        val = Fraction(g2, 36) if mode == "slip" else ans
        shown = pairs[:-1] if mode == "slip" else pairs
        lst = ", ".join("(%d,%d)" % pr for pr in shown[:14]) + (", \\dots" if len(shown) > 14 else "")
        steps = [("Count the sample space", "Each die has 6 faces, so there are %s equally likely ordered outcomes." % il(rng, "6^2 = 36")),
                 ("List the favorable outcomes", "The pairs with sum %s are %s, giving %d outcomes." % (what, il(rng, lst), g2)),
                 ("Compute the probability", dm(rng, "P = \\frac{%d}{36} = %s" % (g2, ftex(val))))]
        check = "Complement check: %d outcomes fail, and %s." % (36 - g2, il(rng, "%d + %d = 36" % (g2, 36 - g2)))
        wrongv, wp = Fraction(good, 36) + Fraction(1, 36), "also count the doubled pair twice"
    if "marbles" in q:
        ex = ("Two successive draws; I'll just count ordered outcomes for both draws." if mode == "slip" else
              "Without replacement, so the second draw depends on the first. I can count ordered pairs or unordered pairs - both work if numerator and denominator are counted the same way. Unordered total: %s." % il(rng, "\\binom{%d}{2} = %d" % (n, tot // 2)))
    else:
        ex = "There are 36 equally likely ordered outcomes. I have to count (1,3) and (3,1) as different outcomes - the dice are distinguishable even if they look alike."
    label = "Correct" if val == ans else "Incorrect"
    final = ftex(val)
    say = "probability is " + il(rng, final)
    if mode == "alt":
        d = dec(ans)
        final = d if (d and "common fraction" not in q) else ("%d/%d" % (ans.numerator, ans.denominator) if ans.denominator > 1 else str(ans))
        say = "probability is " + il(rng, final)
    elif mode == "near":
        if dec(ans) is None:
            final = "%.2f" % float(ans)
            steps.append(("Convert to a decimal", "Numerically, %s." % il(rng, "%s \\approx %s" % (ftex(ans), final))))
            say, label, check = "probability is approximately " + il(rng, final), "Incorrect", None
        else:
            final = ftex(wrongv)
            steps.append(("Adjust for symmetry", "Since either outcome can occur first, I think one more case needs to be counted, making the probability %s." % il(rng, final)))
            say, label, check = "probability is " + il(rng, final), "Incorrect", None
    return R("math_like", q, ftex(ans) if rng.random() < 0.7 else "\\dfrac{%d}{%d}" % (ans.numerator, ans.denominator),
             "find a probability", steps, check, final, say, ftex(wrongv), wp, label, ex=ex)


def inclexcl(rng, mode):
    while True:
        a, b = rng.sample([3, 4, 5, 6, 7, 8, 9, 11, 12], 2)
        if a % b and b % a:
            break
    l = a * b // gcd(a, b)
    N = a * rng.randint(40, 120)
    M = N - 1
    ans = M // a + M // b - M // l
    q = "How many positive integers less than $%d$ are divisible by $%d$ or $%d$ (or both)?" % (N, a, b)
    top = N if mode == "near" else M
    na, nb, nl = top // a, top // b, top // l
    steps = [("Set up the range", "The integers in question are %s." % il(rng, "1, 2, \\dots, %d" % top)),
             ("Count multiples of each", "Multiples of %d: %s. Multiples of %d: %s." % (
                 a, il(rng, "\\lfloor %d/%d \\rfloor = %d" % (top, a, na)), b, il(rng, "\\lfloor %d/%d \\rfloor = %d" % (top, b, nb)))),
             ("Handle the overlap", "A number divisible by both is divisible by %s, and there are %s of those." % (
                 il(rng, "\\operatorname{lcm}(%d,%d) = %d" % (a, b, l)), il(rng, "\\lfloor %d/%d \\rfloor = %d" % (top, l, nl))))]
    if mode == "slip":
        val = na + nb
        steps.append(("Add", "Adding the two counts: %s." % il(rng, "%d + %d = %d" % (na, nb, val))))
    else:
        val = na + nb - nl
        steps.append(("Apply inclusion-exclusion", dm(rng, "%d + %d - %d = %d" % (na, nb, nl, val))))
    label = "Correct" if val == ans else "Incorrect"
    check = "Sanity check on size: roughly %s of the numbers qualify, and %s, so the count is plausible." % (
        il(rng, "\\tfrac{1}{%d} + \\tfrac{1}{%d} - \\tfrac{1}{%d}" % (a, b, l)), il(rng, "%d \\cdot %.3f \\approx %.1f" % (top, 1 / a + 1 / b - 1 / l, top * (1 / a + 1 / b - 1 / l))))
    final, say = str(val), "there are %d such integers" % val
    if mode == "alt":
        final = "%d \\text{ integers}" % val
        say = rng.choice(["count is %d" % val, "number of such integers is %d (that is, %s)" % (val, "exactly " + str(val))])
    ex = {"slip": "Count multiples of %d, count multiples of %d, add them up." % (a, b),
          "near": "So I'm counting integers up to %d that are multiples of %d or %d, via inclusion-exclusion with the lcm." % (N, a, b)}.get(
        mode, "'Less than %d' means I go from 1 to %d. Inclusion-exclusion: %s, where the overlap is the multiples of the lcm." % (N, M, il(rng, "|A \\cup B| = |A| + |B| - |A \\cap B|")))
    return R(rng.choice(["math_like", "aime_like"]), q, str(ans), "count integers below %d divisible by %d or %d" % (N, a, b),
             steps, check, final, say, str(ans + max(1, M // l)), "forget to subtract the common multiples", label, ex=ex)


def powmod(rng, mode):
    if rng.random() < 0.4:
        m, a = 10, rng.choice([2, 3, 7, 8, 9, 4])
        q0 = "What is the units digit of $%d^{%d}$?"
    else:
        m = rng.choice([7, 11, 13])
        a = rng.choice([x for x in range(2, 12) if x % m not in (0, 1)])
        q0 = "What is the remainder when $%d^{%d}$ is divided by $" + str(m) + "$?"
    n = rng.randint(1000, 2100)
    seq = [a % m]
    while True:
        nx = seq[-1] * a % m
        if nx == seq[0]:
            break
        seq.append(nx)
    d = len(seq)
    ans = pow(a, n, m)
    idx = (n - 1) % d if mode != "slip" else n % d
    val = seq[idx]
    if mode == "slip" and val == ans:
        idx = (idx + 1) % d
        val = seq[idx]
    steps = [("List the first few powers modulo %d" % m, dm(rng, " ,\\quad ".join("%d^{%d} \\equiv %d" % (a, i + 1, v) for i, v in enumerate(seq + [seq[0]])) + " \\pmod{%d}" % m)),
             ("Find the cycle length", "The residues repeat with period %s." % il(rng, "%d" % d))]
    if mode == "slip":
        steps.append(("Reduce the exponent", "Since %s, the answer is the entry in position %s of the cycle, counting the first power as position 1." % (il(rng, "%d \\equiv %d \\pmod{%d}" % (n, n % d, d)), il(rng, str(idx + 1)))))
        label = "Incorrect" if val != ans else "Correct"
    else:
        steps.append(("Reduce the exponent", "We have %s, so %s behaves like the %s entry of the cycle." % (
            il(rng, "%d - 1 = %d = %d \\cdot %d + %d" % (n, n - 1, d, (n - 1) // d, (n - 1) % d)), il(rng, "%d^{%d}" % (a, n)), "position-%d" % (idx + 1))))
        label = "Correct"
    steps.append(("Read off the residue", dm(rng, "%d^{%d} \\equiv %d \\pmod{%d}" % (a, n, val, m))))
    check = "Cross-check with a multiple of the period: %s, hence %s." % (
        il(rng, "%d^{%d} \\equiv %d" % (a, d, pow(a, d, m))), il(rng, "%d^{%d} = (%d^{%d})^{%d}\\cdot %d^{%d} \\equiv %d" % (a, n, a, d, n // d, a, n % d, pow(a, n, m))))
    if mode == "slip":
        check = None
    final, say = str(val), ("units digit is %d" if m == 10 else "remainder is %d") % val
    if mode == "alt":
        words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        final = rng.choice(["%03d" % val, "\\text{%s}" % words[val], "%d \\pmod{%d}" % (val, m)])
        say = ("units digit is %s" if m == 10 else "remainder is %s") % words[val]
    ex = "Obviously I can't compute %s directly. The trick is that powers repeat modulo %d. " % (il(rng, "%d^{%d}" % (a, n)), m) + (
        "Only the last digit matters, and last digits of powers cycle with period dividing 4." if m == 10 else
        "By Fermat's little theorem %s, so the period divides %d, but it might be smaller, so let me just list the powers." % (il(rng, "%d^{%d} \\equiv 1 \\pmod{%d}" % (a, m - 1, m)), m - 1))
    return R("aime_like", q0 % (a, n), str(ans), "find %d^%d modulo %d" % (a, n, m), steps, check, final, say,
             str(seq[n % d] if seq[n % d] != ans else seq[(n + 1) % d]), "count the cycle position from the exponent itself", label, ex=ex)


def counting(rng, mode):
    if rng.random() < 0.5:
        w = rng.choice(["BALLOON", "SUCCESS", "BANANA", "LETTER", "COFFEE", "PEPPER", "MISSISSIPPI", "TATTOO", "COOKBOOK", "REFERRED"])
        cnt = {}
        for ch in w:
            cnt[ch] = cnt.get(ch, 0) + 1
        reps = [(c, k) for c, k in sorted(cnt.items()) if k > 1]
        ans = factorial(len(w))
        for _, k in reps:
            ans //= factorial(k)
        used = reps[:-1] if (mode == "slip" and len(reps) > 1) else reps
        if mode == "slip" and len(reps) == 1:
            used = []
        den = 1
        for _, k in used:
            den *= factorial(k)
        val = factorial(len(w)) // den
        q = "How many distinct arrangements of the letters of the word %s are there?" % w
        steps = [("Count the letters", "%s has %d letters; the repeated ones are %s." % (w, len(w), ", ".join("%s (%d times)" % r for r in reps))),
                 ("Use the multinomial formula", dm(rng, "\\frac{%d!}{%s} = \\frac{%d}{%d} = %d" % (len(w), " \\cdot ".join("%d!" % k for _, k in used) or "1", factorial(len(w)), den, val)))]
        check = "Each arrangement is counted once after dividing out the swaps of identical letters."
        gist, wp, wrongv = "count arrangements of %s" % w, "divide only by the factorial of the most frequent letter", factorial(len(w)) // factorial(max(cnt.values()))
    else:
        n1, n2, k = rng.randint(4, 9), rng.randint(3, 7), rng.randint(3, 5)
        n = n1 + n2
        ans = comb(n, k) - comb(n1, k)
        q = "A club has %d seniors and %d juniors. In how many ways can a %d-person committee be chosen if it must include at least one junior?" % (n1, n2, k)
        if mode == "slip":
            val = n2 * comb(n - 1, k - 1)
            steps = [("Guarantee a junior", "Pick the required junior first: %s ways." % il(rng, str(n2))),
                     ("Fill the remaining seats", "Choose the other %d members from the remaining %d people: %s." % (k - 1, n - 1, il(rng, "\\binom{%d}{%d} = %d" % (n - 1, k - 1, comb(n - 1, k - 1))))),
                     ("Multiply", dm(rng, "%d \\times %d = %d" % (n2, comb(n - 1, k - 1), val)))]
            check = None
        else:
            val = ans
            steps = [("Count all committees", dm(rng, "\\binom{%d}{%d} = %d" % (n, k, comb(n, k)))),
                     ("Count committees with no juniors", "All-senior committees: %s." % il(rng, "\\binom{%d}{%d} = %d" % (n1, k, comb(n1, k)))),
                     ("Subtract", dm(rng, "%d - %d = %d" % (comb(n, k), comb(n1, k), ans)))]
            check = "Summing by number of juniors: %s." % il(rng, " + ".join("\\binom{%d}{%d}\\binom{%d}{%d}" % (n2, j, n1, k - j) for j in range(1, k + 1)) + " = %d" % ans)
        gist, wp, wrongv = "count committees with at least one junior", "pick one junior first and then fill the rest freely", n2 * comb(n - 1, k - 1)
    if "letters" in q:
        ex = "If all %d letters were distinct there would be %s arrangements. Repeated letters make many of those identical, so I need to divide by the internal rearrangements of each repeated letter." % (len(w), il(rng, "%d! = %d" % (len(w), factorial(len(w)))))
    else:
        ex = ("To guarantee a junior, pick one junior first, then fill the other seats from everyone else." if mode == "slip" else
              "'At least one' is a signal for complementary counting: all committees minus those with zero juniors. Counting directly by cases would also work and makes a nice check.")
    label = "Correct" if val == ans else "Incorrect"
    final, say = str(val), "there are %d ways" % val
    if mode == "alt":
        final = rng.choice(["%s \\text{ ways}" % format(val, ","), "%d" % val])
        say = "total is %s" % format(val, ",")
    return R("math_like", q, str(ans), gist, steps, check, final, say, str(wrongv), wp, label, ex=ex)
