"""The experiment's steps, each writing its files and picking up from them when run again.

    report = grad_step(teacher, proxy, holdout_problems, out="runs/ad/g.safetensors")   # + holdout.jsonl, grad.json
    traces = sample_step(teacher, problems, sampler, "traces.jsonl", pair=pair, seed=0)
    student = distill_step("runs/ad/student-base", "traces.jsonl", "runs/ad/student", DistillConfig())
    acc = eval_step(student, test_problems, Sampler(tau=0), "student.json")

`grad_step` samples the held-out traces greedily (the official pipeline's τ = 0), takes the proxy's
gradient on them, compares the finite difference with the exact JVP over a grid of ε on a few held-out
sequences and keeps the largest ε whose relative error is under a quarter of `FD_TOLERANCE` (large steps
survive low-precision weights best), then measures the error at that ε on *other* held-out sequences
(the figure reported), checks the sign (ℓ(θ+εg) > ℓ(θ) > ℓ(θ−εg)) and saves g with that ε. The
`nanofrontier antidistill` actions are these functions.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from pathlib import Path

import torch
from torch import nn

from nanofrontier.antidistill.distill import DistillConfig, distill
from nanofrontier.antidistill.gradient import (
    ProxyGrad,
    completion_nll,
    load_grad,
    proxy_grad,
    save_grad,
    sign_check,
)
from nanofrontier.antidistill.processor import (
    PerturbedPair,
    check_vocab,
    exact_delta,
    finite_difference,
    relative_error,
)
from nanofrontier.antidistill.task import Problem
from nanofrontier.antidistill.traces import Sampler, accuracy, read_examples, read_traces, write_traces
from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.checkpoint import load_config, load_weights_into
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.model import CausalLM
from nanofrontier.core.tokenizer import ByteTokenizer, Tokenizer

log = logging.getLogger(__name__)

FD_TOLERANCE = 1e-2  # relative error of the finite difference against the exact JVP
FD_MARGIN = 4  # ε is chosen where the error is under FD_TOLERANCE / FD_MARGIN
EPS_CHECK_TRACES = 8  # held-out sequences ε is chosen on; the next as many measure the error reported


def trainable_copy(directory: str | Path) -> CausalLM:
    """A model directory loaded into fresh memory (not the read-only mmap that load_pretrained may use)."""
    model = CausalLM(load_config(directory))
    load_weights_into(model, directory)
    return model


def fd_error(proxy: nn.Module, g: ProxyGrad, ids: Sequence[Sequence[int]], eps: float) -> float:
    """Relative error of the finite difference at ε against the exact JVP, over all positions of `ids`."""
    pair = PerturbedPair(proxy, g, eps)
    approx = [finite_difference(pair, torch.tensor([list(seq)])).flatten() for seq in ids]
    exact = [exact_delta(proxy, g, torch.tensor([list(seq)])).flatten() for seq in ids]
    return relative_error(torch.cat(approx), torch.cat(exact))


def delta_rms(pair: PerturbedPair, ids: Sequence[Sequence[int]]) -> float:
    """RMS of the tilt Δ̂ over all positions and tokens of `ids`, each position centred over the vocabulary
    (a per-position constant does not change the softmax): the scale that makes λ comparable across proxies."""
    centred = []
    for seq in ids:
        delta = finite_difference(pair, torch.tensor([list(seq)]))[0]  # [T, V]
        centred.append(delta - delta.mean(-1, keepdim=True))
    return float(torch.cat(centred).pow(2).mean().sqrt())


def choose_epsilon(proxy: nn.Module, g: ProxyGrad, ids: Sequence[Sequence[int]], grid: Sequence[float]) -> dict:
    """{"errors": {ε: relative error}, "epsilon": the largest ε with error < FD_TOLERANCE / FD_MARGIN}."""
    errors = {eps: fd_error(proxy, g, ids, eps) for eps in grid}
    good = [eps for eps, err in errors.items() if err < FD_TOLERANCE / FD_MARGIN]
    chosen = max(good) if good else min(errors, key=errors.get)
    if not good:
        log.warning("no epsilon in %s gives a finite difference within %g of the JVP; using %g (error %.3g)",
                    list(grid), FD_TOLERANCE / FD_MARGIN, chosen, errors[chosen])
    return {"errors": errors, "epsilon": chosen}


def grad_step(teacher: nn.Module, proxy: nn.Module, holdout: Sequence[Problem], out: str | Path, *,
              proxy_name: str = "proxy", eps_grid: Sequence[float] = (1e-1, 3e-2, 1e-2, 3e-3, 1e-3),
              normalize: bool = True, tokenizer: Tokenizer | None = None) -> dict:
    """Held-out traces (beside `out` as holdout.jsonl), g, the ε and sign checks; the report is written as
    <out stem>.json. When `out` already holds a gradient for this proxy, its report is returned as is."""
    tok = tokenizer or ByteTokenizer()
    out = Path(out)
    report_path = out.with_suffix(".json")
    check_vocab(teacher.config.vocab_size, proxy.config.vocab_size, proxy_name)
    if out.exists() and report_path.exists():
        load_grad(out, proxy, proxy_name=proxy_name)  # refuses a g of another proxy
        log.info("%s: already computed for proxy %r", out, proxy_name)
        return read_json(report_path, expect=dict)
    start = time.perf_counter()
    traces_path = write_traces(out.parent / "holdout.jsonl", teacher, holdout, Sampler(tau=0.0), tokenizer=tok)
    examples = read_examples(traces_path, tok)
    g = proxy_grad(proxy, examples, proxy_name=proxy_name, normalize=normalize, pad_id=tok.pad_id)
    sequences = [e.prompt + e.completion for e in examples[:2 * EPS_CHECK_TRACES]]
    check = choose_epsilon(proxy, g, sequences[:EPS_CHECK_TRACES], eps_grid)
    g = ProxyGrad(**{**g.__dict__, "epsilon": check["epsilon"]})
    measured = fd_error(proxy, g, sequences[EPS_CHECK_TRACES:] or sequences, check["epsilon"])
    losses = sign_check(proxy, g, examples, eps=check["epsilon"], pad_id=tok.pad_id)
    scale = delta_rms(PerturbedPair(proxy, g, check["epsilon"]), sequences)
    save_grad(g, out)
    records = read_traces(traces_path)
    report = {"proxy": proxy_name, "holdout_traces": len(records),
              "holdout_teacher_accuracy": sum(r["correct"] for r in records) / len(records),
              "loss": g.loss, "raw_norm": g.raw_norm, "normalized": g.normalized, "epsilon": g.epsilon,
              "fd_vs_jvp": {f"{k:g}": v for k, v in check["errors"].items()},
              "fd_vs_jvp_at_epsilon": measured, "sign_check": losses,
              "sign_ok": losses["plus"] > losses["center"] > losses["minus"], "delta_rms": scale,
              "seconds": time.perf_counter() - start}
    write_json_atomic(report_path, report)
    return report


def sample_step(teacher: nn.Module, problems: Sequence[Problem], sampler: Sampler, out: str | Path, *,
                pair: PerturbedPair | None = None, seed: int = 0, tokenizer: Tokenizer | None = None,
                progress: bool = False) -> Path:
    """Train traces of `sampler` for `problems` into a JSONL file (continued where it stopped)."""
    return write_traces(out, teacher, problems, sampler, tokenizer=tokenizer or ByteTokenizer(), pair=pair,
                        seed=seed, progress=progress)


def distill_step(student_dir: str | Path, traces: str | Path, out_dir: str | Path, cfg: DistillConfig, *,
                 tokenizer: Tokenizer | None = None, progress: bool | None = None) -> CausalLM:
    """A copy of the student at `student_dir`, fine-tuned on the traces; resumes from out_dir's checkpoints."""
    tok = tokenizer or ByteTokenizer()
    model = trainable_copy(student_dir)
    examples = read_examples(traces, tok)
    return distill(model, examples, cfg, out_dir=out_dir, tokenizer=tok, pad_id=tok.pad_id, progress=progress,
                   run_info={"student": str(student_dir), "traces": str(traces)})


def eval_step(model: nn.Module, problems: Sequence[Problem], sampler: Sampler, out: str | Path, *,
              pair: PerturbedPair | None = None, seed: int = 0, tokenizer: Tokenizer | None = None) -> float:
    """Accuracy of `model` under `sampler` on `problems`, written to `out` (JSON); an existing result for the
    same sampler, seed and number of problems is returned without running again."""
    out = Path(out)
    spec = {"sampler": sampler.label, "seed": seed, "problems": len(problems)}
    if out.exists():
        saved = read_json(out, expect=dict)
        if {k: saved.get(k) for k in spec} == spec:
            return float(saved["accuracy"])
        log.info("%s holds another evaluation (%s); running again", out, {k: saved.get(k) for k in spec})
    start = time.perf_counter()
    acc = accuracy(model, problems, sampler, tokenizer=tokenizer, pair=pair, seed=seed)
    write_json_atomic(out, {**spec, "accuracy": acc, "seconds": time.perf_counter() - start})
    return acc


def nll_step(model: nn.Module, traces: str | Path, out: str | Path, *, tokenizer: Tokenizer | None = None) -> float:
    """The model's completion cross-entropy (nats per token) on a trace file, written to `out` (JSON); an
    existing result for the same trace file is returned without running again."""
    out = Path(out)
    if out.exists():
        saved = read_json(out, expect=dict)
        if saved.get("traces") == str(traces):
            return float(saved["nll"])
    tok = tokenizer or ByteTokenizer()
    with torch.no_grad():
        nll = float(completion_nll(model, read_examples(traces, tok), pad_id=tok.pad_id))
    write_json_atomic(out, {"traces": str(traces), "nll": nll})
    return nll


def describe(report: dict) -> str:
    return json.dumps(report, sort_keys=True)
