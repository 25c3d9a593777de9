"""Structured families: matrices, vectors, complex numbers, text answers, pairs, sets, wrappers."""
from math import gcd
from common import T, inst, sgn

C, I = "Correct", "Incorrect"


def mat_tex(M, env="pmatrix"):
    rows = " \\\\ ".join(" & ".join(str(x) for x in r) for r in M)
    if env == "array":
        return "\\left(\\begin{array}{cc} %s \\end{array}\\right)" % rows
    return "\\begin{%s} %s \\end{%s}" % (env, rows, env)


def matmul(rng):
    while True:
        A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        P = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        Q = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        if P[0][1] != P[1][0] and P != Q:
            break
    Pt = [[P[0][0], P[1][0]], [P[0][1], P[1][1]]]
    Pw = [row[:] for row in P]
    Pw[1][1] += 1

    def steps(lang):
        out = []
        for i in range(2):
            for j in range(2):
                terms = " + ".join("(%d)(%d)" % (A[i][k], B[k][j]) for k in range(2))
                out.append(T(lang, "Entry $(%d,%d)$: $%s = %d$." % (i + 1, j + 1, terms, P[i][j]),
                             "第 $(%d,%d)$ 个元素：$%s = %d$。" % (i + 1, j + 1, terms, P[i][j])))
        return out
    v = [(mat_tex(P, "bmatrix"), C, "bmatrix_vs_pmatrix"), (mat_tex(P, "array"), C, "array_matrix"),
         ("\\left[\\begin{matrix} %s \\end{matrix}\\right]" % " \\\\ ".join(" & ".join(str(x) for x in r) for r in P), C, "left_right_matrix"),
         (mat_tex(Pt), I, "transposed_matrix"), (mat_tex(Q), I, "product_order_reversed"), (mat_tex(Pw), I, "one_entry_wrong")]
    return inst("math_like", "Compute $AB$ where $A = %s$ and $B = %s$." % (mat_tex(A), mat_tex(B)),
                "计算 $AB$，其中 $A = %s$，$B = %s$。" % (mat_tex(A), mat_tex(B)), steps, mat_tex(P), v)


def cross(rng):
    while True:
        u = [rng.randint(-4, 4) for _ in range(3)]
        w = [rng.randint(-4, 4) for _ in range(3)]
        c = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]]
        if all(c) and len(set(c)) == 3 and len(set(abs(x) for x in c)) == 3:
            break
    col = "\\begin{pmatrix} %d \\\\ %d \\\\ %d \\end{pmatrix}"

    def steps(lang):
        return [T(lang, "First component: $(%d)(%d) - (%d)(%d) = %d$." % (u[1], w[2], u[2], w[1], c[0]), "第一分量：$(%d)(%d) - (%d)(%d) = %d$。" % (u[1], w[2], u[2], w[1], c[0])),
                T(lang, "Second component: $(%d)(%d) - (%d)(%d) = %d$." % (u[2], w[0], u[0], w[2], c[1]), "第二分量：$(%d)(%d) - (%d)(%d) = %d$。" % (u[2], w[0], u[0], w[2], c[1])),
                T(lang, "Third component: $(%d)(%d) - (%d)(%d) = %d$." % (u[0], w[1], u[1], w[0], c[2]), "第三分量：$(%d)(%d) - (%d)(%d) = %d$。" % (u[0], w[1], u[1], w[0], c[2]))]
    ijk = "%d\\mathbf{i} %s\\mathbf{j} %s\\mathbf{k}" % (c[0], sgn(c[1])[1:].replace(" ", " ", 1), sgn(c[2])[1:])
    v = [("(%d, %d, %d)" % tuple(c), C, "tuple_vs_column"), ("\\langle %d, %d, %d \\rangle" % tuple(c), C, "angle_bracket_vector"),
         (ijk, C, "ijk_form"), ("\\left[ %d, %d, %d \\right]^T" % tuple(c), C, "transposed_row_vector"),
         (col % tuple(-x for x in c), I, "anticommuted_sign"), ("(%d, %d, %d)" % (c[1], c[0], c[2]), I, "components_permuted")]
    return inst("math_like",
                "Compute $\\mathbf{u} \\times \\mathbf{v}$ for $\\mathbf{u} = %s$ and $\\mathbf{v} = %s$." % (col % tuple(u), col % tuple(w)),
                "计算 $\\mathbf{u} \\times \\mathbf{v}$，其中 $\\mathbf{u} = %s$，$\\mathbf{v} = %s$。" % (col % tuple(u), col % tuple(w)),
                steps, col % tuple(c), v)


def cplx(p, q, unit="i"):
    if q == 0:
        return str(p)
    qs = ("" if abs(q) == 1 else str(abs(q))) + unit
    return "%d %s %s" % (p, "+" if q > 0 else "-", qs) if p else ("-" if q < 0 else "") + qs


def complex_mul(rng):
    while True:
        a, b, c, d = [rng.choice([x for x in range(-5, 6) if x]) for _ in range(4)]
        p, q = a * c - b * d, a * d + b * c
        if p and q and abs(p) != abs(q):
            break

    def steps(lang):
        return [T(lang, "Expand $(%s)(%s) = %d%si%si^2$." % (cplx(a, b), cplx(c, d), a * c, sgn(a * d + b * c), sgn(b * d)),
                  "展开 $(%s)(%s) = %d%si%si^2$。" % (cplx(a, b), cplx(c, d), a * c, sgn(a * d + b * c), sgn(b * d))),
                T(lang, "Using $i^2 = -1$: real part $%d - (%d) = %d$, imaginary part $%d + (%d) = %d$." % (a * c, b * d, p, a * d, b * c, q),
                  "利用 $i^2 = -1$：实部 $%d - (%d) = %d$，虚部 $%d + (%d) = %d$。" % (a * c, b * d, p, a * d, b * c, q))]
    qs = ("" if abs(q) == 1 else str(abs(q)))
    v = [("%s%si %s %d" % ("-" if q < 0 else "", qs, "+" if p > 0 else "-", abs(p)), C, "imag_part_first"),
         (cplx(p, q, "\\mathrm{i}"), C, "mathrm_i"), ("%d %s %s\\,i" % (p, "+" if q > 0 else "-", qs or "1"), C, "thin_space_i"),
         (cplx(p, -q), I, "conjugate_given"), (cplx(q, p), I, "parts_swapped"), (cplx(p + 2 * b * d, q), I, "i_squared_as_plus_one")]
    return inst("math_like", "Simplify $(%s)(%s)$ and write the result as a single complex number." % (cplx(a, b), cplx(c, d)),
                "化简 $(%s)(%s)$，结果写成一个复数。" % (cplx(a, b), cplx(c, d)), steps, cplx(p, q), v)


# angle (degrees) -> (cos, sin) as (rational part, sqrt3 flag): values of the form x/2 or x*sqrt3/2
POLAR = {60: ((1, 0), (1, 1)), 120: ((-1, 0), (1, 1)), 240: ((-1, 0), (-1, 1)), 300: ((1, 0), (-1, 1)),
         30: ((1, 1), (1, 0)), 150: ((-1, 1), (1, 0)), 210: ((-1, 1), (-1, 0)), 330: ((1, 1), (-1, 0))}


def _imag(im_):
    if im_ in ("1", "-1"):
        return im_[:-1] + "i"
    return im_ + "i"


def _join(first, second):
    """first +/- |second| with second already a string."""
    return "%s %s %s" % (first, "-" if second.startswith("-") else "+", second.lstrip("-"))


def polar(rng):
    ang = rng.choice(sorted(POLAR))
    r = rng.choice([2, 4, 6])
    h = r // 2
    (cs, c3), (ss, s3) = POLAR[ang]

    def part(sign, rt):
        if rt:
            return ("%d\\sqrt{3}" % (sign * h)) if h != 1 else ("\\sqrt{3}" if sign > 0 else "-\\sqrt{3}")
        return "%d" % (sign * h)

    def trig(sign, rt):
        return "%s\\frac{%s}{2}" % ("-" if sign < 0 else "", "\\sqrt{3}" if rt else "1")
    re_, im_ = part(cs, c3), part(ss, s3)
    ref = _join(re_, _imag(im_))
    g = gcd(ang, 180)
    num, den = ang // g, 180 // g
    th = "\\frac{%s\\pi}{%d}" % ("" if num == 1 else num, den)

    def steps(lang):
        return [T(lang, "We have $\\cos %s = %s$ and $\\sin %s = %s$." % (th, trig(cs, c3), th, trig(ss, s3)),
                  "已知 $\\cos %s = %s$，$\\sin %s = %s$。" % (th, trig(cs, c3), th, trig(ss, s3))),
                T(lang, "Multiplying by the modulus %d gives real part $%s$ and imaginary part $%s$." % (r, re_, im_),
                  "乘以模 %d，得到实部 $%s$，虚部 $%s$。" % (r, re_, im_))]
    v = [(_join(_imag(im_), re_), C, "imag_part_first"),
         (_join(re_, _imag(im_).replace("i", "\\mathrm{i}")), C, "mathrm_i"),
         (_join(im_, _imag(re_)), I, "parts_swapped"),
         (_join(re_, _imag(im_.lstrip("-") if im_.startswith("-") else "-" + im_)), I, "conjugate_given")]
    return inst("math_like",
                "Write $z = %d\\left(\\cos %s + i\\sin %s\\right)$ as a complex number in rectangular form." % (r, th, th),
                "把 $z = %d\\left(\\cos %s + i\\sin %s\\right)$ 写成直角坐标（代数）形式的复数。" % (r, th, th), steps, ref, v)


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def yes_no_prime(rng):
    n = rng.choice([x for x in range(51, 200, 2) if x % 3 and x % 5])
    pr = is_prime(n)
    fac = next((d for d in range(2, n) if n % d == 0), None)

    def steps(lang):
        lim = int(n ** 0.5)
        s = [T(lang, "It suffices to test primes up to $\\lfloor\\sqrt{%d}\\rfloor = %d$." % (n, lim), "只需检验不超过 $\\lfloor\\sqrt{%d}\\rfloor = %d$ 的素数。" % (n, lim))]
        if pr:
            s.append(T(lang, "None of these primes divides %d, so it is prime." % n, "这些素数都不整除 %d，所以它是素数。" % n))
        else:
            s.append(T(lang, "We find $%d = %d \\times %d$, so it is composite." % (n, fac, n // fac), "发现 $%d = %d \\times %d$，所以它是合数。" % (n, fac, n // fac)))
        return s
    ys, ns = ("Yes", "No") if pr else ("No", "Yes")
    v = [("\\text{%s}" % ys, C, "text_yes_no"), (ys, C, "bare_yes_no"), ("\\textbf{%s}" % ys.lower(), C, "textbf_lowercase"),
         ("\\mathrm{%s}" % ys, C, "mathrm_word"), ("\\text{%s}" % ns, I, "opposite_yes_no")]
    return inst("math_like", "Is %d a prime number? Answer Yes or No." % n, "%d 是素数吗？请回答 Yes 或 No。" % n, steps, "\\text{%s}" % ys, v)


def parity(rng):
    k = rng.randint(3, 40)
    a = rng.choice([1, 3, 5, 7])
    total = sum(a + 2 * i for i in range(k))  # sum of k consecutive odd-stepped numbers starting at odd a
    par = "odd" if total % 2 else "even"
    other = "even" if par == "odd" else "odd"

    def steps(lang):
        return [T(lang, "The numbers $%d, %d, \\dots, %d$ are all odd and there are %d of them." % (a, a + 2, a + 2 * (k - 1), k),
                  "数 $%d, %d, \\dots, %d$ 都是奇数，共 %d 个。" % (a, a + 2, a + 2 * (k - 1), k)),
                T(lang, "A sum of %d odd numbers is %s; indeed the sum equals $%d$." % (k, par, total),
                  "%d 个奇数之和为%s；实际上总和为 $%d$。" % (k, "奇数" if par == "odd" else "偶数", total))]
    v = [("\\text{%s}" % par.capitalize(), C, "text_capitalized"), (par, C, "bare_word"), ("\\text{%s}" % other, I, "opposite_parity"),
         ("\\text{%s}" % other.capitalize(), I, "opposite_parity_capitalized")]
    return inst("math_like", "Is $%d + %d + \\dots + %d$ (consecutive odd numbers) odd or even?" % (a, a + 2, a + 2 * (k - 1)),
                "$%d + %d + \\dots + %d$（连续奇数之和）是奇数还是偶数？请用 odd 或 even 回答。" % (a, a + 2, a + 2 * (k - 1)),
                steps, "\\text{%s}" % par, v)


def system_pair(rng):
    while True:
        x, y = rng.randint(-7, 7), rng.randint(-7, 7)
        a, b, c, d = [rng.choice([1, 2, 3, -1, -2]) for _ in range(4)]
        if x != y and a * d - b * c and x and y:
            break
    e1, e2 = a * x + b * y, c * x + d * y

    def lhs(p, q):
        return "%s %s %sy" % ("%dx" % p if abs(p) != 1 else ("x" if p == 1 else "-x"), "+" if q > 0 else "-", "" if abs(q) == 1 else abs(q))

    def steps(lang):
        det = a * d - b * c
        return [T(lang, "By Cramer's rule the determinant is $(%d)(%d) - (%d)(%d) = %d$." % (a, d, b, c, det), "用克拉默法则，系数行列式为 $(%d)(%d) - (%d)(%d) = %d$。" % (a, d, b, c, det)),
                T(lang, "$x = \\frac{(%d)(%d) - (%d)(%d)}{%d} = %d$ and $y = \\frac{(%d)(%d) - (%d)(%d)}{%d} = %d$." % (e1, d, b, e2, det, x, a, e2, e1, c, det, y),
                  "$x = \\frac{(%d)(%d) - (%d)(%d)}{%d} = %d$，$y = \\frac{(%d)(%d) - (%d)(%d)}{%d} = %d$。" % (e1, d, b, e2, det, x, a, e2, e1, c, det, y))]
    v = [("x = %d,\\ y = %d" % (x, y), C, "pair_as_equations"), ("\\left(%d, %d\\right)" % (x, y), C, "left_right_pair"),
         ("(x, y) = (%d, %d)" % (x, y), C, "labelled_pair"), ("(%d, %d)" % (y, x), I, "pair_order_swapped"),
         ("(%d, %d)" % (x, -y), I, "pair_sign_error")]
    return inst("math_like", "Solve the system $%s = %d$, $%s = %d$. Give the solution as an ordered pair $(x, y)$." % (lhs(a, b), e1, lhs(c, d), e2),
                "解方程组 $%s = %d$，$%s = %d$，以有序数对 $(x, y)$ 的形式给出解。" % (lhs(a, b), e1, lhs(c, d), e2),
                steps, "(%d, %d)" % (x, y), v)


def set_inter(rng):
    while True:
        A = sorted(rng.sample(range(1, 16), 6))
        B = sorted(rng.sample(range(1, 16), 6))
        S = sorted(set(A) & set(B))
        if 2 <= len(S) <= 4 and len(set(A) | set(B)) > len(S) + 1:
            break
    extra = sorted(set(A) ^ set(B))[0]

    def st(xs):
        return ", ".join(str(x) for x in xs)

    def steps(lang):
        return [T(lang, "Go through $A = \\{%s\\}$ and keep the elements that also appear in $B = \\{%s\\}$." % (st(A), st(B)),
                  "逐个检查 $A = \\{%s\\}$ 中的元素，保留同时属于 $B = \\{%s\\}$ 的。" % (st(A), st(B))),
                T(lang, "The common elements are $%s$." % st(S), "公共元素为 $%s$。" % st(S))]
    v = [("\\left\\{ %s \\right\\}" % st(S), C, "left_right_set"), ("\\{%s\\}" % st(list(reversed(S))), C, "set_reordered"),
         (st(S), C, "bare_list_for_set"), ("\\{%s\\}" % st(S[:-1]), I, "set_element_missing"),
         ("\\{%s\\}" % st(sorted(S + [extra])), I, "set_extra_element")]
    return inst("math_like", "Let $A = \\{%s\\}$ and $B = \\{%s\\}$. Find $A \\cap B$." % (st(A), st(B)),
                "设 $A = \\{%s\\}$，$B = \\{%s\\}$，求 $A \\cap B$。" % (st(A), st(B)), steps, "\\{%s\\}" % st(S), v)


def wrapper_gcd(rng):
    while True:
        g = rng.randint(2, 12)
        m, n = rng.randint(2, 15), rng.randint(2, 15)
        if gcd(m, n) == 1 and m != n:
            break
    a, b = g * m, g * n

    def steps(lang):
        x, y = max(a, b), min(a, b)
        out = []
        while y:
            out.append(T(lang, "$%d = %d \\cdot %d + %d$" % (x, x // y, y, x % y), "$%d = %d \\cdot %d + %d$" % (x, x // y, y, x % y)))
            x, y = y, x % y
        out.append(T(lang, "The last nonzero remainder is %d, so $\\gcd(%d, %d) = %d$." % (x, a, b, x), "最后一个非零余数为 %d，所以 $\\gcd(%d, %d) = %d$。" % (x, a, b, x)))
        return out
    v = [(str(g), C, "nested_boxed", "nested"), (str(g), C, "fbox_wrapper", "fbox"), ("\\mathbf{%d}" % g, C, "mathbf_number"),
         ("\\operatorname{gcd}(%d, %d) = %d" % (a, b, g), C, "operatorname_equation"), (str(g), C, "unboxed_final_line", "plain_paren"),
         (str(g * m * n), I, "lcm_given", "nested"), (str(g * 2) if m % 2 == 0 or n % 2 == 0 else str(g + 1), I, "wrong_value_fbox", "fbox"),
         ("\\mathrm{%d}" % (g * n), I, "mathrm_wrong_value")]
    return inst("math_like", "Find the greatest common divisor of %d and %d." % (a, b), "求 %d 和 %d 的最大公约数。" % (a, b), steps, str(g), v)


FAMILIES = [matmul, cross, complex_mul, polar, yes_no_prime, parity, system_pair, set_inter, wrapper_gcd]
