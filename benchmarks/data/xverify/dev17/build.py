"""Build dev17.jsonl. Usage: python3 build.py  (deterministic; writes atomically)."""
import json
import os
import random
import statistics

import gen_math as GM
import bank as B

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev17.jsonl")
LET = "ABCDEFGH"


# ---------------------------------------------------------------- math rendering
EN_OPEN = ["Let me work through this carefully.", "Okay, so the question is:", "Alright.", "First, what's being asked?",
           "Let's parse the problem.", "Hmm, let me set this up.", "So we need to find the requested quantity here."]
ZH_OPEN = ["我们先理清题意。", "好的，先看题目。", "嗯，这道题要求的是：", "先把已知条件列出来。", "审题：", "让我一步一步来算。"]
EN_FINAL = ["**Final answer:** {A}", "Final answer: {A}", "Therefore, the answer is $\\boxed{{{A}}}$.", "So the answer is {A}.",
            "The answer: {A}", "$$\\boxed{{{A}}}$$", "**Answer:** {A}", "Hence the result is {A}.", "ANSWER: {A}", "Answer — {A}"]
ZH_FINAL = ["**答案**：{A}", "答：{A}", "故答案为 $\\boxed{{{A}}}$。", "综上所述，答案是{A}。", "最终答案：{A}", "所以结果为{A}。",
            "【答案】{A}", "答案是 \\boxed{{{A}}}", "因此，{A}。", "最终结果：{A}"]


def strip_math(a):
    return a


def render_math(r, zh, c, mode, w=None):
    q, steps, ver, fin = c["question"], c["steps"], c.get("verify"), c["final"]
    style = r.randint(0, 4)
    opn = r.choice(ZH_OPEN if zh else EN_OPEN)
    parts = []
    qline = q.split("\n")[0]
    # exploratory thinking: restate, (maybe) a rejected wrong path, the steps, a per-step re-check
    think = [opn, qline]
    if w is not None and w.get("steps") and c["trap"] not in ("self_correction_to_right",) and r.random() < 0.7 and mode != "truncate":
        think.append(("一开始我想这样做：" if zh else "My first instinct was this: ") + " ".join(w["steps"][-2:]))
        think.append(("但是这样得到的是 " + str(w["final"]) + "，和题目的条件对不上，这个思路有问题，换个方法。") if zh else
                     (f"That would give {w['final']}, but it doesn't respect the conditions of the problem, so scrap that."))
    if c.get("pre"):
        think += c["pre"]
    for i, s in enumerate(steps):
        conn = (r.choice(["然后，", "接着，", "嗯，", "再来，", "", "好，"]) if zh else r.choice(["Then ", "Next, ", "OK so ", "Now ", "", "Right, "]))
        if conn and not zh and s[:1].isupper() and s[1:2].islower():
            s = s[0].lower() + s[1:]
        think.append(conn + s if i else s)
    if r.random() < 0.5 and mode != "truncate" and c["final"] is not None and not c.get("post"):
        think.append((f"所以答案应该是 {c['final']}？先别急，再算一遍。" if zh else f"So I get {c['final']}? Hold on, let me redo it more carefully before committing."))
    rc = [("核对第%d步：" % (i + 1) if zh else "Re-checking step %d: " % (i + 1)) + s + (r.choice([" 没问题。", " 对的。", " 正确。", " 嗯，这步也没错。"]) if zh else r.choice([" Fine.", " OK.", " That holds.", " Yes."])) for i, s in enumerate(steps) if r.random() < 0.7]
    think += rc
    if r.random() < 0.8:
        think.append(("换一种写法把过程完整写一遍，确保没有抄错数字：" if zh else "Writing the chain out once more in display form so I don't drop a sign:") + "\n" + "\n".join("\\[ \\text{%s} \\]" % s.replace("$", "").replace("\\", "") if r.random() < 0.0 else ("> " + s) for s in steps))
    think.append(("题目问的是：" if zh else "And the question asks: ") + qline + (" 要注意答案的形式和单位。" if zh else " Make sure the final form matches what is asked."))
    if ver:
        think.append(("再整体检查一遍。" if zh else "Let me double-check the whole thing.") + " " + ver)
    think_txt = "\n\n".join(think)
    if style == 0:
        parts.append("<think>\n" + think_txt + "\n</think>\n")
        parts.append(("### 解答\n" if zh else "### Solution\n") + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps)))
    elif style == 1:
        parts.append(think_txt)
        parts.append(("## 题意分析\n" if zh else "## Understanding the problem\n") + qline)
        parts.append(("## 解题步骤\n" if zh else "## Step-by-step\n") + "\n\n".join(f"**{'第' + str(i + 1) + '步' if zh else 'Step ' + str(i + 1)}.** {s}" for i, s in enumerate(steps)))
    elif style == 2:
        parts.append("<think>\n" + think_txt + "\n</think>")
        parts.append("\n\n".join(steps))
        parts.append(("回顾一下关键步骤：" if zh else "Recap of the key steps:") + "\n" + "\n".join("- " + s for s in steps))
    elif style == 3:
        parts.append(think_txt)
        parts.append(("解：" if zh else "Solution:") + "\n" + "\n".join("* " + s for s in steps))
    else:
        parts.append("<think>\n" + think_txt + "\n</think>\n\n" + "\n".join(steps))
    if mode == "truncate":
        txt = "\n\n".join(parts)
        cut = max(200, int(len(txt) * r.uniform(0.55, 0.85)))
        return txt[:cut]
    if c.get("post"):
        parts.append(c["post"])
    fl = r.choice(ZH_FINAL if zh else EN_FINAL).format(A=fin)
    if "boxed" in fl and "\\boxed" in fin:
        fl = (f"答案：{fin}" if zh else f"Answer: {fin}")
    if style == 1:
        parts.append(("## 答案\n" if zh else "## Answer\n") + fl)
        if ver:
            parts.append(("## 检验\n" if zh else "## Verification\n") + ver)
    else:
        if ver and r.random() < 0.5:
            parts.append(ver)
            parts.append(fl)
        else:
            parts.append(fl)
            if ver:
                parts.append(("**验证**：" if zh else "**Verification:** ") + ver)
    if w is not None and r.random() < 0.75:
        parts.append((("**易错提醒**：" if zh else "**Common pitfall:** ") + " ".join(w["steps"]) +
                      (f" 这样会错误地得到 {w['final']}，要避免。" if zh else f" That route lands on {w['final']}, which is not the answer here.")))
    return "\n\n".join(parts)


def math_cases(r):
    out = []
    fams = [(f, en, zhd, False) for f, en, zhd in GM.FAMILIES] + [(f, en, zhd, True) for f, en, zhd in GM.FAMILIES] + \
           [(f, None, zhd, True) for f, _, zhd in GM.ZH_ONLY]
    for f, ds_en, ds_zh, zh in fams:
        n = 6 if not zh else (6 if f in (GM.hectare, GM.bignum) else 5)
        for i in range(n):
            seed = r.randrange(10 ** 9)
            kind = r.random()
            if kind < 0.47:
                c = f(random.Random(seed), zh, True)
                label, mode = "Correct", "normal"
            elif kind < 0.55:
                # self-correction: wrong attempt, then corrected to right
                c = f(random.Random(seed), zh, True)
                w = f(random.Random(seed), zh, False)
                if w["question"] != c["question"] or w["final"] is None or w["steps"] == c["steps"]:
                    continue
                bridge = ("等等，这一步不对，重新算。" if zh else "Wait, that's wrong — let me redo this.")
                c = dict(c, pre=w["steps"] + [bridge], trap="self_correction_to_right")
                label, mode = "Correct", "normal"
            elif kind < 0.78:
                c = f(random.Random(seed), zh, False)
                label, mode = "Incorrect", ("truncate" if c["final"] is None else "normal")
            elif kind < 0.87:
                # right reasoning, then a different final commitment
                c = f(random.Random(seed), zh, True)
                w = f(random.Random(seed), zh, False)
                if w["question"] != c["question"] or w["final"] is None:
                    continue
                bridge = ("不过再想想，" if zh else "Hmm, on second thought, ")
                c = dict(c, post=bridge + (w["steps"][-1] if w["steps"] else ""), final=w["final"], verify=None, trap="right_work_wrong_commitment")
                label, mode = "Incorrect", "normal"
            elif kind < 0.93:
                c = f(random.Random(seed), zh, True)
                w = f(random.Random(seed), zh, False)
                if w["question"] != c["question"] or w["final"] is None:
                    continue
                both = (f"{c['final']}，也可能是{w['final']}" if zh else f"{c['final']} (or possibly {w['final']})")
                c = dict(c, final=both, verify=None, trap="two_answers_hedged")
                label, mode = "Incorrect", "normal"
            else:
                c = f(random.Random(seed), zh, True)
                c = dict(c, trap="truncated_no_final")
                label, mode = "Incorrect", "truncate"
            try:
                wx = f(random.Random(seed), zh, False)
                wx = wx if (wx["question"] == c["question"] and wx["final"] is not None and label == "Correct") else None
            except Exception:
                wx = None
            txt = render_math(r, zh, c, mode, wx)
            if mode == "truncate":
                c["trap"] = "truncated_no_final"
            ref = c["ref"]
            if r.random() < 0.15 and c.get("verify") and label and c["trap"] != "two_answers_hedged":
                # reference as a short worked solution ending in the answer
                ref = " ".join(c["steps"][-2:]) + (f" 答案：{c['ref']}" if zh else f" Answer: {c['ref']}") if c["trap"] not in ("right_work_wrong_commitment", "self_correction_to_right") else ref
            out.append(dict(dataset=(ds_zh if zh else ds_en), key_answer_type="math", question=c["question"], llm_output=txt,
                            correct_answer=ref, label=label, trap=c["trap"], lang="zh" if zh else "en"))
    return out


# ---------------------------------------------------------------- MCQ
def inline_opts(r, q, opts, zh):
    if zh and r.random() < 0.3:
        return q + "\n" + "\n".join(f"（{LET[i]}）{o}" for i, o in enumerate(opts))
    if r.random() < 0.35:
        return q + " Answer Choices: " + " ".join(f"({LET[i]}) {o}" for i, o in enumerate(opts))
    return q + "\n" + "\n".join(f"{LET[i]}. {o}" for i, o in enumerate(opts))


def mcq_cases(r, items, zh, reps=3):
    out = []
    for ds, q, opts, key, notes, why in items:
        ki = LET.index(key)
        modes = ["ok", "ok", r.choice(["neighbor", "letter_right_text_wrong", "text_right_letter_wrong", "two_letters", "ok_textonly", "neighbor"])]
        if reps > 3:
            modes.append(r.choice(["ok", "ok_fullwidth", "truncate"]))
        for mode in modes:
            question = inline_opts(r, q, opts, zh)
            order = list(range(len(opts)))
            if r.random() < 0.4:
                r.shuffle(order)
            lines = []
            if zh:
                lines.append(r.choice(["本题考查的是：", "分析题干：", "<think>\n先逐项看一下。", "我们逐一分析各选项。", "这道题问的是"]) + q.rstrip("：:？?") + "。")
            else:
                lines.append(r.choice(["The question asks: ", "<think>\nLet me go option by option. Question: ", "We need to decide: ", "Restating: "]) + q)
            wrong_pick = None
            if mode == "neighbor":
                wrong_pick = (ki + r.choice([1, -1])) % len(opts)
            for i in order:
                if wrong_pick is not None and i == ki:
                    lines.append(f"{'（' + LET[i] + '）' if zh else '(' + LET[i] + ')'} {opts[i]}: " + (r.choice(["这一项乍看有道理，但我不太确定，先放一放。", "这个说法似乎不够准确。"]) if zh else r.choice(["tempting, but I'm not convinced it's the intended answer.", "this doesn't quite seem right to me."])))
                elif wrong_pick is not None and i == wrong_pick:
                    lines.append(f"{'（' + LET[i] + '）' if zh else '(' + LET[i] + ')'} {opts[i]}: " + (f"我倾向于认为这是对的。" if zh else "this looks like the best fit."))
                else:
                    lines.append(f"{'（' + LET[i] + '）' if zh else '(' + LET[i] + ')'} {opts[i]}：{notes[i]}。" if zh else f"({LET[i]}) {opts[i]}: {notes[i]}.")
            if lines[0].startswith("<think>") or "<think>" in lines[0]:
                lines.append("</think>")
            if wrong_pick is None:
                lines.append(why)
            pick = ki if wrong_pick is None else wrong_pick
            L, T = LET[pick], opts[pick]
            if mode in ("ok", "neighbor"):
                sty = r.choice(B.ZH_MCQ_STYLES if zh else B.EN_MCQ_LETTER_STYLES)
                fin = sty.format(L=L, T=T, l=L.lower(), LF="（" + L + "）" if zh else L)
                if zh and "{LF}" in sty:
                    fin = sty.format(L=L, T=T, LF=chr(ord("Ａ") + pick))
                trap = "mcq_letter_forms" if mode == "ok" else "neighbouring_option"
                label = "Correct" if mode == "ok" else "Incorrect"
            elif mode == "ok_fullwidth":
                fin = f"答案：（{chr(ord('Ａ') + ki)}）" if zh else f"Answer: ({L})"
                trap, label = "fullwidth_letter", "Correct"
            elif mode == "ok_textonly":
                fin = (f"正确答案是“{opts[ki]}”。" if zh else f"The correct answer is {opts[ki]}.")
                trap, label = "option_text_only", "Correct"
            elif mode == "letter_right_text_wrong":
                other = (ki + 1) % len(opts)
                fin = (f"答案：{key}．{opts[other]}" if zh else f"Answer: {key}. {opts[other]}")
                trap, label = "letter_right_text_wrong", "Incorrect"
            elif mode == "text_right_letter_wrong":
                other = (ki + 1) % len(opts)
                fin = (f"选{LET[other]}：{opts[ki]}" if zh else f"Final answer: ({LET[other]}) {opts[ki]}")
                trap, label = "text_right_letter_wrong", "Incorrect"
            elif mode == "two_letters":
                other = (ki + 2) % len(opts)
                a, b = sorted([key, LET[other]])
                fin = (f"答案可能是{a}或{b}。" if zh else f"I'd say {a} or {b} — both are defensible.")
                trap, label = "two_answers_given", "Incorrect"
            else:  # truncate
                fin = None
                trap, label = "truncated_no_final", "Incorrect"
            if r.random() < 0.85:
                recap_head = r.choice(["\n\n### 逐项小结\n", "\n\n**各选项结论：**\n", "\n\n综合以上分析：\n"]) if zh else r.choice(["\n\n### Summary by option\n", "\n\n**Option check:**\n", "\n\nPutting it together:\n"])
                recap = []
                for i in range(len(opts)):
                    good = (i == pick)
                    recap.append(f"- {LET[i]}（{opts[i]}）：" + ("符合题意" if good else "排除") if zh else f"- {LET[i]} ({opts[i]}): " + ("consistent with the question" if good else "ruled out"))
                lines.append(recap_head + "\n".join(recap))
            body = "\n".join(lines)
            if fin is None:
                body = body[: int(len(body) * 0.7)]
                txt = body
            else:
                txt = body + "\n\n" + fin
            ref = r.choice([key, key, f"({key})", f"{key}. {opts[ki]}"]) if not zh else r.choice([key, key, f"{key}", f"{key}．{opts[ki]}"])
            out.append(dict(dataset=ds, key_answer_type="alphabet_option", question=question, llm_output=txt, correct_answer=ref,
                            label=label, trap=trap, lang="zh" if zh else "en"))
    return out


# ---------------------------------------------------------------- NLI
EN_NLI_REASON = {
    "entailment": "Everything the hypothesis claims is guaranteed by the premise; there is no reading of the premise under which the hypothesis is false.",
    "contradiction": "The two sentences cannot both be true of the same situation.",
    "neutral": "The premise says nothing that settles the hypothesis one way or the other; it could be true or false.",
}
ZH_NLI_REASON = {
    "entailment": "前提成立时，假设必然成立，所以是蕴含关系。",
    "contradiction": "前提和假设不可能同时为真，构成矛盾。",
    "neutral": "前提没有提供足够信息来判断假设的真假，属于中立。",
}
OTHER = {"entailment": ["neutral"], "neutral": ["entailment", "contradiction"], "contradiction": ["neutral"]}


def nli_cases(r):
    out = []
    for zh, items in ((False, B.EN_NLI), (True, B.ZH_NLI)):
        for prem, hyp, lab in items:
            for mode in ["ok", "ok", r.choice(["wrong", "wrong", "hedge"])]:
                if zh:
                    question = f"阅读以下两句话，判断它们之间的关系（蕴含、中立、矛盾）。\n前提：{prem}\n假设：{hyp}"
                    if r.random() < 0.3:
                        question = f"语句一：“{prem}”\n语句二：“{hyp}”\n请问这两句话的关系是？\nA. 蕴含\nB. 中立\nC. 矛盾".replace("\nA. 蕴含\nB. 中立\nC. 矛盾", "\n选项：蕴含、中立、矛盾")
                    body = [f"前提说的是：{prem}", f"假设说的是：{hyp}",
                            f"对比两句：假设中的关键信息“{hyp[:8]}…”在前提里" + {"entailment": "可以直接推出。", "contradiction": "与前提的说法相冲突。", "neutral": "没有被提到，也没有被否定。"}[lab],
                            ZH_NLI_REASON[lab]]
                    forms = B.ZH_NLI_FORMS
                    ref = r.choice([{"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}[lab], lab])
                else:
                    question = f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis, contradict it, or neither? Answer with entailment, neutral, or contradiction."
                    body = [f"The premise: \"{prem}\"", f"The hypothesis: \"{hyp}\"", EN_NLI_REASON[lab]]
                    forms = B.EN_NLI_FORMS
                    ref = r.choice([lab, lab.capitalize()])
                if mode == "ok":
                    f = r.choice(forms[lab])
                    fin = (r.choice(["关系：{f}", "答案：{f}", "所以是{f}。", "结论：**{f}**"]) if zh else r.choice(["Label: {f}", "Answer: {f}", "So the relationship is {f}.", "**{f}**"])).format(f=f)
                    trap, label = "nli_label_forms", "Correct"
                elif mode == "wrong":
                    wl = r.choice(OTHER[lab])
                    body = body[:2] + ([("不过也可能前提只是没有说清楚，" if zh else "But maybe the premise just leaves room for doubt; ") + (ZH_NLI_REASON[wl] if zh else EN_NLI_REASON[wl])])
                    f = r.choice(forms[wl])
                    fin = (f"答案：{f}" if zh else f"Answer: {f}")
                    trap, label = "wrong_nli_label", "Incorrect"
                else:
                    wl = r.choice(OTHER[lab])
                    fin = (f"我认为是{forms[lab][0]}，但也可能是{forms[wl][0]}。" if zh else f"Either {lab} or {wl}; hard to say.")
                    trap, label = "two_labels_given", "Incorrect"
                txt = "\n\n".join(body) + "\n\n" + fin
                out.append(dict(dataset="cmnli_like" if zh else "mnli_like", key_answer_type="categorical_label", question=question,
                                llm_output=txt, correct_answer=ref, label=label, trap=trap, lang="zh" if zh else "en"))
    return out


# ---------------------------------------------------------------- short QA
def qa_cases(r):
    out = []
    for zh_bank, items in ((False, B.EN_QA), (True, B.ZH_QA)):
        for q, ref, aliases, near, bg in items:
            zh = zh_bank or any("\u4e00" <= ch <= "\u9fff" for ch in q)
            for mode in ["ok", "alias", r.choice(["near", "near", "two"])] + ([r.choice(["near", "alias"])] if r.random() < 0.5 else []):
                if zh:
                    intro = r.choice(["这个问题我记得比较清楚。", "回忆一下相关背景：", "先说背景。", "<think>\n确认一下事实。\n</think>\n"])
                else:
                    intro = r.choice(["Quick recall first.", "Some context:", "<think>\nLet me make sure I have the right person/place.\n</think>\n", "Background:"])
                if mode == "ok":
                    a, trap, label = ref, "exact_reference", "Correct"
                elif mode == "alias":
                    a, trap, label = r.choice(aliases), "alias_or_translation", "Correct"
                elif mode == "near":
                    a, trap, label = r.choice(near), "near_miss_answer", "Incorrect"
                else:
                    a, trap, label = f"{ref} / {near[0]}", "two_answers_given", "Incorrect"
                bg2 = bg if mode != "near" else (bg.split("；")[0].split(";")[0] if r.random() < 0.5 else "")
                if mode == "near":
                    bg2 = ""
                fin = (r.choice(["答案：{a}", "所以答案是{a}。", "**{a}**", "答：{a}"]) if zh else r.choice(["Answer: {a}", "The answer is {a}.", "**{a}**", "Final answer: {a}"])).format(a=a)
                txt = intro + "\n\n" + (bg2 + "\n\n" if bg2 else "") + fin
                out.append(dict(dataset="chinese_simpleqa_like" if zh else "simpleqa_like", key_answer_type="short_text", question=q,
                                llm_output=txt, correct_answer=ref, label=label, trap=trap, lang="zh" if zh else "en"))
    return out


def tf_sent_cases(r):
    out = []
    for st, truth, why in B.ZH_TF:
        for mode in ["ok", "ok", "wrong"]:
            val = truth if mode == "ok" else not truth
            form = r.choice(["正确", "对", "√", "是", "说法正确"] if val else ["错误", "错", "×", "否", "说法错误"])
            body = f"题目：{st}\n\n分析：{why if mode == 'ok' else '这个说法看起来符合常识。'}\n\n判断：{form}"
            out.append(dict(dataset="ceval_like", key_answer_type="categorical_label", question=st, llm_output=body,
                            correct_answer=r.choice(["正确", "对"] if truth else ["错误", "错"]), label="Correct" if mode == "ok" else "Incorrect",
                            trap="cn_true_false_forms" if mode == "ok" else "opposite_judgement", lang="zh"))
    for text, pol in B.ZH_SENT:
        for mode in ["ok", "ok", "wrong"]:
            pos = (pol == "正面") == (mode == "ok")
            form = r.choice(["正面", "积极", "正向", "positive", "好评"] if pos else ["负面", "消极", "负向", "negative", "差评"])
            q = f"判断下面这条评论的情感倾向（正面/负面）：\n{text}"
            body = f"评论内容：“{text}”\n\n" + ("关键词分析：" + text[:10] + "……整体语气" + ("偏向满意。" if pos else "偏向不满。")) + f"\n\n情感倾向：{form}"
            out.append(dict(dataset="chnsenticorp_like", key_answer_type="categorical_label", question=q, llm_output=body,
                            correct_answer=r.choice([pol, "positive" if pol == "正面" else "negative"]), label="Correct" if mode == "ok" else "Incorrect",
                            trap="cn_sentiment_forms" if mode == "ok" else "opposite_sentiment", lang="zh"))
    return out


def drop_cases(r):
    out = []
    for passage, q, ans, forms, wrongs in B.DROP:
        for mode in ["ok", "ok", "wrong", "wrong2"]:
            question = f"Passage: {passage}\nQuestion: {q}"
            if mode == "ok":
                a, label, trap = r.choice(forms), "Correct", "number_word_forms"
            elif mode == "wrong":
                a, label, trap = str(wrongs[0]), "Incorrect", "intermediate_value"
            else:
                a, label, trap = str(wrongs[1]), "Incorrect", "miscount"
            txt = f"Reading the passage: {passage}\n\nThe question: {q}\n\nWorking from the numbers given in the passage, the answer is {a}."
            out.append(dict(dataset="drop_like", key_answer_type="math" if False else "short_text", question=question, llm_output=txt,
                            correct_answer=str(ans), label=label, trap=trap, lang="en"))
    return out


def main():
    r = random.Random(1717)
    cases = math_cases(r) + mcq_cases(r, B.EN_MCQ, False, 4) + mcq_cases(r, B.ZH_MCQ, True, 4) + nli_cases(r) + qa_cases(r) + tf_sent_cases(r) + drop_cases(r)
    seen, uniq = set(), []
    for c in cases:
        if c["llm_output"] in seen:
            continue
        seen.add(c["llm_output"])
        uniq.append(c)
    cases = uniq
    r.shuffle(cases)
    for i, c in enumerate(cases):
        c["id"] = "d17-%04d" % (i + 1)
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps({k: c[k] for k in keys}, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    from collections import Counter
    print(len(cases), Counter(c["key_answer_type"] for c in cases), Counter(c["lang"] for c in cases), Counter(c["label"] for c in cases))
    print("median len", statistics.median(len(c["llm_output"]) for c in cases))


if __name__ == "__main__":
    main()
