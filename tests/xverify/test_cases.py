import json

import pytest

from nanofrontier.xverify.cases import Case, CaseError, parse_kind, parse_label, read_cases
from nanofrontier.xverify.score import score, score_by_kind


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_cases_accepts_our_format_and_vars_field_names(tmp_path):
    ours = {"id": "a", "question": "q", "output": "o", "reference": "4", "kind": "math", "label": "Correct"}
    var = {"id": "b", "question": "q", "llm_output": "o2", "correct_answer": "B", "key_answer_type": "alphabet_option",
           "human_judgment_result": "Incorrect", "GPT_4o_final_judgment_result": "Correct"}
    items = list(read_cases(write_lines(tmp_path / "c.jsonl", [json.dumps(ours), json.dumps(var)])))
    assert items[0] == Case(id="a", question="q", output="o", reference="4", kind="math", label="Correct", line=1)
    assert items[1].output == "o2" and items[1].reference == "B"
    assert items[1].kind == "multiple_choice"
    assert items[1].label == "Incorrect"  # the human label wins over GPT-4o's


def test_malformed_lines_become_errors_naming_their_line_and_the_rest_is_read(tmp_path):
    good = json.dumps({"id": "ok", "question": "q", "output": "o", "reference": "r"})
    path = write_lines(tmp_path / "c.jsonl", [good, "{not json", json.dumps({"id": "x", "question": "q"}), "", good])
    items = list(read_cases(path))
    assert [type(i) for i in items] == [Case, CaseError, CaseError, Case]
    assert items[1].line == 2 and "line 2" in items[1].error
    assert items[2].id == "x" and "missing field 'output' or 'llm_output'" in items[2].error
    assert items[3].line == 5


def test_bad_kind_and_label_values_are_errors(tmp_path):
    base = {"question": "q", "output": "o", "reference": "r"}
    path = write_lines(tmp_path / "c.jsonl", [json.dumps({**base, "kind": "poetry"}),
                                              json.dumps({**base, "label": "maybe"})])
    errors = list(read_cases(path))
    assert "unknown kind 'poetry'" in errors[0].error
    assert "label must be Correct or Incorrect" in errors[1].error


def test_missing_input_file_names_the_path(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.jsonl"):
        list(read_cases(tmp_path / "nope.jsonl"))


def test_kind_and_label_parsing():
    assert parse_kind("short_text") == "short_answer" and parse_kind(None) is None
    assert parse_label("[Correct]") == "Correct" and parse_label("incorrect") == "Incorrect"


def test_f1_counts_correct_as_the_positive_class():
    s = score(["Correct", "Correct", "Incorrect", "Incorrect"], ["Correct", "Incorrect", "Correct", "Incorrect"])
    assert s.accuracy == 0.5 and s.precision == 0.5 and s.recall == 0.5 and s.f1 == 0.5
    never = score(["Incorrect"] * 3, ["Incorrect", "Incorrect", "Correct"])
    assert never.f1 == 0.0 and never.accuracy == pytest.approx(2 / 3)


def test_scores_by_kind_split_the_cases():
    by = score_by_kind(["Correct", "Incorrect"], ["Correct", "Correct"], ["math", "classification"])
    assert by["all"].n == 2 and by["math"].accuracy == 1.0 and by["classification"].accuracy == 0.0
