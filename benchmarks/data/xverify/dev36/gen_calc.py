"""Derivatives, antiderivatives, limits and logarithms."""
from fractions import Fraction as Fr
from common import T, poly, fnum


def nz(rng, lo, hi, avoid=()):
    while True:
        v = rng.randint(lo, hi)
        if v != 0 and v not in avoid:
            return v


def deriv_product(rng):
    a = nz(rng, -4, 5, [1])
    n = rng.choice([2, 3])
    e = f"e^{{{a}x}}"
    # d/dx x^n e^{ax} = e^{ax}(n x^{n-1} + a x^n)
    xn1 = "x" if n == 2 else "x^2"
    xn = f"x^{n}"
    ref = f"{e}({n}{xn1} {'+' if a > 0 else '-'} {abs(a)}{xn})"
    good = [(f"{n}{xn1}{e} {'+' if a > 0 else '-'} {abs(a)}{xn}{e}", "equiv_expanded_product"),
            (f"{'x' if n == 2 else 'x^2'}{e}({a}x + {n})".replace("(-", "(-").replace("+ -", "- "), "equiv_factored_more"),
            (f"({poly([a, n, 0, 0][:n + 1] if n == 2 else [a, n, 0, 0])}){e}", "equiv_polynomial_times_exp")]
    bad = [(f"{n}{xn1}{e}", "near_miss_missing_term"), (f"{e}({n}{xn1} {'-' if a > 0 else '+'} {abs(a)}{xn})", "near_miss_one_sign"),
           (f"{e}({n}{xn1} {'+' if a > 0 else '-'} {abs(a) + 1}{xn})", "near_miss_one_coefficient")]
    q = {"en": f"Differentiate $f(x) = {xn}{e}$.", "zh": f"求 $f(x) = {xn}{e}$ 的导数。"}
    work = [T(f"Product rule: $(uv)' = u'v + uv'$ with $u = {xn}$, $v = {e}$.", f"乘积法则：$(uv)' = u'v + uv'$，$u = {xn}$，$v = {e}$。"),
            T(f"$u' = {n}{xn1}$ and by the chain rule $v' = {a}{e}$.", f"$u' = {n}{xn1}$，由链式法则 $v' = {a}{e}$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def antideriv_poly(rng):
    c = [nz(rng, -4, 4) * 3, nz(rng, -5, 5) * 2, nz(rng, -7, 7)]
    F = [Fr(c[0], 3), Fr(c[1], 2), Fr(c[2]), 0]
    ref = f"{poly(F[:3] + [0])} + C"
    good = [(f"{poly(F[:3] + [0], ascending=True)} + C", "equiv_term_order_ascending"),
            (f"{poly(F[:3] + [0])} + K", "equiv_different_constant_name"),
            (f"F(x) = {poly(F[:3] + [0])} + C", "equiv_with_function_name")]
    B = list(F); B[0] = Fr(c[0])
    B2 = list(F); B2[1] = Fr(c[1])
    bad = [(f"{poly(B[:3] + [0])} + C", "near_miss_coefficient_not_divided"), (f"{poly(B2[:3] + [0])} + C", "near_miss_coefficient_not_divided"),
           (f"{poly([F[0], -F[1], F[2], 0])} + C", "near_miss_one_sign")]
    integrand = poly(c)
    q = {"en": f"Find $\\displaystyle\\int ({integrand})\\,dx$.", "zh": f"求不定积分 $\\displaystyle\\int ({integrand})\\,dx$。"}
    work = [T("Power rule term by term: $\\int x^n dx = \\frac{x^{n+1}}{n+1}$.", "逐项用幂函数积分公式：$\\int x^n dx = \\frac{x^{n+1}}{n+1}$。"),
            T(f"$\\int {c[0]}x^2 dx = {fnum(F[0])}x^3$, $\\int {c[1]}x\\,dx = {fnum(F[1])}x^2$.",
              f"$\\int {c[0]}x^2 dx = {fnum(F[0])}x^3$，$\\int {c[1]}x\\,dx = {fnum(F[1])}x^2$。"),
            T("Don't forget the arbitrary constant of integration.", "别忘了积分常数。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def antideriv_parts(rng):
    a = nz(rng, 2, 4)
    # int x e^{ax} dx = e^{ax}(x/a - 1/a^2) + C
    e = f"e^{{{a}x}}"
    ref = f"\\frac{{{e}}}{{{a * a}}}({a}x - 1) + C"
    good = [(f"\\frac{{x{e}}}{{{a}}} - \\frac{{{e}}}{{{a * a}}} + C", "equiv_expanded"),
            (f"\\frac{{({a}x - 1){e}}}{{{a * a}}} + C", "equiv_single_fraction"),
            (f"{e}\\left(\\frac{{x}}{{{a}}} - \\frac{{1}}{{{a * a}}}\\right) + C", "equiv_factored_exp")]
    bad = [(f"\\frac{{{e}}}{{{a * a}}}({a}x + 1) + C", "near_miss_one_sign"),
           (f"\\frac{{x{e}}}{{{a}}} - \\frac{{{e}}}{{{a}}} + C", "near_miss_wrong_constant_factor"),
           (f"\\frac{{x{e}}}{{{a}}} + C", "near_miss_missing_term")]
    q = {"en": f"Evaluate $\\displaystyle\\int x{e}\\,dx$.", "zh": f"求 $\\displaystyle\\int x{e}\\,dx$。"}
    work = [T(f"Integration by parts: $u = x$, $dv = {e}dx$, so $du = dx$, $v = \\frac{{1}}{{{a}}}{e}$.",
              f"分部积分：$u = x$，$dv = {e}dx$，则 $du = dx$，$v = \\frac{{1}}{{{a}}}{e}$。"),
            T(f"$\\int x{e}dx = \\frac{{x}}{{{a}}}{e} - \\frac{{1}}{{{a}}}\\int {e}dx$.", f"$\\int x{e}dx = \\frac{{x}}{{{a}}}{e} - \\frac{{1}}{{{a}}}\\int {e}dx$。"),
            T(f"And $\\int {e}dx = \\frac{{1}}{{{a}}}{e}$, giving a factor $\\frac{{1}}{{{a * a}}}$ on the second term.",
              f"而 $\\int {e}dx = \\frac{{1}}{{{a}}}{e}$，第二项系数为 $\\frac{{1}}{{{a * a}}}$。"),
            T("Differentiate my answer to check: it should give back the integrand.", "对结果求导检验，应回到被积函数。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def limit_rational(rng):
    kind = rng.choice(["ratio", "ratio", "dne", "inf"])
    if kind == "ratio":
        a, b = nz(rng, -9, 9), nz(rng, 2, 9)
        L = Fr(a, b)
        if L.denominator == 1:
            b += 1 if b < 9 else -1
            L = Fr(a, b)
        p1, p2 = rng.randint(-5, 5), rng.randint(-5, 5)
        expr = f"\\frac{{{poly([a, p1, 3])}}}{{{poly([b, p2, -1])}}}"
        ref = fnum(L)
        good = [(f"{fnum(L, False)}", "equiv_slash_fraction"), (f"\\frac{{{a * 2}}}{{{b * 2}}}", "equiv_unreduced_fraction")]
        if L.denominator in (2, 4, 5, 8):
            good.append((f"{float(L):g}", "equiv_decimal"))
        bad = [(fnum(1 / L), "near_miss_inverted_ratio"), (fnum(-L), "near_miss_one_sign"), ("0", "near_miss_zero")]
        q = {"en": f"Evaluate $\\lim_{{x\\to\\infty}} {expr}$.", "zh": f"求极限 $\\lim_{{x\\to\\infty}} {expr}$。"}
        work = [T("Divide numerator and denominator by $x^2$, the highest power.", "分子分母同除以最高次幂 $x^2$。"),
                T(f"All lower terms go to $0$, leaving the ratio of leading coefficients $\\frac{{{a}}}{{{b}}}$.",
                  f"低次项都趋于 $0$，剩下首项系数之比 $\\frac{{{a}}}{{{b}}}$。")]
    elif kind == "dne":
        c = nz(rng, -6, 6)
        expr = f"\\frac{{{abs(c) + 1}}}{{x {'-' if c > 0 else '+'} {abs(c)}}}"
        ref = "\\text{does not exist}"
        good = [("\\text{DNE}", "equiv_dne_abbreviation"), ("\\text{the limit does not exist}", "equiv_dne_sentence")]
        bad = [("\\infty", "near_miss_two_sided_infinity"), ("0", "near_miss_zero"), ("-\\infty", "near_miss_one_sided_only")]
        q = {"en": f"Evaluate $\\lim_{{x\\to {c}}} {expr}$, or state that it does not exist.",
             "zh": f"求极限 $\\lim_{{x\\to {c}}} {expr}$，若不存在请说明。"}
        work = [T(f"As $x \\to {c}^+$ the denominator is a small positive number, so the quotient $\\to +\\infty$.",
                  f"当 $x \\to {c}^+$ 时分母为很小的正数，商 $\\to +\\infty$。"),
                T(f"As $x \\to {c}^-$ the denominator is a small negative number, so the quotient $\\to -\\infty$.",
                  f"当 $x \\to {c}^-$ 时分母为很小的负数，商 $\\to -\\infty$。"),
                T("The one-sided limits disagree.", "左右极限不相等。")]
    else:
        c = nz(rng, -6, 6)
        k = nz(rng, 1, 5)
        expr = f"\\frac{{{k}}}{{(x {'-' if c > 0 else '+'} {abs(c)})^2}}"
        ref = "\\infty"
        good = [("+\\infty", "equiv_plus_infinity"), ("\\infty \\text{ (the function grows without bound)}", "equiv_infinity_with_words")]
        bad = [("-\\infty", "near_miss_infinity_sign"), ("0", "near_miss_zero"), (f"{k}", "near_miss_numerator_value")]
        q = {"en": f"Evaluate $\\lim_{{x\\to {c}}} {expr}$.", "zh": f"求极限 $\\lim_{{x\\to {c}}} {expr}$。"}
        work = [T("The denominator is a square, so it is positive on both sides and tends to $0$.", "分母是平方，两侧都为正且趋于 $0$。"),
                T(f"The numerator is the positive constant ${k}$, so both one-sided limits are $+\\infty$.",
                  f"分子是正常数 ${k}$，所以左右极限都是 $+\\infty$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def log_equation(rng):
    b = rng.choice([2, 3])
    while True:
        m = rng.randint(1, 4)
        s = rng.randint(m + 1, m + 8)
        P = s * (s - m)
        k = 0
        while b ** k < P:
            k += 1
        if b ** k == P:
            break
    e = m - s  # other root of x(x-m) = b^k: x^2 - m x - P = 0 -> roots s and m - s
    ref = f"x = {s}"
    good = [(f"{s}", "equiv_bare_value"), (f"x = \\log_{b} {b ** s}", "equiv_log_expression"),
            ("\\{" + f"{s}" + "\\}", "equiv_solution_set")]
    bad = [(f"x = {s} \\text{{ or }} x = {e}", "near_miss_extraneous_root_kept"), (f"x = {e}", "near_miss_extraneous_only"),
           (f"x = {s + 1}", "near_miss_wrong_value")]
    q = {"en": f"Solve $\\log_{b} x + \\log_{b}(x - {m}) = {k}$.", "zh": f"解方程 $\\log_{b} x + \\log_{b}(x - {m}) = {k}$。"}
    work = [T(f"Combine: $\\log_{b}[x(x - {m})] = {k}$, so $x(x - {m}) = {b}^{k} = {P}$.",
              f"合并：$\\log_{b}[x(x - {m})] = {k}$，所以 $x(x - {m}) = {b}^{k} = {P}$。"),
            T(f"$x^2 - {m}x - {P} = 0$ has roots $x = {s}$ and $x = {e}$.", f"$x^2 - {m}x - {P} = 0$ 的根为 $x = {s}$ 和 $x = {e}$。"),
            T(f"Domain: need $x > {m}$. So $x = {e}$ is rejected (log of a negative number is undefined).",
              f"定义域要求 $x > {m}$，所以 $x = {e}$ 舍去（负数没有对数）。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def log_derivative(rng):
    b = rng.choice([2, 3, 5, 10])
    a = nz(rng, 2, 7)
    ref = f"\\frac{{1}}{{x\\ln {b}}}"
    good = [(f"\\frac{{1}}{{x\\log_e {b}}}", "equiv_ln_as_log_e"), (f"\\frac{{\\log_{{{b}}} e}}{{x}}", "equiv_change_of_base"),
            (f"\\frac{{{a}}}{{{a}x\\ln {b}}}", "equiv_unreduced_fraction")]
    bad = [(f"\\frac{{\\ln {b}}}{{x}}", "near_miss_inverted_log_factor"), (f"\\frac{{1}}{{{a}x\\ln {b}}}", "near_miss_chain_rule_applied_wrongly"),
           ("\\frac{1}{x}", "near_miss_missing_log_factor")]
    q = {"en": f"Find $\\frac{{d}}{{dx}}\\log_{{{b}}}({a}x)$ for $x > 0$.", "zh": f"求 $\\frac{{d}}{{dx}}\\log_{{{b}}}({a}x)$（$x > 0$）。"}
    work = [T(f"Change of base: $\\log_{{{b}}}({a}x) = \\frac{{\\ln({a}x)}}{{\\ln {b}}} = \\frac{{\\ln {a} + \\ln x}}{{\\ln {b}}}$.",
              f"换底：$\\log_{{{b}}}({a}x) = \\frac{{\\ln({a}x)}}{{\\ln {b}}} = \\frac{{\\ln {a} + \\ln x}}{{\\ln {b}}}$。"),
            T(f"The $\\ln {a}$ part is a constant, so the factor ${a}$ disappears when I differentiate.",
              f"$\\ln {a}$ 是常数，求导后系数 ${a}$ 消失。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


ITEMS = [deriv_product, antideriv_poly, antideriv_parts, limit_rational, log_equation, log_derivative]
