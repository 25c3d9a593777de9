"""dev20 generator: algebra families (quadratics, lines, dice, repeating decimals, complex numbers, intervals)."""
import json, os, random, math
import re as _re
from fractions import Fraction as Fr
from common import *  # noqa: F403
from common import _re  # noqa: F401

def fam_quad_int(rng, lang):
    while True:
        r1, r2 = rng.randint(-9, 12), rng.randint(-9, 12)
        if r1 != r2 and r1 != 0 and r2 != 0 and abs(r1) != abs(r2):
            break
    r1, r2 = min(r1, r2), max(r1, r2)
    a = pick(rng, [1, 1, 2, 3])
    b, c = -a * (r1 + r2), a * r1 * r2
    P = poly_tex(a, b, c)
    D = b * b - 4 * a * c
    sq = int(math.isqrt(D))
    zh = lang == "zh"
    q = (f"求方程 ${P} = 0$ 的所有实数解。" if zh else pick(rng, [f"Find all real solutions of ${P} = 0$.",
                                                             f"Solve for $x$: ${P} = 0$. Give all solutions.",
                                                             f"What are the roots of the equation ${P}=0$?"]))
    ref = pick(rng, [f"{r1}, {r2}", f"x={r1} or x={r2}", f"\\{{{r1}, {r2}\\}}", f"$x_1={r1},\\ x_2={r2}$"])
    if zh:
        steps = (f"这是一个一元二次方程，系数为 $a={a}$，$b={b}$，$c={c}$。\n\n"
                 f"先算判别式：\n$$\\Delta = b^2-4ac = ({b})^2 - 4\\cdot {a}\\cdot ({c}) = {b*b} - ({4*a*c}) = {D}.$$\n"
                 f"$\\Delta = {D} = {sq}^2 > 0$，所以有两个不相等的实根。\n\n"
                 f"由求根公式\n$$x = \\frac{{-b \\pm \\sqrt{{\\Delta}}}}{{2a}} = \\frac{{{-b} \\pm {sq}}}{{{2*a}}}.$$\n"
                 f"- 取加号：$x = \\frac{{{-b + sq}}}{{{2*a}}} = {r2}$；\n- 取减号：$x = \\frac{{{-b - sq}}}{{{2*a}}} = {r1}$。\n\n"
                 f"也可以因式分解验证：${P} = {'' if a == 1 else a}(x {'-' if r1 > 0 else '+'} {abs(r1)})(x {'-' if r2 > 0 else '+'} {abs(r2)})$。")
        verify = (f"**检验**：把 $x={r1}$ 代入，${a}\\cdot{r1*r1} + ({b})\\cdot({r1}) + ({c}) = {a*r1*r1} {'+' if b*r1 >= 0 else '-'} {abs(b*r1)} {'+' if c >= 0 else '-'} {abs(c)} = 0$ ✓；"
                  f"把 $x={r2}$ 代入，${a*r2*r2} {'+' if b*r2 >= 0 else '-'} {abs(b*r2)} {'+' if c >= 0 else '-'} {abs(c)} = 0$ ✓。"
                  f"两根之和 ${r1+r2} = -b/a$，两根之积 ${r1*r2} = c/a$，与韦达定理一致。")
        scratch = f"嗯，先看判别式。b²={b*b}，4ac={4*a*c}，差是{D}，开方{sq}。那么根是({-b}±{sq})/{2*a}，即{r2}和{r1}。再用韦达定理核对一下：和{r1+r2}，积{r1*r2}，对。"
    else:
        steps = (f"We have a quadratic with $a = {a}$, $b = {b}$, $c = {c}$.\n\n"
                 f"**Step 1: discriminant.**\n\\[\n\\Delta = b^2 - 4ac = ({b})^2 - 4({a})({c}) = {b*b} - ({4*a*c}) = {D}.\n\\]\n"
                 f"Since ${D} = {sq}^2$ is a perfect square, the roots are rational.\n\n"
                 f"**Step 2: quadratic formula.**\n\\[\nx = \\frac{{-b \\pm \\sqrt{{\\Delta}}}}{{2a}} = \\frac{{{-b} \\pm {sq}}}{{{2*a}}}.\n\\]\n"
                 f"So $x = \\frac{{{-b+sq}}}{{{2*a}}} = {r2}$ or $x = \\frac{{{-b-sq}}}{{{2*a}}} = {r1}$.\n\n"
                 f"**Step 3: factor as a cross-check.** The polynomial factors as ${'' if a == 1 else a}(x {'-' if r1 > 0 else '+'} {abs(r1)})(x {'-' if r2 > 0 else '+'} {abs(r2)})$, "
                 f"and expanding gives back ${P}$, since the product of the constants is ${r1*r2}$ and their sum is ${r1+r2}$.")
        verify = (f"### Verification\n- $x={r1}$: ${a}({r1})^2 + ({b})({r1}) + ({c}) = {a*r1*r1} + ({b*r1}) + ({c}) = 0$ ✓\n"
                  f"- $x={r2}$: ${a}({r2})^2 + ({b})({r2}) + ({c}) = {a*r2*r2} + ({b*r2}) + ({c}) = 0$ ✓\n"
                  f"- Vieta: sum $= {r1+r2} = -b/a$, product $= {r1*r2} = c/a$ ✓")
        scratch = (f"Okay so discriminant: b^2 = {b*b}, 4ac = {4*a*c}, so D = {D}. sqrt is {sq}. Roots ({-b} +- {sq})/{2*a}... "
                   f"that's {r2} and {r1}. Let me double check with Vieta: {r1}+{r2} = {r1+r2}, times {a} is {a*(r1+r2)} = -b. good. product {r1*r2}*{a} = {c}. good.")
    oks = [(f"x = {r1} \\text{{ or }} x = {r2}", f"x = {r1} or x = {r2}", "roots_listed"),
           (f"\\{{{r2}, {r1}\\}}", f"{{{r2}, {r1}}}", "root_set_reordered"),
           (f"{r2}, {r1}", f"{r2} and {r1}", "roots_reordered"),
           (f"x_1 = {r1},\\ x_2 = {r2}", f"x₁ = {r1}, x₂ = {r2}", "roots_subscripted")]
    bads = [(f"{r2}", f"x = {r2}", "missing_root"),
            (f"{r1}, {r2}, 0", f"{r1}, {r2}, 0", "extra_root"),
            (f"{-r1}, {-r2}", f"x = {-r1} or x = {-r2}", "roots_sign_flipped"),
            (f"{r1 + r2}", f"{r1 + r2}", "sum_of_roots_not_roots")]
    if zh:
        alt = (f"也可以先同除以 {a}（若 $a\\ne 1$）得到 $x^2 {'-' if r1+r2 > 0 else '+'} {abs(r1+r2)}x {'+' if r1*r2 > 0 else '-'} {abs(r1*r2)} = 0$。"
               f"找两个数，乘积为 ${r1*r2}$、和为 ${r1+r2}$：试 ${r1}$ 与 ${r2}$，乘积 ${r1*r2}$，和 ${r1+r2}$，正好。")
    else:
        pairs = [(d, r1 * r2 // d) for d in range(1, abs(r1 * r2) + 1) if (r1 * r2) % d == 0][:5]
        alt = (f"Dividing through by {a} (if needed) gives the monic $x^2 {'-' if r1+r2 > 0 else '+'} {abs(r1+r2)}x {'+' if r1*r2 > 0 else '-'} {abs(r1*r2)}$. "
               f"I want two numbers with product ${r1*r2}$ and sum ${r1+r2}$. Factor pairs of {abs(r1*r2)} include "
               + ", ".join(f"{d}·{abs(e)}" for d, e in pairs) + f"; with signs, ${r1}$ and ${r2}$ work because ${r1}\\cdot{r2} = {r1*r2}$ and ${r1}+{r2} = {r1+r2}$.")
    v = choose_variant(rng, oks, bads)
    wrong = (f"{-r1}, {-r2}", f"{-r1}, {-r2}")
    correct = (f"{r1}, {r2}", f"{r1}, {r2}")
    out, label, trap = finish(rng, lang, steps, verify, scratch, "## Solution" if not zh else "## 解答", correct, v, wrong,
                              (f"{r1+r2}", f"{r1+r2}"), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


def rad_simplify(n):
    k, m = 1, n
    for p in range(2, int(math.isqrt(n)) + 1):
        while m % (p * p) == 0:
            m //= p * p
            k *= p
    return k, m


def rad_tex(k, m):
    if m == 1:
        return str(k)
    return (f"{k}\\sqrt{{{m}}}" if k != 1 else f"\\sqrt{{{m}}}")


# F2: quadratic with irrational roots p +- sqrt(q)
def fam_quad_irr(rng, lang):
    p = rng.randint(-6, 7)
    q = pick(rng, [2, 3, 5, 6, 7, 8, 12, 18, 20, 27, 28, 45, 50])
    k, m = rad_simplify(q)
    P = poly_tex(1, -2 * p, p * p - q)
    zh = lang == "zh"
    q_txt = (f"解方程 ${P} = 0$，写出精确解。" if zh else pick(rng, [f"Solve $ {P} = 0 $ exactly.", f"Find the exact roots of ${P}=0$."]))
    R = rad_tex(k, m)
    ref = pick(rng, [f"{p} \\pm {R}", f"x = {p} \\pm {R}", f"{p}+{R}, {p}-{R}"])
    D = 4 * p * p - 4 * (p * p - q)
    steps_en = (f"Completing the square is cleanest here.\n\n"
                f"$${P} = 0 \\iff x^2 {'-' if p >= 0 else '+'} {abs(2*p)}x = {q - p*p} \\iff (x {'-' if p >= 0 else '+'} {abs(p)})^2 = {q - p*p} + {p*p} = {q}.$$\n\n"
                f"Taking square roots, $x {'-' if p >= 0 else '+'} {abs(p)} = \\pm\\sqrt{{{q}}}$" + (f", and $\\sqrt{{{q}}} = \\sqrt{{{k*k}\\cdot {m}}} = {R}$." if k > 1 else ".") +
                f"\n\nCross-check with the formula: $\\Delta = ({-2*p})^2 - 4({p*p-q}) = {D}$, and $\\frac{{{2*p} \\pm \\sqrt{{{D}}}}}{{2}} = {p} \\pm \\frac{{\\sqrt{{{D}}}}}{{2}} = {p} \\pm {R}$, same thing.")
    steps_zh = (f"用配方法：\n$${P}=0 \\Rightarrow (x {'-' if p >= 0 else '+'} {abs(p)})^2 = {q}.$$\n"
                f"所以 $x {'-' if p >= 0 else '+'} {abs(p)} = \\pm\\sqrt{{{q}}}$" + (f"，而 $\\sqrt{{{q}}} = {R}$。" if k > 1 else "。") +
                f"\n\n用求根公式核对：$\\Delta = {D}$，$x = \\frac{{{2*p}\\pm\\sqrt{{{D}}}}}{{2}} = {p}\\pm{R}$。两种方法一致。")
    verify = (f"Check: $({p}+{R}) + ({p}-{R}) = {2*p}$ (the negated $x$-coefficient) and $({p}+{R})({p}-{R}) = {p*p} - {q} = {p*p-q}$ (the constant term). ✓"
              if not zh else f"检验：两根之和 ${2*p}$，两根之积 ${p*p}-{q} = {p*p-q}$，与系数吻合。✓")
    oks = [(f"{p} \\pm {R}", f"{p} ± {R}", "pm_form"),
           (f"\\left\\{{{p}-{R},\\ {p}+{R}\\right\\}}", f"{{{p}-{R}, {p}+{R}}}", "set_of_roots"),
           (f"\\frac{{{2*p} \\pm \\sqrt{{{D}}}}}{{2}}", f"({2*p} ± √{D})/2", "unsimplified_formula_form"),
           (f"{p} \\pm \\sqrt{{{q}}}", f"{p} ± √{q}", "unsimplified_radical")]
    conc = int(f"{k}{m}") if k > 1 else m + 1
    bads = [(f"{p} \\pm \\sqrt{{{conc}}}", f"{p} ± √{conc}", "radical_coefficient_absorbed_wrongly"),
            (f"{-p} \\pm {R}", f"{-p} ± {R}", "center_sign_flipped"),
            (f"{p} \\pm \\sqrt{{{-q}}}", f"{p} ± √({-q})", "sign_inside_radical"),
            (f"{p} + {R}", f"{p} + {R}", "missing_conjugate_root")]
    if p == 0:
        bads = bads[:1] + bads[2:]
    v = choose_variant(rng, oks, bads)
    sq = math.sqrt(q)
    alt = (f"Numerically, $\\sqrt{{{q}}} \\approx {sq:.4f}$, so the roots are about ${p+sq:.4f}$ and ${p-sq:.4f}$. "
           f"Plugging $x \\approx {p+sq:.4f}$ into $x^2 - {2*p}x + ({p*p-q})$: ${(p+sq)**2:.4f} - ({2*p*(p+sq):.4f}) + ({p*p-q}) \\approx {((p+sq)**2 - 2*p*(p+sq) + p*p - q):.4f}$, essentially zero.")
    scratch = f"complete the square: (x-({p}))^2 = {q}. sqrt({q}) = {R.replace(chr(92), '')}. so {p} +- that. numeric {p+sq:.3f}, {p-sq:.3f}."
    out, label, trap = finish(rng, lang, steps_zh if zh else steps_en, verify, scratch, None,
                              (f"{p} \\pm {R}", f"{p} ± {R}"), v, (f"{-p} \\pm {R}", f"{-p} ± {R}"), (f"{q}", f"{q}"), alt, q_txt)
    return case("math_like", "math", q_txt, ref, out, label, trap, lang)


# F3: line through two points
def fam_line(rng, lang):
    while True:
        x1, y1, x2, y2 = [rng.randint(-7, 8) for _ in range(4)]
        if x1 != x2 and y1 != y2:
            m = Fr(y2 - y1, x2 - x1)
            b = y1 - m * x1
            if b != 0 and m.denominator <= 3 and abs(m) != 1:
                break
    zh = lang == "zh"
    q = (f"求经过点 $({x1},{y1})$ 和 $({x2},{y2})$ 的直线方程。" if zh else
         pick(rng, [f"Find the equation of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$.",
                    f"Write an equation for the line through the points ({x1},{y1}) and ({x2},{y2})."]))
    mt, bt = fr_tex(m), fr_tex(abs(b))
    sgn = "+" if b > 0 else "-"
    yform = f"y = {mt}x {sgn} {bt}"
    # standard form A x + B y = C with integers
    L = m.denominator
    A, B, C = int(m * L), -L, int(-b * L)
    if A < 0:
        A, B, C = -A, -B, -C
    std = f"{A}x {'-' if B < 0 else '+'} {abs(B) if abs(B) != 1 else ''}y = {C}".replace("1x ", "x ") if A == 1 else f"{A}x {'-' if B < 0 else '+'} {abs(B) if abs(B) != 1 else ''}y = {C}"
    yplain = f"y = {fr_txt(m)}x {sgn} {fr_txt(abs(b))}"
    ref = pick(rng, [yform, f"${yform}$", f"Slope is ({y2}-({y1}))/({x2}-({x1})) = {fr_txt(m)}, intercept {fr_txt(b)}, so {yplain}"])
    steps = (f"The slope is\n\\[ m = \\frac{{y_2 - y_1}}{{x_2 - x_1}} = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2-y1}}}{{{x2-x1}}} = {mt}. \\]\n\n"
             f"Point-slope form using $({x1}, {y1})$: $y - ({y1}) = {mt}(x - ({x1}))$.\n\n"
             f"Solving for $y$: $y = {mt}x - ({fr_tex(m*x1)}) + ({y1}) = {mt}x {sgn} {bt}$.\n\n"
             f"So the $y$-intercept is ${fr_tex(b)}$.") if not zh else (
             f"斜率 $k = \\frac{{{y2}-({y1})}}{{{x2}-({x1})}} = \\frac{{{y2-y1}}}{{{x2-x1}}} = {mt}$。\n\n"
             f"点斜式：$y-({y1}) = {mt}(x-({x1}))$，整理得 $y = {mt}x {sgn} {bt}$，截距为 ${fr_tex(b)}$。")
    verify = (f"Check the second point: ${mt}\\cdot({x2}) {sgn} {bt} = {fr_tex(m*x2)} {sgn} {bt} = {y2}$ ✓" if not zh else
              f"验证：把 $x={x2}$ 代入得 ${fr_tex(m*x2+b)} = {y2}$ ✓")
    scratch = f"rise {y2-y1} over run {x2-x1}, slope {fr_txt(m)}. b = {y1} - ({fr_txt(m)})({x1}) = {fr_txt(b)}. check ({x2},{y2}): {fr_txt(m*x2+b)}. ok."
    oks = [(yform, yplain, "slope_intercept"),
           (std, std, "standard_form_equivalent"),
           (f"y - ({y2}) = {mt}(x - ({x2}))", f"y - ({y2}) = {fr_txt(m)}(x - ({x2}))", "point_slope_other_point"),
           (f"{-A}x {'+' if B < 0 else '-'} {abs(B)}y {'+' if C > 0 else '-'} {abs(C)} = 0", f"{-A}x {'+' if B < 0 else '-'} {abs(B)}y {'+' if C > 0 else '-'} {abs(C)} = 0", "general_form_negated")]
    bads = [(f"y = {mt}x", f"y = {fr_txt(m)}x", "dropped_constant"),
            (f"y = {mt}x {'-' if b > 0 else '+'} {bt}", f"y = {fr_txt(m)}x {'-' if b > 0 else '+'} {fr_txt(abs(b))}", "intercept_sign_flipped"),
            (f"y = {fr_tex(1/m)}x {sgn} {bt}", f"y = {fr_txt(1/m)}x {sgn} {fr_txt(abs(b))}", "reciprocal_slope"),
            (f"{A}x {'-' if B < 0 else '+'} {abs(B)}y = {-C}", f"{A}x {'-' if B < 0 else '+'} {abs(B)}y = {-C}", "standard_form_wrong_constant")]
    v = choose_variant(rng, oks, bads)
    alt = (f"Using the two-point determinant form: $(y - {y1})({x2} - {x1}) = (x - {x1})({y2} - {y1})$, i.e. ${x2-x1}(y - ({y1})) = {y2-y1}(x - ({x1}))$. "
           f"Expanding: ${x2-x1}y {'+' if -(x2-x1)*y1 >= 0 else '-'} {abs((x2-x1)*y1)} = {y2-y1}x {'+' if -(y2-y1)*x1 >= 0 else '-'} {abs((y2-y1)*x1)}$, "
           f"so $y = \\frac{{{y2-y1}}}{{{x2-x1}}}x + \\frac{{{(x2-x1)*y1 - (y2-y1)*x1}}}{{{x2-x1}}} = {mt}x {sgn} {bt}$. Same line. "
           f"The $x$-intercept is where $y=0$: $x = {fr_tex(-b/m)}$.") if not zh else (
           f"用两点式：$\\frac{{y-({y1})}}{{{y2}-({y1})}} = \\frac{{x-({x1})}}{{{x2}-({x1})}}$，交叉相乘得 ${x2-x1}(y-({y1})) = {y2-y1}(x-({x1}))$，"
           f"整理后仍是 $y = {mt}x {sgn} {bt}$。直线与 $x$ 轴交于 $x = {fr_tex(-b/m)}$。")
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (yform, yform), v,
                              (f"y = {mt}x", f"y = {fr_txt(m)}x"), (mt, fr_txt(m)), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


# F4: dice probability
def fam_dice(rng, lang):
    kind = pick(rng, ["eq", "ge", "prod_even_sum"])
    outcomes = [(a, b) for a in range(1, 7) for b in range(1, 7)]
    if kind == "eq":
        s = rng.randint(3, 11)
        good = [o for o in outcomes if sum(o) == s]
        desc = f"the sum of the two numbers is {s}"
        zdesc = f"两数之和等于 {s}"
    elif kind == "ge":
        s = rng.randint(8, 11)
        good = [o for o in outcomes if sum(o) >= s]
        desc = f"the sum is at least {s}"
        zdesc = f"两数之和不小于 {s}"
    else:
        s = rng.randint(5, 9)
        good = [o for o in outcomes if o[0] * o[1] % 2 == 0 and sum(o) < s]
        desc = f"the product is even and the sum is less than {s}"
        zdesc = f"两数之积为偶数且两数之和小于 {s}"
    k = len(good)
    p = Fr(k, 36)
    zh = lang == "zh"
    q = (f"同时掷两枚均匀的骰子，求{zdesc}的概率。" if zh else
         f"Two fair six-sided dice are rolled. What is the probability that {desc}? Give an exact answer.")
    ref = pick(rng, [fr_txt(p), f"\\frac{{{p.numerator}}}{{{p.denominator}}}", f"$\\dfrac{{{p.numerator}}}{{{p.denominator}}}$"])
    lst = ", ".join(f"({a},{b})" for a, b in good)
    steps = (f"There are $6 \\times 6 = 36$ equally likely ordered outcomes. The favourable ones are:\n\n{lst}\n\n"
             f"That is {k} outcomes, so\n$$P = \\frac{{{k}}}{{36}} = {fr_tex(p)}.$$") if not zh else (
             f"共有 $36$ 个等可能的有序结果。满足条件的有：\n\n{lst}\n\n共 {k} 个，所以\n$$P = \\frac{{{k}}}{{36}} = {fr_tex(p)}.$$")
    verify = (f"Sanity check: counting the complement gives {36-k} outcomes, and ${k} + {36-k} = 36$. ✓" if not zh else
              f"用对立事件检验：不满足的有 {36-k} 个，${k}+{36-k}=36$。✓")
    scratch = f"list them: {lst}. count = {k}. {k}/36 reduces to {fr_txt(p)}. decimal {float(p):.6f}."
    dec = float(p)
    oks = [(fr_tex(p), fr_txt(p), "fraction"), (fr_tex(p, 1), fr_txt(p), "dfrac"),
           (f"\\frac{{{k}}}{{36}}", f"{k}/36", "unreduced_equivalent")]
    if 36 % (p.denominator) == 0 and p.denominator in (2, 4):
        oks.append((str(dec), str(dec), "terminating_decimal"))
    bads = [(f"{dec:.2f}", f"{dec:.2f}", "rounded_decimal_when_exact_asked"),
            (f"\\frac{{{k+1}}}{{36}}", f"{k+1}/36", "off_by_one_count"),
            (fr_tex(1 - p), fr_txt(1 - p), "complement_probability"),
            (f"{dec*100:.1f}\\%", f"{dec*100:.1f}%", "rounded_percent")]
    if p == Fr(1, 2):
        bads = [x for x in bads if x[2] != "complement_probability"]
    if (p * 100).denominator == 1:
        bads = [x for x in bads if x[2] not in ("rounded_decimal_when_exact_asked", "rounded_percent")]
    rows = []
    for a1 in range(1, 7):
        hits = [b1 for (x, b1) in good if x == a1]
        rows.append((f"- 第一枚为 {a1}：第二枚可取 {hits if hits else '无'}，共 {len(hits)} 种" if zh else
                     f"- first die {a1}: second die in {hits if hits else 'none'} → {len(hits)} way(s)"))
    alt = ("按第一枚骰子的点数分类计数：\n" if zh else "Count by the value of the first die instead:\n") + "\n".join(rows) + \
          (f"\n合计 {k} 种，与上面一致。" if zh else f"\nTotal: {k}, matching the list.")
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (fr_tex(p), fr_txt(p)), v,
                              (fr_tex(1 - p if p != Fr(1, 2) else Fr(k + 1, 36)), fr_txt(1 - p if p != Fr(1, 2) else Fr(k + 1, 36))), (f"{k}", f"{k}"), alt, q)
    return case(pick(rng, ["math_like", "gsm8k_like"]), "math", q, ref, out, label, trap, lang)


# F5: fraction sum written as repeating decimal
def fam_repeat(rng, lang):
    while True:
        a, b = pick(rng, [1, 2, 4, 5, 7]), pick(rng, [3, 9, 11, 33, 6, 7, 27, 37])
        c, d = pick(rng, [1, 1, 2, 3]), pick(rng, [2, 3, 5, 11, 6, 9])
        f = Fr(a, b) + Fr(c, d)
        ip, nr, rp = rep_decimal(f)
        if rp and 1 <= len(rp) <= 6 and f.denominator > 2:
            break
    zh = lang == "zh"
    q = (f"计算 $\\frac{{{a}}}{{{b}}} + \\frac{{{c}}}{{{d}}}$，给出精确结果。" if zh else
         pick(rng, [f"Compute $\\frac{{{a}}}{{{b}}} + \\frac{{{c}}}{{{d}}}$. Give an exact answer.",
                    f"What is {a}/{b} + {c}/{d}? Express the result exactly."]))
    ref = pick(rng, [fr_tex(f), fr_txt(f)])
    L = b * d // math.gcd(b, d)
    steps = (f"The least common denominator of {b} and {d} is {L}.\n\n"
             f"$$\\frac{{{a}}}{{{b}}} = \\frac{{{a*L//b}}}{{{L}}}, \\qquad \\frac{{{c}}}{{{d}}} = \\frac{{{c*L//d}}}{{{L}}}.$$\n\n"
             f"Adding: $\\frac{{{a*L//b + c*L//d}}}{{{L}}}$, which reduces to ${fr_tex(f)}$.\n\n"
             f"As a decimal, long division gives {ip}.{nr}{rp}{rp}{rp[:2]}..., i.e. the block \"{rp}\" repeats.") if not zh else (
             f"{b} 与 {d} 的最小公倍数是 {L}。通分：$\\frac{{{a*L//b}}}{{{L}}} + \\frac{{{c*L//d}}}{{{L}}} = \\frac{{{a*L//b + c*L//d}}}{{{L}}} = {fr_tex(f)}$。\n\n"
             f"写成小数是 {ip}.{nr}{rp}{rp}...，循环节为 {rp}。")
    rep_tex = f"{ip}.{nr}\\overline{{{rp}}}"
    oks = [(fr_tex(f), fr_txt(f), "fraction"), (rep_tex, rep_tex, "repeating_decimal_overline"),
           (f"{ip}.{nr}{rp*3}\\ldots", f"{ip}.{nr}{rp*3}...", "repeating_decimal_ellipsis"),
           (fr_tex(f, 1), fr_txt(f), "dfrac")]
    trunc = f"{float(f):.2f}"
    bads = [(trunc, trunc, "truncated_decimal_exact_asked"),
            (f"{ip}.\\overline{{{nr}{rp}}}" if nr else f"{ip}.{rp}", "x", "wrong_repeating_block"),
            (fr_tex(Fr(a + c, b + d)), fr_txt(Fr(a + c, b + d)), "added_numerators_and_denominators")]
    bads[1] = (bads[1][0], bads[1][0], "wrong_repeating_block")
    if Fr(a + c, b + d) == f:
        bads.pop(2)
    num, den = f.numerator, f.denominator
    r = num % den
    ld = []
    for _ in range(min(8, len(nr) + 2 * len(rp))):
        r *= 10
        ld.append(f"{r} ÷ {den} = {r // den} remainder {r % den}" if not zh else f"{r} ÷ {den} = {r // den} 余 {r % den}")
        r %= den
    alt = ("Long division of " if not zh else "长除法 ") + f"{num}/{den}:\n" + "\n".join("- " + x for x in ld) + \
          ("\nThe remainders start repeating, which confirms the period." if not zh else "\n余数开始重复，循环节确认。")
    scratch = f"lcd({b},{d}) = {L}. {a*L//b} + {c*L//d} = {a*L//b + c*L//d}. gcd with {L}... gives {fr_txt(f)}. decimal {float(f):.8f}"
    v = choose_variant(rng, oks, bads)
    wrongf = Fr(a + c, b + d)
    out, label, trap = finish(rng, lang, steps, None, scratch, None, (fr_tex(f), fr_txt(f)), v,
                              (fr_tex(wrongf), fr_txt(wrongf)), (f"\\frac{{{a*L//b + c*L//d}}}{{{L}}}", "x"), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


def cx_tex(z):
    a, b = int(round(z.real)), int(round(z.imag))
    if b == 0:
        return str(a)
    bi = ("i" if abs(b) == 1 else f"{abs(b)}i")
    if a == 0:
        return ("-" if b < 0 else "") + bi
    return f"{a} {'+' if b > 0 else '-'} {bi}"


# F6: powers of (1+i) or (1-i)
def fam_complex(rng, lang):
    base = pick(rng, [1 + 1j, 1 - 1j, -1 + 1j])
    n = rng.randint(3, 11)
    z = base ** n
    if abs(z.imag) < 0.5 and abs(z.real) < 0.5:
        n += 1
        z = base ** n
    bt = cx_tex(base)
    ang0 = {1 + 1j: 1, 1 - 1j: -1, -1 + 1j: 3}[base]  # in units of pi/4
    ang = (ang0 * n) % 8
    mod_exp = Fr(n, 2)
    mod_tex = (f"{2 ** (n // 2)}" if n % 2 == 0 else (f"{2 ** (n // 2)}\\sqrt{{2}}" if n > 1 else "\\sqrt2"))
    ang_tex = {0: "0", 1: "\\frac{\\pi}{4}", 2: "\\frac{\\pi}{2}", 3: "\\frac{3\\pi}{4}", 4: "\\pi", 5: "\\frac{5\\pi}{4}",
               6: "\\frac{3\\pi}{2}", 7: "\\frac{7\\pi}{4}"}[ang]
    zh = lang == "zh"
    q = (f"计算 $({bt})^{{{n}}}$，结果写成 $a+bi$ 的形式。" if zh else
         pick(rng, [f"Compute $({bt})^{{{n}}}$.", f"Evaluate $({bt})^{{{n}}}$ where $i^2=-1$."]))
    ans = cx_tex(z)
    ref = pick(rng, [ans, f"${ans}$", f"({bt})^{n} has modulus 2^({n}/2) and argument {ang}π/4, so it equals {ans}"])
    powers = []
    w = 1
    for k in range(1, min(n, 4) + 1):
        w *= base
        powers.append(f"$({bt})^{{{k}}} = {cx_tex(w)}$")
    steps = (
             f"Write the base in polar form: $|{bt}| = \\sqrt{{2}}$, and its argument is ${ang0}\\cdot\\frac{{\\pi}}{{4}}$. By De Moivre,\n"
             f"$$({bt})^{{{n}}} = (\\sqrt2)^{{{n}}}\\left(\\cos\\frac{{{ang0*n}\\pi}}{{4}} + i\\sin\\frac{{{ang0*n}\\pi}}{{4}}\\right).$$\n\n"
             f"Now $(\\sqrt2)^{{{n}}} = 2^{{{fr_txt(mod_exp)}}} = {mod_tex}$, and $\\frac{{{ang0*n}\\pi}}{{4}}$ reduces modulo $2\\pi$ to ${ang_tex}$.\n\n"
             f"So the value is ${mod_tex}\\,e^{{i{ang_tex}}} = {ans}$.")
    if zh:
        steps = (f"把底数化成三角形式：$|{bt}| = \\sqrt2$，辐角为 ${ang0}\\cdot\\frac{{\\pi}}{{4}}$。由棣莫弗公式，\n"
                 f"$$({bt})^{{{n}}} = (\\sqrt2)^{{{n}}}\\left(\\cos\\frac{{{ang0*n}\\pi}}{{4}} + i\\sin\\frac{{{ang0*n}\\pi}}{{4}}\\right),$$\n"
                 f"其中模为 ${mod_tex}$，辐角化到 $[0,2\\pi)$ 内是 ${ang_tex}$，所以结果为 ${ans}$。")
    alt = ("Brute force with small powers: " if not zh else "直接算低次幂：") + ", ".join(powers) + \
          (f". Since $({bt})^2 = {cx_tex(base**2)}$, we can write $({bt})^{{{n}}} = ({cx_tex(base**2)})^{{{n//2}}}" + (f"\\cdot({bt})" if n % 2 else "") + f" = {ans}$." if not zh else
           f"。因为 $({bt})^2 = {cx_tex(base**2)}$，所以 $({bt})^{{{n}}} = ({cx_tex(base**2)})^{{{n//2}}}" + (f"\\cdot({bt})" if n % 2 else "") + f" = {ans}$。")
    verify = (f"Modulus check: $|{ans}|^2 = {int(z.real)**2} + {int(z.imag)**2} = {int(z.real)**2 + int(z.imag)**2} = 2^{{{n}}}$ ✓" if not zh else
              f"模长检验：$|{ans}|^2 = {int(z.real)**2 + int(z.imag)**2} = 2^{{{n}}}$ ✓")
    scratch = f"({bt})^2 = {cx_tex(base**2)}. so ({bt})^{n} = ({cx_tex(base**2)})^{n//2}" + (f" * ({bt})" if n % 2 else "") + f". hmm that's {ans}. polar: sqrt2^{n}, angle {ang0*n}pi/4 ≡ {ang}pi/4."
    polar = f"{mod_tex}\\,e^{{{ang_tex} i}}" if ang else mod_tex
    oks = [(ans, ans, "rectangular"), (polar, polar, "exponential_polar_form"),
           (f"{mod_tex}\\left(\\cos {ang_tex} + i\\sin {ang_tex}\\right)", f"{mod_tex}(cos {ang_tex} + i sin {ang_tex})", "trig_polar_form")]
    conj = cx_tex(z.conjugate())
    bads = [(f"{cx_tex(-z)}", f"{cx_tex(-z)}", "negated_value"),
            (f"{2**n if n%2==0 else 2**(n//2)}" + (f"\\,e^{{{ang_tex} i}}" if ang else ""), "x", "modulus_off")]
    bads[1] = (bads[1][0], bads[1][0], "modulus_off")
    if conj != ans:
        bads.append((conj, conj, "conjugate"))
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (ans, ans), v, (cx_tex(-z), cx_tex(-z)),
                              (cx_tex(base ** 2), cx_tex(base ** 2)), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


# F7: quadratic inequality -> interval
def fam_interval(rng, lang):
    r1 = rng.randint(-8, 5)
    r2 = r1 + rng.randint(1, 9)
    rel = pick(rng, ["<", "<=", ">", ">="])
    a = pick(rng, [1, 1, 2])
    b, c = -a * (r1 + r2), a * r1 * r2
    P = poly_tex(a, b, c)
    rel_tex = {"<": "<", "<=": "\\le", ">": ">", ">=": "\\ge"}[rel]
    zh = lang == "zh"
    q = (f"解不等式 ${P} {rel_tex} 0$。" if zh else pick(rng, [f"Solve the inequality ${P} {rel_tex} 0$.",
                                                          f"Find all real $x$ with ${P} {rel_tex} 0$."]))
    inside = rel in ("<", "<=")
    closed = rel in ("<=", ">=")
    LE = "\\le" if closed else "<"
    GE = "\\ge" if closed else ">"
    if inside:
        L, R = ("[" if closed else "("), ("]" if closed else ")")
        ans = f"{L}{r1}, {r2}{R}"
        ineq = f"{r1} {LE} x {LE} {r2}"
        wrong_close = f"{'(' if closed else '['}{r1}, {r2}{')' if closed else ']'}"
        other = f"(-\\infty, {r1}{')' if not closed else ']'} \\cup [{r2}, \\infty)"
        half = f"{L}{r1}, {r2}{')' if closed else ']'}"
    else:
        L, R = ("]" if closed else ")"), ("[" if closed else "(")
        ans = f"(-\\infty, {r1}{L} \\cup {R}{r2}, \\infty)"
        ineq = f"x {LE} {r1} \\text{{ or }} x {GE} {r2}"
        wrong_close = f"(-\\infty, {r1}{')' if closed else ']'} \\cup {'(' if closed else '['}{r2}, \\infty)"
        other = f"({r1}, {r2})"
        half = f"(-\\infty, {r1}{L} \\cup {'(' if closed else '['}{r2}, \\infty)"
    ref = pick(rng, [ans, f"${ans}$", ineq.replace("\\text{ or }", " or ")])
    test_pts = [r1 - 1, (r1 + r2) / 2, r2 + 1]
    rows = []
    for t in test_pts:
        val = a * t * t + b * t + c
        rows.append(f"| $x = {t:g}$ | ${val:g}$ | {'+' if val > 0 else '−'} |")
    table = ("| test point | value of the quadratic | sign |\n|---|---|---|\n" if not zh else "| 测试点 | 二次式的值 | 符号 |\n|---|---|---|\n") + "\n".join(rows)
    steps = (f"Factor: ${P} = {'' if a == 1 else a}(x {'-' if r1 > 0 else '+'} {abs(r1)})(x {'-' if r2 > 0 else '+'} {abs(r2)})$. "
             f"The critical points are $x = {r1}$ and $x = {r2}$, which split the line into three pieces.\n\n{table}\n\n"
             f"The parabola opens upward, so it is negative strictly between the roots and positive outside. We need the quadratic to be "
             f"{'negative' if inside else 'positive'}{' or zero' if closed else ''}, so {'the endpoints are included' if closed else 'the endpoints are excluded'}.\n\n"
             f"Hence $ {ineq} $.") if not zh else (
             f"因式分解：${P} = {'' if a == 1 else a}(x {'-' if r1 > 0 else '+'} {abs(r1)})(x {'-' if r2 > 0 else '+'} {abs(r2)})$，零点为 $x={r1}$ 与 $x={r2}$。\n\n{table}\n\n"
             f"抛物线开口向上，两根之间为负、两根之外为正。题目要求{'小于' if inside else '大于'}{'或等于' if closed else ''}零，所以端点{'要' if closed else '不'}取到。\n\n因此 ${ineq}$。")
    scratch = f"roots {r1} and {r2}. upward parabola. {rel} 0 means {'between' if inside else 'outside'}. {'closed' if closed else 'open'} ends. so {ans}."
    alt = (f"Sign chart reasoning: for $x>{r2}$ both factors are positive; for ${r1}<x<{r2}$ exactly one factor ($x-({r2})$) is negative; for $x<{r1}$ both are negative so the product is positive. "
           f"This confirms the region {ans}." if not zh else f"符号分析：$x>{r2}$ 时两个因式都为正；${r1}<x<{r2}$ 时恰有一个为负；$x<{r1}$ 时两个都为负，乘积为正。确认解集为 ${ans}$。")
    verify = (f"Endpoint check: at $x={r1}$ the quadratic equals $0$, which {'does' if closed else 'does not'} satisfy ${rel_tex} 0$." if not zh else
              f"端点检验：$x={r1}$ 时二次式为 $0$，{'满足' if closed else '不满足'} ${rel_tex}0$。")
    setb = f"\\{{x \\mid {ineq}\\}}"
    oks = [(ans, ans, "interval_notation"), (ineq, ineq.replace("\\le", "≤").replace("\\ge", "≥").replace("\\text{ or }", " or "), "inequality_form"),
           (setb, setb, "set_builder"), (f"x \\in {ans}", f"x ∈ {ans}", "membership_form")]
    bads = [(wrong_close, wrong_close, "open_closed_endpoint_swapped"), (other, other, "complement_region"),
            (half, half, "one_endpoint_wrong")]
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (ans, ans), v, (wrong_close, wrong_close),
                              (f"{r1}, {r2}", f"{r1}, {r2}"), alt, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)
