"""Build dev29.jsonl deterministically: python3 build.py"""
import json
import os
import random

import gen_chem
import gen_finance
import gen_mc
import gen_physics
import gen_short
import gen_stats
import gen_zh

SEED = 2929
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]


def main():
    rng = random.Random(SEED)
    recs = []
    recs += gen_physics.generate(rng)
    recs += gen_chem.generate(rng)
    recs += gen_finance.generate(rng)
    recs += gen_stats.generate(rng)
    recs += gen_zh.generate(rng)
    recs += gen_mc.generate(rng)
    recs += gen_short.generate(rng)
    rng.shuffle(recs)
    path = os.path.join(HERE, "dev29.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(recs, 1):
            r = dict(r, id="d29-%04d" % i)
            f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    print("wrote %d records to %s" % (len(recs), path))


if __name__ == "__main__":
    main()
