"""`nanofrontier climb embed | cluster | search | sample | report`: CLIMB on your corpus, step by step.

    nanofrontier climb embed   --data web.jsonl --work runs/climb            # hashed n-gram TF-IDF embeddings
    nanofrontier climb embed   --data web.jsonl --work runs/climb --embedder models/minilm   # a local ST model
    nanofrontier climb cluster --work runs/climb --k 48 --merge-distance 0.8 --min-quality 3
    nanofrontier climb search  --work runs/climb --val val.jsonl --method climb --budgets 16,8,4
    nanofrontier climb search  --work runs/climb --val val.jsonl --method regmix --runner ray --address auto
    nanofrontier climb sample  --work runs/climb --mixture climb --tokens 5000000 --out climb_mix.jsonl
    nanofrontier climb report  --work runs/climb

Every step writes into --work and is resumable: an unchanged step is reused, an interrupted search
continues from its results table without rerunning finished proxies. The corpus is JSONL (a `text`
field; --label-field names a hidden source label used only for purity/ARI in reports), a .txt file of
blank-line-separated documents, or a folder of them. Target items (--val) are JSONL lines
{"context", "choices", "answer"} scored by log-likelihood.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from nanofrontier.climb.corpus import load_corpus
from nanofrontier.climb.embed import make_embedder
from nanofrontier.climb.mixture import PoolConfig
from nanofrontier.climb.predictor import PredictorConfig
from nanofrontier.climb.proxy import ProxyConfig
from nanofrontier.climb.report import cluster_labels
from nanofrontier.climb.runner import make_runner
from nanofrontier.climb.search import METHODS, SearchConfig
from nanofrontier.climb.stage1 import ClusterConfig, cluster_corpus, embed_corpus
from nanofrontier.climb.stage2 import (
    WarmStart,
    ensure_warm_start,
    open_shards,
    resolve_mixture,
    run_search,
    write_sample,
)
from nanofrontier.climb.summary import write_report
from nanofrontier.climb.workspace import Workspace
from nanofrontier.core.cli import run_action
from nanofrontier.core.tokenizer import ByteTokenizer, load_tokenizer

DEFAULT_MERGE_DISTANCE = 0.8


def _ints(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None
    return values


def _progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


def _embed(args: argparse.Namespace) -> int:
    ws = Workspace(args.work)
    corpus = load_corpus(args.data, text_field=args.text_field, label_field=args.label_field)
    ws.bind(corpus, text_field=args.text_field, label_field=args.label_field, force=args.force)
    embedder = make_embedder(args.embedder, dim=args.dim, projection=args.projection, seed=args.seed)
    x = embed_corpus(ws, corpus, embedder, force=args.force, progress=_progress(args))
    print(json.dumps({"work": str(ws.root), "documents": len(corpus), "dim": x.shape[1], "embedder": embedder.name,
                      "corpus_digest": corpus.digest[:12]}))
    return 0


def _cluster(args: argparse.Namespace) -> int:
    ws = Workspace(args.work)
    corpus = ws.corpus()
    if not ws.embeddings.is_file():
        raise FileNotFoundError(f"{ws.embeddings}: no embeddings (run `nanofrontier climb embed` first)")
    x = np.load(ws.embeddings)
    distance = args.merge_distance if args.merge_distance is not None or args.merge_to else DEFAULT_MERGE_DISTANCE
    config = ClusterConfig(k_init=args.k, min_quality=args.min_quality, merge_to=args.merge_to,
                           merge_distance=distance, labelled=args.labelled, seed=args.seed)
    tokenizer = ByteTokenizer() if args.tokenizer == "byte" else load_tokenizer(args.tokenizer)
    plan, shards = cluster_corpus(ws, corpus, x, config, tokenizer, progress=_progress(args))
    out = {"work": str(ws.root), "fine_clusters": config.k_init, "kept": int(sum(plan.kept)),
           "clusters": len(plan.names), "tokens": shards.token_counts}
    if plan.labels:
        out.update(purity=round(plan.labels["purity"], 4), ari=round(plan.labels["ari"], 4),
                   main_source=cluster_labels(plan.labels))
    print(json.dumps(out))
    return 0


def _search(args: argparse.Namespace) -> int:
    ws = Workspace(args.work)
    shards = open_shards(ws)
    proxy = ProxyConfig(steps=args.proxy_steps, batch_size=args.batch_size, seq_len=args.seq_len, lr=args.lr,
                        metric=args.metric, threads=args.threads, device=args.device)
    warm = ensure_warm_start(ws, shards, WarmStart(checkpoint=args.warm_start, steps=args.warm_steps), proxy,
                             progress=_progress(args))
    pool = PoolConfig(size=args.pool_size, max_epochs=args.max_epochs, budget_tokens=args.target_tokens,
                      min_weight=args.min_weight, seed=args.seed)
    methods = METHODS if args.method == "all" else (args.method,)
    summary = {}
    with make_runner(args.runner, workers=args.workers, address=args.address,
                     num_gpus_per_proxy=args.gpus_per_proxy) as runner:
        for method in methods:
            config = SearchConfig(method=method, budgets=args.budgets, top_n=args.top_n,
                                  regmix_top_k=args.regmix_top_k, seed=args.seed, proxy_seed=args.proxy_seed,
                                  retry_failed=args.retry_failed, predictor=PredictorConfig(seed=args.seed))
            result = run_search(ws, shards, args.val, warm, config, proxy, pool, runner, progress=_progress(args))
            summary[method] = {"mixture": {k: round(v, 4) for k, v in result.mixture.items() if v > 0},
                               "chosen_by": result.chosen_by, "best_observed": round(result.best_row["score"], 5),
                               "proxies": len(result.rows), "failed": sum(r["status"] != "ok" for r in result.rows),
                               "spearman": [r.spearman for r in result.rounds],
                               "overhead_fraction": round(result.overhead_fraction, 4)}
    print(json.dumps(summary))
    return 0


def _sample(args: argparse.Namespace) -> int:
    ws = Workspace(args.work)
    shards = open_shards(ws)
    mixture = resolve_mixture(ws, shards, args.mixture)
    tokens = args.tokens or sum(shards.token_counts.values())
    stats = write_sample(ws, shards, mixture, args.out, tokens=tokens, seed=args.seed, progress=_progress(args))
    print(json.dumps({"out": str(args.out), "mixture": {k: round(v, 4) for k, v in mixture.items() if v > 0},
                      **stats}))
    return 0


def _report(args: argparse.Namespace) -> int:
    ws = Workspace(args.work)
    out = write_report(ws, args.out or ws.report)
    print(json.dumps(out))
    return 0


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--work", type=Path, required=True, help="work folder shared by the steps")
    p.add_argument("--quiet", action="store_true", help="warnings only, no progress bars")


def _search_parser(sub) -> None:
    s = sub.add_parser("search", help="warm start, then CLIMB / RegMix / random search with proxy runs")
    _add_common(s)
    s.add_argument("--val", type=Path, required=True, help="validation items (JSONL) the proxies are scored on")
    s.add_argument("--method", choices=(*METHODS, "all"), default="climb")
    s.add_argument("--budgets", type=_ints, default=(16, 8, 4), help="proxies per round (regmix/random: the sum)")
    s.add_argument("--top-n", type=_ints, default=(200, 100), help="climb: best predicted kept, rounds 2..")
    s.add_argument("--regmix-top-k", type=int, default=32)
    s.add_argument("--pool-size", type=int, default=20000)
    s.add_argument("--max-epochs", type=float, default=15.0, help="cap: epochs of a cluster's tokens per run")
    s.add_argument("--target-tokens", type=int, help="tokens of the run the caps are for (default: the corpus)")
    s.add_argument("--min-weight", type=float, default=2e-3)
    s.add_argument("--runner", choices=("local", "ray", "inline"), default="local")
    s.add_argument("--workers", type=int, default=2, help="local: processes; ray without --address: CPUs")
    s.add_argument("--address", help="ray: join this cluster ('auto' for the running one)")
    s.add_argument("--gpus-per-proxy", type=float, default=0.0, help="ray: GPUs per proxy task")
    s.add_argument("--device", default="cpu", help="where a proxy trains (cpu, cuda)")
    s.add_argument("--proxy-steps", type=int, default=150)
    s.add_argument("--batch-size", type=int, default=8)
    s.add_argument("--seq-len", type=int, default=128)
    s.add_argument("--lr", type=float, default=2e-3)
    s.add_argument("--threads", type=int, default=1, help="torch threads per proxy")
    s.add_argument("--metric", choices=("nll", "acc_norm", "acc"), default="nll",
                   help="target metric the search maximises (nll is negated)")
    s.add_argument("--warm-start", help="an existing Hugging Face checkpoint to continue every proxy from")
    s.add_argument("--warm-steps", type=int, default=600, help="steps of the warm start trained here otherwise")
    s.add_argument("--seed", type=int, default=0, help="pool, candidate choice and predictor seed")
    s.add_argument("--proxy-seed", type=int, default=0, help="every proxy's training seed")
    s.add_argument("--retry-failed", action="store_true", help="rerun proxies the table records as failed")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier climb", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    e = sub.add_parser("embed", help="read a corpus and embed every document")
    _add_common(e)
    e.add_argument("--data", type=Path, required=True, help=".jsonl, .txt or a folder of them")
    e.add_argument("--text-field", default="text")
    e.add_argument("--label-field", help="hidden source label (reports only); 'file' in a folder: the file name")
    e.add_argument("--embedder", help="a local sentence-transformers folder (default: hashed n-gram TF-IDF)")
    e.add_argument("--dim", type=int, default=64)
    e.add_argument("--projection", choices=("random", "svd"), default="random")
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--force", action="store_true", help="re-embed, and rebind the work folder to this corpus")
    c = sub.add_parser("cluster", help="k-means, quality pruning, merging, per-cluster token shards")
    _add_common(c)
    c.add_argument("--k", type=int, default=48, help="fine k-means clusters")
    c.add_argument("--min-quality", type=float, default=3.0, help="prune fine clusters with a lower mean score")
    c.add_argument("--merge-to", type=int, help="merge down to this many clusters")
    c.add_argument("--merge-distance", type=float, help="never merge clusters at least this far apart "
                   f"(default {DEFAULT_MERGE_DISTANCE} unless --merge-to is given; unit-length embeddings)")
    c.add_argument("--labelled", type=int, default=300, help="documents the rater labels for the quality model")
    c.add_argument("--tokenizer", default="byte", help="byte, or a folder with tokenizer.json")
    c.add_argument("--seed", type=int, default=0)
    _search_parser(sub)
    s = sub.add_parser("sample", help="write a JSONL drawn by a mixture, for any trainer")
    _add_common(s)
    s.add_argument("--mixture", default="climb", help="climb, regmix, random, natural, uniform or a JSON file")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--tokens", type=int, help="about this many tokens (default: the kept corpus's)")
    s.add_argument("--seed", type=int, default=0)
    r = sub.add_parser("report", help="plots and a summary of the work folder's searches")
    _add_common(r)
    r.add_argument("--out", type=Path, help="default: <work>/report")
    return parser


def _one_line_errors(action):
    """A missing optional dependency or a search with no finished proxy is a one-line error too."""
    def run(args: argparse.Namespace) -> int:
        try:
            return action(args)
        except (ImportError, RuntimeError) as e:
            raise ValueError(str(e)) from e
    return run


def main(argv: list[str] | None = None) -> int:
    actions = {"embed": _embed, "cluster": _cluster, "search": _search, "sample": _sample, "report": _report}
    return run_action("nanofrontier climb", build_parser(), argv,
                      {name: _one_line_errors(action) for name, action in actions.items()})
