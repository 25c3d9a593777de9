"""Math answer-object kinds, part A. Each returns q, ref, alts (equal forms), wrongs, steps."""
from fractions import Fraction
from math import comb, isqrt, gcd


def T(zh, en, zht):
    return zht if zh else en


def num(x):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    return str(float(x)).rstrip("0").rstrip(".")


def tex_frac(f):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(f.numerator), f.denominator)


def slash(f):
    f = Fraction(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def simp_sqrt(n):
    k = 1
    for d in range(isqrt(n), 1, -1):
        if n % (d * d) == 0:
            k = d
            break
    return k, n // (k * k)


def rad_tex(n):
    k, m = simp_sqrt(n)
    if m == 1:
        return str(k)
    return ("%d\\sqrt{%d}" % (k, m)) if k > 1 else "\\sqrt{%d}" % m


def k_distance(r, zh):
    v = r.choice(range(42, 96, 2)); t = Fraction(r.choice([3, 5, 7, 9, 4, 6]), 2)
    d = v * t
    q = T(zh, "A freight train travels at a constant %d km/h for %s hours. How far does it travel?" % (v, num(t)),
          "一列货车以每小时%d千米的速度匀速行驶了%s小时，共行驶了多少千米？" % (v, num(t)))
    steps = [T(zh, "Distance = speed × time = %d × %s." % (v, num(t)), "路程 = 速度 × 时间 = %d × %s。" % (v, num(t))),
             T(zh, "%d × %s = %s, and the unit is km." % (v, num(t), num(d)), "%d × %s = %s，单位是千米。" % (v, num(t), num(d)))]
    return dict(q=q, ref="%s km" % num(d), alts=["%s kilometers" % num(d), "%s\\text{ km}" % num(d), "%s 千米" % num(d)],
                wrongs=["%s km" % num(d + v), "%s km" % num(v * (t + 1))], steps=steps)


def k_prob(r, zh):
    red = r.randint(3, 8); blue = r.randint(2, 9); n = red + blue
    p = Fraction(comb(red, 2), comb(n, 2))
    q = T(zh, "A jar holds %d red and %d blue marbles. Two are drawn at random without replacement. What is the probability that both are red?" % (red, blue),
          "袋中有%d个红球和%d个蓝球，不放回地随机摸出两个，两个都是红球的概率是多少？" % (red, blue))
    raw = "\\frac{%d}{%d}" % (comb(red, 2), comb(n, 2))
    steps = [T(zh, "Favourable pairs: C(%d,2) = %d. Total pairs: C(%d,2) = %d." % (red, comb(red, 2), n, comb(n, 2)),
               "有利情况 C(%d,2) = %d，总情况 C(%d,2) = %d。" % (red, comb(red, 2), n, comb(n, 2))),
             T(zh, "So the probability is %s = %s." % (raw, tex_frac(p)), "所以概率为 %s = %s。" % (raw, tex_frac(p)))]
    alts = [slash(p), "%d/%d" % (comb(red, 2), comb(n, 2))]
    w1 = Fraction(red * red, n * n); w2 = Fraction(red, n)
    return dict(q=q, ref=tex_frac(p), alts=alts, wrongs=[tex_frac(w) for w in (w1, w2) if w != p], steps=steps)


def k_radical(r, zh):
    while True:
        a = r.randint(2, 12); b = r.randint(2, 12); n = a * a + b * b
        if isqrt(n) ** 2 != n and simp_sqrt(n)[0] > 1:
            break
    q = T(zh, "A rectangle has sides %d and %d. Find the exact length of its diagonal in simplest radical form." % (a, b),
          "长方形的两边长分别为%d和%d，求其对角线长（化为最简根式）。" % (a, b))
    steps = [T(zh, "By Pythagoras, d² = %d² + %d² = %d + %d = %d." % (a, b, a * a, b * b, n),
               "由勾股定理，d² = %d² + %d² = %d。" % (a, b, n)),
             T(zh, "Simplify: √%d = %s." % (n, rad_tex(n)), "化简：√%d = %s。" % (n, rad_tex(n)))]
    k, m = simp_sqrt(n)
    return dict(q=q, ref=rad_tex(n), alts=["\\sqrt{%d}" % n, "%d√%d" % (k, m)],
                wrongs=[str(a + b), rad_tex(n + 1) if isqrt(n + 1) ** 2 != n + 1 else rad_tex(n + 2)], steps=steps)


def poly(cs, var="x"):
    """cs: list of (coef, power) -> string."""
    out = ""
    for c, p in cs:
        if c == 0:
            continue
        mag = abs(c)
        body = ("" if (mag == 1 and p > 0) else str(mag)) + (var if p >= 1 else "") + (("^%d" % p) if p > 1 else "")
        if not out:
            out = ("-" if c < 0 else "") + body
        else:
            out += (" - " if c < 0 else " + ") + body
    return out or "0"


def k_derivative(r, zh):
    a, b, c, d = r.randint(2, 7), r.choice([-5, -4, -3, 2, 3, 6]), r.randint(-9, 9) or 1, r.randint(1, 9)
    f = poly([(a, 3), (b, 2), (c, 1), (d, 0)])
    fp = [(3 * a, 2), (2 * b, 1), (c, 0)]
    q = T(zh, "Find f'(x) if f(x) = %s." % f, "已知 f(x) = %s，求 f'(x)。" % f)
    steps = [T(zh, "Differentiate term by term using the power rule.", "逐项用幂函数求导法则。"),
             T(zh, "d/dx(%dx^3) = %dx^2, d/dx(%dx^2) = %dx, d/dx(%dx) = %d, constant → 0." % (a, 3 * a, b, 2 * b, c, c),
               "(%dx^3)' = %dx^2，(%dx^2)' = %dx，(%dx)' = %d，常数求导为0。" % (a, 3 * a, b, 2 * b, c, c))]
    ref = poly(fp)
    alt = poly(list(reversed(fp)))
    wrong1 = poly([(a, 2), (b, 1), (c, 0)])
    wrong2 = poly([(3 * a, 2), (2 * b, 1), (c, 0), (d, 0)]) if False else poly([(3 * a, 2), (b, 1), (c, 0)])
    return dict(q=q, ref=ref, alts=[alt, "f'(x) = " + ref], wrongs=[wrong1, wrong2], steps=steps)


def k_line(r, zh):
    x1 = r.randint(-4, 3); m = r.choice([-3, -2, 2, 3, 4]); b0 = r.randint(-7, 7) or 5
    x2 = x1 + r.randint(1, 4); y1 = m * x1 + b0; y2 = m * x2 + b0
    q = T(zh, "Find the equation of the line passing through (%d, %d) and (%d, %d)." % (x1, y1, x2, y2),
          "求过点 (%d, %d) 和 (%d, %d) 的直线方程。" % (x1, y1, x2, y2))
    ref = "y = %s" % poly([(m, 1), (b0, 0)])
    # general form: m x - y + b0 = 0
    alt = "%s - y %s %d = 0" % (poly([(m, 1)]), "+" if b0 > 0 else "-", abs(b0))
    steps = [T(zh, "Slope = (%d - %d)/(%d - %d) = %d." % (y2, y1, x2, x1, m), "斜率 k = (%d - %d)/(%d - %d) = %d。" % (y2, y1, x2, x1, m)),
             T(zh, "Intercept: b = %d - (%d)(%d) = %d." % (y1, m, x1, b0), "截距 b = %d - (%d)(%d) = %d。" % (y1, m, x1, b0))]
    return dict(q=q, ref=ref, alts=[alt, "y = %d + %s" % (b0, poly([(m, 1)])) if b0 > 0 else alt],
                wrongs=["y = %s" % poly([(-m, 1), (b0, 0)]), "y = %s" % poly([(m, 1), (b0 + m, 0)])], steps=steps)


def k_ineq(r, zh):
    a = r.randint(4, 9); c = r.randint(1, a - 1); b = r.randint(1, 9); d = r.randint(2, 20)
    if r.random() < 0.5:
        # a x - b < c x + d  -> x < (d+b)/(a-c)
        k = Fraction(d + b, a - c); lhs = "%dx - %d < %dx + %d" % (a, b, c, d); rel = "<"; flip = ">"
    else:
        # -a x + b <= -c x - d -> (c-a) x <= -d-b -> x >= (d+b)/(a-c)
        k = Fraction(d + b, a - c); lhs = "-%dx + %d \\le -%dx - %d" % (a, b, c, d); rel = "\\ge"; flip = "\\le"
    q = T(zh, "Solve the inequality $%s$." % lhs, "解不等式 $%s$。" % lhs)
    ref = "x %s %s" % (rel, tex_frac(k))
    iv = ("(-\\infty, %s)" % tex_frac(k)) if rel == "<" else ("[%s, \\infty)" % tex_frac(k))
    steps = [T(zh, "Collect x terms: coefficient difference %d, constants give %d." % (a - c, d + b), "移项合并：x 的系数差为 %d，常数项为 %d。" % (a - c, d + b)),
             T(zh, "Divide by the coefficient, flipping the sign if it is negative: x %s %s." % (rel, slash(k)), "两边同除以系数（负数要变号）：x %s %s。" % (rel, slash(k)))]
    return dict(q=q, ref=ref, alts=[iv, "%s %s x" % (tex_frac(k), "<" if rel == "<" else "\\le") if False else iv],
                wrongs=["x %s %s" % (flip, tex_frac(k)), "x %s %s" % (rel, tex_frac(Fraction(d - b, a - c)) if d != b else tex_frac(k + 1))], steps=steps)


def k_union(r, zh):
    r1 = r.randint(-6, 2); r2 = r1 + r.randint(1, 7); s = r1 + r2; p = r1 * r2
    strict = r.random() < 0.5
    quad = poly([(1, 2), (-s, 1), (p, 0)])
    op = ">" if strict else "\\ge"
    q = T(zh, "Find all real x such that $%s %s 0$. Give the answer in interval notation." % (quad, op),
          "求满足 $%s %s 0$ 的实数 x 的取值范围（用区间表示）。" % (quad, op))
    L, R = ("(", ")") if strict else ("]", "[")
    ref = "(-\\infty, %d%s \\cup %s%d, \\infty)" % (r1, ")" if strict else "]", "(" if strict else "[", r2)
    alt = "x %s %d \\text{ or } x %s %d" % ("<" if strict else "\\le", r1, ">" if strict else "\\ge", r2)
    wrong_bd = "(-\\infty, %d%s \\cup %s%d, \\infty)" % (r1, "]" if strict else ")", "[" if strict else "(", r2)
    steps = [T(zh, "Factor: (%s)(%s)." % (poly([(1, 1), (-r1, 0)]), poly([(1, 1), (-r2, 0)])),
               "因式分解得 (%s)(%s)。" % (poly([(1, 1), (-r1, 0)]), poly([(1, 1), (-r2, 0)]))),
             T(zh, "Roots %d and %d; the parabola opens upward so it is %s outside the roots." % (r1, r2, "positive" if strict else "non-negative"),
               "两根为 %d 和 %d，开口向上，取两根之外%s。" % (r1, r2, "" if strict else "（含端点）"))]
    return dict(q=q, ref=ref, alts=[alt], wrongs=["(%d, %d)" % (r1, r2), wrong_bd], steps=steps)


def k_roots(r, zh):
    a = r.choice([1, 2, 3]); p1 = Fraction(r.randint(-7, 7), a); p2 = Fraction(r.randint(-7, 7) or 3, 1)
    if p1 == p2:
        p2 += 2
    # a(x-p1)(x-p2)
    B = -a * (p1 + p2); C = a * p1 * p2
    B, C = int(B), int(C)
    eq = poly([(a, 2), (B, 1), (C, 0)]) + " = 0"
    lo, hi = sorted([p1, p2])
    q = T(zh, "Find all roots of $%s$." % eq, "求方程 $%s$ 的所有根。" % eq)
    ref = "\\{%s, %s\\}" % (tex_frac(lo), tex_frac(hi))
    alt = "x = %s \\text{ or } x = %s" % (tex_frac(hi), tex_frac(lo))
    disc = B * B - 4 * a * C
    steps = [T(zh, "Discriminant = %d² - 4·%d·%d = %d." % (B, a, C, disc), "判别式 Δ = %d² - 4·%d·%d = %d。" % (B, a, C, disc)),
             T(zh, "√Δ = %d, so x = (%d ± %d)/%d, giving %s and %s." % (isqrt(disc), -B, isqrt(disc), 2 * a, slash(lo), slash(hi)),
               "√Δ = %d，x = (%d ± %d)/%d，得 %s 和 %s。" % (isqrt(disc), -B, isqrt(disc), 2 * a, slash(lo), slash(hi)))]
    return dict(q=q, ref=ref, alts=[alt, "%s, %s" % (slash(lo), slash(hi))],
                wrongs=["x = %s" % tex_frac(hi), "\\{%s, %s\\}" % (tex_frac(-lo), tex_frac(-hi))], steps=steps)


def k_system(r, zh):
    x = r.randint(-6, 9); y = r.randint(-6, 9)
    if x == y:
        y += 3
    a, b, c, d = r.randint(1, 5), r.randint(1, 5), r.randint(1, 5), -r.randint(1, 5)
    e, f = a * x + b * y, c * x + d * y
    q = T(zh, "Solve the system: %dx + %dy = %d and %dx - %dy = %d. Give the solution as an ordered pair (x, y)." % (a, b, e, c, -d, f),
          "解方程组：%dx + %dy = %d，%dx - %dy = %d，结果写成有序数对 (x, y)。" % (a, b, e, c, -d, f))
    det = a * d - b * c
    steps = [T(zh, "Determinant = %d·(%d) - %d·%d = %d." % (a, d, b, c, det), "系数行列式 = %d·(%d) - %d·%d = %d。" % (a, d, b, c, det)),
             T(zh, "Cramer's rule gives x = %d, y = %d; check: %d·%d + %d·%d = %d ✓." % (x, y, a, x, b, y, e),
               "由克莱姆法则 x = %d，y = %d；检验：%d·%d + %d·%d = %d ✓。" % (x, y, a, x, b, y, e))]
    return dict(q=q, ref="(%d, %d)" % (x, y), alts=["x = %d, y = %d" % (x, y)],
                wrongs=["(%d, %d)" % (y, x), "(%d, %d)" % (x, -y) if y != 0 else "(%d, 1)" % x], steps=steps)


KINDS_A = [k_distance, k_prob, k_radical, k_derivative, k_line, k_ineq, k_union, k_roots, k_system]
