"""Calculus: derivatives, antiderivatives (+ C), definite integrals, limits, series sums."""
from fractions import Fraction as Fr
from common import T, expand, build_output, final_line, record


def frac(f):
    f = Fr(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(f.numerator), f.denominator)


def templates(rng):
    ts = []
    # d/dx x^n e^{ax}
    for n, a in ((2, 3), (3, 2), (2, -2)):
        an = a  # coefficient of x^n term
        ref = "e^{%dx}(%dx^{%d} + %dx^{%d})" % (a, n, n - 1, a, n) if n - 1 > 1 else "e^{%dx}(%dx + %dx^{%d})" % (a, n, a, n)
        ref = ref.replace("+ -", "- ")
        xn1 = "x^{%d}" % (n - 1) if n - 1 > 1 else "x"
        good = [("%se^{%dx}(%d + %dx)" % (xn1, a, n, a), "common_factor_pulled_out"),
                ("%dx^{%d}e^{%dx} + %d%se^{%dx}" % (a, n, a, n, xn1, a), "expanded_terms_reordered"),
                ("e^{%dx}\\left(%dx^{%d} + %d%s\\right)" % (a, a, n, n, xn1), "terms_reordered")]
        bad = [("%d%se^{%dx}" % (n, xn1, a), "product_rule_term_missing"),
               ("e^{%dx}(%d%s + x^{%d})" % (a, n, xn1, n), "chain_rule_factor_missing"),
               ("e^{%dx}(%d%s - %dx^{%d})" % (a, n, xn1, a, n), "sign_error")]
        good = [(g.replace("+ -", "- ").replace("- -", "+ "), tg) for g, tg in good]
        bad = [(b.replace("+ -", "- ").replace("- -", "+ "), tg) for b, tg in bad]
        ts.append(T("calculus", "Differentiate $f(x) = x^{%d}e^{%dx}$ with respect to $x$." % (n, a),
                    "求 $f(x) = x^{%d}e^{%dx}$ 对 $x$ 的导数。" % (n, a), "f'(x) = " + ref, good, bad,
                    ["Product rule: $(uv)' = u'v + uv'$ with $u = x^{%d}$ and $v = e^{%dx}$." % (n, a),
                     "Here $u' = %d%s$ and, by the chain rule, $v' = %de^{%dx}$." % (n, xn1, a, a)],
                    ["乘积法则：$(uv)' = u'v + uv'$，其中 $u = x^{%d}$，$v = e^{%dx}$。" % (n, a),
                     "$u' = %d%s$，由链式法则 $v' = %de^{%dx}$。" % (n, xn1, a, a)], "f'(x)"))
    ts.append(T("calculus", "Find $\\frac{d}{dx}\\left[\\sin^2 x\\right]$.", "求 $\\frac{d}{dx}\\left[\\sin^2 x\\right]$。",
                "\\sin 2x",
                [("2\\sin x\\cos x", "double_angle_expanded"), ("2\\cos x\\sin x", "factors_reordered"), ("\\sin(2x)", "parenthesized")],
                [("2\\sin x", "chain_rule_factor_missing"), ("\\cos 2x", "wrong_trig_function"), ("-2\\sin x\\cos x", "sign_error")],
                ["Chain rule with outer function $u^2$ and inner $u = \\sin x$.", "Outer derivative $2u$, inner derivative $\\cos x$."],
                ["链式法则：外层 $u^2$，内层 $u = \\sin x$。", "外层导数 $2u$，内层导数 $\\cos x$。"], "y'", ("the derivative", "导数")))
    for c in (1, 4, 9):
        ts.append(T("calculus", "Differentiate $y = \\sqrt{x^2 + %d}$." % c, "求 $y = \\sqrt{x^2 + %d}$ 的导数。" % c,
                    "\\frac{x}{\\sqrt{x^2+%d}}" % c,
                    [("x(x^2+%d)^{-1/2}" % c, "root_as_negative_fractional_exponent"),
                     ("\\frac{2x}{2\\sqrt{x^2+%d}}" % c, "unreduced_fraction"),
                     ("\\frac{x\\sqrt{x^2+%d}}{x^2+%d}" % (c, c), "rationalized")],
                    [("\\frac{1}{2\\sqrt{x^2+%d}}" % c, "chain_rule_factor_missing"),
                     ("\\frac{2x}{\\sqrt{x^2+%d}}" % c, "missing_factor_half"),
                     ("\\frac{x}{x^2+%d}" % c, "wrong_exponent")],
                    ["Write $y = (x^2+%d)^{1/2}$ and use the chain rule." % c,
                     "The outer derivative is $\\frac{1}{2}(x^2+%d)^{-1/2}$, the inner one is $2x$." % c],
                    ["写成 $y = (x^2+%d)^{1/2}$，用链式法则。" % c, "外层导数 $\\frac{1}{2}(x^2+%d)^{-1/2}$，内层导数 $2x$。" % c],
                    "y'", ("the derivative", "导数")))
    for a in (2, 3, 5):
        ts.append(T("calculus", "Find the derivative of $f(x) = \\tan(%dx)$." % a, "求 $f(x) = \\tan(%dx)$ 的导数。" % a,
                    "%d\\sec^2(%dx)" % (a, a),
                    [("\\frac{%d}{\\cos^2(%dx)}" % (a, a), "sec_as_reciprocal_cos"),
                     ("%d\\left(1 + \\tan^2(%dx)\\right)" % (a, a), "pythagorean_identity"),
                     ("%d + %d\\tan^2(%dx)" % (a, a, a), "expanded")],
                    [("\\sec^2(%dx)" % a, "chain_rule_factor_missing"), ("%d\\sec(%dx)\\tan(%dx)" % (a, a, a), "wrong_trig_function"),
                     ("\\frac{%d}{\\sin^2(%dx)}" % (a, a), "sin_cos_swapped")],
                    ["$\\frac{d}{du}\\tan u = \\sec^2 u$.", "With $u = %dx$, the chain rule multiplies by $u' = %d$." % (a, a)],
                    ["$\\frac{d}{du}\\tan u = \\sec^2 u$。", "令 $u = %dx$，链式法则再乘以 $u' = %d$。" % (a, a)], "f'(x)"))
    ts.append(T("calculus", "Find $\\frac{d}{dx}\\ln(\\sin x)$ for $0 < x < \\pi$.", "求 $\\frac{d}{dx}\\ln(\\sin x)$（$0 < x < \\pi$）。",
                "\\cot x",
                [("\\frac{\\cos x}{\\sin x}", "cot_as_cos_over_sin"), ("\\frac{1}{\\tan x}", "reciprocal_of_tan"), ("(\\tan x)^{-1}", "negative_exponent_for_division")],
                [("\\tan x", "reciprocal_confusion"), ("\\frac{1}{\\sin x}", "chain_rule_factor_missing"), ("-\\cot x", "sign_error")],
                ["$\\frac{d}{du}\\ln u = \\frac{1}{u}$ with $u = \\sin x$.", "Multiply by $u' = \\cos x$."],
                ["$\\frac{d}{du}\\ln u = \\frac{1}{u}$，其中 $u = \\sin x$。", "再乘以 $u' = \\cos x$。"], "y'", ("the derivative", "导数")))
    # antiderivatives with + C
    for a in (2, 3, 4):
        ts.append(T("calculus", "Evaluate the indefinite integral $\\int x e^{%dx}\\,dx$." % a, "求不定积分 $\\int x e^{%dx}\\,dx$。" % a,
                    "\\frac{e^{%dx}(%dx - 1)}{%d} + C" % (a, a, a * a),
                    [("\\frac{x}{%d}e^{%dx} - \\frac{1}{%d}e^{%dx} + C" % (a, a, a * a, a), "expanded"),
                     ("e^{%dx}\\left(\\frac{x}{%d} - \\frac{1}{%d}\\right) + K" % (a, a, a * a), "constant_renamed"),
                     ("\\frac{1}{%d}(%dx-1)e^{%dx} + C" % (a * a, a, a), "factor_pulled_out")],
                    [("\\frac{e^{%dx}(%dx + 1)}{%d} + C" % (a, a, a * a), "sign_error"),
                     ("\\frac{x e^{%dx}}{%d} + C" % (a, a), "integration_by_parts_term_missing"),
                     ("e^{%dx}(%dx - 1) + C" % (a, a), "missing_factor")],
                    ["Integration by parts with $u = x$, $dv = e^{%dx}dx$, so $du = dx$, $v = \\frac{1}{%d}e^{%dx}$." % (a, a, a),
                     "Then $\\int x e^{%dx}dx = \\frac{x}{%d}e^{%dx} - \\frac{1}{%d}\\int e^{%dx}dx$." % (a, a, a, a, a)],
                    ["分部积分：$u = x$，$dv = e^{%dx}dx$，则 $du = dx$，$v = \\frac{1}{%d}e^{%dx}$。" % (a, a, a),
                     "于是 $\\int x e^{%dx}dx = \\frac{x}{%d}e^{%dx} - \\frac{1}{%d}\\int e^{%dx}dx$。" % (a, a, a, a, a)]))
    for a in (2, 3, 5):
        ts.append(T("calculus", "Compute $\\int \\frac{dx}{x^2 + %d}$." % (a * a), "计算 $\\int \\frac{dx}{x^2 + %d}$。" % (a * a),
                    "\\frac{1}{%d}\\arctan\\frac{x}{%d} + C" % (a, a),
                    [("\\frac{\\arctan(x/%d)}{%d} + C" % (a, a), "fraction_rewritten"),
                     ("\\frac{1}{%d}\\tan^{-1}\\left(\\frac{x}{%d}\\right) + C" % (a, a), "inverse_tan_notation"),
                     ("\\frac{1}{%d}\\arctan\\frac{x}{%d} + C_1" % (a, a), "constant_renamed")],
                    [("\\arctan\\frac{x}{%d} + C" % a, "missing_factor"), ("\\frac{1}{%d}\\arctan(%dx) + C" % (a, a), "argument_inverted"),
                     ("\\frac{1}{%d}\\arctan\\frac{x}{%d} + C" % (a * a, a), "wrong_coefficient")],
                    ["Substitute $x = %d t$, $dx = %d\\,dt$; then $x^2 + %d = %d(t^2+1)$." % (a, a, a * a, a * a),
                     "The integral becomes $\\frac{1}{%d}\\int \\frac{dt}{t^2+1}$." % a],
                    ["令 $x = %d t$，$dx = %d\\,dt$，则 $x^2 + %d = %d(t^2+1)$。" % (a, a, a * a, a * a),
                     "积分变为 $\\frac{1}{%d}\\int \\frac{dt}{t^2+1}$。" % a]))
    ts.append(T("calculus", "Find $\\int \\sin x\\cos x\\,dx$.", "求 $\\int \\sin x\\cos x\\,dx$。", "\\frac{1}{2}\\sin^2 x + C",
                [("-\\frac{1}{2}\\cos^2 x + C", "differs_by_constant"), ("-\\frac{1}{4}\\cos 2x + C", "differs_by_constant"),
                 ("\\frac{\\sin^2 x}{2} + C", "fraction_rewritten")],
                [("\\frac{1}{2}\\cos^2 x + C", "sign_error"), ("\\sin^2 x + C", "missing_factor_half"), ("\\frac{1}{4}\\cos 2x + C", "sign_error")],
                ["Let $u = \\sin x$, $du = \\cos x\\,dx$.", "Then the integral is $\\int u\\,du$."],
                ["令 $u = \\sin x$，$du = \\cos x\\,dx$。", "积分变为 $\\int u\\,du$。"]))
    ts.append(T("calculus", "Evaluate $\\int \\ln x\\,dx$.", "计算 $\\int \\ln x\\,dx$。", "x\\ln x - x + C",
                [("x(\\ln x - 1) + C", "common_factor_pulled_out"), ("x\\ln x - x + C_0", "constant_renamed"), ("-x + x\\ln x + C", "terms_reordered")],
                [("x\\ln x + x + C", "sign_error"), ("\\frac{1}{x} + C", "differentiated_instead"), ("x\\ln x + C", "integration_by_parts_term_missing")],
                ["Parts with $u = \\ln x$, $dv = dx$: $du = dx/x$, $v = x$.", "So $\\int \\ln x\\,dx = x\\ln x - \\int 1\\,dx$."],
                ["分部积分，$u = \\ln x$，$dv = dx$：$du = dx/x$，$v = x$。", "所以 $\\int \\ln x\\,dx = x\\ln x - \\int 1\\,dx$。"]))
    ts.append(T("calculus", "Evaluate $\\int \\tan x\\,dx$.", "计算 $\\int \\tan x\\,dx$。", "-\\ln|\\cos x| + C",
                [("\\ln|\\sec x| + C", "log_of_reciprocal"), ("\\ln\\left|\\frac{1}{\\cos x}\\right| + C", "log_of_reciprocal"),
                 ("-\\ln\\lvert\\cos x\\rvert + K", "constant_renamed")],
                [("\\ln|\\cos x| + C", "sign_error"), ("\\sec^2 x + C", "differentiated_instead"), ("-\\ln|\\sin x| + C", "sin_cos_swapped")],
                ["Write $\\tan x = \\frac{\\sin x}{\\cos x}$ and let $u = \\cos x$, $du = -\\sin x\\,dx$.", "This gives $-\\int \\frac{du}{u}$."],
                ["把 $\\tan x$ 写成 $\\frac{\\sin x}{\\cos x}$，令 $u = \\cos x$，$du = -\\sin x\\,dx$。", "得到 $-\\int \\frac{du}{u}$。"]))
    # explicit constant requirement
    for n in (3, 4, 6):
        qe = "Find the most general antiderivative of $f(x) = %d x^{%d}$. Your answer must include the arbitrary constant of integration." % (n + 1, n)
        qz = "求 $f(x) = %d x^{%d}$ 的最一般的原函数，答案必须包含任意积分常数。" % (n + 1, n)
        ref = "x^{%d} + C" % (n + 1)
        ts.append(T("calculus", qe, qz, ref,
                    [("x^{%d} + C" % (n + 1), "general_antiderivative_with_C"), ("C + x^{%d}" % (n + 1), "terms_reordered"),
                     ("x^{%d} + K,\\ K \\in \\mathbb{R}" % (n + 1), "constant_renamed")],
                    [("x^{%d}" % (n + 1), "missing_C_when_required"), ("%dx^{%d} + C" % (n + 1, n + 1), "wrong_coefficient"),
                     ("x^{%d} + C" % n, "wrong_exponent")],
                    ["Power rule: $\\int x^{%d}dx = \\frac{x^{%d}}{%d}$." % (n, n + 1, n + 1), "Multiplying by the coefficient %d." % (n + 1)],
                    ["幂函数积分：$\\int x^{%d}dx = \\frac{x^{%d}}{%d}$。" % (n, n + 1, n + 1), "再乘以系数 %d。" % (n + 1)], "F(x)"))
    for n in (2, 5):
        qe = "Give any one antiderivative $F$ of $f(x) = %d x^{%d}$ (a single function is enough)." % (n + 1, n)
        qz = "写出 $f(x) = %d x^{%d}$ 的任意一个原函数 $F$（给出一个函数即可）。" % (n + 1, n)
        ts.append(T("calculus", qe, qz, "x^{%d}" % (n + 1),
                    [("x^{%d}" % (n + 1), "no_C_not_required"), ("x^{%d} + 7" % (n + 1), "specific_constant_allowed"),
                     ("x^{%d} + C" % (n + 1), "general_form_given")],
                    [("%dx^{%d}" % (n * (n + 1), n - 1), "differentiated_instead"), ("\\frac{x^{%d}}{%d}" % (n + 1, n + 1), "coefficient_dropped")],
                    ["Power rule for antiderivatives: raise the exponent by one and divide by the new exponent."],
                    ["原函数的幂法则：指数加一，再除以新的指数。"], "F(x)"))
    return ts


def definite(rng):
    ts = []
    for k in (2, 3):
        ts.append(T("calculus", "Evaluate $\\int_0^1 e^{%dx}\\,dx$ exactly." % k, "求 $\\int_0^1 e^{%dx}\\,dx$ 的精确值。" % k,
                    "\\frac{e^{%d} - 1}{%d}" % (k, k),
                    [("\\frac{1}{%d}\\left(e^{%d} - 1\\right)" % (k, k), "factor_pulled_out"), ("\\frac{e^{%d}}{%d} - \\frac{1}{%d}" % (k, k, k), "expanded"),
                     ("\\frac{-1 + e^{%d}}{%d}" % (k, k), "terms_reordered")],
                    [("\\frac{e^{%d} + 1}{%d}" % (k, k), "sign_error"), ("\\frac{e^{%d}}{%d}" % (k, k), "lower_limit_ignored"),
                     ("%d(e^{%d} - 1)" % (k, k), "coefficient_inverted")],
                    ["An antiderivative is $\\frac{1}{%d}e^{%dx}$." % (k, k), "Evaluate at $1$ and subtract the value at $0$."],
                    ["一个原函数是 $\\frac{1}{%d}e^{%dx}$。" % (k, k), "代入上限 $1$ 减去下限 $0$ 处的值。"]))
    specs = [
        ("\\int_0^{\\pi} x\\sin x\\,dx", "\\pi", [("\\pi", "same_exact_value"), ("\\pi - 0", "unsimplified_difference")],
         [("2\\pi", "missing_factor_half"), ("-\\pi", "sign_error"), ("\\pi^2/2", "wrong_exponent")],
         ["Parts: $u = x$, $dv = \\sin x\\,dx$, so $v = -\\cos x$.", "$[-x\\cos x]_0^{\\pi} + \\int_0^{\\pi}\\cos x\\,dx$."],
         ["分部积分：$u = x$，$dv = \\sin x\\,dx$，$v = -\\cos x$。", "$[-x\\cos x]_0^{\\pi} + \\int_0^{\\pi}\\cos x\\,dx$。"]),
        ("\\int_0^1 \\frac{dx}{1+x^2}", "\\frac{\\pi}{4}", [("\\pi/4", "inline_fraction"), ("\\frac{1}{4}\\pi", "coefficient_separated"), ("\\dfrac{\\pi}{4}", "display_style_fraction")],
         [("\\frac{\\pi}{2}", "wrong_coefficient"), ("\\frac{\\pi}{3}", "wrong_angle"), ("\\ln 2", "wrong_antiderivative")],
         ["The antiderivative is $\\arctan x$.", "$\\arctan 1 - \\arctan 0$."], ["原函数为 $\\arctan x$。", "$\\arctan 1 - \\arctan 0$。"]),
        ("\\int_1^{e} \\frac{\\ln x}{x}\\,dx", "\\frac{1}{2}", [("0.5", "decimal_equal"), ("\\tfrac{1}{2}", "display_style_fraction")],
         [("1", "missing_factor_half"), ("\\frac{e}{2}", "wrong_evaluation"), ("2", "fraction_inverted")],
         ["Substitute $u = \\ln x$, $du = dx/x$; limits become $0$ and $1$.", "So the integral is $\\int_0^1 u\\,du$."],
         ["令 $u = \\ln x$，$du = dx/x$，上下限变为 $0$ 和 $1$。", "积分变为 $\\int_0^1 u\\,du$。"]),
        ("\\int_0^{\\pi/2} \\sin^2 x\\,dx", "\\frac{\\pi}{4}", [("\\frac{\\pi}{4}", "same_exact_value"), ("0.25\\pi", "decimal_coefficient")],
         [("\\frac{\\pi}{2}", "missing_factor_half"), ("\\frac{1}{2}", "pi_dropped"), ("\\frac{\\pi}{8}", "extra_factor_half")],
         ["Use $\\sin^2 x = \\frac{1 - \\cos 2x}{2}$.", "$\\int_0^{\\pi/2}\\frac{1}{2}dx - \\frac{1}{2}\\int_0^{\\pi/2}\\cos 2x\\,dx$."],
         ["利用 $\\sin^2 x = \\frac{1 - \\cos 2x}{2}$。", "$\\int_0^{\\pi/2}\\frac{1}{2}dx - \\frac{1}{2}\\int_0^{\\pi/2}\\cos 2x\\,dx$。"]),
        ("\\int_0^1 x^2 e^{x}\\,dx", "e - 2", [("-2 + e", "terms_reordered"), ("e-2", "same_exact_value")],
         [("e + 2", "sign_error"), ("e - 1", "wrong_constant"), ("2 - e", "sign_error")],
         ["Parts twice: $\\int x^2e^x dx = x^2e^x - 2xe^x + 2e^x$.", "Evaluate from $0$ to $1$."],
         ["两次分部积分：$\\int x^2e^x dx = x^2e^x - 2xe^x + 2e^x$。", "从 $0$ 到 $1$ 代入。"]),
        ("\\int_1^{4} \\frac{dx}{x}", "\\ln 4", [("2\\ln 2", "log_power_rule"), ("\\ln 4 - \\ln 1", "unsimplified_difference")],
         [("\\ln 3", "wrong_evaluation"), ("\\frac{3}{4}", "wrong_antiderivative"), ("\\ln 2", "missing_factor_2")],
         ["The antiderivative of $1/x$ is $\\ln|x|$.", "Evaluate $\\ln 4 - \\ln 1$."], ["$1/x$ 的原函数是 $\\ln|x|$。", "计算 $\\ln 4 - \\ln 1$。"]),
    ]
    for integ, ref, good, bad, se, sz in specs:
        ts.append(T("calculus", "Evaluate $%s$." % integ, "计算 $%s$。" % integ, ref, good, bad, se, sz, None, ("the value of the integral", "积分值")))
    for a in (2, 3, 5):
        ts.append(T("calculus", "Evaluate the improper integral $\\int_0^{\\infty} e^{-%dx}\\,dx$." % a, "计算反常积分 $\\int_0^{\\infty} e^{-%dx}\\,dx$。" % a,
                    "\\frac{1}{%d}" % a, [("%d^{-1}" % a, "negative_exponent_for_division")],
                    [("%d" % a, "fraction_inverted"), ("-\\frac{1}{%d}" % a, "sign_error"), ("\\infty", "claims_divergent")],
                    ["Antiderivative $-\\frac{1}{%d}e^{-%dx}$, which tends to $0$ as $x \\to \\infty$." % (a, a)],
                    ["原函数为 $-\\frac{1}{%d}e^{-%dx}$，当 $x \\to \\infty$ 时趋于 $0$。" % (a, a)]))
    return ts


def limits_series(rng):
    ts = []
    for a, b in ((3, 6), (4, 10), (5, 2)):
        f = Fr(a, b)
        ts.append(T("calculus", "Compute $\\lim_{x\\to 0}\\frac{\\sin(%dx)}{%dx}$." % (a, b), "求 $\\lim_{x\\to 0}\\frac{\\sin(%dx)}{%dx}$。" % (a, b),
                    frac(f), [("%d/%d" % (a, b), "unreduced_fraction"), (("%g" % float(f)), "decimal_equal")] if float(f) * 100 % 1 == 0 else [("%d/%d" % (a, b), "unreduced_fraction")],
                    [(frac(Fr(b, a)), "fraction_inverted"), ("1", "standard_limit_misapplied"), ("0", "wrong_limit")],
                    ["Write $\\frac{\\sin(%dx)}{%dx} = \\frac{%d}{%d}\\cdot\\frac{\\sin(%dx)}{%dx}$." % (a, b, a, b, a, a), "and $\\frac{\\sin u}{u} \\to 1$."],
                    ["写成 $\\frac{\\sin(%dx)}{%dx} = \\frac{%d}{%d}\\cdot\\frac{\\sin(%dx)}{%dx}$，" % (a, b, a, b, a, a), "且 $\\frac{\\sin u}{u} \\to 1$。"], None, ("the limit", "极限")))
    for a in (2, 3, -1):
        ts.append(T("calculus", "Find $\\lim_{n\\to\\infty}\\left(1 + \\frac{%d}{n}\\right)^{n}$." % a, "求 $\\lim_{n\\to\\infty}\\left(1 + \\frac{%d}{n}\\right)^{n}$。" % a,
                    "e^{%d}" % a, [("\\exp(%d)" % a, "exp_notation")] + ([("\\frac{1}{e}", "negative_exponent_as_reciprocal")] if a == -1 else [("(e)^{%d}" % a, "parenthesized")]),
                    [("1", "indeterminate_form_mishandled"), ("e", "exponent_dropped"), ("e^{%d}" % (-a), "sign_error")],
                    ["Take logs: $n\\ln(1 + %d/n) \\to %d$." % (a, a), "Then exponentiate."], ["取对数：$n\\ln(1 + %d/n) \\to %d$。" % (a, a), "再取指数。"], None, ("the limit", "极限")))
    ts.append(T("calculus", "Evaluate $\\lim_{x\\to 0}\\frac{1-\\cos x}{x^2}$.", "求 $\\lim_{x\\to 0}\\frac{1-\\cos x}{x^2}$。", "\\frac{1}{2}",
                [("0.5", "decimal_equal"), ("1/2", "inline_fraction")], [("1", "missing_factor_half"), ("0", "wrong_limit"), ("2", "fraction_inverted")],
                ["Taylor: $\\cos x = 1 - \\frac{x^2}{2} + O(x^4)$."], ["泰勒展开：$\\cos x = 1 - \\frac{x^2}{2} + O(x^4)$。"], None, ("the limit", "极限")))
    for k in (3, 4, 5):
        s = Fr(k, k - 1)
        ts.append(T("calculus", "Find the sum of the series $\\sum_{n=0}^{\\infty} \\left(\\frac{1}{%d}\\right)^n$." % k,
                    "求级数 $\\sum_{n=0}^{\\infty} \\left(\\frac{1}{%d}\\right)^n$ 的和。" % k, frac(s),
                    [("\\frac{%d}{%d}" % (2 * k, 2 * k - 2), "unreduced_fraction"), ("1 + \\frac{1}{%d}" % (k - 1), "mixed_number_form")],
                    [(frac(Fr(1, k - 1)), "started_at_n_equals_1"), (frac(Fr(k - 1, k)), "fraction_inverted"), ("\\infty", "claims_divergent")],
                    ["Geometric series with ratio $r = 1/%d$, $|r| < 1$, first term $1$." % k, "Sum $= \\frac{1}{1-r}$."],
                    ["公比 $r = 1/%d$、首项为 $1$ 的几何级数，$|r| < 1$。" % k, "和为 $\\frac{1}{1-r}$。"], "S", ("the sum", "级数的和")))
    ts.append(T("calculus", "Find $\\sum_{n=1}^{\\infty}\\frac{1}{n^2}$.", "求 $\\sum_{n=1}^{\\infty}\\frac{1}{n^2}$。", "\\frac{\\pi^2}{6}",
                [("\\pi^2/6", "inline_fraction"), ("\\frac{1}{6}\\pi^2", "coefficient_separated")],
                [("\\frac{\\pi^2}{8}", "odd_terms_only"), ("\\frac{\\pi}{6}", "wrong_exponent"), ("\\frac{\\pi^2}{12}", "alternating_confusion")],
                ["This is the Basel problem; Euler compared the product and series forms of $\\frac{\\sin x}{x}$."],
                ["这是巴塞尔问题，欧拉比较了 $\\frac{\\sin x}{x}$ 的乘积形式与级数形式。"], "S", ("the sum", "级数的和")))
    ts.append(T("calculus", "For $|x| < 1$, find a closed form for $\\sum_{n=1}^{\\infty} n x^{n}$.", "当 $|x| < 1$ 时，求 $\\sum_{n=1}^{\\infty} n x^{n}$ 的闭合形式。",
                "\\frac{x}{(1-x)^2}", [("\\frac{x}{(x-1)^2}", "square_of_negated_base"), ("x(1-x)^{-2}", "negative_exponent_for_division"),
                                       ("\\frac{x}{1 - 2x + x^2}", "denominator_expanded")],
                [("\\frac{1}{(1-x)^2}", "index_shift_error"), ("\\frac{x}{1-x}", "wrong_exponent"), ("\\frac{x}{(1+x)^2}", "sign_error")],
                ["Differentiate $\\sum x^n = \\frac{1}{1-x}$ term by term and multiply by $x$."],
                ["对 $\\sum x^n = \\frac{1}{1-x}$ 逐项求导再乘以 $x$。"], "S", ("the sum", "级数的和")))
    ts.append(T("calculus", "Find the sum $\\sum_{n=1}^{\\infty}\\frac{(-1)^{n+1}}{n}$.", "求 $\\sum_{n=1}^{\\infty}\\frac{(-1)^{n+1}}{n}$ 的和。", "\\ln 2",
                [("\\log_e 2", "log_base_explicit"), ("-\\ln\\frac{1}{2}", "log_of_reciprocal")],
                [("-\\ln 2", "sign_error"), ("\\log_{10} 2", "wrong_log_base"), ("\\frac{\\pi}{4}", "wrong_series")],
                ["This is the Taylor series of $\\ln(1+x)$ evaluated at $x = 1$ (Abel's theorem)."],
                ["这是 $\\ln(1+x)$ 的泰勒级数在 $x = 1$ 处的值（阿贝尔定理）。"], "S", ("the sum", "级数的和")))
    return ts


def generate(rng):
    recs = []
    for t in templates(rng) + definite(rng) + limits_series(rng):
        recs.extend(expand(rng, t))
    return recs
