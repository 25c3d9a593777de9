#!/usr/bin/env python3
"""Build the nanofrontier xverify development set (var_dev.jsonl).

Standard library only, fully deterministic (fixed seed). Written for this
project as an independent development set; see README.md in this folder.

    python3 benchmarks/data/xverify/dev/build_dev.py
"""
import json
import random
from fractions import Fraction
from pathlib import Path

SEED = 20250611
R = random.Random(SEED)
CASES = []
HERE = Path(__file__).resolve().parent


def add(ds, kat, q, out, gold, label, lang, trap):
    assert label in ("Correct", "Incorrect")
    CASES.append(dict(dataset=ds, key_answer_type=kat, question=q, llm_output=out,
                      correct_answer=gold, label=label, lang=lang, trap=trap))


def pick(seq):
    return R.choice(seq)


EN_END = [
    "Therefore, the answer is {a}.",
    "**Final answer:** {a}",
    "So my answer: {a}",
    "The answer is $\\boxed{{{a}}}$.",
    "Final Answer: The final answer is ${a}$. I hope it is correct.",
    "Putting everything together, the result is $\\boxed{{{a}}}$.",
    "## Answer\n\n**{a}**",
    "Thus the required value is {a}.",
]
ZH_END = [
    "答案：{a}",
    "故答案为 ${a}$。",
    "综上所述，所求答案为 $\\boxed{{{a}}}$。",
    "所以最终答案是 {a}。",
    "**最终答案**：{a}",
    "因此，答案为：\\(\\boxed{{{a}}}\\)。",
    "综上，结果是 {a}。",
]


def ending(lang, a, idx=None):
    pool = EN_END if lang == "en" else ZH_END
    t = pool[idx] if idx is not None else pick(pool)
    return t.format(a=a)


THINK_HEAD = {
    "en": ["Okay, let me work through this.", "Alright, let's see what the problem is asking.",
           "Let me think about this carefully before writing anything down.", "Hmm, let me parse the question first."],
    "zh": ["好的，我来仔细想一想。", "嗯，先理解一下题意。", "让我一步步分析这道题。", "先把题目读清楚。"],
}
SUMMARY = {
    "en": ["Based on the reasoning above:", "To summarize the solution:", "Summary of the work:", "Putting the steps together:"],
    "zh": ["根据以上分析：", "整理一下解题过程：", "总结：", "综合上面的推导："],
}


def _last_real(steps, lang):
    if len(steps) > 1 and steps[-1] in VERIFY[lang]:
        return steps[-2]
    return steps[-1]


def dress(steps, lang, style=None):
    """Lay out reasoning steps in one of several styles. Returns text ready for an ending."""
    style = style or pick(["think", "md", "num", "plain"])
    if style == "think":
        inner = "\n\n".join(steps)
        return ("<think>\n" + pick(THINK_HEAD[lang]) + "\n\n" + inner + "\n</think>\n\n"
                + pick(SUMMARY[lang]) + " " + _last_real(steps, lang).split("\n")[0][:200] + "\n\n")
    if style == "md":
        hdr = "### Step {i}" if lang == "en" else "### 第{i}步"
        return "\n\n".join(hdr.format(i=i + 1) + "\n\n" + s for i, s in enumerate(steps)) + "\n\n"
    if style == "num":
        return "\n\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps)) + "\n\n"
    return "\n\n".join(steps) + "\n\n"


WAIT = {
    "en": ["Wait, actually, let me re-check that. I think I made a slip.",
           "Hmm, wait. Let me go back over this more carefully.",
           "Hold on — re-reading the problem, something is off. Let me redo it."],
    "zh": ["等等，我再检查一下，好像哪里算错了。", "不对，重新审题再算一遍。", "稍等，刚才那一步有问题，重新计算："],
}

FEWSHOT = {
    "en": ["Question: What is 12 + 30?\nAnswer: 42\n\nQuestion: A box holds 6 eggs. How many eggs are in 5 boxes?\nAnswer: 30\n\n",
           "Q: Simplify 18/24.\nA: The answer is 3/4.\n\nQ: Solve 2x + 6 = 0.\nA: The answer is x = -3.\n\n"],
    "zh": ["问题：7 × 8 = ?\n答案：56\n\n问题：一本书 12 元，买 3 本要多少钱？\n答案：36\n\n",
           "例题：计算 1/2 + 1/3。\n答：5/6\n\n例题：解方程 3x = 21。\n答：x = 7\n\n"],
}
FOLLOWUP = {
    "en": ["\n\nQuestion: If each value were doubled, what would the new result be?\nAnswer: Doubling gives {x}. The answer is {x}.",
           "\n\n---\n\n**Follow-up question:** What happens if we add 5 to the result?\nThen we get {x}, so the answer would be {x}."],
    "zh": ["\n\n问题：如果结果再乘以 2，是多少？\n答案：{x}", "\n\n追问：若再加上 5，结果是多少？\n解：结果为 {x}。答案：{x}"],
}


RESTATE = {
    "en": ["Let me restate the problem to make sure I understand it: {q} I'll identify what is given and what is being asked before computing anything, "
           "since it is easy to answer a slightly different question than the one posed.",
           "Understanding the problem. {q} The key is to set up the relationships correctly; the arithmetic afterwards should be routine, but I will verify it anyway."],
    "zh": ["先审题：{q} 我先把已知条件和所求量理清楚，再开始计算，避免答非所问。",
           "题目：{q} 这道题的关键是把条件之间的关系列清楚，计算本身不难，但最后要验算。"],
}
VERIFY = {
    "en": ["Before finalizing, let me re-read the question once more: it asks for exactly this quantity, in this form, and I have used every condition given. "
           "The intermediate numbers are consistent with each other, and the order of magnitude is reasonable.",
           "Double-check: I went back through each step and recomputed the key products/sums; nothing changes. I also confirmed I'm answering the quantity that was asked for."],
    "zh": ["最后再核对一遍：所有已知条件都用上了，中间结果互相一致，数量级也合理，求的正是题目所问的量。",
           "验算：把每一步重新算了一遍，结果不变；再对照题目，确认回答的就是所求的量。"],
}


def math_cases(ds, lang, q, gold, steps, good_forms, bad_steps, bad, variants, kat="math"):
    """Emit one case per variant tag for a math-style problem."""
    pre = pick(RESTATE[lang]).format(q=q)
    post = pick(VERIFY[lang])
    steps = [pre] + list(steps) + [post]
    bad_steps = [pre] + list(bad_steps) + [post]
    for v in variants:
        g = pick(good_forms)
        if v.startswith("eq"):
            if ":" in v:
                g = good_forms[int(v.split(":")[1])]
            out = dress(steps, lang) + ending(lang, g)
            add(ds, kat, q, out, gold, "Correct", lang, "equiv_form" if g != gold else "plain")
        elif v == "wrong":
            out = dress(bad_steps, lang) + ending(lang, bad)
            add(ds, kat, q, out, gold, "Incorrect", lang, "wrong_value")
        elif v == "sc_good":
            out = (dress(bad_steps, lang, "plain") + ending(lang, bad) + "\n\n" + pick(WAIT[lang]) + "\n\n"
                   + "\n\n".join(steps) + "\n\n" + ending(lang, g))
            add(ds, kat, q, out, gold, "Correct", lang, "self_correction")
        elif v == "sc_bad":
            out = (dress(steps, lang, pick(["plain", "num"])) + ending(lang, g) + "\n\n" + pick(WAIT[lang]) + "\n\n"
                   + "\n\n".join(bad_steps[-2:]) + "\n\n" + ending(lang, bad))
            add(ds, kat, q, out, gold, "Incorrect", lang, "self_correction_to_wrong")
        elif v == "hedge":
            a, b = (g, bad) if R.random() < 0.5 else (bad, g)
            tail = (f"I keep getting two different values depending on how I read the problem. The answer is either {a} or {b}; "
                    f"I can't decide which interpretation is intended." if lang == "en" else
                    f"两种理解方式得到的结果不同，答案可能是 {a}，也可能是 {b}，无法确定题目指的是哪一种。")
            out = dress(steps[:-1], lang, "plain") + tail
            add(ds, kat, q, out, gold, "Incorrect", lang, "hedge")
        elif v == "reject":
            mid = (f"This would give {g}. But that doesn't look right to me — it seems to ignore part of the conditions, so I'll discard it and redo the computation."
                   if lang == "en" else f"这样得到 {g}。但这个结果似乎忽略了题目的部分条件，应当舍去，重新计算。")
            out = dress(steps[:-1], lang, "plain") + mid + "\n\n" + "\n\n".join(bad_steps[-2:]) + "\n\n" + ending(lang, bad)
            add(ds, kat, q, out, gold, "Incorrect", lang, "rejected_correct_value")
        elif v == "reject_good":
            mid = (f"A quick (careless) calculation gives {bad}, but that misreads the conditions, so {bad} is wrong. Doing it properly:"
                   if lang == "en" else f"粗略计算可能得到 {bad}，但这误解了题意，{bad} 是错误的。正确做法如下：")
            out = mid + "\n\n" + dress(steps, lang, pick(["plain", "num", "md"])) + ending(lang, g)
            add(ds, kat, q, out, gold, "Correct", lang, "rejected_wrong_value")
        elif v == "trunc":
            base = dress(steps[:-2], lang, "plain")
            rep = steps[-2][:200]
            out = base + ("\n\n" + rep) * 6
            out = out[: len(out) - R.randint(20, 60)]
            add(ds, kat, q, out, gold, "Incorrect", lang, "truncated_repetition")
        elif v == "noans":
            tail = ("I'm not able to pin down a single value from the given information; the problem seems underdetermined, so I can't give a final answer."
                    if lang == "en" else "根据已知条件似乎无法唯一确定结果，题目可能缺少条件，因此我无法给出确定答案。")
            out = dress(steps[:2], lang, "plain") + tail
            add(ds, kat, q, out, gold, "Incorrect", lang, "no_answer")
        elif v == "fewshot_good":
            out = pick(FEWSHOT[lang]) + ("Question: " if lang == "en" else "问题：") + q[:120] + "...\n" + dress(steps, lang, "plain") + ending(lang, g)
            add(ds, kat, q, out, gold, "Correct", lang, "recited_fewshot")
        elif v == "fewshot_bad":
            out = pick(FEWSHOT[lang]) + dress(bad_steps, lang, "plain") + ending(lang, bad)
            add(ds, kat, q, out, gold, "Incorrect", lang, "recited_fewshot")
        elif v == "followup":
            out = dress(steps, lang, pick(["plain", "md"])) + ending(lang, g) + pick(FOLLOWUP[lang]).format(x=bad)
            add(ds, kat, q, out, gold, "Correct", lang, "hallucinated_followup")
        elif v == "followup_bad":
            out = dress(bad_steps, lang, "plain") + ending(lang, bad) + pick(FOLLOWUP[lang]).format(x="—")
            add(ds, kat, q, out, gold, "Incorrect", lang, "hallucinated_followup")
        elif v == "echo":
            out = (("Let me restate the problem. " if lang == "en" else "题目是：") + q + "\n\n" + q
                   + ("\n\nWe need to find the requested quantity." if lang == "en" else "\n\n我们需要求出所求的量。"))
            add(ds, kat, q, out, gold, "Incorrect", lang, "question_echo")
        else:
            raise ValueError(v)


# ---------------------------------------------------------------- math families
from math import comb, gcd, isqrt, factorial


def fmt_thousands(n, sep=","):
    return f"{n:,}".replace(",", sep)


def fam_revenue():
    specs = [(275, 12, 15, 30, 2, ["eq:0", "eq:2", "wrong", "sc_good", "trunc"]),
             (340, 24, 10, 25, 3, ["eq:1", "eq:3", "reject", "fewshot_good"]),
             (125, 8, 16, 30, 5, ["eq:4", "hedge", "followup", "sc_bad"])]
    for crates, per, hours, days, price, vs in specs:
        total = crates * per * hours * days * price
        bad_days = days - 8
        bad = crates * per * hours * bad_days * price
        q = (f"A bottling plant fills {crates} crates per hour. Each crate holds {per} bottles. The plant runs {hours} hours a day, "
             f"every day, for {days} days. If every bottle is sold for ${price}, what is the total revenue in dollars?")
        bph = crates * per
        bpd = bph * hours
        tot_b = bpd * days
        steps = [
            f"First find how many bottles are filled each hour. There are {crates} crates per hour and {per} bottles per crate, so "
            f"$${crates} \\times {per} = {bph}$$ bottles per hour.",
            f"Next, the plant runs {hours} hours per day, so per day it fills $${bph} \\times {hours} = {bpd}$$ bottles. "
            f"Sanity check: {bph} × 10 = {bph*10}, plus {bph} × {hours-10} = {bph*(hours-10)}, total {bpd}. Good.",
            f"Over {days} days the plant fills $${bpd} \\times {days} = {tot_b}$$ bottles. Note the problem says it runs every day, so I should not "
            f"drop weekends — all {days} days count.",
            f"Each bottle sells for ${price}, so revenue is $${tot_b} \\times {price} = {total}$$ dollars. Let me double-check by multiplying in a "
            f"different order: {crates} × {per} × {price} = {crates*per*price} dollars per hour, × {hours*days} operating hours = {total}. Both orders agree.",
        ]
        bad_steps = steps[:2] + [
            f"The plant works only on weekdays, so out of {days} days roughly {bad_days} are working days. Bottles: {bpd} × {bad_days} = {bpd*bad_days}.",
            f"Revenue = {bpd*bad_days} × {price} = {bad} dollars.",
        ]
        forms = [fmt_thousands(total), f"\\${fmt_thousands(total, '{,}')}", f"{total/1e6:g} \\times 10^{{6}}",
                 f"{total/1e6:g} million dollars", f"{total}.00"]
        math_cases("GSM8K", "en", q, str(total), steps, forms, bad_steps, fmt_thousands(bad), vs)


def fam_zh_bigcount():
    # 万 / 亿 equivalents
    a, b, c = 45, 1200, 5
    total = a * b * c * 12
    q = f"某市有 {a} 个社区，每个社区平均有 {b} 户居民，每户每月平均用水 {c} 吨。照此计算，全市这些居民一年共用水多少吨？"
    steps = [f"先求一个月的用水量：每个社区 {b} 户，每户 {c} 吨，所以一个社区每月用水 ${b}\\times{c}={b*c}$ 吨。",
             f"{a} 个社区每月用水 ${b*c}\\times{a}={a*b*c}$ 吨。验算：{b*c}×40={b*c*40}，{b*c}×5={b*c*5}，相加得 {a*b*c}，没问题。",
             f"一年有 12 个月，所以全年用水 ${a*b*c}\\times 12={total}$ 吨。",
             f"换算一下：{total} 吨 = {total//10000} 万吨，数量级合理（一个中等城市的一部分居民）。"]
    bad_steps = steps[:2] + [f"题目问的是用水量，所以一个月的总量就是 {a*b*c} 吨，即 {a*b*c//10000} 万 {a*b*c%10000} 吨。"]
    forms = ["324万吨", "三百二十四万吨", "3.24\\times10^{6}", "3,240,000 吨"]
    math_cases("CMATH", "zh", q, str(total), steps, forms, bad_steps, str(a * b * c),
               ["eq:0", "eq:1", "eq:2", "wrong", "sc_good", "noans"])
    # a wrong 万 scaling
    out = dress(steps[:3], "zh") + "全年用水 3240000 吨，也就是 " + "32.4万吨。\n\n" + ending("zh", "32.4万吨")
    add("CMATH", "math", q, out, str(total), "Incorrect", "zh", "wan_scaling_error")

    daily = 86
    tot = daily * 10000 * 365
    q2 = f"某条地铁线路日均客流量为 {daily} 万人次。按一年 365 天计算，该线路全年客流量约为多少人次？"
    steps2 = [f"日均客流 {daily} 万人次，即 {daily*10000} 人次。",
              f"全年：${daily}\\text{{万}}\\times 365 = {daily*365}$ 万人次。计算：{daily}×300={daily*300}，{daily}×65={daily*65}，合计 {daily*365}。",
              f"{daily*365} 万 = {tot} 人次，约合 {tot/1e8:g} 亿人次。"]
    bad_steps2 = [steps2[0], f"全年：{daily}×365 = {daily*365}。", f"所以全年客流量是 {daily*365} 人次。"]
    math_cases("CMATH", "zh", q2, "313900000", steps2, ["3.139亿", "31390万", "313,900,000", "3.139\\times10^{8}"], bad_steps2,
               str(daily * 365), ["eq:0", "eq:1", "wrong", "reject", "eq:3"])


def fam_prob():
    cands = []
    for r in range(3, 10):
        for b in range(2, 10):
            p = Fraction(comb(r, 2), comb(r + b, 2))
            d = p.denominator
            while d % 2 == 0:
                d //= 2
            while d % 5 == 0:
                d //= 5
            if d == 1 and p.denominator > 2:
                cands.append((r, b, p))
    chosen = [cands[0], cands[len(cands) // 2], cands[-1]]
    var_sets = [["eq:0", "eq:1", "wrong", "sc_bad"], ["eq:2", "eq:3", "reject_good", "hedge"], ["eq:1", "fewshot_bad", "eq:4"]]
    for (r, b, p), vs in zip(chosen, var_sets):
        n = r + b
        badp = Fraction(r, n) ** 2
        q = (f"A jar contains {r} red marbles and {b} blue marbles. Two marbles are drawn at random without replacement. "
             f"What is the probability that both marbles are red? Express your answer as a common fraction.")
        steps = [f"There are {n} marbles in total. The number of ways to choose 2 of them is $\\binom{{{n}}}{{2}} = {comb(n,2)}$.",
                 f"The number of ways to choose 2 red marbles is $\\binom{{{r}}}{{2}} = {comb(r,2)}$.",
                 f"So the probability is $\\frac{{{comb(r,2)}}}{{{comb(n,2)}}}$. Let me reduce: gcd({comb(r,2)}, {comb(n,2)}) = {gcd(comb(r,2), comb(n,2))}, "
                 f"giving $\\frac{{{p.numerator}}}{{{p.denominator}}}$.",
                 f"Check with sequential draws: first red {r}/{n}, second red {r-1}/{n-1}; product = {Fraction(r,n)*Fraction(r-1,n-1)}. Matches. "
                 f"As a decimal that is {float(p):g}."]
        bad_steps = [steps[0], f"The chance that a single draw is red is {r}/{n}. Two draws: $({r}/{n})^2 = {badp}$.",
                     f"So the probability both are red is $\\frac{{{badp.numerator}}}{{{badp.denominator}}}$."]
        forms = [f"\\frac{{{p.numerator}}}{{{p.denominator}}}", f"{p.numerator}/{p.denominator}", f"{float(p):g}",
                 f"\\dfrac{{{comb(r,2)}}}{{{comb(n,2)}}}", f"{float(p)*100:g}\\%"]
        math_cases("MATH", "en", q, f"\\frac{{{p.numerator}}}{{{p.denominator}}}", steps, forms, bad_steps,
                   f"\\frac{{{badp.numerator}}}{{{badp.denominator}}}", vs)


def fam_quadratic():
    for (r1, r2, lang, vs) in [(-5, 2, "en", ["eq:0", "eq:1", "wrong", "one_root"]),
                               (3, 7, "zh", ["eq:3", "eq:2", "one_root", "sc_good"]),
                               (-4, 9, "en", ["eq:2", "followup", "trunc"])]:
        s, p = r1 + r2, r1 * r2
        bq = f"{'-' if s > 0 else '+'} {abs(s)}x" if s else ""
        cq = f"{'+' if p > 0 else '-'} {abs(p)}"
        eqn = f"x^2 {bq} {cq} = 0"
        gold = f"x={r1} \\text{{ or }} x={r2}"
        if lang == "en":
            q = f"Solve the equation ${eqn}$ for all real $x$."
            steps = [f"We look for two numbers whose product is {p} and whose sum is {s} (since the equation is $x^2 - ({s})x + ({p}) = 0$).",
                     f"Trying factor pairs of {p}: the pair {r1} and {r2} works because {r1} × {r2} = {p} and {r1} + {r2} = {s}.",
                     f"So ${eqn}$ factors as $(x - ({r1}))(x - ({r2})) = 0$.",
                     f"Check: plug in x = {r1}: {r1}^2 = {r1*r1}, and {r1*r1} - ({s})({r1}) + ({p}) = {r1*r1 - s*r1 + p}. Plug in x = {r2}: {r2*r2 - s*r2 + p}. Both roots verify. "
                     f"Discriminant = {s*s - 4*p} > 0, so there are exactly two real roots."]
        else:
            q = f"解方程 ${eqn}$。"
            steps = [f"用十字相乘法：需要两个数，积为 {p}，和为 {s}。",
                     f"{r1} 与 {r2} 满足：{r1}×{r2}={p}，{r1}+{r2}={s}。",
                     f"所以原方程可化为 $(x-{r1})(x-{r2})=0$。",
                     f"检验：判别式 $\\Delta={s*s}-{4*p}={s*s-4*p}>0$，有两个不等实根，代入均成立。"]
        bad_steps = steps[:1] + [f"The pair {-r1} and {-r2} works." if lang == "en" else f"{-r1} 与 {-r2} 满足条件。"]
        forms = [f"x = {r2} \\text{{ or }} x = {r1}", f"x_1 = {r2},\\ x_2 = {r1}", f"\\{{{r1}, {r2}\\}}", f"x_1={r1}，x_2={r2}"]
        bad = f"x = {-r1} \\text{{ or }} x = {-r2}"
        for v in vs:
            if v == "one_root":
                out = dress(steps, lang) + ending(lang, f"x = {r2}")
                add("MATH" if lang == "en" else "OlympiadBench_zh", "math", q, out, gold, "Incorrect", lang, "missing_root")
            else:
                math_cases("MATH" if lang == "en" else "OlympiadBench_zh", lang, q, gold, steps, forms, bad_steps, bad, [v])
    # plus-minus roots
    q = "Find all solutions of $x^2 - 2x - 18 = 0$."
    steps = ["Complete the square: $x^2 - 2x = 18$, so $x^2 - 2x + 1 = 19$, i.e. $(x-1)^2 = 19$.",
             "Taking square roots: $x - 1 = \\pm\\sqrt{19}$.",
             "Check with the quadratic formula: $x = \\frac{2 \\pm \\sqrt{4 + 72}}{2} = \\frac{2 \\pm \\sqrt{76}}{2} = \\frac{2 \\pm 2\\sqrt{19}}{2} = 1 \\pm \\sqrt{19}$. Consistent.",
             "Numerically, $\\sqrt{19} \\approx 4.359$, so the roots are about 5.359 and -3.359; sum 2 and product -18 as required by Vieta."]
    math_cases("MATH", "en", q, "1\\pm\\sqrt{19}", steps,
               ["x = 1+\\sqrt{19} \\text{ or } x = 1-\\sqrt{19}", "1 \\pm \\sqrt{19}", "\\frac{2\\pm\\sqrt{76}}{2}"],
               steps[:1] + ["Taking the positive square root: $x = 1 + \\sqrt{19}$."], "1+\\sqrt{19}",
               ["eq:0", "eq:2", "wrong"])
    # ±2021 vs 2021
    q = "求满足 $x^2 = 2021^2$ 的所有实数 $x$。"
    st = ["由 $x^2=2021^2$ 得 $x^2-2021^2=0$，即 $(x-2021)(x+2021)=0$。", "所以 $x=2021$ 或 $x=-2021$。",
          "验证：$(-2021)^2=2021^2$，成立。两个根互为相反数。"]
    math_cases("OlympiadBench_zh", "zh", q, "\\pm 2021", st, ["x=\\pm2021", "2021 或 -2021"],
               ["两边开平方得 $x=2021$。", "因为开平方取算术平方根，所以 $x=2021$。"], "2021", ["eq:0", "eq:1", "wrong"])


def fam_inequality():
    for a, b, vs in [(3, 4, ["eq:0", "eq:1", "closed", "wrong"]), (5, 2, ["eq:2", "closed", "sc_good"]), (2, 7, ["eq:0", "reject", "eq:3"])]:
        cut = Fraction(b, a)
        c = f"\\frac{{{cut.numerator}}}{{{cut.denominator}}}" if cut.denominator != 1 else str(cut.numerator)
        gold = f"(-\\infty,-{c})\\cup(0,+\\infty)"
        q = f"解不等式 ${a}x^2+{b}x>0$。"
        steps = [f"提公因式：${a}x^2+{b}x=x({a}x+{b})$。",
                 f"令 $x({a}x+{b})=0$，得两根 $x_1=-{c}$，$x_2=0$。",
                 f"二次项系数 {a}>0，抛物线开口向上，所以不等式 >0 的解在两根之外。",
                 f"取 x=1 检验：{a}+{b}={a+b}>0 ✓；取 x=-{float(cut)/2:g}（两根之间）：得到负值 ✓。注意是严格不等号，端点取不到。"]
        bad_steps = steps[:2] + ["开口向上，>0 的解在两根之间。", f"所以解集为 $(-{c},0)$。"]
        forms = [f"x<-{c} \\text{{ 或 }} x>0", f"\\{{x\\mid x<-{c}\\text{{ 或 }}x>0\\}}", f"(-\\infty,-{c})\\cup(0,+\\infty)",
                 f"x\\in(-\\infty,-{c})\\cup(0,\\infty)"]
        for v in vs:
            if v == "closed":
                out = dress(steps[:3], "zh") + "由于端点处取等号也满足，解集包含端点。\n\n" + ending("zh", f"(-\\infty,-{c}]\\cup[0,+\\infty)")
                add("OlympiadBench_zh", "math", q, out, gold, "Incorrect", "zh", "interval_closed_vs_open")
            else:
                math_cases("OlympiadBench_zh", "zh", q, gold, steps, forms, bad_steps, f"(-{c},0)", [v])
    # |x - c| <= d, English, closed interval
    for cc, d, vs in [(2, 5, ["eq:0", "eq:1", "open"]), (-1, 4, ["eq:2", "open", "wrong"])]:
        lo, hi = cc - d, cc + d
        q = f"Find all real $x$ satisfying $|x {'-' if cc>0 else '+'} {abs(cc)}| \\le {d}$. Give your answer in interval notation."
        steps = [f"$|x - ({cc})| \\le {d}$ means the distance from x to {cc} is at most {d}.",
                 f"So $-{d} \\le x - ({cc}) \\le {d}$, i.e. ${lo} \\le x \\le {hi}$.",
                 f"The endpoints are included because the inequality is non-strict: at x = {hi}, |{hi} - ({cc})| = {d} ≤ {d}. ✓"]
        gold = f"[{lo},{hi}]"
        forms = [f"{lo} \\le x \\le {hi}", f"x \\in [{lo}, {hi}]", f"\\left[{lo}, {hi}\\right]"]
        for v in vs:
            if v == "open":
                out = dress(steps[:2], "en") + "Since x must be strictly within the range, we exclude the endpoints.\n\n" + ending("en", f"({lo},{hi})")
                add("MATH", "math", q, out, gold, "Incorrect", "en", "interval_closed_vs_open")
            else:
                math_cases("MATH", "en", q, gold, steps, forms, steps[:1] + [f"So $-{d} \\le x \\le {d}$, since the absolute value bounds x itself by {d}."],
                           f"[-{d},{d}]", [v])


def fam_line():
    for (x1, y1, x2, y2, vs) in [(-4, 1, -2, 7, ["eq:0", "eq:1", "wrong", "sc_good"]), (1, 2, 3, -2, ["eq:2", "eq:3", "other_line"]),
                                 (0, -3, 2, 5, ["eq:0", "hedge", "fewshot_good"])]:
        m = Fraction(y2 - y1, x2 - x1)
        assert m.denominator == 1
        m = int(m)
        c = y1 - m * x1
        # standard form m x - y + c = 0
        def std(k=1):
            a, bb, cc = k * m, -k, k * c
            t = f"{a}x" + (f" - {abs(bb)}y" if bb < 0 else f" + {bb}y") + (f" + {cc}" if cc > 0 else (f" - {abs(cc)}" if cc < 0 else "")) + " = 0"
            return t.replace("1x", "x").replace(" 1y", " y") if abs(a) == 1 else t.replace(" 1y", " y")
        gold = std(1)
        q = f"Find the equation of the line passing through the points $({x1}, {y1})$ and $({x2}, {y2})$. Write it in the form $ax + by + c = 0$."
        steps = [f"Slope: $m = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2-y1}}}{{{x2-x1}}} = {m}$.",
                 f"Point-slope form using $({x1}, {y1})$: $y - ({y1}) = {m}(x - ({x1}))$, so $y = {m}x + ({c})$.",
                 f"Check the second point: ${m}\\cdot({x2}) + ({c}) = {m*x2 + c}$, which equals {y2}. ✓",
                 f"Moving everything to one side: ${std(1)}$."]
        bad_c = -c
        bad = f"{m}x - y + {bad_c} = 0" if bad_c > 0 else f"{m}x - y - {abs(bad_c)} = 0"
        bad_steps = steps[:1] + [f"Point-slope form: $y - {y1} = {m}(x - {x1})$, which gives $y = {m}x + ({bad_c})$ after expanding (sign slip).",
                                 f"Standard form: ${bad}$."]
        forms = [f"y = {m}x + {c}" if c >= 0 else f"y = {m}x - {abs(c)}", std(2), std(-1), std(3)]
        for v in vs:
            if v == "other_line":
                other = f"{m+1}x + 4y + {c+1} = 0"
                out = dress(steps[:2], "en") + f"Rewriting in general form and clearing denominators gives ${other}$.\n\n" + ending("en", other)
                add("MATH", "math", q, out, gold, "Incorrect", "en", "different_equation")
            else:
                math_cases("MATH", "en", q, gold, steps, forms, bad_steps, bad, [v])


def mat_tex(M, env="pmatrix"):
    return f"\\begin{{{env}}} " + " \\\\ ".join(" & ".join(str(x) for x in row) for row in M) + f" \\end{{{env}}}"


def fam_matrix():
    for A, B, vs in [([[1, 2], [3, 4]], [[0, 1], [5, -2]], ["eq:0", "eq:1", "wrong"]),
                     ([[2, -1], [0, 3]], [[4, 1], [2, 2]], ["eq:2", "eq:3", "shape", "sc_bad"]),
                     ([[1, 0, 2], [-1, 3, 1]], [[3, 1], [2, 1], [1, 0]], ["eq:1", "wrong", "eq:2"])]:
        n, k, mcols = len(A), len(B), len(B[0])
        P = [[sum(A[i][t] * B[t][j] for t in range(k)) for j in range(mcols)] for i in range(n)]
        gold = mat_tex(P)
        q = f"Compute the matrix product $AB$ where $A = {mat_tex(A)}$ and $B = {mat_tex(B)}$."
        steps = [f"A is {n}×{k} and B is {k}×{mcols}, so AB is {n}×{mcols}. Entry (i, j) is the dot product of row i of A with column j of B."]
        for i in range(n):
            for j in range(mcols):
                terms = " + ".join(f"({A[i][t]})({B[t][j]})" for t in range(k))
                steps.append(f"Entry ({i+1},{j+1}): {terms} = {P[i][j]}.")
        steps.append("Assembling the entries: $AB = " + gold + "$.")
        Q = [row[:] for row in P]
        Q[0][0] += 2
        bad_steps = steps[:2] + [f"Entry (1,1) recomputed: {P[0][0]} + 2 = {Q[0][0]} (I mis-added a product)."] + ["So $AB = " + mat_tex(Q) + "$."]
        arr = "\\left[\\begin{array}{" + "c" * mcols + "} " + " \\\\ ".join(" & ".join(map(str, r)) for r in P) + " \\end{array}\\right]"
        forms = [mat_tex(P, "bmatrix"), "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in P) + "]", arr, mat_tex(P)]
        for v in vs:
            if v == "shape":
                flat = [x for r in P for x in r]
                out = dress(steps, "en") + "Writing the result as a row vector:\n\n" + ending("en", "(" + ", ".join(map(str, flat)) + ")")
                add("MATH", "math", q, out, gold, "Incorrect", "en", "matrix_shape_mismatch")
            else:
                math_cases("MATH", "en", q, gold, steps, forms, bad_steps, mat_tex(Q), [v])


def fam_percent():
    for old, new, lang, vs in [(80, 100, "en", ["eq:0", "eq:1", "wrong", "reject"]), (240, 300, "zh", ["eq:2", "eq:3", "wrong", "sc_good"]),
                               (50, 100, "en", ["eq:0", "hedge", "eq:1"]), (200, 400, "zh", ["eq:2", "fewshot_bad", "reject_good"])]:
        pct = Fraction(new - old, old) * 100
        badp = Fraction(new - old, new) * 100
        assert pct.denominator == 1 and badp.denominator == 1
        pct, badp = int(pct), int(badp)
        gold = f"{pct}\\%"
        if lang == "en":
            q = f"The price of a concert ticket rose from ${old} to ${new}. By what percent did the price increase?"
            steps = [f"The increase is {new} - {old} = {new-old} dollars.",
                     f"Percent increase is measured relative to the original price: $\\frac{{{new-old}}}{{{old}}} = {Fraction(new-old, old)}$.",
                     f"Converting to a percent: {Fraction(new-old, old)} × 100% = {pct}%.",
                     f"Check: {old} × (1 + {pct}/100) = {old} × {1+pct/100:g} = {new}. ✓"]
            bad_steps = steps[:1] + [f"Relative to the price: $\\frac{{{new-old}}}{{{new}}} = {Fraction(new-old,new)}$, i.e. {badp}%."]
            forms = [f"{pct} percent", f"{pct}%", f"{pct}\\%"]
        else:
            q = f"某商品原价 {old} 元，现价 {new} 元。现价比原价提高了百分之几？"
            steps = [f"提高的钱数：{new}-{old}={new-old}（元）。",
                     f"以原价为单位“1”：${new-old}\\div{old}={Fraction(new-old,old)}$。",
                     f"化成百分数：{Fraction(new-old,old)} = {pct}%。",
                     f"验算：{old}×(1+{pct}%)={new}，正确。"]
            bad_steps = steps[:1] + [f"${new-old}\\div{new}={Fraction(new-old,new)}={badp}\\%$。"]
            forms = [f"{pct}％", f"百分之{ {25: '二十五', 100: '一百'}[pct] }", f"提高了 {pct}%", f"{pct}\\%"]
        math_cases("GSM8K" if lang == "en" else "CMATH", lang, q, gold, steps, forms, bad_steps, f"{badp}\\%", vs)


def fam_sci():
    for rt, vs in [(2.4, ["eq:0", "eq:1", "eq:2", "wrong", "unit"]), (2.6, ["eq:3", "unit", "sc_good", "trunc"]), (1.8, ["eq:2", "wrong"])]:
        d = int(round(3e5 * rt / 2))
        mant = d / 10 ** 5
        gold = f"{mant:g} \\times 10^{{5}}"
        words = {360000: "three hundred sixty thousand", 390000: "three hundred ninety thousand", 270000: "two hundred seventy thousand"}[d]
        q = (f"A laser pulse is fired at a reflector and the reflected pulse returns {rt} seconds later. Taking the speed of light as "
             f"$3.0 \\times 10^5$ km/s, how far away is the reflector, in kilometers?")
        steps = [f"The pulse travels to the reflector and back, so the one-way travel time is {rt}/2 = {rt/2:g} s.",
                 f"Distance = speed × time = $3.0 \\times 10^5 \\text{{ km/s}} \\times {rt/2:g} \\text{{ s}} = {d:,}$ km.",
                 f"In scientific notation that is ${gold}$ km. Sanity check: the Moon is about 384,000 km away, so a value of this order is plausible for a reflector on the Moon."]
        bad_steps = [f"Distance = speed × time = $3.0 \\times 10^5 \\times {rt} = {int(2*d):,}$ km."]
        forms = [f"{d:,} km", f"{d}", f"{words} kilometers", f"{mant:g}e5 km"]
        for v in vs:
            if v == "unit":
                out = dress(steps[:2], "en") + f"Converting to SI base units, the distance is ${mant:g} \\times 10^5$ m.\n\n" + ending("en", f"{mant:g} \\times 10^{{5}} \\text{{ m}}")
                add("SciBench", "math", q, out, gold, "Incorrect", "en", "wrong_unit")
            else:
                math_cases("SciBench", "en", q, gold, steps, forms, bad_steps, f"{2*mant:g} \\times 10^{{5}}", [v])


def fam_area():
    a, b, h = 7, 11, 6
    area = (a + b) * h // 2
    q = f"A trapezoid has parallel sides of length {a} cm and {b} cm, and the distance between them is {h} cm. What is its area, in square centimeters?"
    steps = [f"Area of a trapezoid = $\\frac{{1}}{{2}}(b_1 + b_2)h$.", f"$b_1 + b_2 = {a} + {b} = {a+b}$.",
             f"$\\frac{{1}}{{2}} \\times {a+b} \\times {h} = {area}$.",
             f"Alternative check: split into a {a}×{h} rectangle ({a*h}) plus triangles with total base {b-a} and height {h}: {(b-a)*h//2}. Sum {area}. ✓"]
    math_cases("MATH", "en", q, str(area), steps, [f"{area}\\text{{ cm}}^2", f"{area} square centimeters", f"{area}\\,\\mathrm{{cm^2}}"],
               steps[:2] + [f"${a+b} \\times {h} = {(a+b)*h}$."], str((a + b) * h), ["eq:0", "eq:1", "eq:2", "wrong"])
    q2 = "A rectangular table top measures 60 cm by 90 cm. What is its area in square meters?"
    st2 = ["Area in cm²: 60 × 90 = 5400 cm².", "1 m² = 100 cm × 100 cm = 10,000 cm².", "So the area is 5400 / 10000 = 0.54 m².",
           "Check directly in meters: 0.6 m × 0.9 m = 0.54 m². ✓"]
    math_cases("MATH", "en", q2, "0.54", st2, ["0.54\\text{ m}^2", "\\frac{27}{50}\\text{ m}^2", "0.54 square meters"],
               st2[:1] + ["So the area is 5400 m²."], "5400 \\text{ m}^2", ["eq:0", "eq:1", "wrong", "reject"])


def fam_hyp():
    for a, b, lang, vs in [(6, 9, "en", ["eq:0", "eq:1", "wrong"]), (4, 8, "zh", ["eq:0", "eq:2", "wrong", "sc_good"]), (10, 15, "en", ["eq:1", "reject"])]:
        s = a * a + b * b
        k = 1
        for t in range(isqrt(s), 0, -1):
            if s % (t * t) == 0:
                k = t
                break
        m = s // (k * k)
        gold = f"{k}\\sqrt{{{m}}}"
        bs = b * b - a * a
        if lang == "en":
            q = f"A right triangle has legs of length {a} and {b}. What is the length of its hypotenuse? Express your answer in simplest radical form."
            steps = [f"By the Pythagorean theorem, $c^2 = {a}^2 + {b}^2 = {a*a} + {b*b} = {s}$.",
                     f"So $c = \\sqrt{{{s}}}$. Factor: ${s} = {k*k} \\times {m}$, and {m} is squarefree.",
                     f"Thus $c = {k}\\sqrt{{{m}}}$. Numerically ≈ {s**0.5:.4f}, which is larger than both legs as it must be."]
            bad_steps = [f"$c^2 = {b}^2 - {a}^2 = {bs}$ (the hypotenuse is the difference).", f"$c = \\sqrt{{{bs}}}$."]
        else:
            q = f"直角三角形的两条直角边分别为 {a} 和 {b}，求斜边长（结果化为最简二次根式）。"
            steps = [f"由勾股定理，$c^2={a}^2+{b}^2={a*a}+{b*b}={s}$。", f"$c=\\sqrt{{{s}}}$，而 ${s}={k*k}\\times{m}$。",
                     f"所以 $c={k}\\sqrt{{{m}}}$，约等于 {s**0.5:.3f}，比两条直角边都长，合理。"]
            bad_steps = [f"$c^2={b}^2-{a}^2={bs}$。", f"$c=\\sqrt{{{bs}}}$。"]
        math_cases("MATH" if lang == "en" else "CMATH", lang, q, gold, steps,
                   [f"\\sqrt{{{s}}}", f"{k} \\sqrt {m}", f"{k}\\sqrt{{{m}}} \\approx {s**0.5:.2f}"], bad_steps, f"\\sqrt{{{bs}}}", vs)


def fam_symbolic():
    q = "Find the inverse of the function $f(x) = 7x - 2$."
    st = ["Write $y = 7x - 2$ and solve for x: $y + 2 = 7x$, so $x = \\frac{y+2}{7}$.",
          "Swap the variable names: $f^{-1}(x) = \\frac{x+2}{7}$.",
          "Check: $f(f^{-1}(x)) = 7 \\cdot \\frac{x+2}{7} - 2 = x + 2 - 2 = x$. ✓ And $f^{-1}(f(x)) = \\frac{7x - 2 + 2}{7} = x$. ✓"]
    math_cases("MATH", "en", q, "\\frac{x+2}{7}", st, ["\\frac{x}{7}+\\frac{2}{7}", "f^{-1}(x) = (x+2)/7", "\\frac{1}{7}x + \\frac27"],
               ["$y = 7x - 2$, so $x = \\frac{y-2}{7}$.", "Thus $f^{-1}(x) = \\frac{x-2}{7}$."], "\\frac{x-2}{7}", ["eq:0", "eq:1", "eq:2", "wrong", "sc_bad"])
    q = "Compute the derivative of $g(x) = \\tan x$."
    st = ["Write $\\tan x = \\frac{\\sin x}{\\cos x}$ and use the quotient rule.",
          "$g'(x) = \\frac{\\cos x \\cdot \\cos x - \\sin x \\cdot (-\\sin x)}{\\cos^2 x} = \\frac{\\cos^2 x + \\sin^2 x}{\\cos^2 x}$.",
          "Using $\\sin^2 x + \\cos^2 x = 1$ this equals $\\frac{1}{\\cos^2 x}$, which can also be written as $1 + \\tan^2 x$."]
    math_cases("MATH", "en", q, "\\sec^2 x", st, ["1+\\tan^2 x", "\\frac{1}{\\cos^2 x}", "\\sec^{2}(x)"],
               ["Quotient rule: $\\frac{\\cos x \\cos x + \\sin x \\sin x}{\\cos^2 x}$... I mixed the sign: numerator $\\cos^2 x - \\sin^2 x$.",
                "So $g'(x) = \\frac{\\cos 2x}{\\cos^2 x}$."], "\\frac{\\cos 2x}{\\cos^2 x}", ["eq:0", "eq:1", "wrong", "eq:2"])
    q = "求和：$1+2+2^2+\\cdots+2^9$。"
    st = ["这是首项为 1、公比为 2 的等比数列，共 10 项。", "由求和公式 $S_n=\\frac{a_1(q^n-1)}{q-1}=\\frac{2^{10}-1}{2-1}$。",
          "$2^{10}=1024$，所以 $S=1023$。也可以逐项验证：1+2+4+8+16=31，再加 32+64+128+256+512=992，共 1023。"]
    math_cases("CMATH", "zh", q, "1023", st, ["2^{10}-1", "1023", "一千零二十三"],
               ["共 9 项，$S=2^9-1=511$。"], "511", ["eq:0", "eq:2", "wrong", "followup"])


def fam_chicken():
    for heads, legs, vs in [(19, 58, ["eq:0", "eq:1", "swap", "wrong"]), (35, 94, ["eq:2", "swap", "sc_good", "noans"])]:
        r = (legs - 2 * heads) // 2
        c = heads - r
        gold = f"({c},{r})"
        q = f"笼子里有若干只鸡和兔，从上面数有 {heads} 个头，从下面数有 {legs} 只脚。鸡和兔各有几只？（按“鸡，兔”的顺序作答）"
        steps = [f"假设全是鸡，则脚数为 ${heads}\\times2={2*heads}$ 只，比实际少 ${legs}-{2*heads}={legs-2*heads}$ 只。",
                 f"每把一只鸡换成兔，脚数增加 2，所以兔有 ${legs-2*heads}\\div2={r}$ 只。",
                 f"鸡有 ${heads}-{r}={c}$ 只。", f"验算：{c}×2+{r}×4={2*c}+{4*r}={legs}，头数 {c}+{r}={heads}，都对。"]
        bad_steps = steps[:1] + [f"每只兔比鸡多 2 只脚，所以鸡有 {legs-2*heads}÷2={r} 只，兔有 {heads}-{r}={c} 只。"]
        forms = [f"鸡有 {c} 只，兔有 {r} 只", f"({c}, {r})", f"鸡{c}只、兔{r}只"]
        for v in vs:
            if v == "swap":
                out = dress(bad_steps, "zh") + ending("zh", f"({r},{c})")
                add("CMATH", "math", q, out, gold, "Incorrect", "zh", "tuple_order")
            else:
                math_cases("CMATH", "zh", q, gold, steps, forms, steps[:1] + [f"兔有 {legs-2*heads} 只。", f"鸡有 {heads-(legs-2*heads)} 只。"],
                           f"鸡{heads-(legs-2*heads)}只，兔{legs-2*heads}只", [v])


def fam_system():
    for (x, y), vs in [((3, 1), ["eq:0", "eq:1", "swap"]), ((-2, 5), ["eq:2", "swap", "wrong", "fewshot_good"])]:
        a1, b1, a2, b2 = 2, 3, 1, -1
        c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
        gold = f"({x}, {y})"
        q = f"Solve the system $2x + 3y = {c1}$ and $x - y = {c2}$. Give the solution as an ordered pair $(x, y)$."
        steps = [f"From the second equation, $x = y + ({c2})$.",
                 f"Substitute: $2(y + {c2}) + 3y = {c1}$, so $5y + {2*c2} = {c1}$, giving $5y = {c1 - 2*c2}$ and $y = {y}$.",
                 f"Then $x = {y} + ({c2}) = {x}$.",
                 f"Check: 2({x}) + 3({y}) = {c1} ✓ and {x} - ({y}) = {c2} ✓."]
        forms = [f"x = {x}, y = {y}", f"(x, y) = ({x}, {y})", f"\\left({x},\\ {y}\\right)"]
        for v in vs:
            if v == "swap":
                out = dress(steps, "en") + ending("en", f"({y}, {x})")
                add("MATH", "math", q, out, gold, "Incorrect", "en", "tuple_order")
            else:
                math_cases("MATH", "en", q, gold, steps, forms, steps[:1] + [f"Then $5y = {c1 + 2*c2}$, so $y = {Fraction(c1+2*c2,5)}$ and $x = {Fraction(c1+2*c2,5)+c2}$."],
                           f"({Fraction(c1+2*c2,5)+c2}, {Fraction(c1+2*c2,5)})", [v])


def fam_misc():
    # work problem, Chinese fractions
    q = "一项工程，甲单独做 4 天完成，乙单独做 6 天完成。两人合作需要几天完成？"
    st = ["把工作总量看作 1，甲每天完成 $\\frac14$，乙每天完成 $\\frac16$。", "合作每天完成 $\\frac14+\\frac16=\\frac{3}{12}+\\frac{2}{12}=\\frac{5}{12}$。",
          "所需天数 $1\\div\\frac{5}{12}=\\frac{12}{5}$ 天，即 2.4 天。", "验算：2.4×(1/4+1/6)=0.6+0.4=1，正好完成。"]
    math_cases("CMATH", "zh", q, "\\frac{12}{5}", st, ["2.4天", "2\\frac{2}{5} 天", "二又五分之二天", "5分之12天"],
               ["合作的时间是两人时间的平均数：(4+6)÷2=5 天。"], "5天", ["eq:0", "eq:1", "eq:2", "eq:3", "wrong", "reject"])
    # committees
    for n, k, vs in [(10, 3, ["eq:0", "eq:1", "wrong"]), (12, 4, ["eq:2", "wrong", "sc_good"])]:
        val = comb(n, k)
        perm = factorial(n) // factorial(n - k)
        q = f"A club has {n} members. In how many ways can a {k}-person committee be chosen (the order of selection does not matter)?"
        st = [f"Since order does not matter, this is a combination: $\\binom{{{n}}}{{{k}}}$.",
              f"$\\binom{{{n}}}{{{k}}} = \\frac{{{n}!}}{{{k}!\\,{n-k}!}} = \\frac{{{perm}}}{{{factorial(k)}}} = {val}$.",
              f"Cross-check: ordered selections are {perm}; each committee is counted {k}! = {factorial(k)} times; {perm}/{factorial(k)} = {val}. ✓"]
        words = {120: "one hundred twenty", 495: "four hundred ninety-five"}[val]
        math_cases("MATH", "en", q, str(val), st, [f"\\binom{{{n}}}{{{k}}} = {val}", f"{words}", f"{val} ways"],
                   [f"Choose the first member in {n} ways, the second in {n-1} ways, etc.", f"Total: {perm}."], str(perm), vs)
    # AIME leading zeros
    q = "Find the remainder when $7^{2024}$ is divided by $1000$. (AIME format: answer is an integer from 000 to 999.)"
    r = pow(7, 2024, 1000)
    st = ["Note $7^4 = 2401 \\equiv 401 \\pmod{1000}$.", "Powers of 401: $401^2 = 160801 \\equiv 801$, $401^5 \\equiv 1 \\pmod{1000}$? Let me check: "
          f"$401^k \\equiv 1 + 400k \\pmod{{1000}}$ for small k since $400^2 \\equiv 0$. So $401^5 \\equiv 2001 \\equiv 1$.",
          "Thus $7^{20} \\equiv 1 \\pmod{1000}$. Since $2024 = 20 \\cdot 101 + 4$, $7^{2024} \\equiv 7^4 \\equiv 401$.",
          f"Verify with Python-style fast exponentiation reasoning: pow(7, 2024, 1000) = {r}."]
    math_cases("AIME24", "en", q, str(r), st, [f"{r:03d}", f"\\boxed{{{r:03d}}}"], ["$7^{2024}$ ends like $7^{4} = 2401$... I'll take the last three digits of $7^{2024 \\bmod 4}$ = $7^0 = 1$."],
               "001", ["eq:0", "wrong", "hedge"])
    # money
    q = "Maya buys 3 notebooks at $4.50 each and a backpack for $18.50. She pays with a $60 bill. How much change does she get, in dollars?"
    st = ["Notebooks: 3 × $4.50 = $13.50.", "Total spent: $13.50 + $18.50 = $32.00.", "Change: $60.00 - $32.00 = $28.00.",
          "Check: 28 + 32 = 60. ✓"]
    math_cases("GSM8K", "en", q, "28", st, ["\\$28.00", "28 dollars", "$28"], ["Notebooks: $4.50 + $4.50 = $9.00 (two notebooks).", "Total: $27.50; change $32.50."],
               "32.50", ["eq:0", "eq:1", "wrong", "followup", "echo"])
    # hours vs minutes unit
    q = "A train travels 210 km at a constant speed of 84 km/h. How many hours does the trip take?"
    st = ["Time = distance / speed = 210 / 84.", "210 / 84 = 2.5 (since 84 × 2 = 168 and 42 is half of 84).", "So the trip takes 2.5 hours, i.e. 2 hours 30 minutes."]
    math_cases("GSM8K", "en", q, "2.5", st, ["2.5 hours", "2\\frac{1}{2} \\text{ hours}", "\\frac{5}{2}"], st[:2], "2.5 \\text{ minutes}", ["eq:0", "eq:1", "eq:2", "wrong"])
    # degrees
    q = "What is the measure, in degrees, of each interior angle of a regular nonagon?"
    st = ["The sum of interior angles of an n-gon is $(n-2) \\cdot 180^\\circ$; for n = 9 that's $7 \\cdot 180 = 1260^\\circ$.",
          "Each of the 9 equal angles is $1260 / 9 = 140^\\circ$.", "Check via exterior angles: 360/9 = 40°, and 180° - 40° = 140°. ✓"]
    math_cases("MATH", "en", q, "140^\\circ", st, ["140°", "140 degrees", "140"], ["Each exterior angle is 360/9 = 40°."], "40^\\circ", ["eq:0", "eq:1", "eq:2", "wrong", "reject_good"])
    # number words
    q = "How many seconds are there in one week?"
    st = ["A minute has 60 seconds and an hour has 60 minutes, so an hour has 3600 seconds.", "A day has 24 hours: 24 × 3600 = 86,400 seconds.",
          "A week has 7 days: 7 × 86,400 = 604,800 seconds."]
    math_cases("GSM8K", "en", q, "604800", st, ["six hundred four thousand eight hundred", "604,800 seconds", "6.048 \\times 10^5"],
               st[:1] + ["A week has 7 × 24 = 168 hours, so 168 × 60 = 10,080."], "10,080", ["eq:0", "eq:1", "eq:2", "wrong"])
    q = "一年（按 365 天计）共有多少分钟？"
    st = ["一天有 24 小时，每小时 60 分钟，所以一天有 24×60=1440 分钟。", "一年 365 天：1440×365。计算：1440×300=432000，1440×65=93600，合计 525600。",
          "所以一年有 525600 分钟，约 52.56 万分钟。"]
    math_cases("CMATH", "zh", q, "525600", st, ["52.56万分钟", "五十二万五千六百分钟", "525,600"], ["一年有 365×24=8760 小时。"], "8760", ["eq:0", "eq:1", "eq:2", "wrong", "trunc"])


# ---------------------------------------------------------------- multiple choice
ROMAN = ["I", "II", "III", "IV", "V"]
MC = [
    # (lang, dataset, stem, options, answer index, notes per option, distractor index, misconception, label style, variants)
    ("en", "MMLU", "Which enzyme is primarily responsible for unwinding the DNA double helix at the replication fork?",
     ["DNA ligase", "Primase", "Helicase", "DNA polymerase I"], 2,
     ["Ligase seals nicks between Okazaki fragments; it acts after synthesis, not at the fork opening.",
      "Primase lays down short RNA primers; it needs single-stranded template that someone else has already exposed.",
      "Helicase uses ATP to break the hydrogen bonds between base pairs, separating the strands — exactly 'unwinding'.",
      "Pol I removes RNA primers and fills gaps; it does not open the helix."], 1,
     "Primase is the first enzyme to act on the template, so it must be the one that opens the helix.", "letter",
     ["label", "text", "wrong_label", "stray_a", "hedge"]),
    ("en", "MMLU", "What is the worst-case time complexity of binary search on a sorted array of n elements?",
     ["O(1)", "O(log n)", "O(n)", "O(n log n)"], 1,
     ["Constant time would require knowing the position in advance.",
      "Each comparison halves the remaining range, so about log2(n) comparisons suffice.",
      "Linear time is the cost of a plain sequential scan, which binary search avoids.",
      "n log n is the cost of comparison sorting, not of searching an already sorted array."], 2,
     "In the worst case the element is absent, and we may have to look at every element, which is linear.", "letter",
     ["label", "wrong_label", "sc_good", "multi"]),
    ("en", "MMLU", "If a government sets a binding price floor above the equilibrium price in a competitive market, what is the most likely result?",
     ["A shortage of the good", "A surplus of the good", "No change in quantity traded", "An increase in quantity demanded"], 1,
     ["Shortages arise from price ceilings set below equilibrium, not floors above it.",
      "At the higher price, quantity supplied rises and quantity demanded falls, so supply exceeds demand: a surplus.",
      "A binding floor changes the traded quantity (it falls to the quantity demanded).",
      "A higher price reduces quantity demanded, it does not increase it."], 0,
     "A price floor restricts how low prices can go, which limits availability, so buyers can't get enough — a shortage.", "letter",
     ["label", "text", "wrong_text", "sc_bad"]),
    ("en", "ARC", "Which planet in our solar system has the shortest day (rotation period)?",
     ["Mars", "Venus", "Jupiter", "Earth"], 2,
     ["Mars rotates in about 24.6 hours, very close to Earth.",
      "Venus rotates extremely slowly — one sidereal day is about 243 Earth days.",
      "Jupiter rotates in just under 10 hours, the fastest of all planets.",
      "Earth's sidereal day is about 23.9 hours."], 3,
     "Earth has the shortest day among the rocky planets, and gas giants don't really have a solid surface to define a day.", "letter",
     ["label", "text", "wrong_label", "stray_a"]),
    ("en", "MMLU_enh", "Which noble gas is the most abundant in Earth's atmosphere?",
     ["Helium", "Neon", "Argon", "Krypton"], 2,
     ["Helium is light enough to escape to space; it is only about 5 ppm.",
      "Neon is about 18 ppm.",
      "Argon makes up about 0.93% of dry air, produced largely by decay of potassium-40.",
      "Krypton is about 1 ppm."], 0,
     "Helium is the most abundant noble gas in the universe, so it should also dominate in the atmosphere.", "roman",
     ["label", "text", "wrong_label", "letter_for_roman"]),
    ("en", "MMLU", "The Meiji Restoration of 1868 took place in which country?",
     ["China", "Korea", "Japan", "Thailand"], 2,
     ["China's late-Qing reforms (Self-Strengthening Movement) are a different event.",
      "Korea was under the Joseon dynasty; it had no 'Meiji' emperor.",
      "The Meiji Restoration returned power to Emperor Meiji and ended the Tokugawa shogunate in Japan.",
      "Thailand (Siam) had the Chakri reforms under King Chulalongkorn, not the Meiji Restoration."], 0,
     "The Restoration was a response to the Opium Wars, which happened in China.", "letter",
     ["label", "wrong_label", "hedge", "text"]),
    ("en", "MMLU_enh", "In the TCP three-way handshake, which flag is set in the very first segment sent by the client?",
     ["ACK", "SYN", "FIN", "RST"], 1,
     ["ACK is set in the second (SYN-ACK) and third segments, not in the first.",
      "The client opens with a SYN segment carrying its initial sequence number.",
      "FIN is used to close a connection.",
      "RST aborts a connection."], 0,
     "Every TCP segment acknowledges something, so the first segment must be an ACK.", "arabic",
     ["label", "text", "wrong_label", "sc_good"]),
    ("en", "MMLU", "Which of the following numbers is prime?",
     ["91", "93", "97", "99"], 2,
     ["91 = 7 × 13.", "93 = 3 × 31.", "97 is not divisible by 2, 3, 5 or 7, and 11² = 121 > 97, so 97 is prime.", "99 = 9 × 11."], 0,
     "91 is not divisible by 2, 3 or 5, so it must be prime.", "letter",
     ["label", "text", "wrong_label", "multi", "stray_a"]),
    ("en", "MMLU", "Which measure of central tendency is least affected by a single extremely large outlier?",
     ["Mean", "Median", "Mid-range", "Standard deviation"], 1,
     ["The mean moves in proportion to the outlier's size.",
      "The median depends only on the middle order statistic, so one extreme value barely moves it.",
      "The mid-range is the average of min and max, so it is maximally sensitive to an outlier.",
      "Standard deviation is a measure of spread, not central tendency, and it is very sensitive to outliers anyway."], 0,
     "The mean uses all the data, so it averages out the outlier's effect.", "letter",
     ["label", "wrong_text", "text", "sc_bad"]),
    ("en", "GPQA", "Which SI unit is used for magnetic flux?",
     ["Tesla", "Weber", "Henry", "Gauss"], 1,
     ["The tesla is the unit of magnetic flux density (flux per area), not flux itself.",
      "The weber (Wb = T·m² = V·s) is the SI unit of magnetic flux.",
      "The henry is the unit of inductance.",
      "The gauss is a CGS unit of flux density."], 0,
     "Magnetic field strength and flux are the same thing, and the tesla is the SI unit for it.", "letter",
     ["label", "text", "wrong_label", "hedge"]),
    ("en", "MMLU", "Which data structure processes elements in first-in, first-out (FIFO) order?",
     ["Stack", "Queue", "Binary heap", "Hash table"], 1,
     ["A stack is LIFO.", "A queue removes elements in the order they were inserted — FIFO.",
      "A heap removes by priority.", "A hash table has no inherent removal order."], 0,
     "A stack pushes items in order and pops them in order, which is first-in first-out.", "letter",
     ["label", "wrong_label", "text"]),
    ("en", "GPQA", "Which reagent oxidizes a primary alcohol to an aldehyde while largely avoiding over-oxidation to the carboxylic acid?",
     ["Potassium permanganate (KMnO4)", "Jones reagent (CrO3/H2SO4, aqueous acetone)", "Pyridinium chlorochromate (PCC) in CH2Cl2", "Sodium borohydride (NaBH4)"], 2,
     ["Hot KMnO4 oxidizes primary alcohols all the way to carboxylic acids.",
      "Jones reagent works in aqueous acid; the aldehyde hydrate gets oxidized further to the acid.",
      "PCC in anhydrous dichloromethane stops at the aldehyde because no water is present to form the hydrate.",
      "NaBH4 is a reducing agent; it would not oxidize an alcohol at all."], 1,
     "Jones reagent is a chromium(VI) oxidant just like PCC, and it is the classic reagent for making aldehydes.", "letter",
     ["label", "text", "wrong_text", "sc_good", "stray_a"]),
    ("en", "MMLU_enh", "Who composed the ballet 'The Rite of Spring' (1913)?",
     ["Claude Debussy", "Igor Stravinsky", "Sergei Prokofiev", "Maurice Ravel"], 1,
     ["Debussy attended the premiere but did not write it.",
      "Stravinsky wrote it for Diaghilev's Ballets Russes; the Paris premiere famously caused a near-riot.",
      "Prokofiev wrote 'Romeo and Juliet' and 'Cinderella' ballets, later.",
      "Ravel wrote 'Daphnis et Chloé' for the Ballets Russes, not this one."], 3,
     "Ravel wrote several ballets for the Ballets Russes around that time, so it is most likely his.", "roman",
     ["label", "text", "wrong_label", "sc_bad"]),
    ("en", "MMLU_enh", "On the Mohs scale of mineral hardness, what is the hardness of corundum?",
     ["7", "8", "9", "10"], 2,
     ["7 is quartz.", "8 is topaz.", "9 is corundum (ruby and sapphire are varieties).", "10 is diamond."], 3,
     "Corundum is used as an abrasive alongside diamond, so it sits at the top of the scale.", "arabic",
     ["label", "text_num", "wrong_label"]),
    ("zh", "CMMLU", "下列不属于我国古代“四大发明”的是？",
     ["指南针", "造纸术", "火药", "地动仪"], 3,
     ["指南针属于四大发明。", "造纸术属于四大发明（东汉蔡伦改进）。", "火药属于四大发明。", "地动仪是东汉张衡的发明，但不属于“四大发明”（四大发明是造纸术、指南针、火药、印刷术）。"], 0,
     "指南针最早叫司南，是战国时期的器物，不算真正的发明。", "letter",
     ["label", "text", "wrong_label", "sc_good", "hedge"]),
    ("zh", "C-Eval", "开凿贯通南北的大运河（以洛阳为中心）的朝代是？",
     ["秦朝", "汉朝", "隋朝", "唐朝"], 2,
     ["秦朝修建了灵渠和长城，不是大运河。", "汉朝没有开凿贯通南北的大运河。", "隋炀帝时开凿了以洛阳为中心、北至涿郡、南达余杭的大运河。", "唐朝沿用了隋朝运河。"], 3,
     "唐朝国力最强，大运河应是唐朝修建的。", "letter",
     ["label", "text", "wrong_label", "stray_a"]),
    ("zh", "C-Eval", "绿色植物光合作用的产物是？",
     ["二氧化碳和水", "有机物（如葡萄糖）和氧气", "氧气和二氧化碳", "水和无机盐"], 1,
     ["二氧化碳和水是光合作用的原料，不是产物。", "光合作用把 CO₂ 和水转化为有机物（葡萄糖等），同时释放氧气。", "二氧化碳是原料。", "水和无机盐是根吸收的物质。"], 0,
     "光合作用会“产生”水和二氧化碳的交换，所以产物是二氧化碳和水。", "letter",
     ["label", "wrong_text", "text", "multi"]),
    ("zh", "CMMLU", "函数 $y=x^3$ 在实数集 $\\mathbb{R}$ 上是？",
     ["增函数", "减函数", "先减后增", "先增后减"], 0,
     ["$y'=3x^2\\ge0$，且只在 x=0 一点为零，所以在 R 上单调递增。", "若是减函数导数应小于零，但 3x²≥0。", "先减后增是 y=x² 的特征。", "先增后减不符合 x³ 的图像。"], 2,
     "在 x=0 处导数为 0，函数在这里转折，所以是先减后增。", "letter",
     ["label", "text", "wrong_label", "sc_bad"]),
    ("zh", "CMMLU", "下列人物中，属于“唐宋八大家”的是？",
     ["李白", "杜甫", "苏轼", "白居易"], 2,
     ["李白是诗人，不在唐宋八大家之列。", "杜甫是诗人，也不在其中。", "苏轼（与苏洵、苏辙）属于唐宋八大家。", "白居易是诗人，不在其中。"], 0,
     "李白是唐代最有名的文学家，所以一定在唐宋八大家里。", "letter",
     ["label", "text", "wrong_label", "hedge"]),
    ("zh", "C-Eval_enh", "我国面积最大的省级行政区是？",
     ["内蒙古自治区", "西藏自治区", "新疆维吾尔自治区", "青海省"], 2,
     ["内蒙古约 118 万平方千米，排第三。", "西藏约 120 万平方千米，排第二。", "新疆约 166 万平方千米，面积最大。", "青海约 72 万平方千米。"], 1,
     "西藏地域辽阔、高原面积巨大，应该是面积最大的。", "roman",
     ["label", "text", "wrong_label", "sc_good"]),
]

MC_END = {
    "en": ["I'll go with ({L}).", "The best answer is {L}.", "Answer: ({L})", "So the correct option is **{L}**.", "I would choose {L}.",
           "The answer is \\boxed{{{L}}}.", "Therefore, the answer is {L}: {T}.", "My final choice: option {L}."],
    "zh": ["答案：{L}", "故选{L}。", "所以正确选项是 {L}。", "综上所述，答案为 {L}。", "因此选择 {L}（{T}）。", "最终答案：$\\boxed{{{L}}}$"],
}


def mc_labels(style):
    if style == "roman":
        return ROMAN[:4]
    if style == "arabic":
        return ["1", "2", "3", "4"]
    return ["A", "B", "C", "D"]


def mc_reason(lang, opts, labels, notes, stem):
    intro = (pick(["Let me go through the options one at a time.", "I'll evaluate each choice against what I know.",
                   "Let me recall the relevant facts and then check every option."]) if lang == "en"
             else pick(["逐项分析各选项：", "我们逐一判断每个选项。", "先回忆相关知识，再逐个排除。"]))
    body = "\n\n".join(f"**({l}) {o}** — {n}" for l, o, n in zip(labels, opts, notes))
    recap = (f"The question asks: \"{stem}\" I need the single option that fits that exactly, so let me keep the wording in mind while eliminating."
             if lang == "en" else f"题目问的是：“{stem}” 需要找出唯一符合题意的选项。")
    return recap + "\n\n" + intro + "\n\n" + body + "\n\n"


def build_mc():
    for (lang, ds, stem, opts, ans, notes, wr, mis, style, variants) in MC:
        labels = mc_labels(style)
        q = stem + "\nAnswer Choices: " + " ".join(f"({l}) {o}" for l, o in zip(labels, opts))
        if lang == "zh":
            q = stem + "\n选项：" + " ".join(f"({l}) {o}" for l, o in zip(labels, opts))
        gold = labels[ans]
        good = mc_reason(lang, opts, labels, notes, stem)
        bad_notes = list(notes)
        bad_notes[wr] = mis
        bad_notes[ans] = ("This sounds plausible at first, but I don't think it fully fits the question." if lang == "en"
                          else "乍看有道理，但我认为不完全符合题意。")
        bad = mc_reason(lang, opts, labels, bad_notes, stem)
        think = R.random() < 0.35

        def wrap(t):
            if not think:
                return t
            return "<think>\n" + t.strip() + "\n</think>\n\n" + ("Based on the elimination above:\n\n" if lang == "en" else "根据上面的排除：\n\n")

        def end(i):
            return pick(MC_END[lang]).format(L=labels[i], T=opts[i])
        for v in variants:
            if v == "label":
                add(ds, "alphabet_option", q, wrap(good) + end(ans), gold, "Correct", lang, "mc_label")
            elif v == "text":
                tail = (pick([f"The answer is: {opts[ans]}.", f"So it must be {opts[ans]}.", f"Final answer: {opts[ans]}"]) if lang == "en"
                        else pick([f"答案是：{opts[ans]}。", f"所以答案为{opts[ans]}。", f"综上所述，正确的是“{opts[ans]}”。"]))
                add(ds, "alphabet_option", q, wrap(good) + tail, gold, "Correct", lang, "mc_option_text")
            elif v == "text_num":
                add(ds, "alphabet_option", q, wrap(good) + f"Corundum therefore has hardness {opts[ans]}, so the answer is {opts[ans]} on the Mohs scale... "
                    f"that corresponds to option ({labels[ans]}).", gold, "Correct", lang, "mc_arabic_vs_content")
            elif v == "wrong_label":
                add(ds, "alphabet_option", q, wrap(bad) + end(wr), gold, "Incorrect", lang, "mc_wrong_label")
            elif v == "wrong_text":
                tail = (f"Therefore the answer is {opts[wr]}." if lang == "en" else f"因此答案是{opts[wr]}。")
                add(ds, "alphabet_option", q, bad + tail, gold, "Incorrect", lang, "mc_wrong_option_text")
            elif v == "hedge":
                a, b = sorted([ans, wr])
                tail = (f"Both ({labels[a]}) and ({labels[b]}) seem defensible here. I'd say the answer is {labels[a]} or {labels[b]}."
                        if lang == "en" else f"{labels[a]} 和 {labels[b]} 似乎都说得通，答案可能是 {labels[a]} 或 {labels[b]}。")
                add(ds, "alphabet_option", q, good + tail, gold, "Incorrect", lang, "mc_hedge")
            elif v == "multi":
                a, b = sorted([ans, wr])
                tail = (f"The correct answers are {labels[a]} and {labels[b]}." if lang == "en" else f"正确答案是 {labels[a]} 和 {labels[b]}。")
                add(ds, "alphabet_option", q, good + tail, gold, "Incorrect", lang, "mc_multiple_on_single")
            elif v == "stray_a":
                if lang == "en":
                    lead = "A quick way to approach this: eliminate what is clearly wrong first. A few of these options can be dismissed immediately.\n\n"
                else:
                    lead = "A 选项先不急着判断。我们先排除明显错误的。\n\n" if ans != 0 else "先排除明显错误的。\n\n"
                add(ds, "alphabet_option", q, lead + good + end(ans), gold, "Correct", lang, "mc_stray_letter_A")
                lead2 = ("A tricky one. A lot depends on definitions here. " if lang == "en" else "A 选项和其他选项都需要仔细考虑。")
                add(ds, "alphabet_option", q, lead2 + good[: len(good) * 2 // 3], gold, "Incorrect", lang, "mc_stray_letter_no_answer")
            elif v == "sc_good":
                first = (f"My first instinct is ({labels[wr]}). " if lang == "en" else f"第一反应是 {labels[wr]}。") + mis + "\n\n"
                w = pick(WAIT[lang])
                add(ds, "alphabet_option", q, first + w + "\n\n" + good + end(ans), gold, "Correct", lang, "mc_self_correction")
            elif v == "sc_bad":
                w = ("Hmm, wait. On reflection, " if lang == "en" else "等等，再想一下，") + mis
                add(ds, "alphabet_option", q, good + end(ans) + "\n\n" + w + "\n\n" + end(wr), gold, "Incorrect", lang, "mc_self_correction_to_wrong")
            elif v == "letter_for_roman":
                # options are labelled I-IV; answering "C" (position letter) is ambiguous -> we only use the content+label form
                add(ds, "alphabet_option", q, good + f"So the answer is option {labels[ans]}, {opts[ans]}.", gold, "Correct", lang, "mc_roman_label")
            else:
                raise ValueError(v)


# ---------------------------------------------------------------- short answers
# (lang, dataset, question, gold, background reasoning, [correct finals], [(incorrect final, trap)])
SA = [
    ("en", "SimpleQA", "Which chemist first isolated elemental fluorine, in 1886?", "Henri Moissan",
     "Fluorine was notoriously hard to isolate — several chemists (Davy, the Knox brothers, Louyet) tried and some were poisoned. The breakthrough came "
     "by electrolysing potassium hydrogen difluoride dissolved in liquid hydrogen fluoride at low temperature, in a platinum apparatus. That work "
     "was done in Paris in 1886 and earned the Nobel Prize in Chemistry in 1906.",
     [("Moissan", "name_surname_only"), ("Henri Moissan", "plain")], [("Humphry Davy", "wrong_entity")]),
    ("en", "SimpleQA", "In what year was the Peace of Westphalia signed, ending the Thirty Years' War?", "1648",
     "The Thirty Years' War began with the Defenestration of Prague in 1618. Negotiations took place in Osnabrück and Münster over several years, "
     "and the treaties were concluded in October of the year thirty years after the war began.",
     [("The treaties were signed in October 1648.", "year_in_sentence")], [("The treaties were signed in October 1658, ending the war.", "wrong_year_fluent")]),
    ("en", "SimpleQA", "What is the capital of Burkina Faso?", "Ouagadougou",
     "Burkina Faso (formerly Upper Volta) is a landlocked country in West Africa. Its largest cities are Ouagadougou and Bobo-Dioulasso; the "
     "seat of government and the capital is the larger one, in the centre of the country.",
     [("Ouagadougou", "plain"), ("the capital is ouagadougou", "case")], [("Bobo-Dioulasso", "wrong_entity")]),
    ("en", "SimpleQA", "On what date was the Hubble Space Telescope launched?", "April 24, 1990",
     "Hubble was carried aboard Space Shuttle Discovery on mission STS-31. The launch was in spring 1990, and the telescope was deployed from the "
     "cargo bay the following day.",
     [("1990-04-24", "date_iso"), ("24 April 1990", "date_format")], [("April 24, 1991", "wrong_year_fluent"), ("It was launched on April 25, 1990.", "wrong_day")]),
    ("en", "SimpleQA", "Which chemical element has the symbol W?", "Tungsten",
     "The symbol W comes from the element's older German/Swedish name, wolfram, after the mineral wolframite. It has the highest melting point of "
     "all metals (about 3422 °C) and was used for light-bulb filaments.",
     [("Tungsten (also called wolfram)", "synonym"), ("Wolfram", "alias")], [("Vanadium", "wrong_entity")]),
    ("en", "FRAMES", "Which river is longer, the Danube or the Rhine?", "The Danube",
     "The Danube flows from the Black Forest to the Black Sea, roughly 2,850 km. The Rhine runs from the Swiss Alps to the North Sea, about 1,230 km.",
     [("The Danube is longer — about 2,850 km versus roughly 1,230 km for the Rhine.", "comparison_sentence"), ("Danube", "plain")],
     [("The Rhine is longer than the Danube.", "comparison_flipped")]),
    ("en", "SimpleQA", "Who wrote the novel 'The Master and Margarita'?", "Mikhail Bulgakov",
     "The novel was written in the Soviet Union in the 1930s, revised until the author's death in 1940, and only published in censored form in "
     "1966–67. Its author also wrote 'Heart of a Dog' and 'The White Guard'.",
     [("Bulgakov", "name_surname_only"), ("M. A. Bulgakov", "name_initials")], [("Boris Pasternak", "wrong_entity")]),
    ("en", "SimpleQA", "Which United Nations specialized agency coordinates international public health and declared COVID-19 a pandemic in March 2020?",
     "World Health Organization",
     "The agency is headquartered in Geneva, was founded in 1948, and its Director-General made the pandemic declaration on 11 March 2020.",
     [("WHO", "abbreviation"), ("the World Health Organization (WHO)", "plain")], [("UNICEF", "wrong_entity")]),
    ("en", "SimpleQA", "How many natural moons does Mars have?", "2",
     "Mars has two small, irregularly shaped moons discovered by Asaph Hall in 1877: Phobos and Deimos.",
     [("two", "number_word"), ("Mars has 2 moons, Phobos and Deimos.", "number_in_sentence")], [("Mars has three moons.", "wrong_number")]),
    ("en", "SimpleQA", "In which country is Mount Kilimanjaro located?", "Tanzania",
     "Kilimanjaro is near the border with Kenya, and many classic photographs are taken from Amboseli in Kenya, but the mountain itself lies "
     "entirely within the northeast of the other country, in Kilimanjaro National Park.",
     [("Tanzania", "plain"), ("the United Republic of Tanzania", "name_long")], [("Kenya", "wrong_entity"), ("It is on the Kenya–Tanzania border, so Kenya or Tanzania.", "hedge")]),
    ("en", "SimpleQA", "Who proposed the hypothesis of continental drift in 1912?", "Alfred Wegener",
     "The German meteorologist presented the idea in 1912 and published 'The Origin of Continents and Oceans' in 1915, citing the fit of coastlines "
     "and fossil distributions. It was largely rejected until plate tectonics emerged in the 1960s.",
     [("Wegener", "name_surname_only")], [("Harry Hess", "wrong_entity")]),
    ("en", "SimpleQA", "In what year did the Chernobyl nuclear disaster occur?", "1986",
     "The accident at reactor No. 4 happened during a safety test in the early hours of 26 April, in the Ukrainian SSR.",
     [("It happened on 26 April 1986.", "date_in_sentence")], [("It happened on 26 April 1987.", "wrong_year_fluent")]),
    ("en", "SimpleQA", "What is the official currency of Switzerland?", "Swiss franc",
     "Switzerland is not in the eurozone; its currency is issued by the Swiss National Bank and has the ISO code CHF.",
     [("the Swiss franc (CHF)", "synonym"), ("CHF", "abbreviation")], [("the euro", "wrong_entity")]),
    ("zh", "C-SimpleQA", "《天工开物》的作者是谁？", "宋应星",
     "《天工开物》成书于明代崇祯十年（1637年），系统记载了农业和手工业生产技术，被誉为“中国17世纪的工艺百科全书”。",
     [("宋应星", "plain"), ("作者是明代科学家宋应星。", "name_in_sentence")], [("徐光启", "wrong_entity")]),
    ("zh", "C-SimpleQA", "中国第一颗人造地球卫星“东方红一号”是哪一天发射的？", "1970年4月24日",
     "东方红一号由长征一号运载火箭在酒泉卫星发射中心发射，使中国成为第五个独立发射卫星的国家。这一天后来被定为“中国航天日”。",
     [("1970-04-24", "date_iso"), ("April 24, 1970", "date_crosslingual"), ("一九七〇年四月二十四日", "date_chinese_numerals")],
     [("1970年4月25日", "wrong_day"), ("它于1971年4月24日发射升空。", "wrong_year_fluent")]),
    ("zh", "C-SimpleQA", "《本草纲目》的作者是谁？", "李时珍",
     "《本草纲目》是明代医药学家所著，历时近三十年，收录药物 1892 种。作者字东璧，号濒湖。",
     [("李时珍", "plain"), ("明代医药学家李时珍", "name_in_sentence")], [("孙思邈", "wrong_entity")]),
    ("zh", "C-SimpleQA", "哪位南北朝时期的数学家将圆周率精确到小数点后第七位？", "祖冲之",
     "南朝宋、齐时期的数学家算出圆周率在 3.1415926 与 3.1415927 之间，并给出约率 22/7、密率 355/113。",
     [("祖冲之", "plain")], [("刘徽", "wrong_entity"), ("可能是刘徽，也可能是祖冲之。", "hedge")]),
    ("zh", "C-SimpleQA", "第一届诺贝尔奖是在哪一年颁发的？", "1901年",
     "诺贝尔于1896年去世，其遗嘱设立奖金；诺贝尔基金会成立后，首届颁奖在其逝世五周年纪念日（12月10日）举行。",
     [("1901", "plain"), ("一九〇一年", "chinese_numerals")], [("首届诺贝尔奖于1896年颁发。", "wrong_year_fluent")]),
]

SA_END = {
    "en": ["Final answer: {a}", "So my answer: {a}", "**Answer:** {a}", "Therefore, the answer is {a}.", "{a}"],
    "zh": ["答案：{a}", "所以答案是{a}。", "综上所述，{a}", "**答案**：{a}"],
}


def sa_reason(lang, q, bg):
    if lang == "en":
        return (f"<think>\nThe question: {q}\n\nLet me recall what I know. {bg}\n\nLet me double-check I'm not confusing this with a similar fact — "
                f"the details above are consistent with each other, so I'm fairly confident.\n</think>\n\n") if R.random() < 0.4 else (
                f"Let me recall the relevant facts.\n\n{bg}\n\nCross-checking: the dates and names above fit together, and I'm not mixing this up with a "
                f"related event or person.\n\n")
    return (f"<think>\n题目：{q}\n\n回忆一下相关知识：{bg}\n\n再核对一下，避免和相似的人物或事件混淆。\n</think>\n\n" if R.random() < 0.4 else
            f"回忆相关知识：{bg}\n\n核对：以上信息彼此吻合，没有与其他事件混淆。\n\n")


def build_sa():
    for lang, ds, q, gold, bg, goods, bads in SA:
        for a, trap in goods:
            out = sa_reason(lang, q, bg) + pick(SA_END[lang]).format(a=a)
            add(ds, "short_text", q, out, gold, "Correct", lang, trap)
        for a, trap in bads:
            out = sa_reason(lang, q, bg).replace(gold, bads[0][0] if trap == "wrong_entity" else gold) + pick(SA_END[lang]).format(a=a)
            add(ds, "short_text", q, out, gold, "Incorrect", lang, trap)
        # self-correction pair on every other item
        if len(CASES) % 2 == 0:
            wa = bads[0][0].rstrip("。.")
            ga = goods[0][0]
            if lang == "en":
                out = sa_reason(lang, q, bg) + f"My first thought was {wa}. Wait, actually that's wrong — on reflection the facts above point elsewhere.\n\nFinal answer: {ga}"
            else:
                out = sa_reason(lang, q, bg) + f"一开始想到的是{wa}。等等，不对，根据上面的信息应当修正。\n\n答案：{ga}"
            add(ds, "short_text", q, out, gold, "Correct", lang, "self_correction")
        else:
            wa = bads[0][0].rstrip("。.")
            ga = goods[0][0]
            if lang == "en":
                out = sa_reason(lang, q, bg) + f"So the answer is {ga}.\n\nHmm, wait — I may be misremembering. Actually, I now think it's {wa}.\n\nFinal answer: {wa}"
            else:
                out = sa_reason(lang, q, bg) + f"所以答案是{ga}。\n\n等等，我可能记错了，应该是{wa}。\n\n最终答案：{wa}"
            add(ds, "short_text", q, out, gold, "Incorrect", lang, "self_correction_to_wrong")


# ---------------------------------------------------------------- classification
# (lang, dataset, question, gold, analysis, [(final, label, trap)])
CL = [
    ("en", "Amazon", "Classify the sentiment of this product review as positive or negative.\nReview: \"The blender crushed ice in seconds and it's quieter than my old one. Cleanup takes a minute. Worth every penny.\"",
     "positive", "The reviewer praises performance (crushes ice in seconds), noise level (quieter), and convenience (easy cleanup), and closes with 'worth every penny', a strong endorsement. No complaints are mentioned.",
     [("Positive", "Correct", "plain"), ("The sentiment of this review is clearly positive.", "Correct", "label_in_sentence"),
      ("This review is not positive; the reviewer is lukewarm.", "Incorrect", "negation")]),
    ("en", "Amazon", "Classify the sentiment of this product review as positive or negative.\nReview: \"Arrived with a cracked lid. Customer service promised a replacement twice and never sent it. I gave up.\"",
     "negative", "Damaged on arrival, broken promises from customer service, and the reviewer 'gave up' — all negative signals, nothing positive offsets them.",
     [("negative", "Correct", "plain"), ("Overall the reviewer is unhappy, so the label is NEGATIVE.", "Correct", "label_in_sentence"),
      ("The review is not negative overall — the reviewer is just venting, so positive.", "Incorrect", "negation"),
      ("It could be negative or neutral.", "Incorrect", "hedge")]),
    ("en", "AgNews", "Classify the news headline into one of: World, Sports, Business, Sci/Tech.\nHeadline: \"Researchers unveil battery chemistry that charges electric cars in under ten minutes\"",
     "Sci/Tech", "The headline is about a research result (new battery chemistry). Although it mentions electric cars, the focus is the technology, not markets or companies' earnings.",
     [("Sci/Tech", "Correct", "plain"), ("Science/Technology", "Correct", "synonym"), ("Business", "Incorrect", "wrong_label")]),
    ("en", "AgNews", "Classify the news headline into one of: World, Sports, Business, Sci/Tech.\nHeadline: \"Central bank raises interest rates for third straight quarter as inflation lingers\"",
     "Business", "Monetary policy, interest rates and inflation are economic/financial news.",
     [("Business", "Correct", "plain"), ("The category is business.", "Correct", "label_in_sentence"), ("World", "Incorrect", "wrong_label"),
      ("World or Business", "Incorrect", "hedge")]),
    ("en", "AgNews", "Classify the news headline into one of: World, Sports, Business, Sci/Tech.\nHeadline: \"Underdog club clinches league title on final day with stoppage-time winner\"",
     "Sports", "A club winning a league title with a late goal is sports news.",
     [("Sports", "Correct", "plain"), ("sport", "Correct", "synonym"), ("World", "Incorrect", "wrong_label")]),
    ("en", "MNLI", "Premise: \"The museum closes at five on weekdays.\"\nHypothesis: \"The museum is open until eight on Tuesdays.\"\nDoes the premise entail the hypothesis, contradict it, or neither (entailment, contradiction, neutral)?",
     "contradiction", "Tuesday is a weekday, so by the premise the museum closes at five on Tuesday. Being open until eight would conflict with that.",
     [("contradiction", "Correct", "plain"), ("The hypothesis contradicts the premise.", "Correct", "label_in_sentence"), ("neutral", "Incorrect", "wrong_label")]),
    ("en", "MNLI", "Premise: \"Priya finished the marathon in just under four hours.\"\nHypothesis: \"Priya ran a marathon.\"\nAnswer with entailment, contradiction, or neutral.",
     "entailment", "Finishing a marathon implies running (or at least completing) a marathon; the hypothesis follows directly.",
     [("Entailment", "Correct", "plain"), ("The premise entails the hypothesis.", "Correct", "label_in_sentence"), ("neutral", "Incorrect", "wrong_label")]),
    ("zh", "CMNLI", "前提：“这家餐厅周一不营业。”\n假设：“这家餐厅的厨师很有名。”\n请判断二者关系：蕴含（entailment）、矛盾（contradiction）或中立（neutral）。",
     "neutral", "前提只说明了营业时间，没有提到厨师是否有名，假设既不能由前提推出，也不与前提冲突。",
     [("neutral", "Correct", "plain"), ("中立", "Correct", "synonym_zh"), ("两者关系是中性的，既不蕴含也不矛盾。", "Correct", "label_in_sentence"), ("蕴含", "Incorrect", "wrong_label")]),
    ("zh", "CMNLI", "前提：“小王昨天在北京参加了会议。”\n假设：“小王昨天一整天都在上海。”\n请判断关系：entailment、contradiction 或 neutral。",
     "contradiction", "同一天不可能一整天都在上海又在北京参加会议，二者冲突。",
     [("contradiction", "Correct", "plain"), ("矛盾", "Correct", "synonym_zh"), ("不矛盾，属于中立关系。", "Incorrect", "negation")]),
    ("zh", "CLUEWSC", "句子：“李明把书借给了张华，因为他已经读完了。”\n问题：句中的“他”指的是“李明”吗？请回答“是”或“否”。",
     "是", "读完书的人才会把书借出去，所以“他已经读完了”指的是借出书的李明。",
     [("是", "Correct", "plain"), ("对，“他”指李明。", "Correct", "synonym_zh"), ("Yes", "Correct", "crosslingual_bool"), ("否", "Incorrect", "wrong_label")]),
    ("zh", "CLUEWSC", "句子：“妈妈给女儿买了一件外套，因为她觉得冷。”\n问题：句中的“她”指的是“妈妈”吗？请回答“是”或“否”。",
     "否", "觉得冷的人需要外套，外套是买给女儿的，所以“她”指女儿，而不是妈妈。",
     [("否", "Correct", "plain"), ("不是，“她”指的是女儿。", "Correct", "negation_correct"), ("是", "Incorrect", "wrong_label"),
      ("是的，指妈妈。", "Incorrect", "wrong_label")]),
    ("zh", "Amazon_zh", "判断下面评论的情感倾向（positive 或 negative）：\n“物流很快，包装也很用心，耳机音质超出预期，会回购。”",
     "positive", "评论称赞物流、包装和音质，并表示会回购，全是正面评价。",
     [("positive", "Correct", "plain"), ("正面", "Correct", "synonym_zh"), ("情感倾向为积极。", "Correct", "synonym_zh"), ("negative", "Incorrect", "wrong_label")]),
    ("zh", "Amazon_zh", "判断下面评论的情感倾向（positive 或 negative）：\n“用了三天就充不进电了，客服一直推脱，非常失望。”",
     "negative", "产品故障、客服推脱、“非常失望”，都是负面信息。",
     [("negative", "Correct", "plain"), ("负面", "Correct", "synonym_zh"), ("不是负面评价。", "Incorrect", "negation")]),
]

CL_END = {"en": ["Answer: {a}", "So my answer: {a}", "Final answer: {a}", "{a}", "Label: **{a}**"],
          "zh": ["答案：{a}", "所以答案是：{a}", "综上所述，{a}", "{a}"]}


def build_cl():
    for lang, ds, q, gold, ana, finals in CL:
        for a, lab, trap in finals:
            if lang == "en":
                pre = pick([f"<think>\n{ana}\n\nLet me make sure I'm using one of the allowed labels and not over-reading the text.\n</think>\n\n",
                            f"Let me analyze the text.\n\n{ana}\n\nChecking for any mixed signals or sarcasm: none that changes the overall reading.\n\n"])
            else:
                pre = pick([f"<think>\n{ana}\n\n再确认一下，答案要在给定的标签中选择。\n</think>\n\n", f"分析：{ana}\n\n检查是否存在反讽或转折：没有。\n\n"])
            add(ds, "categorical_label", q, pre + pick(CL_END[lang]).format(a=a), gold, lab, lang, trap)
        # truncated output, no label
        if lang == "en":
            out = "Let me analyze the text.\n\n" + ana + "\n\nHowever, I should also consider whether"
        else:
            out = "分析：" + ana + "\n\n不过还需要考虑"
        add(ds, "categorical_label", q, out, gold, "Incorrect", lang, "truncated_no_label")


def main():
    for name in sorted(k for k in globals() if k.startswith("fam_")):
        globals()[name]()
    # keep math near 40%: drop some short, plain equivalence cases deterministically
    math_idx = [i for i, c in enumerate(CASES) if c["key_answer_type"] == "math"]
    drop_pool = [i for i in math_idx if CASES[i]["trap"] in ("equiv_form", "plain") and CASES[i]["lang"] == "en" and len(CASES[i]["llm_output"]) < 700]
    R.shuffle(drop_pool)
    drop = set(drop_pool[:40])
    kept = [c for i, c in enumerate(CASES) if i not in drop]
    CASES[:] = kept
    build_mc()
    build_sa()
    build_cl()
    order = list(range(len(CASES)))
    R.shuffle(order)
    rows = [CASES[i] for i in order]
    with open(HERE / "var_dev.jsonl", "w", encoding="utf-8") as f:
        for n, c in enumerate(rows, 1):
            rec = {"id": f"dv-{n:04d}"}
            rec.update(c)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(rows), "cases written")


if __name__ == "__main__":
    main()
