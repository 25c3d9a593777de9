"""InternVL configuration: the vision tower, the projector geometry, the tiling rules and core's LLM config.

Field names are those of the released remote-code `config.json` (`InternVLChatConfig`: `vision_config`,
`llm_config`, `downsample_ratio`, `force_image_size`, `max_dynamic_patch`, `ps_version`, ...), so
`InternVLConfig.from_chat_dict(json.load(open("config.json")))` reads an `OpenGVLab/InternVL3-1B` folder.
The HF-native `InternVLForConditionalGeneration` config is read and written by `formats.py`, which maps its
keys onto these.

    config = tiny(vocab_size=64)                 # what the tests use: a 2-layer ViT on 32 px tiles
    config = internvl3_1b()                      # InternViT-300M + Qwen2.5-0.5B, the released shape
    config.num_image_token                       # visual tokens per tile: (448 / 14)^2 * 0.5^2 = 256
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from nanofrontier.core.config import ConfigError, ModelConfig

IMG_START, IMG_END, IMG_CONTEXT = "<img>", "</img>", "<IMG_CONTEXT>"
# Ids of the released Qwen2.5-based checkpoints (InternVL3-1B ... -78B except 9B); a folder's own
# tokenizer overrides them.
RELEASED_IMG_CONTEXT_ID = 151667
NORM_TYPES = ("layer_norm", "rms_norm")
PS_VERSIONS = ("v1", "v2")


@dataclass(frozen=True, kw_only=True)
class VisionConfig:
    """InternViT (`vision_config` of the remote-code layout, `model_type` "intern_vit_6b")."""

    hidden_size: int = 1024
    num_hidden_layers: int = 24
    num_attention_heads: int = 16
    intermediate_size: int = 4096
    patch_size: int = 14
    image_size: int = 448
    num_channels: int = 3
    qkv_bias: bool = True
    qk_normalization: bool = False
    norm_type: str = "layer_norm"
    layer_norm_eps: float = 1e-6
    initializer_factor: float = 0.1  # InternViT's layer-scale init (ls1, ls2)
    hidden_act: str = "gelu"

    def __post_init__(self) -> None:
        for name in ("hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size",
                     "patch_size", "image_size", "num_channels"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"vision_config.{name} must be a positive integer, got {value!r}")
        if self.hidden_size % self.num_attention_heads:
            raise ConfigError(f"vision_config.hidden_size ({self.hidden_size}) must be divisible by "
                              f"num_attention_heads ({self.num_attention_heads})")
        if self.image_size % self.patch_size:
            raise ConfigError(f"vision_config.image_size ({self.image_size}) must be a multiple of "
                              f"patch_size ({self.patch_size})")
        if self.norm_type not in NORM_TYPES:
            raise ConfigError(f"vision_config.norm_type {self.norm_type!r} is not one of {NORM_TYPES}")
        if self.hidden_act != "gelu":
            raise ConfigError(f"vision_config.hidden_act {self.hidden_act!r} is not supported (only 'gelu')")

    @property
    def grid(self) -> int:
        """Patches along one side of a tile."""
        return self.image_size // self.patch_size

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> VisionConfig:
        """Known keys of a remote-code `vision_config`; unknown ones (MoE, dropout, flash-attn) dropped."""
        if not isinstance(d, dict):
            raise ConfigError(f"vision_config must be an object, got {type(d).__name__}")
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        return {"architectures": ["InternVisionModel"], "model_type": "intern_vit_6b", **d,
                "drop_path_rate": 0.0, "dropout": 0.0, "attention_dropout": 0.0, "use_flash_attn": False}


@dataclass(frozen=True, kw_only=True)
class InternVLConfig:
    """The whole model: ViT, pixel unshuffle + MLP projector, core's LLM; tiling defaults for images."""

    vision: VisionConfig = field(default_factory=VisionConfig)
    llm: ModelConfig = field(default_factory=ModelConfig)
    downsample_ratio: float = 0.5
    force_image_size: int | None = None  # the tile size; None = vision.image_size
    dynamic_image_size: bool = True
    min_dynamic_patch: int = 1
    max_dynamic_patch: int = 12
    use_thumbnail: bool = True
    ps_version: str = "v2"
    select_layer: int = -1
    template: str = "internvl2_5"
    img_context_token_id: int = RELEASED_IMG_CONTEXT_ID

    def __post_init__(self) -> None:
        if self.force_image_size is None:
            object.__setattr__(self, "force_image_size", self.vision.image_size)
        if self.force_image_size % self.vision.patch_size:
            raise ConfigError(f"force_image_size ({self.force_image_size}) must be a multiple of "
                              f"vision_config.patch_size ({self.vision.patch_size})")
        scale = round(1 / self.downsample_ratio) if self.downsample_ratio > 0 else 0
        if scale < 1 or abs(scale * self.downsample_ratio - 1) > 1e-9:
            raise ConfigError(f"downsample_ratio must be 1/k for an integer k, got {self.downsample_ratio!r}")
        if (self.force_image_size // self.vision.patch_size) % scale:
            raise ConfigError(f"a tile of {self.force_image_size // self.vision.patch_size} patches per side "
                              f"cannot be unshuffled by {scale} (downsample_ratio {self.downsample_ratio})")
        if self.ps_version not in PS_VERSIONS:
            raise ConfigError(f"ps_version {self.ps_version!r} is not one of {PS_VERSIONS}")
        if not -self.vision.num_hidden_layers <= self.select_layer <= -1:
            raise ConfigError(f"select_layer must be in [-{self.vision.num_hidden_layers}, -1], "
                              f"got {self.select_layer}")
        if not 1 <= self.min_dynamic_patch <= self.max_dynamic_patch:
            raise ConfigError(f"need 1 <= min_dynamic_patch ({self.min_dynamic_patch}) <= max_dynamic_patch "
                              f"({self.max_dynamic_patch})")
        if not 0 <= self.img_context_token_id < self.llm.vocab_size:
            raise ConfigError(f"img_context_token_id {self.img_context_token_id} is outside the LLM vocabulary "
                              f"[0, {self.llm.vocab_size})")

    @property
    def unshuffle(self) -> int:
        """The pixel-unshuffle factor: 2 for downsample_ratio 0.5 (4x fewer tokens, 4x wider)."""
        return round(1 / self.downsample_ratio)

    @property
    def num_image_token(self) -> int:
        """Visual tokens per tile after pixel unshuffle: (tile / patch)^2 * downsample_ratio^2."""
        return (self.force_image_size // self.vision.patch_size // self.unshuffle) ** 2

    @property
    def projector_width(self) -> int:
        return self.vision.hidden_size * self.unshuffle ** 2

    def replace(self, **changes: Any) -> InternVLConfig:
        return dataclasses.replace(self, **changes)

    # -- the remote-code config.json -------------------------------------------------------------
    @classmethod
    def from_chat_dict(cls, d: dict[str, Any]) -> InternVLConfig:
        """An `InternVLChatConfig` dict (model_type "internvl_chat")."""
        for lora in ("use_backbone_lora", "use_llm_lora"):
            if d.get(lora):
                raise ConfigError(f"{lora} is {d[lora]!r}: merge the LoRA weights before loading "
                                  "(only plain checkpoints are supported)")
        llm = llm_config_from_dict(_require(d, "llm_config"), "llm_config")
        vision = VisionConfig.from_dict(_require(d, "vision_config"))
        known = {f.name for f in dataclasses.fields(cls)} - {"vision", "llm"}
        kwargs = {k: v for k, v in d.items() if k in known and v is not None}
        return cls(vision=vision, llm=llm, **kwargs)

    def to_chat_dict(self) -> dict[str, Any]:
        llm = self.llm.to_dict()
        top = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name not in ("vision", "llm")}
        return {
            "architectures": ["InternVLChatModel"], "model_type": "internvl_chat",
            "auto_map": {"AutoConfig": "configuration_internvl_chat.InternVLChatConfig",
                         "AutoModel": "modeling_internvl_chat.InternVLChatModel",
                         "AutoModelForCausalLM": "modeling_internvl_chat.InternVLChatModel"},
            **top, "pad2square": False, "use_backbone_lora": 0, "use_llm_lora": 0,
            "tie_word_embeddings": self.llm.tie_word_embeddings,
            "llm_config": llm, "vision_config": self.vision.to_dict(),
        }


def _require(d: dict[str, Any], key: str) -> Any:
    if key not in d:
        raise ConfigError(f"missing {key!r}")
    return d[key]


def llm_config_from_dict(d: dict[str, Any], where: str) -> ModelConfig:
    """core's `ModelConfig` of an `llm_config` / `text_config`, with the released extras handled by name.

    Qwen2.5's `rope_scaling = {"type": "dynamic", ...}` only rescales past `max_position_embeddings`
    (32768 in InternVL3), so it is dropped; sliding-window attention is refused."""
    if not isinstance(d, dict):
        raise ConfigError(f"{where} must be an object, got {type(d).__name__}")
    d = dict(d)
    for key in ("rope_scaling", "rope_parameters"):
        rope = d.get(key)
        if isinstance(rope, dict) and rope.get("rope_type", rope.get("type")) == "dynamic":
            theta = rope.get("rope_theta", d.get("rope_theta", 10000.0))
            d[key] = None if key == "rope_scaling" else {"rope_type": "default", "rope_theta": theta}
    if d.get("use_sliding_window"):
        raise ConfigError(f"{where}.use_sliding_window is true: sliding-window attention is not supported")
    if d.get("model_type") == "internlm3":
        d = _internlm3_as_core(d, where)
    if d.get("model_type") not in ("qwen2", "llama"):
        raise ConfigError(f"{where}.model_type {d.get('model_type')!r} is not supported (qwen2, llama, internlm3)")
    try:
        return ModelConfig.from_dict(d)
    except ConfigError as e:
        raise ConfigError(f"{where}: {e}") from e


def _internlm3_as_core(d: dict[str, Any], where: str) -> dict[str, Any]:
    """InternLM3 (the LLM of InternVL3-9B) is Llama's decoder under Llama's tensor names
    (`self_attn.{q,k,v,o}_proj`, `mlp.{gate,up,down}_proj`); its `qkv_bias` (q/k/v) and `bias` (o_proj and
    the MLP) map onto core's Llama `attention_bias` / `mlp_bias`, or onto Qwen2 when only q/k/v have biases.
    Saved again, the folder names a Llama (or Qwen2) LLM, which the released remote code also loads."""
    d = dict(d)
    qkv, other = d.pop("qkv_bias", False), d.pop("bias", False)
    if not isinstance(qkv, bool) or not isinstance(other, bool):
        raise ConfigError(f"{where}: internlm3 qkv_bias and bias must be true or false, got {qkv!r}, {other!r}")
    if other and not qkv:
        raise ConfigError(f"{where}: internlm3 with bias=true and qkv_bias=false (o_proj and MLP biases without "
                          "q/k/v biases) is not supported")
    d["model_type"] = "qwen2" if qkv and not other else "llama"
    d["attention_bias"] = d["mlp_bias"] = other
    return d


# -- presets -------------------------------------------------------------------------------------------


def tiny(*, vocab_size: int = 64, **overrides: Any) -> InternVLConfig:
    """Tests: a 2-layer ViT (width 32) on 32 px tiles of 4 px patches -> 16 visual tokens per tile,
    a 2-layer Qwen2-shaped LLM of width 64. The image-context id is the last in the vocabulary."""
    vision = VisionConfig(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64,
                          patch_size=4, image_size=32)
    llm = ModelConfig(model_type="qwen2", vocab_size=vocab_size, hidden_size=64, intermediate_size=128,
                      num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                      max_position_embeddings=4096, tie_word_embeddings=False)
    base = dict(vision=vision, llm=llm, max_dynamic_patch=6, template="chatml",
                img_context_token_id=vocab_size - 1)
    return InternVLConfig(**{**base, **overrides})


def small(*, vocab_size: int, img_context_token_id: int, **overrides: Any) -> InternVLConfig:
    """The reproduction's model (~0.9M parameters besides the embeddings): ViT width 64, 2 layers;
    LLM width 128, 4 layers, GQA 4/2; 32 px tiles, 16 visual tokens each."""
    vision = VisionConfig(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, intermediate_size=128,
                          patch_size=4, image_size=32)
    llm = ModelConfig(model_type="qwen2", vocab_size=vocab_size, hidden_size=128, intermediate_size=256,
                      num_hidden_layers=4, num_attention_heads=4, num_key_value_heads=2,
                      max_position_embeddings=4096, tie_word_embeddings=True)
    base = dict(vision=vision, llm=llm, max_dynamic_patch=1, use_thumbnail=False, template="chatml",
                img_context_token_id=img_context_token_id)
    return InternVLConfig(**{**base, **overrides})


def internvl3_1b() -> InternVLConfig:
    """The released InternVL3-1B shape: InternViT-300M-448px-V2_5 + Qwen2.5-0.5B (vocabulary 151674)."""
    llm = ModelConfig(model_type="qwen2", vocab_size=151674, hidden_size=896, intermediate_size=4864,
                      num_hidden_layers=24, num_attention_heads=14, num_key_value_heads=2,
                      max_position_embeddings=32768, rope_theta=1e6, rms_norm_eps=1e-6,
                      tie_word_embeddings=False, bos_token_id=151643, eos_token_id=151645)
    return InternVLConfig(vision=VisionConfig(), llm=llm)
