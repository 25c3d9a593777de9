"""Does an extracted math answer equal the reference? Rules first, cheapest first.

    math_equal("\\frac{x+2}7", "\\frac x7+\\frac27")      -> (True, "math.expression")
    math_equal("[2,5)", "(2,5)")                        -> (False, "math.interval")
    math_equal("9^{9^9}", "1")                          -> raises BudgetExceeded (the caller fails closed)

Order: normalised string equality; one number with a unit on each
side (numbers.py, no parsing); then both answers are parsed into structures (structures.py) and
compared by kind. Expressions are compared by evaluation (expression.py), never by `simplify`.

Symmetric in pred and reference: every rule, including reading an assignment `x = 5` as its value
when the other side is not an equation, applies to both; one exception: a prediction rounded coarser than a
decimal reference ("0.13" for 0.125) is wrong unless the question asks to round (a reference may be rounded).
The budget counts work, not time (verdict.Budget):
the same input gets the same verdict on a loaded machine.
"""

from __future__ import annotations

import logging
import re

from .asked_forms import (
    asks_exact,
    asks_factoring,
    asks_pair,
    asks_positive,
    asks_rounding,
    factor_count,
    other_quantity,
    rounded_against_exact,
    wrong_unit,
)
from .bases import based_equal
from .clock_words import time_in_text
from .count_lists import labelled_counts
from .expression import NotEvaluable, contains, exact, free_symbols, numeric, proportional, same_value, to_fraction
from .families import families_equal
from .latex import add, neg, num
from .latex_fallback import fallback_parse, worth_trying
from .latex_layout import clean, squash
from .numbers import (
    Quantity,
    asked_unit,
    clock_minutes,
    is_rounded,
    numbers_equal,
    quantity_from_clean,
)
from .parts_equal import Context, as_rows, both_intervals, collections_equal, intervals_equal, matrices_equal, ordered
from .piecewise import against_formula, pieces
from .point_clauses import without_point
from .quantities import quantities_equal, says_approximate
from .shapes import Collection, Equation, Intervals, Matrix, Relation, Text, Value
from .structures import parse_answer
from .text_forms import (
    function_name_sides,
    given_side,
    in_degrees_minutes,
    last_link,
    renamed_parameter,
    residue,
    stated_quantity,
    unframed,
    without_gloss,
    without_lead,
    written_out,
)
from .vectors import polar_value, unit_vector
from .verdict import FALLBACK_COST, Budget, BudgetExceeded

log = logging.getLogger(__name__)
_DEGREE_WORDS = re.compile(r"degree|°|\\circ|度", re.I)
# A name in words, or a function value: "total cost", 总价, C(21,4), f'(3)
_NAME_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){0,3}|[\u4e00-\u9fff]{1,8}|"
                         r"[A-Za-z]\w{0,3}'*\([^()]{1,20}\)(?:_\{?\\?[A-Za-z]{1,4}\}?)?")  # f(x)_{\max}
# An integer parameter beside π: what a family of solutions has ("2k\pi", "k\pi", "n π")
_FAMILY_HINT = re.compile(r"(?<![A-Za-z\\])[kmn]\s*(?:\\pi|π)|(?:\\pi|π)\s*[kmn](?![A-Za-z])|"
                          r"\\frac\s*\{\s*[kmn]\s*\\pi")
_BARE_NUMBER = re.compile(r"\s*-?\d[\d,]*(?:\.\d+)?\s*")


def math_equal(pred: str, reference: str, *, question: str = "", budget: Budget | None = None
               ) -> tuple[bool | None, str]:
    """(equal?, rule). None: one side could not be read. Raises BudgetExceeded when over budget."""
    budget = budget if budget is not None else Budget()
    pa, pr = pieces(pred), pieces(reference)
    if pa is not None and pr is not None:
        return _pieces_equal(pa, pr, question, budget), "math.piecewise"
    if (pa or pr) and (by_points := against_formula(pa or pr, reference if pa else pred, budget)) is not None:
        return by_points, "math.piecewise"  # "x|x| - x" for the cases x^2 - x (x >= 0) and -x^2 - x (x < 0)
    if _FAMILY_HINT.search(pred) and _FAMILY_HINT.search(reference) \
            and (same := families_equal(pred, reference, budget)) is not None:
        return same, "math.family"  # "x = 2k\\pi \\pm \\frac{\\pi}{6}" = the two families π/6 + 2kπ 或 11π/6 + 2kπ
    pred = residue(pred, reference)  # one-sided: a congruence reference asks for the class, not one residue
    p, r = last_link(clean(pred)), last_link(clean(reference))  # "... \\Rightarrow x + 5": where the steps arrive
    p, r = renamed_parameter(*function_name_sides(p, r))  # "y(x) = ..." against "y = ..."; n ∈ Z against k ∈ Z
    p, r = given_side(p, question), given_side(r, question)  # "(x+5)(x-2) = x^2+3x-10" for "Expand (x+5)(x-2)"
    p, r = without_lead(p), without_lead(r)  # "the two roots are -2 + 3i and -2 - 3i"
    p, r = without_gloss(p), without_gloss(r)  # "1/4 (about 25.0%)"
    p, r = without_point(p, r, question), without_point(r, p, question)  # "22, attained at x = -4" for 22
    exact_angle = in_degrees_minutes(p) != in_degrees_minutes(r)  # 64°42' against a decimal: equal only exactly
    p, r = written_out(p), written_out(r)  # 52°54', r cis(t), "all x between 3 and 7 inclusive"
    if squash(p) == squash(r) or squash(unframed(p)) == squash(unframed(r)):
        return True, "math.string"
    for name, s in (("prediction", p), ("reference", r)):
        if len(s) > budget.max_chars:
            raise BudgetExceeded(f"{name}: {len(s)} characters is over {budget.max_chars}")
    if question and (by_base := based_equal(p, r, question)) is not None:
        return by_base, "math.base"  # "0xff" for FF when hexadecimal is asked
    if (tr := clock_minutes(r)) is not None and (tp := clock_minutes(p)) is not None:
        if abs(tp - tr) == 720:
            return None, "math.time"  # 3:00 for 15:00: half a day apart, as when "PM" was left in the sentence
        return tp == tr, "math.time"  # 2:00 PM = 14:00
    if tr is not None and (tp := time_in_text(p)) is not None and abs(tp - tr) != 720:
        return tp == tr, "math.time_in_sentence"  # "会议在13:30结束", "ten to seven in the evening": the one time said
    qp, qr = quantity_from_clean(p), quantity_from_clean(r)
    if qp is None or qr is None:  # 答：共有120000000人; 2 hours 30 minutes; 一共用了一百七十四分钟
        qp, qr = qp or stated_quantity(p), qr or stated_quantity(r)
    if qp is not None and qr is not None:
        return quantities_equal(qp, qr, question, exact_angle=exact_angle, approximate=says_approximate(pred),
                                bare=_BARE_NUMBER.fullmatch(p) is not None)
    budget.check("math parse", 1 + (len(p) + len(r)) // 100)
    try:
        return compare(parse_answer(p), parse_answer(r), Context(question, budget, compare, values_equal))
    except RecursionError as e:  # a tree deeper than the guards expect: fail closed, like any over-budget input
        raise BudgetExceeded("expression nested too deeply") from e
    except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as e:
        # Undecided rather than a crash of the whole verdict; the fuzz test keeps this path unused.
        log.warning("math_equal(%r, %r) failed: %s: %s", pred[:80], reference[:80], type(e).__name__, e)
        return None, "math.error"


def _pieces_equal(a: list, b: list, question: str, budget: Budget) -> bool | None:
    """The same (value, condition) pieces in any order. Equal values on conditions that differ only at a boundary
    can be one function (x + 1 for x > 0 and for x >= 0 where the other piece is 1 there too): undecided."""
    if len(a) != len(b):
        return False
    unmatched = list(b)
    for value, condition in a:
        match = next((i for i, (v, c) in enumerate(unmatched) if math_equal(condition, c, budget=budget)[0]
                      and math_equal(value, v, question=question, budget=budget)[0]), None)
        if match is None:
            values_only = all(any(math_equal(v, w, question=question, budget=budget)[0] for w, _ in b) for v, _ in a)
            return None if values_only else False
        unmatched.pop(match)
    return True

def compare(a, b, ctx: Context) -> tuple[bool | None, str]:
    """Compare two parsed answers (structures.py) by kind."""
    ctx.budget.check("math comparison")
    a, b = _read_text(a, ctx), _read_text(b, ctx)
    a, b = labelled_counts(a, b, ctx.question), labelled_counts(b, a, ctx.question)
    if isinstance(a, Text) or isinstance(b, Text):
        if isinstance(a, Text) and isinstance(b, Text) and a.text.casefold() == b.text.casefold():
            return True, "math.string"
        return None, "math.unparsed"
    if isinstance(a, Equation) and isinstance(b, Equation):
        return _equations_equal(a, b, ctx), "math.equation"
    a, b = _in_name_order(a, b), _in_name_order(b, a)
    a, b = _as_vector(a, b, ctx), _as_vector(b, a, ctx)
    a, b = polar_value(a, b), polar_value(b, a)  # "r = 6, θ = π/4" against 6e^{iπ/4}
    if _slipped_chain(a, b, ctx) or _slipped_chain(b, a, ctx):
        return None, "math.chain"  # "3/8 = 0.385" for 3/8: which side the writer meant is a judge's call
    a, b = as_value(a), as_value(b)
    if isinstance(a, Equation) or isinstance(b, Equation):
        return False, "math.equation"
    if isinstance(a, Value) and isinstance(b, Value):
        return _values_by_form(a, b, ctx)
    if isinstance(a, Matrix) or isinstance(b, Matrix):  # a non-matrix against a matrix: a kind the rules cannot read
        return matrices_equal(a, b, ctx), "math.matrix" if as_rows(a) and as_rows(b) else "math.kind"
    if both_intervals(a, b) and asks_pair(ctx.question):  # "[-6, -3]" for the point (-6, -3): a list, or an
        return ordered(a.items, b.items, ctx), "math.bracketed_pair"  # interval? unsure (not an exact rule)
    if isinstance(a, Intervals) or isinstance(b, Intervals) or both_intervals(a, b):
        return intervals_equal(a, b, ctx), "math.interval"
    if isinstance(a, Collection) or isinstance(b, Collection):
        return collections_equal(a, b, ctx)
    if isinstance(a, Relation) and isinstance(b, Relation):
        return _relations_equal(a, b, ctx), "math.relation"
    return False, "math.kind"


def _read_text(answer, ctx: Context):
    """Text the fast parser could not read gets one try with latex2sympy, if the budget allows."""
    if isinstance(answer, Text) and worth_trying(answer.text, ctx.budget.remaining()):
        ctx.budget.check("latex2sympy fallback", FALLBACK_COST)
        node = fallback_parse(answer.text)
        if node is not None:
            return Value(node)
    return answer


# ----------------------------------------------------------------------------------------------
# Equations.

def _is_name(side) -> bool:
    """`x`, `x_1`, `AB`, `f(3)`, `(p, q)`: a left side that names what the right side gives."""
    if isinstance(side, Collection):
        return bool(side.items) and all(_is_name(i) for i in side.items)
    if isinstance(side, Text):  # "\\text{result} = 119", "total cost = 42", "C(21,4) = 5985": a name
        return _NAME_WORDS.fullmatch(side.text) is not None
    if not isinstance(side, Value):
        return False
    node = side.node
    if node[0] in ("sym", "call"):
        return True
    if node[0] == "fn" and node[1] in ("abs", "max", "min") and len(node[2]) == 1:
        return _is_name(Value(node[2][0]))  # |z|, |AB|, \max f(x): the size or extreme of a named thing
    if node[0] == "mul" and len(node[1]) == 2 and _is_inverse(node[1][0]) and node[1][1][0] == "sym":
        return True  # f^{-1}(x)
    return node[0] == "mul" and len(node[1]) <= 3 and all(n[0] == "sym" for n in node[1])


def _is_symbol(side) -> bool:
    return isinstance(side, Value) and side.node[0] == "sym"


def _is_inverse(node: tuple) -> bool:
    return node[0] == "pow" and node[1][0] == "sym" and node[2] == ("num", -1, None)


def _is_constant(side) -> bool:
    if isinstance(side, Value):
        return not free_symbols(side.node)
    if isinstance(side, Collection):
        return all(_is_constant(i) for i in side.items)
    return False


def _slipped_chain(answer, other, ctx: Context) -> bool:
    """A chain of constants with an arithmetic slip (`3/8 = 0.385`), `other` equal to some of its sides only."""
    if not (isinstance(answer, Equation) and isinstance(other, Value)):
        return False
    sides = answer.sides[1:] if _is_name(answer.sides[0]) else answer.sides
    if len(sides) < 2 or not all(isinstance(s, Value) and exact(s.node, ctx.budget) is not None for s in sides):
        return False  # every side a number the rules compute exactly (not "3240° / 20", a unit inside)
    return len({bool(values_equal(s, other, ctx)) for s in sides}) > 1


def as_value(answer):
    """`x = 5` -> 5; `k = 5+5+1 = 11` -> 11; `5+5+1 = 11` -> 11; a list of assignments -> their values."""
    if isinstance(answer, Equation) and (_is_name(answer.sides[0]) or all(map(_is_constant, answer.sides))):
        return answer.sides[-1]
    if isinstance(answer, Equation) and isinstance(answer.sides[-1], Matrix) and _is_matrix_name(answer.sides[0]):
        return answer.sides[-1]  # `A^{-1} = \frac{1}{2}[...] = [...]`, `A^T = [...]`: the matrix named
    if isinstance(answer, Collection) and answer.brackets == "" and any(isinstance(i, Equation) for i in answer.items):
        return Collection(tuple(as_value(i) for i in answer.items), "")
    return answer


def _is_matrix_name(side) -> bool:
    """`A^{-1}`, `A^T`, `M^2`: a power of a capital letter, the name of a matrix when a matrix follows."""
    return isinstance(side, Value) and side.node[0] == "pow" and side.node[1][0] == "sym" \
        and side.node[1][1].isupper() and len(side.node[1][1]) == 1


def _in_name_order(answer, other):
    """`y = 1 and x = -4` against the pair (-4, 1): the assignments in the order of their names (x before y,
    a before b), the order such a tuple follows."""
    if not (isinstance(answer, Collection) and answer.brackets == "" and isinstance(other, Collection)
            and other.brackets == "()" and len(answer.items) == len(other.items)):
        return answer
    if not all(isinstance(i, Equation) and len(i.sides) == 2 and _is_symbol(i.sides[0]) for i in answer.items):
        return answer
    names = [i.sides[0].node[1] for i in answer.items]
    if len(set(names)) != len(names):
        return answer
    return Collection(tuple(sorted(answer.items, key=lambda i: i.sides[0].node[1])), "")


def _as_vector(answer, other, ctx: Context):
    """`3\\mathbf{i} + \\mathbf{k}` against a tuple or a column of 2 or 3 entries: the tuple of its components."""
    column = isinstance(other, Matrix) and len(other.rows) > 1 and all(len(r) == 1 for r in other.rows)
    if not (isinstance(answer, Value) and (column or isinstance(other, Collection) and other.brackets in ("()", "[]"))):
        return answer
    components = unit_vector(answer.node, len(other.rows if column else other.items), ctx.budget)
    if components is None:
        return answer
    return Collection(tuple(Value(num(c)) for c in components), "()" if column else other.brackets)


def _name_key(side) -> str | None:
    """A name as written without subscript marks: `a_{n}` and `an` (a product of one-letter names) agree."""
    node = side.node if isinstance(side, Value) else None
    if node and node[0] == "sym":
        return re.sub(r"[_{}\s]", "", node[1])
    if node and node[0] == "mul" and all(n[0] == "sym" for n in node[1]):
        return "".join(re.sub(r"[_{}\s]", "", n[1]) for n in node[1])
    return None


def _equations_equal(a: Equation, b: Equation, ctx: Context) -> bool | None:
    """Two assignments compare by value when they name the same thing; `y = 2` for `x = 2` names a different
    unknown (only a bare value, `2`, may stand for any name: see `as_value`)."""
    if _is_name(a.sides[0]) and _is_name(b.sides[0]):
        same_name = a.sides[0] == b.sides[0] or _name_key(a.sides[0]) == _name_key(b.sides[0]) is not None
        if not same_name and _is_symbol(a.sides[0]) and _is_symbol(b.sides[0]):
            return False
        if same_name or (_is_constant(a.sides[-1]) and _is_constant(b.sides[-1])):
            return compare(a.sides[-1], b.sides[-1], ctx)[0]
    ends = (a.sides[0], a.sides[-1], b.sides[0], b.sides[-1])
    if not all(isinstance(s, Value) for s in ends):
        if len(a.sides) != len(b.sides):
            return False
        return all(compare(x, y, ctx)[0] for x, y in zip(a.sides, b.sides, strict=True))
    # Equivalent equations: lhs - rhs equal up to a nonzero constant factor (so 3x-y+13=0 != 3x+4y+14=0).
    fa = add(a.sides[0].node, neg(a.sides[-1].node))
    fb = add(b.sides[0].node, neg(b.sides[-1].node))
    return proportional(fa, fb, ctx.budget)


def _relations_equal(a: Relation, b: Relation, ctx: Context) -> bool | None:
    """Single inequalities: `a < b` as b - a > 0, compared up to a positive factor and strictness."""
    if len(a.sides) != 2 or len(b.sides) != 2 or "!=" in a.ops + b.ops:
        return a == b
    (fa, sa), (fb, sb) = _positive_form(a), _positive_form(b)
    return sa == sb and proportional(fa, fb, ctx.budget, positive=True)


def _positive_form(r: Relation) -> tuple[tuple, bool]:
    small, big = (r.sides[0], r.sides[1]) if r.ops[0] in ("<", "<=") else (r.sides[1], r.sides[0])
    return add(big, neg(small)), r.ops[0] in ("<", ">")


# ----------------------------------------------------------------------------------------------
# Values.

def _values_by_form(pred: Value, ref: Value, ctx: Context) -> tuple[bool | None, str]:
    """Values, then what the question asks of their form: the unit asked, an exact form, a complete
    factorization. Expressions in different unknowns that differ say little of the answer (rule math.symbols)."""
    q = ctx.question
    if asks_exact(q) and pred.quantity is not None and pred.quantity.places and ref.quantity is None \
            and not free_symbols(ref.node) and exact(ref.node, ctx.budget) is None:
        return False, "math.exact"  # 78.54 for 25\pi when "in terms of pi" was asked
    equal = values_equal(pred, ref, ctx)
    if equal and rounded_against_exact(pred, ref, ctx.budget):
        return equal, "math.rounded"  # "1.414" for \sqrt{2}: equal within a rounding only (unsure)
    if pred.quantity and ref.quantity:  # another unit than the one asked: graders differ, so the rule is unsure
        unsure = wrong_unit(pred.quantity, ref.quantity, asked_unit(q)) or other_quantity(pred.quantity, ref.quantity)
        return equal, "math.unit" if unsure else "math.number"
    if equal and asks_factoring(q) and factor_count(pred.node) < factor_count(ref.node):
        return False, "math.factored"  # x(x^2-4) for x(x-2)(x+2) when the question asks to factor
    if equal is False and free_symbols(pred.node) != free_symbols(ref.node):
        return False, "math.symbols"
    if equal is None and free_symbols(pred.node) and same_value(pred.node, ref.node, ctx.budget, positive=True):
        return True, "math.where_positive"  # \frac{2\pi\sqrt{L}}{\sqrt{g}} for 2\pi\sqrt{L/g}: equal for the positive
        # quantities a formula's letters usually are, but not for every value (unsure)
    return equal, "math.expression"


def values_equal(a: Value, b: Value, ctx: Context) -> bool | None:
    """Numbers by numbers.py rules; expressions by exact or numeric evaluation; rounded decimals by
    their written precision; `90°` vs `\\pi/2` as the same angle unless the question asks for degrees."""
    if a.quantity is not None and b.quantity is not None:
        return numbers_equal(a.quantity, b.quantity, asked_unit(ctx.question), rounding=asks_rounding(ctx.question))
    na, nb = _angle(a, b, ctx), _angle(b, a, ctx)
    if contains(na, "base") or contains(nb, "base"):  # 204_5: only the same numeral in the same base
        return na == nb
    for rounded, other in ((a, nb), (b, na)):
        q = rounded.quantity
        if q is not None and is_rounded(q) and not free_symbols(other):
            return _rounded_equal(q, other, ctx)
    return same_value(na, nb, ctx.budget, positive=asks_positive(ctx.question))


def _angle(v: Value, other: Value, ctx: Context) -> tuple:
    if v.quantity is not None and v.quantity.unit == "deg" and contains(other.node, "const", "pi") \
            and not _DEGREE_WORDS.search(ctx.question):
        return ("deg", v.node)
    return v.node


def _rounded_equal(q: Quantity, other: tuple, ctx: Context) -> bool | None:
    value = exact(other, ctx.budget)
    if value is None:
        try:
            value = to_fraction(numeric(other, {}))
        except NotEvaluable:
            return None
    return None if value is None else numbers_equal(q, Quantity(value, None, None), asked_unit(ctx.question))
