"""Family D: structures -- a scalar times a matrix, matrices as nested lists,
vectors in unit-vector notation -- against a matrix / tuple reference."""
from common import paren, think, EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab


def pm(M, env="pmatrix"):
    return "\\begin{%s}%s\\end{%s}" % (env, " \\\\ ".join(" & ".join(str(x) for x in row) for row in M), env)


def nested(M, style):
    if style == 0:
        return "[" + ", ".join("[" + ", ".join(str(x) for x in r) + "]" for r in M) + "]"
    if style == 1:
        return "[" + ",".join("[" + ",".join(str(x) for x in r) + "]" for r in M) + "]"
    if style == 2:
        return "[" + "; ".join(" ".join(str(x) for x in r) for r in M) + "]"
    return "Matrix([" + ", ".join("[" + ", ".join(str(x) for x in r) + "]" for r in M) + "])"


def madd(A, B, s=1):
    return [[a + s * b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]


def mmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]


def scalar_matrix(rng, lang, correct, err, k):
    cols = 2 if k % 3 else 3
    while True:
        N = [[rng.randint(-4, 6) for _ in range(cols)] for _ in range(2)]
        flat = [x for r in N for x in r]
        if any(x == 0 for x in flat) and len(set(flat)) > 2 and any(x not in (0,) for x in flat):
            from math import gcd
            g0 = 0
            for x in flat:
                g0 = gcd(g0, x)
            if g0 == 1:
                break
    g = rng.choice([2, 3, 4, 5])
    M = [[g * x for x in r] for r in N]
    A = [[rng.randint(-9, 12) for _ in range(cols)] for _ in range(2)]
    B = madd(M, A, -1)
    env = rng.choice(["pmatrix", "bmatrix"])
    ref = pm(M, env)
    op = rng.choice(["A + B", "B + A"])
    if lang == "zh":
        q = "已知 $A = %s$，$B = %s$，求 $%s$。" % (pm(A), pm(B), op)
    else:
        q = rng.choice(["Let $A = %s$ and $B = %s$. Compute $%s$.", "Given $A = %s$ and $B = %s$, find the matrix $%s$."]) % (pm(A), pm(B), op)
    MN = [r[:] for r in N]
    if not correct:
        i, j = rng.randrange(2), rng.randrange(cols)
        MN[i][j] += rng.choice([1, -1])
    entries = "; ".join("$%d + %s = %d$" % (A[i][j], paren(B[i][j]), M[i][j]) for i in range(2) for j in range(cols))
    fac = "%d%s" % (g, pm(MN))
    if lang == "zh":
        L = [rng.choice(ZH_OPEN), "矩阵加法按对应元素相加：", entries + "。", "所以 $%s = %s$。" % (op, pm(M)) if correct else "",
             "每个元素都是 %d 的倍数，提取公因数 %d：" % (g, g), rng.choice(["答案：$%s$", "**答案：** $%s$"]) % fac]
    else:
        L = [rng.choice(EN_OPEN), "Matrix addition is entrywise:", entries,
             ("So $%s = %s$." % (op, pm(M))) if correct else "",
             "Every entry is a multiple of %d, so it is neater to factor it out:" % g,
             "$$%s = %s$$" % (op, fac), rng.choice(["**Answer:** $%s$", "So the answer is $%s$.", "Final answer: $%s$"]) % fac]
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN) if lang == "en" else "矩阵加法。", "Entrywise sum, then factor out %d." % g if lang == "en" else "逐个元素相加。"]) + body
    return q, body, ref


def nested_lists(rng, lang, correct, err, k):
    while True:
        A = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
        B = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
        P, Q = mmul(A, B), mmul(B, A)
        T = [[P[j][i] for j in range(2)] for i in range(2)]
        if P != Q and P != T and all(abs(x) < 40 for r in P for x in r):
            break
    ref = pm(P, rng.choice(["pmatrix", "bmatrix"]))
    if lang == "zh":
        q = "设 $A = %s$，$B = %s$，求 $AB$。" % (pm(A), pm(B))
    else:
        q = rng.choice(["Compute the product $AB$ where $A = %s$ and $B = %s$.", "If $A = %s$ and $B = %s$, what is $AB$?"]) % (pm(A), pm(B))
    if correct or err == "transpose":
        R = P
    else:
        R = Q  # multiplied in the wrong order
    X, Y = (A, B) if R is P else (B, A)
    lines = ["- entry (%d,%d): $%s\\cdot %s + %s\\cdot %s = %d$" % (i + 1, j + 1, paren(X[i][0]), paren(Y[0][j]), paren(X[i][1]), paren(Y[1][j]), R[i][j]) for i in range(2) for j in range(2)]
    final = R if (correct or err != "transpose") else [[R[j][i] for j in range(2)] for i in range(2)]
    out = nested(final, (k // 2) % 4)
    if lang == "zh":
        L = [rng.choice(ZH_OPEN), "按“行乘列”计算每个元素：", "\n".join(lines).replace("entry", "元素")]
        if not correct and err == "transpose":
            L.append("按列写出结果：")
        L.append(rng.choice(["答案：%s", "**答案：** %s"]) % out)
    else:
        L = [rng.choice(EN_OPEN), "Each entry of the product is a row of the first matrix times a column of the second." if R is P else
             "Each entry is a row of $B$ times a column of $A$.", "\n".join(lines)]
        if not correct and err == "transpose":
            L.append("Writing the result column by column as a list:")
        else:
            L.append("Writing the result as a list of rows:")
        L.append(rng.choice(["**Answer:** `%s`", "So $AB$ = %s.", "Final answer: %s"]) % out)
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "2x2 product; row times column." if lang == "en" else "二阶矩阵乘法。"]) + body
    return q, body, ref


def uvec(comps, style):
    names = [["\\mathbf{i}", "\\mathbf{j}", "\\mathbf{k}"], ["\\hat{i}", "\\hat{j}", "\\hat{k}"], ["\\vec{i}", "\\vec{j}", "\\vec{k}"], ["i", "j", "k"]][style]
    out = ""
    for c, n in zip(comps, names):
        if c == 0:
            continue
        mag = "" if abs(c) == 1 else str(abs(c))
        if not out:
            out = ("-" if c < 0 else "") + mag + n
        else:
            out += (" - " if c < 0 else " + ") + mag + n
    return out or "\\mathbf{0}"


def unit_vectors(rng, lang, correct, err, k):
    kind = (k // 2) % 2
    st = (k // 4 + k) % 4
    if kind == 0:
        while True:
            u = [rng.randint(-3, 4) for _ in range(3)]
            v = [rng.randint(-3, 4) for _ in range(3)]
            c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
            if c[1] != 0 and (c[0] == 0 or c[2] == 0) and any(c) and c.count(0) == 1:
                break
        ref = rng.choice(["(%d, %d, %d)", "\\langle %d, %d, %d \\rangle", "\\begin{pmatrix} %d \\\\ %d \\\\ %d \\end{pmatrix}"]) % tuple(c)
        mc = c if correct else [c[0], -c[1], c[2]]
        j_expr = "(%d)(%d) - (%d)(%d)" % (u[0], v[2], u[2], v[0]) if correct else "(%d)(%d) - (%d)(%d)" % (u[0], v[2], u[2], v[0])
        if lang == "zh":
            q = "求向量 $\\mathbf{u} = (%d, %d, %d)$ 与 $\\mathbf{v} = (%d, %d, %d)$ 的叉积 $\\mathbf{u}\\times\\mathbf{v}$。" % tuple(u + v)
        else:
            q = rng.choice(["Find $\\mathbf{u} \\times \\mathbf{v}$ for $\\mathbf{u} = (%d, %d, %d)$ and $\\mathbf{v} = (%d, %d, %d)$.",
                            "Compute the cross product of $\\langle %d, %d, %d \\rangle$ and $\\langle %d, %d, %d \\rangle$."]) % tuple(u + v)
        det = ("$$\\mathbf{u}\\times\\mathbf{v} = \\begin{vmatrix} \\mathbf{i} & \\mathbf{j} & \\mathbf{k} \\\\ %d & %d & %d \\\\ %d & %d & %d \\end{vmatrix}$$" % tuple(u + v))
        comp = ["- $\\mathbf{i}$: $(%d)(%d) - (%d)(%d) = %d$" % (u[1], v[2], u[2], v[1], c[0]),
                ("- $\\mathbf{j}$: $-\\big[(%d)(%d) - (%d)(%d)\\big] = %d$" % (u[0], v[2], u[2], v[0], c[1])) if correct else
                ("- $\\mathbf{j}$: $%s = %d$" % (j_expr, mc[1])),
                "- $\\mathbf{k}$: $(%d)(%d) - (%d)(%d) = %d$" % (u[0], v[1], u[1], v[0], c[2])]
        L = [rng.choice(ZH_OPEN if lang == "zh" else EN_OPEN), ("用行列式展开：" if lang == "zh" else "Expand the determinant along the first row:"), det, "\n".join(comp)]
        out = uvec(mc, st)
    else:
        while True:
            A = [rng.randint(-5, 6) for _ in range(2)]
            Bp = [rng.randint(-5, 6) for _ in range(2)]
            d = [Bp[0] - A[0], Bp[1] - A[1]]
            if all(d) and (abs(d[0]) == 1 or abs(d[1]) == 1):
                break
        ref = rng.choice(["(%d, %d)", "\\langle %d, %d \\rangle"]) % tuple(d)
        md = d if correct else [-d[0], -d[1]]
        if lang == "zh":
            q = "已知点 $A(%d, %d)$，$B(%d, %d)$，求向量 $\\overrightarrow{AB}$ 的坐标。" % tuple(A + Bp)
        else:
            q = "Given the points $A(%d, %d)$ and $B(%d, %d)$, find the vector $\\overrightarrow{AB}$." % tuple(A + Bp)
        P1, P2 = (Bp, A) if correct else (A, Bp)
        L = [rng.choice(ZH_OPEN if lang == "zh" else EN_OPEN),
             ("向量坐标等于终点减起点：" if lang == "zh" else "Subtract the coordinates:") + " $(%d - (%d),\\ %d - (%d)) = (%d, %d)$." % (P1[0], P2[0], P1[1], P2[1], md[0], md[1])]
        out = uvec(md + [0], st)
    fin = (rng.choice(["答案：$%s$", "**答案：** $%s$"]) if lang == "zh" else rng.choice(["**Answer:** $%s$", "So the result is $%s$.", "Final answer: $%s$"])) % out
    if st == 3:
        fin = fin.replace("$", "")
    body = "\n\n".join(x for x in L + [fin] if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "I'll write the result in i, j, k form."]) + body
    return q, body, ref


def build(B, rng):
    specs = [(scalar_matrix, "scalar_times_matrix", 8, 2, ["entry"]),
             (nested_lists, "nested_list_matrix", 8, 0, ["transpose", "order"]),
             (unit_vectors, "unit_vector_notation", 8, 2, ["jsign"])]
    for fn, sub, n, zh, errs in specs:
        for i, (lang, correct, err) in enumerate(balanced(n, zh, errs)):
            q, out, ref = fn(rng, lang, correct, err, i)
            B.add("D_structures", sub, "cmath_like" if lang == "zh" else "math_like", "math", lang, q, out, ref, lab(correct))
