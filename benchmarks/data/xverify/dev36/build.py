"""Build dev36.jsonl: expression/structure math answers in long reasoning traces. Run: python3 build.py"""
import json
import os
import random
import statistics
from collections import Counter

from common import SEED, wrap
import gen_poly
import gen_geom
import gen_ineq
import gen_linalg
import gen_trig
import gen_calc
import gen_func
import gen_mc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev36.jsonl")
N_MATH, N_MC = 256, 64
MATH = (gen_poly.ITEMS + gen_geom.ITEMS + gen_ineq.ITEMS + gen_linalg.ITEMS + gen_trig.ITEMS
        + gen_calc.ITEMS + gen_func.ITEMS)


def balanced(rng, n, p_true):
    k = round(n * p_true)
    xs = [True] * k + [False] * (n - k)
    rng.shuffle(xs)
    return xs


def math_record(rng, gen, lang, correct):
    it = gen(rng)
    cand = hedge = None
    if correct:
        form, trap = rng.choice(it["good"])
        r = rng.random()
        if r < 0.2:
            cand = rng.choice(it["bad"])[0]
            trap = "self_corrected_to_equiv_form"
    else:
        form, trap = rng.choice(it["bad"])
        r = rng.random()
        if r < 0.08:
            hedge = rng.choice(it["good"])[0]
            form, hedge = (hedge, form) if rng.random() < 0.5 else (form, hedge)
            trap = "hedge_correct_and_wrong"
        elif r < 0.25:
            cand = it["ref"]
            trap = "revised_away_from_correct"
    out = wrap(rng, lang, it["q"][lang], it["work"], form, cand=cand, hedge=hedge, plain=rng.random() < 0.15)
    return dict(dataset="math_like", key_answer_type="math", question=it["q"][lang], llm_output=out,
                correct_answer=it["ref"], label="Correct" if correct else "Incorrect", lang=lang, trap=trap)


def mc_record(rng, lang, correct):
    q, final, key, work, trap, cand, hedge = gen_mc.make_mc(rng, lang, correct)
    out = wrap(rng, lang, q, work, final, cand=cand, hedge=hedge, plain=rng.random() < 0.2)
    return dict(dataset="mmlu_like", key_answer_type="alphabet_option", question=q, llm_output=out,
                correct_answer=key, label="Correct" if correct else "Incorrect", lang=lang, trap=trap)


def build():
    rng = random.Random(SEED)
    recs = []
    labs = balanced(rng, N_MATH, 0.5)
    langs = balanced(rng, N_MATH, 0.2)
    gens = [MATH[i % len(MATH)] for i in range(N_MATH)]
    rng.shuffle(gens)
    for g, lab, lg in zip(gens, labs, langs):
        recs.append(math_record(rng, g, "zh" if lg else "en", lab))
    labs = balanced(rng, N_MC, 0.5)
    langs = balanced(rng, N_MC, 0.2)
    for lab, lg in zip(labs, langs):
        recs.append(mc_record(rng, "zh" if lg else "en", lab))
    rng.shuffle(recs)
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]
    lines = []
    for i, r in enumerate(recs, 1):
        r["id"] = f"d36-{i:04d}"
        lines.append(json.dumps({k: r[k] for k in keys}, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    return recs


def summary(recs):
    print("total", len(recs))
    for k in ("key_answer_type", "lang", "label", "dataset"):
        print(k, dict(Counter(r[k] for r in recs)))
    print("median llm_output length", statistics.median(len(r["llm_output"]) for r in recs))
    for t, c in sorted(Counter(r["trap"] for r in recs).items()):
        print(f"  {t}: {c}")


if __name__ == "__main__":
    summary(build())
