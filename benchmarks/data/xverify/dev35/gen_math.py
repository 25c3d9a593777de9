"""English math word problems whose final answer is stated inside a sentence."""
from common import en_words, en_ordinal, en_time_words, en_time_digits, finish, record

NAMES = ["Anna", "Ben", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Imke", "Jonas",
         "Keiko", "Luca", "Maren", "Nils", "Odile", "Pavel", "Rosa", "Tomas"]


def w(rng, n):
    return en_words(n, british=rng.random() < 0.4)


def t_library(rng, mode):
    n, lent = rng.randint(150, 400), rng.randint(40, 120)
    ret, bought = rng.randint(10, 35), rng.randint(5, 30)
    a = n - lent
    b = a + ret
    ans = b + bought
    shown = ans
    if mode == "near":
        shown = ans + rng.choice([-1, 1])
    q = ("A school library has %d books. During one week, %d books are borrowed and not returned, "
         "%d books that had been borrowed earlier come back, and the librarian buys %d new books. "
         "How many books does the library have at the end of the week?" % (n, lent, ret, bought))
    paras = ["We need the number of books in the library after one week of borrowing, returns and purchases.",
             "Start: %d books. Borrowed and not returned: %d, so %d - %d = %d books remain." % (n, lent, n, lent, a),
             "Returned books are added back: %d + %d = %d." % (a, ret, b),
             "New books are added as well: %d + %d = %d." % (b, bought, shown)]
    if mode == "hedge":
        final = ("So the library ends up with either %s or %s books, depending on how the returns are counted."
                 % (w(rng, ans), w(rng, ans + 1)))
        return q, paras, final, str(ans), "hedge_two_number_words"
    final = "So the library is left with %s books at the end of the week." % w(rng, shown)
    trap = "number_words_counted_noun" if mode == "ok" else "neighbour_number_in_words"
    return q, paras, final, str(ans), trap


def t_train(rng, mode):
    ah = rng.choice([7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20])
    am = rng.choice([0, 15, 30, 45, 10, 20, 40, 50])
    dur = rng.choice(range(95, 300, 5))
    arr = ah * 60 + am
    dep = arr - dur
    while dep < 5 * 60:
        dur -= 60
        dep = arr - dur
    dh, dm = divmod(dep, 60)
    q = ("A regional train leaves the station at %s. The journey takes %d hours and %d minutes. "
         "At what time does the train arrive?" % (en_time_digits(dh, dm), dur // 60, dur % 60))
    sh, sm = ah, am
    trap = "time_in_words"
    if mode == "period":
        sh = ah + 12 if ah < 12 else ah - 12
        trap = "time_words_wrong_half_of_day"
    elif mode == "near":
        t = arr + rng.choice([-15, 15])
        sh, sm = divmod(t, 60)
        trap = "time_words_off_by_quarter_hour"
    paras = ["The departure is at %s, which is %02d:%02d on a 24-hour clock." % (en_time_digits(dh, dm), dh, dm),
             "The trip lasts %d minutes in total (%d hours and %d minutes)." % (dur, dur // 60, dur % 60),
             "Adding: %02d:%02d plus %d h %d min gives %02d:%02d." % (dh, dm, dur // 60, dur % 60, sh, sm)]
    final = "The train arrives at %s." % en_time_words(sh, sm)
    return q, paras, final, en_time_digits(ah, am), trap


HALF = {0.25: "and a quarter", 0.5: "and a half", 0.75: "and three-quarter"}


def hours_words(x):
    whole = int(x)
    frac = x - whole
    return "%s %s hours" % (en_words(whole), HALF[frac])


def t_duration(rng, mode):
    hrs = rng.choice([1.5, 2.5, 3.5, 4.5, 2.25, 3.25, 1.75, 2.75])
    speed = rng.choice([12, 16, 20, 24, 28])
    dist = int(speed * hrs)
    q = ("A cyclist rides %d km at a steady %d km/h without stopping. How long does the ride take?"
         % (dist, speed))
    shown, unit, trap = hrs, "hours", "duration_in_words"
    if mode == "near":
        shown = hrs + (1 if hrs < 2 else rng.choice([-1, 1]))
        trap = "duration_neighbour_in_words"
    paras = ["Time equals distance divided by speed.",
             "%d km / %d km/h = %s h." % (dist, speed, ("%g" % shown)),
             "Converting the fractional part: %g of an hour is %d minutes." % (shown - int(shown), round((shown - int(shown)) * 60))]
    final = "The ride takes %s." % hours_words(shown)
    if mode == "unit":
        final = "The ride takes %s." % hours_words(hrs).replace("hours", "minutes")
        trap = "duration_wrong_unit_in_words"
    ans = ("%g hours" % hrs) if rng.random() < 0.6 else ("%d minutes" % int(hrs * 60))
    return q, paras, final, ans, trap


def t_age(rng, mode):
    older = rng.choice(NAMES)
    younger = rng.choice([n for n in NAMES if n != older])
    gap = rng.randint(3, 11)
    y = rng.randint(12, 35)
    o = y + gap
    s = o + y
    pron = "she" if older in ("Anna", "Clara", "Elena", "Greta", "Imke", "Keiko", "Maren", "Odile", "Rosa") else "he"
    q = ("In 2019, %s was %d years older than %s, and the sum of their ages was %d. "
         "How old was %s in 2019?" % (older, gap, younger, s, older))
    shown, trap = o, "age_in_words_past_tense"
    if mode == "other":
        shown, trap = y, "age_of_other_person"
    elif mode == "near":
        shown, trap = o + rng.choice([-1, 1]), "age_neighbour_in_words"
    paras = ["Let %s's age be x. Then %s's age is x + %d." % (younger, older, gap),
             "x + (x + %d) = %d, so 2x = %d and x = %d." % (gap, s, s - gap, y),
             "%s was therefore %d + %d = %d." % (older, y, gap, o) if mode != "near" else
             "%s was therefore %d + %d = %d." % (older, y, gap, shown)]
    fem = ("Anna", "Clara", "Elena", "Greta", "Imke", "Keiko", "Maren", "Odile", "Rosa")
    if (older in fem) == (younger in fem):
        pron = older
    final = "In 2019 %s was %s." % (pron, en_words(shown))
    if mode == "other":
        final = "So in 2019, %s was %s years old." % (older, en_words(shown))
    return q, paras, final, str(o), trap


def t_percent(rng, mode):
    total = rng.choice([200, 400, 500, 800, 1000])
    pct = rng.choice([15, 20, 25, 30, 35, 40, 45, 55, 60, 65, 70])
    x = total * pct // 100
    q = ("In a village election, %d people voted and %d of them chose Rosa Albrecht. "
         "What percentage of the voters chose her?" % (total, x))
    shown, trap = pct, "percent_in_words"
    if mode == "near":
        shown, trap = pct + rng.choice([-5, 5]), "percent_neighbour_in_words"
    paras = ["Percentage = part / whole x 100.",
             "%d / %d = %g." % (x, total, shown / 100),
             "Multiplying by 100 gives %d%%." % shown]
    lead = rng.choice(["Exactly %s percent of the voters chose her.",
                       "She was chosen by %s percent of the voters."])
    final = lead % en_words(shown)
    return q, paras, final, "%d%%" % pct, trap


FRACS = [(1, 4), (3, 4), (2, 3), (1, 3), (3, 5), (2, 5), (5, 8), (3, 8), (1, 6), (5, 6)]
DEN = {3: ("third", "thirds"), 4: ("quarter", "quarters"), 5: ("fifth", "fifths"),
       6: ("sixth", "sixths"), 8: ("eighth", "eighths")}


def frac_words(a, b):
    return "%s %s" % (en_words(a), DEN[b][0] if a == 1 else DEN[b][1])


def t_fraction(rng, mode):
    a, b = rng.choice(FRACS)
    cap = b * rng.randint(10, 30)
    left = cap * a // b
    used = cap - left
    q = ("A water tank holds %d litres when full. Starting full, %d litres are used. "
         "What fraction of the tank is still full? Give your answer as a fraction in lowest terms."
         % (cap, used))
    sa, sb, trap = a, b, "fraction_in_words"
    if mode == "complement":
        sa, trap = b - a, "fraction_complement_in_words"
    paras = ["Remaining water: %d - %d = %d litres." % (cap, used, left),
             "Fraction remaining: %d / %d. Dividing top and bottom by %d gives %d/%d." % (left, cap, cap // b, a, b)
             if mode == "ok" else "The used part is %d / %d = %d/%d of the tank." % (used, cap, b - a, b)]
    final = "%s of the tank is still full." % frac_words(sa, sb).capitalize()
    return q, paras, final, "%d/%d" % (a, b), trap


def money_words(cents):
    d, c = divmod(cents, 100)
    s = "%s dollar%s" % (en_words(d), "" if d == 1 else "s")
    if c:
        s += " and %s cents" % en_words(c)
    return s


def t_money(rng, mode):
    n = rng.randint(2, 6)
    price = rng.choice(range(135, 675, 5))
    cost = n * price
    bill = 2000 if cost < 2000 else 5000
    ch = bill - cost
    q = ("Jonas buys %d notebooks at $%.2f each and pays with a $%d bill. How much change does he get?"
         % (n, price / 100, bill // 100))
    shown, trap = ch, "money_in_words"
    if mode == "near":
        shown, trap = ch + rng.choice([-100, 100, -10, 10]), "money_neighbour_in_words"
    paras = ["Total cost: %d x $%.2f = $%.2f." % (n, price / 100, cost / 100),
             "Change: $%d.00 - $%.2f = $%.2f." % (bill // 100, cost / 100, shown / 100)]
    final = "Jonas gets %s back in change." % money_words(shown)
    return q, paras, final, "$%.2f" % (ch / 100), trap


def t_queue(rng, mode):
    n = rng.randint(18, 45)
    k = rng.randint(3, n - 3)
    ans = n - k + 1
    who = rng.choice(NAMES)
    q = ("%d people stand in a single line at a ticket office. %s is number %d counting from the front. "
         "What is %s's position counting from the back?" % (n, who, k, who))
    shown, trap = ans, "ordinal_in_words"
    if mode == "off":
        shown, trap = n - k, "ordinal_off_by_one"
    paras = ["There are %d people ahead of %s and %s is at position %d." % (k - 1, who, who, k),
             "People behind %s: %d - %d = %d." % (who, n, k, n - k),
             ("Position from the back = people behind + 1 = %d." % ans) if mode == "ok" else
             ("Position from the back = %d - %d = %d." % (n, k, shown))]
    final = "%s is the %s person from the back of the line." % (who, en_ordinal(shown))
    return q, paras, final, str(ans), trap


def t_distance(rng, mode):
    v = rng.choice([60, 70, 80, 90, 110, 120])
    t = rng.choice([2, 3, 4, 5, 6])
    d = v * t
    q = "A coach travels at an average speed of %d km/h for %d hours. How far does it travel?" % (v, t)
    unit, trap, shown = "kilometres", "distance_in_words_with_unit", d
    if mode == "unit":
        unit, trap = rng.choice(["metres", "miles"]), "wrong_unit_in_words"
    elif mode == "near":
        shown, trap = d + v * rng.choice([-1, 1]), "distance_neighbour_in_words"
    paras = ["Distance = speed x time.", "%d km/h x %d h = %d km." % (v, t, shown)]
    final = "The coach covers %s %s." % (w(rng, shown), unit)
    return q, paras, final, "%d km" % d, trap


def t_compare(rng, mode):
    a, b = rng.sample(NAMES, 2)
    sa, sb = rng.randint(20, 90), rng.randint(20, 90)
    ra, rb = rng.randint(5, 20), rng.randint(5, 20)
    wk = rng.randint(4, 12)
    fa, fb = sa + ra * wk, sb + rb * wk
    while fa == fb:
        sa += 3
        fa = sa + ra * wk
    win, lose = (a, b) if fa > fb else (b, a)
    q = ("%s has $%d and saves $%d every week. %s has $%d and saves $%d every week. "
         "After %d weeks, who has more money?" % (a, sa, ra, b, sb, rb, wk))
    paras = ["%s: %d + %d x %d = %d dollars." % (a, sa, ra, wk, fa),
             "%s: %d + %d x %d = %d dollars." % (b, sb, rb, wk, fb)]
    shown, trap = win, "comparison_name_in_sentence"
    if mode == "other":
        shown, trap = lose, "comparison_other_person"
        paras.append("Comparing the two totals, %s comes out ahead." % lose)
    else:
        paras.append("Comparing the two totals, %s comes out ahead." % win)
    final = "%s has more money after %s weeks, so the answer is %s." % (shown, en_words(wk), shown)
    return q, paras, final, win, trap


def t_quarter(rng, mode):
    while True:
        base = rng.randint(200, 500)
        ch = [rng.randint(-60, 80) for _ in range(3)]
        vals = [base]
        for c in ch:
            vals.append(vals[-1] + c)
        best = max(range(4), key=lambda i: vals[i])
        if vals.count(vals[best]) == 1 and 0 not in ch:
            break
    q = ("A bakery sold %d cakes in the first quarter of the year. Sales changed by %+d in the second "
         "quarter, %+d in the third and %+d in the fourth, each compared with the quarter before. "
         "In which quarter were sales highest?" % (base, ch[0], ch[1], ch[2]))
    shown, trap = best, "ordinal_period_in_words"
    if mode == "near":
        shown = best + 1 if best < 3 else best - 1
        trap = "ordinal_period_neighbour"
    paras = ["Q1: %d. Q2: %d. Q3: %d. Q4: %d." % tuple(vals),
             "The largest of these values is in Q%d." % (shown + 1)]
    final = "Sales were highest in the %s quarter of the year." % en_ordinal(shown + 1)
    return q, paras, final, "Q%d" % (best + 1), trap


TEMPLATES = [
    (t_library, ["near", "hedge"], "math"), (t_train, ["period", "near"], "math"),
    (t_duration, ["near", "unit"], "math"), (t_age, ["other", "near"], "math"),
    (t_percent, ["near"], "math"), (t_fraction, ["complement"], "math"),
    (t_money, ["near"], "math"), (t_queue, ["off"], "math"),
    (t_distance, ["unit", "near"], "math"), (t_compare, ["other"], "short_text"),
    (t_quarter, ["near"], "short_text"),
]


def generate(rng, n):
    out = []
    for i in range(n):
        fn, bad, kat = TEMPLATES[i % len(TEMPLATES)]
        ok = (i // len(TEMPLATES)) % 2 == 0
        mode = "ok" if ok else rng.choice(bad)
        q, paras, final, ans, trap = fn(rng, mode)
        intro = rng.choice(["Let me work through this step by step.",
                            "Okay, let me set up the problem carefully.",
                            "Let me read the problem and organise the given numbers."])
        out.append(record("gsm8k_like", kat, q, finish(rng, "en", [intro] + paras, final),
                          ans, "Correct" if ok else "Incorrect", "en", trap))
    return out
