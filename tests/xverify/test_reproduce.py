"""The evaluation set loads whole, and the reproduction's pieces score it."""

from pathlib import Path

import pytest

from nanofrontier.xverify.cases import Case
from nanofrontier.xverify.reproduce import (
    DEV_SET,
    FRESH_SET,
    HELDOUT3_SET,
    HELDOUT_SET,
    cascade,
    load_eval_set,
    mathverify_verdict,
    run_eval,
)
from nanofrontier.xverify.verdict import KINDS


def test_evaluation_set_has_400_plus_labelled_cases_of_every_kind_in_both_languages():
    cases = load_eval_set()
    assert len(cases) >= 400
    assert {c.kind for c in cases} == set(KINDS)
    assert all(c.label in ("Correct", "Incorrect") for c in cases)
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in c.question) for c in cases)


@pytest.mark.parametrize("path", [DEV_SET, FRESH_SET, HELDOUT_SET, HELDOUT3_SET],
                         ids=["dev", "fresh", "heldout", "heldout3"])
def test_dev_and_fresh_sets_load_whole_with_every_kind(path):
    cases = load_eval_set(path)
    assert len(cases) >= 300 and {c.kind for c in cases} == set(KINDS)
    assert {c.label for c in cases} == {"Correct", "Incorrect"}


def test_run_eval_scores_each_kind():
    cases = load_eval_set()[:40]
    scores, verdicts = run_eval(cases)
    assert len(verdicts) == 40 and scores["all"].n == 40
    assert set(scores) - {"all"} <= set(KINDS)


def test_mathverify_baseline_judges_a_boxed_number():
    pytest.importorskip("math_verify")
    good = Case(id="1", question="2+2?", output="So \\boxed{4}.", reference="4")
    bad = Case(id="2", question="2+2?", output="So \\boxed{5}.", reference="4")
    assert (mathverify_verdict(good), mathverify_verdict(bad)) == ("Correct", "Incorrect")


def test_every_shipped_set_is_package_data_and_an_unknown_name_is_refused():
    import nanofrontier.xverify
    from nanofrontier.xverify.datasets import DATASETS, dataset_path

    package = Path(nanofrontier.xverify.__file__).resolve().parent
    for name in DATASETS:
        assert dataset_path(name).is_file() and dataset_path(name).parent == package / "data"
    with pytest.raises(KeyError, match="'nope'"):
        dataset_path("nope")


def test_cascade_with_stand_in_judges_is_no_worse_than_the_rules_with_an_oracle():
    cases = load_eval_set()[:60]
    out = cascade(cases)
    assert 0 < out["decided_fraction"] <= 1 and 0 <= out["decided_precision"] <= 1
    assert out["cascade_accuracy_oracle"] >= out["accuracy"]
    assert out["cascade_accuracy_oracle"] >= out["cascade_accuracy_noisy"]
    assert cascade(cases) == out  # the noisy judge is seeded
