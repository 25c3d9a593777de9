#!/usr/bin/env python3
"""Build heldout2.jsonl: a labelled evaluation set for an answer verifier.

Standard library only; deterministic (fixed seeds).  Programmatic cases come
from the generator modules in this folder; hand-written cases are parsed from
hand_*.txt and merged.  Run:  python3 build_heldout2.py
"""
import json
import os
import random
import statistics
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import styles  # noqa: E402
import math_en_a as MA  # noqa: E402
import math_en_b as MB  # noqa: E402
import gsm_en as GE  # noqa: E402
import math_zh as MZ  # noqa: E402
import gen_text as GT  # noqa: E402
import hand  # noqa: E402

SEED = 20250611

# family -> (count, supports 'near')
EN_MATH = [
    (MA.quad, 7, True), (MA.system, 6, True), (MA.ineq, 7, True), (MA.prob, 7, True), (MA.inclexcl, 6, True),
    (MA.powmod, 6, False), (MA.counting, 6, False), (MB.dist, 6, True), (MB.shoelace, 5, True), (MB.matmul, 5, False),
    (MB.cross, 5, False), (MB.expeq, 5, False), (MB.compose, 5, False), (MB.series, 6, True), (MB.line, 6, True),
    (MB.circle, 5, True), (GE.shopping, 5, False), (GE.wages, 5, True), (GE.speed, 5, True), (GE.recipe, 4, False),
    (GE.savings, 5, True), (GE.percent, 5, False), (GE.ages, 5, True), (GE.pipes, 4, False),
    (MB.base_conv, 6, True), (MB.extrema, 6, True),
]
ZH_MATH = [(MZ.jitu, 4, True), (MZ.gongcheng, 3, False), (MZ.quad_zh, 4, True), (MZ.ineq_zh, 4, True),
           (MZ.discount, 3, False), (MZ.series_zh, 3, True), (MZ.xiangyu, 3, True), (MZ.mo_qiu, 3, True)]

MODES = [("ok", 20), ("alt", 27), ("recover", 5), ("slip", 21), ("near", 14), ("hedge", 4), ("trunc", 3), ("abandon", 6)]


def pick_mode(rng, near_ok):
    r = rng.uniform(0, sum(w for _, w in MODES))
    for m, w in MODES:
        r -= w
        if r <= 0:
            break
    if m == "near" and not near_ok:
        m = "slip"
    return m


def run_family(fn, rng, mode):
    base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
    res = fn(rng, base)
    if base != mode:
        styles.apply_mode(res, mode, rng)
    res["mode"] = mode
    return res


def to_case(res, rng):
    out = styles.render(res, rng, res.get("force_style"))
    return {"dataset": res["dataset"], "key_answer_type": res["type"], "question": res["q"], "llm_output": out,
            "correct_answer": res["ref"], "label": res["label"], "lang": res["lang"],
            "_src": "gen:" + res.get("mode", "?") + ":" + res.get("style", "?")}


def math_cases(rng):
    cases = []
    for table in (EN_MATH, ZH_MATH):
        for fn, n, near_ok in table:
            for _ in range(n):
                res = run_family(fn, rng, pick_mode(rng, near_ok))
                cases.append(to_case(res, rng))
    return cases


def main():
    rng = random.Random(SEED)
    cases = math_cases(rng)
    cases += [to_case(r, rng) for r in GT.all_text(random.Random(SEED + 1))]
    cases += hand.load_all(HERE)
    order = random.Random(SEED + 2)
    order.shuffle(cases)
    path = os.path.join(HERE, "..", "..", "..", "..", "src", "nanofrontier", "xverify", "data", "heldout2.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, c in enumerate(cases, 1):
            row = {"id": "h2-%04d" % i}
            row.update({k: c[k] for k in ("dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang")})
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    report(cases)


def report(cases):
    n = len(cases)
    t = Counter((c["key_answer_type"], c["lang"], c["label"]) for c in cases)
    print("total", n)
    for k in sorted(t):
        print("  %-18s %-3s %-9s %4d" % (k + (t[k],)))
    print("math share %.3f" % (sum(c["key_answer_type"] == "math" for c in cases) / n))
    print("zh share %.3f" % (sum(c["lang"] == "zh" for c in cases) / n))
    print("correct share %.3f" % (sum(c["label"] == "Correct" for c in cases) / n))
    lens = [len(c["llm_output"]) for c in cases]
    print("median llm_output length", statistics.median(lens), "min", min(lens), "max", max(lens))
    print("hand-written", sum(c["_src"].startswith("hand") for c in cases))
    if "-v" in sys.argv:
        by = {}
        for c in cases:
            by.setdefault(c["_src"].split(":")[0] + ":" + c["dataset"], []).append(len(c["llm_output"]))
        for k in sorted(by):
            print("  %-28s n=%3d median=%d" % (k, len(by[k]), statistics.median(by[k])))


if __name__ == "__main__":
    main()
