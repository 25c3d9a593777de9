"""Math problem generators; every value computed here."""
from fractions import Fraction as F
import math
from common import frac_tex, dec_str, money

NAMES_EN = ["Priya", "Tomasz", "Odile", "Kwame", "Rosalind", "Devin", "Mirela", "Hugo", "Saanvi", "Bram"]
NAMES_ZH = ["小林", "王芳", "陈晨", "李雷", "赵敏", "周宇", "刘洋", "孙悦"]


def g_money(r, lang):
    L = lang == "en"
    n1, p1 = r.randint(3, 9), F(r.randint(105, 495), 100)
    n2, p2 = r.randint(2, 6), F(r.randint(210, 890), 100)
    paid = 50 if n1 * p1 + n2 * p2 < 50 else 100
    tot = n1 * p1 + n2 * p2
    ch = paid - tot
    nm = r.choice(NAMES_EN if L else NAMES_ZH)
    if L:
        q = "%s buys %d notebooks at %s each and %d pens at %s each, paying with a $%d bill. How much change does %s get?" % (nm, n1, money(p1), n2, money(p2), paid, nm)
        st = ["Notebooks: %d x %s = %s." % (n1, money(p1), money(n1 * p1)), "Pens: %d x %s = %s." % (n2, money(p2), money(n2 * p2)),
              "Total spent = %s." % money(tot), "Change = $%d - %s = %s." % (paid, money(tot), money(ch))]
        slip = "Change = $%d - %s = %s." % (paid, money(n1 * p1 + p2), money(paid - n1 * p1 - p2))
        forms = [money(ch).lstrip("$") + " dollars", money(ch).lstrip("$")]
    else:
        q = "%s买了%d本笔记本，每本%s元，又买了%d支笔，每支%s元，付了%d元。应找回多少元？" % (nm, n1, dec_str(p1), n2, dec_str(p2), paid)
        st = ["笔记本：%d×%s=%s元。" % (n1, dec_str(p1), dec_str(n1 * p1)), "笔：%d×%s=%s元。" % (n2, dec_str(p2), dec_str(n2 * p2)),
              "共花费 %s 元。" % dec_str(tot), "找回 %d-%s=%s 元。" % (paid, dec_str(tot), dec_str(ch))]
        slip = "找回 %d-%s=%s 元。" % (paid, dec_str(n1 * p1 + p2), dec_str(paid - n1 * p1 - p2))
    w = paid - n1 * p1 - p2
    if L:
        return dict(q=q, ans=money(ch), forms=forms, wrong=[money(w), money(ch + 1)], steps=st, slip=slip)
    a = dec_str(ch) + "元"
    return dict(q=q, ans=a, forms=[dec_str(ch), "%s 元" % format(float(ch), ".2f")], wrong=[dec_str(w) + "元", dec_str(ch + F(1, 2)) + "元"], steps=st, slip=slip)


def g_frac(r, lang):
    L = lang == "en"
    a, b, c, d = r.randint(1, 9), r.choice([2, 4, 5, 8]), r.randint(1, 9), r.choice([3, 4, 6, 10])
    s = F(a, b) + F(c, d)
    if s.denominator == 1:
        d += 1 if d != 9 else 2
        s = F(a, b) + F(c, d)
    q = ("Compute $\\frac{%d}{%d} + \\frac{%d}{%d}$ and give the result in lowest terms." % (a, b, c, d) if L
         else "计算 $\\frac{%d}{%d} + \\frac{%d}{%d}$，结果化为最简形式。" % (a, b, c, d))
    l = b * d // math.gcd(b, d)
    wr = F(a + c, b + d)
    st = ["LCD of %d and %d is %d." % (b, d, l) if L else "%d 与 %d 的最小公倍数是 %d。" % (b, d, l),
          "%d/%d = %d/%d and %d/%d = %d/%d." % (a, b, a * l // b, l, c, d, c * l // d, l),
          ("Sum = %d/%d = %s." if L else "和为 %d/%d = %s。") % (a * l // b + c * l // d, l, frac_tex(s, "slash"))]
    slip = ("Adding tops and bottoms: (%d+%d)/(%d+%d) = %s." if L else "分子分母分别相加：(%d+%d)/(%d+%d) = %s。") % (a, c, b, d, frac_tex(wr, "slash"))
    forms = [frac_tex(s, "slash"), frac_tex(s, "dfrac")]
    if dec_str(s):
        forms.append(dec_str(s))
    if s > 1:
        w, rem = divmod(s.numerator, s.denominator)
        if rem:
            forms.append("%d\\frac{%d}{%d}" % (w, rem, s.denominator))
    return dict(q=q, ans=frac_tex(s), forms=forms, wrong=[frac_tex(wr), frac_tex(s + F(1, l))], steps=st, slip=slip)


def g_quad(r, lang):
    L = lang == "en"
    a, b = r.sample([x for x in range(-9, 10) if x != 0], 2)
    a, b = min(a, b), max(a, b)
    B, C = -(a + b), a * b
    poly = "x^2 %s %dx %s %d" % ("+" if B >= 0 else "-", abs(B), "+" if C >= 0 else "-", abs(C))
    q = ("Solve for all real $x$: $%s = 0$." % poly if L else "解方程 $%s = 0$，求所有实数解。" % poly)
    st = [("Factor: (x %s %d)(x %s %d) = 0." % ("-" if a > 0 else "+", abs(a), "-" if b > 0 else "+", abs(b))),
          ("Check: %d + %d = %d = -(%d) and %d*%d = %d." % (a, b, a + b, B, a, b, C)),
          ("So x = %d or x = %d." if L else "所以 x = %d 或 x = %d。") % (a, b)]
    slip = ("Discarding the smaller root, x = %d." if L else "舍去较小的根，x = %d。") % b
    ans = "x = %d \\text{ or } x = %d" % (a, b)
    forms = ["%d, %d" % (b, a), "\\{%d, %d\\}" % (a, b), "x_1 = %d, x_2 = %d" % (a, b)]
    return dict(q=q, ans=ans, forms=forms, wrong=["x = %d" % b, "x = %d, x = %d" % (-a, -b)], steps=st, slip=slip)


def g_radical(r, lang):
    L = lang == "en"
    k, m = r.randint(2, 9), r.choice([2, 3, 5, 6, 7])
    n = k * k * m
    q = ("Simplify $\\sqrt{%d}$." % n if L else "化简 $\\sqrt{%d}$。" % n)
    st = ["%d = %d x %d, and %d = %d^2." % (n, k * k, m, k * k, k), ("So sqrt(%d) = %d sqrt(%d)." % (n, k, m))]
    slip = "So sqrt(%d) = %d sqrt(%d)." % (n, k * k, m)
    return dict(q=q, ans="%d\\sqrt{%d}" % (k, m), forms=["%d√%d" % (k, m), "%d\\cdot\\sqrt{%d}" % (k, m), "\\sqrt{%d}\\cdot %d" % (m, k)],
                wrong=["%d\\sqrt{%d}" % (k * k, m), "%d\\sqrt{%d}" % (k + 1, m)], steps=st, slip=slip)


def g_interval(r, lang):
    L = lang == "en"
    a, k = r.randint(2, 7), r.randint(-6, 9)
    b = r.randint(-10, 10)
    c = a * k + b
    q = ("Solve the inequality $%dx %s %d > %d$. Express the answer in interval notation." % (a, "+" if b >= 0 else "-", abs(b), c) if L
         else "解不等式 $%dx %s %d > %d$，用区间表示解集。" % (a, "+" if b >= 0 else "-", abs(b), c))
    st = ["%dx > %d - (%d) = %d." % (a, c, b, c - b), ("x > %d." % k), ("Interval: (%d, \\infty)." % k)]
    slip = "x >= %d, i.e. [%d, \\infty)." % (k, k)
    return dict(q=q, ans="(%d, +\\infty)" % k, forms=["x > %d" % k, "(%d,\\infty)" % k, "\\{x \\mid x > %d\\}" % k],
                wrong=["[%d, +\\infty)" % k, "(-\\infty, %d)" % k], steps=st, slip=slip)


def g_percent(r, lang):
    L = lang == "en"
    p, d = r.choice([10, 20, 25, 40, 50]), r.choice([10, 20, 25, 30])
    base = r.choice([80, 120, 200, 240, 400])
    v = F(base) * (100 + p) / 100 * (100 - d) / 100
    ch = (v - base) / base * 100
    q = ("A jacket costs $%d. Its price is raised by %d%%, then the new price is cut by %d%%. By what percent does the final price differ from the original? (Use a negative value for a decrease.)" % (base, p, d) if L
         else "一件商品原价%d元，先提价%d%%，再在新价格基础上降价%d%%。最终价格比原价变化了百分之几？（下降用负数表示）" % (base, p, d))
    st = ["After raise: %s." % dec_str(F(base) * (100 + p) / 100), "After cut: %s." % dec_str(v),
          "Change = (%s - %d)/%d = %s%%." % (dec_str(v), base, base, dec_str(ch))]
    slip = "Change = %d%% - %d%% = %d%%." % (p, d, p - d)
    forms = [dec_str(ch) + " percent", dec_str(ch / 100)]
    wrong = ["%d%%" % (p - d)] if p - d != ch else []
    wrong.append(dec_str(-ch) + "%") if ch != 0 else wrong.append("1%")
    return dict(q=q, ans=dec_str(ch) + "%", forms=forms, wrong=wrong, steps=st, slip=slip)


def g_time(r, lang):
    L = lang == "en"
    h, m = r.randint(7, 13), r.choice([5, 10, 20, 35, 40, 50])
    dh, dm = r.randint(1, 4), r.choice([25, 35, 45, 50, 55])
    t = h * 60 + m + dh * 60 + dm
    H, M = divmod(t, 60)
    ampm = lambda H: "%d:%02d %s" % ((H - 1) % 12 + 1, M, "PM" if H >= 12 else "AM")
    nm = r.choice(NAMES_EN if L else NAMES_ZH)
    q = ("%s's train leaves at %d:%02d %s and the trip takes %d hours %d minutes. At what time does it arrive?" % (nm, (h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM", dh, dm) if L
         else "%s乘坐的火车%d:%02d出发，全程%d小时%d分钟。几点到达？（用24小时制）" % (nm, h, m, dh, dm))
    st = ["%d:%02d + %d h = %d:%02d." % (h, m, dh, h + dh, m), "+ %d min: %d + %d = %d minutes past the hour -> %d:%02d." % (dm, m, dm, m + dm, H, M)]
    slip = "+ %d min gives %d:%02d." % (dm, h + dh, (m + dm) % 60)
    wH = h + dh
    if L:
        return dict(q=q, ans=ampm(H), forms=["%d:%02d" % (H, M), ampm(H).replace(" PM", " p.m.").replace(" AM", " a.m.")],
                    wrong=["%d:%02d %s" % ((wH - 1) % 12 + 1, M, "PM" if wH >= 12 else "AM")], steps=st, slip=slip)
    return dict(q=q, ans="%d:%02d" % (H, M), forms=["%d点%02d分" % (H, M), "%s" % ampm(H).replace("PM", "下午").replace("AM", "上午")],
                wrong=["%d:%02d" % (wH, M)], steps=st, slip=slip)


def g_units(r, lang):
    L = lang == "en"
    v = r.choice([18, 36, 54, 72, 90, 108, 45, 27])
    ms = F(v * 1000, 3600)
    q = ("A cyclist rides at %d km/h. What is this speed in metres per second?" % v if L else "一辆车速度为 %d 千米/小时，合多少米/秒？" % v)
    st = ["1 km/h = 1000/3600 m/s = 5/18 m/s.", "%d x 5/18 = %s m/s." % (v, frac_tex(ms, "slash"))]
    slip = "%d / 3.6 ... no, %d x 3.6 = %s m/s." % (v, v, dec_str(F(v) * F(36, 10)))
    forms = ["%s \\text{ m/s}" % (dec_str(ms) or frac_tex(ms)), "%s meters per second" % (dec_str(ms) or frac_tex(ms, "slash"))]
    return dict(q=q, ans="%s m/s" % (dec_str(ms) or frac_tex(ms)), forms=forms,
                wrong=["%s m/s" % dec_str(F(v) * F(36, 10)), "%s m/s" % (dec_str(ms + 1) or frac_tex(ms + 1))], steps=st, slip=slip)


def g_divisors(r, lang):
    L = lang == "en"
    ps = r.sample([2, 3, 5, 7, 11], 3)
    es = [r.randint(1, 4) for _ in ps]
    n = 1
    for p, e in zip(ps, es):
        n *= p ** e
    cnt = 1
    for e in es:
        cnt *= e + 1
    q = ("How many positive divisors does $%d$ have?" % n if L else "正整数 %d 有多少个正因数？" % n)
    fac = " * ".join("%d^%d" % (p, e) for p, e in zip(ps, es))
    st = ["%d = %s." % (n, fac), "Number of divisors = %s = %d." % (" x ".join("(%d+1)" % e for e in es), cnt)]
    slip = "Number of divisors = %s = %d." % (" x ".join(str(e) for e in es), math.prod(es))
    return dict(q=q, ans=str(cnt), forms=["%d divisors" % cnt if L else "%d个" % cnt, "%d.0" % cnt],
                wrong=[str(math.prod(es)) if math.prod(es) != cnt else str(cnt - 2), str(cnt + 1)], steps=st, slip=slip)


def g_matrix(r, lang):
    L = lang == "en"
    A = [[r.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    B = [[r.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    W = [[A[i][j] * B[i][j] for j in range(2)] for i in range(2)]
    if W == C:
        W = [[C[0][0] + 1, C[0][1]], C[1]]
    mt = lambda M: "\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    q = ("Let $A = %s$ and $B = %s$. Compute $AB$." % (mt(A), mt(B)) if L else "设 $A = %s$，$B = %s$，求 $AB$。" % (mt(A), mt(B)))
    st = ["Row 1: (%d*%d + %d*%d, %d*%d + %d*%d) = (%d, %d)." % (A[0][0], B[0][0], A[0][1], B[1][0], A[0][0], B[0][1], A[0][1], B[1][1], C[0][0], C[0][1]),
          "Row 2: (%d, %d)." % (C[1][0], C[1][1]), "AB = %s." % mt(C)]
    slip = "Multiplying entrywise, AB = %s." % mt(W)
    forms = ["[[%d, %d], [%d, %d]]" % (C[0][0], C[0][1], C[1][0], C[1][1]), mt(C).replace("pmatrix", "bmatrix")]
    return dict(q=q, ans=mt(C), forms=forms, wrong=[mt(W)], steps=st, slip=slip)


def g_lines(r, lang):
    L = lang == "en"
    x, y = r.randint(-5, 6), r.randint(-5, 6)
    a1, b1, a2, b2 = r.randint(1, 4), r.randint(1, 4), r.randint(1, 4), -r.randint(1, 4)
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    q = ("Solve the system $%dx + %dy = %d$, $%dx - %dy = %d$. Give $(x, y)$." % (a1, b1, c1, a2, -b2, c2) if L
         else "解方程组 $%dx + %dy = %d$，$%dx - %dy = %d$，写出 $(x, y)$。" % (a1, b1, c1, a2, -b2, c2))
    det = a1 * b2 - a2 * b1
    st = ["Determinant = %d*%d - %d*%d = %d." % (a1, b2, a2, b1, det), "x = %d, substituting gives y = %d." % (x, y), "(x, y) = (%d, %d)." % (x, y)]
    wr = ["(%d, %d)" % (y, x)] if x != y else ["(%d, %d)" % (x, -y if y else 1)]
    slip = "Back-substituting too quickly: (x, y) = %s." % wr[0]
    wr.append("(%d, %d)" % (x + 1, y))
    return dict(q=q, ans="(%d, %d)" % (x, y), forms=["x = %d, y = %d" % (x, y), "x=%d,\\ y=%d" % (x, y)], wrong=wr, steps=st, slip=slip)


def g_deriv(r, lang):
    L = lang == "en"
    a, b, c = r.randint(2, 6), r.randint(-7, 7) or 3, r.randint(1, 9)
    f = "%dx^3 %s %dx^2 + %dx" % (a, "+" if b > 0 else "-", abs(b), c)
    q = ("Find $f'(x)$ for $f(x) = %s$." % f if L else "求函数 $f(x) = %s$ 的导数 $f'(x)$。" % f)
    d = "%dx^2 %s %dx + %d" % (3 * a, "+" if b > 0 else "-", 2 * abs(b), c)
    st = ["d/dx %dx^3 = %dx^2." % (a, 3 * a), "d/dx %dx^2 = %dx." % (b, 2 * b), "f'(x) = %s." % d]
    slip = "f'(x) = %dx^2 %s %dx + %d." % (3 * a, "+" if b > 0 else "-", abs(b), c)
    forms = ["%d + %dx %s %dx^2" % (c, 2 * b, "+", 3 * a) if b > 0 else "%d - %dx + %dx^2" % (c, 2 * abs(b), 3 * a),
             "%d x^{2} %s %d x + %d" % (3 * a, "+" if b > 0 else "-", 2 * abs(b), c)]
    return dict(q=q, ans=d, forms=forms, wrong=["%dx^2 %s %dx + %d" % (3 * a, "+" if b > 0 else "-", abs(b), c), "%dx^2 %s %dx" % (3 * a, "+" if b > 0 else "-", 2 * abs(b))], steps=st, slip=slip)


def g_series(r, lang):
    L = lang == "en"
    a, d, n = r.randint(1, 12), r.randint(2, 7), r.randint(10, 40)
    s = n * (2 * a + (n - 1) * d) // 2
    last = a + (n - 1) * d
    q = ("An arithmetic sequence has first term %d and common difference %d. Find the sum of its first %d terms." % (a, d, n) if L
         else "等差数列首项为 %d，公差为 %d，求前 %d 项和。" % (a, d, n))
    st = ["a_%d = %d + %d*%d = %d." % (n, a, n - 1, d, last), "S = %d(%d + %d)/2 = %d." % (n, a, last, s)]
    slip = "S = %d(%d + %d)/2 = %d." % (n, a, a + n * d, n * (2 * a + n * d) // 2)
    return dict(q=q, ans=str(s), forms=["{:,}".format(s) if s >= 1000 else "S_{%d} = %d" % (n, s), "%d.0" % s],
                wrong=[str(n * (2 * a + n * d) // 2), str(s - d)], steps=st, slip=slip)


def g_prob(r, lang):
    L = lang == "en"
    red, blue = r.randint(2, 7), r.randint(2, 7)
    t = red + blue
    p = F(red * (red - 1), t * (t - 1))
    q = ("A bag has %d red and %d blue marbles. Two are drawn without replacement. What is the probability both are red?" % (red, blue) if L
         else "袋中有 %d 个红球和 %d 个蓝球，不放回地摸出两个，两个都是红球的概率是多少？" % (red, blue))
    st = ["P(first red) = %d/%d." % (red, t), "P(second red | first red) = %d/%d." % (red - 1, t - 1), "P = %s." % frac_tex(p, "slash")]
    w = F(red * red, t * t)
    slip = "With replacement logic: (%d/%d)^2 = %s." % (red, t, frac_tex(w, "slash"))
    forms = [frac_tex(p, "slash"), "\\dfrac{%d}{%d}" % (red * (red - 1), t * (t - 1))]
    if dec_str(p):
        forms.append(dec_str(p))
    return dict(q=q, ans=frac_tex(p), forms=forms, wrong=[frac_tex(w), frac_tex(F(red, t))], steps=st, slip=slip)


def g_sets(r, lang):
    L = lang == "en"
    lo, hi = r.randint(-3, 2), r.randint(4, 8)
    k = r.randint(lo + 1, hi - 1)
    A = list(range(lo, hi + 1))
    B = [x for x in A if x > k] + [hi + 2]
    inter = [x for x in A if x in B]
    q = ("Let $A = \\{x \\in \\mathbb{Z} \\mid %d \\le x \\le %d\\}$ and $B = \\{%s\\}$. Find $A \\cap B$." % (lo, hi, ", ".join(map(str, B))) if L
         else "已知集合 $A = \\{x \\in \\mathbb{Z} \\mid %d \\le x \\le %d\\}$，$B = \\{%s\\}$，求 $A \\cap B$。" % (lo, hi, ", ".join(map(str, B))))
    st = ["A = {%s}." % ", ".join(map(str, A)), "Common elements: {%s}." % ", ".join(map(str, inter))]
    wrong_set = inter + [hi + 2]
    slip = "Common elements: {%s}." % ", ".join(map(str, wrong_set))
    fs = lambda s: "\\{%s\\}" % ", ".join(map(str, s))
    return dict(q=q, ans=fs(inter), forms=[fs(list(reversed(inter))), "{%s}" % ",".join(map(str, inter))],
                wrong=[fs(wrong_set), fs(inter[1:])], steps=st, slip=slip)


def g_comb(r, lang):
    L = lang == "en"
    n, k = r.randint(7, 15), r.randint(2, 5)
    c = math.comb(n, k)
    q = ("In how many ways can a committee of %d be chosen from %d people?" % (k, n) if L
         else "从 %d 人中选出 %d 人组成小组，有多少种选法？" % (n, k))
    st = ["C(%d,%d) = %d!/(%d!%d!)." % (n, k, n, k, n - k), "= %d." % c]
    slip = "Order matters, so P(%d,%d) = %d." % (n, k, math.perm(n, k))
    return dict(q=q, ans=str(c), forms=["\\binom{%d}{%d} = %d" % (n, k, c), "%d ways" % c if L else "%d种" % c],
                wrong=[str(math.perm(n, k)), str(c + n)], steps=st, slip=slip)


def g_area(r, lang):
    L = lang == "en"
    pts = [(r.randint(-4, 4), r.randint(-4, 4)) for _ in range(3)]
    (x1, y1), (x2, y2), (x3, y3) = pts
    cr = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
    if cr == 0:
        x3 += 3
        cr = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
    area = F(abs(cr), 2)
    q = ("Find the area of the triangle with vertices $(%d,%d)$, $(%d,%d)$, $(%d,%d)$." % (x1, y1, x2, y2, x3, y3) if L
         else "求以 $(%d,%d)$、$(%d,%d)$、$(%d,%d)$ 为顶点的三角形面积。" % (x1, y1, x2, y2, x3, y3))
    st = ["Shoelace: %d(%d) + %d(%d) + %d(%d) = %d." % (x1, y2 - y3, x2, y3 - y1, x3, y1 - y2, cr), "Area = |%d|/2 = %s." % (cr, frac_tex(area, "slash"))]
    slip = "Area = |%d| = %d (forgot the 1/2)." % (cr, abs(cr))
    forms = [dec_str(area)] if area.denominator != 1 else ["%d square units" % area.numerator if L else "%d 平方单位" % area.numerator]
    forms.append(frac_tex(area, "slash") if area.denominator != 1 else "%d.0" % area.numerator)
    return dict(q=q, ans=frac_tex(area), forms=forms, wrong=[str(abs(cr)), frac_tex(area + 1)], steps=st, slip=slip)


def g_log(r, lang):
    L = lang == "en"
    b, e = r.choice([2, 3, 5]), r.randint(2, 5)
    c = r.randint(1, 6)
    x = b ** e - c
    q = ("Solve $\\log_{%d}(x + %d) = %d$." % (b, c, e) if L else "解方程 $\\log_{%d}(x + %d) = %d$。" % (b, c, e))
    st = ["x + %d = %d^%d = %d." % (c, b, e, b ** e), "x = %d." % x]
    slip = "x + %d = %d x %d = %d, so x = %d." % (c, b, e, b * e, b * e - c)
    return dict(q=q, ans=str(x), forms=["x = %d" % x, "x=%d" % x], wrong=[str(b * e - c), str(x + 2 * c)], steps=st, slip=slip)


def g_gcd(r, lang):
    L = lang == "en"
    g = r.randint(3, 15)
    a, b = g * r.choice([4, 7, 9, 11]), g * r.choice([6, 10, 13, 15])
    lc = a * b // math.gcd(a, b)
    q = ("Two buses leave a depot together; one returns every %d minutes and the other every %d minutes. After how many minutes do they next leave together?" % (a, b) if L
         else "两路公交车同时从总站发车，一路每 %d 分钟发一班，另一路每 %d 分钟发一班。至少再过多少分钟两车再次同时发车？" % (a, b))
    st = ["gcd(%d, %d) = %d." % (a, b, math.gcd(a, b)), "lcm = %d*%d/%d = %d." % (a, b, math.gcd(a, b), lc)]
    slip = "They meet after gcd = %d minutes." % math.gcd(a, b)
    return dict(q=q, ans="%d minutes" % lc if L else "%d分钟" % lc, forms=[str(lc), "%d min" % lc if L else "%d 分钟" % lc],
                wrong=[str(math.gcd(a, b)), str(a * b)], steps=st, slip=slip)


def g_aime(r, lang):
    L = lang == "en"
    n, m = r.randint(20, 60), r.choice([7, 11, 13])
    s = sum(k * k for k in range(1, n + 1))
    ans = s % 1000
    q = ("Let $S = 1^2 + 2^2 + \\cdots + %d^2$. Find the remainder when $S$ is divided by $1000$." % n if L
         else "设 $S = 1^2 + 2^2 + \\cdots + %d^2$，求 $S$ 除以 $1000$ 的余数。" % n)
    st = ["S = n(n+1)(2n+1)/6 with n = %d: %d*%d*%d/6 = %d." % (n, n, n + 1, 2 * n + 1, s), "%d mod 1000 = %d." % (s, ans)]
    w = (n * (n + 1) * (2 * n + 1) // 3) % 1000
    slip = "S = %d*%d*%d/3 = %d, so the remainder is %d." % (n, n + 1, 2 * n + 1, n * (n + 1) * (2 * n + 1) // 3, w)
    forms = ["%03d" % ans, "%d.0" % ans]
    return dict(q=q, ans=str(ans), forms=forms, wrong=[str(w) if w != ans else str((ans + 7) % 1000), str((ans + m) % 1000)], steps=st, slip=slip)


GENS = [g_money, g_frac, g_quad, g_radical, g_interval, g_percent, g_time, g_units, g_divisors, g_matrix,
        g_lines, g_deriv, g_series, g_prob, g_sets, g_comb, g_area, g_log, g_gcd, g_aime]
DATASET = {g_money: "gsm8k_like", g_percent: "gsm8k_like", g_time: "gsm8k_like", g_gcd: "gsm8k_like",
           g_aime: "aime_like", g_divisors: "amc_like", g_matrix: "college_math_like", g_deriv: "college_math_like",
           g_sets: "gaokao_math_like", g_interval: "gaokao_math_like", g_log: "gaokao_math_like"}
