"""Decoder layers of a batch-1 decode step in one C call: the Python side shared by core's dense layers
(kernels.c) and BitNet's packed ones (bitnet/kernel_layer.c).

    out = fused.run(layers, h, cos, sin, cache)     # h [1, 1, D] through the layers; None: not applicable

A layer class takes part by naming a `LayerKernel` in its `c_kernel` attribute: how to describe one layer for
C (`describe(layer) -> Description | None`), how much work memory a step needs and the C call itself.
`CausalLM.forward_layers` hands `run` every layer of a decode step (one C call and one parallel region a
token); a layer called alone hands it itself. Applies to: fp32 activations and cache on the CPU, batch 1, no
gradient, layers of one class whose `describe` accepts them, one shape, cache slots that follow each other
with one fill level. Anything else returns None and the caller runs the layers in torch.

It runs every token, after the step has streamed the weights through the caches, so Python's own objects
come from DRAM: nn.Module.__getattr__ costs ~1 µs a lookup, and checking a dense layer through it and
rebuilding its pointers cost ~70 µs a layer (0.85 ms a token of a 12-layer model). A `_Plan` keeps the run's
C arguments with what they were built from — every (dict, name, object) link from a layer down to a tensor
or an eps, and the tensors' pointers — and checks them in one flat pass. C would read freed memory without
complaint after a cast, `p.data = ...` or a reload, so the tensors are held with the pointers and any change
rebuilds the arguments.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from torch import Tensor, nn

from nanofrontier.core.cache import KVCache
from nanofrontier.core.cbuild import StepArgs

Link = tuple[dict, str, object]  # d[name] must still be this object


@dataclass(frozen=True, eq=False)
class Description:
    """One layer for C: its argument struct, what it was built from, and its shape (D, H, Hkv, Dh, I)."""

    args: ctypes.Structure
    links: list[Link]
    tensors: list[Tensor]  # every tensor behind a pointer of `args`
    shape: tuple[int, int, int, int, int]


@dataclass(frozen=True, eq=False)
class LayerKernel:
    """A C kernel that runs a run of decoder layers of one class."""

    describe: Callable[[nn.Module], Description | None]
    scratch_bytes: Callable[[tuple[int, ...], int], int]  # (shape, max_len) -> bytes
    call: Callable[[ctypes.Array, StepArgs, Tensor], None]  # (layers' structs, step, h [D]) in place
    available: Callable[[], bool]


def run(layers: Sequence[nn.Module], h: Tensor, cos: Tensor, sin: Tensor, cache: KVCache) -> Tensor | None:
    """Consecutive layers of one decode step (h [1, 1, D], no mask, RoPE rows cos/sin at its position) in one
    C call; their caches advance by one position. None where the call does not apply."""
    kernel = getattr(type(layers[0]), "c_kernel", None) if len(layers) else None
    if kernel is None or not _step_ok(h, cos, cache) or not kernel.available():
        return None
    plan = _plan(layers, kernel)
    if plan is None:
        return None
    D, _, Hkv, Dh, _ = plan.shape
    if tuple(cache.k.shape[2::2]) != (Hkv, Dh) or cos.numel() != Dh or h.numel() != D:
        return None
    slot = _first_slot(cache, plan.ids)
    if slot is None:
        return None
    step = StepArgs(max_len=cache.max_len, pos=cache.length(plan.ids[0]), layer_stride=cache.k.stride(0))
    for i in plan.ids:
        cache.advance(i, 1)  # raises CacheFullError before anything is written
    cos, sin = cos.reshape(-1).contiguous(), sin.reshape(-1).contiguous()
    step.cos, step.sin = cos.data_ptr(), sin.data_ptr()
    step.k_cache = cache.k.data_ptr() + slot * cache.k.stride(0) * cache.k.element_size()
    step.v_cache = cache.v.data_ptr() + slot * cache.v.stride(0) * cache.v.element_size()
    step.scratch = _scratch(kernel.scratch_bytes(plan.shape, cache.max_len)).data_ptr()
    out = h.reshape(-1).clone()  # the caller may keep h: the layers write into a copy
    kernel.call(plan.array, step, out)
    return out.view_as(h)


class _Plan:
    """A run of layers' C arguments and what they were built from, checked in one flat pass a token."""

    def __init__(self, layers: Sequence[nn.Module], described: list[Description]) -> None:
        self.layers, self.shape = list(layers), described[0].shape
        self.ids = [layer._modules["self_attn"].layer_idx for layer in layers]
        self.array = (type(described[0].args) * len(described))(*[d.args for d in described])  # copies
        self.links = [link for d in described for link in d.links]
        self.tensors = [t for d in described for t in d.tensors]  # held: their memory outlives the pointers
        self.pointers = [t.data_ptr() for t in self.tensors]

    def holds(self, layers: Sequence[nn.Module]) -> bool:
        return (len(layers) == len(self.layers) and all(a is b for a, b in zip(layers, self.layers, strict=True))
                and all(d.get(k) is o for d, k, o in self.links)
                and [t.data_ptr() for t in self.tensors] == self.pointers)


def _plan(layers: Sequence[nn.Module], kernel: LayerKernel) -> _Plan | None:
    """The run's plan, kept on its first layer while it `holds`; None where a layer is not what the kernel
    computes or the layers' shapes differ."""
    kept = _c_cache(layers[0])
    plan = kept.get(len(layers))
    if plan is not None and plan.holds(layers):
        return plan
    if any(type(layer) is not type(layers[0]) for layer in layers):
        return None
    described = [kernel.describe(layer) for layer in layers]
    if any(d is None for d in described) or len({d.shape for d in described}) != 1:
        return None
    kept[len(layers)] = plan = _Plan(layers, described)
    return plan


def _step_ok(h: Tensor, cos: Tensor, cache: KVCache) -> bool:
    return (not torch.is_grad_enabled() and h.dtype == torch.float32 and h.device.type == "cpu"
            and cos.dtype == torch.float32 and cache.batch_size == 1 and cache.k.dtype == torch.float32
            and cache.k.device.type == "cpu" and cache.k.is_contiguous() and cache.v.is_contiguous())


def _first_slot(cache: KVCache, ids: list[int]) -> int | None:
    """The slot of the first layer when the layers' slots follow each other with one fill level, else None."""
    if ids[0] not in cache.layers:
        return None
    slot, length = cache.layers.index(ids[0]), cache.length(ids[0])
    if cache.layers[slot:slot + len(ids)] != ids or any(cache.length(i) != length for i in ids):
        return None
    return slot


class _CCache(dict):
    """A module's prepared C arguments: pointers into its own tensors, so a copy or a pickle of the module
    starts without them (ctypes refuses to copy pointers, and the copy's tensors live elsewhere)."""

    def __copy__(self) -> _CCache:
        return _CCache()

    def __deepcopy__(self, memo: dict) -> _CCache:
        return _CCache()

    def __reduce__(self) -> tuple:
        return _CCache, ()


def _c_cache(module: nn.Module) -> _CCache:
    cache = module.__dict__.get("_c")
    if cache is None:
        cache = module.__dict__["_c"] = _CCache()
    return cache


_scratch_store = threading.local()


def _scratch(nbytes: int) -> Tensor:
    """A per-thread work buffer of at least nbytes (64-byte aligned by torch's allocator), reused by every run."""
    buf = getattr(_scratch_store, "buf", None)
    if buf is None or buf.numel() < nbytes:
        buf = _scratch_store.buf = torch.empty(nbytes, dtype=torch.uint8)
    return buf
