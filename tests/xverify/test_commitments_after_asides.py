"""Forms of a twentieth and a twenty-first author: where the final commitment is when asides follow it (a survey
of every option, a remark on a distractor, a list of pitfalls whose values are called wrong, a description of the
answer's form, an answer only inside the reasoning), and Chinese forms (a tick or a cross for 对/错, label words in
traditional characters, 因此属于…, 因此，<value>, 百分之四, 公顷, x１＝１). Examples are our own."""

from nanofrontier.xverify.caveats import signed
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.labels import label_equal
from nanofrontier.xverify.math_answers import compare_math
from nanofrontier.xverify.numbers import clock_minutes, parse_quantity
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.verdict import Budget
from nanofrontier.xverify.verify import verify

BIRDS = "Which bird cannot fly?\nA. Sparrow\nB. Penguin\nC. Eagle\nD. Swallow"
NLI = "Premise and hypothesis: answer entailment, neutral or contradiction."
FEVER = "Fact-check the claim. Answer SUPPORTS, REFUTES, or NOT ENOUGH INFO."


def test_a_line_surveying_every_option_is_no_hedge_and_never_a_sure_verdict():
    out = ("Option A (Sparrow): flies. Option B (Penguin): swims. Option C (Eagle): soars. Option D (Swallow): flies.\n"
           "\nPenguins have flippers instead of flight feathers.")
    v = verify(BIRDS, out, "B")
    assert v.rule != "extract.hedged" and not v.sure  # four options weighed: no two answers offered


def test_a_label_glossed_with_its_own_text_in_prose_is_the_answer_past_a_closing_remark():
    out = ("Penguins have flippers instead of flight feathers. That makes B (Penguin) the one that fits.\n\n"
           "One more remark on the distractor D: swallows migrate far, which is why people pick it.")
    v = verify(BIRDS, out, "B")
    assert (v.verdict, v.extracted) == ("Correct", "B") and not v.sure  # a plain statement: a fallback
    assert verify(BIRDS, out, "D").verdict == "Incorrect"
    cn = "企鹅用鳍状翅膀游泳。所以 B（Penguin）符合题意。\n\n再说一句干扰项 A：麻雀很常见。"
    assert verify(BIRDS, cn, "B").verdict == "Correct"


def test_an_answer_only_inside_the_reasoning_is_read_but_never_sure():
    out = "<think>\nThe record contradicts the claim.\n\nThat is why the answer is Refutes.\n</think>\n"
    v = verify(FEVER, out, "REFUTES")
    assert v.verdict == "Correct" and not v.sure
    assert verify("What is 6 x 7?", "<think>So the answer is 42.</think>", "41").sure is False


def test_a_tick_or_a_cross_alone_is_the_verdict_of_a_true_or_false_question():
    assert label_equal("\\sqrt", "对", "判断：") is True  # √ as unicode folding writes it
    assert label_equal("√", "对", "判断：") is True
    assert label_equal("×", "错", "判断正误：") is True
    assert label_equal("\\times", "对", "判断正误：") is False
    assert verify("判断：三角形的内角和是180度。", "分析：内角和定理。\n\n判断：√", "对").verdict == "Correct"


def test_label_words_in_traditional_characters_are_the_same_labels():
    assert label_equal("蘊含", "蕴含", NLI) is True
    assert label_equal("負面", "negative", "sentiment: positive or negative") is True
    assert label_equal("正確", "对", "判断：") is True
    assert label_equal("蘊含", "contradiction", NLI) is False


def test_a_multi_word_label_written_as_its_initials_or_in_full_is_that_label():
    assert label_equal("NEI", "NOT ENOUGH INFO", FEVER) is True
    assert label_equal("Not enough information", "NOT ENOUGH INFO", FEVER) is True
    assert label_equal("Not enough", "NOT ENOUGH INFO", FEVER) is None
    assert label_equal("SUPPORTS", "NOT ENOUGH INFO", FEVER) is False
    assert extract_answer("No record exists.\n\nThe answer is Not enough information.",
                          kind="classification").answer == "Not enough information"  # "not enough": no negation


def test_a_sentence_naming_every_label_of_a_three_way_task_names_none():
    out = "如果是蕴含，前提为真时假设一定为真；如果是矛盾，二者不能同时为真；如果两者都不是，就是中立。"
    assert verify("语句一：……语句二：……两句话的关系是？", out, "矛盾").verdict == "Incorrect"
    assert label_equal("because it is entailment and not neutral", "entailment", "Is it entailed?") is True


def test_the_chinese_copula_shu_yu_states_a_label():
    out = "逐项对应，假设可以由前提推出。\n\n因此属于entailment（蕴含）。 我再核对一下关键词，结论不变。"
    v = verify(NLI, out, "entailment")
    assert (v.verdict, v.extracted) == ("Correct", "entailment(蕴含)")
    assert verify(NLI, "因此不属于矛盾，而是中立。", "contradiction").verdict == "Incorrect"


def test_a_value_the_output_calls_wrong_on_its_own_line_is_no_commitment():
    out = ("The sum is 30 x 61 = 1830.\n\n### Pitfalls\n- the last term is 60, so the answer is 1800. ← this would "
           "give 1800, which is wrong.\n\n**Answer.** 1830")
    ext = extract_answer(out, kind="math")
    assert ext.answer == "1830" and ext.source == "final_answer"
    cn = "合作需要2天。\n\n综上所述，答案是2天。\n\n**易错提醒**：换算成小时：所以答案是48。 这样会错误地得到 48。"
    assert extract_answer(cn, kind="math").answer == "2天"


def test_a_counterfactual_answer_is_no_commitment():
    out = "7^4 ≡ 1, so 7^{2023} ≡ 7^3 ≡ 43 (mod 100).\n\n(A remainder of 0 would have meant the answer is 1.) Hence 43."
    assert extract_answer(out, kind="math").answer != "1"
    assert verify("Find 7^{2023} mod 100.", out, "43").verdict == "Correct"


def test_a_description_of_the_answer_s_form_is_no_value():
    for said in ("The answer is a single integer (the sum).", "The answer should be written as y = mx + b.",
                 "A decimal would not do as the final answer — I need an exact radical."):
        out = f"Plan first. {said}\n\nThe line through the points: slope 3, intercept 2.\n\n=> y = 3x + 2"
        assert extract_answer(out, kind="math").answer == "y = 3x + 2", said
    assert extract_answer("So the answer is a score of 52.", kind="math").answer == "a score of 52"


def test_a_value_after_yin_ci_with_a_comma_is_the_answer():
    out = "所以 N＝15.05×10²³。\n即 1.505×10^23。\n\n因此，1.505 \\times 10^{23}。"
    assert extract_answer(out, kind="math").answer == "1.505 \\times 10^{23}"


def test_roots_written_with_indices_are_a_set_of_values():
    q = "解方程：x^2 + 8x - 9 = 0"
    assert compare_math(q, "x1=1, x2=-9", "x = -9 \\text{ or } x = 1", Budget())[0] is True
    assert verify(q, "最终答案：x１＝１， x２＝－９", "x = -9 \\text{ or } x = 1").verdict == "Correct"  # full-width
    assert compare_math(q, "x1=1, x2=9", "x = -9 \\text{ or } x = 1", Budget())[0] is False


def test_a_change_in_chinese_percent_words_is_signed_like_digits():
    assert signed("降低了百分之四") == signed("降低了4%") == "-4%"
    assert signed("下降了百分之二点五") == "-2.5%"
    v = verify("现价比原价降低了百分之几？", "**答案**：降低了百分之四", "降低了4%", kind="math")
    assert v.verdict == "Correct"


def test_hectares_in_words_or_chinese_are_the_unit_ha():
    assert verify("面积是多少公顷？", "面积是 0.9 hectares。\n\n答案：0.9 hectares", "0.9公顷").verdict == "Correct"
    assert verify("How many hectares?", "The answer is 1.8 hectares.", "1.8 ha").verdict == "Correct"
    assert verify("How many hectares?", "The answer is 1.2 hectares.", "1.8 ha").verdict == "Incorrect"


def test_two_names_across_a_slash_in_one_script_are_two_answers():
    assert short_answer_decision("Marie Curie / Pierre Curie", "Marie Curie") == (None, "short.two_names")
    assert short_answer_decision("居里夫人 / 皮埃尔", "居里夫人") == (None, "short.two_names")
    assert short_answer_decision("Tokyo / 東京", "Tokyo") == (True, "short.glossed")  # a gloss in another script
    v = verify("Who discovered radium?", "The answer is Marie Curie / Pierre Curie.", "Marie Curie")
    assert v.verdict == "Incorrect" and not v.sure  # the other name may be an alias the rules miss


def test_a_label_trailing_off_into_a_turn_gives_way_to_what_follows():
    out = "整体看是负面评价。\n\n所以应该是负面……不过再想想，还是正面吧。\n\n**正面**"
    assert extract_answer(out, kind="classification").answer == "正面"
    assert verify("这条评论的情感是正面还是负面？", out, "负面").verdict == "Incorrect"
    en = "So it is negative... but on second thought, positive.\n\n**positive**"
    assert verify("Sentiment: positive or negative?", en, "positive").verdict == "Correct"


def test_a_last_number_in_scientific_notation_or_mixed_is_read_whole():
    assert extract_answer("The mass ratio is found, so we get 6.02 × 10^23 atoms.", kind="math").answer \
        == "6.02\\times10^23"
    assert extract_answer("Counting again, so we get 12 atoms.", kind="math").answer == "12"
    out = "Check: 5.625 cups.\n\nSo the scaled recipe needs 5 5/8 cups of flour."  # a mixed number, whole
    assert extract_answer(out, kind="math").answer == "5 5/8"
    assert verify("How many cups?", out, "5\\frac{5}{8}", kind="math").verdict == "Correct"


def test_a_condition_read_out_of_set_builder_form_loses_the_closing_brace():
    out = "The endpoints are excluded. In set-builder form: {x : -3 < x < 5}."
    assert extract_answer(out, kind="math").answer == "-3 < x < 5"
    assert verify("Solve |x - 1| < 4.", out, "(-3, 5)", kind="math").verdict == "Correct"


def test_so_it_is_before_a_final_short_answer_is_no_part_of_it():
    out = "Haydn wrote other seasons; the violin concertos are his.\n\nSo it's Antonio Lucio Vivaldi."
    assert extract_answer(out, kind="short_answer").answer == "Antonio Lucio Vivaldi"
    assert extract_answer("It is Lima, whether you fly or take the train.", kind="short_answer").status == "ok"


def test_pressures_in_other_units_convert_but_never_surely_for_a_short_answer():
    v = verify("What is standard atmospheric pressure?", "The pressure at sea level.\n\n101.3 kPa", "1.013×10^5 Pa",
               kind="short_answer")
    assert v.verdict == "Correct" and not v.sure
    assert verify("Pressure?", "The answer is 90 kPa.", "1.013×10^5 Pa", kind="short_answer").verdict == "Incorrect"


def test_a_clock_time_in_chinese_numerals_is_that_time():
    assert clock_minutes("下午二点四十分") == clock_minutes("14:40") == 880
    assert clock_minutes("十四时四十分") == 880
    assert clock_minutes("下午三点四十分") != 880
    v = verify("火车几时几分到达？", "出发9:50，行驶4小时50分。\n\n所以结果为下午二点四十分。", "14:40", kind="math")
    assert v.verdict == "Correct"


def test_a_rate_in_chinese_word_order_is_that_rate():
    assert parse_quantity("每秒10米") == parse_quantity("10米每秒") == parse_quantity("10 m/s")
    assert parse_quantity("每小时36千米").unit == "km/h"
    assert verify("速度是每秒多少米？", "综上所述，答案是每秒10米。", "10 m/s", kind="math").verdict == "Correct"
    assert verify("速度是每秒多少米？", "综上所述，答案是每秒12米。", "10 m/s", kind="math").verdict == "Incorrect"
