"""One reusable training loop: AdamW, warmup + cosine LR, gradient accumulation, clipping, eval,
atomic checkpoints, exact resume and data-parallel training under torchrun. It knows no technique
and no model: the caller passes a `loss_fn` and a `batches(i)` function.

    from nanofrontier.core.train import TrainConfig, train
    state = train(model, loss_fn, batches, TrainConfig(max_steps=200, lr=1e-3), out_dir="runs/x")

    torchrun --nproc_per_node 2 my_script.py      # the same call, now data-parallel

Micro-batch indexing: optimizer step s (0-based) consumes local micro-batches
j = s * grad_accum + k, k = 0..grad_accum-1; rank r of world W asks for `batches(j * W + r)`. So
`batches(i)` is a function of one global index, every index is used exactly once, and a run with W
ranks and grad_accum A sees, per step, the same micro-batches as one process with grad_accum A * W.
Because batches(i) depends on i alone, resuming at step s needs no data-loader state.

Steps are 1-based in logs and checkpoints: the update that completes step s uses `lr_at(s, cfg)`.
"""

from __future__ import annotations

import json
import logging
import math
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.distributed as dist
from torch import Tensor, nn
from tqdm import tqdm

from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.jsonio import iter_jsonl

log = logging.getLogger(__name__)

_CHECKPOINT = re.compile(r"checkpoint-(\d+)")  # complete checkpoints only; `*.tmp-<pid>` never matches


@dataclass(frozen=True, kw_only=True)
class TrainConfig:
    max_steps: int = 1000  # optimizer steps
    lr: float = 3e-4
    min_lr_ratio: float = 0.1  # cosine decays to lr * min_lr_ratio
    warmup_steps: int = 100
    weight_decay: float = 0.1
    betas: tuple[float, float] = (0.9, 0.95)
    grad_clip: float = 1.0  # 0 disables clipping (the norm is still logged)
    grad_accum: int = 1  # micro-batches per optimizer step (per rank)
    eval_every: int = 0  # 0 disables
    eval_batches: int = 8  # for the caller's eval_fn; the loop itself does not read it
    log_every: int = 10
    save_every: int = 0  # 0 = only at the end (when out_dir is given)
    keep_checkpoints: int = 2
    seed: int = 0

    def __post_init__(self) -> None:
        checks = [
            ("max_steps", self.max_steps >= 1, ">= 1"),
            ("lr", self.lr > 0, "> 0"),
            ("min_lr_ratio", 0 <= self.min_lr_ratio <= 1, "in [0, 1]"),
            ("warmup_steps", self.warmup_steps >= 0, ">= 0"),
            ("weight_decay", self.weight_decay >= 0, ">= 0"),
            ("betas", len(self.betas) == 2 and all(0 <= b < 1 for b in self.betas), "two values in [0, 1)"),
            ("grad_clip", self.grad_clip >= 0, ">= 0"),
            ("grad_accum", self.grad_accum >= 1, ">= 1"),
            ("eval_every", self.eval_every >= 0, ">= 0"),
            ("eval_batches", self.eval_batches >= 1, ">= 1"),
            ("log_every", self.log_every >= 1, ">= 1"),
            ("save_every", self.save_every >= 0, ">= 0"),
            ("keep_checkpoints", self.keep_checkpoints >= 1, ">= 1"),
        ]
        for name, ok, rule in checks:
            if not ok:
                raise ValueError(f"TrainConfig.{name} must be {rule}, got {getattr(self, name)!r}")


def lr_at(step: int, cfg: TrainConfig) -> float:
    """Learning rate for the update that completes `step`: linear from 0 to cfg.lr over warmup_steps,
    then a half cosine down to lr * min_lr_ratio, reached at step == max_steps (and held after)."""
    if step < cfg.warmup_steps:
        return cfg.lr * step / cfg.warmup_steps
    lr_min = cfg.lr * cfg.min_lr_ratio
    progress = min(1.0, (step - cfg.warmup_steps) / max(1, cfg.max_steps - cfg.warmup_steps))
    return lr_min + 0.5 * (1.0 + math.cos(math.pi * progress)) * (cfg.lr - lr_min)


@dataclass
class TrainState:
    step: int = 0  # optimizer steps completed
    tokens: int = 0  # tokens seen, all ranks together
    best_eval: float | None = None  # lowest eval "loss" seen (None if eval_fn reports no "loss")
    log_history: list[dict] = field(default_factory=list)  # the records written to metrics.jsonl


# ---- defaults the caller can replace ---------------------------------------------------------------


def decay_param_groups(model: nn.Module) -> list[dict]:
    """Weight decay on matrices and embeddings (ndim >= 2); none on biases and norm gains."""
    params = [p for p in model.parameters() if p.requires_grad]
    groups = [{"params": [p for p in params if p.ndim >= 2]},
              {"params": [p for p in params if p.ndim < 2], "weight_decay": 0.0}]
    return [g for g in groups if g["params"]]


def save_weights(model: nn.Module, folder: Path) -> None:
    import safetensors.torch

    safetensors.torch.save_model(model, str(Path(folder) / "model.safetensors"), metadata={"format": "pt"})


def load_weights(model: nn.Module, folder: Path) -> None:
    import safetensors.torch

    safetensors.torch.load_model(model, Path(folder) / "model.safetensors")


def _first_tensor(batch: Any) -> Tensor | None:
    if isinstance(batch, Tensor):
        return batch
    items = batch.values() if isinstance(batch, dict) else batch if isinstance(batch, list | tuple) else ()
    for item in items:
        if (found := _first_tensor(item)) is not None:
            return found
    return None


def _first_tensor_numel(batch: Any) -> int:
    found = _first_tensor(batch)
    return 0 if found is None else found.numel()


def _to_device(batch: Any, device: torch.device) -> Any:
    if isinstance(batch, Tensor):
        return batch.to(device, non_blocking=True)
    if isinstance(batch, dict):
        return {k: _to_device(v, device) for k, v in batch.items()}
    if isinstance(batch, list | tuple):
        return type(batch)(_to_device(v, device) for v in batch)
    return batch


# ---- process group ---------------------------------------------------------------------------------


@dataclass
class _Dist:
    rank: int = 0
    world: int = 1
    created: bool = False  # train() made the process group, so train() destroys it

    @classmethod
    def setup(cls, device: torch.device) -> _Dist:
        if dist.is_available() and dist.is_initialized():
            return cls(dist.get_rank(), dist.get_world_size())
        if int(os.environ.get("WORLD_SIZE", "1")) <= 1:
            return cls()
        if device.type == "cuda":
            torch.cuda.set_device(device)
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
        return cls(dist.get_rank(), dist.get_world_size(), created=True)

    def gather(self, obj: Any) -> list[Any]:
        if self.world == 1:
            return [obj]
        out: list[Any] = [None] * self.world
        dist.all_gather_object(out, obj)
        return out

    def mean(self, values: Tensor) -> Tensor:
        if self.world > 1:
            dist.all_reduce(values)
            values = values / self.world
        return values

    def close(self) -> None:
        if self.created and dist.is_initialized():
            dist.barrier()  # every rank past its last collective first: a rank that tore the group down while
            dist.destroy_process_group()  # another still used it ended that one in "terminate called" (gloo)


# ---- checkpoints -----------------------------------------------------------------------------------


def _checkpoints(out_dir: Path) -> list[tuple[int, Path]]:
    """Complete checkpoints, oldest first. Half-written ones live under a `.tmp-<pid>` name."""
    if not out_dir.is_dir():
        return []
    found = [(int(m.group(1)), p) for p in out_dir.iterdir() if (m := _CHECKPOINT.fullmatch(p.name))]
    return sorted((s, p) for s, p in found if (p / "trainer_state.json").is_file())


def _rng_state() -> dict:
    version, mt, gauss = random.getstate()
    name, keys, pos, has_gauss, cached = np.random.get_state()
    cuda = torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else None
    return {"torch": torch.get_rng_state(), "cuda": cuda,
            "host": {"python": [version, list(mt), gauss],
                     "numpy": [name, keys.tolist(), int(pos), int(has_gauss), float(cached)]}}


def _set_rng_state(tensors: dict, host: dict) -> None:
    torch.set_rng_state(tensors["torch"])
    if tensors.get("cuda") is not None and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(tensors["cuda"])
    version, mt, gauss = host["python"]
    random.setstate((version, tuple(mt), gauss))
    name, keys, pos, has_gauss, cached = host["numpy"]
    np.random.set_state((name, np.array(keys, dtype=np.uint32), pos, has_gauss, cached))


def _save_checkpoint(out_dir: Path, model: nn.Module, opt: torch.optim.Optimizer, state: TrainState,
                     save_fn: Callable[[nn.Module, Path], None], cfg: TrainConfig, ranks: _Dist) -> None:
    """Every rank calls this (RNG states are gathered); rank 0 writes. The folder appears under its
    final name only once complete; then older checkpoints beyond keep_checkpoints are deleted."""
    rng = ranks.gather(_rng_state())
    if ranks.rank != 0:
        return
    final = out_dir / f"checkpoint-{state.step:06d}"
    with atomic_path(final) as tmp:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        save_fn(model, tmp)
        torch.save(opt.state_dict(), tmp / "optimizer.pt")
        torch.save([{"torch": r["torch"], "cuda": r["cuda"]} for r in rng], tmp / "rng.pt")
        trainer_state = {**asdict(state), "rng": [r["host"] for r in rng], "world_size": ranks.world}
        (tmp / "trainer_state.json").write_text(json.dumps(trainer_state))
        if final.exists():  # re-saving a step; os.replace cannot overwrite a non-empty folder
            shutil.rmtree(final)
    for _, old in _checkpoints(out_dir)[: -cfg.keep_checkpoints]:
        shutil.rmtree(old, ignore_errors=True)


def _load_checkpoint(ckpt: Path, model: nn.Module, opt: torch.optim.Optimizer,
                     load_fn: Callable[[nn.Module, Path], None], ranks: _Dist) -> TrainState:
    load_fn(model, ckpt)
    # map to CPU: Optimizer.load_state_dict moves state to each param's device (and keeps `step` on CPU)
    opt.load_state_dict(torch.load(ckpt / "optimizer.pt", map_location="cpu", weights_only=True))
    saved = json.loads((ckpt / "trainer_state.json").read_text())
    rng = torch.load(ckpt / "rng.pt", map_location="cpu", weights_only=True)
    if saved.get("world_size", 1) != ranks.world:
        log.warning("%s was saved by %s ranks, resuming on %s: batches differ from an uninterrupted run",
                    ckpt, saved.get("world_size"), ranks.world)
    r = ranks.rank % len(rng)
    _set_rng_state(rng[r], saved["rng"][r])
    log.info("resumed from %s", ckpt)
    return TrainState(step=saved["step"], tokens=saved["tokens"], best_eval=saved["best_eval"],
                      log_history=saved["log_history"])


def _seed_everything(seed: int) -> None:
    torch.manual_seed(seed)
    random.seed(seed)
    np.random.seed(seed % 2**32)


# ---- run files -------------------------------------------------------------------------------------


def _git_sha() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10)
        sha = done.stdout.strip()
        return sha if done.returncode == 0 and sha else None
    except Exception:  # no git, not a repository, hung filesystem: the run goes on
        return None


def _start_run_files(out_dir: Path, state: TrainState, cfg: TrainConfig, world: int,
                     run_info: dict | None) -> None:
    """run.json, and metrics.jsonl cut back to the starting step so no step appears twice. Checkpoints
    past the starting step (left by a run started over with resume=False) are deleted, else pruning
    by step number would keep them and delete the new ones."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for step, stale in _checkpoints(out_dir):
        if step > state.step:
            log.warning("deleting %s: this run starts at step %d", stale, state.step)
            shutil.rmtree(stale)
    info = {"argv": sys.argv, "seed": cfg.seed, "config": asdict(cfg), "torch": torch.__version__,
            "python": platform.python_version(), "git_sha": _git_sha(), "hostname": socket.gethostname(),
            "world_size": world, "resumed_from_step": state.step or None, **(run_info or {})}
    write_json_atomic(out_dir / "run.json", info)
    metrics = out_dir / "metrics.jsonl"
    if metrics.exists():
        # a line cut short by the interruption comes back as an error, not a dict, and is dropped
        kept = [json.dumps(rec) + "\n" for _, rec in iter_jsonl(metrics, on_error="yield")
                if isinstance(rec, dict) and isinstance(rec.get("step"), int) and rec["step"] <= state.step]
        with atomic_path(metrics) as tmp:
            tmp.write_text("".join(kept))


def _format_log_line(rec: dict) -> str:
    mantissa, exp = f"{rec['lr']:.1e}".split("e")
    tok_s = rec["tok_s"]
    speed = f"{tok_s / 1e6:.1f}M" if tok_s >= 1e6 else f"{tok_s / 1e3:.1f}k" if tok_s >= 1e3 else f"{tok_s:.0f}"
    parts = [f"step {rec['step']}", f"loss {rec['loss']:.3f}", f"lr {mantissa}e{int(exp)}", f"{speed} tok/s"]
    parts += [f"{k} {v:.4g}" for k, v in rec.items() if k.startswith("eval_")]
    return " | ".join(parts)


# ---- the loop --------------------------------------------------------------------------------------


class _Loop:
    """The state one train() call carries between steps; train() builds it, run() drives it."""

    def __init__(self, model: nn.Module, opt: torch.optim.Optimizer, cfg: TrainConfig, state: TrainState,
                 ranks: _Dist, device: torch.device, **fns: Any) -> None:
        self.raw, self.opt, self.cfg, self.state, self.ranks, self.device = model, opt, cfg, state, ranks, device
        self.model = model  # what loss_fn calls: the DDP wrapper when data-parallel
        if ranks.world > 1:
            ids = [device.index] if device.type == "cuda" else None
            self.model = nn.parallel.DistributedDataParallel(model, device_ids=ids)
        self.params = [p for g in opt.param_groups for p in g["params"]]
        self.fns = fns
        self.t0 = self.t_log = time.perf_counter()
        self.tokens_since_log = 0

    def _set_schedule(self, step: int) -> float:
        """Learning rate (and weight decay, when the schedule gives one) of the update completing `step`."""
        schedule = self.fns.get("schedule")
        lr, wd = schedule(step) if schedule is not None else (lr_at(step, self.cfg), None)
        for group in self.opt.param_groups:
            group["lr"] = lr * group.get("lr_scale", 1.0)
            if wd is not None:
                group.setdefault("decays", group["weight_decay"] > 0)  # saved with the optimizer: resumes
                group["weight_decay"] = wd if group["decays"] else 0.0
        return lr

    def step(self) -> tuple[Tensor, dict[str, float], Tensor, float, int]:
        """One optimizer step over grad_accum micro-batches.
        Returns (mean loss, mean metrics, grad norm, lr, tokens of all ranks)."""
        cfg, ranks = self.cfg, self.ranks
        lr = self._set_schedule(self.state.step + 1)
        loss_sum = torch.zeros((), device=self.device)
        metric_sum: dict[str, float] = {}
        tokens = 0
        for k in range(cfg.grad_accum):
            index = (self.state.step * cfg.grad_accum + k) * ranks.world + ranks.rank
            batch = _to_device(self.fns["batches"](index), self.device)
            tokens += self.fns["tokens_in_batch"](batch) * ranks.world
            last_micro = k == cfg.grad_accum - 1
            # gradients are all-reduced once per step, on the last micro-batch's backward
            sync = nullcontext() if last_micro or ranks.world == 1 else self.model.no_sync()
            with sync:
                loss, metrics = self.fns["loss_fn"](self.model, batch)
                (loss / cfg.grad_accum).backward()
            loss_sum += loss.detach().float()
            for name, value in metrics.items():
                metric_sum[name] = metric_sum.get(name, 0.0) + float(value)
        max_norm = cfg.grad_clip if cfg.grad_clip > 0 else float("inf")
        norm = torch.nn.utils.clip_grad_norm_(self.params, max_norm)
        self.opt.step()
        self.opt.zero_grad(set_to_none=True)
        metrics = {k: v / cfg.grad_accum for k, v in sorted(metric_sum.items())}
        return loss_sum / cfg.grad_accum, metrics, norm, lr, tokens

    def evaluate(self) -> dict[str, float]:
        """eval_fn on the unwrapped model, on rank 0 only (other ranks wait at the next all-reduce)."""
        if self.ranks.rank != 0:
            return {}
        self.raw.eval()
        with torch.no_grad():
            result = self.fns["eval_fn"](self.raw)
        self.raw.train()
        if "loss" in result:
            best = self.state.best_eval
            self.state.best_eval = float(result["loss"]) if best is None else min(best, float(result["loss"]))
        return {k if k.startswith("eval_") else f"eval_{k}": float(v) for k, v in result.items()}

    def record(self, loss: Tensor, metrics: dict[str, float], norm: Tensor, lr: float,
               evals: dict[str, float], out_dir: Path | None) -> dict | None:
        """All ranks average loss and metrics; rank 0 writes the record and the log line."""
        values = self.ranks.mean(torch.stack([loss, *[torch.tensor(v, device=self.device) for v in
                                                      metrics.values()]]).float())
        now = time.perf_counter()
        tok_s = self.tokens_since_log / max(now - self.t_log, 1e-9)
        self.t_log, self.tokens_since_log = now, 0
        if self.ranks.rank != 0:
            return None
        floats = values.tolist()
        rec = {**dict(zip(metrics, floats[1:], strict=True)), "step": self.state.step, "loss": floats[0],
               "lr": lr, "grad_norm": float(norm), "tok_s": tok_s, "tokens": self.state.tokens,
               "elapsed": now - self.t0, **evals}
        self.state.log_history.append(rec)
        if out_dir is not None:
            with open(out_dir / "metrics.jsonl", "a") as f:
                f.write(json.dumps(rec) + "\n")
        log.info(_format_log_line(rec))
        return rec

    def run(self, out_dir: Path | None, progress: bool) -> None:
        cfg, state = self.cfg, self.state
        bar = tqdm(total=cfg.max_steps, initial=state.step, disable=not progress, file=sys.stderr,
                   desc="train", dynamic_ncols=True)
        with bar:
            while state.step < cfg.max_steps:
                loss, metrics, norm, lr, tokens = self.step()
                state.step += 1
                state.tokens += tokens
                self.tokens_since_log += tokens
                last = state.step == cfg.max_steps
                # decided from step numbers alone, so every rank joins the same collectives
                do_eval = self.fns["eval_fn"] is not None and cfg.eval_every > 0 and (
                    state.step % cfg.eval_every == 0 or last)
                evals = self.evaluate() if do_eval else {}
                if do_eval or last or state.step % cfg.log_every == 0:
                    if (rec := self.record(loss, metrics, norm, lr, evals, out_dir)) is not None:
                        bar.set_postfix(loss=f"{rec['loss']:.3f}")
                if out_dir is not None and (last or (cfg.save_every and state.step % cfg.save_every == 0)):
                    _save_checkpoint(out_dir, self.raw, self.opt, state, self.fns["save_fn"], cfg, self.ranks)
                bar.update(1)


def train(model: nn.Module,
          loss_fn: Callable[[nn.Module, Any], tuple[Tensor, dict[str, float]]],
          batches: Callable[[int], Any],
          cfg: TrainConfig,
          *,
          out_dir: str | Path | None = None,
          eval_fn: Callable[[nn.Module], dict[str, float]] | None = None,
          save_fn: Callable[[nn.Module, Path], None] | None = None,
          load_fn: Callable[[nn.Module, Path], None] | None = None,
          resume: bool = True,
          param_groups: Callable[[nn.Module], list[dict]] | None = None,
          tokens_in_batch: Callable[[Any], int] | None = None,
          progress: bool | None = None,
          run_info: dict | None = None,
          schedule: Callable[[int], tuple[float, float | None]] | None = None) -> TrainState:
    """Train `model` for cfg.max_steps optimizer steps and return the final TrainState.

    loss_fn(model, batch) -> (scalar loss, {name: float}); under DDP `model` is the wrapper, so call
    it (`model(...)`) rather than its submodules. batches(i) -> micro-batch i, a pure function of the
    global index i (see the module docstring); tensors in it are moved to the model's device.
    eval_fn(model) -> {name: float} runs on rank 0 under model.eval() and torch.no_grad(); its keys are
    logged with an `eval_` prefix and its "loss" feeds TrainState.best_eval. param_groups may set
    "lr_scale" per group. schedule(step) -> (lr, weight_decay or None) replaces the warmup + cosine of
    `lr_at` (a technique's own schedule, e.g. BitNet's two stages); a weight decay it returns applies
    to the groups built with a non-zero one. With out_dir, rank 0 writes metrics.jsonl, run.json, checkpoints
    (checkpoint-000123/: weights by save_fn, optimizer.pt, rng.pt, trainer_state.json) and the final
    weights into out_dir itself; with resume, the newest complete checkpoint there is continued from.
    Under torchrun (WORLD_SIZE > 1) every rank must see the same out_dir (it reads the checkpoint).
    """
    out = Path(out_dir) if out_dir is not None else None
    device = next(model.parameters()).device
    ranks = _Dist.setup(device)
    try:
        opt = torch.optim.AdamW((param_groups or decay_param_groups)(model), lr=cfg.lr, betas=cfg.betas,
                                weight_decay=cfg.weight_decay)
        found = _checkpoints(out) if out is not None and resume else []
        if found:
            state = _load_checkpoint(found[-1][1], model, opt, load_fn or load_weights, ranks)
        else:
            state = TrainState()
            _seed_everything(cfg.seed + ranks.rank)  # distinct dropout masks per rank
        if out is not None and ranks.rank == 0:
            _start_run_files(out, state, cfg, ranks.world, run_info)
        model.train()
        loop = _Loop(model, opt, cfg, state, ranks, device, loss_fn=loss_fn, batches=batches, eval_fn=eval_fn,
                     save_fn=save_fn or save_weights, tokens_in_batch=tokens_in_batch or _first_tensor_numel,
                     schedule=schedule)
        show = progress if progress is not None else sys.stderr.isatty()
        loop.run(out, show and ranks.rank == 0)
        if out is not None and ranks.rank == 0:
            (save_fn or save_weights)(model, out)
        return state
    finally:
        ranks.close()
