"""More MATH / AIME-style families: matrices, vectors, scientific notation, systems, modular arithmetic."""
from fractions import Fraction
import math
import random
from math_comp import fr, rad, sqrt_simplify


def bmat(M):
    return "\\begin{pmatrix} " + " \\\\ ".join(" & ".join(str(x) for x in r) for r in M) + " \\end{pmatrix}"


def mul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]


def matrix(rng):
    while True:
        A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        if mul(A, B) != mul(B, A):
            break
    C, W = mul(A, B), mul(B, A)
    en = [f"Entry (1,1): ({A[0][0]})({B[0][0]}) + ({A[0][1]})({B[1][0]}) = {C[0][0]}.",
          f"Entry (1,2): ({A[0][0]})({B[0][1]}) + ({A[0][1]})({B[1][1]}) = {C[0][1]}.",
          f"Entry (2,1): ({A[1][0]})({B[0][0]}) + ({A[1][1]})({B[1][0]}) = {C[1][0]}.",
          f"Entry (2,2): ({A[1][0]})({B[0][1]}) + ({A[1][1]})({B[1][1]}) = {C[1][1]}.",
          f"\\[AB = {bmat(C)}\\]"]
    zh = [f"第一行：({A[0][0]})({B[0][0]}) + ({A[0][1]})({B[1][0]}) = {C[0][0]}，({A[0][0]})({B[0][1]}) + ({A[0][1]})({B[1][1]}) = {C[0][1]}。",
          f"第二行：({A[1][0]})({B[0][0]}) + ({A[1][1]})({B[1][0]}) = {C[1][0]}，({A[1][0]})({B[0][1]}) + ({A[1][1]})({B[1][1]}) = {C[1][1]}。",
          f"所以 $AB = {bmat(C)}$。"]
    det = C[0][0] * C[1][1] - C[0][1] * C[1][0]
    return {"dataset": "math_like", "q": {"en": f"Let $A = {bmat(A)}$ and $B = {bmat(B)}$. Compute $AB$.", "zh": f"设 $A = {bmat(A)}$，$B = {bmat(B)}$，求 $AB$。"},
            "restate": {"en": "We multiply the 2×2 matrices A and B in that order.", "zh": "按顺序计算矩阵乘积 AB。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Determinant check: det(A)det(B) = {(A[0][0]*A[1][1]-A[0][1]*A[1][0])*(B[0][0]*B[1][1]-B[0][1]*B[1][0])} and det(AB) = {det}. ✓", "zh": f"行列式验证：det(AB) = {det} = det(A)det(B)。"},
            "ans": [bmat(C), bmat(C).replace("pmatrix", "bmatrix"), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]"],
            "ref": bmat(C),
            "wrong": [{"tag": "order", "val": bmat(W), "why_en": "I multiplied in the order BA."}],
            "other_part": None}


def cross(rng):
    u = [rng.randint(-4, 5) for _ in range(3)]
    v = [rng.randint(-4, 5) for _ in range(3)]
    c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if c == [0, 0, 0]:
        v = [1, 2, 3]; u = [2, -1, 4]
        c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    col = lambda x: "\\begin{pmatrix} " + " \\\\ ".join(map(str, x)) + " \\end{pmatrix}"
    en = [f"$x$: ({u[1]})({v[2]}) − ({u[2]})({v[1]}) = {c[0]}.", f"$y$: ({u[2]})({v[0]}) − ({u[0]})({v[2]}) = {c[1]}.",
          f"$z$: ({u[0]})({v[1]}) − ({u[1]})({v[0]}) = {c[2]}.", f"So $\\mathbf{{u}} \\times \\mathbf{{v}} = {col(c)}$."]
    zh = [f"x 分量：{c[0]}；y 分量：{c[1]}；z 分量：{c[2]}。", f"所以叉积为 $({c[0]}, {c[1]}, {c[2]})$。"]
    return {"dataset": "math_like", "q": {"en": f"Find $\\mathbf{{u}} \\times \\mathbf{{v}}$ where $\\mathbf{{u}} = {col(u)}$ and $\\mathbf{{v}} = {col(v)}$.", "zh": f"已知 $\\mathbf{{u}} = ({u[0]}, {u[1]}, {u[2]})$，$\\mathbf{{v}} = ({v[0]}, {v[1]}, {v[2]})$，求 $\\mathbf{{u}} \\times \\mathbf{{v}}$。"},
            "restate": {"en": "Cross product of u and v.", "zh": "求向量叉积。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Dot with u: {sum(a*b for a,b in zip(c,u))}; dot with v: {sum(a*b for a,b in zip(c,v))}. Both zero, so it's perpendicular to both. ✓", "zh": f"与 u、v 的点积都为 0，验证正确。"},
            "ans": [col(c), f"({c[0]}, {c[1]}, {c[2]})", f"\\langle {c[0]}, {c[1]}, {c[2]} \\rangle", f"{c[0]}\\mathbf{{i}} + ({c[1]})\\mathbf{{j}} + ({c[2]})\\mathbf{{k}}"],
            "ref": rng.choice([col(c), f"({c[0]},{c[1]},{c[2]})"]),
            "wrong": [{"tag": "sign", "val": f"({-c[0]}, {-c[1]}, {-c[2]})", "why_en": "that's v × u."}, {"tag": "order", "val": f"({c[2]}, {c[1]}, {c[0]})" if c[0] != c[2] else f"({c[0]}, {c[1] + 1}, {c[2]})"}],
            "other_part": None}


def sci(rng):
    a, b = rng.choice([2.5, 3.2, 4, 6, 7.5, 8]), rng.choice([1.5, 2, 4, 5, 6])
    m, n = rng.randint(3, 9), rng.randint(-6, 5)
    prod = a * b
    e = m + n
    if prod >= 10:
        prod, e = prod / 10, e + 1
    ps = ("%g" % prod)
    val = prod * 10 ** e
    en = [f"Multiply the mantissas: {a} × {b} = {a * b:g}.", f"Add exponents: 10^{m} × 10^{n} = 10^{m + n}.",
          (f"Since {a * b:g} ≥ 10, rewrite as {ps} × 10^{e}." if a * b >= 10 else f"So the product is {ps} × 10^{e}.")]
    zh = [f"系数相乘：{a} × {b} = {a * b:g}。", f"指数相加：{m} + ({n}) = {m + n}。", f"结果写成 {ps} × 10^{e}。"]
    alts = [f"{ps} \\times 10^{{{e}}}", f"{ps}e{e}", f"{ps} × 10^{e}"]
    return {"dataset": "math_like", "q": {"en": f"Compute $({a} \\times 10^{{{m}}})({b} \\times 10^{{{n}}})$ and write the result in scientific notation.", "zh": f"计算 $({a} \\times 10^{{{m}}}) \\times ({b} \\times 10^{{{n}}})$，用科学计数法表示。"},
            "restate": {"en": "Product of two numbers in scientific notation.", "zh": "科学计数法乘法。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Order of magnitude: roughly 10^{m} · 10^{n} · {a * b:g} — consistent with {ps} × 10^{e}.", "zh": "数量级检查一致。"},
            "ans": alts, "ref": f"{ps} \\times 10^{{{e}}}",
            "wrong": [{"tag": "scale", "val": f"{ps} \\times 10^{{{e - 1 if a * b >= 10 else e + 1}}}", "why_en": "the exponent is off by one."},
                      {"tag": "sign", "val": f"{ps} \\times 10^{{{-e}}}" if e != 0 else f"{ps} \\times 10^{{1}}"}],
            "other_part": None}


def system(rng):
    x, y = rng.randint(-6, 7), rng.randint(-6, 7)
    while x == y:
        y += 1
    a, b, c, d = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), -rng.randint(1, 4)
    if a * d - b * c == 0:
        d -= 1
    e, f = a * x + b * y, c * x + d * y
    en = [f"Equations: ${a}x + {b}y = {e}$ and ${c}x {'-' if d < 0 else '+'} {abs(d)}y = {f}$.",
          f"Multiply the first by {c} and the second by {a}: ${a * c}x + {b * c}y = {e * c}$, ${a * c}x {'-' if d < 0 else '+'} {abs(a * d)}y = {f * a}$.",
          f"Subtract: ${b * c - a * d}y = {e * c - f * a}$, so $y = {y}$.",
          f"Back-substitute: ${a}x = {e} - {b}({y}) = {e - b * y}$, so $x = {x}$.",
          f"The intersection point is $({x}, {y})$."]
    zh = [f"由消元法：${b * c - a * d}y = {e * c - f * a}$，得 $y = {y}$。", f"代回第一个方程：${a}x = {e - b * y}$，得 $x = {x}$。", f"交点为 $({x}, {y})$。"]
    return {"dataset": "math_like", "q": {"en": f"Find the point of intersection of the lines ${a}x + {b}y = {e}$ and ${c}x {'-' if d < 0 else '+'} {abs(d)}y = {f}$. Enter your answer as an ordered pair.", "zh": f"求直线 ${a}x + {b}y = {e}$ 与 ${c}x {'-' if d < 0 else '+'} {abs(d)}y = {f}$ 的交点坐标。"},
            "restate": {"en": "Solve the 2×2 linear system.", "zh": "解二元一次方程组。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Check: {a}({x}) + {b}({y}) = {e} ✓ and {c}({x}) + ({d})({y}) = {f} ✓.", "zh": f"代入检验两式均成立。"},
            "ans": [f"({x}, {y})", f"x = {x}, y = {y}", f"({x},{y})"], "ref": rng.choice([f"({x}, {y})", f"({x},{y})"]),
            "wrong": [{"tag": "order", "val": f"({y}, {x})", "why_en": "I swapped x and y."}],
            "other_part": f"{y}" if y != x else None, "other_steps": {"en": en[:3], "zh": zh[:1]}}


def modpow(rng):
    a = rng.choice([3, 7, 11, 13, 17, 19])
    k = rng.randint(20, 90)
    M = 1000
    r = pow(a, k, M)
    # repeated squaring trace
    bits = bin(k)[2:]
    sq = [a % M]
    for _ in range(len(bits) - 1):
        sq.append(sq[-1] * sq[-1] % M)
    used = [i for i, bt in enumerate(reversed(bits)) if bt == "1"]
    en = [f"Write {k} in binary: {bits}, i.e. {k} = " + " + ".join(str(2 ** i) for i in reversed(used)) + ".",
          "Successive squares mod 1000: " + ", ".join(f"{a}^{{{2 ** i}}} ≡ {sq[i]}" for i in range(len(sq))) + ".",
          f"Multiply the needed ones: " + " · ".join(str(sq[i]) for i in reversed(used)) + f" ≡ {r} (mod 1000).",
          f"So the remainder is {r}."]
    zh = [f"{k} 的二进制为 {bits}。", "逐次平方取模：" + "，".join(f"{a}^{{{2 ** i}}} ≡ {sq[i]}" for i in range(len(sq))) + "。",
          f"相乘取模得 {r}。"]
    wr = pow(a, k - 1, M)
    return {"dataset": "aime_like", "q": {"en": f"Find the remainder when ${a}^{{{k}}}$ is divided by $1000$.", "zh": f"求 ${a}^{{{k}}}$ 除以 $1000$ 的余数。"},
            "restate": {"en": f"We want {a}^{k} mod 1000.", "zh": f"即求 {a}^{k} mod 1000。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Cross-check mod 8 and mod 125 separately (CRT): {a}^{k} mod 8 = {pow(a, k, 8)} and {r} mod 8 = {r % 8}; {a}^{k} mod 125 = {pow(a, k, 125)} and {r} mod 125 = {r % 125}. ✓", "zh": f"用中国剩余定理检验：模8余{r % 8}，模125余{r % 125}，一致。"},
            "ans": [str(r), f"{r:03d}", f"\\boxed{{{r}}}" if False else str(r)], "ref": str(r) if rng.random() < 0.7 else f"{r:03d}",
            "wrong": [{"tag": "off_by_one_exponent", "val": str(wr) if wr != r else str((r + 1) % 1000)},
                      {"tag": "scale", "val": str(pow(a, k, 100)) if pow(a, k, 100) != r else str(r + 10)}],
            "other_part": None}


def divisors(rng):
    ps = rng.sample([2, 3, 5, 7, 11], 3)
    es = [rng.randint(1, 4) for _ in range(3)]
    N = 1
    for p, e in zip(ps, es):
        N *= p ** e
    cnt = 1
    for e in es:
        cnt *= e + 1
    fact = " \\cdot ".join(f"{p}^{{{e}}}" for p, e in zip(ps, es))
    en = [f"Factor: ${N} = {fact}$.", f"Number of divisors = " + " × ".join(f"({e} + 1)" for e in es) + f" = {cnt}."]
    zh = [f"分解质因数：${N} = {fact}$。", "约数个数 = " + " × ".join(f"({e}+1)" for e in es) + f" = {cnt}。"]
    wr = 1
    for e in es:
        wr *= e
    return {"dataset": "aime_like", "q": {"en": f"How many positive divisors does ${N}$ have?", "zh": f"${N}$ 有多少个正约数？"},
            "restate": {"en": f"Count the positive divisors of {N}.", "zh": f"求 {N} 的正约数个数。"},
            "steps": {"en": en + [f"Hence {N} has {cnt} positive divisors."], "zh": zh},
            "verify": {"en": f"Each divisor is " + " · ".join(f"{p}^a" for p in ps) + " with exponents independently chosen, which is exactly the product above.", "zh": "每个质因子的指数独立选取，故为乘积。"},
            "ans": [str(cnt), f"{cnt} divisors"], "ref": str(cnt),
            "wrong": [{"tag": "forgot_plus_one", "val": str(wr) if wr != cnt else str(cnt - 1), "why_en": "each exponent can also be 0."},
                      {"tag": "proper_only", "val": str(cnt - 1)}],
            "other_part": None}


def sector(rng):
    r = rng.choice([3, 4, 5, 6, 8, 9, 10, 12])
    th = rng.choice([30, 45, 60, 72, 90, 120, 135, 150, 240])
    A = Fraction(th, 360) * r * r
    L = Fraction(th, 360) * 2 * r
    def pis(f):
        if f.denominator == 1:
            return f"{f.numerator}\\pi"
        return f"\\frac{{{f.numerator}\\pi}}{{{f.denominator}}}"
    en = [f"Sector area = $\\frac{{\\theta}}{{360^\\circ}} \\pi r^2 = \\frac{{{th}}}{{360}} \\cdot \\pi \\cdot {r}^2$.",
          f"$\\frac{{{th}}}{{360}} = {fr(Fraction(th, 360))}$ and $r^2 = {r * r}$, so the area is ${pis(A)}$."]
    zh = [f"扇形面积 $= \\frac{{{th}}}{{360}} \\pi \\cdot {r}^2$。", f"计算得 ${pis(A)}$。"]
    approx = f"{float(A) * math.pi:.2f}"
    return {"dataset": "math_like", "q": {"en": f"A sector of a circle has radius ${r}$ and central angle ${th}^\\circ$. Find its area in terms of $\\pi$.", "zh": f"扇形半径为 ${r}$，圆心角为 ${th}^\\circ$，求扇形面积（用 $\\pi$ 表示）。"},
            "restate": {"en": "Area of a sector, exact in π.", "zh": "求扇形面积。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"Numerically ≈ {approx}, which is {th}/360 of the full disc area {r * r}π ≈ {r * r * math.pi:.2f}. ✓", "zh": f"数值约 {approx}。"},
            "ans": [pis(A), pis(A).replace("\\pi", "π"), pis(A).replace("\\frac", "\\dfrac")],
            "ref": pis(A),
            "wrong": [{"tag": "arc_length_instead", "val": pis(L) if L != A else pis(A * 2), "why_en": "that was the arc length."},
                      {"tag": "scale", "val": pis(A * 4)}],
            "other_part": pis(L) if L != A else None}


def plain(f):
    return f"{f.numerator}/{f.denominator}" if f.denominator > 1 else str(f.numerator)


def dist(rng):
    while True:
        x1, y1, x2, y2 = [rng.randint(-7, 7) for _ in range(4)]
        D = (x2 - x1) ** 2 + (y2 - y1) ** 2
        a, b = sqrt_simplify(D)
        if D and b > 1 and a > 1:
            break
    en = [f"$d = \\sqrt{{({x2} - ({x1}))^2 + ({y2} - ({y1}))^2}} = \\sqrt{{{(x2 - x1) ** 2} + {(y2 - y1) ** 2}}} = \\sqrt{{{D}}}$.",
          f"Since ${D} = {a * a} \\cdot {b}$, $\\sqrt{{{D}}} = {rad(a, b)}$."]
    zh = [f"$d = \\sqrt{{{(x2 - x1) ** 2} + {(y2 - y1) ** 2}}} = \\sqrt{{{D}}}$。", f"化简得 ${rad(a, b)}$。"]
    return {"dataset": "math_like", "q": {"en": f"What is the distance between $({x1}, {y1})$ and $({x2}, {y2})$? Express your answer in simplest radical form.", "zh": f"求点 $({x1}, {y1})$ 与 $({x2}, {y2})$ 之间的距离（化为最简根式）。"},
            "restate": {"en": "Distance between two points.", "zh": "两点间距离。"},
            "steps": {"en": en, "zh": zh},
            "verify": {"en": f"≈ {math.sqrt(D):.4f}; and {a}·√{b} ≈ {a * math.sqrt(b):.4f}. ✓", "zh": f"数值约 {math.sqrt(D):.4f}。"},
            "ans": [rad(a, b), f"{a}√{b}", f"{a}\\sqrt {b}"], "ref": rad(a, b),
            "wrong": [{"tag": "forgot_sqrt", "val": str(D), "why_en": "forgot the square root."}, {"tag": "radicand", "val": rad(b, a) if a != b else rad(a, b + 1)}],
            "other_part": None}


FAMILIES = [matrix, cross, sci, system, modpow, divisors, sector, dist]
