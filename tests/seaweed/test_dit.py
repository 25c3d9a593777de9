"""The hybrid-stream DiT: shapes with and without the image condition, 3-D RoPE, equal-parameter ablation."""

import pytest
import torch

from nanofrontier.seaweed.dit import (
    DiTConfig,
    HybridFFN,
    HybridStreamDiT,
    SwiGLU,
    apply_rope,
    dit_tiny,
    dual_tiny,
    equal_parameter_hybrid_size,
    mm_rope_positions,
    rope_angles,
)

SMALL = dict(hidden_size=32, num_attention_heads=2, rope_axes_dim=(4, 6, 6), intermediate_size=64,
             hybrid_intermediate_size=96, timestep_embedding_dim=32)


def _inputs(B=2, C=16, T=3, H=4, W=4):
    return torch.randn(B, C, T, H, W), torch.tensor([900.0, 10.0])[:B], torch.randint(0, 12, (B, 3))


def _randomize_output(model):
    torch.nn.init.normal_(model.proj_out.weight, std=0.1)  # zero at init: make the output depend on the input


@pytest.mark.parametrize("thw", [(3, 4, 4), (1, 4, 4), (2, 6, 6)])
def test_output_has_the_latent_shape_with_and_without_the_image_condition(thw):
    model = HybridStreamDiT(dit_tiny(**SMALL))
    x, t, labels = _inputs(T=thw[0], H=thw[1], W=thw[2])
    assert model(x, t, labels).shape == x.shape
    assert model(x, t, labels, torch.randn(2, 17, *thw)).shape == x.shape


def test_the_image_condition_changes_the_prediction():
    model = HybridStreamDiT(dit_tiny(**SMALL))
    _randomize_output(model)
    x, t, labels = _inputs()
    cond = torch.zeros(2, 17, 3, 4, 4)
    cond[:, :16, 0] = torch.randn(2, 16, 4, 4)
    cond[:, 16, 0] = 1
    assert not torch.allclose(model(x, t, labels), model(x, t, labels, cond))
    # condition=None means "all zeros": text-to-video
    assert torch.allclose(model(x, t, labels), model(x, t, labels, torch.zeros(2, 17, 3, 4, 4)))


def test_patch_size_1_2_2_round_trips_and_keeps_the_shape():
    model = HybridStreamDiT(dit_tiny(**SMALL, patch_size=(1, 2, 2)))
    x, t, labels = _inputs()
    tokens = model.patchify(x)
    assert tokens.shape == (2, 3 * 2 * 2, 16 * 4)
    assert torch.equal(model.unpatchify(tokens, (3, 2, 2)), x)
    assert model(x, t, labels).shape == x.shape


def test_output_projection_starts_at_zero():
    model = HybridStreamDiT(dit_tiny(**SMALL))
    x, t, labels = _inputs()
    assert torch.count_nonzero(model(x, t, labels)) == 0


def test_hybrid_and_dual_presets_have_equal_parameters():
    count = lambda cfg: sum(p.numel() for p in HybridStreamDiT(cfg).parameters())  # noqa: E731
    assert count(dit_tiny()) == count(dual_tiny())
    assert equal_parameter_hybrid_size(320, 2 / 3) == dit_tiny().hybrid_intermediate_size
    hybrid_blocks = [type(b.ffn).__name__ for b in HybridStreamDiT(dit_tiny()).blocks]
    assert hybrid_blocks == ["DualFFN", "DualFFN", "HybridFFN", "HybridFFN"]
    assert {type(b.ffn).__name__ for b in HybridStreamDiT(dual_tiny()).blocks} == {"DualFFN"}


def test_hybrid_ffn_equals_one_swiglu_whose_first_units_are_shared():
    ffn = HybridFFN(16, units=12, shared=8)
    v, c = torch.randn(2, 5, 16), torch.randn(2, 3, 16)
    whole = SwiGLU(16, 12)
    with torch.no_grad():  # the video stream's FFN as one SwiGLU: shared units then private units
        gate_s, up_s = ffn.shared.gate_up.weight.chunk(2)
        gate_v, up_v = ffn.video.gate_up.weight.chunk(2)
        whole.gate_up.weight.copy_(torch.cat([gate_s, gate_v, up_s, up_v]))
        whole.down.weight.copy_(torch.cat([ffn.shared.down.weight, ffn.video.down.weight], dim=1))
    out_v, out_c = ffn(v, c)
    assert torch.allclose(out_v, whole(v), atol=1e-6)
    assert torch.allclose(out_c, ffn.shared(c) + ffn.cond(c), atol=1e-6)


def test_mm_rope_gives_condition_tokens_equal_ids_and_video_tokens_offset_grids():
    pos = mm_rope_positions(3, (2, 2, 3))
    assert pos[:3].tolist() == [[0, 0, 0], [1, 1, 1], [2, 2, 2]]
    assert pos[3].tolist() == [3, 3, 3] and pos[-1].tolist() == [4, 4, 5]
    assert len(pos) == 3 + 2 * 2 * 3


def test_rope_scores_depend_only_on_relative_position_per_axis():
    angles_a = rope_angles(torch.tensor([[0, 0, 0], [1, 2, 3]]), (4, 6, 6), 10000.0)
    angles_b = rope_angles(torch.tensor([[5, 7, 9], [6, 9, 12]]), (4, 6, 6), 10000.0)  # the same offsets
    q, k = torch.randn(1, 1, 1, 16), torch.randn(1, 1, 1, 16)

    def score(angles):
        cos, sin = angles.cos(), angles.sin()
        return (apply_rope(q, cos[:1], sin[:1]) * apply_rope(k, cos[1:], sin[1:])).sum()

    assert torch.allclose(score(angles_a), score(angles_b), atol=1e-4)
    moved = rope_angles(torch.tensor([[0, 0, 0], [1, 2, 4]]), (4, 6, 6), 10000.0)
    assert not torch.allclose(score(angles_a), score(moved), atol=1e-4)


def test_video_tokens_attend_to_the_labels():
    model = HybridStreamDiT(dit_tiny(**SMALL))
    _randomize_output(model)
    x, t, labels = _inputs()
    other = (labels + 1) % 12
    assert not torch.allclose(model(x, t, labels), model(x, t, other))


def test_bad_inputs_are_named():
    model = HybridStreamDiT(dit_tiny(**SMALL))
    x, t, labels = _inputs()
    with pytest.raises(ValueError, match=r"latents: expected \[B, 16"):
        model(x[:, :8], t, labels)
    with pytest.raises(ValueError, match="labels: expected"):
        model(x, t, labels[:, :2])
    with pytest.raises(ValueError, match=r"ids must be in \[0, 12\)"):
        model(x, t, labels + 20)
    with pytest.raises(ValueError, match="condition: expected"):
        model(x, t, labels, torch.zeros(2, 16, 3, 4, 4))
    with pytest.raises(ValueError, match="timestep"):
        model(x, t[:1], labels)
    with pytest.raises(ValueError, match="head_dim"):
        DiTConfig(hidden_size=32, num_attention_heads=2, rope_axes_dim=(4, 4, 4))
