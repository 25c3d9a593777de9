"""Shared climb fixtures, built once per session and tiny: a labelled corpus file, a stage-1 work folder
(embeddings, clusters, shards), a warm start of a few steps, and validation items.

`tiny_proxy` is a ProxyConfig of a few steps, so a real proxy run takes well under a second.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nanofrontier.climb.corpus import load_corpus
from nanofrontier.climb.embed import make_embedder
from nanofrontier.climb.proxy import ProxyConfig
from nanofrontier.climb.stage1 import ClusterConfig, cluster_corpus, embed_corpus
from nanofrontier.climb.stage2 import WarmStart, ensure_warm_start
from nanofrontier.climb.target import save_items
from nanofrontier.climb.testbed import source_corpus, target_items
from nanofrontier.climb.workspace import Workspace
from nanofrontier.core.tokenizer import ByteTokenizer

TINY_PROXY = ProxyConfig(steps=4, batch_size=4, seq_len=32, warmup_steps=1)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="session")
def corpus_file(tmp_path_factory) -> Path:
    docs = source_corpus(docs_per_source=30, seed=0)
    path = tmp_path_factory.mktemp("climb_corpus") / "corpus.jsonl"
    return write_jsonl(path, [{"text": d.text, "source": d.domain} for d in docs])


@pytest.fixture(scope="session")
def val_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("climb_items") / "val.jsonl"
    save_items(path, target_items(12, seed=5))
    return path


@pytest.fixture(scope="session")
def stage1(tmp_path_factory, corpus_file):
    """(workspace, plan, shards) after embed + cluster of the tiny labelled corpus."""
    pytest.importorskip("faiss", reason="climb's clustering needs faiss-cpu")
    ws = Workspace(tmp_path_factory.mktemp("climb_work"))
    corpus = load_corpus(corpus_file, label_field="source")
    ws.bind(corpus, label_field="source")
    x = embed_corpus(ws, corpus, make_embedder(None))
    plan, shards = cluster_corpus(ws, corpus, x, ClusterConfig(k_init=12, merge_to=5, labelled=120), ByteTokenizer())
    return ws, plan, shards


@pytest.fixture(scope="session")
def warm(stage1) -> Path:
    ws, _, shards = stage1
    return ensure_warm_start(ws, shards, WarmStart(steps=6), TINY_PROXY)


@pytest.fixture
def tiny_proxy() -> ProxyConfig:
    return TINY_PROXY
