"""Behaviours added for units in prose, Chinese counts, congruences, echoes, truncated option lists,
rejected options, predicated labels and bold answers (examples written for these tests)."""

from nanofrontier.xverify.choice import answer_labels
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.labels import label_equal
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.number_words import counted_numerals
from nanofrontier.xverify.numbers import asked_unit
from nanofrontier.xverify.truncation import looks_cut_off
from nanofrontier.xverify.verify import verify

LONG = "We work through it carefully, one step after another, checking each number twice. " * 3


def test_last_number_keeps_its_unit_so_a_converted_answer_matches():
    q = "A kettle boils every 15 minutes. How many minutes pass between 3 boils and 7 boils?"
    out = LONG + "\n\nSo the time that passes is 1 hour."
    assert extract_answer(out, kind="math").answer == "1 hour"
    assert verify(q, out, "60", kind="math").verdict == "Correct"


def test_last_number_with_another_unit_than_asked_is_incorrect():
    q = "A cyclist rides 12 miles each day for 3 days. How many miles does she ride?"
    assert verify(q, LONG + "\n\nShe rides 36 km in all.", "36", kind="math").verdict == "Incorrect"
    assert verify(q, LONG + "\n\nShe rides 36 miles in all.", "36", kind="math").verdict == "Correct"


def test_reference_unit_decides_against_a_smaller_unit():
    q = "A pool is 25 m long. How far is 80 lengths?"
    assert verify(q, LONG + "\n\nSo the swimmer covers 2 m.", "2 km", kind="math").verdict == "Incorrect"


def test_age_is_asked_in_years():
    assert asked_unit("Tom is twice as old as Ann. How old is Tom?") == "year"
    assert asked_unit("How old is the baby in months?") == "month"
    q = "Tom is 3 times as old as Ann, who is 4. How old is Tom?"
    assert verify(q, LONG + "\n\nTom is 12 months old.", "12", kind="math").verdict == "Incorrect"
    assert verify(q, LONG + "\n\nTom is 12 years old.", "12", kind="math").verdict == "Correct"


def test_temperature_scale_in_a_sentence_must_match():
    q = "At what temperature in degrees Celsius does ice melt at normal pressure?"
    assert verify(q, "Ice melts at 0 °F.", "0 °C").verdict == "Incorrect"
    assert verify(q, "Ice melts at 0 °C.", "0 °C").verdict == "Correct"


def test_chinese_counts_read_as_digits_but_not_articles_ordinals_or_fractions():
    assert counted_numerals("共有三十五本书") == "共有35本书"
    assert counted_numerals("这是一个质数") == "这是一个质数"
    assert counted_numerals("第三次相遇") == "第三次相遇"
    assert counted_numerals("三又四分之三天") == "三又四分之三天"
    q = "每排坐8人，一共6排，一共坐多少人？"
    assert verify(q, "8×6=48（人）\n\n答：一共坐四十八人。", "48", kind="math").verdict == "Correct"
    assert verify(q, "8×6=48（人）\n\n答：一共坐四十六人。", "48", kind="math").verdict == "Incorrect"


def test_labelled_counts_with_a_verb_match_the_reference_sentence():
    assert math_equal("甲有15本,乙有9本", "甲15本，乙9本")[0] is True
    assert math_equal("甲有9本,乙有15本", "甲15本，乙9本")[0] is not True


def test_count_first_sentence_matches_a_tuple_in_the_question_order():
    q = "羊和鸭共10只，共有28条腿。羊和鸭各有几只？（按“（羊的只数，鸭的只数）”作答）"
    assert math_equal("院子里有4只羊和6只鸭", "(4,6)", question=q)[0] is True
    assert math_equal("院子里有4只鸭和6只羊", "(4,6)", question=q)[0] is False


def test_one_formula_in_a_chinese_sentence_is_its_value():
    q = "一项工程，甲做需要5天，乙做需要9天，合作需要多少天？"
    out = LONG + "\n\n答：两人合作需要 $\\frac{45}{14}$ 天完成。"
    assert verify(q, out, "\\frac{45}{14}", kind="math").verdict == "Correct"


def test_congruence_answer_states_its_residue():
    assert math_equal("5^{20} \\equiv 4 \\pmod{7}", "4")[0] is True
    assert math_equal("5^{20} \\equiv 3 \\pmod{7}", "4")[0] is False


def test_answer_that_restates_the_question_inequality_is_incorrect():
    q = "Solve the inequality $3x + 2 > 14$. Express your answer in interval notation."
    v = verify(q, "Solve the inequality $3x + 2 > 14$.", "(4,\\infty)", kind="math")
    assert v.verdict == "Incorrect" and v.rule == "extract.echo"


def test_hedged_final_line_between_two_values_is_incorrect():
    q = "A shop sells 7 pens a day for 6 days. How many pens does it sell?"
    out = LONG + "\n\nIt could be 42, but it might also be 48. Both seem plausible."
    assert extract_answer(out, kind="math").status == "hedged"
    assert verify(q, out, "42", kind="math").verdict == "Incorrect"


def test_bold_heading_word_is_not_the_answer():
    out = LONG + "\n\n**Check.** 4 + 5 = 9.\n\nThe total is $9.50."
    assert extract_answer(out, kind="math").answer != "Check"


def test_option_list_cut_inside_an_item_is_truncated():
    assert looks_cut_off("Let's check the options.\n\n- (C) 12: This")
    assert looks_cut_off("逐项分析：\n\n- C项（长江）： 该")
    assert not looks_cut_off("Let's check the options.\n\nAnswer: C")
    q = "What is 3 times 4?\nAnswer Choices: (A) 7 (B) 12 (C) 34"
    assert verify(q, "Let's check the options.\n\n- (B) 12: This", "B").verdict == "Incorrect"


def test_label_named_only_to_be_rejected_is_not_a_second_answer():
    options = {"A": "iron", "B": "copper", "C": "gold"}
    assert answer_labels("C, not B", options) == ["C"]
    assert answer_labels("C rather than B.", options) == ["C"]
    assert answer_labels("B or C", options) == ["B", "C"]


def test_predicated_label_wins_over_labels_used_as_modifiers():
    q = "What is the sentiment of the review? Answer positive or negative."
    assert label_equal("Despite a positive opening, the review is negative overall.", "negative", q) is True
    assert label_equal("I would label it as positive, even with some negative remarks.", "negative", q) is False
    assert label_equal("The start is positive and the end is negative.", "negative", q) is None


def test_single_bold_number_in_an_answer_sentence_is_the_answer():
    q = "How many more goals did the home side score than the visitors?"
    out = LONG + "\n\n**Answer:** The home side scored **3** more goals than the visiting side in the whole match."
    assert verify(q, out, "3").verdict == "Correct"
    assert verify(q, out, "4").verdict == "Incorrect"


def test_predicated_list_of_labels_is_not_one_label():
    q = "Classify the news into world, sports, business or sci/tech."
    assert label_equal("The topics are sports and business.", "sports", q) is not True
