"""dev12's shared random source and phrasing: openings, middles, verification lines, final lines, names, the output wrappers. Part of gen_dev12.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F


R = random.Random(12)


# ---------------- style pieces (many variants, combined randomly) ----------------
EN_OPEN = ["Let me work through this carefully.", "Okay, so the problem is asking", "First, let's restate what we know.",
 "Alright. Reading the problem again to be sure of the quantities.", "We need to set this up step by step.",
 "Hmm, let me parse this.", "Let's think about what is given and what is asked.", "Good question — a quick plan first.",
 "I'll organise the information before computing anything.", "Let me start by naming the unknowns."]


EN_MID = ["Let me double-check that arithmetic before moving on.", "That part seems fine.", "Wait — am I using the right quantity here? Yes, the problem says so explicitly.",
 "Careful: it's easy to mix up the two numbers here.", "Nothing tricky so far.", "Let me write that out in full so I don't drop a factor.",
 "I briefly considered another approach, but this direct one is cleaner.", "Re-reading the question once more: yes, that's what is asked.",
 "A sanity check on the size of the number: it is in a plausible range.", "Now the main computation."]


EN_VER = ["## Verification", "**Check:**", "Let me verify by plugging back in.", "Quick sanity check:", "### Double-check", "Verifying in reverse:"]


ZH_OPEN = ["我们来一步一步分析这道题。", "先把已知条件整理一下。", "嗯，这道题需要仔细读题。", "题目给出的信息如下：", "思路：先设未知数，再列方程。", "好的，我先理解一下题意。"]


ZH_MID = ["这一步要小心，不要把两个量弄混。", "再检查一下计算。", "这里没问题。", "等一下，我重新看一下题目……对，就是这样。", "算一下数量级，结果是合理的。", "接下来是主要的计算。"]


ZH_VER = ["**验证：**", "### 检验", "代回原题检验一下：", "反过来验证："]


def pick(xs): return R.choice(xs)


def wrap_en(steps, final_line, ver_lines, think=None, style=None):
    style = style or R.randint(0, 4)
    parts = []
    if think is not None:
        parts.append("<think>\n" + think + "\n</think>\n")
    if style == 0:
        parts.append(pick(EN_OPEN))
        for i, s in enumerate(steps):
            parts.append(s)
            if R.random() < 0.3: parts.append(pick(EN_MID))
    elif style == 1:
        parts.append("## Understanding the problem\n" + pick(EN_OPEN))
        parts.append("## Solution")
        parts += ["- " + s for s in steps]
    elif style == 2:
        parts.append(pick(EN_OPEN))
        parts += ["**Step %d.** %s" % (i + 1, s) for i, s in enumerate(steps)]
    elif style == 3:
        parts.append(pick(EN_OPEN) + " " + " ".join(steps[:1]))
        parts += steps[1:]
        parts.append(pick(EN_MID))
    else:
        parts += ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)]
    if ver_lines and R.random() < 0.5:
        parts.append(final_line)
        parts.append(pick(EN_VER) + "\n" + "\n".join(ver_lines))
        if R.random() < 0.5: parts.append("So the answer stands: " + final_line.split(":")[-1].strip())
    else:
        if ver_lines: parts.append(pick(EN_VER) + "\n" + "\n".join(ver_lines))
        parts.append(final_line)
    return "\n\n".join(parts)


def wrap_zh(steps, final_line, ver_lines, think=None):
    parts = []
    if think is not None: parts.append("<think>\n" + think + "\n</think>\n")
    parts.append(pick(ZH_OPEN))
    st = R.randint(0, 2)
    for i, s in enumerate(steps):
        parts.append(("第%d步：" % (i + 1) if st == 0 else ("- " if st == 1 else "")) + s)
        if R.random() < 0.3: parts.append(pick(ZH_MID))
    if ver_lines: parts.append(pick(ZH_VER) + "\n" + "\n".join(ver_lines))
    parts.append(final_line)
    return "\n\n".join(parts)


EN_FINAL = ["**Final answer:** {a}", "Final Answer: {a}", "The answer is {a}.", "Therefore, the answer is $\\boxed{{{a}}}$.",
 "So, {a}.", "Answer: {a}", "$$\\boxed{{{a}}}$$", "**Answer: {a}**", "Thus the final result is {a}.", "\\[\n\\boxed{{{a}}}\n\\]",
 "Putting it all together, the answer is **{a}**.", "Final: {a}"]


ZH_FINAL = ["**最终答案：{a}**", "答案：{a}", "所以答案是 {a}。", "因此，$\\boxed{{{a}}}$。", "综上，结果为 {a}。", "最终答案是{a}"]


def fin(lang, a, sentence=None):
    if sentence: return sentence
    return pick(EN_FINAL if lang == "en" else ZH_FINAL).format(a=a)


# ---------------- math problem generators ----------------
# each returns dict: q, steps, value(str canonical), ref(variants), good_forms, bad_forms (list of (form, trap)), ver, lang
def fmt(x):
    if isinstance(x, F):
        if x.denominator == 1: return str(x.numerator)
        return "%d/%d" % (x.numerator, x.denominator)
    if isinstance(x, float):
        s = ("%.4f" % x).rstrip("0").rstrip(".")
        return s
    return str(x)


NAMES = ["Maya", "Omar", "Lena", "Tomás", "Priya", "Jack", "Aiko", "Noah", "Fatima", "Ben", "Zoe", "Ravi"]


ZNAMES = ["小明", "小红", "王老师", "李华", "张叔叔", "小刚"]
