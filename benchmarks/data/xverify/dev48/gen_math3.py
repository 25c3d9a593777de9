"""Math problem families (part 3): sequences, logs, complex numbers, sets, polynomials, probability."""
from fractions import Fraction as F
import math
from common import frac_str, dec_str
from gen_math import L, NAMES, NAMES_ZH


def arith_series(rng, lang):
    a1, d, n = rng.randint(-5, 12), rng.randint(2, 7), rng.randint(12, 40)
    an = a1 + (n - 1) * d
    s = n * (a1 + an) // 2 if n * (a1 + an) % 2 == 0 else F(n * (a1 + an), 2)
    w = n * (a1 + a1 + n * d) // 2 if n * (2 * a1 + n * d) % 2 == 0 else F(n * (2 * a1 + n * d), 2)
    q = L(lang, "An arithmetic sequence has first term %d and common difference %d. Find the sum of its first %d terms." % (a1, d, n),
          "等差数列 {aₙ} 的首项 a₁ = %d，公差 d = %d，求前 %d 项和 S_%d。" % (a1, d, n, n))
    steps = [L(lang, "Term number %d is a_%d = %d + (%d − 1)·%d = %d." % (n, n, a1, n, d, an), "第 %d 项 a_%d = %d + (%d − 1)×%d = %d。" % (n, n, a1, n, d, an)),
             L(lang, "Sum formula: S_n = n(a_1 + a_n)/2.", "求和公式：Sₙ = n(a₁ + aₙ)/2。"),
             L(lang, "S_%d = %d·(%d + %d)/2 = %s." % (n, n, a1, an, frac_str(F(s))), "S_%d = %d×(%d + %d)/2 = %s。" % (n, n, a1, an, frac_str(F(s))))]
    err = L(lang, "Using a_n = a_1 + n·d = %d, S_%d = %d·(%d + %d)/2 = %s." % (a1 + n * d, n, n, a1, a1 + n * d, frac_str(F(w))),
            "用 aₙ = a₁ + nd = %d，S_%d = %d×(%d + %d)/2 = %s。" % (a1 + n * d, n, n, a1, a1 + n * d, frac_str(F(w))))
    return dict(q=q, gist=L(lang, "sum of an arithmetic series", "等差数列求和"), steps=steps, err=err,
                check=L(lang, "Alternative formula n·a_1 + n(n−1)d/2 = %d + %d = %s." % (n * a1, n * (n - 1) * d // 2, frac_str(F(s))),
                        "另一公式 na₁ + n(n−1)d/2 = %d + %d = %s。" % (n * a1, n * (n - 1) * d // 2, frac_str(F(s)))),
                ref=frac_str(F(s)), eq=["S_{%d} = %s" % (n, frac_str(F(s))), "{:,}".format(int(s)) if abs(s) >= 1000 else "%s.0" % frac_str(F(s))],
                eqtag="integer_formatting", wrong=[frac_str(F(w))], errtag="off_by_one_term")


def logs(rng, lang):
    b = rng.choice([2, 3, 4, 5, 8, 9, 16, 27])
    base_p = {2: (2, 1), 4: (2, 2), 8: (2, 3), 16: (2, 4), 3: (3, 1), 9: (3, 2), 27: (3, 3), 5: (5, 1)}[b]
    p, e = base_p
    k = rng.randint(1, 9)
    x = p ** k
    v = F(k, e)
    q = L(lang, "Evaluate $\\log_{%d} %d$." % (b, x), "求 $\\log_{%d} %d$ 的值。" % (b, x))
    steps = [L(lang, "Write both numbers as powers of %d: %d = %d^%d and %d = %d^%d." % (p, b, p, e, x, p, k), "把两数都写成 %d 的幂：%d = %d^%d，%d = %d^%d。" % (p, b, p, e, x, p, k)),
             L(lang, "Then log_%d %d = %d/%d." % (b, x, k, e), "所以 log_%d %d = %d/%d。" % (b, x, k, e)),
             L(lang, "Simplified, that is %s." % frac_str(v), "化简得 %s。" % frac_str(v))]
    w = F(e, k) if F(e, k) != v else v + 1
    err = L(lang, "Then log_%d %d = %d/%d = %s." % (b, x, e, k, frac_str(w)), "所以 log_%d %d = %d/%d = %s。" % (b, x, e, k, frac_str(w)))
    eq = [frac_str(v, True)] + ([dec_str(v)] if dec_str(v) and v.denominator > 1 else []) + (["%d.0" % v] if v.denominator == 1 else [])
    return dict(q=q, gist=L(lang, "evaluating a logarithm", "对数求值"), steps=steps, err=err,
                check=L(lang, "%d^(%s) = %d^(%d·%s) = %d^%d = %d." % (b, frac_str(v), p, e, frac_str(v), p, k, x), "%d^(%s) = %d^%d = %d，正确。" % (b, frac_str(v), p, k, x)),
                ref=frac_str(v), eq=eq, eqtag="fraction_latex_decimal", wrong=[frac_str(w)], errtag="inverted_ratio")


def complex_mul(rng, lang):
    a, b, c, d = [rng.choice([x for x in range(-6, 7) if x]) for _ in range(4)]
    re, im = a * c - b * d, a * d + b * c
    if re == 0 or im == 0:
        return complex_mul(rng, lang)
    wr = a * c + b * d
    fmt = lambda r, i: "%d %s %di" % (r, "+" if i >= 0 else "-", abs(i))
    q = L(lang, "Compute $(%s)(%s)$, where $i^2 = -1$." % (fmt(a, b), fmt(c, d)), "计算 $(%s)(%s)$（i 为虚数单位）。" % (fmt(a, b), fmt(c, d)))
    steps = [L(lang, "Expand: %d·%d + %d·%di + %di·%d + %di·%di." % (a, c, a, d, b, c, b, d), "展开：%d×%d + %d×%di + %di×%d + %di×%di。" % (a, c, a, d, b, c, b, d)),
             L(lang, "That is %d + %di + %di + %di^2." % (a * c, a * d, b * c, b * d), "即 %d + %di + %di + %di²。" % (a * c, a * d, b * c, b * d)),
             L(lang, "With i^2 = −1: real part %d − (%d) = %d, imaginary part %d + %d = %d, so the product is %s." % (a * c, b * d, re, a * d, b * c, im, fmt(re, im)),
               "由 i² = −1：实部 %d − (%d) = %d，虚部 %d + %d = %d，所以结果为 %s。" % (a * c, b * d, re, a * d, b * c, im, fmt(re, im)))]
    err = L(lang, "Treating i^2 as +1: real part %d + %d = %d, so the product is %s." % (a * c, b * d, wr, fmt(wr, im)), "把 i² 当成 1：实部 %d + %d = %d，结果为 %s。" % (a * c, b * d, wr, fmt(wr, im)))
    eq = ["%s%s" % (("%di" % im) if im else "", (" %s %d" % ("+" if re >= 0 else "-", abs(re)))), "%d+(%d)i" % (re, im)]
    return dict(q=q, gist=L(lang, "multiplying complex numbers", "复数乘法"), steps=steps, err=err,
                check=L(lang, "Moduli: |z1|^2·|z2|^2 = %d·%d = %d and |product|^2 = %d." % (a * a + b * b, c * c + d * d, (a * a + b * b) * (c * c + d * d), re * re + im * im),
                        "模验证：|z₁|²|z₂|² = %d，|积|² = %d。" % ((a * a + b * b) * (c * c + d * d), re * re + im * im)),
                ref=fmt(re, im), eq=eq, eqtag="complex_term_order", wrong=[fmt(wr, im)], errtag="i_squared_sign")


def set_inter(rng, lang):
    r1, r2 = sorted(rng.sample(range(-6, 8), 2))
    t = rng.randint(r1 + 1, r2 + 4)
    # A = {x | (x - r1)(x - r2) < 0} = (r1, r2);  B = {x | x >= t}
    lo, hi = max(r1, t), r2
    if lo >= hi:
        return set_inter(rng, lang)
    closed = t > r1
    ref = ("[%d, %d)" % (lo, hi)) if closed else ("(%d, %d)" % (lo, hi))
    wrong = "(%d, %d)" % (lo, hi) if closed else "[%d, %d)" % (lo, hi)
    poly = "x^2 %s %dx %s %d" % ("-" if r1 + r2 >= 0 else "+", abs(r1 + r2), "+" if r1 * r2 >= 0 else "-", abs(r1 * r2))
    q = L(lang, "Let $A = \\{x \\mid %s < 0\\}$ and $B = \\{x \\mid x \\ge %d\\}$. Find $A \\cap B$." % (poly, t),
          "已知集合 $A = \\{x \\mid %s < 0\\}$，$B = \\{x \\mid x \\ge %d\\}$，则 $A \\cap B$ = ______。" % (poly, t))
    steps = [L(lang, "Factor: %s = (x − (%d))(x − (%d)), which is negative strictly between the roots, so A = (%d, %d)." % (poly, r1, r2, r1, r2),
               "因式分解：%s = (x − (%d))(x − (%d))，小于零的解在两根之间，所以 A = (%d, %d)。" % (poly, r1, r2, r1, r2)),
             L(lang, "B = [%d, +∞)." % t, "B = [%d, +∞)。" % t),
             L(lang, "Intersection: x must satisfy both, giving %s." % ref, "取交集得 A ∩ B = %s。" % ref)]
    err = L(lang, "Intersection: %s." % wrong, "取交集得 A ∩ B = %s。" % wrong)
    cmp_ = "\\le" if closed else "<"
    eq = ["\\{x \\mid %d %s x < %d\\}" % (lo, cmp_, hi), "%d %s x < %d" % (lo, "≤" if closed else "<", hi)]
    return dict(q=q, gist=L(lang, "intersection of solution sets", "集合的交集"), steps=steps, err=err,
                check=L(lang, "Endpoint check: x = %d is %s B and %s A." % (lo, "in", "in" if closed else "not in"), "端点检验：x = %d %s A ∩ B。" % (lo, "属于" if closed else "不属于")),
                ref=ref, eq=eq, eqtag="interval_vs_set_builder", wrong=[wrong], errtag="endpoint_bracket")


def expand(rng, lang):
    a, b = rng.choice([x for x in range(-7, 8) if x]), rng.choice([x for x in range(-7, 8) if x])
    k = rng.randint(2, 4)
    c2, c1, c0 = k, k * (a + b), k * a * b
    term = lambda c, s: "" if c == 0 else ("%s%s" % ("+ " if c > 0 else "- ", (("%d" % abs(c)) if abs(c) != 1 or not s else "") + s))
    poly = ("%dx^2 %s %s" % (c2, term(c1, "x"), term(c0, ""))).replace("  ", " ").strip()
    wp = ("%dx^2 %s %s" % (c2, term(k * (a + b), "x"), term(a * b, ""))).replace("  ", " ").strip()
    if c0 == a * b:
        wp = ("%dx^2 %s %s" % (c2, term(a + b, "x"), term(c0, ""))).replace("  ", " ").strip()
    q = L(lang, "Expand $%d(x %s %d)(x %s %d)$." % (k, "+" if a > 0 else "-", abs(a), "+" if b > 0 else "-", abs(b)),
          "展开并化简：$%d(x %s %d)(x %s %d)$。" % (k, "+" if a > 0 else "-", abs(a), "+" if b > 0 else "-", abs(b)))
    steps = [L(lang, "First multiply the binomials: x^2 + (%d + %d)x + (%d)(%d) = x^2 + %dx + %d." % (a, b, a, b, a + b, a * b),
               "先乘两个二项式：x² + (%d + %d)x + (%d)(%d) = x² + %dx + %d。" % (a, b, a, b, a + b, a * b)),
             L(lang, "Then multiply every term by %d." % k, "再把每一项乘以 %d。" % k),
             L(lang, "Result: %s." % poly, "结果：%s。" % poly)]
    err = L(lang, "Result (distributing %d): %s." % (k, wp), "乘以 %d 后得：%s。" % (k, wp))
    eq = [poly.replace("x^2", "x²"), " + ".join(reversed(poly.split(" + "))) if " + " in poly and "-" not in poly else poly.replace(" ", "")]
    return dict(q=q, gist=L(lang, "expanding a polynomial product", "多项式展开"), steps=steps, err=err,
                check=L(lang, "At x = 1: %d(1 %+d)(1 %+d) = %d and %d + %d + %d = %d." % (k, a, b, k * (1 + a) * (1 + b), c2, c1, c0, c2 + c1 + c0),
                        "代入 x = 1：%d(1 %+d)(1 %+d) = %d，%d + %d + %d = %d。" % (k, a, b, k * (1 + a) * (1 + b), c2, c1, c0, c2 + c1 + c0)),
                ref=poly, eq=eq, eqtag="polynomial_notation", wrong=[wp], errtag="partial_distribution")


def dice(rng, lang):
    t = rng.randint(3, 11)
    ways = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == t)
    p = F(ways, 36)
    q = L(lang, "Two fair six-sided dice are rolled. What is the probability that the sum is %d?" % t, "同时掷两枚均匀的骰子，点数之和为 %d 的概率是多少？" % t)
    pairs = ", ".join("(%d,%d)" % (i, t - i) for i in range(1, 7) if 1 <= t - i <= 6)
    steps = [L(lang, "There are 6 × 6 = 36 equally likely outcomes.", "共有 6 × 6 = 36 种等可能结果。"),
             L(lang, "Ordered pairs with sum %d: %s — that's %d outcomes." % (t, pairs, ways), "和为 %d 的有序数对：%s，共 %d 种。" % (t, pairs, ways)),
             L(lang, "Probability = %d/36 = %s." % (ways, frac_str(p)), "概率 = %d/36 = %s。" % (ways, frac_str(p)))]
    err = L(lang, "There are 11 possible sums (2 to 12), so the probability is %d/11." % ways, "点数和有 11 种（2 到 12），所以概率为 %d/11。" % ways)
    eq = [frac_str(p, True), "%d/36" % ways, "\\dfrac{%d}{%d}" % (p.numerator, p.denominator)]
    return dict(q=q, gist=L(lang, "probability with two dice", "古典概型"), steps=steps, err=err,
                check=L(lang, "All sums' counts 1,2,3,4,5,6,5,4,3,2,1 add to 36; the sum-%d count is %d." % (t, ways), "各和的种数 1,2,3,4,5,6,5,4,3,2,1 合计 36，和为 %d 的是 %d 种。" % (t, ways)),
                ref=frac_str(p), eq=eq, eqtag="unreduced_fraction", wrong=[frac_str(F(ways, 11))], errtag="non_equiprobable_sums")


def lcm_word(rng, lang):
    a, b = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 18], 2)
    l = a * b // math.gcd(a, b)
    n = rng.choice(NAMES_ZH if lang == "zh" else NAMES)
    q = L(lang, "%s's two alarms ring every %d minutes and every %d minutes. They just rang together at 9:00. After how many minutes will they next ring together?" % (n, a, b),
          "%s的两个闹钟分别每 %d 分钟和每 %d 分钟响一次，9:00 时恰好同时响。至少再过多少分钟它们会再次同时响？" % (n, a, b))
    steps = [L(lang, "We need the least common multiple of %d and %d." % (a, b), "即求 %d 与 %d 的最小公倍数。" % (a, b)),
             L(lang, "gcd(%d, %d) = %d." % (a, b, math.gcd(a, b)), "gcd(%d, %d) = %d。" % (a, b, math.gcd(a, b))),
             L(lang, "lcm = %d × %d / %d = %d minutes." % (a, b, math.gcd(a, b), l), "最小公倍数 = %d × %d ÷ %d = %d 分钟。" % (a, b, math.gcd(a, b), l))]
    w = a * b if a * b != l else a + b
    err = L(lang, "They coincide after %d × %d = %d minutes." % (a, b, a * b) if w == a * b else "They coincide after %d + %d = %d minutes." % (a, b, w),
            "两者相乘：%d × %d = %d 分钟后同时响。" % (a, b, a * b) if w == a * b else "%d + %d = %d 分钟后同时响。" % (a, b, w))
    h, m = divmod(l, 60)
    eq = [L(lang, "%d minutes" % l, "%d分钟" % l), L(lang, "%d min" % l, "%d 分钟后" % l)]
    if h:
        eq.append(L(lang, "%d hour%s %d minutes" % (h, "s" if h > 1 else "", m), "%d小时%d分钟" % (h, m)))
    return dict(q=q, gist=L(lang, "two periodic alarms coinciding", "最小公倍数应用题"), steps=steps, err=err,
                check=L(lang, "%d/%d = %d and %d/%d = %d, both whole." % (l, a, l // a, l, b, l // b), "%d÷%d = %d，%d÷%d = %d，都是整数。" % (l, a, l // a, l, b, l // b)),
                ref=str(l), eq=eq, eqtag="minutes_vs_hours", wrong=[str(w)], errtag="product_not_lcm")


FAMILIES3 = [arith_series, logs, complex_mul, set_inter, expand, dice, lcm_word]
DATASET = {"shop": "gsm8k_like", "work_rate": "gsm8k_like", "clock": "gsm8k_like", "lcm_word": "gsm8k_like", "percent_change": "gsm8k_like",
           "divisors": "aime_like", "modpow": "amc_like", "combos": "math_like", "dice": "math_like", "matrix": "college_math_like",
           "integral": "college_math_like", "complex_mul": "olympiadbench_like", "speed_units": "gsm8k_like"}
