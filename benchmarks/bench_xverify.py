"""Latency and throughput of the xverify rules path vs Math-Verify, timed the same way, in one run.

Both verifiers are timed in fresh processes, alternating, `--rounds` times each. In a process, the
verifier first runs over the development set (imports, regex compilation, lazy grammar loading: the
cost of starting a verifier, not of judging a case), then over the evaluation set once **cold** (none
of its strings seen: every per-string cache empty) and once **warm** (the same cases again, caches full).
Each case is timed alone. The headline figures are cold: a user judges a benchmark run once. Math-Verify
runs its default use per case: parse(reference) + parse(output) + verify.

Accuracy leads with the held-out sets (`heldout_accuracy`, `heldout3_accuracy`: each written by an author who
saw neither the rules nor the other sets, never used to change the rules). On each, `decided_fraction` is the
share of verdicts the rules are sure of and `decided_precision` their accuracy; `cascade_accuracy_oracle` /
`_noisy` replace every unsure verdict by a stand-in judge's answer (the label; the label flipped on a seeded 10%).

    python benchmarks/bench_xverify.py          # prints one JSON object
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from nanofrontier.core import sysinfo
from nanofrontier.xverify.datasets import dataset_path
from nanofrontier.xverify.reproduce import cascade, load_eval_set, mathverify_verdict
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


VERIFIERS = {"ours": lambda case: verify_case(case).verdict, "mathverify": mathverify_verdict}


def worker(name: str) -> None:
    """One fresh process: warm up on the dev set, then the eval set cold and warm; prints JSON."""
    fn = VERIFIERS[name]
    time_each(fn, load_eval_set(dataset_path("dev")))
    cases = load_eval_set(dataset_path("eval"))
    cold, verdicts = time_each(fn, cases)
    warm, _ = time_each(fn, cases)
    print(json.dumps({"cold": cold, "warm": warm, "verdicts": verdicts}))


def run_worker(name: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", name], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def summary(runs: list[dict], phase: str) -> dict:
    """Per-case medians over rounds, then the set's median, p99 and throughput (median of the rounds')."""
    per_case = [statistics.median(r[phase][i] for r in runs) for i in range(len(runs[0][phase]))]
    totals = [sum(r[phase]) for r in runs]
    return {"median_ms": round(1e3 * statistics.median(per_case), 4),
            "p99_ms": round(1e3 * percentile(per_case, 0.99), 3), "max_ms": round(1e3 * max(per_case), 3),
            "cases_per_s": round(len(per_case) / statistics.median(totals), 1)}


def accuracy(name: str) -> dict:
    cases = load_eval_set(dataset_path(name))
    s = score([verify_case(c).verdict for c in cases], [c.label for c in cases])
    return {"cases": len(cases), "accuracy": round(s.accuracy, 4), "f1": round(s.f1, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per verifier")
    parser.add_argument("--worker", choices=sorted(VERIFIERS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return
    runs: dict[str, list[dict]] = {"ours": [], "mathverify": []}
    for _ in range(args.rounds):  # alternate, so drift of the host hits both alike
        for name in runs:
            runs[name].append(run_worker(name))
    labels = [c.label for c in load_eval_set(dataset_path("eval"))]
    ours_scores = score(runs["ours"][0]["verdicts"], labels)
    mv_scores = score(runs["mathverify"][0]["verdicts"], labels)
    ours = {phase: summary(runs["ours"], phase) for phase in ("cold", "warm")}
    mv = {phase: summary(runs["mathverify"], phase) for phase in ("cold", "warm")}
    fresh, heldout, heldout3 = accuracy("fresh"), accuracy("heldout"), accuracy("heldout3")
    routed = cascade(load_eval_set(dataset_path("heldout")))  # rules' routing and stand-in judges, held-out sets
    routed3 = cascade(load_eval_set(dataset_path("heldout3")))
    print(json.dumps({
        "benchmark": "xverify", "cases": len(labels), "rounds": args.rounds, "machine": sysinfo.machine_facts(),
        "heldout_accuracy": heldout["accuracy"], "heldout_f1": heldout["f1"], "heldout_cases": heldout["cases"],
        "decided_fraction": round(routed["decided_fraction"], 4),
        "decided_precision": round(routed["decided_precision"], 4),
        "cascade_accuracy_oracle": round(routed["cascade_accuracy_oracle"], 4),
        "cascade_accuracy_noisy": round(routed["cascade_accuracy_noisy"], 4),
        "heldout3_accuracy": heldout3["accuracy"], "heldout3_f1": heldout3["f1"], "heldout3_cases": heldout3["cases"],
        **{f"heldout3_{k}": round(v, 4) for k, v in routed3.items() if k != "accuracy"},
        "fresh_accuracy": fresh["accuracy"], "fresh_f1": fresh["f1"], "fresh_cases": fresh["cases"],
        "accuracy": round(ours_scores.accuracy, 4), "f1": round(ours_scores.f1, 4),
        "median_ms": ours["cold"]["median_ms"], "p99_ms": ours["cold"]["p99_ms"],
        "cases_per_s": ours["cold"]["cases_per_s"],
        "mathverify_accuracy": round(mv_scores.accuracy, 4), "mathverify_f1": round(mv_scores.f1, 4),
        "mathverify_median_ms": mv["cold"]["median_ms"], "mathverify_p99_ms": mv["cold"]["p99_ms"],
        "speedup_vs_mathverify": round(ours["cold"]["cases_per_s"] / mv["cold"]["cases_per_s"], 2),
        "warm_speedup_vs_mathverify": round(ours["warm"]["cases_per_s"] / mv["warm"]["cases_per_s"], 2),
        "ours": ours, "mathverify": mv,
        "targets": {"heldout_accuracy": 0.95, "heldout3_accuracy": 0.95, "decided_precision": 0.995, "accuracy": 0.975,
                    "median_ms": 1.0, "p99_ms": 50.0, "speedup_vs_mathverify": 5.0},
    }))


if __name__ == "__main__":
    main()
