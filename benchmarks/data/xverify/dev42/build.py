"""Rebuild dev42.jsonl deterministically: python3 build.py"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_math  # noqa: E402
import gen_math2  # noqa: E402
import gen_word  # noqa: E402
import gen_zh  # noqa: E402
import gen_mc  # noqa: E402
from common import make_case  # noqa: E402

SEED = 4242
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev42.jsonl")
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]


def math_records(rng, families, per, lang):
    recs = []
    for fam in families:
        for _ in range(per):
            inst = fam(rng)
            wrong = {w for w, _ in inst["wr"]}
            assert inst["ref"] not in wrong, (fam.__name__, inst["ref"])
            assert not wrong & {e for e, _ in inst["eq"]}, fam.__name__
            out, label, trap = make_case(rng, inst, lang)
            recs.append(dict(dataset=inst["ds"], key_answer_type="math", question=inst["q"], llm_output=out,
                             correct_answer=inst["ref"], label=label, lang=lang, trap=trap))
    return recs


def build():
    rng = random.Random(SEED)
    recs = []
    en = gen_math.FAMILIES + gen_math2.FAMILIES + gen_word.FAMILIES
    recs += math_records(rng, en, 7, "en")
    recs += math_records(rng, gen_zh.FAMILIES, 6, "zh")
    for zh, n in ((False, 28), (True, 10)):
        for _ in range(n):
            q, out, g, label, trap = gen_mc.mc_case(rng, zh)
            recs.append(dict(dataset="mmlu_like", key_answer_type="alphabet_option", question=q, llm_output=out,
                             correct_answer=g, label=label, lang="zh" if zh else "en", trap=trap))
    for zh, facts in ((False, gen_mc.FACTS_EN), (True, gen_mc.FACTS_ZH)):
        for fact in facts:
            out, label, trap = gen_mc.short_case(rng, zh, fact)
            recs.append(dict(dataset="simpleqa_like", key_answer_type="short_text", question=fact[0], llm_output=out,
                             correct_answer=fact[1], label=label, lang="zh" if zh else "en", trap=trap))
    rng.shuffle(recs)
    lines = []
    for i, r in enumerate(recs, 1):
        r["id"] = f"d42-{i:04d}"
        lines.append(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    return recs


if __name__ == "__main__":
    rs = build()
    print(f"wrote {len(rs)} records to {OUT}")
