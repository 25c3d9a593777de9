"""climb/reproduce.py's claims on fabricated measurements (the real run is `nanofrontier reproduce`):
each claim must be able to fail."""

import numpy as np
import pytest

from nanofrontier.climb.reproduce import _claims, low_quality_weight, preset
from nanofrontier.climb.search import RoundRecord, SearchResult
from nanofrontier.climb.stage1 import ClusterConfig, ClusterPlan


def _plan(purity: float = 0.97) -> ClusterPlan:
    # documents: 0,1 facts in c0; 2 spam in c1; 3 junk pruned
    return ClusterPlan(config=ClusterConfig(), names=["c0", "c1"], groups=[[0], [1]], fine_quality=[4.5, 3.1],
                       fine_sizes=[2, 1], kept=[True, True], fine=np.array([0, 0, 1, 2]),
                       assignment=np.array([0, 0, 1, -1]), scores=np.ones(4),
                       labels={"purity": purity, "ari": 0.9, "pruned_fraction": {"spam": 0.5, "junk": 1.0}})


def _search(best: list[float], rhos: list[float | None]) -> SearchResult:
    rounds = [RoundRecord(round=i + 1, proposed=4, finished=4, failed=0, predicted=None if i == 0 else [0.0],
                          observed=[b], spearman=rho, best_so_far=b)
              for i, (b, rho) in enumerate(zip(best, rhos, strict=True))]
    return SearchResult(method="climb", mixture={"c0": 1.0}, chosen_by="x", rounds=rounds, rows=[],
                        predicted_score=None)


def _finals(climb: float, regmix: float, spread: float = 0.01) -> dict:
    base = {"natural": 2.0, "uniform": 1.9, "RegMix": regmix, "Best@N": 1.5, "CLIMB": climb}
    return {name: [{"nll": v - spread}, {"nll": v}, {"nll": v + spread}] for name, v in base.items()}


def test_low_quality_weight_counts_the_mixtures_tokens_from_spam_and_junk():
    plan = _plan()
    labels, texts = ["facts", "facts", "spam", "junk"], ["aaa", "bbb", "ccc", "ddd"]
    assert low_quality_weight(plan, labels, texts, {"c0": 0.75, "c1": 0.25}) == pytest.approx(0.25)
    assert low_quality_weight(plan, labels, texts, {"c0": 1.0}) == 0.0


def test_every_claim_holds_on_good_numbers_and_fails_on_bad_ones():
    good = _claims(preset("quick"), _plan(), {"climb": _search([-2.0, -1.5, -1.2], [None, 0.6, 0.4])},
                   _finals(climb=1.2, regmix=1.5), junk_weight=0.0)
    assert [c.holds for c in good] == [True] * 6
    bad = _claims(preset("quick"), _plan(purity=0.5), {"climb": _search([-1.0, -1.0, -1.0], [None, -0.2, None])},
                  _finals(climb=2.5, regmix=2.49), junk_weight=0.3)
    assert [c.holds for c in bad] == [False] * 6
    assert "inside the larger std" in bad[-1].measured


def test_a_gap_to_regmix_inside_the_seed_noise_does_not_hold():
    close = _claims(preset("quick"), _plan(), {"climb": _search([-2.0, -1.5, -1.2], [None, 0.6, 0.4])},
                    _finals(climb=1.45, regmix=1.5, spread=0.1), junk_weight=0.0)
    assert close[-1].holds is False and "inside" in close[-1].measured


def test_presets_are_named():
    assert preset("quick").budgets == (16, 8, 4) and sum(preset("full").budgets) > sum(preset("quick").budgets)
    with pytest.raises(ValueError, match="unknown climb preset 'huge'"):
        preset("huge")
