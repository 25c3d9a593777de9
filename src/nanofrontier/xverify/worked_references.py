"""Math references written as worked solutions without an answer marker, read for the value they end on.

    is_worked("a=2，c=\\sqrt{4-3}=1，e=\\frac12")                      # True: three clauses of working
    final_readings("P = 1 - (5/6)^2 = 11/36, so m + n = 47.")       # ['m + n = 47', '47']
    final_readings("\\left[\\frac{x^3}{3}\\right]_0^1 = \\frac13")      # ['\\frac13']

A reference that states its working ("…, so m + n = 47", "…，解集为(1,3)", "72 km/h = 72000 m / 3600 s = 20 m/s")
commits to its last clause, and that clause to its last side. The reading is a guess about what the author
meant, so a verdict taken against it is never sure (verify.py), and a mismatch against the whole worked
reference is not sure either: the rules compared the answer with working, not with an answer.
"""

from __future__ import annotations

import re

# Where one clause of working ends and the next begins: Chinese commas and semicolons, ";", an arrow, and a
# comma or colon before a connective ("…, so", "…, i.e.", "slope 2: y - 1 = …").
_CLAUSE_BREAK = re.compile(
    r"[，；;]|\\(?:Rightarrow|implies|therefore)(?![A-Za-z])|⇒|=>|∴"
    r"|,\s*(?=(?:so|hence|thus|therefore|then|giving|which\s+gives)\b|i\.\s?e\.)"
    r"|(?<=[A-Za-z0-9)])\s*:\s+(?=\S)"
    r"|\.\s+(?=[A-Z])")
# A connective word that opens the concluding clause.
_CONNECTIVE = re.compile(
    r"^\s*(?:(?:(?:so|hence|thus|therefore|then|giving|which\s+gives|finally)\b|i\.\s?e\.)[,:]?\s*"
    r"|(?:故|所以|因此|于是|从而|即|则|得|又|解集为|解得|答案为|答案是|∴)\s*[:：]?\s*)+", re.IGNORECASE)
# A short name on the left of "=" (m + n, P, e, S_n, A∩B, x): it is kept, the working in between is not.
_NAME_SIDE = re.compile(r"\s*[A-Za-z](?:_\{?\w+\}?|[0-9₀-₉]+|')?"
                        r"(?:\s*(?:[+∩∪]|\\cap|\\cup)\s*[A-Za-z](?:_\{?\w+\}?)?)*\s*")
_SIDE_SPLIT = re.compile(r"=|\\equiv(?![A-Za-z])|≡")
_PROSE = re.compile(r"[A-Za-z]{4,}|[\u4e00-\u9fff]")
_LATEX_WORD = re.compile(r"\\[A-Za-z]+")


def _top_level_breaks(text: str) -> list[tuple[int, int]]:
    """Positions of clause breaks outside brackets and braces."""
    depth, cuts, last = 0, [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        segment = text[last:match.start()]
        depth += sum(segment.count(ch) for ch in "([{") - sum(segment.count(ch) for ch in ")]}")
        last = match.start()
        if depth <= 0:
            cuts.append((match.start(), match.end()))
    return cuts


def _clauses(reference: str) -> tuple[list[str], str]:
    """The clauses of a reference and the break before its last one ("" when it is one clause)."""
    text = reference.strip().rstrip("。.").strip()
    cuts = _top_level_breaks(text)
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends, strict=True)], text[cuts[-1][0]:cuts[-1][1]] if cuts else ""


def last_clause(reference: str) -> str | None:
    """The clause the working ends on, without its connective ("…, i.e. (-1, 4)." -> "(-1, 4)"); None when the
    reference is one clause."""
    clauses, _ = _clauses(reference)
    if len(clauses) < 2:
        return None
    return _CONNECTIVE.sub("", clauses[-1]).strip() or None


def _sides(clause: str) -> list[str]:
    return [s.strip() for s in _SIDE_SPLIT.split(clause)]


def _is_chain(clause: str) -> bool:
    """"c=\\sqrt{4-3}=1", "72 km/h = 72000 m / 3600 s = 20 m/s": three sides or more, none a list."""
    sides = _sides(clause)
    return len(sides) >= 3 and all(sides) and not _LIST.search(clause)


def is_worked(reference: str) -> bool:
    """The reference is working, not an answer: a concluding clause after a connective, a colon or an arrow; a
    clause that chains equal steps or computes ("2p=8"); or one chain whose first side is a computation
    ("\\left[…\\right]_0^1 = \\frac13"). Parts ("鸡26只，兔28只", "mean = 8, median = 7") and case analyses
    ("if a ≠ 0, …") are not working."""
    if _CASES.search(reference):
        return False
    clauses, last_break = _clauses(reference)
    if len(clauses) >= 2:
        return bool(_CONNECTIVE.match(clauses[-1]) or re.search(r"[:⇒>∴]|\\[A-Za-z]", last_break)
                    or any(_is_chain(c) or _COMPUTED.search(c) for c in clauses))
    sides = _sides(reference)
    if len(sides) < 2 or not sides[-1] or _NAME_SIDE.fullmatch(sides[0]) or _RELATION.search(reference):
        return False
    return _is_chain(reference) or bool(_EVALUATION.search(sides[0])) \
        or not re.search(r"[A-Za-z]", _LATEX_WORD.sub("", sides[0]))  # "(2\\cdot6-3\\cdot5, …) = (-3, 6, -3)"


_CASES = re.compile(r"\bif\b|\bwhen\b|若|当|如果", re.IGNORECASE)
_RELATION = re.compile(r"[<>≤≥≠]|\\[lg]eq?\b|\\neq?\b")
# Arithmetic between numbers, or a coefficient before a letter on the left of "=" ("(8-2)/2", "2p=8").
_COMPUTED = re.compile(r"\d\s*[-+*/×÷^·]\s*[\d(]|(?:^|[，,;\s])\d+[a-z]\s*=")
# A side that evaluates something: brackets with limits, an integral, a sum, a product, a binomial.
_EVALUATION = re.compile(r"\\(?:left|int|sum|prod|binom)(?![A-Za-z])")
# Two values or parts, not one chain: "x = 0 or x = 3", "(a) -2 (b) x = 0", "x=4, y=3".
_LIST = re.compile(r"[,;，；、]|\bor\b|\band\b|或|和|\([a-z]\)")


def final_readings(reference: str) -> list[str]:
    """What a worked reference may commit to, most specific first: its last clause with a short name kept
    ("m + n = 47"), then that clause's last side ("47")."""
    clause = last_clause(reference) or reference.strip().rstrip("。.").strip()
    readings = []
    sides = _sides(clause)
    if len(sides) >= 2 and sides[-1]:
        if _NAME_SIDE.fullmatch(sides[0]):
            readings.append(f"{sides[0]} = {sides[-1]}")
        readings.append(sides[-1])
    elif clause != reference.strip():
        readings.append(clause)
    return [r for r in dict.fromkeys(readings) if r and r != reference.strip()]
