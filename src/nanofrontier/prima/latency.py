"""The token-latency model Halda minimises (the prima.cpp paper's latency model and constraints), as pure functions.

Legend (the paper's symbols, its Table 5): L layers, M devices in ring order (rank 0 = head), k rounds per token,
w_m window (layers per round) of device m, n_m ≤ w_m of them on its GPU, W = Σ w_m = L / k.
b′ = `ModelProfile.layer_footprint` (layer weights + its KV cache at n_ctx). A device with w_m = 0 has
been dropped from the ring (the head never is: it embeds and samples).

    T(w, n, k) = k·Σ_m [α_m (w_m − n_m) + γ_m n_m]          compute (γ_m = α_m + β_m)
               + k·Σ_{m in ring} ξ_m                          network: k·M hops
               + Σ_m δ_m                                      disk: pages re-read each token (case M3)
               + κ                                            head: lm_head

    α_m = f/F_cpu + b′/BW_ram        (the paper's α_m, with the memory-read term prima.cpp's code comments out)
    γ_m = f/F_gpu + b′/BW_vram
    ξ_m = RTT_m/2 + hidden_bytes/B_link   (a hop is one-way; 0 when the head is alone)
    κ   = f_out/F_cpu,0 + b_o/BW_ram,0    (the output layer stays on the head's CPU)

Disk (the paper's memory cases M3/M4). The pages of device m's mmap'd layers compete for its RAM budget d_m
(available RAM; + swappable anon memory on Android). Its excess over one token is
E_m = k·p_m·b′ + c_m − d_m, where p_m = w_m − n_m layers live in the page cache (all w_m on a Mac: unified
memory) and c_m = b_o on the head (the output layer is resident there), else 0. When E_m > 0 those bytes are
re-read every token at the disk speed (M3); when E_m ≤ 0 nothing is (M4). A disk under 0.1 GB/s may not
offload at all (Halda forces it into M4). Unlike prima.cpp, a rank here streams its excess explicitly
(residency.py): each of its k >= 2 windows streams an equal share, prefetched into one share of room, so it
re-reads k/(k-1)·E_m; with one window it streams whole layers through H = one layer of room: E_m + H.
Prefetch (the paper's Fig. 3): the read of the next window's share hides behind the rest of the round (the other
devices' compute and all hops) only when it fits: with k >= 2, one window beside the resident layers,
p_m·b′ ≤ d_m − c_m; with k = 1, prima's 2·p_m·b′ ≤ d_m − c_m (the running window and the next). Else the
rank streams whole layers in its own turn (E_m + H), exposed. Hence

    disk = Σ_{m: no prefetch} R_m  +  max(0, max_{m: prefetch} (R_m − k·O_m)),   R_m = streamed_m / s_m
    O_m = Σ_{j≠m} (α_j(w_j−n_j) + γ_j n_j) + Σ_ring ξ_j

A disk that bursts (the profiler's disk_burst_bytes at disk_burst_bw: a rate limiter's credit, a drive's cache)
reads each round's share X_m = streamed_m / k faster than its sustained rate s_m, up to the burst, so
R_m = k·(min(X_m, burst)/s_burst + max(0, X_m − burst)/s_m); its sustained rate still bounds the whole token,

    T ≥ max_m streamed_m / s_m        (the disk floor; implied by the sum above when no disk bursts)

prima's δ_m sums max(0, R_m − k·O_m) over the devices, as if one device's stall could not overlap another's.
On the ring it does: while one device waits for its disk, the others are idle and their prefetches read on.
So the prefetching devices contribute their longest stall, not the sum (measured on the simulator:
bench_prima, 4 devices streaming behind one another). A device that cannot prefetch reads in its own turn,
and that time adds up. It is this term that makes k > 1 pay when memory is tight (the paper's Fig. 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nanofrontier.prima.profile_types import DeviceProfile, ModelProfile
from nanofrontier.prima.residency import PREFETCH_LAYERS, budget_from_available

MIN_OFFLOAD_DISK_BW = 0.1e9  # bytes/s: slower disks must hold their layers in RAM (as Halda's step 2)


def cpu_layer_time(d: DeviceProfile, model: ModelProfile) -> float:
    """α_m: seconds for one layer of one token on the CPU: the profiler's timing of one of the model's own
    layers when it has one (`layer_s`), else compute + reading b′ from RAM."""
    if d.layer_s is not None:
        return d.layer_s
    return model.layer_flops / d.cpu_flops + model.layer_footprint / d.mem_bw


def gpu_layer_time(d: DeviceProfile, model: ModelProfile) -> float:
    """γ_m = α_m + β_m: seconds for one layer on the GPU; infinite without one."""
    if d.gpu is None:
        return float("inf")
    return model.layer_flops / d.gpu.flops + model.layer_footprint / d.gpu.mem_bw


def hop_time(d: DeviceProfile, model: ModelProfile) -> float:
    """ξ_m: seconds to send one hidden state to the next rank."""
    return d.link_rtt_s / 2 + model.hidden_bytes / d.link_bw


def head_time(d: DeviceProfile, model: ModelProfile) -> float:
    """κ's compute part: the head's lm_head (+ final norm) on its CPU, every token."""
    return model.output_flops / d.cpu_flops + model.output_bytes / d.mem_bw


def memory_budget(d: DeviceProfile) -> float:
    """d_m: RAM the device's mmap'd layers may occupy: what a rank's stage keeps for weights out of the memory
    it may still fill (residency.budget_from_available: a reserve stays for the KV cache and buffers; Android
    adds swappable anon pages)."""
    return budget_from_available(int(d.mem_bytes + (d.swap_bytes if d.os == "android" else 0.0)))


def resident_bytes(d: DeviceProfile, model: ModelProfile) -> float:
    """c_m: bytes held in RAM besides the layers (the paper's b^cio without compute buffers)."""
    return model.output_bytes if d.is_head else 0.0


def paged_layers(d: DeviceProfile, w: int, n: int) -> int:
    """p_m: layers of one window that live in the page cache (CUDA layers sit in VRAM; Metal shares RAM)."""
    return w if d.os == "mac" else w - n


def excess_bytes(d: DeviceProfile, model: ModelProfile, w: int, n: int, k: int) -> float:
    """E_m: bytes beyond the RAM budget, re-read from disk every token when positive (case M3)."""
    return k * paged_layers(d, w, n) * model.layer_footprint + resident_bytes(d, model) - memory_budget(d)


def streaming_headroom(model: ModelProfile) -> float:
    """H: the room a one-window (k = 1) streaming rank keeps to read layers into (residency.py)."""
    return PREFETCH_LAYERS * model.layer_footprint


def reread_factor(k: int) -> float:
    """With k >= 2 windows each streams an equal share into one share of room: k/(k-1) of the excess."""
    return k / (k - 1) if k > 1 else 1.0


def streamed_bytes(d: DeviceProfile, model: ModelProfile, w: int, n: int, k: int) -> float:
    """Bytes read from disk every token when the device's layers exceed its RAM (residency.plan_streaming):
    k/(k-1)·E_m when its k >= 2 windows stream equal shares (`prefetch_fits`), else E_m + H (whole layers
    through one layer of room); 0 when nothing exceeds."""
    excess = excess_bytes(d, model, w, n, k)
    if excess <= 0:
        return 0.0
    if prefetch_fits(d, model, w, n, k):
        return reread_factor(k) * excess
    return excess + streaming_headroom(model)


def prefetch_fits(d: DeviceProfile, model: ModelProfile, w: int, n: int, k: int) -> bool:
    """The next window's share can be read while the others compute: with k >= 2 windows a window fits beside
    the resident layers (p·b′ ≤ d − c, so its share does: residency.plan_streaming); with one window, prima's
    test that the running window and the next both fit (2·p·b′, Fig. 3), which a window that overflows fails."""
    windows = 2 if k == 1 else 1
    return windows * paged_layers(d, w, n) * model.layer_footprint <= memory_budget(d) - resident_bytes(d, model)


@dataclass(frozen=True, kw_only=True)
class LatencyBreakdown:
    """Predicted decode time of one token, in milliseconds, by term of T(w, n, k)."""

    compute_ms: float
    network_ms: float
    disk_ms: float
    head_ms: float
    disk_floor_ms: float = 0.0  # the slowest device's streamed bytes at its sustained rate: T is never below it

    @property
    def total_ms(self) -> float:
        return max(self.compute_ms + self.network_ms + self.disk_ms + self.head_ms, self.disk_floor_ms)


def read_seconds(d: DeviceProfile, nbytes: float, rounds: int) -> float:
    """Seconds device d's disk takes for `nbytes` read in `rounds` equal reads, each after an idle spell:
    the burst's share at its rate, the rest at the sustained rate."""
    share = nbytes / rounds
    fast = min(share, d.disk_burst_bytes) if d.disk_burst_bw > 0 else 0.0
    return rounds * (fast / d.disk_burst_bw if fast else 0.0) + rounds * (share - fast) / d.disk_bw


def assignment_problem(devices: Sequence[DeviceProfile], model: ModelProfile, w: Sequence[int],
                       n: Sequence[int], k: int) -> str | None:
    """Why (w, n, k) violates Halda's constraints, or None when it is feasible."""
    if not (len(w) == len(n) == len(devices)):
        return f"w, n and devices differ in length ({len(w)}, {len(n)}, {len(devices)})"
    if k < 1 or sum(w) * k != model.n_layers:
        return f"sum(w) * k = {sum(w)} * {k} != L = {model.n_layers}"
    for d, wm, nm in zip(devices, w, n, strict=True):
        if not 0 <= nm <= wm:
            return f"{d.name}: need 0 <= n <= w, got w={wm}, n={nm}"
        if nm and (d.gpu is None or k * nm * model.layer_footprint > d.gpu.vram_bytes):
            return f"{d.name}: {k * nm} GPU layers do not fit its VRAM"
        if d.disk_bw < MIN_OFFLOAD_DISK_BW and excess_bytes(d, model, wm, nm, k) > 0:
            return f"{d.name}: its disk is too slow to offload and its layers exceed its RAM"
    return None


def token_latency(devices: Sequence[DeviceProfile], model: ModelProfile, w: Sequence[int],
                  n: Sequence[int], k: int, *, prefetch: bool = True) -> LatencyBreakdown:
    """T(w, n, k) of the module docstring; raises ValueError on an infeasible assignment. `prefetch=False`:
    the same plan with every device reading its streamed shares in its own turn (the ring without prefetch)."""
    problem = assignment_problem(devices, model, w, n, k)
    if problem:
        raise ValueError(problem)
    in_ring = [d.is_head or wm > 0 for d, wm in zip(devices, w, strict=True)]
    per_round = [cpu_layer_time(d, model) * (wm - nm) + (gpu_layer_time(d, model) * nm if nm else 0.0)
                 for d, wm, nm in zip(devices, w, n, strict=True)]
    hops = sum(hop_time(d, model) for d, on in zip(devices, in_ring, strict=True) if on) if sum(in_ring) > 1 else 0.0
    exposed, stall, floor = 0.0, 0.0, 0.0
    for m, (d, wm, nm) in enumerate(zip(devices, w, n, strict=True)):
        streamed = streamed_bytes(d, model, wm, nm, k)
        if not streamed:
            continue
        read, floor = read_seconds(d, streamed, k), max(floor, streamed / d.disk_bw)
        if prefetch and prefetch_fits(d, model, wm, nm, k):  # reads behind the rest of the ring, others' stalls too
            stall = max(stall, read - k * (sum(per_round) - per_round[m] + hops))
        else:
            exposed += read
    disk = exposed + stall
    head = next(d for d in devices if d.is_head)
    return LatencyBreakdown(compute_ms=1e3 * k * sum(per_round), network_ms=1e3 * k * hops,
                            disk_ms=1e3 * disk, head_ms=1e3 * head_time(head, model), disk_floor_ms=1e3 * floor)
