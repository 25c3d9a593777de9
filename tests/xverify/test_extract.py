"""extract.extract_answer: the last commitment wins; hedges, truncation, negation and follow-ups."""

import pytest

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.normalize import clean_output

REASONING = "Let me work through this carefully, step by step, checking each quantity as I go.\n" * 20
OPTIONS = {"A": "Paris", "B": "London", "C": "Rome", "D": "Berlin"}


def answer(output, **kw):
    return extract_answer(output, **kw).answer


# --- markers -----------------------------------------------------------------------------------

def test_boxed_answer_is_extracted_with_nested_braces():
    ext = extract_answer(REASONING + r"So the result is $\boxed{\frac{1}{2}}$.")
    assert (ext.answer, ext.status, ext.source) == (r"\frac{1}{2}", "ok", "boxed")


def test_fbox_is_a_box():
    assert answer(r"Hence \fbox{17}.") == "17"


def test_boxed_without_braces_takes_the_next_token():
    assert answer(r"The total is \boxed 5 apples.") == "5"


def test_nested_boxed_is_unwrapped():
    assert answer(r"\boxed{\boxed{8}}") == "8"


def test_unbalanced_boxed_is_ignored_for_a_later_marker():
    assert answer(r"\boxed{3 and the answer is 4.") == "4"


@pytest.mark.parametrize("output, expected, source", [
    ("So the answer is 42.", "42", "answer_is"),
    ("The final answer is 3.5 meters.", "3.5 meters", "final_answer"),
    ("Final Answer: 12", "12", "final_answer"),
    ("**Final Answer**\n\n$$\n7\n$$", "7", "final_answer"),
    ("Reasoning done.\nAnswer: Paris", "Paris", "final_answer"),
    ("#### 72", "72", "final_answer"),
    ("The answer to the question is Tokyo.", "Tokyo", "answer_is"),
    ("Paris is the correct answer.", "Paris", "answer_is"),
])
def test_english_answer_markers(output, expected, source):
    ext = extract_answer(output)
    assert (ext.answer, ext.source) == (expected, source)


@pytest.mark.parametrize("output", [
    "I would choose C.", "I'd go with C.", "I choose C", "I will select C.", "I'll pick option C.",
    "The best answer is C.", "The correct option is C.", "The most appropriate answer is C.",
    "My final answer is C.", "C is the correct answer.", "Option C is correct.", "I am going with C.",
    "I believe C is correct.", "C would be my pick.", "I think (C) is right.",
])
def test_choice_paraphrases_commit_to_the_label(output):
    assert extract_answer(output, kind="multiple_choice").answer == "C"


@pytest.mark.parametrize("output, expected", [
    ("所以答案是 5。", "5"),
    ("故答案为：$\\frac{1}{3}$。", "\\frac{1}{3}"),
    ("答案：B", "B"),
    ("分析完毕，故选C。", "C"),
    ("最终答案是 12", "12"),
    ("解：\n答：小明有5个苹果。", "小明有5个苹果"),
    ("正确答案应为 D，因为它符合题意。", "D"),
])
def test_chinese_answer_markers(output, expected):
    assert answer(output) == expected


def test_chinese_so_marker_counts_only_without_a_strong_marker():
    assert extract_answer("所以x的值为5。").answer == "5"
    assert extract_answer("答案是3。所以这个结论是成立的。").answer == "3"


def test_full_width_colon_and_letter_after_chinese_marker():
    assert extract_answer("答案：（Ｃ）", kind="multiple_choice").answer == "C"


# --- last commitment wins ------------------------------------------------------------------------

def test_self_correction_after_boxed_moves_the_answer():
    ext = extract_answer(r"So \boxed{10}. Wait, actually I made an error in step 2. So the answer is 12.")
    assert ext.answer == "12" and ext.candidates == ("10", "12")


def test_later_boxed_after_correction_replaces_earlier_box():
    assert answer(r"We get \boxed{4}. Hmm, that ignores the sign. Redoing it: \boxed{-4}") == "-4"


def test_repeated_identical_boxed_answers_are_one_answer():
    ext = extract_answer(r"\boxed{5}" + "\n\nTherefore the final answer is " + r"$\boxed{5}$.")
    assert (ext.answer, ext.status) == ("5", "ok")


def test_several_boxed_values_in_one_final_sentence_are_a_list():
    ext = extract_answer(r"The roots are $x=\boxed{2}$ and $x=\boxed{3}$.", kind="math")
    assert (ext.answer, ext.status) == ("2, 3", "ok")


def test_answer_sentence_wrapping_a_box_gives_the_box_content():
    assert answer(r"The answer is $\boxed{7}$ cm.") == "7"


# --- hedges --------------------------------------------------------------------------------------

def test_two_labels_joined_by_or_are_hedged():
    ext = extract_answer("The answer is A or C.", kind="multiple_choice")
    assert (ext.answer, ext.status) == ("A, C", "hedged")


def test_two_labels_joined_by_and_on_single_answer_question_are_hedged():
    assert extract_answer("Answer: A and C", kind="multiple_choice", options=OPTIONS).status == "hedged"


def test_either_or_is_hedged():
    assert extract_answer("The answer is either 3 or 4.", kind="math").status == "hedged"


def test_boxed_values_joined_by_or_are_hedged_outside_math():
    assert extract_answer(r"It is \boxed{Paris} or \boxed{Lyon}.", kind="short_answer").status == "hedged"


def test_math_roots_joined_by_or_are_a_list_not_a_hedge():
    assert extract_answer(r"So $x=\boxed{1}$ or $x=\boxed{-1}$.", kind="math").status == "ok"


def test_short_answer_naming_two_alternatives_is_hedged():
    assert extract_answer("The answer is Washington or Lincoln.", kind="short_answer").status == "hedged"


# --- truncation ----------------------------------------------------------------------------------

def test_unclosed_think_without_answer_is_truncated():
    ext = extract_answer("<think>" + REASONING + "Now we need to find the")
    assert (ext.answer, ext.status) == (None, "truncated")


def test_unclosed_think_is_still_seen_after_clean_output():
    assert extract_answer(clean_output("<think>" + REASONING + "so the value is 12")).status == "truncated"


def test_output_ending_mid_sentence_without_marker_is_truncated():
    assert extract_answer(REASONING + "Now substitute x into the").status == "truncated"


def test_output_ending_in_an_open_formula_is_truncated():
    assert extract_answer(REASONING + r"so the sum is \frac{3}{").status == "truncated"


def test_line_repeated_until_the_end_is_truncated():
    ext = extract_answer(REASONING + "Let me recompute the sum.\n" * 200)
    assert (ext.answer, ext.status) == (None, "truncated")


def test_loop_after_an_earlier_answer_is_truncated_but_keeps_the_answer():
    ext = extract_answer("The answer is 5. But wait.\n" + "Let me recheck the second step again.\n" * 200)
    assert (ext.answer, ext.status) == ("5", "truncated")


def test_answer_repeated_until_the_end_is_still_ok():
    ext = extract_answer(REASONING + "The answer is B.\n" * 100, kind="multiple_choice")
    assert (ext.answer, ext.status) == ("B", "ok")


def test_short_output_without_period_is_not_truncated():
    assert extract_answer("Paris").status == "ok"


# --- not commitments -----------------------------------------------------------------------------

def test_negated_answer_is_not_a_commitment():
    ext = extract_answer("The answer is not 5.", kind="math")
    assert (ext.answer, ext.status) == (None, "none")


def test_not_x_but_y_commits_to_y():
    assert answer("The answer is not 5, but 6.") == "6"


def test_conditional_answer_is_not_a_commitment():
    assert answer("If the answer is 5, then x = 3. The answer is 3.\n\nIf the answer is 9, we'd be off.") == "3"


def test_answer_posed_as_question_is_not_a_commitment():
    assert answer("The answer is 7. Or is the answer 8? No. Is the answer 9?") == "7"


@pytest.mark.parametrize("remark", ["Let me verify my answer is correct.", "The answer is consistent with the data.",
                                    "The answer is as follows."])
def test_remark_about_the_answer_is_not_a_commitment(remark):
    assert answer("The answer is 12. " + remark) == "12"


def test_remark_that_a_step_is_correct_is_not_an_answer():
    assert answer(r"So \boxed{5}. Double-check: Step 3 is correct, and the calculation is right.") == "5"


def test_negated_option_is_not_taken():
    assert extract_answer("Not (A). The correct option is (B).", kind="multiple_choice").answer == "B"


# --- follow-up questions -------------------------------------------------------------------------

@pytest.mark.parametrize("follow_up", ["\n\nQuestion: What is 3+3?\nAnswer: 6", "\nQ: What is 3+3?\nA: The answer is 6",
                                       "\n问题：3+3等于几？\n答案：6", "<|im_end|>The answer is 6"])
def test_answer_followed_by_recited_question_keeps_the_first_answer(follow_up):
    assert answer("The answer is 5." + follow_up) == "5"


def test_question_echoed_before_the_answer_is_not_cut():
    assert answer("Question: What is 2+3?\nLet me add them. The answer is 5.") == "5"


@pytest.mark.parametrize("output, expected", [
    ("Question: What is 2+2?\nAnswer: 2+2=4. The answer is 4.\n\nQuestion: What is 3+5?\nAnswer: 3+5=8.\n#### 8", "8"),
    ("问题：1+1等于几？\n回答：1+1=2。答案是2。\n\n问题：2+5等于几？\n回答：2+5=7，所以答案是7。", "7"),
])
def test_recited_fewshot_prompt_answers_its_last_question(output, expected):
    assert answer(output, kind="math") == expected


def test_recited_fewshot_prompt_ending_on_an_empty_answer_has_no_answer():
    output = ("Question: Capital of Spain?\nAnswer: The answer is A.\n\n"
              "Question: Capital of Italy?\nAnswer Choices: (A) Paris (B) London (C) Rome\nAnswer:")
    assert extract_answer(output, kind="multiple_choice", options=OPTIONS).status == "none"


@pytest.mark.parametrize("follow_up", [
    "\n\n**Follow-up question:** Ana has 3 pens and buys 4. How many now?\n**Answer:** The answer is 7.",
    "\n\n下一题：计算 5+5。\n5+5=10，所以答案为 $\\boxed{10}$。",
    "\n【巩固练习】一盒有6个，吃掉2个，还剩几个？\n答案是4。",
])
def test_self_declared_follow_up_is_cut_even_when_the_answer_has_no_marker(follow_up):
    assert answer(REASONING + "Hence the pair is $(2, 9)$." + follow_up, kind="math") == "(2, 9)"


# --- retraction ----------------------------------------------------------------------------------

@pytest.mark.parametrize("output, kind, expected", [
    ("所以答案是北京。\n\n不对，我记错了。\n\n应该是南京。\n\n因此，南京。", "short_answer", "南京"),
    ("The answer is 12. Hmm, that's not right: I forgot the tax.\nWith tax the bill is 15 dollars.", "math",
         "15 dollars"),  # the last number keeps its unit
    ("所以选B。\n\n不对，再算一遍。\n\n所以正确选项为D。", "multiple_choice", "D"),
])
def test_withdrawn_answer_is_replaced_by_what_follows_the_retraction(output, kind, expected):
    assert answer(output, kind=kind, options=OPTIONS if kind == "multiple_choice" else None) == expected


PRIME_OPTIONS = {"A": "4", "B": "6", "C": "7", "D": "9"}


@pytest.mark.parametrize("output, kind, expected", [
    (r"The answer is \boxed{3}. Actually I made an error; it should be 4.", "math", "4"),
    ("The answer is C: 7. Wait, no, A.", "multiple_choice", "A"),
    ("I would choose A... no, D", "multiple_choice", "D"),
])
def test_retraction_in_the_last_sentence_gives_the_value_it_names(output, kind, expected):
    assert answer(output, kind=kind, options=PRIME_OPTIONS if kind == "multiple_choice" else None) == expected


def test_retraction_with_no_replacement_leaves_no_answer():
    ext = extract_answer(r"The answer is \boxed{3}. Hmm, that's not right.", kind="math")
    assert (ext.answer, ext.status) == (None, "none")


@pytest.mark.parametrize("output, expected", [("The answer is 3!", "3!"), ("The answer is 3!!", "3!!"),
                                              (r"The answer is $\boxed{5!}$.", "5!"), ("The answer is 3.", "3")])
def test_math_answer_keeps_a_factorial_sign(output, expected):
    assert answer(output, kind="math") == expected


def test_rejecting_another_value_after_the_answer_keeps_the_answer():
    assert answer("The answer is 12. A common slip gives 14, but that's not right.", kind="math") == "12"


# --- hedges and answer sentences -------------------------------------------------------------------

def test_trailing_parenthetical_alternative_is_a_hedge():
    assert extract_answer("Final answer: $12$ (or possibly $15$).", kind="math").status == "hedged"
    assert extract_answer("The answer is 12 (in US dollars, rounded).", kind="math").answer == "12"


@pytest.mark.parametrize("output, expected", [
    ("答：从甲地到乙地，两车一共行驶了3.5小时。", "3.5小时"),
    ("答：这次考试的及格率为0.95。", "0.95"),
    ("答：面积是20平方米或30平方米。", "面积是20平方米或30平方米"),
])
def test_chinese_answer_sentence_reduces_to_its_value_in_math(output, expected):
    assert answer(REASONING + output, kind="math") == expected


def test_chinese_answer_sentence_runs_past_commas():
    assert answer("答：从甲地到乙地，共需两小时。") == "从甲地到乙地,共需两小时"


# --- multiple choice -----------------------------------------------------------------------------

@pytest.mark.parametrize("output", [
    "The answer is C.", "The answer is (C).", r"The answer is $\boxed{\text{(C)}}$.", "The answer is Option C.",
    "故选C", "选C", "The answer is C. Rome", "The answer is: C) Rome", "Answer: Rome", "C",
])
def test_multiple_choice_label_forms_give_the_label(output):
    assert extract_answer(output, kind="multiple_choice", options=OPTIONS).answer == "C"


def test_option_text_alone_maps_to_its_label():
    assert extract_answer("Therefore the answer is Rome.", kind="multiple_choice", options=OPTIONS).answer == "C"


def test_roman_numeral_labels_are_read_when_options_use_them():
    options = {"I": "cat", "II": "dog", "III": "emu"}
    assert extract_answer("The answer is II.", kind="multiple_choice", options=options).answer == "II"


def test_arabic_labels_are_read_when_options_use_them():
    options = {"1": "cat", "2": "dog", "3": "emu"}
    assert extract_answer("I would choose (3).", kind="multiple_choice", options=options).answer == "3"


def test_stray_article_a_in_prose_is_not_an_option():
    ext = extract_answer("A cattle breeder would sell the herd in spring.", kind="multiple_choice", options=OPTIONS)
    assert ext.answer != "A" and ext.source == "final_line"


def test_plain_label_line_without_marker_is_an_option_label():
    ext = extract_answer(REASONING + "(B)", kind="multiple_choice", options=OPTIONS)
    assert (ext.answer, ext.source) == ("B", "option_label")


# --- fallbacks -----------------------------------------------------------------------------------

def test_bold_text_is_the_fallback_answer():
    ext = extract_answer(REASONING + "The review sounds **positive** overall.", kind="classification")
    assert (ext.answer, ext.source) == ("positive", "bold")


def test_bold_headings_are_not_answers():
    ext = extract_answer("**Step 1:** add.\nThe total is 9", kind="short_answer")
    assert ext.source == "final_line"


def test_last_line_is_the_fallback_answer():
    ext = extract_answer(REASONING + "Paris", kind="short_answer")
    assert (ext.answer, ext.source) == ("Paris", "final_line")


def test_math_fallback_takes_the_last_inline_formula():
    assert answer(REASONING + r"The area is $12\pi$.", kind="math") == r"12\pi"


def test_math_fallback_takes_the_value_after_the_last_equals_sign():
    assert answer("so x = 5", kind="math") == "5"


def test_math_fallback_takes_the_last_number_of_a_sentence():
    ext = extract_answer(REASONING + "So Tom has 42 apples in total.", kind="math")
    assert (ext.answer, ext.source) == ("42", "last_number")


@pytest.mark.parametrize("output", ["I'm sorry, but I cannot answer that question.",
                                    "I'm not able to compute this exactly without a calculator."])
def test_refusal_is_no_answer(output):
    assert extract_answer(output, kind="math").status == "none"


@pytest.mark.parametrize("bold, kind, expected", [
    ("**Total cost: $45**", "math", "$45"), ("**Sentiment: negative**", "classification", "negative"),
])
def test_bold_label_and_value_gives_the_value(bold, kind, expected):
    assert answer(REASONING + bold, kind=kind) == expected


def test_last_line_drops_a_leading_connective():
    assert answer(REASONING + "Therefore, Canberra", kind="short_answer") == "Canberra"


def test_math_fallback_reads_no_solution_instead_of_an_earlier_number():
    output = "We need $x^2 + 1 < 0$.\nSince a square plus one is always positive, there is no real solution."
    assert answer(output, kind="math") == "no real solution"


def test_math_fallback_reads_a_number_in_words_on_the_last_line():
    assert answer("She has 3 crates of 4 boxes.\nSo she needs twelve boxes.", kind="math") == "twelve"


def test_empty_output_is_no_answer():
    assert extract_answer("   ") == extract_answer("")
    assert extract_answer("").status == "none"


def test_answer_after_think_block_ignores_the_reasoning_answers():
    assert answer(r"<think>maybe \boxed{3}</think>The answer is 4.") == "4"


# --- size ----------------------------------------------------------------------------------------

def test_100kb_output_returns_the_final_answer():
    para = ("We have $x^2 + 3x = \\frac{1}{2}$, so the answer is probably near 5, but if the answer is 6 we "
            "recheck. 所以x的值为3。 Thus we get \\boxed{7} for now. **Step 2:** continue.\n")
    output = para * (100_000 // len(para)) + "\nFinal answer: \\boxed{42}"
    assert len(output) >= 100_000
    assert extract_answer(output, kind="math").answer == "42"


@pytest.mark.parametrize("output", ["\\boxed{" * 20_000, "the answer is " * 8_000, "{" * 100_000, "$" * 100_000])
def test_pathological_100kb_outputs_return(output):
    assert extract_answer(output, kind="math").status in ("ok", "none", "hedged", "truncated")


# --- hedges, retractions and verdict lines (general phrasings, not tied to one case) -------------

def test_a_box_offered_as_one_of_two_answers_is_hedged():
    ext = extract_answer(REASONING + r"It depends on the reading: the answer is either \boxed{12} or 21.", kind="math")
    assert (ext.answer, ext.status) == ("12", "hedged")


def test_either_way_before_a_box_is_not_a_hedge():
    ext = extract_answer(REASONING + r"Either way, the answer is \boxed{12}. Or, in words, twelve.", kind="math")
    assert (ext.answer, ext.status) == ("12", "ok")


def test_a_chinese_wait_i_miscounted_withdraws_the_answer():
    output = "所以答案为 $25$。\n\n等等，我再看一遍，好像哪里数错了。\n\n重新数一遍，共有 27 个。\n\n综上，结果是 27。"
    assert answer(output, kind="math") == "27"


@pytest.mark.parametrize("line, expected", [("No, it refers to the daughter.", "No"), ("是的，他指的是小王。", "是的"),
                                            ("不对，这句话是反讽。", "不对")])
def test_classification_final_line_opening_with_a_verdict_gives_the_verdict(line, expected):
    assert answer("The pronoun could refer to either person.\n\n" + line, kind="classification") == expected


def test_short_answer_ending_in_two_alternatives_is_hedged():
    ext = extract_answer("The ruins sit between two valleys, so Lima or Cusco.", kind="short_answer")
    assert ext.status == "hedged"


def test_short_answer_with_or_inside_a_longer_clause_is_not_hedged():
    ext = extract_answer("It is Lima, whether you fly or take the train.", kind="short_answer")
    assert ext.status == "ok"


def test_output_cut_inside_a_bold_option_is_truncated():
    output = "Let us check each option.\n\n**(A) Paris** — no.\n\n**(B) London** — no.\n\n**(C)"
    assert extract_answer(output, kind="multiple_choice", options=OPTIONS).status == "truncated"


def test_output_that_stops_while_turning_to_more_analysis_is_truncated():
    output = "先逐句读评论，再看整体语气。\n" * 12 + "分析：差评、退货、失望，都是负面信息。\n\n不过还需要考虑"
    assert extract_answer(output, kind="classification").status == "truncated"


def test_bold_answer_header_with_the_value_after_it_gives_the_value():
    assert answer(REASONING + "**答案**：鲁迅", kind="short_answer") == "鲁迅"
