"""Markers other writers use: a remark on the marker before its colon, a pronoun or an adjective that points at
an answer without giving it, a "no" that answers a doubt, "to conclude:", and 答案不是…而是…"""

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.verify import verify

LONG = "We work through the problem carefully, one step after the other, checking each line as we go.\n\n"


def test_a_remark_on_the_marker_is_skipped():
    ext = extract_answer(LONG + "Final answer (in lowest terms):\n```\n3/7\n```", kind="math")
    assert ext.answer == "3/7"


def test_a_pronoun_or_an_adjective_is_no_answer():
    output = LONG + "The answer is 42.\n\nThere is one reading, so I'll go with it. The final answer is unambiguous."
    ext = extract_answer(output, kind="math")
    assert ext.answer == "42"


def test_no_answering_a_doubt_does_not_retract_the_answer():
    output = LONG + "The answer is C.\n\nLet me argue against it for a moment... no, the objections do not hold up."
    v = verify("Pick one.\n(A) 1\n(B) 2\n(C) 3\n(D) 4", output, "C", kind="multiple_choice")
    assert v.verdict == "Correct"
    output = LONG + "I would choose A... no, C."
    assert extract_answer(output, kind="multiple_choice", options={"A": "1", "C": "3"}).answer == "C"


def test_a_conclusion_with_a_colon_commits():
    v = verify("Find the area.", LONG + "That gives 30, but let me recheck.\n\nSo to conclude: 36 cm^2", "36")
    assert v.verdict == "Correct"
    ext = extract_answer(LONG + "To summarize:\n\nthe headline is about a match.\n\nLabel: Sports",
                         kind="classification")
    assert ext.answer == "Sports"


def test_the_answer_after_what_it_is_not_in_chinese():
    v = verify("求平均数。", LONG + "注意，答案不是 7.5，而是 8。", "8")
    assert (v.verdict, v.confidence) == ("Correct", "sure")


def test_one_is_an_answer_not_a_pronoun():
    v = verify("How many real roots does x^2 = 0 have?", LONG + "The answer is one.", "1")
    assert v.verdict == "Correct"


def test_a_summary_line_commits_but_leaves_the_verdict_unsure():
    v = verify("Find the area.", LONG + "In summary: 36 cm^2", "36")
    assert (v.verdict, v.confidence) == ("Correct", "unsure")


def test_an_answer_on_a_line_of_its_own_keeps_its_parts():
    output = LONG + "Final answer:\n```\nmode 4; range 9\n```\n\nVerification: fine."
    assert extract_answer(output, kind="math").answer == "mode 4; range 9"
    assert verify("Find the mode and the range.", output, "mode = 4, range = 9").verdict == "Correct"
    swapped = output.replace("mode 4; range 9", "mode 9; range 4")
    assert verify("Find the mode and the range.", swapped, "mode = 4, range = 9").verdict == "Incorrect"
