"""Clustering: faiss k-means recovers separable clusters, average-linkage merging, purity and ARI."""

import numpy as np
import pytest

from nanofrontier.climb.cluster import adjusted_rand_index, kmeans, merge, purity

pytest.importorskip("faiss", reason="climb's clustering needs faiss-cpu")


def blobs(n_per: int, centers: np.ndarray, spread: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = np.concatenate([c + spread * rng.standard_normal((n_per, centers.shape[1])) for c in centers])
    return x.astype(np.float32), np.repeat(np.arange(len(centers)), n_per)


def test_kmeans_recovers_separable_clusters_with_high_purity():
    centers = np.random.default_rng(1).standard_normal((6, 16)) * 4
    x, truth = blobs(80, centers, spread=0.5)
    labels, centroids = kmeans(x, 6, seed=0)
    assert labels.shape == (480,) and labels.dtype == np.int64 and centroids.shape == (6, 16)
    assert purity(labels, truth) >= 0.9
    assert adjusted_rand_index(labels, truth) >= 0.9


def test_kmeans_is_seeded():
    x, _ = blobs(40, np.random.default_rng(2).standard_normal((5, 8)), spread=1.0)
    a, ca = kmeans(x, 5, seed=3)
    b, cb = kmeans(x, 5, seed=3)
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(ca, cb)


def test_kmeans_refuses_more_clusters_than_documents():
    with pytest.raises(ValueError, match="k = 5 clusters for 3 documents"):
        kmeans(np.zeros((3, 2), dtype=np.float32), 5)


def test_merge_joins_the_close_centroids_first_and_stops_at_the_threshold():
    # two tight pairs and a loner, on a line
    centroids = np.array([[0.0], [0.1], [5.0], [5.2], [20.0]])
    assert merge(centroids, [1, 1, 1, 1, 1], threshold=1.0) == [[0, 1], [2, 3], [4]]
    assert merge(centroids, [1, 1, 1, 1, 1], n_clusters=2) == [[0, 1, 2, 3], [4]]
    assert merge(centroids, [1, 1, 1, 1, 1], n_clusters=4, threshold=100) == [[0, 1], [2], [3], [4]]


def test_merge_uses_size_weighted_average_linkage():
    # group {0,1} (sizes 9 and 1) is 1.9 on average from point 2 when weighted by size, vs 1.5 unweighted
    centroids = np.array([[0.0], [1.0], [2.0], [-1.65]])
    groups = merge(centroids, [9, 1, 1, 1], n_clusters=2, threshold=None)
    # d({0,1}, 2) = (9*2 + 1*1)/10 = 1.9 > d({0,1}, 3) = (9*1.65 + 1*2.65)/10 = 1.75: 3 joins first
    assert groups == [[0, 1, 3], [2]]


def test_merge_needs_a_stopping_rule_and_matching_sizes():
    with pytest.raises(ValueError, match="threshold"):
        merge(np.zeros((2, 2)), [1, 1])
    with pytest.raises(ValueError, match="2 centroids but 3 sizes"):
        merge(np.zeros((2, 2)), [1, 1, 1], n_clusters=1)


def test_purity_and_ari_match_their_definitions_and_sklearn():
    pred = [0, 0, 0, 1, 1, 2, 2, 2, 2]
    truth = ["a", "a", "b", "b", "b", "c", "c", "c", "a"]
    assert purity(pred, truth) == pytest.approx(7 / 9)  # majorities: 2 of 3, 2 of 2, 3 of 4
    assert adjusted_rand_index(pred, pred) == 1.0
    metrics = pytest.importorskip("sklearn.metrics")
    assert adjusted_rand_index(pred, truth) == pytest.approx(metrics.adjusted_rand_score(truth, pred))
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, 5, 300), rng.integers(0, 4, 300)
    assert adjusted_rand_index(a, b) == pytest.approx(metrics.adjusted_rand_score(b, a))
    assert abs(adjusted_rand_index(a, b)) < 0.05  # chance level
