"""Shared helpers for the dev17 generator (number formatting, Chinese numerals, wrappers)."""
from fractions import Fraction
import math

CN_DIG = "零一二三四五六七八九"


def cn_int(n):
    """Chinese numeral for a non-negative integer < 10**12 (e.g. 3500 -> 三千五百)."""
    if n == 0:
        return "零"
    units = ["", "十", "百", "千"]

    def four(x):
        s = ""
        zero = False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += "零"
                    zero = False
                s += CN_DIG[d] + units[i]
        return s

    parts = []
    yi, rest = divmod(n, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    if ge:
        if (yi or wan) and ge < 1000:
            out += "零"
        out += four(ge)
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_dec(s):
    """'12.5' -> 十二点五"""
    if "." in s:
        a, b = s.split(".")
        return cn_int(int(a)) + "点" + "".join(CN_DIG[int(c)] for c in b)
    return cn_int(int(s))


FW = str.maketrans("0123456789.,:()+-=ABCDEFGHIJ/%", "０１２３４５６７８９．，：（）＋－＝ＡＢＣＤＥＦＧＨＩＪ／％")


def fw(s):
    return s.translate(FW)


def fnum(x):
    """Pretty a Fraction/int/float as decimal string without trailing zeros."""
    if isinstance(x, Fraction):
        if x.denominator == 1:
            return str(x.numerator)
        x = float(x)
    s = ("%.6f" % x).rstrip("0").rstrip(".")
    return s if s != "-0" else "0"


def frac_tex(f):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    sign = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (sign, abs(f.numerator), f.denominator)


def terminating(f):
    d = Fraction(f).denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return d == 1


EN_NUM = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_words(n):
    if n < 20:
        return EN_NUM[n]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_NUM[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return EN_NUM[h] + " hundred" + (" " + en_words(r) if r else "")
    th, r = divmod(n, 1000)
    return en_words(th) + " thousand" + (" " + en_words(r) if r else "")
