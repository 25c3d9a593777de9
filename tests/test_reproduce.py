"""reproduce.py: the registry runner and the `nanofrontier reproduce` command, on fake reproductions."""

import json
import sys
import types

import pytest

from nanofrontier.core.report import Claim, Result, line_plot
from nanofrontier.reproduce import REPRODUCTIONS, _main, run_reproductions


def _module(monkeypatch, name: str, run) -> str:
    module = types.ModuleType(name)
    module.run = run
    monkeypatch.setitem(sys.modules, name, module)
    return name


def _passing(holds: bool = True):
    def run(preset, out_dir):
        plot = (
            line_plot(
                out_dir / "loss.png",
                {"train": ([0, 1], [2.0, 1.0])},
                title="loss",
                xlabel="step",
                ylabel="loss",
            )
            if holds
            else None
        )
        return Result(
            name="ignored",
            title=f"fake on {preset}",
            metrics={"loss": 1.0, "dir": out_dir.name},
            claims=[Claim(claim="loss falls", paper="< 1.5", measured="1.0", holds=holds)],
            plots=[plot] if plot else [],
        )

    return run


def _raising(preset, out_dir):
    raise RuntimeError("boom in fake reproduction")


@pytest.fixture
def registry(monkeypatch):
    return {
        "alpha": _module(monkeypatch, "nf_fake_alpha", _passing()),
        "broken": _module(monkeypatch, "nf_fake_broken", _raising),
        "gamma": _module(monkeypatch, "nf_fake_gamma", _passing(holds=False)),
    }


def test_registry_maps_core_to_its_module_path():
    assert REPRODUCTIONS["core"] == "nanofrontier.core.reproduce"


def test_raising_reproduction_is_reported_failed_others_still_run_and_exit_code_is_1(
    registry, tmp_path, capsys
):
    code = _main(["--out", str(tmp_path), "--quiet"], registry)
    assert code == 1
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert list(metrics) == ["alpha", "broken", "gamma"]
    assert metrics["alpha"]["error"] is None and metrics["gamma"]["error"] is None
    assert "RuntimeError: boom in fake reproduction" in metrics["broken"]["error"]
    readme = (tmp_path / "README.md").read_text()
    assert (
        "| broken | reproduction failed | — | — | 💥 failed: `RuntimeError: boom in fake reproduction` |"
        in readme
    )
    assert "![loss](alpha/loss.png)" in readme
    out = capsys.readouterr().out
    assert str(tmp_path / "README.md") in out
    assert "1/2 claims hold, 1 do not, 0 not checked; 1 of 3 reproductions failed (broken)" in out


def test_import_error_is_a_failed_reproduction_not_a_crash(monkeypatch, tmp_path):
    registry = {
        "missing": "nf_fake_module_that_does_not_exist",
        "alpha": _module(monkeypatch, "nf_a", _passing()),
    }
    results = run_reproductions(
        ["missing", "alpha"], preset="quick", out_dir=tmp_path, progress=False, registry=registry
    )
    assert "ModuleNotFoundError" in results[0].error
    assert results[1].error is None


def test_run_returning_something_other_than_result_is_a_failure(monkeypatch, tmp_path):
    registry = {"odd": _module(monkeypatch, "nf_fake_odd", lambda preset, out_dir: {"loss": 1.0})}
    [result] = run_reproductions(["odd"], preset="quick", out_dir=tmp_path, progress=False, registry=registry)
    assert "nf_fake_odd.run returned dict, expected Result" in result.error


def test_unmet_claim_is_a_result_not_a_failure_and_exits_0(registry, tmp_path):
    assert _main(["--only", "gamma", "--out", str(tmp_path), "--quiet"], registry) == 0
    assert "❌ does not hold" in (tmp_path / "README.md").read_text()


def test_unknown_only_name_exits_2_listing_valid_names(registry, tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        _main(["--only", "alpha,nope", "--out", str(tmp_path)], registry)
    assert exc.value.code == 2
    assert "unknown reproduction(s) nope; valid: alpha, broken, gamma" in capsys.readouterr().err
    assert not (tmp_path / "README.md").exists()


def test_unknown_name_in_library_call_raises_listing_valid_names(registry, tmp_path):
    with pytest.raises(ValueError, match="unknown reproduction.* nope; valid: alpha, broken, gamma"):
        run_reproductions(["nope"], preset="quick", out_dir=tmp_path, registry=registry)


def test_only_selects_a_subset_in_the_given_order(registry, tmp_path):
    assert (
        _main(["--only", "gamma,alpha", "--preset", "full", "--out", str(tmp_path), "--quiet"], registry) == 0
    )
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert list(metrics) == ["gamma", "alpha"]
    assert metrics["alpha"]["title"] == "fake on full"
    assert not (tmp_path / "broken").exists()


def test_each_reproduction_runs_in_its_own_folder_under_its_registry_name_with_seconds(registry, tmp_path):
    results = run_reproductions(
        ["alpha", "gamma", "alpha"], preset="quick", out_dir=tmp_path, progress=False, registry=registry
    )
    assert [r.name for r in results] == ["alpha", "gamma"]
    assert [r.metrics["dir"] for r in results] == ["alpha", "gamma"]
    assert (tmp_path / "alpha" / "loss.png").is_file()
    assert all(r.seconds > 0 for r in results)
