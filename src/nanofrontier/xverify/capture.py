"""The text of an answer: where it ends after a marker, and how it is tidied.

    start, end = capture_after(text, i)   # the answer that follows a marker ending at i
    tidy("$\\boxed{5}$.")                  # "5";  "**C**" -> "C";  "option C" -> "C"
    boxed_contents(text)                  # [(start, end, body)] for every outermost \\boxed{} / \\fbox{} / \\boxed 5

An answer runs to the first sentence break outside braces and inline math: a newline, "!?;", a period
that ends a sentence (not a decimal point or "Mr."), or a clause such as ", because" / " since". Every
scan is bounded (MAX_ANSWER, MAX_BOX characters), so capturing costs O(1) in the output's length.
"""

from __future__ import annotations

import re

MAX_ANSWER = 300  # longest answer text captured after a marker
MAX_BOX = 1000  # longest \boxed{...} body scanned for its closing brace

_I = re.IGNORECASE
_BRACE = re.compile(r"(?<!\\)[{}]")
_BOX = re.compile(r"\\(?:boxed|fbox)\s*")
_BOX_TOKEN = re.compile(r"[^\s$]+")
# A Chinese clause follows "，" (folded to ","), never the enumeration comma "、" (folded to ", "): "鸡23只、兔12只".
_CLAUSE_AFTER_COMMA = re.compile(
    r",(?:[\u4e00-\u9fff]|\s*(?:because|since|which|as|so|but|though|although|not(?!\s+(?:sure|certain))|where|while|given|hence|"
    r"thus|therefore|"
    r"that\s+is|meaning|we|this|it|and\s+(?:so|thus|therefore|this|that|it|we|I(?=['’\s]))|I(?='m|\s+(?:am|think|"
    r"believe|hope)))\b|\s*i\.\s?e\.)", _I)  # "$7\frac{1}{2}$, and I am confident in it now"
_CLAUSE_AFTER_SPACE = re.compile(r"\s+(?:because|since|as\s+(?:it|the|this|we|shown)|due\s+to|given\s+that|"
                                 r"I(?:'m|\s+am|\s+think|\s+believe|\s+hope|'d)|"  # "0 I'm fairly confident"
                                 r"(?-i:This|That|It)\s+(?:should|must|is|seems|looks)|"  # "Femur This should be it"
                                 r"which\s+(?:is|means|gives)|where|per\s+the|according\s+to|"
                                 r"(?:is|are)\s+the\s+only\s+(?:(?:real|positive|valid|possible)\s+)?"
                                 r"(?:solution|root|answer|value)s?)\b", _I)  # "x = -3 is the only real solution"
_INITIAL = re.compile(r"\s*[A-Z]\.")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc|Mt|No|Inc|Ltd|Co|Gen|Col|Lt|Prof)|\b[A-Z])$")
# A "!" after a digit or bracket stays: "\\boxed{3!}" is a factorial.
# Check marks and decorative emoji a chat model puts around an answer ("**Final Answer:** 12/7 ✔️"); not the
# marks that reject a value (❌, ✗, 👎).
DECORATION = "\u2705\u2713\u2714\u2611\u2b50\u2728\U0001f31f\U0001f3af\U0001f389\U0001f44d\U0001f4af" \
             "\U0001f3c6\U0001f4cc\U0001f539\U0001f538\u25b6\u27a1\ufe0f"
# "… it was Theo Drummond, so that is my final answer": a clause pointing back at the answer it follows
MY_ANSWER_TAIL = re.compile(r"\s*[,;，；]\s*(?:so\s+|and\s+)?(?:that|this|it)(?:'s|\s+is|\s+will\s+be)\s+"
                            r"(?:my|our|the)\s+"
                            r"(?:final\s+)?(?:choice|answer|pick|selection)\s*[.。!]?\s*$", re.IGNORECASE)
# "…, which matches the verification", "，与验算一致", "，上面的检验也支持这一点": the value agrees with a check
CONFIRMED_TAIL = re.compile(r"\s*[,;，；]\s*(?:(?:which|and\s+this|this|that)\s+"
                            r"(?:matches|agrees\s+with|is\s+consistent\s+with|"
                             r"checks\s+out|confirms)\b[^,;，；]*|as\s+(?:verified|checked|confirmed)\s+above|"
                             r"(?:与|和|跟)(?:验算|检验|验证|前面|上面|上述|之前)[^,，。；;]{0,8}(?:一致|相符|吻合)|"
                             r"(?:上面|以上|前面)的?(?:检验|验算|验证|推导)也?(?:支持|印证|证实)了?这一?点|"
                             r"(?:经)?(?:检验|验算|验证)(?:无误|正确|通过)|"
                             r"and\s+I(?:'m|\s+am)\s+(?:confident|sure|certain)\s+(?:in|of|about)\s+(?:that|it|this)|"
                             r"and\s+(?:it|this|that)\s+is\s+consistent\s+with\b[^,;，；]*)"
                             r"\s*[.。!]?\s*$|\s*[—–]+\s*that(?:'s|\s+is)\s+what\s+the\s+question\s+(?:asks|asked)\s+for\b.*?"
                             r"\s*[.。!]?\s*$", re.IGNORECASE)
# "(equivalently, 116 yards)", "(也可写成 x = 0, y = -5)": the same answer in another form, after it (not "(即 2400 L)",
# which two_forms compares: a restatement that disagrees makes the answer inconsistent)
_EQUIVALENT_OPEN = re.compile(r"\s*[(（]\s*(?:equivalently|in\s+other\s+words|也可写成|也可写作|也可以写成|或写作)",
                              re.IGNORECASE)


def without_closing_remarks(s: str) -> str:
    """`s` without what may follow a value and is no part of it: the value restated in brackets, "so that is my
    answer", a confirmation ("…, which matches the verification", "，与验算一致"), in either order."""
    return without_restatement(CONFIRMED_TAIL.sub("", MY_ANSWER_TAIL.sub("", without_restatement(s))))


def without_restatement(s: str) -> str:
    """`s` without a bracketed restatement that ends it ("-2 (equivalently, f(g(0)) = -2)"); brackets may nest."""
    for m in reversed(list(_EQUIVALENT_OPEN.finditer(s))):
        depth, end = 0, -1
        for k in range(m.start() + len(m.group()) - len(m.group().lstrip()), len(s)):
            depth += {"(": 1, "（": 1, ")": -1, "）": -1}.get(s[k], 0)
            if depth == 0:
                end = k
                break
        if end >= 0 and not s[end + 1:].strip(" .。"):
            return s[:m.start()]
    return s
# "Putting it all together, it was …": a lead-in before the value
_SUMMING_UP = re.compile(r"^(?:putting\s+(?:it\s+(?:all\s+)?|everything\s+)together|all\s+things\s+considered|"
                         r"in\s+conclusion|overall)\s*,?\s*(?:it\s+(?:was|is)|the\s+(?:answer|result)\s+(?:was|is))\s+(?=\S)",
                         re.IGNORECASE)
_TRAILING_JUNK = re.compile(r"(?:\s*(?:I\s+hope\s+it\s+is\s+correct|hope\s+this\s+helps)\b.*$)|"
                            rf"(?:[\s.,;:。，；：{DECORATION}]|(?<![\d)}}!])!+)+$", _I)
_LEADING_FILLER = re.compile(r"^(?:(?:therefore|thus|then|clearly|indeed|simply|definitely|probably|likely|just|"
                             r"that|is|are|be)\b\s*[:,]?\s*|[:：*\s]+(?=\S)|"
                             r"/\s*(?:答案?|选|answer)\s*[:：]?\s*|"
                             rf"[{DECORATION}]+\s*)+", _I)  # "故选/答：B": the marker's other name
# A trailing remark "(in dollars)" is dropped, but not a hedge "(or possibly 100)", which makes the answer two,
# nor an interval whose LaTeX commands look like words ("x \in (-\infty, \frac{1}{6})").
_TRAILING_PAREN = re.compile(r"\s+\((?!\s*(?:or\s+)?(?:maybe|possibly|perhaps)\b|\s*或)"
                             r"(?=[^()]*(?<![\\A-Za-z])[A-Za-z\u4e00-\u9fff]{2,}\W+(?<!\\)[A-Za-z\u4e00-\u9fff]{2,})"
                             r"[^()]*\)$", _I)
_TABLE_CELL = re.compile(r"^\s*\|\s+|\s+\|\s*$")  # "| f'(0) = -8 |": a cell's bars (not |x|, an absolute value)
# A remark in brackets before a colon, not a Roman option label ("The correct option is (III): 119" names III).
_MARKER_REMARK = re.compile(r"[ \t]*[(（](?!\s*[IVX]+\s*[)）])[^()（）\n]{0,40}?[A-Za-z\u4e00-\u9fff]{2,}"
                            r"[^()（）\n]{0,40}[)）][ \t]*[:：]")
_SHORT_LINE = re.compile(r"[^\n.!?。！？]{1,80}(?=\s*(?:\n|$))")
_OPTION_WORD = re.compile(r"^(?:option|choice)\s*\(?([A-J])\)?$", _I)
_WRAPPED = [("$$", "$$"), ("\\[", "\\]"), ("\\(", "\\)"), ("$", "$"), ('"', '"'), ("'", "'"), ("**", "**")]


def match_brace(text: str, open_at: int) -> int:
    """Index just past the `}` that closes the `{` at `open_at`, or -1 (unbalanced, or over MAX_BOX)."""
    depth = 0
    for m in _BRACE.finditer(text, open_at, open_at + MAX_BOX):
        depth += 1 if m.group() == "{" else -1
        if depth == 0:
            return m.end()
    return -1


def boxed_contents(text: str) -> list[tuple[int, int, str]]:
    """Every outermost `\\boxed{...}`/`\\fbox{...}`/`\\boxed 5` as (start, end, body), in order."""
    found, pos = [], 0
    for m in _BOX.finditer(text):
        if m.start() < pos:
            continue  # nested inside the previous box
        j = m.end()
        if j < len(text) and text[j] == "{":
            close = match_brace(text, j)
            if close < 0:
                continue
            body = text[j + 1:close - 1]
        else:
            tok = _BOX_TOKEN.match(text, j, j + 100)
            if not tok or (m.group().endswith(("d", "x")) and text[j].isalpha()):  # "\boxedx" is no box
                continue
            close, body = j + tok.end(), tok.group()
        body = body.strip(" $")
        inner = boxed_contents(body) if "box" in body else []
        if len(inner) == 1 and inner[0][0] == 0 and inner[0][1] == len(body):
            body = inner[0][2]  # \boxed{\boxed{5}}
        found.append((m.start(), close, body.strip()))
        pos = close
    return found


def tidy(answer: str) -> str:
    """Strip wrappers and filler from a captured answer: `$\\boxed{5}$.` -> `5`, `**C**` -> `C`."""
    s = answer.strip()
    if (kept := REJECTED_ASIDE.sub("", s).strip()) and kept != s:
        s = kept  # "x = 4（x = -1 不合题意，舍去）": the aside rejects another value, it is no part of this one
    boxes = boxed_contents(s)
    if boxes:
        values = list(dict.fromkeys(body for _, _, body in boxes))
        s = ", ".join(values)
    s = _SUMMING_UP.sub("", without_closing_remarks(s))
    s = _TRAILING_JUNK.sub("", _LEADING_FILLER.sub("", _TABLE_CELL.sub("", s)))
    for _ in range(3):
        before = s
        for left, right in _WRAPPED:
            if len(s) > len(left) + len(right) and s.startswith(left) and s.endswith(right):
                s = s[len(left):-len(right)].strip()
        s = _TRAILING_JUNK.sub("", s.strip("*").strip())
        if s == before:
            break
    if s.count("$") >= 2 and s.count("$") % 2 == 0:
        s = s.replace("$", "")  # inline math delimiters: "$x = 3.5$ cm" -> "x = 3.5 cm"
    s = _OPTION_WORD.sub(r"\1", s)
    s = _STRAY_BACKSLASH.sub("", s)  # "\\1102.50": an escaped "$" that lost its sign; no command starts with a digit
    return _TRAILING_PAREN.sub("", s).strip()


# An aside that rejects another value: "(the root $-1$ is rejected)", "(x = -2 舍去)".
_ASIDE_TEXT = r"(?:\\[()]|[^()（）])*"  # LaTeX's \( \) may stand inside the aside
REJECTED_ASIDE = re.compile(rf"\s*[(（]{_ASIDE_TEXT}(?:\b(?:rejected|extraneous|discarded|ruled\s+out)\b"
                            rf"|舍去|不合题意|不符合题意){_ASIDE_TEXT}[)）]", re.IGNORECASE)
# What follows a value on its line and rejects it: "so the answer is 117. ← this would give 117, which is wrong."
REJECTED_AFTER = re.compile(r"[^\n]{0,60}?(?:\b(?:which|that|this)\s+(?:is|was)\s+(?:wrong|incorrect|a\s+mistake)\b|"
                            r"(?:这|这个|这是)?是?错(?:误)?的|错误地)", re.IGNORECASE)
_STRAY_BACKSLASH = re.compile(r"(?<!\\)\\(?=\d)")


def _is_currency(text: str, j: int) -> bool:
    """A `$` followed by a number whose next `$` (on the same line) is missing or starts another amount."""
    if j + 1 >= len(text) or not text[j + 1].isdigit():
        return False
    line_end = text.find("\n", j)
    close = text.find("$", j + 1, line_end if line_end >= 0 else len(text))
    return close < 0 or text[close - 1].isspace()


def _display_math(text: str, i: int) -> tuple[int, int] | None:
    for left, right in (("$$", "$$"), ("\\[", "\\]")):
        if text.startswith(left, i):
            close = text.find(right, i + len(left), i + MAX_ANSWER)
            return (i + len(left), close) if close >= 0 else None
    return None


def sentence_end(text: str, i: int, *, clauses: bool = True) -> int:
    """End of the answer that starts at `i`: the first sentence break outside brackets and `$...$`
    (`clauses=False`: a clause after a comma or "because" does not end it)."""
    depth, in_math, limit = 0, False, min(len(text), i + MAX_ANSWER)
    j = i
    while j < limit:
        c = text[j]
        if c == "$" and not _is_currency(text, j):
            in_math = not in_math
        elif c in "{([":
            depth += 1
        elif c in "})]":
            depth = max(0, depth - 1)
        elif c == "\n" or (not in_math and depth == 0 and _breaks_here(text, i, j, c, clauses)):
            return j
        j += 1
    return j


def _breaks_here(text: str, start: int, j: int, c: str, clauses: bool) -> bool:
    if c in "!?;；。！？":
        return True
    if c == ".":
        nxt = text[j + 1] if j + 1 < len(text) else ""
        if nxt.isdigit() and text[j - 1].isdigit():
            return False
        if nxt and not nxt.isspace() and nxt not in "\"')*":
            return False
        abbreviation = _ABBREVIATION.search(text, max(0, j - 5), j)
        if abbreviation and abbreviation.end() - abbreviation.start() == 1 and text[start:j - 1].strip("( ") == "":
            return _INITIAL.match(text, j + 1) is None  # "B. Option D ..." ends at B; "J. K. Rowling" goes on
        return abbreviation is None
    if not clauses:
        return False
    if c == ",":
        return _CLAUSE_AFTER_COMMA.match(text, j) is not None
    if c == " ":
        return _CLAUSE_AFTER_SPACE.match(text, j) is not None
    return False


def capture_after(text: str, i: int, *, clauses: bool = True) -> tuple[int, int]:
    """(start, end) of the answer that follows a marker ending at `i`; it may begin on the next line."""
    n = len(text)
    if remark := _MARKER_REMARK.match(text, i):
        i = remark.end()  # "Final answer (boxed for clarity):": a remark on the marker, then the answer
    while i < n and (text[i] in " \t*:：" or (text[i] == "|" and text[i + 1:i + 2].isspace())
                     or (text[i] == ">" and text[i - 1:i] == "\n")):
        i += 1  # "| **Final answer** | 42 |": a table row's next cell; "> 42": a quoted line
    own_line = i < n and text[i] == "\n"
    if own_line:
        i += 1
        while i < n and text[i] in " \t*\n>":  # "## Answer\n> **42**": a quoted answer line
            i += 1
    display = _display_math(text, i)
    if display:
        return display
    end = sentence_end(text, i, clauses=clauses)
    if own_line and text[end:end + 1] in (";", "；") and (line := _SHORT_LINE.match(text, i)):
        return i, line.end()  # "Final answer:\nmean 8; median 7": a line of its own is one answer in parts
    return i, end
