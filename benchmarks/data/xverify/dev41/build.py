"""Build dev41.jsonl deterministically: python3 build.py"""
import json
import os
import random
from common import compose_en, mode_cycle, label_of
from gen_math import FAMILIES
from gen_math2 import FAMILIES2
from gen_math3 import FAMILIES3
from gen_mc import build_mc
from gen_zh import ZH_FAMILIES, compose_zh, zh_mc

SEED = 4141
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev41.jsonl")
PER_EN_FAMILY = 11
PER_ZH_FAMILY = 8
N_MC, N_SHORT, N_ZH_MC = 28, 10, 8
GSM = {"minutes", "sentence_number", "percent_change", "word_fraction", "zh_minutes", "zh_percent"}


def main():
    rng = random.Random(SEED)
    rows = []
    fams = FAMILIES + FAMILIES2 + FAMILIES3
    for fam in fams:
        for mode in mode_cycle(rng, PER_EN_FAMILY):
            p = fam(rng)
            text, tag = compose_en(rng, p, mode)
            ds = "gsm8k_like" if fam.__name__ in GSM else "math_like"
            rows.append((ds, "math", p, text, fam.__name__ + ":" + tag, mode, "en"))
    for fam in ZH_FAMILIES:
        for mode in mode_cycle(rng, PER_ZH_FAMILY):
            p = fam(rng)
            text, tag = compose_zh(rng, p, mode)
            ds = "gsm8k_like" if fam.__name__ in GSM else "math_like"
            rows.append((ds, "math", p, text, fam.__name__ + ":" + tag, mode, "zh"))
    for r in build_mc(rng, N_MC, N_SHORT, mode_cycle(rng, N_MC), mode_cycle(rng, N_SHORT)):
        rows.append(r + ("en",))
    for i, mode in enumerate(mode_cycle(rng, N_ZH_MC)):
        fam = ZH_FAMILIES[i % len(ZH_FAMILIES)]
        p = zh_mc(rng, fam)
        text, tag = compose_zh(rng, p, mode)
        rows.append(("mmlu_like", "alphabet_option", p, text, "mc_" + fam.__name__ + ":" + tag, mode, "zh"))
    rng.shuffle(rows)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for i, (ds, kat, p, text, trap, mode, lang) in enumerate(rows, 1):
            rec = {"id": "d41-%04d" % i, "dataset": ds, "key_answer_type": kat, "question": p["q"],
                   "llm_output": text, "correct_answer": p["ref"], "label": label_of(mode), "lang": lang,
                   "trap": trap}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print("wrote %d records to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
