"""Build dev3.jsonl: hand-written cases (hand_*.txt) first, then generated ones.

Deterministic: every generated case uses its own random.Random seeded with a
fixed string, so running `python3 build.py` twice writes identical bytes."""
import json
import os
import random

import gen_choice
import gen_label
import gen_math_a
import gen_math_b
import gen_math_c
import gen_math_d
import gen_text
from gen_common import pick
from gen_compose import compose
from gen_notes import CONCEPT
from hand_format import load_all

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev3.jsonl")

MATH = [("shop", gen_math_a.shop), ("travel", gen_math_a.travel), ("dice", gen_math_a.dice),
        ("quadratic", gen_math_a.quadratic), ("system", gen_math_a.system), ("inequality", gen_math_a.inequality),
        ("polygon", gen_math_d.polygon), ("combos", gen_math_d.combos), ("series", gen_math_b.series),
        ("percent", gen_math_b.percent), ("matrix", gen_math_b.matrix), ("derivative", gen_math_b.derivative),
        ("modpow", gen_math_b.modpow), ("fractions_", gen_math_c.fractions_), ("scinot", gen_math_c.scinot),
        ("lcm_clock", gen_math_c.lcm_clock), ("units", gen_math_c.units)]
# number of generated cases per kind: (total, of which Chinese)
PLAN = {"math": (170, 28), "alphabet_option": (38, 6), "short_text": (30, 4), "categorical_label": (30, 5)}
FIELDS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang"]


def spread(n, k, rng):
    """Choose k of n indices, spread out (deterministic)."""
    idx = list(range(n))
    rng.shuffle(idx)
    return set(idx[:k])


def generate(kind, hand):
    total, nzh = PLAN[kind]
    hk = [c for c in hand if c["key_answer_type"] == kind]
    want_correct = (len(hk) + total) // 2 - sum(c["label"] == "Correct" for c in hk)
    prng = random.Random(f"dev3-plan-{kind}")
    labels = ["Correct"] * want_correct + ["Incorrect"] * (total - want_correct)
    prng.shuffle(labels)
    zh = spread(total, nzh, prng)
    fam_order = []
    while len(fam_order) < total:
        block = list(MATH)
        prng.shuffle(block)
        fam_order += block
    cases = []
    for i in range(total):
        rng = random.Random(f"dev3-{kind}-{i}")
        lang = "zh" if i in zh else "en"
        if kind == "math":
            name, fam = fam_order[i]
            prob = fam(rng, lang)
            prob["concept"] = CONCEPT[name][lang]
        elif kind == "alphabet_option":
            prob = gen_choice.choice(rng, lang)
        elif kind == "short_text":
            prob = gen_text.short_text(rng, lang)
        else:
            prob = gen_label.label_problem(rng, lang)
        out, mode, style = compose(rng, prob, labels[i])
        cases.append({"dataset": prob["dataset"], "key_answer_type": kind, "question": prob["question"],
                      "llm_output": out, "correct_answer": pick(rng, prob["refs"]), "label": labels[i], "lang": lang,
                      "_meta": f"{mode}/{style}"})
    return cases


def build():
    hand = load_all()
    cases = list(hand)
    for kind in PLAN:
        cases += generate(kind, hand)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i, c in enumerate(cases, 1):
            c["id"] = f"d3-{i:04d}"
            fh.write(json.dumps({k: c[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    return cases, len(hand)


if __name__ == "__main__":
    cs, nh = build()
    print(f"wrote {len(cs)} cases ({nh} hand-written, {len(cs) - nh} generated) to {OUT}")
