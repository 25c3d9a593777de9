"""Build dev43.jsonl deterministically: python3 build.py"""
import json
import os
import random

import gen_algebra
import gen_calculus
import gen_mc
import gen_physics

SEED = 4343
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev43.jsonl")
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]
N_CORRECT = 146
N_INCORRECT = 134


def main():
    rng = random.Random(SEED)
    math_recs = gen_physics.generate(rng) + gen_calculus.generate(rng) + gen_algebra.generate(rng)
    other = gen_mc.generate(rng)
    rng.shuffle(math_recs)
    cor = [r for r in math_recs if r["label"] == "Correct"][:N_CORRECT]
    inc = [r for r in math_recs if r["label"] == "Incorrect"][:N_INCORRECT]
    math_recs = cor + inc
    recs = math_recs + other
    rng.shuffle(recs)
    lines = []
    for i, r in enumerate(recs, 1):
        r = dict(r, id="d43-%04d" % i)
        lines.append(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    print("wrote %d records to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
