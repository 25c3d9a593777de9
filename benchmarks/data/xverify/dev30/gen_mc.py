"""Multiple-choice questions on math content, built on top of the math generators."""
from common import L, build_trace, pick_mode, MODE_TAG
import gen_algebra
import gen_sets

MC_FAMILIES = ["distance", "box_cos", "sector", "log", "prob", "die_square", "complex", "binom", "trig",
               "quad_ineq", "param_range", "line", "poly_roots", "matrix"]


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9 * max(1, abs(a), abs(b))
    return a == b


def make_mc(rng, lang, want_correct):
    gens = dict(gen_algebra.GENS, **gen_sets.GENS)
    while True:
        fam = rng.choice(MC_FAMILIES)
        g = gens[fam](rng, lang)
        ws, seen = [], {g["ref"]}
        for tex, tag, val in g["wrong"]:
            if val is not None and same(val, g["refval"]):
                continue
            if tex in seen or any(val is not None and v2 is not None and same(val, v2) for _, _, v2 in ws):
                continue
            seen.add(tex)
            ws.append((tex, tag, val))
        if len(ws) >= 3:
            break
    ws = rng.sample(ws, 3)
    opts = [(g["ref"], "ref", None)] + ws
    rng.shuffle(opts)
    letters = "ABCD"
    ci = next(i for i, o in enumerate(opts) if o[1] == "ref")
    style = rng.choice(["paren", "dot"]) if lang == "en" else "zh"
    if style == "paren":
        ch = "Answer Choices: " + " ".join(f"({letters[i]}) ${o[0]}$" for i, o in enumerate(opts))
    elif style == "dot":
        ch = "\n".join(f"{letters[i]}. ${o[0]}$" for i, o in enumerate(opts))
    else:
        ch = "\n".join(f"{letters[i]}．${o[0]}$" for i, o in enumerate(opts))
    question = g["question"] + "\n" + ch
    wi = rng.choice([i for i in range(4) if i != ci])
    C, W = letters[ci], letters[wi]
    if not want_correct:
        C, W = W, C
    steps = list(g["steps"]) + [L(lang, f"Now compare with the options: option {C} is ${opts[letters.index(C)][0]}$, which matches my result; "
                                   f"option {W} is ${opts[letters.index(W)][0]}$.",
                                   f"对照选项：{C} 项为 ${opts[letters.index(C)][0]}$，与我的结果一致；{W} 项为 ${opts[letters.index(W)][0]}$。")]
    if not want_correct:
        C, W = W, C
    if want_correct:
        mode = pick_mode(rng, True)
        if mode == "plain":
            kind = rng.choice(["letter", "letter_content", "content"])
            if kind == "letter":
                right, tag = C, "mc_letter_only"
            elif kind == "letter_content":
                right, tag = f"\\text{{({C}) }} {opts[ci][0]}", "mc_letter_with_content"
            else:
                right, tag = opts[ci][0], "mc_content_not_letter"
        else:
            right, tag = C, MODE_TAG.get(mode, "mc_letter_words")
            if mode == "words":
                tag = "mc_letter_in_words"
        if lang == "zh" and mode == "plain" and tag == "mc_letter_only":
            tag = "mc_zh_letter"
        text = build_trace(rng, lang, steps, mode, right, W)
        label = "Correct"
    else:
        mode = pick_mode(rng, False)
        right = C
        if mode == "plain_wrong":
            kind = rng.choice(["letter", "content"])
            wrong = W if kind == "letter" else opts[wi][0]
            tag = "mc_wrong_option" if kind == "letter" else "mc_wrong_option_content"
        else:
            wrong, tag = W, "mc_" + MODE_TAG[mode]
        text = build_trace(rng, lang, steps, mode, right, wrong)
        label = "Incorrect"
    ds = "mmlu_like" if lang == "en" else "ceval_like"
    return dict(dataset=ds, key_answer_type="alphabet_option", question=question, llm_output=text,
                correct_answer=C, label=label, lang=lang, trap=tag)
