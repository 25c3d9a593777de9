"""Answers that commit explicitly, where the difficulty is the comparison: an option's negative value that
contains another option's text, a function named with its argument on one side only, a point's coordinates
in square brackets, indexed unknowns in Greek letters, and LaTeX in a JSON answer whose "±" was folded into
"\\pm". And what other model families write around the answer: options labelled "B、3", a friendly closing line
that names the value to write, a pleasantry or a summary line with another value, and the parts of an answer in
a final list or table. Examples are our own."""

from nanofrontier.xverify import choice
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.verify import verify

SIGNED = "Which value is f(-2)? Answer Choices: (A) -18 (B) 18 (C) -81 (D) 81"


def test_an_options_negative_value_is_not_a_second_option_with_the_same_digits():
    opts = choice.parse_options(SIGNED)
    assert choice.answer_labels("C) -81", opts) == ["C"]
    assert choice.answer_labels("answer: A) -18", opts) == ["A"]
    assert choice.answer_labels("B -- 18", opts) == ["B"]  # a dash as a separator still is one
    assert choice.answer_labels("C. 81", opts) == ["C", "D"]  # the label with another option's text: two answers
    v = verify(SIGNED, "f(-2) = -81, so the pick is below.\n\n```\nanswer: C) -81\n```", "C. -81")
    assert v.verdict == "Correct" and v.sure
    v = verify(SIGNED, "f(-2) = -81.\n\n```\nanswer: C) 81\n```", "C. -81")
    assert v.verdict == "Incorrect"


def test_a_function_named_with_its_argument_is_the_same_name_as_the_bare_one():
    assert math_equal("y = 3e^{2x} - 1", "y(x) = 3e^(2x) - 1") == (True, "math.equation")
    assert math_equal("f(t) = t^2 + 1", "f = t^2 + 1")[0] is True
    assert math_equal("y(x) = 3e^{2x} + 1", "y = 3e^{2x} - 1")[0] is False
    assert math_equal("g(x) = x^2", "y = x^2")[0] is not True  # another name is not the same function
    v = verify("Solve y' = 2y - 2 with y(0) = 4.", "The answer is $y = 3e^{2x} + 1$.", "y(x) = 3e^(2x) + 1")
    assert v.verdict == "Correct" and v.sure


def test_a_point_in_square_brackets_lists_its_coordinates_but_not_surely():
    pair = "Solve the system 2x + y = 1, x - y = 5 and give the solution as an ordered pair (x, y)."
    v = verify(pair, "Final answer: [2, -3]", "(x,y)=(2,-3)")
    assert v.verdict == "Correct" and not v.sure and v.rule == "math.bracketed_pair"
    v = verify(pair, "Final answer: [-3, 2]", "(2,-3)")  # coordinates swapped
    assert v.verdict == "Incorrect" and not v.sure
    assert math_equal("[2, 5]", "(2, 5)", question="Solve x^2 - 7x + 10 < 0.")[0] is False  # intervals stay so
    assert math_equal("[1, 4]", "(1, 4)", question="求两直线的交点坐标。")[0] is True


def test_greek_unknowns_with_indices_are_the_set_of_their_values():
    eig = "Find the eigenvalues of [[1, 2], [4, 3]]."
    v = verify(eig, "The answer is λ1 = 5, λ2 = -1", "\\lambda = -1, 5")
    assert v.verdict == "Correct"
    v = verify(eig, "The answer is λ_1 = 5, λ_2 = 1", "\\lambda = -1, 5")
    assert v.verdict == "Incorrect"


def test_latex_in_a_json_answer_keeps_its_backslashes_after_the_plus_minus_sign_is_folded():
    roots = "Solve x^2 - 4x + 1 = 0."
    out = 'x = 2 ± √3.\n\n```json\n{"final_answer": "2 ± \\\\sqrt{3}"}\n```\n'
    v = verify(roots, out, "x = 2 \\pm \\sqrt{3}")
    assert v.verdict == "Correct" and v.sure and v.extracted == "2 \\pm \\sqrt{3}"
    v = verify(roots, 'So:\n{"answer": "say \\"4\\""}', "4")  # the string's own escapes are undone
    assert v.extracted == 'say "4"'


def test_options_labelled_with_a_chinese_comma_before_a_number():
    q = "表达式 9 // 4 的结果是：\nA、2.25\nB、2\nC、3\nD、1"
    assert choice.parse_options(q) == {"A": "2.25", "B": "2", "C": "3", "D": "1"}
    v = verify(q, "- A（2.25）：✗\n- B（2）：✓\n\n答案：2", "B")
    assert v.verdict == "Correct" and v.sure
    assert choice.parse_options("Pick one.\nA. 3.5\nB. 4") == {"A": "3.5", "B": "4"}


def test_a_closing_line_that_names_another_value_to_write_takes_the_answer_over():
    q = "What is 7 × 6?"
    v = verify(q, "7 × 6 = 42, so the answer is 42.\n\nHope that helps! Just remember, the answer you want to write "
                  "down is 48. 🙂", "42")
    assert v.verdict == "Incorrect" and not v.sure
    v = verify("求 7 × 6。", "7 × 6 = 42。\n\n综上所述，答案为 42。\n\n希望对你有帮助！记住最后填 48 就可以了～", "42")
    assert v.verdict == "Incorrect" and not v.sure
    v = verify(q, "The answer is 42.\n\nHope that helps! Just remember, the answer you want to write down is 42.", "42")
    assert v.verdict == "Correct" and v.sure  # the same value again
    v = verify(q, "The answer is 42.\n\nHope this helps!", "42")
    assert v.verdict == "Correct" and v.sure  # a pleasantry alone changes nothing


def test_a_pleasantry_that_names_another_value_leaves_the_verdict_unsure():
    v = verify("What is 7 × 6?", "The answer is 42.\n\nHope this helps — 48 is a common slip to avoid!", "42")
    assert v.verdict == "Correct" and not v.sure


def test_a_summary_line_restating_another_answer_leaves_the_verdict_unsure():
    q = "《西游记》的作者是谁？"
    v = verify(q, "答案是吴承恩。\n\n总结：罗贯中。", "吴承恩")
    assert not v.sure
    v = verify(q, "答案是吴承恩。\n\n总结：吴承恩。", "吴承恩")
    assert v.verdict == "Correct"


def test_answers_to_several_parts_in_a_final_list_or_table_are_read_part_by_part_but_not_surely():
    from nanofrontier.xverify.parts import part_lines

    q = "A car goes 90 km in 2 h, then 30 km in 1 h. (a) Total distance? (b) Average speed in km/h?"
    listed = "Total 120 km over 3 h.\n\n1. (a) **120 km**\n2. (b) **40 km/h**\n\nNote: not the mean of the speeds."
    assert part_lines(listed, "(a) 120 km (b) 40 km/h") == "(a) 120 km (b) 40 km/h"
    v = verify(q, listed, "(a) 120 km (b) 40 km/h")
    assert v.verdict == "Correct" and not v.sure and v.rule == "math.parts"
    v = verify(q, listed.replace("40 km/h", "45 km/h"), "(a) 120 km (b) 40 km/h")
    assert v.verdict == "Incorrect" and not v.sure
    table = ("周长 66 米，面积 242 平方米。\n\n| 小题 | 答案 |\n|---|---|\n"
             "| (1) 周长 | 66 米 |\n| (2) 面积 | 242 平方米 |")
    assert part_lines(table, "(1) 66米；(2) 242平方米") == "(1) 66 米 (2) 242 平方米"
    v = verify("长方形长22米，宽11米。(1) 周长是多少？(2) 面积是多少？", table, "(1) 66米；(2) 242平方米")
    assert v.verdict == "Correct" and not v.sure
    assert part_lines(listed, "120 km") is None  # a reference of one part
    assert part_lines("1. (a) **120 km**", "(a) 120 km (b) 40 km/h") is None  # a part left out


def test_a_short_answer_stated_first_and_then_explained_is_read_but_not_surely():
    q = "Which gas do plants take in for photosynthesis?"
    out = "Carbon dioxide (CO2).\n\nCarbon dioxide enters through the stomata; oxygen is released as a by-product."
    v = verify(q, out, "carbon dioxide", kind="short_answer")
    assert v.verdict == "Correct" and not v.sure and v.extracted == "Carbon dioxide"
    out = "Oxygen.\n\nOxygen is what leaves the leaf, and carbon dioxide is what enters it."
    assert verify(q, out, "carbon dioxide", kind="short_answer").verdict == "Incorrect"
    v = verify(q, "Let me think about leaves.\n\nLet me think about leaves: they take in carbon dioxide.",
               "carbon dioxide", kind="short_answer")
    assert v.extracted != "Let me think about leaves"  # five words or more are a sentence, not a short answer
    v = verify("首都是哪里？", "北京。\n\n北京是中华人民共和国的首都。", "北京", kind="short_answer")
    assert v.verdict == "Correct" and not v.sure
