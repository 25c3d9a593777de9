"""Generator for dev12 (independent author; did not read the verifier). Deterministic (seed 12)."""
import json, os, random, statistics
from fractions import Fraction as F
from phrasing import R, EN_OPEN, EN_MID, EN_VER, ZH_OPEN, ZH_MID, ZH_VER, pick, wrap_en, wrap_zh, EN_FINAL, ZH_FINAL, fin, fmt, NAMES, ZNAMES  # noqa: F401
from problems import p_marbles, p_money, p_yuan, p_duration, p_zh_time, p_speed, p_rate, p_ratio, p_scale, p_average, p_percent, p_prob, p_area, p_seq, p_param, p_roots, p_line, p_frac, p_zh_speed, p_zh_work, p_zh_percent, p_zh_geo, p_sci, p_angle, p_vec, p_interval, p_date, p_matrix, p_zh_seq, p_radical, GENS  # noqa: F401
from elaboration import EN_EXTRA, ZH_EXTRA, long_think, pad, STEP_NOTE_EN, STEP_NOTE_ZH, RESTATE_EN, PLAN_EN, ALT_EN, RESTATE_ZH, PLAN_ZH, ALT_ZH, DISC_EN, DISC_ZH, discussion, elaborate  # noqa: F401
from banks import MC, FACT, NLI, ZHL, LETTER_FORMS_EN, LETTER_FORMS_ZH, MCD_EN, MCD_ZH, discussion_mc  # noqa: F401


CASES = []


def add(dataset, kat, q, out, ref, label, trap, lang):
    CASES.append(dict(dataset=dataset, key_answer_type=kat, question=q, llm_output=out,
                      correct_answer=ref, label=label, trap=trap, lang=lang))


def make_math(p, mode):
    lang = p["lang"]; steps = list(p["steps"])
    if mode == "truncated":
        pt = dict(p); pt["steps"] = p["steps"][:-1]; steps = pt["steps"] + [pad(lang)]
        steps = elaborate(pt, steps, lang)
        out = "\n\n".join(steps[:-1]).rstrip() + ("\n\nNow for the last step, we compute" if lang == "en" else "\n\n最后一步，我们计算")
        return out, "Incorrect", "truncated_no_final"
    steps.insert(R.randint(0, len(steps)), pad(lang))
    steps = elaborate(p, steps, lang)
    think = long_think(p, lang) if R.random() < 0.6 else None
    if mode == "good":
        ans = pick(p["good"]); trap = "equivalent_form"
        if R.random() < 0.25 and lang == "en":
            final = fin(lang, ans, pick([f"So the answer is {ans} (no rounding needed).", f"Rounded sensibly, that is {ans}; the exact working gives the same.", f"In a full sentence: the result comes out to {ans}."]))
            trap = "answer_in_sentence_or_rounding_remark"
        else:
            final = fin(lang, ans)
        if R.random() < 0.2:
            # self-correction: wrong first then corrected
            w = p["bad"][0][0]
            steps.append((f"So that gives {w}. Wait, that's wrong — let me redo the last step. " if lang == "en" else f"所以得到 {w}。等等，这不对，重新算最后一步。") + p["steps"][-1])
            trap = "self_correction_to_right"
        label = "Correct"
    elif mode == "bad":
        ans, trap = pick(p["bad"]); final = fin(lang, ans); label = "Incorrect"
    elif mode == "reason_right_final_wrong":
        ans, _ = pick(p["bad"]); g = p["good"][0]
        steps.append((f"This gives {g}. Hmm, but let me reconsider — I think I misread; the intended quantity leads to {ans}." if lang == "en" else f"这样得到 {g}。不过我再想想，题意应该是另一个量，应得 {ans}。"))
        final = fin(lang, ans); label = "Incorrect"; trap = "right_in_reasoning_wrong_final"
    elif mode == "two_answers":
        ans, _ = pick(p["bad"]); g = pick(p["good"])
        final = (f"The answer is either {g} or {ans}, depending on interpretation." if lang == "en" else f"答案可能是 {g}，也可能是 {ans}。")
        label = "Incorrect"; trap = "two_answers_hedged"
    else:  # truncated
        out = wrap_en(steps[:-1], "", [], think=think) if lang == "en" else wrap_zh(steps[:-1], "", [], think=think)
        out = out.rstrip() + ("\n\nNow for the last step, we compute" if lang == "en" else "\n\n最后一步，我们计算")
        return out, "Incorrect", "truncated_no_final"
    ver = p["ver"] if mode == "good" else []
    if mode == "bad" and R.random() < 0.4:
        ver = [("Check: looks consistent." if lang == "en" else "检验：结果合理。")]
    out = wrap_en(steps, final, ver, think=think) if lang == "en" else wrap_zh(steps, final, ver, think=think)
    return out, label, trap


MODES = ["good"] * 12 + ["bad"] * 5 + ["reason_right_final_wrong", "two_answers", "truncated"]


def mc_case(item):
    q, opts, L, expl, lang, ds = item
    letters = "ABCD"; T = opts[letters.index(L)]
    qtxt = q + ("\n" + "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts)) if R.random() < 0.6 else " Answer Choices: " + " ".join(f"({letters[i]}) {o}" for i, o in enumerate(opts)))
    others = [x for x in letters if x != L]
    body = []
    if lang == "en":
        body.append(pick(["Let me go through the options one at a time.", "Let's eliminate.", "Consider each choice:", "Thinking about the underlying concept first."]))
        for i, o in enumerate(opts):
            if letters[i] == L: body.append(f"- ({letters[i]}) {o}: " + expl)
            else: body.append(f"- ({letters[i]}) {o}: " + pick(["doesn't fit.", "this is a common distractor but it's not right.", "no — that contradicts the basic definition.", "tempting, but not correct here.", "can be ruled out."]))
        body.append(discussion_mc("en"))
        body.append(pick(["To be thorough, let me revisit the key fact. ", "Restating the reasoning: ", "Why the others fail, in one line: they don't satisfy the definition. And positively: "]) + expl + " " + discussion_mc("en"))
    else:
        body.append(pick(["逐项分析：", "我们来排除错误选项。", "先回忆相关知识点。"]))
        for i, o in enumerate(opts):
            body.append(f"{letters[i]}项 {o}：" + (expl if letters[i] == L else pick(["不符合题意。", "错误。", "这是干扰项。"])))
        body.append(discussion_mc("zh"))
        body.append(pick(["再确认一下关键知识点：", "总结理由："]) + expl + discussion_mc("zh"))
    r = R.random(); forms = LETTER_FORMS_EN if lang == "en" else LETTER_FORMS_ZH
    if r < 0.55:
        fl = pick(forms).format(L=L, T=T); label = "Correct"; trap = "mc_letter_form"
        if R.random() < 0.3: fl = (T + (" is the answer." if lang == "en" else "是正确答案。")); trap = "mc_text_only"
    elif r < 0.7:
        W = pick(others); fl = pick(forms).format(L=W, T=opts[letters.index(W)]); label = "Incorrect"; trap = "mc_wrong_letter"
    elif r < 0.8:
        W = pick(others); fl = (f"The answer is ({L}) {opts[letters.index(W)]}." if lang == "en" else f"答案是{L}（{opts[letters.index(W)]}）。")
        label = "Incorrect"; trap = "mc_letter_right_text_wrong"
    elif r < 0.9:
        W = pick(others); fl = (f"The answer is ({W}) {T}." if lang == "en" else f"答案是{W}（{T}）。")
        label = "Incorrect"; trap = "mc_text_right_letter_wrong"
    else:
        W = pick(others); fl = (f"It's either {L} or {W}; I can't decide between them." if lang == "en" else f"答案可能是{L}，也可能是{W}。"); label = "Incorrect"; trap = "mc_two_letters"
    think = None
    if R.random() < 0.4:
        think = (f"Hmm. {q} I recall that {expl} But let me double check the other options." if lang == "en" else f"嗯，{q}我记得{expl}再看看其他选项。")
    out = ("<think>\n" + think + "\n</think>\n\n" if think else "") + "\n".join(body) + "\n\n" + fl
    add(ds, "alphabet_option", qtxt, out, pick([L, f"({L})", L]) if True else L, label, trap, lang)


def fact_case(item):
    q, ref, goods, bads, lang = item
    body = [pick(["Let me recall.", "This is a factual recall question.", "Drawing on general knowledge:"]) if lang == "en" else pick(["这是常识题。", "回忆一下相关知识。"]),
            discussion_mc(lang)]
    r = R.random()
    if r < 0.55: a = pick(goods); label = "Correct"; trap = "alias_accepted"
    elif r < 0.85: a = pick(bads); label = "Incorrect"; trap = "near_miss_entity"
    else: a = (f"{pick(goods)} or possibly {bads[0]}" if lang == "en" else f"{pick(goods)}或者{bads[0]}"); label = "Incorrect"; trap = "two_answers_hedged"
    if lang == "en":
        body.append(pick([f"Some people confuse this with {bads[0]}, but " + ("that's the answer here." if a == bads[0] else "that's a different thing."), f"I'm fairly confident.", f"There's a common misconception involving {bads[-1]}."]))
    else:
        body.append(f"容易与{bads[-1]}混淆。")
    body.append(discussion_mc(lang) + " " + discussion_mc(lang) if lang == "en" else discussion_mc(lang))
    if R.random() < 0.5: body.insert(0, "<think>\n" + (f"The question: {q} " if lang == "en" else f"问题：{q}") + discussion_mc(lang) + "\n</think>")
    fl = (pick(["**Answer:** {a}", "Final answer: {a}", "The answer is {a}.", "{a}."]) if lang == "en" else pick(["答案：{a}", "答案是{a}。"])).format(a=a)
    add("simpleqa_like", "short_text", q, "\n\n".join(body + [fl]), ref, label, trap, lang)


def nli_case(item):
    p, h, lab = item; lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in p) else "en"
    labs = ["entailment", "contradiction", "neutral"]
    q = (f"Premise: {p}\nHypothesis: {h}\nDoes the premise entail the hypothesis? Answer entailment, neutral or contradiction." if lang == "en"
         else f"前提：{p}\n假设：{h}\n请判断两句话的关系：蕴含、中立还是矛盾？")
    r = R.random()
    if r < 0.55: ans = lab; label = "Correct"; trap = "label_phrasing"
    else: ans = pick([x for x in labs if x != lab]); label = "Incorrect"; trap = "wrong_label"
    if lang == "en":
        phr = pick(["{x}", "The relationship is {x}.", "Label: **{x}**", "I'd classify this as {x}."]).format(x=ans if R.random() < 0.7 else ans.capitalize())
        body = "Comparing the two sentences. " + discussion_mc("en") + " The hypothesis " + ("follows from the premise." if ans == "entailment" else "conflicts with the premise." if ans == "contradiction" else "adds information not in the premise.")
    else:
        phr = pick(["答案：{x}", "两句关系为{x}。", "**{x}**"]).format(x=ZHL[ans])
        body = "对比前提和假设。" + discussion_mc("zh") + ("假设可以由前提推出。" if ans == "entailment" else "假设与前提冲突。" if ans == "contradiction" else "假设包含前提没有的信息。")
    body = body + "\n\n" + (("Step by step: the premise states that " + p[0].lower() + p[1:] + " The hypothesis claims that " + h[0].lower() + h[1:] + " " + discussion_mc("en")) if lang == "en" else ("逐步分析：前提说" + p + "假设说" + h + discussion_mc("zh")))
    body = body + "\n\n" + discussion_mc(lang)
    if R.random() < 0.6: body = "<think>\n" + (discussion_mc(lang)) + "\n</think>\n\n" + body
    add("cmnli_like", "categorical_label", q, body + "\n\n" + phr, (ZHL[lab] if lang == "zh" and R.random() < 0.5 else lab), label, trap, lang)


def main():
    # math: 280
    for i in range(280):
        g = GENS[i % len(GENS)]; p = g(); mode = pick(MODES)
        out, label, trap = make_math(p, mode)
        ref = p["ref"]
        if R.random() < 0.15 and p["lang"] == "en":
            ref = "Solution: " + " ".join(p["steps"]) + f" Answer: {p['ref']}"
        kat = "math"
        add(p["ds"], kat, p["q"], out, ref, label, trap, p["lang"])
    for i in range(70): mc_case(MC[i % len(MC)])
    for i in range(30): fact_case(FACT[i % len(FACT)])
    for i in range(30): nli_case(NLI[i % len(NLI)])
    R.shuffle(CASES)
    for i, c in enumerate(CASES): c["id"] = "d12-%04d" % (i + 1)
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
    here = os.path.dirname(os.path.abspath(__file__)); path = os.path.join(here, "dev12.jsonl"); tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for c in CASES: f.write(json.dumps({k: c[k] for k in keys}, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    print(len(CASES), statistics.median(len(c["llm_output"]) for c in CASES))


if __name__ == "__main__":
    main()
