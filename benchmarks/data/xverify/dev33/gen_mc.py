"""Multiple-choice versions of the same problems; distractors come from the slips and near misses."""
import copy

LET = "ABCD"


def _m(f, v):
    return v if f.get("textual") else "$%s$" % v


def to_mc(rng, f):
    vals = [f["answer"], f["slip"]["ans"], f["near"]["ans"], f["extra"]]
    if len(set(vals)) < 4:
        return None
    order = vals[:]
    rng.shuffle(order)
    let = {v: LET[order.index(v)] for v in vals}
    zh = f["lang"] == "zh"
    g = copy.deepcopy(f)
    if zh:
        opts = "\n".join("%s．%s" % (LET[i], _m(f, v)) for i, v in enumerate(order))
        g["question"] = f["question"] + "\n" + opts
        g["dataset"] = "cmmlu_like"
        tie = "对应选项 %s。"
    else:
        if rng.random() < 0.5:
            opts = "Answer Choices: " + " ".join("(%s) %s" % (LET[i], _m(f, v)) for i, v in enumerate(order))
        else:
            opts = "\n".join("%s. %s" % (LET[i], _m(f, v)) for i, v in enumerate(order))
        g["question"] = f["question"] + "\n" + opts
        g["dataset"] = "mmlu_like"
        tie = "This matches option (%s)."
    g["kat"] = "alphabet_option"
    g["textual"] = True
    A, S, N = let[vals[0]], let[vals[1]], let[vals[2]]
    g["answer"] = A
    g["work"] = f["work"] + [tie % A]
    g["slip"]["ans"], g["slip"]["steps"] = S, f["slip"]["steps"] + [tie % S]
    g["near"]["ans"], g["near"]["steps"] = N, f["near"]["steps"] + [tie % N]
    if zh:
        g["alts"] = [("%s．%s" % (A, _m(f, vals[0])), "mc_alt_letter_with_option_text"), ("选%s" % A, "mc_alt_letter_in_phrase")]
    else:
        g["alts"] = [("(%s) %s" % (A, _m(f, vals[0])), "mc_alt_letter_with_option_text"), ("Option %s" % A, "mc_alt_letter_in_phrase"),
                     ("(%s)" % A, "mc_alt_parenthesized_letter")]
    for k in ("slip", "near"):
        g[k]["tag"] = "mc_" + f[k]["tag"]
    return g
