"""Multiple-choice, NLI, sentiment and yes/no cases."""
import random
from mc_data import MC, MC_ZH, NLI, NLI_ZH, SENT, YESNO
from styles import think_wrap

L = "ABCD"


def fmt_q(stem, opts, rng, lang):
    if lang == "en" and rng.random() < 0.4:
        return stem + " Answer Choices: " + " ".join(f"({L[i]}) {o}" for i, o in enumerate(opts))
    sep = rng.choice([". ", ") ", "、" if lang == "zh" else ". "])
    return stem + "\n" + "\n".join(f"{L[i]}{sep}{o}" for i, o in enumerate(opts))


FIN_OK = [
    lambda l, t: f"ANSWER: {l}", lambda l, t: f"The answer: ({l})", lambda l, t: f"So the correct option is {l}.",
    lambda l, t: f"**{l}. {t}**", lambda l, t: f"The correct choice is {l}) {t}", lambda l, t: f"Answer -> {l}",
    lambda l, t: f"Final answer: ({l.lower()})", lambda l, t: f"#### {l}", lambda l, t: f"Final Answer: The final answer is $\\boxed{{{l}}}$. I hope it is correct.",
    lambda l, t: f"I'd go with {l}: {t}.", lambda l, t: f"Therefore the answer is {t}.", lambda l, t: f"**Final Answer**\n\n{l}",
]
FIN_ZH = [lambda l, t: f"答案是{l}", lambda l, t: f"故选{l}。", lambda l, t: f"答案：{l}. {t}", lambda l, t: f"正确选项为 ({l})。",
          lambda l, t: f"综上，本题选择 {l} 项「{t}」。", lambda l, t: f"所以答案是 $\\boxed{{{l}}}$"]


def analysis(opts, ci, lang, rng):
    lines = []
    sym = rng.random() < 0.5
    for i, o in enumerate(opts):
        mark = ("✓" if i == ci else "✗") if sym else (("fits" if i == ci else "ruled out") if lang == "en" else ("正确" if i == ci else "错误"))
        lines.append(f"- {L[i]}（{o}）：{mark}" if lang == "zh" else f"- **{L[i]}** {o}: {mark}")
    return "\n".join(lines)


def mc_cases(rng):
    out = []
    items = MC + MC_ZH
    modes_ok = ["ok", "ok", "ok_think", "ok_text_only", "ok_repeat"]
    modes_bad = ["bad_final_differs", "bad_letter_text_mismatch", "bad_text_right_letter_wrong", "bad_two", "bad_repeat", "bad_confident_wrong"]
    for k, (ds, stem, opts, ci, expl, lang) in enumerate(items):
        for rep in range(3 if k % 2 == 0 else 2):
            mode = rng.choice(modes_ok) if rep == 0 or rng.random() < 0.45 else rng.choice(modes_bad)
            q = fmt_q(stem, opts, rng, lang)
            wi = rng.choice([i for i in range(4) if i != ci])
            fins = FIN_OK if lang == "en" else FIN_ZH
            fin = rng.choice(fins)
            intro = rng.choice(["Let's go through the options.", "Key idea first, then eliminate.", "Okay.", "Reasoning:"]) if lang == "en" else rng.choice(["逐项分析：", "解析：", "我们来看各个选项。"])
            rq = (f"**Question restated:** {stem}\n\n" if lang == "en" else f"**题目：**{stem}\n\n") if rng.random() < 0.7 else ""
            body = rq + intro + "\n\n" + expl + "\n\n" + analysis(opts, ci, lang, rng)
            if lang == "en" and rng.random() < 0.75:
                body += "\n\n**Why not the others?**\n" + "\n".join(
                    f"- {L[i]} ('{o}'): " + rng.choice(["it contradicts the key point above.", "a classic distractor — close, but it answers a different question.",
                                                        "this would only be right under a different definition.", "doesn't match what the stem asks."])
                    for i, o in enumerate(opts) if i != ci)
            wrong_body = intro + "\n\n" + analysis(opts, wi, lang, rng)
            label, trap = "Correct", "mc_" + mode
            think = ""
            if True:
                if lang == "en":
                    delib = " ".join(f"Option {L[i]}, '{o}' — " + ("this looks right given the reasoning above." if i == ci else rng.choice(["doesn't fit.", "no, that's a distractor.", "I can rule this out.", "not this one."])) for i, o in enumerate(opts))
                    optl = "; ".join(f"{L[i]}) {o}" for i, o in enumerate(opts))
                    think = (f"<think>\nThe question: {stem}\nOptions — {optl}.\n\nLet me recall the relevant idea. {expl}\n\nNow checking each option. {delib}\n\n"
                             f"Wait, let me reconsider {L[wi]} ('{opts[wi]}') once more, since it's the most tempting distractor. Re-reading the stem: \"{stem}\" — no, the reasoning above still points away from it.\n</think>\n\n")
                else:
                    delib = "".join(f"{L[i]}项「{o}」" + ("符合。" if i == ci else "不对。") for i, o in enumerate(opts))
                    think = f"<think>\n题目：{stem}\n\n先回忆相关知识点。{expl}\n\n逐项看：{delib}\n\n再看一下最容易混淆的{L[wi]}项「{opts[wi]}」，仔细对照题干，还是排除。\n</think>\n\n"
                if mode != "ok_think" and rng.random() < 0.95:
                    body = think + body
                    wrong_body = think + wrong_body
            if mode == "ok":
                txt = body + "\n\n" + fin(L[ci], opts[ci])
            elif mode == "ok_think":
                txt = think + (f"The answer is {L[ci]}." if lang == "en" else f"答案是{L[ci]}。")
            elif mode == "ok_text_only":
                txt = body + "\n\n" + (f"Answer: {opts[ci]}" if lang == "en" else f"答案：{opts[ci]}")
            elif mode == "ok_repeat":
                txt = body + "\n\n" + fin(L[ci], opts[ci]) + "\n\n" + (f"(Again: {L[ci]}.)" if lang == "en" else f"再次确认：{L[ci]}。")
            else:
                label = "Incorrect"
                if mode == "bad_final_differs":
                    txt = body + "\n\n" + (f"Hmm, on second thought I'll switch to {L[wi]}.\n\nANSWER: {L[wi]}" if lang == "en" else f"不过我再想想，还是选{L[wi]}吧。\n\n答案是{L[wi]}")
                elif mode == "bad_letter_text_mismatch":
                    txt = wrong_body + "\n\n" + (f"The answer is ({L[ci]}) {opts[wi]}." if lang == "en" else f"答案：{L[ci]}. {opts[wi]}")
                elif mode == "bad_text_right_letter_wrong":
                    txt = body.split("\n\n- ")[0] + "\n\n" + (f"Final answer: {L[wi]}. {opts[ci]}" if lang == "en" else f"故选{L[wi]}：{opts[ci]}")
                elif mode == "bad_two":
                    a, b = sorted([ci, wi])
                    txt = body + "\n\n" + (f"Both {L[a]} and {L[b]} seem defensible, so my answer is {L[a]} or {L[b]}." if lang == "en" else f"{L[a]}和{L[b]}都有道理，答案为{L[a]}或{L[b]}。")
                elif mode == "bad_repeat":
                    txt = body + "\n\n" + fin(L[ci], opts[ci]) + "\n\n" + (f"Final answer: {L[wi]}" if lang == "en" else f"最终答案：{L[wi]}")
                else:
                    txt = wrong_body + "\n\n" + fin(L[wi], opts[wi])
            out.append({"dataset": ds, "key_answer_type": "alphabet_option", "question": q, "llm_output": txt,
                        "correct_answer": L[ci] if rng.random() < 0.7 else f"{L[ci]}. {opts[ci]}" if lang == "en" else L[ci],
                        "label": label, "trap": trap, "lang": lang})
    return out


NLI_EN_PHR = {"entailment": ["entailment", "The premise entails the hypothesis.", "Entailed — the hypothesis must be true.", "the hypothesis follows from the premise (entailment)"],
              "contradiction": ["contradiction", "They contradict each other.", "Contradiction: the hypothesis cannot be true if the premise is.", "the two statements are incompatible"],
              "neutral": ["neutral", "Neutral — it can't be determined from the premise.", "neither entailed nor contradicted (neutral)", "undetermined; the relation is neutral"]}
ZH2EN = {"蕴含": "entailment", "矛盾": "contradiction", "中立": "neutral"}
ZH_PHR = {"蕴含": ["蕴含", "两句是蕴含关系", "前提可以推出假设，答案：蕴含", "entailment"],
          "矛盾": ["矛盾", "两者互相矛盾", "答案：矛盾", "contradiction"],
          "中立": ["中立", "无法判断，属于中立", "答案：中立（neutral）", "neutral"]}


def cls_cases(rng):
    out = []
    for prem, hyp, lab, lang, ex in NLI:
        for rep in range(3):
            q = f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis? Answer with entailment, neutral, or contradiction."
            good = rep != 1 or rng.random() < 0.3
            other = rng.choice([x for x in NLI_EN_PHR if x != lab])
            body = rng.choice(["Let me compare the two sentences.", "Step 1: what the premise asserts.", "<think>\nPremise: " + prem + " Hypothesis: " + hyp + " " + ex + " Let me be careful about assuming too much — in NLI, 'neutral' is for when the premise simply doesn't settle it.\n</think>"]) + "\n\n" + ex
            if good:
                txt = body + "\n\n" + rng.choice(["Label: ", "Answer: ", "**", "Final answer: "]) + rng.choice(NLI_EN_PHR[lab])
                trap = "nli_label_phrasing"
            else:
                txt = body + "\n\n" + rng.choice([f"Answer: {other}", f"However, being strict about it, I'd say {other}.\n\nLabel: {other}", f"Answer: {lab}\n\nActually, final label: {other}"])
                trap = "nli_wrong_label"
            out.append({"dataset": "snli_like", "key_answer_type": "categorical_label", "question": q, "llm_output": txt, "correct_answer": lab,
                        "label": "Correct" if good else "Incorrect", "trap": trap, "lang": "en"})
    for prem, hyp, lab, ex in NLI_ZH:
        for rep in range(3):
            q = f"前提：{prem}\n假设：{hyp}\n请判断两句话的关系：蕴含、矛盾还是中立？"
            good = rep != 2
            other = rng.choice([x for x in ZH_PHR if x != lab])
            body = rng.choice(["分析：", "我们看前提和假设的关系。", "<think>\n" + ex + "\n</think>"]) + "\n\n" + ex
            if good:
                txt = body + "\n\n" + rng.choice(ZH_PHR[lab])
            else:
                txt = body + "\n\n" + rng.choice([f"答案：{other}", f"答案：{lab}。不对，应该是{other}。", f"可能是{lab}，也可能是{other}。"])
            out.append({"dataset": "cmnli_like", "key_answer_type": "categorical_label", "question": q, "llm_output": txt,
                        "correct_answer": lab if rng.random() < 0.7 else ZH2EN[lab], "label": "Correct" if good else "Incorrect",
                        "trap": "cmnli_label" if good else "cmnli_wrong_or_hedged", "lang": "zh"})
    for text, lab, ex in SENT:
        zh = any("\u4e00" <= c <= "\u9fff" for c in text)
        for rep in range(3):
            q = (f"What is the sentiment of this review? Answer positive or negative.\nReview: {text}" if not zh else f"判断下面评论的情感倾向（正面/负面）：\n{text}")
            good = rep != 1
            opp = "negative" if lab == "positive" else "positive"
            zhl = {"positive": "正面", "negative": "负面"}
            if good:
                fin = rng.choice([f"Sentiment: {lab}", f"The review is {lab}.", f"**{lab.capitalize()}**", f"Overall: {lab} 👍" if lab == "positive" else f"Overall: {lab}"]) if not zh else rng.choice([f"情感倾向：{zhl[lab]}", f"这是一条{zhl[lab]}评价。", f"答案：{lab}"])
            else:
                fin = rng.choice([f"Sentiment: {opp}", f"Mixed feelings, but I'd call it {opp}.", f"Sentiment: {lab}... no wait, it's {opp}."]) if not zh else rng.choice([f"情感倾向：{zhl[opp]}", f"答案：{zhl[opp]}"])
            txt = ex + "\n\n" + fin
            out.append({"dataset": "sentiment_like", "key_answer_type": "categorical_label", "question": q, "llm_output": txt, "correct_answer": lab,
                        "label": "Correct" if good else "Incorrect", "trap": "sentiment" if good else "sentiment_wrong", "lang": "zh" if zh else "en"})
    for qq, lab, ex in YESNO:
        for rep in range(3):
            good = rep != 2
            opp = "No" if lab == "Yes" else "Yes"
            if good:
                fin = rng.choice([f"{lab}.", f"Answer: {lab.lower()}", f"So the answer is **{lab}**.", f"{lab} — see above." ])
                txt = (f"{lab}. " if rng.random() < 0.3 else "") + ex + "\n\n" + fin
            else:
                fin = rng.choice([f"So, in short: {opp}.", f"Answer: {lab}.\n\nFinal: {opp}", f"It's a common belief, so I'll answer {opp}."])
                txt = ex + "\n\n" + fin
            out.append({"dataset": "boolq_like", "key_answer_type": "categorical_label", "question": qq, "llm_output": txt, "correct_answer": lab,
                        "label": "Correct" if good else "Incorrect", "trap": "yes_no" if good else "yes_no_flipped", "lang": "en"})
    return out
