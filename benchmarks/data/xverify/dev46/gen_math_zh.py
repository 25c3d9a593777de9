"""Chinese 高考/中考 style math families."""
from fractions import Fraction
from math import gcd, isqrt
from common import pick, frac_str, frac_tex


def Z(ds, q, goods, bads, steps, ref=None):
    return {"dataset": ds, "kat": "math", "lang": "zh", "question": q, "ref": ref or goods[0][0],
            "goods": goods, "bads": [b for b in bads if b not in [g[0] for g in goods]], "steps": steps}


def arith_sum(rng):
    a1, d, n = rng.randint(-5, 9), rng.randint(2, 6), rng.randint(8, 20); S = n * a1 + n * (n - 1) // 2 * d
    a3 = a1 + 2 * d
    q = f"已知等差数列 $\\{{a_n\\}}$ 中，$a_1 = {a1}$，$a_3 = {a3}$，求前 ${n}$ 项和 $S_{{{n}}}$。"
    st = [f"由 a_3 = a_1 + 2d 得 d = ({a3} - ({a1}))/2 = {d}。", f"S_n = n a_1 + n(n-1)d/2。",
          f"S_{n} = {n}×{a1} + {n}×{n-1}×{d}/2 = {S}。"]
    return Z("gaokao_like", q, [(str(S), "int"), (f"S_{{{n}}}={S}", "labeled")], [str(S + d * n), str(n * a1 + n * n * d // 2)], st)


def geo_term(rng):
    a1, r, n = rng.randint(1, 4), pick(rng, [2, 3, -2]), rng.randint(5, 8); an = a1 * r ** (n - 1)
    q = f"等比数列 $\\{{a_n\\}}$ 的首项为 ${a1}$，公比为 ${r}$，求 $a_{{{n}}}$。"
    st = [f"通项公式 a_n = a_1 q^(n-1)。", f"a_{n} = {a1}×({r})^{n-1} = {an}。"]
    return Z("gaokao_like", q, [(str(an), "int"), (f"{a1}\\times({r})^{{{n-1}}}", "unevaluated_power")],
             [str(a1 * r ** n), str(-an)], st)


def cmod(rng):
    a, b = rng.randint(1, 7), rng.randint(1, 7); s = a * a + b * b; k = isqrt(s)
    c, d = rng.randint(1, 3), rng.randint(1, 3)
    q = f"设复数 $z = {a} {'+' if b > 0 else '-'} {abs(b)}i$，求 $|z|$。"
    st = [f"|z| = √({a}² + {b}²)。", f"= √{s}。"]
    if k * k == s:
        st.append(f"= {k}。"); g = [(str(k), "int"), (f"\\sqrt{{{s}}}", "unsimplified_radical")]
    else:
        f_ = 1
        for i in range(2, 8):
            if s % (i * i) == 0: f_ = i
        inner = s // (f_ * f_)
        if f_ > 1:
            st.append(f"化简得 {f_}√{inner}。"); g = [(f"{f_}\\sqrt{{{inner}}}", "simplified_radical"), (f"\\sqrt{{{s}}}", "unsimplified_radical")]
        else:
            g = [(f"\\sqrt{{{s}}}", "radical"), (f"√{s}", "unicode_radical")]
    return Z("gaokao_like", q, g, [str(s), str(a + b)], st)


def set_interval(rng):
    r1 = rng.randint(-5, 4); r2 = r1 + rng.randint(2, 6)
    if r1 * r2 == 0: r1, r2 = r1 - 1, r2 + 1
    k = rng.randint(r1 + 1, r2 - 1)
    b, c = -(r1 + r2), r1 * r2
    sg = lambda v: f"+ {v}" if v >= 0 else f"- {-v}"
    q = f"已知集合 $A=\\{{x \\mid x^2 {sg(b)}x {sg(c)} < 0\\}}$，$B=\\{{x \\mid x > {k}\\}}$，求 $A\\cap B$。"
    st = [f"解 x² {sg(b)}x {sg(c)} < 0 得 {r1} < x < {r2}，即 A = ({r1}, {r2})。", f"B = ({k}, +∞)。",
          f"A∩B = ({k}, {r2})。"]
    return Z("gaokao_like", q, [(f"({k}, {r2})", "interval"), (f"\\{{x \\mid {k} < x < {r2}\\}}", "set_builder"),
                                (f"{k}<x<{r2}", "inequality")], [f"({r1}, {r2})", f"[{k}, {r2})", f"({r1}, +\\infty)"], st)


def profit(rng):
    cost = rng.randint(8, 40) * 5; pct = pick(rng, [20, 25, 30, 40, 50]); disc = pick(rng, [8, 9])
    # 标价 = 进价*(1+pct)/(disc/10) ... ask 售价 after profit
    sale = Fraction(cost * (100 + pct), 100); label = sale / Fraction(disc, 10)
    if label.denominator != 1 and (label * 100).denominator != 1: return profit(rng)
    lv = f"{float(label):g}"
    q = f"某商品进价为 {cost} 元，商店按标价打 {disc} 折出售后仍可获利 {pct}%，求该商品的标价。"
    st = [f"售价 = 进价×(1+{pct}%) = {cost}×{1+pct/100:g} = {float(sale):g} 元。", f"标价×{disc/10:g} = {float(sale):g}。",
          f"标价 = {float(sale):g} ÷ {disc/10:g} = {lv} 元。"]
    return Z("zhongkao_like", q, [(f"{lv} 元", "yuan"), (lv, "bare_number"), (f"{lv}元", "yuan_nospace")],
             [f"{float(sale):g} 元", f"{float(cost*(100+pct)/100*disc/10):g} 元"], st)


def zh_system(rng):
    x, y = rng.randint(-4, 8), rng.randint(-4, 8)
    while x == y: y += 2
    q = f"解方程组：$\\begin{{cases}} x + y = {x+y} \\\\ x - y = {x-y} \\end{{cases}}$"
    st = [f"两式相加得 2x = {2*x}，所以 x = {x}。", f"代入得 y = {x+y} - {x} = {y}。", f"方程组的解为 x = {x}，y = {y}。"]
    return Z("zhongkao_like", q, [(f"\\begin{{cases}} x={x} \\\\ y={y} \\end{{cases}}", "cases"), (f"x={x}, y={y}", "named"), (f"({x}, {y})", "tuple")],
             [f"x={y}, y={x}", f"x={x}, y={-y}" if y != 0 else f"x={x}, y=1"], st, ref=f"x={x}, y={y}")


def balls(rng):
    r, w = rng.randint(2, 6), rng.randint(2, 6); tot = r + w
    p = Fraction(r * (r - 1), tot * (tot - 1))
    q = f"袋中有 {r} 个红球和 {w} 个白球，从中不放回地随机摸出 2 个球，求两个都是红球的概率。"
    st = [f"总的取法 C({tot},2) = {tot*(tot-1)//2}。", f"两个红球的取法 C({r},2) = {r*(r-1)//2}。",
          f"概率 = {r*(r-1)//2}/{tot*(tot-1)//2} = {frac_str(p)}。"]
    g = [(frac_tex(p), "latex_frac"), (frac_str(p), "slash_frac")]
    if Fraction(r * (r - 1) // 2, tot * (tot - 1) // 2).denominator != tot * (tot - 1) // 2:
        g.append((f"\\frac{{{r*(r-1)//2}}}{{{tot*(tot-1)//2}}}", "unreduced_frac"))
    return Z("gaokao_like", q, g, [frac_str(Fraction(r * r, tot * tot)), frac_str(Fraction(r, tot))], st)


def dot(rng):
    a = (rng.randint(-4, 5), rng.randint(-4, 5)); b = (rng.randint(-4, 5), rng.randint(-4, 5))
    v = a[0] * b[0] + a[1] * b[1]
    q = f"已知向量 $\\vec a = ({a[0]}, {a[1]})$，$\\vec b = ({b[0]}, {b[1]})$，求 $\\vec a \\cdot \\vec b$。"
    st = [f"数量积 = x1x2 + y1y2。", f"= {a[0]}×{b[0]} + {a[1]}×{b[1]} = {v}。"]
    return Z("gaokao_like", q, [(str(v), "int")], [str(a[0] * b[1] - a[1] * b[0]) if a[0] * b[1] - a[1] * b[0] != v else str(v + 1), str(v - 2)], st)


def circle_r(rng):
    h, k, r2 = pick(rng, [-4, -3, -2, -1, 1, 2, 3, 4]), pick(rng, [-3, -2, -1, 1, 2, 3, 5]), pick(rng, [8, 12, 18, 20, 25, 27, 9, 16])
    D, E, F = -2 * h, -2 * k, h * h + k * k - r2
    sg = lambda v: f"+ {v}" if v >= 0 else f"- {-v}"
    q = f"求圆 $x^2 + y^2 {sg(D)}x {sg(E)}y {sg(F)} = 0$ 的半径。"
    kk = isqrt(r2)
    if kk * kk == r2:
        g = [(str(kk), "int"), (f"\\sqrt{{{r2}}}", "unsimplified_radical")]
    else:
        f_ = max(i for i in range(1, 6) if r2 % (i * i) == 0)
        g = [(f"{f_}\\sqrt{{{r2//(f_*f_)}}}" if f_ > 1 else f"\\sqrt{{{r2}}}", "radical"),
             (f"\\sqrt{{{r2}}}" if f_ > 1 else f"√{r2}", "alt_radical")]
    st = [f"配方：(x {sg(-h)})² + (y {sg(-k)})² = {r2}。", f"半径 r = √{r2}。"]
    return Z("gaokao_like", q, g, [str(r2), str(kk + 1)], st)


def period(rng):
    w = pick(rng, [2, 3, 4, 6, Fraction(1, 2), Fraction(2, 3)]); T = Fraction(2) / Fraction(w)
    fn = pick(rng, ["\\sin", "\\cos"]); ws = frac_tex(w)
    q = f"函数 $f(x) = 2{fn}({ws}x + \\frac{{\\pi}}{{6}})$ 的最小正周期是多少？"
    if T.denominator == 1:
        t = f"{T.numerator}\\pi" if T != 1 else "\\pi"; alt = f"{T.numerator}π" if T != 1 else "π"
    else:
        t = f"\\frac{{{T.numerator if T.numerator != 1 else ''}\\pi}}{{{T.denominator}}}"; alt = f"{T.numerator if T.numerator != 1 else ''}π/{T.denominator}"
    st = [f"T = 2π/|ω|，这里 ω = {frac_str(w)}。", f"T = 2π/{frac_str(w)} = {alt}。"]
    Tb = Fraction(1) / Fraction(w)
    bad = f"{Tb.numerator if Tb.numerator != 1 else ''}\\pi" if Tb.denominator == 1 else f"\\frac{{{Tb.numerator if Tb.numerator != 1 else ''}\\pi}}{{{Tb.denominator}}}"
    return Z("gaokao_like", q, [(t, "latex_pi"), (alt, "unicode_pi")], [bad, "2\\pi" if t != "2\\pi" else "\\pi"], st)


def work_days(rng):
    a, b = rng.sample([6, 8, 10, 12, 15, 20, 24, 30], 2); t = Fraction(a * b, a + b)
    q = f"一项工程，甲单独做需要 {a} 天完成，乙单独做需要 {b} 天完成。两人合作，需要多少天完成？"
    st = [f"甲每天完成 1/{a}，乙每天完成 1/{b}。", f"合作效率 1/{a} + 1/{b} = {frac_str(Fraction(1,a)+Fraction(1,b))}。",
          f"所需天数 = {frac_str(t)} 天。"]
    g = [(f"{frac_str(t)} 天", "with_unit"), (frac_tex(t), "latex")]
    if t.denominator != 1:
        g.append((f"{t.numerator // t.denominator}\\frac{{{t.numerator % t.denominator}}}{{{t.denominator}}} 天", "mixed_number"))
    return Z("zhongkao_like", q, g, [f"{(a+b)/2:g} 天", f"{abs(a-b)} 天"], st)


def logeq(rng):
    b, k, c = pick(rng, [2, 3, 5]), rng.randint(2, 4), rng.randint(1, 6)
    x = b ** k - c
    q = f"解方程 $\\log_{{{b}}}(x + {c}) = {k}$。"
    st = [f"由对数定义，x + {c} = {b}^{k} = {b**k}。", f"所以 x = {b**k} - {c} = {x}。", "检验：x + c > 0 成立。"]
    st = st[:2] + [f"检验：x + {c} = {b**k} > 0，成立，故 x = {x}。"]
    return Z("gaokao_like", q, [(f"x = {x}", "x_equals"), (str(x), "bare"), (f"x={b}^{{{k}}}-{c}", "unevaluated")],
             [f"x = {b**k + c}", f"x = {b*k - c}"], st)


ZH_FAMILIES = [arith_sum, geo_term, cmod, set_interval, profit, zh_system, balls, dot, circle_r, period, work_days, logeq]
