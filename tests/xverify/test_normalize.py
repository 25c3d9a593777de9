"""normalize.clean_output / normalize_text: the reasoning is dropped, unicode folded, markdown stripped."""

import pytest

from nanofrontier.xverify.normalize import clean_output, fold_unicode, normalize_text, strip_thinking


def test_clean_output_keeps_only_text_after_last_think_close():
    out = "<think>the answer is 3</think>draft</think>The answer is 5."
    assert clean_output(out) == "The answer is 5."


def test_clean_output_keeps_unclosed_think_reasoning_and_its_tag():
    assert clean_output("<think>Let me compute 2+2 = 4 and then") == "<think>Let me compute 2+2 = 4 and then"


def test_strip_thinking_without_tags_is_identity():
    assert strip_thinking("plain answer 7") == "plain answer 7"


def test_full_width_punctuation_and_digits_fold_to_ascii():
    assert clean_output("答案：（Ｂ），共１２个") == "答案:(B),共12个"


def test_chinese_full_stop_and_enumeration_comma_fold():
    assert clean_output("解为1、2、3。") == "解为1, 2, 3."


def test_unicode_minus_times_divide_fold_to_ascii_latex():
    assert clean_output("−3 × 4 ÷ 2") == r"-3 \times 4 / 2"


def test_middle_dot_between_digits_is_multiplication_but_not_in_names():
    assert clean_output("2·3") == r"2\cdot 3"
    assert clean_output("列夫·托尔斯泰") == "列夫·托尔斯泰"


def test_superscripts_become_powers_instead_of_digits():
    assert clean_output("x² + 10⁻³") == "x^2 + 10^{-3}"


def test_square_root_and_pi_become_latex():
    assert clean_output("√2 and 2π") == r"\sqrt{2} and 2\pi"


def test_markdown_bold_is_stripped():
    assert clean_output("The answer is **73**.") == "The answer is 73."


def test_keep_bold_leaves_markers_for_the_bold_fallback():
    assert clean_output("The answer is **73**.", keep_bold=True) == "The answer is **73**."


def test_markdown_headings_and_code_fences_are_stripped():
    assert clean_output("## Solution\n```python\nprint(1)\n```\nDone `x`") == "Solution\nprint(1)\nDone x"


def test_gsm8k_hash_answer_line_is_not_taken_for_a_heading():
    assert clean_output("#### 72") == "#### 72"


@pytest.mark.parametrize("line", ["#### \\frac{3}{4}", "#### (2,5)", "#### $x=3$", "#### [0,1)"])
def test_gsm8k_hash_answer_line_with_a_formula_is_not_taken_for_a_heading(line):
    assert clean_output(line) == line
    assert clean_output("#### Step two") == "Step two"


def test_whitespace_runs_collapse_but_newlines_stay():
    assert clean_output("a  \t b \n\n\n\n  c\r\n d") == "a b\n\nc\nd"


def test_zero_width_characters_are_removed():
    assert clean_output("4\u200b2") == "42"


def test_fold_unicode_leaves_ascii_untouched():
    assert fold_unicode(r"\frac{1}{2}") == r"\frac{1}{2}"


@pytest.mark.parametrize("raw, expected", [
    ("The Eiffel Tower.", "eiffel tower"),
    ('"Paris"', "paris"),
    (r"\text{New York}", "new york"),
    ("$x$", "x"),
    ("an apple", "apple"),
    ("U.S.A.", "usa"),
    ("don't", "dont"),
])
def test_normalize_text_drops_case_punctuation_articles_quotes_and_latex(raw, expected):
    assert normalize_text(raw) == expected


def test_normalize_text_keeps_decimal_points_and_leading_minus():
    assert normalize_text("-3.5") == "-3.5"
    assert normalize_text("3.5") != normalize_text("35")


def test_normalize_text_drops_thousands_separators():
    assert normalize_text("1,000") == "1000"


def test_normalize_text_keeps_a_lone_article_such_as_option_a():
    assert normalize_text("A") == "a"


def test_normalize_text_folds_chinese_punctuation():
    assert normalize_text("北京。") == normalize_text("北京")
