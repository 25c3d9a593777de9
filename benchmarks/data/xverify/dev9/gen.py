#!/usr/bin/env python3
"""Generate dev9.jsonl from items.py. Deterministic (seeded). Usage: python3 gen.py"""
import json, os, random, statistics
from items import ITEMS

R = random.Random(20261207)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev9.jsonl")

def fm(a):
    """Inline-math wrap for LaTeX-looking answers in prose."""
    if "$" in a or not any(c in a for c in "\\^_"):
        return a
    return f"${a}$"

def bx(a):
    return "\\boxed{" + a.replace("$", "\\$") + "}"

EN_EXPLORE = [
 "Okay, let me read the problem carefully and pin down exactly what is being asked before computing anything. There is a real risk of answering an intermediate quantity instead of the requested one, so I'll keep the target quantity in mind the whole time.",
 "Hmm, there are a couple of ways to attack this. One is to compute directly; another is to reason more structurally and then check. Let me try the direct route first, and if it is cheap I'll sanity-check with a second method afterwards.",
 "Wait, let me re-read the statement. Are there hidden conditions — units, a domain restriction, a particular form the answer should take, an 'at least' versus 'exactly'? Those are the places where it is easy to slip, so I want them clear before I commit.",
 "Let me also think about whether a different interpretation of the wording would change the result. I considered reading it another way for a moment, but the standard reading is almost certainly the intended one, and the other reading would make the problem underdetermined.",
 "Before writing anything final, I'll jot down the given data in one place so I don't mix up which number belongs to which quantity. Mixing up two similar-looking quantities is the most common way to get a plausible but wrong result here.",
 "I'll write the reasoning out in full rather than jumping to a remembered result. Remembered results are exactly where subtle errors creep in: a formula recalled with the wrong constant, a fact recalled for a neighbouring case, or an answer to a slightly different version of the question seen before. Writing each step explicitly costs a little time but makes every step checkable.",
 "One more consideration: the problem may be designed so that an obvious-looking shortcut gives a tempting but wrong result. Distractors are usually built from the most common mistakes — using the wrong base, stopping one step early, or reporting a quantity computed along the way. I'll watch for each of those as I go.",
 "Let me think about what a sensible answer should look like before computing it, so I can tell immediately if something goes off the rails. Having a rough expectation of size, sign and form is a cheap but effective guard against arithmetic slips and misread conditions.",
 "Alright, candidate approaches: (1) brute force / direct substitution, (2) a cleaner identity or known fact, (3) elimination of implausible options. Approach (2) is probably fastest, but I'll keep (1) in reserve as a check.",
]
EN_VERIFY = [
 "I re-derived the key step a second way and got the same result. I also checked that the result has the right units and sign, and that it answers the question that was actually asked rather than some intermediate quantity that appeared along the way.",
 "Plugging the result back into the original conditions, everything is consistent. Nothing in the statement restricts the answer further, and the magnitude is reasonable for the situation described.",
 "A quick estimate agrees in order of magnitude, and the alternative interpretation I briefly considered would not give a well-defined answer, so I'm comfortable with this.",
 "Common pitfalls checked: off-by-one counting, sign conventions, mixing up similar quantities, and dropping a factor. None of them apply to the computation above.",
]
ZH_EXPLORE = [
 "先仔细读题，弄清楚题目到底问的是什么，避免把中间量当成最终结果。题目中的条件要逐条用上，不能遗漏。",
 "这道题可以直接计算，也可以先分析结构再计算。先用直接的方法算一遍，再用另一种思路简单验证。",
 "等一下，再看一遍题目：有没有单位、取值范围或者答案形式上的要求？这些地方最容易出错，要先确认清楚。",
 "这类题目看似简单，但细节很多。我打算把每一步都写清楚，而不是凭记忆直接给出结论，因为凭记忆最容易出现张冠李戴的情况：公式记错系数、把相近的知识点混淆、或者把另一道类似题目的答案套过来。逐步书写虽然慢一点，但每一步都可以检查。",
 "我们先回顾一下相关的基本概念和公式，确认适用条件，再代入本题的数据。适用条件如果不满足，公式就不能直接使用，这一点经常被忽视。",
 "把已知条件整理一下，分别对应到要求的量上，防止把两个相近的量弄混。这类题最常见的错误就是答非所问。",
]
ZH_VERIFY = [
 "在动手计算之前，先估计一下答案大概应该是什么样子：大小、正负、形式。这样一旦算出来的结果明显不合理，就能立刻发现问题。出题人常常把最常见的错误做成干扰项，比如只算到中间一步、用错基数、少乘一个系数等，需要逐一警惕。",
 "检验：把结果代回原题条件，各项都相符，单位和符号也正确，而且回答的正是题目所问的量，而不是中间结果。",
 "再用另一种方法粗略估算一下，数量级一致，说明计算没有问题。常见错误（漏乘系数、符号错误、多算或少算一项）都已排查。",
 "复核一遍关键步骤，结果不变。题目没有其他限制条件，因此结论成立。",
]

def ex(lang, k=2):
    k += 2 if lang == 'en' else 3
    pool = ZH_EXPLORE if lang == "zh" else EN_EXPLORE
    return "\n\n".join(R.sample(pool, min(k, len(pool))))

def vf(lang, k=1):
    pool = ZH_VERIFY if lang == "zh" else EN_VERIFY
    return "\n\n".join(R.sample(pool, k))

def say(item, a):
    if item["say"]:
        return item["say"].format(a=fm(a))
    if item["lang"] == "zh" and a.startswith("答案"):
        return a + "。"
    return R.choice(["The answer is {a}.", "So the result is {a}.", "Therefore the answer is {a}.", "This gives {a}."]).format(a=fm(a)) if item["lang"] == "en" \
        else R.choice(["所以答案是{a}。", "因此结果为{a}。"]).format(a=fm(a))

def box_ok(item, a):
    return item["kat"] in ("math", "alphabet_option") and len(a) < 60

def qhead(item):
    q = item["q"].split("\n")[0]
    return q if len(q) < 160 else q[:157] + "..."

# ---------- English styles (final answer a) ----------
def en_think(item, a):
    fin = R.choice(["**Answer:** {A}", "Final answer: {A}", "The answer is **{A}**.", "So the final answer is {A}."]).format(A=fm(a))
    return (f"<think>\n{ex('en', 3)}\n\nNow the actual work. {item['steps']}\n\nHmm, let me make sure I'm not answering a sub-question. "
            f"The question asks: \"{qhead(item)}\" — yes, that's what I computed.\n\n{vf('en')}\n</think>\n\n"
            f"{item['steps']}\n\n{fin}")

def en_md(item, a):
    fin = R.choice(["**Final answer: {A}**", "**Answer: {A}**", "### Final Answer\n**{A}**", "**Therefore, the answer is {A}.**"]).format(A=fm(a))
    return (f"## Understanding the problem\n\n{ex('en', 2)}\n\n## Solution\n\n### Step 1 – Set up\n\nWe collect the given information and identify the target quantity.\n\n"
            f"### Step 2 – Compute\n\n{item['steps']}\n\n### Step 3 – Check\n\n{vf('en')}\n\n---\n\n{fin}")

def en_finalnext(item, a):
    last = bx(a) if box_ok(item, a) else a
    return (f"{ex('en', 2)}\n\nLet's work it out.\n\n{item['steps']}\n\n{vf('en', 2)}\n\n**Final Answer**\n{last}")

def en_table(item, a):
    return (f"{ex('en', 2)}\n\n**Working:** {item['steps']}\n\n| Item | Value |\n|---|---|\n| Question | {qhead(item)[:60]} |\n| Method | direct computation / recall, then check |\n| **Answer** | **{a}** |\n\n{vf('en')}")

def en_restate(item, a):
    return (f"{ex('en', 2)}\n\nHere is the reasoning:\n\n1. Read off what is given.\n2. {item['steps']}\n3. Make sure the result answers the question as asked.\n\n{vf('en')}\n\n{say(item, a)}")

def en_verify_after(item, a):
    lead = R.choice(["Answer: {A}", "**Result:** {A}", "Final answer — {A}"]).format(A=(bx(a) if box_ok(item, a) and R.random() < .5 else fm(a)))
    return (f"{item['steps']}\n\n{lead}\n\n### Verification\n\n{vf('en', 2)}\n\n{ex('en', 1)} After going through that again, I stand by the answer above. "
            f"I'm fairly confident in it, though if the problem intended an unusual convention the presentation could differ.")

def en_mid(item, a):
    return (f"<think>\n{ex('en', 2)}\n\n{item['steps']} So that would be {fm(a)}.\n\nHold on, should I double check the setup? {vf('en')}\n\nYes, it holds up.\n</think>\n\n"
            f"Working it through: {item['steps']}\n\nThat gives {fm(a)}. {vf('en')}\n\nTherefore: **{a}**")

EN_STYLES = [en_think, en_md, en_finalnext, en_table, en_restate, en_verify_after, en_mid]

# ---------- Chinese styles ----------
def zh_jie(item, a):
    return f"{ex('zh', 2)}\n\n解：{item['steps']}\n\n{vf('zh')}\n\n答：{say(item, a)}"

def zh_think(item, a):
    return (f"<think>\n{ex('zh', 3)}\n\n具体计算：{item['steps']}\n\n{vf('zh', 2)}\n</think>\n\n{item['steps']}\n\n综上所述，答案为 {fm(a)}。")

def zh_md(item, a):
    last = bx(a) if box_ok(item, a) else f"**{a}**"
    return (f"### 分析\n\n{ex('zh', 2)}\n\n### 求解\n\n{item['steps']}\n\n### 检验\n\n{vf('zh', 2)}\n\n**最终答案**：{last}")

def zh_guda(item, a):
    return (f"{ex('zh', 3)}\n\n【解析】{item['steps']}\n\n{vf('zh')}\n\n故答案为：{a}")

ZH_STYLES = [zh_jie, zh_think, zh_md, zh_guda]

# ---------- special cases ----------
def sp_truncated(item, c, w):
    L = item["lang"]
    if L == "zh":
        return (f"{ex('zh', 3)}\n\n解：先整理题目条件。{ex('zh', 1)}\n\n接下来我们把已知量代入，得到", "Incorrect", "truncated_no_final")
    return (f"<think>\n{ex('en', 3)}\n\nLet me set up the problem carefully. {ex('en', 1)}\n\nSo the plan is clear. Now substituting the given values, we get", "Incorrect", "truncated_no_final")

def sp_self_wrong(item, c, w):
    if item["lang"] == "zh":
        return (f"{ex('zh', 2)}\n\n解：{item['steps']} 所以答案是 {fm(c)}。\n\n等等，这里好像不对，我再想想……重新审题后，我认为前面理解有误，应当是 {fm(w)}。\n\n{vf('zh')}\n\n答：{fm(w)}", "Incorrect", "self_correction_to_wrong")
    return (f"<think>\n{ex('en', 2)}\n\n{item['steps']} So the answer is {fm(c)}.\n\nWait, that's wrong — I think I misread what is being asked. Let me redo this. "
            f"On reflection the quantity the question wants is different, and it comes out to {fm(w)}.\n\n{vf('en')}\n</think>\n\nAfter correcting my earlier slip, the answer is **{w}**.", "Incorrect", "self_correction_to_wrong")

def sp_self_right(item, c, w):
    if item["lang"] == "zh":
        return (f"{ex('zh', 2)}\n\n初步计算得到 {fm(w)}。\n\n等等，这样不对，前面有一步出错了。重新计算：{item['steps']}\n\n{vf('zh')}\n\n故答案为：{c}", "Correct", "self_correction_to_right")
    return (f"<think>\n{ex('en', 2)}\n\nFirst pass gives {fm(w)}.\n\nWait, that's wrong — I slipped in the first pass. Redo: {item['steps']}\n\n{vf('en')}\n</think>\n\n"
            f"My first attempt ({fm(w)}) contained an error. Correct working: {item['steps']}\n\nFinal answer: {fm(c)}", "Correct", "self_correction_to_right")

def sp_box_fix(item, c, w):
    if not box_ok(item, c) or not box_ok(item, w):
        return sp_self_right(item, c, w)
    if item["lang"] == "zh":
        return (f"{ex('zh', 2)}\n\n初步结果：$${bx(w)}$$\n\n等等，我再仔细核对一遍，不能草率。\n\n{item['steps']}\n\n所以前面那个结果是错的，正确结果为\n\n$${bx(c)}$$\n\n{vf('zh')}\n\n最终答案：{bx(c)}", "Correct", "multi_boxed_last_committed_right")
    return (f"{ex(item['lang'], 2)}\n\nQuick attempt: $${bx(w)}$$\n\nHmm, wait. Let me double-check that more carefully instead of rushing.\n\n{item['steps']}\n\n"
            f"So the first box was a mistake; the correct result is\n\n$${bx(c)}$$\n\n{vf(item['lang'])}\n\nI commit to {bx(c)}.", "Correct", "multi_boxed_last_committed_right")

def sp_box_flip(item, c, w):
    if not box_ok(item, c) or not box_ok(item, w):
        return sp_self_wrong(item, c, w)
    if item["lang"] == "zh":
        return (f"{ex('zh', 2)}\n\n{item['steps']}\n\n$${bx(c)}$$\n\n嗯，不对，我再读一遍题，题目要求的应该是另一个量。\n\n$${bx(w)}$$\n\n{vf('zh')}\n\n最终答案：{bx(w)}", "Incorrect", "multi_boxed_last_committed_wrong")
    return (f"{ex(item['lang'], 2)}\n\n{item['steps']}\n\n$${bx(c)}$$\n\nHmm, actually, on second thought I don't trust that. Re-reading the question, I think the intended quantity is different.\n\n"
            f"$${bx(w)}$$\n\n{vf(item['lang'])}\n\nFinal answer: {bx(w)}", "Incorrect", "multi_boxed_last_committed_wrong")

def sp_two(item, c, w):
    two = item.get("two") or (f"{c} or {w}" if item["lang"] == "en" else f"{c} 或 {w}")
    if item["lang"] == "zh":
        return (f"{ex('zh', 2)}\n\n{item['steps']}\n\n不过题意也可能有另一种理解。{vf('zh')}\n\n答案可能是 {fm(c)}，也可能是 {fm(w)}。\n\n故答案为：{two}", "Incorrect", "two_answers_hedged")
    return (f"{ex('en', 2)}\n\n{item['steps']}\n\nHowever, the question is a bit ambiguous, and another reading leads to {fm(w)}. Both readings seem defensible to me, and the wording does not clearly rule either one out.\n\n"
            f"I can't decide between them with certainty.\n\n**Final answer: {two}**", "Incorrect", "two_answers_hedged")

SPECIALS = [sp_truncated, sp_self_wrong, sp_box_fix, sp_two, sp_box_flip, sp_self_right, sp_truncated, sp_self_wrong]

def ref_form(item, i):
    """Vary reference form: sometimes a short worked solution ending in the answer."""
    if item["kat"] == "math" and i % 4 == 1:
        return item["steps"] + (" Answer: " if item["lang"] == "en" else " 答案：") + item["ref"]
    return item["ref"]

def main():
    recs = []
    en_i = zh_i = sp_i = 0
    for n, item in enumerate(ITEMS):
        styles = ZH_STYLES if item["lang"] == "zh" else EN_STYLES
        def nxt():
            nonlocal en_i, zh_i
            if item["lang"] == "zh":
                zh_i += 1; return ZH_STYLES[zh_i % len(ZH_STYLES)]
            en_i += 1; return EN_STYLES[en_i % len(EN_STYLES)]
        cases = []
        for a in item["ok"][:4 if item["kat"] == "alphabet_option" else 3] + [item["ok"][0]]:
            f = nxt(); cases.append((f(item, a), "Correct", "equiv_form:" + f.__name__))
        for a, trap in item["bad"][:2]:
            f = nxt(); cases.append((f(item, a), "Incorrect", trap))
        for k in range(1 if item["kat"] != "math" else 2):
            sp = SPECIALS[sp_i % len(SPECIALS)]; sp_i += 1
            c = item["ok"][(n + k) % len(item["ok"])]; w = item["bad"][k % len(item["bad"])][0]
            cases.append(sp(item, c, w))
        for j, (out, lab, trap) in enumerate(cases):
            recs.append(dict(dataset=item["ds"], key_answer_type=item["kat"], question=item["q"], llm_output=out,
                             correct_answer=ref_form(item, j), label=lab, trap=trap, lang=item["lang"]))
    for i, r in enumerate(recs, 1):
        r["id"] = f"d9-{i:04d}"
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    from collections import Counter
    print(len(recs), Counter(r["key_answer_type"] for r in recs), Counter(r["lang"] for r in recs), Counter(r["label"] for r in recs))
    for L in ("en", "zh"):
        print(L, statistics.median(len(r["llm_output"]) for r in recs if r["lang"] == L))
    print("median len", statistics.median(len(r["llm_output"]) for r in recs))

if __name__ == "__main__":
    main()
