#!/usr/bin/env python3
"""Generator for dev18 (VAR-style verifier dev set). Written by an independent author
who did not read the verifier. Run: python3 gen_dev18.py  (deterministic, seed fixed)."""
import json, os, random
from fractions import Fraction as F
from math import gcd, comb

R = random.Random(1807)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev18.jsonl")

from families import MATH_FAMS
from forms import wrap
from banks import MC, NLI, ZH_LABEL, SHORT, EXTRA_MC_VARIANTS, mc_output, nli_output


def main():
    cases = []
    rng = R
    # ---------------- math: ~250 ----------------
    n_math = 252
    for i in range(n_math):
        fam = MATH_FAMS[i % len(MATH_FAMS)]
        c = fam(rng)
        zh = c["zh"]
        want_bad = rng.random() < 0.40
        if not want_bad:
            final, trap = rng.choice(c["ok"])
            out = wrap(c["body"](final if rng.random() < 0.5 else rng.choice(c["ok"])[0]), final, zh, rng)
            label = "Correct"
        else:
            bfinal, trap, slip = rng.choice(c["bad"])
            mode = rng.random()
            okv = c["ok"][0][0]
            if mode < 0.15:
                full = c["body"](okv)
                cut = rng.randint(len(full) // 3, int(len(full) * 0.8))
                out = full[:cut]
                trap = "truncated_no_final_answer"
            elif mode < 0.55:
                out = wrap(c["body"](okv) + "\n\n" + slip, bfinal, zh, rng)
                trap = "right_in_reasoning_wrong_final:" + trap
            else:
                out = wrap(c["body"](bfinal), bfinal, zh, rng)
            label = "Incorrect"
        cases.append(dict(dataset=c["dataset"], key_answer_type="math", question=c["question"], llm_output=out,
                          correct_answer=c["ref"], label=label, trap=trap, lang="zh" if zh else "en"))
    # ---------------- MC: 3 per item ----------------
    L = "ABCD"
    for item in MC:
        ds, zh, stem, opts, corr, expl, distr = item
        if rng.random() < 0.5:
            q = stem + "\n" + "\n".join(f"{L[i]}. {o}" for i, o in enumerate(opts))
        else:
            q = stem + " Answer Choices: " + " ".join(f"({L[i]}) {o}" for i, o in enumerate(opts))
        ci = L.index(corr); di = L.index(distr)
        plan = [("ok", None), ("ok", None), (rng.choice(["bad_letter", "letter_right_text_wrong", "text_right_letter_wrong", "two_letters", "truncated"]), None)]
        if rng.random() < 0.3:
            plan.append(("bad_letter", None))
        for kind, _ in plan:
            body = mc_output(rng, item, True, True, zh, None)
            if kind == "ok":
                fmt = rng.choice(EXTRA_MC_VARIANTS)
                if zh and fmt in ("{T}",):
                    fmt = "答案是{L}"
                fa = fmt.format(L=corr, T=opts[ci])
                trap = "mc_" + {"({L})": "paren_letter", "{L}": "bare_letter", "option {L}": "option_word", "{L}. {T}": "letter_with_text", "**{L}**": "bold_letter",
                                "The answer is ({L}) {T}": "sentence_letter_text", "{T}": "option_text_only", "答案是{L}": "zh_answer_is", "选{L}": "zh_choose"}[fmt]
                lab = "Correct"
            elif kind == "bad_letter":
                fa = rng.choice(["({L})", "{L}", "option {L}", "答案是{L}" if zh else "**{L}**"]).format(L=distr)
                body += "\n\n" + ("不过转念一想，出题人可能想考的是" + distr + "。" if zh else f"Hmm, although... on second thought ({distr}) might be what the examiner intends. I'll switch.")
                trap = "mc_switched_to_distractor"; lab = "Incorrect"
            elif kind == "letter_right_text_wrong":
                fa = f"{corr}. {opts[di]}"; trap = "mc_letter_right_text_wrong"; lab = "Incorrect"
            elif kind == "text_right_letter_wrong":
                fa = f"{distr}. {opts[ci]}"; trap = "mc_text_right_letter_wrong"; lab = "Incorrect"
            elif kind == "two_letters":
                fa = (f"{corr} 或 {distr}" if zh else f"either ({corr}) or ({distr})"); trap = "mc_two_answers"; lab = "Incorrect"
            else:
                cases.append(dict(dataset=ds, key_answer_type="alphabet_option", question=q, llm_output=body[: max(80, len(body) * 2 // 3)],
                                  correct_answer=corr, label="Incorrect", trap="mc_truncated", lang="zh" if zh else "en"))
                continue
            if kind in ("letter_right_text_wrong", "text_right_letter_wrong"):
                lab = "Incorrect"
            out = body + rng.choice(["\n\n", "\n\n"]) + (rng.choice(["**答案**：", "最终答案：", ""]) if zh else rng.choice(["Final answer: ", "**Answer:** ", "", "So I'm going with "])) + fa
            if rng.random() < 0.3:
                out = "<think>\n" + body + "\n</think>\n\n" + (("答案：" if zh else "Answer: ") + fa)
            cases.append(dict(dataset=ds, key_answer_type="alphabet_option", question=q, llm_output=out, correct_answer=rng.choice([corr, corr, f"({corr})" if not zh else corr]),
                              label=lab, trap=trap, lang="zh" if zh else "en"))
    # ---------------- NLI: 3 per item ----------------
    labs = ["entailment", "contradiction", "neutral"]
    for prem, hyp, lab, zh in NLI:
        if zh:
            q = f"阅读以下两句话，判断它们的关系（蕴含、矛盾、中立）。\n句子1：{prem}\n句子2：{hyp}"
            ref = lab if rng.random() < 0.5 else ZH_LABEL[lab]
        else:
            q = f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis? Answer entailment, neutral, or contradiction."
            ref = lab
        others = [x for x in labs if x != lab]
        for k in range(3):
            body = nli_output(rng, prem, hyp, lab, zh)
            if k < 2:
                forms = [lab, lab.capitalize(), f"**{lab}**", ZH_LABEL[lab] if zh else {"entailment": "The premise entails the hypothesis", "contradiction": "They contradict each other", "neutral": "Neither — it's neutral"}[lab]]
                if zh:
                    forms += [f"关系：{ZH_LABEL[lab]}", ZH_LABEL[lab]]
                fa = rng.choice(forms); labl = "Correct"; trap = "nli_label_phrasing"
            else:
                w = rng.choice(others)
                fa = ZH_LABEL[w] if zh and rng.random() < .6 else w
                body += ("\n\n嗯……再想想，也许应该判为" + ZH_LABEL[w] + "。" if zh else f"\n\nActually, hmm, being strict I'd rather call it {w}.")
                labl = "Incorrect"; trap = "nli_flip_at_end"
            out = body + "\n\n" + (rng.choice(["答案：", "结论：", ""]) if zh else rng.choice(["Label: ", "Final answer: ", ""])) + fa
            cases.append(dict(dataset="cmnli_like" if zh else "nli_like", key_answer_type="categorical_label", question=q, llm_output=out, correct_answer=ref,
                              label=labl, trap=trap, lang="zh" if zh else "en"))
    # ---------------- short answers: 4 per item ----------------
    for q, ref, oks, wrongs, ds, zh in SHORT:
        for k in range(4):
            if k < 2:
                ans = oks[k] if k < len(oks) else ref
                labl = "Correct"; trap = "alias_or_verbose_answer"
            else:
                ans = wrongs[k - 2]; labl = "Incorrect"; trap = "near_miss_entity"
            if zh:
                body = (f"这个问题问的是：{q}\n\n我先回忆一下相关知识。" + ("容易与" + wrongs[0] + "混淆，" if labl == "Correct" else "有人会说" + ref + "，但我记得") +
                        f"我比较确定的答案是{ans}。\n\n再核对一下：题目没有其他限定条件。")
                out = body + "\n\n" + rng.choice(["**答案**：", "答：", ""]) + ans
            else:
                body = (f"Question: {q}\n\nThinking it through. " + (f"A common confusion is {wrongs[0]}, " if labl == "Correct" else f"Some might say {ref}, but as far as I recall ") +
                        f"the answer is {ans}.\n\nLet me double check there's no trick in the wording — no, it's a direct question.")
                out = body + "\n\n" + rng.choice(["Final answer: ", "**", "Answer: ", ""]) + ans + ("**" if "**" in body[-3:] else "")
            cases.append(dict(dataset=ds, key_answer_type="short_text", question=q, llm_output=out, correct_answer=ref, label=labl, trap=trap, lang="zh" if zh else "en"))
    for i, c in enumerate(cases, 1):
        c_ = {"id": f"d18-{i:04d}"}
        c_.update(c)
        cases[i - 1] = c_
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(len(cases))


if __name__ == "__main__":
    main()
