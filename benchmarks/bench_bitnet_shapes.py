"""DRAM efficiency of each batch-1 ternary projection of a 2B4T decode step, per shape and per C backend.

Each shape is `kernel.TernaryDecode` exactly as `infer.PackedDecoderLayer` calls it (RMSNorm or
relu²·up, quantisation, product; float input [1, K]): qkv 3840x2560, o 2560x2560, gate|up 13824x2560,
down 2560x6912 (gated). Weights are random packed bytes; every shape cycles through enough distinct
copies (`--megabytes`, default 160 MB, far above the 32 MB L3) that each call reads its weights from
DRAM. `layer` runs the four shapes in decode order, copy after copy, as a token does.

Per shape and backend: `us` = median seconds per call over `--passes` passes (each pass times the
whole cycle and divides by its length), `gb_s` = packed bytes / `us`, `fraction_of_roof` = gb_s /
read bandwidth (core.sysinfo.read_bandwidth, sampled before and after: the median). Backends are timed
interleaved pass by pass, so a burst of load from another process hits each alike; outputs are
checked to be bit-identical between backends first. A fraction above 1 means the kernel's stream
reads faster than torch's sum over 1 GiB (seen on quiet runs).

    python benchmarks/bench_bitnet_shapes.py                      # the default backend, and avx2 if different
    python benchmarks/bench_bitnet_shapes.py --backends avx2 scalar
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

# As bench_bitnet_decode.py: workers spin ~0.1 ms between calls, then sleep (the library sets neither).
if "OMP_WAIT_POLICY" not in os.environ and "GOMP_SPINCOUNT" not in os.environ:
    os.environ.update(OMP_WAIT_POLICY="ACTIVE", GOMP_SPINCOUNT="10000")

import torch  # noqa: E402

from nanofrontier.bitnet import kernel  # noqa: E402
from nanofrontier.core.sysinfo import read_bandwidth

SHAPES = {"qkv": (3840, 2560, False), "o": (2560, 2560, False), "gate_up": (13824, 2560, False),
          "down": (2560, 6912, True)}  # (out, in, gated)


def build_shape(n: int, k: int, gated: bool, megabytes: int, g: torch.Generator) -> tuple[list, torch.Tensor, int]:
    """Distinct copies of one projection (>= `megabytes` in all), its float input, and its packed bytes."""
    rows, cols = kernel.packed_shape(n, k)
    copies = max(8, -(-megabytes * 2**20 // (rows * cols)))
    scale, norm = torch.full((n,), k ** 0.5), torch.rand(k, generator=g) + 0.5
    calls = [kernel.TernaryDecode(torch.randint(0, 256, (rows, cols), dtype=torch.uint8, generator=g), n, scale,
                                  in_features=k, gated=gated, norm_weight=norm, eps=1e-5) for _ in range(copies)]
    return calls, torch.randn(1, 2 * k if gated else k, generator=g), rows * cols


def interleaved(runs: dict[str, object], backends: list[str], passes: int) -> dict[str, float]:
    """Median seconds of one pass of `runs[backend]()` per backend, the backends taking turns."""
    times = {b: [] for b in backends}
    for _ in range(passes):
        for b in backends:
            with kernel.use_backend(b):
                start = time.perf_counter()
                runs[b]()
                times[b].append(time.perf_counter() - start)
    return {b: statistics.median(t) for b, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backends", nargs="+", default=None)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--megabytes", type=int, default=160)
    parser.add_argument("--passes", type=int, default=7)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    if not kernel.available():
        raise SystemExit("the C kernel is unavailable (no compiler?): nothing to benchmark")
    backends = args.backends or sorted({kernel.active_backend(), "avx2"} if kernel._has_avx2 else {"scalar"})
    g = torch.Generator().manual_seed(0)
    shapes = {name: build_shape(n, k, gated, args.megabytes, g) for name, (n, k, gated) in SHAPES.items()}
    for name, (calls, x, _) in shapes.items():
        outs = []
        for b in backends:
            with kernel.use_backend(b):
                outs.append(calls[0](x))
        if not all(torch.equal(outs[0], o) for o in outs[1:]):
            raise SystemExit(f"{name}: backends {backends} disagree")
    samples = [read_bandwidth()]
    seconds = {}
    for name, (calls, x, _) in shapes.items():
        cycle = lambda calls=calls, x=x: [call(x) for call in calls]  # noqa: E731
        for b in backends:
            with kernel.use_backend(b):
                cycle()  # warm-up: page in, settle the threads
        seconds[name] = {b: s / len(calls) for b, s in interleaved({b: cycle for b in backends}, backends,
                                                                   args.passes).items()}
    depth = min(len(calls) for calls, _, _ in shapes.values())

    def layers() -> None:
        for i in range(depth):
            for calls, x, _ in shapes.values():
                calls[i](x)

    seconds["layer"] = {b: s / depth for b, s in interleaved({b: layers for b in backends}, backends,
                                                             args.passes).items()}
    samples.append(read_bandwidth())
    bandwidth = statistics.median(samples)
    nbytes = {name: size for name, (_, _, size) in shapes.items()}
    nbytes["layer"] = sum(nbytes.values())
    result = {name: {b: {"us": round(s * 1e6, 1), "gb_s": round(nbytes[name] / s / 1e9, 2),
                         "fraction_of_roof": round(nbytes[name] / s / bandwidth, 3)} for b, s in per.items()}
              for name, per in seconds.items()}
    print(json.dumps({
        "benchmark": "bitnet_shapes", "backends": backends, "threads": args.threads, "batch": 1,
        "packed_bytes": nbytes, "read_bandwidth_gb_s": round(bandwidth / 1e9, 2),
        "read_bandwidth_samples_gb_s": [round(b / 1e9, 2) for b in samples],
        "shapes": result, "load_average": [round(v, 2) for v in os.getloadavg()],
    }))


if __name__ == "__main__":
    main()
