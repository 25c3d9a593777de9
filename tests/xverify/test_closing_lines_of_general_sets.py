"""Closing lines seen in general evaluation sets: a value restated with a dash, max and min named in any
spelling, "the answer we are looking for is", "that is what the question asks for", a "Result" heading over a
numbered list of steps, "作为最终答案" and "I'll commit to this answer" pointing at no value, and "I won't commit to
a final answer". Examples are our own."""

import pytest

from nanofrontier.xverify.equivalents import named_values
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.final_values import two_forms
from nanofrontier.xverify.verify import verify


def test_a_value_restated_after_a_dash():
    assert two_forms("-1/2 — that is, -\\frac{1}{2}") == ("-1/2", "-\\frac{1}{2}")
    assert two_forms("22 \\cdot 193 / 2 = 2123 — that is, 2123") == ("22 \\cdot 193 / 2 = 2123", "2123")


@pytest.mark.parametrize("text", ["f_{max}=1, f_{min}=-8", "最大值为 1，最小值为 -8", "maximum 1, minimum -8"])
def test_a_maximum_and_a_minimum_are_named_alike_in_any_spelling(text):
    assert named_values(text) == {"max": "1", "min": "-8"}


def test_named_extrema_after_a_chinese_marker_are_both_read():
    q = "求 f(x) = -x^2 - 2x + 2 在区间 [-3, 3] 上的最大值和最小值。"
    out = "对称轴 x = -1。\n\n故答案为 最大值为 3，最小值为 -13。"
    assert verify(q, out, "最大值为 3，最小值为 -13").verdict == "Correct"
    assert verify(q, out.replace("-13", "-12"), "最大值为 3，最小值为 -13").verdict == "Incorrect"


@pytest.mark.parametrize("output, answer", [
    ("Putting all of this together, the answer we are looking for is 12.", "12"),
    ("Hmm, actually it was Marlowe.\n\nChristopher Marlowe — that is what the question asks for, so that's my answer.",
     "Christopher Marlowe"),
    ("So it was December 18, 1853.\n\nDecember 18, 1853 — that is what the question asks for, so that's my answer.",
     "December 18, 1853"),
    ("15120 / 120 = 126.\n\n### Result\n1. A combination: C(9, 5).\n2. 15120 / 120 = 126.\n\nPutting everything "
     "together, the result is 126, which agrees with the check above.\n\n(Equivalently, 126 ways.)", "126"),
    ("818 + 118 = 936 棵。\n\n这个结论与已知事实一致，因此作为最终答案。\n\n- 结论：936", "936"),
    ("So x = 3.\n\nThe numbers are consistent, so I'll commit to this answer.\n\n**Answer**\nx = 3", "x = 3"),
])
def test_the_value_a_closing_line_names(output, answer):
    assert extract_answer(output, kind="math").answer == answer


def test_i_wont_commit_to_a_final_answer_is_no_answer():
    out = "That is 6 + -6i + 2i + -2i^2.\n\nI keep getting inconsistent results, so I won't commit to a final answer."
    assert verify("Compute (-3 - i)(-2 + 2i).", out, "8 - 4i").verdict == "Incorrect"
