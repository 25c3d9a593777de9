"""A ring stage over a BitNet b1.58 checkpoint: the one place prima uses bitnet (its public API only).

`stage.py` imports this module only when a checkpoint's config.json says `model_type: "bitnet"`, so a Llama
or Qwen2 ring never loads bitnet. The stage's model is a meta `BitNetForCausalLM` with this rank's tensors
only: the packed uint8 projections are expanded with `bitnet.formats.unpack` and their `weight_scale` made
multiplying (legacy "bitlinear" stores 1 / mean|W|), as `bitnet.formats.load_bitnet` does for a whole model.
With `pack=True` the stage's layers are then repacked for bitnet's 2-bit CPU kernel (`PackedAttention`,
`PackedMLP`: what `bitnet.infer.pack_model` does to a whole model).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch

from nanofrontier.bitnet.formats import config_from_dict, unpack
from nanofrontier.bitnet.infer import PackedAttention, PackedMLP
from nanofrontier.bitnet.model import OFFLINE, BitNetConfig, BitNetForCausalLM
from nanofrontier.core.checkpoint import Checkpoint, CheckpointError

if TYPE_CHECKING:
    from nanofrontier.prima.stage import RingStage


def config(ckpt: Checkpoint) -> BitNetConfig:
    return config_from_dict(ckpt.config_dict, where=ckpt.config_path)


def load(stage: RingStage, prefixes: tuple[str, ...]) -> tuple[BitNetForCausalLM, BitNetConfig]:
    """The stage's model with the tensors under `prefixes`, and the config it was built from.

    Packed layout: each projection's uint8 [out/4, in] codes -> ternary [out, in]. Master layout (latent
    bf16 weights): core's loader, as for Llama."""
    cfg, weights = stage.config, stage.weights
    offline = cfg.mode == "offline"
    legacy_divide = offline and cfg.quantization_config.get("linear_class", "bitlinear") == "bitlinear"
    if offline:
        cfg = cfg.replace(quantization_config=dict(OFFLINE))
    with torch.device("meta"):
        model = BitNetForCausalLM(cfg)
    stage.model, stage.config = model, cfg
    mine = {p: layer for p, layer in model.bitlinears().items() if p.startswith(prefixes)} if offline else {}
    stage.load_tensors(prefixes, frozenset(f"{p}.{leaf}" for p in mine for leaf in ("weight", "weight_scale")))
    state = {}
    for prefix, layer in mine.items():
        w_name, s_name = f"{prefix}.weight", f"{prefix}.weight_scale"
        for name in (w_name, s_name):
            if name not in weights:
                raise CheckpointError(f"{weights.directory}: missing tensor {name} (a packed "
                                      "projection has a uint8 weight and a weight_scale)")
        ternary = unpack(weights.tensor(w_name), name=f"{weights.directory}: {w_name}")
        if tuple(ternary.shape) != tuple(layer.weight.shape):
            raise CheckpointError(f"{weights.directory}: {w_name}: expected unpacked "
                                  f"{list(layer.weight.shape)}, found {list(ternary.shape)}")
        scale = weights.tensor(s_name).float().reshape(1)
        state[w_name] = ternary.to(device=stage.device, dtype=stage.dtype)
        state[s_name] = (1.0 / scale if legacy_divide else scale).to(device=stage.device, dtype=stage.dtype)
    model.load_state_dict(state, strict=False, assign=True)
    return model, cfg


@torch.no_grad()
def pack(model: BitNetForCausalLM, cfg: BitNetConfig, layers: list[int]) -> None:
    """`bitnet.infer.pack_model` over these layers only (the others are on meta)."""
    if cfg.mode == "dense":
        raise ValueError("pack=True: the checkpoint has dense projections (quantization_config is None)")
    for i in layers:
        layer = model.model.layers[i]
        layer.self_attn = PackedAttention.from_attention(layer.self_attn, cfg)
        layer.mlp = PackedMLP.from_mlp(layer.mlp, cfg)
