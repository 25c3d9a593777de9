"""Model configuration whose fields are the keys of Hugging Face `config.json`.

`ModelConfig.from_dict(json.load(open("config.json")))` reads a real Llama or Qwen2 config: unknown
keys are dropped (mlx-lm's rule), both the old `rope_theta` + `rope_scaling` form and the
transformers-5 `rope_parameters` form are understood, and `to_dict()` writes a config that both
transformers 4 and 5 load.

    cfg = ModelConfig.tiny()                      # 2 layers, hidden 64: what the tests use
    cfg = dataclasses.replace(cfg, num_hidden_layers=4)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nanofrontier.core.jsonio import read_json

# What `architectures` each model_type is saved with, so AutoModelForCausalLM picks the right class.
ARCHITECTURES = {"llama": "LlamaForCausalLM", "qwen2": "Qwen2ForCausalLM"}


class ConfigError(ValueError):
    """A config value is missing or out of range; the message names the field."""


@dataclass(frozen=True, kw_only=True)
class ModelConfig:
    model_type: str = "llama"
    vocab_size: int = 32000
    hidden_size: int = 4096
    intermediate_size: int = 11008
    num_hidden_layers: int = 32
    num_attention_heads: int = 32
    num_key_value_heads: int | None = None
    head_dim: int | None = None
    hidden_act: str = "silu"
    max_position_embeddings: int = 2048
    rms_norm_eps: float = 1e-6
    rope_theta: float = 10000.0
    rope_scaling: dict[str, Any] | None = None
    tie_word_embeddings: bool = False
    attention_bias: bool = False
    mlp_bias: bool = False
    bos_token_id: int | None = None
    eos_token_id: int | list[int] | None = None
    pad_token_id: int | None = None
    torch_dtype: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        positive = ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
                    "num_attention_heads", "max_position_embeddings")
        for name in positive:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"ModelConfig.{name} must be a positive integer, got {value!r}")
        for name in ("tie_word_embeddings", "attention_bias", "mlp_bias"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"ModelConfig.{name} must be true or false, got {getattr(self, name)!r}")
        for name in ("rms_norm_eps", "rope_theta"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ConfigError(f"ModelConfig.{name} must be a number, got {value!r}")
        if self.head_dim is not None and (not isinstance(self.head_dim, int) or isinstance(self.head_dim, bool)):
            raise ConfigError(f"ModelConfig.head_dim must be an integer, got {self.head_dim!r}")
        if self.num_key_value_heads is None:
            object.__setattr__(self, "num_key_value_heads", self.num_attention_heads)
        kv = self.num_key_value_heads
        if not isinstance(kv, int) or kv <= 0 or self.num_attention_heads % kv:
            raise ConfigError(f"ModelConfig.num_key_value_heads must divide num_attention_heads "
                              f"({self.num_attention_heads}), got {kv!r}")
        if self.head_dim is None:
            if self.hidden_size % self.num_attention_heads:
                raise ConfigError(f"ModelConfig.hidden_size ({self.hidden_size}) must be divisible by "
                                  f"num_attention_heads ({self.num_attention_heads}) when head_dim is unset")
            object.__setattr__(self, "head_dim", self.hidden_size // self.num_attention_heads)
        if self.head_dim <= 0 or self.head_dim % 2:
            raise ConfigError(f"ModelConfig.head_dim must be a positive even integer, got {self.head_dim!r}")
        if self.rms_norm_eps <= 0:
            raise ConfigError(f"ModelConfig.rms_norm_eps must be > 0, got {self.rms_norm_eps!r}")
        if self.rope_theta <= 0:
            raise ConfigError(f"ModelConfig.rope_theta must be > 0, got {self.rope_theta!r}")
        if self.hidden_act != "silu":
            raise ConfigError(f"ModelConfig.hidden_act {self.hidden_act!r} is not supported (only 'silu')")
        _check_rope_scaling(self.rope_scaling)

    # -- derived -------------------------------------------------------------------------------
    @property
    def qkv_bias(self) -> bool:
        """Qwen2 always has q/k/v biases; Llama has them (and an o_proj bias) when attention_bias."""
        return self.attention_bias or self.model_type == "qwen2"

    @property
    def o_bias(self) -> bool:
        return self.attention_bias and self.model_type != "qwen2"

    @property
    def eos_ids(self) -> list[int]:
        if self.eos_token_id is None:
            return []
        return [self.eos_token_id] if isinstance(self.eos_token_id, int) else list(self.eos_token_id)

    def num_parameters(self) -> int:
        """Parameter count without building the model (tied embeddings counted once)."""
        D, I, V = self.hidden_size, self.intermediate_size, self.vocab_size
        q, kv = self.num_attention_heads * self.head_dim, self.num_key_value_heads * self.head_dim
        attn = D * q + 2 * D * kv + q * D + (q + 2 * kv if self.qkv_bias else 0) + (D if self.o_bias else 0)
        mlp = 3 * D * I + (2 * I + D if self.mlp_bias else 0)
        layer = attn + mlp + 2 * D
        head = 0 if self.tie_word_embeddings else V * D
        return V * D + self.num_hidden_layers * layer + D + head

    # -- presets -------------------------------------------------------------------------------
    @classmethod
    def tiny(cls, **overrides: Any) -> ModelConfig:
        """The test preset: byte vocabulary, 2 layers, hidden 64, GQA 4/2."""
        base = dict(vocab_size=320, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                    num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256)
        return cls(**{**base, **overrides})

    # -- HF config.json ------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ModelConfig:
        if not isinstance(d, dict):
            raise ConfigError(f"config must be a JSON object, got {type(d).__name__}")
        known = {f.name for f in dataclasses.fields(cls)} - {"extra"}
        kwargs = {k: v for k, v in d.items() if k in known}
        kwargs.pop("rope_scaling", None)
        theta, scaling = _read_rope(d)
        kwargs["rope_theta"] = theta
        kwargs["rope_scaling"] = scaling
        if "torch_dtype" not in kwargs and isinstance(d.get("dtype"), str):
            kwargs["torch_dtype"] = d["dtype"]
        extra = {k: v for k, v in d.items() if k not in known and k not in ("rope_parameters", "dtype")}
        return cls(**kwargs, extra=extra)

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "extra"}
        d.pop("rope_scaling")
        rope = {"rope_type": "default", "rope_theta": self.rope_theta}
        if self.rope_scaling:
            rope = {**self.rope_scaling, "rope_theta": self.rope_theta}
            d["rope_scaling"] = dict(self.rope_scaling)  # transformers 4 reads this key
        d["rope_parameters"] = rope  # transformers 5 reads this one
        if self.model_type in ARCHITECTURES:
            d["architectures"] = [ARCHITECTURES[self.model_type]]
        if self.torch_dtype is not None:
            d["dtype"] = self.torch_dtype
        return {k: v for k, v in d.items() if v is not None}

    @classmethod
    def load(cls, path: str | Path) -> ModelConfig:
        path = Path(path)
        if path.is_dir():
            path = path / "config.json"
        if not path.exists():
            raise FileNotFoundError(f"{path}: no config.json (is this a Hugging Face model directory?)")
        data = read_json(path, error=ConfigError)
        try:
            return cls.from_dict(data)
        except ConfigError as e:
            raise ConfigError(f"{path}: {e}") from e


def _read_rope(d: dict[str, Any]) -> tuple[float, dict[str, Any] | None]:
    """Both rope forms -> (theta, scaling or None). transformers 5 nests theta in rope_parameters."""
    params = d.get("rope_parameters") or d.get("rope_scaling") or {}
    if not isinstance(params, dict):
        raise ConfigError(f"ModelConfig.rope_parameters must be an object, got {params!r}")
    theta = float(params.get("rope_theta", d.get("rope_theta", 10000.0)))
    kind = params.get("rope_type", params.get("type", "default"))
    if kind == "default":
        return theta, None
    scaling = {k: v for k, v in params.items() if k not in ("rope_theta", "type")}
    scaling["rope_type"] = kind
    return theta, scaling


_LLAMA3_KEYS = ("factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings")


def _check_rope_scaling(scaling: dict[str, Any] | None) -> None:
    if scaling is None:
        return
    kind = scaling.get("rope_type")
    if kind == "linear":
        if "factor" not in scaling:
            raise ConfigError("ModelConfig.rope_scaling: 'linear' needs 'factor'")
        return
    if kind != "llama3":
        raise ConfigError(f"ModelConfig.rope_scaling.rope_type {kind!r} is not supported "
                          "(supported: default, linear, llama3)")
    missing = [k for k in _LLAMA3_KEYS if k not in scaling]
    if missing:
        raise ConfigError(f"ModelConfig.rope_scaling: llama3 scaling needs {', '.join(missing)}")
