"""The integer oracle of the bitnet tests: a model whose every BitLinear is computed as `quant.int_forward`
(exact integers, one division), to compare the fused and packed paths with bit for bit."""

from __future__ import annotations

import torch

from nanofrontier.bitnet.model import BitNetForCausalLM
from nanofrontier.bitnet.quant import BitLinear, int_forward, weight_quant


class OracleLinear(torch.nn.Module):
    """A BitLinear computed as `quant.int_forward`: an online layer ternarised as its forward does
    (`weight_quant`), an offline one from its stored ternary weights and scale."""

    def __init__(self, layer: BitLinear):
        super().__init__()
        if layer.offline:
            self.w_t, mean_abs = layer.ternary()
            self.w_scale = 1.0 / mean_abs
        else:
            self.w_t, self.w_scale = weight_quant(layer.weight)

    def forward(self, x):
        return int_forward(x, self.w_t, self.w_scale)


def oracle_copy(model: BitNetForCausalLM) -> BitNetForCausalLM:
    clone = BitNetForCausalLM(model.config)
    clone.load_state_dict(model.state_dict())
    for name, layer in clone.bitlinears().items():
        parent, attr = name.rsplit(".", 1)
        setattr(clone.get_submodule(parent), attr, OracleLinear(layer))
    return clone.eval()
