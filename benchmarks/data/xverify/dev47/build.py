"""Build dev47.jsonl deterministically: python3 build.py"""
import json
import os
import random
import statistics
import sys

sys.dont_write_bytecode = True

from common import render  # noqa: E402
from gen_math_a import GENS_A
from gen_math_b import GENS_B
from gen_mc import make_mc
from gen_cls import make_cls
from gen_short import make_short

SEED = 4747
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev47.jsonl")
N_MATH, N_MATH_ZH = 186, 38
N_MC_EN, N_MC_ZH = 35, 8
N_CLS, N_CLS_ZH = 46, 10
N_SHORT_EN, N_SHORT_ZH = 41, 7


NOTABLE = {"partial_one_root", "open_vs_closed_endpoint", "swapped_order", "computed_BA_not_AB",
           "direction_flipped", "gave_x_coordinate", "conjugate"}


def trap_name(sem, tag):
    """Trap tags name the semantic test; the answer layout (tag) varies freely inside each."""
    return sem


def balanced(rng, n):
    seq = [i % 2 == 0 for i in range(n)]
    rng.shuffle(seq)
    return seq


def make_math(rng):
    gens = GENS_A + GENS_B
    zh_flags = [True] * N_MATH_ZH + [False] * (N_MATH - N_MATH_ZH)
    rng.shuffle(zh_flags)
    want = balanced(rng, N_MATH)
    out, seen, k = [], set(), 0
    order = list(range(len(gens)))
    rng.shuffle(order)
    while len(out) < N_MATH:
        g = gens[order[k % len(gens)]]
        k += 1
        zh = zh_flags[len(out)]
        d = g(rng, zh)
        if d["q"] in seen:
            continue
        seen.add(d["q"])
        ref = d["ref"]
        alts = [a for a in d["alts"] if a != ref]
        wrongs = [(w, t) for (w, t) in d["wrongs"] if w != ref and w not in alts]
        if not wrongs:
            continue
        good = want[len(out)]
        lang = "zh" if zh else "en"
        w, wtag = wrongs[rng.randrange(len(wrongs))]
        alt = alts[rng.randrange(len(alts))] if alts else None
        if good:
            mode = rng.choice(["correct", "correct", "equiv", "equiv", "restated", "self_corrected"])
            if mode in ("equiv", "restated") and not alt:
                mode = "correct"
            sub = {"correct": "same_form", "equiv": "equal_other_form", "restated": "restated_other_form",
                   "self_corrected": "self_corrected_to_right"}[mode]
        else:
            mode = rng.choice(["wrong"] * 6 + ["hedge", "hedge", "contradicts", "contradicts", "cutoff", "abandoned"])
            sub = {"wrong": "wrong_" + (wtag if wtag in NOTABLE else "value"), "hedge": "hedge_right_and_wrong",
                   "contradicts": "right_then_wrong_final",
                   "cutoff": "cut_off", "abandoned": "gave_up"}[mode]
        txt, tag = render(rng, lang, d["q"], d["steps"], d["rl"], ref, mode, wrong=w, alt=alt)
        out.append(dict(dataset=d["ds"], key_answer_type="math", question=d["q"], llm_output=txt,
                        correct_answer=ref, label="Correct" if good else "Incorrect", lang=lang,
                        trap=trap_name("math_" + sub, tag)))
    return out


def main():
    rng = random.Random(SEED)
    recs = make_math(rng)
    recs += make_mc(rng, N_MC_EN, N_MC_ZH, balanced(rng, N_MC_EN + N_MC_ZH))
    zf = [True] * N_CLS_ZH + [False] * (N_CLS - N_CLS_ZH)
    rng.shuffle(zf)
    recs += make_cls(rng, N_CLS, zf, balanced(rng, N_CLS))
    recs += make_short(rng, N_SHORT_EN, N_SHORT_ZH, balanced(rng, N_SHORT_EN), balanced(rng, N_SHORT_ZH))
    for r in recs:
        if not r["trap"].startswith("math_"):
            sem, tag = r["trap"].split("|")
            r["trap"] = trap_name(sem, tag)
    rng.shuffle(recs)
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]
    lines = []
    for i, r in enumerate(recs, 1):
        r["id"] = "d47-%04d" % i
        lines.append(json.dumps({k: r[k] for k in keys}, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    lens = [len(r["llm_output"]) for r in recs]
    print("wrote %d records; median output length %d" % (len(recs), statistics.median(lens)))


if __name__ == "__main__":
    main()
