"""`nanofrontier antidistill` actions, called through cli.main on the `test` preset; each one resumes."""

import json

import pytest

from nanofrontier.antidistill import cli, reproduce
from nanofrontier.antidistill.traces import read_traces


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "run"
    assert cli.main(["train", "--out", str(out), "--preset", "test", "--quiet"]) == 0
    return out


def last_json(capsys) -> dict:
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_the_pipeline_runs_action_by_action_and_each_action_resumes(trained, capsys, tmp_path):
    out = trained
    assert {p.name for p in out.iterdir()} >= {"teacher", "proxy", "student-base"}
    common = ["--preset", "test", "--quiet"]
    assert cli.main(["grad", "--teacher", str(out / "teacher"), "--proxy", str(out / "proxy"),
                     "--out", str(tmp_path / "g.safetensors"), *common]) == 0
    report = last_json(capsys)
    assert report["holdout_traces"] == 8 and report["sign_ok"] in (True, False) and report["epsilon"] == 1e-2
    assert report["delta_rms"] > 0
    assert (tmp_path / "g.json").exists() and (tmp_path / "holdout.jsonl").exists()
    assert cli.main(["grad", "--teacher", str(out / "teacher"), "--proxy", str(out / "proxy"),
                     "--out", str(tmp_path / "g.safetensors"), *common]) == 0
    assert last_json(capsys) == report  # already computed: the stored report
    sample = ["sample", "--teacher", str(out / "teacher"), "--proxy", str(out / "proxy"), "--grad",
              str(tmp_path / "g.safetensors"), "--lambda", "0.1", "--n", "12", "--out", str(tmp_path / "t.jsonl"),
              *common]
    assert cli.main(sample) == 0
    first = (tmp_path / "t.jsonl").read_text()
    assert last_json(capsys)["traces"] == 12 and len(read_traces(tmp_path / "t.jsonl")) == 12
    assert cli.main(sample) == 0 and (tmp_path / "t.jsonl").read_text() == first
    assert cli.main(["distill", "--student", str(out / "student-base"), "--traces", str(tmp_path / "t.jsonl"),
                     "--out", str(tmp_path / "s"), "--steps", "2", "--batch-size", "4", "--quiet"]) == 0
    assert (tmp_path / "s" / "model.safetensors").exists()
    capsys.readouterr()
    assert cli.main(["eval", "--model", str(tmp_path / "s"), "--n", "6", *common]) == 0
    result = last_json(capsys)
    assert result["sampler"] == "greedy" and 0 <= result["accuracy"] <= 1
    assert json.loads((tmp_path / "s" / "eval-greedy-seed0.json").read_text())["problems"] == 6


def test_bad_arguments_are_one_line_errors_naming_the_problem(trained, capsys, tmp_path):
    assert cli.main(["sample", "--teacher", str(trained / "teacher"), "--lambda", "0.1", "--out",
                     str(tmp_path / "x.jsonl"), "--preset", "test"]) == 1
    assert "--lambda > 0 needs --proxy and --grad" in capsys.readouterr().err
    assert cli.main(["eval", "--model", str(trained / "teacher"), "--n", "5000", "--preset", "test"]) == 1
    assert "--n 5000: the test split holds 8 problems" in capsys.readouterr().err
    assert cli.main(["sample", "--teacher", str(trained / "teacher"), "--proxy", str(trained / "proxy"),
                     "--lambda", "0.1", "--out", str(tmp_path / "x.jsonl"), "--preset", "test"]) == 1
    assert "--proxy needs --grad" in capsys.readouterr().err


@pytest.mark.slow
def test_sweep_writes_the_table_and_the_plot_and_a_second_run_and_the_reproduction_reuse_everything(
        tmp_path, capsys):
    out = tmp_path / "run"  # where reproduce.run(preset, tmp_path) keeps its sweep
    assert cli.main(["sweep", "--out", str(out), "--preset", "test", "--workers", "1", "--quiet"]) == 0
    first = last_json(capsys)
    table = json.loads((out / "table.json").read_text())
    assert {row["family"] for row in table} == {"temperature", "antidistill", "reference"}
    assert (out / "tradeoff.png").exists() and first["plot"] == str(out / "tradeoff.png")
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name in ("teacher.json", "student.json")}
    assert cli.main(["sweep", "--out", str(out), "--preset", "test", "--workers", "1", "--quiet"]) == 0
    assert last_json(capsys) == first
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps  # nothing evaluated again
    result = reproduce.run("test", tmp_path)
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps
    assert len(result.claims) == 6 and all(isinstance(c.holds, bool) for c in result.claims)
    assert (out / "transfer.json").exists() and result.metrics["transfer"]["traces"] == 8
    assert result.plots == [out / "tradeoff.png", out / "tradeoff-nll.png"] and "| greedy | 0 |" in result.notes
    assert result.metrics["epsilon"] == 1e-2 and len(result.metrics["points"]) == len(table)
