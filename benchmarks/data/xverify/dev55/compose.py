"""Turn a problem dict into a (llm_output, label, trap) triple."""
from common import think, present, recap, summary_head

CORRECT_KINDS = ["same", "form", "selfcorrect", "same", "form"]
WRONG_KINDS = ["wrong", "hedge", "cutoff", "flip", "recap_wrong", "wrong"]


def compose(rng, p, lang, want_correct, mc=False):
    """p keys: q, ans, forms, wrong, steps, slip (slip concludes the wrong value)."""
    L = lang == "en"
    kind = rng.choice(CORRECT_KINDS if want_correct else WRONG_KINDS)
    if kind == "form" and not p["forms"]:
        kind = "same"
    wrong = p["wrong"][0] if kind in ("wrong", "flip", "selfcorrect") else rng.choice(p["wrong"])
    steps = list(p["steps"])
    with_recap = rng.random() < 0.5
    final = p["ans"]
    if kind == "form":
        final = rng.choice(p["forms"])
    trap = {"same": "plain_match", "form": "equivalent_form", "selfcorrect": "self_corrected_to_right",
            "wrong": "wrong_value", "hedge": "hedge_two_answers", "cutoff": "cut_off_no_final",
            "flip": "right_then_flipped_wrong", "recap_wrong": "recap_contradicts_answer"}[kind]
    if kind == "wrong":
        steps = steps[:-1] + [p["slip"]]
        final = wrong
    if kind == "selfcorrect":
        steps = steps[:-1] + [p["slip"], ("Wait, that's not right. Let me redo the last part carefully." if L
                                          else "等等，这不对。最后一步我重新仔细算。"), p["steps"][-1]]
    rc = [p["slip"]] if kind == "wrong" else p["steps"]
    body = think(rng, lang, p["q"], steps, n_fill=rng.randint(3, 5) if L else 6, recheck=rc)
    if kind == "cutoff":
        cut = body[: int(len(body) * rng.uniform(0.65, 0.85))]
        # never leave the right answer visible as a conclusion
        return "<think>\n" + cut, "Incorrect", trap, False
    if kind == "flip":
        body += "\n\n" + (("Hmm, wait. On reflection I think I mis-stepped earlier. %s" if L else
                           "嗯，等等。回头想想前面好像有一步不对。%s") % p["slip"])
        final = wrong
    out = "<think>\n" + body + "\n</think>\n\n" + summary_head(rng, lang)
    # short summary of the key steps
    keep = steps[-2:] if kind == "wrong" else ([p["slip"]] if kind == "flip" else p["steps"][-2:])
    out += "\n".join(("%d. %s" % (i + 1, s)) for i, s in enumerate(keep)) + "\n\n"
    if kind == "hedge":
        a, b = (p["ans"], wrong) if rng.random() < 0.5 else (wrong, p["ans"])
        out += ("The answer is either %s or %s; both seem defensible depending on interpretation." % (a, b) if L
                else "答案可能是 %s，也可能是 %s，取决于理解方式，两者都说得通。" % (a, b))
        return out, "Incorrect", trap, False
    _, txt = present(rng, lang, final, mc=mc)
    out += txt
    if kind == "recap_wrong":
        out += recap(rng, lang, wrong)
        return out, "Incorrect", trap, True
    if with_recap:
        r = final
        if p["forms"] and kind != "wrong" and rng.random() < 0.5:
            r = rng.choice(p["forms"] + [p["ans"]])
            trap = trap + "+recap_other_form"
        else:
            trap = trap + "+recap"
        out += recap(rng, lang, r)
    label = "Incorrect" if kind in ("wrong", "flip") else "Correct"
    return out, label, trap, with_recap
