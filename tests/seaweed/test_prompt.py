"""Prompts, synthetic clips and the metrics used to judge them."""

import numpy as np
import pytest
import scipy.linalg
import torch

from nanofrontier.seaweed.metrics import frechet_distance, psnr, ssim
from nanofrontier.seaweed.prompt import Label, LabelVocab, all_labels
from nanofrontier.seaweed.shapes import ClipSpec, clip_batch, render_labels


def test_prompt_parses_into_three_tokens_and_back():
    vocab = LabelVocab()
    label = vocab.parse("A red circle moving left")
    assert label == Label(0, 0, 0)
    assert vocab.describe(label) == "red circle moving left"
    assert vocab.token_ids([label, vocab.parse("blue triangle")]).tolist() == [[0, 3, 7], [2, 5, 11]]
    assert len(all_labels()) == 48 and vocab.size == 12


@pytest.mark.parametrize(("prompt", "message"), [
    ("red cirlce moving left", "unknown word 'cirlce'"),
    ("red blue circle", "two colour words"),
    ("circle moving left", "no colour"),
])
def test_bad_prompts_name_the_problem(prompt, message):
    with pytest.raises(ValueError, match=message):
        LabelVocab().parse(prompt)


def test_clips_are_deterministic_in_range_and_of_the_requested_shape():
    spec = ClipSpec(frames=9, size=32)
    a, labels = clip_batch(spec, count=4, seed=0, index=3)
    b, _ = clip_batch(spec, count=4, seed=0, index=3)
    c, _ = clip_batch(spec, count=4, seed=0, index=4)
    assert a.shape == (4, 3, 9, 32, 32) and torch.equal(a, b) and not torch.equal(a, c)
    assert a.min() >= -1 and a.max() <= 1 and len(labels) == 4


@pytest.mark.parametrize("direction", range(4))
def test_the_shape_moves_in_the_labelled_direction(direction):
    video = render_labels([Label(0, 0, direction)] * 8, ClipSpec(frames=5, size=32), seed=1)
    red = (video[:, 0] - video[:, 1]).clamp_min(0)  # [B, T, H, W]: the red shape against grey
    ys, xs = torch.meshgrid(torch.arange(32.0), torch.arange(32.0), indexing="ij")
    cx = (red * xs).sum((2, 3)) / red.sum((2, 3))
    cy = (red * ys).sum((2, 3)) / red.sum((2, 3))
    step = {0: -cx, 1: cx, 2: -cy, 3: cy}[direction]
    assert (step[:, 1] - step[:, 0] > 0.5).all()  # the first step is always free of walls


def test_psnr_of_a_known_error():
    a = torch.zeros(1, 3, 1, 8, 8)
    b = torch.full_like(a, 0.2)  # 0.1 on [0, 1] pixels: MSE 0.01 -> 20 dB
    assert psnr(a, b).item() == pytest.approx(20.0, abs=1e-4)


def test_ssim_is_one_for_equal_videos_and_falls_with_noise():
    torch.manual_seed(0)
    video = torch.rand(2, 3, 2, 16, 16) * 2 - 1
    assert torch.allclose(ssim(video, video), torch.ones(2), atol=1e-5)
    noisy = (video + 0.3 * torch.randn_like(video)).clamp(-1, 1)
    assert (ssim(noisy, video) < 0.95).all()
    # two flat videos: only the luminance term remains, (2 m1 m2 + c1) / (m1^2 + m2^2 + c1) on [0, 1] pixels
    flat_a, flat_b = torch.full((1, 3, 1, 16, 16), 0.0), torch.full((1, 3, 1, 16, 16), -0.5)  # 0.5 and 0.25
    c1 = 0.01 ** 2
    assert ssim(flat_a, flat_b).item() == pytest.approx((2 * 0.5 * 0.25 + c1) / (0.25 + 0.0625 + c1), rel=1e-5)
    with pytest.raises(ValueError, match="smaller than the 11-pixel window"):
        ssim(video[..., :8, :8], video[..., :8, :8])


def test_frechet_distance_matches_scipys_matrix_square_root():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(200, 5)), rng.normal(0.5, 2.0, size=(300, 5))
    ca, cb = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    expected = ((a.mean(0) - b.mean(0)) ** 2).sum() + np.trace(ca + cb - 2 * scipy.linalg.sqrtm(ca @ cb).real)
    assert frechet_distance(a, b) == pytest.approx(expected, rel=1e-6)
    assert frechet_distance(a, a) == pytest.approx(0.0, abs=1e-8)
    with pytest.raises(ValueError, match="frechet_distance"):
        frechet_distance(a, b[:, :4])
