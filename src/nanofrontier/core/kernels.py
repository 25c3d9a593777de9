"""The CPU decode path in C (kernels.c): matrix-vector products and a whole decoder layer for one token.

    y = gemv(x, weight)              # x [M, K] fp32 (M <= 4), weight [N, K] fp32 or bf16 -> y [M, N] fp32
    q, k, v = gemv_many(x, [wq, wk, wv])   # several products of one x in one call
    decode_layers(layers, step, h)   # core.model.DecoderLayer's of one token, in place (through core.fused)
    read_bandwidth_c(buffer)         # bytes/s of the same loads over a large buffer: the decode roof

Decoding one token reads every weight once, so it runs at the speed of memory. MKL's fp32
matrix-vector product runs on one thread; this one gives each thread one contiguous block of rows (one
sequential stream), keeps x in L1 and, for bf16 weights, widens them in registers, so a bf16 checkpoint is
read at 2 bytes a weight without a copy. `available()` is False without a C compiler; `core.model.Linear`
then keeps its torch path.
"""

from __future__ import annotations

import ctypes
import time
from pathlib import Path

import torch

from nanofrontier.core import cbuild

SOURCE = Path(__file__).with_name("kernels.c")
DTYPES = {torch.float32: 0, torch.bfloat16: 1}
ISA = {"best": 0, "scalar": 1, "avx2": 2}
MAX_ROWS = 4

_lib: ctypes.CDLL | None = None
_tried = False


def _load() -> ctypes.CDLL | None:
    global _lib, _tried
    if not _tried:
        _tried = True
        lib = cbuild.load_library("core_kernels", [SOURCE])
        if lib is not None:
            i64, ptr, c_int = ctypes.c_int64, ctypes.c_void_p, ctypes.c_int
            lib.nf_gemv.argtypes = [ptr, c_int, i64, i64, i64, ptr, i64, i64, ptr, i64, c_int, c_int]
            lib.nf_gemv.restype = c_int
            lib.nf_gemv_many.argtypes = [c_int, ptr, ptr, ptr, c_int, i64, ptr, i64, i64, ptr, c_int, c_int]
            lib.nf_gemv_many.restype = c_int
            lib.nf_decode_layers.argtypes = [ptr, i64, ptr, ptr, c_int, c_int]
            lib.nf_decode_layers.restype = c_int
            lib.nf_read_f32.argtypes = [ptr, i64, c_int, c_int]
            lib.nf_read_f32.restype = ctypes.c_float
            lib.nf_has_avx2.argtypes, lib.nf_has_avx2.restype = [], c_int
        _lib = lib
    return _lib


def available() -> bool:
    """True when the C kernels are compiled and loaded (compiling them on first call)."""
    return _load() is not None


def best_isa() -> str:
    lib = _load()
    if lib is None:
        return "torch"
    return "avx2" if lib.nf_has_avx2() else "scalar"


def supports(weight: torch.Tensor, x: torch.Tensor) -> bool:
    """Whether `gemv(x, weight)` applies: CPU tensors, fp32 x of at most MAX_ROWS rows, fp32/bf16 weight
    with unit column stride, and the library loaded."""
    return (x.device.type == "cpu" and weight.device.type == "cpu" and x.dtype == torch.float32
            and weight.dtype in DTYPES and weight.dim() == 2 and weight.stride(1) == 1
            and x.numel() // max(x.shape[-1], 1) <= MAX_ROWS and available())


def gemv(x: torch.Tensor, weight: torch.Tensor, *, threads: int | None = None, isa: str = "best") -> torch.Tensor:
    """x [..., K] fp32 (at most MAX_ROWS rows) @ weight [N, K]^T -> fp32 [..., N]."""
    lib = _load()
    if lib is None:
        raise RuntimeError("the C kernels are not available (no C compiler?); use F.linear")
    N, K = weight.shape
    if x.shape[-1] != K or weight.dtype not in DTYPES or weight.stride(1) != 1:
        raise ValueError(f"gemv: x {list(x.shape)} {x.dtype} does not fit weight {list(weight.shape)} {weight.dtype}")
    rows = x.reshape(-1, K)
    if rows.dtype != torch.float32 or rows.stride(1) != 1:
        rows = rows.float().contiguous()
    M = rows.shape[0]
    if not 1 <= M <= MAX_ROWS:
        raise ValueError(f"gemv: {M} rows; at most {MAX_ROWS}")
    y = torch.empty(M, N, dtype=torch.float32)
    status = lib.nf_gemv(weight.data_ptr(), DTYPES[weight.dtype], N, K, weight.stride(0), rows.data_ptr(), M,
                         rows.stride(0), y.data_ptr(), N, threads or torch.get_num_threads(), ISA[isa])
    if status:
        raise ValueError(f"gemv: bad arguments (M={M}, dtype={weight.dtype})")
    return y.reshape(*x.shape[:-1], N)


def gemv_many(x: torch.Tensor, weights: list[torch.Tensor], *, threads: int | None = None) -> list[torch.Tensor]:
    """[x @ w^T for w in weights] in one C call (one parallel region): a layer's q, k and v. The weights
    share K and a dtype; x as in `gemv`."""
    lib = _load()
    if lib is None:
        raise RuntimeError("the C kernels are not available (no C compiler?); use F.linear")
    K, dtype = weights[0].shape[1], weights[0].dtype
    if any(w.shape[1] != K or w.dtype != dtype or w.stride(1) != 1 for w in weights) or dtype not in DTYPES:
        raise ValueError("gemv_many: the weights must share K and a dtype (fp32 or bf16), unit column stride")
    rows = x.reshape(-1, K)
    if rows.dtype != torch.float32 or rows.stride(1) != 1:
        rows = rows.float().contiguous()
    M = rows.shape[0]
    if not 1 <= M <= MAX_ROWS or len(weights) > 8:
        raise ValueError(f"gemv_many: {M} rows and {len(weights)} weights; at most {MAX_ROWS} and 8")
    ys = [torch.empty(M, w.shape[0], dtype=torch.float32) for w in weights]
    n = len(weights)
    ptrs = (ctypes.c_void_p * n)(*[w.data_ptr() for w in weights])
    Ns = (ctypes.c_int64 * n)(*[w.shape[0] for w in weights])
    lds = (ctypes.c_int64 * n)(*[w.stride(0) for w in weights])
    outs = (ctypes.c_void_p * n)(*[y.data_ptr() for y in ys])
    status = lib.nf_gemv_many(n, ptrs, Ns, lds, DTYPES[dtype], K, rows.data_ptr(), M, rows.stride(0), outs,
                              threads or torch.get_num_threads(), 0)
    if status:
        raise ValueError("gemv_many: bad arguments")
    return [y.reshape(*x.shape[:-1], y.shape[1]) for y in ys]


class LayerArgs(ctypes.Structure):
    """kernels.c's nf_layer_args: one layer's sizes and pointers, what does not change from token to token."""

    _fields_ = [(n, ctypes.c_int64) for n in ("D", "H", "Hkv", "Dh", "I")] + [
        ("eps", ctypes.c_float), ("dt", ctypes.c_int)] + [
        (n, ctypes.c_void_p) for n in ("wq", "wk", "wv", "wo", "wg", "wu", "wd", "bq", "bk", "bv", "norm1", "norm2")]


def scratch_bytes(shape: tuple[int, ...], max_len: int) -> int:
    """Bytes of the work buffer `decode_layers` needs for layers of shape (D, H, Hkv, Dh, I)."""
    D, H, Hkv, Dh, I = shape  # noqa: E741
    return 4 * (2 * D + 2 * (H + Hkv) * Dh + 3 * I + H * max_len)


def decode_layers(layers: ctypes.Array, step: ctypes.Structure, h: torch.Tensor) -> None:
    """Decoder layers (an array of `LayerArgs`) of a batch-1 decode step on h (fp32 [D], contiguous) in place, in
    one C call; the arguments from `core.fused.run`, which checks every tensor behind their pointers."""
    D = layers[0].D
    if h.dtype != torch.float32 or h.numel() != D or not h.is_contiguous():
        raise ValueError(f"h: expected contiguous float32 [{D}], found {h.dtype} {list(h.shape)}")
    if _load().nf_decode_layers(ctypes.byref(layers), len(layers), ctypes.byref(step), h.data_ptr(),
                                torch.get_num_threads(), 0):
        raise ValueError(f"decode_layers: position {step.pos} is past the cache's {step.max_len}, or the layers' "
                         "shapes differ or their head counts do not divide")


def read_bandwidth_c(buffer: torch.Tensor, *, repeats: int = 5, threads: int | None = None) -> float:
    """Bytes/s of the kernels' own streaming read over `buffer` (fp32, far larger than the caches), best of
    `repeats`, on `threads` (default torch's)."""
    lib = _load()
    if lib is None:
        raise RuntimeError("the C kernels are not available (no C compiler?)")
    if buffer.dtype != torch.float32 or not buffer.is_contiguous():
        raise ValueError("read_bandwidth_c: expected a contiguous fp32 buffer")
    threads = threads or torch.get_num_threads()
    lib.nf_read_f32(buffer.data_ptr(), buffer.numel(), threads, 0)  # warm-up: thread start, page faults
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        lib.nf_read_f32(buffer.data_ptr(), buffer.numel(), threads, 0)
        best = min(best, time.perf_counter() - start)
    return buffer.nbytes / best
