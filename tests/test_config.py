import dataclasses
import json

import pytest
import torch

from nanofrontier.core.config import ConfigError, ModelConfig
from nanofrontier.core.model import CausalLM

LLAMA3_SCALING = {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                  "original_max_position_embeddings": 8192, "rope_type": "llama3"}

# A Llama-3.1 config.json as transformers 4 wrote it: theta at the top, scaling under rope_scaling.
OLD_LLAMA31 = {
    "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 128256,
    "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
    "num_attention_heads": 32, "num_key_value_heads": 8, "hidden_act": "silu",
    "max_position_embeddings": 131072, "rms_norm_eps": 1e-05, "rope_theta": 500000.0,
    "rope_scaling": dict(LLAMA3_SCALING), "tie_word_embeddings": False, "attention_bias": False,
    "mlp_bias": False, "bos_token_id": 128000, "eos_token_id": [128001, 128008, 128009],
    "torch_dtype": "bfloat16", "initializer_range": 0.02, "pretraining_tp": 1, "use_cache": True,
    "transformers_version": "4.43.0.dev0",
}


def test_old_rope_theta_and_rope_scaling_form_is_read_literally():
    cfg = ModelConfig.from_dict(OLD_LLAMA31)
    assert cfg.rope_theta == 500000.0
    assert cfg.rope_scaling == LLAMA3_SCALING
    assert (cfg.num_key_value_heads, cfg.head_dim, cfg.rms_norm_eps) == (8, 128, 1e-05)
    assert cfg.eos_ids == [128001, 128008, 128009]
    assert cfg.torch_dtype == "bfloat16"
    again = ModelConfig.from_dict(json.loads(json.dumps(cfg.to_dict())))
    assert again == cfg
    d = cfg.to_dict()
    assert d["rope_parameters"] == {**LLAMA3_SCALING, "rope_theta": 500000.0}
    assert d["rope_scaling"] == LLAMA3_SCALING
    assert d["architectures"] == ["LlamaForCausalLM"]


def test_old_linear_scaling_with_type_key_becomes_rope_type():
    cfg = ModelConfig.from_dict({**OLD_LLAMA31, "rope_scaling": {"type": "linear", "factor": 2.0}})
    assert cfg.rope_scaling == {"rope_type": "linear", "factor": 2.0}
    assert cfg.rope_theta == 500000.0


def test_transformers5_rope_parameters_form_is_read():
    d = {k: v for k, v in OLD_LLAMA31.items() if k not in ("rope_theta", "rope_scaling", "torch_dtype")}
    d["rope_parameters"] = {**LLAMA3_SCALING, "rope_theta": 250000.0}
    d["dtype"] = "float16"
    cfg = ModelConfig.from_dict(d)
    assert cfg.rope_theta == 250000.0
    assert cfg.rope_scaling == LLAMA3_SCALING
    assert cfg.torch_dtype == "float16"
    default = ModelConfig.from_dict({**d, "rope_parameters": {"rope_type": "default", "rope_theta": 1e6}})
    assert (default.rope_theta, default.rope_scaling) == (1e6, None)


@pytest.mark.parametrize("kind", ["llama", "qwen2", "llama3"])
def test_hf_config_dict_round_trips_through_model_config(kind):
    transformers = pytest.importorskip("transformers")
    dims = dict(vocab_size=300, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256)
    if kind == "qwen2":
        hf = transformers.Qwen2Config(**dims, tie_word_embeddings=True, rope_theta=1e6)
    elif kind == "llama3":
        hf = transformers.LlamaConfig(**dims, rope_theta=5e5, rope_scaling={
            **LLAMA3_SCALING, "original_max_position_embeddings": 64})
    else:
        hf = transformers.LlamaConfig(**dims, attention_bias=True, mlp_bias=True)
    cfg = ModelConfig.from_dict(hf.to_dict())
    assert cfg.model_type == hf.model_type
    for name in ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers",
                 "num_attention_heads", "num_key_value_heads", "rms_norm_eps", "tie_word_embeddings",
                 "max_position_embeddings"):
        assert getattr(cfg, name) == getattr(hf, name), name
    assert cfg.rope_theta == hf.rope_parameters["rope_theta"]
    back = type(hf)(**cfg.to_dict())  # what we write, transformers reads back the same
    assert back.rope_parameters == hf.rope_parameters
    for name in ("hidden_size", "num_key_value_heads", "tie_word_embeddings", "rms_norm_eps"):
        assert getattr(back, name) == getattr(hf, name), name
    if kind == "llama":
        assert (cfg.attention_bias, cfg.mlp_bias) == (True, True)
        assert (back.attention_bias, back.mlp_bias) == (True, True)
    assert ModelConfig.from_dict(cfg.to_dict()) == cfg


def test_unknown_keys_are_ignored_and_kept_aside():
    base = ModelConfig.tiny().to_dict()
    cfg = ModelConfig.from_dict({**base, "use_sliding_window": False, "quantization_config": {"bits": 4}})
    assert cfg == ModelConfig.tiny()
    assert cfg.extra["quantization_config"] == {"bits": 4}
    assert "quantization_config" not in cfg.to_dict()


@pytest.mark.parametrize(("overrides", "field"), [
    (dict(num_key_value_heads=3), "num_key_value_heads"),
    (dict(num_key_value_heads=0), "num_key_value_heads"),
    (dict(hidden_size=66), "hidden_size"),
    (dict(hidden_act="gelu"), "hidden_act"),
    (dict(rope_scaling={"rope_type": "yarn", "factor": 4.0}), "rope_type 'yarn'"),
    (dict(rope_scaling={"rope_type": "llama3", "factor": 8.0}), "low_freq_factor"),
    (dict(vocab_size=0), "vocab_size"),
    (dict(head_dim=15), "head_dim"),
    (dict(rms_norm_eps=0.0), "rms_norm_eps"),
])
def test_invalid_config_raises_an_error_naming_the_field(overrides, field):
    with pytest.raises(ConfigError, match=field):
        ModelConfig.tiny(**overrides)


def test_unsupported_rope_type_in_hf_dict_is_rejected_by_name():
    d = {**ModelConfig.tiny().to_dict(), "rope_parameters": {"rope_type": "dynamic", "factor": 2.0}}
    with pytest.raises(ConfigError, match="rope_type 'dynamic'"):
        ModelConfig.from_dict(d)


def test_load_reads_a_directory_and_names_the_file_on_error(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps(ModelConfig.tiny().to_dict()))
    assert ModelConfig.load(tmp_path) == ModelConfig.tiny()
    (tmp_path / "config.json").write_text(json.dumps({**ModelConfig.tiny().to_dict(), "hidden_act": "relu"}))
    with pytest.raises(ConfigError, match=r"config\.json: .*hidden_act 'relu'"):
        ModelConfig.load(tmp_path)
    with pytest.raises(FileNotFoundError, match="no config.json"):
        ModelConfig.load(tmp_path / "nowhere")


@pytest.mark.parametrize("overrides", [
    dict(),
    dict(tie_word_embeddings=True),
    dict(model_type="qwen2", tie_word_embeddings=True),
    dict(model_type="qwen2"),
    dict(attention_bias=True, mlp_bias=True),
    dict(head_dim=32),
])
def test_num_parameters_equals_the_built_models_count(overrides):
    cfg = ModelConfig.tiny(**overrides)
    with torch.device("meta"):
        model = CausalLM(cfg)
    assert cfg.num_parameters() == sum(p.numel() for p in model.parameters())


def test_num_parameters_matches_transformers_qwen2_with_biases_and_tied_head(hf_qwen2_dir):
    hf, _ = hf_qwen2_dir
    cfg = ModelConfig.from_dict(hf.config.to_dict())
    assert cfg.qkv_bias and not cfg.o_bias and cfg.tie_word_embeddings
    assert cfg.num_parameters() == sum(p.numel() for p in hf.parameters())


def test_dataclasses_replace_revalidates_the_config():
    with pytest.raises(ConfigError, match="num_key_value_heads"):
        dataclasses.replace(ModelConfig.tiny(), num_attention_heads=5)


@pytest.mark.parametrize("field, value", [("head_dim", "16"), ("rms_norm_eps", "1e-6"), ("rope_theta", None),
                                          ("tie_word_embeddings", "false"), ("attention_bias", 1)])
def test_values_of_the_wrong_type_are_errors_naming_the_field(field, value):
    with pytest.raises(ConfigError, match=f"ModelConfig.{field}"):
        ModelConfig.tiny(**{field: value})
