"""Document quality on a 1-5 scale, and cluster pruning by it (CLIMB, section 3.1: clusters whose mean
quality is below a threshold are dropped before merging).

The paper scores documents with fastText classifiers trained on texts a large LM labelled. Here a
rule-based rater plays the labelling LM's role and a small classifier plays fastText's: the rater labels
a few hundred documents, the classifier (softmax regression over hashed character n-grams, numpy)
learns from those labels and scores every document.

    scorer = QualityScorer.train(texts, n_labelled=300, seed=0)   # rater labels a sample, classifier fits it
    scores = scorer.score(texts)                                  # float [N] in [1, 5]
    rating = heuristic_rating("BUY NOW!!! cheap watches ...")     # the rater itself: int 1..5

The rater lowers a document's rating for what makes web text low quality: gibberish words (letters,
digits and symbols switching inside a word), shouting, the same word repeated back to back, ad
markers (prices, percentages, links, "click", "!!!"), markup and broken encodings (mojibake).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import numpy as np

from nanofrontier.climb.embed import hashed_ngrams

RATINGS = np.arange(1, 6)  # the classes of the scale
_PUNCTUATION = "\"'.,;:!?()[]{}<>"
_AD = re.compile(r"https?://|www\.|\$\d|\d+% |!!!|\bclick\b|\bbuy now\b|\bfree\b|\boffer\b", re.IGNORECASE)
_MARKUP = re.compile(r"</?[a-z]+[^>]*>|&[a-z]+;|\|")
_MOJIBAKE = re.compile("[ÃÂâ€ï¿½]")


def _char_class(c: str) -> str:
    return "l" if c.islower() else "u" if c.isupper() else "a" if c.isalpha() else "d" if c.isdigit() else "s"


def _switch_rate(word: str) -> float:
    """Changes of character class (lower, upper, other letter, digit, symbol) per character; a capital
    first letter does not count."""
    classes = [_char_class(c) for c in word]
    if len(classes) > 1 and classes[0] == "u" and classes[1] == "l":
        classes[0] = "l"
    return sum(a != b for a, b in zip(classes, classes[1:], strict=False)) / len(word)


def _gibberish_fraction(words: Sequence[str]) -> float:
    """Of the words of 6+ characters (surrounding punctuation stripped), the fraction that switch class
    more than once every four characters: random strings and base64 do, words and identifiers do not."""
    long_words = [w for w in (w.strip(_PUNCTUATION) for w in words) if len(w) >= 6]
    if not long_words:
        return 0.0
    return sum(_switch_rate(w) > 0.25 for w in long_words) / len(long_words)


def heuristic_rating(text: str) -> int:
    """The rule-based rater: 5 (clean) down to 1 (junk or spam)."""
    words = text.split()
    if not words:
        return 1
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(1, len(letters))
    repeats = sum(a == b for a, b in zip(words, words[1:], strict=False)) / len(words)
    per_100_chars = 100.0 / max(1, len(text))
    ads = len(_AD.findall(text)) * per_100_chars
    markup = len(_MARKUP.findall(text)) * per_100_chars
    mojibake = len(_MOJIBAKE.findall(text)) * per_100_chars
    penalty = (8 * _gibberish_fraction(words) + 10 * max(0.0, upper - 0.15) + 10 * max(0.0, repeats - 0.05)
               + 1.5 * ads + markup + mojibake)
    return int(min(5, max(1, round(5 - penalty))))


def _features(texts: Sequence[str], buckets: int) -> np.ndarray:
    """[N, buckets] float32: log(1 + count) of hashed character 2-4-grams, rows of unit length."""
    doc, bucket, count = hashed_ngrams(texts, ngram_min=2, ngram_max=4, buckets=buckets)
    x = np.zeros((len(texts), buckets), dtype=np.float32)
    x[doc, bucket] = np.log1p(count)
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


@dataclass
class QualityScorer:
    """Softmax regression from hashed n-grams to the five ratings; `score` is the expected rating."""

    weights: np.ndarray  # [buckets, 5]
    bias: np.ndarray  # [5]
    buckets: int

    @classmethod
    def fit(cls, texts: Sequence[str], ratings: Sequence[int], *, buckets: int = 4096, steps: int = 300,
            lr: float = 0.5, l2: float = 1e-4) -> QualityScorer:
        """Full-batch gradient descent on the mean cross-entropy plus an L2 penalty."""
        if len(texts) != len(ratings) or not texts:
            raise ValueError(f"QualityScorer.fit: {len(texts)} texts and {len(ratings)} ratings (need equal, > 0)")
        bad = sorted({int(r) for r in ratings} - set(RATINGS.tolist()))
        if bad:
            raise ValueError(f"QualityScorer.fit: ratings must be 1..5, found {bad}")
        x = _features(texts, buckets)  # [n, buckets]
        y = np.asarray(ratings, dtype=np.int64) - 1
        onehot = np.eye(len(RATINGS), dtype=np.float32)[y]  # [n, 5]
        w = np.zeros((buckets, len(RATINGS)), dtype=np.float32)
        b = np.log(onehot.mean(0) + 1e-3).astype(np.float32)  # start at the label frequencies
        with one_blas_thread():
            for _ in range(steps):
                p = _softmax(x @ w + b)
                grad = (p - onehot) / len(y)  # [n, 5]
                w -= lr * (x.T @ grad + l2 * w)
                b -= lr * grad.sum(0)
        return cls(weights=w, bias=b, buckets=buckets)

    @classmethod
    def train(cls, texts: Sequence[str], *, n_labelled: int = 300, seed: int = 0) -> QualityScorer:
        """Label a random sample of `n_labelled` documents with `heuristic_rating`, then fit on them."""
        rng = np.random.default_rng(seed)
        picked = rng.choice(len(texts), size=min(n_labelled, len(texts)), replace=False)
        sample = [texts[i] for i in picked]
        return cls.fit(sample, [heuristic_rating(t) for t in sample])

    def score(self, texts: Sequence[str], *, chunk: int = 2048) -> np.ndarray:
        """Expected rating per document, float [N] in [1, 5]."""
        out = np.empty(len(texts), dtype=np.float64)
        with one_blas_thread():
            for start in range(0, len(texts), chunk):
                p = _softmax(_features(texts[start:start + chunk], self.buckets) @ self.weights + self.bias)
                out[start:start + chunk] = p @ RATINGS
        return out


def one_blas_thread() -> AbstractContextManager:
    """numpy's BLAS on one thread for these small products: its worker threads spin, and on a busy
    machine that costs far more than the products (threadpoolctl when installed, else a no-op)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return nullcontext()
    return threadpool_limits(1, user_api="blas")


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def cluster_quality(labels: np.ndarray, scores: np.ndarray, k: int) -> np.ndarray:
    """Mean document score per cluster, float [k]; NaN for an empty cluster."""
    sums = np.bincount(labels, weights=scores, minlength=k)
    counts = np.bincount(labels, minlength=k)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), math.nan)


def prune(labels: np.ndarray, scores: np.ndarray, k: int, *, min_quality: float) -> np.ndarray:
    """Which of the k clusters survive: non-empty and mean score >= min_quality. bool [k]."""
    quality = cluster_quality(labels, scores, k)
    return np.nan_to_num(quality, nan=-math.inf) >= min_quality
