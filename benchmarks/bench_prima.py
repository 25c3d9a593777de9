"""prima on a simulated home cluster: one capped device vs an exo-like split vs the ring with Halda's plan.

The setup is the reproduction's (prima/reproduce.py, one implementation): a Llama-shaped model with random
fp32 weights (~1.15 GB; --quick: ~0.39 GB) and four devices (a memory cgroup and a network namespace each, as
root) whose RAM for weights is 25%, 20%, 17% and 13% of the model (75% in all, so every split must page
from disk each token unless it prefetches), plus the measured runtime overhead of a rank; the third one is
slow (1 torch thread, 20 Mbit/s and 5 ms to the next device). Measured in one run, decode ms/token and TTFT of
  (a) single:   the whole model mmap'd on the largest device alone (llama.cpp-like: w = L, k = 1);
  (b) exo_like: a contiguous split weighted by memory, k = 1, no prefetch;
  (c) prima:    the ring with Halda's plan (profiles: the spec + this machine's profiler) and prefetch;
plus Halda's predicted ms/token for (c) and every device's memory pressure (simulate.py's definition).
Target: ratio_vs_exo_like <= 0.8.

    python benchmarks/bench_prima.py            # prints one JSON object (~3-4 minutes)
    python benchmarks/bench_prima.py --quick    # a ~0.39 GB model (~1 minute)
"""

from __future__ import annotations

import argparse
import json
import logging

from nanofrontier.prima.reproduce import measure, memory_weighted, model_config


def run(quick: bool) -> dict:
    preset = "quick" if quick else "full"
    ab = measure(preset, configs=("single", "exo_like", "ring_halda"))
    runs = {"single": ab.runs["single"], "exo_like": ab.runs["exo_like"], "prima": ab.runs["ring_halda"]}
    ms = {name: r.ms_per_token for name, r in runs.items()}
    pressure = {name: {d.name: round(d.memory_pressure, 4) for d in r.devices} for name, r in runs.items()}
    halda = ab.halda
    return {
        "ms_per_token": ms,
        "ttft_ms": {name: r.ttft_ms for name, r in runs.items()},
        "ratio_vs_single": ms["prima"] / ms["single"],
        "ratio_vs_exo_like": ms["prima"] / ms["exo_like"],
        "predicted_ms": halda.predicted_ms,
        "predicted_breakdown_ms": {term: round(getattr(ab.predicted, f"{term}_ms"), 1)
                                   for term in ("compute", "network", "disk", "head")},
        "hop_overhead_ms": 1e3 * ab.hop_s,
        "prediction_error": abs(halda.predicted_ms - ms["prima"]) / ms["prima"],
        "max_memory_pressure": max(v for per in pressure.values() for v in per.values()),
        "memory_pressure": pressure,
        "plan": {"w": halda.w, "k": halda.k, "dropped": halda.dropped},
        "exo_like_w": memory_weighted(ab.budgets, model_config(preset).num_hidden_layers),
        "busy_ms_per_token": {name: {d.name: round(d.busy_ms_per_token, 1) for d in r.devices}
                              for name, r in runs.items()},
        "weight_budget_mb": {name: {d.name: d.weight_budget_bytes and round(d.weight_budget_bytes / 1e6)
                                    for d in r.devices} for name, r in runs.items()},
        "streamed_layers": {name: {d.name: d.streamed_layers for d in r.devices} for name, r in runs.items()},
        "model_bytes": ab.model_bytes, "weight_budgets_bytes": ab.budgets, "runtime_overhead_bytes": ab.overhead_bytes,
        "isolated": all(r.isolated for r in runs.values()),
        "tokens_agree": len({tuple(r.tokens) for r in runs.values()}) == 1,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a ~0.39 GB model")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(json.dumps(run(args.quick), indent=2))


if __name__ == "__main__":
    main()
