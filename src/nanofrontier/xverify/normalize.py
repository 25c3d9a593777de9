"""Text cleanup: the model output before extraction, and short strings before string comparison.

    clean_output(raw)    # the final response (after the last </think>), NFKC and full-width folded,
                         # unicode math signs as LaTeX/ASCII, markdown emphasis removed, newlines kept
    normalize_text(s)    # casefolded, punctuation/articles/quotes/\\text{}/$ stripped: for equality tests

Every step is one precompiled regex or one `str.translate`, so both run in linear time (a 100 KB
output takes a few ms). Superscripts are rewritten before NFKC, which would otherwise turn `x²` into
`x2`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_THINK_CLOSE = re.compile(r"</think\s*>", re.IGNORECASE)
_THINK_OPEN = re.compile(r"<think\s*>", re.IGNORECASE)

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ", "0123456789+-=()ni")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎", "0123456789+-=()")

# What NFKC does not fold (it does fold full-width ASCII: ，：（）０-９Ａ-Ｚ). Applied before NFKC, which
# would turn superscripts into plain digits (x² -> x2).
_FOLD = {
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\ufe63": "-",
    "×": r"\times ", "÷": "/", "⋅": r"\cdot ", "∙": r"\cdot ", "∗": "*",
    "≤": r"\le ", "≥": r"\ge ", "≠": r"\ne ", "∞": r"\infty ", "∪": r"\cup ", "∩": r"\cap ",
    "∈": r"\in ", "±": r"\pm ", "∓": r"\mp ", "π": r"\pi ", "⁄": "/",
    "。": ". ", "、": ", ", "【": "[", "】": "]", "「": '"', "」": '"', "『": '"', "』": '"',
    "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "〔": "(", "〕": ")",
    "∴": " therefore ", "∵": " because ", "⟨": "(", "⟩": ")", "〈": "(", "〉": ")",
    # Vulgar fractions as a mixed number's part: NFKC would turn 6⅙ into "61⁄6".
    "½": " 1/2", "⅓": " 1/3", "⅔": " 2/3", "¼": " 1/4", "¾": " 3/4", "⅕": " 1/5", "⅖": " 2/5", "⅗": " 3/5",
    "⅘": " 4/5", "⅙": " 1/6", "⅚": " 5/6", "⅛": " 1/8", "⅜": " 3/8", "⅝": " 5/8", "⅞": " 7/8",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "", "\r": "",
}
# One regex pass for all of them: ~10x faster than `str.translate` with a dict on non-ASCII text.
_SUPERS, _SUBS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎"
_FOLD_PASS = re.compile("[" + re.escape(_SUPERS + _SUBS + "".join(_FOLD)) + "]+")
_SCRIPT_RUNS = re.compile(f"[{_SUPERS}]+|[{_SUBS}]+|.", re.DOTALL)
# A middle dot between digits/brackets is multiplication; between CJK names (列夫·托尔斯泰) it is not.
_MATH_MIDDOT = re.compile(r"(?<=[\d)\]}])\s*·\s*(?=[\d(\[{a-zA-Z\\])")
_SQRT = re.compile(r"√\s*(\d+(?:\.\d+)?|[a-zA-Z]\w*|\\pi\b)")

_UNDERSCORE_BOLD = re.compile(r"__(?=\S)|(?<=\S)__")
# A heading's hashes go, but not those of GSM8K's answer line: "#### 72", "#### (5,\infty)", "#### \frac12".
_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+(?=[^\d\s\-\\($\[{.])")
_CODE_FENCE = re.compile(r"(?m)^[ \t]*```[\w+-]*[ \t]*[.。]?[ \t]*$\n?")  # "```." closes a block in a sentence
_BACKTICK = re.compile(r"`+")
_SPACE_RUN = re.compile(r"  +")
_HSPACE = re.compile(r"[ \t\f\v]{2,}|[\t\f\v]")
_BLANK_RUNS = re.compile(r"\n{3,}")
# Display math over several lines: `\[ ... \]`, `$$ ... $$`, and a lone `$` that opens and closes on lines of
# their own; what precedes it on an unfinished line ("So the solution set is") is part of the same sentence.
_DISPLAY = re.compile(r"(\n?)[ \t]*(\\\[|\$\$)((?:\\\$|[^$]){0,1500}?)(\\\]|\$\$)|"  # "$$\n\\$1,380\n$$" too
                      r"(\n?)[ \t]*(?<![$\\])\$[ \t]*\n([^$]{1,500}?)\n[ \t]*\$(?!\$)")


def strip_thinking(text: str) -> str:
    """The final response: text after the last `</think>`. An unclosed `<think>` means the reasoning was
    cut off, so everything is kept, the tag included: `extract_answer` reads it as a sign of truncation
    even when handed an already cleaned output."""
    end = -1
    for m in _THINK_CLOSE.finditer(text):
        end = m.end()
    return text[end:] if end >= 0 else text


def has_unclosed_think(text: str) -> bool:
    return _THINK_OPEN.search(text) is not None and _THINK_CLOSE.search(text) is None


def fold_scripts(text: str) -> str:
    """Superscripts and subscripts as ^ and _ ("m/s²" -> "m/s^2"), nothing else folded."""
    return _SCRIPT_ONLY.sub(lambda m: "".join(_fold_piece(p) for p in _SCRIPT_RUNS.findall(m.group())), text)


_SCRIPT_ONLY = re.compile(f"[{_SUPERS}{_SUBS}]+")


def _fold_piece(piece: str) -> str:
    if piece in _FOLD:
        return _FOLD[piece]
    mark, s = ("^", piece.translate(_SUPERSCRIPTS)) if piece[0] in _SUPERS else ("_", piece.translate(_SUBSCRIPTS))
    return mark + s if len(s) == 1 else mark + "{" + s + "}"


def _fold_match(m: re.Match) -> str:
    run = m.group()
    return _FOLD[run] if run in _FOLD else "".join(_fold_piece(p) for p in _SCRIPT_RUNS.findall(run))


def fold_unicode(text: str) -> str:
    """NFKC plus the folds NFKC does not do: unicode minus and dashes, ×/÷/·, √, π, ≤/≥, CJK punctuation."""
    if text.isascii():
        return text.replace("\r", "")
    text = unicodedata.normalize("NFKC", _FOLD_PASS.sub(_fold_match, text))
    if "·" in text:
        text = _MATH_MIDDOT.sub(r"\\cdot ", text)
    if "√" in text:
        text = _SQRT.sub(r"\\sqrt{\1}", text).replace("√", r"\sqrt")
    return text


def collapse_spaces(text: str) -> str:
    """Runs of spaces/tabs become one space; newlines stay, with at most one blank line in a row."""
    if "\t" in text or "\f" in text or "\v" in text:
        text = _HSPACE.sub(" ", text)
    elif "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    return (_BLANK_RUNS.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def _one_line(m: re.Match, text: str) -> str:
    if m.group(2):
        lead, body, opener, closer = m.group(1), m.group(3), m.group(2), m.group(4)
        if (opener == "$$") != (closer == "$$"):
            return m.group()
        if "\n" not in body and not lead:
            return m.group()
    else:
        lead, body, opener, closer = m.group(5), m.group(6), "$", "$"
    joined = " ".join(body.replace("\\$", "").split())  # "$$ \\$1,380 $$": a currency sign inside the math
    before = text[max(0, m.start() - 40):m.start()].rstrip(" \t")
    done = not before or before[-1] in ".!?。！？\n"
    sep = "\n" if lead and done else " " if lead or m.group()[:1] in " \t" else ""
    return f"{sep}{opener} {joined} {closer}"


_CASES = re.compile(r"\\begin\{cases\}(.{0,600}?)\\end\{cases\}", re.DOTALL)
_ROW_BREAK = re.compile(r"\\\\(?:\[[^\]]*\])?")
_ROW_RELATION = re.compile(r"=|<|>|\\[lg]eq?(?![a-zA-Z])")


def _cases_as_list(m: re.Match) -> str:
    """A system's solution `\\begin{cases} x = 9 \\\\ y = 5 \\end{cases}` -> `x = 9, y = 5`. A piecewise
    definition (rows with a condition after `&`) stays as written."""
    rows = [r.replace("&", " ").strip() for r in _ROW_BREAK.split(m.group(1)) if r.strip()]
    if len(rows) < 2 or "&" in m.group(1).replace("&=", "=") or not all(_ROW_RELATION.search(r) for r in rows):
        return m.group()
    return ", ".join(" ".join(r.split()) for r in rows)


def join_display_math(text: str) -> str:
    """Display math on one line, joined to the unfinished sentence that introduces it: "The answer:\n$$\n119\n$$"
    -> "The answer: $$ 119 $$"."""
    if "$" not in text and "\\[" not in text:
        return text
    return _DISPLAY.sub(lambda m: _one_line(m, text), text)


_ANSWER_TAG = re.compile(r"<(/)?answer>\s*", re.IGNORECASE)


def clean_output(text: str, *, keep_bold: bool = False) -> str:
    """The model output ready for extraction. `keep_bold=True` leaves `**` in place so that the extractor
    can fall back to bold text; everything else is identical."""
    text = fold_unicode(strip_thinking(text))
    if "<answer>" in text.lower():  # "<answer> 7 </answer>": the tagged answer, as an "Answer:" line
        text = _ANSWER_TAG.sub(lambda m: "\n" if m.group(1) else "\nAnswer: ", text)
    if "`" in text:
        text = _BACKTICK.sub("", _CODE_FENCE.sub("", text))
    if "#" in text:
        text = _HEADING.sub("", text)
    text = join_display_math(text)
    if "{cases}" in text:
        text = _CASES.sub(_cases_as_list, text)
    if not keep_bold:
        text = text.replace("**", "")
        text = _UNDERSCORE_BOLD.sub("", text) if "__" in text else text
    return collapse_spaces(text)


# ---------------------------------------------------------------------------------------------
# normalize_text: for comparing short answers and labels.

_LATEX_WRAPPER = re.compile(
    r"\\(?:text|textbf|textit|textrm|mathrm|mathbf|mathit|mbox|operatorname|boxed|fbox)\s*\{([^{}]*)\}")
_LATEX_DELIMS = re.compile(r"\\[()\[\]]|\$+|\\[,;:! ]|\\quad|\\qquad")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)|(?<=s)'(?!\w)")
_ACRONYM_DOT = re.compile(r"(?<=\b[^\W\d])\.(?=[^\W\d]\b)")
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_KEEP_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
_KEEP_MINUS = re.compile(r"(?:^|(?<=\s))-(?=\d)")
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")
_SPACES = re.compile(r"\s+")
_DECIMAL_MARK, _MINUS_MARK = "\x00", "\x01"
_KEEP_SYMBOLS = set("%+=<>^*°")


class _PunctuationToSpace(dict):
    """A lazy `str.translate` table: Unicode punctuation (category P*) and `$\\|~` become a space."""

    def __missing__(self, code: int):
        ch = chr(code)
        value = " " if (unicodedata.category(ch).startswith("P") and ch not in _KEEP_SYMBOLS) or ch in "$\\|~`" \
            else code
        self[code] = value
        return value


_PUNCT_TABLE = _PunctuationToSpace()


def strip_latex_wrappers(text: str) -> str:
    """`\\text{Paris}` -> `Paris`, `$x$` -> `x`, `\\(C\\)` -> `C` (innermost wrappers first, a few levels)."""
    if "\\" not in text and "$" not in text:
        return text
    for _ in range(4):
        unwrapped = _LATEX_WRAPPER.sub(r"\1", text)
        if unwrapped == text:
            break
        text = unwrapped
    return _LATEX_DELIMS.sub(" ", text)


@lru_cache(maxsize=8192)  # pure, and the same question/reference is normalised by several checks
def normalize_text(text: str) -> str:
    """Casefold; drop LaTeX text wrappers, punctuation (decimal points, thousands commas and leading
    minus signs survive), surrounding quotes, trailing period and the articles a/an/the (unless the
    article is all there is, e.g. option "A"); collapse spaces."""
    s = strip_latex_wrappers(fold_unicode(text)).casefold()
    if "'" in s:
        s = _APOSTROPHE.sub("", s)
    if "," in s:
        s = _DIGIT_COMMA.sub("", s)
    if "." in s:
        s = _KEEP_DECIMAL.sub(_DECIMAL_MARK, _ACRONYM_DOT.sub("", s))
    if "-" in s:
        s = _KEEP_MINUS.sub(_MINUS_MARK, s)
    s = s.translate(_PUNCT_TABLE)
    s = s.replace(_DECIMAL_MARK, ".").replace(_MINUS_MARK, "-")
    s = _SPACES.sub(" ", s).strip()
    without_articles = _SPACES.sub(" ", _ARTICLES.sub(" ", s)).strip()
    return without_articles or s
