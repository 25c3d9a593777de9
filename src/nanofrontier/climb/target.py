"""The target: multiple-choice items scored by a causal LM's log-likelihood, as lm-eval-harness scores
PIQA, ARC and HellaSwag (the general-reasoning target of CLIMB, section 4 of the paper).

    items = load_items("val.jsonl")          # {"context": ..., "choices": [...], "answer": 0}, one a line
    scores = evaluate_items(model, tokenizer, items)
    scores["acc_norm"], scores["acc"], scores["nll"]

For each item every choice is scored by the sum of its tokens' log-probabilities given the context:
`acc` picks the largest sum, `acc_norm` the largest sum per character of the choice (lm-eval's length
normalisation), and `nll` is the mean per-token negative log-likelihood of the correct choice, averaged
over items (lower is better; far less noisy than accuracy on small models). A validation set drives
the search; a disjoint test set is only for reporting (`check_disjoint`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from nanofrontier.core.atomic import write_text_atomic
from nanofrontier.core.jsonio import JSONLineError, iter_jsonl
from nanofrontier.core.tokenizer import Tokenizer

METRICS = ("acc_norm", "acc", "nll")


@dataclass(frozen=True, kw_only=True)
class Item:
    context: str
    choices: tuple[str, ...]
    answer: int  # index into choices
    kind: str = ""  # optional tag (e.g. the domain), reported per kind

    def __post_init__(self) -> None:
        if len(self.choices) < 2:
            raise ValueError(f"Item: expected at least 2 choices, got {len(self.choices)}")
        if not 0 <= self.answer < len(self.choices):
            raise ValueError(f"Item: answer {self.answer} is not an index into {len(self.choices)} choices")
        if any(not c for c in self.choices):
            raise ValueError("Item: a choice is empty")


def load_items(path: str | Path) -> list[Item]:
    """Items from a JSONL file; a bad line raises an error naming the file and line."""
    items = []
    for lineno, obj in iter_jsonl(path):
        missing = [k for k in ("context", "choices", "answer") if k not in obj]
        if missing:
            raise JSONLineError(path, lineno, f"missing field(s) {', '.join(missing)}")
        choices = obj["choices"]
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise JSONLineError(path, lineno, "'choices' must be a list of strings")
        if not isinstance(obj["answer"], int) or not isinstance(obj["context"], str):
            raise JSONLineError(path, lineno, "'answer' must be an integer and 'context' a string")
        try:
            items.append(Item(context=obj["context"], choices=tuple(choices), answer=obj["answer"],
                              kind=str(obj.get("kind", ""))))
        except ValueError as e:
            raise JSONLineError(path, lineno, str(e).removeprefix("Item: ")) from None
    if not items:
        raise ValueError(f"{path}: no items (the file is empty)")
    return items


def save_items(path: str | Path, items: Sequence[Item]) -> None:
    lines = [json.dumps({**asdict(item), "choices": list(item.choices)}, ensure_ascii=False) for item in items]
    write_text_atomic(path, "\n".join(lines) + "\n")


def items_digest(items: Sequence[Item]) -> str:
    h = hashlib.sha256()
    for item in items:
        h.update(json.dumps([item.context, item.choices, item.answer]).encode("utf-8"))
    return h.hexdigest()[:16]


def check_disjoint(val: Sequence[Item], test: Sequence[Item]) -> None:
    """Raise if an item (context and choices) is in both sets."""
    seen = {(i.context, i.choices) for i in val}
    shared = sum((i.context, i.choices) in seen for i in test)
    if shared:
        raise ValueError(f"the validation and test sets share {shared} item(s); the test set must be disjoint")


def _encode_pair(tokenizer: Tokenizer, context: str, choice: str) -> tuple[list[int], list[int]]:
    """(context ids, choice ids), split where the whole string's tokens extend the context's (as lm-eval
    does, so a BPE merge across the boundary is kept); separate encodings when they do not."""
    ctx = tokenizer.encode(context)
    whole = tokenizer.encode(context + choice)
    if whole[: len(ctx)] == ctx and len(whole) > len(ctx):
        return ctx, whole[len(ctx):]
    return ctx, tokenizer.encode(choice)


@torch.no_grad()
def choice_logprobs(model: nn.Module, tokenizer: Tokenizer, items: Sequence[Item], *, max_len: int,
                    batch_size: int = 64) -> list[list[tuple[float, int]]]:
    """Per item, per choice: (sum of the choice's token log-probabilities, its token count). The
    context is cut from the left so that context + choice fits `max_len` tokens."""
    pairs = []  # (item index, sequence, choice token count)
    for i, item in enumerate(items):
        for choice in item.choices:
            ctx, cont = _encode_pair(tokenizer, item.context, choice)
            seq = (ctx + cont)[-(max_len + 1):]
            if len(cont) >= len(seq):
                raise ValueError(f"item {i}: a choice of {len(cont)} tokens leaves no context within "
                                 f"{max_len} positions")
            pairs.append((i, seq, len(cont)))
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    scores: list[list[tuple[float, int]]] = [[] for _ in items]
    for start in range(0, len(pairs), batch_size):
        chunk = pairs[start:start + batch_size]
        width = max(len(seq) for _, seq, _ in chunk) - 1
        ids = torch.zeros(len(chunk), width + 1, dtype=torch.long)  # right padding: causal, never attended
        for row, (_, seq, _) in enumerate(chunk):
            ids[row, : len(seq)] = torch.tensor(seq)
        ids = ids.to(device)
        logp = F.log_softmax(model(ids[:, :-1]).float(), dim=-1)  # [b, width, V]
        token_logp = logp.gather(-1, ids[:, 1:, None])[..., 0]  # [b, width]
        for row, (i, seq, n_cont) in enumerate(chunk):
            end = len(seq) - 1
            scores[i].append((float(token_logp[row, end - n_cont:end].sum()), n_cont))
    model.train(was_training)
    return scores


def evaluate_items(model: nn.Module, tokenizer: Tokenizer, items: Sequence[Item], *, max_len: int | None = None,
                   batch_size: int = 64) -> dict[str, float]:
    """acc, acc_norm, nll (see the module docstring) and n; plus acc_norm_<kind>, nll_<kind> per item kind."""
    if not items:
        raise ValueError("evaluate_items: no items")
    max_len = max_len or model.config.max_position_embeddings
    scores = choice_logprobs(model, tokenizer, items, max_len=max_len, batch_size=batch_size)
    acc, acc_norm, nll = [], [], []
    for item, per_choice in zip(items, scores, strict=True):
        sums = [s for s, _ in per_choice]
        normed = [s / len(c) for s, c in zip(sums, item.choices, strict=True)]
        acc.append(float(max(range(len(sums)), key=sums.__getitem__) == item.answer))
        acc_norm.append(float(max(range(len(normed)), key=normed.__getitem__) == item.answer))
        correct, n_tokens = per_choice[item.answer]
        nll.append(-correct / n_tokens)
    out = {"acc": _mean(acc), "acc_norm": _mean(acc_norm), "nll": _mean(nll), "n": len(items)}
    for kind in sorted({i.kind for i in items if i.kind}):
        mine = [k for k, i in enumerate(items) if i.kind == kind]
        out[f"acc_norm_{kind}"] = _mean([acc_norm[k] for k in mine])
        out[f"nll_{kind}"] = _mean([nll[k] for k in mine])
    return out


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def score_of(metrics: dict[str, float], metric: str) -> float:
    """The search's score (higher is better): acc_norm or acc as they are, nll negated."""
    if metric not in METRICS:
        raise ValueError(f"unknown target metric {metric!r}; choose from {', '.join(METRICS)}")
    return -metrics["nll"] if metric == "nll" else metrics[metric]
