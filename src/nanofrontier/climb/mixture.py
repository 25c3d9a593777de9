"""Mixtures (one weight per cluster, summing to 1) and the Dirichlet candidate pool the search draws from.

    mix = check_mixture({"c0": 0.7, "c2": 0.3}, shards.token_counts)    # complete, validated, sums to 1
    mixture_hash(mix)                                                    # "3f2a9c..." (12 hex digits)
    pool = DirichletPool.build(shards.token_counts, PoolConfig(size=20000, seed=0))
    pool.weights                                                         # float64 [P, K], rows sum to 1

The pool follows the candidate sampler CLIMB inherits from RegMix (section 3.2 of the CLIMB paper):
the prior is the clusters' token shares sharpened by a temperature (p ** t, renormalised); each
candidate is Dirichlet(p * s) for a strength s drawn from log-spaced values; weights below the minimum
are zeroed and the rest rounded to a grid while keeping the sum exactly 1; a candidate that uses a
cluster beyond its cap is rejected; duplicates are dropped. The cap of cluster i is
min(1, max_epochs * tokens_i / budget_tokens): a run of `budget_tokens` tokens may not see a cluster's
tokens more than `max_epochs` times (with budget_tokens = corpus tokens this is RegMix's
"weight <= 15 x token share").
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np


def check_mixture(weights: Mapping[str, float], token_counts: Mapping[str, int], *,
                  who: str = "mixture") -> dict[str, float]:
    """All clusters in `token_counts` order, missing ones at 0, normalised to sum 1. Raises on an
    unknown cluster, a negative or non-finite weight, an all-zero mixture, or weight on an empty cluster."""
    unknown = [name for name in weights if name not in token_counts]
    if unknown:
        raise ValueError(f"{who} names unknown cluster(s) {', '.join(map(repr, unknown))}; "
                         f"known: {', '.join(token_counts)}")
    bad = {k: v for k, v in weights.items() if not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0}
    if bad:
        raise ValueError(f"{who}: weights must be finite numbers >= 0, got {bad}")
    total = float(sum(weights.values()))
    if total <= 0:
        raise ValueError(f"{who}: every weight is 0; at least one cluster needs a positive weight")
    empty = [name for name, w in weights.items() if w > 0 and token_counts[name] == 0]
    if empty:
        raise ValueError(f"{who} puts weight on cluster(s) with no tokens: {', '.join(empty)}")
    return {name: float(weights.get(name, 0.0)) / total for name in token_counts}


def mixture_hash(mixture: Mapping[str, float]) -> str:
    """Names with their weights rounded to 1e-6, hashed: equal mixtures share a hash."""
    canon = json.dumps(sorted((k, round(float(v), 6)) for k, v in mixture.items() if round(float(v), 6) > 0))
    return hashlib.sha256(canon.encode()).hexdigest()[:12]


def epoch_caps(token_counts: Mapping[str, int], *, max_epochs: float, budget_tokens: int) -> np.ndarray:
    """Largest weight per cluster so that a run of budget_tokens sees it at most max_epochs times."""
    if max_epochs <= 0 or budget_tokens <= 0:
        raise ValueError(f"epoch_caps: max_epochs and budget_tokens must be > 0, got {max_epochs}, {budget_tokens}")
    counts = np.array(list(token_counts.values()), dtype=np.float64)
    return np.minimum(1.0, max_epochs * counts / budget_tokens)


@dataclass(frozen=True, kw_only=True)
class PoolConfig:
    size: int = 20000  # distinct candidates kept
    temperature: float = 0.5  # prior = shares ** temperature, renormalised
    strengths: tuple[float, ...] = field(default_factory=lambda: tuple(np.logspace(np.log10(0.1),
                                                                                   np.log10(5.0), 15)))
    max_epochs: float = 15.0
    budget_tokens: int | None = None  # None: the corpus's tokens (RegMix's rule)
    min_weight: float = 2e-3  # non-zero weights are at least this
    grid: float = 2e-4  # weights are multiples of this
    seed: int = 0

    def __post_init__(self) -> None:
        if self.size < 1:
            raise ValueError(f"PoolConfig.size must be >= 1, got {self.size}")
        if self.temperature < 0 or not self.strengths or min(self.strengths) <= 0:
            raise ValueError("PoolConfig: temperature must be >= 0 and strengths positive")
        units = self.min_weight / self.grid
        if not 0 < self.grid <= 0.1 or self.min_weight < 0 or abs(units - round(units)) > 1e-9:
            raise ValueError(f"PoolConfig: min_weight ({self.min_weight}) must be a multiple of grid "
                             f"({self.grid}), grid in (0, 0.1]")


def snap(weights: np.ndarray, *, min_weight: float, grid: float) -> np.ndarray:
    """Rows of `weights` [M, K] (non-negative, each with a positive entry) with entries below min_weight
    zeroed (a row's largest is kept), renormalised, and rounded to multiples of grid by largest
    remainder, so that each row sums to exactly round(1 / grid) units of grid."""
    largest = weights == weights.max(axis=1, keepdims=True)  # kept even when below min_weight
    w = np.where((weights >= min_weight) | largest, weights, 0.0)
    w = w / np.maximum(w.sum(axis=1, keepdims=True), 1e-300)
    total = round(1.0 / grid)
    units = np.floor(w * total)
    short = (total - units.sum(axis=1)).astype(np.int64)  # units still to hand out per row
    order = np.argsort(-(w * total - units), axis=1, kind="stable")  # largest remainders first
    rank = np.argsort(order, axis=1, kind="stable")  # each entry's place in that order
    units += rank < short[:, None]
    return units / total


class DirichletPool:
    """Candidate mixtures over `names`: weights float64 [P, K], each row feasible under the caps."""

    def __init__(self, names: list[str], weights: np.ndarray, caps: np.ndarray, config: PoolConfig) -> None:
        self.names, self.weights, self.caps, self.config = names, weights, caps, config

    def __len__(self) -> int:
        return len(self.weights)

    def mixture(self, row: int) -> dict[str, float]:
        return {name: float(w) for name, w in zip(self.names, self.weights[row], strict=True)}

    @classmethod
    def build(cls, token_counts: Mapping[str, int], config: PoolConfig | None = None, *,
              max_tries: int = 200) -> DirichletPool:
        config = config or PoolConfig()
        names = list(token_counts)
        counts = np.array([token_counts[n] for n in names], dtype=np.float64)
        if counts.sum() <= 0:
            raise ValueError("DirichletPool: every cluster is empty")
        caps = epoch_caps(token_counts, max_epochs=config.max_epochs,
                          budget_tokens=config.budget_tokens or int(counts.sum()))
        if caps.sum() < 1 - 1e-9:
            raise ValueError(f"DirichletPool: the epoch caps allow only {caps.sum():.3f} of the weight in all; "
                             "raise max_epochs or lower budget_tokens")
        prior = np.where(counts > 0, (counts / counts.sum()) ** config.temperature, 0.0)
        prior /= prior.sum()
        rng = np.random.default_rng(config.seed)
        feasible = np.zeros((0, len(names)))  # [M, K] every draw within the caps, in draw order
        first = np.zeros(0, dtype=np.int64)  # rows of `feasible` that are a candidate's first draw
        for _ in range(max_tries):
            rows = _draw(rng, prior, config, batch=max(1024, 2 * config.size))
            feasible = np.concatenate([feasible, rows[np.all(rows <= caps + 1e-12, axis=1)]])
            units = np.round(feasible / config.grid).astype(np.int64)  # exact keys: rows are on the grid
            first = np.sort(np.unique(units, axis=0, return_index=True)[1])
            if len(first) >= config.size:
                break
        if len(first) == 0:
            raise ValueError("DirichletPool: no candidate satisfied the caps; raise max_epochs")
        weights = feasible[first[: config.size]]
        return cls(names, weights, caps, config)


def _draw(rng: np.random.Generator, prior: np.ndarray, config: PoolConfig, *, batch: int) -> np.ndarray:
    """Snapped Dirichlet(prior * s) draws, s from config.strengths; draws that underflow to 0 are dropped."""
    strength = rng.choice(np.asarray(config.strengths), size=batch)
    alpha = np.maximum(prior[None] * strength[:, None], 1e-12)  # [batch, K]; empty clusters ~never drawn
    gamma = rng.standard_gamma(alpha)
    gamma[:, prior == 0] = 0.0
    keep = gamma.sum(axis=1) > 0
    w = gamma[keep] / gamma[keep].sum(axis=1, keepdims=True)
    return snap(w, min_weight=config.min_weight, grid=config.grid)
