"""Document embeddings behind one interface: `embed(texts) -> float32 [N, D]`, rows of unit length.

Two back-ends:
- `HashedNgramEmbedder` (the default; numpy, and torch's sparse product): character n-grams (3-5 by default) hashed into
  buckets, TF-IDF weighted (1 + log tf) * (1 + log((1 + N) / (1 + df))), each row scaled to unit
  length, then a seeded Gaussian random projection to `dim`; or with `projection="svd"`, a projection
  to 4 * dim followed by the top `dim` principal directions of the fitted corpus.
- `SentenceTransformerEmbedder(folder)`: any sentence-transformers model saved in a local folder
  (CLIMB, section 3.1 of the paper, embeds documents with a sentence-embedding model).

    emb = HashedNgramEmbedder(NgramConfig(dim=64)).fit(texts)     # IDF (and SVD basis) from texts
    X = emb.embed(texts)                                          # [N, 64] float32
    X = SentenceTransformerEmbedder("models/minilm").embed(texts)

Hashing is vectorised over a chunk of documents: their UTF-8 bytes are concatenated and each n-gram's
hash is a polynomial over its bytes in wrapping uint64 arithmetic, so no Python loop runs per n-gram.
Legend: N documents, D embedding width, B hash buckets, P projection width.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import torch
from tqdm import tqdm

_MULT = np.uint64(0x100000001B3)  # FNV-style multiplier: an n-gram's bytes enter a rolling product
_MIX = np.uint64(0x9E3779B97F4A7C15)  # a final multiply spreads the bits before the top ones are kept
_CHUNK_BYTES = 1 << 20  # documents are hashed about this many bytes at a time


class Embedder(Protocol):
    name: str  # recorded beside the embeddings; another name means other embeddings

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray: ...


@dataclass(frozen=True, kw_only=True)
class NgramConfig:
    dim: int = 64
    ngram_min: int = 3
    ngram_max: int = 5
    buckets: int = 2**16  # a power of two
    projection: str = "random"  # "random" | "svd"
    seed: int = 0

    def __post_init__(self) -> None:
        if self.dim < 1:
            raise ValueError(f"NgramConfig.dim must be >= 1, got {self.dim}")
        if not 1 <= self.ngram_min <= self.ngram_max <= 8:
            raise ValueError(f"NgramConfig: need 1 <= ngram_min <= ngram_max <= 8, got "
                             f"{self.ngram_min}..{self.ngram_max}")
        if self.buckets < 2 or self.buckets & (self.buckets - 1):
            raise ValueError(f"NgramConfig.buckets must be a power of two >= 2, got {self.buckets}")
        if self.projection not in ("random", "svd"):
            raise ValueError(f"NgramConfig.projection must be 'random' or 'svd', got {self.projection!r}")


def hashed_ngrams(texts: Sequence[str], *, ngram_min: int, ngram_max: int,
                  buckets: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(doc, bucket, count) for every distinct (document, hashed n-gram) pair, sorted by doc then bucket.

    doc indexes `texts`; a document shorter than ngram_min bytes contributes nothing."""
    data = [t.encode("utf-8") for t in texts]
    lengths = np.fromiter((len(d) for d in data), dtype=np.int64, count=len(data))
    flat = np.frombuffer(b"".join(data), dtype=np.uint8).astype(np.uint64)
    doc_of = np.repeat(np.arange(len(data), dtype=np.int64), lengths)
    shift = np.uint64(65 - int(buckets).bit_length())  # keep the top log2(buckets) bits
    key_type = np.uint32 if len(data) * buckets < 2**32 else np.int64  # 32-bit keys sort faster
    keys = []
    for n in range(ngram_min, ngram_max + 1):
        count = len(flat) - n + 1
        if count <= 0:
            continue
        h = np.full(count, np.uint64(n), dtype=np.uint64)
        for k in range(n):
            h = h * _MULT + flat[k:k + count]
        inside = doc_of[:count] == doc_of[n - 1:]  # the n-gram does not cross a document boundary
        bucket = ((h[inside] * _MIX) >> shift).astype(key_type)
        keys.append(doc_of[:count][inside].astype(key_type) * key_type(buckets) + bucket)
    if not keys:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    pairs = np.concatenate(keys)
    pairs.sort()
    starts = np.flatnonzero(np.concatenate(([True], pairs[1:] != pairs[:-1])))
    counts = np.diff(np.append(starts, len(pairs)))
    pairs = pairs[starts].astype(np.int64)
    return pairs // buckets, pairs % buckets, counts


def _chunks(texts: Sequence[str], chunk_bytes: int) -> Iterator[tuple[int, int]]:
    start, size = 0, 0
    for i, text in enumerate(texts):
        size += len(text)
        if size >= chunk_bytes:
            yield start, i + 1
            start, size = i + 1, 0
    if start < len(texts):
        yield start, len(texts)


def normalize_rows(x: np.ndarray) -> np.ndarray:
    """float32 rows of unit length (an all-zero row stays zero)."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32)


class HashedNgramEmbedder:
    """Hashed character n-gram TF-IDF, then a random projection (or an SVD). `fit` learns the IDF (and
    the SVD basis); `embed` on an unfitted embedder fits on the texts it is given first."""

    def __init__(self, config: NgramConfig | None = None) -> None:
        self.config = c = config or NgramConfig()
        self.name = "hashed-ngram:" + ",".join(f"{k}={v}" for k, v in asdict(c).items())
        width = c.dim * 4 if c.projection == "svd" else c.dim
        rng = np.random.default_rng(c.seed)
        self.projection = torch.from_numpy(
            (rng.standard_normal((c.buckets, width)) / np.sqrt(width)).astype(np.float32))  # [B, P]
        self.idf: np.ndarray | None = None  # [B]
        self.mean: np.ndarray | None = None  # [P], svd only
        self.basis: np.ndarray | None = None  # [P, D], svd only

    def _ngrams(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        c = self.config
        return hashed_ngrams(texts, ngram_min=c.ngram_min, ngram_max=c.ngram_max, buckets=c.buckets)

    def fit(self, texts: Sequence[str], *, progress: bool = False) -> HashedNgramEmbedder:
        c = self.config
        df = np.zeros(c.buckets, dtype=np.int64)
        for start, end in _chunks(texts, _CHUNK_BYTES):
            _, bucket, _ = self._ngrams(texts[start:end])
            df += np.bincount(bucket, minlength=c.buckets)
        self.idf = np.log((1 + len(texts)) / (1 + df)) + 1.0
        if c.projection == "svd":
            projected = self._project(texts, progress)  # [N, P]
            self.mean = projected.mean(axis=0)
            _, _, vt = np.linalg.svd(projected - self.mean, full_matrices=False)
            self.basis = np.ascontiguousarray(vt[: c.dim].T, dtype=np.float32)  # [P, D]
        return self

    def _project(self, texts: Sequence[str], progress: bool) -> np.ndarray:
        """Unit-length TF-IDF rows times the random projection: [N, P], as a sparse CSR [n, B] by dense
        [B, P] product per chunk (torch's sparse kernels; numpy alone has none)."""
        out = np.zeros((len(texts), self.projection.shape[1]), dtype=np.float32)
        spans = list(_chunks(texts, _CHUNK_BYTES))
        for start, end in tqdm(spans, desc="embed", unit="chunk", disable=not progress, file=sys.stderr):
            doc, bucket, count = self._ngrams(texts[start:end])
            if len(doc) == 0:
                continue
            weight = (1.0 + np.log(count)) * self.idf[bucket]
            norms = np.sqrt(np.bincount(doc, weights=weight**2, minlength=end - start))
            weight /= np.maximum(norms[doc], 1e-12)
            rows = np.searchsorted(doc, np.arange(end - start + 1))  # CSR row pointers: doc is sorted
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # "sparse CSR support is in beta"
                tfidf = torch.sparse_csr_tensor(torch.from_numpy(rows), torch.from_numpy(bucket),
                                                torch.from_numpy(weight.astype(np.float32)),
                                                size=(end - start, self.config.buckets), check_invariants=False)
                out[start:end] = (tfidf @ self.projection).numpy()
        return out

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if self.idf is None:
            self.fit(texts, progress=progress)
        projected = self._project(texts, progress)
        if self.basis is not None:
            projected = (projected - self.mean) @ self.basis
        return normalize_rows(projected)


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder (nothing is downloaded)."""

    def __init__(self, folder: str | Path, *, batch_size: int = 64, device: str = "cpu") -> None:
        folder = Path(folder)
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder}: no such model folder (--embedder takes a local "
                                    "sentence-transformers folder)")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise ImportError("--embedder needs sentence-transformers: pip install sentence-transformers") from e
        self.model = SentenceTransformer(str(folder), device=device, local_files_only=True)
        self.batch_size = batch_size
        self.name = f"sentence-transformers:{folder.resolve()}"

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        out = self.model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                normalize_embeddings=True, show_progress_bar=progress)
        return np.ascontiguousarray(out, dtype=np.float32)


def make_embedder(spec: str | Path | None, *, dim: int = 64, projection: str = "random",
                  seed: int = 0) -> Embedder:
    """None (or "hashed"): the hashed n-gram default; otherwise a sentence-transformers model folder."""
    if spec is None or str(spec) == "hashed":
        return HashedNgramEmbedder(NgramConfig(dim=dim, projection=projection, seed=seed))
    return SentenceTransformerEmbedder(spec)
