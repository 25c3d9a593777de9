"""Variable Visual Position Encoding (V2PE; InternVL3 report, architecture): visual tokens advance the position by δ.

    p_1 = 0,   p_i = p_{i-1} + 1 for a text token,   p_i = p_{i-1} + δ for a visual token (δ <= 1)

δ is held fixed within one image (one contiguous run of `<IMG_CONTEXT>` tokens) and drawn per image from
Δ = {1, 1/2, 1/4, ..., 1/256} in training; at inference one δ is chosen to fit the context (a smaller δ keeps
a long multi-image prompt inside the position range seen in training). δ = 1 is plain 1-D RoPE. The
positions are floats and reach core's RoPE as such (`CausalLM.forward(positions=...)`).

    pos = v2pe_positions(input_ids, image_token_id=ctx, delta=1 / 16)                  # one δ for every image
    pos = v2pe_positions(input_ids, image_token_id=ctx, delta=sample_deltas(n, gen))   # one δ per image

Left padding (attention_mask 0) is skipped: the first real token of each row is position 0, pads get 0.
"""

from __future__ import annotations

import torch
from torch import Tensor

DELTAS = tuple(1 / 2 ** k for k in range(9))  # Δ = {1, 1/2, ..., 1/256}


def count_images(input_ids: Tensor, image_token_id: int) -> int:
    """Contiguous runs of the image-context token, counted row by row."""
    visual = input_ids == image_token_id
    starts = visual & ~torch.nn.functional.pad(visual, (1, 0))[:, :-1]
    return int(starts.sum())


def v2pe_positions(input_ids: Tensor, *, image_token_id: int, delta: float | Tensor = 1.0,
                   attention_mask: Tensor | None = None) -> Tensor:
    """Positions [B, T] (float32) for ids [B, T]; `delta` is one float or one per image [n_images] (row-major)."""
    visual = input_ids == image_token_id  # [B, T]
    real = torch.ones_like(visual) if attention_mask is None else attention_mask.bool()
    if isinstance(delta, Tensor):
        starts = visual & ~torch.nn.functional.pad(visual, (1, 0))[:, :-1]
        n_images = int(starts.sum())
        if delta.shape != (n_images,):
            raise ValueError(f"delta has shape {list(delta.shape)}, expected [{n_images}]: one per image "
                             f"(a contiguous run of token {image_token_id})")
        run = (starts.flatten().cumsum(0) - 1).clamp(min=0).view_as(visual)  # image index of each token
        step_visual = delta.to(device=input_ids.device, dtype=torch.float64)[run] if n_images else torch.zeros_like(
            visual, dtype=torch.float64)
    else:
        if not 0 < float(delta) <= 1:
            raise ValueError(f"delta must be in (0, 1], got {delta}")
        step_visual = torch.full(visual.shape, float(delta), dtype=torch.float64, device=input_ids.device)
    steps = torch.where(visual, step_visual, torch.ones_like(step_visual)) * real  # [B, T]
    first = real.to(torch.int64).argmax(-1, keepdim=True)  # index of each row's first real token
    positions = steps.cumsum(-1) - steps.gather(-1, first)
    return torch.where(real, positions, torch.zeros_like(positions)).float()


def sample_deltas(n_images: int, generator: torch.Generator, choices: tuple[float, ...] = DELTAS) -> Tensor:
    """δ per image [n_images], uniform over `choices` (training's random V2PE)."""
    if not choices or not all(0 < c <= 1 for c in choices):
        raise ValueError(f"V2PE deltas must be in (0, 1], got {choices}")
    pick = torch.randint(0, len(choices), (n_images,), generator=generator)
    return torch.tensor(choices, dtype=torch.float64)[pick]
