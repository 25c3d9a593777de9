"""Finance problems (English): interest, percent change, percentage points, currency, CAGR, prices."""
from common import g, fixed, money, commas, long_output, final_line, boxed_ref, rec, cycle


def _out(rng, restate, steps, ans):
    return long_output(rng, "en", restate, steps, final_line(rng, ans))


def compound(rng, v):
    p = rng.choice([1000, 2500, 5000, 800, 12000, 1500])
    r = rng.choice([3, 4, 5, 6, 2.5, 7])
    n = rng.randint(2, 6)
    bal = float(fixed(p * (1 + r / 100) ** n, 2))
    simple = p * (1 + r / 100 * n)
    q = ("$%s is deposited in an account paying %s%% interest compounded annually. What is the balance after %d years, "
         "to the nearest cent?" % (commas(p, 0), g(r), n))
    restate = "A = P(1 + r)^n with P = %d, r = %s, n = %d." % (p, g(r / 100), n)
    steps = ["(1 + %s)^%d = %s." % (g(r / 100), n, g((1 + r / 100) ** n, 8)),
             "A = %d × %s = %s." % (p, g((1 + r / 100) ** n, 8), g(p * (1 + r / 100) ** n, 6)),
             "Rounded to the nearest cent: %s." % money(bal)]
    ref = money(bal)
    if rng.random() < 0.4:
        ref = boxed_ref(["A = %d(1+%s)^%d ≈ %s." % (p, g(r / 100), n, fixed(bal, 2))], "\\$%s" % commas(bal))
    if v == "C_usd":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s dollars" % fixed(bal, 2)), ref,
                   "Correct", "en", "currency_word_vs_symbol")
    if v == "C_nocomma":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "$%s" % fixed(bal, 2)), ref,
                   "Correct", "en", "thousands_separator")
    if v == "I_simple":
        steps = ["Interest each year is %s × %d = %s, so A = %d + %d × %s = %s." % (
            g(r / 100), p, g(p * r / 100), p, n, g(p * r / 100), fixed(simple, 2))]
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, money(simple)), ref,
                   "Incorrect", "en", "simple_vs_compound")
    steps.append("The interest earned is %s − %d = %s." % (fixed(bal, 2), p, fixed(bal - p, 2)))
    return rec("gsm8k_like", "math", q, _out(rng, restate, steps, money(bal - p)), ref,
               "Incorrect", "en", "interest_instead_of_balance")


def pct_change(rng, v):
    old = rng.choice([40, 50, 80, 120, 200, 250, 400])
    pct = rng.choice([12, 15, 8, 20, 35, 6, 18, 24])
    new = old * (1 + pct / 100)
    q = "The price of an item rose from $%s to $%s. By what percent did the price increase?" % (g(old), fixed(new, 2))
    restate = "Percent change = (new − old) / old × 100%."
    steps = ["new − old = %s − %s = %s." % (fixed(new, 2), g(old), g(new - old)),
             "Divide by the old price: %s / %s = %s." % (g(new - old), g(old), g(pct / 100))]
    ref = "%d%%" % pct
    if v == "C_dec":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps,
                                                   "a relative increase of %s" % g(pct / 100)), ref,
                   "Correct", "en", "percent_vs_decimal")
    if v == "C_words":
        steps.append("As a percentage: %d%%." % pct)
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%d percent" % pct), ref,
                   "Correct", "en", "percent_word")
    if v == "I_abs":
        steps = steps[:1]
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "$%s" % g(new - old)), ref,
                   "Incorrect", "en", "absolute_instead_of_relative")
    wrong = (new - old) / new * 100
    steps = [steps[0], "Divide by the new price: %s / %s = %s, i.e. %s%%." % (
        g(new - old), fixed(new, 2), g(wrong / 100, 6), fixed(wrong, 2))]
    return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s%%" % fixed(wrong, 2)), ref,
               "Incorrect", "en", "wrong_base_for_percent")


def pct_points(rng, v):
    r1 = rng.choice([2, 4, 5, 8, 10, 3])
    d = rng.choice([1, 2, 0.5, 3])
    r2 = r1 + d
    rel = d / r1 * 100
    if v.startswith("P"):
        q = ("A central bank raises its policy rate from %s%% to %s%%. By how many percentage points did the rate "
             "rise?" % (g(r1), g(r2)))
        ref = "%s percentage points" % g(d)
        restate = "A percentage-point change is the simple difference of the two rates."
        steps = ["%s%% − %s%% = %s." % (g(r2), g(r1), g(d))]
        if v == "P_C":
            return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s pp" % g(d)), ref,
                       "Correct", "en", "percentage_point_abbrev")
        steps = ["Relative change = (%s − %s)/%s = %s, i.e. %s%%." % (g(r2), g(r1), g(r1), g(rel / 100), g(rel, 4))]
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s%%" % g(rel, 4)), ref,
                   "Incorrect", "en", "percent_vs_percentage_points")
    q = "A savings rate goes from %s%% to %s%%. By what percent (relative change) did the rate increase?" % (
        g(r1), g(r2))
    ref = "%s%%" % g(rel, 4)
    restate = "Relative change = (new − old)/old."
    steps = ["(%s − %s) / %s = %s." % (g(r2), g(r1), g(r1), g(rel / 100, 6))]
    if v == "R_C":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s percent" % g(rel, 4)), ref,
                   "Correct", "en", "percent_word")
    steps = ["The rate went up by %s − %s = %s." % (g(r2), g(r1), g(d))]
    return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s percentage point%s" % (
        g(d), "" if d == 1 else "s")), ref, "Incorrect", "en", "percentage_points_vs_percent")


def currency(rng, v):
    while True:
        usd = rng.choice([125, 240, 375, 860, 1250, 530, 95])
        rate = rng.choice([0.92, 0.87, 0.935, 0.915, 1.08])
        eur = usd * rate
        if v != "I_round" or differs(fixed(eur, 0), fixed(eur, 2)):
            break
    q = ("The exchange rate is 1 USD = %s EUR. How many euros does a traveller receive for %d USD? Round to the nearest "
         "cent." % (g(rate), usd))
    restate = "Multiply the dollar amount by the number of euros per dollar."
    steps = ["%d × %s = %s EUR." % (usd, g(rate), g(eur, 6))]
    ref = "€%s" % fixed(eur, 2)
    if v == "C_word":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s euros" % fixed(eur, 2)), ref,
                   "Correct", "en", "currency_word_vs_symbol")
    if v == "C_code":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "EUR %s" % fixed(eur, 2)), ref,
                   "Correct", "en", "currency_code")
    if v == "I_div":
        steps = ["%d / %s = %s EUR." % (usd, g(rate), g(usd / rate, 6))]
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "€%s" % fixed(usd / rate, 2)), ref,
                   "Incorrect", "en", "inverse_rate")
    steps.append("Rounding: about €%s." % fixed(eur, 0))
    return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "€%s" % fixed(eur, 0)), ref,
               "Incorrect", "en", "wrong_precision_requested")


def differs(a, b):
    return abs(float(a) - float(b)) > 1e-9


def cagr(rng, v):
    while True:
        start = rng.choice([1000, 2000, 5000, 8000, 10000])
        r = rng.choice([0.05, 0.06, 0.07, 0.08, 0.1, 0.12])
        n = rng.choice([3, 4, 5, 6])
        end = round(start * (1 + r) ** n)
        c = ((end / start) ** (1 / n) - 1) * 100
        tot = (end / start - 1) * 100
        avg = tot / n
        if differs(fixed(avg, 1), fixed(c, 1)):
            break
    q = ("A company's revenue grew from $%s to $%s over %d years. What was the compound annual growth rate? Round "
         "to the nearest tenth of a percent." % (commas(start, 0), commas(end, 0), n))
    restate = "CAGR = (end/start)^(1/n) − 1."
    steps = ["end/start = %s / %s = %s." % (end, start, g(end / start, 6)),
             "(%s)^(1/%d) = %s, so CAGR = %s%%." % (g(end / start, 6), n, g(1 + c / 100, 6), g(c, 4))]
    ref = "%s%%" % fixed(c, 1)
    if v == "C_dec":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "CAGR ≈ %s%% per year" % fixed(c, 1)), ref,
                   "Correct", "en", "approx_marker_same_value")
    if v == "C_pct":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s percent per year" % fixed(c, 1)), ref,
                   "Correct", "en", "percent_word")
    if v == "I_avg":
        steps = ["Total growth = %s%%, spread over %d years gives %s%% per year." % (g(tot, 4), n, g(avg, 4))]
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s%%" % fixed(avg, 1)), ref,
                   "Incorrect", "en", "simple_average_vs_cagr")
    steps = steps[:1] + ["So revenue grew by %s%% overall." % fixed(tot, 1)]
    return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s%%" % fixed(tot, 1)), ref,
               "Incorrect", "en", "total_instead_of_annual")


def price(rng, v):
    p = rng.choice([80, 120, 45, 250, 64, 150])
    d = rng.choice([10, 15, 20, 25, 30])
    t = rng.choice([5, 8, 6, 7.5])
    final = p * (1 - d / 100) * (1 + t / 100)
    q = ("A jacket costs $%d. It is discounted by %d%%, and then a %s%% sales tax is applied to the discounted price. "
         "What is the final price?" % (p, d, g(t)))
    restate = "Final = P × (1 − d) × (1 + t)."
    steps = ["Discounted: %d × %s = %s." % (p, g(1 - d / 100), g(p * (1 - d / 100))),
             "With tax: %s × %s = %s." % (g(p * (1 - d / 100)), g(1 + t / 100), g(final, 6))]
    ref = money(final)
    if v == "C_plain":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s dollars" % fixed(final, 2)), ref,
                   "Correct", "en", "currency_word_vs_symbol")
    if v == "C_round":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "$%s" % g(float(fixed(final, 2)))), ref,
                   "Correct", "en", "trailing_zero_form")
    if v == "I_disc":
        steps = steps[:1]
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, money(p * (1 - d / 100))), ref,
                   "Incorrect", "en", "intermediate_quantity")
    bad = p * (1 - d / 100 + t / 100)
    steps = ["Net change = −%d%% + %s%% = %s%%, so final = %d × %s = %s." % (
        d, g(t), g(t - d), p, g(1 - d / 100 + t / 100), g(bad, 6))]
    return rec("gsm8k_like", "math", q, _out(rng, restate, steps, money(bad)), ref,
               "Incorrect", "en", "added_percentages")


TEMPLATES = [
    (compound, ["C_usd", "C_nocomma", "I_simple", "I_interest"]),
    (pct_change, ["C_dec", "C_words", "I_abs", "I_base"]),
    (pct_points, ["P_C", "P_I", "R_C", "R_I"]),
    (currency, ["C_word", "C_code", "I_div", "I_round"]),
    (cagr, ["C_dec", "C_pct", "I_avg", "I_total"]),
    (price, ["C_plain", "C_round", "I_disc", "I_add"]),
]


def generate(rng, per=5):
    out = []
    for fn, variants in TEMPLATES:
        for v in cycle(rng, per, variants):
            out.append(fn(rng, v))
    return out
