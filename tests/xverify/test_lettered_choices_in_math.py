"""Math questions with lettered choices (as AMC writes them), a bold label in LaTeX, a derivation chain that
arrives at its value, and a math output that stops without committing. Examples are our own."""

from nanofrontier.xverify.choice import parse_options
from nanofrontier.xverify.latex_layout import clean
from nanofrontier.xverify.math_answers import compare_math
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.verdict import Budget
from nanofrontier.xverify.verify import verify

AMC = ("Which of the following is the smallest?\n\n$\\textbf{(A)}\\ \\frac{7}{3} \\qquad \\textbf{(B)}\\ 2 \\qquad "
       "\\textbf{(C)}\\ \\frac{9}{5} \\qquad \\textbf{(D)}\\ \\frac{11}{4} \\qquad \\textbf{(E)}\\ 3$")


def test_choices_written_as_amc_writes_them_are_read_without_their_layout():
    assert parse_options(AMC) == {"A": "\\frac{7}{3}", "B": "2", "C": "\\frac{9}{5}", "D": "\\frac{11}{4}", "E": "3"}
    assert parse_options("Answer Choices: (A) 3 (B) 4 (C) $5$") == {"A": "3", "B": "4", "C": "$5$"}


def test_a_bold_label_in_latex_is_the_label():
    assert clean("\\textbf{(A)}") == "(A)" and clean("\\mathrm e") == "e"
    assert math_equal("\\textbf{(C)}", "\\text{(C)}") == (True, "math.string")


def test_a_letter_reference_takes_the_letter_or_the_value_of_its_choice():
    assert compare_math(AMC, "\\frac{9}{5}", "\\text{(C)}", Budget()) == (True, "math.option")
    assert compare_math(AMC, "1.8", "\\text{(C)}", Budget()) == (True, "math.option")
    assert compare_math(AMC, "2", "\\text{(C)}", Budget()) == (False, "math.option")  # the value of (B)
    assert compare_math(AMC, "\\textbf{(C)}", "\\text{(C)}", Budget()) == (True, "math.option")
    assert compare_math(AMC, "(B)", "\\text{(C)}", Budget()) == (False, "math.option")
    assert compare_math(AMC, "17", "\\text{(C)}", Budget())[1] != "math.option"  # no choice has that value
    v = verify(AMC, "Comparing: 9/5 = 1.8 is below 2.\n\nThe answer is $\\boxed{\\frac{9}{5}}$.", "\\text{(C)}")
    assert v.verdict == "Correct" and v.sure


def test_a_chain_of_steps_is_compared_where_it_arrives():
    q = "Simplify $\\frac{x^2 + 7x + 10}{x + 2}$."
    v = verify(q, "Factor.\n\nTherefore, the answer is $\\frac{(x+2)(x+5)}{x+2}\\Rightarrow x + 5$.", "x + 5")
    assert v.verdict == "Correct"
    assert math_equal("\\frac{(x+2)(x+5)}{x+2} \\implies x + 6", "x + 5")[0] is False


def test_a_math_output_that_stops_without_committing_has_no_answer():
    q = "A box measures 8 cm by 5 cm by 12 cm. What is its volume in cubic centimetres?"
    out = ("The volume is length times width times height.\n\nNext, $V = 8 \\times 5 \\times 12$.\n\nThis is getting "
           "complicated, and I can't pin down the final value. I'll stop here without committing to an answer.")
    v = verify(q, out, "480")
    assert v.verdict == "Incorrect" and v.extracted is None
    zh = "体积等于长乘宽乘高。\n\nV = 8 × 5 × 12\n\n太复杂了，我无法确定最终结果。"
    assert verify(q, zh, "480").verdict == "Incorrect"
