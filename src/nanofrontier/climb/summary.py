"""`climb report`: what a work folder's stage 1 and searches found, as plots, report.json and report.md.

    out = write_report(Workspace("runs/climb"), "runs/climb/report")

Plots: predicted vs observed score per round (climb), the best observed score as proxies accumulate
(every search found), and the mixture weights per cluster (natural, uniform and each search's answer).
report.json holds, per search, its answer, rounds (Spearman of the predictor on each round's new
points, best score so far) and the driver's overhead; and stage 1's purity and ARI when labels exist.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from nanofrontier.climb.report import cluster_labels, mixture_bars, predicted_vs_observed, search_progress
from nanofrontier.climb.search import METHODS
from nanofrontier.climb.stage2 import load_search, open_shards, resolve_mixture
from nanofrontier.climb.workspace import Workspace
from nanofrontier.core.atomic import write_json_atomic, write_text_atomic
from nanofrontier.core.jsonio import read_json


def _rounds_table(method: str, result: dict) -> list[str]:
    lines = [f"### {method}", "", f"Answer: {result['chosen_by']}.", "",
             "| round | proxies | failed | best so far | Spearman (predicted vs observed) |", "|---|---|---|---|---|"]
    for r in result["rounds"]:
        rho = r["spearman"]
        rho_text = "—" if rho is None or (isinstance(rho, float) and math.isnan(rho)) else f"{rho:.3f}"
        lines.append(f"| {r['round']} | {r['proposed']} | {r['failed']} | {r['best_so_far']:.4g} | {rho_text} |")
    weights = ", ".join(f"{k} {v:.3f}" for k, v in result["mixture"].items() if v > 0)
    return lines + ["", f"Mixture: {weights}.", ""]


def write_report(ws: Workspace, out_dir: str | Path) -> dict:
    """Write the plots, report.json and report.md into out_dir; return what report.json holds."""
    out_dir = Path(out_dir)
    shards = open_shards(ws)
    plan = read_json(ws.clusters_json, expect=dict)["plan"] if ws.clusters_json.is_file() else {}
    labels = cluster_labels(plan.get("labels"))
    searches = {m: load_search(ws, m) for m in METHODS if (ws.search_dir(m) / "search.json").is_file()}
    if not searches:
        raise FileNotFoundError(f"{ws.root / 'search'}: no finished search to report (run `climb search`)")
    mixtures = {"natural": shards.natural_shares(), "uniform": resolve_mixture(ws, shards, "uniform")}
    mixtures.update({m: s["result"]["mixture"] for m, s in searches.items()})
    metric = next(iter(searches.values()))["proxy"]["metric"]
    ylabel = "-NLL of the correct answer" if metric == "nll" else metric
    plots = [mixture_bars(out_dir / "mixture_weights.png", mixtures, names=shards.names, labels=labels),
             search_progress(out_dir / "search_progress.png", {m: s["result"]["rows"] for m, s in searches.items()},
                             ylabel=ylabel)]
    if "climb" in searches:
        plots.append(predicted_vs_observed(out_dir / "predicted_vs_observed.png", searches["climb"]["result"]["rows"],
                                           ylabel=ylabel))
    summary = {
        "clusters": {"names": shards.names, "tokens": shards.token_counts, "main_source": labels,
                     **{k: plan["labels"][k] for k in ("purity", "ari") if plan.get("labels") and k in plan["labels"]}},
        "searches": {m: {"mixture": s["result"]["mixture"], "chosen_by": s["result"]["chosen_by"],
                         "best_observed": s["result"]["best_observed"]["score"],
                         "spearman": [r["spearman"] for r in s["result"]["rounds"]],
                         "best_so_far": [r["best_so_far"] for r in s["result"]["rounds"]],
                         "overhead_fraction": s["result"]["overhead_fraction"]} for m, s in searches.items()},
        "plots": [p.name for p in plots],
    }
    write_json_atomic(out_dir / "report.json", summary)
    lines = ["# CLIMB search report", "", f"Clusters: {len(shards.names)}; score: {ylabel}.", ""]
    if "purity" in summary["clusters"]:
        lines += [f"Against the hidden source labels: purity {summary['clusters']['purity']:.3f}, "
                  f"ARI {summary['clusters']['ari']:.3f}.", ""]
    for m, s in searches.items():
        lines += _rounds_table(m, s["result"])
    lines += [f"![{p.stem}]({p.name})" for p in plots]
    write_text_atomic(out_dir / "report.md", "\n".join(lines) + "\n")
    return json.loads(json.dumps(summary, default=str))
