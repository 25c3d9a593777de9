"""Family A (part 1): inequalities answered as relations, reference an interval/union."""
from common import (SYM, FLIP, TOGGLE, umin, poly, factor, plug, seg, rays, think,
                    EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab)

DESC = {"ge": "nonnegative", "gt": "positive", "le": "nonpositive", "lt": "negative"}
ZDESC = {"ge": "大于或等于0", "gt": "大于0", "le": "小于或等于0", "lt": "小于0"}


def rel(op, v, st):
    if st == "t":
        return "x %s %s" % (SYM[op][1], v)
    if st == "z":
        return "x%s%s" % (SYM[op][0], v)
    return "x %s %s" % (SYM[op][0], v)


def chain(op_lo, a, op_hi, b, st):
    """'a < x <= b' meaning x op_lo a and x op_hi b."""
    i = 1 if st == "t" else 0
    sp = "" if st == "z" else " "
    return "%s%s%s%sx%s%s%s%s" % (a, sp, SYM[FLIP[op_lo]][i], sp, sp, SYM[op_hi][i], sp, b)


def ans_or(lang, a, opa, b, opb, style):
    if lang == "zh":
        forms = [rel(opa, a, "z") + "或" + rel(opb, b, "z"),
                 rel(opb, b, "z") + "或" + rel(opa, a, "z"),
                 "$%s$ 或 $%s$" % (rel(opa, a, "t"), rel(opb, b, "t"))]
        return forms[style % 3]
    forms = [umin(rel(opa, a, "u") + " or " + rel(opb, b, "u")),
             "$%s$ or $%s$" % (rel(opa, a, "t"), rel(opb, b, "t")),
             "$\\boxed{%s \\text{ or } %s}$" % (rel(opa, a, "t"), rel(opb, b, "t")),
             rel(opb, b, "u") + " or " + rel(opa, a, "u"),
             "\\[\n%s \\quad\\text{or}\\quad %s\n\\]" % (rel(opa, a, "t"), rel(opb, b, "t"))]
    return forms[style % 5]


def ans_and(lang, a, opa, b, opb, style):
    """x opa a and x opb b (opa is ge/gt, opb is le/lt)."""
    if lang == "zh":
        forms = [chain(opa, a, opb, b, "z"),
                 rel(opa, a, "z") + "且" + rel(opb, b, "z"),
                 "$%s$" % chain(opa, a, opb, b, "t")]
        return forms[style % 3]
    forms = [umin(chain(opa, a, opb, b, "u")),
             "$\\boxed{%s}$" % chain(opa, a, opb, b, "t"),
             rel(opa, a, "u") + " and " + rel(opb, b, "u"),
             "$%s$ and $%s$" % (rel(opa, a, "t"), rel(opb, b, "t")),
             "\\[\n%s\n\\]" % chain(opa, a, opb, b, "t")]
    return forms[style % 5]


def single(lang, op, v, style):
    if lang == "zh":
        return rel(op, v, "z")
    return ["$%s$" % rel(op, v, "t"), umin(rel(op, v, "u")), "$\\boxed{%s}$" % rel(op, v, "t")][style % 3]


def en_final(ans, rng):
    if ans.startswith("\\["):
        return rng.choice(["**Answer:**\n", "So the solution set is\n", "**Final answer:**\n"]) + ans
    return rng.choice(["**Answer:** %s", "So the solution is %s.", "**Final answer:** %s",
                       "Therefore the inequality holds exactly when %s."]) % ans


def zh_final(ans, rng):
    return rng.choice(["所以不等式的解集为 %s。", "**答案：** %s", "综上，%s。", "故解为：%s"]) % ans


def quad_ineq(rng, lang, correct, err, style):
    while True:
        a, b = sorted(rng.sample([v for v in range(-8, 10) if v != 0], 2))
        if b - a >= 2 and a + b != 0:
            break
    k = rng.choice([1, 1, 1, 2, 3])
    op = rng.choice(["ge", "gt", "le", "lt"])
    outside, closed = op in ("ge", "gt"), op in ("ge", "le")
    P, P1 = poly([k, -k * (a + b), k * a * b]), poly([1, -(a + b), a * b])
    ref = rays(a, closed, b, closed, rng.choice([r"\infty", r"+\infty"])) if outside else seg(a, closed, b, closed)
    ma, mb, mout, mcl, names = a, b, outside, closed, (-a, -b)
    if not correct:
        if err == "strict":
            mcl = not closed
        elif err == "region":
            mout = not outside
        else:  # sign slip while factoring
            ma, mb, names = -b, -a, (a, b)
    if mout:
        ans = ans_or(lang, ma, "le" if mcl else "lt", mb, "ge" if mcl else "gt", style)
    else:
        ans = ans_and(lang, ma, "ge" if mcl else "gt", mb, "le" if mcl else "lt", style)
    opt = SYM[op][1]
    fac = factor(ma) + factor(mb)
    t1, tm, t2 = ma - 1, ma + (mb - ma) // 2, mb + 1
    vals = [(t, t - ma, t - mb, (t - ma) * (t - mb)) for t in (t1, tm, t2)]
    chart = (err != "region") or correct
    if lang == "zh":
        q = rng.choice(["解不等式 $%s %s 0$，并用区间表示解集。", "求满足 $%s %s 0$ 的实数 $x$ 的取值范围。",
                        "解关于 $x$ 的不等式：$%s %s 0$。"]) % (P, opt)
        L = [rng.choice(ZH_OPEN)]
        if k != 1:
            L.append("两边同时除以 $%d$（$%d>0$，不等号方向不变），得 $%s %s 0$。" % (k, k, P1, opt))
        L.append("对左边因式分解：$%s = %s$。" % (P1, fac))
        L.append("令 $%s = 0$，得 $x_1 = %d$，$x_2 = %d$。" % (fac, ma, mb))
        if chart:
            L.append("；".join("取 $x=%d$：$%s%s = (%d)\\times(%d) = %d$" % (t, plug(ma, t), plug(mb, t), u, w, v)
                              for t, u, w, v in vals) + "。")
            L.append("所以当 $x<%d$ 或 $x>%d$ 时左边大于0，当 $%d<x<%d$ 时左边小于0。" % (ma, mb, ma, mb))
            L.append("题目要求左边%s，所以取%s。" % (ZDESC[op], "两根之外的部分" if mout else "两根之间的部分"))
        else:
            L.append("二次函数开口向上，所以%s。" % ("在两根之间函数值大于0" if outside else "在两根之外函数值小于0"))
        if closed == mcl:
            L.append("端点处左边等于0，%s。" % ("满足不等式，应包含端点" if closed else "不满足严格不等式，应去掉端点"))
        else:
            L.append("端点处左边等于0，%s。" % ("所以端点不取" if closed else "所以端点也要取到"))
        L.append(zh_final(ans, rng))
        body = "\n\n".join(x for x in L if x)
        if rng.random() < 0.4:
            body = think([rng.choice(["好的，解这个二次不等式。", "先因式分解，再看符号。"]),
                          "分解得 %s，根是 %d 和 %d。" % (fac, ma, mb),
                          "开口向上……" + ("取%s。" % ("两边" if mout else "中间")),
                          "端点%s。" % ("包含" if mcl else "不包含")]) + body
        return q, body, ref
    q = rng.choice(["Solve the inequality $%s %s 0$. Express the solution set in interval notation.",
                    "Find all real numbers $x$ such that $%s %s 0$.",
                    "For which real values of $x$ is $%s %s 0$? Give your answer as an interval or a union of intervals."]) % (P, opt)
    L = [rng.choice(EN_OPEN)]
    if k != 1:
        L.append("Since $%d > 0$, dividing both sides by %d does not change the direction of the inequality:\n$$%s %s 0.$$" % (k, k, P1, opt))
    else:
        L.append("We need all real $x$ with $%s %s 0$." % (P1, opt))
    L.append("**Step 1: factor.** We look for two numbers whose product is $%d$ and whose sum is $%d$. These are $%d$ and $%d$, so\n$$%s = %s.$$" % (a * b, -(a + b), names[0], names[1], P1, fac))
    L.append("**Step 2: critical points.** The product is zero at $x = %d$ and $x = %d$, which split the real line into three intervals." % (ma, mb))
    if chart:
        rows = ["- $x < %d$: test $x = %d$: $%s%s = (%d)(%d) = %d > 0$" % (ma, t1, plug(ma, t1), plug(mb, t1), vals[0][1], vals[0][2], vals[0][3]),
                "- $%d < x < %d$: test $x = %d$: $%s%s = (%d)(%d) = %d < 0$" % (ma, mb, tm, plug(ma, tm), plug(mb, tm), vals[1][1], vals[1][2], vals[1][3]),
                "- $x > %d$: test $x = %d$: $%s%s = (%d)(%d) = %d > 0$" % (mb, t2, plug(ma, t2), plug(mb, t2), vals[2][1], vals[2][2], vals[2][3])]
        L.append("**Step 3: sign chart.**\n" + "\n".join(rows))
        L.append("We need the expression to be %s, so we keep %s." % (DESC[op], "the two outer intervals" if mout else "the middle interval"))
    else:
        L.append("**Step 3: choose the region.** The parabola opens upward, so it is %s; that is the region we want." % ("above the axis between its roots" if outside else "below the axis outside its roots"))
    if closed == mcl:
        L.append("Because the inequality is %s, the endpoints $x = %d$ and $x = %d$ (where the expression equals $0$) are %s." % ("non-strict" if closed else "strict", ma, mb, "included" if closed else "excluded"))
    else:
        L.append("At $x = %d$ and $x = %d$ the expression equals $0$, so the endpoints are %s." % (ma, mb, "left out" if closed else "included as well"))
    L.append(en_final(ans, rng))
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.5:
        tk = [rng.choice(THINK_OPEN) + " I need to solve $%s %s 0$." % (P, opt),
              ("Divide through by %d first. " % k if k != 1 else "") + "Factor: product %d, sum %d... that's %d and %d, so %s. Roots at %d and %d." % (a * b, -(a + b), names[0], names[1], fac, ma, mb),
              ("Upward parabola, so it's positive outside the roots and negative between them. " if chart else "Upward parabola, so it's %s. " % ("positive between the roots" if outside else "negative outside the roots"))
              + "We want %s, so %s." % (DESC[op], "the outside" if mout else "the inside"),
              "Endpoints: %s." % ("included" if mcl else "excluded"),
              "Let me just double check with x = %d: %d. Negative, consistent." % (tm, vals[1][3]) if chart else "Okay, writing it up."]
        body = think(tk) + body
    return q, body, ref


def sys_ineq(rng, lang, correct, err, style):
    while True:
        lo, hi = sorted(rng.sample(range(-6, 12), 2))
        if hi - lo >= 2:
            break
    lo_op = rng.choice(["gt", "ge"])
    hi_op = "le" if lo_op == "gt" else rng.choice(["lt", "le"])
    a1, b1 = rng.choice([2, 3, 4, 5]), rng.choice([v for v in range(-9, 10) if v])
    c1 = a1 * lo + b1
    neg = (err == "flip") or (correct and rng.random() < 0.4)
    a2 = rng.choice([-2, -3, -4]) if neg else rng.choice([2, 3, 5])
    b2 = rng.choice([v for v in range(-9, 10) if v])
    c2 = a2 * hi + b2
    op2 = hi_op if a2 > 0 else FLIP[hi_op]
    ref = seg(lo, lo_op == "ge", hi, hi_op == "le")
    mlo_op, mhi_op = lo_op, hi_op
    if not correct and err == "strict":
        mlo_op = TOGGLE[lo_op]
    I1 = "%s %s %d" % (poly([a1, b1]), SYM[lo_op][1], c1)
    I2 = "%s %s %d" % (poly([a2, b2]), SYM[op2][1], c2)
    if not correct and err == "flip":
        flipped = FLIP[hi_op]  # forgot to reverse: x >= hi (or x > hi)
        fin = single(lang, flipped, hi, style)
    else:
        fin = ans_and(lang, lo, mlo_op, hi, mhi_op, style)
    d2 = c2 - b2
    if lang == "zh":
        q = rng.choice(["解不等式组 $\\begin{cases} %s \\\\ %s \\end{cases}$，并用区间表示解集。",
                        "求不等式组 $\\begin{cases} %s \\\\ %s \\end{cases}$ 的解集。"]) % (I1, I2)
        L = [rng.choice(ZH_OPEN)]
        L.append("由①：$%s$，移项得 $%dx %s %d$，所以 $%s$。" % (I1, a1, SYM[lo_op][1], c1 - b1, rel(mlo_op, lo, "t")))
        if a2 < 0 and err == "flip" and not correct:
            L.append("由②：$%s$，移项得 $%dx %s %d$，两边除以 $%d$ 得 $%s$。" % (I2, a2, SYM[op2][1], d2, a2, rel(FLIP[hi_op], hi, "t")))
            L.append("两个不等式的公共部分为 $%s$。" % rel(FLIP[hi_op], hi, "t"))
        else:
            extra = "（除以负数，不等号方向改变）" if a2 < 0 else ""
            L.append("由②：$%s$，移项得 $%dx %s %d$，两边除以 $%d$%s得 $%s$。" % (I2, a2, SYM[op2][1], d2, a2, extra, rel(hi_op, hi, "t")))
        L.append(rng.choice(["所以不等式组的解集为 %s。", "**答案：** %s", "综上，不等式组的解为 %s。"]) % fin)
        return q, "\n\n".join(x for x in L if x), ref
    q = rng.choice(["Solve the system of inequalities\n$$%s \\quad\\text{and}\\quad %s.$$\nWrite the solution set in interval notation.",
                    "Find all real $x$ that satisfy both $%s$ and $%s$."]) % (I1, I2)
    L = [rng.choice(EN_OPEN), "We solve each inequality separately and then intersect the results."]
    L.append("**First inequality.** $%s$. Subtracting %s gives $%dx %s %d$, and dividing by $%d$ gives $%s$." % (I1, paren_num(b1), a1, SYM[lo_op][1], c1 - b1, a1, rel(mlo_op, lo, "t")))
    if a2 < 0:
        if not correct and err == "flip":
            L.append("**Second inequality.** $%s$. Subtracting %s gives $%dx %s %d$, and dividing by $%d$ gives $%s$." % (I2, paren_num(b2), a2, SYM[op2][1], d2, a2, rel(FLIP[hi_op], hi, "t")))
            L.append("**Combine.** We need $%s$ and $%s$. Since $%d > %d$, the second condition is the stronger one." % (rel(mlo_op, lo, "t"), rel(FLIP[hi_op], hi, "t"), hi, lo))
        else:
            L.append("**Second inequality.** $%s$. Subtracting %s gives $%dx %s %d$. Dividing by $%d$, a negative number, reverses the inequality: $%s$." % (I2, paren_num(b2), a2, SYM[op2][1], d2, a2, rel(hi_op, hi, "t")))
    else:
        L.append("**Second inequality.** $%s$. Subtracting %s gives $%dx %s %d$, and dividing by $%d$ gives $%s$." % (I2, paren_num(b2), a2, SYM[op2][1], d2, a2, rel(hi_op, hi, "t")))
    if correct or err != "flip":
        L.append("**Combine.** Both conditions must hold, so $x$ lies between %d and %d, with the endpoints treated as above." % (lo, hi))
    L.append(en_final(fin, rng))
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.35:
        body = think([rng.choice(THINK_OPEN), "Two linear inequalities. First gives x vs %d, second gives x vs %d. Intersect." % (lo, hi),
                      "Careful with the sign when dividing by %d." % a2 if a2 < 0 else "No sign flips needed."]) + body
    return q, body, ref


def paren_num(v):
    return "$%d$" % v if v >= 0 else "$%d$ (i.e. adding %d)" % (v, -v)


def rational_ineq(rng, lang, correct, err, style):
    a, b = rng.sample([v for v in range(-7, 9)], 2)
    op = rng.choice(["ge", "le", "ge", "gt"])
    p, q_ = min(a, b), max(a, b)
    closed = op in ("ge", "le")
    inc = {a: closed, b: False}
    minc = dict(inc)
    if not correct:
        minc[b] = True  # treats the pole like a zero
    outside = op in ("ge", "gt")
    ref = rays(p, inc[p], q_, inc[q_]) if outside else seg(p, inc[p], q_, inc[q_])
    if outside:
        fin = ans_or(lang, p, "le" if minc[p] else "lt", q_, "ge" if minc[q_] else "gt", style)
    else:
        fin = ans_and(lang, p, "ge" if minc[p] else "gt", q_, "le" if minc[q_] else "lt", style)
    num, den = factor(a).strip("()"), factor(b).strip("()")
    expr = "\\frac{%s}{%s}" % (num, den)
    opt = SYM[op][1]
    if lang == "zh":
        qq = "解不等式 $%s %s 0$。" % (expr, opt)
        L = [rng.choice(ZH_OPEN), "分子为0时 $x=%d$，分母为0时 $x=%d$。" % (a, b),
             "用这两个点把数轴分成三段，分式在两端为正、在中间为负。",
             "所以要求%s时取%s。" % (ZDESC[op], "两端" if outside else "中间"),
             ("$x=%d$ 时分子为0，%s；" % (a, "可以取" if closed else "不能取")) +
             ("$x=%d$ 时分母为0，分式无意义，不能取。" % b if correct else "$x=%d$ 时也是临界点，同样取到。" % b),
             rng.choice(["所以解集为 %s。", "**答案：** %s"]) % fin]
        return qq, "\n\n".join(x for x in L if x), ref
    qq = rng.choice(["Solve $%s %s 0$.", "Find all real $x$ for which $%s %s 0$. Give the answer in interval notation."]) % (expr, opt)
    L = [rng.choice(EN_OPEN),
         "The numerator vanishes at $x = %d$ and the denominator vanishes at $x = %d$. These two critical points divide the line into three intervals." % (a, b)]
    rows = []
    for t in (p - 1, (p + q_) / 2.0, q_ + 1):
        tt = ("%g" % t)
        sgn = (t - a) * (t - b) > 0
        rows.append("- $x = %s$: numerator $%s$, denominator $%s$, quotient %s" % (tt, "%g" % (t - a), "%g" % (t - b), "positive" if sgn else "negative"))
    L.append("Test points:\n" + "\n".join(rows))
    L.append("We want the quotient to be %s, so we take %s." % (DESC[op], "the two outer intervals" if outside else "the middle interval"))
    if closed:
        L.append("At $x = %d$ the quotient is $0$, which is allowed, so $%d$ is included." % (a, a))
    if correct:
        L.append("At $x = %d$ the denominator is zero and the expression is undefined, so $%d$ is always excluded." % (b, b))
    else:
        L.append("The other critical point $x = %d$ is a boundary point too, so we close that end as well." % b)
    L.append(en_final(fin, rng))
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "Rational inequality. Critical points %d (zero) and %d (%s)." % (a, b, "pole, never included" if correct else "boundary"),
                      "Sign: positive outside, negative inside."]) + body
    return qq, body, ref


def abs_ineq(rng, lang, correct, err, style):
    m = rng.choice([1, 1, 2, 3])
    while True:
        n, r = rng.randint(-6, 9), rng.randint(2, 9)
        if (n - r) % m == 0 and (n + r) % m == 0:
            break
    lo, hi = (n - r) // m, (n + r) // m
    op = rng.choice(["ge", "le", "gt", "lt"])
    closed, outside = op in ("ge", "le"), op in ("ge", "gt")
    inner = poly([m, -n])
    M = "" if m == 1 else str(m)
    opt = SYM[op][1]
    ref = rays(lo, closed, hi, closed) if outside else seg(lo, closed, hi, closed)
    if correct:
        fin = ans_or(lang, lo, "le" if closed else "lt", hi, "ge" if closed else "gt", style) if outside else \
            ans_and(lang, lo, "ge" if closed else "gt", hi, "le" if closed else "lt", style)
    else:
        fin = single(lang, op, hi, style)
    if lang == "zh":
        qq = "解不等式 $|%s| %s %d$。" % (inner, opt, r)
        L = [rng.choice(ZH_OPEN)]
        if correct:
            if outside:
                L.append("由绝对值的意义，$%s %s %d$ 或 $%s %s %d$。" % (inner, SYM[FLIP[op]][1], -r, inner, opt, r))
            else:
                L.append("由绝对值的意义，$%d %s %s %s %d$。" % (-r, opt, inner, opt, r))
            L.append("解得 $x %s %d$ 与 $x %s %d$。" % (SYM[FLIP[op]][1], lo, opt, hi))
        else:
            L.append("去掉绝对值：$%s %s %d$，移项得 $%sx %s %d$，所以 $x %s %d$。" % (inner, opt, r, M, opt, n + r, opt, hi))
        L.append(rng.choice(["所以解集为 %s。", "**答案：** %s"]) % fin)
        return qq, "\n\n".join(x for x in L if x), ref
    qq = rng.choice(["Solve $|%s| %s %d$.", "Find all real $x$ with $|%s| %s %d$. Express the answer using interval notation."]) % (inner, opt, r)
    L = [rng.choice(EN_OPEN)]
    if correct:
        if outside:
            L.append("$|u| %s %d$ means $u %s %d$ or $u %s %d$. With $u = %s$:" % (opt, r, SYM[FLIP[op]][1], -r, opt, r, inner))
            L.append("- $%s %s %d \\Rightarrow %sx %s %d \\Rightarrow x %s %d$\n- $%s %s %d \\Rightarrow %sx %s %d \\Rightarrow x %s %d$"
                     % (inner, SYM[FLIP[op]][1], -r, M, SYM[FLIP[op]][1], n - r, SYM[FLIP[op]][1], lo, inner, opt, r, M, opt, n + r, opt, hi))
        else:
            L.append("$|u| %s %d$ means $%d %s u %s %d$. With $u = %s$:" % (opt, r, -r, opt, opt, r, inner))
            L.append("$$%d %s %s %s %d \\;\\Rightarrow\\; %d %s %sx %s %d \\;\\Rightarrow\\; %d %s x %s %d.$$" % (-r, opt, inner, opt, r, n - r, opt, M, opt, n + r, lo, opt, opt, hi))
    else:
        L.append("Remove the absolute value: $%s %s %d$." % (inner, opt, r))
        L.append("Moving the constant to the right-hand side: $%sx %s %d$, so $x %s %d$." % (M, opt, n + r, opt, hi))
    L.append(en_final(fin, rng))
    body = "\n\n".join(x for x in L if x)
    if rng.random() < 0.4:
        body = think([rng.choice(THINK_OPEN), "Absolute value inequality with center %s and radius %d." % (n if m == 1 else "%d/%d" % (n, m), r) if correct else "Just drop the absolute value bars and solve the linear inequality."]) + body
    return qq, body, ref


def build(B, rng):
    specs = [(quad_ineq, "quad_ineq", 20, 4, ["strict", "region", "sign"]),
             (sys_ineq, "system_ineq", 14, 2, ["strict", "flip"]),
             (rational_ineq, "rational_ineq", 8, 2, ["pole"]),
             (abs_ineq, "abs_ineq", 8, 2, ["lost_case"])]
    for fn, sub, n, zh, errs in specs:
        for i, (lang, correct, err) in enumerate(balanced(n, zh, errs)):
            q, out, ref = fn(rng, lang, correct, err, i // 2 + rng.randint(0, 4))
            B.add("A_relations", sub, "cmath_like" if lang == "zh" else "math_like", "math", lang, q, out, ref, lab(correct))
