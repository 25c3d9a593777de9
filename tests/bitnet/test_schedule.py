"""The two-stage schedule of research/bitnet.md §2, and its use through core.train."""

import math

import pytest
import torch
from torch.optim.optimizer import register_optimizer_step_post_hook

from nanofrontier.bitnet.train import TwoStageSchedule
from nanofrontier.core.train import TrainConfig, train


def sched(**kw):
    return TwoStageSchedule(**{"max_steps": 100, "lr": 1.5e-3, "warmup_steps": 10, **kw})


def test_warmup_is_linear_to_the_peak():
    s = sched()
    assert s.lr_at(5) == pytest.approx(0.75e-3)
    assert s.lr_at(10) == pytest.approx(1.5e-3)


def test_stage_one_is_a_cosine_from_peak_to_its_end_ratio():
    s = sched()
    assert s.cooldown_step == 50
    mid = 10 + 20  # halfway through stage 1's decay
    end = 1.5e-3 * s.stage1_end_ratio
    assert s.lr_at(mid) == pytest.approx(end + 0.5 * (1.5e-3 - end))
    assert s.lr_at(50) == pytest.approx(8e-4)
    assert all(s.lr_at(i) >= s.lr_at(i + 1) for i in range(10, 50))


def test_cooldown_drops_abruptly_then_decays_to_the_final_ratio():
    s = sched()
    assert s.lr_at(51) == pytest.approx(5e-4)
    largest_stage1_step = max(s.lr_at(i) - s.lr_at(i + 1) for i in range(10, 50))
    assert s.lr_at(50) - s.lr_at(51) > 4 * largest_stage1_step  # a drop, not a continuation
    assert s.lr_at(100) == pytest.approx(0.0, abs=1e-12)
    assert all(s.lr_at(i) >= s.lr_at(i + 1) for i in range(51, 100))
    assert sched(cooldown_at=0.8).cooldown_step == 80


def test_weight_decay_rises_to_its_peak_at_the_boundary_then_is_zero():
    s = sched()
    assert s.weight_decay_at(25) == pytest.approx(0.1 * 0.5 * (1 - math.cos(math.pi / 2)))
    assert s.weight_decay_at(50) == pytest.approx(0.1)
    assert [s.weight_decay_at(i) for i in range(51, 101)] == [0.0] * 50


@pytest.mark.parametrize("bad", [dict(cooldown_at=1.0), dict(cooldown_ratio=0.9), dict(warmup_steps=60),
                                 dict(lr=0.0), dict(max_steps=1)])
def test_invalid_schedules_name_the_field(bad):
    with pytest.raises(ValueError, match="TwoStageSchedule"):
        sched(**bad)


def test_core_train_steps_with_the_two_stage_lr_and_weight_decay():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.LayerNorm(4))
    s = TwoStageSchedule(max_steps=6, lr=0.1, warmup_steps=1)
    seen = []

    def record(opt, args, kwargs):
        seen.append([(g["lr"], g["weight_decay"]) for g in opt.param_groups])

    handle = register_optimizer_step_post_hook(record)
    try:
        train(model, lambda m, b: (m(b).square().mean(), {}), lambda i: torch.randn(2, 4),
              TrainConfig(max_steps=6, lr=1.0, warmup_steps=0, weight_decay=0.5), progress=False,
              schedule=s.step_values)
    finally:
        handle.remove()
    assert [step[0][0] for step in seen] == pytest.approx([s.lr_at(i) for i in range(1, 7)])
    assert [step[0][1] for step in seen] == pytest.approx([s.weight_decay_at(i) for i in range(1, 7)])
    assert all(step[1][1] == 0.0 for step in seen)  # the no-decay group (bias, norm gains) stays at 0
