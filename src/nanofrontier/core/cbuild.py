"""Compile a small C file into a shared library on first use, cache it, and load it with ctypes.

    lib = load_library("core_kernels", [Path(__file__).with_name("kernels.c")])   # None when no compiler

Why a plain shared library through `ctypes`: `torch.utils.cpp_extension` needs ninja and the torch headers,
takes about a minute and ties the binary to torch's ABI. These sources include only C headers and take raw
pointers (`tensor.data_ptr()`), so one `cc -O3 -fopenmp -shared -fPIC` call (~1 s) builds them. They are
compiled without `-mavx2`: their AVX2 and AVX-512 functions carry target attributes and are picked at run
time, so the scalar path never meets an instruction the CPU lacks. OpenMP: torch is imported first and
already holds `libgomp.so.1`, so the loader binds the library to that same runtime (one thread pool;
`torch.set_num_threads` sets its thread count too).

A build is cached in `$XDG_CACHE_HOME/nanofrontier` (default `~/.cache/nanofrontier`), else in the temp
directory, under a name keyed by a hash of the sources, the flags and the compiler's version. A file lock
serialises concurrent builds; each compiles to a temporary name and renames it, so no process loads half a
file. With no compiler, or a failed build, `load_library` logs one warning and returns None, and the
caller computes the same thing in torch.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

FLAGS = ("-O3", "-fopenmp", "-shared", "-fPIC")
LIBS = ("-lm",)  # after the source


class StepArgs(ctypes.Structure):
    """One token's step through a run of layers, the struct both layer kernels take (`nf_step` in kernels.c,
    `nf_bitnet_step` in bitnet/kernel_layer.c): the RoPE row, the first layer's cache slots (the next layers'
    follow, `layer_stride` floats apart), the position and the scratch."""

    _fields_ = [*[(n, ctypes.c_void_p) for n in ("cos", "sin", "k_cache", "v_cache")],
                *[(n, ctypes.c_int64) for n in ("layer_stride", "max_len", "pos")], ("scratch", ctypes.c_void_p)]


def compiler() -> str | None:
    for name in ("cc", "gcc", "clang"):
        if path := shutil.which(name):
            return path
    return None


def cache_dir() -> Path:
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
    raise RuntimeError("no writable cache directory for compiled kernels")


def build(name: str, sources: Sequence[Path], *, directory: str | os.PathLike | None = None,
          flags: Sequence[str] = FLAGS, libs: Sequence[str] = LIBS) -> Path:
    """Compile `sources[0]` (which may #include the others) unless a build with the same sources, flags and
    compiler is cached; return the library's path."""
    cc = compiler()
    if cc is None:
        raise RuntimeError("no C compiler (cc, gcc or clang) on PATH")
    version = subprocess.run([cc, "--version"], capture_output=True, text=True).stdout
    parts = [b"".join(Path(s).read_bytes() for s in sources), " ".join((*flags, *libs)).encode(), cc.encode(),
             version.encode()]
    key = hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]
    directory = Path(directory) if directory is not None else cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"{name}-{key}.so"
    if target.exists():
        return target
    import fcntl  # POSIX only; where it is missing there is no cc either

    with open(directory / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be compiling the same key
        if target.exists():
            return target
        tmp = directory / f".{name}-{key}.tmp-{os.getpid()}.so"
        try:
            result = subprocess.run([cc, *flags, "-o", str(tmp), str(sources[0]), *libs], capture_output=True,
                                    text=True)
            if result.returncode != 0:
                raise RuntimeError(f"compiling {sources[0]} failed:\n{result.stderr}")
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    log.info("built %s", target)
    return target


def load_library(name: str, sources: Sequence[Path], **kwargs) -> ctypes.CDLL | None:
    """`build` then load; None (after one warning) when there is no compiler or the build fails."""
    try:
        return ctypes.CDLL(str(build(name, sources, **kwargs)))
    except Exception as error:  # any failure means: the caller's torch path
        log.warning("C kernels %r unavailable, using the torch path: %s", name, error)
        return None
