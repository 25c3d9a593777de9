"""Build dev44.jsonl deterministically: python3 build.py"""
import json
import os
import random
import sys
sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import compose  # noqa: E402
import gen_math_a  # noqa: E402
import gen_math_b  # noqa: E402
import gen_math_c  # noqa: E402
import gen_mc  # noqa: E402

SEED = 4444
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev44.jsonl")
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]
META = [("hedge", "Incorrect", "hedge_two_answers"), ("revise_good", "Correct", "self_correction_to_right"),
        ("cutoff", "Incorrect", "truncated_no_final_answer"), ("revise_good", "Correct", "self_correction_to_right"),
        ("revise_bad", "Incorrect", "late_revision_to_wrong")]
USED = {}


def pick_variants(rng, variants, n_c, n_i):
    out = []
    for lab, n in (("Correct", n_c), ("Incorrect", n_i)):
        cand = [(USED.get(v[2], 0), rng.random(), i) for i, v in enumerate(variants) if v[1] == lab]
        cand.sort()
        for _, _, i in cand[:n]:
            out.append(variants[i])
            USED[variants[i][2]] = USED.get(variants[i][2], 0) + 1
    return out


def records_for(rng, it, lang, question, n_c, n_i, meta):
    recs = []
    for v in pick_variants(rng, it["variants"], n_c, n_i):
        style = v[3] if len(v) > 3 else None
        recs.append((compose(rng, lang, it, v[0], style), v[1], v[2]))
    if meta is not None:
        mode, label, trap = meta
        good = rng.choice([v for v in it["variants"] if v[1] == "Correct"])[0]
        bad = rng.choice([v for v in it["variants"] if v[1] == "Incorrect"])[0]
        if mode in ("hedge", "revise_good"):
            recs.append((compose(rng, lang, it, good, None, mode, bad), label, trap))
        elif mode == "revise_bad":
            recs.append((compose(rng, lang, it, bad, None, mode, good), label, trap))
        else:
            recs.append((compose(rng, lang, it, good, None, mode), label, trap))
    return [dict(dataset=it["dataset"], key_answer_type=it["kat"], question=question, llm_output=o,
                 correct_answer=it["ref"], label=lab, lang=lang, trap=tr) for o, lab, tr in recs]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    fams = gen_math_a.FAMILIES + gen_math_b.FAMILIES + gen_math_c.FAMILIES
    meta_i = 0
    for rnd in range(4):
        for fi, fam in enumerate(fams):
            lang = "zh" if rng.random() < 0.2 else "en"
            for _ in range(50):
                it = fam(rng)
                if it["q"]["en"] not in seen:
                    break
            seen.add(it["q"]["en"])
            n_c, n_i = 1, 1
            meta = None
            if (rnd * len(fams) + fi) % 4 == 1:
                meta = META[meta_i % len(META)]
                meta_i += 1
            rows.extend(records_for(rng, it, lang, it["q"][lang], n_c, n_i, meta))
    for rnd in range(4):
        for ki, kind in enumerate(gen_mc.MC_KINDS):
            lang = "zh" if rng.random() < 0.2 else "en"
            for _ in range(50):
                it = gen_mc.make_mc(rng, kind, lang)
                if it["q"]["en"] + it["ref"] not in seen:
                    break
            seen.add(it["q"]["en"] + it["ref"])
            q = gen_mc.render_question(rng, it, lang)
            n_c, n_i = ((2, 1) if (rnd + ki) % 2 == 0 else (1, 2))
            rows.extend(records_for(rng, it, lang, q, n_c, n_i, None))
    rng.shuffle(rows)
    lines = []
    for i, r in enumerate(rows, 1):
        r["id"] = "d44-%04d" % i
        lines.append(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    return rows


if __name__ == "__main__":
    rows = build()
    print("wrote %d records to %s" % (len(rows), OUT))
