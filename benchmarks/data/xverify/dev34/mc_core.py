"""Assemble a multiple-choice reasoning output in many answer-stating styles."""
import json
from common import pad, core, option_block, make_record

C_MODES_EN = ["c_answer_colon", "c_bold", "c_boxed", "c_paren", "c_lower", "c_text_only",
              "c_letter_text", "c_json", "c_table", "c_recap", "c_compare", "c_closing", "c_eliminate",
              "c_correct_option_is"]
C_MODES_ZH = ["c_guxuan", "c_daan", "c_boxed", "c_bold", "c_text_only", "c_letter_text", "c_json",
              "c_table", "c_recap", "c_compare", "c_eliminate"]
I_MODES = ["i_wrong", "i_two", "i_flip", "i_mismatch", "i_nocommit", "i_recap_nochoice",
           "i_compare_wrong"]


def pick_mode(rng, correct, lang, labels):
    if correct:
        pool = list(C_MODES_EN if lang == "en" else C_MODES_ZH)
        if not (len(labels[0]) == 1 and labels[0].isascii()):
            pool = [m for m in pool if m != "c_lower"]
        return rng.choice(pool)
    return rng.choice(I_MODES)


def _verdicts(labels, texts, ci, lang):
    rows = []
    for i, (l, t) in enumerate(zip(labels, texts)):
        if lang == "en":
            rows.append(f"- {l} {t}: {'correct' if i == ci else 'ruled out'}")
        else:
            rows.append(f"- {l} {t}：{'正确' if i == ci else '排除'}")
    return "\n".join(rows)


def ending(mode, labels, texts, ci, wi, lang, rng):
    """ci: the option the final statement should support; wi: another option (for hedges, mismatch)."""
    L, T, Lw, Tw = labels[ci], texts[ci], labels[wi], texts[wi]
    en = lang == "en"
    if mode == "c_answer_colon":
        return f"Answer: {L}"
    if mode == "c_bold":
        return f"So the answer is **{L}**." if en else f"所以答案是 **{L}**。"
    if mode == "c_boxed":
        return (f"Therefore the final answer is $\\boxed{{{core(L)}}}$." if en
                else f"综上，最终答案为 $\\boxed{{{core(L)}}}$。")
    if mode == "c_paren":
        return f"The answer is ({core(L)})."
    if mode == "c_lower":
        return f"final answer: ({L.lower()})"
    if mode == "c_text_only":
        return (f"The answer is {T}." if en else f"正确答案是：{T}。")
    if mode in ("c_letter_text", "c_correct_option_is"):
        return (f"The correct option is {L}: {T}" if en else f"正确选项是 {L}（{T}）。")
    if mode == "c_json":
        obj = {"reasoning": "checked every option against the result above" if en else "逐项核对后得出",
               "answer": core(L)}
        return "```json\n" + json.dumps(obj, ensure_ascii=False) + "\n```"
    if mode == "c_table":
        head = "| Option | Content | Verdict |\n|---|---|---|" if en else "| 选项 | 内容 | 判断 |\n|---|---|---|"
        rows = [f"| {l} | {t} | {('✓' if i == ci else '✗')} |" for i, (l, t) in enumerate(zip(labels, texts))]
        last = f"| **Answer** | **{L}** | |" if en else f"| **答案** | **{L}** | |"
        return "\n".join([head] + rows + [last])
    if mode == "c_recap":
        intro = "Recap of all options:" if en else "各选项回顾："
        close = (f"Putting this together, the only option that survives is {L}, so that is my choice."
                 if en else f"综合以上分析，只有{L}符合题意，因此选{L}。")
        return intro + "\n" + _verdicts(labels, texts, ci, lang) + "\n\n" + close
    if mode == "c_compare":
        return (f"That leaves two serious candidates, {Lw} and {L}. Between {Lw} and {L}, {L} is better: "
                f"{Lw} ({Tw}) only looks right at first glance, while {L} ({T}) agrees with the work above. "
                f"I choose {L}." if en else
                f"最后在{Lw}和{L}之间比较：{Lw}（{Tw}）只是看上去像，{L}（{T}）才与上面的分析一致。选{L}。")
    if mode == "c_closing":
        return (f"In summary, the reasoning and the check of each distractor point the same way. "
                f"That is why I am going with option {L}.")
    if mode == "c_eliminate":
        others = ", ".join(l for i, l in enumerate(labels) if i != ci)
        return (f"Having eliminated {others}, the remaining choice is {L}." if en
                else f"排除{'、'.join(l for i, l in enumerate(labels) if i != ci)}，故选{L}。")
    if mode == "c_guxuan":
        return f"故选{L}。"
    if mode == "c_daan":
        return f"答案：{L}"
    # incorrect modes ------------------------------------------------------------
    if mode == "i_two":
        return (f"I can't fully separate the last two, so the answer is either {L} or {Lw}." if en
                else f"{L}和{Lw}都有道理，答案是{L}或{Lw}。")
    if mode == "i_mismatch":
        # letter of one option paired with the text of another
        return (f"The correct option is {Lw}: {T}" if en else f"正确选项是{Lw}：{T}")
    if mode == "i_nocommit":
        return ("Each option has something going for it, and without more information I would rather not "
                "commit to a single choice here." if en else
                "每个选项似乎都有一定道理，在没有更多信息的情况下，我无法确定唯一答案。")
    if mode == "i_recap_nochoice":
        intro = "Recap of all options:" if en else "各选项回顾："
        rows = "\n".join(f"- {l} {t}" for l, t in zip(labels, texts))
        close = ("All of them remain plausible to some degree; I will leave the final selection open."
                 if en else "以上选项都有可能，暂不作最终选择。")
        return intro + "\n" + rows + "\n\n" + close
    raise ValueError(mode)


def build_mc(rng, lang, dataset, stem, texts, labels, ci, ei, work_c, work_e, note, correct, target,
             fixed_mode=None):
    """note(i, claimed) -> sentence about option i when the reasoning favours option `claimed`."""
    mode = fixed_mode or pick_mode(rng, correct, lang, labels)
    en = lang == "en"
    question = stem + "\n" + option_block(labels, texts, lang, rng)
    if mode in ("i_wrong", "i_compare_wrong"):
        work, fav = work_e, ei
    else:
        work, fav = work_c, ci
    opener = (f"The question asks: {stem.splitlines()[0][:300]}\nLet me work through it and then check every option."
              if en else f"题目：{stem}\n我们先分析题目，再逐项判断各选项。")
    paras = [opener, work]
    notes = [f"{labels[i]}: {note(i, fav)}" if en else f"{labels[i]}：{note(i, fav)}"
             for i in range(len(labels))]
    paras.append(("Option analysis:" if en else "逐项分析：") + "\n" + "\n".join(notes))
    if mode == "i_wrong":
        end = ending(rng.choice(["c_answer_colon", "c_bold", "c_letter_text"] if en
                                else ["c_guxuan", "c_daan", "c_letter_text"]), labels, texts, ei, ci, lang, rng)
    elif mode == "i_compare_wrong":
        end = ending("c_compare", labels, texts, ei, ci, lang, rng)
    elif mode == "i_flip":
        flip_mode = rng.choice(["c_answer_colon", "c_bold"] if en else ["c_guxuan", "c_daan"])
        bridge = ("Hmm, on second thought I'll go with the other one after all." if en
                  else "不过再想一想，还是换一个选项吧。")
        end = bridge + "\n\n" + ending(flip_mode, labels, texts, ei, ci, lang, rng)
    elif mode == "i_two":
        end = ending(mode, labels, texts, ci, ei, lang, rng)
    elif mode == "i_mismatch":
        end = ending(mode, labels, texts, ci, ei, lang, rng)
    elif mode in ("i_nocommit", "i_recap_nochoice"):
        # the reasoning must not single out an option: drop the option analysis verdicts
        paras = [opener, ("I can see arguments for several of the choices." if en
                          else "几个选项似乎都说得通。")]
        paras.append(("Thinking about it:" if en else "考虑：") + "\n" +
                     "\n".join(f"{l}: {t} — possible" if en else f"{l}：{t}——有可能" for l, t in zip(labels, texts)))
        end = ending(mode, labels, texts, ci, ei, lang, rng)
    elif mode == "c_compare":
        end = ending(mode, labels, texts, ci, ei, lang, rng)
    else:
        end = ending(mode, labels, texts, ci, ei, lang, rng)
    paras.append(end)
    output = pad(rng, paras, target, lang)
    ref = labels[ci]
    trap = "mc_" + mode[2:] if correct else "mc_wrong_" + mode[2:]
    if mode == "i_wrong":
        trap = "mc_wrong_option"
    if mode == "i_flip":
        trap = "mc_final_contradicts_analysis"
    if mode == "i_mismatch":
        trap = "mc_letter_text_mismatch"
    if mode == "i_two":
        trap = "mc_hedge_two_options"
    if mode == "i_compare_wrong":
        trap = "mc_compare_picks_wrong"
    label = "Correct" if correct else "Incorrect"
    return make_record(dataset, "alphabet_option", question, output, ref, label, lang, trap)


def build_multi(rng, lang, dataset, stem, texts, labels, truth, note, correct, target):
    """Multi-select: truth is a list of booleans per option; reference like 'A, C' or 'AC'."""
    en = lang == "en"
    idx = [i for i, t in enumerate(truth) if t]
    ref = (", ".join(labels[i] for i in idx)) if rng.random() < 0.5 else "".join(labels[i] for i in idx)
    question = stem + "\n" + option_block(labels, texts, lang, rng)
    opener = ("This is a select-all-that-apply question, so every option has to be judged on its own." if en
              else "这是一道多选题，每个选项都要单独判断。")
    if correct:
        mode = rng.choice(["concat", "and", "reorder", "list_bold", "json"])
        chosen = idx
        believed = truth
    else:
        mode = rng.choice(["partial", "superset", "swap"])
        wrong_pool = [i for i in range(len(labels)) if not truth[i]]
        if mode == "partial":
            chosen = idx[:-1]
        elif mode == "superset":
            chosen = sorted(idx + [rng.choice(wrong_pool)])
        else:
            chosen = sorted(idx[:-1] + [rng.choice(wrong_pool)])
        believed = [i in chosen for i in range(len(labels))]
    notes = [f"{labels[i]}: {note(i, believed[i])}" if en else f"{labels[i]}：{note(i, believed[i])}"
             for i in range(len(labels))]
    names = [labels[i] for i in chosen]
    if mode == "concat":
        end = (f"Answer: {''.join(names)}" if en else f"答案：{''.join(names)}")
    elif mode == "and":
        end = (f"So the correct choices are {', '.join(names[:-1])} and {names[-1]}." if en
               else f"所以正确的是{'、'.join(names[:-1])}和{names[-1]}。")
    elif mode == "reorder":
        r = list(reversed(names))
        end = (f"Selected options (in the order I checked them last): {', '.join(r)}." if en
               else f"最后确认的选项（按复核顺序）：{'、'.join(r)}。")
    elif mode == "list_bold":
        end = ("Final selection: " + " ".join(f"**{n}**" for n in names)) if en else \
            ("最终选择：" + " ".join(f"**{n}**" for n in names))
    elif mode == "json":
        end = "```json\n" + json.dumps({"answer": names}, ensure_ascii=False) + "\n```"
    else:
        end = (f"Answer: {', '.join(names)}" if en else f"故选{''.join(names)}。")
    paras = [opener, ("Checking each option:" if en else "逐项判断：") + "\n" + "\n".join(notes), end]
    output = pad(rng, paras, target, lang)
    trap = ("multi_" + mode) if correct else ("multi_wrong_" + mode)
    return make_record(dataset, "alphabet_option", question, output, ref,
                       "Correct" if correct else "Incorrect", lang, trap)
