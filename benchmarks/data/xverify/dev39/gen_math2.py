"""Math cases, part 2: intervals, root lists/sets, matrices, Chinese numerals."""
from common import pad, make, zh_num, scaled_str, commas, ZH_NAMES


def _interval(lo, hi, lc, rc, style):
    if style == "interval":
        return f"{'[' if lc else '('}{lo}, {hi}{']' if rc else ')'}"
    le1, le2 = ("\\le" if lc else "<"), ("\\le" if rc else "<")
    if style == "ineq":
        return f"{lo} {le1} x {le2} {hi}"
    if style == "setb":
        return f"\\{{x \\mid {lo} {le1} x {le2} {hi}\\}}"
    u1, u2 = ("≤" if lc else "<"), ("≤" if rc else "<")
    return f"{lo} {u1} x {u2} {hi}"


def interval(rng, ok, lang):
    kind = rng.choice(["quad", "compound"])
    if kind == "quad":
        a = rng.randint(-6, 3)
        b = a + rng.randint(2, 7)
        s, p = a + b, a * b
        q_ineq = _poly_tex(_expand([a, b])).replace("= 0", "\\le 0")
        lo, hi, lc, rc = a, b, True, True
        steps = (f"Factor: (x - ({a}))(x - ({b})) ≤ 0. The roots are {a} and {b}. The parabola opens upward, "
                 f"so the expression is non-positive between the roots, including the roots themselves.")
        zsteps = f"因式分解：(x - ({a}))(x - ({b})) ≤ 0，两根为 {a} 和 {b}。抛物线开口向上，所以在两根之间（含两根）取值非正。"
    else:
        m = rng.choice([2, 3])
        c = rng.randint(-5, 5)
        lo, hi = rng.randint(-4, 1), rng.randint(2, 7)
        L, R = m * lo + c, m * hi + c
        lc, rc = rng.choice([(False, True), (True, False)])
        o1, o2 = ("\\le" if lc else "<"), ("\\le" if rc else "<")
        q_ineq = f"{L} {o1} {m}x {'+' if c >= 0 else '-'} {abs(c)} {o2} {R}"
        op = f"Subtract {c} from" if c >= 0 else f"Add {-c} to"
        steps = (f"{op} all parts: {L - c} {o1} {m}x {o2} {R - c}. Divide by {m} (positive, so the "
                 f"inequality signs keep their direction): {lo} {o1} x {o2} {hi}.")
        zop = f"各部分减去 {c}" if c >= 0 else f"各部分加上 {-c}"
        zsteps = f"{zop}：{L - c} {o1} {m}x {o2} {R - c}。再除以 {m}（正数，不等号方向不变）：{lo} {o1} x {o2} {hi}。"
    rstyle = rng.choice(["interval", "setb", "ineq"])
    ostyle = rng.choice([s for s in ["interval", "setb", "uni"] if s != rstyle])
    ref = _interval(lo, hi, lc, rc, rstyle)
    if ok:
        g = (lo, hi, lc, rc)
        trap = f"interval_{rstyle}_vs_{ostyle}"
    else:
        if rng.random() < 0.5:
            g = (lo, hi, not lc, rc) if kind == "quad" else (lo, hi, not lc, not rc)
            trap = "interval_endpoint_inclusion_miss"
        else:
            g = (lo, hi + 1, lc, rc)
            trap = "interval_endpoint_value_miss"
    shown = _interval(*g, ostyle)
    if ostyle != "uni":
        shown = f"${shown}$"
    if lang == "en":
        q = f"Solve the inequality ${q_ineq}$."
        body = f"{steps}\n\nSo the solution set consists of all x with {_interval(*g, 'uni')}."
        final = f"**Solution:** {shown}"
    else:
        q = f"解不等式 ${q_ineq}$。"
        body = f"{zsteps}\n\n所以解集为所有满足 {_interval(*g, 'uni')} 的 x。"
        final = f"**解集：** {shown}"
    return make("math_like", "math", q, pad(rng, lang, body, final), ref, ok, lang, trap)


def _expand(roots):
    coeffs = [1]
    for r in roots:
        nxt = coeffs + [0]
        for i, c in enumerate(coeffs):
            nxt[i + 1] -= r * c
        coeffs = nxt
    return coeffs


def _poly_tex(coeffs):
    deg = len(coeffs) - 1
    s = ""
    for i, c in enumerate(coeffs):
        p = deg - i
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        a = abs(c)
        mon = "" if p == 0 else ("x" if p == 1 else f"x^{p}")
        coef = str(a) if (a != 1 or p == 0) else ""
        s += (f" {sign} " if s else ("-" if c < 0 else "")) + coef + mon
    return s + " = 0"


def roots(rng, ok, lang):
    n = rng.choice([2, 3, 3])
    rs = sorted(rng.sample([v for v in range(-7, 10) if v != 0], n))
    q_poly = _poly_tex(_expand(rs))
    rstyle = rng.choice(["list", "set", "xeq"])
    ostyle = rng.choice([s for s in ["list", "set", "xeq", "or"] if s != rstyle])
    if ok:
        g = rs
        trap = f"roots_{rstyle}_vs_{ostyle}"
    else:
        i = rng.randrange(n)
        g = list(rs)
        if -g[i] not in g:
            g[i] = -g[i]
            trap = "roots_sign_miss"
        else:
            g[i] = g[i] + 1 if g[i] + 1 not in g and g[i] + 1 != 0 else g[i] + 11
            trap = "roots_value_miss"
        g = sorted(g)

    def fmt(v, st):
        if st == "list":
            return ", ".join(map(str, v))
        if st == "set":
            return "\\{" + ", ".join(map(str, v)) + "\\}"
        if st == "xeq":
            return ", ".join(f"x={t}" for t in v)
        return ", ".join(f"x = {t}" for t in v[:-1]) + f" or x = {v[-1]}"
    ref = fmt(rs, rstyle)
    shown = fmt(g, ostyle)
    fac = "".join(f"(x {'-' if t >= 0 else '+'} {abs(t)})" for t in g)
    if lang == "en":
        q = f"Find all real solutions of ${q_poly}$."
        body = ("Try the rational root theorem: candidates are divisors of the constant term.\n\n"
                + "\n".join(f"Test x = {t}: substituting gives 0, so x = {t} is a root." for t in g)
                + f"\n\nSo the polynomial factors as {fac}, and these are all the roots.")
        final = f"The solutions are {shown}."
    else:
        q = f"求方程 ${q_poly}$ 的所有实数解。"
        body = ("用有理根定理，候选根是常数项的因数。\n\n"
                + "\n".join(f"代入 x = {t}，结果为 0，所以 x = {t} 是根。" for t in g)
                + f"\n\n因此多项式可分解为 {fac}，这些就是全部实根。")
        final = f"方程的解为 {shown}。"
    return make("math_like", "math", q, pad(rng, lang, body, final), ref, ok, lang, trap)


def _mat(m, st):
    if st == "list":
        return "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in m) + "]"
    rows = " \\\\ ".join(" & ".join(map(str, r)) for r in m)
    return f"\\begin{{{st}}} {rows} \\end{{{st}}}"


def matrix(rng, ok, lang):
    A = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    rstyle = rng.choice(["pmatrix", "bmatrix"])
    ostyle = rng.choice([s for s in ["pmatrix", "bmatrix", "list"] if s != rstyle])
    ref = _mat(C, rstyle)
    if rng.random() < 0.3:
        ref = f"$${ref}$$"
    G = [row[:] for row in C]
    trap = f"matrix_{rstyle}_vs_{ostyle}"
    if not ok:
        i, j = rng.randrange(2), rng.randrange(2)
        G[i][j] += rng.choice([-1, 1])
        trap = "matrix_one_entry_miss"
    shown = _mat(G, ostyle)
    if ostyle != "list":
        shown = f"$${shown}$$"
    calc = "\n".join(
        f"Entry ({i + 1},{j + 1}): {A[i][0]}·{B[0][j]} + {A[i][1]}·{B[1][j]} = {G[i][j]}"
        for i in range(2) for j in range(2))
    if lang == "en":
        q = f"Compute the product $AB$ where $A = {_mat(A, 'pmatrix')}$ and $B = {_mat(B, 'pmatrix')}$."
        body = f"Multiply row i of A by column j of B.\n\n{calc}"
        final = f"Therefore\n\nAB = {shown}"
    else:
        q = f"计算矩阵乘积 $AB$，其中 $A = {_mat(A, 'pmatrix')}$，$B = {_mat(B, 'pmatrix')}$。"
        body = "用 A 的第 i 行乘 B 的第 j 列。\n\n" + calc.replace("Entry", "元素")
        final = f"所以\n\nAB = {shown}"
    return make("math_like", "math", q, pad(rng, lang, body, final), ref, ok, lang, trap)


def zh_number(rng, ok, lang):
    kind = rng.choice(["yi", "wan", "plain", "plain_rev"])
    who = rng.choice(ZH_NAMES)
    if kind == "yi":
        while True:
            m = rng.randint(11, 98)
            ps = [p for p in (200, 250, 400, 500, 800, 1000, 1200, 1500, 2000) if (m * 1000) % p == 0]
            if ps and m % 10:
                break
        p = rng.choice(ps)
        n = m * 1000 // p
        total = n * 10000 * p
        ref = f"{scaled_str(m, 1)}亿" + rng.choice(["", "元"])
        wrong = total // 10 if rng.random() < 0.5 else (m + 1) * 10 ** 7
        q = f"某景区去年共接待游客{n}万人次，人均消费{p}元。该景区去年旅游总收入是多少元？"
        steps = f"总收入 = 人次 × 人均消费 = {n}万 × {p} = {n * p}万元。"
        unit = "元"
        trap = "chinese_yi_ref_vs_digits"
    elif kind == "wan":
        m = rng.randint(11, 99)
        if m % 10 == 0:
            m += 1
        total = m * 1000
        per = rng.choice([4, 5, 8, 10, 20, 25])
        boxes = total // per if total % per == 0 else None
        while boxes is None:
            per = rng.choice([4, 5, 8, 10])
            boxes = total // per if total % per == 0 else None
        ref = f"{scaled_str(m, 1)}万"
        wrong = total + 10 * per if rng.random() < 0.5 else total * 10
        q = f"一个工厂把零件装箱，每箱{per}个，共装了{boxes}箱。一共有多少个零件？"
        steps = f"零件总数 = 每箱个数 × 箱数 = {per} × {boxes}。"
        unit = "个"
        trap = "chinese_wan_ref_vs_digits"
    else:
        while True:
            per, boxes = rng.randint(12, 60), rng.randint(15, 90)
            total = per * boxes
            if 1000 < total < 10000:
                break
        q = f"{who}所在的学校每个班有{per}名学生，共有{boxes}个班。全校一共有多少名学生？"
        steps = f"学生总数 = 每班人数 × 班数 = {per} × {boxes}。"
        unit = "名"
        wrong = total - per if rng.random() < 0.5 else total + per
        ref = zh_num(total) if kind == "plain" else str(total)
        trap = "chinese_numeral_ref_vs_digits" if kind == "plain" else "digit_ref_vs_chinese_numeral_out"
    got = total if ok else wrong
    if kind == "plain_rev":
        shown = zh_num(got) + unit
    else:
        shown = rng.choice([str(got), commas(got)]) + (unit if rng.random() < 0.5 else "")
    body = f"{steps}\n\n计算：结果为 {commas(got)}。\n\n核对单位：题目问的是总数，单位是{unit}。"
    final = rng.choice([f"**答案：{shown}**", f"最终答案：{shown}", f"所以答案是 {shown}。"])
    return make("gsm8k_like", "math", q, pad(rng, "zh", body, final), ref, ok, "zh", trap)


FAMILIES = [(interval, 20, 3), (roots, 20, 3), (matrix, 16, 2), (zh_number, 12, 12)]


def build(rng):
    out = []
    for fn, n, nzh in FAMILIES:
        for i in range(n):
            out.append(fn(rng, i % 2 == 0, "zh" if i < nzh else "en"))
    return out
