"""The ring's layout: which layers each rank runs in each round, as pure functions over half-open ranges.

M ranks sit in a ring 0 -> 1 -> ... -> M-1 -> 0. Rank m runs windows of w_m consecutive layers in each of
k rounds (sum(w) * k = L); inside a round the windows go in rank order starting at rank 1, so the head's
(rank 0's) window closes every round (the prima.cpp paper's piped-ring parallelism).

    RingLayout(w=(2, 1, 1), k=2).rounds()   # [[(2, 4), (6, 8)], [(0, 1), (4, 5)], [(1, 2), (5, 6)]]
    even_windows(8, 3)                      # (2, 3, 3): k = 1, workers take the extra layers
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class LayoutError(ValueError):
    """The windows do not tile the model's layers, or do not match the ring's ranks."""


def ring_rounds(w: Sequence[int], k: int) -> list[list[tuple[int, int]]]:
    """Per rank, its k windows [start, end), one per round (empty for w_m = 0: the rank only forwards).

    In each round the windows follow the ring from rank 1 and end with the head."""
    order = list(range(1, len(w))) + [0]
    out: list[list[tuple[int, int]]] = [[] for _ in w]
    start = 0
    for _ in range(k):
        for m in order:
            out[m].append((start, start + w[m]))
            start += w[m]
    return out


@dataclass(frozen=True, kw_only=True)
class RingLayout:
    w: tuple[int, ...]  # layers per window, by rank (the head first)
    k: int  # rounds per token
    budgets: tuple[int, ...] | None = None  # bytes of weights each rank may keep resident, as the plan counted

    def __post_init__(self) -> None:
        object.__setattr__(self, "w", tuple(self.w))
        if not self.w or any(not isinstance(x, int) or x < 0 for x in self.w) or sum(self.w) == 0:
            raise LayoutError(f"w must be non-negative integers, one per rank, with a positive sum; got {self.w}")
        if not isinstance(self.k, int) or self.k < 1:
            raise LayoutError(f"k must be a positive integer, got {self.k!r}")
        if self.budgets is not None:
            object.__setattr__(self, "budgets", tuple(self.budgets))
            if len(self.budgets) != len(self.w) or any(not isinstance(b, int) or b < 0 for b in self.budgets):
                raise LayoutError(f"budgets must be bytes >= 0, one per rank ({len(self.w)}); got {self.budgets}")

    @classmethod
    def from_plan(cls, plan, budgets: Sequence[int] | None = None) -> RingLayout:
        """The layout of a `halda.HaldaPlan` (its kept devices are the ring's ranks, head first), with the
        weights' budget each rank's profile gave the plan (`latency.memory_budget`), if given."""
        return cls(w=tuple(plan.w), k=plan.k, budgets=None if budgets is None else tuple(budgets))

    def budget_of(self, rank: int) -> int | None:
        """The weights' budget the plan counted for `rank` (None: no plan counted one)."""
        return None if self.budgets is None else self.budgets[rank]

    @property
    def n_layers(self) -> int:
        return sum(self.w) * self.k

    def check(self, n_layers: int, world_size: int) -> None:
        if len(self.w) != world_size:
            raise LayoutError(f"w={self.w} names {len(self.w)} ranks, but the ring has {world_size}")
        if self.n_layers != n_layers:
            raise LayoutError(f"w={self.w} with k={self.k} covers sum(w)*k = {self.n_layers} layers, but the "
                              f"model has {n_layers}; sum(w) * k must equal the layer count")

    def rounds(self) -> list[list[tuple[int, int]]]:
        return ring_rounds(self.w, self.k)

    def windows(self) -> list[list[tuple[int, int]]]:
        """Non-empty windows per rank, the form of `HaldaPlan.windows()`."""
        return [[(s, e) for s, e in rank if e > s] for rank in self.rounds()]


def even_windows(n_layers: int, world: int) -> tuple[int, ...]:
    """k = 1 windows as even as possible; workers take the extra layers (the head also embeds and samples)."""
    base, extra = divmod(n_layers, world)
    return tuple(base + (1 if 0 < m <= extra else 0) for m in range(world))
