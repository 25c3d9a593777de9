"""Math problem families, part 1 (algebra / exam style). Each returns a problem dict."""
from fractions import Fraction
import math
from common import T, frac, dec, terminating, rad, poly, lin, simp_sqrt


def quad_roots(rng, zh):
    while True:
        a, b = sorted(rng.sample([v for v in range(-7, 10) if v != 0], 2))
        if a + b != 0:
            break
    s, p = a + b, a * b
    eq = poly([1, -s, p]) + " = 0"
    q = T(zh, "Solve the equation %s." % eq, "解方程：%s。" % eq)
    ref = "x=%d或x=%d" % (a, b)
    alts = ["x_1 = %d, x_2 = %d" % (b, a), "x = %d or x = %d" % (a, b), "x∈{%d, %d}" % (b, a)]
    steps = [T(zh, "Factor: we need two numbers with sum %d and product %d, namely %d and %d." % (s, p, a, b),
               "因式分解：找两个数，和为%d，积为%d，即%d和%d。" % (s, p, a, b)),
             "(x %s %d)(x %s %d) = 0" % ("-" if a > 0 else "+", abs(a), "-" if b > 0 else "+", abs(b)),
             T(zh, "Discriminant Δ = %d² - 4·%d = %d > 0, so two distinct real roots." % (s, p, s * s - 4 * p),
               "判别式 Δ = %d² - 4×%d = %d > 0，有两个不等实根。" % (s, p, s * s - 4 * p))]
    checks = ["%d² %s %d·%d %s %d = %d" % (a, "-" if s >= 0 else "+", abs(s), a, "+" if p >= 0 else "-", abs(p),
                                         a * a - s * a + p)]
    wrongs = [("x=%d" % b, T(zh, "Only the positive root seems relevant here.", "只保留较大的根。"), "partial_root"),
              ("x=%d或x=%d" % (-a, -b), T(zh, "So the factors give x = %d and x = %d." % (-a, -b),
                                          "所以 x = %d, x = %d。" % (-a, -b)), "sign_flip_roots")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gaokao_math_like")


def arith_seq(rng, zh):
    d = rng.choice([v for v in range(-4, 6) if v != 0])
    a1 = rng.randint(-5, 9)
    m, k = rng.sample(range(2, 9), 2)
    am, ak = a1 + (m - 1) * d, a1 + (k - 1) * d
    c = a1 - d
    q = T(zh, "In the arithmetic sequence {a_n}, a_%d = %d and a_%d = %d. Find the general term a_n." % (m, am, k, ak),
          "在等差数列{a_n}中，a_%d = %d，a_%d = %d，求通项公式 a_n。" % (m, am, k, ak))
    ref = "a_n = %s" % lin(d, c)
    alts = ["a_n = %d + (n-1)·(%d)" % (a1, d), "a_n=%s" % poly([c, d], "n").replace(" ", "") if c else
            "a_n = n·%d" % d]
    alts[1] = "a_n = %d %s %dn" % (c, "-" if d < 0 else "+", abs(d)) if c else "a_n = %d·n" % d
    steps = [T(zh, "d = (a_%d - a_%d)/(%d - %d) = (%d - %d)/%d = %d." % (m, k, m, k, am, ak, m - k, d),
               "公差 d = (a_%d - a_%d)/(%d - %d) = (%d - %d)/%d = %d。" % (m, k, m, k, am, ak, m - k, d)),
             T(zh, "a_1 = a_%d - %d·d = %d." % (m, m - 1, a1), "a_1 = a_%d - %d·d = %d。" % (m, m - 1, a1)),
             "a_n = a_1 + (n-1)d = %d + (n-1)(%d) = %s" % (a1, d, lin(d, c))]
    checks = ["n=%d: %d·%d %s %d = %d." % (k, d, k, "+" if c >= 0 else "-", abs(c), ak)]
    wrongs = [("a_n = %s" % lin(d, a1), T(zh, "So a_n = a_1 + nd.", "所以 a_n = a_1 + nd。"), "off_by_one_index"),
              ("a_n = %s" % lin(-d, a1 + d), T(zh, "Sign of d: d = %d." % (-d), "公差 d = %d。" % (-d)),
               "sign_error")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gaokao_math_like")


def quad_ineq(rng, zh):
    a, b = sorted(rng.sample(range(-6, 8), 2))
    s, p = a + b, a * b
    lt = rng.random() < 0.5
    expr = poly([1, -s, p]) + (" < 0" if lt else " ≥ 0")
    q = T(zh, "Find the solution set of the inequality %s." % expr, "求不等式 %s 的解集。" % expr)
    if lt:
        ref = "(%d,%d)" % (a, b)
        alts = ["{x | %d < x < %d}" % (a, b), "%d<x<%d" % (a, b), "x ∈ (%d, %d)" % (a, b)]
        wrongs = [("[%d,%d]" % (a, b), T(zh, "Including the endpoints.", "端点也取到。"), "endpoint_closed"),
                  ("(-∞,%d)∪(%d,+∞)" % (a, b), T(zh, "Opposite of the roots region.", "取两根之外。"),
                   "wrong_region")]
    else:
        ref = "(-∞,%d]∪[%d,+∞)" % (a, b)
        alts = ["{x | x ≤ %d 或 x ≥ %d}" % (a, b) if zh else "{x | x ≤ %d or x ≥ %d}" % (a, b),
                "x ≤ %d or x ≥ %d" % (a, b)]
        wrongs = [("(-∞,%d)∪(%d,+∞)" % (a, b), T(zh, "Strict inequality at roots.", "根处不取等号。"), "endpoint_open"),
                  ("[%d,%d]" % (a, b), T(zh, "Between the roots.", "取两根之间。"), "wrong_region")]
    steps = [T(zh, "Roots of %s = 0 are x = %d and x = %d." % (poly([1, -s, p]), a, b),
               "方程 %s = 0 的两根为 x = %d, x = %d。" % (poly([1, -s, p]), a, b)),
             T(zh, "The parabola opens upward, so it is negative between the roots and nonnegative outside.",
               "抛物线开口向上，两根之间为负，两根之外（含根）非负。")]
    mid = Fraction(a + b, 2)
    checks = ["x=%s: %s." % (frac(mid), frac(mid * mid - s * mid + p))]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gaokao_math_like")


def domain(rng, zh):
    a = rng.randint(-4, 4)
    b = a + rng.randint(1, 6)
    rt = "√x" if a == 0 else "√(x %s %d)" % ("-" if a > 0 else "+", abs(a))
    q = T(zh, "Find the domain of f(x) = %s + ln(%d - x)." % (rt, b), "函数 f(x) = %s + ln(%d - x) 的定义域为______。" % (rt, b))
    ref = "[%d,%d)" % (a, b)
    alts = ["{x | %d ≤ x < %d}" % (a, b), "%d ≤ x < %d" % (a, b), "\\left[%d, %d\\right)" % (a, b)]
    wrongs = [("(%d,%d)" % (a, b), T(zh, "The root needs x - %d > 0." % a, "根号下需 x - %d > 0。" % a), "endpoint_open"),
              ("[%d,%d]" % (a, b), T(zh, "And %d - x ≥ 0." % b, "且 %d - x ≥ 0。" % b), "endpoint_closed")]
    steps = [T(zh, "Square root requires x - (%d) ≥ 0, i.e. x ≥ %d." % (a, a), "根式要求 x - (%d) ≥ 0，即 x ≥ %d。" % (a, a)),
             T(zh, "Logarithm requires %d - x > 0, i.e. x < %d." % (b, b), "对数要求 %d - x > 0，即 x < %d。" % (b, b))]
    checks = [T(zh, "x=%d is allowed (√0 = 0), x=%d is not (ln 0 undefined)." % (a, b),
                "x=%d 可取（√0=0），x=%d 不可取（ln 0 无意义）。" % (a, b))]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gaokao_math_like")


TRIG = [("π/6", 30), ("π/4", 45), ("π/3", 60), ("2π/3", 120), ("3π/4", 135), ("5π/6", 150)]
FORMS = {"1/2": ["1/2", "0.5", "\\frac{1}{2}"], "√2/2": ["√2/2", "1/√2", "\\frac{\\sqrt{2}}{2}"],
         "√3/2": ["√3/2", "\\frac{\\sqrt{3}}{2}", "(√3)/2"], "√3": ["√3", "\\sqrt{3}", "3/√3"],
         "√3/3": ["√3/3", "1/√3", "\\frac{\\sqrt{3}}{3}"], "1": ["1", "1.0"]}


def exact(v):
    for k, f in [("1/2", 0.5), ("√2/2", math.sqrt(2) / 2), ("√3/2", math.sqrt(3) / 2), ("√3", math.sqrt(3)),
                 ("√3/3", math.sqrt(3) / 3), ("1", 1.0)]:
        if abs(abs(v) - f) < 1e-9:
            return k, v < 0
    raise ValueError(v)


def trig_value(rng, zh):
    name, deg = rng.choice(TRIG)
    fn = rng.choice(["sin", "cos", "tan"])
    v = {"sin": math.sin, "cos": math.cos, "tan": math.tan}[fn](math.radians(deg))
    key, neg = exact(v)
    sg = "-" if neg else ""
    ref = sg + key
    alts = [sg + f for f in FORMS[key][1:]]
    other = {"sin": "cos", "cos": "sin", "tan": "sin"}[fn]
    ov = {"sin": math.sin, "cos": math.cos}[other](math.radians(deg))
    ok_, on = exact(ov)
    wrongs = []
    if ("-" if on else "") + ok_ != ref:
        wrongs.append((("-" if on else "") + ok_, T(zh, "Using the %s value by mistake." % other, "这里取了%s值。" % other),
                       "wrong_function"))
    wrongs.append((("" if neg else "-") + key, T(zh, "In this quadrant the sign is %s." % ("positive" if neg else "negative"),
                                                  "该象限符号为%s。" % ("正" if neg else "负")), "quadrant_sign"))
    q = T(zh, "Compute the exact value of %s(%s)." % (fn, name), "求 %s(%s) 的值。" % (fn, name))
    steps = [T(zh, "%s = %d°, reference angle %d°." % (name, deg, deg if deg <= 90 else 180 - deg),
               "%s = %d°，参考角为 %d°。" % (name, deg, deg if deg <= 90 else 180 - deg)),
             T(zh, "%s in quadrant %s has sign %s." % (fn, "I" if deg < 90 else "II", "-" if neg else "+"),
               "%s 在第%s象限符号为%s。" % (fn, "一" if deg < 90 else "二", "负" if neg else "正"))]
    checks = ["%s(%d°) ≈ %.4f" % (fn, deg, v)]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="math_like")


def cos_law_side(rng, zh):
    while True:
        a, b = rng.randint(2, 9), rng.randint(2, 9)
        C = rng.choice([60, 120])
        n = a * a + b * b + (-a * b if C == 60 else a * b)
        n2 = a * a + b * b + (a * b if C == 60 else -a * b)
        if simp_sqrt(n)[1] != 1 and n != n2:
            break
    Cs = "π/3" if C == 60 else "2π/3"
    q = T(zh, "In triangle ABC, a = %d, b = %d, C = %s. Find c." % (a, b, Cs),
          "在△ABC中，a = %d，b = %d，C = %s，求 c。" % (a, b, Cs))
    ref = rad(n)
    alts = ["√%d" % n, rad(n, 1), "\\sqrt{%d}" % n] if simp_sqrt(n)[0] > 1 else ["\\sqrt{%d}" % n, "%d^{1/2}" % n]
    steps = ["c² = a² + b² - 2ab·cos C = %d + %d - 2·%d·%d·(%s) = %d" % (a * a, b * b, a, b,
                                                                           "1/2" if C == 60 else "-1/2", n),
             "c = √%d = %s" % (n, rad(n))]
    checks = ["%s² = %d" % (rad(n), n)]
    wrongs = [(rad(n2), T(zh, "cos C taken with the wrong sign.", "cos C 的符号取反了。"), "cos_sign"),
              (str(n), T(zh, "So c = %d." % n, "所以 c = %d。" % n), "forgot_sqrt")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gaokao_math_like")


def cos_law_angle(rng, zh):
    a, b = rng.sample(range(2, 10), 2)
    C = rng.choice([60, 120])
    n = a * a + b * b + (-a * b if C == 60 else a * b)
    ref = "π/3" if C == 60 else "2π/3"
    alts = ["%d°" % C, "\\frac{\\pi}{3}" if C == 60 else "\\frac{2\\pi}{3}", "C = %d°" % C]
    q = T(zh, "In triangle ABC, a = %d, b = %d, c = √%d. Find angle C." % (a, b, n),
          "在△ABC中，a = %d，b = %d，c = √%d，求角 C。" % (a, b, n))
    cosv = Fraction(a * a + b * b - n, 2 * a * b)
    steps = ["cos C = (a² + b² - c²)/(2ab) = (%d + %d - %d)/%d = %s" % (a * a, b * b, n, 2 * a * b, frac(cosv)),
             T(zh, "Since 0 < C < π, C = %s." % ref, "因为 0 < C < π，所以 C = %s。" % ref)]
    checks = ["cos(%d°) = %s" % (C, frac(cosv))]
    wrongs = [("2π/3" if C == 60 else "π/3", T(zh, "cos C is %s." % frac(-cosv), "cos C = %s。" % frac(-cosv)),
               "cos_sign"), ("π/6" if C == 60 else "5π/6", T(zh, "That corresponds to the sine value.",
                                                             "对应正弦值。"), "sin_cos_confusion")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gaokao_math_like")


def two_part(rng, zh):
    d = rng.randint(1, 4)
    a1 = rng.randint(-3, 5)
    c = a1 - d
    a2, a5 = a1 + d, a1 + 4 * d
    S = [Fraction(d, 2), Fraction(2 * a1 - d, 2)]
    q = T(zh, "The arithmetic sequence {a_n} satisfies a_2 = %d, a_5 = %d. (1) Find a_n; (2) find the sum of the "
              "first n terms S_n." % (a2, a5),
          "已知等差数列{a_n}满足 a_2 = %d，a_5 = %d。(1) 求 a_n；(2) 求前 n 项和 S_n。" % (a2, a5))
    sn = poly(S + [0], "n")
    ref = "(1) a_n = %s (2) S_n = %s" % (lin(d, c), sn)
    alts = ["(1) a_n=%s；(2) S_n=n(%s)/2" % (lin(d, c), poly([d, 2 * a1 - d], "n")),
            "a_n = %s, S_n = %s" % (lin(d, c), sn)]
    wrong_S = poly([Fraction(d, 2), Fraction(2 * a1 + d, 2), 0], "n")
    steps = ["3d = a_5 - a_2 = %d ⇒ d = %d, a_1 = %d" % (a5 - a2, d, a1),
             "a_n = %d + (n-1)·%d = %s" % (a1, d, lin(d, c)),
             "S_n = n(a_1 + a_n)/2 = n(%s)/2 = %s" % (poly([d, 2 * a1 - d], "n"), sn)]
    checks = ["S_2 = a_1 + a_2 = %d, formula gives %s." % (a1 + a2, frac(S[0] * 4 + S[1] * 2))]
    wrongs = [("(1) a_n = %s (2) S_n = %s" % (lin(d, c), wrong_S), T(zh, "S_n = n(a_1+a_{n+1})/2.",
                                                                     "S_n = n(a_1+a_{n+1})/2。"), "second_part_wrong"),
              ("(1) a_n = %s (2) S_n = %s" % (lin(d, a1), sn), T(zh, "a_n = a_1 + nd.", "a_n = a_1 + nd。"),
               "first_part_wrong")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gaokao_math_like")


def radical_eq(rng, zh):
    while True:
        b = rng.randint(-2, 4)
        r = b + rng.randint(1, 5)
        a = (r - b) ** 2 - r
        r2 = 2 * b + 1 - r
        if r2 < b and r2 + a >= 0 and r2 != r:
            break
    q = T(zh, "Solve √(x %s %d) = x %s %d." % ("+" if a >= 0 else "-", abs(a), "-" if b >= 0 else "+", abs(b)),
          "解方程 √(x %s %d) = x %s %d。" % ("+" if a >= 0 else "-", abs(a), "-" if b >= 0 else "+", abs(b)))
    ref = "x=%d" % r
    alts = ["x = %d (x = %d is extraneous)" % (r, r2), "%d" % r, "{%d}" % r]
    steps = [T(zh, "Square both sides: x + %d = (x - %d)², i.e. %s = 0." % (a, b, poly([1, -(2 * b + 1), b * b - a])),
               "两边平方：x + %d = (x - %d)²，即 %s = 0。" % (a, b, poly([1, -(2 * b + 1), b * b - a]))),
             T(zh, "Candidates x = %d, x = %d. Need x - %d ≥ 0." % (r, r2, b), "得 x = %d 或 x = %d，需 x - %d ≥ 0。" % (r, r2, b))]
    checks = ["x=%d: √%d = %d ✓; x=%d: right side %d < 0 ✗" % (r, r + a, r - b, r2, r2 - b)]
    wrongs = [("x=%d或x=%d" % (r, r2), T(zh, "Both roots of the squared equation.", "两根都保留。"), "extraneous_kept"),
              ("x=%d" % r2, T(zh, "Take the smaller root.", "取较小根。"), "wrong_root")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="gaokao_math_like")


def log_val(rng, zh):
    base = rng.choice([2, 3, 4, 8, 9, 16, 27])
    p0 = {2: 2, 4: 2, 8: 2, 16: 2, 3: 3, 9: 3, 27: 3}[base]
    e = rng.choice([k for k in range(-3, 7) if k != 0 and Fraction(k, round(math.log(base, p0))).denominator != 1]
                   or [1])
    arg = Fraction(p0) ** e
    val = Fraction(e, round(math.log(base, p0)))
    q = T(zh, "Evaluate log_%d(%s)." % (base, frac(arg)), "计算 log_%d(%s) 的值。" % (base, frac(arg)))
    ref = frac(val)
    alts = [frac(val, True), "%s" % dec(val)] if terminating(val) else [frac(val, True)]
    steps = ["%d = %d^%d, %s = %d^%d" % (base, p0, round(math.log(base, p0)), frac(arg), p0, e),
             "log_%d(%s) = %d/%d = %s" % (base, frac(arg), e, round(math.log(base, p0)), frac(val))]
    checks = ["%d^(%s) = %s" % (base, frac(val), frac(arg))]
    wrongs = [(frac(1 / val), T(zh, "Ratio inverted.", "比值颠倒。"), "inverted_ratio"),
              (frac(-val), T(zh, "Negative exponent.", "指数取负。"), "sign_error")]
    return dict(q=q, ref=ref, alts=alts, wrongs=wrongs, steps=steps, checks=checks, ds="math_like")


FAMILIES = [quad_roots, arith_seq, quad_ineq, domain, trig_value, cos_law_side, cos_law_angle, two_part,
            radical_eq, log_val]
