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

from nanofrontier.core.cache import KVCache
from nanofrontier.core.config import ModelConfig

LinearFactory = Callable[[int, int, bool], nn.Module]


class Linear(nn.Linear):
    """nn.Linear with a CPU decode path that uses both cores.

    For one to a few rows (batch-1 decoding) MKL's matrix-vector product runs on one thread and reads
    weights at ~13 GB/s on the 2-core dev machine. Viewing the weight as 4 row blocks and running one
    batched product over them lets the batched GEMM spread the blocks over the cores (~25 GB/s). The
    view copies nothing, so mmap'd weights stay in place; the result equals F.linear up to rounding.
    """

    SPLIT = 4
    MAX_ROWS = 4

    def forward(self, x: Tensor) -> Tensor:
        rows = x.numel() // self.in_features
        if (rows > self.MAX_ROWS or x.device.type != "cpu" or self.out_features % self.SPLIT
                or torch.is_grad_enabled()):
            return F.linear(x, self.weight, self.bias)
        k, out = self.SPLIT, self.out_features
        w = self.weight.view(k, out // k, self.in_features).transpose(1, 2)  # [k, in, out/k]
        y = torch.bmm(x.reshape(1, rows, self.in_features).expand(k, rows, self.in_features), w)
        y = y.transpose(0, 1).reshape(*x.shape[:-1], out)  # [..., out]
        return y if self.bias is None else y + self.bias


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
        q = self.q_proj(x).view(B, T, self.n_heads, self.head_dim)
        k = self.k_proj(x).view(B, T, self.n_kv_heads, self.head_dim)
        v = self.v_proj(x).view(B, T, self.n_kv_heads, self.head_dim)
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
    causal = mask is None and T > 1  # no mask for T > 1 means a fresh prompt: plain causal
    y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=causal, enable_gqa=k.shape[1] != H)
    return y.transpose(1, 2).reshape(B, T, H * Dh)


class MLP(nn.Module):
    """SwiGLU: down(silu(gate(x)) * up(x))."""

    def __init__(self, config: ModelConfig, linear: LinearFactory) -> None:
        super().__init__()
        D, I = config.hidden_size, config.intermediate_size
        self.gate_proj = linear(D, I, config.mlp_bias)
        self.up_proj = linear(D, I, config.mlp_bias)
        self.down_proj = linear(I, D, config.mlp_bias)

    def forward(self, x: Tensor) -> Tensor:
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class DecoderLayer(nn.Module):
    def __init__(self, config: ModelConfig, layer_idx: int, linear: LinearFactory) -> None:
        super().__init__()
        self.input_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.self_attn = Attention(config, layer_idx, linear)
        self.post_attention_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.mlp = MLP(config, linear)

    def forward(self, h: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
                cache: KVCache | None) -> Tensor:
        h = h + self.self_attn(self.input_layernorm(h), cos, sin, mask, cache)
        return h + self.mlp(self.post_attention_layernorm(h))


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
        cached = cache.length(start) if cache is not None else 0
        mask = attention_bias(h.shape[1], cached, attention_mask, h.device)
        for layer in self.model.layers[start:end]:
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
