"""Families of solutions with an integer parameter, compared by the numbers they contain.

    family_values("x = 2k\\pi \\pm \\frac{\\pi}{6}, k \\in \\mathbb{Z}")      # every 2kπ ± π/6 in the window
    families_equal("x = k\\pi + (-1)^k \\frac{\\pi}{3}",                     # True
                   "x = 2k\\pi + \\frac{\\pi}{3} \\text{ or } x = 2k\\pi + \\frac{2\\pi}{3}, k \\in \\mathbb{Z}")

A trigonometric equation's solutions have many written forms: one family with ± or (-1)^k, two families joined
by "or", another letter for the integer, the integer's domain said or left out. Two answers are the same set when
they give the same numbers over a window several periods wide (each family evaluated for enough integers to cover
it). Members without the parameter are single values. math_equiv.math_equal asks here when both sides are such
families.
"""

from __future__ import annotations

import re

from .expression import NotEvaluable, free_symbols, numeric
from .latex_layout import clean
from .shapes import Value
from .structures import parse_answer
from .verdict import Budget

WINDOW = 20.0  # compare the numbers in [-WINDOW, WINDOW]: several periods of 2π
_MAX_STEPS = 400
_PARAMETERS = frozenset("kmnjt")
# The integer's domain, said after the family: ", k \in \mathbb{Z}", "(k∈Z)", "，k为整数", "where k is an integer"
_DOMAIN = re.compile(r"\s*[,，;；]?\s*[(（]?\s*(?:(?:where|for)\s+(?:any\s+|all\s+|some\s+)?(?:integers?\s+)?)?"
                     r"(?:[kmnjt](?:\s*,\s*[kmnjt])*)\s*(?:\\in|∈)\s*(?:\\mathbb\s*\{?\s*Z\s*\}?|Z|\\Z)\s*[)）]?"
                     r"|\s*[,，;；]?\s*[(（]?\s*(?:where\s+|for\s+)?[kmnjt]\s*(?:为|是|is\s+an?|an?)\s*(?:任意)?"
                     r"(?:整数|integer)\s*[)）]?|\s*[,，]?\s*(?:for\s+)?(?:any|all|every)\s+integers?\s+[kmnjt]", re.I)
_SPLIT = re.compile(r"\s*(?:\\text\s*\{\s*(?:or|and)\s*\}|\bor\b|或|\\quad|;|；|,|，)\s*")
_LEAD = re.compile(r"^\s*[a-zA-Z](?:_\{?\w+\}?)?\s*=\s*")


def _members(text: str) -> list[str] | None:
    text = _DOMAIN.sub("", clean(text)).strip(" .。$")
    parts = [_LEAD.sub("", p) for p in _SPLIT.split(text) if p.strip()]
    if not parts or any("=" in p or not p.strip() for p in parts):
        return None
    out = []
    for p in parts:
        out.extend((p.replace("\\pm", "+"), p.replace("\\pm", "-")) if "\\pm" in p else (p,))
    return out


def family_values(text: str, budget: Budget) -> list[float] | None:
    """The numbers of the family in [-WINDOW, WINDOW], sorted; None when `text` is no family of one integer."""
    members = _members(text)
    if members is None or len(members) > 8:
        return None
    values, parametrised = [], False
    for m in members:
        parsed = parse_answer(m)
        if not isinstance(parsed, Value):
            return None
        symbols = free_symbols(parsed.node)
        if len(symbols) > 1 or (symbols and not symbols <= _PARAMETERS):
            return None
        if not symbols:
            values.append(_real(parsed.node, {}))
            continue
        parametrised = True
        name = next(iter(symbols))
        covered_lo = covered_hi = False
        for step in range(_MAX_STEPS):
            budget.check("family values", 2)
            for k in ((step,) if step == 0 else (step, -step)):
                x = _real(parsed.node, {name: k})
                if x is None:
                    return None
                values.append(x)
                covered_lo, covered_hi = covered_lo or x < -WINDOW, covered_hi or x > WINDOW
            if covered_lo and covered_hi:
                break
        else:
            return None  # a family that never leaves the window (a constant, a decaying term): not periodic
    if not parametrised or None in values:
        return None
    return sorted(x for x in values if -WINDOW <= x <= WINDOW)


def _real(node: tuple, env: dict) -> float | None:
    try:
        z = complex(numeric(node, env))
    except (NotEvaluable, TypeError, ValueError, OverflowError):
        return None
    return z.real if abs(z.imag) <= 1e-12 * (1 + abs(z.real)) else None


def families_equal(a: str, b: str, budget: Budget) -> bool | None:
    """Both answers families of one integer parameter: the same numbers in the window? None when either is not."""
    va, vb = family_values(a, budget), family_values(b, budget)
    if va is None or vb is None:
        return None
    return _same_set(va, vb)


def _same_set(xs: list[float], ys: list[float]) -> bool:
    def dedupe(vs):
        out = []
        for v in vs:
            if not out or abs(v - out[-1]) > 1e-9:
                out.append(v)
        return out
    xs, ys = dedupe(xs), dedupe(ys)
    edge = WINDOW - 1e-6  # a value on the window's edge may be rounded in on one side only
    xs = [x for x in xs if abs(x) < edge]
    ys = [y for y in ys if abs(y) < edge]
    return len(xs) == len(ys) and all(abs(x - y) <= 1e-9 * (1 + abs(x)) for x, y in zip(xs, ys, strict=True))
