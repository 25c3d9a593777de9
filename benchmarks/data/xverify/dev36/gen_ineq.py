"""Inequalities, solution sets, systems and equations with +/- roots."""
from fractions import Fraction as Fr
from math import isqrt
from common import T, poly, fnum

GE, LE = "\\ge", "\\le"


def nz(rng, lo, hi, avoid=()):
    while True:
        v = rng.randint(lo, hi)
        if v != 0 and v not in avoid:
            return v


def linear_ineq(rng):
    a = nz(rng, -6, 6, [1, -1])
    t = Fr(rng.randint(-9, 9), rng.choice([1, 1, 1, 2, 3]))
    if (a * t).denominator != 1:
        t = Fr(int(t))
    b = rng.randint(-10, 10)
    c = int(a * t) + b
    strict = rng.random() < 0.5
    op = ">" if strict else "\\ge"
    # a x + b op c  -> x op' t (flip if a < 0)
    gt = a > 0
    T_ = fnum(t)
    if gt:
        sol = f"x {'>' if strict else GE} {T_}"
        itv = f"({T_}, \\infty)" if strict else f"[{T_}, \\infty)"
        itv_bad = f"[{T_}, \\infty)" if strict else f"({T_}, \\infty)"
        flip = f"x {'<' if strict else LE} {T_}"
    else:
        sol = f"x {'<' if strict else LE} {T_}"
        itv = f"(-\\infty, {T_})" if strict else f"(-\\infty, {T_}]"
        itv_bad = f"(-\\infty, {T_}]" if strict else f"(-\\infty, {T_})"
        flip = f"x {'>' if strict else GE} {T_}"
    setb = "\\{x \\mid " + sol + "\\}"
    rev = sol.replace("x ", "", 1)
    rev_op = {">": "<", "<": ">", "\\ge": "\\le", "\\le": "\\ge"}[rev.split(" ")[0]]
    ref = itv if rng.random() < 0.5 else sol
    good = [(setb, "equiv_set_builder"), (f"{T_} {rev_op} x", "equiv_reversed_inequality"),
            (itv if ref == sol else sol, "equiv_interval_vs_inequality")]
    bad = [(itv_bad, "near_miss_open_vs_closed"), (flip, "near_miss_direction_not_flipped" if a < 0
                                                   else "near_miss_direction_flipped"),
           (sol.replace(T_, fnum(-t)) if t != 0 else sol.replace(T_, "1"), "near_miss_endpoint_sign")]
    lhs = poly([a, b])
    q = {"en": f"Solve the inequality ${lhs} {op} {c}$.", "zh": f"解不等式 ${lhs} {op} {c}$。"}
    work = [T(f"Move the constant to the right: ${a}x {op} {c - b}$." if b else f"Nothing to move: ${a}x {op} {c}$.",
              f"移项：${a}x {op} {c - b}$。" if b else f"无需移项：${a}x {op} {c}$。"),
            T(f"Divide by ${a}$; {'since it is negative the inequality sign flips' if a < 0 else 'it is positive so the sign stays'}.",
              f"两边除以 ${a}$，{'因为是负数，不等号方向改变' if a < 0 else '是正数，不等号方向不变'}。"),
            T(f"Endpoint: ${fnum(Fr(c - b, a))}$; it is {'excluded' if strict else 'included'} because the inequality is {'strict' if strict else 'non-strict'}.",
              f"端点为 ${fnum(Fr(c - b, a))}$，因为{'是严格不等式，不包含' if strict else '是非严格不等式，包含'}端点。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def quad_ineq(rng):
    r1 = rng.randint(-8, 6)
    r2 = r1 + rng.randint(1, 9)
    p = [1, -(r1 + r2), r1 * r2]
    inside = rng.random() < 0.5
    strict = rng.random() < 0.5
    if inside:
        op = "<" if strict else "\\le"
        L, R = ("(", ")") if strict else ("[", "]")
        ref = f"{L}{r1}, {r2}{R}"
        ineq = f"{r1} {'<' if strict else LE} x {'<' if strict else LE} {r2}"
        good = [(ineq, "equiv_double_inequality"), ("\\{x \\mid " + ineq + "\\}", "equiv_set_builder")]
        Lb, Rb = ("[", "]") if strict else ("(", ")")
        bad = [(f"{Lb}{r1}, {r2}{Rb}", "near_miss_open_vs_closed"),
               (f"(-\\infty, {r1}{R} \\cup {L}{r2}, \\infty)", "near_miss_complement_region"),
               (f"{L}{-r2}, {-r1}{R}" if r1 != -r2 else f"{L}{r1}, {r2 + 1}{R}", "near_miss_endpoint_signs")]
    else:
        op = ">" if strict else "\\ge"
        L, R = ("(", ")") if strict else ("[", "]")
        ref = f"(-\\infty, {r1}{R} \\cup {L}{r2}, \\infty)"
        o = "<" if strict else "\\le"
        o2 = ">" if strict else "\\ge"
        ineq = f"x {o} {r1} \\text{{ or }} x {o2} {r2}"
        good = [(ineq, "equiv_inequality_or"), ("\\{x \\mid " + ineq.replace("\\text{ or }", "\\text{ or }") + "\\}",
                                               "equiv_set_builder"),
                (f"\\mathbb{{R}} \\setminus {'[' if strict else '('}{r1}, {r2}{']' if strict else ')'}",
                 "equiv_set_complement_notation")]
        Rb, Lb = ("]", "[") if strict else (")", "(")
        bad = [(f"(-\\infty, {r1}{Rb} \\cup {Lb}{r2}, \\infty)", "near_miss_open_vs_closed"),
               (f"{L}{r1}, {r2}{R}", "near_miss_complement_region"),
               (f"x {o2} {r2}", "near_miss_missing_branch")]
    q = {"en": f"Solve ${poly(p)} {op} 0$. Give the solution set.",
         "zh": f"解不等式 ${poly(p)} {op} 0$，写出解集。"}
    work = [T(f"Factor: ${poly(p)} = (x {'-' if r1 >= 0 else '+'} {abs(r1)})(x {'-' if r2 >= 0 else '+'} {abs(r2)})$, roots ${r1}$ and ${r2}$.",
              f"因式分解：${poly(p)} = (x {'-' if r1 >= 0 else '+'} {abs(r1)})(x {'-' if r2 >= 0 else '+'} {abs(r2)})$，根为 ${r1}$ 和 ${r2}$。"),
            T("The parabola opens upward, so it is negative between the roots and positive outside them.",
              "抛物线开口向上，所以两根之间为负，两根之外为正。"),
            T(f"Test $x = {r2 + 1}$: $({r2 + 1 - r1})(1) > 0$, so the expression is positive there.",
              f"检验 $x = {r2 + 1}$：值为正。"),
            T(f"Endpoints are {'excluded' if strict else 'included'} since the inequality is {'strict' if strict else 'non-strict'}.",
              f"由于{'是严格不等式，端点不包含' if strict else '是非严格不等式，端点包含'}。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def sqrt_equation(rng):
    # sqrt(x + a) = x - b with roots s (valid) and e (extraneous)
    while True:
        b = rng.randint(-3, 5)
        s = b + rng.randint(1, 5)  # s - b > 0
        # x + a = (x - b)^2 -> x^2 - (2b+1)x + b^2 - a = 0; other root e = 2b+1-s
        e = 2 * b + 1 - s
        a = (s - b) ** 2 - s
        if e < b and e != s and e + a >= 0:
            break
    ref = f"x = {s}"
    good = [(f"{s}", "equiv_bare_value"), ("\\{" + str(s) + "\\}", "equiv_solution_set"),
            (f"x = \\frac{{{2 * s}}}{{2}}", "equiv_unreduced_fraction")]
    bad = [(f"x = {s} \\text{{ or }} x = {e}", "near_miss_extraneous_root_kept"), (f"x = {e}", "near_miss_extraneous_only"),
           ("\\{" + f"{e}, {s}" + "\\}", "near_miss_extraneous_root_kept")]
    lhs = f"\\sqrt{{{poly([1, a])}}}"
    rhs = poly([1, -b])
    q = {"en": f"Solve for real $x$: ${lhs} = {rhs}$.", "zh": f"在实数范围内解方程 ${lhs} = {rhs}$。"}
    quad = [1, -(2 * b + 1), b * b - a]
    work = [T(f"Square both sides: ${poly([1, a])} = ({rhs})^2$, which gives ${poly(quad)} = 0$.",
              f"两边平方：${poly([1, a])} = ({rhs})^2$，得 ${poly(quad)} = 0$。"),
            T(f"The quadratic has roots $x = {s}$ and $x = {e}$.", f"该二次方程的根为 $x = {s}$ 和 $x = {e}$。"),
            T(f"Squaring can introduce extraneous roots. Check $x = {e}$: the right side is ${e - b} < 0$, but a square root is never negative, so reject it.",
              f"平方可能产生增根。检验 $x = {e}$：右边为 ${e - b} < 0$，而算术平方根非负，舍去。"),
            T(f"Check $x = {s}$: $\\sqrt{{{s + a}}} = {s - b}$ and ${s} - ({b}) = {s - b}$. Valid.",
              f"检验 $x = {s}$：$\\sqrt{{{s + a}}} = {s - b}$，${s} - ({b}) = {s - b}$，成立。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def system2(rng):
    while True:
        x = Fr(rng.randint(-6, 6), rng.choice([1, 1, 2]))
        y = Fr(rng.randint(-6, 6), rng.choice([1, 1, 3]))
        a, b, c, d = (nz(rng, -5, 5) for _ in range(4))
        det = a * d - b * c
        e, f = a * x + b * y, c * x + d * y
        if det != 0 and x != y and x != -y and e.denominator == 1 and f.denominator == 1 and x != 0 and y != 0:
            break
    X, Y = fnum(x), fnum(y)
    ref = f"({X}, {Y})"
    good = [(f"x = {X}, y = {Y}", "equiv_named_values"), (f"y = {Y}, x = {X}", "equiv_named_values_reordered"),
            (f"\\begin{{cases}} x = {X} \\\\ y = {Y} \\end{{cases}}", "equiv_cases_layout")]
    if x.denominator != 1 or y.denominator != 1:
        good.append((f"({float(x):g}, {float(y):g})" if all(len(f"{float(v):g}") < 6 for v in (x, y))
                     else f"(x, y) = ({X}, {Y})", "equiv_decimal_pair"))
    bad = [(f"({Y}, {X})", "near_miss_swapped_pair"), (f"({fnum(-x)}, {Y})", "near_miss_one_sign"),
           (f"x = {X}, y = {fnum(y + 1)}", "near_miss_one_value")]
    q = {"en": f"Solve the system: ${a}x + {b}y = {e}$ and ${c}x + {d}y = {f}$.".replace("+ -", "- ").replace(" 1x", " x").replace(" 1y", " y").replace("$1x", "$x").replace("-1x", "-x").replace("-1y", "-y"),
         "zh": f"解方程组：${a}x + {b}y = {e}$，${c}x + {d}y = {f}$。".replace("+ -", "- ").replace(" 1x", " x").replace(" 1y", " y").replace("$1x", "$x").replace("-1x", "-x").replace("-1y", "-y")}
    work = [T(f"Determinant: ${a}\\cdot{d} - ({b})({c}) = {det}$, nonzero, so a unique solution exists.",
              f"系数行列式：${a}\\cdot{d} - ({b})({c}) = {det}$，不为零，有唯一解。"),
            T(f"Cramer: $x = \\frac{{{e}\\cdot{d} - ({b})({f})}}{{{det}}}$ and $y = \\frac{{{a}\\cdot{f} - ({e})({c})}}{{{det}}}$.",
              f"克拉默法则：$x = \\frac{{{e}\\cdot{d} - ({b})({f})}}{{{det}}}$，$y = \\frac{{{a}\\cdot{f} - ({e})({c})}}{{{det}}}$。"),
            T(f"Substituting back into the first equation gives ${e}$ on the left, as required.",
              f"代回第一个方程，左边等于 ${e}$，符合。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def quad_pm(rng):
    while True:
        p, D = rng.randint(-6, 6), rng.choice([2, 3, 5, 6, 7, 10, 11, 13])
        # roots p +- sqrt(D): x^2 - 2p x + p^2 - D = 0
        if p != 0:
            break
    c = p * p - D
    ref = f"x = {p} \\pm \\sqrt{{{D}}}"
    # multiply form: (2p +- sqrt(4D))/2
    good = [(f"x = {p} + \\sqrt{{{D}}} \\text{{ or }} x = {p} - \\sqrt{{{D}}}", "equiv_pm_split"),
            (f"x = \\frac{{{2 * p} \\pm \\sqrt{{{4 * D}}}}}{{2}}", "equiv_unsimplified_formula"),
            (f"x = \\pm\\sqrt{{{D}}} {'-' if p > 0 else '+'} {abs(p)}", "equiv_pm_reordered")]
    bad = [(f"x = {-p} \\pm \\sqrt{{{D}}}", "near_miss_one_sign"), (f"x = {p} + \\sqrt{{{D}}}", "near_miss_missing_pm_root"),
           (f"x = {p} \\pm \\sqrt{{{2 * D}}}", "near_miss_radicand")]
    eq = poly([1, -2 * p, c])
    q = {"en": f"Solve ${eq} = 0$ exactly.", "zh": f"求方程 ${eq} = 0$ 的精确解。"}
    work = [T(f"Quadratic formula: $x = \\frac{{{2 * p} \\pm \\sqrt{{{4 * p * p} - 4({c})}}}}{{2}}$.",
              f"求根公式：$x = \\frac{{{2 * p} \\pm \\sqrt{{{4 * p * p} - 4({c})}}}}{{2}}$。"),
            T(f"Discriminant: ${4 * p * p - 4 * c} = 4\\cdot{D}$, so $\\sqrt{{{4 * D}}} = 2\\sqrt{{{D}}}$.",
              f"判别式：${4 * p * p - 4 * c} = 4\\cdot{D}$，所以 $\\sqrt{{{4 * D}}} = 2\\sqrt{{{D}}}$。"),
            T(f"Since ${D}$ is square-free, ${isqrt(D)}^2 \\ne {D}$ and the roots are irrational.",
              f"${D}$ 不是完全平方数，根为无理数。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


ITEMS = [linear_ineq, quad_ineq, sqrt_equation, system2, quad_pm]
