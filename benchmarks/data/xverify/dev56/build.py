"""Build dev56.jsonl deterministically: python3 build.py"""
import os
import random
from common import record, dumps
import gen_math, gen_mc, gen_cls, gen_short

SEED = 5656
HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = [(gen_math, 195, 39), (gen_mc, 36, 8), (gen_cls, 36, 8), (gen_short, 33, 5)]


def labels_for(rng, n):
    labs = ["Correct"] * (n // 2) + ["Incorrect"] * (n - n // 2)
    rng.shuffle(labs)
    return labs


def main():
    rng = random.Random(SEED)
    cases = []
    for mod, n, zn in PLAN:
        cases += mod.generate(rng, n, zn, labels_for(rng, n))
    rng.shuffle(cases)
    lines = []
    for i, c in enumerate(cases, 1):
        lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in c["q"]) else "en"
        lines.append(dumps(record(i, c["dataset"], c["kat"], c["q"], c["out"], c["ref"], c["label"], lang, c["trap"])))
    path = os.path.join(HERE, "dev56.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)
    print("wrote %d cases to %s" % (len(lines), path))


if __name__ == "__main__":
    main()
