"""dev5's math families of equations, quantities and chance (registered in FAM in the order they are drawn; the rest in notations.py). Part of gen_dev5.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F
import datetime as dt
from common import R, fam, frac_plain, frac_tex, mixed, term_dec, zh_int


@fam
def lin_eq(lang):
    while True:
        a = R.randint(3, 13); b = R.randint(-20, 20); c = R.randint(-25, 25); d = R.randint(2, 9)
        # solve (a x + b)/d = c - x  -> a x + b = d c - d x -> x = (d c - b)/(a + d)
        x = F(d*c - b, a + d)
        if x.denominator != 1 and abs(x) > 1: break
    if lang == "zh":
        q = f"解方程：$\\dfrac{{{a}x {'+' if b>=0 else '-'} {abs(b)}}}{{{d}}} = {c} - x$，求 $x$ 的值。"
        steps = [f"两边同乘 {d}：{a}x {'+' if b>=0 else '-'} {abs(b)} = {d*c} - {d}x。",
                 f"移项：{a+d}x = {d*c - b}。", f"所以 x = {d*c-b}/{a+d}，化简后为 {frac_plain(x)}。"]
    else:
        q = f"Find the real number $x$ satisfying $\\frac{{{a}x {'+' if b>=0 else '-'} {abs(b)}}}{{{d}}} = {c} - x$."
        steps = [f"Multiply both sides by {d}: ${a}x {'+' if b>=0 else '-'} {abs(b)} = {d*c} - {d}x$.",
                 f"Collect the $x$ terms: ${a+d}x = {d*c-b}$.",
                 f"Divide: $x = \\frac{{{d*c-b}}}{{{a+d}}}$, which reduces to ${frac_tex(x)}$."]
    ref = R.choice([frac_tex(x), frac_plain(x), f"x = {frac_plain(x)}"])
    good = [frac_tex(x), f"x = {frac_plain(x)}", f"\\dfrac{{{x.numerator}}}{{{x.denominator}}}"]
    if mixed(x): good.append(mixed(x))
    if term_dec(x): good.append(term_dec(x))
    if x.numerator < 0: good.append(f"-\\frac{{{-x.numerator}}}{{{x.denominator}}}")
    bad = [(frac_tex(-x), "sign_flip"), (frac_tex(1/x), "reciprocal"),
           (frac_tex(F(d*c + b, a + d)) if F(d*c+b, a+d) != x else frac_tex(x+1), "arith_slip")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds=R.choice(["math_like","gsm8k_like"]), lang=lang)


@fam
def shop(lang):
    item = R.choice([("notebooks","笔记本"),("jars of honey","罐蜂蜜"),("bike lights","个车灯"),("packs of seeds","包种子"),("ceramic mugs","个陶瓷杯")])
    while True:
        n = R.randint(4, 15); price = R.choice([2.40, 3.75, 6.20, 8.50, 12.80, 4.65, 9.90]); disc = R.choice([10, 15, 20, 25])
        if (round(price * 100) * n * (100 - disc)) % 100 == 0: break
    fee = R.choice([0, 3.5, 5])
    tot = round(n*price*(100-disc)/100 + fee, 2)
    cents = round(tot*100)
    if lang == "zh":
        q = f"小林买了{n}{item[1]}，单价{price:.2f}元，店里全场打{(100-disc)/10:g}折，另收运费{fee:g}元。她一共要付多少元？"
        steps = [f"原价：{n} × {price:.2f} = {n*price:.2f} 元。", f"打折后：{n*price:.2f} × {(100-disc)/100:g} = {n*price*(100-disc)/100:.2f} 元。",
                 f"加运费 {fee:g} 元：{tot:.2f} 元。"]
        good = [f"{tot:.2f}元", f"{tot:g} 元", f"￥{tot:.2f}"]
        bad = [(f"{round(n*price*(100-disc)/100,2):.2f}元" if fee else f"{round(n*price,2):.2f}元", "forgot_fee_or_discount"),
               (f"{cents}元", "cents_as_yuan")]
        ref = R.choice([f"{tot:.2f}", f"{tot:g}元"])
    else:
        q = f"Priya buys {n} {item[0]} at ${price:.2f} each. The shop takes {disc}% off the merchandise total and then adds a flat ${fee:.2f} delivery charge. How much does she pay, in dollars?"
        steps = [f"Merchandise: {n} × ${price:.2f} = ${n*price:.2f}.", f"Discount of {disc}%: ${n*price:.2f} × {(100-disc)/100:g} = ${n*price*(100-disc)/100:.2f}.",
                 f"Add delivery ${fee:.2f}: ${tot:.2f}."]
        good = [f"\\${tot:.2f}", f"{tot:.2f} dollars", f"${tot:.2f}", f"{tot:g}", f"{cents} cents"]
        bad = [(f"${round(n*price*(100-disc)/100 + fee*(100-disc)/100,2):.2f}" if fee else f"${round(n*price,2):.2f}", "discount_applied_to_fee" if fee else "no_discount"),
               (f"${round(n*price*disc/100+fee,2):.2f}", "used_discount_amount"), (f"{cents} dollars", "cents_as_dollars")]
        ref = R.choice([f"{tot:.2f}", f"\\${tot:.2f}", f"${tot:.2f}"])
    bad = [b for b in bad if b[0] and abs(float(''.join(ch for ch in b[0].split()[0] if ch in '0123456789.') or 0) - tot) > 1e-6 or 'cents' in b[1]]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)


@fam
def roots(lang):
    while True:
        r1, r2 = R.sample([-7,-5,-4,-3,-2,-1,1,2,3,5,6,8], 2)
        if r1 != -r2: break
    k = R.choice([1, 2, 3])
    A, B, C = k, -k*(r1+r2), k*r1*r2
    def poly(A,B,C):
        s = (f"{A}x^2" if A != 1 else "x^2")
        if B: s += f" {'+' if B>0 else '-'} {abs(B)}x" if abs(B)!=1 else f" {'+' if B>0 else '-'} x"
        if C: s += f" {'+' if C>0 else '-'} {abs(C)}"
        return s
    p = poly(A,B,C)
    if lang == "zh":
        q = f"求方程 ${p} = 0$ 的所有实数根。"
    else:
        q = R.choice([f"Find all real solutions of ${p} = 0$.", f"Solve for $x$: ${p} = 0$. List every root."])
    fac = lambda r: f"(x {'-' if r>0 else '+'} {abs(r)})"
    steps = [f"Divide by {k}." if k>1 else "The leading coefficient is already 1.",
             f"Look for two numbers with product {r1*r2} and sum {r1+r2}: {r1} and {r2}.",
             f"So the polynomial factors as {'' if k==1 else k}{fac(r1)}{fac(r2)}, giving roots {r1} and {r2}."]
    lo, hi = sorted([r1, r2])
    ref = R.choice([f"x={lo} \\text{{ or }} x={hi}", f"{lo}, {hi}", f"\\{{{lo}, {hi}\\}}", f"x_1={hi}, x_2={lo}"])
    good = [f"x = {hi} or x = {lo}", f"\\{{{hi}, {lo}\\}}", f"{lo} and {hi}", f"x \\in \\{{{lo},{hi}\\}}", f"x_1 = {lo},\\ x_2 = {hi}"]
    bad = [(f"x = {hi}", "only_one_root"), (f"x = {-lo} or x = {-hi}", "roots_sign_flipped"), (f"{lo}, {hi}, 0", "extra_root")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def units(lang):
    kind = R.choice(["vol","speed","press","len"])
    if kind == "vol":
        bottles = R.randint(6, 24); ml = R.choice([250, 330, 375, 500, 750])
        tot = bottles*ml
        if lang == "zh":
            q = f"一箱有{bottles}瓶饮料，每瓶{ml} mL。这箱饮料共有多少升？"
        else:
            q = f"A crate holds {bottles} bottles, each containing {ml} mL of juice. What is the total volume in litres?"
        steps = [f"{bottles} × {ml} mL = {tot} mL.", f"1 L = 1000 mL, so {tot} mL = {tot/1000:g} L."]
        ref = R.choice([f"{tot/1000:g} L", f"{tot/1000:g}", f"{tot} mL"])
        good = [f"{tot/1000:g} L", f"{tot/1000:g} litres", f"{tot} mL (= {tot/1000:g} L)", f"{tot/1000:g}\\,\\text{{L}}"]
        bad = [(f"{tot} L", "unit_scale_wrong"), (f"{tot/100:g} L", "factor_100"), (f"{tot/1000:g} mL", "wrong_unit_label")]
    elif kind == "speed":
        v = R.choice([18, 27, 36, 54, 63, 72, 90, 108])
        if lang == "zh":
            q = f"一辆电动车的速度是 {v} km/h，换算成 m/s 是多少？"
        else:
            q = f"A delivery drone cruises at {v} km/h. Express this speed in metres per second."
        ms = F(v*1000, 3600)
        steps = [f"{v} km/h = {v} × 1000 m / 3600 s.", f"= {v*1000}/3600 m/s = {ms} m/s."]
        ref = R.choice([f"{frac_plain(ms)} m/s", f"{frac_plain(ms)}\\ \\mathrm{{m\\,s^{{-1}}}}"])
        good = [f"{frac_plain(ms)} m/s", f"{frac_plain(ms)} metres per second", f"{frac_plain(ms)}\\,\\text{{m/s}}", f"{float(ms):.1f} m/s"]
        bad = [(f"{v*3.6:g} m/s", "multiplied_by_3_6"), (f"{frac_plain(ms)} km/s", "wrong_unit"), (f"{v*1000} m/s", "ignored_hours")]
    elif kind == "press":
        kpa = R.choice([101.3, 250, 32.5, 7.8, 480])
        pa = kpa*1000
        q = (f"某轮胎内气压为 {kpa:g} kPa，用帕斯卡（Pa）表示是多少？" if lang=="zh" else
             f"A tyre gauge reads {kpa:g} kPa. Convert this pressure to pascals.")
        steps = [f"1 kPa = 1000 Pa.", f"{kpa:g} × 1000 = {pa:g} Pa."]
        sci = f"{kpa/100:g} \\times 10^{{5}}" if kpa >= 100 else f"{kpa/10:g} \\times 10^{{4}}"
        ref = R.choice([f"{pa:g} Pa", f"{sci}\\ \\text{{Pa}}"])
        good = [f"{pa:g} Pa", f"{sci} Pa", f"{pa:,.0f} Pa" if pa==int(pa) else f"{pa:g} Pa", f"{kpa:g} kPa = {pa:g} Pa"]
        bad = [(f"{kpa/1000:g} Pa", "divided_instead"), (f"{pa:g} kPa", "unit_label_wrong"), (f"{kpa*100:g} Pa", "factor_100")]
    else:
        um = R.choice([2.5, 7, 0.35, 12, 40])
        q = (f"一根细丝直径为 {um:g} μm，合多少毫米（mm）？" if lang=="zh" else
             f"A fibre has a diameter of {um:g} μm. What is the diameter in millimetres?")
        mm = um/1000
        steps = ["1 mm = 1000 μm.", f"{um:g} μm ÷ 1000 = {mm:g} mm."]
        e = f"{mm:.2e}"; mant, ex = e.split("e"); mant = mant.rstrip("0").rstrip(".")
        sci = f"{mant}\\times 10^{{{int(ex)}}}"
        ref = R.choice([f"{mm:g} mm", f"{sci} mm"])
        good = [f"{mm:g} mm", f"{sci}\\ \\text{{mm}}", f"{mm:g} millimetres", f"{mant} × 10^{int(ex)} mm"]
        bad = [(f"{um*1000:g} mm", "multiplied_instead"), (f"{mm:g} m", "wrong_unit"), (f"{um/100:g} mm", "factor_100")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds=R.choice(["gsm8k_like","math_like"]), lang=lang)


@fam
def prob(lang):
    kind = R.choice(["dice","cards","coins"])
    if kind == "dice":
        t = R.choice([4,5,6,7,8,9,10])
        cnt = sum(1 for a in range(1,7) for b in range(1,7) if a+b == t)
        p = F(cnt, 36)
        q = (f"同时掷两枚均匀的六面骰子，点数之和等于{t}的概率是多少？" if lang=="zh" else
             f"Two fair six-sided dice are rolled. What is the probability that the total is exactly {t}?")
        steps = [f"There are 36 equally likely ordered outcomes.", f"Pairs summing to {t}: " + ", ".join(f"({a},{t-a})" for a in range(1,7) if 1<=t-a<=6) + f" — that is {cnt} outcomes.", f"Probability = {cnt}/36 = {frac_plain(p)}."]
        wrongp = F(cnt, 21) if F(cnt,21)!=p else F(cnt+1,36)
    elif kind == "coins":
        n = R.choice([3,4,5,6]); k = R.randint(1, n-1)
        from math import comb
        p = F(comb(n,k), 2**n)
        q = (f"把一枚均匀硬币抛{zh_int(n)}次，恰好出现{zh_int(k)}次正面的概率是多少？" if lang=="zh" else
             f"A fair coin is tossed {n} times. What is the probability of getting exactly {k} heads?")
        steps = [f"Total sequences: 2^{n} = {2**n}.", f"Favourable: C({n},{k}) = {comb(n,k)}.", f"P = {comb(n,k)}/{2**n} = {frac_plain(p)}."]
        wrongp = F(1, n+1) if F(1,n+1)!=p else F(k, n)
    else:
        suit = R.choice([("a heart",13),("a face card",12),("an ace",4),("a red card",26)])
        p = F(suit[1], 52)
        q = (f"从一副52张的扑克牌中随机抽一张，抽到{ {'a heart':'红心','a face card':'人头牌(J、Q、K)','an ace':'A','a red card':'红色牌'}[suit[0]] }的概率是多少？" if lang=="zh" else
             f"One card is drawn at random from a standard 52-card deck. What is the probability that it is {suit[0]}?")
        steps = [f"Favourable cards: {suit[1]}.", f"P = {suit[1]}/52 = {frac_plain(p)}."]
        wrongp = F(suit[1], 54)
    ref = R.choice([frac_tex(p), frac_plain(p), f"{frac_plain(p)} (about {float(p)*100:.1f}%)"])
    good = [frac_tex(p), frac_plain(p), f"{p.numerator*2}/{p.denominator*2}", f"\\dfrac{{{p.numerator}}}{{{p.denominator}}}"]
    if term_dec(p*100): good.append(f"{term_dec(p*100)}%"); good.append(term_dec(p))
    bad = [(frac_tex(wrongp), "wrong_sample_space"), (frac_tex(1-p), "complement"),
           (f"{p.numerator}:{p.denominator - p.numerator}", "odds_not_probability")]
    bad = [b for b in bad if (b[1] != "complement" or (1 - p) != p) and (b[1] != "odds_not_probability" or p != F(1, 2))]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def base_n(lang):
    n = R.randint(40, 500); b = R.choice([2, 3, 5, 7, 8, 16])
    digs = "0123456789ABCDEF"; s = ""; m = n
    while m: s = digs[m % b] + s; m //= b
    q = (f"把十进制数 {n} 转换成 {b} 进制。" if lang=="zh" else f"Write the decimal number {n} in base {b}.")
    steps = [f"Repeated division of {n} by {b}; remainders read bottom-up give {s}.",
             "Check: " + " + ".join(f"{digs.index(c)}·{b}^{len(s)-1-i}" for i,c in enumerate(s)) + f" = {n}."]
    ref = R.choice([f"{s}_{{{b}}}", f"({s})_{b}", s])
    good = [f"{s}_{{{b}}}", f"{s} (base {b})", f"$({s})_{{{b}}}$", s]
    if b == 16: good.append(f"0x{s}")
    if b == 2: good.append(f"0b{s}")
    rev = s[::-1]
    bad = [(f"{rev}_{{{b}}}" if rev != s else f"{s}0_{{{b}}}", "digits_reversed"), (f"{n}", "left_in_decimal")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def cplx(lang):
    a, b, c, d = [R.choice([-4,-3,-2,-1,1,2,3,4,5]) for _ in range(4)]
    re, im = a*c - b*d, a*d + b*c
    if im == 0: im = 1; d = d  # keep simple; recompute
    re, im = a*c - b*d, a*d + b*c
    def cs(x, y):
        if y == 0: return f"{x}"
        return f"{x} {'+' if y>0 else '-'} {abs(y) if abs(y)!=1 else ''}i"
    q = (f"计算 $({cs(a,b)})({cs(c,d)})$，结果写成 $a+bi$ 的形式。" if lang=="zh" else
         f"Compute $({cs(a,b)})({cs(c,d)})$ and write the result in the form $a+bi$.")
    steps = [f"Expand: {a}·{c} + {a}·{d}i + {b}i·{c} + {b}·{d}i².", f"i² = −1, so real part {a*c} − ({b*d}) = {re}, imaginary part {a*d} + {b*c} = {im}."]
    ref = R.choice([cs(re, im), f"{re}{'+' if im>=0 else '-'}{abs(im)}i"])
    good = [cs(re, im), f"{im}i {'+' if re>=0 else '-'} {abs(re)}", f"{re} + ({im})i"]
    bad = [(cs(re, -im), "conjugate") if im else (cs(re+1, im), "arith"), (cs(a*c + b*d, im), "i_squared_as_plus_one") if b*d else (cs(re, im+1),"arith")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def polar(lang):
    r = R.choice([2, 4, 6, 3]); ang = R.choice([(30, "\\frac{\\pi}{6}", "\\sqrt{3}", "1", "sqrt3_1"), (60, "\\frac{\\pi}{3}", "1", "\\sqrt{3}", "1_sqrt3"), (45, "\\frac{\\pi}{4}", "\\sqrt{2}", "\\sqrt{2}", "s2s2")])
    deg, rad, cx, cy, _ = ang
    half = r // 2 if deg != 45 else None
    if deg == 45:
        rea = f"{r//2}\\sqrt{{2}}" if r % 2 == 0 else f"\\frac{{{r}\\sqrt{{2}}}}{{2}}"
        ima = rea
    elif deg == 30:
        rea = f"{r//2}\\sqrt{{3}}" if r % 2 == 0 else f"\\frac{{{r}\\sqrt{{3}}}}{{2}}"; ima = f"{r//2}" if r%2==0 else f"\\frac{{{r}}}{{2}}"
    else:
        rea = f"{r//2}" if r%2==0 else f"\\frac{{{r}}}{{2}}"; ima = f"{r//2}\\sqrt{{3}}" if r%2==0 else f"\\frac{{{r}\\sqrt{{3}}}}{{2}}"
    rea = rea.replace("1\\sqrt", "\\sqrt"); ima = ima.replace("1\\sqrt", "\\sqrt")
    if rea.startswith("1\\"): pass
    q = (f"把复数 $z = {rea} + {ima}i$ 写成极坐标形式 $r(\\cos\\theta + i\\sin\\theta)$，其中 $0 \\le \\theta < 2\\pi$。" if lang=="zh" else
         f"Express $z = {rea} + {ima}i$ in polar form $re^{{i\\theta}}$ with $0 \\le \\theta < 2\\pi$.")
    steps = [f"|z| = {r}.", f"tan θ = ({ima})/({rea}), first quadrant, so θ = {deg}° = {rad}."]
    ref = R.choice([f"{r}e^{{i{rad}}}", f"{r}(\\cos{rad} + i\\sin{rad})"])
    good = [f"{r}e^{{i\\pi/{180//deg}}}", f"{r}(\\cos {deg}^\\circ + i \\sin {deg}^\\circ)", f"r = {r}, \\theta = {rad}", f"{r}\\,\\mathrm{{cis}}({rad})"]
    bad = [(f"{r}e^{{i\\pi/{180//(90-deg) if deg!=45 else 2}}}", "angle_wrong"), (f"{r*r}e^{{i{rad}}}", "modulus_squared"), (f"{r}e^{{i{deg}}}", "degrees_in_exponent_as_radians")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def circle(lang):
    h, k = R.randint(-6, 6), R.randint(-6, 6); r = R.randint(2, 7)
    D, E, Fc = -2*h, -2*k, h*h + k*k - r*r
    def sgn(v, t): return "" if v == 0 else f" {'+' if v>0 else '-'} {abs(v)}{t}"
    expanded = f"x^2 + y^2{sgn(D,'x')}{sgn(E,'y')}{sgn(Fc,'')} = 0"
    def sq(var, c): return var + "^2" if c == 0 else f"({var} {'-' if c>0 else '+'} {abs(c)})^2"
    std = f"{sq('x',h)} + {sq('y',k)} = {r*r}"
    q = (f"圆心为 $({h}, {k})$、且经过点 $({h+r}, {k})$ 的圆的方程是什么？" if lang=="zh" else
         f"Find an equation of the circle with centre $({h}, {k})$ that passes through the point $({h}, {k+r})$.")
    steps = [f"Radius = distance from centre to the point = {r}.", f"Standard form: ${std}$."]
    ref = R.choice([std, expanded])
    good = [std, expanded, f"{sq('x',h)} + {sq('y',k)} = {r}^2"]
    bad = [(f"{sq('x',h)} + {sq('y',k)} = {r}", "radius_not_squared"), (f"{sq('x',-h)} + {sq('y',-k)} = {r*r}" if (h or k) else f"x^2+y^2={r*r+1}", "centre_sign_flipped")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def factor(lang):
    from math import gcd
    while True:
        a, b = R.sample([-6,-5,-3,-2,-1,1,2,3,4,7], 2); c = R.choice([2, 3, 5])
        if gcd(c, abs(b)) == 1: break
    # c x^2 + ... = (c x + ?)... use (x+a)(c x + b)
    A, B, C = c, a*c + b, a*b
    def t(v, s, first=False):
        if v == 0: return ""
        mag = "" if (abs(v) == 1 and s) else str(abs(v))
        return (("-" if v < 0 else "") if first else (" - " if v < 0 else " + ")) + mag + s
    exp = t(A, "x^2", True) + t(B, "x") + t(C, "")
    def lf(p, q, coef=""):
        return f"({coef}x {'+' if q>0 else '-'} {abs(q)})"
    fac = f"{lf(1,a)}{lf(c,b,str(c))}"
    q = (f"因式分解：${exp}$。" if lang=="zh" else f"Factor completely over the integers: ${exp}$.")
    steps = [f"ac = {A*C}; we need two numbers with product {A*C} and sum {B}: {a*c} and {b}.", f"Grouping gives ${fac}$."]
    ref = R.choice([fac, f"{lf(c,b,str(c))}{lf(1,a)}"])
    good = [fac, f"{lf(c,b,str(c))}{lf(1,a)}", f"{lf(c,b,str(c))} \\cdot {lf(1,a)}"]
    bad = [(f"{lf(1,-a)}{lf(c,-b,str(c))}", "signs_flipped"), (f"{lf(1,b)}{lf(c,a,str(c))}" if a != b else f"{lf(1,a)}{lf(1,b)}", "constants_swapped")]
    # also the trap "expanded back" counts as not factored -> Incorrect
    bad.append((exp, "left_unfactored"))
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def angle_dm(lang):
    m = R.choice([15, 30, 45, 6, 12, 24, 36, 48, 18, 42])
    d = R.randint(20, 80)
    total = d + F(m, 60)
    a = R.randint(30, 70); b = 180 - a - int(total) - 1
    # triangle: third angle = 180 - a - b - ... keep simple: supplement of an angle
    dec = term_dec(total)
    comp = 90 - total
    cd = int(comp); cm = int((comp - cd) * 60)
    q = (f"已知 ∠A = {dec}°，求 ∠A 的余角，用度分（°′）表示。" if lang=="zh" else
         f"Angle A measures {dec}°. Give the measure of its complement in degrees and minutes.")
    steps = [f"Complement = 90° − {dec}° = {term_dec(comp)}°.", f"The fractional part {term_dec(comp - cd)}° × 60 = {cm}′.", f"So {cd}°{cm}′."]
    ref = R.choice([f"{cd}^\\circ {cm}'", f"{cd}°{cm}′", f"{term_dec(comp)}°"])
    good = [f"{cd}°{cm}′", f"{cd}° {cm}'", f"{term_dec(comp)}^\\circ", f"{cd} degrees {cm} minutes"]
    wm = int(round(float(comp - cd) * 100))
    bad = [(f"{cd}°{wm}′" if wm != cm else f"{cd}°{cm+1}′", "decimal_read_as_minutes"), (f"{int(180-total)}°{int(((180-total)-int(180-total))*60)}′", "supplement_not_complement")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def rad_deg(lang):
    deg, tex = R.choice([(150,"\\frac{5\\pi}{6}"),(120,"\\frac{2\\pi}{3}"),(135,"\\frac{3\\pi}{4}"),(210,"\\frac{7\\pi}{6}"),(240,"\\frac{4\\pi}{3}"),(300,"\\frac{5\\pi}{3}"),(330,"\\frac{11\\pi}{6}")])
    fr = F(deg, 180)
    sides = R.randint(5, 12)
    q = (f"一个扇形的圆心角为 {deg}°，这个角用弧度表示是多少？" if lang=="zh" else
         f"A sprinkler sweeps through an angle of {deg}°. What is this angle in radians? Give an exact value.")
    steps = [f"Multiply by π/180: {deg} × π/180 = {fr}π."]
    ref = R.choice([tex, f"{frac_plain(fr)}π", f"{deg}° = {tex}"])
    good = [tex, f"{fr.numerator}\\pi/{fr.denominator}", f"\\frac{{{fr.numerator}}}{{{fr.denominator}}}\\pi", f"{fr.numerator}π/{fr.denominator} rad"]
    bad = [(f"{deg}", "left_in_degrees"), (f"\\frac{{{fr.denominator}\\pi}}{{{fr.numerator}}}", "inverted"), (f"{float(fr):.3f}", "dropped_pi")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)
