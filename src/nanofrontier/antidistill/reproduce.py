"""Antidistillation Sampling's reproduction: the teacher-utility vs distillability trade-off, scaled down.

Claims checked (the paper's Figures 1-3, Algorithm 1), each against a number measured in the run:
1. At matched teacher accuracy, students distilled from antidistillation traces sit far below students
   distilled from temperature-sampled traces. "Far": the gap (temperature student − antidistillation
   student, interpolated at the antidistillation point's teacher accuracy) averages at least FAR over
   the seeds at the best λ, and is positive in every seed.
2. The finite difference along g estimates the directional derivative of the proxy's log-probs: relative
   error against the exact JVP below 1e-2 at the ε used.
3. The sign check: ℓ(θ_P + εg) > ℓ(θ_P) > ℓ(θ_P − εg).
4. With the proxy itself as the student (the upper bound), the antidistillation students have the higher
   clean-trace loss at matched teacher accuracy (the accuracy gap is reported beside it).
5. At matched teacher accuracy, antidistillation students have a higher loss on the teacher's clean test
   traces (the held-out loss ℓ the sampler pushes up): a continuous measure that still moves when
   students are too weak for their accuracy to show anything.
6. What claims 1 and 5 rest on (transfer.py): the proxy's tilt ranks the teacher's candidates as the attacker
   student's own tilt would. Holds when the two agree (centred correlation over the top-5 candidates) at
   least half as well as the proxy agrees with itself across two halves of the held-out traces.

    nanofrontier reproduce --only antidistill          # quick: about seven minutes on 2 quiet cores

The run (teacher, proxies, traces, students) is the sweep of sweep.py; see docs/antidistill.md.
"""

from __future__ import annotations

import logging
from pathlib import Path

from nanofrontier.antidistill.sweep import SweepResult, run_sweep, summary, sweep_preset
from nanofrontier.core.report import Claim, Result

log = logging.getLogger(__name__)

FAR = 0.10  # at least 10 accuracy points below the temperature curve at the same teacher accuracy
FD_LIMIT = 1e-2
TRANSFER = 0.5  # the proxy-student agreement, as a fraction of the proxy's agreement with itself


def run(preset: str, out_dir: Path) -> Result:
    sweep = sweep_preset(preset)
    result = run_sweep(out_dir / "run", sweep)
    figures = summary(result)
    best, upper = figures["best_gap"], figures["proxy_as_student_best_gap"]
    claims = [_gap_claim(best), Claim(
        claim="the finite difference along g matches the exact directional derivative (forward-mode JVP)",
        paper="Δ̂ = [ℓ(θ+εg) − ℓ(θ−εg)] / 2ε (Eq. 6), error O(ε²)",
        measured=f"relative error {figures['fd_vs_jvp']:.2e} at ε = {figures['epsilon']:g}",
        holds=figures["fd_vs_jvp"] < FD_LIMIT), _sign_claim(result.grad),
              _upper_claim(upper, figures["proxy_as_student_best_nll_gap"]),
              _nll_claim(figures["best_nll_gap"]), _transfer_claim(result.transfer)]
    best_or = best or {}
    metrics = {"best_gap": best_or.get("mean"), "best_gap_lambda": best_or.get("lam"),
               "best_gap_per_seed": best_or.get("per_seed"), "best_gap_spread": best_or.get("spread"),
               "proxy_as_student_best_gap": None if upper is None else upper["mean"],
               "best_nll_gap": figures["best_nll_gap"], "nll_gaps_by_lambda": figures["nll_gaps"],
               "proxy_as_student_best_nll_gap": figures["proxy_as_student_best_nll_gap"],
               "gaps_by_lambda": figures["gaps"], "references": result.references, "epsilon": figures["epsilon"],
               "fd_vs_jvp": figures["fd_vs_jvp"], "sign_check": result.grad["sign_check"],
               "holdout_teacher_accuracy": result.grad["holdout_teacher_accuracy"], "transfer": result.transfer,
               "points": result.table}
    plots = list(result.plots)
    return Result(name="antidistill", title="antidistillation sampling: teacher accuracy kept, students poisoned?",
                  metrics=metrics, claims=claims, plots=plots, notes=_notes(result, sweep, best))


def _gap_claim(best: dict | None) -> Claim:
    paper = "antidistillation curve far below the temperature curve at equal teacher accuracy (Figs. 1-3)"
    claim = "at matched teacher accuracy, antidistillation students sit far below temperature students"
    if best is None:
        return Claim(claim=claim, paper=paper, holds=False,
                     measured="no antidistillation point fell within the temperature curve's teacher accuracies")
    seeds = ", ".join(f"seed {s}: {g * 100:+.1f}" for s, g in sorted(best["per_seed"].items()))
    holds = best["mean"] >= FAR and all(g > 0 for g in best["per_seed"].values())
    return Claim(claim=claim, paper=paper, holds=holds,
                 measured=f"gap {best['mean'] * 100:.1f} points at λ = {best['lam']:g} ({seeds}; spread "
                          f"{best['spread'] * 100:.1f}); needs >= {FAR * 100:.0f} and > 0 in every seed")


def _sign_claim(grad: dict) -> Claim:
    losses = grad["sign_check"]
    return Claim(claim="moving the proxy along g raises its held-out loss, against g lowers it",
                 paper="ℓ(θ_P + εg) > ℓ(θ_P) > ℓ(θ_P − εg) (g = ∇ℓ, Algorithm 1)",
                 measured=f"ℓ = {losses['plus']:.4f} > {losses['center']:.4f} > {losses['minus']:.4f} "
                          f"at ε = {grad['epsilon']:g}" if grad["sign_ok"] else
                          f"ℓ(+εg) {losses['plus']:.4f}, ℓ {losses['center']:.4f}, ℓ(−εg) {losses['minus']:.4f}",
                 holds=bool(grad["sign_ok"]))


def _nll_claim(best: dict | None) -> Claim:
    claim = ("at matched teacher accuracy, antidistillation students fit the teacher's clean traces worse "
             "(higher held-out NLL: the loss ℓ the sampler pushes up)")
    paper = "Δ > 0 means imitating the token raises the student's held-out loss (§3, Eq. 6)"
    if best is None:
        return Claim(claim=claim, paper=paper, holds=False, measured="no matched antidistillation point")
    seeds = ", ".join(f"seed {s}: {g:+.3f}" for s, g in sorted(best["per_seed"].items()))
    return Claim(claim=claim, paper=paper, holds=best["mean"] > 0 and all(g > 0 for g in best["per_seed"].values()),
                 measured=f"NLL higher by {best['mean']:.3f} nats/token at λ = {best['lam']:g} ({seeds}); "
                          "needs > 0 in every seed")


def _transfer_claim(report: dict | None) -> Claim:
    claim = "the proxy's tilt ranks the teacher's candidate tokens as the attacker student's own tilt would"
    paper = "the attack assumes the proxy's gradient stands for the student's (a shared tokenizer, §3)"
    if report is None:
        return Claim(claim=claim, paper=paper, holds=False, measured="not measured")
    got, control = report["proxy_vs_student"], report["proxy_half_vs_half"]
    free = got.get("with_freedom")
    free = "no position" if free is None else f"{free['correlation']:.3f} over {free['positions']} positions"
    return Claim(claim=claim, paper=paper, holds=got["correlation"] >= TRANSFER * control["correlation"],
                 measured=f"correlation {got['correlation']:.3f} (same top candidate {got['same_top_candidate']:.2f}, "
                          f"chance {report['chance_same_top_candidate']:.2f}) over {got['positions']} positions; "
                          f"where the teacher has freedom {free}; the proxy against itself "
                          f"(two halves of the traces) {control['correlation']:.3f}; needs >= {TRANSFER:g} x that")


def _upper_claim(upper: dict | None, upper_nll: dict | None) -> Claim:
    claim = ("with the proxy itself as the student (the upper bound), antidistillation students fit the clean "
             "traces worse than temperature students at matched teacher accuracy")
    paper = "the effect is largest when the student is the proxy the gradient was taken on"
    if upper_nll is None:
        return Claim(claim=claim, paper=paper, holds=False, measured="no matched point for the proxy as student")
    seeds = ", ".join(f"seed {s}: {g:+.3f}" for s, g in sorted(upper_nll["per_seed"].items()))
    accuracy = "" if upper is None else f"; accuracy gap {upper['mean'] * 100:+.1f} points at λ = {upper['lam']:g}"
    return Claim(claim=claim, paper=paper, holds=all(g > 0 for g in upper_nll["per_seed"].values()),
                 measured=f"NLL higher by {upper_nll['mean']:.3f} nats/token at λ = {upper_nll['lam']:g} ({seeds})"
                          f"{accuracy}; needs > 0")


def _notes(result: SweepResult, sweep, best: dict | None) -> str:
    rows = ["| sampler | seed | teacher acc | student acc | student NLL | proxy-as-student acc | traces right "
            "| digits shown |", "|---|---|---|---|---|---|---|---|"]
    for p in result.points:
        upper = "—" if p.proxy_student_acc is None else f"{p.proxy_student_acc:.3f}"
        rows.append(f"| {p.sampler} | {p.seed} | {p.teacher_acc:.3f} | {p.student_acc:.3f} | {p.student_nll:.3f} | "
                    f"{upper} | "
                    f"{p.traces_correct:.3f} | {p.shown:.2f} |")
    refs = "; ".join(f"{k} {v:.3f}" for k, v in result.references.items())
    return (f"Column addition of two numbers below {10 ** sweep.max_digits}, traces with answer-neutral choices "
            "(digits written out or not, operand order, carry notes, comments). Teacher 3x128, proxy 2x64, "
            f"attacker student 2x96 (byte vocabulary); {sweep.n_traces} train traces per sampler; "
            f"temperature τ in {list(sweep.taus)}, antidistillation at τ = {sweep.ads_tau:g} with λ in "
            f"{list(sweep.lambdas)}; students fine-tuned {sweep.student.steps} steps, accuracies on {sweep.n_test} "
            f"test problems; seeds {list(sweep.seeds)}. References: {refs}. ε = {result.grad['epsilon']:g}, "
            "g at unit norm.\n\n" + "\n".join(rows))
