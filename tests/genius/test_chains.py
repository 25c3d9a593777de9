"""The reproduction's task: compact renderings of core.tasks' variable chains, answer checking and AUROC."""

import random

import pytest

from nanofrontier.core.tasks import Task
from nanofrontier.genius.chains import chain_tasks, render_prompt, render_response
from nanofrontier.genius.evaluation import auroc, is_correct


def test_a_chain_renders_as_a_compact_prompt_and_one_step_a_line():
    task = Task(kind="variables", question="k = 4. m = k + 3. p = m * k. What is p?", answer="28",
                steps=("m = k + 3 = 4 + 3 = 7", "p = m * k = 7 * 4 = 28"))
    assert render_prompt(task) == "k=4;m=k+3;p=m*k;p?\n"
    assert render_response(task) == "m=k+3=4+3=7\np=m*k=7*4=28\nans=28"


def test_every_rendered_solution_is_judged_correct_and_a_changed_answer_is_not():
    for task in chain_tasks(50, seed=3, hops=(1, 5)):
        response = render_response(task)
        assert len(response.split("\n")) == len(task.steps) + 1
        assert is_correct(response, task.answer)
        assert not is_correct(response + "1", task.answer)


def test_hops_are_drawn_within_the_range_and_bad_ranges_are_named():
    assert {len(t.steps) for t in chain_tasks(60, seed=0, hops=(2, 4))} == {2, 3, 4}
    with pytest.raises(ValueError, match=r"hops: expected 1 <= low <= high, got \(3, 2\)"):
        chain_tasks(1, seed=0, hops=(3, 2))


def test_a_question_that_is_no_chain_is_named():
    with pytest.raises(ValueError, match="not a variable chain"):
        render_prompt(Task(kind="count", question="How many?", answer="1", steps=()))


def test_auroc_counts_ties_as_half_and_matches_scikit_learn():
    assert auroc([0.1, 0.2, 0.3], [False, False, True]) == 1.0
    assert auroc([0.5, 0.5], [True, False]) == 0.5
    assert auroc([1.0], [True]) != auroc([1.0], [True])  # NaN: one class only
    metrics = pytest.importorskip("sklearn.metrics")
    rng = random.Random(0)
    scores = [rng.choice([0.1, 0.2, 0.3, 0.4]) for _ in range(200)]
    labels = [rng.random() < s + 0.3 for s in scores]
    assert auroc(scores, labels) == pytest.approx(metrics.roc_auc_score(labels, scores), abs=1e-12)
