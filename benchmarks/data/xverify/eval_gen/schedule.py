"""Schedule: which trap each procedural case gets, and the four ``gen_*`` functions that draw the cases.

``build_eval.build`` calls them in the order math, multiple choice, short answer, classification on one
``random.Random``; that order, and the order of draws inside each, fixes the bytes of ``var_eval.jsonl``.
"""

from __future__ import annotations

import random

from .classification import class_items, compose_class
from .math_cases import MATH_TEMPLATES, compose_math
from .math_word import m_bottles
from .math_zh import z_population
from .multiple_choice import MC_POOL, compose_mc, mc_computed, mc_layout
from .short_answer import FACT_POOL, compose_short, s_census, s_football, s_town

C, I_ = "Correct", "Incorrect"
GEN_MATH = [("plain", C), ("plain", I_), ("boxed", C), ("self_correction", C), ("self_correction", I_),
            ("hedged", I_), ("truncated", I_), ("boxed", I_), ("no_answer", I_), ("rejected_value", I_),
            ("rejected_value", C), ("followup_question", C), ("followup_question", I_), ("fewshot_recital", C),
            ("fewshot_recital", I_), ("question_echo", I_), ("question_echo", C), ("repetition_truncation", I_),
            ("repetition_truncation", C), ("think_mismatch", C), ("think_mismatch", I_), ("plain", C),
            ("self_correction", C), ("plain", I_), ("boxed", I_), ("self_correction", I_)]
NEEDS_INT = {("followup_question", I_), ("fewshot_recital", I_)}

GEN_MC = [("plain", C, "inline"), ("plain", I_, "lines"), ("boxed", C, "inline"), ("option_text_only", C, "lines"),
          ("wrong_option_text", I_, "inline"), ("label_in_sentence", C, "inline"), ("label_in_sentence", I_, "lines"),
          ("stray_A", C, "inline"), ("stray_A", I_, "inline"), ("multiple_answers", I_, "inline"),
          ("hedged", I_, "lines"), ("self_correction", C, "inline"), ("self_correction", I_, "lines"),
          ("rejected_value", I_, "inline"), ("rejected_value", C, "lines"), ("truncated", I_, "inline"),
          ("no_answer", I_, "lines"), ("fewshot_recital", C, "inline"), ("fewshot_recital", I_, "inline"),
          ("roman_labels", C, "roman"), ("roman_labels", I_, "roman"), ("arabic_labels", C, "arabic"),
          ("arabic_labels", I_, "arabic"), ("option_text_only", C, "roman"), ("enh_random_option", C, "enh_random"),
          ("enh_random_option", I_, "enh_random"), ("enh_drop_option", C, "enh_drop"), ("think_mismatch", C, "inline"),
          ("think_mismatch", I_, "lines"), ("plain", C, "lines"), ("plain", I_, "inline"), ("boxed", I_, "lines")]

GEN_SHORT = [("plain", C), ("plain", I_), ("hedged", I_), ("no_answer", I_), ("truncated", I_), ("self_correction", C),
             ("self_correction", I_), ("rejected_value", I_), ("rejected_value", C), ("think_mismatch", C),
             ("think_mismatch", I_), ("question_echo", I_), ("plain", C)]

GEN_CLASS = [("plain", C), ("plain", I_), ("label_in_sentence", C), ("label_in_sentence", I_), ("negation", C),
             ("negation", I_), ("synonyms", C), ("synonyms", I_), ("hedged", I_), ("multiple_answers", I_),
             ("self_correction", C), ("self_correction", I_), ("no_answer", I_), ("truncated", I_),
             ("think_mismatch", C), ("think_mismatch", I_), ("boxed", C), ("plain", C), ("synonyms", C)]


def case(ds, kat, q, out, ref, label, lang, trap) -> dict:
    return {"id": "", "dataset": ds, "key_answer_type": kat, "question": q, "llm_output": out,
            "correct_answer": ref, "label": label, "lang": lang, "trap": trap}


def gen_math(rng: random.Random) -> list[dict]:
    out, g = [], 0
    for tmpl in MATH_TEMPLATES:
        probe = tmpl(rng)
        pairs = sorted({(a[0], a[1]) for a in probe["alts"]})
        bad_pairs = [p for p in pairs if p[1] == I_]
        good_pairs = [p for p in pairs if p[1] == C]
        if tmpl in (m_bottles, z_population):  # the number-format templates: cover every format variant
            chosen = list(pairs)
        else:
            chosen = rng.sample(bad_pairs, min(1, len(bad_pairs)))
            chosen += rng.sample(good_pairs, min(1, len(good_pairs)))
        n_generic = 3 if tmpl.__name__.startswith("m_") else 2
        jobs = chosen + [None] * n_generic
        for job in jobs:
            it = tmpl(rng)
            if job is None or job not in {(a[0], a[1]) for a in it["alts"]}:
                while True:
                    job = GEN_MATH[g % len(GEN_MATH)]
                    g += 1
                    if job not in NEEDS_INT or (it["ival"] or 0) >= 2:
                        break
            trap, label = job
            text = compose_math(rng, it, trap, label)
            out.append(case(it["ds"], "math", it["q"], text, it["ref"], label, it["lang"], trap))
    return out


def gen_mc(rng: random.Random) -> list[dict]:
    items = list(MC_POOL) + [mc_computed(rng) for _ in range(16)]
    out, g = [], 0
    for rep in range(2):
        for it in items:
            if rep == 1 and rng.random() < 0.05:
                continue
            while True:
                trap, label, fmt = GEN_MC[g % len(GEN_MC)]
                g += 1
                if trap == "stray_A" and it["lang"] != "en":
                    continue
                break
            pos = None
            if trap == "stray_A":
                pos = 0 if label == I_ else rng.randint(1, 3)
            if trap == "fewshot_recital" and label == I_:
                pos = rng.randint(0, 3)
            if it["lang"] == "zh" and fmt == "inline" and rng.random() < 0.6:
                fmt = "lines"
            lay = mc_layout(rng, it, fmt, pos)
            text = compose_mc(rng, it, lay, trap, label)
            out.append(case(lay["ds"], "alphabet_option", lay["q"], text, lay["ref"], label, it["lang"], trap))
    return out


def gen_short(rng: random.Random) -> list[dict]:
    items = [f(rng) for f in (s_football, s_census, s_town) for _ in range(14)]
    items += [dict(x) for x in FACT_POOL] + [dict(x) for x in FACT_POOL if x["lang"] == "zh" or rng.random() < 0.7]
    out, g, used = [], 0, set()
    for it in items:
        it.setdefault("ds", "drop_like")
        want = C if sum(c["label"] == C for c in out) <= len(out) / 2 - 1 else I_
        pairs = sorted({(a[0], a[1]) for a in it["alts"] if a[1] == want})
        if pairs and rng.random() < 0.6:
            trap, label = rng.choice(pairs)
        else:
            trap, label = GEN_SHORT[g % len(GEN_SHORT)]
            g += 1
        while (it["q"], trap, label) in used:
            trap, label = GEN_SHORT[g % len(GEN_SHORT)]
            g += 1
        used.add((it["q"], trap, label))
        text = compose_short(rng, it, trap, label)
        out.append(case(it["ds"], "short_text", it["q"], text, it["ref"], label, it["lang"], trap))
    return out


def gen_class(rng: random.Random) -> list[dict]:
    items = class_items(rng)
    items += rng.sample([x for x in items if x["lang"] == "en"], 12)
    out = []
    for g, it in enumerate(items):
        trap, label = GEN_CLASS[g % len(GEN_CLASS)]
        text = compose_class(rng, it, trap, label)
        out.append(case(it["ds"], "categorical_label", it["q"], text, it["ref"], label, it["lang"], trap))
    return out
