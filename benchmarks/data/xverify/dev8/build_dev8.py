#!/usr/bin/env python3
"""Build dev8.jsonl from the hand-written pairs in items.py.

Every (question, reference, prediction, label) pair in items.py is emitted twice:
once as a SHORT output (a line or a few lines) and once as a LONG output (a full
solution in one of several styles).  Long outputs of Incorrect pairs are sometimes
rendered as structural traps (flip after reaching the right value, two answers,
truncated with no final answer); long outputs of Correct pairs are sometimes
rendered as self-corrections or hedged-then-committed answers.  Labels of those
variants are fixed by construction (see LONG VARIANTS below).

Deterministic: seeded RNG.  Usage:  python3 build_dev8.py   (writes dev8.jsonl atomically)
"""
import json
import os
import random
import statistics

from items import ALL, C, I

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261207)


def has_zh(s):
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def is_latexy(p):
    return any(t in p for t in ("\\", "^", "_", "{"))


def inline(p, kat):
    """Render a prediction inline, sometimes in $...$ when it is LaTeX-ish math."""
    if kat == "math" and is_latexy(p) and not has_zh(p) and not p.startswith("$") and rng.random() < 0.6:
        return f"${p}$"
    return p


def strip_period(p):
    return p[:-1] if p.endswith(".") or p.endswith("。") else p


# ---------------------------------------------------------------- short outputs
SHORT_EN = [
    "{p}", "{p}", "{p}", "The answer is {p}.", "Final answer: {p}", "Answer: {p}", "**{p}**",
    "So the answer is {p}.", "{p}\n", "Result: {p}", "=> {p}",
]
SHORT_EN_MATH = ["$\\boxed{{{p}}}$", "\\boxed{{{p}}}", "The final answer is $\\boxed{{{p}}}$.",
                 "Therefore the answer is \\( {p} \\)."]
SHORT_ZH = ["{p}", "答案：{p}", "最终答案是 {p}", "答：{p}", "所以答案为{p}。", "{p}"]
SHORT_ZH_MATH = ["$\\boxed{{{p}}}$", "故答案为 $\\boxed{{{p}}}$"]


def short_output(item, pred):
    kat, zh = item["kat"], item["zh"]
    pool = list(SHORT_ZH if zh else SHORT_EN)
    if kat == "math" and not has_zh(pred) and "boxed" not in pred:
        pool += SHORT_ZH_MATH if zh else SHORT_EN_MATH
    tmpl = rng.choice(pool)
    if "boxed" in tmpl or "\\(" in tmpl:
        body = tmpl.format(p=pred)
    else:
        p = inline(pred, kat)
        body = tmpl.format(p=strip_period(p) if tmpl.endswith(".") or tmpl.endswith("。") else p)
    # sometimes a few lines: a one-line justification then the answer
    if item["work"] and rng.random() < 0.3:
        lead = item["work"]
        body = lead + "\n" + body
    return body.strip()


# ---------------------------------------------------------------- long outputs
FILL_EN = {
    "math": [
        "Let me restate what is being asked so I don't solve the wrong problem. The question wants a single final result, and I should make sure the form I give matches what is requested - exact values stay exact, and if a rounding or unit is specified I'll respect it.",
        "Before doing any algebra, it's worth listing the facts I actually need. Most of the difficulty in problems like this comes from small slips: a dropped sign, a misplaced factor of ten, or forgetting one of several cases. I'll write every intermediate step explicitly instead of doing it in my head.",
        "There are two natural approaches here. One is to compute directly from the definitions; the other is to use a standard identity or formula that shortcuts the computation. I'll do it the direct way first, because it is easier to audit, and then use the shortcut as a cross-check if possible.",
        "A quick sanity check on the size of the answer: nothing in the problem suggests the result should be huge or tiny, so if I end up with something wildly out of scale, that is a signal I have made an arithmetic or unit error somewhere.",
        "Let me also think about edge cases. Are there any values that would make an expression undefined, any places where I divide by something that could be zero, or any step where a square root or absolute value could hide a second case? Keeping these in mind now avoids losing a solution later.",
        "I want to be careful with notation. Different textbooks write the same object differently (fractions vs. decimals, intervals vs. inequalities, set braces vs. lists), and that is fine, but the underlying value has to be right.",
        "Hmm, let me slow down here. It's easy to pattern-match this to a similar-looking exercise and apply the wrong formula, so I'll re-derive the key relation rather than quoting it from memory.",
        "Okay, so the setup is clear. I'll now carry out the computation step by step and keep track of each quantity.",
        "Let me think about what kind of object the answer is. Is it a single number, a set of values, an interval, a point, an expression in x, or something with units attached? Knowing that up front tells me what the final line should look like and helps me notice if my result has the wrong shape.",
        "I'll also consider whether the problem has any hidden constraint - a domain restriction, a requirement that the answer be positive, an integer condition, or a requested precision. These are the details graders care about and they are easy to skim past on a first read.",
        "Writing the given information out explicitly:\n\n- the quantities stated in the problem,\n- the relation connecting them,\n- what the question is actually asking me to produce.\n\nWith that list in front of me the computation should be mechanical.",
        "One more thought before computing: if I get an answer that only approximately satisfies the conditions, I should be suspicious - in a well-posed exercise like this the numbers are usually chosen so that things come out cleanly.",
        "Let me not overthink this. The standard method applies directly; the main risk is an arithmetic slip, so I'll be deliberate with each operation and keep signs and exponents visible.",
    ],
    "alphabet_option": [
        "Let me read the question and every option carefully before choosing. Multiple-choice questions often include a distractor that is almost right - a related concept, a neighbouring value, or a true statement that doesn't answer the question actually asked.",
        "I'll go through the options one at a time and eliminate the ones I can rule out with confidence, then compare whatever is left.",
        "One thing to watch: the question may be asking for the exception, the best answer, or the first/most/least of something. I re-read the stem to make sure I'm answering the right direction.",
        "Recalling the relevant background knowledge first, then mapping it onto the choices, tends to be more reliable than judging each option by how familiar it sounds.",
        "Some options here are plausible on a quick read, so I want a concrete reason for rejecting each of them rather than a vague feeling.",
        "Question writers like to include an option that would be correct for a slightly different question - for example one that names a related property, a neighbouring item in a list, or a value that comes out of a common mistake. I'll keep that in mind while comparing.",
        "If two options both look defensible, the better one is usually the more specific and precise match to the exact wording of the stem, so I'll re-read the stem word by word at the end.",
        "Let me also make sure I report the option in a way that is unambiguous - the letter is what counts, and the text should match the letter I give.",
    ],
    "categorical_label": [
        "For natural language inference the key question is whether the hypothesis must be true whenever the premise is true (entailment), must be false (contradiction), or could go either way (neutral).",
        "I should not use outside world knowledge to fill gaps the premise leaves open - if the premise is silent on a detail, the relationship is usually neutral, not entailment.",
        "Let me identify the main event, the participants and any qualifiers (time, place, quantity) in both sentences and compare them piece by piece.",
        "A common trap is lexical overlap: sentences that share many words can still contradict each other, and sentences with different wording can still be entailed.",
        "Another consideration is world knowledge that is so basic it is part of understanding the words themselves (for example, that a man is a person). That kind of knowledge is allowed; speculative details about circumstances are not.",
        "It also helps to ask: could I imagine a situation in which the premise is true and the hypothesis false? If yes, it is not entailment. Could I imagine one in which both are true? If yes, it is not contradiction.",
        "I will settle on exactly one of the three labels at the end, since the task requires a single classification.",
    ],
    "short_text": [
        "This is a factual recall question, so the main thing is to be precise about the specific entity asked for rather than something closely related to it.",
        "Let me make sure I'm answering exactly what is asked - a name, a year, a place, or a number - and not a nearby fact that is easy to confuse with it.",
        "There are some well-known near-misses here, so I'll think about what distinguishes the right answer from the usual confusions.",
        "If the question refers to a passage, I should rely on the passage itself and do the counting or arithmetic explicitly.",
        "For questions like this the expected answer is short - a name, a number or a few words - so after the reasoning I'll state just that, without extra qualifications that might change its meaning.",
        "Let me recall what I know about the topic in general before zeroing in on the specific fact, since that context helps rule out the plausible-sounding alternatives.",
        "I should also double-check I'm not mixing up two similar entities; questions like this are often designed so that a closely related name or number is tempting.",
    ],
}
FILL_ZH = {
    "math": [
        "先把题目要求理清楚：题目要的是最终结果，我需要保证答案的形式符合要求——精确值就保留精确值，如果有单位或精度要求也要照顾到。",
        "这类题最容易错的地方往往不是思路，而是细节：符号、数量级、漏掉某一种情况。所以下面每一步我都写出来，不跳步。",
        "有两种思路：一是直接按定义计算，二是用公式或恒等式简化。我先用直接的方法算一遍，因为更容易检查，然后再用另一种方法验证。",
        "另外要注意有没有使表达式无意义的取值，比如分母为零、根号下为负，或者去绝对值时需要分类讨论的情况，避免漏解或增解。",
        "嗯，我再仔细看一下题目条件，确认没有看错数字。",
        "好，思路清楚了，下面开始逐步计算。",
        "先判断答案应该是什么形式：一个数、一个集合、一个区间、一个点的坐标，还是一个表达式？想清楚这一点，最后写答案时就不容易写错形式。",
        "把已知条件列出来：\n\n- 题目给出的数据；\n- 它们之间的关系；\n- 题目最终要求的量。\n\n这样计算就比较机械了，不容易出错。",
        "还有一点：如果算出来的结果很“不整齐”，就要警惕是不是哪里算错了，因为这类练习题的数据一般都设计得比较干净。",
        "这道题看起来不难，但越是简单的题越容易因为粗心丢分，尤其是正负号、单位和是否漏解，所以我会格外仔细。",
    ],
    "alphabet_option": [
        "先仔细读题干和每个选项。选择题常常设置似是而非的干扰项，需要逐一排除。",
        "我先回忆相关的知识点，再和选项逐个对照，而不是凭感觉选一个看着眼熟的。",
        "注意题干问的是“哪个是”还是“哪个不是”，方向不能搞反。",
        "出题人经常会放一个“对另一个问题正确”的选项作为干扰，比如相近的概念、相邻的数值，或者常见错误算出来的结果，所以要逐一核对。",
        "如果两个选项都说得通，一般选与题干表述最精确对应的那一个。最后我会再把题干读一遍确认。",
        "作答时要写清楚选项字母，并且字母和选项内容要对应，避免歧义。",
    ],
    "categorical_label": [
        "判断两句话的关系：如果语句一为真时语句二一定为真，就是蕴含；一定为假就是矛盾；无法确定则是中立。",
        "不能用语句一之外的常识去补充信息——语句一没有提到的细节，一般应判为中立。",
        "我把两句话的主体、事件、时间等要素逐一对比。",
        "可以这样检验：能否想象一种情形，语句一为真而语句二为假？如果能，就不是蕴含。能否想象两者同时为真？如果能，就不是矛盾。",
        "词语重合度高不代表蕴含，表述不同也不代表矛盾，要看语义本身。",
        "最后只能给出一个标签：蕴含、中立或矛盾。",
    ],
    "short_text": [
        "这是一道事实性问题，关键是答出题目问的那个具体对象，而不是相关但不同的东西。",
        "这里有一些常见的混淆项，我先想清楚正确答案和它们的区别。",
        "先回忆一下这个领域的整体背景，再定位到具体的事实，这样更容易排除那些听起来很像的错误答案。",
        "答案应该很简短，一个名字或者一个数字即可，不需要额外的限定语。",
        "要注意不要把两个相似的对象搞混，这类题目往往故意设置了容易混淆的选项。",
    ],
}

VERIFY_EN = [
    "## Verification\n\nLet me double-check by going back through the steps. {work} Everything is consistent with what I found.",
    "**Check:** {work} Good, that matches.",
    "---\n\nQuick re-check: {work} No discrepancies.",
    "Let me verify once more in a different way. {work} The check agrees, so I'm confident.",
]
VERIFY_ZH = ["## 验证\n\n回头再检查一遍：{work} 与上面的结果一致。", "**检验**：{work} 没有问题。"]

FINAL_EN = [
    "**Final Answer:** {a}", "Final answer: {a}", "The answer is {a}.", "So the final result is {a}.",
    "Answer: {a}", "### Final answer\n\n{a}", "**Answer**: {a}", "Thus, the answer is {a}.",
    "Putting it all together, my answer is {a}.",
]
FINAL_EN_BOX = ["Therefore, the answer is $\\boxed{{{b}}}$.", "\\[\n\\boxed{{{b}}}\n\\]", "$$\\boxed{{{b}}}$$",
                "**Final Answer**\n\n\\[ \\boxed{{{b}}} \\]"]
FINAL_ZH = ["最终答案：{a}", "所以答案是 {a}。", "**答案**：{a}", "综上所述，答案为 {a}。", "答：{a}"]
FINAL_ZH_BOX = ["综上，答案为 $\\boxed{{{b}}}$。", "\\[\n\\boxed{{{b}}}\n\\]"]


def sentence_like(p):
    return p.endswith(".") or p.endswith("。") or any(w in p for w in ("答案", "选项", "The ", "It will", "互相", "第", "作者", "截距", "Answer"))


RECAP_EN = [
    "To summarize the reasoning: I identified exactly what is being asked, wrote out the relevant facts, worked through the steps without skipping any, and checked that the result has the right form and makes sense in context.",
    "Recap: the key step was setting up the right relation from the information given; everything after that was routine. I've re-read the question once more to be sure the final answer addresses it directly.",
    "So, pulling the pieces together - the reasoning above is self-consistent, the result has the expected shape, and I don't see any case I have overlooked.",
]
RECAP_ZH = [
    "小结一下：先明确题目要求，再列出已知条件，逐步推导，最后检查答案的形式和合理性。",
    "回顾整个过程，关键在于建立正确的关系式，后面的计算都是常规步骤。我又读了一遍题目，确认最后的答案正面回答了问题。",
]


def final_line(item, pred):
    zh = item["zh"]
    if sentence_like(pred):
        return pred
    pool = list(FINAL_ZH if zh else FINAL_EN)
    if not has_zh(pred) and "boxed" not in pred and item["kat"] in ("math", "alphabet_option"):
        pool += FINAL_ZH_BOX if zh else FINAL_EN_BOX
    t = rng.choice(pool)
    if "{b}" in t:
        return t.format(b=pred)
    a = inline(pred, item["kat"])
    if t.endswith(".") or t.endswith("。"):
        a = strip_period(a)
    return t.format(a=a)


def question_block(item):
    q = item["q"]
    if item["zh"]:
        return rng.choice(["题目是：\n\n> " + q.replace("\n", "\n> "), "我们来看这道题。", "好的，来解这道题。"])
    return rng.choice(["The problem:\n\n> " + q.replace("\n", "\n> "), "Let's work through this.",
                       "Okay, let me think about this problem.", "We need to answer the following.\n\n" + q])


def fillers(item, k):
    pool = (FILL_ZH if item["zh"] else FILL_EN)[item["kat"]]
    k = min(k, len(pool))
    return rng.sample(pool, k)


def work_block(item):
    w = item["work"]
    if not w:
        return ""
    if item["kat"] == "math" and not item["zh"] and rng.random() < 0.5:
        return "Working it out:\n\n" + w
    return w


def bullets(item):
    if item["kat"] == "alphabet_option":
        opts = [l for l in item["q"].split("\n")[1:] if l.strip()]
        if opts:
            pre = "逐个看选项：" if item["zh"] else "Going through the options:"
            return pre + "\n" + "\n".join("- " + o.strip() + (" —— 需要判断。" if item["zh"] else " - need to check this against the stem.") for o in opts)
    return ""


def assemble(item, body_parts, final, style, verify=None):
    zh = item["zh"]
    parts = []
    if style == "think":
        inner = "\n\n".join(p for p in body_parts if p)
        parts.append("<think>\n" + inner + "\n</think>")
        parts.append(final)
    elif style == "headings":
        h1, h2, h3 = ("## 分析", "## 解答", "## 结论") if zh else ("## Understanding the problem", "## Solution", "## Conclusion")
        half = max(1, len(body_parts) // 2)
        parts.append(h1 + "\n\n" + "\n\n".join(p for p in body_parts[:half] if p))
        parts.append(h2 + "\n\n" + "\n\n".join(p for p in body_parts[half:] if p))
        parts.append(h3 + "\n\n" + final)
    elif style == "steps":
        n = 1
        for p in body_parts:
            if p:
                parts.append((f"**第{n}步.** " if zh else f"**Step {n}.** ") + p)
                n += 1
        parts.append(final)
    else:  # prose
        parts.extend(p for p in body_parts if p)
        parts.append(final)
    if verify:
        parts.append(verify)
    return "\n\n".join(parts)


def pick_other(item, want_label, exclude):
    cands = [p for (p, l, t) in item["preds"] if l == want_label and p != exclude]
    if want_label == C and not cands:
        cands = [item["ref"]]
    return rng.choice(cands) if cands else None


# wrong only in form (approximation / unsimplified / restated); never paired with the exact answer as "two answers"
FORM_ONLY = {"rounded_decimal_for_exact", "decimal_for_exact", "decimal_when_exact_requested", "unexpanded_restatement",
             "unfactored_restatement", "not_fully_simplified", "not_normalised_scientific", "restated_question",
             "approximation", "wrong_precision", "truncated_not_rounded"}


def long_output(item, pred, label, trap):
    """Returns (text, label, trap_suffix)."""
    zh = item["zh"]
    style = rng.choice(["think", "headings", "steps", "prose", "think", "prose"])
    k = rng.randint(5, 8) if item["zh"] else rng.randint(4, 7)
    fill = fillers(item, k)
    qb = question_block(item)
    bl = bullets(item)
    wk = work_block(item)
    if label == C:
        variant = rng.choices(["plain", "restated", "hedge", "selfcorrect", "verify"], [3, 2, 1, 2, 2])[0]
        wrong = pick_other(item, I, pred)
        if wrong and sentence_like(wrong):
            wrong = None
        if variant == "selfcorrect" and not wrong:
            variant = "plain"
    else:
        variant = rng.choices(["plain", "plain_nowork", "flip", "two", "truncated", "verify"], [2, 1, 3, 2, 2, 1])[0]
        if variant == "two" and trap in FORM_ONLY:
            variant = "flip"
        right = pick_other(item, C, pred) if item["kat"] == "math" else item["ref"]
        if sentence_like(right):
            right = item["ref"]
    recap = rng.choice(RECAP_ZH if zh else RECAP_EN)
    body = [qb] + fill[:2] + [bl] + fill[2:] + [wk, recap]
    verify = None
    if variant == "plain_nowork":
        body = [qb] + fill + [bl]
    if variant == "restated":
        mid = (f"所以得到 {inline(pred, item['kat'])}。不过我再确认一下。" if zh
               else f"So I get {inline(pred, item['kat'])}. Let me make sure before committing.")
        body = body + [mid] + fillers(item, 1)
    elif variant == "hedge":
        body = body + [("我不是百分之百确定，但根据上面的推理，我倾向于这个答案。" if zh
                        else "I'm not 100% certain about this, but based on the reasoning above I'm fairly confident, so I'll commit to it.")]
    elif variant == "selfcorrect":
        w = inline(wrong, item["kat"])
        slip = (f"初步看答案似乎是 {w}。等等，这不对——我前面有一步算错了/理解错了，重新来。" if zh
                else f"At first glance the answer looks like {w}. Wait, that's wrong - I misapplied something in that step. Let me redo it.")
        body = [qb] + fill[:2] + [bl, slip] + fill[2:] + [wk, recap]
    elif variant == "verify":
        if wk:
            verify = rng.choice(VERIFY_ZH if zh else VERIFY_EN).format(work=item["work"])
        else:
            verify = "## 验证\n\n再检查一遍，结果不变。" if zh else "## Verification\n\nRe-reading the question, the answer above addresses exactly what was asked."
    elif variant == "flip":
        r = inline(right, item["kat"])
        doubt = (f"这样看来答案应该是 {r}。嗯……等一下，我觉得题目可能有别的意思，再想想。"
                 f"换个角度理解题意，我改为选择下面这个答案。" if zh else
                 f"That would make the answer {r}. Hmm, wait. Actually I'm not sure that's the intended reading - let me reconsider. "
                 f"On reflection I think the question intends something slightly different, so I'll revise my answer.")
        body = body + [doubt]
    elif variant == "two":
        r, w = inline(right, item["kat"]), inline(pred, item["kat"])
        if rng.random() < 0.5:
            r, w = w, r
        final = (f"答案可能是 {r}，也可能是 {w}，两者我都觉得说得通。" if zh
                 else rng.choice([f"The answer is either {r} or {w}; both readings seem defensible.",
                                  f"**Final Answer:** {r} (or possibly {w})",
                                  f"I'd go with {r}, though {w} is also plausible - I can't fully decide between them."]))
        text = assemble(item, body, final, style)
        return text, I, "two_answers"
    elif variant == "truncated":
        body = [qb] + fill + [bl]
        cut = "所以接下来只需要把" if zh else rng.choice(["So the next step is to compute the", "Now, substituting this back, we get",
                                                      "Putting these together, the final value is going to be"])
        text = "\n\n".join(p for p in body if p) + "\n\n" + cut
        if style == "think":
            text = "<think>\n" + text
        return text, I, "truncated_no_final"
    final = final_line(item, pred)
    text = assemble(item, body, final, style, verify)
    tag = {"plain": "", "plain_nowork": "confident_wrong", "restated": "restated_mid_and_end", "hedge": "hedged_commit",
           "selfcorrect": "self_correction_to_right", "verify": "answer_then_verification",
           "flip": "right_in_reasoning_final_differs"}[variant]
    return text, label, tag


def main():
    recs = []
    for item in ALL:
        for (pred, label, trap) in item["preds"]:
            recs.append(("short", item, short_output(item, pred), label, trap))
            txt, lab, tag = long_output(item, pred, label, trap)
            recs.append(("long", item, txt, lab, trap + ("/" + tag if tag else "")))
    rng.shuffle(recs)
    out = []
    for i, (kind, item, txt, lab, trap) in enumerate(recs, 1):
        ref = item["ref"]
        if item["work"] and rng.random() < 0.12:  # reference written as a short worked solution
            ref = (item["work"] + " 答案：" + ref) if item["zh"] else (item["work"] + " Final answer: " + ref)
        out.append({
            "id": f"d8-{i:04d}", "dataset": item["ds"], "key_answer_type": item["kat"], "question": item["q"],
            "llm_output": txt, "correct_answer": ref, "label": lab, "trap": trap,
            "lang": "zh" if item["zh"] else "en", "length_class": kind,
        })
    path = os.path.join(HERE, "dev8.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    longs = [len(r["llm_output"]) for r in out if r["length_class"] == "long"]
    shorts = [len(r["llm_output"]) for r in out if r["length_class"] == "short"]
    from collections import Counter
    print("n", len(out), Counter(r["key_answer_type"] for r in out), Counter(r["lang"] for r in out),
          Counter(r["label"] for r in out))
    print("median long", statistics.median(longs), "median short", statistics.median(shorts),
          "median all", statistics.median(longs + shorts))


if __name__ == "__main__":
    main()
