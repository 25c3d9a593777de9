"""prima on a simulated home cluster: one capped device vs an exo-like split vs the ring with Halda's plan.

A Llama-shaped model with random fp32 weights (~1.15 GB; --quick: ~0.15 GB) is written once to a temp
dir. Four devices (prima/simulate.py: a memory cgroup and a network namespace each, as root) get RAM
for weights of 31%, 24.5%, 21% and 17.5% of the model (94% in all; the largest well under half), plus
the measured runtime overhead of a rank; the third one is slow (1 torch thread, 20 Mbit/s and 5 ms to
the next device). Measured in one run, decode ms/token and TTFT of
  (a) single:   the whole model mmap'd on the largest device alone (llama.cpp-like: w = L, k = 1);
  (b) exo_like: a contiguous split weighted by memory, k = 1, no prefetch;
  (c) prima:    the ring with Halda's plan (profiles: the spec + this machine's profiler) and prefetch;
plus Halda's predicted ms/token for (c) and every device's memory pressure (simulate.py's definition).
Halda's profiles: the spec (RAM, links, threads), this machine's profiler at each thread count, and a
hop's cost here measured on a tiny model over the same simulated cluster.
The model's pages are evicted before each configuration. All devices share this machine's 2 cores and
one disk, which real devices would not.

    python benchmarks/bench_prima.py            # prints one JSON object (~3-4 minutes)
    python benchmarks/bench_prima.py --quick    # a ~0.15 GB model (~1 minute)
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
from pathlib import Path

import torch

from nanofrontier.core.checkpoint import save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.prima.halda import plan
from nanofrontier.prima.simulate import (
    SimDevice,
    SimSpec,
    device_profiles,
    hop_overhead_s,
    model_profile,
    profile_threads,
    runtime_overhead_bytes,
    simulate,
)

BUDGET_SHARES = (0.31, 0.245, 0.21, 0.175)  # RAM for weights per device, as a share of the model's bytes
PROMPT = list(range(1, 17))


def model_config(quick: bool) -> ModelConfig:
    if quick:  # ~2.7M params a layer, ~0.15 GB
        return ModelConfig(vocab_size=4096, hidden_size=512, intermediate_size=1408, num_hidden_layers=12,
                           num_attention_heads=8, num_key_value_heads=2, max_position_embeddings=256,
                           torch_dtype="float32")
    # ~11.3M params a layer, ~1.15 GB
    return ModelConfig(vocab_size=8192, hidden_size=1024, intermediate_size=2816, num_hidden_layers=24,
                       num_attention_heads=16, num_key_value_heads=4, max_position_embeddings=256,
                       torch_dtype="float32")


def write_model(directory: Path, cfg: ModelConfig) -> int:
    torch.manual_seed(0)
    model = CausalLM(cfg)
    model.reset_parameters(std=0.02)
    save_pretrained(model, directory)
    return sum(p.numel() * p.element_size() for p in model.parameters())


def cluster(model_bytes: int, overhead: int) -> tuple[SimSpec, list[int]]:
    budgets = [int(s * model_bytes) for s in BUDGET_SHARES]
    links = [(1.0, 200.0, 2), (1.0, 200.0, 2), (5.0, 20.0, 1), (1.0, 200.0, 2)]  # (delay ms, Mbit/s, threads)
    devices = tuple(SimDevice(name=f"d{i}", memory_bytes=overhead + b, link_delay_ms=dl, link_mbit=mb, threads=t)
                    for i, (b, (dl, mb, t)) in enumerate(zip(budgets, links, strict=True)))
    return SimSpec(devices=devices), budgets


def memory_weighted(budgets: list[int], n_layers: int) -> tuple[int, ...]:
    """exo's split: contiguous layer counts proportional to memory (largest remainder, each >= 1)."""
    exact = [n_layers * b / sum(budgets) for b in budgets]
    w = [max(1, int(x)) for x in exact]
    for i in sorted(range(len(w)), key=lambda i: exact[i] - int(exact[i]), reverse=True)[:n_layers - sum(w)]:
        w[i] += 1
    return tuple(w)


def run(quick: bool) -> dict:
    cfg = model_config(quick)
    new_tokens = 6 if quick else 8
    with tempfile.TemporaryDirectory(prefix="bench-prima-", dir="/var/tmp") as tmp:
        ckpt = Path(tmp) / "model"
        overhead = runtime_overhead_bytes()  # before the model is built here: its freed pages may linger
        model_bytes = write_model(ckpt, cfg)
        spec, budgets = cluster(model_bytes, overhead)
        L = cfg.num_hidden_layers
        measured = profile_threads(spec, ckpt, quick=quick)
        tiny = save_pretrained(CausalLM(ModelConfig.tiny(num_hidden_layers=4)), Path(tmp) / "tiny")
        hop_s = hop_overhead_s(spec, tiny)
        halda = plan(device_profiles(spec, measured, overhead_bytes=overhead, hop_s=hop_s),
                     model_profile(ckpt, len(PROMPT) + new_tokens))
        common = dict(prompt=PROMPT, new_tokens=new_tokens)
        largest = max(spec.devices, key=lambda d: d.memory_bytes)
        runs = {
            "single": simulate(SimSpec(devices=(largest,)), ckpt, w=(L,), k=1, prefetch=False, **common),
            "exo_like": simulate(spec, ckpt, w=memory_weighted(budgets, L), k=1, prefetch=False, **common),
            "prima": simulate(SimSpec(devices=tuple(d for d in spec.devices if d.name not in halda.dropped)),
                              ckpt, w=halda.w, k=halda.k, prefetch=True, **common),
        }
    ms = {name: r.ms_per_token for name, r in runs.items()}
    pressure = {name: {d.name: round(d.memory_pressure, 4) for d in r.devices} for name, r in runs.items()}
    return {
        "ms_per_token": ms,
        "ttft_ms": {name: r.ttft_ms for name, r in runs.items()},
        "ratio_vs_single": ms["prima"] / ms["single"],
        "ratio_vs_exo_like": ms["prima"] / ms["exo_like"],
        "predicted_ms": halda.predicted_ms,
        "hop_overhead_ms": 1e3 * hop_s,
        "prediction_error": abs(halda.predicted_ms - ms["prima"]) / ms["prima"],
        "max_memory_pressure": max(v for per in pressure.values() for v in per.values()),
        "memory_pressure": pressure,
        "plan": {"w": halda.w, "k": halda.k, "dropped": halda.dropped},
        "exo_like_w": memory_weighted(budgets, L),
        "busy_ms_per_token": {name: {d.name: round(d.busy_ms_per_token, 1) for d in r.devices}
                              for name, r in runs.items()},
        "model_bytes": model_bytes, "weight_budgets_bytes": budgets, "runtime_overhead_bytes": overhead,
        "isolated": all(r.isolated for r in runs.values()),
        "tokens_agree": len({tuple(r.tokens) for r in runs.values()}) == 1,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a ~0.15 GB model")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(json.dumps(run(args.quick), indent=2))


if __name__ == "__main__":
    main()
