"""Start-up profiling along the ring, then Halda at the head.

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
import time
from pathlib import Path

import torch
import torch.distributed as dist

from nanofrontier.core.checkpoint import Checkpoint, open_checkpoint
from nanofrontier.prima.halda import HaldaPlan, plan
from nanofrontier.prima.profile_types import DeviceProfile, ModelProfile
from nanofrontier.prima.profiler import ack, measure_link, profile_device
from nanofrontier.prima.stage import stage_config

log = logging.getLogger(__name__)

ROUND_TRIPS = 3  # small round trips per link; half as many large ones (measure_link)
LARGE = 1 << 20  # bytes of a large round trip
CPU = torch.device("cpu")


def agree_auto_plan(auto: bool, device: torch.device = CPU) -> bool:
    """Collective: the head's `auto` reaches every rank (workers pass anything). `device`: where this rank's
    tensors live (a CUDA device under NCCL)."""
    flag = torch.tensor([int(auto)], dtype=torch.int64, device=device)
    dist.broadcast(flag, src=0)
    return bool(flag.item())


def _send(payload: bytes, dst: int, device: torch.device) -> None:
    dist.send(torch.tensor([len(payload)], dtype=torch.int64, device=device), dst=dst)
    dist.send(torch.frombuffer(bytearray(payload), dtype=torch.uint8).to(device), dst=dst)


def _recv(src: int, device: torch.device) -> bytes:
    size = torch.empty(1, dtype=torch.int64, device=device)
    dist.recv(size, src=src)
    data = torch.empty(int(size.item()), dtype=torch.uint8, device=device)
    dist.recv(data, src=src)
    return data.cpu().numpy().tobytes()


def _profile(ckpt: Checkpoint, rank: int, quick: bool) -> DeviceProfile:
    try:
        return profile_device(name=f"rank{rank}", model=ckpt, quick=quick, is_head=rank == 0)
    except OSError as e:  # e.g. a read-only checkpoint directory: time the disk in the temp directory instead
        log.warning("rank %d: disk test in %s failed (%s); using the temp directory", rank, ckpt.directory, e)
        return profile_device(name=f"rank{rank}", model=ckpt, disk_path=tempfile.gettempdir(), quick=quick,
                              is_head=rank == 0)


def ring_profiles(source: str | Path | Checkpoint, *, quick: bool = True, device: torch.device = CPU,
                  link_delay_s: float = 0.0) -> list[DeviceProfile] | None:
    """Collective: every rank's profile with its link to the next rank; the list (head first) at the head.

    `link_delay_s` is a delay the ring adds to this rank's link (the simulator's stand-in for netem); the
    link test pays it on the way out and on the way back, as a symmetric link would."""
    ckpt = open_checkpoint(source)
    rank, world = dist.get_rank(), dist.get_world_size()
    nxt, prev = (rank + 1) % world, (rank - 1) % world
    me = None
    for r in range(world):  # one rank at a time: ranks that share a host must not time each other's load
        if rank == r:
            me = _profile(ckpt, rank, quick)
        if world > 1:
            dist.barrier()
    if world > 1:
        for r in range(world):  # one link at a time, so no two measurements share the wire
            if rank == r:
                def out(b: bytes) -> None:
                    time.sleep(link_delay_s)
                    _send(b, nxt, device)

                def back() -> bytes:
                    reply = _recv(nxt, device)
                    time.sleep(link_delay_s)
                    return reply

                rtt, bw = measure_link(out, back, large=LARGE, repeats=ROUND_TRIPS)
                me = dataclasses.replace(me, link_rtt_s=rtt, link_bw=bw)
            if rank == (r + 1) % world:
                for _ in range(ROUND_TRIPS + max(1, ROUND_TRIPS // 2)):
                    _send(ack(_recv(prev, device)), prev, device)
            dist.barrier()
    gathered: list | None = [None] * world if rank == 0 else None
    dist.gather_object(me.to_dict(), gathered, dst=0)
    if rank != 0:
        return None
    return [DeviceProfile.from_dict(d, where=f"rank {r}'s profile") for r, d in enumerate(gathered)]


def model_profile(source: str | Path | Checkpoint, n_ctx: int) -> ModelProfile:
    """Halda's per-layer costs of a checkpoint (Llama, Qwen2 or bitnet), its stored dtype's bytes per weight."""
    ckpt = open_checkpoint(source)
    config = stage_config(ckpt)
    return ModelProfile.from_config(getattr(config, "base", config), dtype_bytes=ckpt.stored_dtype().itemsize,
                                    n_ctx=n_ctx)


def plan_ring(source: str | Path | Checkpoint, profiles: list[DeviceProfile],
              n_ctx: int) -> tuple[HaldaPlan, tuple[int, ...]]:
    """Halda over the gathered profiles; the windows by rank (0 for a device the plan dropped)."""
    p = plan(profiles, model_profile(source, n_ctx))
    kept = dict(zip((d.name for d in p.devices), p.w, strict=True))
    w = tuple(kept.get(d.name, 0) for d in profiles)
    if p.dropped:
        log.warning("Halda would drop %s (not worth their hop); they stay in the ring with empty windows: "
                    "relaunch without them to save the hops", ", ".join(p.dropped))
    log.info("Halda: w=%s k=%d, predicted %.1f ms/token", w, p.k, p.predicted_ms)
    return p, w
