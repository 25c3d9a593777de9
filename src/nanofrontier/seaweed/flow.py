"""Flow matching for the DiT: the velocity target, the timestep shift, condition dropout and the
image-to-video task (the objective of Seaweed's base model as described in the companion APT paper,
arXiv 2501.08316, §3: rectified flow with velocity prediction and a shifted timestep).

    x_t = (1 - t) * x_0 + t * noise          t = 1 is pure noise (diffusers' sigma)
    v   = noise - x_0                        what the transformer predicts
    t'  = s * t / (1 + (s - 1) * t)          the shift; s > 1 spends more time at high noise

    loss, metrics = flow_matching_loss(dit, batch, FlowConfig())
    # batch: {"latents": [B, C, T, H, W] normalised VAE latents, "labels": [B, L] condition ids}

Training times are drawn logit-normal (SD3) and then shifted, with s = `image_shift` for one-frame
samples and `video_shift` for clips (APT: 1 for images, 12 for long 720p videos; tiny clips need far
less). Each sample's labels are replaced by the null token with probability `condition_dropout`
(classifier-free guidance), and each clip is an image-to-video sample with probability `i2v_probability`
(the report's 20 %): its clean first-frame latent and a mask go into the condition channels.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import Tensor, nn


@dataclass(frozen=True, kw_only=True)
class FlowConfig:
    image_shift: float = 1.0
    video_shift: float = 3.0
    logit_normal_mean: float = 0.0
    logit_normal_std: float = 1.0
    condition_dropout: float = 0.1
    i2v_probability: float = 0.2
    null_id: int = 11

    def __post_init__(self) -> None:
        if self.image_shift <= 0 or self.video_shift <= 0:
            raise ValueError(f"FlowConfig: shifts must be > 0, got {self.image_shift}, {self.video_shift}")
        for name in ("condition_dropout", "i2v_probability"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"FlowConfig.{name} must be in [0, 1], got {getattr(self, name)}")

    def shift_for(self, frames: int) -> float:
        return self.image_shift if frames == 1 else self.video_shift


def shift_time(t: Tensor, shift: float) -> Tensor:
    """t' = s t / (1 + (s - 1) t): the identity at s = 1, maps 0 -> 0 and 1 -> 1."""
    return shift * t / (1 + (shift - 1) * t)


def sample_time(count: int, cfg: FlowConfig, shift: float, generator: torch.Generator | None = None) -> Tensor:
    """[count] training times: sigmoid of a normal draw, then shifted."""
    u = torch.randn(count, generator=generator) * cfg.logit_normal_std + cfg.logit_normal_mean
    return shift_time(torch.sigmoid(u), shift)


def noisy_latents(x0: Tensor, noise: Tensor, t: Tensor) -> Tensor:
    t = t.reshape(-1, *([1] * (x0.dim() - 1)))
    return (1 - t) * x0 + t * noise


def velocity_target(x0: Tensor, noise: Tensor) -> Tensor:
    return noise - x0


def first_frame_condition(first_latent: Tensor, frames: int) -> Tensor:
    """[B, C, 1, H, W] clean first-frame latents -> [B, C + 1, frames, H, W]: the latent at frame 0 and zeros
    after it, plus a mask channel that is 1 on frame 0."""
    B, C, _, H, W = first_latent.shape
    cond = first_latent.new_zeros(B, C + 1, frames, H, W)
    cond[:, :C, :1] = first_latent
    cond[:, C, 0] = 1
    return cond


def drop_labels(labels: Tensor, probability: float, null_id: int, generator: torch.Generator | None = None) -> Tensor:
    """Whole-sample dropout: a dropped sample has every condition token set to null_id."""
    drop = torch.rand(labels.shape[0], generator=generator) < probability
    return torch.where(drop[:, None].to(labels.device), torch.full_like(labels, null_id), labels)


def flow_matching_loss(model: nn.Module, batch: dict, cfg: FlowConfig) -> tuple[Tensor, dict[str, float]]:
    x0: Tensor = batch["latents"]  # [B, C, T, H, W]
    B, C, T = x0.shape[:3]
    t = sample_time(B, cfg, cfg.shift_for(T)).to(x0.device)
    noise = torch.randn_like(x0)
    labels = drop_labels(batch["labels"], cfg.condition_dropout, cfg.null_id)
    condition = None
    i2v_share = 0.0
    if T > 1 and cfg.i2v_probability > 0:
        i2v = (torch.rand(B) < cfg.i2v_probability).to(x0.device)
        condition = first_frame_condition(x0[:, :, :1], T) * i2v[:, None, None, None, None]
        i2v_share = float(i2v.float().mean())
    v_pred = model(noisy_latents(x0, noise, t), t * 1000, labels, condition)
    loss = (v_pred - velocity_target(x0, noise)).pow(2).mean()
    return loss, {"i2v_share": i2v_share, "frames": float(T)}


@torch.no_grad()
def held_out_loss(model: nn.Module, latents: Tensor, labels: Tensor, *, seed: int = 0, points: int = 8) -> float:
    """Flow-matching MSE at `points` fixed times in (0, 1) with fixed noise and no dropout: a comparable
    number across runs and architectures (the hybrid vs dual ablation)."""
    generator = torch.Generator().manual_seed(seed)
    total = 0.0
    for t_value in torch.linspace(0.5 / points, 1 - 0.5 / points, points):
        noise = torch.randn(latents.shape, generator=generator).to(latents.device)
        t = torch.full((latents.shape[0],), float(t_value), device=latents.device)
        v_pred = model(noisy_latents(latents, noise, t), t * 1000, labels)
        total += float((v_pred - velocity_target(latents, noise)).pow(2).mean())
    return total / points
