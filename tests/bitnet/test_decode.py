"""A decode step in one C call (decode.py, core/fused.py, kernel_layer.c): against the layer-by-layer path (four C
products and torch attention per layer) and the integer oracle, the same on every C backend, one call a token, and
safe when a tensor, a module or the cache changes under it. Prompt RoPE in C (kernel.rope_) and the prefill tile."""

from __future__ import annotations

import copy
import dataclasses

import pytest
import torch

from nanofrontier.bitnet import kernel
from nanofrontier.bitnet.infer import PackedDecoderLayer, pack_model
from nanofrontier.bitnet.model import BitNetForCausalLM, tiny
from nanofrontier.bitnet.packed import PackedBitLinear, repack, ternary_matmul
from nanofrontier.core import fused
from nanofrontier.core.cache import CacheFullError, KVCache
from nanofrontier.core.model import apply_rope, rope_cos_sin, rope_inv_freq

from .oracle import oracle_copy

pytestmark = pytest.mark.skipif(not kernel.available(), reason="no C kernel")
C_BACKENDS = sorted({kernel.active_backend(), "scalar", *(["avx2"] if kernel._has_avx2 else [])}) \
    if kernel.available() else []


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    online = BitNetForCausalLM(tiny(num_hidden_layers=3))
    with torch.no_grad():
        for name, p in online.named_parameters():
            p.copy_(1 + 0.2 * torch.randn_like(p) if "norm" in name else 0.3 * torch.randn_like(p))
    return online.eval()


def packed(model: BitNetForCausalLM, **kwargs) -> BitNetForCausalLM:
    clone = BitNetForCausalLM(model.config)
    clone.load_state_dict(model.state_dict())
    return pack_model(clone, **kwargs)


def decode_steps(model: torch.nn.Module, ids: torch.Tensor, prompt: int) -> torch.Tensor:
    cache = KVCache.for_model(model.config, batch_size=1, max_len=ids.shape[1] + 2)
    with torch.no_grad():
        steps = [model(ids[:, :prompt], cache=cache)]
        steps += [model(ids[:, t:t + 1], cache=cache) for t in range(prompt, ids.shape[1])]
    return torch.cat(steps, dim=1)


IDS = torch.randint(0, 320, (1, 14), generator=torch.Generator().manual_seed(1))


def test_one_call_decode_matches_the_layer_by_layer_path_and_the_oracle(model, monkeypatch):
    one_call = decode_steps(packed(model), IDS, 5)
    expected = decode_steps(oracle_copy(model), IDS, 5)
    with monkeypatch.context() as m:
        m.setattr(fused, "run", lambda *args: None)
        by_layer = decode_steps(packed(model), IDS, 5)
    # attention's sums run in another order in C; the products are the same integers
    torch.testing.assert_close(one_call, by_layer, rtol=2e-5, atol=2e-5)
    torch.testing.assert_close(one_call, expected, rtol=2e-5, atol=2e-5)


@pytest.mark.skipif(len(C_BACKENDS) < 2, reason="one C backend on this CPU")
def test_one_call_decode_is_bit_identical_on_every_c_backend(model):
    results = []
    for backend in C_BACKENDS:
        with kernel.use_backend(backend):
            results.append(decode_steps(packed(model), IDS, 5))
    assert all(torch.equal(results[0], r) for r in results[1:]), C_BACKENDS


def test_a_decode_step_is_one_c_call_and_no_projection_call(model, monkeypatch):
    net, calls = packed(model), []
    real_kernel, real_call = PackedDecoderLayer.c_kernel, kernel.TernaryDecode.__call__
    monkeypatch.setattr(PackedDecoderLayer, "c_kernel", dataclasses.replace(
        real_kernel, call=lambda *a: (calls.append("layers"), real_kernel.call(*a))[1]))
    monkeypatch.setattr(kernel.TernaryDecode, "__call__", lambda *a: (calls.append("projection"), real_call(*a))[1])
    cache = KVCache.for_model(net.config, batch_size=1, max_len=8)
    with torch.no_grad():
        net(IDS[:, :4], cache=cache)
        calls.clear()
        net(IDS[:, 4:5], cache=cache)
    assert calls == ["layers"]
    assert [cache.length(i) for i in range(3)] == [5, 5, 5]


def test_changed_weights_norms_and_modules_are_followed(model):
    net = packed(model)
    decode_steps(net, IDS[:, :7], 5)  # the C arguments are built and kept
    layer = net.model.layers[1]
    layer.input_layernorm.weight.data = torch.full_like(layer.input_layernorm.weight, 0.5)  # new storage
    layer.mlp.ffn_sub_norm.eps = 0.25
    layer.self_attn.o_proj.packed.data = layer.self_attn.o_proj.packed.clone().fill_(0x96)  # moved codes
    fresh = PackedBitLinear(layer.mlp.down_proj.in_features, layer.mlp.down_proj.out_features)
    fresh.packed.copy_(torch.randint(0, 255, fresh.packed.shape, dtype=torch.uint8))
    layer.mlp.down_proj = fresh  # a new module
    twin = copy.deepcopy(net)  # copies without the prepared pointers; decodes on its own tensors
    got, from_twin = decode_steps(net, IDS, 5), decode_steps(twin, IDS, 5)
    net_by_layer = copy.deepcopy(net)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(fused, "run", lambda *args: None)
        expected = decode_steps(net_by_layer, IDS, 5)
    torch.testing.assert_close(got, expected, rtol=2e-5, atol=2e-5)
    assert torch.equal(got, from_twin)


def test_a_full_cache_raises_before_anything_is_written(model):
    net = packed(model)
    cache = KVCache.for_model(net.config, batch_size=1, max_len=4)
    with torch.no_grad():
        net(IDS[:, :4], cache=cache)
        before = cache.k.clone()
        with pytest.raises(CacheFullError):
            net(IDS[:, 4:5], cache=cache)
    assert torch.equal(cache.k, before) and cache.length(0) == 4


def test_layers_on_another_cache_layout_fall_back(model):
    net = packed(model)
    cache = KVCache.for_model(net.config, batch_size=1, max_len=8, layers=[2, 1, 0])  # slots not in layer order
    with torch.no_grad():
        net(IDS[:, :4], cache=cache)
        step = net(IDS[:, 4:5], cache=cache)
    torch.testing.assert_close(step, decode_steps(net, IDS[:, :5], 4)[:, -1:], rtol=2e-5, atol=2e-5)


def test_prompt_rope_in_c_is_apply_rope_bit_for_bit():
    B, T, H, Dh = 2, 9, 4, 16
    qkv = torch.randn(B, T, (H + 4) * Dh) * 3
    q = qkv[..., :H * Dh].reshape(B, T, H, Dh)  # a strided view, as the fused projection's split gives
    positions = torch.tensor([list(range(9)), list(range(3, 12))])
    cos, sin = rope_cos_sin(positions, rope_inv_freq(tiny(hidden_size=H * Dh, num_attention_heads=H)), torch.float32)
    expected = apply_rope(q.transpose(1, 2), cos, sin)
    assert torch.equal(kernel.rope_(q, cos, sin).transpose(1, 2), expected)


@pytest.mark.parametrize("backend", C_BACKENDS)
@pytest.mark.parametrize("m", [8, 19, 128])
def test_prompt_sized_products_are_exact(backend, m):
    n, k = 45, 2 * 128 + 7  # a partial row group and a partial block
    w, x_q = torch.randint(-1, 2, (n, k), dtype=torch.int8), torch.randint(-128, 128, (m, k), dtype=torch.int8)
    x_q[0] = -128
    x_scale, w_scale = torch.rand(m) * 100 + 1, torch.rand(n) + 0.5
    exact = (x_q.long() @ w.long().T).to(torch.int32)
    with kernel.use_backend(backend):
        assert torch.equal(ternary_matmul(x_q, repack(w), n, k), exact)
        scaled = ternary_matmul(x_q, repack(w), n, k, x_scale, w_scale)
    assert torch.equal(scaled, exact.float() / (x_scale[:, None] * w_scale[None, :]))
