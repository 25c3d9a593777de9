"""Family A (part 2): roots listed as equations vs a set; systems vs an ordered pair."""
from fractions import Fraction
from common import (UM, paren, umin, poly, factor, think, tfrac, EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab)


def setref(vals, rng):
    vs = ", ".join(str(v) for v in sorted(vals))
    return rng.choice(["\\{%s\\}" % vs, "\\{%s\\}" % vs.replace(", ", ","), "{%s}" % vs])


def roots_text(lang, vals, style, rng):
    vals = list(vals)
    if rng.random() < 0.5:
        rng.shuffle(vals)
    n = len(vals)
    if lang == "zh" and n == 1:
        return ["x=%d" % vals[0], "$x=%d$" % vals[0], "解得 x=%d" % vals[0]][style % 3]
    if lang == "zh":
        forms = ["x=" + " 或 x=".join(str(v) for v in vals),
                 "，".join("x%s=%d" % ("₁₂₃"[i], v) for i, v in enumerate(vals)),
                 "方程的根为 " + "，".join(str(v) for v in vals),
                 "$" + ",\\ ".join("x_%d=%d" % (i + 1, v) for i, v in enumerate(vals)) + "$"]
        return forms[style % 4]
    if n == 1:
        return ["$x = %d$" % vals[0], umin("x = %d" % vals[0]), "$\\boxed{x = %d}$" % vals[0]][style % 3]
    joined = ", ".join(str(v) for v in vals[:-1]) + " and " + str(vals[-1])
    forms = [umin(", ".join("x = %d" % v for v in vals[:-1]) + " and x = %d" % vals[-1]),
             umin("the roots are " + joined),
             ", ".join("x_%d = %d" % (i + 1, v) for i, v in enumerate(vals)),
             "$x = " + "$ or $x = ".join(str(v) for v in vals) + "$",
             "$\\boxed{x = " + ",\\ ".join(str(v) for v in vals) + "}$",
             "$" + ",\\quad ".join("x_{%d} = %d" % (i + 1, v) for i, v in enumerate(vals)) + "$"]
    return forms[style % 6]


def zh_wrap(ans, rng):
    if ans.startswith(("方程的根", "解得")):
        return ans + "。"
    return rng.choice(["所以原方程的解为 %s。", "**答案：** %s", "故 %s。"]) % ans


def en_wrap(ans, rng):
    if ans.startswith("the roots"):
        return rng.choice(["So %s.", "**Answer:** %s."]) % ans
    return rng.choice(["**Answer:** %s", "So the solutions are %s.", "**Final answer:** %s", "Therefore %s."]) % ans


def cubic(rng, lang, correct, err, style):
    zero = err == "drop0" or (correct and rng.random() < 0.4)
    while True:
        if zero:
            r = [0] + rng.sample([v for v in range(-7, 9) if v], 2)
        else:
            r = rng.sample([v for v in range(-6, 9) if v], 3)
        e1, e2, e3 = sum(r), r[0] * r[1] + r[0] * r[2] + r[1] * r[2], r[0] * r[1] * r[2]
        if zero or (abs(e3) <= 90 and all(u + v != 0 for i, u in enumerate(r) for v in r[i + 1:])):
            break
    coeffs = [1, -e1, e2, -e3]
    P = poly(coeffs)
    q = (rng.choice(["Find all real solutions of $%s = 0$.", "Solve $%s = 0$ for $x$.",
                     "Find all roots of the polynomial equation $%s = 0$."]) if lang == "en"
         else rng.choice(["解方程 $%s = 0$。", "求方程 $%s=0$ 的所有实数根。"])) % P
    ref = setref(r, rng)
    L = []
    if zero:
        s, p = r[1] + r[2], r[1] * r[2]
        Q = poly([1, -s, p])
        got = r[1:] if err == "drop0" and not correct else r
        if lang == "zh":
            L.append(rng.choice(ZH_OPEN))
            if got is r:
                L.append("提取公因式 $x$：$x(%s) = 0$，所以 $x = 0$ 或 $%s = 0$。" % (Q, Q))
            else:
                L.append("方程两边同除以 $x$，得 $%s = 0$。" % Q)
            L.append("因式分解 $%s = %s%s$，得 $x = %d$ 或 $x = %d$。" % (Q, factor(r[1]), factor(r[2]), r[1], r[2]))
            L.append(zh_wrap(roots_text(lang, got, style, rng), rng))
        else:
            L.append(rng.choice(EN_OPEN))
            if got is r:
                L.append("Every term contains $x$, so factor it out:\n$$x\\left(%s\\right) = 0.$$\nEither $x = 0$ or $%s = 0$." % (Q, Q))
            else:
                L.append("Every term contains $x$, so divide both sides by $x$:\n$$%s = 0.$$" % Q)
            L.append("For the quadratic we need two numbers with product $%d$ and sum $%d$, namely $%d$ and $%d$. Hence $%s = %s%s$, giving $x = %d$ or $x = %d$."
                     % (p, -s, -r[1], -r[2], Q, factor(r[1]), factor(r[2]), r[1], r[2]))
            L.append(en_wrap(roots_text(lang, got, style, rng), rng))
    else:
        f = lambda t: t ** 3 - e1 * t * t + e2 * t - e3
        cands = []
        for d in range(1, abs(e3) + 1):
            if e3 % d == 0:
                cands += [d, -d]
        tried, first = [], None
        for c in cands:
            tried.append((c, f(c)))
            if f(c) == 0:
                first = c
                break
        rest = [v for v in r if v != first]
        s, p = sum(rest), rest[0] * rest[1]
        Q = poly([1, -s, p])
        mrest = rest if correct else [-v for v in rest]
        got = [first] + mrest
        trial = "\n".join("- $p(%d) = %d$" % (c, v) for c, v in tried[-4:])
        if lang == "zh":
            L.append(rng.choice(ZH_OPEN))
            L.append("设 $p(x) = %s$。有理根只能是 $%d$ 的因数。试根：\n%s" % (P, -e3, trial))
            L.append("所以 $x = %d$ 是一个根，$p(x)$ 含因式 $%s$。用综合除法得 $p(x) = %s(%s)$。" % (first, factor(first), factor(first), Q))
            L.append("再解 $%s = 0$：得 $x = %d$ 或 $x = %d$。" % (Q, mrest[0], mrest[1]))
            L.append(zh_wrap(roots_text(lang, got, style, rng), rng))
        else:
            L.append(rng.choice(EN_OPEN))
            L.append("Let $p(x) = %s$. By the rational root theorem, any rational root divides $%d$. Testing candidates:\n%s" % (P, -e3, trial))
            L.append("So $x = %d$ is a root and $%s$ is a factor. Synthetic division gives\n$$p(x) = %s\\left(%s\\right).$$" % (first, factor(first), factor(first), Q))
            if correct:
                L.append("The quadratic factors as $%s = %s%s$, so its roots are $%d$ and $%d$." % (Q, factor(rest[0]), factor(rest[1]), rest[0], rest[1]))
            else:
                L.append("The quadratic factors as $%s = %s%s$, so its roots are $%d$ and $%d$." % (Q, factor(mrest[0]), factor(mrest[1]), mrest[0], mrest[1]))
            L.append(en_wrap(roots_text(lang, got, style, rng), rng))
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.45:
        body = think([rng.choice(THINK_OPEN) if lang == "en" else rng.choice(["嗯，三次方程，先找一个根。", "先试试因式分解。"]),
                      "Cubic; let me look for an easy root first." if lang == "en" else "找到根之后降次。",
                      ("Roots should be %s." % ", ".join(str(v) for v in (got))) if lang == "en" else "得到 %s。" % "、".join(str(v) for v in got)]) + body
    return q, body, ref


def quadratic(rng, lang, correct, err, style):
    while True:
        r1, r2 = rng.sample(range(-9, 10), 2)
        if r1 + r2 != 0:
            break
    a = rng.choice([1, 1, 2, 3])
    b, c = -a * (r1 + r2), a * r1 * r2
    P = poly([a, b, c])
    D = b * b - 4 * a * c
    sd = int(round(D ** 0.5))
    assert sd * sd == D
    ref = setref([r1, r2], rng)
    nb = -b if correct else b
    x1, x2 = Fraction(nb + sd, 2 * a), Fraction(nb - sd, 2 * a)
    got = [int(x1), int(x2)]
    if lang == "zh":
        q = rng.choice(["解方程 $%s = 0$。", "求方程 $%s = 0$ 的根。"]) % P
        L = [rng.choice(ZH_OPEN), "这里 $a=%d$，$b=%d$，$c=%d$。" % (a, b, c),
             "判别式 $\\Delta = b^2-4ac = %d - %s = %d$，$\\sqrt{\\Delta} = %d$。" % (b * b, paren(4 * a * c), D, sd),
             "由求根公式 $x = \\dfrac{%d \\pm %d}{%d}$，" % (nb, sd, 2 * a),
             zh_wrap(roots_text(lang, got, style, rng), rng)]
    else:
        q = rng.choice(["Solve $%s = 0$.", "Find the roots of $%s = 0$.", "Find all real $x$ such that $%s = 0$."]) % P
        L = [rng.choice(EN_OPEN), "Use the quadratic formula with $a = %d$, $b = %d$, $c = %d$." % (a, b, c),
             "The discriminant is $b^2 - 4ac = %d - %s = %d$, and $\\sqrt{%d} = %d$." % (b * b, paren(4 * a * c), D, D, sd),
             "So $$x = \\frac{%d \\pm %d}{%d}.$$" % (nb, sd, 2 * a),
             "This gives $x = \\frac{%d}{%d} = %d$ and $x = \\frac{%d}{%d} = %d$." % (nb + sd, 2 * a, got[0], nb - sd, 2 * a, got[1]),
             en_wrap(roots_text(lang, got, style, rng), rng)]
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN) if lang == "en" else "二次方程，用公式法。",
                      "Quadratic formula, discriminant %d." % D if lang == "en" else "判别式 %d。" % D]) + body
    return q, body, ref


def radical(rng, lang, correct, err, style):
    qv = rng.randint(0, 4)
    rv = rng.randint(qv + 2, qv + 6)
    sv = 2 * qv + 1 - rv
    pv = qv * qv - rv * sv
    lhs = "\\sqrt{%s}" % poly([1, pv])
    rhs = poly([1, -qv])
    Q = poly([1, -(2 * qv + 1), qv * qv - pv])
    ref = rng.choice(["\\{%d\\}" % rv, "x = %d" % rv, "%d" % rv])
    got = [rv] if correct else sorted([sv, rv])
    chk_s = "$\\sqrt{%d} = %d$ but the right side is $%d$" % (sv + pv, abs(sv - qv), sv - qv)
    if lang == "zh":
        q = "解方程 $%s = %s$。" % (lhs, rhs)
        L = [rng.choice(ZH_OPEN), "两边平方：$%s = (%s)^2$，整理得 $%s = 0$。" % (poly([1, pv]), rhs, Q),
             "因式分解得 $%s%s = 0$，所以 $x = %d$ 或 $x = %d$。" % (factor(sv), factor(rv), sv, rv)]
        if correct:
            L.append("检验：$x=%d$ 时，左边 $=\\sqrt{%d}=%d$，右边 $=%d$，不相等，舍去；$x=%d$ 时，左边 $=%d$，右边 $=%d$，成立。" % (sv, sv + pv, abs(sv - qv), sv - qv, rv, rv - qv, rv - qv))
        L.append(zh_wrap(roots_text(lang, got, style, rng), rng))
    else:
        q = rng.choice(["Solve $%s = %s$.", "Find all real solutions of the equation $%s = %s$."]) % (lhs, rhs)
        L = [rng.choice(EN_OPEN), "Square both sides:\n$$%s = (%s)^2 = %s.$$" % (poly([1, pv]), rhs, poly([1, -2 * qv, qv * qv])),
             "Bring everything to one side: $%s = 0$, which factors as $%s%s = 0$. So $x = %d$ or $x = %d$." % (Q, factor(sv), factor(rv), sv, rv)]
        if correct:
            L.append("Squaring can introduce extraneous roots, so check both:\n- $x = %d$: %s, so it is extraneous.\n- $x = %d$: $\\sqrt{%d} = %d$ and $%d - %d = %d$. ✓" % (sv, chk_s, rv, rv + pv, rv - qv, rv, qv, rv - qv))
        else:
            L.append("Both values come from a valid factorization, so both are solutions.")
        L.append(en_wrap(roots_text(lang, got, style, rng), rng))
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.5:
        body = think([rng.choice(THINK_OPEN) if lang == "en" else "根式方程，先平方。",
                      ("Square, solve the quadratic, then I must check for extraneous roots." if correct else "Square both sides and solve the quadratic.") if lang == "en" else "平方后解二次方程。"]) + body
    return q, body, ref


def pair_text(lang, x, y, style, rng):
    if lang == "zh":
        forms = ["x=%d，y=%d" % (x, y), "解得 x=%d, y=%d" % (x, y),
                 "$\\begin{cases} x = %d \\\\ y = %d \\end{cases}$" % (x, y), "y=%d，x=%d" % (y, x)]
        return forms[style % 4]
    forms = [umin("x = %d and y = %d" % (x, y)), "$(x, y) = (%d, %d)$" % (x, y), "$x = %d,\\ y = %d$" % (x, y),
             "y = %d and x = %d" % (y, x), "$\\boxed{(%d, %d)}$" % (x, y), "x = %d, y = %d" % (x, y)]
    return forms[style % 6]


def system(rng, lang, correct, err, style):
    while True:
        x0, y0 = rng.sample([v for v in range(-9, 10) if v], 2)
        a1, b1, a2, b2 = [rng.choice([v for v in range(-5, 7) if v]) for _ in range(4)]
        det = a1 * b2 - a2 * b1
        if det != 0 and abs(det) <= 30 and a1 > 0 and a2 > 0:
            break
    c1, c2 = a1 * x0 + b1 * y0, a2 * x0 + b2 * y0
    E1 = "%s = %d" % (lin2(a1, b1), c1)
    E2 = "%s = %d" % (lin2(a2, b2), c2)
    ref = rng.choice(["(%d, %d)", "(%d,%d)", "\\left(%d, %d\\right)"]) % (x0, y0)
    # eliminate x: multiply eq1 by a2, eq2 by a1, subtract
    ycoef, yrhs = a1 * b2 - a2 * b1, a1 * c2 - a2 * c1
    my = Fraction(yrhs, ycoef)
    if not correct and err == "sign":
        my = -my
    mx = Fraction(c1 - b1 * my, a1)
    if correct:
        ans = pair_text(lang, x0, y0, style, rng)
    elif err == "swap":
        ans = ("(%d, %d)" % (y0, x0)) if lang == "zh" else rng.choice(["$(%d, %d)$", "the solution is $(%d, %d)$", "\\boxed{(%d, %d)}"]) % (y0, x0)
    elif err == "named_swap":
        ans = ("x=%d，y=%d" % (y0, x0)) if lang == "zh" else umin("x = %d and y = %d" % (y0, x0))
    else:
        ans = ("x=%s，y=%s" % (pfr(mx), pfr(my))) if lang == "zh" else "$x = %s$, $y = %s$" % (tfrac(mx), tfrac(my))
    if lang == "zh":
        q = rng.choice(["解方程组 $\\begin{cases} %s \\\\ %s \\end{cases}$。", "求方程组 $\\begin{cases} %s \\\\ %s \\end{cases}$ 的解。"]) % (E1, E2)
    else:
        q = rng.choice(["Solve the system of equations\n$$\\begin{cases} %s \\\\ %s \\end{cases}$$",
                        "Find the point of intersection of the lines $%s$ and $%s$.",
                        "Find the ordered pair $(x, y)$ that satisfies $%s$ and $%s$."]) % (E1, E2)
    m1 = "%s = %d" % (lin2(a1 * a2, b1 * a2), c1 * a2)
    m2 = "%s = %d" % (lin2(a2 * a1, b2 * a1), c2 * a1)
    ysol = "%sy = %d" % (cx(ycoef), yrhs if (correct or err != "sign") else -yrhs)
    if lang == "zh":
        L = [rng.choice(ZH_OPEN), "①×%d 得 $%s$；②×%d 得 $%s$。" % (a2, m1, a1, m2),
             "两式相减得 $%s$，所以 $y = %s$。" % (ysol, tfrac(my)),
             "代入①：$%sx %s = %d$，所以 $x = %s$。" % (cx(a1), sgnterm(b1 * my), c1, tfrac(mx))]
        if not correct and err == "swap":
            L.append("所以方程组的解为 %s。" % ans)
        else:
            L.append(rng.choice(["所以方程组的解为 %s。", "**答案：** %s", "故 %s。"]) % ans)
    else:
        L = [rng.choice(EN_OPEN), "Label the equations (1) $%s$ and (2) $%s$." % (E1, E2),
             "**Eliminate $x$.** Multiply (1) by %d and (2) by %d:\n$$%s, \\qquad %s.$$" % (a2, a1, m1, m2),
             "Subtracting the first from the second gives $%s$, so $y = %s$." % (ysol, tfrac(my)),
             ("**Back-substitute** into (1): $%sx %s = %d$, so $%sx = %s$ and $x = %s$." % (cx(a1), sgnterm(b1 * my), c1, cx(a1), tfrac(c1 - b1 * my), tfrac(mx))) if a1 != 1 else
             ("**Back-substitute** into (1): $x %s = %d$, so $x = %s$." % (sgnterm(b1 * my), c1, tfrac(mx)))]
        if correct:
            L.append("**Check** in (2): $%d(%s) %s = %s$. %s" % (a2, tfrac(mx), sgnterm(b2 * my), tfrac(a2 * mx + b2 * my), "✓" if a2 * mx + b2 * my == c2 else ""))
        if not correct and err == "swap":
            L.append("We found $y$ first and then $x$, so " + ans + ".")
        else:
            L.append(rng.choice(["**Answer:** %s", "So %s.", "**Final answer:** %s"]) % ans)
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN) if lang == "en" else "二元一次方程组，用加减消元。",
                      "Elimination looks easiest." if lang == "en" else "先消去 x。"]) + body
    return q, body, ref


def lin2(a, b):
    s = ("" if a == 1 else "-" if a == -1 else str(a)) + "x"
    s += (" + " if b > 0 else " - ") + ("" if abs(b) == 1 else str(abs(b))) + "y"
    return s


def cx(a):
    return "" if a == 1 else "-" if a == -1 else str(a)


def sgnterm(v):
    v = Fraction(v)
    return ("+ %s" % tfrac(v)) if v >= 0 else ("- %s" % tfrac(-v))


def pfr(v):
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


def build(B, rng):
    specs = [(cubic, "cubic_roots", 12, 2, ["drop0", "qsign"]),
             (quadratic, "quadratic_roots", 8, 2, ["bsign"]),
             (radical, "radical_extraneous", 6, 2, ["extra"]),
             (system, "linear_system_pair", 20, 4, ["swap", "sign", "named_swap"])]
    for fn, sub, n, zh, errs in specs:
        for i, (lang, correct, err) in enumerate(balanced(n, zh, errs)):
            q, out, ref = fn(rng, lang, correct, err, i // 2 + rng.randint(0, 5))
            B.add("A_relations", sub, "cmath_like" if lang == "zh" else "math_like", "math", lang, q, out, ref, lab(correct))
