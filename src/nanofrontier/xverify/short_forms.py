"""Dates and numbers inside short answers: every common date format, numbers in digits or words (English and
Chinese, with or without a measure word), and the two comparisons short answers make on them.

    dates_in("born on March 5, 2001 (2001-03-05)")   # [(2001, 3, 5)]
    plain_number("三十六万四千")                        # 364000.0
    compare_numbers("It opened in 1887.", "1889")      # False: a different year
    weekday("Wed.")                                    # 2: Wednesday, as 星期三 or 周三
"""

from __future__ import annotations

import re

from nanofrontier.xverify.normalize import fold_unicode, normalize_text, strip_latex_wrappers
from nanofrontier.xverify.number_words import english_counts, read_chinese, read_english

SHORT_WORDS = 12  # a prediction longer than this is a sentence: containment no longer counts as a match
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_END = re.compile(r"[,;:!?()\[\]]|\.(?!\d)")

_MONTHS = {name: i + 1 for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")]) for name in names}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})"
_DATE_FORMS = [re.compile(p, re.IGNORECASE) for p in (
    r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)",
    r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?",
    rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",
    rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b",
    rf"\b{_MONTH},?\s+{_YEAR}\b",
    r"(?<!\d)(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?!\d)",  # 4/15/1912; 15/04/1912 reads day first
    r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)",  # 15.04.1912
    r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]",  # 1月12日, 1月12号: a day without its year
)]
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:,\d{3})*(?:\.\d+)?(?![\d])")
# Digits grouped by thousands with a (thin, no-break) space, as SI writes them: "6 500", "1 250 000".
_SPACE_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d]|[.,]\d)")
_PLAIN_NUMBER = re.compile(r"\s*[$€£¥]?\s*-?\d+(?:,\d{3})*(?:\.\d+)?\s*")
# Chinese measure words after a count ("七天", "八条", "三十四个"); not 年, which makes a count a year.
_CLASSIFIER = re.compile(r"(?<=[\d〇零一二三四五六七八九十百千万两])\s*[个条天只本次种位名件座颗架匹头张把人岁枚根块]$")
_ENGLISH_NUMBER_START = re.compile(r"(?<![\w-])(?=[a-z])", re.IGNORECASE)
# A year that is not the plain year: a decade ("1990s", "1990's") or another era ("1990 BC").
BEFORE_COMMON_ERA = r"(?:BCE?|B\.C\.(?:E\.)?)"
_QUALIFIED_YEAR = rf"(?:'?s\b|\s*{BEFORE_COMMON_ERA}(?!\w))"

_CJK_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
_CJK_YEAR = re.compile(r"[〇零○一二三四五六七八九]{2,4}(?=\s*年)")
_CJK_MONTH_DAY = re.compile(r"[一二三四五六七八九十]{1,3}(?=\s*[月日号])")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ZH = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")
_WEEKDAY_EN = re.compile(r"(?:on\s+)?(?:a\s+)?([a-z]{3,9})\.?", re.IGNORECASE)


def weekday(text: str) -> int | None:
    """0 (Monday) to 6 for a text that is one day of the week, whole or by an abbreviation of at least three
    letters ("Wednesday", "Wed.", "Thurs", 星期三, 周日); None for anything else."""
    text = normalize_text(text).strip(" .。")
    if m := _WEEKDAY_ZH.fullmatch(text):
        return "一二三四五六日天".index(m.group(1)) if m.group(1) != "天" else 6
    if not (m := _WEEKDAY_EN.fullmatch(text)):
        return None
    word = m.group(1).lower()
    found = [i for i, day in enumerate(_WEEKDAYS) if day.startswith(word)]
    return found[0] if len(found) == 1 else None


def arabic_dates(text: str) -> str:
    """Chinese-numeral dates in Arabic digits: "一九七〇年四月二十四日" -> "1970年4月24日" (a year is read digit
    by digit, a month or day as a number)."""
    if not _CJK_YEAR.search(text) and not _CJK_MONTH_DAY.search(text):
        return text
    text = _CJK_YEAR.sub(lambda m: "".join(_CJK_DIGIT[c] for c in m.group()), text)
    return _CJK_MONTH_DAY.sub(lambda m: str(int(read_chinese(m.group())[0])) if read_chinese(m.group()) else m.group(),
                              text)


def dates_in(text: str) -> list[tuple[int | None, int, int | None]]:
    """Every (year-or-None, month, day-or-None) written in the text, in any of the common formats."""
    found, taken = [], []
    for form in _DATE_FORMS:
        for m in form.finditer(fold_unicode(text)):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            groups = m.groupdict()
            month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"].lower()]
            day = int(groups["d"]) if groups.get("d") else None
            if day is not None and month > 12 >= day and "/" in m.group():
                month, day = day, month  # 15/04/1912: no month 15, so the day came first
            if 1 <= month <= 12 and (day is None or 1 <= day <= 31):
                found.append((int(groups["y"]) if groups.get("y") else None, month, day))
                taken.append((m.start(), m.end()))
    return found


def date_at_end(text: str) -> str | None:
    """The date a line ends on ("So, to restate: November 8, 2027." -> "November 8, 2027"), or None."""
    s = fold_unicode(text).rstrip(" .。*")
    ends = [m.group() for form in _DATE_FORMS for m in form.finditer(s) if m.end() == len(s)]
    return max(ends, key=len) if ends else None


def looks_like_date(text: str) -> bool:
    """The whole text is one date (a trailing period or "on" aside)."""
    s = re.sub(r"^\s*(?:on\s+)?|[\s.。]+$", "", fold_unicode(text), flags=re.IGNORECASE)
    return any(form.fullmatch(s) for form in _DATE_FORMS)


def _without_classifier(text: str) -> str:
    """A count without its Chinese measure word: "七天" -> "七", "8条" -> "8"."""
    s = text.strip().rstrip(".。")
    return _CLASSIFIER.sub("", strip_latex_wrappers(s).strip()) if _CJK.search(s) else s


def word_number(text: str) -> float | None:
    """"twenty-one" -> 21, "三十六万四千" -> 364000, "七天" -> 7; None unless the whole text is a number in words
    (a Chinese measure word aside)."""
    s = _without_classifier(text)
    for read in (read_english, read_chinese):
        got = read(s)
        if got is not None and not got[2].strip():
            return float(got[0])
    return None


def plain_number(text: str) -> float | None:
    """The value of a text that is only a number ("1,200", "$29", "twelve"); None otherwise."""
    s = _without_classifier(text)
    if _PLAIN_NUMBER.fullmatch(s.rstrip(".")):
        return float(re.sub(r"[,$€£¥\s]", "", s.rstrip(".")))
    return word_number(text)


def numbers_in(text: str) -> set[float]:
    return {float(m.group().replace(",", "")) for m in NUMBER.finditer(fold_unicode(text))}


_AND_NUMBER = re.compile(r"\s*(?:and|or|to)\s+", re.IGNORECASE)


def english_number_words(text: str) -> set[float]:
    """Values of the numbers written in English words anywhere in `text` ("has six sides" -> {6.0})."""
    found, pos = set(), 0
    for m in _ENGLISH_NUMBER_START.finditer(text):
        if m.start() < pos:
            continue  # inside a number already read ("twenty one": not also "one")
        chunk = _CLAUSE_END.split(text[m.start():m.start() + 80], maxsplit=1)[0]
        got = read_english(chunk)
        if got is not None:
            pos = m.start() + len(chunk.rstrip()) - len(got[2])
            if (pair := _AND_NUMBER.match(got[2])) and read_english(got[2][pair.end():]) is not None:
                pos = m.start() + len(chunk)  # "between seven and nine": two numbers joined, a range or a pair,
                continue  # neither of them the answer alone
            if not re.search(r"\band\b", text[m.start():pos], re.IGNORECASE):  # "six and seven" is not 13
                found.add(float(got[0]))
    return found


def is_short(norm_pred: str) -> bool:
    return len(norm_pred.split()) <= SHORT_WORDS and len(_CJK.findall(norm_pred)) <= 3 * SHORT_WORDS


def compare_dates(pred: str, reference: str) -> bool | None:
    ref_dates = dates_in(reference)
    if not looks_like_date(reference) or not ref_dates:
        return None
    (y, m, d), got = ref_dates[0], dates_in(pred)
    if (spelled := english_counts(ordinal_digits(pred))) != pred:  # "the twenty-fourth of November, nineteen
        got = dates_in(spelled) or got  # twenty-three": the day and the year in words, read as digits
    if not got:
        return None
    same = [g for g in got if (y is None or g[0] in (y, None)) and g[1] == m and (d is None or g[2] == d)]
    if not same:
        if d is not None and any(g[2] is None and g[1] == m and g[0] in (y, None) for g in got):
            return None  # "the Fourth of July, 1776": the month and year read, the day written in words
        return False
    if y is not None and any(g[0] is None for g in same):
        return None  # "1月12日" for 2023年1月12日: the day without the year asked about, a judge's call
    return True if len(set(got)) == 1 else None


def compare_numbers(pred: str, reference: str) -> bool | None:
    """Plain numbers compare by value; a number inside a short sentence must be the reference's one."""
    ref_value = plain_number(reference)
    if ref_value is None:
        return None
    pred = _SPACE_GROUPS.sub(lambda m: re.sub(r"\s", "", m.group()), fold_unicode(pred))  # "6 500" is 6500
    pred_value = plain_number(pred)
    if pred_value is not None:
        return abs(pred_value - ref_value) <= 1e-9 * max(1.0, abs(ref_value))
    if ref_value.is_integer() and re.search(rf"(?<![\w.]){int(ref_value)}{_QUALIFIED_YEAR}", fold_unicode(pred),
                                            re.IGNORECASE):
        return None  # "1990s", "1990 BC": not the year 1990, but not plainly another number either
    found = numbers_in(pred)
    if is_short(normalize_text(pred)):
        found |= english_number_words(pred)
    if 1000 <= ref_value <= 2100 and ref_value.is_integer():
        found = {x for x in found if 1000 <= x <= 2100}  # a year: the day of month is not a rival
    if not found:
        return None
    if ref_value not in found:
        return False
    return True if len(found) == 1 and is_short(normalize_text(pred)) else None


_YEAR_ONLY = re.compile(r"\s*(?P<y>\d{3,4})\s*(?:年|AD|CE)?\s*[.。]?\s*")
_ASKS_YEAR = re.compile(r"\b(?:what|which|in\s+what)\s+year\b|\byear\s+(?:did|was|were|is)\b|哪一?年|何年|"
                        r"什么年份|年份", re.IGNORECASE)


def date_for_year(pred: str, reference: str, question: str) -> bool | None:
    """A whole date given when a year is asked ("1949年10月1日", "October 1, 1949" for 1949): True when its year is
    the reference's, False when it is another; None when the question asks no year or the prediction is not
    one date."""
    year = _YEAR_ONLY.fullmatch(reference)
    if year is None or not _ASKS_YEAR.search(question) or not looks_like_date(arabic_dates(pred)):
        return None
    got = {g[0] for g in dates_in(arabic_dates(pred))}
    return None if None in got or len(got) != 1 else got == {int(year.group("y"))}



# A day of the week written beside a date: "Friday, 3 April 2026", "2026-04-10 (Fri)", "3 April 2026, a Friday".
_DAY_BESIDE = re.compile(r"\(?\s*(?:(?:on\s+)?a\s+)?\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday)\b\.?\s*\)?|[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?",
                         re.IGNORECASE)


def is_dated_day(text: str) -> bool:
    """The whole text is one date, with or without its day of the week ("September 19, 2025 (Friday)")."""
    return len(_DAY_BESIDE.findall(text)) <= 1 and looks_like_date(_DAY_BESIDE.sub(" ", text).strip(" ,，.。;"))


def date_and_day_at_end(text: str) -> str | None:
    """The date a line ends on with the day of the week after it ("Hence, 20 June 2025, a Friday." ->
    "20 June 2025, a Friday"), or None."""
    s = fold_unicode(text).rstrip(" .。*")
    days = list(_DAY_BESIDE.finditer(s))
    if not days or days[-1].end() != len(s) or not (date := date_at_end(s[:days[-1].start()].rstrip(" ,，"))):
        return None
    return s[s.rindex(date, 0, days[-1].start()):]


def compare_dated_days(pred: str, reference: str) -> bool | None:
    """A date with its day of the week against another: the dates compared as dates, and the days too when
    both name one; None unless the reference is a date beside a day of the week."""
    days_ref, days_pred = _DAY_BESIDE.findall(reference), _DAY_BESIDE.findall(pred)
    if len(days_ref) != 1 or len(days_pred) > 1:
        return None
    ref_date = _DAY_BESIDE.sub(" ", reference).strip(" ,，.。;")
    pred_date = _DAY_BESIDE.sub(" ", pred).strip(" ,，.。;")
    if not looks_like_date(ref_date) or not dates_in(pred_date):
        return None
    same = compare_dates(pred_date, ref_date)
    if same and days_pred:
        return weekday(_day_word(days_pred[0])) == weekday(_day_word(days_ref[0]))
    return None if same else same  # the right date without its weekday: complete or not is a judge's call


def _day_word(found: str) -> str:
    return re.sub(r"^[(（\s]*(?:on\s+)?(?:a\s+)?|[)）.\s]*$", "", found, flags=re.IGNORECASE)


_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
# not before a capitalised word: "Second World War", "Fifth Avenue" are names
_ORDINAL_WORD = re.compile(r"(?<!-)\b(" + "|".join(_ORDINAL_WORDS) + r")\b(?!(?-i:\s+[A-Z]))", re.IGNORECASE)
_CJK_ORDINAL = re.compile(r"第([零一二两三四五六七八九十百]+)")


_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# "thirty-seventh", "fortieth"; not before a capitalised word ("Twenty Second Street" is a name)
_TENS_ORDINAL = re.compile(r"\b(?:(" + "|".join(_TENS_WORDS) + r")[-\s](" + "|".join(_ORDINAL_WORDS[:9]) + r")|("
                           + "|".join(w[:-1] for w in _TENS_WORDS) + r")ieth)\b(?!(?-i:\s+[A-Z]))", re.IGNORECASE)


def _suffixed(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ordinal_digits(text: str) -> str:
    """Ordinals in digits: "fifth" -> "5th", "thirty-seventh" -> "37th", "第三名" -> "第3名" (so "5th place" and
    "fifth" compare)."""
    def english(m: re.Match) -> str:
        return _suffixed(_ORDINAL_WORDS.index(m.group(1).lower()) + 1)

    def tens(m: re.Match) -> str:
        if m.group(3):  # "fortieth"
            return _suffixed(10 * ([w[:-1] for w in _TENS_WORDS].index(m.group(3).lower()) + 2))
        ones = _ORDINAL_WORDS.index(m.group(2).lower()) + 1
        return _suffixed(10 * (_TENS_WORDS.index(m.group(1).lower()) + 2) + ones)

    def chinese(m: re.Match) -> str:
        read = read_chinese(m.group(1))
        return f"第{int(read[0])}" if read and not read[2] and read[0].denominator == 1 else m.group()
    return _CJK_ORDINAL.sub(chinese, _ORDINAL_WORD.sub(english, _TENS_ORDINAL.sub(tens, text)))
