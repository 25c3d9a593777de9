"""residency.py: which layers a rank streams, and the safetensors calls that stream them."""

import pytest
import torch

from nanofrontier.core.safetensors_io import SafetensorsFile
from nanofrontier.prima.launch import memory_budget_arg
from nanofrontier.prima.residency import budget_from_available, streamed_counts


def test_everything_resident_when_it_fits():
    assert streamed_counts([[10, 10], [10, 10]], 40) == [0, 0]


def fewest_streamed(k: int, w: int, b: int, budget: int) -> int:
    """By enumeration: the fewest layers streamed over every choice of headroom h and counts <= h a window."""
    best = k * w
    for h in range(1, w + 1):
        for n in range(h, k * w + 1):
            if n <= k * h and (k * w - n) * b + h * b <= budget:
                best = min(best, n)
                break
    return best


@pytest.mark.parametrize("k,w,budget", [(4, 2, 70), (4, 2, 55), (3, 3, 60), (2, 5, 95), (4, 2, 15), (8, 1, 50),
                                        (8, 1, 75)])
def test_uniform_windows_stream_the_fewest_layers_that_leave_room_for_the_next_window(k, w, budget):
    counts = streamed_counts([[10] * w] * k, budget)
    assert sum(counts) == fewest_streamed(k, w, 10, budget)
    resident = (k * w - sum(counts)) * 10
    assert resident + max(counts) * 10 <= budget or counts == [w] * k


def test_one_window_that_does_not_fit_is_streamed_whole():
    assert streamed_counts([[10, 10, 10]], 25) == [3]


def test_uneven_windows_and_an_empty_window():
    counts = streamed_counts([[10, 10, 10], [], [10]], 30)
    assert counts[1] == 0 and all(c <= n for c, n in zip(counts, (3, 0, 1), strict=True))
    streamed = [sum([10, 10, 10][:counts[0]]), 0, 10 * counts[2]]
    assert 40 - sum(streamed) + max(streamed) <= 30


def test_budget_keeps_a_reserve():
    assert budget_from_available(1000 << 20) == 900 << 20
    assert budget_from_available(100 << 20) == 68 << 20  # the 32 MiB floor
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
