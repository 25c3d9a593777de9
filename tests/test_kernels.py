"""The CPU decode kernels (core/kernels.c through core/kernels.py): products, the fused layer, the roof."""

import dataclasses

import pytest
import torch

from nanofrontier.core import fused, kernels, sysinfo
from nanofrontier.core.cache import CacheFullError, KVCache
from nanofrontier.core.checkpoint import load_pretrained, save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM, DecoderLayer

pytestmark = pytest.mark.skipif(not kernels.available(), reason="needs a C compiler")
ISAS = ["scalar", "avx2"] if kernels.best_isa() == "avx2" else ["scalar"]


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("M", [1, 2, 3, 4])
@pytest.mark.parametrize("N, K", [(333, 768), (8, 100), (3, 17), (5, 1), (70000, 2)])
def test_gemv_equals_the_matrix_product(isa, dtype, M, N, K):
    torch.manual_seed(N + K + M)
    W, x = torch.randn(N, K).to(dtype), torch.randn(M, K)
    y = kernels.gemv(x, W, isa=isa)
    torch.testing.assert_close(y, x @ W.float().T, rtol=1e-5, atol=1e-4)


def test_bf16_weights_give_exactly_the_fp32_widened_result():
    W, x = torch.randn(300, 768).bfloat16(), torch.randn(1, 768)
    assert torch.equal(kernels.gemv(x, W), kernels.gemv(x, W.float()))


def test_gemv_many_equals_each_product_and_refuses_mixed_weights():
    x = torch.randn(2, 64)
    ws = [torch.randn(n, 64) for n in (64, 16, 16)]
    for y, w in zip(kernels.gemv_many(x, ws), ws, strict=True):
        torch.testing.assert_close(y, x @ w.T, rtol=1e-5, atol=1e-4)
    with pytest.raises(ValueError, match="share K and a dtype"):
        kernels.gemv_many(x, [ws[0], ws[1].bfloat16()])


def test_bad_shapes_are_refused_by_name():
    with pytest.raises(ValueError, match="does not fit"):
        kernels.gemv(torch.randn(1, 5), torch.randn(3, 4))
    with pytest.raises(ValueError, match="at most 4"):
        kernels.gemv(torch.randn(5, 4), torch.randn(3, 4))
    assert not kernels.supports(torch.randn(3, 4), torch.randn(5, 4))
    assert not kernels.supports(torch.randn(3, 4).half(), torch.randn(1, 4))


def _steps(model, ids, split):
    """Logits of ids[split:] decoded one token at a time after a prefill of ids[:split]."""
    cache = KVCache.for_model(model.config, batch_size=1, max_len=ids.shape[1])
    with torch.inference_mode():
        model(ids[:, :split], cache=cache)
        return torch.stack([model(ids[:, t:t + 1], cache=cache)[:, -1] for t in range(split, ids.shape[1])], 1)


@pytest.mark.parametrize("model_type, kv_heads", [("llama", 2), ("qwen2", 2), ("llama", 4)])
def test_the_fused_decode_layer_equals_the_layer_in_torch(model_type, kv_heads, monkeypatch):
    torch.manual_seed(0)
    config = ModelConfig.tiny(model_type=model_type, num_key_value_heads=kv_heads)
    model = CausalLM(config).eval()
    for name, p in model.named_parameters():
        if name.endswith("bias") or "norm" in name:
            torch.nn.init.normal_(p, mean=1.0 if "norm" in name else 0.0, std=0.2)
    ids = torch.randint(0, config.vocab_size, (1, 24))
    calls = []
    real = DecoderLayer.c_kernel
    monkeypatch.setattr(DecoderLayer, "c_kernel",
                        dataclasses.replace(real, call=lambda *a: calls.append(len(a[0])) or real.call(*a)))
    got = _steps(model, ids, 8)
    assert calls == [config.num_hidden_layers] * 16  # one C call a token, every layer in it
    monkeypatch.setattr(fused, "run", lambda *a: None)
    torch.testing.assert_close(got, _steps(model, ids, 8), rtol=1e-4, atol=1e-4)


def test_the_fused_layer_refuses_a_full_cache_before_writing():
    model = CausalLM(ModelConfig.tiny()).eval()
    cache = KVCache.for_model(model.config, batch_size=1, max_len=4)
    with torch.inference_mode():
        model(torch.tensor([[1, 2, 3, 4]]), cache=cache)
        with pytest.raises(CacheFullError, match="holds 4 positions"):
            model(torch.tensor([[5]]), cache=cache)


def test_a_weight_that_moved_rebuilds_the_layers_pointers():
    torch.manual_seed(0)
    model = CausalLM(ModelConfig.tiny()).eval()
    ids = torch.randint(0, 100, (1, 10))
    before = _steps(model, ids, 4)
    for p in model.parameters():  # new storage for every weight: stale pointers would read freed memory
        p.data = p.data.clone() * 2
    model.eval()
    after = _steps(model, ids, 4)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(fused, "run", lambda *a: None)
        torch.testing.assert_close(after, _steps(model, ids, 4))
    assert not torch.equal(before, after)


def test_changed_eps_and_modules_are_followed_and_subclasses_left_to_torch():
    torch.manual_seed(0)
    model = CausalLM(ModelConfig.tiny()).eval()
    ids = torch.randint(0, 100, (1, 10))
    _steps(model, ids, 4)  # the C arguments are built and kept
    layer = model.model.layers[1]
    for norm in (layer.input_layernorm, layer.post_attention_layernorm):
        norm.eps = 0.25
    down = layer.mlp.down_proj
    layer.mlp.down_proj = type(down)(down.in_features, down.out_features, bias=False)  # a new module
    got = _steps(model, ids, 4)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(fused, "run", lambda *a: None)
        torch.testing.assert_close(got, _steps(model, ids, 4), rtol=1e-4, atol=1e-4)

    class Other(DecoderLayer):  # a subclass may compute something else: kernels.c never runs it
        pass

    layer.__class__ = Other
    assert DecoderLayer.c_kernel.describe(layer) is None
    assert DecoderLayer.c_kernel.describe(model.model.layers[0]) is not None


def test_linear_dtype_bf16_keeps_projections_as_views_of_a_bf16_file(tmp_path):
    torch.manual_seed(0)
    model = CausalLM(ModelConfig.tiny(tie_word_embeddings=False)).to(torch.bfloat16)
    save_pretrained(model, tmp_path)
    ours = load_pretrained(tmp_path, linear_dtype=torch.bfloat16)
    q = ours.model.layers[0].self_attn.q_proj.weight
    assert q.dtype == torch.bfloat16 and ours.lm_head.weight.dtype == torch.bfloat16
    assert ours.model.embed_tokens.weight.dtype == torch.float32 and ours.model.norm.weight.dtype == torch.float32
    assert not q.untyped_storage().resizable()  # a view of the mapped file, not a copy
    widened = load_pretrained(tmp_path)
    ids = torch.randint(0, 100, (1, 12))
    assert torch.equal(_steps(ours, ids, 4), _steps(widened, ids, 4))


def test_the_read_roof_is_positive_and_a_spread_over_ten_percent_is_noisy():
    buffer = torch.rand(1 << 22)
    assert kernels.read_bandwidth_c(buffer, repeats=1) > 0 and sysinfo.read_bandwidth(buffer=buffer, repeats=1) > 0
    assert not sysinfo.Roof(samples=(30e9, 31e9, 32e9)).noisy
    roof = sysinfo.Roof(samples=(30e9, 40e9, 35e9))
    assert roof.noisy and roof.to_dict()["roof_noisy"] and roof.to_dict()["read_bandwidth_gb_s"] == 35.0
