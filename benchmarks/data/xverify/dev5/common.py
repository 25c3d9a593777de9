"""dev5's seeded random source, number forms (fractions, mixed numbers, decimals, Chinese and English number words) and the family registry. Part of gen_dev5.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F
import datetime as dt


R = random.Random(20261207)


def frac_tex(f):
    if f.denominator == 1: return str(f.numerator)
    s = "-" if f < 0 else ""
    return f"{s}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"


def frac_plain(f):
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def mixed(f):
    if abs(f) < 1 or f.denominator == 1: return None
    s = "-" if f < 0 else ""; a = abs(f); w = a.numerator // a.denominator; r = a - w
    return f"{s}{w} {r.numerator}/{r.denominator}"


def term_dec(f):
    d = f.denominator
    while d % 2 == 0: d //= 2
    while d % 5 == 0: d //= 5
    if d != 1: return None
    s = f"{float(f):.6f}".rstrip("0").rstrip(".")
    return s


ZH_NUM = "零一二三四五六七八九"


def zh_int(n):
    if n < 10: return ZH_NUM[n]
    if n < 20: return "十" + (ZH_NUM[n % 10] if n % 10 else "")
    if n < 100: return ZH_NUM[n // 10] + "十" + (ZH_NUM[n % 10] if n % 10 else "")
    return str(n)


NUM_WORDS = ["zero","one","two","three","four","five","six","seven","eight","nine","ten","eleven","twelve",
 "thirteen","fourteen","fifteen","sixteen","seventeen","eighteen","nineteen","twenty"]


def en_words(n):
    if n <= 20: return NUM_WORDS[n]
    tens = ["","","twenty","thirty","forty","fifty","sixty","seventy","eighty","ninety"]
    if n < 100: return tens[n//10] + ("-" + NUM_WORDS[n%10] if n%10 else "")
    return None


# ---------------------------------------------------------------- families
# each returns dict(q, ref, steps, good[list], bad[list of (ans, trap)], kat, ds, lang, unitless_value)
FAM = []


def fam(f): FAM.append(f); return f
