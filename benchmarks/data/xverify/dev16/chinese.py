"""dev16's Chinese math families. Part of gen_math.py (see README.md)."""
from fractions import Fraction
import math
import inspect
from context import _x


def zh_shop(r):
    n1, p1 = r.randint(3, 8), r.choice([2.5, 3.8, 4.5, 6.2])
    n2, p2 = r.randint(2, 5), r.choice([12.5, 8.6, 15.0, 9.9])
    a1, a2 = round(n1 * p1, 2), round(n2 * p2, 2)
    tot = round(a1 + a2, 2)
    if abs(tot - 50) < 1e-9 or abs(tot - 55) < 1e-9 or tot >= 90:
        return zh_shop(r)
    ch = round(100 - tot, 2)
    q = f"小明买了{n1}支钢笔，每支{p1:g}元，又买了{n2}本笔记本，每本{p2:g}元。他付了100元，应找回多少元？"
    st = f"嗯，先算钢笔：{n1}×{p1:g}={a1:g}元。笔记本：{n2}×{p2:g}={a2:g}元。合计{a1:g}+{a2:g}={tot:g}元。付了100元，找回就是100减去合计。"
    sc = f"**第一步** 钢笔总价：{n1} × {p1:g} = {a1:g}（元）\n\n**第二步** 笔记本总价：{n2} × {p2:g} = {a2:g}（元）\n\n**第三步** 一共花费：{a1:g} + {a2:g} = {tot:g}（元）\n\n**第四步** 找回："
    fin = f"100 − {tot:g} = {ch:g}（元）。"
    ver = f"验算：{tot:g} + {ch:g} = 100，正确。"
    right = [f"{ch:g}元", f"{ch:g}", f"¥{ch:.2f}", f"{ch:g} 元"]
    wrongs = [(f"{tot:g}元", f"所以答案是{tot:g}元。", "intermediate_total_as_final"),
              (f"{round(ch - 10, 2):g}元", f"100 − {tot:g} = {round(ch - 10, 2):g}（元）。", "subtraction_borrow_error")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=f"{ch:g}", wrongs=wrongs, dataset="gsm8k_like", lang="zh"))


def zh_quadratic(r):
    while True:
        a, b = sorted(r.sample([-6, -4, -3, -1, 2, 3, 5, 8], 2))
        if a + b != 0:
            break
    s, p = a + b, a * b
    def sg(v):
        return f"+ {v}" if v >= 0 else f"- {-v}"
    poly = f"x^2 {sg(-s)}x {sg(p)}".replace("+ 1x", "+ x").replace("- 1x", "- x").replace(" + 0x", "")
    q = f"解方程：${poly} = 0$。"
    st = f"找两个数，积为{p}，和为{s}。试一下{a}和{b}：{a}×{b}={p}，{a}+{b}={s}。对的。所以可以因式分解为(x {sg(-a)})(x {sg(-b)})=0。"
    sc = f"因式分解：\n\n$$(x {sg(-a)})(x {sg(-b)}) = 0$$\n\n所以 $x {sg(-a)} = 0$ 或 $x {sg(-b)} = 0$，"
    fin = f"解得 $x_1 = {a}$，$x_2 = {b}$。"
    ver = f"检验：把x={a}代入，{a*a} {sg(-s*a)} {sg(p)} = 0；把x={b}代入，{b*b} {sg(-s*b)} {sg(p)} = 0。都成立。"
    right = [f"x_1={a}, x_2={b}", f"x={a}或x={b}", f"{a}和{b}", f"\\{{{a},{b}\\}}"]
    wrongs = [(f"x={b}", f"方程的解为x={b}。", "missing_root"), (f"x_1={-a}, x_2={-b}", f"解得x₁={-a}，x₂={-b}。", "sign_error_roots")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=r.choice([f"x_1={a},x_2={b}", f"{a},{b}"]), wrongs=wrongs, dataset="math_like", lang="zh"))


def zh_prob(r):
    red, blue = r.choice([(3, 5), (4, 6), (2, 6), (5, 3)])
    tot = red + blue
    fr = Fraction(red * (red - 1), tot * (tot - 1))
    q = f"袋中有{red}个红球和{blue}个蓝球，从中不放回地依次摸出两个球，求两个球都是红球的概率。"
    st = f"第一次摸到红球概率{red}/{tot}，摸走一个后剩{red-1}个红球、共{tot-1}个，第二次红球概率{red-1}/{tot-1}。相乘。不放回，所以分母要减一，这里别弄错。"
    sc = f"设事件A为“两个球都是红球”。\n\n$$P(A) = \\frac{{{red}}}{{{tot}}} \\times \\frac{{{red-1}}}{{{tot-1}}} = \\frac{{{red*(red-1)}}}{{{tot*(tot-1)}}}$$\n\n"
    fin = f"化简得 $P(A) = \\frac{{{fr.numerator}}}{{{fr.denominator}}}$。"
    ver = f"用组合数验证：C({red},2)/C({tot},2) = {red*(red-1)//2}/{tot*(tot-1)//2} = {fr.numerator}/{fr.denominator}。一致。"
    right = [f"\\frac{{{fr.numerator}}}{{{fr.denominator}}}", f"{fr.numerator}/{fr.denominator}", f"{red*(red-1)//2}/{tot*(tot-1)//2}"]
    wfr = Fraction(red * red, tot * tot)
    wrongs = [(f"\\frac{{{wfr.numerator}}}{{{wfr.denominator}}}", f"每次都是{red}/{tot}，所以P = ({red}/{tot})² = {wfr.numerator}/{wfr.denominator}。", "with_replacement_error"),
              (f"\\frac{{{red}}}{{{tot}}}", f"所以概率是{red}/{tot}。", "single_draw_probability")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=f"\\frac{{{fr.numerator}}}{{{fr.denominator}}}", wrongs=wrongs, dataset="math_like", lang="zh"))


def zh_speed(r):
    v1, v2 = r.choice([(60, 40), (45, 55), (70, 50), (80, 40)])
    d = (v1 + v2) * r.choice([2, 3, Fraction(3, 2)])
    t = Fraction(d, v1 + v2)
    q = f"甲、乙两地相距{d}千米，一辆客车从甲地出发，速度为每小时{v1}千米；同时一辆货车从乙地出发相向而行，速度为每小时{v2}千米。两车出发后经过多少小时相遇？"
    st = f"相向而行，相对速度是{v1}+{v2}={v1+v2}千米/时。相遇时间 = 距离 ÷ 速度和 = {d} ÷ {v1+v2}。"
    sc = f"两车相向而行，速度和为 {v1} + {v2} = {v1+v2}（千米/时）。\n\n相遇时间：\n\n$$t = \\frac{{{d}}}{{{v1+v2}}}$$\n\n"
    tv = float(t)
    fin = f"= {tv:g}（小时）。" + (f"即{int(tv)}小时{int(round((tv - int(tv)) * 60))}分钟。" if t.denominator != 1 else "")
    ver = f"验算：{tv:g}小时内客车走{v1*tv:g}千米，货车走{v2*tv:g}千米，合计{(v1+v2)*tv:g}千米，正好是全程。"
    right = [f"{tv:g}小时", f"{tv:g}", f"{tv:g} h"] + ([f"{int(tv)}小时{int(round((tv - int(tv)) * 60))}分钟", f"\\frac{{{t.numerator}}}{{{t.denominator}}}小时"] if t.denominator != 1 else [f"{int(tv)*60}分钟"])
    wt = Fraction(d, abs(v1 - v2))
    wrongs = [(f"{float(wt):g}小时", f"速度差为{abs(v1-v2)}，所以t = {d} ÷ {abs(v1-v2)} = {float(wt):g}（小时）。", "used_speed_difference"),
              (f"{tv * 60:g}小时", f"换算成……t = {tv*60:g}小时。", "unit_minutes_labelled_hours")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=f"{tv:g}小时", wrongs=wrongs, dataset="gsm8k_like", lang="zh"))


def zh_ineq(r):
    a = r.choice([2, 3, 4])
    b = r.randint(1, 6)
    c = b + a * r.randint(-2, 4)
    bound = Fraction(c - b, a)
    neg = r.random() < 0.5
    if neg:
        q = f"解不等式：$-{a}x + {b} > {c}$。"
        bnd = Fraction(b - c, a)
        st = f"移项：-{a}x > {c} - {b} = {c-b}。两边除以-{a}，注意除以负数不等号要变向！x < {bnd}。"
        sc = f"移项得 $-{a}x > {c - b}$。\n\n两边同除以 $-{a}$（负数，不等号方向改变）：\n\n"
        bs = str(bnd) if bnd.denominator == 1 else f"\\frac{{{bnd.numerator}}}{{{bnd.denominator}}}"
        fin = f"$$x < {bs}$$"
        ver = f"取x = {int(bnd) - 1}检验：-{a}×{int(bnd)-1} + {b} = {-a*(int(bnd)-1)+b} > {c}，成立。"
        right = [f"x < {bs}", f"(-\\infty, {bs})", f"x<{bnd}"]
        wrongs = [(f"x > {bs}", f"两边除以-{a}得 x > {bnd}。", "forgot_flip_inequality"), (f"x \\le {bs}", f"所以 x ≤ {bnd}。", "strict_vs_nonstrict")]
    else:
        q = f"解不等式：${a}x + {b} \\ge {c}$。"
        bnd = bound
        bs = str(bnd) if bnd.denominator == 1 else f"\\frac{{{bnd.numerator}}}{{{bnd.denominator}}}"
        st = f"移项：{a}x ≥ {c} − {b} = {c-b}。除以{a}（正数，不变号）：x ≥ {bnd}。包括端点，因为是大于等于。"
        sc = f"移项得 ${a}x \\ge {c - b}$，两边同除以 ${a}$：\n\n"
        fin = f"$$x \\ge {bs}$$"
        ver = f"端点检验：x = {bnd}时左边 = {a*bnd + b} = {c}，满足“≥”。"
        right = [f"x \\ge {bs}", f"[{bs}, +\\infty)", f"x≥{bnd}"]
        wrongs = [(f"x > {bs}", f"所以 x > {bnd}。", "strict_vs_nonstrict"), (f"x \\le {bs}", f"得 x ≤ {bnd}。", "inequality_direction")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=right[r.randint(0, 1)], wrongs=wrongs, dataset="math_like", lang="zh"))


def zh_series(r):
    a, q_ = r.choice([(1, 2), (3, 2), (2, 3), (1, 3)])
    n = r.choice([5, 6, 8])
    S = a * (q_ ** n - 1) // (q_ - 1)
    q = f"等比数列$\\{{a_n\\}}$中，$a_1 = {a}$，公比$q = {q_}$，求前{n}项和$S_{{{n}}}$。"
    terms = [a * q_ ** k for k in range(n)]
    st = f"等比数列求和公式 S_n = a₁(qⁿ − 1)/(q − 1)。{q_}^{n} = {q_**n}。所以 S = {a}×({q_**n} − 1)/({q_} − 1)。或者直接加：{' + '.join(map(str, terms))}。"
    sc = f"由等比数列前n项和公式：\n\n$$S_{{{n}}} = \\frac{{a_1(q^{{{n}}} - 1)}}{{q - 1}} = \\frac{{{a}\\times({q_**n} - 1)}}{{{q_ - 1}}}$$\n\n"
    fin = f"$$S_{{{n}}} = {S}$$"
    ver = f"逐项相加验证：{' + '.join(map(str, terms))} = {sum(terms)}。"
    right = [f"{S}", f"S_{{{n}}}={S}", f"\\boxed{{{S}}}"]
    wrongs = [(f"{a * (q_ ** (n + 1) - 1) // (q_ - 1)}", f"S = {a}×({q_**(n+1)} − 1)/({q_ - 1}) = {a * (q_ ** (n + 1) - 1) // (q_ - 1)}。", "exponent_off_by_one"),
              (f"{terms[-1]}", f"所以 a_{n} = {terms[-1]}。", "term_instead_of_sum")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=f"{S}", wrongs=wrongs, dataset="math_like", lang="zh"))
