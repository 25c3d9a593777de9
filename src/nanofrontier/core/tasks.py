"""Seeded question–answer tasks whose integer answers a program can check.

Reasoning techniques (self-training on correct samples, verifier training, best-of-n) need
questions with a known answer and a worked solution. Every answer here is computed from the
numbers in the question, and every step reads `... x op y = z`, so a checker can re-do it.

    tasks = reasoning_tasks(100, seed=0, difficulty=3)
    print(tasks[0].question)
    print(format_solution(tasks[0]))              # steps, then "The answer is 42."
    check_answer(tasks[0], model_output)          # True when the final number is right

Kinds: "arithmetic" (a word problem, `difficulty` steps), "variables" (a chain `a = 4. b = a + 3.`
with `difficulty` assignments), "compare" (two word problems, then their difference), "count"
(how often a word occurs in a list; `difficulty` occurrences). Only the standard library is used.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

TASK_KINDS: tuple[str, ...] = ("arithmetic", "variables", "compare", "count")

_NAMES = ("Tom", "Mia", "Ravi", "Lena", "Omar", "Yuki", "Sara", "Ben", "Ana", "Karl")
_ITEMS = ("apples", "pencils", "stickers", "marbles", "cookies", "stamps", "shells", "cards")
_CONTAINERS = ("boxes", "bags", "jars", "packs", "crates")
_WORDS = ("apple", "pear", "plum", "fig", "kiwi", "lime", "mango", "grape")
_LETTERS = "abcdefghjkmnpqrstuvwxyz"  # no i, l, o: they read like 1 and 0


@dataclass(frozen=True, kw_only=True)
class Task:
    kind: str
    question: str
    answer: str  # canonical final answer, an integer written in decimal
    steps: tuple[str, ...]  # a correct worked solution, one step per element


def _apply(x: int, op: str, y: int) -> int:
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        assert x % y == 0, f"{x} / {y} is not an integer"
        return x // y
    raise ValueError(f"unknown operator {op!r}")


def _event(rng: random.Random, name: str, item: str, value: int) -> tuple[str, str, int]:
    """One change to a holding of `value` items: (sentence, step, new value)."""
    options = [("+", rng.randint(2, 20))]
    if value >= 3:
        options.append(("-", rng.randint(1, value - 1)))
    if value <= 150:
        options.append(("*", rng.randint(2, 3)))
    divisors = [m for m in range(2, 7) if value % m == 0 and value // m >= 2]
    if divisors:
        options.append(("/", rng.choice(divisors)))
    op, k = rng.choice(options)
    sentence = {
        "+": f"Then {name} buys {k} more {item}.",
        "-": f"Then {name} gives away {k} {item}.",
        "*": f"Then {name}'s {item} are {'doubled' if k == 2 else 'tripled'}.",
        "/": f"Then {name} splits the {item} equally into {k} piles and keeps one pile.",
    }[op]
    new = _apply(value, op, k)
    return sentence, f"{value} {op} {k} = {new}", new


def _holding(rng: random.Random, name: str, item: str, n_steps: int) -> tuple[list[str], list[str], int]:
    """How many `item`s `name` ends with after `n_steps` steps: (sentences, steps, value)."""
    if n_steps == 0:
        value = rng.randint(5, 60)
        return [f"{name} has {value} {item}."], [], value
    a, b = rng.randint(2, 9), rng.randint(3, 15)
    value = a * b
    sentences = [f"{name} has {a} {rng.choice(_CONTAINERS)} of {b} {item} each."]
    steps = [f"{a} * {b} = {value}"]
    for _ in range(n_steps - 1):
        sentence, step, value = _event(rng, name, item, value)
        sentences.append(sentence)
        steps.append(step)
    return sentences, steps, value


def _arithmetic_task(rng: random.Random, difficulty: int) -> Task:
    name, item = rng.choice(_NAMES), rng.choice(_ITEMS)
    sentences, steps, value = _holding(rng, name, item, difficulty)
    question = " ".join(sentences) + f" How many {item} does {name} have now?"
    return Task(kind="arithmetic", question=question, answer=str(value), steps=tuple(steps))


def _compare_task(rng: random.Random, difficulty: int) -> Task:
    (first, second), item = rng.sample(_NAMES, 2), rng.choice(_ITEMS)
    s1, steps1, v1 = _holding(rng, first, item, difficulty - 1)
    s2, steps2, v2 = _holding(rng, second, item, difficulty - 1)
    big, small = max(v1, v2), min(v1, v2)
    question = (
        " ".join(s1 + s2)
        + f" How many more {item} does the one with more {item} have than the other?"
    )
    steps = (*steps1, *steps2, f"{big} - {small} = {big - small}")
    return Task(kind="compare", question=question, answer=str(big - small), steps=steps)


def _variables_task(rng: random.Random, difficulty: int) -> Task:
    names = rng.sample(_LETTERS, difficulty + 1)
    values = {names[0]: rng.randint(1, 9)}
    sentences, steps = [f"{names[0]} = {values[names[0]]}."], []
    for i, name in enumerate(names[1:], start=1):
        prev = names[i - 1]
        x = values[prev]
        # The right operand is a constant or an earlier variable; the chain always runs
        # through `prev`, so the question needs every step.
        other = rng.choice(names[: i - 1]) if i >= 2 and rng.random() < 0.4 else None
        y = values[other] if other else rng.randint(2, 9)
        ops = ["+"] + (["-"] if y <= x else []) + (["*"] if x * y <= 500 else [])
        op = rng.choice(ops)
        values[name] = _apply(x, op, y)
        rhs = f"{prev} {op} {other or y}"
        sentences.append(f"{name} = {rhs}.")
        steps.append(f"{name} = {rhs} = {x} {op} {y} = {values[name]}")
    question = " ".join(sentences) + f" What is {names[-1]}?"
    return Task(kind="variables", question=question, answer=str(values[names[-1]]), steps=tuple(steps))


def _count_task(rng: random.Random, difficulty: int) -> Task:
    target, *others = rng.sample(_WORDS, 4)
    words = [target] * difficulty + [rng.choice(others) for _ in range(difficulty + 2)]
    rng.shuffle(words)
    question = f"How many times does the word '{target}' appear in this list: {', '.join(words)}?"
    steps, count = [], 0
    for position, word in enumerate(words, start=1):
        if word == target:
            steps.append(f"'{target}' at position {position}: {count} + 1 = {count + 1}")
            count += 1
    return Task(kind="count", question=question, answer=str(count), steps=tuple(steps))


_TASK_MAKERS: dict[str, Callable[[random.Random, int], Task]] = {
    "arithmetic": _arithmetic_task,
    "variables": _variables_task,
    "compare": _compare_task,
    "count": _count_task,
}


def generate_task(kind: str, rng: random.Random, *, difficulty: int = 2) -> Task:
    """One task of `kind`, drawn from `rng`; `difficulty` (>= 1) sets the number of steps."""
    if kind not in _TASK_MAKERS:
        raise ValueError(f"unknown task kind {kind!r}; valid kinds: {', '.join(TASK_KINDS)}")
    if difficulty < 1:
        raise ValueError(f"difficulty: expected >= 1, found {difficulty}")
    return _TASK_MAKERS[kind](rng, difficulty)


def reasoning_tasks(
    n: int, *, seed: int = 0, kinds: Sequence[str] | None = None, difficulty: int = 2
) -> list[Task]:
    """`n` tasks, each of a kind drawn uniformly from `kinds` (default: all of TASK_KINDS)."""
    kinds = tuple(TASK_KINDS if kinds is None else kinds)
    if not kinds:
        raise ValueError("kinds: expected at least one task kind, found none")
    for kind in kinds:
        if kind not in _TASK_MAKERS:
            raise ValueError(f"unknown task kind {kind!r}; valid kinds: {', '.join(TASK_KINDS)}")
    if n < 0:
        raise ValueError(f"n: expected >= 0, found {n}")
    if difficulty < 1:
        raise ValueError(f"difficulty: expected >= 1, found {difficulty}")
    rng = random.Random(seed)
    tasks = []
    for _ in range(n):
        kind = rng.choice(kinds)
        # A private stream per task: how many draws one task makes never shifts the next task.
        tasks.append(generate_task(kind, random.Random(rng.getrandbits(64)), difficulty=difficulty))
    return tasks


def format_solution(task: Task) -> str:
    """The worked solution: one step a line, then "The answer is X."."""
    return "\n".join((*task.steps, f"The answer is {task.answer}."))


_NUMBER = r"-?\d+(?:,\d{3})*(?:\.\d+)?"
_ANSWER_IS = re.compile(rf"answer is\s*:?\s*\**\s*\$?\s*({_NUMBER})", re.IGNORECASE)
_HASHES = re.compile(rf"####\s*\$?\s*({_NUMBER})")


def extract_answer(text: str) -> str | None:
    """The final answer in `text`: the last "answer is X", else the last "#### X", else the last
    number; None when `text` has no number."""
    for pattern in (_ANSWER_IS, _HASHES, re.compile(_NUMBER)):
        found = pattern.findall(text)
        if found:
            return found[-1].replace(",", "")
    return None


def check_answer(task: Task, text: str) -> bool:
    """Whether the final answer in a model's `text` equals `task.answer` (so "42.0" == "42")."""
    found = extract_answer(text)
    if found is None:
        return False
    try:
        return Decimal(found) == Decimal(task.answer)
    except InvalidOperation:
        return found.strip() == task.answer.strip()
