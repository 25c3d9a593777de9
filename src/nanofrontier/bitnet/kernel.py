"""Build, load and call the C integer kernels in `kernel.c` (ternary x int8 and int8 x int8, exact int32).

    python -m nanofrontier.bitnet.kernel      # compile now (otherwise the first call compiles)

It is built on first use by `core.cbuild` (one `cc -O3 -fopenmp -shared -fPIC` call, cached under a hash
of the source, flags and compiler; AVX2 and AVX-512 functions carry target attributes and are picked at
run time; the library shares torch's OpenMP runtime). With no compiler, or a failed build, `available()`
is False, a warning is logged once, and `packed.py` computes the same integers in torch.

Entries: `ternary_matmul` / `int8_matmul` take int8 activations and their scales; the `*_float`
entries take float32 activations and quantise them in the same C call (`quantize_rows`, bit-identical
to `quant.activation_quant`), which is what `PackedBitLinear.forward` uses: one call per projection.

`ternary_decode_float` also folds in what surrounds a projection in BitNet's block (the RMSNorm before
it, relu(gate)² * up before down_proj, the residual add after): a prompt runs four such calls a layer.
`decode_layers` runs whole decoder layers of a batch-1 decode step in one call and one parallel region
(kernel_layer.c: the four products, norms, RoPE, the cache write and attention; `decode.py` prepares its
arguments); `rope_` is RoPE on a prompt's q or k.

Threads: one OpenMP parallel region per call, with the library's OpenMP defaults (libgomp: idle workers
spin a while, then sleep). With `OMP_WAIT_POLICY=PASSIVE` (for a machine shared with other processes)
idle workers sleep at once and waking one costs ~0.1 ms on the dev VM; a decode step has one region for
its layers and one for the head. The library sets no policy: the caller chooses (see docs/bitnet.md).

Backends: "avx512" (the default where the CPU has AVX-512 VNNI: the ternary and int8 products use
`vpdpbusd`, the rest is AVX2), "avx2", "scalar" (the C fallback loop) and "torch" (no C at all).
`use_backend(name)` forces one inside a `with` block; tests use it to check each.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import torch

# BLOCK, ROWS, LayerArgs and packed_shape are read through this module by its callers
from nanofrontier.bitnet.clib import BLOCK, ISA_REQUEST, ROWS, LayerArgs, bind, build, packed_shape  # noqa: F401

log = logging.getLogger(__name__)

BACKENDS = ("avx512", "avx2", "scalar", "torch")

_lib: ctypes.CDLL | None = None
_load_failed = False
_has_avx2 = False
_has_avx512 = False
_forced: str | None = None


def _load() -> ctypes.CDLL | None:
    global _lib, _load_failed, _has_avx2, _has_avx512
    if _lib is None and not _load_failed:
        try:
            _lib = bind(ctypes.CDLL(str(build())))
            _has_avx2 = bool(_lib.nf_has_avx2())
            _has_avx512 = bool(_lib.nf_has_avx512vnni())
        except Exception as error:  # any failure means: use the torch path
            _load_failed = True
            log.warning("bitnet C kernel unavailable, using the (slow) torch path: %s", error)
    return _lib


def available() -> bool:
    """True if the C kernel is compiled and loaded (compiling it on first call)."""
    return _load() is not None


def active_backend() -> str:
    """The backend the next call uses: the forced one, else "avx512" / "avx2" / "scalar" by CPU, else "torch"."""
    if _forced is not None:
        return _forced
    lib = _load()
    if lib is None:
        return "torch"
    return "avx512" if _has_avx512 else "avx2" if _has_avx2 else "scalar"


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
    if name == "avx512" and not _has_avx512:
        raise RuntimeError("backend 'avx512' needs a CPU with AVX-512 F/BW/VL and VNNI")
    previous, _forced = _forced, name
    try:
        yield
    finally:
        _forced = previous


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
        torch.get_num_threads(), ISA_REQUEST[backend])
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


def _c_backend() -> tuple[ctypes.CDLL, int]:
    """The loaded library and the ISA_REQUEST of the backend in use; an error under "torch"."""
    lib = _load()
    backend = active_backend()
    if lib is None or backend == "torch":
        raise RuntimeError("the C kernel is not in use; call packed.py's functions, which fall back to torch")
    return lib, ISA_REQUEST[backend]


def _check_float_input(x: torch.Tensor, in_features: int) -> None:
    if x.dim() != 2 or x.dtype != torch.float32 or x.stride(-1) != 1 or x.shape[1] != in_features:
        raise ValueError(f"x: expected float32 [M, {in_features}] with unit column stride, "
                         f"found {x.dtype} {list(x.shape)} strides {list(x.stride())}")


def _check_weight_scale(w_scale: torch.Tensor, n: int) -> None:
    if w_scale.dtype != torch.float32 or tuple(w_scale.shape) != (n,) or not w_scale.is_contiguous():
        raise ValueError(f"w_scale: expected contiguous float32 [{n}], found {w_scale.dtype} {list(w_scale.shape)}")


def quantize_rows(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """`quant.activation_quant` in C: float32 [M, K] -> (int8 [M, K], float32 [M]), bit-identical."""
    lib, isa = _c_backend()
    _check_float_input(x, x.shape[-1] if x.dim() == 2 else -1)
    x_q = torch.empty(x.shape, dtype=torch.int8)
    x_scale = torch.empty(x.shape[0], dtype=torch.float32)
    if lib.nf_quantize_rows(x.data_ptr(), x.shape[0], x.shape[1], x.stride(0), x_q.data_ptr(), x.shape[1],
                            x_scale.data_ptr(), isa) != 0:
        raise MemoryError(f"nf_quantize_rows: out of memory for x {list(x.shape)}")
    return x_q, x_scale


def ternary_matmul_float(x: torch.Tensor, packed: torch.Tensor, out_features: int, w_scale: torch.Tensor,
                         out: torch.Tensor | None = None) -> torch.Tensor:
    """float32 x [M, K] (unit column stride) -> float32 [M, N] in one C call: `quantize_rows(x)`, then
    `ternary_matmul(x_q, packed, N, K, x_scale, w_scale)`, bit-identical to those two calls.

    `packed` and `w_scale` (float32 [N]) must be contiguous, as `PackedBitLinear` holds them; `out`,
    if given, is a contiguous float32 [M, N] written in place."""
    lib, isa = _c_backend()
    M, K = x.shape if x.dim() == 2 else (0, -1)
    _check_float_input(x, K)
    shape = packed_shape(out_features, K)
    if packed.dtype != torch.uint8 or tuple(packed.shape) != shape or not packed.is_contiguous():
        raise ValueError(f"packed: expected contiguous uint8 {list(shape)}, found {packed.dtype} {list(packed.shape)}")
    _check_weight_scale(w_scale, out_features)
    if out is None:
        out = torch.empty(M, out_features, dtype=torch.float32)
    elif out.dtype != torch.float32 or tuple(out.shape) != (M, out_features) or not out.is_contiguous():
        raise ValueError(f"out: expected contiguous float32 [{M}, {out_features}], found {out.dtype} {list(out.shape)}")
    if lib.nf_ternary_matmul_f32(x.data_ptr(), M, K, x.stride(0), packed.data_ptr(), out_features,
                                 w_scale.data_ptr(), out.data_ptr(), out_features, None,
                                 torch.get_num_threads(), isa) != 0:
        raise MemoryError(f"nf_ternary_matmul_f32: out of memory for x {list(x.shape)}")
    return out


class TernaryDecode:
    """One projection's call of `nf_ternary_decode_f32` with its constant arguments checked once:
    `TernaryDecode(packed, N, w_scale, ...)(x, residual)` = residual + ternary(rms_norm(relu(gate)² * up
    or x, norm_weight, eps)), float32 x [M, K] (or [M, 2K] = [gate | up] when `gated`) -> [M, N].

    The gating and the residual add are the torch ops bit for bit; the norm may differ from torch's
    `rms_norm` by an ulp of its scale (its sum of squares is taken in double), and so, rarely, an int8
    activation by 1. A decode step makes 4 such calls a layer, so a call checks only what changes (x,
    residual): the weights are held (not copied); `matches` tells a caller whether they (their storage,
    not just the tensor objects: `.half()`, `p.data = ...` and deepcopy keep the object) or eps changed."""

    def __init__(self, packed: torch.Tensor, out_features: int, w_scale: torch.Tensor, *, in_features: int,
                 gated: bool = False, norm_weight: torch.Tensor | None = None, eps: float = 0.0) -> None:
        shape = packed_shape(out_features, in_features)
        if packed.dtype != torch.uint8 or tuple(packed.shape) != shape or not packed.is_contiguous():
            raise ValueError(f"packed: expected contiguous uint8 {list(shape)}, "
                             f"found {packed.dtype} {list(packed.shape)}")
        _check_weight_scale(w_scale, out_features)
        if norm_weight is not None and (norm_weight.dtype != torch.float32 or not norm_weight.is_contiguous()
                                        or tuple(norm_weight.shape) != (in_features,)):
            raise ValueError(f"norm_weight: expected contiguous float32 [{in_features}], "
                             f"found {norm_weight.dtype} {list(norm_weight.shape)}")
        self.tensors = (packed, w_scale, norm_weight)  # held: their pointers below stay valid
        self.out_features, self.in_features, self.gated, self.eps = out_features, in_features, int(gated), eps
        self.width = 2 * in_features if gated else in_features
        self.pointers = (packed.data_ptr(), w_scale.data_ptr(), None if norm_weight is None else norm_weight.data_ptr())

    def matches(self, packed: torch.Tensor, w_scale: torch.Tensor, norm_weight: torch.Tensor | None,
                eps: float) -> bool:
        """True while these are still the tensors and storage this call was built for, with the same eps."""
        now = (packed.data_ptr(), w_scale.data_ptr(), None if norm_weight is None else norm_weight.data_ptr())
        return now == self.pointers and eps == self.eps and all(
            a is b for a, b in zip(self.tensors, (packed, w_scale, norm_weight), strict=True))

    def __call__(self, x: torch.Tensor, residual: torch.Tensor | None = None) -> torch.Tensor:
        lib, isa = _c_backend()
        if x.dim() != 2 or x.dtype != torch.float32 or x.stride(-1) != 1 or x.shape[1] != self.width:
            raise ValueError(f"x: expected float32 [M, {self.width}] with unit column stride, "
                             f"found {x.dtype} {list(x.shape)} strides {list(x.stride())}")
        M, N = x.shape[0], self.out_features
        if residual is not None and (residual.dtype != torch.float32 or residual.shape != (M, N)
                                     or not residual.is_contiguous()):
            raise ValueError(f"residual: expected contiguous float32 [{M}, {N}], "
                             f"found {residual.dtype} {list(residual.shape)}")
        packed, w_scale, norm_weight = self.pointers
        out = torch.empty(M, N, dtype=torch.float32)
        if lib.nf_ternary_decode_f32(x.data_ptr(), M, self.in_features, x.stride(0), self.gated, norm_weight,
                                     self.eps, packed, N, w_scale, None if residual is None else residual.data_ptr(),
                                     out.data_ptr(), N, torch.get_num_threads(), isa) != 0:
            raise MemoryError(f"nf_ternary_decode_f32: out of memory for x {list(x.shape)}")
        return out


def ternary_decode_float(x: torch.Tensor, packed: torch.Tensor, out_features: int, w_scale: torch.Tensor, *,
                         gated: bool = False, norm_weight: torch.Tensor | None = None, eps: float = 0.0,
                         residual: torch.Tensor | None = None) -> torch.Tensor:
    """`TernaryDecode` in one go: residual + ternary(rms_norm(relu(gate)² * up or x)), each part optional.
    `ternary_matmul_float` with the ops around a BitNet projection folded into the same C call."""
    width = x.shape[-1] if x.dim() == 2 else -1
    if gated and width % 2:
        raise ValueError(f"x: a gated input holds [gate | up], an even width; found {width}")
    call = TernaryDecode(packed, out_features, w_scale, in_features=width // 2 if gated else width, gated=gated,
                         norm_weight=norm_weight, eps=eps)
    return call(x, residual)


def int8_matmul_float(x: torch.Tensor, w_q: torch.Tensor, w_scale: torch.Tensor) -> torch.Tensor:
    """float32 x [M, D] -> float32 [M, V] in one C call: `quantize_rows(x)`, then
    `int8_matmul(x_q, w_q, x_scale, w_scale)`, bit-identical to those two calls."""
    lib, isa = _c_backend()
    M, D = x.shape if x.dim() == 2 else (0, -1)
    _check_float_input(x, D)
    if w_q.dtype != torch.int8 or w_q.dim() != 2 or w_q.shape[1] != D or not w_q.is_contiguous():
        raise ValueError(f"w_q: expected contiguous int8 [V, {D}], found {w_q.dtype} {list(w_q.shape)}")
    V = w_q.shape[0]
    _check_weight_scale(w_scale, V)
    out = torch.empty(M, V, dtype=torch.float32)
    if lib.nf_int8_matmul_f32(x.data_ptr(), M, D, x.stride(0), w_q.data_ptr(), V, w_scale.data_ptr(),
                              out.data_ptr(), V, None, torch.get_num_threads(), isa) != 0:
        raise MemoryError(f"nf_int8_matmul_f32: out of memory for x {list(x.shape)}")
    return out


def rope_(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """RoPE in place on x [B, T, H, Dh] (fp32, unit last stride, any other strides), cos / sin [B or 1, 1, T, Dh]
    (core's `rope_cos_sin`): core's `apply_rope` to the bit, one C call. Returns x."""
    lib, _ = _c_backend()
    B, T, H, Dh = x.shape
    cos, sin = (c.expand(B, 1, T, Dh).contiguous() for c in (cos, sin))
    if x.dtype != torch.float32 or x.stride(-1) != 1 or cos.dtype != torch.float32 or Dh % 2:
        raise ValueError(f"rope_: expected fp32 x [B, T, H, Dh] with unit last stride and even Dh, cos/sin fp32 "
                         f"[B, 1, T, Dh]; found x {x.dtype} {list(x.shape)}, cos {cos.dtype}")
    lib.nf_rope(x.data_ptr(), B, T, H, Dh, x.stride(0), x.stride(1), x.stride(2), cos.data_ptr(), sin.data_ptr(),
                torch.get_num_threads())
    return x


def layer_scratch_bytes(D: int, H: int, Hkv: int, Dh: int, I: int, max_len: int) -> int:  # noqa: E741
    """Bytes of work memory `decode_layers` needs (for a cache of `max_len` positions)."""
    lib, _ = _c_backend()
    return lib.nf_bitnet_layer_scratch_bytes(D, H, Hkv, Dh, I, max_len)


def decode_layers(layers: ctypes.Array, step: ctypes.Structure, h: torch.Tensor) -> None:
    """Decoder layers (an array of `LayerArgs`) of a batch-1 decode step on h (fp32 [D], contiguous) in place,
    in one C call (kernel_layer.c); `step` is core.fused.StepArgs, the arguments from `core.fused.run` and
    `decode.describe`, which checks every tensor behind their pointers."""
    lib, isa = _c_backend()
    D = layers[0].D
    if h.dtype != torch.float32 or h.numel() != D or not h.is_contiguous():
        raise ValueError(f"h: expected contiguous float32 [{D}], found {h.dtype} {list(h.shape)}")
    rc = lib.nf_bitnet_decode_layers(ctypes.byref(layers), len(layers), ctypes.byref(step), h.data_ptr(),
                                     torch.get_num_threads(), isa)
    if rc == -1:
        raise MemoryError("decode_layers: out of memory for the threads' prepared inputs")
    if rc != 0:
        raise ValueError(f"decode_layers: position {step.pos} is past the cache's {step.max_len}, or the layers' "
                         "shapes differ or their head counts do not divide")


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
