"""Forms of a fourteenth and a fifteenth author: worked references, commitments that contradict each other,
multiple-select answers, broken boxes and marker words in prose. Examples are our own."""

import pytest

from nanofrontier.xverify.choice import answer_labels, chosen_together
from nanofrontier.xverify.equivalents import named_values
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.final_lines import contradicted_just_before, offers_two
from nanofrontier.xverify.verify import verify
from nanofrontier.xverify.worked_references import final_readings, is_worked, last_clause

PAD = "Let me set up the problem carefully and check each step.\n\n"


# --- references written as working ---------------------------------------------------------------

@pytest.mark.parametrize("reference, readings", [
    ("r^2 = 9 + 16 = 25, so r = 5.", ["r = 5", "5"]),
    ("由题意 2a=10，a=5，故周长为 20", ["周长为 20"]),
    ("b=3，c=\\sqrt{9+16}=5，e=\\frac{5}{3}", ["e = \\frac{5}{3}", "\\frac{5}{3}"]),
    ("\\left[x^2\\right]_1^3 = 8", ["8"]),
    ("60 km/h = 60000 m / 3600 s = 16.7 m/s", ["16.7 m/s"]),
    ("2 < x + 1 < 6 \\Rightarrow 1 < x < 5, i.e. (1, 5).", ["(1, 5)"]),
])
def test_a_worked_reference_is_read_by_its_last_clause(reference, readings):
    assert is_worked(reference)
    assert final_readings(reference)[:len(readings)] == readings or final_readings(reference) == readings


@pytest.mark.parametrize("reference", ["猫3只，狗5只", "x=2, y=7", "mean = 4, median = 6", "(x-1)^2+(y+2)^2=9",
                                       "If k > 0, x = 1/k; if k = 0, no solution.", "(a) 3 (b) x = 1 or x = 2"])
def test_parts_equations_and_case_analyses_are_not_working(reference):
    assert not is_worked(reference)


def test_last_clause_drops_the_connective():
    assert last_clause("P = 1/4, hence m + n = 5.") == "m + n = 5"
    assert last_clause("x=3") is None


def test_an_answer_matching_a_worked_references_last_value_is_correct_but_unsure():
    v = verify("Find m+n.", PAD + "So the answer is $\\boxed{5}$.", "P = 1/4, hence m + n = 5.")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")
    v = verify("求离心率。", PAD + "答：e=0.6", "a=5，c=\\sqrt{25-16}=3，e=\\frac35")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")


def test_a_mismatch_against_working_is_incorrect_but_unsure():
    v = verify("Find m+n.", PAD + "So the answer is $\\boxed{6}$.", "P = 1/4, hence m + n = 5.")
    assert (v.verdict, v.confidence) == ("Incorrect", "unsure")


def test_a_reference_with_an_answer_marker_stays_exact():
    v = verify("Find the change.", PAD + "The answer is $\\boxed{2.5}$.", "Cost 7.5, so 10 - 7.5 = 2.5. Answer: 2.5")
    assert (v.verdict, v.confidence) == ("Correct", "sure")


# --- two commitments side by side ----------------------------------------------------------------

def test_a_box_right_after_another_stated_answer_is_unsure():
    out = PAD + "Therefore the answer is $15$.\n\n\\[\\boxed{18}\\]"
    assert contradicted_just_before(out, ("15", "18")) == "15"
    v = verify("How many?", out, "18")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")


def test_a_box_after_a_correction_stays_sure():
    out = PAD + "So the answer is $15$. Wait, that's wrong: I dropped a term.\n\n\\[\\boxed{18}\\]"
    assert contradicted_just_before(out, ("15", "18")) is None
    assert verify("How many?", out, "18").confidence == "sure"


# --- options -------------------------------------------------------------------------------------

OPTIONS_Q = "Which city is the capital of France?\nA. Lyon\nB. Marseille\nC. Paris\nD. Nice"


def test_a_lowercase_bracketed_label_names_the_uppercase_option():
    assert answer_labels("(c) Paris", {"A": "Lyon", "B": "Marseille", "C": "Paris", "D": "Nice"}) == ["C"]
    v = verify(OPTIONS_Q, PAD + "I'd go with (c) Paris.", "C")
    assert (v.verdict, v.confidence) == ("Correct", "sure")


def test_an_option_named_with_its_own_text_is_not_a_contradiction():
    q = "不等式的解集是：\nA. $(0,1)$\nB. $[1,+\\infty)$\nC. $(1,+\\infty)$\nD. $(-\\infty,1)$"
    v = verify(q, PAD + "选C项，$(1,+\\infty)$。", "C")
    assert (v.verdict, v.confidence) == ("Correct", "sure")


MULTI_Q = "Which numbers are even? Select all that apply.\nA. 2\nB. 3\nC. 4\nD. 5"
MULTI_ZH = "下列是偶数的是（多选）：\nA. 2\nB. 3\nC. 4\nD. 5"


@pytest.mark.parametrize("question, output", [
    (MULTI_Q, "Final answer: A and C"), (MULTI_Q, "So the answer is AC."), (MULTI_Q, "So the answer is (A)(C)."),
    (MULTI_ZH, "最终答案：A和C"), (MULTI_ZH, "选 A、C"),
])
def test_a_multiple_select_answer_names_its_options_together(question, output):
    v = verify(question, PAD + output, "AC")
    assert v.verdict == "Correct"
    assert v.confidence == "sure" or "(A)(C)" in output  # "(A)(C)": a label with a bracket after it, unsure


def test_a_multiple_select_answer_with_another_set_or_an_alternative_is_incorrect():
    assert verify(MULTI_Q, PAD + "Final answer: A and D", "AC").verdict == "Incorrect"
    assert verify(MULTI_Q, PAD + "Final answer: A or C", "AC").verdict == "Incorrect"
    assert chosen_together("A or C", "", "AC", MULTI_Q, {"A": "2", "B": "3", "C": "4", "D": "5"}) is None


# --- a final line offering two answers -----------------------------------------------------------

@pytest.mark.parametrize("line, kind, two", [
    ("Final answer: C or (B) Paris", "multiple_choice", True),
    ("最终答案：3 或 \\boxed{4}", "math", True),
    ("Final answer: entailment or neutral", "classification", True),
    ("Final answer: x = 2 or x = 3", "math", False),
    ("Final answer: Paris", "multiple_choice", False),
])
def test_offers_two_reads_an_or_on_the_final_answer_line(line, kind, two):
    assert offers_two(line, kind) is two


def test_a_final_line_offering_the_reference_or_another_answer_is_incorrect():
    v = verify("Compute 2+2.", PAD + "Both seem defensible.\n\n最终答案：5 或 \\boxed{4}", "4")
    assert v.verdict == "Incorrect" and v.rule == "extract.hedged"
    assert verify("Solve x^2-5x+6=0.", PAD + "Final answer: x = 2 or x = 3", "x=2 \\text{ or } x=3").verdict \
        == "Correct"


# --- broken boxes and marker words in prose -------------------------------------------------------

def test_an_unclosed_box_ending_the_output_gives_its_answer_unsure():
    for out in (PAD + "$\\boxed{42", PAD + "\\boxed{\\frac{3}{4}$"):
        v = verify("Compute.", out, "42" if "42" in out else "\\frac34")
        assert (v.verdict, v.confidence) == ("Correct", "unsure")


def test_a_marker_followed_by_a_modal_verb_commits_to_nothing():
    out = "- any condition the final answer has to respect.\n\nThus we get $12$ as the final result."
    assert extract_answer(out, kind="math").answer == "12"


def test_putting_it_all_together_and_a_conclusion_heading_commit():
    assert extract_answer(PAD + "So, putting it all together: **Canberra**").answer == "Canberra"
    v = verify("这条评论的情感是正面还是负面？", PAD + "## 结论\n\n情感倾向为正面\n\n## 验证\n\n检查无误。", "正面")
    assert v.verdict == "Correct"


def test_a_heading_over_alternatives_is_no_answer():
    out = PAD + "最终答案：60\n\n再检查一下其他可能的选项或答案：它们都与已知条件不符。"
    assert extract_answer(out, kind="math").answer == "60"


# --- named variables and words beside structures ------------------------------------------------

def test_variables_named_with_equals_compare_by_name():
    assert named_values("x=5, y=2") == {"x": "5", "y": "2"}
    assert named_values("x=2, x=5") is None  # one variable's values: a set
    assert verify("Solve the system.", PAD + "最终答案：x=5, y=2", "x=2, y=5").verdict == "Incorrect"
    assert verify("Solve the system.", PAD + "最终答案：x = 2, y = 5", "x=2, y=5").verdict == "Correct"


def test_a_structure_with_other_words_around_it_is_not_a_sure_mismatch():
    v = verify("Find the centre and radius.", PAD + "My final answer is center at (1, 2) with r = 3.",
               "Center (1, 2), radius 3")
    assert v.confidence == "unsure"


# --- more answer forms ---------------------------------------------------------------------------

def test_a_result_heading_over_its_line_commits():
    out = PAD + "## Result\n\nThe statement is FALSE.\n\n## Verification\n\nEverything checks out."
    assert verify("True or false: 7 is even.", out, "False").verdict == "Correct"
    out = PAD + "所以我选择稳妥的做法。\n\n## 结论\n\n无法判断，属于中立\n\n## 验证\n\n检查无误。"
    assert extract_answer(out).answer.startswith("无法判断")


def test_a_bracketed_chinese_answer_heading_and_a_conclusion_after_zongshang():
    assert verify("求k。", PAD + "【答案】k = 3\n\n【检验】无误。", "k=3").verdict == "Correct"
    v = verify("求cos α。", PAD + "得到 $\\frac35$。等等，这一步算错了。\n余弦为负。\n\n综上，-\\frac35。", "-\\frac35")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")  # 综上 alone is a weak marker


def test_a_stray_backslash_before_a_number_is_dropped():
    v = verify("How much does she pay?", PAD + "So the answer is $\\1204.75$.", "1204.75")
    assert v.verdict == "Correct" and v.extracted == "1204.75"


def test_a_point_named_by_its_letter_is_its_coordinates():
    assert verify("求焦点坐标。", PAD + "答：F(3,0)", "(3,0)").verdict == "Correct"
    assert verify("Find f(2).", PAD + "The answer is f(2) = 5", "5").verdict == "Correct"


def test_degrees_celsius_in_chinese_is_the_celsius_unit():
    assert verify("水的沸点是多少？", PAD + "答案是 100摄氏度", "100℃", kind="math").verdict == "Correct"


def test_a_cross_mark_and_shi_cuo_de_name_the_wrong_label():
    q = "判断正误：铁的熔点低于冰的熔点。"
    assert verify(q, PAD + "答案是 × 错。", "错误").verdict == "Correct"
    assert verify(q, PAD + "答案是：这个说法是错的", "错误").verdict == "Correct"
    assert verify(q, PAD + "答案是：这个说法是对的", "错误").verdict == "Incorrect"


def test_choosing_a_way_of_working_is_no_answer():
    out = "分析题意。所以我选择稳妥的做法，逐步推理。\n\n答案是鲁迅。"
    assert extract_answer(out).answer == "鲁迅"
