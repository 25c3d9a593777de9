"""capture / markers / truncation: where an answer ends, how it is tidied, which hits commit, cut-off signs."""

import pytest

from nanofrontier.xverify.capture import boxed_contents, capture_after, tidy
from nanofrontier.xverify.markers import MarkerIndex, followup_cut, last_commitments, recital_start
from nanofrontier.xverify.normalize import clean_output
from nanofrontier.xverify.truncation import looks_cut_off, repetition_start


def captured(text: str, marker: str = "is") -> str:
    start, end = capture_after(text, text.index(marker) + len(marker))
    return text[start:end]


@pytest.mark.parametrize("text, expected", [
    ("It is 3.5. Next we", " 3.5"[1:]),
    ("It is Mr. Smith. He", "Mr. Smith"),
    ("It is 5 because x = 2", "5"),
    ("It is 5, which is odd", "5"),
    ("It is $x = 1. 5$ then", "$x = 1. 5$ then"),
    ("It is \\frac{1}{2}. Done", "\\frac{1}{2}"),
    ("It is $29.00. Then", "$29.00"),
    ("It is 5\nNext line", "5"),
    ("It is B. Option D is a common mistake.", "B"),
    ("It is J. K. Rowling. She", "J. K. Rowling"),
])
def test_capture_stops_at_the_sentence_end_outside_math(text, expected):
    assert captured(text) == expected


def test_capture_stops_at_a_comma_before_chinese_clause():
    assert captured("答案是5,因为x=2", "是") == "5"


def test_capture_keeps_a_list_joined_by_the_enumeration_comma():
    text = clean_output("所以甲队有8人、乙队有15人。")  # 、 folds to ", ", the clause comma ， to ","
    assert captured(text, "所以") == "甲队有8人, 乙队有15人"


def commitments(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.source) for c in last_commitments(MarkerIndex(clean_output(text, keep_bold=True)))]


@pytest.mark.parametrize("text, expected", [
    ("Checking each step again.\nHence the required value is 7.5 km.", ("7.5 km", "answer_is")),
    ("Both routes agree. So my answer: Lake Baikal.", ("Lake Baikal", "final_answer")),
    ("核对无误。\n\n**最终答案**：36平方厘米", ("36平方厘米", "chinese_marker")),
    ("It sounds unhappy overall, so the label is NEGATIVE.", ("NEGATIVE", "answer_is")),
])
def test_conclusion_phrasings_are_commitments(text, expected):
    assert commitments(text)[-1] == expected


def test_a_connective_character_inside_a_word_is_no_marker():
    # 故 in 故障 (a fault) is not "therefore"; 即 in 立即 is not "that is".
    assert commitments("机器出现故障,维修费用是300元. 他立即付款是因为急用") == []
    assert commitments("两边相等,故x=3")[-1] == ("3", "chinese_so")


def test_a_negated_copula_does_not_introduce_a_weak_answer():
    assert commitments("综上所述,这不是正面评价") == []
    assert commitments("综上所述,这是正面评价")[-1] == ("正面评价", "chinese_so")


def test_capture_reads_display_math_on_the_next_line():
    assert captured("It is:\n$$\n\\frac{1}{2}\n$$") == "\n\\frac{1}{2}\n"


@pytest.mark.parametrize("raw, expected", [
    ("$\\boxed{5}$.", "5"), ("**C**", "C"), ("option C", "C"), ('"Paris".', "Paris"),
    ("$x = 3.5$ cm", "x = 3.5 cm"), ("5 (since the sum of both angles is 90)", "5"),
    ("therefore 12", "12"), ("-4", "-4"), ("42. I hope it is correct.", "42"),
])
def test_tidy_strips_wrappers_and_filler(raw, expected):
    assert tidy(raw) == expected


def test_boxed_contents_finds_outermost_boxes_in_order():
    assert [b for _, _, b in boxed_contents(r"\boxed{1} then \fbox{{2}} and \boxed 3")] == ["1", "{2}", "3"]


def test_last_commitments_prefers_strong_markers_over_weak():
    index = MarkerIndex("答案是3。所以这个结论是成立的。")
    assert [c.text for c in last_commitments(index)] == ["3"]


def test_last_commitments_orders_by_answer_position():
    index = MarkerIndex(r"The answer is 1. Then \boxed{2}. Finally the answer is 3.")
    assert [c.text for c in last_commitments(index)] == ["1", "2", "3"]


def test_followup_cut_is_the_end_when_no_answer_precedes_the_question():
    text = "Question: what is 2+2?\nWe add."
    assert followup_cut(MarkerIndex(text)) == len(text)


def test_followup_cut_is_the_new_question_after_an_answer():
    text = "The answer is 4.\n\nQuestion: what is 3+3?"
    assert followup_cut(MarkerIndex(text)) == text.index("\n\nQuestion") + 1


@pytest.mark.parametrize("header", ["**Follow-up question:**", "Next problem:", "下一题：", "[巩固练习]"])
def test_followup_cut_is_a_self_declared_new_problem_even_before_any_answer(header):
    text = "So the pair is (2, 7).\n\n" + header + " What is 9-4?\nThe answer is 5."
    assert followup_cut(MarkerIndex(text)) == text.index(header) - 1


def test_recital_start_is_the_last_question_of_a_recited_prompt():
    text = "Question: 1+1?\nAnswer: The answer is 2.\n\nQuestion: 4+4?\nAnswer: 8"
    assert recital_start(MarkerIndex(text)) == text.index("Question: 4+4")
    assert recital_start(MarkerIndex("We add.\n\nQuestion: 4+4?\nAnswer: 8")) == 0


def test_capture_without_clauses_runs_past_commas():
    text = "答:从甲地到乙地,一共需要3小时. 然后"
    start, end = capture_after(text, 2, clauses=False)
    assert text[start:end] == "从甲地到乙地,一共需要3小时"
    assert captured(text, "答:") == "从甲地到乙地"


@pytest.mark.parametrize("raw, expected", [
    ("12 (or possibly 15)", "12 (or possibly 15)"), ("12 (in US dollars, rounded)", "12"),
])
def test_tidy_drops_a_remark_in_parentheses_but_not_a_hedge(raw, expected):
    assert tidy(raw) == expected


def test_repetition_start_finds_a_loop_running_to_the_end():
    text = "Intro.\n" + "Let me check again.\n" * 50
    assert 0 <= repetition_start(text) <= text.index("Let me check again.\n") + 20


def test_repetition_start_is_minus_one_for_ordinary_text():
    assert repetition_start(" ".join(f"step {i} adds {i * i}." for i in range(200))) == -1


@pytest.mark.parametrize("ending", ["and then we", "so the sum is x +", "which gives \\frac{1}{", "我们需要计算的",
                                    "However, we still need to check", "但是还要再验证", "\n\n**(B)"])
def test_text_ending_mid_clause_looks_cut_off(ending):
    assert looks_cut_off("We reason about the problem in detail. " * 10 + ending)


@pytest.mark.parametrize("ending", ["The sentiment is negative", "So the total is 42", "Paris.", "**Total: 42**",
                                    "But the sentiment is negative", "\n**Answer:** B"])
def test_text_ending_on_an_answer_does_not_look_cut_off(ending):
    assert not looks_cut_off("We reason about the problem in detail. " * 10 + ending)
