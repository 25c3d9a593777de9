"""dev17's algebra families: quadratics, lines, inequalities, matrix products, systems, circles. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import datetime
import math
from common import cn_int, cn_dec, fw, fnum, frac_tex, terminating, en_words
from collections import namedtuple
from word_problems import work


def quadratic(r, zh, ok):
    while True:
        r1, r2 = r.randint(-9, 9), r.randint(-9, 9)
        if r1 != r2 and r1 != 0 and r2 != 0 and r1 != -r2:
            break
    s, p = r1 + r2, r1 * r2
    lo, hi = sorted([r1, r2])

    def poly():
        t = "x^2"
        t += (f" - {s}x" if s > 0 else f" + {-s}x") if s != 0 else ""
        t = t.replace(" 1x", " x")
        t += (f" + {p}" if p > 0 else f" - {-p}")
        return t + " = 0"
    eq = poly()
    f1 = f"(x {'-' if r1 > 0 else '+'} {abs(r1)})(x {'-' if r2 > 0 else '+'} {abs(r2)})"
    disc = s * s - 4 * p
    if zh:
        q = f"解方程：${eq}$。"
        steps = [f"这是一元二次方程，a＝1，b＝{-s}，c＝{p}。",
                 f"判别式 Δ＝b²－4ac＝{s * s}－({4 * p})＝{disc}＞0，有两个不相等的实数根。",
                 f"尝试因式分解：找两个数，和为{s}、积为{p}，它们是{r1}和{r2}。",
                 f"于是 ${eq.replace(' = 0', '')} = {f1}$，令每个因式为零。"]
        verify = f"检验：x＝{r1}时，({r1})²－({s})·({r1})＋({p})＝{r1 * r1 - s * r1 + p}；x＝{r2}时同理得{r2 * r2 - s * r2 + p}。两根均满足。"
        forms = [f"x₁＝{lo}，x₂＝{hi}", fw(f"x1={hi}, x2={lo}").replace("，", "，"), f"$x_1={hi},\\ x_2={lo}$", f"x＝{lo}或x＝{hi}"]
    else:
        q = f"Solve for $x$: ${eq}$."
        steps = [f"We need two numbers whose sum is {s} and whose product is {p}.",
                 f"Checking factor pairs of {p}: {r1} and {r2} work, since {r1} + ({r2}) = {s} and {r1} · ({r2}) = {p}.",
                 f"So the quadratic factors as ${f1} = 0$.",
                 f"(Cross-check with the discriminant: $\\Delta = ({s})^2 - 4({p}) = {disc} = {int(math.isqrt(disc))}^2$, a perfect square, consistent with integer roots.)"]
        verify = f"Verification: plugging $x={r1}$ gives ${r1 * r1} {'-' if s * r1 >= 0 else '+'} {abs(s * r1)} {'+' if p >= 0 else '-'} {abs(p)} = 0$ and $x={r2}$ gives ${r2 * r2} {'-' if s * r2 >= 0 else '+'} {abs(s * r2)} {'+' if p >= 0 else '-'} {abs(p)} = 0$."
        forms = [f"x = {lo} or x = {hi}", f"\\{{{lo}, {hi}\\}}", f"x_1 = {hi},\\ x_2 = {lo}", f"{hi}, {lo}", f"x \\in \\{{{hi}, {lo}\\}}"]
    ref = r.choice([f"{lo}, {hi}", f"x = {lo} \\text{{ or }} x = {hi}", f"\\{{{lo},{hi}\\}}"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="root_set_forms")
    mode = r.choice(["sign", "one"])
    if mode == "sign":
        bad_steps = steps[:2] + ([f"所以 x＝{-r1} 或 x＝{-r2}。"] if zh else [f"Setting each factor to zero gives x = {-r1} and x = {-r2}."])
        bad = (f"x＝{-r1}或x＝{-r2}" if zh else f"x = {-r1}, x = {-r2}")
        return dict(question=q, steps=bad_steps, verify=None, final=bad, ref=ref, trap="root_signs_flipped")
    bad = (f"x＝{hi}" if zh else f"x = {hi}")
    extra = (f"取较大的根，x＝{hi}。" if zh else f"Taking the larger root, x = {hi}.")
    return dict(question=q, steps=steps + [extra], verify=None, final=bad, ref=ref, trap="only_one_root")


def line(r, zh, ok):
    m = r.choice([-3, -2, -1, 2, 3, 4, F(1, 2), F(-1, 2)])
    b = r.choice([-5, -4, -3, -1, 1, 2, 3, 5, 7])
    x1, x2 = r.sample([-2, -1, 0, 1, 2, 3, 4], 2)
    if isinstance(m, F):
        x1, x2 = 2 * x1, 2 * x2
    y1, y2 = m * x1 + b, m * x2 + b
    P1, P2 = f"({x1}, {fnum(y1)})", f"({x2}, {fnum(y2)})"
    mt = frac_tex(m)
    if zh:
        q = f"求经过点 A{P1} 和 B{P2} 的直线方程。"
        steps = [f"斜率 k＝(y₂－y₁)/(x₂－x₁)＝({fnum(y2)}－({fnum(y1)}))/({x2}－({x1}))＝{fnum(y2 - y1)}/{x2 - x1}＝{fnum(m)}。",
                 f"用点斜式：y－({fnum(y1)})＝{fnum(m)}(x－({x1}))。",
                 f"展开整理：y＝{fnum(m)}x＋({fnum(b)})。"]
        verify = f"代入B点检验：{fnum(m)}×({x2})＋({fnum(b)})＝{fnum(y2)}，与B的纵坐标相同。"
    else:
        q = f"Find the equation of the line passing through the points {P1} and {P2}."
        steps = [f"Slope: $m = \\frac{{{fnum(y2)} - ({fnum(y1)})}}{{{x2} - ({x1})}} = \\frac{{{fnum(y2 - y1)}}}{{{x2 - x1}}} = {mt}$.",
                 f"Point-slope form through {P1}: $y - ({fnum(y1)}) = {mt}(x - ({x1}))$.",
                 f"Solving for y: the intercept is $b = {fnum(y1)} - ({fnum(m)})({x1}) = {fnum(b)}$."]
        verify = f"Check with {P2}: ${mt}\\cdot({x2}) + ({fnum(b)}) = {fnum(y2)}$ ✓."

    def slope_int(mm, bb):
        ms = {1: "", -1: "-"}.get(mm, frac_tex(mm))
        return f"y = {ms}x {'+' if bb >= 0 else '-'} {abs(bb)}"
    # general form: for m=p/q: q y = p x + q b -> p x - q y + q b = 0
    p_, q_ = F(m).numerator, F(m).denominator
    A, B, C = p_, -q_, q_ * b
    if A < 0:
        A, B, C = -A, -B, -C
    def term(c, v, first=False):
        if c == 0:
            return ""
        s = "-" if c < 0 else ("" if first else "+")
        cc = abs(c)
        body = (v if cc == 1 and v else f"{cc}{v}")
        return (s + " " if not first else s) + body + " "
    gen = (term(A, "x", True) + term(B, "y") + term(C, "")).strip() + " = 0"
    forms = [slope_int(m, b), gen]
    ref = r.choice([slope_int(m, b), gen])
    if ok:
        fin = r.choice(forms)
        return dict(question=q, steps=steps, verify=verify, final=fin, ref=ref, trap="line_equation_forms")
    bb = -b
    bad = slope_int(m, bb)
    bad_steps = steps[:2] + ([f"整理得 y＝{fnum(m)}x＋({fnum(bb)})。"] if zh else [f"Rearranging, the intercept comes out as {fnum(bb)}."])
    return dict(question=q, steps=bad_steps, verify=None, final=bad, ref=ref, trap="intercept_sign_error")


def inequality(r, zh, ok):
    a, c = r.sample([-5, -4, -3, -2, 2, 3, 4, 5, 6], 2)
    k = r.randint(-4, 6)
    b = r.randint(-9, 9)
    d = (a - c) * k + b
    # a x + b < c x + d  ->  (a-c) x < d - b = (a-c) k
    coef = a - c
    flip = coef < 0
    rel = ">" if flip else "<"
    def side(p, q):
        return f"{p}x {'+' if q >= 0 else '-'} {abs(q)}"
    q_en = f"Solve the inequality ${side(a, b)} < {side(c, d)}$."
    ineq = f"{side(a, b)} < {side(c, d)}"
    if zh:
        q = f"解不等式：${ineq}$。"
        steps = [f"移项：{a}x－({c}x)＜{d}－({b})，即 {coef}x＜{coef * k}。",
                 (f"两边同除以{coef}，因为{coef}＜0，不等号方向要改变，得 x＞{k}。" if flip else f"两边同除以{coef}（正数），不等号方向不变，得 x＜{k}。")]
        verify = f"取检验值：x＝{k + (1 if flip else -1)}时，左边＝{a * (k + (1 if flip else -1)) + b}，右边＝{c * (k + (1 if flip else -1)) + d}，不等式成立。"
    else:
        q = q_en
        steps = [f"Collect x terms: $({a} - ({c}))x < {d} - ({b})$, i.e. ${coef}x < {coef * k}$.",
                 (f"Divide by ${coef}$; since it is negative the inequality flips: $x > {k}$." if flip else f"Divide by ${coef} > 0$: $x < {k}$.")]
        tv = k + (1 if flip else -1)
        verify = f"Test $x = {tv}$: LHS $= {a * tv + b}$, RHS $= {c * tv + d}$, and ${a * tv + b} < {c * tv + d}$ ✓. At $x = {k}$ both sides equal {a * k + b}, so the endpoint is excluded."
    if flip:
        forms = [f"x > {k}", f"({k}, +\\infty)", f"\\{{x \\mid x > {k}\\}}", f"x \\in ({k}, \\infty)", f"x＞{k}"]
        ref = r.choice([f"x > {k}", f"({k}, \\infty)"])
        bad1, bad2 = f"[{k}, +\\infty)", f"x < {k}"
    else:
        forms = [f"x < {k}", f"(-\\infty, {k})", f"\\{{x \\mid x < {k}\\}}", f"x＜{k}"]
        ref = r.choice([f"x < {k}", f"(-\\infty, {k})"])
        bad1, bad2 = f"(-\\infty, {k}]", f"x > {k}"
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="interval_forms")
    if r.random() < 0.5:
        return dict(question=q, steps=steps, verify=None, final=bad1, ref=ref, trap="endpoint_included")
    st = steps[:1] + ([f"两边同除以{coef}，得 x {'<' if flip else '>'} {k}。"] if zh else [f"Dividing by {coef} gives x {'<' if flip else '>'} {k}."])
    return dict(question=q, steps=st, verify=None, final=bad2, ref=ref, trap="direction_not_flipped" if flip else "direction_wrong")


def matmul(r, zh, ok):
    def mul(X, Y):
        return [[sum(X[i][k] * Y[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    while True:
        A = [[r.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        B = [[r.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        C, D = mul(A, B), mul(B, A)
        if C != D and C != [list(x) for x in zip(*C)]:
            break
    def pm(M, env="pmatrix"):
        return f"\\begin{{{env}}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{{env}}}"
    q = (f"设 $A = {pm(A)}$，$B = {pm(B)}$，求 $AB$。" if zh else f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$.")
    steps = []
    for i in range(2):
        for j in range(2):
            e = f"{A[i][0]}\\cdot{B[0][j]} + {A[i][1]}\\cdot{B[1][j]} = {C[i][j]}"
            steps.append((f"第{i + 1}行第{j + 1}列：${e}$" if zh else f"Entry ({i + 1},{j + 1}): ${e}$"))
    verify = (f"检查迹：tr(AB)＝{C[0][0] + C[1][1]}，而 tr(BA) 也应相同，BA 的对角元之和为 {D[0][0] + D[1][1]}，一致。" if zh else
              f"Trace check: tr(AB) = {C[0][0] + C[1][1]} should equal tr(BA) = {D[0][0] + D[1][1]} ✓.")
    forms = [pm(C), pm(C, "bmatrix"), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]"]
    ref = r.choice([pm(C), pm(C, "bmatrix")])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final="$" + r.choice(forms) + "$" if r.random() < 0.5 else r.choice(forms), ref=ref, trap="matrix_forms")
    if r.random() < 0.5:
        T = [list(x) for x in zip(*C)]
        return dict(question=q, steps=steps[:2], verify=None, final=pm(T), ref=ref, trap="transposed_matrix")
    st = [("按 B 乘 A 的顺序计算：" if zh else "Multiplying row by column (B then A):") + f" ${pm(D)}$"]
    return dict(question=q, steps=st, verify=None, final=pm(D), ref=ref, trap="BA_instead_of_AB")


def system(r, zh, ok):
    x, y = r.randint(-6, 7), r.randint(-6, 7)
    while x == y:
        y = r.randint(-6, 7)
    a1, b1, a2, b2 = r.choice([(1, 1, 1, -1), (2, 1, 1, -1), (3, 2, 1, 1), (2, -3, 1, 2), (1, 2, 3, -1), (4, 1, 2, 3)])
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    def eq(a, b, c):
        return f"{'' if a == 1 else a}x {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}y = {c}"
    q = (f"解方程组：$\\begin{{cases}} {eq(a1, b1, c1)} \\\\ {eq(a2, b2, c2)} \\end{{cases}}$" if zh else
         f"Solve the system: ${eq(a1, b1, c1)}$ and ${eq(a2, b2, c2)}$. Give the solution as an ordered pair $(x, y)$.")
    det = a1 * b2 - a2 * b1
    steps = [(f"用克莱姆法则，系数行列式 D＝{a1}×{b2}－{a2}×{b1}＝{det}。" if zh else f"Determinant $D = {a1}\\cdot{b2} - {a2}\\cdot{b1} = {det}$."),
             (f"Dx＝{c1}×{b2}－{c2}×{b1}＝{c1 * b2 - c2 * b1}，x＝Dx/D＝{x}。" if zh else f"$D_x = {c1 * b2 - c2 * b1}$, so $x = {x}$."),
             (f"Dy＝{a1}×{c2}－{a2}×{c1}＝{a1 * c2 - a2 * c1}，y＝Dy/D＝{y}。" if zh else f"$D_y = {a1 * c2 - a2 * c1}$, so $y = {y}$.")]
    verify = (f"代回第二个方程：{a2}×({x})＋({b2})×({y})＝{c2}，成立。" if zh else f"Substitute into the second equation: ${a2}({x}) + ({b2})({y}) = {c2}$ ✓.")
    forms = [f"({x}, {y})", f"x = {x}, y = {y}", f"\\begin{{cases}} x = {x} \\\\ y = {y} \\end{{cases}}", (f"x＝{x}，y＝{y}" if zh else f"(x, y) = ({x}, {y})")]
    ref = r.choice([f"({x}, {y})", f"x={x}, y={y}"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="ordered_pair_forms")
    return dict(question=q, steps=steps, verify=None, final=f"({y}, {x})", ref=ref, trap="swapped_pair")


def circle(r, zh, ok):
    R = r.randint(3, 12)
    q = (f"一个圆的半径是{R}厘米，它的面积是多少平方厘米？（结果保留π）" if zh else f"A circle has radius {R} cm. Find its area in terms of $\\pi$.")
    steps = [(f"圆面积公式 S＝πr²。" if zh else "Area formula $A = \\pi r^2$."),
             (f"r＝{R}，r²＝{R * R}。" if zh else f"$r^2 = {R}^2 = {R * R}$."),
             (f"S＝{R * R}π（平方厘米）。" if zh else f"$A = {R * R}\\pi\\ \\text{{cm}}^2$.")]
    verify = (f"估算：{R * R}×3.14≈{R * R * 3.14:.2f}，与半径{R}厘米的圆大小相符。" if zh else f"Estimate: {R * R} × 3.14159 ≈ {R * R * math.pi:.2f} cm², reasonable for radius {R} cm.")
    forms = [f"{R * R}\\pi", f"{R * R}π cm²", f"{R * R}\\pi\\ \\mathrm{{cm}}^2", (f"{R * R}π平方厘米" if zh else f"{R * R}π square centimeters")]
    ref = r.choice([f"{R * R}\\pi", f"{R * R}\\pi \\text{{ cm}}^2"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="pi_expression")
    return dict(question=q, steps=[(f"周长 C＝2πr＝{2 * R}π。" if zh else f"Using $2\\pi r = {2 * R}\\pi$.")], verify=None,
                final=f"{2 * R}\\pi", ref=ref, trap="circumference_not_area")
