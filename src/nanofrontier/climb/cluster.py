"""Clustering of document embeddings: seeded k-means (faiss), merging of close clusters, and how well
clusters match hidden source labels (purity, adjusted Rand index).

CLIMB (section 3.1 of the paper) runs k-means with many fine clusters, drops low-quality ones, then
merges survivors whose centroids are close into a few super-clusters: the "domains" the search weighs.

    labels, centroids = kmeans(X, 48, seed=0)               # int64 [N], float32 [48, D]
    groups = merge(centroids[kept], sizes[kept], threshold=0.8)     # or n_clusters=8
    purity(pred, truth), adjusted_rand_index(pred, truth)

`merge` is agglomerative with average linkage: repeatedly join the two groups whose members' centroids
are closest on average (Euclidean), until none is closer than `threshold` or `n_clusters` groups remain.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

SMALL_KMEANS = 50_000_000  # N * D * k below this runs on one thread


def kmeans(x: np.ndarray, k: int, *, seed: int = 0, niter: int = 25, restarts: int = 5,
           threads: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(labels int64 [N], centroids float32 [k, D]) by faiss k-means: `restarts` seeded starts, the one
    with the lowest within-cluster error kept (one start often settles with two blobs in a cluster).
    threads=None: one thread for small problems (OpenMP's spinning workers cost more), all otherwise."""
    logging.getLogger("faiss.loader").setLevel(logging.WARNING)  # which SIMD build loaded is not news
    try:
        import faiss
    except ImportError as e:
        raise ImportError("climb's clustering needs faiss: pip install faiss-cpu") from e
    x = np.ascontiguousarray(x, dtype=np.float32)
    if x.ndim != 2:
        raise ValueError(f"kmeans: embeddings must be [N, D], got shape {list(x.shape)}")
    if not 1 <= k <= len(x):
        raise ValueError(f"kmeans: k = {k} clusters for {len(x)} documents (need 1 <= k <= N)")
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(threads or (1 if x.size * k < SMALL_KMEANS else before))
    try:
        km = faiss.Kmeans(x.shape[1], k, niter=niter, nredo=restarts, seed=seed, verbose=False,
                          max_points_per_centroid=max(256, len(x) // k + 1))  # train on every point
        km.train(x)
        _, labels = km.index.search(x, 1)
    finally:
        faiss.omp_set_num_threads(before)
    return labels[:, 0].astype(np.int64), np.asarray(km.centroids, dtype=np.float32)


def merge(centroids: np.ndarray, sizes: Sequence[int], *, threshold: float | None = None,
          n_clusters: int | None = None) -> list[list[int]]:
    """Groups of row indices of `centroids` (each sorted; groups ordered by their smallest member).

    Average linkage: the distance between two groups is the size-weighted mean Euclidean distance
    between their members' centroids (updated by the Lance-Williams rule). A centroid-of-centroids
    rule would let a large mixed group's centroid drift towards the origin and swallow everything.
    Stops when the closest pair is at distance >= threshold, or when n_clusters groups remain."""
    if threshold is None and n_clusters is None:
        raise ValueError("merge: give a distance threshold, a target n_clusters, or both")
    if n_clusters is not None and n_clusters < 1:
        raise ValueError(f"merge: n_clusters must be >= 1, got {n_clusters}")
    if len(centroids) != len(sizes):
        raise ValueError(f"merge: {len(centroids)} centroids but {len(sizes)} sizes")
    points = np.asarray(centroids, dtype=np.float64)
    dist = np.linalg.norm(points[:, None] - points[None], axis=-1)  # [G, G]
    np.fill_diagonal(dist, np.inf)
    weight = np.maximum(np.asarray(sizes, dtype=np.float64), 1.0)
    groups = {i: [i] for i in range(len(points))}
    while len(groups) > (n_clusters or 1):
        a, b = np.unravel_index(np.argmin(dist), dist.shape)
        if not np.isfinite(dist[a, b]) or (threshold is not None and dist[a, b] >= threshold):
            break
        a, b = min(a, b), max(a, b)
        joined = (weight[a] * dist[a] + weight[b] * dist[b]) / (weight[a] + weight[b])
        dist[a], dist[:, a] = joined, joined
        dist[b], dist[:, b] = np.inf, np.inf
        dist[a, a] = np.inf
        weight[a] += weight[b]
        groups[a] = sorted(groups[a] + groups.pop(b))
    return sorted(groups.values(), key=lambda g: g[0])


def _contingency(pred: Sequence, truth: Sequence) -> np.ndarray:
    if len(pred) != len(truth):
        raise ValueError(f"{len(pred)} cluster labels for {len(truth)} true labels")
    _, p = np.unique(np.asarray(pred), return_inverse=True)
    _, t = np.unique(np.asarray(truth), return_inverse=True)
    table = np.zeros((p.max() + 1, t.max() + 1), dtype=np.int64)
    np.add.at(table, (p, t), 1)
    return table


def purity(pred: Sequence, truth: Sequence) -> float:
    """Fraction of documents whose cluster's most common true label is their own."""
    if len(pred) == 0:
        raise ValueError("purity: no documents")
    return float(_contingency(pred, truth).max(axis=1).sum() / len(pred))


def adjusted_rand_index(pred: Sequence, truth: Sequence) -> float:
    """Hubert and Arabie's adjusted Rand index: 1 for identical partitions, about 0 for chance."""
    table = _contingency(pred, truth)
    n = table.sum()

    def pairs(x: np.ndarray) -> float:
        return float((x * (x - 1) // 2).sum())

    index, rows, cols = pairs(table), pairs(table.sum(1)), pairs(table.sum(0))
    expected = rows * cols / (n * (n - 1) / 2) if n > 1 else 0.0
    maximum = (rows + cols) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)
