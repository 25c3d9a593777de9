"""Math generators: solution sets, parameter ranges, tuples, lines, polynomials, trig values, angles."""
import math
from fractions import Fraction as F
from common import L, sqrt_simplify, ftex, rad_tex, poly_tex, signed, dec, terminating


def _iv(lo, hi, lc, hc, inner, lt, ht):
    """interval or union text. inner: [lo,hi] region; else outer union."""
    if inner:
        return f"{'[' if lc else '('}{lt}, {ht}{']' if hc else ')'}"
    return f"(-\\infty, {lt}{']' if lc else ')'} \\cup {'[' if hc else '('}{ht}, +\\infty)"


def _ineq(var, inner, lc, hc, lt, ht, lang):
    a, b = ("\\le" if lc else "<"), ("\\le" if hc else "<")
    if inner:
        return f"{lt} {a} {var} {b} {ht}"
    ga = "\\ge" if hc else ">"
    conn = L(lang, "\\text{ or }", "\\text{ 或 }")
    return f"{var} {a} {lt} {conn} {var} {ga} {ht}"


def _set_variants(rng, lang, var, lo, hi, lt, ht, inner, closed):
    key = (inner, closed, closed)
    ref = _iv(lo, hi, closed, closed, inner, lt, ht)
    right = [(_ineq(var, inner, closed, closed, lt, ht, lang), "inequality_notation", key),
             (f"\\{{{var} \\mid {_ineq(var, inner, closed, closed, lt, ht, lang)}\\}}", "set_builder", key)]
    if not inner:
        right.append((ref.replace("+\\infty", "\\infty"), "infinity_without_plus", key))
    wrong = [(_iv(lo, hi, not closed, not closed, inner, lt, ht), "open_vs_closed_end", (inner, not closed, not closed)),
             (_iv(lo, hi, closed, not closed, inner, lt, ht), "one_end_wrong", (inner, closed, not closed)),
             (_iv(lo, hi, not closed, not closed, not inner, lt, ht), "complement_set", (not inner, not closed, not closed))]
    if not inner:
        wrong.append((f"{'[' if closed else '('}{ht}, +\\infty)", "missing_branch", ("half",)))
    return ref, key, right, wrong


def g_quad_ineq(rng, lang):
    while True:
        p, qd = rng.randint(-7, 7), rng.choice([1, 1, 2, 3])
        r2 = rng.randint(-6, 8)
        r1 = F(p, qd)
        if r1 < r2 and r1 != 0:
            break
    coeffs = [qd, -(qd * r2 + p), p * r2]
    op = rng.choice(["<", "\\le", ">", "\\ge"])
    inner = op in ("<", "\\le")
    closed = op in ("\\le", "\\ge")
    lt, ht = ftex(r1), ftex(r2)
    ref, key, right, wrong = _set_variants(rng, lang, "x", r1, r2, lt, ht, inner, closed)
    if r1.denominator > 1 and terminating(r1):
        alt = _iv(r1, r2, closed, closed, inner, dec(r1), ht)
        right.append((alt, "decimal_endpoint", key))
    q = L(lang, f"Solve the inequality ${poly_tex(coeffs)} {op} 0$. Express the solution set in interval notation.",
          f"解不等式 ${poly_tex(coeffs)} {op} 0$，写出其解集。")
    steps = [L(lang, f"Factor: ${poly_tex(coeffs)} = ({poly_tex([qd, -p])})({poly_tex([1, -r2])})$.", f"因式分解：${poly_tex(coeffs)} = ({poly_tex([qd, -p])})({poly_tex([1, -r2])})$。"),
             L(lang, f"The roots are $x = {lt}$ and $x = {ht}$, and the parabola opens upward.", f"两根为 $x = {lt}$ 和 $x = {ht}$，抛物线开口向上。"),
             L(lang, f"So the expression is {'non-positive' if op == chr(92)+'le' else 'negative' if op == '<' else 'non-negative' if closed else 'positive'} "
               f"{'between' if inner else 'outside'} the roots{', endpoints included' if closed else ''}.",
               f"所以满足条件的 $x$ 在两根{'之间' if inner else '之外'}{'，含端点' if closed else ''}。")]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=key, steps=steps, right=right, wrong=wrong)


def g_param_range(rng, lang):
    p = rng.randint(-4, 4)
    qv = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 12])
    k, m = sqrt_simplify(4 * qv)  # 2*sqrt(q)
    if m == 1:
        lo, hi = F(p - k), F(p + k)
        lt, ht = ftex(lo), ftex(hi)
    else:
        lt = (f"{p} - " if p else "-") + rad_tex(k, m)
        ht = (f"{p} + " if p else "") + rad_tex(k, m)
        lo = hi = None
    kind = rng.choice(["two", "none", "real"])
    inner = kind == "none"
    closed = kind == "real"
    ptxt = poly_tex([1, -p]).replace("x", "a") if p else "a"
    q = L(lang, {"two": f"Find all real $a$ for which the equation $x^2 + ({ptxt})x + {qv} = 0$ has two distinct real roots.",
                 "none": f"Find all real $a$ for which the equation $x^2 + ({ptxt})x + {qv} = 0$ has no real roots.",
                 "real": f"Find all real $a$ for which the equation $x^2 + ({ptxt})x + {qv} = 0$ has real roots."}[kind],
          {"two": f"若关于 $x$ 的方程 $x^2 + ({ptxt})x + {qv} = 0$ 有两个不相等的实数根，求实数 $a$ 的取值范围。",
           "none": f"若关于 $x$ 的方程 $x^2 + ({ptxt})x + {qv} = 0$ 没有实数根，求实数 $a$ 的取值范围。",
           "real": f"若关于 $x$ 的方程 $x^2 + ({ptxt})x + {qv} = 0$ 有实数根，求实数 $a$ 的取值范围。"}[kind])
    rel = {"two": ">", "none": "<", "real": "\\ge"}[kind]
    steps = [L(lang, f"The discriminant is $\\Delta = ({ptxt})^2 - 4\\cdot {qv} = ({ptxt})^2 - {4*qv}$.", f"判别式 $\\Delta = ({ptxt})^2 - {4*qv}$。"),
             L(lang, f"We need $\\Delta {rel} 0$, i.e. $({ptxt})^2 {rel} {4*qv}$.", f"需要 $\\Delta {rel} 0$，即 $({ptxt})^2 {rel} {4*qv}$。"),
             L(lang, f"Taking square roots, $|{ptxt}| {rel} {rad_tex(k, m)}$, which gives the endpoints ${lt}$ and ${ht}$.",
               f"开方得 $|{ptxt}| {rel} {rad_tex(k, m)}$，端点为 ${lt}$ 和 ${ht}$。")]
    ref, key, right, wrong = _set_variants(rng, lang, "a", lo, hi, lt, ht, inner, closed)
    if p:
        sl = (f"{-p} - " ) + rad_tex(k, m) if m > 1 else ftex(-p - k)
        sh = (f"{-p} + " ) + rad_tex(k, m) if m > 1 else ftex(-p + k)
        wrong.append((_iv(None, None, closed, closed, inner, sl, sh), "shifted_endpoints_sign", ("shift",)))
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=key, steps=steps, right=right, wrong=wrong)


def _solve(A, b):
    n = len(A)
    M = [[F(x) for x in row] + [F(bb)] for row, bb in zip(A, b)]
    for c in range(n):
        piv = next(r for r in range(c, n) if M[r][c] != 0)
        M[c], M[piv] = M[piv], M[c]
        for r in range(n):
            if r != c and M[r][c] != 0:
                f = M[r][c] / M[c][c]
                M[r] = [x - f * y for x, y in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]


def _lin(coefs, vars_):
    s = ""
    for c, v in zip(coefs, vars_):
        if c == 0:
            continue
        t = ("" if abs(c) == 1 else str(abs(c))) + v
        s += (("-" if c < 0 else "") + t) if not s else ((" - " if c < 0 else " + ") + t)
    return s


def g_system(rng, lang):
    n = rng.choice([2, 2, 3])
    vs = ["x", "y", "z"][:n]
    while True:
        sol = [rng.randint(-6, 6) for _ in range(n)]
        A = [[rng.randint(-4, 4) for _ in range(n)] for _ in range(n)]
        try:
            if [int(v) for v in _solve(A, [0] * n)] != [0] * n:
                continue
            b = [sum(a * s for a, s in zip(row, sol)) for row in A]
            if _solve(A, b) == [F(s) for s in sol] and len(set(sol)) == n and all(any(r) for r in A):
                break
        except (StopIteration, ZeroDivisionError):
            continue
    eqs = " \\\\ ".join(f"{_lin(row, vs)} = {bb}" for row, bb in zip(A, b))
    q = L(lang, f"Solve the system $\\begin{{cases}} {eqs} \\end{{cases}}$ and give the solution as an ordered {'pair' if n == 2 else 'triple'}.",
          f"解方程组 $\\begin{{cases}} {eqs} \\end{{cases}}$。")
    tup = "(" + ", ".join(map(str, sol)) + ")"
    key = tuple(sol)
    steps = [L(lang, "I will eliminate variables one at a time.", "用消元法逐个消去未知数。")]
    for i, v in enumerate(vs):
        steps.append(L(lang, f"After elimination and back-substitution, ${v} = {sol[i]}$.", f"消元并回代得 ${v} = {sol[i]}$。"))
    steps.append(L(lang, "Checking in each equation: " + "; ".join(f"{_lin(row, vs)} \\to {bb}" for row, bb in zip(A, b)) + ". All satisfied.",
                   "代入各方程检验：全部成立。"))
    right = [(", ".join(f"{v} = {s}" for v, s in zip(vs, sol)), "variable_assignments", key),
             ("\\{" + tup + "\\}", "solution_set_of_tuple", key),
             ("\\begin{cases} " + " \\\\ ".join(f"{v} = {s}" for v, s in zip(vs, sol)) + " \\end{cases}", "cases_environment", key)]
    sw = list(reversed(sol))
    fl = [-sol[0]] + sol[1:]
    wrong = [("(" + ", ".join(map(str, sw)) + ")", "swapped_order", tuple(sw)), ("(" + ", ".join(map(str, fl)) + ")", "sign_error", tuple(fl)),
             (f"{vs[0]} = {sol[0]}", "partial_solution", ("partial",)),
             ("(" + ", ".join(map(str, sol[:-1] + [sol[-1] + 1])) + ")", "one_component_off", tuple(sol[:-1] + [sol[-1] + 1]))]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=tup, refval=key, steps=steps, right=right, wrong=wrong)


def _line_key(A, B, C):
    """Ax + By + C = 0 normalized."""
    g = math.gcd(math.gcd(abs(A), abs(B)), abs(C)) or 1
    A, B, C = A // g, B // g, C // g
    if A < 0 or (A == 0 and B < 0):
        A, B, C = -A, -B, -C
    return (A, B, C)


def _slope_form(mnum, mden, bnum, bden):
    m, b = F(mnum, mden), F(bnum, bden)
    mt = "" if m == 1 else "-" if m == -1 else ftex(m)
    return f"y = {mt}x {signed(b)}" if b != 0 else f"y = {mt}x"


def g_line(rng, lang):
    tangent = rng.random() < 0.5
    if tangent:
        a, bq, c = rng.randint(1, 3), rng.randint(-5, 5), rng.randint(-6, 6)
        x0 = rng.choice([v for v in range(-3, 4) if 2 * a * v + bq != 0])
        y0 = a * x0 * x0 + bq * x0 + c
        m = F(2 * a * x0 + bq)
        q = L(lang, f"Find the equation of the tangent line to the curve $y = {poly_tex([a, bq, c])}$ at the point $({x0}, {y0})$.",
              f"求曲线 $y = {poly_tex([a, bq, c])}$ 在点 $({x0}, {y0})$ 处的切线方程。")
        steps = [L(lang, f"$y' = {poly_tex([2*a, bq])}$, so the slope at $x = {x0}$ is ${ftex(m)}$.", f"$y' = {poly_tex([2*a, bq])}$，在 $x = {x0}$ 处斜率为 ${ftex(m)}$。")]
    else:
        while True:
            x0, y0, x1, y1 = (rng.randint(-6, 6) for _ in range(4))
            if x1 != x0 and y1 != y0:
                break
        m = F(y1 - y0, x1 - x0)
        q = L(lang, f"Find the equation of the line passing through $({x0}, {y0})$ and $({x1}, {y1})$.",
              f"求经过点 $({x0}, {y0})$ 和 $({x1}, {y1})$ 的直线方程。")
        steps = [L(lang, f"Slope: $m = \\frac{{{y1} - ({y0})}}{{{x1} - ({x0})}} = {ftex(m)}$.", f"斜率 $k = \\frac{{{y1} - ({y0})}}{{{x1} - ({x0})}} = {ftex(m)}$。")]
    bb = y0 - m * x0
    steps.append(L(lang, f"Point-slope form: $y - ({y0}) = {ftex(m)}(x - ({x0}))$, so the intercept is ${ftex(bb)}$.",
                   f"点斜式：$y - ({y0}) = {ftex(m)}(x - ({x0}))$，截距为 ${ftex(bb)}$。"))
    D = m.denominator * bb.denominator // math.gcd(m.denominator, bb.denominator)
    A_, B_, C_ = int(m * D), -D, int(bb * D)   # A x + B y + C = 0
    key = _line_key(A_, B_, C_)
    ref = _slope_form(m.numerator, m.denominator, bb.numerator, bb.denominator)
    std = f"{_lin([A_, B_], ['x', 'y'])} {signed(C_)} = 0" if C_ else f"{_lin([A_, B_], ['x', 'y'])} = 0"
    std2 = f"{_lin([-A_, -B_], ['x', 'y'])} = {C_}"
    right = [(std, "general_form_equation", key), (std2, "standard_form_moved_constant", key),
             (f"y {signed(-y0)} = {ftex(m)}(x {signed(-x0)})", "point_slope_form", key)]
    wrong = [(_slope_form(m.numerator, m.denominator, -bb.numerator, bb.denominator), "intercept_sign", _line_key(A_, B_, -C_)),
             (_slope_form(-m.numerator, m.denominator, bb.numerator, bb.denominator), "slope_sign", _line_key(-A_, B_, C_)),
             (f"{_lin([A_, -B_], ['x', 'y'])} {signed(C_)} = 0" if C_ else f"{_lin([A_, -B_], ['x', 'y'])} = 0", "general_form_sign_error", _line_key(A_, -B_, C_))]
    if bb != 0:
        wrong.append((_slope_form(m.numerator, m.denominator, 0, 1), "dropped_intercept", _line_key(A_, B_, 0)))
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=key, steps=steps, right=right, wrong=wrong)


def _expand(roots):
    co = [1]
    for r in roots:
        co = [a - r * b for a, b in zip(co + [0], [0] + co)]
    return tuple(co)


def g_poly_roots(rng, lang):
    roots = rng.sample([v for v in range(-5, 6) if v], 3)
    co = [1]
    for r in roots:
        co = [a - r * b for a, b in zip(co + [0], [0] + co)]
    key = tuple(co)
    ref = poly_tex(co)
    q = L(lang, f"Find the monic cubic polynomial $p(x)$ whose roots are ${roots[0]}$, ${roots[1]}$ and ${roots[2]}$. Write $p(x)$ explicitly.",
          f"求首项系数为 1、三个根分别为 ${roots[0]}$、${roots[1]}$、${roots[2]}$ 的三次多项式 $p(x)$。")
    fac = "".join(f"({poly_tex([1, -r])})" for r in roots)
    steps = [L(lang, f"$p(x) = {fac}$.", f"$p(x) = {fac}$。"),
             L(lang, f"By Vieta: sum of roots ${sum(roots)}$, sum of pairwise products ${co[2]}$, product ${-co[3]}$.",
               f"由韦达定理：根之和 ${sum(roots)}$，两两积之和 ${co[2]}$，三根之积 ${-co[3]}$。"),
             L(lang, f"So $p(x) = {ref}$.", f"所以 $p(x) = {ref}$。")]
    rev = " + ".join(f"({c})x^{3-i}" for i, c in enumerate(co) if c)
    right = [(fac, "factored_form", key), ("".join(f"({poly_tex([1, -r])})" for r in reversed(roots)), "factored_reordered", key),
             (f"p(x) = {ref}", "with_function_name", key)]
    bad = [1, co[1], co[2], -co[3]]
    bad2 = [1, -co[1], co[2], co[3]]
    wr = [-roots[0]] + roots[1:]
    wrong = [(poly_tex(bad), "constant_sign", tuple(bad)), (poly_tex(bad2), "quadratic_coefficient_sign", tuple(bad2)),
             ("".join(f"({poly_tex([1, r])})" for r in roots), "roots_negated", _expand([-r for r in roots])),
             ("".join(f"({poly_tex([1, -r])})" for r in wr), "one_root_sign", _expand(wr))]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=key, steps=steps, right=right, wrong=wrong)


# exact value table: value -> list of tex forms (first is canonical)
def _trig_forms():
    r2, r3 = math.sqrt(2), math.sqrt(3)
    base = [(0.0, ["0"]), (0.5, ["\\frac{1}{2}", "0.5", "1/2"]), (r2 / 2, ["\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}", "\\sqrt{2}/2"]),
            (r3 / 2, ["\\frac{\\sqrt{3}}{2}", "\\frac{1}{2}\\sqrt{3}", "\\sqrt{3}/2"]), (1.0, ["1"]),
            (r3, ["\\sqrt{3}", "\\frac{3}{\\sqrt{3}}"]), (r3 / 3, ["\\frac{\\sqrt{3}}{3}", "\\frac{1}{\\sqrt{3}}", "\\sqrt{3}/3"])]
    out = []
    for v, fs in base:
        out.append((v, fs))
        if v:
            out.append((-v, ["-" + f for f in fs]))
    return out


TRIG = _trig_forms()


def _exact(v):
    for val, fs in TRIG:
        if abs(val - v) < 1e-9:
            return fs
    return None


def g_trig(rng, lang):
    while True:
        fn = rng.choice(["sin", "cos", "tan"])
        deg = rng.choice([d for d in range(0, 360, 15) if d % 30 == 0 or d % 45 == 0]) + 360 * rng.randint(-1, 2)
        f = {"sin": math.sin, "cos": math.cos, "tan": math.tan}[fn]
        if fn == "tan" and deg % 180 == 90:
            continue
        v = f(math.radians(deg))
        fs = _exact(v)
        if fs and abs(v) > 1e-9 and len(fs) > 1:
            break
    red = deg % 360
    useRad = rng.random() < 0.4
    if useRad:
        fr = F(deg, 180)
        arg = f"\\frac{{{'' if abs(fr.numerator) == 1 else abs(fr.numerator)}\\pi}}{{{fr.denominator}}}" if fr.denominator > 1 else f"{fr.numerator}\\pi"
        if fr < 0:
            arg = "-" + arg
        argtxt = f"\\left({arg}\\right)"
    else:
        argtxt = f"{deg}^\\circ"
    q = L(lang, f"Compute the exact value of $\\{fn} {argtxt}$.", f"求 $\\{fn} {argtxt}$ 的值。")
    ref = fs[0]
    steps = [L(lang, f"Reduce the angle: ${deg}^\\circ$ is coterminal with ${red}^\\circ$.", f"先化简角：${deg}^\\circ$ 与 ${red}^\\circ$ 终边相同。"),
             L(lang, f"The reference angle is ${min(red % 180, 180 - red % 180)}^\\circ$, and the sign of $\\{fn}$ in that quadrant gives ${'+' if v > 0 else '-'}$.",
               f"参考角为 ${min(red % 180, 180 - red % 180)}^\\circ$，该象限内 $\\{fn}$ 的符号为 ${'+' if v > 0 else '-'}$。"),
             L(lang, f"So $\\{fn} {argtxt} = {ref} \\approx {v:.4f}$.", f"所以 $\\{fn} {argtxt} = {ref}$。")]
    right = [(x, "equivalent_trig_form", v) for x in fs[1:]]
    right.append((f"\\{fn} {red}^\\circ = {ref}", "restated_with_reduced_angle", v))
    other = {"sin": math.cos, "cos": math.sin, "tan": lambda t: 1 / math.tan(t)}[fn](math.radians(deg))
    wrong = [(_exact(-v)[0], "sign_error", -v)]
    of = _exact(other)
    if of:
        wrong.append((of[0], "cofunction_value", other))
    if fn != "tan":
        r2, r3 = math.sqrt(2) / 2, math.sqrt(3) / 2
        alt = {0.5: r3, round(r2, 9): r3, round(r3, 9): r2}[round(abs(v), 9)]
        alt = alt if v > 0 else -alt
        wrong.append((_exact(alt)[0], "radical_not_equal", alt))
    else:
        wrong.append((_exact(1 / v)[0], "reciprocal", 1 / v))
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=v, steps=steps, right=right, wrong=wrong)


ANG = {F(1, 3): (60, "\\frac{\\pi}{3}"), F(2, 3): (120, "\\frac{2\\pi}{3}"), F(1, 4): (45, "\\frac{\\pi}{4}"),
       F(3, 4): (135, "\\frac{3\\pi}{4}"), F(1, 6): (30, "\\frac{\\pi}{6}"), F(5, 6): (150, "\\frac{5\\pi}{6}"), F(1, 2): (90, "\\frac{\\pi}{2}")}


def g_vec_angle(rng, lang):
    while True:
        u = [rng.randint(-2, 2) for _ in range(3)]
        w = [rng.randint(-2, 2) for _ in range(3)]
        n1, n2 = sum(x * x for x in u), sum(x * x for x in w)
        if not n1 or not n2:
            continue
        dot = sum(a * b for a, b in zip(u, w))
        c = dot / math.sqrt(n1 * n2)
        t = F(math.acos(max(-1, min(1, c))) / math.pi).limit_denominator(12)
        if t in ANG and abs(math.acos(c) - float(t) * math.pi) < 1e-9 and t != F(1, 2):
            break
    deg, rad = ANG[t]
    inrad = rng.random() < 0.5
    q = L(lang, f"Find the angle between the vectors $\\mathbf{{u}} = ({', '.join(map(str, u))})$ and $\\mathbf{{v}} = ({', '.join(map(str, w))})$.",
          f"求向量 $\\mathbf{{u}} = ({', '.join(map(str, u))})$ 与 $\\mathbf{{v}} = ({', '.join(map(str, w))})$ 的夹角。")
    ref = rad if inrad else f"{deg}^\\circ"
    cexact = _exact(c)[0]
    steps = [L(lang, f"$\\mathbf{{u}}\\cdot\\mathbf{{v}} = {dot}$, $|\\mathbf{{u}}| = \\sqrt{{{n1}}}$, $|\\mathbf{{v}}| = \\sqrt{{{n2}}}$.",
               f"$\\mathbf{{u}}\\cdot\\mathbf{{v}} = {dot}$，$|\\mathbf{{u}}| = \\sqrt{{{n1}}}$，$|\\mathbf{{v}}| = \\sqrt{{{n2}}}$。"),
             L(lang, f"$\\cos\\theta = \\frac{{{dot}}}{{\\sqrt{{{n1 * n2}}}}} = {cexact}$.", f"$\\cos\\theta = \\frac{{{dot}}}{{\\sqrt{{{n1*n2}}}}} = {cexact}$。"),
             L(lang, f"Since $0 \\le \\theta \\le \\pi$, $\\theta = {rad}$, i.e. ${deg}^\\circ$.", f"因为 $\\theta \\in [0, \\pi]$，所以 $\\theta = {rad}$。")]
    v = float(t)
    right = [((f"{deg}^\\circ" if inrad else rad), "degrees_radians_equal", v),
             ((f"{deg}°" if inrad else L(lang, f"{deg} degrees", f"{deg}度")), "degree_unit_variant", v),
             ]
    if inrad:
        right.append((f"\\arccos\\left({cexact}\\right)", "arccos_expression", v))
    sup = 1 - t
    wrong = [((ANG[sup][1] if inrad else f"{ANG[sup][0]}^\\circ"), "supplementary_angle", float(sup)),
             (cexact, "gave_cosine_not_angle", None)]
    if F(1, 2) - t in ANG:
        comp = F(1, 2) - t
        wrong.append(((ANG[comp][1] if inrad else f"{ANG[comp][0]}^\\circ"), "complementary_angle", float(comp)))
    wrong.append(((f"\\frac{{\\pi}}{{{deg}}}" if inrad else f"{deg // 2}^\\circ"), "angle_not_equal", None))
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=v, steps=steps, right=right, wrong=wrong)


GENS = {"quad_ineq": g_quad_ineq, "param_range": g_param_range, "system": g_system, "line": g_line,
        "poly_roots": g_poly_roots, "trig": g_trig, "vec_angle": g_vec_angle}
