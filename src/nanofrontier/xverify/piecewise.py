"""Piecewise functions: the same pieces in any order, each a value and the condition it holds on.

    pieces("f(x) = \\begin{cases} x+1 & x \\ge 0 \\\\ 1-x & x < 0 \\end{cases}")
        # [("x+1", "x \\ge 0"), ("1-x", "x < 0")]
    pieces("\\begin{cases}1-x, & \\text{if } x<0\\\\ x+1, & \\text{otherwise}\\end{cases}")
        # [("1-x", "x<0"), ("x+1", "otherwise")]

math_equiv.math_equal compares two piecewise answers piece by piece, matching each value and its condition
with math_equal itself; "otherwise" matches only "otherwise" (what it covers is not worked out).
"""

from __future__ import annotations

import re

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
