"""Two quantities compared: one number with its unit on each side of a math answer.

    quantities_equal(Quantity(180, "cm^2", None), Quantity(180, None, None), "What is its volume?")
    # (False, "math.unit"): an area's unit where the question asks a volume

    in_question_unit(Quantity(650, "cent", None), Quantity(6.5, None, None), "... pays with $20 ...")  # True

The rule names how sure the match is: "math.number" is exact; "math.unit" (a unit other than the asked one,
another dimension, a conversion the reference does not show, the bare reference converted into the question's
own unit) and "math.rounded" (a match within a rounding) leave the verdict unsure. math_equiv.math_equal calls
this before it parses anything.

Two values written to different precisions that agree at the coarser one ("0.41 mol" for 0.406 mol, "2.51 x 10^5 J"
for 2.5 x 10^5 J) are not a sure mismatch either: graders of science answers differ on significant figures, so
the rule is math.rounded, and the match stands where the answer is the finer one, says it is approximate
("约 5.9 g", "about 3 x 10^23") or is a measure written to significant figures (a unit or scientific notation:
"0.41 mol"). A bare decimal coarser than the reference ("0.13" for 0.125) stays a mismatch (unsure).
"""

from __future__ import annotations

import re
from fractions import Fraction

from .asked_forms import (
    asked_places,
    asked_scale,
    asks_rounding,
    converts_to,
    other_quantity,
    rounded_only,
    within_rounding,
    wrong_unit,
)
from .latex_layout import APPROXIMATE
from .numbers import Quantity, asked_unit, numbers_equal, significant_digits, unit_after
from .units import normalize_unit, unit_dimension

_PERCENT_WORD = re.compile(r"%|percent|per\s+cent|百分|成|rate|share|proportion", re.IGNORECASE)
# The geometric quantity a question asks for, named right after its asking words ("What is its volume?", "Find
# the surface area", 求面积) or before 是多少 (它的体积是多少): not a measure it gives ("whose base area is 20").
_MEASURE = (r"(?:(?P<volume>volume|capacity)|(?P<area>(?:surface\s+)?area)|(?P<length>perimeter|circumference|"
            r"length|distance|height|width|radius|diameter|side\s+length)|(?P<volume_zh>体积|容积)|(?P<area_zh>面积)|"
            r"(?P<length_zh>周长|长度|距离|高度|半径|直径|边长))")
_ASKED_MEASURES = (
    re.compile(r"(?:\b(?:what\s+is|what's|find|calculate|compute|determine|work\s+out)\s+(?:the\s+|its\s+|their\s+|"
               rf"this\s+)?(?:total\s+|new\s+)?|求|计算|算出)(?:[^\s,.?;，。？；]+的)?{_MEASURE}\b", re.IGNORECASE),
    re.compile(rf"{_MEASURE}\s*(?:是|为|有)?\s*多少", re.IGNORECASE))
_MEASURE_DIMENSION = {"volume": "volume", "area": "length^2", "length": "length"}


# An answer that says it is approximate before its number: "约 5.9 g", "≈ 12.7%", "about 3 × 10^23".
_APPROXIMATE = re.compile(rf"^[^\d]{{0,12}}?(?<![a-zA-Z]){APPROXIMATE}", re.IGNORECASE)


def says_approximate(answer: str) -> bool:
    """The answer marks its number as approximate ("约 5.9 g", "\\approx 0.41", "about 3 × 10^23")."""
    return _APPROXIMATE.search(answer[:40]) is not None


def quantities_equal(qp: Quantity, qr: Quantity, question: str, *, exact_angle: bool = False,
                     approximate: bool = False, bare: bool = False) -> tuple[bool, str]:
    """(equal?, rule) for a predicted and a reference quantity; `exact_angle`: one side is in degrees and minutes,
    so only an exact match counts; `approximate`: the answer says its number is approximate; `bare`: the answer is
    a number and nothing else."""
    if bare and qr.unit is not None and (scale := asked_scale(question)) and qp.value * scale == qr.value:
        return True, "math.asked_scale"  # "180" for 180万元 when 多少万元 is asked: counted in the scale asked (unsure)
    asked = asked_unit(question)
    rule = "math.unit" if wrong_unit(qp, qr, asked) or other_quantity(qp, qr) else "math.number"
    equal = numbers_equal(qp, qr, asked, rounding=asks_rounding(question))
    if exact_angle:
        equal = qp.value == qr.value and (qp.unit == qr.unit or None in (qp.unit, qr.unit))
    elif not equal and rule == "math.number" and (finer := coarser_agreement(qp, qr)) is not None:
        if finer == "reference" and qp.unit == qr.unit and (places := asked_places(question)) is not None \
                and qp.places is not None and 0 <= qp.places < places:
            return False, "math.rounded"  # "4.0 s" for 3.99 s asked to two decimal places: not the rounding asked
        return approximate or finer == "answer" or measured(qp), "math.rounded"  # "0.41 mol" for 0.406 mol
    if not equal and converts_to(qp, qr):
        rule = "math.unit"  # "2500 cm^2" for 0.25 (m^2): the value in a unit the reference does not show
        equal = in_question_unit(qp, qr, question)  # "650 cents" for 6.5 when the question counts in dollars
    if equal and {qp.unit, qr.unit} == {"%", None} and qp.value == qr.value and not _PERCENT_WORD.search(question):
        rule = "math.unit"  # "5%" for 5 when no share is asked: 5% is also 0.05
    if equal and rule == "math.number" and not exact_angle and within_rounding(qp, qr, question):
        equal, rule = not rounded_only(qp, qr, question), "math.rounded"  # "0.9167" for 11/12 (unsure)
    if equal and qr.unit is None and other_measure(qp, question):
        equal, rule = False, "math.unit"  # "180 cm^2" for a volume of 180: the number, not the quantity asked
    return equal, rule


def measured(q: Quantity) -> bool:
    """A measure written to significant figures: with a unit or in scientific notation, and two figures or more
    ("0.41 mol", "3.0 × 10^23"); a bare decimal ("0.13") is a value of its own."""
    if q.places is None or (q.unit is None and q.places >= 0):
        return False
    return significant_digits(q.value, q.places) >= 2


def coarser_agreement(qp: Quantity, qr: Quantity) -> str | None:
    """Which side is written finer ("answer" or "reference") when the two are written to different precisions
    and agree once the finer one is rounded to the coarser one's last place: 0.41 and 0.406, 2.51e5 J and 2.5e5 J,
    251 kJ and 2.5e5 J. None when they do not agree so, when the coarser side writes no decimals (an integer may
    be exact) or when their units do not convert."""
    if qp.mixed or qr.mixed or None not in (qp.unit, qr.unit) and qp.unit != qr.unit \
            and (unit_dimension(qp.unit) or (None,))[0] != (unit_dimension(qr.unit) or (0,))[0]:
        return None
    sides = []
    for q, other in ((qp, qr), (qr, qp)):
        factor = unit_dimension(q.unit)[1] if q.unit and other.unit and q.unit != other.unit else 1
        sides.append((q.value * factor, Fraction(10) ** -(q.places or 0) * factor, q.places is not None))
    (vp, up, _), (vr, ur, _) = sides
    if up == ur:
        return None
    (coarse, ulp, written), other = (sides[0], vr) if up > ur else (sides[1], vp)
    if not written or coarse == 0 or abs(coarse - other) > ulp / 2:
        return None
    return "reference" if up > ur else "answer"


def other_measure(q: Quantity, question: str) -> bool:
    """The quantity's unit is a length, an area or a volume, and the question asks for another of the three
    ("180 cm^2" when "What is its volume?" is asked)."""
    if q.unit is None or (dimension := unit_dimension(q.unit)) is None:
        return False
    if dimension[0] not in _MEASURE_DIMENSION.values():
        return False
    named = [m.lastgroup for pattern in _ASKED_MEASURES for m in pattern.finditer(question[-400:])]
    if len(set(named)) != 1:
        return False  # no measure asked, or several
    asked = _MEASURE_DIMENSION[named[0].removesuffix("_zh")]
    return dimension[0] != asked


_QUESTION_NUMBER = re.compile(r"(?P<currency>[$€£¥])?\s?\d[\d,]*(?:\.\d+)?")


def question_units(question: str) -> set[str]:
    """The units the question states its numbers in: "$2.25 each" -> {"$"}, "11 cm by 8 cm" -> {"cm"}."""
    units = set()
    for m in _QUESTION_NUMBER.finditer(question[-2000:]):
        if m.group("currency"):
            units.add(normalize_unit(m.group("currency")))
        if (word := unit_after(question[-2000:][m.end():m.end() + 30])) is not None:
            units.add(normalize_unit(word))
    return {unit for unit in units if unit}


def in_question_unit(qp: Quantity, qr: Quantity, question: str) -> bool:
    """A bare reference is the prediction converted into a unit the question states its numbers in (or the
    square or cube of that length): "650 cents" for 6.5 when the prices are in dollars, "0.352 L" for 352 when
    the sides are in cm. The reference's unit is then read from the question, so the match stays unsure."""
    if qp.unit is None or qr.unit is not None or (mine := unit_dimension(qp.unit)) is None:
        return False
    for unit in question_units(question):
        for candidate in (unit, f"{unit}^2", f"{unit}^3"):
            theirs = unit_dimension(candidate)
            if theirs is not None and theirs[0] == mine[0] and qp.value * mine[1] / theirs[1] == qr.value:
                return True
    return False

