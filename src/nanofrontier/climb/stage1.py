"""Stage 1 of CLIMB on a work folder: embed the corpus, then cluster, score, prune, merge and shard it.

    ws = Workspace("runs/climb"); ws.bind(corpus)
    X = embed_corpus(ws, corpus, make_embedder(None))                         # cached in embeddings.npy
    plan, shards = cluster_corpus(ws, corpus, X, ClusterConfig(k_init=48, merge_distance=0.8))

`cluster_corpus`: k-means with k_init fine clusters; a quality scorer (quality.py) gives every document
a 1-5 score and fine clusters whose mean is below min_quality are dropped; the survivors are merged
by centroid distance (to merge_to clusters and/or while closer than merge_distance); documents of
each merged cluster become one token shard. With hidden source labels, `plan.labels` reports purity
and adjusted Rand index of the merged clusters, each cluster's main source, and how much of each
source was pruned. Each step is reused when its inputs are unchanged.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from dataclasses import asdict, dataclass, field

import numpy as np

from nanofrontier.climb.cluster import adjusted_rand_index, kmeans, merge, purity
from nanofrontier.climb.corpus import Corpus
from nanofrontier.climb.embed import Embedder
from nanofrontier.climb.quality import QualityScorer, cluster_quality
from nanofrontier.climb.shards import UNASSIGNED, ShardSet, write_shards
from nanofrontier.climb.workspace import Workspace
from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.tokenizer import Tokenizer

log = logging.getLogger(__name__)


def _array_digest(x: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(x).tobytes()).hexdigest()[:16]


def embed_corpus(ws: Workspace, corpus: Corpus, embedder: Embedder, *, force: bool = False,
                 progress: bool = False) -> np.ndarray:
    """float32 [N, D] embeddings of the corpus, computed once per (corpus, embedder)."""
    stamp = {"corpus_digest": corpus.digest, "embedder": embedder.name}
    if not force and ws.embed_json.is_file() and ws.embeddings.is_file():
        found = read_json(ws.embed_json, expect=dict)
        if {k: found.get(k) for k in stamp} == stamp:
            x = np.load(ws.embeddings)
            if _array_digest(x) == found.get("digest"):
                log.info("reusing %s (%d x %d)", ws.embeddings, *x.shape)
                return x
    x = embedder.embed(corpus.texts, progress=progress)
    if x.shape[0] != len(corpus) or x.dtype != np.float32 or not np.isfinite(x).all():
        raise ValueError(f"embedder {embedder.name}: expected finite float32 [{len(corpus)}, D], "
                         f"got {x.dtype} {list(x.shape)}")
    with atomic_path(ws.embeddings) as tmp, open(tmp, "wb") as f:
        np.save(f, x)
    write_json_atomic(ws.embed_json, {**stamp, "shape": list(x.shape), "digest": _array_digest(x)})
    return x


@dataclass(frozen=True, kw_only=True)
class ClusterConfig:
    k_init: int = 48  # fine k-means clusters
    min_quality: float = 3.0  # fine clusters with a lower mean document score are pruned
    merge_to: int | None = None  # merged clusters wanted (None: merge by distance only)
    merge_distance: float | None = 0.8  # never merge groups at least this far apart (None: no limit)
    labelled: int = 300  # documents the rater labels for the quality classifier
    seed: int = 0

    def __post_init__(self) -> None:
        if self.k_init < 1:
            raise ValueError(f"ClusterConfig.k_init must be >= 1, got {self.k_init}")
        if self.merge_to is None and self.merge_distance is None:
            raise ValueError("ClusterConfig: give merge_to, merge_distance or both")


@dataclass
class ClusterPlan:
    config: ClusterConfig
    names: list[str]  # merged clusters
    groups: list[list[int]]  # fine cluster ids of each merged cluster
    fine_quality: list[float | None]  # mean document score per fine cluster (None: empty)
    fine_sizes: list[int]
    kept: list[bool]  # per fine cluster
    fine: np.ndarray = field(repr=False)  # int64 [N] fine cluster per document
    assignment: np.ndarray = field(repr=False)  # int64 [N] merged cluster per document, -1 when pruned
    scores: np.ndarray = field(repr=False)  # float64 [N] document quality
    labels: dict | None = None  # purity, ARI and composition against hidden source labels

    def summary(self) -> dict:
        meta = {k: v for k, v in asdict(self).items() if k not in ("fine", "assignment", "scores")}
        meta["documents_kept"] = int((self.assignment != UNASSIGNED).sum())
        meta["documents"] = len(self.assignment)
        return meta


def _label_report(plan_names: list[str], assignment: np.ndarray, labels: list[str]) -> dict:
    labels_arr = np.asarray(labels)
    kept = assignment != UNASSIGNED
    clusters = {}
    for c, name in enumerate(plan_names):
        counts = Counter(labels_arr[assignment == c].tolist())
        total = sum(counts.values())
        clusters[name] = {"documents": total, "sources": {s: n / total for s, n in counts.most_common(3)}}
    pruned = {s: float(np.mean(~kept[labels_arr == s])) for s in sorted(set(labels))}
    report = {"clusters": clusters, "pruned_fraction": pruned}
    if kept.sum() > 1:
        report["purity"] = purity(assignment[kept], labels_arr[kept])
        report["ari"] = adjusted_rand_index(assignment[kept], labels_arr[kept])
    return report


def _plan(corpus: Corpus, x: np.ndarray, config: ClusterConfig) -> ClusterPlan:
    fine, centroids = kmeans(x, config.k_init, seed=config.seed)
    scores = QualityScorer.train(corpus.texts, n_labelled=config.labelled, seed=config.seed).score(corpus.texts)
    quality = cluster_quality(fine, scores, config.k_init)
    sizes = np.bincount(fine, minlength=config.k_init)
    kept = (sizes > 0) & (np.nan_to_num(quality, nan=-np.inf) >= config.min_quality)
    survivors = np.flatnonzero(kept)
    if len(survivors) == 0:
        best = np.nanmax(quality)
        raise ValueError(f"every cluster was pruned: the best cluster's mean quality is {best:.2f} < "
                         f"min_quality {config.min_quality}; lower --min-quality")
    merged = merge(centroids[survivors], sizes[survivors], threshold=config.merge_distance,
                   n_clusters=config.merge_to)
    groups = [[int(survivors[i]) for i in g] for g in merged]
    assignment = np.full(len(fine), UNASSIGNED, dtype=np.int64)
    for c, group in enumerate(groups):
        assignment[np.isin(fine, group)] = c
    names = [f"c{c}" for c in range(len(groups))]
    fine_quality = [None if np.isnan(q) else round(float(q), 4) for q in quality]
    plan = ClusterPlan(config=config, names=names, groups=groups, fine_quality=fine_quality, fine_sizes=sizes.tolist(),
                       kept=kept.tolist(), fine=fine, assignment=assignment, scores=scores)
    if corpus.labels is not None:
        plan.labels = _label_report(names, assignment, corpus.labels)
    return plan


def _load_plan(ws: Workspace, stamp: dict) -> ClusterPlan | None:
    if not (ws.clusters_json.is_file() and ws.clusters_npz.is_file()):
        return None
    meta = read_json(ws.clusters_json, expect=dict)
    if meta.get("stamp") != stamp:
        return None
    arrays = np.load(ws.clusters_npz)
    plan = meta["plan"]
    return ClusterPlan(config=ClusterConfig(**plan["config"]), names=plan["names"], groups=plan["groups"],
                       fine_quality=plan["fine_quality"], fine_sizes=plan["fine_sizes"], kept=plan["kept"],
                       fine=arrays["fine"], assignment=arrays["assignment"], scores=arrays["scores"],
                       labels=plan["labels"])


def cluster_corpus(ws: Workspace, corpus: Corpus, x: np.ndarray, config: ClusterConfig, tokenizer: Tokenizer,
                   *, progress: bool = False) -> tuple[ClusterPlan, ShardSet]:
    """Cluster, score, prune, merge and shard; each part reused when its inputs are unchanged."""
    if len(x) != len(corpus):
        raise ValueError(f"{len(x)} embeddings for {len(corpus)} documents; re-run `climb embed`")
    stamp = {"corpus_digest": corpus.digest, "embeddings": _array_digest(x), "config": asdict(config)}
    plan = _load_plan(ws, json.loads(json.dumps(stamp)))
    if plan is None:
        plan = _plan(corpus, x, config)
        with atomic_path(ws.clusters_npz) as tmp, open(tmp, "wb") as f:
            np.savez(f, fine=plan.fine, assignment=plan.assignment, scores=plan.scores)
        write_json_atomic(ws.clusters_json, {"stamp": stamp, "plan": plan.summary()})
    else:
        log.info("reusing %s", ws.clusters_json)
    shards = write_shards(ws.shards, corpus.texts, plan.assignment, plan.names, tokenizer,
                          corpus_digest=corpus.digest, progress=progress)
    empty = [name for name, n in shards.token_counts.items() if n == 0]
    if empty:
        log.warning("cluster(s) %s hold no tokens; a mixture may not use them", ", ".join(empty))
    return plan, shards
