"""Fixtures of the internvl tests: a tiny random transformers `InternVLForConditionalGeneration` saved in-process
(nothing is downloaded), the word tokenizer and a tiny model of ours."""

from __future__ import annotations

import pytest
import torch

from nanofrontier.internvl.config import tiny
from nanofrontier.internvl.model import InternVLChatModel
from nanofrontier.internvl.vocab import word_tokenizer

VOCAB = 120
IMAGE_TOKEN = VOCAB - 1


def build_hf_internvl(directory, *, tie: bool = False, text_config=None, **vision_overrides):
    """A tiny random transformers InternVL (ViT width 32 on 32 px tiles of 4 px patches, Qwen2 width 64), its
    weights drawn wide enough that a wrong bias, norm or layer scale shows in the logits; saved to `directory`."""
    transformers = pytest.importorskip("transformers")
    vision = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=64, image_size=32,
                  patch_size=4, attention_bias=True, **vision_overrides)
    text = text_config or transformers.Qwen2Config(
        vocab_size=VOCAB, hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=512)
    config = transformers.InternVLConfig(vision_config=vision, text_config=text.to_dict(), image_token_id=IMAGE_TOKEN,
                                         image_seq_length=16, tie_word_embeddings=tie)
    model = transformers.InternVLForConditionalGeneration(config).eval()
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "norm" in name and name.endswith("weight"):
                p.copy_(1 + 0.2 * torch.randn_like(p))
            elif "lambda" in name:
                p.copy_(0.5 + 0.2 * torch.randn_like(p))
            else:
                p.copy_(0.15 * torch.randn_like(p))
    model.save_pretrained(directory)
    return model


@pytest.fixture
def hf_internvl(tmp_path):
    directory = tmp_path / "hf_internvl"
    return build_hf_internvl(directory), directory


@pytest.fixture(scope="session")
def tokenizer():
    return word_tokenizer()


@pytest.fixture
def tiny_model(tokenizer):
    torch.manual_seed(0)
    config = tiny(vocab_size=tokenizer.vocab_size, img_context_token_id=tokenizer.token_to_id("<IMG_CONTEXT>"))
    return InternVLChatModel(config).eval()


def image_prompt(n_images: int, *, text_before: int = 3, text_after: int = 4, tokens: int = 16) -> torch.Tensor:
    """ids [1, T]: some text, then per image <img>-like text ids and `tokens` image-context ids, then text."""
    ids = list(range(5, 5 + text_before))
    for i in range(n_images):
        ids += [1, *[IMAGE_TOKEN] * tokens, 2, 10 + i]
    ids += list(range(20, 20 + text_after))
    return torch.tensor([ids])
