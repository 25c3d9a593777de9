"""The search loop end to end with a cheap stand-in proxy (real proxies run in test_runner and the
reproduction): budgets, the predictor's use, resume from the table, failed proxies, the baselines."""

import numpy as np
import pytest

from nanofrontier.climb.mixture import DirichletPool, PoolConfig
from nanofrontier.climb.proxy import ProxyConfig, ProxyJob
from nanofrontier.climb.results import ResultsTable
from nanofrontier.climb.runner import InlineRunner
from nanofrontier.climb.search import Search, SearchConfig

pytest.importorskip("lightgbm", reason="climb's predictor needs lightgbm")

COUNTS = {f"c{i}": n for i, n in enumerate([900, 1200, 400, 2000, 700, 1500])}
BEST = np.array([0.0, 0.45, 0.0, 0.1, 0.45, 0.0])  # the stand-in's optimum
HEADER = {"corpus_digest": "abc", "proxy": "stand-in"}


class StandIn:
    """A proxy whose score is minus the squared distance of the mixture to BEST; counts its calls and
    fails on mixtures that put more than `fail_above` on c0."""

    def __init__(self, fail_above: float = 2.0) -> None:
        self.calls = 0
        self.fail_above = fail_above

    def __call__(self, job: ProxyJob) -> dict:
        self.calls += 1
        w = np.array([job.mixture[n] for n in COUNTS])
        if w[0] > self.fail_above:
            raise RuntimeError("proxy diverged")
        return {"score": float(-((w - BEST) ** 2).sum()), "metrics": {"nll": 1.0}, "tokens": 10, "wall_s": 0.0}


def _job(mixture: dict, seed: int) -> ProxyJob:
    return ProxyJob(mixture=mixture, seed=seed, shards="-", warm_start="-", items="-", config=ProxyConfig())


@pytest.fixture(scope="module")
def pool():
    return DirichletPool.build(COUNTS, PoolConfig(size=3000, seed=0))


def _search(pool, tmp_path, method="climb", proxy=None, reuse=(), **overrides):
    table = ResultsTable.open(tmp_path / f"{method}.jsonl", header=HEADER)
    config = SearchConfig(method=method, budgets=(12, 6, 6), top_n=(60, 30), regmix_top_k=8, **overrides)
    proxy = proxy or StandIn()
    return Search(config, pool, table, InlineRunner(proxy), _job, reuse=reuse), proxy, table


def test_climb_spends_its_budget_per_round_and_later_rounds_score_better(pool, tmp_path):
    search, proxy, table = _search(pool, tmp_path)
    result = search.run()
    assert proxy.calls == 24 and len(table.rows) == 24
    assert [r.proposed for r in result.rounds] == [12, 6, 6]
    assert [row["round"] for row in result.rows] == [1] * 12 + [2] * 6 + [3] * 6
    assert len({row["key"] for row in result.rows}) == 24  # no candidate twice
    means = [np.mean(r.observed) for r in result.rounds]
    assert means[1] > means[0] and means[2] > means[0]  # the predictor steers towards the optimum
    assert result.rounds[0].spearman is None and result.rounds[1].predicted is not None
    assert result.rounds[2].best_so_far >= result.rounds[0].best_so_far
    w = np.array([result.mixture[n] for n in COUNTS])
    assert -((w - BEST) ** 2).sum() > np.median(means[0])
    assert result.chosen_by.startswith("best pool candidate") and 0 <= result.overhead_fraction <= 1


def test_an_interrupted_search_resumes_from_the_table_without_rerunning_finished_proxies(pool, tmp_path):
    full, _, _ = _search(pool, tmp_path / "a")
    reference = full.run()

    class Interrupt(StandIn):
        def __call__(self, job):
            if self.calls == 15:
                raise KeyboardInterrupt
            return super().__call__(job)

    (tmp_path / "b").mkdir()
    first, _, _ = _search(pool, tmp_path / "b", proxy=Interrupt())
    with pytest.raises(KeyboardInterrupt):
        first.run()
    resumed, proxy, table = _search(pool, tmp_path / "b")
    result = resumed.run()
    assert proxy.calls == 24 - 15 and len(table.rows) == 24
    assert [r["key"] for r in result.rows] == [r["key"] for r in reference.rows]
    assert result.mixture == reference.mixture
    again, proxy, _ = _search(pool, tmp_path / "b")
    again.run()
    assert proxy.calls == 0


def test_a_crashing_proxy_is_recorded_as_failed_and_the_search_goes_on(pool, tmp_path):
    search, proxy, table = _search(pool, tmp_path, proxy=StandIn(fail_above=0.3))
    result = search.run()
    failed = [r for r in table.rows if r["status"] == "failed"]
    assert failed and all("RuntimeError: proxy diverged" in r["error"] for r in failed)
    assert sum(r.failed for r in result.rounds) == len(failed) and len(table.rows) == 24
    again, proxy, _ = _search(pool, tmp_path, proxy=StandIn(fail_above=0.3))
    again.run()
    assert proxy.calls == 0  # failures are not retried unless asked
    retry, proxy, _ = _search(pool, tmp_path, proxy=StandIn(fail_above=0.3), retry_failed=True)
    retry.run()
    assert proxy.calls == len(failed)


def test_regmix_spends_the_same_budget_in_one_round_and_averages_its_top_predictions(pool, tmp_path):
    result = _search(pool, tmp_path, method="regmix")[0].run()
    assert [r.proposed for r in result.rounds] == [24]
    assert result.chosen_by == "mean of the 8 best predicted pool candidates"
    np.testing.assert_allclose(sum(result.mixture.values()), 1.0)
    assert result.predicted_score is not None


def test_random_search_answers_with_its_best_observed_proxy(pool, tmp_path):
    result = _search(pool, tmp_path, method="random")[0].run()
    assert [r.proposed for r in result.rounds] == [24]
    assert result.mixture == result.best_row["mixture"]


def test_proxies_another_search_finished_are_copied_not_rerun(pool, tmp_path):
    regmix, _, regmix_table = _search(pool, tmp_path, method="regmix", proxy=StandIn(fail_above=0.3))
    regmix.run()
    random, proxy, table = _search(pool, tmp_path, method="random", reuse=[regmix_table])
    result = random.run()
    failed = sum(r["status"] == "failed" for r in regmix_table.rows)
    assert failed and proxy.calls == failed  # the same 24 draws: only regmix's failures are trained again
    copied = [r for r in table.rows if r.get("reused_from") == "regmix"]
    assert len(copied) == 24 - failed and all(r["search"] == "random" for r in copied)
    by_key = {r["key"]: r["score"] for r in regmix_table.rows if r["status"] == "ok"}
    assert all(r["score"] == by_key[r["key"]] for r in copied)
    assert result.mixture == result.best_row["mixture"]
    climb, proxy, _ = _search(pool, tmp_path, reuse=[regmix_table, table])
    climb.run()
    assert proxy.calls < 24  # climb's round 1 draws from the same pool: some candidates are shared


def test_a_search_where_every_proxy_fails_says_so(pool, tmp_path):
    with pytest.raises(RuntimeError, match="0 proxy finished.*proxy diverged"):
        _search(pool, tmp_path, proxy=StandIn(fail_above=-1.0))[0].run()


def test_bad_search_settings_are_refused():
    with pytest.raises(ValueError, match="unknown search method 'doremi'"):
        SearchConfig(method="doremi")
    with pytest.raises(ValueError, match="budgets"):
        SearchConfig(budgets=(4, 0))
