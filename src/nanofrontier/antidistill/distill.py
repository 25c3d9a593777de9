"""Supervised fine-tuning on prompt + completion pairs (teacher training and student distillation).

The loss is the completion's next-token cross-entropy only: the prompt is context, not something to
imitate (as the paper's distillation masks everything before the assistant's answer). Every trace is
used as it is, right or wrong (the paper distils on all traces, with no correctness filter).

    examples = [Example(prompt=tok.encode(p), completion=tok.encode(t) + [tok.eos_id]) for p, t in pairs]
    distill(student, examples, DistillConfig(steps=500), out_dir="runs/student", tokenizer=tok)

Runs go through `core.train`: metrics.jsonl, checkpoints and exact resume in `out_dir`, which ends up a
Hugging Face model directory (config.json, model.safetensors, tokenizer files).

Legend: B batch, T padded length.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor

from nanofrontier.core.checkpoint import load_weights_into, save_pretrained
from nanofrontier.core.lm import lm_loss
from nanofrontier.core.model import CausalLM
from nanofrontier.core.train import TrainConfig, train

log = logging.getLogger(__name__)

IGNORE = -100


@dataclass(frozen=True)
class Example:
    prompt: list[int]
    completion: list[int]  # the tokens learnt, the end-of-text token included


@dataclass(frozen=True, kw_only=True)
class DistillConfig:
    steps: int = 500
    batch_size: int = 32
    lr: float = 3e-3
    warmup_steps: int = 20
    weight_decay: float = 0.1
    seed: int = 0
    save_every: int = 0  # 0: only at the end

    def train_config(self) -> TrainConfig:
        return TrainConfig(max_steps=self.steps, lr=self.lr, warmup_steps=min(self.warmup_steps, self.steps - 1),
                           weight_decay=self.weight_decay, seed=self.seed, log_every=max(1, self.steps // 10),
                           save_every=self.save_every, keep_checkpoints=1)


class SFTBatches:
    """batches(i) -> {"input_ids", "labels"} [B, T]: right-padded, labels shifted, prompt and padding -100.

    A pure function of i (core.train's contract): batch i takes its examples from a permutation of all of
    them drawn for its epoch from `seed`, so every example is seen once per epoch and a resumed run sees
    the same batches as an uninterrupted one."""

    def __init__(self, examples: Sequence[Example], batch_size: int, *, seed: int, pad_id: int) -> None:
        if not examples:
            raise ValueError("SFTBatches: no examples to train on")
        empty = [i for i, e in enumerate(examples) if not e.prompt or not e.completion]
        if empty:
            raise ValueError(f"SFTBatches: example {empty[0]} has an empty prompt or completion")
        self.examples, self.batch_size, self.seed, self.pad_id = list(examples), batch_size, seed, pad_id
        self._perms: dict[int, list[int]] = {}

    def _order(self, epoch: int) -> list[int]:
        if epoch not in self._perms:
            if len(self._perms) > 2:
                self._perms.clear()
            gen = torch.Generator().manual_seed(self.seed * 1_000_003 + epoch)
            self._perms[epoch] = torch.randperm(len(self.examples), generator=gen).tolist()
        return self._perms[epoch]

    def __call__(self, i: int) -> dict[str, Tensor]:
        n = len(self.examples)
        picked = []
        for j in range(i * self.batch_size, (i + 1) * self.batch_size):
            picked.append(self.examples[self._order(j // n)[j % n]])
        return collate(picked, self.pad_id)


def collate(examples: Sequence[Example], pad_id: int) -> dict[str, Tensor]:
    """Right-padded input_ids [B, T] and shifted labels [B, T] (only completion tokens are learnt)."""
    seqs = [e.prompt + e.completion for e in examples]
    T = max(len(s) for s in seqs) - 1
    input_ids = torch.full((len(seqs), T), pad_id, dtype=torch.long)
    labels = torch.full((len(seqs), T), IGNORE, dtype=torch.long)
    for b, (e, s) in enumerate(zip(examples, seqs, strict=True)):
        input_ids[b, :len(s) - 1] = torch.tensor(s[:-1])
        start = len(e.prompt) - 1  # input position whose next token is the completion's first
        labels[b, start:len(s) - 1] = torch.tensor(e.completion)
    return {"input_ids": input_ids, "labels": labels}


def distill(model: CausalLM, examples: Sequence[Example], cfg: DistillConfig, *, out_dir: str | Path | None = None,
            tokenizer=None, pad_id: int = 0, progress: bool | None = None, run_info: dict | None = None) -> CausalLM:
    """Fine-tune `model` in place on the completions of `examples`; returns it in eval mode.

    With `out_dir`, the run checkpoints there, resumes from the newest checkpoint, and leaves a Hugging
    Face model directory (with `tokenizer` saved beside the weights)."""
    batches = SFTBatches(examples, cfg.batch_size, seed=cfg.seed, pad_id=pad_id)
    tokens = sum(len(e.completion) for e in examples)
    log.info("fine-tuning on %d examples (%d completion tokens) for %d steps", len(examples), tokens, cfg.steps)
    train(model, lm_loss, batches, cfg.train_config(), out_dir=out_dir, progress=progress, run_info=run_info,
          save_fn=lambda m, folder: save_pretrained(m, folder, tokenizer=tokenizer), load_fn=load_weights_into,
          tokens_in_batch=lambda batch: int((batch["labels"] != IGNORE).sum()))
    return model.eval()
