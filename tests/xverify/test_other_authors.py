"""Answer forms of writers the rules were not fitted to: each family read by parsing, in English and Chinese
where it applies, and every form the rules cannot settle exactly left unsure rather than called wrong."""

import pytest

from nanofrontier.xverify.choice import choice_equal, detect_kind, parse_options
from nanofrontier.xverify.extract import extract_answer, reference_answer
from nanofrontier.xverify.final_values import two_forms
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.verify import verify

LONG = "We work through the problem carefully, one step after the other, checking each line as we go.\n\n"


def judged(output: str, reference: str, question: str = "Solve it.", kind: str | None = "math") -> tuple[str, str]:
    v = verify(question, LONG + output, reference, kind=kind)
    return v.verdict, v.confidence


# ---------------------------------------------------------------------------------------------------------
# The kind of a reference: a matrix, a quantity in Chinese units, roots joined by 或 are math.

@pytest.mark.parametrize("reference", [
    "\\begin{pmatrix} 3 & -1 \\\\ 0 & 2 \\end{pmatrix}",
    "\\begin{bmatrix} 7 \\\\ -2 \\end{bmatrix}",
    "3.5小时",
    "42平方厘米",
    "-1或4",
    "x<0 或 x>2",
])
def test_references_that_are_math_are_typed_math(reference):
    assert detect_kind("Work it out.", reference) == "math"


@pytest.mark.parametrize("reference", ["售价70元，最大利润9000元", "李白和杜甫", "Paris and London"])
def test_references_in_words_stay_short_answers(reference):
    assert detect_kind("Who or what?", reference) == "short_answer"


def test_a_scaled_matrix_against_its_product_is_correct():
    out = "The answer is $3\\begin{pmatrix}1 & -2\\\\0 & 4\\end{pmatrix}$."
    assert judged(out, "\\begin{pmatrix}3 & -6\\\\0 & 12\\end{pmatrix}", kind=None)[0] == "Correct"


def test_mixed_chinese_time_units_match_hours_and_minutes():
    assert judged("答案是3小时45分钟。", "3.75小时", kind=None) == ("Correct", "sure")
    assert judged("答案是3小时45分钟。", "225分钟", kind=None) == ("Correct", "sure")
    assert judged("答案是3小时15分钟。", "3.75小时", kind=None)[0] == "Incorrect"


def test_roots_joined_by_huo_are_one_answer_not_a_hedge():
    assert judged("最终答案：$x=-1$ 或 $x=4$", "-1或4", kind=None) == ("Correct", "sure")
    assert judged("最终答案：$x=-1$ 或 $x=5$", "-1或4", kind=None) == ("Incorrect", "sure")


# ---------------------------------------------------------------------------------------------------------
# The last-number fallback: pi stays with its coefficient; a parenthesised aside is not the answer.

def test_pi_stays_with_its_coefficient_in_the_last_number():
    q = "What is the area of a circle of radius 5? Give it in terms of pi."
    assert judged("A = πr² = 25π.\n\nSo the area is 25π square centimetres.", "25\\pi", q)[0] == "Correct"
    assert judged("A = πr² = 25π.\n\nSo the area is 25 square centimetres.", "25\\pi", q)[0] == "Incorrect"


def test_a_parenthesised_aside_after_the_value_is_not_the_answer():
    out = "Each slice is 2.25 m long (about 7 ft 4.6 in)."
    assert judged(out, "2.25 m")[0] == "Correct"
    assert judged("每段长1.5米（约4.9英尺）。", "1.5米")[0] == "Correct"


# ---------------------------------------------------------------------------------------------------------
# A short worked reference commits to its answer by a marker.

def test_a_short_worked_reference_gives_its_committed_answer():
    assert reference_answer("解：6×7=42，所以答案是42。") == "42"
    assert reference_answer("So the answer is 9.") == "9"
    assert reference_answer("42") == "42"
    assert judged("答案是42。", "解：6×7=42，所以答案是42。")[0] == "Correct"
    assert judged("答案是24。", "解：6×7=42，所以答案是42。")[0] == "Incorrect"


# ---------------------------------------------------------------------------------------------------------
# Multiple choice: an option ruled out is not chosen.

def test_an_option_ruled_out_is_not_the_answer():
    options = parse_options("Which planet is largest? A) Mars B) Jupiter C) Venus D) Mercury")
    assert choice_equal("C is wrong", "B", options) is None
    assert choice_equal("C", "B", options) is False
    q = "Which planet is largest? A) Mars B) Jupiter C) Venus D) Mercury"
    v = verify(q, "Answer: C is wrong, so B.", "B")
    assert v.confidence == "unsure" or v.verdict == "Correct"
    v = verify(q, "Mars is small. Answer: D is incorrect here, so I pick B.", "B")
    assert v.confidence == "unsure" or v.verdict == "Correct"


# ---------------------------------------------------------------------------------------------------------
# A chain of values with an arithmetic slip: which side was meant is a judge's call.

def test_a_chain_with_a_slip_is_unsure():
    assert math_equal("5/8 = 0.635", "5/8") == (None, "math.chain")
    assert math_equal("5/8 = 0.625", "5/8")[0] is True
    assert math_equal("1/3 = 0.333", "1/3")[0] is True  # rounded, not a slip
    assert math_equal("2 + 9 + 4 = 15", "15")[0] is True
    assert judged("The answer is 5/8 = 0.635.", "5/8")[1] == "unsure"


# ---------------------------------------------------------------------------------------------------------
# A commitment corrected in the same sentence.

@pytest.mark.parametrize("output", [
    "The answer is not 19; it is 21.",
    "The answer is not 19, it's 21.",
    "My first thought was that the answer is 19, but actually it is 21.",
    "The answer is 19... wait, 7 × 3 = 21. So 21.",
])
def test_a_commitment_corrected_in_its_sentence_gives_the_correction(output):
    assert extract_answer(output, kind="math").answer.endswith("21")  # "21" or "7 \\times 3 = 21"
    assert judged(output, "21")[0] == "Correct"


def test_so_before_a_last_line_value_is_dropped():
    assert extract_answer("7 × 3 = 21.\n\nSo 21.", kind="math").answer == "21"


# ---------------------------------------------------------------------------------------------------------
# One value written two ways.

def test_one_value_written_two_ways_is_one_answer():
    assert two_forms("\\frac{5}{8}, or 62.5%") == ("\\frac{5}{8}", "62.5%")
    assert two_forms("x = 2 or x = 3") is None  # no comma: a list of roots
    assert judged("The probability is $\\frac{5}{8}$, or 62.5%.", "5/8")[0] == "Correct"
    assert judged("The probability is $\\frac{5}{8}$, i.e. 0.625.", "0.625")[0] == "Correct"
    assert judged("概率为 $\\frac{5}{8}$，即 0.625。", "5/8")[0] == "Correct"
    assert judged("So $x = 2$, or $x = 3$.", "2")[0] == "Incorrect"  # two values: not one written twice


# ---------------------------------------------------------------------------------------------------------
# Decimal commas after grouped thousands; a bare comma that could be a list is unsure.

@pytest.mark.parametrize("answer", ["3 480,75 €", "3.480,75 €", "€3.480,75", "3480,75"])
def test_decimal_comma_after_grouped_thousands(answer):
    assert math_equal(answer, "3480.75")[0] is True
    assert math_equal(answer, "348075")[0] is False


def test_a_bare_comma_read_as_a_decimal_comma_is_unsure():
    assert judged("The answer is x = 2,5.", "2.5") == ("Correct", "unsure")
    assert judged("The answer is x = 2,5.", "2, 5") == ("Correct", "sure")
    assert judged("The answer is x = 2,5.", "3.5") == ("Incorrect", "sure")  # wrong both ways


# ---------------------------------------------------------------------------------------------------------
# ASCII intervals, the ratio sign, hat vectors against a column.

def test_intervals_written_in_ascii():
    assert judged("**Answer:** (-inf, -2) U (4, inf)", "(-\\infty,-2)\\cup(4,\\infty)")[0] == "Correct"
    assert judged("**Answer:** (-inf, -2) U (5, inf)", "(-\\infty,-2)\\cup(4,\\infty)")[0] == "Incorrect"


def test_the_ratio_sign_is_a_colon():
    assert judged("答案是 5∶7。", "5:7") == ("Correct", "sure")


def test_hat_unit_vectors_against_a_column():
    ref = "\\begin{pmatrix} 2 \\\\ -1 \\\\ 4 \\end{pmatrix}"
    assert judged("**Answer:** $2\\hat{i} - \\hat{j} + 4\\hat{k}$", ref)[0] == "Correct"
    assert judged("**Answer:** $2\\hat{i} + \\hat{j} + 4\\hat{k}$", ref)[0] == "Incorrect"


# ---------------------------------------------------------------------------------------------------------
# "The answer is" that describes the answer, or says where it is, commits to nothing by itself.

def test_an_answer_described_commits_after_its_colon():
    assert extract_answer("The answer is simple: 4 + 5 = 9.", kind="math").answer == "4 + 5 = 9"
    assert judged("The answer is simple: 4 + 5 = 9.", "9") == ("Correct", "sure")
    assert extract_answer("The answer is straightforward. Each row has 3, so 3 rows give 9.",
                          kind="math").source != "answer_is"
    assert extract_answer("We want to know what the answer is in grams, so 2 kg = 2000 g.\n\nSo it is 2000 g.",
                          kind="math").answer == "2000 g"


def test_an_option_label_before_a_math_value_is_dropped():
    assert judged("The answer is $\\boxed{\\text{(C) } 45}$", "45") == ("Correct", "sure")
    assert judged("The answer is $\\boxed{\\text{(C) } 54}$", "45")[0] == "Incorrect"


# ---------------------------------------------------------------------------------------------------------
# Times of day in Chinese; half a day apart is unsure.

def test_chinese_clock_times():
    assert judged("答：两车在下午4点半相遇。", "16:30")[0] == "Correct"
    assert judged("最终答案：上午9点15分", "9:15") == ("Correct", "sure")
    assert judged("最终答案：4点30分", "16:30") == ("Incorrect", "unsure")  # the half of the day left out
    assert judged("最终答案：下午5点", "16:30") == ("Incorrect", "sure")


# ---------------------------------------------------------------------------------------------------------
# The same number in a unit of another dimension is unsure, not wrong.

def test_the_same_number_in_another_dimension_is_unsure():
    assert math_equal("80 km", "80 km/h") == (False, "math.unit")
    assert math_equal("80 km", "90 km/h") == (False, "math.number")
    assert math_equal("12 apples", "12 pears") == (False, "math.unit")
    assert judged("答：速度是每小时80千米。", "80千米/小时")[1] == "unsure"


# ---------------------------------------------------------------------------------------------------------
# A check written after the answer; Chinese answers under a heading, counted in words.

@pytest.mark.parametrize("output", [
    "6 × 7 = 42\n\nSo there are 42 seats.\n\nCheck: 42 ÷ 7 = 6 ✓",
    "列式：6×7=42（个）\n\n所以一共有42个。\n\n检验：42÷7=6，正确。",
    "6×7=42\n\n答：共有42个座位。\n\n验算：42÷6=7。",
])
def test_a_check_line_after_the_answer_is_not_the_answer(output):
    assert judged(output, "42")[0] == "Correct"


def test_a_chinese_answer_heading_and_counted_numerals():
    ext = extract_answer("### 思路\n用间接法。\n\n### 答案\n共有五十六种不同的选法。", kind="math")
    assert (ext.answer, ext.source) == ("56", "chinese_marker")
    assert judged("### 答案\n共有五十六种不同的选法。", "56") == ("Correct", "sure")
    assert judged("### 答案\n共有六十五种不同的选法。", "56")[0] == "Incorrect"


# ---------------------------------------------------------------------------------------------------------
# Meta statements about the answer, rejections after it, other answer labels.

@pytest.mark.parametrize("output", [
    "We must give the final answer as a fraction. Working it out, n = 5/6.\n\nSo n = 5/6.",
    "The answer is expected to be positive. Solving, n = 5/6.\n\nn = 5/6",
    "答案应该是正数。解得 n = 5/6。\n\n所以 n = 5/6。",
])
def test_a_remark_about_the_answer_commits_to_nothing(output):
    assert judged(output, "5/6")[0] == "Correct"


def test_a_value_rejected_after_the_answer_is_no_second_answer():
    assert judged("The answer is 11, not 13 as one might think.", "11") == ("Correct", "sure")
    assert judged("The answer is 11, not 13 as one might think.", "13")[0] == "Incorrect"


@pytest.mark.parametrize("output", [
    "Answer — 11", "Answer → 11", "<answer>11</answer>", "<answer>\n11\n</answer>", "∴ n = 11",
    "**Result**: n = 11", "- **Total:** 11",
])
def test_other_ways_to_label_the_answer(output):
    assert judged(output, "11")[0] == "Correct"


# ---------------------------------------------------------------------------------------------------------
# A short answer glossed in brackets; a reference in several parts; yes/no as the question's predicate.

@pytest.mark.parametrize("pred, reference", [
    ("The watt (W)", "watt"), ("the Danube River (Donau)", "Danube"), ("大不列颠岛（英国）", "英国"),
])
def test_a_glossed_short_answer_matches_by_either_part(pred, reference):
    v = verify("Which river, unit or island is it?", "The answer is " + pred + ".", reference, kind="short_answer")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")


def test_a_gloss_that_rejects_is_no_match():
    assert verify("Name it.", "The answer is Lyon (not Paris).", "Paris", kind="short_answer").verdict == "Incorrect"


def test_a_reference_in_several_parts_matches_the_final_statement():
    q = "Find the mean and the median of 3, 4, 8."
    out = "Mean = 15/3 = 5.\n\n**Final Answer:**\n- Mean: 5\n- Median: 4"
    assert judged(out, "Mean 5, median 4", q, kind=None) == ("Correct", "unsure")
    assert judged(out.replace("Median: 4", "Median: 6"), "Mean 5, median 4", q, kind=None)[0] == "Incorrect"
    q = "某商品售价定为多少元时利润最大？最大利润是多少元？"
    out = "综上所述，当售价定为每件80元时，每天的利润最大，最大利润为4500元。"
    assert judged(out, "售价80元，最大利润4500元", q, kind=None) == ("Correct", "unsure")
    assert judged(out, "售价80元，最大利润5400元", q, kind=None)[0] == "Incorrect"


def test_one_value_written_with_several_numbers_is_not_in_parts():
    from nanofrontier.xverify.parts import reference_values
    assert reference_values("3.9 \\times 10^{5}") is None
    assert reference_values("9x^2 + 2x - 1") is None
    assert reference_values("12 500") is None
    assert reference_values("Mean 5, median 4") == [5, 4]


@pytest.mark.parametrize("question, output, reference", [
    ("Is 91 prime?", "91 = 7 × 13, so 91 is not prime.", "No"),
    ("Is 97 prime?", "Trying divisors up to 9, none works, so 97 is prime.", "Yes"),
    ("判断：91是质数。", "91=7×13，所以91不是质数。", "错误"),
])
def test_yes_no_read_from_the_questions_predicate(question, output, reference):
    assert verify(question, output, reference).verdict == "Correct"
    flipped = {"No": "Yes", "Yes": "No", "错误": "正确"}[reference]
    assert verify(question, output, flipped).verdict == "Incorrect"


def test_label_words_against_the_predicate_are_unsure():
    v = verify("Is 97 prime?", "No divisor up to 9 works, so 97 is prime.", "Yes")
    assert v.confidence == "unsure"


# ---------------------------------------------------------------------------------------------------------
# Derivations in aligned rows; scale suffixes; amounts in two units; h:mm against hours; notes after the answer.

def test_an_aligned_derivation_is_one_chain():
    out = "Final answer:\n\\[\n\\begin{aligned}\nn &= 5 \\cdot 6 \\\\\n&= 30\n\\end{aligned}\n\\]"
    assert judged(out, "30") == ("Correct", "sure")
    assert judged(out, "35")[0] == "Incorrect"


@pytest.mark.parametrize("answer, reference", [
    ("64k", "64000"), ("1.8M", "1800000"), ("$4.2B", "4.2 billion"), ("$4.2B", "4200000000"),
])
def test_scale_suffixes_glued_to_a_number(answer, reference):
    assert math_equal(answer, reference)[0] is True
    assert math_equal(answer, "42")[0] is False


def test_an_amount_in_two_units_is_summed():
    assert math_equal("$4 and 25 cents", "4.25")[0] is True
    assert math_equal("4元2角", "4.2元")[0] is True
    assert math_equal("3 kg 250 g", "3.25 kg")[0] is True
    assert math_equal("$4 and 25 cents", "4.52")[0] is False


def test_hours_and_minutes_with_a_colon_against_hours_is_unsure():
    assert math_equal("3:45", "3.75 hours") == (None, "math.ratio")
    assert math_equal("3:4", "0.75")[0] is True  # a ratio against a bare value still compares


def test_a_step_that_verifies_and_a_note_are_not_the_answer():
    out = "## Step 1: Set up\n3x - 2 = 13\n\n## Step 2: Solve\nx = 5\n\n## Step 3: Verify\n3(5) - 2 = 13 ✓"
    assert judged(out, "5")[0] == "Correct"
    out = "Therefore x = 5.\n\nNote: x = -5 fails, since 3(-5) - 2 = -17."
    assert judged(out, "5")[0] == "Correct"
    assert judged(out, "-5")[0] == "Incorrect"


def test_a_chemical_formula_is_not_math_around_a_name():
    v = verify("Which gas do we exhale?", "We exhale carbon dioxide (CO₂).", "carbon dioxide", kind="short_answer")
    assert v.verdict == "Correct"


def test_a_surname_given_in_full_when_a_person_is_asked():
    v = verify("Who composed the Brandenburg Concertos?", "Answer: Johann Sebastian Bach", "Bach", kind="short_answer")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")
    v = verify("Which country lies on the equator here?", "Answer: Equatorial Guinea", "Guinea", kind="short_answer")
    assert v.verdict == "Incorrect"  # a place: the extra word names another country
