"""BitNet b1.58 (arXiv 2504.12285): ternary 1.58-bit LMs, trained with fake quantisation and loaded
from the released packed or master-weight checkpoints.

    from nanofrontier.bitnet import BitNetForCausalLM, load_bitnet, save_packed, tiny
    model = load_bitnet("path/to/bitnet-b1.58-2B-4T")          # packed uint8 or -bf16 layout
    save_packed(model, "out/")                                 # the released packed layout

Modules: quant.py (BitLinear, the quantisers, the integer oracle), model.py (config and decoder),
formats.py (the HF layouts: pack/unpack, load, save), runtime.py (decode without torch).
"""

from __future__ import annotations

import importlib

# name -> the module that defines it; imported on first use, so `nanofrontier.bitnet.runtime` (numpy and the C
# kernel only) loads without torch
_EXPORTS = {**dict.fromkeys(("load_bitnet", "pack", "save_master", "save_packed", "unpack"), "formats"),
            **dict.fromkeys(("BitNetConfig", "BitNetForCausalLM", "b158_2b4t", "tiny"), "model"),
            **dict.fromkeys(("BitLinear", "activation_quant", "int_forward", "weight_quant"), "quant")}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
