"""A value named as the answer after it ("X 就是本题的答案", "X is the answer"), a confirmation after a value, a table
row that names the answer, "即为最终答案" after a box, a bullet "- Answer:", "I can't rule either out" as a hedge,
and 这个量 pointing at nothing. Examples are our own."""

import pytest

from nanofrontier.xverify.capture import tidy
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.verify import verify


@pytest.mark.parametrize("output, answer", [
    ("概率 = 6/21 = 2/7。\n\n\\frac{2}{7} 就是本题的答案，上面的检验也支持这一点。\n\n（也可写作 \\frac{6}{21}。）",
     "\\frac{2}{7}"),
    ("方程组的解为 x = -2，y = 0。\n\nx=-2, y=0 就是本题的答案。", "x=-2, y=0"),
    ("Value = 8/3.\n\n\\frac{8}{3} is the answer, and the check above confirms it.", "\\frac{8}{3}"),
    ("所以 x = 79。\n\n因此所求为 $\\boxed{x = 79}$，即为最终答案。", "x = 79"),
    ("Probability = 4/36 = 1/9.\n\n| Quantity | Value |\n|---|---|\n| Requested answer | \\frac{1}{9} |",
     "\\frac{1}{9}"),
    ("两式相加得 x = 1。\n\n| 项目 | 结果 |\n|---|---|\n| 题目所求 | x=1, y=5 |", "x=1, y=5"),
    ("Step 2: That is 2.5 hours = 150 minutes.\n\nSummary:\n- All conditions used\n- Answer: 2.25 hours", "2.25 hours"),
])
def test_where_the_answer_is_named(output, answer):
    assert extract_answer(output, kind="math").answer == answer


def test_a_plain_is_the_answer_needs_a_formula_before_it():
    q = "What do red blood cells do? Answer Choices: (A) Clotting (B) Defence (C) Digestion (D) Carrying O2"
    out = "Whatever survives the check is the answer.\n\nThat points to D, Carrying O2."
    assert verify(q, out, "D").verdict == "Correct"


def test_a_confirmation_after_the_value_is_no_part_of_it():
    interval = "(-\\infty, -2) \\cup (-1, \\infty)"
    assert tidy(interval + ", which matches the verification.") == interval
    assert tidy("x=3, y=1，与验算一致。") == "x=3, y=1"
    out = "回忆：轨道周期最短。\n\n综合以上分析，本题的结果为 水星，与验算一致。"
    v = verify("太阳系中离太阳最近的行星是？", out, "水星", kind="short_answer")
    assert v.verdict == "Correct"


def test_two_answers_one_cannot_rule_out_are_a_hedge():
    out = ("Roots 1 and 6.\n\n**Answer:** (-\\infty, 1) \\cup (6, \\infty) / (-\\infty, 1] \\cup [6, \\infty) — "
           "I can't rule either out.")
    assert verify("Solve x^2 - 7x + 6 > 0.", out, "(-\\infty, 1) \\cup (6, \\infty)").verdict == "Incorrect"


def test_a_demonstrative_before_a_marker_points_at_no_value():
    assert extract_answer("所以面积是 12。\n\n答案应当正是这个量。", kind="math").answer == "12"
