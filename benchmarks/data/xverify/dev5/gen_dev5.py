#!/usr/bin/env python3
"""Generator for dev5.jsonl (independent author; did not read the verifier)."""
import json, os, random, statistics
from fractions import Fraction as F
import datetime as dt

R = random.Random(20261207)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev5.jsonl")

def frac_tex(f):
    if f.denominator == 1: return str(f.numerator)
    s = "-" if f < 0 else ""
    return f"{s}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"
def frac_plain(f):
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"
def mixed(f):
    if abs(f) < 1 or f.denominator == 1: return None
    s = "-" if f < 0 else ""; a = abs(f); w = a.numerator // a.denominator; r = a - w
    return f"{s}{w} {r.numerator}/{r.denominator}"
def term_dec(f):
    d = f.denominator
    while d % 2 == 0: d //= 2
    while d % 5 == 0: d //= 5
    if d != 1: return None
    s = f"{float(f):.6f}".rstrip("0").rstrip(".")
    return s

ZH_NUM = "零一二三四五六七八九"
def zh_int(n):
    if n < 10: return ZH_NUM[n]
    if n < 20: return "十" + (ZH_NUM[n % 10] if n % 10 else "")
    if n < 100: return ZH_NUM[n // 10] + "十" + (ZH_NUM[n % 10] if n % 10 else "")
    return str(n)
NUM_WORDS = ["zero","one","two","three","four","five","six","seven","eight","nine","ten","eleven","twelve",
 "thirteen","fourteen","fifteen","sixteen","seventeen","eighteen","nineteen","twenty"]
def en_words(n):
    if n <= 20: return NUM_WORDS[n]
    tens = ["","","twenty","thirty","forty","fifty","sixty","seventy","eighty","ninety"]
    if n < 100: return tens[n//10] + ("-" + NUM_WORDS[n%10] if n%10 else "")
    return None

# ---------------------------------------------------------------- families
# each returns dict(q, ref, steps, good[list], bad[list of (ans, trap)], kat, ds, lang, unitless_value)
FAM = []
def fam(f): FAM.append(f); return f

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

@fam
def ineq(lang):
    a = R.randint(2, 7); b = R.choice([v for v in range(-10, 11) if v]); c = R.randint(-10, 20)
    neg = R.random() < 0.5
    if neg:
        # -a x + b >= c -> x <= (b - c)/a
        t = F(b - c, a); expr = f"-{a}x + {b} \\ge {c}" if b>=0 else f"-{a}x - {abs(b)} \\ge {c}"
        sol_ineq = f"x \\le {frac_tex(t)}"; interval = f"(-\\infty, {frac_tex(t)}]"
        bad = [(f"x \\ge {frac_tex(t)}", "forgot_flip"), (f"(-\\infty, {frac_tex(t)})", "endpoint_excluded")]
        good = [sol_ineq, interval, f"{frac_tex(t)} \\ge x", f"x ≤ {frac_plain(t)}"]
    else:
        t = F(c - b, a); expr = f"{a}x + {b} > {c}" if b>=0 else f"{a}x - {abs(b)} > {c}"
        sol_ineq = f"x > {frac_tex(t)}"; interval = f"({frac_tex(t)}, \\infty)"
        bad = [(f"[{frac_tex(t)}, \\infty)", "endpoint_included"), (f"x < {frac_tex(t)}", "direction_flipped")]
        good = [sol_ineq, interval, f"\\{{x \\mid x > {frac_tex(t)}\\}}", f"x > {frac_plain(t)}"]
    q = (f"解不等式 ${expr}$，用区间表示解集。" if lang=="zh" else f"Solve the inequality ${expr}$. Write the solution set.")
    steps = [f"Isolate the x term and divide by {'-' if neg else ''}{a}{' (flipping the inequality)' if neg else ''}.", f"Result: ${sol_ineq}$."]
    ref = R.choice([sol_ineq, interval])
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)

@fam
def ratio(lang):
    x, y = R.choice([(3,2),(5,3),(4,7),(2,5),(7,4),(5,8)])
    k = R.randint(3, 9)
    tot = (x+y)*k
    q = (f"一个班有学生{tot}人，男生比女生多{(x-y)*k}人。" if False else None)
    if lang == "zh":
        q = f"某果汁由苹果汁 {x*k*10} mL 和橙汁 {y*k*10} mL 混合而成。苹果汁与橙汁的体积比（最简整数比）是多少？"
    else:
        q = f"A paint mix uses {x*k*10} mL of blue and {y*k*10} mL of yellow. What is the ratio of blue to yellow in simplest form?"
    steps = [f"gcd({x*k*10}, {y*k*10}) = {k*10}.", f"{x*k*10}:{y*k*10} = {x}:{y}."]
    ref = R.choice([f"{x}:{y}", f"{x}/{y}", f"{x} to {y}"])
    good = [f"{x}:{y}", f"{x} : {y}", f"{x} to {y}", f"\\frac{{{x}}}{{{y}}}"]
    bad = [(f"{y}:{x}", "ratio_reversed"), (f"{x*k*10}:{(x+y)*k*10}", "part_to_whole")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)

@fam
def sci(lang):
    m = R.choice([3.2, 4.5, 6.02, 1.25, 7.8, 2.4]); e = R.randint(4, 8)
    # product of two numbers
    a = R.choice([2, 4, 5, 8]); base = m / a
    val = m * 10**e
    q = (f"一颗卫星每秒传回 {base:g}×10^{e} 比特的数据，{a} 颗同样的卫星每秒共传回多少比特？用科学记数法表示。" if lang=="zh" else
         f"Each sensor in an array logs {base:g} × 10^{e} readings per day. How many readings per day do {a} sensors log? Use scientific notation.")
    steps = [f"{a} × {base:g} × 10^{e} = {m:g} × 10^{e}."]
    plain = f"{int(round(val)):,}"
    ref = R.choice([f"{m:g}\\times 10^{{{e}}}", f"{int(round(val))}", f"{m:g}e{e}"])
    good = [f"{m:g} \\times 10^{{{e}}}", plain, f"{m:g}e{e}", f"{m*10:g} \\times 10^{{{e-1}}}", f"{int(round(val))}"]
    bad = [(f"{m:g} \\times 10^{{{e+1}}}", "exponent_off_by_one"), (f"{base:g} \\times 10^{{{e}}}", "forgot_multiply"), (f"{m:g} \\times 10^{{{-e}}}", "negative_exponent")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)

@fam
def logs(lang):
    b = R.choice([2, 3, 5]); k = R.randint(3, 6); c = R.randint(2, 9)
    val = b**k
    kind = R.choice(["solve", "expr"])
    if kind == "solve":
        q = (f"解方程 $\\log_{b}(x - {c}) = {k}$。" if lang=="zh" else f"Solve $\\log_{{{b}}}(x - {c}) = {k}$ for $x$.")
        steps = [f"Rewrite in exponential form: x − {c} = {b}^{k} = {val}.", f"x = {val + c}."]
        ref = R.choice([f"{val+c}", f"x={val+c}"]); good = [f"{val+c}", f"x = {val+c}", f"{b}^{k} + {c}"]
        bad = [(f"{val}", "forgot_shift"), (f"{k*b + c}", "multiplied_not_powered"), (f"{val - c}", "sign_of_shift")]
    else:
        p = R.choice([7, 10, 11, 13])
        q = (f"已知 ${b}^x = {p}$，用对数表示 $x$ 的精确值。" if lang=="zh" else f"If ${b}^x = {p}$, give the exact value of $x$.")
        steps = [f"Take logs: x = log_{b} {p} = ln {p} / ln {b}."]
        ref = R.choice([f"\\log_{{{b}}} {p}", f"\\frac{{\\ln {p}}}{{\\ln {b}}}"])
        good = [f"\\log_{{{b}}}{p}", f"\\frac{{\\ln {p}}}{{\\ln {b}}}", f"\\frac{{\\log {p}}}{{\\log {b}}}", f"log({p})/log({b})"]
        bad = [(f"\\log_{{{p}}} {b}", "base_swapped"), (f"\\frac{{{p}}}{{{b}}}", "divided_numbers"), (f"\\ln {p} - \\ln {b}", "log_quotient_confusion")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds=R.choice(["math_like","aime_like"]) if kind=="solve" else "math_like", lang=lang)

@fam
def matrix(lang):
    A = [[R.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[R.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k]*B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    BA = [[sum(B[i][k]*A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    if C == BA or C == [list(r) for r in zip(*C)]: A[0][1] += 1; C = [[sum(A[i][k]*B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]; BA = [[sum(B[i][k]*A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    pm = lambda M: f"\\begin{{pmatrix}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{pmatrix}}"
    bm = lambda M: f"\\begin{{bmatrix}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{bmatrix}}"
    q = (f"设 $A = {pm(A)}$，$B = {pm(B)}$，求 $AB$。" if lang=="zh" else f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$.")
    steps = [f"Row 1 of A times columns of B: {C[0][0]}, {C[0][1]}.", f"Row 2 of A times columns of B: {C[1][0]}, {C[1][1]}."]
    ref = R.choice([pm(C), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]"])
    good = [pm(C), bm(C), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]"]
    T = [list(r) for r in zip(*C)]
    bad = []
    if BA != C: bad.append((pm(BA), "computed_BA"))
    if T != C: bad.append((pm(T), "transposed"))
    bad.append((pm([[C[0][0], C[0][1]], [C[1][0], C[1][1]+1]]), "entry_slip"))
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)

@fam
def clock(lang):
    h = R.randint(6, 11); mnt = R.choice([5, 10, 20, 35, 40, 50]); dur = R.randint(140, 460)
    start = dt.datetime(2026, 5, 1, h, mnt); end = start + dt.timedelta(minutes=dur)
    h24 = end.strftime("%H:%M"); h12 = end.strftime("%I:%M %p").lstrip("0")
    q = (f"一趟列车上午{h}:{mnt:02d}出发，行驶了{dur//60}小时{dur%60}分钟。它几点到达？" if lang=="zh" else
         f"A ferry leaves at {h}:{mnt:02d} a.m. and the crossing takes {dur//60} h {dur%60} min. At what time does it arrive?")
    steps = [f"{h}:{mnt:02d} + {dur//60} h = {h+dur//60}:{mnt:02d}.", f"+ {dur%60} min → {h24}."]
    ref = R.choice([h24, h12])
    good = [h24, h12, h12.replace("PM", "p.m.").replace("AM", "a.m."), h24.replace(":", "h")]
    other = (end + dt.timedelta(hours=12)).strftime("%I:%M %p").lstrip("0") if end.hour >= 12 else (end + dt.timedelta(hours=12)).strftime("%I:%M %p").lstrip("0")
    bad = [(other, "am_pm_swapped"), ((end - dt.timedelta(minutes=60)).strftime("%H:%M"), "hour_slip")]
    if lang == "zh": good.append(("下午" if end.hour >= 12 else "上午") + f"{end.hour-12 if end.hour>12 else end.hour}点{end.minute}分")
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)

@fam
def dates(lang):
    start = dt.date(2027, R.randint(1, 11), R.randint(1, 28)); n = R.randint(20, 90)
    end = start + dt.timedelta(days=n)
    q = (f"一个项目从{start.year}年{start.month}月{start.day}日开始（这一天算第0天），{n}天后是哪一天？" if lang=="zh" else
         f"A loan is issued on {start.strftime('%B')} {start.day}, {start.year}. Repayment is due exactly {n} days later. On what date is it due?")
    steps = [f"Count forward {n} days from {start.isoformat()} month by month.", f"Arrive at {end.isoformat()}."]
    ref = R.choice([end.isoformat(), f"{end.strftime('%B')} {end.day}, {end.year}", f"{end.day} {end.strftime('%B')} {end.year}"])
    good = [end.isoformat(), f"{end.strftime('%B')} {end.day}, {end.year}", f"{end.day} {end.strftime('%b')} {end.year}", f"{end.year}年{end.month}月{end.day}日", f"{end.strftime('%A')}, {end.strftime('%B')} {end.day}, {end.year}"]
    off = end + dt.timedelta(days=1)
    bad = [(f"{off.strftime('%B')} {off.day}, {off.year}", "off_by_one_day"), (f"{end.year}-{end.day:02d}-{end.month:02d}" if end.day <= 12 and end.day != end.month else (end - dt.timedelta(days=1)).isoformat(), "day_month_swapped" if end.day <= 12 and end.day != end.month else "off_by_one_day")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)

@fam
def line(lang):
    while True:
        x1, y1, x2, y2 = [R.randint(-6, 6) for _ in range(4)]
        if x1 != x2 and (y2 - y1) % (x2 - x1) == 0 and y1 != y2: break
    m = (y2 - y1) // (x2 - x1); b = y1 - m*x1
    def lin(m, b):
        s = ("x" if m == 1 else "-x" if m == -1 else f"{m}x")
        return f"y = {s}" + ("" if b == 0 else f" {'+' if b>0 else '-'} {abs(b)}")
    q = (f"求经过点 $({x1}, {y1})$ 和 $({x2}, {y2})$ 的直线方程。" if lang=="zh" else f"Find the equation of the line through $({x1}, {y1})$ and $({x2}, {y2})$.")
    steps = [f"Slope = ({y2} − {y1})/({x2} − {x1}) = {m}.", f"Intercept: {y1} = {m}·{x1} + b ⇒ b = {b}."]
    cx = lambda v: "x" if v == 1 else "-x" if v == -1 else f"{v}x"
    std = f"{cx(m)} - y {'+' if b>=0 else '-'} {abs(b)} = 0" if b else f"{cx(m)} - y = 0"
    ref = R.choice([lin(m, b), std])
    good = [lin(m, b), std, f"y {'-' if y1>=0 else '+'} {abs(y1)} = {m}(x {'-' if x1>=0 else '+'} {abs(x1)})", f"{cx(-m)} + y = {b}"]
    bad = [(lin(-m, b), "slope_sign"), (lin(m, -b) if b else lin(m, 1), "intercept_sign"), (lin(F(1, m) if m not in (0,) else 1, b).replace("1/", "\\frac{1}{") if False else lin(m, b + 1), "intercept_slip")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)

@fam
def percent(lang):
    old = R.choice([80, 120, 250, 400, 64, 150]); ch = R.choice([15, 20, 25, 35, 40, 12.5])
    new = old * (1 + ch/100)
    q = (f"某商品原价{old}元，现价{new:g}元。价格上涨了百分之几？" if lang=="zh" else
         f"A membership fee rose from ${old} to ${new:g}. By what percentage did it increase?")
    steps = [f"Increase = {new:g} − {old} = {new-old:g}.", f"{new-old:g}/{old} = {ch/100:g} = {ch:g}%."]
    ref = R.choice([f"{ch:g}\\%", f"{ch:g}%", f"{ch/100:g}"])
    good = [f"{ch:g}%", f"{ch:g} percent", f"{ch:g}\\%", f"百分之{zh_int(int(ch))}" if ch == int(ch) and lang == "zh" else f"{ch:g} per cent"]
    wrong = (new - old)/new*100
    bad = [(f"{wrong:.1f}%", "divided_by_new_price"), (f"{new-old:g}%", "absolute_as_percent"), (f"{100+ch:g}%", "ratio_not_increase")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)

@fam
def count_words(lang):
    # integer answer with number words; aime-like
    n = R.randint(5, 9)
    ans = n*(n-3)//2
    q = (f"一个凸{zh_int(n)}边形有多少条对角线？" if lang=="zh" else f"How many diagonals does a convex polygon with {n} sides have?")
    steps = [f"Each vertex connects to {n-3} non-adjacent vertices.", f"{n}·{n-3}/2 = {ans}."]
    ref = R.choice([str(ans), en_words(ans) or str(ans), f"\\boxed{{{ans}}}"])
    good = [str(ans), en_words(ans) or str(ans), f"{ans} diagonals"]
    if lang == "zh": good.append(f"{zh_int(ans)}条")
    bad = [(str(n*(n-3)), "forgot_halving"), (str(n*(n-1)//2), "counted_sides_too"), ((en_words(ans+1) or str(ans+1)), "off_by_one_words")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="aime_like", lang=lang)

@fam
def poly_expand(lang):
    while True:
        a, b = R.sample([-5,-4,-3,-2,2,3,4,5,6], 2)
        if a + b != 0: break
    B, C = a + b, a*b
    exp = f"x^2 {'+' if B>=0 else '-'} {abs(B)}x {'+' if C>=0 else '-'} {abs(C)}"
    q = (f"展开并化简 $(x {'+' if a>0 else '-'} {abs(a)})(x {'+' if b>0 else '-'} {abs(b)})$。" if lang=="zh" else f"Expand and simplify $(x {'+' if a>0 else '-'} {abs(a)})(x {'+' if b>0 else '-'} {abs(b)})$.")
    steps = [f"FOIL: x² + {b}x + {a}x + ({a})({b}).", f"= {exp}."]
    ref = R.choice([exp, f"(x {'+' if a>0 else '-'} {abs(a)})(x {'+' if b>0 else '-'} {abs(b)}) = {exp}"])
    good = [exp, f"{'' if C<0 else '+'}{C} {'+' if B>=0 else '-'} {abs(B)}x + x^2".lstrip("+"), exp.replace("x^2", "x²")]
    bad = [(f"x^2 {'+' if B>=0 else '-'} {abs(B)}x {'-' if C>=0 else '+'} {abs(C)}", "constant_sign"), (f"x^2 {'+' if -B>=0 else '-'} {abs(B)}x {'+' if C>=0 else '-'} {abs(C)}", "middle_sign"), (f"x^2 + {a*a+b*b}", "squared_terms_only")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)

@fam
def vec(lang):
    u = [R.randint(-4, 5) for _ in range(3)]; v = [R.randint(-4, 5) for _ in range(3)]
    c = [u[1]*v[2]-u[2]*v[1], u[2]*v[0]-u[0]*v[2], u[0]*v[1]-u[1]*v[0]]
    if c == [0,0,0]: u[0] += 1; c = [u[1]*v[2]-u[2]*v[1], u[2]*v[0]-u[0]*v[2], u[0]*v[1]-u[1]*v[0]]
    q = (f"设 $\\mathbf u = ({u[0]}, {u[1]}, {u[2]})$，$\\mathbf v = ({v[0]}, {v[1]}, {v[2]})$，求 $\\mathbf u \\times \\mathbf v$。" if lang=="zh" else
         f"Compute the cross product $\\mathbf u \\times \\mathbf v$ for $\\mathbf u = ({u[0]}, {u[1]}, {u[2]})$ and $\\mathbf v = ({v[0]}, {v[1]}, {v[2]})$.")
    steps = [f"i: {u[1]}·{v[2]} − {u[2]}·{v[1]} = {c[0]}", f"j: {u[2]}·{v[0]} − {u[0]}·{v[2]} = {c[1]}", f"k: {u[0]}·{v[1]} − {u[1]}·{v[0]} = {c[2]}"]
    ref = R.choice([f"({c[0]}, {c[1]}, {c[2]})", f"\\langle {c[0]}, {c[1]}, {c[2]} \\rangle", f"{c[0]}\\mathbf{{i}} + ({c[1]})\\mathbf{{j}} + ({c[2]})\\mathbf{{k}}"])
    good = [f"({c[0]}, {c[1]}, {c[2]})", f"\\begin{{pmatrix}} {c[0]} \\\\ {c[1]} \\\\ {c[2]} \\end{{pmatrix}}", f"<{c[0]}, {c[1]}, {c[2]}>", f"[{c[0]}, {c[1]}, {c[2]}]"]
    bad = [(f"({-c[0]}, {-c[1]}, {-c[2]})", "computed_v_cross_u"), (f"({c[0]}, {-c[1]}, {c[2]})" if c[1] else f"({c[0]}, 1, {c[2]})", "j_sign"), (f"({c[2]}, {c[1]}, {c[0]})" if c[0] != c[2] else f"({c[0]+1}, {c[1]}, {c[2]})", "components_reordered")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)

@fam
def range_ans(lang):
    lo = R.randint(2, 6); hi = lo + R.randint(2, 4)
    # |x - m| <= r  integer solutions count? use range
    m = (lo + hi); r = hi - lo
    q = (f"不等式 $|2x - {m}| \\le {r}$ 的解集是什么？" if lang=="zh" else f"For which real $x$ does $|2x - {m}| \\le {r}$ hold?")
    steps = [f"-{r} ≤ 2x − {m} ≤ {r}", f"{m-r} ≤ 2x ≤ {m+r}", f"{lo} ≤ x ≤ {hi}"]
    ref = R.choice([f"[{lo}, {hi}]", f"{lo} \\le x \\le {hi}"])
    good = [f"[{lo}, {hi}]", f"{lo} ≤ x ≤ {hi}", f"all x between {lo} and {hi} inclusive", f"x \\in [{lo},{hi}]"]
    bad = [(f"({lo}, {hi})", "open_interval"), (f"[{m-r}, {m+r}]", "forgot_divide_by_2"), (f"x \\le {lo} \\text{{ or }} x \\ge {hi}", "complement_region")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)

# ---------------------------------------------------------------- non-math banks
MC_EN = [
 ("Which organelle is the main site of ATP synthesis by oxidative phosphorylation in eukaryotic cells?", ["Golgi apparatus","Mitochondrion","Lysosome","Smooth endoplasmic reticulum"], 1, "mmlu_like"),
 ("A firm's marginal cost curve intersects its average total cost curve at which point of the ATC curve?", ["Its maximum","Its minimum","Where ATC equals price","Where AVC is zero"], 1, "mmlu_like"),
 ("In a standard 12-tone equal temperament scale, how many semitones make up a perfect fifth?", ["5","6","7","8"], 2, "mmlu_like"),
 ("Which of these elements has the highest first ionization energy?", ["Sodium","Magnesium","Neon","Argon"], 2, "gpqa_like"),
 ("Which quantity is conserved in a perfectly inelastic collision of two isolated bodies?", ["Kinetic energy only","Linear momentum","Both kinetic energy and momentum","Neither"], 1, "gpqa_like"),
 ("The Treaty of Westphalia (1648) ended which conflict?", ["The Hundred Years' War","The Thirty Years' War","The War of the Spanish Succession","The Seven Years' War"], 1, "mmlu_like"),
 ("Which data structure gives O(1) average-time lookup by key?", ["Singly linked list","Binary heap","Hash table","Sorted array"], 2, "mmlu_like"),
 ("What is the hybridization of the central carbon in carbon dioxide?", ["sp","sp2","sp3","dsp2"], 0, "gpqa_like"),
 ("In Mendelian genetics, a cross between two heterozygotes (Aa × Aa) gives what expected phenotypic ratio for a fully dominant trait?", ["1:1","1:2:1","3:1","9:3:3:1"], 2, "mmlu_like"),
 ("Which logical fallacy attacks the person making an argument rather than the argument itself?", ["Straw man","Ad hominem","Begging the question","False dilemma"], 1, "mmlu_like"),
 ("For an ideal gas at constant temperature, if the volume is halved the pressure:", ["halves","stays the same","doubles","quadruples"], 2, "gpqa_like"),
 ("Which enzyme unwinds the DNA double helix at the replication fork?", ["DNA ligase","Primase","Helicase","Topoisomerase I only"], 2, "gpqa_like"),
 ("Which planet has the shortest orbital period around the Sun?", ["Venus","Mercury","Mars","Earth"], 1, "mmlu_like"),
 ("What is the time complexity of binary search on a sorted array of n elements?", ["O(n)","O(log n)","O(n log n)","O(1)"], 1, "mmlu_like"),
 ("Under the U.S. Constitution, how many senators does each state have?", ["One","Two","Three","It depends on population"], 1, "mmlu_like"),
 ("Which particle mediates the electromagnetic force?", ["Gluon","W boson","Photon","Graviton"], 2, "gpqa_like"),
 ("Which of these is a strong acid in water?", ["Acetic acid","Hydrofluoric acid","Hydrochloric acid","Carbonic acid"], 2, "gpqa_like"),
 ("Which Shakespeare play features the character Shylock?", ["Othello","The Merchant of Venice","King Lear","Twelfth Night"], 1, "mmlu_like"),
]
MC_ZH = [
 ("下列哪个朝代实行了“推恩令”？", ["秦朝","西汉","唐朝","北宋"], 1),
 ("光在真空中的传播速度约为：", ["3×10^5 m/s","3×10^8 m/s","3×10^10 m/s","340 m/s"], 1),
 ("下列物质中属于电解质的是：", ["铜","蔗糖","氯化钠","二氧化碳"], 2),
 ("我国最长的河流是：", ["黄河","长江","珠江","黑龙江"], 1),
 ("细胞中合成蛋白质的场所是：", ["核糖体","高尔基体","线粒体","溶酶体"], 0),
 ("下列诗句出自李白的是：", ["春眠不觉晓","床前明月光","白日依山尽","国破山河在"], 1),
 ("在市场经济中，商品的价格主要由什么决定？", ["政府指令","价值和供求关系","生产者的意愿","消费者的喜好"], 1),
 ("函数 y = x² 的图像是：", ["直线","双曲线","抛物线","圆"], 2),
 ("下列属于可再生能源的是：", ["煤炭","石油","天然气","太阳能"], 3),
 ("“三省六部制”正式确立于哪个朝代？", ["汉朝","隋朝","元朝","明朝"], 1),
]
NLI = [
 ("The bakery on Elm Street sold out of sourdough by 9 a.m.", "The bakery had some sourdough that morning.", "entailment"),
 ("Marta cycled to the conference because the trains were on strike.", "The trains were running normally.", "contradiction"),
 ("A man in a yellow raincoat is feeding pigeons in the square.", "The man is waiting for his daughter.", "neutral"),
 ("All seats in the lecture hall were taken when the talk began.", "The lecture hall was empty when the talk began.", "contradiction"),
 ("The committee approved the budget after a two-hour debate.", "The budget was approved.", "entailment"),
 ("Two kids are building a sandcastle near the waves.", "The kids are at a beach.", "entailment"),
 ("The museum reopened last spring after renovations.", "The renovations went over budget.", "neutral"),
 ("Liang has never been to Europe.", "Liang visited Paris last summer.", "contradiction"),
 ("A chef is slicing onions in a busy kitchen.", "Someone is preparing food.", "entailment"),
 ("The startup hired twelve engineers this quarter.", "The startup is planning an IPO.", "neutral"),
]
NLI_ZH = [
 ("小王今天请了病假，一整天都在家休息。", "小王今天在公司上班。", "矛盾"),
 ("这家餐厅的菜单上有三种素食套餐。", "这家餐厅提供素食。", "蕴含"),
 ("李老师在图书馆借了两本小说。", "李老师喜欢读历史书。", "中立"),
 ("会议因为暴雨被推迟到了下周。", "会议按原计划举行了。", "矛盾"),
 ("妈妈把蛋糕放进了冰箱。", "冰箱里有蛋糕。", "蕴含"),
 ("他们在山顶拍了很多照片。", "山顶的风景很美。", "中立"),
 ("这座桥于1998年建成通车。", "这座桥在上世纪建成。", "蕴含"),
 ("小明的哥哥是一名医生。", "小明是独生子。", "矛盾"),
]
NLI_MAP = {"entailment": ("蕴含", ["entails","entailment","the hypothesis follows","Entailment"]),
           "contradiction": ("矛盾", ["contradiction","contradicts","Contradiction","the hypothesis is false given the premise"]),
           "neutral": ("中立", ["neutral","Neutral","neither entailed nor contradicted","undetermined / neutral"])}
ZH2EN = {"蕴含": "entailment", "矛盾": "contradiction", "中立": "neutral"}
BOOL = [
 ("Is the Pacific Ocean larger in area than the Atlantic Ocean?", "yes", ["Yes","yes — it is larger","True","YES"], ["No","False"]),
 ("Is a tomato botanically a fruit?", "yes", ["Yes","True","yes, botanically it is a fruit"], ["No","It is a vegetable, so no"]),
 ("Does sound travel faster in air than in water?", "no", ["No","False","no — it is faster in water"], ["Yes","True"]),
 ("Is 2027 a leap year?", "no", ["No","False","It is not"], ["Yes","True"]),
 ("Is the square root of 2 a rational number?", "false", ["False","No","it is irrational, so false"], ["True","Yes"]),
 ("Is 221 a prime number?", "no", ["No","False","No (221 = 13 × 17)"], ["Yes","True"]),
 ("Can a triangle have two obtuse angles?", "no", ["No","False","impossible — no"], ["Yes","True"]),
]
SQA = [  # question, ref, aliases(good), near-misses(bad)
 ("Who was the first woman to win a Nobel Prize?", "Marie Curie", ["Maria Skłodowska-Curie","Madame Curie","Marie Skłodowska Curie"], ["Irène Joliot-Curie","Pierre Curie"]),
 ("Which city hosted the 2016 Summer Olympics?", "Rio de Janeiro", ["Rio","Rio de Janeiro, Brazil"], ["São Paulo","Brasília"]),
 ("What is the chemical symbol for tungsten?", "W", ["W (from wolfram)","the symbol W"], ["Tu","Tg"]),
 ("Who wrote the novel 'One Hundred Years of Solitude'?", "Gabriel García Márquez", ["Gabriel Garcia Marquez","García Márquez","Gabo (Gabriel García Márquez)"], ["Mario Vargas Llosa","Jorge Luis Borges"]),
 ("Who was the first person to walk on the Moon?", "Neil Armstrong", ["Neil A. Armstrong","Commander Neil Armstrong"], ["Buzz Aldrin","Michael Collins"]),
 ("Who painted 'The Night Watch'?", "Rembrandt", ["Rembrandt van Rijn","Rembrandt Harmenszoon van Rijn"], ["Johannes Vermeer","Frans Hals"]),
 ("Which British monarch reigned immediately before Queen Elizabeth II?", "George VI", ["King George VI","George the Sixth"], ["George V","Edward VIII"]),
 ("What is the capital of Australia?", "Canberra", ["Canberra, ACT","the city of Canberra"], ["Sydney","Melbourne"]),
 ("On what date did the Berlin Wall fall?", "9 November 1989", ["November 9, 1989","1989-11-09","9/11/1989 (9 November)"], ["November 10, 1989","October 3, 1990"]),
 ("Which element has atomic number 26?", "Iron", ["Fe","iron (Fe)"], ["Cobalt","Manganese"]),
 ("Who developed the theory of general relativity?", "Albert Einstein", ["Einstein","Dr. Albert Einstein"], ["Max Planck","Isaac Newton"]),
 ("What are the three primary colours of light (additive)?", "red, green, blue", ["blue, red and green","RGB: green, blue, red"], ["red, yellow, blue","red, green, yellow"]),
 ("Which two gases make up most of Earth's atmosphere?", "nitrogen and oxygen", ["oxygen and nitrogen","N₂ and O₂"], ["nitrogen and argon","oxygen and carbon dioxide"]),
 ("In what year did the Titanic sink?", "1912", ["1912 (April 15)","nineteen twelve"], ["1911","1915"]),
]
SQA_ZH = [
 ("《红楼梦》的作者是谁？", "曹雪芹", ["曹雪芹（曹霑）","作者是曹雪芹"], ["高鹗","吴承恩"]),
 ("中国第一位进入太空的航天员是谁？", "杨利伟", ["航天员杨利伟"], ["翟志刚","聂海胜"]),
 ("中华人民共和国成立于哪一天？", "1949年10月1日", ["1949-10-01","一九四九年十月一日"], ["1949年9月21日","1950年10月1日"]),
 ("水的化学式是什么？", "H2O", ["H₂O","一个氧原子两个氢原子，即H2O"], ["H2O2","HO"]),
]

def mc_letter_forms(L, text, lang):
    if lang == "zh":
        return [f"答案是{L}", f"选{L}", f"{L}．{text}", f"正确选项为（{L}）", f"{L}"]
    return [f"({L})", f"option {L}", f"{L}. {text}", f"The answer is {L}", f"**{L}** — {text}", f"{L.lower()})", f"{text} ({L})"]

# ---------------------------------------------------------------- styles
ZH_FILLER = ["我们先把题目中的条件整理一下，避免遗漏。", "这里要特别注意单位和符号，很多人会在这一步出错。", "为了稳妥，我再用另一种方法核对一遍。",
             "这个结果看起来是合理的，数量级也没有问题。", "下面逐步计算。", "注意题目问的是最终结果，而不是中间量。"]
EN_FILLER = ["Let me restate what is given so nothing gets dropped.", "It's easy to slip on signs here, so I'll go slowly.",
             "A quick sanity check on magnitude: the result should be in a reasonable range, and it is.",
             "Let me also consider whether there's a trick in the wording — the question asks for exactly one quantity.",
             "I'll write each intermediate result explicitly.", "Before finalizing, double-check the arithmetic with a second method.",
             "Hmm, let me reconsider the setup once more to make sure I'm reading it correctly.",
             "Nothing in the problem suggests rounding, so I'll keep exact values throughout."]


EN_PAD = [
 "Before computing anything, it helps to pin down exactly which quantity is being asked for, because a lot of errors come from answering a nearby question instead of the real one.",
 "I'll keep everything exact until the very end and only simplify at the last step; premature rounding is a classic way to lose marks.",
 "It's worth listing the given information explicitly: every number in the statement should be used somewhere, and if one isn't, that's a sign I've misread the setup.",
 "One subtle point is the direction of each operation — whether we add or subtract, multiply or divide — so I'll annotate each step with the reason for it.",
 "I also want to keep track of units throughout, since a correct number with the wrong unit is still a wrong answer.",
 "Let me think about what a reasonable answer should look like before grinding through the algebra, so I can catch an order-of-magnitude slip.",
 "There are a couple of ways to attack this; the most direct one is also the least error-prone here, so I'll use it and then cross-check with the other.",
 "A common trap in problems like this is a sign error when terms move from one side to the other, so I'll write those moves out in full.",
 "I'll try not to skip steps even where they look obvious — the point is to make the chain of reasoning easy to audit afterwards.",
 "If anything in the statement were ambiguous I'd flag it, but here the conditions seem to determine a unique answer.",
 "Let me double-check that I haven't confused a similar-looking quantity (for instance a part versus the whole, or an intermediate versus the final value).",
 "Writing the intermediate results down also makes it easier to verify each one independently afterwards.",
]
ZH_PAD = [
 "在动笔计算之前，先明确题目到底要求的是哪个量，很多错误都来自于回答了一个相近但不同的问题。",
 "整个过程中我尽量保留精确值，只在最后一步化简，过早取近似值很容易导致误差。",
 "把已知条件逐条列出来：题目里给出的每个数据都应该用到，如果有数据没有用上，说明可能理解错了题意。",
 "要特别注意每一步运算的方向——是加还是减，是乘还是除——所以我会写明每一步的理由。",
 "同时要始终关注单位，数值对了但单位错了，答案仍然是错的。",
 "先估计一下合理答案的大致范围，这样可以发现数量级上的错误。",
 "这类题有几种解法，最直接的方法也最不容易出错，我先用它，再用另一种方法核对。",
 "移项时最容易出现符号错误，所以我会把每一次移项都完整地写出来。",
 "即使某些步骤看起来很显然，我也不跳步，这样便于事后检查整个推理链条。",
 "还要确认没有把相似的量混淆，比如部分与整体、中间结果与最终结果。",
]
def long_pad(lang, k):
    pool = ZH_PAD if lang == "zh" else EN_PAD
    return ("" if lang == "zh" else " ").join(R.sample(pool, min(k, len(pool))))


QA_PAD = [
 "Questions like this often have distractors that are closely related to the right answer — a neighbouring concept, a similar name, an adjacent date — so I want to be deliberate.",
 "I'll first recall the general principle, then apply it to the specific wording, paying attention to qualifiers such as 'most', 'first', 'not', or 'immediately'.",
 "Memory can be unreliable for this kind of detail, so I'll cross-check with a couple of related facts that I'm more confident about.",
 "If two candidates both seem plausible, the tie-breaker is usually the exact wording of the question rather than general familiarity.",
 "It is also worth considering the context in which this fact is usually taught, since that tends to reveal which of the look-alike answers is the intended one.",
 "I'll avoid over-reading the question: the simplest interpretation consistent with every word in it is usually the intended one.",
 "Let me also make sure I'm answering in the form requested rather than giving extra information that could be read as a different answer.",
 "A quick consistency check against what I know about the surrounding history/science should catch any mix-up between similar items.",
]
ZH_QA_PAD = [
 "这类题目的干扰项往往和正确答案非常接近，比如相近的概念、相似的人名或相邻的年份，所以要谨慎。",
 "先回忆一般性的原理，再结合题干的具体措辞，特别留意“最”“首先”“不”“直接”等限定词。",
 "仅凭记忆容易出错，所以我会用几个更有把握的相关事实来交叉验证。",
 "如果两个选项看起来都说得通，通常要根据题干的确切表述来取舍。",
 "还要考虑这个知识点通常是在什么背景下讲授的，这往往能帮助判断命题人的意图。",
 "不要过度解读题目：与题干每一个字都相符的最简单理解通常就是正确的理解。",
 "同时要确保按题目要求的形式作答，不要附带可能被理解成另一个答案的多余信息。",
]
def qa_pad(lang, k):
    pool = ZH_QA_PAD if lang == "zh" else QA_PAD
    return ("" if lang == "zh" else " ").join(R.sample(pool, min(k, len(pool))))

def think_block(steps, lang, extra):
    fill = ZH_FILLER if lang == "zh" else EN_FILLER
    lines = []
    lines.append("好的，我来想一想这道题。" if lang == "zh" else R.choice(["Okay, let me think about this.", "Alright, so the question is asking", "Let me work through this carefully."]))
    for s in steps:
        lines.append(R.choice(fill)); lines.append(s)
    lines += extra
    lines.append(R.choice(fill))
    return "<think>\n" + "\n\n".join(lines) + "\n</think>\n\n"

def verification(lang, ans):
    if lang == "zh":
        return R.choice([f"\n\n**验证**：把 {ans} 代回原题逐项检查，各个条件都满足，计算无误。另外从数量级上看，这个结果也是合理的。",
                         f"\n\n检验：重新按步骤算一遍，得到的仍然是 {ans}，与上面一致。"])
    return R.choice([f"\n\n### Verification\nPlugging {ans} back into the original conditions: every condition checks out, and the magnitude is sensible. I also redid the arithmetic in a different order and got the same value.",
                     f"\n\n**Check.** Re-deriving from scratch with a different grouping of terms gives {ans} again, so I'm confident in it.",
                     f"\n\n---\nSanity check: {ans} is consistent with a rough estimate done before computing, and no step divides by zero or drops a sign."])

def wrap(p, final, mode, style):
    """mode: correct | wrong | self_correct | reasoning_right_final_wrong | two_answers | truncated"""
    lang = p["lang"]; steps = list(p["steps"]); q = p["q"]
    fill = ZH_FILLER if lang == "zh" else EN_FILLER
    if mode == "truncated":
        keep = steps[:max(0, len(steps) - 1)]
        head = long_pad(lang, R.randint(5, 8))
        if style == "tutor":
            txt = ("## 题目分析\n\n" if lang == "zh" else "## Understanding the problem\n\n") + head + ("\n\n## 解题步骤\n\n" if lang == "zh" else "\n\n## Step-by-step solution\n\n") + "\n".join(f"{i+1}. {x}" for i, x in enumerate(keep))
        elif style == "terse":
            txt = "<think>\n" + head + "\n\n" + "\n\n".join(keep)
        else:
            txt = head + "\n\n" + "\n\n".join(keep)
        nxt = ("接下来把上面的结果代入，得到" if lang == "zh" else "Now substituting this into the remaining step, we get")
        return txt + "\n\n" + nxt + ("……" if lang == "zh" else " ...")
    pre = []
    if mode == "self_correct":
        w = p["bad"][0][0]
        pre = [("一开始我算出 " + w + "，等一下，这不对，我把一步弄错了。重新算：") if lang == "zh" else
               f"My first pass gave {w}. Wait, that's wrong — I messed up a step. Redoing it:"]
    post = []
    if mode == "reasoning_right_final_wrong":
        post = [("不过再想想，题目可能有别的意思，我改一下结论。" if lang == "zh" else "Hmm, actually, on reflection I think the intended reading is different, so I'll adjust my conclusion.")]
    body_steps = pre + steps + post
    body = ""
    if style == "terse":
        body = think_block(body_steps, lang, []) + (f"**{final}**" if R.random() < .5 else (f"答案：{final}" if lang=="zh" else f"Answer: {final}"))
    elif style == "tutor":
        if lang == "zh":
            body = "## 题目分析\n\n" + R.choice(fill) + "本题的关键是把已知条件转化为可以计算的式子。\n\n## 解题步骤\n\n" + "\n".join(f"{i+1}. {s}" for i, s in enumerate(body_steps))
            body += f"\n\n## 结果汇总\n\n| 项目 | 内容 |\n|---|---|\n| 方法 | 逐步计算 |\n| 答案 | {final} |"
        else:
            body = "## Understanding the problem\n\n" + R.choice(fill) + " The key is translating the statement into something we can compute directly.\n\n## Step-by-step solution\n\n" + "\n".join(f"{i+1}. {s}" for i, s in enumerate(body_steps))
            body += "\n\n## Common mistakes\n\n- Dropping a sign when moving terms across.\n- Mixing up units or forgetting a conversion factor.\n- Stopping at an intermediate value instead of the quantity asked for."
            body += f"\n\n## Summary\n\n| Item | Value |\n|---|---|\n| Method | direct computation |\n| Answer | {final} |"
    elif style == "answer_first":
        body = (f"答案：{final}\n\n理由如下。\n\n" if lang == "zh" else f"**Answer: {final}**\n\nHere is why.\n\n") + "\n\n".join(f"- {s}" for s in body_steps) + "\n\n" + R.choice(fill)
        if lang != "zh": body += "\n\nSo, to restate: " + final + "."
        else: body += "\n\n所以答案仍是：" + final + "。"
    elif style == "json":
        body = (R.choice(fill) + "\n\n" + "\n".join(body_steps) + "\n\n```json\n" + json.dumps({"reasoning": "see above", "answer": final}, ensure_ascii=False) + "\n```")
    elif style == "restater":
        if lang == "zh":
            body = f"题目条件重述：{q}\n\n我们要求的量需要与题目的单位和条件一致。\n\n" + "\n".join(body_steps) + f"\n\n满足题目全部条件的结果是 {final}。\n\n最终答案：$\\boxed{{{final}}}$"
        else:
            body = f"Restating the problem: {q}\n\nThe conditions above fix everything we need; the answer must be in the units/form the question asks for.\n\n" + "\n".join(body_steps) + f"\n\nUnder the stated conditions, the required quantity is {final}.\n\nFinal answer: $\\boxed{{{final}}}$"
    elif style == "ranked":
        alt = [b[0] for b in p["bad"] if b[0] != final][:2]
        if lang == "zh":
            body = "\n".join(body_steps) + "\n\n候选答案排序：\n" + f"1. {final}（最可能，置信度 0.9）\n" + "".join(f"{i+2}. {a}（可能性较低，若把某一步理解错会得到它）\n" for i, a in enumerate(alt)) + f"\n我的最终选择：{final}"
        else:
            body = "\n\n".join(body_steps) + "\n\n### Candidate answers (ranked)\n" + f"1. {final} — most likely (confidence ~0.9)\n" + "".join(f"{i+2}. {a} — only if a step were misread\n" for i, a in enumerate(alt)) + f"\nMy final pick: {final}"
    elif style == "latex":
        disp = R.choice(["\\[ {} \\]", "$$ {} $$"])
        body = ("解：\n\n" if lang == "zh" else "**Solution.**\n\n") + "\n\n".join(body_steps) + "\n\n" + disp.format("\\boxed{" + final + "}") + "\n\n" + (R.choice(["因此答案为 ", "综上，", "所以最后结果是 "]) if lang == "zh" else R.choice(["Final answer: ", "Therefore the answer is ", "Thus, the result: ", "**Final Answer** — "])) + final
    else:  # plain chatty
        body = R.choice(fill) + "\n\n" + "\n\n".join(body_steps) + "\n\n" + R.choice(fill) + "\n\n" + (f"所以，答案是 {final}。" if lang == "zh" else R.choice([f"So the answer is {final}.", f"That gives {final}.", f"I'll go with {final}.", f"The final result is {final}.", f"I'm fairly confident, though not 100% certain, that the answer is {final}."]))
    if style not in ("terse", "answer_first"):
        body = body + "\n\n" + (("补充说明：" if lang == "zh" else "A few remarks on the method: ") + long_pad(lang, R.randint(3, 6)))
    if mode == "two_answers":
        other = p["bad"][0][0]
        body += (f"\n\n不过也有可能是 {other}，两个都说得通，我不太确定。" if lang == "zh" else f"\n\nHowever, it could also be {other} — both readings seem defensible, so the answer is either {final} or {other}.")
    elif mode not in ("truncated",) and style not in ("json",) and R.random() < 0.75:
        body += verification(lang, final)
    if False:
        cut = body.find(final)
        body = body[:max(cut, len(body)//3)] if cut > 0 else body[:len(body)//2]
        # ensure the final commitment is absent
        body = body.replace(final, "")
        body = body.rstrip() + ("……" if lang == "zh" else " ...")
    # pad with an introductory paragraph to make outputs long
    intro = long_pad(lang, R.randint(4, 9) if lang == "en" else 10) + "\n\n"
    if R.random() < 0.8:
        intro += (("我们来仔细分析这道题。" + "".join(R.sample(fill, 3)) + "\n\n") if lang == "zh" else
                 ("Let's carefully work through this. " + " ".join(R.sample(fill, 3)) + "\n\n"))
    return intro + body

STYLES = ["terse", "tutor", "answer_first", "json", "restater", "ranked", "latex", "plain"]

cases = []
def add(ds, kat, q, out, ref, label, trap, lang):
    cases.append(dict(dataset=ds, key_answer_type=kat, question=q, llm_output=out, correct_answer=ref, label=label, trap=trap, lang=lang))

def math_case(f, lang):
    p = f(lang)
    goodset = set(p["good"]) | {p["ref"]}
    assert not any(b[0] in goodset for b in p["bad"]), (f.__name__, p["bad"], goodset)
    r = R.random()
    style = R.choice(STYLES)
    if r < 0.56:
        final = R.choice(p["good"]); mode = R.choice(["correct"] * 4 + ["self_correct"])
        if mode == "self_correct" and style == "ranked": style = "plain"
        out = wrap(p, final, mode, style); label = "Correct"; trap = f"{f.__name__}:equiv_form" + ("+self_correction" if mode == "self_correct" else "")
    else:
        kind = R.random()
        if kind < 0.55:
            final, t = R.choice(p["bad"]); out = wrap(p, final, "wrong", style if style != "ranked" else "plain"); trap = f"{f.__name__}:{t}"
        elif kind < 0.72:
            final = R.choice(p["good"]); out = wrap(p, final, "two_answers", R.choice(["plain", "latex", "answer_first"])); trap = f"{f.__name__}:two_answers"
        elif kind < 0.86:
            final, t = R.choice(p["bad"]); out = wrap(p, final, "reasoning_right_final_wrong", R.choice(["plain", "latex", "terse"])); trap = f"{f.__name__}:right_in_reasoning_wrong_final"
        else:
            final = R.choice(p["good"]); out = wrap(p, final, "truncated", R.choice(["plain", "latex", "tutor", "restater"])); trap = f"{f.__name__}:truncated_no_final"
        label = "Incorrect"
    ref = p["ref"]
    if R.random() < 0.15:  # reference as a short worked solution
        ref = ("解：" + " ".join(p["steps"]) + f" 故答案为 {p['ref']}。") if lang == "zh" else ("Solution: " + " ".join(p["steps"]) + f" Hence the answer is ${p['ref']}$.")
    add(p["ds"], "math", p["q"], out, ref, label, trap, lang)

def mc_case(lang):
    if lang == "zh":
        qq, opts, ci = R.choice(MC_ZH); ds = "ceval_like"
    else:
        qq, opts, ci, ds = R.choice(MC_EN)
    letters = "ABCD"
    if R.random() < 0.5:
        q = qq + "\n" + "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
    else:
        q = qq + "\nAnswer Choices: " + " ".join(f"({letters[i]}) {o}" for i, o in enumerate(opts))
    L, T = letters[ci], opts[ci]
    wi = R.choice([i for i in range(4) if i != ci]); WL, WT = letters[wi], opts[wi]
    fill = ZH_FILLER if lang == "zh" else EN_FILLER
    def discuss():
        parts = []
        for i, o in enumerate(opts):
            if lang == "zh":
                parts.append(f"- 选项{letters[i]}（{o}）：" + ("符合题意，是正确的。" if i == ci else "与题干不符，排除。"))
            else:
                parts.append(f"- ({letters[i]}) {o}: " + ("this fits the question." if i == ci else "does not fit; eliminate."))
        return parts
    def discuss_wrong(pick):
        parts = []
        for i, o in enumerate(opts):
            parts.append((f"- 选项{letters[i]}（{o}）：" + ("我认为这个最合适。" if i == pick else "不太对。")) if lang == "zh" else (f"- ({letters[i]}) {o}: " + ("this seems to fit best." if i == pick else "less likely.")))
        return parts
    r = R.random(); style = R.choice(["think", "tutor", "json", "answer_first", "plain", "ranked"])
    def build(lines, final):
        intro = ("我们逐个分析选项。" + "".join(R.sample(fill, 3)) if lang == "zh" else "Let me go through each option. " + " ".join(R.sample(fill, 3)))
        bg = ("这道题考查的是基础知识点，需要回忆相关定义，并注意题干中的限定词。很多同学会被看起来相似的选项迷惑，所以逐项排除更稳妥。" if lang == "zh" else
              "This question tests a core concept; the distractors are chosen to look plausible to someone who half-remembers the definition, so elimination is safer than jumping to the first familiar term. I'll also recall the underlying principle before matching it to the options, since the wording of the stem matters.")
        bg = bg + ("" if lang == "zh" else " ") + qa_pad(lang, R.randint(5, 8))
        if style == "think":
            return "<think>\n" + intro + "\n\n" + bg + "\n\n" + "\n".join(lines) + "\n</think>\n\n" + final
        if style == "tutor":
            return "## Background\n\n" + bg + "\n\n## Option analysis\n\n" + "\n".join(lines) + f"\n\n| | |\n|---|---|\n| Answer | {final} |"
        if style == "json":
            return intro + "\n\n" + bg + "\n\n" + "\n".join(lines) + "\n\n" + json.dumps({"answer": final}, ensure_ascii=False)
        if style == "answer_first":
            return final + "\n\n" + bg + "\n\n" + "\n".join(lines) + "\n\n" + R.choice(fill)
        if style == "ranked":
            return intro + "\n\n" + bg + "\n\n" + "\n".join(lines) + f"\n\nRanking: 1) {final}  2) the next most plausible distractor is clearly weaker.\nFinal: {final}"
        return intro + "\n\n" + bg + "\n\n" + "\n".join(lines) + "\n\n" + (R.choice(["Final answer: ", "Therefore: ", "Answer — ", "My answer is "]) if lang != "zh" else R.choice(["所以", "综上所述，", "最终答案："])) + final
    if r < 0.58:
        out = build(discuss(), R.choice(mc_letter_forms(L, T, lang))); label = "Correct"; trap = "mc:letter_form"
        if R.random() < 0.2:
            out = build(discuss(), T if lang != "zh" else f"答案是“{T}”"); trap = "mc:text_only_no_letter"
    else:
        k = R.random(); label = "Incorrect"
        if k < 0.4:
            out = build(discuss_wrong(wi), R.choice(mc_letter_forms(WL, WT, lang))); trap = "mc:wrong_letter"
        elif k < 0.6:
            out = build(discuss(), (f"{L}. {WT}" if lang != "zh" else f"答案是{L}（{WT}）")); trap = "mc:letter_right_text_wrong"
        elif k < 0.75:
            out = build(discuss(), (f"({WL}) {T}" if lang != "zh" else f"选{WL}：{T}")); trap = "mc:text_right_letter_wrong"
        elif k < 0.9:
            out = build(discuss(), (f"{L} or {WL}" if lang != "zh" else f"{L}或{WL}都有可能")); trap = "mc:two_letters"
        else:
            out = (("<think>\n" if R.random() < .5 else "") + (qa_pad("zh", 7) if lang == "zh" else qa_pad("en", 8)) + ("\n\nNow let me look at the options one at a time, starting with (A), which says" if lang != "zh" else "\n\n下面逐个分析选项，先看A，它说的是")); trap = "mc:truncated"
    ref = R.choice([L, f"({L})", f"{L}. {T}" if R.random() < .3 else L])
    add(ds, "alphabet_option", q, out, ref, label, trap, lang)

def nli_case(lang):
    if lang == "zh":
        prem, hyp, lab = R.choice(NLI_ZH); labels = ["蕴含", "矛盾", "中立"]
        q = f"前提：{prem}\n假设：{hyp}\n请判断前提与假设的关系：蕴含、矛盾还是中立？"
        ds = "cmnli_like"; en = ZH2EN[lab]
    else:
        prem, hyp, lab = R.choice(NLI); labels = ["entailment", "contradiction", "neutral"]; en = lab
        q = f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis, contradict it, or neither? Answer with entailment, contradiction, or neutral."
        ds = R.choice(["mnli_like", "cmnli_like"]) if False else "mnli_like"
    why = {"entailment": "the hypothesis must be true whenever the premise is true", "contradiction": "the premise rules the hypothesis out",
           "neutral": "the premise says nothing that settles the hypothesis"}
    whyzh = {"entailment": "前提成立时假设必然成立", "contradiction": "前提与假设不能同时成立", "neutral": "前提无法确定假设是否成立"}
    pad_en = ("First, identify what the premise actually commits to, separately from what it merely suggests. Then check whether the hypothesis adds information that goes beyond the premise. "
              "Pragmatic implicatures don't count as entailment here; only what must be true. I'll also check for negations and quantifiers, which commonly flip the relation.")
    pad_en = pad_en + " " + qa_pad("en", R.randint(6, 8))
    pad_zh = qa_pad("zh", 7) + long_pad("zh", 4) + "首先要弄清楚前提实际断言了什么，而不是它暗示了什么。然后看假设是否引入了前提中没有的信息。还要注意否定词和量词，它们经常会改变两句之间的关系。"
    r = R.random()
    if r < 0.6:
        label = "Correct"
        if lang == "zh":
            final = R.choice([f"{lab}", f"答案：{lab}", f"两句关系为「{lab}」", f"{lab}（{en}）"])
            out = f"<think>\n{pad_zh}\n\n前提：{prem}\n假设：{hyp}\n\n分析：{whyzh[en]}。\n</think>\n\n{pad_zh}\n\n因此，{final}。"
        else:
            final = R.choice(NLI_MAP[en][1] + [NLI_MAP[en][0]])
            out = f"{pad_en}\n\nPremise: \"{prem}\"\nHypothesis: \"{hyp}\"\n\nHere {why[en]}.\n\n" + R.choice([f"Label: {final}", f"**{final}**", json.dumps({"answer": final}, ensure_ascii=False), f"Final answer: {final}"])
        trap = "nli:label_phrasing"
    else:
        label = "Incorrect"
        w = R.choice([x for x in ["entailment", "contradiction", "neutral"] if x != en])
        k = R.random()
        if lang == "zh":
            wz = NLI_MAP[w][0]
            if k < 0.7:
                out = f"<think>\n{pad_zh}\n\n前提：{prem}\n假设：{hyp}\n\n分析：{whyzh[w]}。\n</think>\n\n{pad_zh}\n\n答案：{wz}"; trap = "nli:wrong_label"
            else:
                out = f"{pad_zh}\n\n分析：{whyzh[en]}。\n\n但是再想一下，也可以说是{wz}。最终答案：{lab}或{wz}"; trap = "nli:two_labels"
        else:
            if k < 0.7:
                out = f"{pad_en}\n\nPremise: \"{prem}\"\nHypothesis: \"{hyp}\"\n\nHere {why[w]}.\n\nFinal answer: {R.choice(NLI_MAP[w][1])}"; trap = "nli:wrong_label"
            else:
                out = f"{pad_en}\n\nHere {why[en]}, so the natural label is {en}.\n\nOn reflection, though, I'll commit to {w} since a strict reader might see it that way.\n\nAnswer: {w}"; trap = "nli:right_then_switch"
    ref = lab if lang == "zh" else R.choice([en, en.capitalize(), NLI_MAP[en][0] if False else en])
    add(ds, "categorical_label", q, out, ref, label, trap, lang)

def bool_case():
    qq, ref, good, bad = R.choice(BOOL)
    pad = ("Let me reason about this from first principles rather than from memory alone, since yes/no questions often hide a subtlety. "
           "I'll state the relevant fact, then check it against any common misconception, and only then commit. " + qa_pad("en", R.randint(6, 8)))
    fact = {"Is the Pacific": "The Pacific covers roughly 165 million km², the Atlantic roughly 106 million km².",
            "Is a tomato": "Botanically a fruit is the seed-bearing ovary of a flowering plant; the tomato qualifies, even if it is cooked as a vegetable.",
            "Does sound": "Sound travels about 343 m/s in air and about 1480 m/s in water.",
            "Is 2027": "2027 is not divisible by 4.", "Is the square": "√2 is the classic irrational number; assuming p/q in lowest terms leads to both being even.",
            "Is 221": "221 = 13 × 17.", "Can a triangle": "Two angles over 90° would already exceed 180° in total."}
    f = next(v for k, v in fact.items() if qq.startswith(k))
    if R.random() < 0.6:
        final = R.choice(good); label = "Correct"; trap = "bool:phrasing"
        out = f"{pad}\n\n{f}\n\n" + R.choice([f"Answer: {final}", f"**{final}**", json.dumps({"answer": final})])
    else:
        final = R.choice(bad); label = "Incorrect"; trap = "bool:wrong_polarity"
        if R.random() < 0.4:
            out = f"{pad}\n\n{f}\n\nHmm, but a common view says otherwise, and I'll defer to that.\n\nAnswer: {final}"; trap = "bool:right_fact_wrong_answer"
        else:
            out = f"{pad}\n\nI recall the opposite of the usual claim here.\n\nAnswer: {final}"
    add("boolq_like", "short_text", qq, out, ref, label, trap, "en")

def sqa_case(lang):
    qq, ref, good, bad = R.choice(SQA_ZH if lang == "zh" else SQA)
    pad_en = ("This is a factual recall question. I'll recall the relevant context, cross-check against related facts I'm confident about (dates, places, associated people), "
              "and make sure I'm not confusing the answer with a closely related name, which is the most common failure mode for questions like this.")
    pad_zh = "这是一道事实类问题。我先回忆相关背景，再用几个有把握的相关事实交叉核对，避免把答案和相近的人名、地名或年份混淆。"
    pad = (pad_zh + qa_pad("zh", 7) + long_pad("zh", 4)) if lang == "zh" else (pad_en + " " + qa_pad("en", R.randint(6, 8)))
    if R.random() < 0.6:
        final = R.choice(good + [ref]); label = "Correct"; trap = "sqa:alias"
        out = (f"<think>\n{pad}\n</think>\n\n" if R.random() < .5 else pad + "\n\n") + R.choice(["Answer: ", "The answer is ", "I believe it's ", "Final answer — "] if lang != "zh" else ["答案：", "是", "答案是"]) + final
    else:
        final = R.choice(bad); label = "Incorrect"; trap = "sqa:near_miss"
        if R.random() < 0.3:
            final = f"{ref}" ; other = R.choice(bad)
            out = pad + "\n\n" + (f"It is either {ref} or {other}; I can't decide between them." if lang != "zh" else f"可能是{ref}，也可能是{other}，无法确定。")
            trap = "sqa:two_candidates"
        else:
            out = pad + "\n\n" + ("Answer: " if lang != "zh" else "答案：") + final
    add("simpleqa_like", "short_text", qq, out, R.choice([ref, ref]), label, trap, lang)

# ---------------------------------------------------------------- build
def main():
    # target: ~230 math, ~170 other; ~20% Chinese overall
    for i in range(235):
        f = FAM[i % len(FAM)]
        lang = "zh" if R.random() < 0.22 else "en"
        math_case(f, lang)
    for i in range(75): mc_case("zh" if R.random() < 0.25 else "en")
    for i in range(45): nli_case("zh" if R.random() < 0.3 else "en")
    for i in range(20): bool_case()
    for i in range(40): sqa_case("zh" if R.random() < 0.2 else "en")
    R.shuffle(cases)
    # de-duplicate identical outputs
    seen = set(); final = []
    for c in cases:
        k = (c["question"], c["llm_output"])
        if k in seen: continue
        seen.add(k); final.append(c)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for i, c in enumerate(final):
            rec = {"id": f"d5-{i+1:04d}", **c}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(len(final), statistics.median(len(c["llm_output"]) for c in final))

if __name__ == "__main__":
    main()
