"""Long reasoning outputs that talk about their answer before giving it: how the result will be presented ("I
should present the final result clearly"), the reading of the question chosen ("I'll go with the literal
interpretation"); an answer restated after "i.e.", or introduced by a Chinese phrase inside the box; an interval
after "x \\in" whose LaTeX commands look like words; ages in "years old"; an answer key in a Chinese JSON object;
an element's symbol beside its name; and a Chinese answer followed by "这一天". Examples are our own."""

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.verify import verify


def test_how_the_answer_will_be_presented_is_no_answer():
    for intent in ("I should present the final result clearly and not hide it in the middle of the work.",
                   "I will state the final answer at the end, after the checks.",
                   "Let me write the final answer neatly so nobody misses it."):
        out = f"Six rows of seven chairs.\n\n{intent}\n\n6 x 7 = 42 chairs in total."
        assert extract_answer(out, kind="math").answer == "42", intent
    assert extract_answer("The final answer at the end: 42.", kind="math").answer == "42"
    assert extract_answer("So the final answer is clearly 42.", kind="math").answer == "42"


def test_a_reading_of_the_question_chosen_is_no_answer():
    out = ("Both readings seem possible, but I'll go with the literal interpretation.\n\n"
           "Counting the Tuesdays: there are 5 of them.")
    assert extract_answer(out, kind="math").answer == "5"
    v = verify("How many Tuesdays are in that month?", out + "\n\nTherefore, the final answer is 5.", "5")
    assert v.verdict == "Correct" and v.sure
    assert extract_answer("I'll go with 12.", kind="math").answer == "12"


def test_an_interval_after_x_in_keeps_its_latex_bounds():
    out = "Dividing by -3 flips the sign.\n\nSo the answer is x \\in (-\\infty, \\sqrt{2})."
    assert extract_answer(out, kind="math").answer == "x \\in (-\\infty, \\sqrt{2})"
    assert verify("Solve for x.", out, "(-\\infty, \\sqrt{2})").verdict == "Correct"
    assert verify("Solve for x.", out, "(-\\infty, \\sqrt{3})").verdict == "Incorrect"
    assert extract_answer("The answer is 15 (in whole dollars).", kind="math").answer == "15"  # a remark still goes


def test_an_age_in_years_old_is_the_same_number_of_years():
    q = "Lena is twice as old as Tom. In 4 years their ages will add up to 50. How old is Lena now?"
    for out in ("Final answer: 28 years", "Final answer: twenty-eight years old", "**Answer:** 28 years old"):
        v = verify(q, out, "28 years old", kind="math")
        assert v.verdict == "Correct" and v.sure, out
    v = verify(q, "Final answer: 27 years old", "28 years old", kind="math")
    assert v.verdict == "Incorrect" and v.sure


def test_a_value_restated_after_i_e_is_compared_but_never_sure():
    q = "Compute $(2 - i)(1 + 3i)$ and write it in the form a + bi."
    v = verify(q, "**Final Answer**\n\\boxed{a = 5, b = 5, i.e. 5 + 5i}", "5+5i")
    assert v.verdict == "Correct" and not v.sure
    v = verify(q, "**Final Answer**\n\\boxed{a = 5, b = 5, i.e. 5 + 4i}", "5+5i")
    assert v.verdict == "Incorrect" and not v.sure  # "i.e." is words beside the values: never a sure mismatch


def test_a_chinese_phrase_before_the_values_in_a_box_says_what_they_are():
    q = "解方程：$x^2 + 4x - 21 = 0$。"
    v = verify(q, "所以最终答案为 $\\boxed{方程的两根为 3 和 -7}$。", "x_1=3, x_2=-7")
    assert v.verdict == "Correct"
    v = verify(q, "所以最终答案为 $\\boxed{方程的两根为 3 和 7}$。", "x_1=3, x_2=-7")
    assert v.verdict == "Incorrect"
    v = verify("求函数的最大值。", "最终答案：最大值为 4 或 -4", "4")
    assert v.verdict == "Incorrect"  # two values offered


def test_an_answer_key_in_a_chinese_json_object_commits():
    out = "所以 $t = 2$ 或 $t = 5$。\n\n只有 $t = 5$ 满足条件。\n\n```json\n{\"答案\": \"5\"}\n```\n\n检验无误。"
    v = verify("求 t 的值。", out, "5")
    assert v.extracted == "5" and v.verdict == "Correct"
    assert verify("求 t 的值。", out, "\\{2, 5\\}").verdict == "Incorrect"
    assert extract_answer('{"最终答案": "B"}', kind="multiple_choice").answer == "B"


def test_an_elements_symbol_beside_its_name_adds_nothing():
    q = "Which element has atomic number 8?"
    v = verify(q, "So the final answer is $\\boxed{O, oxygen}$.", "Oxygen", kind="short_answer")
    assert v.verdict == "Correct" and not v.sure
    assert verify(q, "So the final answer is $\\boxed{N, oxygen}$.", "Oxygen",
                  kind="short_answer").verdict == "Incorrect"  # another element's symbol: a second answer
    assert verify(q, "So the final answer is $\\boxed{N, nitrogen}$.", "Oxygen",
                  kind="short_answer").verdict == "Incorrect"


def test_a_chinese_answer_pointed_back_at_with_zhe_yi_tian():
    q = "二十四节气中，北半球白天最短的是哪一个？"
    v = verify(q, "**答案：冬至这一天**", "冬至", kind="short_answer")
    assert v.verdict == "Correct" and not v.sure
    assert verify(q, "**答案：冬至前一天**", "冬至", kind="short_answer").verdict == "Incorrect"
