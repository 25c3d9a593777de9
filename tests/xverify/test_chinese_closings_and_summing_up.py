"""Chinese closings and summing-up lines: **解析** as a heading, 综上所述 before a value or an option, "答案可能是X，也
可能是Y" as a hedge, "Putting everything together, the result is …, and it is consistent with …", a bold answer after
"So I'm confident:", and a plain label before "is the answer". Examples are our own."""

import pytest

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.verify import verify


@pytest.mark.parametrize("output, answer", [
    ("所以答案是x² + 6x + 5。\n\n综上所述，x² + 6x + 5。", "x^2 + 6x + 5"),
    ("So the answer is 25/2.\n\nHmm, wait. Let me reconsider.\n\nCombined rate = 1/6; time = 6 hours.\n\nPutting "
     "everything together, the result is 6 hours, and it is consistent with every condition in the problem.",
     "6 hours"),
    ("So the answer is 82/3.\n\n### Summary\nPutting everything together, the result is \\frac{82}{3} (equivalently, "
     "82/3), and it is consistent with every condition in the problem.", "\\frac{82}{3}"),
])
def test_the_value_a_closing_line_sums_up(output, answer):
    assert extract_answer(output, kind="math").answer == answer


def test_a_bold_analysis_heading_is_no_answer_and_the_option_after_it_is():
    q = "下列哪个最大？\nA．$64\\sqrt{2}$\nB．$2\\sqrt{8}$\nC．$16$\nD．$8\\sqrt{2}$"
    out = "只剩选项D。\n\n**解析**\n选项C（$16$）：不符合。\n\n综上所述，D) $8\\sqrt{2}$。"
    assert verify(q, out, "D").verdict == "Correct"
    out = "**解析**\n综上所述，四次。"
    assert verify("他一共去了几次？", out, "4", kind="short_answer").verdict == "Correct"


def test_an_answer_that_may_be_one_or_the_other_is_a_hedge():
    q = "判断下列说法是否正确，回答“是”或“否”：水由氢和氧两种元素组成。"
    out = "所以答案是是。\n\n**解析**\n答案可能是是，也可能是否，两种理解都说得通。"
    v = verify(q, out, "是", kind="classification")
    assert v.verdict == "Incorrect"


def test_a_bold_answer_after_a_colon_and_a_label_before_is_the_answer():
    q = "Which planet is closest to the Sun? Answer Choices: (A) Mercury (B) Venus (C) Mars (D) Earth"
    out = ("So the answer is A) Mercury.\n\nOption C (Mars): this doesn't fit.\n\nSo I'm confident: "
           "**Answer: A) Mercury**")
    assert verify(q, out, "A").verdict == "Correct"
    out = "So the answer is politics.\n\nWait, let me redo it.\n\nscience is the answer, as the check above confirms."
    assert verify("Topic: politics, science or sports?", out, "science", kind="classification").verdict == "Correct"
