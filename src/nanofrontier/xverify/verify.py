"""The verification cascade: clean, extract the last committed answer, compare by kind, and hand
only what the rules cannot decide to an optional judge model.

    verify(question, output, reference)                    # rules only
    verify(question, output, reference, judge=LocalJudge("xVerify-0.5B-I"))
    verify_many(cases, judge=..., workers=4)               # thread-parallel, input order kept

Everything here is a pure function of its arguments: it is thread-safe, and its only time limit is
the cooperative `Budget` of the symbolic checks (no signals). Over budget fails closed: Incorrect,
reason "budget".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from nanofrontier.xverify.cases import Case, CaseError, parse_kind
from nanofrontier.xverify.choice import choice_equal, detect_kind, label_equal, parse_options
from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.short import short_answer_decision
from nanofrontier.xverify.verdict import CORRECT, DEFAULT_MAX_WORK, INCORRECT, Budget, BudgetExceeded, Verdict

log = logging.getLogger(__name__)

MAX_OUTPUT_CHARS = 200_000  # longer outputs are cut to their tail, where the final answer is


def verify(question: str, output: str, reference: str, *, kind: str | None = None, judge=None,
           max_work: int = DEFAULT_MAX_WORK) -> Verdict:
    """Correct or Incorrect, with the extracted answer, the kind, the deciding rule and a reason.

    `max_work` bounds the symbolic checks in work units (verdict.Budget), not in seconds, so a verdict
    does not depend on how loaded the machine is; an input over it fails closed (rule "budget")."""
    kind = parse_kind(kind) or detect_kind(question, reference)
    if not output or not output.strip():
        return Verdict(verdict=INCORRECT, extracted=None, kind=kind, rule="extract.empty", reason="empty output")
    options = parse_options(question) if kind == "multiple_choice" else None
    extraction = extract_answer(output[-MAX_OUTPUT_CHARS:], kind=kind, options=options)  # it cleans the text itself
    answer = extraction.answer

    def undecided(rule: str, reason: str) -> Verdict:
        if judge is None:
            return Verdict(verdict=INCORRECT, extracted=answer, kind=kind, rule=rule,
                           reason=f"{reason}; no judge given, so Incorrect")
        return _ask_judge(judge, question, output, reference, kind, answer, reason)

    if extraction.status == "hedged":
        return Verdict(verdict=INCORRECT, extracted=answer, kind=kind, rule="extract.hedged",
                       reason="the output commits to more than one answer: " + " / ".join(extraction.candidates))
    if extraction.status == "truncated":
        return Verdict(verdict=INCORRECT, extracted=answer, kind=kind, rule="extract.truncated",
                       reason="the output stops before committing to an answer")
    if answer is None:
        return undecided("extract.none", "no final answer found")
    if kind == "math" and _echoes_question(answer, question, reference):
        return Verdict(verdict=INCORRECT, extracted=answer, kind=kind, rule="extract.echo",
                       reason="the answer restates the question's own equation or inequality")
    try:
        equal, rule = _compare(kind, question, answer, reference, options or {}, Budget(max_work=max_work))
    except BudgetExceeded as e:
        return Verdict(verdict=INCORRECT, extracted=answer, kind=kind, rule="budget", reason=f"budget: {e}")
    if equal is None:
        return undecided(rule, "the rules could not decide")
    reason = (f"{answer!r} matches the reference {reference!r}" if equal
              else f"{answer!r} does not match the reference {reference!r}")
    return Verdict(verdict=CORRECT if equal else INCORRECT, extracted=answer, kind=kind, rule=rule,
                   reason=f"{reason} ({extraction.source})")


_RELATION = re.compile(r"=|<|>|\\[lg]eq?\b|\\neq\b|[≤≥≠]")


def _squash(text: str) -> str:
    return re.sub(r"\s+|\$", "", text)


def _echoes_question(answer: str, question: str, reference: str) -> bool:
    """The answer is an equation or inequality copied from the question ("Solve -2x - 1 <= -11." answered
    with "-2x - 1 \\le -11"): restating the problem is no answer, even when it is equivalent to the solution."""
    a = _squash(answer)
    return (len(a) >= 5 and _RELATION.search(answer) is not None and a in _squash(question)
            and _squash(reference) not in _squash(question))


def _compare(kind: str, question: str, answer: str, reference: str, options: dict[str, str],
             budget: Budget) -> tuple[bool | None, str]:
    if kind == "multiple_choice":
        return choice_equal(answer, reference, options), "choice"
    if kind == "classification":
        return label_equal(answer, reference, question), "label"
    if kind == "math":
        equal, rule = math_equal(answer, reference, question=question, budget=budget)
        if equal is None:
            equal, rule = short_answer_decision(answer, reference, question=question)
            return equal, f"math.fallback.{rule}"
        return equal, rule
    equal, rule = short_answer_decision(answer, reference, question=question)
    if equal is None and detect_kind("", reference) == "math":  # a number or formula given as a short answer
        math, math_rule = math_equal(answer, reference, question=question, budget=budget)
        if math is not None:
            return math, math_rule
    return equal, rule


def _ask_judge(judge, question: str, output: str, reference: str, kind: str, answer: str | None,
               why: str) -> Verdict:
    reply = judge.judge(question, output, reference)
    if reply not in (CORRECT, INCORRECT):
        return Verdict(verdict=INCORRECT, extracted=answer, kind=kind, rule="judge",
                       reason=f"{why}; the judge's reply was not Correct/Incorrect, so Incorrect")
    return Verdict(verdict=reply, extracted=answer, kind=kind, rule="judge", reason=f"{why}; the judge decided")


def verify_case(case: Case, *, judge=None, max_work: int = DEFAULT_MAX_WORK) -> Verdict:
    return verify(case.question, case.output, case.reference, kind=case.kind, judge=judge, max_work=max_work)


def verify_many(items: Iterable[Case | CaseError], *, judge=None, workers: int = 1, max_work: int = DEFAULT_MAX_WORK,
                on_done: Callable[[], None] | None = None) -> Iterator[tuple[Case | CaseError, Verdict | str]]:
    """(item, Verdict) per item in input order; (item, error message) for CaseErrors and for cases whose
    check raised, so one bad case never stops the batch."""

    def one(item: Case | CaseError) -> tuple[Case | CaseError, Verdict | str]:
        try:
            if isinstance(item, CaseError):
                return item, item.error
            try:
                return item, verify_case(item, judge=judge, max_work=max_work)
            except Exception as e:  # a per-item failure is reported, not raised (batch keeps going)
                log.warning("case %s (line %d) failed: %s", item.id, item.line, e)
                return item, f"line {item.line}: {type(e).__name__}: {e}"
        finally:
            if on_done is not None:
                on_done()

    if workers <= 1:
        yield from map(one, items)
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(one, items)
