"""English geometry families: distance, circles, lines, triangle area."""
from fractions import Fraction as Fr
from math import isqrt, pi
from common import fam, tex, simp_sqrt, tex_sqrt, approx, lin, dec, sgn, poly2


def pt(x, y):
    return "(%d, %d)" % (x, y)


def dist(rng):
    while True:
        x1, y1, x2, y2 = [rng.randint(-9, 9) for _ in range(4)]
        dx, dy = x2 - x1, y2 - y1
        N = dx * dx + dy * dy
        Ns = (x2 + x1) ** 2 + dy * dy
        if dx and dy and x1 and isqrt(N) ** 2 != N and Ns != N and isqrt(Ns) ** 2 != Ns and simp_sqrt(N)[0] > 1:
            break
    a, b = simp_sqrt(N)
    sa, sb = simp_sqrt(Ns)
    q = "Find the exact distance between the points $%s$ and $%s$." % (pt(x1, y1), pt(x2, y2))
    w = ["Use the distance formula $d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$.",
         "$x_2 - x_1 = %d - (%d) = %d$ and $y_2 - y_1 = %d - (%d) = %d$." % (x2, x1, dx, y2, y1, dy),
         "$d = \\sqrt{%d + %d} = \\sqrt{%d}$." % (dx * dx, dy * dy, N),
         "Simplify: $\\sqrt{%d} = \\sqrt{%d \\cdot %d} = %s$." % (N, a * a, b, tex_sqrt(a, b))]
    sw = [w[0], "$x_2 - x_1 = %d + %d = %d$ and $y_2 - y_1 = %d$." % (x2, x1, x2 + x1, dy),
          "$d = \\sqrt{%d + %d} = \\sqrt{%d} = %s$." % ((x2 + x1) ** 2, dy * dy, Ns, tex_sqrt(sa, sb))]
    return fam(dataset="math_like", kat="math", question=q, answer=tex_sqrt(a, b), work=w,
               check=["Numerically $%s \\approx %s$, and $%d^2 + %d^2 = %d$ matches." % (tex_sqrt(a, b), approx(N ** 0.5, 3), abs(dx), abs(dy), N)],
               alts=[("\\sqrt{%d}" % N, "alt_unsimplified_radical"), ("%s \\text{ units}" % tex_sqrt(a, b), "alt_units_added"),
                     ("d = %s" % tex_sqrt(a, b), "alt_named_value")],
               slip=dict(ans=tex_sqrt(sa, sb), tag="slip_sign_error_coordinates", steps=sw,
                         note="subtracting a negative coordinate was mishandled; $x_2 - x_1 = %d$." % dx,
                         excuse="I should combine the $x$-coordinates as $x_2 + x_1$ here because of the sign."),
               near=dict(ans=approx(N ** 0.5, 2), tag="near_rounded_not_exact", steps=w[:3] + ["$d \\approx %s$." % approx(N ** 0.5, 2)]),
               trunc=w[:2], extra=tex_sqrt(1, abs(dx) + abs(dy)) if isqrt(abs(dx) + abs(dy)) ** 2 != abs(dx) + abs(dy) else str(abs(dx) + abs(dy) + 1))


def circle_area(rng):
    while True:
        h, k, R = rng.randint(-7, 7), rng.randint(-7, 7), rng.randint(5, 60)
        F = h * h + k * k - R
        Rs = h * h + k * k + F
        if h and k and F and Rs > 0 and Rs != R:
            break
    eq = "x^2 + y^2 %s %s %s = 0" % (sgn_t(-2 * h, "x"), sgn_t(-2 * k, "y"), sgn(F))
    q = "Find the exact area enclosed by the circle $%s$." % eq
    w = ["Complete the square in $x$ and in $y$.",
         "$x^2 %s = (x %s)^2 - %d$ and $y^2 %s = (y %s)^2 - %d$." % (sgn_t(-2 * h, "x"), sgn(-h), h * h, sgn_t(-2 * k, "y"), sgn(-k), k * k),
         "So $(x %s)^2 + (y %s)^2 = %d + %d %s = %d$." % (sgn(-h), sgn(-k), h * h, k * k, sgn(-F), R),
         "Thus $r^2 = %d$ and the area is $\\pi r^2 = %d\\pi$." % (R, R)]
    sw = w[:2] + ["So $(x %s)^2 + (y %s)^2 = %d + %d %s = %d$." % (sgn(-h), sgn(-k), h * h, k * k, sgn(F), Rs),
                  "Thus $r^2 = %d$ and the area is $%d\\pi$." % (Rs, Rs)]
    return fam(dataset="math_like", kat="math", question=q, answer="%d\\pi" % R, work=w,
               check=["The center is $%s$; the point check $r^2 = %d$ is positive, so the circle is real." % (pt(h, k), R)],
               alts=[("\\pi \\cdot %d" % R, "alt_reordered_product"), ("%d\\pi \\text{ square units}" % R, "alt_units_added"),
                     ("A = %d\\pi" % R, "alt_named_value")],
               slip=dict(ans="%d\\pi" % Rs, tag="slip_sign_error_constant", steps=sw,
                         note="the constant $%d$ must change sign when moved to the right-hand side." % F,
                         excuse="the constant should be added on the right without changing its sign."),
               near=dict(ans=approx(R * pi, 2), tag="near_rounded_not_exact", steps=w + ["Numerically, $%d\\pi \\approx %s$." % (R, approx(R * pi, 2))]),
               trunc=w[:2], extra="%d\\pi" % (R * 2))


def sgn_t(c, v):
    m = abs(c)
    return ("+ " if c > 0 else "- ") + ("" if m == 1 else str(m)) + v


def line_eq(rng):
    while True:
        m = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5])
        b = rng.randint(-9, 9)
        x1, x2 = rng.sample(range(-6, 7), 2)
        if b and x1:
            break
    y1, y2 = m * x1 + b, m * x2 + b
    q = "Find the equation of the line passing through the points $%s$ and $%s$." % (pt(x1, y1), pt(x2, y2))
    ans = lin(m, b)
    w = ["Slope: $m = \\frac{%d - (%d)}{%d - (%d)} = \\frac{%d}{%d} = %d$." % (y2, y1, x2, x1, y2 - y1, x2 - x1, m),
         "Point-slope form through $%s$: $y - (%d) = %d(x - (%d))$." % (pt(x1, y1), y1, m, x1),
         "Solve for $y$: $y = %dx %s %s$, so the intercept is $%d$." % (m, sgn(-m * x1), sgn(y1), b),
         "The line is $%s$." % ans]
    ms = Fr(1, m)
    bs = y1 - ms * x1
    sw = ["Slope: $m = \\frac{%d - (%d)}{%d - (%d)} = \\frac{%d}{%d} = %s$." % (x2, x1, y2, y1, x2 - x1, y2 - y1, tex(ms)),
          "Then $b = y_1 - m x_1 = %d - %s \\cdot %d = %s$." % (y1, tex(ms), x1, tex(bs)),
          "The line is $%s$." % lin(ms, bs)]
    std = "%dx - y %s = 0" % (m, sgn(b))
    return fam(dataset="math_like", kat="math", question=q, answer=ans, work=w,
               check=["Check $%s$: $%d(%d) %s = %d$. Correct." % (pt(x2, y2), m, x2, sgn(b), y2)],
               alts=[(std, "alt_standard_form"), ("y %s = %d(x %s)" % (sgn(-y1), m, sgn(-x1)), "alt_point_slope_form"),
                     ("y = %s %s" % (b, sgn_t(m, "x")), "alt_reordered_terms")],
               slip=dict(ans=lin(ms, bs), tag="slip_inverted_slope", steps=sw,
                         note="slope is rise over run, $\\Delta y / \\Delta x$, not the reverse.",
                         excuse="the slope should be the change in $x$ over the change in $y$."),
               near=dict(ans="y = %dx" % m, tag="near_dropped_intercept", steps=w[:1] + ["So the line is $y = %dx$." % m]),
               trunc=w[:1], extra=lin(-m, b))


def tri_area(rng):
    while True:
        P = [(rng.randint(-8, 8), rng.randint(-8, 8)) for _ in range(3)]
        (x1, y1), (x2, y2), (x3, y3) = P
        D = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
        if abs(D) % 2 == 1 and abs(D) > 8:
            break
    A = Fr(abs(D), 2)
    q = "Find the exact area of the triangle with vertices $%s$, $%s$ and $%s$." % tuple(pt(*p) for p in P)
    w = ["Use the shoelace formula: $A = \\frac{1}{2}|x_1(y_2 - y_3) + x_2(y_3 - y_1) + x_3(y_1 - y_2)|$.",
         "$= \\frac{1}{2}|%d(%d) + %d(%d) + %d(%d)|$" % (x1, y2 - y3, x2, y3 - y1, x3, y1 - y2),
         "$= \\frac{1}{2}|%d| = \\frac{%d}{2}$." % (D, abs(D)),
         "So the area is $%s$." % tex(A)]
    return fam(dataset="math_like", kat="math", question=q, answer=tex(A), work=w, check=[],
               alts=[(dec(A), "alt_decimal_for_fraction"), (mixed_s(A), "alt_mixed_number"), ("%s \\text{ square units}" % dec(A), "alt_units_added")],
               slip=dict(ans=str(abs(D)), tag="slip_missed_half", steps=w[:2] + ["$= |%d| = %d$." % (D, abs(D)), "So the area is $%d$." % abs(D)],
                         note="the shoelace formula has a factor of $\\frac{1}{2}$.",
                         excuse="the determinant itself already gives the area, so no halving is needed."),
               near=dict(ans=str(abs(D) // 2 + 1), tag="near_rounded_not_exact", steps=w[:3] + ["Rounding to a whole number, the area is about $%d$." % (abs(D) // 2 + 1)]),
               trunc=w[:2], extra=tex(A + 1))


def mixed_s(q):
    w, r = divmod(q.numerator, q.denominator)
    return "%d\\tfrac{%d}{%d}" % (w, r, q.denominator)
