"""Readings of a math answer's text before it is parsed: the residue a congruence states, the one amount a
sentence states, a Chinese count without its verb, and the value of an equation whose left side the question
gives.

    residue("9^{136} \\equiv 2 \\pmod{7}", "2")                   # "2"
    stated_quantity("共用了一百七十四分钟")                         # Quantity(174, "min")
    stated_quantity("eight dollars and seventy-five cents")          # Quantity(35/4, "$")
    unframed("鸡有12只")                                            # "鸡12只"
    given_side("(x+5)(x-2) = x^2+3x-10", "Expand (x+5)(x-2).")      # "x^2+3x-10"
    without_gloss("1/4 (about 25.0%)")                              # "1/4"
    written_out("52°54'"), written_out("4 cis(\\pi/6)")            # "2646/50°", "4 e^{i(\\pi/6)}"
    written_out("all x between 3 and 7 inclusive")                 # "3 \\le x \\le 7"
    written_out("all k greater than 1"), written_out("3 in 8")      # "k > 1", "3/8"
    last_link("\\frac{(x+2)(x+5)}{x+2} \\Rightarrow x + 5")        # "x + 5"
    without_lead("the two roots are -2 + 3i and -2 - 3i")           # "-2 + 3i and -2 - 3i"

math_equiv.math_equal applies these to the cleaned texts of both sides.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .latex_layout import APPROXIMATE, squash
from .number_words import counted_numerals, english_counts
from .numbers import Quantity, compound_in_sentence, compound_quantity, prose_quantity


def stated_quantity(s: str) -> Quantity | None:
    """The one amount a sentence states, Chinese counts read as digits: "共用了一百七十四分钟" -> 174 min."""
    s = counted_numerals(s) if _CJK_CHAR.search(s) else s
    found = prose_quantity(s) or compound_quantity(s) or compound_in_sentence(s)
    if found is None and (digits := english_counts(s)) != s:  # "eight dollars and seventy-five cents"
        found = compound_quantity(digits)
    return found


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_CONGRUENCE = re.compile(r"^.*?(?:\\equiv|≡)\s*(?P<value>[^\\≡]+?)\s*(?:\\pmod\s*\{?\s*\w+\s*\}?|"
                         r"\\?\(\s*\\?(?:bmod|mod)\s*\w+\s*\\?\)|\\bmod\s*\w+)\s*$")


def residue(answer: str, other: str) -> str:
    """`9^{136} \\equiv 2 \\pmod{7}` and `2 (mod 7)` state the residue 2: its value when the other side is no
    congruence."""
    if "equiv" in other or "≡" in other or "mod" in other:
        return answer
    if m := _CONGRUENCE.match(answer.strip().rstrip(".")):
        return m.group("value")
    if m := _MOD_SUFFIX.fullmatch(answer.strip().rstrip(".")):
        return m.group("value")
    return answer


_MOD_SUFFIX = re.compile(r"(?P<value>-?\d+)\s*(?:\\pmod\s*\{?\s*\d+\s*\}?|\\?\(\s*\\?(?:bmod|mod)\s*\d+\s*\\?\)|"
                         r"\\bmod\s*\d+|\(\s*mod\s*\d+\s*\))")


# A verb between a CJK label and its count: "鸡有12只" states what "鸡12只" does.
_COUNT_VERB = re.compile(r"(?<=[\u4e00-\u9fff])(?:共有|有|是|为|共)\s*(?=\d)")


def unframed(s: str) -> str:
    return _COUNT_VERB.sub("", s)


_GIVEN_LEFT = re.compile(r"[^=<>]{3,80}?(?==(?!=))")


def given_side(answer: str, question: str) -> str:
    """`(x+5)(x-2) = x^2+3x-10` for "Expand (x+5)(x-2)": an equation whose left side is the expression the
    question gives states the value on its right (its last side); anything else is returned unchanged."""
    if "=" not in answer or not question or (left := _GIVEN_LEFT.match(answer)) is None:
        return answer
    lhs = squash(left.group())
    if len(lhs) < 3 or not re.search(r"[-+*/^()\\]", lhs) or lhs not in squash(question):
        return answer
    return answer.rsplit("=", 1)[1].strip()


# "y(x) =", "f(t)=": a one-letter function's name with its one-letter argument, left of the first "=".
_FUNCTION_LEFT = re.compile(r"\s*(?P<name>[A-Za-z])\s*\(\s*[A-Za-z]\s*\)\s*(?==(?!=))")


def renamed_parameter(a: str, b: str) -> tuple[str, str]:
    """`x = \frac{\\pi}{4} + \frac{n\\pi}{2}, n \\in \\mathbb{Z}` against the same family in k: the integer
    parameter of `b` renamed to `a`'s letter, so the families compare."""
    mine, theirs = _INTEGER_PARAMETER.search(a), _INTEGER_PARAMETER.search(b)
    if not mine or not theirs or mine.group(1) == theirs.group(1) or re.search(rf"(?<![A-Za-z\\]){mine.group(1)}"
                                                                              rf"(?![A-Za-z])", b):
        return a, b
    return a, re.sub(rf"(?<![A-Za-z\\]){theirs.group(1)}(?![A-Za-z])", mine.group(1), b)


_INTEGER_PARAMETER = re.compile(r"(?<![A-Za-z\\])([a-z])\s*(?:\\in|∈)\s*(?:\\mathbb\s*\{?\s*Z\s*\}?|ℤ|Z\b)")


def function_name_sides(a: str, b: str) -> tuple[str, str]:
    """`y(x) = -5e^{-x} + 4` against `y = -5e^{-x} + 4`: a function named with its argument on one side and
    bare on the other is the same name; the argument is dropped from the side that writes it."""
    if (m := _FUNCTION_LEFT.match(a)) and re.match(rf"\s*{m.group('name')}\s*=(?!=)", b):
        return m.group("name") + a[m.end():], b
    if (m := _FUNCTION_LEFT.match(b)) and re.match(rf"\s*{m.group('name')}\s*=(?!=)", a):
        return a, m.group("name") + b[m.end():]
    for one, other in ((a, b), (b, a)):  # "y = (3x+1)/(3x-5)" for "f^{-1}(x) = …": an inverse written as y = …
        if (named := _INVERSE_LEFT.match(one)) and (bare := _Y_LEFT.match(other)):
            pair = (one[named.end():], other[bare.end():])
            return pair if one is a else pair[::-1]
    return a, b


_INVERSE_LEFT = re.compile(r"\s*[A-Za-z]\s*\^\s*\{?\s*-\s*1\s*\}?\s*\(\s*[A-Za-z]\s*\)\s*=(?!=)")
_Y_LEFT = re.compile(r"\s*y\s*=(?!=)")


_APPROXIMATE_GLOSS = re.compile(rf"\s*[(（]\s*{APPROXIMATE}\s*[^()（）]{{1,30}}[)）]\s*$", re.IGNORECASE)


# "-3（在x=2处取得）": a note in Chinese words after the value (two CJK characters or more)
_CJK_NOTE = re.compile(r"\s*[(（][^()（）]*[\u4e00-\u9fff][^()（）]*[\u4e00-\u9fff][^()（）]*[)）]\s*$")

_NOT_A_NOTE = re.compile(r"或|也|可能|不|非|约|近似|大概|还是|否")


# "1.22 (elastic)", "159 MPa (tensile)": one word after the value, a note on it (a phrase, "7 (the second root)",
# may say which of several values it is, so it stays)
# "\infty (the function grows without bound)": a remark of three words or more, no numbers, saying nothing of
# which value it is (not "(the second root)"), after the value (as written, or after clean() unwrapped \text)
_EXACT_FORM = re.compile(r"\\(?:frac|dfrac|tfrac|sqrt|ln|log|arctan|arcsin|arccos|pi|sin|cos|tan)\b|√|π|"
                         r"\b(?:log|ln)\s*\(")  # an exact form before "≈ decimal", not a name ("v ≈ 9.9")
_APPROXIMATED = re.compile(r"\s*(?:≈|\\approx)\s*-?\d+(?:\.\d+)?\s*(?:rad|°|\\circ)?\s*$")
_TEXT_NOTE = re.compile(r"\s(?:\\text\s*\{\s*)?\((?![^()]*\b(?:root|solution|value|answer|one|first|second|third)s?\b)"
                        r"[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,9}\)\s*\}?\s*$", re.IGNORECASE)
_WORD_NOTE = re.compile(r"\s*\(\s*[A-Za-z]{3,}\s*\)\s*$")
_NOT_A_WORD_NOTE = re.compile(r"\b(?:or|not|maybe|perhaps|possibly|wrong|incorrect|unsure|either|rejected)\b",
                              re.IGNORECASE)
# "σ ≈ 159 MPa": a named value given approximately, read as its value ("1/6 ≈ 0.1667" names no value: a number)
_NAMED_APPROXIMATELY = re.compile(r"^(?=[^\d\s.(-])[^\s\d]{1,12}?\s*(?:≈|\\approx)\s*(?=[-\d])")


def without_gloss(answer: str) -> str:
    """`1/4 (about 25.0%)`, `-3（在x=2处取得）`, `1.22 (elastic)`: the value without the approximation or the note
    after it; `σ ≈ 159 MPa` as `159 MPa`."""
    answer = _APPROXIMATE_GLOSS.sub("", answer) or answer
    if (tail := _APPROXIMATED.search(answer)) and _EXACT_FORM.search(answer[:tail.start()]):
        answer = answer[:tail.start()]  # "\frac{\ln 6}{\ln 5} \approx 1.1133": the exact form, its decimal aside
    if (text_note := _TEXT_NOTE.search(answer)) and not _NOT_A_WORD_NOTE.search(text_note.group()):
        answer = answer[:text_note.start()] or answer  # "\infty \text{ (the function grows without bound)}"
    if (word_note := _WORD_NOTE.search(answer)) and not _NOT_A_WORD_NOTE.search(word_note.group()):
        answer = answer[:word_note.start()] or answer
    answer = _NAMED_APPROXIMATELY.sub("", answer)
    note = _CJK_NOTE.search(answer)
    if note is None or _NOT_A_NOTE.search(note.group()):  # "3（也可能是4）", "3（不是4）": another value, not a note
        return answer
    return answer[:note.start()] or answer


# 52°54', "64 degrees 42 minutes", 23度54分: an angle in degrees and minutes
_DEGREES_MINUTES = re.compile(r"\s*(-?)(\d+)\s*(?:°|degrees?|deg|度)\s*,?\s*(?:and\s+)?(\d+(?:\.\d+)?)\s*"
                              r"(?:'|′|minutes?|mins?|arcmin(?:utes?)?|分)\s*\.?\s*", re.IGNORECASE)
_CIS = re.compile(r"\bcis\s*(?=\()")
# "all x between 3 and 7 inclusive": an interval in words (a bare "between" says nothing of the ends)
_BETWEEN = re.compile(r"\s*(?:all\s+)?(?:real\s+)?(?:numbers\s+|values\s+)?(?:(?P<var>[a-z])\s+)?(?:(?:is|lies)\s+)?"
                      r"(?P<strict>strictly\s+)?between\s+(?P<a>-?[\d./]+)\s+and\s+(?P<b>-?[\d./]+)\s*,?\s*"
                      r"\(?(?P<ends>inclusive(?:ly)?|exclusive(?:ly)?)?\)?\s*\.?\s*", re.IGNORECASE)

_CHANCES = re.compile(r"\s*(\d+)\s+(?:in|out\s+of)\s+(\d+)(?:\s+chances?)?\s*\.?\s*", re.IGNORECASE)
# "all k greater than 1", "every x at most -2", "x is less than or equal to 3": one side of a relation in words
_COMPARISONS = {"greater than": ">", "more than": ">", "larger than": ">", "bigger than": ">", "less than": "<",
                "smaller than": "<", "greater than or equal to": "\\ge", "less than or equal to": "\\le",
                "at least": "\\ge", "at most": "\\le", "no less than": "\\ge", "no more than": "\\le",
                "no greater than": "\\le", "no smaller than": "\\ge"}
_ONE_SIDED = re.compile(r"\s*(?:(?:all|every|any)\s+(?:real\s+)?(?:values?\s+of\s+)?)?\$?(?P<var>[a-z])\$?\s+"
                        r"(?:(?:is|are|being|that\s+(?:is|are))\s+)?(?:(?:strictly|real\s+and)\s+)?"
                        r"(?P<op>(?:no\s+)?(?:greater|more|larger|bigger|less|smaller)\s+than(?:\s+or\s+equal\s+to)?|"
                        r"at\s+(?:least|most))\s+\$?(?P<a>-?\d+(?:[./]\d+)?)\$?\s*\.?\s*", re.IGNORECASE)


def in_degrees_minutes(answer: str) -> bool:
    """52°54': an exact angle, which a decimal of degrees equals only exactly (64°41' is not 64.7°)."""
    return _DEGREES_MINUTES.fullmatch(answer) is not None


def written_out(answer: str) -> str:
    """An angle in degrees and minutes as degrees, `r cis(t)` as `r e^{i(t)}`, "all x between a and b inclusive"
    (or exclusive, or strictly between) and "all k greater than 1" as the inequality, "3 in 8" as 3/8; anything
    else unchanged."""
    if m := _DEGREES_MINUTES.fullmatch(answer):
        if Fraction(m.group(3)) < 60:
            value = int(m.group(2)) + Fraction(m.group(3)) / 60
            return f"{m.group(1)}{value.numerator}/{value.denominator}°"
    if _CIS.search(answer):
        return _cis_as_exponential(answer)
    if (m := _BETWEEN.fullmatch(answer)) and (m.group("strict") or m.group("ends")):
        op = "<" if m.group("strict") or m.group("ends").lower().startswith("ex") else "\\le"
        return f"{m.group('a')} {op} {m.group('var') or 'x'} {op} {m.group('b')}"
    if m := _CHANCES.fullmatch(answer):
        return f"{m.group(1)}/{m.group(2)}"  # "3 in 8", "1 out of 4": a probability as a count of chances
    if (m := _ONE_SIDED.fullmatch(answer)) and (op := _COMPARISONS.get(" ".join(m.group("op").lower().split()))):
        return f"{m.group('var')} {op} {m.group('a')}"
    answer = _CJK_MIXED.sub(r"\1 \2", answer)  # "4又2/7天": a mixed number, 4 2/7
    return _VALUE_BETWEEN.sub(r"\g<lo> y \g<hi>", answer)  # "-8 \le f(x) \le -4": a range of values, as of y


_CJK_MIXED = re.compile(r"(?<![\d.])(\d+)\s*又\s*(\d+\s*/\s*\d+)")
_INEQ = r"(?:\\le(?:q|qslant)?|\\ge(?:q|qslant)?|<=?|>=?|≤|≥)"
# a function's value in the middle of a chain of inequalities ("-8 \le f(x) \le -4", 值域): its range
_VALUE_BETWEEN = re.compile(rf"(?P<lo>{_INEQ})\s*[A-Za-z]\s*\(\s*[A-Za-z]\s*\)\s*(?P<hi>{_INEQ})")


def _cis_as_exponential(answer: str) -> str:
    out, i = [], 0
    for m in _CIS.finditer(answer):
        depth, j = 0, m.end()
        while j < len(answer):
            depth += {"(": 1, ")": -1}.get(answer[j], 0)
            if depth == 0:
                break
            j += 1
        if j >= len(answer):
            return answer  # an unclosed bracket: leave it to the parsers
        out.append(f"{answer[i:m.start()]}e^{{i({answer[m.end() + 1:j]})}}")
        i = j + 1
    return "".join(out) + answer[i:]


_INFINITELY_MANY = re.compile(r"\binfinitely\s+many\b|\binfinite(?:ly)?\s+(?:number\s+of\s+)?(?:solutions|set|pairs)\b|"
                              r"\b(?:system\s+is\s+)?dependent\b|无(?:数|穷)(?:多)?(?:个|组)?解", re.IGNORECASE)
_NO_SOLUTION = re.compile(r"\bno\s+(?:real\s+)?(?:solutions?|pairs?|values?)\b|\binconsistent\b|\bempty\s+set\b|"
                          r"\\(?:emptyset|varnothing)|∅|无解|无实数解|不存在", re.IGNORECASE)


def solution_count(text: str) -> str | None:
    """"infinite" or "none" when a text says how many solutions there are ("infinitely many (x, y) pairs", "the
    system is dependent", "no pair (x, y) satisfies both", "inconsistent", 无解) and not both; None otherwise."""
    many, none = _INFINITELY_MANY.search(text), _NO_SOLUTION.search(text)
    return None if bool(many) == bool(none) else "infinite" if many else "none"


_IMPLIES = re.compile(r"\\(?:Rightarrow|implies|Longrightarrow)(?![A-Za-z])|⇒|⟹|=>")


def last_link(answer: str) -> str:
    """A chain of steps joined by ⇒ ("\\frac{(x+2)(x+5)}{x+2} \\Rightarrow x + 5"): the step it arrives at."""
    links = _IMPLIES.split(answer)
    return links[-1].strip() if len(links) > 1 and links[-1].strip() else answer


# "the two roots are", "its solutions are", "the answer is": words that name what follows, then a copula
_LEAD = re.compile(r"^(?:so\s+|thus\s+|hence\s+)?(?:the|its|their)\s+(?:[A-Za-z]+\s+){0,3}(?:is|are)\s+(?=\S)",
                   re.IGNORECASE)


def without_lead(answer: str) -> str:
    """A value stated in a sentence, without the words that name it ("the two roots are -2 + 3i and -2 - 3i",
    "all real x with x \\ge -4": the condition is the answer)."""
    if (every := _EVERY_X_WITH.match(answer)) and every.end() < len(answer):
        return answer[every.end():]
    m = _LEAD.match(answer)
    rest = answer[m.end():] if m else ""
    if not rest or not re.search(r"[\d\\]", rest) or _LEAD.match(rest) or _NEGATION.match(rest):
        return answer  # "the answer is odd", "the answer is not 5": no value stated
    return rest


_EVERY_X_WITH = re.compile(r"(?:the\s+set\s+of\s+)?(?:all|every|any)\s+(?:real\s+)?(?:numbers?\s+)?[a-z]\s+"
                           r"(?:with|such\s+that|where|satisfying|for\s+which)\s+(?=[a-z0-9\\-])", re.IGNORECASE)
_NEGATION = re.compile(r"(?:not|no|never|neither)\b", re.IGNORECASE)
