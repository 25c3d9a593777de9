"""Build dev55.jsonl deterministically: python3 build.py"""
import json, os, random
from gen_math import GENS, DATASET
from gen_mc import gen_mc
from gen_text import gen_cls, gen_short
from compose import compose

SEED = 5555
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev55.jsonl")
PLAN = [("math", 180, 36), ("mc", 39, 8), ("cls", 41, 8), ("short", 40, 8)]


def valid(p):
    bad = {p["ans"]} | set(p["forms"])
    if p["wrong"][0] in bad:
        return False
    p["wrong"] = [w for w in p["wrong"] if w not in bad]
    p["forms"] = [f for f in dict.fromkeys(p["forms"]) if f != p["ans"]]
    return bool(p["wrong"])


def main():
    rng = random.Random(SEED)
    recs, seen = [], set()
    for cat, n, nzh in PLAN:
        zh_idx = set(rng.sample(range(n), nzh))
        wants = [k % 2 == 0 for k in range(n)]
        rng.shuffle(wants)
        for i in range(n):
            lang = "zh" if i in zh_idx else "en"
            for _ in range(50):
                if cat == "math":
                    g = GENS[i % len(GENS)]
                    p = g(rng, lang)
                    ds, kat = DATASET.get(g, "math_like"), "math"
                elif cat == "mc":
                    _, p = gen_mc(rng, lang, i)
                    ds, kat = ("ceval_like" if lang == "zh" else rng.choice(["mmlu_like", "gpqa_like"])), "alphabet_option"
                elif cat == "cls":
                    ds, p = gen_cls(rng, lang, i)
                    kat = "categorical_label"
                else:
                    ds, p = gen_short(rng, lang, i)
                    kat = "short_text"
                if valid(p) and p["q"] not in seen:
                    break
            seen.add(p["q"])
            want = wants[i]
            out, label, trap, _ = compose(rng, p, lang, want, mc=(cat == "mc"))
            recs.append({"dataset": ds, "key_answer_type": kat, "question": p["q"], "llm_output": out,
                         "correct_answer": p["ans"], "label": label, "lang": lang, "trap": trap})
    rng.shuffle(recs)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for k, rec in enumerate(recs, 1):
            rec = {"id": "d55-%04d" % k, **rec}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print("wrote", len(recs), "records to", OUT)


if __name__ == "__main__":
    main()
