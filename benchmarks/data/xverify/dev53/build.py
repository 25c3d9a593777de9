"""Build dev53.jsonl deterministically: python3 build.py"""
import json
import os
import random
from common import SEED
import gen_math
import gen_math2
import build_math
import gen_mc
import gen_text

HERE = os.path.dirname(os.path.abspath(__file__))
N_MATH, N_MC, N_CLS, N_SHORT = 186, 54, 32, 28


def main():
    rng = random.Random(SEED)
    fams = gen_math.FAMILIES + gen_math2.FAMILIES
    plan = [("math", i) for i in range(N_MATH)] + [("mc", i) for i in range(N_MC)] + \
        [("cls", i) for i in range(N_CLS)] + [("short", i) for i in range(N_SHORT)]
    rng.shuffle(plan)
    recs = []
    for kind, i in plan:
        zh = rng.random() < 0.25
        good = rng.random() < 0.5
        if kind == "math":
            r = build_math.build(rng, zh, fams[i % len(fams)], good)
        elif kind == "mc":
            r = gen_mc.build(rng, zh, fams, good)
        elif kind == "cls":
            r = gen_text.build_label(rng, zh, gen_text.LABEL_MAKERS[i % 4], good)
        else:
            r = gen_text.build_short(rng, zh and rng.random() < 0.6, good)
        recs.append(r)
    path = os.path.join(HERE, "dev53.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for n, r in enumerate(recs, 1):
            r["id"] = "d53-%04d" % n
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
