"""Intervals of one variable: inequalities read as intervals, unions, intersections and points removed.

    inequality([Value(x), Value(3)], [">"])        # Intervals(((3, oo), open), "x")
    union([x < 1, x > 3])                          # (-oo, 1) U (3, oo)
    with_points_removed([x >= 2, x != 5])          # [2, 5) U (5, oo)
    to_intervals(Collection((a, b), "(]"))         # (a, b]

structures.py builds answers with these; math_equiv.py compares through `to_intervals`.
"""

from __future__ import annotations

from .expression import exact, free_symbols, linear_coefficients
from .latex import add, neg, num
from .shapes import ALL_REALS, INFINITY, Collection, Equation, Interval, Intervals, Relation, Value
from .verdict import Budget

_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "!=": "!="}


def is_proper(x: Intervals) -> bool:
    """One interval whose ends are numbers with lo < hi."""
    lo, hi = (exact(v.node, Budget()) for v in (x.parts[0].lo, x.parts[0].hi))
    return lo is not None and hi is not None and lo < hi


def _excluded(x) -> Value | None:
    """c of `x != c`, read as (-oo, c) U (c, oo)."""
    if not isinstance(x, Intervals) or len(x.parts) != 2:
        return None
    a, b = x.parts
    ends_open = not (a.lo_closed or a.hi_closed or b.lo_closed or b.hi_closed)
    return a.hi if ends_open and a.hi == b.lo and _is_infinite(a.lo) < 0 and _is_infinite(b.hi) > 0 else None


def with_points_removed(parts: list) -> Intervals | None:
    """One interval and points excluded from it (`x >= 2 and x != 5`), or None. A point outside the interval
    changes nothing; ends must be numbers the rules compute exactly."""
    points = [c for p in parts if (c := _excluded(p)) is not None]
    rest = [p for p in parts if _excluded(p) is None] or [ALL_REALS]  # "x != 1, x != 2": every number but two
    if not points or len(rest) != 1 or not isinstance(rest[0], Intervals) or len(rest[0].parts) != 1:
        return None
    pieces = list(rest[0].parts)
    for c in points:
        at = exact(c.node, Budget())
        if at is None:
            return None
        out = []
        for piece in pieces:
            lo, hi = (None if _is_infinite(v) else exact(v.node, Budget()) for v in (piece.lo, piece.hi))
            if (lo is None and not _is_infinite(piece.lo)) or (hi is None and not _is_infinite(piece.hi)):
                return None
            inside_lo, inside_hi = lo is None or lo <= at, hi is None or at <= hi
            if not (inside_lo and inside_hi):
                out.append(piece)
                continue
            if lo != at:
                out.append(Interval(piece.lo, c, piece.lo_closed, False))
            if hi != at:
                out.append(Interval(c, piece.hi, False, piece.hi_closed))
        pieces = out
    return Intervals(tuple(pieces), rest[0].var)


def point_interval(answer) -> Intervals | None:
    """`x = -1` as the one-point interval [-1, -1] of x."""
    if isinstance(answer, Equation) and len(answer.sides) == 2 and all(isinstance(v, Value) for v in answer.sides):
        name, value = answer.sides
        if name.node[0] == "sym" and not free_symbols(value.node):
            return Intervals((Interval(value, value, True, True),), name.node[1])
    return None


def union(parts: list, separators: list | None = None) -> Intervals | None:
    pieces, var = [], None
    for p in parts:
        converted = to_intervals(p)
        if converted is None:
            return None
        pieces.extend(converted.parts)
        var = var or converted.var
    return Intervals(tuple(pieces), var)


def intersection(a: Intervals, b: Intervals) -> Intervals | None:
    if len(a.parts) != 1 or len(b.parts) != 1 or (a.var and b.var and a.var != b.var):
        return None
    x, y = a.parts[0], b.parts[0]
    lo = x if _is_infinite(x.lo) < 0 else y if _is_infinite(y.lo) < 0 else None
    hi = x if _is_infinite(x.hi) > 0 else y if _is_infinite(y.hi) > 0 else None
    if lo is None or hi is None or lo is hi:
        return None  # only `x > a and x < b` is handled
    other_lo, other_hi = (y, x) if lo is x else (x, y)
    return Intervals((Interval(other_lo.lo, other_hi.hi, other_lo.lo_closed, other_hi.hi_closed),), a.var or b.var)


def to_intervals(answer) -> Intervals | None:
    """Intervals as they are; `(a, b]` as one interval; `{a, b}` as points; None otherwise."""
    if isinstance(answer, Intervals):
        return answer
    if isinstance(answer, Collection):
        if answer.brackets in ("()", "[]", "(]", "[)") and len(answer.items) == 2 and all(
                isinstance(v, Value) for v in answer.items):
            lo, hi = answer.items
            return Intervals((Interval(lo, hi, answer.brackets[0] == "[", answer.brackets[1] == "]"),))
        if answer.brackets == "{}" and all(isinstance(v, Value) for v in answer.items):
            return Intervals(tuple(Interval(v, v, True, True) for v in answer.items))
    return None


def _is_infinite(v: Value) -> int:
    if v.node == INFINITY:
        return 1
    return -1 if v.node == ("neg", INFINITY) else 0


def inequality(sides: list, ops: list):
    """`a < x <= b`, `x > 3`, `3 < x`, `x != 1` as Intervals of x; anything else as a Relation."""
    nodes = [v.node for v in sides]
    symbols = [i for i, n in enumerate(nodes) if n[0] == "sym"]
    constant = all(not free_symbols(n) for i, n in enumerate(nodes) if i not in symbols)
    if len(symbols) == 1 and constant:
        k, var = symbols[0], nodes[symbols[0]][1]
        if len(sides) == 2:
            op = ops[0] if k == 0 else _FLIP[ops[0]]
            c = sides[1 - k]
            if op == "!=":
                return Intervals((Interval(Value(neg(INFINITY)), c, False, False),
                                  Interval(c, Value(INFINITY), False, False)), var)
            if op in ("<", "<="):
                return Intervals((Interval(Value(neg(INFINITY)), c, False, op == "<="),), var)
            return Intervals((Interval(c, Value(INFINITY), op == ">=", False),), var)
        if len(sides) == 3 and k == 1 and "!=" not in ops:
            if all(op in ("<", "<=") for op in ops):
                return Intervals((Interval(sides[0], sides[2], ops[0] == "<=", ops[1] == "<="),), var)
            if all(op in (">", ">=") for op in ops):
                return Intervals((Interval(sides[2], sides[0], ops[1] == ">=", ops[0] == ">="),), var)
    return _solve_linear(sides, ops) or Relation(tuple(nodes), tuple(ops))


def _solve_linear(sides: list, ops: list) -> Intervals | None:
    """`-x > -1` -> x < 1; `-1 < 2x+1 <= 5` -> -1 < x <= 2 (rational coefficients only)."""
    nodes = [v.node for v in sides]
    names = frozenset().union(*map(free_symbols, nodes))
    if len(names) != 1 or "!=" in ops:
        return None
    (var,), budget = names, Budget()
    if len(nodes) == 2:
        coefficients = linear_coefficients(add(nodes[0], neg(nodes[1])), var, budget)
        if coefficients is None or coefficients[0] == 0:
            return None
        a, b = coefficients
        op = ops[0] if a > 0 else _FLIP[ops[0]]
        return inequality([Value(("sym", var)), Value(num(-b / a))], [op])
    if len(nodes) == 3 and not free_symbols(nodes[0]) and not free_symbols(nodes[2]):
        coefficients = linear_coefficients(nodes[1], var, budget)
        lo, hi = exact(nodes[0], budget), exact(nodes[2], budget)
        if coefficients is None or coefficients[0] == 0 or lo is None or hi is None:
            return None
        a, b = coefficients
        ends = [Value(num((lo - b) / a)), Value(("sym", var)), Value(num((hi - b) / a))]
        return inequality(ends if a > 0 else ends[::-1], ops if a > 0 else ops[::-1])
    return None
