"""Number rendering for the procedural cases: fractions, decimals, money, separators, English words, Chinese
numerals (三十六万四千), scientific notation, 万, and signed linear terms."""

from __future__ import annotations

from fractions import Fraction


def frac_plain(x: Fraction) -> str:
    """3, -3, 7/3."""
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


def frac_tex(x: Fraction, d: str = "frac") -> str:
    """3, -\\frac{7}{3}."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    sign = "-" if x < 0 else ""
    return f"{sign}\\{d}{{{abs(x.numerator)}}}{{{x.denominator}}}"


def terminating(x: Fraction) -> bool:
    d = Fraction(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def dec(x: Fraction) -> str:
    """Exact decimal of a terminating fraction: 2.375."""
    x = Fraction(x)
    assert terminating(x), x
    sign = "-" if x < 0 else ""
    x = abs(x)
    whole, rest = divmod(x.numerator, x.denominator)
    digits = ""
    while rest:
        rest *= 10
        q, rest = divmod(rest, x.denominator)
        digits += str(q)
    return f"{sign}{whole}" + (f".{digits}" if digits else "")


def money(x: Fraction) -> str:
    x = Fraction(x)
    cents = x * 100
    assert cents.denominator == 1, x
    c = cents.numerator
    return f"{c // 100}.{c % 100:02d}"


def commas(n: int, sep: str = ",") -> str:
    return f"{n:,}".replace(",", sep)


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words_en(n: int) -> str:
    """English number words: 364000 -> 'three hundred sixty-four thousand'."""
    if n < 0:
        return "minus " + words_en(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("-" + _ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return _ONES[h] + " hundred" + (" " + words_en(r) if r else "")
    for value, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= value:
            q, r = divmod(n, value)
            return words_en(q) + " " + name + (" " + words_en(r) if r else "")
    raise AssertionError(n)


_ZH_DIGITS = "零一二三四五六七八九"


def _zh_group(n: int, leading: bool) -> str:
    """0 < n < 10000 written with 千百十; '一十' is shortened to '十' only at the very start."""
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        if unit == "十" and d == 1 and not out and leading:
            out += "十"
        else:
            out += _ZH_DIGITS[d] + unit
    return out


def zh_num(n: int) -> str:
    """Chinese numerals: 364000 -> 三十六万四千, 10500 -> 一万零五百."""
    if n == 0:
        return "零"
    groups = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    out = ""
    units = ["", "万", "亿", "万亿"]
    pending_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g < 1000):
            out += "零"
        out += _zh_group(g, leading=not out) + units[i]
        pending_zero = False
    return out


def sci_tex(n: int) -> str:
    """364000 -> 3.64 \\times 10^{5} (trailing zeros dropped)."""
    e = len(str(n)) - 1
    mant = Fraction(n, 10**e)
    return f"{dec(mant)} \\times 10^{{{e}}}"


def sci_e(n: int) -> str:
    e = len(str(n)) - 1
    return f"{dec(Fraction(n, 10**e))}e{e}"


def wan(n: int) -> str:
    """364000 -> 36.4万."""
    return f"{dec(Fraction(n, 10000))}万"


def term(c: int, var: str = "x", first: bool = False) -> str:
    """Signed linear term: (3,'x') -> ' + 3x', (-1,'x') -> ' - x'; first=True drops the leading ' + '."""
    mag = "" if abs(c) == 1 and var else str(abs(c))
    s = f"{mag}{var}"
    if first:
        return ("-" if c < 0 else "") + s
    return (" - " if c < 0 else " + ") + s


def lin(a: int, b: int, var: str = "x") -> str:
    out = term(a, var, first=True) if a else ""
    if b:
        out = out + term(b, "") if out else str(b)
    return out or "0"


def mth(a: str) -> str:
    """Wrap a LaTeX-looking answer in $...$ for use inside prose."""
    return f"${a}$" if ("\\" in a or "^" in a) and "$" not in a else a
