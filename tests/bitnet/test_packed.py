"""PackedBitLinear and PackedInt8Linear: bit-identical to `quant.int_forward` (the integer oracle) on
odd shapes with the kernel and with the torch fallback, fused projections, memory, and state dicts."""

from __future__ import annotations

import pytest
import torch

from nanofrontier.bitnet import kernel
from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear, quantize_rows_int8
from nanofrontier.bitnet.quant import BitLinear, activation_quant, int_forward, weight_quant

BACKENDS = [kernel.active_backend(), "torch"] if kernel.available() else ["torch"]  # the C one in use


def latent(n: int, k: int) -> torch.Tensor:
    return torch.randn(n, k)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("k", [1, 31, 33, 130, 2560])
def test_packed_bitlinear_equals_int_forward_bit_for_bit(backend, k):
    for n in [1, 3, 7, 6912] if backend != "torch" else [1, 3, 7]:
        w_t, w_scale = weight_quant(latent(n, k))
        layer = PackedBitLinear.from_ternary(w_t, w_scale)
        with kernel.use_backend(backend):
            for m in range(1, 6):
                x = torch.randn(m, k) * 3
                assert torch.equal(layer(x), int_forward(x, w_t, w_scale)), (n, k, m)


def test_packed_bitlinear_keeps_leading_dimensions():
    w_t, w_scale = weight_quant(latent(9, 70))
    layer = PackedBitLinear.from_ternary(w_t, w_scale)
    x = torch.randn(2, 3, 70)
    y = layer(x)
    assert y.shape == (2, 3, 9) and torch.equal(y, int_forward(x, w_t, w_scale))


def test_from_bitlinear_matches_online_and_offline_bitlinear():
    online = BitLinear(130, 11)
    x = torch.randn(4, 130)
    packed = PackedBitLinear.from_bitlinear(online)
    assert torch.equal(packed(x), int_forward(x, *weight_quant(online.weight)))
    with torch.no_grad():
        torch.testing.assert_close(packed(x), online(x), rtol=1e-5, atol=1e-5)  # fake-quant float path
    offline = BitLinear(130, 11, offline=True)
    w_t, scale = weight_quant(online.weight)
    with torch.no_grad():
        offline.weight.copy_(w_t)
        offline.weight_scale.fill_(1.0 / scale.item())
        torch.testing.assert_close(PackedBitLinear.from_bitlinear(offline)(x), offline(x), rtol=1e-5, atol=1e-5)


def test_resident_memory_is_two_bits_per_weight_and_no_float_weights():
    n, k = 6912, 2560
    layer = PackedBitLinear.from_ternary(*weight_quant(latent(n, k)))
    buffers = dict(layer.named_buffers())
    assert set(buffers) == {"packed", "weight_scale"} and not list(layer.parameters())
    assert buffers["packed"].dtype == torch.uint8 and buffers["packed"].nbytes == n * k // 4
    assert buffers["weight_scale"].nbytes == 4 * n


def test_fused_projections_split_into_the_separate_outputs():
    k = 200
    parts = [weight_quant(latent(n, k)) for n in (16, 4, 4)]
    layers = [PackedBitLinear.from_ternary(*p) for p in parts]
    fused = PackedBitLinear.fuse(layers)
    assert fused.split_sizes == (16, 4, 4)
    x = torch.randn(3, k)
    for got, (w_t, w_scale) in zip(fused(x).split(fused.split_sizes, -1), parts, strict=True):
        assert torch.equal(got, int_forward(x, w_t, w_scale))
    with pytest.raises(ValueError, match="in_features differ"):
        PackedBitLinear.fuse([layers[0], PackedBitLinear.from_ternary(*weight_quant(latent(2, 3)))])


def test_forward_quantized_shares_one_int8_input():
    k = 64
    layers = [PackedBitLinear.from_ternary(*weight_quant(latent(5, k))) for _ in range(2)]
    x = torch.randn(2, k)
    x_q, x_scale = activation_quant(x)
    for layer in layers:
        assert torch.equal(layer.forward_quantized(x_q, x_scale.reshape(-1)), layer(x))


def test_state_dict_round_trips_into_an_empty_layer():
    layer = PackedBitLinear.from_ternary(*weight_quant(latent(7, 33)))
    fresh = PackedBitLinear(33, 7)
    fresh.load_state_dict(layer.state_dict())
    x = torch.randn(2, 33)
    assert torch.equal(fresh(x), layer(x))
    assert torch.equal(fresh.ternary(), layer.ternary())


def test_empty_layer_computes_zero():
    assert torch.equal(PackedBitLinear(33, 4)(torch.randn(2, 33)), torch.zeros(2, 4))


def test_wrong_input_width_is_named():
    with pytest.raises(ValueError, match=r"expected \[\.\.\., 33\]"):
        PackedBitLinear(33, 4)(torch.randn(2, 32))


def test_quantize_rows_int8_bounds_and_reconstruction():
    w = torch.randn(50, 70)
    w[3] = 0
    q, scale = quantize_rows_int8(w)
    assert q.dtype == torch.int8 and q.abs().max() == 127 and q.min() >= -127
    assert torch.equal(q[3], torch.zeros(70, dtype=torch.int8))
    assert ((q.float() * scale[:, None] - w).abs() <= scale[:, None] / 2 + 1e-6).all()


@pytest.mark.parametrize("backend", BACKENDS)
def test_packed_int8_linear_equals_its_integer_oracle(backend):
    v, d = 3000, 130
    weight = torch.randn(v, d)
    head = PackedInt8Linear.from_float(weight)
    x = torch.randn(2, 1, d)
    with kernel.use_backend(backend):
        y = head(x)
    x_q, x_scale = activation_quant(x.reshape(2, d))
    dots = (x_q.long() @ head.weight.long().T).float()
    assert y.shape == (2, 1, v)
    assert torch.equal(y.reshape(2, v), dots * head.weight_scale / x_scale)
    torch.testing.assert_close(y, x @ weight.T, rtol=0.05, atol=0.05 * (x @ weight.T).abs().max().item())
