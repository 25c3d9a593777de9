#!/usr/bin/env python3
"""Build the nanofrontier xverify development set (var_dev.jsonl).

Standard library only, fully deterministic (fixed seed). Written for this
project as an independent development set; see README.md in this folder.
The families live in ``dev_gen/``, one module each.

    python3 benchmarks/data/xverify/dev/build_dev.py
"""

import json
from pathlib import Path

from dev_gen.cases import CASES, R
from dev_gen.classification import build_cl
from dev_gen.math_algebra import (
    fam_area,
    fam_hyp,
    fam_inequality,
    fam_line,
    fam_matrix,
    fam_quadratic,
    fam_symbolic,
    fam_system,
)
from dev_gen.math_word import fam_chicken, fam_misc, fam_percent, fam_prob, fam_revenue, fam_sci, fam_zh_bigcount
from dev_gen.multiple_choice import build_mc
from dev_gen.short_answer import build_sa

HERE = Path(__file__).resolve().parent


# The math families run in name order; every family draws from the one seeded R, so this order fixes the bytes.
MATH_FAMILIES = (fam_area, fam_chicken, fam_hyp, fam_inequality, fam_line, fam_matrix, fam_misc, fam_percent,
                 fam_prob, fam_quadratic, fam_revenue, fam_sci, fam_symbolic, fam_system, fam_zh_bigcount)


def main():
    for fam in MATH_FAMILIES:
        fam()
    # keep math near 40%: drop some short, plain equivalence cases deterministically
    math_idx = [i for i, c in enumerate(CASES) if c["key_answer_type"] == "math"]
    drop_pool = [i for i in math_idx if CASES[i]["trap"] in ("equiv_form", "plain") and CASES[i]["lang"] == "en" and len(CASES[i]["llm_output"]) < 700]
    R.shuffle(drop_pool)
    drop = set(drop_pool[:40])
    kept = [c for i, c in enumerate(CASES) if i not in drop]
    CASES[:] = kept
    build_mc()
    build_sa()
    build_cl()
    order = list(range(len(CASES)))
    R.shuffle(order)
    rows = [CASES[i] for i in order]
    with open(HERE.parents[3] / "src" / "nanofrontier" / "xverify" / "data" / "var_dev.jsonl", "w",
              encoding="utf-8") as f:
        for n, c in enumerate(rows, 1):
            rec = {"id": f"dv-{n:04d}"}
            rec.update(c)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(rows), "cases written")


if __name__ == "__main__":
    main()
