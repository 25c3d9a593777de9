"""dev12's reasoning text around a math answer: long thinking, padding, step notes, restatements, plans, discussions. Part of gen_dev12.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F
from phrasing import R, pick


EN_EXTRA = ["Units matter here, so I'll carry them through every line.", "Another way to see it: estimate first, then compute exactly.",
 "Rounding isn't needed since the numbers come out clean.", "I'll keep exact values until the end.",
 "It helps to draw a quick sketch, even mentally.", "The wording 'exactly' suggests there's a unique answer.",
 "Let me reconsider whether any information is a distractor. I don't think so.", "Approximate check: the answer should be of the same order as the inputs."]


ZH_EXTRA = ["注意单位要统一。", "先估算一下，结果应该在合理范围内。", "这里保留精确值，不要提前取近似。", "题目中的数据都用上了，没有多余条件。"]


def long_think(p, lang):
    if lang == "en":
        return ("Okay, the question: " + p["q"][:160] + ("..." if len(p["q"]) > 160 else "") + "\n" +
                " ".join(R.sample(EN_EXTRA, 3)) + "\nLet me try: " + p["steps"][0] + " Hmm, and then " + p["steps"][-1] +
                " That looks right, but let me be careful with " + pick(["the units", "the sign", "the last step", "the rounding", "the wording"]) + ". " + discussion("en", R.randint(2, 4)) + " Going over it once more: " + " ".join(p["steps"]) + " OK, I'll write it up.")
    return ("题目是：" + p["q"] + "\n" + "".join(R.sample(ZH_EXTRA, 3)) + "\n先试一下：" + p["steps"][0] + "然后" + p["steps"][-1] + "嗯，看起来对，但再检查一下。" + discussion("zh", 3) + "再过一遍：" + "".join(p["steps"]) + "好，开始写解答。")


def pad(lang):
    if lang == "en":
        return " ".join(R.sample(EN_EXTRA, R.randint(2, 4)))
    return "".join(R.sample(ZH_EXTRA, R.randint(2, 3)))


STEP_NOTE_EN = ["(I'm writing every intermediate value so the arithmetic can be audited.)", "This is the key relation in the problem.",
 "Nothing subtle here, just careful bookkeeping.", "I double-checked this line on scratch paper.", "The intermediate number {m} will come back later.",
 "If I had mixed up the order of operations here the result would be off.", "Keep the units attached: it prevents silly mistakes.",
 "Notice {m} is consistent with a rough estimate.", "This step is where most errors creep in, so slowly.", "Fine."]


STEP_NOTE_ZH = ["（把中间结果都写出来，方便检查。）", "这是本题的关键关系。", "这一步只是仔细计算。", "中间量 {m} 后面还会用到。", "单位要带着算，避免出错。", "这一步最容易出错，慢一点。"]


RESTATE_EN = ["Restating the problem in my own words: {q}", "We are told the following. {q}", "Problem: \"{q}\"", "So the setup is: {q}"]


PLAN_EN = ["My plan: identify the quantities, write one relation connecting them, compute, then check the answer against the original statement.",
 "Strategy — translate the words into arithmetic, do the computation in small pieces, and finally sanity-check.",
 "I'll solve it directly first, and then confirm with a second method if one is handy.",
 "The approach is standard for this type; the main risk is a careless slip, so I'll verify at the end.",
 "I want to avoid jumping to a number too fast. Let me list what's given, what's asked, and how they connect."]


ALT_EN = ["Let me redo it a slightly different way to be sure. {s}", "Second pass, written more compactly: {s}", "Cross-check by repeating the chain of reasoning: {s}", "Reworking from scratch without looking at the first attempt: {s}"]


RESTATE_ZH = ["题目：{q}", "把题意重述一遍：{q}", "已知：{q}"]


PLAN_ZH = ["思路：先找出已知量和所求量之间的关系，再计算，最后检验。", "按部就班：列式、计算、验算。", "这类题的关键是弄清数量关系，计算本身不难。"]


ALT_ZH = ["换一种方式再算一遍：{s}", "重新计算一遍确认：{s}", "再独立地算一次：{s}"]


DISC_EN = ["Before finalising, a word on interpretation.", "One could read the question differently, but the most natural reading is the one used above.",
 "The numbers were chosen so that everything divides evenly, which is reassuring.", "If the result had come out as an awkward decimal, I'd suspect a misreading.",
 "A common slip on problems like this is to answer a neighbouring quantity instead of the one asked.", "It's worth stating the units explicitly in the final answer.",
 "I also considered whether any condition is redundant; none seems to be.", "Estimating roughly gives something in the same ballpark, so the magnitude is right.",
 "Working with exact values avoided any rounding trouble.", "Teachers often design these so the check step is quick, and it was.",
 "Had I confused the direction of the change, the sign would be wrong; I've kept track of it.", "The structure here is the same as many textbook exercises of this type.",
 "Let me also make sure I answered in the form requested.", "There is no hidden trick as far as I can see.", "I'm now fairly confident in the computation."]


DISC_ZH = ["最后说明一下对题意的理解。", "这道题也可以用方程来解，结果相同。", "数据设计得比较整齐，结果是整数或简单分数，说明计算大概率正确。",
 "这类题常见的错误是把所求的量弄错。", "答案要带上单位。", "估算一下，数量级是对的。", "题目中没有多余条件。", "用精确值计算，避免了四舍五入误差。", "我对这个结果比较有信心。", "注意审题，问的是什么就答什么。"]


def discussion(lang, n):
    return (" ".join(R.sample(DISC_EN, n)) if lang == "en" else "".join(R.sample(DISC_ZH, min(n, len(DISC_ZH)))))


def elaborate(p, steps, lang):
    m = p.get("mid", "")
    out = []
    if lang == "en":
        out.append(pick(RESTATE_EN).format(q=p["q"]))
        out.append(pick(PLAN_EN))
        for st in steps:
            out.append(st + " " + " ".join(x.format(m=m) for x in R.sample(STEP_NOTE_EN, 2)))
        if R.random() < 0.85: out.append(pick(ALT_EN).format(s=" ".join(p["steps"])))
        out.append(discussion("en", R.randint(5, 8)))
        if R.random() < 0.6: out.append(pick(["### Remarks\n", "**Side note.** ", "One more thought: "]) + discussion("en", R.randint(2, 4)))
        if R.random() < 0.5: out.append("Summary of the steps:\n" + "\n".join("- " + x for x in p["steps"]))
    else:
        out.append(pick(RESTATE_ZH).format(q=p["q"]))
        out.append(pick(PLAN_ZH))
        for st in steps:
            out.append(st + "".join(x.format(m=m) for x in R.sample(STEP_NOTE_ZH, 3)))
        if R.random() < 0.85: out.append(pick(ALT_ZH).format(s="".join(p["steps"])))
        out.append(discussion("zh", R.randint(5, 8)))
        out.append(pick(["### 补充说明\n", "**备注：**", "另外，"]) + discussion("zh", R.randint(3, 5)) + pick(STEP_NOTE_ZH).format(m=m))
        if R.random() < 0.5: out.append("步骤小结：\n" + "\n".join("- " + x for x in p["steps"]))
    return out
