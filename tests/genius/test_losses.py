"""ACO in both forms and self-SFT against the formulas written out here; ACO reduces to DPO where it should."""

import math

import pytest
import torch

from nanofrontier.core.preference import dpo_loss
from nanofrontier.genius.losses import aco_loss, aco_weight, sft_loss


def _logps(n: int = 6, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(n, generator=g, dtype=torch.float64) * 3 for _ in range(4)]


def _advantages(n: int = 6, seed: int = 1):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, generator=g, dtype=torch.float64), torch.randn(n, generator=g, dtype=torch.float64)


def _log_sigmoid(x: float) -> float:
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))


@pytest.mark.parametrize("variant", ["paper", "repo"])
def test_aco_matches_the_formula_written_out(variant):
    pc, pr, rc, rr = _logps()
    a_w, a_l = _advantages()
    got = aco_loss(pc, pr, rc, rr, a_w, a_l, beta=0.3, alpha=0.7, variant=variant)
    for i in range(6):
        raw = math.exp(-(a_l[i].item() - a_w[i].item()) / 0.7)
        w = min(1.0, raw) if variant == "paper" else max(1.0, raw)
        z = 0.3 * (pc[i] - rc[i]).item() - 0.3 * w * (pr[i] - rr[i]).item()
        assert got[i].item() == pytest.approx(-_log_sigmoid(z), rel=1e-9)


@pytest.mark.parametrize("alpha", [float("inf"), 1e12])
@pytest.mark.parametrize("variant", ["paper", "repo"])
def test_aco_equals_dpo_as_alpha_grows(alpha, variant):
    pc, pr, rc, rr = _logps()
    a_w, a_l = _advantages()
    aco = aco_loss(pc, pr, rc, rr, a_w, a_l, beta=0.1, alpha=alpha, variant=variant)
    assert torch.allclose(aco, dpo_loss(pc, pr, rc, rr, beta=0.1), rtol=1e-9)


def test_paper_aco_equals_dpo_in_the_normal_region():
    pc, pr, rc, rr = _logps()
    a_w, a_l = _advantages()
    a_l = torch.minimum(a_l, a_w - 0.01)  # A_l <= A_w everywhere
    aco = aco_loss(pc, pr, rc, rr, a_w, a_l, beta=0.1, alpha=0.05, variant="paper")
    assert torch.allclose(aco, dpo_loss(pc, pr, rc, rr, beta=0.1), rtol=1e-12)
    equal = aco_loss(pc, pr, rc, rr, a_w, a_w.clone(), beta=0.1, alpha=0.05, variant="paper")  # A_l == A_w
    assert torch.allclose(equal, dpo_loss(pc, pr, rc, rr, beta=0.1), rtol=1e-12)


def test_repo_aco_equals_dpo_in_the_calibration_region():
    pc, pr, rc, rr = _logps()
    a_w, a_l = _advantages()
    a_l = torch.maximum(a_l, a_w + 0.01)  # A_l > A_w everywhere
    aco = aco_loss(pc, pr, rc, rr, a_w, a_l, beta=0.1, alpha=0.5, variant="repo")
    assert torch.allclose(aco, dpo_loss(pc, pr, rc, rr, beta=0.1), rtol=1e-12)


def test_weight_is_in_zero_one_for_the_paper_and_at_least_one_for_the_code():
    g = torch.Generator().manual_seed(2)
    a_w = torch.randn(1000, generator=g) * 50
    a_l = torch.randn(1000, generator=g) * 50
    for alpha in (0.01, 1.0, 100.0):
        paper = aco_weight(a_w, a_l, alpha=alpha, variant="paper")
        repo = aco_weight(a_w, a_l, alpha=alpha, variant="repo")
        assert bool((paper > 0).all() and (paper <= 1).all())
        assert bool((repo >= 1).all() and torch.isfinite(repo).all())
        calibrated = a_l > a_w
        assert bool((paper[calibrated] < 1).all() and (paper[~calibrated] == 1).all())


def test_a_small_weight_shrinks_only_the_negative_gradient():
    pc, pr = torch.zeros(1, requires_grad=True), torch.full((1,), -1.0, requires_grad=True)
    rc, rr = torch.zeros(1), torch.zeros(1)
    a_w, a_l = torch.zeros(1), torch.ones(1)  # calibration region: w = exp(-1)
    aco_loss(pc, pr, rc, rr, a_w, a_l, beta=0.5, alpha=1.0).sum().backward()
    w = math.exp(-1.0)
    z = 0.5 * 0.0 - 0.5 * w * (-1.0)
    coefficient = 1 - 1 / (1 + math.exp(-z))  # 1 - sigmoid(z)
    assert pc.grad.item() == pytest.approx(-coefficient * 0.5)
    assert pr.grad.item() == pytest.approx(coefficient * 0.5 * w)


def test_sft_loss_is_the_token_weighted_mean_nll():
    logps, tokens = torch.tensor([-6.0, -2.0]), torch.tensor([3, 1])
    assert sft_loss(logps, tokens).item() == pytest.approx(8.0 / 4)
    with pytest.raises(ValueError, match="no response tokens"):
        sft_loss(logps, torch.zeros(2, dtype=torch.long))


def test_bad_aco_arguments_are_named():
    a = torch.zeros(3)
    with pytest.raises(ValueError, match="variant must be one of"):
        aco_weight(a, a, alpha=1.0, variant="clip")
    with pytest.raises(ValueError, match="alpha must be > 0"):
        aco_weight(a, a, alpha=0.0)
    with pytest.raises(ValueError, match="advantages differ in shape"):
        aco_weight(a, torch.zeros(2), alpha=1.0)
    with pytest.raises(ValueError, match="log-prob tensors differ in shape"):
        aco_loss(a, a, a, torch.zeros(2), a, a, beta=0.1, alpha=1.0)
