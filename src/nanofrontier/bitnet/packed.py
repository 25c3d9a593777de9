"""Packed inference layers for BitNet b1.58: 2-bit ternary weights (`PackedBitLinear`) and int8
per-row weights for the tied LM head (`PackedInt8Linear`), each run by the C kernel (`kernel.py`)
or, where it is unavailable, by torch on the same integers.

    layer = PackedBitLinear.from_bitlinear(bitlinear)        # repack once at load
    y = layer(x)                                             # x [..., K] -> [..., N] float32
    qkv = PackedBitLinear.fuse([q, k, v])                    # one int8 input, one kernel call
    q_out, k_out, v_out = qkv(x).split(qkv.split_sizes, -1)
    head = PackedInt8Linear.from_float(embed_tokens.weight)  # logits = head(h)

Legend: M tokens (rows of x), K = in_features, N = out_features, V vocabulary, D hidden size.

Integers are exact (research note 1.2): y_int = sum_k x_q[m, k] * w_t[n, k], then
y = y_int / (x_scale * w_scale) with x_scale = 127 / absmax(x) per token and w_scale = 1 / mean|W|
(`quant.weight_quant`'s dividing convention, W ~ w_t / w_scale), bit for bit `quant.int_forward`.
With a C backend and float32 input, `forward` quantises and multiplies in one kernel call
(`kernel.ternary_matmul_float`), with the same numbers. Resident memory is the packed weights (K/4
bytes per row; K rounded up to 128, N to 4) plus one float scale per output row: never float weights.

Layout: see `repack` and the header of kernel.c (bitnet.cpp's x86 I2_S chunks, rows in groups of 4).
It is not the released HF layout (`formats.pack`/`formats.unpack`): load, then `repack` once.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import nn

from . import kernel
from .kernel import BLOCK, ROWS, packed_shape
from .quant import BitLinear, activation_quant, weight_quant


def repack(w_ternary: torch.Tensor) -> torch.Tensor:
    """int8 {-1, 0, 1} [N, K] -> uint8 `packed_shape(N, K)`, 4 codes (w + 1) per byte.

    Within each 128-column block, byte j holds columns j, j+32, j+64, j+96 in bits 7:6, 5:4, 3:2,
    1:0, so one 32-byte load + shift + mask yields 32 consecutive columns per vector. Rows are stored
    in groups of 4, block by block: [group, block, row in group, 32 bytes], one sequential stream per
    thread. Rows past N and columns past K hold code 1 (weight 0).
    """
    if w_ternary.dim() != 2:
        raise ValueError(f"w_ternary: expected [N, K], found {list(w_ternary.shape)}")
    w = w_ternary.to(torch.int8)
    if not bool(((w >= -1) & (w <= 1)).all()) or not torch.equal(w.to(w_ternary.dtype), w_ternary):
        raise ValueError("w_ternary: entries must be -1, 0 or 1")
    N, K = w.shape
    groups, width = packed_shape(N, K)
    blocks = width // (ROWS * 32)
    codes = torch.ones(groups * ROWS, blocks * BLOCK, dtype=torch.uint8)
    codes[:N, :K] = (w + 1).to(torch.uint8)
    c = codes.view(groups, ROWS, blocks, 4, 32)
    packed = (c[:, :, :, 0] << 6) | (c[:, :, :, 1] << 4) | (c[:, :, :, 2] << 2) | c[:, :, :, 3]  # [G, 4, B, 32]
    return packed.transpose(1, 2).reshape(groups, width).contiguous()


def unpack(packed: torch.Tensor, out_features: int, in_features: int) -> torch.Tensor:
    """The inverse of `repack`: uint8 `packed_shape(N, K)` -> int8 {-1, 0, 1} [N, K]."""
    groups, width = packed_shape(out_features, in_features)
    if tuple(packed.shape) != (groups, width):
        raise ValueError(f"packed: expected [{groups}, {width}] for [{out_features}, {in_features}], "
                         f"found {list(packed.shape)}")
    p = packed.reshape(groups, -1, ROWS, 1, 32)  # [G, B, 4, 1, 32]
    shifts = torch.tensor([6, 4, 2, 0], dtype=torch.uint8).view(1, 1, 1, 4, 1)
    codes = ((p >> shifts) & 3).permute(0, 2, 1, 3, 4).reshape(groups * ROWS, -1)  # [G*4, B*128]
    return (codes[:out_features, :in_features].to(torch.int8) - 1).contiguous()


def quantize_rows_int8(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """float [V, D] -> (int8 [V, D] in [-127, 127], float32 scales [V]) with weight ~ q * scale[:, None].

    Absmax per row (the research note's section 7.1: 328 MB for the 2B4T head, PPL 17.11 -> 17.12).
    """
    w = weight.float()
    scale = (w.abs().amax(dim=1) / 127).clamp(min=1e-12)
    q = (w / scale[:, None]).round().clamp(-127, 127).to(torch.int8)
    return q, scale


def _exact_matmul(x_q: torch.Tensor, w_q: torch.Tensor, bound: int) -> torch.Tensor:
    """int32 x_q [M, K] @ w_q [N, K]^T in floating point, exact: every partial sum is an integer of
    magnitude <= bound, which float32 (bound < 2^24) or float64 (< 2^53) represents exactly."""
    dtype = torch.float32 if bound < 2**24 else torch.float64
    return (x_q.to(dtype) @ w_q.to(dtype).T).to(torch.int32)


def ternary_matmul(x_q: torch.Tensor, packed: torch.Tensor, out_features: int, in_features: int,
                   x_scale: torch.Tensor | None = None, w_scale: torch.Tensor | None = None) -> torch.Tensor:
    """`kernel.ternary_matmul` where the C kernel is in use, else the same numbers from torch."""
    if kernel.active_backend() != "torch":
        return kernel.ternary_matmul(x_q, packed, out_features, in_features, x_scale, w_scale)
    y = _exact_matmul(x_q, unpack(packed, out_features, in_features), 128 * in_features)
    return y if x_scale is None else y.float() / (x_scale.reshape(-1, 1) * w_scale.reshape(1, -1))


def int8_matmul(x_q: torch.Tensor, w_q: torch.Tensor, x_scale: torch.Tensor | None = None,
                w_scale: torch.Tensor | None = None, chunk: int = 8192) -> torch.Tensor:
    """`kernel.int8_matmul` where the C kernel is in use, else torch in row chunks (float64 is exact)."""
    if kernel.active_backend() != "torch":
        return kernel.int8_matmul(x_q, w_q, x_scale, w_scale)
    bound = 128 * 128 * w_q.shape[1]
    y = torch.cat([_exact_matmul(x_q, w_q[i:i + chunk], bound) for i in range(0, w_q.shape[0], chunk)], dim=1)
    return y if x_scale is None else y.float() * w_scale.reshape(1, -1) / x_scale.reshape(-1, 1)


def _rows(x: torch.Tensor) -> torch.Tensor | None:
    """x [..., K] as float32 [M, K] for the C float entries (a view where x allows), or None where the
    torch backend is in use or x is not float32 (then the caller quantises in torch)."""
    if x.dtype != torch.float32 or kernel.active_backend() == "torch":
        return None
    x2 = x.reshape(-1, x.shape[-1])
    return x2 if x2.stride(-1) == 1 else x2.contiguous()


def _quantize_input(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """x [..., K] -> (int8 [M, K], float32 [M]) through `quant.activation_quant`."""
    x_q, x_scale = activation_quant(x.reshape(-1, x.shape[-1]).float())
    return x_q.to(torch.int8).contiguous(), x_scale.reshape(-1).float().contiguous()


class PackedBitLinear(nn.Module):
    """A BitLinear for inference: 2-bit packed ternary weights and one float scale per output row.

    The per-row scale holds one tensor's w_scale repeated, or several after `fuse`.
    """

    def __init__(self, in_features: int, out_features: int, split_sizes: Sequence[int] | None = None, *,
                 storage: torch.Tensor | None = None):
        """All-zero weights (code 1). `storage`, a uint8 tensor of `packed_shape(N, K)` (e.g. a view of a
        `memory.Arena`), holds them instead of a new tensor."""
        super().__init__()
        self.in_features, self.out_features = in_features, out_features
        self.split_sizes = tuple(split_sizes or (out_features,))
        shape = packed_shape(out_features, in_features)
        if storage is None:
            storage = torch.empty(shape, dtype=torch.uint8)
        elif storage.dtype != torch.uint8 or tuple(storage.shape) != shape:
            raise ValueError(f"storage: expected uint8 {list(shape)}, found {storage.dtype} {list(storage.shape)}")
        self.register_buffer("packed", storage.fill_(0x55))
        self.register_buffer("weight_scale", torch.ones(out_features))
        self._decode_calls: dict[tuple[bool, int], kernel.TernaryDecode] = {}  # see `fused`

    @classmethod
    def from_ternary(cls, w_ternary: torch.Tensor, w_scale: float | torch.Tensor) -> PackedBitLinear:
        """From int8 {-1, 0, 1} [N, K] and the tensor's w_scale (W ~ w_ternary / w_scale)."""
        N, K = w_ternary.shape
        layer = cls(K, N)
        layer.packed = repack(w_ternary)
        layer.weight_scale = torch.as_tensor(w_scale, dtype=torch.float32).reshape(-1).expand(N).clone()
        return layer

    @classmethod
    def from_bitlinear(cls, bitlinear: BitLinear) -> PackedBitLinear:
        """From a `quant.BitLinear`: an online one is ternarised once with `weight_quant` (so the result
        equals `quant.int_forward(x, *weight_quant(weight))` exactly); an offline one holds W_t and the
        multiplying mean|W|, whose reciprocal becomes the dividing scale."""
        if bitlinear.bias is not None:
            raise ValueError("PackedBitLinear has no bias; BitNet's projections have none")
        if bitlinear.offline:
            w_ternary, mean_abs = bitlinear.ternary()
            return cls.from_ternary(w_ternary, 1.0 / mean_abs)
        return cls.from_ternary(*weight_quant(bitlinear.weight))

    @classmethod
    def fuse(cls, layers: Sequence[PackedBitLinear]) -> PackedBitLinear:
        """Stack layers that read the same input (q/k/v, gate/up) into one: one quantised x, one call.

        Repacks (row groups of 4 may straddle two layers); done once at load."""
        K = layers[0].in_features
        if any(layer.in_features != K for layer in layers):
            raise ValueError(f"fuse: in_features differ: {[layer.in_features for layer in layers]}")
        fused = cls(K, sum(layer.out_features for layer in layers),
                    [n for layer in layers for n in layer.split_sizes])
        fused.packed = repack(torch.cat([layer.ternary() for layer in layers]))
        fused.weight_scale = torch.cat([layer.weight_scale for layer in layers])
        return fused

    def ternary(self) -> torch.Tensor:
        """The ternary weights as int8 [N, K] (a new tensor; for checks and export)."""
        return unpack(self.packed, self.out_features, self.in_features)

    def forward_quantized(self, x_q: torch.Tensor, x_scale: torch.Tensor) -> torch.Tensor:
        """int8 [M, K] and its per-token scale [M] -> float32 [M, N]: lets several layers share one x_q."""
        return ternary_matmul(x_q, self.packed, self.out_features, self.in_features, x_scale, self.weight_scale)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.shape[-1] != self.in_features:
            raise ValueError(f"input: expected [..., {self.in_features}], found {list(x.shape)}")
        if (rows := _rows(x)) is not None:  # quantise and multiply in one C call, same numbers
            y = kernel.ternary_matmul_float(rows, self.packed, self.out_features, self.weight_scale)
        else:
            y = self.forward_quantized(*_quantize_input(x))
        return y.view(*x.shape[:-1], self.out_features)

    def fused(self, x: torch.Tensor, *, gated: bool = False, norm: nn.Module | None = None,
              residual: torch.Tensor | None = None) -> torch.Tensor:
        """residual + self(norm(relu(gate)² * up if gated else x)), each part optional; x [..., K] (or
        [..., 2K] = [gate | up]) -> [..., N]. The ops around BitNet's projections, for decode.

        One C call (`kernel.ternary_decode_float`) where the C kernel is in use and the inputs are
        float32; there the norm may differ from `norm(x)` by float rounding (an ulp of its scale).
        Else exactly these torch ops. `norm` is an RMSNorm (`weight`, `eps`)."""
        width = 2 * self.in_features if gated else self.in_features
        if x.shape[-1] != width:
            raise ValueError(f"input: expected [..., {width}], found {list(x.shape)}")
        norm_weight = None if norm is None else norm.weight
        rows = _rows(x)
        if rows is not None and (norm_weight is None or norm_weight.dtype == torch.float32) and (
                residual is None or residual.dtype == torch.float32):
            res = None if residual is None else residual.reshape(-1, self.out_features).contiguous()
            return self._decode_call(gated, norm)(rows, res).view(*x.shape[:-1], self.out_features)
        if gated:
            gate, up = x.split(self.in_features, dim=-1)
            x = F.relu(gate).square() * up
        y = self(x if norm is None else norm(x))
        return y if residual is None else residual + y

    def _decode_call(self, gated: bool, norm: nn.Module | None) -> kernel.TernaryDecode:
        """The prepared C call for (gated, norm), rebuilt when a weight's storage or the norm's eps changed
        since (a cast, `p.data = ...`, a deepcopy), so C never reads memory that was freed."""
        norm_weight, eps = (None, 0.0) if norm is None else (norm.weight, norm.eps)
        call = self._decode_calls.get((gated, id(norm)))
        if call is None or not call.matches(self.packed, self.weight_scale, norm_weight, eps):
            call = kernel.TernaryDecode(self.packed, self.out_features, self.weight_scale, in_features=self.in_features,
                                        gated=gated, norm_weight=norm_weight, eps=eps)
            self._decode_calls[(gated, id(norm))] = call
        return call

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, split_sizes={self.split_sizes}"


class PackedInt8Linear(nn.Module):
    """A linear map with int8 weights and one scale per output row (the tied LM head at decode).

    The input is quantised per token with `quant.activation_quant`; logits = int * w_scale / x_scale.
    """

    def __init__(self, in_features: int, out_features: int, *, storage: torch.Tensor | None = None):
        """All-zero weights; `storage`, an int8 [out, in] tensor (e.g. of a `memory.Arena`), holds them."""
        super().__init__()
        self.in_features, self.out_features = in_features, out_features
        if storage is None:
            storage = torch.empty(out_features, in_features, dtype=torch.int8)
        elif storage.dtype != torch.int8 or tuple(storage.shape) != (out_features, in_features):
            raise ValueError(f"storage: expected int8 [{out_features}, {in_features}], "
                             f"found {storage.dtype} {list(storage.shape)}")
        self.register_buffer("weight", storage.zero_())
        self.register_buffer("weight_scale", torch.ones(out_features))

    @classmethod
    def from_float(cls, weight: torch.Tensor) -> PackedInt8Linear:
        """From a float [V, D] weight (e.g. `embed_tokens.weight`), quantised by `quantize_rows_int8`."""
        layer = cls(weight.shape[1], weight.shape[0])
        layer.weight, layer.weight_scale = quantize_rows_int8(weight)
        return layer

    def forward_quantized(self, x_q: torch.Tensor, x_scale: torch.Tensor) -> torch.Tensor:
        return int8_matmul(x_q, self.weight, x_scale, self.weight_scale)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.shape[-1] != self.in_features:
            raise ValueError(f"input: expected [..., {self.in_features}], found {list(x.shape)}")
        if (rows := _rows(x)) is not None:
            y = kernel.int8_matmul_float(rows, self.weight, self.weight_scale)
        else:
            y = self.forward_quantized(*_quantize_input(x))
        return y.view(*x.shape[:-1], self.out_features)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}"
