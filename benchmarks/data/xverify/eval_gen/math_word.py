"""Math templates, English word problems (mostly ``gsm8k_like``): shopping, speeds, discounts, savings, ages, work
rates, bottles, percentages, buses.

Each template returns one ``item``: the question, the exact answer, a correct solution and a plausible wrong one (a real
slip), plus ``alts``: (trap, label, final line) format variants that are equivalent or near misses.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

from .number_forms import commas, dec, frac_plain, frac_tex, money, sci_e, sci_tex, terminating, words_en

NAMES_F = ["Maya", "Priya", "Grace", "Hannah", "Aisha", "Zoe", "Lucia", "Mei", "Fatima", "Olivia", "Nora", "Ines"]
NAMES_M = ["Liam", "Omar", "Kenji", "Ethan", "Noah", "Tomas", "Arjun", "Diego", "Samuel", "Felix", "Marcus", "Yusuf"]
NAMES_ZH = ["小明", "小红", "小刚", "李华", "小芳", "王强", "张丽", "刘洋", "陈晨", "赵磊"]


def item(**kw) -> dict:
    kw.setdefault("alts", [])
    kw.setdefault("why", "")
    kw.setdefault("ival", None)
    assert kw["ok_ans"] != kw["bad_ans"], kw["q"]
    return kw


def m_shop(rng: random.Random) -> dict:
    name = rng.choice(NAMES_F)
    a, b = rng.randint(3, 8), rng.randint(2, 6)
    p, q = rng.choice([2, 3, 4, 5, 6]), rng.choice([1, 2, 3])
    cost = a * p + b * q
    n = 50 if cost < 45 else 100
    ans, bad = n - cost, n - a * p
    ok = [f"The notebooks cost {a} x ${p} = ${a * p}.",
          f"The pens cost {b} x ${q} = ${b * q}.",
          f"In total she spends ${a * p} + ${b * q} = ${cost}.",
          f"Her change is ${n} - ${cost} = ${ans}."]
    wrong = [f"The notebooks cost {a} x ${p} = ${a * p}.",
             f"She pays with a ${n} bill, so her change is ${n} - ${a * p} = ${bad}."]
    return item(q=f"{name} buys {a} notebooks at ${p} each and {b} pens at ${q} each. She pays with a ${n} bill. "
                  "How much change, in dollars, does she get?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="I forgot to include the pens in the total cost", lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"She gets ${ans} in change."),
                      ("units", "Correct", f"The answer is ${ans}.00."),
                      ("units", "Correct", f"#### {ans} dollars")])


def m_train(rng: random.Random) -> dict:
    while True:
        s1, s2 = rng.choice([40, 50, 60, 70, 80]), rng.choice([30, 40, 50, 60, 90])
        t1, t2 = rng.randint(2, 5), rng.randint(1, 4)
        if s1 != s2 and t1 != t2:
            break
    ans = s1 * t1 + s2 * t2
    bad = (s1 + s2) * (t1 + t2) // 2
    ok = [f"In the first part it covers {s1} mph x {t1} h = {s1 * t1} miles.",
          f"In the second part it covers {s2} mph x {t2} h = {s2 * t2} miles.",
          f"Total distance = {s1 * t1} + {s2 * t2} = {ans} miles."]
    wrong = [f"The average speed is ({s1} + {s2}) / 2 = {(s1 + s2) // 2} mph.",
             f"The total time is {t1} + {t2} = {t1 + t2} hours.",
             f"Distance = {(s1 + s2) // 2} x {t1 + t2} = {bad} miles."]
    hrs = "hour" if t2 == 1 else "hours"
    return item(q=f"A train travels at {s1} miles per hour for {t1} hours, then at {s2} miles per hour for {t2} {hrs}. "
                  "How many miles does it travel in total?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="averaging the two speeds is wrong because the train spends different times at each speed",
                lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"The train travels **{ans} miles** in total."),
                      ("units", "Correct", f"Therefore, the final answer is $\\boxed{{{ans}\\text{{ miles}}}}$."),
                      ("wrong_unit", "Incorrect", f"So the total distance is {ans} km.")])


def m_discount(rng: random.Random) -> dict:
    while True:
        price = rng.choice([40, 60, 64, 80, 120, 150, 180, 250])
        d, t = rng.choice([10, 15, 20, 25, 30]), rng.choice([5, 6, 8, 10])
        sale = Fraction(price * (100 - d), 100)
        fin = sale * Fraction(100 + t, 100)
        bad = sale + Fraction(price * t, 100)
        if (fin * 100).denominator == 1 and (bad * 100).denominator == 1 and fin != bad:
            break
    ok = [f"The discount is {d}% of ${price}, which is ${money(Fraction(price * d, 100))}.",
          f"The sale price is ${price} - ${money(Fraction(price * d, 100))} = ${money(sale)}.",
          f"The tax is {t}% of ${money(sale)} = ${money(sale * t / 100)}.",
          f"The final price is ${money(sale)} + ${money(sale * t / 100)} = ${money(fin)}."]
    wrong = [f"The sale price is ${price} x {Fraction(100 - d, 100)} = ${money(sale)}.",
             f"The tax is {t}% of ${price} = ${money(Fraction(price * t, 100))}.",
             f"The final price is ${money(sale)} + ${money(Fraction(price * t, 100))} = ${money(bad)}."]
    ref = money(fin)
    alts = [("units", "Correct", f"The final price of the jacket is ${ref}."),
            ("units", "Correct", f"Final answer: \\${ref}")]
    if ref.endswith("0"):
        alts.append(("fraction_decimal", "Correct", f"The answer is {dec(fin)}."))
    return item(q=f"A jacket costs ${price}. It is on sale for {d}% off, and then a {t}% sales tax is added to the "
                  "sale price. What is the final price in dollars?",
                ref=ref, ok=ok, ok_ans=ref, bad=wrong, bad_ans=money(bad),
                why="the tax is charged on the sale price, not on the original price", lang="en", ds="gsm8k_like",
                alts=alts)


def m_savings(rng: random.Random) -> dict:
    while True:
        cost, have, w = rng.randint(15, 40) * 10, rng.randint(2, 9) * 5, rng.choice([12, 15, 18, 25, 35])
        if (cost - have) % w and cost > have:
            break
    need = cost - have
    ans, bad = -(-need // w), need // w
    name = rng.choice(NAMES_M)
    ok = [f"{name} still needs ${cost} - ${have} = ${need}.",
          f"Saving ${w} per week, {need} / {w} = {Fraction(need, w).__float__():.2f} weeks.",
          f"After {bad} weeks he has saved only ${bad * w}, which is not enough, so he needs {ans} weeks."]
    wrong = [f"{name} still needs ${cost} - ${have} = ${need}.",
             f"{need} / {w} = {Fraction(need, w).__float__():.2f}, so it takes about {bad} weeks."]
    return item(q=f"{name} wants to buy a bike that costs ${cost}. He already has ${have} and saves ${w} every week. "
                  "How many weeks will it take him to have enough money?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why=f"after {bad} weeks he is still short, so the number of weeks must be rounded up",
                lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"It will take him {ans} weeks."),
                      ("number_words", "Correct", f"He needs {words_en(ans)} weeks."),
                      ("number_words", "Incorrect", f"He needs {words_en(bad)} weeks.")])


def m_eggs(rng: random.Random) -> dict:
    while True:
        e, u, days, p = rng.randint(14, 30), rng.randint(2, 6), rng.choice([2, 3, 4, 6, 7]), rng.choice([3, 4, 5])
        if (e - u) * days % 12 == 0 and e * days % 12 == 0:
            break
    name = rng.choice(NAMES_F)
    left = (e - u) * days
    ans, bad = left // 12 * p, e * days // 12 * p
    ok = [f"Each day {name} keeps {e} - {u} = {e - u} eggs to sell.",
          f"In {days} days that is {e - u} x {days} = {left} eggs.",
          f"{left} eggs make {left} / 12 = {left // 12} dozen.",
          f"She earns {left // 12} x ${p} = ${ans}."]
    wrong = [f"In {days} days the hens lay {e} x {days} = {e * days} eggs.",
             f"That is {e * days // 12} dozen, so she earns {e * days // 12} x ${p} = ${bad}."]
    return item(q=f"{name}'s hens lay {e} eggs per day. She uses {u} eggs every day for baking and sells the rest at "
                  f"${p} per dozen. How many dollars does she earn from selling eggs in {days} days?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="I forgot to subtract the eggs she uses for baking", lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"She earns **${ans}**.")])


def m_glasses(rng: random.Random) -> dict:
    while True:
        n = rng.choice([24, 30, 32, 36, 40, 45, 48, 60])
        f = rng.choice([Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(3, 5), Fraction(5, 8)])
        pc = rng.choice([20, 25, 40, 50, 75])
        girls = n * f
        if girls.denominator == 1 and (girls * pc / 100).denominator == 1 and (n * pc) % 100 == 0:
            ans, bad = int(girls * pc / 100), n * pc // 100
            if ans != bad:
                break
    ok = [f"Number of girls: {f} x {n} = {int(girls)}.",
          f"Girls with glasses: {pc}% of {int(girls)} = {ans}."]
    wrong = [f"{pc}% of the {n} students is {bad}.", f"So {bad} girls wear glasses."]
    return item(q=f"There are {n} students in a class. {f} of them are girls, and {pc}% of the girls wear glasses. "
                  "How many girls wear glasses?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="the percentage applies only to the girls, not to the whole class", lang="en", ds="gsm8k_like",
                alts=[("number_words", "Correct", f"So {words_en(ans)} girls wear glasses."),
                      ("units", "Correct", f"The answer is {ans} girls.")])


def m_ages(rng: random.Random) -> dict:
    while True:
        k, b, y = rng.choice([2, 3, 4]), rng.randint(4, 15), rng.randint(3, 10)
        a = k * b
        s = a + b + 2 * y
        if (s - y) % (k + 1) == 0:
            b2 = (s - y) // (k + 1)
            if k * b2 != a:
                break
    p1, p2 = rng.choice(NAMES_F), rng.choice(NAMES_M)
    ok = [f"Let {p2}'s age now be $x$, so {p1} is ${k}x$.",
          f"In {y} years their ages are $x + {y}$ and ${k}x + {y}$, so $(x + {y}) + ({k}x + {y}) = {s}$.",
          f"${k + 1}x + {2 * y} = {s}$, so ${k + 1}x = {s - 2 * y}$ and $x = {b}$.",
          f"{p1} is ${k} \\times {b} = {a}$ years old now."]
    wrong = [f"Let {p2}'s age be $x$; then {p1} is ${k}x$.",
             f"In {y} years the total is ${k + 1}x + {y} = {s}$, so ${k + 1}x = {s - y}$ and $x = {b2}$.",
             f"{p1} is ${k} \\times {b2} = {k * b2}$."]
    return item(q=f"{p1} is {k} times as old as {p2}. In {y} years, the sum of their ages will be {s}. "
                  f"How old is {p1} now?",
                ref=str(a), ok=ok, ok_ans=str(a), bad=wrong, bad_ans=str(k * b2), ival=a,
                why=f"both people get {y} years older, so I must add {2 * y}, not {y}", lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"{p1} is {a} years old."),
                      ("wrong_unit", "Incorrect", f"{p1} is {a} months old.")])


def m_pipes(rng: random.Random) -> dict:
    while True:
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        if a < b and Fraction(a * b, a + b).denominator != 1:
            break
    t = Fraction(a * b, a + b)
    bad = Fraction(a + b, 2)
    ok = [f"Pipe A fills $\\frac{{1}}{{{a}}}$ of the tank per hour and pipe B fills $\\frac{{1}}{{{b}}}$.",
          f"Together: $\\frac{{1}}{{{a}}} + \\frac{{1}}{{{b}}} = \\frac{{{a + b}}}{{{a * b}}}$ of the tank per hour.",
          f"Time $= \\frac{{{a * b}}}{{{a + b}}} = {frac_tex(t)}$ hours."]
    wrong = [f"On average each pipe needs $\\frac{{{a} + {b}}}{{2}} = {frac_tex(bad)}$ hours.",
             f"So together they need ${frac_tex(bad)}$ hours."]
    alts = [("units", "Correct", f"It takes ${frac_tex(t)}$ hours to fill the tank.")]
    whole, rem = divmod(t.numerator, t.denominator)
    if whole:
        mixed = f"{whole}\\frac{{{rem}}}{{{t.denominator}}}"
        alts.append(("fraction_decimal", "Correct", f"The answer is ${mixed}$ hours."))
    if terminating(t):
        alts.append(("fraction_decimal", "Correct", f"So the answer is {dec(t)} hours."))
    if (t * 60).denominator == 1:
        mins = int(t * 60)
        alts.append(("units", "Correct", f"The tank is full after {mins // 60} hours and {mins % 60} minutes."))
    return item(q=f"Pipe A can fill a tank in {a} hours and pipe B can fill it in {b} hours. Working together, how "
                  "many "
                  "hours do they need to fill the tank?",
                ref=frac_plain(t), ok=ok, ok_ans=frac_tex(t), bad=wrong, bad_ans=frac_tex(bad),
                why="rates add, times do not average", lang="en", ds="gsm8k_like", alts=alts)


def m_bottles(rng: random.Random) -> dict:
    while True:
        r = rng.choice([1250, 2500, 3750, 4500, 6200, 8250, 9100])
        h, d = rng.choice([8, 12, 16, 20, 24]), rng.choice([30, 40, 45, 60, 90])
        n = r * h * d
        if len(str(n).rstrip("0")) <= 4:
            break
    bad = r * d
    ok = [f"Per day the factory makes {r:,} x {h} = {r * h:,} bottles.",
          f"Over {d} days: {r * h:,} x {d} = {n:,} bottles."]
    wrong = [f"The factory makes {r:,} bottles per hour and runs for {d} days.",
             f"Total: {r:,} x {d} = {bad:,} bottles."]
    short = n // 10
    alts = [("thousands_sep", "Correct", f"The answer is {commas(n)}."),
            ("thousands_sep", "Correct", f"So the factory produces {commas(n, ' ')} bottles."),
            ("thousands_sep", "Correct", f"Therefore, the final answer is $\\boxed{{{commas(n, '{,}')}}}$."),
            ("thousands_sep", "Incorrect", f"The answer is {commas(short)}."),
            ("sci_notation", "Correct", f"The total is ${sci_tex(n)}$ bottles."),
            ("sci_notation", "Correct", f"Final answer: {sci_e(n)}"),
            ("sci_notation", "Incorrect", f"The total is ${sci_tex(short)}$ bottles."),
            ("number_words", "Correct", f"The factory produces {words_en(n)} bottles."),
            ("number_words", "Incorrect", f"The factory produces {words_en(short)} bottles.")]
    return item(q=f"A factory produces {r:,} bottles per hour. It runs {h} hours a day for {d} days. How many bottles "
                  "does it produce in that time?",
                ref=rng.choice([str(n), commas(n)]), ok=ok, ok_ans=commas(n), bad=wrong, bad_ans=commas(bad), ival=n,
                why="I forgot to multiply by the number of hours per day", lang="en", ds="gsm8k_like", alts=alts)


def m_percent(rng: random.Random) -> dict:
    p = rng.choice([20, 25, 40, 50, 80])
    whole = rng.choice([40, 60, 80, 120, 200, 240, 400])
    part = whole * p // 100
    inv = 100 * 100 // p
    ok = [f"We want $\\frac{{{part}}}{{{whole}}} \\times 100\\%$.",
          f"$\\frac{{{part}}}{{{whole}}} = {dec(Fraction(p, 100))}$, and ${dec(Fraction(p, 100))} \\times 100 = {p}$."]
    wrong = [f"$\\frac{{{whole}}}{{{part}}} \\times 100 = {inv}$."]
    alts = [("percent", "Correct", f"So {part} is ${p}\\%$ of {whole}."),
            ("percent", "Correct", f"The answer is {p} percent."),
            ("percent", "Incorrect", f"The answer is {dec(Fraction(p, 100))}."),
            ("percent", "Incorrect", f"So {part} is {dec(Fraction(p, 100))}% of {whole}.")]
    return item(q=f"What percent of {whole} is {part}?", ref=rng.choice([str(p), f"{p}\\%"]), ok=ok, ok_ans=f"{p}\\%",
                bad=wrong, bad_ans=f"{inv}\\%", why="the part goes in the numerator", lang="en", ds="math_like",
                alts=alts)


def m_buses(rng: random.Random) -> dict:
    while True:
        a, b = rng.choice([6, 8, 9, 10, 12, 15, 18, 20]), rng.choice([9, 10, 12, 15, 20, 25, 30])
        lcm = a * b // math.gcd(a, b)
        if a != b and math.gcd(a, b) > 1 and lcm not in (a, b):
            break
    ok = [f"They leave together again after the least common multiple of {a} and {b} minutes.",
          f"$\\gcd({a}, {b}) = {math.gcd(a, b)}$, so $\\operatorname{{lcm}}({a}, {b}) = \\frac{{{a} \\cdot {b}}}"
          f"{{{math.gcd(a, b)}}} = {lcm}$."]
    wrong = [f"They meet again after ${a} \\times {b} = {a * b}$ minutes."]
    alts = [("units", "Correct", f"They next leave together after {lcm} minutes."),
            ("wrong_unit", "Incorrect", f"They next leave together after {lcm} hours.")]
    if lcm % 30 == 0:
        h = Fraction(lcm, 60)
        alts.append(("units", "Correct", f"So they leave together again after {dec(h)} hour{'s' if h != 1 else ''}."))
    return item(q=f"Two buses leave a station at the same time. One leaves every {a} minutes and the other every {b} "
                  "minutes. After how many minutes will they next leave the station together?",
                ref=str(lcm), ok=ok, ok_ans=str(lcm), bad=wrong, bad_ans=str(a * b), ival=lcm,
                why="the product is a common multiple but not the least one", lang="en", ds="gsm8k_like", alts=alts)
