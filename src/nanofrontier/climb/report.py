"""Plots and a summary of a search: predicted vs observed score per round, the best score as proxies
accumulate, mixture weights per cluster, and final models' mean and spread.

    predicted_vs_observed("pvo.png", result.rows)
    search_progress("progress.png", {"climb": climb.rows, "regmix": regmix.rows})
    mixture_bars("weights.png", {"natural": natural, "climb": climb.mixture}, names=shards.names)
    error_bars("final.png", {"climb": (mean, std), ...}, ylabel="test NLL")

Figures use matplotlib's object API on the Agg canvas (no pyplot state) and are written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from nanofrontier.core.atomic import atomic_path


def _figure(width: float = 6.4, height: float = 4.0):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path: str | os.PathLike) -> Path:
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png")
    fig.clear()
    return Path(path)


def predicted_vs_observed(path: str | os.PathLike, rows: Sequence[dict], *, title: str = "climb: predictor",
                          ylabel: str = "observed score") -> Path:
    """One colour per round (>= 2): the score the predictor gave a proxy before it ran, against the score
    it got; the diagonal is a perfect predictor."""
    fig = _figure()
    ax = fig.add_subplot()
    points = [r for r in rows if r["status"] == "ok" and r.get("predicted") is not None]
    for rnd in sorted({r["round"] for r in points}):
        mine = [r for r in points if r["round"] == rnd]
        ax.scatter([r["predicted"] for r in mine], [r["score"] for r in mine], label=f"round {rnd}", s=18)
    if points:
        values = [r["predicted"] for r in points] + [r["score"] for r in points]
        lo, hi = min(values), max(values)
        ax.plot([lo, hi], [lo, hi], color="grey", linewidth=0.8, linestyle="--", label="predicted = observed")
        ax.legend()
    ax.set(title=title, xlabel="predicted score (fit on earlier rounds)", ylabel=ylabel)
    ax.grid(True, alpha=0.3)
    return _save(fig, path)


def search_progress(path: str | os.PathLike, runs: Mapping[str, Sequence[dict]], *,
                    title: str = "best observed proxy score", ylabel: str = "score") -> Path:
    """Best score so far against proxies run, one line per search; round boundaries are marked."""
    fig = _figure()
    ax = fig.add_subplot()
    for name, rows in runs.items():
        scores = [r["score"] if r["status"] == "ok" else -np.inf for r in rows]
        best = np.maximum.accumulate(scores) if scores else []
        ax.plot(range(1, len(best) + 1), best, label=name, marker="o", markersize=3)
        ends = [k + 1 for k in range(len(rows) - 1) if rows[k]["round"] != rows[k + 1]["round"]]
        for end in ends:
            ax.axvline(end + 0.5, color="grey", linewidth=0.6, linestyle=":")
    ax.set(title=title, xlabel="proxies run", ylabel=ylabel)
    ax.grid(True, alpha=0.3)
    if runs:
        ax.legend()
    return _save(fig, path)


def mixture_bars(path: str | os.PathLike, mixtures: Mapping[str, Mapping[str, float]], *, names: Sequence[str],
                 labels: Mapping[str, str] | None = None, title: str = "mixture weights per cluster") -> Path:
    """Grouped bars: for each cluster, one bar per mixture. `labels` can name clusters (e.g. their main source)."""
    fig = _figure(max(6.4, 0.9 * len(names) + 2), 4.2)
    ax = fig.add_subplot()
    width = 0.8 / max(1, len(mixtures))
    xs = np.arange(len(names))
    for k, (mix_name, mix) in enumerate(mixtures.items()):
        ax.bar(xs + (k - (len(mixtures) - 1) / 2) * width, [mix.get(n, 0.0) for n in names], width, label=mix_name)
    ax.set_xticks(xs, [f"{n}\n{labels[n]}" if labels and n in labels else n for n in names], fontsize=8)
    ax.set(title=title, ylabel="weight")
    ax.grid(True, axis="y", alpha=0.3)
    ax.legend(fontsize=8)
    return _save(fig, path)


def error_bars(path: str | os.PathLike, values: Mapping[str, tuple[float, float]], *, title: str,
               ylabel: str) -> Path:
    """One bar per entry at its mean, with a ±std error bar."""
    fig = _figure()
    ax = fig.add_subplot()
    means = [m for m, _ in values.values()]
    bars = ax.bar(list(values), means, yerr=[s for _, s in values.values()], capsize=5)
    ax.bar_label(bars, fmt="%.3f", padding=8)
    ax.set(title=title, ylabel=ylabel)
    if means:
        lo, hi = min(means), max(means)
        pad = max(hi - lo, 1e-3)
        ax.set_ylim(lo - pad, hi + pad)
    ax.grid(True, axis="y", alpha=0.3)
    return _save(fig, path)


def cluster_labels(plan_labels: Mapping | None) -> dict[str, str]:
    """Cluster -> "source 97%" (its main hidden source), from a ClusterPlan's `labels` report."""
    if not plan_labels:
        return {}
    out = {}
    for name, info in plan_labels["clusters"].items():
        if info["sources"]:
            source, share = next(iter(info["sources"].items()))
            out[name] = f"{source} {share:.0%}"
    return out
