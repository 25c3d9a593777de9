"""W1.58A8 quantisers against formulas written here, the STE, the integer oracle, transformers' layers."""

from __future__ import annotations

import numpy as np
import torch

from nanofrontier.bitnet.quant import BitLinear, activation_quant, int_forward, weight_quant


def test_weight_quant_matches_absmean_reference():
    w = torch.randn(48, 40) * 0.3
    alpha = float(np.abs(w.numpy().astype(np.float64)).mean())
    expected = np.clip(np.round(w.numpy().astype(np.float64) / alpha), -1, 1)
    w_t, scale = weight_quant(w)
    assert w_t.dtype == torch.int8
    assert np.array_equal(w_t.numpy(), expected.astype(np.int8))
    assert abs(scale.item() - 1 / alpha) <= 1e-6 / alpha


def test_weight_quant_rounds_half_to_even_and_clips_to_ternary():
    # mean|W| = 1, so W * scale = W: 0.5 -> 0 and -0.5 -> 0 (half to even), 1.5 -> 2 -> clipped to 1.
    w = torch.tensor([[0.5, -0.5, 1.5, -1.5], [0.75, -0.25, 0.0, 3.0]])
    w_t, scale = weight_quant(w)
    assert scale.item() == 1.0
    assert w_t.tolist() == [[0, 0, 1, -1], [1, 0, 0, 1]]


def test_activation_quant_matches_per_token_absmax_reference():
    x = torch.randn(3, 5, 32) * 4
    x_q, scale = activation_quant(x)
    for row, q_row, s in zip(x.reshape(-1, 32), x_q.reshape(-1, 32), scale.reshape(-1), strict=True):
        ref_scale = 127 / max(abs(v) for v in row.tolist())
        assert abs(s.item() - ref_scale) <= 1e-6 * ref_scale
        ref = [min(max(round(v * s.item()), -128), 127) for v in row.tolist()]  # Python rounds half to even
        assert q_row.tolist() == ref
    assert x_q.dtype == torch.int8 and scale.shape == (3, 5, 1)


def test_activation_quant_rounds_half_to_even():
    x_q, scale = activation_quant(torch.tensor([[127.0, 0.5, 1.5, 2.5, -0.5, -127.0]]))
    assert scale.item() == 1.0
    assert x_q.tolist() == [[127, 0, 2, 2, 0, -127]]


def test_zero_tensors_use_the_epsilon_floor_instead_of_dividing_by_zero():
    w_t, w_scale = weight_quant(torch.zeros(4, 4))
    x_q, x_scale = activation_quant(torch.zeros(2, 4))
    assert w_t.abs().sum() == 0 and x_q.abs().sum() == 0
    assert torch.allclose(w_scale, torch.tensor(1e5)) and torch.allclose(x_scale, torch.full((2, 1), 127e5))


def test_bitlinear_forward_is_fake_quantised_product():
    layer = BitLinear(32, 16)
    x = torch.randn(2, 3, 32)
    w_t, w_scale = weight_quant(layer.weight)
    x_q, x_scale = activation_quant(x)
    expected = (x_q.float() / x_scale) @ (w_t.float() / w_scale).T
    assert torch.allclose(layer(x), expected, atol=1e-6)


def test_ste_gradient_passes_straight_through_both_quantisers():
    layer = BitLinear(32, 16)
    x = torch.randn(4, 32, requires_grad=True)
    g = torch.randn(4, 16)
    (layer(x) * g).sum().backward()
    w_t, w_scale = weight_quant(layer.weight)
    x_q, x_scale = activation_quant(x)
    # d/dx of x_fq @ W_fq^T with the quantisers taken as identity: g @ W_fq; d/dW: g^T @ x_fq.
    assert torch.allclose(x.grad, g @ (w_t.float() / w_scale), atol=1e-6)
    assert torch.allclose(layer.weight.grad, g.T @ (x_q.float() / x_scale), atol=1e-5)


def test_int_oracle_equals_fake_quant_forward():
    layer = BitLinear(96, 40)
    x = torch.randn(2, 7, 96) * 3
    w_t, w_scale = weight_quant(layer.weight)
    with torch.no_grad():
        assert torch.allclose(int_forward(x, w_t, w_scale), layer(x), rtol=1e-5, atol=1e-6)


def test_int_oracle_dot_products_are_exact_integers():
    x = torch.randn(3, 256)
    w_t = torch.randint(-1, 2, (8, 256), dtype=torch.int8)
    x_q, x_scale = activation_quant(x)
    y = int_forward(x, w_t, 2.0)
    exact = [[sum(a * b for a, b in zip(xr, wr, strict=True)) for wr in w_t.tolist()] for xr in x_q.tolist()]
    assert torch.equal((y * x_scale * 2.0).round().long(), torch.tensor(exact))


def test_offline_bitlinear_with_the_ternary_of_an_online_one_computes_the_same():
    online = BitLinear(32, 24)
    offline = BitLinear(32, 24, offline=True)
    w_t, weight_scale = online.ternary()
    with torch.no_grad():
        offline.weight.copy_(w_t)
        offline.weight_scale.copy_(weight_scale)
        x = torch.randn(5, 32)
        assert torch.allclose(offline(x), online(x), atol=1e-6)
    assert not offline.weight.requires_grad
    assert torch.equal(offline.ternary()[0], w_t)


def test_bitlinear_matches_transformers_autobitlinear_online_and_offline(transformers):
    from transformers.integrations.bitnet import AutoBitLinear
    ours = BitLinear(64, 32)
    ref = AutoBitLinear(64, 32, bias=False, online_quant=True)
    x = torch.randn(3, 64) * 2
    with torch.no_grad():
        ref.weight.copy_(ours.weight)
        assert torch.equal(ours(x), ref(x))
        w_t, weight_scale = ours.ternary()
        ref_off = AutoBitLinear(64, 32, bias=False, online_quant=False)
        ref_off.weight.copy_(w_t)
        ref_off.weight_scale.copy_(weight_scale)
        off = BitLinear(64, 32, offline=True)
        off.weight.copy_(w_t)
        off.weight_scale.copy_(weight_scale)
        assert torch.equal(off(x), ref_off(x))
