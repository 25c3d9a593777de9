"""Device profiler (prima/profiler.py): sane numbers, cgroup-aware memory, no litter, link arithmetic."""

import math

import pytest

from nanofrontier.prima import profiler
from nanofrontier.prima.profile_types import DeviceProfile


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


def test_measure_link_recovers_the_outgoing_rate_of_an_asymmetric_link():
    rtt, out_bw, back_bw = 0.004, 50e6, 2.5e6   # the way back is 20x slower: it must not count
    clock = [0.0]
    inbox = []

    def send(payload):
        clock[0] += rtt / 2 + len(payload) / out_bw
        inbox.append(profiler.ack(payload))  # the peer answers with the size

    def recv():
        reply = inbox.pop()
        clock[0] += rtt / 2 + len(reply) / back_bw
        return reply

    got_rtt, got_bw = profiler.measure_link(send, recv, small=0, large=1 << 20, clock=lambda: clock[0])
    assert got_rtt == pytest.approx(rtt + 8 / back_bw)
    assert got_bw == pytest.approx(out_bw, rel=1e-3)


def test_a_wrong_acknowledgement_is_named():
    with pytest.raises(ValueError, match="acknowledged"):
        profiler.measure_link(lambda b: None, lambda: b"nope", small=8, large=64)


def test_streamed_read_rate_reads_the_checkpoints_largest_tensors_and_leaves_them_released(tmp_path):
    from nanofrontier.core.checkpoint import Checkpoint, save_pretrained
    from nanofrontier.core.config import ModelConfig
    from nanofrontier.core.model import CausalLM

    save_pretrained(CausalLM(ModelConfig.tiny()), tmp_path / "m")
    weights = Checkpoint(tmp_path / "m").weights
    released = []
    for f in weights.files.values():
        original = f.release
        f.release = lambda name, *span, original=original: released.append((name, *span)) or original(name, *span)
    total = sum(weights.tensor(n).nbytes for n in weights.keys())
    read = profiler.stream_read(weights, nbytes=total // 2)
    assert 0 < read.rate < float("inf") and read.burst_bytes >= 0
    biggest = max(weights.keys(), key=lambda n: weights.tensor(n).nbytes)
    assert released.count((biggest,)) == 2  # dropped whole before the read, and after
    pieces = sorted(span for name, *span in released if name == biggest and span)  # and each piece once read
    assert pieces[0][0] == 0 and pieces[-1][1] == weights.tensor(biggest).nbytes
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))


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
    d = profiler.profile_device(name="here", model=tmp_path / "m", disk_path=tmp_path, quick=True)
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


def test_burst_fit_tells_a_rate_limiters_credit_from_its_sustained_rate():
    MB = 1e6
    steady = [(i * 4 * MB, i * 0.005) for i in range(1, 65)]  # 800 MB/s throughout: a plain disk
    assert profiler.fit_burst(steady) == profiler.StreamRead(pytest.approx(800 * MB))
    # 64 MB at 1.6 GB/s, then 40 ms of nothing, then 800 MB/s: a throttle whose slice credit passes first
    limited = [(i * 4 * MB, i * 0.0025) for i in range(1, 17)]
    limited += [(64 * MB + i * 4 * MB, 0.08 + i * 0.005) for i in range(1, 49)]
    read = profiler.fit_burst(limited)
    assert read.rate == pytest.approx(256 * MB / 0.32)
    assert read.burst_bytes == 64 * MB and read.burst_bw == pytest.approx(1.6e9)
    with pytest.raises(profiler.ProfileError, match="disk_bw: an empty or instant read timeline"):
        profiler.fit_burst([])
