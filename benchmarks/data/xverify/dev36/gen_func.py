"""Sequences, inverse functions and piecewise answers."""
from fractions import Fraction as Fr
from common import T, poly, fnum


def nz(rng, lo, hi, avoid=()):
    while True:
        v = rng.randint(lo, hi)
        if v != 0 and v not in avoid:
            return v


def arith_seq(rng):
    d = nz(rng, -7, 7, [1, -1])
    a1 = nz(rng, -9, 12, [d])
    i, j = rng.randint(2, 4), rng.randint(6, 10)
    ai, aj = a1 + (i - 1) * d, a1 + (j - 1) * d
    c = a1 - d
    ref = f"a_n = {poly([d, c], 'n')}"
    good = [(poly([d, c], 'n'), "equiv_without_name"), (f"a_n = {a1} + (n - 1)({d})", "equiv_unsimplified_formula"),
            (f"a_n = {poly([d, c], 'n', ascending=True)}", "equiv_term_order")]
    bad = [(f"a_n = {poly([d, a1], 'n')}", "near_miss_off_by_one_index"), (f"a_n = {poly([-d, c], 'n')}", "near_miss_one_sign"),
           (f"a_n = {poly([d, c + 1], 'n')}", "near_miss_wrong_constant")]
    q = {"en": f"An arithmetic sequence has $a_{{{i}}} = {ai}$ and $a_{{{j}}} = {aj}$. Find the general term $a_n$.",
         "zh": f"等差数列 $\\{{a_n\\}}$ 中 $a_{{{i}}} = {ai}$，$a_{{{j}}} = {aj}$，求通项公式 $a_n$。"}
    work = [T(f"$d = \\frac{{{aj} - ({ai})}}{{{j} - {i}}} = {d}$.", f"公差 $d = \\frac{{{aj} - ({ai})}}{{{j} - {i}}} = {d}$。"),
            T(f"$a_1 = a_{{{i}}} - {i - 1}d = {ai} - ({(i - 1) * d}) = {a1}$.", f"$a_1 = a_{{{i}}} - {i - 1}d = {ai} - ({(i - 1) * d}) = {a1}$。"),
            T(f"Check $n = {j}$: ${d}\\cdot{j} + ({c}) = {aj}$. Good.", f"检验 $n = {j}$：${d}\\cdot{j} + ({c}) = {aj}$，正确。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def geom_seq(rng):
    r = rng.choice([2, 3, -2, -3, 4])
    a1 = rng.choice([2, 3, 4, 5, 6, 7]) * (abs(r) if rng.random() < 0.6 else 1)
    a2, a4 = a1 * r, a1 * r ** 3
    ref = f"a_n = {a1}\\cdot ({r})^{{n-1}}" if r < 0 else f"a_n = {a1}\\cdot {r}^{{n-1}}"
    rb = f"({r})" if r < 0 else f"{r}"
    good = [(f"{a1}\\cdot {rb}^{{n-1}}", "equiv_without_name")]
    if a1 % abs(r) == 0:
        good.append((f"a_n = {fnum(Fr(a1, r))}\\cdot {rb}^{{n}}", "equiv_shifted_exponent"))
    else:
        good.append((f"a_n = \\frac{{{a1}}}{{{r}}}\\cdot {rb}^{{n}}", "equiv_shifted_exponent"))
    good.append((f"a_n = {rb}^{{n-1}}\\cdot {a1}", "equiv_factor_order"))
    bad = [(f"a_n = {a1}\\cdot {rb}^{{n}}", "near_miss_exponent_off_by_one"),
           (f"a_n = {a1}\\cdot {-r if r > 0 else -r}^{{n-1}}" if r < 0 else f"a_n = {a1}\\cdot (-{r})^{{n-1}}", "near_miss_ratio_sign"),
           (f"a_n = {a1 * r}\\cdot {rb}^{{n-1}}", "near_miss_wrong_first_term")]
    q = {"en": f"A geometric sequence has $a_2 = {a2}$ and $a_4 = {a4}$, and its common ratio is {'negative' if r < 0 else 'positive'}. Find $a_n$.",
         "zh": f"等比数列中 $a_2 = {a2}$，$a_4 = {a4}$，公比为{'负数' if r < 0 else '正数'}，求 $a_n$。"}
    work = [T(f"$q^2 = \\frac{{a_4}}{{a_2}} = {r * r}$, so $q = \\pm{abs(r)}$; the condition picks $q = {r}$.",
              f"$q^2 = \\frac{{a_4}}{{a_2}} = {r * r}$，所以 $q = \\pm{abs(r)}$，由条件取 $q = {r}$。"),
            T(f"$a_1 = a_2 / q = {a2} / ({r}) = {a1}$.", f"$a_1 = a_2 / q = {a2} / ({r}) = {a1}$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def inverse_fn(rng):
    while True:
        a, b, c, d = nz(rng, -5, 5), nz(rng, -7, 7), nz(rng, -4, 4), nz(rng, -7, 7)
        if a * d - b * c != 0 and a != -d and a != d:
            break
    f = f"\\frac{{{poly([a, b])}}}{{{poly([c, d])}}}"
    # y = (ax+b)/(cx+d) -> x = (dy - b)/(a - cy)
    ref = f"f^{{-1}}(x) = \\frac{{{poly([d, -b])}}}{{{poly([-c, a])}}}"
    good = [(f"\\frac{{{poly([-d, b])}}}{{{poly([c, -a])}}}", "equiv_negated_num_den"),
            (f"f^{{-1}}(x) = \\frac{{{poly([d, -b], ascending=True)}}}{{{poly([-c, a], ascending=True)}}}", "equiv_term_order"),
            (f"y = \\frac{{{poly([d, -b])}}}{{{poly([-c, a])}}}", "equiv_y_equals")]
    bad = [(f"f^{{-1}}(x) = \\frac{{{poly([d, b])}}}{{{poly([-c, a])}}}", "near_miss_one_sign"),
           (f"f^{{-1}}(x) = \\frac{{{poly([-c, a])}}}{{{poly([d, -b])}}}", "near_miss_inverted_fraction"),
           (f"f^{{-1}}(x) = \\frac{{{poly([a, -b])}}}{{{poly([-c, d])}}}", "near_miss_coefficients_not_swapped")]
    q = {"en": f"Find the inverse function of $f(x) = {f}$.", "zh": f"求函数 $f(x) = {f}$ 的反函数。"}
    work = [T(f"Set $y = {f}$ and solve for $x$: $y({poly([c, d])}) = {poly([a, b])}$.", f"令 $y = {f}$，解出 $x$：$y({poly([c, d])}) = {poly([a, b])}$。"),
            T(f"Collect the $x$ terms: $x({c}y - {a}) = {b} - {d}y$.".replace("- -", "+ "), f"含 $x$ 的项移到一边：$x({c}y - {a}) = {b} - {d}y$。".replace("- -", "+ ")),
            T("Divide, then swap the names of $x$ and $y$.", "两边相除，再交换 $x$ 与 $y$。"),
            T("Check: composing $f$ with my answer should give back $x$.", "检验：$f$ 与所求函数复合应得到 $x$。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


def piecewise(rng):
    a = nz(rng, -6, 6)
    k = nz(rng, -3, 3)
    # f(x) = |x - a| + k x
    r_hi, r_lo = [1 + k, -a], [k - 1, a]
    hi, lo = poly(r_hi), poly(r_lo)
    ref = f"f(x) = \\begin{{cases}} {hi}, & x \\ge {a} \\\\ {lo}, & x < {a} \\end{{cases}}"
    good = [(f"f(x) = \\begin{{cases}} {lo}, & x < {a} \\\\ {hi}, & x \\ge {a} \\end{{cases}}", "equiv_piece_order"),
            (f"f(x) = \\begin{{cases}} {hi}, & x > {a} \\\\ {lo}, & x \\le {a} \\end{{cases}}", "equiv_boundary_on_other_piece"),
            (f"f(x) = {hi} \\text{{ for }} x \\ge {a}; \\quad f(x) = {lo} \\text{{ for }} x < {a}", "equiv_piecewise_in_words")]
    bad = [(f"f(x) = \\begin{{cases}} {hi}, & x \\ge {a} \\\\ {poly([k - 1, -a])}, & x < {a} \\end{{cases}}", "near_miss_constant_sign_one_piece"),
           (f"f(x) = \\begin{{cases}} {lo}, & x \\ge {a} \\\\ {hi}, & x < {a} \\end{{cases}}", "near_miss_pieces_swapped"),
           (f"f(x) = \\begin{{cases}} {hi}, & x \\ge {-a} \\\\ {lo}, & x < {-a} \\end{{cases}}", "near_miss_breakpoint_sign")]
    fx = f"|{poly([1, -a])}| {'+' if k > 0 else '-'} {'' if abs(k) == 1 else abs(k)}x"
    q = {"en": f"Write $f(x) = {fx}$ as a piecewise function without absolute value signs.",
         "zh": f"将 $f(x) = {fx}$ 写成不含绝对值的分段函数。"}
    work = [T(f"The absolute value switches at $x = {a}$.", f"绝对值在 $x = {a}$ 处分段。"),
            T(f"For $x \\ge {a}$: $|{poly([1, -a])}| = {poly([1, -a])}$, so $f(x) = {poly([1, -a])} + ({k})x$.",
              f"当 $x \\ge {a}$ 时，$|{poly([1, -a])}| = {poly([1, -a])}$，$f(x) = {poly([1, -a])} + ({k})x$。"),
            T(f"For $x < {a}$: $|{poly([1, -a])}| = {poly([-1, a])}$, so $f(x) = {poly([-1, a])} + ({k})x$.",
              f"当 $x < {a}$ 时，$|{poly([1, -a])}| = {poly([-1, a])}$，$f(x) = {poly([-1, a])} + ({k})x$。"),
            T(f"At $x = {a}$ both pieces give ${(1 + k) * a - a}$, so the function is continuous there.",
              f"在 $x = {a}$ 处两段都等于 ${(1 + k) * a - a}$，函数连续。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


ITEMS = [arith_seq, geom_seq, inverse_fn, piecewise]
