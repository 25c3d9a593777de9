"""A value and the point where it is attained: "22, attained at x = -4", "最大值为22，此时x=-4".

    split_point("22, attained at x = -4")          # ("22", ", attained at x = -4")
    split_point("3，当x=1时取得")                     # ("3", "，当x=1时取得")
    without_point("22 at x = -4", "22", "Find the maximum of f.")      # "22"
    without_point("22 at x = -4", "22", "Find the maximum and where it occurs.")   # unchanged: the point is asked

An extremum is often stated with the argument that attains it. When the question asks for the value only, the
clause is no part of the answer; the extraction keeps it (final_values.value_run) and the comparison drops it
(math_equiv.math_equal), so a question that does ask for the point still sees it.
"""

from __future__ import annotations

import re

_VAR = r"(?:[a-zA-Zθφ](?:_\{?\w\}?)?|\\theta|\\varphi)"
_POINT = rf"[(（]?\s*{_VAR}\s*=\s*[^,，;；。=()（）]{{1,40}}?[)）]?"
_CLAUSE = re.compile(
    r"(?P<clause>\s*[,，]?\s*[(（]?\s*(?:(?:which\s+is\s+|and\s+(?:it\s+)?is\s+|it\s+is\s+|which\s+)?"
    r"(?:attained|achieved|reached|obtained|taken|occurring|occurs|assumed)\s+)?"
    rf"(?:at|when|where|for)\s+{_POINT}\s*[)）]?"
    rf"|\s*[,，]\s*(?:此时|这时|且此时)\s*{_POINT}"
    rf"|\s*[,，]?\s*[(（]?当\s*{_POINT}\s*时(?:取得|取到|取)?(?:最[大小]值)?[)）]?)"
    r"[\s.。]*$")
# The question asks where, not only what: "and the value of x at which", "取得最大值时x的值", "此时x的值"
_ASKS_POINT = re.compile(
    r"\b(?:where|at\s+what|for\s+what|which\s+(?:value|point|x)|at\s+which|the\s+point|the\s+value\s+of\s+[a-z]\b"
    r"|for\s+which|the\s+corresponding)\b|此时|时.{0,6}的值|相应的|对应的|何时|哪[个点]|取得.{0,8}[x-z]",
    re.IGNORECASE)


def split_point(text: str) -> tuple[str, str] | None:
    """(the value, the point clause) when `text` ends on a clause naming where the value is attained."""
    m = _CLAUSE.search(text)
    if not m or not text[:m.start()].strip(" ,，"):
        return None
    return text[:m.start()].rstrip(), m.group("clause")


def asks_point(question: str) -> bool:
    return bool(_ASKS_POINT.search(question))


def without_point(answer: str, other: str, question: str) -> str:
    """`answer` without its point clause, when the question asks for the value only and `other` names no point."""
    split = split_point(answer)
    if split is None or asks_point(question) or split_point(other) is not None or "=" in other:
        return answer
    return split[0]
