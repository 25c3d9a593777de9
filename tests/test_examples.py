"""The usage examples at the top of the package docstrings run as written."""

import re

import pytest

import nanofrontier.bitnet
import nanofrontier.xverify


def _example(module) -> str:
    """The indented code block of a module docstring, dedented."""
    lines = [line[4:] for line in module.__doc__.splitlines() if line.startswith("    ")]
    return "\n".join(re.sub(r"\s+#.*$", "", line) for line in lines)


def test_the_xverify_example_runs_and_says_what_it_shows():
    scope: dict = {}
    exec(_example(nanofrontier.xverify), scope)
    assert scope["v"].verdict == "Correct" and scope["v"].extracted == "4" and scope["v"].rule == "math.string"


def test_the_bitnet_example_runs_on_a_tiny_packed_checkpoint(tmp_path, monkeypatch):
    from nanofrontier.bitnet import BitNetForCausalLM, save_packed, tiny

    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    save_packed(BitNetForCausalLM(tiny()), tmp_path / "bitnet-b1.58-2B-4T")
    monkeypatch.chdir(tmp_path)
    code = _example(nanofrontier.bitnet).replace("path/to/", "")
    exec(code, {})
    assert (tmp_path / "out" / "model.safetensors").exists()
