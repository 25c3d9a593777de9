"""The fresh set's math problem families: each `fam_*(rng)` makes one problem with its steps, the reference,
equivalent forms of the right answer and near-miss wrong ones, every value computed with exact Fractions."""
import math
from fractions import Fraction as F

from fresh_numbers import words, ZD, zh_num, dec, terminates, tex, sep, sci, lin, poly, mtx, mul


def fam_change(r):
    n, pc = r.randint(3, 9), r.choice([275, 325, 450, 525, 640, 735, 180, 395])
    B = 5000 if n * pc < 4500 else 10000
    m = lambda c: "%d.%02d" % (c // 100, c % 100)
    a, cost, c2 = B - n * pc, n * pc, (n - 1) * pc
    return dict(
        q=(f"Mia buys {n} notebooks that cost ${m(pc)} each and pays with a ${B // 100} bill. How much change does she get, in dollars?",
           f"小红买了{n}本笔记本，每本{m(pc)}元，她付了{B // 100}元。应找回多少元？"),
        steps=[f"{n} × {m(pc)} = {m(cost)}", f"{B // 100} − {m(cost)} = {m(a)}"], plain=m(a), ref=m(a),
        good=[("\\$" + m(a), "currency_sign"), ((f"{m(a)} dollars", f"{m(a)}元"), "unit_suffix"), ] + ([(dec(F(a, 100)), "trailing_zero_dropped")] if a % 10 == 0 else []),
        bad=[(m(cost), "different_question", [f"{n} × {m(pc)} = {m(cost)}"]),
             (m(B - c2), "off_by_one", [f"{n - 1} × {m(pc)} = {m(c2)}", f"{B // 100} − {m(c2)} = {m(B - c2)}"])])

def fam_discount(r):
    P, d = r.choice(range(84, 400, 8)), r.choice([15, 20, 25, 30, 35, 40])
    a, off, up = F(P * (100 - d), 100), F(P * d, 100), F(P * (100 + d), 100)
    return dict(
        q=(f"A jacket is priced at ${P}. During a sale it is marked {d}% off. What is the sale price in dollars?",
           f"一件外套原价{P}元，促销时降价{d}%。促销价是多少元？"),
        steps=[f"{P} × {d}% = {dec(off)}", f"{P} − {dec(off)} = {dec(a)}"], plain=dec(a), ref=dec(a),
        good=[("\\$" + dec(a), "currency_sign"), ((f"{dec(a)} dollars", f"{dec(a)} 元"), "unit_suffix"), (f"{P} \\times {100 - d}\\% = {dec(a)}", "equation_chain")],
        bad=[(dec(off), "different_question", [f"{P} × {d}% = {dec(off)}"]),
             (dec(up), "wrong_operation", [f"{P} × {d}% = {dec(off)}", f"{P} + {dec(off)} = {dec(up)}"])])

def fam_linear(r):
    a = r.randint(2, 8)
    k = r.choice([v for v in range(-25, 26) if v % a and v])
    b = r.choice([v for v in range(-15, 16) if v])
    x, c = F(k, a), k + b
    eq = f"{a}x {'+' if b > 0 else '-'} {abs(b)} = {c}"
    wrong = F(c + b, a)
    good = [(f"x = {tex(x)}", "x_equals_prefix"), (f"{x.numerator}/{x.denominator}", "plain_fraction"), (tex(x, "dfrac"), "dfrac")]
    if terminates(x):
        good.append((dec(x), "decimal_of_fraction"))
    ref = r.choice([tex(x), f"x={tex(x)}"])
    return dict(q=(f"Solve for $x$: ${eq}$.", f"解方程：${eq}$，求 $x$。"),
                steps=[f"{a}x = {c} {'-' if b > 0 else '+'} {abs(b)} = {k}", f"x = {tex(x)}"], plain=tex(x), ref=ref, good=good,
                bad=[(tex(wrong), "sign_error", [f"{a}x = {c} {'+' if b > 0 else '-'} {abs(b)} = {c + b}", f"x = {tex(wrong)}"]),
                     (tex(-x), "wrong_sign", [f"{a}x = {-k}", f"x = {tex(-x)}"])])

def fam_quadratic(r):
    r1, r2 = r.sample([v for v in range(-9, 10) if v], 2)
    while r1 == -r2:
        r1, r2 = r.sample([v for v in range(-9, 10) if v], 2)
    r1, r2 = sorted((r1, r2))
    eq = poly(1, -(r1 + r2), r1 * r2) + " = 0"
    fac = f"({lin(r1)})({lin(r2)}) = 0"
    ref = r.choice([f"{r1}, {r2}", f"x={r1} \\text{{ or }} x={r2}", f"\\{{{r1}, {r2}\\}}"])
    return dict(q=(f"Find all real solutions of ${eq}$.", f"求方程 ${eq}$ 的所有实数解。"),
                steps=[fac, f"x = {r1}, x = {r2}"], plain=f"x = {r1} \\text{{ or }} x = {r2}", ref=ref,
                good=[(f"x = {r2} \\text{{ or }} x = {r1}", "order_swapped"), (f"\\{{{r2}, {r1}\\}}", "set_notation"), (f"x_1 = {r1}, x_2 = {r2}", "subscripted_roots")],
                bad=[(f"x = {r2}", "partial_answer", [fac, f"x = {r2}"]),
                     (f"x = {-r2} \\text{{ or }} x = {-r1}", "wrong_sign", [f"({lin(-r1)})({lin(-r2)}) = 0", f"x = {-r2}, x = {-r1}"])])

def fam_coin(r):
    n = r.randint(4, 7)
    k = r.randint(1, n - 1)
    c = math.comb(n, k)
    p = F(c, 2**n)
    k2 = k + 1 if math.comb(n, k + 1) != c else k - 1
    p2 = F(math.comb(n, k2), 2**n)
    if p2 == p:
        k2 = 0
        p2 = F(1, 2**n)
    return dict(q=(f"A fair coin is flipped {n} times. What is the probability of getting exactly {k} heads?",
                   f"抛一枚均匀硬币{n}次，恰好出现{k}次正面的概率是多少？"),
                steps=[f"C({n},{k}) = {c}", f"2^{n} = {2**n}", f"P = {c}/{2**n} = {tex(p)}"], plain=tex(p), ref=tex(p),
                good=[(dec(p), "decimal_of_fraction"), (dec(p * 100) + "\\%", "percent_form"), (f"\\frac{{{c}}}{{{2**n}}}", "unreduced_fraction")],
                bad=[(tex(F(1, 2**n)), "missing_factor", [f"P = (1/2)^{n} = {tex(F(1, 2**n))}"]),
                     (tex(p2), "off_by_one", [f"C({n},{k2}) = {math.comb(n, k2)}", f"P = {tex(p2)}"])])

def fam_ineq(r):
    a = r.choice([-6, -5, -4, -3, -2, 2, 3, 4, 5, 6])
    b, c = r.randint(-12, 12), r.randint(-12, 12)
    t = F(c - b, a)
    strict = r.random() < 0.6
    op = ">" if strict else "\\ge"
    right = a > 0  # solution is x > t
    lb, rb = ("(", ")") if strict else ("[", "]")
    ref = f"{lb}{tex(t)}, +\\infty)" if right else f"(-\\infty, {tex(t)}{rb}"
    rel = (">" if strict else "\\ge") if right else ("<" if strict else "\\le")
    flip = ("<" if strict else "\\le") if right else (">" if strict else "\\ge")
    wb = f"{'[' if strict else '('}{tex(t)}, +\\infty)" if right else f"(-\\infty, {tex(t)}{']' if strict else ')'}"
    flipped = f"(-\\infty, {tex(t)}{rb}" if right else f"{lb}{tex(t)}, +\\infty)"
    bsign = f"{'+' if b >= 0 else '-'} {abs(b)}"
    s1 = f"{a}x {op} {c - b}"
    return dict(q=(f"Solve the inequality ${a}x {bsign} {op} {c}$ and write the solution set in interval notation.",
                   f"解不等式 ${a}x {bsign} {op} {c}$，用区间表示解集。"),
                steps=[s1, (f"x {rel} {tex(t)}" + (" (dividing by a negative number flips the sign)" if a < 0 else ""),
                            f"x {rel} {tex(t)}" + ("（除以负数要变号）" if a < 0 else ""))], plain=ref, ref=ref,
                good=[(f"x {rel} {tex(t)}", "inequality_vs_interval"), (ref.replace("+\\infty", "\\infty"), "infty_without_plus"),
                      (f"\\{{x \\mid x {rel} {tex(t)}\\}}", "set_builder")],
                bad=[(wb, "closed_vs_open", [s1, f"x {rel} {tex(t)}", ("endpoint included", "端点取到") if strict else ("endpoint excluded", "端点取不到")]),
                     (flipped, "forgot_flip" if a < 0 else "direction_flipped", [s1, f"x {flip} {tex(t)}"])])

def fam_bignum(r):
    rate, h, d = r.choice([1250, 2400, 3750, 4800, 1600]), r.choice([8, 12, 16, 20]), r.choice([15, 30, 45, 60])
    a = rate * h * d
    good = [(sep(a), "thousands_sep"), (sci(a), "scientific_notation"), ((words(a), zh_num(a)), "number_words")]
    if a % 10000 == 0:
        good.append((f"{dec(F(a, 10000))}万", "chinese_wan"))
    return dict(q=(f"A bottling plant fills {rate} bottles per hour and runs {h} hours a day. How many bottles does it fill in {d} days?",
                   f"某灌装厂每小时灌装{rate}瓶，每天工作{h}小时。{d}天一共灌装多少瓶？"),
                steps=[f"{rate} × {h} = {rate * h}", f"{rate * h} × {d} = {a}"], plain=str(a), ref=r.choice([str(a), sep(a), "$" + sci(a)]),
                good=good,
                bad=[(sep(rate * h), "different_question", [f"{rate} × {h} = {rate * h}"]),
                     (sep(a // 10), "order_of_magnitude", [f"{rate} × {h} = {rate * h}", f"{rate * h} × {d} = {a // 10}"])])

def fam_comb(r):
    n, k = r.randint(6, 12), r.randint(2, 4)
    c, p, c1 = math.comb(n, k), math.perm(n, k), math.comb(n, k - 1)
    return dict(q=(f"In how many ways can a committee of {k} people be chosen from {n} club members?",
                   f"从{n}名社员中选出{k}人组成委员会，共有多少种选法？"),
                steps=[f"C({n},{k}) = {p}/{math.factorial(k)} = {c}"], plain=str(c), ref=str(c),
                good=[(f"\\binom{{{n}}}{{{k}}} = {c}", "binom_chain"), ((words(c), zh_num(c)), "number_words"), ((f"{c} ways", f"{c}种"), "unit_suffix")],
                bad=[(str(p), "order_counted", [f"{n} × ... = P({n},{k}) = {p}"]), (str(c1), "off_by_one", [f"C({n},{k - 1}) = {c1}"])])

def fam_circle(r):
    rad = r.randint(3, 12)
    a = rad * rad
    return dict(q=(f"A circle has a diameter of {2 * rad} cm. What is its area in square centimeters? Express the answer in terms of $\\pi$.",
                   f"一个圆的直径是{2 * rad}厘米，它的面积是多少平方厘米？（结果保留 $\\pi$）"),
                steps=[f"r = {2 * rad}/2 = {rad}", f"A = \\pi r^2 = {a}\\pi"], plain=f"{a}\\pi", ref=r.choice([f"{a}\\pi", f"{a}\\pi \\text{{ cm}}^2"]),
                good=[(f"{a}π cm²", "unicode_pi_unit"), (f"\\pi \\cdot {a}", "reordered_product"), (f"{a}\\pi\\ \\mathrm{{cm}}^2", "latex_unit")],
                bad=[(f"{4 * a}\\pi", "used_diameter", [f"A = \\pi \\cdot {2 * rad}^2 = {4 * a}\\pi"]),
                     (f"{2 * rad}\\pi", "different_question", [f"C = \\pi d = {2 * rad}\\pi"])])

def fam_matrix(r):
    while True:
        A = [[r.randint(-3, 5) for _ in range(2)] for _ in range(2)]
        B = [[r.randint(-3, 5) for _ in range(2)] for _ in range(2)]
        if mul(A, B) != mul(B, A):
            break
    P, Q = mul(A, B), mul(B, A)
    off = [row[:] for row in P]
    off[1][0] += 1
    return dict(q=(f"Compute $AB$ where $A = {mtx(A)}$ and $B = {mtx(B)}$.", f"设 $A = {mtx(A)}$，$B = {mtx(B)}$，求 $AB$。"),
                steps=[f"row 1: ({P[0][0]}, {P[0][1]})", f"row 2: ({P[1][0]}, {P[1][1]})", f"AB = {mtx(P)}"], plain=mtx(P), ref=mtx(P),
                good=[(mtx(P, "bmatrix"), "bmatrix_vs_pmatrix"), (str(P), "nested_list_matrix"),
                      ("\\left[\\begin{array}{cc} %d & %d \\\\ %d & %d \\end{array}\\right]" % (P[0][0], P[0][1], P[1][0], P[1][1]), "array_matrix")],
                bad=[(mtx(Q), "wrong_order_BA", [f"BA = {mtx(Q)}"]), (mtx(off), "one_entry_off", [f"row 2: ({off[1][0]}, {off[1][1]})"])])

def fam_intersect(r):
    x0, y0 = r.randint(-6, 6), r.randint(-6, 6)
    while x0 == y0 or y0 == 0:
        y0 = r.randint(-6, 6)
    m1, m2 = r.sample([-3, -2, -1, 1, 2, 3, 4], 2)
    b1, b2 = y0 - m1 * x0, y0 - m2 * x0
    ln = lambda m, b: f"y = {'-' if m == -1 else '' if m == 1 else m}x {'+' if b >= 0 else '-'} {abs(b)}"
    return dict(q=(f"Find the intersection point of the lines ${ln(m1, b1)}$ and ${ln(m2, b2)}$.",
                   f"求直线 ${ln(m1, b1)}$ 与 ${ln(m2, b2)}$ 的交点坐标。"),
                steps=[ln(m1, b1)[4:] + " = " + ln(m2, b2)[4:], f"x = {x0}", f"y = {y0}"], plain=f"({x0}, {y0})", ref=f"({x0}, {y0})",
                good=[(f"x = {x0}, y = {y0}", "assignment_form"), (f"({x0},{y0})", "no_space_tuple"), (f"\\left({x0}, {y0}\\right)", "latex_left_right")],
                bad=[(f"({y0}, {x0})", "swapped_coords", [f"x = {x0}", f"y = {y0}", ("so the point is (y, x)", "交点写作 (y, x)")]),
                     (f"({x0}, {-y0})", "wrong_sign", [f"x = {x0}", f"y = {-y0}"])])

def fam_units(r):
    km = F(r.choice([1250, 2400, 3750, 4600, 5125, 875]), 1000)
    m = int(km * 1000)
    return dict(q=(f"A hiking trail is {dec(km)} km long. How long is it in meters?", f"一条步道长{dec(km)}千米，合多少米？"),
                steps=[f"{dec(km)} × 1000 = {m}"], plain=f"{m} m", ref=r.choice([str(m), f"{m} m", f"{m}\\text{{ m}}"]),
                good=[((f"{sep(m)} meters", f"{sep(m)} 米"), "thousands_sep_unit"), (f"{dec(km)} \\times 10^3 \\text{{ m}}", "scientific_notation"),
                      (str(m), "bare_number")],
                bad=[(f"{m // 10} m", "wrong_unit_factor", [f"{dec(km)} × 100 = {m // 10}"]), (f"{dec(km)} m", "wrong_unit", [(f"the length is {dec(km)}, so in meters it is {dec(km)}", f"长度是{dec(km)}，单位换成米还是{dec(km)}")]),
                     (f"{m * 10} m", "wrong_unit_factor", [f"{dec(km)} × 10000 = {m * 10}"])])

def fam_lastdigit(r):
    while True:
        b, e = r.choice([3, 7, 8, 2, 13, 17, 27]), r.randint(20, 99)
        a, a2 = pow(b, e, 10), pow(b, e - 1, 10)
        if a != a2:
            break
    cyc = [pow(b, i, 10) for i in range(1, 5)]
    return dict(q=(f"What is the units digit of ${b}^{{{e}}}$?", f"${b}^{{{e}}}$ 的个位数字是多少？"),
                steps=[(f"units digits cycle: {cyc}", f"个位数循环：{cyc}"), f"{e} mod 4 = {e % 4}", (f"units digit = {a}", f"个位数字 = {a}")], plain=str(a), ref=str(a),
                good=[((f"the units digit is {a}", f"个位数字是{a}"), "answer_in_sentence"), ((words(a), ZD[a]), "number_words"), (f"\\mathbf{{{a}}}", "mathbf")],
                bad=[(str(a2), "off_by_one", [(f"units digits cycle: {cyc}", f"个位数循环：{cyc}"), f"{e - 1} mod 4 = {(e - 1) % 4}"]),
                     (str((a + 5) % 10), "arithmetic_slip", [(f"units digit = {(a + 5) % 10}", f"个位数字 = {(a + 5) % 10}")])])

def fam_pct(r):
    while True:
        A, p = r.choice([40, 80, 120, 160, 200, 250, 64]), r.choice([F(5), F(25, 2), F(15), F(20), F(25), F(35), F(60), F(75, 2)])
        B = A * (1 + p / 100)
        if B.denominator == 1:
            break
    wb = (B - A) / B * 100
    wbs = dec(wb) if terminates(wb) else "%.2f" % float(wb)
    return dict(q=(f"The price of a ticket rose from ${A} to ${B}. By what percent did it increase?",
                   f"一张票的价格从{A}元涨到{B}元，涨幅是百分之几？"),
                steps=[f"{B} − {A} = {B - A}", f"{B - A}/{A} = {dec(p / 100)}", f"{dec(p)}%"], plain=dec(p) + "\\%", ref=r.choice([dec(p) + "\\%", dec(p) + "%"]),
                good=[((f"{dec(p)} percent", f"涨了{dec(p)}%"), "percent_words"), (dec(p) + "%", "percent_sign"), (f"{dec(p)}\\,\\%", "latex_spacing")],
                bad=[(wbs + "%", "wrong_base", [f"{B - A}/{B} ≈ {wbs}%"]), (str(B - A), "absolute_not_percent", [f"{B} − {A} = {B - A}"])])

def fam_lcm(r):
    while True:
        a, b = r.sample([6, 8, 9, 10, 12, 14, 15, 18, 20], 2)
        if math.gcd(a, b) > 1:
            break
    l, g = math.lcm(a, b), math.gcd(a, b)
    return dict(q=(f"Bus A leaves the depot every {a} minutes and bus B every {b} minutes. They both leave at 8:00. After how many minutes will they next leave together?",
                   f"甲路公交车每{a}分钟发一班，乙路每{b}分钟发一班，8:00同时发车。至少再过多少分钟两路车再次同时发车？"),
                steps=[f"lcm({a}, {b}) = {l}"], plain=str(l), ref=r.choice([str(l), f"{l} minutes"]),
                good=[((f"{l} minutes", f"{l}分钟"), "unit_suffix"), ((f"after {l} min", f"再过{l}分钟"), "answer_in_sentence"), ((words(l), zh_num(l)), "number_words")],
                bad=[(str(a * b), "product_not_lcm", [f"{a} × {b} = {a * b}"]), (str(g), "gcd_not_lcm", [f"gcd({a}, {b}) = {g}"])])

def fam_speed(r):
    v1, v2 = r.choice([(30, 60), (40, 60), (60, 90), (45, 90), (20, 30), (36, 45), (70, 30), (84, 56), (48, 80)])
    h = F(2 * v1 * v2, v1 + v2)
    am = F(v1 + v2, 2)
    return dict(q=(f"A car drives from town P to town Q at {v1} km/h and returns along the same road at {v2} km/h. What is its average speed for the round trip, in km/h?",
                   f"一辆汽车从甲地到乙地的速度是{v1}千米/小时，沿原路返回的速度是{v2}千米/小时。求往返全程的平均速度（千米/小时）。"),
                steps=[(f"let the distance be d: total time = d/{v1} + d/{v2}", f"设单程为 d，总时间 = d/{v1} + d/{v2}"), f"v = 2d / (d/{v1} + d/{v2}) = {dec(h)}"], plain=dec(h), ref=dec(h),
                good=[((f"{dec(h)} km/h", f"{dec(h)} 千米/小时"), "unit_suffix"), ((f"{dec(h)} kilometers per hour", f"{dec(h)}km/h"), "unit_words"),
                      (f"{dec(h)}\\text{{ km/h}}", "latex_unit")],
                bad=[(dec(am), "arithmetic_mean_trap", [f"({v1} + {v2})/2 = {dec(am)}"]),
                     (dec(am / 2 + h / 2 + 1) if terminates(am / 2 + h / 2 + 1) else dec(h + 2), "arithmetic_slip", [(f"total time = 2d/{v1 + v2}?", f"总时间 = 2d/{v1 + v2}？")])])

def fam_sqrt(r):
    a, b = r.randint(2, 7), r.choice([2, 3, 5, 6, 7, 10, 11, 13])
    n = a * a * b
    return dict(q=(f"Simplify $\\sqrt{{{n}}}$.", f"化简 $\\sqrt{{{n}}}$。"),
                steps=[f"{n} = {a * a} × {b}", f"\\sqrt{{{n}}} = {a}\\sqrt{{{b}}}"], plain=f"{a}\\sqrt{{{b}}}", ref=f"{a}\\sqrt{{{b}}}",
                good=[(f"{a}√{b}", "unicode_sqrt"), (f"{a}\\sqrt {b}", "latex_no_braces"), (f"\\sqrt{{{b}}} \\cdot {a}", "reordered_product")],
                bad=[(f"{b}\\sqrt{{{a}}}", "swapped_factors", [f"{n} = {b * b} × {a}?"]), (f"{a * a}\\sqrt{{{b}}}", "forgot_root", [f"{n} = {a * a} × {b}", f"\\sqrt{{{n}}} = {a * a}\\sqrt{{{b}}}"])])

FAMILIES = [fam_change, fam_discount, fam_linear, fam_quadratic, fam_coin, fam_ineq, fam_bignum, fam_comb, fam_circle,
            fam_matrix, fam_intersect, fam_units, fam_lastdigit, fam_pct, fam_lcm, fam_speed, fam_sqrt]
