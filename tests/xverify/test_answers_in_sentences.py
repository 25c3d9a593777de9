"""Chat-style outputs that state the answer in a sentence and then keep talking: a change of mind at the very end,
"the final result" as the object of a verb, "one answer is exactly right", a label named in quotes (回答“是”), a
remark in brackets, a lesson or an offer after the answer, unit powers and "in total" after a number, an amount in
dollars and cents, two readings offered, "That makes it A.", and a subject that describes what was asked ("The
author you're looking for is ..."). Examples are our own."""

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.verify import verify

POEM = "《静夜思》的作者是谁？"


def test_a_change_of_mind_at_the_end_withdraws_the_answer():
    out = "能想到的有：李白、杜甫。\n\n答案是李白。\n\n嗯，等一下，我可能记混了。再想想，我觉得应该是杜甫。"
    v = verify(POEM, out, "李白", kind="short_answer")
    assert not (v.verdict == "Correct" and v.sure)
    out = ("Candidates: Charles Darwin, Alfred Wallace.\n\nThe answer is Charles Darwin.\n\n"
           "Hmm, wait, I might be mixing them up. On second thought, I think it's Alfred Wallace.")
    v = verify("Who wrote 'On the Origin of Species'?", out, "Charles Darwin", kind="short_answer")
    assert not (v.verdict == "Correct" and v.sure)


def test_the_final_result_as_the_object_of_a_verb_is_no_answer():
    out = ("Rounding in the middle can shift the final result slightly, which is easy to miss.\n\n"
           "$80.00 × 0.85 = $68.00.\n\nSo the coat costs $68.00 after the discount.")
    assert extract_answer(out, kind="math").answer == "68.00"
    assert extract_answer("Let me state the final answer: 42", kind="math").answer == "42"


def test_one_answer_being_exactly_right_is_no_answer():
    q = "Which gas do plants take in for photosynthesis?\nAnswer Choices: (A) Oxygen (B) Nitrogen (C) Carbon dioxide"
    out = ("Usually one answer is exactly right and the others are tempting.\n\n- (A) Oxygen: released, not taken in."
           "\n- (C) Carbon dioxide: taken in.\n\nThat points to C, carbon dioxide.")
    v = verify(q, out, "C")
    assert v.verdict == "Correct"


def test_a_chinese_label_named_in_quotes():
    q = "97是质数吗？请回答是或否。"
    out = "检查不超过√97的质因数，都不能整除。\n\n所以应该回答“是”。"
    assert verify(q, out, "是", kind="classification").verdict == "Correct"
    assert verify(q, "所以结论是“否”。", "是", kind="classification").verdict == "Incorrect"
    assert verify(q, "我来回答这个问题。\n\n所以应该回答“是”。", "是", kind="classification").verdict == "Correct"


def test_a_remark_in_brackets_or_a_lesson_after_the_answer_is_not_the_answer():
    out = ("Needed = 450 − 362 = 88.\n\nShe needs eighty-eight on the last test.\n\n"
           "(Current total 362, target total 450.)")
    assert verify("What score does she need?", out, "88", kind="math").verdict == "Correct"
    q = "Premise: All cats purr. Hypothesis: Some cats purr. Entailment, neutral or contradiction?"
    out = ("If all cats purr, then some do.\n\nSo the relation is entailment.\n\n"
           "This is a good example of why wording matters.")
    assert verify(q, out, "entailment", kind="classification").verdict == "Correct"
    out = "评论说“再也不买了”。\n\n整体来看，这条评论是负面的。\n\n这题的关键是看清评论者的态度。"
    assert verify("这条评论是正面还是负面？", out, "负面", kind="classification").verdict == "Correct"


def test_a_closing_offer_or_remark_without_a_value_is_passed_over_in_math():
    q = "A garden is 12 m by 15 m. What is its area?"
    out = ("12 × 15 = 180.\n\nThe garden covers 180 m².\n\n"
           "I can also show a quicker way to set this up if that would be useful.")
    assert verify(q, out, "180 m^2", kind="math").verdict == "Correct"
    out = "12 × 15 = 180.\n\nNow substituting this into the next step, we get ..."
    assert not verify(q, out, "180", kind="math").sure  # cut off: the line before is not taken as the answer


def test_unit_powers_and_in_total_are_no_numbers_or_units():
    area = "The floor's area comes to 96 cm²."
    assert verify("What is its area?", area, "96 cm²", kind="math").verdict == "Correct"
    assert verify("What is its area?", area, "98 cm²", kind="math").verdict == "Incorrect"
    out = "So after 3 years the account holds $2,650.00 in total."
    assert verify("How much money is in the account?", out, "$2,650.00", kind="math").verdict == "Correct"


def test_an_amount_in_dollars_and_cents():
    q = "How much change does he get?"
    assert verify(q, "He should receive 12 dollars and 45 cents.", "$12.45", kind="math").verdict == "Correct"
    assert verify(q, "He should receive 12 dollars and 54 cents.", "$12.45", kind="math").verdict == "Incorrect"


def test_two_readings_offered_are_a_hedge():
    out = ("I keep getting two plausible values here: 720 if you read it one way, 120 the other way. "
           "Either could be what's intended.")
    v = verify("In how many ways can 3 of 6 people form a committee?", out, "120", kind="math")
    assert v.verdict == "Incorrect"


def test_that_makes_it_a_label():
    q = "Who discovered penicillin?\nAnswer Choices: (A) Alexander Fleming (B) Marie Curie (C) Louis Pasteur"
    out = "Going through the options:\n- (B) Curie worked on radioactivity.\n- (C) Pasteur worked on vaccines.\n\n" \
          "That makes it C...\n\n" \
          "Hmm, actually no — let me re-check that.\n\nThat makes it A."
    assert verify(q, out, "A").verdict == "Correct"


def test_a_subject_that_describes_what_was_asked():
    q = "Who painted 'The Starry Night'?"
    v = verify(q, "The painter you're thinking of is Vincent van Gogh.", "Vincent van Gogh", kind="short_answer")
    assert v.verdict == "Correct" and not v.sure
    assert verify(q, "The painter you're thinking of is Paul Gauguin.", "Vincent van Gogh",
                  kind="short_answer").verdict == "Incorrect"
    q = "Passage: ... Which player kicked the last field goal?"
    assert verify(q, "Based on the passage, it's Ortega.", "Ortega", kind="short_answer").verdict == "Correct"


def test_an_offer_to_say_more_in_chinese_is_filler():
    out = "这首诗的作者是李白。\n\n如果还想了解更多背景，可以告诉我。"
    assert verify(POEM, out, "李白", kind="short_answer").verdict == "Correct"


# --- mathematics whose answer is no single number (a later author) ------------------------------------------

def test_a_family_of_solutions_is_compared_with_its_parameters_domain_aside_and_never_sure():
    q = "Solve $\\tan x = \\sqrt{3}$."
    ref = "x = k\\pi + \\frac{\\pi}{3}, k \\in \\mathbb{Z}"
    v = verify(q, "Therefore $x = k\\pi + \\frac{\\pi}{3} \\ (k \\in \\mathbb{Z})$.", ref, kind="math")
    assert v.verdict == "Correct" and not v.sure
    v = verify(q, "So x = \\frac{\\pi}{3} + 2k\\pi or x = \\frac{4\\pi}{3} + 2k\\pi (k an integer).", ref, kind="math")
    assert not v.sure  # the same family written as two: the rules compare written forms


def test_a_function_by_cases_is_never_a_sure_verdict():
    ref = "f(x) = \\begin{cases} x^2 - x, & x \\ge 0 \\\\ -x^2 - x, & x < 0 \\end{cases}"
    v = verify("Write f without absolute values.", "Hence f(x) = x|x| - x.", ref, kind="math")
    assert not v.sure


def test_a_value_and_where_it_is_taken_is_never_sure_on_one_of_them():
    ref = "\\text{local minimum } -2, \\text{ attained at } x = 2"
    v = verify("求 f(x) 的极小值及取得极小值时 x 的值。", "答：在 x = 2 处取得极小值。", ref, kind="math")
    assert not v.sure


def test_a_condition_restated_without_a_marker_is_no_sure_echo():
    q = "The sequence satisfies $a_1 = 1$ and $a_{n+1} = 2a_n + 1$ for $n \\ge 1$. Find $a_n$."
    out = "The general term formula: a_n = 2^n - 1, valid for all n ≥ 1."
    v = verify(q, out, "a_n = 2^n - 1", kind="math")
    assert v.verdict == "Correct" or not v.sure  # never a sure Incorrect for restating "n ≥ 1"


def test_before_writing_the_final_answer_is_no_chinese_commitment():
    out = ("第5步：解得 -2 ≤ x ≤ 5。\n\n在写出最终答案之前，再把题目读一遍。\n\n"
           "下面按要求写出最终答案，答案的每一部分都要完整。\n\n所以不等式的解集为 -2 ≤ x ≤ 5。")
    assert verify("解不等式 (x + 2)(x - 5) ≤ 0。", out, "[-2, 5]", kind="math").verdict == "Correct"
    assert extract_answer("最终答案为 12。", kind="math").answer == "12"
    assert extract_answer("我的最终选择：B", kind="multiple_choice").answer == "B"


def test_a_list_with_one_name_too_many_is_no_match():
    q = "Passage: ... Which two players scored touchdowns?"
    v = verify(q, "So the scorers were Ada Quist, Ben Roy and Cy Dunn.", "Ada Quist, Ben Roy", kind="short_answer")
    assert v.verdict == "Incorrect" and not v.sure
    assert verify(q, "So the scorers were Ben Roy and Ada Quist.", "Ada Quist, Ben Roy",
                  kind="short_answer").verdict == "Correct"


def test_gongyuan_is_anno_domini_but_gongyuanqian_is_another_year():
    q = "赤壁之战发生在哪一年？"
    assert verify(q, "答案：208年", "公元208年", kind="short_answer").verdict == "Correct"
    assert verify(q, "答案：公元前208年", "公元208年", kind="short_answer").verdict == "Incorrect"


def test_a_value_and_where_it_is_taken_are_read_together_from_the_last_line():
    q = "For x > 0, find the minimum of y = x + 9/x and where it is attained."
    ref = "y_{\\min} = 6, \\text{ when } x = 3"
    for out, verdict in (("Therefore the minimum value is 6, reached when x = 3.", "Correct"),
                         ("答：当 x = 3 时取得最小值 6。", "Correct"),
                         ("Therefore the minimum value is 6.", "Incorrect"),  # where it is taken: missing
                         ("Therefore the minimum value is 7, reached when x = 3.", "Incorrect")):
        v = verify(q, out, ref, kind="math")
        assert v.verdict == verdict and not v.sure, out


# --- quantities with many forms (a later author) --------------------------------------------------------------

def test_percentage_points_fahrenheit_scores_and_ordinals():
    q = "By how many percentage points did the share rise?"
    assert verify(q, "Final answer: 15 pp", "15 percentage points", kind="math").verdict == "Correct"
    assert verify(q, "Final answer: 15%", "15 percentage points", kind="math").verdict == "Incorrect"
    assert verify("气温是多少？", "答案：14华氏度", "14°F", kind="math").verdict == "Correct"
    q = "What was the final score?"
    v = verify(q, "Final answer: the Rovers won 4 to 1", "4-1", kind="math")
    assert v.verdict == "Correct" and not v.sure
    assert verify(q, "Final answer: the Rovers won 4 to 2", "4-1", kind="math").verdict == "Incorrect"
    q = "In which place did she finish?"
    assert verify(q, "Final answer: 5th place", "fifth", kind="math").verdict == "Correct"
    assert verify(q, "Final answer: 6th place", "fifth", kind="math").verdict == "Incorrect"
    assert verify("她得了第几名？", "答案：第3名", "第三名", kind="math").verdict == "Correct"
    assert verify("Which conflict ended in 1945?", "The Second World War.", "World War II",
                  kind="short_answer").verdict == "Correct"  # an ordinal inside a name stays a word


# --- answers that look wrong or right at a glance (a later author) ---------------------------------------------

def test_what_an_answer_concludes_after_so_is_compared_and_no_sure_mismatch():
    q = "Find all real solutions of x^2 - x - 6 = 0."
    v = verify(q, "Final answer: $(x - 3)(x + 2) = 0, so x \\in \\{3, -2\\}$", "x = -2 or x = 3", kind="math")
    assert v.verdict == "Correct" and not v.sure
    v = verify(q, "Final answer: $(x - 3)(x + 2) = 0, so x \\in \\{3, 2\\}$", "x = -2 or x = 3", kind="math")
    assert v.verdict == "Incorrect" and not v.sure


def test_the_final_answer_as_the_subject_of_another_verb_is_no_commitment():
    out = ("Let me also make sure the format of the final answer matches what the question asks for.\n\n"
           "Adding 2 throughout: -4 ≤ x ≤ 8.\n\nSo the solution set is $-4 \\le x \\le 8$.")
    assert verify("Solve |x - 2| ≤ 6.", out, "[-4, 8]", kind="math").verdict == "Correct"
