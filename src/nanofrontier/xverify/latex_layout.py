"""LaTeX answers' layout clean-up: what changes how an answer looks but never what it means.

    clean(r"$\\boxed{\\dfrac{1}{2}}$")    # "\\frac{1}{2}": delimiters, wrappers, sizing and spacing gone
    squash(s)                              # clean() without any spaces: the strict string comparison
"""

from __future__ import annotations

import re
import unicodedata

_CHARS = str.maketrans({"²": "^2", "³": "^3", "−": "-", "–": "-", "—": "-", "×": "\\times ", "·": "\\cdot ",
                        "÷": "\\div ", "√": "\\sqrt", "π": "\\pi ", "∞": "\\infty ", "≤": "\\le ", "≥": "\\ge ",
                        "⩽": "\\le ", "⩾": "\\ge ", "≠": "\\ne ", "∪": "\\cup ", "∩": "\\cap ", "∈": "\\in ",
                        "±": "\\pm ", "∓": "\\mp ", "∅": "\\emptyset ", "≈": "\\approx ", "。": ".", "、": ",",
                        "°": "°", "℃": "°C", "∶": ":"})
_ALIGNED_ENV = re.compile(r"\\(?:begin|end)\s*\{(?:aligned|align\*?|eqnarray\*?|gathered)\}")
_ALIGNED_ROW = re.compile(r"\\\\(?:\[[^\]]*\])?")
_ASCII_INFINITY = re.compile(r"(?<![A-Za-z\\])inf(?:inity)?(?![A-Za-z])")  # "(5, inf)", "+infinity"
_ASCII_UNION = re.compile(r"(?<=[)\]])\s*U\s*(?=[(\[])")  # "(-inf, -3) U (5, inf)": a union written in ASCII
_WRAPPERS = ("boxed", "fbox", "text", "textbf", "textit", "textrm", "texttt", "textnormal", "mathrm", "mathbf",
             "mathit", "mathsf", "mathtt", "mathbb", "mathcal", "mbox", "hbox", "operatorname", "boldsymbol", "bm",
             "emph", "displaystyle", "rm", "bf")
_WRAPPER_RE = re.compile(r"\\(?:" + "|".join(_WRAPPERS) + r")\s*\{")
_SIZING_RE = re.compile(r"\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|big|Big|bigg|Bigg)(?![a-zA-Z])")
_SUBS = [
    (re.compile(r"\\(?:left|right)\s*\."), ""),
    (_SIZING_RE, ""),
    (re.compile(r"\\[dtc]frac(?![a-zA-Z])"), r"\\frac"),
    (re.compile(r"\\[dt]binom(?![a-zA-Z])"), r"\\binom"),
    (re.compile(r"\\(?:displaystyle|textstyle|scriptstyle|limits|nolimits)(?![a-zA-Z])"), ""),
    (re.compile(r"\\(?:quad|qquad)(?![a-zA-Z])|(?<!\\)\\[,;: ]|~"), " "),  # not the `\\` of a matrix row
    (re.compile(r"\\!"), ""),
    (re.compile(r"\^\s*\{?\s*\\circ\s*\}?|\\circ(?![a-zA-Z])|\\degree(?![a-zA-Z])|\^\s*\{\s*o\s*\}"), "°"),
    (re.compile(r"\\%"), "%"),
    (re.compile(r"\\langle(?![a-zA-Z])"), "("),
    (re.compile(r"\\rangle(?![a-zA-Z])"), ")"),
    (re.compile(r"\\(?:rm|bf|it)\s+|\\(?:mathrm|mathit|mathbf|mathbb|text|operatorname)(?![a-zA-Z])\s*(?=[A-Za-z0-9])"),
     ""),  # "\mathrm e", "\text 5"; not the "\text" of "\textbf{(A)}"
]
_SPACE_RE = re.compile(r"\s+")
# What marks a value as approximate, written before it ("about 40", "≈ 3.14", 约3.14): the one list the readers
# of values share (here, measures.py, text_forms.py, quantities.py), each anchoring it its own way.
APPROXIMATE = (r"(?:(?:approximately|approx\.?|about|roughly|around|nearly|almost)(?![a-zA-Z])|大约|约为?|近似|将近|"
               r"≈|∼|~|\\approx(?![a-zA-Z]))")
_LEADING_RELATION_RE = re.compile(rf"^(?:=|{APPROXIMATE})\s*", re.I)
_SPACES_BETWEEN_TEXT = re.compile(r"(?<!\d) +| +(?!\d)")


def unwrap_commands(s: str, pattern: re.Pattern = _WRAPPER_RE) -> str:
    """`\\text{ miles}` -> ` miles`, brace-matched, innermost wrappers included."""
    while (m := pattern.search(s)) is not None:
        depth, j = 1, m.end()
        while j < len(s) and depth:
            depth += {"{": 1, "}": -1}.get(s[j], 0)
            j += 1
        inner = s[m.end():j - 1] if depth == 0 else s[m.end():]
        glue = " " if s[:m.start()][-1:].isalpha() and inner[:1].isalpha() else ""  # \in\mathbb{R}: not \inR
        s = s[:m.start()] + glue + inner + s[j:]
    return s


def _strip_math_delimiters(s: str) -> str:
    s = s.replace("\\$", "\x00")  # a currency sign survives; math-mode dollars do not
    s = re.sub(r"\\[()\[\]]", " ", s)
    if s.count("$") == 1 and re.search(r"\$\s*\d", s):
        s = s.replace("$", "\x00")
    return s.replace("$", " ").replace("\x00", "$")


# A power of ten written in plain text: "x" or "*" for times, the exponent in parentheses ("2 x 10^(-3)").
_PLAIN_POWER_OF_TEN = re.compile(r"(?<=\d)\s*(?:[xX*]|\\times)\s*10\s*\^\s*\(\s*([-+]?\d+)\s*\)")


# An interval with outward brackets for open ends, as French and other schools write it: "]0, 4[", "[1, 5[".
_FRENCH_INTERVAL = re.compile(r"(?:^|(?<=[\s=])|(?<=\\in)|(?<=\\cup))(?P<open>[\[\]])\s*(?P<a>[^\[\],;]+?)\s*[,;]"
                              r"\s*(?P<b>[^\[\],;]+?)\s*(?P<close>[\[\]])(?=\s*$|\s*\\cup|\s*[.,;])")


def _round_brackets(m: re.Match) -> str:
    if m.group("open") == "[" and m.group("close") == "]":
        return m.group()  # an ordinary closed interval
    opening = "(" if m.group("open") == "]" else "["
    closing = ")" if m.group("close") == "[" else "]"
    return f"{opening}{m.group('a')}, {m.group('b')}{closing}"


# Thousands grouped by points, as German and others write them: two or more points, three digits after each
# ("1.234.321"; one point is a decimal point).
_DOT_GROUPS = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{3}){2,}(?![\d.]|,\d)")


def clean(text: str) -> str:
    """Normalise layout: math delimiters, sizing, spacing, text wrappers, unicode forms, a trailing period."""
    s = unicodedata.normalize("NFKC", text.translate(_CHARS)).translate(_CHARS)
    s = _ASCII_UNION.sub(r" \\cup ", _strip_math_delimiters(s).replace("{,}", ","))
    if "inf" in s:
        s = _ASCII_INFINITY.sub(r"\\infty ", s)
    if "\\" in s:
        if "aligned" in s or "align*" in s or "eqnarray" in s:  # a derivation over rows: one chain "n = 3·4 = 12"
            s = _ALIGNED_ROW.sub(" ", _ALIGNED_ENV.sub(" ", s)).replace("&", " ")
        for pattern, repl in _SUBS:
            s = pattern.sub(repl, s)
        s = unwrap_commands(s)
    if "]" in s or "[" in s:
        s = _FRENCH_INTERVAL.sub(_round_brackets, s)  # "]0, 4[" is (0, 4), "[1, 5[" is [1, 5)
    if s.count(".") >= 2:
        s = _DOT_GROUPS.sub(lambda m: m.group().replace(".", ""), s)  # "1.234.321": thousands by points
    if "10^(" in s.replace(" ", ""):
        s = _PLAIN_POWER_OF_TEN.sub(r"\\times 10^{\1}", s)  # "1.6 x 10^(-3)": 1.6 \times 10^{-3}
    s = _SPACE_RE.sub(" ", s).strip()
    while s and s[-1] in ".,;:" and not s.endswith("..."):
        s = s[:-1].rstrip()
    return _LEADING_RELATION_RE.sub("", s)  # "= 5", "\approx 3.14", "about 40", 约3.14: the value itself


def squash(s: str) -> str:
    """The string-equality key: spaces dropped except between two digits (`32 349` stays a pair)."""
    return _SPACES_BETWEEN_TEXT.sub("", s)


