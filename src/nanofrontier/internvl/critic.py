"""Best-of-N with a small critic head: an outcome reward model standing in for InternVL3's VisualPRM.

The critic reads the frozen policy's final hidden states of [prompt with image, answer]: the mean over the answer
tokens and the state at the closing `<|im_end|>`, concatenated, through LayerNorm -> Linear -> GELU -> Linear to
one logit, P(answer is correct). It is trained with binary cross-entropy on the policy's own sampled answers,
labelled by the task's checker. Best-of-N samples N answers and keeps the highest-scoring one; the oracle keeps
a correct one whenever any of the N is correct (the upper bound a perfect critic reaches).

    head = CriticHead(policy.config.llm.hidden_size)
    feats = answer_features(policy, encoder, sample, answers)        # [N, 2D]
    train_critic(head, feats_all, labels_all, TrainConfig(max_steps=200, lr=3e-3))
    best = answers[int(head(feats).argmax())]
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nanofrontier.core.train import TrainConfig, TrainState, train
from nanofrontier.internvl.data import SampleEncoder, collate
from nanofrontier.internvl.model import InternVLChatModel
from nanofrontier.internvl.tasks import Sample


class CriticHead(nn.Module):
    """features [B, 2D] -> correctness logit [B]."""

    def __init__(self, width: int, hidden: int = 64) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.LayerNorm(2 * width), nn.Linear(2 * width, hidden), nn.GELU(),
                                 nn.Linear(hidden, 1))

    def forward(self, features: Tensor) -> Tensor:
        return self.net(features).squeeze(-1)


@torch.no_grad()
def answer_features(policy: InternVLChatModel, encoder: SampleEncoder, samples: Sequence[Sample],
                    answers: Sequence[str], *, batch_size: int = 64) -> Tensor:
    """[len(answers), 2D]: for each (sample, answer) the mean hidden state over the answer tokens and the
    hidden state that predicts the token after the answer."""
    if len(samples) != len(answers):
        raise ValueError(f"answer_features: {len(samples)} samples but {len(answers)} answers")
    out = []
    for start in range(0, len(answers), batch_size):
        items = [encoder.encode(s, a) for s, a in zip(samples[start:start + batch_size],
                                                        answers[start:start + batch_size], strict=True)]
        batch = collate(items, pad_id=encoder.tokenizer.pad_id, image_token_id=policy.config.img_context_token_id,
                        answer_only=True)
        h = policy.hidden_states(batch["input_ids"], pixel_values=batch.get("pixel_values"),
                                 positions=batch["positions"])  # [B, T, D]
        mask = (batch["labels"] != -100).float()  # positions that predict an answer token or the closing one
        mean = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1)
        last = h[torch.arange(h.shape[0]), batch["lengths"] - 1]  # reads the whole answer
        out.append(torch.cat([mean, last], dim=-1))
    return torch.cat(out)


def train_critic(head: CriticHead, features: Tensor, labels: Tensor, cfg: TrainConfig, *,
                 batch_size: int = 128) -> TrainState:
    """Binary cross-entropy on (features, 0/1 labels) through `core.train`, class-balanced."""
    if features.shape[0] != labels.shape[0] or features.shape[0] == 0:
        raise ValueError(f"train_critic: {features.shape[0]} feature rows, {labels.shape[0]} labels")
    positive = float(labels.float().mean())
    pos_weight = torch.tensor((1 - positive) / max(positive, 1e-6))

    def batches(i: int) -> dict[str, Tensor]:
        gen = torch.Generator().manual_seed(cfg.seed * 1_000_003 + i)
        rows = torch.randint(0, features.shape[0], (batch_size,), generator=gen)
        return {"features": features[rows], "labels": labels[rows].float()}

    def loss_fn(model: nn.Module, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
        logits = model(batch["features"])
        loss = F.binary_cross_entropy_with_logits(logits, batch["labels"], pos_weight=pos_weight)
        return loss, {"accuracy": float(((logits > 0).float() == batch["labels"]).float().mean())}

    return train(head, loss_fn, batches, cfg, tokens_in_batch=lambda b: b["labels"].numel(), progress=False)


def best_of_n(scores: Tensor, correct: Tensor) -> dict[str, float]:
    """scores, correct [Q, N] -> accuracy of the critic's pick, of the first sample and of the oracle."""
    pick = scores.argmax(-1)
    return {"critic": float(correct[torch.arange(len(pick)), pick].float().mean()),
            "first": float(correct[:, 0].float().mean()),
            "oracle": float(correct.any(-1).float().mean())}
