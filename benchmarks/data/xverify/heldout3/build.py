"""Rebuild heldout3.jsonl from the hand-written case files and the generators.

    python3 build.py            # writes heldout3.jsonl and prints the counts table
Deterministic: the generators use fixed seeds and the final order uses a fixed shuffle seed.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_math  # noqa: E402
import gen_other  # noqa: E402

FIELDS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]
SEP = "##### CASE"


def parse_hand(path):
    """Parse a hand_*.txt file: blocks start with '##### CASE', then 'key: value' headers,
    then '@@ question', '@@ llm_output', '@@ correct_answer' sections."""
    cases, cur, sec = [], None, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line == SEP:
                cur, sec = {"_src": os.path.basename(path)}, None
                cases.append(cur)
                continue
            if cur is None:
                continue
            if line.startswith("@@ ") and line[3:].strip() in ("question", "llm_output", "correct_answer"):
                sec = line[3:].strip()
                cur[sec] = []
                continue
            if sec is None:
                if line.strip():
                    k, v = line.split(":", 1)
                    cur[k.strip()] = v.strip()
                continue
            cur[sec].append(line)
    out = []
    for c in cases:
        d = dict(dataset=c["dataset"], key_answer_type=c["type"],
                 question="\n".join(c["question"]).strip("\n"), llm_output="\n".join(c["llm_output"]).strip("\n"),
                 correct_answer="\n".join(c["correct_answer"]).strip("\n"), label=c["label"], lang=c["lang"],
                 trap=c.get("trap", "hand_written"), _meta="hand:" + c["_src"])
        out.append(d)
    return out


def main():
    hand = []
    for p in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
        hand += parse_hand(p)
    # Balance the generated labels against the hand-written ones, per kind.
    def need(kind, total):
        h = [c for c in hand if c["key_answer_type"] == kind]
        hc = sum(c["label"] == "Correct" for c in h)
        return max(0, (total + len(h)) // 2 - hc)
    n_math = 176
    ok_math = need("math", n_math)
    math = gen_math.generate(ok_math, n_math - ok_math, 30)
    other_sizes = gen_other.sizes()
    other = gen_other.generate(ok_share={k: need(k, v) for k, v in other_sizes.items()})
    allc = hand + math + other
    rng = random.Random(20240603)
    rng.shuffle(allc)
    with open(os.path.join(HERE, "heldout3.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, c in enumerate(allc, 1):
            c["id"] = "h3-%04d" % i
            f.write(json.dumps({k: c[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    report(allc)


def report(allc):
    kinds = ["math", "alphabet_option", "short_text", "categorical_label"]
    print("%-18s %-4s %8s %10s %6s" % ("kind", "lang", "Correct", "Incorrect", "total"))
    for k in kinds:
        for lg in ("en", "zh"):
            s = [c for c in allc if c["key_answer_type"] == k and c["lang"] == lg]
            ok = sum(c["label"] == "Correct" for c in s)
            print("%-18s %-4s %8d %10d %6d" % (k, lg, ok, len(s) - ok, len(s)))
    ok = sum(c["label"] == "Correct" for c in allc)
    print("%-18s %-4s %8d %10d %6d" % ("all", "", ok, len(allc) - ok, len(allc)))
    ls = sorted(len(c["llm_output"]) for c in allc)
    n = len(ls)
    med = (ls[(n - 1) // 2] + ls[n // 2]) / 2
    hand = sum(c["_meta"].startswith("hand:") for c in allc)
    zh = sum(c["lang"] == "zh" for c in allc)
    print("hand-written: %d (%.1f%%)  zh: %d (%.1f%%)  math: %.1f%%" % (
        hand, 100 * hand / n, zh, 100 * zh / n, 100 * sum(c["key_answer_type"] == "math" for c in allc) / n))
    print("llm_output chars: median %.0f, min %d, max %d, >=5000: %d, <300: %d" % (
        med, ls[0], ls[-1], sum(x >= 5000 for x in ls), sum(x < 300 for x in ls)))


if __name__ == "__main__":
    main()
