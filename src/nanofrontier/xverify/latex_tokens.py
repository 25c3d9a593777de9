"""LaTeX answers as tokens: (kind, text, start, end), kind one of num, id, fn, cmd, op, sep, text.

    tokenize(r"2\\sqrt{x}+\\frac13")     # the parser's input (latex.py)
"""

from __future__ import annotations

import re

FUNCTIONS = ("arcsin", "arccos", "arctan", "arccot", "arcsec", "arccsc", "sinh", "cosh", "tanh", "sin", "cos",
             "tan", "cot", "sec", "csc", "log", "ln", "lg", "exp", "sqrt", "abs", "floor", "ceil", "gcd", "lcm",
             "max", "min")
_WORD_CONSTS = {"pi": "pi", "inf": "oo", "infty": "oo", "infinity": "oo"}
_SEP_WORDS = {"or", "and"}
_CJK_SEPS = set("或和且及")
_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
          "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi",
          "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Phi", "Psi", "Omega"}
_CMD_OPS = {"cdot": "*", "times": "*", "ast": "*", "div": "/", "le": "<=", "leq": "<=", "leqslant": "<=",
            "ge": ">=", "geq": ">=", "geqslant": ">=", "lt": "<", "gt": ">", "ne": "!=", "neq": "!=",
            "approx": "=", "equiv": "=", "pm": "±", "mp": "∓", "cup": "∪", "cap": "∩", "in": "∈", "{": "\\{",
            "}": "\\}", "lbrace": "\\{", "rbrace": "\\}", "vert": "|", "lvert": "|", "rvert": "|", "mid": "|",
            "lor": "or", "vee": "or", "land": "and", "wedge": "and", "infty": "oo", "emptyset": "∅",
            "varnothing": "∅", "setminus": "\\", "prime": "'"}
_TOKEN_RE = re.compile(r"(?P<num>\d+(?:\.\d+)?|\.\d+)|(?P<cmd>\\[a-zA-Z]+|\\[{}|])|(?P<word>[a-zA-Z]+)"
                       r"|(?P<op><=|>=|!=|[-+*/^_!=<>(),;:|{}\[\]°%&'±∓∪∩∈∅])|(?P<space>\s+)|(?P<other>.)")


def _split_word(word: str, start: int) -> list[tuple]:
    """`sinx` -> fn sin, id x; `or` -> sep; other runs are products of one-letter variables."""
    if word in _SEP_WORDS:
        return [("sep", word, start, start + len(word))]
    if word in _WORD_CONSTS:
        return [("cmd", _WORD_CONSTS[word], start, start + len(word))]
    out, i = [], 0
    while i < len(word):
        name = next((f for f in FUNCTIONS if word.startswith(f, i)), None)
        if name is None and word.startswith("pi", i):
            out.append(("cmd", "pi", start + i, start + i + 2))
            i += 2
            continue
        name = name or word[i]
        out.append(("fn" if len(name) > 1 else "id", name, start + i, start + i + len(name)))
        i += len(name)
    return out


def tokenize(s: str) -> list[tuple]:
    tokens = []
    for m in _TOKEN_RE.finditer(s):
        kind, text, a, b = m.lastgroup, m.group(), m.start(), m.end()
        if kind == "space":
            continue
        if kind == "word":
            tokens.extend(_split_word(text, a))
        elif kind == "cmd":
            name = text[1:]
            if name in _CMD_OPS:
                op = _CMD_OPS[name]
                kind = "sep" if op in ("or", "and") else "cmd" if op == "oo" else "op"
                tokens.append((kind, op, a, b))
            elif (name in FUNCTIONS and name != "sqrt") or name in ("arg", "det"):
                tokens.append(("fn", name, a, b))
            elif name in _GREEK:
                tokens.append(("id", name, a, b))
            else:
                tokens.append(("cmd", name, a, b))
        elif kind == "other":
            tokens.append(("sep" if text in _CJK_SEPS else "text", text, a, b))
        else:
            tokens.append((kind, text, a, b))
    return _thousands(tokens) if "," in s else tokens


_GROUP = re.compile(r"\d{3}(?:\.\d+)?")


def _thousands(tokens: list[tuple]) -> list[tuple]:
    """`C(21,4) = 5,985`: digits grouped by commas outside brackets are one number (inside, `(100,200)` is a pair)."""
    out, depth = [], 0
    for t in tokens:
        if t[0] == "op" and t[1] in ("(", "[", "{", "\\{"):
            depth += 1
        elif t[0] == "op" and t[1] in (")", "]", "}", "\\}"):
            depth -= 1
        if (depth == 0 and t[0] == "num" and _GROUP.fullmatch(t[1]) and len(out) >= 2 and out[-1][1] == ","
                and out[-2][0] == "num" and out[-2][3] == out[-1][2] == t[2] - 1 and "." not in out[-2][1]
                and (len(out[-2][1]) <= 3 or out[-2][4:5] == ("grouped",))):
            first = out[-2]
            out[-2:] = [("num", first[1] + t[1], first[2], t[3], "grouped")]
            continue
        out.append(t)
    return [t[:4] for t in out]


