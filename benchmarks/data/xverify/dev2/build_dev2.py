#!/usr/bin/env python3
"""Build the xverify dev2 development set (standard library only, deterministic).

    python3 build_dev2.py            # writes dev2.jsonl, dev2_meta.tsv, README.md

Each family module exposes build(B, rng); every module gets its own seeded
random.Random so that editing one family does not reshuffle the others.
"""
import json
import os
import random
import statistics
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import Builder  # noqa: E402
import rel_ineq, rel_roots, fam_verify, numform1, numform2, fam_struct, fam_delim, fam_worked, gen_math, gen_text  # noqa: E402

SEED = 20250611
MODULES = [rel_ineq, rel_roots, fam_verify, numform1, numform2, fam_struct, fam_delim, fam_worked, gen_math, gen_text]
FIELDS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang"]
FOCUS = {"A_relations", "B_verification_tail", "C_number_forms", "D_structures", "E_delimiters", "F_worked_reference"}


def build():
    B = Builder(random.Random(SEED))
    for i, mod in enumerate(MODULES):
        mod.build(B, random.Random(SEED * 100 + i))
    rows = []
    for n, r in enumerate(B.rows, 1):
        r = dict(r)
        r["id"] = "d2-%04d" % n
        rows.append(r)
    return rows


def check(rows):
    ids = set()
    seen = set()
    for r in rows:
        assert r["id"] not in ids
        ids.add(r["id"])
        key = (r["question"], r["llm_output"])
        assert key not in seen, r["id"]
        seen.add(key)
        for f in FIELDS:
            assert isinstance(r[f], str) and r[f].strip(), (r["id"], f)


def table(rows):
    out = []
    c = Counter((r["key_answer_type"], r["lang"], r["label"]) for r in rows)
    out.append("| key_answer_type | lang | Correct | Incorrect |")
    out.append("|---|---|---|---|")
    for kat in ["math", "alphabet_option", "short_text", "categorical_label"]:
        for lang in ["en", "zh"]:
            a, b = c[(kat, lang, "Correct")], c[(kat, lang, "Incorrect")]
            if a or b:
                out.append("| %s | %s | %d | %d |" % (kat, lang, a, b))
    fam = Counter((r["fam"], r["label"]) for r in rows)
    out.append("")
    out.append("| family | Correct | Incorrect | total |")
    out.append("|---|---|---|---|")
    for f in sorted({r["fam"] for r in rows}):
        out.append("| %s | %d | %d | %d |" % (f, fam[(f, "Correct")], fam[(f, "Incorrect")], fam[(f, "Correct")] + fam[(f, "Incorrect")]))
    sub = Counter((r["fam"], r["sub"].split(":")[0]) for r in rows)
    out.append("")
    out.append("| family | sub-family | n |")
    out.append("|---|---|---|")
    for (f, s), n in sorted(sub.items()):
        out.append("| %s | %s | %d |" % (f, s, n))
    return "\n".join(out)


def main():
    rows = build()
    check(rows)
    with open(os.path.join(HERE, "dev2.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({f: r[f] for f in FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dev2_meta.tsv"), "w", encoding="utf-8") as fh:
        fh.write("id\tfamily\tsubfamily\n")
        for r in rows:
            fh.write("%s\t%s\t%s\n" % (r["id"], r["fam"], r["sub"]))
    lens = [len(r["llm_output"]) for r in rows]
    n = len(rows)
    focus = sum(r["fam"] in FOCUS for r in rows)
    zh = sum(r["lang"] == "zh" for r in rows)
    corr = sum(r["label"] == "Correct" for r in rows)
    stats = ("%d cases; Correct %d / Incorrect %d; zh %d (%.1f%%); focus families %d (%.1f%%); "
             "llm_output length median %d chars (min %d, max %d; %d cases >= 800 chars)"
             % (n, corr, n - corr, zh, 100.0 * zh / n, focus, 100.0 * focus / n,
                statistics.median(lens), min(lens), max(lens), sum(x >= 800 for x in lens)))
    tab = table(rows)
    with open(os.path.join(HERE, "README_template.md"), encoding="utf-8") as fh:
        tpl = fh.read()
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(tpl.replace("{{STATS}}", stats).replace("{{TABLES}}", tab))
    print(stats)
    print(tab)


if __name__ == "__main__":
    main()
