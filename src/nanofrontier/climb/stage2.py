"""Stage 2 of CLIMB on a work folder: the warm start, the candidate pool, a search driven through a
runner into a resumable results table, and mixtures read back for `sample` and `report`.

    shards = open_shards(ws)
    warm = ensure_warm_start(ws, shards, WarmStart(steps=600))
    with make_runner("local", workers=2) as runner:
        result = run_search(ws, shards, "val.jsonl", warm, SearchConfig(method="climb"), ProxyConfig(),
                            PoolConfig(), runner)
    resolve_mixture(ws, shards, "climb")        # the answer saved in search/climb/search.json
    write_sample(ws, shards, mixture, "mix.jsonl", tokens=1_000_000, seed=0)

`write_sample` draws whole documents of each cluster (shuffled; cycling when a cluster is used for
more than one epoch) until the cluster's share of the token budget is met, interleaves them at
random, and writes JSONL lines {"text", "cluster"} that any trainer can read.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from nanofrontier.climb.mixture import DirichletPool, PoolConfig, check_mixture
from nanofrontier.climb.proxy import ProxyConfig, ProxyJob, proxy_model, train_warm_start, weights_digest
from nanofrontier.climb.results import ResultsTable
from nanofrontier.climb.runner import Runner
from nanofrontier.climb.search import METHODS, Search, SearchConfig, SearchResult
from nanofrontier.climb.shards import ShardSet
from nanofrontier.climb.target import items_digest, load_items
from nanofrontier.climb.workspace import Workspace
from nanofrontier.core.atomic import atomic_path, json_default, write_json_atomic
from nanofrontier.core.checkpoint import load_config
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.jsonio import read_json

log = logging.getLogger(__name__)

SEARCH_JSON = "search.json"
RESULTS = "results.jsonl"


def open_shards(ws: Workspace) -> ShardSet:
    """The work folder's shards, refused if they were built from another corpus than the one recorded."""
    return ShardSet.open(ws.shards, corpus_digest=ws.bound()["digest"])


@dataclass(frozen=True, kw_only=True)
class WarmStart:
    """How to get the checkpoint every proxy continues from: `checkpoint` (an existing Hugging Face
    folder whose vocabulary covers the shards' tokenizer), or trained here on the natural mixture."""

    checkpoint: str | None = None
    steps: int = 600
    model: ModelConfig = field(default_factory=proxy_model)
    seed: int = 0


def ensure_warm_start(ws: Workspace, shards: ShardSet, warm: WarmStart, proxy: ProxyConfig, *,
                      progress: bool | None = None) -> Path:
    if warm.checkpoint is not None:
        config = load_config(warm.checkpoint)
        if config.vocab_size < shards.tokenizer.vocab_size:
            raise ValueError(f"{warm.checkpoint}: vocabulary of {config.vocab_size} tokens, but the shards' "
                             f"tokenizer has {shards.tokenizer.vocab_size}")
        return Path(warm.checkpoint)
    cfg = dataclasses.replace(proxy, steps=warm.steps, warmup_steps=max(1, warm.steps // 10), lr=proxy.lr * 1.5)
    return train_warm_start(ws.warm_start, shards, warm.model, cfg, seed=warm.seed, progress=progress)


def table_header(shards: ShardSet, warm_start: Path, items_path: str | Path, proxy: ProxyConfig) -> dict:
    """Everything a proxy's score depends on; a table with another header is refused (results.py)."""
    return {"corpus_digest": shards.corpus_digest, "shards": shards.digest, "warm_start": weights_digest(warm_start),
            "items": items_digest(load_items(items_path)), "proxy": asdict(proxy)}


def run_search(ws: Workspace, shards: ShardSet, items_path: str | Path, warm_start: Path, config: SearchConfig,
               proxy: ProxyConfig, pool_config: PoolConfig, runner: Runner, *,
               progress: bool = False) -> SearchResult:
    """One search, resumed from its table when interrupted; writes search/<method>/search.json. Proxies
    that the work folder's other searches finished with the same recipe are reused, not rerun."""
    start = time.perf_counter()
    items_path = Path(items_path).resolve()
    folder = ws.search_dir(config.method)
    header = table_header(shards, warm_start, items_path, proxy)
    table = ResultsTable.open(folder / RESULTS, header=header)
    reuse = _other_tables(ws, config.method, header)
    pool = DirichletPool.build(shards.token_counts, pool_config)
    log.info("%s: pool of %d candidates over %d clusters; %d rows already in %s", config.method, len(pool),
             len(pool.names), len(table.rows), table.path)

    def make_job(mixture: dict[str, float], seed: int) -> ProxyJob:
        return ProxyJob(mixture=mixture, seed=seed, shards=str(shards.directory.resolve()),
                        warm_start=str(warm_start.resolve()), items=str(items_path), config=proxy)

    search = Search(config, pool, table, runner, make_job, progress=progress, reuse=reuse)
    result = search.run(setup_s=time.perf_counter() - start)
    write_json_atomic(folder / SEARCH_JSON, {"config": asdict(config), "pool": asdict(pool_config),
                                             "proxy": asdict(proxy), "result": result.to_dict()})
    return result


def _other_tables(ws: Workspace, method: str, header: dict) -> list[ResultsTable]:
    """The other searches' results tables made with this recipe (tables of another recipe are skipped)."""
    tables = []
    for other in METHODS:
        path = ws.search_dir(other) / RESULTS
        if other == method or not path.is_file():
            continue
        try:
            tables.append(ResultsTable.open(path, header=header))
        except ValueError as e:
            log.info("not reusing %s: %s", path, e)
    return tables


def load_search(ws: Workspace, method: str) -> dict:
    path = ws.search_dir(method) / SEARCH_JSON
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no finished {method} search (run `nanofrontier climb search "
                                f"--method {method}`)")
    return read_json(path, expect=dict)


def resolve_mixture(ws: Workspace, shards: ShardSet, spec: str) -> dict[str, float]:
    """"natural", "uniform", a searched method's answer ("climb", "regmix", "random"), or a JSON file
    {cluster: weight}."""
    counts = shards.token_counts
    if spec == "natural":
        return shards.natural_shares()
    if spec == "uniform":
        return check_mixture({n: 1.0 for n, c in counts.items() if c > 0}, counts, who="uniform")
    if spec in ("climb", "regmix", "random"):
        return check_mixture(load_search(ws, spec)["result"]["mixture"], counts, who=f"the {spec} answer")
    path = Path(spec)
    if not path.is_file():
        raise FileNotFoundError(f"{spec}: not a mixture file, nor natural, uniform, climb, regmix or random")
    weights = read_json(path, expect=dict)
    return check_mixture(weights.get("mixture", weights), counts, who=str(path))


def write_sample(ws: Workspace, shards: ShardSet, mixture: dict[str, float], out: str | Path, *, tokens: int,
                 seed: int = 0, progress: bool = False) -> dict:
    """A JSONL of whole documents drawn by `mixture` up to about `tokens` tokens; returns per-cluster counts."""
    mixture = check_mixture(mixture, shards.token_counts)
    if tokens < 1:
        raise ValueError(f"--tokens must be >= 1, got {tokens}")
    corpus = ws.corpus()
    assignment = np.load(ws.clusters_npz)["assignment"]
    rng = np.random.default_rng(seed)
    picked: list[tuple[int, str]] = []
    stats = {}
    for c, name in enumerate(shards.names):
        quota = mixture[name] * tokens
        members = np.flatnonzero(assignment == c)
        if quota <= 0 or len(members) == 0:
            continue
        got, passes = 0, 0
        while got < quota:
            passes += 1
            for doc in rng.permutation(members):
                if got >= quota:
                    break
                picked.append((int(doc), name))
                got += len(shards.tokenizer.encode(corpus.texts[doc])) + 1  # + the separator
        stats[name] = {"tokens": got, "passes": passes}
    order = rng.permutation(len(picked))
    with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8") as f:
        for k in tqdm(order, desc="sample", unit="doc", disable=not progress, file=sys.stderr):
            doc, name = picked[k]
            f.write(json.dumps({"text": corpus.texts[doc], "cluster": name}, ensure_ascii=False,
                               default=json_default) + "\n")
    return {"documents": len(picked), "clusters": stats}
