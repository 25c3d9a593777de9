"""The verification cascade: clean, extract the last committed answer, compare by kind, say how sure the
rules are, and hand what they are unsure of to an optional judge model.

    verify(question, output, reference)                    # rules only: a Verdict with .confidence sure/unsure
    verify(question, output, reference, judge=LocalJudge("xVerify-0.5B-I"))   # unsure verdicts go to the judge
    verify_many(cases, judge=..., workers=4)               # thread-parallel, input order kept

A verdict is sure when the output commits to its answer explicitly (a box, "the answer is", 答案是, ...) and
a comparison that is exact for the kind decided it (EXACT_RULES), or when the output as a whole decides it
(empty, hedged, cut off). Everything else is unsure: an answer taken from the last line or a bold phrase, a
paraphrase or partial name, a formula the parsers cannot read.

Everything here is a pure function of its arguments: it is thread-safe, and its only time limit is
the cooperative `Budget` of the symbolic checks (no signals). Over budget fails closed: Incorrect, unsure,
rule "budget".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from nanofrontier.xverify.bases import based_equal
from nanofrontier.xverify.cases import Case, CaseError, parse_kind
from nanofrontier.xverify.caveats import caveat, holds_reference, words_beside, written_apart
from nanofrontier.xverify.choice import (
    answer_labels,
    choice_equal,
    chosen_together,
    detect_kind,
    label_equal,
    other_option_named,
    parse_options,
)
from nanofrontier.xverify.clock_words import CLOCK_IN_TEXT
from nanofrontier.xverify.equivalents import named_values
from nanofrontier.xverify.extract import extract_answer, reference_answer
from nanofrontier.xverify.final_lines import contradicted_just_before, offers_two
from nanofrontier.xverify.final_values import sentence_value, two_forms, value_and_point, value_beyond_question
from nanofrontier.xverify.math_answers import compare_math, named_equal
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.normalize import clean_output, fold_unicode, strip_thinking
from nanofrontier.xverify.number_words import amount_in_words
from nanofrontier.xverify.numbers import parse_quantity, point_decimals, writes_decimal_commas
from nanofrontier.xverify.parts import part_lines, parts_match, reference_values
from nanofrontier.xverify.short import aliases, short_answer_decision
from nanofrontier.xverify.text_forms import solution_count
from nanofrontier.xverify.verdict import (
    CORRECT,
    DEFAULT_MAX_WORK,
    INCORRECT,
    SURE,
    UNSURE,
    Budget,
    BudgetExceeded,
    Verdict,
)
from nanofrontier.xverify.worked_references import final_readings, is_worked

log = logging.getLogger(__name__)

MAX_OUTPUT_CHARS = 200_000  # longer outputs are cut to their tail, where the final answer is


# Where the output commits to its answer itself; bold text, the last line or number, a weak 所以…为, or a
# label stated plainly are fallbacks.
COMMITTED_SOURCES = frozenset({"boxed", "answer_is", "final_answer", "choose", "chinese_marker", "json"})
# Comparisons that are exact for their kind. Short answers are exact only by alias, date or number (a
# paraphrase, a partial name or a sentence around the name is a judge's call).
EXACT_RULES = frozenset({"choice", "label", "math.string", "math.number", "math.expression", "math.equation",
                         "math.interval", "math.set", "math.tuple", "math.matrix", "math.ratio", "math.relation",
                         "math.time", "math.base", "math.named", "math.antiderivative", "math.plus_minus",
                         "math.congruence", "math.parts", "math.piecewise", "math.option",
                         "short.alias", "short.date", "short.number", "short.alternative", "short.formula",
                         "short.unit", "short.element"})
# Where an answer is read without any marker: the output's last line, its last numbers.
MAX_HEDGED_FALLBACK = 80  # a last line longer than this read as two answers is prose, not a hedge (unsure)
MIN_SURVEY = 3  # a line naming this many answers without a marker weighs them: it offers none of them
_RECAP = re.compile(r"\W*(?:小结|总结|回顾一下|recap|to\s+recap|in\s+summary|summary|to\s+sum\s+up)\b", re.IGNORECASE)
FALLBACK_SOURCES = frozenset({"final_line", "first_line", "last_number", "elimination"})
# Verdicts about the output as a whole: empty, hedged between answers, cut off, or restating the question.
SURE_WITHOUT_ANSWER = frozenset({"extract.empty", "extract.hedged", "extract.truncated", "extract.echo"})


def verify(question: str, output: str, reference: str, *, kind: str | None = None, judge=None,
           max_work: int = DEFAULT_MAX_WORK) -> Verdict:
    """Correct or Incorrect, with the extracted answer, the kind, the deciding rule, the rules' confidence
    and a reason. With a `judge`, every verdict the rules are unsure of is the judge's; sure ones stand.

    `max_work` bounds the symbolic checks in work units (verdict.Budget), not in seconds, so a verdict
    does not depend on how loaded the machine is; an input over it fails closed (rule "budget", unsure)."""
    verdict = rules_verdict(question, output, reference, kind=kind, max_work=max_work)
    if judge is None or verdict.sure:
        return verdict
    return _ask_judge(judge, question, output, reference, verdict)


def rules_verdict(question: str, output: str, reference: str, *, kind: str | None = None,
                  max_work: int = DEFAULT_MAX_WORK) -> Verdict:
    """The rules' verdict alone, with its confidence (SURE or UNSURE); an undecided case is Incorrect, unsure.

    A math reference written as working ("…, so m + n = 47") that the answer does not match is read again
    by its last clause and that clause's last side (worked_references.py); what either reading decides, and
    a mismatch against the working itself, is unsure."""
    verdict = _rules_verdict(question, output, reference, kind=kind, max_work=max_work)
    if verdict.verdict == CORRECT or verdict.kind != "math" or verdict.rule in SURE_WITHOUT_ANSWER:
        return verdict
    answered = reference_answer(reference, parse_kind(kind))
    # A box or "Answer:" in the reference names its answer; a weak 故/所以 inside working may not, so the
    # working itself is read too.
    forms = [form for form in dict.fromkeys((answered,) if _STRONG_REFERENCE_MARKER.search(reference)
                                            else (reference, answered)) if is_worked(form)]
    if not forms:
        return verdict
    for reading in dict.fromkeys(r for form in forms for r in final_readings(form)):
        again = _rules_verdict(question, output, reading, kind="math", max_work=max_work)
        if again.verdict == CORRECT:
            return replace(again, confidence=UNSURE,
                           reason=f"{again.reason}; unsure: read against the last clause of a worked reference")
    if verdict.sure:
        return replace(verdict, confidence=UNSURE, reason=f"{verdict.reason}; unsure: the reference is working, "
                       "not one answer")
    return verdict


_THINK_TAG = re.compile(r"</?think\s*>", re.IGNORECASE)  # an answer only in the reasoning is never sure
_STRONG_REFERENCE_MARKER = re.compile(r"\\boxed|####|\banswer\b|答案", re.IGNORECASE)


def _rules_verdict(question: str, output: str, reference: str, *, kind: str | None = None,
                   max_work: int = DEFAULT_MAX_WORK) -> Verdict:
    given, reference = reference, reference_answer(reference, parse_kind(kind))  # a worked solution: its answer
    kind = parse_kind(kind) or detect_kind(question, reference)
    if kind == "math":
        reference = _chain_end(reference)  # "S₁₀=10×2+10×9×3÷2=20+135=155": S₁₀ = 155
    if kind == "short_answer" and _YES_NO_REFERENCE.fullmatch(reference.strip().rstrip(".。").lower()):
        kind = "classification"  # "Is 2027 a leap year?" with the reference "no": a yes/no label, however typed
    if not output or not output.strip():
        return Verdict(verdict=INCORRECT, extracted=None, kind=kind, rule="extract.empty", reason="empty output")
    options = parse_options(question) if kind == "multiple_choice" else None
    text = output[-MAX_OUTPUT_CHARS:]
    if in_reasoning := (not strip_thinking(text).strip() and _THINK_TAG.search(text) is not None):
        text = _THINK_TAG.sub("\n", text)  # "<think>... the answer is Refutes.</think>" and nothing after it
    extraction = extract_answer(text, kind=kind, options=options)  # it cleans the text itself
    answer = _answer_value(extraction.answer, kind, question, output, max_work)
    if kind == "math" and (parts := part_lines(strip_thinking(text), reference)) and "(" not in (answer or "")[:3]:
        answer, extraction = parts, replace(extraction, answer=parts, source="part_lines")  # a list of parts: unsure

    def decided(equal: bool | None, rule: str, reason: str) -> Verdict:
        committed = (rule in SURE_WITHOUT_ANSWER or extraction.source in COMMITTED_SOURCES) and not in_reasoning
        if rule == "extract.hedged" and extraction.source in FALLBACK_SOURCES \
                and len(extraction.answer or "") > MAX_HEDGED_FALLBACK:
            committed = False  # an "or" somewhere in a paragraph taken as the last line: no two answers offered
        if rule == "extract.hedged" and extraction.source not in COMMITTED_SOURCES \
                and options and len(named := (extraction.answer or "").split(",")) >= MIN_SURVEY \
                and all(part.strip() in options for part in named):
            committed = False  # three options or more named without a marker: a survey, not a hedge
        if rule == "extract.truncated" and extraction.source != "loop":
            committed = False  # "it stops mid-sentence" is read from the ending: a judge may see an answer there
        sure = equal is not None and committed and (rule in EXACT_RULES or rule in SURE_WITHOUT_ANSWER)
        if sure and extraction.unfinished and rule not in SURE_WITHOUT_ANSWER:
            sure, reason = False, f"{reason}; unsure: the output stops unfinished after its answer"
        if sure and equal is False and rule not in SURE_WITHOUT_ANSWER and kind in ("math", "short_answer") \
                and holds_reference(answer, reference):
            sure, reason = False, f"{reason}; unsure: the answer writes the reference's value inside more"
        if sure and equal is False and kind == "math" and rule not in SURE_WITHOUT_ANSWER \
                and rule in _STRUCTURE_RULES and (words_beside(answer) or words_beside(reference)):  # "3 April, a Fri"
            sure, reason = False, f"{reason}; unsure: words beside the values the parsers compare"
        if sure and rule == "extract.echo" and extraction.source not in COMMITTED_SOURCES:
            sure, reason = False, f"{reason}; unsure: the restated condition was read without a marker"
        if sure and kind == "math" and rule not in SURE_WITHOUT_ANSWER and (why := written_apart(answer, given)):
            sure, reason = False, f"{reason}; unsure: {why}"
        if sure and rule not in SURE_WITHOUT_ANSWER and (doubt := _doubt(equal)):
            sure, reason = False, f"{reason}; unsure: {doubt}"
        said = extraction.candidates[-1] if kind == "multiple_choice" and extraction.candidates else answer
        if sure and rule not in SURE_WITHOUT_ANSWER and said \
                and (why := caveat(kind, question, said, reference, equal, options)):
            sure, reason = False, f"{reason}; unsure: {why}"
        last_line = output.rstrip().rsplit("\n", 1)[-1]
        if equal and extraction.ending and _RECAP.match(last_line) and (answer or "") not in last_line and _compare(
                kind, question, extraction.ending, answer, options or {}, Budget(max_work=max_work))[0] is False:
            equal, sure = False, False  # "所以答案是 B。\n\n小结：…结果为 A。": the output contradicts its own answer
            reason += f"; a closing recap names another value ({extraction.ending!r}), so Incorrect (unsure)"
        if equal is None:
            reason += "; the rules could not decide, so Incorrect (unsure: a judge, if given, decides)"
        return Verdict(verdict=CORRECT if equal else INCORRECT, extracted=answer, kind=kind, rule=rule,
                       reason=reason, confidence=SURE if sure else UNSURE)

    def _doubt(equal: bool) -> str | None:
        """Evidence in the output against a verdict the rules would call sure."""
        budget = Budget(max_work=max_work)
        try:
            if extraction.ending and extraction.ending != answer and \
                    _compare(kind, question, extraction.ending, answer, options or {}, budget)[0] is not True:
                return f"the output ends on another value ({extraction.ending!r})"
            if equal and (before := contradicted_just_before(output, extraction.candidates)) and \
                    _compare(kind, question, before, answer, options or {}, budget)[0] is False:
                return f"the output commits to another value just before, uncorrected ({before!r})"
            if not equal:
                for earlier in extraction.candidates[:-1]:
                    if earlier != answer and _compare(kind, question, earlier, reference, options or {}, budget)[0]:
                        return f"the output committed to the reference's value earlier ({earlier!r})"
        except BudgetExceeded:
            return "over budget while checking the rest of the output"
        return None

    if extraction.status == "hedged" and kind == "multiple_choice" and options \
            and (chosen := chosen_together((extraction.candidates or ("",))[-1] or extraction.answer or "",
                                            extraction.statement or "", reference, question, options)) is not None:
        return decided(chosen == sorted(answer_labels(reference, options)), "choice",
                       f"the output chooses options {', '.join(sorted(chosen))} together; the reference is "
                       f"{reference!r} ({extraction.source})")
    if extraction.status == "hedged":
        return decided(False, "extract.hedged", "the output commits to more than one answer: "
                       + " / ".join(extraction.candidates))
    stated = (extraction.statement or "").replace("**", "").strip()
    if kind == "multiple_choice" and options and stated and answer and len(answer) <= 2 \
            and (other := other_option_named(stated, options)):
        return decided(False, "extract.hedged", f"the output names option {answer} by its label and option {other} "
                       f"by its text: {stated!r}")
    if extraction.status == "ok" and offers_two(_last_line(output), kind):
        return decided(False, "extract.hedged", "the final answer line offers two answers joined by 'or': "
                       f"{_last_line(output).strip()!r}")
    if extraction.status == "ok" and _UNDECIDED.search(_last_line(output)):
        return decided(False, "extract.undecided", "the output's last line says it cannot decide between answers")
    if extraction.status == "truncated":
        return decided(False, "extract.truncated", "the output stops before committing to an answer")
    if answer is None:
        return decided(None, "extract.none", "no final answer found")
    if kind == "math" and _echoes_question(answer, question, reference):
        return decided(False, "extract.echo", "the answer restates the question's own equation or inequality")
    if kind == "math" and _restates_operation(answer, question, reference):
        return decided(False, "math.restated", "the answer is the question's own operation, not carried out "
                       f"({answer!r}); unsure: a judge, if given, decides")
    try:
        budget = Budget(max_work=max_work)
        equal, rule = _compare(kind, question, answer, reference, options or {}, budget)
        if equal and extraction.alternatives:  # "55 (or 51, if ...)": a second answer, unless the same value
            others = [_compare(kind, question, alt, reference, options or {}, budget)[0]
                      for alt in extraction.alternatives]
            if None in others:
                return decided(None, "extract.alternative", "an alternative answer is offered that the rules "
                               "cannot compare: " + " / ".join(extraction.alternatives))
            if not all(others):
                return decided(False, "extract.hedged", "the output also offers " + " / ".join(extraction.alternatives))
    except BudgetExceeded as e:
        return decided(None, "budget", f"budget: {e}")
    if not equal:
        equal, rule = _second_reading(equal, rule, kind, question, output, reference, extraction, max_work)
    if kind == "math" and (both := value_and_point(clean_output(text), given)) is not None and both != equal:
        equal, rule = both, "math.value_point"  # "the minimum value is 12, reached when x = 5"; the point alone: no
    reason = (f"{answer!r} matches the reference {reference!r}" if equal
              else f"{answer!r} against the reference {reference!r}" if equal is None
              else f"{answer!r} does not match the reference {reference!r}")
    return decided(equal, rule, f"{reason} ({extraction.source})")


# Comparisons of a structure read out of the text (a set, a tuple, an equation): words around it may name its
# parts ("center at (3, -2) with r = 4"), which these comparisons do not read.
_STRUCTURE_RULES = frozenset({"math.set", "math.tuple", "math.equation"})




def _answer_value(answer: str | None, kind: str, question: str, output: str, max_work: int) -> str | None:
    """The extracted answer as the value to compare: decimal commas as points, the one number a Chinese sentence
    adds to the question, no option label before a value, one of two forms of one value."""
    if answer and (quoted := _QUOTE_MARK.match(answer)) and quoted.end() < len(answer):
        answer = answer[quoted.end():]  # "> 12:15": a line quoted in Markdown, its text the answer
    if answer and kind in ("math", "short_answer") and "," in answer and writes_decimal_commas(output[-20_000:]):
        answer = point_decimals(answer)  # "2,125" in a text that writes 3,45 for 3.45 is 2.125
    if not answer or kind != "math":
        return answer
    if len(named_values(answer) or {}) >= 2:
        return answer  # "最大值为 3，最小值为 -13": values named one by one, compared by name
    if not CLOCK_IN_TEXT.search(answer) and (beyond := value_beyond_question(answer, question)):  # 15:20 is one time
        answer = beyond  # "答：两人合作2小时完成了全部工程的六分之五": the value the question does not give
    if (lead := _CJK_LEAD.match(answer)) and lead.end() < len(answer):
        answer = answer[lead.end():]  # "方程的解为 -6 和 -4": what the value is, said before it
    if (point := _NAMED_POINT.fullmatch(answer.strip())) is not None:
        answer = point.group("coordinates")  # "F(2, 0)": a point named by its letter, the coordinates its value
    if (label := _OPTION_LEAD.match(answer)) and label.end() < len(answer):
        answer = answer[label.end():]  # "\\text{(B) } 12": the value after an option's label
    if (forms := two_forms(answer)) and _same_value(*forms, question, max_work):
        answer = forms[0]  # "\\frac{3}{8}, or 37.5%": one value written two ways
    return answer


def _chain_end(reference: str) -> str:
    """A reference written as a chain of equal steps ending in a number is its first and last sides."""
    sides = reference.split("=")
    if len(sides) < 3 or _RELATION_SIGN.search(reference) or _LIST_SIGN.search(reference) \
            or not _NUMBER_SIDE.fullmatch(sides[-1]):
        return reference
    return fold_unicode(f"{sides[0].strip()} = {sides[-1].strip()}")


_RELATION_SIGN = re.compile(r"[<>≤≥≠]|\\[lg]eq?\b|\\neq?\b")
_LIST_SIGN = re.compile(r"[,;，；、]|\\text|\bor\b|\band\b|或|和|且")  # "x=2, x=7": two values, not a chain
_NUMBER_SIDE = re.compile(r"\s*-?\d+(?:\.\d+)?\s*\$?\s*")


_DOMAIN = re.compile(r"[,，;]?\s*(?:\\[ ,;]|\\quad|~)*\s*[(（]?\s*(?:k\s*(?:\\in|∈)\s*(?:\\mathbb\s*\{\s*Z\s*\}|Z|ℤ)|"
                     r"k\s+(?:is\s+)?an?\s+integer|k\s*(?:为|是)整数)\s*[)）]?\s*\.?$", re.IGNORECASE)


def _second_reading(equal: bool | None, rule: str, kind: str, question: str, output: str, reference: str,
                    extraction, max_work: int) -> tuple[bool | None, str]:
    """Readings for a judge's benefit when the first comparison did not match; what they decide is never sure
    (their rules are not in EXACT_RULES)."""
    if kind == "classification" and extraction.statement and extraction.statement != extraction.answer \
            and label_equal(extraction.statement, reference, question):
        return True, "label.statement"  # "No, this is not entailment": the label in the clause after "No"
    if kind == "math" and (said := sentence_value(extraction.answer or "", question)) is not None:
        if _same_value(said, reference, question, max_work):
            return True, "math.sentence"  # "Mars has two moons, Phobos and Deimos" for 2
        if equal is False:
            rule = "math.sentence"  # a sentence around the value: which number is the answer is a judge's call
    if kind == "math" and not equal and _DOMAIN.search(extraction.answer or "") and _DOMAIN.search(reference) \
            and _same_value(_DOMAIN.sub("", extraction.answer or ""), _DOMAIN.sub("", reference), question, max_work):
        return True, "math.family"  # "x = k\\pi + \\pi/6 \\ (k \\in \\mathbb{Z})": one family, its domain aside
    if kind == "math" and not equal and (score := _SCORE.fullmatch(reference.strip())) \
            and (said := list(_SAID_SCORE.finditer(extraction.answer or ""))) \
            and said[-1].group(1, 2) == score.group(1, 2):
        return True, "math.score"  # "the Rovers won 4 to 1" for the score 4-1 (unsure)
    for tail, tail_rule in _TAIL_READINGS:  # what the answer concludes, or restates itself as, after a comma
        said = tail.search(extraction.answer or "") if kind == "math" and not equal else None
        if said and _same_value(said.group("value"), reference, question, max_work):
            return True, tail_rule
    if kind in ("math", "short_answer") and not equal and (said := solution_count(extraction.answer or "")) \
            and (asked := solution_count(reference)):
        return said == asked, "math.solution_count"  # "the system is dependent" for "infinitely many solutions"
    if kind == "math" and not equal and (amount := amount_in_words(extraction.answer or "")) is not None \
            and _same_value(str(amount), reference, question, max_work):
        return True, "math.words_amount"  # "one sixth of a cup" for \frac{1}{6}, "one in two" for 1/2
    aside = _BRACKETED_VALUE.fullmatch((extraction.answer or "").strip(" ."))
    if kind == "math" and equal is None and aside and _same_value(aside.group("value"), reference, question, max_work):
        return True, "math.bracketed"  # "twenty past twelve (12:20)": words the parsers cannot read, then the value
    sure_kind = equal is not None and rule in EXACT_RULES and extraction.source in COMMITTED_SOURCES
    if not sure_kind and kind in ("math", "short_answer") and reference_values(reference) \
            and parts_match(question, clean_output(output[-MAX_OUTPUT_CHARS:]), reference):
        return True, "parts"  # "the mean is 5 and the median is 4" for "Mean 5, median 4"
    return equal, rule


def _same_value(a: str, b: str, question: str, max_work: int) -> bool:
    try:
        return math_equal(a, b, question=question, budget=Budget(max_work=max_work))[0] is True
    except BudgetExceeded:
        return False


_CJK_LEAD = re.compile(r"\s*[\u4e00-\u9fff]{2,12}(?:为|是|[:：])\s*(?=[-+−\d\\(\[{$])")
_NAMED_POINT = re.compile(r"[A-Z](?:_\{?\w+\}?|')?\s*(?P<coordinates>\([^()]*,[^()]*\))")
_QUOTE_MARK = re.compile(r"\s*(?:>\s+)+")
_OPTION_LEAD = re.compile(r"\s*(?:\\text\s*\{\s*)?\([A-E]\)\s*\}?\s*(?=[-\d\\$])")
_YES_NO_REFERENCE = re.compile(r"yes|no|true|false|是|否|对|错|正确|错误|是的|不是")  # not "right": also a direction
_CONCLUDED_TAIL = re.compile(r"[,，;；]\s*(?:so|hence|thus|therefore|所以|因此|故)\s*,?\s*"
                             r"(?P<value>.{1,80}?)\s*[.。]?$", re.IGNORECASE)
_RESTATED_TAIL = re.compile(r"[,，;]\s*(?:i\.\s?e\.?|that\s+is|namely|即|也就是)\s*,?\s*"
                            r"(?P<value>[^,;，；]{1,60}?)\s*\.?$", re.IGNORECASE)
# "(x - 1)(x + 3) = 0, so x \\in \\{1, -3\\}" (concluded); "a = 5, b = -14, i.e. 5 - 14i" (restated)
_TAIL_READINGS = ((_CONCLUDED_TAIL, "math.concluded"), (_RESTATED_TAIL, "math.restated"))
_SCORE = re.compile(r"(\d+)\s*[-–:]\s*(\d+)")
_SAID_SCORE = re.compile(r"(?<![\d.])(\d+)\s*(?:to|[-–:]|比)\s*(\d+)(?![\d.])")
_BRACKETED_VALUE = re.compile(r"[^()]{3,80}?\s*[(（](?P<value>[^()（）]{1,40})[)）]")
_RELATION = re.compile(r"=|<|>|\\[lg]eq?\b|\\neq\b|[≤≥≠]")


def _squash(text: str) -> str:
    return re.sub(r"\s+|\$", "", text)


def _echoes_question(answer: str, question: str, reference: str) -> bool:
    """The answer is an equation or inequality copied from the question ("Solve -2x - 1 <= -11." answered
    with "-2x - 1 \\le -11"): restating the problem is no answer, even when it is equivalent to the solution."""
    a = _squash(answer)
    return (len(a) >= 5 and _RELATION.search(answer) is not None and a in _squash(question)
            and _squash(reference) not in _squash(question))


def _last_line(output: str) -> str:
    lines = [line for line in output[-2000:].splitlines() if line.strip()]
    return lines[-1] if lines else ""


# "I'd go with 37.8, though 212 is also plausible - I can't fully decide": an answer offered, not committed to.
_UNDECIDED = re.compile(r"\b(?:can(?:no|')?t|cannot|unable\s+to)\s+(?:\w+\s+)?(?:decide|choose)\b|"
                        r"\b(?:is|are|seems?)\s+also\s+(?:plausible|possible|likely)\b|拿不准|难以(?:决定|取舍)|无法决定",
                        re.IGNORECASE)


def _restates_operation(answer: str, question: str, reference: str) -> bool:
    """The answer copies an operation the question asks to carry out ("Compute $2^{10}$." answered "2^{10}",
    "Expand (x+1)(x-2)" answered "(x+1)(x-2)"): equal in value to the result, but not an answer to it."""
    a = _squash(answer).rstrip(".。")
    return (len(a) >= 3 and _OPERATION.search(a) is not None and _RELATION.search(answer) is None
            and a in _squash(question) and _squash(reference) not in _squash(question))


_OPERATION = re.compile(r"[\^*+!]|\\(?:times|cdot|sqrt|int|sum|prod|binom|div)(?![A-Za-z])|\)\(|(?<=[\w)}])-")


def _compare(kind: str, question: str, answer: str, reference: str, options: dict[str, str],
             budget: Budget) -> tuple[bool | None, str]:
    if kind == "multiple_choice":
        equal = choice_equal(answer, reference, options)
        if not equal and not answer_labels(answer, options) and _DIGIT.search(answer):
            by_value = _option_by_value(answer, options, budget)  # "0.75" for "B. 3/4": the option's value
            if by_value is not None:
                equal = answer_labels(reference, options) == [by_value]
            elif (q := parse_quantity(answer)) is not None and q.unit:
                equal = None  # "212 °F" against options in °C: another unit, which the rules do not convert
        return equal, "choice"
    if kind == "classification":
        return label_equal(answer, reference, question), "label"
    if kind == "math":
        return compare_math(question, answer, reference, budget)
    if (named := named_equal(answer, reference, question, budget)) is not None:
        return named, "math.named"  # "mean 8; median 7" for "mean = 8, median = 7", typed as a short answer
    if (by_base := based_equal(answer, reference, question)) is not None:
        return by_base, "math.base"  # "0xFF" for FF when hexadecimal is asked
    equal, rule = short_answer_decision(answer, reference, question=question)
    if equal is None:  # a number, quantity or formula given as a short answer (or as one of its aliases)
        names = [n for n in aliases(reference) if detect_kind("", n) == "math" or parse_quantity(n) is not None]
        verdicts = [math_equal(answer, n, question=question, budget=budget) for n in names[:4]]
        if any(v[0] for v in verdicts):
            return True, next(r for v, r in verdicts if v)
        if verdicts and all(v[0] is False for v in verdicts) and detect_kind("", reference) == "math":
            return False, verdicts[0][1]
    return equal, rule


def _option_by_value(answer: str, options: dict[str, str], budget: Budget) -> str | None:
    """The one option whose text is the answer's value written otherwise ("0.75" for "3/4", "6" for "six")."""
    if not _DIGIT.search(answer + "".join(options.values())) or len(answer) > 60:
        return None
    same = [label for label, text in options.items() if math_equal(answer, text, budget=budget)[0] is True]
    return same[0] if len(same) == 1 else None


_DIGIT = re.compile(r"\d")


def _ask_judge(judge, question: str, output: str, reference: str, rules: Verdict) -> Verdict:
    reply = judge.judge(question, output, reference)
    if reply not in (CORRECT, INCORRECT):
        return replace(rules, verdict=INCORRECT, rule="judge",
                       reason=f"the rules were unsure ({rules.rule}); the judge's reply was not Correct/Incorrect, "
                              "so Incorrect")
    return replace(rules, verdict=reply, rule="judge",
                   reason=f"the rules were unsure ({rules.rule}); the judge decided")


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
