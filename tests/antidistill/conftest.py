"""Tiny models for the antidistill tests: a random teacher and a random proxy of another shape sharing the byte
tokenizer's vocabulary, a few addition traces, and the proxy's gradient on them. Everything is built here."""

from __future__ import annotations

import pytest
import torch

from nanofrontier.antidistill.gradient import proxy_grad
from nanofrontier.antidistill.models import teacher_examples
from nanofrontier.antidistill.task import TraceStyle, addition_problems
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.tokenizer import ByteTokenizer

TOK = ByteTokenizer()
V = TOK.vocab_size


def tiny_model(layers: int, hidden: int, *, seed: int, vocab: int = V, std: float = 0.15) -> CausalLM:
    torch.manual_seed(seed)
    config = ModelConfig.tiny(vocab_size=vocab, hidden_size=hidden, intermediate_size=2 * hidden,
                              num_hidden_layers=layers, num_attention_heads=4, num_key_value_heads=2,
                              max_position_embeddings=128, tie_word_embeddings=True, eos_token_id=TOK.eos_id,
                              pad_token_id=TOK.pad_id)
    model = CausalLM(config)
    model.reset_parameters(std=std)
    return model.eval()


@pytest.fixture(scope="package", autouse=True)
def one_thread():
    """Tiny models gain nothing from intra-op threads, and on a shared machine their barriers stall."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="package")
def teacher():
    return tiny_model(2, 64, seed=1)


@pytest.fixture(scope="package")
def proxy():
    return tiny_model(1, 32, seed=2)


@pytest.fixture(scope="package")
def examples():
    return teacher_examples(addition_problems(12, seed=3), TraceStyle(), seed=4)


@pytest.fixture(scope="package")
def grad(proxy, examples):
    return proxy_grad(proxy, examples, proxy_name="tiny-proxy", pad_id=TOK.pad_id)
