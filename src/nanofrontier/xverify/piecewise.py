"""Piecewise functions: the same pieces in any order, each a value and the condition it holds on.

    pieces("f(x) = \\begin{cases} x+1 & x \\ge 0 \\\\ 1-x & x < 0 \\end{cases}")
        # [("x+1", "x \\ge 0"), ("1-x", "x < 0")]
    pieces("\\begin{cases}1-x, & \\text{if } x<0\\\\ x+1, & \\text{otherwise}\\end{cases}")
        # [("1-x", "x<0"), ("x+1", "otherwise")]

math_equiv.math_equal compares two piecewise answers piece by piece, matching each value and its condition
with math_equal itself; "otherwise" matches only "otherwise" (what it covers is not worked out). A piecewise
answer against one formula ("x|x| - x" for the cases x^2 - x, x >= 0 and -x^2 - x, x < 0) is compared at points
inside each piece's interval (`against_formula`).
"""

from __future__ import annotations

import re

from .expression import NotEvaluable, close, free_symbols, numeric
from .latex_layout import clean
from .shapes import INFINITY, Intervals, Value
from .structures import parse_answer
from .verdict import Budget

_CASES = re.compile(r"^(?:[A-Za-z]\w*\s*\(\s*[a-z]\s*\)\s*=\s*|[a-z]\s*=\s*)?\\left\s*\\\{\s*\\begin\{array\}\{[lcr]+\}"
                    r"(?P<a>.*)\\end\{array\}\s*\\right\s*\.\s*$|"
                    r"^(?:[A-Za-z]\w*\s*\(\s*[a-z]\s*\)\s*=\s*|[a-z]\s*=\s*)?\\begin\{cases\}(?P<c>.*)\\end\{cases\}\s*$",
                    re.DOTALL)
_IF_WORDS = re.compile(r"\\(?:text|mathrm)\s*\{\s*(?:if|for|when)?\s*\}|^\s*(?:if|for|when)\b|[,，;；]|时\s*$|当",
                       re.IGNORECASE)
_OTHERWISE = re.compile(r"^(?:\\text\s*\{\s*)?(?:otherwise|else|elsewhere|其他|其它|否则)\s*\}?\s*$", re.IGNORECASE)
OTHERWISE = "otherwise"


def pieces(answer: str) -> list[tuple[str, str]] | None:
    """(value, condition) for each row of a cases environment that is the whole answer; None otherwise."""
    m = _CASES.match(answer.strip())
    if not m:
        return None
    body = m.group("a") if m.group("a") is not None else m.group("c")
    rows = [r for r in re.split(r"\\\\(?:\[[^\]]*\])?", body) if r.strip()]
    out = []
    for row in rows:
        cells = row.split("&")
        if len(cells) != 2:
            return None
        value = cells[0].strip().rstrip(",，;；").strip()
        condition = " ".join(_IF_WORDS.sub(" ", cells[1]).split())
        condition = OTHERWISE if _OTHERWISE.match(condition) else condition
        if not value or not condition:
            return None
        out.append((value, condition))
    return out if len(out) >= 2 else None


_NAME = re.compile(r"^\s*(?:[A-Za-z]\w*\s*\(\s*[a-z]\s*\)|[a-z])\s*=\s*")


def against_formula(parts: list[tuple[str, str]], formula: str, budget: Budget) -> bool | None:
    """One formula against the pieces: equal at three points inside each piece's interval? None when a condition
    is no interval of one variable, or a value cannot be evaluated there."""
    f = parse_answer(clean(_NAME.sub("", formula)))
    if not isinstance(f, Value) or "\\begin" in formula:
        return None
    for value, condition in parts:
        where, v = parse_answer(clean(condition)), parse_answer(clean(value))
        if not isinstance(where, Intervals) or not where.var or not isinstance(v, Value):
            return None
        if not (free_symbols(f.node) | free_symbols(v.node)) <= {where.var}:
            return None
        for x in (p for piece in where.parts for p in _inside(piece)):
            budget.check("piecewise points", 2)
            try:
                if not close(numeric(v.node, {where.var: x}), numeric(f.node, {where.var: x})):
                    return False
            except NotEvaluable:
                return None
    return True


def _inside(piece) -> list[float]:
    """Three points strictly inside an interval (its ends numbers or infinities)."""
    def end(value, sign):
        node = value.node
        if node == INFINITY or node == ("neg", INFINITY):
            return None
        return float(numeric(node, {}).real)
    try:
        lo, hi = end(piece.lo, -1), end(piece.hi, 1)
    except NotEvaluable:
        return []
    if lo is None and hi is None:
        return [-1.37, 0.41, 2.23]
    if lo is None:
        return [hi - 0.37, hi - 1.41, hi - 3.7]
    if hi is None:
        return [lo + 0.37, lo + 1.41, lo + 3.7]
    return [lo + (hi - lo) * t for t in (0.23, 0.5, 0.81)] if hi > lo else []
