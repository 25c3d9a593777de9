"""Math cases, part 1: worked-solution refs, unbalanced LaTeX, equation refs, units."""
from fractions import Fraction
from common import pad, make, frac_tex, dec_str, EN_NAMES, ZH_NAMES, commas


def worked_change(rng, ok, lang):
    p = rng.choice([3, 4, 6, 7, 8, 9, 12])
    n = rng.randint(3, 9)
    extra = rng.randint(2, 5)
    bill = ((n * p + extra * p) // 10 + 1) * 10
    # buys n pens at p and a notebook costing extra*p
    nb = extra * p
    spent = n * p + nb
    ans = bill - spent
    got = ans if ok else ans + p  # near miss: counts one pen fewer
    cnt = n if ok else n - 1
    if lang == "en":
        who = rng.choice(EN_NAMES)
        q = (f"{who} buys {n} pens at ${p} each and a notebook that costs ${nb}. {who} pays with a ${bill} "
             f"bill. How much change, in dollars, does {who} receive?")
        style = rng.choice(["hash", "boxed", "stated"])
        ref = (f"The pens cost {n} \\times {p} = {n * p} dollars. Together with the notebook, the total is "
               f"{n * p} + {nb} = {spent} dollars. The change is {bill} - {spent} = {ans} dollars.")
        ref += {"hash": f"\n#### {ans}", "boxed": f" Therefore the answer is \\boxed{{{ans}}}.",
                "stated": f" So {who} receives {ans} dollars in change."}[style]
        body = (f"Let me work out the total cost first.\n\nThe pens: {who} buys {n} pens at ${p} each, so the "
                f"pens cost {cnt} × {p} = {cnt * p} dollars." + ("" if ok else " (counting the pens listed)") +
                f"\n\nThe notebook costs ${nb}. So the total spent is {cnt * p} + {nb} = {cnt * p + nb} dollars."
                f"\n\nThe bill is ${bill}, so the change is {bill} - {cnt * p + nb} = {got} dollars.")
        final = rng.choice([f"**Answer:** ${got}", f"So the change is {got} dollars.",
                            f"Final answer: {got}"])
        return make("gsm8k_like", "math", q, pad(rng, lang, body, final), ref, ok, lang,
                    f"worked_solution_ref_{style}")
    who = rng.choice(ZH_NAMES)
    q = f"{who}买了{n}支笔，每支{p}元，又买了一本{nb}元的笔记本。{who}付了{bill}元，应找回多少元？"
    ref = (f"笔的总价为 {n}×{p}={n * p} 元，加上笔记本共 {n * p}+{nb}={spent} 元，"
           f"应找回 {bill}-{spent}={ans} 元。答案：{ans}元")
    body = (f"先算总花费。\n\n笔：{cnt}×{p}={cnt * p} 元。\n\n笔记本 {nb} 元，合计 {cnt * p}+{nb}={cnt * p + nb} 元。"
            f"\n\n付了 {bill} 元，所以找回 {bill}-{cnt * p + nb}={got} 元。")
    final = rng.choice([f"**答案：{got}元**", f"最终答案：{got}", f"所以应找回 {got} 元。"])
    return make("gsm8k_like", "math", q, pad(rng, lang, body, final), ref, ok, lang,
                "worked_solution_ref_zh")


def worked_prob(rng, ok, lang):
    while True:
        r, b = rng.randint(2, 9), rng.randint(2, 9)
        f = Fraction(r, r + b)
        if f.denominator > 2 and dec_str(f) and r != b:
            break
    wrong = Fraction(r, b) if Fraction(r, b) != f else Fraction(r + 1, r + b)
    got = f if ok else wrong
    form = rng.choice(["dec", "slash", "dfrac"])
    if form == "dec" and dec_str(got):
        shown = dec_str(got)
    else:
        form = "slash" if form == "dec" else form
        shown = frac_tex(got, "slash" if form == "slash" else "dfrac")
    ref = (f"There are {r} + {b} = {r + b} marbles in total, of which {r} are red. The probability is "
           f"$\\frac{{{r}}}{{{r + b}}}$, which simplifies to $\\boxed{{{frac_tex(f)}}}$.")
    if lang == "en":
        q = (f"A bag contains {r} red marbles and {b} blue marbles. One marble is drawn at random. What is the "
             f"probability that it is red? Express your answer as a common fraction.")
        if ok:
            body = (f"Total marbles: {r} + {b} = {r + b}. Favourable outcomes: {r} red marbles.\n\n"
                    f"P(red) = {r}/{r + b}, which reduces to {frac_tex(f, 'slash')}.")
        else:
            body = (f"We compare red marbles with the others. Red: {r}. Non-red (blue): {b}.\n\n"
                    f"So the probability is red over blue = {r}/{b}"
                    + ("" if wrong == Fraction(r, b) else f", adjusting gives {frac_tex(wrong, 'slash')}") + ".")
        final = f"The probability is ${shown}$." if form != "dec" else f"The probability is {shown}."
    else:
        q = f"袋子里有{r}个红球和{b}个蓝球，随机摸出一个球，摸到红球的概率是多少？用分数表示。"
        if ok:
            body = f"总球数：{r}+{b}={r + b}。红球 {r} 个。\n\n所以概率为 {r}/{r + b}，约分后为 {frac_tex(f, 'slash')}。"
        else:
            body = f"红球 {r} 个，蓝球 {b} 个。\n\n概率 = 红球数 / 蓝球数 = {r}/{b}" + (
                "" if wrong == Fraction(r, b) else f"，修正后为 {frac_tex(wrong, 'slash')}") + "。"
        final = f"答案：${shown}$" if form != "dec" else f"答案：{shown}"
    return make("math_like", "math", q, pad(rng, lang, body, final), ref, ok, lang,
                f"boxed_solution_ref_vs_{form}")


def sci_unbalanced(rng, ok, lang):
    while True:
        m = rng.randint(101, 989)
        if m % 10:
            break
    s = rng.choice([2, 4, 5, 8])
    t = rng.choice([2, 3, 4])
    k = 10 ** t // s
    c = m * s
    total = c * k  # = m * 10**t
    exp = t + 2
    mant = f"{m // 100}.{m % 100:02d}"
    ref = rng.choice([f"${mant} \\times 10^{exp}", f"{mant} \\times 10^{{{exp}}}$",
                      f"\\({mant}\\times10^{exp}", f"$${mant} \\times 10^{{{exp}}}"])
    if ok:
        got_m, got_e = m, exp
    else:
        sw = int(str(m)[0] + str(m)[2] + str(m)[1])
        got_m, got_e = (sw, exp) if sw != m and sw % 10 else (m, exp - 1)
    got_total = got_m * 10 ** (got_e - 2)
    gm = f"{got_m // 100}.{got_m % 100:02d}"
    shown = rng.choice([commas(got_total), str(got_total), f"${gm} \\times 10^{{{got_e}}}$",
                        f"{gm} × 10^{got_e}"])
    if lang == "en":
        q = (f"A warehouse stores {c} crates, and each crate holds {k} bolts. How many bolts are stored in "
             f"total? Give the answer in scientific notation.")
        body = (f"Total bolts = crates × bolts per crate = {c} × {k}.\n\nComputing: {c} × {k} = "
                f"{commas(got_total)}." + ("" if ok else " (carrying the digits as I read them)") +
                f"\n\nIn scientific notation this is {gm} × 10^{got_e}.")
        final = f"**Final answer:** {shown}"
    else:
        q = f"一个仓库存放了{c}箱螺栓，每箱{k}个。仓库里共有多少个螺栓？用科学记数法表示。"
        body = (f"总数 = 箱数 × 每箱个数 = {c} × {k}。\n\n计算得 {c} × {k} = {commas(got_total)}。"
                f"\n\n用科学记数法表示为 {gm} × 10^{got_e}。")
        final = f"**最终答案：** {shown}"
    return make("math_like", "math", q, pad(rng, lang, body, final), ref, ok, lang, "unbalanced_latex_ref")


def equation_ref(rng, ok, lang):
    while True:
        a, c = rng.randint(2, 9), rng.randint(2, 9)
        b, d = rng.randint(-9, 9), rng.randint(-9, 9)
        if a != c and b != d:
            x = Fraction(d - b, a - c)
            if x.denominator > 1:
                break
    var = rng.choice(["x", "y", "t"])
    q_en = f"Solve for ${var}$: ${a}{var} {'+' if b >= 0 else '-'} {abs(b)} = {c}{var} {'+' if d >= 0 else '-'} {abs(d)}$."
    ref = rng.choice([f"{var}={frac_tex(x)}", f"{var} = {frac_tex(x, 'dfrac')}", f"${var}={frac_tex(x)}$"])
    if ok:
        got = x
    else:
        opts = [-x, Fraction(x.numerator + 1, x.denominator), 1 / x]
        got = rng.choice([o for o in opts if o != x])
    forms = [frac_tex(got, "slash"), f"${frac_tex(got, 'dfrac')}$"]
    if dec_str(got):
        forms.append(dec_str(got))
    shown = rng.choice(forms)
    num, den = d - b, a - c
    if lang == "en":
        body = (f"Collect the {var}-terms on the left and constants on the right.\n\n{a}{var} - {c}{var} = {d} - ({b})"
                f"\n\n{den}{var} = {num}\n\nSo {var} = {num}/{den}"
                + (f", which in lowest terms is {frac_tex(got, 'slash')}." if ok else
                   f". Simplifying (and checking the sign), {var} = {frac_tex(got, 'slash')}."))
        final = rng.choice([f"The solution is {shown}.", f"Answer: {shown}", f"**{shown}**"])
        q = q_en
    else:
        q = "解方程：" + q_en.split(": ", 1)[1]
        body = (f"把含 {var} 的项移到左边，常数移到右边。\n\n{a}{var} - {c}{var} = {d} - ({b})\n\n{den}{var} = {num}"
                f"\n\n所以 {var} = {num}/{den}，化简得 {frac_tex(got, 'slash')}。")
        final = f"答案：{shown}"
    return make("math_like", "math", q, pad(rng, lang, body, final), ref, ok, lang, "equation_ref_bare_value")


UNIT_TASKS = [
    ("speed", "km/h", "kilometres per hour"),
    ("length", "m", "metres"),
    ("time", "hours", "hours"),
]


def units(rng, ok, lang):
    kind = rng.choice(["speed", "rope", "time"])
    mode = rng.choice(["ref_units", "out_units", "convert"])
    if kind == "speed":
        v = rng.randint(9, 24) * 5
        h = rng.choice([2, 3, 4, 5])
        dist = v * h
        wrong = v - 5
        if lang == "en":
            q = f"A bus travels {dist} km in {h} hours at a constant speed. What is its speed?"
        else:
            q = f"一辆公交车以恒定速度在{h}小时内行驶了{dist}千米，它的速度是多少？"
        val, w = v, wrong
        u_ref, u_out = ("km/h", "km/h") if lang == "en" else ("千米/时", "千米/小时")
        conv = (f"{v * 1000 // 60 if v * 1000 % 60 == 0 else None}", "m/min")
        calc = f"{dist} ÷ {h} = {v if ok else wrong}"
        if v * 1000 % 60:
            mode = "ref_units" if mode == "convert" else mode
    elif kind == "rope":
        cm = rng.randint(11, 39) * 10
        pieces = rng.choice([3, 4, 6])
        total = cm * pieces
        if lang == "en":
            q = f"A rope {total} cm long is cut into {pieces} equal pieces. How long is each piece, in metres?"
        else:
            q = f"一根长{total}厘米的绳子被剪成{pieces}段同样长的绳子，每段长多少米？"
        val, w = Fraction(cm, 100), Fraction(cm - 10, 100)
        u_ref, u_out = ("m", "m") if lang == "en" else ("米", "米")
        conv = (str(cm), "cm" if lang == "en" else "厘米")
        calc = f"{total} ÷ {pieces} = {cm if ok else cm - 10} cm"
    else:
        mins = rng.choice([30, 45, 90, 150, 75, 105])
        laps = rng.choice([2, 3, 5])
        per = mins * laps
        if lang == "en":
            q = f"Each lap of a course takes {mins} minutes. How many hours do {laps} laps take?"
        else:
            q = f"跑完一圈需要{mins}分钟，跑{laps}圈需要多少小时？"
        val, w = Fraction(per, 60), Fraction(per - 15, 60)
        u_ref, u_out = ("hours", "hours") if lang == "en" else ("小时", "小时")
        conv = (str(per), "minutes" if lang == "en" else "分钟")
        calc = f"{mins} × {laps} = {per if ok else per - 15} minutes"
    got = val if ok else w
    vs = dec_str(val)
    gs = dec_str(got)
    if mode == "ref_units":
        ref, shown, tag = f"{vs} {u_ref}", gs, "ref_with_units_out_bare"
    elif mode == "out_units":
        ref, shown, tag = vs, f"{gs} {u_out}", "ref_bare_out_with_units"
    else:
        ref, tag = f"{vs} {u_ref}", "ref_units_out_converted_units"
        if kind == "speed":
            ref, shown = f"{vs} {u_ref}", f"{got * 1000 // 60} m/min" if lang == "en" else f"{got * 1000 // 60} 米/分"
            if (got * 1000) % 60:
                shown, tag = gs, "ref_with_units_out_bare"
        elif kind == "rope":
            shown = f"{got * 100} {conv[1]}"
        else:
            shown = f"{got * 60} {conv[1]}"
    if lang == "en":
        body = (f"Let me set this up.\n\nThe relevant computation is {calc}.\n\nConverting to the requested unit "
                f"where needed, the value is {gs}.")
        final = f"**Answer: {shown}**"
    else:
        body = f"列式计算：{calc}。\n\n换算成题目要求的单位，结果是 {gs}。"
        final = f"**答案：{shown}**"
    return make("gsm8k_like", "math", q, pad(rng, lang, body, final), ref, ok, lang, tag)


FAMILIES = [(worked_change, 20, 4), (worked_prob, 18, 2), (sci_unbalanced, 18, 4),
            (equation_ref, 20, 2), (units, 22, 3)]


def build(rng):
    out = []
    for fn, n, nzh in FAMILIES:
        for i in range(n):
            out.append(fn(rng, i % 2 == 0, "zh" if i < nzh else "en"))
    return out
