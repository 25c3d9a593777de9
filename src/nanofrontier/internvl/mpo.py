"""Mixed Preference Optimization (MPO; InternVL2.5-MPO paper, used for InternVL3's post-training).

    L = w_p * L_DPO + w_q * L_BCO + w_g * L_NLL          (InternVL3's scripts: 0.8, 0.2, 1.0; beta 0.1)

- L_DPO = -log sigmoid(r(y_c) - r(y_r)) with r(y) = beta * log(pi(y|x) / pi_ref(y|x)), from `core.preference`.
- L_BCO = -log sigmoid(r(y_c) - delta) - log sigmoid(-(r(y_r) - delta)): each response judged on its own
  against delta, the running mean of every batch's mean reward so far (chosen and rejected together, this
  batch included, detached), as TRL's `bco_pair` with its `RunningMoments`.
- L_NLL = the token-averaged negative log-likelihood of the chosen responses (TRL's `rpo_alpha` term).

The reference pi_ref is a frozen copy of the starting (SFT) model. `MPOModel` holds policy, reference and the
running mean (a buffer, so it is checkpointed and resumes exactly); its forward returns (loss, metrics), so
`core.train` drives it with `loss_fn = lambda model, batch: model(batch)`.

    pairs = preference_pairs(policy, encoder, samples, n=8)          # (sample, chosen, rejected) from its own samples
    mpo = MPOModel(policy, MPOConfig())
    train(mpo, lambda m, b: m(b), PairBatches(pairs, encoder, batch_size=16), TrainConfig(...))
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nanofrontier.core.preference import collate_responses, dpo_loss, frozen_reference, response_logps
from nanofrontier.core.sample import SampleConfig
from nanofrontier.internvl.data import SampleEncoder
from nanofrontier.internvl.generate import generate_vl
from nanofrontier.internvl.model import InternVLChatModel
from nanofrontier.internvl.positions import v2pe_positions
from nanofrontier.internvl.tasks import Sample, check

_SEED_MIX = 0x9E3779B97F4A7C15


@dataclass(frozen=True, kw_only=True)
class MPOConfig:
    beta: float = 0.1
    preference_weight: float = 0.8  # w_p, DPO ("sigmoid")
    quality_weight: float = 0.2  # w_q, BCO ("bco_pair")
    generation_weight: float = 1.0  # w_g, NLL of the chosen response ("rpo_alpha")

    def __post_init__(self) -> None:
        if self.beta <= 0:
            raise ValueError(f"MPOConfig.beta must be > 0, got {self.beta}")
        for name in ("preference_weight", "quality_weight", "generation_weight"):
            if getattr(self, name) < 0:
                raise ValueError(f"MPOConfig.{name} must be >= 0, got {getattr(self, name)}")


def bco_pair_loss(chosen_rewards: Tensor, rejected_rewards: Tensor, shift: Tensor) -> Tensor:
    """Per pair [P]: -log sigmoid(r_c - delta) - log sigmoid(-(r_r - delta))."""
    return -F.logsigmoid(chosen_rewards - shift) - F.logsigmoid(-(rejected_rewards - shift))


class RunningMean(nn.Module):
    """The mean of every value passed to `update` so far (buffers: saved and restored with the model)."""

    def __init__(self) -> None:
        super().__init__()
        self.register_buffer("mean", torch.zeros((), dtype=torch.float64))
        self.register_buffer("count", torch.zeros((), dtype=torch.float64))

    @torch.no_grad()
    def update(self, value: Tensor) -> Tensor:
        self.count += 1
        self.mean += (value.detach().double() - self.mean) / self.count
        return self.mean.float()


class MPOModel(nn.Module):
    """Policy + frozen reference + the BCO reward shift; `forward(batch)` -> (loss, metrics)."""

    def __init__(self, policy: InternVLChatModel, config: MPOConfig, reference: InternVLChatModel | None = None,
                 ) -> None:
        super().__init__()
        self.config = config
        self.policy = policy
        self.reference = frozen_reference(policy, reference)
        self.reward_shift = RunningMean()

    def train(self, mode: bool = True) -> MPOModel:
        super().train(mode)
        self.reference.eval()  # the reference never leaves eval mode
        return self

    def forward(self, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
        """batch: rows 0..P-1 chosen, P..2P-1 rejected (`PairBatches`)."""
        cfg = self.config
        ids, mask = batch["input_ids"], batch["response_mask"]
        kwargs = dict(pixel_values=batch.get("pixel_values"), positions=batch["positions"])
        logps = response_logps(self.policy(ids, **kwargs), ids, mask)  # [2P]
        with torch.no_grad():
            ref = response_logps(self.reference(ids, **kwargs), ids, mask)
        P = ids.shape[0] // 2
        pc, pr, rc, rr = logps[:P], logps[P:], ref[:P], ref[P:]
        dpo = dpo_loss(pc, pr, rc, rr, beta=cfg.beta).mean()
        chosen_r, rejected_r = cfg.beta * (pc - rc), cfg.beta * (pr - rr)
        shift = self.reward_shift.update(torch.cat([chosen_r, rejected_r]).mean()) if self.training else \
            self.reward_shift.mean.float()
        bco = bco_pair_loss(chosen_r, rejected_r, shift).mean()
        nll = -pc.sum() / mask[:P].sum().clamp(min=1)
        loss = cfg.preference_weight * dpo + cfg.quality_weight * bco + cfg.generation_weight * nll
        metrics = {"dpo": dpo.item(), "bco": bco.item(), "nll": nll.item(), "reward_shift": shift.item(),
                   "reward_margin": (chosen_r - rejected_r).mean().item(),
                   "reward_accuracy": (chosen_r > rejected_r).float().mean().item()}
        return loss, metrics


class SFTModel(nn.Module):
    """Continued SFT, MPO's baseline: the token-averaged NLL of the chosen responses alone, same batches."""

    def __init__(self, policy: InternVLChatModel) -> None:
        super().__init__()
        self.policy = policy

    def forward(self, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
        ids, mask = batch["input_ids"], batch["response_mask"]
        P = ids.shape[0] // 2
        logits = self.policy(ids[:P], pixel_values=batch.get("chosen_pixel_values"), positions=batch["positions"][:P])
        nll = -response_logps(logits, ids[:P], mask[:P]).sum() / mask[:P].sum().clamp(min=1)
        return nll, {"nll": nll.item()}


@dataclass(frozen=True)
class Pair:
    sample: Sample
    chosen: str
    rejected: str


@torch.no_grad()
def sample_answers(policy: InternVLChatModel, encoder: SampleEncoder, samples: Sequence[Sample], *, n: int,
                   temperature: float = 1.0, max_new_tokens: int = 8, seed: int = 0,
                   batch_prompts: int = 16) -> list[list[str]]:
    """n sampled answers per sample (text, stop token removed), from the policy itself."""
    gen = torch.Generator().manual_seed(seed)
    cfg = SampleConfig(max_new_tokens=max_new_tokens, temperature=temperature, stop_ids=(encoder.eos,))
    tok = encoder.tokenizer
    out: list[list[str]] = []
    for start in range(0, len(samples), batch_prompts):
        chunk = samples[start:start + batch_prompts]
        prompts = [encoder.encode_prompt(s) for s in chunk]
        ids = [p.ids for p in prompts for _ in range(n)]
        tiles = [p.tiles for p in prompts for _ in range(n) if p.tiles is not None]
        new = generate_vl(policy, ids, torch.cat(tiles) if tiles else None, cfg, generator=gen, pad_id=tok.pad_id)
        texts = [tok.decode([t for t in row if t != encoder.eos]) for row in new]
        out += [texts[i * n:(i + 1) * n] for i in range(len(chunk))]
    return out


def preference_pairs(samples: Sequence[Sample], answers: Sequence[Sequence[str]], *, seed: int = 0) -> list[Pair]:
    """One (chosen = correct, rejected = wrong) pair per sample that has both among its answers."""
    rng = random.Random(seed)
    pairs = []
    for sample, texts in zip(samples, answers, strict=True):
        right = [t for t in texts if check(sample, t)]
        wrong = [t for t in texts if not check(sample, t)]
        if right and wrong:
            pairs.append(Pair(sample, rng.choice(right), rng.choice(wrong)))
    return pairs


@dataclass
class PairBatches:
    """batches(i) -> `batch_size` pairs (a pure function of (seed, i)): chosen rows, then rejected rows."""

    pairs: Sequence[Pair]
    encoder: SampleEncoder
    batch_size: int
    seed: int = 0
    delta: float = 1.0

    def __post_init__(self) -> None:
        if not self.pairs:
            raise ValueError("PairBatches: no preference pairs (every sampled answer was right, or every one wrong)")

    def __call__(self, i: int) -> dict[str, Tensor]:
        rng = random.Random((self.seed * _SEED_MIX + i) % 2 ** 64)
        picked = [self.pairs[rng.randrange(len(self.pairs))] for _ in range(self.batch_size)]
        return collate_pairs(picked, self.encoder, delta=self.delta)


def collate_pairs(pairs: Sequence[Pair], encoder: SampleEncoder, *, delta: float = 1.0) -> dict[str, Tensor]:
    """input_ids/response_mask/positions [2P, T] (chosen rows first), pixel_values for all rows."""
    tok, config = encoder.tokenizer, encoder.config
    prompts = [encoder.encode_prompt(p.sample) for p in pairs]
    replies = [[*tok.encode(text), encoder.eos] for text in [p.chosen for p in pairs] + [p.rejected for p in pairs]]
    batch = collate_responses([p.ids for p in prompts] * 2, replies, pad_id=tok.pad_id)
    lengths = torch.tensor([len(p.ids) + len(r) for p, r in zip(prompts * 2, replies, strict=True)])
    real = torch.arange(batch["input_ids"].shape[1])[None] < lengths[:, None]
    batch["positions"] = v2pe_positions(batch["input_ids"], image_token_id=config.img_context_token_id,
                                        delta=delta, attention_mask=real)
    batch["lengths"] = lengths
    tiles = [p.tiles for p in prompts if p.tiles is not None]
    if tiles:
        batch["chosen_pixel_values"] = torch.cat(tiles)
        batch["pixel_values"] = torch.cat(tiles * 2)
    return batch
