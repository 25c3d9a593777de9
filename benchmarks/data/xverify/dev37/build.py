"""Build dev37.jsonl deterministically: python3 build.py"""
import json
import os
import random
import statistics
from collections import Counter

import gen_drop
import gen_math_en
import gen_math_zh
import gen_short
import present
from common import KEYS

SEED = 3737
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev37.jsonl")

PLAN = dict(math_en=150, math_zh=40, drop_math_en=30, drop_math_zh=6, short_en=46, short_zh=12,
            nli_en=14, nli_zh=8)


def flags(rng, n):
    f = [i % 2 == 0 for i in range(n)]
    rng.shuffle(f)
    return f


def pick(rng, used, pool):
    low = min(used[t] for t in pool)
    t = rng.choice(sorted(t for t in pool if used[t] == low))
    used[t] += 1
    return t


def math_cases(rng, used, n, makers):
    out = []
    for want in flags(rng, n):
        P = rng.choice(makers)(rng)
        while not present.valid(P):
            P = rng.choice(makers)(rng)
        pool = [t for t in (present.CORRECT if want else present.INCORRECT) if present.applicable(P, t)]
        out.append(present.make(rng, P, pick(rng, used, pool)))
    return out


def drop_pools(rng, builders, need_m, need_s):
    maths, shorts = [], []
    while len(maths) < need_m or len(shorts) < need_s:
        m, s = rng.choice(builders)(rng)
        maths.extend(P for P in m if present.valid(P))
        shorts.extend(s)
    rng.shuffle(maths)
    rng.shuffle(shorts)
    return maths[:need_m], shorts[:need_s]


def build():
    rng = random.Random(SEED)
    used = Counter()
    recs = []
    recs += math_cases(rng, used, PLAN["math_en"], gen_math_en.ALL)
    recs += math_cases(rng, used, PLAN["math_zh"], gen_math_zh.ALL)
    for lang, builders in (("en", gen_drop.EN), ("zh", gen_drop.ZH)):
        maths, shorts = drop_pools(rng, builders, PLAN["drop_math_" + lang], PLAN["short_" + lang])
        for P, want in zip(maths, flags(rng, len(maths))):
            pool = [t for t in (present.CORRECT if want else present.INCORRECT) if present.applicable(P, t)]
            recs.append(present.make(rng, P, pick(rng, used, pool)))
        for S, want in zip(shorts, flags(rng, len(shorts))):
            pool = gen_short.S_CORRECT if want else gen_short.S_INCORRECT
            recs.append(gen_short.short_case(rng, S, pick(rng, used, pool)))
    for lang in ("en", "zh"):
        for want in flags(rng, PLAN["nli_" + lang]):
            pool = gen_short.L_CORRECT if want else gen_short.L_INCORRECT
            recs.append(gen_short.nli_case(rng, lang, pick(rng, used, pool)))
    rng.shuffle(recs)
    seen = set()
    final = []
    for r in recs:
        k = (r["question"], r["llm_output"])
        if k in seen:
            continue
        seen.add(k)
        final.append(r)
    for i, r in enumerate(final, 1):
        r["id"] = "d37-%04d" % i
    return [{k: r[k] for k in KEYS} for r in final]


def main():
    recs = build()
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    lens = [len(r["llm_output"]) for r in recs]
    print("cases", len(recs), "median_len", statistics.median(lens))
    for key in ("key_answer_type", "lang", "label", "dataset"):
        print(key, dict(sorted(Counter(r[key] for r in recs).items())))
    print("traps", dict(sorted(Counter(r["trap"] for r in recs).items())))


if __name__ == "__main__":
    main()
