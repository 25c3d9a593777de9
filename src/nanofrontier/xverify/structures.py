"""The shape of a math answer: a value, an equation, an inequality, a union of intervals, a set, a
tuple, a bare list of answers, a matrix, or text the parsers do not read.

    parse_answer("x<-4/3 或 x>0")           -> Intervals((Interval(-oo, -4/3, open), Interval(0, oo, open)), "x")
    parse_answer("1\\pm\\sqrt{19}")           -> Collection((Value(1+sqrt19), Value(1-sqrt19)), "{}")
    parse_answer("(p,q)=(3,2)")               -> Equation((Collection(p, q), Collection(3, 2)))

Input is text already passed through `latex_layout.clean`. Parses are cached (functools.lru_cache is
thread-safe) and immutable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .expression import children, contains, free_symbols, with_children
from .intervals import inequality, intersection, is_proper, point_interval, union, with_points_removed
from .latex import MAX_DEPTH, ParseError, Parser, add, mul, neg, num
from .latex_tokens import FUNCTIONS, tokenize
from .numbers import Quantity, quantity_from_clean
from .shapes import ALL_REALS, EMPTY, Collection, Equation, Intervals, Matrix, Text, Value
from .units import normalize_unit, unit_dimension
from .vectors import matrix_text, split_scalar
from .verdict import BudgetExceeded

_OPENERS = {"(", "[", "{", "\\{"}
_CLOSERS = {")", "]", "}", "\\}"}
_RELATIONS = {"=", "<", ">", "<=", ">=", "!="}
_EMPTY_RE = re.compile(r"\\emptyset|\\varnothing|\\\{\s*\\\}|\{\s*\}|no (?:real )?(?:solutions?|roots?)"
                       r"|no such \w+|无解|无实数解|无实根|空集|不存在", re.I)
_EMPTY_EXCEPT_RE = re.compile(r"\d|=|except|other than|besides|but |only|apart|除|外|以外|但", re.I)
_MATRIX_RE = re.compile(r"[(\[]?\s*\\begin\{([pbvBV]?matrix|smallmatrix|array)\}(?:\s*\{[^{}]*\})?(.*?)"
                        r"\\end\{\1\}\s*[)\]]?", re.S)
_ALL_REALS_RE = re.compile(r"(?i:all real numbers|all reals)|R|全体实数|实数集|\(-\\infty, ?\+?\\infty\)|"
                           r"(?:[a-z]\s*(?:为|是)\s*)?(?:任意|一切|所有|全体)实数|解集(?:为|是)\s*(?:R|全体实数|实数集)")
_REALS_EXCEPT_RE = re.compile(r"(?:R|(?i:all real numbers|all reals|全体实数|实数))\s*(?:\\setminus|\\backslash|∖|\\|-|"
                              r"(?i:except(?: for)?|but|other than|除了?))\s*(?:[a-z]\s*=\s*)?\\?\{?\s*"
                              r"(-?[\d\s,./-]+?|-?\d+(?:\s*(?:,|"
                              r"and|和)\s*-?\d+)*)\s*\\?\}?(?:\s*(?:以外|之外|外))?")
# "x \ne \pm 2"; "all real numbers except x = \pm 2" (with "=" only after the words that exclude)
_REALS_EXCEPT_PM_RE = re.compile(r"(?:(?:R|(?i:all real numbers|all reals|全体实数|实数))\s*(?:\\setminus|∖|\\|"
                                 r"(?i:except(?: for)?|but|other than|除了?))\s*([a-z])?\s*=?|"
                                 r"([a-z])\s*(?:\\neq?|≠))\s*"
                                 r"(?:\\pm|±)\s*(\d+(?:\.\d+)?|\\sqrt\{?\d+\}?)(?:\s*(?:以外|之外|外))?")
_REALS_MINUS_INTERVAL_RE = re.compile(r"(?:R|(?i:all real numbers|all reals|全体实数|实数))\s*(?:\\setminus|∖|\\|-)\s*"
                                      r"([\[(])\s*(-?[\d./]+)\s*,\s*(-?[\d./]+)\s*([\])])")
_UNIT_TAIL_RE = re.compile(r"(.*?[^\s\\])\s+((?:square |cubic |sq )?[a-zA-Z°][a-zA-Z]*(?:\^[23])?)")
_AFTER_FUNCTION = re.compile(r"\\(?:" + "|".join(sorted(FUNCTIONS, key=len, reverse=True)) + r")$")
_RATIO_WORD_RE = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(?:\bto\b|比)\s*(-?\d+(?:\.\d+)?)\s*")
# A short English word between spaces ("x is 5", "3 of 4"): prose, not a product of one-letter variables.
_SHORT_WORD_RE = re.compile(r"(?:^|\s)(?:to|of|is|on|by|be|it|so|we)(?:\s|$)")
_CLOCK_RE = re.compile(r"\d{1,2}:0\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|\d{1,2}:\d\d\s*[ap]\.?m\.?", re.I)
_WORDS_RE = re.compile(r"[A-Za-z]{3,}(?: [A-Za-z]+)*")
_LONG_WORD_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{4,}")
_KNOWN_WORDS = set(FUNCTIONS) | {"infty", "infinity"}


@lru_cache(maxsize=8192)
def parse_answer(s: str):
    """The structure of a cleaned answer; Text when nothing here reads it."""
    if _EMPTY_RE.fullmatch(s) or _states_empty(s):
        return EMPTY
    if _ALL_REALS_RE.fullmatch(s):
        return ALL_REALS
    if (m := _REALS_EXCEPT_RE.fullmatch(s)) is not None:  # R \setminus {2}, "all real numbers except 2"
        return parse_answer(", ".join(f"x \\ne {p.strip()}" for p in re.split(r",|\band\b|和", m.group(1))))
    if (m := _REALS_EXCEPT_PM_RE.fullmatch(s)) is not None:  # "x \ne \pm 2", "all real numbers except x = \pm 2"
        var, c = m.group(1) or m.group(2) or "x", m.group(3)
        return parse_answer(f"{var} \\ne {c}, {var} \\ne -{c}")
    if (m := _REALS_MINUS_INTERVAL_RE.fullmatch(s)) is not None:  # R \setminus [-1, 3]: what lies outside it
        opened, lo, hi, closed = m.groups()
        return parse_answer(f"(-\\infty, {lo}{')' if opened == '[' else ']'} \\cup "
                            f"{'(' if closed == ']' else '['}{hi}, \\infty)")
    tokens = tokenize(s)
    if _max_depth(tokens) > MAX_DEPTH:
        raise BudgetExceeded(f"brackets nested deeper than {MAX_DEPTH}")
    if (m := _MATRIX_RE.fullmatch(s)) is not None:
        return _matrix(m.group(2))
    if "\\begin" in s and (scaled := _scaled_matrix(s)) is not None:
        return scaled
    if "[[" in s.replace(" ", "") and (scaled := _scaled_rows(s)) is not None:
        return scaled
    if (rows := matrix_text(s)) != s:
        return parse_answer(rows)
    if (standard := _standard_intervals(s)) != s:
        return parse_answer(standard)
    if (ratio := _RATIO_WORD_RE.fullmatch(s)) is not None:  # "3 to 2", 3比2: a ratio written in words
        return parse_answer(f"{ratio.group(1)} : {ratio.group(2)}")
    return _parse_tokens(s, tokens)


_FRENCH_PIECE = re.compile(r"([\[\]])\s*([^\[\],;]+?)\s*[,;]\s*([^\[\],;]+?)\s*([\[\]])")


def _standard_intervals(s: str) -> str:
    """French notation, `]-\\infty, 1/4]` and `[2, 5[`, as `(-\\infty, 1/4]` and `[2, 5)`: a bracket turned outward
    is open."""
    pieces = [p.strip() for p in s.split("\\cup")]
    out = []
    for piece in pieces:
        m = _FRENCH_PIECE.fullmatch(piece)
        if m is None or (m.group(1) == "[" and m.group(4) == "]"):
            return s
        left, right = "(" if m.group(1) == "]" else "[", ")" if m.group(4) == "[" else "]"
        out.append(f"{left}{m.group(2)}, {m.group(3)}{right}")
    return " \\cup ".join(out)


def _scaled_matrix(s: str) -> Matrix | None:
    """`2\\begin{pmatrix}1 & 3\\end{pmatrix}`: the matrix with every entry times the scalar."""
    split = split_scalar(s)
    if split is None or (m := _MATRIX_RE.fullmatch(split[1])) is None:
        return None
    scalar, matrix = _item(split[0]), _matrix(m.group(2))
    if not isinstance(scalar, Value) or free_symbols(scalar.node) or not isinstance(matrix, Matrix):
        return None
    return Matrix(tuple(tuple(Value(mul(scalar.node, v.node)) for v in row) for row in matrix.rows))


_SCALED_ROWS_RE = re.compile(r"\s*([^\[\]]{1,20}?)\s*(?:\\cdot|\*|×|\\times)?\s*(\[\s*\[.*\]\s*\])\s*")


def _scaled_rows(s: str) -> Matrix | None:
    """`(1/10)[[6, -7], [-2, 4]]`: a scalar before a matrix written as a list of rows, every entry times it."""
    if (m := _SCALED_ROWS_RE.fullmatch(s)) is None:
        return None
    scalar, rows = _item(m.group(1).strip()), parse_answer(m.group(2))
    if not isinstance(scalar, Value) or free_symbols(scalar.node) or not isinstance(rows, Collection) \
            or not all(isinstance(r, Collection) and all(isinstance(v, Value) for v in r.items) for r in rows.items) \
            or len({len(r.items) for r in rows.items}) != 1:
        return None
    return Matrix(tuple(tuple(Value(mul(scalar.node, v.node)) for v in r.items) for r in rows.items))


def _states_empty(s: str) -> bool:
    """A short sentence saying there is no solution ("So there is no real solution"), naming no value."""
    return len(s) < 100 and _EMPTY_RE.search(s) is not None and _EMPTY_EXCEPT_RE.search(s) is None


def _max_depth(tokens: list) -> int:
    depth = deepest = 0
    for t in tokens:
        if t[0] == "op" and t[1] in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        elif t[0] == "op" and t[1] in _CLOSERS:
            depth -= 1
    return deepest


def _matrix(body: str):
    rows = [r for r in re.split(r"\\\\", body) if r.strip() and not r.strip().startswith("\\hline")]
    parsed = tuple(tuple(_item(cell.strip()) for cell in row.split("&")) for row in rows)
    if not parsed or any(not isinstance(v, Value) for row in parsed for v in row):
        return Text(body)
    return Matrix(parsed)


def _split(tokens: list, is_separator) -> list[list]:
    """Split at separators outside every bracket; interval brackets like `[2,5)` count as a pair."""
    parts, current, depth = [], [], 0
    for t in tokens:
        if t[0] == "op" and t[1] in _OPENERS:
            depth += 1
        elif t[0] == "op" and t[1] in _CLOSERS:
            depth -= 1
        if depth == 0 and is_separator(t):
            parts.append(current)
            current = []
        else:
            current.append(t)
    return parts + [current]


def _text(s: str, tokens: list) -> str:
    return s[tokens[0][2]:tokens[-1][3]] if tokens else ""


def _parse_tokens(s: str, tokens: list):
    if not tokens:
        return Text(s)
    tokens = [t for i, t in enumerate(tokens)  # "1, 2, and 3": the comma before "and" separates nothing more
              if not (t[1] == "," and i + 1 < len(tokens) and tokens[i + 1][0] == "sep")]
    text = _text(s, tokens)
    # 7,425,000 and "three hundred and five" are one number; "3,45" is one only when both sides are numbers
    if (q := quantity_from_clean(text, comma_decimals=False)) is not None:
        return Value(quantity_node(q), q)
    if _CLOCK_RE.fullmatch(text):
        return Text(text)  # 12:00 is a time of day, not a ratio
    if len(tokens) > 2 and tokens[0][0] == "id" and tokens[1][1] == "∈":  # x \in [-2, 7]
        inner = ALL_REALS if _ALL_REALS_RE.fullmatch(_text(s, tokens[2:])) else _parse_tokens(s, tokens[2:])
        return Intervals(inner.parts, tokens[0][1]) if isinstance(inner, Intervals) else inner
    for is_separator, combine in ((lambda t: t[0] == "sep", _combine_alternatives),
                                  (lambda t: t[1] == "∪", union),
                                  (lambda t: t[1] == ";", _groups),
                                  (lambda t: t[1] == ",", _combine_alternatives),
                                  (lambda t: t[1] == ":", _ratio)):
        parts = _split(tokens, is_separator)
        if len(parts) > 1:
            if any(not p for p in parts):
                return Text(text)
            separators = [t[1] for t in _top_level(tokens) if t is not None and is_separator(t)]
            return combine([_parse_tokens(s, p) for p in parts], separators) or Text(text)
    return _single(s, tokens)


def _combine_alternatives(parts: list, separators: list):
    """`x<1 or x>3` is one union; `x>1 and x<3` one interval; `1 and -2`, `x=1, x=2` a list of answers;
    `x = -1 or 0 <= x < 7` a union with a point."""
    if all(sep not in ("or", "或") for sep in separators) and (cut := with_points_removed(parts)) is not None:
        return cut  # "x >= 2, x != 5": the conditions together, [2, 5) U (5, oo)
    if any(isinstance(p, Intervals) for p in parts) and all(separator not in ("and", "且") for separator in separators):
        parts = [point_interval(p) or p for p in parts]
    if all(isinstance(p, Intervals) for p in parts):
        if all(sep in ("and", "且") for sep in separators) and len(parts) == 2:
            meet = intersection(parts[0], parts[1])
            if meet is not None:
                return meet
        if separators == [","] and len(parts) == 2 and (meet := intersection(parts[0], parts[1])) is not None \
                and is_proper(meet):
            return meet  # "x > 1, x <= 4": two conditions whose union would be every number
        return union(parts)
    items = []
    for p in parts:
        items.extend(p.items if isinstance(p, Collection) and (p.brackets == "" or _signed_pair(p)) else (p,))
    return Collection(tuple(items), "")


def _signed_pair(c: Collection) -> bool:
    """`\\pm 1` read as {1, -1}: one item of a list ("x = 0, \\pm 1"), spelled out as its two values."""
    if c.brackets != "{}" or len(c.items) != 2 or not all(isinstance(v, Value) for v in c.items):
        return False
    return c.items[1].node == neg(c.items[0].node)


def _groups(parts: list, separators: list) -> Collection:
    """`p=5,q=2; p=7,q=2`: a list of answers, each of which may itself list several values."""
    return Collection(tuple(Collection(p.items, "()") if isinstance(p, Collection) and p.brackets == "" else p
                            for p in parts), "")


def _ratio(parts: list, separators: list) -> Collection | None:
    """`7:32`: a ratio, compared up to a common factor."""
    return Collection(tuple(parts), ":") if all(isinstance(p, Value) for p in parts) else None


def _single(s: str, tokens: list):
    relations = [i for i, t in enumerate(_top_level(tokens)) if t is not None and t[1] in _RELATIONS]
    if relations:
        sides = _split(tokens, lambda t: t[0] == "op" and t[1] in _RELATIONS)
        ops = [tokens[i][1] for i in relations]
        if any(not side for side in sides):
            return Text(_text(s, tokens))
        parsed = [_side(s, side) for side in sides]
        if all(op == "=" for op in ops):
            return Equation(tuple(parsed))
        if "=" in ops or not all(isinstance(p, Value) for p in parsed):
            return Text(_text(s, tokens))
        return inequality(parsed, ops)
    return _side(s, tokens)


def _top_level(tokens: list) -> list:
    """Tokens outside every bracket (None inside)."""
    out, depth = [], 0
    for t in tokens:
        if t[0] == "op" and t[1] in _OPENERS:
            depth += 1
        elif t[0] == "op" and t[1] in _CLOSERS:
            depth -= 1
        out.append(t if depth == 0 else None)
    return out


def _side(s: str, tokens: list):
    """One side of a relation, or a whole answer without one: a bracketed collection, a matrix or a value."""
    text = _text(s, tokens)
    if "\\begin" in text and (m := _MATRIX_RE.fullmatch(text)) is not None:  # AB = \begin{pmatrix}...
        return _matrix(m.group(2))
    first, last = tokens[0][1], tokens[-1][1]
    if first in ("(", "[", "{", "\\{") and last in _CLOSERS and _closes_at_end(tokens):
        inner = tokens[1:-1]
        if first in ("{", "\\{") and (bar := [i for i, t in enumerate(_top_level(inner)) if t and t[1] in ("|", ":")]):
            return parse_answer(_text(s, inner[bar[0] + 1:]))  # {x | x > 3}, {x | x \\ne \\pm 2}
        items = _split(inner, lambda t: t[1] == ",")
        if len(items) > 1 or first == "\\{":
            if any(not item for item in items):
                return EMPTY if first == "\\{" and len(items) == 1 else Text(_text(s, tokens))
            brackets = "{}" if first in ("{", "\\{") else first + ("]" if last == "]" else ")")
            return Collection(tuple(_parse_tokens(s, item) for item in items), brackets)
    return _item(_text(s, tokens), tokens)


def _closes_at_end(tokens: list) -> bool:
    depth = 0
    for i, t in enumerate(tokens):
        if t[0] == "op" and t[1] in _OPENERS:
            depth += 1
        elif t[0] == "op" and t[1] in _CLOSERS:
            depth -= 1
            if depth == 0 and i != len(tokens) - 1:
                return False
    return depth == 0


def quantity_node(q: Quantity) -> tuple:
    return num(q.value / 100 if q.unit == "%" else q.value, q.places)


def _item(text: str, tokens: list | None = None):
    """A single value: a number with a unit, an expression (a +- b gives a set of two), or Text."""
    if (q := quantity_from_clean(text)) is not None:
        return Value(quantity_node(q), q)
    if (m := _UNIT_TAIL_RE.fullmatch(text)) and unit_dimension(normalize_unit(m.group(2)) or "?") \
            and not _AFTER_FUNCTION.search(m.group(1)):  # "\frac13 \ln A": the argument, not amperes
        return _item(m.group(1))  # 5\sqrt{2} cm: the unit is dropped from an expression
    if _WORDS_RE.fullmatch(text) or _SHORT_WORD_RE.search(text) \
            or any(w.lower() not in _KNOWN_WORDS for w in _LONG_WORD_RE.findall(text)):
        return Text(text)  # `odd`, `Evelyn`, `the answer is 5`: words, not products of one-letter variables
    tokens = tokenize(text) if tokens is None else tokens
    try:
        if any(t[0] in ("text", "sep") for t in tokens):
            raise ParseError(text)
        node = Parser(list(tokens)).parse()
    except ParseError:
        return Text(text)  # math_equiv may still try latex2sympy, within its budget
    if contains(node, "pm"):
        return Collection(tuple(Value(n) for n in _expand_pm(node)), "{}")
    return Value(node)


def _expand_pm(node: tuple, limit: int = 8) -> list[tuple]:
    """Every sign choice of each a +- b in the tree: 1 +- sqrt(19) -> [1 + sqrt(19), 1 - sqrt(19)]."""
    if not contains(node, "pm"):
        return [node]
    if node[0] == "pm":
        right = node[2]
        if node[1] is None:
            return [right, neg(right)]
        return [n for left in _expand_pm(node[1], limit) for n in (add(left, right), add(left, neg(right)))]
    kids = children(node)
    i = next(k for k, child in enumerate(kids) if contains(child, "pm"))
    variants = []
    for v in _expand_pm(kids[i], limit):
        variants.extend(_expand_pm(with_children(node, kids[:i] + (v,) + kids[i + 1:]), limit))
        if len(variants) > limit:
            raise ParseError("too many +- signs")
    return variants


