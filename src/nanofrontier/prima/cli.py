"""`nanofrontier prima profile | plan | serve | worker`: measure devices, split a model's layers over a
ring of them, run the ring, and serve it.

    nanofrontier prima profile --name laptop --out laptop.json          # on each device; rank 0 is the head
    nanofrontier prima profile --name phone --worker --out phone.json   # any other ring member
    nanofrontier prima plan --profiles ring.json --model ckpt/          # ring.json: the devices in ring order
    nanofrontier prima plan --profiles ring.json --model ckpt/ --max-k 4 --json
    nanofrontier prima serve --model ckpt/ --port 8000                  # = nanofrontier lm serve (one process)
    nanofrontier prima worker --rank 1 --world 4 --master head:29500 --model ckpt/    # on each ring member
    nanofrontier prima worker --rank 0 --world 4 --master head:29500 --model ckpt/ --w 2,4,8,2 --k 2 --serve-port 8000

`profile` prints (and with --out writes) a JSON list of one device profile; concatenate the lists in
ring order, head first, for `plan`. `plan` runs Halda (halda.py) and prints each kept device's window
w, GPU layers n, layer ranges and memory case (M3: its paged layers exceed its RAM and the excess is
re-read from disk every token; M4: they fit), then the predicted ms/token by term.
"""

from __future__ import annotations

import argparse
import json
import logging
import socket
from pathlib import Path
from typing import Any

from nanofrontier.core.cli import add_serve_arguments, run_action, serve_action
from nanofrontier.core.config import ModelConfig
from nanofrontier.prima import latency as lat
from nanofrontier.prima import launch
from nanofrontier.prima.halda import HaldaPlan, plan
from nanofrontier.prima.profile_types import ModelProfile, load_profiles, save_profiles
from nanofrontier.prima.profiler import DEFAULT_LINK_BW, DEFAULT_LINK_RTT_S, profile_device
from nanofrontier.prima.simulate import add_arguments as simulate_args

log = logging.getLogger(__name__)

DTYPE_BYTES = {"float32": 4, "float": 4, "float16": 2, "half": 2, "bfloat16": 2, "float64": 8,
               "float8_e4m3fn": 1, "float8_e5m2": 1, "int8": 1, "uint8": 1}


def _profile(args: argparse.Namespace) -> int:
    device = profile_device(name=args.name, model=args.model, disk_path=args.disk_path, quick=args.quick,
                            is_head=not args.worker, link_rtt_s=args.link_rtt_ms / 1e3,
                            link_bw=args.link_mbit * 1e6 / 8)
    if args.out:
        save_profiles(args.out, [device])
        log.info("wrote %s", args.out)
    print(json.dumps([device.to_dict()], indent=2))
    return 0


def dtype_bytes(config: ModelConfig, where: str) -> int:
    """Bytes per weight from config.json's torch_dtype (or dtype)."""
    if config.torch_dtype is None:
        raise ValueError(f"{where}: torch_dtype missing (pass --dtype-bytes)")
    name = config.torch_dtype.removeprefix("torch.")
    if name not in DTYPE_BYTES:
        raise ValueError(f"{where}: torch_dtype {config.torch_dtype!r} unknown "
                         f"(known: {', '.join(DTYPE_BYTES)}; or pass --dtype-bytes)")
    return DTYPE_BYTES[name]


def plan_report(p: HaldaPlan, model: ModelProfile) -> dict[str, Any]:
    """The plan as JSON: per kept device its window, GPU layers, layer ranges and memory case."""
    breakdown = lat.token_latency(p.devices, model, p.w, p.n, p.k)
    devices = []
    for d, w, n, windows in zip(p.devices, p.w, p.n, p.windows(), strict=True):
        excess = lat.excess_bytes(d, model, w, n, p.k)
        devices.append({"name": d.name, "w": w, "n": n, "windows": windows,
                        "memory_case": "M3" if excess > 0 else "M4", "disk_bytes_per_token": max(0.0, excess),
                        "prefetch": lat.prefetch_fits(d, model, w, n, p.k)})
    return {"k": p.k, "predicted_ms": p.predicted_ms, "compute_ms": breakdown.compute_ms,
            "network_ms": breakdown.network_ms, "disk_ms": breakdown.disk_ms, "head_ms": breakdown.head_ms,
            "disk_floor_ms": breakdown.disk_floor_ms, "devices": devices, "dropped": list(p.dropped)}


def _plan(args: argparse.Namespace) -> int:
    devices = load_profiles(args.profiles)
    config = ModelConfig.load(args.model)
    nbytes = args.dtype_bytes or dtype_bytes(config, str(Path(args.model) / "config.json"))
    model = ModelProfile.from_config(config, dtype_bytes=nbytes, n_ctx=args.n_ctx)
    report = plan_report(plan(devices, model, max_k=args.max_k), model)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{model.n_layers} layers of {model.layer_bytes / 1e6:.1f} MB ({nbytes} B/weight), "
          f"n_ctx {model.n_ctx}, k = {report['k']} rounds")
    width = max(len(d["name"]) for d in report["devices"])
    for d in report["devices"]:
        ranges = " ".join(f"[{a},{b})" for a, b in d["windows"]) or "-"
        case = (f"M3, {d['disk_bytes_per_token'] / 1e6:.1f} MB/token from disk" if d["memory_case"] == "M3"
                else "M4, fits in RAM")
        print(f"  {d['name']:<{width}}  w={d['w']:<3} n={d['n']:<3} {case:<34} layers {ranges}")
    if report["dropped"]:
        print(f"  dropped: {', '.join(report['dropped'])}")
    print(f"predicted {report['predicted_ms']:.2f} ms/token (compute {report['compute_ms']:.2f}, network "
          f"{report['network_ms']:.2f}, disk {report['disk_ms']:.2f}, head {report['head_ms']:.2f}; "
          f"never below the disks' sustained rate: {report['disk_floor_ms']:.2f})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier prima", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("profile", help="measure this device; prints a JSON list of one device profile")
    p.add_argument("--out", type=Path, help="also write the profile JSON here")
    p.add_argument("--name", default=socket.gethostname())
    p.add_argument("--quick", action="store_true", help="small sizes: seconds faster, numbers rougher")
    p.add_argument("--worker", action="store_true", help="not the head (rank 0) of the ring")
    p.add_argument("--model", type=Path,
                   help="model directory: the disk test runs on its filesystem, and one of its layers is timed")
    p.add_argument("--disk-path", type=Path, help="directory for the disk test (default: --model, else .)")
    p.add_argument("--link-rtt-ms", type=float, default=DEFAULT_LINK_RTT_S * 1e3,
                   help="round-trip time to the next rank, until the ring measures it")
    p.add_argument("--link-mbit", type=float, default=DEFAULT_LINK_BW * 8 / 1e6,
                   help="bandwidth to the next rank in Mbit/s")
    p.add_argument("--quiet", action="store_true")
    q = sub.add_parser("plan", help="assign layers to the devices of a profiles file (Halda)")
    q.add_argument("--profiles", type=Path, required=True, help="JSON list of device profiles, head first")
    q.add_argument("--model", type=Path, required=True, help="Hugging Face model directory (config.json)")
    q.add_argument("--max-k", type=int, help="most rounds per token")
    q.add_argument("--n-ctx", type=int, help="context the KV cache is sized for (default min(max_pos, 4096))")
    q.add_argument("--dtype-bytes", type=float, help="bytes per weight (default: from torch_dtype)")
    q.add_argument("--json", action="store_true")
    q.add_argument("--quiet", action="store_true")
    add_serve_arguments(sub.add_parser("serve", help="= nanofrontier lm serve: an OpenAI-compatible API over a "
                                                     "model in this process (the ring's head serves with "
                                                     "`worker --serve-port`)"))
    m = sub.add_parser("simulate", help="the ring over capped, rate-limited simulated devices (cgroups + netns)")
    simulate_args(m)
    m.add_argument("--quiet", action="store_true")
    w = sub.add_parser("worker", help="one rank of the ring (rank 0 is the head); also works under torchrun")
    launch.add_arguments(w)
    w.add_argument("--quiet", action="store_true")
    return parser


def _simulate(args: argparse.Namespace) -> int:
    from nanofrontier.prima.simulate import main_from_args

    return main_from_args(args)


def _worker(args: argparse.Namespace) -> int:
    return launch.run(launch.config_from_args(args))


def main(argv: list[str] | None = None) -> int:
    actions = {"profile": _profile, "plan": _plan, "serve": serve_action, "worker": _worker, "simulate": _simulate}
    return run_action("nanofrontier prima", build_parser(), argv, actions)
