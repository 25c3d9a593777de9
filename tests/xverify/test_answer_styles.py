"""Answer styles the earlier rules did not read: JSON answers, "Final:" and "my final pick" lines, a verdict on
every option, an answer given first, a second answer offered in a new sentence, and math written in other
notations (other bases, degrees and minutes, cis, ranges in words, polar coordinates, ratios in words).
Every example is written here, in English and Chinese where it applies."""

import pytest

from nanofrontier.xverify.bases import asked_base, base_digits, based_equal
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.labels import label_equal, named_labels
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.text_forms import given_side, without_gloss, written_out
from nanofrontier.xverify.verify import verify

LONG = "We work through the problem carefully, one step after the other, checking each line as we go.\n\n"
CHOICES = "Which animal barks?\nA. cat\nB. dog\nC. cow\nD. pig"
NLI = ("Premise: A girl rides a bike.\nHypothesis: A child is outdoors.\nDoes the premise entail the hypothesis, "
       "contradict it, or neither? Answer with entailment, contradiction, or neutral.")


def judged(output: str, reference: str, question: str = "Solve it.", kind: str | None = None) -> tuple[str, str]:
    v = verify(question, LONG + output, reference, kind=kind)
    return v.verdict, v.confidence


# ---------------------------------------------------------------------------------------------------------
# Markers: JSON answers, "Final:", "my final pick", 最终选择, a conclusion opening its line.

@pytest.mark.parametrize("output, reference, expected", [
    ('```json\n{"reasoning": "see above", "answer": "3\\\\sqrt{2}"}\n```', "3\\sqrt{2}", ("Correct", "sure")),
    ('{"final_answer": 42, "units": "none"}', "42", ("Correct", "sure")),
    ("{'answer': 'x = 7'}", "7", ("Correct", "sure")),
    ('{"answer": "答案是12"}', "12", ("Correct", "sure")),
    ('{"answer": "41"}', "42", ("Incorrect", "sure")),
])
def test_the_value_of_an_answer_key_is_the_answer(output, reference, expected):
    assert judged(output, reference) == expected


@pytest.mark.parametrize("output", [
    '{"answer": "B", "alternatives": ["C"]}',
    '{"answer": "B", "confidence": "low"}',
])
def test_a_json_answer_with_alternatives_or_low_confidence_is_unsure(output):
    assert judged(output, "B", CHOICES)[1] == "unsure"


@pytest.mark.parametrize("output, answer", [
    ("Ranking: 1) C  2) the rest is weaker.\nFinal: B", "B"),
    ("My final pick: \\dfrac{5}{32}\n\nA few remarks on the method follow.", "\\dfrac{5}{32}"),
    ("候选：0.2、0.25。\n我的最终选择：0.25", "0.25"),
])
def test_final_and_final_pick_lines_commit(output, answer):
    ext = extract_answer(output, kind="math")
    assert (ext.answer, ext.source) == (answer, "chinese_marker" if "最终" in output else "final_answer")


def test_a_conclusion_opening_its_line_names_the_answer_but_unsure():
    assert judged("Both pets are common, but only one barks.\n\nTherefore: option B", "B", CHOICES) \
        == ("Correct", "unsure")


@pytest.mark.parametrize("output", [
    "It helps to ask which of the look-alike answers is the intended one.\n\n**B**",
    "The simplest reading is usually the intended one. The answer is the intended one.\n\n**B**",
])
def test_a_remark_about_which_answer_is_meant_commits_to_nothing(output):
    assert extract_answer(output, kind="multiple_choice").answer == "B"


# ---------------------------------------------------------------------------------------------------------
# A verdict on every option; an answer given on the first line.

@pytest.mark.parametrize("output, reference", [
    ("- (A) cat: does not fit; eliminate.\n- (B) dog: this fits the question.\n- (C) cow: does not fit; eliminate."
     "\n- (D) pig: does not fit; eliminate.\n\nA quick sanity check: the result is plausible.", "B"),
    ("- 选项A（猫）：与题干不符，排除。\n- 选项B（狗）：符合题意，是正确的。\n- 选项C（牛）：与题干不符，排除。\n"
     "- 选项D（猪）：与题干不符，排除。", "B"),
])
def test_the_one_option_a_verdict_list_keeps_is_the_answer_unsure(output, reference):
    assert judged(output, reference, CHOICES) == ("Correct", "unsure")


@pytest.mark.parametrize("output", [
    "- (A) cat: wrong\n- (B) dog: fits\n- (C) cow: fits\n- (D) pig: wrong",  # two kept
    "- (A) cat: wrong\n- (B) dog: fits\n- (C) cow: wrong\n\nThat covers the farm animals.",  # D not judged
])
def test_a_verdict_list_that_keeps_no_single_option_names_nothing(output):
    assert judged(output, "B", CHOICES)[0] == "Incorrect"


def test_two_labels_on_the_first_line_are_a_hedge_even_if_the_list_keeps_one():
    output = ("B or A\n\nElimination:\n- (A) cat: eliminate.\n- (B) dog: fits.\n- (C) cow: eliminate.\n"
              "- (D) pig: eliminate.")
    v = verify(CHOICES, output, "B")
    assert (v.verdict, v.rule) == ("Incorrect", "extract.hedged")


def test_a_label_after_a_chinese_connective_on_the_last_line_is_the_answer():
    assert judged("逐项分析后只剩一个。\n\n所以B．狗", "B", CHOICES)[0] == "Correct"


# ---------------------------------------------------------------------------------------------------------
# What follows the answer: a second answer in a new sentence, a doubtful aside, a rule line before a check.

@pytest.mark.parametrize("output", [
    "答案：14\n\n所以答案仍是：14。\n\n不过也有可能是 28，两个都说得通，我不太确定。",
    "The answer is 14.\n\nBut it could also be 28, depending on how the diagonals are counted.",
])
def test_a_second_value_offered_in_a_new_sentence_is_a_hedge(output):
    assert judged(output, "14") == ("Incorrect", "sure")


def test_a_restatement_in_another_form_is_no_second_answer():
    assert judged("The answer is 0.75.\n\nIt could also be written as 3/4.", "3/4") == ("Correct", "sure")


def test_a_doubtful_aside_with_another_value_makes_the_verdict_unsure():
    assert judged("My final pick: 3 (though 4 is close)", "3") == ("Correct", "unsure")


@pytest.mark.parametrize("output, answer", [
    ("So x = 17.\n\n---\nSanity check: 17 is consistent with a rough estimate.", "17"),
    ("So, to restate: 7:4.", "7:4"),
    ("So, to restate: November 8, 2027.", "November 8, 2027"),
])
def test_the_last_line_fallback_reads_rules_ratios_and_dates(output, answer):
    assert extract_answer(output, kind="math").answer == answer


# ---------------------------------------------------------------------------------------------------------
# Math in other notations.

@pytest.mark.parametrize("pred, ref, question, expected", [
    ("0xff", "FF", "Convert 255 to hexadecimal.", True),
    ("FF_{16}", "ff", "Write 255 in base 16.", True),
    ("(1010)_2", "1010", "Convert 10 to binary.", True),
    ("0b1011", "1010", "Convert 10 to binary.", False),
    ("255", "FF", "Convert 255 to hexadecimal.", False),
    ("627_{8}", "627", "把十进制数 407 转换成八进制。", True),
    ("627", "627_{8}", "把十进制数 407 转换成 8 进制。", True),
])
def test_numbers_in_the_base_the_question_asks_compare_by_digits(pred, ref, question, expected):
    assert math_equal(pred, ref, question=question) == (expected, "math.base")


def test_base_digits_reject_a_digit_the_base_lacks_and_a_question_without_a_base():
    assert base_digits("0b102") is None and base_digits("12_{2}") is None
    assert asked_base("What is 12 + 30?") is None
    assert based_equal("0x1F", "31", "What is 12 + 19?") is None


@pytest.mark.parametrize("pred, ref, expected", [
    ("52.9^\\circ", "52^\\circ 54'", True),
    ("64 degrees 42 minutes", "64.7°", True),
    ("64 degrees 41 minutes", "64.7°", False),  # 64.683°: a decimal of degrees equals minutes only exactly
    ("23度54分", "23.9°", True),
])
def test_degrees_and_minutes_are_an_exact_angle(pred, ref, expected):
    assert math_equal(pred, ref)[0] is expected


@pytest.mark.parametrize("pred, ref, expected", [
    ("4\\,\\mathrm{cis}(\\frac{\\pi}{6})", "4e^{i\\frac{\\pi}{6}}", True),
    ("4 cis(\\pi/3)", "4e^{i\\frac{\\pi}{6}}", False),
    ("r = 6, \\theta = \\frac{\\pi}{4}", "6e^{i\\frac{\\pi}{4}}", True),
    ("r = 2, θ = π/3", "1 + \\sqrt{3}i", True),
    ("r = 6, \\theta = \\frac{\\pi}{3}", "6e^{i\\frac{\\pi}{4}}", False),
])
def test_polar_forms_in_cis_or_as_named_coordinates_are_the_complex_number(pred, ref, expected):
    assert math_equal(pred, ref)[0] is expected


@pytest.mark.parametrize("pred, ref, expected", [
    ("all x between 3 and 7 inclusive", "[3, 7]", True),
    ("x strictly between 3 and 7", "(3, 7)", True),
    ("all x between 3 and 7 exclusive", "[3, 7]", False),
    ("all x between 3 and 7", "[3, 7]", None),  # which ends belong is not said
])
def test_a_range_in_words_is_an_interval_only_when_its_ends_are_said(pred, ref, expected):
    assert math_equal(pred, ref)[0] is expected


@pytest.mark.parametrize("pred, ref, expected", [
    ("3 : 2", "3 to 2", True), ("3:2", "3比2", True), ("2 to 3", "3:2", False),
])
def test_a_ratio_in_words_is_a_ratio(pred, ref, expected):
    assert math_equal(pred, ref)[0] is expected


def test_a_short_english_word_makes_prose_not_a_product_of_variables():
    assert math_equal("x is 5", "5")[0] is None
    assert math_equal("a_n = 3 + 2(n - 1)", "an = 2n + 1")[0] is True  # "an" stays a name


def test_a_reference_equation_that_restates_the_given_expression_gives_its_right_side():
    q = "Expand and simplify $(x + 5)(x - 2)$."
    assert given_side("(x + 5)(x - 2) = x^2 + 3x - 10", q) == "x^2 + 3x - 10"
    assert math_equal("x^2 + 3x - 10", "(x + 5)(x - 2) = x^2 + 3x - 10", question=q)[0] is True
    assert math_equal("x^2 + 3x - 11", "(x + 5)(x - 2) = x^2 + 3x - 10", question=q)[0] is False
    assert given_side("y = 2x + 1", "Find the line through (0, 1) with slope 2.") == "y = 2x + 1"


@pytest.mark.parametrize("text, bare", [
    ("1/4 (about 25.0%)", "1/4"), ("0.333 (approx. 1/3)", "0.333"), ("5/32 (约 15.6%)", "5/32"),
    ("7 (the second root)", "7 (the second root)"),
])
def test_an_approximation_glossed_after_a_value_is_dropped(text, bare):
    assert without_gloss(text) == bare


def test_written_out_leaves_other_text_alone():
    assert written_out("x^2 + 1") == "x^2 + 1"


def test_a_matrix_named_by_a_power_of_its_letter_is_the_matrix_that_ends_the_chain():
    ref = "\\begin{pmatrix} 2 & -1 \\\\ -1.5 & 1 \\end{pmatrix}"
    chain = ("A^{-1} = \\frac{1}{2}\\begin{bmatrix} 4 & -2 \\\\ -3 & 2 \\end{bmatrix} = "
             "\\begin{bmatrix} 2 & -1 \\\\ -\\frac{3}{2} & 1 \\end{bmatrix}")
    assert math_equal(chain, ref) == (True, "math.matrix")
    assert math_equal("A^{-1} = \\begin{bmatrix} 2 & 1 \\\\ -1.5 & 1 \\end{bmatrix}", ref)[0] is False


@pytest.mark.parametrize("pred, expected", [
    ("rows (-13, 19) and (15, -15)", True), ("first row (-13, 19), second row (15, -15)", True),
    ("第一行(-13, 19)，第二行(15, -15)", True), ("rows (-13, 19) and (15, 15)", False),
])
def test_rows_named_in_words_are_a_matrix(pred, expected):
    assert math_equal(pred, "\\begin{bmatrix} -13 & 19 \\\\ 15 & -15 \\end{bmatrix}")[0] is expected


@pytest.mark.parametrize("pred, ref", [("1.2 亿人", "1.2亿"), ("3 万人", "30000人"), ("120 万元", "1200000元")])
def test_a_chinese_scale_word_may_carry_a_measure_word(pred, ref):
    assert math_equal(pred, ref) == (True, "math.number")


# ---------------------------------------------------------------------------------------------------------
# Values that may be right in a form the reference does not show: unsure, never a sure Incorrect.

def test_a_value_in_another_unit_that_converts_to_the_bare_reference_is_unsure():
    assert math_equal("2500 cm^2", "0.25") == (False, "math.unit")
    assert judged("Final answer: 2500 cm^2", "0.25", "What is the area of the tile?") == ("Incorrect", "unsure")
    assert math_equal("2400 cm^2", "0.25") == (False, "math.number")  # no unit makes it 0.25


def test_a_percent_against_a_bare_number_is_unsure_unless_a_share_is_asked():
    assert judged("The answer is 5%.", "5", "Evaluate 10 - 5.") == ("Correct", "unsure")
    assert judged("The answer is 5%.", "5", "What percent of the class passed?") == ("Correct", "sure")


def test_words_then_a_bracketed_value_match_by_the_value_unsure():
    v = verify("When does it end?", "Thus the result is $\\boxed{twenty past twelve in the afternoon (12:20)}$.",
               "12:20 PM")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")
    assert v.rule in ("math.bracketed", "math.time_in_sentence")  # the one time the text states is read first


# ---------------------------------------------------------------------------------------------------------
# Labels: "neither ... nor ...", words of the question that are no labels, replies by auxiliary verb.

def test_neither_two_labels_is_the_third():
    assert label_equal("neither entailed nor contradicted", "neutral", NLI) is True
    assert label_equal("neither entailed nor contradicted", "entailment", NLI) is False
    assert label_equal("neither positive nor negative", "neutral", "Is the review positive, negative or neutral?")


def test_pronouns_in_the_questions_own_or_list_are_not_labels():
    assert named_labels(NLI) == {"entailment", "contradiction", "neutral"}


@pytest.mark.parametrize("pred, expected", [
    ("It is not.", True), ("They aren't", True), ("It is", False), ("Yes, it is", False), ("No, it is", None),
])
def test_a_reply_by_auxiliary_verb_is_yes_or_no(pred, expected):
    assert label_equal(pred, "no", "Is 2027 a leap year?") is expected


def test_a_yes_no_reference_is_a_label_whatever_kind_the_caller_gives():
    v = verify("Is the square root of 2 rational?", "√2 is irrational.\n\n**No**", "false", kind="short_answer")
    assert (v.verdict, v.kind) == ("Correct", "classification")


# ---------------------------------------------------------------------------------------------------------
# Short answers: Chinese dates without a year, dynasties, numbers in a base.

@pytest.mark.parametrize("pred, ref, expected", [
    ("一月十二号", "1月12日", (True, "short.date")),
    ("1月13号", "1月12日", (False, "short.date")),
    ("2023年1月12日", "1月12日", (True, "short.date")),
])
def test_a_chinese_day_without_its_year_is_a_date(pred, ref, expected):
    assert short_answer_decision(pred, ref) == expected


def test_a_day_without_the_year_the_reference_gives_is_not_a_sure_verdict():
    assert verify("哪一天？", "答案：1月12日", "2023年1月12日").confidence == "unsure"


@pytest.mark.parametrize("pred, ref, question, expected", [
    ("唐代", "唐朝", "李白是哪个朝代的诗人？", True),
    ("秦", "秦朝", "第一个统一的王朝是哪一朝？", True),
    ("宋代", "唐朝", "李白是哪个朝代的诗人？", False),
    ("唐代", "唐朝", "李白是哪里人？", None),  # no dynasty asked: 代 and 朝 are not generic
])
def test_dynasty_names_with_or_without_chao_or_dai_are_one_name(pred, ref, question, expected):
    assert short_answer_decision(pred, ref, question=question)[0] is expected


def test_a_number_in_a_base_typed_as_a_short_answer_compares_by_digits():
    v = verify("Convert 255 to hex.", "Answer: 0xFF", "FF")
    assert (v.verdict, v.rule) == ("Correct", "math.base")


def test_a_direction_named_right_is_no_yes_label():
    v = verify("Which way must the driver turn?", "The answer is correct.", "Right", kind="short_answer")
    assert (v.verdict, v.kind) == ("Incorrect", "short_answer")
