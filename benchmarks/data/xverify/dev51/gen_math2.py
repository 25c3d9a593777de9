"""More math: expressions, sets, complex numbers, percentages, number theory, GSM word problems."""
from fractions import Fraction
import math
from common import frac_tex, frac_plain
from gen_math import (g_shop, g_time, g_prob, g_dist, g_quad, g_ineq, g_system, g_matrix, g_arith,
                      g_aime, g_comb, g_circle, g_speed, g_log, g_deriv, g_integral, NAMES_EN, NAMES_ZH)


def poly(a, b, c):
    s = "x^2" if a == 1 else "%dx^2" % a
    if b:
        s += " %s %s" % ("+" if b > 0 else "-", ("x" if abs(b) == 1 else "%dx" % abs(b)))
    if c:
        s += " %s %d" % ("+" if c > 0 else "-", abs(c))
    return s


def g_expand(r, L):
    p, s = r.choice([-7, -5, -3, -2, -1, 1, 2, 3, 4, 6]), r.randint(-8, 8)
    while s == 0 or p + s == 0:
        s = r.randint(-8, 8)
    b, c = p + s, p * s
    f = lambda v: "+ %d" % v if v > 0 else "- %d" % -v
    ref = poly(1, b, c)
    q = ("Expand and simplify $(x %s)(x %s)$." if L == "en" else "展开并化简 $(x %s)(x %s)$。") % (f(p), f(s))
    st = (["First·First = x^2; Outer + Inner = %dx + %dx = %dx." % (s, p, b), "Last·Last = %d·%d = %d, so the result is %s." % (p, s, c, ref)] if L == "en"
          else ["首项相乘得 x^2；外项加内项：%dx + %dx = %dx。" % (s, p, b), "末项相乘 %d×%d = %d，所以结果为 %s。" % (p, s, c, ref)])
    alts = [ref.replace("^2", "²"), "%d %s %s" % (c, ("+ %dx" % b if b > 0 else "- %dx" % -b).replace(" 1x", " x"), "+ x^2")]
    w = [poly(1, b, -c), poly(1, -b, c), poly(1, p * s, p + s) if p * s != p + s else poly(1, b + 1, c)]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_sets(r, L):
    a = r.randint(-4, 2)
    b = a + r.randint(3, 8)
    c, d = r.randint(a + 1, b - 1), r.randint(b + 1, b + 6)
    if L == "en":
        q = "Let $A = \\{x \\mid %d < x < %d\\}$ and $B = \\{x \\mid %d \\le x \\le %d\\}$. Find $A \\cap B$." % (a, b, c, d)
        st = ["A is the open interval (%d, %d); B is the closed interval [%d, %d]." % (a, b, c, d), "The overlap starts at %d (included, from B) and ends at %d (excluded, from A): [%d, %d)." % (c, b, c, b)]
    else:
        q = "已知集合 $A = \\{x \\mid %d < x < %d\\}$，$B = \\{x \\mid %d \\le x \\le %d\\}$，求 $A \\cap B$。" % (a, b, c, d)
        st = ["A 为开区间 (%d, %d)，B 为闭区间 [%d, %d]。" % (a, b, c, d), "公共部分从 %d（B 中包含）到 %d（A 中不包含），即 [%d, %d)。" % (c, b, c, b)]
    ref = "\\{x \\mid %d \\le x < %d\\}" % (c, b)
    alts = ["[%d, %d)" % (c, b), "\\{x | %d ≤ x < %d\\}" % (c, b)]
    w = ["[%d, %d]" % (c, b), "(%d, %d)" % (c, b), "(%d, %d]" % (a, d)]
    return q, st, ref, alts, w


def g_complex(r, L):
    a, b, c, d = [r.choice([x for x in range(-5, 6) if x]) for _ in range(4)]
    re, im = a * c - b * d, a * d + b * c
    z = lambda x, y: "%d %s %si" % (x, "+" if y >= 0 else "-", "" if abs(y) == 1 else abs(y)) if y else str(x)
    ref = z(re, im)
    q = ("Compute $(%s)(%s)$, where $i^2 = -1$." if L == "en" else "计算 $(%s)(%s)$（其中 $i^2 = -1$）。") % (z(a, b), z(c, d))
    st = (["Expand: %d·%d + %d·%di + %di·%d + %d·%d·i^2." % (a, c, a, d, b, c, b, d), "Real part %d − (%d) = %d; imaginary part %d + %d = %d. So the product is %s." % (a * c, b * d, re, a * d, b * c, im, ref)] if L == "en"
          else ["展开：%d·%d + %d·%di + %di·%d + %d·%d·i^2。" % (a, c, a, d, b, c, b, d), "实部 %d − (%d) = %d，虚部 %d + %d = %d，所以结果为 %s。" % (a * c, b * d, re, a * d, b * c, im, ref)])
    alts = ["%s%s" % (("%si" % im) if abs(im) != 1 else ("i" if im > 0 else "-i"), " + %d" % re if re > 0 else (" - %d" % -re if re < 0 else ""))] if im else []
    w = [z(a * c + b * d, im), z(re, a * d - b * c), z(a * c, b * d)]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_percent(r, L):
    old = r.choice([40, 50, 60, 75, 80, 120, 125, 150, 160, 200, 250])
    ch = r.choice([5, 10, 15, 20, 25, 30, 40])
    up = r.random() < 0.5
    new = old * (100 + ch) // 100 if up else old * (100 - ch) // 100
    if old * ch % 100:
        old, new = 200, 200 * (100 + ch) // 100 if up else 200 * (100 - ch) // 100
    pct = Fraction(abs(new - old) * 100, old)
    ref = "%s%%" % frac_plain(pct)
    if L == "en":
        q = "The price of a lamp changed from $%d to $%d. By what percent did the price %s?" % (old, new, "increase" if up else "decrease")
        st = ["Change = %d.  Relative to the original: %d / %d." % (abs(new - old), abs(new - old), old), "%d/%d × 100%% = %s%%." % (abs(new - old), old, frac_plain(pct))]
        alts = ["%s percent" % frac_plain(pct), "%s\\%%" % frac_plain(pct)]
    else:
        q = "一盏台灯的价格从%d元%s到%d元，价格%s了百分之几？" % (old, "涨" if up else "降", new, "上涨" if up else "下降")
        st = ["变化量为 %d 元，相对原价：%d ÷ %d。" % (abs(new - old), abs(new - old), old), "%d/%d × 100%% = %s%%。" % (abs(new - old), old, frac_plain(pct))]
        alts = ["百分之%s" % frac_plain(pct), "%s\\%%" % frac_plain(pct)]
    w = ["%s%%" % frac_plain(Fraction(abs(new - old) * 100, new)), "%d%%" % abs(new - old), "%s%%" % frac_plain(pct + 5)]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_gcd(r, L):
    g = r.randint(4, 18)
    a, b = g * r.randint(2, 9), g * r.randint(2, 9)
    while math.gcd(a, b) != g or a == b:
        b = g * r.randint(2, 11)
    lcm = a * b // g
    if L == "en":
        q = "Two bells ring every %d and %d minutes respectively. They ring together at noon. After how many minutes will they next ring together?" % (a, b)
        st = ["We need lcm(%d, %d)." % (a, b), "gcd(%d, %d) = %d, so lcm = %d·%d/%d = %d." % (a, b, g, a, b, g, lcm)]
        alts = ["%d minutes" % lcm, "%d min" % lcm]
    else:
        q = "两座钟分别每隔 %d 分钟和 %d 分钟响一次，中午 12 点同时响过后，至少再过多少分钟会再次同时响？" % (a, b)
        st = ["即求 %d 和 %d 的最小公倍数。" % (a, b), "最大公约数为 %d，最小公倍数 = %d×%d÷%d = %d。" % (g, a, b, g, lcm)]
        alts = ["%d分钟" % lcm]
    if lcm % 60 == 0:
        alts.append(("%d hours" if L == "en" else "%d小时") % (lcm // 60))
    w = [str(g), str(a * b), str(lcm // 2) if lcm % 2 == 0 else str(lcm + g)]
    return q, st, str(lcm), alts, [x for x in w if x != str(lcm)]


def g_recipe(r, L):
    num, den = r.choice([(3, 4), (2, 3), (5, 4), (3, 2), (5, 8), (7, 4)])
    mult = r.choice([Fraction(3, 2), Fraction(5, 2), Fraction(2, 3), Fraction(4, 3), Fraction(7, 2)])
    v = Fraction(num, den) * mult
    ref = frac_plain(v)
    if L == "en":
        q = "A recipe uses %d/%d cup of sugar. How many cups are needed for %s times the recipe?" % (num, den, frac_plain(mult))
        st = ["Multiply: %d/%d × %s." % (num, den, frac_plain(mult)), "= %d/%d = %s cups." % (num * mult.numerator, den * mult.denominator, ref)]
    else:
        q = "一份点心配方需要 %d/%d 杯糖。做 %s 份需要多少杯糖？" % (num, den, frac_plain(mult))
        st = ["相乘：%d/%d × %s。" % (num, den, frac_plain(mult)), "= %d/%d = %s 杯。" % (num * mult.numerator, den * mult.denominator, ref)]
    alts = [frac_tex(v)]
    if v > 1 and v.denominator > 1:
        wh = v.numerator // v.denominator
        alts.append("%d %s" % (wh, frac_plain(v - wh)) if L == "en" else "%d又%s" % (wh, frac_plain(v - wh)))
    if (v * 100).denominator == 1:
        alts.append("%g" % float(v))
    w = [frac_plain(Fraction(num, den) + mult), frac_plain(Fraction(num, den) / mult), frac_plain(v + Fraction(1, v.denominator))]
    return q, st, ref, alts, [x for x in w if x != ref]


def g_sci(r, L):
    m, e = r.randint(11, 99), r.randint(4, 7)
    v = m * 10 ** e // 10
    ref = "%s\\times 10^{%d}" % ("%g" % (m / 10), e)
    if L == "en":
        q = "A data center stores %s files. Write this number in scientific notation." % "{:,}".format(v)
        st = ["Move the decimal point %d places to the left." % e, "%s = %g × 10^%d." % ("{:,}".format(v), m / 10, e)]
    else:
        q = "某数据中心存储了 %d 个文件，用科学记数法表示这个数。" % v
        st = ["小数点向左移动 %d 位。" % e, "%d = %g × 10^%d。" % (v, m / 10, e)]
    alts = ["%g × 10^%d" % (m / 10, e), "%gE%d" % (m / 10, e) if L == "en" else "%g×10⁽%d⁾".replace("⁽", "^").replace("⁾", "") % (m / 10, e)]
    w = ["%g\\times 10^{%d}" % (m / 10, e + 1), "%d\\times 10^{%d}" % (m, e), "%g\\times 10^{%d}" % (m / 10, e - 1)]
    return q, st, ref, alts, w


def g_work(r, L):
    a, b = r.choice([(6, 3), (12, 4), (10, 15), (20, 30), (4, 12), (9, 18), (15, 10), (6, 12)])
    t = Fraction(a * b, a + b)
    if L == "en":
        nm = r.sample(NAMES_EN, 2)
        q = "%s can paint a fence in %d hours and %s can paint it in %d hours. Working together at these rates, how many hours will it take them?" % (nm[0], a, nm[1], b)
        st = ["Rates: 1/%d and 1/%d fence per hour." % (a, b), "Combined rate = %s; time = %s hours." % (frac_plain(Fraction(1, a) + Fraction(1, b)), frac_plain(t))]
        alts = ["%s hours" % frac_plain(t)]
    else:
        nm = r.sample(NAMES_ZH, 2)
        q = "%s单独粉刷一道围墙需要 %d 小时，%s单独需要 %d 小时。两人合作需要多少小时完成？" % (nm[0], a, nm[1], b)
        st = ["工作效率分别为 1/%d 和 1/%d。" % (a, b), "合作效率为 %s，所需时间为 %s 小时。" % (frac_plain(Fraction(1, a) + Fraction(1, b)), frac_plain(t))]
        alts = ["%s小时" % frac_plain(t)]
    if t.denominator != 1:
        alts.append(frac_tex(t))
        if (t * 10).denominator == 1:
            alts.append("%g" % float(t))
        else:
            wh = t.numerator // t.denominator
            alts.append("%d\\frac{%d}{%d}" % (wh, (t - wh).numerator, (t - wh).denominator))
    else:
        hm = "%d hours 0 minutes" if L == "en" else "%d小时"
        alts.append(hm % t.numerator)
    w = [frac_plain(Fraction(a + b, 2)), str(abs(a - b)), frac_plain(Fraction(a + b, 1))]
    return q, st, frac_plain(t), alts, [x for x in w if x != frac_plain(t)]


def g_age(r, L):
    c, k, y = r.randint(5, 14), r.choice([2, 3, 4]), r.randint(3, 12)
    p = k * c
    fut = p + y
    # in y years parent age = m * child age? use sum instead
    s = p + c + 2 * y
    if L == "en":
        nm = r.choice(NAMES_EN)
        q = "%s's mother is %d times as old as %s. Today %s is %d years old. What will the sum of their ages be in %d years?" % (nm, k, nm, nm, c, y)
        st = ["Mother now: %d × %d = %d." % (k, c, p), "In %d years: %d and %d." % (y, c + y, fut), "Sum = %d + %d = %d." % (c + y, fut, s)]
        alts = ["%d years" % s]
    else:
        nm = r.choice(NAMES_ZH)
        q = "%s的妈妈的年龄是%s的 %d 倍，%s今年 %d 岁。%d 年后两人的年龄和是多少岁？" % (nm, nm, k, nm, c, y)
        st = ["妈妈今年 %d × %d = %d 岁。" % (k, c, p), "%d 年后分别为 %d 岁和 %d 岁。" % (y, c + y, fut), "和为 %d + %d = %d 岁。" % (c + y, fut, s)]
        alts = ["%d岁" % s]
    w = [str(p + c + y), str(p + c), str(s + y)]
    return q, st, str(s), alts, w


MATH_GENS = [g_shop, g_time, g_prob, g_dist, g_quad, g_ineq, g_system, g_matrix, g_arith, g_aime, g_comb,
             g_circle, g_speed, g_log, g_deriv, g_integral, g_expand, g_sets, g_complex, g_percent, g_gcd,
             g_recipe, g_sci, g_work, g_age]
