"""Math problem families (part 1): arithmetic word problems, fractions, algebra."""
from fractions import Fraction as F
import math
from common import frac_str, dec_str, simp_sqrt, sqrt_str

NAMES = ["Marisol", "Tobiah", "Quentin", "Oyelaran", "Brisa", "Halvard", "Niamh", "Teodor", "Sunniva", "Ravindra",
         "Ilse", "Caspian", "Delphine", "Mateus", "Yusra", "Fenwick", "Odalys", "Kasimir"]
NAMES_ZH = ["林晓舟", "周若溪", "陈墨", "许朗", "方一凡", "唐月", "宋知远", "韩露", "曹亦", "沈南星"]


def L(lang, en, zh):
    return zh if lang == "zh" else en


def shop(rng, lang):
    n = rng.choice(NAMES_ZH if lang == "zh" else NAMES)
    q1, p1 = rng.randint(3, 9), F(rng.randint(125, 899), 100)
    q2, p2 = rng.randint(2, 6), F(rng.randint(210, 1299), 100)
    disc = rng.choice([10, 15, 20, 25])
    sub = q1 * p1 + q2 * p2
    tot = sub * (100 - disc) / 100
    tot = F(round(tot * 100), 100)
    m = lambda x: "%.2f" % float(x)
    w = sub - F(disc, 100)
    q = L(lang, "%s buys %d notebooks at $%s each and %d pens at $%s each. The store gives a %d%% discount on the whole purchase. How much does %s pay, in dollars (rounded to the cent)?" % (n, q1, m(p1), q2, m(p2), disc, n),
          "%s买了%d本笔记本，每本%s元，又买了%d支钢笔，每支%s元。商店对整单打%s折（即优惠%d%%）。%s一共需要付多少元？（精确到分）" % (n, q1, m(p1), q2, m(p2), (100 - disc) / 10, disc, n))
    steps = [L(lang, "Notebooks: %d × %s = %s dollars. Pens: %d × %s = %s dollars." % (q1, m(p1), m(q1 * p1), q2, m(p2), m(q2 * p2)),
               "笔记本：%d × %s = %s 元；钢笔：%d × %s = %s 元。" % (q1, m(p1), m(q1 * p1), q2, m(p2), m(q2 * p2))),
             L(lang, "Subtotal before the discount: %s + %s = %s dollars." % (m(q1 * p1), m(q2 * p2), m(sub)),
               "折前合计：%s + %s = %s 元。" % (m(q1 * p1), m(q2 * p2), m(sub))),
             L(lang, "A %d%% discount means paying %d%% of the subtotal: %s × %s = %s, which is %s dollars to the cent." % (disc, 100 - disc, m(sub), (100 - disc) / 100, float(sub * (100 - disc) / 100), m(tot)),
               "优惠%d%%，即按%d%%付款：%s × %s = %s，精确到分为 %s 元。" % (disc, 100 - disc, m(sub), (100 - disc) / 100, float(sub * (100 - disc) / 100), m(tot)))]
    err = L(lang, "The discount is %d%%, so I subtract it: %s − %s = %s dollars." % (disc, m(sub), m(F(disc, 100)), m(w)),
            "优惠%d%%，所以直接减去：%s − %s = %s 元。" % (disc, m(sub), m(F(disc, 100)), m(w)))
    ref = m(tot)
    return dict(q=q, gist=L(lang, "total cost after a percentage discount", "打折后总价计算"), steps=steps, err=err,
                check=L(lang, "Discount amount is %s × %d%% ≈ %s, and %s − that ≈ %s." % (m(sub), disc, m(sub - tot), m(sub), m(tot)),
                        "优惠金额约 %s 元，%s 减去后约为 %s 元。" % (m(sub - tot), m(sub), m(tot))),
                ref=ref, eq=[L(lang, "$" + ref, ref + " 元"), L(lang, ref + " dollars", "￥" + ref)], eqtag="money_unit",
                wrong=[m(w)], errtag="discount_subtracted")


def work_rate(rng, lang):
    a, b = rng.choice([(3, 6), (4, 12), (6, 12), (10, 15), (12, 24), (20, 30), (9, 18), (5, 20), (8, 24)])
    t = F(a * b, a + b)
    q = L(lang, "One pump can fill a tank in %d hours; a second pump fills it in %d hours. Working together, how many hours do they take to fill the tank?" % (a, b),
          "甲水泵单独注满水池需要%d小时，乙水泵单独注满需要%d小时。两台水泵同时工作，需要多少小时注满？" % (a, b))
    steps = [L(lang, "Rates: pump 1 does 1/%d of the tank per hour and pump 2 does 1/%d." % (a, b), "甲每小时注满 1/%d，乙每小时注满 1/%d。" % (a, b)),
             L(lang, "Combined rate: 1/%d + 1/%d = %d/%d = %s of the tank per hour." % (a, b, a + b, a * b, frac_str(F(a + b, a * b))),
               "合作效率：1/%d + 1/%d = %d/%d = %s。" % (a, b, a + b, a * b, frac_str(F(a + b, a * b)))),
             L(lang, "Time = 1 ÷ (combined rate) = %s hours." % frac_str(t), "所需时间 = 1 ÷ 合作效率 = %s 小时。" % frac_str(t))]
    wr = F(a + b, 2)
    err = L(lang, "Together they should take the average of the two times: (%d + %d)/2 = %s hours." % (a, b, frac_str(wr)),
            "两台一起干，用时取平均：(%d + %d)/2 = %s 小时。" % (a, b, frac_str(wr)))
    eq = [frac_str(t, True)]
    if dec_str(t):
        eq.append(dec_str(t))
    if t.denominator != 1 and t > 1:
        eq.append(L(lang, "%d and %s hours" % (t.numerator // t.denominator, frac_str(t - t.numerator // t.denominator)),
                    "%d又%s小时" % (t.numerator // t.denominator, frac_str(t - t.numerator // t.denominator))))
    if t.denominator == 1:
        eq.append(L(lang, "%d hours" % t, "%d小时" % t))
    return dict(q=q, gist=L(lang, "combined work rate of two pumps", "工程问题（合作时间）"), steps=steps, err=err,
                check=L(lang, "In %s hours pump 1 fills %s and pump 2 fills %s; total %s." % (frac_str(t), frac_str(t / a), frac_str(t / b), frac_str(t / a + t / b)),
                        "%s 小时内甲注满 %s，乙注满 %s，合计 %s。" % (frac_str(t), frac_str(t / a), frac_str(t / b), frac_str(t / a + t / b))),
                ref=frac_str(t), eq=eq, eqtag="fraction_decimal", wrong=[frac_str(wr)], errtag="averaged_times")


def frac_add(rng, lang):
    op = rng.choice(["+", "-"])
    while True:
        a, b, c, d = rng.randint(1, 9), rng.randint(2, 12), rng.randint(1, 9), rng.randint(2, 12)
        s = F(a, b) + F(c, d) if op == "+" else F(a, b) - F(c, d)
        if s.denominator > 1 and b != d and F(a, b).denominator == b and F(c, d).denominator == d:
            break
    wrong = F(a + (c if op == "+" else -c), b + d)
    if wrong == s:
        wrong = s + F(1, b * d)
    lcm = b * d // math.gcd(b, d)
    q = L(lang, "Compute %d/%d %s %d/%d and give the answer in simplest form." % (a, b, op, c, d),
          "计算 %d/%d %s %d/%d，结果化为最简形式。" % (a, b, op, c, d))
    steps = [L(lang, "The least common denominator of %d and %d is %d." % (b, d, lcm), "%d 和 %d 的最小公倍数是 %d，通分。" % (b, d, lcm)),
             L(lang, "%d/%d = %d/%d and %d/%d = %d/%d." % (a, b, a * lcm // b, lcm, c, d, c * lcm // d, lcm),
               "%d/%d = %d/%d，%d/%d = %d/%d。" % (a, b, a * lcm // b, lcm, c, d, c * lcm // d, lcm)),
             L(lang, "So the result is %s, which in lowest terms is %s." % ("%d/%d" % (s * lcm, lcm), frac_str(s)),
               "所以结果为 %d/%d，约分后为 %s。" % (s * lcm, lcm, frac_str(s)))]
    err = L(lang, "Adding tops and bottoms directly: (%d %s %d)/(%d + %d) = %s." % (a, op, c, b, d, frac_str(wrong)),
            "分子分母分别相加减：(%d %s %d)/(%d + %d) = %s。" % (a, op, c, b, d, frac_str(wrong)))
    eq = [frac_str(s, True)]
    if dec_str(s):
        eq.append(dec_str(s))
    if abs(s) > 1:
        w = int(s)
        eq.append("%d %s" % (w, frac_str(abs(s - w))))
    if len(eq) == 1:
        eq.append("\\dfrac{%d}{%d}" % (s.numerator, s.denominator) if s > 0 else "-\\dfrac{%d}{%d}" % (-s.numerator, s.denominator))
    return dict(q=q, gist=L(lang, "fraction arithmetic", "分数运算"), steps=steps, err=err,
                check=L(lang, "As decimals, %.4f %s %.4f ≈ %.4f, and %s ≈ %.4f." % (a / b, op, c / d, float(s), frac_str(s), float(s)),
                        "用小数验证：%.4f %s %.4f ≈ %.4f，而 %s ≈ %.4f。" % (a / b, op, c / d, float(s), frac_str(s), float(s))),
                ref=frac_str(s), eq=eq, eqtag="fraction_latex_decimal", wrong=[frac_str(wrong)], errtag="added_denominators")


def quadratic(rng, lang):
    r1, r2 = rng.sample([x for x in range(-9, 10) if x != 0], 2)
    while r1 == -r2:
        r2 = rng.choice([x for x in range(-9, 10) if x not in (0, r1, -r1)])
    b, c = -(r1 + r2), r1 * r2
    poly = "x^2 %s %dx %s %d" % ("+" if b >= 0 else "-", abs(b), "+" if c >= 0 else "-", abs(c))
    lo, hi = sorted([r1, r2])
    q = L(lang, "Solve for x: $%s = 0$." % poly, "解方程：$%s = 0$。" % poly)
    steps = [L(lang, "We need two numbers with product %d and sum %d." % (c, -b), "找两个数，乘积为 %d，和为 %d。" % (c, -b)),
             L(lang, "Those are %d and %d, so the equation factors as (x %s %d)(x %s %d) = 0." % (lo, hi, "-" if lo > 0 else "+", abs(lo), "-" if hi > 0 else "+", abs(hi)),
               "这两个数是 %d 和 %d，所以因式分解为 (x %s %d)(x %s %d) = 0。" % (lo, hi, "-" if lo > 0 else "+", abs(lo), "-" if hi > 0 else "+", abs(hi))),
             L(lang, "Hence x = %d or x = %d." % (lo, hi), "所以 x = %d 或 x = %d。" % (lo, hi))]
    ref = "x = %d or x = %d" % (lo, hi) if lang == "en" else "x₁ = %d，x₂ = %d" % (lo, hi)
    err = L(lang, "Setting each factor to zero with the signs as written gives x = %d or x = %d." % (-lo, -hi),
            "令各因式为零，符号照抄，得 x = %d 或 x = %d。" % (-lo, -hi))
    eq = ["%d, %d" % (hi, lo), "\\{%d, %d\\}" % (lo, hi), L(lang, "x=%d, x=%d" % (hi, lo), "x=%d 或 x=%d" % (hi, lo))]
    return dict(q=q, gist=L(lang, "solving a quadratic by factoring", "因式分解解一元二次方程"), steps=steps, err=err,
                check=L(lang, "Plug in x = %d: %d + %d + %d = %d. Plug in x = %d: %d + %d + %d = %d." % (lo, lo * lo, b * lo, c, lo * lo + b * lo + c, hi, hi * hi, b * hi, c, hi * hi + b * hi + c),
                        "代入 x = %d：%d + %d + %d = %d；代入 x = %d：%d + %d + %d = %d。" % (lo, lo * lo, b * lo, c, lo * lo + b * lo + c, hi, hi * hi, b * hi, c, hi * hi + b * hi + c)),
                ref=ref, eq=eq, eqtag="root_set_order", wrong=["x = %d or x = %d" % (-hi, -lo)], errtag="sign_error_roots")


def inequality(rng, lang):
    a = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5, 6])
    b, c = rng.randint(-12, 12), rng.randint(-15, 15)
    k = F(c - b, a)
    ks, kl = frac_str(k), frac_str(k, True)
    gt = a > 0
    ref = "(%s, \\infty)" % kl if gt else "(-\\infty, %s)" % kl
    wrong = "(-\\infty, %s)" % kl if gt else "(%s, \\infty)" % kl
    q = L(lang, "Solve the inequality $%dx %s %d > %d$ and write the solution set in interval notation." % (a, "+" if b >= 0 else "-", abs(b), c),
          "解不等式 $%dx %s %d > %d$，并用区间表示解集。" % (a, "+" if b >= 0 else "-", abs(b), c))
    steps = [L(lang, "Subtract %d from both sides: %dx > %d." % (b, a, c - b), "两边同时减去 %d：%dx > %d。" % (b, a, c - b)),
             L(lang, "Divide by %d. %s" % (a, "Since it's positive the inequality direction stays." if gt else "Since it's negative, the inequality flips."),
               "两边除以 %d。%s" % (a, "因为是正数，不等号方向不变。" if gt else "因为是负数，不等号要变号。")),
             L(lang, "So x %s %s, i.e. the interval %s." % (">" if gt else "<", ks, ref), "所以 x %s %s，即解集为 %s。" % (">" if gt else "<", ks, ref))]
    err = L(lang, "Divide by %d: x %s %s, so the interval is %s." % (a, "<" if gt else ">", ks, wrong),
            "两边除以 %d：x %s %s，所以解集为 %s。" % (a, "<" if gt else ">", ks, wrong))
    eq = ["x %s %s" % (">" if gt else "<", ks), "\\{x \\mid x %s %s\\}" % (">" if gt else "<", kl),
          ("(%s, +\\infty)" % kl) if gt else ("(-\\infty, %s)" % ks)]
    return dict(q=q, gist=L(lang, "solving a linear inequality", "解一元一次不等式"), steps=steps, err=err,
                check=L(lang, "Test x = %s: %d·%s %+d = %s, %s %d." % (frac_str(k + (1 if gt else -1)), a, frac_str(k + (1 if gt else -1)), b, frac_str(a * (k + (1 if gt else -1)) + b), ">", c),
                        "取 x = %s 检验：%d×%s %+d = %s > %d，成立。" % (frac_str(k + (1 if gt else -1)), a, frac_str(k + (1 if gt else -1)), b, frac_str(a * (k + (1 if gt else -1)) + b), c)),
                ref=ref, eq=eq, eqtag="interval_vs_inequality", wrong=[wrong], errtag="inequality_not_flipped" if not gt else "inequality_flipped_wrongly")


def radical(rng, lang):
    while True:
        p, qv = rng.choice([(3, 4), (5, 12), (8, 15), (1, 2), (2, 3), (3, 5), (4, 7), (2, 6), (6, 9), (5, 7)])
        x1, y1 = rng.randint(-6, 6), rng.randint(-6, 6)
        x2, y2 = x1 + p, y1 + rng.choice([-1, 1]) * qv
        d2 = p * p + qv * qv
        a, b = simp_sqrt(d2)
        break
    ref = sqrt_str(a, b)
    q = L(lang, "Find the distance between the points $(%d, %d)$ and $(%d, %d)$." % (x1, y1, x2, y2),
          "求点 $(%d, %d)$ 与点 $(%d, %d)$ 之间的距离。" % (x1, y1, x2, y2))
    steps = [L(lang, "Differences: Δx = %d − (%d) = %d and Δy = %d − (%d) = %d." % (x2, x1, x2 - x1, y2, y1, y2 - y1),
               "Δx = %d − (%d) = %d，Δy = %d − (%d) = %d。" % (x2, x1, x2 - x1, y2, y1, y2 - y1)),
             L(lang, "Sum of squares: %d + %d = %d." % (p * p, qv * qv, d2), "平方和：%d + %d = %d。" % (p * p, qv * qv, d2)),
             L(lang, "Distance = √%d = %s." % (d2, ref), "距离 = √%d = %s。" % (d2, ref))]
    wv = p + qv
    err = L(lang, "The distance is just |Δx| + |Δy| = %d + %d = %d." % (p, qv, wv), "距离等于 |Δx| + |Δy| = %d + %d = %d。" % (p, qv, wv))
    eq = ["\\sqrt{%d}" % d2] if b != 1 else ["\\sqrt{%d}" % d2, "%d.0" % a]
    if b != 1:
        eq.append(sqrt_str(a, b, False))
    return dict(q=q, gist=L(lang, "distance between two points", "两点间距离"), steps=steps, err=err,
                check=L(lang, "Numerically √%d ≈ %.4f, which is less than |Δx| + |Δy| = %d, as it should be." % (d2, math.sqrt(d2), wv),
                        "数值上 √%d ≈ %.4f，小于 %d，符合三角不等式。" % (d2, math.sqrt(d2), wv)),
                ref=ref, eq=eq, eqtag="radical_unsimplified", wrong=[str(wv)], errtag="manhattan_distance")


def system2(rng, lang):
    x, y = rng.randint(-7, 9), rng.randint(-7, 9)
    a1, b1, a2, b2 = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), rng.randint(-5, -1)
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    det = a1 * b2 - a2 * b1
    q = L(lang, "Solve the system: $%dx + %dy = %d$, $%dx - %dy = %d$. Give (x, y)." % (a1, b1, c1, a2, -b2, c2),
          "解方程组：$%dx + %dy = %d$，$%dx - %dy = %d$，写出 (x, y)。" % (a1, b1, c1, a2, -b2, c2))
    steps = [L(lang, "Use Cramer's rule. The determinant is %d·(%d) − %d·%d = %d." % (a1, b2, a2, b1, det),
               "用克拉默法则，系数行列式 D = %d×(%d) − %d×%d = %d。" % (a1, b2, a2, b1, det)),
             L(lang, "D_x = %d·(%d) − %d·%d = %d, so x = %d/%d = %d." % (c1, b2, c2, b1, c1 * b2 - c2 * b1, c1 * b2 - c2 * b1, det, x),
               "D_x = %d×(%d) − %d×%d = %d，所以 x = %d/%d = %d。" % (c1, b2, c2, b1, c1 * b2 - c2 * b1, c1 * b2 - c2 * b1, det, x)),
             L(lang, "D_y = %d·%d − %d·%d = %d, so y = %d/%d = %d. Therefore (x, y) = (%d, %d)." % (a1, c2, a2, c1, a1 * c2 - a2 * c1, a1 * c2 - a2 * c1, det, y, x, y),
               "D_y = %d×%d − %d×%d = %d，所以 y = %d/%d = %d。故 (x, y) = (%d, %d)。" % (a1, c2, a2, c1, a1 * c2 - a2 * c1, a1 * c2 - a2 * c1, det, y, x, y))]
    wy = y + rng.choice([-2, -1, 1, 2])
    err = L(lang, "Substituting back, I get y = %d, so (x, y) = (%d, %d)." % (wy, x, wy), "回代求得 y = %d，所以 (x, y) = (%d, %d)。" % (wy, x, wy))
    eq = [L(lang, "x = %d, y = %d" % (x, y), "x = %d，y = %d" % (x, y)), "\\begin{cases}x=%d\\\\y=%d\\end{cases}" % (x, y)]
    return dict(q=q, gist=L(lang, "solving a 2x2 linear system", "解二元一次方程组"), steps=steps, err=err,
                check=L(lang, "%d·%d + %d·%d = %d ✓ and %d·%d + (%d)·%d = %d ✓." % (a1, x, b1, y, c1, a2, x, b2, y, c2),
                        "%d×%d + %d×%d = %d ✓，%d×%d + (%d)×%d = %d ✓。" % (a1, x, b1, y, c1, a2, x, b2, y, c2)),
                ref="(%d, %d)" % (x, y), eq=eq, eqtag="tuple_vs_named", wrong=["(%d, %d)" % (x, wy)], errtag="back_substitution")


FAMILIES = [shop, work_rate, frac_add, quadratic, inequality, radical, system2]
