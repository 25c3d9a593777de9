"""A response that only points back at the reasoning ("So the answer is the one I arrived at above", 答案即上文所得),
"结果 X 满足题目的所有条件", a set in braces before "is the final answer",
and a mixed number said with "and". Examples are our own."""

import pytest

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.math_answers import compare_math
from nanofrontier.xverify.verdict import Budget


@pytest.mark.parametrize("output, answer", [
    ("<think>Three pencils 27, notebooks 72.\n\nYes, I get 99 again.\n</think>\n\n**Summary.** So the answer is "
     "the one I arrived at above.", "99"),
    ("<think>合计 99 元。\n\n没错，再算一次仍是 99 元。\n</think>\n\n**总结：** 答案即上文所得。", "99 元"),
    ("两根为 x = -5, x = -4。\n\n综合以上，结果 -5<x<-4 满足题目的所有条件，这就是最终答案。", "-5<x<-4"),
    ("x = 0, y = 3\n\n**{x = 0, y = 3}** is the final answer, which matches the check above.", "{x = 0, y = 3}"),
])
def test_where_the_answer_is(output, answer):
    assert extract_answer(output, kind="math").answer == answer


def test_a_response_that_states_a_value_is_no_pointer():
    out = "<think>前提既不能推出假设。</think>\n\n我不是百分之百确定，但根据上面的分析，我认为答案应该是 neutral。"
    assert extract_answer(out, kind="classification").answer == "neutral"


def test_a_mixed_number_said_with_and():
    assert compare_math("Add 4/6 and 2/5.", "1 and 1/15", "16/15", Budget()) == (True, "math.mixed_number")
    assert compare_math("Add 4/6 and 2/5.", "1 and 2/15", "16/15", Budget())[0] is False


@pytest.mark.parametrize("output, answer", [
    ("Solution.\n9:15 + 2:29 = 11:44\n\nSo after simplifying, we get 11:44, and that is our answer.", "11:44"),
    ("Putting everything together, the result x∈{-4, -6} satisfies every condition in the problem, so that is what "
     "I'll report.", "x\\in {-4, -6}"),
    ("<think>Entry (2,2): -8.\n\nYes, I get [[-10, 4], [6, -8]] again.\n</think>\n\n**Summary.** So the answer is the "
     "one I arrived at above.", "[[-10, 4], [6, -8]]"),
])
def test_closing_lines_that_check_or_repeat_the_value(output, answer):
    assert extract_answer(output, kind="math").answer == answer


def test_a_result_row_and_what_the_problem_is_asking_for():
    table = ("Yes, I get it again.\n\n**Summary.** | Quantity | Value | Note |\n|---|---|---|\n"
             "| Result | 4*sqrt(3) | verified by substitution |")
    assert extract_answer(table, kind="math").answer.startswith("4*sqrt(3)")
    assert extract_answer("Check.\n\n3:06 PM is what the problem is asking for, and every check above agrees with it.",
                          kind="math").answer == "3:06 PM"
    absolute = "**Answer: 22 - 6i**\n\n**Verification:** |z||w| = √520, and |result|^2 = 520. Consistent."
    assert extract_answer(absolute, kind="math").answer == "22 - 6i"  # |result| is an absolute value, not a table


def test_a_closing_recap_that_names_another_value_contradicts_the_answer():
    from nanofrontier.xverify.verify import verify
    q = "How many diagonals does a pentagon have?"
    out = "Diagonals = n(n-3)/2 = 5.\n\nSo the answer is 5.\n\nTo recap, every step was checked, and the result is 7."
    v = verify(q, out, "5")
    assert v.verdict == "Incorrect" and not v.sure
    same = "Diagonals = n(n-3)/2 = 5.\n\nSo the answer is 5.\n\nTo recap, every step was checked, and the result is 5."
    assert verify(q, same, "5").verdict == "Correct"


def test_a_chinese_recap_that_names_another_option_contradicts_the_answer():
    from nanofrontier.xverify.verify import verify
    q = "五边形有几条对角线？\nA．4\nB．5\nC．6\nD．10"
    out = "对角线数 = n(n-3)/2 = 5，对应选项 B。\n\n所以答案是 **B**。\n\n小结：每一步都检查过，结果为 A。"
    v = verify(q, out, "B")
    assert v.verdict == "Incorrect" and not v.sure
