"""Tiny transformers `BitNetForCausalLM` references, built in-process, and their checkpoints written in the
two released layouts (research/bitnet.md §3.1, §3.2) with transformers' own `pack_weights`.

`hf_bitnet()` -> a randomised tiny transformers model (dense linears: the latent master weights).
`write_master(hf_model, dir)` -> the `-bf16` layout (bf16 tensors, online quantization_config).
`write_released_packed(hf_model, dir)` -> the packed layout (uint8 [out/4, in] + bf16 weight_scale [1],
offline autobitlinear quantization_config), ternarised by the absmean formula written here.
`load_hf(dir)` -> `transformers.BitNetForCausalLM.from_pretrained(dir)` in fp32.

transformers 5.24 refuses a quantised BitNet directory unless `accelerate` is installed, although loading
it on the CPU never calls accelerate; accelerate is not installed here, so `load_hf` lifts that check.
Its `@torch.compile`d quantisers run eagerly (`force_eager`): compiling would need minutes, not seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

DIMS = dict(vocab_size=300, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
            num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=128,
            tie_word_embeddings=True, bos_token_id=1, eos_token_id=2, pad_token_id=0,
            rms_norm_eps=1e-5, rope_parameters={"rope_type": "default", "rope_theta": 500000.0})
ONLINE = {"quant_method": "bitnet", "linear_class": "autobitlinear", "quantization_mode": "online"}
OFFLINE = {"quant_method": "bitnet", "linear_class": "autobitlinear", "quantization_mode": "offline"}
PROJECTIONS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


@pytest.fixture(scope="session")
def transformers():
    return pytest.importorskip("transformers")


@pytest.fixture(autouse=True)
def _eager():
    with torch.compiler.set_stance("force_eager"):
        yield


def absmean_ternary(w: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference ternarisation in fp64, written apart from the library: (W_t, mean|W|)."""
    alpha = w.double().abs().mean().clamp(min=1e-5)
    return (w.double() / alpha).round().clamp(-1, 1).to(torch.int8), alpha.float()


@pytest.fixture
def hf_bitnet(transformers):
    def build(**overrides):
        config = transformers.BitNetConfig(**{**DIMS, **overrides})
        model = transformers.BitNetForCausalLM(config).eval()
        with torch.no_grad():
            for name, p in model.named_parameters():
                p.copy_(1 + 0.2 * torch.randn_like(p) if "norm" in name else 0.15 * torch.randn_like(p))
        return model
    return build


def _set_quantization(directory: Path, block: dict) -> None:
    path = directory / "config.json"
    config = json.loads(path.read_text())
    config["quantization_config"] = dict(block)
    path.write_text(json.dumps(config, indent=2))


@pytest.fixture
def write_master():
    def write(hf_model, directory: Path) -> Path:
        hf_model.to(torch.bfloat16).save_pretrained(directory)
        hf_model.float()
        _set_quantization(directory, ONLINE)
        return directory
    return write


@pytest.fixture
def write_released_packed(transformers):
    from safetensors.torch import save_file
    from transformers.integrations.bitnet import pack_weights

    def write(hf_model, directory: Path, *, linear_class: str = "autobitlinear") -> Path:
        hf_model.save_pretrained(directory)  # config.json (and a dense file, replaced below)
        tensors = {}
        for name, p in hf_model.state_dict().items():
            if name == "lm_head.weight":
                continue
            if name.rsplit(".", 2)[-2] in PROJECTIONS:
                w_t, alpha = absmean_ternary(p)
                tensors[name] = pack_weights(w_t.clone())
                scale = alpha if linear_class == "autobitlinear" else 1 / alpha
                tensors[name.removesuffix("weight") + "weight_scale"] = scale.reshape(1).to(torch.bfloat16)
            else:
                tensors[name] = p.detach().to(torch.bfloat16).contiguous()
        save_file(tensors, str(directory / "model.safetensors"), metadata={"format": "pt"})
        _set_quantization(directory, {**OFFLINE, "linear_class": linear_class})
        return directory
    return write


@pytest.fixture
def load_hf(transformers, monkeypatch):
    import transformers.quantizers.quantizer_bitnet as quantizer_bitnet
    monkeypatch.setattr(quantizer_bitnet, "is_accelerate_available", lambda: True)

    def load(directory: Path):
        # dtype=float32 leaves the norms of a quantised model in bf16 (transformers 5.24), so load in
        # the stored bf16 and widen every tensor: the values are the same, the compute is fp32.
        model = transformers.BitNetForCausalLM.from_pretrained(directory, dtype=torch.bfloat16).eval()
        with torch.no_grad():
            for t in [*model.parameters(), *model.buffers()]:
                if t.is_floating_point():
                    t.data = t.data.float()
        model.generation_config.eos_token_id = None  # parity runs a fixed number of tokens
        return model
    return load
