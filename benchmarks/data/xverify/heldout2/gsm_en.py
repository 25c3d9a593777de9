"""GSM8K-style English word problems with consistent slips and near misses."""
from fractions import Fraction
from math import ceil
from styles import ftex, il, dm
from math_en_a import R

NAMES = ["Priya", "Marcus", "Elena", "Tomás", "Aisha", "Jonah", "Keiko", "Darius", "Lena", "Owen", "Fatima", "Rafael"]


def money(c):
    """cents -> '12.5' style (GSM8K reference style)."""
    v = Fraction(c, 100)
    return str(v.numerator) if v.denominator == 1 else ("%.2f" % float(v)).rstrip("0")


def dol(c):
    return "\\$%d.%02d" % divmod(c, 100) if c % 100 else "\\$%d" % (c // 100)


def shopping(rng, mode):
    nm = rng.choice(NAMES)
    it = rng.sample([("notebooks", "notebook"), ("gel pens", "gel pen"), ("muffins", "muffin"), ("bus tickets", "bus ticket"), ("plant pots", "plant pot"), ("paint tubes", "paint tube")], 2)
    n1, n2 = rng.randint(3, 9), rng.randint(2, 8)
    p1, p2 = rng.choice([125, 150, 175, 225, 240, 275, 320, 360]), rng.choice([80, 95, 110, 135, 185, 210])
    tot = n1 * p1 + n2 * p2
    bill = next(b for b in (2000, 5000, 10000) if b > tot and b != 2 * tot)
    ans = bill - tot
    q = "%s buys %d %s at %s each and %d %s at %s each. %s pays with a %s bill. How much change, in dollars, should %s receive?" % (
        nm, n1, it[0][0], dol(p1), n2, it[1][0], dol(p2), nm, dol(bill), nm)
    c1 = n1 * p1 + (rng.choice([-100, 100]) if mode == "slip" else 0)
    t2 = c1 + n2 * p2
    val = bill - t2
    steps = [("Find the cost of the %s" % it[0][0], "%s." % il(rng, "%d \\times %s = %s" % (n1, dol(p1), dol(c1)))),
             ("Find the cost of the %s" % it[1][0], "%s." % il(rng, "%d \\times %s = %s" % (n2, dol(p2), dol(n2 * p2)))),
             ("Add the costs", dm(rng, "%s + %s = %s" % (dol(c1), dol(n2 * p2), dol(t2)))),
             ("Subtract from the amount paid", dm(rng, "%s - %s = %s" % (dol(bill), dol(t2), dol(val))))]
    label = "Correct" if val == ans else "Incorrect"
    check = "Adding the change back: %s. ✓" % il(rng, "%s + %s = %s" % (dol(t2), dol(val), dol(bill)))
    final, say = money(val), "%s should receive %s in change" % (nm, dol(val))
    if mode == "alt":
        final = rng.choice([dol(ans), "%d \\text{ dollars and } %d \\text{ cents}" % divmod(ans, 100) if ans % 100 else dol(ans) + ".00"])
        say = "change is " + il(rng, final)
    ex = "Total cost is the sum of the two item costs; the change is what was paid minus that total. I'll work in dollars and cents carefully."
    return R("gsm8k_like", q, money(ans), "work out the change from a purchase", steps, check, final, say, money(tot),
             "report the total spent, since that's the amount that matters", label, ex=ex)


def wages(rng, mode):
    nm = rng.choice(NAMES)
    r, h, w = rng.choice([14, 16, 18, 20, 22, 24, 26, 30]), rng.randint(42, 56), rng.randint(2, 4)
    ot = h - 40
    weekly = 40 * r + ot * r * 3 // 2
    ans = weekly * w
    q = ("%s earns $%d per hour. Any hours beyond 40 in a week are paid at time-and-a-half. "
         "If %s works %d hours every week, how much does %s earn in %d weeks?") % (nm, r, nm, h, nm, w)
    otp = ot * r * 3 // 2 + (rng.choice([-12, 12, 30]) if mode == "slip" else 0)
    wk = 40 * r + otp
    nw = 1 if mode == "near" else w
    val = wk * nw
    steps = [("Compute the regular pay", "40 hours at \\$%d: %s." % (r, il(rng, "40 \\times %d = %d" % (r, 40 * r)))),
             ("Compute the overtime pay", "Overtime rate is %s. Overtime hours: %s, so %s." % (
                 il(rng, "1.5 \\times %d = %s" % (r, ftex(Fraction(3 * r, 2)))), il(rng, "%d - 40 = %d" % (h, ot)), il(rng, "%d \\times %s = %d" % (ot, ftex(Fraction(3 * r, 2)), otp)))),
             ("Find the weekly total", dm(rng, "%d + %d = %d" % (40 * r, otp, wk)))]
    if mode == "near":
        steps.append(("State the answer", "So %s's pay comes to %s per week of work." % (nm, il(rng, "\\$%d" % wk))))
    else:
        steps.append(("Multiply by the number of weeks", dm(rng, "%d \\times %d = %d" % (wk, w, val))))
    label = "Correct" if val == ans else "Incorrect"
    check = "Alternative: total hours %s of which %s are overtime; %s. ✓" % (
        il(rng, "%d" % (h * w)), il(rng, "%d" % (ot * w)), il(rng, "%d\\cdot %d + %d \\cdot %s = %d" % (40 * w, r, ot * w, ftex(Fraction(3 * r, 2)), ans)))
    if label == "Incorrect":
        check = None
    final, say = str(val), "%s earns \\$%d" % (nm, val)
    if mode == "alt":
        final = rng.choice(["\\$%s" % format(ans, ","), "%d \\text{ dollars}" % ans])
        say = "total earnings are " + il(rng, final)
    ex = "Regular pay covers the first 40 hours at the base rate, overtime is 1.5 times the base rate for the remaining hours." + ("" if mode == "near" else " Then multiply the weekly amount by the number of weeks.")
    return R("gsm8k_like", q, str(ans), "compute earnings with overtime", steps, check, final, say, str(wk),
             "give the weekly amount", label, ex=ex)


def speed(rng, mode):
    v = rng.choice([Fraction(5, 2), Fraction(4), Fraction(5), Fraction(15, 2), Fraction(6), Fraction(25, 2), Fraction(8)])
    t = rng.choice([40, 60, 80, 120, 160, 200, 240])
    D = v * t
    ans = v * Fraction(18, 5)
    who = rng.choice(["A cyclist", "A sprinter", "A delivery drone", "A rowing boat"])
    q = "%s covers %s meters in %d seconds at a constant speed. What is its speed in kilometers per hour?" % (who, ftex(D), t)
    steps = [("Find the speed in meters per second", dm(rng, "v = \\frac{%s\\text{ m}}{%d\\text{ s}} = %s\\text{ m/s}" % (ftex(D), t, ftex(v).replace("\\frac", "\\tfrac"))))]
    if mode == "near":
        val, unit = v, "km/h"
        steps.append(("State the speed", "Since the rate is constant, the speed is %s." % il(rng, "%s\\text{ km/h}" % dfmt(v))))
    elif mode == "slip":
        val = v * 36
        steps.append(("Convert to km/h", "There are 3600 seconds in an hour and 100 meters in a kilometer, so multiply by %s: %s." % (
            il(rng, "3600/100 = 36"), il(rng, "%s \\times 36 = %s" % (dfmt(v), dfmt(val))))))
    else:
        val = ans
        steps.append(("Convert to km/h", "Multiply by %s: %s." % (il(rng, "\\frac{3600}{1000} = 3.6"), il(rng, "%s \\times 3.6 = %s" % (dfmt(v), dfmt(ans))))))
    label = "Correct" if val == ans else "Incorrect"
    check = "In one hour it would cover %s, i.e. %s km. ✓" % (il(rng, "%s \\times 3600 = %s\\text{ m}" % (dfmt(v), dfmt(v * 3600))), dfmt(ans))
    if label == "Incorrect":
        check = None
    final, say = dfmt(val) + "\\text{ km/h}", "speed is %s km/h" % dfmt(val)
    if mode == "alt":
        final = rng.choice([dfmt(ans), "%s\\,\\mathrm{km\\,h^{-1}}" % dfmt(ans), "%s \\text{ kilometers per hour}" % dfmt(ans)])
        say = "speed is " + il(rng, final)
    ex = {"near": "Speed is distance over time; it's constant, so one division does it.",
          "slip": "Distance over time gives m/s; then convert using 3600 seconds per hour."}.get(mode, "Distance over time gives m/s. To get km/h multiply by 3.6, because 1 m/s = 3600 m/h = 3.6 km/h.")
    return R("gsm8k_like", q, dfmt(ans), "convert a measured speed to km/h", steps, check, final, say, dfmt(v) + "\\text{ km/h}",
             "keep the speed as computed", label, ex=ex)


def dfmt(x):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    return ("%.4f" % float(x)).rstrip("0")


def recipe(rng, mode):
    s, m = rng.choice([(4, 6), (6, 10), (8, 12), (4, 10), (6, 9), (3, 5), (8, 14)])
    a = rng.choice([Fraction(3, 2), Fraction(9, 4), Fraction(5, 2), Fraction(3, 4), Fraction(10, 3), Fraction(7, 4)])
    ing = rng.choice(["cups of flour", "cups of milk", "tablespoons of honey", "cups of oats"])
    ans = a * m / s
    w0, r0 = divmod(a.numerator, a.denominator)
    amt = ("%d %d/%d" % (w0, r0, a.denominator)) if w0 else "%d/%d" % (r0, a.denominator)
    q = "A recipe that serves %d people uses %s %s. How many %s are needed to serve %d people?" % (s, amt, ing, ing.split(" of ")[0], m)
    ratio = Fraction(s, m) if mode == "slip" else Fraction(m, s)
    val = a * ratio
    nu, de = (s, m) if mode == "slip" else (m, s)
    steps = [("Find the scale factor", "We go from %d servings to %d servings, so the factor is %s." % (s, m, il(rng, "\\frac{%d}{%d} = %s" % (nu, de, ftex(ratio))))),
             ("Scale the ingredient", dm(rng, "%s \\times %s = %s" % (ftex(a), ftex(ratio), ftex(val)))),
             ("Convert to a mixed number", "%s." % il(rng, "%s = %d\\tfrac{%d}{%d}" % (ftex(val), val.numerator // val.denominator, val.numerator % val.denominator, val.denominator)) if val.denominator > 1 else "It is already a whole number.")]
    label = "Correct" if val == ans else "Incorrect"
    check = "Per person: %s, and %s. ✓" % (il(rng, "%s \\div %d = %s" % (ftex(a), s, ftex(a / s))), il(rng, "%d \\times %s = %s" % (m, ftex(a / s), ftex(ans))))
    if label == "Incorrect":
        check = None
    ref = dfmt(ans) if Fraction(ans).denominator in (1, 2, 4, 5, 8) else ftex(ans)
    final, say = ftex(val), "%s %s are needed" % (il(rng, ftex(val)), ing.split(" of ")[0])
    if mode == "alt":
        w, r = divmod(ans.numerator, ans.denominator)
        final = ("%d\\frac{%d}{%d}" % (w, r, ans.denominator)) if r and w else (dfmt(ans) if ans.denominator in (2, 4, 5, 8) else "%d/%d" % (ans.numerator, ans.denominator))
        if r and w and ans.denominator in (2, 4, 8) and rng.random() < 0.5:
            final = dfmt(ans) + "\\text{ " + ing.split(" of ")[0] + "}"
        say = "we need " + il(rng, final)
    ex = "Ingredient amounts scale linearly with the number of servings, so I need one scale factor."
    return R("gsm8k_like", q, ref, "scale a recipe", steps, check, final, say, ftex(a * Fraction(s, m)),
             "scale by the old servings over the new ones", label, ex=ex)


def savings(rng, mode):
    nm = rng.choice(NAMES)
    while True:
        P, H, x = rng.randint(18, 60) * 10, rng.randint(2, 15) * 5, rng.choice([15, 18, 20, 25, 35, 40])
        if (P - H) % x and P > H + 3 * x:
            break
    item = rng.choice(["a bike", "a telescope", "a keyboard", "a pair of skates", "a tent"])
    ans = ceil((P - H) / x)
    q = "%s wants to buy %s that costs $%d. %s already has $%d and saves $%d each week. How many weeks will it take until %s has enough money?" % (nm, item, P, nm, H, x, nm)
    need = P - H if mode != "slip" else P
    exact = Fraction(need, x)
    steps = [("Find the amount still needed", ("%s." % il(rng, "%d - %d = %d" % (P, H, need))) if mode != "slip" else "The item costs %s, so that is the target." % il(rng, "\\$%d" % P)),
             ("Divide by weekly savings", dm(rng, "\\frac{%d}{%d} \\approx %.2f" % (need, x, float(exact))))]
    if mode == "near":
        val = need // x
        steps.append(("Interpret", "So it takes about %s weeks; after %d weeks %s is essentially there." % (il(rng, str(val)), val, nm)))
    else:
        val = ceil(exact)
        steps.append(("Round up", "A partial week of saving isn't enough, so we round up to %s weeks." % il(rng, str(val))))
    label = "Correct" if val == ans else "Incorrect"
    check = "After %d weeks: %s, which covers \\$%d; after %d weeks only %s. ✓" % (
        ans, il(rng, "%d + %d\\cdot %d = %d" % (H, ans, x, H + ans * x)), P, ans - 1, il(rng, "%d" % (H + (ans - 1) * x)))
    if label == "Incorrect":
        check = None
    final, say = str(val), "it takes %d weeks" % val
    if mode == "alt":
        final, say = "%d \\text{ weeks}" % ans, "%s needs %s weeks" % (nm, ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"][ans] if ans <= 20 else str(ans))
    ex = ("Weeks = price / weekly savings." if mode == "slip" else "Still needed = price - current savings; weeks = needed / weekly savings" + (", rounded up since partial weeks don't count." if mode != "near" else "."))
    return R("gsm8k_like", q, str(ans), "find how many weeks of saving are needed", steps, check, final, say, str((P - H) // x),
             "drop the partial week", label, ex=ex)


def percent(rng, mode):
    P = rng.choice([40, 60, 80, 120, 150, 200, 240, 250])
    p, qv = rng.sample([10, 20, 25, 30, 40, 50], 2)
    ans = Fraction(P) * (100 + p) / 100 * (100 - qv) / 100
    thing = rng.choice(["jacket", "lamp", "video game", "blender", "backpack"])
    q = "A store raised the price of a $%d %s by %d%%. A month later, it discounted the new price by %d%%. What is the final price, in dollars?" % (P, thing, p, qv)
    if mode == "slip":
        net = p - qv
        val = Fraction(P) * (100 + net) / 100
        steps = [("Combine the percentage changes", "An increase of %d%% followed by a decrease of %d%% is a net change of %s." % (p, qv, il(rng, "%d\\%% - %d\\%% = %+d\\%%" % (p, qv, net)))),
                 ("Apply the net change", dm(rng, "%d \\times %s = %s" % (P, dfmt(Fraction(100 + net, 100)), dfmt(val))))]
    else:
        up = Fraction(P) * (100 + p) / 100
        val = ans
        steps = [("Apply the increase", dm(rng, "%d \\times %s = %s" % (P, dfmt(Fraction(100 + p, 100)), dfmt(up)))),
                 ("Apply the discount to the new price", dm(rng, "%s \\times %s = %s" % (dfmt(up), dfmt(Fraction(100 - qv, 100)), dfmt(ans))))]
    label = "Correct" if val == ans else "Incorrect"
    check = "Overall multiplier %s, and %s. ✓" % (il(rng, "%s \\times %s = %s" % (dfmt(Fraction(100 + p, 100)), dfmt(Fraction(100 - qv, 100)), dfmt(Fraction((100 + p) * (100 - qv), 10000)))), il(rng, "%d \\times %s = %s" % (P, dfmt(Fraction((100 + p) * (100 - qv), 10000)), dfmt(ans))))
    if label == "Incorrect":
        check = None
    final, say = dfmt(val), "final price is \\$%s" % dfmt(val)
    if mode == "alt":
        final = "\\$" + ("%.2f" % float(ans))
        say = "the %s ends up costing %s" % (thing, il(rng, final))
    ex = ("Net percentage change: +%d%% and -%d%%." % (p, qv)) if mode == "slip" else "Percentage changes compound: the discount applies to the already-raised price, so they multiply rather than add."
    return R("gsm8k_like", q, dfmt(ans), "apply two successive percentage changes", steps, check, final, say, dfmt(Fraction(P) * (100 + p - qv) / 100),
             "combine the two percentages into one net change", label, ex=ex)


def ages(rng, mode):
    while True:
        k, j = rng.choice([(3, 2), (4, 2), (5, 3), (4, 3), (5, 2)])
        y = rng.randint(2, 20)
        if (y * (j - 1)) % (k - j) == 0 and y * (j - 1) // (k - j) >= 3:
            break
    c = y * (j - 1) // (k - j)
    par_, kid = rng.choice([("Maria", "her son"), ("Mr. Okafor", "his daughter"), ("Grandpa Lew", "his grandson"), ("Sofia", "her niece")])
    ans = k * c
    q = "%s is %d times as old as %s. In %d years, %s will be %d times as old as %s. How old is %s now?" % (par_, k, kid, y, par_, j, kid, par_)
    rhs = y * (j - 1) if mode != "slip" else y * (j + 1)
    cc = Fraction(rhs, k - j)
    steps = [("Define a variable", "Let the child's current age be %s; then %s is %s." % (il(rng, "c"), par_, il(rng, "%dc" % k))),
             ("Write the equation", dm(rng, "%dc + %d = %d(c + %d)" % (k, y, j, y))),
             ("Solve", dm(rng, "%dc + %d = %dc + %d \\implies %dc = %d \\implies c = %s" % (k, y, j, j * y if mode != "slip" else y * j + 2 * y, k - j, rhs, ftex(cc))))]
    if mode == "near":
        val = Fraction(c)
        steps.append(("State the answer", "So the age we were looking for is %s." % il(rng, "c = %d" % c)))
    else:
        val = k * cc
        steps.append(("Find the parent's age", dm(rng, "%d \\times %s = %s" % (k, ftex(cc), ftex(val)))))
    label = "Correct" if val == ans else "Incorrect"
    check = "In %d years: %s and %s, and %s. ✓" % (y, il(rng, "%d + %d = %d" % (ans, y, ans + y)), il(rng, "%d + %d = %d" % (c, y, c + y)), il(rng, "%d = %d \\times %d" % (ans + y, j, c + y)))
    if label == "Incorrect":
        check = None
    final, say = ftex(val), "%s is %s years old" % (par_, ftex(val)) if mode != "near" else "the answer is %d years old" % c
    if mode == "alt":
        final, say = "%d \\text{ years old}" % ans, "%s is currently %d" % (par_, ans)
    ex = "Let the child's age be c, so the parent is %dc; in %d years both ages increase by %d." % (k, y, y)
    return R("gsm8k_like", q, str(ans), "solve an age puzzle", steps, check, final, say, str(c), "report the child's age", label, ex=ex)


def pipes(rng, mode):
    a, b = rng.choice([(2, 3), (3, 6), (4, 12), (2, 6), (4, 6), (6, 10), (10, 15), (6, 12), (12, 20)])
    ans = Fraction(60 * a * b, a + b)
    q = "One hose can fill a pool in %d hours, and a second hose can fill it in %d hours. Working together, how many minutes will it take the two hoses to fill the pool?" % (a, b)
    if mode == "slip":
        rate = Fraction(2, a + b)
        steps = [("Combine the rates", "Together the hoses fill %s of the pool per hour." % il(rng, "\\frac{1}{%d} + \\frac{1}{%d} = \\frac{2}{%d}" % (a, b, a + b)))]
    else:
        rate = Fraction(1, a) + Fraction(1, b)
        steps = [("Combine the rates", "Together they fill %s of the pool per hour." % il(rng, "\\frac{1}{%d} + \\frac{1}{%d} = %s" % (a, b, ftex(rate))))]
    hrs = 1 / rate
    val = hrs * 60
    steps += [("Invert to get the time", dm(rng, "t = \\frac{1}{%s} = %s \\text{ hours}" % (ftex(rate), ftex(hrs)))),
              ("Convert to minutes", dm(rng, "%s \\times 60 = %s \\text{ minutes}" % (ftex(hrs), dfmt(val))))]
    label = "Correct" if val == ans else "Incorrect"
    check = "In %s minutes the first hose fills %s and the second %s; together %s. ✓" % (
        dfmt(ans), il(rng, ftex(ans / (60 * a))), il(rng, ftex(ans / (60 * b))), il(rng, ftex(ans / (60 * a) + ans / (60 * b))))
    if label == "Incorrect":
        check = None
    final, say = dfmt(val), "it takes %s minutes" % dfmt(val)
    if mode == "alt":
        h, mi = divmod(int(ans), 60)
        final = rng.choice(["%s \\text{ min}" % dfmt(ans), "%s\\text{ minutes} = %s\\text{ h}" % (dfmt(ans), dfmt(ans / 60))])
        say = "the hoses need %s minutes (%d h %d min)" % (dfmt(ans), h, mi)
    ex = "Work-rate problem: convert each hose to a rate (pools per hour), add rates, then invert." + (" Then convert hours to minutes." if mode != "slip" else "")
    return R("gsm8k_like", q, dfmt(ans), "combine two work rates", steps, check, final, say, dfmt(Fraction(60 * (a + b), 2)),
             "average the two times", label, ex=ex)
