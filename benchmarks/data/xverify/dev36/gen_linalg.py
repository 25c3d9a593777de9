"""Vectors, matrices and complex numbers."""
from fractions import Fraction as Fr
from common import T, fnum, gcd_list


def nz(rng, lo, hi, avoid=()):
    while True:
        v = rng.randint(lo, hi)
        if v != 0 and v not in avoid:
            return v


def ijk(v):
    s = ""
    for c, e in zip(v, ("\\mathbf{i}", "\\mathbf{j}", "\\mathbf{k}")):
        if c == 0:
            continue
        mag = "" if abs(c) == 1 else str(abs(c))
        s += (("-" if c < 0 else "") if s == "" else (" - " if c < 0 else " + ")) + mag + e
    return s or "\\mathbf{0}"


def pmat(rows, env="pmatrix", f=str):
    return f"\\begin{{{env}}} " + " \\\\ ".join(" & ".join(f(x) for x in r) for r in rows) + f" \\end{{{env}}}"


def cross(rng):
    while True:
        a = [rng.randint(-5, 5) for _ in range(3)]
        b = [rng.randint(-5, 5) for _ in range(3)]
        c = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
        if all(c) and len(set(map(abs, c))) == 3:
            break
    ref = f"({c[0]}, {c[1]}, {c[2]})"
    good = [(ijk(c), "equiv_ijk_notation"), (pmat([[x] for x in c]), "equiv_column_vector"),
            (f"\\langle {c[0]}, {c[1]}, {c[2]} \\rangle", "equiv_angle_brackets")]
    g = gcd_list(c)
    if g > 1:
        good.append((f"{g}({c[0] // g}, {c[1] // g}, {c[2] // g})", "equiv_factored_scalar"))
    c1 = list(c); c1[1] = -c1[1]
    bad = [(f"({-c[0]}, {-c[1]}, {-c[2]})", "near_miss_reversed_cross_order"), (ijk(c1), "near_miss_middle_sign"),
           (pmat([[x] for x in [c[0], c[1], c[2] + rng.choice([-1, 1])]]), "near_miss_one_component")]
    A, B = f"({a[0]}, {a[1]}, {a[2]})", f"({b[0]}, {b[1]}, {b[2]})"
    q = {"en": f"Compute $\\mathbf{{u}} \\times \\mathbf{{v}}$ for $\\mathbf{{u}} = {A}$ and $\\mathbf{{v}} = {B}$.",
         "zh": f"已知 $\\mathbf{{u}} = {A}$，$\\mathbf{{v}} = {B}$，求 $\\mathbf{{u}} \\times \\mathbf{{v}}$。"}
    work = [T(f"Using the determinant with rows $\\mathbf{{i}},\\mathbf{{j}},\\mathbf{{k}}$; ${A}$; ${B}$.",
              f"用行列式展开，三行分别为 $\\mathbf{{i}},\\mathbf{{j}},\\mathbf{{k}}$；${A}$；${B}$。"),
            T(f"$i$: $({a[1]})({b[2]}) - ({a[2]})({b[1]}) = {c[0]}$.", f"$i$ 分量：$({a[1]})({b[2]}) - ({a[2]})({b[1]}) = {c[0]}$。"),
            T(f"$j$: $-[({a[0]})({b[2]}) - ({a[2]})({b[0]})] = {c[1]}$ (don't forget the minus sign on the middle term).",
              f"$j$ 分量：$-[({a[0]})({b[2]}) - ({a[2]})({b[0]})] = {c[1]}$（中间项别忘了负号）。"),
            T(f"$k$: $({a[0]})({b[1]}) - ({a[1]})({b[0]}) = {c[2]}$.", f"$k$ 分量：$({a[0]})({b[1]}) - ({a[1]})({b[0]}) = {c[2]}$。"),
            T(f"Check orthogonality: $\\mathbf{{u}}\\cdot(\\mathbf{{u}}\\times\\mathbf{{v}}) = {sum(x * y for x, y in zip(a, c))}$.",
              f"验证正交：$\\mathbf{{u}}\\cdot(\\mathbf{{u}}\\times\\mathbf{{v}}) = {sum(x * y for x, y in zip(a, c))}$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def mm(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]


def matmul(rng):
    while True:
        A = [[rng.randint(-4, 5) for _ in range(2)] for _ in range(2)]
        B = [[rng.randint(-4, 5) for _ in range(2)] for _ in range(2)]
        C, D = mm(A, B), mm(B, A)
        Ct = [[C[0][0], C[1][0]], [C[0][1], C[1][1]]]
        if C != D and C != Ct and len({C[0][0], C[0][1], C[1][0], C[1][1]}) == 4 and 0 not in sum(C, []):
            break
    ref = pmat(C, "bmatrix")
    good = [(pmat(C), "equiv_pmatrix_vs_bmatrix"), (f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]", "equiv_nested_list")]
    g = gcd_list(sum(C, []))
    if g > 1:
        good.append((f"{g}" + pmat([[x // g for x in r] for r in C]), "equiv_factored_scalar"))
    C1 = [list(r) for r in C]; C1[1][0] += rng.choice([-1, 1])
    bad = [(pmat(D, "bmatrix"), "near_miss_wrong_multiplication_order"), (pmat(Ct), "near_miss_transposed"),
           (pmat(C1, "bmatrix"), "near_miss_one_entry")]
    q = {"en": f"Let $A = {pmat(A)}$ and $B = {pmat(B)}$. Compute $AB$.",
         "zh": f"设 $A = {pmat(A)}$，$B = {pmat(B)}$，求 $AB$。"}
    work = [T(f"Entry (1,1): row 1 of $A$ times column 1 of $B$: $({A[0][0]})({B[0][0]}) + ({A[0][1]})({B[1][0]}) = {C[0][0]}$.",
              f"(1,1) 元：$A$ 的第一行乘 $B$ 的第一列：$({A[0][0]})({B[0][0]}) + ({A[0][1]})({B[1][0]}) = {C[0][0]}$。"),
            T(f"Entry (1,2): $({A[0][0]})({B[0][1]}) + ({A[0][1]})({B[1][1]}) = {C[0][1]}$.",
              f"(1,2) 元：$({A[0][0]})({B[0][1]}) + ({A[0][1]})({B[1][1]}) = {C[0][1]}$。"),
            T(f"Entry (2,1): $({A[1][0]})({B[0][0]}) + ({A[1][1]})({B[1][0]}) = {C[1][0]}$.",
              f"(2,1) 元：$({A[1][0]})({B[0][0]}) + ({A[1][1]})({B[1][0]}) = {C[1][0]}$。"),
            T("Entry (2,2) similarly. Note matrix multiplication is not commutative, so the order $AB$ matters.",
              "(2,2) 元同理。注意矩阵乘法不满足交换律，$AB$ 的顺序很重要。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def inverse(rng):
    while True:
        a, b, c, d = (rng.randint(-5, 6) for _ in range(4))
        det = a * d - b * c
        if det not in (0, 1, -1) and b != c and b and c and abs(det) < 20 and a != d:
            break
    adj = [[d, -b], [-c, a]]
    ref = f"\\frac{{1}}{{{det}}}" + pmat(adj)
    fr = [[Fr(x, det) for x in r] for r in adj]
    good = [(pmat(fr, f=fnum), "equiv_entries_as_fractions"),
            (f"-\\frac{{1}}{{{-det}}}" + pmat(adj), "equiv_sign_moved_to_scalar"),
            (f"\\frac{{1}}{{{-det}}}" + pmat([[-x for x in r] for r in adj]), "equiv_negated_scalar_and_matrix")]
    bad = [(f"\\frac{{1}}{{{det}}}" + pmat([[d, b], [c, a]]), "near_miss_offdiagonal_signs"),
           (f"\\frac{{1}}{{{-det}}}" + pmat(adj), "near_miss_determinant_sign"),
           (f"\\frac{{1}}{{{det}}}" + pmat([[a, -b], [-c, d]]), "near_miss_diagonal_not_swapped"),
           (pmat([[Fr(x, det) for x in r] for r in [[d, -c], [-b, a]]], f=fnum), "near_miss_transposed")]
    M = pmat([[a, b], [c, d]])
    q = {"en": f"Find the inverse of $M = {M}$.", "zh": f"求矩阵 $M = {M}$ 的逆矩阵。"}
    work = [T(f"$\\det M = ({a})({d}) - ({b})({c}) = {det} \\ne 0$, so $M$ is invertible.",
              f"$\\det M = ({a})({d}) - ({b})({c}) = {det} \\ne 0$，所以 $M$ 可逆。"),
            T("For a $2\\times2$ matrix, swap the diagonal entries, negate the off-diagonal ones, divide by the determinant.",
              "二阶矩阵求逆：交换主对角线元素，副对角线元素取相反数，再除以行列式。"),
            T(f"Check: $M \\cdot$ adj$(M)$ has (1,1) entry $({a})({d}) + ({b})({-c}) = {det}$, consistent.",
              f"检验：$M \\cdot$ adj$(M)$ 的 (1,1) 元为 $({a})({d}) + ({b})({-c}) = {det}$，一致。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def cx(re, im, order=0):
    """LaTeX a + bi (order 1 -> bi + a)."""
    re, im = Fr(re), Fr(im)
    mi = "" if abs(im) == 1 else fnum(abs(im))
    if im.denominator != 1 and abs(im) != 1:
        mi = fnum(abs(im))
    ims = f"{mi}i"
    if re == 0:
        return ("-" if im < 0 else "") + ims
    if im == 0:
        return fnum(re)
    if order == 0:
        return f"{fnum(re)} {'-' if im < 0 else '+'} {ims}"
    return f"{'-' if im < 0 else ''}{ims} {'-' if re < 0 else '+'} {fnum(abs(re))}"


def cmul(rng):
    while True:
        a, b, c, d = (nz(rng, -6, 6) for _ in range(4))
        re, im = a * c - b * d, a * d + b * c
        if re and im and abs(re) != abs(im):
            break
    ref = cx(re, im)
    good = [(cx(re, im, 1), "equiv_imaginary_first"), (f"{re} + ({im})i", "equiv_parenthesized_imag"),
            (f"{re} {'+' if im > 0 else '-'} i\\cdot {abs(im)}", "equiv_i_before_coefficient")]
    bad = [(cx(re, -im), "near_miss_conjugate"), (cx(a * c + b * d, im), "near_miss_i_squared_as_plus_one"),
           (cx(-re, im), "near_miss_real_part_sign")]
    z, w = cx(a, b), cx(c, d)
    q = {"en": f"Compute $({z})({w})$ and write it in the form $a + bi$.",
         "zh": f"计算 $({z})({w})$，写成 $a + bi$ 的形式。"}
    work = [T(f"FOIL: $({a})({c}) + ({a})({d})i + ({b})({c})i + ({b})({d})i^2$.",
              f"展开：$({a})({c}) + ({a})({d})i + ({b})({c})i + ({b})({d})i^2$。"),
            T(f"Since $i^2 = -1$, the real part is ${a * c} - ({b * d})$.", f"由于 $i^2 = -1$，实部为 ${a * c} - ({b * d})$。"),
            T(f"Imaginary part: ${a * d} + ({b * c})$.", f"虚部：${a * d} + ({b * c})$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


ANG = [(1, 4, "1", "1", 2), (1, 6, "\\sqrt{3}", "1", 4), (1, 3, "1", "\\sqrt{3}", 4),
       (3, 4, "-1", "1", 2), (2, 3, "-1", "\\sqrt{3}", 4), (5, 6, "-\\sqrt{3}", "1", 4)]


def cpolar(rng):
    p, qd, re_s, im_s, m2 = rng.choice(ANG)
    k = rng.randint(1, 4)
    neg = rng.random() < 0.4  # lower half plane
    ang = f"\\frac{{{'' if p == 1 else p}\\pi}}{{{qd}}}"
    ang_s = ("-" if neg else "") + ang
    # modulus: k * sqrt(m2)
    mod = f"{k if k > 1 else ''}\\sqrt{{2}}" if m2 == 2 else f"{2 * k}"
    mod_alt = f"\\sqrt{{{2 * k * k}}}" if m2 == 2 else f"\\sqrt{{{4 * k * k}}}"
    def part(s):
        if s in ("1", "-1"):
            return ("-" if s == "-1" else "") + str(k)
        return ("-" if s.startswith("-") else "") + (f"{k}" if k > 1 else "") + s.lstrip("-")
    re_, im_ = part(re_s), part(im_s)
    if neg:
        im_ = im_[1:] if im_.startswith("-") else "-" + im_
    z = f"{re_} {'-' if im_.startswith('-') else '+'} {im_.lstrip('-')}i"
    ref = f"{mod}e^{{{ang_s} i}}"
    alt_ang = f"\\frac{{{2 * qd - p}\\pi}}{{{qd}}}" if neg else None
    good = [(f"{mod}\\left(\\cos {ang_s} + i\\sin {ang_s}\\right)" if not neg else
             f"{mod}\\left(\\cos {ang} - i\\sin {ang}\\right)", "equiv_trig_polar_form"),
            (f"{mod_alt}\\, e^{{i{ang_s}}}", "equiv_unsimplified_modulus")]
    if alt_ang:
        good.append((f"{mod}e^{{i{alt_ang}}}", "equiv_coterminal_angle"))
    flip = ang if neg else "-" + ang
    bad = [(f"{mod}e^{{{flip} i}}", "near_miss_conjugate_angle"),
           (f"{2 * k * k if m2 == 2 else 4 * k * k}e^{{{ang_s} i}}", "near_miss_modulus_squared"),
           (f"{mod}e^{{\\frac{{{'' if p == 1 else p}\\pi}}{{{qd * 2}}} i}}", "near_miss_wrong_angle")]
    q = {"en": f"Write $z = {z}$ in exponential form $re^{{i\\theta}}$.",
         "zh": f"把复数 $z = {z}$ 写成指数形式 $re^{{i\\theta}}$。"}
    work = [T(f"Modulus: $|z|^2 = ({re_})^2 + ({im_})^2$, so $|z| = {mod}$.", f"模：$|z|^2 = ({re_})^2 + ({im_})^2$，所以 $|z| = {mod}$。"),
            T(f"The point lies in quadrant {'IV' if neg and not re_.startswith('-') else 'III' if neg else 'II' if re_.startswith('-') else 'I'}, "
              f"and the reference angle comes from $\\tan\\theta = \\frac{{{im_}}}{{{re_}}}$.",
              f"该点位于第{'四' if neg and not re_.startswith('-') else '三' if neg else '二' if re_.startswith('-') else '一'}象限，"
              f"由 $\\tan\\theta = \\frac{{{im_}}}{{{re_}}}$ 确定参考角。"),
            T("The argument must account for the quadrant, not just the arctangent value.", "辐角要考虑象限，而不只是反正切的值。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def cdiv(rng):
    while True:
        a, b, c, d = (nz(rng, -6, 6) for _ in range(4))
        n = c * c + d * d
        re, im = Fr(a * c + b * d, n), Fr(b * c - a * d, n)
        if re and im and re.denominator > 1 and abs(re) != abs(im):
            break
    ref = cx(re, im)
    num_re, num_im = a * c + b * d, b * c - a * d
    good = [(f"\\frac{{{cx(num_re, num_im)}}}{{{n}}}", "equiv_single_fraction"),
            (cx(re, im, 1), "equiv_imaginary_first"),
            (f"{float(re):g} {'+' if im > 0 else '-'} {abs(float(im)):g}i" if all(
                (x.denominator in (2, 4, 5, 8, 10, 20, 25, 40, 50)) for x in (re, im)) else
             f"{fnum(re, False)} + ({fnum(im, False)})i", "equiv_decimal_or_plain")]
    bad = [(cx(re, -im), "near_miss_conjugate"), (cx(Fr(a * c - b * d, n), im), "near_miss_real_part"),
           (f"\\frac{{{cx(num_re, num_im)}}}{{{c * c - d * d if c * c != d * d else n + 2}}}", "near_miss_denominator")]
    q = {"en": f"Simplify $\\dfrac{{{cx(a, b)}}}{{{cx(c, d)}}}$ to the form $a + bi$.",
         "zh": f"把 $\\dfrac{{{cx(a, b)}}}{{{cx(c, d)}}}$ 化为 $a + bi$ 的形式。"}
    work = [T(f"Multiply numerator and denominator by the conjugate ${cx(c, -d)}$.", f"分子分母同乘共轭 ${cx(c, -d)}$。"),
            T(f"Denominator: ${c}^2 + {d}^2 = {n}$ (note it is $c^2 + d^2$, a plus sign).",
              f"分母：${c}^2 + {d}^2 = {n}$（注意是 $c^2 + d^2$）。"),
            T(f"Numerator: $({cx(a, b)})({cx(c, -d)}) = {cx(num_re, num_im)}$.", f"分子：$({cx(a, b)})({cx(c, -d)}) = {cx(num_re, num_im)}$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


ITEMS = [cross, matmul, inverse, cmul, cpolar, cdiv]
