"""The starting policy of the reproduction: a character-level decoder fine-tuned on a small labelled set of
variable chains until its greedy accuracy reaches a band (40-60%), like an instruct model that is decent but
imperfect.

    run = train_policy(policy_preset("quick"), out_dir="runs/policy")
    run.model, run.tokenizer, run.dev_accuracy, run.steps        # out_dir is a Hugging Face model directory

Training runs in segments of `check_every` steps at a constant learning rate (after warmup); after each, the
greedy accuracy on a labelled dev set is measured and training stops once it reaches the band's low end (or
at max_steps). Segments resume from core.train's checkpoints, so the segmented run equals one long run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor, nn

from nanofrontier.core.checkpoint import load_weights_into, save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.preference import collate_responses, sequence_logps
from nanofrontier.core.tokenizer import ByteTokenizer, Tokenizer
from nanofrontier.core.train import TrainConfig, train
from nanofrontier.genius.chains import chain_tasks, render_prompt, render_response
from nanofrontier.genius.evaluation import accuracy
from nanofrontier.genius.losses import sft_loss
from nanofrontier.genius.train import epoch_indices

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class PolicyPreset:
    model: ModelConfig  # vocabulary and special ids are the byte tokenizer's
    labelled: int = 2000  # labelled SFT chains
    dev: int = 256  # labelled chains the band is checked on
    hops: tuple[int, int] = (1, 3)
    max_value: int | None = 20  # small integers: every number in a chain stays at or below it
    band: tuple[float, float] = (0.40, 0.60)
    batch_size: int = 32
    lr: float = 3e-3
    warmup_steps: int = 30
    check_every: int = 100
    max_steps: int = 1000
    seed: int = 0


def policy_preset(name: str) -> PolicyPreset:
    """`tiny`: seconds, for tests (no band reached). `quick`: 4 layers, d=128 (~0.8M parameters)."""
    tok = ByteTokenizer()
    base = dict(vocab_size=tok.vocab_size, bos_token_id=tok.bos_id, eos_token_id=tok.eos_id, pad_token_id=tok.pad_id,
                tie_word_embeddings=True, max_position_embeddings=256)
    if name == "tiny":
        model = ModelConfig.tiny(**base)
        return PolicyPreset(model=model, labelled=64, dev=16, hops=(1, 2), check_every=4, max_steps=8,
                            batch_size=8, warmup_steps=2)
    if name == "quick":
        model = ModelConfig(hidden_size=128, intermediate_size=384, num_hidden_layers=4, num_attention_heads=4,
                            num_key_value_heads=2, **base)
        return PolicyPreset(model=model)
    raise ValueError(f"unknown policy preset {name!r} (known: tiny, quick)")


@dataclass(frozen=True)
class PolicyRun:
    model: CausalLM
    tokenizer: Tokenizer
    dev_accuracy: float
    steps: int
    checks: list[tuple[int, float]]  # (step, dev accuracy) after each segment


def response_batches(prompts: list[list[int]], responses: list[list[int]], batch_size: int, pad_id: int,
                     seed: int):
    """batches(i) for supervised fine-tuning: a permutation per epoch, a pure function of i."""
    def batches(i: int) -> dict[str, Tensor]:
        rows = epoch_indices(len(prompts), batch_size, seed, i)
        return collate_responses([prompts[r] for r in rows], [responses[r] for r in rows], pad_id=pad_id)
    return batches


def sft_step_loss(model: nn.Module, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
    """Mean NLL per response token (prompt masked)."""
    mask = batch["response_mask"]
    return sft_loss(sequence_logps(model, batch["input_ids"], mask), mask.sum(-1)), {}


def train_policy(preset: PolicyPreset, *, out_dir: str | Path, progress: bool | None = None) -> PolicyRun:
    """Fine-tune a fresh decoder on labelled chains until dev accuracy reaches the band; save it to out_dir."""
    tok = ByteTokenizer()
    labelled = chain_tasks(preset.labelled, seed=preset.seed * 7 + 1, hops=preset.hops, max_value=preset.max_value)
    dev = [(render_prompt(t), t.answer)
           for t in chain_tasks(preset.dev, seed=preset.seed * 7 + 2, hops=preset.hops, max_value=preset.max_value)]
    prompts = [tok.encode(render_prompt(t)) for t in labelled]
    responses = [tok.encode(render_response(t)) + [tok.eos_id] for t in labelled]
    torch.manual_seed(preset.seed)
    model = CausalLM(preset.model)
    batches = response_batches(prompts, responses, preset.batch_size, tok.pad_id, preset.seed)
    checks: list[tuple[int, float]] = []
    step, acc = 0, 0.0
    while step < preset.max_steps and acc < preset.band[0]:
        step = min(step + preset.check_every, preset.max_steps)
        cfg = TrainConfig(max_steps=step, lr=preset.lr, warmup_steps=preset.warmup_steps, min_lr_ratio=1.0,
                          weight_decay=0.0, log_every=50, seed=preset.seed)
        train(model, sft_step_loss, batches, cfg, out_dir=out_dir, progress=progress, load_fn=load_weights_into,
              save_fn=lambda m, folder: save_pretrained(m, folder, tokenizer=tok))
        model.eval()
        acc = accuracy(model, tok, dev)
        checks.append((step, acc))
        log.info("policy SFT: step %d, dev greedy accuracy %.1f%%", step, 100 * acc)
    if not preset.band[0] <= acc <= preset.band[1]:
        log.warning("policy SFT ended at %.1f%% dev accuracy, outside the band %s", 100 * acc, preset.band)
    return PolicyRun(model=model, tokenizer=tok, dev_accuracy=acc, steps=step, checks=checks)
