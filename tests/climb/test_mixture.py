"""Mixtures and the Dirichlet pool: sums to 1, epoch caps, minimum weight, grid, clear errors."""

import numpy as np
import pytest

from nanofrontier.climb.mixture import DirichletPool, PoolConfig, check_mixture, epoch_caps, mixture_hash, snap

COUNTS = {"a": 1000, "b": 4000, "c": 200, "d": 3000, "e": 1800}


def test_pool_candidates_sum_to_one_respect_caps_minimum_weight_and_grid():
    config = PoolConfig(size=3000, max_epochs=2.0, budget_tokens=4000, min_weight=0.01, grid=0.002, seed=1)
    pool = DirichletPool.build(COUNTS, config)
    w = pool.weights
    assert w.shape == (3000, 5) and pool.names == list(COUNTS)
    np.testing.assert_allclose(w.sum(axis=1), 1.0, atol=1e-12)
    np.testing.assert_allclose(pool.caps, [0.5, 1.0, 0.1, 1.0, 0.9])
    assert np.all(w <= pool.caps + 1e-12)
    assert np.all((w == 0) | (w >= 0.01 - 1e-12))
    units = w / 0.002
    np.testing.assert_allclose(units, np.round(units), atol=1e-9)
    assert len({row.tobytes() for row in np.round(units).astype(np.int64)}) == 3000  # no duplicates
    assert (w[:, 2] > 0).any()  # the small cluster is still drawn, within its cap


def test_the_pool_is_seeded_and_follows_the_token_shares():
    a = DirichletPool.build(COUNTS, PoolConfig(size=4000, seed=3, max_epochs=1e6))
    b = DirichletPool.build(COUNTS, PoolConfig(size=4000, seed=3, max_epochs=1e6))
    np.testing.assert_array_equal(a.weights, b.weights)
    assert not np.array_equal(a.weights, DirichletPool.build(COUNTS, PoolConfig(size=4000, seed=4)).weights)
    # Dirichlet(prior * s) has mean prior; deduplication thins the many one-cluster draws, so check order
    mean = a.weights.mean(axis=0)
    assert np.argsort(mean).tolist() == np.argsort(list(COUNTS.values())).tolist()


def test_caps_that_cannot_reach_one_are_refused():
    with pytest.raises(ValueError, match="caps allow only"):
        DirichletPool.build({"a": 10, "b": 10}, PoolConfig(max_epochs=1.0, budget_tokens=100))
    np.testing.assert_allclose(epoch_caps({"a": 10, "b": 50}, max_epochs=2, budget_tokens=40), [0.5, 1.0])


def test_snap_rounds_to_the_grid_by_largest_remainder_and_keeps_a_rows_largest_weight():
    w = snap(np.array([[0.333, 0.333, 0.334], [0.0004, 0.0001, 0.9995], [0.001, 0.0005, 0.0002]]),
             min_weight=0.002, grid=0.001)
    np.testing.assert_allclose(w.sum(axis=1), 1.0)
    np.testing.assert_allclose(w[0], [0.333, 0.333, 0.334])
    np.testing.assert_allclose(w[1], [0.0, 0.0, 1.0])
    np.testing.assert_allclose(w[2], [1.0, 0.0, 0.0])  # all below the minimum: the largest survives


def test_check_mixture_completes_and_normalises():
    assert check_mixture({"b": 2, "d": 2}, COUNTS) == {"a": 0.0, "b": 0.5, "c": 0.0, "d": 0.5, "e": 0.0}


def test_a_mixture_naming_an_unknown_cluster_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="unknown cluster\\(s\\) 'z'; known: a, b, c, d, e"):
        check_mixture({"a": 0.5, "z": 0.5}, COUNTS)


def test_a_mixture_weighting_a_cluster_with_no_tokens_is_refused():
    with pytest.raises(ValueError, match="cluster\\(s\\) with no tokens: empty"):
        check_mixture({"a": 0.5, "empty": 0.5}, {"a": 10, "empty": 0})
    assert check_mixture({"a": 1.0, "empty": 0.0}, {"a": 10, "empty": 0})["a"] == 1.0


@pytest.mark.parametrize("weights", [{"a": -0.1, "b": 1.1}, {"a": float("nan")}, {"a": 0.0}])
def test_negative_nan_or_all_zero_weights_are_refused(weights):
    with pytest.raises(ValueError, match="weight"):
        check_mixture(weights, COUNTS)


def test_the_hash_ignores_zero_weights_and_tiny_float_noise():
    assert mixture_hash({"a": 0.5, "b": 0.5, "c": 0.0}) == mixture_hash({"b": 0.5 + 1e-9, "a": 0.5})
    assert mixture_hash({"a": 0.5, "b": 0.5}) != mixture_hash({"a": 0.6, "b": 0.4})


def test_pool_settings_are_validated():
    with pytest.raises(ValueError, match="multiple of grid"):
        PoolConfig(min_weight=0.0015, grid=0.001)
    with pytest.raises(ValueError, match="size"):
        PoolConfig(size=0)
