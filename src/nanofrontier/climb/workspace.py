"""The work folder the CLI steps share, and the corpus it is bound to.

    ws = Workspace("runs/climb")
    ws.bind(corpus)               # first step: records the corpus; a different corpus later is refused
    corpus = ws.corpus()          # later steps: re-reads the recorded file and checks its digest

Layout:
    corpus.json                   where the corpus is, its digest, fields
    embeddings.npy, embed.json    stage 1: float32 [N, D] and what made them
    clusters.json, clusters.npz  stage 1: fine clusters, quality, pruning, merging; document -> cluster
    shards/                       stage 1: per-cluster token shards (shards.py)
    warm_start/                   the checkpoint every proxy continues from
    search/<method>/              results.jsonl (one row per proxy), search.json (the answer and rounds)
    report/                       plots and report.json
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from nanofrontier.climb.corpus import Corpus, load_corpus
from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.jsonio import read_json

log = logging.getLogger(__name__)


class Workspace:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.corpus_json = self.root / "corpus.json"
        self.embeddings = self.root / "embeddings.npy"
        self.embed_json = self.root / "embed.json"
        self.clusters_json = self.root / "clusters.json"
        self.clusters_npz = self.root / "clusters.npz"
        self.shards = self.root / "shards"
        self.warm_start = self.root / "warm_start"
        self.report = self.root / "report"

    def search_dir(self, method: str) -> Path:
        return self.root / "search" / method

    def bind(self, corpus: Corpus, *, text_field: str = "text", label_field: str | None = None,
             force: bool = False) -> None:
        """Record the corpus. A work folder made for another corpus is refused; with `force` it starts
        over: everything derived from the old corpus (embeddings to searches) is deleted."""
        if self.corpus_json.is_file():
            bound = read_json(self.corpus_json, expect=dict)
            if bound["digest"] != corpus.digest:
                if not force:
                    raise ValueError(f"{self.corpus_json}: this work folder belongs to corpus {bound['source']} "
                                     f"(digest {bound['digest'][:12]}), not {corpus.source} "
                                     f"({corpus.digest[:12]}); use a new --work folder or pass --force to start over")
                self._clear_derived()
        self.root.mkdir(parents=True, exist_ok=True)
        write_json_atomic(self.corpus_json, {"source": str(Path(corpus.source).resolve()), "digest": corpus.digest,
                                             "documents": len(corpus), "text_field": text_field,
                                             "label_field": label_field})

    def _clear_derived(self) -> None:
        log.warning("%s: deleting what was derived from the previous corpus", self.root)
        for path in (self.embeddings, self.embed_json, self.clusters_json, self.clusters_npz):
            path.unlink(missing_ok=True)
        for folder in (self.shards, self.warm_start, self.root / "search", self.report):
            shutil.rmtree(folder, ignore_errors=True)

    def bound(self) -> dict:
        if not self.corpus_json.is_file():
            raise FileNotFoundError(f"{self.corpus_json}: no corpus recorded (run `nanofrontier climb embed "
                                    "--data ...` first)")
        return read_json(self.corpus_json, expect=dict)

    def corpus(self) -> Corpus:
        """The recorded corpus, re-read; refused if the file changed since it was recorded."""
        bound = self.bound()
        corpus = load_corpus(bound["source"], text_field=bound["text_field"], label_field=bound["label_field"])
        if corpus.digest != bound["digest"]:
            raise ValueError(f"{bound['source']}: the corpus changed since it was embedded (digest "
                             f"{bound['digest'][:12]}, now {corpus.digest[:12]}); re-run `climb embed --force`")
        return corpus
