"""The two released InternVL checkpoint layouts: load either into `InternVLChatModel`, write either back.

- **chat** (remote code, `OpenGVLab/InternVL3-1B`): `config.json` with `model_type` "internvl_chat",
  `vision_config`, `llm_config`; tensors `vision_model.*` (fused `attn.qkv`, `ls1`/`ls2`, `norm1`/`norm2`),
  `mlp1.{0,1,3}.*`, `language_model.model.*`, `language_model.lm_head.weight`. These are our own names.
- **hf** (transformers-native, `OpenGVLab/InternVL3-1B-hf`): `model_type` "internvl", `vision_config`,
  `text_config`, `image_token_id`; tensors `vision_tower.*` (q/k/v split, `lambda_1`/`lambda_2`,
  `layernorm_before`/`_after`, `cls_token`, `patch_embeddings.projection`), `multi_modal_projector.*`,
  `language_model.model.*`, `language_model.lm_head.weight` (transformers also accepts, and we read,
  `model.vision_tower.*`, `model.language_model.*`, `lm_head.weight`).

The LLM is Qwen2 (InternVL3-1B ... 78B) or Llama; InternVL3-9B's InternLM3 (`llm_config.model_type`
"internlm3", Llama's tensor names) is read as Llama (`config.llm_config_from_dict`).

    model = load_internvl("InternVL3-1B")            # either layout, found from config.json's model_type
    save_internvl(model, "out-hf", layout="hf")      # transformers.InternVLForConditionalGeneration loads it

Every problem is a `CheckpointError` that names the file or the tensor (as the file names it): an unknown
`model_type`, a missing or unexpected tensor, a shape that disagrees with config.json.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file
from torch import Tensor

from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.checkpoint import Checkpoint, CheckpointError, compute_dtype, open_checkpoint
from nanofrontier.core.config import ConfigError
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.model import rope_inv_freq
from nanofrontier.internvl.config import (
    IMG_CONTEXT,
    RELEASED_IMG_CONTEXT_ID,
    InternVLConfig,
    VisionConfig,
    llm_config_from_dict,
)
from nanofrontier.internvl.model import InternVLChatModel
from nanofrontier.internvl.tiling import IMAGENET_MEAN, IMAGENET_STD

LAYOUTS = {"internvl_chat": "chat", "internvl": "hf"}
TILING_KEYS = ("force_image_size", "dynamic_image_size", "min_dynamic_patch", "max_dynamic_patch",
               "use_thumbnail", "template")
# our name (chat layout) -> the HF name, applied in order; q/k/v are handled apart (one fused tensor).
_TO_HF = [
    (r"^vision_model\.embeddings\.class_embedding$", "vision_tower.embeddings.cls_token"),
    (r"^vision_model\.embeddings\.patch_embedding\.", "vision_tower.embeddings.patch_embeddings.projection."),
    (r"^vision_model\.embeddings\.position_embedding$", "vision_tower.embeddings.position_embeddings"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.attn\.proj\.",
     r"vision_tower.encoder.layer.\1.attention.projection_layer."),
    (r"^vision_model\.encoder\.layers\.(\d+)\.attn\.", r"vision_tower.encoder.layer.\1.attention."),
    (r"^vision_model\.encoder\.layers\.(\d+)\.norm1\.", r"vision_tower.encoder.layer.\1.layernorm_before."),
    (r"^vision_model\.encoder\.layers\.(\d+)\.norm2\.", r"vision_tower.encoder.layer.\1.layernorm_after."),
    (r"^vision_model\.encoder\.layers\.(\d+)\.ls1$", r"vision_tower.encoder.layer.\1.lambda_1"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.ls2$", r"vision_tower.encoder.layer.\1.lambda_2"),
    (r"^vision_model\.encoder\.layers\.(\d+)\.mlp\.", r"vision_tower.encoder.layer.\1.mlp."),
    (r"^mlp1\.0\.", "multi_modal_projector.layer_norm."),
    (r"^mlp1\.1\.", "multi_modal_projector.linear_1."),
    (r"^mlp1\.3\.", "multi_modal_projector.linear_2."),
]
# the in-memory names of transformers 5 that a file may hold instead of the saved ones
_HF_ALIASES = [("model.vision_tower.", "vision_tower."), ("model.multi_modal_projector.", "multi_modal_projector."),
               ("model.language_model.", "language_model.model."), ("lm_head.", "language_model.lm_head.")]
_QKV = re.compile(r"^vision_model\.encoder\.layers\.(\d+)\.attn\.qkv\.(weight|bias)$")


def hf_names(name: str) -> list[str]:
    """The HF tensor name(s) holding our tensor `name` (three, q/k/v, for a fused qkv)."""
    if m := _QKV.match(name):
        return [f"vision_tower.encoder.layer.{m[1]}.attention.{p}_proj.{m[2]}" for p in "qkv"]
    for pattern, repl in _TO_HF:
        if re.match(pattern, name):
            return [re.sub(pattern, repl, name)]
    return [name]  # language_model.* is spelled alike


# -- configs ---------------------------------------------------------------------------------------------


def config_from_hf_dict(d: dict[str, Any]) -> InternVLConfig:
    """An `InternVLConfig` (transformers, model_type "internvl") dict -> ours."""
    v = d.get("vision_config")
    if not isinstance(v, dict):
        raise ConfigError("missing 'vision_config'")
    for key, ok in (("use_mean_pooling", True), ("use_absolute_position_embeddings", True)):
        if v.get(key, ok) is not ok:
            raise ConfigError(f"vision_config.{key} = {v[key]!r} is not supported (only {ok})")
    if d.get("vision_feature_select_strategy", "default") != "default":
        raise ConfigError(f"vision_feature_select_strategy {d['vision_feature_select_strategy']!r} is not "
                          "supported (only 'default': the class token is dropped)")
    layer = d.get("vision_feature_layer", -1)
    if not isinstance(layer, int):
        raise ConfigError(f"vision_feature_layer {layer!r} is not supported (one layer index only)")
    vision = VisionConfig(
        hidden_size=v.get("hidden_size", 1024), num_hidden_layers=v.get("num_hidden_layers", 24),
        num_attention_heads=v.get("num_attention_heads", 16), intermediate_size=v.get("intermediate_size", 4096),
        patch_size=_square(v.get("patch_size", 14), "vision_config.patch_size"),
        image_size=_square(v.get("image_size", 448), "vision_config.image_size"),
        num_channels=v.get("num_channels", 3), qkv_bias=v.get("attention_bias", False),
        qk_normalization=v.get("use_qk_norm", False), norm_type=v.get("norm_type", "layer_norm"),
        layer_norm_eps=v.get("layer_norm_eps", 1e-6), initializer_factor=v.get("layer_scale_init_value", 0.1),
        hidden_act=v.get("hidden_act", "gelu"))
    text = dict(_require_dict(d, "text_config"))
    text["tie_word_embeddings"] = d.get("tie_word_embeddings", True)  # the top-level flag decides, default True
    llm = llm_config_from_dict(text, "text_config")
    extras = {k: d[k] for k in TILING_KEYS if k in d}
    config = InternVLConfig(vision=vision, llm=llm, downsample_ratio=d.get("downsample_ratio", 0.5),
                            select_layer=layer, img_context_token_id=d.get("image_token_id", RELEASED_IMG_CONTEXT_ID),
                            **extras)
    seq = d.get("image_seq_length", config.num_image_token)
    if seq != config.num_image_token:
        raise ConfigError(f"image_seq_length is {seq} but the vision config gives {config.num_image_token} "
                          "tokens per tile")
    return config


def hf_config_dict(config: InternVLConfig) -> dict[str, Any]:
    v = config.vision
    if config.ps_version != "v2":
        raise ConfigError("the HF layout has no ps_version 'v1' (transposed unshuffle): save as layout='chat'")
    vision = {"model_type": "internvl_vision", "hidden_size": v.hidden_size, "num_hidden_layers": v.num_hidden_layers,
              "num_attention_heads": v.num_attention_heads, "intermediate_size": v.intermediate_size,
              "attention_bias": v.qkv_bias, "use_qk_norm": v.qk_normalization, "norm_type": v.norm_type,
              "layer_norm_eps": v.layer_norm_eps, "layer_scale_init_value": v.initializer_factor,
              "image_size": [v.image_size] * 2, "patch_size": [v.patch_size] * 2, "num_channels": v.num_channels,
              "hidden_act": v.hidden_act, "use_absolute_position_embeddings": True, "use_mean_pooling": True,
              "use_mask_token": False}
    text = config.llm.to_dict()
    return {"architectures": ["InternVLForConditionalGeneration"], "model_type": "internvl",
            "downsample_ratio": config.downsample_ratio, "image_seq_length": config.num_image_token,
            "image_token_id": config.img_context_token_id, "projector_hidden_act": "gelu",
            "vision_feature_layer": config.select_layer, "vision_feature_select_strategy": "default",
            "tie_word_embeddings": config.llm.tie_word_embeddings, "text_config": text, "vision_config": vision,
            **{k: getattr(config, k) for k in TILING_KEYS}}


def _square(value: Any, where: str) -> int:
    if isinstance(value, (list, tuple)):
        if len(value) != 2 or value[0] != value[1]:
            raise ConfigError(f"{where} must be square, got {value!r}")
        value = value[0]
    return value


def _require_dict(d: dict[str, Any], key: str) -> dict[str, Any]:
    if not isinstance(d.get(key), dict):
        raise ConfigError(f"missing {key!r}")
    return d[key]


def load_config(source: str | Path | Checkpoint, tokenizer=None) -> tuple[InternVLConfig, str]:
    """(config, layout "chat" or "hf") of a folder; the error names config.json and the bad field."""
    ckpt = open_checkpoint(source)
    kind = ckpt.model_type
    if kind not in LAYOUTS:
        raise CheckpointError(f"{ckpt.config_path}: unsupported model_type {kind!r} "
                              f"(supported: {', '.join(LAYOUTS)})")
    d = dict(ckpt.config_dict)
    try:
        if LAYOUTS[kind] == "chat":
            ctx = tokenizer.token_to_id(IMG_CONTEXT) if tokenizer is not None else None
            if ctx is not None and "img_context_token_id" not in d:
                d["img_context_token_id"] = ctx
            return InternVLConfig.from_chat_dict(d), "chat"
        preprocessor = ckpt.directory / "preprocessor_config.json"
        if preprocessor.is_file():
            d = {**_tiling_from_preprocessor(read_json(preprocessor, error=CheckpointError, expect=dict)), **d}
        return config_from_hf_dict(d), "hf"
    except ConfigError as e:
        raise CheckpointError(f"{ckpt.config_path}: {e}") from e


def _tiling_from_preprocessor(p: dict[str, Any]) -> dict[str, Any]:
    out = {k2: p[k1] for k1, k2 in (("min_patches", "min_dynamic_patch"), ("max_patches", "max_dynamic_patch"),
                                     ("crop_to_patches", "dynamic_image_size")) if k1 in p}
    return out


# -- loading ----------------------------------------------------------------------------------------------


def load_internvl(source: str | Path | Checkpoint, *, dtype: torch.dtype | None = None,
                  device: str | torch.device = "cpu", tokenizer=None) -> InternVLChatModel:
    """An `InternVLChatModel` in eval mode from either layout (bf16/fp16 files computed in fp32 on CPU)."""
    ckpt = open_checkpoint(source)
    config, layout = load_config(ckpt, tokenizer)
    with torch.device("meta"):
        model = InternVLChatModel(config)
    expected = {k: v for k, v in model.state_dict().items()}
    if config.llm.tie_word_embeddings:
        expected.pop("language_model.lm_head.weight")
    state = _read_tensors(ckpt, expected, layout, torch.device(device), dtype)
    model.load_state_dict(state, strict=False, assign=True)
    if config.llm.tie_word_embeddings:
        model.language_model.lm_head.weight = model.language_model.model.embed_tokens.weight
    model.language_model.inv_freq = rope_inv_freq(config.llm).to(device)
    return model.eval()


def _file_names(ckpt: Checkpoint, layout: str) -> dict[str, str]:
    """Canonical name -> the name the file uses (HF aliases folded onto the saved spelling)."""
    names = {}
    for name in ckpt.weights.keys():
        canonical = name
        if layout == "hf":
            for alias, saved in _HF_ALIASES:
                if name.startswith(alias):
                    canonical = saved + name[len(alias):]
                    break
        names[canonical] = name
    return names


def _read_tensors(ckpt: Checkpoint, expected: dict[str, Tensor], layout: str, device: torch.device,
                  dtype: torch.dtype | None) -> dict[str, Tensor]:
    files = _file_names(ckpt, layout)
    wanted = {ours: (hf_names(ours) if layout == "hf" else [ours]) for ours in expected}
    missing = sorted(n for names in wanted.values() for n in names if n not in files)
    where = ckpt.directory
    if missing:
        raise CheckpointError(f"{where}: missing tensor(s) {_listing(missing)}")
    used = {n for names in wanted.values() for n in names}
    unexpected = sorted(files[n] for n in files if n not in used and not n.endswith("rotary_emb.inv_freq"))
    if unexpected:
        raise CheckpointError(f"{where}: unexpected tensor(s) {_listing(unexpected)}")
    state = {}
    for ours, names in wanted.items():
        shape = list(expected[ours].shape)
        part_shape = [shape[0] // len(names), *shape[1:]]
        parts = []
        for n in names:
            found = list(ckpt.weights.file_of(files[n]).shape(files[n]))
            if found != part_shape:
                raise CheckpointError(f"{where}: {files[n]}: expected {part_shape}, found {found}")
            parts.append(ckpt.weights.tensor(files[n]))
        tensor = parts[0] if len(parts) == 1 else torch.cat(parts, dim=0)
        target = compute_dtype(tensor.dtype, dtype, device) if tensor.is_floating_point() else tensor.dtype
        state[ours] = tensor.to(device=device, dtype=target)
    return state


def _listing(names: list[str], limit: int = 8) -> str:
    return ", ".join(names[:limit]) + (f" and {len(names) - limit} more" if len(names) > limit else "")


# -- saving -----------------------------------------------------------------------------------------------


def save_internvl(model: InternVLChatModel, directory: str | Path, *, layout: str = "chat", tokenizer=None,
                  dtype: torch.dtype | None = None) -> Path:
    """Write config.json + model.safetensors in the `layout` ("chat" or "hf"), atomically, and the tokenizer."""
    if layout not in ("chat", "hf"):
        raise ValueError(f"layout must be 'chat' or 'hf', got {layout!r}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    config = model.config
    tensors: dict[str, Tensor] = {}
    for name, tensor in model.state_dict().items():
        if name == "language_model.lm_head.weight" and config.llm.tie_word_embeddings:
            continue  # stored once, under the embedding's name
        tensor = tensor.detach().to("cpu", dtype=dtype or tensor.dtype).contiguous()
        names = hf_names(name) if layout == "hf" else [name]
        for out_name, part in zip(names, tensor.chunk(len(names), dim=0), strict=True):
            tensors[out_name] = part.clone().contiguous()
    stored = str(next(iter(tensors.values())).dtype).removeprefix("torch.")
    config_dict = config.to_chat_dict() if layout == "chat" else hf_config_dict(config)
    config_dict["torch_dtype"] = config_dict["dtype"] = stored
    with atomic_path(directory / "model.safetensors") as tmp:
        save_file(tensors, str(tmp), metadata={"format": "pt"})
    write_json_atomic(directory / "config.json", config_dict)
    if layout == "hf":
        write_json_atomic(directory / "preprocessor_config.json", _preprocessor_dict(config))
    if tokenizer is not None:
        tokenizer.save(directory)
    return directory


def _preprocessor_dict(config: InternVLConfig) -> dict[str, Any]:
    """transformers' `GotOcr2ImageProcessor` settings for this tiling."""
    size = config.force_image_size
    return {"image_processor_type": "GotOcr2ImageProcessor", "crop_to_patches": config.dynamic_image_size,
            "min_patches": config.min_dynamic_patch, "max_patches": config.max_dynamic_patch,
            "size": {"height": size, "width": size}, "do_resize": True, "do_rescale": True,
            "rescale_factor": 1 / 255, "do_normalize": True, "do_convert_rgb": True, "resample": 3,
            "image_mean": list(IMAGENET_MEAN), "image_std": list(IMAGENET_STD)}
