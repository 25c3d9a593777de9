"""Caveats: evidence that a comparison the rules call exact was not exact for this case.

    caveat(kind, question, answer, reference, equal, options)   -> None, or why the verdict is unsure

A rule verdict is sure only when its comparison is exact for the case at hand. These checks look at what the
comparison may have passed over and, when they find it, the verdict stays but becomes unsure (a judge, if
given, decides):

- units: both sides carry a unit and the units differ ("12π cm²" for 12π cm³, "1 mol" for 1 mol/L,
  "1000 mmol/L" for 1 mol/L), or an angle in degrees is written with π ("2π/3 degrees" for 120°);
- precision: a decimal coarser than the reference's ("12.7%" for 12.68%), or a decimal where the reference
  is exact ("78.54 cm²" for 25π cm²);
- direction words: "increase"/"decrease", "above"/"below" on one side and not the same on the other;
- interval ends that differ only in brackets when the question states no inequality ("[48.04, 51.96]" for a
  confidence interval written (48.04, 51.96));
- absolute-value bars the other side leaves out (ln(ln x) for ln|ln x|, equal where the question's domain says so);
- a form asked by the question (simplified, expanded, scientific notation) where the answer is the same value
  in another form ("3\\sqrt{8}" for 6\\sqrt{2} when asked to simplify, "52 \\times 10^{-5}" for 5.2 \\times 10^{-4});
- an option's label written with a text that is not that option's ("(C) sp²" where C is "sp");
- an answer written in words against a reference in digits that the rules did not match ("nineteen eighty-nine").
"""

from __future__ import annotations

import re
import unicodedata

from .asked_forms import asks_form
from .final_values import names_value_and_point
from .latex_layout import clean, squash
from .number_words import read_chinese, read_english
from .numbers import parse_quantity
from .shapes import Value
from .structures import parse_answer
from .units import normalize_unit, unit_dimension

# A unit after the value: letters, Chinese, %, ° with powers and one "/": "cm^3", "mol/L", "立方厘米", "km/h".
_UNIT_TAIL = re.compile(r"(?:\d|\\pi|\)|\})\s*(?P<unit>(?:[A-Za-zμΩ°%\u4e00-\u9fff][A-Za-zμΩ\u4e00-\u9fff]*"
                        r"(?:\^\{?-?\d\}?)?(?:\s*(?:/|\\cdot|·)\s*[A-Za-zμΩ\u4e00-\u9fff]+(?:\^\{?-?\d\}?)?)*)|%)\s*$")
# One-letter tails are variables ("2x") unless they are a common unit.
_ONE_LETTER_UNITS = frozenset("mgsLMKNJWVAh%°")
_NOT_UNIT = frozenset({"am", "pm", "AM", "PM"})  # times of day, compared as clock times
_PI = re.compile(r"\\pi|π")
_DEGREE = re.compile(r"°|\\circ|\bdeg(?:rees?)?\b|度")
_DIRECTION = re.compile(r"\b(?:increase[sd]?|decrease[sd]?|gain|loss|rise|drop|fall|higher|lower|above|below|"
                        r"more|less|up|down)\b|增加|减少|上涨|下降|提高|降低|上升", re.IGNORECASE)
_DECIMAL = re.compile(r"(?<![\d.])\d+(?:\.(\d+))?(?![\d.])")
_EXACT_SYMBOL = re.compile(r"\\pi|π|\\sqrt|√|\\ln|\\log|\be\^")
_ABS = re.compile(r"\\left\||\\right\||\\[lr]vert|\|")
_INEQUALITY = re.compile(r"[<>≤≥]|\\[lg]eq?\b|\\[lg]t\b|inequalit|domain|range|solution set|solve|"
                         r"不等式|定义域|值域|解集|取值范围", re.IGNORECASE)
_LABELLED = re.compile(r"\s*[(（]?\s*([A-Za-z]|\d{1,2})\s*[)）.．:：]\s*(?P<text>\S.*)$")
_DIGIT = re.compile(r"\d")
_CHANGE = re.compile(r"\d+(?:\.\d+)?\s*(?:\\?%|percent)?")
_BELOW_ZERO = re.compile(r"below\s+zero|零下", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                          r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|"
                          r"third|quarter)s?\b|[零一二两三四五六七八九十百千万亿]", re.IGNORECASE)
_DIRECTION_SIGN = {"decrease": -1, "decreases": -1, "decreased": -1, "loss": -1, "drop": -1, "fall": -1,
                   "lower": -1, "below": -1, "less": -1, "down": -1, "减少": -1, "下降": -1, "降低": -1}


def split_unit(text: str) -> tuple[str, str] | None:
    """(value, unit in one spelling) of a value with a unit after it ("12\\pi cm^3" for 12\\pi\\ \\text{cm}^3,
    12π cm³ or 12π 立方厘米); None when no unit follows the value."""
    cleaned = clean(text).strip().rstrip(".")
    m = _UNIT_TAIL.search(cleaned)
    if not m:
        return None
    unit = m.group("unit").strip()
    if (len(unit) == 1 and unit not in _ONE_LETTER_UNITS and not (_CJK.match(unit) and normalize_unit(unit))) \
            or unit in _NOT_UNIT:  # 米, 克, 秒: one character, a unit
        return None
    return cleaned[:m.start("unit")].strip(), normalize_unit(unit) or squash(unit).replace("{", "").replace("}", "")


def unit_of(text: str) -> str | None:
    """The unit written after the value, in one spelling; None if none."""
    split = split_unit(text)
    return split[1] if split else None


def directions(text: str) -> list[str]:
    text = _BELOW_ZERO.sub(" ", text)  # "17 degrees below zero" is read as -17 by numbers.py
    return [m.group().lower() for m in _DIRECTION.finditer(text)]


def direction_sign(text: str) -> int:
    """-1 when the text names a decrease ("lower", "below", 减少), else 1."""
    return -1 if any(_DIRECTION_SIGN.get(w, 1) < 0 for w in directions(text)) else 1


def _units_differ(ua: str | None, ur: str | None, equal: bool | None, symbolic: bool = False) -> bool:
    """Units the comparison could not have converted: one unknown, or known but of other dimensions (when they
    matched). Known units of one dimension were converted ("5000 meters" = 5 km)."""
    if not ua or not ur or ua == ur:
        return False
    da, dr = unit_dimension(ua), unit_dimension(ur)
    if da is None or dr is None:
        return True
    return (bool(equal) and da[0] != dr[0]) or symbolic  # "2500π mm²": an expression is not converted


def _in_words(answer: str) -> bool:
    """An answer opening with number words that the readers cannot read whole ("ten dollars and eighty-five
    cents")."""
    if _DIGIT.search(answer) or "\\" in answer or not _NUMBER_WORD.match(answer.strip()):
        return False
    read = read_english(answer) or read_chinese(answer)
    return read is None or bool(read[2].strip(" .。%"))


def signed(text: str) -> str | None:
    """"4% decrease", "a decrease of 4%", "4% lower" -> "-4%": a change written with one word of decrease and one
    number, as a signed value; None otherwise (an increase is the number itself)."""
    text = _CN_PERCENT.sub(_percent_digits, text)  # "降低了百分之四" is "降低了4%"
    words = directions(text)
    numbers = _CHANGE.findall(text)
    if len(words) != 1 or _DIRECTION_SIGN.get(words[0], 1) > 0 or len(numbers) != 1:
        return None
    rest = _CHANGE.sub(" ", text.lower()).replace(words[0], " ")
    if re.search(r"[a-z\u4e00-\u9fff]{3,}", re.sub(r"\b(?:of|by|a|an|the|net|change|percent)\b", " ", rest)):
        return None  # "the final price is 96% of the original": more than a change
    return "-" + numbers[0].replace(" ", "").replace("percent", "%")


_CN_PERCENT = re.compile(r"百分之[零〇一二两三四五六七八九十百点]+")


def _percent_digits(match: re.Match) -> str:
    read = read_chinese(match.group())
    return match.group() if read is None else f"{float(read[0]):g}%"


def _places(text: str) -> list[int]:
    return [len(m.group(1) or "") for m in _DECIMAL.finditer(text)]


def _norm(text: str) -> str:
    return re.sub(r"\\times|×|\\cdot|[\s$^{}\\]|text|mathrm", "", unicodedata.normalize("NFKC", text)).casefold()


def _option_text_mismatch(answer: str, options: dict[str, str]) -> bool:
    m = _LABELLED.match(answer)
    if not m or m.group(1) not in options:
        return False
    said, own = _norm(m.group("text").rstrip(" .。")), _norm(options[m.group(1)])
    if not said or said == own:
        return False
    return not (len(said) >= 12 and (own.startswith(said) or said.startswith(own)))


def caveat(kind: str, question: str, answer: str, reference: str, equal: bool | None,
           options: dict[str, str] | None = None) -> str | None:
    """Why a verdict a rule called exact may not be, or None."""
    if kind == "multiple_choice":
        if equal and options and _option_text_mismatch(answer, options):
            return "the option's label is written with a text that is not that option's"
        return None
    if kind not in ("math", "short_answer"):
        return None
    ua, ur = unit_of(answer), unit_of(reference)
    if _units_differ(ua, ur, equal, bool(_EXACT_SYMBOL.search(answer + reference))):
        return f"the answer's unit ({ua}) is not the reference's ({ur})"
    if _PI.search(answer) and _DEGREE.search(answer) and not _PI.search(reference):
        return "an angle written with π and in degrees"
    if direction_sign(answer) != direction_sign(reference):
        return "a direction word (increase, decrease, below ...) differs"
    if equal:
        pa, pr = _places(answer), _places(reference)
        if len(pa) == len(pr) == 1 and pa[0] < pr[0] and ua == ur and _value(answer) != _value(reference) \
                and not (_CJK.search(answer) or _CJK.search(reference)):
            return "the answer is rounded coarser than the reference"
        if pa and "." in answer and _EXACT_SYMBOL.search(reference) and not _EXACT_SYMBOL.search(answer):
            return "a decimal for an exact reference"
        if asks_form(question) and _other_form(answer, reference):
            return "the question asks for a form, and the answer writes the value in another"
        return None
    if equal is False:
        a, r = squash(clean(answer)), squash(clean(reference))
        if a.translate(_ROUND) == r.translate(_ROUND) and a != r and not _INEQUALITY.search(question):
            return "the intervals differ only in their brackets, and the question states no inequality"
        if bool(_ABS.search(answer)) != bool(_ABS.search(reference)):
            return "absolute-value bars on one side only: equal where the domain makes the inside positive"
        if _in_words(answer) and _DIGIT.search(reference):
            return "the answer is written in words"
        if _angle_units_differ(answer, reference):
            return "an angle in radians against one in degrees (or the reverse): a conversion, not a mismatch"
    return None


def _angle_units_differ(answer: str, reference: str) -> bool:
    """One side is an angle in degrees, the other a multiple of π with no degree mark: "7π/18" for 70°."""
    def radians(text: str) -> bool:
        return bool(_PI.search(text)) and not _DEGREE.search(text)
    return (bool(_DEGREE.search(reference)) and radians(answer)) \
        or (bool(_DEGREE.search(answer)) and radians(reference))


_ROUND = str.maketrans("[]", "()")
_POWER_OF_TEN = re.compile(r"(?:\\times|×|\\cdot|\*|x)\s*10\s*\^|[eE][+-]?\d")
_MANTISSA = re.compile(r"^\s*-?(?:[1-9](?:\.\d+)?)\s*(?:\\times|×|\\cdot|\*|x)\s*10\s*\^")


def _other_form(answer: str, reference: str) -> bool:
    """The answer is the reference's value in another written form: not the same text, and not two numbers of
    one exact value (2/3 for \\frac{2}{3}), except a power of ten whose mantissa is not in [1, 10)."""
    a, r = squash(clean(answer)), squash(clean(reference))
    if a == r or "=" in r:
        return False
    if _POWER_OF_TEN.search(r) and _POWER_OF_TEN.search(a):
        return not _MANTISSA.match(clean(answer))
    qa, qr = parse_quantity(answer), parse_quantity(reference)
    if qa and qr:
        return not (qa.value == qr.value and qa.unit == qr.unit)
    pa, pr = parse_answer(clean(answer)), parse_answer(clean(reference))
    if not isinstance(pa, Value) or not isinstance(pr, Value):
        return False  # a ratio, a list, a text: its notation is not a form of the value
    return pa.node != pr.node  # "b + a", "8 \\cdot \\sqrt2" are a + b and 8\\sqrt{2} written alike
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _value(text: str) -> float | None:
    m = _DECIMAL.search(text)
    return float(m.group()) if m else None


# Reasons a structure comparison, a family of solutions or a reference's value inside a longer answer
# leaves a verdict unsure (used by verify.py).

def words_beside(text: str | None) -> set[str]:
    """The words around a math value ("center at (3, -2) with r = 4" -> {center, with}; "x 等于 4" -> {等, 于}):
    English words of three letters or more and Chinese characters, less units, numerals and "or"/"and"."""
    plain = _LATEX_TEXT.sub(" ", text or "")
    english = {w.lower() for w in _ENGLISH_WORD.findall(plain)} - _GLUE_WORDS
    english |= {m.group().lower() for m in _ABBREVIATION.finditer(plain)}  # "a = 5, b = -14, i.e. 5 - 14i"
    english |= {m.group().lower() for m in _SHORT_CONNECTIVE.finditer(plain)}  # "(x - 1)(x + 3) = 0, so x ∈ {1, -3}"
    return english | {ch for ch in _CJK.findall(plain) if ch not in _CJK_UNIT_CHARS}


_SHORT_CONNECTIVE = re.compile(r"(?<![A-Za-z])so(?![A-Za-z])", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?<![A-Za-z])(?:i\.\s?e|e\.\s?g|viz|cf)\.", re.IGNORECASE)
_LATEX_TEXT = re.compile(r"\\(?:begin|end)\s*\{[a-zA-Z*]*\}|\\[A-Za-z]+")  # commands and environment names
_ENGLISH_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
_CJK_UNIT_CHARS = set("万亿千百十元角分个只米克吨度岁天年月日时秒次人倍份块张本条平方立厘毫公里升小钟周"
                      "零一二三四五六七八九两之或和且与及")
_GLUE_WORDS = {"and", "not", "the", "are", "text"}


def written_apart(answer: str | None, reference: str) -> str | None:
    """Why a comparison of written forms cannot be sure here: a family of solutions with an integer parameter
    ("x = 2k\\pi \\pm \\frac{\\pi}{3}, k \\in \\mathbb{Z}": the same family has many forms), a function by cases, or a
    reference naming several values in words ("local minimum -1, attained at x = 1": one of them may be matched)."""
    if _FAMILY.search(reference) or _FAMILY.search(answer or ""):
        return "a family of solutions or a function by cases, compared as written"
    if names_value_and_point(reference):
        return "the reference names several values in words"
    return None


_FAMILY = re.compile(r"\\begin\s*\{cases\}|\bk\s*(?:\\in|∈)|\bk\s+(?:is\s+)?an?\s+integer|k\s*(?:为|是)整数|"
                     r"k\s*\\pi|kπ|\(-1\)\^\{?k|\bk\s*\\cdot\s*\d+\s*°", re.IGNORECASE)


def holds_reference(answer: str | None, reference: str) -> bool:
    """The reference written whole inside a longer answer ("x = 5, y = 3" for 5, "5 and 6" for 6): which part
    was meant as the answer is a judge's call. Not inside a number or a formula ("15", "-5", "1/5")."""
    ref, ans = " ".join(reference.replace("$", " ").split()), " ".join((answer or "").replace("$", " ").split())
    if not ref or ref == ans or len(ref) > 40 or ref not in ans or re.search(r"\bor\b|或", ans):
        return False  # "980 or 945": two answers offered, which is wrong whichever was meant
    return re.search(rf"(?<![A-Za-z0-9.\-/{{^_\\]){re.escape(ref)}(?![A-Za-z0-9.}}/^_])", ans) is not None
