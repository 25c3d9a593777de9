"""Build dev38.jsonl and README.md deterministically: python3 build.py"""
import json
import os
import random
from collections import Counter

from common import median
from gen_math import make_math
from gen_mc import make_mc

SEED = 3838
HERE = os.path.dirname(os.path.abspath(__file__))
N_MATH, N_MC = 272, 48
ZH_MATH, ZH_MC = 55, 10
KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap"]


def atomic_write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def build():
    rng = random.Random(SEED)
    specs = [("math", i, "zh" if i < ZH_MATH else "en") for i in range(N_MATH)]
    specs += [("mc", i, "zh" if i < ZH_MC else "en") for i in range(N_MC)]
    rng.shuffle(specs)
    recs = []
    for kind, i, lang in specs:
        r = make_math(rng, i, lang) if kind == "math" else make_mc(rng, i, lang)
        assert "«" not in r["llm_output"] and "»" not in r["llm_output"], r["llm_output"]
        recs.append(r)
    rows = []
    for n, r in enumerate(recs, 1):
        r["id"] = f"d38-{n:04d}"
        rows.append({k: r[k] for k in KEYS})
    atomic_write(os.path.join(HERE, "dev38.jsonl"), "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows))
    return recs


def table(c):
    return "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items()))


def readme(recs):
    med = median([len(r["llm_output"]) for r in recs])
    t = f"""# dev38 - computed mathematics in eleven output styles

A labelled test set for answer verification (question, long model output, reference answer ->
`Correct`/`Incorrect`). Every numeric answer is computed in code from randomly drawn parameters.

**Focus.** Many computed-mathematics families (quadratic roots, 2- and 3-unknown linear systems, quadratic and
rational inequalities, card/dice/urn probability, inclusion-exclusion, powers modulo m and last digits,
permutations and combinations, distances and radicals, shoelace areas, matrix products and determinants, dot and
cross products, exponential and log equations, composition and inverses, arithmetic/geometric series, lines
through two points, circle centre and radius, base conversion, cubic extrema, GSM8K-style word problems), each
answered in eleven output styles: an R1-style `<think>` trace then a solution; a think trace followed by a
GPT-4o-, Qwen-, Claude-, Llama- or Chinese-textbook-style layout; and those five layouts without a think trace.
Math delimiters vary (`\\(..\\)`, `$..$`, `\\[..\\]`, multi-line `$$` blocks), with `\\boxed{{}}`,
"Final Answer" sections, pitfalls, verification after the answer and recaps in words.

About 85% is free-response math (a fifth of it in Chinese); the rest is multiple choice built from the same
families (options inlined in the question; the reference is the letter).

**Answer modes (the `trap` field).** Correct: `correct`, `equiv_form` (the same value in another form),
`reject_then_correct` (a wrong attempt rejected, then the right answer). Incorrect: `consistent_slip`,
`near_miss`, `abandoned_right_value` (right value reached then replaced), `two_candidates` (no commitment),
`cut_off` (ends before any final answer). Multiple-choice counterparts carry an `mc_` prefix.

## Mix ({len(recs)} cases)

Median `llm_output` length: {med:.0f} characters.

| key_answer_type | count |
|---|---|
{table(Counter(r['key_answer_type'] for r in recs))}

| lang | count |
|---|---|
{table(Counter(r['lang'] for r in recs))}

| label | count |
|---|---|
{table(Counter(r['label'] for r in recs))}

| dataset | count |
|---|---|
{table(Counter(r['dataset'] for r in recs))}

| trap | count |
|---|---|
{table(Counter(r['trap'] for r in recs))}

## Rebuild

```
python3 build.py
```

Standard library only, one `random.Random(3838)`; the output is written atomically and is byte-identical on
every rerun. Files: `build.py` (driver and README), `common.py` (helpers), `fam_a.py`, `fam_b.py`, `fam_c.py`
(problem families), `modes.py` (answer modes), `styles.py` (output styles), `gen_math.py`, `gen_mc.py`.
"""
    atomic_write(os.path.join(HERE, "README.md"), t)
    return med


if __name__ == "__main__":
    recs = build()
    med = readme(recs)
    print(len(recs), "cases; median output length", med)
    for k in ("key_answer_type", "lang", "label", "trap", "style", "family"):
        print(k, dict(Counter(r[k] for r in recs)))
