"""core/report.py: the README summary table, metrics.json, plots and atomic writes."""

import json
from pathlib import Path

import pytest

from nanofrontier.core.atomic import atomic_path
from nanofrontier.core.report import (
    Claim,
    Result,
    bar_plot,
    line_plot,
    render_report,
    write_json_atomic,
    write_report,
    write_text_atomic,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
TRACEBACK = (
    "Traceback (most recent call last):\n"
    '  File "x.py", line 3, in run\n'
    "    raise RuntimeError('loss is nan at step 7')\n"
    "RuntimeError: loss is nan at step 7\n"
)


def _results() -> list[Result]:
    return [
        Result(
            name="xverify",
            title="judging long reasoning outputs",
            metrics={"f1": 0.9612345, "samples": 200, "judge": "tiny"},
            claims=[
                Claim(claim="judge F1 is high", paper="F1 > 95%", measured="F1 = 96.1%", holds=True),
                Claim(claim="beats regex", paper="+10 pts", measured="+3 pts", holds=False),
                Claim(claim="parity with transformers", paper="exact", measured="skipped", holds=None),
            ],
            notes="200 synthetic samples; a 2-layer judge instead of 0.5B.",
            seconds=1.25,
        ),
        Result(
            name="seaweed", title="reproduction failed", metrics={}, claims=[], error=TRACEBACK, seconds=0.5
        ),
    ]


def _summary_rows(text: str) -> list[str]:
    table = text.split("| technique | claim | paper | measured here | holds |\n|---|---|---|---|---|\n")[1]
    return table.split("\n\n")[0].splitlines()


def test_summary_table_shows_holds_does_not_hold_not_checked_and_failed_rows():
    rows = _summary_rows(render_report(_results(), preset="quick"))
    assert rows == [
        "| xverify | judge F1 is high | F1 > 95% | F1 = 96.1% | ✅ holds |",
        "| xverify | beats regex | +10 pts | +3 pts | ❌ does not hold |",
        "| xverify | parity with transformers | exact | skipped | — not checked |",
        "| seaweed | reproduction failed | — | — | 💥 failed: `RuntimeError: loss is nan at step 7` |",
    ]


def test_report_header_names_preset_and_counts_claims_and_failures():
    text = render_report(_results(), preset="full")
    assert "Preset `full`" in text
    assert "1/3 claims hold, 1 do not, 1 not checked; 1 of 2 reproductions failed (seaweed)" in text


def test_sections_hold_metrics_notes_and_the_full_traceback_of_a_failure():
    text = render_report(_results(), preset="quick")
    assert "## xverify: judging long reasoning outputs" in text
    assert "| f1 | 0.9612 |" in text and "| samples | 200 |" in text
    assert "a 2-layer judge instead of 0.5B." in text
    section = text.split("## seaweed: reproduction failed")[1]
    assert "```text\n" + TRACEBACK.rstrip() + "\n```" in section


def test_table_cells_escape_pipes_and_fold_newlines():
    result = Result(
        name="core",
        title="t",
        metrics={"a|b": 1.0},
        claims=[Claim(claim="x | y\nz", paper="p", measured="m", holds=True)],
    )
    text = render_report([result], preset="quick")
    assert "| core | x \\| y z | p | m | ✅ holds |" in text
    assert "| a\\|b | 1 |" in text


def test_metrics_json_round_trips_metrics_claims_error_and_seconds(tmp_path):
    results = _results()
    write_report(results, tmp_path, preset="quick")
    loaded = json.loads((tmp_path / "metrics.json").read_text())
    assert list(loaded) == ["xverify", "seaweed"]
    for r in results:
        entry = loaded[r.name]
        assert entry["metrics"] == r.metrics
        assert [Claim(**c) for c in entry["claims"]] == r.claims
        assert entry["error"] == r.error
        assert entry["seconds"] == r.seconds


def test_json_write_converts_scalars_that_have_item_and_paths(tmp_path):
    class Scalar:  # stands in for a numpy or torch scalar
        def item(self):
            return 0.5

    write_json_atomic(tmp_path / "m.json", {"loss": Scalar(), "ckpt": Path("a/b")})
    assert json.loads((tmp_path / "m.json").read_text()) == {"loss": 0.5, "ckpt": "a/b"}


def test_plots_are_referenced_relative_to_out_dir_and_are_valid_pngs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out_dir = Path("report")  # relative, as the CLI's default is
    loss = line_plot(
        out_dir / "core" / "loss.png",
        {"train": ([1, 2, 3], [3.0, 2.0, 1.5]), "eval": ([1, 3], [3.1, 1.7])},
        title="loss",
        xlabel="step",
        ylabel="loss",
        logy=True,
    )
    acc = bar_plot(
        out_dir / "core" / "acc.png", {"regex": 0.7, "judge": 0.96}, title="acc", ylabel="accuracy"
    )
    result = Result(name="core", title="t", metrics={}, claims=[], plots=[loss, acc.resolve()])
    readme = write_report([result], out_dir, preset="quick")
    text = readme.read_text()
    assert "![loss](core/loss.png)" in text and "![acc](core/acc.png)" in text
    assert json.loads((out_dir / "metrics.json").read_text())["core"]["plots"] == [
        "core/loss.png",
        "core/acc.png",
    ]
    for rel in ("core/loss.png", "core/acc.png"):
        assert (readme.parent / rel).read_bytes()[:8] == PNG_MAGIC


def test_line_plot_rejects_series_of_unequal_length_naming_it(tmp_path):
    with pytest.raises(ValueError, match="'train' has 3 x values, 2 y values"):
        line_plot(tmp_path / "p.png", {"train": ([1, 2, 3], [1.0, 2.0])}, title="t", xlabel="x", ylabel="y")
    assert list(tmp_path.iterdir()) == []


def test_atomic_writes_leave_no_temp_files_behind(tmp_path):
    write_text_atomic(tmp_path / "a.txt", "old")
    write_text_atomic(tmp_path / "a.txt", "new ✅")
    write_json_atomic(tmp_path / "b.json", {"x": [1, 2]})
    bar_plot(tmp_path / "c.png", {"a": 1.0}, title="t", ylabel="y")
    write_report(_results(), tmp_path, preset="quick")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "README.md",
        "a.txt",
        "b.json",
        "c.png",
        "metrics.json",
    ]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "new ✅"


def test_atomic_json_write_that_fails_keeps_old_file_and_leaves_no_temp(tmp_path):
    write_json_atomic(tmp_path / "m.json", {"ok": 1})
    with pytest.raises(TypeError, match="object is not JSON-serialisable"):
        write_json_atomic(tmp_path / "m.json", {"bad": object()})
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]
    assert json.loads((tmp_path / "m.json").read_text()) == {"ok": 1}


def test_atomic_write_interrupted_midway_keeps_old_file_and_removes_temp(tmp_path):
    write_text_atomic(tmp_path / "p.png", "old")

    with pytest.raises(OSError, match="disk full"), atomic_path(tmp_path / "p.png") as tmp:
        tmp.write_bytes(b"partial")
        raise OSError("disk full")
    assert [p.name for p in tmp_path.iterdir()] == ["p.png"]
    assert (tmp_path / "p.png").read_text() == "old"


def test_write_report_rejects_duplicate_names(tmp_path):
    r = Result(name="core", title="t", metrics={}, claims=[])
    with pytest.raises(ValueError, match="unique"):
        write_report([r, r], tmp_path, preset="quick")
