"""Answers of several parts: collections (sets, tuples, lists, ratios), intervals and matrices.

math_equiv.compare sends these here; each part is compared back through `ctx.compare`, so this module
needs nothing from math_equiv (the context carries its two comparisons) and the import stays one-way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .expression import NotEvaluable, numeric, same_value
from .intervals import to_intervals
from .latex import mul
from .shapes import Collection, Matrix, Text, Value
from .verdict import Budget

_INTERVAL_BRACKETS = ("()", "[]", "(]", "[)")
_RANGE_WORDS = re.compile(r"\bbetween\b|\bfrom\b|介于|在.{0,6}之间")


@dataclass(frozen=True)
class Context:
    """What every comparison needs: the question, the work budget, and math_equiv's two comparisons."""
    question: str
    budget: Budget
    compare: Callable  # (a, b, ctx) -> (equal?, rule), on parsed answers of any kind
    values_equal: Callable  # (Value, Value, ctx) -> equal?



def _kind(c: Collection) -> str:
    return {"{}": "set", "": "list", ":": "ratio"}.get(c.brackets, "tuple")


def _ratio_equal(a: Collection, b, ctx: Context) -> bool | None:
    """a0:a1:... == b0:b1:... up to a common factor (a_i * b_0 == a_0 * b_i); a two-term ratio also
    equals the value of its quotient (1:2 == 1/2)."""
    if isinstance(b, Value):
        if b.quantity is not None and b.quantity.unit not in (None, "%"):
            return None  # "2:15" against 2.25 hours: a duration written h:mm, or a ratio; a judge's call
        return len(a.items) == 2 and bool(ctx.values_equal(Value(("div", a.items[0].node, a.items[1].node)), b, ctx))
    if not isinstance(b, Collection) or _kind(b) != "ratio" or len(a.items) != len(b.items):
        return False
    x0, y0 = a.items[0].node, b.items[0].node
    pairs = zip(a.items[1:], b.items[1:], strict=True)
    return all(same_value(mul(x.node, y0), mul(x0, y.node), ctx.budget) for x, y in pairs)


def collections_equal(a, b, ctx: Context) -> tuple[bool | None, str]:
    if any(isinstance(i, Text) and _RANGE_WORDS.search(i.text) for c in (a, b) if isinstance(c, Collection)
           for i in c.items):
        return None, "math.unparsed"  # "all x between 3 and 7": a range in words, not a list of two values
    if "ratio" in (_kind(a) if isinstance(a, Collection) else "", _kind(b) if isinstance(b, Collection) else ""):
        ratio, other = (a, b) if isinstance(a, Collection) and _kind(a) == "ratio" else (b, a)
        return _ratio_equal(ratio, other, ctx), "math.ratio"
    if not isinstance(a, Collection) or not isinstance(b, Collection):
        single, value = (a, b) if isinstance(a, Collection) else (b, a)
        if _kind(single) in ("set", "list") and len(single.items) == 1:  # {5} or "x = 5" listed alone
            return ctx.compare(single.items[0], value, ctx)[0], "math.set"
        return False, "math.set"
    ka, kb = _kind(a), _kind(b)
    if len(a.items) != len(b.items):
        return False, "math.tuple" if "tuple" in (ka, kb) else "math.set"
    if ka == kb == "tuple":
        return a.brackets == b.brackets and ordered(a.items, b.items, ctx), "math.tuple"
    if {ka, kb} == {"set", "tuple"}:
        return False, "math.tuple"
    if "tuple" in (ka, kb):  # a bare list against a tuple keeps its order
        return ordered(a.items, b.items, ctx), "math.tuple"
    return _unordered(a.items, b.items, ctx), "math.set"


def ordered(xs: tuple, ys: tuple, ctx: Context) -> bool:
    return all(ctx.compare(x, y, ctx)[0] for x, y in zip(xs, ys, strict=True))


def _unordered(xs: tuple, ys: tuple, ctx: Context) -> bool:
    unmatched = list(ys)
    for x in xs:
        match = next((i for i, y in enumerate(unmatched) if ctx.compare(x, y, ctx)[0]), None)
        if match is None:
            return False
        unmatched.pop(match)
    return True


def both_intervals(a, b) -> bool:
    """`[2,5)` against `(2,5)`: two interval-bracketed pairs with different brackets."""
    return all(isinstance(c, Collection) and c.brackets in _INTERVAL_BRACKETS and len(c.items) == 2
               for c in (a, b)) and a.brackets != b.brackets


def intervals_equal(a, b, ctx: Context) -> bool | None:
    ia, ib = to_intervals(a), to_intervals(b)
    if ia is None or ib is None:
        return False
    if ia.var and ib.var and ia.var != ib.var:
        return False
    pa, pb = _normalized(ia.parts, ctx), _normalized(ib.parts, ctx)
    if len(pa) != len(pb):
        return False
    for x, y in zip(pa, pb, strict=True):
        for ex, ey, cx, cy in ((x.lo, y.lo, x.lo_closed, y.lo_closed), (x.hi, y.hi, x.hi_closed, y.hi_closed)):
            if not _endpoint_equal(ex, ey, ctx) or (cx != cy and not _infinite(ex)):
                return False
    return True


def _infinite(v: Value) -> int:
    n = v.node
    return 1 if n == ("const", "oo") else -1 if n == ("neg", ("const", "oo")) else 0


def _endpoint_equal(x: Value, y: Value, ctx: Context) -> bool:
    if _infinite(x) or _infinite(y):
        return _infinite(x) == _infinite(y)
    return bool(ctx.values_equal(x, y, ctx))


def _position(v: Value):
    if _infinite(v):
        return float(_infinite(v)) * float("inf")
    try:
        return float(numeric(v.node, {}).real)
    except (NotEvaluable, AttributeError):
        return None


def _normalized(parts: tuple, ctx: Context) -> list:
    """Sort by lower end (when the ends are numbers) and merge pieces that touch: (-oo,1] U [1,2) = (-oo,2)."""
    keys = [_position(p.lo) for p in parts]
    if None not in keys:
        parts = [p for _, p in sorted(zip(keys, parts, strict=True), key=lambda kp: kp[0])]
    merged = []
    for p in parts:
        if merged and (merged[-1].hi_closed or p.lo_closed) and not _infinite(p.lo) \
                and _endpoint_equal(merged[-1].hi, p.lo, ctx):
            last = merged.pop()
            p = type(p)(last.lo, p.hi, last.lo_closed, p.hi_closed)
        merged.append(p)
    return merged


def as_rows(answer) -> tuple | None:
    if isinstance(answer, Matrix):
        return answer.rows
    if isinstance(answer, Collection) and answer.brackets in ("[]", "()", "") and answer.items:
        if all(isinstance(i, Collection) and i.brackets == (answer.brackets or i.brackets) in ("[]", "()")
               for i in answer.items):
            return tuple(i.items for i in answer.items)  # [[1, 2], [3, 4]]; rows listed: "(1, 2) and (3, 4)"
        if all(isinstance(i, Value) for i in answer.items):  # a vector, as a column
            return tuple((i,) for i in answer.items)
    return None


def matrices_equal(a, b, ctx: Context) -> bool | None:
    ra, rb = as_rows(a), as_rows(b)
    if ra is None or rb is None:
        return False
    if len(ra) == 1 and all(len(r) == 1 for r in rb):  # a row vector against a column
        ra = tuple((v,) for v in ra[0])
    if len(rb) == 1 and all(len(r) == 1 for r in ra):
        rb = tuple((v,) for v in rb[0])
    if [len(r) for r in ra] != [len(r) for r in rb]:
        return False
    return all(ctx.compare(x, y, ctx)[0] for row_a, row_b in zip(ra, rb, strict=True)
               for x, y in zip(row_a, row_b, strict=True))
