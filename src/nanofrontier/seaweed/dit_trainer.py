"""Multi-stage DiT training through `core.train` (Seaweed-7B report, §3.3 "Training Stages", scaled down):
images only, then joint images + videos, then a higher resolution, on latents of a trained causal VAE.

    run = train_dit(DiTTrainConfig(), vae, out_dir="runs/seaweed")   # resumes every stage
    run.pipeline.generate(["red circle moving left"])
    # runs/seaweed is a diffusers pipeline folder; runs/seaweed/stages/<k>-<name>/ hold each stage's
    # metrics.jsonl and checkpoints

Latents are encoded once per frame size into a `LatentBank` (posterior means, normalised by the VAE's
scaling/shift factors). A still image is the first latent slice of a clip: the causal VAE encodes frame 0
on its own, so this is exactly the latent of that frame as an image (`vae.causality_gap`). A still has
no motion, so its direction token is null. Within a stage, micro-batch i is of kind `kinds[i % n]`
(stills or clips of one size) and draws bank rows from seed (cfg.seed, stage, i): resuming needs no
loader state, and stage k starts from the weights stage k - 1 ended with.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from torch import Tensor
from tqdm import tqdm

from nanofrontier.core.train import TrainConfig, TrainState, train
from nanofrontier.seaweed.dit import DiTConfig, HybridStreamDiT, dit_tiny
from nanofrontier.seaweed.flow import FlowConfig, flow_matching_loss, held_out_loss
from nanofrontier.seaweed.layout import load_weights, save_component
from nanofrontier.seaweed.pipeline import SeaweedPipeline
from nanofrontier.seaweed.prompt import Label, LabelVocab
from nanofrontier.seaweed.scheduler import FlowMatchEulerScheduler, SchedulerConfig
from nanofrontier.seaweed.shapes import ClipSpec, clip_batch
from nanofrontier.seaweed.vae import CausalVideoVAE

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class Stage:
    name: str
    steps: int
    image_sizes: tuple[int, ...] = (32,)  # still images at these sizes
    video_sizes: tuple[int, ...] = ()  # clips at these sizes; empty = an image-only stage
    lr: float = 1e-3


def paper_stages(total_steps: int, *, low: int = 32, high: int = 48) -> tuple[Stage, ...]:
    """The report's pre-training shares (37.5 % images only, then joint at 256p, 480p, 720p: 25/25/12.5 %)
    folded into three stages: images at `low`; images + clips at `low`; clips at `high` beside `low`."""
    s0, s1 = round(0.375 * total_steps), round(0.375 * total_steps)
    return (Stage(name="images", steps=s0, image_sizes=(low,)),
            Stage(name="joint", steps=s1, image_sizes=(low,), video_sizes=(low,)),
            Stage(name="high-res", steps=total_steps - s0 - s1, image_sizes=(low,), video_sizes=(low, high),
                  lr=5e-4))


@dataclass(frozen=True, kw_only=True)
class DiTTrainConfig:
    dit: DiTConfig = field(default_factory=dit_tiny)
    flow: FlowConfig = field(default_factory=FlowConfig)
    stages: tuple[Stage, ...] = field(default_factory=lambda: paper_stages(600))
    train: TrainConfig = field(default_factory=lambda: TrainConfig(
        max_steps=1, lr=1e-3, warmup_steps=20, weight_decay=0.01, log_every=25, eval_every=100, min_lr_ratio=0.1))
    frames: int = 9
    batch_size: int = 16  # clips per clip micro-batch
    image_batch_size: int = 32
    bank_clips: int = 768  # clips encoded per frame size
    seed: int = 0


class LatentBank:
    """Normalised latents of rendered clips at one size: `latents` [N, C, T, h, w], `labels` (N Labels)."""

    def __init__(self, vae: CausalVideoVAE, spec: ClipSpec, count: int, seed: int, batch_size: int = 32,
                 progress: bool = False) -> None:
        parts, self.labels = [], []
        with torch.no_grad():
            for start in tqdm(range(0, count, batch_size), desc=f"encode {spec.size}px", disable=not progress):
                video, labels = clip_batch(spec, count=min(batch_size, count - start), seed=seed, index=start)
                parts.append(vae.normalize(vae.encode(video).mean))
                self.labels += labels
        self.latents = torch.cat(parts)
        self.size = spec.size

    def draw(self, rng: np.random.Generator, count: int, *, still: bool) -> tuple[Tensor, list[Label]]:
        rows = rng.choice(len(self.labels), size=count, replace=count > len(self.labels))
        latents = self.latents[torch.from_numpy(rows)]
        labels = [self.labels[r] for r in rows]
        if still:
            return latents[:, :, :1].contiguous(), [Label(lab.shape, lab.colour, None) for lab in labels]
        return latents, labels


def stage_batches(stage: Stage, index: int, banks: dict[int, LatentBank], cfg: DiTTrainConfig, vocab: LabelVocab):
    kinds = [("still", s) for s in stage.image_sizes] + [("clip", s) for s in stage.video_sizes]

    def batches(i: int) -> dict:
        kind, size = kinds[i % len(kinds)]
        rng = np.random.default_rng([cfg.seed, index, i])
        still = kind == "still"
        latents, labels = banks[size].draw(rng, cfg.image_batch_size if still else cfg.batch_size, still=still)
        return {"latents": latents, "labels": vocab.token_ids(labels)}

    return batches


def _save(model: HybridStreamDiT, folder: Path) -> None:
    save_component(folder, model, model.config.to_dict())


@dataclass
class DiTRun:
    pipeline: SeaweedPipeline
    states: list[TrainState]
    stage_dirs: list[Path]
    held_out_loss: float


def build_banks(vae: CausalVideoVAE, cfg: DiTTrainConfig, sizes: set[int],
                progress: bool = False) -> dict[int, LatentBank]:
    return {size: LatentBank(vae, ClipSpec(frames=cfg.frames, size=size), cfg.bank_clips, cfg.seed, progress=progress)
            for size in sorted(sizes)}


def train_dit(cfg: DiTTrainConfig, vae: CausalVideoVAE, *, out_dir: str | os.PathLike | None = None,
              resume: bool = True, progress: bool | None = None, banks: dict[int, LatentBank] | None = None,
              run_info: dict | None = None) -> DiTRun:
    """Train cfg.stages in order; with out_dir, write the pipeline folder there (and each stage's run)."""
    vocab = LabelVocab()
    if cfg.dit.vocab_size != vocab.size or cfg.flow.null_id != vocab.null_id:
        raise ValueError(f"DiTTrainConfig: dit.vocab_size {cfg.dit.vocab_size} and flow.null_id {cfg.flow.null_id} "
                         f"must match the label vocabulary ({vocab.size} tokens, null id {vocab.null_id})")
    vae.eval().requires_grad_(False)
    sizes = {s for st in cfg.stages for s in (*st.image_sizes, *st.video_sizes)}
    banks = banks if banks is not None else build_banks(vae, cfg, sizes, progress=bool(progress))
    held = LatentBank(vae, ClipSpec(frames=cfg.frames, size=cfg.stages[0].image_sizes[0]), 32, cfg.seed + 104729)
    held_labels = vocab.token_ids(held.labels)
    torch.manual_seed(cfg.seed)
    model = HybridStreamDiT(cfg.dit)
    out = Path(out_dir) if out_dir is not None else None
    states, dirs = [], []
    for k, stage in enumerate(cfg.stages):
        stage_dir = out / "stages" / f"{k}-{stage.name}" if out is not None else None
        tcfg = dataclasses.replace(cfg.train, max_steps=stage.steps, lr=stage.lr, seed=cfg.seed + k)
        info = {"stage": dataclasses.asdict(stage), "dit_train_config": dataclasses.asdict(cfg), **(run_info or {})}
        log.info("stage %d (%s): %d steps, stills %s, clips %s", k, stage.name, stage.steps, stage.image_sizes,
                 stage.video_sizes)
        states.append(train(
            model, lambda m, b: flow_matching_loss(m, b, cfg.flow), stage_batches(stage, k, banks, cfg, vocab), tcfg,
            out_dir=stage_dir, eval_fn=lambda m: {"loss": held_out_loss(m, held.latents, held_labels)},
            save_fn=_save, load_fn=load_weights, resume=resume, progress=progress, run_info=info,
            tokens_in_batch=lambda b: b["latents"][:, 0].numel()))
        dirs.append(stage_dir)
    model.eval()
    scheduler = FlowMatchEulerScheduler(SchedulerConfig(shift=cfg.flow.video_shift))
    low = cfg.stages[0].image_sizes[0]
    pipeline = SeaweedPipeline(vae=vae, transformer=model, scheduler=scheduler, vocab=vocab, frames=cfg.frames,
                               size=low)
    if out is not None:
        pipeline.save_pretrained(out)
    return DiTRun(pipeline=pipeline, states=states, stage_dirs=dirs,
                  held_out_loss=held_out_loss(model, held.latents, held_labels))
