"""Builds dev50.jsonl (general VAR-style verifier set, math-heavy). Run: python3 build.py"""
import json
import os
import random
import statistics

import gen_math_a
import gen_math_b
import gen_math_c
import gen_mc
import gen_cls
import gen_short
from compose import compose

SEED = 5050
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev50.jsonl")
N_MATH, N_MC, N_CLS, N_SHORT = 256, 21, 21, 22
ZH = {"math": 52, "mc": 4, "cls": 4, "short": 4}

CORRECT = [("committed_reference_form", 3), ("equal_form", 4), ("self_correction_to_right", 1.5),
           ("restated_in_other_form", 1.5), ("rejects_mentioned_wrong", 1), ("answer_stated_first", 1)]
INCORRECT = [("wrong_value", 3), ("near_miss", 2), ("hedge_two_answers", 2), ("cutoff_no_answer", 1),
             ("revised_away_from_right", 1.5), ("final_contradicts_earlier", 1.5), ("abandoned_no_answer", 1),
             ("two_conflicting_boxes", 1)]
STORY = {"committed_reference_form": "plain", "equal_form": "plain", "self_correction_to_right": "self_correction",
         "restated_in_other_form": "restated_other_form", "rejects_mentioned_wrong": "mentions_wrong_then_rejects",
         "answer_stated_first": "answer_first", "wrong_value": "wrong_value", "near_miss": "near_miss",
         "hedge_two_answers": "hedge", "cutoff_no_answer": "cutoff", "revised_away_from_right": "revised_away_from_right",
         "final_contradicts_earlier": "final_contradicts_earlier", "abandoned_no_answer": "no_final_answer",
         "two_conflicting_boxes": "two_conflicting_boxes"}


def pick(r, table, ok):
    opts = [(t, w) for t, w in table if ok(t)]
    x = r.random() * sum(w for _, w in opts)
    for t, w in opts:
        x -= w
        if x <= 0:
            return t
    return opts[-1][0]


def math_cases(r):
    gens = gen_math_a.GENS + gen_math_b.GENS + gen_math_c.GENS
    zh_flags = [True] * ZH["math"] + [False] * (N_MATH - ZH["math"])
    r.shuffle(zh_flags)
    out, seen, i = [], set(), 0
    order = list(gens)
    r.shuffle(order)
    while len(out) < N_MATH:
        g = order[i % len(order)]
        i += 1
        zh = zh_flags[len(out)]
        c = g(r, zh)
        if c["q"] in seen or not c["wrongs"]:
            continue
        seen.add(c["q"])
        c["zh"] = zh
        out.append(c)
    return out


def other_cases(r, mod, n, nzh):
    flags = [True] * nzh + [False] * (n - nzh)
    r.shuffle(flags)
    out, seen, idx, k = [], set(), {True: 0, False: 0}, 0
    while len(out) < n and k < 500:
        k += 1
        zh = flags[len(out)]
        c = mod.make(r, zh, idx[zh])
        idx[zh] += 1
        if c["q"] in seen or not c["wrongs"]:
            continue
        seen.add(c["q"])
        c["zh"] = zh
        out.append(c)
    return out


def build():
    r = random.Random(SEED)
    cases = math_cases(r) + other_cases(r, gen_mc, N_MC, ZH["mc"]) + other_cases(r, gen_cls, N_CLS, ZH["cls"]) + \
        other_cases(r, gen_short, N_SHORT, ZH["short"])
    r.shuffle(cases)
    labels = ["Correct"] * (len(cases) // 2) + ["Incorrect"] * (len(cases) - len(cases) // 2)
    r.shuffle(labels)
    recs = []
    for n, (c, lab) in enumerate(zip(cases, labels), 1):
        has_alt = bool(c["alts"])
        if lab == "Correct":
            tag = pick(r, CORRECT, lambda t: has_alt or t not in ("equal_form", "restated_in_other_form"))
        else:
            tag = pick(r, INCORRECT, lambda t: True)
        story = STORY[tag]
        wrong = c["wrongs"][0] if tag == "near_miss" else r.choice(c["wrongs"])
        alt = r.choice(c["alts"]) if tag in ("equal_form", "restated_in_other_form") else None
        if tag == "self_correction_to_right" and has_alt and r.random() < 0.4:
            alt = r.choice(c["alts"])
        text = compose(r, 1 if c["zh"] else 0, c, story, c["ref"], wrong, alt)
        full_tag = tag + ("_" + c["shape"] if tag in ("equal_form", "near_miss") else "")
        ds = c["ds"]
        if c["zh"] and c["kat"] == "math":
            ds = "cn_primary_math_like" if ds in ("gsm8k_like", "cn_primary_math_like") else "gaokao_math_like"
        recs.append({"id": "d50-%04d" % n, "dataset": ds, "key_answer_type": c["kat"], "question": c["q"],
                     "llm_output": text, "correct_answer": c["ref"], "label": lab, "lang": "zh" if c["zh"] else "en",
                     "trap": full_tag})
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    return recs


if __name__ == "__main__":
    recs = build()
    lens = [len(x["llm_output"]) for x in recs]
    print("cases", len(recs), "median_len", statistics.median(lens))
