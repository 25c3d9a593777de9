"""Build dev39.jsonl deterministically: python3 build.py"""
import json
import os
import random

import gen_label
import gen_math
import gen_math2
import gen_mc
import gen_short

SEED = 3939
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev39.jsonl")


def main():
    rng = random.Random(SEED)
    recs = []
    for mod in (gen_math, gen_math2, gen_mc, gen_short, gen_label):
        recs.extend(mod.build(rng))
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"d39-{i:04d}"
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
