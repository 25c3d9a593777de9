"""The verdict record, the four answer kinds, and the budget every symbolic check runs under."""

from __future__ import annotations

import time
from dataclasses import dataclass

KINDS = ("multiple_choice", "math", "short_answer", "classification")
# VAR's key_answer_type names for the same kinds.
VAR_KINDS = {"alphabet_option": "multiple_choice", "math": "math", "short_text": "short_answer",
             "categorical_label": "classification"}
CORRECT, INCORRECT = "Correct", "Incorrect"


@dataclass(frozen=True, kw_only=True)
class Verdict:
    verdict: str  # "Correct" | "Incorrect"
    extracted: str | None  # the final answer taken from the output (None: there was none)
    kind: str  # one of KINDS
    rule: str  # what decided: a rule name such as "math.number", or "judge"
    reason: str  # a short explanation

    @property
    def correct(self) -> bool:
        return self.verdict == CORRECT

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "extracted": self.extracted, "kind": self.kind, "rule": self.rule,
                "reason": self.reason}


class BudgetExceeded(Exception):
    """A check would cost more time or size than its budget allows; the verdict fails closed."""


@dataclass
class Budget:
    """A cooperative time and size budget: checks call `check()` between steps (no signals, so it is
    thread-safe) and refuse inputs over `max_chars` or numbers over `max_digits` before computing."""

    seconds: float = 0.05
    max_chars: int = 2000  # longest expression string handed to a symbolic parser
    max_digits: int = 400  # largest integer (in decimal digits) a computation may produce
    started: float = 0.0

    def __post_init__(self) -> None:
        self.started = time.perf_counter()

    def check(self, what: str = "symbolic check") -> None:
        if time.perf_counter() - self.started > self.seconds:
            raise BudgetExceeded(f"{what}: over the {self.seconds * 1e3:.0f} ms budget")

    def remaining(self) -> float:
        return self.seconds - (time.perf_counter() - self.started)
