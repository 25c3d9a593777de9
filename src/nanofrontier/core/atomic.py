"""Atomic file writes: write beside the target, fsync, then `os.replace`, so a reader (or a run
that is interrupted half-way) never sees half a file.

    with atomic_path("out/model.safetensors") as tmp:
        save_file(tensors, tmp)
    write_json_atomic("out/config.json", config)
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to `path`; it replaces `path` only if the block succeeds.

    Works for a file or a whole directory written at the temporary path.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        if tmp.is_file():
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        elif tmp.exists():
            tmp.unlink()


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def json_default(obj: Any) -> Any:
    # numpy and torch scalars/arrays carry .item()/.tolist(); paths become strings
    if isinstance(obj, os.PathLike):
        return os.fspath(obj)
    for method in ("tolist", "item"):
        if callable(getattr(obj, method, None)):
            return getattr(obj, method)()
    raise TypeError(f"{type(obj).__name__} is not JSON-serialisable: {obj!r}")


def write_json_atomic(path: str | os.PathLike, obj: Any) -> None:
    """JSON with numpy/torch scalars and paths converted; a bad value fails before any file is touched."""
    text = json.dumps(obj, indent=2, ensure_ascii=False, default=json_default) + "\n"
    write_text_atomic(path, text)
