"""Reading JSON and JSONL files (UTF-8) with errors that name the file, and the line for JSONL.
Writing goes through `core.atomic` (`write_json_atomic`).

    config = read_json("out/config.json", error=ConfigError)   # ConfigError("out/config.json: not valid JSON (...)")
    for line, record in iter_jsonl("data.jsonl"):               # raises JSONLineError("data.jsonl, line 3: ...")
        ...
    for line, record in iter_jsonl("cases.jsonl", on_error="yield"):
        if isinstance(record, JSONLineError):                   # a bad line is recorded, the rest still read
            ...
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

_KINDS = {dict: "object", list: "list"}


class JSONLineError(ValueError):
    """One line of a JSONL file is unusable: "data.jsonl, line 3: invalid JSON (Expecting value)"."""

    def __init__(self, path: str | os.PathLike, line: int, detail: str) -> None:
        super().__init__(f"{path}, line {line}: {detail}")
        self.path, self.line, self.detail = Path(path), line, detail


def read_json(path: str | os.PathLike, *, error: Callable[[str], Exception] = ValueError,
              expect: type[dict] | type[list] | None = None) -> Any:
    """The parsed file. A syntax error (or, with `expect`, a top-level value of another type) raises
    `error("<path>: ...")`; a missing file raises FileNotFoundError("<path>: no such file")."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such file") from None
    except json.JSONDecodeError as e:
        raise error(f"{path}: not valid JSON ({e})") from e
    if expect is not None and not isinstance(data, expect):
        raise error(f"{path}: expected a JSON {_KINDS[expect]}, got {type(data).__name__}")
    return data


def iter_jsonl(path: str | os.PathLike, *, on_error: Literal["raise", "yield"] = "raise",
               ) -> Iterator[tuple[int, Any]]:
    """(1-based line number, object) for each non-blank line; every line must hold a JSON object.

    A bad line raises `JSONLineError`, or with on_error="yield" comes out as (line, JSONLineError)
    so a batch can record it and keep going. A missing file raises FileNotFoundError("<path>: no such file").
    """
    path = Path(path)
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such file") from None
    with f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                problem = JSONLineError(path, line_no, f"invalid JSON ({e.msg})")
            else:
                if isinstance(obj, dict):
                    yield line_no, obj
                    continue
                problem = JSONLineError(path, line_no, f"expected a JSON object, got {type(obj).__name__}")
            if on_error == "raise":
                raise problem
            yield line_no, problem
