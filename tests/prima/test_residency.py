"""residency.py: which layers a rank streams, and the safetensors calls that stream them."""

import pytest
import torch

from nanofrontier.core.safetensors_io import SafetensorsFile
from nanofrontier.prima.launch import memory_budget_arg
from nanofrontier.prima.residency import budget_from_available, plan_streaming, streamed_counts


def test_everything_resident_when_it_fits():
    assert streamed_counts([[10, 10], [10, 10]], 40) == [0, 0]


def fewest_streamed(k: int, w: int, b: int, budget: int) -> int:
    """By enumeration: the fewest layers streamed so that the resident ones plus one layer fit."""
    return next((n for n in range(k * w + 1) if (k * w - n) * b + b <= budget), k * w)


@pytest.mark.parametrize("k,w,budget", [(4, 2, 70), (4, 2, 55), (3, 3, 60), (2, 5, 95), (4, 2, 15), (8, 1, 50),
                                        (8, 1, 75), (1, 6, 45)])
def test_uniform_windows_stream_the_fewest_layers_spread_evenly(k, w, budget):
    counts = streamed_counts([[10] * w] * k, budget)
    assert sum(counts) == fewest_streamed(k, w, 10, budget)
    assert max(counts) - min(counts) <= 1


def test_one_window_streams_only_its_excess_plus_the_headroom():
    assert streamed_counts([[10, 10, 10, 10, 10]], 40) == [2]
    assert streamed_counts([[10, 10, 10]], 5) == [3]  # nothing fits: all of it


def test_uneven_windows_and_an_empty_window():
    windows = [[10, 30, 10], [], [20]]
    counts = streamed_counts(windows, 60)
    assert counts[1] == 0
    streamed = sum(sum(w[:c]) for w, c in zip(windows, counts, strict=True))
    assert 70 - streamed + 30 <= 60  # resident + the largest layer


def test_budget_keeps_a_reserve():
    assert budget_from_available(1000 << 20) == 950 << 20
    assert budget_from_available(100 << 20) == 84 << 20  # the 16 MiB floor
    assert budget_from_available(10 << 20) == 0


@pytest.mark.parametrize("text,value", [("auto", "auto"), ("none", None), ("12345", 12345)])
def test_memory_budget_flag(text, value):
    assert memory_budget_arg(text) == value


def test_memory_budget_flag_refuses_anything_else():
    import argparse

    with pytest.raises(argparse.ArgumentTypeError, match="'auto', 'none' or a byte count"):
        memory_budget_arg("2GB")


def test_release_and_readahead_keep_the_tensors_values(tmp_path):
    from safetensors.torch import save_file

    tensors = {"a": torch.randn(3000), "b": torch.randn(5000), "c": torch.randn(7)}
    save_file(tensors, tmp_path / "m.safetensors")
    f = SafetensorsFile(tmp_path / "m.safetensors")
    views = {n: f.tensor(n) for n in tensors}
    for name in tensors:
        f.release(name)
    for name in tensors:
        f.readahead(name)
    for name, t in tensors.items():
        torch.testing.assert_close(views[name], t, rtol=0, atol=0)


def test_streamer_keeps_one_layer_ahead_and_releases_each_streamed_layer(tmp_path, monkeypatch):
    from safetensors.torch import save_file

    from nanofrontier.core.checkpoint import WeightIndex
    from nanofrontier.prima.residency import Streamer

    save_file({f"model.layers.{i}.w": torch.randn(2048) for i in range(4)}, tmp_path / "model.safetensors")
    weights = WeightIndex(tmp_path)
    read, released = [], []
    monkeypatch.setattr(SafetensorsFile, "readahead", lambda self, name, lo, hi: read.append(name))
    monkeypatch.setattr(SafetensorsFile, "release", lambda self, name, lo, hi: released.append(name))
    layers = [(i, [(f"model.layers.{i}.w", 0, 8192)]) for i in range(3)]  # layers 0-2 streamed, 3 resident
    streamer = Streamer(weights, [layers], depth=2)
    streamer.prefetch(0)
    for i in range(4):
        streamer.before(0, i)
        streamer.after(i)
    assert read == [f"model.layers.{i}.w" for i in range(3)]  # 0 and 1 prefetched, 2 read ahead while 1 runs
    assert released == [f"model.layers.{i}.w" for i in range(3)]


def _streamed_bytes(windows, chosen):
    return [sum(hi - lo for pieces in picks for _, lo, hi in pieces) for picks in chosen]


@pytest.mark.parametrize("k,budget", [(4, 290), (4, 150), (2, 300), (3, 100), (6, 400)])
def test_rounds_stream_equal_shares_that_fit_beside_the_resident_tensors(k, budget):
    # two layers a window, each of tensors of 4, 8 and 12 bytes (48 bytes a window)
    windows = [[[4, 8, 12], [4, 8, 12]] for _ in range(k)]
    total = 48 * k
    per = _streamed_bytes(windows, plan_streaming(windows, budget)[0])
    if total <= budget:
        assert per == [0] * k
        return
    assert total - sum(per) + max(per) <= budget or budget < 48  # resident + one share of room
    assert max(per) - min(per) <= 1  # alike in every round, to the byte
    assert sum(per) <= k / (k - 1) * (total - budget) + k  # k/(k-1) of the excess, no more


def test_one_window_streams_whole_layers_through_one_layer_of_room():
    windows = [[[5, 5], [5, 5], [5, 5], [5, 5]]]
    whole = [(0, 0, 5), (1, 0, 5)]
    assert plan_streaming(windows, 30) == ([[whole, whole, [], []]], 1)  # 20 resident + 10 of room
    assert plan_streaming(windows, 45) == ([[[], [], [], []]], None)


def test_windows_too_big_for_the_budget_stream_whole_layers_through_one_layer_of_room():
    windows = [[[2000, 2000]], [[2000, 2000]]]  # two one-layer windows of 4000 bytes, 3000 of room
    chosen, depth = plan_streaming(windows, 3000)
    layer = [(0, 0, 2000), (1, 0, 2000)]
    assert depth == 1 and chosen == [[layer], [layer]]  # peak: one layer at a time
    assert plan_streaming([[], []], -5) == ([[], []], None)  # a head with no layers and no room left


def test_a_share_is_cut_to_the_byte_whole_tensors_first_then_the_head_of_one():
    windows = [[[4000, 1000]], [[4000, 1000]], [[4000, 1000]]]  # 15000 bytes, 3 windows
    chosen, depth = plan_streaming(windows, 12000)  # excess 3000: a share of 1500 a window
    assert depth is None and chosen == [[[(0, 0, 500), (1, 0, 1000)]]] * 3


def test_empty_windows_stream_nothing_and_the_others_share_the_excess():
    windows = [[[100]], [], [[100]], [[100]]]
    chosen, _ = plan_streaming(windows, 200)
    assert chosen[1] == [] and _streamed_bytes(windows, chosen) == [50, 0, 50, 50]


def test_release_and_readahead_of_a_span_leave_the_rest_of_the_tensor_resident(tmp_path):
    import mmap

    from safetensors.torch import save_file

    save_file({"w": torch.arange(8 * mmap.PAGESIZE, dtype=torch.uint8)}, tmp_path / "m.safetensors")
    f = SafetensorsFile(tmp_path / "m.safetensors")
    view = f.tensor("w")
    f.release("w", 0, 4 * mmap.PAGESIZE)
    f.readahead("w", 0, 4 * mmap.PAGESIZE)
    assert torch.equal(view, torch.arange(8 * mmap.PAGESIZE, dtype=torch.uint8))
