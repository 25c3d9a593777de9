"""dev17's families about numbers and chance: probability, modular arithmetic, scientific notation, mixed numbers, large numbers. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import datetime
import math
from common import cn_int, cn_dec, fw, fnum, frac_tex, terminating, en_words
from collections import namedtuple


def prob(r, zh, ok):
    red, blue = r.randint(3, 8), r.randint(2, 7)
    n = red + blue
    P = F(red * (red - 1), n * (n - 1))
    Pw = F(red * red, n * n)
    if zh:
        q = f"袋中有{red}个红球和{blue}个蓝球，从中不放回地依次摸出两个球，两个都是红球的概率是多少？"
        steps = [f"总球数 n＝{red}＋{blue}＝{n}。",
                 f"第一次摸到红球的概率为 {red}/{n}。",
                 f"第一次摸出红球后，袋中剩{n - 1}个球，其中红球{red - 1}个，所以第二次也是红球的概率为 {red - 1}/{n - 1}。",
                 f"两者相乘：P＝{red}/{n}×{red - 1}/{n - 1}＝{red * (red - 1)}/{n * (n - 1)}＝{P.numerator}/{P.denominator}。"]
        verify = f"也可以用组合数验证：C({red},2)/C({n},2)＝{red * (red - 1) // 2}/{n * (n - 1) // 2}＝{P.numerator}/{P.denominator}，结果一致。"
        forms = [f"{P.numerator}/{P.denominator}", f"${frac_tex(P)}$", f"{cn_int(P.denominator)}分之{cn_int(P.numerator)}", fw(f"{P.numerator}/{P.denominator}")]
    else:
        q = f"A bag contains {red} red marbles and {blue} blue marbles. Two marbles are drawn at random without replacement. What is the probability that both are red?"
        steps = [f"There are {n} marbles in total.",
                 f"P(first red) = {red}/{n}. After removing one red marble, {red - 1} red remain among {n - 1}, so P(second red | first red) = {red - 1}/{n - 1}.",
                 f"Multiply: $\\frac{{{red}}}{{{n}}}\\cdot\\frac{{{red - 1}}}{{{n - 1}}} = \\frac{{{red * (red - 1)}}}{{{n * (n - 1)}}}$.",
                 f"Reduce: $\\frac{{{red * (red - 1)}}}{{{n * (n - 1)}}} = {frac_tex(P)}$."]
        verify = f"Combinatorial check: $\\binom{{{red}}}{{2}}/\\binom{{{n}}}{{2}} = {red * (red - 1) // 2}/{n * (n - 1) // 2} = {P.numerator}/{P.denominator}$. ✓"
        forms = [f"\\frac{{{P.numerator}}}{{{P.denominator}}}", f"{P.numerator}/{P.denominator}", f"\\dfrac{{{red * (red - 1)}}}{{{n * (n - 1)}}}"]
    if terminating(P):
        forms.append(fnum(P))
        forms.append(fnum(P * 100) + "%")
    ref = r.choice([f"{P.numerator}/{P.denominator}", frac_tex(P)])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="fraction_forms")
    bad_steps = steps[:1] + ([f"每次摸到红球的概率都是{red}/{n}，两次相乘得 {red * red}/{n * n}。"] if zh else
                            [f"Each draw is red with probability {red}/{n}, so both red is $({red}/{n})^2 = {Pw.numerator}/{Pw.denominator}$."])
    return dict(question=q, steps=bad_steps, verify=None, final=f"{Pw.numerator}/{Pw.denominator}", ref=ref, trap="with_replacement_error")


def aime_mod(r, zh, ok):
    a = r.choice([3, 7, 11, 13, 17, 23])
    k = r.randint(20, 120)
    m = 1000
    val = pow(a, k, m)
    q8 = pow(a, k, 8)
    q125 = pow(a, k, 125)
    if zh:
        q = f"求 ${a}^{{{k}}}$ 除以 1000 的余数。"
        steps = [f"1000＝8×125，分别计算模8与模125的余数，再用中国剩余定理合并。",
                 f"模8：{a}≡{a % 8}(mod 8)，计算得 {a}^{k}≡{q8}(mod 8)。",
                 f"模125：φ(125)＝100，所以 {a}^{k}≡{a}^{k % 100}(mod 125)，逐次平方得余数为{q125}。",
                 f"合并：寻找 0≤x＜1000，x≡{q8}(mod 8)，x≡{q125}(mod 125)，得 x＝{val}。"]
        verify = f"复核：{val}÷8余{val % 8}，{val}÷125余{val % 125}，两个条件都成立。"
    else:
        q = f"Find the remainder when ${a}^{{{k}}}$ is divided by $1000$."
        steps = [f"Split $1000 = 8 \\cdot 125$ and use CRT.",
                 f"Mod 8: ${a} \\equiv {a % 8}$, and powers cycle quickly, giving ${a}^{{{k}}} \\equiv {q8} \\pmod 8$.",
                 f"Mod 125: by Euler, ${a}^{{100}} \\equiv 1$, so ${a}^{{{k}}} \\equiv {a}^{{{k % 100}}} \\pmod{{125}}$; repeated squaring gives ${q125}$.",
                 f"Combine: the unique $x \\in [0, 1000)$ with $x \\equiv {q8} \\pmod 8$ and $x \\equiv {q125} \\pmod{{125}}$ is $x = {val}$."]
        verify = f"Check: ${val} \\bmod 8 = {val % 8}$ and ${val} \\bmod 125 = {val % 125}$ ✓."
    forms = [str(val), f"\\boxed{{{val}}}", f"{val:03d}"]
    ref = str(val)
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="aime_integer")
    alt = (val + r.choice([125, 250, 375, 500, 625, 750, 875])) % 1000
    bad = steps[:3] + ([f"合并时取 x＝{alt}。"] if zh else [f"Combining, I get x = {alt}."])
    if r.random() < 0.5:
        return dict(question=q, steps=bad, verify=None, final=str(alt), ref=ref, trap="crt_combination_error")
    return dict(question=q, steps=steps[:3], verify=None, final=None, ref=ref, trap="truncated_no_final")


def sci(r, zh, ok):
    n = r.choice([F(2), F(3, 2), F(5, 2), F(4), F(1, 5), F(3, 10)])
    NA = F(602, 100)
    val = n * NA  # x 10^23
    e = 23
    mant = val
    while mant >= 10:
        mant /= 10
        e += 1
    while mant < 1:
        mant *= 10
        e -= 1
    ms = fnum(mant)
    q = (f"{fnum(n)} mol 水中含有多少个水分子？（阿伏加德罗常数取 6.02×10²³ mol⁻¹）" if zh else
         f"How many molecules are in {fnum(n)} mol of water? Use $N_A = 6.02 \\times 10^{{23}}\\ \\text{{mol}}^{{-1}}$.")
    steps = [(f"N＝n·N_A＝{fnum(n)}×6.02×10²³。" if zh else f"$N = n N_A = {fnum(n)} \\times 6.02 \\times 10^{{23}}$."),
             (f"{fnum(n)}×6.02＝{fnum(val)}，所以 N＝{fnum(val)}×10²³。" if zh else f"${fnum(n)} \\times 6.02 = {fnum(val)}$, so $N = {fnum(val)} \\times 10^{{23}}$."),
             (f"写成科学记数法：{ms}×10^{e}。" if zh else f"In normalized scientific notation: ${ms} \\times 10^{{{e}}}$.")]
    verify = (f"数量级检查：1 mol 约 6×10²³ 个，{fnum(n)} mol 应约为 {fnum(n * 6)}×10²³，相符。" if zh else f"Order of magnitude: {fnum(n)} × 6 × 10²³ ≈ {fnum(n * 6)} × 10²³ ✓.")
    forms = [f"{ms} \\times 10^{{{e}}}", f"{ms}e{e}", f"{fnum(val)}×10²³", f"{ms}×10^{e}", f"{ms}E+{e}"]
    ref = r.choice([f"{ms}\\times 10^{{{e}}}", f"{ms}×10^{e}"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="scientific_notation_forms")
    return dict(question=q, steps=steps[:2] + [(f"即 {ms}×10^{e - 1}。" if zh else f"That is ${ms} \\times 10^{{{e - 1}}}$.")], verify=None,
                final=f"{ms} \\times 10^{{{e - 1}}}", ref=ref, trap="exponent_off_by_one")


def mixed(r, zh, ok):
    a, b = F(r.randint(1, 4)) + F(r.randint(1, 3), r.choice([3, 4, 5])), F(r.randint(1, 3)) + F(r.randint(1, 5), r.choice([6, 8, 12]))
    if a.denominator == 1 or b.denominator == 1:
        a += F(1, 7)
    s = a + b
    def mix(f):
        w = f.numerator // f.denominator
        rem = f - w
        return w, rem
    wa, ra = mix(a)
    wb, rb = mix(b)
    ws, rs = mix(s)
    L = s.denominator
    q = (f"计算：${wa}\\frac{{{ra.numerator}}}{{{ra.denominator}}} + {wb}\\frac{{{rb.numerator}}}{{{rb.denominator}}}$。" if zh else
         f"Compute ${wa}\\tfrac{{{ra.numerator}}}{{{ra.denominator}}} + {wb}\\tfrac{{{rb.numerator}}}{{{rb.denominator}}}$.")
    cd = ra.denominator * rb.denominator // math.gcd(ra.denominator, rb.denominator)
    steps = [(f"整数部分相加：{wa}＋{wb}＝{wa + wb}。" if zh else f"Whole parts: {wa} + {wb} = {wa + wb}."),
             (f"分数部分通分（公分母{cd}）：{ra.numerator}/{ra.denominator}＋{rb.numerator}/{rb.denominator}＝{ra.numerator * cd // ra.denominator}/{cd}＋{rb.numerator * cd // rb.denominator}/{cd}＝{fnum(ra + rb) if (ra + rb).denominator == 1 else str((ra + rb).numerator) + '/' + str((ra + rb).denominator)}。" if zh else
              f"Fractions over the common denominator {cd}: {ra.numerator * cd // ra.denominator}/{cd} + {rb.numerator * cd // rb.denominator}/{cd} = {(ra + rb).numerator}/{(ra + rb).denominator}."),
             (f"合并后得 {ws} 又 {rs.numerator}/{rs.denominator}，即假分数 {s.numerator}/{s.denominator}。" if zh else f"Combining (carrying if the fraction exceeds 1): {ws} {rs.numerator}/{rs.denominator}, i.e. {s.numerator}/{s.denominator}.")]
    verify = (f"小数验算：约 {float(a):.4f}＋{float(b):.4f}＝{float(s):.4f}，与 {s.numerator}/{s.denominator} 相符。" if zh else f"Decimal check: {float(a):.4f} + {float(b):.4f} ≈ {float(s):.4f} = {s.numerator}/{s.denominator} ✓.")
    forms = [f"{ws}\\frac{{{rs.numerator}}}{{{rs.denominator}}}", f"{ws} {rs.numerator}/{rs.denominator}", f"\\frac{{{s.numerator}}}{{{s.denominator}}}", f"{s.numerator}/{s.denominator}"]
    if zh:
        forms.append(f"{cn_int(ws)}又{cn_int(rs.denominator)}分之{cn_int(rs.numerator)}")
    ref = r.choice([f"{ws}\\frac{{{rs.numerator}}}{{{rs.denominator}}}", f"{s.numerator}/{s.denominator}"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="mixed_number_forms")
    bad = F(ra.numerator + rb.numerator, ra.denominator + rb.denominator) + wa + wb
    if bad == s:
        bad += F(1, 2)
    bw, br = mix(bad)
    st = [steps[0], (f"分子加分子、分母加分母：({ra.numerator}＋{rb.numerator})/({ra.denominator}＋{rb.denominator})。" if zh else
                     f"Adding numerators and denominators: ({ra.numerator}+{rb.numerator})/({ra.denominator}+{rb.denominator}).")]
    return dict(question=q, steps=st, verify=None, final=(f"{bw}\\frac{{{br.numerator}}}{{{br.denominator}}}" if br else str(bw)), ref=ref, trap="added_denominators")


def bignum(r, zh, ok):
    # zh only: rewrite with 万/亿 unit
    kind = r.choice(["亿", "万"])
    if kind == "亿":
        v = r.choice([350000000, 1200000000, 4560000000, 2080000000, 730000000])
        u = F(v, 10 ** 8)
    else:
        v = r.choice([12000, 356000, 80500, 1450000, 27000])
        u = F(v, 10 ** 4)
    subj = r.choice(["某市去年的生产总值", "一座水库的蓄水量（立方米）", "某网站全年访问量", "某省粮食产量（千克）"])
    q = f"{subj}是{v}，把这个数改写成用“{kind}”作单位的数。"
    steps = [f"以“{kind}”作单位，就是把原数除以{'100000000' if kind == '亿' else '10000'}，即把小数点向左移动{8 if kind == '亿' else 4}位。",
             f"{v}÷{'100000000' if kind == '亿' else '10000'}＝{fnum(u)}。",
             f"末尾的0可以去掉，再在后面写上“{kind}”字。"]
    verify = f"还原：{fnum(u)}{kind}＝{fnum(u)}×{'100000000' if kind == '亿' else '10000'}＝{v}，正确。"
    forms = [f"{fnum(u)}{kind}", fw(fnum(u)) + kind, cn_dec(fnum(u)) + kind]
    if kind == "亿" and u.denominator != 1:
        forms.append(cn_int(v))
    ref = r.choice([f"{fnum(u)}{kind}", f"{fnum(u)}{kind}（即{v}）"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="cn_large_number_units")
    other = "万" if kind == "亿" else "千"
    if r.random() < 0.5:
        return dict(question=q, steps=steps, verify=None, final=f"{fnum(u)}{other}", ref=ref, trap="wan_vs_other_unit")
    return dict(question=q, steps=steps[:1] + [f"{v}÷{'10000000' if kind == '亿' else '1000'}＝{fnum(u * 10)}。"], verify=None,
                final=f"{fnum(u * 10)}{kind}", ref=ref, trap="decimal_shift_error")
