"""Build dev28.jsonl: python3 build.py (deterministic, SEED 2828, atomic write)."""
import os
import random
import statistics
from collections import Counter

import gen_label
import gen_math
import gen_math2
import gen_mc
import gen_short
from common import record, run_code, write_jsonl
from shapes import EN_SHAPES, ZH_SHAPES, render

SEED = 2828
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev28.jsonl")


def mc(fmt):
    return lambda rng, zh: gen_mc.make(rng, zh, fmt)


# (families, lang, key_answer_type, kind, count)
SPECS = [
    (gen_math.MATH_A + gen_math2.MATH_B, "en", "math", "math", 128),
    (gen_math.ZH_A + gen_math2.ZH_B, "zh", "math", "math", 32),
    ([mc("inline")], "en", "alphabet_option", "mc", 14),
    ([mc("lines")], "en", "alphabet_option", "mc", 14),
    ([mc("numbered")], "en", "alphabet_option", "mc", 12),
    ([mc("zh")], "zh", "alphabet_option", "mc", 12),
    ([gen_label.nli], "en", "categorical_label", "label", 14),
    ([gen_label.nli], "zh", "categorical_label", "label", 8),
    ([gen_label.sentiment], "en", "categorical_label", "label", 10),
    ([gen_label.sentiment], "zh", "categorical_label", "label", 6),
    ([gen_label.topic], "en", "categorical_label", "label", 10),
    ([gen_short.fact], "en", "short_text", "short", 16),
    ([gen_short.observatory], "en", "short_text", "short", 14),
    ([gen_short.festival], "en", "short_text", "short", 10),
    ([gen_short.fact], "zh", "short_text", "short", 6),
    ([gen_short.festival], "zh", "short_text", "short", 6),
]
BAD_MODES = ["plain"] * 10 + ["overwrite"] * 3 + ["hedge"] * 2 + ["restate_diff"] * 3 + ["none"] * 2
MODE_TAG = {"overwrite": "correct_then_overwritten_by_wrong", "hedge": "hedge_between_two_values",
            "restate_diff": "restated_last_place_differs", "none": "no_final_answer"}


def make_case(rng, prob, lang, kat, kind, correct):
    c = dict(dataset=prob["dataset"], kat=kat, question=prob["question"], ref=prob["ref"], lang=lang,
             kind=kind, steps=prob["steps"], code=None, alt="")
    if correct:
        disp, tag = rng.choice(prob["ok"])
        c.update(label="Correct", final=disp, mode="plain", tag=tag)
        if prob.get("code_ok"):
            c["code"] = (prob["code_ok"], run_code(prob["code_ok"]))
        return c
    bdisp, btag, bsteps = rng.choice(prob["bad"])
    mode = rng.choice(BAD_MODES)
    if mode == "none" and kind != "math":
        mode = "plain"
    c.update(label="Incorrect", final=bdisp, mode=mode)
    if mode == "plain":
        c.update(steps=bsteps, tag=btag)
        if btag in prob.get("code_bad", {}):
            code = prob["code_bad"][btag]
            c["code"] = (code, run_code(code))
    elif mode == "none":
        c.update(steps=prob["steps"][:max(1, len(prob["steps"]) - 2)], tag=MODE_TAG[mode])
    else:
        c.update(alt=rng.choice(prob["ok"])[0], tag=MODE_TAG[mode] + "+" + btag)
    return c


def build():
    rng = random.Random(SEED)
    cases = []
    for fams, lang, kat, kind, count in SPECS:
        shapes = list(ZH_SHAPES if lang == "zh" else EN_SHAPES)
        start = rng.randrange(2)
        for i in range(count):
            if i % len(shapes) == 0:
                rng.shuffle(shapes)
            prob = fams[i % len(fams)](rng, lang == "zh")
            c = make_case(rng, prob, lang, kat, kind, (i + start) % 2 == 0)
            sh = shapes[i % len(shapes)]
            if kind == "math" and c["code"] and rng.random() < 0.15:
                sh = "code"
            if kind == "mc" and lang == "zh" and rng.random() < 0.4:
                sh = "zh_guxuan"
            text, eff = render(rng, c, sh)
            c["trap"] = f"{eff}/{c['tag']}"
            cases.append((c, text))
    rng.shuffle(cases)
    recs = [record(i, c, t) for i, (c, t) in enumerate(cases, 1)]
    write_jsonl(OUT, recs)
    return recs


def summary(recs):
    lens = [len(r["llm_output"]) for r in recs]
    print("total", len(recs), "median_len", statistics.median(lens), "min_len", min(lens))
    for k in ("key_answer_type", "lang", "label", "dataset"):
        print(k, dict(Counter(r[k] for r in recs)))
    print("shapes", dict(Counter(r["trap"].split("/")[0] for r in recs)))
    print("content", dict(Counter(r["trap"].split("/", 1)[1].split("+")[0] for r in recs)))


if __name__ == "__main__":
    summary(build())
