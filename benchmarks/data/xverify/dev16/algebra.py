"""dev16's algebra and geometry families: quadratics, absolute-value inequalities, lines, cross products, angles, matrices, series. Part of gen_math.py (see README.md)."""
from fractions import Fraction
import math
import inspect
from context import _x


def fam_quadratic(r):
    while True:
        a, b = sorted(r.sample([-7, -5, -4, -3, -2, 1, 2, 3, 4, 6, 7, 9], 2))
        if a + b != 0:
            break
    s, p = a + b, a * b
    def sg(v):
        return f"+ {v}" if v >= 0 else f"- {-v}"
    poly = f"x^2 {sg(-s)}x {sg(p)}".replace("+ 1x", "+ x").replace("- 1x", "- x").replace("+ 0x ", "")
    q = f"Find all real solutions of the equation ${poly} = 0$."
    st = (f"I need two numbers that multiply to {p} and add to {s}. Let me try... {a} and {b}: product {a*b}, sum {a+b}. Yes. "
          f"So it factors as (x {sg(-a)})(x {sg(-b)}) — let me expand to be safe: x^2 {sg(-a-b)}x {sg(a*b)}. Matches. ")
    disc = s * s - 4 * p
    sc = (f"Use the quadratic formula with $a=1$, $b={-s}$, $c={p}$.\n\n"
          f"Discriminant: $\\Delta = ({-s})^2 - 4(1)({p}) = {s*s} {sg(-4*p)} = {disc}$, so $\\sqrt{{\\Delta}} = {int(math.isqrt(disc))}$.\n\n"
          f"$$x = \\frac{{{s} \\pm {int(math.isqrt(disc))}}}{{2}}$$\n\n")
    fin = f"This gives $x = {b}$ and $x = {a}$."
    ver = f"Plug in: for x = {a}: {a*a} {sg(-s*a)} {sg(p)} = {a*a - s*a + p}; for x = {b}: {b*b} {sg(-s*b)} {sg(p)} = {b*b - s*b + p}. Both zero."
    right = [f"x = {a} \\text{{ or }} x = {b}", f"\\{{{a}, {b}\\}}", f"{b}, {a}", f"x_1 = {a},\\ x_2 = {b}", f"x={b} and x={a}"]
    wrongs = [(f"x = {b}", f"The relevant solution is x = {b}.", "missing_root"),
              (f"\\{{{-a}, {-b}\\}}", f"so the roots are x = {-a} and x = {-b} (from the factors).", "sign_error_roots")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"{a}, {b}", f"x={a} \\text{{ or }} x={b}", f"\\{{{a},{b}\\}}"]),
                wrongs=wrongs, dataset="math_like", lang="en"))


def fam_abs_ineq(r):
    c, d = r.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5, 6]), r.randint(2, 7)
    lo, hi = c - d, c + d
    cs = f"x - {c}" if c >= 0 else f"x + {-c}"
    q = f"Solve the inequality $|{cs}| < {d}$ and write the solution set in interval notation."
    st = (f"Absolute value less than {d} means the inside is within {d} of zero, so −{d} < {cs} < {d}. "
          f"Add {c} across (well, {'subtract' if c < 0 else 'add'} appropriately): {lo} < x < {hi}. "
          f"Strict inequality, so endpoints excluded — open interval. Let me just test x = {c}: |0| = 0 < {d}, fine. x = {hi}: |{d}| = {d}, not < {d}. Right, excluded. ")
    sc = (f"For $k>0$, $|u| < k \\iff -k < u < k$. With $u = {cs}$ and $k = {d}$:\n\n"
          f"$$-{d} < {cs} < {d}$$\n\n")
    fin = f"Adding {c} to every part: ${lo} < x < {hi}$, i.e. $({lo}, {hi})$."
    ver = f"Test points: x = {lo - 1} gives |{lo - 1 - c}| = {d + 1} (fails), x = {c + 1} gives 1 (works), x = {hi + 1} gives {d + 1} (fails). Consistent."
    right = [f"({lo}, {hi})", f"{lo} < x < {hi}", f"x \\in ({lo},{hi})", f"\\left({lo},\\,{hi}\\right)"]
    wrongs = [(f"[{lo}, {hi}]", f"So the solution set is [{lo}, {hi}].", "closed_vs_open_interval"),
              (f"({-d - c}, {d - c})", f"Subtracting {c}: {-d - c} < x < {d - c}.", "shift_wrong_direction"),
              (f"(-\\infty, {lo}) \\cup ({hi}, \\infty)", f"so x < {lo} or x > {hi}.", "complement_interval")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"({lo}, {hi})", f"{lo}<x<{hi}"]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_line(r):
    m = r.choice([-3, -2, 2, 3, 4, Fraction(1, 2), Fraction(-1, 2)])
    x1 = r.randint(-3, 3)
    b = r.randint(-5, 5)
    x2 = x1 + (2 if isinstance(m, Fraction) else 1) * r.choice([1, 2])
    y1, y2 = m * x1 + b, m * x2 + b
    def f(v):
        v = Fraction(v)
        return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"
    q = f"Find the equation of the line passing through the points $({x1}, {f(y1)})$ and $({x2}, {f(y2)})$. Write it in slope-intercept form."
    ms = f(m)
    bs = f"+ {f(b)}" if b > 0 else (f"- {f(-b)}" if b < 0 else "")
    mx = "x" if m == 1 else ("-x" if m == -1 else (f"\\frac{{{m.numerator}}}{{{m.denominator}}}x" if isinstance(m, Fraction) else f"{m}x"))
    mxp = "x" if m == 1 else (f"({ms})x" if isinstance(m, Fraction) else f"{m}x")
    eq = f"y = {mx} {bs}".strip()
    eqp = f"y = {mxp} {bs}".strip()
    st = (f"Slope first: rise over run = ({f(y2)} − ({f(y1)})) / ({x2} − ({x1})) = {f(y2 - y1)}/{x2 - x1} = {ms}. "
          f"Then plug one point into y = mx + b: {f(y1)} = {ms}·({x1}) + b → b = {f(y1)} − ({f(m * x1)}) = {f(b)}. ")
    sc = (f"**Slope.**\n$$m = \\frac{{y_2 - y_1}}{{x_2 - x_1}} = \\frac{{{f(y2)} - ({f(y1)})}}{{{x2} - ({x1})}} = {ms}$$\n\n"
          f"**Intercept.** Using $({x1}, {f(y1)})$: $b = y_1 - m x_1 = {f(y1)} - ({ms})({x1}) = {f(b)}$.\n\n")
    fin = f"Therefore the line is ${eq}$."
    ver = f"Check the second point: {ms}·{x2} + ({f(b)}) = {f(m * x2 + b)} = y₂ ✓."
    D = m.denominator if isinstance(m, Fraction) else 1
    A, B, C = int(m * D), -D, int(b * D)
    std = f"{A}x - {D}y {'+' if C >= 0 else '-'} {abs(C)} = 0".replace("1y", "y") if D == 1 else f"{A}x - {D}y {'+' if C >= 0 else '-'} {abs(C)} = 0"
    right = [eq, eqp, std]
    wb = f"+ {f(-b)}" if -b > 0 else (f"- {f(b)}" if -b < 0 else "+ 1")
    wrongs = [(f"y = {mx} {wb}".strip() if b != 0 else f"y = {mx} + 1", "So the intercept is the opposite sign, giving " + (f"y = {mx} {wb}" if b != 0 else f"y = {mx} + 1") + ".", "sign_error_intercept"),
              (f"y = {f(-m)}x {bs}".strip(), f"Slope is ({f(y1)} − {f(y2)})/({x2} − {x1}) = {f(-m)}, so y = {f(-m)}x {bs}.", "slope_sign_error")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([eq, f"${eq}$"]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_cross(r):
    u = [r.randint(-3, 4) for _ in range(3)]
    v = [r.randint(-3, 4) for _ in range(3)]
    c = [u[1]*v[2] - u[2]*v[1], u[2]*v[0] - u[0]*v[2], u[0]*v[1] - u[1]*v[0]]
    if c == [0, 0, 0] or 0 in c[:1]:
        c = None
    if c is None:
        u, v = [1, 2, 3], [4, -1, 2]
        c = [u[1]*v[2] - u[2]*v[1], u[2]*v[0] - u[0]*v[2], u[0]*v[1] - u[1]*v[0]]
    q = f"Compute the cross product $\\mathbf{{u}} \\times \\mathbf{{v}}$ for $\\mathbf{{u}} = ({u[0]}, {u[1]}, {u[2]})$ and $\\mathbf{{v}} = ({v[0]}, {v[1]}, {v[2]})$."
    st = (f"Use the determinant with i, j, k. i-component: u2v3 − u3v2 = ({u[1]})({v[2]}) − ({u[2]})({v[1]}) = {u[1]*v[2]} − {u[2]*v[1]} = {c[0]}. "
          f"j-component — careful, it's u3v1 − u1v3 = ({u[2]})({v[0]}) − ({u[0]})({v[2]}) = {c[1]}. "
          f"k-component: u1v2 − u2v1 = ({u[0]})({v[1]}) − ({u[1]})({v[0]}) = {c[2]}. ")
    sc = (f"$$\\mathbf{{u}}\\times\\mathbf{{v}} = \\begin{{vmatrix}} \\mathbf{{i}} & \\mathbf{{j}} & \\mathbf{{k}} \\\\ {u[0]} & {u[1]} & {u[2]} \\\\ {v[0]} & {v[1]} & {v[2]} \\end{{vmatrix}}$$\n\n"
          f"Expanding along the first row, the components are {c[0]}, {c[1]} and {c[2]}. ")
    fin = f"So $\\mathbf{{u}}\\times\\mathbf{{v}} = ({c[0]}, {c[1]}, {c[2]})$."
    ver = f"Orthogonality check: u·(u×v) = {u[0]*c[0]} + {u[1]*c[1]} + {u[2]*c[2]} = {sum(a*b for a, b in zip(u, c))}; v·(u×v) = {sum(a*b for a, b in zip(v, c))}. Both zero ✓."
    right = [f"({c[0]}, {c[1]}, {c[2]})", f"\\begin{{pmatrix}} {c[0]} \\\\ {c[1]} \\\\ {c[2]} \\end{{pmatrix}}", f"\\langle {c[0]}, {c[1]}, {c[2]} \\rangle",
             f"{c[0]}\\mathbf{{i}} {'+' if c[1] >= 0 else '-'} {abs(c[1])}\\mathbf{{j}} {'+' if c[2] >= 0 else '-'} {abs(c[2])}\\mathbf{{k}}"]
    wrongs = [(f"({c[0]}, {-c[1]}, {c[2]})", f"j-component: u1v3 − u3v1 = {-c[1]}. So ({c[0]}, {-c[1]}, {c[2]}).", "j_component_sign")]
    if c[1] == 0:
        wrongs = [(f"({-c[0]}, {-c[1]}, {-c[2]})", f"Computing v × u by mistake: ({-c[0]}, {-c[1]}, {-c[2]}).", "reversed_order")]
    else:
        wrongs.append((f"({-c[0]}, {-c[1]}, {-c[2]})", f"Actually the order is v × u here, giving ({-c[0]}, {-c[1]}, {-c[2]}).", "reversed_order"))
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"({c[0]},{c[1]},{c[2]})", f"\\begin{{pmatrix}}{c[0]}\\\\{c[1]}\\\\{c[2]}\\end{{pmatrix}}"]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_angle(r):
    k = r.choice([(1, 2, "\\frac{\\pi}{3}", "π/3", 60), (0, 1, "\\frac{\\pi}{2}", "π/2", 90), (-1, 2, "\\frac{2\\pi}{3}", "2π/3", 120)])
    num, den, tex, plain, deg = k
    cosv = {60: "\\frac{1}{2}", 90: "0", 120: "-\\frac{1}{2}"}[deg]
    # vectors with given cos
    u, v = {60: ((1, 0), (1, "√3")), 90: ((2, 1), (-1, 2)), 120: ((1, 0), (-1, "√3"))}[deg]
    q = f"Find the angle, in radians, between the vectors $\\mathbf{{a}} = ({u[0]}, {u[1]})$ and $\\mathbf{{b}} = ({v[0]}, {v[1]})$.".replace("√3", "\\sqrt{3}")
    dotv = {60: "1", 90: "0", 120: "-1"}[deg]
    nb = {60: "2", 90: "√5", 120: "2"}[deg]
    na = {60: "1", 90: "√5", 120: "1"}[deg]
    st = (f"cos θ = a·b / (|a||b|). a·b = {dotv}. |a| = {na}, |b| = {nb}. So cos θ = {cosv.replace(chr(92)+'frac{1}{2}', '1/2')}. "
          f"The angle in [0, π] with that cosine is {deg}°, and the question wants radians. {deg}° × π/180 = {plain}. ")
    sc = (f"$$\\cos\\theta = \\frac{{\\mathbf a\\cdot\\mathbf b}}{{\\|\\mathbf a\\|\\,\\|\\mathbf b\\|}} = {cosv}$$\n\n"
          f"Since $\\theta \\in [0, \\pi]$, ")
    fin = f"$\\theta = {tex}$ (that is, {deg}°)."
    ver = f"cos({plain}) = {cosv.replace(chr(92)+'frac{1}{2}', '1/2')}, as required."
    right = [tex, plain, f"{plain} rad", f"{deg * math.pi / 180:.4f} (= {plain})"]
    wrongs = [(f"{deg}", f"So θ = {deg}.", "degrees_number_when_radians_asked"),
              ({60: "\\frac{\\pi}{6}", 90: "\\pi", 120: "\\frac{\\pi}{3}"}[deg], "Taking the reference angle, θ = " + {60: "π/6", 90: "π", 120: "π/3"}[deg] + ".", "wrong_special_angle")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([tex, plain]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_series(r):
    a, d, n = r.randint(2, 9), r.randint(2, 7), r.choice([20, 25, 30, 40])
    last = a + (n - 1) * d
    S = n * (a + last) // 2
    q = f"Find the sum of the first {n} terms of the arithmetic sequence {a}, {a+d}, {a+2*d}, {a+3*d}, ..."
    st = (f"First term {a}, common difference {d}. The {n}th term is {a} + ({n}−1)·{d} = {a} + {(n-1)*d} = {last}. "
          f"Sum = n(first + last)/2 = {n}·({a} + {last})/2 = {n}·{a+last}/2. ")
    sc = f"$$a_{{{n}}} = a_1 + ({n}-1)d = {a} + {n-1}\\cdot {d} = {last}$$\n\n$$S_{{{n}}} = \\frac{{{n}(a_1 + a_{{{n}}})}}{{2}} = \\frac{{{n}\\cdot {a + last}}}{{2}}$$\n\n"
    fin = f"which equals {S}."
    ver = f"Alternative formula: S = n·a₁ + d·n(n−1)/2 = {n*a} + {d}·{n*(n-1)//2} = {n*a + d*n*(n-1)//2}. ✓"
    right = [f"{S}", f"\\boxed{{{S}}}", f"{S:,}" if S >= 1000 else f"S_{{{n}}} = {S}"]
    wl = a + n * d
    wrongs = [(f"{n * (a + wl) // 2}", f"the last term is {a} + {n}·{d} = {wl}, so S = {n * (a + wl) // 2}.", "nth_term_off_by_one"),
              (f"{last}", f"so the answer is {last}.", "term_instead_of_sum")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"{S}", f"S_{{{n}}}={S}"]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_matrix(r):
    A = [[r.randint(-2, 4) for _ in range(2)] for _ in range(2)]
    B = [[r.randint(-2, 3) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    def pm(M):
        return f"\\begin{{pmatrix}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{pmatrix}}"
    q = f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$."
    st = ("Row times column. " + " ".join(
        f"Entry ({i+1},{j+1}): ({A[i][0]})({B[0][j]}) + ({A[i][1]})({B[1][j]}) = {A[i][0]*B[0][j]} + {A[i][1]*B[1][j]} = {C[i][j]}." for i in range(2) for j in range(2)) + " ")
    sc = f"$$AB = \\begin{{pmatrix}} {A[0][0]}\\cdot{B[0][0]} + {A[0][1]}\\cdot{B[1][0]} & {A[0][0]}\\cdot{B[0][1]} + {A[0][1]}\\cdot{B[1][1]} \\\\ {A[1][0]}\\cdot{B[0][0]} + {A[1][1]}\\cdot{B[1][0]} & {A[1][0]}\\cdot{B[0][1]} + {A[1][1]}\\cdot{B[1][1]} \\end{{pmatrix}}$$\n\n"
    fin = f"$$AB = {pm(C)}$$"
    ver = f"det(AB) should equal det(A)det(B) = ({A[0][0]*A[1][1]-A[0][1]*A[1][0]})({B[0][0]*B[1][1]-B[0][1]*B[1][0]}) = {(A[0][0]*A[1][1]-A[0][1]*A[1][0])*(B[0][0]*B[1][1]-B[0][1]*B[1][0])}; det of my result: {C[0][0]*C[1][1]-C[0][1]*C[1][0]}. ✓"
    right = [pm(C), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]", f"\\begin{{bmatrix}}{C[0][0]}&{C[0][1]}\\\\{C[1][0]}&{C[1][1]}\\end{{bmatrix}}"]
    wrongs = []
    if BA != C:
        wrongs.append((pm(BA), f"Multiplying, I get {pm(BA)}.", "computed_BA_instead_of_AB"))
    T = [[C[0][0], C[1][0]], [C[0][1], C[1][1]]]
    if T != C:
        wrongs.append((pm(T), f"Writing the entries in order: {pm(T)}.", "transposed_result"))
    E = [[C[0][0], C[0][1]], [C[1][0], C[1][1] + 1]]
    wrongs.append((pm(E), f"so the bottom-right is {C[1][1]+1} and AB = {pm(E)}.", "single_entry_arithmetic"))
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=pm(C), wrongs=wrongs[:2], dataset="math_like", lang="en"))
