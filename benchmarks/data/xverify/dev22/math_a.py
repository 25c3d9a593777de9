"""English math generators, part A: word problems, linear systems, quadratics, inequalities, sets."""
from fractions import Fraction as F
from common import words, tex, plain, dec, poly, money, twist, truncate

NAMES = ["Maya", "Tobias", "Priya", "Lena", "Omar", "Jonah", "Ines", "Ravi", "Clara", "Felix", "Nadia", "Hugo"]


def base(q, steps, ans, ref, ok, trap, ds="math_like", ans_tex=None, checks=None):
    return dict(dataset=ds, kat="math", question=q, steps=steps, ans=ans, ans_tex=ans_tex or ans,
                ref=ref, label="Correct" if ok else "Incorrect", trap=trap, lang="en", checks=checks or [])


def wp_shop(rng, ok):
    nm = rng.choice(NAMES)
    it1, it2 = rng.sample(["notebooks", "pens", "mugs", "candles", "posters", "plant pots", "scarves"], 2)
    n1, p1, n2, p2 = rng.randint(2, 6), rng.randint(3, 12), rng.randint(2, 5), rng.randint(4, 15)
    tot = n1 * p1 + n2 * p2
    bill = 100 if tot < 95 else 200
    ch = bill - tot
    q = ("%s buys %d %s at $%d each and %d %s at $%d each, paying with a $%d bill. "
         "How much change, in dollars, does %s receive?" % (nm, n1, it1, p1, n2, it2, p2, bill, nm))
    steps = ["First I find the cost of the %s: %d x $%d = $%d." % (it1, n1, p1, n1 * p1),
             "Next the %s: %d x $%d = $%d." % (it2, n2, p2, n2 * p2),
             "The total cost is $%d + $%d = $%d." % (n1 * p1, n2 * p2, tot),
             "The payment is $%d, so the change is $%d - $%d = $%d." % (bill, bill, tot, ch)]
    checks = ["Adding back: $%d + $%d = $%d, which matches the bill." % (tot, ch, bill)]
    ref = rng.choice([str(ch), "$%d" % ch, "%d dollars" % ch])
    if ok:
        ans = rng.choice(["$%d" % ch, "%d dollars" % ch, "$%d.00" % ch, words(ch) + " dollars", str(ch)])
        c = base(q, steps, ans, ref, True, "dollar_form", "gsm8k_like", checks=checks)
        if rng.random() < 0.3:
            twist(rng, c, "$%d" % (ch + p2), "flip_to_right")
        return c
    k = rng.choice(["total", "slip", "flip", "hedge", "trunc"])
    if k == "trunc":
        return truncate(base(q, steps, "", ref, False, ""), 3)
    if k == "total":
        steps = steps[:3] + ["So the amount spent is $%d in total." % tot]
        return base(q, steps, "$%d" % tot, ref, False, "answered_total_not_change", "gsm8k_like")
    if k == "slip":
        bad = (n2 - 1) * p2
        steps[1] = "Next the %s: %d x $%d = $%d." % (it2, n2, p2, bad)
        steps[2] = "The total cost is $%d + $%d = $%d." % (n1 * p1, bad, n1 * p1 + bad)
        steps[3] = "The payment is $%d, so the change is $%d." % (bill, bill - n1 * p1 - bad)
        return base(q, steps, "$%d" % (bill - n1 * p1 - bad), ref, False, "multiplication_slip", "gsm8k_like")
    c = base(q, steps, "$%d" % ch, ref, True, "", "gsm8k_like")
    return twist(rng, c, "$%d" % (ch - 10 if ch > 10 else ch + 10), "flip_to_wrong" if k == "flip" else "hedge")


def wp_trip(rng, ok):
    while True:
        v1, v2 = rng.choice([40, 50, 60, 80]), rng.choice([45, 60, 75, 90])
        t1, t2 = F(rng.randint(2, 8), 4), F(rng.randint(1, 6), 4)
        if v1 != v2:
            break
    d1, d2 = v1 * t1, v2 * t2
    if d1.denominator != 1 or d2.denominator != 1:
        return wp_trip(rng, ok)
    T = t1 + t2
    q = ("A cyclist-support van drives %d km at an average speed of %d km/h and then %d km at %d km/h. "
         "How long does the whole drive take? Give your answer in hours." % (d1, v1, d2, v2))
    steps = ["Time for the first part: %d / %d = %s h." % (d1, v1, dec(t1)),
             "Time for the second part: %d / %d = %s h." % (d2, v2, dec(t2)),
             "Total time: %s + %s = %s hours." % (dec(t1), dec(t2), dec(T))]
    ref = rng.choice([tex(T), dec(T), "%s hours" % dec(T)])
    if ok:
        forms = ["%s hours" % dec(T), "%s h" % dec(T), "$%s$ hours" % tex(T), plain(T) + " hours"]
        if T.denominator == 2:
            forms.append("%s and a half hours" % words(T.numerator // 2))
        return base(q, steps, rng.choice(forms), ref, True, "time_equivalent_forms", "gsm8k_like",
                    ans_tex=tex(T) + "\\text{ hours}",
                    checks=["In minutes that is %d minutes, i.e. %s hours." % (T * 60, dec(T))])
    k = rng.choice(["minutes", "avg", "flip"])
    if k == "minutes":
        steps[-1] = "Total time: %s + %s = %s hours, which is %d minutes." % (dec(t1), dec(t2), dec(T), T * 60)
        return base(q, steps, str(int(T * 60)), ref, False, "value_in_excluded_unit", "gsm8k_like")
    if k == "avg":
        bad = F(d1 + d2, F(v1 + v2, 2))
        steps = ["The average speed is (%d + %d)/2 = %s km/h." % (v1, v2, dec(F(v1 + v2, 2)) or plain(F(v1 + v2, 2))),
                 "The total distance is %d km, so the time is %d / %s = %s hours." % (
                     d1 + d2, d1 + d2, plain(F(v1 + v2, 2)), plain(bad))]
        if bad == T:
            return wp_trip(rng, ok)
        return base(q, steps, plain(bad) + " hours", ref, False, "averaged_speeds", "gsm8k_like",
                    ans_tex=tex(bad))
    c = base(q, steps, dec(T) + " hours", ref, True, "", "gsm8k_like")
    return twist(rng, c, dec(T + F(1, 2)) + " hours", "flip_to_wrong")


def wp_price(rng, ok):
    while True:
        P, a, b = rng.choice([80, 120, 150, 240, 250, 360]), rng.choice([10, 20, 25, 30]), rng.choice([10, 15, 20, 40])
        fin = P * F(100 + a, 100) * F(100 - b, 100)
        if (fin * 100).denominator == 1 and a != b:
            break
    q = ("A jacket costs $%d. The store raises the price by %d%%, and later the new price is reduced by %d%%. "
         "What is the final price of the jacket?" % (P, a, b))
    up = P * F(100 + a, 100)
    steps = ["After the %d%% increase the price is %d x %s = $%s." % (a, P, dec(F(100 + a, 100)), dec(up)),
             "A %d%% reduction multiplies by %s, so %s x %s = %s." % (b, dec(F(100 - b, 100)), dec(up),
                                                                      dec(F(100 - b, 100)), dec(fin)),
             "The final price is $%s." % dec(fin)]
    ref = rng.choice(["$%s" % dec(fin), dec(fin)])
    if ok:
        ans = rng.choice(["$%s" % dec(fin), "$%.2f" % float(fin), "%s dollars" % dec(fin)])
        return base(q, steps, ans, ref, True, "money_decimal_forms", "gsm8k_like", ans_tex="\\$%s" % dec(fin),
                    checks=["Overall factor %s x %s = %s, and %d x %s = %s." % (
                        dec(F(100 + a, 100)), dec(F(100 - b, 100)), dec(F(100 + a, 100) * F(100 - b, 100)), P,
                        dec(F(100 + a, 100) * F(100 - b, 100)), dec(fin))])
    naive = P * F(100 + a - b, 100)
    steps = ["The price goes up %d%% and down %d%%, a net change of %+d%%." % (a, b, a - b),
             "So the final price is %d x %s = $%s." % (P, dec(F(100 + a - b, 100)), dec(naive))]
    return base(q, steps, "$%s" % dec(naive), ref, False, "net_percent_shortcut", "gsm8k_like")


def wp_ages(rng, ok):
    k, B, n = rng.randint(2, 4), rng.randint(5, 14), rng.randint(2, 8)
    A = k * B
    S = A + B + 2 * n
    nm1, nm2 = rng.sample(NAMES, 2)
    q = ("%s is %d times as old as %s. In %d years, the sum of their ages will be %d. How old is %s now?"
         % (nm1, k, nm2, n, S, nm1))
    steps = ["Let %s's age be b. Then %s is %db." % (nm2, nm1, k),
             "In %d years: (%db + %d) + (b + %d) = %d, so %db + %d = %d." % (n, k, n, n, S, k + 1, 2 * n, S),
             "Thus %db = %d and b = %d." % (k + 1, S - 2 * n, B),
             "%s is %d x %d = %d years old now." % (nm1, k, B, A)]
    ref = rng.choice([str(A), "%d years" % A, "%d years old" % A])
    if ok:
        ans = rng.choice(["%d years old" % A, str(A), words(A).capitalize() + " years old", "%d years" % A])
        c = base(q, steps, ans, ref, True, "age_forms", "gsm8k_like",
                 checks=["In %d years: %d + %d = %d. Correct." % (n, A + n, B + n, S)])
        if rng.random() < 0.5:
            c["pos"] = "sentence"
            c["after"] = "(%s is currently %d.)" % (nm2, B)
        return c
    k2 = rng.choice(["other", "once"])
    if k2 == "other":
        steps = steps[:3] + ["So the answer is b = %d." % B]
        return base(q, steps, str(B), ref, False, "solved_for_wrong_person", "gsm8k_like")
    b2 = F(S - n, k + 1)
    steps[1] = "In %d years the total goes up by %d: %db + b + %d = %d." % (n, n, k, n, S)
    steps[2] = "So %db = %d, b = %s." % (k + 1, S - n, plain(b2))
    steps[3] = "%s is %d x %s = %s." % (nm1, k, plain(b2), plain(k * b2))
    return base(q, steps, plain(k * b2), ref, False, "added_years_once", "gsm8k_like")


def linsys(rng, ok):
    while True:
        x, y = rng.randint(-6, 7), rng.randint(-6, 7)
        a1, b1, a2, b2 = rng.randint(1, 5), rng.choice([-4, -3, -2, -1, 1, 2, 3, 4]), rng.randint(1, 5), rng.choice(
            [-3, -2, -1, 1, 2, 3, 5])
        D = a1 * b2 - a2 * b1
        if D != 0 and y != 0 and x != y and x != -y:
            break
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    yt = lambda b: (" - " if b < 0 else " + ") + ("" if abs(b) == 1 else str(abs(b))) + "y"
    e1 = "%s%s = %d" % (poly([a1, 0]), yt(b1), c1)
    e2 = "%s%s = %d" % (poly([a2, 0]), yt(b2), c2)
    q = "Solve the system of equations: $%s$ and $%s$." % (e1, e2)
    m = a1 * b2 - a2 * b1
    rhs = a2 * c1 - a1 * c2
    steps = ["Multiply the first equation by %d and the second by %d to match the x-coefficients." % (a2, a1),
             "Subtracting the second from the first: (%d - %d)y = %d - %d, so %dy = %d." % (
                 a2 * b1, a1 * b2, a2 * c1, a1 * c2, -m, rhs),
             "Hence y = %d." % y,
             "Substitute into the first equation: %dx = %d - (%d)(%d) = %d, so x = %d." % (
                 a1, c1, b1, y, c1 - b1 * y, x)]
    checks = ["Second equation: %d(%d) + (%d)(%d) = %d. It checks out." % (a2, x, b2, y, c2)]
    ref = rng.choice(["(%d, %d)" % (x, y), "x=%d, y=%d" % (x, y), "\\left(%d,%d\\right)" % (x, y)])
    if ok:
        ans = rng.choice(["$x = %d,\\ y = %d$" % (x, y), "(%d, %d)" % (x, y), "x = %d and y = %d" % (x, y),
                          "(%s, %s)" % (str(x).replace("-", "\u2212"), str(y).replace("-", "\u2212")),
                          "y = %d, x = %d" % (y, x)])
        c = base(q, steps, ans, ref, True, "ordered_pair_forms", ans_tex="(%d, %d)" % (x, y), checks=checks)
        if rng.random() < 0.25:
            twist(rng, c, "(%d, %d)" % (x, -y), "flip_to_right")
        return c
    k = rng.choice(["swap", "sign", "trunc"])
    if k == "trunc":
        return truncate(base(q, steps, "", ref, False, ""), 3)
    if k == "swap":
        return base(q, steps, "(x, y) = (%d, %d)" % (y, x), ref, False, "pair_order_swapped",
                    ans_tex="(%d, %d)" % (y, x))
    xb = F(c1 + b1 * y, a1)
    steps[3] = "Substitute into the first equation: %dx = %d + (%d)(%d) = %d, so x = %s." % (
        a1, c1, b1, y, c1 + b1 * y, plain(xb))
    return base(q, steps, "x = %s, y = %d" % (plain(xb), y), ref, False, "sign_error_back_substitution",
                ans_tex="\\left(%s, %d\\right)" % (tex(xb), y))


def quadratic(rng, ok):
    while True:
        p, qq, r = rng.randint(1, 3), rng.randint(-7, 7), rng.randint(-6, 6)
        if qq != 0 and r != 0 and F(qq, p) != r and F(qq, p) != -r:
            break
    r1, r2 = F(qq, p), F(r)
    a, b, c = p, -(qq + p * r), qq * r
    lo, hi = sorted([r1, r2])
    q = "Find all real solutions of $%s = 0$." % poly([a, b, c])
    steps = ["I'll try to factor %s." % poly([a, b, c]),
             "Looking for a factorization of the form (%s)(x %s %d)." % (poly([p, -qq]), "-" if r > 0 else "+", abs(r)),
             "Check: expanding gives %s, which matches." % poly([a, b, c]),
             "Setting each factor to zero: %s = 0 gives x = %s, and x %s %d = 0 gives x = %d." % (
                 poly([p, -qq]), plain(r1), "-" if r > 0 else "+", abs(r), r)]
    D = b * b - 4 * a * c
    checks = ["Discriminant: %d^2 - 4(%d)(%d) = %d. Sum of roots should be %s: %s + %d = %s. Good." % (
        b, a, c, D, plain(F(-b, a)), plain(r1), r, plain(r1 + r2))]
    ref = rng.choice(["x=%s \\text{ or } x=%s" % (tex(lo), tex(hi)), "\\{%s, %s\\}" % (tex(lo), tex(hi)),
                      "%s, %s" % (tex(lo), tex(hi))])
    if ok:
        f = lambda v: dec(v) if rng.random() < 0.4 and dec(v) else plain(v)
        ans = rng.choice(["x = %s or x = %s" % (f(hi), f(lo)), "x_1 = %s, x_2 = %s" % (f(lo), f(hi)),
                          "{%s, %s}" % (f(hi), f(lo)), "x \\in \\{%s, %s\\}" % (tex(lo), tex(hi))])
        c = base(q, steps, ans, ref, True, "root_set_forms",
                 ans_tex="x = %s \\text{ or } x = %s" % (tex(lo), tex(hi)), checks=checks)
        if rng.random() < 0.3:
            twist(rng, c, "x = %s or x = %s" % (plain(-lo), plain(-hi)), "flip_to_right")
        return c
    k = rng.choice(["sign", "one", "hedge3"])
    if k == "sign":
        steps[3] = "Setting each factor to zero gives x = %s and x = %d." % (plain(-r1), -r)
        return base(q, steps, "x = %s or x = %d" % (plain(-r1), -r), ref, False, "roots_sign_flipped",
                    ans_tex="x=%s,\\ x=%d" % (tex(-r1), -r))
    if k == "one":
        steps[3] = "Setting the first factor to zero gives x = %s." % plain(r1)
        return base(q, steps, "x = %s" % plain(r1), ref, False, "only_one_root")
    c0 = base(q, steps, "x = %s or x = %s" % (plain(lo), plain(hi)), ref, True, "")
    return twist(rng, c0, "x = %s or x = %s" % (plain(-lo), plain(-hi)), "hedge")


def pos_root(rng, ok):
    r1, r2 = rng.randint(2, 9), -rng.randint(1, 9)
    b, c = -(r1 + r2), r1 * r2
    L = rng.choice(["side length", "width"])
    q = ("The %s w (in metres) of a rectangular plot satisfies $%s = 0$. What is w?" % (L, poly([1, b, c], "w")))
    steps = ["Factor: %s = (w - %d)(w + %d)." % (poly([1, b, c], "w"), r1, -r2),
             "So w = %d or w = %d." % (r1, r2),
             "A length cannot be negative, so we discard w = %d." % r2]
    ref = rng.choice([str(r1), "%d m" % r1, "w=%d" % r1])
    if ok:
        return base(q, steps + ["Therefore w = %d m." % r1], rng.choice(["%d m" % r1, "w = %d" % r1, "%d metres" % r1]),
                    ref, True, "discard_negative_root", checks=["Plug in: %d^2 + (%d)(%d) + (%d) = %d. Yes." % (r1, b, r1, c, r1 * r1 + b * r1 + c)])
    if rng.random() < 0.5:
        steps[2] = "Both values satisfy the equation."
        return base(q, steps, "w = %d or w = %d" % (r1, r2), ref, False, "kept_negative_root_too")
    steps[2] = "Since the quadratic has a negative constant term, the relevant root is the negative one."
    return base(q, steps, "w = %d" % r2, ref, False, "kept_wrong_root")


def quad_ineq(rng, ok):
    a = rng.randint(-6, 3)
    b = a + rng.randint(2, 8)
    less, strict = rng.random() < 0.5, rng.random() < 0.6
    op = ("<" if strict else "\\le") if less else (">" if strict else "\\ge")
    B, C = -(a + b), a * b
    q = "Solve the inequality $%s %s 0$." % (poly([1, B, C]), op)
    lb, rb = ("(", ")") if strict else ("[", "]")
    fx = lambda r: "x" if r == 0 else "(x %s %d)" % ("-" if r > 0 else "+", abs(r))
    steps = ["The roots of %s = 0 are x = %d and x = %d since it factors as %s%s." % (
        poly([1, B, C]), a, b, fx(a), fx(b)),
        "The parabola opens upward, so it is negative between the roots and positive outside them."]
    rs = "\\le" if not strict else "<"
    if less:
        ref = rng.choice(["%s%d, %d%s" % (lb, a, b, rb), "%d %s x %s %d" % (a, rs, rs, b)])
        right = ["%d %s x %s %d" % (a, "<" if strict else "<=", "<" if strict else "<=", b),
                 "x \\in %s%d, %d%s" % (lb, a, b, rb), "%s%d, %d%s" % (lb, a, b, rb)]
        wrong_iv = "%s%d, %d%s" % ("[" if strict else "(", a, b, "]" if strict else ")")
        comp = "(-\\infty, %d) \\cup (%d, \\infty)" % (a, b)
    else:
        ref = rng.choice(["(-\\infty,%d%s\\cup%s%d,+\\infty)" % (a, rb, lb, b),
                          "x %s %d \\text{ or } x %s %d" % ("<" if strict else "\\le", a, ">" if strict else "\\ge", b)])
        right = ["(-\\infty, %d%s \\cup %s%d, \\infty)" % (a, rb, lb, b),
                 "x %s %d or x %s %d" % ("<" if strict else "≤", a, ">" if strict else "≥", b)]
        wrong_iv = "(-\\infty, %d%s \\cup %s%d, \\infty)" % (a, "]" if strict else ")", "[" if strict else "(", b)
        comp = "(%d, %d)" % (a, b)
    steps.append("The inequality is %s, so the solution is %s." % (
        "strict" if strict else "non-strict", "between the roots" if less else "outside the roots") +
        (" The endpoints are excluded." if strict else " The endpoints are included."))
    if ok:
        return base(q, steps, rng.choice(right), ref, True, "interval_vs_inequality",
                    checks=["Test x = %d: %d %s 0, consistent with the answer." % (
                        (a + b) // 2 if less else b + 1, ((a + b) // 2) ** 2 + B * ((a + b) // 2) + C if less else
                        (b + 1) ** 2 + B * (b + 1) + C, "<" if less else ">")])
    if rng.random() < 0.5:
        steps[-1] = "So the solution set is %s." % wrong_iv
        return base(q, steps, wrong_iv, ref, False, "endpoint_inclusion_wrong")
    steps[1] = "The parabola opens upward, so it is positive between the roots."
    steps[-1] = "So the solution set is %s." % comp
    return base(q, steps, comp, ref, False, "complement_interval")


def lin_ineq(rng, ok):
    while True:
        a, b, c, d = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(6, 10), rng.randint(-9, 9)
        if (d - b) % (a - c) != 0:
            break
    bound = F(d - b, a - c)
    q = "Solve for x: $%s > %s$." % (poly([a, b]), poly([c, d]))
    steps = ["Move the x terms to the left: %dx - %dx > %d - %d, i.e. %dx > %d." % (a, c, d, b, a - c, d - b),
             "Dividing by %d, which is negative, reverses the inequality sign." % (a - c),
             "So x < %s." % plain(bound)]
    ref = rng.choice(["x<%s" % tex(bound), "(-\\infty, %s)" % tex(bound)])
    if ok:
        forms = ["x < %s" % plain(bound), "(-\\infty, %s)" % tex(bound), "x \\in (-\\infty, %s)" % tex(bound)]
        if dec(bound):
            forms.append("x < %s" % dec(bound))
        return base(q, steps, rng.choice(forms), ref, True, "fraction_bound_forms",
                    checks=["Test x = %d: %d > %d holds." % (int(bound) - 2, a * (int(bound) - 2) + b,
                                                             c * (int(bound) - 2) + d)]
                    if a * (int(bound) - 2) + b > c * (int(bound) - 2) + d else [])
    steps[1] = "Dividing both sides by %d:" % (a - c)
    steps[2] = "x > %s." % plain(bound)
    return base(q, steps, "x > %s" % plain(bound), ref, False, "forgot_flip_sign", ans_tex="x > %s" % tex(bound))


def sets_disc(rng, ok):
    N = rng.randint(18, 30)
    m1, m2 = rng.sample([2, 3, 4, 5], 2)
    lcm = m1 * m2 // (2 if m1 % 2 == 0 and m2 % 2 == 0 else 1)
    if 2 * lcm > N:
        return sets_disc(rng, ok)
    A = [x for x in range(1, N + 1) if x % m1 == 0]
    B = [x for x in range(1, N + 1) if x % m2 == 0]
    I = sorted(set(A) & set(B))
    U = sorted(set(A) | set(B))
    fmt = lambda s: ", ".join(map(str, s))
    q = ("Let A be the set of positive multiples of %d that are at most %d, and B the set of positive multiples "
         "of %d that are at most %d. Find A \u2229 B." % (m1, N, m2, N))
    steps = ["A = {%s}." % fmt(A), "B = {%s}." % fmt(B),
             "The intersection consists of the elements in both sets: {%s}." % fmt(I)]
    ref = "\\{%s\\}" % fmt(I)
    if ok:
        ans = rng.choice(["{%s}" % fmt(I), "A \u2229 B = {%s}" % fmt(list(reversed(I))), fmt(I),
                          "\\{%s\\}" % fmt(I)])
        return base(q, steps, ans, ref, True, "set_listing_forms",
                    checks=["These are exactly the multiples of lcm(%d, %d) up to %d." % (m1, m2, N)])
    if rng.random() < 0.5 or len(I) < 2:
        steps[2] = "Combining the two sets: {%s}." % fmt(U)
        return base(q, steps, "{%s}" % fmt(U), ref, False, "union_instead_of_intersection")
    steps[2] = "Common elements: {%s}." % fmt(I[:-1])
    return base(q, steps, "{%s}" % fmt(I[:-1]), ref, False, "missing_element")


def sets_iv(rng, ok):
    a = rng.randint(-8, 0)
    c = a + rng.randint(1, 4)
    b = c + rng.randint(2, 6)
    d = b + rng.randint(1, 5)
    q = ("Let $A = \\{x \\mid %d \\le x < %d\\}$ and $B = \\{x \\mid %d < x \\le %d\\}$. Find $A \\cap B$."
         % (a, b, c, d))
    steps = ["A = [%d, %d) and B = (%d, %d]." % (a, b, c, d),
             "The overlap starts after %d (excluded, from B) and ends before %d (excluded, from A)." % (c, b),
             "So A \u2229 B = (%d, %d)." % (c, b)]
    ref = rng.choice(["(%d,%d)" % (c, b), "\\{x \\mid %d<x<%d\\}" % (c, b)])
    if ok:
        return base(q, steps, rng.choice(["(%d, %d)" % (c, b), "\\{x \\mid %d < x < %d\\}" % (c, b),
                                          "%d < x < %d" % (c, b), "{x | %d < x < %d}" % (c, b)]), ref, True,
                    "set_builder_vs_interval")
    if rng.random() < 0.5:
        steps[1:] = ["The overlap runs from %d to %d, and %d belongs to B." % (c, b, c), "So A \u2229 B = [%d, %d)." % (c, b)]
        return base(q, steps, "[%d, %d)" % (c, b), ref, False, "endpoint_wrong")
    steps[1:] = ["Together they cover everything from %d to %d." % (a, d), "So the answer is [%d, %d]." % (a, d)]
    return base(q, steps, "[%d, %d]" % (a, d), ref, False, "union_instead_of_intersection")


GENS = [(wp_shop, 9), (wp_trip, 7), (wp_price, 5), (wp_ages, 7), (linsys, 8), (quadratic, 8), (pos_root, 5),
        (quad_ineq, 8), (lin_ineq, 6), (sets_disc, 5), (sets_iv, 5)]
