"""Measurements given as short answers: a number with a unit on each side, compared after converting units
and within the precision each side is written to.

    measure_decision("212 °F", "100 °C")                  # (True, "short.converted")
    measure_decision("299,792,458 m/s", "3.00 × 10^8 m/s") # (True, "short.rounded"): 3.00e8 is to three figures
    measure_decision("212 °F", "100 °C", "... in degrees Celsius?")  # (False, "short.converted"): not the unit asked
    measure_decision("约9.46万亿千米", "9.46×10¹²千米")      # (True, "short.number"): one value and unit (exact)
    measure_decision("1538 K", "1538 °C")                   # None: no conversion the rules know

A match that needed a conversion or a tolerance is never exact: its rule ("short.converted",
"short.rounded") leaves the verdict unsure; the same value and unit written two ways is exact ("short.number").
A value converted from a unit other than the one the question asks is Incorrect, unsure (authors differ: some
accept 212 °F for 100 °C asked in Celsius, some do not). Values that differ after conversion are left to the
exact rules (None).
"""

from __future__ import annotations

import re
from fractions import Fraction

from .latex_layout import APPROXIMATE, clean
from .normalize import clean_output
from .numbers import Quantity, asked_unit, quantity_from_clean
from .units import prefix_free, unit_dimension

_APPROXIMATE = re.compile(rf"^\s*(?:{APPROXIMATE}|some(?![a-zA-Z])|近)\s*", re.IGNORECASE)  # "some 40 kg", 近9万
_ASKED_SCALE = re.compile(r"(?P<f>fahrenheit|华氏)|(?P<c>celsius|centigrade|摄氏)", re.IGNORECASE)
_TEMPERATURES = {"°c": (Fraction(1), Fraction(0)), "°f": (Fraction(5, 9), Fraction(-160, 9))}  # to °C: a*x + b


def without_approximation(text: str) -> str:
    """"about 2800 °F", "≈1538 °C", 约9.46万亿千米: the value without the word that says it is approximate."""
    return _APPROXIMATE.sub("", text)


def _quantity(text: str) -> Quantity | None:
    return quantity_from_clean(clean(clean_output(without_approximation(text.strip().rstrip(".。")))))


def _in_unit(q: Quantity, unit: str) -> Fraction | None:
    """q's value in `unit` (of the same dimension, or both temperatures), else None."""
    if q.unit == unit:
        return q.value
    if q.unit in _TEMPERATURES and unit in _TEMPERATURES:
        (a, b), (c, d) = _TEMPERATURES[q.unit], _TEMPERATURES[unit]
        return (a * q.value + b - d) / c
    mine, theirs = unit_dimension(q.unit), unit_dimension(unit)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return None
    return q.value * mine[1] / theirs[1]


def _half_step(q: Quantity) -> Fraction:
    """Half a unit in the last place written: 3.00e8 -> 5e5, 2800 -> 1/2, 1538.5 -> 1/20."""
    return Fraction(1, 2) * Fraction(10) ** -(q.places or 0)


def _asked(question: str) -> str | None:
    if m := _ASKED_SCALE.search(question):
        return "°f" if m.group("f") else "°c"
    return asked_unit(question)


def measure_decision(pred: str, reference: str, question: str = "") -> tuple[bool, str] | None:
    """(equal?, rule) when both sides are measurements whose units convert into each other and they match, as
    written, after a conversion or within the precision written; None otherwise (no such measurements, or values
    that differ: the exact rules' cases)."""
    qp, qr = _quantity(pred), _quantity(reference)
    if qp is None or qr is None or qp.unit is None or qr.unit is None:
        return None
    value = _in_unit(qp, qr.unit)
    if value is None:
        return None
    if value == qr.value and qp.unit == qr.unit:
        return True, "short.number"  # 约9.46万亿千米 for 9.46×10¹²千米: one value and unit, written two ways (exact)
    if value != qr.value and abs(value - qr.value) > max(_half_step(qr), abs(_in_unit(
            Quantity(value=qp.value + _half_step(qp), unit=qp.unit, places=None), qr.unit) - value)):
        return None
    rule = "short.rounded" if qp.unit == qr.unit else "short.converted"
    asked = _asked(question)
    if asked is not None and prefix_free(qp.unit) != prefix_free(asked) and _in_unit(qp, asked) is not None:
        return False, rule  # "212 °F" when Celsius is asked (101.3 kPa when pascals are asked is the unit asked)
    return True, rule
