"""Answers that commit explicitly, where the difficulty is the comparison: an option's negative value that
contains another option's text, a function named with its argument on one side only, a point's coordinates
in square brackets, indexed unknowns in Greek letters, and LaTeX in a JSON answer whose "±" was folded into
"\\pm". Examples are our own."""

from nanofrontier.xverify import choice
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.verify import verify

SIGNED = "Which value is f(-2)? Answer Choices: (A) -18 (B) 18 (C) -81 (D) 81"


def test_an_options_negative_value_is_not_a_second_option_with_the_same_digits():
    opts = choice.parse_options(SIGNED)
    assert choice.answer_labels("C) -81", opts) == ["C"]
    assert choice.answer_labels("answer: A) -18", opts) == ["A"]
    assert choice.answer_labels("B -- 18", opts) == ["B"]  # a dash as a separator still is one
    assert choice.answer_labels("C. 81", opts) == ["C", "D"]  # the label with another option's text: two answers
    v = verify(SIGNED, "f(-2) = -81, so the pick is below.\n\n```\nanswer: C) -81\n```", "C. -81")
    assert v.verdict == "Correct" and v.sure
    v = verify(SIGNED, "f(-2) = -81.\n\n```\nanswer: C) 81\n```", "C. -81")
    assert v.verdict == "Incorrect"


def test_a_function_named_with_its_argument_is_the_same_name_as_the_bare_one():
    assert math_equal("y = 3e^{2x} - 1", "y(x) = 3e^(2x) - 1") == (True, "math.equation")
    assert math_equal("f(t) = t^2 + 1", "f = t^2 + 1")[0] is True
    assert math_equal("y(x) = 3e^{2x} + 1", "y = 3e^{2x} - 1")[0] is False
    assert math_equal("g(x) = x^2", "y = x^2")[0] is not True  # another name is not the same function
    v = verify("Solve y' = 2y - 2 with y(0) = 4.", "The answer is $y = 3e^{2x} + 1$.", "y(x) = 3e^(2x) + 1")
    assert v.verdict == "Correct" and v.sure


def test_a_point_in_square_brackets_lists_its_coordinates_but_not_surely():
    pair = "Solve the system 2x + y = 1, x - y = 5 and give the solution as an ordered pair (x, y)."
    v = verify(pair, "Final answer: [2, -3]", "(x,y)=(2,-3)")
    assert v.verdict == "Correct" and not v.sure and v.rule == "math.bracketed_pair"
    v = verify(pair, "Final answer: [-3, 2]", "(2,-3)")  # coordinates swapped
    assert v.verdict == "Incorrect" and not v.sure
    assert math_equal("[2, 5]", "(2, 5)", question="Solve x^2 - 7x + 10 < 0.")[0] is False  # intervals stay so
    assert math_equal("[1, 4]", "(1, 4)", question="求两直线的交点坐标。")[0] is True


def test_greek_unknowns_with_indices_are_the_set_of_their_values():
    eig = "Find the eigenvalues of [[1, 2], [4, 3]]."
    v = verify(eig, "The answer is λ1 = 5, λ2 = -1", "\\lambda = -1, 5")
    assert v.verdict == "Correct"
    v = verify(eig, "The answer is λ_1 = 5, λ_2 = 1", "\\lambda = -1, 5")
    assert v.verdict == "Incorrect"


def test_latex_in_a_json_answer_keeps_its_backslashes_after_the_plus_minus_sign_is_folded():
    roots = "Solve x^2 - 4x + 1 = 0."
    out = 'x = 2 ± √3.\n\n```json\n{"final_answer": "2 ± \\\\sqrt{3}"}\n```\n'
    v = verify(roots, out, "x = 2 \\pm \\sqrt{3}")
    assert v.verdict == "Correct" and v.sure and v.extracted == "2 \\pm \\sqrt{3}"
    v = verify(roots, 'So:\n{"answer": "say \\"4\\""}', "4")  # the string's own escapes are undone
    assert v.extracted == 'say "4"'
