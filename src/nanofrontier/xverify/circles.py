"""Circles given by their centre and radius, in words or as an equation, compared by (centre, radius).

    circle_of("center (2, -3), radius 5")               # (2, -3, 5)
    circle_of("C=(2,-3), r=5"), circle_of("圆心(2,-3)，半径5")
    circle_of("(x-2)^2+(y+3)^2=25, i.e. centre (2,-3), r=5")  # (2, -3, 5): the equation and the words agree
    circle_of("(x-2)^2+(y+3)^2=25")                     # (2, -3, 5)
    circle_of("(2, -3)")                                 # None: a point, no radius

Reading a circle out of words is a judgement about which numbers are which, so a verdict decided here is unsure
(rule "math.circle"); math_answers.compare_math asks only when the exact rules did not find the answers equal.
"""

from __future__ import annotations

import re
from fractions import Fraction

_NUM = r"[-−]?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?"
_POINT = re.compile(rf"[(（]\s*(?P<a>{_NUM})\s*[,，]\s*(?P<b>{_NUM})\s*[)）]")
# "radius 5", "r = 5", 半径为5, "\text{radius } \sqrt{25}"
_RADIUS = re.compile(rf"(?:\bradius\b(?:\s+(?:of|is|=|equal\s+to))?|\br\s*=|半径\s*(?:为|是|=|：|:)?)"
                     rf"\s*\}}?\s*[:：]?\s*(?:(?P<r>{_NUM})(?![\d./])|\\sqrt\s*\{{\s*(?P<root>\d+)\s*\}})",
                     re.IGNORECASE)
_CENTRE_WORD = re.compile(r"\bcent(?:er|re)\b|\bC\s*=|圆心|中心", re.IGNORECASE)
_EQUATION = re.compile(r"\(\s*x\s*(?P<sa>[-+−])\s*(?P<a>\d+(?:\.\d+)?)\s*\)\s*\^\s*\{?2\}?\s*\+\s*"
                       r"\(\s*y\s*(?P<sb>[-+−])\s*(?P<b>\d+(?:\.\d+)?)\s*\)\s*\^\s*\{?2\}?\s*=\s*(?P<rr>\d+(?:\.\d+)?)")


def _number(text: str) -> Fraction:
    return Fraction(re.sub(r"\s+", "", text.replace("−", "-")))


def _square_root(value: Fraction) -> Fraction | None:
    num, den = value.numerator, value.denominator
    rn, rd = round(num ** 0.5), round(den ** 0.5)
    return Fraction(rn, rd) if rn * rn == num and rd * rd == den else None


def circle_of(text: str) -> tuple[Fraction, Fraction, Fraction] | None:
    """(centre x, centre y, radius) that the text states, or None. When it states the circle twice (an equation
    and words), the two must agree."""
    found = []
    if m := _EQUATION.search(text):
        radius = _square_root(_number(m.group("rr")))
        sign = {"-": 1, "−": 1, "+": -1}
        if radius is not None:
            found.append((sign[m.group("sa")] * _number(m.group("a")), sign[m.group("sb")] * _number(m.group("b")),
                          radius))
    rest = _EQUATION.sub(" ", text)
    point, radius = _POINT.search(rest), _RADIUS.search(rest)
    r = (_number(radius.group("r")) if radius.group("r") else _square_root(_number(radius.group("root")))) \
        if radius else None
    if point and r is not None and (_CENTRE_WORD.search(rest) or re.search(r"\br\s*=|半径", rest)):
        found.append((_number(point.group("a")), _number(point.group("b")), r))
    if not found or any(f != found[0] for f in found):
        return None
    return found[0]
