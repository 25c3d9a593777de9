"""Number theory, counting, probability, calculus, linear algebra, statistics, geometry, trig."""
import math
from fractions import Fraction as Fr
from common import L, ftex, fslash, fdec, frac_alts, poly, case


def nz(r, lo, hi):
    while True:
        v = r.randint(lo, hi)
        if v:
            return v


def g_modpow(r, zh):
    a, n, m = r.randint(2, 19), r.randint(20, 400), r.choice([7, 9, 11, 13, 17, 100, 1000])
    v = pow(a, n, m)
    q = L(zh, "What is the remainder when $%d^{%d}$ is divided by %d?" % (a, n, m), "求 $%d^{%d}$ 除以 %d 的余数。" % (a, n, m))
    steps = [L(zh, "look at the cycle of powers of %d modulo %d" % (a, m), "考察 %d 的幂模 %d 的周期" % (a, m)),
             "%d^%d ≡ ... (mod %d)" % (a, n, m)]
    alts = ["%03d" % v] if m == 1000 and v < 100 else []
    alts.append("%d \\pmod{%d}" % (v, m) if not alts else "%d" % v)
    return case(q, steps, str(v), alts, [str((v + 1) % m), str(pow(a, n - 1, m)), str(m - v)],
                "aime_like" if m == 1000 else "number_theory_like", "integer")


def g_divisors(r, zh):
    e = [r.randint(1, 5), r.randint(0, 3), r.randint(0, 2), r.randint(0, 1)]
    N = 2 ** e[0] * 3 ** e[1] * 5 ** e[2] * 7 ** e[3]
    cnt = (e[0] + 1) * (e[1] + 1) * (e[2] + 1) * (e[3] + 1)
    q = L(zh, "How many positive divisors does %d have?" % N, "%d 有多少个正因数？" % N)
    steps = ["%d = 2^%d·3^%d·5^%d·7^%d" % (N, e[0], e[1], e[2], e[3]), "(%d+1)(%d+1)(%d+1)(%d+1)" % tuple(e)]
    return case(q, steps, str(cnt), [L(zh, "%d divisors" % cnt, "%d个" % cnt)],
                [str(max(1, e[0] * max(e[1], 1) * max(e[2], 1))), str(cnt - 2), str(cnt + 1)], "number_theory_like", "integer")


def g_lcm(r, zh):
    nums = r.sample(range(4, 40), 3)
    l = nums[0] * nums[1] // math.gcd(nums[0], nums[1])
    l = l * nums[2] // math.gcd(l, nums[2])
    q = L(zh, "Three lighthouses flash every %d, %d and %d seconds. They flash together now. After how many seconds do "
          "they next flash together?" % tuple(nums), "三盏灯分别每 %d、%d、%d 秒闪一次，现在同时闪，至少再过多少秒再次同时闪？" % tuple(nums))
    steps = ["lcm(%d, %d) = %d" % (nums[0], nums[1], nums[0] * nums[1] // math.gcd(nums[0], nums[1])), "lcm = %d" % l]
    return case(q, steps, str(l), [L(zh, "%d seconds" % l, "%d秒" % l), L(zh, "%d s" % l, "%d 秒" % l)],
                [str(nums[0] * nums[1] * nums[2]), str(l // 2 if l % 2 == 0 else l * 2), str(l + nums[0])], "gsm8k_like", "integer")


def g_committee(r, zh):
    n, k, m = r.randint(8, 14), r.randint(3, 5), r.randint(2, 4)
    v = math.comb(n, k) - math.comb(n - m, k)
    q = L(zh, "A club has %d members, %d of whom are officers. How many %d-person committees include at least one officer?"
          % (n, m, k), "某社团有 %d 人，其中 %d 人是干部。选出 %d 人组成小组，至少含一名干部的选法有多少种？" % (n, m, k))
    steps = ["C(%d,%d) = %d" % (n, k, math.comb(n, k)), "C(%d,%d) = %d" % (n - m, k, math.comb(n - m, k))]
    return case(q, steps, str(v), ["\\binom{%d}{%d}-\\binom{%d}{%d} = %d" % (n, k, n - m, k, v)],
                [str(m * math.comb(n - 1, k - 1)), str(math.comb(n, k)), str(m * math.comb(n - m, k - 1))], "counting_like", "integer")


def g_arrange(r, zh):
    letters = r.sample("BCDFGKLMPRT", 3)
    cnts = [r.randint(1, 3) for _ in range(3)]
    word = "".join(l * c for l, c in zip(letters, cnts))
    word = "".join(r.sample(word, len(word)))
    v = math.factorial(len(word))
    for c in cnts:
        v //= math.factorial(c)
    q = L(zh, "How many distinct arrangements of the letters of the string %s are there?" % word,
          "把字符串 %s 中的字母重新排列，共有多少种不同的排列？" % word)
    steps = ["%d! = %d" % (len(word), math.factorial(len(word))),
             " / ".join("%d!" % c for c in cnts)]
    return case(q, steps, str(v), ["\\frac{%d!}{%s} = %d" % (len(word), "".join("%d!" % c for c in cnts), v)],
                [str(math.factorial(len(word))), str(v * 2), str(v // 2 if v > 2 else v + 3)], "counting_like", "integer")


def g_dice(r, zh):
    s = r.randint(3, 11)
    c = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == s)
    p = Fr(c, 36)
    q = L(zh, "Two fair six-sided dice are rolled. What is the probability that the sum is %d?" % s,
          "同时掷两枚均匀骰子，点数之和为 %d 的概率是多少？" % s)
    steps = [L(zh, "%d favourable outcomes out of 36" % c, "共 36 种结果，其中 %d 种符合" % c), "%d/36" % c]
    return case(q, steps, ftex(p), frac_alts(p), [fslash(Fr(1, 11)), fslash(Fr(c, 11)) if c != 11 else "1/12", fslash(Fr(c + 1, 36))],
                "math_like", "fraction")


def g_atleast(r, zh):
    n = r.randint(2, 5)
    pnum, pden = r.choice([(1, 2), (1, 3), (2, 5), (1, 4), (3, 4)])
    qv = 1 - Fr(pnum, pden)
    v = 1 - qv ** n
    q = L(zh, "A skill shot succeeds with probability %d/%d on each independent try. What is the probability of at least "
          "one success in %d tries?" % (pnum, pden, n), "某次投篮命中率为 %d/%d，各次独立。投 %d 次至少命中一次的概率是多少？" % (pnum, pden, n))
    steps = ["1 - (%s)^%d" % (fslash(qv), n), "(%s)^%d = %s" % (fslash(qv), n, fslash(qv ** n))]
    return case(q, steps, ftex(v), frac_alts(v), [fslash(Fr(pnum, pden) * n) if Fr(pnum, pden) * n < 1 else fslash(qv ** n),
                                                  fslash(Fr(pnum, pden) ** n), fslash(1 - qv ** (n - 1))], "math_like", "fraction")


def g_deriv(r, zh):
    co = [nz(r, -4, 5), r.randint(-6, 6), r.randint(-9, 9), r.randint(-9, 9)]
    x0 = r.randint(-3, 3)
    v = 3 * co[0] * x0 ** 2 + 2 * co[1] * x0 + co[2]
    q = L(zh, "Let $f(x) = %s$. Find $f'(%d)$." % (poly(co), x0), "已知 $f(x) = %s$，求 $f'(%d)$。" % (poly(co), x0))
    steps = ["f'(x) = %s" % poly([3 * co[0], 2 * co[1], co[2]]), "f'(%d) = %d" % (x0, v)]
    fx = co[0] * x0 ** 3 + co[1] * x0 ** 2 + co[2] * x0 + co[3]
    return case(q, steps, str(v), ["f'(%d) = %d" % (x0, v)], [str(fx), str(v + co[3]), str(co[0] * x0 ** 2 + co[1] * x0 + co[2])],
                "calculus_like", "integer")


def g_integral(r, zh):
    co = [nz(r, -3, 4), r.randint(-5, 5), r.randint(-6, 6)]
    a, b = sorted(r.sample(range(-2, 5), 2))
    F = lambda x: Fr(co[0], 3) * x ** 3 + Fr(co[1], 2) * x ** 2 + co[2] * x
    v = F(b) - F(a)
    q = L(zh, "Evaluate $\\int_{%d}^{%d} (%s)\\,dx$." % (a, b, poly(co)), "计算定积分 $\\int_{%d}^{%d} (%s)\\,dx$。" % (a, b, poly(co)))
    steps = ["F(x) = %s" % poly([Fr(co[0], 3), Fr(co[1], 2), co[2], 0]), "F(%d) - F(%d)" % (b, a)]
    G = lambda x: co[0] * x ** 3 + co[1] * x ** 2 + co[2] * x
    return case(q, steps, ftex(v), frac_alts(v), [fslash(G(b) - G(a)), fslash(F(b) + F(a)), fslash(v + 1)], "calculus_like", "fraction")


def g_limit(r, zh):
    k, m = r.randint(2, 9), r.randint(2, 9)
    if k == m:
        m += 1
    v = Fr(k, m)
    q = L(zh, "Compute $\\lim_{x \\to 0} \\frac{\\sin(%dx)}{\\tan(%dx)}$." % (k, m), "求极限 $\\lim_{x \\to 0} \\frac{\\sin %dx}{\\tan %dx}$。" % (k, m))
    steps = ["sin(%dx) ~ %dx, tan(%dx) ~ %dx" % (k, k, m, m), "%dx/%dx" % (k, m)]
    return case(q, steps, ftex(v), frac_alts(v), [fslash(Fr(m, k)), "1", "0"], "calculus_like", "fraction")


def mat(M, env="pmatrix"):
    return "\\begin{%s} %s \\end{%s}" % (env, " \\\\ ".join(" & ".join(map(str, row)) for row in M), env)


def g_matmul(r, zh):
    A = [[r.randint(-4, 5) for _ in range(2)] for _ in range(2)]
    B = [[r.randint(-4, 5) for _ in range(2)] for _ in range(2)]
    AB = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    q = L(zh, "Compute $AB$ where $A = %s$ and $B = %s$." % (mat(A), mat(B)), "设 $A = %s$，$B = %s$，求 $AB$。" % (mat(A), mat(B)))
    steps = ["row 1: (%d·%d + %d·%d, %d·%d + %d·%d)" % (A[0][0], B[0][0], A[0][1], B[1][0], A[0][0], B[0][1], A[0][1], B[1][1]),
             "row 2: (%d·%d + %d·%d, %d·%d + %d·%d)" % (A[1][0], B[0][0], A[1][1], B[1][0], A[1][0], B[0][1], A[1][1], B[1][1])]
    w = [mat(BA), mat([[A[i][j] * B[i][j] for j in range(2)] for i in range(2)]), mat([[AB[j][i] for j in range(2)] for i in range(2)])]
    w = [x for x in w if x != mat(AB)]
    if not w:
        return g_det3(r, zh)
    return case(q, steps, mat(AB), [mat(AB, "bmatrix"), "[[%d, %d], [%d, %d]]" % (AB[0][0], AB[0][1], AB[1][0], AB[1][1])],
                w, "linear_algebra_like", "matrix")


def det3(M):
    return (M[0][0] * (M[1][1] * M[2][2] - M[1][2] * M[2][1]) - M[0][1] * (M[1][0] * M[2][2] - M[1][2] * M[2][0])
            + M[0][2] * (M[1][0] * M[2][1] - M[1][1] * M[2][0]))


def g_det3(r, zh):
    M = [[r.randint(-3, 5) for _ in range(3)] for _ in range(3)]
    v = det3(M)
    q = L(zh, "Find the determinant of $%s$." % mat(M, "bmatrix"), "求行列式 $%s$ 的值。" % mat(M, "vmatrix"))
    steps = ["expand along row 1", "%d·(%d) - %d·(%d) + %d·(%d)" % (M[0][0], M[1][1] * M[2][2] - M[1][2] * M[2][1], M[0][1],
                                                                  M[1][0] * M[2][2] - M[1][2] * M[2][0], M[0][2],
                                                                  M[1][0] * M[2][1] - M[1][1] * M[2][0])]
    return case(q, steps, str(v), ["\\det = %d" % v], [str(-v) if v else "1", str(v + M[0][1]), str(M[0][0] * M[1][1] * M[2][2])],
                "linear_algebra_like", "integer")


def g_eigen(r, zh):
    a, b = r.randint(-4, 6), nz(r, -5, 5)
    lo, hi = sorted([a - b, a + b])
    q = L(zh, "Find the eigenvalues of $\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}$." % (a, b, b, a),
          "求矩阵 $\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}$ 的特征值。" % (a, b, b, a))
    steps = ["(%d - λ)^2 - %d = 0" % (a, b * b), "λ - %d = ±%d" % (a, abs(b))]
    return case(q, steps, "\\lambda = %d, %d" % (lo, hi), ["\\{%d, %d\\}" % (lo, hi), "%d \\text{ and } %d" % (hi, lo)],
                ["\\lambda = %d, %d" % (a, b), "\\lambda = %d, %d" % (-hi, -lo), "\\lambda = %d" % hi], "linear_algebra_like", "set")


def g_variance(r, zh):
    n = r.randint(5, 7)
    xs = [r.randint(1, 20) for _ in range(n)]
    mu = Fr(sum(xs), n)
    var = sum((x - mu) ** 2 for x in xs) / n
    q = L(zh, "Find the population variance of the data set %s." % ", ".join(map(str, xs)),
          "求数据 %s 的方差（总体方差）。" % "，".join(map(str, xs)))
    steps = ["mean = %s" % fslash(mu), "Σ(x - mean)^2 = %s" % fslash(var * n)]
    samp = var * n / (n - 1)
    return case(q, steps, ftex(var), frac_alts(var), [fslash(samp), fslash(var * n), fslash(mu)], "statistics_like", "fraction")


def sqrt_simplify(N):
    k, m = 1, N
    f = 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def g_distance(r, zh):
    while True:
        P = (r.randint(-6, 6), r.randint(-6, 6))
        Q = (r.randint(-6, 6), r.randint(-6, 6))
        N = (P[0] - Q[0]) ** 2 + (P[1] - Q[1]) ** 2
        k, m = sqrt_simplify(N)
        if N and m > 1 and k > 1:
            break
    q = L(zh, "Find the distance between (%d, %d) and (%d, %d) in simplest radical form." % (P + Q),
          "求点 (%d, %d) 与 (%d, %d) 之间的距离（化为最简根式）。" % (P + Q))
    steps = ["dx = %d, dy = %d" % (Q[0] - P[0], Q[1] - P[1]), "\\sqrt{%d}" % N]
    return case(q, steps, "%d\\sqrt{%d}" % (k, m), ["\\sqrt{%d}" % N, "%d√%d" % (k, m)],
                [str(N), "%d\\sqrt{%d}" % (m, k) if m != k else "%d\\sqrt{%d}" % (k + 1, m), "\\sqrt{%d}" % (abs(P[0] - Q[0]) + abs(P[1] - Q[1]))],
                "math_like", "radical")


def g_circle(r, zh):
    d = r.randint(3, 20)
    A = Fr(d * d, 4)
    q = L(zh, "A circular rug has diameter %d ft. What is its area, in terms of π?" % d,
          "一个圆形地毯的直径为 %d 米，求它的面积（用 π 表示）。" % d)
    steps = ["r = %s" % fslash(Fr(d, 2)), "πr^2 = π·%s" % fslash(A)]
    u = L(zh, " ft^2", " 平方米")
    ref = (("%d\\pi" % A.numerator) if A.denominator == 1 else "\\frac{%d\\pi}{%d}" % (A.numerator, A.denominator)) + u
    alts = [(("%dπ" % A.numerator) if A.denominator == 1 else "%dπ/%d" % (A.numerator, A.denominator)) + u,
            "\\frac{%d}{4}\\pi" % (d * d) + u]
    return case(q, steps, ref, alts, ["%d\\pi" % d + u, "%d\\pi" % (d * d) + u, "%s\\pi" % fslash(Fr(d * d, 2)) + u],
                "math_like", "expression")


def g_tri_area(r, zh):
    while True:
        pts = [(r.randint(-5, 7), r.randint(-5, 7)) for _ in range(3)]
        s = pts[0][0] * (pts[1][1] - pts[2][1]) + pts[1][0] * (pts[2][1] - pts[0][1]) + pts[2][0] * (pts[0][1] - pts[1][1])
        if s:
            break
    A = Fr(abs(s), 2)
    q = L(zh, "Find the area of the triangle with vertices (%d, %d), (%d, %d) and (%d, %d)." % (pts[0] + pts[1] + pts[2]),
          "求以 (%d, %d)、(%d, %d)、(%d, %d) 为顶点的三角形面积。" % (pts[0] + pts[1] + pts[2]))
    steps = [L(zh, "shoelace sum = %d" % s, "鞋带公式得 %d" % s), "|%d| / 2" % s]
    return case(q, steps, ftex(A), frac_alts(A) + ([] if A.denominator != 1 else [L(zh, "%d square units" % A, "%d 平方单位" % A)]),
                [fslash(A * 2), fslash(A + Fr(1, 2)), fslash(A / 2)], "math_like", "fraction")


TRIG = {("sin", 60): ("\\frac{\\sqrt{3}}{2}", ["√3/2", "\\frac{1}{2}\\sqrt{3}"]), ("cos", 135): ("-\\frac{\\sqrt{2}}{2}", ["-√2/2", "-\\frac{1}{\\sqrt{2}}"]),
        ("tan", 210): ("\\frac{\\sqrt{3}}{3}", ["\\frac{1}{\\sqrt{3}}", "√3/3"]), ("sin", 300): ("-\\frac{\\sqrt{3}}{2}", ["-√3/2"]),
        ("cos", 330): ("\\frac{\\sqrt{3}}{2}", ["√3/2"]), ("tan", 120): ("-\\sqrt{3}", ["-√3"]),
        ("sin", 225): ("-\\frac{\\sqrt{2}}{2}", ["-\\frac{1}{\\sqrt{2}}", "-√2/2"]), ("cos", 240): ("-\\frac{1}{2}", ["-0.5", "-1/2"])}


def g_trig(r, zh):
    (f, ang), (ref, alts) = r.choice(sorted(TRIG.items()))
    q = L(zh, "Find the exact value of $\\%s %d^\\circ$." % (f, ang), "求 $\\%s %d^\\circ$ 的精确值。" % (f, ang))
    steps = [L(zh, "reference angle and quadrant sign", "找参考角并判断象限符号")]
    flip = ref[1:] if ref.startswith("-") else "-" + ref
    return case(q, steps, ref, alts, [flip, "\\frac{1}{2}" if "sqrt" in ref else "\\frac{\\sqrt{3}}{2}"], "math_like", "radical")


def g_base(r, zh):
    n = r.randint(20, 300)
    b = r.choice([2, 5, 8])
    dig, x = "", n
    while x:
        dig = str(x % b) + dig
        x //= b
    q = L(zh, "Convert %d (base 10) to base %d." % (n, b), "把十进制数 %d 化为 %d 进制数。" % (n, b))
    steps = [L(zh, "repeated division by %d" % b, "用 %d 反复除" % b), L(zh, "read remainders bottom-up", "倒序读取余数")]
    w = [dig[::-1] + "_%d" % b if dig[::-1] != dig else dig + "1_%d" % b, str(int(dig) + 1) + "_%d" % b]
    return case(q, steps, "%s_%d" % (dig, b), ["(%s)_%d" % (dig, b), "%s_{%d}" % (dig, b)], w, "number_theory_like", "integer")


def g_geo_series(r, zh):
    a = nz(r, -9, 12)
    rr = Fr(nz(r, -4, 4), r.choice([5, 6, 7, 9]))
    v = a / (1 - rr)
    q = L(zh, "Find the sum of the infinite geometric series with first term %d and common ratio %s." % (a, fslash(rr)),
          "求首项为 %d、公比为 %s 的无穷等比级数的和。" % (a, fslash(rr)))
    steps = ["S = a/(1 - r)", "1 - (%s) = %s" % (fslash(rr), fslash(1 - rr))]
    return case(q, steps, ftex(v), frac_alts(v), [fslash(a / (1 + rr)), fslash(a * rr / (1 - rr)), fslash(v + 1)], "math_like", "fraction")


def g_cylinder(r, zh):
    rad, h = r.randint(2, 9), r.randint(3, 15)
    v = rad * rad * h
    q = L(zh, "A cylinder has radius %d cm and height %d cm. Find its volume in terms of π." % (rad, h),
          "圆柱底面半径 %d cm，高 %d cm，求体积（用 π 表示）。" % (rad, h))
    steps = ["V = πr^2h", "π·%d·%d" % (rad * rad, h)]
    return case(q, steps, "%d\\pi \\text{ cm}^3" % v, ["%dπ cm³" % v, "%d\\pi\\ \\mathrm{cm^3}" % v],
                ["%d\\pi \\text{ cm}^3" % (2 * rad * h), "%d\\pi \\text{ cm}^3" % (2 * rad * rad * h), "%d \\text{ cm}^3" % v],
                "math_like", "unit")


GENS = [g_modpow, g_divisors, g_lcm, g_committee, g_arrange, g_dice, g_atleast, g_deriv, g_integral, g_limit, g_matmul,
        g_det3, g_eigen, g_variance, g_distance, g_circle, g_tri_area, g_trig, g_base, g_geo_series, g_cylinder]
