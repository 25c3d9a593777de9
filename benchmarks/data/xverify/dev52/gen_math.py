"""English math families. Each returns a dict describing one problem."""
from fractions import Fraction as F
import math

NAMES = ["Priya", "Tomas", "Aiko", "Darnell", "Ingrid", "Mateo", "Olu", "Svetlana", "Keanu", "Bea", "Yusuf", "Lena"]


def fr(x):
    x = F(x)
    return str(x.numerator) if x.denominator == 1 else "%d/%d" % (x.numerator, x.denominator)


def money(rng):
    n = rng.choice(NAMES); p = rng.randint(3, 19); q = rng.randint(4, 12); d = rng.choice([10, 15, 20, 25])
    tot = F(p * q * (100 - d), 100); bad = F(p * q - d)
    ref = ("%.2f" % float(tot)).rstrip("0").rstrip(".")
    return dict(q="%s buys %d notebooks at $%d each. The store takes %d%% off the total. How many dollars does %s pay?" % (n, q, p, d, n),
                ref=ref, ok=["Cost before discount: %d x %d = %d dollars." % (q, p, p * q),
                             "Discount is %d%% of %d = %s." % (d, p * q, "%.2f" % (p * q * d / 100)),
                             "Pay: %d - %.2f = %.2f." % (p * q, p * q * d / 100, float(tot))],
                a_ok="$%.2f" % float(tot), bad=["Cost: %d x %d = %d." % (q, p, p * q), "Subtracting the %d off: %d - %d = %d." % (d, p * q, d, p * q - d)],
                a_bad="$%d" % bad, alt="%s dollars" % ref, tag="money_dollar_sign_vs_bare")


def clock(rng):
    h = rng.randint(7, 11); m = rng.choice([5, 10, 20, 35, 40, 50]); dur = rng.randint(100, 400)
    t = h * 60 + m + dur; H, M = divmod(t, 60)
    ref = "%d:%02d" % (H, M)
    h12 = H - 12 if H > 12 else H; suf = "PM" if H >= 12 else "AM"
    bt = h * 60 + m + dur - 60; bH, bM = divmod(bt, 60)
    return dict(q="A train leaves at %d:%02d AM and the trip takes %d minutes. At what time (24-hour clock) does it arrive?" % (h, m, dur),
                ref=ref, ok=["%d minutes = %d h %d min." % (dur, dur // 60, dur % 60), "%d:%02d + %d h %d min = %d:%02d." % (h, m, dur // 60, dur % 60, H, M)],
                a_ok="%d:%02d %s" % (h12, M, suf), bad=["%d minutes is about %d h %d min." % (dur, dur // 60 - 1, dur % 60), "Adding: %d:%02d." % (bH, bM)],
                a_bad="%d:%02d" % (bH, bM), alt="%d:%02d" % (H, M), tag="time_12h_vs_24h")


def fracsum(rng):
    a, b, c, d = rng.randint(1, 5), rng.randint(2, 9), rng.randint(1, 5), rng.randint(2, 9)
    while b == d:
        d = rng.randint(2, 9)
    s = F(a, b) + F(c, d); bad = F(a + c, b + d)
    ok_disp = fr(s) if s.denominator != 1 else str(s)
    if s > 1 and s.denominator != 1:
        w = s.numerator // s.denominator; r = s - w
        ok_disp = "%d and %s" % (w, fr(r))
    return dict(q="Compute %d/%d + %d/%d and give the result as a fraction in lowest terms." % (a, b, c, d), ref=fr(s),
                ok=["Common denominator %d." % (b * d), "%d/%d = %d/%d, %d/%d = %d/%d." % (a, b, a * d, b * d, c, d, c * b, b * d),
                    "Sum = %d/%d = %s." % (a * d + c * b, b * d, fr(s))],
                a_ok=ok_disp, bad=["Add numerators and denominators: (%d+%d)/(%d+%d) = %s." % (a, c, b, d, fr(bad))],
                a_bad=fr(bad), alt=fr(s), tag="fraction_mixed_number")


def hyp(rng):
    k = rng.randint(2, 6); m = rng.choice([2, 3, 5, 6, 7])
    n = k * k * m; a = rng.randint(1, int(math.isqrt(n)) - 1)
    while a * a >= n or math.isqrt(n - a * a) ** 2 == n - a * a:
        a = rng.randint(1, int(math.isqrt(n)) - 1)
    b2 = n - a * a
    return dict(q="A right triangle has legs of length %d and sqrt(%d). Find the hypotenuse in simplest radical form." % (a, b2),
                ref="%d\\sqrt{%d}" % (k, m), ok=["c^2 = %d^2 + (sqrt(%d))^2 = %d + %d = %d." % (a, b2, a * a, b2, n), "sqrt(%d) = sqrt(%d*%d) = %d*sqrt(%d)." % (n, k * k, m, k, m)],
                a_ok="%d*sqrt(%d)" % (k, m), bad=["c^2 = %d + %d = %d." % (a * a, b2, n), "sqrt(%d) = %d*sqrt(%d)." % (n, m, k)],
                a_bad="%d*sqrt(%d)" % (m, k) if m != k else "%d*sqrt(%d)" % (k + 1, m), alt="sqrt(%d)" % n, tag="plain_text_radical")


def quad(rng):
    r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
    while r1 == r2 or r1 == -r2:
        r2 = rng.randint(-9, 9)
    r1, r2 = sorted((r1, r2)); b = -(r1 + r2); c = r1 * r2
    def poly():
        return "x^2 %s %dx %s %d = 0" % ("+" if b >= 0 else "-", abs(b), "+" if c >= 0 else "-", abs(c))
    return dict(q="Solve %s." % poly(), ref="x=%d or x=%d" % (r1, r2) if rng.random() < .5 else "\\{%d, %d\\}" % (r1, r2),
                ok=["Look for two numbers with product %d and sum %d." % (c, -b), "Those are %d and %d, so (x %s %d)(x %s %d) = 0." % (r1, r2, "-" if r1 >= 0 else "+", abs(r1), "-" if r2 >= 0 else "+", abs(r2))],
                a_ok="x = %d, x = %d" % (r2, r1), bad=["Product %d and sum %d: I take %d and %d." % (c, -b, -r1, -r2)],
                a_bad="x = %d, x = %d" % (-r1, -r2), alt="{%d, %d}" % (r1, r2), tag="roots_order_swapped")


def ineq(rng):
    a = rng.choice([2, 3, 4, 5, -2, -3]); b = rng.randint(-10, 10); c = rng.randint(-10, 20)
    bound = F(c - b, a); flip = a < 0
    ref = "(-\\infty, %s)" % fr(bound) if flip else "(%s, \\infty)" % fr(bound)
    ok = "x < %s" % fr(bound) if flip else "x > %s" % fr(bound)
    bad = "x > %s" % fr(bound) if flip else "x < %s" % fr(bound)
    return dict(q="Solve %dx %+d > %d. Write the solution set in interval notation." % (a, b, c), ref=ref,
                ok=["%dx > %d - %d = %d." % (a, c, b, c - b), "Divide by %d%s: x %s %s." % (a, " (negative, so the inequality flips)" if flip else "", "<" if flip else ">", fr(bound))],
                a_ok=ok, bad=["%dx > %d." % (a, c - b), "Divide by %d: x %s %s." % (a, ">" if flip else "<", fr(bound))],
                a_bad=bad, alt=ref.replace("\\infty", "inf"), tag="interval_as_inequality")


def matmul(rng):
    A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    D = [[A[i][j] * B[i][j] for j in range(2)] for i in range(2)]
    if C == D:
        D[0][0] += 1
    m = lambda M: "[[%d, %d], [%d, %d]]" % (M[0][0], M[0][1], M[1][0], M[1][1])
    ref = "\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (C[0][0], C[0][1], C[1][0], C[1][1])
    return dict(q="Let A = %s and B = %s. Compute AB." % (m(A), m(B)), ref=ref,
                ok=["Entry (%d,%d): %d*%d + %d*%d = %d." % (i + 1, j + 1, A[i][0], B[0][j], A[i][1], B[1][j], C[i][j]) for i in range(2) for j in range(2)],
                a_ok=m(C), bad=["Multiply entrywise: %s." % m(D)], a_bad=m(D), alt="rows (%d, %d) and (%d, %d)" % (C[0][0], C[0][1], C[1][0], C[1][1]), tag="matrix_plain_brackets")


def pct(rng):
    old = rng.randint(4, 20) * 10; p = rng.choice([10, 15, 20, 25, 30, 40, 60]); new = old * (100 + p) // 100
    if old * (100 + p) % 100:
        old = 100; new = 100 + p
    bp = round((new - old) * 100 / new, 2)
    return dict(q="A price rises from %d to %d. By what percent did it increase?" % (old, new), ref="%d\\%%" % p,
                ok=["Increase: %d - %d = %d." % (new, old, new - old), "Relative to the original: %d/%d = %s." % (new - old, old, fr(F(new - old, old)))],
                a_ok="%d percent" % p, bad=["Increase %d, divided by the new price %d gives %s%%." % (new - old, new, bp)],
                a_bad="%s%%" % bp, alt="%s of the original" % fr(F(p, 100)), tag="percent_words_vs_symbol")


def system(rng):
    x, y = rng.randint(-6, 8), rng.randint(-6, 8)
    a, b, c, d = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), -rng.randint(1, 5)
    while a * d - b * c == 0:
        d -= 1
    e, f = a * x + b * y, c * x + d * y
    return dict(q="Solve the system %dx + %dy = %d and %dx - %dy = %d. Give (x, y)." % (a, b, e, c, -d, f), ref="(%d, %d)" % (x, y),
                ok=["Eliminate: multiply the first by %d and the second by %d." % (-d, b), "x = %d, then y = (%d - %d*%d)/%d = %d." % (x, e, a, x, b, y)],
                a_ok="x = %d and y = %d" % (x, y), bad=["Eliminating, I get x = %d and y = %d." % (y, x)], a_bad="(%d, %d)" % (y, x),
                alt="(%d, %d)" % (x, y), tag="ordered_pair_as_equations") if x != y else None


def speed(rng):
    d = rng.randint(6, 40) * 15; t = rng.choice([3, 5, 6]) * 0.5
    v = d / t; vd = ("%.1f" % v).rstrip("0").rstrip(".")
    bv = ("%.1f" % (d * t)).rstrip("0").rstrip(".")
    unit_in_ref = rng.random() < .5
    return dict(q="A train covers %d km in %s hours at constant speed. What is its speed in km/h?" % (d, ("%g" % t)),
                ref=vd + (" km/h" if unit_in_ref else ""), ok=["speed = distance / time = %d / %g = %s." % (d, t, vd)],
                a_ok=vd if unit_in_ref else vd + " km/h", bad=["speed = %d x %g = %s." % (d, t, bv)], a_bad=bv + ("" if unit_in_ref else " km/h"),
                alt="%s kilometres per hour" % vd, tag="unit_in_ref_not_output" if unit_in_ref else "unit_in_output_not_ref")


def divisors(rng):
    p = rng.sample([2, 3, 5, 7], 2); e = [rng.randint(1, 5), rng.randint(1, 4)]
    n = p[0] ** e[0] * p[1] ** e[1]; cnt = (e[0] + 1) * (e[1] + 1)
    return dict(q="How many positive divisors does %d have?" % n, ref=str(cnt),
                ok=["%d = %d^%d * %d^%d." % (n, p[0], e[0], p[1], e[1]), "Number of divisors = (%d+1)(%d+1) = %d." % (e[0], e[1], cnt)],
                a_ok=str(cnt), bad=["%d = %d^%d * %d^%d, so %d*%d = %d divisors." % (n, p[0], e[0], p[1], e[1], e[0], e[1], e[0] * e[1])],
                a_bad=str(e[0] * e[1]), alt="%d divisors" % cnt, tag="aime_integer")


def prob(rng):
    r, b, k = rng.randint(3, 8), rng.randint(2, 7), 2
    pr = F(math.comb(r, 2), math.comb(r + b, 2)); bad = F(r, r + b) ** 2
    return dict(q="A bag has %d red and %d blue marbles. Two are drawn without replacement. What is the probability both are red?" % (r, b),
                ref="\\frac{%d}{%d}" % (pr.numerator, pr.denominator),
                ok=["C(%d,2) = %d ways to pick two reds, C(%d,2) = %d total." % (r, math.comb(r, 2), r + b, math.comb(r + b, 2)), "Probability = %d/%d = %s." % (math.comb(r, 2), math.comb(r + b, 2), fr(pr))],
                a_ok=fr(pr), bad=["Each draw is red with probability %d/%d, so (%d/%d)^2 = %s." % (r, r + b, r, r + b, fr(bad))],
                a_bad=fr(bad), alt="about %.4f" % float(pr), tag="latex_frac_vs_slash")


def factored(p, q):
    g = math.gcd(p, abs(q))
    return "%sx(%dx %s %d)" % ("" if g == 1 else str(g), p // g, "+" if q >= 0 else "-", abs(q) // g)


def deriv(rng):
    a, b, c = rng.randint(2, 7), rng.randint(-9, 9), rng.randint(1, 9)
    ref = "%dx^2 %s %dx" % (3 * a, "+" if 2 * b >= 0 else "-", abs(2 * b))
    return dict(q="Differentiate f(x) = %dx^3 %s %dx^2 + %d." % (a, "+" if b >= 0 else "-", abs(b), c), ref=ref,
                ok=["d/dx of %dx^3 is %dx^2." % (a, 3 * a), "d/dx of %dx^2 is %dx; the constant vanishes." % (b, 2 * b)],
                a_ok=factored(3 * a, 2 * b),
                bad=["Power rule: %dx^2 %s %dx + %d." % (3 * a, "+" if b >= 0 else "-", abs(2 * b), c)],
                a_bad="%dx^2 %s %dx + %d" % (3 * a, "+" if b >= 0 else "-", abs(2 * b), c), alt=ref, tag="factored_expression") if b else None


def multipart(rng):
    a, d, n = rng.randint(-5, 9), rng.randint(2, 6), rng.randint(8, 20)
    an = a + (n - 1) * d; sn = n * (a + an) // 2 if n * (a + an) % 2 == 0 else None
    if sn is None:
        return None
    ref = "(a) %d; (b) %d" % (an, sn)
    return dict(q="An arithmetic sequence has first term %d and common difference %d. (a) Find the %dth term. (b) Find the sum of the first %d terms." % (a, d, n, n),
                ref=ref, ok=["a_%d = %d + %d*%d = %d." % (n, a, n - 1, d, an), "S_%d = %d(%d + %d)/2 = %d." % (n, n, a, an, sn)],
                a_ok=[("(a)", str(an)), ("(b)", str(sn))], bad=["a_%d = %d + %d*%d = %d." % (n, a, n, d, an + d), "S_%d = %d(%d + %d)/2 = %d." % (n, n, a, an, sn)],
                a_bad=[("(a)", str(an + d)), ("(b)", str(sn))], alt=None, tag="multi_part_all_parts")


def trig(rng):
    ang, val, bad = rng.choice([(30, "sqrt(3)/2", "1/2"), (60, "1/2", "sqrt(3)/2"), (45, "sqrt(2)/2", "1"), (120, "-1/2", "1/2"), (150, "-sqrt(3)/2", "sqrt(3)/2")])
    refs = {"sqrt(3)/2": "\\frac{\\sqrt{3}}{2}", "1/2": "\\frac{1}{2}", "sqrt(2)/2": "\\frac{\\sqrt{2}}{2}", "-1/2": "-\\frac{1}{2}", "-sqrt(3)/2": "-\\frac{\\sqrt{3}}{2}"}
    alts = {"sqrt(2)/2": "1/sqrt(2)", "sqrt(3)/2": "about 0.866", "1/2": "0.5", "-1/2": "-0.5", "-sqrt(3)/2": "-(sqrt 3)/2"}
    return dict(q="Find the exact value of cos(%d degrees)." % ang, ref=refs[val],
                ok=["%d degrees = %s radians." % (ang, fr(F(ang, 180)) + "*pi"), "From the unit circle, cos = %s." % val],
                a_ok=val, bad=["I mix up sine and cosine here: value %s." % bad], a_bad=bad, alt=alts[val], tag="plain_text_trig")


FAMILIES = [money, clock, fracsum, hyp, quad, ineq, matmul, pct, system, speed, divisors, prob, deriv, multipart, trig]
