"""Pixel unshuffle, the image-token splice, prompts, the text-only loss with square-root reweighting, and the
streaming generation path against a full forward."""

from __future__ import annotations

import random

import pytest
import torch

from nanofrontier.core.sample import SampleConfig
from nanofrontier.internvl.data import SampleEncoder, collate, weighted_nll
from nanofrontier.internvl.generate import generate_vl
from nanofrontier.internvl.positions import v2pe_positions
from nanofrontier.internvl.prompt import chat_prompt, expand_images, image_query
from nanofrontier.internvl.scenes import TripleSplit
from nanofrontier.internvl.tasks import Sample, gallery_two_step, text_document
from nanofrontier.internvl.vision import pixel_unshuffle


def test_pixel_unshuffle_gives_four_times_fewer_tokens_four_times_wider():
    x = torch.randn(3, 8, 8, 5)
    assert pixel_unshuffle(x, 2).shape == (3, 4, 4, 20)
    assert pixel_unshuffle(torch.randn(1, 32, 32, 1024), 2).shape == (1, 16, 16, 4096)  # InternViT-300M at 448 px


def test_pixel_unshuffle_v2_token_holds_its_own_two_by_two_block_and_v1_is_transposed():
    h = w = 4
    x = torch.arange(h * w, dtype=torch.float32).view(1, h, w, 1)  # each patch holds its own index
    v2 = pixel_unshuffle(x, 2, version="v2")
    v1 = pixel_unshuffle(x, 2, version="v1")
    for i in range(2):
        for j in range(2):
            block = {float(x[0, 2 * i + a, 2 * j + b, 0]) for a in range(2) for b in range(2)}
            assert set(v2[0, i, j].tolist()) == block
    assert torch.equal(v1, v2.transpose(1, 2))


def test_pixel_unshuffle_refuses_an_odd_grid():
    with pytest.raises(ValueError, match="5x4 grid is not divisible by 2"):
        pixel_unshuffle(torch.randn(1, 5, 4, 3), 2)


def test_visual_tokens_replace_image_context_embeddings_in_order(tiny_model):
    ctx = tiny_model.config.img_context_token_id
    n = tiny_model.config.num_image_token
    ids = torch.tensor([[3, *[ctx] * n, 4, *[ctx] * n, 5]])
    pixels = torch.randn(2, 3, 32, 32)
    with torch.no_grad():
        h = tiny_model.embed(ids, pixel_values=pixels)
        feats = tiny_model.extract_feature(pixels)
    assert torch.equal(h[0, 1:1 + n], feats[0]) and torch.equal(h[0, 2 + n:2 + 2 * n], feats[1])
    assert torch.equal(h[0, 0], tiny_model.language_model.embed(ids)[0, 0])


def test_image_token_count_mismatch_names_both_counts(tiny_model):
    ctx = tiny_model.config.img_context_token_id
    ids = torch.tensor([[3, *[ctx] * 10, 4]])
    with pytest.raises(ValueError, match=r"10 <IMG_CONTEXT> tokens .* give 16 visual tokens"):
        tiny_model(ids, pixel_values=torch.randn(1, 3, 32, 32))


def test_prompt_labels_several_images_and_splices_each_image_run():
    query = image_query("what is shown ?", 2)
    assert query == "Image-1: <image>\nImage-2: <image>\nwhat is shown ?"
    text = expand_images(chat_prompt(query, template="chatml"), [2, 1], tokens_per_tile=3)
    assert text.count("<IMG_CONTEXT>") == 9 and text.count("<img>") == 2
    assert text.startswith("<|im_start|>user\nImage-1: <img>") and text.endswith("<|im_start|>assistant\n")
    assert chat_prompt("hi").startswith("<|im_start|>system\n你是书生·万象")  # the released internvl2_5 template
    with pytest.raises(ValueError, match="2 <image> placeholder"):
        expand_images(text.replace("<img>", "<image>"), [1], 3)


def test_collate_puts_the_loss_on_text_only_with_square_root_weights(tokenizer, tiny_model):
    encoder = SampleEncoder(tokenizer, tiny_model.config)
    rng = random.Random(0)
    split = TripleSplit.make(seed=0)
    items = [encoder.encode(gallery_two_step(rng, split.train, n_images=2)), encoder.encode_text(text_document(rng))]
    ctx = tiny_model.config.img_context_token_id
    batch = collate(items, pad_id=tokenizer.pad_id, image_token_id=ctx, weighting="square")
    loss = batch["labels"] != -100
    assert not (batch["labels"] == ctx).any()
    assert (batch["weights"] > 0).equal(loss)
    for b, item in enumerate(items):
        n = len(item.ids) - 1 - sum(t == ctx for t in item.ids[1:])  # every text target
        assert int(loss[b].sum()) == n
        assert torch.allclose(batch["weights"][b][loss[b]], torch.full((n,), n ** -0.5))
    assert batch["pixel_values"].shape == (2, 3, 32, 32)
    sample = collate(items, pad_id=tokenizer.pad_id, image_token_id=ctx, weighting="sample")["weights"]
    assert torch.allclose(sample.sum(-1), torch.ones(2))


def test_weighted_nll_is_the_weighted_mean_of_token_losses():
    logits = torch.randn(2, 3, 7)
    labels = torch.tensor([[1, 2, -100], [3, -100, -100]])
    weights = torch.tensor([[0.5, 0.5, 0.0], [1.0, 0.0, 0.0]])
    nll = -torch.log_softmax(logits, -1)
    want = (0.5 * nll[0, 0, 1] + 0.5 * nll[0, 1, 2] + nll[1, 0, 3]) / 2.0
    assert torch.allclose(weighted_nll(logits, labels, weights), want)


def test_batch_positions_are_v2pe_with_a_delta_per_image(tokenizer, tiny_model):
    encoder = SampleEncoder(tokenizer, tiny_model.config)
    images = gallery_two_step(random.Random(1), TripleSplit.make().train, n_images=2).images
    item = encoder.encode(Sample(images, "what shape is it ?", "circle", "colour"))
    ctx = tiny_model.config.img_context_token_id
    deltas = torch.tensor([0.5, 0.25], dtype=torch.float64)
    batch = collate([item], pad_id=tokenizer.pad_id, image_token_id=ctx, deltas=deltas)
    want = v2pe_positions(batch["input_ids"], image_token_id=ctx, delta=deltas)
    assert torch.equal(batch["positions"], want)
    assert float(want.max()) == len(item.ids) - 2 - 2 * 16 + 16 * 0.5 + 16 * 0.25


def test_streamed_greedy_tokens_match_the_full_forward_argmax(tiny_model, tokenizer):
    """Prefill with images at V2PE positions, then cached decoding: each token is what a full forward picks."""
    ctx = tiny_model.config.img_context_token_id
    prompt = [2, 10, 11, 4, *[ctx] * 16, 5, 12, 13]
    pixels = torch.randn(1, 3, 32, 32)
    new = generate_vl(tiny_model, [prompt], pixels, SampleConfig(max_new_tokens=5, temperature=0.0), delta=0.25)[0]
    ids = list(prompt)
    with torch.no_grad():
        for token in new:
            x = torch.tensor([ids])
            logits = tiny_model(x, pixel_values=pixels, positions=v2pe_positions(x, image_token_id=ctx, delta=0.25))
            assert int(logits[0, -1].argmax()) == token
            ids.append(token)
