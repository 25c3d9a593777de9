"""The released BitNet b1.58 2B4T checkpoint layouts: load them into `BitNetForCausalLM`, write them back.

- packed (`microsoft/bitnet-b1.58-2B-4T`): every projection's `weight` is
  uint8 [out/4, in] holding four 2-bit codes (w + 1) per byte, plus a `weight_scale` [1]; config.json has
  `quantization_config = {"quant_method": "bitnet", "linear_class": "autobitlinear",
  "quantization_mode": "offline"}`. Packing runs along the output rows in blocked order: with R = out/4,
  packed row r holds rows r, r+R, r+2R, r+3R in bits 1:0, 3:2, 5:4, 7:6 (transformers `pack_weights`).
  `linear_class` fixes what `weight_scale` means: "autobitlinear" (2B4T) multiplies (it is mean|W|),
  legacy "bitlinear" divides (it is 1 / mean|W|); both load as an offline `BitLinear` that multiplies.
- master (`...-2B-4T-bf16`): latent bf16 weights [out, in], no `weight_scale`,
  `"quantization_mode": "online"`: ternarised in every forward, trainable.

    model = load_bitnet("bitnet-b1.58-2B-4T")       # packed -> offline BitLinear (ternary, frozen)
    model = load_bitnet("bitnet-b1.58-2B-4T-bf16")  # master -> online BitLinear (trainable)
    save_packed(model, "out/")                      # either -> the packed layout, as released

Every problem is a `CheckpointError` naming the file or tensor: a missing `weight_scale`, a wrong dtype,
a shape that disagrees with config.json, a 2-bit code of 3, a truncated file.
"""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors.torch import save_file
from torch import Tensor

from nanofrontier.bitnet.model import OFFLINE, BitNetConfig, BitNetForCausalLM
from nanofrontier.bitnet.quant import BitLinear
from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.checkpoint import SINGLE_FILE, CheckpointError, WeightIndex, load_state, save_pretrained
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.model import rope_inv_freq

CODES_PER_BYTE = 4


def pack(ternary: Tensor) -> Tensor:
    """Ternary [out, in] in {-1, 0, 1} -> uint8 [out/4, in] in transformers' blocked row order."""
    if ternary.dim() != 2 or ternary.shape[0] % CODES_PER_BYTE:
        raise ValueError(f"pack needs a 2-d tensor with a multiple of 4 rows, got shape {list(ternary.shape)}")
    t = ternary.to(torch.int16)
    if bool(((t < -1) | (t > 1)).any()):
        raise ValueError("pack needs values in {-1, 0, 1}")
    rows, cols = t.shape
    codes = (t + 1).to(torch.uint8).view(CODES_PER_BYTE, rows // CODES_PER_BYTE, cols)  # [quarter, R, in]
    return codes[0] | codes[1] << 2 | codes[2] << 4 | codes[3] << 6


def unpack(packed: Tensor, *, name: str = "packed weight") -> Tensor:
    """uint8 [R, in] -> int8 ternary [4R, in]: W[q*R + r, i] = ((P[r, i] >> 2q) & 3) - 1."""
    if packed.dtype != torch.uint8 or packed.dim() != 2:
        raise CheckpointError(f"{name}: expected a 2-d uint8 tensor of packed codes, found "
                              f"{str(packed.dtype).removeprefix('torch.')}{list(packed.shape)}")
    codes = torch.stack([(packed >> 2 * q) & 3 for q in range(CODES_PER_BYTE)])  # [4, R, in]
    bad = (codes == 3).nonzero()
    if len(bad):
        q, r, i = bad[0].tolist()
        raise CheckpointError(f"{name}: {len(bad)} 2-bit code(s) of 3 (valid: 0, 1, 2 for -1, 0, +1); "
                              f"the first at packed row {r}, column {i}, bits {2 * q + 1}:{2 * q}")
    return (codes.to(torch.int8) - 1).reshape(-1, packed.shape[1])


def config_from_dict(data: dict, *, where: str | Path) -> BitNetConfig:
    """A `BitNetConfig` from config.json's contents; errors name `where` (the file)."""
    try:
        return BitNetConfig.from_dict(data)
    except ValueError as e:  # ConfigError, or a value the dataclass rejects
        raise CheckpointError(f"{where}: {e}") from e


def load_config(directory: str | Path) -> BitNetConfig:
    path = Path(directory) / "config.json"
    if not path.exists():
        raise CheckpointError(f"{directory}: missing config.json (is this a Hugging Face model directory?)")
    return config_from_dict(read_json(path, error=CheckpointError), where=path)


def load_bitnet(directory: str | Path, *, dtype: torch.dtype | None = None,
                device: str | torch.device = "cpu") -> BitNetForCausalLM:
    """A `BitNetForCausalLM` from a packed or master-weight directory, in eval mode.

    Floating tensors are computed in `dtype` (default: fp32 for bf16/fp16 files on the CPU, as core).
    """
    config = load_config(directory)
    weights = WeightIndex(directory)
    legacy_divide = False
    if config.mode == "offline":
        legacy_divide = config.quantization_config.get("linear_class", "bitlinear") == "bitlinear"
        config = config.replace(quantization_config=dict(OFFLINE))  # in memory every scale multiplies
    with torch.device("meta"):
        model = BitNetForCausalLM(config)
    tied = {"lm_head.weight"} if config.tie_word_embeddings else set()
    projections = model.bitlinears()
    if config.mode == "offline":
        packed = {f"{p}.{s}" for p in projections for s in ("weight", "weight_scale")}
        load_state(model, weights, dtype=dtype, device=device, skip=frozenset(tied | packed))
        target = model.model.embed_tokens.weight.dtype  # the compute dtype load_state chose
        state = {}
        for prefix, layer in projections.items():
            state.update(load_packed_projection(weights, prefix, layer, legacy_divide, target, torch.device(device)))
        model.load_state_dict(state, strict=False, assign=True)
    else:
        _refuse_packed(weights, projections, config)
        load_state(model, weights, dtype=dtype, device=device, skip=frozenset(tied))
    if config.tie_word_embeddings:
        model.lm_head.weight = model.model.embed_tokens.weight
    model.inv_freq = rope_inv_freq(config).to(device)
    return model.eval()


def load_packed_projection(weights: WeightIndex, prefix: str, layer: BitLinear, legacy_divide: bool,
                           dtype: torch.dtype, device: torch.device) -> dict[str, Tensor]:
    """One projection's ternary weight [out, in] and multiplying scale [1], checked against the shape of `layer`
    (its out_features and in_features: a meta-device BitLinear will do)."""
    where = weights.directory
    w_name, s_name = f"{prefix}.weight", f"{prefix}.weight_scale"
    for name in (w_name, s_name):
        if name not in weights:
            raise CheckpointError(f"{where}: missing tensor {name} (a packed projection has a uint8 "
                                  "weight and a weight_scale)")
    f = weights.file_of(w_name)
    stored, shape = f.dtype(w_name), f.shape(w_name)
    if stored != torch.uint8:
        raise CheckpointError(f"{where}: {w_name}: expected uint8 packed codes (quantization_mode "
                              f"'offline'), found {str(stored).removeprefix('torch.')}")
    out, cols = layer.out_features, layer.in_features
    expected = (out // CODES_PER_BYTE, cols)
    if out % CODES_PER_BYTE or shape != expected:
        raise CheckpointError(f"{where}: {w_name}: expected uint8 {list(expected)} ([out/4, in] for a "
                              f"[{out}, {cols}] projection), found {list(shape)}")
    ternary = unpack(weights.tensor(w_name), name=f"{where}: {w_name}")
    scale = weights.tensor(s_name)
    if not scale.is_floating_point() or scale.numel() != 1:
        raise CheckpointError(f"{where}: {s_name}: expected one floating-point scale, found "
                              f"{str(scale.dtype).removeprefix('torch.')}{list(scale.shape)}")
    scale = scale.float().reshape(1)
    if not (bool(torch.isfinite(scale).all()) and scale.item() > 0):
        raise CheckpointError(f"{where}: {s_name}: expected a positive finite scale, found {scale.item()}")
    if legacy_divide:
        scale = 1.0 / scale
    return {w_name: ternary.to(device=device, dtype=dtype), s_name: scale.to(device=device, dtype=dtype)}


def _refuse_packed(weights: WeightIndex, projections: dict[str, BitLinear], config: BitNetConfig) -> None:
    for prefix in projections or _dense_projection_names(config):
        name = f"{prefix}.weight"
        if name in weights and weights.file_of(name).dtype(name) == torch.uint8:
            raise CheckpointError(f"{weights.directory}: {name}: uint8 packed codes, but config.json's "
                                  f"quantization_config is {config.quantization_config!r}; packed weights "
                                  "need quantization_mode 'offline'")


def _dense_projection_names(config: BitNetConfig) -> list[str]:
    names = ("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj",
             "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj")
    return [f"model.layers.{i}.{n}" for i in range(config.num_hidden_layers) for n in names]


def save_packed(model: BitNetForCausalLM, directory: str | Path, *, dtype: torch.dtype = torch.bfloat16,
                tokenizer=None) -> Path:
    """Write the released packed layout: uint8 projections, `weight_scale` [1], everything else in
    `dtype` (bf16 as released), config.json with the offline autobitlinear quantization_config."""
    projections = model.bitlinears()
    if not projections:
        raise ValueError("this model has dense projections (no quantization_config); nothing to pack")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    state: dict[str, Tensor] = {}
    for name, tensor in model.state_dict().items():
        prefix, _, leaf = name.rpartition(".")
        if prefix in projections and leaf == "weight":
            w_t, scale = projections[prefix].ternary()
            state[name] = pack(w_t.cpu())
            state[f"{prefix}.weight_scale"] = scale.to("cpu", dtype)
            continue
        if prefix in projections and leaf == "weight_scale":
            continue  # written beside its weight
        if name == "lm_head.weight" and model.config.tie_word_embeddings:
            continue  # HF stores tied weights once, under the embedding's name
        tensor = tensor.detach().to("cpu", dtype=dtype).contiguous()
        state[name] = tensor.clone() if tensor.untyped_storage().nbytes() != tensor.nbytes else tensor
    config = model.config.replace(quantization_config=dict(OFFLINE)).to_dict()
    config["dtype"] = config["torch_dtype"] = str(dtype).removeprefix("torch.")
    with atomic_path(directory / SINGLE_FILE) as tmp:
        save_file(state, str(tmp), metadata={"format": "pt"})
    write_json_atomic(directory / "config.json", config)
    if tokenizer is not None:
        tokenizer.save(directory)
    return directory


def save_master(model: BitNetForCausalLM, directory: str | Path, *, dtype: torch.dtype | None = None,
                tokenizer=None) -> Path:
    """Write the `-bf16` master layout (latent weights, online quantization_config) with core's writer."""
    if any(layer.offline for layer in model.bitlinears().values()):
        raise ValueError("this model holds ternary weights (loaded packed); it has no master weights to "
                         "save: use save_packed")
    return save_pretrained(model, directory, dtype=dtype, tokenizer=tokenizer)
