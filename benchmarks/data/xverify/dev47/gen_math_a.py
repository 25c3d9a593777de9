"""Math problem generators, part A (arithmetic / word problems / algebra)."""
from fractions import Fraction
from common import frac_tex, frac_plain, terminating, dec, money

NAMES = ["Priya", "Tomas", "Wren", "Idris", "Maelle", "Osei", "Katya", "Bruno", "Lin", "Farid",
         "Ysolde", "Dario", "Hana", "Quentin", "Zuri", "Anselm"]
ZNAMES = ["小林", "王婷", "陈晓", "李航", "赵悦", "周凯", "孙蕾", "吴迪"]


def shopping(rng, zh):
    n = NAMES[rng.randrange(len(NAMES))]
    while True:
        a, pa = rng.randint(3, 9), rng.choice([125, 250, 375, 420, 85, 640])
        b, pb = rng.randint(2, 6), rng.choice([750, 1200, 990, 535, 1125])
        disc = rng.choice([10, 15, 20, 25])
        cents = a * pa + b * pb
        if cents * (100 - disc) % 100 == 0:
            break
    pa, pb = pa / 100, pb / 100
    sub = cents / 100
    tot = cents * (100 - disc) // 100 / 100
    q = ("%s buys %d notebooks at $%.2f each and %d ink cartridges at $%.2f each. The store takes %d%% off "
         "the whole purchase. How much does %s pay, in dollars?" % (n, a, pa, b, pb, disc, n))
    steps = ["Notebooks: %d x %.2f = %.2f." % (a, pa, a * pa),
             "Cartridges: %d x %.2f = %.2f." % (b, pb, b * pb),
             "Subtotal: %.2f. A %d%% discount means paying %d%% of it." % (sub, disc, 100 - disc)]
    ref = money(tot)
    alts = ["$" + ref, "%s dollars" % ref, "\\$%s" % ref]
    wrongs = [(money(round(sub * disc / 100, 2)), "discount_amount_not_total"),
              (money(round(sub, 2)), "forgot_discount"), (money(round(tot + 1, 2)), "arith_slip")]
    return dict(ds="gsm8k_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps,
                rl="Total paid: %.2f x %.2f = {v} dollars." % (sub, (100 - disc) / 100))


def workers(rng, zh):
    w1, d1 = rng.choice([(6, 10), (4, 15), (8, 9), (5, 12), (12, 5)])
    w2 = rng.choice([x for x in (2, 3, 10, 15, 20, 24, 30) if x != w1 and (w1 * d1) % x == 0] or [w1 * d1])
    ans = w1 * d1 // w2
    if zh:
        q = "%d名工人修一段路需要%d天完成。如果改为%d名工人（工作效率相同），需要多少天完成？" % (w1, d1, w2)
        steps = ["总工作量为 %d×%d=%d（人·天）。" % (w1, d1, w1 * d1), "人数变为 %d。" % w2]
        rl = "所需天数 = %d÷%d = {v} 天。" % (w1 * d1, w2)
        alts = ["%d天" % ans, "%d 天" % ans]
    else:
        q = ("%d workers can pave a road in %d days. Working at the same rate, how many days would %d "
             "workers need?" % (w1, d1, w2))
        steps = ["Total work = %d x %d = %d worker-days." % (w1, d1, w1 * d1), "Now there are %d workers." % w2]
        rl = "Days needed = %d / %d = {v}." % (w1 * d1, w2)
        alts = ["%d days" % ans]
    wrongs = [(str(d1 * w2 // w1) if (d1 * w2) % w1 == 0 else str(ans + 2), "direct_instead_of_inverse"),
              (str(ans + 1), "off_by_one")]
    return dict(ds="gsm8k_like", q=q, ref=str(ans), alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def linear(rng, zh):
    a = rng.choice([3, 4, 6, 7, 8, 9, 12])
    b, c = rng.randint(-20, 20), rng.randint(-30, 30)
    x = Fraction(c - b, a)
    if x.denominator == 1:
        c += 1
        x = Fraction(c - b, a)
    q = ("解方程：%dx %s %d = %d。" if zh else "Solve for x: %dx %s %d = %d.") % (
        a, "+" if b >= 0 else "-", abs(b), c)
    steps = ["%dx = %d - (%d) = %d" % (a, c, b, c - b), "x = %d/%d" % (c - b, a)]
    ref = frac_plain(x)
    alts = [frac_tex(x), "x = " + frac_tex(x)]
    if terminating(x):
        alts.append(dec(x))
    if abs(x) > 1 and x.denominator != 1:
        whole = int(abs(x))
        rem = abs(x) - whole
        alts.append(("-" if x < 0 else "") + "%d\\frac{%d}{%d}" % (whole, rem.numerator, rem.denominator))
    wrongs = [(frac_plain(Fraction(c + b, a)), "sign_error"), (frac_plain(Fraction(a, c - b) if c != b else 7),
                                                                "inverted_fraction")]
    rl = ("化简得 x = {v}。" if zh else "Simplifying, x = {v}.")
    return dict(ds="math_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def quad_roots(rng, zh):
    r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
    while r1 == r2 or r1 == 0 or r2 == 0:
        r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
    s, p = r1 + r2, r1 * r2
    lo, hi = min(r1, r2), max(r1, r2)
    bterm = ("- %dx" % s if s > 0 else "+ %dx" % -s) if s else ""
    q = ("求方程 x^2 %s %s %d = 0 的所有实数解。" if zh else "Find all real solutions of x^2 %s %s %d = 0.") % (
        bterm, "+" if p >= 0 else "-", abs(p))
    q = q.replace("  ", " ")
    steps = ["Sum of roots = %d, product = %d." % (s, p),
             "Factor: (x %s %d)(x %s %d) = 0." % ("-" if r1 > 0 else "+", abs(r1), "-" if r2 > 0 else "+", abs(r2))]
    ref = "x = %d or x = %d" % (lo, hi)
    alts = ["%d, %d" % (hi, lo), "x_1=%d, x_2=%d" % (lo, hi), "\\{%d, %d\\}" % (lo, hi)]
    wrongs = [("x = %d" % hi, "partial_one_root"), ("x = %d or x = %d" % (-lo, -hi), "sign_flip_roots")]
    rl = ("所以 x = {v}。" if zh else "So the solutions are {v}.")
    if zh:
        ref, alts = "x=%d 或 x=%d" % (lo, hi), ["x_1=%d，x_2=%d" % (lo, hi), "%d 和 %d" % (hi, lo)]
        wrongs = [("x=%d" % hi, "partial_one_root"), ("x=%d 或 x=%d" % (-lo, -hi), "sign_flip_roots")]
        rl = "解得 {v}。"
    return dict(ds="math_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def inequality(rng, zh):
    a = rng.choice([2, 3, 4, 5])
    k = rng.randint(-6, 8)
    b = rng.randint(1, 9)
    c = a * k + b
    strict = rng.random() < 0.5
    op = "<" if strict else "\\le"
    q = ("解不等式 %dx + %d %s %d，并用区间表示解集。" if zh else
         "Solve %dx + %d %s %d and write the solution set in interval notation.") % (a, b, op, c)
    br = ")" if strict else "]"
    ref = "(-\\infty, %d%s" % (k, br)
    alts = ["x %s %d" % (op, k), "(-∞, %d%s" % (k, br), "\\{x \\mid x %s %d\\}" % (op, k)]
    wrongs = [("(-\\infty, %d%s" % (k, "]" if strict else ")"), "open_vs_closed_endpoint"),
              ("(%d, \\infty)" % k, "direction_flipped")]
    steps = ["Subtract %d: %dx %s %d." % (b, a, op, c - b), "Divide by %d (positive, no flip)." % a]
    rl = ("所以解集为 {v}。" if zh else "So the solution set is {v}.")
    return dict(ds="math_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def radical(rng, zh):
    b = rng.choice([2, 3, 5, 6, 7, 10])
    a = rng.randint(2, 9)
    n = a * a * b
    q = ("化简 √%d。" if zh else "Simplify \\sqrt{%d} completely.") % n
    ref = "%d\\sqrt{%d}" % (a, b)
    alts = ["%d√%d" % (a, b), "%d \\cdot \\sqrt{%d}" % (a, b), "\\sqrt{%d}\\cdot %d" % (b, a)]
    wrongs = [("%d\\sqrt{%d}" % (b, a), "swapped_coefficient"), ("%d\\sqrt{%d}" % (a + 1, b), "wrong_coeff")]
    steps = ["%d = %d x %d, and %d is a perfect square." % (n, a * a, b, a * a),
             "\\sqrt{%d} = %d." % (a * a, a)]
    rl = ("因此 √%d = {v}。" % n if zh else "Hence \\sqrt{%d} = {v}." % n)
    return dict(ds="math_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def probability(rng, zh):
    r, g = rng.randint(3, 8), rng.randint(2, 7)
    t = r + g
    p = Fraction(r * (r - 1), t * (t - 1))
    q = ("袋中有%d个红球和%d个绿球，不放回地随机取两个，两个都是红球的概率是多少？" if zh else
         "A bag holds %d red and %d green marbles. Two are drawn without replacement. What is the "
         "probability both are red?") % (r, g)
    steps = ["P(first red) = %d/%d." % (r, t), "P(second red | first red) = %d/%d." % (r - 1, t - 1),
             "Multiply: %d/%d." % (r * (r - 1), t * (t - 1))]
    alts = [frac_tex(p), "%d/%d" % (r * (r - 1), t * (t - 1))]
    if terminating(p):
        alts.append(dec(p))
    wr = Fraction(r * r, t * t)
    wrongs = [(frac_plain(wr), "with_replacement"), (frac_plain(Fraction(r, t)), "single_draw")]
    rl = ("化简后概率为 {v}。" if zh else "Reduced, the probability is {v}.")
    return dict(ds="math_like", q=q, ref=frac_plain(p), alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def aime_mod(rng, zh):
    base = rng.choice([3, 7, 11, 13, 17])
    e = rng.randint(20, 90)
    m = 1000
    ans = pow(base, e, m)
    q = ("求 %d^{%d} 除以 1000 的余数。" if zh else "Find the remainder when %d^{%d} is divided by 1000.") % (base, e)
    steps = ["Work mod 8 and mod 125, or just square-and-multiply mod 1000.",
             "%d^{%d} mod 8 = %d, mod 125 = %d." % (base, e, pow(base, e, 8), pow(base, e, 125))]
    wrongs = [(str((ans + 100) % 1000), "crt_slip"), (str(pow(base, e - 1, m)), "exponent_off_by_one")]
    alts = ["%03d" % ans] if ans < 100 else ["%d (mod 1000)" % ans]
    rl = ("由中国剩余定理合并，余数为 {v}。" if zh else "Combining with CRT, the remainder is {v}.")
    return dict(ds="aime_like", q=q, ref=str(ans), alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def series(rng, zh):
    a1, d, n = rng.randint(-5, 12), rng.randint(2, 9), rng.randint(12, 40)
    S = n * (2 * a1 + (n - 1) * d) // 2
    q = ("等差数列首项为%d，公差为%d，求前%d项和 S_%d。" if zh else
         "An arithmetic sequence has first term %d and common difference %d. Find the sum of the first %d "
         "terms (S_%d).") % (a1, d, n, n)
    an = a1 + (n - 1) * d
    steps = ["a_%d = %d + %d x %d = %d." % (n, a1, n - 1, d, an), "S_n = n(a_1 + a_n)/2."]
    wrongs = [(str(S + an), "extra_term"), (str(n * (2 * a1 + n * d) // 2), "used_n_not_n_minus_1")]
    if wrongs[1][0] == str(S):
        wrongs = wrongs[:1]
    rl = ("S_%d = %d×(%d+%d)/2 = {v}。" % (n, n, a1, an) if zh else "S_%d = %d(%d + %d)/2 = {v}." % (n, n, a1, an))
    return dict(ds="gaokao_math_like" if zh else "math_like", q=q, ref=str(S), alts=["S_%d=%d" % (n, S)],
                wrongs=wrongs, steps=steps, rl=rl)


def system(rng, zh):
    x, y = rng.randint(-6, 9), rng.randint(-6, 9)
    while x == y:
        y = rng.randint(-6, 9)
    a, b, c, d = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), rng.randint(-5, -1)
    e1, e2 = a * x + b * y, c * x + d * y
    q = ("解方程组：%dx + %dy = %d，%dx - %dy = %d，写出 (x, y)。" if zh else
         "Solve the system %dx + %dy = %d and %dx - %dy = %d. Give the ordered pair (x, y).") % (
        a, b, e1, c, -d, e2)
    ref = "(%d, %d)" % (x, y)
    alts = ["x = %d, y = %d" % (x, y), "(x,y)=(%d,%d)" % (x, y)]
    wrongs = [("(%d, %d)" % (y, x), "swapped_order"), ("(%d, %d)" % (x, y + 1), "arith_slip")]
    steps = ["Eliminate x: multiply the first by %d and the second by %d." % (c, a),
             "Solve for y, then back-substitute for x."]
    rl = ("得到 (x, y) = {v}。" if zh else "This gives (x, y) = {v}.")
    return dict(ds="math_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def percent_change(rng, zh):
    old = rng.choice([40, 80, 120, 160, 250, 400, 640])
    pct = rng.choice([Fraction(25, 2), Fraction(35, 2), 15, 30, 45, Fraction(75, 2)])
    new = old * (1 + Fraction(pct) / 100)
    if new.denominator != 1:
        old, new = 80, Fraction(90)
        pct = Fraction(25, 2)
    nm = ZNAMES[rng.randrange(len(ZNAMES))] if zh else NAMES[rng.randrange(len(NAMES))]
    q = ("%s的月销售额从%d元增长到%d元，增长率是百分之几？" if zh else
         "%s's monthly sales rose from $%d to $%d. By what percent did sales increase?") % (nm, old, int(new))
    ref = dec(pct) + "%"
    alts = [dec(pct) + " percent", "%s\\%%" % dec(pct)]
    if Fraction(pct).denominator == 2:
        alts.append("%d\\frac{1}{2}\\%%" % int(pct))
    wrongs = [("%.2f%%" % (100.0 * (int(new) - old) / int(new)), "divided_by_new_value"),
              (dec(pct + 1) + "%", "arith_slip")]
    steps = ["Increase = %d - %d = %d." % (int(new), old, int(new) - old),
             "Relative to the original: %d / %d." % (int(new) - old, old)]
    rl = ("增长率为 {v}。" if zh else "So the increase is {v}.")
    return dict(ds="gsm8k_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def clock(rng, zh):
    h, m = rng.randint(6, 11), rng.choice([5, 15, 25, 40, 45, 50])
    dh, dm = rng.randint(1, 4), rng.choice([20, 35, 50, 55])
    tot = h * 60 + m + dh * 60 + dm
    H, M = divmod(tot, 60)
    ampm = "PM" if H >= 12 else "AM"
    h12 = H - 12 if H > 12 else H
    ref = "%d:%02d %s" % (h12, M, ampm)
    alts = ["%02d:%02d" % (H, M), "%d:%02d in the %s" % (h12, M, "afternoon" if H >= 12 else "morning")]
    if zh:
        q = "一列火车上午%d:%02d出发，行驶了%d小时%d分钟后到达。到达时间是几点几分？" % (h, m, dh, dm)
        ref = "%d:%02d" % (H, M)
        alts = ["%s%d点%02d分" % ("下午" if H >= 12 else "上午", h12, M), "%d时%d分" % (H, M)]
    else:
        q = ("A train leaves at %d:%02d AM and the trip takes %d hours %d minutes. At what time does it "
             "arrive?" % (h, m, dh, dm))
    W = tot + 60
    wrongs = [("%d:%02d %s" % (h12, (M + 10) % 60, ampm) if not zh else "%d:%02d" % (H, (M + 10) % 60),
               "minute_carry_error"),
              ("%d:%02d %s" % ((W // 60 - 12 if W // 60 > 12 else W // 60), M, "PM" if W // 60 >= 12 else "AM")
               if not zh else "%d:%02d" % (W // 60, M), "hour_carry_error")]
    steps = ["Minutes: %d + %d = %d." % (m, dm, m + dm), "Hours: %d + %d plus any carry." % (h, dh)]
    rl = ("到达时间为 {v}。" if zh else "Arrival time: {v}.")
    return dict(ds="gsm8k_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl=rl)


def speed_units(rng, zh):
    v = rng.choice([18, 36, 54, 72, 90, 108, 45, 27])
    ms = Fraction(v * 1000, 3600)
    q = ("一辆车的速度是%d km/h，合多少米每秒？" if zh else "A car travels at %d km/h. What is its speed in m/s?") % v
    ref = dec(ms)
    alts = ["%s m/s" % dec(ms), "%s 米/秒" % dec(ms), "%s\\,\\text{m/s}" % dec(ms)]
    wrongs = [(dec(Fraction(v * 3600, 1000)), "multiplied_instead_of_divided"), (dec(ms + 1), "arith_slip")]
    steps = ["1 km/h = 1000 m / 3600 s = 5/18 m/s.", "%d x 5/18." % v]
    rl = ("所以速度为 {v} m/s。" if zh else "So the speed is {v} m/s.")
    return dict(ds="gsm8k_like", q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, rl=rl)


GENS_A = [shopping, workers, linear, quad_roots, inequality, radical, probability, aime_mod, series,
          system, percent_change, clock, speed_units]
