"""Math templates (``math_like``): series, dice probability, combinations, circles, radicals, modular powers. Each
returns an ``item`` (see ``math_word``)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from .math_word import item
from .number_forms import commas, frac_plain, frac_tex


def m_series(rng: random.Random) -> dict:
    while True:
        a, d, n = rng.randint(1, 9), rng.randint(2, 7), rng.randint(15, 40)
        last = a + (n - 1) * d
        s = n * (a + last) // 2
        sb = (n - 1) * (a + last) // 2
        if n * (a + last) % 2 == 0 and (n - 1) * (a + last) % 2 == 0:
            break
    ok = [f"The common difference is {d}, so the number of terms is $\\frac{{{last} - {a}}}{{{d}}} + 1 = {n}$.",
          f"The sum is $\\frac{{n(a_1 + a_n)}}{{2}} = \\frac{{{n}({a} + {last})}}{{2}} = {s}$."]
    wrong = [f"The number of terms is $\\frac{{{last} - {a}}}{{{d}}} = {n - 1}$.",
             f"So the sum is $\\frac{{{n - 1}({a} + {last})}}{{2}} = {sb}$."]
    alts = [("thousands_sep", "Correct", f"The answer is {commas(s)}."),
            ("equation_vs_value", "Correct", f"So $S_{{{n}}} = {s}$.")]
    return item(q=f"What is the sum of the arithmetic sequence ${a}, {a + d}, {a + 2 * d}, \\ldots, {last}$?",
                ref=str(s), ok=ok, ok_ans=str(s), bad=wrong, bad_ans=str(sb), ival=s,
                why="the number of terms is one more than the number of gaps", lang="en", ds="math_like", alts=alts)


def m_dice(rng: random.Random) -> dict:
    k = rng.choice([3, 4, 5, 6, 8, 9, 10, 11])
    pairs = [(i, k - i) for i in range(1, 7) if 1 <= k - i <= 6]
    unordered = [p for p in pairs if p[0] <= p[1]]
    p, pb = Fraction(len(pairs), 36), Fraction(len(unordered), 36)
    ok = ["There are $6 \\times 6 = 36$ equally likely ordered outcomes.",
          "The outcomes with sum " + str(k) + " are " + ", ".join(f"$({i},{j})$" for i, j in pairs)
          + f", which is {len(pairs)} outcomes.",
          f"So the probability is $\\frac{{{len(pairs)}}}{{36}} = {frac_tex(p)}$."]
    wrong = ["The ways to get " + str(k) + " are " + ", ".join(f"${i}+{j}$" for i, j in unordered)
             + f", i.e. {len(unordered)} ways out of 36.",
             f"So the probability is ${frac_tex(pb)}$."]
    alts = [("fraction_decimal", "Correct", f"The probability is ${frac_tex(p, 'dfrac')}$."),
            ("fraction_decimal", "Correct", f"Final answer: {frac_plain(p)}"),
            ("fraction_decimal", "Incorrect", f"The probability is ${frac_tex(Fraction(len(pairs), 12))}$.")]
    if p.denominator != 36:
        alts.append(("fraction_decimal", "Correct", f"The answer is $\\frac{{{len(pairs)}}}{{36}}$, "
                     f"i.e. ${frac_tex(p)}$ in lowest terms."))
    return item(q=f"Two fair six-sided dice are rolled. What is the probability that the sum of the numbers rolled "
                  f"is {k}? Express your answer as a common fraction.",
                ref=frac_tex(p), ok=ok, ok_ans=frac_tex(p), bad=wrong, bad_ans=frac_tex(pb),
                why="ordered outcomes such as (1,2) and (2,1) are different", lang="en", ds="math_like", alts=alts)


def m_binom(rng: random.Random) -> dict:
    n, k = rng.randint(7, 16), rng.randint(2, 5)
    c, p = math.comb(n, k), math.perm(n, k)
    ok = ["The order of the members does not matter, so we count combinations.",
          f"$\\binom{{{n}}}{{{k}}} = \\frac{{{n}!}}{{{k}!\\,{n - k}!}} = {c}$."]
    wrong = [f"We choose {k} people one after another: $" + " \\times ".join(str(n - i) for i in range(k))
             + f" = {p}$.",
             f"So there are {p} ways."]
    alts = [("equation_vs_value", "Correct", f"So the answer is $\\binom{{{n}}}{{{k}}} = {c}$."),
            ("equation_vs_value", "Incorrect", f"So the answer is $\\binom{{{n}}}{{{k}}}$ multiplied by ${k}!$, "
             f"which is ${p}$."),
            ("thousands_sep", "Correct", f"There are {commas(c)} ways.")]
    return item(q=f"In how many ways can a committee of {k} people be chosen from a group of {n} people?",
                ref=str(c), ok=ok, ok_ans=str(c), bad=wrong, bad_ans=str(p), ival=c,
                why="a committee is unordered, so I must divide by $k!$", lang="en", ds="math_like", alts=alts)


def m_circle(rng: random.Random) -> dict:
    r = rng.randint(3, 15)
    ok = [f"The circumference is $2\\pi r = {2 * r}\\pi$, so $r = {r}$.",
          f"The area is $\\pi r^2 = \\pi \\cdot {r}^2 = {r * r}\\pi$."]
    wrong = [f"The circumference is ${2 * r}\\pi$, and $C = \\pi r$, so $r = {2 * r}$.",
             f"Area $= \\pi \\cdot {2 * r}^2 = {4 * r * r}\\pi$."]
    alts = [("pi_forms", "Correct", f"The area is ${r * r}π$."),
            ("pi_forms", "Correct", f"So the area equals $\\pi \\times {r * r}$."),
            ("pi_forms", "Incorrect", f"The area is ${r * r}$."),
            ("pi_forms", "Incorrect", f"The area is ${2 * r}\\pi$.")]
    return item(q=f"A circle has circumference ${2 * r}\\pi$. What is its area? "
                  "Express your answer in terms of $\\pi$.",
                ref=f"{r * r}\\pi", ok=ok, ok_ans=f"{r * r}\\pi",
                bad=wrong, bad_ans=f"{4 * r * r}\\pi", why="the circumference is $2\\pi r$, not $\\pi r$",
                lang="en", ds="math_like", alts=alts)


def sqrt_simplify(n: int) -> tuple[int, int]:
    k = 1
    for f in range(int(math.isqrt(n)), 1, -1):
        if n % (f * f) == 0:
            k = f
            break
    return k, n // (k * k)


def rad(k: int, m: int) -> str:
    if m == 1:
        return str(k)
    return f"{'' if k == 1 else k}\\sqrt{{{m}}}"


def m_hyp(rng: random.Random) -> dict:
    while True:
        a, b = rng.randint(2, 12), rng.randint(3, 15)
        s = a * a + b * b
        k, m = sqrt_simplify(s)
        kb, mb = sqrt_simplify(abs(b * b - a * a)) if a != b else (0, 0)
        if a < b and m > 1 and k > 1 and mb > 1:
            break
    ok = [f"By the Pythagorean theorem, $c^2 = {a}^2 + {b}^2 = {a * a} + {b * b} = {s}$.",
          f"So $c = \\sqrt{{{s}}} = {rad(k, m)}$."]
    wrong = [f"By Pythagoras, $c^2 = {b}^2 - {a}^2 = {b * b - a * a}$.", f"So $c = {rad(kb, mb)}$."]
    alts = [("radical_forms", "Correct", f"The hypotenuse is $\\sqrt{{{s}}}$."),
            ("radical_forms", "Correct", f"The hypotenuse has length $c = {k}\\,\\sqrt{{{m}}}$."),
            ("radical_forms", "Incorrect", f"The hypotenuse is ${k}\\sqrt{{{m + 1}}}$."),
            ("radical_forms", "Correct", f"So $c = \\sqrt{{{a}^2+{b}^2}} = {rad(k, m)}$ units.")]
    return item(q=f"A right triangle has legs of length {a} and {b}. What is the length of the hypotenuse?",
                ref=rad(k, m), ok=ok, ok_ans=rad(k, m), bad=wrong, bad_ans=rad(kb, mb),
                why="for the hypotenuse the squares of the legs are added, not subtracted", lang="en", ds="math_like",
                alts=alts)


def m_mod(rng: random.Random) -> dict:
    while True:
        base, m, n = rng.randint(2, 9), rng.choice([5, 7, 9, 11, 13]), rng.randint(40, 200)
        if base % m == 0:
            continue
        cyc = []
        v = 1
        for _ in range(m + 1):
            v = v * base % m
            if v in cyc:
                break
            cyc.append(v)
        length = len(cyc)
        if cyc[-1] * base % m != cyc[0] or length < 3:
            continue
        ans = pow(base, n, m)
        assert ans == cyc[(n - 1) % length]
        badv = cyc[(n % length) % length]
        if badv != ans:
            break
    ok = [f"Powers of {base} modulo {m}: " + ", ".join(f"${base}^{{{i + 1}}} \\equiv {c}$" for i, c in enumerate(cyc))
          + f"; the cycle has length {length}.",
          f"${n} = {length} \\cdot {n // length} + {n % length}$, so ${base}^{{{n}}} \\equiv "
          f"{base}^{{{n % length if n % length else length}}} \\equiv {ans} \\pmod{{{m}}}$."]
    wrong = [f"The residues of powers of {base} modulo {m} repeat with period {length}: " + ", ".join(map(str, cyc))
             + ".", f"Since ${n} \\bmod {length} = {n % length}$, we take entry number {n % length + 1} of the list, "
             f"which is {badv}."]
    return item(q=f"What is the remainder when ${base}^{{{n}}}$ is divided by ${m}$?", ref=str(ans), ok=ok,
                ok_ans=str(ans), bad=wrong, bad_ans=str(badv), ival=ans if ans > 1 else None,
                why="I indexed the cycle off by one", lang="en", ds="math_like",
                alts=[("equation_vs_value", "Correct", f"So ${base}^{{{n}}} \\equiv {ans} \\pmod{{{m}}}$.")])
