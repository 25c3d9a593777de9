"""The reproduction report: each technique's measured results next to the paper's claims.

A technique's reproduction returns a `Result`; `write_report` turns a list of them into
`out_dir/README.md` (a summary table of every claim, then one section per technique) and
`out_dir/metrics.json`. A claim that does not hold, one not checked and a reproduction that crashed
are each shown as such, never hidden.

Every file is written atomically (core/atomic.py), so an
interrupted run leaves the previous report whole. Plots use matplotlib's object API on the Agg canvas,
imported lazily, so no global backend is switched and no pyplot figure is left open.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from nanofrontier.core.atomic import atomic_path, json_default, write_json_atomic, write_text_atomic

HOLDS, FAILS, NOT_CHECKED, CRASHED = "✅ holds", "❌ does not hold", "— not checked", "💥 failed"


@dataclass(frozen=True, kw_only=True)
class Claim:
    claim: str  # the paper's claim in words
    paper: str  # the paper's figure, e.g. "F1 > 95%"
    measured: str  # the figure measured here, e.g. "F1 = 96.1%"
    holds: bool | None  # None: not checked (e.g. an optional dependency is missing)


@dataclass(kw_only=True)
class Result:
    name: str  # technique, e.g. "core", "xverify"
    title: str  # one line, shown as the section heading
    metrics: dict[str, Any]  # JSON-serialisable numbers and strings
    claims: list[Claim]
    plots: list[Path] = field(default_factory=list)  # PNGs already written inside out_dir
    notes: str = ""  # markdown: what was run, on what samples, what is scaled down
    error: str | None = None  # the traceback, when the reproduction raised
    seconds: float = 0.0


# ------------------------------------------------------------------------------------------------
# plots


def _new_figure():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.4, 4.0), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save_png(fig, path: str | os.PathLike) -> Path:
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png")
    fig.clear()  # the figure is not registered with pyplot; clearing frees its artists now
    return Path(path)


def line_plot(
    path: str | os.PathLike,
    series: dict[str, tuple[Sequence[float], Sequence[float]]],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    logy: bool = False,
) -> Path:
    """One line per named series of (xs, ys); saved as PNG at `path`."""
    fig = _new_figure()
    ax = fig.add_subplot()
    for label, (xs, ys) in series.items():
        if len(xs) != len(ys):
            raise ValueError(
                f"line_plot {title!r}: series {label!r} has {len(xs)} x values, {len(ys)} y values"
            )
        ax.plot(list(xs), list(ys), label=label, marker="o" if len(xs) < 20 else None)
    if logy:
        ax.set_yscale("log")
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    ax.grid(True, alpha=0.3)
    if series:
        ax.legend()
    return _save_png(fig, path)


def bar_plot(path: str | os.PathLike, values: dict[str, float], *, title: str, ylabel: str) -> Path:
    """One labelled bar per entry; saved as PNG at `path`."""
    fig = _new_figure()
    ax = fig.add_subplot()
    bars = ax.bar(list(values), list(values.values()))
    ax.bar_label(bars, fmt="%.3g")
    ax.set(title=title, ylabel=ylabel)
    if len(values) > 4:
        ax.tick_params(axis="x", labelrotation=30)
    ax.grid(True, axis="y", alpha=0.3)
    return _save_png(fig, path)


# ------------------------------------------------------------------------------------------------
# markdown


def _cell(text: Any) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _format_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=json_default)
    return str(value)


def _holds_text(holds: bool | None) -> str:
    return {True: HOLDS, False: FAILS, None: NOT_CHECKED}[holds]


def error_headline(error: str) -> str:
    """The line that names the exception: a traceback's last line, otherwise the first line."""
    lines = [line for line in error.strip().splitlines() if line.strip()]
    if not lines:
        return "(no message)"
    return lines[-1].strip() if lines[0].startswith("Traceback") else lines[0].strip()


def summarize(results: Sequence[Result]) -> str:
    """One line: claims held of those checked, claims unmet, not checked, reproductions failed."""
    claims = [c for r in results for c in r.claims]
    held = sum(c.holds is True for c in claims)
    unmet = sum(c.holds is False for c in claims)
    unchecked = sum(c.holds is None for c in claims)
    failed = [r.name for r in results if r.error is not None]
    line = f"{held}/{len(claims)} claims hold, {unmet} do not, {unchecked} not checked"
    line += f"; {len(failed)} of {len(results)} reproductions failed"
    return line + (f" ({', '.join(failed)})" if failed else "")


def _versions() -> str:
    found = []
    for dist in ("nanofrontier", "torch", "numpy", "matplotlib"):
        try:
            found.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    return ", ".join(found)


def _plot_link(plot: Path, out_dir: Path | None) -> str:
    if out_dir is None:
        return Path(plot).as_posix()
    return Path(os.path.relpath(Path(plot).resolve(), Path(out_dir).resolve())).as_posix()


def _summary_rows(result: Result) -> list[str]:
    name = _cell(result.name)
    rows = [
        f"| {name} | {_cell(c.claim)} | {_cell(c.paper)} | {_cell(c.measured)} | {_holds_text(c.holds)} |"
        for c in result.claims
    ]
    if result.error is not None:
        rows.append(
            f"| {name} | reproduction failed | — | — | {CRASHED}: `{_cell(error_headline(result.error))}` |"
        )
    elif not rows:
        rows.append(f"| {name} | (no claims recorded) | — | — | {NOT_CHECKED} |")
    return rows


def _section(result: Result, out_dir: Path | None) -> list[str]:
    status = "failed" if result.error is not None else "ran"
    out = [f"## {result.name}: {result.title}", "", f"*{status} in {result.seconds:.1f} s*", ""]
    if result.metrics:
        out += ["| metric | value |", "|---|---|"]
        out += [f"| {_cell(k)} | {_cell(_format_value(v))} |" for k, v in result.metrics.items()]
        out.append("")
    out += [f"![{Path(p).stem}]({_plot_link(p, out_dir)})" for p in result.plots]
    if result.plots:
        out.append("")
    if result.notes.strip():
        out += [result.notes.strip(), ""]
    if result.error is not None:
        out += ["```text", result.error.rstrip(), "```", ""]
    return out


def render_report(results: Sequence[Result], *, preset: str, out_dir: str | os.PathLike | None = None) -> str:
    """The README as markdown. Plot links are made relative to `out_dir` when it is given."""
    out_dir = Path(out_dir) if out_dir is not None else None
    lines = [
        "# nanofrontier: reproductions",
        "",
        f"Preset `{preset}`. {_versions()}.",
        "",
        f"**{summarize(results)}.**",
        "",
        "| technique | claim | paper | measured here | holds |",
        "|---|---|---|---|---|",
    ]
    for result in results:
        lines += _summary_rows(result)
    lines.append("")
    for result in results:
        lines += _section(result, out_dir)
    return "\n".join(lines).rstrip() + "\n"


def write_report(results: Sequence[Result], out_dir: str | os.PathLike, *, preset: str) -> Path:
    """Write out_dir/README.md and out_dir/metrics.json; return the README's path."""
    names = [r.name for r in results]
    if len(set(names)) != len(names):
        raise ValueError(f"write_report: result names must be unique, got {names}")
    out_dir = Path(out_dir)
    metrics = {
        r.name: {
            "title": r.title,
            "metrics": r.metrics,
            "claims": [asdict(c) for c in r.claims],
            "plots": [_plot_link(p, out_dir) for p in r.plots],
            "error": r.error,
            "seconds": r.seconds,
        }
        for r in results
    }
    write_json_atomic(out_dir / "metrics.json", metrics)
    readme = out_dir / "README.md"
    write_text_atomic(readme, render_report(results, preset=preset, out_dir=out_dir))
    return readme
