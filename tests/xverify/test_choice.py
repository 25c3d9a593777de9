"""choice: option parsing, option labels in answers, choice equality and answer-kind detection."""

import pytest

from nanofrontier.xverify.choice import answer_labels, choice_equal, detect_kind, parse_options

QUESTION = "Which city is the capital of Italy?\nAnswer Choices: (A) Paris (B) London (C) Rome (D) Berlin"
OPTIONS = {"A": "Paris", "B": "London", "C": "Rome", "D": "Berlin"}


# --- parse_options -------------------------------------------------------------------------------

def test_inline_answer_choices_are_parsed():
    assert parse_options(QUESTION) == OPTIONS


def test_option_lines_with_dots_are_parsed():
    assert parse_options("Pick one.\nA. red\nB. blue\nC. green") == {"A": "red", "B": "blue", "C": "green"}


def test_option_lines_with_closing_parenthesis_are_parsed():
    assert parse_options("Pick one.\nA) red\nB) blue") == {"A": "red", "B": "blue"}


def test_chinese_full_width_option_marks_are_parsed():
    options = parse_options("下列说法正确的是（　　）\nA．甲\nB．乙\nC、丙\nD：丁")
    assert options == {"A": "甲", "B": "乙", "C": "丙", "D": "丁"}


def test_roman_numeral_options_are_parsed():
    question = "Which animal? Answer Choices: (I) cat (II) dog (III) emu (IV) owl"
    assert parse_options(question) == {"I": "cat", "II": "dog", "III": "emu", "IV": "owl"}


def test_arabic_options_are_parsed_under_an_options_header():
    options = parse_options("Which animal? Answer Choices: (1) cat (2) dog (3) emu")
    assert options == {"1": "cat", "2": "dog", "3": "emu"}


def test_numbered_steps_without_an_options_header_are_not_options():
    assert parse_options("Do the following:\n1. find x\n2. find y") == {}


def test_answer_choices_after_roman_statements_win():
    question = "Consider (I) x is even (II) x is odd.\nAnswer Choices: (A) I only (B) II only (C) both"
    assert parse_options(question) == {"A": "I only", "B": "II only", "C": "both"}


def test_question_without_options_gives_empty_dict():
    assert parse_options("What is 2 + 2?") == {}


# --- answer_labels -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["C", "(C)", "c", r"\text{(C)}", r"\text{C}", "Option C", "选C", "C项", "C. Rome",
                                  "(C) Rome", "C because Rome is the capital", "Rome", "[C]"])
def test_answer_labels_reads_every_label_form(text):
    assert answer_labels(text, OPTIONS) == ["C"]


def test_answer_labels_of_two_options_lists_both():
    assert answer_labels("A or C", OPTIONS) == ["A", "C"]


def test_answer_labels_of_chinese_multi_select_lists_each_letter():
    assert answer_labels("ACD", OPTIONS) == ["A", "C", "D"]


def test_article_a_before_a_noun_is_not_a_label():
    assert answer_labels("A cattle breeder sells the herd", OPTIONS) == []


def test_strict_labels_ignore_option_text_inside_prose():
    assert answer_labels("Rome was not built in a day", OPTIONS, strict=True) == []
    assert answer_labels("Rome was not built in a day", OPTIONS) == ["C"]


# --- choice_equal --------------------------------------------------------------------------------

@pytest.mark.parametrize("pred", ["C", "(C)", r"\text{(C)}", "Option C", "选C", "C. Rome", "Rome", "rome."])
def test_choice_equal_accepts_label_and_option_text_forms(pred):
    assert choice_equal(pred, "C", OPTIONS)


def test_choice_equal_rejects_another_options_text():
    assert not choice_equal("Paris", "C", OPTIONS)


def test_choice_equal_rejects_another_label():
    assert not choice_equal("B", "C", OPTIONS)


def test_choice_equal_rejects_two_labels_for_a_single_answer():
    assert not choice_equal("A, C", "C", OPTIONS)


def test_choice_equal_accepts_multi_select_in_another_order():
    assert choice_equal("C, A", "AC", OPTIONS)


def test_choice_equal_accepts_reference_given_as_option_text():
    assert choice_equal("C", "Rome", OPTIONS)


def test_choice_equal_maps_letter_to_roman_label_by_position():
    options = {"I": "cat", "II": "dog", "III": "emu"}
    assert choice_equal("B", "II", options) and not choice_equal("C", "II", options)


def test_choice_equal_does_not_map_arabic_number_to_letter_options():
    assert not choice_equal("2", "B", {"A": "5", "B": "6", "C": "7"})


def test_choice_equal_reads_numeric_option_text_before_labels():
    assert choice_equal("3", "B", {"A": "5", "B": "3", "C": "7"})


def test_choice_equal_arabic_labels():
    options = {"1": "cat", "2": "dog", "3": "emu"}
    assert choice_equal("(2)", "2", options) and choice_equal("dog", "2", options)
    assert not choice_equal("3", "2", options)


def test_label_glossed_by_its_own_text_names_that_option():
    options = {"A": "苹果", "B": "香蕉", "C": "葡萄"}
    assert answer_labels("B（香蕉）", options) == ["B"]
    assert choice_equal("B（香蕉）", "B", options)


def test_label_glossed_by_another_options_text_is_not_a_match():
    options = {"A": "苹果", "B": "香蕉", "C": "葡萄"}
    assert answer_labels("B（葡萄）", options) == ["B", "C"]
    assert not choice_equal("B（葡萄）", "B", options)


def test_prose_line_that_must_be_an_option_text_names_it_when_scanning():
    assert answer_labels("So the answer must be Rome.", OPTIONS, strict=True) == ["C"]
    assert answer_labels("所以答案是 Berlin。", OPTIONS, strict=True) == ["D"]


def test_prose_line_scan_ignores_a_negated_or_partial_option_text():
    assert answer_labels("So it must be not Rome.", OPTIONS, strict=True) == []
    assert answer_labels("So it must be near Rome.", OPTIONS, strict=True) == []


def test_prose_line_stating_two_labels_is_a_hedge():
    assert answer_labels("B 和 D 都说得通，答案可能是 B 或 D。", OPTIONS, strict=True) == ["B", "D"]


def test_answer_opening_with_a_short_option_text_names_that_option():
    options = {"1": "12", "2": "16", "3": "20"}
    assert answer_labels("16 legs in total", options) == ["2"]
    assert choice_equal("16 legs in total", "2", options)


@pytest.mark.parametrize("pred", ["16 is not right", "16 or 20 legs", "16, not 20", "160 legs"])
def test_opening_option_text_does_not_count_when_negated_hedged_or_longer(pred):
    assert answer_labels(pred, {"1": "12", "2": "16", "3": "20"}) == []


# --- detect_kind ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question, reference, kind", [
    (QUESTION, "C", "multiple_choice"),
    (QUESTION, "Rome", "multiple_choice"),
    ("Which of the following is a prime?", "B", "multiple_choice"),
    ("Is the sky blue? Answer yes or no.", "Yes", "classification"),
    ("这句话中的代词指代正确吗？", "是", "classification"),
    ("Is this review positive or negative?", "negative", "classification"),
    ("Classify the news as World, Sports, Business, or Sci/Tech.", "Sci/Tech", "classification"),
    ("Premise/hypothesis: entailment, neutral or contradiction?", "entailment", "classification"),
    ("Compute 2 + 2.", "4", "math"),
    ("Simplify.", r"\frac{\sqrt{3}}{2}", "math"),
    ("Solve x^2 < 4.", "(-2, 2)", "math"),
    ("How far did she drive?", "125 miles", "math"),
    ("求这个数。", "36.4万", "math"),
    ("Who wrote Hamlet?", "William Shakespeare", "short_answer"),
    ("When was she born?", "March 5, 2001", "short_answer"),
    ("In what year did the war end?", "1945", "short_answer"),
    ("这件事发生在哪一年？", "1945年", "short_answer"),
])
def test_detect_kind(question, reference, kind):
    assert detect_kind(question, reference) == kind
