"""Math problems (GSM8K / MATH / AIME / college / 高考 style). Every value computed here."""
from fractions import Fraction
import math
from common import frac_tex, frac_plain, simp_sqrt, money

NAMES_EN = ["Marisol", "Tobias", "Wren", "Idris", "Calla", "Bastian", "Odette", "Ferris", "Juno", "Lachlan"]
NAMES_ZH = ["林晓雯", "周浩然", "陈思远", "王一鸣", "赵可欣", "孙嘉树", "吴若溪", "郑文博"]


def g_shop(r, L):
    n1, p1, n2, p2 = r.randint(3, 9), r.randint(3, 19) + 0.25 * r.randint(0, 3), r.randint(2, 6), r.randint(4, 25) + 0.5 * r.randint(0, 1)
    d = r.choice([20, 40])
    sub = n1 * p1 + n2 * p2
    tot = round(sub * (100 - d) / 100, 2)
    nm = r.choice(NAMES_EN if L == "en" else NAMES_ZH)
    if L == "en":
        q = "%s buys %d notebooks at $%s each and %d binders at $%s each. The store gives a %d%% discount on the whole purchase. How much does %s pay, in dollars?" % (nm, n1, money(p1), n2, money(p2), d, nm)
        st = ["Notebooks: %d × %s = %s." % (n1, money(p1), money(n1 * p1)), "Binders: %d × %s = %s." % (n2, money(p2), money(n2 * p2)),
              "Subtotal = %s.  Discount %d%% means paying %d%% of it." % (money(sub), d, 100 - d), "%s × %s = %s." % (money(sub), (100 - d) / 100, money(tot))]
        alts = ["$%s" % money(tot), "%s dollars" % money(tot)]
    else:
        q = "%s买了%d本笔记本，每本%s元，又买了%d个文件夹，每个%s元。商店对全部商品优惠%d%%。%s一共要付多少元？" % (nm, n1, money(p1), n2, money(p2), d, nm)
        st = ["笔记本：%d × %s = %s 元。" % (n1, money(p1), money(n1 * p1)), "文件夹：%d × %s = %s 元。" % (n2, money(p2), money(n2 * p2)),
              "合计 %s 元，优惠%d%%，即实付原价的%d%%。" % (money(sub), d, 100 - d), "%s × %s = %s 元。" % (money(sub), (100 - d) / 100, money(tot))]
        alts = ["%s元" % money(tot), "￥%s" % money(tot)]
    ref = money(tot)
    wr = [money(sub), money(round(sub * d / 100, 2)), money(round(sub - d, 2))]
    return q, st, ref, alts, [w for w in wr if w != ref]


def g_time(r, L):
    km, sp = r.choice([(45, 30), (50, 20), (75, 30), (90, 40), (35, 14), (65, 26), (110, 40)])
    h0, m0 = r.randint(6, 14), r.choice([0, 10, 15, 20, 30, 40, 45])
    mins = km * 60 // sp
    t = h0 * 60 + m0 + mins
    hh, mm = divmod(t, 60)
    ref = "%d:%02d" % (hh, mm)
    ampm = "%d:%02d %s" % (hh - 12 if hh > 12 else hh, mm, "PM" if hh >= 12 else "AM")
    if L == "en":
        q = "A cyclist leaves at %d:%02d (24-hour clock) and rides %d km at a steady %d km/h. At what time does she arrive? Give the time on a 24-hour clock." % (h0, m0, km, sp)
        st = ["Time = distance / speed = %d / %d h = %d minutes." % (km, sp, mins), "%d minutes = %d h %d min." % (mins, mins // 60, mins % 60),
              "%d:%02d + %d h %d min = %s." % (h0, m0, mins // 60, mins % 60, ref)]
        alts = [ampm, "%02d:%02d" % (hh, mm)]
    else:
        q = "一名骑车人%d:%02d出发，以每小时%d千米的速度匀速骑行%d千米。他几点到达？（用24小时制表示）" % (h0, m0, sp, km)
        st = ["用时 = 路程 ÷ 速度 = %d ÷ %d 小时 = %d 分钟。" % (km, sp, mins), "%d 分钟 = %d 小时 %d 分。" % (mins, mins // 60, mins % 60),
              "%d:%02d 加上 %d 小时 %d 分，得 %s。" % (h0, m0, mins // 60, mins % 60, ref)]
        alts = ["%d点%02d分" % (hh, mm), "下午%d:%02d" % (hh - 12, mm) if hh > 12 else "%02d:%02d" % (hh, mm)]
    w = ["%d:%02d" % divmod(t + 60, 60), "%d:%02d" % divmod(h0 * 60 + m0 + km // sp * 60, 60), "%d:%02d" % divmod(t - 30, 60)]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_prob(r, L):
    red, blue = r.randint(3, 8), r.randint(2, 7)
    n = red + blue
    p = Fraction(red * (red - 1), n * (n - 1))
    if L == "en":
        q = "A bag has %d red and %d blue marbles. Two marbles are drawn without replacement. What is the probability that both are red?" % (red, blue)
        st = ["P(first red) = %d/%d." % (red, n), "P(second red | first red) = %d/%d." % (red - 1, n - 1),
              "Product = %d/%d = %s." % (red * (red - 1), n * (n - 1), frac_plain(p))]
    else:
        q = "袋中有%d个红球和%d个蓝球，不放回地依次摸出两个球，求两个都是红球的概率。" % (red, blue)
        st = ["第一个是红球的概率为 %d/%d。" % (red, n), "在第一个为红球的条件下，第二个为红球的概率为 %d/%d。" % (red - 1, n - 1),
              "相乘得 %d/%d = %s。" % (red * (red - 1), n * (n - 1), frac_plain(p))]
    ref = frac_tex(p)
    alts = [frac_plain(p), "%d/%d" % (red * (red - 1), n * (n - 1))]
    dec = p * 1000
    if dec.denominator == 1:
        alts.append(str(float(p)))
    w = [frac_tex(Fraction(red * red, n * n)), frac_tex(Fraction(red, n)), frac_tex(Fraction(red * (red - 1), n * n))]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_dist(r, L):
    while True:
        x1, y1, x2, y2 = [r.randint(-6, 8) for _ in range(4)]
        d2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
        a, b = simp_sqrt(d2)
        if a > 1 and b > 1:
            break
    ref = "%d\\sqrt{%d}" % (a, b)
    if L == "en":
        q = "Find the distance between the points $(%d, %d)$ and $(%d, %d)$. Express your answer in simplest radical form." % (x1, y1, x2, y2)
        st = ["d² = (%d − %d)² + (%d − %d)² = %d + %d = %d." % (x2, x1, y2, y1, (x2 - x1) ** 2, (y2 - y1) ** 2, d2), "√%d = %d√%d." % (d2, a, b)]
    else:
        q = "求点 $(%d, %d)$ 与点 $(%d, %d)$ 之间的距离（结果化为最简根式）。" % (x1, y1, x2, y2)
        st = ["d² = (%d − %d)² + (%d − %d)² = %d + %d = %d。" % (x2, x1, y2, y1, (x2 - x1) ** 2, (y2 - y1) ** 2, d2), "√%d = %d√%d。" % (d2, a, b)]
    alts = ["%d√%d" % (a, b), "\\sqrt{%d}" % d2, "%d\\cdot\\sqrt{%d}" % (a, b)]
    w = ["%d\\sqrt{%d}" % (b, a) if a != b else "%d\\sqrt{%d}" % (a + 1, b), "%d\\sqrt{%d}" % (a * a, b), str(abs(x2 - x1) + abs(y2 - y1))]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_quad(r, L):
    while True:
        p, s = r.randint(-7, 7), r.randint(-7, 7)
        if p != s and p != 0 and s != 0 and p != -s:
            break
    b, c = -(p + s), p * s
    lo, hi = min(p, s), max(p, s)
    poly = "x^2 %s %dx %s %d" % ("+" if b >= 0 else "-", abs(b), "+" if c >= 0 else "-", abs(c))
    ref = "x = %d or x = %d" % (lo, hi) if L == "en" else "x = %d 或 x = %d" % (lo, hi)
    if L == "en":
        q = "Solve for $x$: $%s = 0$." % poly
        st = ["Look for two numbers with product %d and sum %d: they are %d and %d." % (c, -b, p, s), "So (x − (%d))(x − (%d)) = 0, giving x = %d and x = %d." % (p, s, lo, hi)]
    else:
        q = "解方程：$%s = 0$。" % poly
        st = ["找两个数，积为 %d，和为 %d：分别是 %d 和 %d。" % (c, -b, p, s), "因式分解得 (x − (%d))(x − (%d)) = 0，所以 x = %d 或 x = %d。" % (p, s, lo, hi)]
    alts = ["\\{%d, %d\\}" % (lo, hi), "x_1 = %d, x_2 = %d" % (hi, lo), "%d, %d" % (hi, lo)]
    w = ["x = %d or x = %d" % (-hi, -lo), "x = %d or x = %d" % (lo - 1, hi + 1), "\\{%d, %d\\}" % (-lo, -hi)]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_ineq(r, L):
    a, b = r.randint(2, 7), r.randint(-9, 9)
    k = r.randint(-5, 6)
    c = a * k + b
    strict = r.random() < 0.5
    op = ">" if strict else "\\ge"
    ref = ("(%d, +\\infty)" if strict else "[%d, +\\infty)") % k
    if L == "en":
        q = "Solve the inequality $%dx %s %d %s %d$ and write the solution set in interval notation." % (a, "+" if b >= 0 else "-", abs(b), op, c)
        st = ["Subtract %d from both sides: %dx %s %d." % (b, a, op, c - b), "Divide by %d (positive, so the sign stays): x %s %d." % (a, op, k)]
    else:
        q = "解不等式 $%dx %s %d %s %d$，并用区间表示解集。" % (a, "+" if b >= 0 else "-", abs(b), op, c)
        st = ["两边同时减去 %d：%dx %s %d。" % (b, a, op, c - b), "两边除以正数 %d，不等号方向不变：x %s %d。" % (a, op, k)]
    alts = ["x > %d" % k if strict else "x \\geq %d" % k, ("(%d, ∞)" if strict else "[%d, ∞)") % k, ("\\{x \\mid x > %d\\}" if strict else "\\{x \\mid x \\ge %d\\}") % k]
    w = [("[%d, +\\infty)" if strict else "(%d, +\\infty)") % k, "(-\\infty, %d)" % k, "(%d, +\\infty)" % (k + 1)]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_system(r, L):
    x, y = r.randint(-6, 9), r.randint(-6, 9)
    while x == y:
        y += 1
    a1, b1, a2, b2 = r.randint(1, 5), r.randint(1, 5), r.randint(1, 5), -r.randint(1, 5)
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    det = a1 * b2 - a2 * b1
    ref = "(%d, %d)" % (x, y)
    if L == "en":
        q = "Solve the system $%dx + %dy = %d$ and $%dx - %dy = %d$. Give the ordered pair $(x, y)$." % (a1, b1, c1, a2, -b2, c2)
        st = ["Determinant = %d·(%d) − %d·%d = %d." % (a1, b2, a2, b1, det), "By Cramer's rule x = (%d·(%d) − %d·%d)/%d = %d." % (c1, b2, c2, b1, det, x),
              "Then y = (%d·%d − %d·%d)/%d = %d, so (x, y) = (%d, %d)." % (a1, c2, a2, c1, det, y, x, y)]
    else:
        q = "解方程组：$%dx + %dy = %d$，$%dx - %dy = %d$。写出有序数对 $(x, y)$。" % (a1, b1, c1, a2, -b2, c2)
        st = ["系数行列式 = %d·(%d) − %d·%d = %d。" % (a1, b2, a2, b1, det), "由克拉默法则 x = (%d·(%d) − %d·%d)/%d = %d。" % (c1, b2, c2, b1, det, x),
              "再得 y = (%d·%d − %d·%d)/%d = %d，即 (x, y) = (%d, %d)。" % (a1, c2, a2, c1, det, y, x, y)]
    alts = ["x = %d, y = %d" % (x, y), "\\begin{cases} x = %d \\\\ y = %d \\end{cases}" % (x, y)]
    w = ["(%d, %d)" % (y, x), "(%d, %d)" % (x, -y), "(%d, %d)" % (-x, y)]
    return q, st, ref, alts, [z for z in w if z != ref]


def g_matrix(r, L):
    A = [[r.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[r.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    pm = lambda M: "\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    ref = pm(C)
    if L == "en":
        q = "Compute $AB$ where $A = %s$ and $B = %s$." % (pm(A), pm(B))
        st = ["Entry (1,1): %d·%d + %d·%d = %d; entry (1,2): %d·%d + %d·%d = %d." % (A[0][0], B[0][0], A[0][1], B[1][0], C[0][0], A[0][0], B[0][1], A[0][1], B[1][1], C[0][1]),
              "Entry (2,1): %d; entry (2,2): %d. So AB = %s." % (C[1][0], C[1][1], ref)]
    else:
        q = "已知 $A = %s$，$B = %s$，求 $AB$。" % (pm(A), pm(B))
        st = ["(1,1) 元：%d·%d + %d·%d = %d；(1,2) 元：%d·%d + %d·%d = %d。" % (A[0][0], B[0][0], A[0][1], B[1][0], C[0][0], A[0][0], B[0][1], A[0][1], B[1][1], C[0][1]),
              "(2,1) 元为 %d，(2,2) 元为 %d，所以 AB = %s。" % (C[1][0], C[1][1], ref)]
    alts = ["[[%d, %d], [%d, %d]]" % (C[0][0], C[0][1], C[1][0], C[1][1]), "\\begin{bmatrix} %d & %d \\\\ %d & %d \\end{bmatrix}" % (C[0][0], C[0][1], C[1][0], C[1][1])]
    BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    T = [[C[0][0], C[1][0]], [C[0][1], C[1][1]]]
    D = [[C[0][0], C[0][1]], [C[1][0], C[1][1] + 1]]
    w = [pm(M) for M in (BA, T, D) if M != C]
    return q, st, ref, alts, w


def g_arith(r, L):
    a, d, n = r.randint(2, 15), r.randint(2, 9), r.randint(12, 40)
    s = n * (2 * a + (n - 1) * d) // 2
    last = a + (n - 1) * d
    if L == "en":
        q = "What is the sum of the first %d terms of the arithmetic sequence %d, %d, %d, ...?" % (n, a, a + d, a + 2 * d)
        st = ["Common difference d = %d; the %dth term is %d + %d·%d = %d." % (d, n, a, n - 1, d, last), "Sum = %d·(%d + %d)/2 = %d." % (n, a, last, s)]
    else:
        q = "等差数列 %d, %d, %d, … 的前 %d 项和是多少？" % (a, a + d, a + 2 * d, n)
        st = ["公差 d = %d，第 %d 项为 %d + %d×%d = %d。" % (d, n, a, n - 1, d, last), "前 n 项和 S = %d×(%d + %d)/2 = %d。" % (n, a, last, s)]
    alts = ["{:,}".format(s)] if s >= 1000 else ["S_{%d} = %d" % (n, s)]
    s2 = (n - 1) * (2 * a + (n - 2) * d) // 2
    w = [str(s2), str(n * (2 * a + n * d) // 2), str(s + d)]
    return q, st, str(s), alts, [x for x in w if x != str(s)]


def g_aime(r, L):
    b, e, m = r.choice([3, 7, 11, 13]), r.randint(20, 90), 1000
    val = pow(b, e, m)
    if L == "en":
        q = "Find the remainder when $%d^{%d}$ is divided by $1000$. (AIME-style: the answer is an integer from 000 to 999.)" % (b, e)
        st = ["Work modulo 8 and modulo 125 separately, or just use repeated squaring mod 1000.", "Repeated squaring: exponent %d in binary is %s." % (e, bin(e)[2:]),
              "Carrying out the multiplications mod 1000 gives %d." % val]
    else:
        q = "求 $%d^{%d}$ 除以 $1000$ 的余数。（答案为 000 到 999 之间的整数）" % (b, e)
        st = ["可以分别对 8 和 125 取模，也可以直接对 1000 用快速幂。", "指数 %d 的二进制为 %s。" % (e, bin(e)[2:]), "逐步平方并相乘（模 1000），得到 %d。" % val]
    alts = ["%03d" % val] if val < 100 else []
    w = [str(pow(b, e - 1, m)), str(pow(b, e + 1, m)), str(pow(b, e, 100))]
    return q, st, str(val), alts, [x for x in w if x != str(val) and x != "%03d" % val]


def g_comb(r, L):
    n, k = r.randint(7, 14), r.randint(2, 5)
    v = math.comb(n, k)
    if L == "en":
        q = "A club of %d members must choose a committee of %d people. In how many ways can this be done?" % (n, k)
        st = ["Order doesn't matter, so this is C(%d, %d)." % (n, k), "C(%d,%d) = %d! / (%d!·%d!) = %d." % (n, k, n, k, n - k, v)]
    else:
        q = "某社团有 %d 名成员，要从中选出 %d 人组成委员会，共有多少种选法？" % (n, k)
        st = ["选出的人不计顺序，所以是组合数 C(%d, %d)。" % (n, k), "C(%d,%d) = %d!/(%d!·%d!) = %d。" % (n, k, n, k, n - k, v)]
    alts = ["\\binom{%d}{%d} = %d" % (n, k, v), "%d种" % v if L == "zh" else "%d ways" % v]
    w = [str(math.perm(n, k)), str(math.comb(n, k - 1)), str(math.comb(n - 1, k))]
    return q, st, str(v), alts, [x for x in w if x != str(v)]


def g_circle(r, L):
    rad = r.randint(3, 15)
    if L == "en":
        q = "A circle has circumference $%d\\pi$ cm. What is its area, in square centimeters? Express your answer in terms of $\\pi$." % (2 * rad)
        st = ["C = 2πr = %dπ, so r = %d." % (2 * rad, rad), "Area = πr² = %dπ." % (rad * rad)]
        alts = ["%dπ" % (rad * rad), "%d\\pi \\text{ cm}^2" % (rad * rad)]
    else:
        q = "一个圆的周长为 $%d\\pi$ 厘米，求它的面积（平方厘米，用 $\\pi$ 表示）。" % (2 * rad)
        st = ["由 C = 2πr = %dπ 得 r = %d。" % (2 * rad, rad), "面积 S = πr² = %dπ。" % (rad * rad)]
        alts = ["%dπ 平方厘米" % (rad * rad), "%d\\pi\\ \\mathrm{cm}^2" % (rad * rad)]
    w = ["%d\\pi" % (4 * rad * rad), "%d\\pi" % (2 * rad), "%d\\pi" % (rad * rad * 2)]
    return q, st, "%d\\pi" % (rad * rad), alts, w


def g_speed(r, L):
    kmh = r.choice([18, 36, 54, 72, 90, 108, 45, 63])
    ms = Fraction(kmh * 1000, 3600)
    ref = frac_plain(ms) + " m/s"
    if L == "en":
        q = "A train travels at %d km/h. What is its speed in meters per second?" % kmh
        st = ["1 km/h = 1000 m / 3600 s = 5/18 m/s.", "%d × 5/18 = %s m/s." % (kmh, frac_plain(ms))]
    else:
        q = "一列火车的速度是每小时 %d 千米，合每秒多少米？" % kmh
        st = ["1 千米/时 = 1000 米 ÷ 3600 秒 = 5/18 米/秒。", "%d × 5/18 = %s 米/秒。" % (kmh, frac_plain(ms))]
    alts = ["%g 米/秒" % float(ms) if L == "zh" else "%g meters per second" % float(ms), frac_tex(ms) + "\\ \\mathrm{m/s}"]
    w = ["%g m/s" % (kmh * 3.6), "%g m/s" % (kmh / 60), frac_plain(ms + 1) + " m/s"]
    return q, st, ref, alts, w


def g_log(r, L):
    b, k, c = r.choice([2, 3, 5]), r.randint(2, 5), r.randint(1, 9)
    x = b ** k - c
    if L == "en":
        q = "Solve for $x$: $\\log_{%d}(x + %d) = %d$." % (b, c, k)
        st = ["Rewrite in exponential form: x + %d = %d^%d = %d." % (c, b, k, b ** k), "So x = %d − %d = %d." % (b ** k, c, x)]
    else:
        q = "解方程 $\\log_{%d}(x + %d) = %d$。" % (b, c, k)
        st = ["化为指数式：x + %d = %d^%d = %d。" % (c, b, k, b ** k), "所以 x = %d − %d = %d。" % (b ** k, c, x)]
    alts = ["x = %d" % x, "\\{%d\\}" % x]
    w = [str(b ** k + c), str(k * b - c), str(x + b)]
    return q, st, str(x), alts, [z for z in w if z != str(x)]


def g_deriv(r, L):
    a, b, c, x0 = r.randint(1, 5), r.randint(-6, 6), r.randint(1, 9), r.randint(-3, 4)
    v = 3 * a * x0 * x0 + 2 * b * x0 + c
    f = "%dx^3 %s %dx^2 + %dx" % (a, "+" if b >= 0 else "-", abs(b), c)
    if L == "en":
        q = "Let $f(x) = %s$. Find $f'(%d)$." % (f, x0)
        st = ["f'(x) = %dx^2 %s %dx + %d." % (3 * a, "+" if b >= 0 else "-", abs(2 * b), c), "f'(%d) = %d·%d + %d·%d + %d = %d." % (x0, 3 * a, x0 * x0, 2 * b, x0, c, v)]
    else:
        q = "设 $f(x) = %s$，求 $f'(%d)$。" % (f, x0)
        st = ["求导得 f'(x) = %dx^2 %s %dx + %d。" % (3 * a, "+" if b >= 0 else "-", abs(2 * b), c), "代入 x = %d：%d·%d + %d·%d + %d = %d。" % (x0, 3 * a, x0 * x0, 2 * b, x0, c, v)]
    alts = ["f'(%d) = %d" % (x0, v), "%d.0" % v]
    fv = a * x0 ** 3 + b * x0 ** 2 + c * x0
    w = [str(fv), str(a * x0 * x0 + b * x0 + c), str(v - c)]
    return q, st, str(v), alts, [z for z in w if z != str(v)]


def g_integral(r, L):
    a, b, u = r.randint(1, 6), r.randint(1, 7), r.randint(1, 4)
    val = Fraction(a * u ** 3, 3) + Fraction(b * u * u, 2)
    if L == "en":
        q = "Evaluate $\\int_0^{%d} (%dx^2 + %dx)\\,dx$." % (u, a, b)
        st = ["Antiderivative: %s x^3 + %s x^2." % (frac_plain(Fraction(a, 3)), frac_plain(Fraction(b, 2))), "At x = %d: %s + %s = %s; at 0 it is 0." % (u, frac_plain(Fraction(a * u ** 3, 3)), frac_plain(Fraction(b * u * u, 2)), frac_plain(val))]
    else:
        q = "计算定积分 $\\int_0^{%d} (%dx^2 + %dx)\\,dx$。" % (u, a, b)
        st = ["原函数为 %s x^3 + %s x^2。" % (frac_plain(Fraction(a, 3)), frac_plain(Fraction(b, 2))), "代入上限 %d 得 %s + %s = %s，下限 0 处为 0。" % (u, frac_plain(Fraction(a * u ** 3, 3)), frac_plain(Fraction(b * u * u, 2)), frac_plain(val))]
    ref = frac_tex(val)
    alts = [frac_plain(val)]
    if val.denominator in (1, 2, 4, 5):
        alts.append("%g" % float(val))
    elif val.denominator == 6 and val > 1:
        whole = val.numerator // val.denominator
        alts.append("%d\\frac{%d}{%d}" % (whole, (val - whole).numerator, (val - whole).denominator))
    w = [frac_tex(a * u ** 3 + b * u * u), frac_tex(Fraction(a * u ** 2, 2) + b * u), frac_tex(val + 1)]
    return q, st, ref, alts, [z for z in w if z != ref]
