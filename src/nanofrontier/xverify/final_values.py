"""What a final statement lists or restates, read as one answer.

    value_run("So the roots are -1, 7 and 4.")                  # "-1, 7 and 4"
    value_run("Therefore the inequality holds when x < -8 or x > 9")   # "x < -8 or x > 9"
    value_run("综上，$x < -8$ 或 $x > 7$。")                       # "x < -8 或 x > 7"
    restated_value(", i.e. 64", 0)                              # "64": "2^{6}, i.e. 64" states the value

A solution written as several relations, or as a list of roots, is one answer: the run of math items
joined by connectors (",", "and", "or", 或, 且, 和) that ends the statement, with the prose before its first
item dropped. Which connector joins them is kept ("or" is a union, "and" an intersection).
"""

from __future__ import annotations

import re
from fractions import Fraction

from nanofrontier.xverify.capture import sentence_end, tidy
from nanofrontier.xverify.number_words import english_counts
from nanofrontier.xverify.numbers import unit_after
from nanofrontier.xverify.point_clauses import split_point
from nanofrontier.xverify.short_forms import ordinal_digits
from nanofrontier.xverify.units import normalize_unit, unit_dimension

# A connector between two items: a comma (not a thousands separator), and/or words, Chinese conjunctions.
_CONNECTOR = re.compile(r"\s*(?:[,;，；、](?!\d{3}(?!\d))\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|"
                        r"\s*(?:或者|或|且|和|以及|及)\s*)", re.IGNORECASE)
_TEXT_CONNECTOR = re.compile(r"\\quad|\\qquad|\\text\s*\{\s*(or|and)\s*\}|\\(?:text|mathrm)\s*\{\s*\}", re.IGNORECASE)
# Every number but a few: "all real numbers except 2 and -2", "all real x other than x = 4"
_EVERY_BUT = re.compile(r"(?:all\s+real\s+(?:numbers|values)|all\s+reals|every\s+real\s+number)(?:\s+(?:of\s+)?[a-z])?"
                        r"\s+(?:except(?:\s+for)?|other\s+than|but)\s+[^.;:]+[.。]?\s*$", re.IGNORECASE)
_DELIMITERS = re.compile(r"\$+|\\[()\[\]]")
_PROSE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}(?![A-Za-z])|[\u4e00-\u9fff]")
_ENV_NAME = re.compile(r"\\(?:begin|end)\s*\{[A-Za-z*]+\}(?:\{[lcr| ]+\})?")
_KNOWN = {"sin", "cos", "tan", "log", "ln", "pi"}
_MATHY = re.compile(r"\d|\\infty|[<>=≤≥]|\\(?:le|ge|leq|geq|lt|gt|neq)\b")
_MATH_TAIL = re.compile(r"[\s(\[{-]*-?(?:\d|[a-zA-Z](?![a-zA-Z])|\\[a-zA-Z]+)")
# A unit after a number: "12,5 km/h", "2.4 立方米"
_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d)\s*([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff/^ 23]{0,20})$")
_END_PUNCT = re.compile(r"[\s.。!！]+$")
_COPULAS = {"is", "are", "was", "were", "be", "equals", "equal", "gives", "get", "gets", "becomes", "takes", "costs",
            "needs", "weighs", "measures", "lasts", "totals", "makes",
            "为", "是", "得", "于", "即", "约", "要", "了", "共", "有"}
_RELATION = re.compile(r"[<>≤≥]|\\(?:le|ge|leq|geq|lt|gt|neq)\b")
_TRAILING_REMARK = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")
_TRAILING_UNIT = re.compile(r"(?<=\d)\s*((?:square |cubic )?[A-Za-z][A-Za-z/^23]{0,15}|[\u4e00-\u9fff]{1,3})$")
_OUT_TO = re.compile(r"\b(?:comes?|came|works?|worked)\s+out\s+(?:to|as)\s*$|"
                     r"\b(?:amounts?|adds\s+up|equates?)\s+to\s*$", re.IGNORECASE)
_LEAD_COPULA = re.compile(r"^\s*(?:[:：=]|\\approx|≈)\s*")
_LABEL_COLON = re.compile(r"：|:(?!\d)|(?<!\d):")  # "restate: 7:4": the colon of a label, not of a ratio
MAX_RUN = 200  # longest run taken as one answer

# "X, i.e. Y", "X, that is Y", "X，即 Y": the value that restates a symbolic answer.
_RESTATE = re.compile(r"\$?\s*,?\s*(?:i\.\s?e\.?|that\s+is(?:\s+to\s+say)?|which\s+(?:is|equals|comes\s+to)|"
                      r"namely|in\s+other\s+words|即|也就是)\s*,?\s*", re.IGNORECASE)


def _prose_words(piece: str) -> list[re.Match]:
    """Words of prose in `piece` (a matrix environment's `\\begin{array}{cc}` is none)."""
    if "\\begin" in piece or "\\end" in piece:
        piece = _ENV_NAME.sub(lambda m: " " * len(m.group()), piece)
    return [m for m in _PROSE.finditer(piece) if m.group().lower() not in _KNOWN]


def _is_item(piece: str) -> bool:
    """A math item: no prose words (but a unit after a number: "12,5 km/h"), and a number, infinity or a
    relation in it."""
    if not piece.strip() or _MATHY.search(piece) is None:
        return False
    words = _prose_words(piece)
    if words and (unit := _UNIT_AFTER_NUMBER.search(piece)) and all(w.start() >= unit.start() for w in words):
        return unit_dimension(normalize_unit(unit.group(1)) or "?") is not None
    return not words


def _depths(text: str) -> list[int]:
    """Bracket depth at each position (a comma inside `[[1, 2], [3, 4]]` is no connector)."""
    depth, out = 0, []
    for c in text:
        if c in ")]}":
            depth = max(0, depth - 1)
        out.append(depth)
        if c in "([{":
            depth += 1
    return out


def value_run(line: str, min_items: int = 2) -> str | None:
    """The run of `min_items` or more math items that ends `line` ("x < -8 or x > 9", "-1, 7 and 4"), or None.
    With min_items=1: the math a statement ends on ("so the result is \\dfrac{23}{9}." -> "\\dfrac{23}{9}")."""
    if every := _EVERY_BUT.search(_DELIMITERS.sub(" ", line)):  # "all real numbers except $x = \\pm 2$": one answer
        return " ".join(every.group().split()).rstrip(" .。")
    if (point := split_point(_DELIMITERS.sub(" ", line))) and (run := value_run(point[0], min_items)):
        return run + point[1].rstrip(" .。")  # "The maximum is 22, attained at x = -4": the value, and where
    text = _END_PUNCT.sub("", _DELIMITERS.sub(" ", _TEXT_CONNECTOR.sub(lambda m: f" {m.group(1) or ''} ", line)))
    remark = _TRAILING_REMARK.search(text)  # "80 minutes (1 h 20 min)": a remark in words, not "(2, +\\infty)"
    if remark and _prose_words(remark.group()):
        text = text[:remark.start()]
    text = _LEAD_COPULA.sub("", " ".join(text.split()))
    unit = _TRAILING_UNIT.search(text)
    if unit and unit_dimension(normalize_unit(unit.group(1)) or "?") is not None:
        text, unit_text = text[:unit.start()], text[unit.start():]  # "takes 80 minutes": the unit goes on the value
    else:
        unit_text = ""
    if len(text) > 2000 or not _MATHY.search(text):
        return None
    depth = _depths(text)
    cuts = [m for m in _CONNECTOR.finditer(text) if m.end() > m.start() and depth[m.start()] == 0]
    bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(text)]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    start, count, stated = None, 0, True
    for lo, hi in reversed(pieces):
        piece = text[lo:hi]
        if _is_item(piece):
            start, count = lo, count + 1
            continue
        words = _prose_words(piece)  # the first item: "So the roots are -1" -> "-1"
        at = max(words[-1].end() if words else 0, max((m.end() for m in _LABEL_COLON.finditer(piece)), default=0))
        tail = piece[at:]
        # A lone value counts only when the statement gives it: after a copula ("is", 为) or a colon / "=".
        stated = (at > 0 and piece[at - 1] in ":：") or _LEAD_COPULA.match(tail) is not None or (
            bool(words) and words[-1].end() == at and words[-1].group().lower() in _COPULAS) or (
            _RELATION.search(tail) is not None) or (  # "... all real x with x < -7/5": an inequality is stated
            _OUT_TO.search(piece, 0, at) is not None)  # "it comes out to \\frac{\\sqrt{3}}{2}"
        tail = _LEAD_COPULA.sub("", tail)
        if at and _is_item(tail) and _MATH_TAIL.match(tail):
            start, count = lo + len(piece) - len(tail), count + 1
        break
    if count < min_items or start is None or len(text) - start > MAX_RUN or (count == 1 and not stated):
        return None
    return _LEAD_COPULA.sub("", text[start:]).strip(" ,:：") + unit_text


def restated_value(text: str, end: int) -> str | None:
    """The value that restates an answer ending at `end`: "$2^{6}$, i.e. 64" -> "64"; None without one."""
    m = _RESTATE.match(text, end)
    if m is None or m.end() == end:
        return None
    value = tidy(text[m.end():sentence_end(text, m.end())])
    return value if value and _is_item(value) and len(value) <= 60 else None


_TWO_FORMS = re.compile(r"(?P<a>[^,;，；|]{1,60}?)\s*(?:[,，]|[—–]|\|\s*[—–]?)\s*"  # "2^{6}, i.e. 64", "-1/2 — that is"
                        r"(?:i\.\s?e\.?|that\s+is|or|equivalently|即|也就是|或)"
                        r"\s*,?\s*(?P<b>[^,;，；]{1,60})", re.IGNORECASE)


_RESTATED_IN_BRACKETS = re.compile(r"(?P<a>[^()]{1,80}?)\s*(?:\\\s*)*\(\s*(?:\\text\s*\{\s*)?(?:i\.\s?e\.?|that\s+is|"
                                   r"即|也就是)\s*,?\s*\}?\s*(?P<b>[^()]{1,60})\)", re.IGNORECASE)


def two_forms(answer: str) -> tuple[str, str] | None:
    """"\\frac{3}{8}, or 37.5%", "2^{6}, i.e. 64", "3x - y - 1 = 0 (i.e. y = 3x - 1)": one value written twice
    (the caller checks that they are equal before taking either), or None."""
    m = _TWO_FORMS.fullmatch(answer.strip(" .")) or _RESTATED_IN_BRACKETS.fullmatch(answer.strip(" ."))
    return (m.group("a"), m.group("b")) if m and _is_item(m.group("a")) and _is_item(m.group("b")) else None


# An alternative offered beside the answer: "55 (or 51, if the question means the smallest)", "(或 51)",
# "although $x = -16$ is also possible": two answers unless the alternative is the same value written otherwise.
_ALTERNATIVE = re.compile(
    r"\(\s*(?:or|或)\s*(?P<a>[^()\n]{1,60}?)\s*(?:,?\s*(?:if|when|depending|assuming|in\s+case|如果|若)[^()\n]*)?\)|"
    r"\b(?:although|though|but|while)\s+(?P<b>[^.\n,;]{1,60}?)\s+(?:is|are|would\s+be|could\s+be|may\s+be|might\s+be)"
    r"\s+also\s+(?:possible|valid|correct|acceptable|an?\s+(?:valid|possible|correct)\s+answer)|"
    r"(?:[,;，；]|^|(?<=[.。!！\n]))\s*(?:alternatively|or\s+(?:possibly|maybe|perhaps)|"
    r"(?:but\s+)?(?:it|the\s+answer)\s+(?:could|might|may)\s+also\s+be(?!\s+(?:written|expressed|stated|simplified))|"
    r"(?:不过|但|但是)?也(?:有)?可能是|或者是|或许是)\s*"
    r"(?P<c>(?:\d\.\d|[^.;\n。，,|]){1,40}?)(?=\s+(?:if|when|depending|assuming)\b|[.;\n。，,|]|$)|"
    r"\b(?:though|although|but)\s+(?P<d>[^.\n,;]{1,40}?)\s+(?:can'?t|cannot|can\s+not)\s+be\s+(?:ruled\s+out|excluded)|"
    r"[—,;]\s*or\s+(?P<e>[^.\n;,()]{1,30}?)\s+(?:if|when|assuming|depending)\b|"  # "12 — or 15 if cartons hold 5"
    r"\(\s*(?P<f>[^()\n]{1,20}?)\s+(?:if|when|assuming)\b[^()\n]*\)|"  # "12 (15 if we count the spare)"
    r"[(（]\s*(?:alternatively|or\s+(?:possibly|maybe|perhaps)|perhaps|possibly|或者|也可能是?)[,:：]?\s*"
    r"(?P<g>[^()（）\n]{1,60}?)\s*[)）]",  # "True (alternatively False)": a second answer of any kind
    re.IGNORECASE)


_OPTION = re.compile(r"[(（]?[A-J][)）]?(?:\s*(?:项|选项))?|(?:option|choice)\s+[A-J]", re.IGNORECASE)


def offered_alternatives(text: str, start: int) -> tuple[str, ...]:
    """Values offered as alternatives to the answer that starts at `start`, from there to the end."""
    found = []
    for m in _ALTERNATIVE.finditer(text, start):
        value = tidy(next((g for g in m.groups() if g), ""))
        if value and len(value) <= 40 and (_MATHY.search(value) or _OPTION.fullmatch(value) or m.group("g")):
            found.append(value)
    return tuple(dict.fromkeys(found))


# A number in a sentence, with a fraction in Chinese numerals (六分之五) read as one, and small English number words.
_SENTENCE_NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*/\s*\d+)?|"
                              r"[零一二两三四五六七八九十百]+分之[零一二两三四五六七八九十百]+|"
                              r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
                              re.IGNORECASE)
_MATHY_TEXT = re.compile(r"[=<>^\\]")  # a formula in the sentence is read by the math rules, not here
_ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def value_beyond_question(answer: str, question: str) -> str | None:
    """The one number of an answer sentence that the question does not already give: "两人合作2小时完成了全部工程的
    六分之五" for a question about working "2小时" -> "六分之五". None unless exactly one such number is left."""
    if len(_CJK_RE.findall(answer)) < 3 or not question:
        return None
    numbers = list(_SENTENCE_NUMBER.finditer(answer))
    if len(numbers) < 2:
        return None
    given = {n.lower() for n in _SENTENCE_NUMBER.findall(question)}
    new = [m for m in numbers if m.group().replace(" ", "").lower() not in given and m.group().lower() != "one"]
    if len(new) != 1:
        return None  # "还剩9个苹果，比原来少了3个": 9 is new, 3 restates the question
    unit = unit_after(answer[new[0].end():])
    return f"{new[0].group()} {unit}" if unit else new[0].group()


def sentence_value(answer: str, question: str) -> str | None:
    """The one number an English sentence states that the question does not give ("Mars has two moons, Phobos
    and Deimos" -> "two"); None for a formula, or for none or several such numbers. A reading for a judge's
    benefit: what it decides is never sure."""
    if len(_ENGLISH_WORD.findall(answer)) < 3 or _MATHY_TEXT.search(answer) or _CJK_RE.search(answer):
        return None
    given = {n.lower() for n in _SENTENCE_NUMBER.findall(question)} | set(_SENTENCE_NUMBER.findall(english_counts(
        question)))
    counted = english_counts(ordinal_digits(answer))  # "left with one hundred nine books": 109; "37th" is 37
    new = [m.group() for m in _SENTENCE_NUMBER.finditer(counted) if m.group().lower() not in given | {"one", "1"}]
    return new[0] if len(new) == 1 else None


def value_and_point(output: str, reference: str) -> bool | None:
    """A reference naming a value and where it is taken ("y_{\\min} = 12, \\text{ when } x = 5"): do the output's
    last line's numbers hold both (in either order)? None when the reference is no such pair. Never sure: which
    number is which is read from their order alone."""
    wanted = _numbers(reference)
    if len(wanted) != 2 or not names_value_and_point(reference):
        return None
    lines = [line for line in output.strip().split("\n") if line.strip()]
    said = _numbers(lines[-1]) if lines else []
    return sorted(said[-2:]) == sorted(wanted) if said else None


def names_value_and_point(reference: str) -> bool:
    """The reference names a value and where it is taken ("local minimum -1, attained at x = 1", 当 x = 5 时)."""
    return _VALUE_AT.search(reference) is not None and len(_numbers(reference)) >= 2


def _numbers(text: str) -> list[Fraction]:
    text = re.sub(r"\\(?:min|max)\b|_\{?[a-z]+\}?|\^\{?\d+\}?", " ", text)  # y_{min}, x^2: no values
    return [Fraction(m.group()) for m in _SIGNED_NUMBER.finditer(text.replace("−", "-"))]


_VALUE_AT = re.compile(r"\b(?:when|attained|attains|reached|achieved)\b|\bat\s+[a-z]\s*=|取得|(?:当|在)\s*[a-z]\s*=",
                       re.IGNORECASE)
_SIGNED_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?!\w|\.\d)")
