"""A home cluster on one Linux box: run the piped ring over capped, rate-limited "devices" (research/prima.md §3, §6).

    nanofrontier prima simulate --devices spec.json --model ckpt/       # Halda's plan, prints one JSON object
    spec = SimSpec.load("spec.json")
    result = simulate(spec, "ckpt/", w=(2, 1, 1), k=2)                  # ms/token, TTFT, per-device pressure

spec.json lists the devices in ring order, head first (a JSON list, or {"devices": [...]}):

    [{"name": "desktop", "memory_bytes": 600000000, "link_delay_ms": 2, "link_mbit": 100, "threads": 2,
      "disk_mbps": 500}, ...]

`link_*` describe the link to the next device (the last one's goes to the head). As root each device gets
* a memory cgroup (v1) under this process's own, with `memory.limit_in_bytes` = memory_bytes; the rank
  enters it (`cgroup.procs`) before Python starts, so mmap'd weights it reads are charged to the cap and
  re-read from disk when they do not fit, as on a small device (§1.3, §6);
* with `disk_mbps`, a blkio cgroup (v1) whose `blkio.throttle.read_bps_device` holds its reads from the
  checkpoint's disk to that speed: each device has a disk of its own speed, as in a real home cluster,
  instead of all of them sharing the host's one disk at full speed;
* a network namespace joined by a veth pair to a bridge in a switch namespace of its own, address
  10.87.N.(i+1)/24, and a `tc tbf` qdisc on its egress at link_mbit. Nothing is created in, or changes,
  the host's namespace. The kernel has no netem (§6), so the link delay is a sleep before each hidden-state
  send (`ring.Link.delay_s`);
and runs this module's rank entry (`python -m nanofrontier.prima.simulate rank JOB RANK`) inside both.
All of it is removed on exit, on failure and on KeyboardInterrupt (try/finally, plus atexit).
Without root (or without `ip netns`) the ranks run on 127.0.0.1 with no caps and no rate limits; the
delay still applies. A warning says so.

Memory pressure (the paper's metric, §1.3: the drop in available memory, non-reclaimable pages only) is
    pressure_m = (peak RssAnon of rank m while it serves − its RssAnon after start-up) / memory_bytes_m,
RssAnon from /proc/self/status, sampled every 10 ms. Anonymous pages cannot be reclaimed without swap;
the mmap'd weights are file pages (page cache, reclaimable) and do not count, nor does the interpreter
and torch (the start-up baseline, taken after imports, the process group and a tiny meta-device model
build that triggers torch's lazy imports, before the weights map).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nanofrontier.core.jsonio import read_json
from nanofrontier.prima.cluster import (  # noqa: F401  (re-exported: the simulator's public pieces)
    BLKIO_V1,
    CGROUP_V1,
    SUBNET,
    Cluster,
    SimulationError,
    block_device,
    can_isolate,
    drop_file_cache,
    own_memory_cgroup,
)
from nanofrontier.prima.gather import model_profile  # noqa: F401  (re-exported for the reproduction)
from nanofrontier.prima.residency import RESERVE_BYTES

log = logging.getLogger(__name__)

MASTER_PORT = 29500


class SpecError(ValueError):
    """The devices spec is malformed; the message names the field ("devices[1].memory_bytes: ...")."""


# -- the spec ----------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class SimDevice:
    name: str
    memory_bytes: int              # the memory cgroup's cap (the runtime, ~150 MB of torch, counts too)
    link_delay_ms: float = 0.0     # one-way delay of the link to the next device
    link_mbit: float | None = None  # rate of that link (tc tbf); None: unlimited
    threads: int = 1               # torch threads of this rank
    disk_mbps: float | None = None  # read speed of its disk in MB/s (a blkio throttle); None: the host's disk

    def __post_init__(self) -> None:
        def bad(field: str, detail: str) -> SpecError:
            return SpecError(f"device {self.name!r}.{field}: {detail}")

        if not isinstance(self.name, str) or not self.name:
            raise SpecError(f"name: expected a non-empty string, got {self.name!r}")
        if not _is_int(self.memory_bytes) or self.memory_bytes < (16 << 20):
            raise bad("memory_bytes", f"expected an integer >= 16 MiB, got {self.memory_bytes!r}")
        if not _is_number(self.link_delay_ms) or self.link_delay_ms < 0:
            raise bad("link_delay_ms", f"expected a number >= 0, got {self.link_delay_ms!r}")
        if self.link_mbit is not None and (not _is_number(self.link_mbit) or self.link_mbit <= 0):
            raise bad("link_mbit", f"expected a number > 0 or null, got {self.link_mbit!r}")
        if not _is_int(self.threads) or self.threads < 1:
            raise bad("threads", f"expected an integer >= 1, got {self.threads!r}")
        if self.disk_mbps is not None and (not _is_number(self.disk_mbps) or self.disk_mbps <= 0):
            raise bad("disk_mbps", f"expected a number > 0 or null, got {self.disk_mbps!r}")


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x == x


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


@dataclass(frozen=True, kw_only=True)
class SimSpec:
    devices: tuple[SimDevice, ...]  # ring order, the head first

    def __post_init__(self) -> None:
        if not self.devices:
            raise SpecError("devices: expected at least one device")
        names = [d.name for d in self.devices]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise SpecError(f"devices: names must be unique, {', '.join(dup)} repeats")

    @classmethod
    def from_json(cls, data: Any, where: str = "spec") -> SimSpec:
        if isinstance(data, dict):
            data = data.get("devices")
        if not isinstance(data, list):
            raise SpecError(f"{where}: expected a list of devices or {{\"devices\": [...]}}")
        fields = {f.name for f in dataclasses.fields(SimDevice)}
        devices = []
        for i, d in enumerate(data):
            at = f"{where}: devices[{i}]"
            if not isinstance(d, dict):
                raise SpecError(f"{at}: expected an object, got {type(d).__name__}")
            unknown = sorted(set(d) - fields)
            if unknown:
                raise SpecError(f"{at}.{unknown[0]}: unknown field (known: {', '.join(sorted(fields))})")
            for key in ("name", "memory_bytes"):
                if key not in d:
                    raise SpecError(f"{at}.{key}: missing")
            try:
                devices.append(SimDevice(**d))
            except SpecError as e:
                raise SpecError(f"{at}: {e}") from e
        return cls(devices=tuple(devices))

    @classmethod
    def load(cls, path: str | Path) -> SimSpec:
        return cls.from_json(read_json(path, error=SpecError), where=str(path))


# -- results -------------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class DeviceMeasurement:
    name: str
    busy_ms_per_token: float    # this rank's window compute per decode token
    memory_pressure: float      # (peak RssAnon - start-up RssAnon) / memory_bytes; see the module docstring
    anon_growth_bytes: int
    memory_bytes: int
    weight_budget_bytes: int | None = None  # what the rank's stage kept resident at most (None: plain mmap)
    streamed_layers: int = 0                # layers it re-read from disk every token


@dataclass(frozen=True, kw_only=True)
class SimResult:
    ms_per_token: float         # decode: (last token - first token) / (tokens - 1), at the head
    ttft_ms: float              # prompt in, first new token out
    tokens: list[int]
    devices: list[DeviceMeasurement]
    isolated: bool              # namespaces + cgroups + tbf (False: the loopback fallback)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# -- one run ---------------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def simulate(spec: SimSpec, model: str | Path, *, w: Sequence[int] | None = None, k: int = 1,
             prefetch: bool = True, prompt: Sequence[int] = tuple(range(1, 17)), new_tokens: int = 8,
             warmup_tokens: int = 2, timeout_s: float = 600.0, isolate: bool | None = None,
             tag: str | None = None, drop_cache: bool = True,
             memory_budget: int | str | None = "auto") -> SimResult:
    """Run the ring over `spec`'s devices with windows w (by device, head first; default: even, k = 1).

    `isolate=None` builds namespaces and cgroups when `can_isolate()`, else warns and uses loopback.
    `memory_budget` goes to every rank's stage (stage.py): "auto" is prima's, None plain mmap (llama.cpp, exo)."""
    from nanofrontier.prima.launch import even_windows
    from nanofrontier.prima.stage import load_stage_config as load_config

    model = Path(model).resolve()
    M = len(spec.devices)
    w = tuple(w) if w is not None else even_windows(load_config(model).num_hidden_layers, M)
    if len(w) != M:
        raise SimulationError(f"w={w} names {len(w)} devices, the spec has {M}")
    ok, why = can_isolate()
    if isolate and not ok:
        raise SimulationError(f"cannot isolate the devices: {why}")
    if isolate is None:
        isolate = ok
        if not ok:
            log.warning("simulate: %s; running every device on 127.0.0.1 with no memory caps and no rate limits "
                        "(link delays still apply)", why)
    if drop_cache:
        drop_file_cache(model)
    with tempfile.TemporaryDirectory(prefix="nfsim-") as tmp, \
            Cluster(spec, isolate=isolate, tag=tag, data_path=model) as cluster:
        out = Path(tmp)
        job = {"model": str(model), "w": list(w), "k": k, "prefetch": prefetch, "memory_budget": memory_budget,
               "prompt": list(prompt),
               "new_tokens": new_tokens, "warmup_tokens": warmup_tokens, "timeout_s": timeout_s,
               "devices": [dataclasses.asdict(d) for d in spec.devices], "out": str(out)}
        (out / "job.json").write_text(json.dumps(job))
        port = MASTER_PORT if isolate else _free_port()
        procs = []
        for i in range(M):
            env = {**os.environ, "MASTER_ADDR": cluster.address(0), "MASTER_PORT": str(port), "RANK": str(i),
                   "WORLD_SIZE": str(M), "OMP_NUM_THREADS": str(spec.devices[i].threads)}
            if isolate:
                env["GLOO_SOCKET_IFNAME"] = "eth0"
            argv = [sys.executable, "-m", "nanofrontier.prima.simulate", "rank", str(out / "job.json"), str(i)]
            procs.append(cluster.start(i, argv, env, out / f"rank{i}.log"))
        _wait(procs, spec, out, timeout_s)
        return _collect(spec, out, isolate)


def _wait(procs: list[subprocess.Popen], spec: SimSpec, out: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while any(p.poll() is None for p in procs):
        failed = [i for i, p in enumerate(procs) if p.poll() not in (None, 0)]
        if failed or time.monotonic() > deadline:
            time.sleep(0.5)  # let the other ranks write their own error first
            i = failed[0] if failed else 0
            tail = (out / f"rank{i}.log").read_text()[-2000:]
            what = f"exited with {procs[i].returncode}" if failed else f"did not finish in {timeout_s:.0f} s"
            raise SimulationError(f"device {spec.devices[i].name!r} (rank {i}) {what}:\n{tail}")
        time.sleep(0.05)
    for i, p in enumerate(procs):
        if p.returncode:
            tail = (out / f"rank{i}.log").read_text()[-2000:]
            raise SimulationError(f"device {spec.devices[i].name!r} (rank {i}) exited with {p.returncode}:\n{tail}")


def _collect(spec: SimSpec, out: Path, isolate: bool) -> SimResult:
    ranks = [json.loads((out / f"rank{i}.json").read_text()) for i in range(len(spec.devices))]
    head = ranks[0]
    n_decode = len(head["token_times"]) - 1
    devices = []
    for d, r in zip(spec.devices, ranks, strict=True):
        decode_busy = r["busy_per_step"][len(r["busy_per_step"]) - n_decode:] if n_decode else [0.0]
        growth = r["anon_peak"] - r["anon_base"]
        devices.append(DeviceMeasurement(name=d.name, busy_ms_per_token=1e3 * sum(decode_busy) / max(1, n_decode),
                                         memory_pressure=max(0, growth) / d.memory_bytes, anon_growth_bytes=growth,
                                         memory_bytes=d.memory_bytes, weight_budget_bytes=r.get("budget"),
                                         streamed_layers=r.get("streamed_layers", 0)))
    t = head["token_times"]
    ms = 1e3 * (t[-1] - t[0]) / n_decode if n_decode else float("nan")
    return SimResult(ms_per_token=ms, ttft_ms=1e3 * (t[0] - head["start"]), tokens=head["tokens"], devices=devices,
                     isolated=isolate)


# -- the rank side (runs inside the device) -------------------------------------------------------------
def _anon_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) * 1024
    return 0


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
    from datetime import timedelta

    import torch
    import torch.distributed as dist

    from nanofrontier.core.config import ModelConfig
    from nanofrontier.core.model import CausalLM
    from nanofrontier.prima.ring import RingHead, RingWorker

    job = json.loads(Path(job_path).read_text())
    devices = job["devices"]
    torch.set_num_threads(devices[rank]["threads"])
    delay = devices[rank]["link_delay_ms"] / 1e3
    dist.init_process_group("gloo", timeout=timedelta(seconds=job["timeout_s"]))
    with torch.device("meta"):  # torch's lazy imports (~70 MB of anon memory) belong to the runtime baseline
        CausalLM(ModelConfig.tiny())
    base, peak = _anon_bytes(), _PeakAnon()
    busy: list[float] = []
    result: dict[str, Any] = {}
    if rank == 0:
        with RingHead(job["model"], w=job["w"], k=job["k"], timeout_s=job["timeout_s"], link_delay_s=delay,
                      memory_budget=job["memory_budget"]) as head:
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
        _instrument(worker.stage, job["prefetch"], busy)
        worker.serve()
    peak.stop.set()
    stage = head.stage if rank == 0 else worker.stage
    result.update(busy_per_step=busy, anon_base=base, anon_peak=max(peak.peak, _anon_bytes()),
                  budget=stage.budget, streamed_layers=stage.streamed_layers())
    Path(job["out"], f"rank{rank}.json").write_text(json.dumps(result))
    dist.destroy_process_group()


# -- Halda over a spec, and the CLI ----------------------------------------------------------------------
_OVERHEAD_PROBE = """
import torch, torch.distributed
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.prima import ring
from nanofrontier.prima.simulate import _anon_bytes
with torch.device("meta"):
    CausalLM(ModelConfig.tiny())
print(_anon_bytes())
"""


def runtime_overhead_bytes() -> int:
    """Anonymous memory of an idle rank (Python + torch + gloo), measured in a fresh interpreter that does what
    `rank_main` does before its weights map, + the ranks' reserve (residency.RESERVE_BYTES) for gloo's buffers,
    the KV cache and activations (the measured growth while serving is under 12 MB at the full preset)."""
    out = subprocess.run([sys.executable, "-c", _OVERHEAD_PROBE], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) + RESERVE_BYTES


def device_profiles(spec: SimSpec, measured: dict[int, Any], *, overhead_bytes: int | None = None,
                    hop_s: float | None = None) -> list:
    """Halda's `DeviceProfile`s: the spec's caps, links, disks and threads + `measured` (threads -> this machine's
    profile at that many threads, from `profiler.profile_device`). RAM for weights = cap - runtime.
    `hop_s`: a hop's cost besides the spec's delay and rate (`hop_overhead_s`); default the profile's RTT/2."""
    overhead = runtime_overhead_bytes() if overhead_bytes is None else overhead_bytes
    out = []
    for i, d in enumerate(spec.devices):
        base = measured[d.threads]
        out.append(dataclasses.replace(
            base, name=d.name, is_head=i == 0, mem_bytes=float(max(0, d.memory_bytes - overhead)),
            link_rtt_s=2 * (d.link_delay_ms / 1e3 + (base.link_rtt_s / 2 if hop_s is None else hop_s)),
            disk_bw=d.disk_mbps * 1e6 if d.disk_mbps is not None else base.disk_bw,
            link_bw=d.link_mbit * 1e6 / 8 if d.link_mbit is not None else 1e10))
    return out


def hop_overhead_s(spec: SimSpec, tiny_model: str | Path, *, tokens: int = 12) -> float:
    """One ring hop's cost here besides the spec's delay and rate (gloo, wake-ups, Python): a decode step of
    `tiny_model` (compute ~0) over `spec` with one layer a device and k = 1, minus the delays, over M hops."""
    from nanofrontier.prima.stage import load_stage_config as load_config

    M, L = len(spec.devices), load_config(tiny_model).num_hidden_layers
    if L % M:
        raise ValueError(f"{tiny_model}: {L} layers do not split over {M} devices")
    r = simulate(spec, tiny_model, w=(L // M,) * M, new_tokens=tokens)
    fixed = sum(d.link_delay_ms for d in spec.devices) + sum(d.busy_ms_per_token for d in r.devices)
    return max(0.0, (r.ms_per_token - fixed) / 1e3 / M)


def profile_threads(spec: SimSpec, model: str | Path, *, quick: bool = False) -> dict[int, Any]:
    """This machine measured once per thread count the spec uses (the loopback link RTT included)."""
    import torch

    from nanofrontier.prima.profiler import profile_device

    before, out = torch.get_num_threads(), {}
    try:
        for t in sorted({d.threads for d in spec.devices}):
            torch.set_num_threads(t)
            out[t] = profile_device(name=f"threads{t}", model_dir=model, quick=quick, link_rtt_s=1e-4)
    finally:
        torch.set_num_threads(before)
    return out


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The flags of `nanofrontier prima simulate`; `main_from_args` runs it."""
    parser.add_argument("--devices", type=Path, required=True, help="spec JSON: the simulated devices, head first")
    parser.add_argument("--model", type=Path, required=True, help="checkpoint directory")
    parser.add_argument("--new-tokens", type=int, default=8)
    parser.add_argument("--max-k", type=int, help="most rounds per token for Halda")
    parser.add_argument("--no-prefetch", action="store_true")
    parser.add_argument("--loopback", action="store_true", help="no namespaces or cgroups even as root")
    return parser


def main_from_args(args: argparse.Namespace) -> int:
    """Profile this machine, plan with Halda over the spec, run the plan; prints one JSON object."""
    from nanofrontier.prima.halda import plan

    spec = SimSpec.load(args.devices)
    prompt = list(range(1, 17))
    profiles = device_profiles(spec, profile_threads(spec, args.model))
    p = plan(profiles, model_profile(args.model, len(prompt) + args.new_tokens), max_k=args.max_k)
    kept = SimSpec(devices=tuple(d for d in spec.devices if d.name not in p.dropped))
    result = simulate(kept, args.model, w=p.w, k=p.k, prefetch=not args.no_prefetch, prompt=prompt,
                      new_tokens=args.new_tokens, isolate=False if args.loopback else None)
    print(json.dumps({"plan": {"w": p.w, "k": p.k, "dropped": p.dropped, "predicted_ms": p.predicted_ms},
                      **result.to_dict()}, indent=2))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if sys.argv[1:2] == ["rank"]:
        rank_main(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(main_from_args(add_arguments(argparse.ArgumentParser(prog="nanofrontier prima simulate"))
                                .parse_args()))
