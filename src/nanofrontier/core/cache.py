"""A preallocated (static) key/value cache, one slot per layer, gpt-fast style.

Memory for `max_len` positions is allocated once; decoding writes in place and attention reads the
filled prefix as a view, so a decode step allocates nothing that grows with the sequence.

Every layer keeps its own fill level. That lets a pipeline stage (prima) own a cache for just its
layers: `KVCache(layers=range(8, 16), ...)` holds layers 8..15 and is indexed by the global layer id.

Legend: B batch, H key/value heads, T new positions, S cached positions, Dh head dim.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch import Tensor


class CacheFullError(RuntimeError):
    """More positions were written than the cache was allocated for."""


class KVCache:
    def __init__(self, *, batch_size: int, max_len: int, num_kv_heads: int, head_dim: int,
                 layers: Iterable[int], dtype: torch.dtype = torch.float32,
                 device: torch.device | str = "cpu") -> None:
        self.layers = list(layers)
        self.batch_size, self.max_len = batch_size, max_len
        shape = (len(self.layers), batch_size, num_kv_heads, max_len, head_dim)
        self.k = torch.zeros(shape, dtype=dtype, device=device)
        self.v = torch.zeros(shape, dtype=dtype, device=device)
        self._slot = {layer: i for i, layer in enumerate(self.layers)}
        self._len = [0] * len(self.layers)

    @classmethod
    def for_model(cls, config, *, batch_size: int, max_len: int | None = None,
                  layers: Iterable[int] | None = None, dtype: torch.dtype = torch.float32,
                  device: torch.device | str = "cpu") -> KVCache:
        """A cache shaped for a `ModelConfig` (all layers unless `layers` is given)."""
        return cls(batch_size=batch_size, max_len=max_len or config.max_position_embeddings,
                   num_kv_heads=config.num_key_value_heads, head_dim=config.head_dim,
                   layers=range(config.num_hidden_layers) if layers is None else layers,
                   dtype=dtype, device=device)

    def length(self, layer: int | None = None) -> int:
        """Positions filled so far (of `layer`, or of the first layer this cache holds)."""
        return self._len[0 if layer is None else self._slot_of(layer)]

    def update(self, layer: int, k: Tensor, v: Tensor) -> tuple[Tensor, Tensor]:
        """Append k, v [B, H, T, Dh] for `layer`; return views of everything cached, [B, H, S+T, Dh]."""
        i = self._slot_of(layer)
        start, T = self._len[i], k.shape[2]
        if start + T > self.max_len:
            raise CacheFullError(f"KV cache of layer {layer} holds {self.max_len} positions; "
                                 f"cannot append {T} after {start}")
        self.k[i, :, :, start:start + T] = k
        self.v[i, :, :, start:start + T] = v
        self._len[i] = start + T
        return self.k[i, :, :, :start + T], self.v[i, :, :, :start + T]

    def slot(self, layer: int) -> tuple[Tensor, Tensor]:
        """The whole k and v buffers of `layer`, [B, H, max_len, Dh], for a kernel that writes in place
        (then call `advance`)."""
        i = self._slot_of(layer)
        return self.k[i], self.v[i]

    def advance(self, layer: int, T: int) -> None:
        """Count T positions of `layer` as written (by a kernel, into `slot(layer)`)."""
        i = self._slot_of(layer)
        if self._len[i] + T > self.max_len:
            raise CacheFullError(f"KV cache of layer {layer} holds {self.max_len} positions; "
                                 f"cannot append {T} after {self._len[i]}")
        self._len[i] += T

    def truncate(self, length: int) -> None:
        """Forget every position from `length` on (rewind after a rejected draft, a new turn...)."""
        if not 0 <= length <= self.max_len:
            raise ValueError(f"cannot truncate a cache of {self.max_len} positions to {length}")
        self._len = [min(n, length) for n in self._len]

    def reset(self) -> None:
        self.truncate(0)

    def nbytes(self) -> int:
        return self.k.nbytes + self.v.nbytes

    def _slot_of(self, layer: int) -> int:
        try:
            return self._slot[layer]
        except KeyError:
            raise KeyError(f"this KV cache holds layers {self.layers}, not layer {layer}") from None
