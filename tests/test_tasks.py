"""Tests for the checkable reasoning tasks in nanofrontier.core.tasks."""

from __future__ import annotations

import dataclasses
import re
import statistics

import pytest

from nanofrontier.core import synthetic
from nanofrontier.core.tasks import (
    TASK_KINDS,
    Task,
    check_answer,
    extract_answer,
    format_solution,
    reasoning_tasks,
)

_STEP = re.compile(r"(-?\d+) ([-+*/]) (-?\d+) = (-?\d+)$")


def _evaluate(x: int, op: str, y: int) -> int:
    if op == "/":
        assert x % y == 0, f"{x} / {y} is not exact"
        return x // y
    return {"+": x + y, "-": x - y, "*": x * y}[op]


def test_same_seed_gives_identical_tasks_and_different_seed_differs():
    assert reasoning_tasks(30, seed=4) == reasoning_tasks(30, seed=4)
    assert reasoning_tasks(30, seed=4) != reasoning_tasks(30, seed=5)


@pytest.mark.parametrize("difficulty", [1, 2, 4])
def test_every_step_evaluates_correctly_and_the_last_step_gives_the_answer(difficulty):
    tasks = reasoning_tasks(200, seed=difficulty, difficulty=difficulty)
    assert {t.kind for t in tasks} == set(TASK_KINDS)
    for task in tasks:
        assert task.steps, task
        for step in task.steps:
            m = _STEP.search(step)
            assert m, f"step without 'x op y = z': {step!r}"
            assert _evaluate(int(m[1]), m[2], int(m[3])) == int(m[4]), step
        assert int(_STEP.search(task.steps[-1])[4]) == int(task.answer), task


def test_variable_steps_use_the_values_the_question_assigned():
    for task in reasoning_tasks(50, seed=0, kinds=["variables"], difficulty=4):
        values = dict(re.findall(r"(?:^|\. )([a-z]) = (\d+)\.", task.question)[:1])
        values = {k: int(v) for k, v in values.items()}
        for step in task.steps:
            name, left, op, right, x, _, y, result = re.fullmatch(
                r"([a-z]) = ([a-z]) ([-+*]) (\w+) = (\d+) ([-+*]) (\d+) = (\d+)", step
            ).groups()
            assert values[left] == int(x), step
            assert (values[right] if right.isalpha() else int(right)) == int(y), step
            values[name] = int(result)
        assert values[task.question.split("What is ")[1].rstrip("?")] == int(task.answer)


def test_count_answers_match_the_listed_words():
    for task in reasoning_tasks(50, seed=0, kinds=["count"], difficulty=3):
        word, listed = re.fullmatch(r"How many times does the word '(\w+)' appear in this list: (.+)\?",
                                    task.question).groups()
        assert listed.split(", ").count(word) == int(task.answer) == 3


def test_higher_difficulty_means_more_steps():
    for kind in TASK_KINDS:
        easy = statistics.mean(len(t.steps) for t in reasoning_tasks(40, kinds=[kind], difficulty=1))
        hard = statistics.mean(len(t.steps) for t in reasoning_tasks(40, kinds=[kind], difficulty=4))
        assert hard >= easy + 3, kind


def test_check_answer_accepts_the_formatted_solution_and_rejects_a_wrong_answer():
    for task in reasoning_tasks(40, seed=1):
        assert check_answer(task, format_solution(task))
        wrong = dataclasses.replace(task, answer=str(int(task.answer) + 1))
        assert not check_answer(task, format_solution(wrong))
        assert not check_answer(task, "I do not know.")


def test_answer_extraction_prefers_answer_is_then_hashes_then_last_number():
    assert extract_answer("3 * 4 = 12. The answer is 12. Checked 5 times.") == "12"
    assert extract_answer("12 - 5 = 7\n#### 7\nsee page 99") == "7"
    assert extract_answer("so we get 1,250 apples") == "1250"
    assert extract_answer("no digits here") is None
    task = Task(kind="arithmetic", question="?", answer="42", steps=("40 + 2 = 42",))
    assert check_answer(task, "The answer is: 42.0")
    assert not check_answer(task, "42 is tempting, but the answer is 41.")


def test_format_solution_ends_with_the_answer_line():
    task = reasoning_tasks(1, seed=2)[0]
    assert format_solution(task).splitlines() == [*task.steps, f"The answer is {task.answer}."]


def test_bad_task_arguments_raise_value_error():
    with pytest.raises(ValueError, match="'riddles'.*variables"):
        reasoning_tasks(3, kinds=["riddles"])
    with pytest.raises(ValueError, match="difficulty"):
        reasoning_tasks(3, difficulty=0)


def test_synthetic_re_exports_the_task_api():
    assert synthetic.reasoning_tasks is reasoning_tasks
    assert synthetic.check_answer is check_answer
    assert synthetic.Task is Task
