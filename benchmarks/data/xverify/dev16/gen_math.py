"""Math problem families for dev16. Each family returns a dict describing one problem:
q, setup_think, setup_clean, finish (correct derivation sentence), verify, right (list of
equivalent correct answer strings), ref, wrongs (list of (answer, sentence, trap)), dataset, lang.
Written by hand by an independent author; numbers are computed, text is family-specific."""
from fractions import Fraction
import math
import inspect


def _x(loc, d):
    import extras
    name = inspect.stack()[1].function
    d["extra"] = getattr(extras, name)(loc)
    import extras2
    d["extra2"] = getattr(extras2, name)(loc)
    import extras3
    d["extra3"] = getattr(extras3, name)(loc)
    import extras4
    d["extra4"] = getattr(extras4, name)(loc)
    return d


def fam_shop(r):
    n1, p1 = r.randint(3, 9), r.choice([1.25, 2.75, 3.50, 4.20, 0.85])
    n2, p2 = r.randint(2, 6), r.choice([6.40, 7.95, 12.30, 5.15])
    paid = 100
    tot = round(n1 * p1 + n2 * p2, 2)
    if abs(tot - 50) < 1e-9 or tot >= 100:
        return fam_shop(r)
    ch = round(paid - tot, 2)
    name = r.choice(["Marisol", "Dev", "Ingrid", "Kofi", "Tamsin"])
    q = (f"{name} buys {n1} notebooks at ${p1:.2f} each and {n2} sets of markers at ${p2:.2f} each. "
         f"She pays with a $100 bill. How much change, in dollars, does she receive?")
    a1, a2 = round(n1 * p1, 2), round(n2 * p2, 2)
    st = (f"Okay so {name} buys two kinds of things. Notebooks: {n1} of them at {p1:.2f} each. "
          f"{n1} times {p1:.2f}... let me do it carefully, {n1} x {p1:.2f} = {a1:.2f}. Markers: {n2} sets at {p2:.2f}, "
          f"that's {a2:.2f}. Hmm, I should double-check {n2} x {p2:.2f}: {p2:.2f} + ... {n2} times gives {a2:.2f}, yes.\n\n"
          f"Total spent = {a1:.2f} + {a2:.2f} = {tot:.2f}. She hands over a hundred-dollar bill, so the change is 100 minus the total. ")
    sc = (f"**Step 1 – cost of the notebooks.** {n1} × \\${p1:.2f} = \\${a1:.2f}.\n\n"
          f"**Step 2 – cost of the markers.** {n2} × \\${p2:.2f} = \\${a2:.2f}.\n\n"
          f"**Step 3 – total.** \\${a1:.2f} + \\${a2:.2f} = \\${tot:.2f}.\n\n"
          f"**Step 4 – change from \\$100.** ")
    fin = f"100 − {tot:.2f} = {ch:.2f}, so she gets ${ch:.2f} back."
    ver = (f"Check: {tot:.2f} + {ch:.2f} = {tot + ch:.2f}, which is exactly the $100 she paid, so the change is consistent.")
    cents = int(round(ch * 100))
    right = [f"\\${ch:.2f}", f"{ch:.2f}", f"{ch:.2f} dollars", f"{cents // 100} dollars and {cents % 100} cents"]
    if cents % 10 == 0:
        right.append(f"{ch:.1f}")
    wrongs = [(f"\\${tot:.2f}", f"So the answer is the total amount, {tot:.2f}.", "intermediate_total_as_final"),
              (f"{cents}", f"In cents that is {cents}, and I'll report {cents} as the change.", "unit_scale_cents_vs_dollars"),
              (f"\\${round(ch + p1, 2):.2f}", f"Wait, I think I double-counted one notebook, so I add back {p1:.2f}: the change is {round(ch + p1, 2):.2f}.", "bad_self_correction")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"{ch:.2f}", f"${ch:.2f}", f"The total is {tot:.2f}, so change = 100 - {tot:.2f} = {ch:.2f}. #### {ch:.2f}"]),
                wrongs=wrongs, dataset="gsm8k_like", lang="en"))


def fam_percent(r):
    p, q_ = r.choice([(20, 20), (10, 10), (30, 30), (50, 40), (15, 20)])
    net = Fraction(100 + p, 100) * Fraction(100 - q_, 100) - 1
    pct = net * 100
    item = r.choice(["a jacket", "a share of stock", "a bicycle", "a concert ticket"])
    q = (f"The price of {item} is increased by {p}% and then the new price is decreased by {q_}%. "
         f"By what percent has the original price changed overall? (Give a signed percent, negative for a decrease.)")
    pf = float(pct)
    pstr = f"{pf:g}"
    st = (f"Let the original price be 100 to make percentages easy. After a {p}% increase it's {100 + p}. "
          f"Then a {q_}% decrease: {100 + p} × (1 − {q_/100:g}) = {100 + p} × {(100 - q_)/100:g} = {(100 + p) * (100 - q_) / 100:g}. "
          f"People often think +{p}% and −{q_}% cancel or just add to {p - q_}%, but the second percentage is applied to a larger base, so that's a trap. ")
    sc = (f"Let the original price be $P$.\n\n"
          f"$$P_1 = P(1 + {p/100:g}) = {1 + p/100:g}P$$\n\n$$P_2 = P_1(1 - {q_/100:g}) = {1 + p/100:g} \\times {1 - q_/100:g}\\,P = {(1 + p/100) * (1 - q_/100):g}P$$\n\n"
          f"The overall factor is {(1 + p/100) * (1 - q_/100):g}. ")
    fin = f"So the price changes by {(1 + p/100) * (1 - q_/100):g} − 1 = {pf/100:g}, i.e. {pstr}%."
    ver = (f"Sanity check with 200 as the start: 200 → {200 * (1 + p/100):g} → {200 * (1 + p/100) * (1 - q_/100):g}, "
           f"and {200 * (1 + p/100) * (1 - q_/100):g}/200 − 1 = {pf/100:g}. Same thing.")
    if pf < 0:
        right = [f"{pstr}\\%", f"{pstr}%", f"a {-pf:g}% decrease", f"decreased by {-pf:g}%", f"{pf/100:g} (i.e. {pstr}%)"]
        wrongs = [(f"{-pf:g}%", f"That's a change of {-pf:g}% — a {-pf:g}% increase in price.", "sign_flip_percent"),
                  (f"{p - q_}%", f"Net effect: {p}% − {q_}% = {p - q_}%.", "naive_additive_percent"),
                  (f"{pf:g}", f"so the overall change is {pf/100:g} × 100 = {pf:g}... I'll report {pf:g} dollars per 100.", None)]
    else:
        right = [f"{pstr}\\%", f"+{pstr}%", f"a {pf:g}% increase", f"increased by {pf:g}%"]
        wrongs = [(f"-{pstr}%", f"So it's a {pstr}% decrease overall.", "sign_flip_percent"),
                  (f"{p - q_}%", f"Net effect: {p}% − {q_}% = {p - q_}%.", "naive_additive_percent")]
    wrongs = [w for w in wrongs if w[2]]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"{pstr}\\%", f"{pstr}%", f"{pf/100:g}"]) if pf < 0 else f"{pstr}%",
                wrongs=wrongs, dataset="math_like", lang="en"))


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


def fam_quadratic(r):
    while True:
        a, b = sorted(r.sample([-7, -5, -4, -3, -2, 1, 2, 3, 4, 6, 7, 9], 2))
        if a + b != 0:
            break
    s, p = a + b, a * b
    def sg(v):
        return f"+ {v}" if v >= 0 else f"- {-v}"
    poly = f"x^2 {sg(-s)}x {sg(p)}".replace("+ 1x", "+ x").replace("- 1x", "- x").replace("+ 0x ", "")
    q = f"Find all real solutions of the equation ${poly} = 0$."
    st = (f"I need two numbers that multiply to {p} and add to {s}. Let me try... {a} and {b}: product {a*b}, sum {a+b}. Yes. "
          f"So it factors as (x {sg(-a)})(x {sg(-b)}) — let me expand to be safe: x^2 {sg(-a-b)}x {sg(a*b)}. Matches. ")
    disc = s * s - 4 * p
    sc = (f"Use the quadratic formula with $a=1$, $b={-s}$, $c={p}$.\n\n"
          f"Discriminant: $\\Delta = ({-s})^2 - 4(1)({p}) = {s*s} {sg(-4*p)} = {disc}$, so $\\sqrt{{\\Delta}} = {int(math.isqrt(disc))}$.\n\n"
          f"$$x = \\frac{{{s} \\pm {int(math.isqrt(disc))}}}{{2}}$$\n\n")
    fin = f"This gives $x = {b}$ and $x = {a}$."
    ver = f"Plug in: for x = {a}: {a*a} {sg(-s*a)} {sg(p)} = {a*a - s*a + p}; for x = {b}: {b*b} {sg(-s*b)} {sg(p)} = {b*b - s*b + p}. Both zero."
    right = [f"x = {a} \\text{{ or }} x = {b}", f"\\{{{a}, {b}\\}}", f"{b}, {a}", f"x_1 = {a},\\ x_2 = {b}", f"x={b} and x={a}"]
    wrongs = [(f"x = {b}", f"The relevant solution is x = {b}.", "missing_root"),
              (f"\\{{{-a}, {-b}\\}}", f"so the roots are x = {-a} and x = {-b} (from the factors).", "sign_error_roots")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"{a}, {b}", f"x={a} \\text{{ or }} x={b}", f"\\{{{a},{b}\\}}"]),
                wrongs=wrongs, dataset="math_like", lang="en"))


def fam_abs_ineq(r):
    c, d = r.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5, 6]), r.randint(2, 7)
    lo, hi = c - d, c + d
    cs = f"x - {c}" if c >= 0 else f"x + {-c}"
    q = f"Solve the inequality $|{cs}| < {d}$ and write the solution set in interval notation."
    st = (f"Absolute value less than {d} means the inside is within {d} of zero, so −{d} < {cs} < {d}. "
          f"Add {c} across (well, {'subtract' if c < 0 else 'add'} appropriately): {lo} < x < {hi}. "
          f"Strict inequality, so endpoints excluded — open interval. Let me just test x = {c}: |0| = 0 < {d}, fine. x = {hi}: |{d}| = {d}, not < {d}. Right, excluded. ")
    sc = (f"For $k>0$, $|u| < k \\iff -k < u < k$. With $u = {cs}$ and $k = {d}$:\n\n"
          f"$$-{d} < {cs} < {d}$$\n\n")
    fin = f"Adding {c} to every part: ${lo} < x < {hi}$, i.e. $({lo}, {hi})$."
    ver = f"Test points: x = {lo - 1} gives |{lo - 1 - c}| = {d + 1} (fails), x = {c + 1} gives 1 (works), x = {hi + 1} gives {d + 1} (fails). Consistent."
    right = [f"({lo}, {hi})", f"{lo} < x < {hi}", f"x \\in ({lo},{hi})", f"\\left({lo},\\,{hi}\\right)"]
    wrongs = [(f"[{lo}, {hi}]", f"So the solution set is [{lo}, {hi}].", "closed_vs_open_interval"),
              (f"({-d - c}, {d - c})", f"Subtracting {c}: {-d - c} < x < {d - c}.", "shift_wrong_direction"),
              (f"(-\\infty, {lo}) \\cup ({hi}, \\infty)", f"so x < {lo} or x > {hi}.", "complement_interval")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"({lo}, {hi})", f"{lo}<x<{hi}"]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_line(r):
    m = r.choice([-3, -2, 2, 3, 4, Fraction(1, 2), Fraction(-1, 2)])
    x1 = r.randint(-3, 3)
    b = r.randint(-5, 5)
    x2 = x1 + (2 if isinstance(m, Fraction) else 1) * r.choice([1, 2])
    y1, y2 = m * x1 + b, m * x2 + b
    def f(v):
        v = Fraction(v)
        return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"
    q = f"Find the equation of the line passing through the points $({x1}, {f(y1)})$ and $({x2}, {f(y2)})$. Write it in slope-intercept form."
    ms = f(m)
    bs = f"+ {f(b)}" if b > 0 else (f"- {f(-b)}" if b < 0 else "")
    mx = "x" if m == 1 else ("-x" if m == -1 else (f"\\frac{{{m.numerator}}}{{{m.denominator}}}x" if isinstance(m, Fraction) else f"{m}x"))
    mxp = "x" if m == 1 else (f"({ms})x" if isinstance(m, Fraction) else f"{m}x")
    eq = f"y = {mx} {bs}".strip()
    eqp = f"y = {mxp} {bs}".strip()
    st = (f"Slope first: rise over run = ({f(y2)} − ({f(y1)})) / ({x2} − ({x1})) = {f(y2 - y1)}/{x2 - x1} = {ms}. "
          f"Then plug one point into y = mx + b: {f(y1)} = {ms}·({x1}) + b → b = {f(y1)} − ({f(m * x1)}) = {f(b)}. ")
    sc = (f"**Slope.**\n$$m = \\frac{{y_2 - y_1}}{{x_2 - x_1}} = \\frac{{{f(y2)} - ({f(y1)})}}{{{x2} - ({x1})}} = {ms}$$\n\n"
          f"**Intercept.** Using $({x1}, {f(y1)})$: $b = y_1 - m x_1 = {f(y1)} - ({ms})({x1}) = {f(b)}$.\n\n")
    fin = f"Therefore the line is ${eq}$."
    ver = f"Check the second point: {ms}·{x2} + ({f(b)}) = {f(m * x2 + b)} = y₂ ✓."
    D = m.denominator if isinstance(m, Fraction) else 1
    A, B, C = int(m * D), -D, int(b * D)
    std = f"{A}x - {D}y {'+' if C >= 0 else '-'} {abs(C)} = 0".replace("1y", "y") if D == 1 else f"{A}x - {D}y {'+' if C >= 0 else '-'} {abs(C)} = 0"
    right = [eq, eqp, std]
    wb = f"+ {f(-b)}" if -b > 0 else (f"- {f(b)}" if -b < 0 else "+ 1")
    wrongs = [(f"y = {mx} {wb}".strip() if b != 0 else f"y = {mx} + 1", "So the intercept is the opposite sign, giving " + (f"y = {mx} {wb}" if b != 0 else f"y = {mx} + 1") + ".", "sign_error_intercept"),
              (f"y = {f(-m)}x {bs}".strip(), f"Slope is ({f(y1)} − {f(y2)})/({x2} − {x1}) = {f(-m)}, so y = {f(-m)}x {bs}.", "slope_sign_error")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([eq, f"${eq}$"]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_speed(r):
    kmh = r.choice([36, 54, 72, 90, 108, 45])
    ms = Fraction(kmh * 1000, 3600)
    t = r.choice([20, 30, 40])
    dist = ms * t
    vehicle = r.choice(["A train", "A car", "A cyclist on a downhill", "A tram"])
    q = f"{vehicle} moves at a constant {kmh} km/h. How many metres does it travel in {t} seconds?"
    def f(v):
        return str(v.numerator) if v.denominator == 1 else f"{float(v):g}"
    st = (f"Units mismatch: speed in km/h, time in seconds. Convert speed: {kmh} km/h = {kmh} × 1000 m / 3600 s. "
          f"{kmh*1000}/3600 = {f(ms)} m/s. (Shortcut: divide by 3.6.) Then distance = speed × time = {f(ms)} × {t}. ")
    sc = (f"Convert the speed to metres per second:\n\n$$ {kmh}\\ \\text{{km/h}} = \\frac{{{kmh} \\times 1000\\ \\text{{m}}}}{{3600\\ \\text{{s}}}} = {f(ms)}\\ \\text{{m/s}} $$\n\n"
          f"Distance $= v t = {f(ms)}\\ \\text{{m/s}} \\times {t}\\ \\text{{s}}$. ")
    fin = f"= {f(dist)} m."
    ver = f"Alternative: {t} s is {Fraction(t, 3600)} of an hour, and {kmh} × {Fraction(t, 3600)} km = {float(kmh * Fraction(t, 3600)):g} km = {f(dist)} m. ✓"
    right = [f"{f(dist)}\\text{{ m}}", f"{f(dist)} metres", f"{f(dist)}", f"{float(dist) / 1000:g} km (= {f(dist)} m)"]
    wrongs = [(f"{float(dist) / 1000:g} m", f"{kmh} × {t}/3600 = {float(dist) / 1000:g}, so about {float(dist) / 1000:g} m.", "unit_km_reported_as_m"),
              (f"{kmh * t} m", f"Distance = {kmh} × {t} = {kmh * t} m.", "no_unit_conversion")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"{f(dist)}", f"{f(dist)} m", f"\\({f(dist)}\\,\\mathrm{{m}}\\)"]), wrongs=wrongs, dataset="gsm8k_like", lang="en"))


def fam_clock(r):
    h, m = r.choice([(9, 45), (10, 20), (11, 35), (8, 50), (22, 40)])
    dh, dm = r.choice([(2, 50), (3, 25), (1, 55), (4, 40)])
    tot = h * 60 + m + dh * 60 + dm
    H, M = (tot // 60) % 24, tot % 60
    def fmt12(hh, mm):
        suf = "AM" if hh < 12 else "PM"
        h12 = hh % 12 or 12
        return f"{h12}:{mm:02d} {suf}"
    start = fmt12(h, m)
    q = f"A bus leaves the depot at {start} and the trip takes {dh} hours {dm} minutes. At what time does it arrive? (Use a 12-hour clock with AM/PM.)"
    st = (f"Start {start}. Add {dh} hours first: {fmt12((h + dh) % 24, m)}. Then {dm} more minutes: {m} + {dm} = {m + dm} minutes, "
          f"{'which rolls over an hour: ' + str(m + dm - 60) + ' minutes past the next hour' if m + dm >= 60 else 'no rollover'}. ")
    sc = f"| step | time |\n|---|---|\n| depart | {start} |\n| + {dh} h | {fmt12((h + dh) % 24, m)} |\n| + {dm} min | ? |\n\n"
    ans = fmt12(H, M)
    fin = f"Adding the minutes gives **{ans}**."
    ver = f"Check: from {start} to {ans} is {(tot - h*60 - m)//60} h {(tot - h*60 - m) % 60} min, matching the trip length."
    right = [ans, ans.replace(" ", "").lower(), f"{H:02d}:{M:02d} ({ans})", ans.replace("PM", "p.m.").replace("AM", "a.m.")]
    other = "AM" if "PM" in ans else "PM"
    wrongs = [(ans[:-2] + other, f"so it arrives at {ans[:-2] + other}.", "am_pm_flip"),
              (fmt12((H - 1) % 24, M), f"the minutes give {M:02d} past, and the hour is {fmt12((H - 1) % 24, M)} since I carried already.", "missed_hour_carry" if m + dm >= 60 else "off_by_one_hour")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([ans, f"{H:02d}:{M:02d}" if H >= 12 else ans]), wrongs=wrongs, dataset="gsm8k_like", lang="en"))


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


def fam_distance(r):
    while True:
        x1, y1, x2, y2 = [r.randint(-6, 6) for _ in range(4)]
        dx, dy = x2 - x1, y2 - y1
        s = dx * dx + dy * dy
        k = 1
        for f in range(2, 10):
            if s % (f * f) == 0:
                k = f
        rad = s // (k * k)
        if s > 0 and k > 1 and rad > 1:
            break
    q = f"Find the distance between the points $({x1}, {y1})$ and $({x2}, {y2})$. Express your answer in simplest radical form."
    exact = f"{k}\\sqrt{{{rad}}}"
    st = (f"Distance formula. Δx = {x2} − ({x1}) = {dx}, Δy = {y2} − ({y1}) = {dy}. Squares: {dx*dx} and {dy*dy}, sum {s}. "
          f"√{s} — is that simplifiable? {s} = {k*k} × {rad}, so √{s} = {k}√{rad}. ")
    sc = f"$$d = \\sqrt{{({x2}-({x1}))^2 + ({y2}-({y1}))^2}} = \\sqrt{{{dx*dx} + {dy*dy}}} = \\sqrt{{{s}}}$$\n\n"
    fin = f"Simplifying, $\\sqrt{{{s}}} = \\sqrt{{{k*k}\\cdot {rad}}} = {exact}$."
    ver = f"Numerically {k}·√{rad} ≈ {k * math.sqrt(rad):.4f} and √{s} ≈ {math.sqrt(s):.4f}, same."
    right = [exact, f"{k}√{rad}", f"{k}\\sqrt{rad}" if rad < 10 else exact, f"\\sqrt{{{s}}} = {exact}"]
    wrongs = [(f"\\sqrt{{{abs(dx) + abs(dy)}}}" if abs(dx) + abs(dy) != s else f"{k+1}\\sqrt{{{rad}}}", f"so d = √{abs(dx)+abs(dy)}.", "forgot_to_square"),
              (f"{k*k}\\sqrt{{{rad}}}", f"√{s} = {k*k}√{rad}.", "radical_simplification_error"),
              (f"{k * math.sqrt(rad):.1f}", f"approximately {k * math.sqrt(rad):.1f}.", "decimal_when_exact_required")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([exact, f"${exact}$"]), wrongs=wrongs[:2], dataset="math_like", lang="en"))


def fam_cross(r):
    u = [r.randint(-3, 4) for _ in range(3)]
    v = [r.randint(-3, 4) for _ in range(3)]
    c = [u[1]*v[2] - u[2]*v[1], u[2]*v[0] - u[0]*v[2], u[0]*v[1] - u[1]*v[0]]
    if c == [0, 0, 0] or 0 in c[:1]:
        c = None
    if c is None:
        u, v = [1, 2, 3], [4, -1, 2]
        c = [u[1]*v[2] - u[2]*v[1], u[2]*v[0] - u[0]*v[2], u[0]*v[1] - u[1]*v[0]]
    q = f"Compute the cross product $\\mathbf{{u}} \\times \\mathbf{{v}}$ for $\\mathbf{{u}} = ({u[0]}, {u[1]}, {u[2]})$ and $\\mathbf{{v}} = ({v[0]}, {v[1]}, {v[2]})$."
    st = (f"Use the determinant with i, j, k. i-component: u2v3 − u3v2 = ({u[1]})({v[2]}) − ({u[2]})({v[1]}) = {u[1]*v[2]} − {u[2]*v[1]} = {c[0]}. "
          f"j-component — careful, it's u3v1 − u1v3 = ({u[2]})({v[0]}) − ({u[0]})({v[2]}) = {c[1]}. "
          f"k-component: u1v2 − u2v1 = ({u[0]})({v[1]}) − ({u[1]})({v[0]}) = {c[2]}. ")
    sc = (f"$$\\mathbf{{u}}\\times\\mathbf{{v}} = \\begin{{vmatrix}} \\mathbf{{i}} & \\mathbf{{j}} & \\mathbf{{k}} \\\\ {u[0]} & {u[1]} & {u[2]} \\\\ {v[0]} & {v[1]} & {v[2]} \\end{{vmatrix}}$$\n\n"
          f"Expanding along the first row, the components are {c[0]}, {c[1]} and {c[2]}. ")
    fin = f"So $\\mathbf{{u}}\\times\\mathbf{{v}} = ({c[0]}, {c[1]}, {c[2]})$."
    ver = f"Orthogonality check: u·(u×v) = {u[0]*c[0]} + {u[1]*c[1]} + {u[2]*c[2]} = {sum(a*b for a, b in zip(u, c))}; v·(u×v) = {sum(a*b for a, b in zip(v, c))}. Both zero ✓."
    right = [f"({c[0]}, {c[1]}, {c[2]})", f"\\begin{{pmatrix}} {c[0]} \\\\ {c[1]} \\\\ {c[2]} \\end{{pmatrix}}", f"\\langle {c[0]}, {c[1]}, {c[2]} \\rangle",
             f"{c[0]}\\mathbf{{i}} {'+' if c[1] >= 0 else '-'} {abs(c[1])}\\mathbf{{j}} {'+' if c[2] >= 0 else '-'} {abs(c[2])}\\mathbf{{k}}"]
    wrongs = [(f"({c[0]}, {-c[1]}, {c[2]})", f"j-component: u1v3 − u3v1 = {-c[1]}. So ({c[0]}, {-c[1]}, {c[2]}).", "j_component_sign")]
    if c[1] == 0:
        wrongs = [(f"({-c[0]}, {-c[1]}, {-c[2]})", f"Computing v × u by mistake: ({-c[0]}, {-c[1]}, {-c[2]}).", "reversed_order")]
    else:
        wrongs.append((f"({-c[0]}, {-c[1]}, {-c[2]})", f"Actually the order is v × u here, giving ({-c[0]}, {-c[1]}, {-c[2]}).", "reversed_order"))
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"({c[0]},{c[1]},{c[2]})", f"\\begin{{pmatrix}}{c[0]}\\\\{c[1]}\\\\{c[2]}\\end{{pmatrix}}"]), wrongs=wrongs, dataset="math_like", lang="en"))


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


def fam_mixed(r):
    w, n, dd = r.choice([(2, 1, 4), (1, 2, 3), (3, 1, 2), (1, 3, 4), (2, 2, 3)])
    sc_ = r.choice([Fraction(3, 2), Fraction(5, 2), Fraction(2, 3), Fraction(3, 4)])
    amt = Fraction(w * dd + n, dd)
    res = amt * sc_
    if res.denominator == 1 or res < 1:
        return fam_mixed(r)
    whole, rem = divmod(res.numerator, res.denominator)
    mixed = f"{whole}\\frac{{{rem}}}{{{res.denominator}}}" if whole and rem else (f"{whole}" if not rem else f"\\frac{{{rem}}}{{{res.denominator}}}")
    mixed_plain = f"{whole} {rem}/{res.denominator}" if whole and rem else f"{res.numerator}/{res.denominator}"
    serv_from, serv_to = 4 * sc_.denominator, 4 * sc_.numerator
    q = f"A recipe for {serv_from} servings uses ${w}\\frac{{{n}}}{{{dd}}}$ cups of flour. How many cups of flour are needed for {serv_to} servings? Give the answer as a mixed number."
    st = (f"Scale factor {serv_to}/{serv_from} = {sc_}. {w} {n}/{dd} cups is {amt.numerator}/{amt.denominator} as an improper fraction. "
          f"Multiply: {amt.numerator}/{amt.denominator} × {sc_} = {amt.numerator * sc_.numerator}/{amt.denominator * sc_.denominator} = {res.numerator}/{res.denominator}. ")
    sc = (f"Convert to an improper fraction: ${w}\\frac{{{n}}}{{{dd}}} = \\frac{{{amt.numerator}}}{{{amt.denominator}}}$.\n\n"
          f"Scale factor: $\\frac{{{serv_to}}}{{{serv_from}}} = \\frac{{{sc_.numerator}}}{{{sc_.denominator}}}$.\n\n$$\\frac{{{amt.numerator}}}{{{amt.denominator}}} \\cdot \\frac{{{sc_.numerator}}}{{{sc_.denominator}}} = \\frac{{{res.numerator}}}{{{res.denominator}}}$$\n\n")
    fin = f"As a mixed number that is ${mixed}$ cups."
    ver = f"Decimal check: {float(amt):g} × {float(sc_):g} = {float(res):g}, and {mixed_plain} = {float(res):g}. ✓"
    right = [mixed, mixed_plain + " cups", f"\\frac{{{res.numerator}}}{{{res.denominator}}}", f"{float(res):g} cups"]
    if rem + 1 < res.denominator:
        wrong_mix = f"{whole} {rem + 1}/{res.denominator}"
    elif rem > 1:
        wrong_mix = f"{whole} {rem - 1}/{res.denominator}"
    else:
        wrong_mix = f"{whole + 1} {rem}/{res.denominator}"
    wrongs = [(wrong_mix, f"so it's {wrong_mix} cups.", "mixed_number_slip"),
              (f"{w * sc_.numerator}\\frac{{{n}}}{{{dd}}}" if sc_ > 1 else f"{w}\\frac{{{n}}}{{{dd * 2}}}", "Scaling only the whole part: " + (f"{w * sc_.numerator} {n}/{dd}." if sc_ > 1 else f"{w} {n}/{dd*2}."), "partial_scaling")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([mixed, mixed_plain, f"{res.numerator}/{res.denominator}"]), wrongs=wrongs, dataset="gsm8k_like", lang="en"))


def fam_angle(r):
    k = r.choice([(1, 2, "\\frac{\\pi}{3}", "π/3", 60), (0, 1, "\\frac{\\pi}{2}", "π/2", 90), (-1, 2, "\\frac{2\\pi}{3}", "2π/3", 120)])
    num, den, tex, plain, deg = k
    cosv = {60: "\\frac{1}{2}", 90: "0", 120: "-\\frac{1}{2}"}[deg]
    # vectors with given cos
    u, v = {60: ((1, 0), (1, "√3")), 90: ((2, 1), (-1, 2)), 120: ((1, 0), (-1, "√3"))}[deg]
    q = f"Find the angle, in radians, between the vectors $\\mathbf{{a}} = ({u[0]}, {u[1]})$ and $\\mathbf{{b}} = ({v[0]}, {v[1]})$.".replace("√3", "\\sqrt{3}")
    dotv = {60: "1", 90: "0", 120: "-1"}[deg]
    nb = {60: "2", 90: "√5", 120: "2"}[deg]
    na = {60: "1", 90: "√5", 120: "1"}[deg]
    st = (f"cos θ = a·b / (|a||b|). a·b = {dotv}. |a| = {na}, |b| = {nb}. So cos θ = {cosv.replace(chr(92)+'frac{1}{2}', '1/2')}. "
          f"The angle in [0, π] with that cosine is {deg}°, and the question wants radians. {deg}° × π/180 = {plain}. ")
    sc = (f"$$\\cos\\theta = \\frac{{\\mathbf a\\cdot\\mathbf b}}{{\\|\\mathbf a\\|\\,\\|\\mathbf b\\|}} = {cosv}$$\n\n"
          f"Since $\\theta \\in [0, \\pi]$, ")
    fin = f"$\\theta = {tex}$ (that is, {deg}°)."
    ver = f"cos({plain}) = {cosv.replace(chr(92)+'frac{1}{2}', '1/2')}, as required."
    right = [tex, plain, f"{plain} rad", f"{deg * math.pi / 180:.4f} (= {plain})"]
    wrongs = [(f"{deg}", f"So θ = {deg}.", "degrees_number_when_radians_asked"),
              ({60: "\\frac{\\pi}{6}", 90: "\\pi", 120: "\\frac{\\pi}{3}"}[deg], "Taking the reference angle, θ = " + {60: "π/6", 90: "π", 120: "π/3"}[deg] + ".", "wrong_special_angle")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([tex, plain]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_date(r):
    import datetime as dt
    start = dt.date(r.choice([2023, 2024, 2025]), r.choice([1, 2, 3, 10]), r.randint(1, 28))
    k = r.choice([45, 60, 75, 100])
    end = start + dt.timedelta(days=k)
    q = f"Today is {start.strftime('%A, %B')} {start.day}, {start.year}. What will the date be {k} days from today? Give the full date."
    months = []
    d = start
    st = (f"Count forward. {start.strftime('%B')} has "
          f"{(dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1) - dt.timedelta(days=1)).day} days, so the days remaining in {start.strftime('%B')} after the {start.day}th: "
          f"{(dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1) - dt.timedelta(days=1)).day - start.day}. ")
    left = k - ((dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1) - dt.timedelta(days=1)).day - start.day)
    d = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    while True:
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        ml = (nxt - d).days
        if left > ml:
            st += f"Subtract {d.strftime('%B')} ({ml} days): {left} − {ml} = {left - ml} left. "
            left -= ml
            d = nxt
        else:
            st += f"Then {left} days into {d.strftime('%B')} lands on {d.strftime('%B')} {left}. "
            break
    sc = f"Let day 0 be {start.isoformat()}. Adding {k} days month by month:\n\n" + "\n".join(f"- {line.strip()}" for line in st.split(". ")[1:] if line.strip()) + "\n\n"
    ans = f"{end.strftime('%B')} {end.day}, {end.year}"
    fin = f"The date is {ans} ({end.strftime('%A')})."
    ver = f"Weekday check: {k} mod 7 = {k % 7}, and {start.strftime('%A')} + {k % 7} days = {end.strftime('%A')}. ✓"
    right = [ans, end.isoformat(), f"{end.strftime('%A')}, {ans}", f"{end.day} {end.strftime('%B')} {end.year}"]
    e2 = end + dt.timedelta(days=1)
    e0 = end - dt.timedelta(days=1)
    wrongs = [(f"{e2.strftime('%B')} {e2.day}, {e2.year}", f"counting today as day 1, it's {e2.strftime('%B')} {e2.day}, {e2.year}.", "off_by_one_day"),
              (f"{e0.strftime('%B')} {e0.day}, {e0.year}", f"so {e0.strftime('%B')} {e0.day}, {e0.year}.", "off_by_one_day"),
              (end.strftime('%A'), f"so it will be a {end.strftime('%A')}.", "weekday_instead_of_date")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([ans, end.isoformat()]), wrongs=[wrongs[r.randint(0, 1)], wrongs[2]], dataset="gsm8k_like", lang="en"))


def fam_series(r):
    a, d, n = r.randint(2, 9), r.randint(2, 7), r.choice([20, 25, 30, 40])
    last = a + (n - 1) * d
    S = n * (a + last) // 2
    q = f"Find the sum of the first {n} terms of the arithmetic sequence {a}, {a+d}, {a+2*d}, {a+3*d}, ..."
    st = (f"First term {a}, common difference {d}. The {n}th term is {a} + ({n}−1)·{d} = {a} + {(n-1)*d} = {last}. "
          f"Sum = n(first + last)/2 = {n}·({a} + {last})/2 = {n}·{a+last}/2. ")
    sc = f"$$a_{{{n}}} = a_1 + ({n}-1)d = {a} + {n-1}\\cdot {d} = {last}$$\n\n$$S_{{{n}}} = \\frac{{{n}(a_1 + a_{{{n}}})}}{{2}} = \\frac{{{n}\\cdot {a + last}}}{{2}}$$\n\n"
    fin = f"which equals {S}."
    ver = f"Alternative formula: S = n·a₁ + d·n(n−1)/2 = {n*a} + {d}·{n*(n-1)//2} = {n*a + d*n*(n-1)//2}. ✓"
    right = [f"{S}", f"\\boxed{{{S}}}", f"{S:,}" if S >= 1000 else f"S_{{{n}}} = {S}"]
    wl = a + n * d
    wrongs = [(f"{n * (a + wl) // 2}", f"the last term is {a} + {n}·{d} = {wl}, so S = {n * (a + wl) // 2}.", "nth_term_off_by_one"),
              (f"{last}", f"so the answer is {last}.", "term_instead_of_sum")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=r.choice([f"{S}", f"S_{{{n}}}={S}"]), wrongs=wrongs, dataset="math_like", lang="en"))


def fam_matrix(r):
    A = [[r.randint(-2, 4) for _ in range(2)] for _ in range(2)]
    B = [[r.randint(-2, 3) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    def pm(M):
        return f"\\begin{{pmatrix}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{pmatrix}}"
    q = f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$."
    st = ("Row times column. " + " ".join(
        f"Entry ({i+1},{j+1}): ({A[i][0]})({B[0][j]}) + ({A[i][1]})({B[1][j]}) = {A[i][0]*B[0][j]} + {A[i][1]*B[1][j]} = {C[i][j]}." for i in range(2) for j in range(2)) + " ")
    sc = f"$$AB = \\begin{{pmatrix}} {A[0][0]}\\cdot{B[0][0]} + {A[0][1]}\\cdot{B[1][0]} & {A[0][0]}\\cdot{B[0][1]} + {A[0][1]}\\cdot{B[1][1]} \\\\ {A[1][0]}\\cdot{B[0][0]} + {A[1][1]}\\cdot{B[1][0]} & {A[1][0]}\\cdot{B[0][1]} + {A[1][1]}\\cdot{B[1][1]} \\end{{pmatrix}}$$\n\n"
    fin = f"$$AB = {pm(C)}$$"
    ver = f"det(AB) should equal det(A)det(B) = ({A[0][0]*A[1][1]-A[0][1]*A[1][0]})({B[0][0]*B[1][1]-B[0][1]*B[1][0]}) = {(A[0][0]*A[1][1]-A[0][1]*A[1][0])*(B[0][0]*B[1][1]-B[0][1]*B[1][0])}; det of my result: {C[0][0]*C[1][1]-C[0][1]*C[1][0]}. ✓"
    right = [pm(C), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]", f"\\begin{{bmatrix}}{C[0][0]}&{C[0][1]}\\\\{C[1][0]}&{C[1][1]}\\end{{bmatrix}}"]
    wrongs = []
    if BA != C:
        wrongs.append((pm(BA), f"Multiplying, I get {pm(BA)}.", "computed_BA_instead_of_AB"))
    T = [[C[0][0], C[1][0]], [C[0][1], C[1][1]]]
    if T != C:
        wrongs.append((pm(T), f"Writing the entries in order: {pm(T)}.", "transposed_result"))
    E = [[C[0][0], C[0][1]], [C[1][0], C[1][1] + 1]]
    wrongs.append((pm(E), f"so the bottom-right is {C[1][1]+1} and AB = {pm(E)}.", "single_entry_arithmetic"))
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right,
                ref=pm(C), wrongs=wrongs[:2], dataset="math_like", lang="en"))


# ---------------- Chinese families ----------------

def zh_shop(r):
    n1, p1 = r.randint(3, 8), r.choice([2.5, 3.8, 4.5, 6.2])
    n2, p2 = r.randint(2, 5), r.choice([12.5, 8.6, 15.0, 9.9])
    a1, a2 = round(n1 * p1, 2), round(n2 * p2, 2)
    tot = round(a1 + a2, 2)
    if abs(tot - 50) < 1e-9 or abs(tot - 55) < 1e-9 or tot >= 90:
        return zh_shop(r)
    ch = round(100 - tot, 2)
    q = f"小明买了{n1}支钢笔，每支{p1:g}元，又买了{n2}本笔记本，每本{p2:g}元。他付了100元，应找回多少元？"
    st = f"嗯，先算钢笔：{n1}×{p1:g}={a1:g}元。笔记本：{n2}×{p2:g}={a2:g}元。合计{a1:g}+{a2:g}={tot:g}元。付了100元，找回就是100减去合计。"
    sc = f"**第一步** 钢笔总价：{n1} × {p1:g} = {a1:g}（元）\n\n**第二步** 笔记本总价：{n2} × {p2:g} = {a2:g}（元）\n\n**第三步** 一共花费：{a1:g} + {a2:g} = {tot:g}（元）\n\n**第四步** 找回："
    fin = f"100 − {tot:g} = {ch:g}（元）。"
    ver = f"验算：{tot:g} + {ch:g} = 100，正确。"
    right = [f"{ch:g}元", f"{ch:g}", f"¥{ch:.2f}", f"{ch:g} 元"]
    wrongs = [(f"{tot:g}元", f"所以答案是{tot:g}元。", "intermediate_total_as_final"),
              (f"{round(ch - 10, 2):g}元", f"100 − {tot:g} = {round(ch - 10, 2):g}（元）。", "subtraction_borrow_error")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=f"{ch:g}", wrongs=wrongs, dataset="gsm8k_like", lang="zh"))


def zh_quadratic(r):
    while True:
        a, b = sorted(r.sample([-6, -4, -3, -1, 2, 3, 5, 8], 2))
        if a + b != 0:
            break
    s, p = a + b, a * b
    def sg(v):
        return f"+ {v}" if v >= 0 else f"- {-v}"
    poly = f"x^2 {sg(-s)}x {sg(p)}".replace("+ 1x", "+ x").replace("- 1x", "- x").replace(" + 0x", "")
    q = f"解方程：${poly} = 0$。"
    st = f"找两个数，积为{p}，和为{s}。试一下{a}和{b}：{a}×{b}={p}，{a}+{b}={s}。对的。所以可以因式分解为(x {sg(-a)})(x {sg(-b)})=0。"
    sc = f"因式分解：\n\n$$(x {sg(-a)})(x {sg(-b)}) = 0$$\n\n所以 $x {sg(-a)} = 0$ 或 $x {sg(-b)} = 0$，"
    fin = f"解得 $x_1 = {a}$，$x_2 = {b}$。"
    ver = f"检验：把x={a}代入，{a*a} {sg(-s*a)} {sg(p)} = 0；把x={b}代入，{b*b} {sg(-s*b)} {sg(p)} = 0。都成立。"
    right = [f"x_1={a}, x_2={b}", f"x={a}或x={b}", f"{a}和{b}", f"\\{{{a},{b}\\}}"]
    wrongs = [(f"x={b}", f"方程的解为x={b}。", "missing_root"), (f"x_1={-a}, x_2={-b}", f"解得x₁={-a}，x₂={-b}。", "sign_error_roots")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=r.choice([f"x_1={a},x_2={b}", f"{a},{b}"]), wrongs=wrongs, dataset="math_like", lang="zh"))


def zh_prob(r):
    red, blue = r.choice([(3, 5), (4, 6), (2, 6), (5, 3)])
    tot = red + blue
    fr = Fraction(red * (red - 1), tot * (tot - 1))
    q = f"袋中有{red}个红球和{blue}个蓝球，从中不放回地依次摸出两个球，求两个球都是红球的概率。"
    st = f"第一次摸到红球概率{red}/{tot}，摸走一个后剩{red-1}个红球、共{tot-1}个，第二次红球概率{red-1}/{tot-1}。相乘。不放回，所以分母要减一，这里别弄错。"
    sc = f"设事件A为“两个球都是红球”。\n\n$$P(A) = \\frac{{{red}}}{{{tot}}} \\times \\frac{{{red-1}}}{{{tot-1}}} = \\frac{{{red*(red-1)}}}{{{tot*(tot-1)}}}$$\n\n"
    fin = f"化简得 $P(A) = \\frac{{{fr.numerator}}}{{{fr.denominator}}}$。"
    ver = f"用组合数验证：C({red},2)/C({tot},2) = {red*(red-1)//2}/{tot*(tot-1)//2} = {fr.numerator}/{fr.denominator}。一致。"
    right = [f"\\frac{{{fr.numerator}}}{{{fr.denominator}}}", f"{fr.numerator}/{fr.denominator}", f"{red*(red-1)//2}/{tot*(tot-1)//2}"]
    wfr = Fraction(red * red, tot * tot)
    wrongs = [(f"\\frac{{{wfr.numerator}}}{{{wfr.denominator}}}", f"每次都是{red}/{tot}，所以P = ({red}/{tot})² = {wfr.numerator}/{wfr.denominator}。", "with_replacement_error"),
              (f"\\frac{{{red}}}{{{tot}}}", f"所以概率是{red}/{tot}。", "single_draw_probability")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=f"\\frac{{{fr.numerator}}}{{{fr.denominator}}}", wrongs=wrongs, dataset="math_like", lang="zh"))


def zh_speed(r):
    v1, v2 = r.choice([(60, 40), (45, 55), (70, 50), (80, 40)])
    d = (v1 + v2) * r.choice([2, 3, Fraction(3, 2)])
    t = Fraction(d, v1 + v2)
    q = f"甲、乙两地相距{d}千米，一辆客车从甲地出发，速度为每小时{v1}千米；同时一辆货车从乙地出发相向而行，速度为每小时{v2}千米。两车出发后经过多少小时相遇？"
    st = f"相向而行，相对速度是{v1}+{v2}={v1+v2}千米/时。相遇时间 = 距离 ÷ 速度和 = {d} ÷ {v1+v2}。"
    sc = f"两车相向而行，速度和为 {v1} + {v2} = {v1+v2}（千米/时）。\n\n相遇时间：\n\n$$t = \\frac{{{d}}}{{{v1+v2}}}$$\n\n"
    tv = float(t)
    fin = f"= {tv:g}（小时）。" + (f"即{int(tv)}小时{int(round((tv - int(tv)) * 60))}分钟。" if t.denominator != 1 else "")
    ver = f"验算：{tv:g}小时内客车走{v1*tv:g}千米，货车走{v2*tv:g}千米，合计{(v1+v2)*tv:g}千米，正好是全程。"
    right = [f"{tv:g}小时", f"{tv:g}", f"{tv:g} h"] + ([f"{int(tv)}小时{int(round((tv - int(tv)) * 60))}分钟", f"\\frac{{{t.numerator}}}{{{t.denominator}}}小时"] if t.denominator != 1 else [f"{int(tv)*60}分钟"])
    wt = Fraction(d, abs(v1 - v2))
    wrongs = [(f"{float(wt):g}小时", f"速度差为{abs(v1-v2)}，所以t = {d} ÷ {abs(v1-v2)} = {float(wt):g}（小时）。", "used_speed_difference"),
              (f"{tv * 60:g}小时", f"换算成……t = {tv*60:g}小时。", "unit_minutes_labelled_hours")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=f"{tv:g}小时", wrongs=wrongs, dataset="gsm8k_like", lang="zh"))


def zh_ineq(r):
    a = r.choice([2, 3, 4])
    b = r.randint(1, 6)
    c = b + a * r.randint(-2, 4)
    bound = Fraction(c - b, a)
    neg = r.random() < 0.5
    if neg:
        q = f"解不等式：$-{a}x + {b} > {c}$。"
        bnd = Fraction(b - c, a)
        st = f"移项：-{a}x > {c} - {b} = {c-b}。两边除以-{a}，注意除以负数不等号要变向！x < {bnd}。"
        sc = f"移项得 $-{a}x > {c - b}$。\n\n两边同除以 $-{a}$（负数，不等号方向改变）：\n\n"
        bs = str(bnd) if bnd.denominator == 1 else f"\\frac{{{bnd.numerator}}}{{{bnd.denominator}}}"
        fin = f"$$x < {bs}$$"
        ver = f"取x = {int(bnd) - 1}检验：-{a}×{int(bnd)-1} + {b} = {-a*(int(bnd)-1)+b} > {c}，成立。"
        right = [f"x < {bs}", f"(-\\infty, {bs})", f"x<{bnd}"]
        wrongs = [(f"x > {bs}", f"两边除以-{a}得 x > {bnd}。", "forgot_flip_inequality"), (f"x \\le {bs}", f"所以 x ≤ {bnd}。", "strict_vs_nonstrict")]
    else:
        q = f"解不等式：${a}x + {b} \\ge {c}$。"
        bnd = bound
        bs = str(bnd) if bnd.denominator == 1 else f"\\frac{{{bnd.numerator}}}{{{bnd.denominator}}}"
        st = f"移项：{a}x ≥ {c} − {b} = {c-b}。除以{a}（正数，不变号）：x ≥ {bnd}。包括端点，因为是大于等于。"
        sc = f"移项得 ${a}x \\ge {c - b}$，两边同除以 ${a}$：\n\n"
        fin = f"$$x \\ge {bs}$$"
        ver = f"端点检验：x = {bnd}时左边 = {a*bnd + b} = {c}，满足“≥”。"
        right = [f"x \\ge {bs}", f"[{bs}, +\\infty)", f"x≥{bnd}"]
        wrongs = [(f"x > {bs}", f"所以 x > {bnd}。", "strict_vs_nonstrict"), (f"x \\le {bs}", f"得 x ≤ {bnd}。", "inequality_direction")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=right[r.randint(0, 1)], wrongs=wrongs, dataset="math_like", lang="zh"))


def zh_series(r):
    a, q_ = r.choice([(1, 2), (3, 2), (2, 3), (1, 3)])
    n = r.choice([5, 6, 8])
    S = a * (q_ ** n - 1) // (q_ - 1)
    q = f"等比数列$\\{{a_n\\}}$中，$a_1 = {a}$，公比$q = {q_}$，求前{n}项和$S_{{{n}}}$。"
    terms = [a * q_ ** k for k in range(n)]
    st = f"等比数列求和公式 S_n = a₁(qⁿ − 1)/(q − 1)。{q_}^{n} = {q_**n}。所以 S = {a}×({q_**n} − 1)/({q_} − 1)。或者直接加：{' + '.join(map(str, terms))}。"
    sc = f"由等比数列前n项和公式：\n\n$$S_{{{n}}} = \\frac{{a_1(q^{{{n}}} - 1)}}{{q - 1}} = \\frac{{{a}\\times({q_**n} - 1)}}{{{q_ - 1}}}$$\n\n"
    fin = f"$$S_{{{n}}} = {S}$$"
    ver = f"逐项相加验证：{' + '.join(map(str, terms))} = {sum(terms)}。"
    right = [f"{S}", f"S_{{{n}}}={S}", f"\\boxed{{{S}}}"]
    wrongs = [(f"{a * (q_ ** (n + 1) - 1) // (q_ - 1)}", f"S = {a}×({q_**(n+1)} − 1)/({q_ - 1}) = {a * (q_ ** (n + 1) - 1) // (q_ - 1)}。", "exponent_off_by_one"),
              (f"{terms[-1]}", f"所以 a_{n} = {terms[-1]}。", "term_instead_of_sum")]
    return _x(locals(), dict(q=q, setup_think=st, setup_clean=sc, finish=fin, verify=ver, right=right, ref=f"{S}", wrongs=wrongs, dataset="math_like", lang="zh"))


EN_FAMS = [fam_shop, fam_percent, fam_dice, fam_quadratic, fam_abs_ineq, fam_line, fam_speed, fam_clock, fam_divisors,
           fam_powmod, fam_distance, fam_cross, fam_sci, fam_mixed, fam_angle, fam_date, fam_series, fam_matrix]
ZH_FAMS = [zh_shop, zh_quadratic, zh_prob, zh_speed, zh_ineq, zh_series]
