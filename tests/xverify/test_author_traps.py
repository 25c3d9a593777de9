"""Traps other writers set for a verifier: an option's letter with another option's text, a second answer
offered beside the first, a remark after the answer, corrections, and answer forms the first rules did not read.
Every example is written here, in English and Chinese where it applies."""

import pytest

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.verify import verify

LONG = "We work through the problem carefully, one step after the other, checking each line as we go.\n\n"


def judged(output: str, reference: str, question: str = "Solve it.", kind: str | None = "math") -> tuple[str, str]:
    v = verify(question, LONG + output, reference, kind=kind)
    return v.verdict, v.confidence


# ---------------------------------------------------------------------------------------------------------
# Multiple choice: a label whose text is another option's, and a second option offered after it.

@pytest.mark.parametrize("question, output", [
    ("Which gas do plants take in?\nA. oxygen\nB. carbon dioxide\nC. nitrogen\nD. helium",
     "Plants fix carbon from the air.\n\n**Final answer: B. oxygen**"),
    ("下列哪个是哺乳动物？\nA. 鲨鱼\nB. 海豚\nC. 金枪鱼\nD. 章鱼", "海豚用肺呼吸。\n\n答案：B. 鲨鱼"),
    ("Which is the median of 2, 4, 9?\nA. 4\nB. 4.5\nC. 5\nD. 9", "The middle value is 4.\n\n**Answer:** A. 4.5"),
])
def test_a_label_with_another_options_text_is_a_contradiction(question, output):
    v = verify(question, output, "B" if "B." in output else "A")
    assert (v.verdict, v.rule) == ("Incorrect", "extract.hedged")


def test_a_label_with_its_own_text_stays_correct():
    q = "Which gas do plants take in?\nA. oxygen\nB. carbon dioxide\nC. nitrogen\nD. helium"
    assert verify(q, "**Final answer: B. carbon dioxide**", "B").verdict == "Correct"


@pytest.mark.parametrize("output", [
    "The answer is either carbon dioxide (B) or A. oxygen — both seem defensible.",
    "Final answer: B. carbon dioxide (or possibly (C))",
])
def test_a_second_option_offered_is_a_hedge(output):
    q = "Which gas do plants take in?\nA. oxygen\nB. carbon dioxide\nC. nitrogen\nD. helium"
    v = verify(q, output, "B")
    assert (v.verdict, v.rule, v.confidence) == ("Incorrect", "extract.hedged", "sure")


# ---------------------------------------------------------------------------------------------------------
# Where an answer ends: a bold span closed before a remark, a remark opening with "I" or "This".

@pytest.mark.parametrize("output, answer", [
    ("**Answer: 0.6250** I'm fairly confident, though not 100% certain.", "0.6250"),
    ("#### 0 I'm fairly sure about this.", "0"),
    ("So my answer: Tibia This should be it, barring a slip.", "Tibia"),
])
def test_a_remark_after_the_answer_is_not_part_of_it(output, answer):
    assert extract_answer(output, kind="short_answer").answer == answer


def test_a_bold_answer_followed_by_another_option_is_still_two():
    q = "Which gas do plants take in?\nA. oxygen\nB. carbon dioxide\nC. nitrogen\nD. helium"
    assert verify(q, "**Answer:** **B** / (A)", "B").rule == "extract.hedged"


# ---------------------------------------------------------------------------------------------------------
# Math: dates, a restatement in brackets, temperatures below zero, conditions together, named values.

def test_a_date_answer_to_a_math_question():
    assert judged("**Answer: 2024-11-03**", "November 3, 2024") == ("Correct", "sure")
    assert judged("**Answer: 2024-11-04**", "November 3, 2024")[0] == "Incorrect"


def test_a_restatement_in_brackets():
    out = "The final answer is $\\boxed{2x - y + 3 = 0 \\ (\\text{i.e. } y = 2x + 3)}$."
    assert judged(out, "y=2x+3") == ("Correct", "sure")
    assert judged(out.replace("+ 3)", "- 3)"), "y=2x+3")[0] == "Incorrect"  # the two forms disagree


@pytest.mark.parametrize("answer", ["8 degrees below zero", "零下8度", "零下8℃"])
def test_temperatures_below_zero(answer):
    assert math_equal(answer, "-8 °C")[0] is True
    assert math_equal(answer, "8 °C")[0] is False


def test_conditions_together_remove_a_point():
    assert math_equal("x \\ge -1,\\ x \\ne 3", "[-1,3)\\cup(3,\\infty)")[0] is True
    assert math_equal("x > -1 and x \\ne 3", "[-1,3)\\cup(3,\\infty)")[0] is False
    assert math_equal("x \\ge -1, x \\ne -1", "(-1,\\infty)")[0] is True


@pytest.mark.parametrize("answer", ["|w| = 13", "g(t)_{\\max} = 13", "\\max g(t) = 13"])
def test_a_named_size_or_extreme_gives_its_value(answer):
    assert math_equal(answer, "13")[0] is True
    assert math_equal(answer, "12")[0] is False


def test_noon_and_rates_in_si_notation():
    assert judged("答：中午12点40分", "12:40") == ("Correct", "sure")
    assert judged("答：中午1点", "13:00")[0] == "Correct"
    assert math_equal("15\\ \\mathrm{m\\,s^{-1}}", "15 m/s")[0] is True
    assert math_equal("54 km h^{-1}", "15 m/s")[0] is True


def test_a_currency_sign_inside_display_math():
    assert judged("So the total is\n$$\n\\$2,450\n$$", "2450")[0] == "Correct"


@pytest.mark.parametrize("output", [
    "Mind the form in which the answer is requested — units, simplification.\n\nTherefore,\n$$\n\\dfrac{7}{9}\n$$",
    "Be careful with what the answer is expected to look like.\n\nSo the value is 7/9.",
])
def test_a_remark_on_how_the_answer_is_asked_is_no_answer(output):
    assert judged(output, "\\frac79")[0] == "Correct"


# ---------------------------------------------------------------------------------------------------------
# Labels: Chinese NLI phrases, an English label in a Chinese sentence, the label in the clause after "No,".

def test_chinese_nli_phrases_and_mixed_language_labels():
    q = "语句一：“他在北京住了十年。” 语句二：“他去过北京。” 请从 蕴含、中立、矛盾 中选择一个。"
    assert verify(q, "**最终答案：能推出，属于蕴含关系**", "entailment").verdict == "Correct"
    assert verify(q, "所以答案是无法判断。", "neutral").verdict == "Correct"
    assert verify(q, "答案：neutral 应该没有问题。", "neutral").verdict == "Correct"
    assert verify(q, "答案：neutral 应该没有问题。", "contradiction").verdict == "Incorrect"


def test_the_label_in_the_clause_after_a_leading_no():
    q = "Does the premise entail the hypothesis? Answer with one of: entailment, not_entailment."
    v = verify(q, "**Answer:** No, this is not entailment", "not_entailment")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")
    assert verify(q, "**Answer:** No, this is not entailment", "entailment").verdict == "Incorrect"


# ---------------------------------------------------------------------------------------------------------
# Chemical formulas in any layout.

@pytest.mark.parametrize("answer", ["NH_3", "\\mathrm{NH_3}", "NH₃", "$\\mathrm{NH}_{3}$"])
def test_chemical_formulas_in_any_layout(answer):
    v = verify("What is the formula of ammonia?", "**Final answer:** " + answer, "NH3", kind="short_answer")
    assert v.verdict == "Correct"
    v = verify("What is the formula of ammonia?", "**Final answer:** " + answer, "NH4", kind="short_answer")
    assert v.verdict == "Incorrect"


# ---------------------------------------------------------------------------------------------------------
# Hedges written as a condition, a bracket or a "can't be ruled out"; corrections with "No wait" or 应该是.

@pytest.mark.parametrize("output", [
    "**Answer:** 20 — or 24 if the lids count.",
    "**Answer:** 20 (24 if the lids count)",
    "**Answer:** 20 (possibly 24)",
    "The answer is probably 20, though 24 can't be ruled out.",
])
def test_a_second_value_offered_beside_the_answer_is_a_hedge(output):
    v = verify("How many jars?", output, "20")
    assert v.verdict == "Incorrect"


@pytest.mark.parametrize("output", [
    "The answer is 24. No wait — 20.",
    "答案是24。不对，应该是20。",
    "答案是24。不对，正确答案是20。",
])
def test_a_correction_names_the_new_answer(output):
    assert extract_answer(output, kind="math").answer == "20"
    assert verify("How many jars?", output, "20").verdict == "Correct"
    assert verify("How many jars?", output, "24").verdict == "Incorrect"


# ---------------------------------------------------------------------------------------------------------
# Multiple choice answered by the option's value written otherwise.

@pytest.mark.parametrize("output, verdict", [
    ("The answer is 0.75.", "Correct"), ("The answer is $\\frac{6}{8}$.", "Correct"),
    ("The answer is 0.25.", "Incorrect"),
])
def test_an_option_named_by_its_value(output, verdict):
    q = "What is 1/2 + 1/4?\nA. 1/4\nB. 3/4\nC. 1\nD. 5/4"
    v = verify(q, output, "B")
    assert (v.verdict, v.confidence) == (verdict, "sure")


def test_an_option_value_in_another_unit_is_unsure():
    q = "At what temperature does water boil at sea level?\nA) 90 °C\nB) 100 °C\nC) 110 °C\nD) 120 °C"
    assert verify(q, "The answer is 212 °F.", "B").confidence == "unsure"
    assert verify(q, "The answer is 100 °C.", "B").verdict == "Correct"


# ---------------------------------------------------------------------------------------------------------
# A sentence around a math value: the one number the question does not give, never sure.

def test_a_sentence_answer_gives_its_one_new_number_unsure():
    q = "How many legs does a spider have?"
    v = verify(q, "**Answer:** A spider has eight legs, like every arachnid.", "8")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")
    v = verify(q, "**Answer:** A spider has six legs, like every insect.", "8")
    assert (v.verdict, v.confidence) == ("Incorrect", "unsure")


# ---------------------------------------------------------------------------------------------------------
# An answer followed by text that stops mid-sentence, or inside reasoning that never closed, is unsure.

@pytest.mark.parametrize("output", [
    "So the answer is 18. Let me check it another way, adding the rows one at a time and",
    "<think>\nThe rows hold 6 each and there are 3 rows. So the answer is 18. Checking: six plus six is twelve.",
])
def test_an_answer_left_unfinished_is_unsure(output):
    v = verify("How many seats are in 3 rows of 6?", LONG * 3 + output, "18")  # long enough to read as cut off
    assert (v.verdict, v.confidence) == ("Correct", "unsure")


def test_an_answer_that_ends_the_output_stays_sure():
    q = "Which gas do plants take in?\nA. oxygen\nB. carbon dioxide\nC. nitrogen\nD. helium"
    assert verify(q, LONG + "**Answer: A**", "B").confidence == "sure"


def test_a_chinese_answer_sentence_that_restates_a_given_number():
    q = "书架上有15本书，借走了4本，还剩几本？"
    v = verify(q, "15-4=11（本）\n答：还剩11本书，比原来少了4本。", "11")
    assert (v.verdict, v.confidence) == ("Correct", "sure")
    assert verify(q, "15-4=11（本）\n答：还剩12本书，比原来少了4本。", "11").verdict == "Incorrect"
    assert verify(q, "15-4=11\n\n所以还剩十一本。", "11").verdict == "Correct"


# ---------------------------------------------------------------------------------------------------------
# Doubt written after the answer makes it unsure; a note or a pleasantry after it does not.

@pytest.mark.parametrize("tail", ["\n\nActually, I'm not sure this is right.", "\n\n不过我不确定，也可能是别的答案。"])
def test_doubt_after_the_answer_is_unsure(tail):
    v = verify("How many seats are in 3 rows of 6?", LONG + "**Answer: 18**" + tail, "18")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")


@pytest.mark.parametrize("tail", ["\n\n**Note:** every step was checked twice.", "\n\nI hope this helps!"])
def test_a_note_after_the_answer_keeps_it_sure(tail):
    v = verify("How many seats are in 3 rows of 6?", LONG + "**Answer: 18**" + tail, "18")
    assert (v.verdict, v.confidence) == ("Correct", "sure")


def test_two_conditions_joined_by_a_comma_meet():
    assert math_equal("x > -2, x \\le 6", "(-2,6]")[0] is True
    assert math_equal("x < -2, x > 6", "(-\\infty,-2)\\cup(6,\\infty)")[0] is True  # disjoint: a union
    assert math_equal("x > -2, x \\le 6", "(-\\infty,\\infty)")[0] is False


@pytest.mark.parametrize("answer", [
    "\\mathbb{R} \\setminus \\{-3\\}", "all real numbers except -3", "全体实数除-3以外",
])
def test_every_number_but_some(answer):
    assert math_equal(answer, "(-\\infty,-3)\\cup(-3,\\infty)")[0] is True
    assert math_equal(answer, "(-\\infty,3)\\cup(3,\\infty)")[0] is False
    assert math_equal("x \\ne 1, x \\ne 4", "(-\\infty,1)\\cup(1,4)\\cup(4,\\infty)")[0] is True


@pytest.mark.parametrize("output", ["故选B，鲨鱼。", "答案是B项：鲨鱼", "答案：(B) 鲨鱼"])
def test_a_chinese_label_with_another_options_text(output):
    q = "下列哪个是哺乳动物？\nA．鲨鱼\nB．海豚\nC．金枪鱼\nD．章鱼"
    assert verify(q, output, "B").rule == "extract.hedged"
    assert verify(q, output.replace("鲨鱼", "海豚"), "B").verdict == "Correct"
