"""Math families, algebra and geometry: quadratics (including ± roots), inequalities, lines, matrix products, areas,
radicals, inverse functions and derivatives, linear systems (ordered pairs)."""

from fractions import Fraction
from math import isqrt

from .cases import add
from .solution import dress, ending, math_cases


def fam_quadratic():
    for (r1, r2, lang, vs) in [(-5, 2, "en", ["eq:0", "eq:1", "wrong", "one_root"]),
                               (3, 7, "zh", ["eq:3", "eq:2", "one_root", "sc_good"]),
                               (-4, 9, "en", ["eq:2", "followup", "trunc"])]:
        s, p = r1 + r2, r1 * r2
        bq = f"{'-' if s > 0 else '+'} {abs(s)}x" if s else ""
        cq = f"{'+' if p > 0 else '-'} {abs(p)}"
        eqn = f"x^2 {bq} {cq} = 0"
        gold = f"x={r1} \\text{{ or }} x={r2}"
        if lang == "en":
            q = f"Solve the equation ${eqn}$ for all real $x$."
            steps = [f"We look for two numbers whose product is {p} and whose sum is {s} (since the equation is $x^2 - ({s})x + ({p}) = 0$).",
                     f"Trying factor pairs of {p}: the pair {r1} and {r2} works because {r1} × {r2} = {p} and {r1} + {r2} = {s}.",
                     f"So ${eqn}$ factors as $(x - ({r1}))(x - ({r2})) = 0$.",
                     f"Check: plug in x = {r1}: {r1}^2 = {r1*r1}, and {r1*r1} - ({s})({r1}) + ({p}) = {r1*r1 - s*r1 + p}. Plug in x = {r2}: {r2*r2 - s*r2 + p}. Both roots verify. "
                     f"Discriminant = {s*s - 4*p} > 0, so there are exactly two real roots."]
        else:
            q = f"解方程 ${eqn}$。"
            steps = [f"用十字相乘法：需要两个数，积为 {p}，和为 {s}。",
                     f"{r1} 与 {r2} 满足：{r1}×{r2}={p}，{r1}+{r2}={s}。",
                     f"所以原方程可化为 $(x-{r1})(x-{r2})=0$。",
                     f"检验：判别式 $\\Delta={s*s}-{4*p}={s*s-4*p}>0$，有两个不等实根，代入均成立。"]
        bad_steps = steps[:1] + [f"The pair {-r1} and {-r2} works." if lang == "en" else f"{-r1} 与 {-r2} 满足条件。"]
        forms = [f"x = {r2} \\text{{ or }} x = {r1}", f"x_1 = {r2},\\ x_2 = {r1}", f"\\{{{r1}, {r2}\\}}", f"x_1={r1}，x_2={r2}"]
        bad = f"x = {-r1} \\text{{ or }} x = {-r2}"
        for v in vs:
            if v == "one_root":
                out = dress(steps, lang) + ending(lang, f"x = {r2}")
                add("MATH" if lang == "en" else "OlympiadBench_zh", "math", q, out, gold, "Incorrect", lang, "missing_root")
            else:
                math_cases("MATH" if lang == "en" else "OlympiadBench_zh", lang, q, gold, steps, forms, bad_steps, bad, [v])
    # plus-minus roots
    q = "Find all solutions of $x^2 - 2x - 18 = 0$."
    steps = ["Complete the square: $x^2 - 2x = 18$, so $x^2 - 2x + 1 = 19$, i.e. $(x-1)^2 = 19$.",
             "Taking square roots: $x - 1 = \\pm\\sqrt{19}$.",
             "Check with the quadratic formula: $x = \\frac{2 \\pm \\sqrt{4 + 72}}{2} = \\frac{2 \\pm \\sqrt{76}}{2} = \\frac{2 \\pm 2\\sqrt{19}}{2} = 1 \\pm \\sqrt{19}$. Consistent.",
             "Numerically, $\\sqrt{19} \\approx 4.359$, so the roots are about 5.359 and -3.359; sum 2 and product -18 as required by Vieta."]
    math_cases("MATH", "en", q, "1\\pm\\sqrt{19}", steps,
               ["x = 1+\\sqrt{19} \\text{ or } x = 1-\\sqrt{19}", "1 \\pm \\sqrt{19}", "\\frac{2\\pm\\sqrt{76}}{2}"],
               steps[:1] + ["Taking the positive square root: $x = 1 + \\sqrt{19}$."], "1+\\sqrt{19}",
               ["eq:0", "eq:2", "wrong"])
    # ±2021 vs 2021
    q = "求满足 $x^2 = 2021^2$ 的所有实数 $x$。"
    st = ["由 $x^2=2021^2$ 得 $x^2-2021^2=0$，即 $(x-2021)(x+2021)=0$。", "所以 $x=2021$ 或 $x=-2021$。",
          "验证：$(-2021)^2=2021^2$，成立。两个根互为相反数。"]
    math_cases("OlympiadBench_zh", "zh", q, "\\pm 2021", st, ["x=\\pm2021", "2021 或 -2021"],
               ["两边开平方得 $x=2021$。", "因为开平方取算术平方根，所以 $x=2021$。"], "2021", ["eq:0", "eq:1", "wrong"])


def fam_inequality():
    for a, b, vs in [(3, 4, ["eq:0", "eq:1", "closed", "wrong"]), (5, 2, ["eq:2", "closed", "sc_good"]), (2, 7, ["eq:0", "reject", "eq:3"])]:
        cut = Fraction(b, a)
        c = f"\\frac{{{cut.numerator}}}{{{cut.denominator}}}" if cut.denominator != 1 else str(cut.numerator)
        gold = f"(-\\infty,-{c})\\cup(0,+\\infty)"
        q = f"解不等式 ${a}x^2+{b}x>0$。"
        steps = [f"提公因式：${a}x^2+{b}x=x({a}x+{b})$。",
                 f"令 $x({a}x+{b})=0$，得两根 $x_1=-{c}$，$x_2=0$。",
                 f"二次项系数 {a}>0，抛物线开口向上，所以不等式 >0 的解在两根之外。",
                 f"取 x=1 检验：{a}+{b}={a+b}>0 ✓；取 x=-{float(cut)/2:g}（两根之间）：得到负值 ✓。注意是严格不等号，端点取不到。"]
        bad_steps = steps[:2] + ["开口向上，>0 的解在两根之间。", f"所以解集为 $(-{c},0)$。"]
        forms = [f"x<-{c} \\text{{ 或 }} x>0", f"\\{{x\\mid x<-{c}\\text{{ 或 }}x>0\\}}", f"(-\\infty,-{c})\\cup(0,+\\infty)",
                 f"x\\in(-\\infty,-{c})\\cup(0,\\infty)"]
        for v in vs:
            if v == "closed":
                out = dress(steps[:3], "zh") + "由于端点处取等号也满足，解集包含端点。\n\n" + ending("zh", f"(-\\infty,-{c}]\\cup[0,+\\infty)")
                add("OlympiadBench_zh", "math", q, out, gold, "Incorrect", "zh", "interval_closed_vs_open")
            else:
                math_cases("OlympiadBench_zh", "zh", q, gold, steps, forms, bad_steps, f"(-{c},0)", [v])
    # |x - c| <= d, English, closed interval
    for cc, d, vs in [(2, 5, ["eq:0", "eq:1", "open"]), (-1, 4, ["eq:2", "open", "wrong"])]:
        lo, hi = cc - d, cc + d
        q = f"Find all real $x$ satisfying $|x {'-' if cc>0 else '+'} {abs(cc)}| \\le {d}$. Give your answer in interval notation."
        steps = [f"$|x - ({cc})| \\le {d}$ means the distance from x to {cc} is at most {d}.",
                 f"So $-{d} \\le x - ({cc}) \\le {d}$, i.e. ${lo} \\le x \\le {hi}$.",
                 f"The endpoints are included because the inequality is non-strict: at x = {hi}, |{hi} - ({cc})| = {d} ≤ {d}. ✓"]
        gold = f"[{lo},{hi}]"
        forms = [f"{lo} \\le x \\le {hi}", f"x \\in [{lo}, {hi}]", f"\\left[{lo}, {hi}\\right]"]
        for v in vs:
            if v == "open":
                out = dress(steps[:2], "en") + "Since x must be strictly within the range, we exclude the endpoints.\n\n" + ending("en", f"({lo},{hi})")
                add("MATH", "math", q, out, gold, "Incorrect", "en", "interval_closed_vs_open")
            else:
                math_cases("MATH", "en", q, gold, steps, forms, steps[:1] + [f"So $-{d} \\le x \\le {d}$, since the absolute value bounds x itself by {d}."],
                           f"[-{d},{d}]", [v])


def fam_line():
    for (x1, y1, x2, y2, vs) in [(-4, 1, -2, 7, ["eq:0", "eq:1", "wrong", "sc_good"]), (1, 2, 3, -2, ["eq:2", "eq:3", "other_line"]),
                                 (0, -3, 2, 5, ["eq:0", "hedge", "fewshot_good"])]:
        m = Fraction(y2 - y1, x2 - x1)
        assert m.denominator == 1
        m = int(m)
        c = y1 - m * x1
        # standard form m x - y + c = 0
        def std(k=1):
            a, bb, cc = k * m, -k, k * c
            t = f"{a}x" + (f" - {abs(bb)}y" if bb < 0 else f" + {bb}y") + (f" + {cc}" if cc > 0 else (f" - {abs(cc)}" if cc < 0 else "")) + " = 0"
            return t.replace("1x", "x").replace(" 1y", " y") if abs(a) == 1 else t.replace(" 1y", " y")
        gold = std(1)
        q = f"Find the equation of the line passing through the points $({x1}, {y1})$ and $({x2}, {y2})$. Write it in the form $ax + by + c = 0$."
        steps = [f"Slope: $m = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2-y1}}}{{{x2-x1}}} = {m}$.",
                 f"Point-slope form using $({x1}, {y1})$: $y - ({y1}) = {m}(x - ({x1}))$, so $y = {m}x + ({c})$.",
                 f"Check the second point: ${m}\\cdot({x2}) + ({c}) = {m*x2 + c}$, which equals {y2}. ✓",
                 f"Moving everything to one side: ${std(1)}$."]
        bad_c = -c
        bad = f"{m}x - y + {bad_c} = 0" if bad_c > 0 else f"{m}x - y - {abs(bad_c)} = 0"
        bad_steps = steps[:1] + [f"Point-slope form: $y - {y1} = {m}(x - {x1})$, which gives $y = {m}x + ({bad_c})$ after expanding (sign slip).",
                                 f"Standard form: ${bad}$."]
        forms = [f"y = {m}x + {c}" if c >= 0 else f"y = {m}x - {abs(c)}", std(2), std(-1), std(3)]
        for v in vs:
            if v == "other_line":
                other = f"{m+1}x + 4y + {c+1} = 0"
                out = dress(steps[:2], "en") + f"Rewriting in general form and clearing denominators gives ${other}$.\n\n" + ending("en", other)
                add("MATH", "math", q, out, gold, "Incorrect", "en", "different_equation")
            else:
                math_cases("MATH", "en", q, gold, steps, forms, bad_steps, bad, [v])


def mat_tex(M, env="pmatrix"):
    return f"\\begin{{{env}}} " + " \\\\ ".join(" & ".join(str(x) for x in row) for row in M) + f" \\end{{{env}}}"


def fam_matrix():
    for A, B, vs in [([[1, 2], [3, 4]], [[0, 1], [5, -2]], ["eq:0", "eq:1", "wrong"]),
                     ([[2, -1], [0, 3]], [[4, 1], [2, 2]], ["eq:2", "eq:3", "shape", "sc_bad"]),
                     ([[1, 0, 2], [-1, 3, 1]], [[3, 1], [2, 1], [1, 0]], ["eq:1", "wrong", "eq:2"])]:
        n, k, mcols = len(A), len(B), len(B[0])
        P = [[sum(A[i][t] * B[t][j] for t in range(k)) for j in range(mcols)] for i in range(n)]
        gold = mat_tex(P)
        q = f"Compute the matrix product $AB$ where $A = {mat_tex(A)}$ and $B = {mat_tex(B)}$."
        steps = [f"A is {n}×{k} and B is {k}×{mcols}, so AB is {n}×{mcols}. Entry (i, j) is the dot product of row i of A with column j of B."]
        for i in range(n):
            for j in range(mcols):
                terms = " + ".join(f"({A[i][t]})({B[t][j]})" for t in range(k))
                steps.append(f"Entry ({i+1},{j+1}): {terms} = {P[i][j]}.")
        steps.append("Assembling the entries: $AB = " + gold + "$.")
        Q = [row[:] for row in P]
        Q[0][0] += 2
        bad_steps = steps[:2] + [f"Entry (1,1) recomputed: {P[0][0]} + 2 = {Q[0][0]} (I mis-added a product)."] + ["So $AB = " + mat_tex(Q) + "$."]
        arr = "\\left[\\begin{array}{" + "c" * mcols + "} " + " \\\\ ".join(" & ".join(map(str, r)) for r in P) + " \\end{array}\\right]"
        forms = [mat_tex(P, "bmatrix"), "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in P) + "]", arr, mat_tex(P)]
        for v in vs:
            if v == "shape":
                flat = [x for r in P for x in r]
                out = dress(steps, "en") + "Writing the result as a row vector:\n\n" + ending("en", "(" + ", ".join(map(str, flat)) + ")")
                add("MATH", "math", q, out, gold, "Incorrect", "en", "matrix_shape_mismatch")
            else:
                math_cases("MATH", "en", q, gold, steps, forms, bad_steps, mat_tex(Q), [v])


def fam_area():
    a, b, h = 7, 11, 6
    area = (a + b) * h // 2
    q = f"A trapezoid has parallel sides of length {a} cm and {b} cm, and the distance between them is {h} cm. What is its area, in square centimeters?"
    steps = [f"Area of a trapezoid = $\\frac{{1}}{{2}}(b_1 + b_2)h$.", f"$b_1 + b_2 = {a} + {b} = {a+b}$.",
             f"$\\frac{{1}}{{2}} \\times {a+b} \\times {h} = {area}$.",
             f"Alternative check: split into a {a}×{h} rectangle ({a*h}) plus triangles with total base {b-a} and height {h}: {(b-a)*h//2}. Sum {area}. ✓"]
    math_cases("MATH", "en", q, str(area), steps, [f"{area}\\text{{ cm}}^2", f"{area} square centimeters", f"{area}\\,\\mathrm{{cm^2}}"],
               steps[:2] + [f"${a+b} \\times {h} = {(a+b)*h}$."], str((a + b) * h), ["eq:0", "eq:1", "eq:2", "wrong"])
    q2 = "A rectangular table top measures 60 cm by 90 cm. What is its area in square meters?"
    st2 = ["Area in cm²: 60 × 90 = 5400 cm².", "1 m² = 100 cm × 100 cm = 10,000 cm².", "So the area is 5400 / 10000 = 0.54 m².",
           "Check directly in meters: 0.6 m × 0.9 m = 0.54 m². ✓"]
    math_cases("MATH", "en", q2, "0.54", st2, ["0.54\\text{ m}^2", "\\frac{27}{50}\\text{ m}^2", "0.54 square meters"],
               st2[:1] + ["So the area is 5400 m²."], "5400 \\text{ m}^2", ["eq:0", "eq:1", "wrong", "reject"])


def fam_hyp():
    for a, b, lang, vs in [(6, 9, "en", ["eq:0", "eq:1", "wrong"]), (4, 8, "zh", ["eq:0", "eq:2", "wrong", "sc_good"]), (10, 15, "en", ["eq:1", "reject"])]:
        s = a * a + b * b
        k = 1
        for t in range(isqrt(s), 0, -1):
            if s % (t * t) == 0:
                k = t
                break
        m = s // (k * k)
        gold = f"{k}\\sqrt{{{m}}}"
        bs = b * b - a * a
        if lang == "en":
            q = f"A right triangle has legs of length {a} and {b}. What is the length of its hypotenuse? Express your answer in simplest radical form."
            steps = [f"By the Pythagorean theorem, $c^2 = {a}^2 + {b}^2 = {a*a} + {b*b} = {s}$.",
                     f"So $c = \\sqrt{{{s}}}$. Factor: ${s} = {k*k} \\times {m}$, and {m} is squarefree.",
                     f"Thus $c = {k}\\sqrt{{{m}}}$. Numerically ≈ {s**0.5:.4f}, which is larger than both legs as it must be."]
            bad_steps = [f"$c^2 = {b}^2 - {a}^2 = {bs}$ (the hypotenuse is the difference).", f"$c = \\sqrt{{{bs}}}$."]
        else:
            q = f"直角三角形的两条直角边分别为 {a} 和 {b}，求斜边长（结果化为最简二次根式）。"
            steps = [f"由勾股定理，$c^2={a}^2+{b}^2={a*a}+{b*b}={s}$。", f"$c=\\sqrt{{{s}}}$，而 ${s}={k*k}\\times{m}$。",
                     f"所以 $c={k}\\sqrt{{{m}}}$，约等于 {s**0.5:.3f}，比两条直角边都长，合理。"]
            bad_steps = [f"$c^2={b}^2-{a}^2={bs}$。", f"$c=\\sqrt{{{bs}}}$。"]
        math_cases("MATH" if lang == "en" else "CMATH", lang, q, gold, steps,
                   [f"\\sqrt{{{s}}}", f"{k} \\sqrt {m}", f"{k}\\sqrt{{{m}}} \\approx {s**0.5:.2f}"], bad_steps, f"\\sqrt{{{bs}}}", vs)


def fam_symbolic():
    q = "Find the inverse of the function $f(x) = 7x - 2$."
    st = ["Write $y = 7x - 2$ and solve for x: $y + 2 = 7x$, so $x = \\frac{y+2}{7}$.",
          "Swap the variable names: $f^{-1}(x) = \\frac{x+2}{7}$.",
          "Check: $f(f^{-1}(x)) = 7 \\cdot \\frac{x+2}{7} - 2 = x + 2 - 2 = x$. ✓ And $f^{-1}(f(x)) = \\frac{7x - 2 + 2}{7} = x$. ✓"]
    math_cases("MATH", "en", q, "\\frac{x+2}{7}", st, ["\\frac{x}{7}+\\frac{2}{7}", "f^{-1}(x) = (x+2)/7", "\\frac{1}{7}x + \\frac27"],
               ["$y = 7x - 2$, so $x = \\frac{y-2}{7}$.", "Thus $f^{-1}(x) = \\frac{x-2}{7}$."], "\\frac{x-2}{7}", ["eq:0", "eq:1", "eq:2", "wrong", "sc_bad"])
    q = "Compute the derivative of $g(x) = \\tan x$."
    st = ["Write $\\tan x = \\frac{\\sin x}{\\cos x}$ and use the quotient rule.",
          "$g'(x) = \\frac{\\cos x \\cdot \\cos x - \\sin x \\cdot (-\\sin x)}{\\cos^2 x} = \\frac{\\cos^2 x + \\sin^2 x}{\\cos^2 x}$.",
          "Using $\\sin^2 x + \\cos^2 x = 1$ this equals $\\frac{1}{\\cos^2 x}$, which can also be written as $1 + \\tan^2 x$."]
    math_cases("MATH", "en", q, "\\sec^2 x", st, ["1+\\tan^2 x", "\\frac{1}{\\cos^2 x}", "\\sec^{2}(x)"],
               ["Quotient rule: $\\frac{\\cos x \\cos x + \\sin x \\sin x}{\\cos^2 x}$... I mixed the sign: numerator $\\cos^2 x - \\sin^2 x$.",
                "So $g'(x) = \\frac{\\cos 2x}{\\cos^2 x}$."], "\\frac{\\cos 2x}{\\cos^2 x}", ["eq:0", "eq:1", "wrong", "eq:2"])
    q = "求和：$1+2+2^2+\\cdots+2^9$。"
    st = ["这是首项为 1、公比为 2 的等比数列，共 10 项。", "由求和公式 $S_n=\\frac{a_1(q^n-1)}{q-1}=\\frac{2^{10}-1}{2-1}$。",
          "$2^{10}=1024$，所以 $S=1023$。也可以逐项验证：1+2+4+8+16=31，再加 32+64+128+256+512=992，共 1023。"]
    math_cases("CMATH", "zh", q, "1023", st, ["2^{10}-1", "1023", "一千零二十三"],
               ["共 9 项，$S=2^9-1=511$。"], "511", ["eq:0", "eq:2", "wrong", "followup"])


def fam_system():
    for (x, y), vs in [((3, 1), ["eq:0", "eq:1", "swap"]), ((-2, 5), ["eq:2", "swap", "wrong", "fewshot_good"])]:
        a1, b1, a2, b2 = 2, 3, 1, -1
        c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
        gold = f"({x}, {y})"
        q = f"Solve the system $2x + 3y = {c1}$ and $x - y = {c2}$. Give the solution as an ordered pair $(x, y)$."
        steps = [f"From the second equation, $x = y + ({c2})$.",
                 f"Substitute: $2(y + {c2}) + 3y = {c1}$, so $5y + {2*c2} = {c1}$, giving $5y = {c1 - 2*c2}$ and $y = {y}$.",
                 f"Then $x = {y} + ({c2}) = {x}$.",
                 f"Check: 2({x}) + 3({y}) = {c1} ✓ and {x} - ({y}) = {c2} ✓."]
        forms = [f"x = {x}, y = {y}", f"(x, y) = ({x}, {y})", f"\\left({x},\\ {y}\\right)"]
        for v in vs:
            if v == "swap":
                out = dress(steps, "en") + ending("en", f"({y}, {x})")
                add("MATH", "math", q, out, gold, "Incorrect", "en", "tuple_order")
            else:
                math_cases("MATH", "en", q, gold, steps, forms, steps[:1] + [f"Then $5y = {c1 + 2*c2}$, so $y = {Fraction(c1+2*c2,5)}$ and $x = {Fraction(c1+2*c2,5)+c2}$."],
                           f"({Fraction(c1+2*c2,5)+c2}, {Fraction(c1+2*c2,5)})", [v])
