"""The final committed answer in a long model output.

    ext = extract_answer(output, kind="math")          # pass the raw output: it is cleaned here
    ext.answer, ext.status, ext.source, ext.candidates  # "\\frac{1}{2}", "ok", "boxed", ("3", "\\frac{1}{2}")

The last commitment wins (a `\\boxed{3}` followed by "wait ... the answer is 1/2" gives 1/2), over
strong markers (`markers.py`); weak ones (所以…为) count only when no strong one exists. Several boxed
values in one final statement are one list answer ("2, 3"). Text after a committed answer that starts
a new problem ("\\n\\nQuestion:", 问题：) is dropped. With no commitment: a cut-off or looping output is
"truncated"; otherwise the answer falls back to bold text, then the last line, then (math) the last number.

status: "ok" | "none" | "hedged" (two different answers: "A or C", "either 3 or 4") | "truncated"
(the output ends in a loop or mid-sentence before committing; with an unclosed <think>, an answer found
inside the reasoning is kept but the status is "truncated" when the text stops mid-sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nanofrontier.xverify.capture import tidy
from nanofrontier.xverify.choice import MATH, MULTIPLE_CHOICE, answer_labels
from nanofrontier.xverify.markers import Commitment, MarkerIndex, followup_cut, last_commitments
from nanofrontier.xverify.normalize import clean_output, has_unclosed_think
from nanofrontier.xverify.truncation import looks_cut_off, repetition_start

OK, NONE, HEDGED, TRUNCATED = "ok", "none", "hedged", "truncated"
MAX_LIST_GAP = 40  # boxed values at most this far apart, with no sentence break between, form one list
TAIL_LINES = 5  # the bold/final-line fallbacks look only this far back

_BREAK_IN_GAP = re.compile(r"[.!?。](?:\s|$)|\n\s*\n|\b(?:wait|but|however|actually|hmm|no|recheck|"
                           r"alternatively|instead|correction)\b|不对|重新|但是|其实|更正", re.IGNORECASE)
_OR_IN_GAP = re.compile(r"\bor\b|或", re.IGNORECASE)
_HEDGE = re.compile(r"^\s*either\b|\bor\s+(?:maybe|possibly|perhaps)\b|\bnot\s+(?:sure|certain)\b|"
                    r"\b(?:maybe|perhaps|possibly)\b.*\bor\b|或者|也可能|不确定", re.IGNORECASE)
_LETTER_PAIR = re.compile(r"\s*[(]?[A-J][)]?\s*(?:or|and|/|,|或|和)\s*[(]?[A-J][)]?\s*")
_SHORT_OR = re.compile(r"\s+or\s+|或", re.IGNORECASE)
_BOLD = re.compile(r"\*\*([^*\n]{1,120}?)\*\*")
_HEADING_BOLD = re.compile(r"(?:step|part|case|solution|explanation|analysis|reasoning)\b|:\s*$", re.IGNORECASE)
_FILLER_LINE = re.compile(r"hope (?:this|it) helps|let me know|feel free|good luck|希望.*帮助|如有.*问题",
                          re.IGNORECASE)
_REFUSAL = re.compile(r"\b(?:I\s+(?:cannot|can't|can not|am unable to|'m unable to|am not able to)\s+"
                      r"(?:answer|help|provide|determine|solve)|I'?m sorry|I apologi[sz]e|as an AI|I don'?t know)\b|"
                      r"无法(?:回答|解答|确定答案)|抱歉|对不起", re.IGNORECASE)
_NEGATED_ANSWER = re.compile(r"\banswer\s+(?:is|would\s+be|should\s+be)\s+not\b|答案不是|答案并非", re.IGNORECASE)
_INLINE_MATH = re.compile(r"\$([^$]+)\$|\\\((.+?)\\\)")
_NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*/\s*\d+)?")
_PROSE_WORD = re.compile(r"(?<!\\)\b[A-Za-z]{3,}\b|[\u4e00-\u9fff]")


@dataclass(frozen=True, kw_only=True)
class Extraction:
    answer: str | None  # the final committed answer, raw-ish ("\\frac{1}{2}", "C", "Paris"); None: none given
    status: str  # OK | NONE | HEDGED | TRUNCATED
    source: str  # the marker that gave it: "boxed", "answer_is", "final_answer", "choose", "chinese_marker",
    #              "chinese_so", "option_label", "bold", "final_line", "last_number", or "none"
    candidates: tuple[str, ...] = ()  # distinct committed answers seen, in order (diagnostics)


def extract_answer(output: str, *, kind: str | None = None, options: dict[str, str] | None = None) -> Extraction:
    """The final answer of `output` (raw model text). `kind` (one of verdict.KINDS) and `options`
    (from `choice.parse_options`) let multiple-choice answers come back as option labels."""
    text = clean_output(output, keep_bold=True)
    if not text:
        return Extraction(answer=None, status=NONE, source="none")
    index = MarkerIndex(text)
    cut = followup_cut(index)
    pool = last_commitments(index.prefix(cut))
    text = text[:cut]
    loop = repetition_start(text)
    if pool:
        ext = _resolve(text, pool, kind, options)
        unfinished = has_unclosed_think(output) and looks_cut_off(text)
        if ext.status == OK and ((loop >= 0 and pool[-1].start < loop) or unfinished):
            return Extraction(answer=ext.answer, status=TRUNCATED, source=ext.source, candidates=ext.candidates)
        return ext
    if loop >= 0 or has_unclosed_think(output) or looks_cut_off(text):
        return Extraction(answer=None, status=TRUNCATED, source="none")
    return _fallback(text, kind, options)


def _boxed_group(text: str, pool: list[Commitment]) -> tuple[list[Commitment], bool]:
    """The boxed answers that end the pool and sit in one statement ("\\boxed{2} and \\boxed{3}"), and
    whether they are joined by "or"."""
    group, joined_by_or = [pool[-1]], False
    boxes = [c for c in pool if c.source == "boxed"]
    for prev in reversed(boxes[:-1]):
        gap = text[prev.box_end:group[0].box_start]
        if len(gap) > MAX_LIST_GAP or _BREAK_IN_GAP.search(gap):
            break
        joined_by_or |= _OR_IN_GAP.search(gap) is not None
        group.insert(0, prev)
    return group, joined_by_or


def _resolve(text: str, pool: list[Commitment], kind: str | None, options: dict[str, str] | None) -> Extraction:
    last = pool[-1]
    group, joined_by_or = _boxed_group(text, pool) if last.source == "boxed" else ([last], False)
    values = list(dict.fromkeys(c.text for c in group))
    candidates = tuple(dict.fromkeys(c.text for c in pool))
    answer, status = ", ".join(values), OK
    if kind == MULTIPLE_CHOICE:
        labels = answer_labels(answer, options)
        if labels:
            answer = ", ".join(labels)
        status = HEDGED if len(labels) > 1 or (joined_by_or and len(values) > 1) else OK
    elif _is_hedged(answer, kind) or (joined_by_or and len(values) > 1 and kind != MATH):
        status = HEDGED
    return Extraction(answer=answer, status=status, source=last.source, candidates=candidates)


def _is_hedged(answer: str, kind: str | None) -> bool:
    if _HEDGE.search(answer):
        return True
    if kind is None and _LETTER_PAIR.fullmatch(answer):
        return True
    if kind in ("short_answer", "classification"):
        parts = [p for p in _SHORT_OR.split(answer) if p.strip()]
        return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts)
    return False


def _tail_lines(text: str) -> list[str]:
    lines = [ln.strip() for ln in text[-4000:].split("\n") if ln.strip()]
    return [ln for ln in lines if not _FILLER_LINE.search(ln)][-TAIL_LINES:]


def _fallback(text: str, kind: str | None, options: dict[str, str] | None) -> Extraction:
    """No marker: an option label stated plainly (MC), then bold text, the last line, the last number."""
    lines = _tail_lines(text)
    if not lines:
        return Extraction(answer=None, status=NONE, source="none")
    if kind == MULTIPLE_CHOICE:
        for line in reversed(lines[-3:]):
            labels = answer_labels(tidy(line.replace("**", "")), options, strict=True)
            if labels:
                status = HEDGED if len(labels) > 1 else OK
                return Extraction(answer=", ".join(labels), status=status, source="option_label")
    bolds = [b for ln in lines for b in _BOLD.findall(ln) if not _HEADING_BOLD.search(b)]
    if bolds:
        return _finish(tidy(bolds[-1]), "bold", kind, options)
    line = lines[-1].replace("**", "")
    if _REFUSAL.search(line) or _NEGATED_ANSWER.search(line):
        return Extraction(answer=None, status=NONE, source="none")
    if kind == MATH:
        return _math_fallback(text, line)
    return _finish(tidy(line), "final_line", kind, options)


def _finish(answer: str, source: str, kind: str | None, options: dict[str, str] | None) -> Extraction:
    if not answer:
        return Extraction(answer=None, status=NONE, source="none")
    if kind == MULTIPLE_CHOICE and (labels := answer_labels(answer, options, strict=source != "bold")):
        return Extraction(answer=", ".join(labels), status=HEDGED if len(labels) > 1 else OK, source=source)
    status = HEDGED if _is_hedged(answer, kind) else OK
    return Extraction(answer=answer, status=status, source=source)


def _math_fallback(text: str, line: str) -> Extraction:
    """The last line's value: its last inline formula, what follows its last `=`, the line itself when it
    is a formula, else its last number, else the text's last number."""
    formulas = [a or b for a, b in _INLINE_MATH.findall(line)]
    if formulas:
        return Extraction(answer=tidy(formulas[-1]), status=OK, source="final_line")
    if "=" in line and _NUMBER.search(line.rsplit("=", 1)[1]) and len(line.rsplit("=", 1)[1].split()) <= 3:
        return Extraction(answer=tidy(line.rsplit("=", 1)[1]), status=OK, source="final_line")
    if len(_PROSE_WORD.findall(line)) <= 1:
        return Extraction(answer=tidy(line), status=OK, source="final_line")
    for where in (line, text):
        numbers = _NUMBER.findall(where)
        if numbers:
            return Extraction(answer=numbers[-1].replace(" ", ""), status=OK, source="last_number")
    return Extraction(answer=None, status=NONE, source="none")
