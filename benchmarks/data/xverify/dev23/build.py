"""Entry point: python3 build.py  ->  dev23.jsonl (deterministic, one seeded random.Random)."""
import json
import os
import random

import facts_data
import math_compose
import math_en
import math_zh
import mc_en
import mc_zh
import reading
import short_facts

SEED = 2323
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev23.jsonl")


def labels(rng, n, p_wrong=0.45):
    k = round(n * p_wrong)
    labs = ["Incorrect"] * k + ["Correct"] * (n - k)
    rng.shuffle(labs)
    return labs


def build():
    rng = random.Random(SEED)
    seen, recs = set(), []

    def add(fn, tries=30):
        for _ in range(tries):
            r = fn()
            if r["question"] not in seen:
                seen.add(r["question"])
                recs.append(r)
                return
        raise RuntimeError("could not make a unique question")

    for i, lab in enumerate(labels(rng, 140)):
        g = math_en.GENS[i % len(math_en.GENS)]
        add(lambda: math_compose.make(rng, g, "en", lab))
    for i, lab in enumerate(labels(rng, 35)):
        g = math_zh.GENS[i % len(math_zh.GENS)]
        add(lambda: math_compose.make(rng, g, "zh", lab))
    for item, lab in zip(facts_data.EN_FACTS, labels(rng, len(facts_data.EN_FACTS))):
        add(lambda: short_facts.make(rng, item, "en", lab))
    for item, lab in zip(facts_data.ZH_FACTS, labels(rng, len(facts_data.ZH_FACTS))):
        add(lambda: short_facts.make(rng, item, "zh", lab))
    rl = iter(labels(rng, 38))
    for r in reading.make_all(rng, 38, lambda: next(rl)):
        if r["question"] not in seen:
            seen.add(r["question"])
            recs.append(r)
    for item, lab in zip(mc_en.KNOW, labels(rng, len(mc_en.KNOW))):
        add(lambda: mc_en.know(rng, item, lab))
    for lab in labels(rng, 14):
        add(lambda: mc_en.math_mc(rng, lab))
    for i, lab in enumerate(labels(rng, 16)):
        add(lambda: mc_en.nli(rng, lab, i))
    for lab in labels(rng, 12):
        add(lambda: mc_en.sentiment(rng, lab))
    for lab in labels(rng, 14):
        add(lambda: mc_en.yesno(rng, lab))
    for item, lab in zip(mc_zh.KNOW, labels(rng, len(mc_zh.KNOW))):
        add(lambda: mc_zh.know(rng, item, lab))
    for i, lab in enumerate(labels(rng, 8)):
        add(lambda: mc_zh.nli(rng, lab, i))
    for lab in labels(rng, 5):
        add(lambda: mc_zh.sentiment(rng, lab))
    for lab in labels(rng, 5):
        add(lambda: mc_zh.yesno(rng, lab))
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"d23-{i:04d}", **r})
    return out


def main():
    recs = build()
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
