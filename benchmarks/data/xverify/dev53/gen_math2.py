"""Math problem families, part 2 (word problems, competition, college)."""
from fractions import Fraction
from math import comb
from common import T, frac, dec, terminating, poly


def money(x):
    x = Fraction(x)
    return "$%d.%02d" % (x.numerator // x.denominator, round((x - x.numerator // x.denominator) * 100))


NAMES_EN = ["Marisol", "Dev", "Oksana", "Tobiah", "Lenka", "Quincy", "Ayodele", "Ferris", "Ingrid", "Rafe"]
NAMES_ZH = ["小林", "王芳", "陈磊", "赵敏", "刘洋", "周婷", "孙浩", "李娜"]


def shop(rng, zh):
    n, price = rng.randint(3, 9), Fraction(rng.randint(8, 49), 5)
    m, p2 = rng.randint(2, 6), Fraction(rng.randint(5, 30), 5)
    disc = rng.choice([10, 20, 25])
    sub = n * price + m * p2
    tot = sub * (100 - disc) / 100
    who = rng.choice(NAMES_ZH if zh else NAMES_EN)
    q = T(zh, "%s buys %d notebooks at %s each and %d pens at %s each. The store takes %d%% off the whole bill. "
              "How much does %s pay?" % (who, n, money(price), m, money(p2), disc, who),
          "%s买了%d本笔记本，每本%s元，又买了%d支笔，每支%s元。商店整单打%d折。%s一共付多少元？" %
          (who, n, dec(price), m, dec(p2), (100 - disc) // 10 if disc % 10 == 0 else 100 - disc, who))
    if zh:
        ref = "%s元" % dec(tot)
        alts = ["%s" % dec(tot), "%s 元" % money(tot)[1:]]
    else:
        ref = money(tot)
        alts = ["%s dollars" % dec(tot), "$%s" % dec(tot)]
    steps = ["%d × %s = %s" % (n, dec(price), dec(n * price)), "%d × %s = %s" % (m, dec(p2), dec(m * p2)),
             T(zh, "Subtotal %s; after %d%% off: %s × %s = %s" % (dec(sub), disc, dec(sub), dec(Fraction(100 - disc, 100)),
                                                              dec(tot)),
               "合计 %s，打折后：%s × %s = %s" % (dec(sub), dec(sub), dec(Fraction(100 - disc, 100)), dec(tot)))]
    checks = ["%s - %s = %s" % (dec(sub), dec(sub * disc / 100), dec(tot))]
    w1 = dec(sub) + ("元" if zh else "")
    wrongs = [(w1 if zh else money(sub), T(zh, "Total before the discount.", "先不算折扣。"), "forgot_discount"),
              ((dec(sub * disc / 100) + "元") if zh else money(sub * disc / 100),
               T(zh, "The discount amount is what is paid.", "折扣部分就是付款。"), "discount_not_price")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gsm8k_like")


def clock(rng, zh):
    h, mi = rng.randint(8, 13), rng.choice([0, 10, 15, 20, 35, 40, 50])
    legs = [rng.randint(25, 95) for _ in range(3)]
    start = h * 60 + mi
    end = start + sum(legs)
    eh, em = divmod(end, 60)
    def fmt12(t):
        hh, mm = divmod(t, 60)
        return "%d:%02d %s" % ((hh - 1) % 12 + 1, mm, "PM" if hh >= 12 else "AM")
    who = rng.choice(NAMES_ZH if zh else NAMES_EN)
    q = T(zh, "%s starts a hike at %s. The three stages take %d, %d and %d minutes. At what time does %s finish?"
          % (who, fmt12(start), legs[0], legs[1], legs[2], who),
          "%s在%d:%02d出发徒步，三段路程分别用时%d分钟、%d分钟和%d分钟。%s几点到达终点？" %
          (who, h, mi, legs[0], legs[1], legs[2], who))
    ref = fmt12(end) if not zh else "%d:%02d" % (eh, em)
    alts = ["%d:%02d" % (eh, em), "%02d%02d hours" % (eh, em)] if not zh else \
        ["%s%d点%02d分" % ("下午" if eh >= 12 else "上午", (eh - 1) % 12 + 1, em), fmt12(end)]
    tot = sum(legs)
    steps = ["%d + %d + %d = %d min = %d h %d min" % (legs[0], legs[1], legs[2], tot, tot // 60, tot % 60),
             "%d:%02d + %d:%02d = %d:%02d" % (h, mi, tot // 60, tot % 60, eh, em)]
    checks = [T(zh, "Counting back %d minutes from the end returns to the start." % tot, "倒推%d分钟回到出发时刻。" % tot)]
    w = end + 60 if tot % 60 else end + 40
    wrongs = [(fmt12(w) if not zh else "%d:%02d" % divmod(w, 60), T(zh, "Carrying one hour too many.", "进位多算了一小时。"),
               "carry_error"), (fmt12(end - 60) if not zh else "%d:%02d" % divmod(end - 60, 60),
                                T(zh, "Total is %d h %d min." % (tot // 60 - 1, tot % 60), "总时长%d小时%d分。" % (tot // 60 - 1, tot % 60)),
                                "dropped_hour")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gsm8k_like")


def pct_change(rng, zh):
    old = rng.choice([20, 40, 50, 80, 120, 160, 200, 250])
    pct = rng.choice([5, 10, 12, 15, 20, 25, 30, 35, 40, 60])
    new = old * (100 + pct) // 100 if old * pct % 100 == 0 else None
    if new is None:
        old, pct = 200, rng.choice([15, 35, 45])
        new = old * (100 + pct) // 100
    q = T(zh, "A ticket's price rose from $%d to $%d. By what percent did it increase?" % (old, new),
          "某商品价格从%d元涨到%d元，涨幅是百分之几？" % (old, new))
    ref = "%d%%" % pct
    alts = ["%d percent" % pct, "百分之%d" % pct if zh else "%d.0%%" % pct]
    wr = Fraction(new - old, new) * 100
    steps = ["%d - %d = %d" % (new, old, new - old), "%d / %d = %s" % (new - old, old, dec(Fraction(new - old, old)))]
    checks = ["%d × %s = %d" % (old, dec(Fraction(100 + pct, 100)), new)]
    wrongs = [("%s%%" % (dec(wr) if terminating(wr) else "%.1f" % float(wr)), T(zh, "Divide by the new price.", "除以新价格。"),
               "wrong_base"), ("%d%%" % (100 + pct), T(zh, "New over old.", "新价除以旧价。"), "ratio_not_change")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gsm8k_like")


def prob_draw(rng, zh):
    r, b = rng.randint(2, 7), rng.randint(2, 7)
    t = r + b
    p = Fraction(r * (r - 1) + b * (b - 1), t * (t - 1))
    pw = Fraction(r * r + b * b, t * t)
    q = T(zh, "A bag has %d red and %d blue marbles. Two are drawn without replacement. What is the probability "
              "they are the same color?" % (r, b),
          "袋中有%d个红球和%d个蓝球，不放回地任取两个，求两球同色的概率。" % (r, b))
    ref = frac(p)
    alts = [frac(p, True)] + ([dec(p)] if terminating(p) else []) + ["%d/%d" % (r * (r - 1) + b * (b - 1), t * (t - 1))]
    steps = ["P(RR) = %d/%d · %d/%d" % (r, t, r - 1, t - 1), "P(BB) = %d/%d · %d/%d" % (b, t, b - 1, t - 1),
             "P = %d/%d = %s" % (r * (r - 1) + b * (b - 1), t * (t - 1), frac(p))]
    checks = ["C(%d,2)+C(%d,2) = %d, C(%d,2) = %d" % (r, b, comb(r, 2) + comb(b, 2), t, comb(t, 2))]
    wrongs = [(frac(pw), T(zh, "With replacement.", "按放回计算。"), "with_replacement"),
              (frac(1 - p), T(zh, "Complement.", "算成了异色。"), "complement")]
    wrongs = [w for w in wrongs if Fraction(w[0]) != p]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="math_like")


def count_xor(rng, zh):
    p, q_ = rng.sample([3, 4, 5, 6, 7, 9, 11], 2)
    N = rng.randint(150, 999)
    ans = sum(1 for n in range(1, N + 1) if (n % p == 0) != (n % q_ == 0))
    union = sum(1 for n in range(1, N + 1) if n % p == 0 or n % q_ == 0)
    q = T(zh, "How many positive integers n ≤ %d are divisible by exactly one of %d and %d?" % (N, p, q_),
          "不超过%d的正整数中，恰好被%d和%d中的一个整除的有多少个？" % (N, p, q_))
    from math import lcm
    L = lcm(p, q_)
    ref = str(ans)
    alts = ["%03d" % ans if ans < 1000 else str(ans), T(zh, "%d integers" % ans, "%d个" % ans)]
    steps = ["⌊%d/%d⌋ = %d, ⌊%d/%d⌋ = %d, ⌊%d/%d⌋ = %d" % (N, p, N // p, N, q_, N // q_, N, L, N // L),
             "%d + %d - 2·%d = %d" % (N // p, N // q_, N // L, ans)]
    checks = ["%d - %d = %d" % (union, N // L, ans)]
    wrongs = [(str(union), T(zh, "Subtract the overlap once.", "重叠部分只减一次。"), "inclusion_exclusion"),
              (str(N // p + N // q_), T(zh, "Just add.", "直接相加。"), "no_overlap_removed")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="aime_like")


def system2(rng, zh):
    while True:
        x, y = rng.randint(-6, 7), rng.randint(-6, 7)
        a, b, c, d = [rng.choice([v for v in range(-5, 6) if v]) for _ in range(4)]
        if a * d - b * c != 0 and x != y:
            break
    e1 = "%s = %d" % (poly([a, 0], "x") + (" + " if b > 0 else " - ") + poly([abs(b), 0], "y"), a * x + b * y)
    e2 = "%s = %d" % (poly([c, 0], "x") + (" + " if d > 0 else " - ") + poly([abs(d), 0], "y"), c * x + d * y)
    q = T(zh, "Solve the system: %s, %s." % (e1, e2), "解方程组：{ %s ; %s }。" % (e1, e2))
    ref = "x=%d, y=%d" % (x, y)
    alts = ["(%d, %d)" % (x, y), "{x = %d, y = %d}" % (x, y), "y = %d, x = %d" % (y, x)]
    D = a * d - b * c
    steps = ["D = %d·%d - %d·%d = %d" % (a, d, b, c, D),
             "x = %d/%d = %d, y = %d/%d = %d" % (x * D, D, x, y * D, D, y)]
    checks = ["%d·%d + %d·%d = %d" % (a, x, b, y, a * x + b * y)]
    wrongs = [("x=%d, y=%d" % (y, x), T(zh, "Order of variables.", "变量顺序。"), "swapped_tuple"),
              ("x=%d, y=%d" % (x, -y), T(zh, "Sign of y.", "y 的符号。"), "sign_error")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="math_like")


def units(rng, zh):
    v = rng.choice([36, 42, 48, 54, 60, 72, 75, 90])
    t = rng.choice([5, 10, 12, 15, 20, 25, 40, 45])
    dist = Fraction(v * t, 60)
    q = T(zh, "A cyclist rides at %d km/h for %d minutes. How far does she travel?" % (v, t),
          "一辆车以%d千米/时的速度行驶了%d分钟，行驶了多远？" % (v, t))
    ref = "%s km" % dec(dist)
    alts = ["%s m" % dec(dist * 1000), T(zh, "%s kilometers" % dec(dist), "%s千米" % dec(dist)), "%s 公里" % dec(dist)]
    steps = ["%d min = %s h" % (t, dec(Fraction(t, 60)) if terminating(Fraction(t, 60)) else frac(Fraction(t, 60))),
             "%d × %s = %s km" % (v, frac(Fraction(t, 60)), dec(dist))]
    checks = ["%s km / %d km/h × 60 = %d min" % (dec(dist), v, t)]
    wrongs = [("%d km" % (v * t), T(zh, "Multiply directly.", "直接相乘。"), "unit_not_converted"),
              ("%s m" % dec(dist * 100), T(zh, "1 km = 100 m.", "1千米=100米。"), "wrong_unit_factor")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gsm8k_like")


def deriv(rng, zh):
    a, b, c = rng.choice([-3, -2, 1, 2, 4, 5]), rng.randint(-6, 6), rng.randint(-9, 9)
    k = rng.randint(2, 4)
    f = poly([a] + [0] * (k - 2) + [b, c, 0]) if k > 2 else poly([a, b, c])
    co = [a * (k + 1)] + [0] * (k - 2) + [2 * b, c] if k > 2 else [2 * a, b]
    co = [a * (k + 1)] + [0] * (k - 2) + [2 * b, c]
    f = poly([a] + [0] * (k - 2) + [b, c, 0])
    fp = poly(co)
    terms = fp.replace(" - ", " + -").split(" + ")
    alt = " + ".join(reversed(terms)).replace("+ -", "- ")
    q = T(zh, "Find f'(x) for f(x) = %s." % f, "已知 f(x) = %s，求 f'(x)。" % f)
    ref = "f'(x) = %s" % fp
    alts = [fp, "f'(x) = %s" % alt]
    steps = [T(zh, "Differentiate term by term with the power rule.", "逐项用幂函数求导法则。"),
             "(%s)' = %s" % (poly([a] + [0] * k), poly([a * (k + 1)] + [0] * (k - 1)))]
    checks = ["f'(1) = %d" % sum(co)]
    wrongs = [(poly([a * k] + [0] * (k - 2) + [b, c])[0:], T(zh, "Power rule exponent slip.", "幂指数算错。"),
               "power_rule_slip"), (poly([a] + [0] * (k - 2) + [b, c]), T(zh, "Lower each exponent.", "只降次。"),
                                    "forgot_coefficient")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="college_math_like")


def matmul(rng, zh):
    while True:
        A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        AB = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        if AB != BA:
            break
    m = lambda M: "[[%d, %d], [%d, %d]]" % (M[0][0], M[0][1], M[1][0], M[1][1])
    q = T(zh, "Let A = %s and B = %s. Compute AB." % (m(A), m(B)), "设 A = %s，B = %s，求 AB。" % (m(A), m(B)))
    ref = m(AB)
    alts = ["\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (AB[0][0], AB[0][1], AB[1][0], AB[1][1]),
            "[%d %d; %d %d]" % (AB[0][0], AB[0][1], AB[1][0], AB[1][1])]
    steps = ["(AB)_{%d%d} = %d·%d + %d·%d = %d" % (i + 1, j + 1, A[i][0], B[0][j], A[i][1], B[1][j], AB[i][j])
             for i in range(2) for j in range(2)]
    checks = ["tr(AB) = %d" % (AB[0][0] + AB[1][1])]
    T_ = [[AB[j][i] for j in range(2)] for i in range(2)]
    wrongs = [(m(BA), T(zh, "Multiply in the order B then A.", "按 BA 的顺序相乘。"), "order_of_product")]
    if T_ != AB:
        wrongs.append((m(T_), T(zh, "Rows and columns swapped.", "行列写反。"), "transposed"))
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="college_math_like")


def complex_mul(rng, zh):
    a, b, c, d = [rng.choice([v for v in range(-5, 6) if v]) for _ in range(4)]
    re, im = a * c - b * d, a * d + b * c
    def cx(r, i):
        return "%d %s %di" % (r, "+" if i >= 0 else "-", abs(i)) if r else "%di" % i
    q = T(zh, "Compute (%s)(%s)." % (cx(a, b), cx(c, d)), "计算 (%s)(%s)。" % (cx(a, b), cx(c, d)))
    ref = cx(re, im)
    alts = ["%di %s %d" % (im, "+" if re >= 0 else "-", abs(re)), "%d+(%d)i" % (re, im)]
    steps = ["= %d·%d + %d·%di + %di·%d + %d·%d·i²" % (a, c, a, d, b, c, b, d),
             "i² = -1 ⇒ real %d, imaginary %d" % (re, im)]
    checks = ["|z|² = %d = %d·%d" % (re * re + im * im, a * a + b * b, c * c + d * d)]
    wrongs = [(cx(a * c + b * d, im), T(zh, "Took i² = 1.", "把 i² 当作 1。"), "i_squared_sign")]
    if im != a * d - b * c:
        wrongs.append((cx(re, a * d - b * c), T(zh, "Cross-term sign.", "交叉项符号。"), "sign_error"))
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="math_like")


def geo_sum(rng, zh):
    a, n = rng.randint(1, 6), rng.randint(4, 8)
    r = Fraction(1, rng.choice([2, 3]))
    s = a * (1 - r ** n) / (1 - r)
    q = T(zh, "Find the sum of the first %d terms of the geometric sequence with first term %d and ratio %s." %
          (n, a, frac(r)), "等比数列首项为%d，公比为%s，求前%d项和。" % (a, frac(r), n))
    ref = frac(s)
    alts = [frac(s, True)] + ([dec(s)] if terminating(s) else [])
    steps = ["S_%d = a(1 - r^%d)/(1 - r) = %d(1 - %s)/%s" % (n, n, a, frac(r ** n), frac(1 - r)),
             "= %s" % frac(s)]
    checks = ["%s" % " + ".join(frac(a * r ** i) for i in range(n))]
    wrongs = [(frac(a / (1 - r)), T(zh, "Infinite sum formula.", "用了无穷级数求和。"), "infinite_sum"),
              (frac(a * (1 - r ** (n - 1)) / (1 - r)), T(zh, "Use n-1 terms.", "只加到 n-1 项。"), "off_by_one_terms")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="math_like")


def committee(rng, zh):
    m, w, k = rng.randint(4, 8), rng.randint(2, 6), rng.randint(3, 4)
    ans = comb(m + w, k) - comb(m, k)
    q = T(zh, "From %d men and %d women a %d-person committee is chosen with at least one woman. How many ways?"
          % (m, w, k), "从%d名男生和%d名女生中选%d人，至少有一名女生，有多少种选法？" % (m, w, k))
    ref = str(ans)
    alts = [T(zh, "%d ways" % ans, "%d种" % ans), "C(%d,%d) - C(%d,%d) = %d" % (m + w, k, m, k, ans)]
    steps = ["C(%d,%d) = %d" % (m + w, k, comb(m + w, k)), "C(%d,%d) = %d" % (m, k, comb(m, k)),
             "%d - %d = %d" % (comb(m + w, k), comb(m, k), ans)]
    checks = ["Σ C(%d,j)C(%d,%d-j), j≥1 = %d" % (w, m, k, sum(comb(w, j) * comb(m, k - j) for j in range(1, k + 1)))]
    wrongs = [(str(w * comb(m + w - 1, k - 1)), T(zh, "Pick one woman first, then the rest.", "先选一名女生再任选。"),
               "overcount")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="math_like")


FAMILIES = [shop, clock, pct_change, prob_draw, count_xor, system2, units, deriv, matmul, complex_mul, geo_sum,
            committee]
