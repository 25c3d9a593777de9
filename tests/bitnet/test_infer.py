"""pack_model: the packed, fused model against the offline (fake-quant) model it came from, and against
the integer oracle (`quant.int_forward` in every projection) bit for bit, with the C kernel and torch."""

from __future__ import annotations

import pytest
import torch

from nanofrontier.bitnet import kernel
from nanofrontier.bitnet.formats import load_bitnet, save_packed
from nanofrontier.bitnet.infer import (
    PackedAttention,
    PackedDecoderLayer,
    PackedMLP,
    decode_weight_bytes,
    empty_packed_model,
    pack_model,
    resident_bytes,
)
from nanofrontier.bitnet.model import BitNetForCausalLM, tiny
from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear
from nanofrontier.bitnet.quant import BitLinear
from nanofrontier.core.cache import KVCache
from nanofrontier.core.sample import SampleConfig, generate

from .oracle import oracle_copy

BACKENDS = [kernel.active_backend(), "torch"] if kernel.available() else ["torch"]


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    """A randomised online tiny model, converted to the offline ternary layout through save/load."""
    torch.manual_seed(0)
    online = BitNetForCausalLM(tiny())
    with torch.no_grad():
        for name, p in online.named_parameters():
            p.copy_(1 + 0.2 * torch.randn_like(p) if "norm" in name else 0.3 * torch.randn_like(p))
    directory = tmp_path_factory.mktemp("packed")
    save_packed(online, directory, dtype=torch.float32)
    model = load_bitnet(directory).eval()
    assert all(layer.offline for layer in model.bitlinears().values())
    return model


def packed_copy(model: BitNetForCausalLM, **kwargs) -> BitNetForCausalLM:
    clone = BitNetForCausalLM(model.config)
    clone.load_state_dict(model.state_dict())
    return pack_model(clone, **kwargs)


def stage_copy(model: BitNetForCausalLM) -> BitNetForCausalLM:
    """Packed attention and MLP inside the original layers, as prima's stages hold them: the input
    norms and residual adds stay torch ops (only the sub-norms join the kernel calls)."""
    clone = BitNetForCausalLM(model.config)
    clone.load_state_dict(model.state_dict())
    for layer in clone.model.layers:
        layer.self_attn = PackedAttention.from_attention(layer.self_attn, model.config)
        layer.mlp = PackedMLP.from_mlp(layer.mlp, model.config)
    return clone.eval()


@pytest.mark.parametrize("backend", BACKENDS)
def test_packed_logits_equal_integer_oracle_and_offline_model(offline, backend):
    ids = torch.randint(0, offline.config.vocab_size, (2, 9), generator=torch.Generator().manual_seed(1))
    with torch.no_grad(), kernel.use_backend(backend):
        expected = oracle_copy(offline)(ids)
        for packed in (packed_copy(offline), stage_copy(offline)):
            got = packed(ids)
            if backend == "torch":  # norms, gating, residuals as torch ops, same integers: bit for bit
                assert torch.equal(got, expected)
            else:  # norms inside the C call: their scale may differ by an ulp (docs/bitnet.md)
                torch.testing.assert_close(got, expected, rtol=2e-5, atol=2e-5)
            torch.testing.assert_close(got, offline(ids), rtol=1e-4, atol=1e-4)  # fake quant: float rounding


@pytest.mark.parametrize("backend", BACKENDS)
def test_decode_step_restores_thread_count_and_matches_the_oracle(offline, backend):
    fused, oracle = packed_copy(offline), oracle_copy(offline)
    ids = torch.randint(0, offline.config.vocab_size, (1, 7), generator=torch.Generator().manual_seed(4))
    caches = [KVCache.for_model(offline.config, batch_size=1, max_len=8) for _ in range(2)]
    threads = torch.get_num_threads()
    with torch.no_grad(), kernel.use_backend(backend):
        steps = [[model(ids[:, :6], cache=cache), model(ids[:, 6:], cache=cache)]  # prompt, one decode step
                 for model, cache in zip((fused, oracle), caches, strict=True)]
    assert torch.get_num_threads() == threads  # one-thread attention at decode is scoped
    for got, expected in zip(*steps, strict=True):
        torch.testing.assert_close(got, expected, rtol=2e-5, atol=2e-5)


def test_packed_model_has_fused_layers_and_no_latent_weights(offline):
    packed = packed_copy(offline)
    layer = packed.model.layers[0]
    assert isinstance(layer, PackedDecoderLayer)
    assert isinstance(layer.self_attn, PackedAttention) and isinstance(layer.mlp, PackedMLP)
    assert packed.state_dict().keys() == {k: v for k, v in offline.state_dict().items()
                                          if "proj" not in k}.keys() | {k for k in packed.state_dict() if "proj" in k}
    assert layer.self_attn.qkv_proj.split_sizes == (64, 32, 32) and layer.mlp.gate_up_proj.split_sizes == (128, 128)
    assert not any(isinstance(m, BitLinear) for m in packed.modules())
    projections = offline.bitlinears().values()
    fp32_bytes = sum(layer.weight.nbytes for layer in projections)
    # 2 bits per weight (K padded to 128 columns, N to 4 rows) and a 4-byte scale per output row
    packed_bytes = sum(-(-p.out_features // 4) * -(-p.in_features // 128) * 32 * 4 + 4 * p.out_features
                       for p in packed.modules() if isinstance(p, PackedBitLinear))
    norm_bytes = sum(t.nbytes for n, t in packed.named_parameters() if "norm" in n)
    embedding_bytes = packed.model.embed_tokens.weight.nbytes  # the tied head shares it
    assert resident_bytes(packed) == embedding_bytes + norm_bytes + packed_bytes + packed.inv_freq.nbytes
    assert packed_bytes < fp32_bytes / 6


@pytest.mark.parametrize("backend", BACKENDS)
def test_greedy_generate_tokens_equal_offline_model(offline, backend):
    packed = packed_copy(offline)
    cfg = SampleConfig(max_new_tokens=12, temperature=0)
    prompts = [[1, 5, 9, 33], [1, 7]]
    with kernel.use_backend(backend):
        assert generate(packed, prompts, cfg) == generate(offline, prompts, cfg)


def test_kv_cache_decode_matches_full_forward(offline):
    packed = packed_copy(offline)
    ids = torch.randint(0, offline.config.vocab_size, (1, 10), generator=torch.Generator().manual_seed(2))
    cache = KVCache.for_model(packed.config, batch_size=1, max_len=16)
    with torch.no_grad():
        full = packed(ids)
        steps = [packed(ids[:, :6], cache=cache)]
        steps += [packed(ids[:, t:t + 1], cache=cache) for t in range(6, 10)]
    torch.testing.assert_close(torch.cat(steps, dim=1), full, rtol=1e-4, atol=1e-4)


def test_int8_head_is_close_to_dense_head_and_smaller(offline):
    dense, int8 = packed_copy(offline), packed_copy(offline, int8_head=True)
    assert isinstance(int8.lm_head, PackedInt8Linear)
    ids = torch.randint(0, offline.config.vocab_size, (1, 8), generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        a, b = dense(ids), int8(ids)
    assert (a - b).abs().max() < 0.05 * a.abs().max()
    assert decode_weight_bytes(int8) > decode_weight_bytes(dense)  # the head joins the int8 stream


def test_empty_packed_model_runs_with_half_embedding_and_no_float_weights():
    config = tiny(num_hidden_layers=3)
    model = empty_packed_model(config, int8_head=True, embed_dtype=torch.bfloat16)
    assert not any(t.is_meta for t in [*model.parameters(), *model.buffers()])
    assert next(model.parameters()).dtype == torch.float32  # generate's cache dtype
    out = generate(model, [[1, 2, 3]], SampleConfig(max_new_tokens=3, temperature=0))
    assert len(out[0]) == 3
    floats = [t for t in [*model.parameters(), *model.buffers()] if t.dtype == torch.float32]
    assert all(t.dim() == 1 for t in floats)  # norms, scales, RoPE frequencies: no float matrices
