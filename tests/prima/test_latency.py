"""The token-latency model (prima/latency.py) and the profiles it reads, against values worked out by hand."""

import dataclasses
import json

import pytest

from nanofrontier.core.config import ModelConfig
from nanofrontier.prima import latency as lat
from nanofrontier.prima.profile_types import (
    DeviceProfile,
    GpuProfile,
    ModelProfile,
    ProfileError,
    load_profiles,
    save_profiles,
)

GB = 1e9

# b′ = 9e8 + 1000 * 1e5 = 1e9 bytes; one hop carries 1000 * 4 = 4000 bytes.
MODEL = ModelProfile(n_layers=8, layer_bytes=9e8, embed_bytes=0.0, output_bytes=5e8, layer_flops=1e9,
                     output_flops=2e8, kv_bytes_per_token=1000, n_ctx=100_000, hidden_size=1000, vocab_size=50)


def device(name="a", **kw):
    base = dict(name=name, os="linux", cpu_flops=1e11, mem_bytes=10 * GB, mem_bw=1e10, disk_bw=1 * GB,
                link_rtt_s=0.004, link_bw=4e6)
    return DeviceProfile(**{**base, **kw})


def room(budget):
    """Free memory whose weights' budget is `budget`: a stage keeps 5% for its KV cache and buffers."""
    return budget / 0.95


def test_per_layer_and_per_hop_times_match_hand_values():
    d = device(gpu=GpuProfile(vram_bytes=4 * GB, flops=1e12, mem_bw=1e11))
    assert MODEL.layer_footprint == 1e9
    assert lat.cpu_layer_time(d, MODEL) == pytest.approx(1e9 / 1e11 + 1e9 / 1e10)      # 0.11 s
    assert lat.gpu_layer_time(d, MODEL) == pytest.approx(1e9 / 1e12 + 1e9 / 1e11)      # 0.011 s
    assert lat.hop_time(d, MODEL) == pytest.approx(0.004 / 2 + 4000 / 4e6)             # 0.003 s
    assert lat.head_time(d, MODEL) == pytest.approx(2e8 / 1e11 + 5e8 / 1e10)           # 0.052 s


def test_memory_budget_adds_swap_only_on_android():
    # 5% of what a device may fill stays for the KV cache and buffers
    assert lat.memory_budget(device(swap_bytes=GB)) == pytest.approx(0.95 * 10 * GB)
    assert lat.memory_budget(device(os="android", swap_bytes=GB)) == pytest.approx(0.95 * 11 * GB)


def test_gpu_layers_leave_the_page_cache_except_on_unified_memory():
    gpu = GpuProfile(vram_bytes=8 * GB, flops=1e12, mem_bw=1e11)
    assert lat.paged_layers(device(gpu=gpu), 5, 2) == 3
    assert lat.paged_layers(device(os="mac", gpu=gpu), 5, 2) == 5


def test_single_device_pays_no_hop_and_no_disk_when_it_fits():
    t = lat.token_latency([device(is_head=True)], MODEL, [8], [0], 1)
    assert t.network_ms == 0 and t.disk_ms == 0
    assert t.compute_ms == pytest.approx(8 * 110)
    assert t.total_ms == pytest.approx(8 * 110 + 52)


def test_excess_is_reread_from_disk_when_prefetch_cannot_fit():
    # head: 8 layers of 1 GB + 0.5 GB lm_head in 6 GB -> 2.5 GB excess + 1 GB (a layer) of headroom re-read
    # at 1 GB/s, unhidden (window 8 GB).
    head = device(is_head=True, mem_bytes=room(6 * GB))
    t = lat.token_latency([head], MODEL, [8], [0], 1)
    assert lat.excess_bytes(head, MODEL, 8, 0, 1) == pytest.approx(2.5 * GB)
    assert lat.streamed_bytes(head, MODEL, 8, 0, 1) == pytest.approx(3.5 * GB)
    assert lat.streamed_bytes(device(is_head=True, mem_bytes=room(9 * GB)), MODEL, 8, 0, 1) == 0
    assert t.disk_ms == pytest.approx(3500)


def test_prefetch_hides_the_reread_behind_the_rest_of_the_round():
    # k = 4, w = (1, 1): worker "b" holds 4 GB in 3 GB -> 4/3 of the 1 GB excess (1333 ms) to read per token,
    # in four equal shares. Two windows (2 GB) fit, so it hides behind the head's layers and both hops:
    # 4 * (110 + 3 + 3) = 464 ms.
    head, b = device("h", is_head=True), device("b", mem_bytes=room(3 * GB))
    t = lat.token_latency([head, b], MODEL, [1, 1], [0, 0], 4)
    assert t.compute_ms == pytest.approx(4 * 2 * 110)
    assert t.network_ms == pytest.approx(4 * 2 * 3)
    assert t.disk_ms == pytest.approx(4000 / 3 - 4 * (110 + 6))
    # k = 2, w = (2, 2): the same 1 GB excess, re-read twice over (2/1); a 2 GB window fits in 3 GB, so its
    # 1 GB share hides behind the head's two layers and both hops, twice: 2000 - 2 * (220 + 6).
    assert lat.token_latency([head, b], MODEL, [2, 2], [0, 0], 2).disk_ms == pytest.approx(2000 - 2 * 226)


def test_without_prefetch_the_same_shares_are_read_in_the_devices_own_turn():
    # test_prefetch_hides...'s plan with prefetch off: the same 4/3 GB a token in four shares (the residency
    # plan does not change), none of it hidden behind the rest of the round
    head, b = device("h", is_head=True), device("b", mem_bytes=room(3 * GB))
    on = lat.token_latency([head, b], MODEL, [1, 1], [0, 0], 4)
    off = lat.token_latency([head, b], MODEL, [1, 1], [0, 0], 4, prefetch=False)
    assert off.disk_ms == pytest.approx(4000 / 3) and off.compute_ms == on.compute_ms
    assert off.total_ms - on.total_ms == pytest.approx(4 * (110 + 6))
    # a bursting disk: its shares read in 333 ms a token, exposed without prefetch (880 + 24 + 333 + 52 ms),
    # yet the floor (4/3 GB at the sustained 1 GB/s) binds with prefetch and without: no gain to give
    big = dataclasses.replace(b, disk_burst_bytes=0.5 * GB, disk_burst_bw=4 * GB)
    on, off = (lat.token_latency([head, big], MODEL, [1, 1], [0, 0], 4, prefetch=p) for p in (True, False))
    assert off.disk_ms == pytest.approx(1000 / 3) and on.disk_ms == 0
    assert on.total_ms == off.total_ms == pytest.approx(4000 / 3)


def test_prefetching_devices_stall_in_parallel_but_exposed_reads_add_up():
    # k = 4, w = (0, 1, 1) with b and c each 4 GB in 3 GB: 4/3 GB (1333 ms) to read per token each. Both
    # prefetch (two 1 GB windows fit), so their stalls overlap: the token waits for the longer one, not both.
    head, b, c = device("h", is_head=True), device("b", mem_bytes=room(3 * GB)), device("c", mem_bytes=room(3 * GB))
    both = lat.token_latency([head, b, c], MODEL, [0, 1, 1], [0, 0, 0], 4)
    assert both.disk_ms == pytest.approx(4000 / 3 - 4 * (110 + 3 * 3))  # behind the other's layer and 3 hops
    # with 0.5 GB each not even a 1 GB window fits: each device streams whole layers in its own turn,
    # 3.5 GB excess + a 1 GB layer of room, and those reads add up
    b, c = dataclasses.replace(b, mem_bytes=room(0.5 * GB)), dataclasses.replace(c, mem_bytes=room(0.5 * GB))
    exposed = lat.token_latency([head, b, c], MODEL, [0, 1, 1], [0, 0, 0], 4)
    assert exposed.disk_ms == pytest.approx(2 * 4500)


def test_a_bursting_disk_reads_short_shares_fast_but_never_beats_its_sustained_rate():
    # test_prefetch_hides...'s worker, k = 4: 4/3 GB a token in four shares of 1/3 GB, 1 GB/s sustained.
    head, b = device("h", is_head=True), device("b", mem_bytes=room(3 * GB))
    plain = lat.token_latency([head, b], MODEL, [1, 1], [0, 0], 4)
    # a burst of 0.1 GB at 4 GB/s: each share reads 25 ms + 233 ms, 1033 ms a token, 464 of it hidden
    small_burst = dataclasses.replace(b, disk_burst_bytes=0.1 * GB, disk_burst_bw=4 * GB)
    small = lat.token_latency([head, small_burst], MODEL, [1, 1], [0, 0], 4)
    assert small.disk_ms == pytest.approx(4 * (25 + 1000 / 3 - 100) - 4 * (110 + 6))
    assert small.total_ms == pytest.approx(plain.total_ms - (4000 / 3 - 4 * (25 + 1000 / 3 - 100)))
    # a burst larger than a share: each share reads at 4 GB/s (333 ms a token, all hidden), but 4/3 GB at the
    # sustained 1 GB/s still takes 1333 ms: the floor, above compute + hops + head (956 ms)
    big = dataclasses.replace(b, disk_burst_bytes=0.5 * GB, disk_burst_bw=4 * GB)
    t = lat.token_latency([head, big], MODEL, [1, 1], [0, 0], 4)
    assert t.disk_ms == 0 and t.disk_floor_ms == pytest.approx(4000 / 3)
    assert t.total_ms == pytest.approx(4000 / 3)
    assert plain.disk_floor_ms == pytest.approx(4000 / 3) and plain.total_ms > plain.disk_floor_ms


def test_dropped_device_costs_nothing():
    far = device("far", link_rtt_s=1.0)
    t = lat.token_latency([device("h", is_head=True), far], MODEL, [8, 0], [0, 0], 1)
    assert t.network_ms == 0 and t.compute_ms == pytest.approx(880)


def test_infeasible_assignments_are_named():
    head = device("h", is_head=True, gpu=GpuProfile(vram_bytes=2.5 * GB, flops=1e12, mem_bw=1e11))
    assert "sum(w) * k" in lat.assignment_problem([head], MODEL, [3], [0], 2)
    assert "VRAM" in lat.assignment_problem([head], MODEL, [8], [3], 1)
    slow = device("h", is_head=True, mem_bytes=GB, disk_bw=0.05 * GB)
    assert "too slow" in lat.assignment_problem([slow], MODEL, [8], [0], 1)
    with pytest.raises(ValueError, match="h: need 0 <= n <= w"):
        lat.token_latency([head], MODEL, [8], [9], 1)


def test_model_profile_from_tiny_config_matches_hand_count():
    cfg = ModelConfig.tiny()  # V=320, D=64, I=128, L=2, 4 heads of 16, 2 KV heads, 256 positions
    p = ModelProfile.from_config(cfg, dtype_bytes=2)
    layer_params = 64 * 64 + 2 * 64 * 32 + 64 * 64 + 3 * 64 * 128 + 2 * 64  # q, k+v, o, mlp, 2 norms
    assert p.layer_bytes == 2 * layer_params
    assert p.layer_flops == 2 * layer_params + 4 * 4 * 16 * 256
    assert p.kv_bytes_per_token == 2 * 2 * 16 * 2
    assert (p.n_layers, p.n_ctx, p.hidden_bytes) == (2, 256, 64 * 4)
    assert p.embed_bytes == 320 * 64 * 2 and p.output_bytes == (320 * 64 + 64) * 2


def test_profiles_round_trip_through_json(tmp_path):
    devices = [device("h", is_head=True, gpu=GpuProfile(vram_bytes=GB, flops=1e12, mem_bw=1e11)),
               device("p", os="android", swap_bytes=GB)]
    save_profiles(tmp_path / "profiles.json", devices)
    assert load_profiles(tmp_path / "profiles.json") == devices
    MODEL.save(tmp_path / "model.json")
    assert ModelProfile.load(tmp_path / "model.json") == MODEL


@pytest.mark.parametrize("change, message", [
    (lambda d: d[1].update(mem_bw=-1), r"profiles\[1\]\.mem_bw: expected a number > 0"),
    (lambda d: d[0].update(os="windows"), r"profiles\[0\]\.os: expected one of"),
    (lambda d: d[1].update(gpu={"vram_bytes": 1, "flops": 0, "mem_bw": 1}), r"profiles\[1\]\.gpu\.flops"),
    (lambda d: d[1].update(speed=3), r"profiles\[1\]\.speed: unknown field"),
    (lambda d: d[0].pop("disk_bw"), r"profiles\[0\]\.disk_bw: missing"),
    (lambda d: d[1].update(disk_burst_bytes=1e8, disk_burst_bw=1.0), r"profiles\[1\]\.disk_burst_bw: a burst"),
    (lambda d: d[1].update(disk_burst_bytes=-1), r"profiles\[1\]\.disk_burst_bytes: expected a number >= 0"),
])
def test_bad_profile_file_names_the_field(tmp_path, change, message):
    data = [dataclasses.asdict(device("h", is_head=True)), dataclasses.asdict(device("b"))]
    change(data)
    (tmp_path / "profiles.json").write_text(json.dumps(data))
    with pytest.raises(ProfileError, match=message):
        load_profiles(tmp_path / "profiles.json")


def test_model_profile_rejects_zero_layers():
    with pytest.raises(ProfileError, match="ModelProfile.n_layers: expected a positive integer"):
        dataclasses.replace(MODEL, n_layers=0)
