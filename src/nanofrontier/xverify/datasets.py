"""The labelled verification sets that ship with the package (JSONL in VAR's field names, `data/`).

    from nanofrontier.xverify.datasets import dataset_path
    cases = list(read_cases(dataset_path("fresh")))

| name | file | what |
|---|---|---|
| eval | var_eval.jsonl | 587 cases in VAR's style; the rules were developed on its failures (a development figure) |
| dev | var_dev.jsonl | 408 cases by another author, used to develop the rules |
| short_dev | short_dev.jsonl | 160 short-answer cases, used to develop the name forms |
| fresh | var_fresh.jsonl | 343 cases by a third author who read neither the rules nor the other sets; held out |
| heldout | heldout2.jsonl | 384 cases by a fourth author: long outputs (median 1,627 characters), 58% math; |
|  |  | written before the rules were generalised, never used to change them: a figure to lead with |
| heldout3 | heldout3.jsonl | 412 cases by a seventh author who read neither the rules nor the other sets, written |
|  |  | after the rules; measured once with the final rules, never used to change them: a figure to lead with |

The generators that wrote them live in the repository's benchmarks/data/xverify/ (they rebuild these files
byte for byte); an installed package carries the files alone.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DATASETS = {"eval": "var_eval.jsonl", "dev": "var_dev.jsonl", "short_dev": "short_dev.jsonl",
            "fresh": "var_fresh.jsonl", "heldout": "heldout2.jsonl",
            "heldout3": "heldout3.jsonl"}


def dataset_path(name: str) -> Path:
    """The path of a shipped set by name; an unknown name or a missing file is named in the error."""
    if name not in DATASETS:
        raise KeyError(f"unknown xverify data set {name!r} (known: {', '.join(DATASETS)})")
    path = DATA / DATASETS[name]
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the {name} set is missing from the package (reinstall it)")
    return path
