"""Build dev22.jsonl: python3 build.py (deterministic, standard library only)."""
import json
import os
import random
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import render  # noqa: E402
import labels  # noqa: E402
import math_a  # noqa: E402
import math_b  # noqa: E402
import math_c  # noqa: E402
import mc  # noqa: E402
import short  # noqa: E402
import zh_math  # noqa: E402

SEED = 2222
MODULES = [math_a, math_b, math_c, zh_math, mc, labels, short]
OUT = os.path.join(HERE, "dev22.jsonl")


def pick_style(rng, lang):
    if lang == "zh":
        return rng.choices(render.STYLES_ZH, weights=[3, 1, 1])[0]
    return rng.choices(render.STYLES_EN, weights=[5, 4, 2, 2, 1])[0]


def build():
    rng = random.Random(SEED)
    cases = []
    for mod in MODULES:
        for gen, n in mod.GENS:
            for i in range(n):
                ok = i % 2 == 0
                c = gen(rng, ok)
                style = c.get("style") or pick_style(rng, c["lang"])
                out = render.render(rng, c, style)
                cases.append({"dataset": c["dataset"], "key_answer_type": c["kat"], "question": c["question"],
                              "llm_output": out, "correct_answer": c["ref"], "label": c["label"],
                              "lang": c["lang"], "trap": c["trap"] or "plain"})
    seen, uniq = set(), []
    for c in cases:
        key = (c["question"], c["llm_output"])
        if key not in seen:
            seen.add(key)
            uniq.append(c)
    rng.shuffle(uniq)
    recs = []
    for k, c in enumerate(uniq):
        recs.append(dict({"id": "d22-%04d" % (k + 1)}, **c))
    return recs


def validate(recs):
    kats = {"alphabet_option", "math", "short_text", "categorical_label"}
    for r in recs:
        assert r["key_answer_type"] in kats, r
        assert r["label"] in ("Correct", "Incorrect"), r
        assert r["lang"] in ("en", "zh"), r
        assert r["question"] and r["llm_output"] and r["correct_answer"], r


def main():
    recs = build()
    validate(recs)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    lens = [len(r["llm_output"]) for r in recs]
    cnt = lambda k: sorted((v, sum(1 for r in recs if r[k] == v)) for v in set(r[k] for r in recs))
    print("cases", len(recs), "median_len", statistics.median(lens))
    for k in ("key_answer_type", "lang", "label"):
        print(k, cnt(k))


if __name__ == "__main__":
    main()
