"""Preference-pair synthesis from unlabelled queries into a JSONL file that an interrupted run resumes.

    queries = read_queries("queries.jsonl")                       # {"prompt": ...} per line
    stats = synthesize(model, tokenizer, queries, "pairs.jsonl", ForesightConfig(timesteps=3), seed=0)
    pairs = read_pairs("pairs.jsonl")                             # [Pair], checked line by line

Queries are processed in rounds of `queries_per_round`. After each round its pairs are appended to the JSONL
file (flushed and fsynced) and then `<file>.progress.json` records how many queries are done, atomically. On
resume, lines beyond that count (a round cut short between the two writes) are dropped and synthesis goes on
from the next round. Query i draws from random streams of its own, seeded from (seed, i), so a resumed file
equals an uninterrupted one. The progress file also holds a fingerprint of the queries, the settings and the
seed: a file started with other ones is refused rather than mixed. The scheduling settings (round size,
`max_batch_rows`, `batching`) do not change the pairs and are left out of it: a run may resume with others.
The rows of a round (every candidate of its queries at every timestep) share one continuous batch.

One line per pair:
{"prompt", "chosen", "rejected", "chosen_score", "rejected_score", "chosen_advantage", "rejected_advantage",
 "timestep", "query"}. `read_pairs` also reads the released Genius data, whose advantages are named
"chosen_weights" and "rejected_weights".
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from torch import nn
from tqdm import tqdm

from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.jsonio import JSONLineError, iter_jsonl, read_json
from nanofrontier.core.tokenizer import Tokenizer
from nanofrontier.genius.foresight import ForesightConfig, ForesightResult, Pair, foresight_search, newline_token_ids

log = logging.getLogger(__name__)

_SCHEDULING = ("queries_per_round", "max_batch_rows", "batching")
_ADVANTAGE_ALIASES = {"chosen_advantage": "chosen_weights", "rejected_advantage": "rejected_weights"}


def read_queries(path: str | Path, *, field: str = "prompt") -> list[str]:
    """The `field` of every line of a JSONL file; an empty file or an empty query is an error naming it."""
    path = Path(path)
    queries = []
    for line, row in iter_jsonl(path):
        value = row.get(field)
        if not isinstance(value, str):
            raise JSONLineError(path, line, f"no string field {field!r}")
        if not value.strip():
            raise JSONLineError(path, line, f"field {field!r} is empty")
        queries.append(value)
    if not queries:
        raise ValueError(f"{path}: no queries (the file is empty)")
    return queries


def _float(row: dict, name: str, path: Path, line: int, default: float | None = None) -> float:
    value = row.get(name, row.get(_ADVANTAGE_ALIASES.get(name, ""), default))
    if isinstance(value, bool) or not isinstance(value, int | float) or not value == value:
        raise JSONLineError(path, line, f"field {name!r} must be a number, found {value!r}")
    return float(value)


def read_pairs(path: str | Path, *, require_advantages: bool = True) -> list[Pair]:
    """Pairs from a JSONL file; a missing or empty text, or a missing advantage when required, names the line."""
    path = Path(path)
    pairs = []
    for line, row in iter_jsonl(path):
        for name in ("prompt", "chosen", "rejected"):
            if not isinstance(row.get(name), str):
                raise JSONLineError(path, line, f"no string field {name!r}")
            if not row[name]:
                raise JSONLineError(path, line, f"{name!r} is empty")
        default = None if require_advantages else 0.0
        pairs.append(Pair(prompt=row["prompt"], chosen=row["chosen"], rejected=row["rejected"],
                          chosen_score=_float(row, "chosen_score", path, line, 0.0),
                          rejected_score=_float(row, "rejected_score", path, line, 0.0),
                          chosen_advantage=_float(row, "chosen_advantage", path, line, default),
                          rejected_advantage=_float(row, "rejected_advantage", path, line, default),
                          timestep=int(row.get("timestep", 0)), query=int(row.get("query", -1))))
    if not pairs:
        raise ValueError(f"{path}: no pairs (the file is empty)")
    return pairs


@dataclass(frozen=True)
class SynthesisStats:
    queries: int  # queries done, this run and earlier ones
    pairs: int  # pairs in the file
    new_queries: int  # queries done by this call
    new_pairs: int
    generated_tokens: int  # by this call
    seconds: float  # of this call

    @property
    def pairs_per_minute(self) -> float:
        return 60 * self.new_pairs / max(self.seconds, 1e-9)

    @property
    def tokens_per_second(self) -> float:
        return self.generated_tokens / max(self.seconds, 1e-9)


def progress_path(out: Path) -> Path:
    return out.with_name(out.name + ".progress.json")


def _fingerprint(queries: Sequence[str], cfg: ForesightConfig, seed: int) -> str:
    """Of what decides the pairs: not the scheduling (round size, slots, batching), so a run may resume with
    other ones."""
    settings = {k: v for k, v in dataclasses.asdict(cfg).items() if k not in _SCHEDULING}
    h = hashlib.sha256(json.dumps([settings, seed]).encode())
    for q in queries:
        h.update(q.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()[:16]


def _resume_point(out: Path, fingerprint: str) -> tuple[int, int]:
    """(queries done, pairs kept) of an earlier run; lines past the recorded count are cut off."""
    done_file = progress_path(out)
    if not done_file.exists():
        if out.exists() and out.stat().st_size:
            raise ValueError(f"{out}: holds pairs but no {done_file.name}; remove it or choose another output")
        return 0, 0
    progress = read_json(done_file, expect=dict)
    if progress.get("fingerprint") != fingerprint:
        raise ValueError(f"{done_file}: {out} was synthesized from other queries, settings or seed "
                         f"(fingerprint {progress.get('fingerprint')}, now {fingerprint}); start over (no resume) "
                         "or choose another output")
    done = int(progress["queries_done"])
    keep = [json.dumps(row) + "\n" for _, row in iter_jsonl(out, on_error="yield")
            if isinstance(row, dict) and row.get("query", -1) < done] if out.exists() else []
    with atomic_path(out) as tmp:
        tmp.write_text("".join(keep), encoding="utf-8")
    return done, len(keep)


def _append(out: Path, results: Sequence[ForesightResult]) -> int:
    lines = [json.dumps(dataclasses.asdict(p)) + "\n" for r in results for p in r.pairs]
    with open(out, "a", encoding="utf-8") as f:
        f.write("".join(lines))
        f.flush()
        os.fsync(f.fileno())
    return len(lines)


def synthesize(model: nn.Module, tokenizer: Tokenizer, queries: Sequence[str], out: str | Path,
               cfg: ForesightConfig, *, seed: int = 0, resume: bool = True, progress: bool | None = None,
               newline_ids: Sequence[int] | None = None,
               after_round: Callable[[int], None] | None = None) -> SynthesisStats:
    """Foresight pairs for every query into `out` (JSONL), round by round; see the module docstring.

    newline_ids: the tokens that end a step (default: every token whose text holds a newline).
    after_round(queries_done) is called after each round is recorded (a test interrupts there)."""
    if not queries:
        raise ValueError("synthesize: no queries")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fingerprint = _fingerprint(queries, cfg, seed)
    if not resume:
        out.unlink(missing_ok=True)
        progress_path(out).unlink(missing_ok=True)
    done, total_pairs = _resume_point(out, fingerprint)
    resumed_from = done
    if done:
        log.info("%s: resuming after %d of %d queries (%d pairs)", out, done, len(queries), total_pairs)
    out.touch()
    newline_ids = list(newline_ids) if newline_ids is not None else newline_token_ids(tokenizer)
    start, generated, new_pairs = time.perf_counter(), 0, 0
    size = cfg.queries_per_round
    show = progress if progress is not None else sys.stderr.isatty()
    bar = tqdm(total=len(queries), initial=done, desc="synthesize", unit="query", disable=not show, file=sys.stderr)
    with bar:
        for first in range(done, len(queries), size):
            results, tokens = foresight_search(model, tokenizer, queries[first:first + size], cfg, seed=seed,
                                               newline_ids=newline_ids, first_query=first)
            n = _append(out, results)
            done = min(first + size, len(queries))
            write_json_atomic(progress_path(out), {"fingerprint": fingerprint, "queries_done": done,
                                                   "queries": len(queries), "pairs": total_pairs + n + new_pairs})
            new_pairs += n
            generated += tokens
            bar.update(done - first)
            bar.set_postfix(pairs=total_pairs + new_pairs)
            if after_round is not None:
                after_round(done)
    return SynthesisStats(queries=done, pairs=total_pairs + new_pairs, new_queries=done - resumed_from,
                          new_pairs=new_pairs, generated_tokens=generated, seconds=time.perf_counter() - start)
