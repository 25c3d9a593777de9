"""Build the labelled VAR-format evaluation set for the answer verifier.

    python benchmarks/data/xverify/build_eval.py            # writes src/nanofrontier/xverify/data/var_eval.jsonl
    python benchmarks/data/xverify/build_eval.py --check    # rebuilds in memory, checks the file is identical
    python benchmarks/data/xverify/build_eval.py --stats    # prints the count tables used in README.md

Two sources are merged:

* ``hand_cases.txt``: hand-written cases (the trickiest ones), parsed verbatim.
* procedural cases, made by ``eval_gen/`` (one module per family, ``eval_gen/schedule.py`` draws them): many
  question templates (with the answer computed in Python, so references and the values quoted in the outputs are
  right by construction) and hand-written item pools (multiple choice, short answer, classification), each crossed
  with one "trap" that decides how the model output is phrased and what the label is.

Standard library only; one seeded ``random.Random``; no set iteration; so rebuilding gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from eval_gen.schedule import gen_class, gen_math, gen_mc, gen_short

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[2] / "src" / "nanofrontier" / "xverify" / "data" / "var_eval.jsonl"  # shipped as package data
HAND = HERE / "hand_cases.txt"
SEED = 20250611

TYPES = ("alphabet_option", "math", "short_text", "categorical_label")
LABELS = ("Correct", "Incorrect")
LANGS = ("en", "zh")
FIELDS = ("id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap")


# ----------------------------------------------------------------------------------------------------------------
# hand-written cases


HAND_KEYS = {"dataset", "type", "lang", "label", "trap", "answer", "why"}


def parse_hand(text: str) -> list[dict]:
    """Parse hand_cases.txt (format described at its top)."""
    out = []
    blocks = text.split("\n=== ")[1:]
    for blk in blocks:
        head, rest = blk.split("\n--- question\n", 1)
        question, output = rest.split("\n--- output\n", 1)
        lines = head.split("\n")
        slug, meta = lines[0].strip(), {}
        for ln in lines[1:]:
            k, v = ln.split(":", 1)
            meta[k.strip()] = v.strip()
        assert set(meta) == HAND_KEYS, (slug, sorted(meta))
        out.append({"id": "", "dataset": meta["dataset"], "key_answer_type": meta["type"],
                    "question": question.strip("\n"), "llm_output": output.rstrip(), "correct_answer": meta["answer"],
                    "label": meta["label"], "lang": meta["lang"], "trap": meta["trap"], "_slug": slug})
    return out


# ----------------------------------------------------------------------------------------------------------------
# build, check, stats


def build() -> list[dict]:
    rng = random.Random(SEED)
    procedural = gen_math(rng) + gen_mc(rng) + gen_short(rng) + gen_class(rng)
    hand = parse_hand(HAND.read_text(encoding="utf-8"))
    slugs = [h.pop("_slug") for h in hand]
    assert len(set(slugs)) == len(slugs), "duplicate hand slugs"
    cases = hand + procedural
    rng.shuffle(cases)
    for i, c in enumerate(cases, 1):
        c["id"] = f"xv-{i:04d}"
    validate(cases)
    return cases


def validate(cases: list[dict]) -> None:
    ids = set()
    for c in cases:
        assert list(c) == list(FIELDS), c["id"]
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["key_answer_type"] in TYPES, c
        assert c["label"] in LABELS, c
        assert c["lang"] in LANGS, c
        for k in FIELDS:
            assert isinstance(c[k], str) and c[k].strip(), (c["id"], k)
    n = len(cases)
    by_type = Counter(c["key_answer_type"] for c in cases)
    assert n >= 450, n
    share = {t: by_type[t] / n for t in TYPES}
    assert 0.20 <= share["alphabet_option"] <= 0.30, share
    assert 0.35 <= share["math"] <= 0.45, share
    assert 0.15 <= share["short_text"] <= 0.25, share
    assert 0.10 <= share["categorical_label"] <= 0.20, share
    zh = sum(c["lang"] == "zh" for c in cases) / n
    assert 0.25 <= zh <= 0.30, zh
    correct = sum(c["label"] == "Correct" for c in cases) / n
    assert 0.45 <= correct <= 0.55, correct


def dumps(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def table(rows: list[tuple], header: tuple) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    fmt = "| " + " | ".join(f"{{:{w}}}" for w in widths) + " |"
    lines = [fmt.format(*header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [fmt.format(*r) for r in rows]
    return "\n".join(lines)


def stats(cases: list[dict]) -> str:
    n = len(cases)
    out = [f"cases: {n}"]
    t = Counter((c["key_answer_type"], c["lang"], c["label"]) for c in cases)
    rows = []
    for ty in TYPES:
        r = [ty] + [t[(ty, lg, lb)] for lg in LANGS for lb in LABELS]
        tot = sum(r[1:])
        rows.append(tuple(r + [tot, f"{100 * tot / n:.1f}%"]))
    col = [sum(t[(ty, lg, lb)] for ty in TYPES) for lg in LANGS for lb in LABELS]
    rows.append(tuple(["all"] + col + [n, "100%"]))
    out.append(table(rows, ("key_answer_type", "en Correct", "en Incorrect", "zh Correct", "zh Incorrect", "total",
                            "share")))
    zh = sum(c["lang"] == "zh" for c in cases)
    cor = sum(c["label"] == "Correct" for c in cases)
    out.append(f"zh share: {100 * zh / n:.1f}%   Correct share: {100 * cor / n:.1f}%")
    tr = Counter((c["trap"], c["key_answer_type"], c["lang"], c["label"]) for c in cases)
    traps = sorted({c["trap"] for c in cases})
    rows = []
    for tp in traps:
        cells = []
        for ty in TYPES:
            en, zh = (f"{tr[(tp, ty, lg, 'Correct')]}/{tr[(tp, ty, lg, 'Incorrect')]}" for lg in LANGS)
            cells.append("" if en == zh == "0/0" else f"{en}  {zh}")
        rows.append(tuple([tp] + cells + [sum(tr[(tp, ty, lg, lb)] for ty in TYPES for lg in LANGS for lb in LABELS)]))
    out.append("trap x key_answer_type; each cell is 'en Correct/Incorrect  zh Correct/Incorrect':")
    out.append(table(rows, ("trap", "alphabet_option", "math", "short_text", "categorical_label", "total")))
    ds = Counter(c["dataset"] for c in cases)
    out.append("datasets: " + ", ".join(f"{k} {v}" for k, v in sorted(ds.items())))
    lens = sorted(len(c["llm_output"]) for c in cases)
    out.append(f"llm_output chars: min {lens[0]}, median {lens[n // 2]}, max {lens[-1]}; "
               f">=300: {sum(x >= 300 for x in lens)}, >=3000: {sum(x >= 3000 for x in lens)}, "
               f">4000: {sum(x > 4000 for x in lens)}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify var_eval.jsonl equals a fresh build")
    ap.add_argument("--stats", action="store_true", help="print count tables")
    args = ap.parse_args(argv)
    cases = build()
    text = dumps(cases)
    if args.check:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("var_eval.jsonl is up to date" if ok else "var_eval.jsonl differs from a fresh build")
        return 0 if ok else 1
    if args.stats:
        print(stats(cases))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
