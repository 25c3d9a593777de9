"""Render a case (question, reasoning steps, final answer) in the output style of several model families."""

OPEN_EN = [
    "Okay, let's see. I need to work through this problem carefully.",
    "Alright, so I have this problem here. Let me read it again.",
    "Okay, so the question is asking me something specific, and I should make sure I answer exactly that.",
    "Let me start by understanding what the problem gives me and what it wants.",
    "Hmm, let me think about how to approach this one.",
]
INTJ_EN = ["Hmm.", "Okay.", "Wait, let me make sure I have this right.", "Let me think.",
           "Right.", "So far so good.", "Let me write that down.", "Hmm, okay."]
CHECK_EN = ["Let me double-check.", "Wait, let me verify that.", "Let me re-check the arithmetic.",
            "Just to be safe, let me verify this another way."]
REFLECT_EN = [
    "Before going further, let me make sure I understand exactly what is being asked, because it's easy to answer a "
    "slightly different question by accident.",
    "I want to be careful here. Small slips, like a dropped sign or a misread number, are the most common way to go "
    "wrong on this kind of problem.",
    "Is there any trick in the wording? Let me reread the question once more... I don't think so, but I'll keep it "
    "in mind.",
    "Maybe there's a slicker way to do this, but the direct approach should be reliable, so I'll stick with it.",
    "Let me slow down and write each step explicitly instead of doing it in my head.",
    "Okay, I think the structure of the problem is clear now. Let me organise the information before computing "
    "anything.",
    "Hmm, one thing I should keep track of is which quantity the final answer is supposed to be, and in what form.",
]
ELAB_EN = [
    "That follows directly from the line before.", "I'll keep this result for the next step.",
    "Let me make sure I copied the numbers correctly from the problem statement. Yes, they match.",
    "Nothing tricky there, as far as I can see.", "I'll note this down so I don't lose track of it.",
    "This is the part where it's easy to slip, so I went through it slowly.",
    "Okay, that part seems consistent with what the question describes.",
    "I'm reasonably confident in this piece; the arithmetic is simple enough to redo mentally.",
    "Let me pause and make sure this step is justified before I build on it. I think it is.",
    "Good, this matches my expectation from the setup of the problem.",
]
ELAB_GEN_EN = ["Okay.", "Noted.", "Let me keep that in mind.", "That's an important detail.", "Right, that's clear.",
               "I'll come back to this.", "Good.", "That seems straightforward."]
ELAB_GEN_ZH = ["好的。", "记下这一点。", "这是关键信息。", "嗯，这一点很清楚。", "这一点后面还会用到。"]
PLAN_EN = {
    "math": "My plan: identify the given quantities, set up the relationships between them, compute carefully one "
            "step at a time, and then check the result against the original conditions of the problem.",
    "alphabet_option": "My plan: understand what the question is really testing, then go through each option and "
                       "eliminate the ones that clearly don't fit, and finally confirm the remaining choice.",
    "categorical_label": "My plan: read the text carefully, pay attention to the key words and the overall tone or "
                         "logical relation, and only then decide on a label from the allowed set.",
    "short_text": "My plan: locate the relevant information (in the passage or in what I know), extract exactly the "
                  "quantity or name the question asks for, and give a short answer.",
}
ELAB_ZH = ["这一步直接由上一步得到。", "先把这个结果记下来，后面要用。", "我核对了一下题目中的数字，抄写没有错。",
           "这里没有什么陷阱。", "这一步容易出错，所以我算得比较慢。", "嗯，这和题目描述的情况是一致的。",
           "这一步的计算比较简单，我心算复核了一遍。", "好，这和我根据题意预期的一致。"]
PLAN_ZH = {"math": "我的思路：先找出已知量，建立它们之间的关系，一步一步仔细计算，最后代回原题检验。",
           "alphabet_option": "我的思路：先弄清楚题目考查的知识点，再逐个分析选项，排除明显错误的，最后确认答案。",
           "categorical_label": "我的思路：仔细阅读文本，抓住关键词和整体语气或逻辑关系，然后从给定的标签中选择。",
           "short_text": "我的思路：找到相关信息，准确提取题目所问的内容，简洁作答。"}
REFLECT_EN += [
    "Actually, hold on. Let me think about whether I'm using all the information given. Every number in the problem "
    "should play some role; if one of them is unused, that's usually a sign I've misunderstood something. Going back "
    "over the statement, I think everything is accounted for.",
    "Let me also think about what a reasonable answer would look like before trusting the computation. If the result "
    "came out wildly different from a rough estimate, I'd know something went wrong along the way.",
    "Hmm, I keep going back and forth in my head, so let me just commit to the method and carry it through cleanly, "
    "then check at the end instead of second-guessing every line.",
    "Wait, is there another interpretation of the question? Sometimes these problems are phrased so that two readings "
    "are possible. Here, though, the wording seems unambiguous, so I'll go with the natural reading.",
    "One more consideration: the form of the answer. The question may expect a particular format, so I should present "
    "the final result clearly and not leave it buried in the middle of the work.",
]
RECAP_EN = ["Let me go over the whole thing once more from the top to be sure.",
            "Okay, so let me recap everything in order.", "Let me summarise what I have so far."]
OPEN_ZH = ["嗯，我现在要解决这个问题，先仔细读一下题目。", "好的，我来看看这道题。",
           "首先，我需要弄清楚题目给了什么条件，要求的是什么。", "嗯，让我想想该怎么做。"]
INTJ_ZH = ["嗯，", "等等，让我确认一下。", "好的，", "让我再想想。", "对，", "嗯，没错。"]
CHECK_ZH = ["让我再验证一下。", "等等，我再检查一遍计算。", "为了保险起见，我换个方法验证。"]
REFLECT_ZH = ["在继续之前，我要确认自己理解了题目到底在问什么，不要答非所问。",
              "这里要小心，符号和计算上的小错误最容易导致结果出错。", "题目里有没有什么陷阱？我再读一遍题……应该没有，但还是要留意。",
              "也许有更巧妙的方法，不过直接做比较稳妥，我就按部就班来。", "我把每一步都写清楚，不要心算。",
              "嗯，题目的结构现在清楚了，先把已知条件整理一下再计算。"]
RECAP_ZH = ["我从头再梳理一遍整个过程。", "好，现在把思路按顺序总结一下。"]

REFLECT_ZH += ["等等，我要确认题目中给出的每个条件都用上了。如果有条件没用到，通常说明理解有偏差。再看一遍题目，条件都用到了。",
               "先估算一下答案的大致范围，如果计算结果和估算相差太多，就说明哪里出了问题。",
               "我脑子里有点反复，干脆按照一种方法完整做下去，最后再统一检验。",
               "题目会不会有别的理解方式？我再读一遍，表述比较明确，就按照最自然的理解来做。"]

POS_EN = {
    "boxed": lambda a, t: "\\boxed{%s}" % t,
    "bold": lambda a, t: "**Answer: %s**" % a,
    "final": lambda a, t: "Final answer: %s" % a,
    "sentence": lambda a, t: "So the answer is %s." % a,
    "therefore": lambda a, t: "Therefore, the final answer is %s." % a,
    "table": lambda a, t: "| Item | Result |\n|---|---|\n| Final answer | %s |" % a,
}
POS_ZH = {
    "boxed": lambda a, t: "\\boxed{%s}" % t,
    "bold": lambda a, t: "**答案：%s**" % a,
    "final": lambda a, t: "最终答案：%s" % a,
    "sentence": lambda a, t: "所以答案是 %s。" % a,
    "therefore": lambda a, t: "答：%s。" % a,
    "table": lambda a, t: "| 项目 | 结果 |\n|---|---|\n| 最终答案 | %s |" % a,
}
STYLES_EN = ["r1", "qwq", "gpt", "llama", "small"]
STYLES_ZH = ["r1_zh", "qwen_zh", "glm_zh"]


def _think(rng, c, zhl, full=True):
    steps, checks = c["steps"], c.get("checks") or []
    intj = INTJ_ZH if zhl else INTJ_EN
    refl = rng.sample(REFLECT_ZH if zhl else REFLECT_EN, 6)
    sp = "" if zhl else " "
    parts = [rng.choice(OPEN_ZH if zhl else OPEN_EN)]
    parts.append(("题目是：" if zhl else "The problem says: ") + c["question"])
    parts.append(refl[0])
    parts.append((PLAN_ZH if zhl else PLAN_EN)[c["kat"]])
    els = rng.sample(ELAB_ZH if zhl else ELAB_EN, 8) if c["kat"] == "math" else \
        (ELAB_GEN_ZH * 2 if zhl else ELAB_GEN_EN)
    for i, s in enumerate(steps):
        if i and rng.random() < 0.45:
            s = rng.choice(intj) + sp + s
        if rng.random() < 0.7 and (full or i < len(steps) - 1):
            s = s + sp + els[i % 8]
        parts.append(s)
        if full and i == len(steps) // 2:
            parts.append(refl[1])
        if full and i == 0:
            parts.append(refl[4])
        if full and i == len(steps) - 2:
            parts.append(refl[5])
    if not full:
        return parts
    parts.append(refl[2])
    parts.append(rng.choice(RECAP_ZH if zhl else RECAP_EN) + "\n" + "\n".join("- " + s for s in steps))
    parts.append(refl[3])
    if not c.get("final") and c.get("ans"):
        last = c["question"].replace("\n", " ").rstrip()
        last = last[-160:] if len(last) > 160 else last
        parts.append(("我再读一下题目的要求：“……%s” 所以最终答案应该是 %s。" if zhl else
                      "Let me reread what is asked: \"...%s\" So the final answer should be %s.") % (last, c["ans"].rstrip(".")))
    if rng.random() < 0.65:
        ok = ["没错。", "正确。", "没问题。", "对的。"] if zhl else ["yes, that's right.", "checks out.", "correct.",
                                                                "fine.", "that holds."]
        parts.append(("我再逐步核对一遍：" if zhl else "Let me verify each step once more, slowly:") + "\n" + "\n".join(
            "%d) %s%s%s" % (i + 1, s, "" if zhl else " — ", rng.choice(ok)) for i, s in enumerate(steps)))
    if checks:
        parts.append(rng.choice(CHECK_ZH if zhl else CHECK_EN) + sp + checks[0])
        parts.extend(checks[1:])
    return parts


def final_line(rng, c, zhl):
    if c.get("final"):
        return c["final"]
    table = POS_ZH if zhl else POS_EN
    pos = c.get("pos") or rng.choice(sorted(table))
    a = c["ans"].rstrip(".")
    t = c.get("ans_tex", a)
    line = table[pos](a, t)
    if pos == "boxed" and rng.random() < 0.5:
        line = ("所以最终答案为 " if zhl else "So the final answer is ") + "$" + line + "$" + ("。" if zhl else ".")
    return line


import re

NEG = re.compile(r"(?<=[+\-x×*(]) -(\d+(?:/\d+)?)")


def tidy(text):
    """Write a negative number after an operator in parentheses: '5 + -3' -> '5 + (-3)'."""
    return NEG.sub(lambda m: " (-%s)" % m.group(1), text)


def render(rng, c, style):
    c = dict(c, steps=[tidy(s) for s in c["steps"]], checks=[tidy(s) for s in c.get("checks") or []])
    zhl = c["lang"] == "zh"
    checks = c.get("checks") or []
    steps = c["steps"]
    if c.get("trunc"):
        parts = _think(rng, c, zhl, full=False)
        text = "\n\n".join(parts)
        cut = rng.randint(len(text) - len(parts[-1]) // 2 - 5, len(text) - 3)
        return ("<think>\n" if rng.random() < 0.7 else "") + text[:cut]
    fl = final_line(rng, c, zhl)
    after = c.get("after", "")
    if style in ("r1", "qwq", "r1_zh"):
        body = "\n\n".join(_think(rng, c, zhl))
        if style == "qwq":
            out = body + "\n\n**Final Answer**\n" + fl
        else:
            head = "**解答过程：**\n\n" if zhl else "**Solution**\n\n"
            out = "<think>\n" + body + "\n</think>\n\n" + head + "\n\n".join(
                "%d. %s" % (i + 1, s) for i, s in enumerate(steps)) + "\n\n" + fl
            if checks and rng.random() < 0.5:
                out += ("\n\n**验证：** " if zhl else "\n\n**Verification:** ") + " ".join(checks)
    elif style in ("gpt", "qwen_zh"):
        hd = ("### 题目分析\n\n题目要求：" if zhl else "## Understanding the problem\n\nWe are asked: ") + c["question"]
        hd += "\n\n" + ("### 思路\n\n" if zhl else "## Approach\n\n") + (PLAN_ZH if zhl else PLAN_EN)[c["kat"]]
        hd += " " + rng.choice(REFLECT_ZH if zhl else REFLECT_EN) + "\n\n"
        hd += ("### 解题步骤\n\n" if zhl else "## Step-by-step solution\n\n")
        el = (ELAB_ZH if zhl else ELAB_EN) if c["kat"] == "math" else (ELAB_GEN_ZH if zhl else ELAB_GEN_EN)
        body = "\n\n".join("%s %d.** %s%s" % ("**步骤" if zhl else "**Step", i + 1, s, ("" if zhl else " ") + rng.choice(el)
                             if rng.random() < 0.5 else "") for i, s in enumerate(steps))
        summ = ("### 小结\n\n" if zhl else "## Summary\n\n") + "\n".join("- " + s for s in steps[-2:])
        if rng.random() < 0.7:
            summ = ("### 逐步复核\n\n" if zhl else "## Double-checking each step\n\n") + "\n".join(
                "- %s ✔" % s for s in steps) + "\n\n" + summ
        out = hd + body + "\n\n" + summ + "\n\n---\n\n" + fl
        if checks:
            out += ("\n\n### 验证\n\n" if zhl else "\n\n### Verification\n\n") + "\n\n".join(checks)
    elif style in ("llama", "glm_zh"):
        intro = "解：" if zhl else rng.choice(["To solve this problem, we need to proceed step by step.",
                                              "Let's break this problem down.",
                                              "I'd be happy to help you solve this problem!"])
        restate = ("题目：" if zhl else "The problem states: ") + c["question"]
        el = (ELAB_ZH if zhl else ELAB_EN) if c["kat"] == "math" else (ELAB_GEN_ZH if zhl else ELAB_GEN_EN)
        out = restate + "\n\n" + intro + ("" if zhl else " ") + (PLAN_ZH if zhl else PLAN_EN)[c["kat"]] + "\n\n" + \
            "\n\n".join(s + ("" if zhl else " ") + rng.choice(el) for s in steps)
        out += ("\n\n综上所述，" if zhl else "\n\nIn summary: ") + ("" if zhl else " ").join(steps[-2:])
        if checks and rng.random() < 0.5:
            out += "\n\n" + "\n\n".join(checks)
        if rng.random() < 0.7:
            out += ("\n\n我们再检查一遍：" if zhl else "\n\nLet me double-check my work by going through it again. ") + \
                ("" if zhl else " ").join(steps) + ("" if zhl else " ") + rng.choice(REFLECT_ZH if zhl else REFLECT_EN)
        out += "\n\n" + fl
        if checks and rng.random() < 0.4:
            out += ("\n\n注：" if zhl else "\n\nNote: ") + checks[-1]
    else:  # small model: rambles and repeats itself
        h = len(steps) // 2
        rep = steps[h]
        out = "Question: " + c["question"] + "\n\nLet's solve it.\n" + "\n".join(steps[:h + 1]) + "\n" + \
            "So again, " + rep[0].lower() + rep[1:] + "\n" + "\n".join(steps[h + 1:]) + "\n" + \
            "I think that is right. Let me see the steps again.\n" + "\n".join(steps) + "\n" + fl + "\n" + fl
    if after:
        out += "\n\n" + after
    return out
