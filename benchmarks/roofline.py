"""The read-bandwidth roof every benchmark divides by: one implementation, imported by the bench scripts.

The buffer holds random values: identical pages (torch.ones) can be merged by the host and then read
from cache, which once reported 68 GB/s here.
"""

from __future__ import annotations

import time

import torch


def read_bandwidth(buffer: torch.Tensor | None = None, repeats: int = 5) -> float:
    """Bytes/s of a streaming read (a sum over a buffer far larger than the caches), best of `repeats`.

    Without `buffer`, 1 GiB of random fp32 is allocated for the call and freed after it."""
    buffer = torch.rand(2**28) if buffer is None else buffer
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        buffer.sum()
        best = min(best, time.perf_counter() - start)
    return buffer.nbytes / best
