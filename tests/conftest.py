"""Shared fixtures: every test is seeded; tiny Hugging Face reference models are built in-process.

`hf_llama_dir` / `hf_qwen2_dir` (and `make_hf` for variants) return `(hf_model, directory)` for a
tiny `LlamaForCausalLM` / `Qwen2ForCausalLM` saved with `save_pretrained` (nothing is downloaded).
Their weights are drawn wider than HF's 0.02 init (and biases, norms made non-trivial) so that a
wrong bias, norm or rotary detail changes the logits visibly and greedy argmaxes are well separated.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch

HF_DIMS = dict(vocab_size=300, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
               num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256)


@pytest.fixture(autouse=True)
def _seed():
    torch.manual_seed(0)
    random.seed(0)
    np.random.seed(0)


def _randomize(model: torch.nn.Module) -> None:
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "norm" in name:
                p.copy_(1 + 0.2 * torch.randn_like(p))
            elif name.endswith("bias"):
                p.copy_(0.2 * torch.randn_like(p))
            else:
                p.copy_(0.15 * torch.randn_like(p))


def build_hf(kind: str, directory, **overrides):
    """A tiny transformers model of `kind` ('llama' or 'qwen2'), randomized and saved to `directory`."""
    transformers = pytest.importorskip("transformers")
    if kind == "llama":
        config = transformers.LlamaConfig(**{**HF_DIMS, **overrides})
        model = transformers.LlamaForCausalLM(config)
    else:
        config = transformers.Qwen2Config(**{**HF_DIMS, "tie_word_embeddings": True, **overrides})
        model = transformers.Qwen2ForCausalLM(config)
    _randomize(model)
    model.eval()
    model.generation_config.eos_token_id = None  # parity runs a fixed number of tokens
    model.generation_config.pad_token_id = 0
    model.save_pretrained(directory)
    return model, directory


@pytest.fixture
def make_hf(tmp_path):
    """`make_hf(kind, **config_overrides) -> (hf_model, directory)`, for variants of the two below."""
    count = iter(range(1000))
    return lambda kind, **overrides: build_hf(kind, tmp_path / f"hf_{kind}_{next(count)}", **overrides)


@pytest.fixture
def hf_llama_dir(tmp_path):
    return build_hf("llama", tmp_path / "hf_llama")


@pytest.fixture
def hf_qwen2_dir(tmp_path):
    return build_hf("qwen2", tmp_path / "hf_qwen2")
