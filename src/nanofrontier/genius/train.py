"""Training on synthesized pairs through `core.train`: ACO (both forms), DPO, SimPO, IPO or self-SFT, against a
frozen copy of the starting policy.

    pairs = read_pairs("pairs.jsonl")
    state = train_preference(policy, tokenizer, pairs, PreferenceConfig(loss="aco", lr=1e-4), out_dir="runs/aco")

Each micro-batch holds `batch_size` pairs: their chosen rows, then their rejected rows, in one forward (one
`core.preference.sequence_logps` call), and the same rows through the reference under no_grad. Self-SFT reads
the chosen rows alone. Responses end with the tokenizer's end-of-sequence token, as generation stopped there.
The schedule is the paper's: linear warmup over `warmup_ratio` of the steps, then linear decay; batches are
a pure function of the step (a permutation per epoch), so `core.train` resumes exactly.

Losses (`--loss`): "aco" (Genius Eq. 12), "aco-repo" (the released code's weight), "dpo", "simpo", "ipo",
"sft". The functions themselves are `genius.losses` and `core.preference`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor, nn

from nanofrontier.core.checkpoint import load_weights_into, save_pretrained
from nanofrontier.core.preference import (
    collate_responses,
    dpo_loss,
    frozen_reference,
    ipo_loss,
    sequence_logps,
    simpo_loss,
)
from nanofrontier.core.tokenizer import Tokenizer
from nanofrontier.core.train import TrainConfig, TrainState, train
from nanofrontier.genius.foresight import Pair
from nanofrontier.genius.losses import aco_loss, aco_weight, sft_loss

LOSSES = ("aco", "aco-repo", "dpo", "simpo", "ipo", "sft")
_SEED_MIX = 0x9E3779B97F4A7C15


@dataclass(frozen=True, kw_only=True)
class PreferenceConfig:
    loss: str = "aco"
    beta: float = 0.1  # DPO / ACO / the paper's default
    alpha: float = 1.0  # ACO's calibration rate
    ipo_tau: float = 0.5
    simpo_beta: float = 2.0
    simpo_gamma: float = 1.0
    lr: float = 5e-7  # the paper's, for an 8B model; a tiny model trained from scratch wants ~1e-4
    warmup_ratio: float = 0.1
    weight_decay: float = 0.0
    epochs: float = 1.0
    batch_size: int = 16  # pairs per micro-batch
    grad_accum: int = 1
    grad_clip: float = 1.0
    max_length: int = 0  # prompt + response tokens; 0 = no cut
    log_every: int = 10
    save_every: int = 0
    seed: int = 0

    def __post_init__(self) -> None:
        checks = [("loss", self.loss in LOSSES, f"one of {', '.join(LOSSES)}"), ("beta", self.beta > 0, "> 0"),
                  ("alpha", self.alpha > 0, "> 0"), ("ipo_tau", self.ipo_tau > 0, "> 0"), ("lr", self.lr > 0, "> 0"),
                  ("warmup_ratio", 0 <= self.warmup_ratio < 1, "in [0, 1)"), ("epochs", self.epochs > 0, "> 0"),
                  ("batch_size", self.batch_size >= 1, ">= 1"), ("grad_accum", self.grad_accum >= 1, ">= 1"),
                  ("max_length", self.max_length >= 0, ">= 0")]
        for name, ok, rule in checks:
            if not ok:
                raise ValueError(f"PreferenceConfig.{name} must be {rule}, got {getattr(self, name)!r}")


@dataclass(frozen=True)
class TokenizedPairs:
    prompts: list[list[int]]
    chosen: list[list[int]]  # end-of-sequence token appended
    rejected: list[list[int]]
    adv_chosen: Tensor  # [N]
    adv_rejected: Tensor  # [N]

    def __len__(self) -> int:
        return len(self.prompts)


def tokenize_pairs(pairs: Sequence[Pair], tokenizer: Tokenizer, *, max_length: int = 0) -> TokenizedPairs:
    """Token ids of every pair; responses get the end-of-sequence token and are cut to fit max_length."""
    if not pairs:
        raise ValueError("tokenize_pairs: no pairs")
    if tokenizer.eos_id is None:
        raise ValueError("tokenize_pairs: the tokenizer has no end-of-sequence token to end responses with")
    prompts, chosen, rejected = [], [], []
    for i, pair in enumerate(pairs):
        prompt = tokenizer.encode(pair.prompt)
        if not prompt:
            raise ValueError(f"pair {i}: the prompt encodes to no tokens")
        if max_length and len(prompt) >= max_length:
            raise ValueError(f"pair {i}: the prompt alone has {len(prompt)} tokens, max_length is {max_length}")
        room = max_length - len(prompt) if max_length else None
        for name, text, into in (("chosen", pair.chosen, chosen), ("rejected", pair.rejected, rejected)):
            ids = tokenizer.encode(text)
            if not ids:
                raise ValueError(f"pair {i}: {name!r} is empty")
            into.append((ids + [tokenizer.eos_id])[:room])
        prompts.append(prompt)
    return TokenizedPairs(prompts=prompts, chosen=chosen, rejected=rejected,
                          adv_chosen=torch.tensor([p.chosen_advantage for p in pairs]),
                          adv_rejected=torch.tensor([p.rejected_advantage for p in pairs]))


def epoch_indices(n: int, batch_size: int, seed: int, i: int) -> list[int]:
    """The rows of micro-batch i: slice i mod steps-per-epoch of a permutation drawn for its epoch."""
    per_epoch = math.ceil(n / batch_size)
    epoch, j = divmod(i, per_epoch)
    order = torch.randperm(n, generator=torch.Generator().manual_seed((seed * _SEED_MIX + epoch) % 2**63))
    return order[j * batch_size:(j + 1) * batch_size].tolist()


@dataclass
class PairBatches:
    """batches(i) -> {"input_ids" [2B, T], "response_mask" [2B, T], "lengths" [2B], "adv_chosen" [B],
    "adv_rejected" [B]}: chosen rows first, then rejected. chosen_only: B rows of chosen responses."""

    pairs: TokenizedPairs
    batch_size: int
    pad_id: int
    seed: int = 0
    chosen_only: bool = False

    @property
    def steps_per_epoch(self) -> int:
        return math.ceil(len(self.pairs) / self.batch_size)

    def __call__(self, i: int) -> dict[str, Tensor]:
        rows = epoch_indices(len(self.pairs), self.batch_size, self.seed, i)
        p = self.pairs
        prompts = [p.prompts[r] for r in rows]
        responses = [p.chosen[r] for r in rows]
        if not self.chosen_only:
            prompts, responses = prompts + prompts, responses + [p.rejected[r] for r in rows]
        batch = collate_responses(prompts, responses, pad_id=self.pad_id)
        batch["lengths"] = torch.tensor([len(a) + len(b) for a, b in zip(prompts, responses, strict=True)])
        batch["adv_chosen"], batch["adv_rejected"] = p.adv_chosen[rows], p.adv_rejected[rows]
        return batch


def linear_schedule(max_steps: int, lr: float, warmup_steps: int) -> Callable[[int], tuple[float, None]]:
    """Linear warmup to lr, then linear decay towards 0 (the update completing max_steps still moves)."""
    def at(step: int) -> tuple[float, None]:
        if step <= warmup_steps:
            return lr * step / max(1, warmup_steps), None
        return lr * (max_steps - step + 1) / (max_steps - warmup_steps + 1), None
    return at


def preference_loss_fn(cfg: PreferenceConfig, reference: nn.Module | None
                       ) -> Callable[[nn.Module, dict[str, Tensor]], tuple[Tensor, dict[str, float]]]:
    """core.train's loss_fn for `cfg.loss`; logs reward accuracy and margin (and ACO's mean weight)."""
    def loss_fn(model: nn.Module, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
        ids, mask = batch["input_ids"], batch["response_mask"]
        if cfg.loss == "sft":
            return sft_loss(sequence_logps(model, ids, mask), mask.sum(-1)), {}
        policy = sequence_logps(model, ids, mask, average=cfg.loss == "simpo")
        B = policy.shape[0] // 2
        pc, pr = policy[:B], policy[B:]
        if cfg.loss == "simpo":
            losses = simpo_loss(pc, pr, beta=cfg.simpo_beta, gamma=cfg.simpo_gamma)
            margin = (pc - pr).detach()
            return losses.mean(), {"reward_accuracy": float((margin > 0).float().mean()),
                                   "margin": float(margin.mean())}
        with torch.no_grad():
            ref = sequence_logps(reference, ids, mask)
        rc, rr = ref[:B], ref[B:]
        metrics: dict[str, float] = {}
        if cfg.loss == "dpo":
            losses = dpo_loss(pc, pr, rc, rr, beta=cfg.beta)
        elif cfg.loss == "ipo":
            losses = ipo_loss(pc, pr, rc, rr, tau=cfg.ipo_tau)
        else:
            variant = "repo" if cfg.loss == "aco-repo" else "paper"
            a_w, a_l = batch["adv_chosen"], batch["adv_rejected"]
            losses = aco_loss(pc, pr, rc, rr, a_w, a_l, beta=cfg.beta, alpha=cfg.alpha, variant=variant)
            metrics["aco_weight"] = float(aco_weight(a_w, a_l, alpha=cfg.alpha, variant=variant).mean())
        margin = ((pc - rc) - (pr - rr)).detach()
        metrics.update(reward_accuracy=float((margin > 0).float().mean()), margin=float(cfg.beta * margin.mean()))
        return losses.mean(), metrics
    return loss_fn


def train_preference(policy: nn.Module, tokenizer: Tokenizer, pairs: Sequence[Pair], cfg: PreferenceConfig, *,
                     reference: nn.Module | None = None, out_dir: str | Path | None = None, resume: bool = True,
                     progress: bool | None = None, run_info: dict | None = None) -> TrainState:
    """Train `policy` in place on `pairs` for cfg.epochs; the reference is a frozen copy of the policy as passed
    (or `reference`). With out_dir: checkpoints, metrics.jsonl and the final HF directory there."""
    needs_reference = cfg.loss not in ("sft", "simpo")
    ref = frozen_reference(policy, reference) if needs_reference else None
    tokenized = tokenize_pairs(pairs, tokenizer, max_length=cfg.max_length)
    pad = tokenizer.pad_id if tokenizer.pad_id is not None else tokenizer.eos_id
    batches = PairBatches(tokenized, cfg.batch_size, pad, seed=cfg.seed, chosen_only=cfg.loss == "sft")
    steps = max(1, math.ceil(cfg.epochs * batches.steps_per_epoch / cfg.grad_accum))
    warmup = round(cfg.warmup_ratio * steps)
    train_cfg = TrainConfig(max_steps=steps, lr=cfg.lr, warmup_steps=warmup, weight_decay=cfg.weight_decay,
                            grad_clip=cfg.grad_clip, grad_accum=cfg.grad_accum, log_every=cfg.log_every,
                            save_every=cfg.save_every, seed=cfg.seed)
    state = train(policy, preference_loss_fn(cfg, ref), batches, train_cfg, out_dir=out_dir, resume=resume,
                  progress=progress, run_info={"preference": cfg.__dict__, **(run_info or {})},
                  save_fn=lambda m, folder: save_pretrained(m, folder, tokenizer=tokenizer),
                  load_fn=load_weights_into, tokens_in_batch=lambda b: int(b["lengths"].sum()),
                  schedule=linear_schedule(steps, cfg.lr, warmup))
    policy.eval()
    return state
