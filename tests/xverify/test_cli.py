"""The `nanofrontier xverify judge` contract: one output line per input line, in order; error records."""

import json

from nanofrontier import cli


def write_cases(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


ROWS = [
    {"id": "m1", "question": "What is 12 * 12?", "output": "12*12 = 144. The answer is \\boxed{144}.",
     "reference": "144", "label": "Correct"},
    "{this is not json",
    {"id": "m2", "question": "What is 10 - 3?", "output": "10 - 3 = 6, so the answer is 6.", "reference": "7",
     "label": "Incorrect"},
    {"id": "bad", "question": "q"},
    {"id": "z1", "question": "2+2等于几？", "output": "2+2=4，所以答案是4。", "reference": "4", "label": "Correct"},
]


def test_judge_writes_one_record_per_line_in_order_with_error_records(tmp_path, capsys):
    src, out = write_cases(tmp_path / "in.jsonl", ROWS), tmp_path / "out.jsonl"
    assert cli.main(["xverify", "judge", str(src), "--out", str(out), "--workers", "3", "--quiet"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["m1", None, "m2", "bad", "z1"]
    assert records[0]["verdict"] == "Correct" and records[0]["extracted"] == "144"
    assert set(records[0]) == {"id", "verdict", "extracted", "kind", "rule", "confidence", "reason"}
    assert records[0]["confidence"] == "sure"
    assert records[1]["line"] == 2 and "line 2" in records[1]["error"]
    assert records[2]["verdict"] == "Incorrect"
    assert records[3]["line"] == 4 and "missing field" in records[3]["error"]
    assert records[4]["verdict"] == "Correct"
    err = capsys.readouterr().err
    assert "5 cases" in err and "2 errors" in err and "accuracy 100.00%" in err


def test_judge_writes_to_stdout_without_out(tmp_path, capsys):
    src = write_cases(tmp_path / "in.jsonl", ROWS[:1])
    assert cli.main(["xverify", "judge", str(src), "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "Correct"


def test_judge_on_a_missing_file_fails_with_its_name(tmp_path, capsys):
    assert cli.main(["xverify", "judge", str(tmp_path / "none.jsonl")]) == 1
    assert "none.jsonl" in capsys.readouterr().err


def test_judge_rejects_two_judges_and_zero_workers(tmp_path, capsys):
    src = write_cases(tmp_path / "in.jsonl", ROWS[:1])
    assert cli.main(["xverify", "judge", str(src), "--judge-model", "x", "--judge-url", "http://127.0.0.1:9"]) == 1
    assert "not both" in capsys.readouterr().err
    assert cli.main(["xverify", "judge", str(src), "--workers", "0"]) == 2


UNDECIDED = {"id": "u1", "question": "Who wrote Dune?", "kind": "short_answer", "reference": "Frank Herbert",
             "output": "The answer is the American novelist who also wrote Children of Dune."}


def test_judge_model_decides_only_what_the_rules_leave_undecided(tmp_path, finetuned_judge):
    judge_dir, _ = finetuned_judge
    src, out = write_cases(tmp_path / "in.jsonl", [ROWS[0], UNDECIDED]), tmp_path / "out.jsonl"
    argv = ["xverify", "judge", str(src), "--out", str(out), "--judge-model", str(judge_dir), "--quiet"]
    assert cli.main(argv) == 0
    first, second = [json.loads(line) for line in out.read_text().splitlines()]
    assert first["rule"] != "judge" and first["verdict"] == "Correct"
    assert second["rule"] == "judge" and second["verdict"] in ("Correct", "Incorrect")


def test_train_fine_tunes_a_judge_that_the_judge_command_loads(tmp_path, qwen_judge_dir, synthetic):
    from nanofrontier.xverify.judge import LocalJudge

    data = write_cases(tmp_path / "var.jsonl", synthetic[:8])
    out = tmp_path / "judge"
    argv = ["xverify", "train", "--data", str(data), "--model", str(qwen_judge_dir), "--out", str(out),
            "--steps", "2", "--quiet"]
    assert cli.main(argv) == 0
    assert (out / "model.safetensors").exists() and (out / "tokenizer.json").exists()
    assert LocalJudge(out).judge("What is 2+2?", "The answer is 4.", "4") in ("Correct", "Incorrect", None)


def test_train_names_the_bad_data_line(tmp_path, qwen_judge_dir, capsys):
    data = write_cases(tmp_path / "var.jsonl", ['{"question": "q"}'])
    argv = ["xverify", "train", "--data", str(data), "--model", str(qwen_judge_dir), "--out", str(tmp_path / "o"),
            "--steps", "2", "--quiet"]
    assert cli.main(argv) == 1
    assert "var.jsonl, line 1" in capsys.readouterr().err
