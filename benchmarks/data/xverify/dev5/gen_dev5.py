"""Generator for dev5.jsonl (independent author; did not read the verifier)."""
import json, os, random, statistics
from fractions import Fraction as F
import datetime as dt
from common import R, frac_tex, frac_plain, mixed, term_dec, ZH_NUM, zh_int, NUM_WORDS, en_words, FAM, fam  # noqa: F401
from equations_and_quantities import lin_eq, shop, roots, units, prob, base_n, cplx, polar, circle, factor, angle_dm, rad_deg  # noqa: F401
from notations import ineq, ratio, sci, logs, matrix, clock, dates, line, percent, count_words, poly_expand, vec, range_ans  # noqa: F401
from banks import MC_EN, MC_ZH, NLI, NLI_ZH, NLI_MAP, ZH2EN, BOOL, SQA, SQA_ZH, mc_letter_forms  # noqa: F401
from padding import ZH_FILLER, EN_FILLER, EN_PAD, ZH_PAD, long_pad, QA_PAD, ZH_QA_PAD, qa_pad, think_block, verification, wrap, STYLES  # noqa: F401


OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev5.jsonl")


cases = []


def add(ds, kat, q, out, ref, label, trap, lang):
    cases.append(dict(dataset=ds, key_answer_type=kat, question=q, llm_output=out, correct_answer=ref, label=label, trap=trap, lang=lang))


def math_case(f, lang):
    p = f(lang)
    goodset = set(p["good"]) | {p["ref"]}
    assert not any(b[0] in goodset for b in p["bad"]), (f.__name__, p["bad"], goodset)
    r = R.random()
    style = R.choice(STYLES)
    if r < 0.56:
        final = R.choice(p["good"]); mode = R.choice(["correct"] * 4 + ["self_correct"])
        if mode == "self_correct" and style == "ranked": style = "plain"
        out = wrap(p, final, mode, style); label = "Correct"; trap = f"{f.__name__}:equiv_form" + ("+self_correction" if mode == "self_correct" else "")
    else:
        kind = R.random()
        if kind < 0.55:
            final, t = R.choice(p["bad"]); out = wrap(p, final, "wrong", style if style != "ranked" else "plain"); trap = f"{f.__name__}:{t}"
        elif kind < 0.72:
            final = R.choice(p["good"]); out = wrap(p, final, "two_answers", R.choice(["plain", "latex", "answer_first"])); trap = f"{f.__name__}:two_answers"
        elif kind < 0.86:
            final, t = R.choice(p["bad"]); out = wrap(p, final, "reasoning_right_final_wrong", R.choice(["plain", "latex", "terse"])); trap = f"{f.__name__}:right_in_reasoning_wrong_final"
        else:
            final = R.choice(p["good"]); out = wrap(p, final, "truncated", R.choice(["plain", "latex", "tutor", "restater"])); trap = f"{f.__name__}:truncated_no_final"
        label = "Incorrect"
    ref = p["ref"]
    if R.random() < 0.15:  # reference as a short worked solution
        ref = ("解：" + " ".join(p["steps"]) + f" 故答案为 {p['ref']}。") if lang == "zh" else ("Solution: " + " ".join(p["steps"]) + f" Hence the answer is ${p['ref']}$.")
    add(p["ds"], "math", p["q"], out, ref, label, trap, lang)


def mc_case(lang):
    if lang == "zh":
        qq, opts, ci = R.choice(MC_ZH); ds = "ceval_like"
    else:
        qq, opts, ci, ds = R.choice(MC_EN)
    letters = "ABCD"
    if R.random() < 0.5:
        q = qq + "\n" + "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
    else:
        q = qq + "\nAnswer Choices: " + " ".join(f"({letters[i]}) {o}" for i, o in enumerate(opts))
    L, T = letters[ci], opts[ci]
    wi = R.choice([i for i in range(4) if i != ci]); WL, WT = letters[wi], opts[wi]
    fill = ZH_FILLER if lang == "zh" else EN_FILLER
    def discuss():
        parts = []
        for i, o in enumerate(opts):
            if lang == "zh":
                parts.append(f"- 选项{letters[i]}（{o}）：" + ("符合题意，是正确的。" if i == ci else "与题干不符，排除。"))
            else:
                parts.append(f"- ({letters[i]}) {o}: " + ("this fits the question." if i == ci else "does not fit; eliminate."))
        return parts
    def discuss_wrong(pick):
        parts = []
        for i, o in enumerate(opts):
            parts.append((f"- 选项{letters[i]}（{o}）：" + ("我认为这个最合适。" if i == pick else "不太对。")) if lang == "zh" else (f"- ({letters[i]}) {o}: " + ("this seems to fit best." if i == pick else "less likely.")))
        return parts
    r = R.random(); style = R.choice(["think", "tutor", "json", "answer_first", "plain", "ranked"])
    def build(lines, final):
        intro = ("我们逐个分析选项。" + "".join(R.sample(fill, 3)) if lang == "zh" else "Let me go through each option. " + " ".join(R.sample(fill, 3)))
        bg = ("这道题考查的是基础知识点，需要回忆相关定义，并注意题干中的限定词。很多同学会被看起来相似的选项迷惑，所以逐项排除更稳妥。" if lang == "zh" else
              "This question tests a core concept; the distractors are chosen to look plausible to someone who half-remembers the definition, so elimination is safer than jumping to the first familiar term. I'll also recall the underlying principle before matching it to the options, since the wording of the stem matters.")
        bg = bg + ("" if lang == "zh" else " ") + qa_pad(lang, R.randint(5, 8))
        if style == "think":
            return "<think>\n" + intro + "\n\n" + bg + "\n\n" + "\n".join(lines) + "\n</think>\n\n" + final
        if style == "tutor":
            return "## Background\n\n" + bg + "\n\n## Option analysis\n\n" + "\n".join(lines) + f"\n\n| | |\n|---|---|\n| Answer | {final} |"
        if style == "json":
            return intro + "\n\n" + bg + "\n\n" + "\n".join(lines) + "\n\n" + json.dumps({"answer": final}, ensure_ascii=False)
        if style == "answer_first":
            return final + "\n\n" + bg + "\n\n" + "\n".join(lines) + "\n\n" + R.choice(fill)
        if style == "ranked":
            return intro + "\n\n" + bg + "\n\n" + "\n".join(lines) + f"\n\nRanking: 1) {final}  2) the next most plausible distractor is clearly weaker.\nFinal: {final}"
        return intro + "\n\n" + bg + "\n\n" + "\n".join(lines) + "\n\n" + (R.choice(["Final answer: ", "Therefore: ", "Answer — ", "My answer is "]) if lang != "zh" else R.choice(["所以", "综上所述，", "最终答案："])) + final
    if r < 0.58:
        out = build(discuss(), R.choice(mc_letter_forms(L, T, lang))); label = "Correct"; trap = "mc:letter_form"
        if R.random() < 0.2:
            out = build(discuss(), T if lang != "zh" else f"答案是“{T}”"); trap = "mc:text_only_no_letter"
    else:
        k = R.random(); label = "Incorrect"
        if k < 0.4:
            out = build(discuss_wrong(wi), R.choice(mc_letter_forms(WL, WT, lang))); trap = "mc:wrong_letter"
        elif k < 0.6:
            out = build(discuss(), (f"{L}. {WT}" if lang != "zh" else f"答案是{L}（{WT}）")); trap = "mc:letter_right_text_wrong"
        elif k < 0.75:
            out = build(discuss(), (f"({WL}) {T}" if lang != "zh" else f"选{WL}：{T}")); trap = "mc:text_right_letter_wrong"
        elif k < 0.9:
            out = build(discuss(), (f"{L} or {WL}" if lang != "zh" else f"{L}或{WL}都有可能")); trap = "mc:two_letters"
        else:
            out = (("<think>\n" if R.random() < .5 else "") + (qa_pad("zh", 7) if lang == "zh" else qa_pad("en", 8)) + ("\n\nNow let me look at the options one at a time, starting with (A), which says" if lang != "zh" else "\n\n下面逐个分析选项，先看A，它说的是")); trap = "mc:truncated"
    ref = R.choice([L, f"({L})", f"{L}. {T}" if R.random() < .3 else L])
    add(ds, "alphabet_option", q, out, ref, label, trap, lang)


def nli_case(lang):
    if lang == "zh":
        prem, hyp, lab = R.choice(NLI_ZH); labels = ["蕴含", "矛盾", "中立"]
        q = f"前提：{prem}\n假设：{hyp}\n请判断前提与假设的关系：蕴含、矛盾还是中立？"
        ds = "cmnli_like"; en = ZH2EN[lab]
    else:
        prem, hyp, lab = R.choice(NLI); labels = ["entailment", "contradiction", "neutral"]; en = lab
        q = f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis, contradict it, or neither? Answer with entailment, contradiction, or neutral."
        ds = R.choice(["mnli_like", "cmnli_like"]) if False else "mnli_like"
    why = {"entailment": "the hypothesis must be true whenever the premise is true", "contradiction": "the premise rules the hypothesis out",
           "neutral": "the premise says nothing that settles the hypothesis"}
    whyzh = {"entailment": "前提成立时假设必然成立", "contradiction": "前提与假设不能同时成立", "neutral": "前提无法确定假设是否成立"}
    pad_en = ("First, identify what the premise actually commits to, separately from what it merely suggests. Then check whether the hypothesis adds information that goes beyond the premise. "
              "Pragmatic implicatures don't count as entailment here; only what must be true. I'll also check for negations and quantifiers, which commonly flip the relation.")
    pad_en = pad_en + " " + qa_pad("en", R.randint(6, 8))
    pad_zh = qa_pad("zh", 7) + long_pad("zh", 4) + "首先要弄清楚前提实际断言了什么，而不是它暗示了什么。然后看假设是否引入了前提中没有的信息。还要注意否定词和量词，它们经常会改变两句之间的关系。"
    r = R.random()
    if r < 0.6:
        label = "Correct"
        if lang == "zh":
            final = R.choice([f"{lab}", f"答案：{lab}", f"两句关系为「{lab}」", f"{lab}（{en}）"])
            out = f"<think>\n{pad_zh}\n\n前提：{prem}\n假设：{hyp}\n\n分析：{whyzh[en]}。\n</think>\n\n{pad_zh}\n\n因此，{final}。"
        else:
            final = R.choice(NLI_MAP[en][1] + [NLI_MAP[en][0]])
            out = f"{pad_en}\n\nPremise: \"{prem}\"\nHypothesis: \"{hyp}\"\n\nHere {why[en]}.\n\n" + R.choice([f"Label: {final}", f"**{final}**", json.dumps({"answer": final}, ensure_ascii=False), f"Final answer: {final}"])
        trap = "nli:label_phrasing"
    else:
        label = "Incorrect"
        w = R.choice([x for x in ["entailment", "contradiction", "neutral"] if x != en])
        k = R.random()
        if lang == "zh":
            wz = NLI_MAP[w][0]
            if k < 0.7:
                out = f"<think>\n{pad_zh}\n\n前提：{prem}\n假设：{hyp}\n\n分析：{whyzh[w]}。\n</think>\n\n{pad_zh}\n\n答案：{wz}"; trap = "nli:wrong_label"
            else:
                out = f"{pad_zh}\n\n分析：{whyzh[en]}。\n\n但是再想一下，也可以说是{wz}。最终答案：{lab}或{wz}"; trap = "nli:two_labels"
        else:
            if k < 0.7:
                out = f"{pad_en}\n\nPremise: \"{prem}\"\nHypothesis: \"{hyp}\"\n\nHere {why[w]}.\n\nFinal answer: {R.choice(NLI_MAP[w][1])}"; trap = "nli:wrong_label"
            else:
                out = f"{pad_en}\n\nHere {why[en]}, so the natural label is {en}.\n\nOn reflection, though, I'll commit to {w} since a strict reader might see it that way.\n\nAnswer: {w}"; trap = "nli:right_then_switch"
    ref = lab if lang == "zh" else R.choice([en, en.capitalize(), NLI_MAP[en][0] if False else en])
    add(ds, "categorical_label", q, out, ref, label, trap, lang)


def bool_case():
    qq, ref, good, bad = R.choice(BOOL)
    pad = ("Let me reason about this from first principles rather than from memory alone, since yes/no questions often hide a subtlety. "
           "I'll state the relevant fact, then check it against any common misconception, and only then commit. " + qa_pad("en", R.randint(6, 8)))
    fact = {"Is the Pacific": "The Pacific covers roughly 165 million km², the Atlantic roughly 106 million km².",
            "Is a tomato": "Botanically a fruit is the seed-bearing ovary of a flowering plant; the tomato qualifies, even if it is cooked as a vegetable.",
            "Does sound": "Sound travels about 343 m/s in air and about 1480 m/s in water.",
            "Is 2027": "2027 is not divisible by 4.", "Is the square": "√2 is the classic irrational number; assuming p/q in lowest terms leads to both being even.",
            "Is 221": "221 = 13 × 17.", "Can a triangle": "Two angles over 90° would already exceed 180° in total."}
    f = next(v for k, v in fact.items() if qq.startswith(k))
    if R.random() < 0.6:
        final = R.choice(good); label = "Correct"; trap = "bool:phrasing"
        out = f"{pad}\n\n{f}\n\n" + R.choice([f"Answer: {final}", f"**{final}**", json.dumps({"answer": final})])
    else:
        final = R.choice(bad); label = "Incorrect"; trap = "bool:wrong_polarity"
        if R.random() < 0.4:
            out = f"{pad}\n\n{f}\n\nHmm, but a common view says otherwise, and I'll defer to that.\n\nAnswer: {final}"; trap = "bool:right_fact_wrong_answer"
        else:
            out = f"{pad}\n\nI recall the opposite of the usual claim here.\n\nAnswer: {final}"
    add("boolq_like", "short_text", qq, out, ref, label, trap, "en")


def sqa_case(lang):
    qq, ref, good, bad = R.choice(SQA_ZH if lang == "zh" else SQA)
    pad_en = ("This is a factual recall question. I'll recall the relevant context, cross-check against related facts I'm confident about (dates, places, associated people), "
              "and make sure I'm not confusing the answer with a closely related name, which is the most common failure mode for questions like this.")
    pad_zh = "这是一道事实类问题。我先回忆相关背景，再用几个有把握的相关事实交叉核对，避免把答案和相近的人名、地名或年份混淆。"
    pad = (pad_zh + qa_pad("zh", 7) + long_pad("zh", 4)) if lang == "zh" else (pad_en + " " + qa_pad("en", R.randint(6, 8)))
    if R.random() < 0.6:
        final = R.choice(good + [ref]); label = "Correct"; trap = "sqa:alias"
        out = (f"<think>\n{pad}\n</think>\n\n" if R.random() < .5 else pad + "\n\n") + R.choice(["Answer: ", "The answer is ", "I believe it's ", "Final answer — "] if lang != "zh" else ["答案：", "是", "答案是"]) + final
    else:
        final = R.choice(bad); label = "Incorrect"; trap = "sqa:near_miss"
        if R.random() < 0.3:
            final = f"{ref}" ; other = R.choice(bad)
            out = pad + "\n\n" + (f"It is either {ref} or {other}; I can't decide between them." if lang != "zh" else f"可能是{ref}，也可能是{other}，无法确定。")
            trap = "sqa:two_candidates"
        else:
            out = pad + "\n\n" + ("Answer: " if lang != "zh" else "答案：") + final
    add("simpleqa_like", "short_text", qq, out, R.choice([ref, ref]), label, trap, lang)


# ---------------------------------------------------------------- build
def main():
    # target: ~230 math, ~170 other; ~20% Chinese overall
    for i in range(235):
        f = FAM[i % len(FAM)]
        lang = "zh" if R.random() < 0.22 else "en"
        math_case(f, lang)
    for i in range(75): mc_case("zh" if R.random() < 0.25 else "en")
    for i in range(45): nli_case("zh" if R.random() < 0.3 else "en")
    for i in range(20): bool_case()
    for i in range(40): sqa_case("zh" if R.random() < 0.2 else "en")
    R.shuffle(cases)
    # de-duplicate identical outputs
    seen = set(); final = []
    for c in cases:
        k = (c["question"], c["llm_output"])
        if k in seen: continue
        seen.add(k); final.append(c)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for i, c in enumerate(final):
            rec = {"id": f"d5-{i+1:04d}", **c}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(len(final), statistics.median(len(c["llm_output"]) for c in final))


if __name__ == "__main__":
    main()
