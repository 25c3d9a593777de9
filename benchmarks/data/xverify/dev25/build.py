"""Entry point: python3 build.py -> dev25.jsonl (deterministic, seeded)."""
import json
import os
import random

import choice_gen
import drop_gen
import facts_en
import facts_zh

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    rng = random.Random(20251207)
    recs = facts_en.build(rng) + facts_zh.build(rng) + drop_gen.build(rng) + choice_gen.build(rng)
    rng.shuffle(recs)
    path = os.path.join(HERE, "dev25.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            r = {"id": f"d25-{i:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    print(f"wrote {len(recs)} records to {path}")


if __name__ == "__main__":
    main()
