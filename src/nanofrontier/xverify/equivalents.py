"""Equivalents: one answer written in a form the structural comparison does not pair with the reference's.

    antiderivatives_equal("-\\frac12\\cos^2 x + C", "\\frac12\\sin^2 x + C")   -> True (they differ by a constant)
    plus_minus_pair("50 \\pm 1.96")                                           -> "(50-(1.96), 50+(1.96))"
    named_values("mean = 8, median = 7")                                      -> {"mean": "8", "median": "7"}
    congruence("x ≡ -1 (mod 7)"), congruence("x = 7k + 6")                   -> (6, 7), (6, 7)
    in_base_units("2500\\pi mm^2", "25\\pi cm^2")                           -> ("(2500\\pi)*1/1000000", ...)
    worded_change("an increase of twenty-five percent")                      -> "25%"
    without_absolute("|k| > 6")                                               -> "k < -6 or k > 6"
    labelled_parts("(a) -2 (b) x = 0 or x = 3")                             -> {"a": "-2", "b": "x = 0 or x = 3"}

verify.py compares through these when the plain comparison says no; what they decide is exact for its form
(an indefinite integral is defined up to its constant; a named value is compared with the value of that name).
"""

from __future__ import annotations

import re

from .caveats import direction_sign, directions, split_unit
from .expression import NotEvaluable, free_symbols, numeric
from .latex_layout import clean
from .number_words import read_english
from .shapes import Value
from .structures import parse_answer
from .units import unit_dimension
from .verdict import Budget

# "+ C", "+ K", "+ C_0", "+ C, C \\in \\mathbb{R}", "+ C (C a constant)", "+ C（C为常数）"
_CONSTANT = re.compile(r"\s*\+\s*(?P<c>C|c|K|D|C_\{?[01]\}?)\s*(?:[,，]?\s*(?:\\[ ,;]|\\quad)?\s*(?:where\s+)?(?P=c)\s*"
                       r"(?:\\in\s*\\mathbb\s*\{?R\}?|∈\s*R|is\s+(?:an?\s+)?(?:arbitrary\s+|real\s+)?constant)|"
                       r"\s*[(（]\s*(?P=c)\s*(?:为任意常数|为常数|是常数|a\s+constant|constant)\s*[)）])?\s*\$?\s*$")
_POINTS = (0.37, 0.81, 1.29)  # inside (0, π/2), where sin, cos, ln and roots are all defined
_PLUS_MINUS = re.compile(r"^\s*(?P<a>[^±=,;()]+?)\s*(?:\\pm|±)\s*(?P<b>[^±=,;()]+?)\s*$")
# "mean = 8", "Center: (2, -3)", "radius 5", "median is 7": a name in words, then its value.
# "mean = 8", "radius 5", and a variable with "=" ("x = 4, y = 3" is a pair by name, not the set {3, 4})
_NAMED = re.compile(r"(?:(?P<name>[A-Za-z]{3,}(?: [A-Za-z]{3,})?)\s*(?:=|:|\bis\b|\bof\b)?"
                    r"|(?P<variable>(?<![A-Za-z\\])[A-Za-z](?:_\{?\w+\}?)?)\s*=)\s*"
                    r"(?P<value>\([^()]{1,40}\)|-?\d+(?:\.\d+)?(?:/\d+)?|\\frac\{[^{}]+\}\{[^{}]+\}|-?\d*\\sqrt\{[^{}]+\})")
_CONGRUENCE = re.compile(r"[a-z]\s*(?:≡|\\equiv)\s*(?P<a>-?\d+)\s*(?:\\pmod\s*\{?\s*(?P<n>\d+)\s*\}?|"
                         r"\(\s*\\?(?:bmod|mod)\s*(?P<m>\d+)\s*\))\s*\.?")
# The family's parameter is an integer's name (k, n, m, j, t): "y = 2x + 3" is a line, not a residue class.
_LINEAR_FAMILY = re.compile(r"[a-z]\s*=\s*(?:(?P<n>\d+)\s*(?:\\cdot\s*)?[kmnjt]\s*\+\s*(?P<a>-?\d+)|"
                            r"(?P<a2>-?\d+)\s*\+\s*(?P<n2>\d+)\s*(?:\\cdot\s*)?[kmnjt])"
                            r"(?:\s*,?\s*(?:\(?\s*[a-z]\s*\\in\s*\\mathbb\{?Z\}?\)?|for\s+(?:any\s+|all\s+)?integers?\s+[a-z]))?\s*\.?")
_ABS_INEQUALITY = re.compile(r"\s*(?:\\left)?\|\s*(?P<v>[a-z])\s*(?:\\right)?\|\s*"
                             r"(?P<op>>|<|\\geq?|\\leq?|\\gt|\\lt)\s*(?P<a>\d+(?:\.\d+)?)\s*\.?\s*")
_LABELLED_PART = re.compile(r"[(（]([a-z]|[1-8])[)）]\s*")  # "(a) … (b) …", "(1) 66米；(2) 242平方米"
_EXTREMUM = re.compile(r"(?:\b[a-zA-Z]_\{?\\?(?:(max)|min)\}?|\b(?:(maximum)|minimum)(?:\s+value)?|(最大值)|最小值)"
                       r"\s*(?:为|是|=|:|：|is)?\s*", re.IGNORECASE)
_SEPARATORS = re.compile(r"^[\s,;，；]*(?:and\s+)?$")


def has_constant(text: str) -> bool:
    """An indefinite integral's "+ C" ends the text."""
    return bool(_CONSTANT.search(text))


def antiderivatives_equal(answer: str, reference: str, budget: Budget, *, general: bool = False) -> bool | None:
    """Two indefinite integrals, both written with "+ C" (with `general`: the answer only, against one
    antiderivative as the reference): equal when their difference is one constant at three points; None when
    either side is no such form or could not be evaluated."""
    if not (_CONSTANT.search(answer) and (_CONSTANT.search(reference) or general)):
        return None
    a, r = parse_answer(clean(_CONSTANT.sub("", answer))), parse_answer(clean(_CONSTANT.sub("", reference)))
    if not (isinstance(a, Value) and isinstance(r, Value)):
        return None
    names = sorted(free_symbols(a.node) | free_symbols(r.node))
    if len(names) != 1:
        return None
    budget.check("antiderivative points", 3)
    try:
        gaps = [numeric(a.node, {names[0]: x}) - numeric(r.node, {names[0]: x}) for x in _POINTS]
    except NotEvaluable:
        return None
    return all(abs(g - gaps[0]) < 1e-9 * (1 + abs(gaps[0])) for g in gaps)


def plus_minus_pair(answer: str) -> str | None:
    """"a ± b" as the pair of its two values, or None."""
    m = _PLUS_MINUS.match(clean(answer))
    return f"({m.group('a')}-({m.group('b')}), {m.group('a')}+({m.group('b')}))" if m else None


def named_values(text: str) -> dict[str, str] | None:
    """Name -> value when the whole text is two or more named values; None otherwise. A maximum and a minimum are
    named alike in any spelling: "f_{max}=1, f_{min}=-8" and "最大值为 1，最小值为 -8" both name max and min."""
    text, found, at = _EXTREMUM.sub(lambda m: "max = " if any(m.groups()) else "min = ", clean(text)).strip(" ."), {}, 0
    for m in _NAMED.finditer(text):
        if not _SEPARATORS.match(text[at:m.start()]):
            return None
        name = m.group("name") or m.group("variable")
        if name in found and m.group("variable"):
            return None  # "x = 2, x = 3": one variable's values, a set
        found[name if m.group("variable") else name.casefold()] = m.group("value")
        at = m.end()
    if at < len(text.rstrip(" .")) or len(found) < 2:
        return None
    return found


def congruence(text: str) -> tuple[int, int] | None:
    """(residue in [0, n), n) of "x ≡ a (mod n)", "x \\equiv a \\pmod{n}" or "x = nk + a"; None otherwise."""
    text = text.strip()
    if m := _CONGRUENCE.fullmatch(text):
        n = int(m.group("n") or m.group("m"))
    elif m := _LINEAR_FAMILY.fullmatch(text):
        n = int(m.group("n") or m.group("n2"))
    else:
        return None
    a = int(m.groupdict().get("a") or m.group("a2"))
    return (a % n, n) if n > 0 else None


def labelled_parts(text: str) -> dict[str, str] | None:
    """Part label -> its answer when the whole text is "(a) ... (b) ..." with labels in order; None otherwise."""
    text = text.strip()
    marks = list(_LABELLED_PART.finditer(text))
    labels = [m.group(1) for m in marks]
    if len(marks) < 2 or marks[0].start() != 0 or labels not in (list("abcdefgh"[:len(marks)]),
                                                                 list("12345678"[:len(marks)])):
        return None
    parts = {m.group(1): text[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(text)].strip(" ;,.；，。")
             for i, m in enumerate(marks)}
    return parts if all(parts.values()) else None


def without_absolute(text: str) -> str | None:
    """"|k| > 6" as "k < -6 or k > 6", "|x| <= 2" as "-2 <= x <= 2"; None for any other text."""
    m = _ABS_INEQUALITY.fullmatch(text)
    if not m:
        return None
    v, op, a = m.group("v"), m.group("op"), m.group("a")
    strict = op in (">", "<", "\\gt", "\\lt")
    less, more = ("<", ">") if strict else ("\\le", "\\ge")
    if op in (">", "\\gt") or op.startswith("\\ge"):
        return f"{v} {less} -{a} \\text{{ or }} {v} {more} {a}"
    return f"-{a} {less} {v} {less} {a}"


def in_base_units(answer: str, reference: str) -> tuple[str, str] | None:
    """Both values times their units' factors, when both carry units of one dimension that differ
    ("2500\\pi mm^2" against "25\\pi cm^2"): an expression is not converted by the number rules."""
    a, r = split_unit(answer), split_unit(reference)
    if not a or not r or a[1] == r[1] or not a[0] or not r[0]:
        return None
    da, dr = unit_dimension(a[1]), unit_dimension(r[1])
    if not da or not dr or da[0] != dr[0]:
        return None
    return f"({a[0]})*{da[1]}", f"({r[0]})*{dr[1]}"


_CHANGE_FILLER = re.compile(r"\b(?:an?|the|of|by|net|change|increase[sd]?|rise|gain|up)\b", re.IGNORECASE)


def worded_change(text: str) -> str | None:
    """"an increase of twenty-five percent" -> "25%", "a decrease of ten percent" -> "-10%": a change in number
    words, as digits; None when the text has digits or is anything else."""
    if re.search(r"\d", text) or len(directions(text)) != 1:
        return None
    words = _CHANGE_FILLER.sub(" ", text)
    for word in directions(text):
        words = re.sub(rf"\b{re.escape(word)}\b", " ", words, flags=re.IGNORECASE)
    read = read_english(" ".join(words.split()))
    if read is None or read[2].strip(" .").lower() not in ("", "percent", "per cent", "%"):
        return None
    value = f"{read[0]}{'%' if read[2].strip(' .') else ''}"
    return f"-{value}" if direction_sign(text) < 0 else value
