"""A sure verdict only where the comparison was exact for the case: units the rules could not convert, a coarser
rounding, a decimal for an exact form, direction words, bracket conventions, absolute-value bars, an option's
label written with another text, number words the readers cannot read all make a verdict unsure. And forms of
other writers that were read wrongly and surely: named values, antiderivatives, ± pairs, chained references,
mixed numbers in vulgar fractions, "(alternatively ...)" hedges, a concessive clause after the answer."""

import pytest

from nanofrontier.xverify.caveats import caveat, signed, unit_of
from nanofrontier.xverify.choice import choice_equal, parse_options
from nanofrontier.xverify.equivalents import antiderivatives_equal, named_values, plus_minus_pair
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.number_words import read_english
from nanofrontier.xverify.verdict import Budget
from nanofrontier.xverify.verify import verify

LONG = "We work through the problem carefully, one step after the other, checking each line as we go.\n\n"


def judged(output: str, reference: str, question: str = "Solve it.", kind: str | None = "math") -> tuple[str, str]:
    v = verify(question, LONG + output, reference, kind=kind)
    return v.verdict, v.confidence


# ---------------------------------------------------------------------------------------------------------
# Units: a unit the comparison dropped or could not convert leaves the verdict unsure.

@pytest.mark.parametrize("output, reference", [
    ("The answer is $\\boxed{8\\pi cm^2}$.", "8\\pi\\ \\text{cm}^3"),   # area for a volume
    ("The answer is 2 mol.", "2 mol/L"),                                # an amount for a concentration
    ("所以，最后的答案就是 $\\boxed{5π 平方米}$。", "5\\pi\\ \\text{m}^3"),
])
def test_a_match_that_ignored_a_different_unit_is_unsure(output, reference):
    assert judged(output, reference)[1] == "unsure"


@pytest.mark.parametrize("output, reference", [
    ("The answer is 0.35 MJ.", "350 kJ"),
    ("The answer is 1200 watts.", "1.2 kW"),
    ("The answer is 75 J/s.", "75 W"),
    ("The answer is 0.2 mol·L^{-1}.", "0.2 M"),
    ("The answer is 2500 mmol/L.", "2.5 mol/L"),
    ("The answer is 12 m\\cdot s^{-1}.", "12 m/s"),
    ("答案：3千瓦时", "3 kW·h"),
])
def test_energy_power_concentration_and_rate_units_convert(output, reference):
    assert judged(output, reference) == ("Correct", "sure")


def test_a_molar_concentration_is_not_a_length():
    assert math_equal("0.3 M", "0.3 m")[0] is False


def test_an_expression_in_another_unit_is_unsure_not_surely_wrong():
    assert judged("The answer is 800\\pi \\text{ mm}^2.", "9\\pi cm^2") == ("Incorrect", "unsure")


def test_an_angle_written_with_pi_and_in_degrees_is_unsure():
    verdict = judged("The answer is $\\boxed{\\frac{\\pi}{2} degrees}$.", "90^\\circ")
    assert verdict[1] == "unsure"


def test_the_unit_after_a_value_is_read_in_one_spelling():
    assert unit_of("12\\pi\\ \\text{cm}^3") == unit_of("12π 立方厘米") == "cm^3"
    assert unit_of("3x + 2") is None and unit_of("2x") is None


# ---------------------------------------------------------------------------------------------------------
# Precision and exact forms.

def test_a_value_rounded_coarser_than_the_reference_is_unsure():
    question = "Give the rate as a percentage to two decimal places."
    assert judged("Final answer: 8.3%", "8.30%", question)[0] == "Correct"
    assert judged("Final answer: 8.3%", "8.27%", question) != ("Correct", "sure")
    assert "coarser" in caveat("math", question, "8.3%", "8.27%", True)


def test_a_decimal_for_an_exact_reference_is_unsure():
    assert judged("The answer is $\\boxed{28.27 cm^2}$.", "9\\pi \\text{ cm}^2")[1] == "unsure"


# ---------------------------------------------------------------------------------------------------------
# Direction words: a decrease is a negative change.

def test_a_signed_change_equals_the_same_change_in_words():
    assert signed("6% decrease") == "-6%" and signed("6% increase") is None
    assert judged("The answer is -6%.", "6% decrease")[0] == "Correct"


def test_an_increase_for_a_decrease_is_not_sure():
    verdict, confidence = judged("Final answer: 6% increase", "6% decrease")
    assert verdict == "Incorrect" or confidence == "unsure"


def test_below_zero_is_no_direction_word():
    assert caveat("math", "", "17 degrees below zero", "-17 °C", True) is None


# ---------------------------------------------------------------------------------------------------------
# Brackets, absolute values, words.

def test_interval_brackets_alone_are_unsure_without_an_inequality():
    question = "Construct a 90% confidence interval for the mean."
    assert judged("Therefore, the answer is [12.3, 15.7].", "(12.3, 15.7)", question) == ("Incorrect", "unsure")
    assert judged("Therefore, the answer is [2, 5).", "(2, 5)", "Solve 2 < x < 5.") == ("Incorrect", "sure")


def test_absolute_value_bars_on_one_side_only_are_unsure():
    assert judged("The answer is \\ln(\\ln t) + C.", "\\ln|\\ln t| + C")[1] == "unsure"
    assert judged("The answer is \\ln(x^2 + 1) + C.", "\\ln|x^2+1| + C") == ("Correct", "sure")  # inside > 0


def test_a_year_in_pairs_of_words_is_read():
    assert read_english("nineteen eighty-nine")[0] == 1989
    assert read_english("twenty twenty-four")[0] == 2024
    assert read_english("twenty one")[0] == 21
    assert judged("The answer is nineteen sixty-nine.", "1969", "In what year?", "short_answer")[0] == "Correct"


def test_an_amount_in_words_is_read_and_one_the_readers_cannot_read_is_unsure():
    assert judged("Final answer: seven dollars and twenty cents", "$7.20") == ("Correct", "sure")
    assert judged("Final answer: seven dollars and a quarter", "$7.20") == ("Incorrect", "unsure")


# ---------------------------------------------------------------------------------------------------------
# Multiple choice: a label with a text that is not its option's.

QUESTION = "Which gas is most abundant in air?\n(A) oxygen\n(B) nitrogen\n(C) argon\n(D) carbon dioxide"


def test_a_label_with_another_options_text_is_unsure():
    v = verify(QUESTION, LONG + "The answer is (B) helium.", "B", kind="multiple_choice")
    assert v.verdict == "Correct" and v.confidence == "unsure"
    v = verify(QUESTION, LONG + "The answer is (B) oxygen.", "B", kind="multiple_choice")
    assert v.verdict == "Incorrect"  # another option's text: two answers
    v = verify(QUESTION, LONG + "The answer is (B) nitrogen.", "B", kind="multiple_choice")
    assert v.confidence == "sure"


def test_options_opening_lines_with_a_parenthesis_are_read():
    question = "Which organ pumps blood?\na) the liver\nb) the heart\nc) the lungs\nd) the kidney"
    options = parse_options(question)
    assert options["b"] == "the heart"
    assert choice_equal("b — the heart", "b", options) and choice_equal("the heart", "b", options)
    numbered = parse_options("Which is a prime?\n1) 4\n2) 7\n3) 9\n4) 15")
    assert numbered == {"1": "4", "2": "7", "3": "9", "4": "15"}


def test_a_full_width_label_before_a_number_is_an_option():
    options = parse_options("声速约为（  ）\nA．340 m/s\nB．3×10⁸ m/s\nC．34 m/s")
    assert set(options) == {"A", "B", "C"}


# ---------------------------------------------------------------------------------------------------------
# Forms read wrongly before: named values, antiderivatives, ± pairs, chains, vulgar fractions.

def test_named_values_are_compared_name_by_name():
    assert named_values("mode = 4, range = 9") == {"mode": "4", "range": "9"}
    assert judged("The answer is mode = 9, range = 4.", "mode = 4, range = 9") == ("Incorrect", "sure")
    assert judged("The answer is $\\boxed{Vertex: (1, -2); axis: 1}$.", "vertex (1, -2), axis 1") == ("Correct", "sure")


def test_antiderivatives_that_differ_by_a_constant_are_equal():
    assert antiderivatives_equal("\\sin^2 x + C", "-\\cos^2 x + C", Budget())
    assert not antiderivatives_equal("\\sin^2 x + C", "\\cos^2 x + C", Budget())
    assert judged("The answer is $\\boxed{\\tan^2 x + C}$.", "\\sec^2 x + C") == ("Correct", "sure")


def test_a_plus_minus_answer_is_the_pair_of_its_values():
    assert plus_minus_pair("20 \\pm 0.5") == "(20-(0.5), 20+(0.5))"
    assert judged("Therefore, the answer is 20 ± 0.5.", "(19.5, 20.5)") == ("Correct", "sure")


def test_a_reference_written_as_a_chain_is_its_last_value():
    reference = "T₅=2×5+3×4=10+12=22"
    assert judged("答案：22", reference, "求 T₅。") == ("Correct", "sure")
    assert judged("答案：21", reference, "求 T₅。") == ("Incorrect", "sure")
    assert judged("The answer is x = 3, x = 5.", "x=3, x=5") == ("Correct", "sure")  # a list, not a chain


def test_a_mixed_number_with_a_vulgar_fraction_is_read():
    assert judged("I'm fairly sure the answer is 4¾ cups, though I'd check.", "4.75") == ("Correct", "sure")
    assert judged("The answer is ⟨1, 0, -2⟩.", "(1, 0, -2)") == ("Correct", "sure")


def test_a_concessive_clause_after_the_answer_is_no_part_of_it():
    verdict = judged("I'm fairly sure the answer is (x+1)(x-4), though I'd double-check.", "(x-4)(x+1)")
    assert verdict[0] == "Correct"


@pytest.mark.parametrize("output, reference, kind", [
    ("**Answer:** True (alternatively False)", "True", "classification"),
    ("**Answer:** 12 (或者 15)", "12", "math"),
])
def test_an_alternative_in_brackets_is_a_second_answer(output, reference, kind):
    assert judged(output, reference, "Is it?", kind)[0] == "Incorrect"
