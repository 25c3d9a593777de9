"""Comparing a math answer with its reference: the forms compared before the structural comparison
(math_equiv.math_equal) and the readings tried after it says no.

    compare_math(question, answer, reference, budget)   -> (equal?, rule)
    named_equal("mean 8; median 7", "mean = 8, median = 7", question, budget)   -> True

Before: a date, a change in words or with a word of decrease, congruences, labelled parts, an absolute-value
inequality, named values. After: antiderivatives up to their constant, a ± pair, an expression in another unit,
a formula then its value, a decimal comma; what math_equal cannot read goes to the short-answer rules.
verify.py decides which of the rules named here are exact (its EXACT_RULES).
"""

from __future__ import annotations

import re

from nanofrontier.xverify.asked_forms import unfinished_form
from nanofrontier.xverify.caveats import signed, split_unit
from nanofrontier.xverify.choice import parse_options
from nanofrontier.xverify.circles import circle_of
from nanofrontier.xverify.equivalents import (
    antiderivatives_equal,
    congruence,
    has_constant,
    in_base_units,
    labelled_parts,
    named_values,
    plus_minus_pair,
    without_absolute,
    worded_change,
)
from nanofrontier.xverify.latex_layout import clean
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.normalize import fold_unicode
from nanofrontier.xverify.numbers import point_decimals
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.short_forms import compare_dated_days, compare_dates, looks_like_date
from nanofrontier.xverify.verdict import Budget

# "(17, 39)^T", "[1, 2, 3]^{\\top}": a row transposed, i.e. a column vector
_TRANSPOSED = re.compile(r"[(\[](?P<items>[^()\[\]]+,[^()\[\]]+)[)\]]\s*\^\s*\{?\s*(?:T|\\top|\\intercal)\s*\}?")
_MIXED_WITH_AND = re.compile(r"(\d+)\s+and\s+(\d+\s*/\s*\d+)")
_OPTION_LETTER = re.compile(r"\s*\(?\s*([A-E])\s*\)?\s*")  # "(D)", "D": a choice's letter, cleaned of \\text{}
_VALUE_SIDE = re.compile(r"=\s*([^=]+?)\s*$")
_COMMAND, _LETTER = re.compile(r"\\[a-zA-Z]+"), re.compile(r"[a-zA-Z]")
_INDEXED = re.compile(r"(?<![A-Za-z\\_])([a-zA-Zα-ω])_?\{?(\d)\}?\s*=")
_GREEK = dict(zip("αβγδεζηθικλμνξπρστυφχψω", ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu "
                                            "xi pi rho sigma tau upsilon phi chi psi omega").split(), strict=True))
_BARE_COMMA = re.compile(r"\d,\d{1,2}(?!\d)")  # "1,5": a decimal comma, or a list written without a space


def _latex_letter(c: str) -> str:
    return f"\\{_GREEK[c]}" if c in _GREEK else c


def compare_math(question: str, answer: str, reference: str, budget: Budget) -> tuple[bool | None, str]:
    """(equal?, rule) for a math answer; BudgetExceeded propagates (the caller fails closed)."""
    if len(set(_INDEXED.findall(answer))) >= 2:  # "x1=1, x2=-9" (x₁, x₂ folded): the roots x_1 and x_2
        answer = _INDEXED.sub(lambda m: f"{_latex_letter(m.group(1))}_{m.group(2)} =", answer)  # "λ1 =" is \lambda_1
    if (by_option := _by_option(question, answer, reference, budget)) is not None:
        return by_option, "math.option"  # "4" for "\\text{(D)}" when choice (D) is 4
    if looks_like_date(reference) and (by_date := compare_dates(answer, reference)) is not None:
        return by_date, "short.date"  # "2025-06-09" for "June 9, 2025": a date, not a list of numbers
    if (by_day := compare_dated_days(answer, reference)) is not None:
        return by_day, "short.date"  # "3 April 2026, a Friday" for "Friday, 3 April 2026": date and weekday
    if (worded := worded_change(answer)) is not None:
        return math_equal(worded, reference, question=question, budget=budget)[0], "math.words"  # unsure
    if (sa := signed(answer)) is not None or (sr := signed(reference)) is not None:
        sa, sr = signed(answer) or answer, signed(reference) or reference
        return math_equal(sa, sr, question=question, budget=budget)[0], "math.direction"  # "-4%" = "4% decrease"
    if (ca := congruence(fold_unicode(answer))) and (cr := congruence(fold_unicode(reference))):
        return ca == cr, "math.congruence"  # "x ≡ -1 (mod 7)" = "x \\equiv 6 \\pmod{7}" = "x = 7k + 6"
    if (parts := _parts_equal(question, answer, reference, budget)) is not None:
        return parts, "math.parts"  # "(a) -2 (b) \\{0, 3\\}" for "(a) -2 (b) x = 0 or x = 3", part by part
    answer = without_absolute(answer) or answer  # "|k| > 6" is "k < -6 or k > 6"
    if (named := named_equal(answer, reference, question, budget)) is not None:
        return named, "math.named"  # "mean = 7, median = 8" for "mean = 8, median = 7": by name, not as a set
    equal, rule = math_equal(answer, reference, question=question, budget=budget)
    if equal is None and (column := _TRANSPOSED.fullmatch(clean(answer).strip().strip("$ ."))):
        rows = "\\\\".join(x.strip() for x in column.group("items").split(","))
        return math_equal(f"\\begin{{pmatrix}}{rows}\\end{{pmatrix}}", reference, question=question, budget=budget)
    if equal is not True and (ours := circle_of(answer)) and (theirs := circle_of(reference)) \
            and (ours == theirs or equal is None):
        return ours == theirs, "math.circle"  # "C=(2,-3), r=5" for "center (2, -3), radius 5" (unsure)
    if equal is not True and antiderivatives_equal(answer, reference, budget):
        return True, "math.antiderivative"  # "-\frac12\cos^2 x + C" for "\frac12\sin^2 x + C"
    if equal is not True and not has_constant(reference) \
            and antiderivatives_equal(answer, reference, budget, general=True):
        return True, "math.antiderivative_general"  # "x^3 + C" for x^3: every antiderivative, the one asked among
        # them; unsure (a question that fixes the constant wants the one)
    if equal is not True and (pair := plus_minus_pair(answer)) \
            and math_equal(pair, reference, question=question, budget=budget)[0]:
        return True, "math.plus_minus"  # "50 ± 1.96" for (48.04, 51.96)
    if equal is False and (mixed := _MIXED_WITH_AND.fullmatch(answer.strip(" .$"))) and math_equal(
            f"{mixed.group(1)} + {mixed.group(2)}", reference, question=question, budget=budget)[0]:
        return True, "math.mixed_number"  # "1 and 1/15" for 16/15: a mixed number said with "and" (unsure)
    if equal is not True and (pair := plus_minus_pair(reference)) and math_equal(
            answer, "\\{" + pair.strip("()") + "\\}", question=question, budget=budget)[0]:
        return True, "math.plus_minus"  # "-2 + 3i and -2 - 3i" for -2 \pm 3i: the two values, in either order
    if equal is False and (scaled := in_base_units(answer, reference)) \
            and math_equal(*scaled, question=question, budget=budget)[0]:
        return True, "math.unit_expression"  # "2500\\pi mm^2" for "25\\pi cm^2": the same area (unsure)
    if equal is False and rule == "math.equation" and "=" not in reference \
            and (side := _VALUE_SIDE.search(answer)) and not _LETTER.search(_COMMAND.sub("", side.group(1))) \
            and math_equal(side.group(1), reference, question=question, budget=budget)[0]:
        return True, "math.equation_value"  # "C_9^3 - C_5^3 = 74" for 74: a formula, then its value (unsure)
    if equal is False and rule in ("math.set", "math.tuple") and _BARE_COMMA.search(answer) \
            and "," not in reference and math_equal(point_decimals(answer), reference, question=question,
                                                    budget=budget)[0]:
        return True, "math.decimal_comma"  # "x = 1,5" for 1.5: a decimal comma or a list; a judge's call
    if equal is None and (ua := split_unit(answer)) and (ur := split_unit(reference)) and ua[1] == ur[1] \
            and ua[0] and ur[0]:
        return math_equal(ua[0], ur[0], question=question, budget=budget)  # "9\\pi cm^2" = "9\\pi 平方厘米"
    if equal is None and (ua := split_unit(answer)) and ua[0] and split_unit(reference) is None \
            and math_equal(ua[0], reference, question=question, budget=budget)[0]:
        return True, "math.unit"  # "81\\pi 平方厘米" for 81\\pi: the value, with a unit the reference omits (unsure)
    if equal is None:
        equal, rule = short_answer_decision(answer, reference, question=question)
        return equal, f"math.fallback.{rule}"
    if equal and unfinished_form(question, answer) and not unfinished_form(question, reference):
        return False, "math.form"  # "52 \\times 10^{-5}" when scientific notation is asked (unsure)
    return equal, rule


def _by_option(question: str, answer: str, reference: str, budget: Budget) -> bool | None:
    """A math question with lettered choices whose reference is a letter ("\\text{(D)}", as AMC answers are
    written): the answer may name the letter or give the value of that choice. None when the value matches no
    choice, or more than one."""
    letter = _OPTION_LETTER.fullmatch(clean(reference))
    if not letter or not (options := parse_options(question)) or letter.group(1) not in options:
        return None
    if named := _OPTION_LETTER.fullmatch(clean(answer)):
        return named.group(1) == letter.group(1)
    matches = [label for label, text in options.items()
               if math_equal(answer, text, question=question, budget=budget)[0]]
    return matches == [letter.group(1)] if matches else None


def _parts_equal(question: str, answer: str, reference: str, budget: Budget) -> bool | None:
    """Labelled parts compared part by part; None unless both sides have the same parts (or one undecided)."""
    ours, theirs = labelled_parts(answer), labelled_parts(reference)
    if not ours or not theirs or ours.keys() != theirs.keys():
        return None
    verdicts = [compare_math(question, ours[k], theirs[k], budget)[0] for k in ours]
    return False if False in verdicts else None if None in verdicts else True


def named_equal(answer: str, reference: str, question: str, budget: Budget) -> bool | None:
    """Named values compared name by name; None unless both sides name the same values."""
    ours, theirs = named_values(answer), named_values(reference)
    if not ours or not theirs or ours.keys() != theirs.keys():
        return None
    return all(math_equal(ours[k], theirs[k], question=question, budget=budget)[0] for k in ours)
