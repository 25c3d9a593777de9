"""Build, load and call the C integer kernels in `kernel.c` (ternary x int8 and int8 x int8, exact int32).

    python -m nanofrontier.bitnet.kernel      # compile now (otherwise the first call compiles)

Why a plain shared library through `ctypes`: `torch.utils.cpp_extension` needs ninja and the torch
headers and takes ~1 min to build, and ties the binary to torch's ABI. `kernel.c` includes only C
headers and takes raw pointers (`tensor.data_ptr()`), so one `cc -O3 -fopenmp -shared -fPIC` call
(~1 s) builds it. The file is compiled without `-mavx2`; its AVX2 functions carry a target attribute
and are picked at run time, so the scalar path never meets an AVX2 instruction on an older CPU.
OpenMP: torch is imported first and already holds `libgomp.so.1`, so the loader binds this library to
that same runtime (one thread pool; `torch.set_num_threads` sets our thread count too).

The library is cached in `$XDG_CACHE_HOME/nanofrontier` (default `~/.cache/nanofrontier`), else in
the temp directory, under a name keyed by a hash of the source, the flags and the compiler version.
A file lock serialises concurrent builds; each compiles to a temporary name and renames it, so no
process loads half a file. With no compiler, or a failed build, `available()` is False, a warning is
logged once, and `packed.py` computes the same integers in torch.

Backends: "avx2" (the default where the CPU has it), "scalar" (the C fallback loop) and "torch"
(no C at all). `use_backend(name)` forces one inside a `with` block; tests use it to check each.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import torch

log = logging.getLogger(__name__)

SOURCE = Path(__file__).with_name("kernel.c")
FLAGS = ("-O3", "-fopenmp", "-shared", "-fPIC")
BACKENDS = ("avx2", "scalar", "torch")
BLOCK, ROWS = 128, 4  # the ternary layout's columns per 32-byte block and rows per group (kernel.c)

_lib: ctypes.CDLL | None = None
_load_failed = False
_has_avx2 = False
_forced: str | None = None


def _compiler() -> str | None:
    for name in ("cc", "gcc", "clang"):
        if path := shutil.which(name):
            return path
    return None


def _cache_dir() -> Path:
    """The first writable of $XDG_CACHE_HOME/nanofrontier (~/.cache/nanofrontier) and the temp dir."""
    candidates = [lambda: Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nanofrontier",
                  lambda: Path(tempfile.gettempdir()) / f"nanofrontier-{os.getuid()}"]
    for candidate in candidates:
        try:
            directory = candidate()
            directory.mkdir(parents=True, exist_ok=True)
            if os.access(directory, os.W_OK):
                return directory
        except (OSError, RuntimeError):  # RuntimeError: no home directory
            continue
    raise RuntimeError("no writable cache directory for the bitnet kernel")


def build(cache_dir: str | os.PathLike | None = None) -> Path:
    """Compile `kernel.c` unless a build with the same source, flags and compiler is cached; return its path."""
    cc = _compiler()
    if cc is None:
        raise RuntimeError("no C compiler (cc, gcc or clang) on PATH")
    version = subprocess.run([cc, "--version"], capture_output=True, text=True).stdout
    source = SOURCE.read_bytes()
    key = hashlib.sha256(b"\0".join([source, " ".join(FLAGS).encode(), cc.encode(), version.encode()])).hexdigest()[:16]
    directory = Path(cache_dir) if cache_dir is not None else _cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"bitnet_kernel-{key}.so"
    if target.exists():
        return target
    import fcntl  # POSIX only; where it is missing there is no cc either

    with open(directory / "bitnet_kernel.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be compiling the same key
        if target.exists():
            return target
        tmp = directory / f".bitnet_kernel-{key}.tmp-{os.getpid()}.so"
        try:
            result = subprocess.run([cc, *FLAGS, "-o", str(tmp), str(SOURCE)], capture_output=True, text=True)
            if result.returncode != 0:
                raise RuntimeError(f"compiling {SOURCE} failed:\n{result.stderr}")
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    log.info("built %s", target)
    return target


def _bind(lib: ctypes.CDLL) -> ctypes.CDLL:
    i64, ptr = ctypes.c_int64, ctypes.c_void_p
    signature = [ptr, i64, i64, i64, ptr, i64, ptr, ptr, ptr, ptr, i64, ctypes.c_int, ctypes.c_int]
    for fn in (lib.nf_ternary_matmul, lib.nf_int8_matmul):
        fn.argtypes, fn.restype = signature, ctypes.c_int
    lib.nf_has_avx2.argtypes, lib.nf_has_avx2.restype = [], ctypes.c_int
    return lib


def _load() -> ctypes.CDLL | None:
    global _lib, _load_failed, _has_avx2
    if _lib is None and not _load_failed:
        try:
            _lib = _bind(ctypes.CDLL(str(build())))
            _has_avx2 = bool(_lib.nf_has_avx2())
        except Exception as error:  # any failure means: use the torch path
            _load_failed = True
            log.warning("bitnet C kernel unavailable, using the (slow) torch path: %s", error)
    return _lib


def available() -> bool:
    """True if the C kernel is compiled and loaded (compiling it on first call)."""
    return _load() is not None


def active_backend() -> str:
    """The backend the next call uses: the forced one, else "avx2" / "scalar" by CPU, else "torch"."""
    if _forced is not None:
        return _forced
    lib = _load()
    if lib is None:
        return "torch"
    return "avx2" if _has_avx2 else "scalar"


@contextmanager
def use_backend(name: str) -> Iterator[None]:
    """Force a backend inside the block (for tests and benchmarks); C backends need `available()`."""
    global _forced
    if name not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, got {name!r}")
    if name != "torch" and not available():
        raise RuntimeError(f"backend {name!r} needs the C kernel, which is unavailable")
    if name == "avx2" and not _has_avx2:
        raise RuntimeError("backend 'avx2' needs a CPU with AVX2 and FMA")
    previous, _forced = _forced, name
    try:
        yield
    finally:
        _forced = previous


def packed_shape(out_features: int, in_features: int) -> tuple[int, int]:
    """Bytes of packed ternary weights: [ceil(N/4), ceil(K/128) * 128], 4 rows x 32 bytes per block."""
    return -(-out_features // ROWS), -(-in_features // BLOCK) * ROWS * 32


def _check(name: str, t: torch.Tensor, dtype: torch.dtype, shape: tuple[int, ...]) -> None:
    if t.dtype != dtype or tuple(t.shape) != shape:
        raise ValueError(f"{name}: expected {dtype} {list(shape)}, found {t.dtype} {list(t.shape)}")


def _call(fn_name: str, x_q, w, width: int, x_scale, w_scale) -> torch.Tensor:
    """Shared argument handling of the two C products; `width` is the number of output columns."""
    lib = _load()
    backend = active_backend()
    if lib is None or backend == "torch":
        raise RuntimeError("the C kernel is not in use; call packed.py's functions, which fall back to torch")
    if x_q.dim() != 2 or x_q.dtype != torch.int8 or x_q.stride(-1) != 1:
        raise ValueError(f"x_q: expected int8 [M, K] with unit column stride, found {x_q.dtype} {list(x_q.shape)}")
    M = x_q.shape[0]
    w = w.contiguous()
    scaled = x_scale is not None
    if scaled:
        x_scale = x_scale.reshape(-1).contiguous()
        w_scale = w_scale.reshape(-1).contiguous()
        _check("x_scale", x_scale, torch.float32, (M,))
        _check("w_scale", w_scale, torch.float32, (width,))
    out = torch.empty(M, width, dtype=torch.float32 if scaled else torch.int32)
    ptr = lambda t: t.data_ptr() if t is not None else None  # noqa: E731
    status = getattr(lib, fn_name)(
        ptr(x_q), M, x_q.shape[1], x_q.stride(0), ptr(w), width, ptr(x_scale), ptr(w_scale),
        None if scaled else ptr(out), ptr(out) if scaled else None, width,
        torch.get_num_threads(), int(backend == "scalar"))
    if status != 0:
        raise MemoryError(f"{fn_name}: out of memory for x_q {list(x_q.shape)}")
    return out


def ternary_matmul(x_q: torch.Tensor, packed: torch.Tensor, out_features: int, in_features: int,
                   x_scale: torch.Tensor | None = None, w_scale: torch.Tensor | None = None) -> torch.Tensor:
    """x_q int8 [M, K] @ ternary W [N, K]^T, W given as `packed` (`packed.repack`: uint8
    [ceil(N/4), ceil(K/128) * 128]).

    Without scales: the exact int32 [M, N]. With x_scale [M] (127/absmax per token) and w_scale [N]:
    float32 [M, N] = int / (x_scale * w_scale), bit-identical to that expression in torch.
    """
    if x_q.dim() == 2 and x_q.shape[1] != in_features:
        raise ValueError(f"x_q: expected {in_features} columns, found {x_q.shape[1]}")
    shape = packed_shape(out_features, in_features)
    if packed.dtype != torch.uint8 or tuple(packed.shape) != shape:
        raise ValueError(f"packed: expected uint8 {list(shape)} for [{out_features}, {in_features}], "
                         f"found {packed.dtype} {list(packed.shape)}")
    return _call("nf_ternary_matmul", x_q, packed, out_features, x_scale, w_scale)


def int8_matmul(x_q: torch.Tensor, w_q: torch.Tensor,
                x_scale: torch.Tensor | None = None, w_scale: torch.Tensor | None = None) -> torch.Tensor:
    """x_q int8 [M, D] @ w_q int8 [V, D]^T (entries in [-127, 127], packed.quantize_rows_int8).

    Without scales: the exact int32 [M, V]. With x_scale [M] and per-row w_scale [V]: float32
    [M, V] = int * w_scale / x_scale, bit-identical to that expression in torch.
    """
    if w_q.dtype != torch.int8 or w_q.dim() != 2 or x_q.dim() != 2 or w_q.shape[1] != x_q.shape[1]:
        raise ValueError(f"w_q: expected int8 [V, {x_q.shape[-1]}], found {w_q.dtype} {list(w_q.shape)}")
    return _call("nf_int8_matmul", x_q, w_q, w_q.shape[0], x_scale, w_scale)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO)
    try:
        path = build()
    except RuntimeError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    print(f"{path} (backend: {active_backend()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
