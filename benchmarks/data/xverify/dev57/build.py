"""Build dev57.jsonl deterministically: python3 build.py"""
import json, os, random
from common import MODES, realise
import gen_math, gen_math_zh
from gen_mc import mc_item
from gen_cls import cls_item
from gen_short import short_item

SEED = 5757
HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = {"math": (122, 52), "mc": (27, 12), "cls": (29, 13), "short": (32, 13)}

def modes(rng, n):
    out = []
    while len(out) < n:
        m = [x[0] for x in MODES]; rng.shuffle(m); out.extend(m)
    return out[:n]

def main():
    rng = random.Random(SEED)
    recs = []
    for cat, (n_en, n_zh) in PLAN.items():
        for lang, n in (("en", n_en), ("zh", n_zh)):
            ms = modes(rng, n)
            for i in range(n):
                if cat == "math":
                    fams = gen_math.EN if lang == "en" else gen_math_zh.ZH
                    f = fams[i % len(fams)]
                    item = f(rng)
                    ds = ("gsm8k_like" if f.__name__ in ("shop", "work", "percent", "clock", "units", "yuan") else
                          "aime_like" if f.__name__ == "aime" else "gaokao_math_like" if lang == "zh" else "math_like")
                    recs.append(realise(rng, lang, ds, "math", item, ms[i], "math_" + f.__name__))
                elif cat == "mc":
                    item = mc_item(rng, lang, i)
                    recs.append(realise(rng, lang, "ceval_like" if lang == "zh" else "mmlu_like", "alphabet_option", item, ms[i], "mc"))
                elif cat == "cls":
                    ds, item = cls_item(rng, lang, i)
                    recs.append(realise(rng, lang, ds, "categorical_label", item, ms[i], "cls"))
                else:
                    ds, item = short_item(rng, lang, i)
                    recs.append(realise(rng, lang, ds, "short_text", item, ms[i], "short"))
    rng.shuffle(recs)
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]
    path = os.path.join(HERE, "dev57.jsonl"); tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for k, r in enumerate(recs, 1):
            r["id"] = "d57-%04d" % k
            fh.write(json.dumps({x: r[x] for x in keys}, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    print("wrote", len(recs), "records to", path)

if __name__ == "__main__":
    main()
