"""The ring's start-up check: every rank holds the same checkpoint, and the head's layout fits it.

Every rank sends the head the fingerprint of its checkpoint (config.json + tensor index, `Checkpoint.fingerprint`);
the head answers with the layout (w, k) or refuses, naming the ranks whose checkpoint differs or could not be read.
Every rank raises `RingError` when the head refuses, so no rank is left waiting.
"""

from __future__ import annotations

from pathlib import Path

import torch
import torch.distributed as dist
from torch import Tensor

from nanofrontier.core.checkpoint import Checkpoint, CheckpointError, open_checkpoint
from nanofrontier.prima.faults import RingError
from nanofrontier.prima.layout import LayoutError, RingLayout
from nanofrontier.prima.stage import stage_config


def handshake(source: str | Path | Checkpoint, layout: RingLayout | None,
              device: torch.device) -> tuple[RingLayout, Checkpoint]:
    """Collective: gather checkpoint fingerprints at the head, which broadcasts the layout or refuses.

    The head passes its layout; workers pass None and receive it. A rank whose checkpoint cannot be
    opened still takes part, so the head can name it; every rank then raises `RingError`. Returns the
    layout and the opened checkpoint."""
    rank, world = dist.get_rank(), dist.get_world_size()
    problem: Exception | None = None
    ckpt = None
    try:
        ckpt = open_checkpoint(source)
        digest = bytes.fromhex(ckpt.fingerprint)
    except (CheckpointError, OSError) as e:
        digest, problem = bytes(32), e
    mine = torch.frombuffer(bytearray(digest), dtype=torch.uint8).to(device)
    gathered = [torch.empty_like(mine) for _ in range(world)] if rank == 0 else None
    dist.gather(mine, gathered, dst=0)
    verdict = torch.zeros(1 + 3 * world, dtype=torch.int64, device=device)  # [k, w..., flags..., budgets...]
    errors: list[str] = []
    if rank == 0:
        errors = _head_verdict(ckpt, source, layout, problem, gathered, verdict)
    dist.broadcast(verdict, src=0)
    if errors:
        raise RingError("; ".join(errors))
    flag, k = int(verdict[1 + world + rank]), int(verdict[0])
    if flag:
        where = f"rank {rank}: checkpoint {_where(source)}"
        raise RingError(f"{where} could not be read ({problem})" if problem else
                        f"{where} differs from the head's (config.json + tensor index fingerprint)")
    if k == 0:
        raise RingError(f"rank {rank}: the head refused to start the ring (its error says why)")
    budgets = verdict[1 + 2 * world:].tolist()  # -1: the plan counted none
    return RingLayout(w=tuple(verdict[1:1 + world].tolist()), k=k,
                      budgets=None if min(budgets) < 0 else tuple(budgets)), ckpt


def _where(source: str | Path | Checkpoint) -> Path:
    return source.directory if isinstance(source, Checkpoint) else Path(source)


def _head_verdict(ckpt: Checkpoint | None, source, layout: RingLayout, problem: Exception | None,
                  gathered: list[Tensor], verdict: Tensor) -> list[str]:
    world = len(gathered)
    errors = [f"the head could not read its checkpoint {_where(source)}: {problem}"] if problem else []
    if not problem:
        try:
            layout.check(stage_config(ckpt).num_hidden_layers, world)
        except (LayoutError, CheckpointError) as e:
            errors.append(str(e))
    ours = bytes(gathered[0].tolist())
    for r in range(1, world):
        theirs = bytes(gathered[r].tolist())
        if theirs == bytes(32):
            errors.append(f"rank {r} could not read its checkpoint (its error says why)")
            verdict[1 + world + r] = 2
        elif theirs != ours:
            errors.append(f"rank {r} holds a different checkpoint: config.json + tensor index fingerprint "
                          f"{theirs.hex()[:12]}, the head's {ours.hex()[:12]}")
            verdict[1 + world + r] = 1
    if not errors:
        verdict[0] = layout.k
        verdict[1:1 + world] = torch.tensor(layout.w)
        verdict[1 + 2 * world:] = torch.tensor(layout.budgets) if layout.budgets else -1
    return errors


def refuse(ckpt: Checkpoint, world: int, device: torch.device) -> None:
    """Run the handshake with a layout no model passes (sum(w) * k = L + 1), so every rank raises RingError."""
    L = stage_config(ckpt).num_hidden_layers
    try:
        handshake(ckpt, RingLayout(w=(1,) + (0,) * (world - 1), k=L + 1), device)
    except RingError:
        pass
