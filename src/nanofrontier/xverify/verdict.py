"""The verdict record, the four answer kinds, and the budget every symbolic check runs under."""

from __future__ import annotations

import time
from dataclasses import dataclass

KINDS = ("multiple_choice", "math", "short_answer", "classification")
# VAR's key_answer_type names for the same kinds.
VAR_KINDS = {"alphabet_option": "multiple_choice", "math": "math", "short_text": "short_answer",
             "categorical_label": "classification"}
CORRECT, INCORRECT = "Correct", "Incorrect"
# How far a rule verdict can be trusted: "sure" when the output commits to its answer explicitly and a rule
# that is exact for the kind decided it; "unsure" otherwise (a cascade sends these to its judge).
SURE, UNSURE = "sure", "unsure"


@dataclass(frozen=True, kw_only=True)
class Verdict:
    verdict: str  # "Correct" | "Incorrect"
    extracted: str | None  # the final answer taken from the output (None: there was none)
    kind: str  # one of KINDS
    rule: str  # what decided: a rule name such as "math.number", or "judge"
    reason: str  # a short explanation
    confidence: str = SURE  # SURE | UNSURE: the rules' confidence (a judge's verdict keeps the rules' UNSURE)

    @property
    def correct(self) -> bool:
        return self.verdict == CORRECT

    @property
    def sure(self) -> bool:
        return self.confidence == SURE

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "extracted": self.extracted, "kind": self.kind, "rule": self.rule,
                "confidence": self.confidence, "reason": self.reason}


class BudgetExceeded(Exception):
    """A check would cost more work or size than its budget allows; the verdict fails closed."""


# Work units: one per expression node evaluated at one sample point, per parse of 100 characters, per
# comparison step; a latex2sympy parse costs FALLBACK_COST.
DEFAULT_MAX_WORK = 5_000  # 33x the most any case of the shipped sets uses (150)
FALLBACK_COST = 500


@dataclass
class Budget:
    """A cooperative budget that counts work, so the same input gets the same verdict on a loaded machine.

    Checks call `check(what, cost)` between steps (no signals, so it is thread-safe); over `max_work` units
    they raise `BudgetExceeded`. Inputs over `max_chars` or numbers over `max_digits` are refused before any
    computing. `seconds` is a safety net only (a wall clock is not deterministic): a check past it raises too,
    and it is generous enough (2 s) that no input within `max_work` reaches it on a working machine."""

    max_work: int = DEFAULT_MAX_WORK
    seconds: float = 2.0
    max_chars: int = 2000  # longest expression string handed to a symbolic parser
    max_digits: int = 400  # largest integer (in decimal digits) a computation may produce
    work: int = 0
    started: float = 0.0

    def __post_init__(self) -> None:
        self.started = time.perf_counter()

    def check(self, what: str = "symbolic check", cost: int = 1) -> None:
        self.work += cost
        if self.work > self.max_work:
            raise BudgetExceeded(f"{what}: over the budget of {self.max_work} work units")
        if time.perf_counter() - self.started > self.seconds:
            raise BudgetExceeded(f"{what}: over the {self.seconds:.1f} s safety limit")

    def remaining(self) -> int:
        """Work units left."""
        return self.max_work - self.work
