"""Reading verification cases from JSONL: the CLI's own format and VAR's.

Our format: `{"id", "question", "output", "reference"}` plus optional `"kind"` and `"label"`.
VAR's format (xVerify's dataset): `llm_output`, `correct_answer`, `key_answer_type`, and the label in
`human_judgment_result`, else `GPT_4o_final_judgment_result`, else `label`.

A malformed line never stops a batch: `read_cases` yields a `CaseError` naming its line number in
its place, so the output keeps one record per input line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nanofrontier.core.jsonio import JSONLineError, iter_jsonl
from nanofrontier.xverify.verdict import CORRECT, INCORRECT, KINDS, VAR_KINDS


@dataclass(frozen=True, kw_only=True)
class Case:
    id: str
    question: str
    output: str
    reference: str
    kind: str | None = None
    label: str | None = None  # "Correct" | "Incorrect" when known
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class CaseError:
    id: str | None
    line: int
    error: str


_FIELDS = {"output": ("output", "llm_output"), "reference": ("reference", "correct_answer")}
_LABEL_FIELDS = ("label", "human_judgment_result", "GPT_4o_final_judgment_result")


def parse_kind(kind: str | None) -> str | None:
    """Our kind names or VAR's key_answer_type names -> one of KINDS (None stays None)."""
    if kind is None or kind == "":
        return None
    kind = VAR_KINDS.get(kind, kind)
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (known: {', '.join(KINDS)} or VAR's {', '.join(VAR_KINDS)})")
    return kind


def parse_label(value: object) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip().strip("[]").lower()
    if text in ("correct", "true", "1"):
        return CORRECT
    if text in ("incorrect", "false", "0"):
        return INCORRECT
    raise ValueError(f"label must be Correct or Incorrect, got {value!r}")


def case_from_dict(obj: object, line: int) -> Case:
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    values = {}
    for name, keys in {"question": ("question",), **_FIELDS}.items():
        key = next((k for k in keys if k in obj), None)
        if key is None:
            raise ValueError(f"missing field {' or '.join(repr(k) for k in keys)}")
        if not isinstance(obj[key], (str, int, float)):
            raise ValueError(f"field {key!r} must be a string, got {type(obj[key]).__name__}")
        values[name] = str(obj[key])
    label_key = next((k for k in _LABEL_FIELDS if obj.get(k) not in (None, "")), None)
    return Case(id=str(obj.get("id", line)), line=line, kind=parse_kind(obj.get("kind", obj.get("key_answer_type"))),
                label=parse_label(obj[label_key]) if label_key else None, **values)


def read_cases(path: str | Path) -> Iterator[Case | CaseError]:
    """One Case or CaseError per non-blank line of a JSONL file, in order."""
    for line_no, obj in iter_jsonl(path, on_error="yield"):
        if isinstance(obj, JSONLineError):
            yield CaseError(id=None, line=line_no, error=str(obj))
            continue
        try:
            case = case_from_dict(obj, line_no)
        except ValueError as e:
            yield CaseError(id=str(obj["id"]) if "id" in obj else None, line=line_no,
                            error=str(JSONLineError(path, line_no, str(e))))
            continue
        yield case
