"""Shared helpers for the dev38 builder (standard library only)."""
from fractions import Fraction
import math


def F(a, b=1):
    return Fraction(a, b)


def ftex(x):
    """LaTeX form of a Fraction/int."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    return f"{s}\\frac{{{abs(x.numerator)}}}{{{x.denominator}}}"


def fplain(x):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    return f"{x.numerator}/{x.denominator}"


def fdec(x):
    """Exact decimal string if terminating, else None."""
    x = Fraction(x)
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return None
    s = f"{float(x):.10f}".rstrip("0").rstrip(".")
    return s


def simp_sqrt(n):
    """Return (k, m) with sqrt(n) = k*sqrt(m), m squarefree."""
    k, m = 1, n
    f = 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def sqrt_tex(n):
    k, m = simp_sqrt(n)
    if m == 1:
        return str(k)
    return (f"{k}\\sqrt{{{m}}}" if k != 1 else f"\\sqrt{{{m}}}")


def sgn_term(c, var, first=False):
    """Render c*var as a signed polynomial term."""
    if c == 0:
        return ""
    mag = abs(c)
    coef = "" if (mag == 1 and var) else str(mag)
    body = f"{coef}{var}"
    if first:
        return ("-" if c < 0 else "") + body
    return (" - " if c < 0 else " + ") + body


def poly(coeffs, var="x"):
    """coeffs from highest degree down."""
    n = len(coeffs) - 1
    out = ""
    for i, c in enumerate(coeffs):
        d = n - i
        v = "" if d == 0 else (var if d == 1 else f"{var}^{d}")
        t = sgn_term(c, v, first=(out == ""))
        out += t
    return out or "0"


def signed(n):
    return f"- {abs(n)}" if n < 0 else f"+ {n}"


def par(n):
    return f"({n})" if n < 0 else str(n)


def S(en, zh=None):
    """A reasoning step in two languages. Text may hold «inline math»;
    a step starting with '==' is a display equation."""
    return (en, zh if zh is not None else en)


def distinct(vals, avoid):
    out = []
    for v in vals:
        if v not in out and v not in avoid:
            out.append(v)
    return out


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2
