"""What this machine is and has: memory (cgroup-aware), resident set sizes, OS, CPU model and features,
and the read bandwidth that bounds a memory-bound decode. Measured or read once, here.

    from nanofrontier.core import sysinfo
    sysinfo.available_memory()          # bytes this process can still fill: min(MemAvailable, cgroup headroom)
    sysinfo.rss_bytes()                 # this process's VmRSS; rss_bytes("RssAnon"), rss_bytes("VmHWM") (peak)
    sysinfo.cpu_features()              # {"avx2", "avx512f", "avx512_vnni", "avx512_bf16", ...}
    sysinfo.machine_facts()             # CPU model, cores, features, memory: for a benchmark's JSON
    sysinfo.measure_roof()              # read-bandwidth samples, their median and spread (noisy if > 10%)

Page cache is charged to the memory cgroup that reads a file, so a process under a cap that maps more
than its cap re-reads from disk; `available_memory` therefore takes the least limit − usage over every
cgroup enclosing this process (v1 and v2), not only the machine's MemAvailable. `root` arguments
relocate /proc and /sys, for tests.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

MiB = 1 << 20


class SysInfoError(RuntimeError):
    """A fact this platform does not expose (the message names it)."""


def read_meminfo(root: str | Path = "/") -> dict[str, int]:
    """/proc/meminfo in bytes (empty where there is none, e.g. macOS)."""
    path = Path(root) / "proc/meminfo"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text().splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            out[key] = int(parts[0]) * (1024 if parts[1:] == ["kB"] else 1)
    return out


def cgroup_paths(root: str | Path = "/") -> tuple[str, str]:
    """This process's (v1 memory controller, v2 unified) cgroup paths from /proc/self/cgroup."""
    v1 = v2 = "/"
    path = Path(root) / "proc/self/cgroup"
    if path.exists():
        for line in path.read_text().splitlines():
            hierarchy, controllers, cgroup = (line.split(":", 2) + ["", ""])[:3]
            if "memory" in controllers.split(","):
                v1 = cgroup
            elif hierarchy == "0" and controllers == "":
                v2 = cgroup
    return v1, v2


def _read_int(path: Path) -> int | None:
    """An integer control file's value; None when absent or "max" (v2's no limit)."""
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def cgroup_headroom(root: str | Path = "/") -> int | None:
    """Least limit − usage over the memory cgroups enclosing this process (v1 and v2); None if unlimited."""
    root = Path(root)
    v1, v2 = cgroup_paths(root)
    mounts = [(root / "sys/fs/cgroup/memory", v1, "memory.limit_in_bytes", "memory.usage_in_bytes")]
    mounts += [(root / base, v2, "memory.max", "memory.current")
               for base in ("sys/fs/cgroup", "sys/fs/cgroup/unified")]
    best: int | None = None
    for base, cgroup, limit_file, usage_file in mounts:
        directory = base / cgroup.lstrip("/")
        while True:  # every enclosing cgroup's limit applies (a nested limit may be the looser one)
            limit, usage = _read_int(directory / limit_file), _read_int(directory / usage_file)
            if limit is not None and usage is not None:
                headroom = max(0, limit - usage)
                best = headroom if best is None else min(best, headroom)
            if directory == base or base not in directory.parents:
                break
            directory = directory.parent
    return best


def available_memory(root: str | Path = "/") -> int:
    """Bytes this process can still fill: min(MemAvailable, cgroup limit − usage)."""
    avail = read_meminfo(root).get("MemAvailable")
    if avail is None:
        if "SC_AVPHYS_PAGES" not in os.sysconf_names:  # macOS: no free-page count in the standard library
            raise SysInfoError(f"available memory: cannot read it on {sys.platform}")
        avail = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    headroom = cgroup_headroom(root)
    return avail if headroom is None else min(avail, headroom)


def rss_bytes(field: str = "VmRSS", *, root: str | Path = "/") -> int | None:
    """A size line of /proc/self/status in bytes: VmRSS (resident), RssAnon (anonymous resident, which
    only swap could reclaim), VmHWM (peak resident). None off Linux or when the field is absent."""
    path = Path(root) / "proc/self/status"
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        key, _, rest = line.partition(":")
        if key == field:
            parts = rest.split()
            return int(parts[0]) * (1024 if parts[1:] == ["kB"] else 1)
    return None


def release_free_heap() -> bool:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim(0)`); False where there is no such
    call. Freed blocks below glibc's mmap threshold (up to 32 MB) stay in the heap, and a loop that frees and
    allocates large temporaries between long-lived tensors leaves them resident: converting BitNet 2B4T a
    layer at a time peaked at 2.13 GB without this after each layer, 1.46 GB with it."""
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return False
    trim(0)
    return True


def detect_os() -> str:
    """"linux" | "mac" | "android" (the page-cache behaviours differ: prima's latency model reads this)."""
    if sys.platform == "darwin":
        return "mac"
    if sys.platform.startswith("linux"):
        android = hasattr(sys, "getandroidapilevel") or "ANDROID_ROOT" in os.environ
        return "android" if android else "linux"
    raise SysInfoError(f"unsupported platform {sys.platform!r} (linux, mac, android)")


def _cpuinfo(root: str | Path = "/") -> dict[str, str]:
    """The first processor's block of /proc/cpuinfo (empty where there is none)."""
    try:
        text = (Path(root) / "proc/cpuinfo").read_text()
    except OSError:
        return {}
    block = {}
    for line in text.split("\n\n", 1)[0].splitlines():
        key, _, value = line.partition(":")
        block[key.strip()] = value.strip()
    return block


def cpu_features(root: str | Path = "/") -> frozenset[str]:
    """The CPU's instruction-set flags as Linux names them (avx2, avx512f, avx512_vnni, avx512_bf16, ...)."""
    info = _cpuinfo(root)
    return frozenset((info.get("flags") or info.get("Features") or "").split())


def cpu_model(root: str | Path = "/") -> str:
    info = _cpuinfo(root)
    return info.get("model name") or info.get("Hardware") or platform.processor() or platform.machine()


def cpu_generation(root: str | Path = "/") -> str | None:
    """The core generation where the CPU's family number tells it (AMD: "Zen 3", "Zen 4", "Zen 5"; a cloud VM's
    model name is often only "AMD EPYC"), else None. Zen 3 and Zen 4 share family 25: AVX-512 tells them apart."""
    info = _cpuinfo(root)
    if info.get("vendor_id") != "AuthenticAMD" or not info.get("cpu family", "").isdigit():
        return None
    family = int(info["cpu family"])
    if family == 25:
        return "Zen 4" if "avx512f" in cpu_features(root) else "Zen 3"
    return {23: "Zen / Zen 2", 26: "Zen 5"}.get(family)


def has_fast_bf16(root: str | Path = "/") -> bool:
    """True where the CPU multiplies bf16 natively (AVX512-BF16 or AMX-BF16); elsewhere a bf16 matmul is
    emulated and far slower than fp32, so fp32 stays the default."""
    return bool({"avx512_bf16", "amx_bf16"} & cpu_features(root))


def cpu_count() -> int:
    """CPUs this process may run on (its affinity mask), not the machine's total."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS
        return os.cpu_count() or 1


def machine_facts(root: str | Path = "/") -> dict[str, object]:
    """The facts a benchmark's figures depend on, for its JSON."""
    features = cpu_features(root)
    simd = [f for f in ("avx2", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16", "neon", "asimd") if f in features]
    info = _cpuinfo(root)
    return {"cpu": cpu_model(root), "cpu_generation": cpu_generation(root),
            "cpu_family_model": f"{info.get('cpu family', '?')}/{info.get('model', '?')}", "cpus": cpu_count(),
            "simd": simd,
            "mem_total_gb": round(read_meminfo(root).get("MemTotal", 0) / 1e9, 1),
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version()}


def read_bandwidth(nbytes: int = 1 << 30, *, repeats: int = 3, device: str = "cpu", buffer=None) -> float:
    """Bytes/s of a streaming read over a buffer far larger than the caches: the best of several loops that
    read it (the C kernels' own AVX2 loop, torch's sum and max), each best of `repeats`, with torch's
    threads as configured. A decode that reads its weights once cannot beat it: it is the roof.

    The buffer holds random values: a host that merges identical pages (KSM) serves torch.ones from a
    few shared pages, far faster than memory. Pass `buffer` (fp32) to reuse one across samples."""
    import torch

    if buffer is None:
        buffer = torch.rand(max(nbytes // 4, 1), device=device)  # freed when this call returns
    sync = torch.cuda.synchronize if buffer.device.type == "cuda" else (lambda: None)
    best = 0.0
    if buffer.device.type == "cpu":
        from nanofrontier.core import kernels

        if kernels.available():
            best = kernels.read_bandwidth_c(buffer, repeats=repeats)
    for reduce in (torch.sum, torch.amax):
        reduce(buffer)  # warm-up: page faults, thread start
        for _ in range(repeats):
            sync()
            start = time.perf_counter()
            reduce(buffer)
            sync()
            best = max(best, buffer.numel() * buffer.element_size() / max(time.perf_counter() - start, 1e-12))
    return best


@dataclass(frozen=True)
class Roof:
    """Read-bandwidth samples (bytes/s) taken across a run, and what a benchmark may use of them."""

    samples: tuple[float, ...]
    noise_limit: float = 0.10

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        """(max - min) / median of the samples."""
        return (max(self.samples) - min(self.samples)) / self.median

    @property
    def noisy(self) -> bool:
        """More than `noise_limit` apart: the host's bandwidth moved during the run, a ratio to it is unreliable."""
        return self.spread > self.noise_limit

    def to_dict(self) -> dict:
        return {"read_bandwidth_gb_s": round(self.median / 1e9, 2),
                "read_bandwidth_samples_gb_s": [round(b / 1e9, 2) for b in self.samples],
                "roof_spread": round(self.spread, 3), "roof_noisy": self.noisy}


def measure_roof(samples: int = 3, *, buffer=None) -> Roof:
    """`samples` back-to-back readings of `read_bandwidth` (take more between a benchmark's timings with
    `Roof(samples=(*roof.samples, read_bandwidth(buffer=b)))`)."""
    import torch

    buffer = torch.rand(1 << 28) if buffer is None else buffer
    return Roof(samples=tuple(read_bandwidth(buffer=buffer) for _ in range(samples)))


def local_device(kind: str = "cpu", local_rank: int | None = None):
    """The device this process computes on: the CPU, or for "cuda" its own GPU, cuda:LOCAL_RANK (modulo the
    GPUs this host has), as torchrun numbers the processes of one host. Raises ValueError naming what is
    missing when torch sees no CUDA device."""
    import torch

    if kind == "cpu":
        return torch.device("cpu")
    if kind != "cuda":
        raise ValueError(f"device must be 'cpu' or 'cuda', got {kind!r}")
    if not torch.cuda.is_available():
        raise ValueError(f"device 'cuda': torch sees no CUDA device here (torch {torch.__version__}, "
                         f"built for CUDA {torch.version.cuda or 'none: a CPU-only build'})")
    rank = int(os.environ.get("LOCAL_RANK", 0)) if local_rank is None else local_rank
    return torch.device("cuda", rank % torch.cuda.device_count())
