"""Training batches for the VLM: samples -> token ids with image slots, tiles, labels, loss weights, V2PE positions.

Every batch is a dict of tensors that `core.train` moves to the device:
- `input_ids` [B, T] right-padded, `labels` [B, T] already shifted (labels[b, t] is the token after
  input_ids[b, t]; -100 where no loss), `weights` [B, T] the per-token loss weights (0 where no loss),
- `positions` [B, T] float V2PE positions, `lengths` [B] tokens per row, `pixel_values` [N, 3, S, S] every tile in
  order (absent: none).

Loss reweighting (InternVL3 report, native multimodal pre-training): every loss token of a sample with N loss
tokens gets w = 1 ("token"), 1/N ("sample") or 1/sqrt(N) ("square", InternVL's choice); the batch loss is
sum(w * nll) / sum(w).

    encoder = SampleEncoder(tokenizer, config)
    batches = VLBatches(lambda rng: encoder.encode(FAMILIES["count"](rng, split.train)), batch_size=16,
                        pad_id=tokenizer.pad_id, image_token_id=config.img_context_token_id)
    batch = batches(0)                                     # a pure function of (seed, index)
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from nanofrontier.internvl.config import InternVLConfig
from nanofrontier.internvl.positions import DELTAS, sample_deltas, v2pe_positions
from nanofrontier.internvl.prompt import chat_prompt, expand_images, image_query, labels_images
from nanofrontier.internvl.scenes import render
from nanofrontier.internvl.tasks import Sample
from nanofrontier.internvl.tiling import to_tensor

WEIGHTINGS = ("token", "sample", "square")
_SEED_MIX = 0x9E3779B97F4A7C15


@dataclass(frozen=True)
class Encoded:
    """One sample as tokens: `ids`, the first `prompt_len` of which are the prompt, and its tiles."""

    ids: list[int]
    prompt_len: int
    tiles: Tensor | None  # [n_tiles, 3, S, S]
    n_images: int = 0


class SampleEncoder:
    """Samples and documents -> `Encoded`, through the model's chat template and image-token splice."""

    def __init__(self, tokenizer, config: InternVLConfig) -> None:
        self.tokenizer, self.config = tokenizer, config
        self.eos = tokenizer.token_to_id("<|im_end|>")
        if self.eos is None:
            raise ValueError("the tokenizer has no <|im_end|> token")

    def prompt_text(self, sample: Sample) -> str:
        query = image_query(sample.question, len(sample.images), labelled=labels_images(self.config.template))
        text = chat_prompt(query, template=self.config.template)
        return expand_images(text, [1] * len(sample.images), self.config.num_image_token)

    def tiles(self, sample: Sample) -> Tensor | None:
        if not sample.images:
            return None
        return to_tensor([render(scene, self.config.force_image_size) for scene in sample.images])

    def encode(self, sample: Sample, answer: str | None = None) -> Encoded:
        """Prompt + answer (the sample's own unless `answer` is given) + `<|im_end|>`."""
        prompt = self.tokenizer.encode(self.prompt_text(sample))
        reply = self.tokenizer.encode(sample.answer if answer is None else answer)
        return Encoded([*prompt, *reply, self.eos], len(prompt), self.tiles(sample), len(sample.images))

    def encode_prompt(self, sample: Sample) -> Encoded:
        prompt = self.tokenizer.encode(self.prompt_text(sample))
        return Encoded(prompt, len(prompt), self.tiles(sample), len(sample.images))

    def encode_text(self, text: str) -> Encoded:
        return Encoded([*self.tokenizer.encode(text), self.eos], 0, None)


def collate(items: Sequence[Encoded], *, pad_id: int, image_token_id: int, deltas: Tensor | float = 1.0,
            weighting: str = "square", answer_only: bool = False) -> dict[str, Tensor]:
    """Right-padded batch (see the module docstring); `answer_only` puts the loss on the answers alone."""
    if weighting not in WEIGHTINGS:
        raise ValueError(f"weighting must be one of {WEIGHTINGS}, got {weighting!r}")
    T = max(len(e.ids) for e in items) - 1
    B = len(items)
    ids = torch.full((B, T + 1), pad_id, dtype=torch.long)
    real = torch.zeros((B, T + 1), dtype=torch.bool)
    loss = torch.zeros((B, T), dtype=torch.bool)
    for b, e in enumerate(items):
        ids[b, :len(e.ids)] = torch.tensor(e.ids)
        real[b, :len(e.ids)] = True
        loss[b, (max(e.prompt_len, 1) - 1 if answer_only else 0):len(e.ids) - 1] = True
    input_ids, targets = ids[:, :-1], ids[:, 1:]
    loss &= targets != image_token_id  # visual tokens condition the prediction; they are never targets
    n = loss.sum(-1, keepdim=True).clamp(min=1).float()  # [B, 1] loss tokens per sample
    per_sample = {"token": torch.ones_like(n), "sample": 1 / n, "square": n.rsqrt()}[weighting]
    tiles = [e.tiles for e in items if e.tiles is not None]
    batch = {
        "input_ids": input_ids,
        "labels": torch.where(loss, targets, torch.full_like(targets, -100)),
        "weights": loss.float() * per_sample,
        "lengths": real[:, :-1].sum(-1),  # [B] tokens read per row
        "positions": v2pe_positions(input_ids, image_token_id=image_token_id, delta=deltas,
                                    attention_mask=real[:, :-1]),
    }
    if tiles:
        batch["pixel_values"] = torch.cat(tiles)
    return batch


@dataclass
class VLBatches:
    """batches(i) -> a collated batch of `batch_size` samples from `make(rng)`, a pure function of (seed, i).

    `deltas`: the V2PE choices δ is drawn from per image (training's random V2PE), or one float."""

    make: Callable[[random.Random], Encoded]
    batch_size: int
    pad_id: int
    image_token_id: int
    seed: int = 0
    deltas: tuple[float, ...] | float = DELTAS
    weighting: str = "square"
    answer_only: bool = False

    def __call__(self, i: int) -> dict[str, Tensor]:
        mixed = (self.seed * _SEED_MIX + i) % 2 ** 64
        rng = random.Random(mixed)
        items = [self.make(rng) for _ in range(self.batch_size)]
        if isinstance(self.deltas, tuple):
            n_images = sum(e.n_images for e in items)
            deltas: Tensor | float = sample_deltas(n_images, torch.Generator().manual_seed(mixed), self.deltas)
        else:
            deltas = self.deltas
        return collate(items, pad_id=self.pad_id, image_token_id=self.image_token_id, deltas=deltas,
                       weighting=self.weighting, answer_only=self.answer_only)


def weighted_nll(logits: Tensor, labels: Tensor, weights: Tensor) -> Tensor:
    """sum(w * nll) / sum(w) over the batch: logits [B, T, V], labels and weights [B, T]."""
    nll = torch.nn.functional.cross_entropy(logits.flatten(0, 1).float(), labels.flatten(), ignore_index=-100,
                                            reduction="none").view_as(weights)
    return (nll * weights).sum() / weights.sum().clamp(min=1e-12)


def vl_loss(model, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
    """`core.train`'s loss_fn: the reweighted next-token loss on text tokens only."""
    logits = model(batch["input_ids"], pixel_values=batch.get("pixel_values"), positions=batch["positions"])
    return weighted_nll(logits, batch["labels"], batch["weights"]), {}


def token_count(batch: dict[str, Tensor]) -> int:
    """Tokens the model reads, padding excluded (`core.train`'s tokens_in_batch)."""
    return int(batch["lengths"].sum())
