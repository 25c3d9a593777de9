"""English math families, part 1: algebra / analytic geometry answer shapes."""
from common import Fraction, gcd, fl, poly, sgn_term, shift, sqrt_simplify, rad, pmat


def _nz(rng, lo, hi):
    while True:
        v = rng.randint(lo, hi)
        if v != 0:
            return v


def roots(rng):
    while True:
        r1, r2 = _nz(rng, -9, 9), _nz(rng, -9, 9)
        if r1 != r2 and r1 != -r2:
            break
    lo, hi = min(r1, r2), max(r1, r2)
    b, c = -(r1 + r2), r1 * r2
    q = f"Find all real solutions of $x^2 {sgn_term(b)}x {sgn_term(c)} = 0$. Enter all the solutions, separated by commas."
    q = q.replace("+ 1x", "+ x").replace("- 1x", "- x").replace(" + 0x", "")
    steps = [f"this is a monic quadratic, so I look for two numbers whose product is ${c}$ and whose sum is ${-b}$.",
             f"the discriminant is $({b})^2 - 4({c}) = {b*b - 4*c}$, which is a perfect square, so the roots are rational.",
             f"the pair that works is ${r1}$ and ${r2}$, so the quadratic factors as ${shift('x', r1)}{shift('x', r2)} = 0$.",
             f"setting each factor to zero gives $x = {lo}$ and $x = {hi}$."]
    check = f"Substituting $x={hi}$: ${hi*hi} {sgn_term(b*hi)} {sgn_term(c)} = 0$. Substituting $x={lo}$: ${lo*lo} {sgn_term(b*lo)} {sgn_term(c)} = 0$. Both work."
    return dict(q=q, ref=f"{lo}, {hi}", ds="math_like", steps=steps, check=check,
                eq=[(f"x = {hi} \\text{{ or }} x = {lo}", "roots_as_or_equations"),
                    (f"\\{{{lo}, {hi}\\}}", "roots_as_set"), (f"x={hi},\\ x={lo}", "roots_reordered")],
                wr=[(f"{hi}", "missing_root"), (f"{-hi}, {-lo}", "roots_sign_flipped"),
                    (f"x = {lo}", "missing_root")])


def quad_ineq(rng):
    a = rng.randint(-8, 3)
    b = a + rng.randint(2, 9)
    s, p = a + b, a * b
    rel = rng.choice([">", "\\le"])
    q = f"Solve the inequality $x^2 {sgn_term(-s)}x {sgn_term(p)} {rel} 0$. Express your answer in interval notation."
    q = q.replace("+ 1x", "+ x").replace("- 1x", "- x").replace(" + 0x", "").replace(" + 0 ", " ")
    steps = [f"the quadratic factors: $x^2 {sgn_term(-s)}x {sgn_term(p)} = {shift('x', a)}{shift('x', b)}$.".replace(" + 0x", "").replace("+ 1x", "+ x").replace("- 1x", "- x"),
             f"the roots are $x={a}$ and $x={b}$, which split the line into three regions.",
             "the parabola opens upward, so it is negative strictly between the roots and positive outside them.",
             ]
    if rel == ">":
        steps.append(f"we need the product positive, so $x<{a}$ or $x>{b}$; the endpoints are excluded because the inequality is strict.")
        ref = f"(-\\infty,{a})\\cup({b},\\infty)"
        eq = [(f"x < {a} \\text{{ or }} x > {b}", "interval_as_inequality"),
              (f"(-\\infty, {a}) \\cup ({b}, +\\infty)", "plus_infinity_spacing")]
        wr = [(f"(-\\infty,{a}]\\cup[{b},\\infty)", "endpoint_closed_vs_open"),
              (f"({a},{b})", "complement_interval"), (f"(-\\infty,{a})", "missing_union_piece")]
    else:
        steps.append(f"we need the product at most zero, so ${a} \\le x \\le {b}$, endpoints included because equality is allowed.")
        ref = f"[{a},{b}]"
        eq = [(f"{a} \\le x \\le {b}", "interval_as_inequality"), (f"x \\in [{a}, {b}]", "interval_with_membership")]
        wr = [(f"({a},{b})", "endpoint_open_vs_closed"), (f"[{a},{b})", "one_endpoint_open"),
              (f"(-\\infty,{a}]\\cup[{b},\\infty)", "complement_interval")]
    check = f"Test $x={a-1}$: $({a-1-a})({a-1-b}) = {(a-1-a)*(a-1-b)}$; test $x={a+1}$: $({1})({a+1-b}) = {a+1-b}$. The signs match the analysis."
    return dict(q=q, ref=ref, eq=eq, wr=wr, steps=steps, check=check, ds="math_like")


def lin_ineq(rng):
    lo = rng.randint(-9, 2)
    hi = lo + rng.randint(3, 12)
    m = rng.randint(2, 5)
    c = _nz(rng, -7, 7)
    pl, ph = m * lo + c, m * hi + c
    q = f"Find all $x$ such that ${pl} \\le {m}x {sgn_term(c)} < {ph}$. Express your answer in interval notation.".replace(" + 0", "")
    steps = [f"I subtract ${c}$ from all three parts: ${pl - c} \\le {m}x < {ph - c}$.",
             f"dividing by the positive number ${m}$ keeps the directions: ${lo} \\le x < {hi}$.",
             "the left inequality is non-strict so the left endpoint is included; the right one is strict so the right endpoint is excluded."]
    check = f"At $x={lo}$: ${m}({lo}) {sgn_term(c)} = {pl}$, allowed. At $x={hi}$: ${m}({hi}) {sgn_term(c)} = {ph}$, not allowed since the inequality is strict."
    return dict(q=q, ref=f"[{lo},{hi})", ds="math_like", steps=steps, check=check,
                eq=[(f"{lo} \\le x < {hi}", "interval_as_inequality"), (f"x \\in \\left[{lo}, {hi}\\right)", "left_right_delimiters")],
                wr=[(f"[{lo},{hi}]", "endpoint_closed_vs_open"), (f"({lo},{hi})", "endpoint_open_vs_closed"),
                    (f"[{lo - c},{hi})", "forgot_constant")])


def line(rng):
    while True:
        m, c = _nz(rng, -5, 5), _nz(rng, -9, 9)
        if m != c and m != -c:
            break
    x1, x2 = rng.randint(-4, 0), rng.randint(1, 5)
    y1, y2 = m * x1 + c, m * x2 + c
    q = f"Find an equation of the line passing through the points $({x1}, {y1})$ and $({x2}, {y2})$."
    yx = lambda mm, cc: f"y = {poly([mm, cc])}"
    std = f"{poly([m, 0])} - y {sgn_term(c)} = 0"
    steps = [f"the slope is $\\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{x2 - x1}}} = {m}$.",
             f"using point-slope form with $({x1}, {y1})$: $y - ({y1}) = {m}(x - ({x1}))$.",
             f"expanding, $y = {m}x {sgn_term(m * -x1)} {sgn_term(y1)}$, which simplifies to ${yx(m, c)}$."]
    check = f"At $x={x2}$ the line gives ${m}\\cdot{x2} {sgn_term(c)} = {y2}$, matching the second point."
    return dict(q=q, ref=yx(m, c), ds="math_like", steps=steps, check=check,
                eq=[(std, "line_standard_form"), (f"y - ({y1}) = {m}(x - ({x1}))", "line_point_slope_form"),
                    (f"{poly([-m, 0])} + y {sgn_term(-c)} = 0", "line_standard_form_negated")],
                wr=[(yx(m, -c), "intercept_sign"), (yx(-m, c), "slope_sign"), (yx(m, c + m), "intercept_off_by_slope")])


TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 15, 17), (0, 5, 5), (9, 12, 15)]


def circle(rng):
    h, k = _nz(rng, -6, 6), _nz(rng, -6, 6)
    a, b, r = rng.choice(TRIPLES)
    if rng.random() < 0.5:
        a, b = b, a
    px, py = h + a, k - b
    q = f"Find the equation of the circle with center $({h}, {k})$ that passes through the point $({px}, {py})$."
    ref = f"{shift('x', h)}^2 + {shift('y', k)}^2 = {r*r}"
    D, E, F = -2 * h, -2 * k, h * h + k * k - r * r
    expanded = f"x^2 + y^2 {sgn_term(D)}x {sgn_term(E)}y {sgn_term(F)} = 0".replace(" + 0 ", " ").replace(" - 0 ", " ")
    steps = [f"the radius is the distance from the center to the given point: $\\sqrt{{({px} - ({h}))^2 + ({py} - ({k}))^2}} = \\sqrt{{{a*a} + {b*b}}} = {r}$.",
             f"the standard form is $(x - h)^2 + (y - k)^2 = r^2$ with $h = {h}$, $k = {k}$, $r^2 = {r*r}$.",
             f"substituting gives ${ref}$."]
    check = f"Plugging in $({px},{py})$: ${a*a} + {b*b} = {r*r}$. Correct."
    return dict(q=q, ref=ref, ds="math_like", steps=steps, check=check,
                eq=[(expanded, "circle_expanded_general_form"), (f"{shift('x', h)}^2 + {shift('y', k)}^2 = {r}^2", "radius_squared_unevaluated")],
                wr=[(f"{shift('x', h)}^2 + {shift('y', k)}^2 = {r}", "radius_not_squared"),
                    (f"{shift('x', -h)}^2 + {shift('y', -k)}^2 = {r*r}", "center_sign")])


def polar(rng):
    a = rng.randint(2, 7)
    cases = [((0, a), str(a), "\\frac{\\pi}{2}", "\\pi/2", "\\frac{3\\pi}{2}"),
             ((-a, 0), str(a), "\\pi", "\\pi", "0"),
             ((0, -a), str(a), "\\frac{3\\pi}{2}", "3\\pi/2", "\\frac{\\pi}{2}"),
             ((a, a), rad(a, 2), "\\frac{\\pi}{4}", "\\pi/4", "\\frac{5\\pi}{4}"),
             ((-a, a), rad(a, 2), "\\frac{3\\pi}{4}", "3\\pi/4", "\\frac{7\\pi}{4}"),
             ((a, -a), rad(a, 2), "\\frac{7\\pi}{4}", "7\\pi/4", "\\frac{3\\pi}{4}")]
    (x, y), r, th, th2, bad = rng.choice(cases)
    q = (f"Convert the point $({x},{y})$ in rectangular coordinates to polar coordinates. Enter your answer in the form "
         "$(r,\\theta),$ where $r > 0$ and $0 \\le \\theta < 2 \\pi.$")
    steps = [f"$r = \\sqrt{{x^2 + y^2}} = \\sqrt{{{x*x} + {y*y}}} = {r}$.",
             f"the point lies {'on an axis' if x * y == 0 else 'in a quadrant'} with $x = {x}$, $y = {y}$, so I locate the angle from the signs, not just from $\\arctan(y/x)$.",
             f"the angle in $[0, 2\\pi)$ pointing to this point is $\\theta = {th}$."]
    check = f"$r\\cos\\theta$ and $r\\sin\\theta$ with $r={r}$, $\\theta={th}$ give back $({x},{y})$."
    return dict(q=q, ref=f"\\left( {r}, {th} \\right)", ds="math_like", steps=steps, check=check,
                eq=[(f"({r}, {th2})", "polar_slash_angle"), (f"\\left({r},\\ {th}\\right)", "spacing_variant")],
                wr=[(f"\\left( {r}, {bad} \\right)", "wrong_quadrant_angle"),
                    (f"\\left( {a*a + (a*a if x*y else 0)}, {th} \\right)", "r_not_square_rooted")])


def cross(rng):
    while True:
        u = [rng.randint(-3, 5) for _ in range(3)]
        v = [rng.randint(-3, 5) for _ in range(3)]
        w = [u[1]*v[2]-u[2]*v[1], u[2]*v[0]-u[0]*v[2], u[0]*v[1]-u[1]*v[0]]
        if all(t != 0 for t in w):
            break
    col = lambda t: f"\\begin{{pmatrix}} {t[0]} \\\\ {t[1]} \\\\ {t[2]} \\end{{pmatrix}}"
    q = f"Find the cross product of ${col(u)}$ and ${col(v)}.$"
    steps = [f"the first component is $({u[1]})({v[2]}) - ({u[2]})({v[1]}) = {w[0]}$.",
             f"the second component is $({u[2]})({v[0]}) - ({u[0]})({v[2]}) = {w[1]}$.",
             f"the third component is $({u[0]})({v[1]}) - ({u[1]})({v[0]}) = {w[2]}$."]
    check = f"Dot with the first vector: ${sum(a*b for a, b in zip(u, w))}$; dot with the second: ${sum(a*b for a, b in zip(v, w))}$. Both zero, as they must be."
    return dict(q=q, ref=col(w), ds="math_like", steps=steps, check=check,
                eq=[(f"({w[0]}, {w[1]}, {w[2]})", "vector_as_tuple"), (f"\\langle {w[0]}, {w[1]}, {w[2]} \\rangle", "vector_angle_brackets"),
                    (f"\\begin{{bmatrix}} {w[0]} \\\\ {w[1]} \\\\ {w[2]} \\end{{bmatrix}}", "bmatrix_vs_pmatrix")],
                wr=[(col([w[0], -w[1], w[2]]), "middle_component_sign"), (col([-t for t in w]), "order_reversed_negated")])


def inverse(rng):
    D = rng.choice([1, 2, 3])
    while True:
        a, b, c, d = (rng.randint(-4, 6) for _ in range(4))
        if a * d - b * c == D and b != 0 and c != 0 and a != d:
            break
    ent = [[Fraction(d, D), Fraction(-b, D)], [Fraction(-c, D), Fraction(a, D)]]
    ref = pmat([[fl(e) for e in r] for r in ent])
    q = f"Find the inverse of the matrix {pmat([[a, b], [c, d]])}. If the inverse does not exist, enter the zero matrix."
    steps = [f"the determinant is $({a})({d}) - ({b})({c}) = {D}$, which is nonzero, so the inverse exists.",
             "for a $2\\times 2$ matrix the inverse is $\\frac{1}{ad-bc}\\begin{pmatrix} d & -b \\\\ -c & a \\end{pmatrix}$.",
             f"so the inverse is $\\frac{{1}}{{{D}}}{pmat([[d, -b], [-c, a]])} = {ref}$."]
    check = f"Multiplying the original matrix by this result gives the identity matrix (e.g. top-left entry $({a})({fl(ent[0][0])}) + ({b})({fl(ent[1][0])}) = 1$)."
    eq = [(ref.replace("pmatrix", "bmatrix"), "bmatrix_vs_pmatrix")]
    wr = [(pmat([[d, b], [c, a]]) if D == 1 else pmat([[d, -b], [-c, a]]),
           "offdiag_sign_not_flipped" if D == 1 else "missing_determinant_factor"),
          (pmat([[fl(e) for e in r] for r in [[ent[0][0], -ent[0][1]], [-ent[1][0], ent[1][1]]]]), "offdiag_sign_not_flipped")]
    if D > 1:
        eq.append((f"\\frac{{1}}{{{D}}}{pmat([[d, -b], [-c, a]])}", "scalar_factored_out"))
        eq.append((pmat([[fl(e, 'dfrac') for e in r] for r in ent]), "dfrac_entries"))
    return dict(q=q, ref=ref, eq=eq, wr=wr, steps=steps, check=check, ds="math_like")


def poly_roots(rng):
    while True:
        rs = sorted(rng.sample(range(-6, 7), 3))
        if 0 not in rs and sorted(-r for r in rs) != rs:
            break
    r1, r2, r3 = rs
    e1, e2, e3 = r1 + r2 + r3, r1*r2 + r1*r3 + r2*r3, r1*r2*r3
    co = [1, -e1, e2, -e3]
    ref = poly(co)
    q = f"Find the monic cubic polynomial $p(x)$ with real coefficients whose roots are ${r1}$, ${r2}$, and ${r3}$."
    fac = shift("x", r1) + shift("x", r2) + shift("x", r3)
    steps = [f"a monic cubic with these roots is $p(x) = {fac}$.",
             f"by Vieta, the sum of roots is ${e1}$, the sum of pairwise products is ${e2}$, and the product is ${e3}$.",
             f"so $p(x) = x^3 - ({e1})x^2 + ({e2})x - ({e3}) = {ref}$."]
    check = f"$p({r1}) = {r1**3} {sgn_term(-e1*r1*r1)} {sgn_term(e2*r1)} {sgn_term(-e3)} = 0$. The other roots check the same way."
    bad = list(co)
    idx = [i for i in (1, 2, 3) if co[i] != 0][0]
    bad[idx] = -bad[idx]
    return dict(q=q, ref=ref, ds="math_like", steps=steps, check=check,
                eq=[(fac, "polynomial_factored_form"), (f"p(x) = {ref}", "with_function_name")],
                wr=[(poly(bad), "coefficient_sign"), (poly([1, e1, e2, e3]), "roots_sign_flipped"),
                    (shift("x", -r1) + shift("x", -r2) + shift("x", -r3), "roots_sign_flipped_factored")])


def sum_n(rng):
    var = rng.choice(["n", "n", "k", "m"])
    while True:
        a, b = rng.randint(2, 6), _nz(rng, -3, 5)
        if a + 2 * b != 0:
            break
    lin = poly([a, a + 2 * b], var)
    quad = poly([a, a + 2 * b, 0], var)
    j = "j"
    q = f"Find a closed form, in terms of ${var}$, for $S_{var} = \\sum_{{{j}=1}}^{{{var}}} ({poly([a, b], j)})$."
    ref = f"\\frac{{{var}({lin})}}{{2}}"
    c2, c1 = Fraction(a, 2), Fraction(a + 2 * b, 2)
    split = f"{fl(c2) if c2 != 1 else ''}{var}^2 {'+' if c1 > 0 else '-'} {fl(abs(c1)) if abs(c1) != 1 else ''}{var}"
    steps = [f"split the sum: $\\sum ({poly([a, b], j)}) = {a}\\sum {j} {sgn_term(b)}\\sum 1$.",
             f"$\\sum_{{{j}=1}}^{{{var}}} {j} = \\frac{{{var}({var}+1)}}{{2}}$ and $\\sum_{{{j}=1}}^{{{var}}} 1 = {var}$.",
             f"so $S_{var} = \\frac{{{a}{var}({var}+1)}}{{2}} {sgn_term(b)}{var} = \\frac{{{quad}}}{{2}} = {ref}$."]
    s1, s2 = a + b, (a + b) + (2 * a + b)
    check = f"For ${var}=1$: formula gives ${fl(Fraction(a + a + 2*b, 2))}$ and the sum is ${s1}$. For ${var}=2$: formula gives ${fl(Fraction(2*(2*a + a + 2*b), 2))}$ and the sum is ${s2}$."
    wrong_shift = f"\\frac{{({var}-1)({poly([a, 2 * b], var)})}}{{2}}"
    return dict(q=q, ref=ref, ds="math_like", steps=steps, check=check,
                eq=[(f"\\frac{{{quad}}}{{2}}", "expanded_over_2"), (split, "split_fraction_coefficients"),
                    (f"{var}({lin})/2", "slash_fraction")],
                wr=[(f"{var}({lin})", "factor_of_2"), (wrong_shift, "off_by_one_index"),
                    (f"\\frac{{{var}({poly([a, a + b], var)})}}{{2}}", "constant_term_slip")])


FAMILIES = [roots, quad_ineq, lin_ineq, line, circle, polar, cross, inverse, poly_roots, sum_n]
