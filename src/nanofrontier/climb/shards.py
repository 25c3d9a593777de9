"""Per-cluster token shards on disk: one flat `np.memmap` file per cluster plus `index.json`.

    shards = write_shards("work/shards", texts, assignment, names, tokenizer, corpus_digest=corpus.digest)
    shards = ShardSet.open("work/shards", corpus_digest=corpus.digest)   # refuses another corpus's shards
    shards.tokens("c3")          # np.memmap, 1-D, documents joined by the tokenizer's eos
    shards.token_counts          # {"c0": 120345, ...}

index.json holds the corpus digest, a digest of the document -> cluster assignment, the token dtype
and, per cluster, its file, token and document counts. The tokenizer is saved beside it (a Hugging
Face tokenizer folder), so every proxy reads the same ids. The folder is written under a temporary
name and renamed into place, so a reader never sees half of it; shards are rebuilt only when the
assignment changes, and shards of another corpus are refused with a message naming both digests.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from tqdm import tqdm

from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.tokenizer import Tokenizer, load_tokenizer

INDEX = "index.json"
FORMAT = "nanofrontier.climb.shards/1"
UNASSIGNED = -1  # assignment value of a pruned document


class ShardError(ValueError):
    """Shards that cannot be used: another corpus, a missing file, a size that does not match."""


def assignment_digest(assignment: np.ndarray, names: Sequence[str]) -> str:
    h = hashlib.sha256(np.ascontiguousarray(assignment, dtype=np.int64).tobytes())
    h.update(json.dumps(list(names)).encode())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class ShardInfo:
    name: str
    file: str
    tokens: int
    documents: int


class ShardSet:
    """A shards folder opened for reading; token arrays are memory-mapped on first use."""

    def __init__(self, directory: Path, index: dict) -> None:
        self.directory = directory
        self.index = index
        self.corpus_digest: str = index["corpus_digest"]
        self.assignment_digest: str = index["assignment_digest"]
        self.dtype = np.dtype(index["dtype"])
        self.clusters = {c["name"]: ShardInfo(**c) for c in index["clusters"]}
        self._arrays: dict[str, np.ndarray] = {}

    @classmethod
    def open(cls, directory: str | Path, *, corpus_digest: str | None = None) -> ShardSet:
        directory = Path(directory)
        path = directory / INDEX
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no shard index (run `nanofrontier climb cluster` first)")
        index = read_json(path, error=ShardError, expect=dict)
        if index.get("format") != FORMAT:
            raise ShardError(f"{path}: format {index.get('format')!r}, expected {FORMAT!r}")
        if corpus_digest is not None and index["corpus_digest"] != corpus_digest:
            raise ShardError(f"{path}: these shards were built from corpus {index['corpus_digest'][:12]}, "
                             f"not from this corpus ({corpus_digest[:12]}); use a new work folder or rebuild them")
        return cls(directory, index)

    @property
    def names(self) -> list[str]:
        return list(self.clusters)

    @property
    def token_counts(self) -> dict[str, int]:
        return {name: info.tokens for name, info in self.clusters.items()}

    @property
    def digest(self) -> str:
        """What a proxy result depends on: the corpus, the assignment and the tokenizer."""
        return hashlib.sha256(f"{self.corpus_digest}/{self.assignment_digest}/{self.index['tokenizer_digest']}"
                              .encode()).hexdigest()[:16]

    def natural_shares(self) -> dict[str, float]:
        total = sum(self.token_counts.values())
        return {name: count / total for name, count in self.token_counts.items()}

    @cached_property
    def tokenizer(self) -> Tokenizer:
        return load_tokenizer(self.directory)

    def tokens(self, name: str) -> np.ndarray:
        """The cluster's token stream, read-only, 1-D."""
        if name not in self.clusters:
            raise KeyError(f"unknown cluster {name!r}; known: {', '.join(self.clusters)}")
        if name not in self._arrays:
            info = self.clusters[name]
            path = self.directory / info.file
            if not path.is_file():
                raise ShardError(f"{path}: shard file missing ({self.directory / INDEX} lists it)")
            size = path.stat().st_size // self.dtype.itemsize
            if size != info.tokens:
                raise ShardError(f"{path}: {size} tokens on disk, {INDEX} says {info.tokens}")
            self._arrays[name] = (np.memmap(path, dtype=self.dtype, mode="r", shape=(size,)) if size
                                  else np.zeros(0, dtype=self.dtype))
        return self._arrays[name]


def _token_dtype(vocab_size: int) -> np.dtype:
    return np.dtype(np.uint16) if vocab_size <= 2**16 else np.dtype(np.int32)


def _tokenizer_digest(directory: Path) -> str:
    h = hashlib.sha256()
    for name in ("tokenizer.json", "tokenizer_config.json"):
        if (directory / name).is_file():
            h.update((directory / name).read_bytes())
    return h.hexdigest()[:16]


def _write_cluster(path: Path, texts: Sequence[str], tokenizer: Tokenizer, dtype: np.dtype) -> int:
    """Tokenise and append each document (eos between documents) to `path`; returns the token count."""
    count = 0
    with open(path, "wb") as f:
        for i, text in enumerate(texts):
            ids = tokenizer.encode(text)
            if i and tokenizer.eos_id is not None:
                ids = [tokenizer.eos_id, *ids]
            f.write(np.asarray(ids, dtype=dtype).tobytes())
            count += len(ids)
        f.flush()
        os.fsync(f.fileno())
    return count


def write_shards(directory: str | Path, texts: Sequence[str], assignment: np.ndarray, names: Sequence[str],
                 tokenizer: Tokenizer, *, corpus_digest: str, progress: bool = False) -> ShardSet:
    """Write one shard per name (documents whose assignment is its index) and the index; documents
    assigned UNASSIGNED are left out. Reuses the folder when it already holds these exact shards."""
    directory = Path(directory)
    assignment = np.asarray(assignment, dtype=np.int64)
    if len(assignment) != len(texts):
        raise ValueError(f"write_shards: {len(assignment)} assignments for {len(texts)} documents")
    if assignment.max(initial=UNASSIGNED) >= len(names) or assignment.min(initial=0) < UNASSIGNED:
        raise ValueError(f"write_shards: assignments must be in [{UNASSIGNED}, {len(names)})")
    digest = assignment_digest(assignment, names)
    if (directory / INDEX).is_file():
        existing = ShardSet.open(directory, corpus_digest=corpus_digest)
        if existing.assignment_digest == digest:
            return existing
    dtype = _token_dtype(tokenizer.vocab_size)
    with atomic_path(directory) as tmp:
        tmp.mkdir(parents=True)
        tokenizer.save(tmp)
        clusters = []
        for c, name in enumerate(tqdm(names, desc="shards", unit="cluster", disable=not progress, file=sys.stderr)):
            members = [texts[i] for i in np.flatnonzero(assignment == c)]
            tokens = _write_cluster(tmp / f"{name}.bin", members, tokenizer, dtype)
            clusters.append({"name": name, "file": f"{name}.bin", "tokens": tokens, "documents": len(members)})
        write_json_atomic(tmp / INDEX, {"format": FORMAT, "corpus_digest": corpus_digest,
                                        "assignment_digest": digest, "dtype": dtype.name,
                                        "tokenizer_digest": _tokenizer_digest(tmp), "clusters": clusters})
        if directory.exists():  # os.replace cannot overwrite a non-empty folder
            shutil.rmtree(directory)
    return ShardSet.open(directory, corpus_digest=corpus_digest)
