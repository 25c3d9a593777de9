"""The shapes a parsed math answer takes: a value, an equation, an inequality, a union of intervals, a
set, tuple, list or ratio, a matrix, or text no parser reads.

    Value(("num", Fraction(3), None))                 # 3
    Intervals((Interval(lo, hi, True, False),), "x")  # x in [lo, hi)

structures.py parses text into these; intervals.py and math_equiv.py compare them. All are frozen.
"""

from __future__ import annotations

from dataclasses import dataclass

from .numbers import Quantity


@dataclass(frozen=True)
class Value:
    node: tuple  # an expression tree (latex.py legend)
    quantity: Quantity | None = None  # set when the text is one number with an optional unit


@dataclass(frozen=True)
class Equation:
    sides: tuple  # `a = b = c`: each side a Value or a Collection


@dataclass(frozen=True)
class Relation:
    """An inequality that is not an interval of one variable (`x + y > 3`)."""

    sides: tuple  # nodes
    ops: tuple  # "<", "<=", ">", ">=", "!="


@dataclass(frozen=True)
class Interval:
    lo: Value  # ("const", "oo") under a "neg" for -infinity
    hi: Value
    lo_closed: bool
    hi_closed: bool


@dataclass(frozen=True)
class Intervals:
    parts: tuple  # of Interval, a union
    var: str | None = None  # the variable of `x \in ...` or `-2 <= x <= 7`


@dataclass(frozen=True)
class Collection:
    items: tuple
    brackets: str  # "{}" a set; "()", "[]", "(]", "[)" a tuple or an interval; "" a bare list; ":" a ratio


@dataclass(frozen=True)
class Matrix:
    rows: tuple  # of tuples of Values


@dataclass(frozen=True)
class Text:
    text: str


EMPTY = Collection((), "{}")
INFINITY = ("const", "oo")
ALL_REALS = Intervals((Interval(Value(("neg", INFINITY)), Value(INFINITY), False, False),))
