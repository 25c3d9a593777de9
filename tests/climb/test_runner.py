"""Runners: a local process pool and Ray give the inline scores for the same jobs, and a failing proxy
comes back as an error while the others finish."""

import pytest

from nanofrontier.climb.proxy import ProxyJob
from nanofrontier.climb.runner import InlineRunner, LocalRunner, RayRunner, make_runner


def _jobs(stage1, warm, val_file, proxy):
    _, _, shards = stage1
    mixtures = [shards.natural_shares(), {shards.names[0]: 1.0}, {"nope": 1.0}, {shards.names[1]: 1.0}]
    return [ProxyJob(mixture=m, seed=s, shards=str(shards.directory), warm_start=str(warm), items=str(val_file),
                     config=proxy) for s, m in enumerate(mixtures)]


def _check(outcomes, reference):
    assert sorted(o.index for o in outcomes) == [0, 1, 2, 3]
    by_index = {o.index: o for o in outcomes}
    assert by_index[2].result is None and "ValueError: mixture names unknown cluster(s) 'nope'" in by_index[2].error
    for i in (0, 1, 3):
        assert by_index[i].error is None
        assert by_index[i].result["score"] == pytest.approx(reference[i], abs=1e-6)


@pytest.fixture
def inline_scores(stage1, warm, val_file, tiny_proxy):
    outcomes = list(InlineRunner().map(_jobs(stage1, warm, val_file, tiny_proxy)))
    return {o.index: o.result["score"] for o in outcomes if o.result is not None}


@pytest.mark.slow  # starts two worker processes
def test_the_local_process_pool_gives_the_inline_scores(stage1, warm, val_file, tiny_proxy, inline_scores):
    with LocalRunner(workers=2) as runner:
        _check(list(runner.map(_jobs(stage1, warm, val_file, tiny_proxy))), inline_scores)
        again = list(runner.map(_jobs(stage1, warm, val_file, tiny_proxy)[:1]))  # the pool is reused
    assert again[0].result["score"] == pytest.approx(inline_scores[0], abs=1e-6)


@pytest.mark.slow  # starts a local Ray instance
def test_the_ray_runner_on_one_machine_gives_the_inline_scores(stage1, warm, val_file, tiny_proxy, inline_scores):
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'nanofrontier[ray]'")
    with RayRunner(num_cpus=2) as runner:
        assert runner.workers == 2
        _check(list(runner.map(_jobs(stage1, warm, val_file, tiny_proxy))), inline_scores)
    import ray

    assert not ray.is_initialized()  # the instance it started is shut down


def test_unknown_runner_kinds_and_bad_worker_counts_are_refused():
    with pytest.raises(ValueError, match="unknown runner 'slurm'"):
        make_runner("slurm")
    with pytest.raises(ValueError, match="workers must be >= 1"):
        LocalRunner(workers=0)
