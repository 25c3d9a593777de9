"""Build dev49.jsonl deterministically: python3 build.py"""
import json
import os
import random
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import gen_math  # noqa: E402
import gen_math2  # noqa: E402
import gen_math_zh  # noqa: E402
import gen_mc  # noqa: E402
import gen_cls  # noqa: E402
import gen_short  # noqa: E402

SEED = 4949
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev49.jsonl")
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]


def math_cases(rng, gens, per, lang, seen):
    out = []
    for g in gens:
        made = 0
        tries = 0
        while made < per and tries < 50:
            tries += 1
            ds, q, setup, forms, wrongs = g(rng)
            if q in seen:
                continue
            seen.add(q)
            fd = {f[0] for f in forms}
            wrongs = [w for w in wrongs if w[0] not in fd]
            out.append(common.make_case(rng, lang, ds, "math", q, setup, forms, wrongs))
            made += 1
    return out


def main():
    rng = random.Random(SEED)
    seen = set()
    cases = []
    cases += math_cases(rng, gen_math.GENS + gen_math2.GENS, 6, "en", seen)
    cases += math_cases(rng, gen_math_zh.GENS, 5, "zh", seen)
    cases += gen_mc.build(rng)
    cases += gen_cls.build(rng)
    cases += gen_short.build(rng)
    rng.shuffle(cases)
    lines = []
    for i, c in enumerate(cases, 1):
        c["id"] = "d49-%04d" % i
        lines.append(json.dumps({k: c[k] for k in KEYS}, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    lens = [len(c["llm_output"]) for c in cases]
    print("cases", len(cases), "median_len", statistics.median(lens))


if __name__ == "__main__":
    main()
