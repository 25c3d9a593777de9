"""xverify's reproduction: accuracy and F1 of the rules-only cascade (and of the cascade with a judge
when one is given) against Math-Verify, per kind, on the project's own labelled evaluation set.

The paper's claim tested: a verifier of this kind reaches F1 and accuracy above 95% (xVerify-0.5B-I:
96.69 F1 / 96.85 Acc on VAR's test set). No judge model can be downloaded here, so the cascade with
a judge is reported as not checked unless `run_eval(..., judge=...)` is called with one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from nanofrontier.core.report import Claim, Result, bar_plot
from nanofrontier.xverify.cases import Case, CaseError, read_cases
from nanofrontier.xverify.datasets import dataset_path
from nanofrontier.xverify.score import Scores, score_by_kind
from nanofrontier.xverify.verdict import CORRECT, INCORRECT
from nanofrontier.xverify.verify import verify_case

log = logging.getLogger(__name__)

EVAL_SET = dataset_path("eval")
DEV_SET = dataset_path("dev")  # written separately; the rules were developed against it
FRESH_SET = dataset_path("fresh")  # a third author, written after the rules; never used to develop them
TARGET = 0.95


def load_eval_set(path: Path = EVAL_SET) -> list[Case]:
    if not path.exists():
        raise FileNotFoundError(f"{path}: the xverify evaluation set is missing")
    cases, errors = [], []
    for item in read_cases(path):
        (errors if isinstance(item, CaseError) else cases).append(item)
    if errors:
        raise ValueError(f"{len(errors)} malformed lines in the evaluation set, first: {errors[0].error}")
    return cases


def mathverify_verdict(case: Case) -> str:
    """Math-Verify's default pipeline: parse the reference and the whole output, then verify."""
    from math_verify import parse
    from math_verify import verify as mv_verify

    try:
        gold = parse(case.reference)
        if not gold:
            gold = parse(f"${case.reference}$")
        return CORRECT if mv_verify(gold, parse(case.output)) else INCORRECT
    except Exception:  # Math-Verify raises on some inputs; count it as its Incorrect
        return INCORRECT


def run_eval(cases: Sequence[Case], *, judge=None) -> tuple[dict[str, Scores], list[str]]:
    verdicts = [verify_case(c, judge=judge) for c in cases]
    kinds = [c.kind or v.kind for c, v in zip(cases, verdicts, strict=True)]
    scores = score_by_kind([v.verdict for v in verdicts], [c.label for c in cases], kinds)
    return scores, [v.verdict for v in verdicts]


def run(preset: str, out_dir: Path) -> Result:
    cases = load_eval_set()
    ours, verdicts = run_eval(cases)
    overall = ours["all"]
    metrics: dict = {"cases": len(cases), "accuracy": overall.accuracy, "f1": overall.f1}
    if DEV_SET.exists():
        dev = run_eval(load_eval_set(DEV_SET))[0]["all"]
        metrics.update(devset_cases=dev.n, devset_accuracy=dev.accuracy, devset_f1=dev.f1)
    fresh = run_eval(load_eval_set(FRESH_SET))[0]
    held = fresh["all"]
    metrics.update(fresh_cases=held.n, fresh_accuracy=held.accuracy, fresh_f1=held.f1,
                   fresh_by_kind={kind: round(s.accuracy, 4) for kind, s in fresh.items()})
    try:
        mv = [mathverify_verdict(c) for c in cases]
        baseline = score_by_kind(mv, [c.label for c in cases], [c.kind or "unknown" for c in cases])
        metrics.update(mathverify_accuracy=baseline["all"].accuracy, mathverify_f1=baseline["all"].f1)
    except ImportError:
        baseline = None
    claims = [
        Claim(claim="a verifier of this kind reaches F1 and accuracy above 95% (rules-only cascade)",
              paper="F1 > 95%, Acc > 95% (xVerify-0.5B-I: 96.69 / 96.85)",
              measured=f"F1 {overall.f1:.2%}, Acc {overall.accuracy:.2%} on {overall.n} cases "
                       f"(fresh held-out set: F1 {held.f1:.2%}, Acc {held.accuracy:.2%})",
              holds=overall.f1 > TARGET and overall.accuracy > TARGET),
        Claim(claim="... and on a set written after the rules, by another author (generalisation)",
              paper="F1 > 95%, Acc > 95%", measured=f"F1 {held.f1:.2%}, Acc {held.accuracy:.2%} on {held.n} cases",
              holds=held.f1 > TARGET and held.accuracy > TARGET),
        Claim(claim="the cascade with a judge model reaches F1 and accuracy above 95%",
              paper="F1 > 95%, Acc > 95%", measured="not run: no judge checkpoint or endpoint given", holds=None),
    ]
    if baseline is not None:
        mv_all = baseline["all"]
        claims.append(Claim(claim="rule-based Math-Verify falls well short on mixed-kind data",
                            paper="Math-Verify: 45.64 F1 / 65.91 Acc on VAR test",
                            measured=f"F1 {mv_all.f1:.2%}, Acc {mv_all.accuracy:.2%}", holds=mv_all.accuracy < TARGET))
    plots = [bar_plot(out_dir / "accuracy_by_kind.png",
                      {f"{name} {kind}": s.accuracy * 100 for name, table in (("ours", ours), ("MV", baseline or {}))
                       for kind, s in table.items()},
                      title="xverify: accuracy by kind (ours vs Math-Verify)", ylabel="accuracy (%)")]
    return Result(name="xverify", title="a rules-first answer verifier vs Math-Verify on our labelled set",
                  metrics=metrics, claims=claims, plots=plots, notes=_notes(ours, baseline))


def _notes(ours: dict[str, Scores], baseline: dict[str, Scores] | None) -> str:
    rows = ["| kind | n | ours Acc | ours F1 | Math-Verify Acc | Math-Verify F1 |", "|---|---|---|---|---|---|"]
    for kind, s in ours.items():
        b = baseline.get(kind) if baseline else None
        mv = f"{b.accuracy:.2%} | {b.f1:.2%}" if b else "— | —"
        rows.append(f"| {kind} | {s.n} | {s.accuracy:.2%} | {s.f1:.2%} | {mv} |")
    return ("The evaluation set (`xverify/data/var_eval.jsonl`) was written for this project in VAR's "
            "format: four kinds, English and Chinese, long reasoning outputs with the traps VAR's authors list. "
            "F1 counts Correct as the positive class, as the paper does. Three sets, three authors: the "
            "rules were developed on the failures of this set and of a development set (`var_dev.jsonl`, "
            "figures under `devset_*`). All of this set has been inspected while the rules were written, so its "
            "figure is a development figure. The held-out figure is "
            "`var_fresh.jsonl` (`fresh_*`): written by a third author who read neither the rules nor the "
            "other sets, after the rules, and never used to change them. The gap between the two is the honest "
            "measure of how much the rules are fitted to their authors' phrasing; short answers (aliases, "
            "transliterations, names) are where it is largest, and they are what the optional judge is for.\n\n"
            + "\n".join(rows))
