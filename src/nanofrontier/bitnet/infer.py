"""Packed BitNet inference: turn a loaded or trained `BitNetForCausalLM` into one that holds only 2-bit
ternary weights (plus one scale per output row) and runs the C kernel (`packed.py`, `kernel.py`).

    model = pack_model(load_bitnet("path/to/bitnet-b1.58-2B-4T"), int8_head=True, int8_embedding=True)
    tokens = generate(model, [prompt_ids], SampleConfig(temperature=0))               # core.sample
    resident_bytes(model)                                                              # ~0.85 GB at 2B4T

What changes: every layer becomes a `PackedDecoderLayer` whose `self_attn` is a
`PackedAttention` with q/k/v as one fused `PackedBitLinear` (one activation quantisation, one kernel call,
then a split) and whose `mlp` is a `PackedMLP` with gate/up fused the same way; `o_proj` and `down_proj`
are packed alone. Each projection's C call also does the RMSNorm before it (input_layernorm,
attn_sub_norm, post_attention_layernorm, ffn_sub_norm), relu(gate)² * up before down_proj, and the
residual add after o_proj and down_proj (`PackedBitLinear.fused`): for a prompt, four C calls and the
attention (RoPE in C, core's cache update and SDPA) per layer. A batch-1 decode step runs every layer in
one C call instead (`decode.py`, kernel_layer.c, through core's `CausalLM.forward_layers`). The latent
fp32 weights are dropped; the packed codes and the int8 table live in huge-page arenas (`memory.py`). The
norms and RoPE stay as they were, so core's seams (`embed`, `forward_layers`, `head`, `forward`) and
`core.sample.generate` run the packed model unchanged. `int8_head=True` replaces the LM head by a
`PackedInt8Linear` (int8 rows + a scale each: half the bytes of bf16); `int8_embedding=True` (tied models)
makes the lookup read that same table (`Int8Embedding`) and drops the float one.

Numerics: each projection computes y = int32(x_q . W_t) / (x_scale * w_scale) (`quant.int_forward`),
while an offline `BitLinear` computes F.linear(x_q / x_scale, W_t) * mean|W|; the two agree up to
float rounding, and tokens from greedy decoding agree (tests/bitnet/test_infer.py). A norm inside the C
call may differ from torch's `rms_norm` by an ulp of its scale (docs/bitnet.md); with the torch backend
the fused path is the unfused torch ops, bit for bit.

Legend: B batch, T new positions, D hidden size, I intermediate size, H query heads, Hkv key/value
heads, Dh head dim, V vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nanofrontier.bitnet import decode, kernel
from nanofrontier.bitnet.kernel import packed_shape
from nanofrontier.bitnet.memory import Arena, hugepage_weights
from nanofrontier.bitnet.model import BitNetAttention, BitNetConfig, BitNetForCausalLM, BitNetMLP
from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear
from nanofrontier.bitnet.quant import BitLinear
from nanofrontier.core import fused
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

    def forward(self, x: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None, cache: KVCache | None, *,
                norm: RMSNorm | None = None, residual: Tensor | None = None) -> Tensor:
        """x [B, T, D] -> [B, T, D]. `norm` (the layer's input_layernorm) is applied to x first and
        `residual` added to the output, each inside the kernel call next to it (`PackedDecoderLayer`)."""
        B, T, _ = x.shape
        q, k, v = self.qkv_proj.fused(x, norm=norm).split(self.qkv_proj.split_sizes, dim=-1)
        q = q.reshape(B, T, self.n_heads, self.head_dim)
        k = k.reshape(B, T, self.n_kv_heads, self.head_dim)
        v = v.reshape(B, T, self.n_kv_heads, self.head_dim)
        if T > 1 and q.dtype == torch.float32 and kernel.active_backend() != "torch":
            y = _prompt_attention(q, k, v, cos, sin, mask, cache, self.layer_idx)
        else:
            with _one_thread_if(_small_decode(T, cache, self.layer_idx)):
                y = rotary_attention(q, k, v, cos, sin, mask, cache, self.layer_idx)  # [B, T, H*Dh]
        return self.o_proj.fused(y, norm=self.attn_sub_norm, residual=residual)


def _prompt_attention(q: Tensor, k: Tensor, v: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
                      cache: KVCache | None, layer_idx: int) -> Tensor:
    """core's `rotary_attention` for T > 1 with RoPE in C, in place on the q and k views of the fused projection:
    its five elementwise torch ops on those strided views took ~1.8 ms a 2B4T layer at 128 tokens, a third of
    the attention (the same bits, `kernel.rope_`). Then the same cache update and causal SDPA."""
    B, T, H, Dh = q.shape
    q, k = kernel.rope_(q, cos, sin).transpose(1, 2), kernel.rope_(k, cos, sin).transpose(1, 2)
    v = v.transpose(1, 2)
    if cache is not None:
        k, v = cache.update(layer_idx, k, v)  # [B, Hkv, S+T, Dh]
    y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=mask is None, enable_gqa=k.shape[1] != H)
    return y.transpose(1, 2).reshape(B, T, H * Dh)


# Decode attention over at most this many cached key/value bytes runs on one thread: SDPA's parallel
# region would wake a sleeping OpenMP worker (~0.05-0.1 ms with OMP_WAIT_POLICY=PASSIVE on the dev VM,
# i.e. ~1 MB of reads) for a few microseconds of work; 41 vs 19 us per call even with the worker awake.
ONE_THREAD_ATTENTION_BYTES = 1 << 20


def _small_decode(T: int, cache: KVCache | None, layer_idx: int) -> bool:
    if T != 1 or cache is None:
        return False
    _, B, Hkv, _, Dh = cache.k.shape
    return cache.length(layer_idx) * B * Hkv * Dh * cache.k.element_size() * 2 < ONE_THREAD_ATTENTION_BYTES


@contextmanager
def _one_thread_if(condition: bool) -> Iterator[None]:
    """torch ops inside run on one thread; the count is restored after (a process-wide setting, so
    torch ops of another Python thread meanwhile also run on one: slower, never wrong)."""
    threads = torch.get_num_threads()
    if not condition or threads == 1:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


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

    def forward(self, x: Tensor, *, norm: RMSNorm | None = None, residual: Tensor | None = None) -> Tensor:
        """x [B, T, D] -> [B, T, D]; `norm` and `residual` as in `PackedAttention.forward`. The gating
        relu(gate)² * up and ffn_sub_norm run inside down_proj's kernel call."""
        gate_up = self.gate_up_proj.fused(x, norm=norm)  # [B, T, 2I] = [gate | up]
        return self.down_proj.fused(gate_up, gated=True, norm=self.ffn_sub_norm, residual=residual)


class PackedDecoderLayer(nn.Module):
    """BitNet's pre-norm block over packed layers, with each RMSNorm and residual add folded into the
    kernel call beside it: h + attn(norm(h)), then h + mlp(norm(h)) in four C calls (qkv, o,
    gate/up, down) and the attention's torch ops. A batch-1 decode step runs the whole layer in one C call
    instead (`core.fused.run`, kernel_layer.c: the same products, attention in C). Same parameter names as
    `BitNetDecoderLayer`."""

    def __init__(self, config: BitNetConfig, layer_idx: int, self_attn: PackedAttention | None = None,
                 mlp: PackedMLP | None = None) -> None:
        super().__init__()
        self.input_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.self_attn = self_attn or PackedAttention(config, layer_idx)
        self.post_attention_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.mlp = mlp or PackedMLP(config)

    @classmethod
    def from_layer(cls, layer: nn.Module, config: BitNetConfig) -> PackedDecoderLayer:
        """From a `BitNetDecoderLayer` (its norms are shared, its projections packed)."""
        packed = cls(config, layer.self_attn.layer_idx, PackedAttention.from_attention(layer.self_attn, config),
                     PackedMLP.from_mlp(layer.mlp, config))
        packed.input_layernorm, packed.post_attention_layernorm = layer.input_layernorm, layer.post_attention_layernorm
        return packed

    def forward(self, h: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
                cache: KVCache | None) -> Tensor:
        if h.shape[:2] == (1, 1) and mask is None and cache is not None:
            out = fused.run([self], h, cos, sin, cache)  # the whole layer in one C call
            if out is not None:
                return out
        h = self.self_attn(h, cos, sin, mask, cache, norm=self.input_layernorm, residual=h)
        return self.mlp(h, norm=self.post_attention_layernorm, residual=h)

    # core's `CausalLM.forward_layers` runs a decode step's layers of this class in one C call through it
    c_kernel = decode.PACKED

    def c_parts(self) -> tuple[tuple[PackedBitLinear, ...], tuple[RMSNorm, ...], PackedAttention] | None:
        """What kernel_layer.c reads: the qkv, o, gate|up and down projections, the input, attn_sub,
        post_attention and ffn_sub norms, and the attention (its head counts); None where a part is another
        class than the one it computes. Read through the modules' dicts: it runs every token (decode.py)."""
        m = self._modules
        attn, mlp = m["self_attn"], m["mlp"]
        if type(attn) is not PackedAttention or type(mlp) is not PackedMLP:
            return None
        am, mm = attn._modules, mlp._modules
        norms = (m["input_layernorm"], am["attn_sub_norm"], m["post_attention_layernorm"], mm["ffn_sub_norm"])
        if any(type(n) is not RMSNorm for n in norms):
            return None
        return (am["qkv_proj"], am["o_proj"], mm["gate_up_proj"], mm["down_proj"]), norms, attn


class HalfEmbedding(nn.Module):
    """An embedding table stored in bf16 (a buffer, half of fp32's bytes) whose rows come out as fp32,
    so the decoder still computes in fp32 and `next(model.parameters())` stays an fp32 norm weight."""

    def __init__(self, num_embeddings: int, embedding_dim: int, dtype: torch.dtype = torch.bfloat16) -> None:
        super().__init__()
        self.register_buffer("weight", torch.zeros(num_embeddings, embedding_dim, dtype=dtype))

    def forward(self, input_ids: Tensor) -> Tensor:
        return F.embedding(input_ids, self.weight).float()


class Int8Embedding(nn.Module):
    """The tied table as int8 rows: the lookup reads the LM head's own `PackedInt8Linear` table (the same
    tensors, registered here too), so a tied model holds one V x D int8 table (328 MB at 2B4T) instead of a
    float embedding beside its int8 head copy, as bitnet.cpp's Q8_0 token_embd does. A row comes out as
    q * scale in fp32: the embedding rounded to 1/254 of its row's largest entry, the head's own rounding."""

    def __init__(self, head: PackedInt8Linear) -> None:
        super().__init__()
        self.register_buffer("weight", head.weight)  # shared with the head, not copied
        self.register_buffer("weight_scale", head.weight_scale)

    def forward(self, input_ids: Tensor) -> Tensor:
        return F.embedding(input_ids, self.weight).float() * self.weight_scale[input_ids].unsqueeze(-1)


def _packed(layer: nn.Module) -> PackedBitLinear:
    if not isinstance(layer, BitLinear):
        raise TypeError(f"expected a BitLinear projection, found {type(layer).__name__} (a dense model?)")
    return PackedBitLinear.from_bitlinear(layer)


@torch.no_grad()
def pack_model(model: BitNetForCausalLM, *, int8_head: bool = False, int8_embedding: bool = False) -> BitNetForCausalLM:
    """Replace every layer's attention and MLP by packed, fused ones, in place; return `model`.

    Online BitLinears are ternarised once (`weight_quant`), offline ones keep their W_t and scale.
    With `int8_head`, `lm_head` becomes a `PackedInt8Linear` of its weight (the embedding when tied).
    With `int8_embedding` too (a tied model only), the embedding becomes an `Int8Embedding` over that same
    int8 table and the float table is dropped: one table of V x D bytes serves the lookup and the head.
    The packed codes and the int8 table then move into huge-page arenas (`memory.hugepage_weights`).
    """
    if model.config.mode == "dense":
        raise ValueError("pack_model: the model has dense projections (quantization_config is None)")
    if int8_embedding and not (int8_head and model.config.tie_word_embeddings):
        raise ValueError("pack_model: int8_embedding needs int8_head=True and tied embeddings (the head is the table)")
    layers = model.model.layers
    for i, layer in enumerate(layers):
        layers[i] = PackedDecoderLayer.from_layer(layer, model.config)
    if int8_head:
        model.lm_head = PackedInt8Linear.from_float(model.lm_head.weight.detach())
    if int8_embedding:
        model.model.embed_tokens = Int8Embedding(model.lm_head)
    hugepage_weights(model)
    return model.eval()


def empty_packed_model(config: BitNetConfig, *, int8_head: bool = True,
                       embed_dtype: torch.dtype = torch.float32) -> BitNetForCausalLM:
    """A packed model of `config`'s shape with placeholder weights (all-zero ternary, unit norms, zero
    embeddings), built without ever allocating float projection weights; fill its buffers in place.

    The packed codes are made in one huge-page arena in decode order and the int8 table in another
    (`memory.py`: each read ~12% faster than 4 KB pages on the dev VM), written once, never copied.
    `embed_dtype` torch.int8 makes the embedding an `Int8Embedding` over the int8 head's table (tied
    models: fill `lm_head.weight` and `lm_head.weight_scale`, the lookup reads them); another non-fp32 dtype
    stores the table as a `HalfEmbedding`. Both need `int8_head` (the head would otherwise be a dense layer
    tied to a table it cannot multiply by)."""
    if embed_dtype != torch.float32 and not int8_head:
        raise ValueError("empty_packed_model: a non-fp32 embedding needs int8_head=True")
    if embed_dtype == torch.int8 and not config.tie_word_embeddings:
        raise ValueError("empty_packed_model: an int8 embedding is the tied head's table; this config unties them")
    model = _skeleton(config)
    D, V = config.hidden_size, config.vocab_size
    model.model.layers = _empty_layers(config)
    model.model.norm = RMSNorm(D, config.rms_norm_eps)
    if int8_head:
        model.lm_head = PackedInt8Linear(D, V, storage=Arena(V * D).take((V, D), torch.int8))
    if embed_dtype == torch.float32:
        model.model.embed_tokens = nn.Embedding(V, D, _weight=torch.zeros(V, D))
    elif embed_dtype == torch.int8:
        model.model.embed_tokens = Int8Embedding(model.lm_head)
    else:
        model.model.embed_tokens = HalfEmbedding(V, D, embed_dtype)
    if not int8_head:
        if config.tie_word_embeddings:
            model.lm_head.weight = model.model.embed_tokens.weight
        else:
            model.lm_head = Linear(D, V, bias=False)
    model.inv_freq = rope_inv_freq(config)
    return model.eval()


def _empty_layers(config: BitNetConfig) -> nn.ModuleList:
    """Placeholder packed layers whose codes lie in one arena, a layer's qkv, o, gate|up, down in turn."""
    D, I, Dh = config.hidden_size, config.intermediate_size, config.head_dim  # noqa: E741
    H, Hkv = config.num_attention_heads, config.num_key_value_heads
    qkv = (H * Dh, Hkv * Dh, Hkv * Dh)
    shapes = [(D, sum(qkv), qkv), (H * Dh, D, None), (D, 2 * I, (I, I)), (I, D, None)]  # (in, out, splits)
    sizes = [torch.Size(packed_shape(n, k)).numel() for k, n, _ in shapes]
    arena = Arena(Arena.size_of(sizes * config.num_hidden_layers))
    layers = nn.ModuleList()
    for i in range(config.num_hidden_layers):
        qkv_proj, o_proj, gate_up, down = (PackedBitLinear(k, n, splits, storage=arena.take(packed_shape(n, k)))
                                           for k, n, splits in shapes)
        layers.append(PackedDecoderLayer(config, i, PackedAttention(config, i, qkv_proj, o_proj),
                                         PackedMLP(config, gate_up, down)))
    return layers


def _skeleton(config: BitNetConfig) -> BitNetForCausalLM:
    """A `BitNetForCausalLM` carrying `config` whose every part the caller replaces. Built at a tiny shape on
    the CPU, not on the meta device: there nn.Embedding's init runs `normal_` through torch._refs, which
    imports torch._dynamo (~5 s and ~70 MB resident, a tenth of the packed 2B4T model) for placeholders."""
    model = BitNetForCausalLM(BitNetConfig.create(vocab_size=2, hidden_size=8, intermediate_size=8,
                                                  num_hidden_layers=1, num_attention_heads=1, num_key_value_heads=1))
    model.config = config
    return model


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


__all__ = ["HalfEmbedding", "Int8Embedding", "PackedAttention", "PackedDecoderLayer", "PackedMLP",
           "decode_weight_bytes", "empty_packed_model", "pack_model", "resident_bytes"]
