"""Render a case (reasoning steps + final answer) in the style of many different chat/reasoning models.

case keys used: lang, kind, question, steps, final, mode, alt, code.
mode: plain | overwrite (alt written first, final later) | hedge (alt or final) |
      restate_diff (alt in early places, final in the last place) | none (no final answer)
"""
import json

EN_SHAPES = ["heading", "bold", "bullets", "numbered", "table", "code", "json", "think",
             "answer_first", "summary_after", "stepwise", "latex", "restated", "emoji"]
ZH_SHAPES = ["zh_box", "zh_zongshang", "zh_guxuan", "zh_da", "zh_think", "zh_heading", "zh_steps"]

EN_INTRO = [
    "Okay, let me work through this carefully.\n\nThe problem says: \"{q}\"\n\nFirst I'll pin down what is given and what exactly is being asked, then go step by step.",
    "Let me restate the task to make sure I understand it.\n\n> {q}\n\nI'll organise the relevant information first and only then draw a conclusion.",
    "Alright. Reading the question: \"{q}\"\n\nThere are a few pieces of information here, so I'll take them one at a time and keep track of each intermediate result.",
    "Let's break this down.\n\nQuestion: {q}\n\nI want to be careful not to skip anything, so I'll write out each piece of the reasoning explicitly.",
]
EN_CHECK = [
    "Let me double-check. I re-read the question and confirmed that every quantity I used is taken directly from it, and that no condition was dropped or invented. Going over each line again gives the same intermediate results, so I'm fairly confident in the reasoning.",
    "Sanity check: re-reading the statement once more, the information I relied on matches what is written, and the steps are consistent with one another. Nothing in the question points to a different interpretation that I have missed.",
    "Verification: I went back through the reasoning from the top. Each step follows from the previous one and uses only the facts stated in the problem; repeating the work produces the same result.",
]
ZH_INTRO = [
    "好的，我来仔细分析这道题。\n\n题目：{q}\n\n先明确已知条件和所求，再一步一步推导。",
    "先把题意理一下。\n\n> {q}\n\n我会把每个条件逐一列出来，避免遗漏，然后再得出结论。",
    "让我认真读题：“{q}”\n\n题目里有几个关键信息，我逐个处理，并记录每一步的中间结果。",
]
ZH_CHECK = [
    "再从另一个角度想一想：如果答案不同，题目中的哪个条件会被违反？逐条对照后，没有发现矛盾，说明推理方向是对的。",
    "检验一下：重新读题，确认所用的每个数据都来自题目，没有遗漏条件，也没有添加题目中没有的信息。再把每一步算一遍，中间结果都一致。",
    "再核对一遍：把推导过程从头到尾检查，每一步都由上一步得出，只用到了题目给出的条件，重新计算结果相同。",
]
EN_PLAN = {
    "math": ["Plan: identify the known quantities, write down the relationship between them, compute the intermediate values one at a time, and only then combine them. I'll keep exact values (fractions rather than rounded decimals) until the very end so that no rounding error creeps in, and I'll watch the units the question asks for.",
             "Approach: translate the words into equations or expressions first. The usual pitfalls in problems like this are off-by-one counting, mixing up an intermediate result with the quantity actually asked for, sign errors when moving terms, and unit conversions, so I'll check each of those explicitly."],
    "mc": ["Approach: rather than jumping to the option that looks familiar, I'll evaluate every option against what the question actually asks. Distractors in questions like this are usually closely related terms, so it's worth being precise about definitions.",
           "Plan: recall the relevant fact or do the computation first, then match the result to the listed options, and finally check that the other options can be ruled out for a concrete reason."],
    "label": ["Approach: focus on the meaning of the text rather than on surface word overlap. Shared words can be misleading, so I'll judge the overall relationship or tone and check it against the definitions of the possible labels.",
              "Plan: read the text closely, note the key phrases that carry the meaning, consider what each candidate label would require, and pick the one whose requirements are actually met."],
    "short": ["Approach: locate the exact sentence or fact that answers the question, make sure I answer the right entity (not a similar-looking one mentioned nearby), and keep the answer short.",
              "Plan: find the relevant detail, check whether any arithmetic or unit handling is needed, and avoid confusing the requested quantity with other numbers or names that appear in the text."],
}
ZH_PLAN = {
    "math": "思路：先找出已知量和所求量，列出它们之间的关系，逐步计算中间结果，最后再合并。计算过程中尽量保留精确值（分数而不是近似小数），并注意题目要求的单位。这类题常见的错误有：多算或少算一个、把中间结果当成最终答案、移项时符号出错、单位换算错误，我会逐一检查。",
    "mc": "思路：不要凭感觉选最眼熟的选项，而是把每个选项都和题目要求对照一遍。干扰项通常是相近的概念，所以要把定义弄准确，然后再排除其他选项。",
    "label": "思路：关注句子的整体含义，而不是表面上的词语重合。相同的词语可能会误导判断，所以要根据各个标签的定义来判断整体关系或情感倾向。",
    "short": "思路：先定位文中或常识中能回答问题的那一句，确认回答的是题目所问的对象（而不是附近出现的相似信息），必要时进行计算或单位换算。",
}
EN_RECONSIDER = [
    "Hmm, wait. Let me reconsider that last step — I think I may have read the question too quickly. Re-reading it, I'll adjust the conclusion.",
    "Actually, hold on. Looking at this again, I don't think that's right. Let me revise.",
    "Wait, I need to recheck this. On second thought the earlier conclusion should be changed.",
]
ZH_RECONSIDER = ["等一下，我再检查一遍，刚才最后一步可能理解错了题意，需要修正。",
                 "不对，再想想。重新读题后，我认为结论要改一下。"]
EN_TRAIL = ["Next I need to combine these pieces. Let me set that up carefully before computing anything else, since",
            "So far I have the intermediate quantities. The remaining part is to work out how they fit together, which requires",
            "I still have to decide how to use these values for the final step. Let me think about whether"]
ZH_TRAIL = ["接下来需要把这些结果结合起来，我先把式子列好，再考虑",
            "目前得到了中间量，下一步还要判断它们之间的关系，也就是"]


def _q(case):
    q = case["question"].split("\n")[0]
    return q if len(q) < 420 else q[:417] + "..."


def _final_text(rng, c):
    if c["mode"] == "hedge":
        a, b = (c["alt"], c["final"]) if rng.random() < 0.5 else (c["final"], c["alt"])
        return f"{a} or {b}" if c["lang"] == "en" else f"{a} 或 {b}"
    return c["final"]


def _body(rng, c, style):
    zh = c["lang"] == "zh"
    intro = rng.choice(ZH_INTRO if zh else EN_INTRO).format(q=_q(c))
    steps = c["steps"]
    if style == "bullets":
        s = "\n".join(f"- {x}" for x in steps)
    elif style == "numbered":
        s = "\n".join(f"{i}. {x}" for i, x in enumerate(steps, 1))
    elif style == "stepwise":
        s = "\n\n".join(f"Step {i}: {x}" for i, x in enumerate(steps, 1))
    elif style == "emoji":
        s = "\n".join(f"✅ {x}" for x in steps)
    elif style == "zh_steps":
        nums = "一二三四五六七八九十"
        s = "\n\n".join(f"第{nums[i] if i < 10 else i + 1}步：{x}" for i, x in enumerate(steps))
    else:
        s = "\n\n".join(steps)
    plan = ZH_PLAN[c["kind"]] if zh else rng.choice(EN_PLAN[c["kind"]])
    parts = [intro, plan, s]
    m = c["mode"]
    if m != "none" and len(c["steps"]) > 1:
        if zh:
            parts.append("小结一下前面的关键结果：\n" + "\n".join(f"· {x}" for x in c["steps"][-3:]))
        else:
            parts.append("Quick recap of the key results so far:\n" + "\n".join(f"  • {x}" for x in c["steps"][-3:]))
    if m == "none":
        parts.append(rng.choice(ZH_TRAIL if zh else EN_TRAIL))
        return "\n\n".join(parts)
    parts.append("\n\n".join(rng.sample(ZH_CHECK if zh else EN_CHECK, 2)))
    if m == "overwrite":
        if zh:
            parts.append(f"所以答案应该是 {c['alt']}。")
            parts.append(rng.choice(ZH_RECONSIDER))
        else:
            parts.append(f"So the answer should be **{c['alt']}**.")
            parts.append(rng.choice(EN_RECONSIDER))
    elif m == "hedge":
        parts.append("两种理解似乎都说得通，我无法完全确定。" if zh else
                     "Both readings seem defensible to me and I can't fully decide between them.")
    elif m == "restate_diff":
        parts.append(f"因此答案是 {c['alt']}。" if zh else f"Therefore, the answer is {c['alt']}.")
    return "\n\n".join(parts)


def resolve(c, shape):
    """Effective shape after fallbacks (so the trap tag names what was really produced)."""
    if c["mode"] == "none":
        return "no_answer"
    if shape == "code" and not c.get("code"):
        return "bold"
    if shape == "latex" and (c["kind"] != "math" or "$" in c["final"] or "$" in c.get("alt", "")):
        return "heading"
    if shape == "zh_guxuan" and c["kind"] != "mc":
        return "zh_da"
    return shape


def render(rng, c, shape):
    """Return (llm_output, effective_shape) for case c."""
    shape = resolve(c, shape)
    return _render(rng, c, shape), shape


def _render(rng, c, shape):
    zh = c["lang"] == "zh"
    A = _final_text(rng, c)
    if c["mode"] == "none":
        style = "zh_steps" if zh else rng.choice(["stepwise", "bullets", "plain"])
        head = "## 解题思路\n\n" if zh else rng.choice(["## Solution\n\n", "", "### Working\n\n"])
        return head + _body(rng, c, style)
    if shape == "heading":
        b = _body(rng, c, "plain")
        fa = f"$\\boxed{{{A}}}$" if c["kind"] == "math" and rng.random() < 0.5 and "$" not in A else f"**{A}**"
        return f"## Solution\n\n{b}\n\n### Final Answer\n\n{fa}"
    if shape == "bold":
        return _body(rng, c, "plain") + f"\n\nThe answer is **{A}**."
    if shape == "bullets":
        return "Here's the breakdown:\n\n" + _body(rng, c, "bullets") + f"\n\n**Answer:** {A}"
    if shape == "numbered":
        return _body(rng, c, "numbered") + f"\n\nFinal answer: {A}"
    if shape == "table":
        b = _body(rng, c, "plain")
        rows = "\n".join(f"| {i} | {x[:90].replace('|', '/')}{'…' if len(x) > 90 else ''} |"
                         for i, x in enumerate(c["steps"], 1))
        return (f"{b}\n\n| Step | Result |\n|---|---|\n{rows}\n| **Final answer** | **{A}** |")
    if shape == "code":
        code, out = c["code"]
        b = _body(rng, c, "plain")
        return (f"{b}\n\nLet me confirm the arithmetic with a quick script:\n\n```python\n{code}\n```\n\n"
                f"Output:\n```\n{out}\n```\n\nSo the answer is {A}.")
    if shape == "json":
        b = _body(rng, c, "plain")
        obj = {"reasoning": c["steps"][-1], "answer": A}
        return b + "\n\nHere is the result in the requested structured form:\n\n```json\n" + \
            json.dumps(obj, ensure_ascii=False, indent=2) + "\n```"
    if shape == "think":
        return f"<think>\n{_body(rng, c, 'plain')}\n</think>\n\n" + rng.choice(
            [f"The answer is **{A}**.", f"**{A}**", f"Answer: {A}"])
    if shape == "answer_first":
        early = c["alt"] if c["mode"] == "restate_diff" else A
        c2 = dict(c, mode="plain") if c["mode"] == "restate_diff" else c
        return (f"**Answer: {early}**\n\n### Explanation\n\n" + _body(rng, c2, "plain") +
                f"\n\nSo, to conclude: {A}.")
    if shape == "summary_after":
        early = c["alt"] if c["mode"] == "restate_diff" else A
        c2 = dict(c, mode="plain") if c["mode"] == "restate_diff" else c
        return (_body(rng, c2, "plain") + f"\n\n**Final answer: {early}**\n\n---\n\n**Summary**\n"
                f"- Read the question and extracted the relevant facts\n- Worked through {len(c['steps'])} steps\n"
                f"- Result: {A}")
    if shape == "stepwise":
        return _body(rng, c, "stepwise") + f"\n\nFinal Answer: {A}"
    if shape == "latex":
        return _body(rng, c, "plain") + f"\n\nTherefore\n\n$$\n\\boxed{{{A}}}\n$$"
    if shape == "restated":
        early = c["alt"] if c["mode"] == "restate_diff" else A
        c2 = dict(c, mode="plain") if c["mode"] == "restate_diff" else c
        return (_body(rng, c2, "plain") + f"\n\n→ This gives {early}.\n\nIn short: {early}.\n\n"
                f"**Final answer: {A}**")
    if shape == "emoji":
        return ("🧠 Let me think this through.\n\n" + _body(rng, c, "emoji") +
                f"\n\n🎯 **Final Answer:** {A} ✔️")
    if shape == "zh_box":
        return "解：\n\n" + _body(rng, c, "plain") + f"\n\n【答案】{A}"
    if shape == "zh_zongshang":
        return _body(rng, c, "plain") + f"\n\n综上，答案为 {A}。"
    if shape == "zh_guxuan":
        return _body(rng, c, "plain") + f"\n\n故选 {A}。"
    if shape == "zh_da":
        return _body(rng, c, "plain") + f"\n\n答：{A}。"
    if shape == "zh_think":
        return f"<think>\n{_body(rng, c, 'plain')}\n</think>\n\n**答案：{A}**"
    if shape == "zh_heading":
        return "## 解题思路\n\n" + _body(rng, c, "plain") + f"\n\n## 最终答案\n\n**{A}**"
    if shape == "zh_steps":
        return _body(rng, c, "zh_steps") + f"\n\n因此，答案是 {A}。"
    raise ValueError(shape)
