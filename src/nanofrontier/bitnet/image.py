"""Write a BitNet model as a runtime image: what `runtime.Runtime` reads in a process without torch.

    save_image(load_bitnet("bitnet-b1.58-2B-4T"), "2b4t.image")    # packs it first (infer.pack_model)
    nanofrontier bitnet image --model bitnet-b1.58-2B-4T --out 2b4t.image

The image holds the packed model exactly as the torch decode path holds it: the fused projections' codes in
the kernel's layout with their per-row scales, the norms in fp32, RoPE's inverse frequencies, and one int8
table (`quantize_rows_int8`, the rows of the tied embedding) for the lookup and the head; an untied model
gets its embedding rounded the same way and its head as a second table. The layout is `runtime.py`'s
docstring; both sides take the tensor names from `runtime.py`.
"""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors.torch import save_file
from torch import Tensor

from nanofrontier.bitnet.infer import Int8Embedding, PackedDecoderLayer, pack_model
from nanofrontier.bitnet.model import BitNetForCausalLM
from nanofrontier.bitnet.packed import PackedInt8Linear, quantize_rows_int8
from nanofrontier.bitnet.runtime import IMAGE_FILE, IMAGE_VERSION, NORMS, PROJECTIONS
from nanofrontier.core.atomic import atomic_path, write_json_atomic


def image_tensors(model: BitNetForCausalLM) -> dict[str, Tensor]:
    """The image's tensors of a model packed by `infer.pack_model` (with `int8_head=True`)."""
    head = model.lm_head
    if not isinstance(head, PackedInt8Linear):
        raise ValueError("image_tensors: the model's head is not int8 rows; pack it with pack_model(model, "
                         "int8_head=True)")
    state: dict[str, Tensor] = {}
    for i, layer in enumerate(model.model.layers):
        parts = layer.c_parts() if isinstance(layer, PackedDecoderLayer) else None
        if parts is None:
            raise ValueError(f"image_tensors: model.layers.{i} is {type(layer).__name__}, not a packed BitNet layer")
        projections, norms, _ = parts
        for name, projection in zip(PROJECTIONS, projections, strict=True):
            state[f"layers.{i}.{name}.packed"] = projection.packed
            state[f"layers.{i}.{name}.scale"] = projection.weight_scale.float()
        for name, norm in zip(NORMS, norms, strict=True):
            state[f"layers.{i}.{name}"] = norm.weight.detach().float()
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
    state = image_tensors(model)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with atomic_path(directory / IMAGE_FILE) as tmp:
        save_file(state, str(tmp), metadata={"format": "nanofrontier-bitnet-image"})
    config = model.config.to_dict()
    config.update(nanofrontier_image=IMAGE_VERSION, head_dim=model.config.head_dim)
    write_json_atomic(directory / "config.json", config)
    if tokenizer is not None:
        tokenizer.save(directory)
    return directory
