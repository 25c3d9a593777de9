"""The results table: one JSONL row per finished proxy, appended as it finishes, read back on resume.

    table = ResultsTable.open("work/search/climb/results.jsonl", header=fingerprint)
    table.get(key)                   # the row of a proxy already run (ok or failed), or None
    table.append({"key": key, "status": "ok", "mixture": {...}, "seed": 0, "score": -1.2, ...})
    table.ok_rows()

The first line is a header that fingerprints everything a score depends on: the corpus, the shards,
the warm start, the validation items and the proxy recipe. Opening a table whose header differs is
refused with the field that differs, so results of another corpus or proxy are never mixed in. Each
row is written as one line and fsync'ed; a last line cut short by an interruption is dropped when the
table is opened again.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from nanofrontier.core.atomic import json_default, write_text_atomic
from nanofrontier.core.jsonio import JSONLineError, iter_jsonl

log = logging.getLogger(__name__)

HEADER = "header"


class ResultsTable:
    def __init__(self, path: Path, header: dict, rows: list[dict]) -> None:
        self.path, self.header, self.rows = path, header, rows
        self._by_key = {row["key"]: row for row in rows}

    @classmethod
    def open(cls, path: str | Path, *, header: dict) -> ResultsTable:
        """Create the table with `header`, or load it and check that its header matches."""
        path = Path(path)
        header = {"kind": HEADER, **header}
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, json.dumps(header, default=json_default) + "\n")
            return cls(path, header, [])
        records = list(iter_jsonl(path, on_error="yield"))
        if not records:
            raise ValueError(f"{path}: empty results table (no header line); delete it to start over")
        if isinstance(records[-1][1], JSONLineError) and len(records) > 1:
            log.warning("%s: dropping a last line cut short (%s)", path, records[-1][1].detail)
            records = records[:-1]
            write_text_atomic(path, "".join(json.dumps(r) + "\n" for _, r in records))
        bad = next((r for _, r in records if isinstance(r, JSONLineError)), None)
        if bad is not None:
            raise bad
        first = records[0][1]
        if first.get("kind") != HEADER:
            raise ValueError(f"{path}, line {records[0][0]}: expected the header line, got a row")
        _check_header(path, first, json.loads(json.dumps(header, default=json_default)))
        return cls(path, first, [r for _, r in records[1:]])

    def get(self, key: str) -> dict | None:
        return self._by_key.get(key)

    def append(self, row: dict) -> None:
        if "key" not in row or "status" not in row:
            raise ValueError(f"ResultsTable.append: a row needs 'key' and 'status', got {sorted(row)}")
        line = json.dumps(row, default=json_default) + "\n"
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())
        row = json.loads(line)
        self.rows.append(row)
        self._by_key[row["key"]] = row

    def ok_rows(self) -> list[dict]:
        """The latest row of every key whose proxy finished without error."""
        return [row for row in self._by_key.values() if row["status"] == "ok"]


def _check_header(path: Path, found: dict, expected: dict) -> None:
    for field in sorted(set(found) | set(expected)):
        if found.get(field) != expected.get(field):
            what = "corpus" if field == "corpus_digest" else field
            raise ValueError(f"{path}: this results table is from another {what} "
                             f"({_short(found.get(field))}, now {_short(expected.get(field))}); "
                             "use a new --work folder or delete the table to start over")


def _short(value) -> str:
    text = json.dumps(value) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "..."
