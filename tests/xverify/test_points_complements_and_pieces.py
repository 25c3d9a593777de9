"""An extremum stated with the point that attains it, the reals without an interval or without ±c, "all real
numbers except …" as one answer, and piecewise functions whose pieces come in another order. Examples are our own."""

import pytest

from nanofrontier.xverify.final_values import value_run
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.piecewise import OTHERWISE, pieces
from nanofrontier.xverify.point_clauses import asks_point, split_point, without_point
from nanofrontier.xverify.verify import verify

MAXIMUM = "Find the maximum value of f(x) = -x^2 - 8x + 6."


@pytest.mark.parametrize("text, value", [
    ("22, attained at x = -4", "22"), ("22 at x=-4", "22"), ("22, which occurs when x = -4.", "22"),
    ("22 (attained at t = 3)", "22"), ("22，此时x=-4", "22"), ("22，当x=-4时取得", "22"),
    ("22（当x=-4时取得最大值）", "22"),
])
def test_a_point_clause_is_split_from_the_value(text, value):
    assert split_point(text)[0] == value


@pytest.mark.parametrize("text", ["22", "x = -4", "at x = -4", "y = 2x + 1", "x < 3 or x > 5", "3 for all x"])
def test_no_point_clause_where_there_is_none(text):
    assert split_point(text) is None


def test_the_point_is_dropped_only_when_the_question_asks_for_the_value_alone():
    assert asks_point("Find the maximum and the value of x at which it is attained.")
    assert asks_point("求函数的最大值及此时x的值")
    assert not asks_point(MAXIMUM)
    assert without_point("22 at x = -4", "22", MAXIMUM) == "22"
    assert without_point("22 at x = -4", "22", "Find the maximum and where it occurs.") == "22 at x = -4"
    assert without_point("22 at x = -4", "22 at x = -4", MAXIMUM) == "22 at x = -4"  # both name a point


@pytest.mark.parametrize("output, verdict", [
    ("Completing the square, f(x) = -(x+4)^2 + 22.\n\nThe maximum value is 22, attained at x = -4.", "Correct"),
    ("Completing the square.\n\nThe maximum value is $22$, attained at $x = -4$.", "Correct"),
    ("Completing the square.\n\nThe maximum value is 21, attained at x = -4.", "Incorrect"),
    ("解：f(x)=-(x+4)^2+22。\n所以最大值为22，当x=-4时取得。", "Correct"),
    ("解：f(x)=-(x+4)^2+22。\n所以最大值为-4，当x=22时取得。", "Incorrect"),
])
def test_an_extremum_with_its_point_is_the_extremum(output, verdict):
    assert verify(MAXIMUM, output, "22").verdict == verdict


def test_the_reals_without_an_interval_or_without_plus_minus_c():
    union = "(-\\infty,-1)\\cup(3,\\infty)"
    assert math_equal("\\mathbb{R} \\setminus [-1, 3]", union) == (True, "math.interval")
    assert math_equal("\\mathbb{R} \\setminus (-1, 3)", "(-\\infty,-1]\\cup[3,\\infty)")[0] is True
    assert math_equal("\\mathbb{R} \\setminus (-1, 3)", union)[0] is False  # the ends stay in
    holes = "(-\\infty,-2)\\cup(-2,2)\\cup(2,\\infty)"
    assert math_equal("x \\ne \\pm 2", holes)[0] is True
    assert math_equal("\\{x \\mid x \\neq \\pm 2\\}", holes)[0] is True
    assert math_equal("all real numbers except x = \\pm 2", holes)[0] is True
    assert math_equal("x \\ne \\pm 3", holes)[0] is False
    assert math_equal("x = \\pm 2", "\\{-2, 2\\}")[0] is True  # "=" alone still names the two roots
    assert math_equal("all real numbers except x=4", "(-\\infty,4)\\cup(4,\\infty)")[0] is True


def test_all_real_numbers_except_is_read_as_one_answer():
    assert value_run("So the domain is all real numbers except $x = \\pm 2$.") == "all real numbers except x = \\pm 2"
    assert value_run("The domain is all real numbers except 2 and -2.") == "all real numbers except 2 and -2"
    v = verify("Find the domain of f(x) = 1/(x^2 - 4).", "The denominator vanishes at ±2.\n\nSo the domain is all "
               "real numbers except $x = \\pm 2$.", "(-\\infty,-2)\\cup(-2,2)\\cup(2,\\infty)")
    assert v.verdict == "Correct"


def test_piecewise_pieces_are_read_in_any_layout():
    assert pieces("f(x) = \\begin{cases} x+1 & x \\ge 0 \\\\ 1-x & x < 0 \\end{cases}") == [
        ("x+1", "x \\ge 0"), ("1-x", "x < 0")]
    assert pieces("\\begin{cases}1-x, & \\text{if } x<0\\\\ x+1, & \\text{otherwise}\\end{cases}") == [
        ("1-x", "x<0"), ("x+1", OTHERWISE)]
    assert pieces("\\begin{cases} x & x > 0 \\end{cases}") is None  # one piece is no piecewise function
    assert pieces("x + 1") is None


def test_piecewise_functions_compare_piece_by_piece_in_any_order():
    ref = "f(x)=\\begin{cases}1-x, & x<0\\\\ x+1, & x\\geq 0\\end{cases}"
    assert math_equal("f(x) = \\begin{cases} x+1 & x \\ge 0 \\\\ 1-x & x < 0 \\end{cases}", ref) == (
        True, "math.piecewise")
    assert math_equal("\\begin{cases} x+2 & x \\ge 0 \\\\ 1-x & x < 0 \\end{cases}", ref) == (False, "math.piecewise")
    assert math_equal("\\begin{cases} x+1 & x > 0 \\\\ 1-x & x \\le 0 \\end{cases}", ref) == (None, "math.piecewise")
    assert math_equal("\\begin{cases} x+1 & x \\ge 0 \\\\ 1-x & x < 0 \\\\ 0 & x = 7 \\end{cases}", ref)[0] is False


def test_every_x_with_a_condition_is_the_condition():
    assert math_equal("all real x with x \\ge -4", "[-4, +\\infty)") == (True, "math.interval")
    assert math_equal("the set of all x with 1 < x \\le 2", "(1, 2]")[0] is True
    assert math_equal("all real x with x \\ge -3", "[-4, +\\infty)")[0] is False
    assert math_equal("解集为R", "x为任意实数")[0] is True
    assert math_equal("x为一切实数", "(-\\infty, +\\infty)")[0] is True
