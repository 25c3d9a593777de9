"""Helpers for the dev32 build: case-file parsing, [[expr]] evaluation, style wrappers."""
import json
import math
import os
import re
from fractions import Fraction

EXPR = re.compile(r"\[\[(.+?)\]\]")

KT = {"math": "math", "opt": "alphabet_option", "text": "short_text", "label": "categorical_label"}
LB = {"C": "Correct", "I": "Incorrect"}


def fnum(x):
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, Fraction):
        return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"
    if isinstance(x, float):
        if x == int(x) and abs(x) < 1e15:
            return str(int(x))
        return repr(round(x, 10))
    return str(x)


def dec(x, n):
    return f"{x:.{n}f}"


def trunc(x, n):
    s = f"{x:.{n + 6}f}"
    return s[: s.index(".") + n + 1]


def ivl(lo, a, b, hi):
    return ("[" if lo == "c" else "(") + f"{a}, {b}" + ("]" if hi == "c" else ")")


def pair(a, b):
    return f"({a}, {b})"


def clock(h, m, add, zh=False):
    t = (h * 60 + m + add) % (24 * 60)
    hh, mm = divmod(t, 60)
    h12 = hh % 12 or 12
    if zh:
        return ("下午" if hh >= 12 else "上午") + f"{h12}:{mm:02d}"
    return f"{h12}:{mm:02d} " + ("PM" if hh >= 12 else "AM")


NS = {"ivl": ivl, "pair": pair, "clock": clock, "math": math, "F": Fraction, "sqrt": math.sqrt, "pi": math.pi, "gcd": math.gcd,
      "comb": math.comb, "perm": math.perm, "fact": math.factorial, "floor": math.floor,
      "ceil": math.ceil, "abs": abs, "int": int, "min": min, "max": max, "sum": sum,
      "round": round, "str": str, "len": len, "range": range, "dec": dec, "trunc": trunc,
      "pow": pow, "com": lambda x: f"{x:,}", "fnum": fnum}


def ev(text):
    def rep(m):
        g = dict(NS)
        g["__builtins__"] = {}
        return fnum(eval(m.group(1), g))
    return EXPR.sub(rep, text)


def parse_cases(path):
    text = open(path, encoding="utf-8").read()
    out = []
    for ch in re.split(r"^#### ", text, flags=re.M)[1:]:
        head, rest = ch.split("\n", 1)
        tag, ds, kt, lang, label, style = [h.strip() for h in head.split("|")]
        qpart, rest = rest.split("\nA: ", 1)
        assert qpart.startswith("Q: "), (path, head)
        ans, body = rest.split("\n---\n", 1)
        body = body.strip("\n")
        think, sol = body.split("\n@@\n", 1) if "\n@@\n" in body else ("", body)
        out.append({"trap": tag, "dataset": ds, "key_answer_type": KT[kt], "lang": lang,
                    "label": LB[label], "style": style, "question": ev(qpart[3:].strip()),
                    "correct_answer": ev(ans.strip()), "think": ev(think.strip()),
                    "sol": ev(sol.strip())})
    return out


PLAN_EN = {
    "math": ["I should pin down exactly which quantity is being asked for, write down the given values, and then work step by step, checking the arithmetic as I go, since it is easy to slip on a sign, a unit or a rounding instruction.",
             "the key is to translate the words into equations carefully, keep track of units, and only at the end decide what form the answer should take.",
             "let me set up the relationships first and compute slowly; I also want to re-read the last sentence of the problem so I answer the question that is actually asked and not a nearby one."],
    "alphabet_option": ["I need to weigh each option on its merits rather than jumping at the first one that sounds familiar, and then report the letter of the best choice.",
                        "I'll go through the options one at a time, eliminate the ones that clearly fail, and compare whatever survives before settling on a letter."],
    "short_text": ["this asks for one specific fact, so I should recall what I know, check that it matches the exact wording of the question, and state it plainly.",
                   "the answer should be short, but I want to make sure I am answering precisely what is asked and not a related fact."],
    "categorical_label": ["I have to decide which label fits, judging strictly from what the text says rather than from outside assumptions, and keeping the definitions of the labels in mind.",
                          "the task is a classification, so I should read the text closely, note the key phrases, and then map them onto exactly one of the allowed labels."],
}
PLAN_ZH = {
    "math": ["先弄清楚题目到底求什么，把已知条件列出来，再一步一步计算，注意单位和取整要求。",
             "关键是把文字条件准确地转化为式子，计算时细心一些，最后再检查答案的形式是否符合题意。"],
    "alphabet_option": ["需要逐个分析各个选项，排除明显错误的，再比较剩下的选项，最后给出选项字母。",
                        "不能看到熟悉的说法就直接选，要对每个选项认真判断。"],
    "short_text": ["这是一个事实性问题，需要回忆相关知识，并确认与题目的问法一致。",
                   "答案应该简短，但要确保回答的是题目真正问的内容。"],
    "categorical_label": ["需要根据文本本身的内容来判断标签，不能加入文本之外的假设。",
                          "这是一个分类任务，要仔细阅读文本，抓住关键词，再对应到唯一的标签。"],
}

OPEN_R1_EN = ["Okay, so I need to solve this. Let me read it again carefully.\n\n\"{q}\"\n\nAlright, {p}\n\n",
              "Hmm, let me start by making sure I understand what is being asked. The question is:\n\n{q}\n\nSo {p}\n\n",
              "Alright, let's see. The problem: {q}\n\nFirst, {p}\n\n"]
OPEN_R1_ZH = ["嗯，我先把题目再读一遍：\n\n“{q}”\n\n好的，{p}\n\n",
              "好，我来看一下这道题。题目是：\n\n{q}\n\n首先，{p}\n\n"]
OPEN_EN = {
    "gpt4o": ["To answer this, let's break it down step by step.\n\nWe are given:\n\n> {q}\n\nApproach: {p}\n\n"],
    "qwen": ["Let's think step by step. The question asks:\n\n{q}\n\nPlan: {p}\n\n"],
    "claude": ["I'll work through this carefully.\n\nRestating the question: {q}\n\nMy approach: {p}\n\n"],
    "llama": ["## Step 1: Understand the problem\n{q}\n\nNote: {p}\n\n"],
    "deepseek": ["**Problem.** {q}\n\n**Analysis.** {p}\n\n"],
}
OPEN_ZH = {
    "zhbook": ["【题目】{q}\n\n【分析】{p}\n\n"],
    "qwen": ["我们一步一步来思考。题目问的是：\n\n{q}\n\n思路：{p}\n\n"],
    "gpt4o": ["我们来逐步分析这个问题。\n\n已知：\n\n> {q}\n\n方法：{p}\n\n"],
    "deepseek": ["**题目**：{q}\n\n**分析**：{p}\n\n"],
}


CHECK_EN = {
    "math": ["Before diving in, a few things I want to be careful about: (1) reading exactly which quantity the final sentence asks for, since problems like this often compute an intermediate value that is easy to report by mistake; (2) keeping units consistent from start to finish; (3) respecting any instruction about rounding, exact form or notation; and (4) checking any candidate solution against the original conditions rather than only against a transformed equation.",
             "Some general points first. Word problems and equation problems tend to go wrong in predictable places: a misread condition, a sign error, a unit left unconverted, or an answer given in a different form than requested. I'll write each step explicitly so that I can go back and check it, and at the end I'll substitute back or estimate to make sure the result is reasonable."],
    "alphabet_option": ["A few habits help with questions like this: read the stem twice (watching for words such as NOT, EXCEPT, most or least), recall the relevant facts before looking at the choices so the distractors don't steer me, and for each option ask whether it is fully correct rather than merely related to the topic. Distractors are usually true statements about something nearby, so 'sounds familiar' is not enough.",
                        "Multiple-choice items are designed so that several options look plausible. I'll first state what I know about the topic independently, then test each option against that knowledge, and only then commit to a single letter."],
    "short_text": ["For a factual question it's worth pausing to separate what I actually know from what merely sounds associated with the topic. Names, dates and places that are connected to the subject often come to mind together, and the question is only asking for one of them, so I'll think about the surrounding context and then make sure the final answer matches the exact wording of the question.",
                   "When the question is about a passage, everything needed should be in the text itself, and the numbers or names that appear close to the relevant sentence are often distractors. I'll locate the exact sentence that answers the question and check it against the others."],
    "categorical_label": ["For classification, the important thing is to use the definitions of the labels precisely. In natural language inference, entailment means the hypothesis must be true if the premise is true, contradiction means both cannot be true together, and neutral covers everything else. In sentiment and topic tasks, the label should reflect the overall meaning of the text, including tone such as sarcasm, rather than isolated keywords.",
                          "I'll identify the key phrases, think about what they actually imply in context (surface wording can be misleading, for example with irony or negation), and then choose exactly one label from the allowed set."],
}
CHECK_ZH = {
    "math": ["做这类题时，有几点需要特别注意：第一，看清楚题目最后到底问的是哪个量，不要把中间结果当成答案；第二，注意单位是否统一、是否需要换算；第三，注意题目对结果形式的要求，比如保留几位小数、用分数表示还是用小数表示；第四，解方程得到的结果要代回原题检验，避免出现增根或漏根的情况。下面按步骤来解。",
             "一般来说，这类题容易出错的地方有：审题不清、条件理解偏差、计算粗心、单位遗漏以及答案形式不符合要求。所以我会把每一步都写清楚，最后再用估算或代入的方法检验结果是否合理。"],
    "alphabet_option": ["做选择题时要注意题干中的“不”“不包括”“错误的是”等字眼，先独立回忆相关知识，再逐项分析选项，判断每个选项是否完全正确，而不只是与题目相关。干扰项往往是与题目内容相近的正确说法，不能因为“眼熟”就选。",
                        "选择题的几个选项通常都有一定的迷惑性，所以我先梳理相关知识点，再逐一对照各选项，最后只确定一个答案。"],
    "short_text": ["回答事实类问题时，要把真正确定的知识和只是“相关联”的信息区分开。与题目相关的人名、地名、年份常常会一起浮现在脑海中，但题目只问其中一个，所以要结合背景仔细确认，最后的答案要与题目的问法对应。",
                   "如果题目是基于一段材料，那么答案应当完全来自材料本身，材料中出现的其他数字和人名往往是干扰信息。我会先找到与问题直接对应的句子，再与其他信息核对。"],
    "categorical_label": ["做分类判断时，要准确把握各个标签的定义。在自然语言推理中，“蕴含”指前提为真时假设必然为真，“矛盾”指二者不可能同时为真，其余情况为“中立”。在情感和主题分类中，要根据文本的整体含义（包括反讽、否定等语气）来判断，而不能只看个别关键词。",
                          "我会先找出文本中的关键信息，分析它们在上下文中的真实含义（注意反讽和否定），再从给定的标签中选出唯一一个。"],
}
EXTRA_EN = {
    "math": "I'll also keep in mind that the answer should be given in the form the question requests: an exact value if it asks for one, a rounded value if it specifies rounding, and the unit it names. A clean-looking intermediate number is not necessarily the final answer, so at the end I'll reread the question once more before writing the result.",
    "alphabet_option": "It also helps to remember that only one option is keyed as correct, so if two seem to fit, the wording of the stem usually decides between them; I should resolve that rather than leave it open, and make sure the letter I report is the one that matches my reasoning.",
    "short_text": "Since the expected answer is brief, the main risks are answering a neighbouring question (a related person, place, date or number) or giving a vague answer that covers several possibilities. I'll aim for a single, specific answer that directly matches what is asked.",
    "categorical_label": "Finally, the answer has to be exactly one of the allowed labels. Describing the relationship loosely (for instance, saying only what the label is not) would leave the choice open, so I'll make sure to commit to a single label at the end.",
}
CLOSE_EN = ["", "", "\n\nI hope this helps! Let me know if you'd like any step explained in more detail.",
            "\n\nLet me know if you have any other questions."]
CLOSE_ZH = ["", "", "\n\n希望以上解答对你有帮助！如有疑问，欢迎继续提问。"]


def render(case, rng):
    zh = case["lang"] == "zh"
    kt = case["key_answer_type"]
    p = rng.choice((PLAN_ZH if zh else PLAN_EN)[kt])
    chk = rng.choice((CHECK_ZH if zh else CHECK_EN)[kt]) + ("" if zh else " " + EXTRA_EN[kt])
    q = case["question"]
    style = case["style"]
    stop = "stop" in case["trap"]
    if style == "r1":
        op = rng.choice(OPEN_R1_ZH if zh else OPEN_R1_EN).format(q=q, p=p) + chk + "\n\n"
        if stop:
            return "<think>\n" + op + (case["think"] + "\n\n" + case["sol"]).strip()
        assert case["think"], case["trap"]
        head = ("**解答**\n\n题目：" + q + "\n\n") if zh else ("**Solution**\n\nThe question asks: " + q + "\n\n")
        return "<think>\n" + op + case["think"] + "\n</think>\n\n" + head + case["sol"]
    table = OPEN_ZH if zh else OPEN_EN
    op = rng.choice(table.get(style) or table["qwen"]).format(q=q, p=p) + chk + "\n\n"
    parts = [x for x in (case["think"], case["sol"]) if x]
    close = "" if stop else rng.choice(CLOSE_ZH if zh else CLOSE_EN)
    return op + "\n\n".join(parts) + close


def write_jsonl(path, records):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
