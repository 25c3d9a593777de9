"""Answers written in forms other than the reference's: each family of forms, in English and Chinese where it
applies, read by parsing rather than by a list of phrasings."""

import pytest

from nanofrontier.xverify.extract import extract_answer, reference_answer
from nanofrontier.xverify.final_values import offered_alternatives, restated_value, value_run
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.normalize import clean_output
from nanofrontier.xverify.numbers import parse_quantity, point_decimals, writes_decimal_commas
from nanofrontier.xverify.verify import verify

LONG = "We work through the problem carefully, one step after the other, checking each line as we go.\n\n"


def judged(output: str, reference: str, question: str = "Solve it.", kind: str = "math") -> tuple[str, str]:
    v = verify(question, LONG + output, reference, kind=kind)
    return v.verdict, v.confidence


# ---------------------------------------------------------------------------------------------------------
# Several relations or equations against one object.

@pytest.mark.parametrize("output, reference", [
    ("Hence the inequality holds when x < -3 or x > 5.", "(-\\infty, -3) \\cup (5, \\infty)"),
    ("Both must hold, so the solution is x \\ge 2 and x < 9.", "[2, 9)"),
    ("Thus $-4 < x \\le 1$.", "(-4, 1]"),
    ("所以 $x \\le -1$ 或 $x \\ge 6$。", "(-\\infty, -1] \\cup [6, +\\infty)"),
    ("The solutions are x = 6, x = -1 and x = 2.", "\\{-1, 2, 6\\}"),
    ("So the roots are 3 and -8.", "\\{-8, 3\\}"),
    ("方程的根为 5，-2。", "\\{5, -2\\}"),
    ("Therefore x_1 = 0, x_2 = 4.", "\\{0, 4\\}"),
    ("So b = 7 and a = -2.", "(-2, 7)"),
    ("解得 m=4，n=-3", "(4, -3)"),
    ("故 $\\begin{cases} x = 2 \\\\ y = -6 \\end{cases}$。", "(2, -6)"),
])
def test_a_list_of_relations_is_one_answer(output, reference):
    assert judged(output, reference)[0] == "Correct"


@pytest.mark.parametrize("output, reference", [
    ("Hence the inequality holds when x < -3 or x > 4.", "(-\\infty, -3) \\cup (5, \\infty)"),
    ("So the roots are 3 and 8.", "\\{-8, 3\\}"),
    ("So a = 7 and b = -2.", "(-2, 7)"),  # the names fix the order of the pair
    ("所以 $x < -1$ 或 $x \\ge 6$。", "(-\\infty, -1] \\cup [6, +\\infty)"),
])
def test_a_wrong_list_of_relations_stays_wrong(output, reference):
    assert judged(output, reference)[0] == "Incorrect"


def test_value_runs_keep_their_connectors_and_drop_the_prose_before():
    assert value_run("Hence it holds when x < -3 or x > 5.") == "x < -3 or x > 5"
    assert value_run("综上，$x<1$ 或 $x>2$。") == "x<1 或 x>2"
    assert value_run("So AB = [[1, 2], [3, 4]].") is None  # commas inside brackets join nothing
    assert value_run("The answer is 12 apples and 3 pears") is None  # prose items are no run
    assert value_run("So it is 5.") is None  # one item is no run


# ---------------------------------------------------------------------------------------------------------
# A check or a recap after the answer.

def test_a_check_section_after_the_answer_is_not_the_answer():
    out = "Collecting terms gives x = 3.\n\n**Check:**\nLeft: 2(3) + 1 = 7.\nRight: 7."
    assert judged(out, "3") == ("Correct", "unsure")  # the last line before the check: a fallback
    out = "所以 x = 3\n\n验证：\n左边 = 7，右边 = 7。"
    assert judged(out, "3")[0] == "Correct"


def test_a_correction_after_a_failed_check_replaces_the_answer():
    out = ("The answer is 12.\n\nVerification: 12 * 3 = 36, but the total should be 39. ✗\n"
           "I forgot the extra item. Redo: 13 * 3 = 39.\n\nSo the number of boxes is **13**.")
    assert judged(out, "13")[0] == "Correct"
    out = "**Answer: 40**\n\nCheck: 40 + 10 = 50, that is not 45!\nThe correct total is 35."
    assert judged(out, "35")[0] == "Correct"
    out = "So the answer is 8.\n\nWait, the question asks for the width, not the length.\n\n**Corrected answer: 5**"
    assert judged(out, "5")[0] == "Correct"


def test_an_alternative_offered_after_the_answer_makes_two_answers():
    assert judged("The answer is 21 (or 19, if the last day is not counted).", "21") == ("Incorrect", "sure")
    assert judged("The answer is $\\boxed{6}$.\n\nSo x = 6, although x = -1 is also possible.", "6")[0] == "Incorrect"
    assert judged("The answer is 0.25 (or 1/4).", "1/4")[0] == "Correct"  # the same value written otherwise
    assert offered_alternatives("The area is 48 m^2 (或 50 m^2).", 0) == ("50 m^2",)
    assert offered_alternatives("The width (or breadth) is 5.", 0) == ()


# ---------------------------------------------------------------------------------------------------------
# Number forms.

@pytest.mark.parametrize("output, reference", [
    ("The answer is 4.2 million.", "4200000"),
    ("So the population is 2.5 billion people", "2500000000"),
    ("答案是 3.6万。", "36000"),
    ("The answer is $0.\\overline{3}$.", "\\frac{1}{3}"),
    ("The answer is $0.1\\overline{6}$.", "1/6"),
    ("The answer is $0.\\dot{4}\\dot{5}$.", "\\frac{5}{11}"),
    ("The answer is 0.(27).", "3/11"),
    ("答案是五分之二。", "0.4"),
    ("答案是 3又四分之一。", "13/4"),
    ("The answer is 1 hour 45 minutes.", "1.75"),
    ("答案是 2小时30分。", "2.5"),
    ("The answer is $\\binom{6}{2}$, that is 15.", "15"),
    ("**Answer:** $3^{4}$, i.e. 81", "81"),
    ("答案是 $4!$，即 24。", "24"),
    ("The answer is $12{,}450$.", "12450"),
    ("The answer is $35\\%$.", "35\\%"),
    ("The answer is $35\\%$.", "0.35"),
    ("The answer is 7,5 km.", "7.5"),
    ("The answer is 0,25.", "0.25"),
])
def test_number_forms(output, reference):
    assert judged(output, reference)[0] == "Correct"


def test_number_forms_do_not_blur_different_values():
    assert judged("The answer is 0.545.", "0.\\overline{54}")[0] == "Incorrect"  # one period is not the decimal
    assert judged("The answer is 0.5454.", "0.\\overline{54}")[0] == "Correct"  # two periods shown, rounded
    assert judged("The answer is $\\binom{6}{2}$, that is 16.", "15")[0] == "Incorrect"  # the value stated counts
    assert judged("The answer is 4.2 thousand.", "4200000")[0] == "Incorrect"
    assert judged("The answer is 1 hour 40 minutes.", "1.75")[0] == "Incorrect"


def test_a_decimal_comma_is_told_apart_from_a_thousands_separator():
    assert parse_quantity("3,45").value == parse_quantity("3.45").value
    assert parse_quantity("2,125").value == 2125  # three digits: thousands, unless the text says otherwise
    text = "Each share is 13,5 kg and the rest 2,25 kg, so in total 2,125 t."
    assert writes_decimal_commas(text) and point_decimals("2,125") == "2.125"
    assert not writes_decimal_commas("The pair (5,7) and the points (1,2), (3,4).")
    assert not writes_decimal_commas("It costs 3,45 euros or 2.50 dollars and 1,25 more.")  # points too
    assert judged("Each share is 13,5 kg and the rest 2,25 kg.\n\nThe answer is 2,125.", "2.125")[0] == "Correct"
    assert judged("The answer is 2,125.", "2125")[0] == "Correct"
    assert math_equal("1,5", "\\{1, 5\\}")[0] is True  # a list where the other side is one


# ---------------------------------------------------------------------------------------------------------
# Structures.

@pytest.mark.parametrize("output, reference", [
    ("The answer is $3\\begin{pmatrix}1 & 0 \\\\ -2 & 4\\end{pmatrix}$.",
     "\\begin{pmatrix}3 & 0 \\\\ -6 & 12\\end{pmatrix}"),
    ("答案：$\\frac{1}{2}\\begin{bmatrix}2 & 4\\\\ 6 & 8\\end{bmatrix}$",
     "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}"),
    ("Final answer: [[1, -2], [0, 5]]", "\\begin{bmatrix}1 & -2 \\\\ 0 & 5\\end{bmatrix}"),
    ("Final answer: Matrix([[2, 1], [1, 2]])", "\\begin{pmatrix}2 & 1 \\\\ 1 & 2\\end{pmatrix}"),
    ("Final answer: np.array([[2, 1], [1, 2]])", "\\begin{pmatrix}2 & 1 \\\\ 1 & 2\\end{pmatrix}"),
    ("Final answer: [7 0; -1 3]", "\\begin{pmatrix}7 & 0 \\\\ -1 & 3\\end{pmatrix}"),
    ("So the product is AB = [[4, 6], [1, 0]].", "\\begin{pmatrix}4 & 6 \\\\ 1 & 0\\end{pmatrix}"),
    ("The answer is $4\\mathbf{i} - \\mathbf{j} + 2\\mathbf{k}$.", "(4, -1, 2)"),
    ("The answer is $\\vec{j} - 3\\vec{k}$.", "(0, 1, -3)"),
    ("The answer is $-\\hat{i} + 5\\hat{j}$.", "(-1, 5)"),
    ("Final answer: 2i - 7j", "(2, -7)"),
])
def test_structures_in_other_notations(output, reference):
    assert judged(output, reference)[0] == "Correct"


def test_structures_keep_their_values():
    assert judged("The answer is $2\\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix}$.",
                  "\\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix}")[0] == "Incorrect"
    assert judged("The answer is $4\\mathbf{i} - \\mathbf{j}$.", "(4, -1, 2)")[0] == "Incorrect"
    assert judged("The answer is $2\\mathbf{i} + \\mathbf{k}$.", "(2, 1)")[0] == "Incorrect"  # no k in a plane
    assert judged("Final answer: [7 0; -1 4]", "\\begin{pmatrix}7 & 0 \\\\ -1 & 3\\end{pmatrix}")[0] == "Incorrect"


# ---------------------------------------------------------------------------------------------------------
# Delimiters.

@pytest.mark.parametrize("output, reference", [
    ("So the value is\n$$\n18\n$$", "18"),
    ("Therefore\n\\[\n  y = -\\frac{2}{3}\n\\]", "-\\frac{2}{3}"),
    ("The answer:\n$$\n\\text{total} =\n250\n$$", "250"),
    ("The answer is $\n42\n$", "42"),
    ("所以答案为\n\\[\nx = 9\n\\]", "9"),
    ("The answer is \\boxed{$15}.", "15"),
    ("So $\\boxed{15$}.", "15"),
])
def test_display_math_over_lines_and_broken_latex(output, reference):
    assert judged(output, reference)[0] == "Correct"


def test_display_math_is_joined_to_the_sentence_that_introduces_it():
    assert clean_output("So the set is\n\\[\nx > 1\n\\]") == "So the set is \\[ x > 1 \\]"
    assert clean_output("Done.\n$$x=3$$\nNext") == "Done.\n$$ x=3 $$\nNext"  # a finished sentence stays apart


# ---------------------------------------------------------------------------------------------------------
# References that are worked solutions.

@pytest.mark.parametrize("reference, right, wrong", [
    ("There are 4 rows of 6 chairs, so 4 * 6 = 24 chairs, and 3 are broken: 24 - 3 = 21. #### 21", "21", "24"),
    ("Each pen costs $2, so five cost $10; with the $3 notebook that is $13. The answer is $\\boxed{13}$.",
     "13", "10"),
    ("解：每排 8 人，共 5 排，所以 $8 \\times 5 = 40$ 人。所以答案是 $\\boxed{40}$。", "40", "8"),
    ("The speed is $\\frac{120}{1.5} = 80$ km/h, so the answer is 80 km/h.", "80", "120"),
])
def test_a_worked_reference_is_compared_by_its_own_final_answer(reference, right, wrong):
    assert judged(f"The answer is {right}.", reference)[0] == "Correct"
    assert judged(f"The answer is {wrong}.", reference)[0] == "Incorrect"


def test_short_references_are_left_alone():
    assert reference_answer("Paris") == "Paris"
    assert reference_answer("(-\\infty, 3] \\cup [5, \\infty)") == "(-\\infty, 3] \\cup [5, \\infty)"
    long_plain = "The mitochondrion is the organelle that produces most of the cell's energy"
    assert reference_answer(long_plain, "short_answer") == long_plain  # long, but commits to nothing


def test_restated_values_need_a_value():
    assert restated_value("$2^{5}$, i.e. 32", 6) == "32"
    assert restated_value("$2^{5}$, i.e. the fifth power", 6) is None
    assert extract_answer("The answer is $5!$, that is 120.", kind="math").answer == "120"


# ---------------------------------------------------------------------------------------------------------
# Answers set out in tables, under titles, beside labels, or beside a value called wrong.

@pytest.mark.parametrize("output, reference, verdict", [
    ("| Step | Value |\n|---|---|\n| Total | 14 |\n| Answer | 10 |", "10", "Correct"),
    ("| Step | Value |\n|---|---|\n| Answer | 12 |", "10", "Incorrect"),
    ("| 项目 | 数值 |\n|---|---|\n| 答案 | 36 |", "36", "Correct"),
])
def test_an_answer_row_of_a_table_is_the_answer(output, reference, verdict):
    assert judged(output, reference)[0] == verdict


def test_an_answer_called_wrong_is_not_a_commitment():
    output = "A tempting but wrong answer is 12. Counting the corners once each, the total is 10."
    assert extract_answer(LONG + output, kind="math").answer == "10"


def test_an_alternative_offered_after_the_answer_is_read():
    text = "So the answer is 42, alternatively 44 if the last day counts."
    assert "44" in offered_alternatives(text, text.index("42"))


def test_a_title_over_a_list_is_not_a_bold_answer():
    output = "The total is **18**.\n\n**Relevant figures from the passage**\n- 6 apples\n- 12 pears"
    assert extract_answer(LONG + output, kind="short_answer").answer == "18"


def test_a_label_before_a_short_final_line_is_dropped():
    assert extract_answer(LONG + "Date: 15/04/1912", kind="short_answer").answer == "15/04/1912"


@pytest.mark.parametrize("line, run", [
    ("so x = 5", None),
    ("The trip takes 80 minutes", "80 minutes"),
    ("The answer holds for all real x with x < -7/5", "x < -7/5"),
    ("so the total is 145 (one hour and 25 minutes)", "145"),
])
def test_a_value_run_keeps_its_unit_and_drops_remarks_in_words(line, run):
    assert value_run(line, min_items=1) == run
