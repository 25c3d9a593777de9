"""Generated math cases: word-problem families x trap variants. Every number is computed here."""
from fractions import Fraction as F

from common import dec, render

TRAPS = ["gen_correct_plain", "gen_correct_alt_form", "gen_right_then_abandoned",
         "gen_wrong_rejected_then_right", "gen_hedge_right_and_wrong", "gen_stops_before_answer",
         "gen_intermediate_reported", "gen_correct_plain"]
LABEL = {"gen_correct_plain": "Correct", "gen_correct_alt_form": "Correct",
         "gen_wrong_rejected_then_right": "Correct"}


def money(x):
    return dec(float(x), 2)


def shop(rng, zh):
    p, q = rng.randint(35, 180), rng.randint(2, 5)
    d, t = rng.choice([10, 15, 20, 25]), rng.choice([5, 6, 8])
    sub = p * q
    disc = F(sub * (100 - d), 100)
    tot = disc * F(100 + t, 100)
    wrong = F(sub * (100 - d + t), 100)
    if zh:
        q_ = f"某商店一件外套售价{p}元，小王买了{q}件。商店全场打{d}%的折扣，结账时还要在折后价的基础上加收{t}%的服务费。小王一共要付多少元？（结果保留两位小数）"
        steps = [f"原价合计：{p} × {q} = {sub}（元）。",
                 f"打折后：{sub} × (1 − {d}%) = {sub} × {dec((100-d)/100, 2)} = {money(disc)}（元）。",
                 f"加收服务费：{money(disc)} × (1 + {t}%) = {money(disc)} × {dec((100+t)/100, 2)} = {money(tot)}（元）。"]
        return dict(q=q_, steps=steps, ans=money(tot), alt=None, wrong=money(wrong),
                    why_wrong=f"折扣和服务费可以直接相减相加，即按 {100-d+t}% 计算：{sub} × {100-d+t}% = {money(wrong)}",
                    why_not="服务费是在折后价的基础上加收的，不能直接把百分数相加减", inter=money(disc),
                    check=f"估算：{sub} 元打 {d}% 折扣后约为 {money(disc)} 元，再加 {t}% 略有增加，{money(tot)} 元是合理的。")
    q_ = (f"A jacket costs ${p}. Sam buys {q} of them during a sale that takes {d}% off the price, and then a "
          f"{t}% sales tax is applied to the discounted amount. What is the total Sam pays, in dollars, rounded to the nearest cent?")
    steps = [f"Pre-discount subtotal: {q} × ${p} = ${sub}.",
             f"After the {d}% discount: ${sub} × {dec((100-d)/100, 2)} = ${money(disc)}.",
             f"Adding {t}% tax: ${money(disc)} × {dec((100+t)/100, 2)} = ${money(tot)}."]
    return dict(q=q_, steps=steps, ans=money(tot), alt=None, wrong=money(wrong),
                why_wrong=f"the discount and the tax can be combined into one net change of −{d}% + {t}% = −{d-t}%, giving ${sub} × {dec((100-d+t)/100, 2)} = ${money(wrong)}",
                why_not="the tax applies to the already-discounted amount, so the percentages multiply rather than add",
                inter=money(disc),
                check=f"Sanity check: the discount alone brings ${sub} down to ${money(disc)}, and a {t}% tax should add a bit under ${dec(float(disc) * t / 100 + 0.005, 2)}, which matches ${money(tot)}.")


def travel(rng, zh):
    v = rng.choice([40, 48, 60, 72, 80, 90])
    mins = rng.choice([75, 90, 105, 135, 150, 165, 195])
    dist = v * mins // 60
    while dist * 60 != v * mins:
        mins += 15
        dist = v * mins // 60
    rest = rng.choice([15, 20, 25, 35, 40])
    tot = mins + rest
    h, m = divmod(tot, 60)
    if zh:
        q_ = f"一辆汽车以每小时{v}千米的速度行驶了{dist}千米，途中在服务区休息了{rest}分钟。这次行程一共用了多少分钟？"
        steps = [f"行驶时间：{dist} ÷ {v} = {dec(dist / v, 2).rstrip('0').rstrip('.')}（小时）。",
                 f"换算成分钟：{dec(dist / v, 2).rstrip('0').rstrip('.')} × 60 = {mins}（分钟）。",
                 f"加上休息时间：{mins} + {rest} = {tot}（分钟）。"]
        return dict(q=q_, steps=steps, ans=str(tot), alt=f"{tot}分钟（即{h}小时{m}分）",
                    wrong=str(mins), why_wrong=f"休息时车没有行驶，不应该算进行程时间，所以是 {mins} 分钟",
                    why_not="题目问的是整个行程一共用的时间，休息的时间也包含在内", inter=str(mins),
                    check=f"检验：{mins} 分钟行驶 {dist} 千米，相当于每分钟 {dec(v / 60, 2).rstrip('0').rstrip('.')} 千米，即每小时 {v} 千米，正确。")
    q_ = (f"A bus travels {dist} km at a constant {v} km/h and makes one {rest}-minute rest stop on the way. "
          f"How many minutes does the whole trip take?")
    hrs = dec(dist / v, 2).rstrip('0').rstrip('.')
    steps = [f"Driving time: {dist} ÷ {v} = {hrs} hours.",
             f"In minutes: {hrs} × 60 = {mins} minutes.",
             f"Adding the stop: {mins} + {rest} = {tot} minutes."]
    return dict(q=q_, steps=steps, ans=str(tot), alt=f"{tot} min (that is, {h} h {m} min)",
                wrong=str(mins), why_wrong=f"the rest stop isn't travel, so only the driving time of {mins} minutes counts",
                why_not="the question asks for the whole trip, and the stop is part of the trip",
                inter=str(mins),
                check=f"Check: in {mins} minutes at {v} km/h the bus covers {v} × {mins}/60 = {dist} km. ✓")


def work(rng, zh):
    a, b = rng.sample([3, 4, 5, 6, 8, 9, 10, 12, 15], 2)
    t = F(a * b, a + b)
    wrong = F(a + b, 2)
    alt = dec(float(t), 2) if (t * 100).denominator == 1 else None
    if alt is None and t.numerator > t.denominator:
        w, r = divmod(t.numerator, t.denominator)
        alt = (f"{w}又{r}/{t.denominator}" if zh else f"{w} {r}/{t.denominator}") if r else str(w)
    if zh:
        q_ = f"一项工程，甲队单独做需要{a}天完成，乙队单独做需要{b}天完成。两队合作，需要多少天完成？（用分数表示）"
        steps = [f"甲队每天完成工程的 1/{a}，乙队每天完成 1/{b}。",
                 f"合作每天完成：1/{a} + 1/{b} = {F(1, a) + F(1, b)}。",
                 f"合作需要：1 ÷ {F(1, a) + F(1, b)} = {t}（天）。"]
        return dict(q=q_, steps=steps, ans=str(t), alt=alt, wrong=str(wrong),
                    why_wrong=f"取两队时间的平均数：({a} + {b}) ÷ 2 = {wrong}", why_not="合作时工作效率相加，而不是时间取平均",
                    inter=str(F(1, a) + F(1, b)), check=f"检验：{t} 天内甲完成 {t * F(1, a)}，乙完成 {t * F(1, b)}，合计为 1。")
    q_ = (f"Pipe A alone fills a tank in {a} hours and pipe B alone fills it in {b} hours. "
          f"Working together, how many hours do they take to fill the tank? Give an exact answer.")
    r = F(1, a) + F(1, b)
    steps = [f"Rates: A fills 1/{a} of the tank per hour, B fills 1/{b}.",
             f"Combined rate: 1/{a} + 1/{b} = {r} of the tank per hour.",
             f"Time: 1 ÷ ({r}) = {t} hours."]
    return dict(q=q_, steps=steps, ans=str(t), alt=alt, wrong=str(wrong),
                why_wrong=f"the pipes share the work, so the time is the average, ({a} + {b})/2 = {wrong} hours",
                why_not="rates add when pipes work together; averaging the times would make two pipes slower than the faster pipe alone",
                inter=str(r), check=f"Check: in {t} hours A fills {t * F(1, a)} and B fills {t * F(1, b)}, total 1 tank. ✓")


def interest(rng, zh):
    P, r, n = rng.choice([1000, 1500, 2000, 2500, 4000]), rng.choice([3, 4, 5, 6]), rng.choice([2, 3, 4])
    amt = F(P) * F(100 + r, 100) ** n
    ans = round(float(amt))
    wrong = P * (100 + r * n) // 100
    steps = [f"Growth factor per year: 1 + {r}/100 = {dec(1 + r / 100, 2)}.",
             f"After {n} years: {P} × {dec(1 + r / 100, 2)}^{n} = {P} × {dec((1 + r / 100) ** n, 6)} = {dec(float(amt), 4)}.",
             f"Rounded to the nearest dollar: {ans}."]
    q_ = (f"Lena deposits ${P} in an account that pays {r}% interest compounded annually. How much is in the account "
          f"after {n} years, rounded to the nearest dollar?")
    return dict(q=q_, steps=steps, ans=str(ans), alt=f"${ans:,}.00", wrong=str(wrong),
                why_wrong=f"each year adds {r}% of ${P}, i.e. ${P * r // 100}, so after {n} years it's ${wrong}",
                why_not="with compounding, each year's interest is earned on the previous year's balance, not on the original deposit",
                inter=dec(float(amt) - P, 2),
                check=f"Check: simple interest would give ${wrong}; compounding should give slightly more, and {ans} is slightly more. ✓")


def average(rng, zh):
    T = rng.choice([80, 82, 85, 88, 90])
    sc = [rng.randint(T - 9, T + 6) for _ in range(4)]
    need = 5 * T - sum(sc)
    if need > 100 or need < 50:
        sc[0] += need - 90
        need = 5 * T - sum(sc)
    cur = F(sum(sc), 4)
    wrong = round(2 * T - cur)
    wrong = wrong if wrong != need else need + 3
    if zh:
        q_ = f"小红前四次数学测验的成绩分别是{sc[0]}分、{sc[1]}分、{sc[2]}分、{sc[3]}分。要使五次测验的平均分达到{T}分，第五次至少要考多少分？"
        steps = [f"五次总分至少为：{T} × 5 = {5 * T}（分）。",
                 f"前四次总分：{sc[0]} + {sc[1]} + {sc[2]} + {sc[3]} = {sum(sc)}（分）。",
                 f"第五次至少要考：{5 * T} − {sum(sc)} = {need}（分）。"]
        return dict(q=q_, steps=steps, ans=str(need), alt=None, wrong=str(wrong),
                    why_wrong=f"前四次平均分是 {dec(float(cur), 2)} 分，差多少补多少，大约是 {wrong} 分", why_not="应该用总分来计算，而不是用平均分的差来估计",
                    inter=str(sum(sc)), check=f"检验：({sum(sc)} + {need}) ÷ 5 = {F(sum(sc) + need, 5)}，正好是 {T} 分。")
    q_ = (f"Omar's first four test scores are {sc[0]}, {sc[1]}, {sc[2]} and {sc[3]}. What score does he need on the fifth test "
          f"so that his average over all five tests is exactly {T}?")
    steps = [f"Total needed for an average of {T} over 5 tests: 5 × {T} = {5 * T}.",
             f"Current total: {sc[0]} + {sc[1]} + {sc[2]} + {sc[3]} = {sum(sc)}.",
             f"Required fifth score: {5 * T} − {sum(sc)} = {need}."]
    return dict(q=q_, steps=steps, ans=str(need), alt=None, wrong=str(wrong),
                why_wrong=f"his current average is {dec(float(cur), 2)}, so he needs to make up the gap and should aim for about {wrong}",
                why_not="averages have to be handled through totals; adjusting by the gap in the average doesn't give the exact score",
                inter=str(sum(sc)), check=f"Check: ({sum(sc)} + {need}) / 5 = {F(sum(sc) + need, 5)}. ✓")


FAMILIES = [(shop, True), (travel, True), (work, True), (interest, False), (average, True)]


def compose(fam, trap, zh):
    st = "\n\n".join(fam["steps"])
    A, W = fam["ans"], fam["wrong"]
    if zh:
        think_ok = st + "\n\n" + fam["check"] + f"\n\n所以答案是 {A}。"
        sol_ok = "\n".join(fam["steps"]) + f"\n\n**答案：\\(\\boxed{{{A}}}\\)**"
        if trap == "gen_correct_alt_form":
            return think_ok, "\n".join(fam["steps"]) + f"\n\n**答案：{fam['alt']}**"
        if trap == "gen_right_then_abandoned":
            return (st + f"\n\n这样得到 {A}。嗯……不过再想想，也可以认为{fam['why_wrong']}。我觉得这个更符合题意，改成 {W}。",
                    f"按照修正后的思路，{fam['why_wrong']}。\n\n**答案：\\(\\boxed{{{W}}}\\)**")
        if trap == "gen_wrong_rejected_then_right":
            return (f"先试一下：{fam['why_wrong']}。不对，{fam['why_not']}，这个做法是错的，舍去。\n\n重新计算：\n\n" + think_ok, sol_ok)
        if trap == "gen_hedge_right_and_wrong":
            return (st + f"\n\n得到 {A}。不过也可以认为{fam['why_wrong']}，两种理解都说得通。",
                    "\n".join(fam["steps"]) + f"\n\n若按另一种理解，{fam['why_wrong']}。\n\n**答案：{A} 或 {W}**")
        if trap == "gen_stops_before_answer":
            return "\n\n".join(fam["steps"][:-1]) + "\n\n" + fam["steps"][-1].split("=")[0] + "等于多少呢？我先验算一下前面的步骤，" + fam["steps"][0][:12], ""
        if trap == "gen_intermediate_reported":
            return think_ok, "\n".join(fam["steps"][:-1]) + f"\n\n**答案：\\(\\boxed{{{fam['inter']}}}\\)**"
        return think_ok, sol_ok
    think_ok = st + "\n\n" + fam["check"] + f"\n\nSo the answer is {A}."
    sol_ok = "\n".join("- " + s for s in fam["steps"]) + f"\n\n**Final Answer:** \\(\\boxed{{{A}}}\\)"
    if trap == "gen_correct_alt_form":
        return think_ok, "\n".join("- " + s for s in fam["steps"]) + f"\n\n**Final Answer:** {fam['alt']}"
    if trap == "gen_right_then_abandoned":
        return (st + f"\n\nThat gives {A}. Hmm, wait. Thinking about it differently: {fam['why_wrong']}. That seems more in line with what the problem intends, so I'll switch to {W}.",
                f"Reconsidering the setup, {fam['why_wrong']}.\n\n**Final Answer:** \\(\\boxed{{{W}}}\\)")
    if trap == "gen_wrong_rejected_then_right":
        return (f"Quick first attempt: {fam['why_wrong']}. No — {fam['why_not']}. So that first attempt is wrong; scrap it.\n\nRedoing it properly:\n\n" + think_ok,
                sol_ok + f"\n\n(The first estimate of {W} was rejected above.)")
    if trap == "gen_hedge_right_and_wrong":
        return (st + f"\n\nThat's {A}. Though one could also argue that {fam['why_wrong']}. Both readings seem defensible.",
                "\n".join("- " + s for s in fam["steps"]) + f"\n\nUnder the alternative reading, {fam['why_wrong']}.\n\n**Final Answer:** {A} or {W}, depending on interpretation.")
    if trap == "gen_stops_before_answer":
        last = fam["steps"][-1]
        return "\n\n".join(fam["steps"][:-1]) + "\n\n" + last.split("=")[0] + "= ... actually, before I finish this, let me re-verify the previous step, because if that one is off everything after it is off too. Going back to the start:", ""
    if trap == "gen_intermediate_reported":
        return think_ok, "\n".join("- " + s for s in fam["steps"][:-1]) + f"\n\n**Final Answer:** \\(\\boxed{{{fam['inter']}}}\\)"
    return think_ok, sol_ok


def steps_md(fam, zh, upto=None):
    st = fam["steps"][:upto] if upto else fam["steps"]
    h = "### 第{}步\n" if zh else "### Step {}\n"
    return "\n\n".join(h.format(k + 1) + s for k, s in enumerate(st))


def generate(rng, n_en=62, n_zh=6):
    out = []
    for i in range(n_en + n_zh):
        zh = i >= n_en
        fams = [f for f, z in FAMILIES if z or not zh]
        fam_fn = fams[(i + i // len(TRAPS)) % len(fams)]
        fam = fam_fn(rng, zh)
        trap = TRAPS[i % len(TRAPS)]
        if trap == "gen_correct_alt_form" and not fam["alt"]:
            trap = "gen_correct_plain"
        if fam["inter"] == fam["ans"] and trap == "gen_intermediate_reported":
            trap = "gen_hedge_right_and_wrong"
        think, sol = compose(fam, trap, zh)
        style = "r1" if (trap == "gen_stops_before_answer" or rng.random() < 0.6) else rng.choice(["gpt4o", "qwen", "deepseek"] + ([] if zh else ["claude", "llama"]))
        if style != "r1":
            recap = ("**检验**：" if zh else "**Verification.** ") + fam["check"]
            final = [x for x in sol.split("\n\n") if "Final Answer" in x or "答案" in x][-1]
            if trap in ("gen_right_then_abandoned", "gen_hedge_right_and_wrong"):
                think, sol = steps_md(fam, zh) + "\n\n" + recap, "\n\n".join(sol.split("\n\n")[-2:]) if trap == "gen_hedge_right_and_wrong" else compose(fam, trap, zh)[0].split("\n\n")[-1] + "\n\n" + final
            elif trap == "gen_wrong_rejected_then_right":
                think, sol = compose(fam, trap, zh)[0].split("\n\n")[0], steps_md(fam, zh) + "\n\n" + recap + "\n\n" + final
            elif trap == "gen_intermediate_reported":
                think, sol = steps_md(fam, zh, -1), final
            else:
                think, sol = steps_md(fam, zh) + "\n\n" + recap, final
        ds = "cmath_like" if zh else ("math_like" if fam_fn in (work, interest) else "gsm8k_like")
        case = {"trap": trap, "dataset": ds, "key_answer_type": "math", "lang": "zh" if zh else "en",
                "label": LABEL.get(trap, "Incorrect"), "style": style, "question": fam["q"],
                "correct_answer": fam["ans"], "think": think, "sol": sol}
        case["llm_output"] = render(case, rng)
        out.append(case)
    return out
