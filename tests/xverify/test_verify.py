"""The cascade: what rules decide, what goes to the judge, and how failures fail closed."""

import threading

import pytest

from nanofrontier.xverify.cases import Case, CaseError
from nanofrontier.xverify.verify import verify, verify_many


class RecordingJudge:
    def __init__(self, reply="Correct"):
        self.reply, self.calls = reply, []
        self.lock = threading.Lock()

    def judge(self, question, output, reference):
        with self.lock:
            self.calls.append((question, output, reference))
        return self.reply


def test_boxed_math_answer_is_correct_and_the_verdict_names_kind_rule_and_answer():
    v = verify("What is 3 + 4?", "We add: 3 + 4 = 7.\nSo the answer is \\boxed{7}.", "7")
    assert v.verdict == "Correct" and v.kind == "math" and v.extracted == "7"
    assert v.rule.startswith("math") and v.reason


def test_wrong_math_answer_is_incorrect():
    assert verify("What is 3 + 4?", "The answer is 8.", "7").verdict == "Incorrect"


def test_self_correction_moves_the_answer():
    out = "So x = \\boxed{5}. Wait, actually I made an arithmetic slip: 2x = 12, so x = 6. The answer is 6."
    assert verify("Solve 2x = 12.", out, "6").verdict == "Correct"
    assert verify("Solve 2x = 12.", out, "5").verdict == "Incorrect"


def test_empty_output_is_incorrect_without_asking_the_judge():
    judge = RecordingJudge()
    v = verify("q?", "   ", "4", judge=judge)
    assert v.verdict == "Incorrect" and v.rule == "extract.empty" and judge.calls == []


def test_multiple_choice_by_letter_and_by_option_text():
    q = "Which is a mammal?\nAnswer Choices: (A) shark (B) dolphin (C) trout (D) eel"
    assert verify(q, "Dolphins breathe air and nurse their young. The answer is (B).", "B").verdict == "Correct"
    assert verify(q, "Dolphins breathe air. The answer is dolphin.", "B").verdict == "Correct"
    assert verify(q, "The answer is (A).", "B").verdict == "Incorrect"


def test_hedged_output_is_incorrect():
    q = "Which is a mammal?\nAnswer Choices: (A) shark (B) dolphin (C) trout (D) eel"
    v = verify(q, "It could be A or B; I am not sure. The answer is A or B.", "B")
    assert v.verdict == "Incorrect"


def test_classification_label_inside_a_sentence():
    q = "Is the sentiment of this review positive or negative? 'A delight from start to end.'"
    assert verify(q, "The reviewer loved it, so the sentiment is positive.", "positive").verdict == "Correct"


def test_budget_exceeding_input_fails_closed_with_reason_budget():
    v = verify("Compute it.", "The answer is \\boxed{9^{9^{9}}}.", "9^{9^{9}}+1")
    assert (v.verdict, v.rule, v.confidence) == ("Incorrect", "budget", "unsure") and v.reason.startswith("budget")


def test_a_100kb_output_finishes_and_keeps_its_final_answer():
    out = "Let me think step by step. " * 4000 + "So the answer is \\boxed{42}."
    assert len(out) > 100_000
    assert verify("What is 6 * 7?", out, "42").verdict == "Correct"


def test_undecided_cases_go_to_the_judge_and_only_those():
    judge = RecordingJudge("Correct")
    q, ref = "Who wrote Dune?", "Frank Herbert"
    out = "The answer is the American novelist who also wrote Children of Dune."
    without = verify(q, out, ref, kind="short_answer")
    assert (without.verdict, without.rule, without.confidence) == ("Incorrect", "short.undecided", "unsure")
    assert "could not decide" in without.reason
    v = verify(q, out, ref, kind="short_answer", judge=judge)
    assert (v.verdict, v.rule) == ("Correct", "judge")
    assert judge.calls == [(q, out, ref)]
    decided = verify("What is 3 + 4?", "The answer is 7.", "7", judge=judge)
    assert decided.rule != "judge" and len(judge.calls) == 1


def test_invalid_judge_reply_is_incorrect():
    out = "The answer is the American novelist who also wrote Children of Dune."
    v = verify("Who wrote Dune?", out, "Frank Herbert", kind="short_answer", judge=RecordingJudge("maybe"))
    assert (v.verdict, v.rule) == ("Incorrect", "judge") and "not Correct/Incorrect" in v.reason


def test_verify_many_keeps_input_order_with_threads_and_reports_bad_items():
    cases = [Case(id=str(i), question=f"What is {i} + 1?", output=f"The answer is {i + 1}.", reference=str(i + 1),
                  line=i + 1) for i in range(40)]
    items = cases[:10] + [CaseError(id=None, line=11, error="line 11: invalid JSON")] + cases[10:]
    results = list(verify_many(items, workers=4))
    assert [item.line for item, _ in results] == [i.line for i in items]
    assert results[10][1] == "line 11: invalid JSON"
    assert all(v.verdict == "Correct" for item, v in results if isinstance(item, Case))


def test_verify_many_turns_a_crashing_judge_into_a_per_item_error():
    class Boom:
        def judge(self, *a):
            raise RuntimeError("endpoint down")

    case = Case(id="x", question="Who wrote Dune?", output="The answer is the American novelist who also wrote "
                "Children of Dune.", reference="Frank Herbert", kind="short_answer", line=1)
    ((item, result),) = list(verify_many([case], judge=Boom()))
    assert isinstance(result, str) and "endpoint down" in result


PRIME_QUESTION = "Which is a prime?\nA. 4\nB. 6\nC. 7\nD. 9"


def test_reviewed_false_positives_are_not_correct():
    cases = [("Which?", "The answer is " + o, r) for o, r in [
        ("Carbon dioxide", "Carbon"), ("New South Wales", "Wales"), ("anything but carbon", "carbon"),
        ("1990 BC", "1990"), ("1990s", "1990"), ("George W. Bush", "George Bush")]]
    cases += [("Simplify", "The answer is " + o, "x") for o in ["|x|", r"\sqrt{x^2}", r"\arcsin(\sin x)"]]
    cases += [("Find x", "The answer is $y = 2$", "x = 2"), ("Find b", "The answer is $a = 2$", "b = 2")]
    cases += [("Compute", r"The answer is \boxed{3}. Actually I made an error; it should be 4.", "3"),
              (PRIME_QUESTION, "The answer is C: 7. Wait, no, A.", "C"),
              (PRIME_QUESTION, "I would choose A... no, D", "A"),
              ("Compute", "The answer is 3!", "3"), ("Compute", "The answer is 3!!", "3")]
    assert [verify(q, o, r).verdict for q, o, r in cases] == ["Incorrect"] * len(cases)


def test_reviewed_counterparts_stay_correct():
    cases = [("Which?", "The answer is carbon.", "carbon"),
             ("Which?", "The answer is Carbon dioxide", "Carbon dioxide"),
             ("Simplify", "The answer is $x$.", "x"), ("Find x", "The answer is $x = 2$", "x = 2"),
             ("Compute", r"The answer is \boxed{3}. Actually I made an error; it should be 4.", "4"),
             (PRIME_QUESTION, "The answer is C: 7. Wait, no, A.", "A"),
             (PRIME_QUESTION, "I would choose A... no, D", "D"),
             ("Compute", "The answer is 3!", "6"), ("Compute", "The answer is 3.", "3")]
    assert [verify(q, o, r).verdict for q, o, r in cases] == ["Correct"] * len(cases)


@pytest.mark.parametrize("output, reference, verdict, rule", [
    ("The Eiffel Tower.", "Eiffel Tower", "Correct", "short.alias"),
    ("March 5, 2001", "2001-03-05", "Correct", "short.date"),
    ("It opened in 1887.", "1889", "Incorrect", "short.number"),
    ("NYC", "New York City", "Correct", "short.acronym"),
    ("Paris", "London", "Incorrect", "short.mismatch"),
])
def test_every_short_answer_verdict_names_the_rule_that_gave_it(output, reference, verdict, rule):
    v = verify("Which one?", f"The answer is {output}", reference, kind="short_answer")
    assert (v.verdict, v.rule) == (verdict, rule)
