"""Start-up profiling along the ring, then Halda at the head (research/prima.md §1.5).

`RingHead(..., plan="auto")` makes every rank profile its device (`profiler.profile_device` with the
checkpoint, so its layer timing too), one rank at a time so that ranks sharing a host do not slow each
other, then measure the RTT and bandwidth of its link to the next rank, one link at a time while the next
rank echoes; the head gathers the profiles and plans with Halda. Workers learn whether to take part from
one broadcast at start-up (`agree_auto_plan`), so only the head is told.

    profiles = ring_profiles("ckpt/")      # collective; the list at the head, None on workers

The ring cannot shrink once the process group exists, so a device Halda drops stays in the ring with an
empty window: it forwards the hidden state and costs its hop (a warning says to relaunch without it).
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from pathlib import Path

import torch
import torch.distributed as dist

from nanofrontier.core.checkpoint import WeightIndex
from nanofrontier.prima.halda import HaldaPlan, plan
from nanofrontier.prima.profile_types import DeviceProfile, ModelProfile
from nanofrontier.prima.profiler import measure_link, profile_device

log = logging.getLogger(__name__)

ROUND_TRIPS = 3  # small round trips per link; half as many large ones (measure_link)
LARGE = 1 << 20  # bytes of a large round trip


def agree_auto_plan(auto: bool) -> bool:
    """Collective: the head's `auto` reaches every rank (workers pass anything)."""
    flag = torch.tensor([int(auto)], dtype=torch.int64)
    dist.broadcast(flag, src=0)
    return bool(flag.item())


def _send(payload: bytes, dst: int) -> None:
    dist.send(torch.tensor([len(payload)], dtype=torch.int64), dst=dst)
    dist.send(torch.frombuffer(bytearray(payload), dtype=torch.uint8), dst=dst)


def _recv(src: int) -> bytes:
    size = torch.empty(1, dtype=torch.int64)
    dist.recv(size, src=src)
    data = torch.empty(int(size.item()), dtype=torch.uint8)
    dist.recv(data, src=src)
    return data.numpy().tobytes()


def _profile(model_dir: str | Path, rank: int, quick: bool) -> DeviceProfile:
    try:
        return profile_device(name=f"rank{rank}", model_dir=model_dir, quick=quick, is_head=rank == 0)
    except OSError as e:  # e.g. a read-only checkpoint directory: time the disk in the temp directory instead
        log.warning("rank %d: disk test in %s failed (%s); using the temp directory", rank, model_dir, e)
        return profile_device(name=f"rank{rank}", model_dir=model_dir, disk_path=tempfile.gettempdir(), quick=quick,
                              is_head=rank == 0)


def ring_profiles(model_dir: str | Path, *, quick: bool = True) -> list[DeviceProfile] | None:
    """Collective: every rank's profile with its link to the next rank; the list (head first) at the head."""
    rank, world = dist.get_rank(), dist.get_world_size()
    nxt, prev = (rank + 1) % world, (rank - 1) % world
    me = None
    for r in range(world):  # one rank at a time: ranks that share a host must not time each other's load
        if rank == r:
            me = _profile(model_dir, rank, quick)
        if world > 1:
            dist.barrier()
    if world > 1:
        for r in range(world):  # one link at a time, so no two measurements share the wire
            if rank == r:
                rtt, bw = measure_link(lambda b: _send(b, nxt), lambda: _recv(nxt), large=LARGE, repeats=ROUND_TRIPS)
                me = dataclasses.replace(me, link_rtt_s=rtt, link_bw=bw)
            if rank == (r + 1) % world:
                for _ in range(ROUND_TRIPS + max(1, ROUND_TRIPS // 2)):
                    _send(_recv(prev), prev)
            dist.barrier()
    gathered: list | None = [None] * world if rank == 0 else None
    dist.gather_object(me.to_dict(), gathered, dst=0)
    if rank != 0:
        return None
    return [DeviceProfile.from_dict(d, where=f"rank {r}'s profile") for r, d in enumerate(gathered)]


def model_profile(model_dir: str | Path, n_ctx: int) -> ModelProfile:
    """Halda's per-layer costs of a checkpoint (Llama, Qwen2 or bitnet), its stored dtype's bytes per weight."""
    from nanofrontier.prima.stage import load_stage_config  # stage imports the profiler, which this imports

    config = load_stage_config(model_dir)
    weights = WeightIndex(model_dir)
    nbytes = weights.file_of("model.embed_tokens.weight").dtype("model.embed_tokens.weight").itemsize
    return ModelProfile.from_config(getattr(config, "base", config), dtype_bytes=nbytes, n_ctx=n_ctx)


def plan_ring(model_dir: str | Path, profiles: list[DeviceProfile], n_ctx: int) -> tuple[HaldaPlan, tuple[int, ...]]:
    """Halda over the gathered profiles; the windows by rank (0 for a device the plan dropped)."""
    p = plan(profiles, model_profile(model_dir, n_ctx))
    kept = dict(zip((d.name for d in p.devices), p.w, strict=True))
    w = tuple(kept.get(d.name, 0) for d in profiles)
    if p.dropped:
        log.warning("Halda would drop %s (not worth their hop); they stay in the ring with empty windows: "
                    "relaunch without them to save the hops", ", ".join(p.dropped))
    log.info("Halda: w=%s k=%d, predicted %.1f ms/token", w, p.k, p.predicted_ms)
    return p, w
