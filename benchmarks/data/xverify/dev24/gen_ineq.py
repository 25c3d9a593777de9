"""Inequalities, parameter ranges, set operations."""
from common import compose2, poly, lin, boxed, compose, rec

INF = ["+\\infty", "\\infty", "+∞"]


def _iv(lo, hi, lc, hc, inf="+\\infty"):
    l = "-\\infty" if lo is None else str(lo)
    h = inf if hi is None else str(hi)
    return ("[" if lc and lo is not None else "(") + f"{l}, {h}" + ("]" if hc and hi is not None else ")")


def quad_ineq(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        a = rng.randint(-6, 3)
        b = a + rng.randint(1, 7)
        lead = rng.choice([1, 1, 2, -1])
        op = rng.choice([">", "≥", "<", "≤"])
        coeffs = [lead, -lead * (a + b), lead * a * b]
        # checker: roots satisfy the polynomial
        for r in (a, b):
            assert coeffs[0] * r * r + coeffs[1] * r + coeffs[2] == 0
        eff = op
        if lead < 0:
            eff = {">": "<", "<": ">", "≥": "≤", "≤": "≥"}[op]
        outside = eff in (">", "≥")
        closed = eff in ("≥", "≤")
        if outside:
            ref = f"(-\\infty, {a}{']' if closed else ')'} \\cup {'[' if closed else '('}{b}, +\\infty)"
        else:
            ref = _iv(a, b, closed, closed)
        le = "≤" if closed else "<"
        ge = "≥" if closed else ">"
        if outside:
            correct = [
                (f"x {le} {a} or x {ge} {b}", f"x {le} {a} 或 x {ge} {b}", "ineq_words_vs_interval"),
                (f"(-\\infty, {a}{']' if closed else ')'} \\cup {'[' if closed else '('}{b}, {rng.choice(INF)})",) * 2 + ("union_infty_notation",),
                (f"\\{{x \\mid x {le} {a} \\text{{ or }} x {ge} {b}\\}}", f"\\{{x \\mid x {le} {a} 或 x {ge} {b}\\}}", "set_builder"),
            ]
            wc = not closed
            wle = "≤" if wc else "<"
            wge = "≥" if wc else ">"
            wrong = [
                (f"(-\\infty, {a}{']' if wc else ')'} \\cup {'[' if wc else '('}{b}, +\\infty)",) * 2 + ("endpoint_open_closed_swapped",),
                (f"({b}, +\\infty)" if not closed else f"[{b}, +\\infty)",) * 2 + ("missing_union_piece",),
                (_iv(a, b, closed, closed),) * 2 + ("inside_instead_of_outside",),
                (f"x {wle} {a} or x {wge} {b}", f"x {wle} {a} 或 x {wge} {b}", "endpoint_open_closed_swapped"),
            ]
        else:
            correct = [
                (f"{a} {le} x {le} {b}", f"{a} {le} x {le} {b}", "double_ineq_vs_interval"),
                (_iv(a, b, closed, closed),) * 2 + ("same_interval",),
                (f"\\{{x \\mid {a} {le} x {le} {b}\\}}",) * 2 + ("set_builder",),
            ]
            wc = not closed
            wrong = [
                (_iv(a, b, wc, wc),) * 2 + ("endpoint_open_closed_swapped",),
                (_iv(-b, -a, closed, closed),) * 2 + ("sign_error_roots",),
                (f"(-\\infty, {a}{']' if closed else ')'} \\cup {'[' if closed else '('}{b}, +\\infty)",) * 2 + ("outside_instead_of_inside",),
                (_iv(a, b, closed, wc),) * 2 + ("one_endpoint_wrong",),
            ]
        wrong = [w for w in wrong if w[0] != ref and not (w[2] == "sign_error_roots" and a == -b)]
        good = i % 2 == 0
        ans_en, ans_zh, trap = rng.choice(correct if good else wrong)
        ans = ans_en if lang == "en" else ans_zh
        p = poly(coeffs)
        fac = f"{lin(a, 'x')}{lin(b, 'x')}"
        if lang == "en":
            q = f"Solve the inequality ${p} {op} 0$ over the real numbers. Give the solution set."
            intro = (f"We need all real x with ${p} {op} 0$. The plan is to make the leading coefficient positive, "
                     f"factor the quadratic, and then read off the sign of the product on each interval determined by the roots.")
            steps = [
                ("The leading coefficient is negative, so I multiply both sides by -1 "
                 f"(multiplying by a negative number reverses the inequality): the inequality becomes ${poly([1, -(a + b), a * b])} {eff} 0$."
                 if lead < 0 else
                 (f"Divide both sides by {lead}, which is positive, so the direction is unchanged: $" + poly([1, -(a + b), a * b]) + f" {eff} 0$."
                  if lead != 1 else "The leading coefficient is already 1, so no normalisation is needed.")),
                f"Factor: $x^2 - ({a + b})x + ({a * b}) = {fac}$, since the roots have sum {a + b} and product {a * b}. The roots are $x = {a}$ and $x = {b}$.",
                f"Sign chart: for $x < {a}$ both factors are negative so the product is positive; for ${a} < x < {b}$ the factors have opposite signs so the product is negative; for $x > {b}$ both are positive. "
                f"At $x = {a}$ and $x = {b}$ the product is 0, which {'is' if closed else 'is not'} allowed because the inequality is {'non-strict' if closed else 'strict'}.",
                f"So the set where the normalised quadratic is {'positive' if outside else 'negative'}{' or zero' if closed else ''} is the {'outer' if outside else 'inner'} region with respect to the roots {a} and {b}.",
            ]
            final = rng.choice([f"Therefore the solution set is {ans}.", f"The solution set is $\\boxed{{{ans}}}$.",
                                f"Hence the answer: {ans}."])
        else:
            q = f"解不等式 ${p} {op} 0$，写出解集。"
            intro = f"要求满足 ${p} {op} 0$ 的全部实数 x。思路是先把二次项系数化为正，再因式分解，最后用根把数轴分段讨论符号。"
            steps = [
                (f"二次项系数为负，两边同乘以 {lead}，不等号方向改变，得到 ${poly([1, -(a + b), a * b])} {eff} 0$。" if lead < 0 else
                 (f"两边同除以正数 {lead}，不等号方向不变：${poly([1, -(a + b), a * b])} {eff} 0$。" if lead != 1 else "二次项系数已经是 1，不需要化简。")),
                f"因式分解：$x^2 - ({a + b})x + ({a * b}) = {fac}$，两根之和为 {a + b}，之积为 {a * b}，所以两根为 $x = {a}$ 和 $x = {b}$。",
                f"列符号表：$x < {a}$ 时两个因式都为负，乘积为正；${a} < x < {b}$ 时乘积为负；$x > {b}$ 时乘积为正。在 $x = {a}$、$x = {b}$ 处乘积为 0，"
                f"由于不等式{'带等号' if closed else '是严格不等式'}，端点{'可以' if closed else '不能'}取到。",
                f"所以解集是以 {a} 和 {b} 为端点的{'两侧部分' if outside else '中间部分'}。",
            ]
            final = rng.choice([f"所以不等式的解集为 {ans}。", f"综上，解集为 $\\boxed{{{ans}}}$。", f"答案：{ans}。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "ineq", intro, steps, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def param_range(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        k = rng.randint(2, 5)
        d = k * k - 1
        r1, r2 = 2 - 2 * k, 2 + 2 * k
        # checker: discriminant a^2 - 4a - 4d vanishes at r1, r2
        for r in (r1, r2):
            assert r * r - 4 * r - 4 * d == 0
        kind = rng.choice(["real", "distinct", "none"])
        if kind == "real":
            ref = f"(-\\infty, {r1}] \\cup [{r2}, +\\infty)"
            cor = [(f"a ≤ {r1} or a ≥ {r2}", f"a ≤ {r1} 或 a ≥ {r2}", "words_vs_union"),
                   (f"a \\in (-\\infty, {r1}] \\cup [{r2}, {rng.choice(INF)})",) * 2 + ("infty_notation",),
                   (f"\\{{a \\mid a \\le {r1} \\text{{ or }} a \\ge {r2}\\}}",) * 2 + ("set_builder",)]
            wr = [(f"(-\\infty, {r1}) \\cup ({r2}, +\\infty)",) * 2 + ("open_where_closed_needed",),
                  (f"[{r2}, +\\infty)",) * 2 + ("missing_union_piece",),
                  (f"[{r1}, {r2}]",) * 2 + ("inside_instead_of_outside",),
                  (f"(-\\infty, {-r2}] \\cup [{-r1}, +\\infty)",) * 2 + ("sign_error_endpoints",)]
        elif kind == "distinct":
            ref = f"(-\\infty, {r1}) \\cup ({r2}, +\\infty)"
            cor = [(f"a < {r1} or a > {r2}", f"a < {r1} 或 a > {r2}", "words_vs_union"),
                   (f"a \\in (-\\infty, {r1}) \\cup ({r2}, {rng.choice(INF)})",) * 2 + ("infty_notation",),
                   (f"\\mathbb{{R}} \\setminus [{r1}, {r2}]",) * 2 + ("complement_form",)]
            wr = [(f"(-\\infty, {r1}] \\cup [{r2}, +\\infty)",) * 2 + ("closed_where_open_needed",),
                  (f"({r2}, +\\infty)",) * 2 + ("missing_union_piece",),
                  (f"a < {r1} or a > {r2 + 1}", f"a < {r1} 或 a > {r2 + 1}", "endpoint_off_by_one")]
        else:
            ref = f"({r1}, {r2})"
            cor = [(f"{r1} < a < {r2}",) * 2 + ("double_ineq_vs_interval",),
                   (f"a \\in ({r1}, {r2})",) * 2 + ("same_interval",),
                   (f"\\{{a \\mid {r1} < a < {r2}\\}}",) * 2 + ("set_builder",)]
            wr = [(f"[{r1}, {r2}]",) * 2 + ("closed_where_open_needed",),
                  (f"({r1}, {r2}]",) * 2 + ("one_endpoint_wrong",),
                  (f"(-\\infty, {r1}) \\cup ({r2}, +\\infty)",) * 2 + ("outside_instead_of_inside",)]
        good = i % 2 == 1
        ae, az, trap = rng.choice(cor if good else wr)
        ans = ae if lang == "en" else az
        eq = f"x^2 + ax + a + {d} = 0"
        en_cond = {"real": "has real roots", "distinct": "has two distinct real roots", "none": "has no real roots"}[kind]
        zh_cond = {"real": "有实数根", "distinct": "有两个不相等的实数根", "none": "没有实数根"}[kind]
        rel = {"real": "\\ge", "distinct": ">", "none": "<"}[kind]
        if lang == "en":
            q = f"Find the range of the real parameter $a$ such that the equation ${eq}$ {en_cond}."
            intro = "The condition on the roots of a quadratic equation is a condition on its discriminant, so I compute the discriminant as a function of a and solve a quadratic inequality in a."
            steps = [f"Here the coefficients are 1, a and a + {d}, so $\\Delta = a^2 - 4(a + {d}) = a^2 - 4a - {4 * d}$.",
                     f"The requirement is $\\Delta {rel} 0$, i.e. $a^2 - 4a - {4 * d} {rel} 0$.",
                     f"Solve $a^2 - 4a - {4 * d} = 0$: $a = \\frac{{4 \\pm \\sqrt{{16 + {16 * d}}}}}{{2}} = \\frac{{4 \\pm {4 * k}}}{{2}}$, so $a = {r1}$ or $a = {r2}$. Indeed $({r1})({r2}) = {r1 * r2} = -{4 * d}$ and ${r1} + {r2} = 4$.",
                     f"The parabola in a opens upward, so it is {'positive outside' if kind != 'none' else 'negative strictly between'} the roots {r1} and {r2}; "
                     f"{'the endpoints are included because equal roots still count as real roots' if kind == 'real' else 'the endpoints are excluded because there the discriminant is exactly 0'}."]
            final = rng.choice([f"So the range of a is {ans}.", f"Answer: $\\boxed{{{ans}}}$.", f"Therefore a must satisfy {ans}."])
        else:
            q = f"已知关于 x 的方程 ${eq}$ {zh_cond}，求实数 $a$ 的取值范围。"
            intro = "二次方程根的情况由判别式决定，所以先把判别式写成关于 a 的式子，再解关于 a 的一元二次不等式。"
            steps = [f"系数分别为 1、a、a + {d}，所以 $\\Delta = a^2 - 4(a + {d}) = a^2 - 4a - {4 * d}$。",
                     f"条件等价于 $\\Delta {rel} 0$，即 $a^2 - 4a - {4 * d} {rel} 0$。",
                     f"解方程 $a^2 - 4a - {4 * d} = 0$ 得 $a = \\frac{{4 \\pm {4 * k}}}{{2}}$，即 $a = {r1}$ 或 $a = {r2}$（验证：两根之积 {r1 * r2}，之和 4）。",
                     f"关于 a 的二次函数开口向上，{'在两根之外为正' if kind != 'none' else '在两根之间为负'}；{'端点处判别式为 0，方程有两个相等实根，也算有实根，所以端点可取' if kind == 'real' else '端点处判别式为 0，不满足条件，端点不取'}。"]
            final = rng.choice([f"所以实数a的取值范围是 {ans}。", f"综上，$\\boxed{{{ans}}}$。", f"答：a 的取值范围为 {ans}。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "param", intro, steps, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def set_ops(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        p = rng.randint(-3, 4)
        qd = rng.randint(2, 5)
        lo, hi = p - qd, p + qd
        s = rng.randint(lo + 1, hi - 1)
        # checker
        assert lo < s < hi
        op = rng.choice(["cap", "cup"])
        if op == "cap":
            ref = f"({s}, {hi}]"
            cor = [(f"\\{{x \\mid {s} < x \\le {hi}\\}}",) * 2 + ("set_builder",),
                   (f"the set of all x with {s} < x ≤ {hi}", f"满足 {s} < x ≤ {hi} 的全体实数", "double_ineq"), (f"({s},{hi}]",) * 2 + ("spacing_only",)]
            wr = [(f"[{s}, {hi}]",) * 2 + ("closed_where_open_needed",), (f"({s}, {hi})",) * 2 + ("open_where_closed_needed",),
                  (f"[{lo}, +\\infty)",) * 2 + ("union_instead_of_intersection",)]
        else:
            ref = f"[{lo}, +\\infty)"
            cor = [(f"\\{{x \\mid x \\ge {lo}\\}}",) * 2 + ("set_builder",), (f"all real x with x ≥ {lo}", f"所有满足 x ≥ {lo} 的实数 x 组成的集合", "inequality_form"),
                   (f"[{lo}, \\infty)",) * 2 + ("infty_without_plus",)]
            wr = [(f"({lo}, +\\infty)",) * 2 + ("open_where_closed_needed",), (f"({s}, {hi}]",) * 2 + ("intersection_instead_of_union",),
                  (f"[{lo}, {hi}]",) * 2 + ("dropped_unbounded_part",)]
        good = i % 2 == 0
        ae, az, trap = rng.choice(cor if good else wr)
        ans = ae if lang == "en" else az
        sym = "\\cap" if op == "cap" else "\\cup"
        if lang == "en":
            q = f"Let $A = \\{{x \\in \\mathbb{{R}} : |x {'-' if p >= 0 else '+'} {abs(p)}| \\le {qd}\\}}$ and $B = \\{{x \\in \\mathbb{{R}} : x > {s}\\}}$. Find $A {sym} B$."
            intro = "First describe each set as an interval, then combine them on the number line, paying attention to which endpoints are included."
            steps = [f"$|x - ({p})| \\le {qd}$ means $-{qd} \\le x - ({p}) \\le {qd}$, i.e. ${lo} \\le x \\le {hi}$. So $A = [{lo}, {hi}]$, both endpoints included because the inequality is non-strict.",
                     f"$B = ({s}, +\\infty)$; the endpoint {s} is excluded because the inequality is strict.",
                     f"On the number line, {s} lies inside A since ${lo} < {s} < {hi}$. " +
                     (f"The common part starts just after {s} (excluded, since {s} is not in B) and ends at {hi} (included, since {hi} is in both sets)." if op == "cap" else
                      f"Together the two sets cover everything from {lo} (included, since it lies in A) onwards, because B continues A past {hi} without a gap."),
                     "I also check a point in each piece: a point just above the left end belongs to the result, and a point just below does not."]
            final = rng.choice([f"So $A {sym} B = {ans}$.", f"Therefore $A {sym} B$ is $\\boxed{{{ans}}}$.", f"Answer: {ans}."])
        else:
            q = f"设集合 $A = \\{{x \\mid |x {'-' if p >= 0 else '+'} {abs(p)}| \\le {qd}\\}}$，$B = \\{{x \\mid x > {s}\\}}$，求 $A {sym} B$。"
            intro = "先把两个集合分别化成区间，再在数轴上取交集或并集，注意端点是否取到。"
            steps = [f"由 $|x - ({p})| \\le {qd}$ 得 $-{qd} \\le x - ({p}) \\le {qd}$，即 ${lo} \\le x \\le {hi}$，所以 $A = [{lo}, {hi}]$。",
                     f"$B = ({s}, +\\infty)$，由于是严格不等号，{s} 不属于 B。",
                     f"在数轴上 {s} 位于 A 内部。" + (f"公共部分从 {s}（不含）到 {hi}（含）。" if op == "cap" else f"两集合合起来从 {lo}（含）一直延伸到正无穷，中间没有空隙。"),
                     "再在每段取一个点检验，确认端点的取舍正确。"]
            final = rng.choice([f"所以 $A {sym} B = {ans}$。", f"综上，$A {sym} B = \\boxed{{{ans}}}$。", f"答案：{ans}。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "sets", intro, steps, final), ref, "Correct" if good else "Incorrect", trap))
    return out
