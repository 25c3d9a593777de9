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

MAX_TRIES = 4000  # keyword occurrences checked per walk through the text
MAX_EVALUATED = 64  # hits turned into commitments per walk
MAX_KEPT = 6  # commitments kept (from the end) for the final decision and the candidates list
BEFORE_WINDOW = 48  # characters a `before` pattern may look back
COUNTERFACTUAL_REACH = 200  # how far back an "if" makes "the answer would be" a counterfactual

_NOT_LETTER = r"(?<![a-z])$"
_LINE_START = r"(?:^|\n|[.!?]\s)[ \t*>#]*$"
# "Correct Answer:", "So my answer:"
_ANSWER_HEAD = (r"(?:^|\n|[.!?]\s)[ \t*>#]*(?:(?:so|thus|therefore|hence)\s*,?\s+)?"
                r"(?:the\s+)?(?:(?:correct|corrected|revised|updated|right|best|final|my|our)\s+)?$")
# A connective that may open a clause ("，故答案为", "故 x=3"), not a character inside a word (故障, 立即).
_CLAUSE_OPEN = r"(?:^|[\s,.;:!?)$])$"
_MOST = r"most\s+(?:appropriate|likely|accurate|suitable|reasonable|plausible|correct)"
_I_SUBJECT = r"\bi(?:\s+would|'d|\s+will|'ll|\s+shall|\s+must|\s+should|(?:\s+am|'m)(?:\s+going\s+to)?)?\s+$"
_QUALIFIER = (r"\b(?:best|correct|right|true|final|my|our|most\s+(?:appropriate|likely|accurate|suitable|reasonable|"
              r"plausible|correct))\s+$")
_IS_THE_RIGHT = rf"\s(?:is|would\s+be|seems\s+to\s+be|must\s+be)\s+(?:the\s+)?(?:correct|right|best|final|{_MOST})\s+$"
_ANSWER_VERB = (r"(?:is|are|would\s+be|should\s+be|will\s+be|must\s+be|remains|seems\s+to\s+be|appears\s+to\s+be|"
                r"comes\s+out\s+(?:to|as)|works\s+out\s+to|turns\s+out\s+to\s+be)")


@dataclass(frozen=True)
class _Spec:
    literal: str  # found with a fast literal search in the lower-cased text
    after: re.Pattern  # matched at the literal; its end is where the answer starts (mode "after")
    before: re.Pattern | None  # must match the text just before the literal
    source: str
    strong: bool = True
    mode: str = "after"  # "after": answer follows; "before": answer precedes ("value_before": a short value,
    #                      not prose: "B is correct" but not "the calculation is correct"); "label": inside;
    #                      "json": the string or number after an answer key
    whole_sentence: bool = False  # the answer runs past commas ("答：从出发到相遇，共经过10.8小时")


def _spec(literal, after, before=None, source="answer_is", strong=True, mode="after", whole_sentence=False) -> _Spec:
    return _Spec(literal, re.compile(after), re.compile(before) if before else None, source, strong, mode,
                 whole_sentence)


_SPECS = [
    _spec("answer", rf"answers?(?:\s+(?:to|for)\s+(?:the|this|that|each)\s+\w+(?:\s+\w+)?)?\s+{_ANSWER_VERB}"
                    r"(?:\s+(?:therefore|thus|then|clearly|indeed|simply|definitely|actually))?\b\s*[:：]?|answer\s*=",
          _NOT_LETTER),
    _spec("answer", r"answer\s*\**\s*(?:[:：]|[—–→]|->|=>|\.(?=\**[ \t]))", _ANSWER_HEAD, "final_answer"),
    _spec("answer", r"answers?\s*\**[ \t]*(?=\n)", _ANSWER_HEAD, "final_answer"),  # a heading: "### Answer\n..."
    # a conclusion heading over its own line: "## 结论\n\n情感倾向为正面", "### Result\nB"
    *[_spec(word, word + r"\s*\**[ \t]*(?=\n)", r"(?:^|\n)[ \t*>#]*$", "conclusion")
      for word in ("结论", "结果", "conclusion", "result", "verdict")],
    # a table's row: "| Answer | 10 |"
    _spec("answer", r"answer\s*\**\s*\|", r"\|\s*\**\s*(?:(?:the\s+)?(?:correct|final|my)\s+)?$", "final_answer"),
    _spec("答案", r"答案\s*\**[ \t]*(?=\n)", r"(?:^|\n)[ \t*>#]*(?:最终|最后)?$", "chinese_marker"),  # "### 答案\n…"
    _spec("答案", r"答案\s*\**\s*\|", r"\|\s*\**\s*(?:最终|最后)?$", "chinese_marker"),
    # "The correct final price is $84": a value named as the correct one (after a check found a mistake).
    _spec("correct", rf"correct\s+(?:final\s+)?(?:value|result|total|price|cost|amount|number|sum|area|length|"
                     rf"time|speed|count|solution|answer)\s+{_ANSWER_VERB}\b\s*[:：]?", r"\bthe\s+$"),
    # "In a full sentence: the result comes out to 132 m^2": the result named, not "the result would be off"; a
    # step may name its result too, so a verdict read from it is unsure
    _spec("result", r"result\s+(?:is|comes\s+out\s+(?:to|as)|works\s+out\s+to|equals)\b\s*[:：]?",
          r"(?:^|\n|[.!?:]\s|\b(?:so|thus|therefore|hence),?\s)[ \t*>#]*the\s+$", "conclusion"),
    _spec("required", rf"required\s+(?:value|answer|quantity|result|number|amount)\s+{_ANSWER_VERB}\b\s*[:：]?",
          r"\bthe\s+$"),
    _spec("label", rf"label\s+{_ANSWER_VERB}\b\s*[:：]?", r"\b(?:so|thus|therefore|hence)\s*,?\s+the\s+$"),
    _spec("ans", r"ans\s*\**[:：]", _LINE_START, "final_answer"),
    # not "the final answer has to respect the domain": a modal verb after it says what an answer must be; nor
    # "present the final result clearly", "state the final answer at the end": how an answer will be given
    _spec("final", r"final\s+(?:answer|result|pick|choice|selection|verdict)\b(?!\s+(?:has|have|must|should|will|"
                   r"would|can|could|may|might|needs?|ought|clearly|neatly|explicitly|carefully|properly|concisely|"
                   r"cleanly|plainly|below|and|so\s+that|(?:at|in)\s+the\s+(?:end|bottom|top|middle))\b)"
                   r"(?:\s+is\b)?\s*[:：]?", _NOT_LETTER, "final_answer"),
    # "Thus we get $\sqrt{128}$ as the final result": the value named before it
    _spec("final", r"final\s+(?:answer|result)\b", r"\sas\s+(?:the|our|my)\s+$", "answer_is", mode="before"),
    _spec("最终", r"最终(?:的)?(?:选择|结果|答案)\s*(?:是|为)?\s*[:：]?", None, "chinese_marker"),  # 我的最终选择：0.25
    _spec("最终", r"最终\s*\**\s*[:：]", r"(?:^|[\n。！？!?.；;]\s*|[\s*>#])$", "final_answer"),  # "最终：矛盾或中立"
    _spec("####", r"####", r"(?:^|\n)[ \t]*$", "final_answer"),
    # "the answer you want to write down is 42.5", "记住最后填 7 就可以了": the value to write, a commitment
    _spec("write", r"write(?:\s+down)?\s+is\b\s*[:：]?", r"answer\s+(?:you\s+(?:want|need|have|should)\s+to|to)\s+$",
          "answer_is"),
    _spec("填", r"填(?:写|上)?\s*[:：]?\s*", r"(?:记住|记得|最后|最终)\s*(?:最后|最终)?\s*$", "answer_is"),
    # "so to conclude: 40 cm^2", "In summary: B": a conclusion announced with a colon, on its line ("To summarize:\n"
    # heads prose); a summary is often prose, so a verdict read from one is unsure
    *[_spec(word, word + r"\s*[:：][ \t]*(?=[^\s])", None, source)
      for word, source in (("to conclude", "final_answer"), ("in conclusion", "final_answer"),
                           ("putting it all together", "final_answer"), ("putting it together", "final_answer"),
                           ("in summary", "conclusion"), ("to sum up", "conclusion"), ("to summarize", "conclusion"))],
    # "注意，答案不是 5.5，而是 5.0": the answer named after the value it is not
    _spec("而是", r"而是\s*[:：]?", r"答案(?:应该|应当)?(?:并)?不是[^。\n!?]{1,40}?$", "chinese_marker"),
    _spec("final", r"final\s*\**\s*[:：]", _LINE_START, "final_answer"),  # "Final: B", "**Final:** 12"
    # {"answer": "C. 7"}, "final_answer": 42: the value of an answer key in a JSON object or a Python dict
    _spec("answer", r"answer[\"']\s*:\s*", r"(?:[{,]\s*[\"']|[\"']final_)$", "json", mode="json"),
    _spec("答案", r"答案[\"']\s*[:：]\s*", r"[{,]\s*[\"'](?:最终)?$", "json", mode="json"),  # {"答案": "1"}
    # "Therefore: option B": a conclusion that opens its line; weak, since a step may open so too
    *[_spec(word, word + r"\s*[:：]", _LINE_START, "chinese_so", strong=False)
      for word in ("therefore", "thus", "hence", "conclusion")],
    *[_spec(verb, re.escape(verb).replace(r"\ ", r"\s+") + r"\b", _I_SUBJECT, "choose")
      for verb in ("choose", "select", "pick", "go with", "opt for", "going with", "answer with", "commit to",
                   "switch my answer to", "change my answer to")],
    *[_spec(noun, rf"{noun}\s+{_ANSWER_VERB}\b\s*[:：]?", _QUALIFIER, "choose")
      for noun in ("option", "choice", "response", "selection", "pick")],
    *[_spec(noun, noun + r"\b", _IS_THE_RIGHT, "answer_is", mode="before")
      for noun in ("answer", "option", "choice", "response")],
    *[_spec(noun, noun + r"\s*[(\[]?(?P<label>[a-p])[)\]]?\s+(?:is|seems\s+to\s+be|appears\s+to\s+be|would\s+be)\s+"
                  rf"(?:the\s+)?(?:correct|right|best|true|{_MOST})\b", _NOT_LETTER, "choose", mode="label")
      for noun in ("option", "choice")],
    *[_spec(word, word + r"\b", r"[(\[](?P<label>[a-p])[)\]]\s+(?:is|would\s+be)\s+(?:the\s+)?$", "choose",
            mode="label") for word in ("correct", "right", "best")],
    _spec("my", r"my\s+(?:final\s+)?(?:answer|choice|pick|selection)\b", r"\s(?:is|would\s+be|will\s+be)\s+$",
          "choose", mode="before"),
    *[_spec(word, word + r"\b", r"\s(?:is|would\s+be|seems)\s+$", "choose", mode="value_before")
      for word in ("correct", "right")],
    # not "其他可能的选项或答案：…": a heading over the alternatives set aside
    _spec("答案", r"答案(?:应该|应当|应|就|即|只能|必然|也)?(?:是(?!否)|为|选|\**\s*[:：])", r"(?:^|[^或])$",
          "chinese_marker"),
    _spec("答案", r"答案", r"(?:是|为)(?:正确|最终|最后)$", "answer_is", mode="before"),
    _spec("答案", r"答案\s*[】\]]\s*[:：]?\s*", r"[【\[]\s*$", "chinese_marker"),  # "【答案】m = 2"
    # "综上，-\frac45。": a value right after 综上 and a comma (weak: 综上 may open a sentence of reasoning)
    *[_spec(word, word + r"(?:所述)?\s*[,，:：]\s*(?=[-+$\\(\[\d])", _CLAUSE_OPEN, "chinese_so", strong=False)
      for word in ("综上", "因此", "所以")],  # "因此，1.505 \\times 10^{23}。": a value after the connective
    # not "所以我选择稳妥的做法": a way of working chosen, not an answer; not "因此选一种简洁的形式书写即可" (a kind of
    # thing chosen: a measure word after 选)
    _spec("选", r"选(?:择)?\s*[:：]?(?![^。\n,，]{0,12}?(?:做法|方法|办法|思路|策略|方式))"
               r"(?![一两几哪这那某每任](?:种|个|下|些|类|样|条|次))",
          r"(?:故|所以|因此|因而|应该?|我|则)$", "chinese_marker"),
    _spec("选", r"选\s*(?=[(（]?[a-p](?![a-z]))", r"(?:^|[^不没别勿])$", "chinese_marker"),  # not 不选A
    _spec("答", r"答\s*[:：]", _LINE_START, "chinese_marker", whole_sentence=True),  # 答：a full sentence
    _spec("选项", r"选项\s*(?:应该?|就)?(?:是|为)\s*[:：]?", r"(?:正确|最佳|合适|最终|符合题意)的?$", "chinese_marker"),
    _spec("正确", r"正确", r"选项\s*(?P<label>[a-p])\s*(?:是|为)?$", "choose", strong=False, mode="label"),
    _spec("正确", r"正确", r"(?<![a-z])(?P<label>[a-p])\s*(?:项|选项)\s*(?:是|为)?$", "choose", strong=False,
          mode="label"),
    # 是 after 不 is a negation ("综上，不是负面评价"), not the verb that introduces the answer.
    *[_spec(word, re.escape(word) + r"[^。\n.!?;；]{0,30}?(?:为|(?<!不)是|(?<!不)属于|等于|=|(?:共|还|剩)有(?=\s*\d))",
            _CLAUSE_OPEN if len(word) == 1 else None, "chinese_so", strong=False)
      for word in ("所以", "因此", "故", "综上", "由此可得", "从而", "于是", "可得", "可知", "即")],
]
_LITERALS = {spec.literal: re.compile(re.escape(spec.literal)) for spec in _SPECS}
_BOX_START = re.compile(r"\\(?:boxed|fbox)")

_CONDITIONAL = re.compile(r"\b(?:if|suppose|supposing|assume|assuming|whether|unless|would\s+have)\b|"
                          r"如果|假设|假如|若|是否", re.IGNORECASE)
_NEGATION = re.compile(r"(?:not(?!\s+enough\b)|n't|never|no\s+longer)\b|不是|并非", re.IGNORECASE)
# "the answer is correct / consistent with ...", "the answer is as follows": remarks about an answer.
_JUDGEMENT = re.compile(r"(?:correct|right|wrong|incorrect|consistent|reasonable|valid|verified|confirmed|accurate|"
                        r"plausible|sensible|as\s+expected|the\s+same|unchanged)\b", re.IGNORECASE)
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
_PRONOUN = re.compile(r"(?:it|that|this|them|these|those)\s*[.!,;]?\s*$", re.IGNORECASE)
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
_SEGMENT_START = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?;:\n,，。：；]")  # not the point of 14.70
_SENTENCE_BREAK = re.compile(r"[.!?。；;](?![\"'”’\d])|\n")
_SEGMENT_LEAD = re.compile(r"^\s*(?:(?:so|thus|therefore|hence|then|and|clearly|i\s+(?:think|believe|guess|am\s+sure)|"
                           r"i'd\s+say|(?:we|i)\s+(?:get|have|obtain|find)|this\s+gives|所以|因此|故)\b\s*,?\s*)+",
                           re.IGNORECASE)  # "Thus we get 12 as the final result": 12
_PROSE = re.compile(r"(?<!\\)\b[A-Za-z]{3,}\b")  # a word, not a label, number or formula
_PRONOUN = re.compile(r"(?:this|that|it|which|what|there|here|each|none|neither|all)\b", re.IGNORECASE)
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
    spec: _Spec | None  # None for a \boxed
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
        self.positions = {lit: [m.start() for m in pattern.finditer(self.lower)] for lit, pattern in _LITERALS.items()}
        self.boxes = [m.start() for m in _BOX_START.finditer(text)]

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
        streams = [_tagged(self.positions[spec.literal], k, from_end)
                   for k, spec in enumerate(_SPECS) if spec.strong == strong and self.positions[spec.literal]]
        if strong and self.boxes:
            streams.append(_tagged(self.boxes, -1, from_end))
        merged = heapq.merge(*streams, reverse=from_end)
        for pos, k in itertools.islice(merged, MAX_TRIES):
            if k < 0:
                yield Hit(pos, pos + (6 if self.text.startswith("\\boxed", pos) else 5), None)
            elif (hit := _try(self.lower, pos, _SPECS[k])) is not None:
                yield hit


def _tagged(positions: list[int], tag: int, from_end: bool) -> Iterator[tuple[int, int]]:
    return ((p, tag) for p in (reversed(positions) if from_end else positions))


def _try(lower: str, pos: int, spec: _Spec) -> Hit | None:
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
    if _PREPOSITION.match(head) or _ONE_DESCRIBED.match(head) or _PRONOUN.fullmatch(head.strip()) or \
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
    cut = max((m.end() for m in _SEGMENT_START.finditer(window)), default=0)
    answer = tidy(_SEGMENT_LEAD.sub("", window[cut:]))
    if not answer or _PRONOUN.match(answer) or len(answer.split()) > 8 or _preceded_by_condition(text, lo + cut):
        return None
    if hit.spec.mode == "value_before" and (_PROSE.search(answer) or len(answer.split()) > 3):
        return None
    return Commitment(lo + cut, hit.pos, answer, hit.spec.source, hit.spec.strong,
                      verdict_after=hit.spec.mode == "value_before")


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
