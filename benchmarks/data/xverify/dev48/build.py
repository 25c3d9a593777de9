"""Build dev48.jsonl: python3 build.py (deterministic, atomic)."""
import json
import os
import random
import statistics
import compose
import gen_math
import gen_math2
import gen_math3
import gen_mc
import gen_cls
import gen_short

SEED = 4848
HERE = os.path.dirname(os.path.abspath(__file__))
N_MATH = 181


def main():
    rng = random.Random(SEED)
    fams = gen_math.FAMILIES + gen_math2.FAMILIES2 + gen_math3.FAMILIES3
    items = []
    seen = set()
    i = 0
    while len(items) < N_MATH:
        fam = fams[i % len(fams)]
        i += 1
        lang = "zh" if rng.random() < 0.15 else "en"
        spec = fam(rng, lang)
        if spec["q"] in seen:
            continue
        seen.add(spec["q"])
        spec["lang"] = lang
        ds = "gaokao_math_like" if lang == "zh" else gen_math3.DATASET.get(fam.__name__, "math_like")
        items.append((spec, ds, "math"))
    for spec in gen_mc.all_items(rng):
        items.append((spec, "ceval_like" if spec["lang"] == "zh" else rng.choice(["mmlu_like", "gpqa_like"]), "alphabet_option"))
    for spec in gen_cls.all_items(rng):
        items.append((spec, "cmnli_like" if spec["lang"] == "zh" else "classification_like", "categorical_label"))
    for spec in gen_short.all_items(rng):
        items.append((spec, "drop_like" if spec["q"].startswith(("Passage", "阅读")) else "simpleqa_like", "short_text"))
    uniq = []
    for it in items:
        if it[2] == "math" or it[0]["q"] not in seen:
            seen.add(it[0]["q"])
            uniq.append(it)
    items = uniq
    rng.shuffle(items)
    recs = []
    for k, (spec, ds, kat) in enumerate(items):
        label = "Correct" if k % 2 == 0 else "Incorrect"
        rec = compose.build(rng, spec, label, ds, kat)
        recs.append(dict([("id", "d48-%04d" % (k + 1))] + list(rec.items())))
    path = os.path.join(HERE, "dev48.jsonl")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    print(len(recs), "records; median output length", statistics.median(len(r["llm_output"]) for r in recs))


if __name__ == "__main__":
    main()
