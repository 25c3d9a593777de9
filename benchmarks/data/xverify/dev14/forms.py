"""dev14's number forms: fractions in LaTeX and text, signs, quadratics, number words. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import math


def fr_tex(f):
    f = F(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = '-' if f < 0 else ''
    return f"{s}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"


def fr_txt(f):
    f = F(f)
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def sgn(n):
    return f"+ {n}" if n >= 0 else f"- {-n}"


def poly2(b, c, var='x'):
    # x^2 + b x + c
    s = f"{var}^2"
    if b:
        s += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}{var}"
    if c:
        s += f" {'+' if c > 0 else '-'} {abs(c)}"
    return s


NUMW = {0: 'zero', 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine',
        10: 'ten', 11: 'eleven', 12: 'twelve', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen',
        17: 'seventeen', 18: 'eighteen', 19: 'nineteen'}


TENS = {2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty', 7: 'seventy', 8: 'eighty', 9: 'ninety'}


def words(n):
    if n < 20:
        return NUMW[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ('' if u == 0 else '-' + NUMW[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return NUMW[h] + ' hundred' + ('' if r == 0 else ' and ' + words(r))
    th, r = divmod(n, 1000)
    return words(th) + ' thousand' + ('' if r == 0 else (' and ' if r < 100 else ' ') + words(r))
