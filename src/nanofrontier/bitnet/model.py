"""BitNet b1.58 2B4T: core's Llama-shaped decoder with BitLinear projections, subln and a gated ReLU².

Differences from core's decoder (transformers `modeling_bitnet.py`):
- every q/k/v/o/gate/up/down projection is a `BitLinear` (through core's `linear` seam);
- `attn_sub_norm` (RMSNorm over the concatenated heads) before `o_proj`, `ffn_sub_norm` (RMSNorm over
  the intermediate width) before `down_proj`;
- the FFN is down(ffn_sub_norm(relu(gate(x))² * up(x))), no SiLU;
- the LM head is tied to the embedding in the released model.
Parameter names are transformers' (`model.layers.3.self_attn.attn_sub_norm.weight`), so a
`BitNetForCausalLM` directory loads without renaming (see formats.py).

The four seams are core's `CausalLM` methods themselves (one implementation): `embed`,
`forward_layers(h, start, end, positions=, cache=, attention_mask=)`, `head`, and `forward` with ids or
`inputs_embeds`, explicit positions, core's `KVCache`; so `core.sample.generate` runs it unchanged.

    model = BitNetForCausalLM(tiny())                 # online BitLinear: trains with the STE
    logits = model(input_ids)                         # [B, T, V]

Legend: B batch, T new positions, D hidden size, I intermediate size, H query heads, Dh head dim.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nanofrontier.bitnet.quant import BitLinear, weight_quant
from nanofrontier.core.cache import KVCache
from nanofrontier.core.config import ConfigError, ModelConfig
from nanofrontier.core.model import (
    Attention,
    CausalLM,
    DecoderLayer,
    LinearFactory,
    RMSNorm,
    dense_linear,
)

# `quantization_config` blocks as the released repos write them (packed and -bf16).
ONLINE = {"quant_method": "bitnet", "linear_class": "autobitlinear", "quantization_mode": "online"}
OFFLINE = {"quant_method": "bitnet", "linear_class": "autobitlinear", "quantization_mode": "offline"}
LINEAR_CLASSES = ("autobitlinear", "bitlinear")
MODES = ("online", "offline")


@dataclass(frozen=True, kw_only=True)
class BitNetConfig:
    """A bitnet `config.json`: core's `ModelConfig` for every Llama-shaped key, plus the bitnet ones.

    Reading `config.num_hidden_layers` (or any other ModelConfig field) reads `base`'s, so core's
    `KVCache.for_model`, `rope_inv_freq` and `generate` take this config as they take a ModelConfig.
    `base.hidden_act` is a placeholder ("silu", the only value ModelConfig accepts); the activation
    is this class's `hidden_act`. `quantization_config` None means dense linears (a transformers
    `BitNetForCausalLM` saved without one runs unquantised).
    """

    base: ModelConfig
    hidden_act: str = "relu2"
    quantization_config: dict[str, Any] | None = field(default_factory=lambda: dict(ONLINE))

    def __post_init__(self) -> None:
        if self.base.model_type != "bitnet":
            raise ConfigError(f"BitNetConfig.model_type must be 'bitnet', got {self.base.model_type!r}")
        if self.hidden_act != "relu2":
            raise ConfigError(f"BitNetConfig.hidden_act {self.hidden_act!r} is not supported (only 'relu2')")
        _check_quantization(self.quantization_config)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "base":  # copy/pickle probe dunders before `base` exists
            raise AttributeError(name)
        return getattr(self.base, name)

    @property
    def mode(self) -> str:
        """'online', 'offline' or 'dense': how the projections compute."""
        q = self.quantization_config
        if q is None:
            return "dense"
        if q.get("linear_class", "bitlinear") == "bitlinear":
            return "offline"  # transformers' legacy BitLinear always holds packed weights
        return q.get("quantization_mode", "offline")

    def num_parameters(self) -> int:
        """ModelConfig's count plus the two sub-norms per layer."""
        per_layer = self.hidden_size + self.intermediate_size
        return self.base.num_parameters() + self.num_hidden_layers * per_layer

    # -- construction --------------------------------------------------------------------------
    @classmethod
    def create(cls, **kwargs: Any) -> BitNetConfig:
        """Keyword arguments in HF spelling, ModelConfig's and this class's together."""
        own = {f.name for f in dataclasses.fields(cls)} - {"base"}
        mine = {k: v for k, v in kwargs.items() if k in own}
        rest = {k: v for k, v in kwargs.items() if k not in own}
        return cls(base=ModelConfig(**{"model_type": "bitnet", **rest, "hidden_act": "silu"}), **mine)

    def replace(self, **changes: Any) -> BitNetConfig:
        own = {f.name for f in dataclasses.fields(self)} - {"base"}
        base = dataclasses.replace(self.base, **{k: v for k, v in changes.items() if k not in own})
        return dataclasses.replace(self, base=base, **{k: v for k, v in changes.items() if k in own})

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> BitNetConfig:
        if not isinstance(d, dict):
            raise ConfigError(f"config must be a JSON object, got {type(d).__name__}")
        d = dict(d)
        hidden_act = d.pop("hidden_act", "relu2")
        quant = d.pop("quantization_config", None)
        d.pop("architectures", None)
        base = ModelConfig.from_dict({**d, "hidden_act": "silu"})
        return cls(base=base, hidden_act=hidden_act, quantization_config=quant)

    def to_dict(self) -> dict[str, Any]:
        d = self.base.to_dict()
        d.update(architectures=["BitNetForCausalLM"], model_type="bitnet", hidden_act=self.hidden_act)
        d.pop("mlp_bias", None)  # not a BitNetConfig key
        if self.quantization_config is not None:
            d["quantization_config"] = dict(self.quantization_config)
        return d


def _check_quantization(q: dict[str, Any] | None) -> None:
    if q is None:
        return
    if not isinstance(q, dict) or q.get("quant_method") != "bitnet":
        raise ConfigError(f"quantization_config must have quant_method 'bitnet', got {q!r}")
    if q.get("linear_class", "bitlinear") not in LINEAR_CLASSES:
        raise ConfigError(f"quantization_config.linear_class must be one of {LINEAR_CLASSES}, "
                          f"got {q['linear_class']!r}")
    if q.get("quantization_mode", "offline") not in MODES:
        raise ConfigError(f"quantization_config.quantization_mode must be one of {MODES}, "
                          f"got {q['quantization_mode']!r}")
    if q.get("use_rms_norm"):
        raise ConfigError("quantization_config.use_rms_norm (an RMSNorm inside BitLinear, BitNet b1) is "
                          "not supported; 2B4T uses explicit sub-norms instead")
    converted = [m for m in q.get("modules_to_not_convert") or [] if "lm_head" not in m]
    if converted:
        raise ConfigError(f"quantization_config.modules_to_not_convert {converted} is not supported "
                          "(only lm_head stays dense)")


def tiny(**overrides: Any) -> BitNetConfig:
    """The test preset: 2 layers, hidden 64, GQA 4/2, intermediate 128, online BitLinear."""
    base = dict(vocab_size=320, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256,
                rms_norm_eps=1e-5, rope_theta=500000.0, tie_word_embeddings=True,
                bos_token_id=1, eos_token_id=2)
    return BitNetConfig.create(**{**base, **overrides})


def b158_2b4t(**overrides: Any) -> BitNetConfig:
    """microsoft/bitnet-b1.58-2B-4T's shape: 2.41e9 parameters."""
    base = dict(vocab_size=128256, hidden_size=2560, intermediate_size=6912, num_hidden_layers=30,
                num_attention_heads=20, num_key_value_heads=5, max_position_embeddings=4096,
                rms_norm_eps=1e-5, rope_theta=500000.0, tie_word_embeddings=True,
                bos_token_id=128000, eos_token_id=128001, torch_dtype="bfloat16",
                quantization_config=dict(OFFLINE))
    return BitNetConfig.create(**{**base, **overrides})


def linear_factory(config: BitNetConfig) -> LinearFactory:
    """The projection class the config's quantization_config asks for."""
    if config.mode == "dense":
        return dense_linear
    return partial(BitLinear, offline=config.mode == "offline")


class BitNetAttention(Attention):
    """Core's attention with `attn_sub_norm` between the concatenated heads and `o_proj`."""

    def __init__(self, config: BitNetConfig, layer_idx: int, linear: LinearFactory) -> None:
        super().__init__(config, layer_idx, linear)
        self.attn_sub_norm = RMSNorm(self.n_heads * self.head_dim, config.rms_norm_eps)

    def forward(self, x: Tensor, cos: Tensor, sin: Tensor, mask: Tensor | None,
                cache: KVCache | None) -> Tensor:
        return self.o_proj(self.attn_sub_norm(self.attend(x, cos, sin, mask, cache)))


class BitNetMLP(nn.Module):
    """Gated squared ReLU with subln: down(ffn_sub_norm(relu(gate(x))² * up(x)))."""

    def __init__(self, config: BitNetConfig, linear: LinearFactory) -> None:
        super().__init__()
        D, I = config.hidden_size, config.intermediate_size
        self.gate_proj = linear(D, I, False)
        self.up_proj = linear(D, I, False)
        self.down_proj = linear(I, D, False)
        self.ffn_sub_norm = RMSNorm(I, config.rms_norm_eps)

    def forward(self, x: Tensor) -> Tensor:
        return self.down_proj(self.ffn_sub_norm(F.relu(self.gate_proj(x)).square() * self.up_proj(x)))


class BitNetDecoderLayer(nn.Module):
    def __init__(self, config: BitNetConfig, layer_idx: int, linear: LinearFactory) -> None:
        super().__init__()
        self.input_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.self_attn = BitNetAttention(config, layer_idx, linear)
        self.post_attention_layernorm = RMSNorm(config.hidden_size, config.rms_norm_eps)
        self.mlp = BitNetMLP(config, linear)

    forward = DecoderLayer.forward  # pre-norm residual block: the same two lines as core's


class BitNetModel(nn.Module):
    """HF's `BitNetModel`: embeddings, layers, final norm (the `model.` prefix of every key)."""

    def __init__(self, config: BitNetConfig, linear: LinearFactory) -> None:
        super().__init__()
        self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.layers = nn.ModuleList(BitNetDecoderLayer(config, i, linear)
                                    for i in range(config.num_hidden_layers))
        self.norm = RMSNorm(config.hidden_size, config.rms_norm_eps)


class BitNetForCausalLM(CausalLM):
    """HF's `BitNetForCausalLM`: core's `CausalLM` (its seams, head and init) over BitNet's blocks."""

    def __init__(self, config: BitNetConfig, *, linear: LinearFactory | None = None) -> None:
        super().__init__(config, linear=linear or linear_factory(config), decoder=BitNetModel)

    def reset_parameters(self, std: float = 0.02) -> None:
        """Core's init; an offline projection then holds the ternarisation of its random weights."""
        super().reset_parameters(std)
        with torch.no_grad():
            for layer in self.bitlinears().values():
                if layer.offline:
                    w_t, scale = weight_quant(layer.weight)
                    layer.weight.copy_(w_t)
                    layer.weight_scale.fill_(1.0 / scale.item())

    def bitlinears(self) -> dict[str, BitLinear]:
        """Every BitLinear by its module path (`model.layers.0.self_attn.q_proj`)."""
        return {name: m for name, m in self.named_modules() if isinstance(m, BitLinear)}
