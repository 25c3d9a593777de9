"""The LightGBM predictor and Spearman's rank correlation."""

import numpy as np
import pytest

from nanofrontier.climb.predictor import Predictor, PredictorConfig, spearman

pytest.importorskip("lightgbm", reason="climb's predictor needs lightgbm")


def _data(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Mixtures of 5 clusters scored by a smooth function: weight on clusters 1 and 3 helps."""
    x = np.random.default_rng(seed).dirichlet(np.ones(5), size=n)
    return x, x[:, 1] + 0.7 * x[:, 3] - 0.5 * x[:, 0]


def test_the_predictor_ranks_unseen_mixtures_well_after_fitting_a_hundred():
    x, y = _data(100, 0)
    test_x, test_y = _data(400, 1)
    predictor = Predictor().fit(x, y)
    assert spearman(predictor.predict(test_x), test_y) > 0.8
    assert 1 <= predictor.rounds <= PredictorConfig().max_rounds


def test_fitting_is_deterministic_and_works_with_few_points():
    x, y = _data(30, 2)
    a = Predictor(PredictorConfig(seed=1)).fit(x, y).predict(x)
    b = Predictor(PredictorConfig(seed=1)).fit(x, y).predict(x)
    np.testing.assert_array_equal(a, b)
    few = Predictor().fit(x[:6], y[:6])
    assert few.rounds == PredictorConfig().few_points_rounds and few.predict(x).shape == (30,)


def test_the_trees_respect_the_depth_limit():
    x, y = _data(200, 3)
    booster = Predictor(PredictorConfig(max_depth=2)).fit(x, y).booster
    depth = max(_depth(tree["tree_structure"]) for tree in booster.dump_model()["tree_info"])
    assert depth <= 2


def _depth(node: dict) -> int:
    if "leaf_index" in node or "leaf_value" in node and "split_index" not in node:
        return 0
    return 1 + max(_depth(node["left_child"]), _depth(node["right_child"]))


def test_bad_training_data_is_refused():
    with pytest.raises(ValueError, match="n >= 2"):
        Predictor().fit(np.zeros((1, 3)), np.zeros(1))
    with pytest.raises(ValueError, match="finite"):
        Predictor().fit(np.zeros((3, 2)), np.array([1.0, np.nan, 2.0]))
    with pytest.raises(RuntimeError, match="before fit"):
        Predictor().predict(np.zeros((1, 2)))


def test_spearman_matches_scipy_with_ties_and_is_nan_when_undefined():
    a = [1, 2, 2, 3, 5, 4, 4, 9]
    b = [2, 1, 3, 3, 6, 5, 7, 8]
    stats = pytest.importorskip("scipy.stats")
    assert spearman(a, b) == pytest.approx(stats.spearmanr(a, b).statistic)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1)
    assert np.isnan(spearman([1, 1, 1], [1, 2, 3])) and np.isnan(spearman([1], [2]))
