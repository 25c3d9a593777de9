"""Which of a rank's layers stay in RAM and which are streamed from disk each token.

Halda's Linux memory case assumes that a device whose layers exceed its RAM re-reads only the excess each
token. The kernel's page reclaim does not do that: a rank reads its windows in the same cyclic order every
token, and reclaim under a cyclic scan larger than the cache evicts exactly the pages needed next, so the
whole share is re-read (measured on Linux under a memory cgroup). A rank with a memory budget therefore decides:
some leading layers of each window are *streamed*, the rest are *resident* and never evicted, because
the cgroup never fills.

A streamed layer is read ahead on a background thread and dropped from the page cache (`release`) right
after it runs. `Streamer.prefetch(j)`, called when the rank has sent its output, reads the first
`PREFETCH_LAYERS` streamed layers of window j while the other devices compute; with a depth over 1,
each streamed layer also reads the next one ahead while it runs. So at most `depth` streamed layers are in
memory at once: the budget keeps that headroom, and the excess over it is spread evenly over the windows,
so that each window streams few layers and they are prefetched whole where possible. Bytes re-read per
token: the excess plus the headroom. Depth 1 measured best on the simulator (bench_prima: 436 vs 550
ms/token for depth 2, which streams one layer more on every device); a window streaming more layers than
the depth faults the rest in as it runs.

    counts = streamed_counts([[b] * w] * k, budget)     # per window, 0 when everything fits
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from nanofrontier.core.checkpoint import WeightIndex

log = logging.getLogger(__name__)

PREFETCH_LAYERS = 1  # streamed layers in memory at once (measured: 1 beats 2, which streams a layer more)


def streamed_counts(window_bytes: Sequence[Sequence[int]], budget: float,
                    headroom_layers: int = PREFETCH_LAYERS) -> list[int]:
    """How many of its first layers each window streams (window_bytes[j][i] = bytes of layer i of window j, in
    execution order): the fewest, spread evenly over the windows, that leave the resident layers plus
    `headroom_layers` of the largest layers within `budget`; every layer when nothing fits."""
    total = sum(sum(w) for w in window_bytes)
    if total <= budget:
        return [0] * len(window_bytes)
    headroom = sum(sorted((b for w in window_bytes for b in w), reverse=True)[:headroom_layers])
    need, streamed = total - (budget - headroom), 0
    counts = [0] * len(window_bytes)
    while streamed < need:
        open_windows = [j for j, w in enumerate(window_bytes) if counts[j] < len(w)]
        if not open_windows:
            break
        j = min(open_windows, key=lambda j: (counts[j], j))
        streamed += window_bytes[j][counts[j]]
        counts[j] += 1
    return counts


Piece = tuple[int, int, int]  # (tensor index in its layer, first byte, end byte) of a streamed span


def plan_streaming(windows: Sequence[Sequence[Sequence[int]]],
                   budget: float) -> tuple[list[list[list[Piece]]], int | None]:
    """Which bytes each layer streams, and how many streamed layers `Streamer.prefetch` reads (None: all).
    windows[j][i][t] = bytes of tensor t of layer i of window j, in execution order; the result holds, per
    window and layer, its streamed pieces (t, lo, hi): bytes [lo, hi) of tensor t.

    With k >= 2 windows, when a window fits beside the resident rest, every window streams the same bytes h,
    so each round reads alike, and the next window's share is prefetched whole while the others compute:
    resident + h <= budget gives h = (total - budget) / (k - 1), k/(k-1) times the excess re-read. A share is
    cut to the byte (whole tensors, largest first, then the head of one more), so what is read is what the
    latency model counts. Otherwise (one window, or windows too big for that) whole leading layers stream
    through one layer of room (`streamed_counts`), and only the first is prefetched."""
    sizes = [[sum(layer) for layer in window] for window in windows]
    total = sum(map(sum, sizes))
    if total <= budget or total == 0:
        return [[[] for _ in window] for window in windows], None
    filled = [j for j, w in enumerate(sizes) if sum(w)]  # windows with layers (a rank may have empty ones)
    share = (total - budget) / (len(filled) - 1) if len(filled) >= 2 else math.inf
    if share <= min(sum(sizes[j]) for j in filled):
        return [_take(window, math.ceil(share)) if sum(sizes[j]) else [[] for _ in window]
                for j, window in enumerate(windows)], None
    counts = streamed_counts(sizes, budget)
    return [[[(t, 0, b) for t, b in enumerate(layer)] if i < c else [] for i, layer in enumerate(window)]
            for window, c in zip(windows, counts, strict=True)], PREFETCH_LAYERS


def _take(window: Sequence[Sequence[int]], share: int) -> list[list[Piece]]:
    """Exactly `share` bytes of the window: whole tensors, largest first, while they fit, then the head of the
    largest tensor left."""
    tensors = sorted(((b, i, t) for i, layer in enumerate(window) for t, b in enumerate(layer)), reverse=True)
    picked: list[list[Piece]] = [[] for _ in window]
    taken = 0
    for b, i, t in tensors:
        if b and taken + b <= share:
            picked[i].append((t, 0, b))
            taken += b
    rest = [(b, i, t) for b, i, t in tensors if b and all(p[0] != t for p in picked[i])]
    if taken < share and rest:
        b, i, t = rest[0]
        picked[i].append((t, 0, share - taken))
    return [sorted(layer) for layer in picked]


RESERVE_BYTES = 16 << 20  # at least this much of a rank's free memory is left for its KV cache and buffers


def budget_from_available(available: int, *, reserve: float = 0.05, floor: int = RESERVE_BYTES) -> int:
    """Weights' budget from the memory a rank can still fill: keep `reserve` of it (at least `floor` bytes)
    for the KV cache, activations and the transport's buffers."""
    return max(0, available - max(floor, int(reserve * available)))


Span = tuple[str, int, int]  # (tensor name, first byte, end byte)
Layer = tuple[int, list[Span]]  # (layer index, the spans of its tensors it streams)


class Streamer:
    """Reads the streamed layers of each window ahead on one background thread (a one-worker executor, so
    reads run in the order they were asked for), and releases them after use.

    `windows[j]` lists window j's streamed layers in execution order, each with the spans of its tensors it
    streams (tensor name, first byte, end byte). A window with none runs untouched. `prefetch(j)` reads the
    first `depth` of them (all when None)."""

    def __init__(self, weights: WeightIndex, windows: Sequence[Sequence[Layer]],
                 depth: int | None = PREFETCH_LAYERS) -> None:
        self.weights, self.depth = weights, depth
        self.windows = [list(w) for w in windows]
        self._names = {i: names for w in self.windows for i, names in w}
        self._pending: dict[int, Future] = {}
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prima-prefetch")

    def streams(self, j: int) -> bool:
        return bool(self.windows[j])

    def read_ahead(self, spans: Sequence[Span]) -> Future:
        """Queue `spans` for reading into the page cache; the future is done once they have been read."""
        return self._reader.submit(self._read, list(spans))

    def prefetch(self, j: int) -> None:
        """Window j's first `depth` streamed layers, read while the rank waits for its next turn."""
        for i, _ in self.windows[j][:self.depth]:  # [:None] is all of them
            self._submit(i)

    def before(self, j: int, i: int) -> None:
        """Layer i of window j is about to run: keep one streamed layer read ahead of it."""
        ahead = [layer for layer, _ in self.windows[j] if layer > i]
        if self.depth is not None and ahead and sum(layer in self._pending for layer in ahead) < self.depth - 1:
            self._submit(next(layer for layer in ahead if layer not in self._pending))

    def after(self, i: int) -> None:
        """Layer i has run: drop it from memory when it is a streamed one."""
        if i not in self._names:
            return
        done = self._pending.pop(i, None)
        if done is not None:
            done.result()  # a read still running would put the pages back
        for name, lo, hi in self._names[i]:
            self.weights.file_of(name).release(name, lo, hi)

    def _submit(self, i: int) -> None:
        if i not in self._pending:
            self._pending[i] = self.read_ahead(self._names[i])

    def _read(self, spans: list[Span]) -> None:
        try:
            for name, lo, hi in spans:
                self.weights.file_of(name).readahead(name, lo, hi)
        except OSError as e:  # a prefetch is advice: the layer's page faults read what it missed
            log.warning("read-ahead of %d spans failed: %s", len(spans), e)
