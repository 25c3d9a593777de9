"""Where proxies run. The search hands a runner a batch of `ProxyJob`s and reads `Outcome`s back as
they finish; it never knows whether they ran inline, in a local process pool or as Ray tasks.

    with LocalRunner(workers=2) as runner:                 # a process pool on this machine
        for outcome in runner.map(jobs):
            outcome.result or outcome.error
    RayRunner(address="auto")                              # join a running Ray cluster
    RayRunner(num_cpus=2)                                  # start a local Ray instance
    RayRunner(address="auto", num_gpus_per_proxy=1)        # one GPU per proxy task

A proxy that raises becomes an Outcome with its error (type, message and the last traceback line), and
the others go on; a worker process that dies takes only its own proxies with it. `fn` is the proxy
function (default `run_proxy`); it must be importable by the workers, i.e. defined at module level
in an installed module.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import re
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from nanofrontier.climb.proxy import ProxyJob, run_proxy

ProxyFn = Callable[[ProxyJob], dict]


@dataclass(frozen=True)
class Outcome:
    index: int  # position of the job in the batch given to map()
    job: ProxyJob
    result: dict | None  # run_proxy's dict, or None when it failed
    error: str | None = None
    wall_s: float = 0.0  # seconds between submission and completion, as the driver saw them


class Runner(Protocol):
    workers: int  # proxies that run at once

    def map(self, jobs: Sequence[ProxyJob]) -> Iterator[Outcome]: ...

    def close(self) -> None: ...


def _describe(error: BaseException) -> str:
    """"TypeName: message (at file:line)", the line where it was raised, in a worker process too."""
    remote = getattr(error.__cause__, "tb", None)  # concurrent.futures carries the worker's traceback as text
    if isinstance(remote, str):
        frames = re.findall(r'File "([^"]+)", line (\d+)', remote)
    else:
        frames = [(f.filename, f.lineno) for f in traceback.extract_tb(error.__traceback__)]
    where = f" (at {frames[-1][0]}:{frames[-1][1]})" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


class _Closing:
    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        pass


class InlineRunner(_Closing):
    """Runs every proxy in this process, one after another (tests, debugging, a single GPU)."""

    workers = 1

    def __init__(self, fn: ProxyFn = run_proxy) -> None:
        self.fn = fn

    def map(self, jobs: Sequence[ProxyJob]) -> Iterator[Outcome]:
        for i, job in enumerate(jobs):
            start = time.perf_counter()
            try:
                result, error = self.fn(job), None
            except Exception as e:  # a failed proxy is a result, not the end of the search
                result, error = None, _describe(e)
            yield Outcome(i, job, result, error, time.perf_counter() - start)


def _worker_init() -> None:
    import torch

    torch.set_num_threads(1)  # a proxy sets its own count; this covers imports and the pool's overhead


class LocalRunner(_Closing):
    """A process pool of `workers` processes ("spawn": no torch state is forked), kept across batches so
    each worker imports torch and reads the shards once."""

    def __init__(self, workers: int = 2, fn: ProxyFn = run_proxy) -> None:
        if workers < 1:
            raise ValueError(f"LocalRunner: workers must be >= 1, got {workers}")
        self.workers, self.fn = workers, fn
        self._pool: cf.ProcessPoolExecutor | None = None

    def _executor(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            self._pool = cf.ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                initializer=_worker_init)
        return self._pool

    def map(self, jobs: Sequence[ProxyJob]) -> Iterator[Outcome]:
        pool = self._executor()
        start = time.perf_counter()
        futures = {pool.submit(self.fn, job): i for i, job in enumerate(jobs)}
        broken = False
        for future in cf.as_completed(futures):
            i = futures[future]
            try:
                result, error = future.result(), None
            except cf.process.BrokenProcessPool as e:
                result, error, broken = None, f"worker process died: {e}", True
            except Exception as e:
                result, error = None, _describe(e)
            yield Outcome(i, jobs[i], result, error, time.perf_counter() - start)
        if broken:  # the next batch gets a fresh pool
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class RayRunner(_Closing):
    """One Ray task per proxy. address=None starts a local Ray instance (with num_cpus CPUs) and shuts
    it down on close; "auto" or "ray://host:port" joins an existing cluster and leaves it running."""

    def __init__(self, *, address: str | None = None, num_cpus: int | None = None, cpus_per_proxy: float = 1,
                 num_gpus_per_proxy: float = 0, fn: ProxyFn = run_proxy) -> None:
        try:
            import ray
        except ImportError as e:
            raise ImportError("--runner ray needs Ray: pip install 'nanofrontier[ray]' (or pip install ray)") from e
        self.ray = ray
        self.started = not ray.is_initialized()
        if self.started:
            kwargs = {"address": address} if address else {"num_cpus": num_cpus, "include_dashboard": False}
            ray.init(log_to_driver=False, **kwargs)
        self.remote = ray.remote(num_cpus=cpus_per_proxy, num_gpus=num_gpus_per_proxy, max_retries=0)(fn)
        cpus = ray.cluster_resources().get("CPU", 1)
        self.workers = max(1, int(cpus // max(cpus_per_proxy, 1e-9)))

    def map(self, jobs: Sequence[ProxyJob]) -> Iterator[Outcome]:
        start = time.perf_counter()
        pending = {self.remote.remote(job): i for i, job in enumerate(jobs)}
        while pending:
            done, _ = self.ray.wait(list(pending), num_returns=1)
            i = pending.pop(done[0])
            try:
                result, error = self.ray.get(done[0]), None
            except Exception as e:  # RayTaskError wraps the proxy's own exception
                cause = getattr(e, "cause", None)
                result, error = None, _describe(cause) if isinstance(cause, BaseException) else _describe(e)
            yield Outcome(i, jobs[i], result, error, time.perf_counter() - start)

    def close(self) -> None:
        if self.started and self.ray.is_initialized():
            self.ray.shutdown()
            self.started = False


def make_runner(kind: str, *, workers: int = 2, address: str | None = None, num_gpus_per_proxy: float = 0,
                fn: ProxyFn = run_proxy) -> Runner:
    """"inline", "local" (a process pool of `workers`) or "ray" (local with `workers` CPUs, or `address`)."""
    if kind == "inline":
        return InlineRunner(fn)
    if kind == "local":
        return LocalRunner(workers, fn)
    if kind == "ray":
        return RayRunner(address=address, num_cpus=None if address else workers,
                         num_gpus_per_proxy=num_gpus_per_proxy, fn=fn)
    raise ValueError(f"unknown runner {kind!r}; choose inline, local or ray")
