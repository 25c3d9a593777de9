"""Signs that a model output was cut off: a loop repeated until the length limit, or a last sentence
that stops mid-clause.

    repetition_start(text)   # where the repeated tail begins, or -1
    looks_cut_off(text)      # ends on a comma, an operator, an open brace/`$`, a function word, or "we compute"

Both read only the tail of the text (at most REPEAT_WINDOW characters), so they cost O(1) in its length.
"""

from __future__ import annotations

import re

REPEAT_WINDOW = 4000  # characters of tail searched for a repeated loop
REPEAT_PROBE = 60  # the last this-many characters must recur ...
REPEAT_MIN = 4  # ... at least this many times in the window
MIN_CUT_LENGTH = 200  # shorter outputs are answers, not cut-off reasoning

_DANGLING_CHAR = set(",:;=+-*/(\\[{^_&")
_FUNCTION_WORDS = frozenset(
    "the a an of to and or is are was were be we that for with in on by this which as from at so then if let can "
    "will would should must into than its their our since because but thus hence therefore where when".split())
_CJK_DANGLING = set("的了是在和与为把被对从而且则就都也要会能将可以得地着个")
_CJK_DANGLING_WORDS = ("然后", "接着", "并且", "但是", "所以", "因此", "于是", "如果", "以及", "或者", "因为")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
# A last sentence that turns to more work ("However, we still need to consider", "不过还需要考虑") and has no end.
_MORE_TO_DO = re.compile(r"^\W*(?:(?:but|however|wait|yet)\b.*\b(?:need|have|want)\s+to\s+\w+(?:\s+\w+)?|"
                         r"(?:不过|但是|但|然而|可是).{0,12}(?:还|需要|要|得|再).{0,8})$", re.IGNORECASE)

# A subject and a verb of working that needs its object, ending the text: "we compute", "this gives", "I get".
_VERB_WITHOUT_OBJECT = re.compile(r"(?:(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwhat\s)\b(?:we|i)\s+(?:can\s+|now\s+|then\s+|"
                                  r"finally\s+)?(?:compute|calculate|get|find|obtain|evaluate|substitute|solve|"
                                  r"simplify)|\b(?:this|that|it|which)\s+(?:gives|yields|becomes|requires|needs|means|implies|involves|"
                                  r"leaves))$", re.IGNORECASE)

# A line that ends on the first word of its explanation, right after a colon: a sentence opener, never an answer.
_OPENER_AFTER_COLON = re.compile(r"[:：]\s*(?:(?:this|that|these|it|the|which|here)|[这该此它其那])\s*$",
                                 re.IGNORECASE)


def repetition_start(text: str) -> int:
    """Start of a loop that runs to the end of the text (its last REPEAT_PROBE characters recur at least
    REPEAT_MIN times in the last REPEAT_WINDOW characters); -1 when the text does not end in one."""
    if len(text) < REPEAT_PROBE * REPEAT_MIN:
        return -1
    lo = max(0, len(text) - REPEAT_WINDOW)
    probe = text[-REPEAT_PROBE:]
    if text.count(probe, lo) < REPEAT_MIN:
        return -1
    return text.find(probe, lo)


def _unbalanced(tail: str) -> bool:
    return tail.count("$$") % 2 == 1 or tail.count("{") > tail.count("}") or tail.count("\\[") > tail.count("\\]")


def looks_cut_off(text: str, *, min_length: int = MIN_CUT_LENGTH) -> bool:
    """The text stops in the middle of a sentence or formula. (A last line that merely lacks a period, such
    as "the sentiment is negative", is not enough: bare final answers look the same.) Texts shorter than
    `min_length` are answers, not cut-off reasoning, unless they end in an unfinished formula or bold span."""
    text = text.rstrip()
    last_line = text.rsplit("\n", 1)[-1]
    if last_line.count("**") % 2 == 1 and len(last_line) < len(text):  # "...\n\n**(C)": cut inside a bold option
        return True
    if text.endswith("**"):  # a closing bold marker, as in "**Total: 45**", is no dangling operator
        text = text[:-2].rstrip()
        last_line = text.rsplit("\n", 1)[-1]
    if _OPENER_AFTER_COLON.search(last_line):  # "- (A) 48: This", "- B项（北京）： 这": cut inside an item
        return True
    if len(text) < min_length:
        return False
    if text[-1] in _DANGLING_CHAR or _unbalanced(text[-max(len(last_line), 1):]):
        return True
    if _MORE_TO_DO.match(_SENTENCE_BREAK.split(last_line)[-1]):
        return True
    if text[-1] in _CJK_DANGLING or text.endswith(_CJK_DANGLING_WORDS):  # "先重新定义各个量，然后"
        return True
    if text[-1].isalpha() and _VERB_WITHOUT_OBJECT.search(last_line):
        return True  # "Now for the last step, we compute": the value that should follow is missing
    word = _LAST_WORD.search(last_line)
    return bool(word) and text[-1].isalpha() and word.group(1).lower() in _FUNCTION_WORDS \
        and word.group(1) != "A"  # "#### Option A": a label, not the article
