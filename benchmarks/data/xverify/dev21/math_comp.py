"""MATH / competition-style families with varied answer forms."""
from fractions import Fraction
import math
import random


def fr(x):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    return f"{s}\\frac{{{abs(x.numerator)}}}{{{x.denominator}}}"


def plain_fr(x):
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


def sqrt_simplify(n):
    a, b = 1, n
    for k in range(int(math.isqrt(n)), 1, -1):
        if n % (k * k) == 0:
            a, b = k, n // (k * k)
            break
    return a, b


def rad(a, b):
    if b == 1:
        return str(a)
    return (f"{a}\\sqrt{{{b}}}" if a != 1 else f"\\sqrt{{{b}}}")


def quad_int(rng):
    r1, r2 = rng.sample([x for x in range(-9, 10) if x != 0], 2)
    s, p = r1 + r2, r1 * r2
    bs = f"{'-' if s > 0 else '+'} {abs(s)}x" if s else ""
    cs = f"{'+' if p > 0 else '-'} {abs(p)}"
    eq = f"x^2 {bs} {cs} = 0".replace("  ", " ")
    lo, hi = sorted([r1, r2])
    f1 = f"x - {r1}" if r1 > 0 else f"x + {-r1}"
    f2 = f"x - {r2}" if r2 > 0 else f"x + {-r2}"
    en = [f"We need two numbers with product {p} and sum {s}.", f"Those are {r1} and {r2}, so \\[{eq.replace(' = 0', '')} = ({f1})({f2}).\\]",
          f"Setting each factor to zero: $x = {r1}$ or $x = {r2}$."]
    zh = [f"找两个数，乘积为 {p}，和为 {s}。", f"即 {r1} 和 {r2}，因式分解得 $({f1})({f2}) = 0$。", f"所以 $x = {r1}$ 或 $x = {r2}$。"]
    return {"dataset": "math_like", "q": {"en": f"Find all solutions of ${eq}$.", "zh": f"求方程 ${eq}$ 的所有解。"},
            "restate": {"en": f"We want the roots of ${eq}$.", "zh": f"求 ${eq}$ 的根。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Vieta: {r1} + {r2} = {s} and {r1}·{r2} = {p}, matching the coefficients.", "zh": f"韦达定理：两根之和 {s}，之积 {p}，与系数吻合。"},
            "ans": [f"{lo}, {hi}", f"x = {lo} \\text{{ or }} x = {hi}", f"\\{{{lo}, {hi}\\}}", f"x={hi}, x={lo}"],
            "ref": rng.choice([f"{lo}, {hi}", f"x = {lo}, {hi}", f"\\{{{lo},{hi}\\}}"]),
            "wrong": [{"tag": "sign", "val": f"{-hi}, {-lo}", "steps": {"en": en[:2] + [f"So $x = {-r1}$ or $x = {-r2}$."], "zh": zh[:2] + [f"所以 $x = {-r1}$ 或 $x = {-r2}$。"]}, "why_en": "I flipped the signs of the roots."},
                      {"tag": "missing_root", "val": f"{hi}"}],
            "other_part": None}


def quad_irr(rng):
    while True:
        pp, q = rng.randint(1, 6), rng.randint(-12, 8)
        D = pp * pp - q
        if D > 0 and math.isqrt(D) ** 2 != D:
            break
    a, b = sqrt_simplify(D)
    r = rad(a, b)
    eq = f"x^2 - {2 * pp}x {'+' if q >= 0 else '-'} {abs(q)} = 0"
    en = [f"Complete the square: $x^2 - {2 * pp}x = {-q}$, so $(x - {pp})^2 = {-q} + {pp * pp} = {D}$.",
          f"Then $x - {pp} = \\pm\\sqrt{{{D}}}" + (f" = \\pm {r}$." if a > 1 else "$."),
          f"\\[x = {pp} \\pm {r}\\]"]
    zh = [f"配方：$(x - {pp})^2 = {D}$。", f"开方得 $x - {pp} = \\pm {r}$。", f"所以 $x = {pp} \\pm {r}$。"]
    alt = [f"{pp} \\pm {r}", f"{pp}+{r}, {pp}-{r}", f"x = {pp} \\pm \\sqrt{{{D}}}", f"\\frac{{{2 * pp} \\pm \\sqrt{{{4 * D}}}}}{{2}}"]
    wr = rad(*sqrt_simplify(D + 2 * pp * pp)) if D + 2 * pp * pp > 0 else "1"
    return {"dataset": "math_like", "q": {"en": f"Solve ${eq}$. Express your answer in simplest radical form.", "zh": f"解方程 ${eq}$，结果化为最简根式。"},
            "restate": {"en": f"Solve the quadratic ${eq}$.", "zh": f"解一元二次方程 ${eq}$。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Sum of roots {2 * pp} and product {pp}^2 - {D} = {q}, consistent with the equation.", "zh": f"两根之和 {2 * pp}，两根之积 {q}，正确。"},
            "ans": alt, "ref": rng.choice([f"{pp} \\pm {r}", f"x = {pp} \\pm {r}"]),
            "wrong": [{"tag": "sign", "val": f"-{pp} \\pm {r}", "why_en": "the vertex is at x = +%d, not -%d." % (pp, pp)},
                      {"tag": "radicand", "val": f"{pp} \\pm \\sqrt{{{D + 2 * q if D + 2 * q > 0 and D + 2 * q != D else D + 1}}}"}],
            "other_part": None}


def frac_sum(rng):
    while True:
        a, b, c, d = rng.randint(1, 7), rng.randint(2, 9), rng.randint(1, 7), rng.randint(2, 9)
        s = Fraction(a, b) + Fraction(c, d)
        if b != d and s.denominator > 1 and s > 1 and Fraction(a, b).denominator == b and Fraction(c, d).denominator == d:
            break
    L = b * d // math.gcd(b, d)
    wn = s.numerator // s.denominator
    mixed = f"{wn} \\frac{{{s.numerator - wn * s.denominator}}}{{{s.denominator}}}"
    en = [f"Common denominator: lcm({b}, {d}) = {L}.", f"$\\frac{{{a}}}{{{b}}} = \\frac{{{a * L // b}}}{{{L}}}$ and $\\frac{{{c}}}{{{d}}} = \\frac{{{c * L // d}}}{{{L}}}$.",
          f"Sum: $\\frac{{{a * L // b + c * L // d}}}{{{L}}}" + (f" = {fr(s)}$." if L != s.denominator else "$.")]
    zh = [f"通分，公分母为 {L}。", f"$\\frac{{{a}}}{{{b}}} + \\frac{{{c}}}{{{d}}} = \\frac{{{a * L // b + c * L // d}}}{{{L}}}$。", f"化简得 ${fr(s)}$。"]
    ans = [fr(s), plain_fr(s), mixed, f"\\dfrac{{{s.numerator}}}{{{s.denominator}}}"]
    if 10 ** 4 % s.denominator == 0:
        ans.append(("%.4f" % float(s)).rstrip("0"))
    nv = Fraction(a + c, b + d)
    return {"dataset": "math_like", "q": {"en": f"Compute $\\frac{{{a}}}{{{b}}} + \\frac{{{c}}}{{{d}}}$.", "zh": f"计算 $\\frac{{{a}}}{{{b}}} + \\frac{{{c}}}{{{d}}}$。"},
            "restate": {"en": f"Add {a}/{b} and {c}/{d}.", "zh": f"计算 {a}/{b} + {c}/{d}。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Decimal check: {a}/{b} ≈ {a / b:.4f}, {c}/{d} ≈ {c / d:.4f}, total ≈ {float(s):.4f} = {plain_fr(s)}. ✓", "zh": f"小数验算：约 {float(s):.4f}，与 {plain_fr(s)} 一致。"},
            "ans": ans, "ref": rng.choice([fr(s), plain_fr(s)]),
            "wrong": [{"tag": "added_denominators", "val": fr(nv) if nv != s else fr(s + 1),
                       "steps": {"en": [f"Add numerators and denominators: $\\frac{{{a}+{c}}}{{{b}+{d}}} = \\frac{{{a + c}}}{{{b + d}}}$."], "zh": [f"分子加分子，分母加分母：$\\frac{{{a + c}}}{{{b + d}}}$。"]},
                       "why_en": "you can't add denominators directly."},
                      {"tag": "scale", "val": fr(s * 2)}],
            "other_part": None}


def line2(rng):
    while True:
        x1, y1, x2, y2 = [rng.randint(-6, 6) for _ in range(4)]
        if x1 != x2 and (y2 - y1) % (x2 - x1) == 0 and y1 != y2:
            break
    m = (y2 - y1) // (x2 - x1)
    c = y1 - m * x1
    def yform(m, c):
        ms = "x" if m == 1 else ("-x" if m == -1 else f"{m}x")
        return f"y = {ms}" + (f" + {c}" if c > 0 else (f" - {-c}" if c < 0 else ""))
    std = f"{m}x - y = {-c}" if m > 0 else f"{-m}x + y = {c}"
    en = [f"Slope: $m = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{x2 - x1}}} = {m}$.",
          f"Point-slope form through $({x1}, {y1})$: $y - ({y1}) = {m}(x - ({x1}))$.",
          f"Simplifying: ${yform(m, c)}$."]
    zh = [f"斜率 $k = \\frac{{{y2 - y1}}}{{{x2 - x1}}} = {m}$。", f"点斜式：$y - ({y1}) = {m}(x - ({x1}))$。", f"整理得 ${yform(m, c)}$。"]
    wc = -c if c != 0 else 3
    return {"dataset": "math_like", "q": {"en": f"Find the equation of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$ in slope-intercept form.", "zh": f"求经过点 $({x1}, {y1})$ 和 $({x2}, {y2})$ 的直线方程（斜截式）。"},
            "restate": {"en": f"Line through ({x1},{y1}) and ({x2},{y2}).", "zh": "求过两点的直线。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"At x = {x2}: {m}·{x2} + ({c}) = {m * x2 + c} = {y2}. ✓", "zh": f"代入 x = {x2}：{m * x2 + c} = {y2}，正确。"},
            "ans": [yform(m, c), yform(m, c).replace(" ", "")], "ref": rng.choice([yform(m, c), std]),
            "wrong": [{"tag": "sign", "val": yform(m, wc), "why_en": "the intercept sign was off."}, {"tag": "sign", "val": yform(-m, c)}],
            "other_part": f"{m}", "other_steps": {"en": en[:1], "zh": zh[:1]}}


def ineq(rng):
    a = rng.choice([-5, -4, -3, -2, 2, 3, 4])
    b, c = rng.randint(-9, 9), rng.randint(-9, 9)
    # a x + b < c  -> x < (c-b)/a or >
    t = Fraction(c - b, a)
    ts = fr(t)
    if a > 0:
        ans, wr = f"(-\\infty, {ts})", f"({ts}, \\infty)"
        ineqs = f"x < {ts}"
    else:
        ans, wr = f"({ts}, \\infty)", f"(-\\infty, {ts})"
        ineqs = f"x > {ts}"
    en = [f"Subtract {b}: ${a}x < {c - b}$.", f"Divide by {a}" + (" (negative, so the inequality flips)" if a < 0 else "") + f": ${ineqs}$.", f"In interval notation: ${ans}$."]
    zh = [f"移项：${a}x < {c - b}$。", f"两边除以 {a}" + ("（负数，不等号变向）" if a < 0 else "") + f"：${ineqs}$。", f"区间表示为 ${ans}$。"]
    return {"dataset": "math_like", "q": {"en": f"Solve ${a}x {'+' if b >= 0 else '-'} {abs(b)} < {c}$. Give your answer in interval notation.", "zh": f"解不等式 ${a}x {'+' if b >= 0 else '-'} {abs(b)} < {c}$，用区间表示。"},
            "restate": {"en": "Solve the linear inequality.", "zh": "解一元一次不等式。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Test a point on the solution side: it satisfies the original inequality; the boundary {ts} gives equality.", "zh": f"取解集内一点代入原不等式成立，端点 {ts} 处取等号。"},
            "ans": [ans, ans.replace("\\infty", "∞"), ans.replace("\\infty", "\\infty ")], "ref": rng.choice([ans, ineqs]),
            "wrong": [{"tag": "direction", "val": wr, "why_en": "dividing by a negative flips the inequality." if a < 0 else "wrong direction."},
                      {"tag": "closed_bracket", "val": ans.replace(f"{ts})", f"{ts}]").replace(f"({ts},", f"[{ts},")}],
            "other_part": None}


def dice(rng):
    s = rng.choice([4, 5, 6, 7, 8, 9, 10])
    pairs = [(i, s - i) for i in range(1, 7) if 1 <= s - i <= 6]
    n = len(pairs)
    p = Fraction(n, 36)
    en = [f"There are 36 equally likely ordered outcomes.", "Favourable pairs: " + ", ".join(f"({i},{j})" for i, j in pairs) + f" — that's {n} of them.",
          f"Probability = {n}/36 = {plain_fr(p)}."]
    zh = ["共有 36 种等可能结果。", "满足条件的有：" + "、".join(f"({i},{j})" for i, j in pairs) + f"，共 {n} 种。", f"概率为 {n}/36 = {plain_fr(p)}。"]
    ans = [fr(p), plain_fr(p), f"{plain_fr(p)}"]
    wn = len(set(tuple(sorted(x)) for x in pairs))
    return {"dataset": "math_like", "q": {"en": f"Two fair six-sided dice are rolled. What is the probability that the sum is {s}? Express your answer as a common fraction.", "zh": f"掷两枚均匀骰子，点数之和为 {s} 的概率是多少？"},
            "restate": {"en": f"P(sum of two dice = {s}).", "zh": f"求两骰子点数和为 {s} 的概率。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Cross-check with the triangular pattern 1,2,3,4,5,6,5,4,3,2,1 for sums 2..12: sum {s} has {n} ways. ✓", "zh": f"和为2到12的方法数依次为1,2,3,4,5,6,5,4,3,2,1，和为{s}有{n}种。"},
            "ans": ans, "ref": fr(p),
            "wrong": [{"tag": "unordered", "val": plain_fr(Fraction(wn, 36)) if wn != n else plain_fr(Fraction(n + 1, 36)),
                       "steps": {"en": [f"Unordered pairs summing to {s}: {wn}.", f"So {wn}/36."], "zh": [f"无序组合有 {wn} 种。", f"概率 {wn}/36。"]}, "why_en": "the outcomes are ordered."},
                      {"tag": "scale", "val": plain_fr(Fraction(n, 6)) if n < 6 else plain_fr(Fraction(n, 12))}],
            "other_part": str(n), "other_steps": {"en": en[:2], "zh": zh[:2]}}


def deg2rad(rng):
    d = rng.choice([15, 20, 36, 40, 72, 75, 105, 120, 135, 150, 210, 225, 240, 300, 330])
    f = Fraction(d, 180)
    def pi(f):
        n, m = f.numerator, f.denominator
        top = "\\pi" if n == 1 else f"{n}\\pi"
        return top if m == 1 else f"\\frac{{{top}}}{{{m}}}"
    en = [f"Multiply by $\\frac{{\\pi}}{{180}}$: ${d} \\cdot \\frac{{\\pi}}{{180}} = \\frac{{{d}\\pi}}{{180}}$.", f"Reduce: $\\frac{{{d}}}{{180}} = \\frac{{{f.numerator}}}{{{f.denominator}}}$, so the angle is ${pi(f)}$ radians."]
    zh = [f"乘以 $\\frac{{\\pi}}{{180}}$：${d} \\times \\frac{{\\pi}}{{180}}$。", f"约分得 ${pi(f)}$ 弧度。"]
    ans = [pi(f), f"{pi(f)} \\text{{ rad}}", f"{f.numerator}\\pi/{f.denominator}" if f.numerator > 1 else f"\\pi/{f.denominator}"]
    wf = Fraction(d, 360)
    return {"dataset": "math_like", "q": {"en": f"Convert ${d}^\\circ$ to radians.", "zh": f"把 ${d}^\\circ$ 化为弧度。"},
            "restate": {"en": f"{d} degrees in radians.", "zh": f"{d}° 等于多少弧度。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Back-convert: ${pi(f)} \\cdot \\frac{{180}}{{\\pi}} = {d}^\\circ$. ✓", "zh": f"反过来：${pi(f)} \\times \\frac{{180}}{{\\pi}} = {d}^\\circ$。"},
            "ans": ans, "ref": rng.choice([pi(f), f"{pi(f)}"]),
            "wrong": [{"tag": "unit", "val": f"{d}^\\circ" if False else pi(wf), "why_en": "a full turn is 2π, i.e. 180° = π, not 360° = π."},
                      {"tag": "unit", "val": f"{float(f):.3f}"}],
            "other_part": None}


FAMILIES = [quad_int, quad_irr, frac_sum, line2, ineq, dice, deg2rad]
