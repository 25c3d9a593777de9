"""Sampling traces from a teacher (plainly or with antidistillation), writing them, and scoring them.

A `Sampler` names one decoding rule: greedy, temperature τ, or antidistillation at (τ, λ, ε) with a
proxy. `complete` runs it over problems in left-padded batches through `core.sample.generate`; each
batch draws from its own seeded generator, so a trace file written in pieces (an interrupted run,
resumed) holds exactly what one uninterrupted run writes.

    sampler = Sampler(tau=1.0, lam=0.05, eps=1e-2)
    write_traces("traces.jsonl", teacher, problems, sampler, pair=PerturbedPair(proxy, g, 1e-2), seed=0)
    examples = read_examples("traces.jsonl")          # for distill()
    acc = accuracy(student, test_problems)            # greedy, checked by the task's checker

A trace file is JSONL, one object per problem: {"a", "b", "prompt", "completion", "correct"}.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn
from tqdm import tqdm

from nanofrontier.antidistill.distill import Example
from nanofrontier.antidistill.processor import AntidistillProcessor, PerturbedPair
from nanofrontier.antidistill.task import Problem, check
from nanofrontier.core.atomic import write_text_atomic
from nanofrontier.core.jsonio import JSONLineError, iter_jsonl
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.core.tokenizer import ByteTokenizer, Tokenizer

log = logging.getLogger(__name__)

MAX_NEW_TOKENS = 64
BATCH = 250


@dataclass(frozen=True, kw_only=True)
class Sampler:
    """One decoding rule. lam = 0: temperature sampling at tau (greedy at tau = 0)."""

    tau: float = 1.0
    lam: float = 0.0
    eps: float = 1e-2
    mode: str = "paper"

    def __post_init__(self) -> None:
        if not (self.tau >= 0 and self.lam >= 0 and self.eps > 0):
            raise ValueError(f"Sampler: tau and lambda must be >= 0 and epsilon > 0, got {self}")

    @property
    def family(self) -> str:
        return "antidistill" if self.lam > 0 else "temperature"

    @property
    def label(self) -> str:
        if self.lam > 0:
            return f"ads-tau{self.tau:g}-lam{self.lam:g}-eps{self.eps:g}"
        return "greedy" if self.tau == 0 else f"temp-tau{self.tau:g}"

    def processors(self, pair: PerturbedPair | None) -> list[AntidistillProcessor]:
        if self.lam == 0:
            return []
        if pair is None:
            raise ValueError(f"sampler {self.label} needs a proxy and its gradient (a PerturbedPair)")
        if pair.eps != self.eps:
            raise ValueError(f"sampler {self.label} has epsilon {self.eps:g} but the pair was built at {pair.eps:g}")
        return [AntidistillProcessor(pair, lam=self.lam, tau=self.tau, mode=self.mode)]


def complete(model: nn.Module, problems: Sequence[Problem], sampler: Sampler, *, tokenizer: Tokenizer,
             pair: PerturbedPair | None = None, seed: int = 0, batch_size: int = BATCH, first_batch: int = 0,
             max_new_tokens: int = MAX_NEW_TOKENS, progress: bool = False) -> list[str]:
    """Completion texts (up to the end-of-text token) for `problems`, batch k seeded by (seed, first_batch + k)."""
    cfg = SampleConfig(max_new_tokens=max_new_tokens, temperature=sampler.tau, stop_ids=(tokenizer.eos_id,))
    pad = tokenizer.pad_id if tokenizer.pad_id is not None else 0
    out: list[str] = []
    starts = range(0, len(problems), batch_size)
    for k, start in enumerate(tqdm(starts, desc=sampler.label, disable=not progress, file=sys.stderr, leave=False)):
        batch = problems[start:start + batch_size]
        gen = torch.Generator(device=next(model.parameters()).device).manual_seed(seed * 1_000_003 + first_batch + k)
        ids = generate(model, [tokenizer.encode(p.prompt) for p in batch], cfg, generator=gen,
                       processors=sampler.processors(pair), pad_id=pad)
        out.extend(tokenizer.decode([t for t in row if t != tokenizer.eos_id]) for row in ids)
    return out


def accuracy(model: nn.Module, problems: Sequence[Problem], sampler: Sampler = Sampler(tau=0.0), *,
             tokenizer: Tokenizer | None = None, pair: PerturbedPair | None = None, seed: int = 0) -> float:
    """Fraction of `problems` the model answers right under `sampler` (greedy by default)."""
    if not problems:
        raise ValueError("accuracy: no problems")
    texts = complete(model, problems, sampler, tokenizer=tokenizer or ByteTokenizer(), pair=pair, seed=seed)
    return sum(check(p, t) for p, t in zip(problems, texts, strict=True)) / len(problems)


def write_traces(path: str | Path, model: nn.Module, problems: Sequence[Problem], sampler: Sampler, *,
                 tokenizer: Tokenizer, pair: PerturbedPair | None = None, seed: int = 0, batch_size: int = BATCH,
                 progress: bool = False) -> Path:
    """Append one trace per problem to a JSONL file, batch by batch (fsync'd); a rerun continues after the
    last whole batch already there (a line cut short by an interruption is dropped first)."""
    path = Path(path)
    done = _whole_batches(path, batch_size)
    if done * batch_size >= len(problems):
        log.info("%s: already holds %d traces", path, len(problems))
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    starts = range(done * batch_size, len(problems), batch_size)
    for k, start in enumerate(tqdm(starts, desc=sampler.label, disable=not progress, file=sys.stderr, leave=False)):
        batch = problems[start:start + batch_size]
        texts = complete(model, batch, sampler, tokenizer=tokenizer, pair=pair, seed=seed,
                         batch_size=batch_size, first_batch=done + k)
        with open(path, "a", encoding="utf-8") as f:
            for p, text in zip(batch, texts, strict=True):
                f.write(json.dumps({"a": p.a, "b": p.b, "prompt": p.prompt, "completion": text,
                                    "correct": check(p, text)}) + "\n")
            f.flush()
            os.fsync(f.fileno())
    return path


def _whole_batches(path: Path, batch_size: int) -> int:
    """Whole batches already in a trace file; the file is cut back to them (a partial batch, or a line
    cut short by an interruption, is dropped and redone)."""
    if not path.exists():
        return 0
    records = []
    for lineno, rec in iter_jsonl(path, on_error="yield"):
        if isinstance(rec, JSONLineError):
            log.warning("%s: dropping damaged line %d (%s)", path, lineno, rec.detail)
        else:
            records.append(rec)
    keep = len(records) // batch_size * batch_size
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(lines) != keep:
        write_text_atomic(path, "".join(json.dumps(rec) + "\n" for rec in records[:keep]))
    return keep // batch_size


def read_traces(path: str | Path) -> list[dict]:
    """The records of a trace file; a record without prompt or completion is an error naming the line."""
    path = Path(path)
    records = []
    for lineno, rec in iter_jsonl(path):
        for key in ("prompt", "completion"):
            if not isinstance(rec.get(key), str):
                raise JSONLineError(path, lineno, f"field {key!r} must be a string")
        records.append(rec)
    if not records:
        raise ValueError(f"{path}: no traces")
    return records


def to_examples(records: Sequence[dict], tokenizer: Tokenizer) -> list[Example]:
    """Trace records -> SFT examples (the completion followed by the end-of-text token)."""
    return [Example(prompt=tokenizer.encode(r["prompt"]), completion=tokenizer.encode(r["completion"])
                    + [tokenizer.eos_id]) for r in records]


def read_examples(path: str | Path, tokenizer: Tokenizer | None = None) -> list[Example]:
    return to_examples(read_traces(path), tokenizer or ByteTokenizer())
