"""Matches that were not exact and forms that were not read: a decimal equal only within a rounding, an answer
in another form than the one asked, an operation copied from the question, a linear equation read as a
residue class, "±" inside a list, an Oxford comma, an answer offered without deciding, and an option label
closing a sentence ("This gives D", 因此结果为B)."""

import pytest

from nanofrontier.xverify.asked_forms import asks_form, rounded_only, within_rounding
from nanofrontier.xverify.choice import answer_labels
from nanofrontier.xverify.equivalents import congruence
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.numbers import parse_quantity
from nanofrontier.xverify.verify import verify

LONG = "First I read the question again, then I work it out step by step and check the result at the end.\n\n"


def judged(question: str, output: str, reference: str, kind: str | None = "math") -> tuple[str, str, str]:
    v = verify(question, LONG + output, reference, kind=kind)
    return v.verdict, v.confidence, v.rule


# ---------------------------------------------------------------------------------------------------------
# A decimal that matches only within a rounding is never a sure match.

@pytest.mark.parametrize("question, output, reference, verdict", [
    ("Find the probability of drawing a heart.", "The answer is 0.2500.", "\\frac{1}{4}", "Correct"),  # exact
    ("What is 5/8 as a decimal?", "The answer is 0.625.", "\\frac{5}{8}", "Correct"),
    ("Round 2/7 to three decimal places.", "The answer is 0.286.", "\\frac{2}{7}", "Correct"),
])
def test_an_exact_decimal_or_an_asked_rounding_stays_a_sure_match(question, output, reference, verdict):
    assert judged(question, output, reference)[:2] == (verdict, "sure")


@pytest.mark.parametrize("question, output, reference", [
    ("Compute 5/7 + 1/7.", "The answer is 0.857.", "\\frac{6}{7}"),            # a rounding no one asked for
    ("求 $\\frac{2}{9}$ 的值。", "答案是 $\\boxed{0.22}$。", "\\frac{2}{9}"),
    ("Compute $1 \\div 7$.", "The answer is 0.1429.", "\\frac{1}{7}"),
])
def test_a_rounding_the_question_did_not_ask_for_is_incorrect_and_unsure(question, output, reference):
    assert judged(question, output, reference) == ("Incorrect", "unsure", "math.rounded")


def test_a_measure_with_a_unit_or_a_long_decimal_may_stand_for_an_exact_value_but_only_unsure():
    assert judged("A runner covers 100 m in 12 s. Speed in m/s?", "The answer is 8.33 m/s.", "25/3 m/s") \
        == ("Correct", "unsure", "math.rounded")
    assert judged("Compute 29/7.", "The answer is 4.142857.", "\\frac{29}{7}") == ("Correct", "unsure", "math.rounded")


def test_within_rounding_and_rounded_only_read_the_values_written():
    q = parse_quantity
    assert within_rounding(q("0.857"), q("6/7"), "Compute it.")
    assert not within_rounding(q("0.75"), q("3/4"), "Compute it.")
    assert not within_rounding(q("75%"), q("0.75"), "Compute it.")              # a share, not a rounding
    assert not within_rounding(q("0.286"), q("2/7"), "Give it to three decimal places.")
    assert rounded_only(q("0.857"), q("6/7"), "Compute it.")
    assert not rounded_only(q("0.857"), q("6/7"), "Compute it to the nearest thousandth.")


# ---------------------------------------------------------------------------------------------------------
# The form the question asks for, and an operation copied from it.

def test_asks_form_reads_simplify_expand_and_scientific_notation_in_english_and_chinese():
    assert asks_form("Simplify $\\sqrt{50}$.") and asks_form("Expand $(a+3)^2$.")
    assert asks_form("Write 45000 in scientific notation.") and asks_form("化简 $\\sqrt{18}$。")
    assert not asks_form("Compute $\\sqrt{50}$ to two decimal places.")


@pytest.mark.parametrize("question, output, reference", [
    ("Simplify $\\sqrt{50}$.", "The answer is $\\boxed{\\sqrt{2}\\sqrt{25}}$.", "5\\sqrt{2}"),
    ("Write 45000 in scientific notation.", "The answer is $45 \\times 10^{3}$.", "4.5 \\times 10^{4}"),
    ("化简 $\\sqrt{18}$。", "答案是 $\\boxed{\\sqrt{2}\\sqrt{9}}$。", "3\\sqrt{2}"),
])
def test_the_same_value_in_another_form_than_the_one_asked_is_unsure(question, output, reference):
    verdict, confidence, _ = judged(question, output, reference)
    assert confidence == "unsure"


def test_the_asked_form_itself_stays_sure():
    assert judged("Write 45000 in scientific notation.", "The answer is $4.5 \\times 10^{4}$.",
                  "4.5 \\times 10^{4}")[:2] == ("Correct", "sure")
    assert judged("Simplify 14/21.", "The answer is 2/3.", "\\frac{2}{3}")[:2] == ("Correct", "sure")


@pytest.mark.parametrize("question, output, reference", [
    ("Compute $3^{5}$.", "The answer is $3^{5}$.", "243"),
    ("Expand $(a+3)(a-1)$.", "The answer is $(a+3)(a-1)$.", "a^2 + 2a - 3"),
    ("计算 $7 \\times 8$。", "答案是 $7 \\times 8$。", "56"),
])
def test_an_operation_copied_from_the_question_is_not_its_result(question, output, reference):
    assert judged(question, output, reference) == ("Incorrect", "unsure", "math.restated")


def test_an_answer_that_is_also_written_in_the_question_is_not_a_restatement():
    assert judged("Which is larger, $2^{10}$ or $10^{3}$?", "The answer is $2^{10}$.", "2^{10}")[:2] \
        == ("Correct", "sure")


# ---------------------------------------------------------------------------------------------------------
# Readings: a line is not a residue class, ± in a list, an Oxford comma.

def test_a_linear_equation_is_not_read_as_a_residue_class():
    assert congruence("y = 4x + 5") is None and congruence("y = 4x + 1") is None
    assert congruence("n = 4k + 5") == (1, 4)
    assert judged("Find the line through (0, 5) and (1, 9).", "The answer is $y = 4x + 1$.", "y = 4x + 5")[0] \
        == "Incorrect"


@pytest.mark.parametrize("answer, reference, equal", [
    ("x = 2, \\pm 3", "\\{-3, 2, 3\\}", True),
    ("0, \\pm \\sqrt{2}", "\\{-\\sqrt{2}, 0, \\sqrt{2}\\}", True),
    ("x = 2, \\pm 3", "\\{2, 3\\}", False),
    ("4, 5, and 6", "x = 4, 5, 6", True),
    ("-1, 0, and 2", "\\{-1, 0, 3\\}", False),
])
def test_plus_minus_items_and_an_oxford_comma_read_as_list_items(answer, reference, equal):
    assert math_equal(answer, reference)[0] is equal


# ---------------------------------------------------------------------------------------------------------
# An answer offered without deciding, and an option label that closes a sentence.

@pytest.mark.parametrize("ending", [
    "I'd go with 42, though 24 is also plausible - I can't fully decide between them.",
    "Probably 42, but I cannot decide.",
    "我觉得是 42，但 24 也有道理，实在拿不准。",
])
def test_an_answer_offered_without_deciding_is_incorrect_and_unsure(ending):
    assert judged("What is 6 times 7?", ending, "42") == ("Incorrect", "unsure", "extract.undecided")


@pytest.mark.parametrize("text, label", [
    ("This gives B", "B"), ("so the result is D", "D"), ("因此结果为C", "C"), ("=> a", "A"), ("A}", "A"),
])
def test_a_lone_label_closing_a_sentence_names_that_option(text, label):
    options = {"A": "red", "B": "green", "C": "blue", "D": "white"}
    assert answer_labels(text, options) == [label]


def test_a_lowercase_letter_after_a_verb_is_a_word_not_a_label():
    assert answer_labels("it is a", {"A": "red", "B": "green"}) == []


def test_the_same_form_in_other_notation_stays_sure_when_a_form_is_asked():
    assert judged("Simplify $a + b + 0$.", "The answer is $b + a$.", "a+b")[:2] == ("Correct", "sure")
    assert judged("Simplify $\\sqrt{128}$.", "The answer is $8 \\cdot \\sqrt{2}$.", "8\\sqrt{2}")[:2] \
        == ("Correct", "sure")


# ---------------------------------------------------------------------------------------------------------
# Days of the week, Markdown quotes, electrical units.

@pytest.mark.parametrize("answer, reference, equal", [
    ("The answer is Wed.", "Wednesday", True),
    ("The answer is Thurs", "Thursday", True),
    ("答案是周日", "星期天", True),
    ("The answer is Tue.", "Thursday", False),
])
def test_a_day_of_the_week_by_its_abbreviation_is_that_day(answer, reference, equal):
    verdict, confidence, rule = judged("What day of the week is it 10 days after a Sunday?", answer, reference,
                                       kind="short_answer")
    assert (verdict == "Correct") is equal and rule == "short.date"


def test_weekday_reads_only_a_whole_day_name():
    from nanofrontier.xverify.short_forms import weekday

    assert weekday("Sat.") == 5 and weekday("星期一") == 0
    assert weekday("T") is None and weekday("Sunday school") is None and weekday("March") is None


def test_a_markdown_quote_mark_is_not_part_of_the_answer():
    v = verify("Find $\\frac{d}{dx} x^4$.", LONG + "So we have:\n\n> 4 \\cdot x^3", "4x^3", kind="math")
    assert v.extracted == "4 \\cdot x^3" and v.verdict == "Correct"


@pytest.mark.parametrize("answer, reference, equal", [
    ("3.2", "3.2 mA", True), ("0.0032 A", "3.2 mA", True), ("3.2 V", "3.2 mA", False), ("2 kV", "2000 volts", True),
])
def test_current_and_voltage_units_convert(answer, reference, equal):
    assert math_equal(answer, reference, question="Express the value in the unit asked.")[0] is equal


# ---------------------------------------------------------------------------------------------------------
# A region's code or an honorific around the reference's name adds nothing to it.

@pytest.mark.parametrize("answer, reference, question, equal", [
    ("Austin, TX", "Austin", "What is the capital of Texas?", True),
    ("Miss Emily Bronte", "Emily Bronte", "Who wrote Wuthering Heights?", True),
    ("Austin, Travis County", "Austin", "What is the capital of Texas?", True),   # a region after a city asked
    ("Austin, Travis County", "Austin", "Who founded the firm?", None),  # no place asked: more than a code
])
def test_a_region_code_or_an_honorific_around_the_name_adds_nothing(answer, reference, question, equal):
    from nanofrontier.xverify.short import short_answer_decision

    assert short_answer_decision(answer, reference, question=question)[0] is equal


def test_a_mantissa_outside_one_to_ten_is_not_scientific_notation():
    from nanofrontier.xverify.asked_forms import unfinished_form

    question = "Write 0.00071 in scientific notation."
    assert judged(question, "The answer is $71 \\times 10^{-5}$.", "7.1 \\times 10^{-4}") \
        == ("Incorrect", "unsure", "math.form")
    assert unfinished_form(question, "7.1 \\times 10^{-4}") is None
    assert unfinished_form("用科学记数法表示 0.00071。", "0.71 \\times 10^{-3}") is not None
    assert unfinished_form("Compute 71 times 10^-5.", "71 \\times 10^{-5}") is None    # no form asked


def test_a_word_and_a_colon_before_an_option_are_not_part_of_it():
    options = {"A": "Nucleus", "B": "Ribosome", "C": "Mitochondrion"}
    assert answer_labels("Result: B. Mitochondrion", options) == ["B", "C"]   # a label and another's text
    assert answer_labels("Result: C", options) == ["C"]



def test_a_second_name_joined_by_and_is_a_second_answer():
    from nanofrontier.xverify.short import short_answer_decision

    assert short_answer_decision("Spain and Portugal", "Portugal") == (False, "short.two_names")
    assert short_answer_decision("Bosnia and Herzegovina", "Bosnia and Herzegovina")[0] is True


@pytest.mark.parametrize("answer, reference, equal", [
    ("16\\pi cm^2", "16\\pi 平方厘米", True),
    ("4\\sqrt{3} m", "4\\sqrt{3} 米", True),
    ("15\\pi cm^2", "16\\pi 平方厘米", False),
])
def test_an_expression_with_one_unit_spelled_two_ways_compares_by_value(answer, reference, equal):
    verdict, _, _ = judged("一个圆的半径为4厘米，求它的面积。", f"答案是 ${answer}$。", reference)
    assert (verdict == "Correct") is equal
