#!/usr/bin/env python3
"""dev18: Algebra and geometry families: systems, quadratics, inequalities, matrices, lines, radicals, circles, angles, eigenvalues. Part of gen_dev18.py (see README.md)."""
import json, os, random
from fractions import Fraction as F
from math import gcd, comb
from forms import fr_tex, fr_plain


def fam_linsys(rng):
    x = rng.randint(-7, 9); y = rng.randint(-8, 8)
    while x == y or x == 0 or y == 0:
        x = rng.randint(-7, 9); y = rng.randint(-8, 8)
    a, b, c, d = [rng.choice([1, 2, 3, 4, 5, -1, -2, -3]) for _ in range(4)]
    while a * d - b * c == 0:
        d += 1
    e = a * x + b * y; f = c * x + d * y
    def tm(co, v, first=False):
        sign = "-" if co < 0 else ("" if first else "+")
        mag = "" if abs(co) == 1 else str(abs(co))
        return f"{sign} {mag}{v}".strip() if first else f" {sign} {mag}{v}"
    eq1 = f"{tm(a,'x',True)}{tm(b,'y')} = {e}"; eq2 = f"{tm(c,'x',True)}{tm(d,'y')} = {f}"
    q = f"Solve the system of equations and give the solution as an ordered pair $(x, y)$:\n$$\\begin{{cases}} {eq1} \\\\ {eq2} \\end{{cases}}$$"
    det = a * d - b * c
    def body(v):
        s = (f"We have\n(1) {eq1}\n(2) {eq2}\n\nI'll use elimination. Multiply (1) by {c} and (2) by {a}:\n"
             f"- {a*c}x + {b*c}y = {e*c}\n- {a*c}x + {a*d}y = {a*f}\n\nSubtracting the first from the second: ({a*d} − {b*c})y = {a*f} − {e*c}, i.e. {det}y = {a*f-e*c}, so y = {y}.\n\n"
             f"Hmm wait, let me make sure I subtracted in the right order — ({a*d})−({b*c}) = {det} and ({a*f})−({e*c}) = {a*f-c*e}. Yes, y = {F(a*f-c*e, det)} = {y}.\n\n"
             f"Back-substitute into (1): {a}x + {b}·({y}) = {e} → {a}x = {e - b*y} → x = {x}.\n\n"
             f"Check with Cramer's rule as an independent confirmation: D = ({a})({d}) − ({b})({c}) = {det}; "
             f"D_x = ({e})({d}) − ({b})({f}) = {e*d-b*f}, so x = {e*d-b*f}/{det} = {x}; D_y = ({a})({f}) − ({e})({c}) = {a*f-e*c}, y = {y}. ✓\n\n"
             f"Plug into (2): {c}·{x} + {d}·{y} = {c*x} + {d*y} = {f} ✓.\n\nSo the ordered pair is {v}.")
        return s
    ok = [(f"({x}, {y})", "tuple"), (f"x = {x}, y = {y}", "tuple_as_assignments"), (f"\\left({x},{y}\\right)", "tuple_latex_left_right")]
    bad = [(f"({y}, {x})", "tuple_swapped", "Writing it as (y, x) in the order I solved for them."),
           (f"({x}, {-y})", "tuple_sign_error", "Actually I think I dropped a sign for y in the elimination; flipping it.")]
    return dict(dataset="math_like", question=q, ref=f"({x}, {y})" if rng.random() < .5 else f"\\left( {x}, {y} \\right)", body=body, ok=ok, bad=bad, zh=False)


def fam_quad(rng):
    r1 = rng.randint(-9, 9); r2 = rng.randint(-9, 9)
    while r1 == r2 or r1 == 0 or r2 == 0:
        r1 = rng.randint(-9, 9); r2 = rng.randint(-9, 9)
    k = rng.choice([1, 2, 3])
    b = -k * (r1 + r2); c = k * r1 * r2
    def poly():
        s = f"{'' if k==1 else k}x^2"
        s += (f" - {abs(b) if abs(b)!=1 else ''}x" if b < 0 else (f" + {b if b!=1 else ''}x" if b > 0 else ""))
        s += (f" - {abs(c)}" if c < 0 else f" + {c}")
        return s
    P = poly()
    lo, hi = sorted([r1, r2])
    zh = rng.random() < 0.25
    if zh:
        q = f"求方程 ${P} = 0$ 的所有实数解。"
    else:
        q = f"Find all real solutions of ${P} = 0$."
    disc = b * b - 4 * k * c
    import math
    sq = int(math.isqrt(disc))
    def body(v):
        if zh:
            return (f"先看能否因式分解。方程为 ${P}=0$。" + (f"两边同除以 {k}：$x^2 {'-' if (r1+r2)>0 else '+'} {abs(r1+r2)}x {'+' if r1*r2>0 else '-'} {abs(r1*r2)} = 0$。" if k != 1 else "") +
                    f"\n\n需要两个数，积为 ${r1*r2}$，和为 ${r1+r2}$。试了几组：先想到 ${-r1}$ 和 ${-r2}$，和为 ${-(r1+r2)}$，符号反了，不对。"
                    f"换成 ${r1}$ 与 ${r2}$：积 ${r1*r2}$，和 ${r1+r2}$，正好。\n\n因此 $(x - ({r1}))(x - ({r2})) = 0$。\n\n"
                    f"用求根公式再核对：判别式 $\\Delta = ({b})^2 - 4\\cdot{k}\\cdot({c}) = {b*b} - ({4*k*c}) = {disc}$，$\\sqrt{{\\Delta}} = {sq}$。"
                    f"$x = \\dfrac{{{-b} \\pm {sq}}}{{{2*k}}}$，得 $x = {F(-b+sq,2*k)}$ 或 $x = {F(-b-sq,2*k)}$。与因式分解一致。\n\n"
                    f"代入检验 $x={r1}$：${k}\\cdot{r1*r1} + ({b})({r1}) + ({c}) = {k*r1*r1 + b*r1 + c}$ ✓。\n\n所以解为 {v}")
        return (f"First I'll try to factor. " + (f"Dividing through by {k} gives $x^2 {'-' if (r1+r2)>0 else '+'} {abs(r1+r2)}x {'+' if r1*r2>0 else '-'} {abs(r1*r2)} = 0$. " if k != 1 else "") +
                f"I need two numbers with product {r1*r2} and sum {r1+r2}.\n\nLet me list factor pairs of {abs(r1*r2)}: "
                + ", ".join(f"({i}, {abs(r1*r2)//i})" for i in range(1, abs(r1*r2) + 1) if abs(r1 * r2) % i == 0 and i * i <= abs(r1 * r2)) +
                f". With signs, {r1} and {r2} work: product {r1*r2}, sum {r1+r2}.\n\n"
                f"So ${P} = {'' if k==1 else k}(x {'-' if r1>0 else '+'} {abs(r1)})(x {'-' if r2>0 else '+'} {abs(r2)})$.\n\n"
                f"Hmm, let me not trust factoring blindly. Quadratic formula: discriminant $= ({b})^2 - 4({k})({c}) = {disc}$, whose square root is {sq}. "
                f"So $x = \\frac{{{-b} \\pm {sq}}}{{{2*k}}}$, i.e. $x = {F(-b+sq,2*k)}$ and $x = {F(-b-sq,2*k)}$. Matches.\n\n"
                f"Vieta check: sum of roots should be $-b/a = {F(-b,k)}$ → {r1} + {r2} = {r1+r2} ✓; product $c/a = {F(c,k)}$ → {r1*r2} ✓.\n\n"
                f"Both are real and distinct, so the solution set is {v}")
    ok = [(f"x = {lo} \\text{{ or }} x = {hi}", "roots_or_phrase"), (f"\\{{{hi}, {lo}\\}}", "set_reordered"), (f"{hi}, {lo}", "roots_comma_list"), (f"x_1={lo},\\ x_2={hi}", "indexed_roots")]
    bad = [(f"x = {hi}", "only_one_root", "Since the problem likely wants the larger solution, I'll report just that one."),
           (f"\\{{{-lo}, {-hi}\\}}", "roots_sign_flipped", "Hmm, the roots of (x−a) are −a, right? Let me flip signs."),
           ]
    if r1 == -r2:
        bad = [bad[0]]
    ref = rng.choice([f"{lo}, {hi}", f"x={lo} \\text{{ or }} x={hi}", f"\\{{{lo},{hi}\\}}"])
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=ref, body=body, ok=ok, bad=bad, zh=zh)


def fam_ineq(rng):
    a = rng.randint(-6, 3); b = a + rng.randint(2, 9)
    lt = rng.random() < 0.5
    zh = rng.random() < 0.25
    B = -(a + b); C = a * b
    P = f"x^2 {'+' if B>=0 else '-'} {abs(B)}x {'+' if C>=0 else '-'} {abs(C)}"
    sign = "<" if lt else "\\ge"
    q = (f"解不等式 ${P} {sign} 0$，用区间表示解集。" if zh else f"Solve the inequality ${P} {sign} 0$. Express the answer in interval notation.")
    if lt:
        ref = f"({a},{b})"; ok = [(f"({a}, {b})", "interval"), (f"{a} < x < {b}", "inequality_chain"), (f"\\{{x \\mid {a}<x<{b}\\}}", "set_builder")]
        bad = [(f"[{a}, {b}]", "closed_vs_open_interval", "Including the endpoints since the expression is zero there." if not zh else "端点处取等号，所以包括端点。"),
               (f"(-\\infty, {a}) \\cup ({b}, \\infty)", "complement_interval", "Wait, a parabola opening up is negative outside the roots? Let me flip." if not zh else "开口向上，所以应取两根之外。")]
    else:
        ref = f"(-\\infty,{a}]\\cup[{b},+\\infty)"
        ok = [(f"(-\\infty, {a}] \\cup [{b}, \\infty)", "interval_union"), (f"x \\le {a} \\text{{ or }} x \\ge {b}", "inequality_or"), (f"\\{{x: x\\leq {a}\\}} \\cup \\{{x : x \\geq {b}\\}}", "set_builder_union")]
        bad = [(f"(-\\infty, {a}) \\cup ({b}, \\infty)", "open_vs_closed_interval", "Strict inequalities look cleaner, dropping the endpoints." if not zh else "端点不取。"),
               (f"[{a}, {b}]", "inside_instead_of_outside", "Actually the solution must be between the roots." if not zh else "应取两根之间。")]
    def body(v):
        if zh:
            return (f"先求对应方程 ${P}=0$ 的根。因式分解：需要两数积为 ${C}$、和为 ${-B}$，即 ${a}$ 与 ${b}$。所以 ${P} = (x-({a}))(x-({b}))$。\n\n"
                    f"二次项系数为正，抛物线开口向上，在两根之间函数值为负，两根之外为正。\n\n"
                    f"取测试点检验：$x = {a-1}$ 时值为 ${(a-1)**2 + B*(a-1) + C}$；$x = {F(a+b,2)}$ 时值为 ${F(a+b,2)**2 + B*F(a+b,2) + C}$；$x={b+1}$ 时值为 ${(b+1)**2+B*(b+1)+C}$。\n\n"
                    + ("要求小于 0，严格不等号，端点不取。" if lt else "要求大于等于 0，端点处值为 0，需要包含。") +
                    f"\n\n再检查一遍符号：根 ${a}$ 和 ${b}$ 没有搞反（代入 $x={a}$：${a*a + B*a + C}$ ✓）。\n\n所以解集为 {v}")
        return (f"Factor: ${P} = (x {'-' if a>0 else '+'} {abs(a)})(x {'-' if b>0 else '+'} {abs(b)})$ — check: product of the constants' roots {a}·{b} = {C}, sum {a+b} = {-B} ✓.\n\n"
                f"Critical points: x = {a} and x = {b}. Sign chart:\n\n| interval | test x | value |\n|---|---|---|\n"
                f"| x < {a} | {a-1} | {(a-1)**2 + B*(a-1) + C} |\n| {a} < x < {b} | {F(a+b,2)} | {F(a+b,2)**2 + B*F(a+b,2) + C} |\n| x > {b} | {b+1} | {(b+1)**2+B*(b+1)+C} |\n\n"
                + (f"We need strictly negative, so only the middle region, endpoints excluded because there the expression equals 0, which is not < 0.\n\n" if lt else
                   f"We need ≥ 0: the outer regions, and the endpoints are included since the expression is exactly 0 there.\n\n") +
                f"Let me double-check an endpoint: at x = {b}, ${b}^2 {'+' if B>=0 else '-'} {abs(B)}\\cdot{b} {'+' if C>=0 else '-'} {abs(C)} = {b*b+B*b+C}$. Right.\n\nSolution set: {v}")
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=ref, body=body, ok=ok, bad=bad, zh=zh)


def fam_matrix(rng):
    A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    P = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    def pm(M, env="pmatrix"):
        return f"\\begin{{{env}}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{{env}}}"
    q = f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$."
    def body(v):
        s = "Matrix multiplication: entry (i, j) of AB is row i of A dotted with column j of B.\n\n"
        for i in range(2):
            for j in range(2):
                s += f"- $(AB)_{{{i+1}{j+1}}} = ({A[i][0]})({B[0][j]}) + ({A[i][1]})({B[1][j]}) = {A[i][0]*B[0][j]} + {A[i][1]*B[1][j]} = {P[i][j]}$\n"
        s += (f"\nCareful — matrix multiplication is not commutative, so I must not compute BA by mistake. For reference, BA would be ${pm(BA)}$"
              + (", which is actually the same here, coincidentally." if BA == P else ", which is different.") + "\n\n")
        s += (f"Check via determinants: det A = {A[0][0]*A[1][1]-A[0][1]*A[1][0]}, det B = {B[0][0]*B[1][1]-B[0][1]*B[1][0]}, product = {(A[0][0]*A[1][1]-A[0][1]*A[1][0])*(B[0][0]*B[1][1]-B[0][1]*B[1][0])}. "
              f"det of my AB = ({P[0][0]})({P[1][1]}) − ({P[0][1]})({P[1][0]}) = {P[0][0]*P[1][1]-P[0][1]*P[1][0]} ✓.\n\n"
              f"Also trace check isn't multiplicative, so skip that. So $AB = {v}$")
        return s
    ok = [(pm(P), "matrix_pmatrix"), (pm(P, "bmatrix"), "matrix_bmatrix"), (f"[[{P[0][0]}, {P[0][1]}], [{P[1][0]}, {P[1][1]}]]", "matrix_nested_list")]
    bad = []
    if BA != P:
        bad.append((pm(BA), "computed_BA", "Hmm, actually I think the convention here is column-by-row; recomputing gives"))
    PT = [[P[0][0], P[1][0]], [P[0][1], P[1][1]]]
    if PT != P:
        bad.append((pm(PT), "transposed_matrix", "Writing rows as columns:"))
    if not bad:
        bad.append((pm([[P[0][0] + 1, P[0][1]], [P[1][0], P[1][1]]]), "entry_arith_error", "Let me recompute the first entry, I think it's one more."))
    return dict(dataset=rng.choice(["math_like", "college_math_like"]), question=q, ref=pm(P, rng.choice(["pmatrix", "bmatrix"])), body=body, ok=ok, bad=bad, zh=False)


def fam_line(rng):
    x1, y1 = rng.randint(-5, 5), rng.randint(-5, 5)
    m = rng.choice([2, -3, 3, -1, F(1, 2), F(-2, 3), 4])
    x2 = x1 + (2 if isinstance(m, F) and m.denominator == 2 else 3 if isinstance(m, F) else rng.randint(1, 3))
    y2 = y1 + m * (x2 - x1)
    m = F(m); y2 = F(y2)
    c = F(y1) - m * x1
    q = f"Find the equation of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$. Write it in slope-intercept form."
    def lin(mm, cc):
        ms = ("" if mm == 1 else "-" if mm == -1 else fr_tex(mm)) + "x"
        cs = "" if cc == 0 else (f" + {fr_tex(cc)}" if cc > 0 else f" - {fr_tex(-cc)}")
        return f"y = {ms}{cs}"
    den = m.denominator
    A_, B_, C_ = int(m * den), -den, int(c * den)  # A x + B y + C = 0
    def std():
        return f"{A_}x {'-' if B_<0 else '+'} {abs(B_)}y {'+' if C_>=0 else '-'} {abs(C_)} = 0"
    def body(v):
        return (f"Slope: $m = \\frac{{y_2 - y_1}}{{x_2 - x_1}} = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{x2-x1}}} = {fr_tex(m)}$.\n\n"
                f"Point-slope with $({x1}, {y1})$: $y - ({y1}) = {fr_tex(m)}(x - ({x1}))$.\n\n"
                f"Expand: $y = {fr_tex(m)}x {'-' if m*x1>=0 else '+'} {fr_tex(abs(m*x1))} + ({y1})$, so the intercept is ${fr_tex(c)}$.\n\n"
                f"Hmm, let me verify with the other point: at $x = {x2}$, ${fr_tex(m)}\\cdot {x2} + ({fr_tex(c)}) = {fr_tex(m*x2 + c)}$, and $y_2 = {fr_tex(y2)}$ ✓. "
                f"And at $x={x1}$: ${fr_tex(m*x1 + c)}$ ✓.\n\n"
                f"A common slip is to compute the slope as run over rise, which would give ${fr_tex(1/m)}$ — not what we want.\n\n"
                f"In standard form this is ${std()}$, but the question asks for slope-intercept form.\n\nLine: {v}")
    ok = [(lin(m, c), "line_slope_intercept"), (std(), "line_standard_form_equivalent"), (f"y - ({y1}) = {fr_tex(m)}(x - ({x1}))" if True else "", "point_slope_equivalent")]
    bad = [(lin(m, -c) if c != 0 else lin(-m, c), "intercept_or_slope_sign", "Hmm, I think I flipped a sign in the intercept; correcting:"),
           (lin(1 / m if abs(m) != 1 else -m, c), "slope_reciprocal", "Wait, slope is Δx/Δy, let me redo:")]
    return dict(dataset="math_like", question=q, ref=lin(m, c).replace(" ", ""), body=body, ok=ok, bad=bad, zh=False)


def fam_radical(rng):
    a = rng.randint(1, 9); b = rng.randint(1, 9)
    zh = rng.random() < 0.3
    sq = a * a + b * b
    # simplify sqrt(sq)
    k = 1; r = sq
    for d in range(2, 30):
        while r % (d * d) == 0:
            r //= d * d; k *= d
    if r == 1:
        a += 1; return fam_radical(rng)
    simp = f"{k if k>1 else ''}\\sqrt{{{r}}}"
    if zh:
        q = f"直角三角形两条直角边分别为 {a} 和 {b}，求斜边长（化为最简根式）。"
    else:
        q = f"A right triangle has legs of lengths {a} and {b}. Find the length of the hypotenuse in simplest radical form."
    def body(v):
        if zh:
            return (f"由勾股定理，$c^2 = {a}^2 + {b}^2 = {a*a} + {b*b} = {sq}$，所以 $c = \\sqrt{{{sq}}}$。\n\n化简：${sq} = {k*k} \\times {r}$"
                    + (f"，$\\sqrt{{{k*k}}} = {k}$" if k > 1 else "，没有平方因子") + f"，所以 $c = {simp}$。\n\n"
                    f"数值估计：$\\sqrt{{{sq}}} \\approx {sq**.5:.4f}$，而较长直角边是 {max(a,b)}，两边之和是 {a+b}，斜边应在两者之间，确实如此。\n\n"
                    f"一开始我想成了 $c = {a}+{b}$，显然不对，三角形两边之和大于第三边。\n\n斜边长为 {v}")
        return (f"Pythagoras: $c^2 = {a}^2 + {b}^2 = {a*a} + {b*b} = {sq}$.\n\nSo $c = \\sqrt{{{sq}}}$. Simplest radical form: look for square factors of {sq}. "
                + (f"{sq} = {k*k} · {r}, and {k*k} is a perfect square, so $\\sqrt{{{sq}}} = {k}\\sqrt{{{r}}}$." if k > 1 else f"{sq} has no square factor other than 1, so it's already simplest.") +
                f"\n\nNumerical check: $\\sqrt{{{sq}}} \\approx {sq**.5:.5f}$ and ${simp} \\approx {k*r**.5:.5f}$ ✓. Also the hypotenuse must exceed the longest leg ({max(a,b)}) and be less than {a+b} (triangle inequality) ✓.\n\n"
                f"Hmm, wait, is it possible the problem intends {max(a,b)} to be the hypotenuse? No — it says the legs are {a} and {b}.\n\nHypotenuse = {v}")
    ok = [(simp, "radical_simplified"), (f"\\sqrt{{{sq}}}", "radical_unsimplified"), (f"{k if k>1 else ''}√{r}", "radical_unicode")]
    bad_val = abs(a * a - b * b)
    badk = 1; br = bad_val
    bad = [(f"\\sqrt{{{sq+1}}}" if k == 1 else f"{k}\\sqrt{{{r+1}}}", "radicand_off", "Rechecking the squares, I think one of them is one more;"),
           (f"{k*k}\\sqrt{{{r}}}" if k > 1 else f"{sq}", "forgot_square_root", "Hmm, let me just leave c² as the answer:" if not zh else "直接写出结果：")]
    if bad_val > 0 and a != b:
        bad.append((f"\\sqrt{{{bad_val}}}", "subtracted_squares", "Wait, maybe one of these is the hypotenuse after all, so subtract:" if not zh else "也许应相减："))
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=simp, body=body, ok=ok, bad=bad, zh=zh)


def fam_circle(rng):
    r = rng.randint(2, 12); theta = rng.choice([60, 90, 120, 45, 150, 30, 72])
    area = F(theta, 360) * r * r  # times pi
    arc = F(theta, 360) * 2 * r
    which = rng.choice(["area", "arc"])
    val = area if which == "area" else arc
    q = (f"A sector of a circle has radius {r} cm and central angle {theta}°. Find the {'area of the sector' if which=='area' else 'arc length'} in terms of $\\pi$.")
    unit = "cm²" if which == "area" else "cm"
    def pit(f):
        f = F(f)
        if f.denominator == 1:
            return f"{f.numerator if f.numerator!=1 else ''}\\pi"
        return f"\\frac{{{f.numerator}\\pi}}{{{f.denominator}}}"
    def body(v):
        rad = F(theta, 180)
        return (f"Central angle {theta}° as a fraction of the full circle: {theta}/360 = {fr_plain(F(theta,360))}.\n\n"
                + (f"Full circle area = πr² = {r*r}π. Sector area = {fr_plain(F(theta,360))} × {r*r}π = {fr_plain(area)}π." if which == "area" else
                   f"Full circumference = 2πr = {2*r}π. Arc length = {fr_plain(F(theta,360))} × {2*r}π = {fr_plain(arc)}π.") +
                f"\n\nCross-check in radians: θ = {theta}·π/180 = {pit(rad)}. "
                + (f"Area = ½r²θ = ½·{r*r}·{pit(rad)} = {pit(area)}." if which == "area" else f"Arc = rθ = {r}·{pit(rad)} = {pit(arc)}.") +
                f"\n\nI briefly plugged {theta} in as if it were radians, which gives nonsense (≈ {r*theta if which=='arc' else r*r*theta/2}) — the angle is in degrees, so conversion is needed.\n\n"
                f"Decimal: ≈ {float(val)*3.141592653589793:.3f} {unit}. Reasonable compared with the full circle.\n\nResult: {v}")
    ok = [(pit(val) + f"\\text{{ {unit}}}", "pi_expression_with_unit"), (pit(val).replace("\\pi", "π"), "pi_unicode"), (f"{fr_tex(val)}\\pi", "pi_coefficient_fraction")]
    bad = [(pit(val * 2) if which == "area" else pit(val / 2), "factor_two_error", "Hmm, I think I mixed up the ½ factor. Redoing:"),
           (fr_tex(val), "dropped_pi", "Writing the coefficient:")]
    return dict(dataset="math_like", question=q, ref=pit(val), body=body, ok=ok, bad=bad, zh=False)


def fam_angle(rng):
    ang, rad = rng.choice([(30, F(1, 6)), (45, F(1, 4)), (60, F(1, 3)), (120, F(2, 3)), (135, F(3, 4)), (150, F(5, 6))])
    fn = {30: ("\\sin", F(1, 2), "1/2"), 150: ("\\sin", F(1, 2), "1/2"), 60: ("\\cos", F(1, 2), "1/2"), 120: ("\\cos", F(-1, 2), "-1/2"), 45: ("\\tan", 1, "1"), 135: ("\\tan", -1, "-1")}[ang]
    zh = rng.random() < 0.3
    rng_txt = "(0, \\pi)" if ang not in (45, 135) else "(0,\\pi), \\theta \\ne \\frac{\\pi}{2}"
    # uniqueness: sin 1/2 on (0,pi) has 2 solutions; restrict interval per case
    if ang in (30,):
        dom = "(0, \\frac{\\pi}{2})"
    elif ang == 150:
        dom = "(\\frac{\\pi}{2}, \\pi)"
    else:
        dom = "(0, \\pi)"
    val_s = fn[2]
    q = (f"已知 ${fn[0]}\\theta = {val_s}$，且 $\\theta \\in {dom}$，求 $\\theta$（用弧度表示）。" if zh else
         f"Find $\\theta \\in {dom}$ such that ${fn[0]}\\theta = {val_s}$. Give your answer in radians.")
    def pit(f):
        return f"\\frac{{{'' if f.numerator==1 else f.numerator}\\pi}}{{{f.denominator}}}"
    other = {30: 150, 150: 30, 60: 300, 120: 240, 45: 225, 135: 315}[ang]
    def body(v):
        if zh:
            return (f"特殊角：${fn[0]}$ 取值 ${val_s}$ 的角在一个周期内有两个，分别对应 ${ang}^\\circ$ 和 ${other}^\\circ$。\n\n"
                    f"题目限定 $\\theta \\in {dom}$，只有 ${ang}^\\circ$ 落在这个区间内。\n\n换算成弧度：${ang}^\\circ = {ang} \\times \\frac{{\\pi}}{{180}} = {pit(rad)}$。\n\n"
                    f"回代检验：${fn[0]}{pit(rad)} = {val_s}$ ✓。\n\n一开始差点直接写 ${ang}$，但题目要求弧度。\n\n所以 $\\theta = $ {v}")
        return (f"Reference angle first. ${fn[0]}$ equals ${val_s}$ in absolute value at the standard angle "
                f"{ {30:30,150:30,60:60,120:60,45:45,135:45}[ang]}°.\n\nWithin a full turn the candidates are {ang}° and {other}°. Only {ang}° lies in ${dom}$.\n\n"
                f"Convert: {ang}° × π/180 = {pit(rad)}.\n\nLet me double-check the sign/quadrant: {ang}° is in quadrant {1 if ang<90 else 2}, where {fn[0][1:]} is "
                f"{'positive' if fn[1] > 0 else 'negative'} — matches ${val_s}$ ✓.\n\nThe problem wants radians, so rather than {ang}°, I'll give θ = {v}")
    ok = [(pit(rad), "radians_latex"), (f"π/{rad.denominator}" if rad.numerator == 1 else f"{rad.numerator}π/{rad.denominator}", "radians_unicode"),
          (f"\\theta = {pit(rad)}", "assignment")]
    bad = [(f"{ang}", "degrees_without_unit_when_radians_asked", "Just the number:" if not zh else "直接写数值："),
           (pit(F(other, 180)) if other < 360 else pit(F(other-360, 180)), "wrong_quadrant", "Hmm, actually the other solution seems to be the intended one." if not zh else "应该取另一个角。")]
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=pit(rad), body=body, ok=ok, bad=bad, zh=zh)


def fam_eig(rng):
    l1 = rng.randint(-4, 6); l2 = rng.randint(-4, 6)
    while l2 == l1:
        l2 = rng.randint(-4, 6)
    # upper triangular-ish with a similarity: use [[l1, b],[0, l2]]? too easy. use symmetric [[a,b],[b,d]] with eigen l1,l2: a+d = l1+l2, ad-b^2=l1 l2
    # pick b such that discriminant ok: choose a = l1 + t, d = l2 - t, b^2 = ad - l1 l2 negative... use matrix [[l1+k, k],[ -k... simpler: M = [[a, b],[c, d]] with a+d=s, ad-bc=p
    b = rng.choice([1, 2, 3, -2]); a = rng.randint(-3, 5); d = l1 + l2 - a
    c_num = a * d - l1 * l2
    if c_num % b:
        return fam_eig(rng)
    c = c_num // b
    zh = rng.random() < 0.25
    M = f"\\begin{{pmatrix}} {a} & {b} \\\\ {c} & {d} \\end{{pmatrix}}"
    q = (f"求矩阵 $A = {M}$ 的全部特征值。" if zh else f"Find all eigenvalues of $A = {M}$.")
    lo, hi = sorted([l1, l2])
    def body(v):
        if zh:
            return (f"特征多项式：$\\det(A - \\lambda I) = ({a}-\\lambda)({d}-\\lambda) - ({b})({c})$。\n\n展开：$\\lambda^2 - {a+d}\\lambda + ({a*d} - ({b*c})) = \\lambda^2 - ({l1+l2})\\lambda + ({l1*l2})$。\n\n"
                    f"判别式 $= {(l1+l2)**2} - 4\\times({l1*l2}) = {(l1-l2)**2}$，开方得 {abs(l1-l2)}。\n\n$\\lambda = \\frac{{{l1+l2} \\pm {abs(l1-l2)}}}{{2}}$，即 $\\lambda_1 = {hi}, \\lambda_2 = {lo}$。\n\n"
                    f"检验：迹 $= {a}+{d} = {a+d} = {l1}+{l2}$ ✓，行列式 $= {a*d-b*c} = {l1}\\times{l2}$ ✓。\n\n所以特征值为 {v}")
        return (f"Characteristic polynomial: $\\det(A-\\lambda I) = ({a}-\\lambda)({d}-\\lambda) - ({b})({c})$.\n\n$= \\lambda^2 - ({a+d})\\lambda + ({a*d}) - ({b*c}) = \\lambda^2 - ({l1+l2})\\lambda + ({l1*l2})$.\n\n"
                f"Discriminant: $({l1+l2})^2 - 4({l1*l2}) = {(l1-l2)**2}$, a perfect square, good.\n\n$\\lambda = \\frac{{{l1+l2} \\pm {abs(l1-l2)}}}{{2}} \\Rightarrow \\lambda = {hi}, {lo}$.\n\n"
                f"Sanity: trace {a+d} = sum of eigenvalues {l1+l2} ✓; determinant {a*d-b*c} = product {l1*l2} ✓.\n\nLet me also find an eigenvector for λ = {hi} as a spot check: $(A - {hi}I)v = 0$ → first row "
                f"$({a-hi})v_1 + ({b})v_2 = 0$ → $v = ({b}, {hi-a})$. Second row: $({c})({b}) + ({d-hi})({hi-a}) = {c*b + (d-hi)*(hi-a)}$ ✓.\n\nEigenvalues: {v}")
    ok = [(f"\\lambda = {lo}, {hi}", "eigen_list"), (f"\\{{{hi}, {lo}\\}}", "set_reordered"), (f"\\lambda_1={hi},\\ \\lambda_2={lo}", "indexed")]
    bad = [(f"\\lambda = {-lo}, {-hi}", "eigen_sign_flip", "Hmm, the characteristic polynomial has roots with opposite sign? Flipping:" if not zh else "符号应相反："),
           (f"\\lambda = {hi}", "missing_eigenvalue", "The dominant eigenvalue is the answer:" if not zh else "只取较大的特征值：")]
    if l1 == -l2:
        bad = bad[1:]
    return dict(dataset="college_math_like", question=q, ref=f"{lo}, {hi}" if rng.random() < .5 else f"\\lambda_1 = {lo}, \\lambda_2 = {hi}", body=body, ok=ok, bad=bad, zh=zh)
