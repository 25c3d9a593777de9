"""Machine facts (core/sysinfo.py): cgroup-aware memory, /proc readers, CPU features, read bandwidth."""

import pytest

from nanofrontier.core import sysinfo

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
    info = sysinfo.read_meminfo(fake_root(tmp_path))
    assert info["MemAvailable"] == 8 * GiB
    assert info["SwapFree"] == 2048 * 1024
    assert info["HugePages_Total"] == 0


def test_cgroup_v1_limit_caps_available_memory_at_limit_minus_usage(tmp_path):
    base = "sys/fs/cgroup/memory/process_api/abc"
    root = fake_root(tmp_path, cgroup_lines=["9:name=systemd:/", "4:memory:/process_api/abc", "0::/"], files={
        f"{base}/memory.limit_in_bytes": str(3 * GiB), f"{base}/memory.usage_in_bytes": str(1 * GiB),
        "sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712",
        "sys/fs/cgroup/memory/memory.usage_in_bytes": str(5 * GiB)})
    assert sysinfo.cgroup_headroom(root) == 2 * GiB
    assert sysinfo.available_memory(root) == 2 * GiB


def test_cgroup_v1_enclosing_limit_applies_when_tighter_than_own(tmp_path):
    root = fake_root(tmp_path, cgroup_lines=["4:memory:/outer/inner"], files={
        "sys/fs/cgroup/memory/outer/inner/memory.limit_in_bytes": str(6 * GiB),
        "sys/fs/cgroup/memory/outer/inner/memory.usage_in_bytes": "0",
        "sys/fs/cgroup/memory/outer/memory.limit_in_bytes": str(4 * GiB),
        "sys/fs/cgroup/memory/outer/memory.usage_in_bytes": str(3 * GiB)})
    assert sysinfo.available_memory(root) == 1 * GiB


def test_cgroup_v2_limit_and_max_meaning_unlimited(tmp_path):
    files = {"sys/fs/cgroup/job/memory.max": str(2 * GiB), "sys/fs/cgroup/job/memory.current": str(GiB // 2)}
    root = fake_root(tmp_path / "a", cgroup_lines=["0::/job"], files=files)
    assert sysinfo.available_memory(root) == 3 * GiB // 2
    unlimited = {"sys/fs/cgroup/job/memory.max": "max", "sys/fs/cgroup/job/memory.current": str(GiB)}
    root = fake_root(tmp_path / "b", cgroup_lines=["0::/job"], files=unlimited)
    assert sysinfo.cgroup_headroom(root) is None
    assert sysinfo.available_memory(root) == 8 * GiB


def test_usage_over_limit_leaves_no_memory_and_no_cgroup_file_means_meminfo(tmp_path):
    over = {"sys/fs/cgroup/memory/memory.limit_in_bytes": str(GiB),
            "sys/fs/cgroup/memory/memory.usage_in_bytes": str(2 * GiB)}
    assert sysinfo.available_memory(fake_root(tmp_path / "a", files=over)) == 0
    assert sysinfo.available_memory(fake_root(tmp_path / "b")) == 8 * GiB


def test_available_memory_of_this_machine_is_at_most_memavailable():
    avail = sysinfo.read_meminfo().get("MemAvailable")
    if avail is None:
        pytest.skip("no /proc/meminfo")
    # MemAvailable moves between the reads; allow for 64 MiB of drift
    assert 0 < sysinfo.available_memory() <= avail + (64 << 20)


def test_rss_fields_are_read_in_bytes_and_a_missing_one_is_none(tmp_path):
    (tmp_path / "proc/self").mkdir(parents=True)
    (tmp_path / "proc/self/status").write_text("Name:\tpython\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\n"
                                               "RssAnon:\t   512 kB\n")
    assert sysinfo.rss_bytes(root=tmp_path) == 1024 * 1024
    assert sysinfo.rss_bytes("VmHWM", root=tmp_path) == 2048 * 1024
    assert sysinfo.rss_bytes("RssAnon", root=tmp_path) == 512 * 1024
    assert sysinfo.rss_bytes("RssFile", root=tmp_path) is None
    assert sysinfo.rss_bytes(root=tmp_path / "nowhere") is None


def test_this_process_has_a_resident_set_no_larger_than_its_peak():
    rss, peak = sysinfo.rss_bytes(), sysinfo.rss_bytes("VmHWM")
    if rss is None:
        pytest.skip("no /proc/self/status")
    assert 0 < rss <= peak


def test_cpu_features_and_model_come_from_the_first_processor(tmp_path):
    (tmp_path / "proc").mkdir()
    (tmp_path / "proc/cpuinfo").write_text("processor\t: 0\nmodel name\t: Test CPU 9000\nflags\t\t: fpu avx2 "
                                           "avx512f avx512_bf16\n\nprocessor\t: 1\nflags\t\t: fpu\n")
    assert sysinfo.cpu_features(tmp_path) == {"fpu", "avx2", "avx512f", "avx512_bf16"}
    assert sysinfo.cpu_model(tmp_path) == "Test CPU 9000"
    assert sysinfo.has_fast_bf16(tmp_path)
    (tmp_path / "proc/cpuinfo").write_text("processor\t: 0\nflags\t\t: fpu avx2\n")
    assert not sysinfo.has_fast_bf16(tmp_path)
    assert sysinfo.machine_facts(tmp_path)["simd"] == ["avx2"]
    assert sysinfo.cpu_generation(tmp_path) is None  # no vendor, no family: nothing guessed


def test_cpu_generation_reads_amds_family_number(tmp_path):
    (tmp_path / "proc").mkdir()
    amd = "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: {}\nmodel\t\t: 2\nmodel name\t: AMD EPYC\n" \
          "flags\t\t: fpu avx2{}\n"
    for family, flags, generation in ((25, "", "Zen 3"), (25, " avx512f", "Zen 4"), (26, " avx512f", "Zen 5"),
                                      (6, "", None)):
        (tmp_path / "proc/cpuinfo").write_text(amd.format(family, flags))
        assert sysinfo.cpu_generation(tmp_path) == generation
    assert sysinfo.machine_facts(tmp_path)["cpu_family_model"] == "6/2"
    (tmp_path / "proc/cpuinfo").write_text(amd.format(26, "").replace("AuthenticAMD", "GenuineIntel"))
    assert sysinfo.cpu_generation(tmp_path) is None


def test_read_bandwidth_of_a_small_buffer_is_positive_and_finite():
    import torch

    assert 0 < sysinfo.read_bandwidth(buffer=torch.rand(1 << 20), repeats=1) < float("inf")


def test_local_device_is_the_cpu_or_this_ranks_gpu(monkeypatch):
    import torch

    assert sysinfo.local_device("cpu") == torch.device("cpu")
    with pytest.raises(ValueError, match="'tpu'"):
        sysinfo.local_device("tpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ValueError, match="no CUDA device"):
        sysinfo.local_device("cuda")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setenv("LOCAL_RANK", "3")
    assert sysinfo.local_device("cuda") == torch.device("cuda", 1)
    assert sysinfo.local_device("cuda", local_rank=0) == torch.device("cuda", 0)


def test_release_free_heap_gives_freed_memory_back_where_glibc_has_malloc_trim():
    import ctypes

    has_trim = hasattr(ctypes.CDLL(None), "malloc_trim")
    assert sysinfo.release_free_heap() is has_trim
