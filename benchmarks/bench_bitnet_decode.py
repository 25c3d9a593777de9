"""Batch-1 decode of a packed BitNet b1.58 model (2B4T shape, random ternary weights) vs the bandwidth
floor and vs dense fp32.

The packed model is built in packed form layer by layer (`infer.empty_packed_model`, then random 2-bit
codes written into each `PackedBitLinear`), so no float projection weight ever exists. The embedding is
a random table kept in bf16 (`HalfEmbedding`, 657 MB at 2B4T; rows are widened to fp32 on lookup); the
tied LM head is its int8 per-row quantisation (`PackedInt8Linear`, 328 MB). Everything else is fp32.

- `ms_per_token`: median of `--new-tokens` single decode steps (after `--warmup` steps), prompt of 8.
- `floor_ms_per_token`: bytes one step reads (packed ternary weights, their scales, the int8 head and its
  scales, the norms, one embedding row; the KV cache, < 10 MB here, is left out) / read bandwidth. The
  bandwidth is a sum over 1 GiB of random fp32 (identical pages read unrealistically fast here), best
  of 5, sampled before, between and after two halves of the decode timing: the median of the three.
- `speedup_vs_fp32`: dense fp32 ms/token / packed ms/token. `--small`: a true end-to-end dense fp32
  model of the same shape (core's `Linear`, its 2-core batched GEMV). Full shape: a dense fp32 model
  would be 9.6 GB, so a dense model with `--fp32-layers` (3) layers and the full fp32 tied head is
  timed; its estimate is head + (step - head) * layers / fp32-layers (`fp32_reference` says which).
- `matmul_ms_per_token_best`: every packed product of one token back to back on float inputs, each one
  C call that quantises the activations and multiplies (as decode runs them), best of 5: the kernel's
  share of a step; the rest is torch ops, OpenMP wake-ups and Python between the calls.
- `rss_mb`: VmRSS after the packed decode, before the dense reference is built.

    python benchmarks/bench_bitnet_decode.py            # 2B4T shape, prints one JSON object
    python benchmarks/bench_bitnet_decode.py --small    # 8 layers, hidden 1024, vocab 32000
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import time

# Before torch loads libgomp: idle OpenMP workers spin for a bounded time, GOMP_SPINCOUNT=10000 (~0.1 ms;
# libgomp counts ~1e5 spins per ms), then sleep. The gaps between a decode step's parallel regions are
# mostly shorter, so the worker stays awake instead of being woken ~120 times a token (~0.05-0.1 ms each
# on the dev VM). Under contention spinning costs (--small with a busy process on one core: 23 ms/token
# at 10000, 164 ms at 100000, 6 ms with PASSIVE; docs/bitnet.md). The library sets neither: the caller
# chooses. Set OMP_WAIT_POLICY or GOMP_SPINCOUNT yourself to override (PASSIVE alone: never spin).
if "OMP_WAIT_POLICY" not in os.environ and "GOMP_SPINCOUNT" not in os.environ:
    os.environ.update(OMP_WAIT_POLICY="ACTIVE", GOMP_SPINCOUNT="10000")

import torch  # noqa: E402

from nanofrontier.bitnet import kernel  # noqa: E402
from nanofrontier.bitnet.infer import HalfEmbedding, decode_weight_bytes, empty_packed_model, resident_bytes  # noqa: E402
from nanofrontier.bitnet.model import BitNetConfig, BitNetForCausalLM, b158_2b4t  # noqa: E402
from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear, quantize_rows_int8  # noqa: E402
from nanofrontier.core import sysinfo
from nanofrontier.core.cache import KVCache  # noqa: E402
from nanofrontier.core.sysinfo import read_bandwidth

PROMPT = 8


def small_config() -> BitNetConfig:
    return b158_2b4t(num_hidden_layers=8, hidden_size=1024, intermediate_size=2816, num_attention_heads=8,
                     num_key_value_heads=2, vocab_size=32000, bos_token_id=1, eos_token_id=2)


def random_codes(shape: tuple[int, ...], generator: torch.Generator) -> torch.Tensor:
    """Packed bytes whose four 2-bit codes are each uniform over {0, 1, 2} (weights -1, 0, 1)."""
    c = torch.randint(0, 3, (4, *shape), dtype=torch.uint8, generator=generator)
    return (c[0] << 6) | (c[1] << 4) | (c[2] << 2) | c[3]


@torch.no_grad()
def build_packed(config: BitNetConfig, seed: int = 0) -> BitNetForCausalLM:
    """Random ternary layers written in packed form; a random bf16 embedding and its int8 tied head."""
    g = torch.Generator().manual_seed(seed)
    model = empty_packed_model(config, int8_head=True, embed_dtype=torch.bfloat16)
    for m in model.modules():
        if isinstance(m, PackedBitLinear):
            if m.in_features % 128 or m.out_features % 4:
                raise ValueError(f"random codes need K % 128 == 0 and N % 4 == 0, found {m}")
            m.packed.copy_(random_codes(tuple(m.packed.shape), g))
            m.weight_scale.fill_(m.in_features ** 0.5)  # keeps outputs O(|x|) with random ternary weights
    embed: HalfEmbedding = model.model.embed_tokens
    head: PackedInt8Linear = model.lm_head
    for start in range(0, config.vocab_size, 16384):  # chunks: never the whole table in fp32
        rows = torch.randn(min(16384, config.vocab_size - start), config.hidden_size, generator=g) * 0.02
        embed.weight[start:start + len(rows)] = rows.bfloat16()
        q, scale = quantize_rows_int8(embed.weight[start:start + len(rows)])
        head.weight[start:start + len(rows)], head.weight_scale[start:start + len(rows)] = q, scale
    return model


@torch.inference_mode()
def decode_times(model: torch.nn.Module, config: BitNetConfig, new_tokens: int, warmup: int) -> list[float]:
    """Seconds of each greedy decode step after `warmup` steps (prompt of PROMPT random ids)."""
    cache = KVCache.for_model(config, batch_size=1, max_len=PROMPT + warmup + new_tokens + 1)
    ids = torch.randint(3, config.vocab_size, (1, PROMPT), generator=torch.Generator().manual_seed(1))
    token = model(ids, cache=cache, logits_to_keep=1)[:, -1:].argmax(-1)
    times = []
    for _ in range(warmup + new_tokens):
        start = time.perf_counter()
        token = model(token, cache=cache)[:, -1:].argmax(-1)
        times.append(time.perf_counter() - start)
    return times[warmup:]


@torch.inference_mode()
def head_seconds(model: BitNetForCausalLM, repeats: int = 8) -> float:
    h = torch.randn(1, 1, model.config.hidden_size)
    model.head(h)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        model.head(h)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@torch.inference_mode()
def matmul_seconds(model: BitNetForCausalLM, repeats: int = 5) -> float:
    """One token's packed products alone (every projection and the head, float inputs quantised in the
    same C call): the part of a step the kernel does; the rest of `ms_per_token` is torch ops and Python."""
    layers = [m for m in model.modules() if isinstance(m, (PackedBitLinear, PackedInt8Linear))]
    inputs = {m.in_features: torch.randn(1, m.in_features) for m in layers}
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for m in layers:
            m(inputs[m.in_features])
        best = min(best, time.perf_counter() - start)
    return best


def fp32_reference(config: BitNetConfig, layers: int, new_tokens: int, warmup: int) -> dict:
    """Dense fp32 ms/token: end to end when `layers` is the model's depth, else scaled from `layers`."""
    L = config.num_hidden_layers
    dense = BitNetForCausalLM(config.replace(num_hidden_layers=layers, quantization_config=None)).eval()
    step = statistics.median(decode_times(dense, dense.config, new_tokens, warmup))
    head = head_seconds(dense)
    estimate = step if layers == L else head + (step - head) * L / layers
    return {"fp32_reference": "end_to_end" if layers == L else f"{layers}_of_{L}_layers_scaled_plus_head",
            "fp32_ms_per_token": round(estimate * 1e3, 2), "fp32_step_ms_measured": round(step * 1e3, 2),
            "fp32_head_ms": round(head * 1e3, 2), "fp32_layers_timed": layers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="8 layers, hidden 1024, vocab 32000")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--warmup", type=int, default=4)
    parser.add_argument("--fp32-layers", type=int, default=3, help="dense layers timed at the full shape")
    parser.add_argument("--backend", choices=[b for b in kernel.BACKENDS if b != "torch"],
                        help="force a C backend (default: the best this CPU has), e.g. avx2 on an AVX-512 host")
    args = parser.parse_args()
    if args.backend:
        with kernel.use_backend(args.backend):
            run(args)
    else:
        run(args)


def run(args: argparse.Namespace) -> None:
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    if not kernel.available():
        raise SystemExit("the C kernel is unavailable (no compiler?): nothing to benchmark")
    config = small_config() if args.small else b158_2b4t()
    load_before = os.getloadavg()

    start = time.perf_counter()
    model = build_packed(config)
    build_s = time.perf_counter() - start
    samples = [read_bandwidth()]  # three samples, the median: this VM's bandwidth drifts (34-60 GB/s)
    times = decode_times(model, config, args.new_tokens // 2, args.warmup)
    samples.append(read_bandwidth())
    times += decode_times(model, config, args.new_tokens - args.new_tokens // 2, args.warmup)
    rss = (sysinfo.rss_bytes() or float("nan")) / 2**20
    samples.append(read_bandwidth())
    bandwidth = statistics.median(samples)
    norms = sum(p.nbytes for n, p in model.named_parameters() if "norm" in n)
    step_bytes = decode_weight_bytes(model) + norms + config.hidden_size * 2
    ms = statistics.median(times) * 1e3
    floor_ms = step_bytes / bandwidth * 1e3
    head_ms = head_seconds(model) * 1e3
    matmul_ms = matmul_seconds(model) * 1e3
    resident = resident_bytes(model)
    del model
    gc.collect()

    layers = config.num_hidden_layers if args.small else min(args.fp32_layers, config.num_hidden_layers)
    reference = fp32_reference(config, layers, max(8, args.new_tokens // 4), 2)
    print(json.dumps({
        "benchmark": "bitnet_decode", "shape": "small" if args.small else "b158_2b4t",
        "backend": kernel.active_backend(), "threads": args.threads, "batch": 1,
        "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"), "gomp_spincount": os.environ.get("GOMP_SPINCOUNT"),
        "ms_per_token": round(ms, 2), "floor_ms_per_token": round(floor_ms, 2),
        "ratio_to_floor": round(ms / floor_ms, 3),
        "speedup_vs_fp32": round(reference["fp32_ms_per_token"] / ms, 2),
        "rss_mb": round(rss, 1),
        "tokens_per_s": round(1e3 / ms, 2), "ms_per_token_mean": round(statistics.mean(times) * 1e3, 2),
        "ms_per_token_min": round(min(times) * 1e3, 2), "new_tokens": args.new_tokens, "prompt": PROMPT,
        "int8_head_ms": round(head_ms, 2), "matmul_ms_per_token_best": round(matmul_ms, 2),
        "matmul_ratio_to_floor": round(matmul_ms / floor_ms, 3),
        "bytes_per_token": step_bytes, "resident_bytes": resident,
        "embedding": "bf16 table (HalfEmbedding), rows widened to fp32; tied head int8 per row",
        "read_bandwidth_gb_s": round(bandwidth / 1e9, 2),
        "read_bandwidth_samples_gb_s": [round(b / 1e9, 2) for b in samples],
        **reference, "build_s": round(build_s, 1),
        "layers": config.num_hidden_layers, "hidden": config.hidden_size, "vocab": config.vocab_size,
        "load_average_before": [round(v, 2) for v in load_before],
        "load_average_after": [round(v, 2) for v in os.getloadavg()],
        "targets": {"ratio_to_floor": 1.5, "speedup_vs_fp32": 8.0},
    }))


if __name__ == "__main__":
    main()
