"""Outputs of weaker models and LaTeX a checker's unit tests probe: a root index before unbraced digits, a
transposed row in \\left[ \\right], "最终答案仍然是", other names of a JSON answer key, a marker followed by what kind
of answer is wanted, and a list of the options cut off. Examples are our own."""

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.math_answers import compare_math
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.verdict import Budget
from nanofrontier.xverify.verify import verify

COLUMN = "\\begin{pmatrix} 6 \\\\ -3 \\\\ -7 \\end{pmatrix}"


def test_a_root_index_before_unbraced_digits_takes_the_whole_number():
    assert math_equal("3\\sqrt[3]10", "3\\sqrt[3]{10}") == (True, "math.expression")
    assert math_equal("\\sqrt[3]8", "2")[0] is True
    assert math_equal("\\sqrt[3]9", "3")[0] is False


def test_a_transposed_row_in_sized_brackets_is_a_column():
    assert compare_math("Find v.", "\\left[ 6, -3, -7 \\right]^T", COLUMN, Budget())[0] is True
    assert compare_math("Find v.", "\\left[ 6, -3, 7 \\right]^T", COLUMN, Budget())[0] is False


def test_the_final_answer_still_stated_after_a_rejected_box():
    out = ("计算得18。\n结果：$\\boxed{18}$\n\n注意：如果有人误读题意，可能会得到 $\\boxed{36}$，但那不是题目要问的，"
           "所以排除。\n所以我的最终答案仍然是18。")
    assert extract_answer(out, kind="math").answer == "18"
    assert verify("吴桐比陈浩多得了多少分？", out, "18").verdict == "Correct"
    assert verify("吴桐比陈浩多得了多少分？", out.replace("仍然是18", "仍然是36"), "18").verdict == "Incorrect"


def test_other_names_of_a_json_answer_key():
    out = "C(6,4) = 15.\n\nOutput in JSON:\n```json\n{\n  \"reasoning\": \"see above\",\n  \"result\": \"15\"\n}\n```"
    assert extract_answer(out, kind="math").answer == "15"
    out = "The tone is warm.\n\n```json\n{\"prediction\": \"positive\"}\n```"
    assert verify("Classify the sentiment: positive or negative.", out, "positive", kind="classification").sure


def test_a_marker_followed_by_the_kind_of_answer_wanted_commits_to_nothing():
    out = "答案：B\n\n先想一想答案应该是什么样子的。所以最终答案应该是一个数或一个选项。\n以上就是开头答案的理由。"
    assert extract_answer(out, kind="multiple_choice", options={"A": "490", "B": "4900"}).answer == "B"


def test_a_list_of_the_options_cut_off_has_no_answer():
    q = "Which organ pumps blood? Answer Choices: (A) Lungs (B) Liver (C) Kidney (D) Heart"
    out = ("We need to pick the single best option.\nOption A is Lungs.\nOption B is Liver.\nOption C is Kidney.\n"
           "Option D")
    v = verify(q, out, "D")
    assert v.verdict == "Incorrect" and v.extracted is None
