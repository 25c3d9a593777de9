"""Write a BitNet model as a runtime image: what `runtime.Runtime` reads in a process without torch.

    image_from_released("bitnet-b1.58-2B-4T", "2b4t.image")        # the packed release, a layer at a time
    save_image(load_bitnet("runs/bitnet"), "runs/bitnet.image")     # any model (packed here first)
    nanofrontier bitnet image --model bitnet-b1.58-2B-4T --out 2b4t.image

The image holds the packed model exactly as the torch decode path holds it: the fused projections' codes in
the kernel's layout with their per-row scales, the norms in fp32, RoPE's inverse frequencies, and one int8
table (`quantize_rows_int8`, the rows of the tied embedding) for the lookup and the head; an untied model
gets its embedding rounded the same way and its head as a second table. The layout is `runtime.py`'s
docstring; both sides take the tensor names from `runtime.py`.

`image_from_released` reads the released packed layout one decoder layer at a time (its ternary weights in
fp32, ~0.3 GB at 2B4T, then packed as `pack_model` packs them) and the table in row chunks, so converting
2B4T peaks at 1.5 GB (the image's 0.85 GB, torch, one layer in fp32) where `load_bitnet` + `save_image`
first holds every ternary weight in fp32 (12.2 GB peak, measured). Both give the same tensors, bit for bit
(tests/bitnet/test_runtime.py).
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import Tensor
from tqdm import tqdm

from nanofrontier.bitnet.formats import load_config, load_packed_projection
from nanofrontier.bitnet.infer import Int8Embedding, PackedDecoderLayer, pack_model
from nanofrontier.bitnet.model import OFFLINE, BitNetConfig, BitNetDecoderLayer, BitNetForCausalLM, linear_factory
from nanofrontier.bitnet.packed import PackedInt8Linear, quantize_rows_int8
from nanofrontier.bitnet.runtime import IMAGE_FILE, IMAGE_VERSION, NORMS, PROJECTIONS
from nanofrontier.core import sysinfo
from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.checkpoint import WeightIndex
from nanofrontier.core.model import rope_inv_freq
from nanofrontier.core.safetensors_io import write_file

TABLE_ROWS = 8192  # rows of the embedding quantised at a time by image_from_released


def layer_tensors(i: int, layer: PackedDecoderLayer) -> dict[str, Tensor]:
    """The image's tensors of packed decoder layer i."""
    parts = layer.c_parts() if isinstance(layer, PackedDecoderLayer) else None
    if parts is None:
        raise ValueError(f"image: model.layers.{i} is {type(layer).__name__}, not a packed BitNet layer")
    projections, norms, _ = parts
    state = {}
    for name, projection in zip(PROJECTIONS, projections, strict=True):
        state[f"layers.{i}.{name}.packed"] = projection.packed
        state[f"layers.{i}.{name}.scale"] = projection.weight_scale.float()
    for name, norm in zip(NORMS, norms, strict=True):
        state[f"layers.{i}.{name}"] = norm.weight.detach().float()
    return state


def image_tensors(model: BitNetForCausalLM) -> dict[str, Tensor]:
    """The image's tensors of a model packed by `infer.pack_model` (with `int8_head=True`)."""
    head = model.lm_head
    if not isinstance(head, PackedInt8Linear):
        raise ValueError("image_tensors: the model's head is not int8 rows; pack it with pack_model(model, "
                         "int8_head=True)")
    state: dict[str, Tensor] = {}
    for i, layer in enumerate(model.model.layers):
        state.update(layer_tensors(i, layer))
    state["norm"] = model.model.norm.weight.detach().float()
    state["inv_freq"] = model.inv_freq.float()
    embedding = model.model.embed_tokens
    if isinstance(embedding, Int8Embedding) and embedding.weight.data_ptr() == head.weight.data_ptr():
        state["table.q"], state["table.scale"] = head.weight, head.weight_scale
    elif isinstance(embedding, Int8Embedding):
        state["table.q"], state["table.scale"] = embedding.weight, embedding.weight_scale
    else:  # a float table (nn.Embedding, HalfEmbedding): its rows rounded as the head's are
        state["table.q"], state["table.scale"] = quantize_rows_int8(embedding.weight.detach().float())
        state["head.q"], state["head.scale"] = head.weight, head.weight_scale
    return {name: t.detach().cpu().contiguous() for name, t in state.items()}


@torch.no_grad()
def save_image(model: BitNetForCausalLM, directory: str | Path, *, tokenizer=None) -> Path:
    """Write `model` (packed here first unless it already is) as a runtime image: config.json (with
    "nanofrontier_image") and image.safetensors, each written atomically, plus the tokenizer if given."""
    if not isinstance(model.lm_head, PackedInt8Linear):
        model = pack_model(model, int8_head=True, int8_embedding=bool(model.config.tie_word_embeddings))
    return _write(image_tensors(model), model.config, directory, tokenizer)


@torch.no_grad()
def image_from_released(directory: str | Path, out: str | Path, *, tokenizer=None,
                        progress: bool | None = None) -> Path:
    """The released packed layout (`quantization_mode` "offline") in `directory` as a runtime image in `out`,
    one decoder layer at a time; the same tensors as `save_image(load_bitnet(directory))`. Errors name the
    file and tensor (`formats.CheckpointError`)."""
    config = load_config(directory)
    if config.mode != "offline":
        raise ValueError(f"{directory}/config.json: quantization_mode is {config.mode!r}; image_from_released reads "
                         "the packed release (use save_image(load_bitnet(...)) for master weights)")
    legacy_divide = config.quantization_config.get("linear_class", "bitlinear") == "bitlinear"
    config = config.replace(quantization_config=dict(OFFLINE))  # in memory every scale multiplies, as load_bitnet
    weights = WeightIndex(directory)
    state: dict[str, Tensor] = {}
    layers = tqdm(range(config.num_hidden_layers), desc="bitnet image: layers", unit="layer", disable=progress is False)
    for i in layers:
        state.update(layer_tensors(i, _released_layer(weights, config, i, legacy_divide)))
        sysinfo.release_free_heap()  # the layer's fp32 temporaries: else they stay resident between the tensors
    state["norm"] = weights.tensor("model.norm.weight").float()
    state["inv_freq"] = rope_inv_freq(config).float()
    table = "model.embed_tokens.weight"
    state["table.q"], state["table.scale"] = _int8_rows(weights, table, config.vocab_size)
    if not config.tie_word_embeddings:
        state["head.q"], state["head.scale"] = _int8_rows(weights, "lm_head.weight", config.vocab_size)
    return _write({name: t.contiguous() for name, t in state.items()}, config, out, tokenizer)


def _released_layer(weights: WeightIndex, config: BitNetConfig, i: int, legacy_divide: bool) -> PackedDecoderLayer:
    """Decoder layer i of a packed release, loaded as `load_bitnet` loads it, then packed as `pack_model` does."""
    with torch.device("meta"):
        layer = BitNetDecoderLayer(config, i, linear_factory(config))
    prefix = f"model.layers.{i}."
    state = {}
    for name, module in layer.named_modules():
        if hasattr(module, "offline"):  # a BitLinear projection: uint8 codes and a weight_scale
            loaded = load_packed_projection(weights, prefix + name, module, legacy_divide, torch.float32,
                                            torch.device("cpu"))
            state.update({key.removeprefix(prefix): t for key, t in loaded.items()})
    for name, _ in layer.named_parameters():
        if name not in state:  # the norms
            state[name] = weights.tensor(prefix + name).float()
    layer.load_state_dict(state, strict=True, assign=True)
    packed = PackedDecoderLayer.from_layer(layer, config)
    for name in (prefix + key for key in layer.state_dict()):  # the file's pages of this layer leave the RSS
        weights.file_of(name).release(name)
    return packed


def _int8_rows(weights: WeightIndex, name: str, rows: int) -> tuple[Tensor, Tensor]:
    """`quantize_rows_int8` of a [V, D] table, TABLE_ROWS rows at a time (the same rows: it is per row)."""
    table, file = weights.tensor(name), weights.file_of(name)
    row_bytes = table[0].nbytes
    q, scale = torch.empty(table.shape, dtype=torch.int8), torch.empty(rows)
    for start in range(0, rows, TABLE_ROWS):
        end = min(rows, start + TABLE_ROWS)
        q[start:end], scale[start:end] = quantize_rows_int8(table[start:end].float())
        file.release(name, start * row_bytes, end * row_bytes)  # read once: its pages leave the RSS
    return q, scale


def _write(state: dict[str, Tensor], config: BitNetConfig, directory: str | Path, tokenizer) -> Path:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    write_file(directory / IMAGE_FILE, state, metadata={"format": "nanofrontier-bitnet-image"})  # no second copy
    data = config.to_dict()
    data.update(nanofrontier_image=IMAGE_VERSION, head_dim=config.head_dim)
    write_json_atomic(directory / "config.json", data)
    if tokenizer is not None:
        tokenizer.save(directory)
    return directory

