"""Native multimodal pre-training (InternVL3 report): text-only and image-text samples in one stage, every
module trained from the start, the loss on text tokens only with square-root reweighting, through `core.train`.

The staged baseline spends the same samples in the classic order: a text-only LM stage, an alignment stage with
the LLM frozen (ViT and projector learn), then everything unfrozen on the image-text samples.

    preset = pretrain_preset("small")
    run = pretrain(preset, out_dir="runs/internvl")                 # joint (native), V2PE on
    run = pretrain(preset, out_dir="runs/staged", staged=True)       # text -> frozen-LLM alignment -> unfreeze
    run.model, run.encoder, run.split

A run directory is a remote-code-layout model folder (config.json, model.safetensors, tokenizer files) plus
metrics.jsonl, run.json and checkpoint-*/ (per stage for the staged recipe) for resuming.
"""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch import nn

from nanofrontier.core.train import TrainConfig, TrainState, train
from nanofrontier.internvl.config import small, tiny
from nanofrontier.internvl.data import Encoded, SampleEncoder, VLBatches, token_count, vl_loss
from nanofrontier.internvl.formats import load_internvl, save_internvl
from nanofrontier.internvl.model import InternVLChatModel
from nanofrontier.internvl.positions import DELTAS
from nanofrontier.internvl.scenes import TripleSplit
from nanofrontier.internvl.tasks import mixture as family_mixture
from nanofrontier.internvl.tasks import text_document
from nanofrontier.internvl.vocab import word_tokenizer

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class PretrainPreset:
    """What `pretrain` needs besides the output folder: model size, loop, data mixture, V2PE, loss weighting."""

    model: str  # "tiny" or "small" (config.py presets)
    train: TrainConfig
    batch_size: int
    text_fraction: float = 0.25  # text : image-text = 1 : 3, the report's best ratio
    # tasks.FAMILIES: captions give every image's colour and shape as targets (dense supervision), the
    # first-image question is the V2PE probe, the two-step count is what post-training improves
    families: tuple[str, ...] = ("gallery_caption", "first_colour", "gallery_two_step")
    family_weights: tuple[float, ...] | None = (2.0, 2.0, 2.0)
    deltas: tuple[float, ...] | float = field(default=DELTAS)  # Δ = {1, ..., 1/256}; a float: fixed δ (1 = no V2PE)
    weighting: str = "square"
    split_seed: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.text_fraction < 1:
            raise ValueError(f"PretrainPreset.text_fraction must be in [0, 1), got {self.text_fraction}")
        if self.family_weights is not None and len(self.family_weights) != len(self.families):
            raise ValueError(f"PretrainPreset: {len(self.families)} families but {len(self.family_weights)} weights")
        if self.model not in ("tiny", "small"):
            raise ValueError(f"PretrainPreset.model must be 'tiny' or 'small', got {self.model!r}")


def pretrain_preset(name: str) -> PretrainPreset:
    """`tiny`: seconds (tests). `small`: the reproduction's model and mixture."""
    if name == "tiny":
        return PretrainPreset(model="tiny", batch_size=4,
                              train=TrainConfig(max_steps=4, lr=3e-3, warmup_steps=1, log_every=2))
    if name == "small":
        return PretrainPreset(model="small", batch_size=16,
                              train=TrainConfig(max_steps=1200, lr=2e-3, warmup_steps=60, weight_decay=0.05,
                                                log_every=50, save_every=300))
    raise ValueError(f"unknown pretraining preset {name!r} (known: tiny, small)")


@dataclass
class VLRun:
    model: InternVLChatModel
    encoder: SampleEncoder
    split: TripleSplit
    states: list[TrainState]

    @property
    def tokens(self) -> int:
        return sum(s.tokens for s in self.states)


def build_model(preset: PretrainPreset, tokenizer, seed: int) -> InternVLChatModel:
    ctx = tokenizer.token_to_id("<IMG_CONTEXT>")
    make = tiny if preset.model == "tiny" else small
    config = make(vocab_size=tokenizer.vocab_size, img_context_token_id=ctx)
    config = config.replace(llm=dataclasses.replace(config.llm, eos_token_id=tokenizer.eos_id,
                                                    pad_token_id=tokenizer.pad_id), max_dynamic_patch=1,
                            use_thumbnail=False)
    torch.manual_seed(seed)
    return InternVLChatModel(config)


def sample_maker(preset: PretrainPreset, encoder: SampleEncoder, split: TripleSplit, *,
                 text: float | None = None) -> Callable[[random.Random], Encoded]:
    """rng -> one encoded training sample: a text document with probability `text` (default the preset's
    text_fraction), else an image-text sample of the preset's families."""
    share = preset.text_fraction if text is None else text
    image_text = family_mixture(preset.families, preset.family_weights)

    def make(rng: random.Random) -> Encoded:
        if rng.random() < share:
            return encoder.encode_text(text_document(rng))
        return encoder.encode(image_text(rng, split.train))

    return make


def pretrain(preset: PretrainPreset, *, out_dir: str | Path | None = None, seed: int = 0, staged: bool = False,
             resume: bool = True, progress: bool | None = None, run_info: dict | None = None,
             eval_fn: Callable[[nn.Module], dict[str, float]] | None = None) -> VLRun:
    """Train from scratch: one joint stage (native) or the three-stage baseline, on the same sample budget."""
    tokenizer = word_tokenizer()
    model = build_model(preset, tokenizer, seed)
    encoder = SampleEncoder(tokenizer, model.config)
    split = TripleSplit.make(seed=preset.split_seed)
    log.info("internvl: %s parameters", {k: f"{v / 1e6:.2f}M" for k, v in model.num_parameters().items()})
    out = Path(out_dir) if out_dir is not None else None
    save = (lambda m, folder: save_internvl(m, folder, tokenizer=tokenizer)) if out is not None else None
    common = dict(tokens_in_batch=token_count, save_fn=save, load_fn=_load_into, resume=resume, progress=progress,
                  run_info=run_info, eval_fn=eval_fn)
    cfg = dataclasses.replace(preset.train, seed=seed)
    if not staged:
        states = [train(model, vl_loss, _batches(preset, encoder, split, seed), cfg, out_dir=out, **common)]
        return VLRun(model, encoder, split, states)
    states = []
    for name, steps, text, frozen in _stages(preset):
        model.language_model.requires_grad_(not frozen)
        stage_cfg = dataclasses.replace(cfg, max_steps=steps, warmup_steps=min(cfg.warmup_steps, steps // 4))
        batches = _batches(preset, encoder, split, seed, text=text, salt=len(states))
        states.append(train(model, vl_loss, batches, stage_cfg, out_dir=None if out is None else out / name,
                            **common))
    model.language_model.requires_grad_(True)
    if out is not None:
        save_internvl(model, out, tokenizer=tokenizer)
    return VLRun(model, encoder, split, states)


def _stages(preset: PretrainPreset) -> list[tuple[str, int, float, bool]]:
    """(folder, steps, text share, LLM frozen): the joint run's text samples first, then its image-text ones."""
    total = preset.train.max_steps
    text_steps = max(1, round(total * preset.text_fraction))
    align = max(1, (total - text_steps) // 2)
    return [("stage1-text", text_steps, 1.0, False), ("stage2-align", align, 0.0, True),
            ("stage3-full", max(1, total - text_steps - align), 0.0, False)]


def _batches(preset: PretrainPreset, encoder: SampleEncoder, split: TripleSplit, seed: int, *,
             text: float | None = None, salt: int = 0) -> VLBatches:
    return VLBatches(sample_maker(preset, encoder, split, text=text), preset.batch_size,
                     pad_id=encoder.tokenizer.pad_id, image_token_id=encoder.config.img_context_token_id,
                     seed=seed * 31 + salt, deltas=preset.deltas, weighting=preset.weighting)


def _load_into(model: nn.Module, folder: Path) -> None:
    """core.train's resume: copy a saved folder's weights into the live model (its optimizer keeps them)."""
    model.load_state_dict(load_internvl(folder).state_dict())
