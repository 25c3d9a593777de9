"""Math families (GSM8K, MATH, AIME, college, 高考/中考)."""
import math
from fractions import Fraction
from common import frac_tex, frac_plain, money

NAMES = ["Marisol", "Teodor", "Anjali", "Bram", "Keiko", "Oluwaseun", "Ilse", "Dario", "Fenna", "Rashid"]
ZNAMES = ["小林", "王晓雨", "陈默", "李思远", "赵一鸣", "周婷"]

def shop(rng):
    n = rng.choice(NAMES); p = rng.randint(3, 19) + rng.choice([0, 0.5, 0.25]); q = rng.randint(3, 9)
    d = rng.choice([10, 20, 25]); fee = rng.randint(2, 6)
    sub = p * q; tot = sub * (100 - d) / 100 + fee; bad = sub + fee
    qs = "%s buys %d notebooks at %s each. The shop gives a %d%% discount on the notebooks, then adds a flat %s delivery fee. How much does %s pay in total?" % (n, q, money(p), d, money(fee), n)
    ok = ["Subtotal: %d × %s = %s." % (q, money(p), money(sub)), "Discount of %d%%: %s × %.2f = %s." % (d, money(sub), (100 - d) / 100, money(sub * (100 - d) / 100)), "Add delivery: %s + %s = %s." % (money(sub * (100 - d) / 100), money(fee), money(tot))]
    bd = ["Subtotal: %d × %s = %s." % (q, money(p), money(sub)), "The discount I will treat as already included in the price.", "Add delivery: %s + %s = %s." % (money(sub), money(fee), money(bad))]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref=money(tot), alt=["%.2f dollars" % tot, "%s" % ("{:.2f}".format(tot))], wrong=money(bad))

def work(rng):
    a, b = rng.choice([(3, 6), (4, 12), (6, 12), (10, 15), (6, 10), (12, 24), (5, 20)])
    t = Fraction(a * b, a + b); h = int(t); m = (t - h) * 60
    ref = "%s hours" % frac_plain(t) if t.denominator == 1 else "%s hours" % frac_plain(t)
    alt = ["%d hours %d minutes" % (h, m) if m else "%d hours" % h, "%g h" % float(t) if float(t) * 4 == int(float(t) * 4) else frac_tex(t) + " hours"]
    wr = Fraction(a + b, 2)
    qs = "Pipe A fills a tank in %d hours and pipe B fills it in %d hours. Working together, how long do they take to fill the tank?" % (a, b)
    ok = ["Rate of A: 1/%d tank per hour; rate of B: 1/%d." % (a, b), "Combined: 1/%d + 1/%d = %s per hour." % (a, b, frac_plain(Fraction(1, a) + Fraction(1, b))), "Time = 1 / (%s) = %s hours." % (frac_plain(Fraction(1, a) + Fraction(1, b)), frac_plain(t))]
    bd = ["Average the two times: (%d + %d)/2 = %s hours." % (a, b, frac_plain(wr)), "That is the shared time."]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref=ref, alt=alt, wrong="%s hours" % frac_plain(wr))

def fracadd(rng):
    a, b, c, d = rng.randint(1, 7), rng.randint(2, 9), rng.randint(1, 7), rng.randint(2, 9)
    s = Fraction(a, b) + Fraction(c, d)
    if s.denominator == 1:
        d += 1; s = Fraction(a, b) + Fraction(c, d)
    w = Fraction(a + c, b + d)
    qs = "Compute $\\frac{%d}{%d} + \\frac{%d}{%d}$ and give the result in lowest terms." % (a, b, c, d)
    ok = ["Common denominator %d." % (b * d), "%d/%d = %d/%d and %d/%d = %d/%d." % (a, b, a * d, b * d, c, d, c * b, b * d), "Sum %d/%d, which reduces to %s." % (a * d + c * b, b * d, frac_plain(s))]
    bd = ["Add numerators and denominators: (%d+%d)/(%d+%d) = %s." % (a, c, b, d, frac_plain(w))]
    alt = [frac_plain(s), "%s" % frac_tex(s).replace("\\frac", "\\dfrac")]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref=frac_tex(s), alt=alt, wrong=frac_tex(w))

def quad(rng):
    r1, r2 = rng.sample([-7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8], 2)
    b, c = -(r1 + r2), r1 * r2
    qs = "Solve $x^2 %+d x %+d = 0$." % (b, c)
    lo, hi = sorted([r1, r2])
    ok = ["We need two numbers with product %d and sum %d: %d and %d." % (c, -b, r1, r2), "So $(x %+d)(x %+d)=0$." % (-r1, -r2), "Roots: x = %d, x = %d." % (lo, hi)]
    bd = ["Factor with the signs flipped: $(x %+d)(x %+d)=0$." % (r1, r2), "Roots: x = %d, x = %d." % (-hi, -lo)]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref="x = %d or x = %d" % (lo, hi), alt=["x=%d, x=%d" % (hi, lo), "\\{%d, %d\\}" % (lo, hi)], wrong="x = %d or x = %d" % (-hi, -lo))

def ineq(rng):
    a = rng.choice([2, 3, 4, 5]); k = rng.randint(-5, 8); b = rng.randint(-9, 9); c = a * k + b
    qs = "Solve the inequality $-%dx %+d < %d$ and write the solution as an interval." % (a, -b if False else b, -c + 2 * b) if False else "Solve $%dx %+d > %d$. Give the solution set as an interval." % (a, b, c)
    ok = ["Subtract %d: %dx > %d." % (b, a, c - b), "Divide by %d: x > %d." % (a, k), "Interval: $(%d, \\infty)$." % k]
    bd = ["Subtract %d: %dx > %d." % (b, a, c - b), "Divide by %d and (mistakenly) flip: x < %d." % (a, k)]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref="(%d, \\infty)" % k, alt=["x > %d" % k, "(%d, +\\infty)" % k, "\\{x \\mid x > %d\\}" % k], wrong="(-\\infty, %d)" % k)

def radical(rng):
    k = rng.randint(2, 7); m = rng.choice([2, 3, 5, 6, 7]); n = k * k * m
    qs = "Simplify $\\sqrt{%d}$." % n
    ok = ["%d = %d × %d, and %d is a perfect square." % (n, k * k, m, k * k), "So $\\sqrt{%d} = %d\\sqrt{%d}$." % (n, k, m)]
    wk = k + 1 if rng.random() < 0.5 else k - 1
    bd = ["%d = %d × %d?" % (n, wk * wk, m), "So $\\sqrt{%d} = %d\\sqrt{%d}$." % (n, wk, m)]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref="%d\\sqrt{%d}" % (k, m), alt=["%d√%d" % (k, m), "\\sqrt{%d}\\cdot %d" % (m, k)], wrong="%d\\sqrt{%d}" % (wk, m))

def comb(rng):
    n = rng.randint(7, 14); k = rng.randint(2, 5)
    v = math.comb(n, k); w = math.perm(n, k)
    qs = "A club of %d members must choose a committee of %d (order does not matter). In how many ways can this be done?" % (n, k)
    ok = ["Order does not matter, so use C(%d, %d)." % (n, k), "C(%d,%d) = %d!/(%d!·%d!) = %d." % (n, k, n, k, n - k, v)]
    bd = ["Choose one at a time: %s." % " × ".join(str(n - i) for i in range(k)), "= %d." % w]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref=str(v), alt=["{:,}".format(v), "%d ways" % v], wrong=str(w))

def aime(rng):
    b = rng.choice([2, 3, 7]); e = rng.randint(20, 60); mmod = 1000
    v = pow(b, e, mmod); w = (v + rng.choice([8, 100, 250])) % mmod
    qs = "Find the remainder when $%d^{%d}$ is divided by $1000$." % (b, e)
    ok = ["Work mod 8 and mod 125 separately, then combine with CRT.", "Alternatively, repeated squaring mod 1000 directly.", "Carrying out the exponentiation: %d^%d ≡ %d (mod 1000)." % (b, e, v)]
    bd = ["Repeated squaring mod 1000 (with a slip in one squaring step).", "Result: %d^%d ≡ %d (mod 1000)." % (b, e, w)]
    alt = ["%03d" % v, "%d" % v] if v < 100 else ["%d" % v]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref=str(v), alt=alt, wrong=str(w))

def matrix(rng):
    A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    W = [[A[i][j] * B[i][j] for j in range(2)] for i in range(2)]
    pm = lambda M: "\\begin{pmatrix} %d & %d \\\\ %d & %d \\end{pmatrix}" % (M[0][0], M[0][1], M[1][0], M[1][1])
    qs = "Let $A = %s$ and $B = %s$. Compute $AB$." % (pm(A), pm(B))
    ok = ["Entry (1,1): %d·%d + %d·%d = %d." % (A[0][0], B[0][0], A[0][1], B[1][0], C[0][0]), "Entry (1,2): %d, entry (2,1): %d, entry (2,2): %d." % (C[0][1], C[1][0], C[1][1]), "So AB = %s." % pm(C)]
    if W == C:
        W[0][0] += 1
    bd = ["Multiply entrywise.", "So AB = %s." % pm(W)]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref=pm(C), alt=["[[%d, %d], [%d, %d]]" % (C[0][0], C[0][1], C[1][0], C[1][1]), pm(C).replace("pmatrix", "bmatrix")], wrong=pm(W))

def percent(rng):
    a = rng.choice([40, 80, 120, 160, 200, 250]); p = rng.choice([5, 10, 15, 20, 25, 30, 35]); up = rng.random() < 0.5
    b = a * (100 + p) // 100 if up else a * (100 - p) // 100
    if (a * p) % 100:
        a = 200; b = 200 + 2 * p if up else 200 - 2 * p
    w = Fraction(abs(b - a) * 100, b)
    qs = "A bicycle's price changes from $%d to $%d. By what percent did the price %s?" % (a, b, "increase" if up else "decrease")
    ok = ["Change: |%d − %d| = %d." % (b, a, abs(b - a)), "Relative to the original price %d: %d/%d = %s." % (a, abs(b - a), a, frac_plain(Fraction(abs(b - a), a))), "That is %d%%." % p]
    bd = ["Change: %d." % abs(b - a), "Divide by the new price %d: %.2f%%." % (b, float(w))]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref="%d%%" % p, alt=["%d percent" % p, "%d\\%%" % p], wrong="%.2f%%" % float(w))

def clock(rng):
    h = rng.randint(1, 11); m = rng.choice([0, 15, 20, 40, 45]); dh = rng.randint(2, 6); dm = rng.choice([25, 35, 50, 55])
    tot = (h * 60 + m + dh * 60 + dm); H, M = divmod(tot, 60)
    def fmt(H, M):
        ap = "AM" if H % 24 < 12 else "PM"; hh = H % 12 or 12
        return "%d:%02d %s" % (hh, M, ap)
    qs = "A train leaves at %s and the trip takes %d hours %d minutes. At what time does it arrive?" % (fmt(h, m), dh, dm)
    ok = ["Start %s. Add %d hours: %s." % (fmt(h, m), dh, fmt(h + dh, m)), "Add %d minutes: %s." % (dm, fmt(H, M))]
    W = H + 1 if M < 60 else H
    bd = ["Add hours, then minutes, but forget to carry past the hour.", "Arrival %s." % fmt(h + dh, (m + dm) % 60)]
    wrong = fmt(h + dh, (m + dm) % 60)
    if wrong == fmt(H, M):
        wrong = fmt(H + 1, M)
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref=fmt(H, M), alt=["%02d:%02d" % (H % 24, M)], wrong=wrong)

def units(rng):
    v = rng.choice([18, 36, 54, 72, 90, 108, 126]); ms = v * 1000 // 3600
    qs = "A car travels at %d km/h. Express its speed in metres per second." % v
    ok = ["1 km/h = 1000 m / 3600 s = 5/18 m/s.", "%d × 5/18 = %d m/s." % (v, ms)]
    w = v * 18 // 5
    bd = ["Multiply by 18/5.", "%d × 18/5 = %g m/s." % (v, v * 18 / 5)]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref="%d m/s" % ms, alt=["%d metres per second" % ms, "%d\\ \\text{m/s}" % ms, "%d m·s⁻¹" % ms], wrong="%g m/s" % (v * 18 / 5))

def system(rng):
    x, y = rng.randint(-4, 6), rng.randint(-4, 6); a, b, c, d = 2, 3, 1, -1
    a = rng.choice([1, 2, 3]); b = rng.choice([2, 3, 4]); c = rng.choice([1, 2]); d = rng.choice([-1, -2, 1])
    if a * d - b * c == 0:
        d = -3
    e, f = a * x + b * y, c * x + d * y
    qs = "Solve the system: $%dx + %dy = %d$, $%dx %+dy = %d$. Give $(x, y)$." % (a, b, e, c, d, f)
    ok = ["Eliminate: determinant %d." % (a * d - b * c), "x = %d, then substitute to get y = %d." % (x, y), "(x, y) = (%d, %d)." % (x, y)]
    bd = ["x = %d, y = %d (swapped in back-substitution)." % (y, x)]
    wr = "(%d, %d)" % (y, x) if x != y else "(%d, %d)" % (x, y + 1)
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref="(%d, %d)" % (x, y), alt=["x = %d, y = %d" % (x, y), "x=%d,\\ y=%d" % (x, y)], wrong=wr)

def circle(rng):
    r = rng.randint(2, 12)
    qs = "A circle has diameter %d cm. Find its area in terms of $\\pi$." % (2 * r)
    ok = ["Radius = %d cm." % r, "Area = πr² = %dπ cm²." % (r * r)]
    bd = ["Use the diameter directly: π·%d² = %dπ." % (2 * r, 4 * r * r)]
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref="%d\\pi\\ \\text{cm}^2" % (r * r), alt=["%dπ cm²" % (r * r), "%d\\pi" % (r * r)], wrong="%d\\pi\\ \\text{cm}^2" % (4 * r * r))

def integral(rng):
    a = rng.randint(1, 4); n = rng.choice([1, 2, 3]); up = rng.randint(1, 3)
    v = Fraction(a * up ** (n + 1), n + 1); w = Fraction(a * n * up ** (n - 1))
    qs = "Evaluate $\\int_0^{%d} %dx^{%d}\\,dx$." % (up, a, n)
    ok = ["Antiderivative: %d x^%d / %d." % (a, n + 1, n + 1), "At %d: %s; at 0: 0." % (up, frac_plain(v)), "Value %s." % frac_plain(v)]
    bd = ["Differentiate instead: %d·%d x^%d." % (a, n, n - 1), "At %d: %s." % (up, frac_plain(w))]
    if w == v:
        w += 1
    al = [frac_plain(v)] + (["%g" % float(v)] if (v * 8).denominator == 1 else [])
    return dict(q=qs, steps_ok=ok, steps_bad=bd, ref=frac_tex(v), alt=al, wrong=frac_tex(w))

EN = [shop, work, fracadd, quad, ineq, radical, comb, aime, matrix, percent, clock, units, system, circle, integral]
