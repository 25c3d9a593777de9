"""The Euler sampler over the shifted flow-matching schedule, as a scheduler separate from the model
(diffusers' design), equal to diffusers' `FlowMatchEulerDiscreteScheduler` in its default configuration.

    scheduler = FlowMatchEulerScheduler(SchedulerConfig(shift=3.0))
    scheduler.set_timesteps(25)
    for i, timestep in enumerate(scheduler.timesteps):       # sigma * 1000, from noise to data
        velocity = dit(x, timestep.expand(len(x)), labels)
        x = scheduler.step(velocity, i, x)                     # x + (sigma_{i+1} - sigma_i) * velocity

The schedule, as diffusers computes it: the training grid sigma = k / T (k = 1..T, T =
`num_train_timesteps`) is shifted, and its smallest value sigma_min = shift(1 / T) bounds the inference
grid; `set_timesteps(n)` takes n points evenly spaced from 1 to sigma_min, shifts them
(s * u / (1 + (s - 1) * u)) and appends 0. `save_pretrained` writes scheduler_config.json with the class
name diffusers expects, so `FlowMatchEulerDiscreteScheduler.from_pretrained(folder)` loads it, and
`from_pretrained` here reads diffusers' file (refusing the options it does not implement, by name).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import Tensor

from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.seaweed.layout import DIFFUSERS_VERSION, read_config

SCHEDULER_CONFIG = "scheduler_config.json"
CLASS_NAME = "FlowMatchEulerDiscreteScheduler"
# diffusers options whose non-default values change the schedule in ways not implemented here
_UNSUPPORTED = {"use_dynamic_shifting": False, "invert_sigmas": False, "shift_terminal": None,
                "use_karras_sigmas": False, "use_exponential_sigmas": False, "use_beta_sigmas": False,
                "stochastic_sampling": False}


@dataclass(frozen=True, kw_only=True)
class SchedulerConfig:
    num_train_timesteps: int = 1000
    shift: float = 3.0

    def __post_init__(self) -> None:
        if self.num_train_timesteps < 1 or self.shift <= 0:
            raise ValueError(f"SchedulerConfig: num_train_timesteps must be >= 1 and shift > 0, got "
                             f"{self.num_train_timesteps}, {self.shift}")


class FlowMatchEulerScheduler:
    def __init__(self, config: SchedulerConfig | None = None) -> None:
        self.config = config or SchedulerConfig()
        self.sigmas = torch.ones(1)
        self.timesteps = torch.ones(0)

    def _shift(self, sigma: np.ndarray | float) -> np.ndarray | float:
        s = self.config.shift
        return s * sigma / (1 + (s - 1) * sigma)

    @property
    def sigma_min(self) -> float:
        """The smallest shifted training sigma, float32 as diffusers stores it."""
        return float(np.float32(self._shift(np.float32(1.0 / self.config.num_train_timesteps))))

    def set_timesteps(self, num_inference_steps: int) -> None:
        if num_inference_steps < 1:
            raise ValueError(f"num_inference_steps must be >= 1, got {num_inference_steps}")
        T = self.config.num_train_timesteps
        # the same operations and precisions as diffusers (float64 grid, float32 result)
        grid = np.linspace(1.0 * T, self.sigma_min * T, num_inference_steps) / T
        sigmas = torch.from_numpy(np.asarray(self._shift(grid))).to(torch.float32)
        self.timesteps = sigmas * T
        self.sigmas = torch.cat([sigmas, torch.zeros(1)])

    @property
    def num_inference_steps(self) -> int:
        return len(self.timesteps)

    def step(self, velocity: Tensor, index: int, sample: Tensor) -> Tensor:
        """One Euler step from sigmas[index] to sigmas[index + 1], in float32."""
        if not 0 <= index < self.num_inference_steps:
            raise IndexError(f"step index {index} outside [0, {self.num_inference_steps}); call set_timesteps first")
        dt = self.sigmas[index + 1] - self.sigmas[index]
        return sample.float() + dt * velocity

    def add_noise(self, sample: Tensor, noise: Tensor, sigma: float | Tensor) -> Tensor:
        """x_sigma = sigma * noise + (1 - sigma) * sample (diffusers' `scale_noise`)."""
        return sigma * noise + (1.0 - sigma) * sample

    def save_pretrained(self, folder: str | os.PathLike) -> None:
        write_json_atomic(Path(folder) / SCHEDULER_CONFIG, {
            "_class_name": CLASS_NAME, "_diffusers_version": DIFFUSERS_VERSION,
            "num_train_timesteps": self.config.num_train_timesteps, "shift": self.config.shift, **_UNSUPPORTED})

    @classmethod
    def from_pretrained(cls, folder: str | os.PathLike) -> FlowMatchEulerScheduler:
        data = read_config(folder, SCHEDULER_CONFIG)
        path = Path(folder) / SCHEDULER_CONFIG
        if data.get("_class_name", CLASS_NAME) != CLASS_NAME:
            raise CheckpointError(f"{path}: _class_name is {data['_class_name']!r}, expected {CLASS_NAME!r}")
        for key, default in _UNSUPPORTED.items():
            if data.get(key, default) not in (default, 0):
                raise CheckpointError(f"{path}: {key}={data[key]!r} is not supported (only the default schedule)")
        try:
            return cls(SchedulerConfig(num_train_timesteps=int(data.get("num_train_timesteps", 1000)),
                                       shift=float(data.get("shift", 1.0))))
        except (TypeError, ValueError) as e:
            raise CheckpointError(f"{path}: {e}") from e
