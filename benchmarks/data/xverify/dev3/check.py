"""Validate dev3.jsonl and print its statistics (counts by kind / language /
label, output-length median).  Exit status 1 on any problem."""
import collections
import json
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang"]
KINDS = ["math", "alphabet_option", "short_text", "categorical_label"]


def main(path=os.path.join(HERE, "dev3.jsonl")):
    errors, rows, ids = [], [], set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append(f"line {n}: not JSON ({e})")
                continue
            if list(r) != FIELDS and sorted(r) != sorted(FIELDS):
                errors.append(f"line {n}: fields {sorted(r)}")
                continue
            for k in FIELDS:
                if not isinstance(r[k], str) or not r[k].strip():
                    errors.append(f"line {n}: empty or non-string {k}")
            if r["key_answer_type"] not in KINDS:
                errors.append(f"line {n}: bad key_answer_type {r['key_answer_type']}")
            if r["label"] not in ("Correct", "Incorrect"):
                errors.append(f"line {n}: bad label {r['label']}")
            if r["lang"] not in ("en", "zh"):
                errors.append(f"line {n}: bad lang {r['lang']}")
            if r["id"] in ids:
                errors.append(f"line {n}: duplicate id {r['id']}")
            if r["id"] != f"d3-{n:04d}":
                errors.append(f"line {n}: id {r['id']} out of sequence")
            ids.add(r["id"])
            rows.append(r)
    N = len(rows)
    print(f"cases: {N}")
    print("\nkind               total   en   zh  Correct Incorrect")
    for k in KINDS:
        s = [r for r in rows if r["key_answer_type"] == k]
        print(f"{k:<18} {len(s):>5} {sum(r['lang'] == 'en' for r in s):>4} {sum(r['lang'] == 'zh' for r in s):>4}"
              f" {sum(r['label'] == 'Correct' for r in s):>8} {sum(r['label'] == 'Incorrect' for r in s):>9}")
    print(f"{'all':<18} {N:>5} {sum(r['lang'] == 'en' for r in rows):>4} {sum(r['lang'] == 'zh' for r in rows):>4}"
          f" {sum(r['label'] == 'Correct' for r in rows):>8} {sum(r['label'] == 'Incorrect' for r in rows):>9}")
    L = [len(r["llm_output"]) for r in rows]
    print(f"\nmath share: {sum(r['key_answer_type'] == 'math' for r in rows) / N:.1%}, "
          f"zh share: {sum(r['lang'] == 'zh' for r in rows) / N:.1%}")
    print(f"llm_output length (chars): median {statistics.median(L):.0f}, min {min(L)}, max {max(L)}, "
          f"< 500: {sum(x < 500 for x in L)}, >= 5000: {sum(x >= 5000 for x in L)}")
    for lang in ("en", "zh"):
        print(f"  median {lang}: {statistics.median([len(r['llm_output']) for r in rows if r['lang'] == lang]):.0f}")
    print("\ndatasets:", dict(sorted(collections.Counter(r["dataset"] for r in rows).items())))
    if errors:
        print("\nERRORS:\n" + "\n".join(errors[:50]))
        sys.exit(1)
    print("\nall lines parse; fields, allowed values and ids OK")


if __name__ == "__main__":
    main(*sys.argv[1:])
