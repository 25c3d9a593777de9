"""Turns one math problem (from gen_math) into one model output under a persona and a
final-commitment scenario. Returns (llm_output, label, trap)."""


def cut(text, frac, r):
    n = int(len(text) * frac)
    # cut mid-word on purpose
    while n < len(text) and text[n] in " \n":
        n += 1
    return text[:n + r.randint(1, 3)]


EN_FINAL = [
    lambda a: f"Final answer: {a}",
    lambda a: f"**Final Answer:** ${a}$",
    lambda a: f"The final answer is: $\\boxed{{{a}}}$",
    lambda a: f"Therefore, the answer is ${a}$.",
    lambda a: f"ANSWER: {a}",
    lambda a: f"So my answer is {a}.",
    lambda a: f"$$\\boxed{{{a}}}$$",
    lambda a: f"**Answer.** {a}",
    lambda a: f"=> {a}",
]
ZH_FINAL = [
    lambda a: f"答案：${a}$",
    lambda a: f"**最终答案：** {a}",
    lambda a: f"故答案为 $\\boxed{{{a}}}$。",
    lambda a: f"所以最后的结果是 {a}。",
    lambda a: f"综上所述，答案是 {a}。",
]


def persona_text(P, d, body_parts, final_line, zh, r_=None):
    import random as _rnd
    r_ = r_ or _rnd.Random(len(d["q"]))
    """Assemble text for a persona. body_parts: dict with think, clean, tail (verify etc.)."""
    q = d["q"]
    think, clean, tail = body_parts["think"], body_parts["clean"], body_parts.get("tail", "")
    if P == "thinker":
        rq = r_.choice([f"The problem: {q}\n\n", f"So the question is — {q}\n\n", f"Problem restated: {q}\n\n"]) if not zh else f"题目：{q}\n\n"
        s = f"<think>\n{rq}{think}\n</think>\n\n{clean}"
        if tail:
            s += "\n\n" + tail
    elif P == "rambler":
        s = (f"嗯，这道题：{q}\n\n" if zh else f"Hmm, so: {q}\n\n") + think + "\n\n" + ("让我再整理一遍。\n\n" if zh else "OK let me write this up properly, I keep going back and forth.\n\n") + clean
        if tail:
            s += "\n\n" + tail
    elif P == "terse":
        s = (f"{q}\n\n" if r_.random() < 0.5 else "") + clean + ("\n\n" + tail if tail else "")
    elif P == "markdown":
        if zh:
            s = f"## 题目分析\n\n{q}\n\n{think}\n\n## 解答\n\n{clean}" + (f"\n\n## 检验\n\n{tail}" if tail else "")
        else:
            s = f"## Understanding the problem\n\nWe are asked: {q}\n\nInitial thoughts: {think}\n\n## Solution\n\n{clean}" + (f"\n\n## Verification\n\n{tail}" if tail else "")
    elif P == "restate":
        s = (f"题目要求：{q}\n\n思路：{think}\n\n具体步骤如下。\n\n{clean}" if zh else
             f"Restating the question: {q}\n\nWhat's being asked is a single value, so let me plan. {think}\n\nNow carefully:\n\n{clean}") + ("\n\n" + tail if tail else "")
    else:  # boxed / stepwise
        s = ("我们一步一步来。\n\n" if zh else r_.choice(["Let's solve this step by step.\n\n", f"Problem: {q}\n\nLet's work through it.\n\n", f"We want to answer: {q}\n\n"])) + think + "\n\n---\n\n" + clean + ("\n\n" + tail if tail else "")
    if final_line:
        s += "\n\n" + final_line
    return s


PERSONAS = ["thinker", "thinker", "rambler", "terse", "markdown", "markdown", "restate", "stepwise", "stepwise", "thinker", "rambler"]


def build(d, scen, r):
    zh = d["lang"] == "zh"
    F = ZH_FINAL if zh else EN_FINAL
    P = r.choice(PERSONAS)
    right = r.choice(d["right"])
    w_ans, w_sent, w_trap = r.choice(d["wrongs"])
    st, sc, fin, ver = d["setup_think"], d["setup_clean"], d["finish"], d["verify"]
    st = d["extra3"] + "\n\n" + d["extra"] + "\n\n" + d["extra4"] + "\n\n" + st
    x2 = d["extra2"]
    ver = ver + "\n\n" + x2
    if zh:
        pits = "### 易错点\n" + "\n".join(f"- 错误做法：{ws}（会得到 {wa}，不对）" for wa, ws, _ in d["wrongs"])
    else:
        pits = r.choice(["### Common pitfalls\n", "**Where people go wrong:**\n", "Pitfalls to watch for:\n"]) + "\n".join(f"- {ws} ← this would give {wa}, which is wrong." for wa, ws, _ in d["wrongs"])
    pit = (f"（易错点：有人会这样算——“{w_sent}”——这是错误的。）" if zh else
           f"(A tempting slip here would be: \"{w_sent}\" That is a mistake, so I avoid it.)")
    if scen == "C_plain":
        parts = dict(think=st + fin, clean=sc + fin, tail=ver + ("\n\n" + (pits if P != "terse" else pit)))
        return persona_text(P, d, parts, r.choice(F)(right), zh), "Correct", "standard_final_" + P
    if scen == "C_revised":
        wrong_then = (f"{st}{w_sent} 嗯……等一下，这不对。我重新检查一下刚才那一步。{fin}" if zh else
                      f"{st}{w_sent} Hmm, wait, that's wrong — I messed up that step. Let me redo it. {fin}")
        parts = dict(think=wrong_then, clean=sc + fin, tail=ver + "\n\n" + pits)
        if P == "terse":
            P = "rambler"
        return persona_text(P, d, parts, r.choice(F)(right), zh), "Correct", "early_wrong_then_revised"
    if scen == "C_inline":
        parts = dict(think=st + fin, clean=sc + fin, tail=ver)
        return persona_text(r.choice(["thinker", "terse", "stepwise"]), d, parts, None, zh), "Correct", "answer_only_inside_reasoning"
    if scen == "C_first":
        head = (f"**答案：{right}**\n\n下面给出理由。\n\n" if zh else f"**Answer: {right}**\n\nJustification follows.\n\n")
        s = head + (f"题目：{d['q']}\n\n" if zh else f"Question: {d['q']}\n\n") + st + fin + "\n\n" + sc + fin + "\n\n" + ver
        return s, "Correct", "answer_first_then_justification"
    if scen == "C_restated":
        # finish states one form; summary restates in another form; then a check section
        other = r.choice([x for x in d["right"] if x != right] or [right])
        summ = (f"\n\n**总结**：结果可以写成 {other}，也就是 {right}。" if zh else
                f"\n\n**Summary.** The result, {other}, can equally be written as {right}.")
        parts = dict(think=st + fin, clean=sc + fin + summ, tail=("### 检验\n" if zh else "### Check\n") + ver + "\n\n" + pits)
        return persona_text(P, d, parts, r.choice(F)(right), zh), "Correct", "answer_restated_different_form"
    if scen == "I_wrong":
        parts = dict(think=st + w_sent, clean=sc + w_sent,
                     tail=(f"检查了一遍：{w_sent} 没有发现问题。" if zh else f"Re-checking the key step: {w_sent} That still looks right to me."))
        return persona_text(P, d, parts, r.choice(F)(w_ans), zh), "Incorrect", w_trap
    if scen == "I_flip":
        body = (f"{st}{fin}\n\n{x2}\n\n不过等等，我觉得前面的处理有问题。{w_sent}" if zh else
                f"{st}{fin}\n\n{x2}\n\nActually, wait. I don't think that's right after all. {w_sent}")
        parts = dict(think=body, clean=sc + w_sent)
        return persona_text(r.choice(["thinker", "rambler", "stepwise"]), d, parts, r.choice(F)(w_ans), zh), "Incorrect", "right_in_reasoning_final_changed:" + w_trap
    if scen == "I_hedge":
        parts = dict(think=st + fin + "\n\n" + x2, clean=sc + fin + " " + w_sent)
        hl = (f"答案可能是 {right}，也可能是 {w_ans}，取决于理解方式。" if zh else
              r.choice([f"Final answer: either {right} or {w_ans} — I can't fully decide between them.",
                        f"**Answer:** {right} (or {w_ans} if the other reading is intended)",
                        f"I'd say {w_ans}, though {right} is also plausible."]))
        return persona_text(P, d, parts, hl, zh), "Incorrect", "hedge_between_two"
    if scen == "I_trunc":
        half = d["setup_think"][: len(d["setup_think"]) // 2]
        full = st[: len(st) - len(d["setup_think"])] + half
        s = cut(full, r.uniform(0.85, 0.99), r)
        if r.random() < 0.5:
            s = "<think>\n" + s
        return s, "Incorrect", "truncated_no_final_answer"
    if scen == "I_two":
        s = persona_text(P, d, dict(think=st + fin, clean=sc + fin, tail=ver), None, zh)
        s += (f"\n\n另一种算法：{w_sent}\n\n因此两个答案：$\\boxed{{{right}}}$ 和 $\\boxed{{{w_ans}}}$。" if zh else
              f"\n\nAlternatively, approaching it differently: {w_sent}\n\nSo the answers are $\\boxed{{{right}}}$ and $\\boxed{{{w_ans}}}$.")
        return s, "Incorrect", "two_final_answers"
    raise ValueError(scen)


SCEN = ["C_plain"] * 5 + ["C_revised"] * 2 + ["C_inline", "C_first", "C_restated", "C_restated"] + \
       ["I_wrong"] * 3 + ["I_flip"] * 2 + ["I_hedge", "I_trunc", "I_two"]
