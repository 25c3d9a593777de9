"""Greedy exact-match accuracy of a policy on labelled prompts, decoded in batches with the KV cache.

    items = [(render_prompt(t), t.answer) for t in chain_tasks(500, seed=9, hops=(2, 4))]
    acc = accuracy(model, tokenizer, items)                    # fraction whose final number is the answer
    texts = greedy_responses(model, tokenizer, prompts)       # the decoded responses themselves

A response is right when the last number in it (`core.tasks.extract_answer`) equals the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import torch
from torch import nn
from tqdm import tqdm

from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.core.tasks import extract_answer
from nanofrontier.core.tokenizer import Tokenizer


def stop_ids(model: nn.Module, tokenizer: Tokenizer) -> tuple[int, ...]:
    """The tokenizer's stop tokens and the model config's eos ids, each once."""
    config_eos = getattr(getattr(model, "config", None), "eos_ids", [])
    return tuple(dict.fromkeys([*tokenizer.stop_ids, *config_eos]))


@torch.inference_mode()
def greedy_responses(model: nn.Module, tokenizer: Tokenizer, prompts: Sequence[str], *, max_new_tokens: int = 160,
                     batch_size: int = 256, progress: bool = False) -> list[str]:
    """The greedy continuation of each prompt (stop token dropped), `batch_size` prompts per generate call."""
    cfg = SampleConfig(max_new_tokens=max_new_tokens, temperature=0.0, stop_ids=stop_ids(model, tokenizer))
    pad = tokenizer.pad_id if tokenizer.pad_id is not None else 0
    out: list[str] = []
    starts = range(0, len(prompts), batch_size)
    for start in tqdm(starts, desc="eval", disable=not progress, leave=False):
        ids = [tokenizer.encode(p) for p in prompts[start:start + batch_size]]
        for new in generate(model, ids, cfg, pad_id=pad):
            out.append(tokenizer.decode([t for t in new if t not in cfg.stop_ids]))
    return out


def is_correct(response: str, answer: str) -> bool:
    """Whether the last number in `response` equals `answer` (so "42.0" matches "42")."""
    found = extract_answer(response)
    if found is None:
        return False
    try:
        return Decimal(found) == Decimal(answer)
    except InvalidOperation:
        return found.strip() == answer.strip()


def accuracy(model: nn.Module, tokenizer: Tokenizer, items: Sequence[tuple[str, str]], **kwargs) -> float:
    """Fraction of (prompt, answer) items whose greedy response is correct; kwargs go to `greedy_responses`."""
    if not items:
        raise ValueError("accuracy: no items to evaluate")
    responses = greedy_responses(model, tokenizer, [p for p, _ in items], **kwargs)
    return sum(is_correct(r, a) for r, (_, a) in zip(responses, items, strict=True)) / len(items)


def auroc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve of `scores` for predicting `labels`: the probability that a random positive
    scores above a random negative, ties counting one half (Mann-Whitney U). NaN when a class is absent."""
    if len(scores) != len(labels):
        raise ValueError(f"auroc: {len(scores)} scores but {len(labels)} labels")
    s = torch.tensor(scores, dtype=torch.float64)
    y = torch.tensor([bool(v) for v in labels])
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    _, inverse, counts = torch.unique(s, return_inverse=True, return_counts=True)  # values ascending
    end = counts.cumsum(0).double()
    ranks = ((end - counts + 1 + end) / 2)[inverse]  # 1-based ranks, ties sharing their average
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
