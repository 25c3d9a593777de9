"""English math families (GSM8K, MATH, AIME, college)."""
from fractions import Fraction
from math import gcd, comb, isqrt
from common import pick, frac_str, frac_tex, money

NAMES = ["Marisol", "Tobiah", "Quenna", "Dario", "Ilse", "Fenwick", "Odalys", "Bram", "Sunniva", "Kofi",
         "Lazlo", "Peregrine", "Yusra", "Calloway", "Ninette", "Orrin"]


def M(ds, q, goods, bads, steps, ref=None):
    return {"dataset": ds, "kat": "math", "lang": "en", "question": q, "ref": ref or goods[0][0],
            "goods": goods, "bads": [b for b in bads if b not in [g[0] for g in goods]], "steps": steps}


def gsm_shop(rng):
    n = pick(rng, NAMES); a, b = rng.randint(3, 9), rng.randint(2, 6)
    pa, pb = rng.randint(2, 12), rng.randint(5, 20); bill = ((a * pa + b * pb) // 50 + 1) * 50
    cost = a * pa + b * pb; ch = bill - cost
    q = (f"{n} buys {a} notebooks at ${pa} each and {b} lamps at ${pb} each. {n} pays with ${bill} in bills. "
         f"How much change, in dollars, does {n} receive?")
    st = [f"Notebooks: {a} x {pa} = {a*pa} dollars.", f"Lamps: {b} x {pb} = {b*pb} dollars.",
          f"Total spent: {a*pa} + {b*pb} = {cost} dollars.", f"Change: {bill} - {cost} = {ch} dollars."]
    return M("gsm8k_like", q, [(str(ch), "int"), (f"${ch}", "dollar_sign"), (f"{ch}.00 dollars", "decimal_money")],
             [str(ch + pa), str(bill - a * pa), str(cost)], st)


def gsm_discount(rng):
    p = rng.randint(40, 160); d = pick(rng, [10, 15, 20, 25, 30]); t = pick(rng, [5, 8, 10])
    after = Fraction(p) * (100 - d) / 100; fin = after * (100 + t) / 100
    f2 = f"{float(fin):.2f}"
    q = (f"A jacket is listed at ${p}. It is on sale for {d}% off, and then a {t}% sales tax is applied to the sale price. "
         f"What is the final price in dollars?")
    st = [f"Discount: {d}% of {p} is {float(Fraction(p)*d/100):g}.", f"Sale price: {float(after):g} dollars.",
          f"Tax: {t}% of {float(after):g} is {float(after*t/100):g}.", f"Final price = {float(after):g} x {1+t/100:g} = {f2} dollars."]
    wrong = f"{float(Fraction(p)*(100-d+t)/100):.2f}"
    return M("gsm8k_like", q, [(f"${f2}", "money"), (f"{f2}", "bare_decimal"), (f"{f2} dollars", "word_unit")],
             [f"${wrong}", f"${float(after):.2f}"], st)


def gsm_rate(rng):
    r1, r2 = rng.randint(3, 9), rng.randint(10, 18); tank = (r2 - r1) * rng.randint(12, 40)
    t = Fraction(tank, r2 - r1)
    q = (f"A tank holding {tank} liters of water is being filled by a pipe at {r2} liters per minute while a leak "
         f"drains it at {r1} liters per minute. Starting empty, how many minutes until it is full?")
    st = [f"Net rate = {r2} - {r1} = {r2-r1} L/min.", f"Time = {tank} / {r2-r1} = {frac_str(t)} minutes."]
    return M("gsm8k_like", q, [(frac_str(t), "int"), (f"{frac_str(t)} minutes", "with_unit"), (f"{frac_str(t)} min", "abbrev_unit")],
             [frac_str(Fraction(tank, r2 + r1)), frac_str(Fraction(tank, r2))], st)


def gsm_age(rng):
    n1, n2 = rng.sample(NAMES, 2); k = rng.randint(2, 4); y = rng.randint(3, 12); s = rng.randint(30, 70)
    # n1 = k*n2 now; in y years sum = s + 2y ; choose n2 to make integer
    n2age = rng.randint(5, 15); n1age = k * n2age; tot = n1age + n2age + 2 * y
    q = (f"{n1} is {k} times as old as {n2}. In {y} years, the sum of their ages will be {tot}. How old is {n1} now?")
    st = [f"Let {n2}'s age be x, so {n1} is {k}x.", f"In {y} years: (x+{y}) + ({k}x+{y}) = {tot}.",
          f"{k+1}x = {tot - 2*y}, so x = {n2age}.", f"{n1} is {k} x {n2age} = {n1age} years old."]
    return M("gsm8k_like", q, [(str(n1age), "int"), (f"{n1age} years old", "with_unit")],
             [str(n2age), str(n1age + y)], st)


def frac_sum(rng):
    b, d = rng.sample([3, 4, 5, 6, 7, 8, 9, 10, 12], 2); a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    r = Fraction(a, b) + Fraction(c, d)
    q = f"Compute $\\frac{{{a}}}{{{b}}} + \\frac{{{c}}}{{{d}}}$ and express the result in lowest terms."
    l = b * d // gcd(b, d)
    st = [f"Common denominator lcm({b},{d}) = {l}.", f"{a}/{b} = {a*l//b}/{l}, {c}/{d} = {c*l//d}/{l}.",
          f"Sum = {a*l//b + c*l//d}/{l} = {frac_str(r)}."]
    g = [(frac_tex(r), "latex_frac"), (frac_str(r), "slash_frac")]
    if r.denominator != 1:
        g.append((f"{r.numerator // r.denominator} {frac_str(r - r.numerator // r.denominator)}"
                  if r > 1 else f"\\dfrac{{{r.numerator}}}{{{r.denominator}}}", "mixed_or_dfrac"))
        dd = r.denominator
        while dd % 2 == 0: dd //= 2
        while dd % 5 == 0: dd //= 5
        if dd == 1:
            g.append((f"{float(r):g}", "terminating_decimal"))
    return M("math_like", q, g, [frac_str(Fraction(a + c, b + d)), frac_str(r + Fraction(1, l))], st)


def radical_dist(rng):
    k = rng.randint(2, 7); m = pick(rng, [2, 3, 5, 6, 7]); x1, y1 = rng.randint(-5, 5), rng.randint(-5, 5)
    # find dx, dy with dx^2+dy^2 = k^2 m
    tgt = k * k * m; pairs = [(i, isqrt(tgt - i * i)) for i in range(1, isqrt(tgt) + 1)
                              if isqrt(tgt - i * i) ** 2 == tgt - i * i and tgt - i * i > 0]
    if not pairs:
        m = 2; tgt = 2 * k * k; pairs = [(k, k)]
    dx, dy = pick(rng, pairs)
    q = f"Find the distance between the points $({x1}, {y1})$ and $({x1+dx}, {y1-dy})$."
    st = [f"Differences: {dx} and {-dy}.", f"Distance = sqrt({dx}^2 + {dy}^2) = sqrt({tgt}).",
          f"sqrt({tgt}) = sqrt({k*k} x {m}) = {k}sqrt({m})."]
    return M("math_like", q, [(f"{k}\\sqrt{{{m}}}", "latex_radical"), (f"\\sqrt{{{tgt}}}", "unsimplified_radical"),
                              (f"{k}√{m}", "unicode_radical")], [f"{m}\\sqrt{{{k}}}", f"{k*m}", f"\\sqrt{{{dx+dy}}}"], st)


def quad_roots(rng):
    r1, r2 = sorted(rng.sample([v for v in range(-9, 10) if v], 2))
    if r1 == -r2: r2 = r2 + 1 if r2 + 1 <= 9 else r2 - 1
    b, c = -(r1 + r2), r1 * r2
    q = f"Solve for $x$: $x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)} = 0$."
    st = [f"We need two numbers with product {c} and sum {-b}: {r1} and {r2}.",
          f"Factor: (x - ({r1}))(x - ({r2})) = 0.", f"So x = {r1} or x = {r2}."]
    return M("math_like", q, [(f"x = {r1} \\text{{ or }} x = {r2}", "or_form"), (f"\\{{{r2}, {r1}\\}}", "set_reordered"),
                              (f"{r2}, {r1}", "list_reordered"), (f"x_1={r1}, x_2={r2}", "indexed")],
             [f"x = {-r1} \\text{{ or }} x = {-r2}", f"x = {r2}", f"x = {r1}"], st, ref=f"{r1}, {r2}")


def ineq_interval(rng):
    r1, r2 = sorted(rng.sample(range(-8, 9), 2)); b, c = -(r1 + r2), r1 * r2
    q = f"Find all real $x$ satisfying $x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)} > 0$. Give your answer in interval notation."
    st = [f"Roots of the quadratic: {r1} and {r2}.", "The parabola opens upward, so it is positive outside the roots.",
          f"Solution: x < {r1} or x > {r2}."]
    ref = f"(-\\infty, {r1}) \\cup ({r2}, \\infty)"
    return M("math_like", q, [(ref, "interval"), (f"x < {r1} \\text{{ or }} x > {r2}", "inequality_form"),
                              (f"(-∞,{r1})∪({r2},+∞)", "unicode_interval")],
             [f"({r1}, {r2})", f"(-\\infty, {r1}] \\cup [{r2}, \\infty)"], st)


def set_inter(rng):
    A = sorted(rng.sample(range(1, 20), 6)); B = sorted(set(rng.sample(range(1, 20), 5)) | set(A[:2]))
    I = sorted(set(A) & set(B)); U = sorted(set(A) | set(B))
    s = lambda L: "\\{" + ", ".join(map(str, L)) + "\\}"
    q = f"Let $A = {s(A)}$ and $B = {s(B)}$. Find $A \\cap B$."
    st = [f"Check each element of A for membership in B.", f"Common elements: {', '.join(map(str, I))}."]
    return M("math_like", q, [(s(I), "set"), (s(list(reversed(I))), "set_reordered"), ("{" + ",".join(map(str, I)) + "}", "plain_braces")],
             [s(U), s(I[:-1]) if len(I) > 1 else s(U)], st)


def lin_system(rng):
    x, y = rng.randint(-6, 9), rng.randint(-6, 9)
    while x == y: y += 1
    a, b, c, d = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), -rng.randint(1, 5)
    e, f = a * x + b * y, c * x + d * y
    q = f"Solve the system: ${a}x + {b}y = {e}$ and ${c}x - {abs(d)}y = {f}$. Give $(x, y)$."
    st = [f"Multiply and eliminate y: from the two equations, ({a*abs(d)} + {b*c})x = {e*abs(d)} + {f*b}.",
          f"So x = {x}.", f"Substitute: {b}y = {e} - {a*x}, so y = {y}.", f"Solution (x, y) = ({x}, {y})."]
    return M("math_like", q, [(f"({x}, {y})", "tuple"), (f"x = {x}, y = {y}", "named_values"), (f"(x,y)=({x},{y})", "tuple_labeled")],
             [f"({y}, {x})", f"({x}, {-y})"], st)


def matmul(rng):
    A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    E = [[A[i][j] * B[i][j] for j in range(2)] for i in range(2)]
    pm = lambda X: f"\\begin{{pmatrix}} {X[0][0]} & {X[0][1]} \\\\ {X[1][0]} & {X[1][1]} \\end{{pmatrix}}"
    q = f"Compute $AB$ where $A = {pm(A)}$ and $B = {pm(B)}$."
    st = [f"Entry (1,1): {A[0][0]}*{B[0][0]} + {A[0][1]}*{B[1][0]} = {C[0][0]}.",
          f"Entry (1,2): {A[0][0]}*{B[0][1]} + {A[0][1]}*{B[1][1]} = {C[0][1]}.",
          f"Entry (2,1): {A[1][0]}*{B[0][0]} + {A[1][1]}*{B[1][0]} = {C[1][0]}.",
          f"Entry (2,2): {A[1][0]}*{B[0][1]} + {A[1][1]}*{B[1][1]} = {C[1][1]}, so AB = [[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]."]
    bads = [pm(E)] if E != C else []
    T = [[C[0][0], C[1][0]], [C[0][1], C[1][1]]]
    if T != C: bads.append(pm(T))
    if not bads: bads = [pm([[C[0][0] + 1, C[0][1]], [C[1][0], C[1][1]]])]
    return M("college_math_like", q, [(pm(C), "pmatrix"), (f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]", "nested_list"),
                                      (f"\\begin{{bmatrix}} {C[0][0]} & {C[0][1]} \\\\ {C[1][0]} & {C[1][1]} \\end{{bmatrix}}", "bmatrix")], bads, st)


def travel_time(rng):
    v = pick(rng, [40, 48, 60, 72, 80]); h = Fraction(rng.randint(5, 14), 4); dkm = v * h
    if dkm.denominator != 1: return travel_time(rng)
    mins = int(h * 60)
    q = f"A train travels {int(dkm)} km at a constant speed of {v} km/h. How long does the trip take?"
    st = [f"Time = distance / speed = {int(dkm)} / {v}.", f"That is {float(h):g} hours = {mins} minutes."]
    g = [(f"{float(h):g} hours", "decimal_hours"), (f"{mins} minutes", "minutes"),
         (f"{mins//60} hours {mins%60} minutes" if mins % 60 else f"{mins//60} hours", "h_min")]
    return M("gsm8k_like", q, g, [f"{float(h)+0.5:g} hours", f"{float(h)-0.25:g} hours"], st)


def pct_change(rng):
    a = rng.randint(4, 30) * 20; p = pick(rng, [5, 10, 12.5, 15, 20, 25, 30, 40, 60]); b = a * (100 + p) / 100
    if not float(b).is_integer(): return pct_change(rng)
    b = int(b); ps = f"{p:g}"
    q = f"A town's population grew from {a} to {b}. By what percent did it increase?"
    wrong = f"{(b - a) / b * 100:.1f}%"
    st = [f"Increase = {b} - {a} = {b-a}.", f"Percent = {b-a}/{a} x 100 = {ps}%."]
    return M("gsm8k_like", q, [(f"{ps}\\%", "latex_percent"), (f"{ps} percent", "word_percent"), (f"{ps}%", "plain_percent")],
             [wrong, f"{b-a}%"], st, ref=f"{ps}%")


def clock(rng):
    h, m = rng.randint(6, 11), pick(rng, [5, 10, 15, 20, 40, 45, 50]); dh, dm = rng.randint(2, 5), pick(rng, [25, 35, 50, 55])
    tot = h * 60 + m + dh * 60 + dm; H, Mi = tot // 60, tot % 60
    h12 = H - 12 if H > 12 else H; ap = "PM" if H >= 12 else "AM"
    q = f"A flight departs at {h}:{m:02d} AM and lasts {dh} hours {dm} minutes. At what time does it land (same time zone)?"
    st = [f"Add {dh} hours: {h+dh}:{m:02d}.", f"Add {dm} minutes: {m}+{dm} = {m+dm} minutes.",
          f"Landing time: {H}:{Mi:02d} on a 24-hour clock, i.e. {h12}:{Mi:02d} {ap}."]
    return M("gsm8k_like", q, [(f"{h12}:{Mi:02d} {ap}", "12h"), (f"{H}:{Mi:02d}", "24h")],
             [f"{h12+1 if h12 < 12 else 1}:{Mi:02d} {ap}", f"{h12}:{(Mi+10)%60:02d} {ap}"], st)


def aime_incl(rng):
    N = rng.randint(300, 999); a, b = rng.sample([3, 4, 5, 6, 7, 9, 11], 2); l = a * b // gcd(a, b)
    r = N // a + N // b - N // l
    q = f"How many positive integers less than or equal to {N} are divisible by {a} or {b}?"
    st = [f"Multiples of {a}: floor({N}/{a}) = {N//a}.", f"Multiples of {b}: floor({N}/{b}) = {N//b}.",
          f"Multiples of lcm = {l}: {N//l}.", f"Inclusion-exclusion: {N//a} + {N//b} - {N//l} = {r}."]
    return M("aime_like", q, [(str(r), "int"), (f"{r:03d}", "aime_3digit")], [str(N // a + N // b), str(r - 1)], st)


def aime_mod(rng):
    a, n, m = rng.randint(2, 13), rng.randint(20, 200), pick(rng, [7, 11, 13, 17, 19, 100, 1000])
    if a % m == 0: a += 1
    r = pow(a, n, m)
    q = f"Find the remainder when ${a}^{{{n}}}$ is divided by ${m}$."
    st = [f"Use repeated squaring modulo {m}.", f"Reducing the exponent via the cycle of powers of {a} mod {m}.",
          f"{a}^{n} mod {m} = {r}."]
    return M("aime_like", q, [(str(r), "int"), (f"{r} \\pmod{{{m}}}", "with_mod")], [str((r + 1) % m), str((r + 3) % m)], st)


def deriv(rng):
    a, b, c, d = rng.randint(1, 5), pick(rng, [-5, -4, -3, -2, -1, 1, 2, 3, 4, 6]), rng.randint(-9, 9), pick(rng, [-5, -3, -1, 2, 4, 7])
    sg = lambda v: f"+ {v}" if v >= 0 else f"- {-v}"
    q = f"Find $f'(x)$ for $f(x) = {a}x^3 {sg(b)}x^2 {sg(c)}x {sg(d)}$."
    A, B, C = 3 * a, 2 * b, c
    st = [f"Power rule: d/dx {a}x^3 = {A}x^2.", f"d/dx {b}x^2 = {B}x, d/dx {c}x = {C}, the constant vanishes.",
          f"f'(x) = {A}x^2 {sg(B)}x {sg(C)}."]
    return M("college_math_like", q, [(f"{A}x^2 {sg(B)}x {sg(C)}", "expanded"), (f"{C} {sg(B)}x {sg(A)}x^2", "reordered_terms"),
                                      (f"{A}x^{{2}}{'+' if B>=0 else '-'}{abs(B)}x{'+' if C>=0 else '-'}{abs(C)}", "compact")],
             [f"{A}x^2 {sg(B)}x {sg(C+d)}", f"{a}x^2 {sg(b)}x {sg(c)}", f"{A}x^2 {sg(b)}x {sg(C)}"], st)


def dice_prob(rng):
    s = rng.randint(3, 11); w = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == s); p = Fraction(w, 36)
    q = f"Two fair six-sided dice are rolled. What is the probability that the sum is {s}?"
    st = [f"There are 36 equally likely outcomes.", f"Outcomes with sum {s}: {w}.", f"Probability = {w}/36 = {frac_str(p)}."]
    g = [(frac_tex(p), "latex_frac"), (frac_str(p), "slash_frac")]
    if p.denominator != 36: g.append((f"{w}/36", "unreduced_frac"))
    return M("math_like", q, g, [frac_str(Fraction(w, 11)), frac_str(Fraction(w + 1, 36))], st)


def integral(rng):
    a, b, k = rng.randint(1, 4), rng.randint(1, 6), rng.randint(1, 3)
    r = Fraction(a * k ** 3, 3) + Fraction(b * k ** 2, 2)
    q = f"Evaluate $\\int_0^{{{k}}} ({a}x^2 + {b}x)\\,dx$."
    st = [f"Antiderivative: {a}x^3/3 + {b}x^2/2.", f"At x={k}: {a*k**3}/3 + {b*k*k}/2.", f"Value = {frac_str(r)}."]
    g = [(frac_tex(r), "latex_frac"), (frac_str(r), "slash_frac")]
    if r.denominator == 2: g.append((f"{float(r):g}", "decimal"))
    return M("college_math_like", q, g, [frac_str(r + Fraction(b * k, 2)), frac_str(Fraction(a * k ** 3 + b * k * k))], st)


def det3(rng):
    A = [[rng.randint(-3, 5) for _ in range(3)] for _ in range(3)]
    dt = (A[0][0] * (A[1][1] * A[2][2] - A[1][2] * A[2][1]) - A[0][1] * (A[1][0] * A[2][2] - A[1][2] * A[2][0])
          + A[0][2] * (A[1][0] * A[2][1] - A[1][1] * A[2][0]))
    rows = " \\\\ ".join(" & ".join(map(str, r)) for r in A)
    q = f"Compute the determinant of $\\begin{{pmatrix}} {rows} \\end{{pmatrix}}$."
    st = ["Expand along the first row.", f"Minor terms give {A[0][0]}*({A[1][1]*A[2][2]-A[1][2]*A[2][1]}) - {A[0][1]}*({A[1][0]*A[2][2]-A[1][2]*A[2][0]}) + {A[0][2]}*({A[1][0]*A[2][1]-A[1][1]*A[2][0]}).",
          f"det = {dt}."]
    return M("college_math_like", q, [(str(dt), "int"), (f"\\det = {dt}", "labeled")], [str(-dt) if dt else "1", str(dt + 2)], st)


def comb_q(rng):
    n, k = rng.randint(6, 14), rng.randint(2, 5); r = comb(n, k)
    q = f"A club has {n} members. In how many ways can a committee of {k} members be chosen?"
    st = [f"Order doesn't matter, so use C({n},{k}).", f"C({n},{k}) = {n}!/({k}!{n-k}!) = {r}."]
    return M("math_like", q, [(str(r), "int"), (f"\\binom{{{n}}}{{{k}}} = {r}", "binom_with_value"), (f"{r:,}" if r >= 1000 else f"{r} ways", "formatted")],
             [str(r * k), str(comb(n, k - 1)) if comb(n, k - 1) != r else str(r + n)], st)


def interest(rng):
    P = rng.randint(8, 60) * 250; r = pick(rng, [2, 3, 4, 5, 6]); t = rng.randint(2, 5)
    A = P * (1 + Fraction(r, 100)) ** t
    q = f"${P:,} is invested at {r}% annual interest compounded yearly. What is the balance after {t} years, to the nearest cent?"
    v = f"{float(A):,.2f}"
    st = [f"A = P(1 + r)^t = {P} x {1+r/100:g}^{t}.", f"{1+r/100:g}^{t} = {float((1+Fraction(r,100))**t):.6f}.", f"A = {v} dollars."]
    simple = f"{float(P*(1+Fraction(r*t,100))):,.2f}"
    return M("gsm8k_like", q, [(f"${v}", "money"), (f"{v} dollars", "word_unit"), (v.replace(",", ""), "no_comma")],
             [f"${simple}", f"${float(A)+1:,.2f}"], st)


def olymp_digits(rng):
    n = rng.randint(11, 40); val = 2 ** n; s = sum(map(int, str(val)))
    q = f"What is the sum of the digits of $2^{{{n}}}$?"
    st = [f"2^{n} = {val}.", f"Digit sum: {' + '.join(str(val))} = {s}."]
    return M("olympiad_like", q, [(str(s), "int")], [str(s + 9), str(s - 3)], st)


def trig(rng):
    tbl = [("\\sin\\frac{\\pi}{3}", "\\frac{\\sqrt{3}}{2}", "√3/2", "\\frac{1}{2}"),
           ("\\cos\\frac{\\pi}{4}", "\\frac{\\sqrt{2}}{2}", "1/\\sqrt{2}", "\\frac{\\sqrt{3}}{2}"),
           ("\\tan\\frac{\\pi}{6}", "\\frac{\\sqrt{3}}{3}", "1/\\sqrt{3}", "\\sqrt{3}"),
           ("\\cos\\frac{2\\pi}{3}", "-\\frac{1}{2}", "-0.5", "\\frac{1}{2}"),
           ("\\sin\\frac{5\\pi}{4}", "-\\frac{\\sqrt{2}}{2}", "-1/\\sqrt{2}", "\\frac{\\sqrt{2}}{2}"),
           ("\\tan\\frac{2\\pi}{3}", "-\\sqrt{3}", "-√3", "-\\frac{\\sqrt{3}}{3}")]
    e, v, alt, bad = pick(rng, tbl)
    q = f"Find the exact value of ${e}$."
    st = ["Identify the reference angle and quadrant.", "Apply the sign of the function in that quadrant.", f"Value = {v}."]
    return M("math_like", q, [(v, "latex"), (alt, "alt_radical_form")], [bad], st)


def avg_speed(rng):
    v1, v2 = rng.sample([30, 40, 45, 50, 60, 75, 90], 2); hv = Fraction(2 * v1 * v2, v1 + v2)
    q = f"A cyclist rides to a town at {v1} km/h and returns along the same road at {v2} km/h. What is the average speed for the round trip in km/h?"
    st = ["Average speed = total distance / total time, i.e. the harmonic mean.", f"2*{v1}*{v2}/({v1}+{v2}) = {frac_str(hv)}."]
    g = [(frac_str(hv), "frac_or_int"), (f"{frac_tex(hv)} km/h", "with_unit")]
    if hv.denominator != 1:
        g.append((f"{hv.numerator // hv.denominator}\\frac{{{hv.numerator % hv.denominator}}}{{{hv.denominator}}}", "mixed_number"))
    return M("gsm8k_like", q, g, [f"{(v1+v2)/2:g}"], st)


EN_FAMILIES = [gsm_shop, gsm_discount, gsm_rate, gsm_age, frac_sum, radical_dist, quad_roots, ineq_interval, set_inter,
               lin_system, matmul, travel_time, pct_change, clock, aime_incl, aime_mod, deriv, dice_prob, integral, det3,
               comb_q, interest, olymp_digits, trig, avg_speed]
