"""Hard cases written one by one: an element named by its symbol, a rejected root in an aside that holds LaTeX
parentheses, "is the only real solution" after the value, a time with LaTeX's colon or inside a Chinese sentence,
a Chinese topic label with 类/新闻 after it, and an answer line that first names the candidates it chose between.
Examples are our own."""

from nanofrontier.xverify import choice
from nanofrontier.xverify.capture import tidy
from nanofrontier.xverify.labels import canonical_label
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.verify import verify


def test_an_element_by_its_symbol_is_the_element():
    assert short_answer_decision("Cu", "copper") == (True, "short.element")
    assert short_answer_decision("Cu", "铜") == (True, "short.element")
    assert short_answer_decision("Zinc", "Zn") == (True, "short.element")
    assert short_answer_decision("Ag", "gold") == (False, "short.element")
    assert short_answer_decision("Copper", "Zinc")[0] is False  # two names: the name rules decide, as before
    v = verify("Which metal is the main part of bronze?", "Bronze is mostly copper with tin.\n\n**Answer:** Cu",
               "Copper")
    assert v.verdict == "Correct" and v.sure


def test_a_rejected_root_in_an_aside_with_latex_parentheses_is_no_part_of_the_answer():
    assert tidy("\\(x = 5\\) (the value \\(-2\\) is rejected)") == "x = 5"
    assert tidy("x = 4（x = -1 不合题意，舍去）") == "x = 4"
    v = verify("Solve sqrt(x + 4) = x - 2.", "Squaring gives x = 5 or x = 0.\n\n**Answer:** \\(x = 5\\) (the value "
               "\\(0\\) is rejected)", "5")
    assert v.verdict == "Correct" and v.sure


def test_the_only_solution_after_a_value_ends_the_answer():
    v = verify("Solve x^3 = -8 over the reals.", "Work.\n\n**Answer:** \\(x = -2\\) is the only real solution.", "-2")
    assert v.verdict == "Correct" and v.sure
    v = verify("Solve x^3 = -8 over the reals.", "Work.\n\n**Answer:** \\(x = 2\\) is the only real solution.", "-2")
    assert v.verdict == "Incorrect"


def test_clock_times_with_latex_colons_and_inside_chinese_sentences():
    assert math_equal("16{:}05", "4:05 PM") == (True, "math.time")
    assert math_equal("比赛在15:20开始", "下午3:20") == (True, "math.time_in_sentence")
    assert math_equal("比赛在16:20开始", "下午3:20") == (False, "math.time_in_sentence")
    assert math_equal("从13:00到15:20", "下午3:20")[1] != "math.time_in_sentence"  # two times: which one?
    v = verify("会议下午1点开始，持续2小时20分钟，几点结束？", "1:00 加 2:20。\n\n答：会议在15:20结束。", "下午3:20",
               kind="math")
    assert v.verdict == "Correct" and not v.sure


def test_a_chinese_topic_label_with_a_kind_suffix_is_the_label():
    assert canonical_label("体育类新闻") == canonical_label("体育") == "sports"
    assert canonical_label("商业类") == "business" and canonical_label("新闻") is None
    v = verify("这条新闻属于哪一类：世界、体育、商业还是科技？", "内容讲的是球赛。\n\n答案：体育类新闻", "体育",
               kind="classification")
    assert v.verdict == "Correct"


def test_an_answer_line_that_first_names_its_candidates():
    opts = {"A": "Queue", "B": "Stack", "C": "Heap", "D": "Tree"}
    assert choice.answer_labels("Between (A) and (B), the FIFO structure is **(A) Queue**.", opts) == ["A"]
    assert choice.answer_labels("在A和C之间，选A", opts) == ["A"]
    assert choice.answer_labels("A or B", opts) == ["A", "B"]


def test_a_number_in_words_inside_a_sentence_is_the_sentences_value():
    from nanofrontier.xverify.final_values import sentence_value

    question = "A shelf holds 140 jars; 23 are added and 45 are sold. How many jars are on the shelf now?"
    said = "After adding 23 jars and selling 45, the shelf holds one hundred eighteen jars"
    assert sentence_value(said, question) == "118"
    assert sentence_value("Mars has two moons, Phobos and Deimos", "How many moons does Mars have?") == "2"
    v = verify(question, f"140 + 23 - 45 = 118.\n\n**Final answer:** {said}.", "118", kind="math")
    assert v.verdict == "Correct" and not v.sure
    wrong = said.replace("eighteen", "twenty-eight")
    v = verify(question, f"140 + 23 - 45 = 118.\n\n**Final answer:** {wrong}.", "118", kind="math")
    assert v.verdict == "Incorrect"
