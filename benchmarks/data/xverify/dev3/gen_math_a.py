"""Math problem families, part A: shopping, travel time, dice, quadratics,
linear systems, inequalities (polygon angles and combinations are in part D).

Each family returns a dict: lang, dataset, question, refs, steps, forms,
sentence, wrong (list of {steps, forms, tag}), verify, explore, restate.
All answers are computed here with exact (integer / Fraction) arithmetic.
"""
from fractions import Fraction as F
from math import comb, perm
from gen_common import pick, frac, dec, money, sep, words_en, int_zh

NAMES_EN = ["Maya", "Liam", "Priya", "Tomás", "Aisha", "Kenji", "Olivia", "Mateo", "Zoe", "Ibrahim"]
NAMES_ZH = ["小明", "小红", "李华", "王芳", "张伟", "陈静", "刘洋"]


def shop(rng, lang):
    if lang == "en":
        items = [("notebook", "notebooks", 150, 600), ("pen", "pens", 80, 300), ("chair", "chairs", 2500, 12000),
                 ("desk lamp", "desk lamps", 1500, 4500), ("laptop", "laptops", 35000, 90000),
                 ("textbook", "textbooks", 1800, 7500), ("water bottle", "water bottles", 400, 1500)]
    else:
        items = [("本", "笔记本", 150, 600), ("支", "钢笔", 80, 300), ("把", "椅子", 2500, 12000),
                 ("台", "台灯", 1500, 4500), ("个", "书包", 3000, 9000), ("盒", "彩笔", 500, 2000)]
    while True:
        i1, i2 = rng.sample(range(len(items)), 2)
        a, b = items[i1], items[i2]
        p1 = rng.randrange(a[2] // 5, a[3] // 5) * 5
        p2 = rng.randrange(b[2] // 5, b[3] // 5) * 5
        n1, n2 = rng.randint(2, 12), rng.randint(2, 15)
        d = pick(rng, [10, 15, 20, 25, 30, 50])
        c1, c2 = n1 * p1, n2 * p2
        tot = c1 + c2
        if tot * (100 - d) % 100 or c1 * (100 - d) % 100:
            continue
        pay, disc, wpay = tot * (100 - d) // 100, tot * d // 100, c1 * (100 - d) // 100 + c2
        break
    name = pick(rng, NAMES_EN if lang == "en" else NAMES_ZH)
    f = F(100 - d, 100)
    u1, u2 = F(p1, 100) * f, F(p2, 100) * f
    if lang == "en":
        notes = [f"Another way: discount each item first. One {a[0]} becomes {dec(F(p1, 100))} × {dec(f)} = {dec(u1)} dollars and one {b[0]} becomes "
                 f"{dec(F(p2, 100))} × {dec(f)} = {dec(u2)} dollars. Then {n1} × {dec(u1)} + {n2} × {dec(u2)} = {dec(n1 * u1)} + {dec(n2 * u2)} = {dec(F(pay, 100))} dollars, the same as before.",
                 f"Order-of-magnitude check: the list total is about {round(tot / 100)} dollars, and keeping {100 - d}% of it should give roughly {round(tot * (100 - d) / 10000)} dollars. That matches."]
    else:
        notes = [f"也可以先算单价：每{a[0]}{a[1]}打折后 {dec(F(p1, 100))}×{dec(f)}={dec(u1)}元，每{b[0]}{b[1]}打折后 {dec(F(p2, 100))}×{dec(f)}={dec(u2)}元，"
                 f"合计 {n1}×{dec(u1)}+{n2}×{dec(u2)}={dec(F(pay, 100))}元，结果一样。", f"估算：原价约{round(tot / 100)}元，打折后约{round(tot * (100 - d) / 10000)}元，量级正确。"]
    if lang == "en":
        m = lambda c: money(c, "us_short" if c % 100 == 0 else "us")
        q = pick(rng, ["{N} buys {n1} {a} at {p1} each and {n2} {b} at {p2} each. The store gives a {d}% discount on the whole purchase. How much does {N} pay?",
                       "At a sale, every item is {d}% off. {N} picks up {n1} {a} (regular price {p1} each) and {n2} {b} (regular price {p2} each). What is the total amount {N} pays?",
                       "A school orders {n1} {a} priced at {p1} apiece and {n2} {b} priced at {p2} apiece. The supplier takes {d}% off the total bill. How much does the school pay, in dollars?"])
        q = q.format(N=name, n1=n1, n2=n2, a=a[1], b=b[1], p1=m(p1), p2=m(p2), d=d)
        steps = [f"Cost of the {a[1]}: {n1} × {m(p1)} = {m(c1)}.", f"Cost of the {b[1]}: {n2} × {m(p2)} = {m(c2)}.",
                 f"Total before the discount: {m(c1)} + {m(c2)} = {m(tot)}."]
        last = pick(rng, [[f"The discount is {d}% of {m(tot)}, i.e. {m(tot)} × {d}/100 = {m(disc)}.",
                           f"Amount paid: {m(tot)} − {m(disc)} = {m(pay)}."],
                          [f"Paying {100 - d}% of the price means multiplying by {dec(F(100 - d, 100))}: {m(tot)} × {dec(F(100 - d, 100))} = {m(pay)}."]])
        steps += last
        forms = [money(pay, s) for s in ["us", "us_short", "bare", "words", "usd", "dollars"]]
        if pay >= 100000:
            forms += [money(pay, "eu"), money(pay, "fr")]
        sentence = f"{name} pays {{}}"
        wrong = [{"steps": steps[:3] + [f"So {name} pays {m(tot)}."], "forms": [money(tot, "us"), money(tot, "bare")]},
                 {"steps": steps[:2] + [f"The {d}% discount applies to the {a[1]}: {m(c1)} × {dec(F(100 - d, 100))} = {m(c1 * (100 - d) // 100)}.",
                                        f"Adding the {b[1]}: {m(c1 * (100 - d) // 100)} + {m(c2)} = {m(wpay)}."],
                  "forms": [money(wpay, "us"), money(wpay, "bare")]},
                 {"steps": steps[:3] + [f"The discount is {d}% of {m(tot)} = {m(disc)}.", f"So the answer is {m(disc)}."],
                  "forms": [money(disc, "us"), money(disc, "us_short")]}]
        verify = [f"Check: {m(pay)} + {m(disc)} = {m(tot)}, the undiscounted total, and {m(pay)} / {m(tot)} = {dec(F(100 - d, 100))} = {100 - d}%. ✓"]
        notes.append("Laid out as a receipt:\n\n| Item | Qty | Unit price | Line total |\n|---|---|---|---|\n" +
                     f"| {a[1].capitalize()} | {n1} | {m(p1)} | {m(c1)} |\n| {b[1].capitalize()} | {n2} | {m(p2)} | {m(c2)} |\n"
                     f"| Subtotal | | | {m(tot)} |\n| Discount ({d}%) | | | −{m(disc)} |\n| **Total due** | | | **{m(pay)}** |")
        explore = [f"The question says the {d}% discount is on the whole purchase. Because a percentage discount distributes over a sum, it does not matter whether I discount each item first or the total; I'll discount the total to keep the arithmetic simple."]
        gsm = f"The {a[1]} cost {n1}*{dec(F(p1, 100))}=<<{n1}*{dec(F(p1, 100))}={dec(F(c1, 100))}>>{dec(F(c1, 100))} dollars.\nThe {b[1]} cost {n2}*{dec(F(p2, 100))}=<<{n2}*{dec(F(p2, 100))}={dec(F(c2, 100))}>>{dec(F(c2, 100))} dollars.\nTogether that is {dec(F(c1, 100))}+{dec(F(c2, 100))}=<<{dec(F(c1, 100))}+{dec(F(c2, 100))}={dec(F(tot, 100))}>>{dec(F(tot, 100))} dollars.\nAfter the discount {name} pays {dec(F(tot, 100))}*{dec(F(100 - d, 100))}=<<{dec(F(tot, 100))}*{dec(F(100 - d, 100))}={dec(F(pay, 100))}>>{dec(F(pay, 100))} dollars.\n#### {dec(F(pay, 100))}"
        refs = [money(pay, "bare"), money(pay, "us"), f"{name} pays {money(pay, 'us')}.", gsm]
    else:
        m = lambda c: money(c, "yuan")
        q = pick(rng, ["{N}买了{n1}{ua}{a}，每{ua}{p1}；又买了{n2}{ub}{b}，每{ub}{p2}。商店对全部商品打{z}折（即优惠{d}%）。{N}一共要付多少钱？",
                       "商场促销，所有商品一律优惠{d}%。{N}选了{n1}{ua}{a}（原价每{ua}{p1}）和{n2}{ub}{b}（原价每{ub}{p2}）。{N}实际应付多少元？"])
        z = dec(F(100 - d, 10))
        q = q.format(N=name, n1=n1, n2=n2, ua=a[0], ub=b[0], a=a[1], b=b[1], p1=m(p1), p2=m(p2), d=d, z=z)
        steps = [f"{a[1]}的费用：{n1}×{m(p1)}={m(c1)}；", f"{b[1]}的费用：{n2}×{m(p2)}={m(c2)}；",
                 f"原价合计：{m(c1)}+{m(c2)}={m(tot)}；", f"优惠{d}%后应付：{m(tot)}×{dec(F(100 - d, 100))}={m(pay)}。"]
        forms = [money(pay, s) for s in ["yuan", "yuan_sym", "yuan_jiao", "rmb", "bare"]]
        sentence = f"{name}一共要付{{}}"
        wrong = [{"steps": steps[:3] + ["所以一共要付" + m(tot) + "。"], "forms": [m(tot)]},
                 {"steps": steps[:2] + [f"只有{a[1]}打折：{m(c1)}×{dec(F(100 - d, 100))}={m(c1 * (100 - d) // 100)}；",
                                        f"再加上{b[1]}：{m(c1 * (100 - d) // 100)}+{m(c2)}={m(wpay)}。"], "forms": [m(wpay), money(wpay, "yuan_sym")]},
                 {"steps": steps[:3] + [f"优惠金额为{m(tot)}×{d}%={m(disc)}。"], "forms": [m(disc)]}]
        verify = [f"检验：{m(pay)}+{m(disc)}={m(tot)}，与原价合计一致。"]
        explore = [f"打{z}折就是按原价的{100 - d}%付款，对总价打折和对每件商品分别打折结果相同。"]
        refs = [money(pay, "bare"), m(pay), f"{name}一共要付{m(pay)}。", "".join(steps) + f"\n答：{m(pay)}"]
    return dict(lang=lang, dataset="gsm8k_like" if lang == "en" else "cmath_like", question=q, refs=refs, steps=steps,
                forms=forms, sentence=sentence, wrong=wrong, verify=verify, explore=explore, notes=notes,
                restate=("We need the amount actually paid after the discount." if lang == "en" else "要求的是打折后实际付的钱。"))


def travel(rng, lang):
    v = pick(rng, [40, 45, 48, 50, 60, 72, 75, 80, 90, 96, 100, 120])
    while True:
        mins = rng.randint(20, 200)
        if v * mins % 60 == 0:
            break
    d = v * mins // 60
    s = pick(rng, [0, 0, 10, 15, 20, 25, 30, 45])
    T = mins + s
    hrs = F(d, v)
    per = F(v, 60)
    if lang == "en":
        notes = [f"Equivalently, {v} km/h is {frac(per, 'slash')} km per minute" + (f" (= {dec(per)} km/min)" if dec(per) else "") +
                 f", so {d} km takes {d} ÷ {frac(per, 'slash')} = {mins} minutes of driving.",
                 f"Quick estimate: {v} km/h for one hour gives {v} km; {d} km is {frac(hrs, 'slash')} of that, i.e. {'more' if d > v else 'less'} than an hour, consistent with {mins} minutes."]
    else:
        notes = [f"也可以这样想：每分钟行驶 {v}÷60 = {frac(per, 'slash')} 千米，{d} ÷ {frac(per, 'slash')} = {mins} 分钟。"]
    if lang == "en":
        veh = pick(rng, ["train", "bus", "delivery van", "cyclist on an e-bike", "ferry"])
        q = pick(rng, [f"A {veh} covers {d} km at an average moving speed of {v} km/h" + (f", and it also makes one stop of {s} minutes" if s else "") + ". How many minutes does the whole trip take?",
                       f"A {veh} travels {d} kilometres at a constant {v} km/h." + (f" It also stops once for {s} minutes." if s else "") + " How long does the trip take, in minutes?"])
        hs = frac(hrs, "slash")
        steps = [f"Moving time = distance ÷ speed = {d} ÷ {v} = {hs} h" + (f" = {dec(hrs)} h." if dec(hrs) and hrs.denominator > 1 else "."),
                 f"In minutes: {hs} × 60 = {mins} minutes."]
        if s:
            steps.append(f"Adding the {s}-minute stop: {mins} + {s} = {T} minutes.")
        forms = [f"{T} minutes", f"{T} min", str(T), words_en(T) + " minutes", f"{T} mins"]
        if T >= 60:
            forms.append(f"{T} minutes ({T // 60} h {T % 60} min)")
        sentence = "the trip takes {}"
        Th = F(T, 60)
        hform = (dec(Th) + " hours") if dec(Th) else (frac(Th, "mixed") + " hours")
        wrong = [{"steps": [steps[0]] + ([f"Plus the stop: {hs} h + {s}/60 h = {frac(Th, 'slash')} h."] if s else []), "forms": [hform], "tag": "unit"}]
        if s:
            wrong.append({"steps": steps[:2], "forms": [f"{mins} minutes", str(mins)]})
        w100 = hrs * 100 + s
        if dec(w100):
            wrong.append({"steps": [steps[0], f"Converting: {hs} h × 100 = {dec(hrs * 100)} minutes."] + ([f"With the stop: {dec(w100)} minutes."] if s else []),
                          "forms": [f"{dec(w100)} minutes", dec(w100)]})
        verify = [f"Check: at {v} km/h the {veh} covers {v}/60 km per minute, and {mins} × {v}/60 = {d} km. ✓"]
        cps = [F(mins * j, 4) for j in range(5)]
        notes.append("Progress while moving (distance = speed × time):\n\n| Minutes driven | Distance covered |\n|---|---|\n" +
                     "\n".join(f"| {frac(t, 'mixed')} | {frac(per * t, 'mixed')} km |" for t in cps) +
                     (f"\n\nThe {s}-minute stop adds time but no distance." if s else ""))
        refs = [str(T), f"{T} minutes", f"The trip takes {T} minutes.", f"{d}/{v} = {hs} hours = {mins} minutes" + (f"; plus {s} = {T} minutes." if s else ".")]
        ds = "gsm8k_like"
    else:
        veh = pick(rng, ["一列火车", "一辆公交车", "一辆货车", "一艘渡轮"])
        q = f"{veh}以每小时{v}千米的速度行驶了{d}千米" + (f"，途中停靠了{s}分钟" if s else "") + "。整个行程一共用了多少分钟？"
        hs = frac(hrs, "slash")
        steps = [f"行驶时间 = {d} ÷ {v} = {hs}（小时）；", f"换算成分钟：{hs} × 60 = {mins}（分钟）；"]
        if s:
            steps.append(f"再加上停靠的{s}分钟：{mins} + {s} = {T}（分钟）。")
        forms = [f"{T}分钟", f"{T} 分钟", int_zh(T) + "分钟", str(T)]
        sentence = "整个行程一共用了{}"
        Th = F(T, 60)
        hform = (dec(Th) + "小时") if dec(Th) else (frac(Th, "slash") + "小时")
        wrong = [{"steps": [steps[0]] + ([f"加上停靠时间，共{frac(Th, 'slash')}小时。"] if s else []), "forms": [hform], "tag": "unit"}]
        if s:
            wrong.append({"steps": steps[:2], "forms": [f"{mins}分钟"]})
        else:
            wrong.append({"steps": [steps[0], f"换算：{hs} × 100 = {frac(hrs * 100, 'slash')}（分钟）。"], "forms": [frac(hrs * 100, "slash") + "分钟"]})
        verify = [f"验算：{v} × {hs} = {d}（千米），正确。"]
        refs = [str(T), f"{T}分钟", f"一共用了{T}分钟。"]
        ds = "cmath_like"
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=wrong, verify=verify, explore=[], notes=notes, restate="")


DICE_EVENTS = [
    ("sum_eq", "the sum of the two numbers is {k}", "两个点数之和等于{k}", lambda a, b, k: a + b == k, [4, 5, 6, 8, 9, 10]),
    ("sum_ge", "the sum is at least {k}", "点数之和不小于{k}", lambda a, b, k: a + b >= k, [8, 9, 10, 11]),
    ("prime", "the sum is a prime number", "点数之和是质数", lambda a, b, k: a + b in (2, 3, 5, 7, 11), [0]),
    ("six", "at least one die shows a 6", "至少有一个骰子是6点", lambda a, b, k: a == 6 or b == 6, [0]),
    ("diff", "the two numbers differ by at least {k}", "两个点数之差的绝对值至少为{k}", lambda a, b, k: abs(a - b) >= k, [2, 3, 4]),
    ("prod_even", "the product of the two numbers is even", "两个点数之积为偶数", lambda a, b, k: a * b % 2 == 0, [0]),
]


def dice(rng, lang):
    key, en, zh, pred, ks = pick(rng, DICE_EVENTS)
    k = pick(rng, ks)
    fav = [(a, b) for a in range(1, 7) for b in range(1, 7) if pred(a, b, k)]
    c = len(fav)
    p = F(c, 36)
    unord = [(a, b) for a in range(1, 7) for b in range(a, 7) if pred(a, b, k)]
    pu = F(len(unord), 21)
    lst = ", ".join(f"({a},{b})" for a, b in fav)
    rows = [[b for b in range(1, 7) if pred(a, b, k)] for a in range(1, 7)]
    if lang == "en":
        notes = ["Counting by the value of the first die:\n" + "\n".join(
            f"- first die {a}: second die ∈ {{{', '.join(map(str, r))}}} → {len(r)}" if r else f"- first die {a}: nothing works → 0"
            for a, r in zip(range(1, 7), rows)) + f"\n\nTotal: {' + '.join(str(len(r)) for r in rows)} = {c}."]
    else:
        notes = ["按第一枚骰子的点数分类计数：\n" + "\n".join(f"第一枚为{a}时，有{len(r)}种" for a, r in zip(range(1, 7), rows)) +
                 f"\n合计 {'+'.join(str(len(r)) for r in rows)} = {c}。"]
    forms = [frac(p, "latex"), frac(p, "slash"), frac(p, "dfrac")]
    if p.denominator != 36:
        forms.append(f"{c}/36")
    if dec(p):
        forms += [dec(p), dec(p * 100) + "%"]
    if p.numerator == 1:
        forms.append(f"1 in {p.denominator}")
    wrong = [{"steps": None, "forms": [frac(pu, "slash"), frac(pu, "latex")], "kind": "unord"},
             {"steps": None, "forms": [frac(1 - p, "slash"), frac(1 - p, "latex")], "kind": "comp"}]
    if lang == "en":
        q = pick(rng, ["Two fair six-sided dice are rolled. What is the probability that {e}? Express your answer as a common fraction.",
                       "We roll a pair of standard dice. Find the probability that {e}.",
                       "Two fair dice, one red and one blue, are thrown. What is the probability that {e}?"]).format(e=en.format(k=k))
        steps = ["There are 6 × 6 = 36 equally likely ordered outcomes (red, blue).",
                 f"The favourable outcomes are: {lst}.", f"That is {c} outcomes.",
                 f"So the probability is {c}/36" + (f" = {frac(p, 'slash')}." if p.denominator != 36 else ".")]
        wrong[0]["steps"] = ["If we ignore order, a pair of dice has 21 distinct results (15 with different numbers plus 6 doubles).",
                             "The favourable unordered results are: " + ", ".join(f"{{{a},{b}}}" for a, b in unord) + ".",
                             f"So the probability is {len(unord)}/21 = {frac(pu, 'slash')}."]
        wrong[1]["steps"] = [steps[0], "It is easier to count the outcomes where the condition fails and work from there.",
                             f"Outcomes failing the condition: 36 − {c} = {36 - c}, so the probability is {36 - c}/36 = {frac(1 - p, 'slash')}."]
        sentence = "the probability is {}"
        verify = [f"Sanity check: P(event) + P(not event) = {frac(p, 'slash')} + {frac(1 - p, 'slash')} = 1. ✓"]
        explore = ["Let me write the full 6×6 grid of sums (rows = first die, columns = second die):\n" +
                   "\n".join(" ".join(f"{a + b:>2}" for b in range(1, 7)) for a in range(1, 7)),
                   "Outcomes like (2,3) and (3,2) are different, because the two dice are distinguishable; treating them as one would break the equal-likelihood assumption."]
        refs = [frac(p, "latex"), frac(p, "slash"), f"The probability is ${frac(p, 'latex')}$.",
                f"Of the 36 equally likely outcomes, {c} satisfy the condition, so the answer is $\\frac{{{c}}}{{36}} = {frac(p, 'latex')}$."]
        ds = "math_like"
    else:
        q = f"同时掷两枚质地均匀的骰子，求{zh.format(k=k)}的概率。"
        steps = ["基本事件总数为 6×6=36（有序）。", f"满足条件的基本事件有：{lst}，共{c}个。",
                 f"所以所求概率 P = {c}/36" + (f" = {frac(p, 'slash')}。" if p.denominator != 36 else "。")]
        wrong[0]["steps"] = ["不考虑顺序，两枚骰子共有21种结果。", f"满足条件的有{len(unord)}种。", f"所以概率为{len(unord)}/21 = {frac(pu, 'slash')}。"]
        wrong[1]["steps"] = [steps[0], f"不满足条件的有{36 - c}个，", f"所以 P = {36 - c}/36 = {frac(1 - p, 'slash')}。"]
        forms += [frac(p, "zh")]
        sentence = "所求概率为{}"
        verify = ["检验：对立事件概率 " + frac(1 - p, "slash") + "，两者之和为1。"]
        explore = []
        refs = [frac(p, "slash"), frac(p, "latex"), f"P = {frac(p, 'slash')}"]
        ds = "gaokao_like"
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=wrong, verify=verify, explore=explore, notes=notes, restate="")


def poly2(a, b, c, var="x"):
    out = ""
    for coef, mon in ((a, var + "^2"), (b, var), (c, "")):
        if coef == 0:
            continue
        sgn = "-" if coef < 0 else "+"
        mag = abs(coef)
        t = (str(mag) if (mag != 1 or not mon) else "") + mon
        out += (("-" if sgn == "-" else "") + t) if not out else f" {sgn} {t}"
    return out


def quadratic(rng, lang):
    while True:
        a = pick(rng, [1, 1, 1, 2, 3, 2])
        r, p = rng.randint(-9, 9), rng.randint(-9, 9)
        if r * a == p or p % a == 0 and a > 1 or p * r == 0:
            continue
        B, C = -(a * r + p), p * r
        if B == 0:
            continue
        break
    roots = sorted([F(r), F(p, a)])
    disc = B * B - 4 * a * C
    sq = abs(a * r - p)
    fs = lambda v, st: frac(v, st)
    st = pick(rng, ["slash", "latex"])
    r1, r2 = fs(roots[0], st), fs(roots[1], st)
    eq = poly2(a, B, C) + " = 0"
    xv = F(-B, 2 * a)
    fv = a * xv * xv + B * xv + C
    subs = []
    for rt in roots:
        subs.append(f"x = {frac(rt, 'slash')}: {a}·({frac(rt, 'slash')})² + ({B})·({frac(rt, 'slash')}) + ({C}) = {frac(a * rt * rt, 'slash')} + ({frac(B * rt, 'slash')}) + ({C}) = {frac(a * rt * rt + B * rt + C, 'slash')}")
    fact = (f"{a}" if a > 1 else "") + f"(x - {frac(roots[0], 'slash')})(x - {frac(roots[1], 'slash')})"
    fact = fact.replace("- -", "+ ")
    notes = (["Plugging each root back in:\n" + "\n".join("- " + t for t in subs),
              f"Geometric picture: the parabola y = {poly2(a, B, C)} has its vertex at x = -b/(2a) = {frac(xv, 'slash')}, where y = {frac(fv, 'slash')} < 0, and it opens upward, so it crosses the x-axis twice, symmetrically about x = {frac(xv, 'slash')}. The two roots are indeed {frac(xv - roots[0], 'slash')} to the left and right of it.",
              f"So the quadratic factors as {fact}."] if lang == "en" else
             ["代入检验：\n" + "\n".join(subs), f"因式分解：{poly2(a, B, C)} = {fact}。"])
    if lang == "en":
        q = pick(rng, ["Solve for $x$: ${e}$.", "Find all real solutions of the equation ${e}$.",
                       "What are the roots of ${e}$? List all of them."]).format(e=eq)
        steps = [f"Here $a = {a}$, $b = {B}$, $c = {C}$.",
                 f"Discriminant: $\\Delta = b^2 - 4ac = {B * B} - ({4 * a * C}) = {disc}$, and $\\sqrt{{\\Delta}} = {sq}$.",
                 f"$x = \\dfrac{{-b \\pm \\sqrt{{\\Delta}}}}{{2a}} = \\dfrac{{{-B} \\pm {sq}}}{{{2 * a}}}$.",
                 f"This gives $x = {fs(F(-B + sq, 2 * a), 'latex')}$ and $x = {fs(F(-B - sq, 2 * a), 'latex')}$."]
        forms = [f"x = {r1} or x = {r2}", f"{r1}, {r2}", f"{r2}, {r1}", f"\\{{{r1}, {r2}\\}}", f"x_1 = {r1}, x_2 = {r2}",
                 f"x \\in \\{{{r1}, {r2}\\}}", f"{r2} and {r1}"]
        if roots[0].denominator > 1 or roots[1].denominator > 1:
            d1, d2 = dec(roots[0]), dec(roots[1])
            if d1 and d2:
                forms.append(f"x = {d1} or x = {d2}")
        sentence = "the solutions are {}"
        wrong = [{"steps": steps[:3] + [f"Taking the positive square root, $x = {fs(roots[1], 'latex')}$."], "forms": [f"x = {r2}", r2], "tag": "partial"},
                 {"steps": steps[:2] + [f"$x = \\dfrac{{b \\pm \\sqrt{{\\Delta}}}}{{2a}} = \\dfrac{{{B} \\pm {sq}}}{{{2 * a}}}$.",
                                        f"So $x = {fs(-roots[1], 'latex')}$ or $x = {fs(-roots[0], 'latex')}$."],
                  "forms": [f"x = {fs(-roots[1], st)} or x = {fs(-roots[0], st)}", f"{fs(-roots[1], st)}, {fs(-roots[0], st)}"]}]
        verify = [f"Check: sum of roots ${fs(roots[0] + roots[1], 'latex')} = -b/a = {fs(F(-B, a), 'latex')}$ ✓; product ${fs(roots[0] * roots[1], 'latex')} = c/a = {fs(F(C, a), 'latex')}$ ✓."]
        h = F(B, 2 * a)
        notes.append(f"Completing the square instead: divide by {a} to get x² + ({frac(F(B, a), 'slash')})x + ({frac(F(C, a), 'slash')}) = 0, "
                     f"then (x + {frac(h, 'slash')})² = {frac(h * h, 'slash')} − ({frac(F(C, a), 'slash')}) = {frac(h * h - F(C, a), 'slash')}, "
                     f"so x + {frac(h, 'slash')} = ±{frac(F(sq, 2 * a), 'slash')}, giving x = {frac(-h + F(sq, 2 * a), 'slash')} or x = {frac(-h - F(sq, 2 * a), 'slash')}.".replace("+ -", "- ").replace("(--", "(").replace("+ (-", "- ("))
        explore = [f"Maybe it factors directly: I need the expression to vanish at two values whose product is c/a = {fs(F(C, a), 'slash')} and sum is -b/a = {fs(F(-B, a), 'slash')}. Guessing is slow; the quadratic formula is safer."]
        refs = [f"{r1}, {r2}", f"x = {r1} \\text{{ or }} x = {r2}", f"\\{{{r1}, {r2}\\}}", f"The roots are $x={fs(roots[0], 'latex')}$ and $x={fs(roots[1], 'latex')}$."]
        ds = "math_like"
    else:
        q = f"解方程：${eq}$。"
        steps = [f"其中 a={a}，b={B}，c={C}，判别式 Δ = b² − 4ac = {disc} > 0，√Δ = {sq}。",
                 f"由求根公式 x = (−b ± √Δ)/(2a) = ({-B} ± {sq})/{2 * a}，",
                 f"得 x₁ = {fs(roots[1], 'slash')}，x₂ = {fs(roots[0], 'slash')}。"]
        forms = [f"x₁={fs(roots[1], 'slash')}，x₂={fs(roots[0], 'slash')}", f"x={r1} 或 x={r2}", f"{r1}，{r2}"]
        sentence = "方程的解为{}"
        wrong = [{"steps": steps[:2] + [f"取正号得 x = {fs(roots[1], 'slash')}。"], "forms": [f"x={fs(roots[1], 'slash')}"], "tag": "partial"},
                 {"steps": [steps[0], f"x = (b ± √Δ)/(2a) = ({B} ± {sq})/{2 * a}，", f"得 x₁ = {fs(-roots[0], 'slash')}，x₂ = {fs(-roots[1], 'slash')}。"],
                  "forms": [f"x₁={fs(-roots[0], 'slash')}，x₂={fs(-roots[1], 'slash')}"]}]
        verify = [f"验证：两根之和 {fs(roots[0] + roots[1], 'slash')} = −b/a，两根之积 {fs(roots[0] * roots[1], 'slash')} = c/a。"]
        explore = []
        refs = [f"x_1={fs(roots[1], 'slash')}, x_2={fs(roots[0], 'slash')}", f"{r1},{r2}"]
        ds = "gaokao_like"
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=wrong, verify=verify, explore=explore, notes=notes, restate="")


def lin_eq(a, b, c, x="x", y="y"):
    t1 = ("-" if a == -1 else "" if a == 1 else str(a)) + x
    t2 = ("+ " if b > 0 else "- ") + ("" if abs(b) == 1 else str(abs(b))) + y
    return f"{t1} {t2} = {c}"


def system(rng, lang):
    while True:
        x, y = rng.randint(-9, 9), rng.randint(-9, 9)
        a1, b1, a2, b2 = [pick(rng, [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]) for _ in range(4)]
        det = a1 * b2 - a2 * b1
        if det == 0 or x == y or x == 0 or y == 0:
            continue
        break
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    coef = b1 * a2 - b2 * a1
    rhs = c1 * a2 - c2 * a1
    e1, e2 = lin_eq(a1, b1, c1), lin_eq(a2, b2, c2)
    yw = -y
    xw = F(c1 - b1 * yw, a1)
    xs, xws = str(x), frac(xw, "slash")
    Dx, Dy = c1 * b2 - c2 * b1, a1 * c2 - a2 * c1
    if lang == "en":
        notes = [f"Cross-check with Cramer's rule: D = ({a1})({b2}) − ({a2})({b1}) = {det}, D_x = ({c1})({b2}) − ({c2})({b1}) = {Dx}, D_y = ({a1})({c2}) − ({a2})({c1}) = {Dy}. "
                 f"Then x = {Dx}/{det} = {x} and y = {Dy}/{det} = {y}.",
                 "Since the determinant is non-zero, the two lines are not parallel and meet in exactly one point, so there is a unique solution.",
                 f"Substitution as a third route: from the first equation x = ({c1} − ({b1})y)/{a1}. Putting this into the second and multiplying through by {a1}: "
                 f"{a2}({c1} − ({b1})y) + {a1 * b2}y = {a1 * c2}, i.e. {a2 * c1} + ({a1 * b2 - a2 * b1})y = {a1 * c2}, so y = {a1 * c2 - a2 * c1}/{a1 * b2 - a2 * b1} = {y}, and then x = ({c1} − ({b1})({y}))/{a1} = {x}."]
    else:
        notes = [f"用克莱姆法则验证：D = {det}，D_x = {Dx}，D_y = {Dy}，x = {Dx}/{det} = {x}，y = {Dy}/{det} = {y}。"]
    if lang == "en":
        q = pick(rng, ["Solve the system\n\n$$\\begin{{cases}} {e1} \\\\ {e2} \\end{{cases}}$$\n\nGive your answer as an ordered pair $(x, y)$.",
                       "Find the ordered pair $(x,y)$ satisfying ${e1}$ and ${e2}$."]).format(e1=e1, e2=e2)
        steps = [f"Multiply the first equation by {a2} and the second by {a1}: ${lin_eq(a2 * a1, a2 * b1, a2 * c1)}$ and ${lin_eq(a1 * a2, a1 * b2, a1 * c2)}$.",
                 f"Subtracting the second from the first: ${coef}y = {rhs}$, so $y = {y}$.",
                 f"Substitute into the first equation: ${a1}x + ({b1})({y}) = {c1}$, so ${a1}x = {c1 - b1 * y}$ and $x = {x}$."]
        forms = [f"({x}, {y})", f"x = {x}, y = {y}", f"(x, y) = ({x}, {y})", f"\\left({x},\\ {y}\\right)", f"x={x} and y={y}", f"y = {y}, x = {x}"]
        sentence = "the solution is {}"
        wrong = [{"steps": steps, "forms": [f"({y}, {x})"], "tag": "order"},
                 {"steps": steps[:1] + [f"Subtracting the second from the first: ${coef}y = {-rhs}$, so $y = {yw}$.",
                                        f"Substitute into the first equation: ${a1}x + ({b1})({yw}) = {c1}$, so $x = {frac(xw, 'latex')}$."],
                  "forms": [f"({xws}, {yw})", f"x = {xws}, y = {yw}"]}]
        verify = [f"Check: ${a1}({x}) + ({b1})({y}) = {c1}$ ✓ and ${a2}({x}) + ({b2})({y}) = {c2}$ ✓."]
        refs = [f"({x}, {y})", f"(x,y)=({x},{y})", f"$x={x}$, $y={y}$"]
        ds = "math_like"
    else:
        q = f"解方程组：\n{e1}，\n{e2}。"
        steps = [f"①×{a2} − ②×{a1} 得：{coef}y = {rhs}，所以 y = {y}；", f"把 y = {y} 代入①：{a1}x + ({b1})×({y}) = {c1}，解得 x = {x}。"]
        forms = [f"x={x}，y={y}", f"({x}, {y})", f"{{x={x}, y={y}}}"]
        sentence = "方程组的解为{}"
        wrong = [{"steps": steps, "forms": [f"x={y}，y={x}"], "tag": "order"},
                 {"steps": [f"①×{a2} − ②×{a1} 得：{coef}y = {-rhs}，所以 y = {yw}；", f"代入①：{a1}x + ({b1})×({yw}) = {c1}，解得 x = {xws}。"], "forms": [f"x={xws}，y={yw}"]}]
        verify = [f"检验：{a1}×{x}+({b1})×({y})={c1}，{a2}×{x}+({b2})×({y})={c2}，都成立。"]
        refs = [f"x={x}, y={y}", f"({x},{y})"]
        ds = "cmath_like"
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=wrong, verify=verify, explore=[], notes=notes, restate="")


FLIP = {"<": ">", ">": "<", "\\le": "\\ge", "\\ge": "\\le"}
OPEN = {"<": "\\le", "\\le": "<", ">": "\\ge", "\\ge": ">"}
UNI = {"<": "<", ">": ">", "\\le": "≤", "\\ge": "≥"}


def interval(op, k, st):
    kk = frac(k, "latex" if st == "latex" else "slash")
    inf = "\\infty" if st == "latex" else "∞"
    if st == "fr":
        return {"<": f"]-∞, {kk}[", "\\le": f"]-∞, {kk}]", ">": f"]{kk}, +∞[", "\\ge": f"[{kk}, +∞["}[op]
    return {"<": f"(-{inf}, {kk})", "\\le": f"(-{inf}, {kk}]", ">": f"({kk}, {inf})", "\\ge": f"[{kk}, {inf})"}[op]


def inequality(rng, lang):
    while True:
        a, c = rng.randint(-7, 7), rng.randint(-7, 7)
        b, d = rng.randint(-12, 12), rng.randint(-12, 12)
        if a != c and a != 0 and c != 0 and b != d:
            break
    op = pick(rng, ["<", ">", "\\le", "\\ge"])
    k = F(d - b, a - c)
    fop = FLIP[op] if a - c < 0 else op
    lhs, rhs = poly2(0, a, b), poly2(0, c, d)
    tp = frac(k + (1 if fop in (">", "\\ge") else -1), "slash")
    ks = frac(k, "latex")
    tests = []
    for t in (k - 1, k, k + 1):
        L, R = a * t + b, c * t + d
        ok = {"<": L < R, ">": L > R, "\\le": L <= R, "\\ge": L >= R}[op]
        tests.append(f"x = {frac(t, 'slash')}: left = {frac(L, 'slash')}, right = {frac(R, 'slash')} → {'holds' if ok else 'fails'}")
    notes = ["Testing points around the boundary:\n" + "\n".join("- " + t for t in tests),
             f"At the boundary x = {frac(k, 'slash')} both sides are equal, so whether it is included depends only on whether the original sign is strict."]
    if lang == "zh":
        notes = ["取边界附近的值检验：\n" + "\n".join(t.replace("left", "左边").replace("right", "右边").replace("holds", "成立").replace("fails", "不成立") for t in tests)]
    steps = [f"Move the $x$-terms to the left and constants to the right: $({a} - ({c}))x {op} {d} - ({b})$, i.e. ${a - c}x {op} {d - b}$.",
             (f"Divide by ${a - c}$, which is negative, so the inequality sign flips: $x {fop} {ks}$." if a - c < 0
              else f"Divide by ${a - c} > 0$: $x {fop} {ks}$.")]
    if lang == "zh":
        steps = [f"移项得 ({a} − ({c}))x {UNI[op]} {d} − ({b})，即 {a - c}x {UNI[op]} {d - b}；",
                 (f"两边同除以 {a - c}（负数），不等号方向改变：x {UNI[fop]} {frac(k, 'slash')}。" if a - c < 0
                  else f"两边同除以 {a - c}：x {UNI[fop]} {frac(k, 'slash')}。")]
    kk = frac(k, "slash")
    forms = [f"x {UNI[fop]} {kk}", interval(fop, k, "plain"), f"x \\in {interval(fop, k, 'latex')}", f"x {fop} {ks}",
             f"\\{{x \\mid x {fop} {ks}\\}}"]
    if lang == "en":
        forms += [interval(fop, k, "fr"), f"all real numbers x with x {UNI[fop]} {kk}"]
    nop = FLIP[fop]
    bop = OPEN[fop]
    wrong = [{"steps": steps[:1] + [f"Dividing: $x {op if a - c < 0 else nop} {ks}$." if lang == "en" else f"两边同除以 {a - c}：x {UNI[op if a - c < 0 else nop]} {kk}。"],
              "forms": [f"x {UNI[op if a - c < 0 else nop]} {kk}", interval(op if a - c < 0 else nop, k, "plain")]},
             {"steps": steps, "forms": [interval(bop, k, "plain"), f"x {UNI[bop]} {kk}"], "tag": "bracket"}]
    if lang == "en":
        q = pick(rng, ["Solve the inequality ${l} {o} {r}$. Express your answer in interval notation.",
                       "Find all real $x$ such that ${l} {o} {r}$.", "For which real numbers $x$ is ${l} {o} {r}$?"]).format(l=lhs, o=op, r=rhs)
        refs = [interval(fop, k, "latex"), f"x {fop} {ks}", interval(fop, k, "plain")]
        sentence = "the solution set is {}"
        verify = [f"Test a point: x = {tp} should satisfy the original inequality, and it does."]
        ds = "math_like"
    else:
        q = f"解不等式：{lhs} {UNI[op]} {rhs}。"
        refs = [f"x {UNI[fop]} {kk}", interval(fop, k, "plain"), f"{{x|x{UNI[fop]}{kk}}}"]
        sentence = "不等式的解集为{}"
        verify = ["取一个值代入原不等式检验，成立。"]
        ds = "cmath_like"
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=wrong, verify=verify, explore=[], notes=notes, restate="")


FAMILIES = {"shop": shop, "travel": travel, "dice": dice, "quadratic": quadratic, "system": system,
            "inequality": inequality}
