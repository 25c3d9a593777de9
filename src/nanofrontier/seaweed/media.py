"""Video files people can look at: MP4 (H.264 through imageio-ffmpeg's bundled ffmpeg), GIF and PNG
(imageio), and a PNG contact sheet of frames (one row per clip). Every writer is atomic.

    frames = to_uint8(video)                          # [3, F, H, W] in [-1, 1] -> [F, H, W, 3] uint8
    write_video("clip.mp4", frames, fps=8, scale=4)   # .mp4 or .gif, chosen by the suffix
    write_contact_sheet("sheet.png", [frames_a, frames_b], scale=4)
    first = read_image("first.png", size=32)          # [3, 32, 32] in [-1, 1], for image-to-video

Frames are upscaled by an integer factor (nearest neighbour) before writing: a 32-pixel clip is too
small to see, and H.264's 4:2:0 chroma needs even sides.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import Tensor

from nanofrontier.core.atomic import atomic_path

VIDEO_SUFFIXES = (".mp4", ".gif")


def to_uint8(video: Tensor) -> np.ndarray:
    """[3, F, H, W] (or [3, H, W]) in [-1, 1] -> [F, H, W, 3] uint8."""
    if video.dim() == 3:
        video = video[:, None]
    if video.dim() != 4 or video.shape[0] != 3:
        raise ValueError(f"to_uint8: expected a [3, F, H, W] video, got shape {list(video.shape)}")
    pixels = ((video.detach().float().clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8)
    return pixels.permute(1, 2, 3, 0).cpu().numpy()


def upscale(frames: np.ndarray, scale: int) -> np.ndarray:
    """Nearest-neighbour upscaling of [..., H, W, 3] by an integer factor."""
    if scale < 1:
        raise ValueError(f"scale must be >= 1, got {scale}")
    return frames if scale == 1 else frames.repeat(scale, axis=-3).repeat(scale, axis=-2)


def write_video(path: str | os.PathLike, frames: np.ndarray, *, fps: float = 8.0, scale: int = 4) -> Path:
    """Write [F, H, W, 3] uint8 frames as .mp4 or .gif (by the suffix); returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in VIDEO_SUFFIXES:
        raise ValueError(f"{path}: unsupported video suffix {path.suffix!r}; use one of {', '.join(VIDEO_SUFFIXES)}")
    frames = np.ascontiguousarray(upscale(_check_frames(frames, path), scale))
    with atomic_path(path) as tmp:
        if suffix == ".gif":
            import imageio.v3 as iio

            iio.imwrite(tmp, frames, extension=".gif", duration=round(1000 / fps), loop=0)
        else:
            _write_mp4(tmp, frames, fps)
    return path


def _write_mp4(path: Path, frames: np.ndarray, fps: float) -> None:
    import imageio_ffmpeg

    height, width = frames.shape[1:3]
    if height % 2 or width % 2:
        raise ValueError(f"{path}: H.264 needs even frame sides, got {width}x{height} (use an even --scale)")
    writer = imageio_ffmpeg.write_frames(str(path), (width, height), fps=fps, codec="libx264", quality=8,
                                         pix_fmt_out="yuv420p", macro_block_size=1, output_params=["-f", "mp4"],
                                         ffmpeg_log_level="error")
    writer.send(None)  # start ffmpeg
    try:
        for frame in frames:
            writer.send(frame)
    finally:
        writer.close()


def write_image(path: str | os.PathLike, image: np.ndarray) -> Path:
    """One [H, W, 3] uint8 image as PNG."""
    import imageio.v3 as iio

    path = Path(path)
    with atomic_path(path) as tmp:
        iio.imwrite(tmp, image, extension=".png")
    return path


def contact_sheet(clips: Sequence[np.ndarray], *, scale: int = 4, gutter: int = 2) -> np.ndarray:
    """One row per clip, one column per frame, white gutters: [rows*(H+g)-g, cols*(W+g)-g, 3] uint8."""
    if not clips:
        raise ValueError("contact_sheet: no clips")
    clips = [upscale(_check_frames(c, "contact_sheet"), scale) for c in clips]
    frames, height, width = max(c.shape[0] for c in clips), clips[0].shape[1], clips[0].shape[2]
    if any(c.shape[1:3] != (height, width) for c in clips):
        raise ValueError(f"contact_sheet: clips differ in frame size: {[list(c.shape[1:3]) for c in clips]}")
    sheet = np.full((len(clips) * (height + gutter) - gutter, frames * (width + gutter) - gutter, 3), 255, np.uint8)
    for row, clip in enumerate(clips):
        for col, frame in enumerate(clip):
            y, x = row * (height + gutter), col * (width + gutter)
            sheet[y:y + height, x:x + width] = frame
    return sheet


def write_contact_sheet(path: str | os.PathLike, clips: Sequence[np.ndarray], *, scale: int = 4) -> Path:
    return write_image(path, contact_sheet(clips, scale=scale))


def read_image(path: str | os.PathLike, *, size: int) -> Tensor:
    """An RGB(A) image file as [3, size, size] in [-1, 1]; another size is an error naming both."""
    import imageio.v3 as iio

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    try:
        image = np.asarray(iio.imread(path))
    except Exception as e:  # imageio raises several types for an unreadable file
        raise ValueError(f"{path}: not a readable image ({e})") from e
    if image.ndim == 2:
        image = np.repeat(image[..., None], 3, axis=-1)
    if image.ndim != 3 or image.shape[-1] not in (3, 4):
        raise ValueError(f"{path}: expected an RGB image, got array shape {list(image.shape)}")
    if image.shape[:2] != (size, size):
        raise ValueError(f"{path}: the image is {image.shape[1]}x{image.shape[0]} pixels; this model generates "
                         f"{size}x{size} frames (pass --size {image.shape[0]} if it was trained at that size, "
                         f"or resize the image)")
    pixels = torch.from_numpy(image[..., :3].astype(np.float32) / 127.5 - 1)
    return pixels.permute(2, 0, 1).contiguous()


def _check_frames(frames: np.ndarray, where: object) -> np.ndarray:
    if frames.dtype != np.uint8 or frames.ndim != 4 or frames.shape[-1] != 3:
        raise ValueError(f"{where}: expected [F, H, W, 3] uint8 frames, got {frames.dtype} {list(frames.shape)}")
    return frames
