"""How a math output is written: a restatement, the steps and a check, laid out by ``dress`` (``<think>``, markdown
headers, numbered, plain) and closed by ``ending``. ``math_cases`` emits one case per variant tag of a problem
(``eq:i`` equivalent form, ``wrong``, self-correction, hedge, rejected value, truncation, no answer, recited
few-shot, hallucinated follow-up, question echo)."""

from .cases import R, add, pick

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
