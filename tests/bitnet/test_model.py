"""The BitNet decoder: config keys, the 2B4T shape, parity with transformers, core's four seams."""

from __future__ import annotations

import json

import pytest
import torch

from nanofrontier.bitnet.formats import load_bitnet
from nanofrontier.bitnet.model import BitNetConfig, BitNetForCausalLM, b158_2b4t, tiny
from nanofrontier.bitnet.quant import BitLinear
from nanofrontier.core.cache import KVCache
from nanofrontier.core.config import ConfigError
from nanofrontier.core.model import Linear
from nanofrontier.core.sample import SampleConfig, generate

IDS = torch.tensor([[1, 17, 250, 3, 99, 42, 7, 180], [5, 6, 7, 8, 9, 10, 11, 12]])


def test_config_round_trips_through_hf_keys():
    config = tiny()
    d = config.to_dict()
    assert d["model_type"] == "bitnet" and d["hidden_act"] == "relu2"
    assert d["architectures"] == ["BitNetForCausalLM"]
    assert d["quantization_config"] == {"quant_method": "bitnet", "linear_class": "autobitlinear",
                                        "quantization_mode": "online"}
    assert d["rope_parameters"]["rope_theta"] == 500000.0
    assert BitNetConfig.from_dict(json.loads(json.dumps(d))) == config


def test_config_reads_fields_of_its_model_config_and_replaces_both_kinds():
    config = tiny().replace(num_hidden_layers=3, quantization_config=None)
    assert config.num_hidden_layers == 3 and config.head_dim == 16 and config.mode == "dense"
    assert config.hidden_act == "relu2"


@pytest.mark.parametrize("bad", [
    {"hidden_act": "silu"},
    {"quantization_config": {"quant_method": "bitnet", "linear_class": "fancylinear"}},
    {"quantization_config": {"quant_method": "bitnet", "quantization_mode": "sometimes"}},
    {"quantization_config": {"quant_method": "bitnet", "use_rms_norm": True}},
    {"model_type": "llama"},
])
def test_config_rejects_what_the_model_does_not_implement(bad):
    with pytest.raises(ConfigError):
        BitNetConfig.from_dict({**tiny().to_dict(), **bad})


def test_2b4t_preset_has_the_released_shape_and_parameter_count():
    config = b158_2b4t()
    assert (config.hidden_size, config.num_hidden_layers, config.intermediate_size) == (2560, 30, 6912)
    assert (config.num_attention_heads, config.num_key_value_heads, config.head_dim) == (20, 5, 128)
    assert config.vocab_size == 128256 and config.tie_word_embeddings and config.mode == "offline"
    assert config.num_parameters() == 2_412_820_480  # the model card's count
    with torch.device("meta"):
        model = BitNetForCausalLM(config)
    unique = {id(p): p.numel() for p in model.parameters()}
    assert sum(unique.values()) == 2_412_820_480
    assert len(model.bitlinears()) == 30 * 7


def test_parameter_names_and_shapes_are_transformers(hf_bitnet):
    ours = {k: tuple(v.shape) for k, v in BitNetForCausalLM(tiny(vocab_size=300)).state_dict().items()}
    theirs = {k: tuple(v.shape) for k, v in hf_bitnet().state_dict().items()}
    assert ours == theirs
    assert "model.layers.1.self_attn.attn_sub_norm.weight" in ours
    assert ours["model.layers.0.mlp.ffn_sub_norm.weight"] == (128,)


def test_projections_are_bitlinear_and_the_head_is_tied_and_dense():
    model = BitNetForCausalLM(tiny())
    assert len(model.bitlinears()) == 14
    assert type(model.lm_head) is Linear and model.lm_head.weight is model.model.embed_tokens.weight
    dense = BitNetForCausalLM(tiny(quantization_config=None))
    assert not dense.bitlinears() and not any(isinstance(m, BitLinear) for m in dense.modules())


def test_logits_match_transformers_on_the_master_layout(hf_bitnet, write_master, load_hf, tmp_path):
    directory = write_master(hf_bitnet(), tmp_path / "master")
    ours = load_bitnet(directory)
    assert all(not layer.offline for layer in ours.bitlinears().values())
    with torch.no_grad():
        expected = load_hf(directory)(IDS).logits
        got = ours(IDS)
    assert torch.allclose(got, expected, atol=1e-4), (got - expected).abs().max()


def test_dense_bitnet_without_quantization_config_matches_transformers(hf_bitnet, tmp_path):
    hf = hf_bitnet()
    hf.save_pretrained(tmp_path / "dense")
    ours = load_bitnet(tmp_path / "dense")
    assert ours.config.mode == "dense"
    with torch.no_grad():
        assert torch.allclose(ours(IDS), hf(IDS).logits, atol=1e-4)


def test_greedy_generate_matches_transformers(hf_bitnet, write_master, load_hf, tmp_path):
    directory = write_master(hf_bitnet(), tmp_path / "master")
    prompt = [1, 17, 250, 3, 99]
    hf = load_hf(directory)
    with torch.no_grad():
        expected = hf.generate(torch.tensor([prompt]), max_new_tokens=12, do_sample=False)[0, len(prompt):]
    got = generate(load_bitnet(directory), [prompt], SampleConfig(max_new_tokens=12, temperature=0))
    assert got == [expected.tolist()]


def test_forward_layers_over_two_ranges_equals_the_full_forward():
    model = BitNetForCausalLM(tiny()).eval()
    positions = torch.arange(IDS.shape[1]).expand_as(IDS)
    with torch.no_grad():
        h = model.forward_layers(model.embed(IDS), 0, 1, positions=positions)
        h = model.forward_layers(h, 1, 2, positions=positions)
        assert torch.equal(model.head(h), model(IDS))


def test_inputs_embeds_and_explicit_positions_equal_ids_with_default_positions():
    model = BitNetForCausalLM(tiny()).eval()
    with torch.no_grad():
        expected = model(IDS)
        assert torch.equal(model(inputs_embeds=model.embed(IDS)), expected)
        assert torch.equal(model(IDS, positions=torch.arange(8).expand(2, 8)), expected)
        assert not torch.allclose(model(IDS, positions=torch.arange(8).expand(2, 8) + 3), expected)


def test_kv_cache_decode_matches_full_forward():
    model = BitNetForCausalLM(tiny()).eval()
    cache = KVCache.for_model(model.config, batch_size=2, max_len=16)
    with torch.no_grad():
        full = model(IDS)
        steps = [model(IDS[:, :5], cache=cache)]
        steps += [model(IDS[:, t:t + 1], cache=cache) for t in range(5, 8)]
    assert torch.allclose(torch.cat(steps, dim=1), full, atol=1e-5)


def test_online_model_trains_its_latent_weights():
    model = BitNetForCausalLM(tiny())
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    losses = []
    for _ in range(4):
        logits = model(IDS[:, :-1])
        loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1), IDS[:, 1:].flatten())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0] - 0.1
    assert model.model.layers[0].mlp.down_proj.weight.grad.abs().sum() > 0


def test_offline_model_initialises_ternary_projections():
    model = BitNetForCausalLM(tiny(quantization_config={"quant_method": "bitnet", "linear_class": "autobitlinear",
                                                        "quantization_mode": "offline"}))
    q = model.model.layers[0].self_attn.q_proj
    assert q.offline and set(q.weight.unique().tolist()) <= {-1.0, 0.0, 1.0}
    assert 0 < q.weight_scale.item() < 1
