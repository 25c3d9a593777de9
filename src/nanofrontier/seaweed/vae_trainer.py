"""Training the causal video VAE through `core.train`: L1 + a small KL + an optional 3-D PatchGAN, on
clips and still images of one or several sizes (the report's mixed-resolution training, §3.1).

    cfg = VAETrainConfig(vae=vae_48x(), sizes=(32, 48), train=TrainConfig(max_steps=300, lr=2e-3))
    run = train_vae(cfg, out_dir="runs/vae")          # resumes from runs/vae/checkpoint-* if present
    run.vae                                           # trained, with latent scaling_factor / shift_factor set

Micro-batch i is a pure function of i: its shape is `shapes(cfg)[i % n]` (every size, as clips of
`frames` and as stills), its clips are rendered from seed (cfg.seed, i). The KL term is summed over
latent elements and divided by the pixel elements, so `kl_weight` means what it means in latent
diffusion's VAE (1e-6 there). With `gan_weight > 0` a spectral-norm PatchGAN is trained in the same
backward pass (hinge loss; the generator's term sees detached discriminator weights) from `gan_start`.

`out_dir` becomes a diffusers `vae/` folder: config.json + diffusion_pytorch_model.safetensors (and
discriminator.safetensors when a discriminator was trained), beside metrics.jsonl and checkpoints.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch import Tensor, nn

from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.train import TrainConfig, TrainState, train
from nanofrontier.seaweed.discriminator import PatchDiscriminator3d, adversarial_g_loss, frozen_logits, hinge_d_loss
from nanofrontier.seaweed.layout import CONFIG, load_weights, read_config, save_component
from nanofrontier.seaweed.metrics import psnr, ssim
from nanofrontier.seaweed.shapes import ClipSpec, clip_batch
from nanofrontier.seaweed.vae import CausalVideoVAE, VAEConfig, vae_48x

log = logging.getLogger(__name__)

DISCRIMINATOR_WEIGHTS = "discriminator.safetensors"


@dataclass(frozen=True, kw_only=True)
class VAETrainConfig:
    vae: VAEConfig = field(default_factory=vae_48x)
    train: TrainConfig = field(default_factory=lambda: TrainConfig(
        max_steps=400, lr=1e-3, warmup_steps=20, weight_decay=0.0, log_every=25, min_lr_ratio=0.05,
        eval_every=100))
    sizes: tuple[int, ...] = (32,)  # frame sides, cycled: several sizes = mixed-resolution training
    frames: int = 9  # frames of a clip batch; every size also gets a still-image batch
    batch_size: int = 4  # clips per clip batch
    image_batch_size: int = 16  # stills per image batch
    l1_weight: float = 1.0
    kl_weight: float = 1e-6
    l2_weight: float = 0.0
    gan_weight: float = 0.0  # 0: no discriminator
    gan_start: int = 0  # optimizer step from which the adversarial terms apply
    seed: int = 0

    def __post_init__(self) -> None:
        if not self.sizes or any(s % self.vae.spatial_compression for s in self.sizes):
            raise ValueError(f"VAETrainConfig.sizes {self.sizes}: each must be a multiple of the VAE's spatial "
                             f"compression {self.vae.spatial_compression}")
        if (self.frames - 1) % self.vae.temporal_compression:
            raise ValueError(f"VAETrainConfig.frames {self.frames}: must be 1 + {self.vae.temporal_compression}k")


def shapes(cfg: VAETrainConfig) -> list[tuple[int, int, int]]:
    """(count, frames, size) of each micro-batch kind, in the order batches cycle through them."""
    return [kind for size in cfg.sizes
            for kind in ((cfg.batch_size, cfg.frames, size), (cfg.image_batch_size, 1, size))]


class VAEWithDiscriminator(nn.Module):
    """What `core.train` optimises: the VAE and, when adversarial training is on, its discriminator."""

    def __init__(self, vae: CausalVideoVAE, disc: PatchDiscriminator3d | None) -> None:
        super().__init__()
        self.vae, self.disc = vae, disc


def vae_loss(model: VAEWithDiscriminator, batch: dict, cfg: VAETrainConfig) -> tuple[Tensor, dict[str, float]]:
    video: Tensor = batch["video"]  # [B, 3, T, H, W] in [-1, 1]
    recon, posterior = model.vae(video)
    l1 = (recon - video).abs().mean()
    kl = posterior.kl().mean() / video[0].numel()
    loss = cfg.l1_weight * l1 + cfg.kl_weight * kl
    if cfg.l2_weight:
        loss = loss + cfg.l2_weight * (recon - video).pow(2).mean()
    metrics = {"l1": l1.item(), "kl": kl.item()}
    if model.disc is not None and batch["step"] >= cfg.gan_start:
        d_loss = hinge_d_loss(model.disc(video), model.disc(recon.detach()))
        g_loss = adversarial_g_loss(frozen_logits(model.disc, recon))
        loss = loss + cfg.gan_weight * g_loss + d_loss
        metrics.update(d_loss=d_loss.item(), g_loss=g_loss.item())
    return loss, metrics


def vae_batches(cfg: VAETrainConfig):
    kinds = shapes(cfg)

    def batches(i: int) -> dict:
        count, frames, size = kinds[i % len(kinds)]
        video, _ = clip_batch(ClipSpec(frames=frames, size=size), count=count, seed=cfg.seed, index=i)
        return {"video": video, "step": i // cfg.train.grad_accum}

    return batches


def _save(model: VAEWithDiscriminator, folder: Path) -> None:
    save_component(folder, model.vae, model.vae.config.to_dict())
    if model.disc is not None:
        save_component(folder / "discriminator", model.disc, {"_class_name": "PatchDiscriminator3d"})


def _load(model: VAEWithDiscriminator, folder: Path) -> None:
    load_weights(model.vae, folder)
    if model.disc is not None:
        load_weights(model.disc, folder / "discriminator")


@torch.no_grad()
def reconstruction_quality(vae: CausalVideoVAE, *, size: int, frames: int = 9, count: int = 32, seed: int = 1234,
                           batch_size: int = 8) -> dict[str, float]:
    """PSNR (dB) and SSIM of reconstructions (posterior means) of held-out clips: mean and per-clip spread."""
    was_training = vae.training
    vae.eval()
    scores_p, scores_s = [], []
    for start in range(0, count, batch_size):
        video, _ = clip_batch(ClipSpec(frames=frames, size=size), count=min(batch_size, count - start), seed=seed,
                              index=start)
        recon = vae.decode(vae.encode(video).mean)
        scores_p.append(psnr(recon, video))
        scores_s.append(ssim(recon, video))
    vae.train(was_training)
    p, s = torch.cat(scores_p), torch.cat(scores_s)
    return {"psnr": float(p.mean()), "psnr_std": float(p.std()), "ssim": float(s.mean()), "ssim_std": float(s.std())}


@torch.no_grad()
def latent_statistics(vae: CausalVideoVAE, *, size: int, frames: int = 9, count: int = 64, seed: int = 99) -> dict:
    """shift_factor (mean) and scaling_factor (1 / std) of posterior means over clips: normalised latents
    have unit variance, which the flow-matching noise assumes."""
    vae.eval()
    video, _ = clip_batch(ClipSpec(frames=frames, size=size), count=count, seed=seed, index=0)
    z = vae.encode(video).mean
    return {"shift_factor": float(z.mean()), "scaling_factor": float(1.0 / z.std())}


@dataclass
class VAERun:
    vae: CausalVideoVAE
    state: TrainState
    out_dir: Path | None


def train_vae(cfg: VAETrainConfig, *, out_dir: str | os.PathLike | None = None, resume: bool = True,
              progress: bool | None = None, run_info: dict | None = None) -> VAERun:
    torch.manual_seed(cfg.train.seed)
    vae = CausalVideoVAE(cfg.vae)
    disc = PatchDiscriminator3d() if cfg.gan_weight > 0 else None
    model = VAEWithDiscriminator(vae, disc)
    held_out, _ = clip_batch(ClipSpec(frames=cfg.frames, size=cfg.sizes[0]), count=8, seed=cfg.seed + 7919, index=0)

    def eval_fn(m: VAEWithDiscriminator) -> dict[str, float]:
        recon = m.vae.decode(m.vae.encode(held_out).mean)
        return {"loss": float((recon - held_out).abs().mean()), "psnr": float(psnr(recon, held_out).mean())}

    out = Path(out_dir) if out_dir is not None else None
    info = {"vae_train_config": dataclasses.asdict(cfg), **(run_info or {})}
    state = train(model, lambda m, b: vae_loss(m, b, cfg), vae_batches(cfg), cfg.train, out_dir=out,
                  eval_fn=eval_fn, save_fn=_save, load_fn=_load, resume=resume, progress=progress, run_info=info,
                  tokens_in_batch=lambda b: b["video"].shape[0] * b["video"].shape[2])
    stats = latent_statistics(vae, size=cfg.sizes[0], frames=cfg.frames)
    vae.config = cfg.vae.replace(**stats)
    if out is not None:
        write_json_atomic(out / CONFIG, vae.config.to_dict())
    log.info("VAE r=%g: latent shift %.3f, scale %.3f", cfg.vae.compression_ratio, stats["shift_factor"],
             stats["scaling_factor"])
    return VAERun(vae=vae.eval(), state=state, out_dir=out)


def load_vae(folder: str | os.PathLike) -> CausalVideoVAE:
    """A VAE folder (train_vae's out_dir, or a pipeline's vae/)."""
    vae = CausalVideoVAE(VAEConfig.from_dict(read_config(folder)))
    load_weights(vae, folder)
    return vae.eval()
