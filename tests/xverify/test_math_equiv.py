"""math_equiv.math_equal: the equivalence categories and tricky cases of research/xverify.md section 6,
the budget (fail closed, never hang) and thread safety."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from nanofrontier.xverify import math_equiv
from nanofrontier.xverify.latex_fallback import warm_up
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.structures import parse_answer
from nanofrontier.xverify.verdict import FALLBACK_COST, Budget, BudgetExceeded


def equal(pred: str, ref: str, **kw) -> bool | None:
    return math_equal(pred, ref, **kw)[0]


def both_ways(pred: str, ref: str, **kw) -> tuple:
    return equal(pred, ref, **kw), equal(ref, pred, **kw)


@pytest.mark.parametrize("pred, ref", [
    ("\\left( \\frac{1}{2}, 3 \\right)", "(\\frac{1}{2},3)"), ("\\displaystyle\\dfrac{9}{7}", "\\frac{9}{7}"),
    ("$x^2+1$.", "x^2 + 1"), ("\\boxed{\\text{odd}}", "odd"), ("\\mathrm{e}^{x}", "e^{x}"),
])
def test_layout_only_differences_are_string_equal(pred, ref):
    assert math_equal(pred, ref) == (True, "math.string")


@pytest.mark.parametrize("pred, ref", [("7,\\!425,\\!000", "7425000"), ("$29.00", "29"), ("004", "4"),
                                       ("4\\frac12", "4.5"), ("2/4", "\\frac{1}{2}"), ("三分之一", "\\frac13"),
                                       ("36.4万", "3.64\\times10^5"), ("90^\\circ", "90")])
def test_numbers_compare_by_value(pred, ref):
    assert math_equal(pred, ref) == (True, "math.number")


@pytest.mark.parametrize("pred, ref", [("32, 349", "32349"), ("0.5", "50"), ("5 km", "5 m"), ("0.3", "\\frac13")])
def test_different_numbers_are_unequal(pred, ref):
    assert both_ways(pred, ref) == (False, False)


def test_plain_numbers_never_reach_latex2sympy(monkeypatch):
    def forbidden(text):
        raise AssertionError(f"latex2sympy called for {text!r}")

    monkeypatch.setattr(math_equiv, "fallback_parse", forbidden)
    for pred, ref in [("1,234", "1234"), ("\\frac{3}{4}", "0.75"), ("12\\%", "0.12"), ("3", "4")]:
        assert math_equal(pred, ref)[1] == "math.number"


@pytest.mark.parametrize("pred, ref", [
    ("\\frac{x+2}7", "\\frac x7+\\frac27"), ("\\sqrt{117}", "3\\sqrt{13}"), ("\\tan^2y+1", "\\sec^2 y"),
    ("(1+(1+8n)^{1/2})/2", "\\frac{1+\\sqrt{1+8n}}2"), ("\\frac{\\pi}{2}", "\\pi/2"), ("e^{i\\pi}", "-1"),
    ("i^2", "-1"), ("\\frac{\\sqrt{3}}{3}", "\\frac{1}{\\sqrt{3}}"), ("\\log_2 8", "3"), ("\\sqrt[3]{-8}", "-2"),
    ("\\binom{5}{2}", "10"), ("{5 \\choose 2}", "10"), ("\\sqrt{x^2}", "|x|"), ("x^2-1", "(x-1)(x+1)"),
    ("2\\pi r", "2r\\pi"), ("\\cos 2x", "1-2\\sin^2 x"), ("\\frac{1}{1+i}", "\\frac{1-i}{2}"),
])
def test_equivalent_expressions_are_equal(pred, ref):
    assert both_ways(pred, ref) == (True, True)


@pytest.mark.parametrize("pred, ref", [
    ("\\binom{m+n-2}{m-1}", "(m-1)(n-1)"), ("1-\\frac1{\\mathrm e}", "1+\\frac1{\\mathrm e}"), ("|x|", "x"),
    ("f(x)", "f(y)"), ("4", "4\\sqrt2"), ("2^{-99}", "2^{-98}"), ("e^{-200}", "e^{-201}"), ("-\\infty", "\\infty"),
    ("\\frac{\\pi}{6}", "30"),
])
def test_different_expressions_are_unequal(pred, ref):
    assert both_ways(pred, ref) == (False, False)


@pytest.mark.parametrize("pred, ref", [("\\sqrt{2}/2", "0.7071"), ("\\pi", "3.14"), ("\\frac{\\sqrt3}{2}", "0.866"),
                                       ("\\sqrt{2}\\approx 1.414", "\\sqrt2")])
def test_an_expression_matches_its_value_rounded_as_written(pred, ref):
    assert both_ways(pred, ref) == (True, True)


def test_an_expression_does_not_match_a_coarse_rounding():
    assert both_ways("\\sqrt{2}/2", "0.7") == (False, False)


def test_degrees_match_radians_unless_the_question_asks_for_degrees():
    assert both_ways("\\frac{\\pi}{2}", "90^\\circ") == (True, True)
    assert equal("\\frac{\\pi}{2}", "90^\\circ", question="Give the angle in degrees.") is False


@pytest.mark.parametrize("pred, ref", [("x = 5", "5"), ("k=5+5+1=11", "11"), ("y = 2x+1", "2x+1"),
                                       ("f(x)=x^2", "x^2"), ("(p,q)=(3,2)", "(3,2)"), ("x=5", "\\{5\\}")])
def test_an_assignment_equals_its_value(pred, ref):
    assert both_ways(pred, ref) == (True, True)


@pytest.mark.parametrize("pred, ref", [("7=11a+c", "11a+c"), ("2x+z=1", "1")])
def test_an_equation_that_is_not_an_assignment_is_not_its_side(pred, ref):
    assert both_ways(pred, ref) == (False, False)


@pytest.mark.parametrize("pred, ref", [("2x+4y-3=0", "y=-x/2+3/4"), ("x^2+y^2=1", "2x^2+2y^2=2"),
                                       ("y = 0.5x+1", "y=\\frac12x+1"), ("2x-y+1=0", "y=2x+1")])
def test_equations_equal_up_to_a_constant_factor_are_equal(pred, ref):
    assert math_equal(pred, ref) == (True, "math.equation")


@pytest.mark.parametrize("pred, ref", [("3x-y+13=0", "3x+4y+14=0"), ("x^2=4", "x=2"), ("y=2x+1", "y=2x-1")])
def test_different_equations_are_unequal(pred, ref):
    assert both_ways(pred, ref) == (False, False)


@pytest.mark.parametrize("pred, ref", [
    ("x<-4/3 或 x>0", "(-\\infty,-\\frac43)\\cup(0,+\\infty)"), ("x\\in[-2,7]", "-2\\le x\\le7"),
    ("x\\le 2", "(-\\infty, 2]"), ("\\{x | x>3\\}", "(3,\\infty)"), ("-1<2x+1\\le5", "(-1,2]"),
    ("-x>-1", "x<1"), ("x>2 and x<5", "(2,5)"), ("(-\\infty,1]\\cup[1,2)", "(-\\infty,2)"),
    ("\\{-1\\}\\cup[0,7)", "[0,7)\\cup\\{-1\\}"), ("\\mathbb{R}", "(-\\infty,+\\infty)"),
])
def test_equal_intervals_and_inequalities_are_equal(pred, ref):
    assert both_ways(pred, ref) == (True, True)


@pytest.mark.parametrize("pred, ref", [("[2,5)", "(2,5)"), ("(-\\infty,2)", "(-\\infty, 2]"), ("x<3", "x\\le3"),
                                       ("(0,1)\\cup(2,3)", "(0,3)")])
def test_open_and_closed_ends_differ(pred, ref):
    assert both_ways(pred, ref) == (False, False)


@pytest.mark.parametrize("pred, ref", [("\\emptyset", "no solution"), ("无解", "\\varnothing"), ("\\{\\}", "∅")])
def test_empty_set_spellings_are_equal(pred, ref):
    assert both_ways(pred, ref) == (True, True)


def test_sets_ignore_order_but_tuples_keep_it():
    assert both_ways("\\{1,3\\}", "\\{3,1\\}") == (True, True)
    assert both_ways("(3,1)", "(1,3)") == (False, False)
    assert both_ways("\\{1,3\\}", "(1,3)") == (False, False)


@pytest.mark.parametrize("pred, ref", [("1 and -2", "\\{-2,1\\}"), ("-2, 1", "1 and -2"), ("x=1 or x=-2", "-2, 1"),
                                       ("x=2或x=3", "\\{2,3\\}"), ("1\\pm\\sqrt{19}", "1+\\sqrt{19}, 1-\\sqrt{19}"),
                                       ("\\pm 2021", "\\{-2021,2021\\}"), ("p=5,q=2;p=7,q=2", "(7,2),(5,2)"),
                                       ("9 chickens and 10 rabbits", "(9,10)"), ("x=1, y=2", "(1,2)")])
def test_several_answers_match_the_listed_roots(pred, ref):
    assert both_ways(pred, ref) == (True, True)


@pytest.mark.parametrize("pred, ref", [("\\pm2021", "2021"), ("1, 2", "1, 2, 3"), ("2, 2", "2"),
                                       ("p=5,q=2;p=7,q=2", "(2,5),(7,2)")])
def test_missing_extra_or_wrong_answers_do_not_match(pred, ref):
    assert both_ways(pred, ref) == (False, False)


@pytest.mark.parametrize("pred, ref", [("7:32", "14:64"), ("1:2", "\\frac12")])
def test_ratios_are_equal_up_to_a_common_factor(pred, ref):
    assert both_ways(pred, ref) == (True, True)


@pytest.mark.parametrize("pred", ["\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}", "[[1,2],[3,4]]",
                                  "\\left[\\begin{array}{cc}1&2\\\\3&4\\end{array}\\right]",
                                  "\\begin{pmatrix}\\frac{2}{2}&2\\\\3&2+2\\end{pmatrix}"])
def test_matrix_notations_compare_elementwise(pred):
    assert math_equal(pred, "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}") == (True, "math.matrix")


@pytest.mark.parametrize("pred", ["\\begin{pmatrix}1&2\\\\3&5\\end{pmatrix}", "\\begin{pmatrix}1&2\\end{pmatrix}",
                                  "\\begin{pmatrix}1&3\\\\2&4\\end{pmatrix}"])
def test_matrices_with_a_wrong_entry_or_shape_are_unequal(pred):
    assert math_equal(pred, "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}") == (False, "math.matrix")


def test_base_subscripts_compare_as_written():
    assert equal("204_5", "204_{5}") is True
    assert both_ways("204_5", "54") == (False, False)


def test_times_of_day_compare_as_minutes_after_midnight():
    assert math_equal("2:00 PM", "14:00") == (True, "math.time")
    assert math_equal("01:40 the following day", "1:40 a.m.")[0] is True
    assert math_equal("12:00", "1:00")[0] is False and math_equal("12:30 am", "00:30")[0] is True


@pytest.mark.parametrize("pred, ref", [("Evelyn", "Jane"), ("\\int_0^1 x dx", "\\frac12"),
                                       ("The answer is not 5", "5")])
def test_unreadable_answers_are_undecided(pred, ref):
    assert math_equal(pred, ref) == (None, "math.unparsed")


def test_words_compare_case_insensitively():
    assert math_equal("\\text{Odd}", "odd") == (True, "math.string")


def test_latex2sympy_fallback_expands_finite_sums():
    warm_up()
    assert math_equal("\\sum_{k=1}^{10} k^2", "385", budget=Budget()) == (True, "math.expression")
    assert math_equal("\\sum_{k=1}^{10} k^2", "386", budget=Budget())[0] is False
    assert math_equal("\\sum_{k=1}^{10} k^2", "385", budget=Budget(max_work=FALLBACK_COST - 1))[1] == "math.unparsed"


@pytest.mark.timeout(10)
@pytest.mark.parametrize("pred", ["9^{9^9}", "2004!", "\\frac{1}{2004!}", "2^{2^{2^{2^{2}}}}", "10^{100000}",
                                  "x^{100000}"])
def test_huge_numbers_are_refused(pred):
    with pytest.raises(BudgetExceeded):
        math_equal(pred, "1")


@pytest.mark.timeout(10)
def test_tiny_factorial_reciprocals_are_never_equal():
    try:
        assert math_equal("1/2004!", "1/2006!")[0] is False
    except BudgetExceeded:
        pass


@pytest.mark.timeout(10)
@pytest.mark.parametrize("pred", ["1+" * 50_000 + "1", "(" * 900 + "1" + ")" * 900, "\\{" * 900 + "1" + "\\}" * 900,
                                  "-" * 1500 + "1", "\\frac" * 600 + "1", "\\sqrt{" * 500 + "2" + "}" * 500])
def test_huge_or_deeply_nested_inputs_fail_closed(pred):
    with pytest.raises(BudgetExceeded):
        math_equal(pred, "1")


@pytest.mark.timeout(10)
def test_a_spent_budget_raises_and_counts_work_not_time():
    with pytest.raises(BudgetExceeded, match="work units"):
        math_equal("x^2-1", "(x-1)(x+1)", budget=Budget(max_work=5))
    spent = Budget()
    assert math_equal("x^2-1", "(x-1)(x+1)", budget=spent)[0] is True
    again = Budget()
    math_equal("x^2-1", "(x-1)(x+1)", budget=again)
    assert 5 < spent.work == again.work < spent.max_work  # the same input costs the same work, every time
    with pytest.raises(BudgetExceeded, match="safety limit"):
        math_equal("x^2-1", "(x-1)(x+1)", budget=Budget(seconds=0.0))


def test_a_verdict_does_not_depend_on_the_clock(monkeypatch):
    """A machine so loaded that every check sees 0.5 s pass gets the same verdicts as a quiet one."""
    import itertools

    from nanofrontier.xverify import verdict

    quiet = [math_equal(p, r) for p, r in PAIRS]
    ticks = itertools.count()
    monkeypatch.setattr(verdict.time, "perf_counter", lambda: next(ticks) * 0.5 / 100)
    assert [math_equal(p, r) for p, r in PAIRS] == quiet


PAIRS = [("\\frac{x+2}7", "\\frac x7+\\frac27"), ("3x-y+13=0", "3x+4y+14=0"), ("[2,5)", "(2,5)"),
         ("x<-4/3 或 x>0", "(-\\infty,-\\frac43)\\cup(0,+\\infty)"), ("\\tan^2y+1", "\\sec^2 y"),
         ("1\\pm\\sqrt{19}", "1+\\sqrt{19}, 1-\\sqrt{19}"), ("0.333", "\\frac13"), ("\\pm2021", "2021"),
         ("\\binom{m+n-2}{m-1}", "(m-1)(n-1)"), ("[[1,2],[3,4]]", "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}")]


@pytest.mark.timeout(60)
def test_results_from_eight_threads_match_sequential_results():
    jobs = [(p, r) for p, r in PAIRS for _ in range(20)]
    random.Random(0).shuffle(jobs)
    sequential = [math_equal(p, r, budget=Budget()) for p, r in jobs]
    parse_answer.cache_clear()
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(lambda pr: math_equal(*pr, budget=Budget()), jobs))
    assert threaded == sequential
    assert {result[0] for result in sequential} == {True, False}


@pytest.mark.timeout(60)
def test_random_token_soup_never_crashes():
    pieces = ["1", "0", "3.5", "x", "y", "e", "i", "\\pi", "+", "-", "/", "^", "{", "}", "(", ")", "[", "]", "\\{",
              "\\}", ",", "=", "<", "\\le", "\\frac", "\\sqrt", "!", "|", "\\pm", "_", "\\infty", "\\cup", "或", "and",
              " ", "%", "°", "\\sin", "\\log", "\\binom", ":", ";", "&", "\\\\", "\\begin{pmatrix}", "\\end{pmatrix}",
              "99", "\\left(", "\\right)", "万", "0.333", "1/3"]
    rng = random.Random(0)
    outcomes = set()
    for _ in range(2000):
        pred = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        ref = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        try:
            result = math_equal(pred, ref, budget=Budget())
        except BudgetExceeded:
            continue
        assert result[1] != "math.error", (pred, ref)
        outcomes.add(result[0])
    assert outcomes == {True, False, None}


@pytest.mark.parametrize("pred, ref", [("答：这个班共有3600000人", "360万"), ("摸到白球的概率为0.35", "35\\%"),
                                       ("Total cost: $3,120,000", "3120000"), ("The tank holds 48 liters.", "48")])
def test_a_sentence_stating_one_number_compares_by_that_number(pred, ref):
    assert math_equal(pred, ref) == (True, "math.number")


@pytest.mark.parametrize("pred", ["答：这个班共有360人", "It is either 48 or 49 liters.", "不是48",
                                  "2 cats and 3 dogs"])
def test_a_sentence_with_another_number_several_numbers_or_a_negation_is_not_read_as_equal(pred):
    assert math_equal(pred, "48")[0] is not True


def test_a_number_with_a_unit_is_read_in_the_unit_the_question_asks_for():
    q = "The train ride takes a while. How many minutes does it take?"
    # another unit than the one asked: equal by value, but graders differ, so the rule (math.unit) is unsure
    assert math_equal("2 hours", "120", question=q) == (True, "math.unit")
    assert math_equal("120 hours", "120", question=q) == (False, "math.unit")
    assert math_equal("120 minutes", "120", question=q) == (True, "math.number")
    assert math_equal("3.2千克", "3200", question="这袋米重多少克？") == (True, "math.unit")
    assert math_equal("3200千克", "3200", question="这袋米重多少克？") == (False, "math.unit")
    assert math_equal("找回27角", "27", question="应找回多少元？") == (False, "math.unit")


def test_a_unit_of_another_dimension_than_the_asked_one_is_compared_by_number():
    # A rate against an asked length ("多少千米/时" reads as km): no conversion is attempted.
    assert math_equal("75千米/时", "75", question="汽车每小时行多少千米？") == (True, "math.number")


@pytest.mark.parametrize("pred, ok", [("x = 3 \\text{ or } -1 \\le x < 2", True), ("x=3 或 -1\\le x<2", True),
                                      ("x = 4 \\text{ or } -1 \\le x < 2", False),
                                      ("x = 3 \\text{ or } -1 < x < 2", False)])
def test_a_point_joined_to_an_interval_by_or_is_a_union(pred, ok):
    assert math_equal(pred, "[-1,2)\\cup\\{3\\}") == (ok, "math.interval")


@pytest.mark.parametrize("pred, ref, question, ok", [
    ("1 hour 45 minutes", "105", "How many minutes did the film last?", True),
    ("1 hour 45 minutes", "1.75", "", True), ("2小时15分", "135", "一共用了多少分钟？", True),
    ("8元4角", "8.4", "", True), ("8元4角", "8.04", "", False), ("3 m 5 cm", "3.05", "", True)])
def test_mixed_units_of_one_dimension_add_up(pred, ref, question, ok):
    assert math_equal(pred, ref, question=question) == (ok, "math.number")


def test_mixed_units_of_different_dimensions_are_not_summed():
    assert math_equal("2 kg 5 m", "2.005")[0] is not True


@pytest.mark.parametrize("pred, ref, expected", [
    ("\\begin{bmatrix} 1 & 0 \\\\ 2 & 6 \\end{bmatrix}", "\\begin{pmatrix} 1 & 0 \\\\ 2 & 6 \\end{pmatrix}", True),
    ("[[1, 0], [2, 6]]", "\\begin{pmatrix} 1 & 0 \\\\ 2 & 6 \\end{pmatrix}", True),
    ("[[1, 0], [6, 2]]", "\\begin{pmatrix} 1 & 0 \\\\ 2 & 6 \\end{pmatrix}", False),
])
def test_spaced_matrix_rows_compare_entrywise(pred, ref, expected):
    assert both_ways(pred, ref) == (expected, expected)


@pytest.mark.parametrize("pred, ref, expected", [
    ("2 \\sqrt 11", "\\sqrt{44}", True), ("√11", "\\sqrt{11}", True), ("\\sqrt 11", "1", False),
])
def test_sqrt_of_a_spaced_multi_digit_number(pred, ref, expected):
    assert equal(pred, ref) is expected


@pytest.mark.parametrize("pred, expected", [("g^{-1}(t) = 3t - 1", True), ("g^{-1}(t) = 3t + 1", False)])
def test_inverse_function_name_on_the_left_reads_as_its_value(pred, expected):
    assert both_ways(pred, "3t-1") == (expected, expected)


@pytest.mark.parametrize("pred, expected", [
    ("甲14个, 乙6个", True), ("乙6个、甲14个", True), ("甲6个, 乙14个", False), ("乙14个、甲6个", False),
])
def test_labelled_counts_match_a_tuple_in_the_questions_order(pred, expected):
    question = "甲、乙两箱共有20个球，甲比乙多8个。甲、乙各有多少个？"
    assert both_ways(pred, "(14,6)", question=question) == (expected, expected)


def test_labelled_counts_the_question_does_not_name_stay_unread():
    assert not equal("丙14个, 丁6个", "(14,6)", question="甲、乙各有多少个？")


@pytest.mark.parametrize("pred, ref", [("y = 2", "x = 2"), ("a = 2", "b = 2"), (r"\alpha = 2", r"\beta = 2")])
def test_assignments_to_different_unknowns_are_unequal(pred, ref):
    assert equal(pred, ref) is False


@pytest.mark.parametrize("pred, ref", [("x = 2", "x = 2"), ("x = 2", "x=1+1"), ("y = 2", "2"), ("2", "x = 2")])
def test_same_unknown_or_a_bare_value_compares_by_value(pred, ref):
    assert equal(pred, ref) is True


@pytest.mark.parametrize("pred, ref, expected", [("3!", "6", True), ("3!", "3", False), ("3!!", "3", False),
                                                 ("1990s", "1990", False)])
def test_factorial_and_decade_are_not_the_bare_number(pred, ref, expected):
    assert equal(pred, ref) is expected
