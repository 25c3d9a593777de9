"""V2PE: text tokens advance the position by 1, visual tokens by their image's delta; checked against positions
computed token by token in the test, and fed to core's RoPE as floats."""

import pytest
import torch

from nanofrontier.internvl.positions import DELTAS, count_images, sample_deltas, v2pe_positions

from .conftest import IMAGE_TOKEN, image_prompt


def reference_positions(ids: list[int], deltas: list[float], pad: list[bool]) -> list[float]:
    """The paper's recurrence, one token at a time: p_1 = 0, then +1 (text) or +delta (visual)."""
    out, p, image, previous_visual, started = [], 0.0, -1, False, False
    for token, is_pad in zip(ids, pad, strict=True):
        if is_pad:
            out.append(0.0)
            continue
        visual = token == IMAGE_TOKEN
        if visual and not previous_visual:
            image += 1
        if started:
            p += deltas[image] if visual else 1.0
        started, previous_visual = True, visual
        out.append(p)
    return out


@pytest.mark.parametrize("delta", [1.0, 0.5, 1 / 16, 1 / 256])
def test_one_delta_for_every_image_matches_the_recurrence(delta):
    ids = image_prompt(3)
    got = v2pe_positions(ids, image_token_id=IMAGE_TOKEN, delta=delta)[0].tolist()
    want = reference_positions(ids[0].tolist(), [delta] * 3, [False] * ids.shape[1])
    assert got == pytest.approx(want, abs=1e-6)


def test_delta_per_image_and_left_padding_match_the_recurrence():
    a, b = image_prompt(2)[0].tolist(), image_prompt(1, text_before=1)[0].tolist()
    pad = len(a) - len(b)
    ids = torch.tensor([a, [0] * pad + b])
    mask = torch.tensor([[1] * len(a), [0] * pad + [1] * len(b)])
    deltas = torch.tensor([0.5, 0.125, 0.25])  # row-major: row 0's two images, then row 1's
    got = v2pe_positions(ids, image_token_id=IMAGE_TOKEN, delta=deltas, attention_mask=mask)
    assert got[0].tolist() == pytest.approx(reference_positions(a, [0.5, 0.125], [False] * len(a)))
    assert got[1].tolist() == pytest.approx(reference_positions([0] * pad + b, [0.25], [True] * pad + [False] * len(b)))


def test_delta_one_gives_plain_integer_positions():
    ids = image_prompt(2)
    assert torch.equal(v2pe_positions(ids, image_token_id=IMAGE_TOKEN), torch.arange(ids.shape[1]).float()[None])


def test_an_image_with_delta_one_sixteenth_spans_one_position():
    ids = image_prompt(1, text_before=2, text_after=1)  # 2 text, <img>, 16 visual, </img>, label, 1 text
    pos = v2pe_positions(ids, image_token_id=IMAGE_TOKEN, delta=1 / 16)[0]
    assert pos[3:19].tolist() == pytest.approx([2 + (k + 1) / 16 for k in range(16)])
    assert pos[19].item() == pytest.approx(4.0)  # </img>: the last visual position + 1


def test_wrong_number_of_deltas_is_refused_with_the_count():
    with pytest.raises(ValueError, match=r"expected \[3\]: one per image"):
        v2pe_positions(image_prompt(3), image_token_id=IMAGE_TOKEN, delta=torch.ones(2))
    with pytest.raises(ValueError, match="delta must be in"):
        v2pe_positions(image_prompt(1), image_token_id=IMAGE_TOKEN, delta=2.0)


def test_sampled_deltas_come_from_the_training_set():
    d = sample_deltas(500, torch.Generator().manual_seed(0))
    assert set(d.tolist()) <= set(DELTAS) and len(set(d.tolist())) == len(DELTAS)
    assert count_images(image_prompt(4), IMAGE_TOKEN) == 4


def test_fractional_positions_reach_core_rope(tiny_model):
    ctx = tiny_model.config.img_context_token_id
    ids = image_prompt(1, tokens=16)
    ids = torch.where(ids == IMAGE_TOKEN, ctx, ids + 10)  # text ids clear of the context id
    pixels = torch.randn(1, 3, 32, 32)
    with torch.no_grad():
        plain = tiny_model(ids, pixel_values=pixels)
        same = tiny_model(ids, pixel_values=pixels, positions=v2pe_positions(ids, image_token_id=ctx, delta=1.0))
        squeezed = tiny_model(ids, pixel_values=pixels, positions=v2pe_positions(ids, image_token_id=ctx, delta=0.25))
        shifted = tiny_model(ids, pixel_values=pixels,
                             positions=v2pe_positions(ids, image_token_id=ctx, delta=0.25) + 0.5)
    assert torch.allclose(plain, same)
    assert not torch.allclose(plain[:, 5:], squeezed[:, 5:], atol=1e-3)
    assert torch.allclose(squeezed, shifted, atol=1e-4)  # RoPE sees differences only: a constant shift is free
