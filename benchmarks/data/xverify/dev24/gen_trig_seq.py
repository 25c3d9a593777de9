"""Trigonometric equations (general solutions) and general terms of sequences."""
import math
from fractions import Fraction as F
from common import compose2, compose, rec

# (function, value tex, value float, base angle in units of pi)
TRIG = [("cos", "\\frac{1}{2}", 0.5, F(1, 3)), ("cos", "-\\frac{1}{2}", -0.5, F(2, 3)),
        ("cos", "\\frac{\\sqrt{2}}{2}", math.sqrt(2) / 2, F(1, 4)), ("cos", "\\frac{\\sqrt{3}}{2}", math.sqrt(3) / 2, F(1, 6)),
        ("sin", "\\frac{1}{2}", 0.5, F(1, 6)), ("sin", "\\frac{\\sqrt{3}}{2}", math.sqrt(3) / 2, F(1, 3)),
        ("sin", "-\\frac{1}{2}", -0.5, F(-1, 6)), ("sin", "\\frac{\\sqrt{2}}{2}", math.sqrt(2) / 2, F(1, 4)),
        ("tan", "\\sqrt{3}", math.sqrt(3), F(1, 3)), ("tan", "-1", -1.0, F(-1, 4)), ("tan", "\\frac{\\sqrt{3}}{3}", math.sqrt(3) / 3, F(1, 6))]


def ang(a):
    """angle a*pi in LaTeX."""
    a = F(a)
    s = "-" if a < 0 else ""
    a = abs(a)
    num = "" if a.numerator == 1 else str(a.numerator)
    if a.denominator == 1:
        return f"{s}{num}\\pi"
    return f"{s}\\frac{{{num}\\pi}}{{{a.denominator}}}"


def pl(a):
    """'+ angle' or '- |angle|' for use after a term."""
    return ("- " + ang(-a)) if F(a) < 0 else ("+ " + ang(a))


def mpow(a, flip):
    """(-1)^k * a written without a bare minus sign; flip multiplies by -1."""
    neg = (F(a) < 0) != flip
    return ("(-1)^{k+1} " if neg else "(-1)^k ") + ang(abs(F(a)))


def deg(a):
    return f"{int(F(a) * 180)}°"


def residues(fams):
    """fams: list of (offset, period) in units of pi -> set of residues mod 2."""
    r = set()
    for off, per in fams:
        for k in range(int(F(2) / per) + 1):
            r.add((off + per * k) % 2)
    return r


def truth(fn, val):
    res = set()
    for j in range(24):
        x = F(j, 12)
        f = {"sin": math.sin, "cos": math.cos, "tan": math.tan}[fn](float(x) * math.pi)
        if fn == "tan" and x.denominator == 2 and x.numerator % 2 == 1:
            continue
        if abs(f - val) < 1e-9:
            res.add(x % 2)
    return res


def trig(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        fn, vt, vf, a = TRIG[i % len(TRIG)]
        T = truth(fn, vf)
        kz = "k \\in \\mathbb{Z}"
        if fn == "cos":
            ref = f"x = 2k\\pi \\pm {ang(a)}, {kz}"
            cor = [(f"x = 2k\\pi \\pm {ang(a)}, where k is an integer", f"x = 2k\\pi \\pm {ang(a)}，k 为整数", [(a, 2), (-a, 2)], "k_integer_words"),
                   (f"x = k\\cdot 360° \\pm {deg(a)}, {kz}",) * 2 + ([(a, 2), (-a, 2)], "degrees"),
                   (f"x = {ang(a)} + 2k\\pi or x = {ang(2 - a)} + 2k\\pi ({kz})", f"x = {ang(a)} + 2k\\pi 或 x = {ang(2 - a)} + 2k\\pi（{kz}）", [(a, 2), (2 - a, 2)], "two_families_listed")]
            wr = [(f"x = k\\pi \\pm {ang(a)}, {kz}",) * 2 + ([(a, 1), (-a, 1)], "wrong_period_kpi"),
                  (f"x = 2k\\pi {pl(a)}, {kz}",) * 2 + ([(a, 2)], "missing_pm_family"),
                  (f"x = 2k\\pi \\pm {ang(F(1, 2) - a)}, {kz}",) * 2 + ([(F(1, 2) - a, 2), (a - F(1, 2), 2)], "complementary_angle")]
            work_en = f"On $[0, 2\\pi)$ the equation $\\cos x = {vt}$ has the two solutions $x = {ang(a)}$ and $x = {ang(2 - a)}$ (symmetric about the x-axis on the unit circle), and cosine has period $2\\pi$."
            work_zh = f"在 $[0, 2\\pi)$ 内，$\\cos x = {vt}$ 的解为 $x = {ang(a)}$ 和 $x = {ang(2 - a)}$（单位圆上关于 x 轴对称），余弦函数的周期是 $2\\pi$。"
        elif fn == "sin":
            b = 1 - a
            ref = f"x = 2k\\pi {pl(a)} \\text{{ or }} x = 2k\\pi {pl(b)}, {kz}"
            cor = [(f"x = k\\pi + {mpow(a, False)}, {kz}",) * 2 + ([(a, 2), (1 - a, 2)], "compact_minus_one_power"),
                   (f"x = {deg(a)} + k\\cdot 360° or x = {deg(b)} + k\\cdot 360°, k an integer", f"x = {deg(a)} + k\\cdot 360° 或 x = {deg(b)} + k\\cdot 360°，k 为整数", [(a, 2), (b, 2)], "degrees"),
                   (f"\\{{x \\mid x = 2k\\pi {pl(a)} \\text{{ or }} x = 2k\\pi {pl(b)}, {kz}\\}}",) * 2 + ([(a, 2), (b, 2)], "set_builder")]
            wr = [(f"x = 2k\\pi {pl(a)}, {kz}",) * 2 + ([(a, 2)], "one_family_missing"),
                  (f"x = k\\pi {pl(a)}, {kz}",) * 2 + ([(a, 1)], "wrong_period_kpi"),
                  (f"x = k\\pi + {mpow(a, True)}, {kz}",) * 2 + ([(-a, 2), (1 + a, 2)], "sign_error")]
            work_en = f"On $[0, 2\\pi)$, or more conveniently on one period, $\\sin x = {vt}$ holds at $x = {ang(a)}$ and at $x = \\pi - ({ang(a)}) = {ang(b)}$, and sine has period $2\\pi$."
            work_zh = f"在一个周期内，$\\sin x = {vt}$ 的解为 $x = {ang(a)}$ 和 $x = \\pi - ({ang(a)}) = {ang(b)}$，正弦函数的周期是 $2\\pi$。"
        else:
            ref = f"x = k\\pi {pl(a)}, {kz}"
            alt = a + 1 if a < 0 else a - 1
            cor = [(f"x = {ang(alt)} + n\\pi, n \\in \\mathbb{{Z}}",) * 2 + ([(alt, 1)], "shifted_representative"),
                   (f"x = {deg(a)} + k\\cdot 180°, k is an integer", f"x = {deg(a)} + k\\cdot 180°，k 为整数", [(a, 1)], "degrees"),
                   (f"x = k\\pi {pl(a)} \\ (k \\in \\mathbb{{Z}})",) * 2 + ([(a, 1)], "same_form")]
            wr = [(f"x = 2k\\pi {pl(a)}, {kz}",) * 2 + ([(a, 2)], "wrong_period_2kpi"),
                  (f"x = k\\pi {pl(-a)}, {kz}",) * 2 + ([(-a, 1)], "sign_error"),
                  (f"x = k\\pi {pl(F(1, 2) - a)}, {kz}",) * 2 + ([(F(1, 2) - a, 1)], "complementary_angle")]
            work_en = f"On $(-\\frac{{\\pi}}{{2}}, \\frac{{\\pi}}{{2}})$ the equation $\\tan x = {vt}$ has the single solution $x = {ang(a)}$, and tangent has period $\\pi$."
            work_zh = f"在 $(-\\frac{{\\pi}}{{2}}, \\frac{{\\pi}}{{2}})$ 内 $\\tan x = {vt}$ 只有一个解 $x = {ang(a)}$，正切函数的周期是 $\\pi$。"
        # checker: every correct form has exactly the true solution set, every wrong one differs
        for c in cor:
            assert residues(c[2]) == T, (fn, vt, c)
        wr = [w for w in wr if residues(w[2]) != T]
        assert wr
        good = i % 2 == 0
        ae, az, _, trap = rng.choice(cor if good else wr)
        ans = ae if lang == "en" else az
        if lang == "en":
            q = f"Find the general solution of the equation $\\{fn} x = {vt}$."
            intro = f"To solve $\\{fn} x = {vt}$ over all real numbers, I first find the solutions in one period, then add integer multiples of the period."
            steps = [f"The reference angle θ satisfies $\\{fn} θ = |{vt}|$, which is a standard special value, so the reference angle is ${ang(abs(a)) if fn != 'cos' or a <= F(1, 2) else ang(1 - a)}$.",
                     work_en,
                     "Adding all integer multiples of the period to the solutions found in one period gives every solution, and nothing else, because the function repeats exactly with that period.",
                     "Check with a particular value: taking k = 0 and k = 1 in the formula gives angles whose value of the function is indeed the required one."]
            final = rng.choice([f"Therefore the general solution is {ans}.", f"The solutions are $\\boxed{{{ans}}}$.", f"So {ans}."])
        else:
            q = f"求方程 $\\{fn} x = {vt}$ 的通解。"
            intro = f"解 $\\{fn} x = {vt}$，先求出一个周期内的解，再加上周期的整数倍。"
            steps = ["这是特殊角的三角函数值，先确定参考角。", work_zh,
                     "把一个周期内的解加上周期的整数倍，就得到全部解，并且不会多出额外的解。",
                     "取 k = 0 和 k = 1 代入检验，所得角的函数值确实等于题目给的值。"]
            final = rng.choice([f"所以方程的解集为 {ans}。", f"通解为 $\\boxed{{{ans}}}$。", f"综上，{ans}。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "trig", intro, steps, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def _pow(m, r, e):
    """m*r^{e} in LaTeX; e is a string like 'n-1'."""
    if m == 1:
        return f"{r}^{{{e}}}"
    if m == -1:
        return f"-{r}^{{{e}}}"
    return f"{m}\\cdot {r}^{{{e}}}"


def _const(c):
    return "" if c == 0 else (f" - {c}" if c > 0 else f" + {-c}")


def seq_affine(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        r = rng.choice([2, 3])
        c = rng.choice([0, 1, 2, -1, 3])
        d = c * (r - 1)
        m = rng.choice([1, 2, 3, 4, 5])
        a1 = m - c
        # checker: formula matches the recurrence for 8 terms
        t = a1
        for k in range(1, 9):
            assert t == m * r ** (k - 1) - c
            t = r * t + d
        f_ok = lambda k: m * r ** (k - 1) - c
        ref = f"a_n = {_pow(m, r, 'n-1')}{_const(c)}"
        cor = [(f"a_n = \\frac{{{m}}}{{{r}}}\\cdot {r}^n{_const(c)}", "rewritten_r_power_n", lambda k: F(m, r) * r ** k - c)]
        if m != 1:
            cor.append((f"a_n = {m}\\times {r}^{{n-1}}{_const(c)}", "times_sign", f_ok))
        if m == r:
            cor.append((f"a_n = {r}^n{_const(c)}", "simplified_power", lambda k: r ** k - c))
        wr = [(f"a_n = {_pow(m, r, 'n')}{_const(c)}", "exponent_off_by_one", lambda k: m * r ** k - c),
              ]
        if c != 0:
            wr.append((f"a_n = {_pow(a1, r, 'n-1')}", "ignored_constant_term", lambda k: a1 * r ** (k - 1)))
            wr.append((f"a_n = {_pow(m, r, 'n-1')}{_const(-c)}", "sign_error_constant", lambda k: m * r ** (k - 1) + c))
        for s, _, f in cor:
            assert all(f(k) == f_ok(k) for k in range(1, 9))
        for s, _, f in wr:
            assert any(f(k) != f_ok(k) for k in range(1, 9))
        good = i % 2 == 1
        ans, trap, _ = rng.choice(cor if good else wr)
        rec_s = f"a_{{n+1}} = {r}a_n" + ("" if d == 0 else (f" + {d}" if d > 0 else f" - {-d}"))
        if lang == "en":
            q = f"The sequence $\\{{a_n\\}}$ satisfies $a_1 = {a1}$ and ${rec_s}$ for $n \\ge 1$. Find the general term $a_n$."
            intro = "A first-order linear recurrence with constant coefficients: the standard method is to shift by the fixed point so that the shifted sequence becomes geometric."
            steps = [f"The fixed point t satisfies $t = {r}t + ({d})$, so $t = {-c}$." if d != 0 else "There is no constant term, so the sequence is already geometric.",
                     f"Then $a_{{n+1}} + ({c}) = {r}(a_n + ({c}))$, so $\\{{a_n + ({c})\\}}$ is geometric with ratio {r} and first term $a_1 + ({c}) = {m}$.",
                     f"Hence $a_n + ({c}) = {m}\\cdot {r}^{{n-1}}$.",
                     f"Check the first terms: the recurrence gives $a_1 = {a1}$, $a_2 = {r * a1 + d}$, $a_3 = {r * (r * a1 + d) + d}$, and the formula gives ${f_ok(1)}, {f_ok(2)}, {f_ok(3)}$."]
            final = rng.choice([f"So the general term is {ans}.", f"Therefore $\\boxed{{{ans}}}$.", f"The general term formula: {ans}, valid for all n ≥ 1."])
        else:
            q = f"已知数列 $\\{{a_n\\}}$ 满足 $a_1 = {a1}$，${rec_s}$（$n \\ge 1$），求数列的通项公式。"
            intro = "这是一阶线性递推，常用方法是构造等比数列：加上一个常数使新数列成为等比数列。"
            steps = [f"设 $t = {r}t + ({d})$，解得 $t = {-c}$。" if d != 0 else "递推式没有常数项，数列本身就是等比数列。",
                     f"于是 $a_{{n+1}} + ({c}) = {r}(a_n + ({c}))$，数列 $\\{{a_n + ({c})\\}}$ 是首项为 {m}、公比为 {r} 的等比数列。",
                     f"所以 $a_n + ({c}) = {m}\\cdot {r}^{{n-1}}$。",
                     f"检验前几项：由递推得 $a_1 = {a1}$，$a_2 = {r * a1 + d}$，$a_3 = {r * (r * a1 + d) + d}$，与公式算出的 {f_ok(1)}、{f_ok(2)}、{f_ok(3)} 一致。"]
            final = rng.choice([f"所以通项公式为 {ans}。", f"答案：$\\boxed{{{ans}}}$。", f"综上，{ans}。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "seq", intro, steps, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def seq_sum(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        p = rng.randint(1, 3)
        q = rng.randint(-3, 4)
        c = rng.choice([0, 1, 2, -1, 3]) if i % 3 else 0
        S = lambda k: p * k * k + q * k + c
        a1 = S(1)
        sl, ic = 2 * p, q - p
        gen = lambda k: sl * k + ic
        for k in range(2, 9):
            assert S(k) - S(k - 1) == gen(k)
        lt = f"{sl}n" + ("" if ic == 0 else (f" + {ic}" if ic > 0 else f" - {-ic}"))
        Ss = f"S_n = {p if p > 1 else ''}n^2" + ("" if q == 0 else (f" + {q if q != 1 else ''}n" if q > 0 else f" - {-q if q != -1 else ''}n")) + ("" if c == 0 else (f" + {c}" if c > 0 else f" - {-c}"))
        if c == 0:
            assert a1 == gen(1)
            ref = f"a_n = {lt}"
            cor = [(f"a_n = {p if p > 1 else ''}(2n - 1){' + ' + str(q) if q > 0 else (' - ' + str(-q) if q < 0 else '')}", "unsimplified_equivalent"),
                   (f"a_n = {lt} (n ∈ N*)", "with_domain")]
            wr = [(f"a_n = {sl}n + {q}" if q >= 0 else f"a_n = {sl}n - {-q}", "forgot_minus_p"),
                  (f"a_n = {sl}(n+1){'' if ic == 0 else (' + ' + str(ic) if ic > 0 else ' - ' + str(-ic))}", "index_shift")]
        else:
            assert a1 != gen(1)
            ref = f"a_n = \\begin{{cases}} {a1}, & n = 1 \\\\ {lt}, & n \\ge 2 \\end{{cases}}"
            cor = [(f"a_1 = {a1}, and a_n = {lt} for n ≥ 2", "piecewise_in_words"),
                   (f"a_n = {a1} (n = 1); a_n = {lt} (n ≥ 2)", "piecewise_inline")]
            wr = [(f"a_n = {lt}", "missing_n1_case"),
                  (f"a_n = \\begin{{cases}} {a1}, & n = 1 \\\\ {sl}n + {ic + 1}, & n \\ge 2 \\end{{cases}}" if ic + 1 >= 0 else
                   f"a_n = \\begin{{cases}} {a1}, & n = 1 \\\\ {sl}n - {-(ic + 1)}, & n \\ge 2 \\end{{cases}}", "constant_off_by_one")]
        good = i % 2 == 0
        ans, trap = rng.choice(cor if good else wr)
        if lang == "en":
            qs = f"The sum of the first n terms of the sequence $\\{{a_n\\}}$ is ${Ss}$. Find the general term $a_n$."
            intro = "Use $a_1 = S_1$ and $a_n = S_n - S_{n-1}$ for $n \\ge 2$, then check whether the n = 1 term fits the same formula."
            steps = [f"$a_1 = S_1 = {p} + ({q}) + ({c}) = {a1}$.",
                     f"For $n \\ge 2$: $S_n - S_{{n-1}} = {p}(n^2 - (n-1)^2) + ({q})(n - (n-1)) = {p}(2n - 1) + ({q}) = {lt}$.",
                     f"Substituting n = 1 into ${lt}$ gives {gen(1)}, " + ("which equals $a_1$, so one formula covers all n." if c == 0 else f"which is not equal to $a_1 = {a1}$, so the first term has to be stated separately."),
                     f"Check: $a_1 + a_2 = {a1} + {gen(2)} = {a1 + gen(2)} = S_2$."]
            final = rng.choice([f"Hence {ans}.", f"Therefore the general term is $\\boxed{{{ans}}}$.", f"Answer: {ans}."])
        else:
            qs = f"已知数列 $\\{{a_n\\}}$ 的前 n 项和 ${Ss}$，求通项公式 $a_n$。"
            intro = "利用 $a_1 = S_1$，当 $n \\ge 2$ 时 $a_n = S_n - S_{n-1}$，最后检验 n = 1 是否适合同一个式子。"
            steps = [f"$a_1 = S_1 = {a1}$。",
                     f"当 $n \\ge 2$ 时，$a_n = S_n - S_{{n-1}} = {p}(2n - 1) + ({q}) = {lt}$。",
                     f"把 n = 1 代入 ${lt}$ 得 {gen(1)}，" + ("等于 $a_1$，所以可以合写。" if c == 0 else f"不等于 $a_1 = {a1}$，所以首项要单独写出。"),
                     f"检验：$a_1 + a_2 = {a1 + gen(2)} = S_2$。"]
            final = rng.choice([f"所以 {ans}。", f"通项公式为 $\\boxed{{{ans}}}$。", f"答：{ans}。"])
        out.append(rec(lang, qs, compose2(rng, lang, qs, "seq", intro, steps, final), ref, "Correct" if good else "Incorrect", trap))
    return out
