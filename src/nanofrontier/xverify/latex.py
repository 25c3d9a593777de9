"""LaTeX answers: layout clean-up, tokens, and a hand-written parser to small expression trees.

The parser covers what final answers use (numbers, fractions, roots, powers, pi/e/i, trig and log
functions, factorials, binomials, |x|, degrees, percent, subscripts), so the common path never
pays for latex2sympy's ANTLR parse (~1 ms+, and its first call ~50 ms).

Node legend (plain tuples, so parses are hashable and can be cached and compared structurally):
    ("num", Fraction, places)   places: decimals written, None for integers
    ("sym", name)               a variable, subscripts kept in the name ("x_{1}")
    ("const", "pi"|"e"|"i"|"oo")
    ("add", (a, b, ...))  ("mul", (a, b, ...))  ("neg", a)  ("div", a, b)  ("pow", a, b)
    ("root", a, n)  ("fact", a)  ("deg", a)  ("pct", a)  ("pm", a | None, b)   a +/- b
    ("fn", name, (args...))     sin, log, binom, abs, floor, ...
    ("call", name, (args...))   f(x): evaluates as a product, but reads as a name
    ("base", digits, base)      204_5: compared as written, never evaluated
"""

from __future__ import annotations

from fractions import Fraction

from .latex_tokens import tokenize
from .verdict import BudgetExceeded

MAX_DEPTH = 80  # nesting deeper than this is refused: no answer needs it, and recursion must not blow up


class ParseError(ValueError):
    """The text is not an expression this parser reads."""


# ----------------------------------------------------------------------------------------------
# Node constructors (flatten and order commutative operations so equal trees compare equal).

def num(value: Fraction | int, places: int | None = None) -> tuple:
    return ("num", Fraction(value), places)


def add(*terms: tuple) -> tuple:
    flat = [t for term in terms for t in (term[1] if term[0] == "add" else (term,))]
    return flat[0] if len(flat) == 1 else ("add", tuple(sorted(flat, key=repr)))


def mul(*factors: tuple) -> tuple:
    flat = [f for factor in factors for f in (factor[1] if factor[0] == "mul" else (factor,))]
    return flat[0] if len(flat) == 1 else ("mul", tuple(sorted(flat, key=repr)))


def neg(a: tuple) -> tuple:
    if a[0] == "num":
        return ("num", -a[1], a[2])
    return a[1] if a[0] == "neg" else ("neg", a)


_HALF = num(Fraction(1, 2))
_CLOSERS = {"(": ")", "[": "]", "{": "}", "\\{": "\\}", "|": "|"}
_TRIG_INVERSE = {"sin": "arcsin", "cos": "arccos", "tan": "arctan", "cot": "arccot", "sec": "arcsec",
                 "csc": "arccsc"}
_CALL_NAMES = set("fghFGH")
_NAMING_COMMANDS = {"angle", "triangle", "overline", "underline", "vec", "overrightarrow", "bar", "hat", "widehat",
                    "tilde", "dot", "ell"}


class Parser:
    """Recursive descent over a token list: sum > product (explicit or implicit) > sign > power > postfix."""

    def __init__(self, tokens: list[tuple]):
        self.tokens, self.pos, self.depth, self.abs_open = tokens, 0, 0, 0

    def parse(self) -> tuple:
        node = self.expr()
        if self.pos != len(self.tokens):
            raise ParseError(f"unexpected {self.peek()[1]!r} at token {self.pos}")
        return node

    # -- token helpers
    def peek(self, k: int = 0) -> tuple | None:
        i = self.pos + k
        return self.tokens[i] if i < len(self.tokens) else None

    def at(self, *texts: str) -> bool:
        t = self.peek()
        return t is not None and t[0] in ("op", "cmd") and t[1] in texts

    def take(self) -> tuple:
        t = self.peek()
        if t is None:
            raise ParseError("unexpected end")
        self.pos += 1
        return t

    def expect(self, text: str) -> None:
        if not self.at(text):
            raise ParseError(f"expected {text!r}")
        self.pos += 1

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise BudgetExceeded(f"expression nested deeper than {MAX_DEPTH}")

    # -- grammar
    def expr(self) -> tuple:
        self.enter()
        terms = [self.signed()]
        while self.at("+", "-", "±", "∓"):
            op = self.take()[1]
            term = self.term()
            if op == "+":
                terms.append(term)
            elif op == "-":
                terms.append(neg(term))
            else:  # a +- b: one node, expanded into two answers by the caller
                terms = [("pm", add(*terms), term if op == "±" else neg(term))]
        self.depth -= 1
        return add(*terms)

    def signed(self) -> tuple:
        if self.at("-"):
            self.take()
            return neg(self.term())
        if self.at("+"):
            self.take()
            return self.term()
        if self.at("±", "∓"):
            self.take()
            return ("pm", None, self.term())
        return self.term()

    def term(self) -> tuple:
        node = self.factor()
        while True:
            if self.at("*"):
                self.take()
                node = mul(node, self.factor())
            elif self.at("/"):
                self.take()
                node = ("div", node, self.factor())
            elif self.starts_atom():
                if self.peek()[0] == "num" and self.tokens[self.pos - 1][0] == "num":
                    raise ParseError("two numbers side by side")
                node = mul(node, self.factor())
            else:
                return node

    def factor(self) -> tuple:
        self.enter()
        if self.at("-"):
            self.take()
            node = neg(self.factor())
        else:
            node = self.postfix(self.atom())
            if self.at("^"):
                self.take()
                node = ("pow", node, self.exponent())
        self.depth -= 1
        return node

    def exponent(self) -> tuple:
        self.enter()
        if self.at("{"):
            node = self.group("{")
        elif self.at("-", "+"):
            sign = self.take()[1]
            node = self.exponent()
            node = neg(node) if sign == "-" else node
        else:
            node = self.postfix(self.atom())
        if self.at("^"):
            self.take()
            node = ("pow", node, self.exponent())
        self.depth -= 1
        return node

    def postfix(self, node: tuple) -> tuple:
        while self.at("!", "°", "%"):
            op = self.take()[1]
            node = ("fact", node) if op == "!" else ("deg", node) if op == "°" else ("pct", node)
        return node

    def starts_atom(self) -> bool:
        t = self.peek()
        if t is None:
            return False
        if t[0] in ("num", "id", "fn"):
            return True
        if t[0] == "cmd":
            return t[1] in ("frac", "sqrt", "binom", "pi", "oo", "lfloor", "lceil") or t[1] in _NAMING_COMMANDS
        return t[1] in ("(", "{", "[") or (t[1] == "|" and not self.abs_open)

    def group(self, opener: str) -> tuple:
        self.expect(opener)
        node = self.expr()
        if opener == "{" and self.at("choose"):  # {n \choose k}
            self.take()
            node = ("fn", "binom", (node, self.expr()))
        self.expect(_CLOSERS[opener])
        return node

    def atom(self) -> tuple:
        t = self.peek()
        if t is None:
            raise ParseError("unexpected end")
        kind, text = t[0], t[1]
        if kind == "num":
            return self.number()
        if kind == "id":
            return self.identifier()
        if kind == "fn":
            return self.function()
        if kind == "cmd":
            return self.command()
        if text in ("(", "[", "{"):
            return self.group(text)
        if text == "|":
            self.take()
            self.abs_open += 1
            node = self.expr()
            self.abs_open -= 1
            self.expect("|")
            return ("fn", "abs", (node,))
        raise ParseError(f"unexpected {text!r}")

    def number(self) -> tuple:
        text = self.take()[1]
        places = len(text.split(".")[1]) if "." in text else None
        node = num(Fraction(text), places)
        if self.at("_"):  # 204_5: a numeral in another base
            self.take()
            base = self.take()[1] if not self.at("{") else self.braced_text()
            return ("base", text, base)
        if self.at("frac") and places is None:  # 4\frac12 is a mixed number
            frac = self.command()
            if frac[0] == "div" and frac[1][0] == "num" and frac[2][0] == "num":
                return add(node, frac)
            return mul(node, frac)
        return node

    def braced_text(self) -> str:
        self.expect("{")
        parts = []
        while not self.at("}"):
            parts.append(self.take()[1])
        self.expect("}")
        return "".join(parts)

    def identifier(self) -> tuple:
        name = self.take()[1]
        if self.at("_"):
            self.take()
            sub = self.braced_text() if self.at("{") else self.take()[1]
            return ("sym", f"{name}_{{{sub}}}")
        if name in ("e", "i"):
            return ("const", name)
        if name in _CALL_NAMES and self.at("("):
            args = self.call_args()
            return ("call", name, args)
        return ("sym", name)

    def call_args(self) -> tuple:
        self.expect("(")
        args = [self.expr()]
        while self.at(","):
            self.take()
            args.append(self.expr())
        self.expect(")")
        return tuple(args)

    def argument(self) -> tuple:
        """One LaTeX argument: a braced group or a single token (`\\frac13` reads 1 then 3)."""
        self.enter()
        node = self._argument()
        self.depth -= 1
        return node

    def _argument(self) -> tuple:
        t = self.peek()
        if t is not None and t[0] == "num" and len(t[1]) > 1 and "." not in t[1]:
            self.tokens[self.pos] = ("num", t[1][1:], t[2] + 1, t[3])
            return num(int(t[1][0]))
        if self.at("{"):
            return self.group("{")
        return self.atom()

    def command(self) -> tuple:
        name = self.take()[1]
        if name == "frac":
            top = self.argument()
            return ("div", top, self.argument())
        if name == "sqrt":
            if self.at("["):
                index = self.group("[")
                radicand = self.number() if (self.peek() or ("",))[0] == "num" else self.argument()  # \sqrt[3]10
                return ("root", radicand, index)
            return ("pow", self.number() if (self.peek() or ("",))[0] == "num" else self.argument(), _HALF)  # √13
        if name == "binom":
            top = self.argument()
            return ("fn", "binom", (top, self.argument()))
        if name in ("pi", "oo"):
            return ("const", name)
        if name in _NAMING_COMMANDS and self.peek() is not None:  # \angle A, \vec{AB}: a name
            label = self.braced_text() if self.at("{") else self.take()[1]
            return ("sym", f"{name} {label}")
        if name in ("lfloor", "lceil"):
            node = self.expr()
            self.expect("rfloor" if name == "lfloor" else "rceil")
            return ("fn", "floor" if name == "lfloor" else "ceil", (node,))
        raise ParseError(f"unsupported command \\{name}")

    def function(self) -> tuple:
        name = self.take()[1]
        power, base = None, None
        if self.at("^"):
            self.take()
            power = self.exponent()
        if self.at("_") and name in ("log", "lg"):
            self.take()
            base = self.argument()
        if name == "sqrt":
            return ("pow", self.function_argument(), _HALF)
        if power == neg(num(1)) and name in _TRIG_INVERSE:
            name, power = _TRIG_INVERSE[name], None
        arg = self.function_argument()
        node = ("fn", name, (arg, base) if base is not None else (arg,))
        if name in ("gcd", "lcm", "max", "min") and arg[0] == "tuple":
            node = ("fn", name, arg[1])
        return ("pow", node, power) if power is not None else node

    def function_argument(self) -> tuple:
        """`\\sin(x)`, `\\sin{x}`, or `\\sin 2x` (a product of powers, up to the next function or operator)."""
        if self.at("("):
            self.take()
            args = [self.expr()]
            while self.at(","):
                self.take()
                args.append(self.expr())
            self.expect(")")
            node = args[0] if len(args) == 1 else ("tuple", tuple(args))
            return self.postfix(node)
        if self.at("{"):
            return self.group("{")
        node = self.factor()
        while self.starts_atom() and self.peek()[0] != "fn":
            node = mul(node, self.factor())
        return node


def parse_expression(text: str) -> tuple:
    """Parse one cleaned expression; raises ParseError when this parser does not read it."""
    tokens = tokenize(text)
    if not tokens or any(t[0] in ("text", "sep") for t in tokens):
        raise ParseError(f"not an expression: {text[:40]!r}")
    return Parser(tokens).parse()
