"""expression.py: the budget guard, exact and numeric evaluation, and the equality tests."""

from __future__ import annotations

import threading
from fractions import Fraction

import pytest

from nanofrontier.xverify.expression import (
    context,
    exact,
    guard,
    linear_coefficients,
    numeric,
    proportional,
    same_value,
)
from nanofrontier.xverify.latex import parse_expression as parse
from nanofrontier.xverify.verdict import Budget, BudgetExceeded


@pytest.mark.parametrize("text, value", [("\\frac{2}{4}+1", Fraction(3, 2)), ("\\sqrt{16}", 4), ("8^{2/3}", 4),
                                         ("\\sqrt[3]{-27}", -3), ("5!", 120), ("\\binom{6}{3}", 20),
                                         ("2^{-3}", Fraction(1, 8)), ("|{-3}|", 3), ("50%", Fraction(1, 2))])
def test_exact_evaluates_rational_values(text, value):
    assert exact(parse(text), Budget()) == value


@pytest.mark.parametrize("text", ["\\sqrt{2}", "\\pi", "x+1", "\\frac{1}{0}", "(-1)^{1/2}"])
def test_exact_is_none_without_a_rational_value(text):
    assert exact(parse(text), Budget()) is None


@pytest.mark.parametrize("text", ["9^{9^9}", "2004!", "2^{20000}", "x^{100000}", "(3^{3^{3^3}})!"])
def test_guard_refuses_huge_numbers_before_computing(text):
    with pytest.raises(BudgetExceeded):
        guard(parse(text), Budget())


def test_guard_allows_large_but_bounded_values():
    guard(parse("2^{1000}+100!"), Budget())


def test_exact_refuses_integers_over_the_digit_budget():
    with pytest.raises(BudgetExceeded):
        exact(parse("7^{5000}"), Budget(max_digits=400))


def test_numeric_takes_real_odd_roots_of_negatives():
    assert numeric(parse("(-8)^{1/3}"), {}) == -2


def test_same_value_uses_a_relative_tolerance():
    assert same_value(parse("e^{-300}"), parse("e^{-300}\\cdot(1+10^{-15})"), Budget()) is False
    assert same_value(parse("\\sin^2 x+\\cos^2 x"), parse("1"), Budget()) is True


def test_proportional_requires_one_constant_factor():
    assert proportional(parse("2x-4y+6"), parse("-x+2y-3"), Budget()) is True
    assert proportional(parse("3x-y+13"), parse("3x+4y+14"), Budget()) is False
    assert proportional(parse("2x-4y+6"), parse("-x+2y-3"), Budget(), positive=True) is False


def test_linear_coefficients_of_a_linear_expression():
    assert linear_coefficients(parse("3-2x"), "x", Budget()) == (-2, 3)
    assert linear_coefficients(parse("x^2"), "x", Budget()) is None


def test_each_thread_gets_its_own_mpmath_context():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(context()))
    thread.start()
    thread.join()
    assert seen[0] is not context() and seen[0].dps == context().dps == 40
