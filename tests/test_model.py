import copy

import pytest
import torch
from torch import nn

from nanofrontier.core.cache import CacheFullError, KVCache
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM, Linear

ATOL = 1e-5


@pytest.fixture
def model():
    model = CausalLM(ModelConfig.tiny()).eval()
    model.reset_parameters(std=0.1)  # wider than the 0.02 default, so that mistakes show in logits
    return model


def ids_for(model, B, T, seed=1):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(1, model.config.vocab_size, (B, T), generator=g)


@torch.no_grad()
def test_forward_returns_logits_for_every_position_or_the_last_k(model):
    ids = ids_for(model, 3, 7)
    assert model(ids).shape == (3, 7, 320)
    last2 = model(ids, logits_to_keep=2)
    assert last2.shape == (3, 2, 320)
    torch.testing.assert_close(last2, model(ids)[:, -2:], atol=ATOL, rtol=0)


@torch.no_grad()
def test_batch_rows_equal_single_row_runs(model):
    ids = ids_for(model, 3, 9)
    full = model(ids)
    for b in range(3):
        torch.testing.assert_close(full[b:b + 1], model(ids[b:b + 1]), atol=ATOL, rtol=0)


@torch.no_grad()
def test_forward_is_causal(model):
    ids = ids_for(model, 1, 10)
    changed = ids.clone()
    changed[0, 6] = (changed[0, 6] + 1) % 320
    a, b = model(ids), model(changed)
    torch.testing.assert_close(a[:, :6], b[:, :6], atol=ATOL, rtol=0)
    assert (a[:, 6:] - b[:, 6:]).abs().max() > 1e-3


@torch.no_grad()
def test_kv_cache_decode_one_at_a_time_matches_full_forward(model):
    ids = ids_for(model, 2, 12)
    full = model(ids)
    cache = KVCache.for_model(model.config, batch_size=2, max_len=16)
    steps = [model(ids[:, :5], cache=cache)]
    for t in range(5, 12):
        steps.append(model(ids[:, t:t + 1], cache=cache))
    assert cache.length() == 12
    torch.testing.assert_close(torch.cat(steps, dim=1), full, atol=ATOL, rtol=0)


@torch.no_grad()
def test_kv_cache_chunked_prefill_matches_full_forward(model):
    ids = ids_for(model, 2, 12)
    full = model(ids)
    cache = KVCache.for_model(model.config, batch_size=2, max_len=12)
    chunks = [model(ids[:, a:b], cache=cache) for a, b in ((0, 4), (4, 9), (9, 12))]
    torch.testing.assert_close(torch.cat(chunks, dim=1), full, atol=ATOL, rtol=0)


@torch.no_grad()
def test_kv_cache_truncate_rewinds_to_an_earlier_prefix(model):
    ids, other = ids_for(model, 1, 10), ids_for(model, 1, 10, seed=2)
    cache = KVCache.for_model(model.config, batch_size=1, max_len=10)
    model(ids[:, :8], cache=cache)
    cache.truncate(5)
    assert [cache.length(i) for i in range(2)] == [5, 5]
    resumed = model(other[:, 5:10], cache=cache)
    want = model(torch.cat([ids[:, :5], other[:, 5:10]], dim=1))[:, 5:]
    torch.testing.assert_close(resumed, want, atol=ATOL, rtol=0)
    cache.reset()
    assert cache.length() == 0
    torch.testing.assert_close(model(other, cache=cache), model(other), atol=ATOL, rtol=0)
    with pytest.raises(ValueError, match="to 11"):
        cache.truncate(11)


@torch.no_grad()
def test_kv_cache_overflow_raises_cache_full_error(model):
    ids = ids_for(model, 1, 6)
    cache = KVCache.for_model(model.config, batch_size=1, max_len=5)
    with pytest.raises(CacheFullError, match="holds 5 positions; cannot append 6 after 0"):
        model(ids, cache=cache)
    cache.reset()
    model(ids[:, :4], cache=cache)
    model(ids[:, 4:5], cache=cache)
    with pytest.raises(CacheFullError, match="cannot append 1 after 5"):
        model(ids[:, 5:6], cache=cache)


@torch.no_grad()
def test_integer_valued_float_positions_equal_int_positions(model):
    ids = ids_for(model, 2, 6)
    ints = torch.tensor([[0, 1, 2, 5, 6, 9], [0, 2, 3, 4, 8, 9]])
    by_int = model(ids, positions=ints)
    torch.testing.assert_close(model(ids, positions=ints.double()), by_int, atol=0, rtol=0)
    torch.testing.assert_close(model(ids, positions=ints.float()), by_int, atol=0, rtol=0)
    assert (by_int - model(ids)).abs().max() > 1e-4  # the gaps in positions are really used


@torch.no_grad()
def test_fractional_positions_are_accepted_and_interpolate_rotary_angles(model):
    ids = ids_for(model, 1, 6)
    frac = torch.tensor([[0.0, 1.0, 1.5, 2.0, 2.25, 3.0]])
    out = model(ids, positions=frac)
    assert out.shape == (1, 6, 320) and torch.isfinite(out).all()
    rounded = model(ids, positions=torch.tensor([[0, 1, 2, 2, 2, 3]]))
    assert (out - rounded).abs().max() > 1e-4


@torch.no_grad()
def test_inputs_embeds_path_equals_input_ids_path(model):
    ids = ids_for(model, 2, 5)
    torch.testing.assert_close(model(inputs_embeds=model.embed(ids)), model(ids), atol=0, rtol=0)
    with pytest.raises(ValueError, match="exactly one of input_ids and inputs_embeds"):
        model(ids, inputs_embeds=model.embed(ids))
    with pytest.raises(ValueError, match="exactly one"):
        model()


@torch.no_grad()
def test_forward_layers_over_split_ranges_equals_full_forward(model):
    ids = ids_for(model, 2, 7)
    pos = torch.arange(7).expand(2, 7)
    h = model.forward_layers(model.embed(ids), 0, 1, positions=pos)
    h = model.forward_layers(h, 1, 2, positions=pos)
    torch.testing.assert_close(model.head(h), model(ids), atol=ATOL, rtol=0)
    h0 = model.embed(ids)
    assert model.forward_layers(h0, 1, 1, positions=pos) is h0


@torch.no_grad()
def test_forward_layers_with_per_stage_layer_subset_caches_matches_full_model(model):
    ids = ids_for(model, 1, 9)
    full = model(ids)
    stage0 = KVCache.for_model(model.config, batch_size=1, max_len=9, layers=range(0, 1))
    stage1 = KVCache(batch_size=1, max_len=9, num_kv_heads=2, head_dim=16, layers=range(1, 2))
    outs = []
    for a, b in ((0, 6), (6, 7), (7, 8), (8, 9)):
        pos = torch.arange(a, b)[None]
        h = model.forward_layers(model.embed(ids[:, a:b]), 0, 1, positions=pos, cache=stage0)
        h = model.forward_layers(h, 1, 2, positions=pos, cache=stage1)
        outs.append(model.head(h))
    torch.testing.assert_close(torch.cat(outs, dim=1), full, atol=ATOL, rtol=0)
    assert stage1.length(1) == 9 and stage0.length(0) == 9
    with pytest.raises(KeyError, match=r"holds layers \[1\], not layer 0"):
        stage1.length(0)
    with pytest.raises(KeyError, match="not layer 0"):
        model.forward_layers(model.embed(ids[:, :1]), 0, 1, positions=torch.zeros(1, 1), cache=stage1)


@torch.no_grad()
def test_kv_cache_keeps_a_fill_level_per_layer(model):
    ids = ids_for(model, 1, 4)
    cache = KVCache.for_model(model.config, batch_size=1, max_len=8)
    model.forward_layers(model.embed(ids), 0, 1, positions=torch.arange(4)[None], cache=cache)
    assert (cache.length(0), cache.length(1)) == (4, 0)
    cache.truncate(6)  # truncating past the fill level does not grow a layer
    assert (cache.length(0), cache.length(1)) == (4, 0)
    cache.truncate(2)
    assert (cache.length(0), cache.length(1)) == (2, 0)


@torch.no_grad()
def test_left_padded_batch_gives_the_unpadded_last_token_logits(model):
    long, short = ids_for(model, 1, 9)[0], ids_for(model, 1, 5, seed=3)[0]
    ids = torch.stack([long, torch.cat([torch.full((4,), 7), short])])
    mask = torch.tensor([[1] * 9, [0] * 4 + [1] * 5])
    out = model(ids, attention_mask=mask)
    torch.testing.assert_close(out[1, 4:], model(short[None])[0], atol=ATOL, rtol=0)
    torch.testing.assert_close(out[0], model(long[None])[0], atol=ATOL, rtol=0)
    assert torch.isfinite(out).all()  # padding queries see themselves, no NaN
    # decode one more token for both rows with the cache and the extended mask
    cache = KVCache.for_model(model.config, batch_size=2, max_len=10)
    model(ids, attention_mask=mask, cache=cache)
    nxt = torch.tensor([[11], [12]])
    step = model(nxt, cache=cache, attention_mask=torch.cat([mask, torch.ones(2, 1, dtype=torch.long)], 1))
    torch.testing.assert_close(step[1, -1], model(torch.cat([short, nxt[1]])[None])[0, -1], atol=ATOL, rtol=0)
    torch.testing.assert_close(step[0, -1], model(torch.cat([long, nxt[0]])[None])[0, -1], atol=ATOL, rtol=0)


def test_attention_mask_of_the_wrong_length_is_rejected(model):
    ids = ids_for(model, 1, 4)
    with pytest.raises(ValueError, match=r"attention_mask covers 3 positions, expected 4"):
        model(ids, attention_mask=torch.ones(1, 3), positions=torch.arange(4)[None])


class MarkedLinear(nn.Linear):
    pass


def test_linear_factory_builds_every_projection_but_not_embeddings_or_lm_head():
    calls = []

    def factory(i, o, bias):
        calls.append((i, o, bias))
        return MarkedLinear(i, o, bias=bias)

    cfg = ModelConfig.tiny(model_type="qwen2")
    model = CausalLM(cfg, linear=factory)
    per_layer = [(64, 64, True), (64, 32, True), (64, 32, True), (64, 64, False),
                 (64, 128, False), (64, 128, False), (128, 64, False)]
    assert calls == per_layer * 2
    projections = {n for n, m in model.named_modules() if n.endswith("_proj")}
    assert len(projections) == 14
    for name, module in model.named_modules():
        assert isinstance(module, MarkedLinear) == (name in projections), name
    assert type(model.lm_head) is Linear  # the dense core Linear, not the factory's
    assert type(model.model.embed_tokens) is nn.Embedding


@torch.no_grad()
def test_deepcopy_gives_an_independent_equal_model(model):
    ids = ids_for(model, 1, 5)
    twin = copy.deepcopy(model)
    torch.testing.assert_close(twin(ids), model(ids), atol=0, rtol=0)
    twin.model.layers[0].mlp.up_proj.weight.add_(1.0)
    assert not torch.equal(twin(ids), model(ids))
    assert twin.inv_freq.data_ptr() != model.inv_freq.data_ptr()


@torch.no_grad()
def test_tied_embeddings_share_storage_and_survive_deepcopy():
    model = CausalLM(ModelConfig.tiny(tie_word_embeddings=True)).eval()
    for m in (model, copy.deepcopy(model)):
        assert m.lm_head.weight is m.model.embed_tokens.weight
        assert m.lm_head.weight.data_ptr() == m.model.embed_tokens.weight.data_ptr()
    ids = ids_for(model, 1, 4)
    before = model(ids)
    model.model.embed_tokens.weight[5].add_(1.0)  # token 5 is not in the input: only the head changes
    assert 5 not in ids.tolist()[0]
    after = model(ids)
    assert (after[..., 5] - before[..., 5]).abs().max() > 1e-3
    torch.testing.assert_close(after[..., :5], before[..., :5], atol=0, rtol=0)
    untied = CausalLM(ModelConfig.tiny())
    assert untied.lm_head.weight.data_ptr() != untied.model.embed_tokens.weight.data_ptr()


@pytest.mark.parametrize(("start", "end"), [(1, 0), (0, 3), (-1, 1)])
def test_forward_layers_rejects_a_bad_layer_range(model, start, end):
    h = model.embed(ids_for(model, 1, 3))
    with pytest.raises(ValueError, match=rf"layer range \[{start}, {end}\) is outside \[0, 2\)"):
        model.forward_layers(h, start, end, positions=torch.arange(3)[None])


def test_forward_layers_rejects_positions_of_the_wrong_shape(model):
    h = model.embed(ids_for(model, 2, 3))
    with pytest.raises(ValueError, match=r"positions has shape \[1, 3\], expected \[2, 3\]"):
        model.forward_layers(h, 0, 2, positions=torch.arange(3)[None])
    with pytest.raises(ValueError, match=r"positions has shape \[2, 4\]"):
        model(ids_for(model, 2, 3), positions=torch.arange(4).expand(2, 4))


@pytest.mark.parametrize("rows", [1, 3, 4, 5])
@pytest.mark.parametrize("out_features", [64, 66])
def test_core_linear_decode_path_equals_f_linear(rows, out_features):
    layer = Linear(48, out_features, bias=True)
    x = torch.randn(1, rows, 48)
    with torch.no_grad():
        got = layer(x)
    expected = torch.nn.functional.linear(x, layer.weight, layer.bias)
    assert got.shape == expected.shape
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)


def test_core_linear_keeps_gradients_when_training():
    layer = Linear(16, 8, bias=False)
    layer(torch.randn(1, 1, 16)).sum().backward()
    assert layer.weight.grad is not None and layer.weight.grad.abs().sum() > 0
