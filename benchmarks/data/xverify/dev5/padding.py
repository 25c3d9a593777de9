"""dev5's reasoning text around an answer: fillers, padding, think blocks, verification sections, output styles. Part of gen_dev5.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F
import datetime as dt
from common import R


# ---------------------------------------------------------------- styles
ZH_FILLER = ["我们先把题目中的条件整理一下，避免遗漏。", "这里要特别注意单位和符号，很多人会在这一步出错。", "为了稳妥，我再用另一种方法核对一遍。",
             "这个结果看起来是合理的，数量级也没有问题。", "下面逐步计算。", "注意题目问的是最终结果，而不是中间量。"]


EN_FILLER = ["Let me restate what is given so nothing gets dropped.", "It's easy to slip on signs here, so I'll go slowly.",
             "A quick sanity check on magnitude: the result should be in a reasonable range, and it is.",
             "Let me also consider whether there's a trick in the wording — the question asks for exactly one quantity.",
             "I'll write each intermediate result explicitly.", "Before finalizing, double-check the arithmetic with a second method.",
             "Hmm, let me reconsider the setup once more to make sure I'm reading it correctly.",
             "Nothing in the problem suggests rounding, so I'll keep exact values throughout."]


EN_PAD = [
 "Before computing anything, it helps to pin down exactly which quantity is being asked for, because a lot of errors come from answering a nearby question instead of the real one.",
 "I'll keep everything exact until the very end and only simplify at the last step; premature rounding is a classic way to lose marks.",
 "It's worth listing the given information explicitly: every number in the statement should be used somewhere, and if one isn't, that's a sign I've misread the setup.",
 "One subtle point is the direction of each operation — whether we add or subtract, multiply or divide — so I'll annotate each step with the reason for it.",
 "I also want to keep track of units throughout, since a correct number with the wrong unit is still a wrong answer.",
 "Let me think about what a reasonable answer should look like before grinding through the algebra, so I can catch an order-of-magnitude slip.",
 "There are a couple of ways to attack this; the most direct one is also the least error-prone here, so I'll use it and then cross-check with the other.",
 "A common trap in problems like this is a sign error when terms move from one side to the other, so I'll write those moves out in full.",
 "I'll try not to skip steps even where they look obvious — the point is to make the chain of reasoning easy to audit afterwards.",
 "If anything in the statement were ambiguous I'd flag it, but here the conditions seem to determine a unique answer.",
 "Let me double-check that I haven't confused a similar-looking quantity (for instance a part versus the whole, or an intermediate versus the final value).",
 "Writing the intermediate results down also makes it easier to verify each one independently afterwards.",
]


ZH_PAD = [
 "在动笔计算之前，先明确题目到底要求的是哪个量，很多错误都来自于回答了一个相近但不同的问题。",
 "整个过程中我尽量保留精确值，只在最后一步化简，过早取近似值很容易导致误差。",
 "把已知条件逐条列出来：题目里给出的每个数据都应该用到，如果有数据没有用上，说明可能理解错了题意。",
 "要特别注意每一步运算的方向——是加还是减，是乘还是除——所以我会写明每一步的理由。",
 "同时要始终关注单位，数值对了但单位错了，答案仍然是错的。",
 "先估计一下合理答案的大致范围，这样可以发现数量级上的错误。",
 "这类题有几种解法，最直接的方法也最不容易出错，我先用它，再用另一种方法核对。",
 "移项时最容易出现符号错误，所以我会把每一次移项都完整地写出来。",
 "即使某些步骤看起来很显然，我也不跳步，这样便于事后检查整个推理链条。",
 "还要确认没有把相似的量混淆，比如部分与整体、中间结果与最终结果。",
]


def long_pad(lang, k):
    pool = ZH_PAD if lang == "zh" else EN_PAD
    return ("" if lang == "zh" else " ").join(R.sample(pool, min(k, len(pool))))


QA_PAD = [
 "Questions like this often have distractors that are closely related to the right answer — a neighbouring concept, a similar name, an adjacent date — so I want to be deliberate.",
 "I'll first recall the general principle, then apply it to the specific wording, paying attention to qualifiers such as 'most', 'first', 'not', or 'immediately'.",
 "Memory can be unreliable for this kind of detail, so I'll cross-check with a couple of related facts that I'm more confident about.",
 "If two candidates both seem plausible, the tie-breaker is usually the exact wording of the question rather than general familiarity.",
 "It is also worth considering the context in which this fact is usually taught, since that tends to reveal which of the look-alike answers is the intended one.",
 "I'll avoid over-reading the question: the simplest interpretation consistent with every word in it is usually the intended one.",
 "Let me also make sure I'm answering in the form requested rather than giving extra information that could be read as a different answer.",
 "A quick consistency check against what I know about the surrounding history/science should catch any mix-up between similar items.",
]


ZH_QA_PAD = [
 "这类题目的干扰项往往和正确答案非常接近，比如相近的概念、相似的人名或相邻的年份，所以要谨慎。",
 "先回忆一般性的原理，再结合题干的具体措辞，特别留意“最”“首先”“不”“直接”等限定词。",
 "仅凭记忆容易出错，所以我会用几个更有把握的相关事实来交叉验证。",
 "如果两个选项看起来都说得通，通常要根据题干的确切表述来取舍。",
 "还要考虑这个知识点通常是在什么背景下讲授的，这往往能帮助判断命题人的意图。",
 "不要过度解读题目：与题干每一个字都相符的最简单理解通常就是正确的理解。",
 "同时要确保按题目要求的形式作答，不要附带可能被理解成另一个答案的多余信息。",
]


def qa_pad(lang, k):
    pool = ZH_QA_PAD if lang == "zh" else QA_PAD
    return ("" if lang == "zh" else " ").join(R.sample(pool, min(k, len(pool))))


def think_block(steps, lang, extra):
    fill = ZH_FILLER if lang == "zh" else EN_FILLER
    lines = []
    lines.append("好的，我来想一想这道题。" if lang == "zh" else R.choice(["Okay, let me think about this.", "Alright, so the question is asking", "Let me work through this carefully."]))
    for s in steps:
        lines.append(R.choice(fill)); lines.append(s)
    lines += extra
    lines.append(R.choice(fill))
    return "<think>\n" + "\n\n".join(lines) + "\n</think>\n\n"


def verification(lang, ans):
    if lang == "zh":
        return R.choice([f"\n\n**验证**：把 {ans} 代回原题逐项检查，各个条件都满足，计算无误。另外从数量级上看，这个结果也是合理的。",
                         f"\n\n检验：重新按步骤算一遍，得到的仍然是 {ans}，与上面一致。"])
    return R.choice([f"\n\n### Verification\nPlugging {ans} back into the original conditions: every condition checks out, and the magnitude is sensible. I also redid the arithmetic in a different order and got the same value.",
                     f"\n\n**Check.** Re-deriving from scratch with a different grouping of terms gives {ans} again, so I'm confident in it.",
                     f"\n\n---\nSanity check: {ans} is consistent with a rough estimate done before computing, and no step divides by zero or drops a sign."])


def wrap(p, final, mode, style):
    """mode: correct | wrong | self_correct | reasoning_right_final_wrong | two_answers | truncated"""
    lang = p["lang"]; steps = list(p["steps"]); q = p["q"]
    fill = ZH_FILLER if lang == "zh" else EN_FILLER
    if mode == "truncated":
        keep = steps[:max(0, len(steps) - 1)]
        head = long_pad(lang, R.randint(5, 8))
        if style == "tutor":
            txt = ("## 题目分析\n\n" if lang == "zh" else "## Understanding the problem\n\n") + head + ("\n\n## 解题步骤\n\n" if lang == "zh" else "\n\n## Step-by-step solution\n\n") + "\n".join(f"{i+1}. {x}" for i, x in enumerate(keep))
        elif style == "terse":
            txt = "<think>\n" + head + "\n\n" + "\n\n".join(keep)
        else:
            txt = head + "\n\n" + "\n\n".join(keep)
        nxt = ("接下来把上面的结果代入，得到" if lang == "zh" else "Now substituting this into the remaining step, we get")
        return txt + "\n\n" + nxt + ("……" if lang == "zh" else " ...")
    pre = []
    if mode == "self_correct":
        w = p["bad"][0][0]
        pre = [("一开始我算出 " + w + "，等一下，这不对，我把一步弄错了。重新算：") if lang == "zh" else
               f"My first pass gave {w}. Wait, that's wrong — I messed up a step. Redoing it:"]
    post = []
    if mode == "reasoning_right_final_wrong":
        post = [("不过再想想，题目可能有别的意思，我改一下结论。" if lang == "zh" else "Hmm, actually, on reflection I think the intended reading is different, so I'll adjust my conclusion.")]
    body_steps = pre + steps + post
    body = ""
    if style == "terse":
        body = think_block(body_steps, lang, []) + (f"**{final}**" if R.random() < .5 else (f"答案：{final}" if lang=="zh" else f"Answer: {final}"))
    elif style == "tutor":
        if lang == "zh":
            body = "## 题目分析\n\n" + R.choice(fill) + "本题的关键是把已知条件转化为可以计算的式子。\n\n## 解题步骤\n\n" + "\n".join(f"{i+1}. {s}" for i, s in enumerate(body_steps))
            body += f"\n\n## 结果汇总\n\n| 项目 | 内容 |\n|---|---|\n| 方法 | 逐步计算 |\n| 答案 | {final} |"
        else:
            body = "## Understanding the problem\n\n" + R.choice(fill) + " The key is translating the statement into something we can compute directly.\n\n## Step-by-step solution\n\n" + "\n".join(f"{i+1}. {s}" for i, s in enumerate(body_steps))
            body += "\n\n## Common mistakes\n\n- Dropping a sign when moving terms across.\n- Mixing up units or forgetting a conversion factor.\n- Stopping at an intermediate value instead of the quantity asked for."
            body += f"\n\n## Summary\n\n| Item | Value |\n|---|---|\n| Method | direct computation |\n| Answer | {final} |"
    elif style == "answer_first":
        body = (f"答案：{final}\n\n理由如下。\n\n" if lang == "zh" else f"**Answer: {final}**\n\nHere is why.\n\n") + "\n\n".join(f"- {s}" for s in body_steps) + "\n\n" + R.choice(fill)
        if lang != "zh": body += "\n\nSo, to restate: " + final + "."
        else: body += "\n\n所以答案仍是：" + final + "。"
    elif style == "json":
        body = (R.choice(fill) + "\n\n" + "\n".join(body_steps) + "\n\n```json\n" + json.dumps({"reasoning": "see above", "answer": final}, ensure_ascii=False) + "\n```")
    elif style == "restater":
        if lang == "zh":
            body = f"题目条件重述：{q}\n\n我们要求的量需要与题目的单位和条件一致。\n\n" + "\n".join(body_steps) + f"\n\n满足题目全部条件的结果是 {final}。\n\n最终答案：$\\boxed{{{final}}}$"
        else:
            body = f"Restating the problem: {q}\n\nThe conditions above fix everything we need; the answer must be in the units/form the question asks for.\n\n" + "\n".join(body_steps) + f"\n\nUnder the stated conditions, the required quantity is {final}.\n\nFinal answer: $\\boxed{{{final}}}$"
    elif style == "ranked":
        alt = [b[0] for b in p["bad"] if b[0] != final][:2]
        if lang == "zh":
            body = "\n".join(body_steps) + "\n\n候选答案排序：\n" + f"1. {final}（最可能，置信度 0.9）\n" + "".join(f"{i+2}. {a}（可能性较低，若把某一步理解错会得到它）\n" for i, a in enumerate(alt)) + f"\n我的最终选择：{final}"
        else:
            body = "\n\n".join(body_steps) + "\n\n### Candidate answers (ranked)\n" + f"1. {final} — most likely (confidence ~0.9)\n" + "".join(f"{i+2}. {a} — only if a step were misread\n" for i, a in enumerate(alt)) + f"\nMy final pick: {final}"
    elif style == "latex":
        disp = R.choice(["\\[ {} \\]", "$$ {} $$"])
        body = ("解：\n\n" if lang == "zh" else "**Solution.**\n\n") + "\n\n".join(body_steps) + "\n\n" + disp.format("\\boxed{" + final + "}") + "\n\n" + (R.choice(["因此答案为 ", "综上，", "所以最后结果是 "]) if lang == "zh" else R.choice(["Final answer: ", "Therefore the answer is ", "Thus, the result: ", "**Final Answer** — "])) + final
    else:  # plain chatty
        body = R.choice(fill) + "\n\n" + "\n\n".join(body_steps) + "\n\n" + R.choice(fill) + "\n\n" + (f"所以，答案是 {final}。" if lang == "zh" else R.choice([f"So the answer is {final}.", f"That gives {final}.", f"I'll go with {final}.", f"The final result is {final}.", f"I'm fairly confident, though not 100% certain, that the answer is {final}."]))
    if style not in ("terse", "answer_first"):
        body = body + "\n\n" + (("补充说明：" if lang == "zh" else "A few remarks on the method: ") + long_pad(lang, R.randint(3, 6)))
    if mode == "two_answers":
        other = p["bad"][0][0]
        body += (f"\n\n不过也有可能是 {other}，两个都说得通，我不太确定。" if lang == "zh" else f"\n\nHowever, it could also be {other} — both readings seem defensible, so the answer is either {final} or {other}.")
    elif mode not in ("truncated",) and style not in ("json",) and R.random() < 0.75:
        body += verification(lang, final)
    if False:
        cut = body.find(final)
        body = body[:max(cut, len(body)//3)] if cut > 0 else body[:len(body)//2]
        # ensure the final commitment is absent
        body = body.replace(final, "")
        body = body.rstrip() + ("……" if lang == "zh" else " ...")
    # pad with an introductory paragraph to make outputs long
    intro = long_pad(lang, R.randint(4, 9) if lang == "en" else 10) + "\n\n"
    if R.random() < 0.8:
        intro += (("我们来仔细分析这道题。" + "".join(R.sample(fill, 3)) + "\n\n") if lang == "zh" else
                 ("Let's carefully work through this. " + " ".join(R.sample(fill, 3)) + "\n\n"))
    return intro + body


STYLES = ["terse", "tutor", "answer_first", "json", "restater", "ranked", "latex", "plain"]
