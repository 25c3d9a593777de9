"""English math families, part 3: word problems, units, degrees, pi, radicals, probability, text answers."""
from common import Fraction, gcd, fl, sqrt_simplify, rad

NAMES = ["Maya", "Tobin", "Orla", "Devan", "Priya", "Lucan", "Ines", "Marek"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def shop(rng):
    n = rng.choice(NAMES)
    pm, pc = rng.randint(2, 6), rng.randint(1, 3)
    m, k = rng.randint(3, 9), rng.randint(4, 12)
    total = pm * m + pc * k
    bill = 50 if total < 50 else 100
    ch = bill - total
    q = (f"{n} buys {m} muffins at ${pm} each and {k} cookies at ${pc} each at a bake sale run by a fictional school "
         f"club. {n} pays with a ${bill} bill. How much change, in dollars, does {n} receive?")
    steps = [f"the muffins cost ${m} \\times {pm} = {m*pm}$ dollars.",
             f"the cookies cost ${k} \\times {pc} = {k*pc}$ dollars.",
             f"the total is ${m*pm} + {k*pc} = {total}$ dollars.",
             f"the change from the ${bill}$ bill is ${bill} - {total} = {ch}$ dollars."]
    check = f"Adding the change back: ${total} + {ch} = {bill}$. Consistent."
    return dict(q=q, ref=str(ch), ds="gsm8k_like", steps=steps, check=check,
                eq=[(f"\\${ch}", "dollar_sign"), (f"{ch} \\text{{ dollars}}", "with_unit_word"), (f"\\${ch}.00", "cents_decimal")],
                wr=[(str(total), "wrong_quantity_total_not_change"), (str(ch - pc), "off_by_one_item"),
                    (f"\\${bill - m*pm}", "forgot_one_item_type")])


def wages(rng):
    n = rng.choice(NAMES)
    w = rng.choice([12, 14, 16, 18, 20, 22])
    h = rng.randint(42, 55)
    over = h - 40
    pay = 40 * w + Fraction(3, 2) * w * over
    q = (f"{n} earns ${w} per hour for the first 40 hours worked in a week and time-and-a-half for every hour beyond 40. "
         f"Last week {n} worked {h} hours. How much did {n} earn last week, in dollars?")
    steps = [f"regular pay: $40 \\times {w} = {40*w}$ dollars.",
             f"overtime rate: $1.5 \\times {w} = {fl(Fraction(3, 2) * w)}$ dollars per hour, for ${over}$ overtime hours.",
             f"overtime pay: ${over} \\times {fl(Fraction(3, 2) * w)} = {fl(Fraction(3, 2) * w * over)}$ dollars.",
             f"total: ${40*w} + {fl(Fraction(3, 2) * w * over)} = {fl(pay)}$ dollars."]
    check = f"Without overtime it would be ${h*w}$; the overtime premium adds ${fl(Fraction(1, 2) * w * over)}$, which matches."
    return dict(q=q, ref=fl(pay), ds="gsm8k_like", steps=steps, check=check,
                eq=[(f"\\${int(pay):,}".replace(",", "{,}"), "dollar_sign_thousands"), (f"{fl(pay)} \\text{{ dollars}}", "with_unit_word")],
                wr=[(str(h * w), "ignored_overtime_rate"), (fl(Fraction(3, 2) * w * over), "wrong_quantity_overtime_only"),
                    (str(40 * w + 2 * w * over), "double_time_instead")])


def weekday(rng):
    s = rng.randrange(7)
    n = rng.randint(40, 900)
    t = (s + n) % 7
    if t == s:
        n += 1
        t = (s + n) % 7
    q = f"Today is a {DAYS[s]}. What day of the week will it be {n} days from today?"
    steps = [f"days of the week repeat every $7$ days, so only $n \\bmod 7$ matters.",
             f"${n} = 7 \\cdot {n // 7} + {n % 7}$, so the remainder is ${n % 7}$.",
             f"counting ${n % 7}$ days forward from {DAYS[s]} lands on {DAYS[t]}."]
    check = f"After ${7 * (n // 7)}$ days it is {DAYS[s]} again; the remaining ${n % 7}$ days give {DAYS[t]}."
    return dict(q=q, ref=f"\\text{{{DAYS[t]}}}", ds="math_like", steps=steps, check=check,
                eq=[(DAYS[t], "text_answer_without_text_macro"), (f"\\text{{{DAYS[t]}}}", "text_macro")],
                wr=[(f"\\text{{{DAYS[(t + 1) % 7]}}}", "off_by_one_day"), (f"\\text{{{DAYS[(t - 1) % 7]}}}", "off_by_one_day")])


def box(rng):
    l, w, h = rng.randint(3, 15), rng.randint(2, 9), rng.randint(2, 12)
    V, S = l * w * h, 2 * (l * w + w * h + l * h)
    q = f"A closed rectangular box measures {l} cm by {w} cm by {h} cm. What is its volume, in cubic centimeters?"
    steps = ["the volume of a rectangular box is length times width times height.",
             f"$V = {l} \\times {w} \\times {h}$.", f"${l} \\times {w} = {l*w}$ and ${l*w} \\times {h} = {V}$."]
    check = f"Computing in another order: ${w} \\times {h} = {w*h}$, then ${w*h} \\times {l} = {V}$."
    return dict(q=q, ref=str(V), ds="math_like", steps=steps, check=check,
                eq=[(f"{V}\\ \\text{{cm}}^3", "with_unit_latex"), (f"{V} \\text{{ cubic centimeters}}", "with_unit_word")],
                wr=[(f"{S} \\text{{ cm}}^2", "wrong_quantity_surface_area"), (str(l * w), "base_area_only")])


def polygon(rng):
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 36])
    ang = Fraction(180 * (n - 2), n)
    q = f"What is the measure, in degrees, of each interior angle of a regular polygon with {n} sides?"
    steps = [f"the sum of the interior angles of an $n$-gon is $180(n-2)$ degrees, here $180 \\cdot {n - 2} = {180*(n-2)}$.",
             f"a regular polygon has all angles equal, so each is $\\frac{{{180*(n-2)}}}{{{n}}}$.",
             f"this simplifies to ${fl(ang)}$ degrees."]
    check = f"Equivalently, each exterior angle is $360/{n} = {fl(Fraction(360, n))}$ and $180 - {fl(Fraction(360, n))} = {fl(ang)}$."
    return dict(q=q, ref=f"{fl(ang)}^\\circ", ds="math_like", steps=steps, check=check,
                eq=[(fl(ang), "degrees_without_symbol"), (f"{fl(ang)} \\text{{ degrees}}", "degrees_as_word"),
                    (f"{fl(ang)}°", "unicode_degree_sign")],
                wr=[(f"{fl(Fraction(360, n))}^\\circ", "exterior_angle_instead"), (f"{180*(n-2)}^\\circ", "angle_sum_instead")])


def sector(rng):
    r = rng.randint(2, 12)
    th = rng.choice([30, 45, 60, 72, 90, 120, 135, 150, 240, 270])
    A = Fraction(th, 360) * r * r
    L = Fraction(th, 360) * 2 * r

    def pi(c):
        if c.denominator == 1:
            return f"{c.numerator}\\pi" if c != 1 else "\\pi"
        if c.numerator == 1:
            return f"\\frac{{\\pi}}{{{c.denominator}}}"
        return f"\\frac{{{c.numerator}\\pi}}{{{c.denominator}}}"
    q = f"A sector of a circle has radius ${r}$ and central angle ${th}^\\circ$. Find the area of the sector. Express your answer in terms of $\\pi$."
    steps = [f"the full circle has area $\\pi r^2 = {r*r}\\pi$.",
             f"the sector is the fraction $\\frac{{{th}}}{{360}} = {fl(Fraction(th, 360))}$ of the circle.",
             f"so the area is ${fl(Fraction(th, 360))} \\cdot {r*r}\\pi = {pi(A)}$."]
    check = f"In radians the angle is ${pi(Fraction(th, 180))}$ and $\\tfrac12 r^2\\theta$ gives the same ${pi(A)}$."
    eq = [(f"{fl(A)}\\pi" if A.denominator > 1 else f"{A.numerator}π", "pi_coefficient_form"),
          (f"{A.numerator}\\pi/{A.denominator}" if A.denominator > 1 else f"{A.numerator} \\pi", "slash_pi_form")]
    wr = [(pi(L), "arc_length_instead"), (pi(2 * A), "factor_of_2"), (pi(A / 2), "factor_of_2")]
    return dict(q=q, ref=pi(A), eq=eq, wr=[w for w in wr if w[0] != pi(A)], ds="math_like", steps=steps, check=check)


def distance(rng):
    while True:
        x1, y1, x2, y2 = (rng.randint(-7, 8) for _ in range(4))
        D = (x2 - x1) ** 2 + (y2 - y1) ** 2
        a, b = sqrt_simplify(D) if D else (0, 1)
        Dw = (x2 + x1) ** 2 + (y2 - y1) ** 2
        if D and a > 1 and b > 1 and Dw != D and Dw > 0:
            break
    ref = rad(a, b)
    q = f"Find the distance between the points $({x1},{y1})$ and $({x2},{y2})$. Express your answer in simplest radical form."
    steps = [f"the horizontal change is ${x2} - ({x1}) = {x2-x1}$ and the vertical change is ${y2} - ({y1}) = {y2-y1}$.",
             f"by the distance formula, $d = \\sqrt{{{(x2-x1)**2} + {(y2-y1)**2}}} = \\sqrt{{{D}}}$.",
             f"since ${D} = {a*a} \\cdot {b}$, $d = {ref}$."]
    check = f"Squaring: $({ref})^2 = {a*a} \\cdot {b} = {D}$."
    wa, wb = sqrt_simplify(Dw)
    return dict(q=q, ref=ref, ds="math_like", steps=steps, check=check,
                eq=[(f"\\frac{{{a*b}}}{{\\sqrt{{{b}}}}}", "radical_not_rationalised"), (f"\\sqrt{{{D}}}", "radical_not_simplified")],
                wr=[(rad(wa, wb), "sign_error_in_difference"), (f"{b}\\sqrt{{{a}}}" if a != b else rad(a, b + 1), "swapped_radical")])


def dice(rng):
    s = rng.randint(3, 11)
    mode = rng.choice(["eq", "ge"])
    outs = [(i, j) for i in range(1, 7) for j in range(1, 7)]
    cnt = sum(1 for i, j in outs if (i + j == s if mode == "eq" else i + j >= s))
    p = Fraction(cnt, 36)
    q = f"Two fair six-sided dice are rolled. What is the probability that the sum is {'exactly' if mode == 'eq' else 'at least'} {s}? Express your answer as a common fraction."
    steps = ["there are $6 \\times 6 = 36$ equally likely ordered outcomes.",
             f"counting the ordered pairs with sum {'equal to' if mode == 'eq' else 'at least'} ${s}$ gives ${cnt}$ outcomes.",
             f"so the probability is $\\frac{{{cnt}}}{{36}} = {fl(p)}$."]
    check = f"The complementary count is ${36 - cnt}$, and ${cnt} + {36 - cnt} = 36$."
    wr = [(fl(1 - p), "complement_probability"), (fl(Fraction(cnt, 21)), "unordered_denominator")]
    return dict(q=q, ref=fl(p), ds="math_like", steps=steps, check=check,
                eq=[(fl(p, "dfrac"), "dfrac_vs_frac"), (fl(p, "slash"), "slash_fraction"),
                    (f"\\frac{{{cnt}}}{{36}}" if p.denominator != 36 else f"\\frac{{{2*cnt}}}{{72}}", "unreduced_fraction")],
                wr=[w for w in wr if w[0] != fl(p)] or [(fl(p + Fraction(1, 36)), "off_by_one_count")])


def amc_option(rng):
    while True:
        vals = [Fraction(rng.randint(2, 40), rng.randint(2, 13)) for _ in range(5)]
        if len(set(vals)) == 5:
            break
    big = max(range(5), key=lambda i: vals[i])
    L = "ABCDE"
    opts = " \\qquad ".join(f"\\textbf{{({L[i]})}}\\ {fl(v)}" for i, v in enumerate(vals))
    q = f"Which of the following numbers is the largest?\n\n$ {opts} $"
    order = sorted(range(5), key=lambda i: vals[i])
    steps = ["I convert each option to a decimal to compare: " + ", ".join(f"({L[i]}) $\\approx {float(vals[i]):.3f}$" for i in range(5)) + ".",
             "ordering them from smallest to largest: " + " < ".join(f"({L[i]})" for i in order) + ".",
             f"the largest is option ({L[big]}), which equals ${fl(vals[big])}$."]
    check = f"Cross-multiplying option ({L[big]}) against the runner-up ({L[order[-2]]}) confirms the order."
    second = L[order[-2]]
    return dict(q=q, ref=f"\\text{{({L[big]})}}", ds="amc_like", steps=steps, check=check,
                eq=[(f"\\textbf{{({L[big]})}}", "textbf_option"), (f"({L[big]})", "bare_option_letter"),
                    (f"\\text{{({L[big]}) }} {fl(vals[big])}", "option_letter_with_value")],
                wr=[(f"\\text{{({second})}}", "second_largest_option"), (f"\\text{{({L[order[0]]})}}", "smallest_option_instead")])


def int_count(rng):
    a, b = rng.randint(-10, 10), rng.randint(2, 12)
    strict = rng.random() < 0.5
    cnt = 2 * b - 1 if strict else 2 * b + 1
    rel = "<" if strict else "\\le"
    q = f"How many integers $x$ satisfy $|x {'-' if a >= 0 else '+'} {abs(a)}| {rel} {b}$?"
    lo, hi = (a - b + 1, a + b - 1) if strict else (a - b, a + b)
    steps = [f"the inequality means $-{b} {rel} x {'-' if a >= 0 else '+'} {abs(a)} {rel} {b}$.",
             f"adding ${a}$ throughout: ${a - b} {rel} x {rel} {a + b}$.",
             f"the integers in this range run from ${lo}$ to ${hi}$, which is ${hi} - ({lo}) + 1 = {cnt}$ integers."]
    check = f"The endpoints ${a-b}$ and ${a+b}$ are {'excluded' if strict else 'included'}, matching the {'strict' if strict else 'non-strict'} inequality."
    return dict(q=q, ref=str(cnt), ds="math_like", steps=steps, check=check,
                eq=[(f"{cnt} \\text{{ integers}}", "with_unit_word"), (f"\\#\\{{x\\}} = {cnt}", "count_notation")],
                wr=[(str(cnt + 2 if strict else cnt - 2), "endpoint_inclusion_error"), (str(2 * b), "fencepost_error")])


FAMILIES = [shop, wages, weekday, box, polygon, sector, distance, dice, amc_option, int_count]
