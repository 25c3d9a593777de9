"""The Llama / Qwen2 decoder: RMSNorm, RoPE, grouped-query attention, SwiGLU, tied embeddings.

Parameter paths are Hugging Face's (`model.layers.3.self_attn.q_proj.weight`, `lm_head.weight`), so a
`LlamaForCausalLM` or `Qwen2ForCausalLM` checkpoint loads with no renaming (see core/checkpoint.py).

Four seams let every technique reuse this file without adding flags to it:
1. `positions`: an explicit position tensor [B, T], float allowed (V2PE gives image tokens
   fractional steps); RoPE angles are `positions * inv_freq`.
2. `inputs_embeds` instead of ids (a VLM splices image embeddings in).
3. `forward_layers(h, start, end, ...)` over a half-open layer range (a pipeline stage).
4. `linear`: a factory `(in_features, out_features, bias) -> nn.Module` for every projection inside
   the layers (BitNet swaps in BitLinear). Embeddings and `lm_head` stay dense.

    model = CausalLM(ModelConfig.tiny())
    logits = model(input_ids)                                   # [B, T, V]
    cache = KVCache.for_model(model.config, batch_size=1, max_len=64)
    logits = model(prompt_ids, cache=cache)                     # prefill, then one id at a time

Legend: B batch, T new positions, S positions already cached, D hidden size, H query heads,
Hkv key/value heads, Dh head dim, V vocabulary.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nanofrontier.core import fused, kernels
from nanofrontier.core.cache import KVCache
from nanofrontier.core.config import ModelConfig

LinearFactory = Callable[[int, int, bool], nn.Module]


class Linear(nn.Linear):
    """nn.Linear with a CPU decode path in C (core/kernels.py) for a few rows.

    Decoding one token reads every weight once, so it runs at memory speed; MKL's fp32 matrix-vector
    product runs on one thread (~13 GB/s on a 2-core machine), the C kernel streams the weight on every
    thread at close to the read roof. The weight may also be bf16 while activations are fp32 (a bf16
    checkpoint loaded with `linear_dtype=torch.bfloat16`): the kernel widens it in registers, so a token
    reads 2 bytes a weight. Other shapes (prefill, training) use F.linear, widening a bf16 weight first.
    """

    def forward(self, x: Tensor) -> Tensor:
        w = self.weight
        if not torch.is_grad_enabled() and kernels.supports(w, x):
            y = kernels.gemv(x, w)
            return y if self.bias is None else y + self.bias
        if w.dtype != x.dtype:
            w = w.to(x.dtype)
        return F.linear(x, w, self.bias)


def project(x: Tensor, linears: tuple[nn.Module, ...]) -> list[Tensor]:
    """Several projections of the same x (q, k, v; gate, up): one C call for a decode step of core
    `Linear`s, else each module in turn."""
    if (not torch.is_grad_enabled() and all(type(m) is Linear for m in linears)
            and len({m.weight.dtype for m in linears}) == 1 and kernels.supports(linears[0].weight, x)):
        ys = kernels.gemv_many(x, [m.weight for m in linears])
        return [y if m.bias is None else y + m.bias for y, m in zip(ys, linears, strict=True)]
    return [m(x) for m in linears]


def dense_linear(in_features: int, out_features: int, bias: bool) -> nn.Module:
    return Linear(in_features, out_features, bias=bias)


class RMSNorm(nn.Module):
    """x / rms(x) * weight, computed in fp32 and cast back, as Llama does."""

    def __init__(self, dim: int, eps: float) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: Tensor) -> Tensor:
        if x.dtype == torch.float32 and self.weight.dtype == torch.float32:
            return F.rms_norm(x, self.weight.shape, self.weight, self.eps)  # one fused op, same math
        dtype = x.dtype
        x = x.float()
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x.to(dtype)


def rope_inv_freq(config: ModelConfig) -> Tensor:
    """Inverse frequencies [Dh/2] with the config's scaling (none, linear or Llama-3's)."""
    dim = config.head_dim
    inv_freq = 1.0 / (config.rope_theta ** (torch.arange(0, dim, 2, dtype=torch.float64) / dim))
    scaling = config.rope_scaling
    if scaling is None:
        return inv_freq.float()
    if scaling["rope_type"] == "linear":
        return (inv_freq / scaling["factor"]).float()
    # Llama 3.1: long wavelengths are slowed by `factor`, short ones kept, the band between blended.
    factor, low, high = scaling["factor"], scaling["low_freq_factor"], scaling["high_freq_factor"]
    old_len = scaling["original_max_position_embeddings"]
    wavelen = 2 * math.pi / inv_freq
    scaled = torch.where(wavelen > old_len / low, inv_freq / factor, inv_freq)
    smooth = (old_len / wavelen - low) / (high - low)
    blended = (1 - smooth) * scaled / factor + smooth * scaled
    medium = (wavelen >= old_len / high) & (wavelen <= old_len / low)
    return torch.where(medium, blended, scaled).float()


def rope_cos_sin(positions: Tensor, inv_freq: Tensor, dtype: torch.dtype) -> tuple[Tensor, Tensor]:
    """positions [B, T] (int or float) -> cos, sin [B, 1, T, Dh] in HF's rotate-half layout."""
    angles = positions.float()[..., None] * inv_freq  # [B, T, Dh/2]
    angles = torch.cat((angles, angles), dim=-1)[:, None]
    return angles.cos().to(dtype), angles.sin().to(dtype)


def apply_rope(x: Tensor, cos: Tensor, sin: Tensor) -> Tensor:
    half = x.shape[-1] // 2
    rotated = torch.cat((-x[..., half:], x[..., :half]), dim=-1)
    return x * cos + rotated * sin


class Attention(nn.Module):
    def __init__(self, config: ModelConfig, layer_idx: int, linear: LinearFactory) -> None:
        super().__init__()
        D, Dh = config.hidden_size, config.head_dim
        self.layer_idx = layer_idx
        self.n_heads, self.n_kv_heads, self.head_dim = config.num_attention_heads, config.num_key_value_heads, Dh
        self.q_proj = linear(D, self.n_heads * Dh, config.qkv_bias)
        self.k_proj = linear(D, self.n_kv_heads * Dh, config.qkv_bias)
        self.v_proj = linear(D, self.n_kv_heads * Dh, config.qkv_bias)
        self.o_proj = linear(self.n_heads * Dh, D, config.o_bias)

    def forward(self, x: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
                cache: KVCache | None) -> Tensor:
        return self.o_proj(self.attend(x, cos, sin, mask, cache))

    def attend(self, x: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
               cache: KVCache | None) -> Tensor:
        """Everything before o_proj: x [B, T, D] -> the concatenated heads [B, T, H*Dh]."""
        B, T, _ = x.shape
        q, k, v = project(x, (self.q_proj, self.k_proj, self.v_proj))
        q = q.view(B, T, self.n_heads, self.head_dim)
        k, v = k.view(B, T, self.n_kv_heads, self.head_dim), v.view(B, T, self.n_kv_heads, self.head_dim)
        return rotary_attention(q, k, v, cos, sin, mask, cache, self.layer_idx)


def rotary_attention(q: Tensor, k: Tensor, v: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
                     cache: KVCache | None, layer_idx: int) -> Tensor:
    """Projected heads q [B, T, H, Dh], k and v [B, T, Hkv, Dh] -> RoPE, cache, SDPA -> [B, T, H*Dh].

    The one implementation of attention after the projections, for any module that projects its own
    way (fused or packed q/k/v).
    """
    B, T, H, Dh = q.shape
    q, k, v = q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2)  # [B, H or Hkv, T, Dh]
    q, k = apply_rope(q, cos, sin), apply_rope(k, cos, sin)
    if cache is not None:
        k, v = cache.update(layer_idx, k, v)  # [B, Hkv, S+T, Dh]
    if T == 1:
        return _one_query_attention(q, k, v, mask).reshape(B, 1, H * Dh)
    causal = mask is None  # no mask for T > 1 means a fresh prompt: plain causal
    y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=causal, enable_gqa=k.shape[1] != H)
    return y.transpose(1, 2).reshape(B, T, H * Dh)


def _one_query_attention(q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None) -> Tensor:
    """A decode step's attention, q [B, H, 1, Dh] over k, v [B, Hkv, S, Dh] -> [B, H, Dh], as two small batched
    products: CPU SDPA sets up a flash-attention kernel per call (~0.5 ms), far more than the work itself.
    Each key/value head serves its H/Hkv query heads without being repeated (GQA)."""
    B, H, _, Dh = q.shape
    Hkv = k.shape[1]
    q = q.reshape(B, Hkv, H // Hkv, Dh)  # the query heads that share a key/value head, side by side
    scores = torch.matmul(q, k.transpose(-1, -2)) * Dh ** -0.5  # [B, Hkv, H/Hkv, S]
    if mask is not None:
        scores = scores.masked_fill(~mask.reshape(B, 1, 1, -1), float("-inf"))
    return torch.matmul(scores.softmax(-1), v).reshape(B, H, Dh)


class MLP(nn.Module):
    """SwiGLU: down(silu(gate(x)) * up(x))."""

    def __init__(self, config: ModelConfig, linear: LinearFactory) -> None:
        super().__init__()
        D, I = config.hidden_size, config.intermediate_size
        self.gate_proj = linear(D, I, config.mlp_bias)
        self.up_proj = linear(D, I, config.mlp_bias)
        self.down_proj = linear(I, D, config.mlp_bias)

    def forward(self, x: Tensor) -> Tensor:
        gate, up = project(x, (self.gate_proj, self.up_proj))
        return self.down_proj(F.silu(gate) * up)


class DecoderLayer(nn.Module):
    def __init__(self, config: ModelConfig, layer_idx: int, linear: LinearFactory) -> None:
        super().__init__()
        self.input_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.self_attn = Attention(config, layer_idx, linear)
        self.post_attention_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.mlp = MLP(config, linear)

    def forward(self, h: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
                cache: KVCache | None) -> Tensor:
        if h.shape[:2] == (1, 1) and mask is None and cache is not None:
            out = fused.run([self], h, cos, sin, cache)  # the whole layer in one C call
            if out is not None:
                return out
        h = h + self.self_attn(self.input_layernorm(h), cos, sin, mask, cache)
        return h + self.mlp(self.post_attention_layernorm(h))


_PROJECTIONS = (("self_attn", "q_proj"), ("self_attn", "k_proj"), ("self_attn", "v_proj"), ("self_attn", "o_proj"),
                ("mlp", "gate_proj"), ("mlp", "up_proj"), ("mlp", "down_proj"))


def _describe(layer: nn.Module) -> fused.Description | None:
    """A plain Llama/Qwen2 layer for kernels.c: core Linears of one dtype (fp32 or bf16), contiguous, biases only
    on q/k/v; RMSNorms of one eps. None for anything else (a subclass, a LoRA or BitLinear projection...).
    Read through the modules' dicts (fused.py says why)."""
    m = layer._modules
    attn, mlp, norms = m["self_attn"], m["mlp"], (m["input_layernorm"], m["post_attention_layernorm"])
    if (type(layer) is not DecoderLayer or type(attn) is not Attention or type(mlp) is not MLP
            or any(type(n) is not RMSNorm for n in norms) or norms[0].eps != norms[1].eps):
        return None
    parents = {"self_attn": attn._modules, "mlp": mlp._modules}
    linears = [parents[owner][name] for owner, name in _PROJECTIONS]
    if any(type(p) is not Linear for p in linears):
        return None
    weights = [p._parameters["weight"] for p in linears]
    biases = [p._parameters.get("bias") for p in linears]
    norm_weights = [n._parameters["weight"] for n in norms]
    D, I = linears[3].out_features, linears[4].out_features  # noqa: E741
    H, Hkv, Dh = attn.n_heads, attn.n_kv_heads, attn.head_dim
    shapes = [(H * Dh, D), (Hkv * Dh, D), (Hkv * Dh, D), (D, H * Dh), (I, D), (I, D), (D, I)]
    if (weights[0].dtype not in kernels.DTYPES
            or any(w.dtype != weights[0].dtype or tuple(w.shape) != s or not w.is_contiguous() or w.is_cuda
                   for w, s in zip(weights, shapes, strict=True))
            or any(b is not None for b in biases[3:])
            or any(b is not None and (b.dtype != torch.float32 or b.shape != (s[0],) or not b.is_contiguous())
                   for b, s in zip(biases[:3], shapes, strict=False))
            or any(w.dtype != torch.float32 or w.shape != (D,) or not w.is_contiguous() for w in norm_weights)):
        return None
    args = kernels.LayerArgs(D=D, H=H, Hkv=Hkv, Dh=Dh, I=I, eps=norms[0].eps, dt=kernels.DTYPES[weights[0].dtype])
    for name, t in zip(("wq", "wk", "wv", "wo", "wg", "wu", "wd", "bq", "bk", "bv", "norm1", "norm2"),
                       (*weights, *biases[:3], *norm_weights), strict=True):
        setattr(args, name, None if t is None else t.data_ptr())
    links = [(m, "self_attn", attn), (m, "mlp", mlp), (m, "input_layernorm", norms[0]),
             (m, "post_attention_layernorm", norms[1])]
    links += [(parents[owner], name, p) for (owner, name), p in zip(_PROJECTIONS, linears, strict=True)]
    links += [(p._parameters, "weight", w) for p, w in zip(linears, weights, strict=True)]
    links += [(p._parameters, "bias", b) for p, b in zip(linears, biases, strict=True)]
    links += [link for n, w in zip(norms, norm_weights, strict=True)
              for link in ((n._parameters, "weight", w), (n.__dict__, "eps", n.eps))]
    tensors = [t for t in (*weights, *biases, *norm_weights) if t is not None]
    return fused.Description(args=args, links=links, tensors=tensors, shape=(D, H, Hkv, Dh, I))


DecoderLayer.c_kernel = fused.LayerKernel(describe=_describe, scratch_bytes=kernels.scratch_bytes,
                                          call=kernels.decode_layers, available=kernels.available)


class Decoder(nn.Module):
    """HF's `LlamaModel`: embeddings, layers, final norm (the `model.` prefix of every key)."""

    def __init__(self, config: ModelConfig, linear: LinearFactory) -> None:
        super().__init__()
        self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.layers = nn.ModuleList(DecoderLayer(config, i, linear) for i in range(config.num_hidden_layers))
        self.norm = RMSNorm(config.hidden_size, config.rms_norm_eps)


class CausalLM(nn.Module):
    """HF's `LlamaForCausalLM` / `Qwen2ForCausalLM`, with the four seams of the module docstring.

    `decoder(config, linear)` builds the `model.` part; a technique whose blocks differ (BitNet's sub-norms)
    passes its own and inherits everything else."""

    def __init__(self, config: ModelConfig, *, linear: LinearFactory = dense_linear,
                 decoder: Callable[[ModelConfig, LinearFactory], nn.Module] = Decoder) -> None:
        super().__init__()
        self.config = config
        self.model = decoder(config, linear)
        self.lm_head = Linear(config.hidden_size, config.vocab_size, bias=False)
        if config.tie_word_embeddings:
            self.lm_head.weight = self.model.embed_tokens.weight
        self.register_buffer("inv_freq", rope_inv_freq(config), persistent=False)
        if not any(p.is_meta for p in self.parameters()):
            self.reset_parameters()

    def reset_parameters(self, std: float = 0.02) -> None:
        """Normal(0, std) weights, zero biases, unit norms (HF's `initializer_range` init)."""
        for module in self.modules():
            if isinstance(module, (nn.Linear, nn.Embedding)):
                nn.init.normal_(module.weight, std=std)
                if getattr(module, "bias", None) is not None:
                    nn.init.zeros_(module.bias)
            elif isinstance(module, RMSNorm):
                nn.init.ones_(module.weight)

    # -- the pieces a pipeline stage or a VLM composes ------------------------------------------
    def embed(self, input_ids: Tensor) -> Tensor:
        return self.model.embed_tokens(input_ids)  # [B, T, D]

    def forward_layers(self, h: Tensor, start: int, end: int, *, positions: Tensor,
                       cache: KVCache | None = None, attention_mask: Tensor | None = None) -> Tensor:
        """Run layers [start, end) on h [B, T, D] at `positions` [B, T]; returns h [B, T, D].

        attention_mask [B, S+T] marks real (1) and padding (0) key positions, cached ones included.
        """
        L = self.config.num_hidden_layers
        if not 0 <= start <= end <= L:
            raise ValueError(f"layer range [{start}, {end}) is outside [0, {L})")
        if positions.shape != h.shape[:2]:
            raise ValueError(f"positions has shape {list(positions.shape)}, expected {list(h.shape[:2])}")
        if start == end:
            return h
        cos, sin = rope_cos_sin(positions, self.inv_freq, h.dtype)
        layers = list(self.model.layers)[start:end]
        if h.shape[:2] == (1, 1) and attention_mask is None and cache is not None:
            out = fused.run(layers, h, cos, sin, cache)  # a decode step's layers in one C call (core/fused.py)
            if out is not None:
                return out
        cached = cache.length(start) if cache is not None else 0
        mask = attention_bias(h.shape[1], cached, attention_mask, h.device)
        for layer in layers:
            h = layer(h, cos, sin, mask, cache)
        return h

    def head(self, h: Tensor) -> Tensor:
        """Final norm and LM head: h [B, T, D] -> logits [B, T, V]."""
        return self.lm_head(self.model.norm(h))

    def forward(self, input_ids: Tensor | None = None, *, inputs_embeds: Tensor | None = None,
                positions: Tensor | None = None, cache: KVCache | None = None,
                attention_mask: Tensor | None = None, logits_to_keep: int = 0) -> Tensor:
        """Logits [B, T, V] (only the last `logits_to_keep` positions when it is > 0)."""
        if (input_ids is None) == (inputs_embeds is None):
            raise ValueError("pass exactly one of input_ids and inputs_embeds")
        h = self.embed(input_ids) if inputs_embeds is None else inputs_embeds
        if positions is None:
            cached = cache.length() if cache is not None else 0
            positions = default_positions(h.shape[0], h.shape[1], cached, attention_mask, h.device)
        h = self.forward_layers(h, 0, self.config.num_hidden_layers, positions=positions,
                                cache=cache, attention_mask=attention_mask)
        if logits_to_keep:
            h = h[:, -logits_to_keep:]
        return self.head(h)


def default_positions(B: int, T: int, cached: int, attention_mask: Tensor | None,
                      device: torch.device) -> Tensor:
    """Positions [B, T] of the new tokens: count of real tokens before each (left padding aware)."""
    if attention_mask is None:
        return torch.arange(cached, cached + T, device=device).expand(B, T)
    return (attention_mask.long().cumsum(-1) - 1).clamp(min=0)[:, -T:]


def attention_bias(T: int, cached: int, attention_mask: Tensor | None, device: torch.device) -> Tensor | None:
    """Boolean mask [B or 1, 1, T, S+T] (True = may attend), or None where SDPA needs none.

    Query i sits at slot cached + i and sees slots <= its own that are not padding. A padding query
    would see nothing (NaN from softmax), so every query always sees itself.
    """
    S = cached + T
    if attention_mask is None:
        if T == 1 or cached == 0:
            return None  # one new token sees every cached slot; a fresh prompt uses is_causal
        rows = torch.arange(cached, S, device=device)[:, None]
        return (torch.arange(S, device=device)[None] <= rows)[None, None]
    if attention_mask.shape[-1] != S:
        raise ValueError(f"attention_mask covers {attention_mask.shape[-1]} positions, expected "
                         f"{S} ({cached} cached + {T} new)")
    rows = torch.arange(cached, S, device=device)[:, None]
    cols = torch.arange(S, device=device)[None]
    mask = (cols <= rows)[None] & attention_mask.bool()[:, None, :]  # [B, T, S]
    mask |= cols == rows
    return mask[:, None]
