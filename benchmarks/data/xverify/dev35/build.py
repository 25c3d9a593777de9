"""Build dev35.jsonl: answers stated inside sentences and descriptions. Run: python3 build.py"""
import json
import os
import random

import gen_math
import gen_math_zh
import gen_short
import gen_yesno

SEED = 3535
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev35.jsonl")
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]


def main():
    rng = random.Random(SEED)
    recs = []
    recs += gen_math.generate(rng, 110)
    recs += gen_math_zh.generate(rng, 27)
    recs += gen_short.generate_en(rng, 20, 54)
    recs += gen_short.generate_zh(rng, 8)
    recs += gen_yesno.generate_en(rng, 12, 8, 8)
    recs += gen_yesno.generate_zh(rng, 6, 6)
    rng.shuffle(recs)
    lines = []
    for i, r in enumerate(recs, 1):
        r = dict(r, id="d35-%04d" % i)
        assert r["label"] in ("Correct", "Incorrect") and r["lang"] in ("en", "zh")
        lines.append(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    print("wrote %d records to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
