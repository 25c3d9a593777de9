"""Fault detection for the ring: who failed, and a new plan without them.

Each worker runs a `Heartbeat` thread that publishes "beat rounds_done" in the rendezvous store, which
sits outside the data path. When a hop fails or times out, the head calls `diagnose`: it reads the beats
twice, and the first rank in ring order that has not finished the awaited round is named. A rank whose
beats stopped "died or hangs"; one whose beats go on is "alive but stuck". `replan` runs Halda over the
survivors. The live process group cannot drop a member, so the survivors are relaunched with the new plan.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import torch.distributed as dist


class RingError(RuntimeError):
    """The ring cannot start or run; the message names the rank."""


class RankFailure(RingError):
    """A rank died, stalled, or its incoming hop did; the ring is closed after it."""

    def __init__(self, rank: int, reason: str) -> None:
        super().__init__(f"rank {rank}: {reason}")
        self.rank, self.reason = rank, reason


def _store():
    return dist.distributed_c10d._get_default_store()  # the TCPStore of the rendezvous (torchrun's too)


def _beat_key(rank: int) -> str:
    return f"prima/heartbeat/{rank}"


class Heartbeat:
    """A worker's daemon thread: publishes "beat rounds_done" every `period_s` until stopped.

    The beat shows the process is alive; rounds_done (windows run and sent on) shows whether it moves.
    The store lives outside the data path, so a beat costs the ring's hops nothing."""

    def __init__(self, rank: int, period_s: float) -> None:
        self.rank, self.period_s, self.rounds_done = rank, period_s, 0
        self._store, self._stop = _store(), threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"prima-heartbeat-{rank}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        beat = 0
        while not self._stop.is_set():
            try:
                self._store.set(_beat_key(self.rank), f"{beat} {self.rounds_done}")
            except RuntimeError:  # the store's host (the head) is gone; the data path reports it
                return
            beat += 1
            self._stop.wait(self.period_s)

    def stop(self) -> None:
        self._stop.set()


def _read_beats(store, world: int) -> dict[int, tuple[int, int]]:
    beats = {}
    for r in range(1, world):
        if store.check([_beat_key(r)]):
            beat, done = store.get(_beat_key(r)).decode().split()
            beats[r] = (int(beat), int(done))
    return beats


def diagnose(world: int, awaited: int, heartbeat_s: float, error: Exception) -> RankFailure:
    """The head's verdict after a failed hop, while it waited for its `awaited`-th round overall.

    The first rank in ring order (1..M-1) that has not finished that round is the culprit."""
    store = _store()
    first = _read_beats(store, world)
    time.sleep(2.5 * heartbeat_s)  # a live rank beats at least twice meanwhile
    second = _read_beats(store, world)
    for r in range(1, world):
        beat, done = second.get(r, (-1, 0))
        if done >= awaited:
            continue
        if beat == first.get(r, (-1, 0))[0]:
            return RankFailure(r, f"no heartbeat for {2.5 * heartbeat_s:.1f} s: the process died or hangs "
                                  f"({error})")
        return RankFailure(r, f"alive but stuck: finished {done} of {awaited} rounds; it or the hop from "
                              f"rank {r - 1} stalls ({error})")
    return RankFailure(world - 1, f"finished its window but its output did not reach the head ({error})")


def replan(plan, failed: Sequence[int], model):
    """A new `halda.HaldaPlan` over `plan`'s devices without the `failed` ranks (the head must survive).

    Relaunch the surviving ranks with it: the live process group cannot drop a member."""
    from nanofrontier.prima import halda

    if 0 in failed:
        raise RingError("rank 0 (the head) failed: no ring is left to re-plan")
    devices = [d for m, d in enumerate(plan.devices) if m not in set(failed)]
    return halda.plan(devices, model)
