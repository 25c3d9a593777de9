"""Halda: choose each device's window w_m, its GPU layers n_m, the rounds k and the devices kept, so that the
token latency of latency.py is smallest (the prima.cpp paper's Halda, solved as one MILP per k).

    p = plan(devices, model)              # devices in ring order, the head first
    p.w, p.n, p.k, p.predicted_ms, p.windows()

For each k dividing L one MILP (scipy.optimize.milp, i.e. HiGHS, as prima.cpp links) is solved over
x = [w; n; u; q; s; v] (M devices):
  w_m, n_m  integers                    window and GPU layers (VRAM bounds n_m)
  u_m       binary, u_m = [w_m > 0]      device m is in the ring (device selection); u_0 = 1
  v         binary, v = [any u_m, m>0]   the head's own hop is paid only when the ring has two members
  q_m       binary                       prefetch works: p_m ≤ ⌊(d_m − c_m)/b′⌋ with k ≥ 2, /(2b′) with k = 1
  z_m       binary, z_m = [E_m > 0]      the rank streams; exposed, it re-reads E_m + H
  s_m ≥ 0   exposed read in µs when prefetch does not fit:  s_m ≥ (E_m + H·z_m)/s_disk − BIG·q_m
  D ≥ 0     the longest stall of a prefetching device:  D ≥ k/(k−1)·E_m/s_disk − k·O_m − BIG·(1 − q_m)
Minimising puts s_m at max(0, ·), so memory cases M3/M4 are chosen by the solver itself: prima's outer
loop that fixes each device's case from the last solution and re-solves (prima.cpp's outer loop) is not needed,
and neither is the greedy device-dropping loop: both can stop at a local optimum, this cannot.
Objective = T(w, n, k) of latency.py in µs; the plan's `predicted_ms` is recomputed by latency.py.
"""

from __future__ import annotations

import itertools
import logging
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from nanofrontier.prima import latency as lat
from nanofrontier.prima.profile_types import DeviceProfile, ModelProfile

log = logging.getLogger(__name__)

US = 1e6  # the MILP works in microseconds so HiGHS's absolute tolerances are far below a plan's differences


class PlanError(ValueError):
    """No plan exists (no devices, no head, or nothing fits); the message says why."""


@dataclass(frozen=True, kw_only=True)
class HaldaPlan:
    """Kept devices in ring order (head first) with their windows; `dropped` names the devices left out."""

    devices: tuple[DeviceProfile, ...]
    w: tuple[int, ...]
    n: tuple[int, ...]
    k: int
    predicted_ms: float
    dropped: tuple[str, ...] = ()

    def windows(self) -> list[list[tuple[int, int]]]:
        """Half-open layer ranges per kept device: cycle by cycle, ranks 1..M-1 then the head."""
        order = list(range(1, len(self.devices))) + [0]
        out: list[list[tuple[int, int]]] = [[] for _ in self.devices]
        start = 0
        for _ in range(self.k):
            for m in order:
                if self.w[m]:
                    out[m].append((start, start + self.w[m]))
                start += self.w[m]
        return out


def divisors(L: int) -> list[int]:
    return [k for k in range(1, L + 1) if L % k == 0]


def _check_inputs(devices: Sequence[DeviceProfile], model: ModelProfile, max_k: int | None) -> list[int]:
    if not devices:
        raise PlanError("no devices to plan for")
    heads = [d.name for d in devices if d.is_head]
    if len(heads) != 1 or not devices[0].is_head:
        raise PlanError(f"exactly one device, the first, must be the head (is_head=True); heads: {heads}")
    names = [d.name for d in devices]
    if len(set(names)) != len(names):
        raise PlanError(f"device names must be unique, got {names}")
    if max_k is not None and (not isinstance(max_k, int) or max_k < 1):
        raise PlanError(f"max_k must be a positive integer, got {max_k!r}")
    return [k for k in divisors(model.n_layers) if max_k is None or k <= max_k]


def _vram_layers(d: DeviceProfile, model: ModelProfile, k: int, W: int) -> int:
    """Most GPU layers per window: k·n·b′ ≤ VRAM."""
    if d.gpu is None:
        return 0
    return min(W, math.floor(d.gpu.vram_bytes / (k * model.layer_footprint)))


class _Index:
    """Column of each MILP variable: x = [w; n; u; q; s; v; z; D]."""

    def __init__(self, M: int) -> None:
        self.M, self.v = M, 5 * M

    def w(self, m: int) -> int:
        return m

    def n(self, m: int) -> int:
        return self.M + m

    def u(self, m: int) -> int:
        return 2 * self.M + m

    def q(self, m: int) -> int:
        return 3 * self.M + m

    def s(self, m: int) -> int:
        return 4 * self.M + m

    def z(self, m: int) -> int:
        return 5 * self.M + 1 + m

    @property
    def D(self) -> int:
        return 6 * self.M + 1


def _solve_k(devices: Sequence[DeviceProfile], model: ModelProfile, k: int) -> tuple[list[int], list[int]] | None:
    """The optimal (w, n) for this k, or None when no assignment is feasible."""
    M, W = len(devices), model.n_layers // k
    idx = _Index(M)
    iw, i_n, iu, i_s, iv = idx.w, idx.n, idx.u, idx.s, idx.v
    nv = 6 * M + 2
    alpha = [lat.cpu_layer_time(d, model) * US for d in devices]
    gamma = [lat.gpu_layer_time(d, model) * US if d.gpu else 0.0 for d in devices]
    xi = [lat.hop_time(d, model) * US for d in devices]
    c, lo, hi = np.zeros(nv), np.zeros(nv), np.zeros(nv)
    hi[[iw(m) for m in range(M)]] = W
    for m, d in enumerate(devices):
        c[iw(m)], c[i_n(m)] = k * alpha[m], k * (gamma[m] - alpha[m])
        hi[i_n(m)] = _vram_layers(d, model, k, W)
        lo[iu(m)], hi[iu(m)], c[iu(m)] = (1, 1, 0.0) if m == 0 else (0, 1, k * xi[m])
        hi[i_s(m)], c[i_s(m)] = np.inf, 1.0
    hi[iv], c[iv] = (1 if M > 1 else 0), k * xi[0]
    hi[idx.D], c[idx.D] = np.inf, 1.0

    rows: list[tuple[dict[int, float], float, float]] = [({iw(m): 1.0 for m in range(M)}, W, W)]
    for m in range(1, M):
        rows += [({iw(m): 1.0, iu(m): -W}, -np.inf, 0), ({iu(m): 1.0, iw(m): -1.0}, -np.inf, 0),
                 ({iv: 1.0, iu(m): -1.0}, 0, np.inf)]
    rows.append(({iv: 1.0, **{iu(m): -1.0 for m in range(1, M)}}, -np.inf, 0))
    for m in range(M):
        rows.append(({i_n(m): 1.0, iw(m): -1.0}, -np.inf, 0))
        rows += _disk_rows(devices, model, k, m, alpha, gamma, xi, idx, hi)

    A = np.zeros((len(rows), nv))
    for r, (coef, _, _) in enumerate(rows):
        for j, a in coef.items():
            A[r, j] += a
    integrality = np.ones(nv)
    integrality[[i_s(m) for m in range(M)] + [idx.D]] = 0
    res = milp(c, integrality=integrality, bounds=Bounds(lo, hi),
               constraints=LinearConstraint(A, [r[1] for r in rows], [r[2] for r in rows]),
               options={"mip_rel_gap": 0.0})
    if res.x is None:
        if res.status != 2:  # 2 = infeasible; anything else is HiGHS failing, which should not pass silently
            log.warning("halda k=%d: HiGHS gave no solution: %s", k, res.message)
        return None
    return [round(res.x[iw(m)]) for m in range(M)], [round(res.x[i_n(m)]) for m in range(M)]


def _disk_rows(devices, model, k, m, alpha, gamma, xi, idx, hi) -> list[tuple[dict[int, float], float, float]]:
    """δ_m's rows (latency.py docstring). E_m = k·b′·p_m + c_m − d_m with p_m = w_m − n_m (w_m on a Mac);
    z_m = [E_m > 0] adds the streaming headroom H to the bytes read (latency.streamed_bytes)."""
    iw, i_n, iu, iq, i_s, iv, iz = idx.w, idx.n, idx.u, idx.q, idx.s, idx.v, idx.z
    d, M, L, W, b = devices[m], len(devices), model.n_layers, model.n_layers // k, model.layer_footprint
    const = lat.resident_bytes(d, model) - lat.memory_budget(d)      # E_m = slope·p_m + const
    paged = {iw(m): 1.0} if d.os == "mac" else {iw(m): 1.0, i_n(m): -1.0}
    if L * b + const <= 0:        # can never exceed its RAM: M4 whatever the plan
        hi[i_s(m)] = hi[iq(m)] = 0
        return []
    if d.disk_bw < lat.MIN_OFFLOAD_DISK_BW:
        hi[i_s(m)] = hi[iq(m)] = 0
        return [({j: k * b * a for j, a in paged.items()}, -np.inf, -const)]
    hi[iq(m)] = hi[iz(m)] = 1
    to_us, headroom = US / d.disk_bw, lat.streaming_headroom(model)
    share = {j: -k * b * a * to_us * lat.reread_factor(k) for j, a in paged.items()}  # −k/(k−1)·E_m, prefetched
    whole = {j: -k * b * a * to_us for j, a in paged.items()}                         # −(E_m + H·z_m), exposed
    whole[iz(m)] = -headroom * to_us
    hidden: dict[int, float] = {iv: k * xi[0]}                        # k·O_m
    for j in range(M):
        if j != m:
            hidden[iw(j)] = k * alpha[j]
            hidden[i_n(j)] = k * (gamma[j] - alpha[j])
        if j > 0:
            hidden[iu(j)] = k * xi[j]
    big = (lat.reread_factor(k) * (L * b + const) + headroom) * to_us
    row_a = {idx.D: 1.0, iq(m): -big, **hidden}                      # D ≥ share read − k·O_m when q_m = 1
    for j, a in share.items():
        row_a[j] = row_a.get(j, 0.0) + a
    rows = [(row_a, lat.reread_factor(k) * const * to_us - big, np.inf),
            ({i_s(m): 1.0, iq(m): big, **whole}, const * to_us, np.inf),  # s_m ≥ whole read when q_m = 0
            ({**{j: k * b * a for j, a in paged.items()}, iz(m): -(L * b + const)}, -np.inf, -const)]  # E_m > 0 → z_m
    fit = math.floor((lat.memory_budget(d) - lat.resident_bytes(d, model)) / ((2 if k == 1 else 1) * b))
    if fit < W:                   # q_m = 1 forces p_m ≤ fit
        rows.append(({**paged, iq(m): W - fit}, -np.inf, W))
    return rows


def _finish(devices: Sequence[DeviceProfile], model: ModelProfile, w: Sequence[int], n: Sequence[int],
            k: int) -> HaldaPlan:
    keep = [m for m, d in enumerate(devices) if d.is_head or w[m] > 0]
    ms = lat.token_latency(devices, model, w, n, k).total_ms
    return HaldaPlan(devices=tuple(devices[m] for m in keep), w=tuple(w[m] for m in keep),
                     n=tuple(n[m] for m in keep), k=k, predicted_ms=ms,
                     dropped=tuple(d.name for m, d in enumerate(devices) if m not in keep))


def plan(devices: Sequence[DeviceProfile], model: ModelProfile, *, max_k: int | None = None) -> HaldaPlan:
    """The fastest plan under latency.py's model; ties go to the smaller k (fewer hops)."""
    best: HaldaPlan | None = None
    for k in _check_inputs(devices, model, max_k):
        sol = _solve_k(devices, model, k)
        if sol is None:
            continue
        candidate = _finish(devices, model, *sol, k)
        log.debug("halda k=%d: w=%s n=%s %.3f ms", k, candidate.w, candidate.n, candidate.predicted_ms)
        if best is None or candidate.predicted_ms < best.predicted_ms * (1 - 1e-12):
            best = candidate
    if best is None:
        raise PlanError(f"no plan fits {len(devices)} devices for L={model.n_layers} (k <= {max_k}): every "
                        "device whose disk is too slow to offload must hold its layers in RAM/VRAM")
    return best


def _compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    """All tuples of `parts` non-negative integers summing to `total`."""
    for cuts in itertools.combinations(range(total + parts - 1), parts - 1):
        edges = (-1, *cuts, total + parts - 1)
        yield tuple(edges[i + 1] - edges[i] - 1 for i in range(parts))


def brute_force_plan(devices: Sequence[DeviceProfile], model: ModelProfile,
                     max_k: int | None = None) -> HaldaPlan:
    """`plan` by enumerating every (k, w, n); for tests on small L and M."""
    best: tuple[float, int, tuple, tuple] | None = None
    for k in _check_inputs(devices, model, max_k):
        W = model.n_layers // k
        for w in _compositions(W, len(devices)):
            gpu_choices = [range(min(wm, _vram_layers(d, model, k, W)) + 1) for d, wm in zip(devices, w, strict=True)]
            for n in itertools.product(*gpu_choices):
                if lat.assignment_problem(devices, model, w, n, k):
                    continue
                t = lat.token_latency(devices, model, w, n, k).total_ms
                if best is None or t < best[0] * (1 - 1e-12):
                    best = (t, k, w, n)
    if best is None:
        raise PlanError(f"no plan fits {len(devices)} devices for L={model.n_layers}")
    return _finish(devices, model, best[2], best[3], best[1])
