"""dev17's word-problem families: shopping, speed, hectares, clocks, percent, work, distance. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import datetime
import math
from common import cn_int, cn_dec, fw, fnum, frac_tex, terminating, en_words
from collections import namedtuple


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
