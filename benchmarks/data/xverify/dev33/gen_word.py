"""English word-problem families: percent/profit, rates, mixtures, ages, weekdays, bases, modular."""
from fractions import Fraction as Fr
from common import fam, tex, plain, dec, terminating, mixed, words, WEEK

PEOPLE = ["Renata", "Oskar", "Lutessa", "Bram", "Yevgenia", "Caspian", "Thea", "Hollis", "Nadira", "Piet"]


def money(v):
    v = Fr(v)
    return str(v.numerator) if v.denominator == 1 else "%.2f" % float(v)


def percent_profit(rng):
    while True:
        C = rng.randrange(40, 400, 20)
        p, d = rng.randrange(20, 65, 5), rng.randrange(10, 35, 5)
        SP = Fr(C) * (100 + p) * (100 - d) / 10000
        prof = SP - C
        sl = Fr(C * (p - d), 100)
        if prof > 0 and (prof * 100).denominator == 1 and sl != prof:
            break
    who = rng.choice(PEOPLE)
    q = ("%s buys a lamp for \\$%d, marks the price up by %d%%, and later sells it at a %d%% discount off the marked price. "
         "How many dollars of profit does %s make?" % (who, C, p, d, who))
    MP = Fr(C) * (100 + p) / 100
    w = ["Marked price: $%d \\times %s = %s$ dollars." % (C, dec(Fr(100 + p, 100)), money(MP)),
         "Selling price after the discount: $%s \\times %s = %s$ dollars." % (money(MP), dec(Fr(100 - d, 100)), money(SP)),
         "Profit: $%s - %d = %s$ dollars." % (money(SP), C, money(prof))]
    alts = [("\\$%s" % money(prof), "alt_currency_symbol"), ("%s \\text{ dollars}" % money(prof), "alt_units_added")]
    if prof.denominator == 1:
        alts.append(("%d.00" % prof, "alt_trailing_zeros"))
    return fam(dataset="gsm8k_like", kat="math", question=q, answer=money(prof), work=w,
               check=["As a fraction of cost: $%s / %d = %s$, i.e. a %s%% net gain, which is less than %d%% as expected." % (money(prof), C, dec(prof / C) if terminating(prof / C) else plain(prof / C), dec(prof * 100 / C) if terminating(prof * 100 / C) else "%.2f" % float(prof * 100 / C), p)],
               alts=alts,
               slip=dict(ans=money(sl), tag="slip_additive_percentages",
                         steps=["The net change is $%d\\%% - %d\\%% = %d\\%%$ of the cost." % (p, d, p - d),
                                "Profit: $%d \\times %s = %s$ dollars." % (C, dec(Fr(p - d, 100)), money(sl))],
                         note="the discount applies to the marked price, not to the original cost, so percentages do not simply subtract.",
                         excuse="the markup and discount just combine to a net %d%% change on the cost." % (p - d)),
               near=dict(ans=money(SP), tag="near_price_instead_of_profit", steps=w[:2] + ["So the lamp sells for $%s$ dollars." % money(SP)]),
               trunc=w[:1], extra=money(MP - C))


def work_rate(rng):
    while True:
        a, b = sorted(rng.sample(range(2, 13), 2))
        T = Fr(a * b, b - a)
        if T.denominator > 1:
            break
    q = ("An inlet pipe can fill a tank in %d hours, and a drain can empty the full tank in %d hours. "
         "If the tank starts empty and both are open, how many hours does it take to fill the tank? Give the exact value." % (a, b))
    rate = Fr(1, a) - Fr(1, b)
    w = ["The inlet fills $\\frac{1}{%d}$ of the tank per hour; the drain empties $\\frac{1}{%d}$ per hour." % (a, b),
         "Net rate: $\\frac{1}{%d} - \\frac{1}{%d} = %s$ tank per hour." % (a, b, tex(rate)),
         "Time: $1 \\div %s = %s$ hours." % (tex(rate), tex(T))]
    alts = [(mixed(T), "alt_mixed_number"), ("%s \\text{ hours}" % tex(T), "alt_units_added")]
    if terminating(T):
        alts.append((dec(T), "alt_decimal_for_fraction"))
    mins = (T - int(T)) * 60
    if mins.denominator == 1:
        alts.append(("%d \\text{ hours } %d \\text{ minutes}" % (int(T), mins), "alt_hours_minutes"))
    Ts = Fr(a * b, a + b)
    return fam(dataset="gsm8k_like", kat="math", question=q, answer=tex(T), work=w,
               check=["In $%s$ hours the inlet adds $%s$ tank and the drain removes $%s$; the difference is $1$." % (tex(T), tex(T / a), tex(T / b))],
               alts=alts,
               slip=dict(ans=tex(Ts), tag="slip_added_opposing_rates",
                         steps=[w[0], "Combined rate: $\\frac{1}{%d} + \\frac{1}{%d} = %s$." % (a, b, tex(Fr(1, a) + Fr(1, b))),
                                "Time: $1 \\div %s = %s$ hours." % (tex(Fr(1, a) + Fr(1, b)), tex(Ts))],
                         note="the drain works against the inlet, so its rate must be subtracted.",
                         excuse="both pipes move water, so their rates should be added."),
               near=dict(ans=tex(rate), tag="near_rate_instead_of_time", steps=w[:2] + ["So the answer is $%s$." % tex(rate)]),
               trunc=w[:1], extra=tex(Fr(a + b, 2)))


def mixture(rng):
    while True:
        x, y = rng.randrange(2, 21, 2), rng.randrange(2, 21, 2)
        p, r = rng.randrange(5, 50, 5), rng.randrange(30, 95, 5)
        c = Fr(x * p + y * r, x + y)
        if c.denominator == 1 and x != y and p != r and Fr(p + r, 2) != c:
            break
    q = ("A chemist mixes %d liters of a %d%% acid solution with %d liters of a %d%% acid solution. "
         "What percent of the mixture is acid?" % (x, p, y, r))
    acid = Fr(x * p + y * r, 100)
    w = ["Acid in the first solution: $%d \\times %s = %s$ L." % (x, dec(Fr(p, 100)), dec(Fr(x * p, 100))),
         "Acid in the second solution: $%d \\times %s = %s$ L." % (y, dec(Fr(r, 100)), dec(Fr(y * r, 100))),
         "Total acid $%s$ L in $%d$ L of mixture." % (dec(acid), x + y),
         "Concentration: $%s / %d = %s = %d\\%%$." % (dec(acid), x + y, dec(c / 100), c)]
    av = Fr(p + r, 2)
    return fam(dataset="gsm8k_like", kat="math", question=q, answer="%d\\%%" % c, work=w, check=[],
               alts=[("%d \\text{ percent}" % c, "alt_percent_word"), ("%d\\%% \\text{ acid}" % c, "alt_units_added"),
                     ((words(int(c)) + " percent"), "alt_number_word")],
               slip=dict(ans="%s\\%%" % dec(av), tag="slip_unweighted_average",
                         steps=["Average the two concentrations: $\\frac{%d + %d}{2} = %s$." % (p, r, dec(av)), "So the mixture is $%s\\%%$ acid." % dec(av)],
                         note="the volumes differ, so the average must be weighted by volume.",
                         excuse="mixing two solutions gives the average of their concentrations."),
               near=dict(ans="%s \\text{ L}" % dec(acid), tag="near_amount_instead_of_percent", steps=w[:3] + ["So there are $%s$ liters of acid." % dec(acid)]),
               trunc=w[:2], extra="%d\\%%" % (c + 5))


def ages(rng):
    while True:
        B, k, m, n = rng.randint(3, 20), rng.randint(3, 6), rng.randint(2, 4), rng.randint(2, 12)
        if m < k and k * B + n == m * (B + n):
            Bs = Fr(n * (m + 1), k - m)
            if Bs.denominator == 1 and Bs != B:
                break
    par, kid = rng.sample(PEOPLE, 2)
    q = ("%s is %d times as old as %s. In %d years, %s will be %d times as old as %s. How old is %s now?"
         % (par, k, kid, n, par, m, kid, par))
    A = k * B
    w = ["Let %s's age be $x$, so %s is $%dx$." % (kid, par, k),
         "In %d years: $%dx + %d = %d(x + %d)$." % (n, k, n, m, n),
         "Expand: $%dx + %d = %dx + %d$, so $%dx = %d$ and $x = %d$." % (k, n, m, m * n, k - m, m * n - n, B),
         "%s is $%d \\times %d = %d$ years old." % (par, k, B, A)]
    sw = w[:2] + ["Expand and collect: $%dx = %d + %d = %d$, so $x = %d$." % (k - m, m * n, n, m * n + n, Bs),
                  "%s is $%d \\times %d = %d$ years old." % (par, k, Bs, k * Bs)]
    return fam(dataset="gsm8k_like", kat="math", question=q, answer=str(A), work=w,
               check=["In %d years: %s is $%d$, %s is $%d$, and $%d = %d \\times %d$. Correct." % (n, par, A + n, kid, B + n, A + n, m, B + n)],
               alts=[("%d \\text{ years old}" % A, "alt_units_added"), (words(A) + " years", "alt_number_word")],
               slip=dict(ans=str(k * Bs), tag="slip_sign_error_moving_term", steps=sw,
                         note="moving $%d$ to the right-hand side must change its sign." % n,
                         excuse="collecting the constants, both end up added on the right side."),
               near=dict(ans=str(B), tag="near_wrong_persons_age", steps=w[:3] + ["So the age asked for is $%d$." % B]),
               trunc=w[:2], extra=str(A + n))


def weekday(rng):
    s, N = rng.randrange(7), rng.randint(40, 900)
    if N % 7 == 0:
        N += 3
    ans = WEEK[(s + N) % 7]
    q = "Today is %s. What day of the week will it be %d days from today?" % (WEEK[s], N)
    w = ["Weekdays repeat every 7 days, so only the remainder of %d divided by 7 matters." % N,
         "%d = 7 × %d + %d, so the remainder is %d." % (N, N // 7, N % 7, N % 7),
         "Counting %d days forward from %s lands on %s." % (N % 7, WEEK[s], ans)]
    back, off = WEEK[(s - N) % 7], WEEK[(s + N - 1) % 7]
    return fam(dataset="gsm8k_like", kat="short_text", textual=True, question=q, answer=ans, work=w,
               check=["Going %d weeks forward returns to %s, and %d more days gives %s." % (N // 7, WEEK[s], N % 7, ans)],
               alts=[("a " + ans, "alt_article_added"), (ans[:3] + ".", "alt_abbreviation"), (ans.upper(), "alt_uppercase")],
               slip=dict(ans=back, tag="slip_counted_backward", steps=w[:2] + ["Counting %d days back from %s gives %s." % (N % 7, WEEK[s], back)],
                         note="the question asks for days from today, i.e. forward.",
                         excuse="the remainder should be counted backward from today."),
               near=dict(ans=off, tag="near_off_by_one_counting_today", steps=w[:2] + ["Counting today as day 1, the %dth day is %s." % (N % 7, off)]),
               trunc=w[:1], extra=WEEK[(s + N + 1) % 7])


def to_base(n, b):
    d = []
    while n:
        d.append(n % b)
        n //= b
    return d[::-1]


def base_conv(rng):
    while True:
        n, b = rng.randint(60, 999), rng.randint(3, 8)
        d = to_base(n, b)
        if d != d[::-1] and len(d) >= 3:
            break
    s = "".join(map(str, d))
    q = "Convert the decimal number $%d$ to base $%d$." % (n, b)
    steps, m = [], n
    while m:
        steps.append("$%d \\div %d = %d$ remainder $%d$." % (m, b, m // b, m % b))
        m //= b
    w = ["Repeatedly divide by %d and record the remainders." % b] + steps + [
        "Reading the remainders from last to first gives $%s_{%d}$." % (s, b)]
    rev, drop = s[::-1], s[1:]
    return fam(dataset="math_like", kat="math", question=q, answer="%s_{%d}" % (s, b), work=w,
               check=["Check: " + " + ".join("%d \\cdot %d^{%d}" % (x, b, len(d) - 1 - i) for i, x in enumerate(d)) + " = %d$." % n],
               alts=[("%s_%d" % (s, b), "alt_subscript_without_braces"), ("(%s)_{%d}" % (s, b), "alt_parenthesized_base"),
                     ("%s \\text{ (base } %d)" % (s, b), "alt_base_in_words")],
               slip=dict(ans="%s_{%d}" % (rev, b), tag="slip_remainders_not_reversed", steps=w[:-1] + ["Reading the remainders in order gives $%s_{%d}$." % (rev, b)],
                         note="the first remainder is the units digit, so the remainders must be read in reverse.",
                         excuse="the digits should be read in the order the remainders were produced."),
               near=dict(ans="%s_{%d}" % (drop, b), tag="near_dropped_last_quotient",
                         steps=w[:-2] + ["Reading the remainders from last to first gives $%s_{%d}$." % (drop, b)]),
               trunc=w[:-2], extra="%s_{%d}" % ("".join(map(str, to_base(n + b, b))), b))


def modular(rng):
    while True:
        m, a = rng.randint(5, 13), rng.randint(2, 12)
        cyc, v = [], a % m
        while v not in cyc and v:
            cyc.append(v)
            v = v * a % m
        if v == cyc[0] if cyc else False:
            p = len(cyc)
            k = rng.randint(20, 300)
            r, rs, rn = cyc[(k - 1) % p], cyc[(k % p) - 1 if k % p else p - 1], a * k % m
            rn = cyc[k % p]
            if p >= 3 and a % m != 1 and len({r, cyc[k % p], cyc[(k - 2) % p]}) == 3:
                break
    r, rs, rn = cyc[(k - 1) % p], cyc[k % p], cyc[(k - 2) % p]
    q = "What is the remainder when $%d^{%d}$ is divided by $%d$?" % (a, k, m)
    w = ["Compute successive powers of $%d$ modulo $%d$: " % (a, m) + ", ".join("$%d^{%d} \\equiv %d$" % (a, i + 1, c) for i, c in enumerate(cyc)) + ".",
         "The powers repeat with period $%d$." % p,
         "$%d = %d \\cdot %d + %d$, so $%d^{%d} \\equiv %d^{%d}$." % (k, p, k // p, k % p, a, k, a, k % p if k % p else p),
         "From the list, the remainder is $%d$." % r]
    return fam(dataset="math_like", kat="math", question=q, answer=str(r), work=w, check=[],
               alts=[("%d^{%d} \\equiv %d \\pmod{%d}" % (a, k, r, m), "alt_congruence_statement"), (words(r), "alt_number_word")],
               slip=dict(ans=str(rs), tag="slip_cycle_index_off_by_one",
                         steps=w[:2] + ["$%d \\bmod %d = %d$, so I take entry number $%d$ of the list counting from $0$, which is $%d$." % (k, p, k % p, k % p, rs)],
                         note="the list starts at $%d^1$, so the entry must be counted from $1$." % a,
                         excuse="the list index should start from zero."),
               near=dict(ans=str(rn), tag="near_exponent_off_by_one",
                         steps=w[:2] + ["Since $%d^{%d}$ corresponds to the previous position in the cycle, the remainder is $%d$." % (a, k, rn)]),
               trunc=w[:2], extra=str((r + 1) % m))
