"""Answers a parser of symbols does not read: an amount in words with a noun after it ("two fifths of a cup",
"one and three quarters", "one in four"), how many solutions a system has said in words ("dependent", "no pair
satisfies both", 无解), and an exact form followed by its decimal ("\\frac{\\ln 7}{\\ln 2} \\approx 2.807").
Examples are our own."""

from fractions import Fraction

from nanofrontier.xverify.number_words import amount_in_words
from nanofrontier.xverify.text_forms import solution_count, without_gloss
from nanofrontier.xverify.verify import verify


def test_an_amount_in_words_with_a_noun_after_it():
    assert amount_in_words("two fifths of a cup") == Fraction(2, 5)
    assert amount_in_words("one and three quarters") == Fraction(7, 4)
    assert amount_in_words("one in four") == Fraction(1, 4) and amount_in_words("three out of eight") == Fraction(3, 8)
    assert amount_in_words("nine apples") == 9
    assert amount_in_words("the fifth of May") is None and amount_in_words("two fifths of a cup and an egg") is None
    v = verify("How much flour is left, as a fraction of a cup?", "1 - 3/5 = 2/5.\n\n**Answer:** two fifths of a cup",
               "\\frac{2}{5}", kind="math")
    assert v.verdict == "Correct" and not v.sure
    v = verify("How much flour is left, as a fraction of a cup?", "1 - 3/5 = 2/5.\n\n**Answer:** three fifths of a cup",
               "\\frac{2}{5}", kind="math")
    assert v.verdict == "Incorrect"


def test_how_many_solutions_said_in_words():
    assert solution_count("the system is dependent, with infinitely many (x, y) pairs") == "infinite"
    assert solution_count("there is no pair (x, y) satisfying both equations") == "none"
    assert solution_count("inconsistent") == "none" and solution_count("方程组有无数组解") == "infinite"
    assert solution_count("x = 2, y = 3") is None
    assert solution_count("no solution, or infinitely many") is None  # both said: neither
    question = "Solve the system 2x + 4y = 6, x + 2y = 3."
    v = verify(question, "The second equation is half the first.\n\n**Answer:** the system is dependent, with "
               "infinitely many solutions", "infinitely many solutions", kind="math")
    assert v.verdict == "Correct" and not v.sure
    v = verify(question, "Subtracting gives 0 = 0?\n\n**Answer:** there is no solution", "infinitely many solutions",
               kind="math")
    assert v.verdict == "Incorrect"


def test_an_exact_form_followed_by_its_decimal_is_the_exact_form():
    assert without_gloss("\\frac{\\ln 7}{\\ln 2} \\approx 2.807") == "\\frac{\\ln 7}{\\ln 2}"
    assert without_gloss("v ≈ 9.9") == "9.9"  # a name given approximately: its value, as before
    v = verify("Solve 2^x = 7 exactly.", "Work.\n\n**Answer:** x = \\frac{\\ln 7}{\\ln 2} \\approx 2.807",
               "\\log_2 7")
    assert v.verdict == "Correct"


def test_a_range_written_with_the_function_value_and_a_chinese_mixed_number():
    from nanofrontier.xverify.math_equiv import math_equal

    assert math_equal("-6 \\le f(x) \\le 2", "[-6, 2]") == (True, "math.interval")
    assert math_equal("-6 < g(t) \\le 2", "(-6, 2]")[0] is True
    assert math_equal("-6 \\le f(x) \\le 3", "[-6, 2]")[0] is False
    assert math_equal("3又1/4小时", "13/4小时")[0] is True
    assert math_equal("3又3/4小时", "13/4小时")[0] is False
