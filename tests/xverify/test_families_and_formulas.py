"""Families of solutions in their many written forms, a piecewise function against one formula, a value stated
after the words that name it, and a ± reference against its two values. Examples are our own."""

import pytest

from nanofrontier.xverify.families import families_equal, family_values
from nanofrontier.xverify.math_answers import compare_math
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.text_forms import without_lead
from nanofrontier.xverify.verdict import Budget
from nanofrontier.xverify.verify import verify

TWO = "x = \\frac{\\pi}{6} + 2k\\pi \\text{ or } x = \\frac{5\\pi}{6} + 2k\\pi, k \\in \\mathbb{Z}"


@pytest.mark.parametrize("answer", [
    "x = (-1)^k\\frac{\\pi}{6} + k\\pi,\\ k \\in \\mathbb{Z}",
    "x = \\frac{5\\pi}{6} + 2n\\pi 或 x = \\frac{\\pi}{6} + 2n\\pi",
    "x = \\frac{\\pi}{6} + 2k\\pi, x = \\frac{5\\pi}{6} + 2k\\pi（k为整数）",
    "x = \\frac{\\pi}{2} + 2k\\pi \\pm \\frac{\\pi}{3}",
])
def test_one_family_of_solutions_in_several_forms(answer):
    assert math_equal(answer, TWO) == (True, "math.family")


@pytest.mark.parametrize("answer", [
    "x = \\frac{\\pi}{6} + 2k\\pi", "x = \\frac{\\pi}{6} + k\\pi", "x = (-1)^k\\frac{\\pi}{3} + k\\pi",
    "x = \\frac{\\pi}{6} + 2k\\pi \\text{ or } x = \\frac{7\\pi}{6} + 2k\\pi",
])
def test_families_with_other_numbers_are_unequal(answer):
    assert math_equal(answer, TWO) == (False, "math.family")


def test_the_integer_domain_said_or_left_out_is_the_same_family():
    assert math_equal("x = 2k\\pi \\pm \\frac{2\\pi}{3}", "x = 2k\\pi \\pm \\frac{2\\pi}{3}, k \\in \\mathbb{Z}")[0]
    values = family_values("x = k\\pi", Budget())
    assert len(values) == 13 and values[6:8] == pytest.approx([0.0, 3.14159], abs=1e-4)  # kπ for |k| <= 6
    assert family_values("x = 5", Budget()) is None  # no parameter: no family
    assert families_equal("x = k\\pi + y", "x = k\\pi", Budget()) is None  # another unknown: not read here


def test_a_piecewise_function_against_one_formula_is_compared_inside_each_piece():
    cases = "f(x) = \\begin{cases} x^2 - x, & x \\ge 0 \\\\ -x^2 - x, & x < 0 \\end{cases}"
    assert math_equal("f(x) = x|x| - x", cases) == (True, "math.piecewise")
    assert math_equal("f(x) = x|x| - 2x", cases) == (False, "math.piecewise")
    assert math_equal("\\begin{cases} x - 1, & x \\ge 1 \\\\ 1 - x, & x < 1 \\end{cases}", "|x-1|")[0] is True


def test_a_value_after_the_words_that_name_it():
    assert without_lead("the two roots are -2 + 3i and -2 - 3i") == "-2 + 3i and -2 - 3i"
    assert without_lead("the answer is odd") == "the answer is odd"  # nothing mathematical after the words
    assert without_lead("The answer is not 5") == "The answer is not 5"
    assert compare_math("Solve.", "the two roots are -2 + 3i and -2 - 3i", "-2 \\pm 3i", Budget())[0] is True
    assert compare_math("Solve.", "-2 + 3i and -2 - 4i", "-2 \\pm 3i", Budget())[0] is False
    v = verify("Solve x^2 + 4x + 13 = 0.", "Discriminant -36.\n\n**Final answer:** the two roots are -2 + 3i and "
               "-2 - 3i", "-2 \\pm 3i")
    assert v.verdict == "Correct"
