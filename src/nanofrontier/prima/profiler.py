"""Measure this machine for Halda: a `DeviceProfile`, as prima.cpp's profiler does.

    d = profile_device(name="laptop")                  # ~2-5 s; quick=True shrinks every size for tests
    save_profiles("laptop.json", [d])                  # or `nanofrontier prima profile --out laptop.json`

What is measured, and why that way:
* cpu_flops: fp32 batch-1 GEMV (y = W x) on squares of n_embd/8 for n_embd in 1k..8k, prima's decode-shaped
  test. They stay in cache, so this is compute throughput; the RAM read of the weights is α's separate
  b′/BW_ram term (latency.py), and a RAM-sized GEMV here would count it twice. Total FLOPs / total best
  time over the sizes, with torch's threads as configured.
* mem_bytes: `core.sysinfo.available_memory`: MemAvailable, capped by the memory cgroup's limit − usage at
  every level of this process's cgroup path (v1 and v2): page cache is charged to the cgroup, so a capped
  process re-reads from disk.
* mem_bw: `core.sysinfo.read_bandwidth` over a ≥ 256 MiB buffer of random values, far above the last-level
  cache.
* disk_bw: with a model, the checkpoint's largest tensors read as a streaming rank reads them (`stream_read`),
  with the burst a short read after an idle spell gets (disk_burst_bytes, disk_burst_bw); without one, a cold
  sequential read of a ≥ 64 MiB temp file under `disk_path` after fsync + posix_fadvise(DONTNEED) has dropped
  it from the page cache: prima.cpp's fio figure, without fio.
* link_rtt_s, link_bw: the link to the next rank is measured by the ring (`measure_link`); here they are
  parameters.
"""

from __future__ import annotations

import logging
import math
import mmap
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from nanofrontier.core import sysinfo
from nanofrontier.core.checkpoint import Checkpoint, open_checkpoint
from nanofrontier.prima.profile_types import DeviceProfile, GpuProfile, ProfileError
from nanofrontier.prima.stage import RingStage, stage_config

log = logging.getLogger(__name__)

MiB = 1 << 20
DEFAULT_LINK_RTT_S = 1e-3     # a wired home LAN; the ring replaces it with a measurement
DEFAULT_LINK_BW = 100e6       # bytes/s, ~1 Gbit/s
GEMV_SIZES = (128, 256, 512, 1024)   # n_embd/8 for n_embd = 1k..8k, prima.cpp's sizes


def _best_seconds(fn: Callable[[], object], repeats: int, device: torch.device) -> float:
    """Best wall time of `fn` over `repeats` runs after one warm-up (CUDA work is waited for)."""
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    fn()
    best = math.inf
    for _ in range(repeats):
        sync()
        start = time.perf_counter()
        fn()
        sync()
        best = min(best, time.perf_counter() - start)
    return max(best, 1e-9)


def matmul_flops(sizes: tuple[int, ...] = GEMV_SIZES, *, repeats: int = 5, flops_per_run: float = 2e8,
                 device: str | torch.device = "cpu") -> float:
    """fp32 FLOP/s of batch-1 GEMV on `sizes`² weights: Σ FLOPs / Σ best times."""
    device = torch.device(device)
    total_flops = total_s = 0.0
    for n in sizes:
        W, x = torch.randn(n, n, device=device), torch.randn(n, device=device)  # W: [n, n], x: [n]
        y = torch.empty(n, device=device)
        iters = max(1, round(flops_per_run / (2 * n * n)))

        def run(W=W, x=x, y=y, iters=iters) -> None:
            for _ in range(iters):
                torch.mv(W, x, out=y)

        total_s += _best_seconds(run, repeats, device)
        total_flops += 2.0 * n * n * iters
    return total_flops / total_s


def disk_read_bandwidth(directory: str | Path = ".", nbytes: int = 64 * MiB, *, repeats: int = 2,
                        chunk: int = 4 * MiB) -> float:
    """Cold sequential read bytes/s of a temp file written under `directory`, dropped from the page cache."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: disk_path is not a directory")
    fd, name = tempfile.mkstemp(prefix=".nanofrontier-disk-", dir=directory)
    try:
        block = os.urandom(chunk)  # random: a compressing filesystem would shrink zeros
        for _ in range(max(1, nbytes // chunk)):
            os.write(fd, block)
        os.fsync(fd)  # DONTNEED drops clean pages only
        size = os.fstat(fd).st_size
        buf = bytearray(chunk)
        best = math.inf
        for _ in range(repeats):
            _drop_from_page_cache(fd)
            os.lseek(fd, 0, os.SEEK_SET)
            with open(fd, "rb", buffering=0, closefd=False) as f:
                start = time.perf_counter()
                while f.readinto(buf):
                    pass
                best = min(best, time.perf_counter() - start)
        return size / max(best, 1e-9)
    finally:
        os.close(fd)
        os.unlink(name)


def _drop_from_page_cache(fd: int) -> None:
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    else:  # macOS: no fadvise; F_NOCACHE makes reads bypass the unified buffer cache
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_NOCACHE", 48), 1)


def gpu_profile(*, quick: bool = False) -> GpuProfile | None:
    """The CUDA GPU's free memory, GEMV FLOP/s and read bandwidth; None without CUDA."""
    if not torch.cuda.is_available():
        return None
    free, _ = torch.cuda.mem_get_info()
    return GpuProfile(vram_bytes=float(free), flops=matmul_flops(device="cuda"),
                      mem_bw=sysinfo.read_bandwidth((64 if quick else 1024) * MiB, device="cuda"))


def measure_link(send: Callable[[bytes], None], recv: Callable[[], bytes], *, small: int = 64,
                 large: int = 4 * MiB, repeats: int = 5,
                 clock: Callable[[], float] = time.perf_counter) -> tuple[float, float]:
    """(RTT s, bytes/s) of the link to a peer that answers each payload with its size (`ack_sizes`).

    RTT is the best round trip of a small payload; a large one goes out and only its small answer comes back,
    so t_large ≈ RTT + large/bw measures the outgoing direction alone: the ring sends one way, and the way
    back may be a different, slower link."""
    def round_trip(payload: bytes) -> float:
        start = clock()
        send(payload)
        reply = recv()
        elapsed = clock() - start
        if reply != len(payload).to_bytes(8, "little"):
            raise ValueError(f"measure_link: the peer acknowledged {reply!r}, sent {len(payload)} bytes")
        return elapsed

    rtt = min(round_trip(bytes(small)) for _ in range(repeats))
    big = min(round_trip(os.urandom(large)) for _ in range(max(1, repeats // 2)))
    return rtt, large / max(big - rtt, 1e-9)


def ack(payload: bytes) -> bytes:
    """The answer `measure_link`'s peer sends for a payload: its size, 8 bytes."""
    return len(payload).to_bytes(8, "little")


@dataclass(frozen=True)
class StreamRead:
    """A device's streamed-read figures: the sustained rate, and the burst a short read after an idle spell gets
    (a rate-limited disk's credit, a drive's write-back cache): `burst_bytes` at `burst_bw`; 0, 0 when none."""

    rate: float
    burst_bytes: float = 0.0
    burst_bw: float = 0.0


BURST_MARGIN = 1.25  # a prefix read this much faster than the whole is a burst, not a disk's first-read jitter
IDLE_S = 0.25        # idle before the streamed-read test, as a ring rank idles between its rounds
PIECE = 4 * MiB      # the streamed-read test's timeline resolution


def fit_burst(points: Sequence[tuple[float, float]]) -> StreamRead:
    """The figures of one read's timeline, (bytes read, seconds) after each piece: the sustained rate over the
    whole, and the longest prefix that ran `BURST_MARGIN` times faster than that (its bytes and rate)."""
    if not points or points[-1][1] <= 0:
        raise ProfileError("DeviceProfile", "disk_bw", f"an empty or instant read timeline: {list(points)[:3]}")
    total, elapsed = points[-1]
    rate = total / elapsed
    fast = [(b, t) for b, t in points[:-1] if t > 0 and b / t >= BURST_MARGIN * rate]
    if not fast:
        return StreamRead(rate)
    b, t = fast[-1]
    return StreamRead(rate, float(b), b / t)


def stream_read(weights, nbytes: int = 256 * MiB) -> StreamRead:
    """How this device reads the checkpoint's tensors the way a streaming rank does: dropped from the page
    cache, read ahead (posix_fadvise WILLNEED), touched through the mapping and dropped again, up to `nbytes` of
    the largest tensors, in `PIECE`s after `IDLE_S` of idle. Under a throttled disk this is the rate that
    re-reading a layer each token actually gets; dropping each piece, as residency.py drops a share after use,
    keeps a sample larger than the device's memory cap from measuring the cgroup's reclaim instead of the
    disk (a 256 MiB sample under a 134 MB cap read at 578-726 MB/s from an 800 MB/s throttle). The sample is
    large (256 MiB by default) so that a first burst (blk-throttle's slice credit lets ~0.1 s of its rate
    through at the disk's own speed) is told apart from the sustained rate: `fit_burst` reports both, and
    latency.py credits the burst to a round's short read."""
    def size(name: str) -> int:
        start, end = weights.file_of(name).byte_range(name)
        return end - start

    picked, total = [], 0
    for name in sorted(weights.keys(), key=size, reverse=True):
        if total >= nbytes or size(name) < mmap.PAGESIZE:
            break
        picked.append(name)
        total += size(name)
    if not picked:
        raise ProfileError("DeviceProfile", "disk_bw", "the checkpoint has no tensor of a page or more to read")
    for name in picked:
        weights.file_of(name).release(name)
    time.sleep(IDLE_S)
    points, done = [], 0
    start = time.perf_counter()
    for name in picked:
        t = weights.tensor(name).reshape(-1).view(torch.uint8)
        for lo in range(0, t.numel(), PIECE):
            hi = min(lo + PIECE, t.numel())
            weights.file_of(name).readahead(name, lo, hi)
            int(t[lo:hi:mmap.PAGESIZE].sum())  # touch every page: waits for the read
            weights.file_of(name).release(name, lo, hi)  # as the rank drops a share after use: no reclaim
            done += hi - lo
            points.append((done, time.perf_counter() - start))
    for name in picked:
        weights.file_of(name).release(name)
    return fit_burst(points)


def layer_seconds(model: str | Path | Checkpoint, *, repeats: int = 7, prompt: int = 8) -> float | None:
    """Seconds one of the checkpoint's decoder layers takes for one decode token on this CPU, run as a rank
    runs it: a `RingStage` over its first layers (three, cycled, when a layer is small enough to sit in
    the cache), weights mmap'd from the file and warm in the page cache. Only as many layers as fit in half
    the memory this process may still fill are timed: on a device with little memory, layers evicted while
    they are timed would turn a compute figure into a disk one. None when there is no layer to run."""
    try:
        ckpt = open_checkpoint(model)
        config = stage_config(ckpt)
        if config.num_hidden_layers == 0:
            return None
        layer_bytes = sum(ckpt.weights.tensor(n).nbytes for n in ckpt.weights.keys()
                          if n.startswith("model.layers.0."))
        fits = int(sysinfo.available_memory() // 2 // max(layer_bytes, 1))
        stage = RingStage(ckpt, [(0, max(1, min(3, config.num_hidden_layers, fits)))])
    except Exception as e:  # an unreadable checkpoint: latency.py's formula stands
        log.warning("layer timing skipped (%s): %s", model, e)
        return None
    n = stage.windows[0][1]
    if n == 0:
        return None
    stage.prepare(batch=1, max_len=prompt + repeats + 2, keep=0)
    D = stage.config.hidden_size
    stage.run(0, torch.randn(1, prompt, D, dtype=stage.dtype), torch.arange(prompt)[None], None)  # pages in
    times = []
    for step in range(repeats):
        h = torch.randn(1, 1, D, dtype=stage.dtype)
        start = time.perf_counter()
        stage.run(0, h, torch.tensor([[prompt + step]]), None)
        times.append((time.perf_counter() - start) / n)
    for name in stage.window_tensors(0):  # give the pages back: a rank's budget is measured after this
        stage.weights.file_of(name).release(name)
    return sorted(times)[len(times) // 2]


def _disk(model, disk_path, disk_dir: Path, quick: bool) -> dict[str, float]:
    """The checkpoint's streamed-read figures when there is a checkpoint on the disk under test, else the cold
    sequential read of a temp file (no burst measured)."""
    if model is not None and disk_path is None:
        try:
            read = stream_read(open_checkpoint(model).weights, 256 * MiB)
            return dict(disk_bw=read.rate, disk_burst_bytes=read.burst_bytes, disk_burst_bw=read.burst_bw)
        except (OSError, ValueError) as e:  # a config-only directory, an unreadable file: the temp-file test
            log.warning("streamed-read test on %s skipped (%s); timing a temp file instead", disk_dir, e)
    return dict(disk_bw=disk_read_bandwidth(disk_dir, 4 * MiB if quick else 64 * MiB, repeats=1 if quick else 2,
                                            chunk=MiB if quick else 4 * MiB))


def profile_device(*, name: str, model: str | Path | Checkpoint | None = None, disk_path: str | Path | None = None,
                   quick: bool = False, is_head: bool = True, link_rtt_s: float = DEFAULT_LINK_RTT_S,
                   link_bw: float = DEFAULT_LINK_BW, root: str | Path = "/") -> DeviceProfile:
    """Measure this machine. The disk test runs where the weights will be read from: `disk_path`,
    else the model's directory, else the working directory; with a model, one of its layers is timed.
    `root` relocates /proc and /sys (tests)."""
    model_dir = model.directory if isinstance(model, Checkpoint) else model
    if model_dir is not None and not Path(model_dir).is_dir():
        raise FileNotFoundError(f"{model_dir}: the model directory does not exist")
    disk_dir = Path(disk_path if disk_path is not None else model_dir if model_dir is not None else ".")
    try:
        os_kind, mem_bytes = sysinfo.detect_os(), sysinfo.available_memory(root)
    except sysinfo.SysInfoError as e:
        raise ProfileError("DeviceProfile", "os/mem_bytes", str(e)) from e
    # the bandwidth buffer must not itself push the machine into swap or the cgroup into reclaim
    buf_bytes = int(min(16 * MiB if quick else 256 * MiB, max(MiB, mem_bytes // 4)))
    start = time.perf_counter()
    measured = dict(cpu_flops=matmul_flops((64, 128) if quick else GEMV_SIZES, repeats=3 if quick else 5,
                                           flops_per_run=2e6 if quick else 2e8),
                    mem_bw=sysinfo.read_bandwidth(buf_bytes, repeats=3 if quick else 5),
                    **_disk(model, disk_path, disk_dir, quick),
                    layer_s=layer_seconds(model) if model is not None else None, gpu=gpu_profile(quick=quick))
    if model is not None:  # the tests' reads, and the kernel's read-ahead around them, leave the page cache
        for f in open_checkpoint(model).weights.files.values():
            f.release_all()
    # free memory last, once the tests above gave their buffers and pages back: what a rank that starts now
    # finds (its stage budgets from it), not what the process had before it imported and touched anything
    profile = DeviceProfile(
        name=name, os=os_kind, is_head=is_head, mem_bytes=float(sysinfo.available_memory(root)),
        link_rtt_s=link_rtt_s, link_bw=link_bw,
        swap_bytes=float(sysinfo.read_meminfo(root).get("SwapFree", 0)) if os_kind == "android" else 0.0,
        **measured)
    log.info("profiled %s in %.1f s: %.1f GFLOP/s, %.2f GB free, %.1f GB/s RAM, %.2f GB/s disk", name,
             time.perf_counter() - start, profile.cpu_flops / 1e9, profile.mem_bytes / 1e9, profile.mem_bw / 1e9,
             profile.disk_bw / 1e9)
    return profile
