"""CLIMB's machinery, measured in one run on the reproduction's corpus and proxies (climb/reproduce.py):

- stage1_seconds_per_10k_docs: embed (hashed n-gram TF-IDF) + k-means + quality scoring + merge + shards,
  scaled to 10,000 documents, with the parts listed;
- proxies_per_minute: real proxies (the reproduction's 1-layer proxy, its steps and batch) through the
  local runner with 2 worker processes, after the pool has started;
- ray_matches_local: the same 6 proxies (same mixtures and seeds) through the local runner and a Ray
  runner on this machine give the same scores within 1e-6 (null when Ray is not installed);
- search_overhead_fraction: a CLIMB search of real proxies; driver time outside proxies (pool, fits,
  choices, table writes) over the search's wall time. Target <= 0.05.

    python benchmarks/bench_climb.py            # ~10k documents, 120-step proxies, a 16/8/8 search
    python benchmarks/bench_climb.py --quick    # ~3k documents, 40-step proxies, an 8/4/4 search
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import tempfile
import time
from pathlib import Path

from nanofrontier.climb.corpus import Corpus
from nanofrontier.climb.embed import make_embedder
from nanofrontier.climb.mixture import DirichletPool, PoolConfig
from nanofrontier.climb.proxy import ProxyJob
from nanofrontier.climb.reproduce import preset
from nanofrontier.climb.runner import LocalRunner, RayRunner
from nanofrontier.climb.search import SearchConfig
from nanofrontier.climb.stage1 import ClusterConfig, cluster_corpus, embed_corpus
from nanofrontier.climb.stage2 import WarmStart, ensure_warm_start, run_search
from nanofrontier.climb.target import save_items
from nanofrontier.climb.testbed import SOURCE_SIZES, source_corpus, target_items
from nanofrontier.climb.workspace import Workspace
from nanofrontier.core import sysinfo
from nanofrontier.core.tokenizer import ByteTokenizer


def stage1(ws: Workspace, docs: int) -> tuple[dict, object]:
    per_source = round(docs / sum(SOURCE_SIZES.values()))
    generated = source_corpus(docs_per_source=per_source, seed=0)
    corpus = Corpus([d.text for d in generated], [d.domain for d in generated], source="bench")
    ws.bind(corpus)
    start = time.perf_counter()
    x = embed_corpus(ws, corpus, make_embedder(None))
    embedded = time.perf_counter()
    plan, shards = cluster_corpus(ws, corpus, x, ClusterConfig(), ByteTokenizer())
    done = time.perf_counter()
    scale = 10_000 / len(corpus)
    return {"documents": len(corpus), "stage1_seconds_per_10k_docs": round((done - start) * scale, 2),
            "embed_seconds_per_10k_docs": round((embedded - start) * scale, 2),
            "cluster_prune_merge_shard_seconds_per_10k_docs": round((done - embedded) * scale, 2),
            "clusters": len(plan.names), "purity": round(plan.labels["purity"], 4)}, shards


def proxy_jobs(shards, warm: Path, items: Path, proxy, n: int) -> list[ProxyJob]:
    pool = DirichletPool.build(shards.token_counts, PoolConfig(size=n, seed=1))
    return [ProxyJob(mixture=pool.mixture(i), seed=i, shards=str(shards.directory), warm_start=str(warm),
                     items=str(items), config=proxy) for i in range(n)]


def timed(runner, jobs: list[ProxyJob]) -> tuple[dict[int, float], float]:
    start = time.perf_counter()
    scores = {}
    for outcome in runner.map(jobs):
        if outcome.error is not None:
            raise RuntimeError(outcome.error)
        scores[outcome.index] = outcome.result["score"]
    return scores, time.perf_counter() - start


def run(quick: bool) -> dict:
    p = preset("quick")
    proxy = dataclasses.replace(p.proxy, steps=40) if quick else p.proxy
    out: dict = {"machine": sysinfo.machine_facts(), "proxy_steps": proxy.steps}
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "work")
        report, shards = stage1(ws, 3000 if quick else 10_000)
        out.update(report)
        items = Path(tmp) / "val.jsonl"
        save_items(items, target_items(p.val_items, seed=101))
        warm = ensure_warm_start(ws, shards, WarmStart(steps=100 if quick else p.warm_steps), proxy)
        jobs = proxy_jobs(shards, warm, items, proxy, 6)
        with LocalRunner(workers=2) as local:
            timed(local, jobs[:2])  # start the workers (spawn, import torch, open the shards)
            local_scores, local_s = timed(local, jobs)
            out["proxies_per_minute"] = round(len(jobs) / local_s * 60, 2)
            out.update(_ray(jobs, local_scores))
            budgets = (8, 4, 4) if quick else (16, 8, 8)
            result = run_search(ws, shards, items, warm, SearchConfig(method="climb", budgets=budgets,
                                                                       top_n=(200, 100)),
                                proxy, PoolConfig(size=p.pool_size), local)
        out.update(search_overhead_fraction=round(result.overhead_fraction, 4),
                   search_seconds=round(result.total_s, 1), search_driver_seconds=round(
                       result.total_s - result.proxy_wait_s, 2), search_proxies=len(result.rows))
    return out


def _ray(jobs: list[ProxyJob], local_scores: dict[int, float]) -> dict:
    try:
        import ray  # noqa: F401
    except ImportError:
        return {"ray_matches_local": None, "ray_note": "Ray is not installed"}
    with RayRunner(num_cpus=2) as runner:
        timed(runner, jobs[:2])  # start the Ray workers
        ray_scores, ray_s = timed(runner, jobs)
    diff = max(abs(ray_scores[i] - local_scores[i]) for i in local_scores)
    return {"ray_matches_local": bool(diff <= 1e-6), "ray_max_abs_score_diff": diff,
            "ray_proxies_per_minute": round(len(jobs) / ray_s * 60, 2),
            "scores": [round(local_scores[i], 6) for i in sorted(local_scores)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3k documents, 40-step proxies, an 8/4/4 search")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(json.dumps(run(args.quick), indent=2))


if __name__ == "__main__":
    main()
