"""Math problem families, part C.  Each f_* (rng, lang) returns a lib.P."""
from fractions import Fraction as Fr
from math import gcd
from lib import P, frp, frt, frd, term, commas, words, mixed_tex


def f_mod(rng, lang):
    while True:
        a, m = rng.choice([2, 3, 7, 8, 9, 13, 17]), rng.choice([5, 7, 9, 10, 11])
        if a % m > 1 and gcd(a, m) == 1:
            break
    n = rng.randint(20, 2025)
    seq, x = [], 1
    while True:
        x = x * a % m
        seq.append(x)
        if x == 1:
            break
    L = len(seq)
    r = n % L
    val = pow(a, n, m)
    idx = r if r else L
    wi = idx % L + 1
    wval = seq[wi - 1]
    assert wval != val and seq[idx - 1] == val
    if m == 10:
        q = "What is the units digit of $%d^{%d}$?" % (a, n)
    else:
        q = "Find the remainder when $%d^{%d}$ is divided by $%d$." % (a, n, m)
    pw = ", ".join("%d^%d ≡ %d" % (a, i + 1, s) for i, s in enumerate(seq))

    def work(i, v):
        return ["Compute successive powers of %d modulo %d until the pattern repeats: %s. Since %d^%d ≡ 1, "
                "the residues repeat with period %d." % (a, m, pw, a, L, L),
                "Now reduce the exponent modulo %d: %d = %d·%d + %d." % (L, n, L, n // L, r),
                "Therefore %d^%d ≡ %d^%d ≡ %d (mod %d)." % (a, n, a, i, v, m)]
    return P(lang=lang, dataset="amc_like", q=q, work=work(idx, val), ans=str(val),
             alt=rng.choice(["%d^{%d} \\equiv %d \\pmod{%d}" % (a, n, val, m), words(val), "the remainder is %d" % val]),
             refs=[str(val), "\\boxed{%d}" % val], slip_work=work(wi, wval), slip_ans=str(wval),
             slip_note="The exponent reduces to %d^%d, not %d^%d." % (a, idx, a, wi),
             check=["Sanity check of the cycle: %d^%d = %d, and %d mod %d = %d ✓" % (a, L, a ** L, a ** L, m, 1),
                    "With n ≡ %d (mod %d), the pattern entry in position %d is %d ✓" % (r, L, idx, val)],
             givens=["base %d, exponent %d, modulus %d" % (a, n, m)],
             method="Powers modulo a fixed number cycle, so find the cycle length and reduce the exponent.",
             restate="A power modulo %d; look for the cycle." % m, say="The answer is {a}.")


def _ijk(v):
    out = ""
    for c, e in zip(v, ("\\mathbf{i}", "\\mathbf{j}", "\\mathbf{k}")):
        if c == 0:
            continue
        co = "" if abs(c) == 1 else str(abs(c))
        out += (("-" if c < 0 else "") + co + e) if not out else ((" - " if c < 0 else " + ") + co + e)
    return out or "\\mathbf{0}"


def f_vec(rng, lang):
    if rng.random() < .55:
        u = [rng.randint(-5, 6) for _ in range(3)]
        v = [rng.randint(-5, 6) for _ in range(3)]
        s, t = rng.choice([2, 3, -2]), rng.choice([3, -1, -3, 2])
        res = [s * x + t * y for x, y in zip(u, v)]
        j = rng.randrange(3)
        wres = list(res)
        wres[j] = s * u[j] - t * v[j]
        if wres == res:
            wres[j] += 1
        tu = lambda w: "(%s)" % ", ".join(map(str, w))
        q = "Let $\\mathbf{u} = %s$ and $\\mathbf{v} = %s$. Compute $%d\\mathbf{u} %s %d\\mathbf{v}$." % (
            tu(u), tu(v), s, "+" if t > 0 else "-", abs(t))

        def work(rr):
            return ["Scale u by %d: %d·%s = %s." % (s, s, tu(u), tu([s * x for x in u])),
                    "Scale v by %d: %d·%s = %s." % (t, t, tu(v), tu([t * y for y in v])),
                    "Add componentwise: (%s) = %s." % (", ".join("%d + (%d)" % (s * x, t * y) for x, y in zip(u, v)), tu(rr))]
        forms = ["\\langle %s \\rangle" % ", ".join(map(str, res)), _ijk(res),
                 "\\begin{pmatrix} %s \\end{pmatrix}" % " \\\\ ".join(map(str, res)), "[%s]" % ", ".join(map(str, res))]
        return P(lang=lang, dataset="math_like", q=q, work=work(res), ans=tu(res), alt=rng.choice(forms),
                 refs=[tu(res), forms[2], forms[0]], slip_work=work(wres), slip_ans=tu(wres),
                 slip_note="Component %d: %d + (%d) is %d." % (j + 1, s * u[j], t * v[j], res[j]),
                 check=["Component by component: " + "; ".join("%d·%d + %d·%d = %d" % (s, x, t, y, z) for x, y, z in zip(u, v, res)) + " ✓"],
                 givens=["u = %s" % tu(u), "v = %s" % tu(v)], method="Scalar multiplication and vector addition are componentwise.",
                 restate="A linear combination of two vectors.", say="The result is {a}.")
    while True:
        A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        mul = lambda X, Y: [[X[i][0] * Y[0][j] + X[i][1] * Y[1][j] for j in range(2)] for i in range(2)]
        AB, BA = mul(A, B), mul(B, A)
        if AB != BA:
            break
    pm = lambda M, e="pmatrix": "\\begin{%s} %d & %d \\\\ %d & %d \\end{%s}" % (e, M[0][0], M[0][1], M[1][0], M[1][1], e)

    def work(X, Y, R, nm):
        return ["Compute %s entry by entry: entry (i, j) is row i of the left matrix dotted with column j of the right." % nm,
                "Row 1: (%d)(%d) + (%d)(%d) = %d and (%d)(%d) + (%d)(%d) = %d." % (
                    X[0][0], Y[0][0], X[0][1], Y[1][0], R[0][0], X[0][0], Y[0][1], X[0][1], Y[1][1], R[0][1]),
                "Row 2: (%d)(%d) + (%d)(%d) = %d and (%d)(%d) + (%d)(%d) = %d." % (
                    X[1][0], Y[0][0], X[1][1], Y[1][0], R[1][0], X[1][0], Y[0][1], X[1][1], Y[1][1], R[1][1]),
                "So the product is %s." % pm(R)]
    q = "Let $A = %s$ and $B = %s$. Compute $AB$." % (pm(A), pm(B))
    forms = [pm(AB, "bmatrix"), "[[%d, %d], [%d, %d]]" % (AB[0][0], AB[0][1], AB[1][0], AB[1][1]), pm(AB, "pmatrix")]
    det = lambda M: M[0][0] * M[1][1] - M[0][1] * M[1][0]
    return P(lang=lang, dataset="linear_algebra_like", q=q, work=work(A, B, AB, "AB"), ans=pm(AB), alt=rng.choice(forms[:2]),
             refs=[pm(AB), forms[1]], slip_work=work(B, A, BA, "the product"), slip_ans=pm(BA),
             slip_note="I multiplied in the order BA; matrix multiplication isn't commutative.",
             check=["Determinant check: det(AB) should equal det(A)·det(B) = (%d)(%d) = %d, and det of my result is %d ✓" % (
                 det(A), det(B), det(A) * det(B), det(AB))],
             givens=["A = %s" % pm(A), "B = %s" % pm(B)], method="Row-by-column multiplication; order matters.",
             restate="A 2×2 matrix product.", say="AB = {a}.")


def f_angle(rng, lang):
    while True:
        parts = [rng.randint(1, 9) for _ in range(3)]
        s = sum(parts)
        if 180 % s == 0 and len(set(parts)) == 3 and parts[2] != max(parts):
            break
    big = max(parts) * 180 // s
    wrong = parts[2] * 180 // s
    unit = rng.choice(["deg", "rad", "none"])

    def rad(d, tex=True):
        f = Fr(d, 180)
        nu = "" if f.numerator == 1 else str(f.numerator)
        if f.denominator == 1:
            return nu + ("\\pi" if tex else "π")
        return ("\\frac{%s\\pi}{%d}" % (nu, f.denominator)) if tex else ("%sπ/%d" % (nu, f.denominator))
    ask = {"deg": " Give your answer in degrees.", "rad": " Give your answer in radians.", "none": ""}[unit]
    q = "The interior angles of a triangle are in the ratio %d : %d : %d. What is the measure of the largest angle?%s" % (
        parts[0], parts[1], parts[2], ask)
    x = 180 // s

    def work(k, d, lab):
        w = ["Write the angles as %dx, %dx and %dx. The angles of a triangle sum to 180°, so %dx = 180° and x = %d°." % (
            parts[0], parts[1], parts[2], s, x),
             "The %s angle corresponds to the ratio part %d, so it is %d·%d° = %d°." % (lab, k, k, x, d)]
        if unit == "rad":
            w.append("Converting to radians: %d° × π/180 = %s." % (d, rad(d, False)))
        return w
    if unit == "rad":
        ans, alts, near = rad(big), [rad(big, False), rad(big) + " \\text{ rad}"], "%d^\\circ" % big
        nw, sa = "So the largest angle is %d°." % big, rad(wrong)
    else:
        ans, alts, near = "%d^\\circ" % big, ["%d°" % big, "%d degrees" % big], rad(big)
        nw, sa = "Expressed in radians, %d° = %s." % (big, rad(big, False)), "%d^\\circ" % wrong
        if unit == "none":
            alts += [rad(big), rad(big, False)]
    refs = {"deg": ["%d°" % big, "%d" % big, "%d^{\\circ}" % big], "rad": [rad(big), rad(big, False)],
            "none": ["%d°" % big, rad(big), "%d degrees" % big]}[unit]
    kw = dict(near=near, near_why=nw) if unit != "none" else {}
    return P(lang=lang, dataset="geometry_like", q=q, work=work(max(parts), big, "largest"), ans=ans, alt=rng.choice(alts),
             refs=refs, slip_work=work(parts[2], wrong, "last (and largest)"), slip_ans=sa,
             slip_note="The largest part of the ratio is %d, not the last one listed." % max(parts),
             check=["The three angles are %d°, %d°, %d°; they sum to 180° ✓" % tuple(p * x for p in parts)],
             givens=["ratio %d : %d : %d" % tuple(parts)], method="Use the angle sum of a triangle, 180°.",
             restate="Angles in a given ratio.", say="The largest angle measures {a}.", **kw)


def f_sci(rng, lang):
    while True:
        a, b = rng.randint(11, 99), rng.randint(11, 99)
        if a * b >= 1000 and a % 10 and b % 10:
            break
    m, n = rng.randint(2, 6), rng.randint(3, 6)
    A, B = Fr(a, 10), Fr(b, 10)
    prod = A * B
    E = m + n + 1
    M = prod / 10
    val = int(M * 10 ** E)
    zh = lang == "zh"
    Ms = frd(M)
    q = ("计算：(%s × 10^{%d}) × (%s × 10^{%d})，结果用科学记数法表示。" if zh else
         "Compute $(%s \\times 10^{%d})(%s \\times 10^{%d})$ and express the result in scientific notation.") % (frd(A), m, frd(B), n)

    def work(e):
        return [("利用交换律和结合律，把系数和 10 的幂分别相乘。系数：%s × %s = %s。" if zh else
                 "Group the coefficients and the powers of ten. Coefficients: %s × %s = %s.") % (frd(A), frd(B), frd(prod)),
                ("同底数幂相乘，指数相加：10^{%d} × 10^{%d} = 10^{%d}。" if zh else
                 "Powers of ten: 10^{%d} · 10^{%d} = 10^{%d}.") % (m, n, m + n),
                ("%s 不在 1 到 10 之间，需要调整：%s × 10^{%d} = %s × 10^{%d}。" if zh else
                 "%s is not between 1 and 10, so normalize: %s × 10^{%d} = %s × 10^{%d}.") % (frd(prod), frd(prod), m + n, Ms, e)]
    forms = ["%s×10^%d" % (Ms, E), "%se%d" % (Ms, E), commas(val)]
    if zh and E >= 8:
        forms.append(frd(Fr(val, 10 ** 8)) + "亿")
    return P(lang=lang, dataset="asdiv_like", q=q, work=work(E), ans="%s \\times 10^{%d}" % (Ms, E), alt=rng.choice(forms),
             refs=["%s \\times 10^{%d}" % (Ms, E), "%s×10^%d" % (Ms, E), commas(val)], slip_work=work(E - 1),
             slip_ans="%s \\times 10^{%d}" % (Ms, E - 1),
             slip_note=("系数缩小为原来的 1/10，指数就要加 1。" if zh else "Dividing the coefficient by 10 means the exponent goes up by 1."),
             check=[("写成普通数验证：%s × 10^{%d} = %s。" if zh else "As an ordinary number: %s × 10^{%d} = %s.") % (Ms, E, commas(val)),
                    ("估算：约 %d × 10^{%d} 乘 %d × 10^{%d}，量级 10^{%d}，一致 ✓" if zh else
                     "Estimate: roughly %d×10^{%d} times %d×10^{%d}, order 10^{%d}, consistent ✓") % (
                        round(A), m, round(B), n, E)],
             givens=[("%s × 10^%d 与 %s × 10^%d" if zh else "%s × 10^%d and %s × 10^%d") % (frd(A), m, frd(B), n)],
             method=("科学记数法：a × 10^n，其中 1 ≤ a < 10。" if zh else "Scientific notation means a × 10^n with 1 ≤ a < 10."),
             restate=("科学记数法的乘法。" if zh else "Multiplying numbers in scientific notation."),
             say=("结果为 {a}。" if zh else "The product is {a}."))


def f_integral(rng, lang):
    lo, hi = rng.choice([0, 1]), rng.randint(2, 5)
    k, c = rng.randint(1, 6), rng.choice([-3, -2, -1, 1, 2, 4, 5])
    val = Fr(k * (hi ** 3 - lo ** 3), 3) + c * (hi - lo)
    wv = k * (hi ** 3 - lo ** 3) + c * (hi - lo)
    sg = "+" if c > 0 else "-"
    kk = "" if k == 1 else str(k)
    q = "Evaluate $\\displaystyle\\int_{%d}^{%d} (%sx^2 %s %d)\\,dx$." % (lo, hi, kk, sg, abs(c))

    def work(F, up, down, v):
        return ["Find an antiderivative term by term: the power rule gives F(x) = %s." % F,
                "At the upper limit: F(%d) = %s." % (hi, frp(up)),
                "At the lower limit: F(%d) = %s." % (lo, frp(down)),
                "So the integral is F(%d) − F(%d) = %s − (%s) = %s." % (hi, lo, frp(up), frp(down), frp(v))]
    F1 = "%sx^3/3 %s %dx" % (kk, sg, abs(c))
    F2 = "%sx^3 %s %dx" % (kk, sg, abs(c))
    u1, d1 = Fr(k * hi ** 3, 3) + c * hi, Fr(k * lo ** 3, 3) + c * lo
    u2, d2 = k * hi ** 3 + c * hi, k * lo ** 3 + c * lo
    forms = [frp(val), mixed_tex(val)] + ([frd(val)] if term(val) else [])
    return P(lang=lang, dataset="calculus_like", q=q, work=work(F1, u1, d1, val), ans=frt(val), alt=rng.choice(forms),
             refs=[frt(val), frp(val)], slip_work=work(F2, u2, d2, wv), slip_ans=str(wv),
             slip_note="The antiderivative of x² is x³/3, not x³.",
             check=["Split it: ∫%sx² dx from %d to %d = %s·(%d − %d)/3 = %s, and ∫%d dx = %d·%d = %d." % (
                 kk, lo, hi, k, hi ** 3, lo ** 3, frp(Fr(k * (hi ** 3 - lo ** 3), 3)), c, c, hi - lo, c * (hi - lo)),
                    "Total %s + (%d) = %s ✓" % (frp(Fr(k * (hi ** 3 - lo ** 3), 3)), c * (hi - lo), frp(val))],
             givens=["integrand %sx² %s %d on [%d, %d]" % (kk, sg, abs(c), lo, hi)],
             method="Fundamental theorem of calculus: antiderivative, then evaluate at the limits.",
             restate="A polynomial definite integral.", say="The integral equals {a}.")


def f_sticker(rng, lang):
    b, m, k = rng.randint(6, 30), rng.choice([2, 3]), rng.randint(2, 9)
    e = rng.randint(2, 9)
    ana = m * b + e
    cara = ana - k
    tot = b + ana + cara
    wana = m * (b + e)
    wtot = b + wana + wana - k
    nb, na, nc = rng.choice([("Ben", "Ana", "Cara"), ("Luis", "Maya", "Omar"), ("Sam", "Nora", "Iris")])
    tw = {2: "twice", 3: "three times"}[m]
    q = ("%s has %d stickers. %s has %d more than %s as many stickers as %s, and %s has %d fewer stickers than %s. "
         "How many stickers do the three of them have in total?" % (nb, b, na, e, tw, nb, nc, k, na))

    def work(A, T, expr):
        return ["%s has %s stickers, which is %d." % (na, expr, A),
                "%s has %d fewer than %s: %d − %d = %d stickers." % (nc, k, na, A, k, A - k),
                "Altogether: %s's %d + %s's %d + %s's %d = %d stickers." % (nb, b, na, A, nc, A - k, T)]
    return P(lang=lang, dataset="gsm8k_like", q=q, work=work(ana, tot, "%s %s's count plus %d: %d × %d + %d" % (tw, nb, e, m, b, e)),
             ans=str(tot), alt=rng.choice(["%d stickers" % tot, words(tot), "%d stickers in total" % tot]),
             refs=[str(tot), "%d stickers" % tot], slip_work=work(wana, wtot, "%d more than %s... so %d × (%d + %d)" % (e, tw, m, b, e)),
             slip_ans=str(wtot), slip_note="\"%d more than %s as many\" means %d·%d + %d." % (e, tw, m, b, e),
             check=["Recount: %d + %d = %d, plus %d is %d ✓" % (b, ana, b + ana, cara, tot)],
             givens=["%s: %d" % (nb, b), "%s: %s %s's, plus %d" % (na, tw, nb, e), "%s: %s minus %d" % (nc, na, k)],
             method="Work out each person's count in order, then add.", restate="Three people's sticker counts.",
             say="They have {a} stickers altogether.")
