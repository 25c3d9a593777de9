"""Times of day written in words, as minutes after midnight.

    spoken_time("ten minutes to seven in the evening")     -> 1130   (18:50)
    spoken_time("a quarter past six in the morning")        -> 375    (6:15)
    spoken_time("The train arrives at one o'clock in the afternoon")  -> 780
    spoken_time("高铁在上午八点三刻到达")                     -> 525    (8:45)
    spoken_time("晚上七点半")                                 -> 1170

The time must be said once in the text (two times are None: which one is the answer is a judge's call). A time
without morning, afternoon or evening is read as written (a 12-hour time stays before noon), as numbers.py reads
"3:40"; math_equiv compares such a reading only when it is not half a day from the reference.
"""

from __future__ import annotations

import re

from nanofrontier.xverify.number_words import chinese_integer
from nanofrontier.xverify.numbers import clock_minutes
from nanofrontier.xverify.short_forms import english_number_words

_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_HOUR = "|".join(_HOUR_WORDS) + r"|1[0-2]|[1-9]"
_MINUTES = r"(?P<minutes>a\s+quarter|quarter|half|[a-z]+(?:[-\s][a-z]+)?\s+minutes?|\d{1,2}\s+minutes?)"
_EN_TIME = re.compile(rf"\b(?:{_MINUTES}\s+(?P<dir>past|after|to|before)\s+(?P<hour>{_HOUR})|"
                      rf"(?P<whole>{_HOUR})\s+o['’]?clock)"
                      r"(?:\s+(?:in\s+the\s+(?P<half>morning|afternoon|evening)|at\s+(?P<night>night)|"
                      r"(?P<ampm>[ap])\.?m\.?))?", re.IGNORECASE)
_ZH_TIME = re.compile(r"(?P<half>凌晨|早上|上午|中午|下午|傍晚|晚上)?"
                      r"(?P<hour>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})点"
                      r"(?:(?P<quarters>[一二两三])刻|(?P<half_hour>半)|(?P<minutes>[0-9]{1,2}|[一二三四五六七八九十]{1,3})分?)?")
_AFTERNOON = {"afternoon", "evening", "night", "p", "下午", "傍晚", "晚上", "中午"}


CLOCK_IN_TEXT = re.compile(r"(?:上午|下午|晚上|中午)?\d{1,2}[:：]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?![\d:])")


def time_in_text(text: str) -> int | None:
    """The one time of day a sentence states, in digits ("会议在13:30结束") or in words; None for none or several."""
    said = set(CLOCK_IN_TEXT.findall(text))
    if len(said) == 1:
        return clock_minutes(said.pop())
    return spoken_time(text) if not said else None


def spoken_time(text: str) -> int | None:
    """The one time of day a text says in words (English or Chinese), in minutes after midnight; None for none
    or several."""
    found = [_english(m) for m in _EN_TIME.finditer(text)] + [_chinese(m) for m in _ZH_TIME.finditer(text)]
    found = [f for f in found if f is not None]
    return found[0] if len(set(found)) == 1 else None


def _english(m: re.Match) -> int | None:
    said_hour = m.group("hour") or m.group("whole")
    hour = int(said_hour) if said_hour.isdigit() else _HOUR_WORDS.index(said_hour.lower()) + 1
    minutes = 0
    if said := m.group("minutes"):
        said = said.lower()
        if "quarter" in said or "half" in said:
            minutes = 30 if "half" in said else 15
        else:
            words = re.sub(r"\s*minutes?$", "", said)
            count = english_number_words(words) or {int(d) for d in re.findall(r"\d+", words)}
            if len(count) != 1 or not 0 < (minutes := int(next(iter(count)))) < 60:
                return None
        if m.group("dir").lower() in ("to", "before"):
            hour, minutes = hour - 1 or 12, 60 - minutes
    return _on_clock(hour, minutes, (m.group("half") or m.group("night") or m.group("ampm") or "").lower())


def _chinese(m: re.Match) -> int | None:
    hour = chinese_integer(m.group("hour"))
    if m.group("quarters"):
        minutes = 15 * chinese_integer(m.group("quarters"))
    elif m.group("half_hour"):
        minutes = 30
    else:
        minutes = chinese_integer(m.group("minutes")) if m.group("minutes") else 0
    if hour is None or minutes is None or not 0 <= minutes < 60:
        return None
    return _on_clock(hour, minutes, m.group("half") or "")


def _on_clock(hour: int, minutes: int, half: str) -> int | None:
    """Minutes after midnight of `hour:minutes` said with `half` ("", "morning", "evening", "night", "下午", ...)."""
    if not 0 <= hour <= 23 or (half and hour > 12):
        return None
    if hour == 12 and half in ("night", "morning", "a", "凌晨", "早上", "上午"):
        hour = 0  # twelve at night, 12 a.m.: midnight
    elif half in _AFTERNOON and hour < 12 and not (half == "中午" and hour >= 10):
        hour += 12  # "中午1点" is 13:00, "中午11点" 11:00
    return hour * 60 + minutes
