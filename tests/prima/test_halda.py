"""Halda (prima/halda.py): the MILP plan equals exhaustive search and respects §2.3's constraints."""

import dataclasses
import random

import pytest

from nanofrontier.prima import latency as lat
from nanofrontier.prima.halda import PlanError, brute_force_plan, plan
from nanofrontier.prima.profile_types import DeviceProfile, GpuProfile, ModelProfile

GB = 1e9


def random_instance(rng: random.Random) -> tuple[list[DeviceProfile], ModelProfile]:
    """A heterogeneous home cluster: mixed OSes, some GPUs, some short of RAM, some with slow disks."""
    L, M = rng.randint(4, 12), rng.randint(2, 4)
    model = ModelProfile(n_layers=L, layer_bytes=rng.uniform(0.2, 1) * GB, embed_bytes=0.3 * GB,
                         output_bytes=rng.uniform(0.1, 0.5) * GB, layer_flops=rng.uniform(0.5, 3) * 1e9,
                         output_flops=1e9, kv_bytes_per_token=16384, n_ctx=2048, hidden_size=4096, vocab_size=32000)
    devices = []
    for m in range(M):
        gpu = None
        if rng.random() < 0.3:
            gpu = GpuProfile(vram_bytes=rng.uniform(0, 4) * GB, flops=rng.uniform(5, 50) * 1e12,
                             mem_bw=rng.uniform(200, 900) * GB)
        devices.append(DeviceProfile(
            name=f"d{m}", os=rng.choice(["linux", "mac", "android"]), cpu_flops=rng.uniform(0.05, 1) * 1e12,
            mem_bytes=rng.uniform(0.5, 6) * GB, mem_bw=rng.uniform(10, 80) * GB,
            disk_bw=rng.choice([0.05, 0.5, 1, 3]) * GB, link_rtt_s=rng.uniform(0.0005, 0.02),
            link_bw=rng.uniform(10, 120) * 1e6, gpu=gpu, is_head=m == 0, swap_bytes=rng.uniform(0, 1) * GB))
    return devices, model


def instances(count: int, seed: int):
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        devices, model = random_instance(rng)
        try:
            out.append((devices, model, brute_force_plan(devices, model)))
        except PlanError:
            continue
    return out


def test_halda_equals_brute_force_on_random_clusters():
    for devices, model, best in instances(60, seed=0):
        got = plan(devices, model)
        assert got.predicted_ms == pytest.approx(best.predicted_ms, rel=1e-9), (devices, model, got, best)
        assert lat.token_latency(got.devices, model, got.w, got.n, got.k).total_ms == got.predicted_ms


def test_halda_equals_brute_force_when_every_device_streams_behind_the_others():
    # bench_prima's cluster: 24 layers of 45 MB, RAM for 75% of them, four disks of different speeds. The best
    # plan streams on three devices at k = 4, each read hidden behind the rest of the ring (a regression: the
    # MILP once never credited prefetch and chose a k = 1 plan 50% slower).
    model = ModelProfile(n_layers=24, layer_bytes=45e6, embed_bytes=33.5e6, output_bytes=33.5e6, layer_flops=2.3e7,
                         output_flops=1.7e7, kv_bytes_per_token=8192, n_ctx=24, hidden_size=1024, vocab_size=8192)
    devices = [DeviceProfile(name=f"d{i}", os="linux", is_head=i == 0, cpu_flops=22e9, mem_bytes=mem * 1e6,
                             mem_bw=25e9, disk_bw=disk * 1e6, link_rtt_s=rtt / 1e3, link_bw=bw)
               for i, (mem, disk, rtt, bw) in enumerate([(287, 600, 5.2, 25e6), (230, 450, 5.2, 25e6),
                                                         (195, 150, 13.2, 2.5e6), (149, 300, 5.2, 25e6)])]
    got, best = plan(devices, model), brute_force_plan(devices, model)
    assert got.predicted_ms == pytest.approx(best.predicted_ms, rel=1e-9)
    assert got.k == 4 and got.w == (2, 2, 1, 1)


def test_plan_respects_layer_memory_and_vram_constraints():
    for devices, model, _ in instances(30, seed=1):
        p = plan(devices, model)
        assert sum(p.w) * p.k == model.n_layers
        assert p.devices[0] is devices[0] and all(w > 0 for w in p.w[1:])
        assert sorted([d.name for d in p.devices] + list(p.dropped)) == sorted(d.name for d in devices)
        for d, w, n in zip(p.devices, p.w, p.n, strict=True):
            assert 0 <= n <= w
            assert n == 0 if d.gpu is None else p.k * n * model.layer_footprint <= d.gpu.vram_bytes
            if d.disk_bw < lat.MIN_OFFLOAD_DISK_BW:  # M4 forced: must fit in RAM
                assert lat.excess_bytes(d, model, w, n, p.k) <= 0
        layers = sorted(i for ranges in p.windows() for a, b in ranges for i in range(a, b))
        assert layers == list(range(model.n_layers))


def test_windows_follow_the_ring_order_with_the_head_last():
    devices, model = two_devices(mem_bytes=3 * GB)
    p = plan(devices, model)
    assert (p.k, p.w) == (4, (1, 1))
    assert p.windows() == [[(1, 2), (3, 4), (5, 6), (7, 8)], [(0, 1), (2, 3), (4, 5), (6, 7)]]


def two_devices(mem_bytes: float, **worker):
    """Two equal Linux boxes; b′ = 1 GB, so each holds mem_bytes / 1 GB layers in RAM; 0.15 s per layer.
    mem_bytes is the weights' budget: the boxes have 5% more free memory, the reserve a stage keeps for its
    KV cache and buffers (residency.budget_from_available)."""
    model = ModelProfile(n_layers=8, layer_bytes=1 * GB, embed_bytes=0.0, output_bytes=0.0, layer_flops=1e9,
                         output_flops=1e6, kv_bytes_per_token=0, n_ctx=1, hidden_size=1000, vocab_size=50)
    base = dict(os="linux", cpu_flops=1e10, mem_bytes=mem_bytes / 0.95, mem_bw=20 * GB, disk_bw=1 * GB,
                link_rtt_s=0.001, link_bw=100e6)
    return [DeviceProfile(name="head", is_head=True, **base), DeviceProfile(name="w", **{**base, **worker})], model


def test_tight_memory_prefers_more_rounds():
    # 8 GB of layers, 3 GB of RAM each: k = 1 or 2 windows are too big to prefetch (Fig. 3), so each device
    # re-reads in the open; k = 4 windows of 1 GB prefetch behind the other device's round, each device
    # re-reading 4/3 of its 1 GB excess (equal shares, one share of room), and the two devices' stalls
    # overlap: the token waits for one of them.
    devices, model = two_devices(mem_bytes=3 * GB)
    tight = plan(devices, model)
    assert tight.k == 4
    hop = 0.0005 + 4000 / 100e6
    hidden = 4 * (0.15 + 2 * hop)
    expected = 8 * 0.15 + 4 * 2 * hop + (4 / 3 - hidden) + 1e6 / 1e10 + 0 / 20e9
    assert tight.predicted_ms == pytest.approx(1e3 * expected)
    assert tight.predicted_ms < plan(devices, model, max_k=2).predicted_ms
    roomy = plan(*two_devices(mem_bytes=10 * GB))
    assert roomy.k == 1


def test_slow_far_device_is_dropped():
    devices, model = two_devices(mem_bytes=3 * GB)
    big = dataclasses.replace(devices[1], name="big", mem_bytes=10 * GB)
    near = plan([*devices, big], model)                        # on the LAN, a box that holds it all earns its hop
    assert "big" not in near.dropped and near.predicted_ms < plan(devices, model).predicted_ms
    far = dataclasses.replace(big, name="far", link_rtt_s=5.0, cpu_flops=2e9)  # a 2.5 s hop: never worth it
    p = plan([*devices, far], model)
    assert p.dropped == ("far",) and [d.name for d in p.devices] == ["head", "w"]
    for cluster in ([*devices, big], [*devices, far]):
        assert plan(cluster, model).predicted_ms == pytest.approx(brute_force_plan(cluster, model).predicted_ms,
                                                                  rel=1e-9)


def test_gpu_takes_layers_up_to_its_vram():
    devices, model = two_devices(mem_bytes=10 * GB)
    gpu = GpuProfile(vram_bytes=3.5 * GB, flops=1e13, mem_bw=500 * GB)
    p = plan([dataclasses.replace(devices[0], gpu=gpu), devices[1]], model)
    assert p.k * p.n[0] == 3 and p.w[0] >= p.n[0]


@pytest.mark.parametrize("make, message", [
    (lambda d, m: ([], m), "no devices"),
    (lambda d, m: ([d[1], d[0]], m), "the first, must be the head"),
    (lambda d, m: ([d[0], dataclasses.replace(d[0], is_head=False)], m), "names must be unique"),
    (lambda d, m: ([d[0], dataclasses.replace(d[1], is_head=True)], m), "exactly one device"),
])
def test_bad_inputs_raise_plan_error(make, message):
    devices, model = make(*two_devices(mem_bytes=3 * GB))
    with pytest.raises(PlanError, match=message):
        plan(devices, model)
    with pytest.raises(PlanError, match=message):
        brute_force_plan(devices, model)


def test_bad_max_k_raises():
    with pytest.raises(PlanError, match="max_k must be a positive integer"):
        plan(*two_devices(mem_bytes=3 * GB), max_k=0)


def test_no_plan_when_slow_disks_cannot_offload():
    devices, model = two_devices(mem_bytes=2 * GB, disk_bw=0.05 * GB)
    devices = [dataclasses.replace(devices[0], disk_bw=0.05 * GB), devices[1]]
    with pytest.raises(PlanError, match="no plan fits"):
        plan(devices, model)
    with pytest.raises(PlanError, match="no plan fits"):
        brute_force_plan(devices, model)


def test_disk_offload_is_allowed_when_the_cluster_is_too_small():
    p = plan(*two_devices(mem_bytes=1 * GB))
    assert sum(p.w) * p.k == 8 and p.predicted_ms > 0
