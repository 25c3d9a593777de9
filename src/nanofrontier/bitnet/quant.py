"""W1.58A8 quantisation (BitNet b1.58, arXiv 2504.12285 §2): ternary weights, int8 activations.

Weights: absmean, one scale per tensor. scale = 1 / mean|W| (clamped to >= 1e-5),
W_t = clip(round(W * scale), -1, 1), and W is approximated by W_t / scale.
Activations: absmax, one scale per token (last dimension). scale = 127 / max|x| (clamped to >= 1e-5),
x_q = clip(round(x * scale), -128, 127), and x is approximated by x_q / scale.
`torch.round` rounds half to even, as the reference does. Scales are computed in fp32 whatever the
input dtype (transformers' `WeightQuant`/`ActQuant` do the same).

Both quantisers pass gradients straight through (STE, `x + (q(x) - x).detach()`), so a `BitLinear`
trains its latent full-precision weights. Inference is `int_forward`: an exact integer dot product,
then one rescale; it is the oracle the packed kernel is tested against.

    layer = BitLinear(64, 128)                        # online: latent weights, quantised per call
    y = layer(x)
    w_t, w_scale = weight_quant(layer.weight)         # int8 in {-1, 0, 1}, fp32 scalar
    assert torch.allclose(int_forward(x, w_t, w_scale), y, rtol=1e-5, atol=1e-5)

Two conventions for a stored scale: the scales returned here *divide* (x ~ x_q / scale), like
transformers' legacy `BitLinear`. The released 2B4T checkpoint's `weight_scale` is mean|W| and
*multiplies* (`AutoBitLinear`, offline); an offline `BitLinear` holds it that way
(`weight_scale = 1 / scale`).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

EPS = 1e-5  # floor of mean|W| and max|x|, as in the report and transformers
QMIN, QMAX = -128, 127


def weight_quant(w: Tensor) -> tuple[Tensor, Tensor]:
    """Absmean ternarisation: W [out, in] -> (W_t int8 in {-1, 0, 1}, scale fp32 0-dim); W ~ W_t / scale."""
    w = w.detach().float()
    scale = 1.0 / w.abs().mean().clamp(min=EPS)
    return (w * scale).round().clamp(-1, 1).to(torch.int8), scale


def activation_quant(x: Tensor) -> tuple[Tensor, Tensor]:
    """Absmax int8 per token: x [..., D] -> (x_q int8 [..., D], scale fp32 [..., 1]); x ~ x_q / scale."""
    x = x.detach().float()
    scale = QMAX / x.abs().amax(dim=-1, keepdim=True).clamp(min=EPS)
    return (x * scale).round().clamp(QMIN, QMAX).to(torch.int8), scale


def int_forward(x: Tensor, w_ternary: Tensor, w_scale: Tensor | float) -> Tensor:
    """The integer-domain oracle: y = (x_q . W_t) / (x_scale * w_scale), exact int32 dot products.

    x [..., in] float, w_ternary [out, in] in {-1, 0, 1}, w_scale the weight's dividing scale (what
    `weight_quant` returns). Returns fp32 [..., out].
    """
    x_q, x_scale = activation_quant(x)
    dots = x_q.to(torch.int32) @ w_ternary.to(torch.int32).T  # [..., out], |sum| <= 128 * in
    return dots.float() / (x_scale * torch.as_tensor(w_scale, dtype=torch.float32))


def fake_weight_quant(w: Tensor) -> Tensor:
    """W_t / scale in w's dtype (computed in fp32), without the straight-through gradient."""
    w_t, scale = weight_quant(w)
    return (w_t.float() / scale).to(w.dtype)


def fake_activation_quant(x: Tensor) -> Tensor:
    """x_q / scale in x's dtype (computed in fp32), without the straight-through gradient."""
    x_q, scale = activation_quant(x)
    return (x_q.float() / scale).to(x.dtype)


def straight_through(x: Tensor, q: Tensor) -> Tensor:
    """q in the forward pass, identity in the backward pass (STE). Without autograd, q itself:
    `x + (q - x)` can differ from q in the last bit, and inference should match the oracle exactly."""
    if torch.is_grad_enabled() and x.requires_grad:
        return x + (q - x).detach()
    return q


class BitLinear(nn.Linear):
    """A W1.58A8 linear layer: `F.linear(actquant(x), ternary(W))`, the layer of every projection.

    online (training, the `-bf16` master layout): `weight` holds latent full-precision weights,
    ternarised in every forward with the STE, as `AutoBitLinear(online_quant=True)` does.
    offline (the packed release): `weight` holds the ternary values themselves (frozen) and the
    `weight_scale` buffer [1] holds mean|W|, multiplied after the product, as
    `AutoBitLinear(online_quant=False)` does: y = F.linear(actquant(x), W_t) * weight_scale.
    """

    def __init__(self, in_features: int, out_features: int, bias: bool = False, *, offline: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__(in_features, out_features, bias=bias, device=device, dtype=dtype)
        self.offline = offline
        if offline:
            self.weight.requires_grad_(False)
            self.register_buffer("weight_scale", torch.ones(1, device=device, dtype=dtype))

    def forward(self, x: Tensor) -> Tensor:
        x = straight_through(x, fake_activation_quant(x))
        if self.offline:
            return F.linear(x, self.weight, self.bias) * self.weight_scale
        w = straight_through(self.weight, fake_weight_quant(self.weight))
        return F.linear(x, w, self.bias)

    def ternary(self) -> tuple[Tensor, Tensor]:
        """(W_t int8 [out, in], weight_scale fp32 [1]) in the released, multiplying convention."""
        if self.offline:
            return self.weight.detach().round().to(torch.int8), self.weight_scale.detach().float().reshape(1)
        w_t, scale = weight_quant(self.weight)
        return w_t, (1.0 / scale).reshape(1)

    def extra_repr(self) -> str:
        return f"{super().extra_repr()}, {'offline' if self.offline else 'online'}"
