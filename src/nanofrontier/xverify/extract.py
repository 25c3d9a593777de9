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
from dataclasses import dataclass, replace

from nanofrontier.xverify.capture import tidy
from nanofrontier.xverify.choice import MATH, MULTIPLE_CHOICE, answer_labels
from nanofrontier.xverify.final_values import offered_alternatives, restated_value, value_run
from nanofrontier.xverify.markers import Commitment, MarkerIndex, followup_cut, last_commitments, recital_start
from nanofrontier.xverify.normalize import clean_output, has_unclosed_think
from nanofrontier.xverify.number_words import counted_numerals
from nanofrontier.xverify.numbers import parse_quantity, unit_after
from nanofrontier.xverify.truncation import looks_cut_off, repetition_start

OK, NONE, HEDGED, TRUNCATED = "ok", "none", "hedged", "truncated"
MAX_LIST_GAP = 40  # boxed values at most this far apart, with no sentence break between, form one list
TAIL_LINES = 5  # the bold/final-line fallbacks look only this far back
MAX_CORRECTION = 12  # a "... no," this close to a captured answer's end corrects it ("A... no, D")

_BREAK_IN_GAP = re.compile(r"[.!?。](?:\s|$)|\n\s*\n|\b(?:wait|but|however|actually|hmm|no|recheck|"
                           r"alternatively|instead|correction)\b|不对|重新|但是|其实|更正", re.IGNORECASE)
_OR_IN_GAP = re.compile(r"\bor\b|或", re.IGNORECASE)
_HEDGE = re.compile(r"^\s*either\b|\bor\s+(?:maybe|possibly|perhaps)\b|\bnot\s+(?:sure|certain)\b|"
                    r"\b(?:might|could|may)\s+also\s+be\b(?!\s+(?:written|expressed|stated|simplified|called|known))|\bboth\s+(?:seem|look|are|appear)\s+(?:plausible|possible)\b|"
                    r"\b(?:maybe|perhaps|possibly)\b.*\bor\b|\(\s*(?:or\s+)?(?:possibly|maybe|perhaps)\s|或者|也可能|不确定",
                    re.IGNORECASE)
# "The answer is either \\boxed{401} or 001": a box offered as one of two answers in its sentence.
_EITHER = re.compile(r"\beither\b(?![\s,]+way\b)", re.IGNORECASE)
_OR_AFTER = re.compile(r"^[^.!?\n]{0,80}?\bor\b", re.IGNORECASE)
_LETTER_PAIR = re.compile(r"\s*[(]?[A-J][)]?\s*(?:or|and|/|,|或|和)\s*[(]?[A-J][)]?\s*")
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+")
_SHORT_OR = re.compile(r"\s+or\s+|或", re.IGNORECASE)
_BOLD = re.compile(r"\*\*([^*\n]{1,120}?)\*\*")
_HEADING_BOLD = re.compile(r"(?:step|part|case|solution|explanation|analysis|reasoning)\b|:\s*$|"
                           r"^\s*(?:verification|check(?:ing)?|summary|note|recap|conclusion)\W*$", re.IGNORECASE)
_CHECK_HEADING = re.compile(
    r"(?m)^[ \t#>*]*(?:(?:step|part)\s*\d+\s*[:.)-]?\s*)?"  # "## Step 3: Verify"
    r"(?:verification|verify(?:ing)?|check(?:ing)?|double[- ]check(?:ing)?|sanity\s+check|"
    r"let\s+me\s+(?:verify|check|double[- ]check)|let'?s\s+(?:verify|check)|summary(?:\s+of\s+steps)?|key\s+steps|"
    r"recap|验证|检验|检查)\b[^\n\d]{0,30}$", re.IGNORECASE)  # a heading line, not "Check: 3 + 4 = 7"
_BOLD_LABEL = re.compile(r"[-*>\s]*\*\*[^*\n]{1,40}?(?:\*\*\s*[:：]|[:：]\s*\*\*)\s*(?=\S)")
# Doubt about the answer written after it, with no second answer: "I'm not sure this is right", 我不确定.
_DOUBT_AFTER = re.compile(r"\b(?:i'?m|i\s+am)\s+not\s+(?:(?:entirely|completely|totally|100%)\s+)?"
                          r"(?:sure|certain|confident)\b|"
                          r"\bcould\s+be\s+(?:something|anything)\s+else\b|\bmight\s+be\s+wrong\b|"
                          r"(?:我)?不(?:太)?确定|没(?:有)?把握|也可能是别的|可能不对", re.IGNORECASE)
_REJECTION_AFTER = re.compile(r"\(?\s*(?:not|rather\s+than|instead\s+of|而不是|不是)\s[^\n.!?。]{0,60}[.!?。)]?\s*$",
                              re.IGNORECASE)
_CHECK_LINE = re.compile(r"[#>*\s]*(?:check(?:ing)?|verification|verify|sanity\s+check|double[- ]check|note|remark|"
                         r"验证|检验|验算|检查|注意|注|备注)\s*\**\s*[:：]", re.IGNORECASE)
_FILLER_LINE = re.compile(r"hope (?:this|it) helps|let me know|feel free|good luck|希望.*帮助|如有.*问题",
                          re.IGNORECASE)
_REFUSAL = re.compile(r"\b(?:I(?:\s+(?:cannot|can't|can not|am)|'m)\s+(?:(?:unable|not\s+able)\s+to\s+)?"
                      r"(?:answer|help|provide|determine|solve|compute|calculate)|"
                      r"I'?m sorry|I apologi[sz]e|as an AI|I don'?t know)\b|"
                      r"无法(?:回答|解答|确定答案)|抱歉|对不起", re.IGNORECASE)
_NEGATED_ANSWER = re.compile(r"\banswer\s+(?:is|would\s+be|should\s+be)\s+not\b|答案不是|答案并非", re.IGNORECASE)
_INLINE_MATH = re.compile(r"\$([^$]+)\$|\\\((.+?)\\\)")
_NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*/\s*\d+)?")
# A final line that opens with its verdict and then explains it ("No, it refers to ...", "对，…").
_LEADING_VERDICT = re.compile(r"(yes|no|true|false|correct|incorrect|是的|不是|是|否|不对|对|错|正确|错误)\s*[,.!;:]",
                              re.IGNORECASE)
_PROSE_WORD = re.compile(r"(?<!\\)\b[A-Za-z]{3,}\b|[\u4e00-\u9fff]")
# The output stops at an answer header with nothing after it ("Answer:", 回答：): no answer was given.
_EMPTY_ANSWER = re.compile(r"(?:answer|回答|答|解|solution)\s*\**\s*[:：]\s*\**\s*$", re.IGNORECASE)
# A committed answer withdrawn: "that's not right", "I made a mistake", "wait, no", a sentence opening 不对/错了.
_RETRACTION = re.compile(
    r"\b(?:that'?s|that\s+is|this\s+is|that\s+was)\s+(?:not\s+(?:right|correct)|wrong|incorrect|a\s+mistake)\b|"
    r"\bi\s+made\s+(?:a|an)\s+(?:mistake|error)\b|\b(?:wait|hold\s+on|oops)[,!.]?\s+no\b|\bno,?\s+wait\b|"
    r"(?:\.{2,}|…|—|–|[,;])\s*no\s*[,.!](?!\d)|"  # "I would choose A... no, D", "C, no, A"
    r"[✗✘❌]|\bi\s+forgot\b|\b(?:that|this|which)\s+(?:is|was|'s)\s+not\s+(?:equal\s+to\s+)?\$?-?\d|"  # a failed check
    r"(?:^|(?<=[\n.!?]))\s*(?:等等|等一下|嗯|哦)?,?\s*(?:不对|错了|我错了|算错了|弄错了|搞错了|好像弄混了|好像不对)|"
    r"(?:等等|等一下)[^.!?\n]{0,20}?(?:错了|不对)|发现不是这样", re.IGNORECASE)  # "等等，…好像哪里算错了"
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_FACTORIAL = re.compile(r"(?<=[\d)])!+")  # in math, "3!" is six, not an exclamation
# A correction inside the captured answer itself ("I would choose A... no, D" captures "A... no, D").
_SELF_CORRECTION = re.compile(r"(?:\.{2,}|…|—|–|[,;])\s*(?:no|wait)\s*[,.!](?!\d)", re.IGNORECASE)  # "13... wait,"
# What names the replacement in the retracting sentence: "I made an error; it should be 4".
_REPLACEMENT_LEAD = re.compile(r"[\s,;:—–-]*(?:(?:so|then|actually|instead|rather)\b\s*,?\s*)*"
                               r"(?:(?:it|that|this|the\s+(?:correct\s+)?(?:answer|result|value))\s*"
                               r"(?:'s|is|should\s+be|must\s+be|would\s+be)|should\s+be|must\s+be)\s+|"
                               r"[\s,;:]*(?:应该|应当|应)(?:是|为)\s*[:：]?|[\s,;:]*正确(?:答案|的)?(?:是|为)\s*[:：]?",
                               re.IGNORECASE)
_LEAD_CONNECTIVE = re.compile(r"^(?:(?:so|thus|therefore|hence|in\s+conclusion|finally|overall)\b\s*,?\s*|"
                              r"(?:所以|因此|故|综上所述|综上|总之)\s*,\s*)+", re.IGNORECASE)
_LABEL_VALUE = re.compile(r"^[^\d:=$\\]{1,40}?:\s*(?=\S)")  # "Total revenue: $7,425,000" -> the value
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ENDS_SENTENCE = re.compile(r"[.!?。！？)）\]}$*\d]\s*$")
_CN_FRACTION = re.compile(r"[零一二两三四五六七八九十百]+分之[零一二两三四五六七八九十百]+")
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s*[Mm]\b\.?)?")
_SCALE_WORD = re.compile(r"\s*(thousand|million|billion|trillion|万亿|千万|百万|万|亿)(?![a-z])", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^()]*\)|（[^（）]*）")
# The option text after a label: "B. 帕斯卡", "A. 4.5", "故选B，鲨鱼。", "B项：鲨鱼".
_LABEL_GLOSS = re.compile(r"(?:\s*项)?\s*[.,:]\s*((?:[^\n。.!?*]|(?<=\d)\.(?=\d)){1,80}?)\s*(?:\*\*)?\s*[。.!?]?\s*"
                          r"(?:\n|$)")
_PI_FACTOR = re.compile(r"\s*(?:π|\\pi\b)")
_ALTERNATIVE_TAIL = re.compile(r"\s*\(\s*(?:or\b|或)[^()]*\)$", re.IGNORECASE)
_CJK_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[:：,，]?\s*([^\u4e00-\u9fff]*[=<>][^\u4e00-\u9fff]*)")
_VALUE_AFTER_VERB = re.compile(r"(?:为|是|等于|约|有)\s*([^为是有]+)$")
_UNIT_TAIL = re.compile(r"\s*(?:%|[\u4e00-\u9fff]{1,4})?$")
_HALF_DAY = re.compile(r"(?:上午|凌晨|早上|下午|晚上|中午)\s*$")  # "下午3点": the half of the day stays with the hour
_NO_SOLUTION = re.compile(r"\bno\s+(?:real\s+|integer\s+)?(?:solutions?|roots?)\b|无解|\bempty\s+set\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_BOLD_NUMBER = re.compile(r"\s*[$€£¥]?\s*-?\d+(?:,\d{3})*(?:\.\d+)?\s*%?\s*")
_NON_CJK_RUN = re.compile(r"[^\u4e00-\u9fff，。,；;：:、]+")
_NUM_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
             r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
             r"thousand|million|billion|dozen)")
_NUMBER_WORDS = re.compile(rf"\b{_NUM_WORD}(?:(?:[\s-]+|\s+and\s+){_NUM_WORD})*\b", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True)
class Extraction:
    answer: str | None  # the final committed answer, raw-ish ("\\frac{1}{2}", "C", "Paris"); None: none given
    status: str  # OK | NONE | HEDGED | TRUNCATED
    source: str  # the marker that gave it: "boxed", "answer_is", "final_answer", "choose", "chinese_marker",
    #              "chinese_so", "option_label", "bold", "final_line", "last_number", or "none"; for a truncated
    #              output, why: "loop" (a repetition runs to the end) or "cut_off" (it stops mid-sentence)
    candidates: tuple[str, ...] = ()  # distinct committed answers seen, in order (diagnostics)
    alternatives: tuple[str, ...] = ()  # values offered beside the answer ("55 (or 51, if ...)"); the verdict
    #                                     counts them as a second answer unless they equal it
    ending: str | None = None  # what the text after the last commitment ends on, read as a fallback would (None:
    #                            nothing after it); the verdict is unsure when it names another value
    statement: str | None = None  # the rest of the line the last commitment stands in ("No, this is not entailment"
    #                               for the answer "No"): a label may be in the clause after it
    unfinished: bool = False  # an answer inside reasoning that never closed (<think> without </think>), or text
    #                           after the answer that stops mid-sentence or doubts it: the verdict is unsure


def extract_answer(output: str, *, kind: str | None = None, options: dict[str, str] | None = None) -> Extraction:
    """The final answer of `output` (raw model text). `kind` (one of verdict.KINDS) and `options`
    (from `choice.parse_options`) let multiple-choice answers come back as option labels."""
    text = clean_output(output, keep_bold=True)
    if not text:
        return Extraction(answer=None, status=NONE, source="none")
    index = MarkerIndex(text)
    if start := recital_start(index):
        text = text[start:]
        index = MarkerIndex(text)
    cut = followup_cut(index)
    pool = last_commitments(index.prefix(cut))
    if kind == MATH:  # "so $14.70 is right": a check of one step, not the answer
        pool = [c for c in pool if not c.verdict_after]
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
        return replace(ext, ending=_ending(text, pool[-1], kind, options), statement=statement,
                       unfinished=_unsettled(output, text, pool[-1]))
    if _EMPTY_ANSWER.search(text):
        return Extraction(answer=None, status=NONE, source="none")
    if loop >= 0 or has_unclosed_think(output) or looks_cut_off(text):
        return Extraction(answer=None, status=TRUNCATED, source="loop" if loop >= 0 else "cut_off")
    return _fallback(text, kind, options)


def _after_retraction(text: str, last: Commitment, kind: str | None, options: dict[str, str] | None
                      ) -> Extraction | None:
    """The answer that replaces a withdrawn one: a later commitment ("所以答案是X。不对，弄混了。…… 因此，Y。"), else
    the value the retracting sentence names ("Wait, no, A.", "I made an error; it should be 4."), else the
    fallbacks of the text after it. None when nothing after the last commitment withdraws it; no answer
    (status none) when something does but nothing replaces it: never the withdrawn value."""
    m = _SELF_CORRECTION.search(text, last.start, last.end + MAX_CORRECTION)
    if m is None or m.start() > last.end:
        m = _RETRACTION.search(text, last.end)
    if m is None:
        return None
    stop = _SENTENCE_BREAK.search(text, m.end())
    later = text[stop.end():].strip() if stop else ""
    pool = last_commitments(MarkerIndex(later)) if later else []
    if pool:
        return _resolve(later, pool, kind, options)
    same = text[m.end():stop.start() if stop else len(text)]
    lead = _REPLACEMENT_LEAD.match(same)
    if lead or re.search(r"\b(?:no|wait)\W*$", m.group(), re.IGNORECASE):  # "wait, no, A": the rest is the answer
        ext = _fallback(same[lead.end() if lead else 0:].strip(" ,;:—"), kind, options)
        if ext.answer is not None:
            return ext
    ext = _fallback(later, kind, options) if later else None
    if ext is not None and ext.answer is not None:
        return ext
    before = text[last.end:m.start()]
    if _DIGIT.search(before[max(before.rfind(c) for c in ".!?\n") + 1:]):
        return None  # "A common slip gives 14, but that's not right": another value is rejected, not the answer
    return Extraction(answer=None, status=NONE, source="none")


def _unsettled(output: str, text: str, last: Commitment) -> bool:
    """The reasoning never closed, the text after the answer stops mid-sentence ("最终答案：7\n\nLet me check: first
    we"), or it doubts the answer ("I'm not sure this is right", 我不确定): a judge may read it otherwise."""
    tail = text[max(last.end, last.box_end):].strip()
    after = tail.strip(" \t\n*.。$)}")
    return has_unclosed_think(output) or (bool(after) and looks_cut_off(text)) or (
        len(after.split()) >= 3 and looks_cut_off(tail, min_length=0)) or _DOUBT_AFTER.search(tail) is not None


def _ending(text: str, last: Commitment, kind: str | None, options: dict[str, str] | None) -> str | None:
    """The value the text after the last commitment ends on (checks and recaps set aside), or None."""
    after = _before_checks(text[max(last.end, last.box_end):]).strip(" \t\n.,;:。，；：*$)")
    if _REJECTION_AFTER.match(after):
        return None  # "7, not 5 as one might think": the value set aside, not another answer
    if all(_CHECK_LINE.match(ln) or _FILLER_LINE.search(ln) for ln in after.split("\n") if ln.strip()):
        return None  # only a note, a check or a pleasantry after the answer
    if len(after) < 2 or not (_DIGIT.search(after) or len(after.split()) >= 3):
        return None
    return _fallback(after, kind, options, counts=False).answer


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
        answer = _math_value(answer)
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
        if labels:
            answer = ", ".join(labels)
        hedged = len(labels) > 1 or (joined_by_or and len(values) > 1) or _HEDGE.search(stated) is not None
        status = HEDGED if hedged else OK  # "either Jupiter (B) or A. Saturn": two options offered
    elif _is_hedged(answer, kind) or (joined_by_or and len(values) > 1 and kind != MATH):
        status = HEDGED
    if status == OK and last.source == "boxed" and _box_in_either_or(text, group[0].box_start, last.box_end):
        status = HEDGED
    return Extraction(answer=answer, status=status, source=last.source, candidates=candidates)


def _emphasised(answer: str) -> str:
    """The one bold number of an answer sentence ("The Hawks scored **1** more touchdown ..." -> "1"): the writer
    marked it as the answer. A sentence with several bold spans, or bold words, is kept whole."""
    spans = list(_BOLD.finditer(answer))
    if len(spans) != 1 or len(answer) <= len(spans[0].group()) + 4 or not _BOLD_NUMBER.fullmatch(spans[0].group(1)):
        return answer
    unit = unit_after(answer[spans[0].end():])  # "runs **5** m": the unit stays with the number
    return f"{spans[0].group(1).strip()} {unit}" if unit else spans[0].group(1).strip()


def _box_in_either_or(text: str, start: int, end: int) -> bool:
    """The boxes at [start, end) sit between "either" and "or" in one sentence."""
    head = text[max(0, start - 80):start]
    cut = max(head.rfind(ch) for ch in ".!?\n")
    return _EITHER.search(head, cut + 1) is not None and _OR_AFTER.match(text[end:end + 100]) is not None


def _is_hedged(answer: str, kind: str | None) -> bool:
    if _HEDGE.search(answer):
        return True
    if kind is None and _LETTER_PAIR.fullmatch(answer):
        return True
    if kind in ("short_answer", "classification"):
        if _two_short_alternatives(answer):
            return True
        last = _CLAUSE_SPLIT.split(answer)[-1].strip()  # "..., so Kenya or Tanzania": a concluding clause
        clause = _LEAD_CONNECTIVE.sub("", last)
        return clause != last and _two_short_alternatives(clause)
    return False


def _two_short_alternatives(answer: str) -> bool:
    parts = [p for p in _SHORT_OR.split(answer) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts)


def _math_value(answer: str) -> str:
    """The value a Chinese sentence states ("共经过10.8小时" -> "10.8小时", "概率为0.28" -> "0.28"): what follows
    its last 为/是/有 when that is a value, else its only number or formula and unit. Counts in Chinese
    numerals are read first ("一共需要种九十棵" -> "90棵"). Formulas ("x>3或x<1") are kept."""
    if parse_quantity(answer) is not None:  # 2又四分之一, 四分之三: a number as it stands
        return answer
    if lead := _CJK_LEAD.fullmatch(answer):  # "解得 x=-7, y=2": the formula after a short Chinese lead
        return lead.group(1)
    if len(_CJK.findall(answer)) < 3:
        return answer
    if not _DIGIT.search(answer):
        answer = counted_numerals(answer)
    if not _DIGIT.search(answer) or _SHORT_OR.search(answer):
        return answer  # not a sentence with a value, or two values ("77平方厘米或63平方厘米" is a hedge)
    after = _VALUE_AFTER_VERB.search(answer)
    if after and _DIGIT.search(after.group(1)) and len(_CJK.findall(after.group(1))) <= 4 \
            and not _DIGIT.search(answer, 0, after.start()):  # "鸡有12只,兔有21只" states two values
        return after.group(1).strip()
    if _CN_FRACTION.search(answer):
        return answer  # "合作2小时完成了六分之五": a fraction in Chinese numerals is a value too (verify picks one)
    numbers = list(_NUMBER.finditer(answer))
    formulas = [m for m in _NON_CJK_RUN.finditer(answer) if _DIGIT.search(m.group())]
    if len(numbers) > 1 and len(formulas) == 1 and "\\" in formulas[0].group():  # "需要 \\frac{56}{15} 天完成"
        unit = unit_after(answer[formulas[0].end():])
        return f"{formulas[0].group().strip()} {unit}" if unit else formulas[0].group().strip()
    if len(numbers) != 1:
        return answer
    last = numbers[0]
    unit = _UNIT_TAIL.match(answer, last.end())
    start = last.start() - (len(half.group()) if (half := _HALF_DAY.search(answer, 0, last.start())) else 0)
    return answer[start:unit.end()].strip() if unit and unit.end() == len(answer) else answer[start:last.end()]


def _before_checks(text: str) -> str:
    """The text before a trailing check or recap section ("Verification:", "## Double-check", "Summary of
    steps", 验证：) that follows the answer: its last line is a check, not the answer."""
    heads = list(_CHECK_HEADING.finditer(text, max(0, len(text) - 4000)))
    for head in reversed(heads):
        before = text[:head.start()].rstrip()
        if before and _DIGIT.search(before[-300:]):
            return before
    return text


def _tail_lines(text: str) -> list[str]:
    text = _before_checks(text)
    lines = [ln.strip() for ln in text[-4000:].split("\n") if ln.strip()]
    lines = [ln for ln in lines if not _FILLER_LINE.search(ln)]
    while len(lines) > 1 and _CHECK_LINE.match(lines[-1]):
        lines.pop()  # "检验：12÷4=3，正确。", "Check: 10 + 2 = 12 ✓": a check of the answer above it
    return lines[-TAIL_LINES:]


def _fallback(text: str, kind: str | None, options: dict[str, str] | None, *, counts: bool = True) -> Extraction:
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
    bolds = [b.group(1) for i, ln in enumerate(lines) for b in _BOLD.finditer(ln)
             if not _HEADING_BOLD.search(b.group(1)) and not _run_in_heading(ln, b)
             and not (ln.startswith("|") and i < len(lines) - 1)  # a table's inner rows; its last row may total
             and not _section_heading(ln, b, lines[i + 1:i + 2])]
    if bolds:
        return _finish(_LABEL_VALUE.sub("", tidy(bolds[-1])), "bold", kind, options)
    if label := _BOLD_LABEL.match(lines[-1]):  # "**Result**: n = 7", "**Total:** 12 km": the value after the label
        return _finish(_LEAD_CONNECTIVE.sub("", tidy(lines[-1][label.end():])), "bold", kind, options)
    line = lines[-1].replace("**", "")
    if _REFUSAL.search(line) or _NEGATED_ANSWER.search(line):
        return Extraction(answer=None, status=NONE, source="none")
    if kind == "classification" and (verdict := _LEADING_VERDICT.match(line)):  # "不是，"她"指的是女儿。"
        return Extraction(answer=verdict.group(1), status=OK, source="final_line")
    if kind == MATH:
        ext = _math_fallback(text, line, counts=counts)
        hedged = ext.answer is not None and _HEDGE.search(line)  # "It could be 350, but it might also be 410."
        return Extraction(answer=ext.answer, status=HEDGED, source=ext.source) if hedged else ext
    line = _LABEL_VALUE.sub("", line) if kind in ("short_answer", "classification") else line  # "Date: 15/04/1912"
    return _finish(_LEAD_CONNECTIVE.sub("", tidy(line)), "final_line", kind, options)


def _section_heading(line: str, bold: re.Match, following: list[str]) -> bool:
    """"**Relevant figures from the passage**" over a list or a table: the title of what follows."""
    return bold.group() == line and bool(following) and following[0][:1] in "-*|•" and not _DIGIT.search(line)


def _run_in_heading(line: str, bold: re.Match) -> bool:
    """"**Combine.** Both conditions must hold, ...": a bold label that opens a paragraph, not an answer."""
    rest = line[bold.end():]
    return bold.start() == 0 and (bold.group(1).rstrip()[-1:] in ".:：" or rest.lstrip()[:1] in (":", "：")) \
        and bool(rest.strip(" :：")) and not _DIGIT.search(bold.group(1))  # "**Result**: 7" labels the value too


def _finish(answer: str, source: str, kind: str | None, options: dict[str, str] | None) -> Extraction:
    if not answer:
        return Extraction(answer=None, status=NONE, source="none")
    if kind == MULTIPLE_CHOICE and (labels := answer_labels(answer, options, strict=source != "bold")):
        return Extraction(answer=", ".join(labels), status=HEDGED if len(labels) > 1 else OK, source=source)
    if kind == MATH:
        answer = _math_value(answer)
    status = HEDGED if _is_hedged(answer, kind) else OK
    return Extraction(answer=answer, status=status, source=source)


def _math_fallback(text: str, line: str, *, counts: bool = True) -> Extraction:
    """The last line's value: its last inline formula, what follows its last `=`, the line itself when it
    is a formula, else its last number, else the text's last number."""
    if counts and _CJK.search(line) and not _DIGIT.search(line):
        line = counted_numerals(line)  # "所以需要五个小时": the count in digits (not in a recap after the answer)
    if run := value_run(line):  # "So the roots are -1, 7 and 4", "x < -8 或 x > 7": one answer
        return Extraction(answer=run, status=OK, source="final_line")
    if run := value_run(line, min_items=1):  # "Therefore, the result is \\dfrac{23}{9}.", "Final: 3x - y - 1 = 0"
        return Extraction(answer=run, status=OK, source="final_line")
    formulas = [a or b for a, b in _INLINE_MATH.findall(line)]
    after = line[line.rfind("$") + 1:] if formulas else ""
    if "=" in after and _NUMBER.search(after.rsplit("=", 1)[1]):  # "So $AB$ = [[-2,-10],[-1,0]]."
        formulas = []
    if formulas:
        return Extraction(answer=tidy(formulas[-1]), status=OK, source="final_line")
    rhs = line.rsplit("=", 1)[1] if "=" in line else ""
    if _NUMBER.search(rhs) and (len(rhs.split()) <= 3 or not _PROSE_WORD.search(rhs)):  # "AB = [[4, 6], [1, 0]]"
        return Extraction(answer=tidy(rhs), status=OK, source="final_line")
    if len(_PROSE_WORD.findall(line)) <= 1:  # "So 12.": the connective is no part of the value
        return Extraction(answer=tidy(_LEAD_CONNECTIVE.sub("", line)) or tidy(line), status=OK, source="final_line")
    if none := _NO_SOLUTION.search(line):  # "so there is no real solution": the empty set, not a stray number
        return Extraction(answer=none.group(), status=OK, source="final_line")
    words = [w for w in _NUMBER_WORDS.findall(line) if w.lower() != "one"]  # "the one" is a pronoun
    if words and not _DIGIT.search(line):  # "He needs eight weeks.": the number the line states
        return Extraction(answer=words[-1], status=OK, source="final_line")
    clocks = list(_CLOCK_TIME.finditer(line))
    if clocks and clocks[-1].end() >= len(line.rstrip(" .。")) - 1:  # "...they next coincide at 2:00 PM."
        return Extraction(answer=clocks[-1].group(), status=OK, source="final_line")
    for where in (line, text):
        aside = _PARENTHESES.sub(lambda m: " " * len(m.group()), where)  # "1.875 ft (that's 1 ft 10.5 in)"
        numbers = list(_NUMBER.finditer(aside)) or list(_NUMBER.finditer(where))
        if numbers:
            return Extraction(answer=_with_unit(where, numbers[-1]), status=OK, source="last_number")
    return Extraction(answer=None, status=NONE, source="none")


def _with_unit(text: str, number: re.Match) -> str:
    """The number and the unit written right after it ("after 1 hour" -> "1 hour", 260000米): a unit that
    differs from the one asked decides the answer, so it must not be dropped."""
    value = number.group().replace(" ", "")
    end = number.end()
    if scale := _SCALE_WORD.match(text, end):  # "3.7 billion people": the scale is part of the number
        value, end = value + " " + scale.group(1), scale.end()
    elif pi := _PI_FACTOR.match(text, end):  # "9π square units": π is a factor of the value, not a unit
        value, end = value + "\\pi", pi.end()
    unit = unit_after(text[end:])
    return f"{value} {unit}" if unit else value


WORKED_REFERENCE = 24  # a reference at least this long may be a worked solution or a sentence with its answer
_REFERENCE_MARKER = re.compile(r"答案|所以|因此|\banswer\b|\\boxed|####", re.IGNORECASE)
_REFERENCE_SOURCES = ("boxed", "answer_is", "final_answer", "chinese_marker")


def reference_answer(reference: str, kind: str | None = None, options: dict[str, str] | None = None) -> str:
    """The answer a worked-solution reference commits to ("... so the total is 45. #### 45" -> "45"); a plain
    reference, or a long one that commits to nothing by an explicit marker, comes back unchanged."""
    if len(reference) < WORKED_REFERENCE and not _REFERENCE_MARKER.search(reference):
        return reference  # short, and no "答案是"/"the answer is"/box: the reference is its own answer
    if "####" in reference and (tail := tidy(reference.rsplit("####", 1)[1])):  # GSM8K: "... #### 45"
        return tail
    ext = extract_answer(reference, kind=kind, options=options)
    # A math reference in prose without a marker ("... = 130 minutes; plus 15 = 145 minutes."): its last value.
    prose_math = (kind == MATH and ext.source == "final_line" and ext.answer is not None
                  and _DIGIT.search(ext.answer) is not None and len(_PROSE_WORD.findall(reference)) >= 2)
    if ext.status != OK or ext.answer is None or (ext.source not in _REFERENCE_SOURCES and not prose_math):
        return reference
    return ext.answer
