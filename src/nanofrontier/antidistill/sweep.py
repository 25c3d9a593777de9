"""The experiment: teacher traces under two sampler families, students distilled from each, the trade-off.

One point = (sampler, seed): the teacher writes train traces with the sampler, its accuracy is measured
with the same sampler on test problems ("teacher utility"), a student is distilled from the traces and
evaluated greedily on the same test problems. Two families, as in the paper's figures:

- temperature: λ = 0, τ over `taus`;
- antidistillation: τ = `ads_tau`, λ over `lambdas` (log-spaced), ε from the gradient file. The
  preset's λs are relative: each is divided by the RMS of the tilt Δ̂ on held-out traces (g.json's
  `delta_rms`), so that λ = 1 tilts the logits by about one logit, whatever the proxy's curvature.

References: the undistilled student, a student distilled from greedy ("clean") teacher traces, and the
proxy-equals-student runs (the proxy's own shape and weights as the student: an upper bound on the effect).

    result = run_sweep(Path("runs/ad"), sweep_preset("quick"))   # every step resumes from its files
    result.table                                                   # one row per point, also in table.json

Layout of the run directory: teacher/, proxy/, student-base/ (Hugging Face directories), holdout.jsonl,
g.safetensors, g.json, transfer.json (transfer.py: does the proxy's tilt rank tokens as the student's own
would?), points/<sampler>/seed<k>/{traces.jsonl, teacher.json, student/, student.json, proxy-student/,
proxy-student.json}, table.json, tradeoff.png.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from tqdm import tqdm

from nanofrontier.antidistill.distill import DistillConfig
from nanofrontier.antidistill.gradient import load_grad
from nanofrontier.antidistill.models import ROLES, TrainSpec, pretrain_base, train_teacher
from nanofrontier.antidistill.pipeline import (
    distill_step,
    eval_step,
    grad_step,
    nll_step,
    sample_step,
    trainable_copy,
)
from nanofrontier.antidistill.processor import PerturbedPair
from nanofrontier.antidistill.task import shown_fraction, split_problems
from nanofrontier.antidistill.traces import Sampler, read_examples, read_traces
from nanofrontier.antidistill.tradeoff import Point, best_gap, matched_gaps, plot_tradeoff
from nanofrontier.antidistill.transfer import transfer_step
from nanofrontier.core.atomic import write_json_atomic

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class SweepPreset:
    n_train: int  # problems the teacher is trained on; the first n_traces of them are re-sampled as train traces
    n_traces: int  # train traces per sampler
    n_holdout: int = 300  # greedy teacher traces the proxy's gradient is taken on
    n_test: int = 300  # teacher and student accuracy
    teacher: TrainSpec
    base: TrainSpec  # the proxy's and the student's pre-training on generic arithmetic text (never the task)
    student: DistillConfig
    taus: tuple[float, ...] = (0.5, 0.9, 1.3)
    ads_tau: float = 0.5
    lambdas: tuple[float, ...] = (0.8, 1.06, 1.4)  # relative: divided by the RMS of Δ̂ (log-spaced)
    eps_grid: tuple[float, ...] = (1e-1, 3e-2, 1e-2, 3e-3, 1e-3)
    seeds: tuple[int, ...] = (0, 1)
    proxy_student_seeds: tuple[int, ...] = (0,)
    task_seed: int = 0
    max_digits: int = 2


def sweep_preset(name: str) -> SweepPreset:
    """`quick`: the reproduction's (about seven minutes on 2 quiet cores); `full`: more
    traces, steps and seeds; `test`: seconds, for the test suite (numbers meaningless)."""
    if name == "quick":
        return SweepPreset(n_train=4000, n_traces=800, teacher=TrainSpec(steps=600, batch_size=64),
                           base=TrainSpec(steps=600, batch_size=32), student=DistillConfig(steps=500, batch_size=32))
    if name == "full":
        return SweepPreset(n_train=8000, n_traces=2000, n_test=500, teacher=TrainSpec(steps=1500, batch_size=64),
                           base=TrainSpec(steps=1500, batch_size=32), student=DistillConfig(steps=1200, batch_size=32),
                           taus=(0.5, 0.7, 0.9, 1.1, 1.3, 1.5), lambdas=(0.3, 0.6, 1.0, 1.4, 2.0),
                           seeds=(0, 1, 2), proxy_student_seeds=(0, 1, 2))
    if name == "test":
        return SweepPreset(n_train=64, n_traces=16, n_holdout=8, n_test=8, teacher=TrainSpec(steps=4, batch_size=8),
                           base=TrainSpec(steps=2, batch_size=4), student=DistillConfig(steps=2, batch_size=4),
                           taus=(1.0, 2.0), lambdas=(0.1,), eps_grid=(1e-2,), seeds=(0,))
    raise ValueError(f"unknown sweep preset {name!r} (known: quick, full, test)")


@dataclass
class SweepResult:
    points: list[Point]  # both families and the greedy ("clean traces") reference, every seed
    references: dict[str, float]  # undistilled student, clean-trace student (mean over seeds)
    grad: dict  # grad_step's report
    plot: Path | None = None  # student accuracy vs teacher accuracy
    plots: list[Path] = dataclasses.field(default_factory=list)  # that one, then student NLL vs teacher accuracy
    transfer: dict | None = None  # transfer.py's report: the proxy's tilt against the student's own

    @property
    def table(self) -> list[dict]:
        return [asdict(p) for p in self.points]


def samplers(preset: SweepPreset, eps: float, delta_rms: float = 1.0) -> list[Sampler]:
    """Both families: temperature (λ = 0) over taus, then antidistillation at ads_tau over lambdas / delta_rms."""
    return ([Sampler(tau=t) for t in preset.taus]
            + [Sampler(tau=preset.ads_tau, lam=float(f'{lam / delta_rms:.4g}'), eps=eps) for lam in preset.lambdas])


def run_sweep(out: Path, preset: SweepPreset, *, progress: bool = False, workers: int | None = None) -> SweepResult:
    """The whole experiment into `out` (module docstring); every step skips what its files already hold.

    Traces and teacher accuracies are made in this process; the students (the bulk of the work, all
    independent) are distilled by `workers` processes of one thread each (default: one per core, at most
    2; 1 runs them here)."""
    out.mkdir(parents=True, exist_ok=True)
    train, holdout, test = split_problems(preset.n_train, preset.n_holdout, preset.n_test, seed=preset.task_seed,
                                          max_digits=preset.max_digits)
    teacher = train_teacher(out / "teacher", train, ROLES["teacher"], preset.teacher, progress=progress or None)
    proxy = pretrain_base(out / "proxy", ROLES["proxy"], preset.base, progress=progress or None)
    pretrain_base(out / "student-base", ROLES["student"], preset.base, progress=progress or None)
    grad = grad_step(teacher, proxy, holdout, out / "g.safetensors", proxy_name="proxy", eps_grid=preset.eps_grid)
    pair = PerturbedPair(proxy, load_grad(out / "g.safetensors", proxy, proxy_name="proxy"), grad["epsilon"],
                         name="proxy")
    student_base = trainable_copy(out / "student-base").eval()
    transfer = transfer_step(teacher, proxy, student_base, read_examples(out / "holdout.jsonl"),
                             out / "transfer.json")
    clean = sample_step(teacher, test, Sampler(tau=0.0), out / "test-clean.jsonl")  # what ℓ is measured on
    references = {"undistilled student": eval_step(student_base, test, Sampler(tau=0.0), out / "undistilled.json"),
                  "undistilled student NLL": nll_step(student_base, clean, out / "undistilled.nll.json")}
    settings = [*samplers(preset, pair.eps, grad["delta_rms"]), Sampler(tau=0.0)]
    grid = [(sampler, seed) for seed in preset.seeds for sampler in settings]
    sampled = [_sample_point(out, teacher, pair, sampler, seed, train[:preset.n_traces], test)
               for sampler, seed in tqdm(grid, desc="antidistill traces", disable=not progress, file=sys.stderr)]
    jobs = [job for (sampler, seed), point in zip(grid, sampled, strict=True)
            for job in _student_jobs(out, preset, sampler, seed, point["dir"])]
    accs = _run_students(jobs, test, clean, workers, progress)
    points = [_point(sampler, seed, info, accs) for (sampler, seed), info in zip(grid, sampled, strict=True)]
    write_json_atomic(out / "table.json", [asdict(p) for p in points])
    clean_points = [p for p in points if p.family == "reference"]
    references["student on greedy teacher traces"] = statistics.fmean(p.student_acc for p in clean_points)
    references["student on greedy teacher traces NLL"] = statistics.fmean(p.student_nll for p in clean_points)
    curves = [p for p in points if p.family != "reference"]
    plots = [plot_tradeoff(curves, out / "tradeoff.png", {k: v for k, v in references.items() if "NLL" not in k}),
             plot_tradeoff(curves, out / "tradeoff-nll.png",  # the undistilled level (~3 nats) would hide the rest
                           {k: v for k, v in references.items() if "NLL" in k and "undistilled" not in k},
                           key="student_nll")]
    return SweepResult(points=points, references=references, grad=grad, plot=plots[0], plots=plots,
                       transfer=transfer)


def _sample_point(out: Path, teacher, pair: PerturbedPair, sampler: Sampler, seed: int, problems, test) -> dict:
    """A point's train traces and the teacher's accuracy under its sampler."""
    where = out / "points" / sampler.label / f"seed{seed}"
    records = read_traces(sample_step(teacher, problems, sampler, where / "traces.jsonl", pair=pair, seed=seed))
    return {"dir": where, "teacher_acc": eval_step(teacher, test, sampler, where / "teacher.json", pair=pair,
                                                   seed=1000 + seed),
            "traces_correct": sum(r["correct"] for r in records) / len(records),
            "shown": shown_fraction([r["completion"] for r in records])}


def _student_jobs(out: Path, preset: SweepPreset, sampler: Sampler, seed: int, where: Path) -> list[tuple]:
    """(base directory, traces, output directory, DistillConfig) for the attacker (and the proxy as student)."""
    cfg = dataclasses.replace(preset.student, seed=seed)
    jobs = [(out / "student-base", where / "traces.jsonl", where / "student", cfg)]
    if seed in preset.proxy_student_seeds and sampler.tau > 0:
        jobs.append((out / "proxy", where / "traces.jsonl", where / "proxy-student", cfg))
    return jobs


def _student(job: tuple, test, clean: Path) -> tuple[float, float]:
    """(greedy accuracy on the test problems, NLL on the teacher's clean test traces) of a distilled student."""
    base, traces, where, cfg = job
    student = distill_step(base, traces, where, cfg)
    return (eval_step(student, test, Sampler(tau=0.0), where.with_suffix(".json")),
            nll_step(student, clean, where.with_suffix(".nll.json")))


def _one_thread() -> None:
    torch.set_num_threads(1)


def _run_students(jobs: list[tuple], test, clean: Path, workers: int | None,
                  progress: bool) -> dict[Path, tuple[float, float]]:
    """(accuracy, clean-trace NLL) of each job's distilled student, by output directory."""
    workers = workers or min(2, os.cpu_count() or 1)
    bar = tqdm(total=len(jobs), desc="antidistill students", disable=not progress, file=sys.stderr)
    accs: dict[Path, tuple[float, float]] = {}
    with bar:
        done = [job for job in jobs if job[2].with_suffix(".json").exists()]  # evaluated before: no pool needed
        for job in done:
            accs[job[2]] = _student(job, test, clean)
            bar.update(1)
        jobs = [job for job in jobs if job not in done]
        if workers == 1 or not jobs:
            for job in jobs:
                accs[job[2]] = _student(job, test, clean)
                bar.update(1)
            return accs
        context = multiprocessing.get_context("spawn")  # fresh interpreters: no forked torch thread pools
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_one_thread) as pool:
            futures = {pool.submit(_student, job, test, clean): job[2] for job in jobs}
            for future in as_completed(futures):
                accs[futures[future]] = future.result()
                bar.update(1)
    return accs


def _point(sampler: Sampler, seed: int, info: dict, accs: dict[Path, tuple[float, float]]) -> Point:
    where = info["dir"]
    student, upper = accs[where / "student"], accs.get(where / "proxy-student", (None, None))
    return Point(sampler=sampler.label, family="reference" if sampler.tau == 0 else sampler.family,
                 tau=sampler.tau, lam=sampler.lam, seed=seed, teacher_acc=info["teacher_acc"],
                 student_acc=student[0], student_nll=student[1], proxy_student_acc=upper[0],
                 proxy_student_nll=upper[1], traces_correct=info["traces_correct"], shown=info["shown"])


def summary(result: SweepResult) -> dict:
    """The figures of a sweep: the gap at matched teacher accuracy (attacker and proxy-as-student), references."""
    gaps = matched_gaps(result.points)
    upper = matched_gaps(result.points, key="proxy_student_acc")
    nll = matched_gaps(result.points, key="student_nll")
    upper_nll = matched_gaps(result.points, key="proxy_student_nll")
    return {"best_gap": best_gap(gaps), "gaps": {f"{k:g}": v for k, v in gaps.items()},
            "best_nll_gap": best_gap(nll), "nll_gaps": {f"{k:g}": v for k, v in nll.items()},
            "proxy_as_student_best_nll_gap": best_gap(upper_nll),
            "proxy_as_student_best_gap": best_gap(upper), "references": result.references,
            "epsilon": result.grad["epsilon"], "fd_vs_jvp": result.grad["fd_vs_jvp_at_epsilon"],
            "plot": str(result.plot) if result.plot else None}
