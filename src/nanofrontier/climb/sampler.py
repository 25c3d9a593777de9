"""A weighted sampler over per-cluster token shards: what `core.train` calls as `batches(i)`.

    batches = MixtureBatches(shards, {"c0": 0.6, "c3": 0.4}, batch_size=8, seq_len=128, seed=0)
    batch = batches(17)          # {"input_ids": [8, 128], "labels": [8, 128]}, labels already shifted
    batches.clusters_of(17)      # int64 [8]: which cluster each row was drawn from

Each row picks a cluster with probability equal to its weight, then a window of seq_len + 1 tokens at
a uniform offset in that cluster's shard. Everything is a pure function of (seed, i), as
`core.data.TokenBatches` is, so a resumed or data-parallel run draws the same batches.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import torch
from torch import Tensor

from nanofrontier.climb.mixture import check_mixture
from nanofrontier.climb.shards import ShardSet


class MixtureBatches:
    def __init__(self, shards: ShardSet, weights: Mapping[str, float], *, batch_size: int, seq_len: int,
                 seed: int = 0) -> None:
        if batch_size < 1 or seq_len < 1:
            raise ValueError(f"MixtureBatches: batch_size and seq_len must be >= 1, got {batch_size}, {seq_len}")
        mixture = check_mixture(weights, shards.token_counts)
        self.names = [name for name, w in mixture.items() if w > 0]
        self.probs = np.array([mixture[name] for name in self.names])
        self.probs /= self.probs.sum()
        self.streams = [shards.tokens(name) for name in self.names]
        short = [f"{n} ({len(s)} tokens)" for n, s in zip(self.names, self.streams, strict=True) if len(s) <= seq_len]
        if short:
            raise ValueError(f"MixtureBatches: cluster(s) {', '.join(short)} hold no window of seq_len + 1 = "
                             f"{seq_len + 1} tokens")
        self.batch_size, self.seq_len, self.seed = batch_size, seq_len, seed

    def _draw(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        rng = np.random.default_rng([self.seed, i])
        clusters = rng.choice(len(self.names), size=self.batch_size, p=self.probs)
        offsets = np.array([rng.integers(0, len(self.streams[c]) - self.seq_len) for c in clusters])
        return clusters, offsets

    def clusters_of(self, i: int) -> np.ndarray:
        """Indices into `self.names` of the clusters batch i's rows come from: int64 [B]."""
        return self._draw(i)[0]

    def __call__(self, i: int) -> dict[str, Tensor]:
        clusters, offsets = self._draw(i)
        rows = np.stack([self.streams[c][o:o + self.seq_len + 1] for c, o in zip(clusters, offsets, strict=True)])
        window = torch.from_numpy(rows.astype(np.int64))  # [B, T + 1]
        return {"input_ids": window[:, :-1], "labels": window[:, 1:]}
