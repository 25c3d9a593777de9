"""What a question asks of its answer's form, beyond its value: a unit, an exact value, a complete
factorization, or a rounding.

    asks_rounding("Give the probability to the nearest hundredth.")    # True: 0.13 may stand for 0.125
    asks_exact("Express the area in terms of pi.")                     # True: 78.54 does not stand for 25\\pi
    asks_factoring("Factor completely: x^3 - 4x.")                     # True: x(x^2-4) is not finished
    factor_count(node_of("x(x-2)(x+2)"))                               # 3
    wrong_unit(Quantity(0.1, "h"), Quantity(6, "min"), "min")           # True: minutes were asked

math_equiv.py applies them; a verdict they decide is unsure (they read the question, not the answer alone). A
unit other than the one asked only makes the verdict unsure: graders differ on whether 0.1 h answers "how many
minutes".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .expression import free_symbols
from .numbers import Quantity
from .units import unit_dimension, unit_factors

_ROUNDING_RE = re.compile(r"\bround(?:ed|ing)?\b|\bnearest\b|\bdecimal\s+places?\b|\bsignificant\b|\bapproximat|"
                          r"\bestimate|\bto\s+(?:one|two|three|four|\d)\s+(?:decimal|d\.p\.|places)|"
                          r"保留|精确到|四舍五入|约|近似|估算", re.IGNORECASE)
_EXACT_RE = re.compile(r"in\s+terms\s+of\s+\$?\s*(?:\\pi|π|pi)\b|\bexact\s+(?:value|form|answer)|\bexactly\b|"
                       r"simplest\s+(?:radical|surd)\s+form|\bradical\s+form|用\s*\$?\s*(?:\\pi|π)\s*\$?\s*表示|保留\s*\$?\s*(?:\\pi|π)|"
                       r"精确值",
                       re.IGNORECASE)
_FACTOR_RE = re.compile(r"\bfactor(?:ize|ise|ing)?\b(?!\s+of)|\bfactorization\b|因式分解|分解因式", re.IGNORECASE)


@lru_cache(maxsize=4096)
def asks_rounding(question: str) -> bool:
    """The question asks for a rounded value ("to the nearest tenth", "2 decimal places", 保留两位小数)."""
    return _ROUNDING_RE.search(question[-3000:]) is not None


@lru_cache(maxsize=4096)
def asks_exact(question: str) -> bool:
    """The question asks for an exact form ("in terms of pi", "simplest radical form", 用π表示)."""
    return _EXACT_RE.search(question[-3000:]) is not None and not asks_rounding(question)


@lru_cache(maxsize=4096)
def asks_factoring(question: str) -> bool:
    return _FACTOR_RE.search(question[-3000:]) is not None


def factor_count(node: tuple) -> int:
    """Non-constant factors of a product, a power counted by its exponent: x(x-2)(x+2) -> 3, (x+1)^2 -> 2."""
    if not free_symbols(node):
        return 0
    if node[0] == "neg":
        return factor_count(node[1])
    if node[0] == "mul":
        return sum(factor_count(child) for child in node[1])
    if node[0] == "pow" and node[2][0] == "num" and node[2][1].denominator == 1 and node[2][1] > 0:
        return int(node[2][1]) * factor_count(node[1])
    return 1


def wrong_unit(pred: Quantity, ref: Quantity, asked: str | None) -> bool:
    """The prediction states a unit of the asked dimension other than the asked one ("0.1 h" when minutes were
    asked, the reference being in minutes or bare): the value may convert, but it is not what was asked."""
    if asked is None or pred.unit is None or pred.unit == asked or ref.unit not in (None, asked) or pred.mixed:
        return False  # "1 hour 45 minutes" names the minutes it has
    mine, wanted = unit_dimension(pred.unit), unit_dimension(asked)
    return mine is not None and wanted is not None and mine[0] == wanted[0]


def converts_to(pred: Quantity, ref: Quantity) -> bool:
    """A different number that is the bare reference in another unit of the prediction's dimension ("2500 cm^2"
    for 0.25 asked in m^2): the value may be right, written in a unit the reference does not show."""
    if pred.unit is None or ref.unit is not None or pred.value == ref.value or not ref.value:
        return False
    dimension = unit_dimension(pred.unit)
    return dimension is not None and pred.value * dimension[1] / ref.value in unit_factors(dimension[0])


def other_quantity(pred: Quantity, ref: Quantity) -> bool:
    """The same number in a unit of another dimension ("60 km" for 60 km/h, "12 apples" for 12 pears), or a share
    in a unit that does not convert to percent ("7.5折" for 75%): a slip of extraction or of wording more often
    than a wrong value, so a verdict it decides is unsure."""
    if pred.unit is None or ref.unit is None or pred.unit == ref.unit:
        return False
    if "%" in (pred.unit, ref.unit) and None in (unit_dimension(pred.unit), unit_dimension(ref.unit)):
        return True  # "7.5折", "二成五" for 75%: a share in a unit the rules do not convert
    if pred.value != ref.value:
        return False
    mine, theirs = unit_dimension(pred.unit), unit_dimension(ref.unit)
    return mine is None or theirs is None or mine[0] != theirs[0]
