"""The Euler scheduler against diffusers' FlowMatchEulerDiscreteScheduler, built in-process."""

import pytest
import torch

from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.seaweed.flow import shift_time
from nanofrontier.seaweed.scheduler import FlowMatchEulerScheduler, SchedulerConfig

diffusers = pytest.importorskip("diffusers")


@pytest.mark.parametrize("shift", [1.0, 3.0, 12.0])
@pytest.mark.parametrize("steps", [1, 8, 25])
def test_sigmas_and_timesteps_match_diffusers(shift, steps):
    ours = FlowMatchEulerScheduler(SchedulerConfig(shift=shift))
    ours.set_timesteps(steps)
    ref = diffusers.FlowMatchEulerDiscreteScheduler(shift=shift)
    ref.set_timesteps(steps)
    assert ours.sigmas.shape == ref.sigmas.shape == (steps + 1,)
    assert torch.allclose(ours.sigmas, ref.sigmas, atol=1e-6, rtol=0)
    assert torch.allclose(ours.timesteps, ref.timesteps, atol=1e-4, rtol=0)  # sigma * 1000


@pytest.mark.parametrize("steps", [8, 25])
def test_euler_steps_match_diffusers_step_for_step(steps):
    ours = FlowMatchEulerScheduler(SchedulerConfig(shift=3.0))
    ref = diffusers.FlowMatchEulerDiscreteScheduler(shift=3.0)
    ours.set_timesteps(steps)
    ref.set_timesteps(steps)
    x_ours = x_ref = torch.randn(2, 4, 3, 4, 4)

    def velocity(x, t):  # any deterministic function of (x, t) serves as the model
        return torch.sin(x * 1.3 + t / 1000)

    for i, t in enumerate(ref.timesteps):
        x_ref = ref.step(velocity(x_ref, t), t, x_ref).prev_sample
        x_ours = ours.step(velocity(x_ours, ours.timesteps[i]), i, x_ours)
        assert torch.allclose(x_ours, x_ref, atol=1e-6, rtol=0), f"step {i}"


def test_schedule_is_the_shifted_grid_ending_at_zero():
    sched = FlowMatchEulerScheduler(SchedulerConfig(shift=3.0))
    sched.set_timesteps(4)
    assert sched.sigmas[0] == 1.0 and sched.sigmas[-1] == 0.0
    assert torch.all(sched.sigmas[1:] < sched.sigmas[:-1])
    # the grid ends at the shifted smallest training sigma, shift(1/T), and is shifted once more (as diffusers)
    assert sched.sigma_min == pytest.approx(float(shift_time(torch.tensor(1e-3), 3.0)), rel=1e-6)
    grid = torch.linspace(1.0, sched.sigma_min, 4, dtype=torch.float64)
    assert torch.allclose(sched.sigmas[:-1].double(), shift_time(grid, 3.0), atol=1e-6)


def test_our_saved_config_loads_in_diffusers_and_theirs_in_ours(tmp_path):
    FlowMatchEulerScheduler(SchedulerConfig(shift=5.0, num_train_timesteps=500)).save_pretrained(tmp_path / "ours")
    ref = diffusers.FlowMatchEulerDiscreteScheduler.from_pretrained(tmp_path / "ours")
    assert ref.config.shift == 5.0 and ref.config.num_train_timesteps == 500
    diffusers.FlowMatchEulerDiscreteScheduler(shift=2.0).save_pretrained(tmp_path / "theirs")
    assert FlowMatchEulerScheduler.from_pretrained(tmp_path / "theirs").config == SchedulerConfig(shift=2.0)


def test_an_unsupported_diffusers_option_is_refused_by_name(tmp_path):
    diffusers.FlowMatchEulerDiscreteScheduler(shift=2.0, use_karras_sigmas=True).save_pretrained(tmp_path)
    with pytest.raises(CheckpointError, match="use_karras_sigmas"):
        FlowMatchEulerScheduler.from_pretrained(tmp_path)


def test_step_outside_the_schedule_is_an_error():
    sched = FlowMatchEulerScheduler()
    sched.set_timesteps(3)
    with pytest.raises(IndexError, match="step index 3"):
        sched.step(torch.zeros(1), 3, torch.zeros(1))
    with pytest.raises(ValueError, match="num_inference_steps"):
        sched.set_timesteps(0)
