"""A non-editable install carries what the package needs: the C kernels and the labelled sets."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_carries_the_kernels_and_the_xverify_sets(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, cwd=tmp_path)
    if build.returncode:
        pytest.skip(f"cannot build a wheel here: {build.stderr[-300:]}")
    (wheel,) = tmp_path.glob("nanofrontier-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("nanofrontier/bitnet/kernel.c", "nanofrontier/bitnet/kernel_int8.c",
                 "nanofrontier/bitnet/kernel_avx512.c", "nanofrontier/bitnet/kernel_layer.c",
                 "nanofrontier/xverify/data/var_eval.jsonl", "nanofrontier/xverify/data/heldout3.jsonl"):
        assert name in names
    assert not any(n.startswith(("benchmarks/", "tests/")) for n in names)
