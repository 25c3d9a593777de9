"""Synthetic videos: one shape of a known kind and colour crossing a plain background in a known direction,
bouncing off the walls: the tiny stand-in for Seaweed's video corpus.

    spec = ClipSpec(frames=9, size=32)
    videos, labels = clip_batch(spec, count=16, seed=0, index=3)   # [16, 3, 9, 32, 32] in [-1, 1]
    clip = render_clip(Label(0, 0, 0), spec, np.random.default_rng(0))   # [9, 32, 32, 3] in [0, 1]

Sizes and speeds are fractions of the frame side, so one label looks the same at 32, 48 or 64 pixels
(the resolution tests rely on it). The start is drawn so that the shape moves freely for at least
`free_frames` frames before its first bounce: the direction is visible in every clip. Edges are
anti-aliased over one pixel from the shape's signed distance. `clip_batch` is a pure function of
(spec, count, seed, index), so a training run can ask for batch i again after a resume.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import Tensor

from nanofrontier.seaweed.prompt import COLOURS, DIRECTIONS, SHAPES, Label

RGB = {"red": (0.92, 0.16, 0.14), "green": (0.16, 0.78, 0.25), "blue": (0.20, 0.35, 0.95),
       "yellow": (0.95, 0.85, 0.15)}
# unit steps in image coordinates (x right, y down)
STEP = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0)}


@dataclass(frozen=True, kw_only=True)
class ClipSpec:
    frames: int = 9  # 1 + 4k for the causal VAE; 1 is a still image
    size: int = 32  # square frames, pixels
    min_radius: float = 0.13  # of the side
    max_radius: float = 0.2
    min_speed: float = 0.045  # of the side per frame
    max_speed: float = 0.07
    free_frames: int = 3
    background: tuple[float, float] = (0.05, 0.25)  # grey level range

    def __post_init__(self) -> None:
        if self.frames < 1 or self.size < 8:
            raise ValueError(f"ClipSpec: frames must be >= 1 and size >= 8, got frames={self.frames}, size={self.size}")
        if not 0 < self.min_radius <= self.max_radius < 0.3:
            raise ValueError(f"ClipSpec: radii must satisfy 0 < min_radius <= max_radius < 0.3, got "
                             f"{self.min_radius}, {self.max_radius}")


def _shape_distance(shape: str, dx: np.ndarray, dy: np.ndarray, r: float) -> np.ndarray:
    """Signed distance (pixels, negative inside) to a circle, an axis-aligned square or an upward
    equilateral triangle of circumradius-like size r, centred at the origin."""
    if shape == "circle":
        return np.hypot(dx, dy) - r
    if shape == "square":
        return np.maximum(np.abs(dx), np.abs(dy)) - 0.85 * r
    # triangle: the largest of three half-plane distances (exact along the edges)
    edges = [(0.0, 1.0), (np.sqrt(3) / 2, -0.5), (-np.sqrt(3) / 2, -0.5)]  # outward normals (y down)
    return np.max([nx * dx + ny * dy - 0.55 * r for nx, ny in edges], axis=0)


def _bounce(p: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Reflect positions into [lo, hi] (a triangle wave), as a ball bouncing between two walls."""
    span = hi - lo
    u = np.mod(p - lo, 2 * span)
    return lo + np.where(u <= span, u, 2 * span - u)


def _trajectory(direction: str, spec: ClipSpec, r: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Centre x and y per frame, pixel units."""
    side = spec.size
    lo, hi = r + 0.5, side - r - 0.5
    speed = rng.uniform(spec.min_speed, spec.max_speed) * side
    sx, sy = STEP[direction]
    free = min(spec.free_frames * speed, 0.6 * (hi - lo))
    start = []
    for s in (sx, sy):  # along the motion axis, leave room for `free_frames` frames before a wall
        start.append(rng.uniform(lo + free, hi) if s < 0 else rng.uniform(lo, hi - free) if s > 0
                     else rng.uniform(lo, hi))
    t = np.arange(spec.frames)
    return _bounce(start[0] + sx * speed * t, lo, hi), _bounce(start[1] + sy * speed * t, lo, hi)


def render_clip(label: Label, spec: ClipSpec, rng: np.random.Generator) -> np.ndarray:
    """[frames, size, size, 3] float32 in [0, 1]. A label without a direction renders a still shape."""
    side = spec.size
    r = rng.uniform(spec.min_radius, spec.max_radius) * side
    direction = DIRECTIONS[label.direction] if label.direction is not None else "left"
    xs, ys = _trajectory(direction, spec, r, rng)
    if label.direction is None:
        xs, ys = np.full_like(xs, xs[0]), np.full_like(ys, ys[0])
    grid = np.arange(side) + 0.5
    dx = grid[None, None, :] - xs[:, None, None]  # [F, 1, W]
    dy = grid[None, :, None] - ys[:, None, None]  # [F, H, 1]
    dist = _shape_distance(SHAPES[label.shape], dx, dy, r)  # [F, H, W]
    alpha = np.clip(0.5 - dist, 0.0, 1.0)[..., None]
    background = rng.uniform(*spec.background)
    colour = np.array(RGB[COLOURS[label.colour]])
    return (background * (1 - alpha) + colour * alpha).astype(np.float32)


def random_labels(count: int, rng: np.random.Generator, *, with_direction: bool = True) -> list[Label]:
    s = rng.integers(len(SHAPES), size=count)
    c = rng.integers(len(COLOURS), size=count)
    d = rng.integers(len(DIRECTIONS), size=count)
    return [Label(int(a), int(b), int(e) if with_direction else None) for a, b, e in zip(s, c, d, strict=True)]


def to_tensor(clips: list[np.ndarray]) -> Tensor:
    """[B, 3, F, H, W] in [-1, 1] from a list of [F, H, W, 3] arrays in [0, 1]."""
    return torch.from_numpy(np.stack(clips)).permute(0, 4, 1, 2, 3).mul(2).sub(1).contiguous()


def render_labels(labels: list[Label], spec: ClipSpec, seed: int, index: int = 0) -> Tensor:
    """Clips of the given labels, [B, 3, F, H, W] in [-1, 1], a pure function of (labels, spec, seed, index)."""
    rng = np.random.default_rng([seed, index, spec.size, spec.frames])
    return to_tensor([render_clip(label, spec, rng) for label in labels])


def clip_batch(spec: ClipSpec, *, count: int, seed: int, index: int) -> tuple[Tensor, list[Label]]:
    """`count` random clips and their labels; the same (spec, count, seed, index) gives the same batch."""
    rng = np.random.default_rng([seed, index, spec.size, spec.frames, 1])
    labels = random_labels(count, rng)
    return to_tensor([render_clip(label, spec, rng) for label in labels]), labels
