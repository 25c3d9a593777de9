"""Does the proxy's tilt transfer to the student? The measurement behind the trade-off claim.

Antidistillation raises the tokens t whose log-prob the proxy's held-out loss gradient g_P says would, once
learnt, raise that loss the most: Δ̂_P(t) = ⟨∇θ_P log p_P(t | x), g_P⟩. It poisons another student only as far
as that ranking agrees with the student's own: Δ̂_S(t) = ⟨∇θ_S log p_S(t | x), g_S⟩, g_S the gradient of the
student's loss on the same held-out traces. `measure_transfer` compares the two exactly (forward-mode JVP) on the
teacher's held-out greedy traces: at every completion position, over the teacher's top-k candidates, each Δ̂
centred within the position (softmax ignores a shift), correlated over all positions (Pearson), and how often
both pick the same candidate (chance: 1/k). The control is the proxy against itself: Δ̂ along the gradient of
one half of the traces against Δ̂ along the other half's, the agreement a gradient that transfers can reach.

    report = transfer_step(teacher, proxy, student, holdout_examples, "runs/ad/transfer.json")
    report["proxy_vs_student"]["correlation"], report["proxy_half_vs_half"]["correlation"]
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import torch
from torch import Tensor, nn

from nanofrontier.antidistill.distill import Example
from nanofrontier.antidistill.gradient import proxy_grad
from nanofrontier.antidistill.processor import check_vocab, exact_delta
from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.jsonio import read_json

TOP_K = 5
FREE = 0.05  # a position "with freedom": the teacher's second candidate has at least this probability


def _right_padded(examples: Sequence[Example], pad_id: int) -> tuple[Tensor, Tensor]:
    """ids [B, T] right-padded (causal attention: padding never changes an earlier position) and the mask [B, T]
    of positions whose next token is a completion token (the positions a distilled student learns from)."""
    rows = [e.prompt + e.completion for e in examples]
    T = max(len(r) for r in rows)
    ids = torch.full((len(rows), T), pad_id, dtype=torch.long)
    learnt = torch.zeros(len(rows), T, dtype=torch.bool)
    for i, (e, r) in enumerate(zip(examples, rows, strict=True)):
        ids[i, :len(r)] = torch.tensor(r)
        learnt[i, len(e.prompt) - 1:len(r) - 1] = True
    return ids, learnt


def _agreement(a: Tensor, b: Tensor) -> dict:
    """a, b [N, k]: Δ̂ of the same candidates at N positions -> Pearson correlation of the centred values and the
    fraction of positions whose largest Δ̂ is the same candidate."""
    a, b = a - a.mean(-1, keepdim=True), b - b.mean(-1, keepdim=True)
    corr = float((a * b).sum() / (a.norm() * b.norm()).clamp_min(1e-30))
    same = float((a.argmax(-1) == b.argmax(-1)).float().mean())
    return {"correlation": round(corr, 4), "same_top_candidate": round(same, 4), "positions": a.shape[0]}


def measure_transfer(teacher: nn.Module, proxy: nn.Module, student: nn.Module, examples: Sequence[Example], *,
                     top_k: int = TOP_K, pad_id: int = 0) -> dict:
    """The module docstring's figures, over all learnt positions and over those where the teacher has freedom."""
    if len(examples) < 4:
        raise ValueError(f"measure_transfer: {len(examples)} held-out traces; at least 4 are needed (two halves)")
    for name, model in (("proxy", proxy), ("student", student)):
        check_vocab(teacher.config.vocab_size, model.config.vocab_size, name)
    half = len(examples) // 2
    grads = {"proxy": proxy_grad(proxy, examples, proxy_name="proxy", pad_id=pad_id),
             "student": proxy_grad(student, examples, proxy_name="student", pad_id=pad_id),
             "proxy_a": proxy_grad(proxy, examples[:half], proxy_name="proxy", pad_id=pad_id),
             "proxy_b": proxy_grad(proxy, examples[half:], proxy_name="proxy", pad_id=pad_id)}
    ids, learnt = _right_padded(examples, pad_id)
    with torch.no_grad():
        probs = teacher(ids).float().softmax(-1)[learnt]  # [N, V]
    top = probs.topk(top_k, dim=-1)
    free = top.values[:, 1] >= FREE
    owner = {"proxy": proxy, "student": student, "proxy_a": proxy, "proxy_b": proxy}
    deltas = {name: exact_delta(owner[name], g, ids)[learnt].gather(-1, top.indices) for name, g in grads.items()}
    report = {}
    pairs = {"proxy_vs_student": ("proxy", "student"), "proxy_half_vs_half": ("proxy_a", "proxy_b")}
    for label, (x, y) in pairs.items():
        report[label] = {**_agreement(deltas[x], deltas[y]),
                         "with_freedom": _agreement(deltas[x][free], deltas[y][free]) if free.any() else None}
    report.update(top_k=top_k, chance_same_top_candidate=round(1 / top_k, 4), free_threshold=FREE,
                  traces=len(examples), free_positions=int(free.sum()))
    return report


def transfer_step(teacher: nn.Module, proxy: nn.Module, student: nn.Module, examples: Sequence[Example],
                  out: str | Path, *, top_k: int = TOP_K, pad_id: int = 0) -> dict:
    """`measure_transfer`, written to `out` (JSON); a run that finds `out` returns it as is."""
    out = Path(out)
    if out.exists():
        return read_json(out, expect=dict)
    start = time.perf_counter()
    report = measure_transfer(teacher, proxy, student, examples, top_k=top_k, pad_id=pad_id)
    report["seconds"] = round(time.perf_counter() - start, 2)
    write_json_atomic(out, report)
    return report
