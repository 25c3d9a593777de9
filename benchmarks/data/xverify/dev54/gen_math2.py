"""More math generators: logs, distance, units, 高考 sets, vertex, geometric series, cubic."""
import math
from fractions import Fraction as F
from common import T, tex, plain, dec
from gen_math import nz


def sqrt_simpl(n):
    k = 1
    for f in range(2, int(math.isqrt(n)) + 1):
        while n % (f * f) == 0:
            n //= f * f
            k *= f
    return k, n


def logq(rng, L):
    a = rng.choice([2, 3, 5, 7])
    m, n = rng.randint(2, 6), rng.randint(1, 11)
    if n % m == 0:
        n += 1
    v = F(n, m)
    q = T(L, "Evaluate $\\log_{%d} %d$." % (a ** m, a ** n), "计算 $\\log_{%d} %d$ 的值。" % (a ** m, a ** n))
    good = [tex(v), plain(v)] + ([dec(v)] if dec(v) else ["%d\\frac{%d}{%d}" % (v.numerator // v.denominator, v.numerator % v.denominator, v.denominator)])
    bad = [tex(F(m, n)), tex(F(n - 1, m)) if n > 1 else tex(F(n + 1, m))]
    steps = [T(L, "Write both as powers of %d: $%d = %d^{%d}$, $%d = %d^{%d}$." % (a, a ** m, a, m, a ** n, a, n), "都写成 %d 的幂：$%d = %d^{%d}$，$%d = %d^{%d}$。" % (a, a ** m, a, m, a ** n, a, n)),
             T(L, "Then $\\log_{%d^{%d}} %d^{%d} = %d/%d$." % (a, m, a, n, n, m), "于是 $\\log_{%d^{%d}} %d^{%d} = %d/%d$。" % (a, m, a, n, n, m))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def dist(rng, L):
    while True:
        x1, y1, x2, y2 = [rng.randint(-9, 9) for _ in range(4)]
        d2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
        k, r = sqrt_simpl(d2)
        if r > 1 and k > 1:
            break
    q = T(L, "Find the distance between $(%d, %d)$ and $(%d, %d)$." % (x1, y1, x2, y2), "求点 $(%d, %d)$ 与 $(%d, %d)$ 之间的距离。" % (x1, y1, x2, y2))
    good = ["%d\\sqrt{%d}" % (k, r), "\\sqrt{%d}" % d2, "%d√%d" % (k, r)]
    bad = [str(d2), "%d\\sqrt{%d}" % (r, k) if r != k else "%d\\sqrt{%d}" % (k + 1, r)]
    steps = [T(L, "$\\Delta x = %d$, $\\Delta y = %d$." % (x2 - x1, y2 - y1), "$\\Delta x = %d$，$\\Delta y = %d$。" % (x2 - x1, y2 - y1)),
             T(L, "$d^2 = %d + %d = %d$." % ((x2 - x1) ** 2, (y2 - y1) ** 2, d2), "$d^2 = %d + %d = %d$。" % ((x2 - x1) ** 2, (y2 - y1) ** 2, d2)),
             T(L, "Simplify the root: $%d = %d \\cdot %d$." % (d2, k * k, r), "化简根式：$%d = %d \\times %d$。" % (d2, k * k, r))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def units(rng, L):
    v = rng.choice([x for x in range(20, 150) if x % 18])
    ms = F(v * 1000, 3600)
    q = T(L, "A train moves at %d km/h. What is its speed in meters per second?" % v, "一列火车的速度是 %d km/h，合多少 m/s？" % v)
    good = ["%s\\text{ m/s}" % tex(ms), "%s m/s" % plain(ms)] + (["%s m/s" % dec(ms)] if dec(ms) else ["%s\\ \\mathrm{m/s}" % tex(ms)])
    bad = ["%s m/s" % plain(F(v * 36, 10)), "%s m/s" % plain(ms + 1)]
    steps = [T(L, "1 km = 1000 m and 1 h = 3600 s.", "1 km = 1000 m，1 h = 3600 s。"),
             T(L, "So multiply by 1000/3600 = 5/18: $%d \\cdot 5/18$." % v, "所以乘以 1000/3600 = 5/18：$%d \\times 5/18$。" % v)]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="gsm8k_like")


def gk_sets(rng, L):
    a = rng.randint(-6, 3)
    b = a + rng.randint(3, 8)
    c = rng.randint(a + 1, b - 1)
    s, p = a + b, a * b
    q = T(L, "Let $A = \\{x \\mid x^2 %+dx %+d < 0\\}$ and $B = \\{x \\mid x \\ge %d\\}$. Find $A \\cap B$." % (-s, p, c),
          "已知集合 $A = \\{x \\mid x^2 %+dx %+d < 0\\}$，$B = \\{x \\mid x \\ge %d\\}$，求 $A \\cap B$。" % (-s, p, c))
    q = q.replace("+0x ", "").replace(" +0 <", " <")
    good = ["[%d, %d)" % (c, b), "\\{x \\mid %d \\le x < %d\\}" % (c, b), "\\left[%d,%d\\right)" % (c, b)]
    bad = ["(%d, %d)" % (c, b), "[%d, %d]" % (c, b), "(%d, %d)" % (a, b)]
    steps = [T(L, "Factor: $(x - (%d))(x - (%d)) < 0$, so $A = (%d, %d)$." % (a, b, a, b), "因式分解：$(x - (%d))(x - (%d)) < 0$，所以 $A = (%d, %d)$。" % (a, b, a, b)),
             T(L, "$B = [%d, +\\infty)$; note the endpoint %d is included in B." % (c, c), "$B = [%d, +\\infty)$，注意端点 %d 属于 B。" % (c, c)),
             T(L, "Intersect the two intervals.", "取两个区间的交集。")]
    return dict(q=q, good=good, bad=bad, steps=steps, ds=T(L, "math_like", "gaokao_like"))


def vertex(rng, L):
    h, k, a = rng.randint(-6, 6), rng.randint(-9, 12), rng.choice([1, 2, 3])
    # y = -a(x-h)^2 + k = -a x^2 + 2ah x - a h^2 + k
    B, C = 2 * a * h, -a * h * h + k
    lead = "-x^2" if a == 1 else "-%dx^2" % a
    q = T(L, "Find the maximum value of $f(x) = %s %+dx %+d$ and the point where it occurs; give the answer as an ordered pair (x, f(x))." % (lead, B, C),
          "求函数 $f(x) = %s %+dx %+d$ 的最大值点坐标，写成 $(x, f(x))$。" % (lead, B, C))
    q = q.replace("+0x ", "").replace(" +0$", "$")
    good = ["(%d, %d)" % (h, k), "x = %d, f(x) = %d" % (h, k), "\\left(%d,\\,%d\\right)" % (h, k)]
    bad = ["(%d, %d)" % (-h, k) if h else "(1, %d)" % k, "(%d, %d)" % (h, C)] if C != k else ["(%d, %d)" % (-h, k) if h else "(1, %d)" % k, "(%d, %d)" % (h, k + a)]
    steps = [T(L, "Vertex at $x = -b/(2a) = %d/%d = %d$." % (-B, -2 * a, h), "顶点横坐标 $x = -b/(2a) = %d$。" % h),
             T(L, "Substitute: $f(%d) = %d + %d + %d$." % (h, -a * h * h, B * h, C), "代入得 $f(%d) = %d + %d + %d$。" % (h, -a * h * h, B * h, C))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds=T(L, "math_like", "gaokao_like"))


def geo(rng, L):
    a = rng.randint(1, 20)
    r = F(rng.choice([1, 1, 2, -1, 3, -2]), rng.choice([4, 5, 7, 9]))
    S = F(a) / (1 - r)
    q = T(L, "Find the sum of the infinite geometric series with first term %d and common ratio $%s$." % (a, tex(r)), "求首项为 %d、公比为 $%s$ 的无穷等比数列各项和。" % (a, tex(r)))
    good = [tex(S), plain(S)] + ([dec(S)] if dec(S) and S.denominator > 1 else ["\\dfrac{%d}{%d}" % (S.numerator, S.denominator) if S.denominator > 1 else "S = %d" % S.numerator])
    bad = [tex(F(a) / (1 + r)), tex(F(a) * (1 - r))]
    steps = [T(L, "Since $|r| < 1$ the series converges.", "因为 $|q| < 1$，级数收敛。"),
             T(L, "$S = a/(1 - r) = %d / (1 - (%s))$." % (a, tex(r)), "$S = a_1/(1 - q) = %d / (1 - (%s))$。" % (a, tex(r))),
             T(L, "$1 - r = %s$." % tex(1 - r), "$1 - q = %s$。" % tex(1 - r))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="math_like")


def cubic(rng, L):
    rs = rng.sample([x for x in range(-5, 6) if x], 3)
    e1, e2, e3 = sum(rs), rs[0] * rs[1] + rs[0] * rs[2] + rs[1] * rs[2], rs[0] * rs[1] * rs[2]
    c = [1, -e1, e2, -e3]

    def fmtp(order):
        parts = []
        for d in order:
            co = c[3 - d]
            if co == 0:
                continue
            t = {3: "x^3", 2: "x^2", 1: "x", 0: ""}[d]
            s = ("%+d" % co) if (t == "" or abs(co) != 1) else ("+" if co > 0 else "-")
            parts.append(s + t)
        return "".join(parts).lstrip("+")
    q = T(L, "Find the monic cubic polynomial $p(x)$ whose roots are $%d$, $%d$ and $%d$." % tuple(rs), "求首项系数为 1、三个根分别为 $%d$、$%d$、$%d$ 的三次多项式 $p(x)$。" % tuple(rs))
    good = [fmtp([3, 2, 1, 0]), "(x %+d)(x %+d)(x %+d)" % tuple(-r for r in rs), fmtp([0, 1, 2, 3])]
    c2 = list(c)
    c2[3] = -c2[3]
    bad = ["(x %+d)(x %+d)(x %+d)" % tuple(rs)]
    c[3] = -c[3]
    bad.append(fmtp([3, 2, 1, 0]))
    c[3] = -c[3]
    if e1 == 0 and e3 == 0:
        return None
    steps = [T(L, "By Vieta: sum of roots %d, pairwise sum %d, product %d." % (e1, e2, e3), "由韦达定理：根之和 %d，两两之积的和 %d，三根之积 %d。" % (e1, e2, e3)),
             T(L, "So $p(x) = x^3 - (%d)x^2 + (%d)x - (%d)$." % (e1, e2, e3), "所以 $p(x) = x^3 - (%d)x^2 + (%d)x - (%d)$。" % (e1, e2, e3))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="olympiad_like")


GENS2 = [logq, dist, units, gk_sets, vertex, geo, cubic]
