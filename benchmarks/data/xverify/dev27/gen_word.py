"""GSM-style word problems (math answers)."""
from fractions import Fraction
from common import pad, mixed, case

NAMES = ["Mira", "Tomas", "Lena", "Oskar", "Priya", "Dario", "Keiko", "Ansel"]
ZH_NAMES = ["小林", "王芳", "陈浩", "李静", "赵磊", "刘洋"]


def shopping(rng, lang, ok):
    n, p, m, r = rng.randint(3, 9), rng.randint(12, 60), rng.randint(2, 8), rng.randint(15, 90)
    total = n * p + m * r
    mult = rng.choice([10, 20, 25])
    if lang == "en":
        nm = rng.choice(NAMES)
        q = "%s buys %d chairs at $%d each and %d lamps at $%d each for an office. How many dollars does %s spend in total?" % (nm, n, p * mult, m, r * mult, nm)
        T = total * mult
        parts = ["Chairs: %d x $%d = $%d." % (n, p * mult, n * p * mult),
                 "Lamps: %d x $%d = $%d." % (m, r * mult, m * r * mult),
                 "Total: $%d + $%d = $%d." % (n * p * mult, m * r * mult, T)]
        if ok:
            fin, trap = "%s spends **$%s.00** in total." % (nm, "{:,}".format(T)), "currency_thousands_separator"
        else:
            W = T + rng.choice([1, -1]) * rng.choice([p, r]) * mult
            parts.append("So the total is $%d. Hmm, wait: I think I double counted one item; recounting the list, the final total should be $%d instead." % (T, W))
            fin, trap = "Final answer: $%d" % W, "right_then_replaced"
        ref = str(T)
    else:
        nm = rng.choice(ZH_NAMES)
        T = total
        q = "%s买了 %d 本笔记本，每本 %d 元，又买了 %d 支钢笔，每支 %d 元。一共花了多少元？" % (nm, n, p, m, r)
        parts = ["笔记本：%d × %d = %d 元。" % (n, p, n * p), "钢笔：%d × %d = %d 元。" % (m, r, m * r),
                 "合计：%d + %d = %d 元。" % (n * p, m * r, T)]
        if ok:
            fin, trap = "答：一共花了%d元整（即 %d.00 元）。" % (T, T), "currency_decimal_form"
        else:
            W = T - n * p if rng.random() < 0.5 else T + p
            parts.append("所以合计 %d 元。不对，我再想想，题目里笔记本好像算重复了，应当改为 %d 元。" % (T, W))
            fin, trap = "最终答案：%d 元" % W, "right_then_replaced"
        ref = str(T)
    return case("gsm8k_like", "math", q, pad(rng, lang, parts, fin), ref, "Correct" if ok else "Incorrect", lang, trap)


def dosage(rng, lang, ok):
    mg = rng.choice([125, 250, 375, 500, 750])
    n = rng.randint(3, 14)
    tot = Fraction(mg * n, 1000)
    ref = ("%g" % float(tot))
    q = ("Each tablet contains %d mg of an active ingredient. A patient takes %d tablets over a week. "
         "How many grams of the ingredient is that in total?" % (mg, n))
    parts = ["Total in milligrams: %d x %d = %d mg." % (mg, n, mg * n),
             "There are 1000 mg in 1 g."]
    if ok:
        if tot.denominator > 1:
            ans, trap = "%s g" % mixed(tot), "mixed_number_units"
        else:
            ans, trap = "%d mg, i.e. %s g" % (mg * n, ref), "both_units_consistent"
        parts.append("Dividing by 1000 gives %s g." % ref)
    else:
        if rng.random() < 0.5:
            ans, trap = "%d g" % (mg * n), "unit_prefix_mg_vs_g"
            parts.append("So the patient takes %d of the ingredient in total." % (mg * n))
        else:
            ans, trap = "%g g" % (float(tot) / 10), "power_of_ten_off"
            parts.append("Dividing by 10000 gives the amount in grams: %g g." % (float(tot) / 10))
    fin = "Final answer: %s" % ans
    return case("gsm8k_like", "math", q, pad(rng, "en", parts, fin), ref, "Correct" if ok else "Incorrect", "en", trap)


def laps(rng, lang, ok):
    L = rng.choice([250, 400, 500])
    k = rng.randint(5, 30)
    m = L * k
    ref = "%g" % (m / 1000)
    if lang == "en":
        q = "A runner completes %d laps of a %d m track. How many kilometres does she run?" % (k, L)
        parts = ["Distance in metres: %d x %d = %d m." % (k, L, m), "1 km = 1000 m."]
        if ok:
            ans, trap = "%d m, which is %s km" % (m, ref), "both_units_consistent"
        else:
            ans, trap = rng.choice([("%d km" % m, "unit_prefix_km_vs_m"), ("%g km" % (m / 100), "power_of_ten_off")])
        fin = "Final answer: %s" % ans
    else:
        q = "一名跑者在 %d 米的跑道上跑了 %d 圈，一共跑了多少千米？" % (L, k)
        parts = ["总路程：%d × %d = %d 米。" % (k, L, m), "1 千米 = 1000 米。"]
        if ok:
            ans, trap = "%d 米，也就是 %s 千米" % (m, ref), "both_units_consistent"
        else:
            ans, trap = "%d 千米" % m, "unit_prefix_km_vs_m"
        fin = "答案：%s" % ans
    return case("gsm8k_like", "math", q, pad(rng, lang, parts, fin), ref, "Correct" if ok else "Incorrect", lang, trap)


def rect(rng, lang, ok):
    while True:
        L, W = rng.randint(4, 30), rng.randint(3, 25)
        if L != W and L * W != 2 * (L + W):
            break
    A, P = L * W, 2 * (L + W)
    if lang == "en":
        q = "A rectangular garden is %d m long and %d m wide. What is its area in square metres?" % (L, W)
        parts = ["The area of a rectangle is length times width.", "Length = %d m, width = %d m." % (L, W)]
        if ok:
            parts.append("Area = %d x %d = %d m^2. (For reference the perimeter would be %d m.)" % (L, W, A, P))
            ans, trap = "%d square metres (%.1f x 10^%d m^2)" % (A, A / 10 ** (len(str(A)) - 1), len(str(A)) - 1), "scientific_notation_alongside"
        else:
            parts.append("Going around the garden: %d + %d + %d + %d = %d." % (L, W, L, W, P))
            ans, trap = "%d m^2" % P, "perimeter_for_area"
        fin = "Final answer: %s" % ans
    else:
        q = "一块长方形菜地长 %d 米，宽 %d 米，它的面积是多少平方米？" % (L, W)
        parts = ["长方形面积 = 长 × 宽。", "长 %d 米，宽 %d 米。" % (L, W)]
        if ok:
            parts.append("面积 = %d × %d = %d 平方米。（周长是 %d 米，但题目问的是面积。）" % (L, W, A, P))
            ans, trap = "%d m²" % A, "unit_symbol_form"
        else:
            parts.append("绕菜地一周：%d + %d + %d + %d = %d。" % (L, W, L, W, P))
            ans, trap = "%d 平方米" % P, "perimeter_for_area"
        fin = "答：%s" % ans
    return case("gsm8k_like", "math", q, pad(rng, lang, parts, fin), str(A), "Correct" if ok else "Incorrect", lang, trap)


def triangle(rng, lang, ok):
    while True:
        b, h = rng.randint(3, 21), rng.randint(3, 21)
        if (b * h) % 2:
            break
    A = Fraction(b * h, 2)
    ref = "%g" % float(A)
    q = "A triangle has base %d cm and height %d cm. What is its area in cm^2?" % (b, h)
    parts = ["Area of a triangle = (1/2) x base x height.", "base x height = %d x %d = %d." % (b, h, b * h)]
    if ok:
        parts.append("Half of %d is %d/2." % (b * h, b * h))
        ans, trap = rng.choice([("\\frac{%d}{2}" % (b * h), "improper_fraction"), (mixed(A), "mixed_number")])
    else:
        ans, trap = ("%d" % (b * h), "forgot_half")
        parts.append("So the area is %d cm^2 (the triangle fills the base-by-height box)." % (b * h))
    fin = "Final answer: %s cm^2" % ans
    return case("gsm8k_like", "math", q, pad(rng, "en", parts, fin), ref, "Correct" if ok else "Incorrect", "en", trap)


def series(rng, lang, ok):
    n = rng.choice([40, 50, 60, 80, 100, 120, 200])
    S = n * (n + 1) // 2
    q = "What is the sum 1 + 2 + 3 + ... + %d?" % n
    parts = ["Pair the first and last terms: 1 + %d = %d, 2 + %d = %d, and so on." % (n, n + 1, n - 1, n + 1),
             "There are %d such pairs, each summing to %d." % (n // 2, n + 1),
             "So the sum is %d x %d = %d." % (n // 2, n + 1, S)]
    if ok:
        m = S / 10 ** (len(str(S)) - 1)
        ans, trap = ("%s \\times 10^{%d}" % (("%g" % m), len(str(S)) - 1), "scientific_notation")
    else:
        ans, trap = rng.choice([("%d" % (n * (n - 1) // 2), "off_by_one_term"), ("between %d and %d" % (S - 50, S + 50), "range_instead_of_exact")])
        parts.append("Rechecking the pairing, the last pair should not be counted, so the value is adjusted." if trap == "off_by_one_term" else
                     "Given possible rounding in the pairing argument, I will state a safe range.")
    fin = "Final answer: %s" % ans
    return case("gsm8k_like", "math", q, pad(rng, "en", parts, fin), str(S), "Correct" if ok else "Incorrect", "en", trap)


ALL = [shopping, dosage, laps, rect, triangle, series]
ZH_OK = {shopping, laps, rect}
