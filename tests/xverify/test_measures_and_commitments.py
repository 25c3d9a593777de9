"""Forms of a sixteenth and a seventeenth author: a final line offering two labels, a unit that names another
measure than the one asked, generic remarks about answers, headings and notes in bold, "the result comes out
to", relations in words, measurements converted or rounded. Examples are our own."""

from fractions import Fraction

import pytest

from nanofrontier.xverify.choice import answer_labels
from nanofrontier.xverify.circles import circle_of
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.final_values import two_forms
from nanofrontier.xverify.labels import label_equal
from nanofrontier.xverify.measures import measure_decision
from nanofrontier.xverify.name_forms import apposition_head, apposition_names, titled_surname, without_demonym
from nanofrontier.xverify.number_words import english_counts
from nanofrontier.xverify.numbers import Quantity
from nanofrontier.xverify.quantities import in_question_unit, other_measure, question_units
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.short_forms import date_for_year
from nanofrontier.xverify.text_forms import without_gloss, written_out
from nanofrontier.xverify.truncation import looks_cut_off
from nanofrontier.xverify.units import normalize_unit
from nanofrontier.xverify.verify import verify

PAD = "Let me set up the problem carefully and check each step.\n\n"
NLI_EN = "Premise: A dog sleeps. Hypothesis: An animal rests. Answer entailment, contradiction or neutral."
NLI_ZH = "请判断下列两个句子之间的关系（蕴含、矛盾或中立）。\n句子一：他在跑步。\n句子二：他在运动。"


def judged(question: str, output: str, reference: str, kind: str | None = None) -> tuple[str, str]:
    v = verify(question, PAD + output, reference, kind=kind)
    return v.verdict, v.confidence


# --- a final line that offers two labels after the answer -----------------------------------------------

@pytest.mark.parametrize("question, output, reference", [
    (NLI_ZH, "答案：蕴含\n\n不过也可以理解为中立。最终：蕴含或中立。", "蕴含"),
    (NLI_ZH, "答案：entailment（蕴含）\n\n最终：entailment（蕴含）或矛盾。", "蕴含"),
    (NLI_EN, "I'd say neither entailed nor contradicted (neutral) or contradictory, depending on reading.",
     "neutral"),
])
def test_a_final_line_offering_two_labels_is_a_hedge(question, output, reference):
    assert judged(question, output, reference, kind="classification")[0] == "Incorrect"


def test_a_final_line_with_one_label_still_commits():
    assert judged(NLI_ZH, "分析完毕。\n\n最终：蕴含", "蕴含", kind="classification") == ("Correct", "sure")


def test_neither_nor_names_the_third_label_only_when_nothing_else_is_offered():
    assert label_equal("neither entailed nor contradicted (neutral)", "neutral", NLI_EN) is True
    assert label_equal("neither entailed nor contradicted (neutral) or contradiction", "neutral", NLI_EN) is None


# --- a unit of another measure than the one asked -------------------------------------------------------

@pytest.mark.parametrize("question, output, reference", [
    ("A box is 10 cm by 9 cm by 2 cm. What is its volume?", "V = 10 × 9 × 2 = 180 cm³.\n\nFinal answer: 180 cm²",
     "180"),
    ("一个长方形长 8 米，宽 5 米，求它的面积。", "面积 = 8 × 5 = 40。\n\n最终答案：40 米", "40"),
])
def test_a_unit_of_another_measure_than_the_one_asked_is_not_sure(question, output, reference):
    assert judged(question, output, reference, kind="math") == ("Incorrect", "unsure")


def test_the_asked_measure_is_read_from_the_words_that_ask_it():
    assert other_measure(Quantity(value=180, unit="cm^2", places=None), "Its length is 10 cm. What is its volume?")
    assert not other_measure(Quantity(value=180, unit="cm^3", places=None), "What is its volume?")
    assert not other_measure(Quantity(value=40, unit="m^2", places=None), "求它的面积。")
    assert not other_measure(Quantity(value=4, unit="kg", places=None), "What is its volume?")  # not a length
    assert not other_measure(Quantity(value=60, unit="cm^3", places=None),
                             "Find the volume of a box whose base area is 20 cm^2.")  # an area given, a volume asked
    assert other_measure(Quantity(value=40, unit="m", places=None), "长方形的面积是多少？")


def test_a_matching_unit_of_the_asked_measure_stays_sure():
    assert judged("A box is 10 cm by 9 cm by 2 cm. What is its volume?", "Final answer: 180 cm^3", "180",
                  kind="math") == ("Correct", "sure")


# --- remarks about answers in general; a marker with nothing after it ---------------------------------------

@pytest.mark.parametrize("output", [
    "Quiz writers know the 'obvious' answer is sometimes the wrong one.\n\nSo, my answer is: 206.",
    "The answer is usually a whole number here. My answer is 206.",
])
def test_a_remark_about_what_answers_tend_to_be_commits_to_nothing(output):
    assert extract_answer(output, kind="short_answer").answer == "206"


def test_an_adverb_before_a_value_is_no_part_of_it():
    assert extract_answer("No matter the order, the answer is always 12.", kind="math").answer == "12"


def test_a_marker_closing_a_bracket_commits_to_nothing():
    output = "### 答案\n\n最终答案：x=7，y=3\n\n（常见错误是把中间结果当成最终答案）\n\n本题已核对。"
    assert extract_answer(output, kind="math").answer.replace(" ", "") == "x=7,y=3"


def test_choosing_a_kind_of_thing_is_no_answer():
    output = "最终答案：39\n\n形式不同但相等，因此选一种简洁的形式书写即可。"
    assert extract_answer(output, kind="math").answer == "39"


# --- headings in bold; "the result comes out to" -------------------------------------------------------------

@pytest.mark.parametrize("output", [
    "- Area = 12 × 11 = 132 m².\n- **Side note.** Nothing here is redundant.\n\nIn a full sentence: the result "
    "comes out to 132 m^2.",
    "**Step 8.** **Side note:** nothing subtle.\n\nSo the result is 132 m^2.",
])
def test_a_bold_run_in_heading_after_a_bullet_is_no_answer(output):
    assert judged("What is its area?", output, "132 m^2", kind="math") == ("Correct", "unsure")


@pytest.mark.parametrize("output", [
    "If I had mixed up the order of operations the result would be off. The total is 12.",
    "A quick sanity check: the result is plausible. The total is 12.",
])
def test_the_result_described_is_no_answer(output):
    assert extract_answer(output, kind="math").answer == "12"


# --- relations in words ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer, relation", [
    ("all k greater than 1", "k > 1"),
    ("x is less than or equal to 3", "x \\le 3"),
    ("every x at least -2", "x \\ge -2"),
    ("all real values of a no more than 5", "a \\le 5"),
])
def test_a_one_sided_relation_in_words_is_read(answer, relation):
    assert written_out(answer) == relation


def test_a_relation_in_words_matches_its_inequality():
    assert judged("For which k is x^2 - 2x + k > 0 for all x?", "The answer is all k greater than 1.", "k > 1",
                  kind="math")[0] == "Correct"
    assert judged("For which k is x^2 - 2x + k > 0 for all x?", "The answer is all k less than 1.", "k > 1",
                  kind="math")[0] == "Incorrect"


# --- measurements: converted units, written precision ---------------------------------------------------------

@pytest.mark.parametrize("pred, reference, expected", [
    ("212 °F", "100 °C", (True, "short.converted")),
    ("about 2800 °F", "1538 °C", (True, "short.converted")),  # 2800.4 °F, to the hundreds written
    ("299,792,458 m/s", "3.00 × 10^8 m/s", (True, "short.rounded")),  # the reference is to three figures
    ("9.46 \\times 10^{15} 米", "9.46×10¹²千米", (True, "short.converted")),
    ("约9.46万亿千米", "9.46×10¹²千米", (True, "short.number")),  # one value and unit, written two ways
    ("5 km", "5000 m", (True, "short.converted")),
    ("200 °F", "100 °C", None),  # a different value: the other rules say so
    ("5 kg", "5 m", None),  # no conversion
])
def test_measurements_compare_after_conversion_and_within_the_precision_written(pred, reference, expected):
    assert measure_decision(pred, reference) == expected


def test_a_measurement_converted_from_another_unit_than_the_asked_one_is_not_accepted():
    assert measure_decision("212 °F", "100 °C", "What is it, in degrees Celsius?") == (False, "short.converted")
    assert measure_decision("100 °C", "212 °F", "水的沸点是多少华氏度？") == (False, "short.converted")


def test_a_converted_measurement_is_correct_but_unsure():
    question = "At what temperature does water boil at sea level?"
    assert judged(question, "The answer is 212 °F.", "100 °C", kind="short_answer") == ("Correct", "unsure")
    assert judged(question, "The answer is 100 °C.", "100 °C", kind="short_answer") == ("Correct", "sure")


def test_an_approximate_gloss_in_brackets_names_the_value():
    question = "What is the melting point of iron?"
    assert judged(question, "The answer is 1,811 K (≈1538 °C).", "1538 °C", kind="short_answer") \
        == ("Correct", "unsure")


# --- names: middle names and their initials, titles, appositions -----------------------------------------------

@pytest.mark.parametrize("pred, reference, expected", [
    ("John Fitzgerald Kennedy", "John F. Kennedy", True),
    ("President John Fitzgerald Kennedy", "John F. Kennedy", True),
    ("George Walker Bush", "George W. Bush", True),
    ("George Herbert Bush", "George W. Bush", None),  # another middle name: another man
])
def test_a_middle_name_matches_its_initial_and_a_title_is_dropped(pred, reference, expected):
    assert short_answer_decision(pred, reference, question="Who was it?")[0] is expected


@pytest.mark.parametrize("pred, head", [
    ("Jupiter — the fifth planet from the Sun", "Jupiter"),
    ("Neil Armstrong, commander of Apollo 11", "Neil Armstrong"),
    ("Quebec City, Quebec, Canada", "Quebec City"),
    ("Rio de Janeiro, Brazil", "Rio de Janeiro"),
    ("Paris, Texas", None),  # another Paris
    ("Marie Curie, 1911", None),  # says more
    ("Mars, or maybe Venus", None),  # a second answer
    ("Canberra, Australian Capital Territory", None),  # a region the rules cannot place
])
def test_an_apposition_that_describes_or_locates_the_name_is_read(pred, head):
    assert apposition_head(pred) == head


def test_a_described_name_is_correct_but_unsure():
    question = "Which planet is the largest?"
    assert judged(question, "The answer is Jupiter — the fifth planet from the Sun.", "Jupiter",
                  kind="short_answer") == ("Correct", "unsure")
    assert judged(question, "The answer is Saturn — the sixth planet from the Sun.", "Jupiter",
                  kind="short_answer")[0] == "Incorrect"


# --- more forms: "So it's B", chances, the question's own unit, a last step left unfinished ---------------------

CHOICES = "Which animal barks?\nA. Cat\nB. Dog\nC. Cow\nD. Pig"


def test_a_label_after_its_closes_the_answer():
    assert judged(CHOICES, "The others are ruled out.\n\nSo it's B", "B")[0] == "Correct"
    assert judged(CHOICES, "The others are ruled out.\n\nSo it's C", "B")[0] == "Incorrect"


@pytest.mark.parametrize("answer, fraction", [("3 in 8", "3/8"), ("1 out of 4", "1/4"), ("5 in 8 chances", "5/8")])
def test_chances_are_a_fraction(answer, fraction):
    assert written_out(answer) == fraction


@pytest.mark.parametrize("question, output, reference", [
    ("Ben buys 6 pens at $2.25 each and pays with $20. How much change does he get?",
     "Final answer: 650 cents", "6.5"),
    ("A box is 11 cm by 8 cm by 4 cm. What is its volume?", "Final answer: 0.352 L", "352"),
    ("小明买了3支笔，每支2.5元。一共花了多少钱？", "最终答案：75角", "7.5"),
])
def test_a_value_converted_into_the_questions_own_unit_is_correct_but_unsure(question, output, reference):
    assert judged(question, output, reference, kind="math") == ("Correct", "unsure")


def test_the_units_of_a_question_are_read_from_its_numbers():
    assert question_units("Ben pays $2.25 each for 11 cm of ribbon.") == {"$", "cm"}
    assert not in_question_unit(Quantity(value=651, unit="cent", places=None),
                                Quantity(value=Fraction(13, 2), unit=None, places=None), "It costs $20.")


@pytest.mark.parametrize("ending, cut", [
    ("Now for the last step, we compute", True),
    ("Substituting back, this gives", True),
    ("So the rate is 4 pages per minute", False),
    ("So 4 is the value that we get", False),  # the object came first
])
def test_an_output_that_stops_before_the_value_it_announces_is_cut_off(ending, cut):
    assert looks_cut_off(PAD * 5 + ending) is cut


# --- a word the question supplies, rates of counts, an expression with a unit, a note in Chinese -----------------

@pytest.mark.parametrize("name, question, bare", [
    ("Japanese yen", "What is the currency of Japan?", "yen"),
    ("Chinese yuan", "What currency does China use?", "yuan"),
    ("German mark", "What was the currency of Germany?", "mark"),
    ("Mount Fuji", "Which mountain is in Japan?", None),  # no word of the reference comes from the question
])
def test_a_word_derived_from_a_name_in_the_question_may_be_left_out(name, question, bare):
    assert without_demonym(name, question) == bare


def test_an_answer_without_the_questions_word_is_correct_but_unsure():
    question = "What is the currency of Japan?"
    assert judged(question, "The answer is the yen.", "Japanese yen", kind="short_answer") == ("Correct", "unsure")
    assert judged(question, "The answer is the won.", "Japanese yen", kind="short_answer")[0] == "Incorrect"


def test_a_count_per_unit_of_time_is_a_unit():
    assert normalize_unit("pages per minute") == "page/min"
    assert normalize_unit("apples per box") is None  # a box is no unit
    assert judged("How many pages per minute?", "Final answer: 4 1/2 pages per minute", "4.5", kind="math")[0] \
        == "Correct"


@pytest.mark.parametrize("output, reference", [
    ("最终答案：81\\pi 平方厘米", "81\\pi"),
    ("Final answer: 16\\sqrt{3} cm^2", "16\\sqrt3"),
    ("答：面积是 81\\pi 平方厘米", "81\\pi"),
])
def test_an_expression_with_a_unit_the_reference_leaves_out_is_correct(output, reference):
    assert judged("求面积。", output, reference, kind="math")[0] == "Correct"
    assert judged("求面积。", output.replace("81", "82").replace("16", "15"), reference, kind="math")[0] \
        == "Incorrect"


@pytest.mark.parametrize("answer, value", [
    ("-3（在x=2处取得）", "-3"),
    ("3（也可能是4）", "3（也可能是4）"),  # another value offered, not a note
    ("5（单位：米）", "5"),
])
def test_a_note_in_chinese_after_a_value_is_set_aside(answer, value):
    assert without_gloss(answer) == value


# --- a whole date for a year; one name written two ways across a slash ---------------------------------------------

@pytest.mark.parametrize("pred, reference, question, expected", [
    ("1949年10月1日", "1949年", "中华人民共和国成立于哪一年？", True),
    ("October 1, 1949", "1949", "In what year was it founded?", True),
    ("October 1, 1948", "1949", "In what year was it founded?", False),
    ("1949年10月1日", "1949年", "成立于哪一天？", None),  # no year asked
])
def test_a_whole_date_answers_a_year_by_its_year(pred, reference, question, expected):
    assert date_for_year(pred, reference, question) is expected


@pytest.mark.parametrize("pred, expected", [
    ("円 / yen", True),  # another script
    ("the African lion / lion", True),  # the same name, qualified
    ("Jupiter / Saturn", None),  # two names
])
def test_one_name_written_two_ways_across_a_slash_matches(pred, expected):
    reference = {"円 / yen": "yen", "the African lion / lion": "lion"}.get(pred, "Jupiter")
    assert short_answer_decision(pred, reference)[0] is expected


# --- amounts in number words; a value restated after "that is" ----------------------------------------------------

@pytest.mark.parametrize("text, digits", [
    ("eight dollars and seventy-five cents", "8 dollars and 75 cents"),
    ("three hundred and five apples", "305 apples"),
    ("twenty-one", "21"),
])
def test_whole_numbers_in_english_words_become_digits(text, digits):
    assert english_counts(text) == digits


def test_an_amount_in_number_words_equals_its_value():
    question = "Fatima pays with $20 for $11.25 of notebooks. How much change does she receive?"
    assert judged(question, "The answer is eight dollars and seventy-five cents.", "8.75 dollars", kind="math")[0] \
        == "Correct"
    assert judged(question, "The answer is eight dollars and seventy cents.", "8.75 dollars", kind="math")[0] \
        == "Incorrect"


def test_a_value_restated_after_that_is_on_the_last_line_is_the_answer():
    output = "Slope 3, intercept 4.\n\nRounded sensibly, that is 3x - y + 4 = 0; the exact working gives the same."
    assert extract_answer(output, kind="math").answer == "3x - y + 4 = 0"


@pytest.mark.parametrize("pred, names", [
    ("Eric Arthur Blair, pen name George Orwell", ["Eric Arthur Blair", "George Orwell"]),
    ("Samuel Clemens, better known as Mark Twain", ["Samuel Clemens", "Mark Twain"]),
    ("F, the farad", ["F", "farad"]),
    ("Jupiter, fifth from the Sun", ["Jupiter"]),
    ("Paris, Texas", []),
])
def test_an_apposition_may_give_another_name_for_the_same_one(pred, names):
    assert apposition_names(pred) == names


@pytest.mark.parametrize("pred, reference, expected", [
    ("列奥纳多·迪·皮耶罗·达·芬奇", "列奥纳多·达·芬奇", True),  # the middle names written out
    ("列夫·尼古拉耶维奇·托尔斯泰", "列夫·托尔斯泰", True),
    ("阿列克谢·托尔斯泰", "列夫·托尔斯泰", None),  # another first name
])
def test_a_foreign_name_in_chinese_with_or_without_its_middle_names_matches(pred, reference, expected):
    assert short_answer_decision(pred, reference, question="谁？")[0] is expected


# --- circles by centre and radius --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, circle", [
    ("center (2, -3), radius 5", (2, -3, 5)),
    ("C=(2,-3), r=5", (2, -3, 5)),
    ("圆心(2,-3)，半径5", (2, -3, 5)),
    ("(x-2)^2+(y+3)^2=25", (2, -3, 5)),
    ("(x-2)^2+(y+3)^2=25, i.e. centre (2,-3), r=5", (2, -3, 5)),
    ("(x-2)^2+(y+3)^2=25, centre (2,3), r=5", None),  # the two readings disagree
    ("(2, -3)", None),  # a point
])
def test_a_circle_is_read_by_its_centre_and_radius(text, circle):
    assert circle_of(text) == circle


@pytest.mark.parametrize("output, verdict", [
    ("Final answer: C=(2,-3), r=5", "Correct"),
    ("Final answer: (x-2)^2+(y+3)^2=25", "Correct"),
    ("Final answer: center at (2, -3) with r = 6", "Incorrect"),
])
def test_a_circle_written_another_way_is_compared_by_centre_and_radius(output, verdict):
    question = "Find the centre and radius of the circle x^2 - 4x + y^2 + 6y = 12."
    assert judged(question, output, "center (2, -3), radius 5", kind="math") == (verdict, "unsure")


# --- further forms of earlier authors: a transposed row, 选 before several labels

@pytest.mark.parametrize("output, verdict", [
    ("Final answer: (17, 39)^T", "Correct"),
    ("Final answer: [17, 39]^{\\top}", "Correct"),
    ("Final answer: (17, 40)^T", "Incorrect"),
])
def test_a_transposed_row_is_a_column_vector(output, verdict):
    assert judged("Compute Av.", output, "\\begin{pmatrix}17\\\\39\\end{pmatrix}", kind="math")[0] == verdict


def test_the_verb_before_several_labels_is_no_part_of_them():
    options = {"A": "风能", "B": "煤炭", "C": "太阳能", "D": "天然气"}
    assert answer_labels("选AC", options) == ["A", "C"]
    assert answer_labels("故选：C", options) == ["C"]


@pytest.mark.parametrize("pred, reference, question, expected", [
    ("撒哈拉", "撒哈拉沙漠", "世界上面积最大的沙漠是哪一个？", True),
    ("撒哈拉", "撒哈拉沙漠", "非洲最大的是什么？", None),  # the question names no desert
    ("喜马拉雅", "喜马拉雅山脉", "世界上最高的山脉是？", True),
])
def test_a_chinese_generic_word_the_question_uses_may_be_left_out(pred, reference, question, expected):
    assert short_answer_decision(pred, reference, question=question)[0] is expected



@pytest.mark.parametrize("pred, reference, expected", [
    ("Madame Curie", "Marie Curie", True),
    ("President Lincoln", "Abraham Lincoln", True),
    ("President Kennedy", "Abraham Lincoln", False),
    ("Curie", "Marie Curie", False),  # no title
])
def test_a_title_and_the_surname_name_the_person(pred, reference, expected):
    assert titled_surname(pred, [reference]) is expected
    if expected:
        assert short_answer_decision(pred, reference, question="Who was it?") == (True, "short.full_name")


def test_a_value_with_a_chinese_unit_restated_in_brackets_is_one_value_written_twice():
    assert two_forms("2.4 立方米(即 2400 L)") == ("2.4 立方米", "2400 L")
    assert judged("水池能装多少升水？", "答案：2.4 立方米(即 2400 L)", "2400 升", kind="math")[0] == "Correct"
    assert judged("水池能装多少升水？", "答案：2.4 立方米(即 2500 L)", "2400 升", kind="math")[0] == "Incorrect"
