import copy
import dataclasses
import json

import pytest
import torch
from safetensors.torch import load_file, save_file

from nanofrontier.core.checkpoint import (
    INDEX_FILE,
    SINGLE_FILE,
    CheckpointError,
    WeightIndex,
    load_pretrained,
    save_pretrained,
)
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.safetensors_io import CorruptCheckpointError, SafetensorsFile

PROMPT = torch.tensor([[5, 17, 101, 42, 7, 250, 3, 64, 9, 199, 2, 77]])


def hf_logits(hf, ids):
    with torch.no_grad():
        return hf(ids).logits


@pytest.fixture
def tiny_dir(tmp_path):
    model = CausalLM(ModelConfig.tiny(tie_word_embeddings=True, model_type="qwen2"))
    model.reset_parameters(std=0.1)
    return model, save_pretrained(model, tmp_path / "tiny")


def assert_same_state(a, b):
    sa, sb = a.state_dict(), b.state_dict()
    assert sa.keys() == sb.keys()
    for name in sa:
        assert sa[name].dtype == sb[name].dtype, name
        assert torch.equal(sa[name], sb[name]), name


# -- parity with transformers -------------------------------------------------------------------
@pytest.mark.parity
@pytest.mark.parametrize("kind", ["llama", "qwen2"])
def test_loaded_hf_checkpoint_logits_and_greedy_tokens_match_transformers(kind, make_hf):
    hf, directory = make_hf(kind)
    model = load_pretrained(directory)
    with torch.no_grad():
        ours = model(PROMPT)
    assert (ours - hf_logits(hf, PROMPT)).abs().max() < 1e-4
    want = hf.generate(PROMPT, attention_mask=torch.ones_like(PROMPT), max_new_tokens=20,
                       do_sample=False)[0, PROMPT.shape[1]:]
    ids = PROMPT
    with torch.no_grad():
        for _ in range(20):  # naive greedy: recompute everything, no cache
            ids = torch.cat([ids, model(ids)[:, -1].argmax(-1, keepdim=True)], dim=1)
    assert ids[0, PROMPT.shape[1]:].tolist() == want.tolist()
    assert len(set(want.tolist())) > 1  # not a degenerate repeat that any model would match


@pytest.mark.parity
def test_llama3_rope_scaling_logits_match_transformers(make_hf):
    scaling = {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
               "original_max_position_embeddings": 64}  # head_dim 16: wavelengths in all three bands
    hf, directory = make_hf("llama", rope_parameters={**scaling, "rope_theta": 500000.0})
    model = load_pretrained(directory)
    assert model.config.rope_scaling == scaling
    ids = torch.randint(1, 300, (1, 80))
    with torch.no_grad():
        assert (model(ids) - hf_logits(hf, ids)).abs().max() < 1e-4
    unscaled = CausalLM(ModelConfig.from_dict({**model.config.to_dict(), "rope_parameters": None,
                                               "rope_scaling": None}))
    assert not torch.allclose(unscaled.inv_freq, model.inv_freq)


@pytest.mark.parity
@pytest.mark.parametrize(("kind", "overrides"), [
    ("llama", dict(attention_bias=True, mlp_bias=True)),
    ("llama", dict(head_dim=32, tie_word_embeddings=True)),  # q width 128 != hidden 64
    ("llama", dict(rope_parameters={"rope_type": "linear", "factor": 4.0, "rope_theta": 1e4})),
    ("qwen2", dict(tie_word_embeddings=False, rms_norm_eps=1e-5)),
])
def test_config_variants_load_with_logits_matching_transformers(kind, overrides, make_hf):
    hf, directory = make_hf(kind, **overrides)
    model = load_pretrained(directory)
    with torch.no_grad():
        assert (model(PROMPT) - hf_logits(hf, PROMPT)).abs().max() < 1e-4


@pytest.mark.parity
@pytest.mark.parametrize("kind", ["llama", "qwen2"])
def test_our_save_loads_into_transformers_with_no_missing_or_unexpected_keys(kind, make_hf, tmp_path):
    transformers = pytest.importorskip("transformers")
    _, directory = make_hf(kind)
    model = load_pretrained(directory)
    out = save_pretrained(model, tmp_path / "ours")
    hf, info = transformers.AutoModelForCausalLM.from_pretrained(out, output_loading_info=True)
    assert type(hf).__name__ == {"llama": "LlamaForCausalLM", "qwen2": "Qwen2ForCausalLM"}[kind]
    assert not info["missing_keys"] and not info["unexpected_keys"] and not info["mismatched_keys"]
    hf.eval()
    with torch.no_grad():
        assert (model(PROMPT) - hf_logits(hf, PROMPT)).abs().max() < 1e-4


@pytest.mark.parity
def test_sharded_save_loads_into_transformers(hf_llama_dir, tmp_path):
    transformers = pytest.importorskip("transformers")
    _, directory = hf_llama_dir
    model = load_pretrained(directory)
    out = save_pretrained(model, tmp_path / "sharded", max_shard_bytes=40_000)
    hf, info = transformers.AutoModelForCausalLM.from_pretrained(out, output_loading_info=True)
    assert not info["missing_keys"] and not info["unexpected_keys"]
    with torch.no_grad():
        assert (model(PROMPT) - hf_logits(hf.eval(), PROMPT)).abs().max() < 1e-4


# -- our own round trips ------------------------------------------------------------------------
def test_save_load_round_trip_is_bit_exact(tiny_dir):
    model, directory = tiny_dir
    loaded = load_pretrained(directory)
    assert loaded.config == dataclasses.replace(model.config, torch_dtype="float32")
    assert_same_state(loaded, model)
    assert loaded.lm_head.weight is loaded.model.embed_tokens.weight
    assert not loaded.training
    assert torch.equal(loaded.inv_freq, model.inv_freq)
    with torch.no_grad():
        assert torch.equal(loaded(PROMPT), model(PROMPT))


def test_untied_save_writes_lm_head_and_tied_save_omits_it(tmp_path):
    untied = save_pretrained(CausalLM(ModelConfig.tiny()), tmp_path / "untied")
    tied = save_pretrained(CausalLM(ModelConfig.tiny(tie_word_embeddings=True)), tmp_path / "tied")
    assert "lm_head.weight" in SafetensorsFile(untied / SINGLE_FILE)
    assert "lm_head.weight" not in SafetensorsFile(tied / SINGLE_FILE)
    assert json.loads((tied / "config.json").read_text())["dtype"] == "float32"


def test_sharded_save_writes_index_and_shards_and_loads_bit_exact(tmp_path):
    model = CausalLM(ModelConfig.tiny())
    limit = 40_000
    out = save_pretrained(model, tmp_path / "m", max_shard_bytes=limit)
    index = json.loads((out / INDEX_FILE).read_text())
    shards = sorted(p.name for p in out.glob("*.safetensors"))
    assert not (out / SINGLE_FILE).exists()
    assert len(shards) > 2
    assert shards == sorted(set(index["weight_map"].values()))
    assert shards[0] == f"model-00001-of-{len(shards):05d}.safetensors"
    assert set(index["weight_map"]) == set(model.state_dict())
    assert index["metadata"]["total_size"] == sum(t.nbytes for t in model.state_dict().values())
    for shard in shards:
        f = SafetensorsFile(out / shard)
        sizes = [f.dtype(n).itemsize * torch.Size(f.shape(n)).numel() for n in f.keys()]
        assert sum(sizes) <= limit or len(sizes) == 1, shard
        assert all(index["weight_map"][n] == shard for n in f.keys())
    assert_same_state(load_pretrained(out), model)
    # saving again unsharded into the same directory removes the index
    save_pretrained(model, out)
    assert (out / SINGLE_FILE).exists() and not (out / INDEX_FILE).exists()


def test_loaded_fp32_weights_are_zero_copy_views_of_the_file(tiny_dir):
    _, directory = tiny_dir
    model = load_pretrained(directory)
    f = SafetensorsFile(directory / SINGLE_FILE)
    params = dict(model.named_parameters())
    # Every parameter sits at the same distance from its byte offset in the file: one mapping.
    bases = {params[name].data_ptr() - f.byte_range(name)[0] for name in f.keys()}
    assert len(bases) == 1
    assert len(f.keys()) > 10


def test_in_place_edits_of_loaded_weights_stay_private_to_the_process(tiny_dir):
    model, directory = tiny_dir
    loaded = load_pretrained(directory)
    with torch.no_grad():
        loaded.model.layers[0].mlp.up_proj.weight.add_(1.0)  # fine-tuning a zero-copy model
    assert_same_state(load_pretrained(directory), model)  # the file is untouched


def test_saving_into_the_directory_a_model_was_loaded_from(tiny_dir):
    model, directory = tiny_dir
    loaded = load_pretrained(directory)
    with torch.no_grad():
        loaded.model.norm.weight.mul_(2.0)
        want = loaded(PROMPT)
    save_pretrained(loaded, directory)  # overwrites the file that `loaded` maps
    with torch.no_grad():
        assert torch.equal(loaded(PROMPT), want)
        assert torch.equal(load_pretrained(directory)(PROMPT), want)


def test_deepcopy_of_a_loaded_model_is_independent_of_the_mapping(tiny_dir):
    model, directory = tiny_dir
    loaded = load_pretrained(directory)
    twin = copy.deepcopy(loaded)
    assert twin.lm_head.weight is twin.model.embed_tokens.weight
    assert twin.lm_head.weight.data_ptr() != loaded.lm_head.weight.data_ptr()
    with torch.no_grad():
        assert torch.equal(twin(PROMPT), model(PROMPT))


def test_resaving_a_zero_copy_loaded_model_is_bit_exact(tiny_dir, tmp_path):
    _, directory = tiny_dir
    loaded = load_pretrained(directory)
    again = load_pretrained(save_pretrained(loaded, tmp_path / "again"))
    assert_same_state(again, loaded)


def test_bf16_checkpoint_loads_as_fp32_by_default_and_as_bf16_on_request(tmp_path):
    model = CausalLM(ModelConfig.tiny())
    out = save_pretrained(model, tmp_path / "bf16", dtype=torch.bfloat16)
    assert json.loads((out / "config.json").read_text())["torch_dtype"] == "bfloat16"
    assert SafetensorsFile(out / SINGLE_FILE).dtype("lm_head.weight") == torch.bfloat16
    as_fp32 = load_pretrained(out)
    as_bf16 = load_pretrained(out, dtype=torch.bfloat16)
    for name, p in model.state_dict().items():
        rounded = p.to(torch.bfloat16)
        assert as_fp32.state_dict()[name].dtype == torch.float32, name
        assert torch.equal(as_fp32.state_dict()[name], rounded.float()), name
        assert as_bf16.state_dict()[name].dtype == torch.bfloat16, name
        assert torch.equal(as_bf16.state_dict()[name], rounded), name


def test_load_pretrained_uses_the_linear_factory(tiny_dir):
    model, directory = tiny_dir

    class Marked(torch.nn.Linear):
        pass

    loaded = load_pretrained(directory, linear=lambda i, o, bias: Marked(i, o, bias=bias))
    assert isinstance(loaded.model.layers[1].self_attn.q_proj, Marked)
    with torch.no_grad():
        assert torch.equal(loaded(PROMPT), model(PROMPT))


def test_weight_index_spans_shards_and_names_missing_tensors(tmp_path):
    model = CausalLM(ModelConfig.tiny())
    out = save_pretrained(model, tmp_path / "m", max_shard_bytes=40_000)
    index = WeightIndex(out)
    assert set(index.keys()) == set(model.state_dict())
    assert torch.equal(index.tensor("model.norm.weight"), model.model.norm.weight.detach())
    with pytest.raises(KeyError, match="no tensor named 'nope'"):
        index.file_of("model.norm.weight").tensor("nope")


# -- bad input: every error names the file or tensor --------------------------------------------
def rewrite_tensors(directory, change):
    path = directory / SINGLE_FILE
    tensors = load_file(path)
    change(tensors)
    save_file(tensors, path)


def test_missing_config_json_is_named(tiny_dir):
    _, directory = tiny_dir
    (directory / "config.json").unlink()
    with pytest.raises(CheckpointError, match="missing config.json"):
        load_pretrained(directory)


def test_unsupported_model_type_is_named(tiny_dir):
    _, directory = tiny_dir
    cfg = json.loads((directory / "config.json").read_text())
    (directory / "config.json").write_text(json.dumps({**cfg, "model_type": "gpt2"}))
    with pytest.raises(CheckpointError, match=r"config\.json: unsupported model_type 'gpt2' \(supported: llama"):
        load_pretrained(directory)


def test_invalid_config_is_raised_as_checkpoint_error_naming_file_and_field(tiny_dir):
    _, directory = tiny_dir
    cfg = json.loads((directory / "config.json").read_text())
    (directory / "config.json").write_text(json.dumps({**cfg, "num_key_value_heads": 3}))
    with pytest.raises(CheckpointError, match=r"config\.json: .*num_key_value_heads"):
        load_pretrained(directory)


def test_missing_tensor_is_named(tiny_dir):
    _, directory = tiny_dir
    rewrite_tensors(directory, lambda t: t.pop("model.layers.1.self_attn.k_proj.bias"))
    with pytest.raises(CheckpointError, match=r"missing tensor\(s\) model\.layers\.1\.self_attn\.k_proj\.bias"):
        load_pretrained(directory)


def test_unexpected_tensor_is_named(tiny_dir):
    _, directory = tiny_dir
    rewrite_tensors(directory, lambda t: t.update({"model.layers.0.adapter.weight": torch.zeros(2)}))
    with pytest.raises(CheckpointError, match=r"unexpected tensor\(s\) model\.layers\.0\.adapter\.weight"):
        load_pretrained(directory)


def test_a_stale_rotary_inv_freq_tensor_is_tolerated(tiny_dir):
    model, directory = tiny_dir
    rewrite_tensors(directory, lambda t: t.update({"model.layers.0.self_attn.rotary_emb.inv_freq": torch.ones(8)}))
    assert_same_state(load_pretrained(directory), model)


def test_shape_mismatch_names_tensor_and_both_shapes(tiny_dir):
    _, directory = tiny_dir
    name = "model.layers.0.mlp.up_proj.weight"
    rewrite_tensors(directory, lambda t: t.update({name: t[name].T.contiguous()}))
    with pytest.raises(CheckpointError, match=rf"{name}: expected \[128, 64\], found \[64, 128\]"):
        load_pretrained(directory)


def test_truncated_safetensors_file_is_reported_as_truncated(tiny_dir):
    _, directory = tiny_dir
    path = directory / SINGLE_FILE
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    with pytest.raises(CheckpointError, match=r"model\.safetensors: tensor '.*' ends at byte \d+ .*truncated"):
        load_pretrained(directory)
    path.write_bytes(data[:5])
    with pytest.raises(CheckpointError, match=r"model\.safetensors: truncated \(5 bytes"):
        load_pretrained(directory)


def test_corrupt_header_is_reported_with_the_file_name(tiny_dir):
    _, directory = tiny_dir
    path = directory / SINGLE_FILE
    data = path.read_bytes()
    path.write_bytes(bytes(range(256)) * 4)  # garbage: the length prefix is absurd
    with pytest.raises(CheckpointError, match=r"model\.safetensors: header claims \d+ bytes"):
        load_pretrained(directory)
    n = int.from_bytes(data[:8], "little")
    path.write_bytes(data[:8] + b"\xff{garbage" + data[8 + 10:])  # plausible length, broken JSON
    assert int.from_bytes(path.read_bytes()[:8], "little") == n
    with pytest.raises(CheckpointError, match=r"model\.safetensors: corrupt safetensors header"):
        load_pretrained(directory)


def test_inconsistent_header_entry_is_named(tmp_path):
    path = tmp_path / "x.safetensors"
    header = json.dumps({"w": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 20]}}).encode()
    path.write_bytes(len(header).to_bytes(8, "little") + header + bytes(24))
    want = r"x\.safetensors: tensor 'w' spans 20 bytes, but F32\[2, 3\] needs 24"
    with pytest.raises(CorruptCheckpointError, match=want):
        SafetensorsFile(path)


def test_index_naming_a_missing_shard_is_named(tmp_path):
    out = save_pretrained(CausalLM(ModelConfig.tiny()), tmp_path / "m", max_shard_bytes=40_000)
    second = sorted(out.glob("model-*.safetensors"))[1]
    second.unlink()
    with pytest.raises(CheckpointError, match=rf"index\.json: names a shard that does not exist .*{second.name}"):
        load_pretrained(out)


def test_index_whose_weight_map_is_malformed_is_named(tmp_path):
    out = save_pretrained(CausalLM(ModelConfig.tiny()), tmp_path / "m", max_shard_bytes=40_000)
    (out / INDEX_FILE).write_text(json.dumps({"weight_map": {"model.norm.weight": ["x"]}}))
    with pytest.raises(CheckpointError, match="weight_map must map tensor names to shard file names"):
        load_pretrained(out)


def test_directory_without_weights_is_named(tiny_dir):
    _, directory = tiny_dir
    (directory / SINGLE_FILE).unlink()
    with pytest.raises(CheckpointError, match="no model.safetensors or model.safetensors.index.json"):
        load_pretrained(directory)


def test_not_a_directory_is_named(tiny_dir):
    _, directory = tiny_dir
    with pytest.raises(CheckpointError, match=r"model\.safetensors: not a directory"):
        load_pretrained(directory / SINGLE_FILE)
    with pytest.raises(CheckpointError, match="nowhere: not a directory"):
        load_pretrained(directory / "nowhere")


def test_write_file_streams_tensors_that_safetensors_and_our_reader_load(tmp_path):
    import numpy as np
    from safetensors.torch import load_file

    from nanofrontier.core.safetensors_io import SafetensorsFile, write_file

    tensors = {"b": torch.randn(3, 5).bfloat16(), "a": torch.arange(7, dtype=torch.int8),
               "n": np.arange(6, dtype=np.float32).reshape(2, 3), "t": torch.randn(4, 6).T}  # t: not contiguous
    write_file(tmp_path / "x.safetensors", tensors, metadata={"format": "pt"})
    loaded = load_file(tmp_path / "x.safetensors")
    assert set(loaded) == set(tensors)
    for name, t in tensors.items():
        assert torch.equal(loaded[name], torch.as_tensor(t)), name
    f = SafetensorsFile(tmp_path / "x.safetensors")
    assert f.keys() == ["b", "a", "n", "t"] and f.metadata == {"format": "pt"} and f.dtype_name("b") == "BF16"
    with pytest.raises(ValueError, match="'c' has dtype torch.complex64"):
        write_file(tmp_path / "y.safetensors", {"c": torch.zeros(2, dtype=torch.complex64)})
    assert not (tmp_path / "y.safetensors").exists()
