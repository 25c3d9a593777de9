"""Entry point: python3 build.py rebuilds dev24.jsonl deterministically."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_ineq  # noqa: E402
import gen_trig_seq  # noqa: E402
import gen_calc  # noqa: E402
import gen_geo  # noqa: E402
import gen_mc  # noqa: E402

SEED = 2024
PLAN = [
    (gen_ineq.quad_ineq, 22), (gen_ineq.param_range, 22), (gen_ineq.set_ops, 16),
    (gen_trig_seq.trig, 22), (gen_trig_seq.seq_affine, 18), (gen_trig_seq.seq_sum, 16),
    (gen_calc.extrema, 22), (gen_calc.calculus, 22), (gen_calc.limits, 18), (gen_calc.complexes, 18),
    (gen_geo.circles, 16), (gen_geo.tangents, 14), (gen_geo.points, 16), (gen_geo.piecewise, 12),
    (gen_geo.prob_count, 20),
    (gen_mc.math_mc, 60), (gen_mc.phys_chem, 24),
]


def build():
    rng = random.Random(SEED)
    cases = []
    for fn, n in PLAN:
        got = fn(rng, n)
        assert len(got) == n, fn.__name__
        cases.extend(got)
    rng.shuffle(cases)
    seen = set()
    lines = []
    uniq = []
    for c in cases:
        key = (c["question"], c["llm_output"])
        if key in seen:  # rare identical draw: keep only the first copy
            continue
        seen.add(key)
        uniq.append(c)
    cases = uniq
    for i, c in enumerate(cases, 1):
        rec = {"id": f"d24-{i:04d}"}
        rec.update(c)
        lines.append(json.dumps(rec, ensure_ascii=False))
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "dev24.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)
    return cases


if __name__ == "__main__":
    cs = build()
    print(f"wrote {len(cs)} cases")
