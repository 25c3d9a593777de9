"""The score predictor: a heavily regularised LightGBM regressor from mixture weights to proxy score
(CLIMB, section 3.2: depth <= 4, at least 5 samples per leaf, L1 and L2 penalties, early stopping, as
fits a hundred or so training points), and Spearman's rank correlation to judge it.

    predictor = Predictor(PredictorConfig(seed=0)).fit(weights, scores)     # [n, K], [n]
    predictor.predict(pool.weights)                                        # [P]
    spearman(predicted, observed)

With 10 or more points the number of boosting rounds is chosen by k-fold cross-validation with early
stopping (patience `early_stopping` rounds), then the model is refit on every point; with fewer, a
fixed small number of rounds is used. Training is single-threaded and deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, kw_only=True)
class PredictorConfig:
    max_depth: int = 4
    num_leaves: int = 15
    min_data_in_leaf: int = 5
    lambda_l1: float = 0.01
    lambda_l2: float = 0.1
    learning_rate: float = 0.05
    max_rounds: int = 400
    early_stopping: int = 20
    folds: int = 5
    few_points_rounds: int = 50  # rounds when there are too few points to cross-validate
    seed: int = 0

    def params(self) -> dict:
        return {"objective": "regression", "metric": "l2", "max_depth": self.max_depth,
                "num_leaves": self.num_leaves, "min_data_in_leaf": self.min_data_in_leaf,
                "lambda_l1": self.lambda_l1, "lambda_l2": self.lambda_l2, "learning_rate": self.learning_rate,
                "min_data_in_bin": 1, "feature_pre_filter": False, "deterministic": True,
                "force_col_wise": True, "num_threads": 1, "seed": self.seed, "verbosity": -1}


class Predictor:
    def __init__(self, config: PredictorConfig | None = None) -> None:
        self.config = config or PredictorConfig()
        self.booster = None
        self.rounds = 0

    def fit(self, x: np.ndarray, y: np.ndarray) -> Predictor:
        try:
            import lightgbm as lgb
        except ImportError as e:
            raise ImportError("climb's predictor needs LightGBM: pip install lightgbm") from e
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        if x.ndim != 2 or len(x) != len(y) or len(y) < 2:
            raise ValueError(f"Predictor.fit: need x [n, K] and y [n] with n >= 2, got {list(x.shape)}, "
                             f"{list(y.shape)}")
        if not np.isfinite(y).all():
            raise ValueError("Predictor.fit: scores must be finite")
        cfg = self.config
        params = cfg.params()
        self.rounds = cfg.few_points_rounds
        if len(y) >= 10:
            folds = min(cfg.folds, len(y) // 2)
            cv = lgb.cv(params, lgb.Dataset(x, y), num_boost_round=cfg.max_rounds, nfold=folds, stratified=False,
                        shuffle=True, seed=cfg.seed, callbacks=[lgb.early_stopping(cfg.early_stopping, verbose=False)])
            self.rounds = len(cv["valid l2-mean"])
        self.booster = lgb.train(params, lgb.Dataset(x, y), num_boost_round=self.rounds)
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        if self.booster is None:
            raise RuntimeError("Predictor.predict before fit")
        return self.booster.predict(np.asarray(x, dtype=np.float64))


def _ranks(x: np.ndarray) -> np.ndarray:
    """Ranks 0..n-1, ties sharing their mean rank."""
    order = np.argsort(x, kind="stable")
    ranks = np.empty(len(x), dtype=np.float64)
    ranks[order] = np.arange(len(x))
    _, inverse, counts = np.unique(x, return_inverse=True, return_counts=True)
    sums = np.bincount(inverse, weights=ranks)
    return (sums / counts)[inverse]


def spearman(a, b) -> float:
    """Spearman's rank correlation; NaN when fewer than 2 points or when either side is constant."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if len(a) != len(b):
        raise ValueError(f"spearman: {len(a)} vs {len(b)} values")
    if len(a) < 2:
        return float("nan")
    ra, rb = _ranks(a), _ranks(b)
    if ra.std() == 0 or rb.std() == 0:
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])
