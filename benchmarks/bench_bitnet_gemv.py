"""Batch-1 ternary GEMV: the packed 2-bit C kernel vs torch fp32 `F.linear`, and vs the bandwidth roof.

One 2560x6912 BitNet layer in both orientations: in=2560 -> out=6912 (gate/up) and 6912 -> 2560
(down). `kernel_us` is `kernel.ternary_matmul` on an int8 input with the float rescale (what a
decoder calls once the input is quantised); `layer_us` adds `activation_quant` (the whole
`PackedBitLinear.forward`). `fp32_us` is `F.linear` on the same weights dequantised to fp32
(w_t / w_scale). All on 2 threads; each figure is the median of single calls over `--repeats`
passes through the layers.

Caches: a packed layer is 4.4 MB and would sit in L3 (32 MB here) across calls, so every figure
cycles through `--copies` distinct layers (30, the model's depth: 133 MB) and reports the time per
call; each call then reads its weights from DRAM. The fp32 layer (71 MB) already exceeds L3; it
cycles through 2 copies.

`fraction_of_roof` = packed bytes / kernel time / read bandwidth, where the read bandwidth is a sum
over a 1 GiB buffer of random values (identical pages, as in torch.ones, can be merged by the host
and read unrealistically fast), best of 5, sampled before, between and after the timings: the median.
The host is a shared VM: `load_average` is printed beside the figures, which are noisy when it is high.
A fraction above 1 means the 2-thread AVX2 stream reads faster than torch's sum (seen here).

`lm_head` times the tied head at 2B4T size (128256 x 2560) as `PackedInt8Linear` (int8 rows, 328 MB)
against fp32 and bf16 `F.linear`.

    python benchmarks/bench_bitnet_gemv.py        # prints one JSON object
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

import torch
import torch.nn.functional as F

from nanofrontier.bitnet import kernel
from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear
from nanofrontier.bitnet.quant import activation_quant, weight_quant
from nanofrontier.core.sysinfo import read_bandwidth


def per_call(fns, repeats: int) -> float:
    """Median seconds of one call over `repeats` passes through `fns` (after a warm-up pass).

    Each call is timed alone and the median taken: the VM is shared, and a whole pass is often hit
    by another process taking a core (an OpenMP barrier then waits a scheduler slice, milliseconds).
    """
    for fn in fns:
        fn()
    times = []
    for _ in range(repeats):
        for fn in fns:
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(in_features: int, out_features: int, copies: int, repeats: int) -> dict:
    layers, quantized = [], []
    for _ in range(copies):
        w_t, w_scale = weight_quant(torch.randn(out_features, in_features))
        layers.append(PackedBitLinear.from_ternary(w_t, w_scale))
        quantized.append((w_t, w_scale))
    dense = [w_t.float() / w_scale for w_t, w_scale in quantized[:2]]  # [N, K] fp32, 71 MB each
    x = torch.randn(1, in_features)
    x_q, x_scale = activation_quant(x)
    x_scale = x_scale.reshape(-1)
    assert torch.equal(layers[0](x), layers[0].forward_quantized(x_q, x_scale))
    kernel_s = per_call([lambda layer=layer: layer.forward_quantized(x_q, x_scale) for layer in layers], repeats)
    layer_s = per_call([lambda layer=layer: layer(x) for layer in layers], repeats)
    fp32_s = per_call([lambda w=w: F.linear(x, w) for w in dense], repeats)
    return {"in": in_features, "out": out_features, "packed_bytes": layers[0].packed.nbytes,
            "kernel_us": kernel_s * 1e6, "layer_us": layer_s * 1e6, "fp32_us": fp32_s * 1e6}


def measure_head(vocab: int, hidden: int, repeats: int) -> dict:
    """The tied LM head at decode: `PackedInt8Linear` (int8 rows + scales) vs fp32 and bf16 F.linear."""
    weight = torch.randn(vocab, hidden) * 0.02
    head, weight_bf16 = PackedInt8Linear.from_float(weight), weight.bfloat16()
    x = torch.randn(1, hidden)
    int8_s = per_call([lambda: head(x)], repeats)
    fp32_s = per_call([lambda: F.linear(x, weight)], repeats)
    bf16_s = per_call([lambda: F.linear(x.bfloat16(), weight_bf16)], repeats)
    return {"vocab": vocab, "hidden": hidden, "int8_bytes": head.weight.nbytes, "int8_ms": int8_s * 1e3,
            "fp32_ms": fp32_s * 1e3, "bf16_ms": bf16_s * 1e3, "speedup_vs_fp32": fp32_s / int8_s,
            "speedup_vs_bf16": bf16_s / int8_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    if not kernel.available():
        raise SystemExit("the C kernel is unavailable (no compiler?): nothing to benchmark")
    buffer = torch.rand(2**28)  # 1 GiB of random fp32
    samples = [read_bandwidth(buffer=buffer)]
    shapes = {}
    for name, (k, n) in {"up": (2560, 6912), "down": (6912, 2560)}.items():
        shapes[name] = measure(k, n, args.copies, args.repeats)
        samples.append(read_bandwidth(buffer=buffer))
    head = measure_head(128256, 2560, max(3, args.repeats // 4))
    samples.append(read_bandwidth(buffer=buffer))
    bandwidth = statistics.median(samples)
    head["fraction_of_roof"] = head["int8_bytes"] / (head["int8_ms"] * 1e-3) / bandwidth
    head = {key: round(value, 3) if isinstance(value, float) else value for key, value in head.items()}
    for r in shapes.values():
        r["speedup_vs_fp32"] = r["fp32_us"] / r["kernel_us"]
        r["layer_speedup_vs_fp32"] = r["fp32_us"] / r["layer_us"]
        r["fraction_of_roof"] = r["packed_bytes"] / (r["kernel_us"] * 1e-6) / bandwidth
        r["fp32_fraction_of_roof"] = 4 * r["in"] * r["out"] / (r["fp32_us"] * 1e-6) / bandwidth
        for key, value in r.items():
            r[key] = round(value, 3) if isinstance(value, float) else value
    up = shapes["up"]
    print(json.dumps({
        "benchmark": "bitnet_gemv", "backend": kernel.active_backend(), "threads": args.threads,
        "copies": args.copies, "batch": 1,
        "speedup_vs_fp32": up["speedup_vs_fp32"], "fraction_of_roof": up["fraction_of_roof"],
        "kernel_us": up["kernel_us"], "fp32_us": up["fp32_us"], "packed_bytes": up["packed_bytes"],
        "read_bandwidth_gb_s": round(bandwidth / 1e9, 2),
        "read_bandwidth_samples_gb_s": [round(b / 1e9, 2) for b in samples],
        "shapes": shapes, "lm_head": head, "load_average": [round(v, 2) for v in os.getloadavg()],
        "targets": {"speedup_vs_fp32": 8.0, "fraction_of_roof": 0.7},
    }))


if __name__ == "__main__":
    main()
