"""The trade-off between teacher utility and distillability: points, the gap at matched teacher accuracy, the plot.

Each sampler setting is one point: x = the teacher's accuracy under that sampler, y = the accuracy of
the student distilled from its traces (the paper's Figures 1-3). The antidistillation curve is compared
with the temperature curve *at the same teacher accuracy*: for every antidistillation point, the
temperature curve (its points ordered by teacher accuracy) is interpolated linearly at that point's
teacher accuracy, and the gap is that value minus the antidistillation student's accuracy. A point
outside the temperature curve's teacher-accuracy range (beyond `TOLERANCE`) has no match and no gap.

    gaps = matched_gaps(points)        # {lambda: {seed: gap}}
    best = best_gap(gaps)              # the λ with the largest mean gap, its mean and per-seed gaps
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nanofrontier.core.report import line_plot

TOLERANCE = 0.02  # a point this far beyond the temperature curve's range still counts as matched (clamped)


@dataclass(frozen=True, kw_only=True)
class Point:
    sampler: str  # Sampler.label
    family: str  # "temperature", "antidistill" or "reference"
    tau: float
    lam: float
    seed: int
    teacher_acc: float  # the teacher under this sampler, on the test problems
    student_acc: float  # the attacker student distilled from this sampler's traces, greedy, same problems
    student_nll: float = float("nan")  # its completion NLL on the teacher's greedy test traces (nats/token)
    proxy_student_acc: float | None = None  # the proxy's own shape and weights as the student (upper bound)
    proxy_student_nll: float | None = None
    traces_correct: float = float("nan")  # fraction of the train traces whose answer is right
    shown: float = float("nan")  # fraction of the traces' column lines that write their digits out


def interpolate(curve: Sequence[tuple[float, float]], x: float) -> float | None:
    """y of a curve [(x, y)] at x (linear; equal x averaged); None when x is beyond its range by > TOLERANCE."""
    by_x: dict[float, list[float]] = {}
    for cx, cy in curve:
        by_x.setdefault(cx, []).append(cy)
    xs = sorted(by_x)
    if not xs or x < xs[0] - TOLERANCE or x > xs[-1] + TOLERANCE:
        return None
    ys = [statistics.fmean(by_x[v]) for v in xs]
    return float(np.interp(x, xs, ys))


def matched_gaps(points: Sequence[Point], key: str = "student_acc") -> dict[float, dict[int, float]]:
    """{λ: {seed: how much worse the antidistillation student is than the temperature curve at the same
    teacher accuracy}} for every antidistillation point that has a match: temperature − antidistillation for
    an accuracy, antidistillation − temperature for a loss (`key` ending in "_nll"). `key` picks the student
    and the measure ("proxy_student_acc": the upper bound; "student_nll": the clean-trace loss)."""
    sign = -1.0 if key.endswith("_nll") else 1.0
    gaps: dict[float, dict[int, float]] = {}
    for ads in points:
        if ads.family != "antidistill" or getattr(ads, key) is None:
            continue
        curve = [(p.teacher_acc, getattr(p, key)) for p in points
                 if p.family == "temperature" and p.seed == ads.seed and getattr(p, key) is not None]
        matched = interpolate(curve, ads.teacher_acc)
        if matched is not None:
            gaps.setdefault(ads.lam, {})[ads.seed] = sign * (matched - getattr(ads, key))
    return gaps


def best_gap(gaps: dict[float, dict[int, float]]) -> dict | None:
    """The λ with the largest gap averaged over seeds, among the λs matched in the most seeds (a λ matched in
    one seed of two does not win on that seed alone): {"lam", "mean", "per_seed", "spread"}; None if no gap."""
    if not gaps:
        return None
    lam = max(gaps, key=lambda k: (len(gaps[k]), statistics.fmean(gaps[k].values())))
    per_seed = gaps[lam]
    return {"lam": lam, "mean": statistics.fmean(per_seed.values()), "per_seed": per_seed,
            "spread": max(per_seed.values()) - min(per_seed.values())}


def plot_tradeoff(points: Sequence[Point], path: str | Path, references: dict[str, float] | None = None, *,
                  key: str = "student_acc") -> Path:
    """Student accuracy (or, with key="student_nll", the student's clean-trace NLL) vs teacher accuracy, one
    line per family and seed (and the proxy-as-student lines)."""
    upper_key = f"proxy_{key}"
    series: dict[str, tuple[list[float], list[float]]] = {}
    names = {"temperature": "temperature (λ=0)", "antidistill": "antidistillation"}
    for family, name in names.items():
        for seed in sorted({p.seed for p in points if p.family == family}):
            row = [p for p in points if p.family == family and p.seed == seed]
            series[f"{name}, seed {seed}"] = ([p.teacher_acc for p in row], [getattr(p, key) for p in row])
            upper = [p for p in row if getattr(p, upper_key) is not None]
            if upper:
                series[f"{name}, proxy as student, seed {seed}"] = (
                    [p.teacher_acc for p in upper], [getattr(p, upper_key) for p in upper])
    xs = [p.teacher_acc for p in points] or [0.0, 1.0]
    for label, value in (references or {}).items():
        series[label] = ([min(xs), max(xs)], [value, value])  # a level, drawn across the points' range
    nll = key.endswith("_nll")
    return line_plot(path, series, title=f"antidistill: student {'loss' if nll else 'accuracy'} vs teacher accuracy",
                     xlabel="teacher accuracy", ylabel="student NLL on clean teacher traces (nats/token)" if nll
                     else "student accuracy (greedy)")
