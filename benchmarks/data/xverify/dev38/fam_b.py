"""Families: geometry, linear algebra, functions, series, bases, calculus."""
from fractions import Fraction
from common import F, ftex, fplain, fdec, poly, S, distinct, par, simp_sqrt, sqrt_tex


def distance(r):
    while True:
        p = (r.randint(-9, 9), r.randint(-9, 9))
        q = (r.randint(-9, 9), r.randint(-9, 9))
        d2 = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
        k, m = simp_sqrt(d2)
        if d2 and k > 1 and m > 1:
            break
    ans = sqrt_tex(d2)
    alt = [f"\\sqrt{{{d2}}}", f"{m ** 0 * k}\\sqrt{{{m}}}\\ \\text{{units}}"]
    wrong = distinct([str(d2), sqrt_tex(d2 + 1) if simp_sqrt(d2 + 1)[1] > 1 else f"\\sqrt{{{d2 + 1}}}", f"{k + 1}\\sqrt{{{m}}}", f"{k}\\sqrt{{{m + 1}}}"], [ans])
    dx, dy = q[0] - p[0], q[1] - p[1]
    steps = [S(f"«\\Delta x = {dx}», «\\Delta y = {dy}».", f"«\\Delta x = {dx}»，«\\Delta y = {dy}»。"),
             S(f"==d = \\sqrt{{{par(dx)}^2 + {par(dy)}^2}} = \\sqrt{{{d2}}}"),
             S(f"Simplify: «{d2} = {k * k}\\cdot {m}», so «d = {ans}».", f"化简：«{d2} = {k * k}\\cdot {m}»，所以 «d = {ans}»。")]
    slip = (S(f"Simplify: «d = {wrong[1]}».", f"化简得 «d = {wrong[1]}»。"), wrong[1])
    return dict(ds="math_like", q_en=f"Find the distance between the points $({p[0]}, {p[1]})$ and $({q[0]}, {q[1]})$ in simplest radical form.",
                q_zh=f"求点 $({p[0]}, {p[1]})$ 与 $({q[0]}, {q[1]})$ 之间的距离（化为最简根式）。", ans=ans, alt=alt, wrong=wrong,
                steps=steps, slip=slip, check=(f"Check: «({ans})^2 = {d2}», matching the sum of squares.", f"检验：«({ans})^2 = {d2}»。"),
                pit=("Remember to take the square root at the end.", "最后别忘了开平方。"))


def shoelace(r):
    while True:
        n = r.choice([3, 4, 4, 5])
        import math
        pts = []
        angs = sorted(r.sample(range(0, 360, 15), n))
        for a in angs:
            rad = r.randint(2, 7)
            pts.append((round(rad * math.cos(math.radians(a))), round(rad * math.sin(math.radians(a)))))
        s = sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))
        if len(set(pts)) == n and s > 0:
            break
    area = F(s, 2)
    ans = ftex(area)
    alt = [fplain(area)] + ([fdec(area)] if area.denominator != 1 else [f"{area}\\ \\text{{square units}}"])
    wrong = distinct([str(s), ftex(area + 1), ftex(area - F(1, 2)), ftex(area + F(1, 2))], [ans])
    ps = ", ".join(f"({x}, {y})" for x, y in pts)
    terms = " + ".join(f"({pts[i][0]}\\cdot{par(pts[(i + 1) % n][1])} - {pts[(i + 1) % n][0]}\\cdot{par(pts[i][1])})" for i in range(n))
    steps = [S(f"Vertices in order: {ps}.", f"顶点依次为：{ps}。"),
             S(f"==\\sum (x_i y_{{i+1}} - x_{{i+1}} y_i) = {terms} = {s}"),
             S(f"Area «= \\tfrac12 |{s}| = {ans}».", f"面积 «= \\tfrac12 |{s}| = {ans}»。")]
    slip = (S(f"Area «= |{s}| = {s}».", f"面积 «= |{s}| = {s}»。"), str(s))
    return dict(ds="math_like", q_en=f"Find the area of the polygon with vertices {ps} (taken in order).",
                q_zh=f"求依次以 {ps} 为顶点的多边形的面积。", ans=ans, alt=alt, wrong=wrong, steps=steps, slip=slip,
                check=("Check: traversing the vertices in reverse gives the negative sum, same absolute value.", "检验：反向遍历得到相反数，绝对值相同。"),
                pit=("The shoelace sum must be halved.", "鞋带公式的和要除以 2。"))


def matrix(r):
    M = lambda: [[r.randint(-5, 6) for _ in range(2)] for _ in range(2)]
    if r.random() < 0.5:
        A = [[r.randint(-4, 5) for _ in range(3)] for _ in range(3)]
        from fam_a import det3
        v = det3(A)
        rows = " \\\\ ".join(" & ".join(map(str, row)) for row in A)
        q = f"\\begin{{vmatrix}} {rows} \\end{{vmatrix}}"
        ans = str(v)
        alt = [f"\\det A = {v}", f"{v}.0"]
        wrong = distinct([str(-v), str(v + 1), str(v - 2), str(v + 10)], [ans])
        c = [A[1][1] * A[2][2] - A[1][2] * A[2][1], A[1][0] * A[2][2] - A[1][2] * A[2][0], A[1][0] * A[2][1] - A[1][1] * A[2][0]]
        steps = [S("Expand along the first row.", "按第一行展开。"),
                 S(f"==D = {A[0][0]}\\cdot({c[0]}) - {par(A[0][1])}\\cdot({c[1]}) + {par(A[0][2])}\\cdot({c[2]})"),
                 S(f"«= {A[0][0] * c[0]} {signed_(-A[0][1] * c[1])} {signed_(A[0][2] * c[2])} = {v}».", f"«= {v}»。")]
        return dict(ds="math_like", q_en=f"Evaluate the determinant ${q}$.", q_zh=f"计算行列式 ${q}$。", ans=ans, alt=alt, wrong=wrong,
                    steps=steps, slip=(S(f"«= {-v}» (sign of the middle cofactor dropped).", f"«= {-v}»（中间代数余子式符号漏掉）。"), str(-v)),
                    check=("Check: expanding along the first column gives the same value.", "检验：按第一列展开结果相同。"),
                    pit=("The middle cofactor carries a minus sign.", "中间的代数余子式带负号。"))
    while True:
        A, B = M(), M()
        P = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        Q = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        if P != Q:
            break
    pm = lambda X: "\\begin{pmatrix} " + " \\\\ ".join(" & ".join(map(str, row)) for row in X) + " \\end{pmatrix}"
    bm = lambda X: "\\begin{bmatrix} " + " \\\\ ".join(" & ".join(map(str, row)) for row in X) + " \\end{bmatrix}"
    ans = pm(P)
    alt = [bm(P), f"[[{P[0][0]}, {P[0][1]}], [{P[1][0]}, {P[1][1]}]]"]
    P2 = [[P[0][0], P[0][1]], [P[1][0], P[1][1] + 1]]
    PT = [[P[0][0], P[1][0]], [P[0][1], P[1][1]]]
    wrong = distinct([pm(Q), pm(P2), pm(PT) if PT != P else pm([[P[0][0] + 1, P[0][1]], P[1]])], [ans])
    steps = [S(f"«A = {pm(A)}», «B = {pm(B)}».", f"«A = {pm(A)}»，«B = {pm(B)}»。"),
             S(f"Row 1: «({A[0][0]})({B[0][0]}) + ({A[0][1]})({B[1][0]}) = {P[0][0]}», «({A[0][0]})({B[0][1]}) + ({A[0][1]})({B[1][1]}) = {P[0][1]}».", f"第一行：«{P[0][0]}»，«{P[0][1]}»。"),
             S(f"Row 2: «({A[1][0]})({B[0][0]}) + ({A[1][1]})({B[1][0]}) = {P[1][0]}», «({A[1][0]})({B[0][1]}) + ({A[1][1]})({B[1][1]}) = {P[1][1]}».", f"第二行：«{P[1][0]}»，«{P[1][1]}»。"),
             S(f"==AB = {ans}")]
    return dict(ds="math_like", q_en=f"Compute $AB$ where $A = {pm(A)}$ and $B = {pm(B)}$.", q_zh=f"设 $A = {pm(A)}$，$B = {pm(B)}$，求 $AB$。",
                ans=ans, alt=alt, wrong=wrong, steps=steps, slip=(S(f"==AB = {pm(Q)}"), pm(Q)),
                check=("Check: the determinant of the product equals the product of determinants.", "检验：乘积的行列式等于行列式之积。"),
                pit=("Matrix multiplication is not commutative; AB and BA differ.", "矩阵乘法不满足交换律。"))


def signed_(n):
    return f"- {abs(n)}" if n < 0 else f"+ {n}"


def vec(r):
    a = [r.randint(-5, 6) for _ in range(3)]
    b = [r.randint(-5, 6) for _ in range(3)]
    if r.random() < 0.5:
        c = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
        if c == [0, 0, 0]:
            c, b = [a[1] - a[2], a[2] - a[0], a[0] - a[1]], [1, 1, 1]
            c = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
        t = lambda v: f"({v[0]}, {v[1]}, {v[2]})"
        ans = t(c)
        ijk = poly([c[0], 0], "\\mathbf{i}").strip()
        ijk = (poly([c[0]], "") if False else "") + "".join(
            x for x in [("" if c[0] == 0 else f"{c[0]}\\mathbf{{i}}"),
                        ("" if c[1] == 0 else f" {'+' if c[1] > 0 else '-'} {abs(c[1])}\\mathbf{{j}}"),
                        ("" if c[2] == 0 else f" {'+' if c[2] > 0 else '-'} {abs(c[2])}\\mathbf{{k}}")])
        alt = [f"\\langle {c[0]}, {c[1]}, {c[2]} \\rangle", ijk.strip(" +") or "0"]
        wrong = distinct([t([-x for x in c]), t([c[0], -c[1], c[2]]), t([c[0], c[1], c[2] + 1])], [ans])
        steps = [S(f"«\\mathbf{{a}} = {t(a)}», «\\mathbf{{b}} = {t(b)}».", f"«\\mathbf{{a}} = {t(a)}»，«\\mathbf{{b}} = {t(b)}»。"),
                 S(f"i: «({a[1]})({b[2]}) - ({a[2]})({b[1]}) = {c[0]}»; j: «({a[2]})({b[0]}) - ({a[0]})({b[2]}) = {c[1]}»; k: «({a[0]})({b[1]}) - ({a[1]})({b[0]}) = {c[2]}».",
                   f"i 分量 «{c[0]}»，j 分量 «{c[1]}»，k 分量 «{c[2]}»。"),
                 S(f"==\\mathbf{{a}}\\times\\mathbf{{b}} = {ans}")]
        dots = sum(x * y for x, y in zip(c, a))
        return dict(ds="math_like", q_en=f"Compute $\\mathbf{{a}} \\times \\mathbf{{b}}$ for $\\mathbf{{a}} = {t(a)}$ and $\\mathbf{{b}} = {t(b)}$.",
                    q_zh=f"已知 $\\mathbf{{a}} = {t(a)}$，$\\mathbf{{b}} = {t(b)}$，求 $\\mathbf{{a}} \\times \\mathbf{{b}}$。", ans=ans, alt=alt, wrong=wrong,
                    steps=steps, slip=(S(f"==\\mathbf{{a}}\\times\\mathbf{{b}} = {wrong[1]}"), wrong[1]),
                    check=(f"Check: the result dotted with «\\mathbf{{a}}» gives {dots}, i.e. perpendicular.", f"检验：结果与 «\\mathbf{{a}}» 的数量积为 {dots}，垂直。"),
                    pit=("The j-component has the reversed order; b x a would flip every sign.", "j 分量顺序相反；b×a 会使所有分量变号。"))
    v = sum(x * y for x, y in zip(a, b))
    ans = str(v)
    terms = " + ".join(f"({x})({y})" for x, y in zip(a, b))
    wrong = distinct([str(v + 1), str(-v) if v else "1", str(v - 2), str(v + 3)], [ans])
    steps = [S(f"==\\mathbf{{u}}\\cdot\\mathbf{{v}} = {terms}"), S(f"«= {' + '.join(str(x * y) for x, y in zip(a, b))} = {v}».", f"«= {v}»。")]
    return dict(ds="math_like", q_en=f"Find the dot product of $\\mathbf{{u}} = ({a[0]}, {a[1]}, {a[2]})$ and $\\mathbf{{v}} = ({b[0]}, {b[1]}, {b[2]})$.",
                q_zh=f"求向量 $\\mathbf{{u}} = ({a[0]}, {a[1]}, {a[2]})$ 与 $\\mathbf{{v}} = ({b[0]}, {b[1]}, {b[2]})$ 的数量积。", ans=ans,
                alt=[f"\\mathbf{{u}}\\cdot\\mathbf{{v}} = {v}", f"{v}.0"], wrong=wrong, steps=steps,
                slip=(S(f"«= {wrong[0]}» (one product added with the wrong sign).", f"«= {wrong[0]}»（一项符号出错）。"), wrong[0]),
                check=("Check: adding the three products again in a different order gives the same total.", "检验：换顺序相加结果相同。"),
                pit=("Multiply component-wise, then add; signs of negative components matter.", "对应分量相乘再相加，注意负号。"))


def explog(r):
    if r.random() < 0.5:
        b = r.choice([2, 3, 5])
        p, q = r.choice([2, 3, 4]), r.randint(-5, 5)
        n = r.randint(2, 6)
        x = F(n - q, p)
        eq = f"{b}^{{{p}x {'+' if q >= 0 else '-'} {abs(q)}}} = {b ** n}"
        ans = ftex(x)
        alt = [fplain(x)] + ([fdec(x)] if x.denominator != 1 and fdec(x) else [f"x = {ftex(x)}"])
        wrong = distinct([ftex(F(n + q, p)), ftex(F(n - q, p) + 1), ftex(F(n, p)), ftex(x - 1)], [ans])
        steps = [S(f"Write «{b ** n} = {b}^{{{n}}}».", f"«{b ** n} = {b}^{{{n}}}»。"),
                 S(f"Equate exponents: «{p}x {'+' if q >= 0 else '-'} {abs(q)} = {n}».", f"指数相等：«{p}x {'+' if q >= 0 else '-'} {abs(q)} = {n}»。"),
                 S(f"«x = \\frac{{{n - q}}}{{{p}}} = {ans}».", f"«x = {ans}»。")]
        slip = (S(f"«x = {wrong[0]}» (moved the constant with the wrong sign).", f"«x = {wrong[0]}»（移项符号错）。"), wrong[0])
        qe, qz = f"Solve ${eq}$ for $x$.", f"解方程 ${eq}$。"
    else:
        b = r.choice([2, 3, 5])
        while True:
            k = r.randint(1, 6)
            x0 = r.randint(1, 9)
            c = x0 * (x0 + k)
            if c > 1:
                break
        other = -x0 - k
        eq = f"\\log_{{{b}}} x + \\log_{{{b}}}(x + {k}) = \\log_{{{b}}} {c}"
        ans = str(x0)
        alt = [f"x = {x0}", f"{x0}\\ (\\text{{only}})"]
        wrong = distinct([f"x = {x0} \\text{{ or }} x = {other}", str(other), str(x0 + 1)], [ans])
        steps = [S(f"Combine: «\\log_{{{b}}}[x(x+{k})] = \\log_{{{b}}} {c}», so «x^2 + {k}x - {c} = 0».", f"合并得 «x^2 + {k}x - {c} = 0»。"),
                 S(f"Factor: «(x - {x0})(x + {x0 + k}) = 0», giving «x = {x0}» or «x = {other}».", f"因式分解得 «x = {x0}» 或 «x = {other}»。"),
                 S(f"The log needs «x > 0», so «x = {other}» is rejected; «x = {x0}».", f"对数要求 «x > 0»，舍去 «x = {other}»，得 «x = {x0}»。")]
        slip = (S(f"Both values satisfy the quadratic, so «x = {x0}» or «x = {other}».", f"两个值都满足二次方程，所以 «x = {x0}» 或 «x = {other}»。"), wrong[0])
        qe, qz = f"Solve ${eq}$ for real $x$.", f"在实数范围内解方程 ${eq}$。"
    return dict(ds="math_like", q_en=qe, q_zh=qz, ans=ans, alt=alt, wrong=wrong, steps=steps, slip=slip,
                check=("Check: substituting back makes both sides equal.", "检验：代回原方程两边相等。"),
                pit=("Check the domain of logarithms and the sign when isolating x.", "注意对数定义域以及移项符号。"))


def compose(r):
    a, b = r.choice([2, 3, 4, 5, -2, -3]), r.randint(-9, 9)
    c, d = r.choice([2, 3, -1, 4]), r.randint(-6, 6)
    if r.random() < 0.5:
        t = r.randint(-4, 5)
        g = c * t + d
        v = a * g + b
        ans = str(v)
        wrong = distinct([str(c * (a * t + b) + d), str(v + a), str(v - 1), str(v + 2)], [ans])
        steps = [S(f"Inner first: «g({t}) = {c}\\cdot{par(t)} {signed_(d)} = {g}».", f"先算内层：«g({t}) = {g}»。"),
                 S(f"Then «f({g}) = {a}\\cdot{par(g)} {signed_(b)} = {v}».", f"再算 «f({g}) = {v}»。")]
        return dict(ds="math_like", q_en=f"Let $f(x) = {poly([a, b])}$ and $g(x) = {poly([c, d])}$. Find $f(g({t}))$.",
                    q_zh=f"设 $f(x) = {poly([a, b])}$，$g(x) = {poly([c, d])}$，求 $f(g({t}))$。", ans=ans, alt=[f"f(g({t})) = {v}", f"{v}.0"], wrong=wrong,
                    steps=steps, slip=(S(f"Then «f(g({t})) = {wrong[0]}» (evaluated in the wrong order).", f"得 «{wrong[0]}»（顺序弄反）。"), wrong[0]),
                    check=("Check: recomputing the inner value and substituting again agrees.", "检验：重算内层再代入，一致。"),
                    pit=("Apply g first, then f.", "先作用 g，再作用 f。"))
    bb = abs(b) if b else 1
    b = b if b else 1
    sg = "-" if b > 0 else "+"
    if a > 0:
        ans = f"\\frac{{x {sg} {bb}}}{{{a}}}"
        alt = [f"\\frac{{1}}{{{a}}}x {sg} \\frac{{{bb}}}{{{a}}}" if bb % a else f"\\frac{{1}}{{{a}}}x {sg} {bb // a}", f"(x {sg} {bb})/{a}", f"f^{{-1}}(x) = \\frac{{x {sg} {bb}}}{{{a}}}"]
    else:
        ans = f"\\frac{{x {sg} {bb}}}{{{a}}}"
        alt = [f"\\frac{{{'-' if sg == '-' else ''}x {'+' if sg == '-' else '-'} {bb}}}{{{-a}}}".replace("{-x", "{-x"), f"(x {sg} {bb})/({a})"]
        alt[0] = f"\\frac{{{bb} - x}}{{{-a}}}" if sg == "-" else f"-\\frac{{x + {bb}}}{{{-a}}}"
    osg = "+" if sg == "-" else "-"
    wrong = distinct([f"\\frac{{x {osg} {bb}}}{{{a}}}", f"{a}x {sg} {bb}", f"\\frac{{x}}{{{a}}} {sg} {bb}"], [ans])
    steps = [S(f"Write «y = {poly([a, b])}» and swap: «x = {a}y {signed_(b)}».", f"令 «y = {poly([a, b])}»，交换 x、y：«x = {a}y {signed_(b)}»。"),
             S(f"Solve: «{a}y = x {sg} {bb}», so «y = {ans}».", f"解得 «y = {ans}»。")]
    return dict(ds="math_like", q_en=f"Find the inverse function of $f(x) = {poly([a, b])}$.", q_zh=f"求函数 $f(x) = {poly([a, b])}$ 的反函数。",
                ans=f"f^{{-1}}(x) = {ans}", alt=alt, wrong=[f"f^{{-1}}(x) = {w}" for w in wrong], steps=steps,
                slip=(S(f"Solve: «y = {wrong[0]}».", f"解得 «y = {wrong[0]}»。"), f"f^{{-1}}(x) = {wrong[0]}"),
                check=("Check: f applied to the inverse returns x.", "检验：f 与反函数复合得 x。"),
                pit=("Undo the operations in reverse order.", "按相反顺序撤销运算。"))


FAMILIES = [distance, shoelace, matrix, vec, explog, compose]
