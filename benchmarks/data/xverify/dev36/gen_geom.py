"""Lines, circles, parabolas and planes."""
from fractions import Fraction as Fr
from common import T, poly, fnum, gcd_list


def nz(rng, lo, hi, avoid=()):
    while True:
        v = rng.randint(lo, hi)
        if v != 0 and v not in avoid:
            return v


def sgn(v, first=False):
    v = Fr(v)
    if first:
        return fnum(v)
    return (" - " if v < 0 else " + ") + fnum(abs(v))


def xy(a, b, var1="x", var2="y"):
    """a*var1 + b*var2 with clean signs."""
    s = ""
    for c, v in ((a, var1), (b, var2)):
        if c == 0:
            continue
        mag = "" if abs(c) == 1 else str(abs(c))
        if s == "":
            s = ("-" if c < 0 else "") + mag + v
        else:
            s += (" - " if c < 0 else " + ") + mag + v
    return s


def line_two_points(rng):
    while True:
        x1, y1 = rng.randint(-6, 6), rng.randint(-6, 6)
        dx = nz(rng, -4, 4)
        m = Fr(nz(rng, -6, 6), rng.choice([1, 1, 2, 3]))
        if (m * dx).denominator == 1:
            break
    x2, y2 = x1 + dx, y1 + int(m * dx)
    b = y1 - m * x1
    if b == 0:
        b = Fr(0)
    ref = f"y = {poly([m, b])}"
    # standard form: m x - y = -b scaled to integers
    den = m.denominator * b.denominator
    A, B, C = int(m * den), -den, int(-b * den)
    g = gcd_list([A, B, C])
    A, B, C = A // g, B // g, C // g
    if A < 0:
        A, B, C = -A, -B, -C
    good = [(f"{xy(A, B)} = {C}", "equiv_standard_form"),
            (f"y {'-' if y1 >= 0 else '+'} {abs(y1)} = {fnum(m)}(x {'-' if x1 >= 0 else '+'} {abs(x1)})",
             "equiv_point_slope_form"),
            (f"{xy(B, A, 'y', 'x')}{sgn(-C)} = 0", "equiv_general_form_reordered")]
    bad = [(f"y = {poly([m, b + rng.choice([-1, 1])])}", "near_miss_intercept"),
           (f"y = {poly([-m, b])}", "near_miss_slope_sign"),
           (f"{xy(A, B)} = {-C if C != 0 else 1}", "near_miss_constant_sign")]
    q = {"en": f"Find the equation of the line through $({x1}, {y1})$ and $({x2}, {y2})$.",
         "zh": f"求经过点 $({x1}, {y1})$ 和 $({x2}, {y2})$ 的直线方程。"}
    work = [T(f"Slope: $m = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{dx}}} = {fnum(m)}$.",
              f"斜率：$m = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{dx}}} = {fnum(m)}$。"),
            T(f"Point-slope through $({x1}, {y1})$, then solve for the intercept: $b = {y1} - ({fnum(m)})({x1})$.",
              f"用点 $({x1}, {y1})$ 写点斜式，再求截距：$b = {y1} - ({fnum(m)})({x1})$。"),
            T(f"Check with the second point: ${fnum(m)}\\cdot({x2}) + ({fnum(b)}) = {y2}$. Good.",
              f"用第二个点检验：${fnum(m)}\\cdot({x2}) + ({fnum(b)}) = {y2}$，正确。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def circle(rng):
    h, k = nz(rng, -7, 7), nz(rng, -7, 7)
    dx, dy = rng.choice([(3, 4), (4, 3), (5, 12), (6, 8), (0, 5), (1, 2), (2, 3), (1, 1)])
    dx *= rng.choice([-1, 1])
    r2 = dx * dx + dy * dy
    px, py = h + dx, k + dy
    sx = f"(x {'-' if h > 0 else '+'} {abs(h)})^2"
    sy = f"(y {'-' if k > 0 else '+'} {abs(k)})^2"
    ref = f"{sx} + {sy} = {r2}"
    E = h * h + k * k - r2
    expd = f"x^2 + y^2{sgn(-2 * h)}x{sgn(-2 * k)}y{sgn(E) if E else ''} = 0"
    good = [(expd, "equiv_expanded_general_form"), (f"{sy} + {sx} = {r2}", "equiv_term_order"),
            (f"x^2{sgn(-2 * h)}x + y^2{sgn(-2 * k)}y = {-E}", "equiv_expanded_moved_constant")]
    r = r2 ** 0.5
    wrong_r = int(r) if r == int(r) else r2 * 2
    sxw = f"(x {'+' if h > 0 else '-'} {abs(h)})^2"
    bad = [(f"{sx} + {sy} = {wrong_r}", "near_miss_radius_not_squared" if r == int(r) else "near_miss_radius"),
           (f"{sxw} + {sy} = {r2}", "near_miss_center_sign"),
           (f"x^2 + y^2{sgn(-2 * h)}x{sgn(-2 * k)}y{sgn(E + 2)} = 0", "near_miss_expanded_constant")]
    q = {"en": f"Find the equation of the circle with center $({h}, {k})$ that passes through $({px}, {py})$.",
         "zh": f"求圆心为 $({h}, {k})$ 且经过点 $({px}, {py})$ 的圆的方程。"}
    work = [T(f"Radius squared: $({px} - ({h}))^2 + ({py} - ({k}))^2 = {dx * dx} + {dy * dy} = {r2}$.",
              f"半径的平方：$({px} - ({h}))^2 + ({py} - ({k}))^2 = {dx * dx} + {dy * dy} = {r2}$。"),
            T("Standard form is $(x-h)^2 + (y-k)^2 = r^2$; I must remember the right side is $r^2$, not $r$.",
              "标准方程为 $(x-h)^2 + (y-k)^2 = r^2$，注意右边是 $r^2$ 而不是 $r$。"),
            T(f"Signs: $h = {h}$ and $k = {k}$ enter as $x - ({h})$ and $y - ({k})$.",
              f"符号：$h = {h}$，$k = {k}$，分别写成 $x - ({h})$ 和 $y - ({k})$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def parabola(rng):
    h, k = nz(rng, -5, 5), nz(rng, -9, 9)
    a = nz(rng, -3, 3)
    t = nz(rng, -3, 3)
    px, py = h + t, k + a * t * t
    sx = f"(x {'-' if h > 0 else '+'} {abs(h)})^2"
    av = "" if a == 1 else "-" if a == -1 else str(a)
    ref = f"y = {av}{sx}{sgn(k)}"
    c = [a, -2 * a * h, a * h * h + k]
    good = [(f"y = {poly(c)}", "equiv_expanded"), (f"y = {poly(c, ascending=True)}", "equiv_expanded_reordered"),
            (f"y{sgn(-k)} = {av}{sx}", "equiv_moved_constant")]
    c2 = list(c); c2[1] = -c2[1]
    bad = [(f"y = {av}(x {'+' if h > 0 else '-'} {abs(h)})^2{sgn(k)}", "near_miss_vertex_sign"),
           (f"y = {poly(c2)}", "near_miss_expanded_linear_sign"),
           (f"y = {'' if -a == 1 else '-' if -a == -1 else str(-a)}{sx}{sgn(k)}", "near_miss_leading_sign")]
    q = {"en": f"A parabola has vertex $({h}, {k})$ and passes through $({px}, {py})$. Find its equation.",
         "zh": f"抛物线的顶点为 $({h}, {k})$，且经过点 $({px}, {py})$，求其方程。"}
    work = [T(f"Vertex form: $y = a{sx}{sgn(k)}$.", f"顶点式：$y = a{sx}{sgn(k)}$。"),
            T(f"Plug in $({px}, {py})$: ${py} = a({t})^2{sgn(k)}$, so ${t * t}a = {py - k}$ and $a = {a}$.",
              f"代入 $({px}, {py})$：${py} = a({t})^2{sgn(k)}$，所以 ${t * t}a = {py - k}$，$a = {a}$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def plane(rng):
    n = [nz(rng, -5, 5) for _ in range(3)]
    p = [rng.randint(-4, 4) for _ in range(3)]
    d = sum(a * b for a, b in zip(n, p))
    def lhs(c):
        s = ""
        for co, v in zip(c, "xyz"):
            mag = "" if abs(co) == 1 else str(abs(co))
            s += (("-" if co < 0 else "") if s == "" else (" - " if co < 0 else " + ")) + mag + v
        return s
    ref = f"{lhs(n)} = {d}"
    pt = "".join(f"{'' if i == 0 else (' - ' if c < 0 else ' + ')}{abs(c) if i else c}(" +
                 f"{v} {'-' if q0 >= 0 else '+'} {abs(q0)})" for i, (c, v, q0) in enumerate(zip(n, "xyz", p)))
    good = [(f"{pt} = 0", "equiv_point_normal_form"), (f"{lhs([-c for c in n])} = {-d}", "equiv_negated_both_sides"),
            (f"{lhs([2 * c for c in n])} = {2 * d}", "equiv_scaled_by_2"),
            (f"{lhs(n)}{sgn(-d) if d else ' + 0'} = 0", "equiv_general_form")]
    n2 = list(n); n2[1] = -n2[1]
    bad = [(f"{lhs(n)} = {-d if d else 3}", "near_miss_constant_sign"), (f"{lhs(n2)} = {d}", "near_miss_one_sign"),
           (f"{lhs(n)} = {d + rng.choice([-2, 2])}", "near_miss_wrong_constant")]
    vec = f"\\langle {n[0]}, {n[1]}, {n[2]} \\rangle"
    q = {"en": f"Find an equation of the plane through $({p[0]}, {p[1]}, {p[2]})$ with normal vector ${vec}$.",
         "zh": f"求过点 $({p[0]}, {p[1]}, {p[2]})$、法向量为 ${vec}$ 的平面方程。"}
    work = [T(f"Point-normal form: ${n[0]}(x - ({p[0]})) + {n[1]}(y - ({p[1]})) + {n[2]}(z - ({p[2]})) = 0$.",
              f"点法式：${n[0]}(x - ({p[0]})) + {n[1]}(y - ({p[1]})) + {n[2]}(z - ({p[2]})) = 0$。"),
            T(f"Constant: ${n[0]}\\cdot{p[0]} + {n[1]}\\cdot{p[1]} + {n[2]}\\cdot{p[2]} = {d}$.",
              f"常数：${n[0]}\\cdot{p[0]} + {n[1]}\\cdot{p[1]} + {n[2]}\\cdot{p[2]} = {d}$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def tangent_line(rng):
    p, q0 = nz(rng, -5, 5), nz(rng, -6, 6)
    x0 = nz(rng, -3, 3)
    y0 = x0 * x0 + p * x0 + q0
    m = 2 * x0 + p
    if m == 0:
        p += 1; m += 1; y0 = x0 * x0 + p * x0 + q0
    b = y0 - m * x0
    ref = f"y = {poly([m, b])}"
    A, B, C = (m, -1, -b) if m > 0 else (-m, 1, b)
    good = [(f"{xy(A, B)} = {C}", "equiv_standard_form"),
            (f"y {'-' if y0 >= 0 else '+'} {abs(y0)} = {m}(x {'-' if x0 >= 0 else '+'} {abs(x0)})",
             "equiv_point_slope_form")]
    bad = [(f"y = {poly([m, b + 2])}", "near_miss_intercept"), (f"y = {poly([m - p, b])}", "near_miss_slope"),
           (f"y = {poly([-m, b])}", "near_miss_slope_sign")]
    q = {"en": f"Find the equation of the tangent line to $y = {poly([1, p, q0])}$ at $x = {x0}$.",
         "zh": f"求曲线 $y = {poly([1, p, q0])}$ 在 $x = {x0}$ 处的切线方程。"}
    work = [T(f"$y' = {poly([2, p])}$, so the slope at $x = {x0}$ is ${m}$.",
              f"$y' = {poly([2, p])}$，所以 $x = {x0}$ 处的斜率为 ${m}$。"),
            T(f"The point of tangency: $y({x0}) = {y0}$.", f"切点：$y({x0}) = {y0}$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


ITEMS = [line_two_points, circle, parabola, plane, tangent_line]
