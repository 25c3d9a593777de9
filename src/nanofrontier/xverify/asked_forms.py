"""What a question asks of its answer's form, beyond its value: a unit, an exact value, a complete
factorization, a rounding, or a form (simplified, expanded, scientific notation).

    asks_rounding("Give the probability to the nearest hundredth.")    # True: 0.13 may stand for 0.125
    asks_exact("Express the area in terms of pi.")                     # True: 78.54 does not stand for 25\\pi
    asks_factoring("Factor completely: x^3 - 4x.")                     # True: x(x^2-4) is not finished
    asks_form("Simplify $\\sqrt{72}$.")                                 # True: 3\\sqrt{8} is not what was asked
    asks_positive("For $x > 0$, simplify ...")                         # True: compared where x > 0
    factor_count(node_of("x(x-2)(x+2)"))                               # 3
    wrong_unit(Quantity(0.1, "h"), Quantity(6, "min"), "min")           # True: minutes were asked
    within_rounding(Quantity(0.9167), Quantity(11/12), question)       # True: equal only within a rounding
    unfinished_form("Write 0.00052 in scientific notation.", "52 \\times 10^{-5}")   # the mantissa is not in [1, 10)

math_equiv.py applies them (a match only within a rounding is rule math.rounded); a verdict they decide is
unsure (they read the question, not the answer alone). A unit other than the one asked only makes the verdict
unsure: graders differ on whether 0.1 h answers "how many minutes".
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from functools import lru_cache

from .expression import exact, free_symbols
from .numbers import Quantity, asked_unit, is_rounded, significant_digits
from .units import unit_dimension, unit_factors

_ROUNDING_RE = re.compile(r"\bround(?:ed|ing)?\b|\bnearest\b|\bdecimal\s+places?\b|\bsignificant\b|\bapproximat|"
                          r"\bestimate|\bto\s+(?:one|two|three|four|\d)\s+(?:decimal|d\.p\.|places)|"
                          r"保留|精确到|四舍五入|约|近似|估算", re.IGNORECASE)
_EXACT_RE = re.compile(r"in\s+terms\s+of\s+\$?\s*(?:\\pi|π|pi)\b|\bexactly\b|"
                       r"\bexact\b(?!\s+(?:number|count|time|date|day))|"
                       r"simplest\s+(?:radical|surd)\s+form|\bradical\s+form|用\s*\$?\s*(?:\\pi|π)\s*\$?\s*表示|保留\s*\$?\s*(?:\\pi|π)|"
                       r"精确值",
                       re.IGNORECASE)
# A form asked beyond the value: simplified, expanded, in lowest terms, in scientific notation.
_FORM_RE = re.compile(r"\bsimplif|\bsimplest\b|\blowest\s+terms\b|\bexpand\b|\bscientific\s+notation\b|"
                      r"\bstandard\s+form\b|化简|最简|展开|科学记数法|科学计数法", re.IGNORECASE)
_FACTOR_RE = re.compile(r"\bfactor(?:ize|ise|ing)?\b(?!\s+of)|\bfactorization\b|因式分解|分解因式", re.IGNORECASE)


# The question says its variables are positive: "For x > 0", "A > 0", "a, b > 0", "all letters are positive", 均为正数
_POSITIVE_RE = re.compile(r"\b[a-zA-Z](?:\s*,\s*[a-zA-Z])*\s*(?:>|\\gt)\s*0(?![.\d])|\b(?:are|is|be)\s+(?:all\s+)?"
                          r"positive\b|\bpositive\s+(?:real\s+)?(?:numbers|constants|reals)\b|[a-zA-Z]\s*(?:>|\\gt)\s*0\s*[)）]|"
                          r"[a-zA-Z]\s*[>＞]\s*0|(?:均|都|皆)(?:为|是)正|为正数|是正数|大于\s*0|大于零", re.IGNORECASE)


def asks_positive(question: str) -> bool:
    """The question says its variables are positive (then x^{7/4} is x\\sqrt[4]{x^3})."""
    return bool(_POSITIVE_RE.search(question))


_PAIR_RE = re.compile(r"\bordered\s+(?:pair|triple)|\bcoordinates\b|\b(?<!decimal )point\b|"
                      r"\(\s*x\s*,\s*y\s*(?:,\s*z\s*)?\)|\bsystem\b|坐标|有序数对|方程组|交点", re.IGNORECASE)


def asks_pair(question: str) -> bool:
    """The question asks for a point or a solution of several unknowns: "[-6, -3]" then lists its coordinates."""
    return bool(_PAIR_RE.search(question))


@lru_cache(maxsize=4096)
def asks_rounding(question: str) -> bool:
    """The question asks for a rounded value ("to the nearest tenth", "2 decimal places", 保留两位小数)."""
    return _ROUNDING_RE.search(question[-3000:]) is not None


_PLACES_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4,
                 "tenth": 1, "hundredth": 2, "thousandth": 3, "十分位": 1, "百分位": 2, "千分位": 3}
_PLACES_RE = re.compile(r"\b(?P<n>one|two|three|four|[1-4])\s+decimal\s+places?\b|\bnearest\s+(?P<nth>tenth|hundredth|"
                        r"thousandth)\b|保留\s*(?P<zh>[一两二三四1-4])\s*位小数|精确到\s*(?P<pos>十分位|百分位|千分位)",
                        re.IGNORECASE)


_SCALE_ASKED = re.compile(r"多少\s*(?P<zh>万|亿)|\bin\s+(?P<en>thousands|millions|billions)\b|"
                          r"\bhow\s+many\s+(?P<how>thousand|million|billion)s?\b", re.IGNORECASE)
_SCALES = {"万": 10**4, "亿": 10**8, "thousand": 10**3, "million": 10**6, "billion": 10**9}


@lru_cache(maxsize=4096)
def asked_scale(question: str) -> int | None:
    """The scale the question counts its answer in (多少万元, "in millions", "how many thousand"), or None."""
    if m := _SCALE_ASKED.search(question[-2000:]):
        word = (m.group("zh") or m.group("en") or m.group("how")).lower()
        return _SCALES[word.rstrip("s")]
    return None


@lru_cache(maxsize=4096)
def asked_places(question: str) -> int | None:
    """The decimal places the question asks the answer to be written to ("to two decimal places", "nearest
    hundredth", 保留两位小数); None when it asks none."""
    if m := _PLACES_RE.search(question[-3000:]):
        word = next(g for g in m.groups() if g)
        return int(word) if word.isdigit() else _PLACES_WORDS[word.lower()]
    return None


@lru_cache(maxsize=4096)
def asks_exact(question: str) -> bool:
    """The question asks for an exact form ("in terms of pi", "simplest radical form", 用π表示)."""
    return _EXACT_RE.search(question[-3000:]) is not None and not asks_rounding(question)


@lru_cache(maxsize=4096)
def asks_form(question: str) -> bool:
    """The question asks for a form of the value ("Simplify", "Expand", "in lowest terms", 科学记数法): an answer
    of the same value in another form may not be what was asked."""
    return _FORM_RE.search(question[-3000:]) is not None


@lru_cache(maxsize=4096)
def asks_factoring(question: str) -> bool:
    return _FACTOR_RE.search(question[-3000:]) is not None


def factor_count(node: tuple) -> int:
    """Non-constant factors of a product, a power counted by its exponent: x(x-2)(x+2) -> 3, (x+1)^2 -> 2."""
    if not free_symbols(node):
        return 0
    if node[0] == "neg":
        return factor_count(node[1])
    if node[0] == "mul":
        return sum(factor_count(child) for child in node[1])
    if node[0] == "pow" and node[2][0] == "num" and node[2][1].denominator == 1 and node[2][1] > 0:
        return int(node[2][1]) * factor_count(node[1])
    return 1


def wrong_unit(pred: Quantity, ref: Quantity, asked: str | None) -> bool:
    """The prediction states a unit of the asked dimension other than the asked one ("0.1 h" when minutes were
    asked, the reference being in minutes or bare): the value may convert, but it is not what was asked."""
    if asked is None or pred.unit is None or pred.unit == asked or ref.unit not in (None, asked) or pred.mixed:
        return False  # "1 hour 45 minutes" names the minutes it has
    mine, wanted = unit_dimension(pred.unit), unit_dimension(asked)
    return mine is not None and wanted is not None and mine[0] == wanted[0]


def converts_to(pred: Quantity, ref: Quantity) -> bool:
    """A different number that is the bare reference in another unit of the prediction's dimension ("2500 cm^2"
    for 0.25 asked in m^2): the value may be right, written in a unit the reference does not show."""
    if pred.unit is None or ref.unit is not None or pred.value == ref.value or not ref.value:
        return False
    dimension = unit_dimension(pred.unit)
    return dimension is not None and pred.value * dimension[1] / ref.value in unit_factors(dimension[0])


def other_quantity(pred: Quantity, ref: Quantity) -> bool:
    """The same number in a unit of another dimension ("60 km" for 60 km/h, "12 apples" for 12 pears), or a share
    in a unit that does not convert to percent ("7.5折" for 75%): a slip of extraction or of wording more often
    than a wrong value, so a verdict it decides is unsure."""
    if pred.unit is None or ref.unit is None or pred.unit == ref.unit:
        return False
    if "%" in (pred.unit, ref.unit) and None in (unit_dimension(pred.unit), unit_dimension(ref.unit)):
        return True  # "7.5折", "二成五" for 75%: a share in a unit the rules do not convert
    if pred.value != ref.value:
        return False
    mine, theirs = unit_dimension(pred.unit), unit_dimension(ref.unit)
    return mine is None or theirs is None or mine[0] != theirs[0]


def within_rounding(pred: Quantity, ref: Quantity, question: str) -> bool:
    """Numbers that matched only within a rounding ("0.9167" or "0.33" for 11/12 or 1/3, "3.14" for 3.1416): the
    comparison needed a tolerance, so a grader's reading decides. Not when the question asks to round and the
    answer is the reference rounded to the places it shows, nor for units of their own (converted, not rounded)."""
    if (pred.unit is not None and ref.unit is not None and pred.unit != ref.unit) or pred.mixed or ref.mixed:
        return False
    if (unit := pred.unit or ref.unit) not in (None, "%") and None in (pred.unit, ref.unit) \
            and asked_unit(question) not in (None, unit):
        return False  # "1.75 h" for 105 when minutes were asked: converted, not rounded
    scales = {Fraction(1), Fraction(1, 100), Fraction(100)} if "%" in (pred.unit, ref.unit) else {Fraction(1)}
    if any(pred.value * s == ref.value for s in scales):
        return False
    if pred.places is not None and ref.places is not None and pred.places < ref.places:
        return True  # "3.14" for 3.142: coarser than the reference, which shows the precision asked
    if pred.places is not None and pred.places >= 0 and asks_rounding(question):
        unit = Fraction(10) ** -pred.places
        return not any(math.floor(ref.value / s / unit + Fraction(1, 2)) * unit == pred.value for s in scales)
    return True


def rounded_only(pred: Quantity, ref: Quantity, question: str) -> bool:
    """A decimal that matches an exact reference only within a rounding the question did not ask for ("0.17"
    for 1/6, "0.9167" for 11/12, bare numbers of fewer than six digits), or one coarser than a decimal
    reference when no rounding is asked ("0.13" for 0.125): not the value."""
    if not within_rounding(pred, ref, question) or pred.places is None or ref.shown is not None:
        return False
    if ref.places is None:  # a measure with a unit is customarily rounded ("16.67 m/s" for 50/3 m/s), and so
        return not asks_rounding(question) and pred.unit is None and ref.unit is None \
            and significant_digits(pred.value, pred.places) < 6  # is a calculator's reading (14.333333)
    return 0 <= pred.places < ref.places and not asks_rounding(question)  # asked: still unsure (math.rounded)


_SCIENTIFIC_RE = re.compile(r"scientific\s+notation|科学[记计]数法", re.IGNORECASE)
_MANTISSA_RE = re.compile(r"^\s*\$?\s*(-?\d+(?:\.\d+)?)\s*(?:\\times|×|\\cdot|\*|x)\s*10\s*\^")


def unfinished_form(question: str, answer: str) -> str | None:
    """Why the answer is not in the form the question asks, read from the answer alone: a mantissa outside
    [1, 10) when scientific notation is asked ("52 \\times 10^{-5}"); None when nothing shows. (An unsimplified
    radical, "\\sqrt{117}" for 3\\sqrt{13}, stays a judge's call: graders differ; caveats makes it unsure.)"""
    if _SCIENTIFIC_RE.search(question[-3000:]) and (m := _MANTISSA_RE.match(answer)):
        if not 1 <= abs(float(m.group(1))) < 10:
            return "the mantissa is not between 1 and 10"
    return None


def rounded_against_exact(pred, ref, budget) -> bool:
    """One side a rounded decimal, the other a constant expression of another exact value ("1.414" against
    \\sqrt{2}, "0.785" against \\pi/4): they matched within a rounding only. `pred`, `ref`: shapes.Value."""
    if (pred.quantity is None) == (ref.quantity is None):
        return False
    said, other = (pred.quantity, ref.node) if pred.quantity else (ref.quantity, pred.node)
    return is_rounded(said) and not free_symbols(other) and exact(other, budget) != said.value
