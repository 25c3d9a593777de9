"""One answer in forms the structural comparison did not pair with the reference: congruences in three notations,
answers in labelled parts, an absolute-value inequality, a formula followed by its value, a value in another unit
of the same dimension, a litre as a cubic decimetre, a product of units, a change written with a word of decrease or
in number words, and an option's label written with another option's whole text."""

from nanofrontier.xverify.caveats import signed, split_unit
from nanofrontier.xverify.choice import other_option_named, parse_options
from nanofrontier.xverify.equivalents import (
    congruence,
    in_base_units,
    labelled_parts,
    without_absolute,
    worded_change,
)
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.fallback import math_value
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.verify import verify

LONG = "We work through the problem carefully, one step after the other, checking each line as we go.\n\n"


def judged(output: str, reference: str, question: str = "Solve it.", kind: str | None = "math") -> tuple[str, str]:
    v = verify(question, LONG + output, reference, kind=kind)
    return v.verdict, v.confidence


def test_congruences_in_any_notation_compare_by_residue():
    assert congruence("x \\equiv -2 \\pmod 9") == congruence("x ≡ 7 (mod 9)") == congruence("x = 9k + 7") == (7, 9)
    assert congruence("x = 5") is None
    assert judged("The answer is x ≡ -2 (mod 9).", "x \\equiv 7 \\pmod{9}") == ("Correct", "sure")
    assert judged("The answer is x ≡ 2 (mod 9).", "x \\equiv 7 \\pmod{9}") == ("Incorrect", "sure")


def test_answers_in_labelled_parts_compare_part_by_part():
    assert labelled_parts("(a) 4 (b) x = 1 or x = 5") == {"a": "4", "b": "x = 1 or x = 5"}
    assert labelled_parts("(b) 4") is None
    reference = "(a) 4 (b) x = 1 or x = 5"
    assert judged("The answer is (a) 4 (b) \\{1, 5\\}.", reference) == ("Correct", "sure")
    assert judged("The answer is (a) 3 (b) \\{1, 5\\}.", reference) == ("Incorrect", "sure")


def test_an_absolute_value_inequality_is_its_interval():
    assert without_absolute("|t| \\ge 3") == "t \\le -3 \\text{ or } t \\ge 3"
    assert without_absolute("|x - 1| < 3") is None
    assert judged("So the final answer is: |m| > 4", "(-\\infty,-4)\\cup(4,\\infty)") == ("Correct", "sure")
    assert judged("So the final answer is: |m| < 4", "-4 < m < 4") == ("Correct", "sure")


def test_a_formula_then_its_value_is_read_as_the_value_but_unsure():
    assert judged("So the answer is $A_6^2 - A_4^2 = 18$.", "18") == ("Correct", "unsure")
    assert judged("So the answer is y' = 6x + 1.", "6x+1")[0] == "Incorrect"  # a named function is no value


def test_a_value_in_another_unit_of_the_same_dimension_is_converted_but_unsure():
    assert split_unit("36\\pi\\ \\text{cm}^2") == ("36\\pi", "cm^2")
    assert in_base_units("3600\\pi mm^2", "36\\pi cm^2") == ("(3600\\pi)*1/1000000", "(36\\pi)*1/10000")
    assert judged("Thus, the final result is 3600\\pi \\text{ mm}^2.", "36π cm²") == ("Correct", "unsure")


def test_a_cubic_decimetre_is_a_litre():
    assert math_equal("2.5\\ \\text{dm}^3", "2.5 L")[0] is True
    assert math_equal("750 cm^3", "0.75 L")[0] is True
    assert math_equal("2 m^3", "2 L")[0] is False


def test_a_change_with_a_word_of_decrease_is_negative():
    assert signed("a drop of 12%") == "-12%" and signed("12% lower") == "-12%" and signed("减少了12%") == "-12%"
    assert signed("the price is 88% of the original, i.e. 12% lower") is None
    assert judged("The answer is a decrease of 12%.", "-12\\%")[0] == "Correct"


def test_a_code_block_closed_inside_a_sentence_is_read():
    ext = extract_answer(LONG + "Putting it all together, we get\n```\n4:15 PM\n```.", kind="math")
    assert ext.answer == "4:15 PM"


def test_a_formula_without_digits_after_a_chinese_verb_is_the_value():
    assert math_value("最小正周期为 2\\pi") == "2\\pi"
    assert math_value("最大值为 \\sqrt{2}") == "\\sqrt{2}"
    assert judged("答案：函数的最小正周期为 \\pi", "π", "求最小正周期。")[0] == "Correct"


def test_comes_out_to_commits_to_an_answer():
    assert judged("So after all of that, the answer comes out to 52 020.", "52,020") == ("Correct", "sure")


def test_a_product_of_units_converts():
    assert math_equal("250 N·cm", "2.5 N·m")[0] is True
    assert math_equal("2.5 N m", "2.5 N\\cdot m")[0] is True
    assert math_equal("2.5 N·m", "2.5 J")[0] is False


def test_a_change_in_number_words_is_read():
    assert worded_change("an increase of fifteen percent") == "15%"
    assert worded_change("a decrease of ten percent") == "-10%"
    assert worded_change("an increase of 15%") is None  # digits: the number rules read it
    assert judged("So to conclude: an increase of fifteen percent", "15\\%") == ("Correct", "unsure")


def test_a_label_written_with_another_options_whole_text_is_two_answers():
    question = "Which is a noble gas?\n(A) helium\n(B) nitrogen\n(C) oxygen\n(D) hydrogen"
    assert other_option_named("B. helium", parse_options(question)) == "A"
    assert other_option_named("A. helium", parse_options(question)) is None
    v = verify(question, LONG + "So the answer comes out to **A. nitrogen**.", "A", kind="multiple_choice")
    assert (v.verdict, v.rule) == ("Incorrect", "extract.hedged")
