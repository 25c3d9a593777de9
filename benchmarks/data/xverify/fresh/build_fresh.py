#!/usr/bin/env python3
"""Build var_fresh.jsonl: an independent held-out set for the answer verifier.

Standard library only, deterministic.  Math cases are generated from small parametrised problem families
(fresh_math.py; number forms in fresh_numbers.py, output styles and traps in fresh_outputs.py; all values
computed with exact Fractions); multiple-choice, short-text, categorical and a few hand-made math cases live
in fresh_cases.py.  Run:  python3 build_fresh.py   (writes src/nanofrontier/xverify/data/var_fresh.jsonl)
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import fresh_cases  # noqa: E402
from fresh_math import FAMILIES  # noqa: E402
from fresh_outputs import KINDS, L, make_case  # noqa: E402

RNG = random.Random(20250611)

CASES = []


def add(dataset, kat, q, out, ref, label, lang, trap):
    CASES.append(dict(dataset=dataset, key_answer_type=kat, question=q, llm_output=out,
                      correct_answer=ref, label=label, lang=lang, trap=trap))


def build_math():
    k = 0
    for fam in FAMILIES:
        for i in range(7):
            d = fam(RNG)
            lang = "zh" if (k % 10) in (1, 4, 7) else "en"
            kind = KINDS[k % len(KINDS)]
            k += 1
            out, label, trap = make_case(kind, d, lang, RNG)
            ref = d["ref"]
            add(fam.__name__.replace("fam_", "gen_"), "math", L(d["q"], lang), out, ref, label, lang, trap)


def validate(rows):
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]
    ids = set()
    for r in rows:
        assert list(r) == keys, r
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["key_answer_type"] in ("alphabet_option", "math", "short_text", "categorical_label")
        assert r["label"] in ("Correct", "Incorrect") and r["lang"] in ("en", "zh")
        assert all(isinstance(r[k], str) and r[k].strip() for k in keys), r


def main():
    build_math()
    for c in fresh_cases.all_cases():
        add(*c)
    rows = []
    for i, c in enumerate(CASES):
        rows.append(dict(id="fr-%04d" % (i + 1), **c))
    validate(rows)
    path = os.path.join(HERE, "..", "..", "..", "..", "src", "nanofrontier", "xverify", "data", "var_fresh.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    validate(back)
    n = len(back)
    print(f"{n} cases -> {path}")
    print("| key_answer_type | n | share | Correct | Incorrect | zh |")
    print("|---|---|---|---|---|---|")
    for t in ("math", "alphabet_option", "short_text", "categorical_label"):
        sub = [r for r in back if r["key_answer_type"] == t]
        c = sum(r["label"] == "Correct" for r in sub)
        z = sum(r["lang"] == "zh" for r in sub)
        print(f"| {t} | {len(sub)} | {100 * len(sub) / n:.1f}% | {c} | {len(sub) - c} | {z} |")
    c = sum(r["label"] == "Correct" for r in back)
    z = sum(r["lang"] == "zh" for r in back)
    print(f"| **total** | {n} | 100% | {c} ({100 * c / n:.1f}%) | {n - c} | {z} ({100 * z / n:.1f}%) |")
    print("distinct traps:", len(Counter(r["trap"] for r in back)))


if __name__ == "__main__":
    main()
