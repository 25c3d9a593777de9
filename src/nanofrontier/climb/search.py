"""The mixture search loop: CLIMB's iterative bootstrapping and, at the same proxy budget, the RegMix
and random Best@N baselines. One driver; proxies run wherever the runner puts them.

    search = Search(SearchConfig(method="climb", budgets=(16, 8, 4)), pool, table, runner, make_job)
    result = search.run()         # result.mixture, result.rounds, result.rows

- climb (CLIMB, section 3.2 and Fig. 4 of the paper): round 1 trains proxies on `budgets[0]` random
  pool candidates; every later round refits the predictor on all finished proxies, scores the untried
  candidates, keeps the `top_n` best predicted and trains proxies on `budgets[r]` of them drawn at
  random (the randomness is the exploration). The answer is the pool's best under the final predictor.
- regmix (RegMix): one round of sum(budgets) random candidates, one fit, and the answer is the mean of
  the `regmix_top_k` best predicted candidates.
- random (Best@N): one round of sum(budgets) random candidates; the answer is the best observed.

Resume: the loop replays its own choices. Round r's draw depends only on the seed, the earlier
rounds' choices and the predictor fit on their results, which the results table holds; so a restart
reaches the same proxies and runs only those missing from the table. Failed proxies are recorded and
skipped (again on resume, unless retry_failed); the predictor fits only on finished ones.

Sharing: `reuse` are other searches' tables over the same pool and recipe. A proxy is a deterministic
function of (mixture, seed, recipe), so one that another search already finished is copied into this
table (marked `reused_from`) instead of being trained again. With the same seed, RegMix and Best@N
draw the same candidates, so they share every proxy (a paired comparison, at the cost of one).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
from tqdm import tqdm

from nanofrontier.climb.mixture import DirichletPool, mixture_hash, snap
from nanofrontier.climb.predictor import Predictor, PredictorConfig, spearman
from nanofrontier.climb.proxy import ProxyJob
from nanofrontier.climb.results import ResultsTable
from nanofrontier.climb.runner import Outcome, Runner

log = logging.getLogger(__name__)

METHODS = ("climb", "regmix", "random")


@dataclass(frozen=True, kw_only=True)
class SearchConfig:
    method: str = "climb"
    budgets: tuple[int, ...] = (16, 8, 4)  # proxies per round (4:2:1); regmix and random spend the sum at once
    top_n: tuple[int, ...] = (200, 100)  # climb, rounds 2..: best predicted kept before the random draw
    regmix_top_k: int = 32  # regmix: best predicted candidates averaged into the answer
    seed: int = 0  # which candidates are drawn
    proxy_seed: int = 0  # every proxy's training seed (common random numbers across mixtures)
    retry_failed: bool = False
    predictor: PredictorConfig = field(default_factory=PredictorConfig)

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"unknown search method {self.method!r}; choose from {', '.join(METHODS)}")
        if not self.budgets or min(self.budgets) < 1:
            raise ValueError(f"SearchConfig.budgets must be proxies per round, each >= 1, got {self.budgets}")
        if self.method == "regmix" and sum(self.budgets) < 2:
            raise ValueError("SearchConfig: regmix needs a budget of at least 2 proxies to fit its predictor")
        if not self.top_n or min(self.top_n) < 1 or self.regmix_top_k < 1:
            raise ValueError("SearchConfig: top_n values and regmix_top_k must be >= 1")

    @property
    def rounds(self) -> tuple[int, ...]:
        return self.budgets if self.method == "climb" else (sum(self.budgets),)

    def keep(self, round_index: int) -> int:
        """top_n for round `round_index` (0-based, >= 1); the last value repeats."""
        return self.top_n[min(round_index - 1, len(self.top_n) - 1)]


@dataclass
class RoundRecord:
    round: int  # 1-based
    proposed: int
    finished: int
    failed: int
    predicted: list[float] | None  # the predictor's scores for this round's finished proxies (rounds >= 2)
    observed: list[float]
    spearman: float | None  # rank correlation of predicted vs observed on this round's points (None: undefined)
    best_so_far: float  # best observed score over rounds 1..this one


@dataclass
class SearchResult:
    method: str
    mixture: dict[str, float]  # the answer
    chosen_by: str  # how the answer was picked
    rounds: list[RoundRecord]
    rows: list[dict]  # this search's rows, in the order the loop visited them
    predicted_score: float | None  # the final predictor's score for the answer (climb, regmix)
    total_s: float = 0.0  # setup_s included
    proxy_wait_s: float = 0.0  # driver time spent waiting for proxies
    setup_s: float = 0.0  # driver time before the loop (building the candidate pool, opening the table)

    @property
    def best_row(self) -> dict:
        return max((r for r in self.rows if r["status"] == "ok"), key=lambda r: r["score"])

    @property
    def overhead_fraction(self) -> float:
        """Driver time outside proxies (fits, choices, table writes) over the whole search."""
        return max(0.0, self.total_s - self.proxy_wait_s) / self.total_s if self.total_s > 0 else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "best_observed": self.best_row, "overhead_fraction": self.overhead_fraction}


class Search:
    def __init__(self, config: SearchConfig, pool: DirichletPool, table: ResultsTable, runner: Runner,
                 make_job: Callable[[dict[str, float], int], ProxyJob], *, progress: bool = False,
                 reuse: Sequence[ResultsTable] = ()) -> None:
        self.config, self.pool, self.table, self.runner, self.make_job = config, pool, table, runner, make_job
        self.reuse = list(reuse)
        self.progress = progress
        self.wait_s = 0.0

    def _key(self, row: int) -> str:
        return f"{mixture_hash(self.pool.mixture(row))}-s{self.config.proxy_seed}"

    def _fit(self, rows: list[dict]) -> Predictor:
        done = [r for r in rows if r["status"] == "ok"]
        if len(done) < 2:
            errors = "; ".join(r.get("error") or "" for r in rows if r["status"] != "ok")[:500]
            raise RuntimeError(f"{self.config.method} search: {len(done)} proxy finished, the predictor needs "
                               f"at least 2 (errors: {errors or 'none'})")
        x = np.array([self.pool.weights[r["pool_index"]] for r in done])
        return Predictor(self.config.predictor).fit(x, np.array([r["score"] for r in done]))

    def _select(self, r: int, tried: set[int], rows: list[dict], rng: np.random.Generator,
                ) -> tuple[np.ndarray, np.ndarray | None]:
        """Pool rows for round r (0-based) and the predictor's scores for them (None in round 1)."""
        untried = np.array([i for i in range(len(self.pool)) if i not in tried], dtype=np.int64)
        n = min(self.config.rounds[r], len(untried))
        if r == 0:
            return rng.choice(untried, size=n, replace=False), None
        predicted = self._fit(rows).predict(self.pool.weights[untried])
        top = untried[np.argsort(-predicted, kind="stable")[: max(n, self.config.keep(r))]]
        picked = rng.choice(top, size=n, replace=False)
        by_row = dict(zip(untried.tolist(), predicted.tolist(), strict=True))
        return picked, np.array([by_row[i] for i in picked.tolist()])

    def _timed(self, outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
        while True:
            start = time.perf_counter()
            try:
                outcome = next(outcomes)
            except StopIteration:
                return
            finally:
                self.wait_s += time.perf_counter() - start
            yield outcome

    def _row(self, r: int, i: int, predicted: float | None, **fields) -> dict:
        return {"key": self._key(i), "search": self.config.method, "round": r + 1, "pool_index": i,
                "mixture_hash": mixture_hash(self.pool.mixture(i)), "mixture": self.pool.mixture(i),
                "seed": self.config.proxy_seed, "predicted": predicted, **fields}

    def _borrow(self, r: int, i: int, predicted: float | None) -> dict | None:
        """Pool row i's finished proxy from another search's table, copied into this one; None if absent."""
        key = self._key(i)
        for other in self.reuse:
            found = other.get(key)
            if found is not None and found["status"] == "ok":
                keep = {k: v for k, v in found.items() if k not in ("key", "search", "round", "pool_index",
                                                                    "mixture_hash", "mixture", "seed", "predicted")}
                keep["reused_from"] = found.get("reused_from") or found["search"]
                self.table.append(self._row(r, i, predicted, **keep))
                return self.table.get(key)
        return None

    def _run_round(self, r: int, picked: np.ndarray, predicted: np.ndarray | None, bar: tqdm) -> list[dict]:
        """Rows for the picked pool rows: from the table (or another search's) when already there, else
        by running proxies."""
        rows: dict[int, dict] = {}
        todo = []
        for k, i in enumerate(picked.tolist()):
            found = self.table.get(self._key(i))
            if found is None or (found["status"] == "failed" and self.config.retry_failed):
                found = self._borrow(r, i, None if predicted is None else float(predicted[k])) or found
            if found is not None and not (found["status"] == "failed" and self.config.retry_failed):
                rows[k] = found
                bar.update(1)
            else:
                todo.append(k)
        jobs = [self.make_job(self.pool.mixture(picked[k]), self.config.proxy_seed) for k in todo]
        for outcome in self._timed(self.runner.map(jobs)):
            k = todo[outcome.index]
            i = int(picked[k])
            outcome_fields = {"status": "ok" if outcome.error is None else "failed", "error": outcome.error,
                              "wall_s": outcome.wall_s, "finished_at": time.time(), **(outcome.result or {})}
            row = self._row(r, i, None if predicted is None else float(predicted[k]), **outcome_fields)
            if outcome.error is not None:
                log.warning("proxy %s failed: %s", row["key"], outcome.error)
            self.table.append(row)
            rows[k] = self.table.get(row["key"])
            bar.update(1)
            if row["status"] == "ok":
                bar.set_postfix(score=f"{row['score']:.4g}")
        return [rows[k] for k in range(len(picked))]

    def run(self, *, setup_s: float = 0.0) -> SearchResult:
        """`setup_s`: driver seconds spent before the loop, counted in total_s (and so in the overhead)."""
        start = time.perf_counter() - setup_s
        self.wait_s = 0.0
        rng = np.random.default_rng(self.config.seed)
        tried: set[int] = set()
        rows: list[dict] = []
        records: list[RoundRecord] = []
        bar = tqdm(total=sum(self.config.rounds), desc=f"{self.config.method} proxies", unit="proxy",
                   disable=not self.progress, file=sys.stderr, dynamic_ncols=True)
        with bar:
            for r in range(len(self.config.rounds)):
                picked, predicted = self._select(r, tried, rows, rng)
                tried.update(picked.tolist())
                got = self._run_round(r, picked, predicted, bar)
                rows += got
                records.append(_round_record(r, got, predicted, rows))
                log.info("%s round %d: %d proxies, best so far %.4g, spearman %s", self.config.method, r + 1,
                         len(got), records[-1].best_so_far, records[-1].spearman)
        mixture, chosen_by, predicted_score = self._answer(rows)
        return SearchResult(method=self.config.method, mixture=mixture, chosen_by=chosen_by, rounds=records,
                            rows=rows, predicted_score=predicted_score, total_s=time.perf_counter() - start,
                            proxy_wait_s=self.wait_s, setup_s=setup_s)

    def _answer(self, rows: list[dict]) -> tuple[dict[str, float], str, float | None]:
        cfg = self.config
        if cfg.method == "random":
            best = max((r for r in rows if r["status"] == "ok"), key=lambda r: r["score"], default=None)
            if best is None:
                raise RuntimeError("random search: no proxy finished")
            return best["mixture"], "best observed proxy (Best@N)", None
        predictor = self._fit(rows)
        predicted = predictor.predict(self.pool.weights)
        if cfg.method == "climb":
            best = int(np.argmax(predicted))
            return self.pool.mixture(best), "best pool candidate under the final predictor", float(predicted[best])
        top = np.argsort(-predicted, kind="stable")[: cfg.regmix_top_k]
        mean = self.pool.weights[top].mean(axis=0)
        snapped = snap(mean[None], min_weight=self.pool.config.min_weight, grid=self.pool.config.grid)[0]
        weights = snapped if np.all(snapped <= self.pool.caps + 1e-12) else mean
        mixture = {name: float(w) for name, w in zip(self.pool.names, weights, strict=True)}
        return (mixture, f"mean of the {len(top)} best predicted pool candidates",
                float(predictor.predict(weights[None])[0]))


def _round_record(r: int, got: list[dict], predicted: np.ndarray | None, rows: list[dict]) -> RoundRecord:
    ok = [k for k, row in enumerate(got) if row["status"] == "ok"]
    observed = [got[k]["score"] for k in ok]
    pred = None if predicted is None else [float(predicted[k]) for k in ok]
    rho = None if pred is None else spearman(pred, observed)
    rho = None if rho is None or np.isnan(rho) else rho  # undefined: too few points, or all predicted equal
    best = max((row["score"] for row in rows if row["status"] == "ok"), default=float("nan"))
    return RoundRecord(round=r + 1, proposed=len(got), finished=len(ok), failed=len(got) - len(ok),
                       predicted=pred, observed=observed, spearman=rho, best_so_far=best)
