"""Numbers written in another base: `0xff`, `FF_{16}`, `(11111111)_2`, `0b1010`, `377₈`.

    base_digits("0xFF")          # ("ff", 16)
    base_digits("(1010)_{2}")    # ("1010", 2)
    based_equal("0xff", "FF", "Convert 255 to hexadecimal.")   # True: the same digits, the base asked

Digits compare as written (case and leading zeros aside), in the base the question asks for or the one both
sides mark; math_equiv.math_equal asks here first when the question names a base.
"""

from __future__ import annotations

import re

_PREFIX = {"0x": 16, "0b": 2, "0o": 8}
_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_BASED = re.compile(r"^\s*\$?\s*(?P<pre>0[xXbBoO])?\(?(?P<d>[0-9A-Za-z]+)\)?"
                    r"(?:\s*_\s*\{?\s*(?P<sub>\d{1,2})\s*\}?|(?P<uni>[₀-₉]{1,2}))?\s*\$?\s*\.?\s*$")
_ASKS_BASE = re.compile(r"hexadecimal|\bhex\b|binary|octal|\bbase[- ]?\d+|\bbase\s*\$?\s*\d+|"
                        r"(?:十六|二|八|\d+\s*)?进制", re.IGNORECASE)
_WORD_BASE = {"hexadecimal": 16, "hex": 16, "binary": 2, "octal": 8, "十六进制": 16, "二进制": 2, "八进制": 8}


def base_digits(text: str) -> tuple[str, int | None] | None:
    """(digits in lower case without leading zeros, the base the text marks or None), or None for other text."""
    m = _BASED.match(text)
    if m is None or (m.group("pre") is None and m.group("sub") is None and m.group("uni") is None
                     and not m.group("d").isalnum()):
        return None
    base = _PREFIX.get((m.group("pre") or "").lower())
    marked = m.group("sub") or (m.group("uni") or "").translate(_SUBSCRIPT_DIGITS)
    if marked:
        if base is not None and int(marked) != base:
            return None
        base = int(marked)
    digits = m.group("d").lower().lstrip("0") or "0"
    if base is not None and not (2 <= base <= 36 and all(int(c, 36) < base for c in digits)):
        return None
    return digits, base


def asked_base(question: str) -> int | None:
    """The base a question asks about ("to hexadecimal", "in base 2", 二进制), or None."""
    found = _ASKS_BASE.findall(question)
    if not found:
        return None
    last = found[-1].lower()
    if digits := re.search(r"\d+", last):
        return int(digits.group())
    return _WORD_BASE.get(last)


def based_equal(pred: str, reference: str, question: str) -> bool | None:
    """Equal digits in one base, when the question asks for that base; None when this rule does not apply."""
    base = asked_base(question)
    p, r = base_digits(pred), base_digits(reference)
    if base is None or p is None or r is None or {p[1], r[1]} - {None, base}:
        return None
    if not all(int(c, 36) < base for c in p[0] + r[0]):
        return None  # a digit the base does not have: not a number in that base
    return p[0] == r[0]
