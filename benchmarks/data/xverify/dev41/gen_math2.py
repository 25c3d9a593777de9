"""Math families, part 2: words, scientific notation, percents, ratios, decimals, complex roots, sets."""
from fractions import Fraction
import math
from common import words, frac_words, tex_frac, dec, mixed, sup
from gen_math import NAMES


def word_fraction(rng):
    who = rng.choice(NAMES)
    base = rng.choice([Fraction(1, 2), Fraction(3, 4), Fraction(1, 3), Fraction(2, 3)])
    serves, want = rng.choice([(6, 4), (4, 8), (8, 4), (6, 9), (4, 6), (3, 4), (12, 8)])
    val = base * Fraction(want, serves)
    if val.denominator not in (2, 3, 4, 6, 8, 9, 12, 1) or val.denominator == 9:
        val = base
        want = serves
    q = ("%s's recipe uses %s cup of sugar for %d servings. How many cups of sugar are needed for %d servings?"
         % (who, tex_frac(base).replace("\\frac", "").replace("}{", "/").strip("{}"), serves, want))
    steps = ["Sugar scales linearly with servings, so multiply by %d/%d." % (want, serves),
             "That ratio simplifies to %s." % tex_frac(Fraction(want, serves))]
    fin = "Multiplying the fractions and simplifying gives the amount."
    right = [(fin, "%s of a cup" % frac_words(val)), (fin, "%s cups" % mixed(val)),
             (fin, "$%s$ cup, i.e. about %s cup" % (tex_frac(val), dec(val, 3)))]
    ws = [val + Fraction(1, val.denominator * 2), val - Fraction(1, 4) if val > Fraction(1, 2) else val * 2]
    wrong = [("Multiplying gives %s." % tex_frac(w), "%s of a cup" % frac_words(w)) for w in ws
             if Fraction(w).denominator in (1, 2, 3, 4, 5, 6, 8, 10, 12)]
    if not wrong:
        wrong = [("Multiplying gives %s." % tex_frac(val * 2), "%s cups" % frac_words(val * 2))]
    return dict(gist="Scaling a recipe quantity.", q=q, ref=rng.choice([tex_frac(val), tex_frac(val, "dfrac")]),
                steps=steps, right=right, wrong=wrong,
                check="Check: %s per serving × %d servings = %s ✓." % (tex_frac(base / serves), want, tex_frac(val)))


def negative_half_slope(rng):
    p, qv = Fraction(rng.randint(1, 4)), Fraction(rng.choice([-1, -2, -3, 1, 2, 3, -4]), 1)
    m = rng.choice([Fraction(-1, 2), Fraction(-2, 3), Fraction(-3, 4), Fraction(1, 3), Fraction(-5, 2), Fraction(-1, 4)])
    x1, y1 = rng.randint(-3, 3), rng.randint(-5, 5)
    dx = m.denominator * rng.choice([1, 2])
    x2, y2 = x1 + dx, y1 + m * dx
    q = "Find the slope of the line through $(%d, %d)$ and $(%d, %d)$." % (x1, y1, x2, int(y2))
    steps = ["Slope = (y₂ − y₁)/(x₂ − x₁).",
             "Δy = %d − (%d) = %d and Δx = %d − (%d) = %d." % (int(y2), y1, int(y2 - y1), x2, x1, dx)]
    fin = "Reducing the fraction Δy/Δx."
    right = [(fin, "the slope is %s" % frac_words(m)), (fin, "$m = %s = %s$" % (tex_frac(m), dec(m))),
             (fin, "$m=%s%d^{-1}$" % ("-" if m < 0 else "", m.denominator) if abs(m.numerator) == 1
              else "$m = %d/%d$" % (m.numerator, m.denominator))]
    wrong = [("Reducing gives %s." % tex_frac(-m), "the slope is %s" % frac_words(-m)),
             ("Reducing gives %s." % tex_frac(1 / m), "$m = %s$" % tex_frac(1 / m))]
    return dict(gist="Slope between two points.", q=q, ref=rng.choice([tex_frac(m), dec(m) if m.denominator in (2, 4) else tex_frac(m), tex_frac(m, "tfrac")]),
                steps=steps, right=right, wrong=wrong, check="Check: going %d right changes y by %d ✓." % (dx, int(y2 - y1)))


def sci_notation(rng):
    mant = rng.choice([Fraction(32, 10), Fraction(45, 10), Fraction(12, 10), Fraction(75, 10), Fraction(28, 10), Fraction(6)])
    e = rng.choice([-4, -5, -3, 5, 6, 7, -6])
    a, b = rng.choice([(2, 1), (4, 3), (5, 2), (8, 5)])
    # x = (mant * 10^e * a) / a  -> phrased as a product/quotient
    x1 = mant * a
    q = ("A lab measures a quantity of $%s \\times 10^{%d}$ grams and splits it equally into %d samples. "
         "How many grams are in each sample? Express in scientific notation." % (dec(x1), e, a))
    ms = dec(mant)
    ref = rng.choice(["%s \\times 10^{%d}" % (ms, e), "%se%d" % (ms, e), "%s\\cdot 10^{%d}" % (ms, e)])
    steps = ["Each sample gets the total divided by %d." % a,
             "Divide the mantissa: %s ÷ %d; the power of ten is unchanged." % (dec(x1), a)]
    fin = "So the mantissa is %s and the exponent stays %d." % (ms, e)
    plain = dec(mant * Fraction(10) ** e) if abs(e) <= 6 else None
    right = [(fin, "$%s \\times 10^{%d}$ g" % (ms, e)), (fin, "%se%d grams" % (ms, e)),
             (fin, "%s·10%s g" % (ms, sup(e))), (fin, "$%s \\cdot 10^{%d}$" % (ms, e))]
    if plain:
        right.append((fin, "%s g per sample" % plain))
    wrong = [("Shifting the exponent as well: %s × 10^{%d}." % (ms, e - 1), "$%s \\times 10^{%d}$ g" % (ms, e - 1)),
             ("So the mantissa is %s." % dec(mant + Fraction(1, 10)), "%se%d g" % (dec(mant + Fraction(1, 10)), e)),
             ("Exponent: %d." % (e + 1), "%s·10%s g" % (ms, sup(e + 1)))]
    return dict(gist="Dividing a quantity in scientific notation.", q=q, ref=ref, steps=steps, right=right,
                wrong=wrong, check="Check: %s × %d = %s, the original mantissa ✓." % (ms, a, dec(x1)))


def percent_change(rng):
    old = rng.choice([40, 50, 80, 120, 160, 200, 250])
    pct = rng.choice([5, 10, 12, 15, 20, 25, 30, 35, 40, 60])
    new = old * (100 + pct) // 100
    if old * (100 + pct) % 100:
        pct, new = 25, old * 125 // 100
    item = rng.choice(["a bicycle", "a kettle", "a train pass", "a lamp"])
    q = "The price of %s rose from \\$%d to \\$%d. By what percent did the price increase?" % (item, old, new)
    steps = ["Percent increase = (new − old)/old × 100%.", "The increase is %d − %d = %d dollars." % (new, old, new - old)]
    fin = "Divide the increase by the original price %d." % old
    right = [(fin, "%d%%" % pct), (fin, "a %s percent increase" % words(pct)),
             (fin, "the price went up by %d percent (a factor of %s)" % (pct, dec(Fraction(100 + pct, 100))))]
    wp = Fraction(new - old, new) * 100
    wrong = [("Dividing by the new price %d: %s%%." % (new, dec(wp, 1)), "%s%%" % dec(wp, 1)),
             ("That gives %d%%." % (pct + 5), "%d%%" % (pct + 5)),
             ("As a ratio new/old: %s, i.e. %d%%." % (dec(Fraction(100 + pct, 100)), 100 + pct), "%d%%" % (100 + pct))]
    return dict(gist="Percent change of a price.", q=q, ref=rng.choice([str(pct), "%d\\%%" % pct]),
                steps=steps, right=right, wrong=wrong, check="Check: %d × %s = %d ✓." % (old, dec(Fraction(100 + pct, 100)), new))


def ratio(rng):
    a, b = rng.choice([(3, 2), (5, 3), (4, 3), (7, 4), (5, 2), (2, 3), (3, 5)])
    k = rng.randint(3, 9)
    x, y = a * k, b * k
    noun = rng.choice([("red", "blue", "marbles"), ("oak", "pine", "trees"), ("string", "brass", "players")])
    q = "A collection has %d %s %s and %d %s %s. What is the ratio of %s to %s in simplest form?" % (
        x, noun[0], noun[2], y, noun[1], noun[2], noun[0], noun[1])
    ref = rng.choice(["%d:%d" % (a, b), "%d : %d" % (a, b), "\\frac{%d}{%d}" % (a, b)])
    steps = ["Ratio %s : %s = %d : %d." % (noun[0], noun[1], x, y), "gcd(%d, %d) = %d." % (x, y, k)]
    fin = "Divide both terms by the gcd."
    right = [(fin, "%d to %d" % (a, b)), (fin, "%d:%d" % (a, b)),
             (fin, "%d/%d = %s" % (a, b, dec(Fraction(a, b), 3 if b == 3 else None)) if b in (2, 4, 5) else "%d to %d" % (a, b))]
    wrong = [("Reversed order: %d:%d." % (b, a), "%d:%d" % (b, a)),
             ("Dividing by %d instead: %d:%d." % (k, a + 1, b), "%d to %d" % (a + 1, b))]
    return dict(gist="Simplifying a ratio.", q=q, ref=ref, steps=steps, right=right, wrong=wrong,
                check="Check: %d·%d = %d and %d·%d = %d ✓." % (a, k, x, b, k, y))


def repeating(rng):
    d = rng.choice([(27, 99), (36, 99), (18, 99), (45, 99), (3, 9), (6, 9), (142857, 999999), (81, 99), (12, 99)])
    val = Fraction(*d)
    digits = str(d[0]).zfill(len(str(d[1])))
    q = "Write the repeating decimal $0.\\overline{%s}$ as a fraction in lowest terms." % digits
    steps = ["Let x = 0.%s%s... . The repeating block has %d digit(s)." % (digits, digits, len(digits)),
             "Multiply by 10^%d: 10^%d x = %s.%s%s...; subtract x to kill the tail: %d x = %s." % (
                 len(digits), len(digits), digits, digits, digits, d[1], d[0])]
    fin = "So x = %d/%d, then reduce by the gcd %d." % (d[0], d[1], math.gcd(*d))
    right = [(fin, "$%s$" % tex_frac(val)), (fin, "%d/%d" % (val.numerator, val.denominator)),
             (fin, "$\\dfrac{%d}{%d}$ (which is $0.\\overline{%s}$ as a check)" % (val.numerator, val.denominator, digits))]
    w1 = Fraction(d[0], 10 ** len(digits))
    w2 = Fraction(d[0], d[1] - 9) if d[1] > 9 else Fraction(d[0], d[1] - 1)
    wrong = [("Reading it off directly: %d/%d." % (w1.numerator, w1.denominator), "$%s$" % tex_frac(w1)),
             ("Subtracting gives %s." % tex_frac(w2), "$%s$" % tex_frac(w2))]
    return dict(gist="Repeating decimal to fraction.", q=q,
                ref=rng.choice([tex_frac(val), "%d/%d" % (val.numerator, val.denominator)]), steps=steps, right=right,
                wrong=wrong, check="Check: long division of %d by %d repeats with period %d ✓." % (val.numerator, val.denominator, len(digits)))


def mixed_number(rng):
    a = Fraction(rng.randint(1, 4)) + Fraction(rng.choice([1, 3]), 4)
    b = Fraction(rng.randint(1, 3)) + Fraction(rng.choice([1, 2]), 3)
    op = rng.choice(["+", "×"])
    val = a + b if op == "+" else a * b
    q = "Compute $%s %s %s$ and give the answer as a mixed number." % (mixed(a), op, mixed(b))
    steps = ["As improper fractions: %s = %s and %s = %s." % (mixed(a), tex_frac(a), mixed(b), tex_frac(b)),
             "Common denominator where needed (12)." if op == "+" else "Multiply numerators and denominators."]
    fin = "Computing and simplifying gives the improper fraction %s." % tex_frac(val)
    whole, n = divmod(val.numerator, val.denominator)
    right = [(fin, "$%d\\tfrac{%d}{%d}$" % (whole, n, val.denominator) if n else str(whole)),
             (fin, "%s" % tex_frac(val)), (fin, frac_words(val)),
             (fin, "%d and %d/%d" % (whole, n, val.denominator) if n else str(whole))]
    w = val + Fraction(1, val.denominator)
    w2 = val - 1
    wrong = [("Simplifying: %s." % tex_frac(w), mixed(w)), ("Carrying wrong: %s." % mixed(w2), mixed(w2))]
    ref = rng.choice([mixed(val), "%d\\frac{%d}{%d}" % (whole, n, val.denominator) if n else str(whole)])
    return dict(gist="Arithmetic with mixed numbers.", q=q, ref=ref, steps=steps, right=right, wrong=wrong,
                check="Check in decimals: %s %s %s = %s ✓." % (dec(a), op, dec(b), dec(val, 4)))


FAMILIES2 = [word_fraction, negative_half_slope, sci_notation, percent_change, ratio, repeating, mixed_number]
