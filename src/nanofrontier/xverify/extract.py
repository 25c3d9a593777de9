"""The final committed answer in a long model output.

    ext = extract_answer(output, kind="math")          # pass the raw output: it is cleaned here
    ext.answer, ext.status, ext.source, ext.candidates  # "\\frac{1}{2}", "ok", "boxed", ("3", "\\frac{1}{2}")

The last commitment wins (a `\\boxed{3}` followed by "wait ... the answer is 1/2" gives 1/2), over
strong markers (`markers.py`); weak ones (所以…为) count only when no strong one exists. Several boxed
values in one final statement are one list answer ("2, 3"). Text after a committed answer that starts
a new problem ("\\n\\nQuestion:", 问题：; anywhere if it calls itself new: "Follow-up question:", 下一题) is
dropped; in a recited few-shot prompt only the last question counts; an answer withdrawn by a later "that's
not right" / 不对 gives way to what follows. With no commitment: a cut-off or looping output is
"truncated"; otherwise the answer falls back to bold text, then the last line, then (math) the last number.

status: "ok" | "none" | "hedged" (two different answers: "A or C", "either 3 or 4") | "truncated"
(the output ends in a loop or mid-sentence before committing; with an unclosed <think>, an answer found
inside the reasoning is kept but the status is "truncated" when the text stops mid-sentence).
"""

from __future__ import annotations

import re
from dataclasses import replace

from nanofrontier.xverify.capture import tidy
from nanofrontier.xverify.choice import MATH, MULTIPLE_CHOICE, answer_labels, other_option_named
from nanofrontier.xverify.equivalents import named_values
from nanofrontier.xverify.extraction import HEDGED, NONE, OK, TRUNCATED, Extraction
from nanofrontier.xverify.fallback import (
    BOLD,
    CHECK_LINE,
    FILLER_LINE,
    HEDGE,
    before_checks,
    fallback,
    is_hedged,
    math_value,
)
from nanofrontier.xverify.final_values import offered_alternatives, restated_value
from nanofrontier.xverify.markers import Commitment, MarkerIndex, followup_cut, last_commitments, recital_start
from nanofrontier.xverify.normalize import clean_output, has_unclosed_think
from nanofrontier.xverify.numbers import unit_after
from nanofrontier.xverify.short_forms import is_dated_day
from nanofrontier.xverify.truncation import looks_cut_off, repetition_start

MAX_LIST_GAP = 40  # boxed values at most this far apart, with no sentence break between, form one list
MAX_CORRECTION = 12  # a "... no," this close to a captured answer's end corrects it ("A... no, D")

_BREAK_IN_GAP = re.compile(r"[.!?。](?:\s|$)|\n\s*\n|\b(?:wait|but|however|actually|hmm|no|recheck|"
                           r"alternatively|instead|correction)\b|不对|重新|但是|其实|更正", re.IGNORECASE)
# "the answer is a single residue between 0 and the modulus", "a positive integer", "(should be) written as
# y = mx + b", "(the final answer) — I need an exact expression": the form of a math answer, not its value
_DESCRIPTION = re.compile(r"[—–]\s*(?:i|we)\s+[a-z]|(?:[a-z]{3,}ed|written|given)\s+(?:as|in|to|with)\b|"
                          r"(?:an?|some)\s+[A-Za-z]+(?:[\s,-]+[A-Za-z]+)+\b(?![^\n]{0,40}?[=<>≤≥])(?<!\bof)"
                          r"(?!\s+of\s+[-+$\\\d])", re.IGNORECASE)  # not "a score of 52": a value, named
# What kind of answer is wanted, not one: "一个数或一个选项", "什么样子的", "a single number or choice"
_ANSWER_TYPE = re.compile(r"\s*(?:什么|怎样|如何|哪(?:个|一个|些|种))|"
                          r"\s*(?:一个|一种|某个)(?:确定的|具体的|唯一的)?(?:数|值|选项|整数|范围|答案|字母|标签)|"
                          r"(?:a|one)\s+(?:single\s+|specific\s+|definite\s+)(?:number|value|choice|option|letter|label)"
                          r"\b", re.IGNORECASE)
_OR_IN_GAP = re.compile(r"\bor\b|或", re.IGNORECASE)
# "The answer is either \\boxed{401} or 001": a box offered as one of two answers in its sentence.
_EITHER = re.compile(r"\beither\b(?![\s,]+way\b)", re.IGNORECASE)
_OR_AFTER = re.compile(r"^[^.!?\n]{0,80}?\bor\b", re.IGNORECASE)
# Doubt about the answer written after it, with no second answer: "I'm not sure this is right", 我不确定.
_DOUBT_AFTER = re.compile(r"\b(?:i'?m|i\s+am)\s+not\s+(?:(?:entirely|completely|totally|100%)\s+)?"
                          r"(?:sure|certain|confident)\b|"
                          r"\bcould\s+be\s+(?:something|anything)\s+else\b|\bmight\s+be\s+wrong\b|"
                          r"(?:我)?不(?:太)?确定|没(?:有)?把握|也可能是别的|可能不对", re.IGNORECASE)
# "3 (though 4 is close)": another value in a doubtful aside right after the answer
_DOUBTFUL_ASIDE = re.compile(r"[(（]\s*(?:though|although|but|maybe|possibly|perhaps|或许|也许|可能)[^()（）]{0,60}\d",
                             re.IGNORECASE)
_REJECTION_AFTER = re.compile(r"\(?\s*(?:not|rather\s+than|instead\s+of|而不是|不是)\s[^\n.!?。]{0,60}[.!?。)]?\s*$",
                              re.IGNORECASE)
_PROSE_WORD = re.compile(r"(?<!\\)\b[A-Za-z]{3,}\b|[\u4e00-\u9fff]")
# The output stops at an answer header with nothing after it ("Answer:", 回答：): no answer was given.
_EMPTY_ANSWER = re.compile(r"(?:answer|回答|答|解|solution)\s*\**\s*[:：]\s*\**\s*$", re.IGNORECASE)
# A committed answer withdrawn: "that's not right", "I made a mistake", "wait, no", a sentence opening 不对/错了.
# "arguing against my own conclusion... no, the counter-arguments don't hold up": "no" answers a doubt, and
# the clause after it says the answer stands.
_NO_OBJECTION = (r"[^.!?\n]{0,50}?\b(?:don'?t|doesn'?t|isn'?t|aren'?t|won'?t|can'?t|not|nothing|never|"
                 r"holds?\s+up|stands?|fine|okay|ok)\b")
_RETRACTION = re.compile(
    r"\b(?:that'?s|that\s+is|this\s+is|that\s+was)\s+(?:not\s+(?:right|correct)|wrong|incorrect|a\s+mistake)\b|"
    r"\bi\s+made\s+(?:a|an)\s+(?:mistake|error)\b|\b(?:wait|hold\s+on|oops)[,!.]?\s+no\b|\bno,?\s+wait\b|"
    r"(?:\.{2,}|…|—|–|[,;])\s*no\s*[,.!](?!\d)(?!" + _NO_OBJECTION + ")|"  # "I would choose A... no, D", "C, no, A"
    r"(?:\.{2,}|…)\s*(?:but|however|不过|但是|可是)|"  # "负面……不过再想想，还是正面吧": trailing off, then a turn
    r"[✗✘❌]|\bi\s+forgot\b|\b(?:that|this|which)\s+(?:is|was|'s)\s+not\s+(?:equal\s+to\s+)?\$?-?\d|"  # a failed check
    r"(?:^|(?<=[\n.!?。]))\s*(?:(?:等等|等一下|嗯|哦|啊)[,，\s]*){0,3}我?(?:可能|好像|似乎)?"
    r"(?:不对|错了|算错了|弄错了|搞错了|记错了|记混了|弄混了|搞混了|好像不对)|"
    r"\bi\s+(?:might|may|could)\s+(?:be\s+mixing|have\s+mixed)\s+(?:them|these|those|things)\s+up\b|"
    r"(?:等等|等一下)[^.!?\n]{0,20}?(?:错了|不对)|发现不是这样", re.IGNORECASE)  # "等等，…好像哪里算错了"
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_FACTORIAL = re.compile(r"(?<=[\d)])!+")  # in math, "3!" is six, not an exclamation
# A correction inside the captured answer itself ("I would choose A... no, D" captures "A... no, D").
_SELF_CORRECTION = re.compile(r"(?:\.{2,}|…|—|–|[,;])\s*(?:no|wait)\s*[,.!](?!\d)|"
                              r"(?:\.{2,}|…)\s*(?:but|however|不过|但是|可是)", re.IGNORECASE)  # "13... wait,"
# What names the replacement in the retracting sentence: "I made an error; it should be 4".
_REPLACEMENT_LEAD = re.compile(r"[\s,;:—–-]*(?:(?:so|then|actually|instead|rather)\b\s*,?\s*)*"
                               r"(?:(?:it|that|this|the\s+(?:correct\s+)?(?:answer|result|value))\s*"
                               r"(?:'s|is|should\s+be|must\s+be|would\s+be)|should\s+be|must\s+be)\s+|"
                               r"[\s,;:]*(?:应该|应当|应)(?:是|为)\s*[:：]?|[\s,;:]*正确(?:答案|的)?(?:是|为)\s*[:：]?",
                               re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?。！？)）\]}$*\d]\s*$")
# The option text after a label: "B. 帕斯卡", "A. 4.5", "故选B，鲨鱼。", "B项：鲨鱼".
_LABEL_GLOSS = re.compile(r"(?:\s*项)?\s*[.,:]\s*((?:[^\n。.!?*]|(?<=\d)\.(?=\d)){1,80}?)\s*(?:\*\*)?\s*[。.!?]?\s*"
                          r"(?:\n|$)")
# The same sentence goes on to offer another answer: "答案是可能是酸性，也可能是碱性", "X, or possibly Y".
_HEDGE_AFTER = re.compile(r"\s*(?:\*\*)?\s*[,，;；]\s*(?:但|不过)?\s*(?:也可能|也许|或者|或许|"
                          r"or\s+(?:maybe|possibly|perhaps)\b|(?:but\s+)?(?:it\s+)?(?:might|could|may)\s+also\s+be\b)",
                          re.IGNORECASE)
_ALTERNATIVE_TAIL = re.compile(r"\s*\(\s*(?:or\b|或)[^()]*\)$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_BOLD_NUMBER = re.compile(r"\s*[$€£¥]?\s*-?\d+(?:,\d{3})*(?:\.\d+)?\s*%?\s*")


def extract_answer(output: str, *, kind: str | None = None, options: dict[str, str] | None = None) -> Extraction:
    """The final answer of `output` (raw model text). `kind` (one of verdict.KINDS) and `options`
    (from `choice.parse_options`) let multiple-choice answers come back as option labels."""
    text = clean_output(output, keep_bold=True)
    if text.strip() and all(_points_back(ln) for ln in text.split("\n") if ln.strip()):
        # the response after the reasoning only points back at it ("**Summary.** So the answer is the one I arrived
        # at above"): the reasoning, read as the response, holds the answer
        text = clean_output(_THINK_TAG.sub("\n", output), keep_bold=True)
    text = _without_pointers(text)
    if not text:
        return Extraction(answer=None, status=NONE, source="none")
    index = MarkerIndex(text)
    if start := recital_start(index):
        text = text[start:]
        index = MarkerIndex(text)
    cut = followup_cut(index)
    pool = last_commitments(index.prefix(cut))
    pool = [c for c in pool if not _ANSWER_TYPE.match(c.text)]  # "答案应该是一个数或一个选项": what kind of answer
    if kind == MATH:  # "so $14.70 is right": a check of one step, not the answer
        pool = [c for c in pool if not c.verdict_after and not _DESCRIPTION.match(c.text)]
    text = text[:cut]
    loop = repetition_start(text)
    if pool:
        ext = _after_retraction(text, pool[-1], kind, options) or _resolve(text, pool, kind, options)
        looped = loop >= 0 and (pool[-1].start < loop or not pool[-1].strong)  # a weak 所以…有 repeated: a loop
        unfinished = has_unclosed_think(output) and (looks_cut_off(text) or not _ENDS_SENTENCE.search(text))
        if ext.status == OK and (looped or unfinished):
            return Extraction(answer=ext.answer, status=TRUNCATED, source="loop" if looped else "cut_off",
                              candidates=ext.candidates)
        if ext.status != OK or ext.answer is None:
            return ext
        if alternatives := offered_alternatives(text, pool[-1].start):
            ext = replace(ext, answer=_ALTERNATIVE_TAIL.sub("", ext.answer) or ext.answer, alternatives=alternatives)
        line_end = text.find("\n", pool[-1].start)
        statement = text[pool[-1].start:line_end if line_end >= 0 else len(text)].strip(" *")
        if kind == MATH and ext.source != "boxed" and len(named_values(statement.rstrip("。.")) or {}) >= 2:
            ext = replace(ext, answer=statement.rstrip("。.").strip())  # "最大值为 3，最小值为 -13": both named values
        return replace(ext, ending=_ending(text, pool[-1], kind, options), statement=statement,
                       unfinished=_unsettled(output, text, pool[-1]))
    if _EMPTY_ANSWER.search(text):
        return Extraction(answer=None, status=NONE, source="none")
    if loop >= 0 or has_unclosed_think(output) or looks_cut_off(text):
        return Extraction(answer=None, status=TRUNCATED, source="loop" if loop >= 0 else "cut_off")
    return fallback(text, kind, options)


# A closing line that only points back at the answer ("So the answer is the one I arrived at above", "The result
# from the last step stands", 答案即上文所得, 结论就是前面算出的结果): the value is the one stated before it
_POINTS_BACK = re.compile(r"\bthe\s+one\s+(?:I|we)\s+(?:arrived\s+at|found|got|computed|obtained)\b|"
                          r"\b(?:found|obtained|computed|derived|arrived\s+at|worked\s+out)\s+above\b|"
                          r"\bfrom\s+the\s+last\s+step\s+stands\b|^\W*(?:summary\W+)?(?:so\s+)?that'?s\s+the\s+one\W*$|"
                          r"上文所得|(?:前面|上面|上文)(?:算|求|得)出的(?:那个)?(?:结果|值|答案)", re.IGNORECASE)


def _points_back(line: str) -> bool:
    line = line.strip().replace("**", "")
    return not _DIGIT.search(line) and len(line) < 120 and bool(_POINTS_BACK.search(line))


def _without_pointers(text: str) -> str:
    lines = text.rstrip().split("\n")
    while len(lines) > 1 and _points_back(lines[-1]):
        lines.pop()
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()
    return "\n".join(lines)


_THINK_TAG = re.compile(r"</?think\s*>", re.IGNORECASE)


def _after_retraction(text: str, last: Commitment, kind: str | None, options: dict[str, str] | None
                      ) -> Extraction | None:
    """The answer that replaces a withdrawn one: a later commitment ("所以答案是X。不对，弄混了。…… 因此，Y。"), else
    the value the retracting sentence names ("Wait, no, A.", "I made an error; it should be 4."), else the
    fallbacks of the text after it. None when nothing after the last commitment withdraws it; no answer
    (status none) when something does but nothing replaces it: never the withdrawn value."""
    m = _SELF_CORRECTION.search(text, last.start, last.end + MAX_CORRECTION)
    if m is None or m.start() > last.end:
        m = _RETRACTION.search(text, last.end)
    if m is None or _answers_check(text, m):
        return None
    stop = _SENTENCE_BREAK.search(text, m.end())
    later = text[stop.end():].strip() if stop else ""
    pool = last_commitments(MarkerIndex(later)) if later else []
    if pool:
        return _resolve(later, pool, kind, options)
    same = text[m.end():stop.start() if stop else len(text)]
    lead = _REPLACEMENT_LEAD.match(same)
    if lead or re.search(r"\b(?:no|wait)\W*$", m.group(), re.IGNORECASE):  # "wait, no, A": the rest is the answer
        ext = fallback(same[lead.end() if lead else 0:].strip(" ,;:—"), kind, options)
        if ext.answer is not None:
            return ext
    ext = fallback(later, kind, options) if later else None
    if ext is not None and ext.answer is not None:
        return ext
    before = text[last.end:m.start()]
    if _DIGIT.search(before[max(before.rfind(c) for c in ".!?\n") + 1:]):
        return None  # "A common slip gives 14, but that's not right": another value is rejected, not the answer
    return Extraction(answer=None, status=NONE, source="none")


# A line that checks or asks before its "— no,": "Let me double check there's no trick — no, it's a direct question."
_CHECK_ASKED = re.compile(r"\b(?:check(?:ing)?|make\s+sure|verify|confirm|is\s+there|are\s+there|any\s+trick)\b",
                          re.IGNORECASE)


def _answers_check(text: str, m: re.Match) -> bool:
    """A bare "no" that answers the check its own line opens with, not a withdrawal of the answer."""
    if not re.search(r"\bno\s*[,.!]$", m.group(), re.IGNORECASE):
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    return _CHECK_ASKED.search(line) is not None


def _unsettled(output: str, text: str, last: Commitment) -> bool:
    """The reasoning never closed, the box holding the answer never closed, the text after the answer stops
    mid-sentence ("最终答案：7\n\nLet me check: first we"), or it doubts the answer ("I'm not sure this is right",
    我不确定): a judge may read it otherwise."""
    tail = text[max(last.end, last.box_end):].strip()
    after = tail.strip(" \t\n*.。$)}")
    return last.unclosed or has_unclosed_think(output) or (bool(after) and looks_cut_off(text)) or (
        len(after.split()) >= 3 and looks_cut_off(tail, min_length=0)) or _DOUBT_AFTER.search(tail) is not None \
        or _DOUBTFUL_ASIDE.search(text, last.start, max(last.end, last.box_end) + 80) is not None


# The last line a summary, on its line: "总结：施耐庵", "Summary: 12" (what it restates is compared with the answer).
_SUMMARY_LINE = re.compile(r"[#>*\s]*(?:总结|小结|总之|in\s+summary|summary)\s*\**\s*[:：]\s*\**\s*"
                           r"([^\n]{1,60}?)[\s。.]*", re.IGNORECASE)


def _only_filler(line: str) -> bool:
    """A pleasantry and nothing more: not "希望对你有帮助！记住最后填 7 就可以了", which names a value besides."""
    m = FILLER_LINE.search(line)
    return m is not None and not _DIGIT.search(line[:m.start()] + line[m.end():])


def _ending(text: str, last: Commitment, kind: str | None, options: dict[str, str] | None) -> str | None:
    """The value the text after the last commitment ends on (checks and recaps set aside), or None."""
    after = before_checks(text[max(last.end, last.box_end):]).strip(" \t\n.,;:。，；：*$)")
    if _REJECTION_AFTER.match(after):
        return None  # "7, not 5 as one might think": the value set aside, not another answer
    if all(CHECK_LINE.match(ln) or _only_filler(ln) for ln in after.split("\n") if ln.strip()):
        return None  # only a note, a check or a pleasantry after the answer
    after = FILLER_LINE.sub(" ", after).strip()  # "希望对你有帮助！记住最后填 7": the value beside the pleasantry
    if summary := _SUMMARY_LINE.fullmatch(after):
        return summary.group(1)  # "答案是罗贯中。\n\n总结：施耐庵。": a summary restating something, perhaps another
    if len(after) < 2 or not (_DIGIT.search(after) or len(after.split()) >= 3):
        return None
    return fallback(after, kind, options, counts=False).answer


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
    if kind == MATH and (restated := restated_value(text, last.box_end if last.source == "boxed" else last.end)):
        answer = restated  # "**Answer:** $2^{6}$, i.e. 64": the value the answer restates itself as
    elif kind == MATH and last.source != "boxed":
        answer = math_value(answer)
        bang = _FACTORIAL.match(text, last.end)  # "the answer is 3!": the capture stops at "!", a sentence end
        if bang and answer.endswith(text[last.end - 1]):
            answer += bang.group()
    if kind != MULTIPLE_CHOICE:
        answer = _emphasised(answer)
    if kind == MULTIPLE_CHOICE:
        stated = answer
        labels = answer_labels(answer, options)
        if len(labels) == 1 and last.source != "boxed" and (gloss := _LABEL_GLOSS.match(text, last.end)):
            stated += " " + gloss.group(1)  # "B. semiconservative (or possibly (C))": a hedge after the label's text
            labels = answer_labels(f"{labels[0]}. {gloss.group(1)}", options)  # "B. 帕斯卡" where D is 帕斯卡
        if len(labels) == 1 and options and (other := other_option_named(stated, options)):
            labels.append(other)  # "C. <the text of D>": two options named, one by its label, one by its text
        if labels:
            answer = ", ".join(labels)
        hedged = len(labels) > 1 or (joined_by_or and len(values) > 1) or HEDGE.search(stated) is not None
        status = HEDGED if hedged else OK  # "either Jupiter (B) or A. Saturn": two options offered
    elif is_hedged(answer, kind) or (joined_by_or and len(values) > 1 and kind != MATH):
        status = HEDGED
    if status == OK and last.source != "boxed" and _HEDGE_AFTER.match(text, last.end):
        status = HEDGED
    if status == OK and last.source == "boxed" and _box_in_either_or(text, group[0].box_start, last.box_end):
        status = HEDGED
    return Extraction(answer=answer, status=status, source=last.source, candidates=candidates)


def _emphasised(answer: str) -> str:
    """The one bold number of an answer sentence ("The Hawks scored **1** more touchdown ..." -> "1"): the writer
    marked it as the answer. A sentence with several bold spans, or bold words, is kept whole."""
    spans = list(BOLD.finditer(answer))
    if len(spans) != 1 or len(answer) <= len(spans[0].group()) + 4 or not _BOLD_NUMBER.fullmatch(spans[0].group(1)):
        return answer
    unit = unit_after(answer[spans[0].end():])  # "runs **5** m": the unit stays with the number
    return f"{spans[0].group(1).strip()} {unit}" if unit else spans[0].group(1).strip()


def _box_in_either_or(text: str, start: int, end: int) -> bool:
    """The boxes at [start, end) sit between "either" and "or" in one sentence."""
    head = text[max(0, start - 80):start]
    cut = max(head.rfind(ch) for ch in ".!?\n")
    return _EITHER.search(head, cut + 1) is not None and _OR_AFTER.match(text[end:end + 100]) is not None


WORKED_REFERENCE = 24  # a reference at least this long may be a worked solution or a sentence with its answer
_REFERENCE_MARKER = re.compile(r"答案|所以|因此|\banswer\b|\\boxed|####", re.IGNORECASE)
_REFERENCE_SOURCES = ("boxed", "answer_is", "final_answer", "chinese_marker", "json")


def reference_answer(reference: str, kind: str | None = None, options: dict[str, str] | None = None) -> str:
    """The answer a worked-solution reference commits to ("... so the total is 45. #### 45" -> "45"); a plain
    reference, or a long one that commits to nothing by an explicit marker, comes back unchanged."""
    if (len(reference) < WORKED_REFERENCE and not _REFERENCE_MARKER.search(reference)) or is_dated_day(reference):
        return reference  # short, and no "答案是"/"the answer is"/box, or a date: the reference is its own answer
    if "####" in reference and (tail := tidy(reference.rsplit("####", 1)[1])):  # GSM8K: "... #### 45"
        return tail
    ext = extract_answer(reference, kind=kind, options=options)
    # A math reference in prose without a marker ("... = 130 minutes; plus 15 = 145 minutes."): its last value.
    prose_math = (kind == MATH and ext.source == "final_line" and ext.answer is not None
                  and _DIGIT.search(ext.answer) is not None and len(_PROSE_WORD.findall(reference)) >= 2)
    if ext.status != OK or ext.answer is None or (ext.source not in _REFERENCE_SOURCES and not prose_math):
        return reference
    return ext.answer
