"""The weighted sampler: empirical shares match the mixture, windows come from the right shard,
batches are a pure function of (seed, i)."""

import numpy as np
import pytest

from nanofrontier.climb.corpus import corpus_digest
from nanofrontier.climb.sampler import MixtureBatches
from nanofrontier.climb.shards import write_shards
from nanofrontier.core.tokenizer import ByteTokenizer


@pytest.fixture
def shards(tmp_path):
    # each cluster's text is one repeated letter, so a window tells where it was drawn from
    texts = ["a" * 400, "b" * 300, "c" * 500, "d" * 5]
    return write_shards(tmp_path / "s", texts, np.array([0, 1, 2, 3]), ["ca", "cb", "cc", "tiny"], ByteTokenizer(),
                        corpus_digest=corpus_digest(texts))


def test_empirical_cluster_shares_match_the_mixture(shards):
    mixture = {"ca": 0.5, "cb": 0.3, "cc": 0.2}
    batches = MixtureBatches(shards, mixture, batch_size=16, seq_len=8, seed=0)
    picks = np.concatenate([batches.clusters_of(i) for i in range(1000)])  # 16000 draws
    shares = np.bincount(picks, minlength=3) / len(picks)
    expected = np.array([mixture[n] for n in batches.names])
    # 5 standard errors of a binomial share at n = 16000
    assert np.all(np.abs(shares - expected) < 5 * np.sqrt(expected * (1 - expected) / len(picks)))


def test_each_row_is_a_window_of_its_clusters_shard_with_shifted_labels(shards):
    batches = MixtureBatches(shards, {"ca": 1, "cc": 1}, batch_size=32, seq_len=8, seed=1)
    batch = batches(3)
    assert batch["input_ids"].shape == (32, 8) and batch["labels"].shape == (32, 8)
    assert (batch["input_ids"][:, 1:] == batch["labels"][:, :-1]).all()
    letters = {"ca": ord("a"), "cc": ord("c")}
    for row, c in zip(batch["input_ids"], batches.clusters_of(3), strict=True):
        assert set(row.tolist()) == {letters[batches.names[c]]}


def test_batches_are_a_pure_function_of_seed_and_index(shards):
    a = MixtureBatches(shards, {"ca": 0.4, "cb": 0.6}, batch_size=4, seq_len=8, seed=7)
    b = MixtureBatches(shards, {"ca": 0.4, "cb": 0.6}, batch_size=4, seq_len=8, seed=7)
    assert (a(5)["input_ids"] == b(5)["input_ids"]).all()
    _ = a(99)
    assert (a(5)["input_ids"] == b(5)["input_ids"]).all()
    c = MixtureBatches(shards, {"ca": 0.4, "cb": 0.6}, batch_size=4, seq_len=8, seed=8)
    assert not (a(5)["input_ids"] == c(5)["input_ids"]).all() or not (
        a.clusters_of(5) == c.clusters_of(5)).all()


def test_a_cluster_too_short_for_one_window_or_an_unknown_one_is_refused(shards):
    with pytest.raises(ValueError, match="tiny \\(5 tokens\\) hold no window of seq_len \\+ 1 = 9"):
        MixtureBatches(shards, {"ca": 0.5, "tiny": 0.5}, batch_size=2, seq_len=8)
    with pytest.raises(ValueError, match="unknown cluster"):
        MixtureBatches(shards, {"nope": 1.0}, batch_size=2, seq_len=8)
