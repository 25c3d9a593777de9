"""An answer stated first and then justified ("X is the result, and it is consistent with the check above. Here is
why: …", 理由如下：…), a bracketed restatement with nested brackets, "- 结论：" in a list, a value before a marker
with LaTeX spacing or a 12-hour time, an era before a name, and "I wasn't able to pin down the final value".
Examples are our own."""

import pytest

from nanofrontier.xverify.capture import without_restatement
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.verify import verify


@pytest.mark.parametrize("output, answer", [
    ("Putting the pieces together, we get 45\\%, which matches the verification.\n\nHere is why:\n\n"
     "- |580 - 400| = 180\n- 180 / 400 = \\frac{9}{20}", "45\\%"),
    ("### Step-by-step\n\n\\frac{36}{7} hours is the result, and it is consistent with the check above.",
     "\\frac{36}{7} hours"),
    ("D = 26; x = 8; y = -7.\n\nx=8,\\ y=-7 is the result, and it is consistent with the check above.", "x=8,\\ y=-7"),
    ("162 min = 2 h 42 min.\n\n11:31 a.m. is the result, and it is consistent with the check above.", "11:31 a.m"),
    ("- g(0) = 0\n- f(0) = -2\n\nFinal answer: -2 (equivalently, f(g(0)) = -2)", "-2"),
    ("**思路总结：**\n\n- 结论：\\frac{x + 2}{5}\n- 验算：通过\n\n理由如下：\n\ny = 5x - 2；x = (y + 2)/5。",
     "\\frac{x + 2}{5}"),
    ("所以答案是 (8, 9)。\n\n**思路总结：**\n\n1. x = 8\n2. y = 9\n\n- 结论：(9, 8)\n- 验算：通过", "(9, 8)"),
])
def test_the_answer_stated_before_its_justification(output, answer):
    assert extract_answer(output, kind="math").answer == answer


def test_a_restatement_may_hold_brackets_of_its_own():
    assert without_restatement("-2 (equivalently, f(g(0)) = -2)") == "-2"
    kept = "-2 (equivalently, f(g(0)) = -2) and more"
    assert without_restatement(kept) == kept  # not at the end: not a restatement of the answer
    assert without_restatement("(4, 7)") == "(4, 7)"


def test_an_era_before_a_name():
    assert short_answer_decision("明代吴承恩", "吴承恩") == (True, "short.described")
    assert short_answer_decision("明代罗贯中", "吴承恩")[0] is not True


def test_not_able_to_pin_down_the_final_value_is_no_answer():
    q = "Which is renewable? Answer Choices: (A) Coal (B) Oil (C) Geothermal heat (D) Natural gas"
    out = ("- option (C) \"Geothermal heat\": I should recall the definition\n\nI wasn't able to pin down the final "
           "value with confidence. I'd need to redo the last part before giving a number.")
    assert verify(q, out, "C").verdict == "Incorrect"
