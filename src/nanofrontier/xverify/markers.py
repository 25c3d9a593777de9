"""Answer commitments in a cleaned model output: `\\boxed{}`, "the answer is", "Final Answer:", "Final:", "my
final pick", `{"answer": ...}`, "I would choose", "X is the correct answer", "option C is correct", 答案是, 最终选择,
故选, 选C, 所以…为, and (weak) "Therefore:" opening a line.

    index = MarkerIndex(text)                      # where every marker keyword occurs (cheap literal searches)
    cut = followup_cut(index)                      # where a recited / hallucinated follow-up question begins
    pool = last_commitments(index.prefix(cut))     # the last strong commitments (or weak ones if none is strong)
    c = commitment(text, hit)                      # one hit's answer, or None (negated, conditional, ...)

Speed: Python's `re` scans fast only for a pattern that starts with a literal, so every marker is a
literal keyword found in the lower-cased text, checked by an anchored regex after it (`after`) and,
where the marker needs context, one before it (`before`, matched against the preceding 48 characters).
Answers are captured lazily, from the end backwards, for at most MAX_EVALUATED hits, so a 100 KB
output with thousands of "the answer is" costs a few ms.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from nanofrontier.xverify.capture import MAX_ANSWER, REJECTED_AFTER, capture_after, match_brace, sentence_end, tidy
from nanofrontier.xverify.marker_table import SPECS, Spec
from nanofrontier.xverify.units import normalize_unit

MAX_TRIES = 4000  # keyword occurrences checked per walk through the text
MAX_EVALUATED = 64  # hits turned into commitments per walk
MAX_KEPT = 6  # commitments kept (from the end) for the final decision and the candidates list
BEFORE_WINDOW = 48  # characters a `before` pattern may look back
COUNTERFACTUAL_REACH = 200  # how far back an "if" makes "the answer would be" a counterfactual

_LITERALS = {spec.literal: re.compile(re.escape(spec.literal)) for spec in SPECS}
_BY_STRENGTH = {strong: [(k, spec.literal) for k, spec in enumerate(SPECS) if spec.strong == strong]
                for strong in (True, False)}
_BOX_START = re.compile(r"\\(?:boxed|fbox)")

_CONDITIONAL = re.compile(r"\b(?:if|suppose|supposing|assume|assuming|whether|unless|would\s+have)\b|"
                          r"如果|假设|假如|若|是否", re.IGNORECASE)
_NEGATION = re.compile(r"(?:not(?!\s+enough\b)|n't|never|no\s+longer)\b|不是|并非", re.IGNORECASE)
# "the answer is correct / consistent with ...", "the answer is as follows": remarks about an answer.
_JUDGEMENT = re.compile(r"(?:(?:exactly|absolutely|completely|entirely|fully|partly|partially|clearly|definitely|"
                        r"certainly|indeed|also|at\s+least|quite|very|fairly|pretty)\s+)?(?:correct|right|wrong|incorrect|"
                        r"consistent|reasonable|valid|verified|confirmed|accurate|"
                        r"plausible|sensible|as\s+expected|the\s+same|unchanged)\b|"
                        r"(?:至少|应该|大致|基本)?(?:是)?(?:合理|正确|可信|可靠|一致)的?\s*(?:[。.!！,，]|$)",
                        re.IGNORECASE)  # "the answer is at least plausible", 答案至少是合理的: a judgement, no value
_POINTER = re.compile(r"(?:as\s+follows|below|above|given\s+below|shown\s+below|in\s+the\s+box)\b", re.IGNORECASE)
# "A tempting but wrong answer is (-inf, -7/5]", "a common mistake gives": an answer described as wrong.
_WRONG_ANSWER = re.compile(
    r"\b(?:wrong|incorrect|tempting|mistaken|naive|erroneous|bogus)\b[^.!?\n]{0,16}$|错误的?$|常见的?错误答案?$",
    re.IGNORECASE)
_DESCRIBED = re.compile(r"(?:(?:quite|very|pretty|fairly|actually)\s+)?(?:straightforward|simple|easy|clear|obvious|"
                        r"interesting|surprising|tricky|subtle|elegant|neat|short|intuitive|counterintuitive|"
                        r"unexpected|unambiguous|ambiguous|unique|definitive|well[- ]defined|determined|"
                        r"settled)\b\s*(?:(?P<colon>[:：])|(?=[.!,;]|$))", re.IGNORECASE)
# "so I'll go with it", "the answer is this.": a pronoun points at an answer without giving it.
_DEMONSTRATIVE = re.compile(r"(?:it|that|this|them|these|those|(?:this|that|the|my)\s+(?:answer|result|value|one)|"
                            r"(?:这|那)(?:个|一)?(?:量|值|数|结果|答案)?|它|即|此|这就|也就|"
                            r"(?:作为|当作|视为)?(?:最终的?)?(?:答案|结果))"  # "因此作为最终答案": no value
                            r"\s*[.!,;。！，；]?\s*$", re.IGNORECASE)  # "应当正是这个量": this quantity; "即为最终答案"
_PREPOSITION = re.compile(r"(?:in|of|for|about|on|with|from|to|within|between|under|hidden)\s+(?![-+$\\\d(])|"
                          r"as\s+an?\s|(?:expected|supposed|required|going|likely|meant|asked)\s+to\b|"
                          r"(?:requested|expected|required|asked\s+for|wanted|needed)\b(?!\s*[:：])|"  # "is requested"
                          r"(?:一个)?(?:正|负|非负|整|分|质|素|合|偶|奇|有理|无理|自然|实)数(?:\s*$|[,.，。])",
                          re.IGNORECASE)
# "（常见错误是把中间结果当成最终答案）": a marker that ends a bracket or a sentence, with no answer after it
_CLOSER = re.compile(r"[\s)）\]】}>.,;:，。；：、!?！？\"'”’]+")
# "the 'obvious' answer is sometimes the wrong one", "the answer is usually an integer": what answers tend to be
_GENERIC = re.compile(r"(?:sometimes|often|usually|always|never|rarely|seldom|generally|typically|frequently|"
                      r"occasionally|normally|commonly|mostly|not\s+always|not\s+necessarily)\b"
                      r"(?!\s*[-+$\\(\d])", re.IGNORECASE)  # not "the answer is always 12": a value follows
_ADVERB_BEFORE_VALUE = re.compile(r"(?:always|still|just|simply|exactly|precisely)\s+(?=[-+$\\(\d])", re.IGNORECASE)
_ONE_DESCRIBED = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}one\b(?!\s*[-:=])", re.IGNORECASE)  # "the intended one"
# A verb acting on "the final result" / "the answer" (no "is" or colon after it): no value is named.
_ACTED_ON = re.compile(r"\b(?:shift|shifts|change|changes|affect|affects|alter|round|rounds|report|present|state|give|"
                       r"write|box|check|verify|compute|reach|obtain|get|find|see|double-check|recheck|confirm)\s+"
                       r"(?:the|my|our|your|a|this)\s+$", re.IGNORECASE)
_NAMES_VALUE = re.compile(r"\bis\b|[:：=]\s*$", re.IGNORECASE)
# "so I'll go with the natural reading": a way of reading or solving the problem chosen, not an answer
_METHOD = re.compile(r"(?:the|this|that|my|a|an)\s+(?:[a-z-]+\s+){0,2}(?:reading|interpretation|approach|method|way|"
                     r"meaning|plan|strategy|assumption|convention)s?\W*", re.IGNORECASE)
_ASKED_WHICH = re.compile(r"\b(?:which|what|whether)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,3}$",
                          re.IGNORECASE)
_ANOTHER_ITEM = re.compile(r"\s*(?:[/,;&(（]|or\b|and\b|或|和|\*\*)", re.IGNORECASE)  # "**B** / (A)": it goes on
_MODAL = re.compile(r"\b(?:should|must|will|has\s+to|needs\s+to)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:an?|some)\s+[a-z]", re.IGNORECASE)  # a description of the answer, not the answer
_NOT_BUT = re.compile(r"not\s+.{1,80}?(?:(?:,\s*|\s+)(?:but|rather)(?:\s+(?:rather|instead))?\s*(?:it\s+is\s+)?|"
                      r"\s*[;,—–]\s*(?:it|that)\s*(?:is|'s)\s+(?:actually\s+|really\s+)?)", re.IGNORECASE)
# "the answer is 13, but actually it is 12": the clause after the commitment corrects it.
_BUT_ACTUALLY = re.compile(r"\s*[,;—–]?\s*but\s+(?:actually|in\s+fact|really)\s*,?\s*(?:it\s*(?:is|'s)\s+|"
                           r"the\s+answer\s+is\s+|that'?s\s+|i\s+get\s+)?", re.IGNORECASE)
_ANOTHER_ASSIGNMENT = re.compile(r"[,，;；]\s*\$?\s*[a-zA-Z](?:_\{?\w+\}?)?\s*=")
_NAME_BEFORE_EQUALS = re.compile(r"[a-zA-Z](?:_\{?\w+\}?)?\s*$")
_SEGMENT_START = re.compile(r"(?<!\d)\.|\.(?!\d)|(?<!\d):|:(?!\d)|(?<!\d),|,(?!\d{3}(?!\d)|\s\d{4}\b)|[!?;\n，。：；]")
# not the point of 14.70, the colon of 10:40, the comma of 4,937 or of "December 18, 1853"
_SENTENCE_BREAK = re.compile(r"[.!?。；;](?![\"'”’\d])|\n")
_SEGMENT_LEAD = re.compile(r"^\s*(?:(?:so|thus|therefore|hence|then|and|clearly|i\s+(?:think|believe|guess|am\s+sure)|"
                           r"i'd\s+say|(?:we|i)\s+(?:get|have|obtain|find)|this\s+gives|所以|因此|故)\b\s*,?\s*)+",
                           re.IGNORECASE)  # "Thus we get 12 as the final result": 12
_PROSE = re.compile(r"(?<!\\)\b[A-Za-z]{3,}\b")  # a word, not a label, number or formula
_PRONOUN = re.compile(r"(?:this|that|it|which|what|there|here|each|none|neither|all)\b", re.IGNORECASE)
_FORMULA_CHAR = re.compile(r"[\d\\^=]")
# A question header after the answer ("\n\nQuestion 2:", 问题：) starts a new problem; one that names itself new
# ("**Follow-up question:**", "下一题：", "【拓展练习】" folded to "[拓展练习]") does so even before any answer.
_FOLLOWUP = re.compile(r"\n[ \t*#>]*(?:question|q|problem|exercise|human|user|instruction|input|example|"
                       r"问题|题目|问|练习|习题)\s*\d*\s*\**[:：]")
_NEW_PROBLEM = re.compile(r"\n[ \t*#>]*(?:(?:follow[- ]?up|next|another|new|bonus|extra|additional|practice|related)"
                          r"\s+"
                          r"(?:question|problem|exercise|example)s?\s*\d*\s*\**[:：]|"
                          r"\[[^\]\n]{0,8}(?:练习|拓展|变式|延伸|巩固|习题|思考题)[^\]\n]{0,8}\]|"
                          r"下一题|再来一题|举一反三|拓展练习|变式练习|巩固练习)")
# A recited few-shot prompt opens with a question header and repeats it; its last question is the real one.
_QUESTION_HEAD = r"[ \t*#>]*(?:question|problem|q|问题|题目)\s*\d*\s*\**[:：]"
_RECITAL_OPEN = re.compile(_QUESTION_HEAD)
_RECITAL_NEXT = re.compile(r"\n" + _QUESTION_HEAD)
_END_OF_TURN = ("<|im_end|>", "<|im_start|>", "<|endoftext|>", "<|eot_id|>", "<|end|>", "<|user|>", "</s>")


@dataclass(frozen=True)
class Hit:
    pos: int  # where the marker starts
    end: int  # where it ends
    spec: Spec | None  # None for a \boxed
    label_at: int = -1  # mode "label": where the label letter is

    @property
    def strong(self) -> bool:
        return self.spec is None or self.spec.strong


@dataclass(frozen=True)
class Commitment:
    start: int  # where the answer text begins
    end: int  # where it ends
    text: str  # the answer, tidied
    source: str  # which marker: "boxed", "answer_is", ...
    strong: bool
    box_start: int = -1  # for "boxed": the extent of the whole \boxed{...}
    box_end: int = -1
    verdict_after: bool = False  # the marker judges a value written before it ("B is correct", "14.70 is right")
    unclosed: bool = False  # a \boxed{ whose brace never closes before the output ends (broken LaTeX: unsure)


def _lower(text: str) -> str:
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class MarkerIndex:
    """Where each marker keyword occurs in one text. Hits are checked lazily, in position order, from
    either end, at most MAX_TRIES per walk (a pathological text with 10^5 keywords costs no more)."""

    def __init__(self, text: str):
        self.text, self.lower = text, _lower(text)
        low = self.lower  # `in` first: most keywords are absent, and a substring test is cheaper than a regex scan
        self.positions = {lit: [m.start() for m in pattern.finditer(low)] if lit in low else []
                          for lit, pattern in _LITERALS.items()}
        self.boxes = [m.start() for m in _BOX_START.finditer(text)] if "\\" in text else []

    def prefix(self, end: int) -> MarkerIndex:
        """The index of `text[:end]` (a follow-up question cut off), without searching again."""
        if end >= len(self.text):
            return self
        short = object.__new__(MarkerIndex)
        short.text, short.lower = self.text[:end], self.lower[:end]
        short.positions = {lit: ps[:bisect.bisect_left(ps, end)] for lit, ps in self.positions.items()}
        short.boxes = self.boxes[:bisect.bisect_left(self.boxes, end)]
        return short

    def hits(self, *, strong: bool, from_end: bool) -> Iterator[Hit]:
        positions = self.positions
        streams = [_tagged(ps, k, from_end) for k, literal in _BY_STRENGTH[strong] if (ps := positions[literal])]
        if strong and self.boxes:
            streams.append(_tagged(self.boxes, -1, from_end))
        merged = heapq.merge(*streams, reverse=from_end)
        for pos, k in itertools.islice(merged, MAX_TRIES):
            if k < 0:
                yield Hit(pos, pos + (6 if self.text.startswith("\\boxed", pos) else 5), None)
            elif (hit := _try(self.lower, pos, SPECS[k])) is not None:
                yield hit


def _tagged(positions: list[int], tag: int, from_end: bool) -> Iterator[tuple[int, int]]:
    return ((p, tag) for p in (reversed(positions) if from_end else positions))


def _try(lower: str, pos: int, spec: Spec) -> Hit | None:
    before = None
    if spec.before is not None:
        before = spec.before.search(lower, max(0, pos - BEFORE_WINDOW), pos)
        if before is None:
            return None
    after = spec.after.match(lower, pos)
    if after is None:
        return None
    label = next((m.start("label") for m in (after, before) if m is not None and "label" in m.re.groupindex), -1)
    start = pos if spec.mode == "after" else before.start()
    return Hit(start, after.end(), spec, label)


def _boxed(text: str, hit: Hit) -> Commitment | None:
    j = hit.end
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text):
        return None
    unclosed = False
    if text[j] == "{":
        close = match_brace(text, j)
        body = text[j + 1:close - 1] if close > 0 else ""
        rest = text[j + 1:]
        if close <= 0 and len(rest) <= MAX_UNCLOSED_BOX and "\n\n" not in rest.strip():
            close, unclosed = len(text), True  # "$\boxed{1023" ending the output: a brace the writer never closed
            body = _UNCLOSED_TAIL.sub("", rest)
    elif j > hit.end or text[j].isdigit():  # "\boxed 5", "\boxed5" (but "\boxedx" is no box)
        close = j + len(text[j:j + 100].split(None, 1)[0].split("$", 1)[0])
        body = text[j:close]
    else:
        return None
    answer = tidy(body)
    return Commitment(hit.pos + 1, close, answer, "boxed", True, hit.pos, close, unclosed=unclosed) if answer else None


MAX_UNCLOSED_BOX = 200  # an unclosed \boxed{ this close to the end of the output holds the rest as its answer
_UNCLOSED_TAIL = re.compile(r"(?:\s|\$|\\\]|\\\)|\.|。)*$")  # "$", "\]" or a full stop after the unclosed body


def _preceded_by_condition(text: str, marker_start: int, reach: int = 60) -> bool:
    """A condition opens the marker's sentence within `reach` characters ("if the answer is 5"). A quoted
    question's "?" ends no sentence: 'If it had asked "how many are full?", the answer would be 11'."""
    window = text[max(0, marker_start - reach):marker_start]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0)
    return _CONDITIONAL.search(window, cut) is not None


def _after(text: str, hit: Hit) -> Commitment | None:
    start, end = capture_after(text, hit.end, clauses=not hit.spec.whole_sentence)
    line_start = text.rfind("\n", 0, hit.pos) + 1
    if text.count("**", line_start, start) % 2 and (close := text.find("**", start, end)) > start \
            and not _ANOTHER_ITEM.match(text, close + 2, end):
        end = close  # "**Answer: 0.875** I'm fairly sure": the bold span that opened before the marker ends it
    raw = text[start:end]
    head = raw.lstrip(" *")
    if hit.spec.source == "conclusion" and _LIST_ITEM.match(text, start):
        return None  # "### Result\n1. This is a combination: …": a numbered list of steps under the heading
    subjunctive = "would" in text[hit.pos:hit.end].lower()  # "..., the answer would be 11": a counterfactual
    if not head or _CLOSER.fullmatch(head) or (end < len(text) and text[end] == "?") or \
            _preceded_by_condition(text, hit.pos, COUNTERFACTUAL_REACH if subjunctive else 60):
        return None
    if described := _DESCRIBED.match(head):  # "the answer is simple: 12" commits after the colon; "... is simple." not
        if not described.group("colon"):
            return None
        start, end = capture_after(text, start + (len(raw) - len(head)) + described.end(), clauses=True)
        head = text[start:end]
        if not head.strip():
            return None
    if (adverb := _ADVERB_BEFORE_VALUE.match(head)) and not described:  # "the answer is always 12": the value
        start, end = capture_after(text, start + (len(raw) - len(head)) + adverb.end(), clauses=True)
        head = text[start:end]
    if _ACTED_ON.search(text, max(0, hit.pos - 40), hit.pos) and not _NAMES_VALUE.search(text, hit.pos, hit.end):
        return None  # "rounding can shift the final result slightly": the answer as the object of a verb
    if _PREPOSITION.match(head) or _ONE_DESCRIBED.match(head) or _PRONOUN.fullmatch(head.strip()) or \
            _DEMONSTRATIVE.fullmatch(head.strip()) or \
            _GENERIC.match(head) or (hit.spec.source == "choose" and _METHOD.fullmatch(head.strip())):
        # "what the answer is in meters", "the intended one", "so I'll go with it"
        return None
    if _ASKED_WHICH.search(text, max(0, hit.pos - BEFORE_WINDOW), hit.pos):
        return None  # "which of the look-alike answers is the intended one": a question about the answer
    if _POINTER.match(head) or _JUDGEMENT.match(head) or _WRONG_ANSWER.search(text, max(0, hit.pos - 40), hit.pos) \
            or REJECTED_AFTER.match(text, end):  # "the answer is 117, which is wrong": a value rejected
        return None
    if _MODAL.search(text, hit.pos, hit.end) and _ARTICLE.match(head):  # "the answer should be an ordered pair"
        return None
    if _NEGATION.match(head):  # "the answer is not 5, but 6" commits to 6; "is not 5" to nothing
        turn = _NOT_BUT.match(text, end - len(head), start + MAX_ANSWER)
        if not turn:
            return None
        start, end = turn.end(), sentence_end(text, turn.end())
    if turn := _BUT_ACTUALLY.match(text, end):
        start, end = turn.end(), sentence_end(text, turn.end())
    if text[hit.end - 1] == "=" and _ANOTHER_ASSIGNMENT.search(text, start, end):  # "故 x=3，y=5": both values
        name = _NAME_BEFORE_EQUALS.search(text, max(0, hit.end - 24), hit.end - 1)
        start = name.start() if name else start
    answer = tidy(text[start:end])
    return Commitment(start, end, answer, hit.spec.source, hit.spec.strong) if answer else None


def _before(text: str, hit: Hit) -> Commitment | None:
    """"Paris is the correct answer": the answer is the clause before the marker."""
    lo = max(0, hit.pos - 80)
    window = text[lo:hit.pos]
    clocks = [t.span() for t in _CLOCK_12H.finditer(window)]  # "11:31 a.m. is the result": its points end nothing
    cut = max((s.end() for s in _SEGMENT_START.finditer(window) if not any(a < s.start() < b for a, b in clocks)),
              default=0)
    while cut and _closes_more(window[cut:]) and (opened := max(window.rfind(b, 0, cut) for b in "([{")) >= 0:
        cut = opened  # "(4, 7) is the answer": the comma sits inside the bracket, which is whole
    while cut and _ASSIGNMENT.match(window, cut) and (prev := _LAST_ASSIGNMENT.search(window, 0, cut)):
        cut = prev.start()  # "x=-2, y=0 就是本题的答案": the assignments before the marker, all of them
    answer = tidy(_SEGMENT_LEAD.sub("", window[cut:]))
    if not answer or _PRONOUN.match(answer) or _DEMONSTRATIVE.fullmatch(answer) or len(answer.split()) > 8 \
            or _preceded_by_condition(text, lo + cut):
        return None
    if hit.spec.mode == "value_before" and (_PROSE.search(answer) or len(answer.split()) > 3):
        return None
    if hit.spec.mode == "formula_before" and (_QUESTION_AFTER.match(text, hit.end)
                                              or _CONNECTIVE_ALONE.fullmatch(answer)):
        return None  # "Or is the answer 8?": a question; "So is the answer": no value before the marker
    if hit.spec.mode == "formula_before" and len(answer.split()) > 2 and (
            any(normalize_unit(w) is None for w in _PROSE.findall(answer)) or not _FORMULA_CHAR.search(answer)):
        return None  # "\\frac{8}{3} is the answer", "science is the answer"; not "Whatever survives … is the answer"
    return Commitment(lo + cut, hit.pos, answer, hit.spec.source, hit.spec.strong,
                      verdict_after=hit.spec.mode == "value_before")


_QUESTION_AFTER = re.compile(r"[^.!\n。！]*[?？]")
_CONNECTIVE_ALONE = re.compile(r"(?:or|and|so|but|then|now|thus|hence|also)\W*", re.IGNORECASE)
_CLOCK_12H = re.compile(r"\d{1,2}:\d{2}\s*[ap]\.\s?m\.", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*\d{1,2}[.)]\s+\S")


def _closes_more(s: str) -> bool:
    return s.count(")") + s.count("]") + s.count("}") > s.count("(") + s.count("[") + s.count("{")


_ASSIGNMENT = re.compile(r"(?:\s|\\[ ,;:])*[a-zA-Z](?:_\{?\w\}?)?\s*=")  # "x=8,\\ y=-7"
_LAST_ASSIGNMENT = re.compile(r"(?<![\w\\])[a-zA-Z](?:_\{?\w\}?)?\s*=\s*[^,，;；:：\n]{1,20}[,，]\s*$")
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'')
_JSON_BARE = re.compile(r"-?\d[^,}\n]*")
_JSON_DOUBT = re.compile(r"[\"'](?:alternatives?|other_answers?|second_choice|backup|also_possible)[\"']|"
                         r"[\"']confidence[\"']\s*:\s*[\"']?(?:low|uncertain|unsure|medium)", re.IGNORECASE)
_ANSWER_LEAD = re.compile(r"^\s*(?:(?:the\s+)?(?:final\s+)?answer\s*(?:is\b|[:：])|(?:最终)?答案\s*(?:是|为|[:：]))\s*",
                          re.IGNORECASE)  # {"answer": "答案是C"}


def _json_value(text: str, hit: Hit) -> Commitment | None:
    """The value of an answer key: `{"answer": "C. 7"}` -> "C. 7", `"final_answer": 42` -> "42"."""
    if m := _JSON_STRING.match(text, hit.end):
        try:
            value = json.loads(m.group()) if m.group(1) is not None else m.group(2)
        except ValueError:  # "\\pm" from a folded "±" is no JSON escape: undo the string's own escapes only
            value = re.sub(r'\\(["\\/])', r"\1", m.group(1))
        start, end = m.start() + 1, m.end() - 1
    elif m := _JSON_BARE.match(text, hit.end):
        value, start, end = m.group(), m.start(), m.end()
    else:
        return None
    answer = tidy(_ANSWER_LEAD.sub("", str(value)))
    close = text.find("}", end)  # the rest of the object ("confidence": 0.9) is no second value
    close = close + 1 if close >= 0 and "{" not in text[end:close] else end
    source = "json_doubt" if _JSON_DOUBT.search(text, end, close) else hit.spec.source  # "alternatives": ["C"]
    return Commitment(start, end, answer, source, True, start, close) if answer else None


def commitment(text: str, hit: Hit) -> Commitment | None:
    """The answer a marker commits to; None when it is negated, conditional ("if the answer is 5"), a
    question ("the answer is 5?"), a remark ("my answer is correct") or empty."""
    if hit.spec is None:
        return _boxed(text, hit)
    if hit.spec.mode == "json":
        return _json_value(text, hit)
    if hit.spec.mode == "label":
        if _preceded_by_condition(text, hit.pos):
            return None
        return Commitment(hit.label_at, hit.label_at + 1, text[hit.label_at].upper(), hit.spec.source,
                          hit.spec.strong)
    return _after(text, hit) if hit.spec.mode == "after" else _before(text, hit)


def last_commitments(index: MarkerIndex) -> list[Commitment]:
    """The last (up to MAX_KEPT) strong commitments, ordered by where their answers start; the weak ones
    when no strong marker commits to anything."""
    for strong in (True, False):
        kept: list[Commitment] = []
        for hit in itertools.islice(index.hits(strong=strong, from_end=True), MAX_EVALUATED):
            if (c := commitment(index.text, hit)) is not None:
                kept.append(c)
                if len(kept) >= MAX_KEPT:
                    break
        if kept:
            values = [c for c in kept if c.source == "json"]  # {"answer": "答案是C"}: the marker inside is the value
            kept = [c for c in kept if not any(v.start < c.start < v.end for v in values)]
            return sorted(kept, key=lambda c: (c.start, c.source == "boxed"))
    return []


def recital_start(index: MarkerIndex) -> int:
    """Where the last question of a recited few-shot prompt begins ("Question: ...\\nAnswer: ... The answer is
    A.\\n\\nQuestion: <the real one>\\nAnswer: ..."): the prompt ends with the real question, so the answers
    before it belong to the examples. 0 when the output does not open with a question header."""
    if not _RECITAL_OPEN.match(index.lower):
        return 0
    return max((m.start() + 1 for m in _RECITAL_NEXT.finditer(index.lower)), default=0)


def followup_cut(index: MarkerIndex) -> int:
    """Where a new problem begins after the first committed answer ("\\n\\nQuestion: ...", "问题：",
    `<|im_end|>`), or anywhere when it calls itself new ("Follow-up question:", 下一题): the follow-up's own
    answer must not count. `len(text)` when there is none."""
    text, first = index.text, None
    for strong in (True, False):
        for hit in itertools.islice(index.hits(strong=strong, from_end=False), MAX_EVALUATED):
            if (c := commitment(text, hit)) is not None:
                first = c.start if first is None else min(first, c.start)
                break
    new = _NEW_PROBLEM.search(index.lower)
    cuts = [new.start()] if new else []
    if first is None:
        return min(cuts, default=len(text))
    m = _FOLLOWUP.search(index.lower, first)
    cuts += [m.start()] if m else []
    cuts += [p for token in _END_OF_TURN if (p := text.find(token, first)) >= 0]
    return min(cuts, default=len(text))
