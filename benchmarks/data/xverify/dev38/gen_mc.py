"""Multiple-choice cases built from the same families."""
from common import S, distinct
from gen_math import FAMS, choose_style
from modes import pick, plan_for
from styles import render

MC_MODES = [("mc_correct_letter", 22, "Correct"), ("mc_letter_with_text", 15, "Correct"), ("mc_reject_then_correct", 13, "Correct"),
            ("mc_wrong_option", 20, "Incorrect"), ("mc_abandoned_right_option", 10, "Incorrect"),
            ("mc_two_letters", 10, "Incorrect"), ("mc_cut_off", 10, "Incorrect")]
BASE = {"mc_correct_letter": "correct", "mc_letter_with_text": "equiv_form", "mc_reject_then_correct": "reject_then_correct",
        "mc_wrong_option": "consistent_slip", "mc_abandoned_right_option": "abandoned_right_value",
        "mc_two_letters": "two_candidates", "mc_cut_off": "cut_off"}
LET = "ABCD"


def fmt_options(rng, opts, lang):
    if lang == "zh":
        return "\n".join(f"{LET[i]}．${o}$" for i, o in enumerate(opts))
    k = rng.randint(0, 1)
    if k == 0:
        return "Answer Choices: " + " ".join(f"({LET[i]}) ${o}$" for i, o in enumerate(opts))
    return "\n".join(f"{LET[i]}. ${o}$" for i, o in enumerate(opts))


def make_mc(rng, i, lang):
    while True:
        famf = FAMS[(i * 5 + 3) % len(FAMS)]
        fam = famf(rng)
        sv = fam["slip"][1]
        ds = distinct([sv] + fam["wrong"], [fam["ans"]])[:3]
        if len(ds) == 3:
            break
        i += 1
    opts = ds + [fam["ans"]]
    rng.shuffle(opts)
    kl = LET[opts.index(fam["ans"])]
    sl = LET[opts.index(sv)]
    mode, label = pick(rng, MC_MODES)
    style = choose_style(rng, lang)
    q0 = fam["q_zh"] if lang == "zh" else fam["q_en"]
    q = q0 + "\n" + fmt_options(rng, opts, lang)
    last = fam["steps"][-1]
    steps = fam["steps"][:-1] + [S(last[0] + f" This matches option {kl}.", last[1] + f" 对应选项 {kl}。")]
    sst = fam["slip"][0]
    slip = (S(sst[0] + f" This matches option {sl}.", sst[1] + f" 对应选项 {sl}。"), sl)
    fam2 = dict(fam, steps=steps, ans=kl, wrong=[LET[j] for j in range(4) if LET[j] != kl])
    other = rng.choice([x for x in LET if x != kl])
    plan = plan_for(rng, fam2, BASE[mode], lang, final_ok=kl, final_alt=f"\\text{{({kl}) }} {fam['ans']}",
                    wrong_pick=other, slip=slip)
    if plan.get("check") and lang == "zh":
        plan["check"] = "逐项核对四个选项，只有一个与计算结果相符。"
    elif plan.get("check"):
        plan["check"] = "Checking each option against the computation, only one matches."
    out = render(rng, style, lang, {"q": q}, plan)
    return dict(dataset="mmlu_like", key_answer_type="alphabet_option", question=q, llm_output=out,
                correct_answer=kl, label=label, lang=lang, trap=mode, family=famf.__name__, style=style)
