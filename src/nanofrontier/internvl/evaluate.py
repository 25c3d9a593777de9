"""Scoring a VLM on checkable samples and on text: greedy exact-match accuracy and held-out text loss.

Greedy decoding reproduces an answer exactly when, fed the answer, the model's argmax at every answer position
(and at the closing `<|im_end|>`) is the next answer token: so exact-match greedy accuracy is computed in one
teacher-forced forward pass per batch, with no decoding loop.

    acc = answer_accuracy(model, encoder, samples, delta=1 / 16)        # fraction exactly right
    loss = text_loss(model, encoder, documents)                          # nats per token
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import torch
import torch.nn.functional as F

from nanofrontier.internvl.data import SampleEncoder, collate
from nanofrontier.internvl.tasks import Sample


@torch.no_grad()
def answer_correct(model, encoder: SampleEncoder, samples: Sequence[Sample], *, delta: float = 1.0,
                   batch_size: int = 32) -> list[bool]:
    """Per sample: does greedy decoding give exactly the sample's answer (then `<|im_end|>`)?"""
    was_training = model.training
    model.eval()
    out: list[bool] = []
    cfg = model.config
    for start in range(0, len(samples), batch_size):
        items = [encoder.encode(s) for s in samples[start:start + batch_size]]
        batch = collate(items, pad_id=encoder.tokenizer.pad_id, image_token_id=cfg.img_context_token_id,
                        deltas=delta, answer_only=True)
        logits = model(batch["input_ids"], pixel_values=batch.get("pixel_values"), positions=batch["positions"])
        labels = batch["labels"]
        hit = (logits.argmax(-1) == labels) | (labels == -100)
        out += hit.all(-1).tolist()
    model.train(was_training)
    return out


def answer_accuracy(model, encoder: SampleEncoder, samples: Sequence[Sample], *, delta: float = 1.0,
                    batch_size: int = 32) -> float:
    correct = answer_correct(model, encoder, samples, delta=delta, batch_size=batch_size)
    return sum(correct) / max(1, len(correct))


@torch.no_grad()
def text_loss(model, encoder: SampleEncoder, documents: Sequence[str], *, batch_size: int = 32) -> float:
    """Mean next-token loss (nats per token) on text-only documents."""
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    for start in range(0, len(documents), batch_size):
        items = [encoder.encode_text(d) for d in documents[start:start + batch_size]]
        batch = collate(items, pad_id=encoder.tokenizer.pad_id, image_token_id=model.config.img_context_token_id,
                        weighting="token")
        logits = model(batch["input_ids"], positions=batch["positions"])
        total += F.cross_entropy(logits.flatten(0, 1), batch["labels"].flatten(), ignore_index=-100,
                                 reduction="sum").item()
        count += int((batch["labels"] != -100).sum())
    model.train(was_training)
    return total / max(1, count)


def proportion_ci(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson 95% interval of a proportion."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))
