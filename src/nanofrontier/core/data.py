"""Token data for LM training: read documents, pack them into one token stream, cut batches.

    texts = load_texts("corpus.jsonl")                        # or a .txt with blank-line-separated docs
    tokens = pack_tokens((tok.encode(t) for t in texts), eos_id=tok.eos_id)
    train_tokens, val_tokens = split_tokens(tokens, val_fraction=0.05)
    batches = TokenBatches(train_tokens, batch_size=8, seq_len=256)   # batches(i): what train() wants
    val = eval_batches(val_tokens, batch_size=8, seq_len=256, max_batches=8)

Every batch is {"input_ids": [B, T], "labels": [B, T]} with labels ALREADY shifted:
labels[b, t] is the token after input_ids[b, t], so the loss is cross_entropy(logits, labels) with
no further shift (unlike Hugging Face's `labels=input_ids` convention).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor

from nanofrontier.core.jsonio import JSONLineError, iter_jsonl

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SEED_MIX = 0x9E3779B97F4A7C15  # odd 64-bit constant: distinct (seed, i) pairs give distinct seeds


def load_texts(path: str | Path, *, text_field: str = "text") -> list[str]:
    """Documents from a .txt file (separated by blank lines) or a .jsonl file (one object per line,
    the document under `text_field`; blank lines are skipped)."""
    path = Path(path)
    if path.suffix == ".txt":
        docs = [d.strip() for d in _BLANK_LINE.split(path.read_text(encoding="utf-8"))]
        docs = [d for d in docs if d]
    elif path.suffix == ".jsonl":
        docs = _load_jsonl(path, text_field)
    else:
        raise ValueError(f"{path}: expected a .txt or .jsonl file, got suffix {path.suffix!r}")
    if not docs:
        raise ValueError(f"{path}: no documents (the file is empty)")
    return docs


def _load_jsonl(path: Path, text_field: str) -> list[str]:
    docs = []
    for lineno, obj in iter_jsonl(path):
        if text_field not in obj:
            raise JSONLineError(path, lineno, f"no field {text_field!r}")
        if not isinstance(obj[text_field], str):
            kind = type(obj[text_field]).__name__
            raise JSONLineError(path, lineno, f"field {text_field!r} is {kind}, expected a string")
        docs.append(obj[text_field])
    return docs


def pack_tokens(docs: Iterable[list[int]], *, eos_id: int | None) -> Tensor:
    """One 1-D int64 stream: the documents in order, `eos_id` between consecutive ones (none when
    eos_id is None). Empty documents are skipped."""
    stream = array("q")
    for doc in docs:
        if not doc:
            continue
        if stream and eos_id is not None:
            stream.append(eos_id)
        stream.extend(doc)
    return torch.frombuffer(stream, dtype=torch.int64).clone() if stream else torch.zeros(0, dtype=torch.int64)


def _check_stream(tokens: Tensor, seq_len: int, who: str) -> None:
    if tokens.ndim != 1:
        raise ValueError(f"{who}: tokens must be 1-D, got shape {list(tokens.shape)}")
    if len(tokens) < seq_len + 1:
        raise ValueError(f"{who}: the token stream has {len(tokens)} tokens, fewer than "
                         f"seq_len + 1 = {seq_len + 1}")


def _window_batch(tokens: Tensor, starts: Tensor, seq_len: int) -> dict[str, Tensor]:
    window = tokens[starts[:, None] + torch.arange(seq_len + 1)].long()  # [B, T + 1]
    return {"input_ids": window[:, :-1], "labels": window[:, 1:]}


@dataclass
class TokenBatches:
    """batches(i) -> {"input_ids": [B, T], "labels": [B, T]}: B windows at random offsets, a pure
    function of (seed, i), so any call order gives the same batches (exact resume, DDP sharding)."""

    tokens: Tensor  # 1-D
    batch_size: int
    seq_len: int
    seed: int = 0

    def __post_init__(self) -> None:
        if self.batch_size < 1 or self.seq_len < 1:
            raise ValueError(f"TokenBatches: batch_size and seq_len must be >= 1, "
                             f"got {self.batch_size} and {self.seq_len}")
        _check_stream(self.tokens, self.seq_len, "TokenBatches")

    def __call__(self, i: int) -> dict[str, Tensor]:
        gen = torch.Generator().manual_seed((self.seed * _SEED_MIX + i) % 2**64)
        starts = torch.randint(0, len(self.tokens) - self.seq_len, (self.batch_size,), generator=gen)
        return _window_batch(self.tokens, starts, self.seq_len)


def eval_batches(tokens: Tensor, *, batch_size: int, seq_len: int,
                 max_batches: int | None = None) -> list[dict[str, Tensor]]:
    """Contiguous, non-overlapping windows from the start of the stream, in order; the last batch may
    hold fewer than batch_size windows."""
    _check_stream(tokens, seq_len, "eval_batches")
    starts = torch.arange(0, len(tokens) - seq_len, seq_len)
    batches = [_window_batch(tokens, s, seq_len) for s in starts.split(batch_size)]
    return batches[:max_batches] if max_batches is not None else batches


def split_tokens(tokens: Tensor, *, val_fraction: float) -> tuple[Tensor, Tensor]:
    """(train, val): the last round(len * val_fraction) tokens (at least one) are the validation part."""
    if not 0 < val_fraction < 1:
        raise ValueError(f"split_tokens: val_fraction must be in (0, 1), got {val_fraction}")
    n_val = max(1, round(len(tokens) * val_fraction))
    if n_val >= len(tokens):
        raise ValueError(f"split_tokens: {len(tokens)} tokens leave none for training at "
                         f"val_fraction={val_fraction}")
    return tokens[:-n_val], tokens[-n_val:]
