"""Dynamic-resolution tiling of real image files, as the released `dynamic_preprocess` does it.

1. Enumerate grids (cols, rows) with min_tiles <= cols * rows <= max_tiles.
2. Pick the grid whose cols / rows is closest to the image's width / height; on a tie, the larger grid wins
   while the image's area exceeds half the grid's (0.5 * tile² * cols * rows).
3. Resize to (tile * cols, tile * rows) with bicubic resampling, cut tiles row-major, and append a
   tile x tile thumbnail of the whole image when there is more than one tile.
4. Scale to [0, 1] and normalise with the ImageNet mean and standard deviation.

    processor = ImageProcessor.for_config(model.config)       # tile size and tile limits of the model
    tiles = processor.load("photo.jpg")                       # [n_tiles, 3, S, S] float32
    grid = closest_grid(1920, 1080, tile=448, min_tiles=1, max_tiles=12)   # (cols, rows) = (4, 2)

An unreadable, empty or zero-size image raises `ImageError` naming the file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
from PIL import Image, UnidentifiedImageError
from torch import Tensor

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


class ImageError(ValueError):
    """An image cannot be used; the message names the file (or says it came from memory)."""


@lru_cache(maxsize=32)
def candidate_grids(min_tiles: int, max_tiles: int) -> tuple[tuple[int, int], ...]:
    """Every (cols, rows) with min_tiles <= cols * rows <= max_tiles, fewest tiles first."""
    grids = {(c, r) for n in range(min_tiles, max_tiles + 1) for c in range(1, n + 1) for r in range(1, n + 1)
             if min_tiles <= c * r <= max_tiles}
    return tuple(sorted(grids, key=lambda g: (g[0] * g[1], g)))


def closest_grid(width: int, height: int, *, tile: int, min_tiles: int, max_tiles: int) -> tuple[int, int]:
    """(cols, rows) of the tiling for a width x height image (the released aspect-ratio match)."""
    if width <= 0 or height <= 0:
        raise ImageError(f"cannot tile a {width}x{height} image")
    if not 1 <= min_tiles <= max_tiles:
        raise ValueError(f"need 1 <= min_tiles ({min_tiles}) <= max_tiles ({max_tiles})")
    aspect, area = width / height, width * height
    best, best_diff = (1, 1), float("inf")
    for cols, rows in candidate_grids(min_tiles, max_tiles):
        diff = abs(aspect - cols / rows)
        if diff < best_diff:
            best, best_diff = (cols, rows), diff
        elif diff == best_diff and area > 0.5 * tile * tile * cols * rows:
            best = (cols, rows)
    return best


def dynamic_tiles(image: Image.Image, *, tile: int, min_tiles: int = 1, max_tiles: int = 12,
                  use_thumbnail: bool = True) -> list[Image.Image]:
    """The tiles of `image` (row-major), then its thumbnail when there is more than one tile."""
    cols, rows = closest_grid(image.width, image.height, tile=tile, min_tiles=min_tiles, max_tiles=max_tiles)
    resized = image.resize((tile * cols, tile * rows), Image.Resampling.BICUBIC)
    tiles = [resized.crop((c * tile, r * tile, (c + 1) * tile, (r + 1) * tile))
             for r in range(rows) for c in range(cols)]
    if use_thumbnail and len(tiles) > 1:
        tiles.append(image.resize((tile, tile), Image.Resampling.BICUBIC))
    return tiles


def to_tensor(tiles: list[Image.Image]) -> Tensor:
    """RGB tiles -> [N, 3, S, S] float32, ImageNet-normalised."""
    array = np.stack([np.asarray(t.convert("RGB"), dtype=np.float32) for t in tiles]) / 255.0  # [N, S, S, 3]
    x = torch.from_numpy(array).permute(0, 3, 1, 2)
    mean = torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)
    std = torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
    return ((x - mean) / std).contiguous()


def open_image(path: str | Path) -> Image.Image:
    """An RGB image from a file; the error names the file when it is missing, empty or not an image."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such image file")
    if path.stat().st_size == 0:
        raise ImageError(f"{path}: empty file (0 bytes), not an image")
    try:
        with Image.open(path) as image:
            image.load()
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as e:
        raise ImageError(f"{path}: not a readable image ({type(e).__name__}: {e})") from e
    if rgb.width == 0 or rgb.height == 0:
        raise ImageError(f"{path}: zero-size image ({rgb.width}x{rgb.height})")
    return rgb


@dataclass(frozen=True, kw_only=True)
class ImageProcessor:
    """Image -> tiles tensor, with a model's tile size and limits (`dynamic=False`: one resized tile)."""

    tile: int = 448
    min_tiles: int = 1
    max_tiles: int = 12
    use_thumbnail: bool = True
    dynamic: bool = True

    @classmethod
    def for_config(cls, config, **overrides) -> ImageProcessor:
        """The tiling an `InternVLConfig` was trained with (`force_image_size`, `max_dynamic_patch`, ...)."""
        base = cls(tile=config.force_image_size, min_tiles=config.min_dynamic_patch,
                   max_tiles=config.max_dynamic_patch, use_thumbnail=config.use_thumbnail,
                   dynamic=config.dynamic_image_size)
        return dataclasses.replace(base, **overrides)

    def __call__(self, image: Image.Image, *, name: str = "<image in memory>") -> Tensor:
        if image.width == 0 or image.height == 0:
            raise ImageError(f"{name}: zero-size image ({image.width}x{image.height})")
        image = image.convert("RGB")
        if not self.dynamic:
            return to_tensor([image.resize((self.tile, self.tile), Image.Resampling.BICUBIC)])
        return to_tensor(dynamic_tiles(image, tile=self.tile, min_tiles=self.min_tiles, max_tiles=self.max_tiles,
                                       use_thumbnail=self.use_thumbnail))

    def load(self, path: str | Path) -> Tensor:
        return self(open_image(path), name=str(path))
