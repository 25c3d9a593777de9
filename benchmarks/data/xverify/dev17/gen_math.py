"""Math case families for dev17. Each family returns a dict with question/steps/verify/final/ref/label/trap."""
from fractions import Fraction as F
import datetime
import math
from common import cn_int, cn_dec, fw, fnum, frac_tex, terminating, en_words


def shopping(r, zh, ok):
    a, b = r.randint(3, 9), r.randint(2, 6)
    p1 = F(r.choice([125, 150, 175, 225, 250, 320, 360, 450]), 100)
    p2 = F(r.choice([80, 95, 120, 135, 160, 240]), 100)
    bill = 50 if a * p1 + b * p2 < 45 else 100
    tot = a * p1 + b * p2
    ch = bill - tot
    s1, s2 = a * p1, b * p2
    if zh:
        name = r.choice(["小明", "王阿姨", "李华", "小红", "张老师"])
        q = f"{name}买了{a}本练习本，每本{fnum(p1)}元；又买了{b}支圆珠笔，每支{fnum(p2)}元。付给售货员{bill}元，应找回多少元？"
        steps = [f"先算练习本的钱：{a}×{fnum(p1)}＝{fnum(s1)}（元）。",
                 f"再算圆珠笔的钱：{b}×{fnum(p2)}＝{fnum(s2)}（元）。",
                 f"一共花了：{fnum(s1)}＋{fnum(s2)}＝{fnum(tot)}（元）。",
                 f"找回的钱＝付的钱－花的钱＝{bill}－{fnum(tot)}＝{fnum(ch)}（元）。"]
        verify = f"验算：{fnum(ch)}＋{fnum(tot)}＝{bill}，正好等于付出的{bill}元，说明计算无误。"
        yuan = int(ch)
        jiao = int((ch - yuan) * 10)
        fen = int(round((ch - yuan) * 100)) % 10
        forms = [f"{fnum(ch)}元", fw(fnum(ch)) + "元"]
        if fen == 0 and jiao:
            forms += [f"{yuan}元{jiao}角", f"{cn_int(yuan)}元{cn_int(jiao)}角"]
        elif fen == 0 and not jiao:
            forms += [f"{cn_int(yuan)}元"]
        else:
            forms += [f"{yuan}元{jiao}角{fen}分"]
        ref = r.choice([fnum(ch), f"{fnum(ch)}元"])
        if ok:
            return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="money_cn_units")
        mode = r.choice(["total", "unit", "forgot"])
        if tot == ch:
            mode = "forgot"
        if mode == "total":
            steps2 = steps[:3] + [f"所以{name}一共要付{fnum(tot)}元。"]
            return dict(question=q, steps=steps2, verify=None, final=f"{fnum(tot)}元", ref=ref, trap="answered_total_not_change")
        if mode == "unit" and (ch - int(ch)) != 0:
            bad = f"{yuan}元{jiao}分" if (jiao and fen == 0) else f"{fnum(ch)}角"
            return dict(question=q, steps=steps, verify=verify, final=bad, ref=ref, trap="wrong_money_unit_cn")
        wrong = bill - s1
        steps2 = [steps[0], f"付了{bill}元，所以找回{bill}－{fnum(s1)}＝{fnum(wrong)}（元）。"]
        return dict(question=q, steps=steps2, verify=None, final=f"{fnum(wrong)}元", ref=ref, trap="forgot_item")
    name = r.choice(["Maria", "Dev", "Keisha", "Tom", "Priya", "Lukas"])
    q = f"{name} buys {a} notebooks at ${float(p1):.2f} each and {b} pens at ${float(p2):.2f} each. {name} pays with a ${bill} bill. How much change should {name} receive?"
    steps = [f"Notebooks: {a} × ${float(p1):.2f} = ${float(s1):.2f}.",
             f"Pens: {b} × ${float(p2):.2f} = ${float(s2):.2f}.",
             f"Total spent: ${float(s1):.2f} + ${float(s2):.2f} = ${float(tot):.2f}.",
             f"Change: ${bill} − ${float(tot):.2f} = ${float(ch):.2f}."]
    verify = f"Check: ${float(ch):.2f} + ${float(tot):.2f} = ${bill}.00, which matches the bill."
    cents = int(round(ch * 100))
    d, c = divmod(cents, 100)
    forms = [f"${float(ch):.2f}", f"{fnum(ch)} dollars", f"\\$ {float(ch):.2f}", f"{float(ch):.2f}"]
    if d < 100:
        forms.append(f"{en_words(d)} dollars" + (f" and {en_words(c)} cents" if c else ""))
    ref = r.choice([f"{float(ch):.2f}", f"${float(ch):.2f}", fnum(ch)])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="money_forms")
    mode = r.choice(["total", "cents", "forgot"])
    if tot == ch:
        mode = "forgot"
    if mode == "total":
        return dict(question=q, steps=steps[:3] + [f"So {name} spends ${float(tot):.2f} in total."], verify=None,
                    final=f"${float(tot):.2f}", ref=ref, trap="answered_total_not_change")
    if mode == "cents" and c:
        return dict(question=q, steps=steps, verify=None, final=f"{cents} dollars", ref=ref, trap="scale_cents_as_dollars")
    wrong = bill - s1
    return dict(question=q, steps=[steps[0], f"Change: ${bill} − ${float(s1):.2f} = ${float(wrong):.2f}."], verify=None,
                final=f"${float(wrong):.2f}", ref=ref, trap="forgot_item")


def quadratic(r, zh, ok):
    while True:
        r1, r2 = r.randint(-9, 9), r.randint(-9, 9)
        if r1 != r2 and r1 != 0 and r2 != 0 and r1 != -r2:
            break
    s, p = r1 + r2, r1 * r2
    lo, hi = sorted([r1, r2])

    def poly():
        t = "x^2"
        t += (f" - {s}x" if s > 0 else f" + {-s}x") if s != 0 else ""
        t = t.replace(" 1x", " x")
        t += (f" + {p}" if p > 0 else f" - {-p}")
        return t + " = 0"
    eq = poly()
    f1 = f"(x {'-' if r1 > 0 else '+'} {abs(r1)})(x {'-' if r2 > 0 else '+'} {abs(r2)})"
    disc = s * s - 4 * p
    if zh:
        q = f"解方程：${eq}$。"
        steps = [f"这是一元二次方程，a＝1，b＝{-s}，c＝{p}。",
                 f"判别式 Δ＝b²－4ac＝{s * s}－({4 * p})＝{disc}＞0，有两个不相等的实数根。",
                 f"尝试因式分解：找两个数，和为{s}、积为{p}，它们是{r1}和{r2}。",
                 f"于是 ${eq.replace(' = 0', '')} = {f1}$，令每个因式为零。"]
        verify = f"检验：x＝{r1}时，({r1})²－({s})·({r1})＋({p})＝{r1 * r1 - s * r1 + p}；x＝{r2}时同理得{r2 * r2 - s * r2 + p}。两根均满足。"
        forms = [f"x₁＝{lo}，x₂＝{hi}", fw(f"x1={hi}, x2={lo}").replace("，", "，"), f"$x_1={hi},\\ x_2={lo}$", f"x＝{lo}或x＝{hi}"]
    else:
        q = f"Solve for $x$: ${eq}$."
        steps = [f"We need two numbers whose sum is {s} and whose product is {p}.",
                 f"Checking factor pairs of {p}: {r1} and {r2} work, since {r1} + ({r2}) = {s} and {r1} · ({r2}) = {p}.",
                 f"So the quadratic factors as ${f1} = 0$.",
                 f"(Cross-check with the discriminant: $\\Delta = ({s})^2 - 4({p}) = {disc} = {int(math.isqrt(disc))}^2$, a perfect square, consistent with integer roots.)"]
        verify = f"Verification: plugging $x={r1}$ gives ${r1 * r1} {'-' if s * r1 >= 0 else '+'} {abs(s * r1)} {'+' if p >= 0 else '-'} {abs(p)} = 0$ and $x={r2}$ gives ${r2 * r2} {'-' if s * r2 >= 0 else '+'} {abs(s * r2)} {'+' if p >= 0 else '-'} {abs(p)} = 0$."
        forms = [f"x = {lo} or x = {hi}", f"\\{{{lo}, {hi}\\}}", f"x_1 = {hi},\\ x_2 = {lo}", f"{hi}, {lo}", f"x \\in \\{{{hi}, {lo}\\}}"]
    ref = r.choice([f"{lo}, {hi}", f"x = {lo} \\text{{ or }} x = {hi}", f"\\{{{lo},{hi}\\}}"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="root_set_forms")
    mode = r.choice(["sign", "one"])
    if mode == "sign":
        bad_steps = steps[:2] + ([f"所以 x＝{-r1} 或 x＝{-r2}。"] if zh else [f"Setting each factor to zero gives x = {-r1} and x = {-r2}."])
        bad = (f"x＝{-r1}或x＝{-r2}" if zh else f"x = {-r1}, x = {-r2}")
        return dict(question=q, steps=bad_steps, verify=None, final=bad, ref=ref, trap="root_signs_flipped")
    bad = (f"x＝{hi}" if zh else f"x = {hi}")
    extra = (f"取较大的根，x＝{hi}。" if zh else f"Taking the larger root, x = {hi}.")
    return dict(question=q, steps=steps + [extra], verify=None, final=bad, ref=ref, trap="only_one_root")


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


def line(r, zh, ok):
    m = r.choice([-3, -2, -1, 2, 3, 4, F(1, 2), F(-1, 2)])
    b = r.choice([-5, -4, -3, -1, 1, 2, 3, 5, 7])
    x1, x2 = r.sample([-2, -1, 0, 1, 2, 3, 4], 2)
    if isinstance(m, F):
        x1, x2 = 2 * x1, 2 * x2
    y1, y2 = m * x1 + b, m * x2 + b
    P1, P2 = f"({x1}, {fnum(y1)})", f"({x2}, {fnum(y2)})"
    mt = frac_tex(m)
    if zh:
        q = f"求经过点 A{P1} 和 B{P2} 的直线方程。"
        steps = [f"斜率 k＝(y₂－y₁)/(x₂－x₁)＝({fnum(y2)}－({fnum(y1)}))/({x2}－({x1}))＝{fnum(y2 - y1)}/{x2 - x1}＝{fnum(m)}。",
                 f"用点斜式：y－({fnum(y1)})＝{fnum(m)}(x－({x1}))。",
                 f"展开整理：y＝{fnum(m)}x＋({fnum(b)})。"]
        verify = f"代入B点检验：{fnum(m)}×({x2})＋({fnum(b)})＝{fnum(y2)}，与B的纵坐标相同。"
    else:
        q = f"Find the equation of the line passing through the points {P1} and {P2}."
        steps = [f"Slope: $m = \\frac{{{fnum(y2)} - ({fnum(y1)})}}{{{x2} - ({x1})}} = \\frac{{{fnum(y2 - y1)}}}{{{x2 - x1}}} = {mt}$.",
                 f"Point-slope form through {P1}: $y - ({fnum(y1)}) = {mt}(x - ({x1}))$.",
                 f"Solving for y: the intercept is $b = {fnum(y1)} - ({fnum(m)})({x1}) = {fnum(b)}$."]
        verify = f"Check with {P2}: ${mt}\\cdot({x2}) + ({fnum(b)}) = {fnum(y2)}$ ✓."

    def slope_int(mm, bb):
        ms = {1: "", -1: "-"}.get(mm, frac_tex(mm))
        return f"y = {ms}x {'+' if bb >= 0 else '-'} {abs(bb)}"
    # general form: for m=p/q: q y = p x + q b -> p x - q y + q b = 0
    p_, q_ = F(m).numerator, F(m).denominator
    A, B, C = p_, -q_, q_ * b
    if A < 0:
        A, B, C = -A, -B, -C
    def term(c, v, first=False):
        if c == 0:
            return ""
        s = "-" if c < 0 else ("" if first else "+")
        cc = abs(c)
        body = (v if cc == 1 and v else f"{cc}{v}")
        return (s + " " if not first else s) + body + " "
    gen = (term(A, "x", True) + term(B, "y") + term(C, "")).strip() + " = 0"
    forms = [slope_int(m, b), gen]
    ref = r.choice([slope_int(m, b), gen])
    if ok:
        fin = r.choice(forms)
        return dict(question=q, steps=steps, verify=verify, final=fin, ref=ref, trap="line_equation_forms")
    bb = -b
    bad = slope_int(m, bb)
    bad_steps = steps[:2] + ([f"整理得 y＝{fnum(m)}x＋({fnum(bb)})。"] if zh else [f"Rearranging, the intercept comes out as {fnum(bb)}."])
    return dict(question=q, steps=bad_steps, verify=None, final=bad, ref=ref, trap="intercept_sign_error")


def speed(r, zh, ok):
    v = r.choice([36, 54, 72, 90, 108, 126, 144])
    t = r.choice([F(1, 2), 2, 3, F(3, 2)])
    d = v * t
    ms = v * 1000 // 3600
    if zh:
        q = f"一辆汽车{fnum(t)}小时行驶了{fnum(d)}千米，它的速度是每秒多少米？"
        steps = [f"速度＝路程÷时间＝{fnum(d)}÷{fnum(t)}＝{v}（千米/时）。",
                 f"1千米＝1000米，1小时＝3600秒。",
                 f"{v}千米/时＝{v}×1000÷3600＝{v * 1000}÷3600＝{ms}（米/秒）。"]
        verify = f"反过来：{ms}米/秒×3600秒＝{ms * 3600}米＝{v}千米，每小时{v}千米，正确。"
        forms = [f"{ms}米/秒", f"每秒{ms}米", f"{cn_int(ms)}米每秒", fw(str(ms)) + "ｍ/ｓ", f"{ms} m/s"]
        ref = r.choice([f"{ms}米/秒", f"{ms} m/s", str(ms)])
        if ok:
            return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="unit_conversion_cn")
        if r.random() < 0.5:
            return dict(question=q, steps=steps[:1] + ["所以汽车的速度就是这个数。"], verify=None, final=f"{v}米/秒", ref=ref, trap="unconverted_value")
        return dict(question=q, steps=steps, verify=None, final=f"{ms}千米/秒", ref=ref, trap="wrong_unit_same_number")
    q = f"A car travels {fnum(d)} km in {fnum(t)} hours at constant speed. What is its speed in meters per second?"
    steps = [f"Speed in km/h: {fnum(d)} km ÷ {fnum(t)} h = {v} km/h.",
             f"Convert: 1 km/h = 1000 m / 3600 s = 5/18 m/s.",
             f"$${v} \\times \\frac{{5}}{{18}} = \\frac{{{v * 5}}}{{18}} = {ms}\\ \\text{{m/s}}$$"]
    verify = f"Sanity check: {ms} m/s × 3600 s = {ms * 3600} m = {v} km per hour ✓."
    forms = [f"{ms} m/s", f"{ms} meters per second", f"{ms}\\,\\mathrm{{m/s}}", f"{ms} m·s⁻¹", en_words(ms) + " meters per second"]
    ref = r.choice([f"{ms} m/s", str(ms)])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="unit_conversion")
    if r.random() < 0.5:
        return dict(question=q, steps=steps[:1], verify=None, final=f"{v} m/s", ref=ref, trap="unconverted_value")
    return dict(question=q, steps=steps, verify=None, final=f"{ms} km/h", ref=ref, trap="wrong_unit_same_number")


def hectare(r, zh, ok):
    L, W = r.choice([(300, 40), (250, 80), (400, 150), (120, 75), (500, 60), (360, 50)])
    area = L * W
    ha = F(area, 10000)
    q = f"一块长方形农田长{L}米，宽{W}米，这块地的面积是多少公顷？"
    steps = [f"长方形面积＝长×宽＝{L}×{W}＝{area}（平方米）。",
             "1公顷＝10000平方米。",
             f"{area}÷10000＝{fnum(ha)}（公顷）。"]
    verify = f"反推：{fnum(ha)}公顷×10000＝{area}平方米，与面积一致。"
    forms = [f"{fnum(ha)}公顷", fw(fnum(ha)) + "公顷", f"{cn_dec(fnum(ha))}公顷", f"{fnum(ha)} hectares"]
    ref = r.choice([f"{fnum(ha)}公顷", fnum(ha), f"{fnum(ha)} ha"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="area_units_cn")
    if r.random() < 0.5:
        return dict(question=q, steps=steps[:1] + ["1公顷＝1000平方米。", f"{area}÷1000＝{fnum(F(area, 1000))}（公顷）。"], verify=None,
                    final=f"{fnum(F(area, 1000))}公顷", ref=ref, trap="conversion_factor_scale")
    return dict(question=q, steps=steps, verify=None, final=f"{fnum(ha)}平方千米", ref=ref, trap="wrong_area_unit")


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


def inequality(r, zh, ok):
    a, c = r.sample([-5, -4, -3, -2, 2, 3, 4, 5, 6], 2)
    k = r.randint(-4, 6)
    b = r.randint(-9, 9)
    d = (a - c) * k + b
    # a x + b < c x + d  ->  (a-c) x < d - b = (a-c) k
    coef = a - c
    flip = coef < 0
    rel = ">" if flip else "<"
    def side(p, q):
        return f"{p}x {'+' if q >= 0 else '-'} {abs(q)}"
    q_en = f"Solve the inequality ${side(a, b)} < {side(c, d)}$."
    ineq = f"{side(a, b)} < {side(c, d)}"
    if zh:
        q = f"解不等式：${ineq}$。"
        steps = [f"移项：{a}x－({c}x)＜{d}－({b})，即 {coef}x＜{coef * k}。",
                 (f"两边同除以{coef}，因为{coef}＜0，不等号方向要改变，得 x＞{k}。" if flip else f"两边同除以{coef}（正数），不等号方向不变，得 x＜{k}。")]
        verify = f"取检验值：x＝{k + (1 if flip else -1)}时，左边＝{a * (k + (1 if flip else -1)) + b}，右边＝{c * (k + (1 if flip else -1)) + d}，不等式成立。"
    else:
        q = q_en
        steps = [f"Collect x terms: $({a} - ({c}))x < {d} - ({b})$, i.e. ${coef}x < {coef * k}$.",
                 (f"Divide by ${coef}$; since it is negative the inequality flips: $x > {k}$." if flip else f"Divide by ${coef} > 0$: $x < {k}$.")]
        tv = k + (1 if flip else -1)
        verify = f"Test $x = {tv}$: LHS $= {a * tv + b}$, RHS $= {c * tv + d}$, and ${a * tv + b} < {c * tv + d}$ ✓. At $x = {k}$ both sides equal {a * k + b}, so the endpoint is excluded."
    if flip:
        forms = [f"x > {k}", f"({k}, +\\infty)", f"\\{{x \\mid x > {k}\\}}", f"x \\in ({k}, \\infty)", f"x＞{k}"]
        ref = r.choice([f"x > {k}", f"({k}, \\infty)"])
        bad1, bad2 = f"[{k}, +\\infty)", f"x < {k}"
    else:
        forms = [f"x < {k}", f"(-\\infty, {k})", f"\\{{x \\mid x < {k}\\}}", f"x＜{k}"]
        ref = r.choice([f"x < {k}", f"(-\\infty, {k})"])
        bad1, bad2 = f"(-\\infty, {k}]", f"x > {k}"
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="interval_forms")
    if r.random() < 0.5:
        return dict(question=q, steps=steps, verify=None, final=bad1, ref=ref, trap="endpoint_included")
    st = steps[:1] + ([f"两边同除以{coef}，得 x {'<' if flip else '>'} {k}。"] if zh else [f"Dividing by {coef} gives x {'<' if flip else '>'} {k}."])
    return dict(question=q, steps=st, verify=None, final=bad2, ref=ref, trap="direction_not_flipped" if flip else "direction_wrong")


def matmul(r, zh, ok):
    def mul(X, Y):
        return [[sum(X[i][k] * Y[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    while True:
        A = [[r.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        B = [[r.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        C, D = mul(A, B), mul(B, A)
        if C != D and C != [list(x) for x in zip(*C)]:
            break
    def pm(M, env="pmatrix"):
        return f"\\begin{{{env}}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{{env}}}"
    q = (f"设 $A = {pm(A)}$，$B = {pm(B)}$，求 $AB$。" if zh else f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$.")
    steps = []
    for i in range(2):
        for j in range(2):
            e = f"{A[i][0]}\\cdot{B[0][j]} + {A[i][1]}\\cdot{B[1][j]} = {C[i][j]}"
            steps.append((f"第{i + 1}行第{j + 1}列：${e}$" if zh else f"Entry ({i + 1},{j + 1}): ${e}$"))
    verify = (f"检查迹：tr(AB)＝{C[0][0] + C[1][1]}，而 tr(BA) 也应相同，BA 的对角元之和为 {D[0][0] + D[1][1]}，一致。" if zh else
              f"Trace check: tr(AB) = {C[0][0] + C[1][1]} should equal tr(BA) = {D[0][0] + D[1][1]} ✓.")
    forms = [pm(C), pm(C, "bmatrix"), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]"]
    ref = r.choice([pm(C), pm(C, "bmatrix")])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final="$" + r.choice(forms) + "$" if r.random() < 0.5 else r.choice(forms), ref=ref, trap="matrix_forms")
    if r.random() < 0.5:
        T = [list(x) for x in zip(*C)]
        return dict(question=q, steps=steps[:2], verify=None, final=pm(T), ref=ref, trap="transposed_matrix")
    st = [("按 B 乘 A 的顺序计算：" if zh else "Multiplying row by column (B then A):") + f" ${pm(D)}$"]
    return dict(question=q, steps=st, verify=None, final=pm(D), ref=ref, trap="BA_instead_of_AB")


ANG = [((1, 0), (1, 1), 45, "\\frac{\\pi}{4}", "π/4"), ((1, 0), (1, "\\sqrt{3}"), 60, "\\frac{\\pi}{3}", "π/3"),
       ((1, 2), (-2, 1), 90, "\\frac{\\pi}{2}", "π/2"), ((1, 0), (-1, "\\sqrt{3}"), 120, "\\frac{2\\pi}{3}", "2π/3"),
       ((1, 0), (-1, 1), 135, "\\frac{3\\pi}{4}", "3π/4"), ((1, 0), ("\\sqrt{3}", 1), 30, "\\frac{\\pi}{6}", "π/6"),
       ((2, 0), (-1, -1), 135, "\\frac{3\\pi}{4}", "3π/4"), ((0, 3), (1, "\\sqrt{3}"), 30, "\\frac{\\pi}{6}", "π/6")]


def angle(r, zh, ok):
    u, v, deg, rad, radu = r.choice(ANG)
    q = (f"已知向量 $\\vec a = ({u[0]}, {u[1]})$，$\\vec b = ({v[0]}, {v[1]})$，求 $\\vec a$ 与 $\\vec b$ 的夹角。" if zh else
         f"Find the angle between the vectors $\\mathbf u = ({u[0]}, {u[1]})$ and $\\mathbf v = ({v[0]}, {v[1]})$.")
    cosv = {30: "\\frac{\\sqrt3}{2}", 45: "\\frac{\\sqrt2}{2}", 60: "\\frac12", 90: "0", 120: "-\\frac12", 135: "-\\frac{\\sqrt2}{2}"}[deg]
    steps = [(f"由夹角公式 $\\cos\\theta = \\frac{{\\vec a\\cdot\\vec b}}{{|\\vec a||\\vec b|}}$。" if zh else
              "Use $\\cos\\theta = \\frac{\\mathbf u\\cdot\\mathbf v}{\\|\\mathbf u\\|\\|\\mathbf v\\|}$."),
             (f"计算数量积与模长后得到 $\\cos\\theta = {cosv}$。" if zh else f"Computing the dot product and the norms gives $\\cos\\theta = {cosv}$."),
             (f"因为 $\\theta\\in[0,\\pi]$，所以 $\\theta = {rad}$，即 {deg}°。" if zh else f"With $\\theta \\in [0, \\pi]$ this means $\\theta = {rad}$, i.e. ${deg}^\\circ$.")]
    verify = (f"验证：cos{deg}° 的值确实为 ${cosv}$。" if zh else f"Check: $\\cos {deg}^\\circ = {cosv}$ ✓.")
    forms = [rad, f"{deg}°", f"{deg}^\\circ", f"{deg} degrees", radu, f"{deg}度" if zh else f"{radu} rad"]
    ref = r.choice([rad, f"{deg}^\\circ", f"{deg}°"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="degrees_vs_radians")
    bdeg = 180 - deg if deg != 90 else 45
    bad_rad = {30: "\\frac{5\\pi}{6}", 45: "\\frac{3\\pi}{4}", 60: "\\frac{2\\pi}{3}", 120: "\\frac{\\pi}{3}", 135: "\\frac{\\pi}{4}"}.get(deg, "\\frac{\\pi}{4}")
    st = steps[:2] + ([f"所以夹角为 {bdeg}°。"] if zh else [f"Taking the arccos, I get {bdeg}°."])
    if r.random() < 0.5:
        return dict(question=q, steps=st, verify=None, final=f"{bdeg}°", ref=ref, trap="supplementary_angle")
    return dict(question=q, steps=st, verify=None, final=bad_rad, ref=ref, trap="wrong_radian_value")


def clock(r, zh, ok):
    h, m = r.randint(6, 10), r.choice([5, 15, 20, 35, 40, 45, 50])
    dh, dm = r.randint(1, 4), r.choice([25, 30, 40, 50, 55])
    tot = h * 60 + m + dh * 60 + dm
    H, M = divmod(tot, 60)
    if zh:
        q = f"一列火车上午{h}时{m}分从甲站出发，行驶了{dh}小时{dm}分到达乙站。到达时刻是几时几分？"
        steps = [f"出发时刻 {h}:{m:02d}。", f"先加{dh}小时：{h + dh}:{m:02d}。", f"再加{dm}分：{m}＋{dm}＝{m + dm}分" + (f"，满60进1，得 {H}:{M:02d}。" if m + dm >= 60 else f"，得 {H}:{M:02d}。")]
        verify = f"倒推：{H}时{M}分往前推{dh}小时{dm}分，正好是{h}时{m}分。"
        pm_ = "中午" if H == 12 else ("下午" if H > 12 else "上午")
        h12 = H - 12 if H > 12 else H
        forms = [f"{H}:{M:02d}", f"{pm_}{h12}时{M}分", f"{H}时{M}分", f"{pm_}{cn_int(h12)}点{cn_int(M)}分", fw(f"{H}:{M:02d}")]
        ref = r.choice([f"{H}:{M:02d}", f"{H}时{M}分"])
    else:
        q = f"A train leaves at {h}:{m:02d} a.m. and the trip takes {dh} hours {dm} minutes. At what time does it arrive?"
        steps = [f"Start: {h}:{m:02d} a.m.", f"Add {dh} h → {h + dh}:{m:02d}.", f"Add {dm} min: {m} + {dm} = {m + dm} min" + (f" = 1 h {m + dm - 60} min, so {H}:{M:02d}." if m + dm >= 60 else f", so {H}:{M:02d}.")]
        verify = f"Back-check: from {H}:{M:02d} subtract {dh} h {dm} min → {h}:{m:02d} ✓."
        ap = "p.m." if H >= 12 else "a.m."
        h12 = H - 12 if H > 12 else H
        forms = [f"{h12}:{M:02d} {ap}", f"{H}:{M:02d}", f"{h12}:{M:02d} {'PM' if H >= 12 else 'AM'}"]
        ref = r.choice([f"{h12}:{M:02d} {ap}", f"{H}:{M:02d}"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="clock_time_forms")
    t2 = tot - 60 if m + dm >= 60 else tot + 10
    H2, M2 = divmod(t2, 60)
    st = steps[:2] + ([f"再加{dm}分得 {H2}:{M2:02d}（忘记进位）。".replace("（忘记进位）", "")] if zh else [f"Adding the minutes: {H2}:{M2:02d}."])
    return dict(question=q, steps=st, verify=None, final=f"{H2}:{M2:02d}", ref=ref, trap="carry_error_time")


from collections import namedtuple
_Pos = namedtuple('_Pos', 'year month day')


def dates(r, zh, ok):
    y = r.choice([2021, 2022, 2023, 2025])
    d0 = datetime.date(y, r.randint(1, 9), r.randint(1, 28))
    n = r.choice([45, 60, 75, 90, 100, 120])
    d1 = d0 + datetime.timedelta(days=n)
    MON = "January February March April May June July August September October November December".split()
    if zh:
        q = f"{d0.year}年{d0.month}月{d0.day}日之后的第{n}天是哪一天？"
        steps = []
        cur = _Pos(d0.year, d0.month, d0.day)
        left = n
        import calendar
        while True:
            dim = calendar.monthrange(cur.year, cur.month)[1]
            rest = dim - cur.day
            if left <= rest:
                steps.append(f"在{cur.month}月内再数{left}天，到{cur.month}月{cur.day + left}日。")
                break
            steps.append((f"{cur.month}月有{dim}天，从{cur.month}月{cur.day}日到月底还有{rest}天，" if cur.day else f"{cur.month}月整月{dim}天全部数完，") + f"剩余{left - rest}天。")
            left -= rest
            cur = _Pos(*((cur.year, cur.month + 1) if cur.month < 12 else (cur.year + 1, 1)), 0)
        verify = f"用日期差复核：{d1.year}年{d1.month}月{d1.day}日减去{d0.month}月{d0.day}日正好{n}天。"
        forms = [f"{d1.year}年{d1.month}月{d1.day}日", d1.isoformat(), fw(f"{d1.year}") + "年" + fw(f"{d1.month}") + "月" + fw(f"{d1.day}") + "日"]
        if d1.year == d0.year:
            forms += [f"{cn_int(d1.month)}月{cn_int(d1.day)}日", f"{d1.month}月{d1.day}日"]
        ref = r.choice([f"{d1.year}年{d1.month}月{d1.day}日", d1.isoformat(), f"{MON[d1.month - 1]} {d1.day}, {d1.year}"])
    else:
        q = f"What is the date {n} days after {MON[d0.month - 1]} {d0.day}, {d0.year}?"
        import calendar
        steps = []
        cur, left = _Pos(d0.year, d0.month, d0.day), n
        while True:
            dim = calendar.monthrange(cur.year, cur.month)[1]
            rest = dim - cur.day
            if left <= rest:
                steps.append(f"- {left} more days inside {MON[cur.month - 1]} lands on {MON[cur.month - 1]} {cur.day + left}.")
                break
            steps.append((f"- {MON[cur.month - 1]} has {dim} days: {rest} days to the end of the month, {left - rest} left." if cur.day else f"- All {dim} days of {MON[cur.month - 1]} pass, {left - rest} left."))
            left -= rest
            cur = _Pos(*((cur.year, cur.month + 1) if cur.month < 12 else (cur.year + 1, 1)), 0)
        verify = f"Cross-check with day-of-year arithmetic: day {d0.timetuple().tm_yday} + {n} = day {d0.timetuple().tm_yday + n} of the year, which is {MON[d1.month - 1]} {d1.day}."
        forms = [f"{MON[d1.month - 1]} {d1.day}, {d1.year}", d1.isoformat(), f"{d1.day} {MON[d1.month - 1]} {d1.year}", f"{MON[d1.month - 1][:3]}. {d1.day}, {d1.year}"]
        ref = r.choice([f"{MON[d1.month - 1]} {d1.day}, {d1.year}", d1.isoformat()])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="date_forms")
    d2 = d1 + datetime.timedelta(days=r.choice([-1, 1]))
    st = steps + ([f"起始日也算一天，所以结果要调整一天。"] if zh else ["- Counting the start day as day 1, shift by one."])
    fin = (f"{d2.year}年{d2.month}月{d2.day}日" if zh else f"{MON[d2.month - 1]} {d2.day}, {d2.year}")
    return dict(question=q, steps=st, verify=None, final=fin, ref=ref, trap="off_by_one_day")


def system(r, zh, ok):
    x, y = r.randint(-6, 7), r.randint(-6, 7)
    while x == y:
        y = r.randint(-6, 7)
    a1, b1, a2, b2 = r.choice([(1, 1, 1, -1), (2, 1, 1, -1), (3, 2, 1, 1), (2, -3, 1, 2), (1, 2, 3, -1), (4, 1, 2, 3)])
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    def eq(a, b, c):
        return f"{'' if a == 1 else a}x {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}y = {c}"
    q = (f"解方程组：$\\begin{{cases}} {eq(a1, b1, c1)} \\\\ {eq(a2, b2, c2)} \\end{{cases}}$" if zh else
         f"Solve the system: ${eq(a1, b1, c1)}$ and ${eq(a2, b2, c2)}$. Give the solution as an ordered pair $(x, y)$.")
    det = a1 * b2 - a2 * b1
    steps = [(f"用克莱姆法则，系数行列式 D＝{a1}×{b2}－{a2}×{b1}＝{det}。" if zh else f"Determinant $D = {a1}\\cdot{b2} - {a2}\\cdot{b1} = {det}$."),
             (f"Dx＝{c1}×{b2}－{c2}×{b1}＝{c1 * b2 - c2 * b1}，x＝Dx/D＝{x}。" if zh else f"$D_x = {c1 * b2 - c2 * b1}$, so $x = {x}$."),
             (f"Dy＝{a1}×{c2}－{a2}×{c1}＝{a1 * c2 - a2 * c1}，y＝Dy/D＝{y}。" if zh else f"$D_y = {a1 * c2 - a2 * c1}$, so $y = {y}$.")]
    verify = (f"代回第二个方程：{a2}×({x})＋({b2})×({y})＝{c2}，成立。" if zh else f"Substitute into the second equation: ${a2}({x}) + ({b2})({y}) = {c2}$ ✓.")
    forms = [f"({x}, {y})", f"x = {x}, y = {y}", f"\\begin{{cases}} x = {x} \\\\ y = {y} \\end{{cases}}", (f"x＝{x}，y＝{y}" if zh else f"(x, y) = ({x}, {y})")]
    ref = r.choice([f"({x}, {y})", f"x={x}, y={y}"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="ordered_pair_forms")
    return dict(question=q, steps=steps, verify=None, final=f"({y}, {x})", ref=ref, trap="swapped_pair")


def pct(r, zh, ok):
    p = r.choice([10, 20, 25, 30, 40, 50])
    res = F(100 + p, 100) * F(100 - p, 100)
    change = (res - 1) * 100
    P0 = r.choice([200, 400, 500, 800, 1000])
    if zh:
        q = f"某商品原价{P0}元，先提价{p}%，再降价{p}%。现价比原价提高还是降低了？变化了百分之几？"
        steps = [f"提价后：{P0}×(1＋{p}%)＝{fnum(P0 * F(100 + p, 100))}元。",
                 f"再降价：{fnum(P0 * F(100 + p, 100))}×(1－{p}%)＝{fnum(P0 * res)}元。",
                 f"与原价比：{fnum(P0 * res)}÷{P0}＝{fnum(res)}，即现价是原价的{fnum(res * 100)}%。"]
        verify = f"也可直接算 (1＋{p}%)(1－{p}%)＝1－({p}%)²＝{fnum(res)}，结果相同。"
        pc = fnum(-change)
        forms = [f"降低了{pc}%", f"降低了百分之{cn_dec(pc)}", f"下降{fw(pc)}％", f"-{pc}%（降低）"]
        ref = r.choice([f"降低了{pc}%", f"-{pc}%", f"decreased by {pc}%"])
        badA = f"提高了{pc}%"
        badB = "不变"
    else:
        q = f"The price of an item is raised by {p}% and then the new price is lowered by {p}%. By what percent has the final price changed relative to the original?"
        steps = [f"Take an original price of ${P0}.", f"After a {p}% increase: {P0} × {fnum(F(100 + p, 100))} = {fnum(P0 * F(100 + p, 100))}.",
                 f"After a {p}% decrease: {fnum(P0 * F(100 + p, 100))} × {fnum(F(100 - p, 100))} = {fnum(P0 * res)}.",
                 f"Ratio to original: {fnum(res)}."]
        verify = f"Algebraically $(1+x)(1-x) = 1 - x^2 = 1 - {fnum(F(p, 100))}^2 = {fnum(res)}$ ✓."
        pc = fnum(-change)
        forms = [f"a {pc}% decrease", f"-{pc}%", f"decreased by {pc}%", f"{pc}% lower"]
        ref = r.choice([f"-{pc}%", f"{pc}% decrease", f"decrease of {pc}\\%"])
        badA = f"{pc}% increase"
        badB = "0% (no change)"
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="percent_change_forms")
    if r.random() < 0.5:
        return dict(question=q, steps=steps, verify=None, final=badA, ref=ref, trap="percent_sign_error")
    st = [("提价和降价的百分数相同，互相抵消。" if zh else f"A {p}% increase followed by a {p}% decrease cancel out.")]
    return dict(question=q, steps=st, verify=None, final=badB, ref=ref, trap="naive_cancellation")


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


def dist(r, zh, ok):
    while True:
        dx, dy = r.randint(1, 8), r.randint(1, 8)
        d2 = dx * dx + dy * dy
        k = 1
        for f in range(2, 12):
            if d2 % (f * f) == 0:
                k = f
        rad = d2 // (k * k)
        sqfree = all(rad % (g * g) for g in range(2, 12))
        if k > 1 and k * k != d2 and sqfree and rad != k:
            break
    rad = d2 // (k * k)
    x1, y1 = r.randint(-4, 4), r.randint(-4, 4)
    x2, y2 = x1 + dx * r.choice([1, -1]), y1 + dy * r.choice([1, -1])
    q = (f"求点 P({x1}, {y1}) 与点 Q({x2}, {y2}) 之间的距离。" if zh else f"Find the distance between $P({x1}, {y1})$ and $Q({x2}, {y2})$.")
    steps = [(f"由两点间距离公式 |PQ|＝√[(x₂－x₁)²＋(y₂－y₁)²]。" if zh else "Distance formula: $d = \\sqrt{(x_2-x_1)^2 + (y_2-y_1)^2}$."),
             (f"Δx＝{x2 - x1}，Δy＝{y2 - y1}，平方和＝{dx * dx}＋{dy * dy}＝{d2}。" if zh else f"$\\Delta x = {x2 - x1}$, $\\Delta y = {y2 - y1}$, squares sum to ${dx * dx} + {dy * dy} = {d2}$."),
             (f"√{d2}＝√({k * k}×{rad})＝{k}√{rad}。" if zh else f"$\\sqrt{{{d2}}} = \\sqrt{{{k * k}\\cdot{rad}}} = {k}\\sqrt{{{rad}}}$.")]
    verify = (f"数值检验：{k}√{rad}≈{k * math.sqrt(rad):.3f}，√{d2}≈{math.sqrt(d2):.3f}，一致。" if zh else f"Numerically ${k}\\sqrt{{{rad}}} \\approx {k * math.sqrt(rad):.3f}$ and $\\sqrt{{{d2}}} \\approx {math.sqrt(d2):.3f}$ ✓.")
    forms = [f"{k}\\sqrt{{{rad}}}", f"\\sqrt{{{d2}}}", f"{k}√{rad}"]
    ref = r.choice([f"{k}\\sqrt{{{rad}}}", f"\\sqrt{{{d2}}}"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="radical_forms")
    if r.random() < 0.5:
        return dict(question=q, steps=steps[:2], verify=None, final=str(d2), ref=ref, trap="forgot_sqrt")
    return dict(question=q, steps=steps[:2] + [(f"化简得 {rad}√{k}。" if zh else f"Simplifying gives ${rad}\\sqrt{{{k}}}$.")], verify=None,
                final=f"{rad}\\sqrt{{{k}}}", ref=ref, trap="radical_simplification_swap")


def circle(r, zh, ok):
    R = r.randint(3, 12)
    q = (f"一个圆的半径是{R}厘米，它的面积是多少平方厘米？（结果保留π）" if zh else f"A circle has radius {R} cm. Find its area in terms of $\\pi$.")
    steps = [(f"圆面积公式 S＝πr²。" if zh else "Area formula $A = \\pi r^2$."),
             (f"r＝{R}，r²＝{R * R}。" if zh else f"$r^2 = {R}^2 = {R * R}$."),
             (f"S＝{R * R}π（平方厘米）。" if zh else f"$A = {R * R}\\pi\\ \\text{{cm}}^2$.")]
    verify = (f"估算：{R * R}×3.14≈{R * R * 3.14:.2f}，与半径{R}厘米的圆大小相符。" if zh else f"Estimate: {R * R} × 3.14159 ≈ {R * R * math.pi:.2f} cm², reasonable for radius {R} cm.")
    forms = [f"{R * R}\\pi", f"{R * R}π cm²", f"{R * R}\\pi\\ \\mathrm{{cm}}^2", (f"{R * R}π平方厘米" if zh else f"{R * R}π square centimeters")]
    ref = r.choice([f"{R * R}\\pi", f"{R * R}\\pi \\text{{ cm}}^2"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="pi_expression")
    return dict(question=q, steps=[(f"周长 C＝2πr＝{2 * R}π。" if zh else f"Using $2\\pi r = {2 * R}\\pi$.")], verify=None,
                final=f"{2 * R}\\pi", ref=ref, trap="circumference_not_area")


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


def work(r, zh, ok):
    a, b = r.choice([(4, 6), (3, 6), (6, 12), (10, 15), (5, 20), (8, 12), (6, 9)])
    t = F(a * b, a + b)
    q = (f"一项工程，甲队单独做需要{a}天完成，乙队单独做需要{b}天完成。两队合作，需要多少天完成？" if zh else
         f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours. Working together, how long do they take to fill the tank?")
    steps = [(f"把工作总量看作单位“1”。甲的工作效率是1/{a}，乙的是1/{b}。" if zh else f"Rates: A does 1/{a} tank per hour, B does 1/{b}."),
             (f"合作效率：1/{a}＋1/{b}＝{(F(1, a) + F(1, b)).numerator}/{(F(1, a) + F(1, b)).denominator}。" if zh else f"Combined: $\\frac1{{{a}}} + \\frac1{{{b}}} = {frac_tex(F(1, a) + F(1, b))}$ tank per hour."),
             (f"所需时间：1÷{(F(1, a) + F(1, b)).numerator}/{(F(1, a) + F(1, b)).denominator}＝{fnum(t) if t.denominator == 1 else str(t.numerator) + '/' + str(t.denominator)}（天）。" if zh else f"Time: $1 \\div {frac_tex(F(1, a) + F(1, b))} = {frac_tex(t)}$ hours.")]
    verify = (f"验证：{fnum(t)}天里甲完成{fnum(t / a)}，乙完成{fnum(t / b)}，合计为1。" if zh else f"Check: in {fnum(t)} h A fills {fnum(t / a)} and B fills {fnum(t / b)}, total 1 ✓.")
    w, rem = t.numerator // t.denominator, t - t.numerator // t.denominator
    if zh:
        forms = [f"{fnum(t)}天", f"{frac_tex(t)}天" if t.denominator != 1 else f"{cn_int(int(t))}天"]
        if rem:
            forms.append(f"{w}又{rem.denominator}分之{rem.numerator}天")
            forms.append(f"{cn_int(t.denominator)}分之{cn_int(t.numerator)}天")
    else:
        forms = [f"{fnum(t)} hours", f"{frac_tex(t)} hours" if t.denominator != 1 else f"{en_words(int(t))} hours"]
        if rem and (rem * 60).denominator == 1:
            forms.append(f"{w} hours {int(rem * 60)} minutes")
    ref = r.choice([fnum(t), frac_tex(t)] + ([f"{fnum(t)}天"] if zh else [f"{fnum(t)} hours"]))
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="work_rate_forms")
    bad = F(a + b, 2)
    st = [(f"两队合作，时间取平均：({a}＋{b})÷2＝{fnum(bad)}。" if zh else f"Average the two times: ({a}+{b})/2 = {fnum(bad)}.")]
    if r.random() < 0.5:
        return dict(question=q, steps=st, verify=None, final=(f"{fnum(bad)}天" if zh else f"{fnum(bad)} hours"), ref=ref, trap="averaged_times")
    # right value in reasoning, different final commitment (minutes confusion)
    st = steps + [(f"换算成小时：{fnum(t)}天×24＝{fnum(t * 24)}小时。所以答案是{fnum(t * 24)}。" if zh else f"In minutes that's {fnum(t * 60)}. So the answer is {fnum(t * 60)}.")]
    return dict(question=q, steps=st, verify=None, final=fnum(t * 24) if zh else fnum(t * 60), ref=ref, trap="right_value_then_rescaled")


FAMILIES = [(shopping, "gsm8k_like", "cmath_like"), (quadratic, "math_like", "gaokao_math_like"), (prob, "math_like", "gaokao_math_like"),
            (line, "math_like", "gaokao_math_like"), (speed, "gsm8k_like", "cmath_like"), (aime_mod, "aime_like", "aime_like"),
            (inequality, "math_like", "gaokao_math_like"), (matmul, "math_like", "gaokao_math_like"), (angle, "math_like", "gaokao_math_like"),
            (clock, "gsm8k_like", "cmath_like"), (dates, "gsm8k_like", "cmath_like"), (system, "math_like", "cmath_like"),
            (pct, "gsm8k_like", "cmath_like"), (sci, "gpqa_like", "ceval_like"), (mixed, "math_like", "cmath_like"),
            (dist, "math_like", "gaokao_math_like"), (circle, "gsm8k_like", "cmath_like"), (work, "gsm8k_like", "cmath_like")]
ZH_ONLY = [(hectare, None, "cmath_like"), (bignum, None, "cmath_like")]
