"""Exact trigonometric values and trigonometric equations with k in Z."""
import math
from common import T

# (angle degrees, function, forms that are equal, near-miss forms); every form is checked numerically.
S6, S2, S3 = "\\sqrt{6}", "\\sqrt{2}", "\\sqrt{3}"
EXACT = [
    (75, "sin", [f"\\frac{{{S6} + {S2}}}{{4}}", f"\\frac{{{S2} + {S6}}}{{4}}", f"\\frac{{{S2}(\\sqrt{{3}} + 1)}}{{4}}",
                 f"\\frac{{{S6}}}{{4}} + \\frac{{{S2}}}{{4}}"],
     [(f"\\frac{{{S6} - {S2}}}{{4}}", "near_miss_one_sign"), (f"\\frac{{{S6} + {S2}}}{{2}}", "near_miss_denominator")],
     [(6 ** .5 + 2 ** .5) / 4, (2 ** .5 + 6 ** .5) / 4, 2 ** .5 * (3 ** .5 + 1) / 4, 6 ** .5 / 4 + 2 ** .5 / 4]),
    (15, "cos", [f"\\frac{{{S6} + {S2}}}{{4}}", f"\\frac{{{S2} + {S6}}}{{4}}", f"\\frac{{1 + {S3}}}{{2{S2}}}"],
     [(f"\\frac{{{S6} - {S2}}}{{4}}", "near_miss_one_sign"), (f"\\frac{{{S3} + 1}}{{4}}", "near_miss_missing_factor")],
     [(6 ** .5 + 2 ** .5) / 4, (2 ** .5 + 6 ** .5) / 4, (1 + 3 ** .5) / (2 * 2 ** .5)]),
    (15, "sin", [f"\\frac{{{S6} - {S2}}}{{4}}", f"\\frac{{{S2}({S3} - 1)}}{{4}}", f"\\frac{{{S3} - 1}}{{2{S2}}}"],
     [(f"\\frac{{{S2} - {S6}}}{{4}}", "near_miss_one_sign"), (f"\\frac{{{S6} + {S2}}}{{4}}", "near_miss_cofunction_value")],
     [(6 ** .5 - 2 ** .5) / 4, 2 ** .5 * (3 ** .5 - 1) / 4, (3 ** .5 - 1) / (2 * 2 ** .5)]),
    (75, "tan", [f"2 + {S3}", f"{S3} + 2", f"\\frac{{{S3} + 1}}{{{S3} - 1}}", f"\\frac{{1}}{{2 - {S3}}}"],
     [(f"2 - {S3}", "near_miss_one_sign"), (f"1 + {S3}", "near_miss_wrong_constant")],
     [2 + 3 ** .5, 3 ** .5 + 2, (3 ** .5 + 1) / (3 ** .5 - 1), 1 / (2 - 3 ** .5)]),
    (105, "cos", [f"\\frac{{{S2} - {S6}}}{{4}}", f"-\\frac{{{S6} - {S2}}}{{4}}", f"\\frac{{{S2}(1 - {S3})}}{{4}}"],
     [(f"\\frac{{{S6} - {S2}}}{{4}}", "near_miss_one_sign"), (f"-\\frac{{{S6} + {S2}}}{{4}}", "near_miss_wrong_value")],
     [(2 ** .5 - 6 ** .5) / 4, -(6 ** .5 - 2 ** .5) / 4, 2 ** .5 * (1 - 3 ** .5) / 4]),
    (165, "sin", [f"\\frac{{{S6} - {S2}}}{{4}}", f"\\frac{{{S3} - 1}}{{2{S2}}}", f"\\frac{{{S2}({S3} - 1)}}{{4}}"],
     [(f"-\\frac{{{S6} - {S2}}}{{4}}", "near_miss_one_sign"), (f"\\frac{{{S6} + {S2}}}{{4}}", "near_miss_wrong_value")],
     [(6 ** .5 - 2 ** .5) / 4, (3 ** .5 - 1) / (2 * 2 ** .5), 2 ** .5 * (3 ** .5 - 1) / 4]),
]


def _check():
    for deg, fn, forms, bad, vals in EXACT:
        true = getattr(math, fn)(math.radians(deg))
        assert len(vals) == len(forms)
        for v in vals:
            assert abs(v - true) < 1e-12, (deg, fn)


_check()


def exact_value(rng):
    deg, fn, forms, bad, vals = rng.choice(EXACT)
    ref = forms[0]
    good = [(f, "equiv_exact_trig_form") for f in forms[1:]]
    parts = {75: (45, 30, "+"), 15: (45, 30, "-"), 105: (60, 45, "+"), 165: (120, 45, "+")}[deg]
    q = {"en": f"Find the exact value of $\\{fn} {deg}^\\circ$.", "zh": f"求 $\\{fn} {deg}^\\circ$ 的精确值。"}
    work = [T(f"Write ${deg}^\\circ = {parts[0]}^\\circ {parts[2]} {parts[1]}^\\circ$ and use the {fn} addition formula.",
              f"把 ${deg}^\\circ$ 写成 ${parts[0]}^\\circ {parts[2]} {parts[1]}^\\circ$，用{fn}的和差公式。"),
            T("Known values: $\\sin 45^\\circ = \\cos 45^\\circ = \\frac{\\sqrt2}{2}$, $\\sin 30^\\circ = \\frac12$, "
              "$\\cos 30^\\circ = \\frac{\\sqrt3}{2}$, $\\sin 60^\\circ = \\frac{\\sqrt3}{2}$, $\\cos 60^\\circ = \\frac12$.",
              "已知：$\\sin 45^\\circ = \\cos 45^\\circ = \\frac{\\sqrt2}{2}$，$\\sin 30^\\circ = \\frac12$，"
              "$\\cos 30^\\circ = \\frac{\\sqrt3}{2}$，$\\sin 60^\\circ = \\frac{\\sqrt3}{2}$，$\\cos 60^\\circ = \\frac12$。"),
            T(f"Numerically $\\{fn} {deg}^\\circ \\approx {getattr(math, fn)(math.radians(deg)):.4f}$, which I will use to check the sign.",
              f"数值上 $\\{fn} {deg}^\\circ \\approx {getattr(math, fn)(math.radians(deg)):.4f}$，用来检查符号。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=list(bad))


def trig_equation(rng):
    kind = rng.choice(["sin_half", "tan_sqrt3", "cos2x", "cos_half"])
    if kind == "sin_half":
        eq = "\\sin x = \\frac{1}{2}"
        ref = "x = \\frac{\\pi}{6} + 2k\\pi \\text{ or } x = \\frac{5\\pi}{6} + 2k\\pi,\\ k \\in \\mathbb{Z}"
        good = [("x = (-1)^k\\frac{\\pi}{6} + k\\pi,\\ k \\in \\mathbb{Z}", "equiv_combined_family"),
                ("x = \\frac{5\\pi}{6} + 2n\\pi \\text{ or } x = \\frac{\\pi}{6} + 2n\\pi,\\ n \\in \\mathbb{Z}", "equiv_renamed_integer")]
        bad = [("x = \\frac{\\pi}{6} + 2k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_missing_family"),
               ("x = \\frac{\\pi}{6} + k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_extra_solutions"),
               ("x = \\pm\\frac{\\pi}{6} + 2k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_pm_instead_of_supplement")]
        w = ("$\\sin x = \\frac12$ at $x = \\frac{\\pi}{6}$ and, by symmetry about $\\frac{\\pi}{2}$, at $x = \\frac{5\\pi}{6}$ in $[0, 2\\pi)$.",
             "在 $[0, 2\\pi)$ 内 $\\sin x = \\frac12$ 的解为 $\\frac{\\pi}{6}$，由关于 $\\frac{\\pi}{2}$ 的对称性还有 $\\frac{5\\pi}{6}$。")
    elif kind == "tan_sqrt3":
        eq = "\\tan x = \\sqrt{3}"
        ref = "x = \\frac{\\pi}{3} + k\\pi,\\ k \\in \\mathbb{Z}"
        good = [("x = \\frac{\\pi}{3} + n\\pi,\\ n \\in \\mathbb{Z}", "equiv_renamed_integer"),
                ("x = \\frac{(3k+1)\\pi}{3},\\ k \\in \\mathbb{Z}", "equiv_combined_fraction")]
        bad = [("x = \\frac{\\pi}{3} + 2k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_missing_half_period"),
               ("x = \\frac{\\pi}{6} + k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_wrong_base_angle"),
               ("x = \\pm\\frac{\\pi}{3} + k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_extra_solutions")]
        w = ("$\\tan$ has period $\\pi$, and $\\tan\\frac{\\pi}{3} = \\sqrt3$.", "$\\tan$ 的周期为 $\\pi$，且 $\\tan\\frac{\\pi}{3} = \\sqrt3$。")
    elif kind == "cos2x":
        eq = "\\cos 2x = 0"
        ref = "x = \\frac{\\pi}{4} + \\frac{k\\pi}{2},\\ k \\in \\mathbb{Z}"
        good = [("x = \\frac{(2k+1)\\pi}{4},\\ k \\in \\mathbb{Z}", "equiv_combined_fraction"),
                ("x = \\frac{\\pi}{4} + \\frac{n\\pi}{2},\\ n \\in \\mathbb{Z}", "equiv_renamed_integer")]
        bad = [("x = \\frac{\\pi}{4} + k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_missing_family"),
               ("x = \\frac{\\pi}{2} + k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_forgot_to_halve"),
               ("x = \\frac{\\pi}{4} + \\frac{k\\pi}{4},\\ k \\in \\mathbb{Z}", "near_miss_extra_solutions")]
        w = ("$\\cos\\theta = 0 \\iff \\theta = \\frac{\\pi}{2} + k\\pi$; here $\\theta = 2x$, so divide by 2.",
             "$\\cos\\theta = 0 \\iff \\theta = \\frac{\\pi}{2} + k\\pi$，这里 $\\theta = 2x$，两边除以 2。")
    else:
        eq = "\\cos x = \\frac{1}{2}"
        ref = "x = \\pm\\frac{\\pi}{3} + 2k\\pi,\\ k \\in \\mathbb{Z}"
        good = [("x = \\frac{\\pi}{3} + 2k\\pi \\text{ or } x = \\frac{5\\pi}{3} + 2k\\pi,\\ k \\in \\mathbb{Z}", "equiv_split_families"),
                ("x = 2k\\pi \\pm \\frac{\\pi}{3},\\ k \\in \\mathbb{Z}", "equiv_term_order")]
        bad = [("x = \\frac{\\pi}{3} + 2k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_missing_pm_family"),
               ("x = \\pm\\frac{\\pi}{6} + 2k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_wrong_base_angle"),
               ("x = \\pm\\frac{2\\pi}{3} + 2k\\pi,\\ k \\in \\mathbb{Z}", "near_miss_sign_of_value")]
        w = ("$\\cos x = \\frac12$ at $x = \\frac{\\pi}{3}$ and, since cosine is even, at $x = -\\frac{\\pi}{3}$.",
             "$\\cos x = \\frac12$ 的一个解是 $\\frac{\\pi}{3}$，由于余弦是偶函数，$-\\frac{\\pi}{3}$ 也是解。")
    q = {"en": f"Find all real solutions of ${eq}$.", "zh": f"求方程 ${eq}$ 的全部实数解。"}
    work = [T(*w), T("Then add the period to get every solution; $k$ ranges over all integers.",
                     "再加上周期得到全部解，$k$ 取遍全体整数。"),
            T("Let me test $k = 1$ and $k = -1$ in my family to be sure they really satisfy the equation.",
              "我用 $k = 1$ 和 $k = -1$ 代入验证，确认确实满足方程。")]
    return dict(q=q, ref=ref, work=work, good=good, bad=bad)


ITEMS = [exact_value, trig_equation]
