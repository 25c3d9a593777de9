"""`nanofrontier reproduce`: run each technique's tiny reproduction and write the report.

    nanofrontier reproduce                                   # all, quick preset, into report/
    nanofrontier reproduce --only core,xverify --preset full --out /tmp/report

Each technique's module defines `run(preset: str, out_dir: Path) -> Result` (see core/report.py)
and gets `out_dir/<name>/` to itself. A reproduction that raises, on import included, is recorded
as failed with its traceback and the others still run; the exit code is 1 only then. A claim that
does not hold is a result, not a crash: it is shown as such in the report and the exit code is 0.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from nanofrontier.core.report import Result, error_headline, summarize, write_report

log = logging.getLogger(__name__)

# name -> module that defines run(preset, out_dir) -> Result. A technique adds one line here.
REPRODUCTIONS: dict[str, str] = {
    "core": "nanofrontier.core.reproduce",
    "xverify": "nanofrontier.xverify.reproduce",
    "bitnet": "nanofrontier.bitnet.reproduce",
    "prima": "nanofrontier.prima.reproduce",
    "climb": "nanofrontier.climb.reproduce",
    "antidistill": "nanofrontier.antidistill.reproduce",
    "genius": "nanofrontier.genius.reproduce",
    "internvl": "nanofrontier.internvl.reproduce",
    "seaweed": "nanofrontier.seaweed.reproduce",
}
PRESETS = ("quick", "full")


def run_one(name: str, module: str, *, preset: str, out_dir: Path) -> Result:
    """Run one reproduction in out_dir/<name>/; any exception becomes a failed Result."""
    start = time.perf_counter()
    try:
        own_dir = Path(out_dir) / name
        own_dir.mkdir(parents=True, exist_ok=True)
        result = importlib.import_module(module).run(preset, own_dir)
        if not isinstance(result, Result):
            raise TypeError(f"{module}.run returned {type(result).__name__}, expected Result")
        result.name = name  # the registry's name is the one the report and metrics.json use
    except Exception:
        result = Result(
            name=name, title="reproduction failed", metrics={}, claims=[], error=traceback.format_exc()
        )
        log.error("%s failed: %s", name, error_headline(result.error))
    result.seconds = time.perf_counter() - start
    return result


def run_reproductions(
    names: Sequence[str],
    *,
    preset: str,
    out_dir: Path,
    progress: bool = True,
    registry: dict[str, str] | None = None,
) -> list[Result]:
    """Run the named reproductions in order (duplicates once); return their Results."""
    registry = REPRODUCTIONS if registry is None else registry
    unknown = [n for n in names if n not in registry]
    if unknown:
        raise ValueError(f"unknown reproduction(s) {', '.join(unknown)}; valid: {', '.join(registry)}")
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; valid: {', '.join(PRESETS)}")
    names = list(dict.fromkeys(names))
    results = []
    bar = tqdm(
        names,
        desc="reproduce",
        unit="technique",
        file=sys.stderr,
        disable=not progress or not sys.stderr.isatty(),
    )
    for name in bar:
        bar.set_postfix_str(name)
        log.info("%s: running %s (preset %s) into %s", name, registry[name], preset, Path(out_dir) / name)
        result = run_one(name, registry[name], preset=preset, out_dir=Path(out_dir))
        if result.error is None:
            log.info("%s: done in %.1f s; %s", name, result.seconds, summarize([result]))
        results.append(result)
    return results


def _parse_args(argv: list[str] | None, registry: dict[str, str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="nanofrontier reproduce",
        description="Run each technique's tiny reproduction; write README.md, metrics.json and plots.",
    )
    parser.add_argument(
        "--only", default=None, help=f"comma-separated subset of: {', '.join(registry)} (default: all)"
    )
    parser.add_argument("--preset", choices=PRESETS, default="quick")
    parser.add_argument("--out", type=Path, default=Path("report"), help="report folder (default: report/)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar, warnings only")
    args = parser.parse_args(argv)
    if args.only is None:
        args.only = list(registry)
    else:
        args.only = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in args.only if n not in registry]
        if unknown or not args.only:
            parser.error(
                f"--only: unknown reproduction(s) {', '.join(unknown) or '(none given)'}; "
                f"valid: {', '.join(registry)}"
            )
    return args


def _main(argv: list[str] | None, registry: dict[str, str]) -> int:
    args = _parse_args(argv, registry)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(asctime)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    with logging_redirect_tqdm():
        results = run_reproductions(
            args.only, preset=args.preset, out_dir=args.out, progress=not args.quiet, registry=registry
        )
    readme = write_report(results, args.out, preset=args.preset)
    print(f"report: {readme}")
    print(summarize(results))
    return 1 if any(r.error is not None for r in results) else 0


def main(argv: list[str] | None = None) -> int:
    return _main(argv, REPRODUCTIONS)


if __name__ == "__main__":
    sys.exit(main())
