"""Flow matching: the velocity target, the timestep shift, condition dropout and the I2V condition."""

import pytest
import torch

from nanofrontier.seaweed.flow import (
    FlowConfig,
    drop_labels,
    first_frame_condition,
    flow_matching_loss,
    noisy_latents,
    sample_time,
    shift_time,
    velocity_target,
)


class Recorder(torch.nn.Module):
    """Predicts zeros and keeps what it was called with."""

    def __init__(self):
        super().__init__()
        self.calls = []

    def forward(self, latents, timestep, labels, condition=None):
        self.calls.append((latents, timestep, labels, condition))
        return torch.zeros_like(latents)


def test_interpolation_and_velocity_follow_rectified_flow():
    x0, noise = torch.randn(3, 4, 2, 2, 2), torch.randn(3, 4, 2, 2, 2)
    t = torch.tensor([0.0, 0.25, 1.0])
    xt = noisy_latents(x0, noise, t)
    assert torch.allclose(xt[0], x0[0]) and torch.allclose(xt[2], noise[2])
    assert torch.allclose(xt[1], 0.75 * x0[1] + 0.25 * noise[1])
    # the velocity is d x_t / d t, so an Euler step of dt along it lands on x_{t + dt}
    v = velocity_target(x0, noise)
    assert torch.allclose(xt[1] + 0.5 * v[1], noisy_latents(x0, noise, torch.full((3,), 0.75))[1], atol=1e-6)


def test_loss_regresses_the_velocity_noise_minus_data():
    torch.manual_seed(0)
    model = Recorder()
    x0 = torch.randn(4, 3, 3, 2, 2)
    loss, _ = flow_matching_loss(model, {"latents": x0, "labels": torch.zeros(4, 3, dtype=torch.long)},
                                 FlowConfig(condition_dropout=0.0, i2v_probability=0.0))
    xt, timestep, _, _ = model.calls[0]
    t = (timestep / 1000).reshape(-1, 1, 1, 1, 1)
    noise = (xt - (1 - t) * x0) / t  # recovered from what the model saw
    assert loss.item() == pytest.approx((noise - x0).pow(2).mean().item(), rel=1e-4)


def test_shift_is_the_identity_at_1_and_moves_time_toward_noise():
    t = torch.linspace(0, 1, 11)
    assert torch.allclose(shift_time(t, 1.0), t)
    shifted = shift_time(t, 3.0)
    assert shifted[0] == 0 and shifted[-1] == 1
    assert torch.all(shifted[1:-1] > t[1:-1])
    assert shift_time(torch.tensor(0.5), 3.0).item() == pytest.approx(0.75)


def test_training_times_are_shifted_per_sample_kind():
    cfg = FlowConfig(image_shift=1.0, video_shift=3.0)
    g = torch.Generator().manual_seed(0)
    plain = sample_time(4000, cfg, 1.0, g)
    g = torch.Generator().manual_seed(0)
    video = sample_time(4000, cfg, cfg.shift_for(9), g)
    assert cfg.shift_for(1) == 1.0 and cfg.shift_for(9) == 3.0
    assert torch.allclose(video, shift_time(plain, 3.0))
    assert 0 < plain.min() and plain.max() < 1 and abs(plain.mean().item() - 0.5) < 0.02


def test_condition_dropout_nulls_whole_samples_at_the_requested_rate():
    labels = torch.arange(3).repeat(2000, 1)
    dropped = drop_labels(labels, 0.1, 11, torch.Generator().manual_seed(0))
    nulled = (dropped == 11).all(1)
    assert ((dropped == labels).all(1) | nulled).all()  # never partly dropped
    assert abs(nulled.float().mean().item() - 0.1) < 0.02


def test_first_frame_condition_holds_the_latent_and_a_mask_on_frame_0_only():
    first = torch.randn(2, 4, 1, 3, 3)
    cond = first_frame_condition(first, 3)
    assert cond.shape == (2, 5, 3, 3, 3)
    assert torch.equal(cond[:, :4, :1], first) and cond[:, :4, 1:].abs().sum() == 0
    assert cond[:, 4, 0].eq(1).all() and cond[:, 4, 1:].eq(0).all()


def test_image_to_video_samples_get_the_clean_first_frame():
    torch.manual_seed(0)
    model = Recorder()
    x0 = torch.randn(64, 3, 3, 2, 2)
    _, metrics = flow_matching_loss(model, {"latents": x0, "labels": torch.zeros(64, 3, dtype=torch.long)},
                                    FlowConfig(i2v_probability=0.5))
    cond = model.calls[0][3]
    conditioned = cond[:, 3, 0, 0, 0] == 1
    assert 0.3 < metrics["i2v_share"] < 0.7 and conditioned.float().mean().item() == metrics["i2v_share"]
    assert torch.equal(cond[conditioned, :3, :1], x0[conditioned, :, :1])
    assert cond[~conditioned].abs().sum() == 0
    # a still image has nothing to condition on
    flow_matching_loss(model, {"latents": x0[:, :, :1], "labels": torch.zeros(64, 3, dtype=torch.long)},
                       FlowConfig(i2v_probability=1.0))
    assert model.calls[-1][3] is None


def test_bad_flow_config_is_named():
    with pytest.raises(ValueError, match="condition_dropout"):
        FlowConfig(condition_dropout=1.5)
    with pytest.raises(ValueError, match="shifts must be > 0"):
        FlowConfig(video_shift=0)
