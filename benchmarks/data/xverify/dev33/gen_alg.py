"""English algebra families: quadratics, inequalities, linear systems, functions."""
from fractions import Fraction as Fr
from common import fam, tex, poly2, sgn, words


def fac(r):
    return "(x - %d)" % r if r > 0 else "(x + %d)" % (-r)


def quad_roots(rng):
    while True:
        r1, r2 = sorted(rng.sample([v for v in range(-9, 10) if v], 2))
        if r1 + r2 != 0:
            break
    k = rng.choice([1, 1, 2, 3])
    b, c = -(r1 + r2), r1 * r2
    eq = poly2(k, k * b, k * c)
    q = "Solve for $x$: $%s = 0$. Give all real solutions." % eq
    ans = "%d, %d" % (r1, r2)
    w = ([("Divide both sides by %d: $%s = 0$." % (k, poly2(1, b, c)))] if k > 1 else []) + [
        "We need two numbers whose product is $%d$ and whose sum is $%d$." % (c, b),
        "Those numbers are $%d$ and $%d$, since $%d \\cdot %d = %d$ and $%d + %d = %d$." % (-r1, -r2, -r1, -r2, c, -r1, -r2, b),
        "So the quadratic factors as $%s%s = 0$." % (fac(r1), fac(r2)),
        "Setting each factor to zero: $x = %d$ or $x = %d$." % (r1, r2)]
    chk = ["Check $x=%d$: $%d %s %s = 0$. Good." % (r, r * r, sgn(b * r), sgn(c)) for r in (r1, r2)]
    sw = w[:-2] + ["So the quadratic factors as $%s%s = 0$." % (fac(-r1), fac(-r2)),
                   "Setting each factor to zero: $x = %d$ or $x = %d$." % (-r2, -r1)]
    return fam(dataset="math_like", kat="math", question=q, answer=ans, work=w, check=chk,
               alts=[("\\{%d, %d\\}" % (r1, r2), "alt_set_notation"),
                     ("x = %d \\text{ or } x = %d" % (r2, r1), "alt_prose_reordered"),
                     ("x_1 = %d,\\ x_2 = %d" % (r1, r2), "alt_indexed_roots")],
               slip=dict(ans="%d, %d" % (-r2, -r1), tag="slip_sign_error_factoring", steps=sw,
                         note="plugging $x=%d$ back in gives $%d$, not $0$. The signs in the factors are flipped." % (-r1, r1 * r1 - b * r1 + c),
                         excuse="the factors should carry the same signs as the two numbers I found, so I'll use those."),
               near=dict(ans=str(r2), tag="near_one_root_only",
                         steps=w + ["Since only one value is wanted, I'll take the larger root, $x = %d$." % r2]),
               trunc=w[:-2], extra="%d, %d" % (r1, -r2))


def quad_ineq(rng):
    a, b = sorted(rng.sample(range(-8, 10), 2))
    strict = rng.random() < 0.5
    op = "<" if strict else "\\le"
    eq = poly2(1, -(a + b), a * b)
    q = "Find all real numbers $x$ such that $%s %s 0$." % (eq, op)
    L, R = ("(", ")") if strict else ("[", "]")
    ans = "%s%d, %d%s" % (L, a, b, R)
    mid = Fr(a + b, 2)
    w = ["The roots of $%s = 0$ are found by factoring: $%s%s = 0$, so $x = %d$ and $x = %d$." % (eq, fac(a), fac(b), a, b),
         "The parabola opens upward, so it is negative between the roots and positive outside them.",
         "Test $x = %s$: the value is $%s$, which is negative, confirming the middle region." % (tex(mid), tex((mid - a) * (mid - b))),
         "The endpoints are %s because the inequality is %s." % ("excluded" if strict else "included", "strict" if strict else "non-strict"),
         "So the solution set is $%s$." % ans]
    out = "(-\\infty, %d%s \\cup %s%d, \\infty)" % (a, ")" if strict else "]", "(" if strict else "[", b)
    sw = w[:1] + ["The parabola opens upward, so the expression is negative outside the roots.",
                  "So the solution set is $%s$." % out]
    nL, nR = ("[", "]") if strict else ("(", ")")
    nans = "%s%d, %d%s" % (nL, a, b, nR)
    ineq = ("%d < x < %d" if strict else "%d \\le x \\le %d") % (a, b)
    return fam(dataset="math_like", kat="math", question=q, answer=ans, work=w, check=[w[2]],
               alts=[(ineq, "alt_inequality_form"), ("\\{x \\mid %s\\}" % ineq, "alt_set_builder"),
                     ("x \\in %s" % ans, "alt_membership_form")],
               slip=dict(ans=out, tag="slip_wrong_region", steps=sw,
                         note="testing $x = %s$ between the roots gives a negative value, so the region between the roots is the solution." % tex(mid),
                         excuse="an upward parabola is below the axis outside the roots, so the answer should be the outer region."),
               near=dict(ans=nans, tag="near_endpoint_open_closed",
                         steps=w[:3] + ["So the solution set is $%s$." % nans]),
               trunc=w[:2], extra="(-\\infty, %d%s \\cup %s%d, \\infty)" % (a, "]" if strict else ")", "[" if strict else "(", b))


def lin_sys(rng):
    while True:
        x, y = rng.sample([v for v in range(-8, 9) if v], 2)
        a1, b1, a2, b2 = [rng.choice([v for v in range(-6, 7) if v]) for _ in range(4)]
        det = a1 * b2 - a2 * b1
        if det and x != -y and a1 * x + b1 * y and a2 * x + b2 * y:
            break
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    e1 = "%s %s = %d" % (poly_lin(a1, "x"), sgn_var(b1, "y"), c1)
    e2 = "%s %s = %d" % (poly_lin(a2, "x"), sgn_var(b2, "y"), c2)
    q = "Solve the system of equations\n$$%s$$\n$$%s$$\nGive the solution as an ordered pair $(x, y)$." % (e1, e2)
    ans = "(%d, %d)" % (x, y)
    w = ["Eliminate $y$: multiply the first equation by $%d$ and the second by $%d$, then subtract." % (b2, b1),
         "This gives $(%d \\cdot %d - %d \\cdot %d)x = %d \\cdot %d - %d \\cdot %d$, i.e. $%dx = %d$." % (a1, b2, a2, b1, c1, b2, c2, b1, det, c1 * b2 - c2 * b1),
         "So $x = %d$." % x,
         "Substitute into the first equation: $%d(%d) %s = %d$, so $%s = %d$ and $y = %d$." % (a1, x, sgn_var(b1, "y"), c1, poly_lin(b1, "y"), c1 - a1 * x, y),
         "The solution is $(x, y) = (%d, %d)$." % (x, y)]
    chk = ["Second equation: $%d(%d) + %d(%d) = %d$. Correct." % (a2, x, b2, y, c2)]
    xs = Fr(c1 * b2 + c2 * b1, det)
    ys = Fr(c1 - a1 * xs, b1)
    sw = [w[0], "This gives $%dx = %d \\cdot %d + %d \\cdot %d = %d$." % (det, c1, b2, c2, b1, c1 * b2 + c2 * b1),
          "So $x = %s$." % tex(xs), "Substituting into the first equation gives $y = %s$." % tex(ys),
          "The solution is $(x, y) = (%s, %s)$." % (tex(xs), tex(ys))]
    return fam(dataset="math_like", kat="math", question=q, answer=ans, work=w, check=chk,
               alts=[("x = %d, y = %d" % (x, y), "alt_xy_equations"), ("x = %d,\\ y = %d" % (x, y), "alt_xy_equations"),
                     ("\\begin{cases} x = %d \\\\ y = %d \\end{cases}" % (x, y), "alt_cases_environment")],
               slip=dict(ans="(%s, %s)" % (tex(xs), tex(ys)), tag="slip_sign_error_elimination", steps=sw,
                         note="checking in the second equation fails, so the subtraction sign was mishandled.",
                         excuse="when subtracting the scaled equations the constant terms should add, because of the minus sign."),
               near=dict(ans="(%d, %d)" % (y, x), tag="near_swapped_pair", steps=w[:4] + ["Writing the pair with $y$ first: $(%d, %d)$." % (y, x)]),
               trunc=w[:2], extra="(%d, %d)" % (-x, y))


def poly_lin(a, v):
    return (v if a == 1 else "-" + v if a == -1 else "%d%s" % (a, v))


def sgn_var(a, v):
    m = abs(a)
    return ("+ " if a > 0 else "- ") + ("" if m == 1 else str(m)) + v


def func_vertex(rng):
    while True:
        h, k = rng.randint(-6, 6), rng.randint(-12, 15)
        m = rng.choice([1, 2, 3])
        if h and h != k:
            break
    a = -m
    B, C = -2 * a * h, a * h * h + k
    q = "What is the maximum value of the function $f(x) = %s$?" % poly2(a, B, C)
    w = ["The leading coefficient is $%d < 0$, so the parabola opens downward and has a maximum at its vertex." % a,
         "The vertex is at $x = -\\frac{b}{2a} = -\\frac{%d}{2(%d)} = %d$." % (B, a, h),
         "Then $f(%d) = %d(%d)^2 %s(%d) %s = %d$." % (h, a, h, sgn(B), h, sgn(C), k),
         "So the maximum value of $f$ is $%d$." % k]
    ks = a * 4 * h * h + k
    sw = [w[0], "The vertex is at $x = \\frac{b}{2a} = %d$." % (-h),
          "Then $f(%d) = %d$." % (-h, ks), "So the maximum value of $f$ is $%d$." % ks]
    alts = [("f_{\\max} = %d" % k, "alt_named_value"), ("y_{\\max} = %d" % k, "alt_named_value")]
    if words(k):
        alts.append((words(k), "alt_number_word"))
    return fam(dataset="math_like", kat="math", question=q, answer=str(k), work=w,
               check=["Completing the square: $f(x) = %d(x %s)^2 %s$, which confirms the maximum $%d$." % (a, sgn(-h), sgn(k), k)],
               alts=alts,
               slip=dict(ans=str(ks), tag="slip_vertex_sign_error", steps=sw,
                         note="the vertex formula has a minus sign: $x = -b/(2a)$.",
                         excuse="the vertex is at $b/(2a)$ here, so I should evaluate there."),
               near=dict(ans=str(h), tag="near_argmax_instead_of_max", steps=w[:2] + ["So the maximum occurs at $x = %d$, and the answer is $%d$." % (h, h)]),
               trunc=w[:2], extra=str(k + h))


def func_interval(rng):
    while True:
        l, u = sorted(rng.sample(range(-5, 9), 2))
        h, k = rng.randint(-4, 7), rng.randint(-9, 9)
        if l < h < u and u - l >= 3:
            break
    f = lambda t: (t - h) ** 2 + k
    q = "Let $f(x) = %s$. Find the minimum value of $f(x)$ on the closed interval $[%d, %d]$." % (poly2(1, -2 * h, h * h + k), l, u)
    mx, emin = max(f(l), f(u)), min(f(l), f(u))
    w = ["Complete the square: $f(x) = (x %s)^2 %s$." % (sgn(-h), sgn(k)),
         "The vertex $x = %d$ lies inside $[%d, %d]$." % (h, l, u),
         "At the endpoints: $f(%d) = %d$ and $f(%d) = %d$." % (l, f(l), u, f(u)),
         "The parabola opens upward, so the minimum on the interval is at the vertex: $f(%d) = %d$." % (h, k),
         "The minimum value is $%d$." % k]
    return fam(dataset="math_like", kat="math", question=q, answer=str(k), work=w, check=[],
               alts=[("f_{\\min} = %d" % k, "alt_named_value"), ("%d \\text{ (attained at } x = %d)" % (k, h), "alt_value_with_location")],
               slip=dict(ans=str(emin), tag="slip_endpoints_only", steps=w[:1] + [w[2], "Comparing the endpoints, the minimum value is $%d$." % emin],
                         note="the vertex is inside the interval, so the endpoints are not the only candidates.",
                         excuse="on a closed interval the extreme values occur at the endpoints, so I should compare those."),
               near=dict(ans=str(mx), tag="near_max_min_swapped", steps=w[:3] + ["The largest of these is $%d$, so the answer is $%d$." % (mx, mx)]),
               trunc=w[:2], extra=str(k + 1))
