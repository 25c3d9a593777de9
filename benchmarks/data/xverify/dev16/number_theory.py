"""dev16's number-theory and chance families: dice, divisors, modular powers, scientific notation. Part of gen_math.py (see README.md)."""
from fractions import Fraction
import math
import inspect
from context import _x


def fam_dice(r):
    s = r.choice([4, 5, 6, 8, 9, 10])
    ways = [(a, s - a) for a in range(1, 7) if 1 <= s - a <= 6]
    n = len(ways)
    fr = Fraction(n, 36)
    q = f"Two fair six-sided dice are rolled. What is the probability that the sum of the numbers shown is {s}? Express your answer as a common fraction."
    pairs = ", ".join(f"({a},{b})" for a, b in ways)
    st = (f"Total outcomes 6 × 6 = 36, all equally likely since the dice are distinguishable (think red die and blue die). "
          f"Now list ordered pairs summing to {s}: {pairs}. Let me count... that's {n} pairs. "
          f"Careful — (1,{s-1}) and ({s-1},1) are different outcomes, so I shouldn't merge them. ")
    sc = (f"There are $6^2 = 36$ equally likely ordered outcomes.\n\nThe favourable outcomes (first die, second die) with sum {s} are\n\n"
          f"$$ {pairs} $$\n\nwhich is {n} outcomes. ")
    fin = f"Hence $P = \\frac{{{n}}}{{36}} = \\frac{{{fr.numerator}}}{{{fr.denominator}}}$."
    ver = f"As a decimal that's about {float(fr):.4f}. Cross-check with the triangular pattern 1,2,3,4,5,6,5,4,3,2,1 for sums 2..12: the entry for {s} is {n}. ✓"
    right = [f"\\frac{{{fr.numerator}}}{{{fr.denominator}}}", f"{fr.numerator}/{fr.denominator}", f"\\dfrac{{{n}}}{{36}}"]
    if n != fr.numerator:
        right.append(f"{n}/36")
    wr = Fraction(n, 21) if n < 6 else Fraction(n - 1, 36)
    wrongs = [(f"{wr.numerator}/{wr.denominator}", f"Counting unordered pairs only, there are 21 distinct outcomes, so P = {n}/21." if n < 6 else f"But (3,3)-type doubles shouldn't count twice... so {n-1}/36.", "unordered_outcome_count"),
              (f"\\frac{{{n}}}{{6}}", f"so the probability is {n}/6.", "wrong_denominator")]
    if n == 6:
        wrongs[1] = ("\\frac{1}{36}", "so the probability is 1/36.", "wrong_denominator")
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"\\frac{{{fr.numerator}}}{{{fr.denominator}}}", f"{fr.numerator}/{fr.denominator}"]),
                wrongs=wrongs, dataset="math_like", lang="en"))


def fam_divisors(r):
    ps = r.choice([(2, 3, 5), (2, 3, 7), (2, 5, 7), (3, 5, 11), (2, 3, 11)])
    es = [r.randint(1, 4), r.randint(1, 3), r.randint(1, 2)]
    N = 1
    for p, e in zip(ps, es):
        N *= p ** e
    d = 1
    for e in es:
        d *= e + 1
    q = f"How many positive divisors does ${N}$ have?"
    fac = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else f"{p}" for p, e in zip(ps, es))
    st = (f"Factor {N}. " + " ".join(f"Divide by {p} repeatedly: exponent {e}." for p, e in zip(ps, es)) +
          f" So {N} = {fac.replace(chr(92) + 'cdot', '·').replace('{', '').replace('}', '')}. Number of divisors = product of (exponent+1). ")
    sc = f"Prime factorization:\n\n$$ {N} = {fac} $$\n\nBy the divisor-counting formula $\\tau(n) = \\prod (e_i + 1)$:\n\n"
    prod = " \\times ".join(str(e + 1) for e in es)
    fin = f"$$\\tau({N}) = {prod} = {d}.$$"
    ver = f"Quick check of the factorization: {' × '.join(str(p**e) for p, e in zip(ps, es))} = {N}. ✓"
    right = [f"{d}", f"\\boxed{{{d}}}", f"{d} divisors", f"{d:03d}"]
    wrongs = [(f"{d - 2}", f"excluding 1 and {N} itself there are {d - 2}.", "excluded_trivial_divisors"),
              (f"{sum(es) + 1}", f"so the count is {' + '.join(map(str, es))} + 1 = {sum(es) + 1}.", "added_exponents")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=f"{d}", wrongs=wrongs, dataset="aime_like", lang="en"))


def fam_powmod(r):
    base, m = r.choice([(2, 7), (3, 10), (7, 100), (2, 9), (3, 7)])
    n = r.randint(50, 400)
    seq, x = [], 1
    for _ in range(60):
        x = x * base % m
        seq.append(x)
    # period
    per = next(k for k in range(1, 60) if pow(base, k, m) == 1)
    res = pow(base, n, m)
    q = f"What is the remainder when ${base}^{{{n}}}$ is divided by ${m}$?"
    cyc = ", ".join(str(pow(base, k, m)) for k in range(1, per + 1))
    st = (f"Let me compute powers of {base} mod {m}: {cyc}, and then it returns to 1, so the cycle length is {per}. "
          f"{n} mod {per} = {n % per}. ")
    sc = f"The powers of {base} modulo {m} cycle with period {per}:\n\n$$ {base}^1, \\dots, {base}^{{{per}}} \\equiv {cyc} \\pmod{{{m}}}.$$\n\nSince ${n} = {per}\\cdot{n // per} + {n % per}$, "
    fin = f"${base}^{{{n}}} \\equiv {base}^{{{n % per}}} \\equiv {res} \\pmod{{{m}}}$, so the remainder is {res}."
    ver = f"Double-check with fast exponentiation: pow({base}, {n}, {m}) = {res}."
    right = [f"{res}", f"\\boxed{{{res}}}", f"remainder {res}"]
    w1 = pow(base, (n % per) + 1, m)
    w2 = (res - 1) % m
    wrongs = [(f"{w1}", f"so the exponent position is {n % per + 1} in the cycle, giving {w1}.", "off_by_one_cycle_index")]
    if w2 != w1:
        wrongs.append((f"{w2}", f"so the remainder is {w2}.", "arithmetic_slip"))
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=f"{res}", wrongs=[w for w in wrongs if w[0] != str(res)], dataset="aime_like", lang="en"))


def fam_sci(r):
    mol = r.choice([2.5, 3.5, 0.75, 1.5, 4.25])
    NA = 6.022e23
    n = mol * NA
    e = int(math.floor(math.log10(n)))
    mant = n / 10 ** e
    q = f"How many molecules are in {mol} mol of carbon dioxide? Use $N_A = 6.022 \\times 10^{{23}}\\ \\text{{mol}}^{{-1}}$ and give the answer in scientific notation."
    ms = f"{mant:.4g}"
    st = (f"N = n × N_A = {mol} × 6.022e23. {mol} × 6.022 = {mol * 6.022:.5g}. So {mol * 6.022:.5g} × 10^23"
          f"{', which I should normalize since the mantissa is ≥ 10: ' + ms + ' × 10^' + str(e) if e == 24 else (', and since the mantissa is below 1 I shift: ' + ms + ' × 10^' + str(e) if e == 22 else '')}. ")
    sc = f"$$N = n N_A = {mol}\\ \\text{{mol}} \\times 6.022\\times 10^{{23}}\\ \\text{{mol}}^{{-1}}$$\n\n"
    fin = f"$$N = {ms} \\times 10^{{{e}}}$$ molecules."
    ver = f"Order of magnitude: about {mol} times a mole-count of roughly 6×10²³ gives ~{mol*6:.3g}×10²³, consistent with {ms}×10^{e}."
    right = [f"{ms} \\times 10^{{{e}}}", f"{ms}e{e}", f"{ms} × 10^{e} molecules", f"{mol*6.022:.5g} \\times 10^{{23}}"]
    wrongs = [(f"{ms} \\times 10^{{{e - 1}}}", f"Normalizing gives {ms} × 10^{e-1}.", "exponent_off_by_one"),
              (f"{ms} \\times 10^{{{e + 1}}}", f"which is {ms} × 10^{e+1}.", "exponent_off_by_one"),
              (f"{mol * 6.022 * 3:.4g} \\times 10^{{23}}", f"Each CO₂ molecule has 3 atoms, so {mol * 6.022 * 3:.4g} × 10^23.", "counted_atoms_not_molecules")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"{ms} \\times 10^{{{e}}}", f"{ms}e{e}"]), wrongs=[wrongs[r.randint(0, 1)], wrongs[2]], dataset="math_like", lang="en"))
