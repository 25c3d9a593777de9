"""Build dev46.jsonl deterministically: python3 build.py"""
import json
import os
import random

from common import build_output, choose_scen
from gen_math import EN_FAMILIES
from gen_math_zh import ZH_FAMILIES
from gen_mc import make_mc
from gen_cls import make_cls
from gen_short import make_short

SEED = 4646
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev46.jsonl")
N_MATH_EN, N_MATH_ZH = 156, 37
N_MC_EN, N_MC_ZH = 36, 8
N_CLS_EN, N_CLS_ZH = 37, 9
N_SH_EN, N_SH_ZH = 40, 9


def unique_items(rng, fams, n):
    out, seen, i = [], set(), 0
    while len(out) < n:
        f = fams[i % len(fams)]; i += 1
        for _ in range(20):
            it = f(rng)
            if it["question"] not in seen and it["bads"]:
                seen.add(it["question"]); out.append(it); break
    return out


def main():
    rng = random.Random(SEED)
    fe = list(EN_FAMILIES); rng.shuffle(fe)
    fz = list(ZH_FAMILIES); rng.shuffle(fz)
    items = unique_items(rng, fe, N_MATH_EN) + unique_items(rng, fz, N_MATH_ZH)
    items += make_mc(rng, N_MC_EN, N_MC_ZH) + make_cls(rng, N_CLS_EN, N_CLS_ZH) + make_short(rng, N_SH_EN, N_SH_ZH)
    seen, uniq = set(), []
    for it in items:
        if it["question"] not in seen:
            seen.add(it["question"]); uniq.append(it)
    items = uniq
    rng.shuffle(items)
    flags = [i % 2 == 0 for i in range(len(items))]
    rng.shuffle(flags)
    recs = []
    for k, (it, ok) in enumerate(zip(items, flags)):
        scen = choose_scen(rng, ok)
        text, label, trap = build_output(rng, it, scen)
        recs.append({"id": f"d46-{k+1:04d}", "dataset": it["dataset"], "key_answer_type": it["kat"],
                     "question": it["question"], "llm_output": text, "correct_answer": it["ref"], "label": label,
                     "lang": it["lang"], "trap": trap})
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
