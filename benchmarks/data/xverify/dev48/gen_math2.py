"""Math problem families (part 2): times, units, number theory, counting, college math."""
from fractions import Fraction as F
import math
from common import frac_str, dec_str
from gen_math import L, NAMES, NAMES_ZH


def clock(rng, lang):
    h, mi = rng.randint(6, 11), rng.choice([15, 20, 25, 35, 40, 45, 50])
    dh, dm = rng.randint(2, 6), rng.choice([x for x in [25, 35, 40, 50, 55] if mi + x >= 60 and mi + x != 60])
    tot = h * 60 + mi + dh * 60 + dm
    H, M = divmod(tot, 60)
    ref = "%d:%02d" % (H, M)
    h12 = H - 12 if H > 12 else H
    ampm = "PM" if H >= 12 else "AM"
    wm = (mi + dm) % 60
    wrongt = "%d:%02d" % (h + dh, wm)
    q = L(lang, "A train leaves at %d:%02d AM and the journey takes %d hours %d minutes. At what time (24-hour clock) does it arrive?" % (h, mi, dh, dm),
          "一列火车上午%d:%02d出发，全程用时%d小时%d分钟。它在几点几分到达？（用24小时制表示）" % (h, mi, dh, dm))
    steps = [L(lang, "Add the hours first: %d:%02d + %d h = %d:%02d." % (h, mi, dh, h + dh, mi), "先加小时：%d:%02d + %d小时 = %d:%02d。" % (h, mi, dh, h + dh, mi)),
             L(lang, "Now add %d minutes: %d + %d = %d minutes, which is %d h %d min." % (dm, mi, dm, mi + dm, (mi + dm) // 60, (mi + dm) % 60),
               "再加%d分钟：%d + %d = %d分钟，即%d小时%d分。" % (dm, mi, dm, mi + dm, (mi + dm) // 60, (mi + dm) % 60)),
             L(lang, "So the arrival time is %s." % ref, "所以到达时间是 %s。" % ref)]
    err = L(lang, "Adding the minutes: %d + %d = %d, keep %02d, so the arrival time is %s." % (mi, dm, mi + dm, wm, wrongt),
            "分钟相加：%d + %d = %d，保留 %02d，所以到达时间是 %s。" % (mi, dm, mi + dm, wm, wrongt))
    eq = [L(lang, "%d:%02d %s" % (h12, M, ampm), "下午%d:%02d" % (h12, M) if H >= 12 else "上午%d:%02d" % (h12, M)),
          L(lang, "%02d%02d hours" % (H, M), "%d时%d分" % (H, M))]
    return dict(q=q, gist=L(lang, "clock arithmetic", "时间推算"), steps=steps, err=err,
                check=L(lang, "Total minutes after midnight: %d + %d = %d = %d·60 + %d." % (h * 60 + mi, dh * 60 + dm, tot, H, M),
                        "换成从零点起的分钟数：%d + %d = %d = %d×60 + %d。" % (h * 60 + mi, dh * 60 + dm, tot, H, M)),
                ref=ref, eq=eq, eqtag="clock_12h_24h", wrong=[wrongt], errtag="minute_carry_dropped")


def speed_units(rng, lang):
    v = rng.choice([18, 36, 54, 72, 90, 108, 45, 27, 63, 81])
    ms = F(v * 1000, 3600)
    q = L(lang, "A car travels at %d km/h. Express this speed in metres per second." % v, "一辆汽车的速度是 %d km/h，换算成米每秒是多少？" % v)
    steps = [L(lang, "1 km = 1000 m and 1 h = 3600 s, so multiply by 1000/3600 = 5/18.", "1 km = 1000 m，1 h = 3600 s，所以乘以 1000/3600 = 5/18。"),
             L(lang, "%d × 5/18 = %d/18 = %s m/s." % (v, v * 5, frac_str(ms)), "%d × 5/18 = %d/18 = %s m/s。" % (v, v * 5, frac_str(ms)))]
    w = F(v * 3600, 1000)
    err = L(lang, "Multiply by 3600/1000: %d × 3.6 = %s m/s." % (v, dec_str(w)), "乘以 3600/1000：%d × 3.6 = %s m/s。" % (v, dec_str(w)))
    ref = frac_str(ms) + " m/s"
    eq = [frac_str(ms) + L(lang, " metres per second", " 米/秒"), frac_str(ms) + " m·s⁻¹"]
    if dec_str(ms):
        eq.append(dec_str(ms) + " m/s")
    return dict(q=q, gist=L(lang, "unit conversion km/h to m/s", "速度单位换算"), steps=steps, err=err,
                check=L(lang, "Going back: %s m/s × 3.6 = %s km/h." % (frac_str(ms), dec_str(ms * F(18, 5))), "反算：%s × 3.6 = %s km/h。" % (frac_str(ms), dec_str(ms * F(18, 5)))),
                ref=ref, eq=eq, eqtag="unit_spelled", wrong=[dec_str(w) + " m/s"], errtag="conversion_inverted")


def percent_change(rng, lang):
    p0 = rng.choice([80, 120, 150, 200, 250, 400, 500, 640, 800])
    up, dn = rng.choice([10, 20, 25, 30, 40, 50]), rng.choice([10, 20, 25, 30, 40, 50])
    p2 = F(p0) * (100 + up) / 100 * (100 - dn) / 100
    ch = (p2 - p0) / p0 * 100
    if ch == 0:
        dn = dn + 10 if dn < 50 else dn - 10
        p2 = F(p0) * (100 + up) / 100 * (100 - dn) / 100
        ch = (p2 - p0) / p0 * 100
    ref = frac_str(ch) + "%"
    w = F(up - dn)
    q = L(lang, "A price of %d is raised by %d%% and then the new price is lowered by %d%%. By what percent has the price changed overall (use a negative number for a decrease)?" % (p0, up, dn),
          "某商品原价 %d 元，先提价 %d%%，再在新价格基础上降价 %d%%。与原价相比，价格变化了百分之多少？（下降用负数表示）" % (p0, up, dn))
    steps = [L(lang, "After the increase: %d × %s = %s." % (p0, dec_str(F(100 + up, 100)), frac_str(F(p0) * (100 + up) / 100)),
               "提价后：%d × %s = %s 元。" % (p0, dec_str(F(100 + up, 100)), frac_str(F(p0) * (100 + up) / 100))),
             L(lang, "After the decrease: %s × %s = %s." % (frac_str(F(p0) * (100 + up) / 100), dec_str(F(100 - dn, 100)), dec_str(p2) or frac_str(p2)),
               "降价后：%s × %s = %s 元。" % (frac_str(F(p0) * (100 + up) / 100), dec_str(F(100 - dn, 100)), dec_str(p2) or frac_str(p2))),
             L(lang, "Overall change: (%s − %d)/%d × 100%% = %s%%." % (dec_str(p2) or frac_str(p2), p0, p0, dec_str(ch) or frac_str(ch)),
               "总变化：(%s − %d)/%d × 100%% = %s%%。" % (dec_str(p2) or frac_str(p2), p0, p0, dec_str(ch) or frac_str(ch)))]
    err = L(lang, "Net change is just %d%% − %d%% = %s%%." % (up, dn, frac_str(w)), "净变化就是 %d%% − %d%% = %s%%。" % (up, dn, frac_str(w)))
    eq = [(dec_str(ch) or frac_str(ch)) + "\\%", L(lang, (dec_str(ch) or frac_str(ch)) + " percent", "变化率 " + (dec_str(ch) or frac_str(ch)) + "%")]
    eq.append(L(lang, "a %s%% %s" % (dec_str(abs(ch)) or frac_str(abs(ch)), "decrease" if ch < 0 else "increase"),
                "%s了%s%%" % ("下降" if ch < 0 else "上涨", dec_str(abs(ch)) or frac_str(abs(ch)))))
    ref = (dec_str(ch) or frac_str(ch)) + "%"
    return dict(q=q, gist=L(lang, "successive percentage changes", "连续百分比变化"), steps=steps, err=err,
                check=L(lang, "Multiplier check: %s × %s = %s, i.e. %s%% change." % (dec_str(F(100 + up, 100)), dec_str(F(100 - dn, 100)), dec_str(p2 / p0), dec_str(ch) or frac_str(ch)),
                        "用倍数验证：%s × %s = %s，即变化 %s%%。" % (dec_str(F(100 + up, 100)), dec_str(F(100 - dn, 100)), dec_str(p2 / p0), dec_str(ch) or frac_str(ch))),
                ref=ref, eq=eq, eqtag="percent_decimal_words", wrong=[frac_str(w) + "%"], errtag="percents_added")


def modpow(rng, lang):
    a, n, m = rng.randint(2, 13), rng.randint(20, 200), rng.choice([7, 9, 11, 13, 10, 100])
    r = pow(a, n, m)
    cyc = []
    x = 1
    for _ in range(m + 1):
        x = x * a % m
        if x in cyc:
            break
        cyc.append(x)
    q = L(lang, "What is the remainder when $%d^{%d}$ is divided by %d?" % (a, n, m), "求 $%d^{%d}$ 除以 %d 的余数。" % (a, n, m))
    steps = [L(lang, "Compute successive powers of %d modulo %d: %s." % (a, m, ", ".join(str(pow(a, k, m)) for k in range(1, 7))),
               "依次计算 %d 的幂模 %d：%s。" % (a, m, "，".join(str(pow(a, k, m)) for k in range(1, 7)))),
             L(lang, "Using repeated squaring: %s." % ", ".join("%d^%d ≡ %d" % (a, 2 ** k, pow(a, 2 ** k, m)) for k in range(0, 5)),
               "用快速幂：%s。" % "，".join("%d^%d ≡ %d" % (a, 2 ** k, pow(a, 2 ** k, m)) for k in range(0, 5))),
             L(lang, "Writing %d in binary (%s) and combining the needed squares gives %d^%d ≡ %d (mod %d)." % (n, bin(n)[2:], a, n, r, m),
               "把 %d 写成二进制 %s，组合对应的平方项，得 %d^%d ≡ %d (mod %d)。" % (n, bin(n)[2:], a, n, r, m))]
    w = (r + rng.randint(1, m - 1)) % m
    err = L(lang, "Combining the squares, I get %d^%d ≡ %d (mod %d)." % (a, n, w, m), "组合各平方项，得到 %d^%d ≡ %d (mod %d)。" % (a, n, w, m))
    return dict(q=q, gist=L(lang, "modular exponentiation", "幂的余数"), steps=steps, err=err,
                check=L(lang, "Direct check with the cycle of powers gives the same residue %d." % r, "用幂的循环节直接验证，余数仍为 %d。" % r),
                ref=str(r), eq=[L(lang, "remainder %d" % r, "余数为%d" % r), "%d \\pmod{%d}" % (r, m)], eqtag="integer_with_words", wrong=[str(w)], errtag="value")


def combos(rng, lang):
    n, k = rng.randint(7, 15), rng.randint(2, 5)
    c, p = math.comb(n, k), math.perm(n, k)
    q = L(lang, "A club has %d members. In how many ways can a committee of %d be chosen (order does not matter)?" % (n, k),
          "某社团有 %d 名成员，从中选出 %d 人组成委员会（不计顺序），共有多少种选法？" % (n, k))
    steps = [L(lang, "This is a combination: C(%d, %d) = %d! / (%d! · %d!)." % (n, k, n, k, n - k), "这是组合问题：C(%d, %d) = %d!/(%d!·%d!)。" % (n, k, n, k, n - k)),
             L(lang, "Numerator of the falling product: %s = %d." % (" × ".join(str(n - i) for i in range(k)), p), "分子：%s = %d。" % (" × ".join(str(n - i) for i in range(k)), p)),
             L(lang, "Divide by %d! = %d: %d / %d = %d." % (k, math.factorial(k), p, math.factorial(k), c), "除以 %d! = %d：%d / %d = %d。" % (k, math.factorial(k), p, math.factorial(k), c))]
    err = L(lang, "Since each committee is a selection of %d people in sequence, the count is %d." % (k, p), "每个委员会是依次选出 %d 人，所以共 %d 种。" % (k, p))
    return dict(q=q, gist=L(lang, "counting committees", "组合计数"), steps=steps, err=err,
                check=L(lang, "C(%d,%d) = C(%d,%d) = %d, consistent." % (n, k, n, n - k, math.comb(n, n - k)), "C(%d,%d) = C(%d,%d) = %d，一致。" % (n, k, n, n - k, math.comb(n, n - k))),
                ref=str(c), eq=["\\binom{%d}{%d} = %d" % (n, k, c), "{:,}".format(c) if c >= 1000 else L(lang, "%d ways" % c, "%d种" % c)],
                eqtag="integer_with_words", wrong=[str(p)], errtag="permutation_instead")


def matrix(rng, lang):
    A = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][t] * B[t][j] for t in range(2)) for j in range(2)] for i in range(2)]
    W = [[sum(B[i][t] * A[t][j] for t in range(2)) for j in range(2)] for i in range(2)]
    if W == C:
        A[0][1] += 1
        return matrix(rng, lang)
    fm = lambda M: "\\begin{pmatrix}%d & %d\\\\ %d & %d\\end{pmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    fb = lambda M: "\\begin{bmatrix}%d & %d\\\\ %d & %d\\end{bmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    q = L(lang, "Let $A = %s$ and $B = %s$. Compute $AB$." % (fm(A), fm(B)), "设 $A = %s$，$B = %s$，求 $AB$。" % (fm(A), fm(B)))
    steps = [L(lang, "Entry (1,1): %d·%d + %d·%d = %d. Entry (1,2): %d·%d + %d·%d = %d." % (A[0][0], B[0][0], A[0][1], B[1][0], C[0][0], A[0][0], B[0][1], A[0][1], B[1][1], C[0][1]),
               "第(1,1)元：%d×%d + %d×%d = %d；第(1,2)元：%d×%d + %d×%d = %d。" % (A[0][0], B[0][0], A[0][1], B[1][0], C[0][0], A[0][0], B[0][1], A[0][1], B[1][1], C[0][1])),
             L(lang, "Entry (2,1): %d·%d + %d·%d = %d. Entry (2,2): %d·%d + %d·%d = %d." % (A[1][0], B[0][0], A[1][1], B[1][0], C[1][0], A[1][0], B[0][1], A[1][1], B[1][1], C[1][1]),
               "第(2,1)元：%d×%d + %d×%d = %d；第(2,2)元：%d×%d + %d×%d = %d。" % (A[1][0], B[0][0], A[1][1], B[1][0], C[1][0], A[1][0], B[0][1], A[1][1], B[1][1], C[1][1])),
             L(lang, "So AB = %s." % fm(C), "所以 AB = %s。" % fm(C))]
    err = L(lang, "Multiplying rows of B by columns of A, AB = %s." % fm(W), "用 B 的行乘 A 的列，得 AB = %s。" % fm(W))
    return dict(q=q, gist=L(lang, "2x2 matrix product", "矩阵乘法"), steps=steps, err=err,
                check=L(lang, "det(AB) = %d should equal det A · det B = %d · %d = %d." % (C[0][0] * C[1][1] - C[0][1] * C[1][0], A[0][0] * A[1][1] - A[0][1] * A[1][0], B[0][0] * B[1][1] - B[0][1] * B[1][0], (A[0][0] * A[1][1] - A[0][1] * A[1][0]) * (B[0][0] * B[1][1] - B[0][1] * B[1][0])),
                        "det(AB) = %d，应等于 det A × det B = %d。" % (C[0][0] * C[1][1] - C[0][1] * C[1][0], (A[0][0] * A[1][1] - A[0][1] * A[1][0]) * (B[0][0] * B[1][1] - B[0][1] * B[1][0]))),
                ref=fm(C), eq=[fb(C), "[[%d, %d], [%d, %d]]" % (C[0][0], C[0][1], C[1][0], C[1][1])], eqtag="matrix_bracket_style", wrong=[fm(W)], errtag="matrix_order_swapped")


def integral(rng, lang):
    a, b, c = rng.randint(1, 4), rng.randint(-3, 5), rng.randint(-4, 6)
    lo, hi = rng.randint(-1, 1), rng.randint(2, 3)
    Fx = lambda x: F(a, 3) * x ** 3 + F(b, 2) * x ** 2 + c * x
    v = Fx(hi) - Fx(lo)
    w = F(a * hi ** 3 + b * hi ** 2 + c * hi) - (a * lo ** 3 + b * lo ** 2 + c * lo)
    if w == v:
        w = v + 1
    q = L(lang, "Evaluate $\\int_{%d}^{%d} (%dx^2 + %dx + %d)\\,dx$." % (lo, hi, a, b, c), "计算定积分 $\\int_{%d}^{%d} (%dx^2 + %dx + %d)\\,dx$。" % (lo, hi, a, b, c))
    steps = [L(lang, "An antiderivative is F(x) = %s x^3 + %s x^2 + %d x." % (frac_str(F(a, 3)), frac_str(F(b, 2)), c), "原函数 F(x) = %s x³ + %s x² + %d x。" % (frac_str(F(a, 3)), frac_str(F(b, 2)), c)),
             L(lang, "F(%d) = %s and F(%d) = %s." % (hi, frac_str(Fx(hi)), lo, frac_str(Fx(lo))), "F(%d) = %s，F(%d) = %s。" % (hi, frac_str(Fx(hi)), lo, frac_str(Fx(lo)))),
             L(lang, "The integral is F(%d) − F(%d) = %s." % (hi, lo, frac_str(v)), "定积分 = F(%d) − F(%d) = %s。" % (hi, lo, frac_str(v)))]
    err = L(lang, "Forgetting to divide by the new exponents, F(%d) − F(%d) = %s." % (hi, lo, frac_str(w)), "（没有除以新指数）F(%d) − F(%d) = %s。" % (hi, lo, frac_str(w)))
    eq = [frac_str(v, True)] + ([dec_str(v)] if dec_str(v) and v.denominator > 1 else []) + (["%s.0" % v] if v.denominator == 1 else [])
    return dict(q=q, gist=L(lang, "definite integral of a polynomial", "多项式定积分"), steps=steps, err=err,
                check=L(lang, "A rough midpoint estimate gives about %.2f, close to %.4f." % ((hi - lo) * (a * ((lo + hi) / 2) ** 2 + b * (lo + hi) / 2 + c), float(v)),
                        "用中点法粗估约为 %.2f，与 %.4f 接近。" % ((hi - lo) * (a * ((lo + hi) / 2) ** 2 + b * (lo + hi) / 2 + c), float(v))),
                ref=frac_str(v), eq=eq, eqtag="fraction_latex_decimal", wrong=[frac_str(w)], errtag="antiderivative_error")


def divisors(rng, lang):
    ps = rng.sample([2, 3, 5, 7, 11], 3)
    es = [rng.randint(1, 4) for _ in ps]
    N = 1
    for p, e in zip(ps, es):
        N *= p ** e
    d = 1
    for e in es:
        d *= e + 1
    w = 1
    for e in es:
        w *= e
    w = w if w != d else d - 1
    fac = " · ".join("%d^%d" % (p, e) for p, e in zip(ps, es))
    q = L(lang, "How many positive divisors does %d have?" % N, "%d 有多少个正因数？" % N)
    steps = [L(lang, "Prime factorization: %d = %s." % (N, fac), "分解质因数：%d = %s。" % (N, fac)),
             L(lang, "A divisor chooses each exponent independently from 0 up to its maximum.", "每个因数的各质因子指数可独立地从 0 取到最大值。"),
             L(lang, "So the count is %s = %d." % (" × ".join("(%d+1)" % e for e in es), d), "所以因数个数为 %s = %d。" % (" × ".join("(%d+1)" % e for e in es), d))]
    err = L(lang, "So the count is the product of the exponents: %s = %d." % (" × ".join(str(e) for e in es), w), "因数个数为各指数之积：%s = %d。" % (" × ".join(str(e) for e in es), w))
    return dict(q=q, gist=L(lang, "counting divisors (an AIME-style integer answer)", "正因数个数"), steps=steps, err=err,
                check=L(lang, "Recompute the product of (e+1): %d. Also %d is an integer in range, good." % (d, d), "重新计算 (e+1) 的乘积：%d，无误。" % d),
                ref=str(d), eq=["%03d" % d, L(lang, "%d divisors" % d, "%d个" % d)], eqtag="aime_leading_zeros", wrong=[str(w)], errtag="forgot_plus_one")


FAMILIES2 = [clock, speed_units, percent_change, modpow, combos, matrix, integral, divisors]
