"""latex2sympy2_extended as a last resort, for LaTeX the hand-written parser in latex.py does not read:
finite sums and products (`\\sum_{k=1}^{10} k^2`), which are expanded term by term.

Its parse costs a millisecond or more (a cold decision path tens of milliseconds, the first call
~0.3 s with the import), so it runs only after the fast parser fails, only on text that names one
of those commands, and only with budget to spare (a parse counts FALLBACK_COST work
units). The text is screened for power towers and
large factorials first; the result is converted back to latex.py nodes, so the same budget guard
and evaluators apply. Calls are serialised: the ANTLR runtime shares its prediction caches.
"""

from __future__ import annotations

import logging
import re
import threading
from fractions import Fraction
from functools import lru_cache

from nanofrontier.xverify.verdict import FALLBACK_COST

log = logging.getLogger(__name__)
MAX_FALLBACK_CHARS = 300
_lock = threading.Lock()
_UNSAFE_RE = re.compile(r"\^\s*\{[^{}]*\^|\^\s*\{?\s*\d{5,}|\d{4,}\s*!|\d{400,}")
_HOPELESS_RE = re.compile(r"\\(?:begin|end|left|right|text)(?![a-zA-Z])|[^\x00-\x7f]")  # no parse can help
_WANTED_RE = re.compile(r"\\(?:sum|prod)(?![a-zA-Z])")
MAX_TERMS = 200
_FUNCTION_NAMES = {"sin": "sin", "cos": "cos", "tan": "tan", "cot": "cot", "sec": "sec", "csc": "csc",
                   "asin": "arcsin", "acos": "arccos", "atan": "arctan", "sinh": "sinh", "cosh": "cosh",
                   "tanh": "tanh", "exp": "exp", "Abs": "abs", "floor": "floor", "ceiling": "ceil",
                   "binomial": "binom"}


class _Unsupported(Exception):
    pass


def worth_trying(text: str, work_left: int) -> bool:
    """Only well-formed LaTeX with commands the fast parser lacks, and budget to spare, is worth the cost."""
    return not (len(text) > MAX_FALLBACK_CHARS or work_left < FALLBACK_COST or not _WANTED_RE.search(text)
                or _UNSAFE_RE.search(text) or _HOPELESS_RE.search(text) or not _balanced(text))


@lru_cache(maxsize=1024)
def fallback_parse(text: str) -> tuple | None:
    """A node for `text` via latex2sympy, or None (unparseable, or not a plain expression). Check
    `worth_trying` first: this does not screen its input."""
    try:
        from latex2sympy2_extended import latex2sympy
        with _lock:
            expr = latex2sympy(text)
        return from_sympy(expr)
    except Exception as e:  # the ANTLR parser raises bare Exceptions; any failure means "not read"
        log.debug("latex2sympy could not read %r: %s", text[:60], e)
        return None


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _expand(expr) -> tuple:
    """A finite sum or product with integer bounds, written out term by term."""
    import sympy

    from .expression import substitute
    from .latex import add, mul, num

    if len(expr.limits) != 1:
        raise _Unsupported("nested limits")
    var, lo, hi = expr.limits[0]
    if not (isinstance(lo, sympy.Integer) and isinstance(hi, sympy.Integer)) or not 0 <= hi - lo < MAX_TERMS:
        raise _Unsupported("bounds")
    body = from_sympy(expr.function)
    terms = [substitute(body, {var.name: num(k)}) for k in range(int(lo), int(hi) + 1)]
    return (add if isinstance(expr, sympy.Sum) else mul)(*terms)


def warm_up() -> None:
    """Import latex2sympy and run one parse (~0.3 s), so a process's first fallback fits a 50 ms budget."""
    fallback_parse("\\sum_{k=1}^{2} k")


def from_sympy(expr) -> tuple:
    """A sympy expression as a latex.py node; raises _Unsupported for anything else."""
    import sympy

    from .latex import add, mul, neg, num

    if isinstance(expr, sympy.UnevaluatedExpr):
        return from_sympy(expr.args[0])
    if isinstance(expr, (sympy.Integer, sympy.Rational)):
        return num(Fraction(int(expr.p), int(expr.q)))
    if isinstance(expr, sympy.Float):
        return num(Fraction(str(expr)))
    if expr is sympy.pi:
        return ("const", "pi")
    if expr is sympy.E:
        return ("const", "e")
    if expr is sympy.I:
        return ("const", "i")
    if expr in (sympy.oo, -sympy.oo):
        return ("const", "oo") if expr is sympy.oo else neg(("const", "oo"))
    if isinstance(expr, sympy.Symbol):
        return ("sym", expr.name)
    if isinstance(expr, sympy.Add):
        return add(*map(from_sympy, expr.args))
    if isinstance(expr, sympy.Mul):
        return mul(*map(from_sympy, expr.args))
    if isinstance(expr, sympy.Pow):
        return ("pow", from_sympy(expr.args[0]), from_sympy(expr.args[1]))
    if isinstance(expr, (sympy.Sum, sympy.Product)):
        return _expand(expr)
    if isinstance(expr, sympy.factorial):
        return ("fact", from_sympy(expr.args[0]))
    if isinstance(expr, sympy.log):
        args = tuple(map(from_sympy, expr.args))
        return ("fn", "log", args)
    name = type(expr).__name__
    if isinstance(expr, sympy.Function) and name in _FUNCTION_NAMES:
        return ("fn", _FUNCTION_NAMES[name], tuple(map(from_sympy, expr.args)))
    raise _Unsupported(name)
