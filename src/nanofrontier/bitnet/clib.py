"""The C library behind BitNet's kernels, without torch: where its source is, how to build and bind it, and
the layouts and argument structs its entry points read.

    lib = bind(ctypes.CDLL(str(build())))          # kernel.py (torch tensors) and runtime.py (numpy) both

`kernel.py` wraps the entry points for torch tensors, with the backend choice and the torch fallback;
`runtime.py` calls the same entry points on numpy arrays in a process that never imports torch.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

from nanofrontier.core import cbuild

SOURCE = Path(__file__).with_name("kernel.c")  # includes the others: one translation unit
INCLUDED = tuple(Path(__file__).with_name(f"kernel_{part}.c") for part in ("avx512", "int8", "layer"))
ISA_REQUEST = {"avx512": 0, "scalar": 1, "avx2": 2}  # kernel.c's last argument: 0 = the best the CPU has
BLOCK, ROWS = 128, 4  # the ternary layout's columns per 32-byte block and rows per group (kernel.c)


def build(cache_dir: str | os.PathLike | None = None) -> Path:
    """Compile `kernel.c` unless a build with the same source, flags and compiler is cached; return its path."""
    return cbuild.build("bitnet_kernel", [SOURCE, *INCLUDED], directory=cache_dir)


def bind(lib: ctypes.CDLL) -> ctypes.CDLL:
    i64, ptr = ctypes.c_int64, ctypes.c_void_p
    signature = [ptr, i64, i64, i64, ptr, i64, ptr, ptr, ptr, ptr, i64, ctypes.c_int, ctypes.c_int]
    for fn in (lib.nf_ternary_matmul, lib.nf_int8_matmul):
        fn.argtypes, fn.restype = signature, ctypes.c_int
    # float x, M, K, x stride, weights, N, w_scale, out, out stride, x_scale out, threads, ISA_REQUEST
    signature_f32 = [ptr, i64, i64, i64, ptr, i64, ptr, ptr, i64, ptr, ctypes.c_int, ctypes.c_int]
    for fn in (lib.nf_ternary_matmul_f32, lib.nf_int8_matmul_f32):
        fn.argtypes, fn.restype = signature_f32, ctypes.c_int
    # float x, M, K, x stride, gated, norm weight, eps, weights, N, w_scale, residual, out, out stride,
    # threads, ISA_REQUEST
    lib.nf_ternary_decode_f32.argtypes = [ptr, i64, i64, i64, ctypes.c_int, ptr, ctypes.c_float, ptr, i64, ptr,
                                          ptr, ptr, i64, ctypes.c_int, ctypes.c_int]
    lib.nf_ternary_decode_f32.restype = ctypes.c_int
    lib.nf_quantize_rows.argtypes = [ptr, i64, i64, i64, ptr, i64, ptr, ctypes.c_int]
    lib.nf_quantize_rows.restype = ctypes.c_int
    lib.nf_has_avx2.argtypes, lib.nf_has_avx2.restype = [], ctypes.c_int
    lib.nf_has_avx512vnni.argtypes, lib.nf_has_avx512vnni.restype = [], ctypes.c_int
    lib.nf_bitnet_decode_layers.argtypes = [ptr, i64, ptr, ptr, ctypes.c_int, ctypes.c_int]
    lib.nf_bitnet_decode_layers.restype = ctypes.c_int
    lib.nf_rope.argtypes = [ptr, i64, i64, i64, i64, i64, i64, i64, ptr, ptr, ctypes.c_int]
    lib.nf_rope.restype = None
    # q, T, H, Hkv, Dh, q stride, k cache, v cache, max_len, start, out, threads, ISA_REQUEST
    lib.nf_prompt_attention.argtypes = [ptr, i64, i64, i64, i64, i64, ptr, ptr, i64, i64, ptr, ctypes.c_int,
                                        ctypes.c_int]
    lib.nf_prompt_attention.restype = ctypes.c_int
    lib.nf_bitnet_layer_scratch_bytes.argtypes = [i64] * 6
    lib.nf_bitnet_layer_scratch_bytes.restype = i64
    return lib


def packed_shape(out_features: int, in_features: int) -> tuple[int, int]:
    """Bytes of packed ternary weights: [ceil(N/4), ceil(K/128) * 128], 4 rows x 32 bytes per block."""
    return -(-out_features // ROWS), -(-in_features // BLOCK) * ROWS * 32


class LayerArgs(ctypes.Structure):
    """kernel_layer.c's nf_bitnet_layer_args: one layer's sizes and pointers. Index 0..3 of eps / norm:
    input_layernorm, attn_sub_norm, post_attention_layernorm, ffn_sub_norm; of w / w_scale: the packed qkv,
    o, gate|up and down projections."""

    _fields_ = [*[(n, ctypes.c_int64) for n in ("D", "H", "Hkv", "Dh", "I")],
                ("eps", ctypes.c_float * 4), ("w", ctypes.c_void_p * 4), ("w_scale", ctypes.c_void_p * 4),
                ("norm", ctypes.c_void_p * 4)]
