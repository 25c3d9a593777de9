"""Math templates, algebra (``math_like``): linear equations, quadratic roots, linear and quadratic inequalities, 2x2
matrix products, lines through two points, linear systems. Each returns an ``item`` (see ``math_word``)."""

from __future__ import annotations

import random
from fractions import Fraction

from .math_word import item
from .number_forms import dec, frac_plain, frac_tex, lin, term, terminating


def m_lineq(rng: random.Random) -> dict:
    while True:
        a, c = rng.randint(2, 9), rng.randint(-6, 8)
        b, d = rng.randint(-15, 15), rng.randint(-15, 15)
        if a != c and b and d != b and c and (d + b) != (d - b):
            x, xb = Fraction(d - b, a - c), Fraction(d + b, a - c)
            if x != xb:
                break
    eq = f"{lin(a, b)} = {lin(c, d)}"
    ok = [f"Collect the $x$ terms on the left: ${a}x{term(-c)} = {d}{term(-b, '')}$.",
          f"Simplify: ${a - c}x = {d - b}$.",
          f"Divide both sides by ${a - c}$: $x = {frac_tex(x)}$."]
    wrong = [f"Move everything over: ${a}x{term(-c)} = {d}{term(b, '')}$.",
             f"So ${a - c}x = {d + b}$ and $x = {frac_tex(xb)}$."]
    ref = rng.choice([frac_tex(x), frac_plain(x), f"x={frac_tex(x)}"])
    alts = [("equation_vs_value", "Correct", f"Therefore $x = {frac_tex(x)}$."),
            ("equation_vs_value", "Correct", f"The answer is $x={frac_plain(x)}$."),
            ("equation_vs_value", "Incorrect", f"Therefore $x = {frac_tex(-x)}$.")]
    if x.denominator != 1 and terminating(x):
        alts.append(("fraction_decimal", "Correct", f"The answer is {dec(x)}."))
    if x.denominator != 1:
        alts.append(("fraction_decimal", "Correct", f"The answer is $\\dfrac{{{x.numerator}}}{{{x.denominator}}}$."
                     if x > 0 else f"The answer is ${frac_plain(x)}$."))
        alts.append(("fraction_decimal", "Incorrect", f"The answer is ${frac_tex(1 / x)}$."))
    return item(q=f"Solve for $x$: ${eq}$.", ref=ref, ok=ok, ok_ans=frac_tex(x), bad=wrong, bad_ans=frac_tex(xb),
                why="a constant changes sign when it moves to the other side", lang="en", ds="math_like", alts=alts)


def m_quadroots(rng: random.Random) -> dict:
    while True:
        r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
        if r1 < r2 and r1 and r2 and r1 != -r2:
            break
    b, c = -(r1 + r2), r1 * r2
    poly = f"x^2{term(b)}{term(c, '')}" if b else f"x^2{term(c, '')}"
    f1, f2 = f"(x{term(-r1, '')})", f"(x{term(-r2, '')})"
    g1, g2 = f"(x{term(r1, '')})", f"(x{term(r2, '')})"
    ok = [f"We need two numbers whose product is ${c}$ and whose sum is ${b}$: they are ${-r1}$ and ${-r2}$.",
          f"So ${poly} = {f1}{f2}$.",
          f"Setting each factor to zero gives $x = {r1}$ or $x = {r2}$."]
    wrong = [f"The numbers ${-r1}$ and ${-r2}$ multiply to ${c}$ and add to ${b}$.",
             f"So the factorization is ${g1}{g2}$, giving $x = {-r1}$ or $x = {-r2}$."]
    ref = rng.choice([f"{r1}, {r2}", f"{r2}, {r1}", f"\\{{{r1}, {r2}\\}}", f"x={r1} \\text{{ or }} x={r2}"])
    alts = [("multiple_answers", "Correct", f"The solutions are $x = {r2}$ and $x = {r1}$."),
            ("multiple_answers", "Correct", f"So the answer is $x_1 = {r1}, x_2 = {r2}$."),
            ("multiple_answers", "Incorrect", f"Taking the positive-looking root, the answer is $x = {r2}$."
             if r2 > 0 else f"The answer is $x = {r2}$."),
            ("set_vs_tuple", "Correct", f"The solution set is $\\{{{r2}, {r1}\\}}$.")]
    return item(q=f"Find all real solutions of ${poly} = 0$. Enter all the solutions, separated by commas.",
                ref=ref, ok=ok, ok_ans=f"{r1}, {r2}", bad=wrong, bad_ans=f"{-r1}, {-r2}",
                why="the roots are the numbers that make each factor zero, so their signs are opposite to the "
                    "constants in the factors", lang="en", ds="math_like", alts=alts)


def m_lin_ineq(rng: random.Random) -> dict:
    while True:
        a, b = -rng.randint(2, 7), rng.randint(-12, 12)
        c = rng.randint(-20, 20)
        if b != c and (c - b) % a == 0:
            break
    k = (c - b) // a
    op = rng.choice(["\\le", "<"])
    closed = op == "\\le"
    ref = f"[{k},\\infty)" if closed else f"({k},\\infty)"
    ge = "\\ge" if closed else ">"
    bad_int = f"(-\\infty,{k}]" if closed else f"(-\\infty,{k})"
    ok = [f"Subtract ${b}$ from both sides: ${a}x {op} {c - b}$.",
          f"Divide by ${a}$; since it is negative, the inequality flips: $x {ge} {k}$.",
          f"In interval notation: ${ref}$."]
    wrong = [f"Subtract ${b}$ from both sides: ${a}x {op} {c - b}$.",
             f"Divide by ${a}$: $x {op} {k}$, i.e. ${bad_int}$."]
    other = f"({k},\\infty)" if closed else f"[{k},\\infty)"
    plus_inf = ref.replace("\\infty", "+\\infty")
    alts = [("interval_open_closed", "Correct", f"The solution is $x {ge} {k}$."),
            ("interval_open_closed", "Incorrect", f"The answer is ${other}$."),
            ("interval_open_closed", "Correct", f"So $x \\in {plus_inf}$.")]
    return item(q=f"Solve the inequality ${lin(a, b)} {op} {c}$. Express your answer in interval notation.",
                ref=ref, ok=ok, ok_ans=ref, bad=wrong, bad_ans=bad_int,
                why="dividing by a negative number reverses the inequality", lang="en", ds="math_like", alts=alts)


def m_quad_ineq(rng: random.Random) -> dict:
    while True:
        p, q = rng.randint(-8, 6), rng.randint(-6, 9)
        if p < q and p + q and p and q:
            break
    b, c = -(p + q), p * q
    op = rng.choice(["<", "\\le", ">", "\\ge"])
    poly = f"x^2{term(b)}{term(c, '')}" if c else f"x^2{term(b)}"
    inside = op in ("<", "\\le")
    cl = op in ("\\le", "\\ge")
    if inside:
        ref = f"[{p},{q}]" if cl else f"({p},{q})"
        flip = f"({p},{q})" if cl else f"[{p},{q}]"
        ineq = f"{p} \\le x \\le {q}" if cl else f"{p} < x < {q}"
        bad = f"(-\\infty,{p}]\\cup[{q},\\infty)" if cl else f"(-\\infty,{p})\\cup({q},\\infty)"
    else:
        ref = f"(-\\infty,{p}]\\cup[{q},\\infty)" if cl else f"(-\\infty,{p})\\cup({q},\\infty)"
        flip = f"(-\\infty,{p})\\cup({q},\\infty)" if cl else f"(-\\infty,{p}]\\cup[{q},\\infty)"
        ineq = f"x \\le {p} \\text{{ or }} x \\ge {q}" if cl else f"x < {p} \\text{{ or }} x > {q}"
        bad = f"[{p},{q}]" if cl else f"({p},{q})"
    where = "between" if inside else "outside"
    ok = [f"Factor: ${poly} = (x{term(-p, '')})(x{term(-q, '')})$, with roots ${p}$ and ${q}$.",
          f"The parabola opens upward, so the expression is {'negative' if inside else 'positive'} {where} the roots.",
          f"Including the endpoints: {'yes' if cl else 'no'}. So the solution is ${ref}$."]
    wrong = [f"The roots are ${p}$ and ${q}$.",
             f"The expression has the sign of the inequality {'outside' if inside else 'between'} the roots, "
             f"so the solution is ${bad}$."]
    alts = [("interval_open_closed", "Correct", f"So the solution is ${ineq}$."),
            ("interval_open_closed", "Incorrect", f"The answer is ${flip}$.")]
    return item(q=f"Solve ${poly} {op} 0$. Give your answer in interval notation.",
                ref=ref, ok=ok, ok_ans=ref, bad=wrong, bad_ans=bad,
                why="an upward parabola is negative between its roots and positive outside them",
                lang="en", ds="math_like", alts=alts)


def mat_tex(m, env: str = "pmatrix") -> str:
    rows = " \\\\ ".join(" & ".join(str(v) for v in r) for r in m)
    return f"\\begin{{{env}}} {rows} \\end{{{env}}}"


def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]


def m_matrix(rng: random.Random) -> dict:
    while True:
        a = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
        b = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
        ab, ba = matmul(a, b), matmul(b, a)
        if ab != ba:
            break
    ok = [f"Entry (1,1): ${a[0][0]}\\cdot{b[0][0]} + {a[0][1]}\\cdot{b[1][0]} = {ab[0][0]}$.",
          f"Entry (1,2): ${a[0][0]}\\cdot{b[0][1]} + {a[0][1]}\\cdot{b[1][1]} = {ab[0][1]}$.",
          f"Entry (2,1): ${a[1][0]}\\cdot{b[0][0]} + {a[1][1]}\\cdot{b[1][0]} = {ab[1][0]}$.",
          f"Entry (2,2): ${a[1][0]}\\cdot{b[0][1]} + {a[1][1]}\\cdot{b[1][1]} = {ab[1][1]}$."]
    wrong = [f"Multiplying rows of the second matrix by columns of the first: "
             f"$({b[0][0]})({a[0][0]}) + ({b[0][1]})({a[1][0]}) = {ba[0][0]}$, and similarly for the rest.",
             f"The product is ${mat_tex(ba)}$."]
    flat = "[[" + "], [".join(", ".join(str(v) for v in r) for r in ab) + "]]"
    arr = ("\\left[\\begin{array}{cc} " + " \\\\ ".join(" & ".join(str(v) for v in r) for r in ab)
           + " \\end{array}\\right]")
    tweak = [row[:] for row in ab]
    tweak[1][0] += rng.choice([-2, -1, 1, 2])
    alts = [("matrix", "Correct", f"$$\\boxed{{{mat_tex(ab, 'bmatrix')}}}$$"),
            ("matrix", "Correct", f"The answer is {flat}."),
            ("matrix", "Correct", f"So the product is ${arr}$."),
            ("matrix", "Incorrect", f"Therefore the product is ${mat_tex(tweak)}$.")]
    return item(q=f"Compute ${mat_tex(a)} {mat_tex(b)}$.", ref=mat_tex(ab), ok=ok, ok_ans=mat_tex(ab),
                bad=wrong, bad_ans=mat_tex(ba), why="matrix multiplication is not commutative; I multiplied in the "
                "wrong order", lang="en", ds="math_like", alts=alts)


def m_line(rng: random.Random) -> dict:
    while True:
        m, c = rng.choice([-3, -2, -1, 2, 3, 4]), rng.randint(-7, 7)
        x1, x2 = rng.randint(-4, 1), rng.randint(2, 5)
        if c:
            break
    y1, y2 = m * x1 + c, m * x2 + c
    eq = f"y = {lin(m, c)}"
    bad_eq = f"y = {lin(m, -c)}"
    ok = [f"The slope is $m = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{x2 - x1}}} = {m}$.",
          f"Using the point $({x1}, {y1})$: $b = y - mx = {y1} - ({m})({x1}) = {c}$.",
          f"So the line is ${eq}$."]
    wrong = [f"The slope is $\\frac{{{y2 - y1}}}{{{x2 - x1}}} = {m}$.",
             f"Then $b = ({m})({x1}) - ({y1}) = {-c}$, so the line is ${bad_eq}$."]
    std = f"{lin(m, 0)} - y{term(c, '')} = 0"
    k = rng.choice([2, 3, -1])
    scaled = f"{lin(k * m, 0)}{term(-k, 'y')}{term(k * c, '')} = 0"
    alts = [("equivalent_equation", "Correct", f"In standard form the line is ${std}$."),
            ("equivalent_equation", "Correct", f"The equation of the line is ${scaled}$."),
            ("equivalent_equation", "Incorrect", f"The answer is ${lin(m, 0)} + y{term(c, '')} = 0$."),
            ("equation_vs_value", "Incorrect", f"The answer is ${m}$.")]
    return item(q=f"Find the equation of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$. "
                  "Write it in the form $y = mx + b$.",
                ref=eq, ok=ok, ok_ans=eq, bad=wrong, bad_ans=bad_eq,
                why="the intercept is $b = y_1 - m x_1$, I had the sign wrong", lang="en", ds="math_like", alts=alts)


def m_system(rng: random.Random) -> dict:
    while True:
        x, y = rng.randint(-6, 8), rng.randint(-6, 8)
        a1, b1, a2, b2 = (rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), -rng.randint(1, 5))
        if x != y and a1 * b2 - a2 * b1 and b1 != 0:
            c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
            xb = Fraction(c1 + b1 * y, a1)
            if xb != x:
                break
    e1, e2 = f"{lin(a1, 0)}{term(b1, 'y')} = {c1}", f"{lin(a2, 0)}{term(b2, 'y')} = {c2}"
    det = a1 * b2 - a2 * b1
    ok = [f"Multiply the first equation by ${a2}$ and the second by ${a1}$, then subtract: "
          f"$({a2 * b1} - ({a1 * b2}))y = {a2 * c1} - ({a1 * c2})$, so ${-det}y = {a2 * c1 - a1 * c2}$ and $y = {y}$.",
          f"Substitute into the first equation: ${a1}x{term(b1 * y, '')} = {c1}$, so $x = {x}$.",
          f"The solution is $(x, y) = ({x}, {y})$."]
    wrong = [f"Eliminating $x$ gives $y = {y}$.",
             f"Then ${a1}x = {c1} + {b1 * y}$, so $x = {frac_tex(xb)}$.",
             f"The solution is $({frac_tex(xb)}, {y})$."]
    alts = [("set_vs_tuple", "Correct", f"So $x = {x}$ and $y = {y}$."),
            ("set_vs_tuple", "Incorrect", f"The answer is $({y}, {x})$."),
            ("set_vs_tuple", "Correct", f"The answer is $(x,y)=({x},{y})$.")]
    return item(q=f"Solve the system of equations ${e1}$ and ${e2}$. Give your answer as an ordered pair $(x, y)$.",
                ref=f"({x}, {y})", ok=ok, ok_ans=f"({x}, {y})", bad=wrong, bad_ans=f"({frac_tex(xb)}, {y})",
                why="when I moved the $y$ term across I kept its sign", lang="en", ds="math_like", alts=alts)
