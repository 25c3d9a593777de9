"""Every rule verdict says whether the rules are sure; a cascade sends only the unsure ones to its judge."""

import json

import pytest

from nanofrontier import cli
from nanofrontier.xverify.cases import Case
from nanofrontier.xverify.label_judge import LabelJudge
from nanofrontier.xverify.score import routing
from nanofrontier.xverify.verify import rules_verdict, verify, verify_case

SURE = [  # an explicit commitment, compared by a rule that is exact for the kind
    ("What is 6 * 7?", "6 * 7 = 42. The answer is \\boxed{42}.", "42", "math", "Correct"),
    ("What is 6 * 7?", "6 * 7 = 43, so the answer is 43.", "42", "math", "Incorrect"),
    ("Solve x^2 = 4.", "x = 2 or x = -2, so the answer is $\\{-2, 2\\}$.", "\\{2, -2\\}", "math", "Correct"),
    ("Capital of France? A. Lyon B. Paris", "Paris is the capital. The answer is B.", "B", "multiple_choice",
     "Correct"),
    ("Is the review positive?", "答案是：正面", "正面", "classification", "Correct"),
    ("When did WWII end?", "Final answer: 1945", "1945", "short_answer", "Correct"),
    ("Who wrote Hamlet?", "", "William Shakespeare", "short_answer", "Incorrect"),  # empty output
    ("What is 6 * 7?", "The answer is either 42 or 24.", "42", "math", "Incorrect"),  # hedged
]
UNSURE = [  # a fallback extraction, or a comparison the rules do not support
    ("What is 6 * 7?", "6 * 7 gives us the product\n42", "42", "math", "Correct"),  # the last line
    ("What is 6 * 7?", "Multiplying the two gives **42** in total", "42", "math", "Correct"),  # bold text
    ("Who wrote Dune?", "The answer is the American novelist who also wrote Children of Dune.", "Frank Herbert",
     "short_answer", "Incorrect"),  # a paraphrase: no alias matches
    ("Who wrote War and Peace?", "The answer is Tolstoy.", "Leo Tolstoy", "short_answer", "Correct"),  # a name form
    ("Compute it.", "The answer is \\boxed{9^{9^{9}}}.", "9^{9^{9}}+1", "math", "Incorrect"),  # over budget
    ("What is 6 * 7?", "Let me think about the factors and the product of them", "42", "math", "Incorrect"),
]


@pytest.mark.parametrize("question, output, reference, kind, verdict", SURE)
def test_explicit_commitments_decided_by_exact_rules_are_sure(question, output, reference, kind, verdict):
    v = verify(question, output, reference, kind=kind)
    assert (v.verdict, v.confidence) == (verdict, "sure"), v


@pytest.mark.parametrize("question, output, reference, kind, verdict", UNSURE)
def test_fallbacks_and_unsupported_comparisons_are_unsure(question, output, reference, kind, verdict):
    v = verify(question, output, reference, kind=kind)
    assert (v.verdict, v.confidence) == (verdict, "unsure"), v


def cases(rows, flip_labels=False):
    out = []
    for i, (q, o, r, kind, verdict) in enumerate(rows):
        label = verdict if not flip_labels else ("Incorrect" if verdict == "Correct" else "Correct")
        out.append(Case(id=f"c{i}", question=q, output=o, reference=r, kind=kind, label=label, line=i + 1))
    return out


def test_the_cascade_asks_the_judge_about_unsure_verdicts_only():
    """The labels disagree with every rule verdict, so an oracle judge shows exactly which cases it was asked."""
    flipped = cases(SURE + UNSURE, flip_labels=True)
    judge = LabelJudge(flipped)
    verdicts = [verify_case(c, judge=judge) for c in flipped]
    asked = [v.rule == "judge" for v in verdicts]
    assert asked == [False] * len(SURE) + [True] * len(UNSURE) and judge.asked == len(UNSURE)
    # the judge's word stands
    assert all(v.verdict == c.label for c, v, a in zip(flipped, verdicts, asked, strict=True) if a)
    assert all(v.confidence == "unsure" for v, a in zip(verdicts, asked, strict=True) if a)


def test_a_noisy_judge_flips_a_seeded_fraction_the_same_way_every_run():
    many = [Case(id=str(i), question=f"q{i}", output=f"out {i}", reference=str(i), label="Correct", line=i + 1)
            for i in range(2000)]
    noisy = LabelJudge(many, flip=0.1, seed=3)
    replies = [noisy.judge(c.question, c.output, c.reference) for c in many]
    assert 0.08 < replies.count("Incorrect") / len(many) < 0.12
    again = LabelJudge(many, flip=0.1, seed=3)
    assert replies == [again.judge(c.question, c.output, c.reference) for c in many]
    other = LabelJudge(many, flip=0.1, seed=4)
    assert replies != [other.judge(c.question, c.output, c.reference) for c in many]


def test_label_judge_rejects_unlabelled_cases_and_unknown_questions():
    with pytest.raises(ValueError, match="c0"):
        LabelJudge([Case(id="c0", question="q", output="o", reference="r", line=1)])
    with pytest.raises(ValueError, match="flip"):
        LabelJudge([], flip=1.5)
    with pytest.raises(LookupError, match="no label"):
        LabelJudge([]).judge("q", "o", "r")


def test_routing_counts_decided_fraction_and_precision():
    r = routing(["Correct", "Incorrect", "Correct", "Incorrect"], ["Correct", "Correct", "Correct", "Incorrect"],
                [True, True, False, False])
    assert (r.decided_fraction, r.decided_precision, r.undecided_accuracy) == (0.5, 0.5, 1.0)
    with pytest.raises(ValueError, match="3 confidences"):
        routing(["Correct"] * 4, ["Correct"] * 4, [True] * 3)


def test_rules_verdict_never_calls_a_judge_and_keeps_todays_verdicts():
    for q, o, r, kind, verdict in SURE + UNSURE:
        assert rules_verdict(q, o, r, kind=kind).verdict == verdict


def test_cli_reports_unsure_counts_and_the_decided_accuracy(tmp_path, capsys):
    rows = [{"id": c.id, "question": c.question, "output": c.output, "reference": c.reference, "kind": c.kind,
             "label": c.label} for c in cases(SURE + UNSURE)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    summary = tmp_path / "summary.json"
    argv = ["xverify", "judge", str(src), "--rules-only", "--out", str(tmp_path / "o.jsonl"),
            "--summary", str(summary), "--quiet"]
    assert cli.main(argv) == 0
    err = capsys.readouterr().err
    assert f"unsure of {len(UNSURE)}" in err and "accuracy on the decided cases 100.00%" in err
    s = json.loads(summary.read_text())
    assert (s["sure"], s["unsure"], s["judged"]) == (len(SURE), len(UNSURE), 0)
    assert s["decided_fraction"] == pytest.approx(len(SURE) / (len(SURE) + len(UNSURE)))
    assert s["decided_accuracy"] == 1.0 and s["scores"]["all"]["n"] == len(rows)
    records = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert [r["confidence"] for r in records] == ["sure"] * len(SURE) + ["unsure"] * len(UNSURE)


def test_cli_rules_only_refuses_a_judge(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"question": "q", "output": "o", "reference": "r"}) + "\n")
    assert cli.main(["xverify", "judge", str(src), "--rules-only", "--judge-url", "http://127.0.0.1:9"]) == 1
    assert "--rules-only" in capsys.readouterr().err


def test_an_output_that_ends_on_another_value_is_unsure():
    out = "The answer is 12.\n\nHmm, counting the corners twice gives 16 in total."
    v = verify("How many posts?", out, "12", kind="math")
    assert (v.verdict, v.confidence) == ("Correct", "unsure") and "ends on another value" in v.reason
    out = "The answer is 12.\n\nSo there are 12 posts in total."  # a restatement agrees
    assert verify("How many posts?", out, "12", kind="math").confidence == "sure"


def test_an_incorrect_final_answer_after_committing_to_the_reference_is_unsure():
    out = "So the answer is 7.\n\nLet me redo the count with the other reading. The final answer is 9."
    v = verify("How many?", out, "7", kind="math")
    assert (v.verdict, v.confidence) == ("Incorrect", "unsure") and "earlier" in v.reason
