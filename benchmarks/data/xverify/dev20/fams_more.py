"""dev20 generator: matrices, vectors, calculus, word problems, systems and math multiple choice."""
import json, os, random, math
import re as _re
from fractions import Fraction as Fr
from common import *  # noqa: F403
from common import _re  # noqa: F401
from fams_algebra import *  # noqa: F403

def mat_tex(M, env="pmatrix"):
    return f"\\begin{{{env}}} " + " \\\\ ".join(" & ".join(fr_tex(x) for x in row) for row in M) + f" \\end{{{env}}}"


def mat_list(M):
    return "[" + ", ".join("[" + ", ".join(fr_txt(x) for x in row) + "]" for row in M) + "]"


# F8: inverse of a 2x2 matrix
def fam_matinv(rng, lang):
    while True:
        a, b, c, d = [rng.randint(-5, 7) for _ in range(4)]
        det = a * d - b * c
        if det in (1, -1, 2, -2, 3, 4, 5) and b != c and b != 0 and c != 0:
            break
    inv = [[Fr(d, det), Fr(-b, det)], [Fr(-c, det), Fr(a, det)]]
    A = [[a, b], [c, d]]
    zh = lang == "zh"
    q = (f"求矩阵 $A = {mat_tex(A)}$ 的逆矩阵。" if zh else pick(rng, [f"Find the inverse of $A = {mat_tex(A)}$.",
                                                              f"Compute $A^{{-1}}$ for $A = {mat_tex(A, 'bmatrix')}$."]))
    ref = pick(rng, [mat_tex(inv), mat_list(inv), f"$A^{{-1}} = {mat_tex(inv, 'bmatrix')}$"])
    adj = [[d, -b], [-c, a]]
    steps = (f"For a $2\\times 2$ matrix $\\begin{{pmatrix}} a & b \\\\ c & d\\end{{pmatrix}}$ the inverse is $\\frac{{1}}{{ad-bc}}\\begin{{pmatrix}} d & -b \\\\ -c & a\\end{{pmatrix}}$.\n\n"
             f"Here $\\det A = ({a})({d}) - ({b})({c}) = {a*d} - ({b*c}) = {det}$, which is nonzero, so $A$ is invertible.\n\n"
             f"The adjugate is ${mat_tex(adj)}$, and dividing by {det}:\n$$A^{{-1}} = {mat_tex(inv)}.$$") if not zh else (
             f"二阶矩阵的逆为 $\\frac{{1}}{{ad-bc}}\\begin{{pmatrix}} d & -b \\\\ -c & a\\end{{pmatrix}}$。\n\n"
             f"$\\det A = ({a})({d}) - ({b})({c}) = {det} \\neq 0$，伴随矩阵为 ${mat_tex(adj)}$，除以 {det} 得\n$$A^{{-1}} = {mat_tex(inv)}.$$")
    prod = [[sum(A[i][k] * inv[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    verify = (f"Check $AA^{{-1}}$: first row $({a})({fr_txt(inv[0][0])}) + ({b})({fr_txt(inv[1][0])}) = {fr_txt(prod[0][0])}$, "
              f"$({a})({fr_txt(inv[0][1])}) + ({b})({fr_txt(inv[1][1])}) = {fr_txt(prod[0][1])}$; second row gives ${fr_txt(prod[1][0])}, {fr_txt(prod[1][1])}$. So $AA^{{-1}} = I$ ✓")
    alt = (f"Row reduction on $[A \\mid I]$: start from $\\left[\\begin{{array}}{{cc|cc}} {a} & {b} & 1 & 0 \\\\ {c} & {d} & 0 & 1 \\end{{array}}\\right]$. "
           f"Eliminating and scaling leads to the right block ${mat_tex(inv)}$, the same as the formula." if not zh else
           f"用初等行变换 $[A\\mid I] \\to [I \\mid A^{{-1}}]$ 也能得到同样的右半块 ${mat_tex(inv)}$。")
    scratch = f"det = {a}*{d} - {b}*{c} = {det}. swap diagonal: {d}, {a}; negate off-diagonal: {-b}, {-c}. divide by {det}: {mat_list(inv)}."
    scaled = f"\\frac{{1}}{{{det}}}{mat_tex(adj)}" if det not in (1,) else mat_tex(adj)
    oks = [(mat_tex(inv), mat_tex(inv), "pmatrix"), (mat_list(inv), mat_list(inv), "nested_list"),
           (scaled, scaled, "scalar_times_adjugate"), (mat_tex(inv, "bmatrix"), mat_tex(inv, "bmatrix"), "bmatrix")]
    trans = [[inv[0][0], inv[1][0]], [inv[0][1], inv[1][1]]]
    nosign = [[Fr(d, det), Fr(b, det)], [Fr(c, det), Fr(a, det)]]
    bads = [(mat_tex(trans), mat_list(trans), "transposed_inverse"), (mat_tex(nosign), mat_list(nosign), "off_diagonal_sign_not_flipped")]
    if abs(det) != 1:
        bads.append((mat_tex(adj), mat_list(adj), "forgot_divide_by_det"))
    else:
        negi = [[-x for x in row] for row in inv]
        bads.append((mat_tex(negi), mat_list(negi), "negated_inverse"))
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (mat_tex(inv), mat_list(inv)), v,
                              (mat_tex(trans), mat_list(trans)), (mat_tex(adj), mat_list(adj)), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


# F9: eigenvalues of symmetric 2x2
def fam_eigen(rng, lang):
    while True:
        l1, l2 = rng.randint(-6, 9), rng.randint(-6, 9)
        a = rng.randint(-5, 9)
        if l1 == l2:
            continue
        c = l1 + l2 - a
        b2 = a * c - l1 * l2
        if b2 <= 0:
            continue
        b = math.isqrt(b2)
        if b * b == b2:
            break
    l1, l2 = min(l1, l2), max(l1, l2)
    A = [[a, b], [b, c]]
    zh = lang == "zh"
    q = (f"求矩阵 ${mat_tex(A)}$ 的全部特征值。" if zh else pick(rng, [f"Find the eigenvalues of ${mat_tex(A)}$.",
                                                           f"Let $M = {mat_tex(A, 'bmatrix')}$. What are the eigenvalues of $M$?"]))
    ref = pick(rng, [f"{l1}, {l2}", f"\\lambda = {l1}, {l2}", f"\\{{{l2}, {l1}\\}}"])
    tr, det = a + c, a * c - b * b
    steps = (f"The characteristic polynomial is\n\\[\n\\det(M - \\lambda I) = ({a} - \\lambda)({c} - \\lambda) - {b}^2 = \\lambda^2 - {tr}\\lambda + ({a*c} - {b*b}) = \\lambda^2 {'-' if tr >= 0 else '+'} {abs(tr)}\\lambda {'+' if det >= 0 else '-'} {abs(det)}.\n\\]\n\n"
             f"Its discriminant is ${tr}^2 - 4({det}) = {tr*tr - 4*det} = {abs(l1-l2)}^2$, so\n\\[\n\\lambda = \\frac{{{tr} \\pm {abs(l1-l2)}}}{{2}} \\in \\{{{l2}, {l1}\\}}.\n\\]\n\n"
             f"Since $M$ is symmetric, real eigenvalues were expected anyway.") if not zh else (
             f"特征多项式 $\\det(M-\\lambda I) = ({a}-\\lambda)({c}-\\lambda) - {b*b} = \\lambda^2 {'-' if tr >= 0 else '+'} {abs(tr)}\\lambda {'+' if det >= 0 else '-'} {abs(det)}$。\n\n"
             f"判别式为 ${tr*tr-4*det} = {abs(l1-l2)}^2$，所以 $\\lambda = \\frac{{{tr}\\pm{abs(l1-l2)}}}{{2}}$，即 ${l2}$ 和 ${l1}$。")
    verify = (f"Check: trace $= {a} + {c} = {tr} = {l1} + {l2}$ and determinant $= {det} = ({l1})({l2})$ ✓" if not zh else
              f"检验：迹 ${tr} = {l1}+{l2}$，行列式 ${det} = ({l1})({l2})$ ✓")
    scratch = f"trace {tr}, det {a}*{c} - {b}^2 = {det}. need two numbers summing to {tr} with product {det}: {l1} and {l2}. yes."
    alt = (f"Eigenvector check for $\\lambda = {l2}$: $(M - {l2}I) = {mat_tex([[a-l2, b], [b, c-l2]])}$, whose rows are proportional (determinant ${(a-l2)*(c-l2) - b*b}$), so it is singular ✓. "
           f"Likewise $M - ({l1})I = {mat_tex([[a-l1, b], [b, c-l1]])}$ has determinant ${(a-l1)*(c-l1) - b*b}$.")
    oks = [(f"{l1}, {l2}", f"{l1}, {l2}", "listed"), (f"\\lambda_1 = {l2},\\ \\lambda_2 = {l1}", f"λ1 = {l2}, λ2 = {l1}", "reordered_subscripted"),
           (f"\\{{{l2}, {l1}\\}}", f"{{{l2}, {l1}}}", "set_reordered")]
    bads = [(f"{-l1}, {-l2}", f"{-l1}, {-l2}", "signs_flipped"), (f"{l2}", f"{l2}", "missing_eigenvalue"),
            (f"{a}, {c}", f"{a}, {c}", "diagonal_entries_not_eigenvalues")]
    if {-l1, -l2} == {l1, l2}:
        bads.pop(0)
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (f"{l1}, {l2}", f"{l1}, {l2}"), v,
                              (f"{a}, {c}", f"{a}, {c}"), (f"{tr}", f"{tr}"), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


def vec_t(v):
    return "(" + ", ".join(str(x) for x in v) + ")"


# F10: cross product
def fam_cross(rng, lang):
    while True:
        u = [rng.randint(-4, 5) for _ in range(3)]
        w = [rng.randint(-4, 5) for _ in range(3)]
        x = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]]
        if all(x) and x[1] != -x[1]:
            break
    zh = lang == "zh"
    q = (f"已知 $\\mathbf u = {vec_t(u)}$，$\\mathbf v = {vec_t(w)}$，求 $\\mathbf u \\times \\mathbf v$。" if zh else
         f"Compute $\\mathbf{{u}} \\times \\mathbf{{v}}$ for $\\mathbf{{u}} = {vec_t(u)}$ and $\\mathbf{{v}} = {vec_t(w)}$.")
    ref = pick(rng, [vec_t(x), f"\\begin{{pmatrix}} {x[0]} \\\\ {x[1]} \\\\ {x[2]} \\end{{pmatrix}}", f"<{x[0]}, {x[1]}, {x[2]}>"])
    steps = (f"Use the determinant\n$$\\mathbf u\\times\\mathbf v = \\begin{{vmatrix}} \\mathbf i & \\mathbf j & \\mathbf k \\\\ {u[0]} & {u[1]} & {u[2]} \\\\ {w[0]} & {w[1]} & {w[2]} \\end{{vmatrix}}.$$\n\n"
             f"- $\\mathbf i$: $({u[1]})({w[2]}) - ({u[2]})({w[1]}) = {u[1]*w[2]} - ({u[2]*w[1]}) = {x[0]}$\n"
             f"- $\\mathbf j$: $-[({u[0]})({w[2]}) - ({u[2]})({w[0]})] = -[{u[0]*w[2]} - ({u[2]*w[0]})] = {x[1]}$\n"
             f"- $\\mathbf k$: $({u[0]})({w[1]}) - ({u[1]})({w[0]}) = {u[0]*w[1]} - ({u[1]*w[0]}) = {x[2]}$")
    if zh:
        steps = "用行列式展开：\n" + steps.split("\n\n", 1)[1]
    dot_u = sum(a * b for a, b in zip(x, u))
    dot_w = sum(a * b for a, b in zip(x, w))
    verify = (f"Orthogonality check: $\\mathbf u\\cdot(\\mathbf u\\times\\mathbf v) = {' + '.join(f'({a})({b})' for a, b in zip(u, x))} = {dot_u}$ and "
              f"$\\mathbf v\\cdot(\\mathbf u\\times\\mathbf v) = {dot_w}$ ✓") if not zh else f"正交性检验：与 $\\mathbf u$ 的点积为 {dot_u}，与 $\\mathbf v$ 的点积为 {dot_w} ✓"
    scratch = f"i: {u[1]}*{w[2]} - {u[2]}*{w[1]} = {x[0]}. j: careful with the minus, {u[2]}*{w[0]} - {u[0]}*{w[2]} = {x[1]}. k: {u[0]}*{w[1]} - {u[1]}*{w[0]} = {x[2]}."
    neg = [-t for t in x]
    jflip = [x[0], -x[1], x[2]]
    oks = [(vec_t(x), vec_t(x), "tuple"), (f"\\begin{{pmatrix}} {x[0]} \\\\ {x[1]} \\\\ {x[2]} \\end{{pmatrix}}", f"[{x[0]}, {x[1]}, {x[2]}]", "column_vector"),
           (f"{x[0]}\\mathbf{{i}} {'+' if x[1] > 0 else '-'} {abs(x[1])}\\mathbf{{j}} {'+' if x[2] > 0 else '-'} {abs(x[2])}\\mathbf{{k}}",
            f"{x[0]}i {'+' if x[1] > 0 else '-'} {abs(x[1])}j {'+' if x[2] > 0 else '-'} {abs(x[2])}k", "ijk_form")]
    bads = [(vec_t(neg), vec_t(neg), "reversed_order_v_cross_u"), (vec_t(jflip), vec_t(jflip), "j_component_sign"),
            (vec_t([x[2], x[1], x[0]]), vec_t([x[2], x[1], x[0]]), "components_permuted")]
    if x[0] == x[2]:
        bads.pop()
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (vec_t(x), vec_t(x)), v, (vec_t(neg), vec_t(neg)),
                              (str(x[0]), str(x[0])), None, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


# F11: integral of x/(x^2+k)
def fam_integral(rng, lang):
    k = pick(rng, [1, 1, 2, 3, 4])
    B = rng.randint(1, 5)
    top = B * B + k
    g = Fr(top, k)
    zh = lang == "zh"
    q = (f"计算定积分 $\\int_0^{{{B}}} \\frac{{x}}{{x^2+{k}}}\\,dx$。" if zh else
         pick(rng, [f"Evaluate $\\displaystyle\\int_0^{{{B}}} \\frac{{x}}{{x^2+{k}}}\\,dx$ exactly.", f"Compute the exact value of the integral of x/(x^2+{k}) from 0 to {B}."]))
    gt = fr_tex(g)
    ans = f"\\frac{{1}}{{2}}\\ln {gt}" if g.denominator == 1 else f"\\frac{{1}}{{2}}\\ln\\left({gt}\\right)"
    ref = pick(rng, [ans, f"(1/2) ln({fr_txt(g)})", f"\\tfrac12\\ln{{{fr_txt(g)}}}" if g.denominator == 1 else ans])
    steps = (f"Substitute $u = x^2 + {k}$, so $du = 2x\\,dx$, i.e. $x\\,dx = \\tfrac12 du$. The limits become $u(0) = {k}$ and $u({B}) = {top}$.\n\n"
             f"$$\\int_0^{{{B}}} \\frac{{x}}{{x^2+{k}}}dx = \\frac12\\int_{{{k}}}^{{{top}}} \\frac{{du}}{{u}} = \\frac12\\left[\\ln u\\right]_{{{k}}}^{{{top}}} = \\frac12(\\ln {top} - \\ln {k}) = {ans}.$$") if not zh else (
             f"令 $u = x^2+{k}$，则 $du = 2x\\,dx$，积分限变为 ${k}$ 到 ${top}$。\n$$\\int_0^{{{B}}}\\frac{{x}}{{x^2+{k}}}dx = \\frac12\\left[\\ln u\\right]_{{{k}}}^{{{top}}} = \\frac12(\\ln{top} - \\ln{k}) = {ans}.$$")
    val = 0.5 * math.log(float(g))
    verify = (f"Numerically: ${ans} \\approx {val:.5f}$. A midpoint-rule estimate with 4 subintervals gives about "
              f"{sum((B*(i+0.5)/4)/((B*(i+0.5)/4)**2+k) for i in range(4))*B/4:.4f}, consistent.")
    scratch = f"u-sub: u = x^2+{k}. half ln u from {k} to {top}. = 1/2 ln({top}/{k}) = {val:.4f}."
    alt = (f"Or by antiderivative directly: $\\frac{{d}}{{dx}}\\left[\\tfrac12\\ln(x^2+{k})\\right] = \\frac{{x}}{{x^2+{k}}}$, so the integral is $\\tfrac12\\ln({top}) - \\tfrac12\\ln({k})$.")
    sq = f"\\ln\\sqrt{{{gt}}}" if g.denominator == 1 else f"\\ln\\sqrt{{{fr_txt(g)}}}"
    oks = [(ans, f"(1/2)ln({fr_txt(g)})", "half_log"), (sq, sq, "log_of_sqrt"),
           (f"\\frac{{\\ln {top} - \\ln {k}}}{{2}}" if k != 1 else f"\\frac{{\\ln {top}}}{{2}}", "x", "difference_of_logs_over_2")]
    oks[2] = (oks[2][0], oks[2][0], oks[2][2])
    bads = [(f"\\ln {gt}" if g.denominator == 1 else f"\\ln\\left({gt}\\right)", "x", "dropped_factor_one_half"),
            (f"\\frac12\\ln {top}", "x", "lower_limit_dropped") if k != 1 else (f"\\frac12 \\ln {top+1}", "x", "wrong_argument"),
            (f"{val:.3f}", f"{val:.3f}", "decimal_approximation_of_exact")]
    bads = [(a, a if b == "x" else b, t) for a, b, t in bads]
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (ans, ans), v, (bads[0][0], bads[0][0]),
                              (f"\\ln {top}", f"ln {top}"), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


# F12: linear ODE y' = a y + b
def fam_ode(rng, lang):
    a = pick(rng, [2, 3, -1, -2, 4])
    b = pick(rng, [x for x in range(-8, 9) if x != 0 and x % a == 0] or [a])
    y0 = rng.randint(-3, 6)
    if y0 + Fr(b, a) == 0:
        y0 += 1
    c0 = y0 + Fr(b, a)
    shift = Fr(-b, a)
    zh = lang == "zh"
    q = (f"求解初值问题 $y' = {a}y {'+' if b > 0 else '-'} {abs(b)}$，$y(0) = {y0}$。" if zh else
         f"Solve the initial value problem $y' = {a}y {'+' if b > 0 else '-'} {abs(b)}$, $y(0) = {y0}$.")
    e = f"e^{{{a}x}}" if a != 1 else "e^{x}"
    ans = f"y = {fr_tex(c0)}{e} {'+' if shift > 0 else '-'} {fr_tex(abs(shift))}"
    ref = pick(rng, [ans, f"y(x) = {fr_txt(c0)}e^({a}x) {'+' if shift > 0 else '-'} {fr_txt(abs(shift))}"])
    steps = (f"This is linear with constant coefficients. The equilibrium solution satisfies $0 = {a}y + ({b})$, so $y_* = {fr_tex(shift)}$.\n\n"
             f"Let $z = y - y_*$. Then $z' = y' = {a}y + ({b}) = {a}(z + y_*) + ({b}) = {a}z$, so $z = Ce^{{{a}x}}$.\n\n"
             f"Thus $y = Ce^{{{a}x}} {'+' if shift > 0 else '-'} {fr_tex(abs(shift))}$. Using $y(0) = {y0}$: $C {'+' if shift > 0 else '-'} {fr_tex(abs(shift))} = {y0}$, so $C = {fr_tex(c0)}$.") if not zh else (
             f"先求平衡解：$0 = {a}y + ({b})$，得 $y_* = {fr_tex(shift)}$。令 $z = y - y_*$，则 $z' = {a}z$，$z = Ce^{{{a}x}}$。\n\n"
             f"所以 $y = Ce^{{{a}x}} {'+' if shift > 0 else '-'} {fr_tex(abs(shift))}$，由 $y(0)={y0}$ 得 $C = {fr_tex(c0)}$。")
    verify = (f"Check: $y' = {fr_tex(c0*a)}e^{{{a}x}}$ and ${a}y + ({b}) = {fr_tex(c0*a)}e^{{{a}x}} + ({fr_tex(a*shift)}) + ({b}) = {fr_tex(c0*a)}e^{{{a}x}}$ ✓; $y(0) = {fr_tex(c0)} + ({fr_tex(shift)}) = {y0}$ ✓")
    scratch = f"equilibrium -b/a = {fr_txt(shift)}. C = y0 - equilibrium = {y0} - ({fr_txt(shift)}) = {fr_txt(c0)}."
    alt = (f"Integrating factor: $(e^{{{-a}x}}y)' = {b}e^{{{-a}x}}$, so $e^{{{-a}x}}y = {fr_tex(Fr(-b, a))}e^{{{-a}x}} + C$, which gives the same family.")
    expd = f"y = {fr_tex(c0)}{e} + ({fr_tex(shift)})"
    factored = f"y = {fr_tex(Fr(1, a))}\\left({fr_tex(c0*a)}{e} {'+' if -b > 0 else '-'} {abs(b)}\\right)"
    oks = [(ans, ans, "standard"), (expd, expd, "parenthesised_constant"), (factored, factored, "factored_out_1_over_a")]
    bads = [(f"y = {fr_tex(c0)}{e}", "x", "dropped_constant_term"),
            (f"y = {y0}{e} {'+' if shift > 0 else '-'} {fr_tex(abs(shift))}", "x", "initial_value_used_as_C"),
            (f"y = {fr_tex(c0)}{e} {'-' if shift > 0 else '+'} {fr_tex(abs(shift))}", "x", "constant_sign_flipped")]
    if c0 == 0 or y0 == c0:
        bads = [bads[0], bads[2]] if c0 != 0 else [bads[2]]
    bads = [(a_, a_, t) for a_, _, t in bads]
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (ans, ans), v, (bads[-1][0], bads[-1][0]),
                              (f"C = {fr_tex(c0)}", f"C = {fr_txt(c0)}"), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


# F13: GSM-style money / time word problems
def fam_gsm(rng, lang):
    zh = lang == "zh"
    kind = pick(rng, ["money", "time"])
    if kind == "money":
        n1, p1 = rng.randint(3, 9), pick(rng, [Fr(5, 4), Fr(5, 2), Fr(15, 4), Fr(9, 2), Fr(7, 4)])
        n2, p2 = rng.randint(2, 6), rng.randint(3, 12)
        paid = 50 if n1 * p1 + n2 * p2 < 50 else 100
        total = n1 * p1 + n2 * p2
        change = paid - total
        money = lambda x: f"{float(x):.2f}"
        q = (f"小丽买了 {n1} 支笔，每支 {money(p1)} 元，又买了 {n2} 本笔记本，每本 {p2} 元。她付了 {paid} 元，应找回多少元？" if zh else
             f"Maya buys {n1} pens at ${money(p1)} each and {n2} notebooks at ${p2} each. She pays with a ${paid} bill. How much change, in dollars, does she get?")
        ref = pick(rng, [money(change), fr_txt(change) if change.denominator == 1 else str(float(change)), f"${money(change)}",
                         f"Pens: {n1} * {money(p1)} = {money(n1*p1)}. Notebooks: {n2} * {p2} = {n2*p2}. Total {money(total)}. Change {paid} - {money(total)} = {money(change)}.\n#### {money(change)}"])
        steps = (f"Pens: ${n1} \\times \\${money(p1)} = \\${money(n1*p1)}$.\n\nNotebooks: ${n2} \\times \\${p2} = \\${n2*p2}$.\n\n"
                 f"Total spent: ${money(n1*p1)} + {n2*p2} = {money(total)}$ dollars.\n\nChange: ${paid} - {money(total)} = {money(change)}$.") if not zh else (
                 f"笔的花费：${n1}\\times {money(p1)} = {money(n1*p1)}$ 元。\n\n笔记本：${n2}\\times {p2} = {n2*p2}$ 元。\n\n"
                 f"合计 ${money(total)}$ 元，找回 ${paid} - {money(total)} = {money(change)}$ 元。")
        whole, frac_ = int(p1), p1 - int(p1)
        scratch = (f"{n1} x {money(p1)}: {n1} x {whole} = {n1*whole}, {n1} x {float(frac_):g} = {float(n1*frac_):g}, so {money(n1*p1)}. "
                   f"{n2} x {p2} = {n2*p2}. sum {money(n1*p1)} + {n2*p2} = {money(total)}. {paid} - {money(total)}: {paid} - {int(total)} = {paid-int(total)}, "
                   f"minus another {float(total-int(total)):g} gives {money(change)}. change must be positive and less than {paid}, ok.")
        givens = ("已知：\n" + f"- 笔：{n1} 支，单价 {money(p1)} 元\n- 笔记本：{n2} 本，单价 {p2} 元\n- 付款：{paid} 元\n- 求：找零\n\n" if zh else
                  "**Given**\n" + f"- pens: {n1} × ${money(p1)}\n- notebooks: {n2} × ${p2}\n- paid with: ${paid}\n- unknown: the change\n\n"
                  "Plan: find the cost of each item type, add them, subtract from the amount paid.\n\n")
        steps = givens + steps
        verify = (f"Check: {money(total)} + {money(change)} = {paid} ✓" if not zh else f"检验：{money(total)} + {money(change)} = {paid} ✓")
        alt = (f"In cents: pens cost {int(n1*p1*100)}¢, notebooks {n2*p2*100}¢, total {int(total*100)}¢; {paid*100} − {int(total*100)} = {int(change*100)}¢." if not zh else
               f"换成分来算：总价 {int(total*100)} 分，{paid*100} − {int(total*100)} = {int(change*100)} 分。")
        if zh:
            oks = [(money(change), f"{money(change)}元", "yuan_two_decimals"), (str(float(change)), str(float(change)), "plain_decimal"),
                   (f"{int(change)}\\text{{元}}{int(change*100) % 100 // 10}\\text{{角}}{int(change*100) % 10}\\text{{分}}", f"{int(change)}元{int(change*100) % 100 // 10}角{int(change*100) % 10}分", "yuan_jiao_fen")]
        else:
            oks = [(f"\\${money(change)}", f"${money(change)}", "dollar_sign"), (str(float(change)), f"{float(change)} dollars", "plain_decimal"),
                   (f"{int(change)}\\text{{ dollars and }}{int(change*100) % 100}\\text{{ cents}}", f"{int(change)} dollars and {int(change*100) % 100} cents", "dollars_and_cents")]
        bads = [(str(int(change * 100)), f"{int(change*100)}", "cents_value_as_dollars"), (money(total), f"${money(total)}", "intermediate_total_not_change"),
                (money(-change), f"-{money(change)}", "negative_sign")]
        correct = (money(change), money(change))
        inter = (money(total), money(total))
        wrongp = (money(total), money(total))
    else:
        while True:
            d = pick(rng, [120, 150, 165, 210, 225, 270, 90, 75, 330, 195])
            sp = pick(rng, [60, 40, 20, 30, 120])
            t = Fr(d, sp)
            if (t * 4).denominator == 1 and t.denominator != 1:
                break
        h = int(t)
        mins = int((t - h) * 60)
        q = (f"一辆车以每小时 {sp} 千米的速度行驶 {d} 千米，需要多少小时？" if zh else
             f"A train travels {d} miles at a constant {sp} miles per hour. How many hours does the trip take?")
        ref = pick(rng, [str(float(t)), fr_txt(t), f"{float(t)} hours"])
        steps = (f"Time = distance ÷ speed = ${d} \\div {sp} = {fr_tex(t)}$ hours.\n\nThat is {h} hours plus ${fr_tex(t-h)}$ of an hour, "
                 f"and ${fr_tex(t-h)} \\times 60 = {mins}$ minutes, so the trip takes {h} h {mins} min, which is {float(t)} hours.") if not zh else (
                 f"时间 = 路程 ÷ 速度 = ${d}\\div{sp} = {fr_tex(t)}$ 小时，即 {h} 小时 {mins} 分钟，也就是 {float(t)} 小时。")
        scratch = (f"{d}/{sp} = {float(t)}. {h} hours and {mins} minutes. careful: {float(t)} h is not {h}.{mins} h — "
                   f"{h}.{mins} hours would be {h} h {int(mins*60/100) if mins < 100 else mins} min, which is different. The question asks for hours, so the number should be in hours. "
                   f"Sanity: at {sp} per hour, {h} hours covers {sp*h}, leaving {d - sp*h}, which takes {mins} more minutes.")
        steps = ((f"已知：路程 {d} 千米，速度 {sp} 千米/时，求时间（小时）。\n\n" if zh else
                  f"**Given:** distance {d} miles, speed {sp} mph. **Find:** time in hours.\n\nUse $t = d/v$ and be careful to report the result in hours, not minutes.\n\n") + steps)
        verify = (f"Check: ${sp} \\times {float(t)} = {sp*float(t):g}$ miles ✓" if not zh else f"检验：${sp}\\times{float(t)} = {sp*float(t):g}$ 千米 ✓")
        alt = (f"In minutes: {sp} miles per hour is {Fr(sp,60)} miles per minute, so {d} miles takes {d} ÷ {fr_txt(Fr(sp,60))} = {int(t*60)} minutes = {float(t)} hours." if not zh else
               f"换成分钟：{d} 千米需要 {int(t*60)} 分钟，即 {float(t)} 小时。")
        mixed = f"{h}\\tfrac{{{(t-h).numerator}}}{{{(t-h).denominator}}}"
        oks = [(f"{float(t)}\\text{{ hours}}", f"{float(t)} hours", "decimal_hours"), (mixed, f"{h} {(t-h).numerator}/{(t-h).denominator} hours", "mixed_number"),
               (f"{h}\\text{{ h }}{mins}\\text{{ min}}", f"{h} hours {mins} minutes", "hours_and_minutes")]
        if zh:
            oks = [(f"{float(t)}", f"{float(t)}小时", "decimal_hours"), (mixed, f"{h}又{(t-h).numerator}/{(t-h).denominator}小时", "mixed_number"),
                   (f"{h}\\text{{小时}}{mins}\\text{{分钟}}", f"{h}小时{mins}分钟", "hours_and_minutes")]
        bads = [(f"{h}.{mins}", f"{h}.{mins} hours", "minutes_written_as_decimal_hours"), (str(int(t * 60)), str(int(t * 60)), "minutes_when_hours_asked"),
                (fr_tex(Fr(sp, d)), fr_txt(Fr(sp, d)), "inverted_ratio")]
        correct = (str(float(t)), str(float(t)))
        inter = (str(int(t * 60)), str(int(t * 60)))
        wrongp = (f"{h}.{mins}", f"{h}.{mins}")
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, correct, v, wrongp, inter, alt, q)
    return case("gsm8k_like", "math", q, ref, out, label, trap, lang)


# F14: AIME-style last three digits
def fam_aime(rng, lang):
    base = pick(rng, [2, 3, 7, 11, 13])
    n = rng.randint(40, 400)
    val = pow(base, n, 1000)
    m8, m125 = pow(base, n, 8), pow(base, n, 125)
    zh = lang == "zh"
    q = (f"求 ${base}^{{{n}}}$ 除以 $1000$ 的余数。" if zh else pick(rng, [f"Find the remainder when ${base}^{{{n}}}$ is divided by $1000$.",
                                                                 f"What are the last three digits of ${base}^{{{n}}}$? (Give the number formed by them.)"]))
    ref = pick(rng, [str(val), f"{val:03d}", f"\\boxed{{{val}}}"])
    phi = 100
    e = n % phi
    steps = (f"Split $1000 = 8 \\cdot 125$ and use CRT.\n\n**Mod 8.** " +
             (f"Since $2^3 = 8$, ${base}^{{{n}}} \\equiv 0 \\pmod 8$." if base == 2 else f"${base}^2 \\equiv {base*base % 8} \\pmod 8$, so ${base}^{{{n}}} \\equiv {m8} \\pmod 8$.") +
             f"\n\n**Mod 125.** $\\varphi(125) = 100$ and $\\gcd({base},125)=1$, so ${base}^{{{n}}} \\equiv {base}^{{{e}}} \\pmod{{125}}$. Repeated squaring gives ${base}^{{{e}}} \\equiv {m125} \\pmod{{125}}$.\n\n"
             f"**Combine.** We need $x \\equiv {m8} \\pmod 8$ and $x \\equiv {m125} \\pmod{{125}}$. Candidates ${m125} + 125k$ for $k = 0,\\dots,7$: "
             + ", ".join(str(m125 + 125 * k) for k in range(8)) + f". Reducing mod 8: " + ", ".join(str((m125 + 125 * k) % 8) for k in range(8)) +
             f". The one that is ${m8}$ mod 8 is ${val}$.")
    if zh:
        steps = (f"把 $1000 = 8\\times125$，用中国剩余定理。\n\n模 8：${base}^{{{n}}} \\equiv {m8}$。\n\n模 125：$\\varphi(125)=100$，所以 ${base}^{{{n}}}\\equiv {base}^{{{e}}} \\equiv {m125} \\pmod{{125}}$。\n\n"
                 f"在 ${m125}+125k$ ($k=0,\\dots,7$) 中找模 8 余 {m8} 的：" + "、".join(str(m125 + 125 * k) for k in range(8)) + f"，得到 ${val}$。")
    sq = []
    x = base % 125
    k = 1
    while k <= e and len(sq) < 7:
        sq.append(f"{base}^{{{k}}} \\equiv {pow(base, k, 125)}")
        k *= 2
    alt = ("Squaring chain mod 125: $" + ",\\ ".join(sq) + "$." if sq else "")
    scratch = f"{base}^{n} mod 8 = {m8}. exponent mod 100 = {e}. {base}^{e} mod 125 = {m125}. CRT -> {val}. python-style check pow({base},{n},1000) = {val}."
    w1 = (val + 500) % 1000
    oks = [(str(val), str(val), "integer"), (f"{val:03d}", f"{val:03d}", "three_digit_padded")] if val >= 100 or True else []
    if val < 100:
        oks = [(str(val), str(val), "integer"), (f"{val:03d}", f"{val:03d}", "leading_zeros_padded")]
    else:
        oks = [(str(val), str(val), "integer"), (f"{val}", f"the last three digits are {val}", "phrase")]
    bads = [(str(m125), str(m125), "mod_125_residue_as_answer"), (str(w1), str(w1), "crt_wrong_branch"), (str((val + 1) % 1000), str((val + 1) % 1000), "off_by_one")]
    if m125 == val:
        bads.pop(0)
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, None, scratch, None, (str(val), str(val)), v, (str(w1), str(w1)), (str(m125), str(m125)), alt, q)
    return case("aime_like", "math", q, ref, out, label, trap, lang)


# F15: 2x2 linear system -> ordered pair
def fam_system(rng, lang):
    while True:
        x, y = rng.randint(-6, 8), rng.randint(-6, 8)
        a, b, c, d = [rng.randint(-5, 6) for _ in range(4)]
        if a * d - b * c != 0 and x != y and 0 not in (a, b, c, d):
            break
    e, f = a * x + b * y, c * x + d * y
    zh = lang == "zh"
    def eq(p, q_, r):
        return f"{p}x {'+' if q_ > 0 else '-'} {abs(q_)}y = {r}"
    q = (f"解方程组：${eq(a,b,e)}$，${eq(c,d,f)}$。写出有序数对 $(x,y)$。" if zh else
         f"Solve the system\n$$\\begin{{cases}} {eq(a,b,e)} \\\\ {eq(c,d,f)} \\end{{cases}}$$\nand give the solution as an ordered pair $(x, y)$.")
    ref = pick(rng, [f"({x}, {y})", f"x={x}, y={y}", f"$(x,y)=({x},{y})$"])
    D = a * d - b * c
    Dx = e * d - b * f
    Dy = a * f - e * c
    steps = (f"Cramer's rule. $D = ({a})({d}) - ({b})({c}) = {D}$, $D_x = ({e})({d}) - ({b})({f}) = {Dx}$, $D_y = ({a})({f}) - ({e})({c}) = {Dy}$.\n\n"
             f"So $x = D_x/D = {Dx}/{D} = {x}$ and $y = D_y/D = {Dy}/{D} = {y}$.") if not zh else (
             f"用克莱姆法则：$D = {D}$，$D_x = {Dx}$，$D_y = {Dy}$，所以 $x = {Dx}/{D} = {x}$，$y = {Dy}/{D} = {y}$。")
    verify = (f"Check: ${a}({x}) + ({b})({y}) = {e}$ ✓ and ${c}({x}) + ({d})({y}) = {f}$ ✓")
    alt = (f"Elimination: multiply the first equation by {c} and the second by {a} and subtract, giving ${b*c - a*d}y = {e*c - f*a}$, so $y = {y}$; back-substitute for $x = {x}$.")
    scratch = f"D = {D}. x = {Dx}/{D} = {x}, y = {Dy}/{D} = {y}. plug in: {a*x+b*y} = {e}, {c*x+d*y} = {f}. good."
    oks = [(f"({x}, {y})", f"({x}, {y})", "ordered_pair"), (f"x = {x},\\ y = {y}", f"x = {x}, y = {y}", "named_values"),
           (f"\\begin{{pmatrix}} {x} \\\\ {y} \\end{{pmatrix}}", f"[{x}, {y}]", "column_vector")]
    bads = [(f"({y}, {x})", f"({y}, {x})", "swapped_coordinates"), (f"({x}, {-y})" if y else f"({x}, 1)", "x", "sign_error_y"),
            (f"({Dx}, {Dy})", "x", "forgot_divide_by_D") if abs(D) != 1 else (f"({-x}, {-y})", "x", "both_negated")]
    bads = [(a_, a_ if b_ == "x" else b_, t) for a_, b_, t in bads]
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (f"({x}, {y})", f"({x}, {y})"), v,
                              (f"({y}, {x})", f"({y}, {x})"), (f"{D}", f"{D}"), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


LET = "ABCD"


def mc_letter_forms(rng, L, text, lang):
    """Correct ways of writing option L."""
    if lang == "zh":
        return [(L, f"答案是{L}", "zh_plain_letter"), (f"\\text{{{L}}}", f"{L}. {text}", "letter_with_text"), (L, f"选{L}", "zh_xuan")]
    return [(L, f"({L})", "parenthesised_letter"), (L, f"option {L}", "option_word"), (L, f"{L}. {text}", "letter_with_text"),
            (L, f"{L.lower()}", "lowercase_letter"), (f"\\text{{{L}}}", f"{L}) {text}", "letter_paren_text")]


# F16: math multiple choice (mmlu/ceval)
def fam_mc_math(rng, lang):
    zh = lang == "zh"
    kind = pick(rng, ["det3", "series", "deriv"])
    if kind == "det3":
        while True:
            M = [[rng.randint(-3, 4) for _ in range(3)] for _ in range(3)]
            a, b, c = M[0]
            m1 = M[1][1] * M[2][2] - M[1][2] * M[2][1]
            m2 = M[1][0] * M[2][2] - M[1][2] * M[2][0]
            m3 = M[1][0] * M[2][1] - M[1][1] * M[2][0]
            det = a * m1 - b * m2 + c * m3
            if det not in (0,) and len({det, -det, a * m1 + b * m2 + c * m3, det + 2}) == 4:
                break
        stem = (f"矩阵 ${mat_tex(M)}$ 的行列式等于" if zh else f"What is the determinant of ${mat_tex(M)}$?")
        right = det
        distract = [-det, a * m1 + b * m2 + c * m3, det + 2]
        steps = (f"Cofactor expansion along the first row:\n\\[\n\\det = {a}\\cdot({m1}) - ({b})\\cdot({m2}) + ({c})\\cdot({m3}) = {a*m1} - ({b*m2}) + ({c*m3}) = {det}.\n\\]\n"
                 f"Here the minors are $M_{{11}} = {m1}$, $M_{{12}} = {m2}$, $M_{{13}} = {m3}$. The option {a*m1 + b*m2 + c*m3} is what you get if you forget the alternating sign on the middle cofactor.")
        if zh:
            steps = f"按第一行展开：$\\det = {a}\\cdot({m1}) - ({b})\\cdot({m2}) + ({c})\\cdot({m3}) = {det}$。其中余子式分别为 {m1}、{m2}、{m3}。若忘了中间项的负号会得到 {a*m1 + b*m2 + c*m3}，是干扰项。"
    elif kind == "series":
        a1, dd, n = rng.randint(1, 9), rng.randint(2, 7), rng.randint(10, 30)
        right = n * (2 * a1 + (n - 1) * dd) // 2
        distract = [n * (2 * a1 + n * dd) // 2, right - a1 - (n - 1) * dd + 0 if False else (n - 1) * (2 * a1 + (n - 2) * dd) // 2, a1 + (n - 1) * dd]
        stem = (f"等差数列首项为 {a1}，公差为 {dd}，其前 {n} 项和为" if zh else f"An arithmetic sequence has first term {a1} and common difference {dd}. What is the sum of its first {n} terms?")
        last = a1 + (n - 1) * dd
        steps = (f"The {n}th term is $a_{{{n}}} = {a1} + ({n}-1)\\cdot {dd} = {last}$. The sum is $S_{{{n}}} = \\frac{{{n}({a1} + {last})}}{{2}} = \\frac{{{n}\\cdot {a1+last}}}{{2}} = {right}$. "
                 f"Note {last} is just the last term and {distract[1]} is the sum of only {n-1} terms.")
        if zh:
            steps = f"第 {n} 项 $a_{{{n}}} = {a1} + {n-1}\\times{dd} = {last}$，前 {n} 项和 $S = \\frac{{{n}({a1}+{last})}}{{2}} = {right}$。{last} 只是末项，{distract[1]} 是前 {n-1} 项和。"
    else:
        k, p = rng.randint(2, 5), rng.randint(1, 3)
        right = k * p ** (k - 1) + 2 * p
        distract = [p ** k + p * p, k * p ** (k - 1), (k - 1) * p ** (k - 2) + 2 * p if k > 1 else 7]
        stem = (f"设 $f(x) = x^{{{k}}} + x^2$，则 $f'({p})$ 等于" if zh else f"If $f(x) = x^{{{k}}} + x^2$, what is $f'({p})$?")
        steps = (f"$f'(x) = {k}x^{{{k-1}}} + 2x$, so $f'({p}) = {k}\\cdot {p}^{{{k-1}}} + 2\\cdot {p} = {k*p**(k-1)} + {2*p} = {right}$. "
                 f"(The value {p**k + p*p} is $f({p})$, not the derivative.)")
        if zh:
            steps = f"$f'(x) = {k}x^{{{k-1}}} + 2x$，所以 $f'({p}) = {k*p**(k-1)} + {2*p} = {right}$。注意 {p**k + p*p} 是 $f({p})$ 的值。"
    if kind == "det3":
        (a_, b_, c_), (d_, e_, f_), (g_, h_, i_) = M
        sar = (f"Sarrus' rule as a cross-check: $aei + bfg + cdh - ceg - bdi - afh = ({a_*e_*i_}) + ({b_*f_*g_}) + ({c_*d_*h_}) - ({c_*e_*g_}) - ({b_*d_*i_}) - ({a_*f_*h_}) = {a_*e_*i_ + b_*f_*g_ + c_*d_*h_ - c_*e_*g_ - b_*d_*i_ - a_*f_*h_}$.")
        steps += "\n\n" + sar
    elif kind == "series":
        steps += "\n\n" + (f"Cross-check by pairing: the terms pair up as first+last = {a1+last}, second+second-to-last = {a1+dd+last-dd}, and so on; "
                             f"there are {n}/2 = {n/2:g} such pairs, so the sum is ${n/2:g} \\times {a1+last} = {right}$.")
    else:
        steps += "\n\n" + (f"Term by term at $x={p}$: $\\frac{{d}}{{dx}}x^{{{k}}} = {k}x^{{{k-1}}} \\to {k}\\cdot{p**(k-1)} = {k*p**(k-1)}$ and $\\frac{{d}}{{dx}}x^2 = 2x \\to {2*p}$; "
                             f"adding gives ${right}$. A quick numerical check with $h = 0.001$: $(f({p}+h) - f({p}-h))/(2h) \\approx {((p+0.001)**k + (p+0.001)**2 - (p-0.001)**k - (p-0.001)**2)/0.002:.4f}$.")
    opts = list(dict.fromkeys([right] + distract))
    while len(opts) < 4:
        opts.append(opts[-1] + 3)
    opts = opts[:4]
    rng.shuffle(opts)
    Li = opts.index(right)
    L = LET[Li]
    fmt = pick(rng, [0, 1])
    if fmt == 0:
        q = stem + "\n" + "\n".join(f"{LET[i]}. {o}" for i, o in enumerate(opts))
    else:
        q = stem + " Answer Choices: " + " ".join(f"({LET[i]}) {o}" for i, o in enumerate(opts))
    ref = pick(rng, [L, L, f"{L}"]) if rng.random() < 0.8 else f"{L}. {right}"
    wrong_i = pick(rng, [i for i in range(4) if i != Li])
    W = LET[wrong_i]
    elim = "\n".join((f"- {LET[i]}. {o}: " + ("matches the computation." if o == right else "does not match.")) if not zh else
                     (f"- {LET[i]}. {o}：" + ("与计算结果一致。" if o == right else "不符。")) for i, o in enumerate(opts))
    steps = steps + "\n\n" + ("Going through the options:\n" if not zh else "逐项对照：\n") + elim
    scratch = f"compute directly... got {right}. which letter is {right}? {', '.join(f'{LET[i]}={o}' for i, o in enumerate(opts))}. so {L}."
    oks = mc_letter_forms(rng, L, str(right), lang)
    bads = [(W, (f"答案是{W}" if zh else f"{W}"), "wrong_letter"),
            (L, (f"{L}. {opts[wrong_i]}" if not zh else f"{L}（{opts[wrong_i]}）"), "letter_right_text_wrong"),
            (W, (f"{W}. {right}" if not zh else f"{W}（{right}）"), "text_right_letter_wrong"),
            (f"{L}, {W}", (f"{L} or {W}" if not zh else f"{L}或{W}"), "two_letters")]
    r = rng.random()
    if r < 0.1:
        v = ("struct", pick(rng, ["two_boxed", "retract", "fix_after_wrong", "truncated"]))
    elif r < 0.62:
        t = pick(rng, oks)
        v = ("ok", t[0] if "text" in t[2] or rng.random() < 0.5 else t[0], t[1], t[2])
    else:
        v = ("bad",) + tuple(pick(rng, bads))
    if v[0] in ("ok", "bad"):
        # make the written form the one committed: use txt in an explicit phrase
        _, tex, txt, trap = v
        final = pick(rng, [f"The answer is {txt}.", f"**Answer: {txt}**", f"Final answer: {txt}", f"So I pick {txt}.",
                           f"$\\boxed{{{tex}}}$ — i.e. {txt}", f"```\nanswer: {txt}\n```", f"**Answer**\n{txt}"]) if not zh else \
            pick(rng, [f"{txt}。", f"**答案：{txt}**", f"故{txt}。", f"最终答案：{txt}"])
        out = wrap(rng, lang, steps, final, None, scratch, None, None, q if rng.random() < 0.7 else None)
        label = "Correct" if v[0] == "ok" else "Incorrect"
    else:
        out, label, trap = finish(rng, lang, steps, None, scratch, None, (L, L), v, (W, W), (str(right), str(right)), None, q)
    return case("ceval_like" if zh else pick(rng, ["mmlu_like", "mmlu_like", "gpqa_like"]), "alphabet_option", q, ref, out, label, trap, lang)


# F17: NLI, each item hand-written with its own reasoning
