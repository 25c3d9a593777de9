"""Reconstruction and distribution metrics: PSNR, SSIM and the Fréchet distance.

    psnr(recon, video)             # dB per clip, [B]; videos in [-1, 1]
    ssim(recon, video)             # per clip, [B]: Gaussian window 11, sigma 1.5, frame by frame
    frechet_distance(feats_a, feats_b)   # between two [N, D] feature sets (FID/FVD's formula)

SSIM follows Wang et al. (2004) with the constants and window scikit-image uses with
`gaussian_weights=True` (K1 = 0.01, K2 = 0.03, sample covariance), computed per frame and channel on
[0, 1] pixels and averaged over the valid (unpadded) positions.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor


def _check_pair(a: Tensor, b: Tensor) -> None:
    if a.shape != b.shape or a.dim() != 5:
        raise ValueError(f"expected two [B, C, T, H, W] videos of one shape, got {list(a.shape)} and {list(b.shape)}")


def psnr(a: Tensor, b: Tensor) -> Tensor:
    """Peak signal-to-noise ratio in dB of videos in [-1, 1] (peak = 1 on [0, 1] pixels), per clip: [B]."""
    _check_pair(a, b)
    mse = ((a.float().clamp(-1, 1) - b.float().clamp(-1, 1)) / 2).pow(2).flatten(1).mean(1)
    return 10 * torch.log10(1.0 / mse.clamp_min(1e-12))


def _gaussian_window(size: int = 11, sigma: float = 1.5) -> Tensor:
    x = torch.arange(size, dtype=torch.float64) - (size - 1) / 2
    g = torch.exp(-x ** 2 / (2 * sigma ** 2))
    g = g / g.sum()
    return (g[:, None] * g[None, :]).float()


def ssim(a: Tensor, b: Tensor, *, window: int = 11, sigma: float = 1.5) -> Tensor:
    """Structural similarity per clip, [B], of videos in [-1, 1]; frames must be at least `window` pixels."""
    _check_pair(a, b)
    B, C, T, H, W = a.shape
    if min(H, W) < window:
        raise ValueError(f"ssim: frames of {W}x{H} are smaller than the {window}-pixel window")
    x = ((a.float().clamp(-1, 1) + 1) / 2).permute(0, 2, 1, 3, 4).reshape(B * T * C, 1, H, W)
    y = ((b.float().clamp(-1, 1) + 1) / 2).permute(0, 2, 1, 3, 4).reshape(B * T * C, 1, H, W)
    kernel = _gaussian_window(window, sigma)[None, None]
    n = window * window
    cov_norm = n / (n - 1)  # sample covariance, as scikit-image

    def blur(z: Tensor) -> Tensor:
        return F.conv2d(z, kernel)

    mx, my = blur(x), blur(y)
    vx = cov_norm * (blur(x * x) - mx * mx)
    vy = cov_norm * (blur(y * y) - my * my)
    vxy = cov_norm * (blur(x * y) - mx * my)
    c1, c2 = 0.01 ** 2, 0.03 ** 2
    s = ((2 * mx * my + c1) * (2 * vxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2))
    return s.reshape(B, -1).mean(1)


def frechet_distance(a: np.ndarray | Tensor, b: np.ndarray | Tensor) -> float:
    """||mu_a - mu_b||^2 + Tr(S_a + S_b - 2 (S_a S_b)^(1/2)) between two [N, D] feature sets.

    The trace of the matrix square root is taken from the eigenvalues of S_a^(1/2) S_b S_a^(1/2), which is
    symmetric positive semi-definite, so no complex square root is needed."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[1] or min(len(a), len(b)) < 2:
        raise ValueError(f"frechet_distance: expected two [N >= 2, D] arrays of one D, got {a.shape} and {b.shape}")
    mu_a, mu_b = a.mean(0), b.mean(0)
    cov_a, cov_b = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    vals, vecs = np.linalg.eigh(cov_a)
    root_a = (vecs * np.sqrt(np.clip(vals, 0, None))) @ vecs.T
    inner = np.linalg.eigvalsh(root_a @ cov_b @ root_a)
    trace_sqrt = np.sqrt(np.clip(inner, 0, None)).sum()
    return float(((mu_a - mu_b) ** 2).sum() + np.trace(cov_a) + np.trace(cov_b) - 2 * trace_sqrt)
