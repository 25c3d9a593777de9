"""Shared helpers for the dev3 generators: number formatting (words, Chinese
numerals, separators, fractions, money).

Standard library only.  Every random choice goes through an explicit
random.Random instance so that rebuilding is byte-for-byte deterministic.
"""
from fractions import Fraction


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


# ---------------------------------------------------------------- numbers
ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _w3(n, use_and):
    parts = []
    if n >= 100:
        parts.append(ONES[n // 100] + " hundred")
        n %= 100
        if n and use_and:
            parts.append("and")
    if n >= 20:
        parts.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n > 0:
        parts.append(ONES[n])
    return " ".join(parts)


def words_en(n, use_and=False):
    """Integer to English words (|n| < 10**12)."""
    if n < 0:
        return "minus " + words_en(-n, use_and)
    if n < 20:
        return ONES[n]
    out = []
    for div, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= div:
            out.append(_w3(n // div, use_and) + " " + name)
            n %= div
    if n:
        if out and use_and and n < 100:
            out.append("and")
        out.append(_w3(n, use_and))
    return " ".join(out)


ZD = "零一二三四五六七八九"


def _zh4(g):
    out, zero = "", False
    for p, u in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = g // p % 10
        if d == 0:
            if out:
                zero = True
        else:
            if zero:
                out += "零"
                zero = False
            out += ZD[d] + u
    return out


def int_zh(n):
    """Integer to Chinese numerals, e.g. 1005 -> 一千零五, 120000 -> 十二万."""
    if n < 0:
        return "负" + int_zh(-n)
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    names = ["", "万", "亿", "万亿"]
    s, need_zero = "", False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            need_zero = True
            continue
        if s and (need_zero or g < 1000):
            s += "零"
        s += _zh4(g) + names[i]
        need_zero = False
    if s.startswith("一十"):
        s = s[1:]
    return s


def sep(n, style=","):
    """Thousands separators: ',' US, '.' German, ' ' SI (thin space), 'in' Indian."""
    neg = n < 0
    s = str(abs(n))
    if style == "in":
        if len(s) > 3:
            head, tail = s[:-3], s[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            if head:
                groups.insert(0, head)
            s = ",".join(groups) + "," + tail
    else:
        groups = []
        while len(s) > 3:
            groups.insert(0, s[-3:])
            s = s[:-3]
        groups.insert(0, s)
        s = ({"thin": "\u2009", "nbsp": "\u00a0"}.get(style, style)).join(groups)
    return ("-" if neg else "") + s


def dec(F, places=None):
    """Exact decimal string of a Fraction, or None if it does not terminate."""
    F = Fraction(F)
    q = F.denominator
    k = 0
    while k <= 12 and (10**k) % q:
        k += 1
    if (10**k) % q:
        return None
    if places is not None and places > k:
        k = places
    n = abs(F.numerator) * (10**k // q)
    s = str(n)
    if k:
        s = s.rjust(k + 1, "0")
        s = s[:-k] + "." + s[-k:]
    return ("-" if F < 0 else "") + s


def frac(F, style="slash"):
    """Format a Fraction: slash, latex, dfrac, tfrac, mixed, mixed_latex, zh, dec."""
    F = Fraction(F)
    if F.denominator == 1:
        return int_zh(F.numerator) if style == "zh" else str(F.numerator)
    neg = "-" if F < 0 else ""
    p, q = abs(F.numerator), F.denominator
    if style == "slash":
        return f"{neg}{p}/{q}"
    if style in ("latex", "dfrac", "tfrac"):
        return f"{neg}\\{style if style != 'latex' else 'frac'}{{{p}}}{{{q}}}"
    if style == "mixed":
        return f"{neg}{p // q} {p % q}/{q}" if p > q else f"{neg}{p}/{q}"
    if style == "mixed_latex":
        return f"{neg}{p // q}\\frac{{{p % q}}}{{{q}}}" if p > q else f"{neg}\\frac{{{p}}}{{{q}}}"
    if style == "zh":
        core = f"{int_zh(q)}分之{int_zh(p)}"
        if p > q:
            core = f"{int_zh(p // q)}又{int_zh(q)}分之{int_zh(p % q)}"
        return ("负" if neg else "") + core
    if style == "dec":
        return dec(F)
    raise ValueError(style)


def money(cents, style="us"):
    d, c = divmod(cents, 100)
    if style == "us":
        return f"${sep(d)}.{c:02d}"
    if style == "us_short":
        return f"${sep(d)}" + (f".{c:02d}".rstrip("0") if c else "")
    if style == "bare":
        return f"{d}" + (f".{c:02d}".rstrip("0") if c else "")
    if style == "words":
        return f"{d} dollars" + (f" and {c} cents" if c else "")
    if style == "usd":
        return f"USD {sep(d)}.{c:02d}"
    if style == "eu":
        return f"{sep(d, '.')},{c:02d} $"
    if style == "fr":
        return f"{sep(d, 'nbsp')},{c:02d}\u00a0$"
    if style == "dollars":
        return f"{sep(d)}.{c:02d} dollars"
    if style == "yuan":
        return f"{d}" + (f".{c:02d}".rstrip("0") if c else "") + "元"
    if style == "yuan_sym":
        return f"¥{d}.{c:02d}"
    if style == "yuan_jiao":
        j, f = divmod(c, 10)
        return f"{d}元" + (f"{j}角" if j else "") + (f"{f}分" if f else "")
    if style == "rmb":
        return f"{d}.{c:02d} 元人民币"
    raise ValueError(style)
