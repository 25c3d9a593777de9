"""Piped-ring parallelism (the prima.cpp paper) on `torch.distributed`: the head and the workers.

M ranks sit in a ring 0 -> 1 -> ... -> M-1 -> 0 (layout.py says which layers each runs in each of k rounds).
The head (rank 0) embeds, sends the hidden state to rank 1, and after the last round still holds the final
hidden state: it applies the norm and the LM head and samples. A token costs k * M window runs and hops;
each hop carries one hidden state [B, T, D] (wire.py). At start-up the ranks check that they hold the same
checkpoint (handshake.py).

Faults. Every hidden-state hop waits at most `timeout_s` (one round around the ring, prefill included);
the backend also fails a hop at once when a neighbour's process ends. Each worker runs a `Heartbeat` thread
that publishes (beat, rounds finished) to the rendezvous store every `heartbeat_s`. When a hop fails
the head reads the heartbeats twice, and the first rank in ring order that has not finished the
awaited round is the failed one: silent beats mean it died (or hangs holding the GIL), moving beats
that it is stuck. The step raises `RankFailure(rank, reason)`; `head.survivors` lists the other ranks
and `faults.replan` runs Halda over their devices. The process group cannot lose a member, so the ring is
then closed: relaunch the survivors with the new plan (a live re-form of the group is not implemented).
A worker waits for the next step's control without a bound (an idle server), for hidden states at
most `timeout_s`; the process-group timeout bounds the handshake.

    dist.init_process_group("gloo", timeout=timedelta(seconds=60))   # launch.py: torchrun or MASTER_ADDR/PORT
    if dist.get_rank() == 0:
        with RingHead("ckpt/", w=(2, 1), k=2) as head:     # or plan=halda.plan(...), or plan="auto" (gather.py)
            tokens = head.generate(prompt_ids, 32, on_token=print)
    else:
        RingWorker("ckpt/").serve()                                    # until the head closes

On GPUs each rank passes `device="cuda:N"` (its window's weights and KV cache live there) and the group
uses NCCL (launch.py picks it); hidden states then travel GPU to GPU.

Legend: B batch, T new positions, S positions already cached, D hidden size, V vocabulary.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import torch
import torch.distributed as dist
from torch import Tensor

from nanofrontier.core.checkpoint import Checkpoint, open_checkpoint
from nanofrontier.core.model import default_positions
from nanofrontier.core.sample import LogitsProcessor, SampleConfig, Step, left_pad, sample_loop
from nanofrontier.prima.faults import Heartbeat, RankFailure, RingError, diagnose
from nanofrontier.prima.gather import agree_auto_plan, plan_ring, ring_profiles
from nanofrontier.prima.handshake import handshake, refuse
from nanofrontier.prima.latency import memory_budget as memory_budget_of
from nanofrontier.prima.layout import LayoutError, RingLayout
from nanofrontier.prima.stage import RingStage, stage_config
from nanofrontier.prima.wire import STEP, STOP, Control, Link, pack_payload, unpack_payload

log = logging.getLogger(__name__)

AUTO_PLAN_CONTEXT = 4096  # tokens of KV cache Halda budgets for with plan="auto" (at most the model's context)


def _ring_position() -> tuple[int, int]:
    if not dist.is_available() or not dist.is_initialized():
        return 0, 1
    return dist.get_rank(), dist.get_world_size()


# -- the two roles ---------------------------------------------------------------------------------------
class RingWorker:
    """Ranks 1..M-1: receive the step's control and hidden state, run the window, pass it on."""

    def __init__(self, source: str | Path | Checkpoint, *, dtype: torch.dtype | None = None,
                 device: str | torch.device = "cpu", timeout_s: float = 60.0, heartbeat_s: float = 0.5,
                 link_delay_s: float = 0.0, memory_budget: int | str | None = "auto", pack: bool = False) -> None:
        self.rank, world = _ring_position()
        if self.rank == 0:
            raise RingError("rank 0 is the head: build a RingHead there")
        self.device = torch.device(device)
        if agree_auto_plan(False, self.device):  # the head asked for profiles along the ring (gather.py)
            ring_profiles(source, device=self.device, link_delay_s=link_delay_s)
        self.layout, ckpt = handshake(source, None, self.device)
        self.stage = RingStage(ckpt, self.layout.rounds()[self.rank], dtype=dtype, device=self.device,
                               memory_budget=memory_budget, pack=pack, budget_cap=self.layout.budget_of(self.rank))
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
                positions, mask = unpack_payload(payload, control)
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

    Without an initialised process group (or with one rank) the head runs every layer itself. `budgets` (bytes
    by rank, with w=): the weights each rank may keep resident at most, as a plan counted them; with
    plan="auto" they are the budgets of the gathered profiles, so each rank streams what the plan predicted."""

    def __init__(self, source: str | Path | Checkpoint, *, w: Sequence[int] | None = None, k: int | None = None,
                 plan=None, dtype: torch.dtype | None = None, device: str | torch.device = "cpu",
                 timeout_s: float = 60.0, heartbeat_s: float = 0.5, link_delay_s: float = 0.0,
                 memory_budget: int | str | None = "auto", pack: bool = False,
                 budgets: Sequence[int] | None = None) -> None:
        rank, world = _ring_position()
        if rank != 0:
            raise RingError(f"rank {rank} is a worker: the head is rank 0")
        if (plan is None) == (w is None):
            raise LayoutError("pass exactly one of plan= and w= (with k=)")
        self.plan = None  # with plan="auto": the HaldaPlan made from the profiles gathered at start-up
        self.profiles: list = []  # with plan="auto": every rank's profile, in rank order (dropped ones too)
        self.device = torch.device(device)
        ckpt = open_checkpoint(source)  # the head's own checkpoint must open: it has no one to tell
        if world > 1 and agree_auto_plan(plan == "auto", self.device):
            try:
                profiles = ring_profiles(ckpt, device=self.device, link_delay_s=link_delay_s)
                n_ctx = min(AUTO_PLAN_CONTEXT, stage_config(ckpt).max_position_embeddings)
                self.plan, w = plan_ring(ckpt, profiles, n_ctx=n_ctx)
                self.profiles = list(profiles)
                budgets = [int(memory_budget_of(d)) for d in profiles]  # what the plan counted, by rank
            except Exception as e:  # the workers wait in the handshake: refuse there, so that none hangs
                refuse(ckpt, world, self.device)
                raise RingError(f"plan='auto' failed at the head: {e}") from e
            plan, k = None, self.plan.k
        elif plan == "auto":  # alone: every layer here
            plan, w, k = None, (stage_config(ckpt).num_hidden_layers,), 1
        layout = (RingLayout.from_plan(plan, budgets) if plan is not None
                  else RingLayout(w=tuple(w), k=1 if k is None else k, budgets=budgets))
        if world > 1:
            layout, ckpt = handshake(ckpt, layout, self.device)
        else:
            layout.check(stage_config(ckpt).num_hidden_layers, world)
        self.layout, self.world_size = layout, world
        self.stage = RingStage(ckpt, layout.rounds()[0], ends=True, dtype=dtype, device=self.device,
                               memory_budget=memory_budget, pack=pack, budget_cap=layout.budget_of(0))
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
        payload = pack_payload(positions, attention_mask, self.device)
        if self.world_size > 1:
            self._hop(self.link.send_control, control, payload)
        self._keep = None
        positions, mask = unpack_payload(payload, control)  # every rank computes with the same decoded values
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
