"""Numbers written in words: English ("three hundred sixty-four thousand", "a dozen", "two thirds") and
Chinese (三十六万四千, 两百零五, 三点五, 三分之一, 百分之二十, 负五).

Each reader takes the start of a string and returns (value, places, rest) or None, so a unit may follow.
"""

from __future__ import annotations

import re
from fractions import Fraction

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                 "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_WORD_RE = re.compile(r"[a-z]+")


def _english_cardinal(words: list[str]) -> tuple[int, int] | None:
    """The integer spelled by a prefix of `words`, and how many words it used."""
    total, group, used, seen = 0, 0, 0, False
    for i, w in enumerate(words):
        if w in _SMALL or w in _TENS:
            value = _SMALL.get(w, 0) + _TENS.get(w, 0)
            if group % 100 >= 10 and value >= 10:
                group = group * 100 + value  # "nineteen eighty-nine": a year read in pairs, 1989
            else:
                group += value
        elif w == "a" and i + 1 < len(words) and words[i + 1] in ("hundred", "dozen", *_SCALES, *_DENOMINATORS):
            group += 1
        elif w == "hundred" and seen:
            group = (group or 1) * 100
        elif w == "dozen" and seen:
            group = (group or 1) * 12
        elif w in _SCALES and seen:
            total, group = total + (group or 1) * _SCALES[w], 0
        elif w == "and" and seen and words[i - 1] in ("hundred", *_SCALES) and i + 1 < len(words) \
                and (words[i + 1] in _SMALL or words[i + 1] in _TENS):
            continue  # "one hundred and nine"; not "two and three", two numbers
        else:
            break
        seen, used = True, i + 1
    return (total + group, used) if seen else None


def read_english(text: str) -> tuple[Fraction, None, str] | None:
    """`three hundred and five apples` -> (305, None, "apples"); `a dozen` -> 12; `two thirds` -> 2/3."""
    low = text.lower().replace("-", " ")
    spans = [(m.group(), m.end()) for m in _WORD_RE.finditer(low)]
    if not spans or re.search(r"[^a-z ]", low[:spans[0][1]]):
        return None
    words = [w for w, _ in spans]
    sign = 1
    if words[0] in ("negative", "minus"):
        sign, words, spans = -1, words[1:], spans[1:]
    if words and words[0] == "dozen":
        return Fraction(12 * sign), None, text[spans[0][1]:].strip()
    found = _english_cardinal(words)
    if found is None:
        if words and words[0] in ("half", "a") and len(words) > 1 and words[1] == "half":
            return Fraction(sign, 2), None, text[spans[1][1]:].strip()
        if words == ["half"]:
            return Fraction(sign, 2), None, ""
        return None
    value, used = found
    value = Fraction(value)
    if used < len(words) and words[used] in _DENOMINATORS and value:
        value, used = value / _DENOMINATORS[words[used]], used + 1
    return sign * value, None, text[spans[used - 1][1]:].strip()


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "壹": 1, "贰": 2, "叁": 3}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}
_CN_CHARS = set(_CN_DIGITS) | set(_CN_SMALL) | set(_CN_BIG)


def chinese_integer(s: str) -> int | None:
    """三十六万四千 -> 364000; sections below 万 and 亿 are summed, then scaled. Arabic digits pass (2又四分之一)."""
    if s.isascii() and s.isdigit():
        return int(s)
    total, wan, section, digit = 0, 0, 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
        elif ch == "万":
            wan, section, digit = (section + (digit or 0) or 1) * 10**4, 0, None
        elif ch == "亿":
            total, wan, section, digit = total + (wan + section + (digit or 0) or 1) * 10**8, 0, 0, None
        else:
            return None
    return total + wan + section + (digit or 0)


def read_chinese(text: str) -> tuple[Fraction, int | None, str] | None:
    """A Chinese numeral at the start of `text`: (value, places, rest); percent comes back with rest "%"."""
    s, sign = text.strip(), 1
    if s.startswith("负"):
        s, sign = s[1:], -1
    if s.startswith("百分之"):
        found = read_chinese(s[3:])
        return (sign * found[0], found[1], "%" + found[2]) if found else None
    if "分之" in s:
        # 二又五分之二 = 2 + 2/5: a whole part before 又, which must then be there
        whole_text, mixed, s = s.rpartition("又") if "又" in s.partition("分之")[0] else ("", "", s)
        whole = (chinese_integer(whole_text) or None) if mixed else 0
        den_text, _, rest = s.partition("分之")
        num_len = _prefix_len(rest)
        den, top = chinese_integer(den_text), chinese_integer(rest[:num_len])
        if den and top is not None and num_len and whole is not None:
            return sign * (whole + Fraction(top, den)), None, rest[num_len:].strip()
        return None
    n = _prefix_len(s)
    if n == 0:
        return None
    value, places = Fraction(chinese_integer(s[:n])), None
    rest = s[n:]
    if rest.startswith("点") and (m := _prefix_len(rest[1:], digits_only=True)):
        places = m
        value += Fraction(int("".join(str(_CN_DIGITS[c]) for c in rest[1:1 + m])), 10**m)
        rest = rest[1 + m:]
    return sign * value, places, rest.strip()


def _prefix_len(s: str, digits_only: bool = False) -> int:
    chars = _CN_DIGITS if digits_only else _CN_CHARS
    n = 0
    while n < len(s) and s[n] in chars:
        n += 1
    return n


# Measure words and units that a count stands before (九十棵, 二十一只, 三千米, 六十分钟). Not 年/月/日 (dates
# have their own reader), nor 分 alone (三分之一 is a fraction).
_MEASURES = frozenset("个只棵人本张条头匹辆台件次岁元角米天周页名位道题块朵支根双对套间座层吨克斤升份场盒箱瓶袋"
                      "种组颗粒把枚幅首篇部户队步圈遍趟排")
_COUNTED_RE = re.compile(r"(?<![第又之点\d.])[零〇一二两三四五六七八九十百千万亿]+"
                         r"(?=[千公厘毫平立]?[" + "".join(sorted(_MEASURES)) + "]|分钟|小时|秒钟?|公里)")


def counted_numerals(text: str) -> str:
    """Chinese numerals that count something, in Arabic digits: "种九十棵" -> "种90棵", "兔有二十一只" ->
    "兔有21只". A lone 一 stays ("一个质数" is "a prime", not a count), and so does a numeral glued to a word
    ("一共", "十分"), and so do an ordinal ("第二次") and the parts of a fraction or decimal ("二又五分之二天")."""
    def arabic(m: re.Match) -> str:
        s, prefix = m.group(), ""
        if len(s) > 1 and s.endswith("千") and text[m.end():m.end() + 1] in _METRIC:
            s, prefix = s[:-1], "千"  # "一百八十千米" is 180 km: the 千 of 千米, not a thousand
        if s == "一" or (value := chinese_integer(s)) is None:
            return m.group()
        return f"{value}{prefix}"
    return _COUNTED_RE.sub(arabic, text)


_METRIC = tuple("米克瓦焦帕升")


_CARDINAL_RUN = re.compile(r"\b(?:" + "|".join(sorted([*_SMALL, *_TENS, "hundred", *_SCALES], key=len, reverse=True))
                           + r")(?:[\s-]+(?:and\s+)?(?:" + "|".join(sorted([*_SMALL, *_TENS, "hundred", *_SCALES],
                                                                              key=len, reverse=True)) + r"))*\b",
                           re.IGNORECASE)


def english_counts(text: str) -> str:
    """Every whole number written in English words, in digits: "eight dollars and seventy-five cents" ->
    "8 dollars and 75 cents". Words that do not read as one number stay."""
    def digits(m: re.Match) -> str:
        read = _english_cardinal(m.group().lower().replace("-", " ").split())
        return str(read[0]) if read and read[1] == len(m.group().replace("-", " ").split()) else m.group()
    return _CARDINAL_RUN.sub(digits, text)


_AFTER_AMOUNT = re.compile(r"(?:of\s+(?:an?|the)\s+)?[a-z]+s?", re.IGNORECASE)  # "of a cup", "cups"


def amount_in_words(text: str) -> Fraction | None:
    """The amount an answer says in English words, a noun after it allowed: "one sixth of a cup" -> 1/6, "one and
    two thirds" -> 5/3, "one in two" -> 1/2; None for anything else."""
    t = text.strip().rstrip(".").lower()
    if m := re.fullmatch(r"([a-z]+(?:[\s-][a-z]+)*)\s+(?:in|out\s+of)\s+([a-z]+(?:[\s-][a-z]+)*)", t):
        top, bottom = read_english(m.group(1)), read_english(m.group(2))  # "one in two": a chance
        return top[0] / bottom[0] if top and bottom and not top[2] and not bottom[2] and bottom[0] else None
    read = read_english(t)
    if read is None:
        return None
    value, _, rest = read
    if rest.startswith("and ") and (part := read_english(rest[4:])) and 0 < part[0] < 1:
        value, rest = value + part[0], part[2]  # "one and two thirds"
    return value if not rest or _AFTER_AMOUNT.fullmatch(rest) else None

