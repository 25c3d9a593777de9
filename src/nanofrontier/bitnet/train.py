"""BitNet b1.58 training: the report's two-stage LR and weight-decay schedules, and
`train_bitnet`, core's `train_lm` with a BitLinear model in place of the dense one.

    sched = TwoStageSchedule(max_steps=300, lr=1.5e-3, warmup_steps=30)
    sched.lr_at(150), sched.lr_at(151), sched.weight_decay_at(151)   # the abrupt drop; decay off
    run = train_bitnet(bitnet_preset("small"), out_dir="runs/bitnet")  # synthetic corpus, ~2 min

The schedule, 1-based steps like core (`lr_at(s)` is the rate of the update that completes step s):
- stage 1, steps 1..cooldown_step: linear warmup to `lr`, then a half cosine down to lr * stage1_end_ratio;
- stage 2 ("cooldown"), the rest: the rate drops at once to lr * cooldown_ratio and a half cosine takes it
  to lr * final_ratio at max_steps. Defaults follow the b1.58 FAQ's small-model anecdote (1.5e-3 -> 8e-4,
  then 5e-4 -> 0), the only figures published (the report gives none).
- weight decay: a half cosine rising from 0 to its peak `weight_decay` (0.1) at the stage boundary, then 0.

`core.train.train(..., schedule=sched.step_values)` applies both each step (weight decay only to the
groups built with one), and metrics.jsonl logs the rate actually applied.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from nanofrontier.bitnet.formats import save_master
from nanofrontier.bitnet.model import BitNetConfig, BitNetForCausalLM, tiny
from nanofrontier.core.checkpoint import load_weights_into
from nanofrontier.core.data import TokenBatches, eval_batches, pack_tokens, split_tokens
from nanofrontier.core.lm import LMRun, evaluate_loss, lm_loss, make_tokenizer, synthetic_texts, unigram_loss
from nanofrontier.core.train import TrainConfig, train

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class TwoStageSchedule:
    max_steps: int
    lr: float  # stage 1 peak
    warmup_steps: int = 0
    cooldown_at: float = 0.5  # fraction of max_steps after which stage 2 starts
    stage1_end_ratio: float = 8e-4 / 1.5e-3
    cooldown_ratio: float = 5e-4 / 1.5e-3  # stage 2 peak / stage 1 peak
    final_ratio: float = 0.0
    weight_decay: float = 0.1  # stage 1 peak, reached at the boundary

    def __post_init__(self) -> None:
        checks = [("max_steps", self.max_steps >= 2, ">= 2"), ("lr", self.lr > 0, "> 0"),
                  ("cooldown_at", 0 < self.cooldown_at < 1, "in (0, 1)"),
                  ("warmup_steps", 0 <= self.warmup_steps <= self.cooldown_step, "in [0, cooldown_step]"),
                  ("cooldown_ratio", 0 <= self.final_ratio <= self.cooldown_ratio <= self.stage1_end_ratio <= 1,
                   "ordered: 0 <= final_ratio <= cooldown_ratio <= stage1_end_ratio <= 1"),
                  ("weight_decay", self.weight_decay >= 0, ">= 0")]
        for name, ok, rule in checks:
            if not ok:
                raise ValueError(f"TwoStageSchedule.{name} must be {rule}, got {getattr(self, name)!r}")

    @classmethod
    def from_train_config(cls, cfg: TrainConfig, **kwargs: float) -> TwoStageSchedule:
        """Peak lr, warmup, steps and weight decay taken from core's config."""
        return cls(max_steps=cfg.max_steps, lr=cfg.lr, warmup_steps=cfg.warmup_steps,
                   weight_decay=cfg.weight_decay, **kwargs)

    @property
    def cooldown_step(self) -> int:
        """The last step of stage 1."""
        return max(1, min(self.max_steps - 1, round(self.cooldown_at * self.max_steps)))

    def lr_at(self, step: int) -> float:
        if step <= self.warmup_steps:
            return self.lr * step / max(1, self.warmup_steps)
        boundary = self.cooldown_step
        if step <= boundary:
            progress = (step - self.warmup_steps) / max(1, boundary - self.warmup_steps)
            return _cosine(progress, self.lr, self.lr * self.stage1_end_ratio)
        progress = min(1.0, (step - boundary - 1) / max(1, self.max_steps - boundary - 1))
        return _cosine(progress, self.lr * self.cooldown_ratio, self.lr * self.final_ratio)

    def step_values(self, step: int) -> tuple[float, float]:
        """(lr, weight decay) of the update completing `step`: what core.train's `schedule` takes."""
        return self.lr_at(step), self.weight_decay_at(step)

    def weight_decay_at(self, step: int) -> float:
        boundary = self.cooldown_step
        if step > boundary:
            return 0.0
        return _cosine(step / boundary, 0.0, self.weight_decay)


def _cosine(progress: float, start: float, end: float) -> float:
    """Half cosine from `start` (progress 0) to `end` (progress 1)."""
    return end + 0.5 * (1.0 + math.cos(math.pi * progress)) * (start - end)


# ---- presets and the training glue ----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class BitNetPreset:
    """core's LMPreset for BitNet: model shape, loop, batch geometry, tokenizer, schedule shape."""

    model: BitNetConfig  # vocab_size and special ids are replaced by the tokenizer's
    train: TrainConfig  # max_steps, peak lr, warmup and peak weight decay feed the two-stage schedule
    batch_size: int
    seq_len: int
    tokenizer: str = "bpe"
    vocab_size: int = 1024
    synthetic_docs: int = 4000
    val_fraction: float = 0.05
    cooldown_at: float = 0.5

    def schedule(self) -> TwoStageSchedule:
        return TwoStageSchedule.from_train_config(self.train, cooldown_at=self.cooldown_at)


def bitnet_preset(name: str) -> BitNetPreset:
    """`tiny`: seconds, for tests. `small`: ~0.9M parameters, 2-layer d=128, about a minute on 2 cores."""
    if name == "tiny":
        return BitNetPreset(model=tiny(), batch_size=8, seq_len=64, tokenizer="byte", synthetic_docs=300,
                            train=TrainConfig(max_steps=20, lr=3e-3, warmup_steps=2, log_every=5, eval_every=10,
                                              eval_batches=2))
    if name == "small":
        model = tiny(hidden_size=128, intermediate_size=384, num_hidden_layers=3, num_attention_heads=4,
                     num_key_value_heads=2, max_position_embeddings=256, rope_theta=10000.0)
        return BitNetPreset(model=model, batch_size=16, seq_len=128, vocab_size=512, synthetic_docs=3000,
                            train=TrainConfig(max_steps=250, lr=4e-3, warmup_steps=20, log_every=10,
                                              eval_every=50, eval_batches=8, weight_decay=0.1))
    raise ValueError(f"unknown BitNet preset {name!r} (known: tiny, small)")


def train_bitnet(preset: BitNetPreset, *, out_dir: str | Path | None = None, texts: Sequence[str] | None = None,
                 dense: bool = False, resume: bool = True, progress: bool | None = None,
                 run_info: dict | None = None) -> LMRun:
    """`core.lm.train_lm` for a BitNet decoder under the two-stage schedule. dense=True trains the same
    shape with full-precision linears (quantization_config None), the baseline of the reproduction."""
    texts = list(texts) if texts is not None else synthetic_texts(preset.synthetic_docs, preset.train.seed)
    tokenizer = make_tokenizer(preset.tokenizer, texts, preset.vocab_size)
    tokens = pack_tokens((tokenizer.encode(t) for t in texts), eos_id=tokenizer.eos_id)
    train_tokens, val_tokens = split_tokens(tokens, val_fraction=preset.val_fraction)
    config = preset.model.replace(vocab_size=tokenizer.vocab_size, bos_token_id=tokenizer.bos_id,
                                  eos_token_id=tokenizer.eos_id, pad_token_id=tokenizer.pad_id)
    if dense:
        config = dataclasses.replace(config, quantization_config=None)
    torch.manual_seed(preset.train.seed)
    model = BitNetForCausalLM(config)
    log.info("bitnet (%s): %.2fM parameters, %d train tokens", config.mode, config.num_parameters() / 1e6,
             len(train_tokens))
    val = eval_batches(val_tokens, batch_size=preset.batch_size, seq_len=preset.seq_len,
                       max_batches=preset.train.eval_batches)
    sched = preset.schedule()
    state = train(
        model, lm_loss, TokenBatches(train_tokens, preset.batch_size, preset.seq_len, seed=preset.train.seed),
        preset.train, out_dir=out_dir, resume=resume, progress=progress, run_info=run_info,
        eval_fn=lambda m: {"loss": evaluate_loss(m, val)},
        save_fn=lambda m, folder: save_master(m, folder, tokenizer=tokenizer), load_fn=load_weights_into,
        schedule=sched.step_values)
    model.eval()
    return LMRun(model=model, tokenizer=tokenizer, state=state, val_loss=evaluate_loss(model, val),
                 unigram_loss=unigram_loss(train_tokens, val_tokens, tokenizer.vocab_size),
                 train_tokens=len(train_tokens))
