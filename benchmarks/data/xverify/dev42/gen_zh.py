"""Chinese math families (questions and reasoning in Chinese)."""
from common import Fraction, fl, sgn_term, shift, pmat

NAMES = ["小林", "王芳", "陈浩", "李明轩", "赵雨桐", "周立"]
DAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def _nz(rng, lo, hi):
    while True:
        v = rng.randint(lo, hi)
        if v != 0:
            return v


def zh_roots(rng):
    while True:
        r1, r2 = _nz(rng, -9, 9), _nz(rng, -9, 9)
        if r1 != r2 and r1 != -r2:
            break
    lo, hi = min(r1, r2), max(r1, r2)
    b, c = -(r1 + r2), r1 * r2
    eqn = f"x^2 {sgn_term(b)}x {sgn_term(c)} = 0".replace("+ 1x", "+ x").replace("- 1x", "- x")
    q = f"解方程 ${eqn}$，写出所有实数解。"
    steps = [f"这是首项系数为 1 的二次方程，找两个数，积为 ${c}$，和为 ${-b}$。",
             f"判别式 $\\Delta = {b*b} - 4\\times({c}) = {b*b - 4*c}$，是完全平方数。",
             f"可以分解为 ${shift('x', r1)}{shift('x', r2)} = 0$，所以 $x_1 = {lo}$，$x_2 = {hi}$。"]
    check = f"把 $x={hi}$ 代入：${hi*hi} {sgn_term(b*hi)} {sgn_term(c)} = 0$；把 $x={lo}$ 代入也成立。"
    return dict(q=q, ref=f"x_1 = {lo},\\ x_2 = {hi}", ds="math_like", steps=steps, check=check,
                eq=[(f"{lo}, {hi}", "roots_bare_list"), (f"x = {hi} \\text{{ 或 }} x = {lo}", "roots_as_or_equations"),
                    (f"\\{{{hi}, {lo}\\}}", "roots_as_set")],
                wr=[(f"x = {hi}", "missing_root"), (f"x_1 = {-hi},\\ x_2 = {-lo}", "roots_sign_flipped")])


def zh_interval(rng):
    lo = rng.randint(-9, 2)
    hi = lo + rng.randint(3, 12)
    m, c = rng.randint(2, 5), _nz(rng, -7, 7)
    pl, ph = m * lo + c, m * hi + c
    q = f"解不等式组 ${pl} < {m}x {sgn_term(c)} \\le {ph}$，用区间表示解集。"
    steps = [f"三边同时减去 ${c}$：${pl - c} < {m}x \\le {ph - c}$。",
             f"三边同时除以正数 ${m}$，不等号方向不变：${lo} < x \\le {hi}$。",
             "左边是严格不等号，左端点取不到；右边可以取等号，右端点取得到。"]
    check = f"$x={hi}$ 时 ${m}\\times{hi} {sgn_term(c)} = {ph}$，满足；$x={lo}$ 时等于 ${pl}$，不满足严格不等式。"
    return dict(q=q, ref=f"({lo},{hi}]", ds="math_like", steps=steps, check=check,
                eq=[(f"{lo} < x \\le {hi}", "interval_as_inequality"), (f"\\{{x \\mid {lo} < x \\le {hi}\\}}", "set_builder_notation")],
                wr=[(f"[{lo},{hi}]", "endpoint_closed_vs_open"), (f"({lo},{hi})", "endpoint_open_vs_closed"),
                    (f"[{lo},{hi})", "endpoints_swapped_open_closed")])


def zh_money(rng):
    n = rng.choice(NAMES)
    while True:
        p1, p2 = rng.randint(3, 9), rng.randint(10, 25)
        a, b = rng.randint(2, 8), rng.randint(1, 4)
        disc = rng.choice([Fraction(9, 10), Fraction(8, 10), Fraction(3, 4)])
        tot = p1 * a + p2 * b
        pay = tot * disc
        if pay.denominator == 1:
            break
    dz = {Fraction(9, 10): "九折", Fraction(8, 10): "八折", Fraction(3, 4): "七五折"}[disc]
    q = f"{n}在文具店买了 {a} 支笔，每支 {p1} 元，又买了 {b} 本笔记本，每本 {p2} 元。结账时全部商品打{dz}。{n}一共要付多少元？"
    steps = [f"笔的总价：${a} \\times {p1} = {a*p1}$ 元。", f"笔记本总价：${b} \\times {p2} = {b*p2}$ 元。",
             f"原价合计：${a*p1} + {b*p2} = {tot}$ 元。", f"打{dz}后：${tot} \\times {fl(disc)} = {fl(pay)}$ 元。"]
    check = f"优惠金额是 ${fl(tot - pay)}$ 元，${fl(pay)} + {fl(tot - pay)} = {tot}$，一致。"
    return dict(q=q, ref=fl(pay), ds="gsm8k_like", steps=steps, check=check,
                eq=[(f"{fl(pay)} \\text{{ 元}}", "with_unit_yuan"), (f"{float(pay):.2f}", "decimal_with_cents")],
                wr=[(str(tot), "discount_not_applied"), (fl(tot - pay), "wrong_quantity_discount_amount"),
                    (fl(tot * (1 - disc)), "wrong_quantity_discount_amount")])


def zh_polygon(rng):
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20])
    ang = 180 - 360 // n
    q = f"正{n}边形的每个内角是多少度？"
    steps = [f"$n$ 边形内角和为 $(n-2)\\times 180^\\circ$，这里是 ${n-2} \\times 180^\\circ = {180*(n-2)}^\\circ$。",
             f"正多边形各内角相等，每个内角为 ${180*(n-2)}^\\circ \\div {n}$。", f"计算得 ${ang}^\\circ$。"]
    check = f"也可以用外角：每个外角 $360^\\circ \\div {n} = {360//n}^\\circ$，$180^\\circ - {360//n}^\\circ = {ang}^\\circ$。"
    return dict(q=q, ref=f"{ang}^\\circ", ds="math_like", steps=steps, check=check,
                eq=[(str(ang), "degrees_without_symbol"), (f"{ang}\\text{{ 度}}", "degrees_as_word"), (f"{ang}°", "unicode_degree_sign")],
                wr=[(f"{360//n}^\\circ", "exterior_angle_instead"), (f"{180*(n-2)}^\\circ", "angle_sum_instead")])


def zh_dice(rng):
    s = rng.randint(4, 10)
    cnt = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == s)
    p = Fraction(cnt, 36)
    q = f"同时掷两枚质地均匀的骰子，点数之和为 {s} 的概率是多少？"
    steps = ["两枚骰子共有 $6 \\times 6 = 36$ 种等可能的有序结果。",
             f"点数之和为 ${s}$ 的有序结果共有 ${cnt}$ 种。", f"所以概率为 $\\frac{{{cnt}}}{{36}} = {fl(p)}$。"]
    check = f"逐一列举 $(1,{s-1})$ 等情况，确实是 ${cnt}$ 种。"
    return dict(q=q, ref=fl(p), ds="math_like", steps=steps, check=check,
                eq=[(fl(p, "dfrac"), "dfrac_vs_frac"), (fl(p, "slash"), "slash_fraction"), (f"\\frac{{{cnt}}}{{36}}" if p.denominator != 36 else f"\\frac{{{2*cnt}}}{{72}}", "unreduced_fraction")],
                wr=[(fl(Fraction(cnt, 21)), "unordered_denominator"), (fl(1 - p), "complement_probability")])


def zh_mod(rng):
    while True:
        a, b = rng.randint(3, 19), rng.randint(30, 300)
        v, v2 = pow(a, b, 1000), pow(a, b + 1, 1000)
        if v >= 100 and v2 != v:
            break
    q = f"求 ${a}^{{{b}}}$ 除以 $1000$ 的余数。"
    steps = [f"分别对 $8$ 和 $125$ 取模。${a}^{{{b}}} \\equiv {pow(a, b, 8)} \\pmod 8$。",
             f"${a}^{{{b}}} \\equiv {pow(a, b, 125)} \\pmod{{125}}$。",
             f"用中国剩余定理合并，得到模 $1000$ 的余数为 ${v}$。"]
    check = f"${v} \\bmod 8 = {v % 8}$，${v} \\bmod 125 = {v % 125}$，两个同余式都满足。"
    return dict(q=q, ref=str(v), ds="aime_like", steps=steps, check=check,
                eq=[(f"{v}\\text{{（余数）}}", "answer_with_note"), (f"{a}^{{{b}}} \\equiv {v} \\pmod{{1000}}", "congruence_statement")],
                wr=[(str(v2), "off_by_one_exponent"), (str(v % 100), "wrong_modulus")])


def zh_arith(rng):
    a1, d = rng.randint(-5, 9), _nz(rng, 2, 6)
    n = rng.randint(8, 30)
    S = n * (2 * a1 + (n - 1) * d) // 2
    an = a1 + (n - 1) * d
    q = f"等差数列 $\\{{a_n\\}}$ 的首项 $a_1 = {a1}$，公差 $d = {d}$，求前 ${n}$ 项和 $S_{{{n}}}$。"
    steps = [f"第 ${n}$ 项 $a_{{{n}}} = a_1 + ({n}-1)d = {a1} + {n-1}\\times{d} = {an}$。",
             f"前 $n$ 项和公式 $S_n = \\frac{{n(a_1 + a_n)}}{{2}}$。",
             f"$S_{{{n}}} = \\frac{{{n} \\times ({a1} + {an})}}{{2}} = {S}$。"]
    check = f"用另一公式 $S_n = na_1 + \\frac{{n(n-1)}}{{2}}d = {n*a1} + {n*(n-1)//2*d} = {S}$，一致。"
    return dict(q=q, ref=str(S), ds="math_like", steps=steps, check=check,
                eq=[(f"S_{{{n}}} = {S}", "answer_with_lhs")],
                wr=[(str(an), "wrong_quantity_nth_term"), (str(S - an), "off_by_one_index"), (str(2 * S), "factor_of_2")])


def zh_weekday(rng):
    s = rng.randrange(7)
    n = rng.randint(30, 500)
    if n % 7 == 0:
        n += 3
    t = (s + n) % 7
    q = f"今天是{DAYS[s]}，再过 {n} 天是星期几？"
    steps = ["一周有 7 天，星期按 7 天循环。", f"${n} = 7 \\times {n//7} + {n % 7}$，余数是 ${n % 7}$。",
             f"从{DAYS[s]}往后数 ${n % 7}$ 天，是{DAYS[t]}。"]
    check = f"过 ${7*(n//7)}$ 天仍是{DAYS[s]}，再过 ${n%7}$ 天是{DAYS[t]}。"
    return dict(q=q, ref=f"\\text{{{DAYS[t]}}}", ds="math_like", steps=steps, check=check,
                eq=[(DAYS[t], "text_answer_without_text_macro"), (DAYS[t].replace("星期", "周").replace("周日", "周日"), "synonym_zhou")],
                wr=[(f"\\text{{{DAYS[(t+1) % 7]}}}", "off_by_one_day"), (f"\\text{{{DAYS[(t-1) % 7]}}}", "off_by_one_day")])


def zh_det(rng):
    while True:
        M = [[rng.randint(-4, 7) for _ in range(2)] for _ in range(2)]
        D = M[0][0] * M[1][1] - M[0][1] * M[1][0]
        W = M[0][0] * M[1][1] + M[0][1] * M[1][0]
        if D != 0 and W != D and D != -D:
            break
    q = f"计算行列式 $\\det{pmat(M, 'vmatrix').replace('vmatrix', 'pmatrix')}$ 的值。"
    steps = ["二阶行列式等于主对角线乘积减去副对角线乘积。",
             f"主对角线：$({M[0][0]})\\times({M[1][1]}) = {M[0][0]*M[1][1]}$；副对角线：$({M[0][1]})\\times({M[1][0]}) = {M[0][1]*M[1][0]}$。",
             f"所以行列式 $= {M[0][0]*M[1][1]} - ({M[0][1]*M[1][0]}) = {D}$。"]
    check = "按列展开也得到同样的结果。"
    return dict(q=q, ref=str(D), ds="math_like", steps=steps, check=check,
                eq=[(f"\\det A = {D}", "answer_with_lhs")],
                wr=[(str(W), "plus_instead_of_minus"), (str(-D), "sign_error")])


FAMILIES = [zh_roots, zh_interval, zh_money, zh_polygon, zh_dice, zh_mod, zh_arith, zh_weekday, zh_det]
