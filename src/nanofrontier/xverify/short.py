"""Short free-text answers: names, dates, counts and phrases.

    short_answer_equal("the Eiffel Tower.", "Eiffel Tower")           # True (articles, case, punctuation)
    short_answer_equal("New York City", "NYC / New York City")       # True (aliases after " / ", ";", " or ")
    short_answer_equal("March 5, 2001", "2001-03-05")                # True (dates in any common format)
    short_answer_equal("It opened in 1887.", "1889")                 # False (a different year)
    short_answer_equal("The Big Apple", "New York City")             # None: a paraphrase, for a judge

A reference contained as a whole phrase in a short prediction (<= SHORT_WORDS words) is a match; a
prediction contained in the reference ("Obama" for "Barack Obama") is undecided.
"""

from __future__ import annotations

import re

from nanofrontier.xverify.normalize import fold_unicode, normalize_text
from nanofrontier.xverify.number_words import read_chinese, read_english

SHORT_WORDS = 12  # a prediction longer than this is a sentence: containment no longer counts as a match

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
    r"(?<!\d)(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?!\d)",
)]
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:,\d{3})*(?:\.\d+)?(?![\d])")
_PLAIN_NUMBER = re.compile(r"\s*[$€£¥]?\s*-?\d+(?:,\d{3})*(?:\.\d+)?\s*")
_ALIAS_SPLIT = re.compile(r"\s+/\s+|\s*[;；|]\s*|\s+or\s+", re.IGNORECASE)
_PAREN_ALIAS = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]\s*$")
_NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|isn t|isnt|wasn t|wasnt|rather than|instead of)\s+(?:\w+\s+)?$")
_STOPWORDS = frozenset("a an the of and or in on at to for by with is was are were it its from as that this".split())
_CJK = re.compile(r"[\u4e00-\u9fff]")



def dates_in(text: str) -> list[tuple[int, int, int | None]]:
    """Every (year, month, day-or-None) written in the text, in any of the common formats."""
    found, taken = [], []
    for form in _DATE_FORMS:
        for m in form.finditer(fold_unicode(text)):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            groups = m.groupdict()
            month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"].lower()]
            day = int(groups["d"]) if groups.get("d") else None
            if 1 <= month <= 12 and (day is None or 1 <= day <= 31):
                found.append((int(groups["y"]), month, day))
                taken.append((m.start(), m.end()))
    return found


def looks_like_date(text: str) -> bool:
    """The whole text is one date (a trailing period or "on" aside)."""
    s = re.sub(r"^\s*(?:on\s+)?|[\s.。]+$", "", fold_unicode(text), flags=re.IGNORECASE)
    return any(form.fullmatch(s) for form in _DATE_FORMS)


def word_number(text: str) -> float | None:
    """"twenty-one" -> 21, "三十六万四千" -> 364000; None unless the whole text is a number in words."""
    s = text.strip().rstrip(".。")
    for read in (read_english, read_chinese):
        got = read(s)
        if got is not None and not got[2].strip():
            return float(got[0])
    return None


def plain_number(text: str) -> float | None:
    """The value of a text that is only a number ("1,200", "$29", "twelve"); None otherwise."""
    if _PLAIN_NUMBER.fullmatch(text.strip().rstrip(".")):
        return float(re.sub(r"[,$€£¥\s]", "", text.strip().rstrip(".")))
    return word_number(text)


def numbers_in(text: str) -> set[float]:
    return {float(m.group().replace(",", "")) for m in _NUMBER.finditer(fold_unicode(text))}


def aliases(reference: str) -> list[str]:
    """The reference and its alternatives: "NYC / New York City", "a; b", "New York City (NYC)"."""
    names = [reference] + [a for a in _ALIAS_SPLIT.split(reference) if a.strip()]
    if m := _PAREN_ALIAS.match(reference):
        names += [m.group(1), m.group(2)]
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def _contains_phrase(pred: str, phrase: str) -> bool:
    """`phrase` occurs in `pred` as whole words (any substring for CJK) and is not negated there."""
    if not phrase:
        return False
    pattern = re.escape(phrase) if _CJK.search(phrase) else rf"(?<!\w){re.escape(phrase)}(?!\w)"
    for m in re.finditer(pattern, pred):
        if not _NEGATED_BEFORE.search(pred, max(0, m.start() - 24), m.start()):
            return True
    return False


def _is_short(norm_pred: str) -> bool:
    return len(norm_pred.split()) <= SHORT_WORDS and len(_CJK.findall(norm_pred)) <= 3 * SHORT_WORDS


def _compare_dates(pred: str, reference: str) -> bool | None:
    ref_dates = dates_in(reference)
    if not looks_like_date(reference) or not ref_dates:
        return None
    (y, m, d), got = ref_dates[0], dates_in(pred)
    if not got:
        return None
    same = [g for g in got if g[0] == y and g[1] == m and (d is None or g[2] == d)]
    if not same:
        return False
    return True if len(set(got)) == 1 else None


def _compare_numbers(pred: str, reference: str) -> bool | None:
    """Plain numbers compare by value; a number inside a short sentence must be the reference's one."""
    ref_value = plain_number(reference)
    if ref_value is None:
        return None
    pred_value = plain_number(pred)
    if pred_value is not None:
        return abs(pred_value - ref_value) <= 1e-9 * max(1.0, abs(ref_value))
    found = numbers_in(pred)
    if 1000 <= ref_value <= 2100 and ref_value.is_integer():
        found = {x for x in found if 1000 <= x <= 2100}  # a year: the day of month is not a rival
    if not found:
        return None
    if ref_value not in found:
        return False
    return True if len(found) == 1 and _is_short(normalize_text(pred)) else None


def _acronym(short: str, long: str) -> bool:
    initials = "".join(w[0] for w in long.split() if w not in _STOPWORDS)
    return 2 <= len(short) <= 6 and " " not in short and short == initials


def _clear_mismatch(p: str, r: str) -> bool:
    """Two different single words ("London" vs "Paris"; short CJK names "上海" vs "北京"). Anything longer
    ("The Big Apple" vs "New York City", "Hmm" vs "Frank Herbert") may be an alias or a non-answer: a
    judge decides."""
    if _CJK.search(p) or _CJK.search(r):
        return not set(_CJK.findall(p)) & set(_CJK.findall(r)) and max(len(p), len(r)) <= 4
    pw, rw = set(p.split()) - _STOPWORDS, set(r.split()) - _STOPWORDS
    return len(pw) == 1 and len(rw) == 1 and not pw & rw


def short_answer_equal(pred: str, reference: str) -> bool | None:
    """True for an equal, aliased, re-dated or contained answer; False for a clear mismatch (a different
    number, year, date or entity); None when only a judge could tell (paraphrase, partial name)."""
    p = normalize_text(pred)
    if not p:
        return False
    names = aliases(reference)
    norms = [normalize_text(n) for n in names]
    if p in norms:
        return True
    for decide in (_compare_dates, _compare_numbers):
        verdicts = [decide(pred, n) for n in names]
        if True in verdicts:
            return True
        if False in verdicts and None not in verdicts:
            return False
    if _is_short(p) and any(_contains_phrase(p, r) for r in norms if r):
        return True
    ref_numbers, pred_numbers = numbers_in(reference), numbers_in(pred)
    if ref_numbers and pred_numbers and not ref_numbers & pred_numbers:
        return False
    if any(_acronym(p, r) or _acronym(r, p) for r in norms):
        return True
    if any(_contains_phrase(r, p) for r in norms):
        return None
    return False if all(_clear_mismatch(p, r) for r in norms) else None
