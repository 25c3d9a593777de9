"""Build dev51.jsonl deterministically: python3 build.py"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import build_case  # noqa: E402
from gen_math2 import MATH_GENS  # noqa: E402
from gen_mc import know_items, math_mc, mc_case  # noqa: E402
from gen_cls import CLS_GENS  # noqa: E402
from gen_short import FACT_EN, FACT_ZH, fact, drop_fg, drop_pop  # noqa: E402

SEED = 5151
N_MATH, N_MC, N_CLS, N_SHORT = 186, 42, 45, 47
P_ZH = 0.4
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev51.jsonl")

GSM = {"g_shop", "g_time", "g_percent", "g_gcd", "g_recipe", "g_work", "g_age", "g_speed"}
COLLEGE = {"g_deriv", "g_integral", "g_matrix", "g_complex"}


def math_ds(name, L):
    if name in GSM:
        return "gsm8k_like" if L == "en" else "cmath_like"
    if name == "g_aime":
        return "aime_like"
    if name in COLLEGE:
        return "college_math_like"
    return "math_like" if L == "en" else "gaokao_math_like"


def main():
    rng = random.Random(SEED)
    recs, seen = [], set()

    def add(ds, kat, q, out, ref, label, L, trap):
        recs.append({"id": None, "dataset": ds, "key_answer_type": kat, "question": q, "llm_output": out,
                     "correct_answer": ref, "label": label, "lang": L, "trap": trap})

    # math
    gens = list(MATH_GENS)
    i = 0
    while sum(1 for x in recs if x["key_answer_type"] == "math") < N_MATH:
        if i % len(gens) == 0:
            rng.shuffle(gens)
        g = gens[i % len(gens)]
        i += 1
        L = "zh" if rng.random() < P_ZH else "en"
        q, st, ref, alts, wr = g(rng, L)
        if q in seen or not wr:
            continue
        seen.add(q)
        out, lab, trap = build_case(rng, L, q, st, ref, alts, wr)
        add(math_ds(g.__name__, L), "math", q, out, ref, lab, L, trap)
    # multiple choice: knowledge bank, then computed items
    items = [("en", x) for x in know_items(rng, "en")] + [("zh", x) for x in know_items(rng, "zh")]
    while len(items) < N_MC:
        L = "zh" if rng.random() < P_ZH else "en"
        m = math_mc(rng, L, rng.choice(MATH_GENS))
        if m and m[0] not in seen:
            seen.add(m[0])
            items.append((L, m))
    for L, (stem, opts, ci, expl) in items:
        q, st, ref, alts, wr = mc_case(rng, L, stem, opts, ci, expl)
        out, lab, trap = build_case(rng, L, q, st, ref, alts, wr, mc=True)
        ds = ("mmlu_like" if L == "en" else "ceval_like") if "$" not in stem else ("gpqa_like" if L == "en" else "gaokao_mc_like")
        add(ds, "alphabet_option", q, out, ref, lab, L, trap)
    # classification
    n = 0
    tries = 0
    while n < N_CLS and tries < 5000:
        tries += 1
        g = rng.choice(CLS_GENS)
        L = "zh" if rng.random() < P_ZH else "en"
        q, st, ref, alts, wr = g(rng, L)
        if q in seen:
            continue
        seen.add(q)
        out, lab, trap = build_case(rng, L, q, st, ref, alts, wr)
        ds = {"nli": "cmnli_like" if L == "zh" else "mnli_like", "senti": "sentiment_like", "topic": "topic_like",
              "truefalse": "boolq_like"}[g.__name__]
        add(ds, "categorical_label", q, out, ref, lab, L, trap)
        n += 1
    # short answers
    facts = [("en", f) for f in FACT_EN] + [("zh", f) for f in FACT_ZH]
    n = 0
    for L, f in facts:
        q, st, ref, alts, wr = fact(rng, L, f)
        seen.add(q)
        out, lab, trap = build_case(rng, L, q, st, ref, alts, wr)
        add("simpleqa_like" if L == "en" else "chinese_simpleqa_like", "short_text", q, out, ref, lab, L, trap)
        n += 1
    while n < N_SHORT:
        L = "zh" if rng.random() < P_ZH else "en"
        q, st, ref, alts, wr = rng.choice([drop_fg, drop_pop])(rng, L)
        if q in seen:
            continue
        seen.add(q)
        out, lab, trap = build_case(rng, L, q, st, ref, alts, wr)
        add("drop_like", "short_text", q, out, ref, lab, L, trap)
        n += 1

    rng.shuffle(recs)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for k, r in enumerate(recs, 1):
            r["id"] = "d51-%04d" % k
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
