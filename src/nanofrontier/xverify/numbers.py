"""Single numbers with an optional unit: parsing every common way of writing one, and comparing two.

    parse_quantity("7,\\!425,\\!000")    -> Quantity(value=Fraction(7425000), unit=None, places=None)
    parse_quantity("$29.00")            -> Quantity(Fraction(29), "$", 2)
    parse_quantity("15\\mbox{ cm}^2")    -> Quantity(Fraction(15), "cm^2", None)
    numbers_equal(parse_quantity("0.333"), parse_quantity("\\frac13"))   -> True (0.333 is 1/3 rounded)

No sympy here: this is the fast path every numeric answer takes. Values are exact Fractions of what
was written; `places` records the decimals written, so a rounded decimal gets a tolerance of half a
unit in its last place (a tolerance from the written precision).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from .latex_layout import clean
from .number_words import read_chinese, read_english
from .units import CJK_RE, base_unit, normalize_unit, unit_dimension


@dataclass(frozen=True)
class Quantity:
    value: Fraction  # exact when the text is exact (decimals are exact rationals of what was written)
    unit: str | None  # normalised unit ("km", "cm^2", "deg", "%", "$", "mile", ...); None if none
    places: int | None  # decimal places written (negative for 3.6e5 or 36.4万); None for exact forms
    shown: int | None = None  # a repeating decimal: the places a finite decimal must show to stand for it
    mixed: bool = False  # several units summed ("1 hour 45 minutes"), in the first one's


# ----------------------------------------------------------------------------------------------
# Units: canonical name -> (dimension, factor to the dimension's base unit).

# ----------------------------------------------------------------------------------------------
# Parsing.

MAX_EXPONENT = 400  # 1e400 and beyond are left to the expression path and its budget guard
_N = r"\d+(?:\.\d+)?|\.\d+"
_ARG = r"(?:\{\s*(-?(?:" + _N + r"))\s*\}|(\d))"  # a braced number or one digit: \frac{12}{5}, \frac13
_READERS = [  # (name, pattern anchored at the start of the text)
    ("fraction_zh", re.compile(r"(?:(\d+)\s*又\s*)?(\d+)\s*分之\s*(\d+)")),  # 2又5分之2 = 12/5; 5分之12
    ("mixed_latex", re.compile(r"(\d+)\s*\\frac\s*" + _ARG + r"\s*" + _ARG)),
    ("mixed_slash", re.compile(r"(\d+) (\d+)\s*/\s*(\d+)(?![\d.])")),
    ("frac_latex", re.compile(r"\\frac\s*" + _ARG + r"\s*" + _ARG)),
    ("slash", re.compile("(" + _N + r")\s*(?:/|\s+out\s+of\s+)(" + _N + r")(?![\d.])")),  # 7/12, "7 out of 12"
    # 0.\overline{6}, 0.1\dot{6}, 0.\dot{1}\dot{2} (the block between the dots), 0.(78): repeating decimals
    ("repeating", _REPEATING := re.compile(r"(\d*)\.(\d*)(?:\\(?:overline|bar)\s*\{(\d+)\}|"
                                           r"\\dot\s*\{?(\d)\}?(?:(\d*)\\dot\s*\{?(\d)\}?)?|"
                                           r"\((\d+)\))")),
    # A decimal comma: "3,45", "12,5", "0,5" (one or two digits after it; three would be a thousands separator),
    # after thousands grouped by points or spaces: "1.250,50", "1 250,50".
    ("decimal_comma", re.compile(r"(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+),(\d{1,2})(?![\d,])")),
    ("pow10", re.compile(r"10\s*\^\s*\{?\s*([+-]?\d+)\s*\}?")),
    ("decimal", re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d.])|\d+(?:\.\d+)?|\.\d+)"
                           r"(?:\s*(?:[eE]([+-]?\d+)|(?:\\times|\\cdot|[x*])\s*10\s*\^\s*\{?\s*([+-]?\d+)\s*\}?))?")),
]
_SCALES = [("万亿", 10**12), ("百万", 10**6), ("千万", 10**7), ("万", 10**4), ("亿", 10**8), ("千", 10**3),
           ("百", 100), ("thousand", 10**3), ("million", 10**6), ("billion", 10**9), ("trillion", 10**12),
           ("hundred", 100), ("dozen", 12)]
_CURRENCY_RE = re.compile(r"(US\$|\$|¥|€|£|USD|RMB|CNY)\s*")


def _decimal(text: str) -> tuple[Fraction, int | None]:
    text = text.replace(",", "").replace(" ", "")
    return Fraction(text), (len(text.split(".")[1]) if "." in text else None)


def _head_and_block(g: tuple) -> tuple[str, str]:
    """A repeating decimal's digits before the repeating block, and the block."""
    return g[1], g[2] or g[6] or ((g[3] + (g[4] or "") + g[5]) if g[5] else g[3])


def _repeating(g: tuple) -> Fraction:
    """The exact value of a repeating decimal: integer part, the digits before the block, the block."""
    head, block = _head_and_block(g)
    return int(g[0] or 0) + (Fraction(int(head or 0)) + Fraction(int(block), 10 ** len(block) - 1)) / 10 ** len(head)


def _arg(groups: tuple, i: int) -> Fraction:
    return Fraction(groups[i] if groups[i] is not None else groups[i + 1])


_MIXED_ZH = re.compile(r"\d+\s*又\s*[零一二两三四五六七八九十百千]+分之")
_STRICT_COMMA = re.compile(r"(\d{4,}|0),(\d{1,2})(?![\d,])")  # "0,5", "1234,5": never a list of two


def _read_numeral(s: str, comma_decimals: bool = True) -> tuple[Fraction, int | None, str] | None:
    """The number at the start of `s`: (value, places, rest of the text). `comma_decimals=False` reads "3,45"
    as no number (it may be a list of two), only the unambiguous "0,5" and "1234,5"."""
    if _MIXED_ZH.match(s):  # 2又四分之一: an Arabic whole part, a fraction in Chinese numerals
        return read_chinese(s)
    for name, pattern in _READERS:
        if name == "decimal_comma" and not comma_decimals:
            pattern = _STRICT_COMMA
        m = pattern.match(s)
        if m is None:
            continue
        g, rest = m.groups(), s[m.end():]
        if name == "fraction_zh" and int(g[1]) != 0:
            return int(g[0] or 0) + Fraction(int(g[2]), int(g[1])), None, rest
        if name == "mixed_latex" and _arg(g, 3) != 0:
            return int(g[0]) + _arg(g, 1) / _arg(g, 3), None, rest
        if name == "mixed_slash" and int(g[2]) != 0:
            return int(g[0]) + Fraction(int(g[1]), int(g[2])), None, rest
        if name == "frac_latex" and _arg(g, 2) != 0:
            return _arg(g, 0) / _arg(g, 2), None, rest
        if name == "slash" and Fraction(g[1]) != 0:
            return Fraction(g[0]) / Fraction(g[1]), None, rest
        if name == "repeating":
            return _repeating(g), None, rest
        if name == "decimal_comma":
            return Fraction(f"{g[0].replace('.', '').replace(' ', '')}.{g[1]}"), len(g[1]), rest
        if name == "pow10":
            return (Fraction(10) ** int(g[0]), None, rest) if abs(int(g[0])) <= MAX_EXPONENT else None
        if name == "decimal":
            value, places = _decimal(g[0])
            exponent = g[1] or g[2]
            if exponent is not None:
                if abs(int(exponent)) > MAX_EXPONENT:
                    return None
                value, places = value * Fraction(10) ** int(exponent), (places or 0) - int(exponent)
            return value, places, rest
    return read_english(s) if s[:1].isalpha() and s[:1].isascii() else read_chinese(s)


_SCALE_SUFFIX = re.compile(r"([kKMB]|bn|mn)(?![A-Za-z])")
_SUFFIX_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9}


def _apply_scale(value: Fraction, places: int | None, rest: str) -> tuple[Fraction, int | None, str]:
    """`36.4万`, `2 million`, `3 dozen`: scale the number; a scaled decimal keeps its rounding."""
    if (suffix := _SCALE_SUFFIX.match(rest)) is not None:  # "45k", "2.3M", "$3.7B": glued to the number
        scale = _SUFFIX_SCALES[suffix.group(1).lower()]
        return value * scale, (places - round(math.log10(scale)) if places is not None else None), rest[suffix.end():]
    stripped = rest.lstrip()
    if stripped and unit_dimension(normalize_unit(stripped) or "?"):
        return value, places, rest  # 5千米 is 5 km, not 5000 m
    for word, scale in _SCALES:
        after = stripped[len(word):len(word) + 1]
        if stripped.startswith(word) and (not after.isalpha() or (word[-1] in "万亿" and CJK_RE.match(after))):
            if places is not None:
                places = places - round(math.log10(scale)) if scale != 12 else None
            return value * scale, places, stripped[len(word):]
    return value, places, rest


def parse_quantity(text: str) -> Quantity | None:
    """One number with an optional unit, or None for anything else (a pair, an expression, prose)."""
    if len(text) > 200:
        return None
    return quantity_from_clean(clean(text))


_CN_RATE = re.compile(r"^每\s*(秒|分钟|小时|天|年)\s*(\d[^每/]*?)\s*$")
_CN_PER = re.compile(r"(?<=[\u4e00-\u9fff])每(?=(?:秒|分钟|小时|天|年)$)")
_BELOW_ZERO = re.compile(r"^(?:(\d+(?:\.\d+)?)\s*(?:degrees?\s*)?(?:celsius|fahrenheit)?\s*below\s+zero|"
                         r"零下\s*(\d+(?:\.\d+)?))\s*(°\s*[CF]|℃|摄氏度)?\s*(?:度)?$", re.IGNORECASE)


def quantity_from_clean(s: str, *, comma_decimals: bool = True) -> Quantity | None:
    """parse_quantity for text that already went through `latex_layout.clean`. `comma_decimals=False`: a
    comma before one or two digits ("3,45") reads as a list separator, not as a decimal comma."""
    if "每" in s:  # 每秒10米, 10米每秒: a rate written in Chinese word order is 10米/秒
        s = _CN_RATE.sub(lambda m: f"{m.group(2)}/{m.group(1)}", _CN_PER.sub("/", s))
    if "below zero" in s or "零下" in s:  # "17 degrees below zero", 零下17度: a temperature under zero
        s = _BELOW_ZERO.sub(lambda m: f"-{m.group(1) or m.group(2)}{m.group(3) or ''}", s)
    sign = 1
    if s[:1] and s[0] in "-+":
        sign, s = (-1 if s[0] == "-" else 1), s[1:].lstrip()
    currency = None
    if m := _CURRENCY_RE.match(s):
        symbol = m.group(1)
        currency, s = base_unit(symbol.lower() if symbol.isalpha() else symbol.replace("US", "")), s[m.end():]
        if s[:1] == "-" and sign == 1:
            sign, s = -1, s[1:].lstrip()
    found = _read_numeral(s, comma_decimals)
    if found is None:
        return None
    value, places, rest = _apply_scale(*found)
    if re.fullmatch(r"'?s", rest) and value.denominator == 1 and 1000 <= value <= 2100:
        return None  # "1990s": a decade, not 1990 seconds
    unit = _read_unit(rest)
    if unit is False or (currency and unit and unit != currency):
        return None
    if unit and unit.startswith("unit"):
        unit = None  # "24 square units": a placeholder, not a unit
    shown = None
    if repeating := _REPEATING.match(s):  # 0.\overline{54} is stood for by 0.5454 (two periods), not by 0.545
        head, block = _head_and_block(repeating.groups())
        shown = len(head) + 2 * len(block)
    return Quantity(value=sign * value, unit=currency or unit or None, places=places, shown=shown)


def _read_unit(rest: str) -> str | None | bool:
    """The unit after a number: None if there is none, False if the rest is not a unit. A word this
    module does not know must be set off by a space (`5 apples`), so `2ab` or `2r\\pi` are not units."""
    glued, rest = not rest[:1].isspace(), rest.strip()
    if not rest:
        return None
    if rest.startswith("%"):
        return "%" if not rest[1:].strip() else False
    if re.search(r"\\(?!cdot\b)[a-zA-Z]", rest):
        return False  # a command is no unit, but "m\\cdot s^{-1}" is
    unit = normalize_unit(rest)
    if unit and glued and unit_dimension(unit) is None and not CJK_RE.fullmatch(unit):
        return False
    return False if unit is None else unit or None


# ----------------------------------------------------------------------------------------------
# Comparing.

def significant_digits(value: Fraction, places: int) -> int:
    scaled = abs(value) * Fraction(10) ** places
    return len(str(round(scaled))) if scaled else 0


def is_rounded(q: Quantity) -> bool:
    """A decimal counts as possibly rounded when it carries enough digits to be a rounding: 0.33, 3.14,
    1234.6, 3.64e5 do; 0.3 or 2.5 do not (they may well be exact answers)."""
    return q.places is not None and (q.places >= 2 or significant_digits(q.value, q.places) >= 3)


def _close(a: Fraction, qa: Quantity, b: Fraction, qb: Quantity, scale_a: Fraction, scale_b: Fraction) -> bool:
    """a, b in the same unit. A rounded side allows half a unit in its last written place (or being a
    truncation); there is no fixed epsilon, so exact values like 2^-99 and 2^-98 never meet."""
    if a == b:
        return True
    for rounded, other, q, scale in ((a, b, qa, scale_a), (b, a, qb, scale_b)):
        repeating = qb if q is qa else qa
        if not is_rounded(q) or (repeating.shown is not None and q.places < repeating.shown):
            continue
        ulp = Fraction(10) ** -q.places * scale
        if abs(rounded - other) <= ulp / 2:
            return True
        if (rounded >= 0) == (other >= 0) and abs(rounded) <= abs(other) < abs(rounded) + ulp:
            return True  # a truncation: 2/3 written as 0.666
    floaty = max(qa.places or 0, qb.places or 0) >= 10  # 0.30000000000000004
    return floaty and abs(a - b) <= Fraction(1, 10**12) * max(abs(a), abs(b))


def numbers_equal(pred: Quantity, ref: Quantity, asked: str | None = None, *, rounding: bool = True) -> bool:
    """Equal values, in compatible units. One side without a unit compares by number (125 = 125 miles);
    28% equals 28 and 0.28, but 0.28 never equals 28. 1.5 km equals 1500 m; 5 km never equals 5 m.
    `asked` is the unit the question asks for (`asked_unit`): a bare number is read in it when the
    other side's unit has its dimension, so "45 hours" is not 45 when minutes were asked.
    `rounding=False` (the question does not ask to round): a prediction written to fewer decimal places than a
    decimal reference ("0.13" for 0.125) is that reference rounded, not equal to it. The reference itself may be
    a rounding (0.333 for 1/3 stands either way)."""
    one = Fraction(1)
    if not rounding and pred.places is not None and ref.places is not None and 0 <= pred.places < ref.places \
            and pred.unit == ref.unit and pred.value != ref.value:
        return False
    pred, ref = _in_asked_unit(pred, ref, asked), _in_asked_unit(ref, pred, asked)
    if pred.unit == ref.unit or (pred.unit is None) != (ref.unit is None):
        if _close(pred.value, pred, ref.value, ref, one, one):
            return True
        if "%" in (pred.unit, ref.unit) and None in (pred.unit, ref.unit):
            pct, bare = (pred, ref) if pred.unit == "%" else (ref, pred)
            return _close(pct.value / 100, pct, bare.value, bare, Fraction(1, 100), one)
        return False
    dims = unit_dimension(pred.unit), unit_dimension(ref.unit)
    if None in dims:  # different count nouns ("5 apples" vs "5 pears"), or a count noun against a unit
        return False
    (dim_p, factor_p), (dim_r, factor_r) = dims
    if dim_p != dim_r:
        return False
    return _close(pred.value * factor_p, pred, ref.value * factor_r, ref, factor_p, factor_r)


def _in_asked_unit(bare: Quantity, other: Quantity, asked: str | None) -> Quantity:
    if asked is None or bare.unit is not None or other.unit is None or other.unit == asked:
        return bare
    dims = unit_dimension(asked), unit_dimension(other.unit)
    if None in dims or dims[0][0] != dims[1][0]:
        return bare
    return replace(bare, unit=asked)


_ASKED_RES = (
    re.compile(r"how (?:many|much)\s+(?:more |fewer |less |additional |total |in total )?"
               r"((?:square |cubic )?[a-z]+(?:/[a-z]+| per [a-z]+)?)", re.I),
    re.compile(r"\bin ((?:square |cubic )?[a-z]{2,}(?:/[a-z]+| per [a-z]+)?)(?![a-z])", re.I),
    re.compile(r"(?:多少|几)((?:平方|立方)?[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2})?)"),
    re.compile(r"单位[:：]\s*((?:平方|立方)?[\u4e00-\u9fffa-zA-Z]{1,4}(?:/[\u4e00-\u9fffa-zA-Z]{1,3})?)"),
)


_AGE_RE = re.compile(r"\bhow old\b|\bwhat (?:is|was|will be) (?:the |his |her |their )?age\b|多大年纪|几岁|多少岁",
                     re.I)


@lru_cache(maxsize=4096)
def asked_unit(question: str) -> str | None:
    """The unit a question asks its answer in ("how many minutes", "in km", 多少千米, 几小时), or None.
    Only convertible units count; the last such phrase in the question wins."""
    best, found = -1, None
    for pattern in _ASKED_RES:
        for m in pattern.finditer(question[-2000:]):
            unit = _leading_unit(m.group(1))
            if unit is not None and m.start() > best:
                best, found = m.start(), unit
    for m in _AGE_RE.finditer(question[-2000:]):  # an age is asked in years unless a unit follows
        if m.start() > best:
            best, found = m.start(), "year"
    return found


def _leading_unit(words: str) -> str | None:
    """The longest prefix of `words` that is a convertible unit: 千米的 -> km, minutes -> min."""
    for end in range(len(words), 0, -1):
        unit = normalize_unit(words[:end])
        if unit and unit_dimension(unit) is not None and (end == len(words) or not words[end - 1].isascii()
                                                          or not words[end].isalpha()):
            return unit
    return None


# A number inside a sentence: 答：这个国家约有120000000人 / "Total revenue: $7,425,000".
_PROSE_NUMBER_RE = re.compile(r"(?:[-+]\s*)?(?:US\$|\$|¥|€|£)?\s*\d[\d,]*(?:\.\d+)?(?:\s*/\s*\d+)?"
                              r"(?:\s*(?:万亿|千万|百万|万|亿|thousand|million|billion|trillion)(?![a-z]))?\s*%?")
_PROSE_WORD_RE = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{3,}")
_NOT_PROSE_RE = re.compile(r"[=<>^\\{}|*]|\b(?:not|no|never|isn't|cannot|can't|nor|or)\b|[不没非无或]|\d\s*[a-zA-Z]\b"
                           r"|\b(?:sqrt|sin|cos|tan|log|ln|exp|pi)\b", re.I)
_LEADING_CJK_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")


def prose_quantity(s: str) -> Quantity | None:
    """The one number (with the unit right after it) in a sentence that states it; None when the text
    is not prose, holds no number or several, or negates or hedges (不, not, or)."""
    if len(s) > 300 or not _PROSE_WORD_RE.search(s) or _NOT_PROSE_RE.search(s):
        return None
    found = [m for m in _PROSE_NUMBER_RE.finditer(s) if m.group().strip()]
    if len(found) != 1:
        return None
    m = found[0]
    number, tail = m.group().strip(), s[m.end():]
    unit = unit_after(tail)
    return quantity_from_clean(f"{number} {unit}" if unit else number)


_DEGREE_UNIT_RE = re.compile(r"\s*(°\s*[CF]\b|°|\\circ\s*[CF]\b)")


def unit_after(tail: str) -> str | None:
    """A known unit word right after a number (`hours`, 千米, 人, °F); None when the next word is not one."""
    if m := _DEGREE_UNIT_RE.match(tail):
        return m.group(1).replace("\\circ", "°").replace(" ", "")
    if m := _LEADING_CJK_UNIT_RE.match(tail):
        for end in range(len(m.group()), 0, -1):
            unit = normalize_unit(m.group()[:end])
            if unit is not None and (unit_dimension(unit) is not None or end == 1):
                return m.group()[:end]
        return None
    word = re.match(r"\s*((?:square |cubic |sq )?[A-Za-z]+(?:/[A-Za-z]+)?)", tail)
    if word and _IN_PHRASE.match(tail):
        return None  # "$4,500.00 in total": the preposition, not inches
    if word and (unit := normalize_unit(word.group(1))) and unit_dimension(unit) is not None:
        return word.group(1)
    return None


_IN_PHRASE = re.compile(r"\s*in\s+(?:total|all|the|a|an|each|his|her|their|its|our|my|your|cash|change|interest)\b",
                        re.IGNORECASE)
# Mixed units: "2 hours 30 minutes", 3小时20分, 12元5角. 分 is minutes after a time, fen after money.
_COMPOUND_PART_RE = re.compile(r"\s*(?:(?P<sign>\$|€|£|¥)\s*)?(\d+(?:\.\d+)?)\s*"
                               r"(?(sign)|([a-zA-Z]+|[\u4e00-\u9fff]{1,2}))\s*(?:and\s*|,\s*)?")  # "$3 and 50 cents"
_AFTER = {"分": {"time": "min", "cny": "fen"}, "秒": {"time": "s"}}


_COMPOUND_TAIL_RE = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:[a-zA-Z]+|[\u4e00-\u9fff]{1,2})\s*(?:and\s*|,\s*)?){2,5}[.。]?$")


def compound_in_sentence(s: str) -> Quantity | None:
    """The mixed-unit amount a sentence ends on: "刘洋一共要付704元6角2分" -> 704.62 元."""
    phrase = compound_tail(s)
    return compound_quantity(phrase) if phrase else None


def compound_tail(s: str) -> str | None:
    """The words of the mixed-unit amount a sentence ends on ("... 31 dollars and 28 cents."), or None."""
    m = _COMPOUND_TAIL_RE.search(s[-80:])
    phrase = m.group().rstrip(".。").strip() if m else ""
    return phrase if phrase and compound_quantity(phrase) is not None else None


def compound_quantity(s: str) -> Quantity | None:
    """Two or more number-unit pairs of one dimension, summed into the first (largest) unit; None otherwise."""
    parts, pos, dim = [], 0, None
    while pos < len(s) and (m := _COMPOUND_PART_RE.match(s, pos)) and m.end() > pos:
        word = m.group("sign") or m.group(3)
        unit = _AFTER.get(word, {}).get(dim) if word in _AFTER else normalize_unit(word)
        found = unit_dimension(unit) if unit else None
        if found is None or (dim is not None and found[0] != dim):
            return None
        dim = found[0]
        parts.append((Fraction(m.group(2)), unit, found[1]))
        pos = m.end()
    if pos != len(s) or len(parts) < 2:
        return None
    first_unit, first_factor = parts[0][1], parts[0][2]
    return Quantity(sum(v * f for v, _, f in parts) / first_factor, first_unit, None, mixed=True)


# Locale: a text that writes decimals with a comma ("3,45", "13,8 ÷ 4") and never with a point.
# A comma decimal outside brackets and lists: "(5,7)" or "1,2,3" are no evidence.
_COMMA_DECIMAL_RE = re.compile(r"(?<![\d,.(\[{])\d+,\d{1,2}(?![\d,)\]}])|(?<![\d,.(\[{])\d{1,3}(?:\.\d{3})+,\d+")
_POINT_DECIMAL_RE = re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])")
_COMMA_NUMBER_RE = re.compile(r"(?<![\d,.])(\d{1,3}(?:\.\d{3})+|\d+),(\d+)(?![\d,])")


def writes_decimal_commas(text: str) -> bool:
    """The text writes decimals with a comma ("3,45", "1.250,5") at least twice and never with a point, so a
    comma before three digits ("2,125") is a decimal comma too, not a thousands separator."""
    return len(_COMMA_DECIMAL_RE.findall(text)) >= 2 and _POINT_DECIMAL_RE.search(text) is None


def point_decimals(answer: str) -> str:
    """Decimal commas as points, thousands points dropped: "1.250,5" -> "1250.5", "2,125" -> "2.125". A
    bracketed answer ("(5,7)") is a pair or an interval and stays as it is."""
    if any(c in answer for c in "()[]{}"):
        return answer
    return _COMMA_NUMBER_RE.sub(lambda m: m.group(1).replace(".", "") + "." + m.group(2), answer)



_CLOCK = re.compile(r"(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?\s*(?:([ap])\.?\s*m\.?\b|(上午|凌晨|早上|下午|晚上|中午))?"
                    r"(?P<rest>[^\d]{0,30})", re.IGNORECASE)
_DAY_PART = re.compile(r"(?<=\d)\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b", re.IGNORECASE)
_CN_CLOCK = re.compile(r"(\d{1,2})\s*(?:点(?:\s*(?:(\d{1,2})\s*分|(半)))?|时\s*(\d{1,2})\s*分)")
_CN_CLOCK_WORD = re.compile(r"([零〇一二两三四五六七八九十]{1,3})\s*([点时分])")
_CLOCK_PREFIX = re.compile(r"(上午|凌晨|早上|下午|晚上|中午)\s*")


_H_CLOCK = re.compile(r"(\d{1,2})\s*h\s*(\d{2})")


def clock_minutes(text: str) -> int | None:
    """A time of day as minutes after midnight: "2:00 PM", "14:00", "01:40 the next day", 下午2:00; None for
    anything else. A 12-hour time without am/pm is read as written."""
    s = text.strip().strip("$*").strip().replace("{:}", ":")  # "15{:}40": LaTeX's spacing-free colon
    s = _DAY_PART.sub(lambda m: " am" if (m.group(1) or "").lower() == "morning" else " pm", s)  # "2:45 in the evening"
    half = None
    if m := _CLOCK_PREFIX.match(s):
        half, s = m.group(1), s[m.end():]
    s = _CN_CLOCK_WORD.sub(lambda w: f"{read_chinese(w.group(1))[0]}{w.group(2)}", s)  # 二点四十分: 2点40分
    if m := _CN_CLOCK.match(s):  # 下午3点, 3点半, 9点15分, 9时15分: the same time as 3:00, 3:30, 9:15
        minutes = "30" if m.group(3) else (m.group(2) or m.group(4) or "0").zfill(2)
        s = f"{m.group(1)}:{minutes}{s[m.end():]}"
    if m := _H_CLOCK.fullmatch(s):
        s = f"{m.group(1)}:{m.group(2)}"  # "14h20", "9 h 05": the 24-hour clock as French and others write it
    m = _CLOCK.fullmatch(s)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    suffix = (m.group(3) or "").lower() or ({"下午": "p", "晚上": "p", "中午": "p"}.get(m.group(4) or half or "", "a")
                                             if (m.group(4) or half) else "")
    if hour > 23 or minute > 59 or (suffix and not 1 <= hour <= 12):
        return None
    if suffix == "p" and hour != 12:
        hour += 12
    elif suffix == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute
