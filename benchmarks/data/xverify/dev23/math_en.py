"""English math word problems; every value is computed here."""
from fractions import Fraction
from math import comb, perm, pi
from common import EN_NAMES, en_words, num, money, clock


def _two(rng):
    a, b = rng.sample(EN_NAMES, 2)
    return a, b


def ages(rng):
    a, b = _two(rng)
    y, d = rng.randint(8, 30), rng.randint(3, 12)
    s, x = 2 * y + d, y + d
    return dict(dataset="gsm8k_like", ans=str(x),
                q=f"{a} is {d} years older than {b}. The sum of their ages is {s}. How old is {a}?",
                givens=[f"{a} is {d} years older than {b}", f"together their ages add up to {s}"],
                ask=f"{a}'s age", other_desc=f"{b}'s age",
                steps=[f"Let {b}'s age be b. Then {a}'s age is b + {d}, because {a} is {d} years older.",
                       f"Their ages add up to {s}, so b + (b + {d}) = {s}, which simplifies to 2b + {d} = {s}.",
                       f"Subtracting {d} from both sides gives 2b = {s - d}, so b = {y}. That is {b}'s age, "
                       f"not the one we were asked for."],
                last=f"{a} is {d} years older, so {a}'s age is {y} + {d} = {{v}}.", vw=str(x), nw=str(x + 1),
                forms=[f"{x}", f"{x} years old", en_words(x), f"{en_words(x)} years old"], near=f"{x + 1} years old",
                other_final=f"So {b} is {y} years old.",
                final=[f"So {a} is {{a}} now.", f"That means {a}'s age is {{a}}.", f"{a} is {{a}}."],
                check=f"Check: {{v}} + {y} = {s}, and the difference is {d}. Both conditions hold.",
                recap=f"(Quick recap: {b} is {y}, the gap is {d} years, and the total is {s}.)")


def train_time(rng):
    v = rng.choice([60, 64, 72, 80, 90, 96, 120])
    t1 = rng.randint(2, 5)
    t2 = rng.choice([1.5, 2.25, 2.5, 2.75, 3.5, 4.5, 5.25, 6.5])
    d1, d2 = v * t1, int(v * t2)
    h, m = int(t2), int(round((t2 % 1) * 60))
    t2s = num(t2)
    return dict(dataset="gsm8k_like", ans=f"{t2s} hours",
                q=f"A freight train covers {d1} km in {t1} hours. Travelling at the same speed, how many hours "
                  f"will it take to cover {d2} km?",
                givens=[f"{d1} km in {t1} hours", f"same constant speed", f"new distance: {d2} km"],
                ask="the travel time for the new distance", other_desc="the train's speed",
                steps=[f"First find the speed. Speed = distance / time = {d1} km / {t1} h = {v} km/h.",
                       f"The speed stays at {v} km/h, and the new distance is {d2} km. Time is distance divided "
                       f"by speed, so we need {d2} / {v}."],
                last=f"{d2} / {v} = {{v}} hours.", vw=t2s, nw=num(t2 + 0.5),
                forms=[f"{t2s} hours", f"{h} hour{'s' if h > 1 else ''} and {m} minutes", f"{t2s} hours ({int(t2 * 60)} minutes)",
                       f"{t2s} h"], near=f"{num(t2 + 0.5)} hours",
                other_final=f"So the train is travelling at {v} km/h.",
                final=["So the trip takes {a}.", "That means the train needs {a} to cover that distance.",
                       "The train will take {a}."],
                check=f"Check: {v} km/h × {{v}} h = {d2} km. ✓",
                recap=f"(The speed was {v} km/h and the first leg was {d1} km in {t1} h.)")


def train_clock(rng):
    v = rng.choice([60, 80, 90, 100, 120])
    dur = rng.choice([75, 105, 135, 150, 165, 195, 225])
    d = v * dur // 60
    if v * dur % 60:
        d, dur = v * 2, 120
    start = rng.choice(range(7 * 60, 15 * 60, 15))
    arr = start + dur
    h, m = divmod(dur, 60)
    hs = "hour" if h == 1 else "hours"
    durs = f"{h} {hs} {m} minutes" if m else f"{h} {hs}"
    return dict(dataset="gsm8k_like", ans=clock(arr),
                q=f"A train leaves the station at {clock(start)} and travels {d} km at a constant {v} km/h. "
                  f"At what time does it arrive?",
                givens=[f"departure at {clock(start)}", f"distance {d} km", f"speed {v} km/h"],
                ask="the arrival time (a clock time)", other_desc="the duration of the trip",
                steps=[f"Travel time = distance / speed = {d} / {v} hours = {num(dur / 60)} hours.",
                       f"Converting: {num(dur / 60)} hours is {h} {hs} and {m} minutes, i.e. {dur} minutes "
                       f"in total.",
                       f"Now add that duration to the departure time of {clock(start)}."],
                last=f"{clock(start)} + {durs} = {{v}}.", vw=clock(arr), nw=clock(arr + 60),
                forms=[clock(arr), clock(arr, "12dot"), clock(arr, "24"), f"{clock(arr)} on the same day"],
                near=clock(arr + 60),
                other_final=f"So the trip takes {durs}.",
                final=["That means the train arrives at {a}.", "So it gets in at {a}.",
                       "The train should pull into the station at {a}."],
                check=f"Sanity check: in {durs} at {v} km/h it covers {d} km, so arriving at {{v}} fits.",
                recap=f"(For reference: {d} km at {v} km/h is {dur} minutes, leaving at {clock(start)}.)")


def change(rng):
    n, p = rng.randint(3, 8), rng.choice([4.5, 6.25, 7.8, 8.4, 9.6, 12.5, 3.75])
    pct = rng.choice([10, 20, 25])
    tot = round(n * p * (100 - pct) / 100, 2)
    bill = 50 if tot < 45 else 100
    ch = round(bill - tot, 2)
    c = round(ch - 0.5, 2)
    dollars, cents = int(ch), int(round(ch * 100)) % 100
    return dict(dataset="gsm8k_like", ans=money(ch),
                q=f"Notebooks cost {money(p)} each. Marta buys {n} of them, and the shop gives {pct}% off the "
                  f"whole purchase. She pays with a ${bill} bill. How much change does she get?",
                givens=[f"{n} notebooks at {money(p)} each", f"{pct}% off the total", f"paid with ${bill}"],
                ask="the change Marta receives", other_desc="the amount she pays",
                steps=[f"Before the discount: {n} × {money(p)} = {money(n * p)}.",
                       f"The discount is {pct}%, so she pays {100 - pct}% of that: {money(n * p)} × "
                       f"{(100 - pct) / 100} = {money(tot)}.",
                       f"Now subtract what she pays from the ${bill} she hands over."],
                last=f"${bill} − {money(tot)} = {{v}}.", vw=money(ch), nw=money(c),
                forms=[money(ch), f"{ch:.2f} dollars", f"{dollars} dollars and {cents} cents", f"{money(ch)} in change"],
                near=money(c),
                other_final=f"So Marta pays {money(tot)} for the notebooks." if tot != ch else None,
                final=["So Marta gets {a} back.", "That means her change is {a}.", "She should receive {a}."],
                check=f"Check: {money(tot)} + {{v}} = ${bill}.00. ✓",
                recap=f"(The notebooks came to {money(n * p)} before the discount and {money(tot)} after it.)")


def pct_change(rng):
    p = rng.choice([80, 120, 150, 200, 240, 400, 250])
    a, b = rng.choice([(20, 10), (25, 20), (10, 20), (50, 20), (40, 25), (30, 10)])
    mid = p * (100 + a) / 100
    fin = round(mid * (100 - b) / 100, 2)
    naive = round(p * (100 + a - b) / 100, 2)
    if naive == fin:
        naive = round(fin + 2, 2)
    return dict(dataset="gsm8k_like", ans=money(fin),
                q=f"A jacket costs {money(p)}. Its price is raised by {a}%, and a month later the new price is "
                  f"cut by {b}%. What is the final price?",
                givens=[f"original price {money(p)}", f"first a {a}% increase", f"then a {b}% decrease"],
                ask="the final price after both changes", other_desc="the price after the first change",
                steps=[f"After the {a}% increase: {money(p)} × {1 + a / 100} = {money(mid)}.",
                       f"The {b}% cut applies to the new price {money(mid)}, not the original, so multiply by "
                       f"{1 - b / 100}. (Simply doing +{a}% − {b}% on {money(p)} would be a mistake.)"],
                last=f"{money(mid)} × {1 - b / 100} = {{v}}.", vw=money(fin), nw=money(naive),
                forms=[money(fin), f"{fin:.2f} dollars", f"{money(fin)}"], near=money(naive),
                other_final=f"So after the increase the jacket costs {money(mid)}.",
                final=["So the jacket ends up costing {a}.", "The final price is {a}.",
                       "That means it sells for {a} after both changes."],
                check=f"Overall factor: {1 + a / 100} × {1 - b / 100} = {round((1 + a / 100) * (1 - b / 100), 4)}, "
                      f"and {money(p)} times that is {{v}}.",
                recap=f"(Intermediate price: {money(mid)}; overall change {round((fin - p) / p * 100, 2)}%.)")


WORK = [(3, 6), (4, 12), (6, 12), (10, 15), (12, 24), (20, 30), (5, 20), (8, 24), (9, 18), (12, 36), (15, 30),
        (18, 36), (6, 30), (14, 35)]


def work(rng):
    a, b = rng.choice(WORK)
    t = a * b // (a + b)
    avg = num((a + b) / 2)
    return dict(dataset="gsm8k_like", ans=f"{t} hours",
                q=f"One pump can fill a tank in {a} hours and a second pump can fill it in {b} hours. If both "
                  f"pumps run together, how many hours will it take to fill the tank?",
                givens=[f"pump A alone: {a} hours", f"pump B alone: {b} hours", "both run at the same time"],
                ask="the time with both pumps together", other_desc="the combined rate",
                steps=[f"Work with rates. Pump A fills 1/{a} of the tank per hour, pump B fills 1/{b}.",
                       f"Together: 1/{a} + 1/{b} = {Fraction(1, a) + Fraction(1, b)} of the tank per hour.",
                       "The time is the reciprocal of the combined rate."],
                last=f"1 ÷ {Fraction(1, a) + Fraction(1, b)} = {{v}} hours.", vw=str(t), nw=avg,
                forms=[f"{t} hours", f"{en_words(t)} hours", f"{t} h", f"{t * 60} minutes ({t} hours)"],
                near=f"{avg} hours",
                other_final=f"So together the pumps fill {Fraction(1, a) + Fraction(1, b)} of the tank per hour.",
                final=["So with both pumps running, the tank is full in {a}.", "That means it takes {a}.",
                       "Working together they need {a}."],
                check=f"Check: in {{v}} hours A does {t}/{a} and B does {t}/{b}, which add to 1 tank. ✓",
                recap=f"(Alone they'd take {a} and {b} hours; together it's faster than either.)")


def arith_sum(rng):
    a1, d, n = rng.randint(2, 15), rng.randint(2, 9), rng.randint(10, 25)
    an = a1 + (n - 1) * d
    s = n * (a1 + an) // 2
    return dict(dataset="math_like", ans=str(s),
                q=f"An arithmetic sequence starts {a1}, {a1 + d}, {a1 + 2 * d}, ... What is the sum of its "
                  f"first {n} terms?",
                givens=[f"first term {a1}", f"common difference {d}", f"number of terms {n}"],
                ask=f"the sum of the first {n} terms", other_desc=f"the {n}th term itself",
                steps=[f"The common difference is {a1 + d} − {a1} = {d}.",
                       f"The {n}th term is a₁ + ({n} − 1)d = {a1} + {n - 1} × {d} = {an}.",
                       f"The sum of an arithmetic sequence is n × (first + last) / 2, so we need {n} × ({a1} + "
                       f"{an}) / 2."],
                last=f"{n} × {a1 + an} / 2 = {{v}}.", vw=num(s), nw=num(s + d),
                forms=[num(s), str(s), f"{s}" if s < 1000 else f"{s:,}"], near=num(s + d),
                other_final=f"So the {n}th term of the sequence is {an}.",
                final=[f"So the sum of the first {n} terms is {{a}}.",
                       "Adding them all up gives {a}.", "That makes the total {a}."],
                check=f"Check with pairing: there are {n / 2} pairs each summing to {a1 + an}, giving {{v}}.",
                recap=f"(The last term is {an} and the average term is {num((a1 + an) / 2)}.)")


def recur(rng):
    n = rng.randint(6, 12)
    c = rng.choice([1, 1, 2])
    a = [c]
    for _ in range(n - 1):
        a.append(2 * a[-1] + 1)
    return dict(dataset="math_like", ans=str(a[-1]),
                q=f"A sequence is defined by a₁ = {c} and aₖ = 2aₖ₋₁ + 1 for k ≥ 2. What is a_{n}?",
                givens=[f"a₁ = {c}", "each term is twice the previous one plus 1"],
                ask=f"the {n}th term", other_desc="the previous term",
                steps=["Let me just generate the terms carefully: " + ", ".join(f"a{i + 1} = {v}" for i, v in
                                                                               enumerate(a[:-1])) + ".",
                       f"Notice that aₖ + 1 doubles each time (a₁ + 1 = {c + 1}), so aₖ = {c + 1}·2^(k−1) − 1, "
                       f"which matches the list.",
                       f"For the last step we need 2 × a_{n - 1} + 1 with a_{n - 1} = {a[-2]}."],
                last=f"a_{n} = 2 × {a[-2]} + 1 = {{v}}.", vw=str(a[-1]), nw=str(a[-1] + 1),
                forms=[str(a[-1]), f"{a[-1]:,}"], near=str(a[-1] + 1),
                other_final=f"So the term we get is {a[-2]}.",
                final=[f"So the {n}th term equals {{a}}.",
                       f"That means a_{n} = {{a}}.", "The value is {a}."],
                check=f"Formula check: {c + 1} × 2^{n - 1} − 1 = {{v}}. ✓",
                recap=f"(The terms go {', '.join(map(str, a[-4:-1]))}, ... and each is one less than a power-of-two "
                      f"multiple.)")


def rect(rng):
    w, k = rng.randint(3, 20), rng.randint(2, 9)
    L = w + k
    P, A = 2 * (w + L), w * L
    return dict(dataset="math_like", ans=f"{A} cm²",
                q=f"A rectangle has a perimeter of {P} cm, and its length is {k} cm more than its width. "
                  f"What is its area?",
                givens=[f"perimeter {P} cm", f"length = width + {k} cm"],
                ask="the area in square centimetres", other_desc="the side lengths",
                steps=[f"Let the width be w. Then the length is w + {k}, and the perimeter is 2(w + w + {k}) = "
                       f"4w + {2 * k}.",
                       f"Setting 4w + {2 * k} = {P} gives 4w = {P - 2 * k}, so w = {w} cm and the length is {L} cm.",
                       "The area is width times length."],
                last=f"Area = {w} × {L} = {{v}} cm².", vw=str(A), nw=str(A + w),
                forms=[f"{A} cm²", f"{A} square centimetres", f"{A} cm^2", f"{A} square cm"],
                near=f"{A + w} cm²",
                other_final=f"So the rectangle is {w} cm wide and {L} cm long.",
                final=["So the area is {a}.", "That gives an area of {a}.", "The rectangle's area comes to {a}."],
                check=f"Check: 2 × ({w} + {L}) = {P} ✓ and {L} − {w} = {k} ✓.",
                recap=f"(Width {w} cm, length {L} cm, perimeter {P} cm.)")


def circle(rng):
    while True:
        r = rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 12, 2.5, 3.5, 4.5])
        A = pi * r * r
        if abs(A * 10 - round(A * 10)) < 0.4:
            break
    a1 = round(A, 1)
    wrong = round(2 * pi * r, 1)
    return dict(dataset="math_like", ans=f"{a1:.1f}",
                q=f"A circular flower bed has a radius of {num(r)} m. What is its area, to one decimal place?",
                givens=[f"radius {num(r)} m", "answer to one decimal place"],
                ask="the area in square metres", other_desc="the circumference",
                steps=[f"Area of a circle is πr². Here r = {num(r)}, so r² = {num(r * r)}.",
                       f"Multiplying by π ≈ 3.14159: π × {num(r * r)} ≈ {A:.4f}.",
                       "Rounding to one decimal place as requested."],
                last=f"{A:.4f} ≈ {{v}} m².", vw=f"{a1:.1f}", nw=f"{round(a1 + 0.3, 1):.1f}",
                forms=[f"{a1:.1f} m²", f"about {a1:.1f} square metres", f"{a1:.1f} m^2", f"approximately {a1:.1f}"],
                near=f"{round(a1 + 0.3, 1):.1f} m²",
                other_final=f"So the circumference of the bed is about {wrong:.1f} m.",
                final=["So the flower bed covers {a}.", "The area comes out to {a}.", "That's {a}."],
                check=f"Rough check: 3 × {num(r * r)} = {num(3 * r * r)}, a bit below {{v}}, as expected.",
                recap=f"(The exact value is {num(r * r)}π; the circumference would be about {wrong:.1f} m.)")


def prob(rng):
    r, b = rng.randint(3, 8), rng.randint(2, 9)
    n = r + b
    p = Fraction(r * (r - 1), n * (n - 1))
    pw = Fraction(r * r, n * n)
    return dict(dataset="math_like", ans=f"{p.numerator}/{p.denominator}",
                q=f"A bag holds {r} red and {b} blue marbles. Two marbles are drawn at random without "
                  f"replacement. What is the probability that both are red?",
                givens=[f"{r} red, {b} blue, {n} in total", "two draws, no replacement"],
                ask="P(both red)", other_desc="the probability for just the first draw",
                steps=[f"First draw: P(red) = {r}/{n}.",
                       f"Second draw: one red marble is gone, so {r - 1} red remain out of {n - 1}: "
                       f"P(red | first red) = {r - 1}/{n - 1}.",
                       "Multiply the two probabilities."],
                last=f"{r}/{n} × {r - 1}/{n - 1} = {r * (r - 1)}/{n * (n - 1)} = {{v}}.", vw=str(p), nw=str(pw),
                forms=[str(p), f"{p} (about {float(p):.3f})", f"{p}, roughly {float(p) * 100:.1f}%"],
                near=str(pw),
                other_final=f"So the probability that the first marble is red is {Fraction(r, n)}.",
                final=["So the probability that both are red is {a}.", "That gives {a}.",
                       "The chance of drawing two reds is {a}."],
                check=f"Check by counting: C({r},2)/C({n},2) = {comb(r, 2)}/{comb(n, 2)} = {{v}}. ✓",
                recap=f"(With replacement it would have been {pw} instead.)")


def committee(rng):
    n, k = rng.randint(6, 12), rng.randint(2, 4)
    c, pp = comb(n, k), perm(n, k)
    return dict(dataset="math_like", ans=str(c),
                q=f"A club has {n} members. In how many ways can a committee of {k} members be chosen?",
                givens=[f"{n} members", f"committee of {k}", "order within a committee doesn't matter"],
                ask="the number of different committees", other_desc="the number of ordered selections",
                steps=[f"If order mattered we'd have {n} × ... = {pp} ordered lists of {k} people.",
                       f"But a committee is just a set, and each set of {k} people appears {k}! = {perm(k, k)} times "
                       f"in that count, so we divide."],
                last=f"C({n},{k}) = {pp} / {perm(k, k)} = {{v}}.", vw=str(c), nw=str(pp),
                forms=[str(c), f"{c} ways", f"{c} different committees"], near=f"{pp} ways",
                other_final=None,
                final=["So there are {a}.", "That means the club can form {a}.", "The count is {a}."],
                check=f"Check: C({n},{k}) = C({n},{n - k}) = {{v}} as well.",
                recap=f"(Ordered selections would be {pp}; dividing by {perm(k, k)} gives the committees.)")


def linear(rng):
    while True:
        x = rng.randint(-9, 12)
        a, c = rng.randint(3, 9), rng.randint(1, 8)
        b = rng.randint(1, 20)
        d = a * x + b - c * x
        if a != c and x != 0 and d > 0:
            break
    cx = "x" if c == 1 else f"{c}x"
    return dict(dataset="math_like", ans=str(x),
                q=f"Solve for x: {a}x + {b} = {cx} + {d}",
                givens=[f"{a}x + {b} = {cx} + {d}"],
                ask="the value of x", other_desc="the value of either side",
                steps=[f"Move the x terms to the left: {a}x − {cx} = {a - c}x.",
                       f"Move the constants to the right: {d} − {b} = {d - b}.",
                       f"So {a - c}x = {d - b}, and we divide both sides by {a - c}."],
                last=f"x = {d - b} / {a - c} = {{v}}.", vw=str(x), nw=str(-x),
                forms=[str(x), f"x = {x}"], near=f"x = {-x}",
                other_final=f"So both sides equal {a * x + b}." if a * x + b != x else None,
                final=["So the solution is {a}.", "That gives {a}.", "Therefore {a}."],
                check=f"Check: left side {a}·{x} + {b} = {a * x + b}, right side {c}·{x} + {d} = {c * x + d}. ✓",
                recap=f"(Both sides come to {a * x + b} at the solution.)")


def average(rng):
    while True:
        sc = [rng.randint(70, 98) for _ in range(4)]
        A = rng.randint(82, 90)
        need = 5 * A - sum(sc)
        if 60 <= need <= 100 and need != A:
            break
    cur = sum(sc) / 4
    return dict(dataset="gsm8k_like", ans=str(need),
                q=f"Jonah scored {', '.join(map(str, sc[:3]))} and {sc[3]} on his first four tests. What score "
                  f"does he need on the fifth test to have an average of exactly {A}?",
                givens=[f"four scores: {', '.join(map(str, sc))}", f"target average over five tests: {A}"],
                ask="the score needed on test five", other_desc="his current average",
                steps=[f"Total of the first four: {' + '.join(map(str, sc))} = {sum(sc)}.",
                       f"His current average is {sum(sc)} / 4 = {num(cur)}.",
                       f"For an average of {A} over five tests, the total must be 5 × {A} = {5 * A}."],
                last=f"Needed score = {5 * A} − {sum(sc)} = {{v}}.", vw=str(need), nw=str(need - 1),
                forms=[str(need), f"{need} points", f"a {need}", f"{en_words(need)}"],
                near=str(need - 1), other_final=f"So Jonah's average right now is {num(cur)}.",
                final=["So Jonah needs to score {a}.", "He needs {a} on the last test.",
                       "That means the fifth score has to be {a}."],
                check=f"Check: ({sum(sc)} + {{v}}) / 5 = {A}. ✓",
                recap=f"(Current total {sum(sc)}, current average {num(cur)}, target total {5 * A}.)")


def interest(rng):
    P = rng.choice([1200, 2500, 4000, 5000, 8000, 1500])
    r, t = rng.choice([3, 4, 5, 6, 2.5]), rng.randint(2, 6)
    I = P * r * t / 100
    T = P + I
    return dict(dataset="gsm8k_like", ans=money(T),
                q=f"Ana deposits {money(P)} in an account paying {num(r)}% simple interest per year. How much "
                  f"money is in the account after {t} years?",
                givens=[f"principal {money(P)}", f"rate {num(r)}% simple", f"time {t} years"],
                ask="the total balance", other_desc="the interest earned",
                steps=[f"Yearly interest: {num(r)}% of {money(P)} = {money(P * r / 100)}.",
                       f"Over {t} years: {t} × {money(P * r / 100)} = {money(I)} of interest.",
                       "The balance is principal plus interest."],
                last=f"{money(P)} + {money(I)} = {{v}}.", vw=money(T), nw=money(T + P * r / 100),
                forms=[money(T), f"{num(T)} dollars", f"{money(T)} in total"], near=money(T + P * r / 100),
                other_final=f"So Ana earns {money(I)} in interest.",
                final=[f"So after {t} years the account holds {{a}}.",
                       "That means the balance will be {a}.", "She will have {a}."],
                check=f"Check: {money(P)} × (1 + {num(r / 100)} × {t}) = {{v}}. ✓",
                recap=f"(Interest alone is {money(I)}.)")


GENS = [ages, train_time, train_clock, change, pct_change, work, arith_sum, recur, rect, circle, prob,
        committee, linear, average, interest]
