"""Rebuild dev31.jsonl deterministically: python3 build.py"""
import json
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_names, gen_places, gen_dates, gen_numbers, gen_spans, gen_mc, gen_labels, gen_zh_text, gen_zh_num  # noqa

SEED = 3131
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev31.jsonl")
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]


def main():
    rng = random.Random(SEED)
    cases = []
    for mod in (gen_names, gen_places, gen_dates, gen_numbers, gen_spans, gen_mc, gen_labels,
                gen_zh_text, gen_zh_num):
        cases.extend(mod.generate(rng))
    rng.shuffle(cases)
    lines = []
    for i, c in enumerate(cases, 1):
        rec = {"id": "d31-%04d" % i}
        rec.update(c)
        assert list(rec) == KEYS, list(rec)
        lines.append(json.dumps(rec, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    lens = sorted(len(c["llm_output"]) for c in cases)
    n = len(lens)
    med = lens[n // 2] if n % 2 else (lens[n // 2 - 1] + lens[n // 2]) / 2
    print("cases", n, "median_len", med)
    for k in ("key_answer_type", "lang", "label", "dataset"):
        print(k, dict(sorted(Counter(c[k] for c in cases).items())))
    print("traps", dict(sorted(Counter(c["trap"] for c in cases).items())))


if __name__ == "__main__":
    main()
