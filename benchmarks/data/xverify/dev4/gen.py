# -*- coding: utf-8 -*-
"""Generator for dev4.jsonl (see README.md). Deterministic: python3 gen.py"""
import json
import os
import random
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bank_math import M  # noqa: E402
from bank_other import MC, NLI, SQ  # noqa: E402
from pools_long import APPROACH, RECAP, CLOSING, PITFALL  # noqa: E402

R = random.Random(20261207)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev4.jsonl")

# ------------------------------------------------------------------ pools
INTRO_EN = [
    "Okay, let me figure this out.",
    "Alright, so the question is:\n\n> {q}\n\nLet me think about what's actually being asked before computing anything.",
    "Let me restate the problem to make sure I have it right: {q}",
    "We are asked the following.\n\n{q}\n\nI'll work through it step by step.",
    "Hmm, okay. Let's see.",
    "First, let me parse the question carefully. {q}",
    "This looks like a standard problem, but let me be careful with the details.",
]
INTRO_ZH = [
    "好的，我们来分析这道题。",
    "题目：{q}\n\n先理清题目在问什么，再一步步计算。",
    "嗯，让我仔细读一下题目。{q}",
    "我们需要解决的问题是：\n\n> {q}\n\n下面逐步分析。",
    "这道题看起来不难，但要注意细节。",
]
REFLECT_EN_MATH = [
    "I should double-check the arithmetic, since small slips are the most common source of errors in problems like this.",
    "One thing to be careful about is the form in which the answer is requested — units, simplification, and so on.",
    "Before finalizing, it's worth asking whether the result is even plausible in magnitude.",
]
REFLECT_EN = [
    "Let me re-read the question to make sure I'm answering exactly what is asked, and not some intermediate quantity.",
    "Hmm, is there any subtlety I'm missing? The problem seems direct, but sometimes the wording hides a trap.",
    "Okay, so far so good. Let me keep going and then sanity-check the result at the end.",
    "I want to be systematic here rather than rely on intuition, because intuition is exactly what these questions try to exploit.",
    "Let me also think about whether there is an alternative interpretation of the question. I don't think so — the wording is fairly unambiguous.",
]
REFLECT_ZH_MATH = [
    "计算时要小心，这类题最容易在细节上出错。",
    "注意答案的形式和单位。",
    "嗯，这一步我再想想是否严谨……是的，没有问题，可以继续。",
]
REFLECT_ZH = [
    "再读一遍题目，确认我们求的是题目要求的量，而不是中间结果。",
    "这里有没有容易忽略的陷阱？题目看似直接，但还是要检查一下。",
    "目前思路是清楚的，继续往下算，最后再验证。",
    "先不要凭直觉，按步骤来。",
    "我先把题目中的条件逐条列出来，避免遗漏任何一个信息，然后再考虑用什么方法求解比较合适。",
    "做完之后，我会把结果代回原题检验，看是否满足所有条件；如果不满足，说明中间某一步出了问题，需要回头排查。",
    "这里需要特别小心的是概念的准确性，很多同学在这类题上出错，往往是对概念理解不到位。",
    "好，思路基本确定了。下面把过程完整地写出来，每一步都写清楚依据。",
    "题目的表述比较简洁，但信息是完整的，不需要额外的假设。",
]
GEN_CHECK_EN = [
    "Re-reading the question, the computation above answers what is asked, and each step follows from the previous one.",
    "Checking the steps once more: the setup matches the problem statement and the arithmetic is consistent.",
    "I went over the reasoning again and I don't see a mistake.",
]
GEN_CHECK_ZH = [
    "再检查一遍，以上每一步都与题意相符，计算无误。",
    "回头核对题目条件，推理过程没有问题。",
    "复查一遍，结论成立。",
]
WAIT_EN = [
    "Wait, that's wrong. Let me redo this step more carefully.",
    "Hmm, hold on — that doesn't look right. Let me recheck.",
    "Actually, no. I made an error there. Going back:",
    "Wait. Let me reconsider — I think I misapplied something.",
]
WAIT_ZH = [
    "等一下，这里不对，重新算一下。",
    "嗯，好像有问题，再检查一下。",
    "不对，刚才理解错了，重新来。",
]
SWITCH_EN = [
    "Hmm, wait. Actually, let me reconsider the whole thing from a different angle.",
    "Although... I'm now second-guessing this. Let me look at it differently.",
    "On reflection, I think the approach above misses something.",
]
SWITCH_ZH = [
    "等等，我再换个角度想一想。",
    "不过，仔细想想，上面的做法可能有问题。",
    "再想一下，似乎应该这样理解：",
]
HEDGE_EN = ["I'm fairly confident, though not 100% certain.", "I believe this is right.", "This should be it, barring an arithmetic slip."]
HEDGE_ZH = ["我比较有把握。", "应该没有问题。", "如有疏漏欢迎指正。"]


def strip_dollars(a):
    a = a.strip()
    if a.startswith("$") and a.endswith("$") and len(a) > 2 and not a.startswith("$$"):
        return a[1:-1]
    return a


def pick(lst, k):
    return R.sample(lst, min(k, len(lst)))


# ------------------------------------------------------------------ final-answer phrasings
def final_math(a, lang):
    m = strip_dollars(a)
    if lang == "en":
        opts = [
            "**Final Answer**\n\n\\[\n\\boxed{%s}\n\\]" % m,
            "Final answer: %s" % a,
            "The final answer is $\\boxed{%s}$." % m,
            "#### %s" % a,
            "**Answer:** $%s$" % m,
            "So the answer is **%s**." % a,
            "Therefore,\n$$\n%s\n$$" % m,
            "Final Answer: The final answer is $%s$. I hope it is correct." % m,
            "**Answer: %s**" % a,
            "Thus the result is $\\boxed{%s}$." % m,
        ]
    else:
        opts = [
            "**最终答案**：$\\boxed{%s}$" % m,
            "所以答案是 %s。" % a,
            "综上所述，答案为 $%s$。" % m,
            "答：%s" % a,
            "\\[\n\\boxed{%s}\n\\]" % m,
            "因此，最终答案：**%s**" % a,
            "故答案为 $\\boxed{%s}$。" % m,
        ]
    return R.choice(opts)


def final_plain(a, lang):
    if a.startswith(("答案", "选")):
        return R.choice(["%s。", "**%s**", "所以%s。", "综上，%s。"]) % a
    if lang == "en":
        opts = ["**Answer:** %s", "Final answer: %s", "The answer is %s.", "**Final answer: %s**",
                "So my answer: %s", "Answer: %s", "$\\boxed{\\text{%s}}$"]
    else:
        opts = ["答案：%s", "所以答案是%s。", "**最终答案：%s**", "综上，答案为%s。", "答：%s"]
    f = R.choice(opts)
    if "\\text{" in f and ("$" in a or "\\" in a or "*" in a):
        f = "Final answer: %s"
    return f % a


# ------------------------------------------------------------------ assembly
def assemble(lang, q, setup, finish, check, final, extra_mid=None, style=None, mid_answer=None, kind="math", recap=None, pitfall=None):
    """Combine parts into one output in one of several styles."""
    en = lang == "en"
    raw = R.choice(INTRO_EN if en else INTRO_ZH)
    intro = raw.format(q=q)
    if "{q}" not in raw:
        intro = intro + ("\n\nThe question: " if en else "\n\n题目：") + q
    refl = pick((REFLECT_EN + (REFLECT_EN_MATH if kind == "math" else [])) if en else (REFLECT_ZH + (REFLECT_ZH_MATH if kind == "math" else [])), R.choice([3, 4, 4, 5]) if en else R.choice([5, 6, 7]))
    body = setup + "\n\n" + (extra_mid + "\n\n" if extra_mid else "") + finish
    ap = APPROACH[(kind, lang)]
    appr = (" " if en else "").join(pick(ap, R.choice([3, 4, 5]) if en else R.choice([5, 6, 7])))
    clo = (" " if en else "").join(pick(CLOSING[(kind, lang)], R.choice([2, 3]) if en else R.choice([4, 5])))
    check = check + "\n\n" + clo
    if pitfall:
        check = check + "\n\n" + R.choice(PITFALL[lang]) % pitfall.strip()
    intro = intro + "\n\n" + appr
    if style is None:
        if en:
            style = R.choice(["think", "markdown", "plain", "steps", "cot", "think", "plain"])
        else:
            style = R.choice(["think", "think", "think", "markdown", "plain", "steps", "cot"])
    if not en and R.random() < 0.5:
        intro = intro + "\n\n**题目分析**：题目是——" + q.replace("\n", "；").rstrip("。？?") + "。" + R.choice(["我们需要先弄清楚题目的条件和所求。", "下面把已知条件和要求的量对应起来。", "理解题意是第一步。"])
    if recap is not None and kind != "nli" and not recap.startswith(("答案", "选")):
        final = R.choice(RECAP[lang]) % recap + "\n\n" + final
    mid = ""
    if mid_answer is not None:
        mid = (" So the answer is %s." if en else " 所以答案是%s。") % mid_answer
    if style == "think":
        summ_head = R.choice(["**Solution**", "## Solution", "Here's the solution:", "" if en else "**解答**"]) if en else R.choice(["**解答**", "## 解题过程", "解："])
        return ("<think>\n" + intro + "\n\n" + refl[0] + "\n\n" + body + "\n\n" + " ".join(refl[1:]) + "\n\n" + check + "\n</think>\n\n"
                + (summ_head + "\n\n" if summ_head else "") + body + mid + "\n\n" + final)
    if style == "markdown":
        if en:
            h = R.choice([("## Understanding the problem", "## Solution", "## Verification"),
                          ("### Problem", "### Working", "### Check"),
                          ("**Given:**", "**Reasoning:**", "**Sanity check:**")])
        else:
            h = R.choice([("## 题意分析", "## 解题过程", "## 验证"), ("**已知：**", "**分析：**", "**检验：**")])
        paras = [p for p in body.split("\n\n") if p.strip()]
        bl = "\n".join("- " + p.replace("\n", " ") for p in paras)
        return (h[0] + "\n\n" + q + "\n\n" + appr + "\n\n" + " ".join(refl) + "\n\n" + h[1] + "\n\n" + bl + mid + "\n\n" + h[2] + "\n\n" + check + "\n\n" + final)
    if style == "plain":
        return intro + "\n\n" + body + mid + "\n\n" + " ".join(refl) + "\n\n" + check + "\n\n" + final
    if style == "steps":
        paras = [p for p in body.split("\n\n") if p.strip()]
        lab = "**Step %d.** " if en else "**第%d步**：" 
        st = "\n\n".join((lab % (i + 1)) + p for i, p in enumerate(paras))
        return intro + "\n\n" + st + mid + "\n\n" + ("**Verification.** " if en else "**验证**：") + check + "\n\n" + " ".join(refl) + "\n\n" + final
    # cot
    head = "Let's think step by step." if en else "让我们一步一步地思考。"
    return head + "\n\n" + appr + "\n\n" + refl[0] + "\n\n" + body + mid + "\n\n" + check + ("\n\n" + " ".join(refl[1:]) if len(refl) > 1 else "") + "\n\n" + final


def truncate(lang, q, setup, goods=()):
    en = lang == "en"
    intro = R.choice(INTRO_EN if en else INTRO_ZH).format(q=q)
    refl = " ".join(pick(REFLECT_EN if en else REFLECT_ZH, 2))
    text = setup
    cut = max(20, int(len(text) * R.uniform(0.45, 0.8)))
    # cut at a space / punctuation boundary if possible
    sp = text.rfind(" ", 0, cut)
    if en and sp > 20:
        cut = sp
    body = text[:cut].rstrip()
    for g, _t in goods:
        g = strip_dollars(g)
        if len(g) >= 3 and g in body:
            body = body[:body.index(g)].rstrip()
    pre = "<think>\n" if R.random() < 0.5 else ""
    return pre + intro + "\n\n" + refl + "\n\n" + body


CASES = []


def add(ds, kat, lang, q, out, ref, label, trap):
    CASES.append(dict(dataset=ds, key_answer_type=kat, question=q, llm_output=out, correct_answer=ref,
                      label=label, trap=trap, lang=lang))


def gen_item(ds, kat, lang, q, ref, setup, fin, check, goods, bads, fin_fn, idx, ans_kind, kind):
    """goods: [(form, trap)], bads: [(form, trap, wrong_finish or None)]."""
    en = lang == "en"
    gcheck = lambda: R.choice(GEN_CHECK_EN if en else GEN_CHECK_ZH)
    rc = lambda a: (a if R.random() < 0.5 else None)
    wfs = [x[2] for x in bads if x[2]]
    pf = lambda: (R.choice(wfs) if wfs and R.random() < 0.5 else None)
    # Correct cases, one per good form
    for j, (g, t) in enumerate(goods):
        fa = fin_fn(g, lang)
        if R.random() < 0.15:
            fa = fa + " " + R.choice(HEDGE_EN if en else HEDGE_ZH)
            t = t + "+hedge"
        mid = g if (R.random() < 0.3 and ans_kind != "mc") else None
        add(ds, kat, lang, q, assemble(lang, q, setup, fin, check, fa, mid_answer=mid, kind=kind, recap=rc(g), pitfall=pf()), ref, "Correct", t)
    # Incorrect cases, one per bad form
    for (b, t, wf) in bads:
        fa = fin_fn(b, lang)
        finish = wf if wf else fin
        chk = gcheck() if wf else check
        add(ds, kat, lang, q, assemble(lang, q, setup, finish, chk, fa, kind=kind, recap=rc(b)), ref, "Incorrect", t)
    # structural cases
    bad_wr = [x for x in bads if x[2]]
    g0 = goods[idx % len(goods)][0]
    # self-correction that ends right (Correct)
    if bad_wr:
        b, t, wf = bad_wr[idx % len(bad_wr)]
        wait = R.choice(WAIT_EN if en else WAIT_ZH)
        add(ds, kat, lang, q, assemble(lang, q, setup, fin, check, fin_fn(g0, lang), extra_mid=wf + "\n\n" + wait, kind=kind, recap=rc(g0)),
            ref, "Correct", "self_correction_to_right")
    k = idx % 3
    if k == 0 and bad_wr:
        b, t, wf = bad_wr[-1]
        sw = R.choice(SWITCH_EN if en else SWITCH_ZH)
        add(ds, kat, lang, q, assemble(lang, q, setup + "\n\n" + fin + "\n\n" + check, sw + " " + wf, gcheck(), fin_fn(b, lang), kind=kind, recap=rc(b)),
            ref, "Incorrect", "right_in_reasoning_final_switches_wrong")
    elif k == 1:
        b = bads[0][0]
        for pre in ("答案是", "选"):
            if g0.startswith(pre):
                g0 = g0[len(pre):]
        if en:
            two = R.choice(["The answer is either %s or %s — both seem defensible." % (g0, b),
                            "Final answer: %s (or possibly %s)" % (g0, b),
                            "I'd say %s, but %s is also possible.\n\n**Answer:** %s / %s" % (g0, b, g0, b)])
        else:
            two = R.choice(["答案可能是 %s，也可能是 %s。" % (g0, b), "最终答案：%s 或 %s" % (g0, b)])
        add(ds, kat, lang, q, assemble(lang, q, setup, fin, check, two, kind=kind), ref, "Incorrect", "two_answers_hedged")
    else:
        add(ds, kat, lang, q, truncate(lang, q, setup, goods), ref, "Incorrect", "truncated_no_final_answer")


def ref_variant(p, i):
    """Vary the reference: usually the bare answer, sometimes a short worked solution."""
    if i % 6 == 5:
        if p["lang"] == "en":
            return p["setup"] + " " + p["fin"] + " The answer is $%s$." % strip_dollars(p["ref"])
        return p["setup"] + p["fin"] + "答案为 $%s$。" % strip_dollars(p["ref"])
    return p["ref"]


def main():
    for i, p in enumerate(M):
        gen_item(p["ds"], "math", p["lang"], p["q"], ref_variant(p, i), p["setup"], p["fin"], p["check"],
                 p["good"], p["bad"], final_math, i, "math", "math")

    L = "ABCDEFGH"
    for i, p in enumerate(MC):
        lang = p["lang"]
        opts = p["opts"]
        if p["fmt"] == "choices":
            q = p["stem"] + "\nAnswer Choices: " + " ".join("(%s) %s" % (L[k], o) for k, o in enumerate(opts))
        else:
            q = p["stem"] + "\n" + "\n".join("%s. %s" % (L[k], o) for k, o in enumerate(opts))
        a = p["ans"]
        at = opts[L.index(a)]
        d = p["dis"]
        dt = opts[L.index(d)]
        ref = [a, "%s. %s" % (a, at), "(%s)" % a][i % 3]
        if lang == "en":
            gpool = [(a, "bare_letter"), ("(%s)" % a, "parenthesized_letter"), ("option %s" % a, "option_word"),
                     ("%s. %s" % (a, at), "letter_with_text"), ("%s (%s)" % (at, a), "text_then_letter"),
                     (a.lower(), "lowercase_letter"), ("**%s**" % a, "bold_letter"), ("%s) %s" % (a, at), "letter_paren_text")]
        else:
            gpool = [(a, "bare_letter"), ("答案是%s" % a, "zh_answer_is_letter"), ("选%s" % a, "zh_choose_letter"),
                     ("%s. %s" % (a, at), "letter_with_text"), ("%s项" % a, "zh_letter_xiang"), ("%s（%s）" % (a, at), "letter_fullwidth_paren_text")]
        goods = pick(gpool, 3)
        bads = [(R.choice([d, "(%s)" % d, "%s. %s" % (d, dt)]), "wrong_option", p["dis_reason"]),
                ("%s. %s" % (a, dt), "letter_right_text_wrong", None),
                ("%s. %s" % (d, at), "text_right_letter_wrong", None)]
        def fin_fn(x, lang):
            return final_math(x, lang) if (len(x) <= 3 and not x.startswith(("选", "答案")) and R.random() < 0.4) else final_plain(x, lang)
        gen_item(p["ds"], "alphabet_option", lang, q, ref, p["setup"], p["fin"], p["check"], goods, bads, fin_fn, i, "mc", "mc")

    ZH = {"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}
    for i, p in enumerate(NLI):
        lang = p["lang"]
        ls = p["labelset"]
        if lang == "en":
            q = "Premise: %s\nHypothesis: %s\nWhat is the relationship between the premise and the hypothesis? Answer with one of: %s." % (
                p["premise"], p["hyp"], ", ".join(ls))
        else:
            q = "语句一：“%s”\n语句二：“%s”\n问：语句一与语句二的关系是什么？请从 蕴含、中立、矛盾 中选择一个。" % (p["premise"], p["hyp"])
        lab = p["label"]
        ref = lab if (lang == "en" or i % 2 == 0) else ZH[lab]
        if lang == "en":
            phr = {"entailment": [("entailment", "exact_label"), ("Entailment — the hypothesis follows from the premise", "label_with_gloss"), ("the premise entails the hypothesis", "label_as_sentence")],
                   "neutral": [("neutral", "exact_label"), ("Neutral (it can't be determined from the premise)", "label_with_gloss"), ("NEUTRAL", "uppercase_label")],
                   "contradiction": [("contradiction", "exact_label"), ("Contradiction — they can't both be true", "label_with_gloss"), ("the hypothesis contradicts the premise", "label_as_sentence")],
                   "not_entailment": [("not_entailment", "exact_label"), ("not entailed", "label_paraphrase"), ("No, this is not entailment", "label_as_sentence")]}[lab]
            wl = p["wrong"]
            wform = {"entailment": "entailment", "neutral": "neutral", "contradiction": "contradiction"}[wl]
        else:
            phr = {"entailment": [("蕴含", "zh_label"), ("entailment", "en_label_for_zh"), ("能推出，属于蕴含关系", "zh_label_sentence")],
                   "neutral": [("中立", "zh_label"), ("neutral", "en_label_for_zh"), ("无法判断，属于中立", "zh_label_sentence")],
                   "contradiction": [("矛盾", "zh_label"), ("contradiction", "en_label_for_zh"), ("两句互相矛盾", "zh_label_sentence")]}[lab]
            wform = ZH[p["wrong"]]
        setup = p["reason"].split("。")[0] + ("。" if lang == "zh" else "") if False else p["reason"]
        if lang == "en":
            pre = "Let me look at what the premise guarantees and compare it with the hypothesis. The premise: \"%s\" The hypothesis: \"%s\"" % (p["premise"], p["hyp"])
            chk = "The three options are entailment (the hypothesis must be true given the premise), neutral (could be either), and contradiction (cannot both be true). Under that definition the conclusion above holds."
        else:
            pre = "先看前提能保证什么，再和假设比较。语句一：“%s” 语句二：“%s”" % (p["premise"], p["hyp"])
            chk = "按定义：蕴含指由语句一必然推出语句二；矛盾指两句不能同时为真；中立指既不能推出也不矛盾。依此判断，上面的结论成立。"
        goods = phr
        bads = [(wform, "wrong_label", p["wrong_reason"])]
        gen_item(p["ds"], "categorical_label", lang, q, ref, pre, setup, chk, goods, bads, final_plain, i, "mc", "nli")

    for i, p in enumerate(SQ):
        gen_item(p["ds"], "short_text", p["lang"], p["q"], p["ref"], p["setup"], p["fin"], p["check"],
                 p["good"], p["bad"], final_plain, i, "sq", "sq")

    R.shuffle(CASES)
    for n, c in enumerate(CASES):
        c["id"] = "d4-%04d" % (n + 1)
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps({k: c[k] for k in keys}, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    # summary
    from collections import Counter
    print("cases", len(CASES))
    print(Counter(c["key_answer_type"] for c in CASES))
    print(Counter(c["lang"] for c in CASES))
    print(Counter(c["label"] for c in CASES))
    print("median len", statistics.median(len(c["llm_output"]) for c in CASES))


if __name__ == "__main__":
    main()
