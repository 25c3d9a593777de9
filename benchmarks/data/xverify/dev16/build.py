"""Build dev16.jsonl. Usage: python3 build.py  (deterministic; writes dev16.jsonl atomically)."""
import json
import os
import random
import statistics

import gen_math
import wrap_math
from items_mc import MC
from bg_mc import BG
from deep2 import MC2, NLI2, LAB2, FACT2
from deep3 import MC3, NLI3, LAB3, FACT3
assert len(BG) == len(MC), (len(BG), len(MC))
from items_cls import NLI, LAB, FACT
from deep_cls import NLI_DEEP, LAB_DEEP, FACT_DEEP
assert (len(NLI_DEEP), len(LAB_DEEP), len(FACT_DEEP)) == (len(NLI), len(LAB), len(FACT))

assert (len(MC2), len(NLI2), len(LAB2), len(FACT2)) == (len(MC), len(NLI), len(LAB), len(FACT))
HERE = os.path.dirname(os.path.abspath(__file__))
L = "ABCDEFGHIJ"


def cut(text, frac, r):
    return wrap_math.cut(text, frac, r)


# ---------------------------------------------------------------- multiple choice
def mc_layout(q, opts, r):
    k = r.randint(0, 3)
    if k == 0:
        return q + "\n" + "\n".join(f"{L[i]}. {o}" for i, o in enumerate(opts))
    if k == 1:
        return q + " Answer Choices: " + " ".join(f"({L[i]}) {o}" for i, o in enumerate(opts))
    if k == 2:
        return q + "\n" + "\n".join(f"({L[i]}) {o}" for i, o in enumerate(opts))
    return q + "\nOptions:\n" + "\n".join(f"{L[i]}) {o}" for i, o in enumerate(opts))


def mc_letter_forms(i, text, zh, r):
    c = L[i]
    if zh:
        return r.choice([f"答案是{c}", f"选{c}", f"正确答案：{c}", f"答案：{c}. {text}", f"故选 {c} 项", f"**{c}**（{text}）", f"$\\boxed{{{c}}}$"])
    return r.choice([f"The answer is ({c}).", f"Answer: {c}", f"**Final answer: {c}**", f"I'll go with option {c}.",
                     f"The correct choice is {c} — {text}.", f"$\\boxed{{{c}}}$", f"Answer: ({c}) {text}", f"So the answer is {c.lower()}.",
                     f"My final answer is {text}.", f"Final answer: {text} ({c})"])


def walk(opts, notes, zh, r, skip=None, style=None):
    style = style or r.choice(["dash", "bold", "prose", "numbered"])
    out = []
    for i, (o, n) in enumerate(zip(opts, notes)):
        if i == skip:
            continue
        if style == "dash":
            out.append(f"- {L[i]}. {o}: {n}")
        elif style == "bold":
            out.append(f"**({L[i]}) {o}** — {n}.")
        elif style == "numbered":
            out.append(f"{i+1}. {o} → {n}")
        else:
            out.append((f"再看{L[i]}项“{o}”，{n}。" if zh else f"Option {L[i]} ({o}): {n}."))
    return ("\n" if style != "prose" else " ").join(out)


def mc_table(opts, notes, ok, zh):
    h = "| 选项 | 内容 | 判断 |\n|---|---|---|" if zh else "| Option | Text | Verdict |\n|---|---|---|"
    rows = [f"| {L[i]} | {o} | {'✓' if i == ok else '✗'} {n} |" for i, (o, n) in enumerate(zip(opts, notes))]
    return h + "\n" + "\n".join(rows)


def build_mc(item, scen, r, bg=''):
    if len(item) == 9:
        ds, lang, q, _, ans, dis, why, notes, texts = item
        question = q
    else:
        ds, lang, q, texts, ans, dis, why, notes = item
        question = mc_layout(q, texts, r)
    zh = lang == "zh"
    A, D = texts[ans], texts[dis]
    qstem = q.split("\n")[0]
    P = r.choice(["thinker", "heading", "table", "answer_first", "restater", "chatty"])
    intro = {
        "thinker": ("<think>\n" + (f"题目问的是：{qstem} 我逐个看一下选项。\n" if zh else f"Okay, the question: {qstem} Let me go through each option rather than jump to the first familiar one.\n")),
        "heading": ("## 分析\n\n" if zh else "## Analysis\n\n"),
        "table": "",
        "answer_first": "",
        "restater": (f"这道题考查的是：{qstem}\n\n选项有：" + "；".join(f"{L[i]}. {t}" for i, t in enumerate(texts)) + "。\n\n" if zh else f"We need to determine: {qstem}\n\nThe candidates are " + "; ".join(f"({L[i]}) {t}" for i, t in enumerate(texts)) + ".\n\nLet me recall the relevant facts first and then eliminate.\n\n"),
        "chatty": ("好的，这题我想想。\n\n" if zh else "Alright, let's think about this one. "),
    }[P]
    wk = (bg + "\n\n" if bg else "") + walk(texts, notes, zh, r)
    close_think = "\n</think>\n\n" if P == "thinker" else "\n\n"
    whynot = walk(texts, notes, zh, r, skip=ans, style=r.choice(["dash", "bold"]))
    dcheck = (f"\n\n再核对一下最容易混淆的{L[dis]}项（{D}）：{notes[dis]}。所以排除{L[dis]}。" if zh else
              r.choice([f"\n\nLet me double-check the most tempting alternative, {L[dis]} ({D}): {notes[dis]}. So it's out.",
                        f"\n\nThe one I hesitated on is {L[dis]}, {D} — but {notes[dis]}.",
                        f"\n\nSanity check on {L[dis]} ({D}), since it looks attractive: {notes[dis]}. Not it."]))
    if P == "thinker":
        post = (f"**解析：** {why}\n\n其他选项：\n{whynot}\n\n" if zh else f"**Explanation.** {why}\n\nWhy the other options are wrong:\n{whynot}\n\n")
    elif P == "heading":
        post = (f"## 排除其他选项\n\n{whynot}\n\n" if zh else f"## Why not the others\n\n{whynot}\n\n")
    else:
        post = (f"小结：{why}\n\n其余选项的问题：\n{whynot}\n\n" if zh else r.choice([f"To summarise: {why}\n\nEliminated:\n{whynot}\n\n", f"Recap — {why}\n\nThe rest:\n{whynot}\n\n", f"In short: {why}\n\n{whynot}\n\n"]))
    label, trap = "Correct", ""
    if scen == "C_letter":
        body = intro + wk + "\n\n" + why + dcheck + close_think + post + (("## 结论\n\n" if zh else "## Conclusion\n\n") if P == "heading" else "") + mc_letter_forms(ans, A, zh, r)
        trap = "letter_or_text_final_" + P
    elif scen == "C_table":
        body = intro + (bg + "\n\n" if bg else "") + why + dcheck + close_think + mc_table(texts, notes, ans, zh) + "\n\n" + (f"因此选 **{L[ans]}**。" if zh else f"Only {L[ans]} survives, so the answer is **{L[ans]}**.")
        trap = "table_then_letter"
    elif scen == "C_text_only":
        body = intro + wk + "\n\n" + why + dcheck + close_think + post + (f"最终答案：{A}" if zh else r.choice([f"Final answer: {A}", f"**{A}**", f"The answer is {A}."]))
        trap = "option_text_only"
    elif scen == "C_revised":
        body = (intro + (f"第一反应是{L[dis]}（{D}）。不过再想想，{notes[dis]}，所以{L[dis]}不对。\n\n" if zh else
                         f"My first instinct is {L[dis]}, {D}. Hmm, but wait — {notes[dis]}. So {L[dis]} is out.\n\n")
                + wk + "\n\n" + why + close_think + post + mc_letter_forms(ans, A, zh, r))
        trap = "early_distractor_then_revised"
    elif scen == "C_inline":
        body = (intro + wk + "\n\n" + why + " " + (f"所以应该是{L[ans]}项，{A}。" if zh else f"That makes {L[ans]} ({A}) the one that fits.")
                + ("\n\n" + (f"补充一句：{notes[dis]}，这是{L[dis]}最容易误导人的地方。" if zh else f"One more remark on the distractor {L[dis]}: {notes[dis]}, which is why people pick it.")))
        if P == "thinker":
            body += "\n</think>"
        trap = "answer_only_in_reasoning"
    elif scen == "C_first":
        body = ((f"**答案：{L[ans]}**\n\n理由：" if zh else f"**Answer: {L[ans]} — {A}**\n\nReasoning: ") + (bg + "\n\n" if bg else "") + why + "\n\n" + walk(texts, notes, zh, r, style="dash")
                + "\n\n" + (f"另外，{L[dis]}虽然看起来合理，但{notes[dis]}。" if zh else f"Double-checking the runner-up {L[dis]}: {notes[dis]}. So I stay with {L[ans]}."))
        trap = "answer_first_then_check"
    elif scen == "I_dis":
        others = walk(texts, notes, zh, r, skip=ans).split("\n")
        others = [o for o in others if (f"{L[dis]}." not in o and f"({L[dis]})" not in o and f"{L[dis]}项" not in o)] if len(others) > 1 else others
        body = (intro + bg + "\n\n" + "\n".join(others) + "\n\n" + (f"{L[ans]}项“{A}”我不太确定，感觉不如{L[dis]}贴切。{L[dis]}项“{D}”最符合题意。" if zh else
                 f"{A} ({L[ans]}) doesn't sit right with me; I think it's a common trap. {D} ({L[dis]}) matches what the question describes best.")
                + close_think + mc_letter_forms(dis, D, zh, r))
        label, trap = "Incorrect", "chose_distractor"
    elif scen == "I_mismatch":
        body = intro + wk + "\n\n" + why + dcheck + close_think + post
        if r.random() < 0.5:
            body += (f"答案：{L[ans]}. {D}" if zh else f"Answer: ({L[ans]}) {D}")
            trap = "letter_right_text_wrong"
        else:
            body += (f"答案：{A}（{L[dis]}）" if zh else f"Final answer: {L[dis]}. {A}")
            trap = "text_right_letter_wrong"
        label = "Incorrect"
    elif scen == "I_flip":
        body = (intro + wk + "\n\n" + why + " " + (f"所以答案是{L[ans]}。\n\n等一下，我再读一遍题目……我觉得题目可能另有所指，{L[dis]}项“{D}”更稳妥。" if zh else
                f"So it should be {L[ans]}.\n\nHold on. Re-reading the question, I think I over-thought this; the intended answer is more likely {L[dis]} ({D}).")
                + close_think + mc_letter_forms(dis, D, zh, r))
        label, trap = "Incorrect", "right_in_reasoning_then_switched"
    elif scen == "I_hedge":
        a, b = sorted([ans, dis])
        body = (intro + wk + dcheck.replace("So it's out.", "Though I'm not fully sure.").replace("Not it.", "Probably not it, but I'm unsure.").replace("所以排除", "但我不太确定是否应排除") + close_think + (f"我在{L[a]}和{L[b]}之间拿不准，答案为{L[a]}或{L[b]}。" if zh else
                r.choice([f"It's between {L[a]} and {L[b]}; I'd answer {L[a]}/{L[b]}.", f"Final answer: {L[a]} or {L[b]}", f"I can't decide between {L[a]} and {L[b]} — both seem defensible. Answer: {L[a]} or {L[b]}."])))
        label, trap = "Incorrect", "hedge_two_options"
    elif scen == "I_trunc":
        full = intro + wk + "\n\n" + why
        # keep only a prefix that does not reach the explanation
        first = bg.split("\n\n")[0] if bg else walk(texts, notes, zh, r)
        body = cut(intro + first, r.uniform(0.55, 0.9), r)
        label, trap = "Incorrect", "truncated_mid_analysis"
    else:
        raise ValueError(scen)
    ref = r.choice([L[ans], L[ans], f"({L[ans]})", f"{L[ans]}. {A}"]) if not zh else L[ans]
    return dict(dataset=ds, key_answer_type="alphabet_option", question=question, llm_output=body,
                correct_answer=ref, label=label, trap=trap, lang=lang)


MC_SCEN = ["C_letter"] * 3 + ["C_table", "C_text_only", "C_revised", "C_inline", "C_first"] + ["I_dis", "I_dis", "I_mismatch", "I_flip", "I_hedge", "I_trunc"]


# ---------------------------------------------------------------- NLI
NLI_EN = {"entailment": ["entailment", "Entailment", "the premise entails the hypothesis", "ENTAILMENT (the hypothesis follows)"],
          "neutral": ["neutral", "Neutral", "neutral — it can't be determined from the premise", "NEUTRAL"],
          "contradiction": ["contradiction", "Contradiction", "the hypothesis contradicts the premise", "CONTRADICTION"]}
NLI_ZH = {"entailment": ["蕴含", "蕴涵", "entailment（蕴含）"], "neutral": ["中立", "中性", "无法判断（中立）"], "contradiction": ["矛盾", "contradiction（矛盾）", "互相矛盾"]}
NLI_WRONG = {"entailment": "neutral", "neutral": "entailment", "contradiction": "neutral"}


def build_nli(item, scen, r, deep=''):
    lang, prem, hyp, gold, why = item
    zh = lang == "zh"
    wrong = NLI_WRONG[gold] if r.random() < 0.75 else [x for x in NLI_EN if x not in (gold, NLI_WRONG[gold])][0]
    T = NLI_ZH if zh else NLI_EN
    if zh:
        q = f"请判断下面两句话的关系（蕴含、中立、矛盾）。\n前提：{prem}\n假设：{hyp}"
        ds = "cmnli_like"
    else:
        q = r.choice([f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis? Answer entailment, neutral, or contradiction.",
                      f"Determine the relationship between the two sentences (entailment / neutral / contradiction).\nSentence 1: {prem}\nSentence 2: {hyp}"])
        ds = "mnli_like"
    g, w = r.choice(T[gold]), r.choice(T[wrong])
    if zh:
        consider = (f"先看前提：“{prem}”它描述的情况是确定的。再看假设：“{hyp}”\n\n"
                    f"如果是蕴含，那么只要前提为真，假设就一定为真；如果是矛盾，那么二者不可能同时为真；如果两者都不是，就是中立。\n\n"
                    f"逐条对照：{why}")
        extra = f"我再把关键词对一下：前提的主体和假设的主体是同一个对象，时间、地点也需要一致，否则容易误判。这里按照常识理解，结论不变。"
    else:
        consider = r.choice([
            f"Premise: \"{prem}\"\nHypothesis: \"{hyp}\"\n\nThe test I use: if the premise is true, must the hypothesis be true (entailment), can it not be true (contradiction), or is it left open (neutral)?\n\n{why}",
            f"Let me read the pair carefully. The premise tells us: {prem} The claim to check is: {hyp}\n\nI should be careful not to add world knowledge beyond what a typical reader would assume. {why}",
            f"So we have \"{prem}\" and want to know about \"{hyp}\". {why} I'm also checking that both sentences are about the same scene/entities — they seem to be, which is the usual annotation assumption."])
        extra = "\n\n".join(r.sample([f"One thing that often trips annotators up is treating 'plausible' as 'entailed'. For \"{hyp}\", I ask whether a situation exists where the premise holds and the hypothesis fails.",
                          f"Also considered: does anything in \"{prem}\" rule out \"{hyp}\" outright? That's the bar for contradiction, which is stricter than just 'unlikely'."], 2))
    consider = consider + "\n\n" + deep
    fl = (lambda x: r.choice([f"答案：{x}", f"**{x}**", f"因此两句话的关系是：{x}。"])) if zh else (lambda x: r.choice([f"Answer: {x}", f"**Label: {x}**", f"Final answer: {x}", f"So the relationship is {x}."]))
    think = r.random() < 0.5
    pre = "<think>\n" if think else ""
    mid = "\n</think>\n\n" if think else "\n\n"
    label = "Correct"
    summ = (f"**理由：** {why}\n\n" if zh else r.choice([f"**Reasoning summary:** {why}\n\n", f"Summary: premise — \"{prem}\"; hypothesis — \"{hyp}\". {why}\n\n", f"Why: {why}\n\n"]))
    if scen == "C_plain":
        out = pre + consider + "\n\n" + extra + mid + summ + fl(g); trap = "nli_label_phrasing"
    elif scen == "C_revised":
        out = (pre + (f"乍一看像是“{w}”。" if zh else f"At first glance I'd say {w}. ") + (f"不过仔细想想，" if zh else "But wait, that's too quick. ") + consider + mid + summ + fl(g)); trap = "early_label_revised"
    elif scen == "C_inline":
        out = pre + consider + "\n\n" + (f"因此属于{g}。" if zh else f"That makes this {g}.") + " " + extra + ("\n</think>" if think else ""); trap = "label_only_in_reasoning"
    elif scen == "I_wrong":
        out = pre + (f"前提：“{prem}”；假设：“{hyp}”。从常理上看，两句话说的是相近的情况，没有特别的冲突，也谈不上完全确定。" if zh else
                     f"Premise: \"{prem}\". Hypothesis: \"{hyp}\". Reading them together, the most natural interpretation is that the situation described fits the label below; I don't see a strong reason to pick otherwise.") + "\n\n" + extra + mid + fl(w)
        label, trap = "Incorrect", f"wrong_label_{gold}_as_{wrong}"
    elif scen == "I_flip":
        out = pre + consider + "\n\n" + extra + (f"\n\n所以是{g}。嗯……不对，我觉得应该更保守一些，改为{w}。" if zh else f"\n\nSo: {g}. Hmm, actually, I want to be more conservative here — I'll change that to {w}.") + mid + fl(w)
        label, trap = "Incorrect", "right_label_then_switched"
    elif scen == "I_hedge":
        out = pre + consider + "\n\n" + extra + mid + (f"答案：{g}或{w}" if zh else r.choice([f"Answer: {g} / {w}", f"It's either {g} or {w}, depending on interpretation."]))
        label, trap = "Incorrect", "hedge_two_labels"
    elif scen == "I_trunc":
        out = cut(pre + consider, r.uniform(0.35, 0.6), r); label, trap = "Incorrect", "truncated_no_label"
    ref = r.choice([gold, gold.capitalize()]) if not zh else r.choice([NLI_ZH[gold][0], gold])
    return dict(dataset=ds, key_answer_type="categorical_label", question=q, llm_output=out, correct_answer=ref, label=label, trap=trap, lang=lang)


CLS_SCEN = ["C_plain", "C_plain", "C_revised", "C_inline", "I_wrong", "I_flip", "I_hedge", "I_trunc"]


# ---------------------------------------------------------------- other labels
def build_lab(item, scen, r, deep=''):
    ds, lang, q, gold, alts, wrong, why = item
    zh = lang == "zh"
    g = r.choice([gold] + alts)
    think = r.random() < 0.5
    pre = "<think>\n" if think else ""
    mid = "\n</think>\n\n" if think else "\n\n"
    body0 = r.choice([
        (f"我来分析一下。{why}\n\n需要注意的是，不能只看个别字词，要看整体表达的意思。" if zh else f"Let me analyse this. {why}\n\nThe key is to judge the whole statement, not individual words that might point the other way."),
        (f"题目：{q.splitlines()[-1]}\n\n分析：{why}" if zh else f"Restating: {q.splitlines()[-1]}\n\nAnalysis: {why}\n\nPossible labels are mutually exclusive here, so I need to commit to one."),
    ])
    body0 = ("" if zh else r.choice([f"The task: {q}\n\n", f"Task restated — {q}\n\n", f"Input:\n{q}\n\n"])) + body0 + "\n\n" + deep
    fl = (lambda x: r.choice([f"答案：{x}", f"**{x}**", f"结论：{x}"])) if zh else (lambda x: r.choice([f"Answer: {x}", f"**{x}**", f"Final answer: {x}", f"My verdict: {x}."]))
    label = "Correct"
    summ = (f"**简要理由：** {why}\n\n" if zh else r.choice([f"**Short rationale:** {why}\n\n", f"Summary of the reasoning: {why}\n\n"]))
    if scen == "C_plain":
        out = pre + body0 + mid + summ + fl(g); trap = "label_alias"
    elif scen == "C_revised":
        out = pre + (f"第一感觉是“{wrong}”，但是" if zh else f"My first reaction was '{wrong}', but ") + body0 + mid + summ + fl(g); trap = "early_label_revised"
    elif scen == "C_inline":
        out = pre + body0 + (f"\n\n所以是{g}。" if zh else f"\n\nThat is why the answer is {g}.") + ("\n</think>" if think else ""); trap = "label_only_in_reasoning"
    elif scen == "I_wrong":
        out = pre + (f"看到题目中的关键词，我的判断如下。整体读起来语气比较明确。" if zh else f"Reading the text, the dominant signal is fairly clear to me, mostly from the wording used.") + mid + fl(wrong)
        label, trap = "Incorrect", "wrong_label"
    elif scen == "I_flip":
        out = pre + body0 + (f"\n\n所以应该是{g}……不过再想想，还是{wrong}吧。" if zh else f"\n\nSo {g}... although, on reflection, I'll switch to {wrong}.") + mid + fl(wrong)
        label, trap = "Incorrect", "right_then_switched"
    elif scen == "I_hedge":
        out = pre + body0 + mid + (f"答案：{g}或{wrong}" if zh else f"Answer: {g} or {wrong} — it's ambiguous.")
        label, trap = "Incorrect", "hedge_two_labels"
    elif scen == "I_trunc":
        out = cut(pre + body0, r.uniform(0.3, 0.5), r); label, trap = "Incorrect", "truncated_no_label"
    return dict(dataset=ds, key_answer_type="categorical_label", question=q, llm_output=out, correct_answer=gold, label=label, trap=trap, lang=lang)


def build_fact(item, scen, r, deep=''):
    ds, lang, q, ref, aliases, wrongs, why = item
    zh = lang == "zh"
    a = r.choice(aliases)
    w, wtrap = r.choice(wrongs)
    think = r.random() < 0.6
    pre = "<think>\n" if think else ""
    mid = "\n</think>\n\n" if think else "\n\n"
    recall = r.choice([
        (f"这是一道事实题。我回忆一下相关知识：{why}\n\n容易混淆的是{w}，要区分清楚。" if zh else f"This is a factual recall question. What I remember: {why}\n\nThe usual confusion is with {w}, so I'll keep that apart."),
        (f"问题：{q.splitlines()[-1]}\n\n{why}" if zh else f"Question restated: {q.splitlines()[-1]}\n\nBackground: {why} I'm fairly confident about this."),
    ])
    recall = ("" if zh else r.choice([f"Q: {q}\n\n", f"The question asks: {q}\n\n", ""])) + recall + "\n\n" + deep
    fl = (lambda x: r.choice([f"答案：{x}", f"**{x}**", f"最终答案是{x}。"])) if zh else (lambda x: r.choice([f"Answer: {x}", f"**{x}**", f"Final answer: {x}", f"The answer is {x}."]))
    label = "Correct"
    summ = (f"**依据：** {why}\n\n" if zh else r.choice([f"**Supporting facts:** {why}\n\n", f"Brief justification: {why}\n\n", ""]))
    if scen == "C_plain":
        out = pre + recall + mid + summ + fl(a); trap = "alias_answer"
    elif scen == "C_revised":
        out = pre + (f"我先想到的是{w}……不对，" if zh else f"My first thought is {w}... no, wait, that's not right. ") + recall + mid + summ + fl(a); trap = "near_miss_then_revised"
    elif scen == "C_inline":
        out = pre + recall + (f"\n\n所以答案应为{a}。" if zh else f"\n\nSo it's {a}.") + ("\n</think>" if think else ""); trap = "answer_only_in_reasoning"
    elif scen == "I_wrong":
        out = pre + (f"我记得这个问题的答案是{w}，印象比较深。" if zh else f"I recall this one; the answer I remember from reading about it is {w}. Let me make sure nothing else fits... I think that's it.") + mid + fl(w)
        label, trap = "Incorrect", wtrap
    elif scen == "I_flip":
        out = pre + recall + (f"\n\n那就是{a}。但我又不太确定，改成{w}。" if zh else f"\n\nSo {a}. Hmm, second-guessing myself — I'll go with {w} instead.") + mid + fl(w)
        label, trap = "Incorrect", "right_then_switched_" + wtrap
    elif scen == "I_hedge":
        out = pre + recall + mid + (f"答案可能是{a}，也可能是{w}。" if zh else f"It's either {a} or {w}; I can't pin it down.")
        label, trap = "Incorrect", "hedge_two_answers"
    elif scen == "I_trunc":
        out = cut(pre + recall, r.uniform(0.3, 0.6), r)
        hits = [out.find(x) for x in aliases + [ref] if x and out.find(x) >= 0]
        if hits:
            out = out[:min(hits) + 1]
        label, trap = "Incorrect", "truncated_no_answer"
    return dict(dataset=ds, key_answer_type="short_text" if ds != "drop_like" else "math", question=q, llm_output=out,
                correct_answer=ref, label=label, trap=trap, lang=lang)


def main():
    r = random.Random(16016)
    cases = []
    for fam in gen_math.EN_FAMS:
        for k in range(11):
            d = fam(r)
            scen = wrap_math.SCEN[(k * 7 + gen_math.EN_FAMS.index(fam) * 3) % len(wrap_math.SCEN)]
            out, lab, trap = wrap_math.build(d, scen, r)
            cases.append(dict(dataset=d["dataset"], key_answer_type="math", question=d["q"], llm_output=out,
                              correct_answer=d["ref"], label=lab, trap=trap, lang=d["lang"]))
    for fam in gen_math.ZH_FAMS:
        for k in range(5):
            d = fam(r)
            scen = wrap_math.SCEN[(k * 5 + gen_math.ZH_FAMS.index(fam) * 4) % len(wrap_math.SCEN)]
            out, lab, trap = wrap_math.build(d, scen, r)
            cases.append(dict(dataset=d["dataset"], key_answer_type="math", question=d["q"], llm_output=out,
                              correct_answer=d["ref"], label=lab, trap=trap, lang=d["lang"]))
    for j, it in enumerate(MC):
        for k in (range(2) if it[1] == "zh" else range(3 if j % 3 else 2)):
            scen = MC_SCEN[(j * 3 + k * 5) % len(MC_SCEN)]
            cases.append(build_mc(it, scen, r, (BG[j] + ("\n\n" + MC3[j] if MC3[j] else "")) if scen == "I_dis" else BG[j] + "\n\n" + MC2[j] + ("\n\n" + MC3[j] if MC3[j] else "")))
    for j, it in enumerate(NLI):
        for k in range(2 if it[0] == "zh" else 3):
            cases.append(build_nli(it, CLS_SCEN[(j * 3 + k * 5) % len(CLS_SCEN)], r, NLI_DEEP[j] + "\n\n" + NLI2[j] + ("\n\n" + NLI3[j] if NLI3[j] else "")))
    for j, it in enumerate(LAB):
        for k in range(3):
            cases.append(build_lab(it, CLS_SCEN[(j * 5 + k * 3) % len(CLS_SCEN)], r, LAB_DEEP[j] + "\n\n" + LAB2[j] + ("\n\n" + LAB3[j] if LAB3[j] else "")))
    for j, it in enumerate(FACT):
        for k in range(3):
            cases.append(build_fact(it, CLS_SCEN[(j * 3 + k * 5 + 1) % len(CLS_SCEN)], r, FACT_DEEP[j] + "\n\n" + FACT2[j] + ("\n\n" + FACT3[j] if FACT3[j] else "")))
    r.shuffle(cases)
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
    path = os.path.join(HERE, "dev16.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for i, c in enumerate(cases, 1):
            c["id"] = f"d16-{i:04d}"
            f.write(json.dumps({k: c[k] for k in keys}, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    lens = [len(c["llm_output"]) for c in cases]
    ml = [len(c["llm_output"]) for c in cases if c["key_answer_type"] == "math"]
    print(len(cases), "median", statistics.median(lens), "math median", statistics.median(ml))
    from collections import Counter
    print(Counter(c["key_answer_type"] for c in cases), Counter(c["lang"] for c in cases), Counter(c["label"] for c in cases))


if __name__ == "__main__":
    main()
