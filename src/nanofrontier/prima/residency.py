"""Which of a rank's layers stay in RAM and which are streamed from disk each token (research/prima.md §1.3).

Halda's Linux memory case assumes that a device whose layers exceed its RAM re-reads only the excess each
token. The kernel's page reclaim does not do that: a rank reads its windows in the same cyclic order every
token, and reclaim under a cyclic scan larger than the cache evicts exactly the pages needed next, so the
whole share is re-read (measured: research/prima.md §6). A rank with a memory budget therefore decides:
the first `s_j` layers of window j are *streamed* (read ahead before the window runs, dropped from the page
cache right after it), the rest are *resident* and never evicted, because the cgroup never fills.

Memory: resident bytes + the headroom must fit the budget, where the headroom is the largest window's
streamed bytes (the next window is prefetched into it while the others compute). For a headroom of h layers
a window, the rank streams just enough layers to fit, at most h from each window, starting with the first
windows; the smallest h that works wins. For uniform layers of b bytes, a share of T bytes and a budget B
(after the head's output layer) that is  h = ceil((T − B) / ((k − 1)·b))  and  ceil((T − B)/b) + h  layers
streamed: the excess plus one headroom is re-read each token. With k = 1 there is no other window to hide
behind: when the window does not fit, all of it is streamed.

    counts = streamed_counts([[b] * w] * k, budget)     # s_j per window, 0 when everything fits
"""

from __future__ import annotations

from collections.abc import Sequence


def streamed_counts(window_bytes: Sequence[Sequence[int]], budget: float) -> list[int]:
    """How many of its first layers each window streams (window_bytes[j][i] = bytes of layer i of window j, in
    execution order): the fewest that leave the resident layers plus the headroom within `budget`; every
    layer when nothing fits."""
    total = sum(sum(w) for w in window_bytes)
    if total <= budget:
        return [0] * len(window_bytes)
    longest = max((len(w) for w in window_bytes), default=0)
    for h in range(1, longest + 1):
        headroom = max(sum(w[:h]) for w in window_bytes)
        counts, resident = [0] * len(window_bytes), total
        while resident + headroom > budget:  # one more layer from the window streaming the fewest so far
            open_windows = [j for j, w in enumerate(window_bytes) if counts[j] < min(h, len(w))]
            if not open_windows:
                break
            j = min(open_windows, key=lambda j: (counts[j], j))
            resident -= window_bytes[j][counts[j]]
            counts[j] += 1
        if resident + headroom <= budget:
            return counts
    return [len(w) for w in window_bytes]


def budget_from_available(available: int, *, reserve: float = 0.1, floor: int = 32 << 20) -> int:
    """Weights' budget from the memory a rank can still fill: keep `reserve` of it (at least `floor` bytes)
    for the KV cache, activations and the transport's buffers."""
    return max(0, available - max(floor, int(reserve * available)))
