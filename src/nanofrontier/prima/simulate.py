"""A home cluster on one Linux box: run the piped ring over capped, rate-limited "devices".

    nanofrontier prima simulate --devices spec.json --model ckpt/       # Halda's plan, prints one JSON object
    spec = SimSpec.load("spec.json")
    result = simulate(spec, "ckpt/", w=(2, 1, 1), k=2)                  # ms/token, TTFT, per-device pressure

spec.json lists the devices in ring order, head first (sim_spec.py). As root (cluster.py) each device gets
* a memory cgroup (v1) under this process's own, with `memory.limit_in_bytes` = memory_bytes; the rank
  enters it (`cgroup.procs`) before Python starts, so mmap'd weights it reads are charged to the cap and
  re-read from disk when they do not fit, as on a small device;
* with `disk_mbps`, a blkio cgroup (v1) whose `blkio.throttle.read_bps_device` holds its reads from the
  checkpoint's disk to that speed: each device has a disk of its own speed, as in a real home cluster,
  instead of all of them sharing the host's one disk at full speed;
* a network namespace joined by a veth pair to a bridge in a switch namespace of its own, address
  10.87.N.(i+1)/24, and a `tc tbf` qdisc on its egress at link_mbit. Nothing is created in, or changes,
  the host's namespace. This kernel has no netem, so the link delay is a sleep before each hidden-state
  send (`wire.Link.delay_s`);
and runs the rank entry (sim_rank.py) inside both.
All of it is removed on exit, on failure and on KeyboardInterrupt (try/finally, plus atexit).
Without root (or without `ip netns`) the ranks run on 127.0.0.1 with no caps and no rate limits; the
delay still applies. A warning says so.

Memory pressure (the prima.cpp paper's metric: the drop in available memory, non-reclaimable pages only) is
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
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nanofrontier.prima.cluster import Cluster, SimulationError, can_isolate, drop_file_cache
from nanofrontier.prima.latency import memory_budget
from nanofrontier.prima.layout import even_windows
from nanofrontier.prima.profile_types import DeviceProfile
from nanofrontier.prima.residency import RESERVE_BYTES
from nanofrontier.prima.sim_spec import SimSpec
from nanofrontier.prima.stage import stage_config

log = logging.getLogger(__name__)

MASTER_PORT = 29500


# -- results -------------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class DeviceMeasurement:
    name: str
    busy_ms_per_token: float    # this rank's window compute per decode token
    memory_pressure: float      # (peak RssAnon - start-up RssAnon) / memory_bytes; see the module docstring
    anon_growth_bytes: int
    memory_bytes: int
    weight_budget_bytes: int | None = None  # what the rank's stage kept resident at most (None: plain mmap)
    streamed_layers: int = 0                # layers it re-read from disk every token (some of their bytes)
    streamed_bytes: int = 0                 # bytes it re-read from disk every token


@dataclass(frozen=True, kw_only=True)
class SimResult:
    ms_per_token: float         # decode: (last token - first token) / (tokens - 1), at the head
    ttft_ms: float              # prompt in, first new token out
    tokens: list[int]
    devices: list[DeviceMeasurement]
    isolated: bool              # namespaces + cgroups + tbf (False: the loopback fallback)
    w: tuple[int, ...] = ()     # the layout the ring ran
    k: int = 1
    plan: dict[str, Any] | None = None  # with w="auto": the head's Halda plan (w, k, dropped, predicted_ms, devices)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# -- one run ---------------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def simulate(spec: SimSpec, model: str | Path, *, w: Sequence[int] | str | None = None, k: int = 1,
             prefetch: bool = True, prompt: Sequence[int] = tuple(range(1, 17)), new_tokens: int = 8,
             warmup_tokens: int = 2, timeout_s: float = 600.0, isolate: bool | None = None,
             tag: str | None = None, drop_cache: bool = True,
             memory_budget: int | str | None = "auto", budgets: Sequence[int] | None = None) -> SimResult:
    """Run the ring over `spec`'s devices with windows w (by device, head first; default: even, k = 1), or with
    w="auto": every rank profiles itself inside its device (its cap, its disk, its link to the next) at
    start-up and the head plans with Halda (gather.py), as a real cluster would; the plan comes back in the
    result.

    `isolate=None` builds namespaces and cgroups when `can_isolate()`, else warns and uses loopback.
    `memory_budget` goes to every rank's stage (stage.py): "auto" is prima's, None plain mmap (llama.cpp, exo).
    `budgets` (bytes by device, with explicit w): the most each rank keeps resident, as a plan counted it.
    The devices share this machine's cores, so ranks wait passively (OMP_WAIT_POLICY=PASSIVE): an OpenMP
    worker spinning at a barrier would take a core another device needs, which real devices do not share."""
    model = Path(model).resolve()
    M = len(spec.devices)
    if w is None:
        w = even_windows(stage_config(model).num_hidden_layers, M)
    w = w if w == "auto" else tuple(w)
    if w != "auto" and len(w) != M:
        raise SimulationError(f"w={w} names {len(w)} devices, the spec has {M}")
    if budgets is not None and (w == "auto" or len(budgets) != M):
        raise SimulationError(f"budgets={list(budgets)}: one per device ({M}), and only with explicit w")
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
        job = {"model": str(model), "w": w if w == "auto" else list(w), "k": k, "prefetch": prefetch,
               "memory_budget": memory_budget, "budgets": None if budgets is None else [int(b) for b in budgets],
               "prompt": list(prompt),
               "new_tokens": new_tokens, "warmup_tokens": warmup_tokens, "timeout_s": timeout_s,
               "devices": [dataclasses.asdict(d) for d in spec.devices], "out": str(out)}
        (out / "job.json").write_text(json.dumps(job))
        port = MASTER_PORT if isolate else _free_port()
        procs = []
        for i in range(M):
            env = {**os.environ, "MASTER_ADDR": cluster.address(0), "MASTER_PORT": str(port), "RANK": str(i),
                   "WORLD_SIZE": str(M), "OMP_NUM_THREADS": str(spec.devices[i].threads),
                   "OMP_WAIT_POLICY": "PASSIVE"}
            if isolate:
                env["GLOO_SOCKET_IFNAME"] = "eth0"
            argv = [sys.executable, "-m", "nanofrontier.prima.sim_rank", "rank", str(out / "job.json"), str(i)]
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
                                         streamed_layers=r.get("streamed_layers", 0),
                                         streamed_bytes=r.get("streamed_bytes", 0)))
    t = head["token_times"]
    ms = 1e3 * (t[-1] - t[0]) / n_decode if n_decode else float("nan")
    layout = head.get("layout", {})
    return SimResult(ms_per_token=ms, ttft_ms=1e3 * (t[0] - head["start"]), tokens=head["tokens"], devices=devices,
                     isolated=isolate, w=tuple(layout.get("w", ())), k=layout.get("k", 1), plan=head.get("plan"))


# -- the rank side (runs inside the device) -------------------------------------------------------------
# -- Halda over a spec, and the CLI ----------------------------------------------------------------------
def runtime_overhead_bytes() -> int:
    """Anonymous memory of an idle rank (Python + torch + gloo), measured in a fresh interpreter that does what
    `rank_main` does before its weights map, + the ranks' reserve (residency.RESERVE_BYTES) for gloo's buffers,
    the KV cache and activations (the measured growth while serving is under 12 MB at the full preset)."""
    out = subprocess.run([sys.executable, "-m", "nanofrontier.prima.sim_rank", "idle"], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.split()[-1]) + RESERVE_BYTES


def plan_and_run(spec: SimSpec, model: str | Path, **kwargs) -> tuple[SimResult, SimResult]:
    """Halda's plan as a real cluster makes it, then the plan run: every rank profiles itself inside its device
    and the head plans (w="auto"); when the plan drops devices, the ring is relaunched without them (a live
    group cannot shrink), with the plan's windows. Returns (the planning run, the plan's run)."""
    auto = simulate(spec, model, w="auto", **kwargs)
    if not auto.plan or all(auto.w):
        return auto, auto
    kept = [(d, w) for d, w in zip(spec.devices, auto.w, strict=True) if w]  # a dropped device got no layers
    return auto, simulate(SimSpec(devices=tuple(d for d, _ in kept)), model, w=[w for _, w in kept],
                          k=auto.plan["k"], budgets=planned_budgets(auto.plan), **kwargs)


def planned_budgets(plan: dict) -> list[int]:
    """The weights' budget Halda counted for each device it kept (`latency.memory_budget` of its profile),
    head first: what a relaunched ring keeps resident at most, so it streams what the plan predicted."""
    return [int(memory_budget(DeviceProfile.from_dict(d, where="the head's plan"))) for d in plan["devices"]]


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The flags of `nanofrontier prima simulate`; `main_from_args` runs it."""
    parser.add_argument("--devices", type=Path, required=True, help="spec JSON: the simulated devices, head first")
    parser.add_argument("--model", type=Path, required=True, help="checkpoint directory")
    parser.add_argument("--new-tokens", type=int, default=8)
    parser.add_argument("--no-prefetch", action="store_true")
    parser.add_argument("--loopback", action="store_true", help="no namespaces or cgroups even as root")
    return parser


def main_from_args(args: argparse.Namespace) -> int:
    """Plan with Halda from profiles the ranks measure inside their devices, run the plan; prints one JSON
    object (the plan with its prediction, and the measurement)."""
    spec = SimSpec.load(args.devices)
    planning, result = plan_and_run(spec, args.model, prefetch=not args.no_prefetch, new_tokens=args.new_tokens,
                                    isolate=False if args.loopback else None)
    print(json.dumps(result.to_dict() | {"plan": planning.plan}, indent=2))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main_from_args(add_arguments(argparse.ArgumentParser(prog="nanofrontier prima simulate")).parse_args()))
