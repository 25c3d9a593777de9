"""Both released layouts: a transformers `InternVLForConditionalGeneration` built in-process loads into ours with
equal logits, ours saves folders transformers loads with no missing or unexpected keys, and every bad folder gets
an error that names the file, field or tensor."""

import json

import pytest
import torch
from safetensors.torch import load_file, save_file

from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.internvl.formats import hf_names, load_internvl, save_internvl

from .conftest import build_hf_internvl, image_prompt

pytestmark = pytest.mark.parity


def _logits(model, ids, pixels):
    with torch.no_grad():
        out = model(input_ids=ids, pixel_values=pixels)
    return out if isinstance(out, torch.Tensor) else out.logits


@pytest.mark.parametrize("tie", [False, True])
def test_hf_checkpoint_loads_with_equal_logits_on_the_same_image_and_prompt(tmp_path, tie):
    hf = build_hf_internvl(tmp_path / "hf", tie=tie)
    ours = load_internvl(tmp_path / "hf")
    ids, pixels = image_prompt(2), torch.randn(2, 3, 32, 32)
    assert (_logits(ours, ids, pixels) - _logits(hf, ids, pixels)).abs().max() < 1e-4
    assert ours.config.llm.tie_word_embeddings is tie


def test_qk_norm_and_rms_norm_vision_variant_loads_with_equal_logits(tmp_path):
    hf = build_hf_internvl(tmp_path / "hf", use_qk_norm=True, norm_type="rms_norm")
    ours = load_internvl(tmp_path / "hf")
    ids, pixels = image_prompt(1), torch.randn(1, 3, 32, 32)
    assert (_logits(ours, ids, pixels) - _logits(hf, ids, pixels)).abs().max() < 1e-4


def test_a_larger_image_interpolates_position_embeddings_as_transformers_does(hf_internvl):
    hf, directory = hf_internvl
    ours = load_internvl(directory)
    pixels = torch.randn(1, 3, 48, 48)  # 12 x 12 patches -> 36 visual tokens
    with torch.no_grad():
        theirs = hf.model.get_image_features(pixel_values=pixels).pooler_output
        mine = ours.extract_feature(pixels)
    assert mine.shape == (1, 36, 64) and (mine - theirs).abs().max() < 1e-4


@pytest.mark.parametrize("layout", ["hf", "chat"])
def test_saved_folder_reloads_with_equal_logits(hf_internvl, tmp_path, layout):
    hf, directory = hf_internvl
    ours = load_internvl(directory)
    save_internvl(ours, tmp_path / layout, layout=layout)
    again = load_internvl(tmp_path / layout)
    ids, pixels = image_prompt(2), torch.randn(2, 3, 32, 32)
    assert torch.equal(_logits(again, ids, pixels), _logits(ours, ids, pixels))


def test_transformers_loads_our_hf_folder_with_no_missing_or_unexpected_keys(hf_internvl, tmp_path):
    transformers = pytest.importorskip("transformers")
    hf, directory = hf_internvl
    save_internvl(load_internvl(directory), tmp_path / "ours", layout="hf")
    again, info = transformers.InternVLForConditionalGeneration.from_pretrained(tmp_path / "ours",
                                                                               output_loading_info=True)
    assert not info["missing_keys"] and not info["unexpected_keys"] and not info["mismatched_keys"]
    ids, pixels = image_prompt(1), torch.randn(1, 3, 32, 32)
    assert (_logits(again.eval(), ids, pixels) - _logits(hf, ids, pixels)).abs().max() < 1e-5


def test_chat_layout_uses_the_released_remote_code_names(hf_internvl, tmp_path):
    save_internvl(load_internvl(hf_internvl[1]), tmp_path / "chat", layout="chat")
    names = set(load_file(tmp_path / "chat" / "model.safetensors"))
    for name in ("vision_model.embeddings.class_embedding", "vision_model.embeddings.patch_embedding.weight",
                 "vision_model.embeddings.position_embedding", "vision_model.encoder.layers.1.attn.qkv.weight",
                 "vision_model.encoder.layers.1.attn.proj.bias", "vision_model.encoder.layers.0.ls1",
                 "vision_model.encoder.layers.0.norm2.weight", "vision_model.encoder.layers.0.mlp.fc1.weight",
                 "mlp1.0.weight", "mlp1.1.weight", "mlp1.3.bias", "language_model.model.embed_tokens.weight",
                 "language_model.model.layers.1.self_attn.q_proj.bias", "language_model.lm_head.weight"):
        assert name in names
    config = json.loads((tmp_path / "chat" / "config.json").read_text())
    assert config["model_type"] == "internvl_chat" and config["architectures"] == ["InternVLChatModel"]
    assert config["vision_config"]["model_type"] == "intern_vit_6b" and config["llm_config"]["model_type"] == "qwen2"
    assert config["downsample_ratio"] == 0.5 and config["ps_version"] == "v2"


def test_fused_qkv_splits_row_wise_into_q_k_v():
    assert hf_names("vision_model.encoder.layers.3.attn.qkv.weight") == [
        f"vision_tower.encoder.layer.3.attention.{p}_proj.weight" for p in "qkv"]
    assert hf_names("mlp1.1.bias") == ["multi_modal_projector.linear_1.bias"]
    assert hf_names("vision_model.encoder.layers.0.ls2") == ["vision_tower.encoder.layer.0.lambda_2"]


def test_transformers_in_memory_names_are_accepted(hf_internvl, tmp_path):
    hf, directory = hf_internvl
    state = load_file(directory / "model.safetensors")
    renamed = {}
    for name, tensor in state.items():
        for old, new in (("vision_tower.", "model.vision_tower."),
                         ("multi_modal_projector.", "model.multi_modal_projector."),
                         ("language_model.model.", "model.language_model."), ("language_model.lm_head.", "lm_head.")):
            if name.startswith(old):
                name = new + name[len(old):]
                break
        renamed[name] = tensor
    save_file(renamed, str(directory / "model.safetensors"), metadata={"format": "pt"})
    ids, pixels = image_prompt(1), torch.randn(1, 3, 32, 32)
    assert (_logits(load_internvl(directory), ids, pixels) - _logits(hf, ids, pixels)).abs().max() < 1e-4


def _edit_config(directory, **changes):
    path = directory / "config.json"
    config = json.loads(path.read_text())
    config.update(changes)
    path.write_text(json.dumps(config))


def test_unknown_model_type_is_named(hf_internvl):
    _edit_config(hf_internvl[1], model_type="llava")
    with pytest.raises(CheckpointError, match=r"config.json: unsupported model_type 'llava'"):
        load_internvl(hf_internvl[1])


def test_missing_tensor_is_named(hf_internvl):
    directory = hf_internvl[1]
    state = load_file(directory / "model.safetensors")
    del state["vision_tower.encoder.layer.1.attention.k_proj.weight"]
    save_file(state, str(directory / "model.safetensors"), metadata={"format": "pt"})
    missing = r"missing tensor\(s\) vision_tower.encoder.layer.1.attention.k_proj.weight"
    with pytest.raises(CheckpointError, match=missing):
        load_internvl(directory)


def test_unexpected_tensor_is_named(hf_internvl, tmp_path):
    save_internvl(load_internvl(hf_internvl[1]), tmp_path / "chat", layout="chat")
    state = load_file(tmp_path / "chat" / "model.safetensors")
    state["mlp1.2.weight"] = torch.zeros(3)
    save_file(state, str(tmp_path / "chat" / "model.safetensors"), metadata={"format": "pt"})
    with pytest.raises(CheckpointError, match=r"unexpected tensor\(s\) mlp1.2.weight"):
        load_internvl(tmp_path / "chat")


def test_wrong_shape_is_named_with_both_shapes(hf_internvl):
    directory = hf_internvl[1]
    state = load_file(directory / "model.safetensors")
    state["multi_modal_projector.linear_1.weight"] = torch.zeros(64, 64)
    save_file(state, str(directory / "model.safetensors"), metadata={"format": "pt"})
    with pytest.raises(CheckpointError, match=r"multi_modal_projector.linear_1.weight: expected \[64, 128\], "
                                              r"found \[64, 64\]"):
        load_internvl(directory)


def test_bad_config_fields_are_named(hf_internvl):
    directory = hf_internvl[1]
    _edit_config(directory, image_seq_length=64)
    with pytest.raises(CheckpointError, match="image_seq_length is 64 but the vision config gives 16"):
        load_internvl(directory)
    _edit_config(directory, image_seq_length=16, vision_feature_select_strategy="full")
    with pytest.raises(CheckpointError, match="vision_feature_select_strategy 'full'"):
        load_internvl(directory)


def test_lora_wrapped_chat_checkpoint_is_refused_by_name(hf_internvl, tmp_path):
    save_internvl(load_internvl(hf_internvl[1]), tmp_path / "chat", layout="chat")
    _edit_config(tmp_path / "chat", use_llm_lora=16)
    with pytest.raises(CheckpointError, match="use_llm_lora is 16"):
        load_internvl(tmp_path / "chat")


def test_released_dynamic_rope_scaling_is_accepted_and_sliding_window_refused(hf_internvl, tmp_path):
    save_internvl(load_internvl(hf_internvl[1]), tmp_path / "chat", layout="chat")
    config = json.loads((tmp_path / "chat" / "config.json").read_text())
    config["llm_config"]["rope_scaling"] = {"factor": 2.0, "rope_type": "dynamic", "type": "dynamic"}
    config["llm_config"].pop("rope_parameters", None)
    (tmp_path / "chat" / "config.json").write_text(json.dumps(config))
    assert load_internvl(tmp_path / "chat").config.llm.rope_scaling is None
    config["llm_config"]["use_sliding_window"] = True
    (tmp_path / "chat" / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="llm_config.use_sliding_window"):
        load_internvl(tmp_path / "chat")


@pytest.mark.parametrize("bias", [False, True])
def test_internlm3_llm_config_of_the_9b_loads_as_llama_with_equal_logits(tmp_path, bias):
    """InternVL3-9B's remote-code folder names an InternLM3 LLM (Llama's decoder and tensor names, with
    `qkv_bias` and `bias` in place of `attention_bias` / `mlp_bias`, and dynamic rope scaling)."""
    transformers = pytest.importorskip("transformers")
    text = transformers.LlamaConfig(vocab_size=120, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                                    num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                                    attention_bias=bias, mlp_bias=bias)
    hf = build_hf_internvl(tmp_path / "hf", text_config=text)
    save_internvl(load_internvl(tmp_path / "hf"), tmp_path / "chat", layout="chat")
    config = json.loads((tmp_path / "chat" / "config.json").read_text())
    llm = config["llm_config"]
    for key in ("attention_bias", "mlp_bias", "rope_parameters", "architectures"):
        llm.pop(key, None)
    llm.update(model_type="internlm3", architectures=["InternLM3ForCausalLM"], qkv_bias=bias, bias=bias,
               rope_scaling={"factor": 6.0, "rope_type": "dynamic"})
    (tmp_path / "chat" / "config.json").write_text(json.dumps(config))
    ours = load_internvl(tmp_path / "chat")
    assert ours.config.llm.model_type == "llama" and ours.config.llm.attention_bias is bias
    ids, pixels = image_prompt(1), torch.randn(1, 3, 32, 32)
    assert (_logits(ours, ids, pixels) - _logits(hf, ids, pixels)).abs().max() < 1e-4


def test_internlm3_with_o_bias_but_no_qkv_bias_is_refused_by_name(hf_internvl, tmp_path):
    save_internvl(load_internvl(hf_internvl[1]), tmp_path / "chat", layout="chat")
    config = json.loads((tmp_path / "chat" / "config.json").read_text())
    config["llm_config"].update(model_type="internlm3", qkv_bias=False, bias=True)
    (tmp_path / "chat" / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="llm_config: internlm3 with bias=true and qkv_bias=false"):
        load_internvl(tmp_path / "chat")
