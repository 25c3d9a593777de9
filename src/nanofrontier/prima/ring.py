"""Piped-ring parallelism (prima.cpp, research/prima.md §1.1, §1.6, §5.1) on `torch.distributed`.

M ranks sit in a ring 0 -> 1 -> ... -> M-1 -> 0. Rank m runs windows of w_m consecutive layers in each
of k rounds (sum(w) * k = L); inside a round the windows go in rank order starting at rank 1, so the
head's (rank 0's) window closes every round. The head embeds, sends the hidden state to rank 1, and
after the last round still holds the final hidden state: it applies the norm and the LM head and
samples. A token costs k * M window runs and hops; each hop carries one hidden state [B, T, D].

Before the hidden state of a step, the head sends a `Control` (op, batch, new positions, `keep`,
max_len, mask length) and a payload (positions, attention mask) along the ring; every rank applies
the cache operation (`keep`: append, reset, truncate) to its own layers' cache before its layers.
Right after sending its output a rank advises the kernel to read its next window (§1.2).

At start-up every rank sends the head a fingerprint of its checkpoint (config.json + tensor index);
the head answers with the layout (w, k) or refuses, naming the ranks whose checkpoint differs.

Faults. Every hidden-state hop waits at most `timeout_s` (one round around the ring, prefill included);
gloo also fails a hop at once when a neighbour's process ends. Each worker runs a `Heartbeat` thread
that publishes (beat, rounds finished) to the rendezvous store every `heartbeat_s`. When a hop fails
the head reads the heartbeats twice, and the first rank in ring order that has not finished the
awaited round is the failed one: silent beats mean it died (or hangs holding the GIL), moving beats
that it is stuck. The step raises `RankFailure(rank, reason)`; `head.survivors` lists the other ranks
and `replan` runs Halda over their devices. The gloo group cannot lose a member, so the ring is then
closed: relaunch the survivors with the new plan (a live re-form of the group is not implemented).
A worker waits for the next step's control without a bound (an idle server), for hidden states at
most `timeout_s`; the process-group timeout bounds the handshake.

    dist.init_process_group("gloo", timeout=timedelta(seconds=60))   # torchrun or MASTER_ADDR/PORT
    if dist.get_rank() == 0:
        with RingHead("ckpt/", w=(2, 1), k=2) as head:     # or plan=halda.plan(...), or plan="auto" (gather.py)
            tokens = head.generate(prompt_ids, 32, on_token=print)
    else:
        RingWorker("ckpt/").serve()                                    # until the head closes

Legend: B batch, T new positions, S positions already cached, D hidden size, V vocabulary.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import torch
import torch.distributed as dist
from torch import Tensor

from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.core.model import default_positions
from nanofrontier.core.sample import LogitsProcessor, SampleConfig, Step, left_pad, sample_loop
from nanofrontier.prima.faults import Heartbeat, RankFailure, RingError, diagnose, replan  # noqa: F401
from nanofrontier.prima.gather import agree_auto_plan, plan_ring, ring_profiles
from nanofrontier.prima.stage import RingStage, checkpoint_fingerprint, load_stage_config

log = logging.getLogger(__name__)

AUTO_PLAN_CONTEXT = 4096  # tokens of KV cache Halda budgets for with plan="auto"


class LayoutError(ValueError):
    """The windows do not tile the model's layers, or do not match the ring's ranks."""


# -- layout: pure functions over half-open ranges ----------------------------------------------------
def ring_rounds(w: Sequence[int], k: int) -> list[list[tuple[int, int]]]:
    """Per rank, its k windows [start, end), one per round (empty for w_m = 0: the rank only forwards).

    In each round the windows follow the ring from rank 1 and end with the head (§1.1)."""
    order = list(range(1, len(w))) + [0]
    out: list[list[tuple[int, int]]] = [[] for _ in w]
    start = 0
    for _ in range(k):
        for m in order:
            out[m].append((start, start + w[m]))
            start += w[m]
    return out


@dataclass(frozen=True, kw_only=True)
class RingLayout:
    w: tuple[int, ...]  # layers per window, by rank (the head first)
    k: int  # rounds per token

    def __post_init__(self) -> None:
        object.__setattr__(self, "w", tuple(self.w))
        if not self.w or any(not isinstance(x, int) or x < 0 for x in self.w) or sum(self.w) == 0:
            raise LayoutError(f"w must be non-negative integers, one per rank, with a positive sum; got {self.w}")
        if not isinstance(self.k, int) or self.k < 1:
            raise LayoutError(f"k must be a positive integer, got {self.k!r}")

    @classmethod
    def from_plan(cls, plan) -> RingLayout:
        """The layout of a `halda.HaldaPlan` (its kept devices are the ring's ranks, head first)."""
        return cls(w=tuple(plan.w), k=plan.k)

    @property
    def n_layers(self) -> int:
        return sum(self.w) * self.k

    def check(self, n_layers: int, world_size: int) -> None:
        if len(self.w) != world_size:
            raise LayoutError(f"w={self.w} names {len(self.w)} ranks, but the ring has {world_size}")
        if self.n_layers != n_layers:
            raise LayoutError(f"w={self.w} with k={self.k} covers sum(w)*k = {self.n_layers} layers, but the "
                              f"model has {n_layers}; sum(w) * k must equal the layer count")

    def rounds(self) -> list[list[tuple[int, int]]]:
        return ring_rounds(self.w, self.k)

    def windows(self) -> list[list[tuple[int, int]]]:
        """Non-empty windows per rank, the form of `HaldaPlan.windows()`."""
        return [[(s, e) for s, e in rank if e > s] for rank in self.rounds()]


# -- messages ------------------------------------------------------------------------------------------
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


def pack(positions: Tensor, mask: Tensor | None, device: torch.device) -> Tensor:
    """positions [B, T] and mask [B, S+T] -> one float32 vector (RoPE reads positions as float32)."""
    parts = [positions.reshape(-1)] + ([] if mask is None else [mask.reshape(-1)])
    return torch.cat([p.to(device=device, dtype=torch.float32) for p in parts])


def unpack(payload: Tensor, control: Control) -> tuple[Tensor, Tensor | None]:
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


# -- start-up ------------------------------------------------------------------------------------------
def handshake(directory: str | Path, layout: RingLayout | None, device: torch.device) -> RingLayout:
    """Collective: gather checkpoint fingerprints at the head, which broadcasts the layout or refuses.

    The head passes its layout; workers pass None and receive it. Every rank raises `RingError` when
    the head refuses, so no rank is left waiting."""
    rank, world = dist.get_rank(), dist.get_world_size()
    problem: Exception | None = None
    try:
        digest = bytes.fromhex(checkpoint_fingerprint(directory))
    except (CheckpointError, OSError) as e:
        digest, problem = bytes(32), e
    mine = torch.frombuffer(bytearray(digest), dtype=torch.uint8).to(device)
    gathered = [torch.empty_like(mine) for _ in range(world)] if rank == 0 else None
    dist.gather(mine, gathered, dst=0)
    verdict = torch.zeros(1 + 2 * world, dtype=torch.int64, device=device)  # [k, w..., flag per rank]
    errors: list[str] = []
    if rank == 0:
        errors = _head_verdict(directory, layout, problem, gathered, verdict)
    dist.broadcast(verdict, src=0)
    if errors:
        raise RingError("; ".join(errors))
    flag, k = int(verdict[1 + world + rank]), int(verdict[0])
    if flag:
        where = f"rank {rank}: checkpoint {directory}"
        raise RingError(f"{where} could not be read ({problem})" if problem else
                        f"{where} differs from the head's (config.json + tensor index fingerprint)")
    if k == 0:
        raise RingError(f"rank {rank}: the head refused to start the ring (its error says why)")
    return RingLayout(w=tuple(verdict[1:1 + world].tolist()), k=k)


def _head_verdict(directory, layout: RingLayout, problem: Exception | None, gathered: list[Tensor],
                  verdict: Tensor) -> list[str]:
    world = len(gathered)
    errors = [f"the head could not read its checkpoint {directory}: {problem}"] if problem else []
    if not problem:
        try:
            layout.check(load_stage_config(directory).num_hidden_layers, world)
        except LayoutError as e:
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
    return errors


def _refuse(directory: str | Path, world: int, device: torch.device) -> None:
    """Run the handshake with a layout no model passes (sum(w) * k = L + 1), so every rank raises RingError."""
    L = load_stage_config(directory).num_hidden_layers
    try:
        handshake(directory, RingLayout(w=(1,) + (0,) * (world - 1), k=L + 1), device)
    except RingError:
        pass


def _ring_position() -> tuple[int, int]:
    if not dist.is_available() or not dist.is_initialized():
        return 0, 1
    return dist.get_rank(), dist.get_world_size()


# -- the two roles ---------------------------------------------------------------------------------------
class RingWorker:
    """Ranks 1..M-1: receive the step's control and hidden state, run the window, pass it on."""

    def __init__(self, directory: str | Path, *, dtype: torch.dtype | None = None,
                 device: str | torch.device = "cpu", timeout_s: float = 60.0, heartbeat_s: float = 0.5,
                 link_delay_s: float = 0.0, memory_budget: int | str | None = "auto", pack: bool = False) -> None:
        self.rank, world = _ring_position()
        if self.rank == 0:
            raise RingError("rank 0 is the head: build a RingHead there")
        self.device = torch.device(device)
        if agree_auto_plan(False):  # the head asked for profiles along the ring (gather.py)
            ring_profiles(directory)
        self.layout = handshake(directory, None, self.device)
        self.stage = RingStage(directory, self.layout.rounds()[self.rank], dtype=dtype, device=self.device,
                               memory_budget=memory_budget, pack=pack)
        self.link = Link(self.rank, world, self.device, timeout_s, delay_s=link_delay_s)
        self.heartbeat_s = heartbeat_s
        log.info("rank %d: windows %s", self.rank, self.stage.windows)

    def serve(self) -> int:
        """Serve steps until the head closes the ring; returns the number of steps served."""
        stage, link, k = self.stage, self.link, self.layout.k
        last = link.next == 0  # control stops here: the head sent it
        beats = Heartbeat(self.rank, self.heartbeat_s)
        steps = 0
        try:
            while True:
                control, payload = self._recv(link.recv_control)
                if not last:
                    link.send_control(control, payload)
                if control.op == STOP:
                    return steps
                positions, mask = unpack(payload, control)
                stage.prepare(batch=control.batch, max_len=control.max_len, keep=control.keep)
                for j in range(k):
                    h = self._recv(link.recv, (control.batch, control.new, stage.config.hidden_size), stage.dtype)
                    h = stage.run(j, h, positions, mask)
                    link.pass_on(h, lambda j=j: stage.prefetch((j + 1) % k))
                    beats.rounds_done += 1
                steps += 1
        finally:
            beats.stop()

    def _recv(self, fn: Callable, *args):
        try:
            return fn(*args)
        except RuntimeError as e:  # this rank exits; the head names the rank that failed first
            raise RankFailure(self.link.prev, f"nothing more reached rank {self.rank} ({e})") from e


class RingHead:
    """Rank 0: embeds, runs the last window of every round, applies the LM head and samples.

    Without an initialised process group (or with one rank) the head runs every layer itself."""

    def __init__(self, directory: str | Path, *, w: Sequence[int] | None = None, k: int | None = None,
                 plan=None, dtype: torch.dtype | None = None, device: str | torch.device = "cpu",
                 timeout_s: float = 60.0, heartbeat_s: float = 0.5, link_delay_s: float = 0.0,
                 memory_budget: int | str | None = "auto", pack: bool = False) -> None:
        rank, world = _ring_position()
        if rank != 0:
            raise RingError(f"rank {rank} is a worker: the head is rank 0")
        if (plan is None) == (w is None):
            raise LayoutError("pass exactly one of plan= and w= (with k=)")
        self.plan = None  # with plan="auto": the HaldaPlan made from the profiles gathered at start-up
        if world > 1 and agree_auto_plan(plan == "auto"):
            try:
                self.plan, w = plan_ring(directory, ring_profiles(directory), n_ctx=AUTO_PLAN_CONTEXT)
            except Exception as e:  # the workers wait in the handshake: refuse there, so that none hangs
                _refuse(directory, world, torch.device(device))
                raise RingError(f"plan='auto' failed at the head: {e}") from e
            plan, k = None, self.plan.k
        elif plan == "auto":  # alone: every layer here
            plan, w, k = None, (load_stage_config(directory).num_hidden_layers,), 1
        layout = RingLayout.from_plan(plan) if plan is not None else RingLayout(w=tuple(w), k=1 if k is None else k)
        self.device = torch.device(device)
        if world > 1:
            layout = handshake(directory, layout, self.device)
        else:
            layout.check(load_stage_config(directory).num_hidden_layers, world)
        self.layout, self.world_size = layout, world
        self.stage = RingStage(directory, layout.rounds()[0], ends=True, dtype=dtype, device=self.device,
                               memory_budget=memory_budget, pack=pack)
        self.config = self.stage.config
        self.link = Link(0, world, self.device, timeout_s, delay_s=link_delay_s)
        self.heartbeat_s = heartbeat_s
        self.cached, self._batch, self._max_len = 0, 0, 0
        self._keep: int | None = None  # the cache operation the next step carries
        self._rounds = 0  # rounds sent around the ring so far; a worker's heartbeat counts the same
        self.failure: RankFailure | None = None
        self.closed = False

    @property
    def survivors(self) -> list[int]:
        """Ranks not named by the failure (all ranks while the ring is healthy)."""
        return [r for r in range(self.world_size) if self.failure is None or r != self.failure.rank]

    def _hop(self, fn: Callable, *args):
        """Run a send or receive of the ring; a gloo error becomes the `RankFailure` that caused it."""
        try:
            return fn(*args)
        except RuntimeError as e:
            self.failure = diagnose(self.world_size, self._rounds, self.heartbeat_s, e)
            self.closed = True
            log.error("ring failed: %s; surviving ranks %s", self.failure, self.survivors)
            raise self.failure from e

    # -- cache operations: sent with the next step ---------------------------------------------------
    def reset(self, batch_size: int, max_len: int) -> None:
        """Start a fresh sequence of `batch_size` rows and room for `max_len` positions on every rank."""
        self.cached, self._batch, self._max_len, self._keep = 0, batch_size, max_len, 0

    def truncate(self, length: int) -> None:
        """Forget positions from `length` on, on every rank (rewind a draft, a new turn)."""
        if not 0 <= length <= self.cached:
            raise ValueError(f"cannot truncate {self.cached} cached positions to {length}")
        self.cached = length
        self._keep = length if self._keep is None else min(self._keep, length)

    # -- one step around the ring ------------------------------------------------------------------
    @torch.inference_mode()
    def forward(self, ids: Tensor, *, positions: Tensor | None = None, attention_mask: Tensor | None = None,
                logits_to_keep: int = 0) -> Tensor:
        """ids [B, T] at `positions` [B, T] (after the cached ones by default) -> logits [B, T, V]."""
        self._check_step(ids, attention_mask)
        B, T = ids.shape
        if positions is None:
            positions = default_positions(B, T, self.cached, attention_mask, self.device)
        control = Control(op=STEP, batch=B, new=T, keep=-1 if self._keep is None else self._keep,
                          max_len=self._max_len, mask_len=0 if attention_mask is None else attention_mask.shape[-1])
        payload = pack(positions, attention_mask, self.device)
        if self.world_size > 1:
            self._hop(self.link.send_control, control, payload)
        self._keep = None
        positions, mask = unpack(payload, control)  # every rank computes with the same decoded values
        stage = self.stage
        stage.prepare(batch=B, max_len=self._max_len, keep=control.keep)
        h = stage.embed(ids)  # [B, T, D]
        for j in range(self.layout.k):
            if self.world_size > 1:
                self._rounds += 1
                self._hop(self.link.pass_on, h, lambda j=j: stage.prefetch(j))
                h = self._hop(self.link.recv, (B, T, self.config.hidden_size), stage.dtype)
            h = stage.run(j, h, positions, mask)
        self.cached += T
        if logits_to_keep:
            h = h[:, -logits_to_keep:]
        return stage.logits(h)

    def _check_step(self, ids: Tensor, attention_mask: Tensor | None) -> None:
        """Refuse a bad step here: once a step is on the ring, a rank that fails leaves the others waiting."""
        if self.failure is not None:
            raise RingError(f"the ring is closed after a failure: {self.failure}")
        if self.closed:
            raise RingError("the ring is closed")
        if not self._batch:
            raise RingError("call reset(batch_size, max_len) before the first step")
        B, T = ids.shape
        if B != self._batch:
            raise ValueError(f"a step of {B} rows, but the sequence was reset for {self._batch}")
        if self.cached + T > self._max_len:
            raise ValueError(f"{self.cached} cached + {T} new positions exceed max_len={self._max_len}")
        if attention_mask is not None and tuple(attention_mask.shape) != (B, self.cached + T):
            raise ValueError(f"attention_mask has shape {list(attention_mask.shape)}, expected "
                             f"{[B, self.cached + T]} ({self.cached} cached + {T} new)")

    # -- generation (the loop of core.sample.stream_generate, over the ring) ---------------------------
    @torch.inference_mode()
    def stream(self, prompts: Sequence[Sequence[int]], cfg: SampleConfig, *,
               generator: torch.Generator | None = None, processors: Sequence[LogitsProcessor] = (),
               pad_id: int = 0) -> Iterator[Step]:
        """Yield one `Step` per new token: `core.sample`'s decoding loop over the ring."""
        ids, mask = left_pad(prompts, pad_id)
        self.reset(ids.shape[0], ids.shape[1] + cfg.max_new_tokens)

        def forward(new: Tensor, positions: Tensor, mask: Tensor | None) -> Tensor:
            return self.forward(new, positions=positions, attention_mask=mask, logits_to_keep=1)[:, -1]

        yield from sample_loop(forward, ids.to(self.device), None if mask is None else mask.to(self.device), cfg,
                               generator=generator, processors=processors, pad_id=pad_id)

    def generate(self, prompt_ids: Sequence[int], max_new_tokens: int, *, sample: SampleConfig | None = None,
                 generator: torch.Generator | None = None, processors: Sequence[LogitsProcessor] = (),
                 on_token: Callable[[int], None] | None = None) -> list[int]:
        """New tokens for one prompt, greedy unless `sample` says otherwise; stops after a stop id.

        `on_token` sees each token as soon as the ring has produced it."""
        cfg = dataclasses.replace(sample or SampleConfig(temperature=0.0), max_new_tokens=max_new_tokens)
        out: list[int] = []
        for step in self.stream([list(prompt_ids)], cfg, generator=generator, processors=processors):
            out.append(int(step.tokens[0]))
            if on_token is not None:
                on_token(out[-1])
            if bool(step.finished[0]):
                break
        return out

    # -- shutdown ----------------------------------------------------------------------------------------
    def close(self) -> None:
        """Tell every worker to return from `serve`."""
        if not self.closed and self.world_size > 1:
            self.link.send_control(Control(op=STOP), None)
        self.closed = True

    def __enter__(self) -> RingHead:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
