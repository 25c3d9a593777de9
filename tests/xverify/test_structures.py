"""structures.py: the shape of an answer (value, equation, intervals, set, tuple, list, ratio, matrix, text)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from nanofrontier.xverify.latex_layout import clean
from nanofrontier.xverify.shapes import EMPTY, Collection, Equation, Intervals, Matrix, Relation, Text, Value
from nanofrontier.xverify.structures import parse_answer


def parse(text: str):
    return parse_answer(clean(text))


@pytest.mark.parametrize("text, kind", [
    ("5", Value), ("x^2+1", Value), ("x = 5", Equation), ("x+y>3", Relation), ("x > 3", Intervals),
    ("(1,2]", Collection), ("\\{1,2\\}", Collection), ("1, 2", Collection), ("7:32", Collection),
    ("\\begin{pmatrix}1&2\\end{pmatrix}", Matrix), ("Evelyn", Text), ("12:00", Text),
])
def test_answers_parse_to_their_shape(text, kind):
    assert isinstance(parse(text), kind)


def test_brackets_are_kept_for_tuples_intervals_sets_and_lists():
    assert [parse(t).brackets for t in ("(1,2)", "[1,2)", "\\{1,2\\}", "1, 2", "1:2")] == ["()", "[)", "{}", "", ":"]


def test_inequality_chain_becomes_an_interval_of_its_variable():
    answer = parse("-2\\le x<7")
    (part,) = answer.parts
    assert answer.var == "x" and (part.lo.node[1], part.hi.node[1]) == (-2, 7)
    assert (part.lo_closed, part.hi_closed) == (True, False)


def test_linear_inequality_is_solved_for_its_variable():
    (part,) = parse("3-2x\\ge 1").parts
    assert part.hi.node[1] == 1 and part.hi_closed and part.lo.node == ("neg", ("const", "oo"))


def test_plus_minus_expands_into_a_set_of_two():
    answer = parse("1\\pm\\sqrt{19}")
    assert answer.brackets == "{}" and len(answer.items) == 2


def test_thousands_separators_are_not_list_separators():
    answer = parse("7,425,000")
    assert isinstance(answer, Value) and answer.quantity.value == Fraction(7425000)


def test_empty_set_words_parse_to_the_empty_set():
    assert parse("no solution") == parse("\\emptyset") == EMPTY


@pytest.mark.parametrize("text", ["Hence the system has no solutions", "所以该方程组无解"])
def test_a_short_sentence_stating_no_solution_is_the_empty_set(text):
    assert parse(text) == EMPTY


@pytest.mark.parametrize("text", ["no solution except y = 2", "no solutions other than 4"])
def test_a_sentence_naming_an_exception_is_not_the_empty_set(text):
    assert parse(text) != EMPTY


def test_membership_in_the_reals_is_every_real():
    assert parse("t \\in \\mathbb{R}") == Intervals(parse("(-\\infty, \\infty)").parts, "t")


def test_an_assignment_or_an_interval_is_a_union_with_a_point():
    union = parse("t = 5 \\text{ or } 1 < t \\le 2")
    assert isinstance(union, Intervals) and union.var == "t" and len(union.parts) == 2


def test_words_are_text_not_products_of_letters():
    assert parse("odd") == Text("odd")


def test_units_after_an_expression_are_dropped():
    assert parse("5\\sqrt{2}\\text{ cm}") == parse("5\\sqrt{2}")
