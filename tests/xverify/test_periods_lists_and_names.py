"""Short answers as readers of long passages write them: a century as hundreds ("the 1500s"), a decade in words,
a year before the common era in another notation, a list with one item too many or too few, a theorem's name
without its possessive, a transliterated Chinese name by its last part, and an answer sentence that goes on
with ", and I am sure of it". Examples are our own."""

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.periods import compare_periods, period
from nanofrontier.xverify.person_names import cjk_name_part, contains_phrase
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.verify import verify


def test_centuries_decades_and_eras_read_as_spans_of_years():
    assert period("the 15th century") == (1401, 1500, "century")
    assert period("the fifteenth century") == period("十五世纪") == (1401, 1500, "century")
    assert period("the 1400s") == (1400, 1499, "hundreds")
    assert period("the 1980s") == (1980, 1989, "decade")
    assert period("the eighties")[2] == "decade_of_any_century"
    assert period("3rd century BC") == (-300, -201, "century")
    assert period("31 BCE") == period("公元前31年") == period("前31年") == (-31, -31, "year")
    assert period("1480") is None and period("the 15th century and after") is None


def test_two_spans_are_the_same_only_when_their_years_are():
    assert compare_periods("the 1400s", "15th century") is True
    assert compare_periods("the 1500s (around 1520)", "16th century") is True  # a remark after the span
    assert compare_periods("the 1500s", "15th century") is False
    assert compare_periods("the eighties", "1980s") is True and compare_periods("the nineties", "1980s") is False
    assert compare_periods("31 BCE", "31 BC") is True and compare_periods("32 BC", "31 BC") is False
    assert compare_periods("the 1980s", "20th century") is None  # a decade inside the century: not plainly wrong
    assert short_answer_decision("the 1400s", "15th century") == (True, "short.period")
    v = verify("In which century was the press built?", "The passage dates it to 1452.\n\nAnswer: the 1400s",
               "15th century")
    assert v.verdict == "Correct" and not v.sure


def test_a_list_with_one_item_too_many_or_too_few_is_no_match():
    assert short_answer_decision("Ines, Bruno, Kaito and Lena", "Ines, Bruno and Kaito") == (False, "short.extra_item")
    assert short_answer_decision("Bruno and Kaito", "Ines, Bruno and Kaito") == (False, "short.missing_item")
    assert short_answer_decision("Kaito, Ines and Bruno", "Ines, Bruno and Kaito")[0] is not False  # another order
    assert short_answer_decision("Tuesday, May 5, 2026", "May 5, 2026")[0] is not False  # a date is no list
    v = verify("Who signed the charter?", "Reading the passage again.\n\nAnswer: Ines, Bruno, Kaito and Lena",
               "Ines, Bruno and Kaito")
    assert v.verdict == "Incorrect"


def test_a_name_without_its_possessive_is_the_same_name():
    assert short_answer_decision("\\text{Fermat little theorem}", "Fermat's little theorem") == (True, "short.alias")
    assert short_answer_decision("Menelaus' theorem", "Menelaus theorem") == (True, "short.alias")
    assert short_answer_decision("Ceva's theorem", "Menelaus' theorem")[0] is not True


def test_a_transliterated_chinese_name_by_its_last_part():
    assert cjk_name_part("陀思妥耶夫斯基", ["费奥多尔·陀思妥耶夫斯基"])
    assert cjk_name_part("安东·契诃夫", ["契诃夫"])
    assert not cjk_name_part("契诃夫", ["托尔斯泰"]) and not cjk_name_part("Anton Chekhov", ["Chekhov"])
    assert short_answer_decision("安东·契诃夫", "契诃夫") == (True, "short.full_name")
    assert contains_phrase("she is not ada", "ada") is False and contains_phrase("it was ada", "ada")


def test_an_answer_sentence_that_goes_on_about_the_speaker_ends_at_the_comma():
    out = "Work.\n\nSo the answer is $5\\frac{1}{3}$, and I am sure of it now."
    assert extract_answer(out, kind="math").answer == "5\\frac{1}{3}"
    assert extract_answer("Work.\n\nSo the answer is Lima, I think.", kind="short_answer").answer == "Lima"
    assert extract_answer("Work.\n\nSo the answer is Ann, Bo and Ivo.", kind="short_answer").answer == "Ann, Bo and Ivo"
    assert verify("Compute 16/3 as a mixed number.", out, "\\frac{16}{3}").verdict == "Correct"


def test_an_option_named_after_a_verb_and_a_gsm_style_closing_label():
    opts = {"A": "$12$", "B": "$20$", "C": "$8$", "D": "$6$"}
    out = "假设全部是鸡，多出 24 条腿，所以兔有 12 只。\n- 对应选项 A。\n- 再验算一下，腿数一致。"
    assert extract_answer(out, kind="multiple_choice", options=opts).answer == "A"
    question = "Find the area. A. $20\\pi$ B. $40\\pi$ C. $10\\pi$ D. $80\\pi$"
    v = verify(question, "So r^2 = 20 and the area is 20\\pi.\nLet me double-check this.\n#### Option A", "A")
    assert v.verdict == "Correct"


def test_two_labels_closing_the_output_are_a_hedge_whatever_was_eliminated():
    question = "Which gas do plants take in? Answer Choices: (A) oxygen (B) carbon dioxide (C) helium (D) neon"
    out = ("Going through the options.\n- A. oxygen: tempting, but no.\n- B. carbon dioxide: fits.\n"
           "- C. helium: wrong, ruled out.\n- D. neon: wrong, ruled out.\n\nB 或 A")
    v = verify(question, out, "B")
    assert v.verdict == "Incorrect" and v.rule == "extract.hedged"
    v = verify(question, out.replace("B 或 A", "B"), "B")
    assert v.verdict == "Correct"
