"""Expression trees (node legend in latex.py): the budget guard, exact and numeric evaluation, and the
equality tests built on them.

Equality is decided by evaluation, not by `simplify`: exact rational arithmetic when both sides are
rational, else mpmath at 40 digits on the constants or at a few fixed points for the variables,
with a relative tolerance (so 1/2004! never equals 1/2006! by rounding, Math-Verify issue #14).
Each thread gets its own mpmath context: mpmath functions change their context's precision while
they run, so one shared context would not be thread-safe.
"""

from __future__ import annotations

import math
import threading
from fractions import Fraction

import mpmath

from .latex import add, mul
from .verdict import Budget, BudgetExceeded

MAX_EXPONENT = 10**4  # a larger constant exponent on a base other than 0, 1, -1 is refused
MAX_FACTORIAL = 200
MAX_NODES = 4000
RELATIVE_TOLERANCE = mpmath.mpf("1e-20")
# Sample points: irrational-looking, mostly positive, one negative (so |x| != x and sqrt(x^2) != x).
_BASE_POINTS = ("0.6180339887498948", "1.4142135623730950", "2.2360679774997897", "-1.7320508075688772",
                "0.7853981633974483", "1.3678794411714423")
_local = threading.local()


class NotEvaluable(Exception):
    """The node has no value here: a free symbol, a base-5 numeral, a pole, an unknown function."""


def context() -> mpmath.ctx_mp.MPContext:
    ctx = getattr(_local, "ctx", None)
    if ctx is None:
        ctx = _local.ctx = mpmath.MPContext()
        ctx.dps = 40
    return ctx


def children(node: tuple) -> tuple:
    op = node[0]
    if op in ("add", "mul", "tuple"):
        return node[1]
    if op in ("fn", "call"):
        return node[2]
    if op in ("neg", "fact", "deg", "pct"):
        return (node[1],)
    if op in ("div", "pow", "root"):
        return node[1], node[2]
    if op == "pm":
        return tuple(n for n in node[1:] if n is not None)
    return ()


def with_children(node: tuple, kids: tuple) -> tuple:
    """`node` with its children replaced (the inverse of `children`)."""
    op = node[0]
    if op in ("add", "mul"):
        return (add if op == "add" else mul)(*kids)
    if op == "tuple":
        return (op, tuple(kids))
    if op in ("fn", "call"):
        return (op, node[1], tuple(kids))
    if op in ("neg", "fact", "deg", "pct"):
        return (op, kids[0])
    if op in ("div", "pow", "root"):
        return (op, kids[0], kids[1])
    if op == "pm":
        return (op, None, kids[0]) if node[1] is None else (op, kids[0], kids[1])
    return node


def substitute(node: tuple, values: dict) -> tuple:
    """Replace symbols by nodes: substitute(x + 1, {"x": num(2)})."""
    if node[0] == "sym":
        return values.get(node[1], node)
    kids = children(node)
    return with_children(node, tuple(substitute(k, values) for k in kids)) if kids else node


def linear_coefficients(node: tuple, name: str, budget: Budget) -> tuple[Fraction, Fraction] | None:
    """(a, b) with node == a*name + b for rational a, b (checked at four points), or None."""
    values = [exact(substitute(node, {name: ("num", Fraction(k), None)}), budget) for k in range(4)]
    if None in values:
        return None
    a, b = values[1] - values[0], values[0]
    return (a, b) if all(values[k] == a * k + b for k in (2, 3)) else None


def node_count(node: tuple) -> int:
    """Nodes in an expression tree (the work of evaluating it once)."""
    return 1 + sum(node_count(c) for c in children(node))


def free_symbols(node: tuple) -> frozenset:
    if node[0] == "sym":
        return frozenset((node[1],))
    names = frozenset((node[1],)) if node[0] == "call" else frozenset()
    return names.union(*(free_symbols(c) for c in children(node)))


def contains(node: tuple, op: str, name: str | None = None) -> bool:
    if node[0] == op and (name is None or node[1] == name):
        return True
    return any(contains(c, op, name) for c in children(node))


# ----------------------------------------------------------------------------------------------
# Budget guard: refuse before computing what would not fit.

def guard(node: tuple, budget: Budget) -> None:
    """Raise BudgetExceeded for power towers, factorials over MAX_FACTORIAL, huge exponents, huge trees."""
    count = 0
    stack = [node]
    while stack:
        n = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise BudgetExceeded(f"expression over {MAX_NODES} nodes")
        stack.extend(children(n))
        if n[0] == "pow" and not free_symbols(n[2]):
            size = _magnitude(n[2], budget)
            if size is not None and size > MAX_EXPONENT and not _trivial(n[1], budget):
                raise BudgetExceeded(f"exponent {mpmath.nstr(size, 5)} is over {MAX_EXPONENT}")
        if n[0] == "fact" and not free_symbols(n[1]):
            size = _magnitude(n[1], budget)
            if size is not None and size > MAX_FACTORIAL:
                raise BudgetExceeded(f"factorial of {mpmath.nstr(size, 5)} is over {MAX_FACTORIAL}")
    budget.check("expression guard", count)


def _magnitude(node: tuple, budget: Budget):
    guard(node, budget)  # inner towers are refused before their value is computed
    value = exact(node, budget)
    if value is not None:
        return abs(value)
    try:
        return abs(numeric(node, {}))
    except NotEvaluable:
        return None


def _trivial(base: tuple, budget: Budget) -> bool:
    if free_symbols(base):
        return False
    value = exact(base, budget)
    return value is not None and value in (0, 1, -1)


# ----------------------------------------------------------------------------------------------
# Exact rational evaluation.

def exact(node: tuple, budget: Budget) -> Fraction | None:
    """The exact rational value, or None when there is none (irrational, symbolic, undefined)."""
    try:
        return _exact(node, budget)
    except (NotEvaluable, ZeroDivisionError, ValueError, OverflowError):
        return None


def _exact(node: tuple, budget: Budget) -> Fraction:
    op = node[0]
    if op == "num":
        return node[1]
    if op == "neg":
        return -_exact(node[1], budget)
    if op == "add":
        return sum((_exact(c, budget) for c in node[1]), Fraction(0))
    if op == "mul":
        return math.prod((_exact(c, budget) for c in node[1]), start=Fraction(1))
    if op == "div":
        return _exact(node[1], budget) / _exact(node[2], budget)
    if op == "pow":
        return _exact_power(_exact(node[1], budget), _exact(node[2], budget), budget)
    if op == "root":
        return _exact_power(_exact(node[1], budget), 1 / _exact(node[2], budget), budget)
    if op == "pct":
        return _exact(node[1], budget) / 100
    if op == "fact":
        n = _exact(node[1], budget)
        if n.denominator != 1 or n < 0:
            raise NotEvaluable("factorial of a non-natural number")
        if n > MAX_FACTORIAL:
            raise BudgetExceeded(f"factorial of {n} is over {MAX_FACTORIAL}")
        return Fraction(math.factorial(int(n)))
    if op == "fn":
        return _exact_function(node[1], [_exact(c, budget) for c in node[2]])
    raise NotEvaluable(op)


def _exact_function(name: str, args: list[Fraction]) -> Fraction:
    if name == "abs":
        return abs(args[0])
    if name in ("floor", "ceil"):
        return Fraction(math.floor(args[0]) if name == "floor" else math.ceil(args[0]))
    if name in ("max", "min"):
        return max(args) if name == "max" else min(args)
    if name in ("binom", "gcd", "lcm") and all(a.denominator == 1 for a in args):
        ints = [int(a) for a in args]
        if max(map(abs, ints)) > MAX_EXPONENT:
            raise BudgetExceeded(f"{name} of numbers over {MAX_EXPONENT}")
        if name == "binom":
            return Fraction(math.comb(*ints) if ints[0] >= 0 and ints[1] >= 0 else 0)
        return Fraction(math.gcd(*ints) if name == "gcd" else math.lcm(*ints))
    raise NotEvaluable(name)


def _exact_power(base: Fraction, exponent: Fraction, budget: Budget) -> Fraction:
    p, q = exponent.numerator, exponent.denominator
    if base in (0, 1):
        if base == 0 and p < 0:
            raise ZeroDivisionError("0 to a negative power")
        return base
    if abs(p) > MAX_EXPONENT:
        raise BudgetExceeded(f"exponent {p} is over {MAX_EXPONENT}")
    digits = (base.numerator.bit_length() + base.denominator.bit_length()) * abs(p) / q * 0.30103
    if digits > budget.max_digits:
        raise BudgetExceeded(f"a power with about {digits:.0f} digits is over {budget.max_digits}")
    if q > 1:
        if base < 0 and q % 2 == 0 or q > 64:
            raise NotEvaluable("not a rational power")
        sign = -1 if base < 0 else 1
        base = sign * Fraction(_exact_root(abs(base.numerator), q), _exact_root(base.denominator, q))
    return base ** p


def _exact_root(n: int, q: int) -> int:
    r = round(n ** (1 / q)) if n.bit_length() < 1000 else int(mpmath.mpf(n) ** (mpmath.mpf(1) / q))
    for candidate in (r - 1, r, r + 1):
        if candidate >= 0 and candidate ** q == n:
            return candidate
    raise NotEvaluable("not a perfect power")


# ----------------------------------------------------------------------------------------------
# Numeric evaluation (complex-safe, mpmath, 40 digits).

_FUNCTIONS = {
    "sin": lambda c, x: c.sin(x), "cos": lambda c, x: c.cos(x), "tan": lambda c, x: c.tan(x),
    "cot": lambda c, x: 1 / c.tan(x), "sec": lambda c, x: 1 / c.cos(x), "csc": lambda c, x: 1 / c.sin(x),
    "arcsin": lambda c, x: c.asin(x), "arccos": lambda c, x: c.acos(x), "arctan": lambda c, x: c.atan(x),
    "arccot": lambda c, x: c.atan(1 / x), "arcsec": lambda c, x: c.acos(1 / x), "arccsc": lambda c, x: c.asin(1 / x),
    "sinh": lambda c, x: c.sinh(x), "cosh": lambda c, x: c.cosh(x), "tanh": lambda c, x: c.tanh(x),
    "ln": lambda c, x: c.log(x), "lg": lambda c, x: c.log10(x), "exp": lambda c, x: c.exp(x),
    "log": lambda c, x, base=None: c.log(x) if base is None else c.log(x) / c.log(base),
    "sqrt": lambda c, x: c.sqrt(x), "abs": lambda c, x: abs(x), "binom": lambda c, n, k: c.binomial(n, k),
    "floor": lambda c, x: c.floor(_real(x)), "ceil": lambda c, x: c.ceil(_real(x)),
    "max": lambda c, *xs: max(map(_real, xs)), "min": lambda c, *xs: min(map(_real, xs)),
}


def _real(x):
    if isinstance(x, mpmath.ctx_mp_python.mpc) and x.imag != 0:
        raise NotEvaluable("a comparison of complex numbers")
    return x.real


def numeric(node: tuple, env: dict):
    """The value as an mpmath number; env maps symbol names to values. Raises NotEvaluable."""
    try:
        value = _numeric(node, env, context())
    except (NotEvaluable, BudgetExceeded):
        raise
    except Exception as e:  # mpmath's NoConvergence, ZeroDivisionError, a missing symbol: no value here
        raise NotEvaluable(f"{type(e).__name__}: {e}") from e
    if not context().isfinite(value):
        raise NotEvaluable("not finite")
    return value


def _numeric(node: tuple, env: dict, ctx):
    op = node[0]
    if op == "num":
        return ctx.mpf(node[1].numerator) / node[1].denominator
    if op == "sym":
        return env[node[1]]
    if op == "const":
        if node[1] == "oo":
            raise NotEvaluable("infinity")
        return {"pi": ctx.pi, "e": ctx.e, "i": ctx.j}[node[1]]
    if op == "neg":
        return -_numeric(node[1], env, ctx)
    if op in ("add", "mul"):
        values = [_numeric(c, env, ctx) for c in node[1]]
        return ctx.fsum(values) if op == "add" else ctx.fprod(values)
    if op == "call":
        return ctx.fprod([env[node[1]], *(_numeric(c, env, ctx) for c in node[2])])
    if op == "div":
        top, bottom = _numeric(node[1], env, ctx), _numeric(node[2], env, ctx)
        if bottom == 0:
            raise ZeroDivisionError("division by zero")
        return top / bottom
    if op in ("pow", "root"):
        return _numeric_power(node, env, ctx)
    if op == "fact":
        return ctx.gamma(_numeric(node[1], env, ctx) + 1)
    if op in ("deg", "pct"):
        x = _numeric(node[1], env, ctx)
        return x * ctx.pi / 180 if op == "deg" else x / 100
    if op == "fn" and node[1] in _FUNCTIONS:
        return _FUNCTIONS[node[1]](ctx, *(_numeric(c, env, ctx) for c in node[2]))
    raise NotEvaluable(op if op != "fn" else node[1])


def _numeric_power(node: tuple, env: dict, ctx):
    base = _numeric(node[1], env, ctx)
    exponent = _numeric(node[2], env, ctx)
    if node[0] == "root":
        exponent = 1 / exponent
    if base == 0 and ctx.re(exponent) < 0:
        raise ZeroDivisionError("0 to a negative power")
    # Real odd roots of negatives, as answers mean them: cbrt(-8) = -2, (-8)^(2/3) = 4.
    if not free_symbols(node[2]) and ctx.im(base) == 0 and base < 0:
        ratio = exact(node[2], Budget()) if node[0] == "pow" else None
        if node[0] == "root":
            index = exact(node[2], Budget())
            ratio = 1 / index if index else None
        if ratio is not None and ratio.denominator % 2 == 1:
            magnitude = ctx.power(-base, exponent)
            return -magnitude if ratio.numerator % 2 else magnitude
    return ctx.power(base, exponent)


# ----------------------------------------------------------------------------------------------
# Equality tests.

def close(x, y) -> bool:
    return abs(x - y) <= RELATIVE_TOLERANCE * max(abs(x), abs(y))


def sample_points(symbols: frozenset, count: int = 5, *, positive: bool = False) -> list[dict]:
    """Fixed, irrational-looking points; every symbol gets a different value at each point (all of them
    positive when `positive`: the question says the variables are)."""
    ctx = context()
    names = sorted(symbols)
    points = [{name: ctx.mpf(_BASE_POINTS[(j + 2 * k) % len(_BASE_POINTS)]) + ctx.mpf(k) / 7
               for k, name in enumerate(names)} for j in range(count)]
    return [{name: abs(v) for name, v in env.items()} for env in points] if positive else points


def _pairs(a: tuple, b: tuple, budget: Budget, *, positive: bool = False) -> list[tuple]:
    """(a, b, some variable is negative) at the shared points where both evaluate; a, b already guarded."""
    symbols = free_symbols(a) | free_symbols(b)
    pairs = []
    cost = node_count(a) + node_count(b)
    for env in sample_points(symbols, 5 if symbols else 1, positive=positive):
        budget.check("numeric comparison", cost)
        try:
            pairs.append((numeric(a, env), numeric(b, env), any(v < 0 for v in env.values())))
        except NotEvaluable:
            continue
    return pairs


def same_value(a: tuple, b: tuple, budget: Budget, *, positive: bool = False) -> bool | None:
    """a == b as numbers or as functions of their variables; None when they could not be evaluated, or when
    they differ only where a variable is negative (x^{7/4} and x\\sqrt[4]{x^3}, \\ln(A^{1/3}) and \\ln A / 3: equal
    for the positive x the question may assume). With `positive` (the question says so) such pairs are equal."""
    if a == b:
        return True
    if contains(a, "const", "oo") or contains(b, "const", "oo"):
        return False  # equal infinities are equal trees (+oo and oo build the same node)
    guard(a, budget)
    guard(b, budget)
    symbolic = bool(free_symbols(a) | free_symbols(b))
    if not symbolic:
        xa, xb = exact(a, budget), exact(b, budget)
        if xa is not None and xb is not None:
            return xa == xb
    pairs = _pairs(a, b, budget, positive=positive)
    if not pairs or (symbolic and len(pairs) < 2):
        return None
    if all(close(x, y) for x, y, _ in pairs):
        return True
    if contains(a, "fn", "abs") or contains(b, "fn", "abs"):
        return False  # |x| against x: the sign is the point
    on_positives = [close(x, y) for x, y, negative in pairs if not negative]
    return None if len(on_positives) >= 2 and all(on_positives) else False


def proportional(a: tuple, b: tuple, budget: Budget, *, positive: bool = False) -> bool | None:
    """a == c*b for one nonzero constant c (c > 0 when `positive`): equations and inequalities as lhs-rhs."""
    guard(a, budget)
    guard(b, budget)
    ratios = []
    for x, y, _ in _pairs(a, b, budget):
        if x == 0 or y == 0:
            if x != y:
                return False
            continue
        ratios.append(x / y)
    if not ratios or (len(ratios) < 2 and free_symbols(a) | free_symbols(b)):
        return None
    c, ctx = ratios[0], context()
    if positive and not (abs(ctx.im(c)) <= RELATIVE_TOLERANCE * abs(c) and ctx.re(c) > 0):
        return False
    return all(close(r, c) for r in ratios)


def to_fraction(x) -> Fraction | None:
    """An mpmath real as an exact Fraction (for the decimal-tolerance rules of numbers.py)."""
    ctx = context()
    if ctx.im(x) != 0 and abs(ctx.im(x)) > RELATIVE_TOLERANCE * abs(x):
        return None
    man, exp = ctx.mpf(ctx.re(x)).man_exp
    if man is None or abs(int(exp)) > 4 * 10**3:
        return None
    return Fraction(int(man)) * Fraction(2) ** int(exp)
