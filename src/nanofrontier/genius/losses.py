"""ACO, Advantage-Calibrated Optimization (Genius §3.2, Eq. 12), and self-SFT, beside core's DPO, IPO, SimPO.

    w = aco_weight(adv_chosen, adv_rejected, alpha=1.0)                        # min(1, exp(-(A_l - A_w) / alpha))
    losses = aco_loss(pc, pr, rc, rr, adv_chosen, adv_rejected, beta=0.1, alpha=1.0)   # [B]
    losses = aco_loss(..., variant="repo")                                      # the released code's max(1, ...)

ACO is DPO with the rejected side's log-ratio scaled by a per-pair weight from the sampling-time advantages:
    L = -log sigmoid(beta * h_w - beta * w * h_l),   h = log pi(T | x) - log pi_ref(T | x).
- variant "paper": w = min(1, exp(-(A_l - A_w) / alpha)). Where A_l <= A_w (the normal region) w = 1, exactly
  DPO; where the loser gained more advantage than the winner (the calibration region) w < 1 decays with rate
  1 / alpha, so a likely mislabelled negative is pushed down less. alpha -> infinity gives DPO.
- variant "repo": w = max(1, exp(-(A_l - A_w) / alpha)), as the released `aco_loss` and README compute it:
  DPO in the calibration region and an extra push (w > 1) on clearly worse negatives.
The weight is data (the advantages are fixed at sampling time): no gradient flows through it.

`sft_loss` is the self-SFT baseline: mean next-token NLL of the chosen responses (prompt masked).
"""

from __future__ import annotations

import torch.nn.functional as F
from torch import Tensor

ACO_VARIANTS = ("paper", "repo")
_MAX_EXPONENT = 60.0  # |exponent| capped: w stays in [exp(-60), exp(60)], finite and non-zero in float32


def aco_weight(adv_chosen: Tensor, adv_rejected: Tensor, *, alpha: float, variant: str = "paper") -> Tensor:
    """w(x, A) per pair [B]: in (0, 1] for the paper's form, >= 1 for the released code's."""
    if variant not in ACO_VARIANTS:
        raise ValueError(f"aco_weight: variant must be one of {ACO_VARIANTS}, got {variant!r}")
    if not alpha > 0:
        raise ValueError(f"aco_weight: alpha must be > 0, got {alpha}")
    if adv_chosen.shape != adv_rejected.shape:
        raise ValueError(f"aco_weight: advantages differ in shape: {list(adv_chosen.shape)} vs "
                         f"{list(adv_rejected.shape)}")
    exponent = -(adv_rejected - adv_chosen) / alpha
    if variant == "paper":
        return exponent.clamp(min=-_MAX_EXPONENT, max=0.0).exp()  # min(1, exp(x)) = exp(min(0, x))
    return exponent.clamp(min=0.0, max=_MAX_EXPONENT).exp()  # max(1, exp(x)), capped


def aco_loss(policy_chosen: Tensor, policy_rejected: Tensor, ref_chosen: Tensor, ref_rejected: Tensor,
             adv_chosen: Tensor, adv_rejected: Tensor, *, beta: float, alpha: float,
             variant: str = "paper") -> Tensor:
    """ACO per pair [B] over summed log-probs of whole trajectories (policy and frozen reference)."""
    shapes = [list(t.shape) for t in (policy_chosen, policy_rejected, ref_chosen, ref_rejected)]
    if any(s != shapes[0] for s in shapes):
        raise ValueError(f"aco_loss: log-prob tensors differ in shape: {shapes}")
    w = aco_weight(adv_chosen, adv_rejected, alpha=alpha, variant=variant).to(policy_chosen.dtype).detach()
    h_w = policy_chosen - ref_chosen
    h_l = policy_rejected - ref_rejected
    return -F.logsigmoid(beta * h_w - beta * w * h_l)


def sft_loss(chosen_logps: Tensor, chosen_tokens: Tensor) -> Tensor:
    """Self-SFT: summed log-probs [B] of the chosen responses and their token counts [B] -> the mean NLL per
    token (a scalar, tokens weighted equally, as a language-modelling loss is)."""
    total = chosen_tokens.sum()
    if total <= 0:
        raise ValueError("sft_loss: no response tokens")
    return -chosen_logps.sum() / total
