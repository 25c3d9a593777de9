"""Shared helpers: number formatting and output composition (English)."""
from fractions import Fraction
from math import isqrt

SEED = 3333
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def words(n):
    if n < 0:
        return "negative " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    return None


def tex(q):
    q = Fraction(q)
    if q.denominator == 1:
        return str(q.numerator)
    s = "-" if q < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(q.numerator), q.denominator)


def plain(q):
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else "%d/%d" % (q.numerator, q.denominator)


def terminating(q):
    d = Fraction(q).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def dec(q):
    """Exact decimal string of a terminating fraction."""
    q = Fraction(q)
    for nd in range(0, 8):
        v = q * 10 ** nd
        if v.denominator == 1:
            s = str(abs(v.numerator)).rjust(nd + 1, "0")
            out = s if nd == 0 else s[:-nd] + "." + s[-nd:]
            return ("-" if q < 0 else "") + out
    raise ValueError(q)


def approx(x, nd):
    return "%.*f" % (nd, float(x))


def mixed(q):
    q = Fraction(q)
    w, r = divmod(q.numerator, q.denominator)
    return "%d\\frac{%d}{%d}" % (w, r, q.denominator) if w else tex(q)


def simp_sqrt(n):
    a, b = 1, n
    for k in range(isqrt(n), 1, -1):
        if n % (k * k) == 0:
            return k, n // (k * k)
    return a, b


def tex_sqrt(a, b):
    if b == 1:
        return str(a)
    return ("\\sqrt{%d}" % b) if a == 1 else "%d\\sqrt{%d}" % (a, b)


def sgn(v, first=False):
    """Format a signed term: sgn(-3) -> '- 3', sgn(4) -> '+ 4'."""
    v = Fraction(v)
    if first:
        return tex(v)
    return ("- " + tex(-v)) if v < 0 else ("+ " + tex(v))


def poly2(a, b, c, var="x"):
    out = []
    for coef, pw in ((a, 2), (b, 1), (c, 0)):
        if coef == 0:
            continue
        mon = {2: var + "^2", 1: var, 0: ""}[pw]
        mag = abs(coef)
        body = (("" if mag == 1 and pw else str(mag)) + mon)
        if not out:
            out.append(("-" if coef < 0 else "") + body)
        else:
            out.append(("- " if coef < 0 else "+ ") + body)
    return " ".join(out)


def lin(m, b):
    m, b = Fraction(m), Fraction(b)
    if m == 1:
        s = "y = x"
    elif m == -1:
        s = "y = -x"
    else:
        s = "y = %sx" % tex(m)
    if b != 0:
        s += " " + sgn(b)
    return s


def fam(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("check", [])
    return kw
