"""English GSM8K-style word problems and simple probability, as worked-problem dicts for present.make."""
from fractions import Fraction as F
from common import num, cents, usd, commas

NAMES = ["Maria", "Dev", "Aisha", "Tomas", "Lena", "Kofi", "Priya", "Jonah", "Mei", "Rafael",
         "Ingrid", "Samir", "Noor", "Elliot", "Hana", "Bruno"]


def _money_P(val, wrong, **kw):
    P = dict(lang="en", dataset="gsm8k_like", val=val, wrong=wrong, ref=cents(val) if val.denominator != 1
             else str(val.numerator), disp=usd, bare=cents, unit="dollars", words=val.denominator == 1)
    if val.denominator != 1:
        P["bare"] = cents
        r = F(int(val + F(1, 2)))
        P["round_bad"] = "$%d" % int(r) if r != val else None
    else:
        P["disp"] = lambda v: ("$" + num(v)) if F(v).denominator == 1 else usd(v)
        P["bare"] = lambda v: num(v) if F(v).denominator == 1 else cents(v)
    P.update(kw)
    return P


def shop_change(rng):
    n = rng.choice(NAMES)
    a, b = rng.sample([("notebooks", "notebook"), ("pens", "pen"), ("folders", "folder"),
                       ("apples", "apple"), ("muffins", "muffin"), ("sticker sheets", "sticker sheet")], 2)
    n1, n2 = rng.randint(2, 6), rng.randint(2, 5)
    p1, p2 = F(rng.randint(45, 395), 100), F(rng.randint(30, 260), 100)
    total = n1 * p1 + n2 * p2
    bill = 20 if total < 18 else 50
    val = bill - total
    wrong = bill - (n1 * p1 + p2)
    q = ("%s buys %d %s at %s each and %d %s at %s each. %s pays with a $%d bill. How much change "
         "does %s get back?" % (n, n1, a[0], usd(p1), n2, b[0], usd(p2), n, bill, n))
    return _money_P(val, wrong, q=q,
                    given=["%d %s × %s" % (n1, a[0], usd(p1)), "%d %s × %s" % (n2, b[0], usd(p2)),
                           "paid with $%d" % bill],
                    steps=["Cost of the %s: %d × %s = %s." % (a[0], n1, usd(p1), usd(n1 * p1)),
                           "Cost of the %s: %d × %s = %s." % (b[0], n2, usd(p2), usd(n2 * p2)),
                           "Total spent: %s + %s = %s." % (usd(n1 * p1), usd(n2 * p2), usd(total)),
                           "Change = $%d − %s." % (bill, usd(total))],
                    final=lambda s: "So %s gets %s back in change." % (n, s), inter=usd(total),
                    rows=[("%d %s" % (n1, a[0]), usd(n1 * p1)), ("%d %s" % (n2, b[0]), usd(n2 * p2)),
                          ("Cost", usd(total)), ("Paid", "$%d.00" % bill)], row_label="Change")


def discount(rng):
    n = rng.choice(NAMES)
    item = rng.choice(["jackets", "lamps", "backpacks", "board games", "headphones"])
    price = F(rng.choice([24, 36, 45, 58, 64, 79, 85, 120])) + rng.choice([0, F(99, 100), F(50, 100)])
    d = rng.choice([10, 15, 20, 25, 30, 40])
    k = rng.randint(2, 5)
    sale = price * (100 - d) / 100
    if (sale * 100).denominator != 1:
        price = F(int(price))
        sale = price * (100 - d) / 100
        if (sale * 100).denominator != 1:
            price, sale = F(60), F(60) * (100 - d) / 100
    val = k * sale
    wrong = k * price * d / 100
    q = ("A store sells %s for %s each. This week everything is %d%% off. %s buys %d of them. "
         "How much does %s pay in total?" % (item, usd(price), d, n, k, n))
    return _money_P(val, wrong, q=q,
                    given=["regular price %s" % usd(price), "discount %d%%" % d, "quantity %d" % k],
                    steps=["Discount per item: %d%% of %s = %s." % (d, usd(price), usd(price * d / 100)),
                           "Sale price per item: %s − %s = %s." % (usd(price), usd(price * d / 100), usd(sale)),
                           "Now multiply by the number of %s bought: %d × %s." % (item, k, usd(sale))],
                    final=lambda s: "%s pays %s in total." % (n, s), inter=usd(sale),
                    rows=[("Sale price each", usd(sale)), ("Quantity", str(k))])


def hourly_pay(rng):
    n = rng.choice(NAMES)
    rate = F(rng.randint(550, 1237) * 2, 100)
    h1, h2 = rng.randint(12, 30), rng.randint(3, 9)
    ot = rate * F(3, 2)
    val = h1 * rate + h2 * ot
    if (val * 100).denominator != 1:
        rate = F(int(rate)); ot = rate * F(3, 2); val = h1 * rate + h2 * ot
    wrong = (h1 + h2) * rate
    q = ("%s earns %s per hour on weekdays and time-and-a-half on weekends. Last week %s worked %d "
         "weekday hours and %d weekend hours. How much did %s earn?" % (n, usd(rate), n, h1, h2, n))
    return _money_P(val, wrong, q=q,
                    given=["weekday rate %s/h" % usd(rate), "weekend rate 1.5 × weekday",
                           "%d weekday hours, %d weekend hours" % (h1, h2)],
                    steps=["Weekend rate: 1.5 × %s = %s per hour." % (usd(rate), usd(ot)),
                           "Weekday earnings: %d × %s = %s." % (h1, usd(rate), usd(h1 * rate)),
                           "Weekend earnings: %d × %s = %s." % (h2, usd(ot), usd(h2 * ot)),
                           "Add the two amounts together."],
                    final=lambda s: "%s earned %s last week." % (n, s), inter=usd(h1 * rate),
                    rows=[("Weekday pay", usd(h1 * rate)), ("Weekend pay", usd(h2 * ot))])


def _count_P(val, wrong, unit, **kw):
    P = dict(lang="en", dataset="gsm8k_like", val=F(val), wrong=F(wrong), ref=str(val),
             disp=lambda v: "%s %s" % (commas(v), unit), bare=lambda v: str(int(v)), unit=unit,
             words=val < 1000000, round_bad=None)
    P.update(kw)
    return P


def production(rng):
    thing = rng.choice(["bottles", "widgets", "loaves", "boxes", "T-shirts"])
    m, r, h, d = rng.randint(2, 5), rng.choice([12, 15, 18, 24, 35, 40]), rng.randint(6, 10), rng.randint(3, 6)
    val = m * r * h * d
    q = ("A workshop has %d machines. Each machine makes %d %s per hour and runs %d hours a day. "
         "How many %s do the machines make in %d days?" % (m, r, thing, h, thing, d))
    return _count_P(val, r * h * d, thing, q=q,
                    given=["%d machines" % m, "%d %s per machine per hour" % (r, thing),
                           "%d hours per day" % h, "%d days" % d],
                    steps=["One machine per day: %d × %d = %d %s." % (r, h, r * h, thing),
                           "All machines per day: %d × %d = %d %s." % (m, r * h, m * r * h, thing),
                           "Over %d days: %d × %d." % (d, m * r * h, d)],
                    final=lambda s: "The machines make %s in %d days." % (s, d),
                    inter="%s %s" % (commas(m * r * h), thing))


def ages(rng):
    a, b = rng.sample(NAMES, 2)
    x, k, n = rng.randint(4, 14), rng.randint(2, 4), rng.randint(3, 12)
    val = k * x + n
    q = ("%s is %d times as old as her cousin %s. %s is %d years old. How old will %s be in %d years?"
         % (a, k, b, b, x, a, n))
    return _count_P(val, k * (x + n), "years old", q=q,
                    given=["%s = %d × %s" % (a, k, b), "%s is %d" % (b, x), "%d years later" % n],
                    steps=["%s's age now: %d × %d = %d." % (a, k, x, k * x),
                           "In %d years we add %d to %s's current age: %d + %d." % (n, n, a, k * x, n)],
                    final=lambda s: "%s will be %s." % (a, s), inter="%d years old" % (k * x))


def average_needed(rng):
    n = rng.choice(NAMES)
    while True:
        s = [rng.randint(68, 97) for _ in range(4)]
        t = rng.choice([82, 84, 85, 86, 88, 90])
        val = 5 * t - sum(s)
        if 60 <= val <= 100:
            break
    q = ("%s scored %s on the first four tests. What score does %s need on the fifth test to have "
         "an average of exactly %d across all five tests?" % (n, ", ".join(map(str, s)), n, t))
    return _count_P(val, 4 * t - sum(s) + t if 4 * t - sum(s) + t != val else val + 4, "points", q=q,
                    given=["scores %s" % ", ".join(map(str, s)), "target average %d over 5 tests" % t],
                    steps=["Total needed for an average of %d over five tests: 5 × %d = %d." % (t, t, 5 * t),
                           "Sum of the first four scores: %s = %d." % (" + ".join(map(str, s)), sum(s)),
                           "Needed score = %d − %d." % (5 * t, sum(s))],
                    final=lambda v: "%s needs %s on the fifth test." % (n, v),
                    inter="%d points" % sum(s), bare=lambda v: str(int(v)))


def ratio_recipe(rng):
    a, b = rng.choice([(1, 3), (2, 3), (2, 5), (3, 4), (1, 4), (3, 5)])
    total = (a + b) * rng.randint(2, 9)
    val = total * b // (a + b)
    q = ("A lemonade recipe mixes concentrate and water in the ratio %d:%d. Jess makes %d cups of "
         "lemonade. How many cups of water does she use?" % (a, b, total))
    return _count_P(val, total * a // (a + b), "cups", q=q,
                    given=["concentrate : water = %d : %d" % (a, b), "total %d cups" % total],
                    steps=["Total parts: %d + %d = %d." % (a, b, a + b),
                           "One part: %d ÷ %d = %d cups." % (total, a + b, total // (a + b)),
                           "Water is %d parts." % b],
                    final=lambda s: "She uses %s of water." % s, inter="%d cups" % (total // (a + b)))


def percent_class(rng):
    nn = rng.choice([20, 25, 40, 50, 60, 75, 80, 120, 125, 150, 200, 250])
    p = rng.choice([p for p in (12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72)
                    if nn * p % 100 == 0] or [20, 40])
    g = nn * p // 100
    q = ("A school club has %d members. %d%% of the members are in the seventh grade and the rest "
         "are in the eighth grade. How many members are in the eighth grade?" % (nn, p))
    return _count_P(nn - g, g, "members", q=q,
                    given=["%d members" % nn, "%d%% seventh grade" % p],
                    steps=["Seventh graders: %d%% × %d = %d." % (p, nn, g),
                           "Eighth graders are everyone else: %d − %d." % (nn, g)],
                    final=lambda s: "There are %s in the eighth grade." % s, inter="%d members" % g)


def savings_weeks(rng):
    n = rng.choice(NAMES)
    while True:
        c, s, w = rng.randint(150, 600), rng.randint(20, 90), rng.choice([15, 20, 25, 30, 35, 40])
        rem = c - s
        if rem % w and rem > 2 * w:
            break
    val = -(-rem // w)
    thing = rng.choice(["a bicycle", "a tablet", "a guitar", "a camping tent"])
    q = ("%s wants to buy %s that costs $%d. %s already has $%d saved and puts away $%d every week. "
         "How many weeks will it take %s to have enough money?" % (n, thing, c, n, s, w, n))
    P = _count_P(val, -(-c // w) if -(-c // w) != val else val + 2, "weeks", q=q,
                 given=["cost $%d" % c, "saved $%d" % s, "$%d per week" % w],
                 steps=["Amount still needed: $%d − $%d = $%d." % (c, s, rem),
                        "Weeks: $%d ÷ $%d = %s, and a partial week still has to be waited out fully." % (
                            rem, w, num(F(rem, w)))],
                 final=lambda v: "It will take %s %s." % (n, v), inter="$%d" % rem)
    P["round_bad"] = "%d weeks" % (rem // w)
    return P


def flour_mass(rng):
    g = rng.choice([125, 150, 200, 250, 300, 350, 375, 400, 450])
    b, d = rng.randint(2, 6), rng.randint(2, 5)
    val = g * b * d
    if val % 100:
        d = 4 if g % 25 == 0 else 8
        val = g * b * d
    kg = F(val, 1000)
    q = ("A bakery's bread recipe uses %d g of flour per loaf. The bakery bakes %d loaves each "
         "morning for %d mornings. How much flour does it use altogether?" % (g, b, d))
    return dict(lang="en", dataset="gsm8k_like", val=F(val), wrong=F(g * (b + d)), ref="%d g" % val,
                disp=lambda v: "%s grams" % commas(v), bare=lambda v: str(int(v)), unit="grams",
                words=True, round_bad=None, q=q,
                given=["%d g per loaf" % g, "%d loaves per morning" % b, "%d mornings" % d],
                steps=["Flour per morning: %d × %d = %d g." % (g, b, g * b),
                       "Over %d mornings: %d × %d." % (d, g * b, d)],
                final=lambda s: "The bakery uses %s of flour altogether." % s, inter="%d grams" % (g * b),
                alts=["%s kg" % num(kg), "%s kilograms" % num(kg)],
                bad_units=["%s kilograms" % commas(val), "%s grams" % num(kg)])


def trip_minutes(rng):
    while True:
        v = rng.choice([30, 40, 45, 48, 50, 60, 72])
        dist = rng.randint(20, 150)
        stop = rng.choice([10, 15, 20, 25, 30])
        drive = F(dist * 60, v)
        tot = drive + stop
        if drive.denominator == 1 and tot > 60 and tot % 60:
            break
    tot = int(tot)
    hrs = F(tot, 60)
    q = ("A van drives %d miles at a steady %d miles per hour, and makes one %d-minute stop along the "
         "way. How long does the whole trip take?" % (dist, v, stop))
    alts = ["%d hour%s and %d minutes" % (tot // 60, "" if tot // 60 == 1 else "s", tot % 60)]
    if num(hrs).find("/") < 0:
        alts.append("%s hours" % num(hrs))
    return dict(lang="en", dataset="gsm8k_like", val=F(tot), wrong=drive, ref="%d minutes" % tot,
                disp=lambda x: "%s minutes" % num(x), bare=num, unit="minutes", words=True,
                round_bad=None, q=q, given=["%d miles" % dist, "%d mph" % v, "%d-minute stop" % stop],
                steps=["Driving time: %d ÷ %d = %s hours." % (dist, v, num(F(dist, v))),
                       "In minutes: %s × 60 = %s minutes." % (num(F(dist, v)), num(drive)),
                       "Add the stop: %s + %d." % (num(drive), stop)],
                final=lambda s: "The whole trip takes %s." % s, inter="%s minutes" % num(drive),
                alts=alts, bad_units=["%d hours" % tot])


def _clock(m):
    m = int(m) % (24 * 60)
    h, mm = divmod(m, 60)
    return "%d:%02d %s" % ((h - 1) % 12 + 1, mm, "AM" if h < 12 else "PM")


def arrival(rng):
    dep = rng.randint(7 * 60, 13 * 60)
    dep -= dep % 5
    dh, dm = rng.randint(1, 5), rng.choice([10, 15, 20, 25, 35, 40, 45, 50])
    arr = dep + 60 * dh + dm
    if arr // 60 < 12:
        arr += 120
        dh += 2
    q = ("A train leaves the station at %s. The journey takes %d hours and %d minutes. "
         "At what time does it arrive?" % (_clock(dep), dh, dm))
    flip = _clock(arr).replace("PM", "AM")
    return dict(lang="en", dataset="gsm8k_like", val=F(arr), wrong=F(arr - dm + 60 if dm != 60 else arr + 30),
                ref=_clock(arr), disp=_clock, bare=_clock, unit=None, words=False, round_bad=None, q=q,
                given=["departure %s" % _clock(dep), "duration %d h %d min" % (dh, dm)],
                steps=["Add the hours first: %s + %d hours = %s." % (_clock(dep), dh, _clock(dep + 60 * dh)),
                       "Then add the %d minutes, carrying into the next hour if needed." % dm],
                final=lambda s: "The train arrives at %s." % s,
                inter=_clock(dep + 60 * dh),
                alts=["%d:%02d" % (arr // 60, arr % 60), "%d:%02d in the afternoon" % ((arr // 60 - 1) % 12 + 1,
                                                                                    arr % 60)],
                bad_units=[flip])


def _prob_P(val, wrong, **kw):
    fr = lambda v: "%d/%d" % (F(v).numerator, F(v).denominator)
    P = dict(lang="en", dataset="math_like", val=val, wrong=wrong, ref=fr(val), disp=fr, bare=fr,
             unit=None, words=False, inter=None, round_bad=None, alts=[])
    if "/" not in num(val):
        P["alts"] = ["%s%%" % num(val * 100), num(val)]
    else:
        r = F(round(float(val) * 10), 10)
        if r != val and r:
            P["round_bad"] = num(r)
    P.update(kw)
    return P


def prob_bag(rng):
    r, b, g = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 8)
    n = r + b + g
    c = rng.choice(["red", "not blue"])
    fav = r if c == "red" else r + g
    val = F(fav, n)
    q = ("A bag holds %d red, %d blue and %d green marbles. One marble is drawn at random. What is the "
         "probability that it is %s?" % (r, b, g, c))
    return _prob_P(val, 1 - val if 1 - val != val else F(fav, n + 1), q=q,
                   given=["%d red, %d blue, %d green" % (r, b, g), "one random draw"],
                   steps=["Total marbles: %d + %d + %d = %d." % (r, b, g, n),
                          "Favourable outcomes (%s): %d." % (c, fav),
                          "Probability = favourable ÷ total = %d/%d, reduced if possible." % (fav, n)],
                   final=lambda s: "The probability is %s." % s)


def prob_two(rng):
    r, o = rng.randint(3, 8), rng.randint(3, 10)
    n = r + o
    val = F(r, n) * F(r - 1, n - 1)
    q = ("A box contains %d red tokens and %d white tokens. Two tokens are drawn without replacement. "
         "What is the probability that both are red?" % (r, o))
    return _prob_P(val, F(r, n) ** 2, q=q, given=["%d red, %d white" % (r, o), "two draws, no replacement"],
                   steps=["First draw red: %d/%d." % (r, n),
                          "Second draw red given the first was red: %d/%d." % (r - 1, n - 1),
                          "Multiply: %d/%d × %d/%d = %d/%d, then reduce." % (r, n, r - 1, n - 1, r * (r - 1),
                                                                               n * (n - 1))],
                   final=lambda s: "The probability that both are red is %s." % s,
                   inter="%d/%d" % (F(r, n).numerator, F(r, n).denominator))


def prob_dice(rng):
    k = rng.choice([4, 5, 6, 8, 9, 10])
    cnt = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == k)
    pairs = ["(%d,%d)" % (a, k - a) for a in range(1, 7) if 1 <= k - a <= 6]
    val = F(cnt, 36)
    q = "Two fair six-sided dice are rolled. What is the probability that the sum is %d?" % k
    return _prob_P(val, F(cnt - 1, 36) if cnt > 1 else F(1, 6), q=q,
                   given=["two dice, 36 equally likely outcomes", "target sum %d" % k],
                   steps=["List the ordered pairs with sum %d: %s." % (k, ", ".join(pairs)),
                          "That is %d favourable outcomes out of 36." % cnt],
                   final=lambda s: "The probability is %s." % s)


MONEY = [shop_change, discount, hourly_pay]
COUNT = [production, ages, average_needed, ratio_recipe, percent_class, savings_weeks]
UNITS = [flour_mass, trip_minutes, arrival]
PROB = [prob_bag, prob_two, prob_dice]
ALL = MONEY * 2 + COUNT + UNITS * 2 + PROB
