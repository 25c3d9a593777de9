"""Algebra in several letters, exponents/roots, logarithms, trig forms, 'y = ...' answers."""
from fractions import Fraction as Fr
from common import T, expand


def fx(f):
    f = Fr(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def lin(m, b, lhs="y = "):
    """Clean slope-intercept text."""
    mx = "x" if m == 1 else ("-x" if m == -1 else "%dx" % m)
    if b == 0:
        return lhs + mx
    return lhs + mx + (" + %d" % b if b > 0 else " - %d" % -b)


def templates(rng):
    ts = []
    ts.append(T("algebra", "Simplify $\\frac{x^2 - a^2}{x - a}$ for $x \\neq a$.", "化简 $\\frac{x^2 - a^2}{x - a}$（$x \\neq a$）。", "x + a",
                [("a + x", "terms_reordered"), ("(x + a)", "parenthesized")],
                [("x - a", "sign_error"), ("x^2 + a", "incomplete_cancellation"), ("\\frac{x+a}{x-a}", "incomplete_cancellation")],
                ["Difference of squares: $x^2 - a^2 = (x-a)(x+a)$.", "Cancel the common factor $x - a$."],
                ["平方差公式：$x^2 - a^2 = (x-a)(x+a)$。", "约去公因式 $x - a$。"]))
    for p, q in ((2, 5), (3, 4), (-1, 6)):
        s, pr = p + q, p * q
        ts.append(T("algebra", ("Simplify $\\frac{x^2 + %dx + %d}{x + %d}$ for $x \\neq %d$." % (s, pr, p, -p)).replace("+ -", "- "),
                    ("化简 $\\frac{x^2 + %dx + %d}{x + %d}$（$x \\neq %d$）。" % (s, pr, p, -p)).replace("+ -", "- "),
                    ("x + %d" % q).replace("+ -", "- "),
                    [(("%d + x" % q), "terms_reordered"), (("\\frac{(x+%d)(x+%d)}{x+%d}\\Rightarrow x + %d" % (p, q, p, q)).replace("+-", "-").replace("+ -", "- "), "shows_work_then_result")],
                    [(("x + %d" % p).replace("+ -", "- "), "wrong_factor_cancelled"), (("x - %d" % q).replace("- -", "+ "), "sign_error"),
                     (("x + %d" % (s)).replace("+ -", "- "), "coefficient_confusion")],
                    ["Factor the numerator: I need two numbers with product %d and sum %d." % (pr, s), "One factor matches the denominator and cancels."],
                    ["分解分子：需要两个数，乘积为 %d，和为 %d。" % (pr, s), "其中一个因式与分母相同，约去。"]))
    ts.append(T("algebra", "Find the monic quadratic polynomial in $x$ whose roots are $p$ and $q$.", "求以 $p$、$q$ 为根、首项系数为 1 的关于 $x$ 的二次多项式。",
                "x^2 - (p+q)x + pq",
                [("(x-p)(x-q)", "factored_form"), ("x^2 - px - qx + pq", "expanded_unsimplified"), ("pq - (p+q)x + x^2", "terms_reordered")],
                [("(x+p)(x+q)", "sign_error"), ("x^2 + (p+q)x + pq", "sign_error"), ("x^2 - (p+q)x - pq", "sign_error")],
                ["By Vieta, the sum of roots is $p + q$ and the product is $pq$.", "For a monic quadratic $x^2 - (\\text{sum})x + \\text{product}$."],
                ["由韦达定理，两根之和为 $p + q$，两根之积为 $pq$。", "首一二次式为 $x^2 - (\\text{和})x + \\text{积}$。"], "P(x)"))
    ts.append(T("algebra", "Solve $ax - b = cx + d$ for $x$, assuming $a \\neq c$.", "解关于 $x$ 的方程 $ax - b = cx + d$（$a \\neq c$）。",
                "x = \\frac{b + d}{a - c}",
                [("\\frac{d + b}{a - c}", "terms_reordered"), ("-\\frac{b + d}{c - a}", "sign_pulled_out"), ("\\frac{-b-d}{c-a}", "numerator_denominator_negated")],
                [("\\frac{d - b}{a - c}", "sign_error"), ("\\frac{b + d}{c - a}", "sign_error"), ("\\frac{a - c}{b + d}", "fraction_inverted")],
                ["Collect $x$ terms on the left: $ax - cx = b + d$.", "Factor: $x(a - c) = b + d$."],
                ["把含 $x$ 的项移到左边：$ax - cx = b + d$。", "提公因式：$x(a - c) = b + d$。"], "x"))
    ts.append(T("algebra", "From $v^2 = u^2 + 2as$, solve for $s$ (assume $a \\neq 0$).", "由 $v^2 = u^2 + 2as$ 解出 $s$（$a \\neq 0$）。",
                "s = \\frac{v^2 - u^2}{2a}",
                [("\\frac{(v-u)(v+u)}{2a}", "factored_form"), ("\\frac{v^2}{2a} - \\frac{u^2}{2a}", "expanded"), ("\\frac{u^2 - v^2}{-2a}", "numerator_denominator_negated")],
                [("\\frac{v^2 - u^2}{a}", "missing_factor_2"), ("\\frac{u^2 - v^2}{2a}", "sign_error"), ("\\frac{(v-u)^2}{2a}", "invalid_factoring")],
                ["Subtract $u^2$: $2as = v^2 - u^2$.", "Divide by $2a$."], ["两边减去 $u^2$：$2as = v^2 - u^2$。", "再除以 $2a$。"], "s"))
    ts.append(T("algebra", "For $a, b > 0$, simplify $\\sqrt{8a^3 b}$.", "设 $a, b > 0$，化简 $\\sqrt{8a^3 b}$。", "2a\\sqrt{2ab}",
                [("2a\\sqrt{2}\\sqrt{ab}", "sqrt_split_product"), ("2\\sqrt{2}\\,a\\sqrt{a}\\sqrt{b}", "sqrt_split_product"), ("2\\sqrt{2}\\,a^{3/2}b^{1/2}", "root_as_fractional_exponent")],
                [("4a\\sqrt{ab}", "wrong_root_extraction"), ("2a^2\\sqrt{2b}", "wrong_exponent"), ("2a\\sqrt{2b}", "missing_factor")],
                ["Write $8a^3b = 4a^2 \\cdot 2ab$.", "Since $a > 0$, $\\sqrt{4a^2} = 2a$."], ["写成 $8a^3b = 4a^2 \\cdot 2ab$。", "因为 $a > 0$，$\\sqrt{4a^2} = 2a$。"]))
    for (p, q) in ((Fr(3, 2), Fr(1, 3)), (Fr(2, 3), Fr(1, 4)), (Fr(5, 4), Fr(1, 2))):
        e = p + q
        d = e.denominator
        num = e.numerator
        whole, rem = divmod(num, d)
        ref = "x^{%s}" % fx(e)
        good = [("\\sqrt[%d]{x^{%d}}" % (d, num), "exponent_as_root")]
        if whole >= 1 and rem:
            good.append(("x%s\\sqrt[%d]{x^{%d}}" % ("" if whole == 1 else "^{%d}" % whole, d, rem) if rem > 1 else
                         "x%s\\sqrt[%d]{x}" % ("" if whole == 1 else "^{%d}" % whole, d), "root_with_factor_pulled_out"))
        good.append(("x^{\\frac{%d}{%d}}" % (num, d), "fraction_exponent_display"))
        prod = p * q
        bad = [("x^{%s}" % fx(prod), "exponents_multiplied"), ("x^{%s}" % fx(Fr(p.numerator + q.numerator, p.denominator + q.denominator)), "fractions_added_wrongly"),
               ("\\sqrt[%d]{x^{%d}}" % (num, d), "root_index_swapped")]
        ts.append(T("algebra", "For $x > 0$, simplify $x^{%s} \\cdot x^{%s}$ to a single power of $x$." % (fx(p), fx(q)),
                    "设 $x > 0$，把 $x^{%s} \\cdot x^{%s}$ 化成 $x$ 的一个幂。" % (fx(p), fx(q)), ref, good, bad,
                    ["Same base, so add the exponents: $%s + %s$." % (fx(p), fx(q)), "Common denominator for the two fractions."],
                    ["同底数幂相乘，指数相加：$%s + %s$。" % (fx(p), fx(q)), "两个分数通分。"]))
    ts.append(T("algebra", "Simplify $\\left(a^{-1} + b^{-1}\\right)^{-1}$ for $a, b > 0$.", "设 $a, b > 0$，化简 $\\left(a^{-1} + b^{-1}\\right)^{-1}$。", "\\frac{ab}{a+b}",
                [("\\frac{ba}{b+a}", "factors_reordered"), ("ab(a+b)^{-1}", "negative_exponent_for_division"), ("\\frac{1}{\\frac{1}{a} + \\frac{1}{b}}", "reciprocal_sum_form")],
                [("a + b", "negative_exponent_distributed"), ("\\frac{a+b}{ab}", "fraction_inverted"), ("\\frac{1}{a+b}", "missing_factor")],
                ["$a^{-1} + b^{-1} = \\frac{1}{a} + \\frac{1}{b} = \\frac{a+b}{ab}$.", "The outer $-1$ power takes the reciprocal."],
                ["$a^{-1} + b^{-1} = \\frac{1}{a} + \\frac{1}{b} = \\frac{a+b}{ab}$。", "外层的 $-1$ 次方取倒数。"]))
    ts.append(T("algebra", "Combine into a single fraction: $\\frac{1}{x-a} - \\frac{1}{x+a}$.", "合并为一个分式：$\\frac{1}{x-a} - \\frac{1}{x+a}$。", "\\frac{2a}{x^2-a^2}",
                [("\\frac{2a}{(x-a)(x+a)}", "factored_denominator"), ("\\frac{-2a}{a^2 - x^2}", "numerator_denominator_negated"), ("2a(x^2-a^2)^{-1}", "negative_exponent_for_division")],
                [("\\frac{2x}{x^2-a^2}", "swapped_variable"), ("\\frac{-2a}{x^2-a^2}", "sign_error"), ("\\frac{2a}{x^2+a^2}", "sign_error")],
                ["Common denominator $(x-a)(x+a)$.", "Numerator: $(x+a) - (x-a)$."], ["公分母为 $(x-a)(x+a)$。", "分子：$(x+a) - (x-a)$。"]))
    for a, b, c, d in ((2, 3, 1, 4), (3, -1, 2, 5), (1, 2, 3, -4)):
        fwd = "\\frac{%dx + %d}{%dx + %d}" % (a, b, c, d)
        ref = "\\frac{%dx - %d}{%d - %dx}" % (d, b, a, c)
        fix = lambda s: s.replace("+ -", "- ").replace("- -", "+ ").replace("{1x", "{x").replace(" 1x", " x").replace("(1x", "(x")
        ts.append(T("algebra", fix("Find the inverse function of $f(x) = %s$." % fwd), fix("求函数 $f(x) = %s$ 的反函数。" % fwd), fix("f^{-1}(x) = " + ref),
                    [(fix("\\frac{%d - %dx}{%dx - %d}" % (b, d, c, a)), "numerator_denominator_negated"),
                     (fix("-\\frac{%dx - %d}{%dx - %d}" % (d, b, c, a)), "sign_pulled_out")],
                    [(fix("\\frac{%dx - %d}{%dx - %d}" % (d, b, c, a)), "sign_error"), (fix("\\frac{%dx + %d}{%dx + %d}" % (c, d, a, b)), "reciprocal_instead_of_inverse"),
                     (fix("\\frac{%dx - %d}{%d - %dx}" % (a, b, d, c)), "coefficients_swapped")],
                    [fix("Set $y = %s$ and solve for $x$: $y(%dx + %d) = %dx + %d$." % (fwd, c, d, a, b)), "Collect the $x$ terms and swap the roles of $x$ and $y$."],
                    [fix("令 $y = %s$，解出 $x$：$y(%dx + %d) = %dx + %d$。" % (fwd, c, d, a, b)), "整理含 $x$ 的项，再交换 $x$ 与 $y$。"], "f^{-1}(x)"))
    ts.append(T("algebra", "For $a, b > 0$, expand $\\ln\\left(a^2\\sqrt{b}\\right)$ in terms of $\\ln a$ and $\\ln b$.", "设 $a, b > 0$，用 $\\ln a$ 和 $\\ln b$ 展开 $\\ln\\left(a^2\\sqrt{b}\\right)$。",
                "2\\ln a + \\frac{1}{2}\\ln b",
                [("\\frac{1}{2}\\ln b + 2\\ln a", "terms_reordered"), ("\\frac{4\\ln a + \\ln b}{2}", "common_denominator"), ("2\\ln a + 0.5\\ln b", "decimal_coefficient")],
                [("2\\ln a \\cdot \\frac{1}{2}\\ln b", "log_product_rule_misapplied"), ("2\\ln a + 2\\ln b", "root_as_square"), ("\\ln a + \\frac{1}{2}\\ln b", "missing_factor_2")],
                ["Product rule: $\\ln(a^2\\sqrt{b}) = \\ln a^2 + \\ln b^{1/2}$.", "Power rule brings the exponents down."],
                ["乘积法则：$\\ln(a^2\\sqrt{b}) = \\ln a^2 + \\ln b^{1/2}$。", "幂法则把指数提到前面。"]))
    for k in (2, 3, 5):
        ts.append(T("algebra", "Solve $e^{%dx} = A$ for $x$, where $A > 0$." % k, "解方程 $e^{%dx} = A$（$A > 0$），求 $x$。" % k, "x = \\frac{\\ln A}{%d}" % k,
                    [("\\frac{1}{%d}\\ln A" % k, "coefficient_separated"), ("\\ln\\left(A^{1/%d}\\right)" % k, "log_power_rule"), ("\\ln\\sqrt[%d]{A}" % k, "exponent_as_root")],
                    [("\\ln\\frac{A}{%d}" % k, "log_quotient_misapplied"), ("%d\\ln A" % k, "coefficient_inverted"), ("\\frac{\\log_{10} A}{%d}" % k, "wrong_log_base")],
                    ["Take the natural log of both sides: $%dx = \\ln A$." % k], ["两边取自然对数：$%dx = \\ln A$。" % k], "x"))
    ts.append(T("algebra", "Express $\\log_2 x$ in terms of natural logarithms.", "用自然对数表示 $\\log_2 x$。", "\\frac{\\ln x}{\\ln 2}",
                [("\\frac{1}{\\ln 2}\\ln x", "coefficient_separated"), ("\\ln x \\cdot (\\ln 2)^{-1}", "negative_exponent_for_division")],
                [("\\frac{\\ln 2}{\\ln x}", "fraction_inverted"), ("\\ln\\frac{x}{2}", "log_quotient_misapplied"), ("\\ln x - \\ln 2", "log_quotient_misapplied")],
                ["Change of base: $\\log_b x = \\frac{\\ln x}{\\ln b}$."], ["换底公式：$\\log_b x = \\frac{\\ln x}{\\ln b}$。"]))
    ts.append(T("algebra", "Simplify $\\frac{\\sin 2x}{1 + \\cos 2x}$.", "化简 $\\frac{\\sin 2x}{1 + \\cos 2x}$。", "\\tan x",
                [("\\frac{\\sin x}{\\cos x}", "tan_as_sin_over_cos"), ("\\frac{2\\sin x\\cos x}{2\\cos^2 x}", "unreduced_identity_form"), ("\\frac{1}{\\cot x}", "reciprocal_of_cot")],
                [("\\cot x", "reciprocal_confusion"), ("\\tan 2x", "wrong_trig_argument"), ("2\\tan x", "spurious_factor_2")],
                ["$\\sin 2x = 2\\sin x\\cos x$ and $1 + \\cos 2x = 2\\cos^2 x$."], ["$\\sin 2x = 2\\sin x\\cos x$，$1 + \\cos 2x = 2\\cos^2 x$。"]))
    ts.append(T("algebra", "Write $\\cos^4 x - \\sin^4 x$ as a single trigonometric function of $2x$.", "把 $\\cos^4 x - \\sin^4 x$ 写成关于 $2x$ 的单个三角函数。", "\\cos 2x",
                [("\\cos(2x)", "parenthesized"), ("\\cos^2 x - \\sin^2 x", "double_angle_expanded"), ("1 - 2\\sin^2 x", "double_angle_variant")],
                [("\\sin 2x", "wrong_trig_function"), ("-\\cos 2x", "sign_error"), ("\\cos^2 2x", "wrong_exponent")],
                ["Difference of squares: $(\\cos^2 x - \\sin^2 x)(\\cos^2 x + \\sin^2 x)$.", "The second factor equals $1$."],
                ["平方差：$(\\cos^2 x - \\sin^2 x)(\\cos^2 x + \\sin^2 x)$。", "第二个因子等于 $1$。"]))
    for a in (1, 2, 3):
        for c in (1, -2):
            m = 2 * a
            bconst = c - a * a
            ref = lin(m, bconst)
            fix = lambda s: s.replace("+ -", "- ").replace("- -", "+ ")
            gen = ("%dx - y" % m) + ("" if bconst == 0 else (" + %d" % bconst if bconst > 0 else " - %d" % -bconst)) + " = 0"
            reord = ("y = %d + %dx" % (bconst, m)).replace("+ -", "- ") if bconst else "y = %dx" % m
            ts.append(T("algebra", fix("Find the equation of the tangent line to $y = x^2 + %d$ at $x = %d$." % (c, a)),
                        fix("求曲线 $y = x^2 + %d$ 在 $x = %d$ 处的切线方程。" % (c, a)), ref,
                        [(fix("y - %d = %d(x - %d)" % (a * a + c, m, a)), "point_slope_form"), (gen, "general_form"),
                         (reord, "terms_reordered")],
                        [(lin(a, bconst), "slope_missing_factor_2"), (lin(m, a * a + c), "intercept_wrong"),
                         (lin(-m, 3 * a * a + c), "sign_error")],
                        [fix("The derivative is $y' = 2x$, so the slope at $x = %d$ is $%d$." % (a, m)), fix("The point of tangency is $(%d, %d)$." % (a, a * a + c))],
                        [fix("导数 $y' = 2x$，在 $x = %d$ 处斜率为 $%d$。" % (a, m)), fix("切点为 $(%d, %d)$。" % (a, a * a + c))]))
    ts.append(T("algebra", "Solve the initial value problem $y' = ky$, $y(0) = y_0$.", "求解初值问题 $y' = ky$，$y(0) = y_0$。", "y = y_0 e^{kt}",
                [("y(t) = y_0\\exp(kt)", "exp_notation"), ("y = y_0\\left(e^{t}\\right)^{k}", "power_of_power")],
                [("y = y_0 e^{-kt}", "sign_error"), ("y = e^{kt} + y_0 - 1", "wrong_constant_placement"), ("y = k y_0 e^{kt}", "spurious_factor")],
                ["Separate variables: $\\frac{dy}{y} = k\\,dt$, so $\\ln|y| = kt + C$.", "Apply $y(0) = y_0$."],
                ["分离变量：$\\frac{dy}{y} = k\\,dt$，得 $\\ln|y| = kt + C$。", "代入 $y(0) = y_0$。"], "y(t)", dataset="math_like"))
    return ts


def generate(rng):
    recs = []
    for t in templates(rng):
        recs.extend(expand(rng, t))
    return recs
