"""dev14's geometry, linear-algebra and integral families: cylinders, distances, triangles, matrices, cross products, lines, circles, integrals. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import math
from forms import fr_tex, fr_txt, sgn


def fam_cylinder(r):
    rad = r.randint(3, 9)
    h = r.randint(3, 15)
    V = rad * rad * h
    topic = f"a cylinder of radius {rad} cm and height {h} cm"
    q_en = f"A right circular cylinder has radius {rad} cm and height {h} cm. Find its volume in cubic centimetres, in terms of $\\pi$."
    q_zh = f"一个圆柱的底面半径为 {rad} cm，高为 {h} cm，求它的体积（用 $\\pi$ 表示，单位 cm³）。"
    steps_en = [
        f"Volume of a cylinder = base area × height = πr²h, here with r = {rad} and h = {h}.",
        f"Base area with r = {rad} (before using h = {h}): π·{rad}² = {rad * rad}π cm².",
        f"Multiply by the height {h}: {rad * rad}π·{h} = {V}π cm³.",
    ]
    steps_zh = [f"圆柱体积 V = πr²h，其中 r = {rad}，h = {h}。", f"底面积 π×{rad}² = {rad * rad}π（高为 {h}）。", f"乘以高 {h}：V = {V}π cm³。"]
    check_en = [f"Numerically {V}π ≈ {V * math.pi:.2f} cm³; a box of {2 * rad}×{2 * rad}×{h} = {4 * rad * rad * h} cm³ would enclose it, and the ratio is π/4 ≈ 0.785 as it should be ✓."]
    check_zh = [f"数值上 {V}π ≈ {V * math.pi:.2f}，外接长方体体积 {4 * rad * rad * h}，比值约 0.785 = π/4，合理。"]
    ref_forms = [f"{V}\\pi", f"{V}\\pi \\text{{ cm}}^3", f"$V=\\pi r^2 h=\\pi\\cdot {rad}^2\\cdot {h}={V}\\pi$ cm$^3$."]
    good = [(f"${V}\\pi\\ \\text{{cm}}^3$", 'pi_with_unit'), (f"{V}π cubic centimetres", 'pi_unicode_words_unit'),
            (f"$\\pi \\cdot {V}$", 'pi_first'), (f"${2 * V}\\pi/2$ cm³", 'unsimplified_pi')]
    bad = [(f"{4 * V}π cm³", 'diameter_as_radius', 'used the diameter as the radius'),
           (f"{V} cm³", 'dropped_pi', 'forgot the factor pi'),
           (f"{2 * rad * h}π cm³", 'lateral_area_confusion', 'computed 2rh pi (lateral area) instead')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_distance_radical(r):
    while True:
        x1, y1, x2, y2 = [r.randint(-8, 8) for _ in range(4)]
        d2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
        sq = 1
        for k in range(2, 20):
            if d2 % (k * k) == 0:
                sq = k
        rest = d2 // (sq * sq)
        if sq > 1 and rest > 1 and math.isqrt(rest) ** 2 != rest:
            break
    topic = f"the distance from ({x1}, {y1}) to ({x2}, {y2})"
    q_en = f"Find the distance between the points $A({x1}, {y1})$ and $B({x2}, {y2})$. Give the answer in simplest radical form."
    q_zh = f"求点 $A({x1},{y1})$ 与 $B({x2},{y2})$ 之间的距离（化为最简根式）。"
    dx, dy = x2 - x1, y2 - y1
    steps_en = [
        f"Horizontal change: {x2} - ({x1}) = {dx}; vertical change: {y2} - ({y1}) = {dy}.",
        f"Distance formula: AB = √(({dx})² + ({dy})²) = √({dx * dx} + {dy * dy}) = √{d2}.",
        f"Simplify: {d2} = {sq * sq}·{rest}, so √{d2} = {sq}√{rest}.",
    ]
    steps_zh = [f"Δx = {dx}，Δy = {dy}。", f"AB = √({dx * dx} + {dy * dy}) = √{d2}。", f"{d2} = {sq * sq}×{rest}，所以 AB = {sq}√{rest}。"]
    check_en = [f"Squaring the answer: ({sq}√{rest})² = {sq * sq}·{rest} = {d2} ✓; and {sq}√{rest} ≈ {math.sqrt(d2):.3f}, which lies between |Δx| = {abs(dx)} and |Δx|+|Δy| = {abs(dx) + abs(dy)} as it must."]
    check_zh = [f"平方检验：({sq}√{rest})² = {d2}，近似值 {math.sqrt(d2):.3f}。"]
    ref_forms = [f"{sq}\\sqrt{{{rest}}}", f"\\sqrt{{{d2}}}", f"$AB=\\sqrt{{{dx}^2+{dy}^2}}=\\sqrt{{{d2}}}={sq}\\sqrt{{{rest}}}$"]
    good = [(f"${sq}\\sqrt{{{rest}}}$", 'simplified_radical'), (f"√{d2}", 'unsimplified_radical'),
            (f"{sq}*sqrt({rest})", 'ascii_radical'), (f"${sq}\\sqrt{rest}$", 'broken_latex_braces' if rest >= 10 else 'radical_no_braces')]
    if rest >= 10:
        good = good[:3]  # \sqrt13 would mean sqrt(1)*3 strictly; keep only unambiguous forms
    bad = [(f"{sq}√{rest * 2}", 'wrong_radicand', 'doubled the radicand'),
           (f"√{abs(dx) + abs(dy)}" if abs(dx) + abs(dy) != d2 else f"{sq + 1}√{rest}", 'added_not_squared', 'summed the legs inside the root'),
           (f"{sq * sq}√{rest}", 'squared_coefficient', 'kept sq^2 outside the root')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_triangle_angle(r):
    a = r.randint(2, 11)
    b = r.randint(2, 13)
    if a == b:
        b = a + 5
    # law of cosines with angle 60 or 120
    ang = r.choice([60, 120])
    c2 = a * a + b * b - (a * b if ang == 60 else -a * b)
    topic = f"the triangle with sides {a}, {b}, √{c2}"
    q_en = f"In triangle $ABC$, $a = {a}$, $b = {b}$ and $c = \\sqrt{{{c2}}}$. Find angle $C$ in radians."
    q_zh = f"在 $\\triangle ABC$ 中，$a={a}$，$b={b}$，$c=\\sqrt{{{c2}}}$，求角 $C$（用弧度表示）。"
    cosC = F(a * a + b * b - c2, 2 * a * b)
    rad_tex = "\\frac{\\pi}{3}" if ang == 60 else "\\frac{2\\pi}{3}"
    rad_txt = "π/3" if ang == 60 else "2π/3"
    other_tex = "\\frac{2\\pi}{3}" if ang == 60 else "\\frac{\\pi}{3}"
    steps_en = [
        f"Law of cosines: cos C = (a² + b² - c²)/(2ab) = ({a * a} + {b * b} - {c2})/(2·{a}·{b}).",
        f"Numerator {a * a + b * b - c2}, denominator {2 * a * b}, so cos C = {fr_txt(cosC)}.",
        f"For sides {a}, {b} the angle in (0, π) whose cosine is {fr_txt(cosC)} is {ang}°, that is {rad_txt} radians.",
    ]
    steps_zh = [f"由余弦定理 cos C = (a²+b²-c²)/(2ab) = ({a * a}+{b * b}-{c2})/{2 * a * b} = {fr_txt(cosC)}。",
                f"边长 {a}、{b} 的夹角 C ∈ (0, π)，所以 C = {ang}° = {rad_txt}。"]
    check_en = [f"Reverse check: with C = {ang}°, c² = {a * a} + {b * b} - 2·{a}·{b}·({fr_txt(cosC)}) = {c2} ✓."]
    check_zh = [f"反代：c² = {a * a}+{b * b}-2×{a}×{b}×({fr_txt(cosC)}) = {c2}，正确。"]
    ref_forms = [rad_tex, f"{ang}^\\circ", f"$\\cos C = {fr_tex(cosC)}$, hence $C = {rad_tex}$."]
    good = [(f"${rad_tex}$", 'radians_latex'), (f"{ang}°", 'degrees_instead_of_radians'),
            (f"{rad_txt} rad (that is {ang} degrees)", 'radians_and_degrees')]
    bad = [(f"${other_tex}$", 'supplementary_angle', 'supplement of the true angle'),
           (f"{ang} radians", 'degree_number_as_radians', 'degree value labelled radians'),
           (f"{fr_txt(cosC)}", 'cosine_not_angle', 'gave cos C instead of C')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_integral(r):
    while True:
        a = r.randint(1, 4)
        b = a + r.randint(1, 3)
        c1 = r.randint(1, 5)
        c0 = r.choice([v for v in range(-4, 7) if v])
        val = F(c1 * (b ** 3 - a ** 3), 3) + c0 * (b - a)
        Fa = F(c1 * a ** 3, 3) + c0 * a
        if val.denominator == 3 and val > 1 and Fa != 0:
            break
    integrand = f"{c1 if c1 != 1 else ''}x^2 {sgn(c0)}" if c0 else f"{c1}x^2"
    topic = f"the integral of {integrand} from {a} to {b}"
    q_en = f"Evaluate $\\displaystyle\\int_{{{a}}}^{{{b}}} ({integrand})\\,dx$."
    q_zh = f"计算定积分 $\\int_{{{a}}}^{{{b}}} ({integrand})\\,dx$。"
    steps_en = [
        f"An antiderivative is F(x) = {c1}x³/3 {sgn(c0)}x.",
        f"F({b}) = {c1}·{b ** 3}/3 {sgn(c0 * b)} = {fr_txt(F(c1 * b ** 3, 3) + c0 * b)}.",
        f"F({a}) = {c1}·{a ** 3}/3 {sgn(c0 * a)} = {fr_txt(F(c1 * a ** 3, 3) + c0 * a)}.",
        f"Difference: {fr_txt(F(c1 * b ** 3, 3) + c0 * b)} - ({fr_txt(F(c1 * a ** 3, 3) + c0 * a)}) = {fr_txt(val)}.",
    ]
    steps_zh = [f"原函数 F(x) = {c1}x³/3 {sgn(c0)}x。", f"F({b}) - F({a}) = {fr_txt(F(c1 * b ** 3, 3) + c0 * b)} - ({fr_txt(F(c1 * a ** 3, 3) + c0 * a)}) = {fr_txt(val)}。"]
    mid = (a + b) / 2
    check_en = [f"Midpoint-rule sanity check: width {b - a} times f({mid:g}) = {c1 * mid * mid + c0:g} gives {(b - a) * (c1 * mid * mid + c0):.3f}, slightly below {float(val):.3f} as expected for a convex integrand."]
    check_zh = [f"中点法估计：{(b - a) * (c1 * mid * mid + c0):.3f}，略小于 {float(val):.3f}，符合凸函数的情形。"]
    whole, rem = divmod(val.numerator, val.denominator)
    ref_forms = [fr_tex(val), fr_txt(val), f"$\\left[\\tfrac{{{c1}}}{{3}}x^3{sgn(c0).replace(' ', '')}x\\right]_{{{a}}}^{{{b}}} = {fr_tex(val)}$"]
    good = [(f"${fr_tex(val)}$", 'improper_fraction'), (f"{whole} {rem}/{val.denominator}", 'mixed_number'),
            (f"${whole}\\tfrac{{{rem}}}{{{val.denominator}}}$", 'mixed_number_latex')]
    if val.denominator == 3:
        good.append((f"{whole}.{'3' if rem == 1 else '6'}̅ (repeating)" if False else f"{whole}.{'333' if rem == 1 else '666'}... (repeating)", 'repeating_decimal'))
    bad = [(fr_txt(val + F(1, 3)), 'arithmetic_slip', 'off by 1/3'),
           (fr_txt(F(c1 * (b ** 3 - a ** 3), 3)), 'dropped_constant_term', 'forgot the constant term'),
           (fr_txt(F(c1 * b ** 3, 3) + c0 * b), 'upper_limit_only', 'evaluated only at the upper limit')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_matrix(r):
    while True:
        A = [[r.randint(-5, 6) for _ in range(2)] for _ in range(2)]
        B = [[r.randint(-4, 5) for _ in range(2)] for _ in range(2)]
        P = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        PT = [[P[j][i] for j in range(2)] for i in range(2)]
        BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        if P != PT and P != BA and P[0][1] != P[1][0]:
            break

    def pm(M, env='pmatrix'):
        return f"\\begin{{{env}}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{{env}}}"
    topic = f"the product AB with A = {A}"
    q_en = f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$."
    q_zh = f"设 $A = {pm(A)}$，$B = {pm(B)}$，求 $AB$。"
    steps_en = [
        f"Entry (1,1): row 1 of A times column 1 of B = {A[0][0]}·{B[0][0]} + {A[0][1]}·{B[1][0]} = {P[0][0]}.",
        f"Entry (1,2): {A[0][0]}·{B[0][1]} + {A[0][1]}·{B[1][1]} = {P[0][1]}.",
        f"Entry (2,1): {A[1][0]}·{B[0][0]} + {A[1][1]}·{B[1][0]} = {P[1][0]}.",
        f"Entry (2,2): {A[1][0]}·{B[0][1]} + {A[1][1]}·{B[1][1]} = {P[1][1]}.",
    ]
    steps_zh = [f"第一行：{A[0][0]}×{B[0][0]}+{A[0][1]}×{B[1][0]} = {P[0][0]}，{A[0][0]}×{B[0][1]}+{A[0][1]}×{B[1][1]} = {P[0][1]}。",
                f"第二行：{A[1][0]}×{B[0][0]}+{A[1][1]}×{B[1][0]} = {P[1][0]}，{A[1][0]}×{B[0][1]}+{A[1][1]}×{B[1][1]} = {P[1][1]}。"]
    dA = A[0][0] * A[1][1] - A[0][1] * A[1][0]
    dB = B[0][0] * B[1][1] - B[0][1] * B[1][0]
    check_en = [f"Determinant check: det(A)·det(B) = {dA}·{dB} = {dA * dB}, and det(AB) = {P[0][0]}·{P[1][1]} - {P[0][1]}·{P[1][0]} = {P[0][0] * P[1][1] - P[0][1] * P[1][0]} ✓."]
    check_zh = [f"行列式检验：det A · det B = {dA * dB} = det(AB)。"]
    ref_forms = [pm(P), pm(P, 'bmatrix'), f"Row-by-column: $AB = {pm(P)}$."]
    good = [(f"$${pm(P, 'bmatrix')}$$", 'bmatrix_display'), (f"[[{P[0][0]}, {P[0][1]}], [{P[1][0]}, {P[1][1]}]]", 'nested_list'),
            (f"rows ({P[0][0]}, {P[0][1]}) and ({P[1][0]}, {P[1][1]})", 'rows_in_prose')]
    bad = [(f"${pm(PT)}$", 'transposed', 'transpose of the product'), (f"${pm(BA)}$", 'wrong_order_BA', 'computed BA'),
           (f"[[{P[0][0]}, {P[0][1]}], [{P[1][0]}, {P[1][1] + 1}]]", 'one_entry_off', 'one entry off by one')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_cross(r):
    while True:
        u = [r.randint(-4, 5) for _ in range(3)]
        v = [r.randint(-4, 5) for _ in range(3)]
        w = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
        if all(w) and len(set(map(abs, w))) == 3:
            break
    topic = f"the cross product of {tuple(u)} and {tuple(v)}"
    q_en = f"Compute $\\mathbf{{u}} \\times \\mathbf{{v}}$ for $\\mathbf{{u}} = \\langle {u[0]}, {u[1]}, {u[2]} \\rangle$ and $\\mathbf{{v}} = \\langle {v[0]}, {v[1]}, {v[2]} \\rangle$."
    q_zh = f"已知向量 $\\mathbf{{u}}=({u[0]},{u[1]},{u[2]})$，$\\mathbf{{v}}=({v[0]},{v[1]},{v[2]})$，求 $\\mathbf{{u}}\\times\\mathbf{{v}}$。"
    steps_en = [
        f"i-component: u₂v₃ - u₃v₂ = ({u[1]})({v[2]}) - ({u[2]})({v[1]}) = {w[0]}.",
        f"j-component: u₃v₁ - u₁v₃ = ({u[2]})({v[0]}) - ({u[0]})({v[2]}) = {w[1]}.",
        f"k-component: u₁v₂ - u₂v₁ = ({u[0]})({v[1]}) - ({u[1]})({v[0]}) = {w[2]}.",
    ]
    steps_zh = [f"i 分量：{u[1]}×{v[2]} - {u[2]}×{v[1]} = {w[0]}；j 分量：{u[2]}×{v[0]} - {u[0]}×{v[2]} = {w[1]}；k 分量：{u[0]}×{v[1]} - {u[1]}×{v[0]} = {w[2]}。"]
    check_en = [f"Orthogonality: w·u = {w[0] * u[0]} + {w[1] * u[1]} + {w[2] * u[2]} = {sum(a * b for a, b in zip(w, u))} and w·v = {sum(a * b for a, b in zip(w, v))} ✓."]
    check_zh = [f"正交检验：w·u = {w[0] * u[0]} + {w[1] * u[1]} + {w[2] * u[2]} = 0，w·v = {w[0] * v[0]} + {w[1] * v[1]} + {w[2] * v[2]} = 0。"]

    def ijk(x):
        s = ''
        for c, e in zip(x, ['\\mathbf{i}', '\\mathbf{j}', '\\mathbf{k}']):
            s += (('-' if c < 0 else ('+' if s else '')) + (str(abs(c)) if abs(c) != 1 else '') + e)
        return s
    ref_forms = [f"\\langle {w[0]}, {w[1]}, {w[2]} \\rangle", f"({w[0]}, {w[1]}, {w[2]})", f"Expanding the determinant gives $\\langle {w[0]},{w[1]},{w[2]}\\rangle$."]
    good = [(f"({w[0]}, {w[1]}, {w[2]})", 'tuple'), (f"${ijk(w)}$", 'ijk_form'),
            (f"$\\begin{{pmatrix}}{w[0]}\\\\{w[1]}\\\\{w[2]}\\end{{pmatrix}}$", 'column_vector')]
    bad = [(f"({-w[0]}, {-w[1]}, {-w[2]})", 'v_cross_u', 'opposite orientation'),
           (f"({w[0]}, {-w[1]}, {w[2]})", 'j_sign_error', 'sign of j component'),
           (f"{sum(a * b for a, b in zip(u, v))}", 'dot_product_instead', 'gave the dot product')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_line(r):
    while True:
        m = r.choice([-4, -3, -2, -1, 2, 3, 4, 5])
        b = r.randint(-9, 9)
        x1 = r.randint(-5, 5)
        x2 = x1 + r.randint(1, 4)
        if b:
            break
    y1, y2 = m * x1 + b, m * x2 + b
    topic = f"the line through ({x1}, {y1}) and ({x2}, {y2})"
    q_en = f"Find the equation of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$. Write it in slope-intercept form."
    q_zh = f"求经过点 $({x1},{y1})$ 和 $({x2},{y2})$ 的直线方程（写成斜截式）。"
    steps_en = [
        f"Slope m = ({y2} - ({y1}))/({x2} - ({x1})) = {y2 - y1}/{x2 - x1} = {m}.",
        f"Point-slope with ({x1}, {y1}): y - ({y1}) = {m}(x - ({x1})).",
        f"Expand: y = {m}x {sgn(-m * x1)} {sgn(y1)} = {m}x {sgn(b)}.",
    ]
    steps_zh = [f"斜率 k = ({y2}-({y1}))/({x2}-({x1})) = {m}。", f"点斜式：y - ({y1}) = {m}(x - ({x1}))，整理得 y = {m}x {sgn(b)}。"]
    check_en = [f"Plug x = {x2}: {m}·{x2} {sgn(b)} = {y2} ✓."]
    check_zh = [f"代入 x = {x2}：{m}×{x2} {sgn(b)} = {y2}，正确。"]
    mm = '' if m == 1 else '-' if m == -1 else str(m)
    ref_forms = [f"y = {mm}x {sgn(b)}", f"y={mm}x{sgn(b).replace(' ', '')}", f"Slope $ {m}$, intercept ${b}$: $y = {mm}x {sgn(b)}$."]
    gen = (f"{m}x - y {sgn(b)} = 0" if m > 0 else f"{-m}x + y {sgn(-b)} = 0")
    good = [(f"$y = {mm}x {sgn(b)}$", 'slope_intercept'), (gen, 'general_form'),
            (f"y - ({y1}) = {m}(x - ({x1}))", 'point_slope_form')]
    bad = [(f"y = {mm}x {sgn(-b)}", 'intercept_sign', 'intercept sign flipped'),
           (f"y = {-m}x {sgn(b)}", 'slope_sign', 'slope sign flipped'),
           (f"y = {fr_txt(F(1, m))}x {sgn(b)}" if abs(m) != 1 else f"y = {m}x {sgn(b + 1)}", 'inverted_slope', 'run/rise instead of rise/run')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_circle(r):
    while True:
        h, k = r.randint(-6, 6), r.randint(-6, 6)
        if h and k and h != k and h != -k:
            break
    rad = r.randint(2, 8)
    if h == 0 or k == 0 or h == k or h == -k:
        h, k = h or 3, k or -2
        if h == k or h == -k:
            k = h + 1
    D, E, Fc = -2 * h, -2 * k, h * h + k * k - rad * rad
    eq = f"x^2 + y^2 {sgn(D)}x {sgn(E)}y {sgn(Fc)} = 0".replace('+ 0 ', '')
    topic = f"the circle {eq}"
    q_en = f"Find the center and the radius of the circle ${eq}$."
    q_zh = f"求圆 ${eq}$ 的圆心坐标和半径。"
    steps_en = [
        f"Group terms: (x² {sgn(D)}x) + (y² {sgn(E)}y) = {-Fc}.",
        f"Complete the square in x: add ({D}/2)² = {h * h}; in y: add ({E}/2)² = {k * k}.",
        f"So (x {sgn(-h)})² + (y {sgn(-k)})² = {-Fc} + {h * h} + {k * k} = {rad * rad}.",
        f"Center ({h}, {k}), radius √{rad * rad} = {rad}.",
    ]
    steps_zh = [f"配方：(x {sgn(-h)})² + (y {sgn(-k)})² = {rad * rad}。", f"圆心 ({h},{k})，半径 {rad}。"]
    check_en = [f"Point ({h + rad}, {k}) should be on the circle: {(h + rad) ** 2} + {k * k} {sgn(D * (h + rad))} {sgn(E * k)} {sgn(Fc)} = {(h + rad) ** 2 + k * k + D * (h + rad) + E * k + Fc} ✓."]
    check_zh = [f"检验点 ({h + rad},{k}) 在圆上：代入得 0。"]
    ref_forms = [f"center $({h},{k})$, radius ${rad}$", f"(x{sgn(-h).replace(' ', '')})^2+(y{sgn(-k).replace(' ', '')})^2={rad * rad}; center ({h}, {k}), r = {rad}",
                 f"Center $({h},{k})$ and $r={rad}$."]
    good = [(f"center ({h}, {k}), radius {rad}", 'center_radius_prose'),
            (f"$(x {sgn(-h)})^2 + (y {sgn(-k)})^2 = {rad}^2$, i.e. centre $({h},{k})$ and $r = {rad}$", 'standard_form_plus_values'),
            (f"C = ({h}, {k}); r = √{rad * rad} = {rad}", 'radical_then_value')]
    bad = [(f"center ({-h}, {-k}), radius {rad}", 'center_sign_flipped', 'center signs flipped'),
           (f"center ({h}, {k}), radius {rad * rad}", 'r_squared_as_radius', 'gave r^2 as radius'),
           (f"center ({k}, {h}), radius {rad}", 'center_swapped', 'coordinates swapped')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')
