"""The table of answer markers: each a literal keyword (found by a fast search in the lower-cased text), the
pattern after it where the answer starts, the context that must come before it, and what kind of commitment
it makes (`source`, strong or weak, the answer after it, before it, inside it or a JSON value). `markers.py`
finds and reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NOT_LETTER = r"(?<![a-z])$"
_LINE_START = r"(?:^|\n|[.!?]\s)[ \t*>#]*$"
# "Correct Answer:", "So my answer:"
_ANSWER_HEAD = (r"(?:^|\n|[.!?:]\s)[ \t*>#]*(?:[-•][ \t]+)?(?:(?:so|thus|therefore|hence)\s*,?\s+)?"
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
class Spec:
    literal: str  # found with a fast literal search in the lower-cased text
    after: re.Pattern  # matched at the literal; its end is where the answer starts (mode "after")
    before: re.Pattern | None  # must match the text just before the literal
    source: str
    strong: bool = True
    mode: str = "after"  # "after": answer follows; "before": answer precedes ("value_before": a short value,
    #                      not prose: "B is correct" but not "the calculation is correct"); "label": inside;
    #                      "json": the string or number after an answer key
    whole_sentence: bool = False  # the answer runs past commas ("答：从出发到相遇，共经过10.8小时")


def _spec(literal, after, before=None, source="answer_is", strong=True, mode="after", whole_sentence=False) -> Spec:
    return Spec(literal, re.compile(after), re.compile(before) if before else None, source, strong, mode,
                 whole_sentence)


SPECS = [
    _spec("answer", rf"answers?(?:\s+(?:to|for)\s+(?:the|this|that|each)\s+\w+(?:\s+\w+)?|"
                    rf"\s+(?:we|i)(?:\s+a|')re\s+(?:looking|searching)\s+for)?\s+{_ANSWER_VERB}"  # "we're looking for"
                    r"(?:\s+(?:therefore|thus|then|clearly|indeed|simply|definitely|actually))?\b\s*[:：]?|answer\s*=",
          _NOT_LETTER),
    _spec("answer", r"answer\s*\**\s*(?:[:：]|[—–→]|->|=>|\.(?=\**[ \t]))", _ANSWER_HEAD, "final_answer"),
    _spec("answer", r"answers?\s*\**[ \t]*(?=\n)", _ANSWER_HEAD, "final_answer"),  # a heading: "### Answer\n..."
    # a conclusion heading over its own line: "## 结论\n\n情感倾向为正面", "### Result\nB"
    *[_spec(word, word + r"\s*\**[ \t]*(?=\n)", r"(?:^|\n)[ \t*>#]*$", "conclusion")
      for word in ("结论", "结果", "conclusion", "result", "verdict")],
    # a table's row: "| Answer | 10 |"
    _spec("answer", r"answer\s*\**\s*\|",
          r"\|\s*\**\s*(?:(?:the\s+)?(?:correct|final|my|requested|required|asked)\s+)?$",
          "final_answer"),
    # "| Result | 4*sqrt(3) | verified |": a table row that opens with "Result" and gives a value (not a header cell,
    # not "|result|^2", an absolute value)
    _spec("result", r"result\s*\**\s*\|(?=[^\n|]*[^\s|-][^\n]*\|)",
          r"(?:^|\n)[ \t]*\|\s*\**\s*(?:(?:the\s+)?final\s+)?$", "conclusion"),
    # "3:06 PM is what the problem is asking for": the value before it (read unsure)
    _spec("asking", r"asking\s+for\b", r"\sis\s+(?:exactly\s+)?what\s+the\s+(?:problem|question)\s+is\s+$",
          "conclusion", mode="before"),
    # "| 答案 | 5 |", "| 题目所求 | x=1 |": a table row that names the answer
    _spec("答案", r"答案\s*\**\s*\|", r"\|\s*\**\s*(?:最终|正确)?的?$", "final_answer"),
    _spec("所求", r"所求\s*\**\s*\|", r"\|\s*\**\s*(?:题目|本题)?$", "final_answer"),
    # "25 即为所求。"; not "确认回答的就是所求的量" (a check of what was asked)
    _spec("所求", r"所求(?:的(?:答案|值|结果))?\s*(?=[。.!！,，;；\n]|$)", r"(?:即|就|便|正)(?:是|为)?$", "answer_is",
          mode="before"),
    # "Christopher Marlowe — that is what the question asks for, so that's my answer": the value before the dash
    _spec("asks for", r"asks\s+for\b", r"[—–]+\s*that(?:'s|\s+is)\s+what\s+the\s+question\s+$", "answer_is",
          mode="before"),
    _spec("答案", r"答案\s*\**[ \t]*(?=\n)", r"(?:^|\n)[ \t*>#]*(?:最终|最后)?$", "chinese_marker"),  # "### 答案\n…"
    _spec("答案", r"答案\s*\**\s*\|", r"\|\s*\**\s*(?:最终|最后)?$", "chinese_marker"),
    # "所以应该回答“是”", "结论是“否”": the reply named in quotes, the conclusion named
    _spec("回答", r"回答\s*[:：]?\s*(?=[\"'“‘「『])", r"(?:应该|应当|应|所以|因此|故|我)\s*$", "chinese_marker"),
    _spec("结论", r"结论\s*(?:是|为)\s*[:：]?\s*(?=[\"'“‘「『])", None, "chinese_marker"),
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
                   r"matches|fits|agrees|satisfies|looks|seems|makes|follows|checks|works|holds|depends|uses|contains|"
                   r"cleanly|plainly|below|and|so\s+that|(?:at|in)\s+the\s+(?:end|bottom|top|middle))\b)"
                   r"(?:\s+is\b)?\s*[:：]?", _NOT_LETTER, "final_answer"),
    # "Thus we get $\sqrt{128}$ as the final result": the value named before it
    _spec("final", r"final\s+(?:answer|result)\b", r"\sas\s+(?:the|our|my)\s+$", "answer_is", mode="before"),
    # 我的最终选择：0.25, 最终答案为 12; not "在写出最终答案之前", "写出最终答案，答案的每一部分…": a copula or a colon
    _spec("最终", r"最终(?:的)?(?:选择|结果|答案)(?:\s*(?:仍然|仍|依然|还是|就|确定)?\s*(?:是|为)\s*[:：]?|\s*[:：]|"
                  r"[ \t]*(?=\n))", None, "chinese_marker"),  # 最终答案仍然是18: still the answer, after a remark
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
    # {"reasoning": "...", "result": "15"}: an answer block's other names for the answer key
    *[_spec(key, key + r"[\"']\s*:\s*", r"(?:[{,]\s*[\"']|[\"']final_)$", "json", mode="json")
      for key in ("result", "prediction", "label", "choice")],
    # "Putting everything together, the result is 6 hours": a summing-up that names the answer
    _spec("together", r"together\s*,?\s*(?:(?:the\s+(?:final\s+)?(?:answer|result)|it)\s+(?:is|was)|"
                      r"we\s+(?:get|have|obtain))\b\s*[:：]?",
          r"putting\s+(?:it\s+(?:all\s+)?|everything\s+|all\s+of\s+this\s+|the\s+pieces\s+)$", "final_answer"),
    # "- 结论：(9, 8)", "结论：936": the conclusion a line or a list item states (read unsure)
    _spec("结论", r"结论\s*[:：]", r"(?:^|\n|[.!?。]\s*)[ \t*>#]*(?:[-•][ \t]+)?$", "conclusion"),
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
    # "\frac{8}{3} is the answer, and the check above confirms it": the value before a plain "is the answer" (weak)
    *[_spec(noun, noun + r"\b(?!\s+(?:to|for|of)\b)", r"\sis\s+the\s+(?:final\s+)?$", "conclusion",
            mode="formula_before") for noun in ("answer", "result")],  # "\\frac{36}{7} hours is the result" (unsure)
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
    _spec("答案", r"答案(?:应该|应当|应|就|即|只能|必然|也|可能|或许|也许)?(?:是(?!否)|为|选|\**\s*[:：])",
          r"(?:^|[^或])$",
          "chinese_marker"),
    # "X是正确答案", "X 就是本题的答案", "X即为所求的最终答案": the value before the marker
    _spec("答案", r"答案", r"(?<![作成认视称])(?:就|即|便|正|也)?(?:是|为)"
                          r"(?:(?:本题|这道题|该题|此题|这题|所求)的?(?:正确|最终|最后)?|"
                          r"(?:正确|最终|最后))的?$", "answer_is", mode="before"),  # not "X常被误认为是答案"
    _spec("答案", r"答案\s*[】\]]\s*[:：]?\s*", r"[【\[]\s*$", "chinese_marker"),  # "【答案】m = 2"
    # "综上，-\frac45。": a value right after 综上 and a comma (weak: 综上 may open a sentence of reasoning)
    *[_spec(word, word + r"(?:所述)?\s*[,，:：]\s*(?=[-+$\\(\[\d])", _CLAUSE_OPEN, "chinese_so", strong=False)
      for word in ("综上", "因此", "所以")],  # "因此，1.505 \\times 10^{23}。": a value after the connective
    # not "所以我选择稳妥的做法": a way of working chosen, not an answer; not "因此选一种简洁的形式书写即可" (a kind of
    # thing chosen: a measure word after 选)
    _spec("选", r"选(?:择|项)?\s*[:：]?(?![^。\n,，]{0,12}?(?:做法|方法|办法|思路|策略|方式))"
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
