"""One simulated device's process: a ring rank that times its windows and samples its anonymous memory.

simulate.py starts `python -m nanofrontier.prima.sim_rank rank JOB.json RANK` inside the device's cgroup and
namespace; the rank writes `rankN.json` (token times at the head, its busy time per step, its RssAnon at
start-up and at peak). `python -m nanofrontier.prima.sim_rank idle` prints the anonymous memory of an idle
rank (Python, torch, the process group), which simulate.py subtracts from each device's cap.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist

from nanofrontier.core import sysinfo
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.prima.ring import RingHead, RingWorker


def _anon_bytes() -> int:
    return sysinfo.rss_bytes("RssAnon") or 0


class _PeakAnon(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak, self.stop = _anon_bytes(), threading.Event()
        self.start()

    def run(self) -> None:
        while not self.stop.wait(0.01):
            self.peak = max(self.peak, _anon_bytes())


def _instrument(stage, prefetch: bool, busy: list[float]) -> None:
    """Time each window into busy[-1]; a new step (prepare) opens a new slot; no prefetch when off."""
    run, prepare = stage.run, stage.prepare

    def timed_run(*args, **kwargs):
        start = time.perf_counter()
        h = run(*args, **kwargs)
        busy[-1] += time.perf_counter() - start
        return h

    def counted_prepare(**kwargs):
        busy.append(0.0)
        return prepare(**kwargs)

    stage.run, stage.prepare = timed_run, counted_prepare
    if not prefetch:
        stage.prefetch = lambda j: None


def rank_main(job_path: str, rank: int) -> None:
    """One device's rank: the head runs a warm-up then the measured generation; workers serve."""
    job = json.loads(Path(job_path).read_text())
    devices = job["devices"]
    torch.set_num_threads(devices[rank]["threads"])
    delay = devices[rank]["link_delay_ms"] / 1e3
    dist.init_process_group("gloo", timeout=timedelta(seconds=job["timeout_s"]))
    base, peak = idle_anon_bytes(), _PeakAnon()
    busy: list[float] = []
    result: dict[str, Any] = {}
    if rank == 0:
        layout = {"plan": "auto"} if job["w"] == "auto" else {"w": job["w"], "k": job["k"], "budgets": job["budgets"]}
        with RingHead(job["model"], timeout_s=job["timeout_s"], link_delay_s=delay,
                      memory_budget=job["memory_budget"], **layout) as head:
            peak.peak = _anon_bytes()  # start-up profiling (plan="auto") freed its buffers: serving starts here
            if head.plan is not None:
                result["plan"] = {"w": list(head.plan.w), "n": list(head.plan.n), "k": head.plan.k,
                                  "dropped": list(head.plan.dropped),
                                  "predicted_ms": head.plan.predicted_ms,
                                  "devices": [d.to_dict() for d in head.plan.devices],
                                  "profiles": [d.to_dict() for d in head.profiles]}
            result["layout"] = {"w": list(head.layout.w), "k": head.layout.k}
            _instrument(head.stage, job["prefetch"], busy)
            if job["warmup_tokens"]:
                head.generate(job["prompt"], job["warmup_tokens"])
            times: list[float] = []
            result["start"] = time.perf_counter()
            result["tokens"] = head.generate(job["prompt"], job["new_tokens"],
                                             on_token=lambda t: times.append(time.perf_counter()))
            result["token_times"] = times
    else:
        worker = RingWorker(job["model"], timeout_s=job["timeout_s"], link_delay_s=delay,
                            memory_budget=job["memory_budget"])
        peak.peak = _anon_bytes()
        _instrument(worker.stage, job["prefetch"], busy)
        worker.serve()
    peak.stop.set()
    stage = head.stage if rank == 0 else worker.stage
    result.update(busy_per_step=busy, anon_base=base, anon_peak=max(peak.peak, _anon_bytes()),
                  budget=stage.budget, streamed_layers=stage.streamed_layers(), streamed_bytes=stage.streamed_bytes())
    Path(job["out"], f"rank{rank}.json").write_text(json.dumps(result))
    dist.destroy_process_group()


def idle_anon_bytes() -> int:
    """RssAnon after what `rank_main` does before its weights map: imports and a tiny meta-device model build,
    which triggers torch's lazy imports (~70 MB of anonymous memory that belong to the runtime)."""
    with torch.device("meta"):
        CausalLM(ModelConfig.tiny())
    return _anon_bytes()


if __name__ == "__main__":
    if sys.argv[1:2] == ["rank"]:
        rank_main(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1:2] == ["idle"]:
        print(idle_anon_bytes())
    else:
        sys.exit("usage: python -m nanofrontier.prima.sim_rank rank JOB.json RANK | idle")
