"""Build dev45.jsonl deterministically: python3 build.py"""
import os
import random
import statistics
from collections import Counter

import core_math
import gen_cls
import gen_math
import gen_mc
import gen_short
import styles
from common import record, write_jsonl

SEED = 4545
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev45.jsonl")

# (maker, number of English items, number of Chinese items)
PLAN = [
    ("gsm", 74, 18), ("math", 70, 18), ("drop", 21, 4),
    ("mc", 48, 12), ("cls", 31, 9), ("qa", 20, 5),
]


def make_core(rng, which, lang):
    if which == "gsm":
        return core_math.make(rng, lang, rng.choice(gen_math.GSM))
    if which == "math":
        return core_math.make(rng, lang, rng.choice(gen_math.MATH))
    if which == "drop":
        while True:
            r = gen_short._drop(rng, lang)
            if r:
                return r
    if which == "mc":
        return gen_mc.make(rng, lang)
    if which == "cls":
        return gen_cls.make(rng, lang)
    return gen_short._qa(rng, lang)


def main():
    rng = random.Random(SEED)
    items = []
    for which, n_en, n_zh in PLAN:
        for lang, n in (("en", n_en), ("zh", n_zh)):
            for _ in range(n):
                core, ds, kat, ref = make_core(rng, which, lang)
                trap = styles.choose_trap(rng, core, core["kind"])
                out, label = styles.build_output(rng, core, trap)
                items.append((ds, kat, core["q"], out, ref, label, lang, trap))
    rng.shuffle(items)
    recs = [record(i + 1, *it) for i, it in enumerate(items)]
    write_jsonl(OUT, recs)
    lens = [len(r["llm_output"]) for r in recs]
    print("cases", len(recs), "median_len", statistics.median(lens))
    for k in ("key_answer_type", "lang", "label", "dataset", "trap"):
        print(k, dict(sorted(Counter(r[k] for r in recs).items())))


if __name__ == "__main__":
    main()
