"""Polynomials and rational expressions."""
from fractions import Fraction as Fr
from common import T, poly, lin, polymul, term


def nz(rng, lo, hi, avoid=()):
    while True:
        v = rng.randint(lo, hi)
        if v != 0 and v not in avoid:
            return v


def factor_cubic(rng):
    r = []
    while len(r) < 3:
        v = nz(rng, -7, 7, r + [-x for x in r])
        r.append(v)
    p = [1]
    for x in r:
        p = polymul(p, [1, -x])
    P = poly(p)
    fs = [lin(1, x) for x in r]
    ref = "".join(fs)
    perm = fs[1:] + fs[:1]
    neg = f"-({poly([-1, r[0]])}){fs[1]}{fs[2]}"  # -(r0 - x) = (x - r0)
    good = [("".join(perm), "equiv_factor_order"), (neg, "equiv_factor_sign_pulled"),
            ("".join(fs[::-1]), "equiv_factor_order")]
    b0 = [lin(1, -r[0])] + fs[1:]
    b1 = fs[:2] + [lin(1, r[2] + rng.choice([-1, 1]))]
    bad = [("".join(b0), "near_miss_root_sign"), ("".join(b1), "near_miss_wrong_root"),
           (fs[0] + fs[1], "near_miss_missing_factor")]
    q = {"en": f"Factor completely over the integers: $P(x) = {P}$.",
         "zh": f"在整数范围内将多项式完全因式分解：$P(x) = {P}$。"}
    work = [T(f"The constant term is {p[3]}, so by the rational root theorem I test divisors of {abs(p[3])}.",
              f"常数项为 {p[3]}，由有理根定理，试 {abs(p[3])} 的因数。"),
            T(f"Testing $x = {r[0]}$: $P({r[0]}) = 0$, so ${lin(1, r[0])}$ is a factor.",
              f"代入 $x = {r[0]}$：$P({r[0]}) = 0$，所以 ${lin(1, r[0])}$ 是一个因式。"),
            T(f"Synthetic division leaves the quadratic ${poly(polymul([1, -r[1]], [1, -r[2]]))}$.",
              f"综合除法后得到二次式 ${poly(polymul([1, -r[1]], [1, -r[2]]))}$。"),
            T(f"That quadratic has roots {r[1]} and {r[2]} (sum {r[1] + r[2]}, product {r[1] * r[2]}).",
              f"该二次式的两根为 {r[1]} 和 {r[2]}（和为 {r[1] + r[2]}，积为 {r[1] * r[2]}）。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def expand_product(rng):
    a, b = nz(rng, 1, 4), nz(rng, -6, 6)
    c, d = nz(rng, 1, 3), nz(rng, -6, 6)
    sq = polymul([a, b], [a, b])
    p = polymul(sq, [c, d])
    ref = poly(p)
    good = [(poly(p, ascending=True), "equiv_term_order_ascending"),
            (poly(p).replace(" + ", "+").replace(" - ", "-"), "equiv_no_spaces")]
    good.append((f"{term(p[0],'x',3,True)}{term(p[2],'x',1,False)}{term(p[1],'x',2,False)}"
                 f"{term(p[3],'x',0,False)}", "equiv_term_order_mixed"))
    p1 = list(p); p1[1] += rng.choice([-2, 2])
    p2 = list(p); p2[2] = -p2[2] if p2[2] != 0 else 3
    p3 = list(p); p3[3] = 0
    bad = [(poly(p1), "near_miss_one_coefficient"), (poly(p2), "near_miss_one_sign"),
           (poly(p3), "near_miss_missing_constant")]
    e = f"({poly([a, b])})^2({poly([c, d])})"
    q = {"en": f"Expand and simplify ${e}$.", "zh": f"展开并化简 ${e}$。"}
    work = [T(f"First square the binomial: $({poly([a, b])})^2 = {poly(sq)}$.",
              f"先把二项式平方：$({poly([a, b])})^2 = {poly(sq)}$。"),
            T(f"Now multiply each term of ${poly(sq)}$ by ${c if c != 1 else ''}x$ and by ${d}$.",
              f"再用 ${poly(sq)}$ 的每一项分别乘以 ${c if c != 1 else ''}x$ 和 ${d}$。"),
            T(f"The $x^3$ coefficient is ${sq[0]}\\cdot {c} = {p[0]}$ and the constant is ${sq[2]}\\cdot{d} = {p[3]}$.",
              f"$x^3$ 的系数是 ${sq[0]}\\cdot {c} = {p[0]}$，常数项是 ${sq[2]}\\cdot{d} = {p[3]}$。"),
            T(f"Collecting the middle terms: ${sq[0]}\\cdot{d} + {sq[1]}\\cdot{c}$ for $x^2$ and "
              f"${sq[1]}\\cdot{d} + {sq[2]}\\cdot{c}$ for $x$.",
              f"合并中间项：$x^2$ 的系数为 ${sq[0]}\\cdot{d} + {sq[1]}\\cdot{c}$，$x$ 的系数为 "
              f"${sq[1]}\\cdot{d} + {sq[2]}\\cdot{c}$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)



def rational_simplify(rng):
    a = nz(rng, 1, 8)
    b = nz(rng, -8, 8, [a, -a])
    num = poly([1, 0, -a * a])
    den = poly(polymul([1, -a], [1, -b]))
    ref = f"\\frac{{{poly([1, a])}}}{{{poly([1, -b])}}}"
    good = [(f"({poly([1, a])})/({poly([1, -b])})", "equiv_slash_fraction"),
            (f"\\frac{{{poly([-1, -a])}}}{{{poly([-1, b])}}}", "equiv_negated_num_den"),
            (f"\\frac{{{poly([1, a], ascending=True)}}}{{{poly([1, -b], ascending=True)}}}", "equiv_term_order")]
    bad = [(f"\\frac{{{poly([1, -a])}}}{{{poly([1, -b])}}}", "near_miss_numerator_sign"),
           (f"\\frac{{{poly([1, -b])}}}{{{poly([1, a])}}}", "near_miss_inverted_fraction"),
           (f"\\frac{{{poly([1, a])}}}{{{poly([1, b])}}}", "near_miss_denominator_sign")]
    q = {"en": f"Simplify $\\dfrac{{{num}}}{{{den}}}$ (for all $x$ where it is defined).",
         "zh": f"化简 $\\dfrac{{{num}}}{{{den}}}$（在有定义的 $x$ 处）。"}
    work = [T(f"Numerator: difference of squares, ${num} = {lin(1, a)}{lin(1, -a)}$.",
              f"分子是平方差：${num} = {lin(1, a)}{lin(1, -a)}$。"),
            T(f"Denominator: I need two numbers with product {a * b} and sum {a + b}, namely {a} and {b}, so "
              f"${den} = {lin(1, a)}{lin(1, b)}$.",
              f"分母：找积为 {a * b}、和为 {a + b} 的两个数，即 {a} 和 {b}，所以 ${den} = {lin(1, a)}{lin(1, b)}$。"),
            T(f"Cancel the common factor ${lin(1, a)}$ (valid for $x \\ne {a}$).",
              f"约去公因式 ${lin(1, a)}$（$x \\ne {a}$ 时成立）。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def rational_sum(rng):
    a = nz(rng, 2, 9)
    k = nz(rng, 2, 5)
    # k/(x-a) + k/(x+a) = 2kx/(x^2-a^2)
    ref = f"\\frac{{{2 * k}x}}{{{poly([1, 0, -a * a])}}}"
    good = [(f"\\frac{{{2 * k}x}}{{{lin(1, a)}{lin(1, -a)}}}", "equiv_factored_denominator"),
            (f"{2 * k}x/(x^2 - {a * a})", "equiv_slash_fraction"),
            (f"-\\frac{{{2 * k}x}}{{{a * a} - x^2}}", "equiv_negated_denominator")]
    bad = [(f"\\frac{{{2 * k * a}}}{{{poly([1, 0, -a * a])}}}", "near_miss_numerator"),
           (f"\\frac{{{2 * k}x}}{{{poly([1, 0, a * a])}}}", "near_miss_denominator_sign"),
           (f"\\frac{{{k}x}}{{{poly([1, 0, -a * a])}}}", "near_miss_one_coefficient")]
    e = f"\\frac{{{k}}}{{x - {a}}} + \\frac{{{k}}}{{x + {a}}}"
    q = {"en": f"Write ${e}$ as a single fraction.", "zh": f"把 ${e}$ 写成一个分式。"}
    work = [T(f"Common denominator $(x - {a})(x + {a}) = x^2 - {a * a}$.",
              f"通分，公分母为 $(x - {a})(x + {a}) = x^2 - {a * a}$。"),
            T(f"Numerator: ${k}(x + {a}) + {k}(x - {a})$; the constants ${k * a}$ and $-{k * a}$ cancel.",
              f"分子：${k}(x + {a}) + {k}(x - {a})$，常数 ${k * a}$ 与 $-{k * a}$ 相消。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def composition(rng):
    a, b = nz(rng, 2, 5), nz(rng, -6, 6)
    c = nz(rng, -5, 5)
    # f(x) = x^2 + c, g(x) = a x + b, f(g(x)) = (ax+b)^2 + c
    p = polymul([a, b], [a, b]); p[2] += c
    ref = f"f(g(x)) = {poly(p)}"
    good = [(poly(p), "equiv_without_function_name"),
            (f"({poly([a, b])})^2 {'+' if c > 0 else '-'} {abs(c)}", "equiv_unexpanded"),
            (poly(p, ascending=True), "equiv_term_order_ascending")]
    gf = [a, 0, a * c + b]
    p2 = list(p); p2[1] = -p2[1]
    p3 = list(p); p3[2] -= c
    bad = [(poly(gf), "near_miss_wrong_composition_order"), (poly(p2), "near_miss_one_sign"),
           (poly(p3), "near_miss_wrong_constant")]
    q = {"en": f"Let $f(x) = {poly([1, 0, c])}$ and $g(x) = {poly([a, b])}$. Find $f(g(x))$.",
         "zh": f"设 $f(x) = {poly([1, 0, c])}$，$g(x) = {poly([a, b])}$，求 $f(g(x))$。"}
    work = [T(f"Substitute $g(x)$ into $f$: $f(g(x)) = ({poly([a, b])})^2 {'+' if c > 0 else '-'} {abs(c)}$.",
              f"把 $g(x)$ 代入 $f$：$f(g(x)) = ({poly([a, b])})^2 {'+' if c > 0 else '-'} {abs(c)}$。"),
            T(f"Square: $({poly([a, b])})^2 = {poly(polymul([a, b], [a, b]))}$.",
              f"平方：$({poly([a, b])})^2 = {poly(polymul([a, b], [a, b]))}$。"),
            T("Careful: the order matters, $f(g(x))$ is not $g(f(x))$.",
              "注意顺序：$f(g(x))$ 与 $g(f(x))$ 不同。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


ITEMS = [factor_cubic, expand_product, rational_simplify, rational_sum, composition]
