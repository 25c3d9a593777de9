"""Matrices and vectors written in other notations than `\\begin{pmatrix}` and `(a, b, c)`.

    matrix_text("Matrix([[-6, -6], [0, 12]])")      # "[[-6, -6], [0, 12]]" (sympy / numpy call dropped)
    matrix_text("[5 25; -16 4]")                    # "[[5, 25], [-16, 4]]" (MATLAB rows)
    split_scalar("2\\begin{pmatrix}1 & 3\\end{pmatrix}")  # ("2", "\\begin{pmatrix}1 & 3\\end{pmatrix}")
    unit_vector(node_of("3i + k"), 3, budget)       # (3, 0, 1): i, j, k (also \\vec{i}, \\hat{i}, \\mathbf{i})
    polar_value(parse_answer("r = 6, \\theta = \\pi/4"), other)   # Value(6 e^{i pi/4}) when `other` is a value

All pure text or tree rewrites; structures.py and math_equiv.py decide when they apply.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .expression import children, exact, free_symbols, with_children
from .latex import mul
from .shapes import Collection, Equation, Value
from .verdict import Budget

_CALL = re.compile(r"(?:(?:sp|sympy|np|numpy)\.)?(?:Matrix|array|matrix)\s*\((.*)\)", re.S)
_MATLAB = re.compile(r"\[([^\[\]]*;[^\[\]]*)\]")
_MATLAB_ENTRY = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")
_SCALAR = re.compile(r"(?P<k>.{1,40}?)\s*(?:\\cdot|\\times)?\s*(?=[(\[]?\s*\\begin\{(?:[pbvBV]?matrix|array)\})", re.S)
_UNIT_INDEX = {"i": 0, "j": 1, "k": 2}


# "rows (1, 2) and (3, 4)", "first row (1, 2), second row (3, 4)", 第一行(1, 2)，第二行(3, 4): rows named in words
_ROW_WORD = re.compile(r"(?:(?:with|the)\s+)?(?:(?:first|second|third|fourth|top|middle|bottom)\s+)?rows?"
                       r"(?:\s+\d)?\s*[:=]?\s*(?=[(\[])|第[一二三四1-4]行\s*[:：为是]?\s*(?=[(\[])", re.IGNORECASE)
_TUPLE = r"[(\[][^()\[\]]+[)\]]"
_ROWS = re.compile(rf"{_TUPLE}(?:\s*(?:,|;|，|and|和)\s*{_TUPLE})+", re.IGNORECASE)


def matrix_text(s: str) -> str:
    """`Matrix([[1, 2], [3, 4]])` and MATLAB's `[1 2; 3 4]` as nested lists, rows named in words ("rows (1, 2)
    and (3, 4)") as a list of rows; anything else unchanged."""
    if (call := _CALL.fullmatch(s.strip())) is not None:
        s = call.group(1).strip()
    if _ROW_WORD.match(s.strip()) and _ROWS.fullmatch(rows := _ROW_WORD.sub("", s.strip()).rstrip(".。")):
        return rows
    if (m := _MATLAB.fullmatch(s.strip())) is not None:
        rows = [r.replace(",", " ").split() for r in m.group(1).split(";")]
        if all(rows) and len({len(r) for r in rows}) == 1 and all(_MATLAB_ENTRY.fullmatch(e) for r in rows for e in r):
            return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"
    return s


def split_scalar(s: str) -> tuple[str, str] | None:
    """`2\\begin{pmatrix}...\\end{pmatrix}` -> ("2", the matrix): a scalar written before a matrix."""
    m = _SCALAR.match(s)
    if m is None or not m.group("k").strip() or "\\begin" in m.group("k"):
        return None
    return m.group("k").strip(), s[m.end():]


def _unit(node: tuple) -> str | None:
    """The unit vector a leaf names: `i` (or the imaginary constant i), `\\vec{j}` ("vec j"), `\\hat{k}`."""
    if node == ("const", "i"):
        return "i"
    if node[0] == "sym":
        words = node[1].split()
        if words[-1] in _UNIT_INDEX and (len(words) == 1 or words[:-1] in (["vec"], ["hat"])):
            return words[-1]
    return None


def _with_basis(node: tuple, values: tuple[int, int, int]) -> tuple:
    name = _unit(node)
    if name is not None:
        return ("num", Fraction(values[_UNIT_INDEX[name]]), None)
    kids = children(node)
    return with_children(node, tuple(_with_basis(k, values) for k in kids)) if kids else node


def _has_unit(node: tuple) -> bool:
    return _unit(node) is not None or any(_has_unit(k) for k in children(node))


def unit_vector(node: tuple, dim: int, budget: Budget) -> tuple[Fraction, ...] | None:
    """The components of `a i + b j + c k` (dim 2 or 3), or None when the expression is not such a sum."""
    if dim not in (2, 3) or not _has_unit(node):
        return None
    if free_symbols(_with_basis(node, (0, 0, 0))):
        return None  # another unknown in it
    basis = [(1, 0, 0), (0, 1, 0), (0, 0, 1)]
    origin = exact(_with_basis(node, (0, 0, 0)), budget)
    parts = [exact(_with_basis(node, e), budget) for e in basis]
    check = exact(_with_basis(node, (2, 3, 5)), budget)
    if origin != 0 or None in parts or check is None:
        return None
    if check != 2 * parts[0] + 3 * parts[1] + 5 * parts[2] or any(parts[dim:]):
        return None  # not linear in i, j, k, or a k in a plane vector
    return tuple(parts[:dim])


_POLAR_NAMES = {"r": "r", "rho": "r", "theta": "theta", "varphi": "theta", "phi": "theta", "alpha": "theta",
                "θ": "theta", "φ": "theta", "ϕ": "theta", "ρ": "r"}


def _polar_name(side) -> str | None:
    """`r`, `\\theta`, a bare `θ` the parser keeps as text: which polar coordinate a left side names."""
    name = side.node[1] if isinstance(side, Value) and side.node[0] == "sym" else getattr(side, "text", None)
    return _POLAR_NAMES.get(name.strip()) if isinstance(name, str) else None


def polar_value(answer, other):
    """`r = 6, \\theta = \\pi/4` (the modulus and argument named) as the complex number r e^{i theta}, when
    `other` is one value; anything else unchanged."""
    if not (isinstance(answer, Collection) and answer.brackets == "" and len(answer.items) == 2
            and isinstance(other, Value)):
        return answer
    named = {}
    for item in answer.items:
        if not (isinstance(item, Equation) and len(item.sides) == 2 and isinstance(item.sides[1], Value)
                and _polar_name(item.sides[0]) is not None):
            return answer
        named[_polar_name(item.sides[0])] = item.sides[1].node
    if set(named) != {"r", "theta"} or any(free_symbols(n) for n in named.values()):
        return answer
    return Value(mul(named["r"], ("pow", ("const", "e"), mul(("const", "i"), named["theta"]))))
