"""Shared helpers for the dev45 set (standard library only)."""
import json
import os
from fractions import Fraction

EN_NAMES = ["Mira", "Tobias", "Lena", "Oskar", "Priya", "Dario", "Yuki", "Felix",
            "Ansel", "Corra", "Idris", "Maren", "Quill", "Rosalind", "Teodor", "Vesna"]
ZH_NAMES = ["王小林", "李悦", "陈浩", "赵敏", "刘洋", "孙婷", "周凯", "吴桐", "郑可", "何远"]


def T(lang, en, zh):
    return zh if lang == "zh" else en


def is_terminating(v):
    d = Fraction(v).denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return d == 1


def plain(v):
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    return "%d/%d" % (v.numerator, v.denominator)


def latex(v):
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    sign = "-" if v < 0 else ""
    return "%s\\frac{%d}{%d}" % (sign, abs(v.numerator), v.denominator)


def dec(v, places=None):
    """Decimal string for a terminating fraction (None otherwise)."""
    v = Fraction(v)
    if not is_terminating(v):
        return None
    if v.denominator == 1 and places is None:
        return str(v.numerator)
    p = 0
    while (v * 10 ** p).denominator != 1:
        p += 1
    if places is not None:
        p = max(p, places)
    n = v * 10 ** p
    s = str(abs(n.numerator)).rjust(p + 1, "0")
    out = s[:-p] + "." + s[-p:] if p else s
    return ("-" if v < 0 else "") + out


def forms(v):
    """All equal textual forms of a value (first is the plain form)."""
    out = [plain(v)]
    lt = latex(v)
    if lt not in out:
        out.append(lt)
    d = dec(v)
    if d is not None and d not in out:
        out.append(d)
    return out


def record(i, dataset, kat, question, output, answer, label, lang, trap):
    return {"id": "d45-%04d" % i, "dataset": dataset, "key_answer_type": kat,
            "question": question, "llm_output": output, "correct_answer": answer,
            "label": label, "lang": lang, "trap": trap}


def write_jsonl(path, recs):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


INTRO_EN = [
    "Let's think step by step.",
    "Let me read the problem carefully before I start computing anything.",
    "Okay, so we need to figure this out. Let me break it down into smaller parts.",
    "To solve this, I will go through the information given one piece at a time.",
    "Alright. First I will restate what we know, and then I will work toward the answer.",
]
INTRO_ZH = [
    "让我们一步一步地思考。",
    "我先仔细读一遍题目，然后再开始计算。",
    "好的，我们来分析一下这道题，把它拆成几个小步骤。",
    "为了解决这个问题，我会把题目中给出的信息逐条整理出来。",
]
FILLER_EN = [
    "It is important not to skip any of the quantities mentioned in the problem.",
    "I want to be careful here because it is easy to mix up the numbers.",
    "Let me make sure I am using the right units throughout.",
    "This kind of problem usually requires keeping track of each part separately.",
    "Before moving on, I will write down what each number represents.",
    "I should double-check that I have understood exactly what the question is asking for.",
]
FILLER_ZH = [
    "这里要注意不要漏掉题目中提到的任何一个数量。",
    "这一步要仔细，因为很容易把数字弄混。",
    "我要确认整个过程中单位是一致的。",
    "这类题目通常需要把每一部分分开来计算。",
    "在继续之前，我先写清楚每个数字代表什么。",
    "我需要再确认一下题目到底问的是什么。",
]


def intro(rng, lang):
    return rng.choice(INTRO_ZH if lang == "zh" else INTRO_EN)


def fillers(rng, lang, k):
    pool = FILLER_ZH if lang == "zh" else FILLER_EN
    return rng.sample(pool, k)

PARA_EN = [
    "Plan: first I will identify every quantity that appears in the problem and what it refers to. Then I will "
    "decide which operations connect those quantities to the thing being asked. Finally I will carry out the "
    "arithmetic carefully, one line at a time, and check that the result has a sensible size and the right units.",
    "Before computing, it helps to think about what kind of answer we expect. The question asks for one specific "
    "value, so the final answer should be a single number or choice, not a range. I will also watch out for common "
    "mistakes such as using the wrong quantity, forgetting a step, or misreading what is being counted.",
    "Let me summarize the information in my own words so that nothing is lost. The problem gives several pieces of "
    "data, and some of them may only be there as context. I will only use what is actually needed, but I will "
    "mention each piece so it is clear why it is or is not used in the computation below.",
    "Sanity check: the size of the result should be reasonable given the numbers in the problem. If the result were "
    "negative, or much larger than every quantity mentioned, that would signal an error somewhere. Going back over "
    "the operations, each one follows directly from the wording, so I am fairly comfortable with the work so far.",
    "Another way to look at it is to work backwards from the result and see whether it reproduces the numbers in "
    "the problem. Doing that mentally, the pieces fit together without any contradiction, which gives me more "
    "confidence that no step was skipped and that I interpreted the question the way it was intended.",
]
PARA_ZH = [
    "思路：首先找出题目中出现的每一个量以及它们分别指什么；然后确定这些量之间需要用什么运算联系起来，才能得到题目要求的结果；"
    "最后一步一步仔细计算，并检查结果的大小是否合理、单位是否正确。这样可以尽量避免粗心造成的错误。",
    "在计算之前，先想一想答案应该是什么样子的。题目要求的是一个确定的值，所以最终答案应该是一个数或一个选项，而不是一个范围。"
    "同时要注意常见的错误，比如用错了量、漏掉了某一步，或者看错了题目要数的对象。",
    "我先用自己的话把题目信息整理一遍，免得遗漏。题目给出了好几条数据，其中有些可能只是背景信息。"
    "我只会用到真正需要的数据，但每一条都会提一下，说明它为什么用到或者为什么没有用到。",
    "合理性检查：根据题目中的数据，结果的大小应该是合理的。如果结果是负数，或者比题目中所有的量都大得多，那就说明某处出错了。"
    "回头再看每一步运算，都是直接根据题意得到的，所以我对目前的计算比较放心。",
    "换个角度，可以从结果倒推回去，看看能否还原出题目中的数据。在脑子里这样验证一遍，各部分都能对得上，没有矛盾，"
    "这让我更加确信没有漏掉任何步骤，也没有误解题意。",
    "需要特别说明的是，这类题目最容易出错的地方往往不是计算本身，而是对题意的理解。比如题目问的是“剩下多少”还是“用掉多少”，"
    "问的是“一共”还是“每一个”，这些细微的差别都会导致完全不同的结果。所以在动笔之前，我会把问题再默读一遍，确认自己要求的究竟是什么。",
    "另外，我也会注意题目中的数字是否需要先换算或者先合并。有时候题目会故意给出一些看起来有用、实际上与所求无关的信息，"
    "如果不加分辨地全部代入计算，就会得到错误的答案。因此我会先判断每一条信息的作用，再决定是否使用它。",
    "写到这里，我再把整体思路梳理一下：先明确已知条件，再明确所求，然后找到两者之间的联系，最后进行计算和检验。"
    "按照这个顺序来做，每一步都有依据，即使中间出现了小错误，也比较容易在检验环节发现并改正过来。",
]


def paras(rng, lang, k):
    if lang == "zh":
        p = rng.sample(PARA_ZH, 2 * k)
        return [p[2 * i] + p[2 * i + 1] for i in range(k)]
    return rng.sample(PARA_EN, k)
