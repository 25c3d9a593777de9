"""Build dev30.jsonl deterministically: python3 build.py"""
import json
import os
import random
import statistics
from collections import Counter

import gen_algebra
import gen_sets
from common import build_trace, pick_mode, MODE_TAG
from gen_mc import make_mc, same
from gen_short import make_short

SEED = 3030
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev30.jsonl")
N_MATH_EN, N_MATH_ZH, N_MC_EN, N_MC_ZH, N_SHORT_EN, N_SHORT_ZH = 180, 44, 48, 12, 28, 8
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]


def make_math(rng, fam, lang, want_correct):
    gens = dict(gen_algebra.GENS, **gen_sets.GENS)
    g = gens[fam](rng, lang)
    wrong = [w for w in g["wrong"] if w[0] != g["ref"] and not (w[2] is not None and same(w[2], g["refval"]))]
    right = [r for r in g["right"] if r[0] != g["ref"]]
    w = rng.choice(wrong)
    r = rng.choice(right)
    if want_correct:
        mode = pick_mode(rng, True)
        ans = r[0] if (mode in ("plain", "words") or rng.random() < 0.5) else g["ref"]
        tag = r[1] if mode == "plain" else ("stated_in_words" if mode == "words" else MODE_TAG[mode])
        text = build_trace(rng, lang, g["steps"], mode, ans, w[0])
        label = "Correct"
    else:
        mode = pick_mode(rng, False)
        tag = w[1] if mode == "plain_wrong" else MODE_TAG[mode]
        ans = r[0] if rng.random() < 0.5 else g["ref"]
        text = build_trace(rng, lang, g["steps"], mode, ans, w[0])
        label = "Incorrect"
    return dict(dataset=g["dataset"], key_answer_type="math", question=g["question"], llm_output=text,
                correct_answer=g["ref"], label=label, lang=lang, trap=tag)


def labels(rng, n):
    ls = [True] * (n // 2) + [False] * (n - n // 2)
    rng.shuffle(ls)
    return ls


def main():
    rng = random.Random(SEED)
    en_f = sorted(gen_algebra.GENS) + sorted(gen_sets.GENS)
    zh_f = [f for f in en_f if f != "residue"]
    recs = []
    for lang, n, fams in (("en", N_MATH_EN, en_f), ("zh", N_MATH_ZH, zh_f)):
        order = (fams * (n // len(fams) + 1))[:n]
        rng.shuffle(order)
        for fam, c in zip(order, labels(rng, n)):
            recs.append(make_math(rng, fam, lang, c))
    for lang, n in (("en", N_MC_EN), ("zh", N_MC_ZH)):
        for c in labels(rng, n):
            recs.append(make_mc(rng, lang, c))
    for lang, n in (("en", N_SHORT_EN), ("zh", N_SHORT_ZH)):
        for c in labels(rng, n):
            recs.append(make_short(rng, lang, c))
    rng.shuffle(recs)
    lines = []
    for i, r in enumerate(recs, 1):
        r["id"] = f"d30-{i:04d}"
        lines.append(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    lens = [len(r["llm_output"]) for r in recs]
    print("total", len(recs), "median_len", statistics.median(lens))
    for k in ("key_answer_type", "lang", "label", "dataset"):
        print(k, dict(Counter(r[k] for r in recs)))
    print("traps", dict(sorted(Counter(r["trap"] for r in recs).items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
