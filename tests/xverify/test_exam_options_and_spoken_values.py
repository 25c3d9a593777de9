"""Exam options and answers said in words: options labelled 甲乙丙丁, a Roman label before a colon, multi-select
labels in separate bold spans, a remark in brackets before the labels, the eliminated options named before the one
left, a refusal to commit, "no" as a determiner in a yes/no answer, 千米 after a Chinese numeral, ordinals in
words inside sentences, "two and three" as two numbers, and times of day in words. Examples are our own."""

from nanofrontier.xverify import choice
from nanofrontier.xverify.clock_words import spoken_time, time_in_text
from nanofrontier.xverify.labels import label_equal
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.number_words import counted_numerals, english_counts
from nanofrontier.xverify.short_forms import ordinal_digits
from nanofrontier.xverify.verify import verify


def test_options_labelled_with_the_heavenly_stems():
    question = "问题：书店搬迁后共有多少名员工？\n甲．12\n乙．8\n丙．11\n丁．9"
    opts = choice.parse_options(question)
    assert opts == {"甲": "12", "乙": "8", "丙": "11", "丁": "9"}
    assert choice.answer_labels("11", opts) == ["丙"] and choice.answer_labels("选丙", opts) == ["丙"]
    assert choice.answer_labels("C", opts) == ["丙"]  # a letter names the option in that position
    v = verify(question, "原有 8 人，又招了 3 人，共 11 人。\n\n正确答案是：11。", "丙")
    assert v.verdict == "Correct"


def test_a_roman_label_before_a_colon_is_the_label_not_a_remark():
    question = "Which is NOT prime?\n(I) 91\n(II) 97\n(III) 89\n(IV) 83"
    v = verify(question, "91 = 7 x 13.\n\nThe correct option is (II): 91", "(I)")
    assert v.verdict == "Incorrect"  # II's label with I's text: two options named
    v = verify(question, "91 = 7 x 13.\n\nThe correct option is (I): 91", "(I)")
    assert v.verdict == "Correct"


def test_multi_select_labels_in_bold_a_remark_before_them_and_the_option_left():
    opts = {"A": "ant", "B": "bat", "C": "cat", "D": "dog", "E": "eel"}
    assert choice.answer_labels("**B** **C** **D**", opts) == ["B", "C", "D"]
    assert choice.answer_labels("Selected options (in the order I checked them): D, A", opts) == ["D", "A"]
    assert choice.answer_labels("最后确认的选项(按复核顺序):B, A", opts) == ["B", "A"]
    assert choice.answer_labels("Having eliminated A, B, C, E, the remaining choice is D.", opts) == ["D"]
    assert choice.answer_labels("the only option left is C, so that is my choice", opts) == ["C"]
    v = verify("Which are mammals? Select all that apply.\nA. ant\nB. bat\nC. cat\nD. dog\nE. eel",
               "Checked each.\n\nFinal selection: **B** **C** **D**", "B, C, D")
    assert v.verdict == "Correct"


def test_a_refusal_to_commit_is_no_answer_whatever_the_list_above_says():
    question = "Which is largest? Answer Choices: (A) 2^10 (B) 10^3 (C) 3^6 (D) 5^4"
    out = ("A: 1024 — possible\nB: 1000 — possible\nC: 729 — possible\nD: 625 — possible\n\n"
           "Each has something going for it; I would rather not commit to a single choice here.")
    v = verify(question, out, "A")
    assert v.verdict == "Incorrect" and v.rule == "extract.none"


def test_no_as_a_determiner_answers_no_yes_no_question():
    question = "Is 221 a prime number?"
    assert label_equal("221 has no divisors other than 1 and itself", "No", question) is None
    assert label_equal("No — it is 13 x 17", "No", question) is True
    assert label_equal("it comes down to yes or no; both seem fine", "Yes", question) is not True


def test_a_chinese_numeral_before_a_metric_unit_keeps_the_unit_prefix():
    assert counted_numerals("一共行驶了一百二十千米") == "一共行驶了120千米"
    assert counted_numerals("两千克") == "2千克" and counted_numerals("三千个") == "3000个"
    out = "60 × 2 = 120。\n\n**最终答案：**汽车一共行驶了一百二十千米。"
    v = verify("汽车以每小时60千米行驶2小时，一共行驶多远？", out, "120千米")
    assert v.verdict == "Correct" and v.extracted == "120千米"  # 120 km, not 1120 m


def test_ordinals_and_numbers_in_words_inside_sentences():
    assert ordinal_digits("the forty-second runner") == "the 42nd runner"
    assert ordinal_digits("the sixtieth day") == "the 60th day"
    assert ordinal_digits("Forty Second Street") == "Forty Second Street"  # a name
    assert english_counts("two and three apples") == "two and three apples"  # two numbers, not five
    assert english_counts("one hundred and six") == "106"
    question = "In a line of 50 people Pia is 9th from the front. What is her position from the back?"
    v = verify(question, "50 - 9 + 1 = 42.\n\n**Final answer:** Pia is the forty-second person from the back.", "42",
               kind="math")
    assert v.verdict == "Correct" and not v.sure


def test_times_of_day_in_words():
    assert spoken_time("ten minutes to seven in the evening") == 18 * 60 + 50
    assert spoken_time("a quarter past six in the morning") == 6 * 60 + 15
    assert spoken_time("The bus leaves at two o'clock in the afternoon") == 14 * 60
    assert spoken_time("晚上七点半") == 19 * 60 + 30 and spoken_time("上午九点三刻") == 9 * 60 + 45
    assert spoken_time("中午1点") == 13 * 60 and spoken_time("twelve o'clock at night") == 0
    assert spoken_time("from two o'clock to three o'clock") is None  # two times: which one?
    assert time_in_text("会议在13:30结束") == 13 * 60 + 30
    assert math_equal("The bus arrives at twenty minutes to nine in the evening", "8:40 PM") == (True,
                                                                                               "math.time_in_sentence")
    assert math_equal("The bus arrives at twenty minutes to ten in the evening", "8:40 PM")[0] is False


def test_an_inverse_function_written_as_y_and_a_family_in_another_letter():
    assert math_equal("y = \\frac{2x + 1}{x - 4}", "f^{-1}(x) = \\frac{2x + 1}{x - 4}")[0] is True
    assert math_equal("y = \\frac{2x - 1}{x - 4}", "f^{-1}(x) = \\frac{2x + 1}{x - 4}")[0] is False
    assert math_equal("g(x) = x^3", "y = x^3")[0] is not True  # another name is not the same function
    family = "x = \\frac{\\pi}{3} + \\frac{m\\pi}{2},\\ m \\in \\mathbb{Z}"
    assert math_equal(family, "x = \\frac{\\pi}{3} + \\frac{k\\pi}{2},\\ k \\in \\mathbb{Z}")[0] is True
    assert math_equal(family, "x = \\frac{\\pi}{3} + k\\pi,\\ k \\in \\mathbb{Z}")[0] is not True


def test_a_remark_in_words_after_a_value_and_not_a_factor_in_brackets():
    assert math_equal("\\infty \\text{ (the sequence grows without bound)}", "\\infty") == (True, "math.string")
    assert math_equal("a^3 + b^3 + 3ab(a + b)", "a^3 + 3a^2b + 3ab^2 + b^3")[0] is True  # "(a + b)" is a factor
    assert math_equal("7 (the larger root)", "3, 7")[0] is not True  # which value it is: kept


def test_a_bare_number_in_the_scale_the_question_asks():
    question = "今年营业收入比去年减少了多少万元？"
    assert math_equal("240", "240万元", question=question) == (True, "math.asked_scale")
    assert math_equal("240人次", "240万人次", question="减少了多少万人次？")[0] is False  # its own unit, no 万
    assert math_equal("2.4", "$2,400,000", question="What was the loss, in millions of dollars?")[0] is True
    assert math_equal("240", "240万元", question="减少了多少元？")[0] is False


def test_torn_between_two_values_and_a_summing_up_around_the_answer():
    v = verify("What is 3/9 in lowest terms?", "3/9 = 1/3.\n\nI'm torn between 1/3 and 2/3 here, so I'll give both.",
               "1/3", kind="math")
    assert v.verdict == "Incorrect" and v.rule == "extract.hedged"
    v = verify("Who won the race?", "Reading the recap.\n\nPutting it all together, it was Ada Brandt, so that is "
               "my final answer.", "Ada Brandt")
    assert v.verdict == "Correct"


def test_quarters_of_the_year():
    from nanofrontier.xverify.periods import compare_periods

    assert compare_periods("Q2", "第二季度") is True and compare_periods("the second quarter", "Q2") is True
    assert compare_periods("Q2", "third quarter") is False


def test_a_judgement_or_a_demonstrative_after_the_answer_marker_commits_to_nothing():
    from nanofrontier.xverify.extract import extract_answer

    out = "Check.\n\nSo the answer is at least plausible.\n\n**Solution:** -2 ≤ x ≤ 5"
    assert extract_answer(out, kind="math").answer == "-2 \\le x \\le 5"
    out = "估算一下，所以答案至少是合理的。\n\n最后给出的应当正是这个量。\n\n**解集：** $[-2, 5]$"
    assert extract_answer(out, kind="math").answer == "[-2, 5]"
    assert extract_answer("x。\n\n所以答案是 7。", kind="math").answer == "7"


def test_a_radius_written_as_the_root_of_a_square():
    from nanofrontier.xverify.circles import circle_of

    assert circle_of("\\text{center } (1, -4),\\ \\text{radius } \\sqrt{9}") == (1, -4, 3)
    assert circle_of("center (1, -4), radius \\sqrt{7}") is None  # not a rational radius: not read
