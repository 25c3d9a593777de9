"""What travels around the ring, and the link that carries it (`torch.distributed` point-to-point).

Before the hidden state of a step, the head sends a `Control` (op, batch, new positions, `keep`, max_len,
mask length) and a payload (positions, attention mask) along the ring; every rank applies the cache
operation (`keep`: append, reset, truncate) to its own layers' cache before its layers. A `Link` is one
rank's two neighbours; messages on each link keep their order. After sending its output a rank starts
reading its next window (`pass_on`'s prefetch), while the output is on the wire.

Legend: B batch, T new positions, S positions already cached.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import torch
import torch.distributed as dist
from torch import Tensor

STEP, STOP = 1, 2


@dataclass(frozen=True, kw_only=True)
class Control:
    """One step's header. keep < 0: append; 0: fresh sequence (batch x max_len cache); > 0: truncate."""

    op: int
    batch: int = 0
    new: int = 0
    keep: int = -1
    max_len: int = 0
    mask_len: int = 0  # 0 = no attention mask

    def encode(self, device: torch.device) -> Tensor:
        return torch.tensor(dataclasses.astuple(self), dtype=torch.int64, device=device)

    @classmethod
    def decode(cls, t: Tensor) -> Control:
        return cls(**dict(zip([f.name for f in dataclasses.fields(cls)], t.tolist(), strict=True)))

    def payload_size(self) -> int:
        return self.batch * (self.new + self.mask_len)


N_FIELDS = len(dataclasses.fields(Control))


def pack_payload(positions: Tensor, mask: Tensor | None, device: torch.device) -> Tensor:
    """positions [B, T] and mask [B, S+T] -> one float32 vector (RoPE reads positions as float32)."""
    parts = [positions.reshape(-1)] + ([] if mask is None else [mask.reshape(-1)])
    return torch.cat([p.to(device=device, dtype=torch.float32) for p in parts])


def unpack_payload(payload: Tensor, control: Control) -> tuple[Tensor, Tensor | None]:
    B, T = control.batch, control.new
    positions = payload[:B * T].view(B, T)
    mask = payload[B * T:].view(B, control.mask_len).long() if control.mask_len else None
    return positions, mask


class Link:
    """This rank's two ring neighbours; messages on each link keep their order."""

    def __init__(self, rank: int, world_size: int, device: torch.device, timeout_s: float | None = None,
                 delay_s: float = 0.0) -> None:
        self.rank, self.world_size, self.device = rank, world_size, device
        self.delay_s = delay_s  # simulated one-way delay of the link to `next` (simulate.py; no tc netem here)
        self.prev, self.next = (rank - 1) % world_size, (rank + 1) % world_size
        # gloo closes the pair when a wait times out, so a wait with a timeout is a verdict, not a poll
        self.timeout = None if timeout_s is None else timedelta(seconds=timeout_s)

    def recv(self, shape: tuple[int, ...], dtype: torch.dtype, *, bounded: bool = True) -> Tensor:
        """Raises gloo's RuntimeError after `timeout_s` (when bounded) or when the sender's process ends."""
        t = torch.empty(shape, dtype=dtype, device=self.device)
        self._wait(dist.irecv(t, src=self.prev), bounded)
        return t

    def _wait(self, work, bounded: bool = True) -> None:
        if bounded and self.timeout is not None:
            work.wait(timeout=self.timeout)
        else:
            work.wait()

    def send_control(self, control: Control, payload: Tensor | None) -> None:
        dist.send(control.encode(self.device), dst=self.next)
        if control.op == STEP:
            dist.send(payload, dst=self.next)

    def recv_control(self) -> tuple[Control, Tensor | None]:
        """Unbounded: a worker of an idle server waits here for the next request."""
        control = Control.decode(self.recv((N_FIELDS,), torch.int64, bounded=False))
        payload = self.recv((control.payload_size(),), torch.float32) if control.op == STEP else None
        return control, payload

    def pass_on(self, h: Tensor, prefetch: Callable[[], None]) -> None:
        """Send h to the next rank and start the next window's prefetch while it is on the wire.

        With `delay_s` h leaves `delay_s` later, as over a slow wire. `prefetch` only queues the reads."""
        if self.delay_s:
            prefetch()
            time.sleep(self.delay_s)
            self._wait(dist.isend(h.contiguous(), dst=self.next))
            return
        work = dist.isend(h.contiguous(), dst=self.next)
        prefetch()
        self._wait(work)
