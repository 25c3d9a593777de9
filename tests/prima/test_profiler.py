"""Device profiler (prima/profiler.py): sane numbers, cgroup-aware memory, no litter, link arithmetic."""

import math

import pytest

from nanofrontier.prima import profiler
from nanofrontier.prima.profile_types import DeviceProfile

GiB = 1 << 30


def fake_root(tmp_path, *, mem_available_kb=8 * 1024 * 1024, cgroup_lines=None, files=None):
    """A /proc + /sys tree: meminfo, /proc/self/cgroup and cgroup control files {relative path: text}."""
    (tmp_path / "proc/self").mkdir(parents=True)
    (tmp_path / "proc/meminfo").write_text(
        f"MemTotal:       16000000 kB\nMemFree:         1000000 kB\nMemAvailable:   {mem_available_kb} kB\n"
        "SwapFree:        2048 kB\nHugePages_Total:       0\n")
    if cgroup_lines is not None:
        (tmp_path / "proc/self/cgroup").write_text("\n".join(cgroup_lines) + "\n")
    for rel, text in (files or {}).items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_meminfo_is_read_in_bytes(tmp_path):
    info = profiler.read_meminfo(fake_root(tmp_path))
    assert info["MemAvailable"] == 8 * GiB
    assert info["SwapFree"] == 2048 * 1024
    assert info["HugePages_Total"] == 0


def test_cgroup_v1_limit_caps_available_memory_at_limit_minus_usage(tmp_path):
    base = "sys/fs/cgroup/memory/process_api/abc"
    root = fake_root(tmp_path, cgroup_lines=["9:name=systemd:/", "4:memory:/process_api/abc", "0::/"], files={
        f"{base}/memory.limit_in_bytes": str(3 * GiB), f"{base}/memory.usage_in_bytes": str(1 * GiB),
        "sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712",
        "sys/fs/cgroup/memory/memory.usage_in_bytes": str(5 * GiB)})
    assert profiler.cgroup_headroom(root) == 2 * GiB
    assert profiler.available_memory(root) == 2 * GiB


def test_cgroup_v1_enclosing_limit_applies_when_tighter_than_own(tmp_path):
    root = fake_root(tmp_path, cgroup_lines=["4:memory:/outer/inner"], files={
        "sys/fs/cgroup/memory/outer/inner/memory.limit_in_bytes": str(6 * GiB),
        "sys/fs/cgroup/memory/outer/inner/memory.usage_in_bytes": "0",
        "sys/fs/cgroup/memory/outer/memory.limit_in_bytes": str(4 * GiB),
        "sys/fs/cgroup/memory/outer/memory.usage_in_bytes": str(3 * GiB)})
    assert profiler.available_memory(root) == 1 * GiB


def test_cgroup_v2_limit_and_max_meaning_unlimited(tmp_path):
    files = {"sys/fs/cgroup/job/memory.max": str(2 * GiB), "sys/fs/cgroup/job/memory.current": str(GiB // 2)}
    root = fake_root(tmp_path / "a", cgroup_lines=["0::/job"], files=files)
    assert profiler.available_memory(root) == 3 * GiB // 2
    unlimited = {"sys/fs/cgroup/job/memory.max": "max", "sys/fs/cgroup/job/memory.current": str(GiB)}
    root = fake_root(tmp_path / "b", cgroup_lines=["0::/job"], files=unlimited)
    assert profiler.cgroup_headroom(root) is None
    assert profiler.available_memory(root) == 8 * GiB


def test_usage_over_limit_leaves_no_memory_and_no_cgroup_file_means_meminfo(tmp_path):
    over = {"sys/fs/cgroup/memory/memory.limit_in_bytes": str(GiB),
            "sys/fs/cgroup/memory/memory.usage_in_bytes": str(2 * GiB)}
    assert profiler.available_memory(fake_root(tmp_path / "a", files=over)) == 0
    assert profiler.available_memory(fake_root(tmp_path / "b")) == 8 * GiB


def test_available_memory_of_this_machine_is_at_most_memavailable():
    avail = profiler.read_meminfo().get("MemAvailable")
    if avail is None:
        pytest.skip("no /proc/meminfo")
    # MemAvailable moves between the reads; allow for 64 MiB of drift
    assert 0 < profiler.available_memory() <= avail + (64 << 20)


def test_quick_profile_is_positive_and_finite_and_leaves_no_file(tmp_path):
    d = profiler.profile_device(name="here", disk_path=tmp_path, quick=True)
    assert isinstance(d, DeviceProfile) and d.name == "here" and d.is_head
    for value in (d.cpu_flops, d.mem_bytes, d.mem_bw, d.disk_bw):
        assert 0 < value < math.inf
    assert d.gpu is None or d.gpu.flops > 0
    assert list(tmp_path.iterdir()) == []


def test_disk_test_removes_its_file_even_when_reading_fails(tmp_path, monkeypatch):
    def boom(fd):
        raise OSError("fadvise failed")

    monkeypatch.setattr(profiler, "_drop_from_page_cache", boom)
    with pytest.raises(OSError, match="fadvise"):
        profiler.disk_read_bandwidth(tmp_path, 1 << 20, chunk=1 << 20)
    assert list(tmp_path.iterdir()) == []


def test_missing_disk_path_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        profiler.disk_read_bandwidth(tmp_path / "nowhere")


def test_measure_link_recovers_rtt_and_bandwidth_of_a_simulated_link():
    rtt, bw = 0.004, 50e6   # the echo peer: RTT plus payload time each way
    clock = [0.0]
    inbox = []

    def send(payload):
        clock[0] += rtt / 2 + len(payload) / bw
        inbox.append(payload)

    def recv():
        payload = inbox.pop()
        clock[0] += rtt / 2 + len(payload) / bw
        return payload

    got_rtt, got_bw = profiler.measure_link(send, recv, small=0, large=1 << 20, clock=lambda: clock[0])
    assert got_rtt == pytest.approx(rtt)
    assert got_bw == pytest.approx(bw)


def test_layer_timing_runs_the_checkpoints_own_layers_and_feeds_the_latency_model(tmp_path):
    import dataclasses

    from nanofrontier.core.checkpoint import save_pretrained
    from nanofrontier.core.config import ModelConfig
    from nanofrontier.core.model import CausalLM
    from nanofrontier.prima import latency
    from nanofrontier.prima.profile_types import ModelProfile

    cfg = ModelConfig.tiny(num_hidden_layers=4)
    save_pretrained(CausalLM(cfg), tmp_path / "m")
    seconds = profiler.layer_seconds(tmp_path / "m", repeats=3)
    assert 0 < seconds < 1
    d = profiler.profile_device(name="here", model_dir=tmp_path / "m", disk_path=tmp_path, quick=True)
    assert d.layer_s is not None and d.layer_s > 0
    model = ModelProfile.from_config(cfg, dtype_bytes=4, n_ctx=16)
    assert latency.cpu_layer_time(d, model) == d.layer_s
    assert latency.cpu_layer_time(dataclasses.replace(d, layer_s=None), model) != d.layer_s  # the formula


def test_layer_timing_of_an_unreadable_checkpoint_is_none(tmp_path):
    (tmp_path / "config.json").write_text("{not json")
    assert profiler.layer_seconds(tmp_path) is None


def test_a_profile_with_a_bad_layer_time_names_the_field():
    d = profiler.profile_device(name="here", quick=True)
    with pytest.raises(Exception, match="layer_s"):
        DeviceProfile.from_dict({**d.to_dict(), "layer_s": -1.0})
