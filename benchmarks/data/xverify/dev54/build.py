"""Build dev54.jsonl deterministically: python3 build.py"""
import json
import os
import random
import statistics
from collections import Counter

import gen_math
import gen_math2
import gen_mc
import gen_cls
import gen_short
from common import build_output

SEED = 5454
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev54.jsonl")
PLAN = [("math", "en", 140), ("math", "zh", 35), ("mc", "en", 31), ("mc", "zh", 8),
        ("cls", "en", 34), ("cls", "zh", 8), ("short", "en", 35), ("short", "zh", 9)]
MATH_GENS = gen_math.GENS + gen_math2.GENS2


def make(rng, kind, lang, used):
    if kind == "math":
        g = rng.choice(MATH_GENS)
        d = g(rng, lang)
        if d is None or d["q"] in used:
            return None
        used.add(d["q"])
        d["kat"] = "math"
        d["concl"] = gen_math.cc(lang, rng)
        return d
    if kind == "mc":
        return (gen_mc.fact_mc if rng.random() < 0.5 else gen_mc.calc_mc)(rng, lang, used)
    if kind == "cls":
        return gen_cls.cls_item(rng, lang, used)
    return gen_short.short_item(rng, lang, used)


def main():
    rng = random.Random(SEED)
    slots = [(k, l) for k, l, n in PLAN for _ in range(n)]
    rng.shuffle(slots)
    used, recs = set(), []
    for kind, lang in slots:
        d = None
        while d is None:
            d = make(rng, kind, lang, used)
        d["good"] = list(dict.fromkeys(d["good"]))
        d["bad"] = [b for b in dict.fromkeys(d["bad"]) if b not in d["good"]]
        text, label, trap = build_output(rng, d, lang)
        recs.append({"id": "d54-%04d" % (len(recs) + 1), "dataset": d["ds"], "key_answer_type": d["kat"],
                     "question": d["q"], "llm_output": text, "correct_answer": d["good"][0], "label": label,
                     "lang": lang, "trap": trap})
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    c = lambda k: dict(sorted(Counter(r[k] for r in recs).items()))
    print(len(recs), c("key_answer_type"), c("lang"), c("label"))
    print("median len", statistics.median(len(r["llm_output"]) for r in recs))
    print(c("dataset"))
    print(dict(Counter(r["trap"].split("/")[0] for r in recs)))


if __name__ == "__main__":
    main()
