#!/usr/bin/env python3
"""Generator for dev7.jsonl (see README.md). Deterministic: python3 gen_dev7.py"""
import json, os, random, statistics
from problems_dev7 import PROBLEMS
from fillers_dev7 import BG, POST

rng = random.Random(20261207)
HERE = os.path.dirname(os.path.abspath(__file__))

EN_OPEN = [
    "Let me re-read the problem to make sure I understand what's being asked:\n\n> {q}\n\nOkay. I'll work through it step by step and double-check at the end.",
    "Alright, so the question is:\n\n{q}\n\nLet me think about this carefully before committing to anything.",
    "To solve this problem, we need to carefully analyze the information given. The question asks:\n\"{q}\"\n\nI'll break it down.",
    "We are asked the following.\n\n{q}\n\nFirst, let's identify what we know and what we want to find.",
    "Hmm, okay. Let me start by restating the problem in my own words so I don't miss anything. {q}",
    "Sure! Let's solve this one together.\n\n**Problem:** {q}\n\n**Approach:** identify the relevant facts, compute carefully, then verify.",
]
EN_VERIFY = [
    "### Verification\nLet me double-check by going through the key steps again. The numbers are consistent with every condition in the problem, and nothing in the question has been left unused. I don't see an arithmetic slip.",
    "**Check:** Re-doing the computation in a slightly different order gives the same result, so I'm fairly confident in it. Also the magnitude is reasonable given the data in the question.",
    "Let me sanity-check this. If I plug the result back into the original conditions, everything works out. Also, the units/format match what the question asked for.",
    "Double-checking: I went back over each step (reading the problem, setting up, computing, simplifying). Each step follows from the previous one, so the result stands.",
]
EN_RAMBLE = [
    "So we need to find the answer. To find the answer we need to look at the problem. The problem gives us some information. Using the information we can find the answer. ",
    "Let me think again. Let me think again about this problem. The key is to read carefully. Reading carefully is important. ",
    "This is a good question. It is important to understand the question. Understanding the question helps to answer the question correctly. ",
]
EN_FINAL = [
    "**Final answer:** {a}", "Final Answer: {a}", "The answer is {a}.", "Therefore, the answer is $\\boxed{{{a}}}$.",
    "So the final answer is: {a}", "ANSWER: {a}", "Answer: {a}", "**Answer:** {a}", "Thus, the final result is {a}.",
    "\\[\n\\boxed{{{a}}}\n\\]", "Hence the required answer is {a}.", "I'm fairly sure the answer is {a}, though I'd double-check the arithmetic.",
]
ZH_OPEN = [
    "题目：{q}\n\n我们先分析题目条件，再逐步求解。",
    "<think>\n嗯，先读一下题目：{q}\n好的，我来一步一步想。\n",
    "【分析】本题考查基础知识的理解与运用。\n原题：{q}\n\n【解答】",
    "解：根据题意，{q}\n下面分步骤计算。",
]
ZH_VERIFY = [
    "【检验】把结果代回原题条件验证，各条件均满足，计算无误。",
    "验证一下：重新按另一种顺序计算，得到同样的结果，说明答案可靠。",
    "【点评】本题难度不大，关键是审清题意，注意细节，避免粗心出错。",
]
ZH_FINAL = ["所以答案为 {a}。", "答案：{a}", "故答案为：{a}", "综上所述，{a}。", "最终答案：$\\boxed{{{a}}}$", "因此，结果是 {a}。"]
ZH_MC_FINAL = ["故选{L}。", "答案是{L}", "所以正确选项为 {L}。", "答案：{L}", "综上，选{L}。"]


def fin(lang, a, raw=False):
    if raw:
        return a
    pool = ZH_FINAL if lang == "zh" else EN_FINAL
    f = rng.choice(pool)
    if "boxed" in f and ("$" in a or "\n" in a or len(a) > 40 or a.startswith("(a)") or "或" in a and False):
        f = pool[0]
    return f.format(a=a)


EN_VERIFY_TEXT = [
    "### Double-check\nRe-reading the question and my reasoning: I'm answering exactly what was asked, and I haven't confused any of the similar-sounding alternatives.",
    "**Check:** I went back over each piece of evidence once more. Nothing contradicts the conclusion, and the alternatives I rejected really don't fit.",
    "Let me sanity-check by arguing against my own conclusion for a moment... no, the counter-arguments don't hold up.",
]


def body(p, steps, wrapper, nopost=False):
    lang = p["lang"]
    q = p["question"]
    bgpool = BG[(lang, p["kat"])]
    nbg = 4 if lang == "zh" else 3
    bg = "\n\n".join(rng.sample(bgpool, min(nbg, len(bgpool))))
    post = "" if nopost else "\n\n".join(rng.sample(POST[lang], 2))
    txt = (bg + "\n\n" + "\n\n".join(steps) + "\n\n" + post).rstrip()
    if lang == "zh":
        op = rng.choice(ZH_OPEN).format(q=q)
        if op.startswith("<think>"):
            return op + "\n" + txt + "\n</think>\n\n", True
        return op + "\n\n" + txt + "\n\n", False
    if wrapper == "think":
        return ("<think>\n" + rng.choice(EN_OPEN).format(q=q) + "\n\n" + txt +
                "\n\nWait, let me make sure I answer exactly what's asked... yes.\n</think>\n\n"), True
    if wrapper == "md":
        return ("## Understanding the problem\n\n" + q + "\n\n## Solution\n\n" +
                bg + "\n\n" + "\n\n".join("- " + s if i % 2 == 0 else s for i, s in enumerate(steps)) + "\n\n" + post + "\n\n"), False
    if wrapper == "ramble":
        r = rng.choice(EN_RAMBLE)
        return (r * 2 + "\n\n" + rng.choice(EN_OPEN).format(q=q) + "\n\n" + txt + "\n\n" + r), False
    return rng.choice(EN_OPEN).format(q=q) + "\n\n" + txt + "\n\n", False


CUR_KAT = ["math"]


def verify(lang):
    if lang == "en" and CUR_KAT[0] != "math":
        return rng.choice(EN_VERIFY_TEXT)
    return rng.choice(ZH_VERIFY if lang == "zh" else EN_VERIFY)


def render(p, item, kind):
    """item: dict(a=..., raw=bool, steps=optional override); kind: plain/think/md/ramble/bare/versus"""
    lang = p["lang"]
    steps = item.get("steps") or (p["steps"][:-1] if item.get("wrong") and not item.get("full") and len(p["steps"]) > 2 else p["steps"])
    if kind == "bare":
        return item["a"]
    b, in_think = body(p, steps, kind)
    tail = fin(lang, item["a"], item.get("raw"))
    if in_think:
        summ = ("简要总结：按上面的步骤计算即可。\n\n" if lang == "zh" else
                "Summary of the solution: following the reasoning above step by step.\n\n")
        return b + summ + tail + ("\n\n" + verify(lang) if rng.random() < 0.4 else "")
    if rng.random() < 0.5:
        # answer stated, then a verification section, then restated
        return b + tail + "\n\n" + verify(lang) + "\n\n" + fin(lang, item["a"], item.get("raw"))
    return b + verify(lang) + "\n\n" + tail


def truncated(p):
    steps = p["steps"][: max(1, len(p["steps"]) // 2)]
    b, _ = body(p, steps, "plain", nopost=True)
    b = b.rstrip()
    cut = len(b) - max(3, int(len(steps[-1]) * rng.uniform(0.2, 0.6)))
    return b[:cut]


def refusal(p):
    steps = p["steps"][: max(1, len(p["steps"]) // 2)]
    b, _ = body(p, steps, "plain", nopost=True)
    if p["lang"] == "zh":
        return b + "不过题目的条件似乎不够充分，我无法确定唯一的答案。建议核对题目后再作答。"
    return b + ("Hmm, I realize I'm not able to pin this down with confidence from the information given. "
                "I cannot determine the answer definitively, so I'd rather not guess. If you can provide more "
                "context, I'd be happy to help further.")


def flip(p, good, bad):
    b, _ = body(p, p["steps"], "plain")
    if p["lang"] == "zh":
        return (b + "所以答案是 " + good["a"] + "。\n\n等等，我再想想……上面有一步好像考虑得不对，重新算一下。"
                "修正之后，最终答案应为 " + bad["a"] + "。")
    return (b + "So the answer is " + good["a"] + ".\n\nWait, that's wrong — I think I misapplied one of the conditions. "
            "Let me redo that last part... Yes, correcting it, the final answer should be " + bad["a"] + ".")


def selfcorrect(p, good, bad):
    steps = p["steps"]
    b, _ = body(p, steps[:1], "plain", nopost=True)
    if p["lang"] == "zh":
        return (b + "初步得到 " + bad["a"] + "。\n\n等一下，这样算不对，我漏掉了一个条件。重新来：\n\n" +
                "\n\n".join(steps[1:]) + "\n\n" + verify("zh") + "\n\n" + fin("zh", good["a"], good.get("raw")))
    return (b + "My first instinct says " + bad["a"] + ".\n\nWait, that's wrong — I skipped a condition. Let me redo it properly.\n\n" +
            "\n\n".join(steps[1:]) + "\n\n" + verify("en") + "\n\n" + fin("en", good["a"], good.get("raw")))


def hedge(p, good):
    b, _ = body(p, p["steps"], "plain")
    if p["lang"] == "zh":
        return b + "我不是百分之百确定，但根据上面的分析，我认为答案应该是 " + good["a"] + "。"
    return b + "I'm not 100% certain about this, but based on the reasoning above I believe the answer is " + good["a"] + "."


def midtext(p, good):
    lang = p["lang"]
    b, _ = body(p, p["steps"], "plain")
    if lang == "zh":
        return (b + "得到结果 " + good["a"] + " 之后，我们再从头检查一遍。\n\n" + verify("zh") + "\n\n" +
                "\n\n".join(BG[("zh", p["kat"])][:1]) + "\n\n综上，答案是 " + good["a"] + "。")
    return (b + "That gives " + good["a"] + ", but before I commit let me re-examine the setup from scratch.\n\n" +
            verify("en") + "\n\n" + rng.choice(POST["en"]) + "\n\nNothing changes, so to conclude: " + good["a"])


def twoans(p, good, bad):
    b, _ = body(p, p["steps"][:-1] if len(p["steps"]) > 2 else p["steps"][:1], "plain")
    if p["lang"] == "zh":
        return b + "答案可能是 " + good["a"] + "，也可能是 " + bad["a"] + "，两种理解都说得通。"
    return b + ("Depending on interpretation, the answer is either " + good["a"] + " or " + bad["a"] +
                ". Both seem defensible, so I'll give both.")


def main():
    cases = []
    kinds = ["plain", "think", "md", "ramble", "plain", "think", "md"]
    for pi, p in enumerate(PROBLEMS):
        CUR_KAT[0] = p["kat"]
        refs = p["ref"] if isinstance(p["ref"], list) else [p["ref"]]
        def add(out, label, trap):
            cases.append(dict(dataset=p["dataset"], key_answer_type=p["kat"], question=p["question"],
                              llm_output=out, correct_answer=rng.choice(refs), label=label, trap=trap,
                              lang=p["lang"]))
        for j, g in enumerate(p["good"]):
            k = "bare" if g.get("bare") else kinds[(pi + j) % len(kinds)]
            if p["lang"] == "zh" and k in ("md", "ramble"):
                k = "plain"
            add(render(p, g, k), "Correct", g["t"])
        for j, bd in enumerate(p["bad"]):
            k = "bare" if bd.get("bare") else kinds[(pi + j + 3) % len(kinds)]
            if p["lang"] == "zh" and k in ("md", "ramble"):
                k = "plain"
            add(render(p, bd, k), "Incorrect", bd["t"])
        plain_g = [g for g in p["good"] if not g.get("raw")]
        plain_b = [x for x in p["bad"] if not x.get("raw")]
        g0, b0 = plain_g[0], plain_b[0]
        extra = p.get("extra", ["trunc", "flip"][pi % 2:] + ["selfcorrect"])
        for e in extra + ["hedge", "mid"]:
            if e == "trunc":
                add(truncated(p), "Incorrect", "truncated_no_final")
            elif e == "refuse":
                add(refusal(p), "Incorrect", "refusal_cannot_determine")
            elif e == "flip":
                add(flip(p, g0, b0), "Incorrect", "right_then_contradicted")
            elif e == "selfcorrect":
                add(selfcorrect(p, g0, b0), "Correct", "wrong_then_self_corrected")
            elif e == "hedge":
                add(hedge(p, plain_g[min(1, len(plain_g) - 1)]), "Correct", "hedged_but_committed")
            elif e == "mid":
                add(midtext(p, plain_g[-1]), "Correct", "answer_midtext_then_restated")
            elif e == "two":
                add(twoans(p, g0, b0), "Incorrect", "two_answers_hedged")
    rng.shuffle(cases)
    for i, c in enumerate(cases):
        c["id"] = "d7-%04d" % (i + 1)
    order = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
    out = os.path.join(HERE, "dev7.jsonl")
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in order}, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    from collections import Counter
    print(len(cases), Counter(c["key_answer_type"] for c in cases), Counter(c["lang"] for c in cases),
          Counter(c["label"] for c in cases), "median", statistics.median(len(c["llm_output"]) for c in cases))


if __name__ == "__main__":
    main()
