"""The results table: rows survive reopening, another corpus's table is refused, a torn line is dropped."""

import json

import pytest

from nanofrontier.climb.results import ResultsTable

HEADER = {"corpus_digest": "c0ffee", "shards": "s1", "proxy": {"steps": 10}}


def test_rows_are_appended_and_read_back_with_the_latest_row_per_key(tmp_path):
    path = tmp_path / "r" / "results.jsonl"
    table = ResultsTable.open(path, header=HEADER)
    table.append({"key": "a", "status": "failed", "error": "boom"})
    table.append({"key": "b", "status": "ok", "score": 1.5})
    table.append({"key": "a", "status": "ok", "score": 0.5})
    again = ResultsTable.open(path, header=HEADER)
    assert [r["key"] for r in again.rows] == ["a", "b", "a"]
    assert again.get("a")["score"] == 0.5 and again.get("zzz") is None
    assert sorted(r["key"] for r in again.ok_rows()) == ["a", "b"]
    assert json.loads(path.read_text().splitlines()[0])["kind"] == "header"


def test_a_table_from_another_corpus_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "results.jsonl"
    ResultsTable.open(path, header=HEADER).append({"key": "a", "status": "ok", "score": 1.0})
    before = path.read_text()
    with pytest.raises(ValueError, match="results table is from another corpus \\(c0ffee, now beef\\)"):
        ResultsTable.open(path, header={**HEADER, "corpus_digest": "beef"})
    with pytest.raises(ValueError, match="from another proxy"):
        ResultsTable.open(path, header={**HEADER, "proxy": {"steps": 20}})
    assert path.read_text() == before


def test_a_last_line_cut_short_is_dropped_and_a_bad_line_inside_is_an_error(tmp_path):
    path = tmp_path / "results.jsonl"
    ResultsTable.open(path, header=HEADER).append({"key": "a", "status": "ok", "score": 1.0})
    with open(path, "a") as f:
        f.write('{"key": "b", "status": "o')
    table = ResultsTable.open(path, header=HEADER)
    assert [r["key"] for r in table.rows] == ["a"] and path.read_text().endswith("}\n")
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], "not json", lines[1]]) + "\n")
    with pytest.raises(ValueError, match="results.jsonl, line 2: invalid JSON"):
        ResultsTable.open(path, header=HEADER)


def test_rows_need_a_key_and_a_status(tmp_path):
    table = ResultsTable.open(tmp_path / "results.jsonl", header=HEADER)
    with pytest.raises(ValueError, match="needs 'key' and 'status'"):
        table.append({"score": 1.0})
