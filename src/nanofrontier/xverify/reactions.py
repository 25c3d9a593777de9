"""Chemical equations compared species by species: layout, state symbols and the order of terms aside.

    reaction_decision("C3H8(g) + 5O2(g) -> 3CO2(g) + 4H2O(l)", "C3H8 + 5O2 → 3CO2 + 4H2O")   # (True, "short.formula")
    reaction_decision("2C3H8 + 10O2 → 6CO2 + 8H2O", "C3H8 + 5O2 → 3CO2 + 4H2O")     # (False, "short.reaction")
    reaction_decision("C3H8 + 4O2 → 3CO2 + 4H2O", "C3H8 + 5O2 → 3CO2 + 4H2O")       # (False, "short.formula")

The same species with the same coefficients is the reference (exact, rule short.formula); the same species with
other coefficients is a mismatch (exact), unless every coefficient is the same multiple of the reference's (not in
smallest whole numbers: graders differ on whether that was asked, so rule short.reaction, unsure); other species
("+ heat", a missing product) leave the comparison to a judge. short.py asks this before anything else.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction

_ARROW = re.compile(r"\s*(?:\\(?:long)?rightarrow|\\rightleftharpoons|\\to\b|-+>|[→⟶⇌⇄=])\s*")
_PLUS = re.compile(r"\s+\+\s+|(?<=[\w)\]])\s*\+\s*(?=\d*\s*[A-Z(\[])")
_TERM = re.compile(r"(\d*)\s*((?:[A-Z][a-z]?\d*|[(\[][A-Za-z\d]+[)\]]\d*)+?)\s*(?:\((?:g|l|s|aq)\))?")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def _unlaid(text: str) -> str:
    """The equation without its LaTeX and Unicode layout: \\mathrm{C_3H_8 + 5\\,O_2} -> "C3H8 + 5 O2"."""
    s = text.strip().strip("$ .。").translate(_SUBSCRIPTS)
    for _ in range(3):
        s = re.sub(r"\\(?:mathrm|text|ce|textrm)\s*\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"_\{?(\d+)\}?", r"\1", s)
    return re.sub(r"\\[,;!: ]|~|[↑↓]|\\(?:uparrow|downarrow)\b", " ", s)


def _side(text: str) -> Counter | None:
    """Species -> coefficient for one side ("C3H8 + 5 O2"), or None when a term is no formula."""
    side: Counter = Counter()
    for term in _PLUS.split(text.strip()):
        m = _TERM.fullmatch(term.strip())
        if m is None:
            return None
        side[m.group(2)] += int(m.group(1) or 1)
    return side


def parse_reaction(text: str) -> tuple[Counter, Counter] | None:
    """(reactants, products), each species -> coefficient, or None when the text is not one equation."""
    s = _unlaid(text)
    sides = _ARROW.split(s)
    if len(sides) != 2 or not all(sides):
        return None
    left, right = _side(sides[0]), _side(sides[1])
    if not left or not right or not re.search(r"[A-Z][a-z]?(?:\d|[A-Z])", s):
        return None  # "A + B = C" is no reaction: a formula needs a count or two elements somewhere
    return left, right


def reaction_decision(pred: str, reference: str) -> tuple[bool | None, str] | None:
    """(equal?, rule) when both sides are chemical equations; None when either is not one."""
    if (ref := parse_reaction(reference)) is None or (got := parse_reaction(pred)) is None:
        return None
    if any(set(a) != set(b) for a, b in zip(got, ref, strict=True)):
        return None, "short.reaction"  # other species, or the same ones on other sides: a judge's call
    if got == ref:
        return True, "short.formula"
    ratios = {Fraction(a[k], b[k]) for a, b in zip(got, ref, strict=True) for k in b}
    return False, "short.reaction" if len(ratios) == 1 else "short.formula"
