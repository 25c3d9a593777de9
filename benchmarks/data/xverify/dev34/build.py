"""Build dev34.jsonl deterministically: python3 build.py"""
import os
import random
import statistics
from collections import Counter
from common import write_jsonl
from gen_math import gen_math_mc, gen_math_multi
from gen_know import gen_know_mc, gen_know_multi
from gen_cls import gen_nli, gen_sentiment, gen_topic
from gen_yesno import gen_yesno

SEED = 3434
HERE = os.path.dirname(os.path.abspath(__file__))

PLAN = [  # (generator, count, lang)
    (gen_math_mc, 74, "en"), (gen_math_mc, 14, "zh"),
    (gen_math_multi, 11, "en"), (gen_math_multi, 3, "zh"),
    (gen_know_mc, 76, "en"), (gen_know_mc, 14, "zh"),
    (gen_know_multi, 9, "en"), (gen_know_multi, 3, "zh"),
    (gen_nli, 26, "en"), (gen_nli, 10, "zh"),
    (gen_sentiment, 15, "en"), (gen_sentiment, 5, "zh"),
    (gen_topic, 15, "en"), (gen_topic, 5, "zh"),
    (gen_yesno, 26, "en"), (gen_yesno, 6, "zh"),
]


def main():
    rng = random.Random(SEED)
    records = []
    for gen, n, lang in PLAN:
        flags = [i % 2 == 0 for i in range(n)]
        rng.shuffle(flags)
        records.extend(gen(rng, n, lang, flags, lambda: rng.randint(1150, 2600)))
    rng.shuffle(records)
    final = []
    for i, r in enumerate(records, 1):
        final.append({"id": f"d34-{i:04d}", **r})
    write_jsonl(os.path.join(HERE, "dev34.jsonl"), final)
    lens = [len(r["llm_output"]) for r in final]
    print("total", len(final), "median_len", statistics.median(lens), "min", min(lens))
    for k in ("key_answer_type", "lang", "label", "dataset"):
        print(k, dict(Counter(r[k] for r in final)))
    print("traps", len(Counter(r["trap"] for r in final)))


if __name__ == "__main__":
    main()
