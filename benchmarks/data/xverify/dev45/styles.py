"""Output styles of weaker / older models. Each style builds llm_output from a core item.

Core dict c: lang, kind ('math'|'opt'|'text'), q, steps_g, steps_b, g (correct answer as the model
writes it), b (wrong answer), alt (an equal form of g or None), rest (g restated in a second equal
form or None), app (q2, steps2, a2): a made-up follow-up question with its own answer (a2 != g).
"""
import re
from common import T, intro, fillers, paras

COMMIT = {
    ("math", "en"): ["The answer is: {x}", "#### {x}", "Final Answer: The final answer is ${x}$. I hope it is correct.",
                     "Therefore, the answer is $\\boxed{{{x}}}$.", "So the answer is {x}."],
    ("math", "zh"): ["答案：{x}", "所以答案是{x}。", "#### {x}", "因此，最终答案是 $\\boxed{{{x}}}$。"],
    ("opt", "en"): ["Answer: ({x})", "So the answer is {x}.", "The answer is ({x}).",
                    "Final Answer: The final answer is {x}. I hope it is correct."],
    ("opt", "zh"): ["故选{x}。", "答案：{x}", "所以答案是{x}。"],
    ("text", "en"): ["The answer is: {x}", "Answer: {x}", "So the answer is {x}.",
                     "Final Answer: The final answer is {x}. I hope it is correct."],
    ("text", "zh"): ["答案：{x}", "所以答案是{x}。", "因此，答案是：{x}"],
}


def commit(rng, c, x):
    return rng.choice(COMMIT[(c["kind"], c["lang"])]).format(x=x)


def restate(c):
    return T(c["lang"], "The problem says: " + c["q"], "题目是这样的：" + c["q"])


def body(rng, c, steps, recheck=True):
    lang = c["lang"]
    fl = fillers(rng, lang, 3)
    pp = paras(rng, lang, 3)
    parts = [intro(rng, lang), restate(c), pp[0], fl[0]]
    for i, s in enumerate(steps):
        parts.append(s)
        if i == len(steps) // 2:
            parts.append(fl[1])
    if recheck:
        parts.append(fl[2])
        parts.append(T(lang, "Let me re-check the last step: " + steps[-1], "再检查一下最后一步：" + steps[-1]))
        parts.append(T(lang, "Yes, the computation is consistent with everything stated in the problem.",
                       "是的，这个计算结果与题目中的所有条件都一致。"))
        parts.append(pp[1])
    else:
        parts.insert(3, pp[2])
    return "\n".join(parts)


def pick(c, good):
    return (c["g"], c["steps_g"]) if good else (c["b"], c["steps_b"])


def s_fewshot(rng, c, good):
    a, st = pick(c, good)
    return body(rng, c, st) + "\n" + commit(rng, c, a)


def s_appended(rng, c, good):
    a, st = pick(c, good)
    q2, st2, a2 = c["app"]
    lab = T(c["lang"], "Question: ", "问题：")
    return (body(rng, c, st) + "\n" + commit(rng, c, a) + "\n\n" + lab + q2 + "\n" +
            T(c["lang"], "Answer: Let's think step by step.\n", "解答：让我们一步一步地思考。\n") +
            "\n".join(st2) + "\n" + commit(rng, c, a2))


def s_appended_only(rng, c, good):
    q2, st2, a2 = c["app"]
    lang = c["lang"]
    lab = rng.choice([T(lang, "Question: ", "问题："), T(lang, "Problem: ", "题目：")])
    return (intro(rng, lang) + "\n" + restate(c) + "\n" + "\n\n".join(paras(rng, lang, 2)) + "\n" +
            "\n".join(fillers(rng, lang, 2)) + "\n" + c["steps_g"][0] + "\n\n" + lab + q2 + "\n" + T(lang, "Solution:\n", "解：\n") +
            "\n".join(st2) + "\n" + commit(rng, c, a2))


def s_repeat(rng, c, good):
    a, st = pick(c, good)
    line = commit(rng, c, a)
    n = rng.randint(4, 7)
    if rng.random() < 0.5:
        return body(rng, c, st) + "\n" + "\n".join([line] * n)
    f = fillers(rng, c["lang"], 1)[0]
    return body(rng, c, st, recheck=False) + "\n" + "\n".join([f] * n) + "\n" + line


def _inter(steps):
    out = []
    for s in steps:
        m = re.findall(r"= *\$?(-?[0-9][0-9./]*)", s)
        if m:
            out.append(m[-1].rstrip("."))
    return out


def s_boxed_last_final(rng, c, good):
    a, st = pick(c, good)
    boxed = []
    for s, v in zip(st, _inter(st) + [None] * len(st)):
        boxed.append(s + (" $\\boxed{%s}$" % v if v and rng.random() < 0.7 else ""))
    lang = c["lang"]
    return (intro(rng, lang) + "\n" + restate(c) + "\n" + "\n\n".join(paras(rng, lang, 2)) + "\n" + "\n".join(boxed) + "\n" +
            "\n".join(fillers(rng, lang, 2)) + "\n" + T(lang, "Final: $\\boxed{%s}$" % a, "最终结果：$\\boxed{%s}$" % a))


def s_boxed_last_rejected(rng, c, good):
    a, st = pick(c, good)
    other = c["b"] if good else c["g"]
    lang = c["lang"]
    note = T(lang, "Note: if someone misread the problem and used a different interpretation, they might get "
                   "$\\boxed{%s}$, but that reading is not what the question asks, so I reject it." % other,
             "注意：如果有人误读题意、按另一种理解来算，可能会得到 $\\boxed{%s}$，但那不是题目要问的，所以排除。" % other)
    fin = T(lang, "So my final answer stays %s." % a, "所以我的最终答案仍然是%s。" % a)
    return body(rng, c, st) + "\n" + T(lang, "Result: $\\boxed{%s}$" % a, "结果：$\\boxed{%s}$" % a) + "\n\n" + note + "\n" + fin


def s_answer_first(rng, c, good):
    a, st = pick(c, good)
    lang = c["lang"]
    return (commit(rng, c, a) + "\n\n" + T(lang, "Explanation:", "解析：") + "\n" + body(rng, c, st) +
            "\n" + T(lang, "This justifies the answer given at the top.", "以上就是开头答案的理由。"))


def s_numbered(rng, c, good):
    a, st = pick(c, good)
    lang = c["lang"]
    pp = paras(rng, lang, 2)
    lines = [restate(c), pp[0]] + fillers(rng, lang, 2) + list(st) + fillers(rng, lang, 1) + [pp[1]]
    out = [T(lang, "Step %d: %s", "第%d步：%s") % (i + 1, s) for i, s in enumerate(lines)]
    out.append(T(lang, "Step %d: Therefore the answer is %s.", "第%d步：因此答案是%s。") % (len(lines) + 1, a))
    return intro(rng, lang) + "\n" + "\n".join(out)


def s_table(rng, c, good):
    a, st = pick(c, good)
    lang = c["lang"]
    rows = "\n".join("| %d | %s |" % (i + 1, s) for i, s in enumerate(st))
    return (T(lang, "## Problem\n", "## 题目\n") + c["q"] + "\n\n" + T(lang, "## Analysis\n", "## 分析\n") +
            "\n".join(fillers(rng, lang, 3)) + "\n\n" + "\n\n".join(paras(rng, lang, 2)) + "\n\n" + T(lang, "| # | Work |\n|---|---|\n", "| 序号 | 过程 |\n|---|---|\n") +
            rows + "\n\n" + T(lang, "## Check\n", "## 检验\n") + T(lang, "Re-doing the last row: ", "重新核对最后一行：") +
            st[-1] + "\n\n" + T(lang, "## Answer\n**%s**", "## 答案\n**%s**") % a)


def s_mid_paragraph(rng, c, good):
    a, st = pick(c, good)
    lang = c["lang"]
    f = fillers(rng, lang, 3)
    mid = T(lang, "Putting all of this together, the final answer to the question is %s, and this agrees with a rough "
                  "estimate I made at the beginning. %s" % (a, f[1]),
            "把这些综合起来，这道题的最终答案是%s，这和我一开始粗略估计的结果一致。%s" % (a, f[1]))
    return (intro(rng, lang) + "\n" + restate(c) + "\n" + "\n\n".join(paras(rng, lang, 2)) + "\n" + " ".join([f[0]] + list(st)) + " " + mid + " " + f[2] + " " +
            T(lang, "In any case, each step above can be checked independently.", "总之，上面每一步都可以单独验证。"))


def s_selfcorrect(rng, c, good):
    lang = c["lang"]
    first, fst = pick(c, not good)
    a, st = pick(c, good)
    oops = rng.choice([T(lang, "Oops, that should be", "哎呀，应该是"), T(lang, "Wait, I made a mistake. It should be", "等等，我算错了，应该是"),
                       T(lang, "Hmm, correction: the answer should be", "嗯，更正一下：答案应该是")])
    return (body(rng, c, fst, recheck=False) + "\n" + T(lang, "So the answer is %s.", "所以答案是%s。") % first + "\n\n" +
            oops + " " + a + T(lang, ". Let me redo it:", "。重新计算：") + "\n" + "\n".join(st) + "\n" + commit(rng, c, a))


def s_restated(rng, c, good):
    lang = c["lang"]
    if good:
        a, st, r = c["g"], c["steps_g"], c["rest"]
    else:
        a, st, r = c["b"], c["steps_b"], c["brest"]
    return body(rng, c, st) + "\n" + T(lang, "So the answer is %s = %s.", "所以答案是 %s = %s。") % (a, r)


def _cut(s):
    i = s.rfind("=")
    if i > 8:
        return s[:i + 1].rstrip()
    return s[: max(6, len(s) // 2)]


def s_truncated(rng, c, good):
    lang = c["lang"]
    if good:
        a, st = pick(c, True)
        return (body(rng, c, st) + "\n" + commit(rng, c, a) + "\n\n" +
                T(lang, "To double-check, let's verify each step again. First, ", "为了保险起见，我们再逐步验证一遍。首先，") +
                _cut(st[0]))
    st = c["steps_g"] if c["kind"] == "math" else c["steps_g"][:-2]
    return (intro(rng, lang) + "\n" + restate(c) + "\n" + "\n\n".join(paras(rng, lang, 3)) + "\n" +
            "\n".join(fillers(rng, lang, 3)) + "\n" + "\n".join(st[:-1]) + ("\n" if len(st) > 1 else "") + _cut(st[-1]))


def s_json(rng, c, good):
    a, st = pick(c, good)
    key = rng.choice(["answer", "final_answer", "result"])
    return (body(rng, c, st) + "\n\n" + T(c["lang"], "Output in JSON:", "以JSON格式输出：") +
            "\n```json\n{\n  \"reasoning\": \"%s\",\n  \"%s\": \"%s\"\n}\n```" % (
                T(c["lang"], "see the steps above", "见上面的步骤"), key, a))


def s_code(rng, c, good):
    a, st = pick(c, good)
    lang = c["lang"]
    code = "\n".join("# " + s for s in st)
    return (body(rng, c, st) + "\n\n" + T(lang, "Let me also write code to confirm:", "我再写一段代码确认一下：") +
            "\n```python\n" + code + "\nresult = \"%s\"\nprint(result)\n```\n" % a +
            T(lang, "Output:\n```\n%s\n```\nThe code confirms it: %s.", "输出：\n```\n%s\n```\n代码验证了结果：%s。") % (a, a))


def s_hedge(rng, c, good):
    lang = c["lang"]
    x, y = (c["g"], c["b"]) if rng.random() < 0.5 else (c["b"], c["g"])
    h = rng.choice([T(lang, "So the answer is either %s or %s, depending on how the problem is read." % (x, y),
                      "所以答案可能是%s，也可能是%s，取决于怎么理解题目。" % (x, y)),
                    T(lang, "I think the answer is %s, but it could also be %s. Both seem reasonable." % (x, y),
                      "我觉得答案是%s，但也可能是%s，两个看起来都有道理。" % (x, y))])
    return (body(rng, c, c["steps_g"], recheck=False) + "\n" + T(lang, "However, another way of computing gives:", "不过，换一种算法得到：") +
            "\n" + "\n".join(c["steps_b"]) + "\n" + h)


def s_equiv(rng, c, good):
    return body(rng, c, c["steps_g"]) + "\n" + commit(rng, c, c["alt"])


STYLES = {
    "fewshot_format": (s_fewshot, "both"), "appended_question": (s_appended, "both"),
    "appended_only_other_question": (s_appended_only, "bad"), "repeated_sentence": (s_repeat, "both"),
    "boxed_last_is_final": (s_boxed_last_final, "both"), "boxed_last_rejected": (s_boxed_last_rejected, "both"),
    "answer_first": (s_answer_first, "both"), "numbered_steps": (s_numbered, "both"),
    "markdown_table": (s_table, "both"), "answer_mid_paragraph": (s_mid_paragraph, "both"),
    "self_correction": (s_selfcorrect, "both"), "restated_other_form": (s_restated, "both"),
    "truncated_output": (s_truncated, "both"), "json_block": (s_json, "both"), "code_block": (s_code, "both"),
    "hedge_two_answers": (s_hedge, "bad"), "equivalent_form": (s_equiv, "good"),
}
MATH_ONLY = {"boxed_last_is_final", "boxed_last_rejected", "code_block"}


def build_output(rng, c, trap):
    fn, mode = STYLES[trap]
    good = mode == "good" or (mode == "both" and rng.random() < 0.5)
    if trap == "restated_other_form" and not c.get("brest"):
        good = True
    return fn(rng, c, good), ("Correct" if good else "Incorrect")


def choose_trap(rng, c, kind):
    pool = []
    for name, (fn, mode) in STYLES.items():
        if name in MATH_ONLY and kind != "math":
            continue
        if name.startswith("appended") and not c.get("app"):
            continue
        if name == "equivalent_form" and not c.get("alt"):
            continue
        if name == "restated_other_form" and not c.get("rest"):
            continue
        if name == "restated_other_form":
            pool.append(name)
        pool.append(name)
        if name == "equivalent_form":
            pool.append(name)
    return rng.choice(pool)
