"""Batch-1 decode and 128-token prefill of a packed BitNet b1.58 model (2B4T shape, random ternary weights)
vs the bandwidth floor, vs dense fp32, and its peak memory.

The packed model is built in packed form layer by layer (`infer.empty_packed_model`, then random 2-bit
codes written into each `PackedBitLinear`), so no float projection weight ever exists. The tied table is
one int8 table (`--embedding int8`, the default: `PackedInt8Linear` rows + one scale each, 328 MB at 2B4T)
that serves both the LM head and the lookup (`Int8Embedding`); `--embedding bf16` keeps a bf16 lookup table
beside it (`HalfEmbedding`, the former layout, +657 MB). Everything else is fp32. OpenMP runs with the
library's defaults: nothing here sets OMP_WAIT_POLICY or GOMP_SPINCOUNT (set them in the environment to
measure a tuned policy; the JSON records them).

- `ms_per_token`: median of the decode steps of `--rounds` rounds (each: a fresh prompt of 8 tokens,
  `--warmup` steps, then `--new-tokens / rounds` timed steps), greedy.
- `floor_ms_per_token`: bytes one step reads (packed ternary weights and their scales, the int8 head and its
  scales, the norms, one embedding row; the KV cache, < 10 MB here, is left out) / read bandwidth.
  Bandwidth: `core.sysinfo.read_bandwidth` (the best of a C streaming read and torch's reductions over
  1 GiB), sampled before each round and after the last; `read_bandwidth_gb_s` is their median and
  `roof_noisy` says whether they spread more than 10% (then the ratio is not to be trusted). The model's
  weights lie in 2 MB pages (`bitnet.memory`), which read faster than the 4 KB pages of that buffer on
  the dev VM: `ratio_to_hugepage_floor` divides by the same read over a 2 MB-page buffer instead.
  `busy_machine`: the 1-minute load average before the run exceeded half the CPUs (other work was running:
  timings and the roof are then not figures to publish).
- `prefill_tokens_per_s`: a `--prompt` (128) token prompt into a fresh cache, logits of the last position,
  once per round (after one untimed prefill): the median and the best.
- `rss_mb`: peak resident memory (VmHWM, MiB) of the torch-free runtime (`nanofrontier bitnet run`,
  `bitnet.runtime`) in a fresh process (`bitnet_runtime_child.py`) that loads the model's runtime image
  (written here by `image.save_image`), prefills the prompt and decodes 16 tokens. `rss_mb_torch_process`:
  the same for a torch process that builds the packed model, prefills and decodes 16 tokens (`import torch`
  alone keeps ~190 MiB). This process holds the 1 GiB bandwidth buffer and the fp32 reference besides.
- `runtime_ms_per_token`, `runtime_prefill_tokens_per_s`: the runtime on the same image, timed in this process
  in each round right after the torch model (same protocol), so the host's drift hits both alike.
- `matmul_ms_per_token_best`: every packed product of one token back to back on float inputs (one C call
  each, quantising the activations in the call), best of 5: the products' share of a step.
- `speedup_vs_fp32`: dense fp32 ms/token / packed ms/token. `--small`: a true end-to-end dense fp32
  model of the same shape. Full shape: a dense fp32 model would be 9.6 GB, so a dense model with
  `--fp32-layers` (3) layers and the full fp32 tied head is timed; its estimate is head + (step - head) *
  layers / fp32-layers (`fp32_reference` says which). `--no-fp32` skips it.

    python benchmarks/bench_bitnet_decode.py            # 2B4T shape, prints one JSON object
    python benchmarks/bench_bitnet_decode.py --small    # 8 layers, hidden 1024, vocab 32000
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import torch

from nanofrontier.bitnet import kernel
from nanofrontier.bitnet.image import save_image
from nanofrontier.bitnet.infer import decode_weight_bytes, empty_packed_model, resident_bytes
from nanofrontier.bitnet.memory import Arena
from nanofrontier.bitnet.model import BitNetConfig, BitNetForCausalLM, b158_2b4t
from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear, quantize_rows_int8
from nanofrontier.bitnet.runtime import Runtime
from nanofrontier.core import sysinfo
from nanofrontier.core.cache import KVCache

PROMPT = 8  # the decode runs' prompt
CHUNK = 128  # rows made at a time by build_packed
EMBEDDINGS = {"int8": torch.int8, "bf16": torch.bfloat16}
# Figures of the peer from the side-by-side runs in the issue (same host family, 2 threads): not measured here.
PEER = {"bitnet_cpp_decode_ms_q8_0_head": [29.7, 38.9], "bitnet_cpp_decode_ms_f16_head": [39.9, 46.0],
        "bitnet_cpp_prefill_tok_s": [85, 110], "bitnet_cpp_peak_rss_gib_q8_0_head": 0.87,
        "host": "AMD EPYC Zen 4, 2 vCPUs, AVX-512 VNNI (on an AVX2-only Zen 3 host bitnet.cpp measured 57-73 ms/token "
                "with its Q8_0 head and 56-74 tok/s prefill; on a Zen 5 host 23-27 ms/token and 118-125 tok/s; "
                "docs/bitnet.md)"}


def small_config() -> BitNetConfig:
    return b158_2b4t(num_hidden_layers=8, hidden_size=1024, intermediate_size=2816, num_attention_heads=8,
                     num_key_value_heads=2, vocab_size=32000, bos_token_id=1, eos_token_id=2)


_D = torch.arange(81)
CODE_BYTES = ((_D // 27 % 3) << 6 | (_D // 9 % 3) << 4 | (_D // 3 % 3) << 2 | _D % 3).to(torch.uint8)  # 3^4 bytes


def random_codes(shape: tuple[int, ...], generator: torch.Generator) -> torch.Tensor:
    """Packed bytes whose four 2-bit codes are each uniform over {0, 1, 2} (weights -1, 0, 1): one of the 81
    bytes made of such codes, uniformly (a quarter of the random numbers of drawing each code)."""
    return CODE_BYTES[torch.randint(0, 81, shape, generator=generator)]


@torch.no_grad()
def build_packed(config: BitNetConfig, seed: int = 0, embedding: str = "int8") -> BitNetForCausalLM:
    """Random ternary layers written in packed form; a random tied table, int8 (one table for the lookup
    and the head) or bf16 (a lookup table beside the int8 head). Everything is made CHUNK rows at a time,
    so building holds at most a few MB beyond the model (large temporaries would stay in the process's
    heap and count in its peak memory)."""
    g = torch.Generator().manual_seed(seed)
    model = empty_packed_model(config, int8_head=True, embed_dtype=EMBEDDINGS[embedding])
    for m in model.modules():
        if isinstance(m, PackedBitLinear):
            if m.in_features % 128 or m.out_features % 4:
                raise ValueError(f"random codes need K % 128 == 0 and N % 4 == 0, found {m}")
            for start in range(0, m.packed.shape[0], CHUNK):
                rows = m.packed[start:start + CHUNK]
                rows.copy_(random_codes(tuple(rows.shape), g))
            m.weight_scale.fill_(m.in_features ** 0.5)  # keeps outputs O(|x|) with random ternary weights
    head: PackedInt8Linear = model.lm_head
    for start in range(0, config.vocab_size, CHUNK):
        rows = (torch.randn(min(CHUNK, config.vocab_size - start), config.hidden_size, generator=g) * 0.02).bfloat16()
        head.weight[start:start + len(rows)], head.weight_scale[start:start + len(rows)] = quantize_rows_int8(rows)
        if embedding == "bf16":
            model.model.embed_tokens.weight[start:start + len(rows)] = rows
    return model


def prompt_ids(config: BitNetConfig, n: int, seed: int) -> torch.Tensor:
    return torch.randint(3, config.vocab_size, (1, n), generator=torch.Generator().manual_seed(seed))


@torch.inference_mode()
def decode_times(model: torch.nn.Module, config: BitNetConfig, new_tokens: int, warmup: int,
                 seed: int = 1) -> list[float]:
    """Seconds of each greedy decode step after `warmup` steps (prompt of PROMPT random ids)."""
    cache = KVCache.for_model(config, batch_size=1, max_len=PROMPT + warmup + new_tokens + 1)
    token = model(prompt_ids(config, PROMPT, seed), cache=cache, logits_to_keep=1)[:, -1:].argmax(-1)
    times = []
    for _ in range(warmup + new_tokens):
        start = time.perf_counter()
        token = model(token, cache=cache)[:, -1:].argmax(-1)
        times.append(time.perf_counter() - start)
    return times[warmup:]


@torch.inference_mode()
def prefill_seconds(model: torch.nn.Module, config: BitNetConfig, n: int, seed: int = 2) -> float:
    """Seconds to run an n-token prompt into a fresh cache and take the last position's logits."""
    cache = KVCache.for_model(config, batch_size=1, max_len=n + 1)
    ids = prompt_ids(config, n, seed)
    start = time.perf_counter()
    model(ids, cache=cache, logits_to_keep=1)
    return time.perf_counter() - start


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
    same C call): the part of a step the kernel does; the rest of `ms_per_token` is attention, norms, calls."""
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


def peak_rss(args: argparse.Namespace) -> dict:
    """VmHWM of a fresh process that builds the model, prefills and decodes (`--rss-child`)."""
    command = [sys.executable, os.path.abspath(__file__), "--rss-child", "--threads", str(args.threads),
               "--embedding", args.embedding, "--prompt", str(args.prompt), *(["--small"] if args.small else []),
               *(["--backend", args.backend] if args.backend else [])]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def runtime_peak_rss(args: argparse.Namespace, image: str) -> dict:
    """VmHWM of a fresh torch-free process that loads the image, prefills and decodes (`bitnet_runtime_child.py`)."""
    command = [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "bitnet_runtime_child.py"),
               image, "--prompt", str(args.prompt), "--threads", str(args.threads)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def runtime_decode_times(rt: Runtime, config: BitNetConfig, new_tokens: int, warmup: int, seed: int) -> list[float]:
    """`decode_times` for the runtime: seconds of each greedy step after `warmup` (prompt of PROMPT ids)."""
    rt.reset()
    token = int(rt.prefill(prompt_ids(config, PROMPT, seed)[0].tolist()).argmax())
    times = []
    for _ in range(warmup + new_tokens):
        start = time.perf_counter()
        token = int(rt.step(token).argmax())
        times.append(time.perf_counter() - start)
    return times[warmup:]


def runtime_prefill_seconds(rt: Runtime, config: BitNetConfig, n: int, seed: int) -> float:
    rt.reset()
    ids = prompt_ids(config, n, seed)[0].tolist()
    start = time.perf_counter()
    rt.prefill(ids)
    return time.perf_counter() - start


def rss_child(args: argparse.Namespace, config: BitNetConfig) -> None:
    model = build_packed(config, embedding=args.embedding)
    prefill_seconds(model, config, args.prompt)
    decode_times(model, config, 16, 0)
    print(json.dumps({"vm_hwm": sysinfo.rss_bytes("VmHWM"), "vm_rss": sysinfo.rss_bytes("VmRSS"),
                      "resident_bytes": resident_bytes(model)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="8 layers, hidden 1024, vocab 32000")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--new-tokens", type=int, default=32, help="timed decode steps, over all rounds")
    parser.add_argument("--warmup", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=4, help="bandwidth sample, decode, prefill: interleaved")
    parser.add_argument("--prompt", type=int, default=128, help="prefill prompt length")
    parser.add_argument("--embedding", choices=sorted(EMBEDDINGS), default="int8")
    parser.add_argument("--fp32-layers", type=int, default=3, help="dense layers timed at the full shape")
    parser.add_argument("--no-fp32", action="store_true", help="skip the dense fp32 reference")
    parser.add_argument("--backend", choices=[b for b in kernel.BACKENDS if b != "torch"],
                        help="force a C backend (default: the best this CPU has), e.g. avx2 on an AVX-512 host")
    parser.add_argument("--rss-child", action="store_true", help=argparse.SUPPRESS)
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
    if args.rss_child:
        return rss_child(args, config)
    load_before = os.getloadavg()
    rss = peak_rss(args)  # first, alone: nothing else of this process is large yet

    start = time.perf_counter()
    model = build_packed(config, embedding=args.embedding)
    build_s = time.perf_counter() - start
    buffer = torch.rand(2**28)  # 1 GiB for the bandwidth samples: the library's roof, as bench_decode's
    huge = Arena(2**30).take((2**28,), torch.float32).copy_(buffer)  # the same in 2 MB pages, as the weights
    image = tempfile.TemporaryDirectory(prefix="bitnet-image-")
    save_image(model, image.name)
    rt = Runtime.load(image.name, max_len=max(args.prompt, PROMPT + args.warmup + args.new_tokens) + 1,
                      threads=args.threads)
    prefill_seconds(model, config, args.prompt)  # warm-up: first-touch of activations, thread start
    runtime_prefill_seconds(rt, config, args.prompt, 0)
    per_round = -(-args.new_tokens // args.rounds)
    samples, huge_samples, times, prefill, rt_times, rt_prefill = [], [], [], [], [], []
    round_ms, rt_round_ms = [], []  # each round's median, paired with the roof sample taken just before it
    for r in range(args.rounds):
        samples.append(sysinfo.read_bandwidth(buffer=buffer))
        huge_samples.append(sysinfo.read_bandwidth(buffer=huge))
        times += (these := decode_times(model, config, per_round, args.warmup, seed=1 + r))
        round_ms.append(statistics.median(these) * 1e3)
        rt_times += (these := runtime_decode_times(rt, config, per_round, args.warmup, seed=1 + r))
        rt_round_ms.append(statistics.median(these) * 1e3)
        prefill.append(prefill_seconds(model, config, args.prompt, seed=100 + r))
        rt_prefill.append(runtime_prefill_seconds(rt, config, args.prompt, seed=100 + r))
    del rt
    runtime = runtime_peak_rss(args, image.name)
    image.cleanup()
    samples.append(sysinfo.read_bandwidth(buffer=buffer))
    huge_samples.append(sysinfo.read_bandwidth(buffer=huge))
    del buffer, huge
    roof, huge_roof = sysinfo.Roof(samples=tuple(samples)), sysinfo.Roof(samples=tuple(huge_samples))
    norms = sum(p.nbytes for n, p in model.named_parameters() if "norm" in n)
    row = config.hidden_size * (1 if args.embedding == "int8" else 2)
    step_bytes = decode_weight_bytes(model) + norms + row
    ms = statistics.median(times) * 1e3
    floor_ms = step_bytes / roof.median * 1e3
    # A host whose bandwidth moves between phases mixes them in one median; a round against its own roof
    # sample does not (a second figure: the headline stays the ratio to the median roof).
    paired = [t / (step_bytes / b * 1e3) for t, b in zip(round_ms, samples, strict=False)]
    rt_paired = [t / (step_bytes / b * 1e3) for t, b in zip(rt_round_ms, samples, strict=False)]
    head_ms = head_seconds(model) * 1e3
    matmul_ms = matmul_seconds(model) * 1e3
    resident = resident_bytes(model)
    del model
    gc.collect()

    reference = {}
    if not args.no_fp32:
        layers = config.num_hidden_layers if args.small else min(args.fp32_layers, config.num_hidden_layers)
        reference = fp32_reference(config, layers, max(8, args.new_tokens // 4), 2)
    prefill_tok_s = args.prompt / statistics.median(prefill)
    print(json.dumps({
        "benchmark": "bitnet_decode", "shape": "small" if args.small else "b158_2b4t",
        "backend": kernel.active_backend(), "threads": args.threads, "batch": 1,
        "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"), "gomp_spincount": os.environ.get("GOMP_SPINCOUNT"),
        "ms_per_token": round(ms, 2), "floor_ms_per_token": round(floor_ms, 2),
        "ratio_to_floor": round(ms / floor_ms, 3), **roof.to_dict(),
        "ratio_to_floor_paired": round(statistics.median(paired), 3),
        "ratio_to_floor_per_round": [round(x, 3) for x in paired],
        "runtime_ratio_to_floor_paired": round(statistics.median(rt_paired), 3),
        "hugepage_read_bandwidth_gb_s": round(huge_roof.median / 1e9, 2),
        "hugepage_read_bandwidth_samples_gb_s": [round(b / 1e9, 2) for b in huge_roof.samples],
        "hugepage_roof_noisy": huge_roof.noisy,
        "ratio_to_hugepage_floor": round(ms / (step_bytes / huge_roof.median * 1e3), 3),
        "prefill_tokens_per_s": round(prefill_tok_s, 1),
        "prefill_tokens_per_s_best": round(args.prompt / min(prefill), 1), "prompt": args.prompt,
        "rss_mb": round(runtime["vm_hwm"] / 2**20, 1), "rss_gb": round(runtime["vm_hwm"] / 1e9, 3),
        "rss_model_bytes": runtime["resident_bytes"], "rss_process": "bitnet.runtime (no torch)",
        "runtime_ms_per_token": round(statistics.median(rt_times) * 1e3, 2),
        "runtime_ratio_to_floor": round(statistics.median(rt_times) * 1e3 / floor_ms, 3),
        "runtime_prefill_tokens_per_s": round(args.prompt / statistics.median(rt_prefill), 1),
        "runtime_prefill_tokens_per_s_best": round(args.prompt / min(rt_prefill), 1),
        "rss_mb_torch_process": round(rss["vm_hwm"] / 2**20, 1), "rss_gb_torch_process": round(rss["vm_hwm"] / 1e9, 3),
        **({"speedup_vs_fp32": round(reference["fp32_ms_per_token"] / ms, 2)} if reference else {}),
        "tokens_per_s": round(1e3 / ms, 2), "ms_per_token_mean": round(statistics.mean(times) * 1e3, 2),
        "ms_per_token_min": round(min(times) * 1e3, 2), "new_tokens": len(times), "rounds": args.rounds,
        "decode_prompt": PROMPT, "int8_head_ms": round(head_ms, 2), "matmul_ms_per_token_best": round(matmul_ms, 2),
        "matmul_ratio_to_floor": round(matmul_ms / floor_ms, 3),
        "bytes_per_token": step_bytes, "resident_bytes": resident, "embedding": args.embedding,
        **reference, "build_s": round(build_s, 1), "machine": sysinfo.machine_facts(),
        "layers": config.num_hidden_layers, "hidden": config.hidden_size, "vocab": config.vocab_size,
        "busy_machine": load_before[0] > 0.5 * (os.cpu_count() or 1),  # timings then are not headline figures
        "load_average_before": [round(v, 2) for v in load_before],
        "load_average_after": [round(v, 2) for v in os.getloadavg()],
        "peer_figures_not_measured_here": PEER,
        "targets": {"ratio_to_floor": 1.2, "prefill_tokens_per_s": 165, "rss_gb": 1.0},
    }))


if __name__ == "__main__":
    main()
