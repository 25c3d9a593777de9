"""The answer restated in brackets after it ("(equivalently, …)", （也可写成 …）), a confidence after it, "即为所求",
"it comes out to X", a bracketed answer before "is the answer", and a time with the part of the day in words.
Examples are our own."""

import pytest

from nanofrontier.xverify.capture import tidy
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.numbers import clock_minutes
from nanofrontier.xverify.verify import verify


@pytest.mark.parametrize("output, answer", [
    ("Sum: 116.\n\nSo, after checking it two ways, it comes out to 116, and I'm confident in that. (equivalently, "
     "116 yards)", "116"),
    ("So it comes out to \\frac{\\sqrt{3}}{2}, and I'm confident in that. (equivalently, 0.5\\sqrt{3})",
     "\\frac{\\sqrt{3}}{2}"),
    ("(4, 7) is the answer; it satisfies every condition. (equivalently, (x,y)=(4,7))", "(4, 7)"),
    ("1 km/h = 5/18 m/s.\n\n90 x 5/18.\n\n25 即为所求。", "25"),
])
def test_the_answer_before_its_restatement(output, answer):
    assert extract_answer(output, kind="math").answer == answer


def test_a_restatement_in_brackets_is_no_part_of_the_answer():
    assert tidy("(0, -5)（也可写成 x = 0, y = -5）") == "(0, -5)"
    assert tidy("Iron (equivalently, iron (Fe))") == "Iron"
    assert tidy("(2, 3)") == "(2, 3)"  # a bracketed answer is no restatement


def test_a_check_of_what_was_asked_is_no_answer():
    out = "全年：31390 万人次。\n\n验算：确认回答的就是所求的量。\n\n综上，结果是 31390万。"
    assert extract_answer(out, kind="math").answer != "确认回答的"


@pytest.mark.parametrize("said, minutes", [
    ("2:45 in the afternoon", 14 * 60 + 45), ("7:05 in the morning", 7 * 60 + 5), ("9:10 at night", 21 * 60 + 10),
    ("12:30 in the afternoon", 12 * 60 + 30),
])
def test_a_time_with_the_part_of_the_day_in_words(said, minutes):
    assert clock_minutes(said) == minutes


def test_a_time_in_a_closing_sentence():
    out = "Minutes: 50 + 55 = 105.\n\nSo, after checking it two ways, it comes out to 2:45 in the afternoon."
    assert verify("The meeting started at 11:50 and lasted 2 h 55 min. When did it end?", out, "2:45 PM").verdict \
        == "Correct"
