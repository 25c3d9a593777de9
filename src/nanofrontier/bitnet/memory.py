"""Packed weights in one arena of transparent huge pages, in the order a decode step reads them.

    arena = Arena(nbytes)                     # uninitialised, 2 MB aligned, advised MADV_HUGEPAGE
    codes = arena.take((rows, width))         # uint8 views, one after the other
    hugepage_weights(model)                   # move a packed model's weights into arenas (pack_model does)

Why: a decode step streams ~850 MB of weights, so each 4 KB page is a TLB miss (two-level in a VM). On the
dev VM (Zen 4, KVM) a C streaming read over memory in 2 MB pages ran ~12% faster than over the same bytes
in 4 KB pages (32.7-34.9 vs 27.9-30.5 GB/s, interleaved; docs/bitnet.md). Linux backs memory advised
MADV_HUGEPAGE before its first touch with 2 MB pages when THP is "always" or "madvise" and the kernel
finds free huge pages; elsewhere (another OS, THP "never", no free huge page) the advice fails or is
ignored and the arena is ordinary memory: the same bytes, in the same order, one allocation.

Only whole 2 MB pages inside the arena are advised, and the allocation's padding is never touched, so
resident memory stays the bytes used (a huge page past the end would make up to 2 MB resident per arena).
"""

from __future__ import annotations

import ctypes
import logging
import sys

import torch
from torch import Tensor, nn

log = logging.getLogger(__name__)

HUGE_PAGE = 2 << 20
MADV_HUGEPAGE = 14  # Linux
ALIGN = 64  # each view starts on a cache line


def _advise_huge(address: int, length: int) -> bool:
    """madvise(address, length, MADV_HUGEPAGE); False where it is unavailable or refused."""
    if not sys.platform.startswith("linux") or length <= 0:
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        return libc.madvise(address, length, MADV_HUGEPAGE) == 0
    except (OSError, AttributeError):
        return False


class Arena:
    """`nbytes` of uninitialised memory starting on a 2 MB boundary, its whole 2 MB pages advised
    MADV_HUGEPAGE before anything touches them; `take` hands out consecutive uint8 views."""

    def __init__(self, nbytes: int) -> None:
        self._base = torch.empty(nbytes + HUGE_PAGE, dtype=torch.uint8)  # fresh, untouched pages
        offset = -self._base.data_ptr() % HUGE_PAGE
        self.buffer = self._base[offset:offset + nbytes]
        self.advised = _advise_huge(self.buffer.data_ptr(), nbytes // HUGE_PAGE * HUGE_PAGE)
        self.used = 0

    def take(self, shape: tuple[int, ...], dtype: torch.dtype = torch.uint8) -> Tensor:
        """The next view of `shape` (uninitialised); raises if the arena is too small."""
        size = torch.Size(shape).numel() * torch.empty((), dtype=dtype).element_size()
        start = -(-self.used // ALIGN) * ALIGN
        if start + size > self.buffer.numel():
            raise ValueError(f"arena of {self.buffer.numel()} bytes cannot hold {size} more after {start}")
        self.used = start + size
        return self.buffer[start:start + size].view(dtype).view(shape)

    @staticmethod
    def size_of(sizes: list[int]) -> int:
        """Bytes an arena needs to `take` views of these many bytes, in order."""
        total = 0
        for size in sizes:
            total = -(-total // ALIGN) * ALIGN + size
        return total


@torch.no_grad()
def hugepage_weights(model: nn.Module) -> bool:
    """Move the packed ternary codes (one arena, in module order: a layer's qkv, o, gate|up, down, layer after
    layer) and every int8 table (one arena each) into huge-page arenas, in place, one tensor at a time (each
    old tensor is freed as soon as its copy is in). A buffer shared by several modules (the tied int8 table)
    stays shared. Returns whether the kernel took the advice for all of them."""
    from nanofrontier.bitnet.packed import PackedBitLinear, PackedInt8Linear

    layers = [m for m in model.modules() if isinstance(m, PackedBitLinear)]
    heads = [m for m in model.modules() if isinstance(m, PackedInt8Linear)]
    advised = True
    if layers:
        arena = Arena(Arena.size_of([m.packed.nbytes for m in layers]))
        for m in layers:
            _move(model, m.packed, arena)
        advised = arena.advised
    for head in heads:
        if not head.weight.is_contiguous() or head.weight.data_ptr() % HUGE_PAGE:  # not yet moved (or tied twice)
            arena = Arena(head.weight.nbytes)
            _move(model, head.weight, arena)
            advised &= arena.advised
    return advised


def _move(model: nn.Module, old: Tensor, arena: Arena) -> None:
    """Copy `old` into the arena and make every module buffer that is `old` the copy."""
    new = arena.take(tuple(old.shape), old.dtype).copy_(old)
    for module in model.modules():
        for name, buffer in module._buffers.items():
            if buffer is old:
                module._buffers[name] = new
