"""The released layouts: 2-bit packing, loading the packed and master checkpoints, writing them back, and
errors that name the tensor."""

from __future__ import annotations

import json
import re

import pytest
import torch
from safetensors.torch import load_file, save_file

from nanofrontier.bitnet.formats import load_bitnet, pack, save_master, save_packed, unpack
from nanofrontier.bitnet.model import BitNetForCausalLM, tiny
from nanofrontier.bitnet.quant import weight_quant
from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.core.sample import SampleConfig, generate

IDS = torch.tensor([[1, 17, 250, 3, 99, 42, 7, 180], [5, 6, 7, 8, 9, 10, 11, 12]])
Q_PROJ = "model.layers.1.self_attn.q_proj"


def test_unpack_follows_the_blocked_row_order_of_the_research_note():
    # out = 8, R = 2: packed row 0 holds rows 0, 2, 4, 6 in bits 1:0, 3:2, 5:4, 7:6 (codes w + 1).
    packed = torch.tensor([[0b10_01_00_10], [0b01_01_01_01]], dtype=torch.uint8)
    assert unpack(packed)[:, 0].tolist() == [1, 0, -1, 0, 0, 0, 1, 0]


def test_pack_and_unpack_agree_with_transformers(transformers):
    from transformers.integrations.bitnet import pack_weights, unpack_weights
    w = torch.randint(-1, 2, (24, 40), dtype=torch.int8)
    assert torch.equal(pack(w), pack_weights(w.clone()))
    assert torch.equal(unpack(pack(w)), unpack_weights(pack(w), dtype=torch.int8))


def test_unpack_inverts_pack():
    w = torch.randint(-1, 2, (64, 33), dtype=torch.int8)
    assert pack(w).shape == (16, 33) and pack(w).dtype == torch.uint8
    assert torch.equal(unpack(pack(w)), w)


def test_pack_rejects_non_ternary_values_and_row_counts_not_divisible_by_four():
    with pytest.raises(ValueError, match="-1, 0, 1"):
        pack(torch.tensor([[2], [0], [0], [0]]))
    with pytest.raises(ValueError, match="multiple of 4"):
        pack(torch.zeros(6, 3))


def test_released_packed_checkpoint_logits_equal_transformers(hf_bitnet, write_released_packed, load_hf, tmp_path):
    directory = write_released_packed(hf_bitnet(), tmp_path / "packed")
    ours = load_bitnet(directory)
    q = ours.get_submodule(Q_PROJ)
    assert q.offline and q.weight.dtype == torch.float32 and set(q.weight.unique().tolist()) <= {-1.0, 0.0, 1.0}
    hf = load_hf(directory)
    with torch.no_grad():
        expected = hf(IDS).logits
        got = ours(IDS)
    assert torch.allclose(got, expected, atol=1e-4), (got - expected).abs().max()
    prompt = [1, 17, 250, 3, 99]
    with torch.no_grad():
        hf_tokens = hf.generate(torch.tensor([prompt]), max_new_tokens=10, do_sample=False)[0, len(prompt):]
    assert generate(ours, [prompt], SampleConfig(max_new_tokens=10, temperature=0)) == [hf_tokens.tolist()]


def test_save_packed_writes_what_transformers_loads(load_hf, tmp_path):
    model = BitNetForCausalLM(tiny(vocab_size=300)).eval()
    directory = save_packed(model, tmp_path / "ours")
    config = json.loads((directory / "config.json").read_text())
    assert config["quantization_config"] == {"quant_method": "bitnet", "linear_class": "autobitlinear",
                                             "quantization_mode": "offline"}
    assert config["architectures"] == ["BitNetForCausalLM"] and config["torch_dtype"] == "bfloat16"
    tensors = load_file(directory / "model.safetensors")
    assert tensors[f"{Q_PROJ}.weight"].dtype == torch.uint8 and tensors[f"{Q_PROJ}.weight"].shape == (16, 64)
    assert tensors[f"{Q_PROJ}.weight_scale"].shape == (1,) and tensors[f"{Q_PROJ}.weight_scale"].dtype == torch.bfloat16
    assert "lm_head.weight" not in tensors
    with torch.no_grad():
        assert torch.allclose(load_hf(directory)(IDS).logits, load_bitnet(directory)(IDS), atol=1e-4)


def test_packed_round_trip_is_byte_identical(hf_bitnet, write_released_packed, tmp_path):
    directory = write_released_packed(hf_bitnet(), tmp_path / "released")
    save_packed(load_bitnet(directory), tmp_path / "again")
    before, after = load_file(directory / "model.safetensors"), load_file(tmp_path / "again" / "model.safetensors")
    assert before.keys() == after.keys()
    assert all(torch.equal(before[k], after[k]) and before[k].dtype == after[k].dtype for k in before)


def test_master_round_trip_keeps_latent_weights_and_logits(tmp_path):
    model = BitNetForCausalLM(tiny()).eval()
    loaded = load_bitnet(save_master(model, tmp_path / "master"))
    assert json.loads((tmp_path / "master" / "config.json").read_text())["quantization_config"][
        "quantization_mode"] == "online"
    with torch.no_grad():
        assert torch.equal(loaded(IDS), model(IDS))
    assert torch.equal(loaded.get_submodule(Q_PROJ).weight, model.get_submodule(Q_PROJ).weight)


def test_packed_model_computes_what_its_master_computes(tmp_path):
    model = BitNetForCausalLM(tiny()).eval()
    packed = load_bitnet(save_packed(model, tmp_path / "packed", dtype=torch.float32))
    for name, layer in model.bitlinears().items():
        w_t, scale = weight_quant(layer.weight)
        assert torch.equal(packed.get_submodule(name).weight, w_t.float())
        assert torch.allclose(packed.get_submodule(name).weight_scale, 1 / scale, rtol=1e-7)
    # W_t / scale (online) and W_t * (1 / scale) (offline) differ in the last bit, which can move a
    # later activation across a rounding boundary: one int8 step, well under 1e-2 of these logits.
    with torch.no_grad():
        assert torch.allclose(packed(IDS), model(IDS), atol=1e-2)


def test_master_layout_quantises_to_the_packed_ternaries(hf_bitnet, write_master, write_released_packed, tmp_path):
    hf = hf_bitnet()
    master = load_bitnet(write_master(hf, tmp_path / "master"))
    released = load_bitnet(write_released_packed(hf, tmp_path / "packed"))
    w_t, _ = master.get_submodule(Q_PROJ).ternary()
    assert torch.equal(w_t, released.get_submodule(Q_PROJ).ternary()[0])


def test_legacy_bitlinear_scales_divide(hf_bitnet, write_released_packed, tmp_path):
    hf = hf_bitnet()
    modern = load_bitnet(write_released_packed(hf, tmp_path / "modern"))
    legacy_dir = write_released_packed(hf, tmp_path / "legacy", linear_class="bitlinear")
    legacy = load_bitnet(legacy_dir)
    stored = load_file(legacy_dir / "model.safetensors")[f"{Q_PROJ}.weight_scale"].float()
    assert torch.equal(legacy.get_submodule(Q_PROJ).weight_scale, 1 / stored)
    assert legacy.config.quantization_config["linear_class"] == "autobitlinear"  # in memory it multiplies
    with torch.no_grad():  # 1/alpha and alpha are rounded to bf16 apart: close, not equal
        assert torch.allclose(legacy(IDS), modern(IDS), atol=0.1)


def test_save_master_refuses_a_model_loaded_from_packed_weights(hf_bitnet, write_released_packed, tmp_path):
    model = load_bitnet(write_released_packed(hf_bitnet(), tmp_path / "packed"))
    with pytest.raises(ValueError, match="save_packed"):
        save_master(model, tmp_path / "out")


def _corrupt(directory, change):
    tensors = load_file(directory / "model.safetensors")
    change(tensors)
    save_file(tensors, str(directory / "model.safetensors"), metadata={"format": "pt"})


def _set_code_3(t):
    t[f"{Q_PROJ}.weight"][2, 5] |= 0b11_00_00_00


BAD_PACKED = {
    "wrong dtype": (lambda t: t.update({f"{Q_PROJ}.weight": t[f"{Q_PROJ}.weight"].to(torch.bfloat16)}),
                    f"{Q_PROJ}.weight: expected uint8"),
    "wrong shape": (lambda t: t.update({f"{Q_PROJ}.weight": t[f"{Q_PROJ}.weight"][:8].clone()}),
                    f"{Q_PROJ}.weight: expected uint8 [16, 64]"),
    "missing weight_scale": (lambda t: t.pop(f"{Q_PROJ}.weight_scale"), f"missing tensor {Q_PROJ}.weight_scale"),
    "code out of range": (_set_code_3, f"{Q_PROJ}.weight: 1 2-bit code(s) of 3"),
    "negative scale": (lambda t: t[f"{Q_PROJ}.weight_scale"].neg_(), f"{Q_PROJ}.weight_scale: expected a positive"),
    "two scales": (lambda t: t.update({f"{Q_PROJ}.weight_scale": torch.ones(2)}),
                   f"{Q_PROJ}.weight_scale: expected one"),
    "missing norm": (lambda t: t.pop("model.layers.0.input_layernorm.weight"), "model.layers.0.input_layernorm.weight"),
}


@pytest.mark.parametrize("case", list(BAD_PACKED))
def test_bad_packed_tensors_raise_errors_naming_the_tensor(case, hf_bitnet, write_released_packed, tmp_path):
    directory = write_released_packed(hf_bitnet(), tmp_path / "packed")
    change, message = BAD_PACKED[case]
    _corrupt(directory, change)
    with pytest.raises(CheckpointError, match=re.escape(message)):
        load_bitnet(directory)


def test_truncated_packed_file_raises_an_error_naming_the_tensor(hf_bitnet, write_released_packed, tmp_path):
    directory = write_released_packed(hf_bitnet(), tmp_path / "packed")
    path = directory / "model.safetensors"
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(CheckpointError, match="truncated"):
        load_bitnet(directory)


def test_packed_weights_under_an_online_config_are_refused(hf_bitnet, write_released_packed, tmp_path):
    directory = write_released_packed(hf_bitnet(), tmp_path / "packed")
    config = json.loads((directory / "config.json").read_text())
    config["quantization_config"]["quantization_mode"] = "online"
    (directory / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match=r"model.layers.0.self_attn.q_proj.weight: uint8 packed codes"):
        load_bitnet(directory)


def test_missing_config_is_named(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(CheckpointError, match="missing config.json"):
        load_bitnet(tmp_path / "empty")
