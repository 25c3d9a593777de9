"""Forms of an eighteenth and a nineteenth author: options named by their position, units with superscripts in
option texts, digits grouped by spaces, dates beside their day of the week, an answer restated after its check
section; and verdicts that must not be sure (an answer naming no option, an angle in the other unit, a date
whose day is in words, a set of items in words). Examples are our own."""

from nanofrontier.xverify.choice import answer_labels, choice_equal, parse_options
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.normalize import fold_scripts
from nanofrontier.xverify.short_forms import compare_dated_days, compare_dates, compare_numbers
from nanofrontier.xverify.verify import verify

RIVERS = "下列哪一项是世界上最长的河流？\nA. 长江\nB. 尼罗河\nC. 密西西比河\nD. 伏尔加河"
PLANETS = "Which planet is largest? Answer Choices: (A) Mars (B) Venus (C) Jupiter (D) Mercury"
FORCE = "What is the weight's acceleration? Answer Choices: (A) 4.9 m/s² up (B) 9.8 m/s² down (C) zero"


def test_an_option_named_by_its_position_is_that_option_in_english_and_chinese():
    planets, rivers = parse_options(PLANETS), parse_options(RIVERS)
    assert answer_labels("It's the third option.", planets) == ["C"]
    assert answer_labels("the first choice", planets) == ["A"]
    assert answer_labels("第二个选项", rivers) == ["B"]
    assert answer_labels("选第4项", rivers) == ["D"]
    assert answer_labels("the ninth option", planets) == []  # no ninth option: names none


def test_a_position_answer_decides_the_verdict_surely():
    v = verify(PLANETS, "Jupiter is a gas giant far larger than the rest.\n\nThe answer is the third option.", "C")
    assert v.verdict == "Correct"
    assert verify(RIVERS, "尼罗河全长约6650公里。\n\n答案是第一个选项。", "B").verdict == "Incorrect"


def test_superscripts_in_option_texts_match_the_answer_written_with_a_caret():
    assert fold_scripts("9.8 m/s² down, H₂O") == "9.8 m/s^2 down, H_2O"
    options = parse_options(FORCE)
    assert options["B"] == "9.8 m/s^2 down"
    assert choice_equal("9.8 m/s^2 down", "B", options) is True
    assert choice_equal("9.8 m/s² down", "A", options) is False


def test_an_answer_that_names_no_option_is_incorrect_but_unsure():
    assert choice_equal("the planet with the Great Red Spot", "C", parse_options(PLANETS)) is None
    v = verify(PLANETS, "Thinking about the sizes.\n\nThe answer is the planet with the Great Red Spot.", "C")
    assert v.verdict == "Incorrect" and v.confidence == "unsure"


def test_digits_grouped_by_spaces_are_one_number():
    assert compare_numbers("6 500 people", "6500") is True
    assert compare_numbers("1 250 000 人", "1250000") is True
    assert compare_numbers("7 300 people", "6500") is False
    assert compare_numbers("12 people", "12") is True


def test_a_date_beside_its_weekday_compares_as_a_date_and_a_day():
    assert compare_dated_days("3 April 2026, a Friday", "Friday, 3 April 2026") is True
    assert compare_dated_days("2026-04-10 (Fri)", "April 10, 2026 (Friday)") is True
    assert compare_dated_days("2026年4月10日（周五）", "April 10, 2026 (Friday)") is True
    assert compare_dated_days("2026-04-10 (Sat)", "April 10, 2026 (Friday)") is False
    assert compare_dated_days("April 11, 2026", "April 10, 2026 (Friday)") is False
    assert compare_dated_days("April 10, 2026", "April 10, 2026 (Friday)") is None  # the weekday left out
    assert compare_dated_days("12", "April 10, 2026") is None  # no weekday in the reference: not this rule


def test_a_date_whose_day_is_written_in_words_is_read_in_digits():
    assert compare_dates("the Fourth of July, 1776", "July 4, 1776") is True
    assert compare_dates("the Fifth of July, 1776", "July 4, 1776") is False
    assert compare_dates("July 5, 1776", "July 4, 1776") is False


def test_an_answer_restated_after_its_check_section_is_the_answer():
    text = ("Speed = 4.2 km / 3 min = 1.4 km/min.\n\n• 1.4 km/min × 60 = 84 km/h.\n\n### Sanity check\n\n"
            "84 km/h × 3/60 h = 4.2 km ✓.\n\nAll consistent with the checks above.\n\nHence, 84 km/h.")
    assert extract_answer(text, kind="math").answer == "84 km/h"
    arrow = "Real part 3, imaginary part 11.\n\n**Verification:**\n\n|z|^2 = 130 ✓.\n\n⇒ 11i + 3"
    assert verify("Compute (1 + 2i)(5 + i)... in the form a + bi.", arrow, "3 + 11i").verdict == "Correct"


def test_an_answer_before_the_check_still_wins_when_the_check_ends_on_a_restatement():
    text = "1.5 × 2 = 3.\n\nSo, 3e9.\n\n### Double-check\n3e9 / 2 = 1.5e9 ✓\n\nSo it stands: so, 3e9."
    assert verify("Compute (1.5 × 10^9) × 2 in scientific notation.", text, "3\\times10^{9}").verdict == "Correct"


def test_an_angle_in_radians_against_degrees_is_never_a_sure_mismatch():
    v = verify("In triangle ABC, A = 40° and B = 80°. Find angle C.", "The answer is $\\frac{\\pi}{3}$.",
               "$60^\\circ$")
    assert v.confidence == "unsure"
    w = verify("求角 C（弧度）。", "所以答案是 $45^\\circ$。", "\\frac{\\pi}{4}")
    assert w.confidence == "unsure"


def test_a_set_of_items_in_words_is_never_a_sure_mismatch():
    v = verify("How many marbles of each colour?", "Answer: 3 red, 4 blue", "3 blue, 4 red", kind="math")
    assert v.rule == "math.set" and v.verdict == "Incorrect" and v.confidence == "unsure"


def test_a_wrong_weekday_beside_the_right_date_is_incorrect_for_math_and_short_answers():
    for kind in ("math", "short_answer"):
        v = verify("On what date does it end? Also give the weekday.", "Answer: 3 April 2026, a Saturday",
                   "Friday, 3 April 2026", kind=kind)
        assert v.verdict == "Incorrect", kind
        w = verify("On what date does it end? Also give the weekday.", "Answer: 3 April 2026, a Friday",
                   "Friday, 3 April 2026", kind=kind)
        assert w.verdict == "Correct", kind


def test_a_value_that_is_the_subject_of_is_what_is_the_answer():
    text = "Work done.\n\n### Check\n\n9 + 16 = 25 ✓.\n\nIn summary, 25 is what the sum of the squares comes out to."
    assert extract_answer(text, kind="math").answer == "25"
    assert verify("Find 3^2 + 4^2.", text, "25").verdict == "Correct"


def test_an_aside_that_rejects_another_root_is_no_part_of_the_answer():
    text = "x^2 - 3x - 4 = 0 gives x = 4 or x = -1; the log needs x > 0.\n\nHence, $4$ (the root $-1$ is rejected)."
    assert verify("Solve log(x) + log(x - 3) = log(4).", text, "4").verdict == "Correct"
    zh = "解得 x = 4 或 x = -1。\n\n所以 x = 4（x = -1 不合题意，舍去）"
    assert verify("解方程 log(x) + log(x - 3) = log(4)。", zh, "4").verdict == "Correct"


def test_a_remark_after_the_concluding_line_is_not_the_answer():
    text = ("Change 30 on 120, i.e. 25%.\n\nHence, 25%.\n\n"
            "Note that 30% would be the result of dividing by the new price, a common slip.")
    assert verify("A price goes from 120 to 150. By what percent did it rise?", text, "25%").verdict == "Correct"


def test_a_final_line_ending_on_a_date_and_its_weekday_is_read_whole():
    from nanofrontier.xverify.short_forms import date_and_day_at_end, is_dated_day
    assert date_and_day_at_end("Hence, 20 June 2025, a Friday.") == "20 June 2025, a Friday"
    assert date_and_day_at_end("So it ends on 2026-04-10 (Fri)") == "2026-04-10 (Fri)"
    assert date_and_day_at_end("Hence, 12.") is None
    assert is_dated_day("September 19, 2025 (Friday)") and not is_dated_day("12 (Friday)")
    text = "Count the days.\n\n### Check\n\nDay 80 + 91 = day 171 ✓.\n\nHence, 20 June 2025, a Friday."
    v = verify("What date is 91 days after 2025-03-21, and which weekday?", text, "2025-06-20, Friday", kind="math")
    assert v.verdict == "Correct"
    w = verify("What date is 91 days after 2025-03-21?", "The final result: Friday, June 20, 2025",
               "June 20, 2025 (Friday)", kind="math")
    assert w.verdict == "Correct" and w.confidence == "sure"


def test_a_power_of_ten_written_in_plain_text_is_scientific_notation():
    from nanofrontier.xverify.latex_layout import clean
    from nanofrontier.xverify.math_equiv import math_equal
    assert clean("1.6 x 10^(-3)") == "1.6\\times 10^{-3}"
    assert clean("110^(2)") == "110^(2)"  # no sign of times: not a power of ten
    assert math_equal("2 x 10^(-3)", "0.002")[0] is True
    assert math_equal("3.2 * 10^(2)", "3.2e2")[0] is True
    assert math_equal("3.2 x 10^(2)", "3.3e2")[0] is False


def test_a_clock_time_written_with_h_is_the_24_hour_time():
    from nanofrontier.xverify.math_equiv import math_equal
    from nanofrontier.xverify.numbers import clock_minutes
    assert clock_minutes("14h20") == 14 * 60 + 20 and clock_minutes("9 h 05") == 9 * 60 + 5
    assert clock_minutes("14h") is None
    assert math_equal("\\text{16h10}", "4:10 p.m.")[0] is True
    assert math_equal("16h10", "5:10 p.m.")[0] is False


def test_an_interval_with_outward_brackets_is_open_at_that_end():
    from nanofrontier.xverify.latex_layout import clean
    from nanofrontier.xverify.math_equiv import math_equal
    assert clean("x\\in\\left]0,4\\right[") == "x\\in(0, 4)"
    assert clean("]-\\infty, 3[ \\cup ]5, 7]") == "(-\\infty, 3) \\cup (5, 7]"
    assert clean("[1, 5[") == "[1, 5)"
    assert clean("[[1,2],[3,4]]") == "[[1,2],[3,4]]" and clean("[0, 4]") == "[0, 4]"
    assert math_equal("x \\in ]-14, 2[", "-14 < x < 2")[0] is True
    assert math_equal("]0, 4]", "(0, 4)")[0] is False


def test_thousands_grouped_by_points_are_one_number():
    from nanofrontier.xverify.latex_layout import clean
    from nanofrontier.xverify.math_equiv import math_equal
    assert clean("1.234.321") == "1234321"
    assert clean("1.234") == "1.234" and clean("3.14 and 2.71") == "3.14 and 2.71"  # one point: a decimal
    assert math_equal("1.234.321", "1234321")[0] is True
    assert math_equal("1.234.321", "1234322")[0] is False
