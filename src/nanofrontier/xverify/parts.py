"""Answers in several parts: a reference that states two or more values in words ("Mean 5, median 4",
"售价70元，最大利润9000元") against an output whose final statement gives them in its own words.

    reference_values("售价70元，最大利润9000元")                     # [70, 9000]
    final_block("...\\n\\n**Final Answer:**\\n- Mean: 5\\n- Median: 4")  # "**Final Answer:**\\n- Mean: 5\\n- Median: 4"
    parts_match("Find the mean and median.", "...the mean is 5 and the median is 4.", "Mean 5, median 4")  # True

Only a match is read (the same values, as many, none left over); anything else is left to the other rules.
A match is never sure: which value answers which part is a judge's call.
"""

from __future__ import annotations

import re
from fractions import Fraction

# A number: thousands commas (1,250), decimals, a fraction a/b or \frac{a}{b}; not a list's "1." or "(a)".
_VALUE = re.compile(r"\\frac\s*\{\s*(-?\d+)\s*\}\s*\{\s*(\d+)\s*\}|(?<![A-Za-z0-9_.])(-?\d{1,3}(?:,\d{3})+|-?\d+)"
                    r"(\.\d+)?(?:\s*/\s*(\d+))?(?![A-Za-z0-9_.]*\d)")
_LIST_MARK = re.compile(r"(?m)^[ \t>*-]*(?:\d+[.)]|\(?[a-z][.)])[ \t]+")
_BRACKETED = re.compile(r"^\s*[(\[{]|\\begin|\\left|\\cup|\\in\b|[<>≤≥]")
_PARAGRAPH = re.compile(r"\n\s*\n")
_HEADING_ONLY = re.compile(r"^[#*\s]*[^\n\d]{0,40}[:：]?[*\s]*$")
_CHECK = re.compile(r"^[#>*\s]*(?:check(?:ing)?|verification|verify|double[- ]check|验证|检验|验算|检查)\b",
                    re.IGNORECASE)
# What may stand between two parts: separators and words ("Mean 5, median 4", "售价70元，最大利润9000元"), no operator.
_SEPARATOR = re.compile(r"[^\d^+*/=×÷\\_{}()]*?(?:[,;，；、]|[A-Za-z\u4e00-\u9fff]{2,})[^\d^+*/=×÷\\_{}()]*")
MAX_PARTS = 6


def _values(text: str) -> list[Fraction]:
    out = []
    for m in _VALUE.finditer(_LIST_MARK.sub(" ", text)):
        if m.group(1):
            out.append(Fraction(int(m.group(1)), int(m.group(2)) or 1))
            continue
        value = Fraction(m.group(3).replace(",", "") + (m.group(4) or ""))
        out.append(value / int(m.group(5)) if m.group(5) and int(m.group(5)) else value)
    return out


def reference_values(reference: str) -> list[Fraction] | None:
    """The values a reference in several parts states, in order; None for one value, or a tuple, set,
    interval or relation (the math rules read those)."""
    if _BRACKETED.search(reference):
        return None
    spans = list(_VALUE.finditer(reference))
    gaps = [reference[a.end():b.start()] for a, b in zip(spans, spans[1:], strict=False)]
    if not 2 <= len(spans) <= MAX_PARTS or not all(_SEPARATOR.fullmatch(g) for g in gaps):
        return None  # "3.9 \\times 10^{5}", "9x^2 + 2x - 1": one value written with several numbers
    return _values(reference)


def final_block(output: str) -> str:
    """The output's last paragraph that states values, with the heading above it ("**Final Answer:**"); a
    check paragraph after it is set aside."""
    paragraphs = [p.strip() for p in _PARAGRAPH.split(output.strip()) if p.strip()]
    while len(paragraphs) > 1 and _CHECK.match(paragraphs[-1]):
        paragraphs.pop()
    block = paragraphs[-1] if paragraphs else ""
    if len(paragraphs) > 1 and _HEADING_ONLY.match(paragraphs[-2]):
        block = paragraphs[-2] + "\n" + block
    return block


def parts_match(question: str, output: str, reference: str) -> bool:
    """The final statement gives exactly the reference's values (in any order), besides values the question
    already gives."""
    wanted = reference_values(reference)
    if wanted is None:
        return False
    given = set(_values(question))
    found = [v for v in _values(final_block(output)) if v not in given or v in wanted]
    return len(found) == len(wanted) and sorted(found) == sorted(wanted)


# A line answering one part: list marks, a table's pipes or bold, then "(a)" / "(1)", then the value.
_PART_LINE = re.compile(r"^[\s|>*#-]*(?:\d+[.)]\s+)?[*\s]*[(（]([a-z]|[1-8])[)）][*\s]*(\S.*)$")
_REFERENCE_LABEL = re.compile(r"[(（]([a-z]|[1-8])[)）]")
TAIL_LINES = 12  # the final block: where a list or table of the parts' answers stands


def part_lines(output: str, reference: str) -> str | None:
    """"1. (a) **220 km**\n2. (b) **55 km/h**", or a table with rows "| (1) 周长 | 66 米 |", ending an output
    whose reference is "(a) … (b) …": "(a) 220 km (b) 55 km/h" (a table row gives its last cell), when those
    lines answer exactly the reference's parts; None otherwise."""
    labels = _REFERENCE_LABEL.findall(reference)
    if len(labels) < 2 or not reference.lstrip().startswith(("(", "（")) or len(set(labels)) != len(labels):
        return None
    lines = [ln for ln in output.strip().splitlines() if ln.strip()][-TAIL_LINES:]
    found: dict[str, str] = {}
    for line in lines:
        if (m := _PART_LINE.match(line)) and m.group(1) in labels:
            value = m.group(2)
            if "|" in value:
                cells = [c.strip() for c in value.strip().strip("|").split("|") if c.strip()]
                value = cells[-1] if cells else ""
            found[m.group(1)] = value.replace("**", "").strip(" :：.;；。")
    if list(found) != labels or not all(found.values()):
        return None
    return " ".join(f"({label}) {found[label]}" for label in labels)

