"""dev16's word-problem families: shopping, percent, speed, clocks, distance, mixed numbers, dates. Part of gen_math.py (see README.md)."""
from fractions import Fraction
import math
import inspect
from context import _x


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
