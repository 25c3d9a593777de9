"""What chat models put around an answer and what science answers look like: check marks and emoji after the
final answer, a second option offered after the first ("C项 或 A"), an answer whose sentence goes on to offer
another ("可能是酸性，也可能是碱性"), a unit named by its symbol or its name (J, joule, 焦耳), a value with an SI
prefix when the question names the unit, a rounding coarser than the question asks, a pH class by another name,
and an output cut off after "which requires". Examples are our own."""

from nanofrontier.xverify import choice
from nanofrontier.xverify.asked_forms import asked_places
from nanofrontier.xverify.capture import tidy
from nanofrontier.xverify.measures import measure_decision
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.truncation import looks_cut_off
from nanofrontier.xverify.units import named_unit, prefix_free
from nanofrontier.xverify.verify import verify

FILLER = "I checked every step twice and the numbers agree with each other. " * 20


def test_check_marks_and_emoji_around_an_answer_are_decoration():
    assert tidy("\\frac{5}{9} ✔️") == "\\frac{5}{9}"
    assert tidy("✅ 42") == "42"
    assert tidy("31 cm 🎯") == "31 cm"
    assert tidy("7 ❌") == "7 ❌"  # a cross rejects the value: it stays, and the answer is no clean 7
    v = verify("Two taps fill a tub in 2 h and 5 h. Together, how many hours?",
               FILLER + "\n\n🎯 **Final Answer:** \\frac{10}{7} ✔️", "10/7")
    assert v.verdict == "Correct" and v.sure
    v = verify("What is 23 × 4? A. 82 B. 92 C. 94 D. 29", FILLER + "\n\n**Final Answer:** b ✅", "B")
    assert v.verdict == "Correct"
    v = verify("Two taps fill a tub in 2 h and 5 h. Together, how many hours?",
               FILLER + "\n\n**Final Answer:** \\frac{7}{10} ✔️", "10/7")
    assert v.verdict == "Incorrect"


def test_a_second_option_after_a_labelled_first_is_a_hedge():
    opts = {"A": "珠江", "B": "淮河", "C": "黄河", "D": "辽河"}
    assert choice.answer_labels("C项 或 A", opts) == ["C", "A"]
    assert choice.answer_labels("选项B或者选项D", opts) == ["B", "D"]
    assert choice.answer_labels("C项", opts) == ["C"]
    question = "哪条河流经郑州？\nA．珠江\nB．淮河\nC．黄河\nD．辽河"
    v = verify(question, "逐个分析选项后，C 最符合。\n\n## 最终答案\n\n**C项 或 A**", "C")
    assert v.verdict == "Incorrect" and v.rule == "extract.hedged"
    v = verify(question, "逐个分析选项后，C 最符合。\n\n## 最终答案\n\n**C项**", "C")
    assert v.verdict == "Correct" and v.sure


def test_a_sentence_that_goes_on_to_offer_another_answer_is_a_hedge():
    question = "pH 为 9.2 的溶液呈酸性、中性还是碱性？"
    v = verify(question, "比较 9.2 与 7。\n\n所以答案是可能是碱性，也可能是中性。", "碱性", kind="classification")
    assert v.verdict == "Incorrect" and v.rule == "extract.hedged"
    v = verify(question, "比较 9.2 与 7。\n\n所以答案是碱性。", "碱性", kind="classification")
    assert v.verdict == "Correct" and v.sure
    v = verify("Is the review positive or negative?", "Weighing both halves: the answer is negative, or possibly "
               "positive.", "negative", kind="classification")
    assert v.verdict == "Incorrect"


def test_a_unit_named_by_its_symbol_or_its_name_is_one_answer_when_a_unit_is_asked():
    assert named_unit("the pascal") == named_unit("Pa") == named_unit("N/m^2") == named_unit("帕斯卡")
    assert named_unit("hertz") == named_unit("赫兹") and named_unit("Isaac Newton") is None
    asked = "What is the SI unit of pressure?"
    assert short_answer_decision("Pa", "pascal", question=asked) == (True, "short.unit")
    assert short_answer_decision("the pascal", "Pa", question=asked) == (True, "short.unit")
    assert short_answer_decision("W", "joule", question="What is the SI unit of energy?")[0] is False
    assert short_answer_decision("Hz", "hertz", question="Who is the unit named after?")[0] is not False
    v = verify("频率的国际单位是什么？", "回忆定义。\n\n最终答案：$\\boxed{赫（Hz）}$", "赫兹")
    assert v.verdict == "Correct"
    v = verify("What is the SI unit of power?", FILLER + "\n\nSo the answer is W.", "watt")
    assert v.verdict == "Correct" and v.sure


def test_a_prefix_on_the_unit_the_question_names_is_that_unit():
    assert prefix_free("kPa") == prefix_free("Pa") == "Pa" and prefix_free("ml") == "l" and prefix_free("min") == "min"
    asked = "一个物体受到的压强约等于多少帕斯卡？"
    assert measure_decision("2.5 kPa", "2.5×10^3 Pa", asked)[0] is True
    assert measure_decision("212 °F", "100 °C", "What is the boiling point in degrees Celsius?")[0] is False


def test_a_rounding_coarser_than_the_question_asks_is_not_the_answer():
    assert asked_places("Give your answer to two decimal places.") == 2
    assert asked_places("保留一位小数") == 1 and asked_places("to the nearest hundredth") == 2
    assert asked_places("How long does it take?") is None
    question = "A ball falls 50 m from rest (g = 9.8 m/s^2). How long does it fall? Give your answer to two decimal " \
               "places."
    v = verify(question, "t = sqrt(2 × 50 / 9.8) = 3.194 s.\n\nFinal answer: $\\boxed{3.2 s}$", "3.19 s")
    assert v.verdict == "Incorrect"
    v = verify(question, "t = sqrt(2 × 50 / 9.8) = 3.194 s.\n\nFinal answer: $\\boxed{3.19 s}$", "3.19 s")
    assert v.verdict == "Correct"


def test_a_ph_class_by_another_name_is_the_same_label():
    v = verify("A solution has pH 11.3. Is it acidic, neutral or basic?", "pH > 7.\n\nFinal answer: alkaline",
               "basic", kind="classification")
    assert v.verdict == "Correct"
    v = verify("A solution has pH 11.3. Is it acidic, neutral or basic?", "pH > 7.\n\nFinal answer: acidic",
               "basic", kind="classification")
    assert v.verdict == "Incorrect"


def test_an_output_that_stops_on_a_verb_waiting_for_its_object_is_cut_off():
    assert looks_cut_off(FILLER + "\n\nThe remaining part is to combine them, which requires")
    assert looks_cut_off(FILLER + "\n\nThe last step needs the area, and that means")
    assert not looks_cut_off(FILLER + "\n\nThe distance is 42 km, which is what the question requires.")
    assert looks_cut_off(FILLER + "\n\n两个结果矛盾。我从头重新设定，先把各个量重新定义，然后")  # "and then"
    assert not looks_cut_off(FILLER + "\n\n所以答案是 12。")
