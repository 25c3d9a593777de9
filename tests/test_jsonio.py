import json

import pytest

from nanofrontier.core.config import ConfigError
from nanofrontier.core.jsonio import JSONLineError, iter_jsonl, read_json


def test_read_json_returns_the_parsed_utf8_file(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"name": "Zorbia – Kell", "n": [1, 2]}, ensure_ascii=False), encoding="utf-8")
    assert read_json(path) == {"name": "Zorbia – Kell", "n": [1, 2]}
    assert read_json(path, expect=dict)["n"] == [1, 2]


def test_read_json_syntax_error_names_the_file_in_the_callers_error_class(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"a": 1,}')
    with pytest.raises(ConfigError, match=r"bad\.json: not valid JSON \(.*line 1 column 9"):
        read_json(path, error=ConfigError)
    with pytest.raises(ValueError, match=r"bad\.json: not valid JSON"):
        read_json(path)


def test_read_json_rejects_a_top_level_value_of_the_wrong_type(tmp_path):
    path = tmp_path / "list.json"
    path.write_text("[1, 2]")
    assert read_json(path, expect=list) == [1, 2]
    with pytest.raises(ValueError, match=r"list\.json: expected a JSON object, got list"):
        read_json(path, expect=dict)


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"nope\.json: no such file"):
        read_json(tmp_path / "nope.json")
    with pytest.raises(FileNotFoundError, match=r"nope\.jsonl: no such file"):
        list(iter_jsonl(tmp_path / "nope.jsonl"))


def test_iter_jsonl_yields_line_numbers_and_skips_blank_lines(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "a"}\n\n   \n{"text": "ü"}\n', encoding="utf-8")
    assert list(iter_jsonl(path)) == [(1, {"text": "a"}), (4, {"text": "ü"})]


def test_iter_jsonl_malformed_line_raises_naming_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"ok": 1}\n\n{"ok": oops}\n{"ok": 2}\n')
    with pytest.raises(JSONLineError, match=r"bad\.jsonl, line 3: invalid JSON \(Expecting value\)") as info:
        list(iter_jsonl(path))
    assert info.value.line == 3 and isinstance(info.value, ValueError)


def test_iter_jsonl_non_object_line_is_an_error_naming_the_line(tmp_path):
    path = tmp_path / "arr.jsonl"
    path.write_text('{"ok": 1}\n[1, 2]\n')
    with pytest.raises(JSONLineError, match=r"arr\.jsonl, line 2: expected a JSON object, got list"):
        list(iter_jsonl(path))


def test_iter_jsonl_can_record_bad_lines_and_keep_going(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"a": 1}\nnot json\n"str"\n{"a": 2}\n')
    items = list(iter_jsonl(path, on_error="yield"))
    assert [line for line, _ in items] == [1, 2, 3, 4]
    assert items[0][1] == {"a": 1} and items[3][1] == {"a": 2}
    bad = [obj for _, obj in items if isinstance(obj, JSONLineError)]
    assert [e.line for e in bad] == [2, 3]
    assert "mixed.jsonl, line 2: invalid JSON" in str(bad[0])
    assert "line 3: expected a JSON object, got str" in str(bad[1])
