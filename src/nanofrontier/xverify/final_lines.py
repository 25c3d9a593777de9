"""The last line of an output read for a commitment it does not make: two answers joined by "or".

    offers_two("Final answer: C or (B) about 1 in 50", "multiple_choice")      # True
    offers_two("最终答案：-\\frac{4}{3} 或 \\boxed{-0.75}", "math")               # True: a box is one of two
    offers_two("Final answer: x = 2 or x = 3", "math")                       # False: the roots are one answer

A final answer line that offers its answer as one of two ("…, I can't rule either out. Final answer: X or Y")
commits to neither, whichever of them the extraction picked. In math "or" joins the members of one
solution set, so there the line offers two answers only when one side is boxed on its own.

    contradicted_just_before("Therefore the answer is $24$.\n\n\\[\\boxed{12}\\]", ("24", "12"))   # '24'

A value committed to just before the final one, with only a marker between them and no word of change,
leaves which of the two the writer meant unclear.
"""

from __future__ import annotations

import re

_FINAL_LINE = re.compile(r"^\W*(?:(?:my\s+)?final\s+answer|answer|最终答案|答案)\s*\**\s*[:：]\s*\**\s*(?P<rest>.+)$",
                         re.IGNORECASE)
_OR = re.compile(r"\s+or\s+|\s*或者?\s*")
_BOX = re.compile(r"\\boxed\s*\{")


def _top_level_or(text: str) -> list[str]:
    """`text` split at "or"/或 outside brackets and braces."""
    parts, start, pos, depth = [], 0, 0, 0
    for match in _OR.finditer(text):
        segment = text[pos:match.start()]
        depth += sum(segment.count(ch) for ch in "([{（") - sum(segment.count(ch) for ch in ")]}）")
        pos = match.start()
        if depth <= 0:
            parts.append(text[start:match.start()])
            start = match.end()
    return [p.strip() for p in parts + [text[start:]]]


def offers_two(line: str, kind: str) -> bool:
    """The final answer line offers two answers joined by "or" (see the module docstring)."""
    m = _FINAL_LINE.match(line.replace("**", "").strip())
    if not m or kind == "short_answer":
        return False
    parts = [p for p in _top_level_or(m.group("rest").rstrip(" .。")) if p.strip(" .。$")]
    if len(parts) != 2:
        return False
    if kind == "math":
        return sum(bool(_BOX.search(p)) for p in parts) == 1
    return True


def contradicted_just_before(output: str, candidates: tuple[str, ...]) -> str | None:
    """The value committed to just before the final one, with nothing but a marker between them ("Therefore the
    answer is $24$.\n\n\\[\\boxed{12}\\]"): which of the two the writer meant is unclear."""
    if len(candidates) < 2:
        return None
    before, final = candidates[-2].strip(), candidates[-1].strip()
    if before == final or not _VALUE_LIKE.fullmatch(before):
        return None
    tail = output[-CONTRADICTION_WINDOW:]
    finals = [m.start() for m in re.finditer(_standalone(final), tail)]
    befores = [m.end() for m in re.finditer(_standalone(before), tail) if finals and m.end() <= finals[-1]]
    if not befores:
        return None
    gap = tail[befores[-1]:min(at for at in finals if at >= befores[-1])]  # up to the final value's next writing
    if len(gap) > CONTRADICTION_GAP or not _GAP_MARKER.search(gap) or _CHANGE_OF_MIND.search(gap) \
            or len(_GAP_SENTENCE.findall(gap)) > 1:
        return None
    return before


def _standalone(value: str) -> str:
    return rf"(?<![\w.]){re.escape(value)}(?!\w)"


CONTRADICTION_WINDOW = 400  # characters at the end of an output where two commitments stand side by side
CONTRADICTION_GAP = 60  # at most this much (a marker, a box, punctuation) between them
_VALUE_LIKE = re.compile(r"(?=.*[\d\\=<>^])[^\n]{1,30}")  # "24", "x=3", "-2<x<2"; not a word or prose
_GAP_MARKER = re.compile(r"\\boxed|\banswer\b|\bfinal\b|答案|所以|故|∴", re.IGNORECASE)
_GAP_SENTENCE = re.compile(r"[A-Za-z\u4e00-\u9fff]{3,}[^.!?。\n]*[.!?。\n]")
_CHANGE_OF_MIND = re.compile(r"\b(?:wait|actually|mistake|wrong|incorrect|redo|re-?check|recomput\w*|"
                             r"correct(?:ion|ed)?|instead|hold\s+on|oops|no,)|等等|不对|错|重新|更正|其实|应该是",
                             re.IGNORECASE)
