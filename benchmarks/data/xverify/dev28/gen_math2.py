"""Math families: algebra, geometry, probability, sequences, intervals, expressions."""
from fractions import Fraction as F
from common import dec, frac, latex_frac, is_terminating, words


def linear(rng, zh):
    while True:
        a, c = rng.randint(2, 9), rng.randint(1, 8)
        b, d = rng.randint(-12, 12), rng.randint(-15, 15)
        if a != c and b != d:
            x = F(d - b, a - c)
            if x.denominator != 1 and x != 0:
                break
    q = (f"解方程：{a}x + ({b}) = {c}x + ({d})。" if zh else
         f"Solve for x: {a}x + ({b}) = {c}x + ({d}).")
    s = [("移项：" if zh else "Move the x-terms to the left and constants to the right: ") + f"{a}x − {c}x = {d} − ({b}).",
         ("化简：" if zh else "Simplify: ") + f"{a - c}x = {d - b}.",
         ("两边同除以" if zh else "Divide both sides by ") + f"{a - c}: x = {d - b}/{a - c}."]
    last = ("约分得 " if zh else "Reducing, ") + f"x = {frac(x)}."
    ok = [(f"x = {frac(x)}", "variable_prefix"), (latex_frac(x), "latex_frac"),
]
    if a - c > 0 and (d - b, a - c) != (x.numerator, x.denominator):
        ok.append((f"{d - b}/{a - c}", "unreduced_fraction"))
    if is_terminating(x):
        ok.append((dec(x), "fraction_vs_decimal"))
    bad = [(frac(-x), "sign_error", s[:1] + [f"{a - c}x = {b - d}.", f"x = {frac(-x)}."]),
           (frac(1 / x), "inverted_fraction", s[:2] + [f"x = {a - c}/{d - b} = {frac(1 / x)}."])]
    return dict(dataset="math_like", question=q, ref=frac(x), steps=s + [last], ok=ok, bad=bad,
                code_ok=f"from fractions import Fraction\nx = Fraction({d} - ({b}), {a} - {c})\nprint(x)",
                code_bad={"inverted_fraction": f"from fractions import Fraction\nx = Fraction({a} - {c}, {d} - ({b}))\nprint(x)"})


def quadratic(rng, zh):
    r1 = rng.choice([v for v in range(-9, 10) if v])
    r2 = rng.choice([v for v in range(-9, 10) if v not in (r1, -r1, 0)])
    lo, hi = sorted((r1, r2))
    B, C = -(r1 + r2), r1 * r2
    def term(k, v):
        return "" if k == 0 else (f" + {k}{v}" if k > 0 else f" − {-k}{v}")
    poly = f"x^2{term(B, 'x')}{term(C, '')}"
    q = f"Find all real solutions of {poly} = 0."
    s = [f"Look for two numbers whose product is {C} and whose sum is {B}.",
         f"Those numbers are {-r1} and {-r2}, so the equation factors as (x {'−' if r1 > 0 else '+'} {abs(r1)})(x {'−' if r2 > 0 else '+'} {abs(r2)}) = 0."]
    last = f"Setting each factor to zero gives x = {lo} or x = {hi}."
    ok = [(f"x = {hi} or x = {lo}", "order_swapped"), (f"{{{lo}, {hi}}}", "set_notation"),
          (f"x_1 = {lo}, x_2 = {hi}", "subscripted_roots")]
    bad = [(f"x = {-hi} or x = {-lo}", "sign_error", s[:1] + [f"The roots are the numbers themselves: {-r1} and {-r2}."]),
           (f"x = {hi}", "missing_root", s + [f"Only the positive-looking factor matters, so x = {hi}."])]
    return dict(dataset="math_like", question=q, ref=f"{lo}, {hi}", steps=s + [last], ok=ok, bad=bad,
                code_ok=None, code_bad={})


def circle(rng, zh):
    r = rng.randint(3, 15)
    q = f"A circle has radius {r} cm. What is its area? Express your answer in terms of π."
    s = [f"The area of a circle is A = πr².", f"Here r = {r} cm, so r² = {r * r}."]
    last = f"A = π × {r * r} = {r * r}π cm²."
    ok = [(f"{r * r}π cm²", "pi_symbol_units"), (f"{r * r}\\pi", "latex_pi"), (f"π·{r * r}", "factor_order")]
    bad = [(f"{2 * r}π cm²", "circumference_not_area", ["The formula I need is A = 2πr.", f"A = 2π × {r} = {2 * r}π."]),
           (f"{4 * r * r}π cm²", "diameter_for_radius", [f"The diameter is {2 * r} cm.", f"A = π × {2 * r}² = {4 * r * r}π cm²."])]
    return dict(dataset="math_like", question=q, ref=f"{r * r}\\pi", steps=s + [last], ok=ok, bad=bad,
                code_ok=None, code_bad={})


def hypotenuse(rng, zh):
    a0, b0, c0 = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)])
    k = rng.randint(1, 4)
    a, b, c = a0 * k, b0 * k, c0 * k
    q = f"A right triangle has legs of length {a} and {b}. What is the length of the hypotenuse?"
    s = [f"By the Pythagorean theorem, c² = {a}² + {b}² = {a * a} + {b * b} = {c * c}."]
    last = f"c = √{c * c} = {c}."
    ok = [(str(c), "plain_value"), (f"\\sqrt{{{c * c}}} = {c}", "radical_then_value"), (f"{c} units", "unit_word")]
    bad = [(str(c * c), "forgot_square_root", s + ["So the hypotenuse is c² which is the value above."]),
           (str(a + b), "added_legs", [f"The hypotenuse is the sum of the legs: {a} + {b} = {a + b}."])]
    return dict(dataset="math_like", question=q, ref=str(c), steps=s + [last], ok=ok, bad=bad,
                code_ok=f"import math\nprint(math.isqrt({a}**2 + {b}**2))", code_bad={})


def balls(rng, zh):
    r, b, g = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 6)
    N = r + b + g
    p = F(r + g, N)
    if zh:
        q = f"袋中有{r}个红球、{b}个蓝球和{g}个绿球，随机摸出一个球，摸到的不是蓝球的概率是多少？"
        s = [f"球的总数 = {r} + {b} + {g} = {N}。", f"不是蓝球的有 {r} + {g} = {r + g} 个。"]
        last = f"概率 = {r + g}/{N} = {frac(p)}。"
    else:
        q = (f"A bag holds {r} red, {b} blue and {g} green marbles. One marble is drawn at random. "
             f"What is the probability that it is not blue?")
        s = [f"Total marbles = {r} + {b} + {g} = {N}.", f"Marbles that are not blue: {r} + {g} = {r + g}."]
        last = f"P(not blue) = {r + g}/{N} = {frac(p)}."
    ok = [(latex_frac(p), "latex_frac"), (frac(p), "plain_value")]
    if (r + g, N) != (p.numerator, p.denominator):
        ok.append((f"{r + g}/{N}", "unreduced_fraction"))
    if is_terminating(p) and len(dec(p)) <= 5:
        ok.append((dec(p), "fraction_vs_decimal"))
        if len(dec(p * 100)) <= 4:
            ok.append((f"{dec(p * 100)}%", "percent_form"))
    if b == r + g:
        b += 1
        return balls(rng, zh)
    bad = [(frac(F(b, N)), "complement_confusion", s[:1] + [f"Blue marbles: {b}.", f"P = {b}/{N} = {frac(F(b, N))}."]),
           (frac(F(r + g, N - 1)), "denominator_off_by_one", s + [f"P = {r + g}/{N - 1} = {frac(F(r + g, N - 1))}."])]
    return dict(dataset="math_like", question=q, ref=frac(p), steps=s + [last], ok=ok, bad=bad,
                code_ok=f"from fractions import Fraction\nprint(Fraction({r} + {g}, {r} + {b} + {g}))",
                code_bad={"complement_confusion": f"from fractions import Fraction\nprint(Fraction({b}, {r} + {b} + {g}))"})


def dice(rng, zh):
    s_ = rng.choice([3, 4, 5, 6, 8, 9, 10, 11])
    cnt = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == s_)
    p = F(cnt, 36)
    q = f"Two fair six-sided dice are rolled. What is the probability that the sum is {s_}?"
    pairs = [(i, s_ - i) for i in range(1, 7) if 1 <= s_ - i <= 6]
    s = ["There are 6 × 6 = 36 equally likely outcomes.",
         f"Ordered pairs with sum {s_}: " + ", ".join(f"({i},{j})" for i, j in pairs) + f" — that is {cnt} outcomes."]
    last = f"P = {cnt}/36 = {frac(p)}."
    ok = [(f"{cnt}/36", "unreduced_fraction"), (latex_frac(p), "latex_frac")]
    if cnt * 100 % 36 != 0:
        ok.append((f"{frac(p)} ≈ {float(p):.3f}", "exact_with_approx"))
    wrong_cnt = (cnt + 1) // 2 if cnt > 1 else 2
    bad = [(frac(F(wrong_cnt, 36)), "unordered_pairs", [s[0], f"Unordered pairs with sum {s_}: {wrong_cnt}.",
                                                         f"P = {wrong_cnt}/36 = {frac(F(wrong_cnt, 36))}."]),
           (frac(F(1, 11)), "sums_equally_likely", ["The possible sums are 2 through 12, i.e. 11 values.",
                                                     "Each sum is one of 11 outcomes, so P = 1/11."])]
    if F(wrong_cnt, 36) == p:
        bad = bad[1:]
    return dict(dataset="math_like", question=q, ref=frac(p), steps=s + [last], ok=ok, bad=bad,
                code_ok=f"from fractions import Fraction\nhits = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == {s_})\nprint(Fraction(hits, 36))",
                code_bad={})


def arith_seq(rng, zh):
    a1, d, n = rng.randint(-5, 20), rng.choice([2, 3, 4, 5, 7, -3]), rng.randint(12, 40)
    an = a1 + (n - 1) * d
    q = (f"等差数列的首项为{a1}，公差为{d}，求第{n}项。" if zh else
         f"An arithmetic sequence has first term {a1} and common difference {d}. What is its {n}th term?")
    s = ["通项公式 a_n = a_1 + (n − 1)d。" if zh else "The general term is a_n = a_1 + (n − 1)d.",
         (f"代入：a_{n} = {a1} + ({n} − 1) × {d}。" if zh else f"Substituting: a_{n} = {a1} + ({n} − 1) × {d}.")]
    last = f"a_{n} = {a1} + {(n - 1) * d} = {an}."
    ok = [(str(an), "plain_value"), (f"a_{{{n}}} = {an}", "subscript_prefix")]
    if 0 < an < 1000 and not zh:
        ok.append((words(an), "number_in_words"))
    bad = [(str(a1 + n * d), "off_by_one_index", [("误用公式 a_n = a_1 + nd。" if zh else "Using a_n = a_1 + n·d."),
                                                   f"a_{n} = {a1} + {n * d} = {a1 + n * d}."]),
           (str(an - d), "off_by_one_term", s + [f"a_{n} = {a1} + {(n - 2) * d} = {an - d}."])]
    return dict(dataset="math_like", question=q, ref=str(an), steps=s + [last], ok=ok, bad=bad,
                code_ok=f"a1, d, n = {a1}, {d}, {n}\nprint(a1 + (n - 1) * d)",
                code_bad={"off_by_one_index": f"a1, d, n = {a1}, {d}, {n}\nprint(a1 + n * d)"})


def geo_sum(rng, zh):
    a, r, n = rng.randint(1, 5), rng.choice([2, 3]), rng.randint(5, 9)
    S = a * (r ** n - 1) // (r - 1)
    q = f"Find the sum of the first {n} terms of the geometric sequence {a}, {a * r}, {a * r * r}, ..."
    s = [f"First term a = {a}, ratio r = {r}, number of terms n = {n}.",
         f"S_n = a(r^n − 1)/(r − 1) = {a}({r}^{n} − 1)/{r - 1}.", f"{r}^{n} = {r ** n}."]
    last = f"S_{n} = {a} × {r ** n - 1}/{r - 1} = {S}."
    ok = [(f"{S:,}" if S >= 1000 else str(S), "thousands_separator" if S >= 1000 else "plain_value"),
          ((f"{a}·" if a > 1 else "") + (f"({r}^{n} - 1)/{r - 1}" if r == 3 else f"(2^{n} - 1)"), "unevaluated_expression")]
    bad = [(str(a * r ** (n - 1)), "last_term_not_sum", [s[0], f"The {n}th term is {a} × {r}^{n - 1} = {a * r ** (n - 1)}."]),
           (str(a * (r ** (n + 1) - 1) // (r - 1)), "off_by_one_terms", [s[0], f"S = {a}({r}^{n + 1} − 1)/{r - 1} = {a * (r ** (n + 1) - 1) // (r - 1)}."])]
    return dict(dataset="math_like", question=q, ref=str(S), steps=s + [last], ok=ok, bad=bad,
                code_ok=f"a, r, n = {a}, {r}, {n}\nprint(sum(a * r**k for k in range(n)))",
                code_bad={"last_term_not_sum": f"a, r, n = {a}, {r}, {n}\nprint(a * r**(n - 1))"})


def interval(rng, zh):
    b = rng.randint(2, 5)
    c = rng.randint(-6, 6)
    lo, hi = sorted(rng.sample(range(-8, 9), 2))
    L, H = b * lo + c, b * hi + c
    q = (f"解不等式 {L} < {b}x + ({c}) ≤ {H}，并用区间表示解集。" if zh else
         f"Solve {L} < {b}x + ({c}) ≤ {H}. Give the solution set in interval notation.")
    s = [(f"各部分减去 {c}：" if zh else f"Subtract {c} from every part: ") + f"{L - c} < {b}x ≤ {H - c}.",
         (f"各部分除以 {b}（正数，不等号方向不变）：" if zh else f"Divide every part by {b} (positive, so the signs stay): ") + f"{lo} < x ≤ {hi}."]
    last = ("左端为严格不等号，右端可取等号。" if zh else "The left end is strict and the right end is included.")
    ref = f"({lo}, {hi}]"
    ok = [(f"{lo} < x ≤ {hi}", "inequality_vs_interval"), (f"x \\in ({lo}, {hi}]", "membership_notation"),
          (f"\\left({lo}, {hi}\\right]", "latex_interval")]
    bad = [(f"[{lo}, {hi}]", "endpoint_bracket", s[:1] + [f"{lo} ≤ x ≤ {hi}."]),
           (f"({lo}, {hi})", "endpoint_bracket_open", s + ["Both ends are excluded."]),
           (f"({lo + 1}, {hi}]", "endpoint_value_off", s[:1] + [f"{lo + 1} < x ≤ {hi}."])]
    return dict(dataset="math_like", question=q, ref=ref, steps=s + [last], ok=ok, bad=bad,
                code_ok=None, code_bad={})


def expand(rng, zh):
    a, c = rng.randint(1, 5), rng.randint(1, 5)
    b, d = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5, 6]), rng.choice([-6, -4, -3, -1, 1, 2, 3, 5])
    A, B, C = a * c, a * d + b * c, b * d
    if B == 0:
        return expand(rng, zh)
    def poly(t):
        out = ""
        for k, v in t:
            if k == 0:
                continue
            mag = abs(k)
            coef = "" if mag == 1 and v else str(mag)
            sgn = ("−" if k < 0 else "") if not out else (" − " if k < 0 else " + ")
            out += f"{sgn}{coef}{v}"
        return out
    def lin(p, q_):
        return f"({'' if p == 1 else p}x {'+' if q_ > 0 else '−'} {abs(q_)})"
    ref = poly([(A, "x^2"), (B, "x"), (C, "")])
    q = f"Expand and simplify {lin(a, b)}{lin(c, d)}."
    s = [f"Use FOIL: first terms {a}x · {c}x = {A}x^2.",
         f"Outer and inner: {a}x · ({d}) + ({b}) · {c}x = {a * d}x + {b * c}x = {B}x.",
         f"Last terms: ({b})({d}) = {C}."]
    last = f"Combining: {ref}."
    ok = [(poly([(C, ""), (B, "x"), (A, "x^2")]), "term_order"),
          (poly([(A, "x^2"), (B, "*x" if abs(B) != 1 else "x"), (C, "")]).replace(f"{A}x^2", f"{A}*x^2").replace("−", "-"),
           "code_syntax")]
    bad = [(poly([(A, "x^2"), (-B, "x"), (C, "")]), "sign_error_middle", s[:1] + [f"Outer and inner give {-B}x.", f"Last terms: {C}."]),
           (poly([(A, "x^2"), (C, "")]), "missing_cross_term", [s[0], s[2], "The cross terms cancel."])]
    return dict(dataset="math_like", question=q, ref=ref, steps=s + [last], ok=ok, bad=bad, code_ok=None, code_bad={})


MATH_B = [linear, quadratic, circle, hypotenuse, balls, dice, arith_seq, geo_sum, interval, expand]
ZH_B = [linear, balls, arith_seq, interval]
