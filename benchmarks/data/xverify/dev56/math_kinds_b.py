"""Math answer-object kinds, part B."""
import datetime
from fractions import Fraction
from math import gcd
from math_kinds_a import T, num, tex_frac, slash

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def k_vector(r, zh):
    u = [r.randint(-5, 6) for _ in range(3)]; v = [r.randint(-4, 5) for _ in range(3)]
    a, b = r.randint(2, 4), r.randint(2, 3)
    w = [a * x - b * y for x, y in zip(u, v)]
    q = T(zh, "Let u = (%d, %d, %d) and v = (%d, %d, %d). Compute %du - %dv." % (*u, *v, a, b),
          "设向量 u = (%d, %d, %d)，v = (%d, %d, %d)，求 %du - %dv。" % (*u, *v, a, b))
    steps = [T(zh, "%du = (%d, %d, %d), %dv = (%d, %d, %d)." % (a, *[a * x for x in u], b, *[b * y for y in v]),
               "%du = (%d, %d, %d)，%dv = (%d, %d, %d)。" % (a, *[a * x for x in u], b, *[b * y for y in v])),
             T(zh, "Subtract componentwise: (%d, %d, %d)." % tuple(w), "对应分量相减：(%d, %d, %d)。" % tuple(w))]
    w2 = list(w); w2[1] = a * u[1] + b * v[1]
    if w2 == w:
        w2[1] += 1
    w3 = [a * x + b * y for x, y in zip(u, v)]
    if w3 == w:
        w3[0] += 2
    return dict(q=q, ref="(%d, %d, %d)" % tuple(w), alts=["\\langle %d, %d, %d \\rangle" % tuple(w), "%di %+dj %+dk" % tuple(w)],
                wrongs=["(%d, %d, %d)" % tuple(w2), "(%d, %d, %d)" % tuple(w3)], steps=steps)


def pm(M):
    return "\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])


def mul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]


def k_matrix(r, zh):
    while True:
        A = [[r.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        B = [[r.randint(-3, 4) for _ in range(2)] for _ in range(2)]
        if mul(A, B) != mul(B, A):
            break
    P = mul(A, B)
    q = T(zh, "Compute AB where A = %s and B = %s." % (pm(A), pm(B)), "已知 A = %s，B = %s，求 AB。" % (pm(A), pm(B)))
    steps = [T(zh, "Entry (1,1): %d·%d + %d·%d = %d; entry (1,2): %d·%d + %d·%d = %d." % (A[0][0], B[0][0], A[0][1], B[1][0], P[0][0], A[0][0], B[0][1], A[0][1], B[1][1], P[0][1]),
               "(1,1) 元：%d·%d + %d·%d = %d；(1,2) 元：%d·%d + %d·%d = %d。" % (A[0][0], B[0][0], A[0][1], B[1][0], P[0][0], A[0][0], B[0][1], A[0][1], B[1][1], P[0][1])),
             T(zh, "Second row: %d and %d." % (P[1][0], P[1][1]), "第二行：%d 和 %d。" % (P[1][0], P[1][1]))]
    alt = "[[%d, %d], [%d, %d]]" % (P[0][0], P[0][1], P[1][0], P[1][1])
    alt2 = pm(P).replace("pmatrix", "bmatrix")
    return dict(q=q, ref=pm(P), alts=[alt, alt2], wrongs=[pm(mul(B, A)), pm([[P[0][0], P[1][0]], [P[0][1], P[1][1]]]) if P[0][1] != P[1][0] else pm(mul(B, A))], steps=steps)


def cx(a, b):
    if b == 0:
        return str(a)
    return "%d %s %si" % (a, "+" if b > 0 else "-", "" if abs(b) == 1 else str(abs(b)))


def k_complex(r, zh):
    a, b, c, d = r.randint(1, 6), r.randint(-5, 5) or 2, r.randint(-4, 5) or 1, r.randint(1, 6)
    re, im = a * c - b * d, a * d + b * c
    q = T(zh, "Compute $(%s)(%s)$ and write it in the form a + bi." % (cx(a, b), cx(c, d)), "计算 $(%s)(%s)$，结果写成 a + bi 的形式。" % (cx(a, b), cx(c, d)))
    steps = [T(zh, "Expand: %d·%d + %d·%di + %d·%di + %d·%d·i²." % (a, c, a, d, b, c, b, d), "展开：%d·%d + %d·%di + %d·%di + %d·%d·i²。" % (a, c, a, d, b, c, b, d)),
             T(zh, "Using i² = -1: real part %d, imaginary part %d." % (re, im), "利用 i² = -1：实部 %d，虚部 %d。" % (re, im))]
    alt = ("%si %s %d" % (str(im) if abs(im) != 1 else ("-" if im < 0 else ""), "+" if re >= 0 else "-", abs(re))) if im != 0 else str(re)
    return dict(q=q, ref=cx(re, im), alts=[alt], wrongs=[cx(a * c + b * d, im), cx(re, -im) if im != 0 else cx(re, 1)], steps=steps)


def k_percent(r, zh):
    old = r.choice([40, 50, 60, 80, 120, 150, 200, 250]); pct = r.choice([10, 15, 20, 25, 30, 35, 40, 60, 75])
    while old * pct % 100:
        pct = r.choice([10, 20, 25, 30, 40, 50, 60, 75])
    new = old * (100 + pct) // 100
    pct = Fraction(new - old, old) * 100
    q = T(zh, "A jacket's price rose from $%d to $%d. By what percent did the price increase?" % (old, new),
          "一件外套的价格从%d元涨到%d元，涨幅是百分之多少？" % (old, new))
    steps = [T(zh, "Increase = %d - %d = %d." % (new, old, new - old), "上涨了 %d - %d = %d 元。" % (new, old, new - old)),
             T(zh, "Relative to the original: %d/%d = %s, i.e. %s%%." % (new - old, old, num(pct / 100), num(pct)), "相对原价：%d/%d = %s，即 %s%%。" % (new - old, old, num(pct / 100), num(pct)))]
    w = Fraction(new - old, new) * 100
    return dict(q=q, ref="%s\\%%" % num(pct), alts=["%s percent" % num(pct), "%s%%" % num(pct), "百分之%s" % num(pct)],
                wrongs=["%s\\%%" % num(round(w, 1)) if w.denominator != 1 else "%s\\%%" % num(w), "%s\\%%" % num(pct + 5)], steps=steps)


def hm12(m):
    h, mm = divmod(m % (24 * 60), 60)
    ap = "AM" if h < 12 else "PM"
    return "%d:%02d %s" % ((h % 12) or 12, mm, ap)


def k_time(r, zh):
    start = r.randint(7 * 60, 15 * 60) // 5 * 5; dur = r.randint(70, 290) // 5 * 5
    end = start + dur
    q = T(zh, "A workshop begins at %s and runs for %d minutes without a break. At what time does it end?" % (hm12(start), dur),
          "一场讲座于 %02d:%02d 开始，持续 %d 分钟，中间不休息。讲座几点结束？" % (start // 60, start % 60, dur))
    steps = [T(zh, "%d minutes = %d h %d min." % (dur, dur // 60, dur % 60), "%d 分钟 = %d 小时 %d 分。" % (dur, dur // 60, dur % 60)),
             T(zh, "Adding to the start time gives %s." % hm12(end), "加到开始时间上得 %02d:%02d。" % (end // 60, end % 60))]
    h24 = "%02d:%02d" % (end // 60, end % 60)
    ref = h24 if zh else hm12(end)
    alts = [hm12(end), "下午%d点%02d分" % ((end // 60) % 12 or 12, end % 60)] if zh and end >= 13 * 60 else [h24]
    wrongs = [hm12(end + 60) if not zh else "%02d:%02d" % ((end + 60) // 60, end % 60), hm12(end - 10) if not zh else "%02d:%02d" % ((end - 10) // 60, (end - 10) % 60)]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps)


def dstr(d, zh):
    return "%d年%d月%d日" % (d.year, d.month, d.day) if zh else "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def k_date(r, zh):
    d0 = datetime.date(r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)); n = r.randint(20, 140)
    d1 = d0 + datetime.timedelta(days=n)
    q = T(zh, "What is the date %d days after %s?" % (n, dstr(d0, False)), "%s之后第%d天是几月几日（写出完整日期）？" % (dstr(d0, True), n))
    steps = [T(zh, "Count the remaining days in %s, then step through whole months." % MONTHS[d0.month - 1], "先数出本月剩余天数，再逐月累加。"),
             T(zh, "After all %d days we land on %s." % (n, dstr(d1, False)), "累计 %d 天后是 %s。" % (n, dstr(d1, True)))]
    return dict(q=q, ref=dstr(d1, zh), alts=[d1.isoformat(), "%d %s %d" % (d1.day, MONTHS[d1.month - 1], d1.year)],
                wrongs=[dstr(d1 + datetime.timedelta(days=1), zh), dstr(d1 - datetime.timedelta(days=1), zh)], steps=steps)


def k_angle_deg(r, zh):
    n = r.choice([5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36])
    ang = Fraction(180 * (n - 2), n); ext = Fraction(360, n)
    q = T(zh, "What is the measure of each interior angle of a regular %d-gon, in degrees?" % n, "正%d边形的每个内角是多少度？" % n)
    steps = [T(zh, "Sum of interior angles = (n-2)·180° = %d°." % (180 * (n - 2)), "内角和 = (n-2)·180° = %d°。" % (180 * (n - 2))),
             T(zh, "Each angle = %d/%d = %s°." % (180 * (n - 2), n, num(ang)), "每个内角 = %d/%d = %s°。" % (180 * (n - 2), n, num(ang)))]
    rad = ang / 180
    radt = "\\frac{%s\\pi}{%d}" % ("" if rad.numerator == 1 else rad.numerator, rad.denominator) if rad.denominator > 1 else "%d\\pi" % rad.numerator
    return dict(q=q, ref="%s^\\circ" % num(ang), alts=["%s degrees" % num(ang), "%s°" % num(ang)],
                wrongs=["%s^\\circ" % num(ext), "%s^\\circ" % num(Fraction(180 * n, n + 2))], steps=steps)


def k_angle_rad(r, zh):
    deg = r.choice([15, 20, 36, 40, 75, 105, 120, 135, 150, 210, 225, 240, 300, 315, 330])
    f = Fraction(deg, 180)
    def rt(f):
        return "\\frac{%s\\pi}{%d}" % ("" if f.numerator == 1 else f.numerator, f.denominator) if f.denominator > 1 else "%d\\pi" % f.numerator
    q = T(zh, "Convert %d° to radians. Give an exact answer." % deg, "把 %d° 化为弧度（精确值）。" % deg)
    steps = [T(zh, "Multiply by π/180: %d·π/180." % deg, "乘以 π/180：%d·π/180。" % deg),
             T(zh, "Reduce %d/180 = %s, so the angle is %sπ." % (deg, slash(f), slash(f)), "约分 %d/180 = %s，故为 %sπ。" % (deg, slash(f), slash(f)))]
    alt = ("%dπ/%d" % (f.numerator, f.denominator)) if f.numerator > 1 else "π/%d" % f.denominator
    inv = Fraction(f.denominator, f.numerator)
    return dict(q=q, ref=rt(f), alts=[alt, "%s\\pi" % tex_frac(f)], wrongs=[rt(inv) if inv != f else rt(f * 2), rt(f + Fraction(1, 6))], steps=steps)


def k_money(r, zh):
    P = r.choice([800, 1000, 1200, 1500, 2000, 2500, 5000]); rate = r.choice([3, 4, 5, 6, 8]); n = r.randint(2, 5)
    amt = Fraction(P) * Fraction(100 + rate, 100) ** n
    cents = int(amt * 100 + Fraction(1, 2))
    s = "%d.%02d" % divmod(cents, 100)
    simple = P * (100 + rate * n) // 100
    q = T(zh, "$%d is deposited at %d%% interest compounded annually. What is the balance after %d years, to the nearest cent?" % (P, rate, n),
          "本金%d元存入银行，年利率%d%%，按年复利计算，%d年后本息和是多少元（精确到分）？" % (P, rate, n))
    steps = [T(zh, "Balance = %d·(1.%02d)^%d." % (P, rate, n), "本息和 = %d×(1.%02d)^%d。" % (P, rate, n)),
             T(zh, "(1.%02d)^%d ≈ %.6f, times %d ≈ %s." % (rate, n, float(Fraction(100 + rate, 100) ** n), P, s), "(1.%02d)^%d ≈ %.6f，乘以 %d ≈ %s。" % (rate, n, float(Fraction(100 + rate, 100) ** n), P, s))]
    ref = ("%s元" % s) if zh else "\\$%s" % s
    big = "{:,}".format(cents // 100) + ".%02d" % (cents % 100)
    return dict(q=q, ref=ref, alts=["%s dollars" % big if not zh else "%s 元" % big, "$%s" % s if not zh else "¥%s" % s],
                wrongs=[("\\$%d.00" % simple) if not zh else "%d.00元" % simple, ("\\$%d.%02d" % divmod(cents + 100, 100)) if not zh else "%d.%02d元" % divmod(cents + 100, 100)], steps=steps)


def k_divisors(r, zh):
    ps = r.sample([2, 3, 5, 7], 3); es = [r.randint(1, 4) for _ in ps]
    N = 1
    for p, e in zip(ps, es):
        N *= p ** e
    cnt = 1
    for e in es:
        cnt *= e + 1
    fac = " · ".join("%d^%d" % (p, e) for p, e in zip(ps, es))
    q = T(zh, "How many positive divisors does %d have?" % N, "%d 有多少个正因数？" % N)
    steps = [T(zh, "Prime factorization: %d = %s." % (N, fac), "质因数分解：%d = %s。" % (N, fac)),
             T(zh, "Number of divisors = %s = %d." % ("·".join("(%d+1)" % e for e in es), cnt), "因数个数 = %s = %d。" % ("·".join("(%d+1)" % e for e in es), cnt))]
    prod_e = 1
    for e in es:
        prod_e *= e
    return dict(q=q, ref=str(cnt), alts=["%d divisors" % cnt, "%d个" % cnt], wrongs=[str(cnt - 2), str(sum(es) + 1) if sum(es) + 1 != cnt else str(cnt + 4)], steps=steps)


def k_series(r, zh):
    a = r.randint(2, 15); d = r.randint(2, 9); n = r.randint(12, 60)
    S = n * (2 * a + (n - 1) * d) // 2
    q = T(zh, "Find the sum of the first %d terms of the arithmetic sequence %d, %d, %d, ..." % (n, a, a + d, a + 2 * d),
          "等差数列 %d, %d, %d, … 的前 %d 项和是多少？" % (a, a + d, a + 2 * d, n))
    steps = [T(zh, "Last term = %d + (%d-1)·%d = %d." % (a, n, d, a + (n - 1) * d), "末项 = %d + (%d-1)×%d = %d。" % (a, n, d, a + (n - 1) * d)),
             T(zh, "Sum = %d·(%d + %d)/2 = %d." % (n, a, a + (n - 1) * d, S), "和 = %d×(%d + %d)/2 = %d。" % (n, a, a + (n - 1) * d, S))]
    S2 = n * (2 * a + n * d) // 2
    return dict(q=q, ref=str(S), alts=["{:,}".format(S)], wrongs=[str(S2), str(S - a)], steps=steps)


def k_log(r, zh):
    base = r.choice([4, 8, 9, 16, 25, 27, 32]); k = {4: (2, 2), 8: (2, 3), 9: (3, 2), 16: (2, 4), 25: (5, 2), 27: (3, 3), 32: (2, 5)}[base]
    p, e = k; j = r.randint(1, 6)
    if j % e == 0:
        j += 1
    arg = p ** j; val = Fraction(j, e)
    q = T(zh, "Evaluate $\\log_{%d} %d$." % (base, arg), "计算 $\\log_{%d} %d$ 的值。" % (base, arg))
    steps = [T(zh, "Write both in base %d: %d = %d^%d and %d = %d^%d." % (p, base, p, e, arg, p, j), "都化成以 %d 为底：%d = %d^%d，%d = %d^%d。" % (p, base, p, e, arg, p, j)),
             T(zh, "So the log equals %d/%d." % (j, e), "所以对数值为 %d/%d。" % (j, e))]
    return dict(q=q, ref=tex_frac(val), alts=[slash(val), "%s" % num(val) if val.denominator in (2, 4, 5) else slash(val)],
                wrongs=[tex_frac(1 / val), tex_frac(val + 1)], steps=steps)


def k_volume(r, zh):
    rad = r.randint(2, 9); h = r.randint(3, 15)
    V = rad * rad * h
    q = T(zh, "A cylinder has radius %d cm and height %d cm. Find its volume in terms of π." % (rad, h), "圆柱的底面半径为%d cm，高为%d cm，求其体积（用 π 表示）。" % (rad, h))
    steps = [T(zh, "V = πr²h = π·%d·%d." % (rad * rad, h), "V = πr²h = π×%d×%d。" % (rad * rad, h)), T(zh, "= %dπ cm³." % V, "= %dπ cm³。" % V)]
    return dict(q=q, ref="%d\\pi \\text{ cm}^3" % V, alts=["%dπ cubic centimeters" % V, "%dπ cm³" % V],
                wrongs=["%d\\pi \\text{ cm}^3" % (2 * rad * h), "%d\\pi \\text{ cm}^3" % (rad * h * h)], steps=steps)


KINDS_B = [k_vector, k_matrix, k_complex, k_percent, k_time, k_date, k_angle_deg, k_angle_rad, k_money, k_divisors, k_series, k_log, k_volume]
