"""Spans of years named as a whole: centuries, decades and years before the common era.

    period("the 17th century")  -> (1601, 1700, "century")     period("the 1600s") -> (1600, 1699, "hundreds")
    period("十七世纪")           -> (1601, 1700, "century")     period("the 1960s") -> (1960, 1969, "decade")
    period("44 BC")              -> (-44, -44, "year")           period("公元前221年") -> (-221, -221, "year")
    period("the sixties")        -> (60, 69, "decade_of_any_century")
    period("the third quarter")  -> (3, 3, "quarter")               period("第三季度") -> (3, 3, "quarter")

compare_periods says whether two such spans are the same: "the 1600s" and "the 17th century" are one century
(written as hundreds, 1600-1699, or counted, 1601-1700: graders take them as one), "44 BCE" and "44 BC" one
year, "the sixties" the 1960s when the other side says which century. Anything it does not read whole is None.
"""

from __future__ import annotations

import re

from nanofrontier.xverify.number_words import chinese_integer
from nanofrontier.xverify.short_forms import BEFORE_COMMON_ERA, ordinal_digits

_CENTURY = re.compile(rf"(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+century(?P<bc>\s+{BEFORE_COMMON_ERA})?",
                      re.IGNORECASE)
_CJK_CENTURY = re.compile(r"(?P<bc>公元前|前)?(?:公元)?(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*世纪")
_HUNDREDS = re.compile(r"(?:the\s+)?(?P<y>\d{1,2}00)['’]?s")
_DECADE = re.compile(r"(?:the\s+)?(?P<y>\d{3}0)['’]?s|(?:the\s+)?['’](?P<yy>\d0)s", re.IGNORECASE)
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}
_DECADE_WORD = re.compile(r"(?:the\s+)?(?P<w>" + "|".join(_DECADE_WORDS) + r")", re.IGNORECASE)
_ERA_YEAR = re.compile(rf"(?P<y>\d{{1,4}})\s*(?P<bc>{BEFORE_COMMON_ERA})|(?:公元)?前\s*(?P<zy>\d{{1,4}})\s*年",
                       re.IGNORECASE)
_QUARTER = re.compile(r"(?:the\s+)?(?:Q(?P<q>[1-4])|(?P<n>[1-4])(?:st|nd|rd|th)\s+quarter(?:\s+of\s+the\s+year)?)|"
                      r"第?(?P<zh>[一二三四1-4])季度", re.IGNORECASE)
_REMARK = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")  # "the 1400s (around 1440)": a remark after the span


def period(text: str) -> tuple[int, int, str] | None:
    """(first year, last year, kind) of a text that names one span of years and nothing else; None otherwise.
    Years before the common era are negative."""
    s = _REMARK.sub("", ordinal_digits(text.strip().rstrip(".。"))).strip()
    if m := _CENTURY.fullmatch(s):
        n = int(m.group("n"))
        return (-100 * n, -100 * n + 99, "century") if m.group("bc") else (100 * n - 99, 100 * n, "century")
    if m := _CJK_CENTURY.fullmatch(s):
        n = int(m.group("n")) if m.group("n").isdigit() else chinese_integer(m.group("n"))
        if n is None:
            return None
        return (-100 * n, -100 * n + 99, "century") if m.group("bc") else (100 * n - 99, 100 * n, "century")
    if m := _HUNDREDS.fullmatch(s):
        y = int(m.group("y"))
        return y, y + 99, "hundreds"
    if m := _DECADE.fullmatch(s):
        if m.group("yy"):
            return int(m.group("yy")), int(m.group("yy")) + 9, "decade_of_any_century"
        return int(m.group("y")), int(m.group("y")) + 9, "decade"
    if m := _DECADE_WORD.fullmatch(s):
        d = _DECADE_WORDS[m.group("w").lower()]
        return d, d + 9, "decade_of_any_century"
    if m := _QUARTER.fullmatch(s):  # "Q3", "the third quarter", 第三季度: a quarter of the year (no years)
        q = m.group("q") or m.group("n") or m.group("zh")
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        return q, q, "quarter"
    if m := _ERA_YEAR.fullmatch(s):
        y = -int(m.group("y") or m.group("zy"))
        return y, y, "year"
    return None


def compare_periods(pred: str, reference: str) -> bool | None:
    """Whether two texts name the same span of years (see the module's doc); None unless both are read."""
    a, b = period(pred), period(reference)
    if a is None or b is None:
        return None
    kinds = {a[2], b[2]}
    if "decade_of_any_century" in kinds:
        if kinds <= {"decade", "decade_of_any_century"}:
            return a[0] % 100 == b[0] % 100
        return None
    if kinds == {"century", "hundreds"}:  # "the 1600s" and "the 17th century": the same hundred years
        century, hundreds = (a, b) if a[2] == "century" else (b, a)
        return century[0] - 1 == hundreds[0]
    if len(kinds) > 1:
        return None  # a decade against a century: another span, but not plainly a wrong one
    return a[:2] == b[:2]
