"""Fixtures shared by the genius tests."""

import pytest
import torch


@pytest.fixture
def one_thread():
    """One-row decoding runs core's C kernel, whose threads wait on each other: slow on a loaded machine."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
