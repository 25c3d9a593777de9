"""Entry point: python3 build.py  ->  dev27.jsonl (deterministic)."""
import json
import os
import random

import gen_math
import gen_word
import gen_mc
import gen_short

SEED = 2727
HERE = os.path.dirname(os.path.abspath(__file__))

# (function, count, probability of Chinese when the function supports it)
PLAN = ([(f, 12, 0.35 if f in gen_math.ZH_OK else 0.0) for f in gen_math.ALL]
        + [(f, 12, 0.35 if f in gen_word.ZH_OK else 0.0) for f in gen_word.ALL]
        + [(gen_mc.mc, 46, 0.25), (gen_mc.nli, 20, 0.45), (gen_mc.sentiment, 16, 0.45),
           (gen_short.drop, 34, 0.0), (gen_short.date_q, 12, 0.0), (gen_short.time_q, 10, 0.0),
           (gen_short.fact, 20, 0.25)])


def build():
    rng = random.Random(SEED)
    out, seen = [], set()
    for fn, n, pzh in PLAN:
        made = tries = 0
        while made < n and tries < n * 20:
            tries += 1
            lang = "zh" if rng.random() < pzh else "en"
            ok = rng.random() < 0.4
            c = fn(rng, lang, ok)
            key = (c["question"], c["llm_output"])
            if key in seen:
                continue
            seen.add(key)
            out.append(c)
            made += 1
    rng.shuffle(out)
    path = os.path.join(HERE, "dev27.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for i, c in enumerate(out, 1):
            rec = {"id": "d27-%04d" % i}
            rec.update(c)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return out


if __name__ == "__main__":
    cases = build()
    print("wrote %d cases" % len(cases))
