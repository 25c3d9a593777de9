"""Symbolic answers: forms equal where the variables are positive, letters that are no units, the constant of
integration in its spellings, and SI units named in Chinese. Examples are our own."""

import pytest

from nanofrontier.xverify.asked_forms import asks_positive
from nanofrontier.xverify.equivalents import has_constant
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.numbers import quantity_from_clean
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.units import normalize_unit
from nanofrontier.xverify.verify import verify


@pytest.mark.parametrize("question, says", [
    ("For $x > 0$, simplify $x^{5/4} x^{1/2}$.", True), ("解方程 $e^{3x} = A$（$A > 0$）", True),
    ("Let a, b > 0. Simplify.", True), ("设所有字母都是正数，化简。", True), ("Assume x is positive.", True),
    ("Simplify $\\sqrt{x^2}$.", False), ("Find the positive root of x^2 = 4.", False), ("Is 0.5 > 0.25?", False),
])
def test_the_question_says_its_variables_are_positive(question, says):
    assert asks_positive(question) is says


def test_forms_equal_for_positive_variables_are_equal_when_the_question_says_so():
    positive = "For $x > 0$, simplify $x^{5/4} \\cdot x^{1/2}$ to a single power of $x$."
    assert math_equal("x\\sqrt[4]{x^{3}}", "x^{7/4}", question=positive) == (True, "math.expression")
    assert math_equal("\\sqrt[6]{x^{11}}", "x^{11/6}", question=positive)[0] is True
    assert math_equal("x^{5/4}", "x^{7/4}", question=positive)[0] is False  # another power stays wrong
    assert math_equal("\\ln\\left(A^{1/3}\\right)", "x = \\frac{\\ln A}{3}", question="Solve for x, where $A > 0$.")[0]


def test_forms_equal_only_for_positive_variables_are_unsure_without_the_question_saying_so():
    assert math_equal("x\\sqrt[4]{x^{3}}", "x^{7/4}") == (True, "math.where_positive")  # not an exact rule
    assert math_equal("\\frac{2\\pi\\sqrt{L}}{\\sqrt{g}}", "T = 2\\pi\\sqrt{\\frac{L}{g}}") == (
        True, "math.where_positive")
    assert math_equal("x", "|x|")[0] is False  # an absolute value: the sign is the point of the question
    v = verify("Simplify $x^{3/2} x^{1/3}$.", "Adding exponents.\n\n**Final answer:** $x\\sqrt[6]{x^{5}}$", "x^{11/6}")
    assert v.verdict == "Correct" and not v.sure


def test_capital_letters_after_a_coefficient_are_variables_not_units():
    assert quantity_from_clean("\\frac{1}{3}ML^2") is None  # M times L squared, not millilitres squared
    assert normalize_unit("ML^2") is None and normalize_unit("L^2") is None  # a volume is never squared
    assert normalize_unit("cm^2") == "cm^2" and normalize_unit("mL") == "ml"
    assert math_equal("I = \\frac{ML^2}{3}", "I = \\frac{1}{3}ML^2") == (True, "math.equation")
    assert math_equal("\\frac{1}{3}\\ln A", "x = \\frac{\\ln A}{3}")[0] is True  # \ln A: A is its argument
    assert math_equal("16\\pi", "16\\pi \\text{ cm}^2")[0] is True  # a unit after \pi is still a unit


@pytest.mark.parametrize("answer", ["x^7 + C", "x^7 + K", "x^7 + C_0", "x^{7} + K,\\ K \\in \\mathbb{R}",
                                    "x^7 + C, where C is an arbitrary constant"])
def test_the_constant_of_integration_in_its_spellings(answer):
    assert has_constant(answer)
    v = verify("Find $\\int 7x^6\\,dx$.", f"Power rule.\n\nThe answer is ${answer}$.", "x^{7} + C")
    assert v.verdict == "Correct"


def test_a_constant_named_in_chinese_after_the_value_is_no_part_of_it():
    v = verify("求 $\\int 7x^6\\,dx$。", "幂函数积分。\n\n故答案为：x^7 + C（C为常数）", "x^{7} + C")
    assert v.verdict == "Correct" and v.extracted == "x^7 + C"


def test_a_general_antiderivative_against_one_antiderivative_is_correct_but_unsure():
    assert not has_constant("x^3") and not has_constant("x + Cx")
    v = verify("Find an antiderivative of $3x^2$.", "Power rule.\n\nThe answer is $x^3 + C$.", "x^{3}")
    assert v.verdict == "Correct" and v.rule == "math.antiderivative_general" and not v.sure
    v = verify("Find an antiderivative of $3x^2$.", "Power rule.\n\nThe answer is $x^4 + C$.", "x^{3}")
    assert v.verdict == "Incorrect"


def test_si_units_named_in_chinese_or_in_full():
    asks = "What is the SI unit of magnetic flux?"
    assert short_answer_decision("韦伯", "weber", question=asks) == (True, "short.unit")
    assert short_answer_decision("Wb", "韦伯", question=asks) == (True, "short.unit")
    assert short_answer_decision("tesla", "weber", question=asks) == (False, "short.unit_mismatch")
    assert short_answer_decision("特斯拉", "tesla", question="SI unit of magnetic flux density?")[0] is True
    assert normalize_unit("gray") != "Gy"  # a colour, not a dose
