"""BitNet b1.58 (arXiv 2504.12285): ternary 1.58-bit LMs, trained with fake quantisation and loaded
from the released packed or master-weight checkpoints.

    from nanofrontier.bitnet import BitNetForCausalLM, load_bitnet, save_packed, tiny
    model = load_bitnet("path/to/bitnet-b1.58-2B-4T")          # packed uint8 or -bf16 layout
    save_packed(model, "out/")                                 # the released packed layout

Modules: quant.py (BitLinear, the quantisers, the integer oracle), model.py (config and decoder),
formats.py (the HF layouts: pack/unpack, load, save).
"""

from nanofrontier.bitnet.formats import load_bitnet, pack, save_master, save_packed, unpack
from nanofrontier.bitnet.model import BitNetConfig, BitNetForCausalLM, b158_2b4t, tiny
from nanofrontier.bitnet.quant import BitLinear, activation_quant, int_forward, weight_quant

__all__ = ["BitLinear", "BitNetConfig", "BitNetForCausalLM", "activation_quant", "b158_2b4t", "int_forward",
           "load_bitnet", "pack", "save_master", "save_packed", "tiny", "unpack", "weight_quant"]
