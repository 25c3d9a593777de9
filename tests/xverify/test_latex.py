"""latex.py: layout clean-up, tokens and the hand-written expression parser."""

from __future__ import annotations

from fractions import Fraction

import pytest

from nanofrontier.xverify.latex import ParseError, add, num, parse_expression
from nanofrontier.xverify.latex_layout import clean, squash
from nanofrontier.xverify.latex_tokens import tokenize
from nanofrontier.xverify.verdict import BudgetExceeded


@pytest.mark.parametrize("raw, cleaned", [
    ("$\\left( 1, 2 \\right)$", "( 1, 2 )"), ("\\displaystyle\\dfrac{1}{2}.", "\\frac{1}{2}"),
    ("7,\\!425", "7,425"), ("7{,}425", "7,425"), ("90^\\circ", "90°"), ("90^{\\circ}", "90°"),
    ("28\\%", "28%"), ("\\boxed{\\text{ miles}}", "miles"), ("\\$5", "$5"), ("$5$", "5"), ("５×３", "5\\times 3"),
    ("\\mathrm e", "e"), ("x ≤ 2", "x \\le 2"), ("cm²", "cm^2"), ("\\mathbb Z", "Z"),
    ("y\\in\\mathbb{Q}", "y\\in Q"), ("约12.5", "12.5"), ("approximately 0.61", "0.61"), ("about 40", "40"),
])
def test_clean_removes_layout_only(raw, cleaned):
    assert clean(raw) == cleaned


def test_squash_keeps_spaces_between_digits_only():
    assert squash("x + 1") == "x+1"
    assert squash("32 349") == "32 349"


def test_words_split_into_functions_and_one_letter_variables():
    kinds = [(t[0], t[1]) for t in tokenize("sinx + ab")]
    assert kinds == [("fn", "sin"), ("id", "x"), ("op", "+"), ("id", "a"), ("id", "b")]


@pytest.mark.parametrize("text, node", [
    ("\\frac13", ("div", num(1), num(3))),
    ("\\frac{1}{3}", ("div", num(1), num(3))),
    ("4\\frac12", add(num(4), ("div", num(1), num(2)))),
    ("\\sqrt[3]{8}", ("root", num(8), num(3))),
    ("2^10", ("pow", num(2), num(10))),
    ("x_{12}", ("sym", "x_{12}")),
    ("204_5", ("base", "204", "5")),
    ("0.50", ("num", Fraction(1, 2), 2)),
])
def test_parser_reads_latex_argument_conventions(text, node):
    assert parse_expression(text) == node


def test_products_and_sums_are_ordered_so_equal_trees_compare_equal():
    assert parse_expression("2x+y") == parse_expression("y+x\\cdot2")


def test_sin_inverse_power_means_arcsin():
    assert parse_expression("\\sin^{-1}x") == ("fn", "arcsin", (("sym", "x"),))


@pytest.mark.parametrize("text", ["(1,2)", "x=1", "\\foo{x}", "2 3", "(x+1", "1 或 2"])
def test_non_expressions_raise_parse_error(text):
    with pytest.raises(ParseError):
        parse_expression(text)


@pytest.mark.timeout(10)
@pytest.mark.parametrize("text", ["(" * 500 + "x" + ")" * 500, "-" * 500 + "x", "\\sqrt" * 500 + "2"])
def test_deep_nesting_is_refused_before_recursion_fails(text):
    with pytest.raises(BudgetExceeded):
        parse_expression(text)


def test_a_multi_digit_radicand_after_sqrt_is_one_number():
    for text in ("\\sqrt 21", "√21"):
        assert parse_expression(clean(text)) == ("pow", num(21), num(Fraction(1, 2)))


def test_matrix_row_break_is_not_read_as_a_latex_space():
    assert "\\\\" in clean("\\begin{bmatrix} 1 & 2 \\\\ 7 & 8 \\end{bmatrix}")
    assert clean("a\\ b") == "a b"
