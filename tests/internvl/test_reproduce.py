"""The reproduction end to end at a toy budget: every job runs, the claims and plots come out, and a second call
reads the stored results instead of training again."""

from __future__ import annotations

import json

import pytest

from nanofrontier.internvl import reproduce
from nanofrontier.internvl.experiments import Budget

TOY = Budget(steps=3, model="tiny", image_counts=(1, 2, 6), train_images=4, eval_n=4, text_docs=4, mpo_questions=6,
             samples_per_question=4, mpo_steps=2, test_questions=4, critic_steps=3)


@pytest.mark.slow
def test_toy_reproduction_runs_every_job_and_reports_each_claim(tmp_path):
    result = reproduce.run_budget(TOY, tmp_path, seeds=(0, 1))
    assert len(result.claims) == 6
    assert all(claim.measured for claim in result.claims)
    assert all(plot.is_file() for plot in result.plots)
    assert {"v2pe_accuracy_6_images", "delta1_accuracy_6_images", "staged_vqa", "post_best_of_n"} <= set(result.metrics)
    stored = json.loads((tmp_path / "v2pe-seed1" / "result.json").read_text())
    assert stored["max_position"]["6"] < json.loads((tmp_path / "delta1-seed1" / "result.json").read_text())[
        "max_position"]["6"]
    (tmp_path / "v2pe-seed0" / "model.safetensors").unlink()  # a stored result is reused, not retrained
    again = reproduce.run_budget(TOY, tmp_path, seeds=(0, 1))
    assert again.metrics == result.metrics


def test_unknown_preset_is_named(tmp_path):
    with pytest.raises(ValueError, match="unknown preset 'huge'"):
        reproduce.run("huge", tmp_path)
