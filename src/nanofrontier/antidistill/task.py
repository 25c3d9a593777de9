"""Column addition with written traces that have answer-neutral freedom, and its checker.

Antidistillation needs a teacher with entropy to spend: a trace where several continuations are equally
right, so a sampler can choose among them without changing the answer. Here a trace adds two numbers
column by column, least significant first, and each column line may be written in several equivalent
ways:

    347+586:                 the prompt
    7+6=13 c1                the column's digits written out ("shown"), a carry note ("c1" or "carry 1")
    13 c1                    ... or the column sum alone, the digits left implicit
    6+7+1=14                 either operand order; the carry-in written as "+1"
    # ok                     an optional comment line
    A 933                    the answer line ("A" or "ans"), then the end-of-text token

`TraceStyle` holds the probabilities of each choice; the teacher is trained on traces drawn from it.
The checker reads only the number on the last answer line, so every choice above is answer-neutral.

    problems = addition_problems(100, seed=0)
    prompt = problems[0].prompt                       # "347+586:\\n"
    trace = write_trace(problems[0], random.Random(0))
    check(problems[0], model_output)                  # True when the last answer line equals a + b
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

ANSWER_WORDS = ("A", "ans")
CARRY_NOTES = (" c1", " carry 1", "")
COMMENTS = ("# ok", "# next", "# check")
_ANSWER = re.compile(r"^(?:A|ans) (\d+)$", re.MULTILINE)


@dataclass(frozen=True, kw_only=True)
class Problem:
    a: int
    b: int

    def __post_init__(self) -> None:
        for name in ("a", "b"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 0:
                raise ValueError(f"Problem.{name} must be a non-negative integer, got {value!r}")

    @property
    def prompt(self) -> str:
        return f"{self.a}+{self.b}:\n"

    @property
    def answer(self) -> int:
        return self.a + self.b


@dataclass(frozen=True, kw_only=True)
class TraceStyle:
    """How often each answer-neutral choice is made when a trace is written."""

    shown: float = 0.75  # a column line writes its digits ("7+6+1=14"), else its sum alone ("14")
    swapped: float = 0.5  # a shown line writes the second number's digit first
    carry_notes: tuple[float, ...] = (0.5, 0.3, 0.2)  # weights of CARRY_NOTES after a sum >= 10
    comment: float = 0.1  # a comment line follows a column line
    answer_words: tuple[float, ...] = (0.7, 0.3)  # weights of ANSWER_WORDS

    def __post_init__(self) -> None:
        for name in ("shown", "swapped", "comment"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"TraceStyle.{name} must be in [0, 1], got {getattr(self, name)!r}")
        for name, options in (("carry_notes", CARRY_NOTES), ("answer_words", ANSWER_WORDS)):
            weights = getattr(self, name)
            if len(weights) != len(options) or min(weights) < 0 or sum(weights) <= 0:
                raise ValueError(f"TraceStyle.{name} needs {len(options)} non-negative weights with a positive "
                                 f"sum, got {weights!r}")


def addition_problems(n: int, *, seed: int, max_digits: int = 3) -> list[Problem]:
    """`n` problems a + b with a, b drawn uniformly from [0, 10**max_digits)."""
    if n < 0 or max_digits < 1:
        raise ValueError(f"addition_problems: n must be >= 0 and max_digits >= 1, got {n}, {max_digits}")
    rng = random.Random(seed)
    top = 10 ** max_digits - 1
    return [Problem(a=rng.randint(0, top), b=rng.randint(0, top)) for _ in range(n)]


def split_problems(n_train: int, n_holdout: int, n_test: int, *, seed: int,
                   max_digits: int = 3) -> tuple[list[Problem], list[Problem], list[Problem]]:
    """Three disjoint sets (no a+b pair in two of them), as the paper splits train / holdout / test."""
    pool = addition_problems(3 * (n_train + n_holdout + n_test) + 100, seed=seed, max_digits=max_digits)
    unique = list({(p.a, p.b): p for p in pool}.values())
    need = n_train + n_holdout + n_test
    if len(unique) < need:
        raise ValueError(f"split_problems: only {len(unique)} distinct problems with {max_digits} digits; "
                         f"asked for {need}")
    return unique[:n_train], unique[n_train:n_train + n_holdout], unique[n_train + n_holdout:need]


def columns(problem: Problem) -> list[tuple[int, int, int, int]]:
    """(digit of a, digit of b, carry in, column sum) per column, least significant first."""
    out, carry = [], 0
    a, b = problem.a, problem.b
    width = max(len(str(a)), len(str(b)))
    for _ in range(width):
        x, y = a % 10, b % 10
        total = x + y + carry
        out.append((x, y, carry, total))
        a, b, carry = a // 10, b // 10, total // 10
    return out


def write_trace(problem: Problem, rng: random.Random, style: TraceStyle = TraceStyle()) -> str:
    """One correct trace for `problem`, every free choice drawn from `style`; ends with a newline."""
    lines = []
    for x, y, carry, total in columns(problem):
        first, second = (y, x) if rng.random() < style.swapped else (x, y)
        line = f"{first}+{second}{'+1' if carry else ''}={total}" if rng.random() < style.shown else f"{total}"
        if total >= 10:
            line += rng.choices(CARRY_NOTES, weights=style.carry_notes)[0]
        lines.append(line)
        if rng.random() < style.comment:
            lines.append(rng.choice(COMMENTS))
    lines.append(f"{rng.choices(ANSWER_WORDS, weights=style.answer_words)[0]} {problem.answer}")
    return "\n".join(lines) + "\n"


def extract(text: str) -> int | None:
    """The number on the last answer line of `text` ("A 933" or "ans 933"), or None."""
    found = _ANSWER.findall(text)
    return int(found[-1]) if found else None


def check(problem: Problem, text: str) -> bool:
    """Whether `text` (a model's completion) ends its reasoning with the right answer."""
    return extract(text) == problem.answer


def shown_fraction(texts: Sequence[str]) -> float:
    """Of all column lines in `texts`, the fraction that write their digits out (a trace statistic)."""
    shown = total = 0
    for text in texts:
        for line in text.splitlines():
            if re.fullmatch(r"\d+\+\d+(?:\+1)?=\d+.*", line):
                shown += 1
                total += 1
            elif re.fullmatch(r"\d+(?: c1| carry 1)?", line):
                total += 1
    return shown / total if total else float("nan")


def generic_arithmetic(n: int, *, seed: int) -> list[str]:
    """Generic text over the task's characters that is not the task, for pre-training proxies and students:
    random numbers, signs and words, and one-line sums of numbers below 100 written out ("47+38=85", some
    with a "+1"). It teaches digit sums, as a pretrained model knows them, but never the task's prompts,
    column traces or answer lines."""
    rng = random.Random(seed)
    pieces = (" ", "\n", "c1", "carry", "#", "ok", "next", "check")
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(6, 16)):
            if rng.random() < 0.6:
                x, y, one = rng.randint(0, 99), rng.randint(0, 99), rng.random() < 0.2
                parts.append(f"{x}+{y}{'+1' if one else ''}={x + y + one}")
            elif rng.random() < 0.5:
                parts.append(str(rng.randint(0, 10 ** rng.randint(1, 4) - 1)))
            else:
                parts.append(rng.choice(pieces))
            parts.append(rng.choice((" ", " ", "\n", ", ")))
        out.append("".join(parts))
    return out
