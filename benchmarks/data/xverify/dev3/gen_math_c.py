"""Math problem families, part C: fraction arithmetic, scientific notation,
LCM timetables (clock-time answers), area / volume unit conversion."""
from fractions import Fraction as F
from math import gcd
from gen_common import pick, frac, dec, sep, words_en, int_zh
from gen_math_b import _d

SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def fractions_(rng, lang):
    while True:
        b, d = rng.randint(2, 12), rng.randint(2, 12)
        a, c = rng.randint(1, 2 * b), rng.randint(1, 2 * d)
        op = pick(rng, ["+", "-", "×", "÷"])
        x, y = F(a, b), F(c, d)
        r = {"+": x + y, "-": x - y, "×": x * y, "÷": x / y}[op]
        if r > 0 and r.denominator > 1 and gcd(a, b) == 1 and gcd(c, d) == 1 and b != d:
            break
    l = b * d // gcd(b, d)
    rs = frac(r, "slash")
    n1, n2 = a * (l // b), c * (l // d)
    if op in "+-":
        nn = n1 + n2 if op == "+" else n1 - n2
        tail = f" = {rs}" if r.denominator != l else ""
        core = [f"Common denominator: lcm({b}, {d}) = {l}.", f"{a}/{b} = {n1}/{l} and {c}/{d} = {n2}/{l}.", f"{n1}/{l} {op} {n2}/{l} = {nn}/{l}{tail}."]
        core_zh = [f"通分，公分母为 {l}：", f"{a}/{b} = {n1}/{l}，{c}/{d} = {n2}/{l}；", f"{n1}/{l} {op} {n2}/{l} = {nn}/{l}{tail}。"]
        unred = f"{a * d + c * b if op == '+' else a * d - c * b}/{b * d}"
        if op == "+":
            bad = F(a + c, b + d)
            wsteps = [f"Add the numerators and the denominators: ({a} + {c})/({b} + {d}) = {a + c}/{b + d}."]
            wsteps_zh = [f"分子加分子，分母加分母：({a}+{c})/({b}+{d}) = {a + c}/{b + d}。"]
        else:
            bad = F(n1 + n2, l)
            wsteps = core[:2] + [f"{n1}/{l} − {n2}/{l} = {n1 + n2}/{l} = {frac(bad, 'slash')}."]
            wsteps_zh = core_zh[:2] + [f"{n1}/{l} − {n2}/{l} = {frac(bad, 'slash')}。"]
    elif op == "×":
        core = [f"Multiply numerators and denominators: ({a} × {c}) / ({b} × {d}) = {a * c}/{b * d}."] + \
            ([f"Simplify: {a * c}/{b * d} = {rs}."] if f"{a * c}/{b * d}" != rs else ["That fraction is already in lowest terms."])
        core_zh = [f"分子乘分子、分母乘分母：({a}×{c})/({b}×{d}) = {a * c}/{b * d}，", f"约分得 {rs}。"]
        unred = f"{a * c}/{b * d}"
        bad = F(a * d, b * c)
        wsteps = [f"Cross-multiply: ({a} × {d}) / ({b} × {c}) = {a * d}/{b * c} = {frac(bad, 'slash')}."]
        wsteps_zh = [f"交叉相乘：({a}×{d})/({b}×{c}) = {frac(bad, 'slash')}。"]
    else:
        core = [f"Dividing by {c}/{d} means multiplying by its reciprocal {d}/{c}.", f"{a}/{b} × {d}/{c} = {a * d}/{b * c}" + (f" = {rs}." if f"{a * d}/{b * c}" != rs else ".")]
        core_zh = [f"除以 {c}/{d} 等于乘它的倒数 {d}/{c}：", f"{a}/{b} × {d}/{c} = {a * d}/{b * c} = {rs}。"]
        unred = f"{a * d}/{b * c}"
        bad = F(a * c, b * d)
        wsteps = [f"{a}/{b} ÷ {c}/{d} = ({a} × {c}) / ({b} × {d}) = {a * c}/{b * d} = {frac(bad, 'slash')}."]
        wsteps_zh = [f"{a}/{b} ÷ {c}/{d} = ({a}×{c})/({b}×{d}) = {frac(bad, 'slash')}。"]
    if bad == r:
        bad = r + F(1, r.denominator)
    forms = [frac(r, s) for s in ("latex", "slash", "dfrac", "mixed", "mixed_latex")]
    dv = dec(r)
    if dv:
        forms.append(dv)
    if unred != rs:
        forms.append(unred)
    texop = {"+": "+", "-": "-", "×": "\\times", "÷": "\\div"}[op]
    expr = f"\\frac{{{a}}}{{{b}}} {texop} \\frac{{{c}}}{{{d}}}"
    if lang == "en":
        q = pick(rng, [f"Compute ${expr}$.", f"Evaluate ${expr}$ and simplify.", f"What is {a}/{b} {op} {c}/{d}?"])
        steps = core
        notes = [f"Decimal sanity check: {a}/{b} ≈ {float(x):.4f} and {c}/{d} ≈ {float(y):.4f}; combining gives ≈ {float(r):.4f}, and {rs} ≈ {float(r):.4f}. ✓",
                 f"As a mixed number, {rs} = {frac(r, 'mixed')}" + (f"; as a decimal it is exactly {dv}." if dv else "; it does not terminate as a decimal, so I'll keep the fraction.")]
        wrong = [{"steps": wsteps, "forms": [frac(bad, "slash"), frac(bad, "latex")]}]
        sentence = "the result is {}"
        refs = [frac(r, "latex"), rs, frac(r, "mixed_latex")]
        ds = "math_like"
    else:
        q = f"计算：{a}/{b} {op} {c}/{d}。"
        steps = core_zh
        forms = [rs, frac(r, "zh"), frac(r, "mixed"), frac(r, "latex")] + ([dv] if dv else [])
        notes = [f"用小数估算：约等于 {float(r):.4f}，与结果一致。"]
        wrong = [{"steps": wsteps_zh, "forms": [frac(bad, "slash"), frac(bad, "zh")]}]
        sentence = "结果为{}"
        refs = [rs, frac(r, "latex")]
        ds = "cmath_like"
    return _d(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
              wrong=wrong, verify=notes[:1], notes=notes)


def _big_words(v, lang):
    out = []
    if lang == "en":
        for div, nm in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
            if v >= div and dec(F(v) / div) and len(dec(F(v) / div)) <= 6:
                out.append(f"{dec(F(v) / div)} {nm}")
                break
    else:
        for div, nm in ((10**12, "万亿"), (10**8, "亿"), (10**4, "万")):
            if v >= div and dec(F(v) / div) and len(dec(F(v) / div)) <= 6:
                out.append(f"{dec(F(v) / div)}{nm}")
                break
    return out


def scinot(rng, lang):
    M = [F(12, 10), F(15, 10), F(2), F(25, 10), F(3), F(4), F(45, 10), F(5), F(6), F(75, 10), F(8)]
    while True:
        p, qq = pick(rng, M), pick(rng, M)
        a, b = rng.randint(2, 9), rng.randint(2, 9)
        op = pick(rng, ["×", "×", "÷"])
        raw = p * qq if op == "×" else p / qq
        e = a + b if op == "×" else a - b
        if op == "÷" and (e < 1 or not dec(raw)):
            continue
        m, ee = raw, e
        while m >= 10:
            m, ee = m / 10, ee + 1
        while m < 1:
            m, ee = m * 10, ee - 1
        if dec(m) and len(dec(m)) <= 6:
            break
    val = m * 10 ** ee
    ms = dec(m)
    forms = [f"{ms} \\times 10^{{{ee}}}", f"{ms}×10{str(ee).translate(SUP)}", f"{ms}e{ee}", f"{ms}E+{ee:02d}", f"{ms} · 10^{ee}"]
    if val.denominator == 1 and ee <= 15:
        forms += [sep(int(val)), sep(int(val), "thin")]
    forms += _big_words(int(val), lang) if val.denominator == 1 else []
    wrong1 = f"{ms} \\times 10^{{{ee - 1 if ee != e else ee + 1}}}"
    wm = (p + qq) if op == "×" else (p - qq if p > qq else qq / p)
    wrong2 = f"{dec(wm) if dec(wm) else float(wm)} \\times 10^{{{e}}}"
    Ps, Qs = f"{dec(p)} \\times 10^{{{a}}}", f"{dec(qq)} \\times 10^{{{b}}}"
    if lang == "en":
        texop = "\\times" if op == "×" else "\\div"
        q = pick(rng, [f"Evaluate $({Ps}) {texop} ({Qs})$.",
                       (f"A colony starts with ${Ps}$ bacteria and grows by a factor of ${Qs}$. How many bacteria are there?" if op == "×" else
                        f"A total of ${Ps}$ litres is shared equally among ${Qs}$ tanks. How many litres go into each tank?")])
        steps = [f"{'Multiply' if op == '×' else 'Divide'} the mantissas: {dec(p)} {op} {dec(qq)} = {dec(raw)}.",
                 f"{'Add' if op == '×' else 'Subtract'} the exponents: {a} {'+' if op == '×' else '−'} {b} = {e}, giving {dec(raw)} × 10^{e}."]
        if raw != m:
            steps.append(f"Normalise so the mantissa is between 1 and 10: {dec(raw)} × 10^{e} = {ms} × 10^{ee}.")
        notes = [f"Check by orders of magnitude: 10^{a} {op} 10^{b} = 10^{e}, and the mantissa part {dec(raw)} shifts it to about 10^{ee}.",
                 f"Written out in full the result is {sep(int(val)) if val.denominator == 1 else dec(val)}."]
        wrong = [{"steps": steps[:2] + [f"Normalising: {ms} × 10^{ee - 1 if ee != e else ee + 1}."], "forms": [wrong1, wrong1.replace(' \\times 10^{', 'e').rstrip('}')]},
                 {"steps": [f"Combine the mantissas: {dec(p)} and {dec(qq)} give {dec(wm) if dec(wm) else float(wm)}; exponent {e}."], "forms": [wrong2]}]
        sentence = "the result is {}"
        refs = [f"{ms} \\times 10^{{{ee}}}", f"{ms}\\times10^{{{ee}}}", sep(int(val)) if val.denominator == 1 else dec(val)]
        ds = "math_like"
    else:
        q = f"计算：({dec(p)}×10^{a}){op}({dec(qq)}×10^{b})，结果用科学记数法表示。"
        steps = [f"系数相{'乘' if op == '×' else '除'}：{dec(p)}{op}{dec(qq)} = {dec(raw)}；", f"指数相{'加' if op == '×' else '减'}：10^{e}；"] + \
                ([f"整理得 {ms}×10^{ee}。"] if raw != m else [f"结果为 {ms}×10^{ee}。"])
        forms = [f"{ms}×10^{ee}", f"{ms}×10{str(ee).translate(SUP)}", f"{ms} \\times 10^{{{ee}}}"]
        notes = [f"写成普通数为 {sep(int(val)) if val.denominator == 1 else dec(val)}。"]
        wrong = [{"steps": steps[:2] + [f"整理得 {ms}×10^{ee - 1 if ee != e else ee + 1}。"], "forms": [wrong1.replace(" \\times ", "×").replace("{", "").replace("}", "")]}]
        sentence = "结果为{}"
        refs = [f"{ms}×10^{ee}", f"{ms}\\times 10^{{{ee}}}"]
        ds = "cmath_like"
    return _d(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
              wrong=wrong, verify=notes[:1], notes=notes)


def _clock(mins, style):
    h, m = divmod(mins % (24 * 60), 60)
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {"12": f"{h12}:{m:02d} {ap}", "12dot": f"{h12}:{m:02d} {ap[0].lower()}.m.", "24": f"{h:02d}:{m:02d}",
            "24h": f"{h}:{m:02d}", "zh": f"{'上午' if h < 12 else '下午'}{h12}点{m:02d}分".replace("点00分", "点整"),
            "zh24": f"{h}时{m}分" if m else f"{h}时", "zh_colon": f"{h}:{m:02d}"}[style]


def lcm_clock(rng, lang):
    while True:
        a, b = rng.sample([6, 8, 9, 10, 12, 14, 15, 16, 18, 20, 24, 25, 30, 35, 40, 45], 2)
        L = a * b // gcd(a, b)
        if 40 <= L <= 600 and gcd(a, b) > 1 and L % 60 >= 10:
            break
    start = rng.randint(6, 11) * 60 + pick(rng, [0, 10, 15, 20, 30, 40, 45])
    end = start + L
    hh, mm = divmod(L, 60)
    miscon = start + (L // 100) * 60 + L % 100 if L >= 100 and L % 100 < 60 and (L // 100) * 60 + L % 100 != L else None
    st = _clock(start, "12" if lang == "en" else "zh")
    forms = [_clock(end, s) for s in ("12", "12dot", "24")] if lang == "en" else [_clock(end, s) for s in ("zh", "zh24", "zh_colon")]
    wrongs = [(start + a * b, f"they meet again after {a} × {b} = {a * b} minutes" if lang == "en" else f"{a}×{b}={a * b}分钟后再次同时发车")]
    if miscon:
        wrongs.append((miscon, f"LCM = {L} minutes, which is {L // 100} h {L % 100} min" if lang == "en" else f"最小公倍数{L}分钟，即{L // 100}小时{L % 100}分"))
    ta = ", ".join(_clock(start + a * i, "24h") for i in range(L // a + 1)) if L // a <= 20 else ""
    tb = ", ".join(_clock(start + b * i, "24h") for i in range(L // b + 1)) if L // b <= 20 else ""
    if lang == "en":
        q = pick(rng, [f"Bus A leaves the station every {a} minutes and bus B every {b} minutes. Both leave together at {st}. At what time will they next leave together?",
                       f"Two lighthouses flash every {a} and every {b} minutes. They flash together at {st}. When is the next time they flash together?"])
        steps = [f"We need the least common multiple of {a} and {b}.", f"gcd({a}, {b}) = {gcd(a, b)}, so lcm = {a} × {b} / {gcd(a, b)} = {L} minutes.",
                 f"{L} minutes = {hh} h {mm} min" if hh else f"That is {L} minutes.", f"{st} + {L} min = {_clock(end, '12')}."]
        notes = ([f"Listing the times for the first: {ta}."] if ta else []) + ([f"And for the second: {tb}."] if tb else []) + \
                [f"The first common time after the start is {_clock(end, '24h')}, confirming the LCM approach."]
        wrong = [{"steps": steps[:1] + [w[1][0].upper() + w[1][1:] + ".", f"{st} + {w[0] - start} min = {_clock(w[0], '12')}."], "forms": [_clock(w[0], "12"), _clock(w[0], "24")]} for w in wrongs]
        wrong.append({"steps": steps[:-1] + [f"Converting to a 24-hour clock reading: {_clock(end + 12 * 60, '24')}."], "forms": [_clock(end + 12 * 60, "24")]})
        sentence = "they next coincide at {}"
        refs = [_clock(end, "12"), _clock(end, "24"), f"{_clock(end, '12')} (after {L} minutes)"]
        ds = "gsm8k_like"
    else:
        q = f"A路公交车每{a}分钟发一班，B路公交车每{b}分钟发一班。{st}两路车同时发车，下一次同时发车是什么时刻？"
        steps = [f"求{a}和{b}的最小公倍数：[{a}, {b}] = {L}（分钟）；", f"{L}分钟 = {hh}小时{mm}分钟；" if hh else f"即{L}分钟；",
                 f"{st}再过{L}分钟是{_clock(end, 'zh')}。"]
        notes = ([f"A路发车时刻：{ta}。"] if ta else []) + ([f"B路发车时刻：{tb}。"] if tb else [])
        wrong = [{"steps": [w[1] + "，", f"所以是{_clock(w[0], 'zh')}。"], "forms": [_clock(w[0], "zh"), _clock(w[0], "zh24")]} for w in wrongs]
        sentence = "下一次同时发车是{}"
        refs = [_clock(end, "zh"), _clock(end, "zh_colon"), _clock(end, "zh24")]
        ds = "cmath_like"
    return _d(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
              wrong=wrong, verify=notes[-1:], notes=notes)


def units(rng, lang):
    vol = rng.random() < 0.45
    if vol:
        L, W, H = [rng.randint(8, 90) * 5 for _ in range(3)]
        cm3 = L * W * H
        v = F(cm3, 1000)
        vs = dec(v)
        if lang == "en":
            obj = pick(rng, ["fish tank", "storage box", "water trough"])
            q = f"A rectangular {obj} measures {L} cm by {W} cm by {H} cm. What is its volume in litres?"
            steps = [f"Volume = {L} × {W} × {H} = {sep(cm3)} cm³.", f"Since 1 litre = 1000 cm³, the volume is {sep(cm3)} / 1000 = {vs} L."]
            forms = [f"{vs} L", f"{vs} litres", f"{vs} liters", f"{vs} l", f"{vs}\\,\\text{{L}}"]
            notes = ["Volume unit ladder: 1 L = 1 dm³ = 1,000 cm³ = 1,000 mL, and 1 m³ = 1,000 L.",
                     f"Another way: convert each side to decimetres first ({dec(F(L, 10))} dm × {dec(F(W, 10))} dm × {dec(F(H, 10))} dm) and multiply: {vs} dm³ = {vs} L."]
            wrong = [{"steps": steps[:1], "forms": [f"{sep(cm3)} cm³", f"{sep(cm3)} cubic centimetres"], "tag": "unit"},
                     {"steps": [steps[0], f"Dividing by 100 to convert: {dec(F(cm3, 100))} L."], "forms": [f"{dec(F(cm3, 100))} L"]},
                     {"steps": steps, "forms": [f"{sep(cm3)} mL"], "tag": "unit"}]
            sentence = "the volume is {}"
            refs = [f"{vs} L", vs, f"{vs} litres"]
        else:
            q = f"一个长方体水箱长{L}厘米、宽{W}厘米、高{H}厘米，它的容积是多少升？"
            steps = [f"体积 = {L}×{W}×{H} = {cm3}（立方厘米）；", f"1升 = 1000立方厘米，所以容积为 {cm3} ÷ 1000 = {vs}（升）。"]
            forms = [f"{vs}升", f"{vs} L", f"{vs} 升"]
            notes = [f"也可以先把长度换算成分米：{dec(F(L, 10))}×{dec(F(W, 10))}×{dec(F(H, 10))} = {vs}（立方分米），即{vs}升。"]
            wrong = [{"steps": steps[:1], "forms": [f"{cm3}立方厘米"], "tag": "unit"},
                     {"steps": [steps[0], f"{cm3} ÷ 100 = {dec(F(cm3, 100))}（升）。"], "forms": [f"{dec(F(cm3, 100))}升"]}]
            sentence = "容积是{}"
            refs = [f"{vs}升", vs]
    else:
        L, W = rng.randint(12, 95) * 10, rng.randint(12, 95) * 10
        cm2 = L * W
        v = F(cm2, 10000)
        vs = dec(v)
        if lang == "en":
            obj = pick(rng, ["rug", "classroom floor", "garden bed", "poster wall"])
            q = f"A rectangular {obj} is {L} cm long and {W} cm wide. What is its area in square metres?"
            steps = [f"Area = {L} cm × {W} cm = {sep(cm2)} cm².", f"1 m² = 100 cm × 100 cm = 10,000 cm², so the area is {sep(cm2)} / 10,000 = {vs} m²."]
            forms = [f"{vs} m²", f"{vs} m^2", f"{vs} square metres", f"{vs} square meters", f"{vs}\\ \\text{{m}}^2", f"{vs} sq m"]
            notes = [f"Converting first: {L} cm = {dec(F(L, 100))} m and {W} cm = {dec(F(W, 100))} m, and {dec(F(L, 100))} × {dec(F(W, 100))} = {vs}. Same result.",
                     "Area unit ladder for reference:\n\n| unit | in cm² |\n|---|---|\n| 1 cm² | 1 |\n| 1 dm² | 100 |\n| 1 m² | 10,000 |\n\n" +
                     f"So {sep(cm2)} cm² = {dec(F(cm2, 100))} dm² = {vs} m²."]
            wrong = [{"steps": steps[:1], "forms": [f"{sep(cm2)} cm²", f"{sep(cm2)} square centimetres"], "tag": "unit"},
                     {"steps": [steps[0], f"Since 1 m = 100 cm, divide by 100: {dec(F(cm2, 100))} m²."], "forms": [f"{dec(F(cm2, 100))} m²"]}]
            sentence = "the area is {}"
            refs = [f"{vs} m^2", vs, f"{vs}\\text{{ m}}^2"]
        else:
            q = f"一块长方形地毯长{L}厘米，宽{W}厘米，它的面积是多少平方米？"
            steps = [f"面积 = {L}×{W} = {cm2}（平方厘米）；", f"1平方米 = 10000平方厘米，{cm2} ÷ 10000 = {vs}（平方米）。"]
            forms = [f"{vs}平方米", f"{vs} m²", f"{vs}㎡"]
            notes = [f"先换算：{L}厘米 = {dec(F(L, 100))}米，{W}厘米 = {dec(F(W, 100))}米，{dec(F(L, 100))}×{dec(F(W, 100))} = {vs}（平方米）。"]
            wrong = [{"steps": steps[:1], "forms": [f"{cm2}平方厘米"], "tag": "unit"},
                     {"steps": [steps[0], f"{cm2} ÷ 100 = {dec(F(cm2, 100))}（平方米）。"], "forms": [f"{dec(F(cm2, 100))}平方米"]}]
            sentence = "面积是{}"
            refs = [f"{vs}平方米", vs]
    return _d(lang=lang, dataset="gsm8k_like" if lang == "en" else "cmath_like", question=q, refs=refs, steps=steps,
              forms=forms, sentence=sentence, wrong=wrong, verify=notes[:1], notes=notes)
