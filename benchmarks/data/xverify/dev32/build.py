"""Build dev32.jsonl: hand-written cases from cases/*.txt plus generated cases. Run: python3 build.py"""
import glob
import os
import random

from common import parse_cases, render, write_jsonl
import gen_math
import gen_other

SEED = 3232
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer",
        "label", "lang", "trap"]


def main():
    rng = random.Random(SEED)
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "cases", "*.txt"))):
        for c in parse_cases(path):
            c["llm_output"] = render(c, rng)
            cases.append(c)
    cases += gen_math.generate(rng)
    cases += gen_other.generate(rng)
    rng.shuffle(cases)
    records = []
    for i, c in enumerate(cases, 1):
        c["id"] = f"d32-{i:04d}"
        records.append({k: c[k] for k in KEYS})
    write_jsonl(os.path.join(HERE, "dev32.jsonl"), records)
    print(f"wrote {len(records)} records")


if __name__ == "__main__":
    main()
