"""Packed BitNet inference: turn a loaded or trained `BitNetForCausalLM` into one that holds only 2-bit
ternary weights (plus one scale per output row) and runs the C kernel (`packed.py`, `kernel.py`).

    model = pack_model(load_bitnet("path/to/bitnet-b1.58-2B-4T"), int8_head=True)   # in place
    tokens = generate(model, [prompt_ids], SampleConfig(temperature=0))               # core.sample
    resident_bytes(model)                                                              # ~1.2 GB at 2B4T

What changes (research/bitnet.md §7.3): every layer's `self_attn` becomes a `PackedAttention` whose q/k/v
are one fused `PackedBitLinear` (one activation quantisation, one kernel call, then a split), and its
`mlp` a `PackedMLP` with gate/up fused the same way; `o_proj` and `down_proj` are packed alone. The
latent fp32 weights are dropped. The embedding, norms and RoPE stay as they were, so core's seams
(`embed`, `forward_layers`, `head`, `forward`) and `core.sample.generate` run the packed model unchanged.
`int8_head=True` replaces the LM head by a `PackedInt8Linear` (int8 rows + a scale each, §7.1: half
the bytes of bf16); the embedding keeps its own float table.

Numerics: each projection computes y = int32(x_q . W_t) / (x_scale * w_scale) (`quant.int_forward`),
while an offline `BitLinear` computes F.linear(x_q / x_scale, W_t) * mean|W|; the two agree up to
float rounding, and tokens from greedy decoding agree (tests/bitnet/test_infer.py).

Legend: B batch, T new positions, D hidden size, I intermediate size, H query heads, Hkv key/value
heads, Dh head dim, V vocabulary.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nanofrontier.bitnet.model import BitNetAttention, BitNetConfig, BitNetForCausalLM, BitNetMLP
from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear
from nanofrontier.bitnet.quant import BitLinear
from nanofrontier.core.cache import KVCache
from nanofrontier.core.model import Linear, RMSNorm, rope_inv_freq, rotary_attention


class PackedAttention(nn.Module):
    """`BitNetAttention` with q/k/v fused into one packed layer: x -> qkv -> split -> RoPE -> SDPA ->
    attn_sub_norm -> o_proj. Same call signature, so core's `DecoderLayer.forward` runs it."""

    def __init__(self, config: BitNetConfig, layer_idx: int, qkv_proj: PackedBitLinear | None = None,
                 o_proj: PackedBitLinear | None = None) -> None:
        super().__init__()
        D, Dh = config.hidden_size, config.head_dim
        self.layer_idx = layer_idx
        self.n_heads, self.n_kv_heads, self.head_dim = config.num_attention_heads, config.num_key_value_heads, Dh
        sizes = (self.n_heads * Dh, self.n_kv_heads * Dh, self.n_kv_heads * Dh)
        self.qkv_proj = qkv_proj or PackedBitLinear(D, sum(sizes), sizes)  # placeholder: all weights 0
        self.o_proj = o_proj or PackedBitLinear(self.n_heads * Dh, D)
        if self.qkv_proj.split_sizes != sizes:
            raise ValueError(f"layers.{layer_idx}.self_attn.qkv_proj: expected splits {sizes}, "
                             f"found {self.qkv_proj.split_sizes}")
        self.attn_sub_norm = RMSNorm(self.n_heads * Dh, config.rms_norm_eps)

    @classmethod
    def from_attention(cls, attn: BitNetAttention, config: BitNetConfig) -> PackedAttention:
        qkv = PackedBitLinear.fuse([_packed(p) for p in (attn.q_proj, attn.k_proj, attn.v_proj)])
        packed = cls(config, attn.layer_idx, qkv, _packed(attn.o_proj))
        packed.attn_sub_norm = attn.attn_sub_norm
        return packed

    def forward(self, x: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
                cache: KVCache | None) -> Tensor:
        B, T, _ = x.shape
        q, k, v = self.qkv_proj(x).split(self.qkv_proj.split_sizes, dim=-1)
        q = q.reshape(B, T, self.n_heads, self.head_dim)
        k = k.reshape(B, T, self.n_kv_heads, self.head_dim)
        v = v.reshape(B, T, self.n_kv_heads, self.head_dim)
        y = rotary_attention(q, k, v, cos, sin, mask, cache, self.layer_idx)  # [B, T, H*Dh]
        return self.o_proj(self.attn_sub_norm(y))


class PackedMLP(nn.Module):
    """`BitNetMLP` with gate/up fused: down(ffn_sub_norm(relu(gate(x))² * up(x)))."""

    def __init__(self, config: BitNetConfig, gate_up_proj: PackedBitLinear | None = None,
                 down_proj: PackedBitLinear | None = None) -> None:
        super().__init__()
        D, I = config.hidden_size, config.intermediate_size
        self.gate_up_proj = gate_up_proj or PackedBitLinear(D, 2 * I, (I, I))
        self.down_proj = down_proj or PackedBitLinear(I, D)
        if self.gate_up_proj.split_sizes != (I, I):
            raise ValueError(f"mlp.gate_up_proj: expected splits {(I, I)}, found {self.gate_up_proj.split_sizes}")
        self.ffn_sub_norm = RMSNorm(I, config.rms_norm_eps)

    @classmethod
    def from_mlp(cls, mlp: BitNetMLP, config: BitNetConfig) -> PackedMLP:
        gate_up = PackedBitLinear.fuse([_packed(mlp.gate_proj), _packed(mlp.up_proj)])
        packed = cls(config, gate_up, _packed(mlp.down_proj))
        packed.ffn_sub_norm = mlp.ffn_sub_norm
        return packed

    def forward(self, x: Tensor) -> Tensor:
        gate, up = self.gate_up_proj(x).split(self.gate_up_proj.split_sizes, dim=-1)
        # in place on the fresh kernel output (no autograd through packed layers): same ops, fewer buffers
        return self.down_proj(self.ffn_sub_norm(gate.relu_().square_().mul_(up)))


class HalfEmbedding(nn.Module):
    """An embedding table stored in bf16 (a buffer, half of fp32's bytes) whose rows come out as fp32,
    so the decoder still computes in fp32 and `next(model.parameters())` stays an fp32 norm weight."""

    def __init__(self, num_embeddings: int, embedding_dim: int, dtype: torch.dtype = torch.bfloat16) -> None:
        super().__init__()
        self.register_buffer("weight", torch.zeros(num_embeddings, embedding_dim, dtype=dtype))

    def forward(self, input_ids: Tensor) -> Tensor:
        return F.embedding(input_ids, self.weight).float()


def _packed(layer: nn.Module) -> PackedBitLinear:
    if not isinstance(layer, BitLinear):
        raise TypeError(f"expected a BitLinear projection, found {type(layer).__name__} (a dense model?)")
    return PackedBitLinear.from_bitlinear(layer)


@torch.no_grad()
def pack_model(model: BitNetForCausalLM, *, int8_head: bool = False) -> BitNetForCausalLM:
    """Replace every layer's attention and MLP by packed, fused ones, in place; return `model`.

    Online BitLinears are ternarised once (`weight_quant`), offline ones keep their W_t and scale.
    With `int8_head`, `lm_head` becomes a `PackedInt8Linear` of its weight (the embedding when tied).
    """
    if model.config.mode == "dense":
        raise ValueError("pack_model: the model has dense projections (quantization_config is None)")
    for layer in model.model.layers:
        layer.self_attn = PackedAttention.from_attention(layer.self_attn, model.config)
        layer.mlp = PackedMLP.from_mlp(layer.mlp, model.config)
    if int8_head:
        model.lm_head = PackedInt8Linear.from_float(model.lm_head.weight.detach())
    return model.eval()


def empty_packed_model(config: BitNetConfig, *, int8_head: bool = True,
                       embed_dtype: torch.dtype = torch.float32) -> BitNetForCausalLM:
    """A packed model of `config`'s shape with placeholder weights (all-zero ternary, unit norms, zero
    embeddings), built without ever allocating float projection weights; fill its buffers in place.

    `embed_dtype` other than fp32 stores the table as a `HalfEmbedding`; then `int8_head` is required
    (the head would otherwise be a dense layer tied to a half-precision table)."""
    if embed_dtype != torch.float32 and not int8_head:
        raise ValueError("empty_packed_model: a non-fp32 embedding needs int8_head=True")
    with torch.device("meta"):
        model = BitNetForCausalLM(config)
    D, V = config.hidden_size, config.vocab_size
    for i, layer in enumerate(model.model.layers):
        layer.self_attn = PackedAttention(config, i)
        layer.mlp = PackedMLP(config)
        layer.input_layernorm = RMSNorm(D, config.rms_norm_eps)
        layer.post_attention_layernorm = RMSNorm(D, config.rms_norm_eps)
    model.model.norm = RMSNorm(D, config.rms_norm_eps)
    if embed_dtype == torch.float32:
        model.model.embed_tokens = nn.Embedding(V, D, _weight=torch.zeros(V, D))
    else:
        model.model.embed_tokens = HalfEmbedding(V, D, embed_dtype)
    if int8_head:
        model.lm_head = PackedInt8Linear(D, V)
    elif config.tie_word_embeddings:
        model.lm_head.weight = model.model.embed_tokens.weight
    else:
        model.lm_head = Linear(D, V, bias=False)
    model.inv_freq = rope_inv_freq(config)
    return model.eval()


def resident_bytes(module: nn.Module) -> int:
    """Bytes held by the module's parameters and buffers, each storage counted once (tied weights)."""
    seen: set[int] = set()
    total = 0
    for t in [*module.parameters(), *module.buffers()]:
        if t.is_meta or t.data_ptr() in seen:
            continue
        seen.add(t.data_ptr())
        total += t.nbytes
    return total


def decode_weight_bytes(module: nn.Module) -> int:
    """Bytes of packed/int8 weights and their scales read per decoded token (the decode floor's numerator)."""
    layers = [m for m in module.modules() if isinstance(m, (PackedBitLinear, PackedInt8Linear))]
    return sum(sum(b.nbytes for b in m.buffers()) for m in layers)


__all__ = ["HalfEmbedding", "PackedAttention", "PackedMLP", "empty_packed_model", "pack_model",
           "decode_weight_bytes", "resident_bytes"]
