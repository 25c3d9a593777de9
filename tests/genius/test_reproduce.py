"""The reproduction end to end on the tiny preset: every claim is checked against a measured figure."""

import pytest

from nanofrontier.genius.reproduce import genius_preset, run


@pytest.mark.slow
def test_the_tiny_reproduction_reports_every_claim_with_a_measured_figure(tmp_path):
    result = run("tiny", tmp_path)
    names = [c.claim for c in result.claims]
    assert len(names) == 6 and any("ACO beats DPO" in n for n in names)
    assert all(c.measured and c.holds in (True, False) for c in result.claims)
    for loss in genius_preset("tiny").losses:
        assert len(result.metrics[f"{loss}_test_accuracy_seeds"]) == 2
    assert 0.0 <= result.metrics["base_test_accuracy"] <= 1.0
    assert all(p.is_file() for p in result.plots)


def test_an_unknown_preset_is_named():
    with pytest.raises(ValueError, match="unknown genius preset 'huge'"):
        genius_preset("huge")
