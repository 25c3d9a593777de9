"""dev14's algebra families: quadratic inequalities, cubic roots, systems, sums, complex numbers, logs, AM-GM, recurrences, absolute-value inequalities. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import math
from forms import fr_tex, fr_txt, poly2, sgn, words


def fam_quad_ineq(r):
    a = r.randint(-7, 3)
    b = a + r.randint(2, 8)
    if a == -b:
        b += 1
    B, C = -(a + b), a * b
    p = poly2(B, C)
    strict = r.random() < 0.35
    op = '>' if strict else '\\ge'
    opu = '>' if strict else '≥'
    le, ge = ('<', '>') if strict else ('≤', '≥')
    lt, gt = ('<', '>') if strict else ('\\le', '\\ge')
    br1, br2 = (')', '(') if strict else (']', '[')
    topic = f"the inequality {p} {opu} 0"
    q_en = f"Solve the inequality ${p} {op} 0$ over the real numbers."
    q_zh = f"解不等式 ${p} {op} 0$（x 为实数）。"
    disc = B * B - 4 * C
    steps_en = [
        f"The left side {p} has discriminant {B}^2 - 4·({C}) = {disc}, which is the perfect square {int(math.isqrt(disc))}^2, so it factors over the integers.",
        f"Looking for two numbers with product {C} and sum {-B}: they are {a} and {b}, giving (x {sgn(-a)})(x {sgn(-b)}).",
        f"The parabola y = {p} opens upward, so it is {'strictly positive' if strict else 'non-negative'} outside the interval between its zeros {a} and {b}.",
        f"Sign chart: for x < {a} both factors are negative (product positive); for {a} < x < {b} the factors have opposite signs; for x > {b} both are positive.",
        (f"The endpoints {a} and {b} make the product 0, and 0 > 0 is false, so they are excluded." if strict else
         f"At x = {a} and x = {b} the expression equals 0, and the inequality allows equality, so both endpoints belong to the solution."),
    ]
    steps_zh = [
        f"先因式分解：判别式为 {B}^2 - 4×({C}) = {disc}，是完全平方数。",
        f"积为 {C}、和为 {-B} 的两个数是 {a} 和 {b}，所以 {p} = (x {sgn(-a)})(x {sgn(-b)})。",
        f"抛物线开口向上，在两根 {a} 与 {b} 之外取正值，两根之间取负值。",
        ("端点处值为 0，不满足严格不等号，因此端点不取。" if strict else f"x = {a} 与 x = {b} 时左边等于 0，题目允许取等号，所以端点要包含进去。"),
    ]
    check_en = [f"Test x = {a - 1}: ({a - 1 - a})({a - 1 - b}) = {(a - 1 - a) * (a - 1 - b)} {'>' if strict else '≥'} 0 ✓.",
                f"Test x = {(a + b) / 2:g}: ({(a + b) / 2 - a:g})({(a + b) / 2 - b:g}) = {((a + b) / 2 - a) * ((a + b) / 2 - b):g}, negative, so the middle is excluded ✓.",
                f"Test x = {b + 2}: ({b + 2 - a})({2}) = {(b + 2 - a) * 2}, positive ✓."]
    check_zh = [f"验证：取 x = {a - 1}，得 {(a - 1 - a) * (a - 1 - b)}，满足；取 x = {b + 2}，得 {(b + 2 - a) * 2}，满足。"]
    ref_forms = [f"(-\\infty, {a}{br1} \\cup {br2}{b}, \\infty)", f"x {lt} {a} \\text{{ or }} x {gt} {b}",
                 f"Factor: $(x{sgn(-a).replace(' ', '')})(x{sgn(-b).replace(' ', '')}) {op} 0$. The product is {'positive' if strict else 'non-negative'} outside the roots, so $x {lt} {a}$ or $x {gt} {b}$."]
    good = [(f"x {le} {a} or x {ge} {b}", 'relation_pair_prose'),
            (f"$(-\\infty,{a}{br1}\\cup{br2}{b},+\\infty)$", 'interval_union'),
            (f"$x {lt} {a}$ 或 $x {gt} {b}$" , 'zh_or_relations'),
            (f"all real x with x {le} {a}, together with all x {ge} {b}", 'relations_in_words'),
            (f"$\\{{x \\mid x {lt} {a} \\ \\text{{or}}\\ x {gt} {b}\\}}$", 'set_builder')]
    bad = [(f"{a} {le} x {le} {b}", 'complement_region', 'picked the region between the roots'),
           (f"x {le} {-b} or x {ge} {-a}", 'sign_flipped_roots', 'roots with flipped sign')]
    if not strict:
        bad.append((f"$(-\\infty,{a})\\cup({b},\\infty)$", 'endpoints_dropped', 'open intervals although equality allowed'))
    else:
        bad.append((f"$(-\\infty,{a}]\\cup[{b},\\infty)$", 'endpoints_added', 'closed endpoints for a strict inequality'))
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_cubic_roots(r):
    while True:
        rs = sorted(r.sample([x for x in range(-6, 8) if x != 0], 3))
        if len(set(rs)) == 3:
            break
    r1, r2, r3 = rs
    s1 = r1 + r2 + r3
    s2 = r1 * r2 + r1 * r3 + r2 * r3
    s3 = r1 * r2 * r3
    p = f"x^3 {sgn(-s1)}x^2 {sgn(s2)}x {sgn(-s3)}".replace('+ 0x^2 ', '').replace('+ 0x ', '').replace(' 1x', ' x')
    topic = f"the cubic {p}"
    q_en = f"Find all real roots of ${p} = 0$."
    q_zh = f"求方程 ${p} = 0$ 的所有实数根。"
    divs = sorted({d for d in range(1, abs(s3) + 1) if s3 % d == 0})
    steps_en = [
        f"By the rational root theorem any rational root divides the constant term {-s3}, so candidates are ±{', ±'.join(map(str, divs[:6]))}{', ...' if len(divs) > 6 else ''}.",
        f"Try x = {r1}: ({r1})^3 {sgn(-s1)}·({r1})^2 {sgn(s2)}·({r1}) {sgn(-s3)} = {r1 ** 3} {sgn(-s1 * r1 * r1)} {sgn(s2 * r1)} {sgn(-s3)} = 0, so (x {sgn(-r1)}) is a factor.",
        f"Synthetic division by (x {sgn(-r1)}) leaves the quadratic {poly2(-(r2 + r3), r2 * r3)}.",
        f"That quadratic factors as (x {sgn(-r2)})(x {sgn(-r3)}), because {r2}·{r3} = {r2 * r3} and {r2} + {r3} = {r2 + r3}.",
        f"Vieta sanity check: the roots should sum to {s1} and multiply to {s3}; indeed {r1} + {r2} + {r3} = {s1} and {r1}·{r2}·{r3} = {s3}.",
    ]
    steps_zh = [
        f"由有理根定理，有理根必整除常数项 {-s3}。",
        f"代入 x = {r1} 得 0，故 (x {sgn(-r1)}) 是因式。",
        f"综合除法后剩下 {poly2(-(r2 + r3), r2 * r3)} = (x {sgn(-r2)})(x {sgn(-r3)})。",
        f"韦达定理检验：三根之和 {s1}，三根之积 {s3}，一致。",
    ]
    check_en = [f"Plug x = {r3}: {r3 ** 3} {sgn(-s1 * r3 * r3)} {sgn(s2 * r3)} {sgn(-s3)} = {r3 ** 3 - s1 * r3 * r3 + s2 * r3 - s3} ✓.",
                f"Plug x = {r2}: {r2 ** 3 - s1 * r2 * r2 + s2 * r2 - s3} ✓."]
    check_zh = [f"把 x = {r2} 代回：{r2 ** 3} {sgn(-s1 * r2 * r2)} {sgn(s2 * r2)} {sgn(-s3)} = 0，成立。"]
    o = [r3, r1, r2]
    ref_forms = [f"x = {r1}, {r2}, {r3}", f"\\{{{r1}, {r2}, {r3}\\}}",
                 f"Rational root test gives $x={r1}$; dividing out leaves $(x{sgn(-r2).replace(' ', '')})(x{sgn(-r3).replace(' ', '')})$. Roots: ${r1}, {r2}, {r3}$."]
    good = [(f"the roots are {o[0]}, {o[1]} and {o[2]}", 'roots_prose_reordered'),
            (f"$x_1={r1},\\ x_2={r2},\\ x_3={r3}$", 'indexed_roots'),
            (f"$x \\in \\{{{o[1]}, {o[0]}, {o[2]}\\}}$", 'roots_as_set'),
            (f"x = {r1} or x = {r2} or x = {r3}", 'roots_or_chain')]
    bad = [(f"x = {r1}, {r2}", 'missing_root', 'one root missing'),
           (f"x = {r1}, {r2}, {-r3}", 'one_root_sign', 'one root with wrong sign'),
           (f"x = {-r1}, {-r2}, {-r3}", 'all_signs_flipped', 'roots of the reflected polynomial')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_system(r):
    while True:
        x, y = r.randint(-9, 9), r.randint(-9, 9)
        a1, b1, a2, b2 = [r.choice([v for v in range(-6, 7) if v]) for _ in range(4)]
        det = a1 * b2 - a2 * b1
        if det != 0 and x != y and x != -y and x and y:
            break
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y

    def lin(a, b, c):
        s = f"{'' if a == 1 else '-' if a == -1 else a}x {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}y = {c}"
        return s
    e1, e2 = lin(a1, b1, c1), lin(a2, b2, c2)
    topic = f"the system {e1}, {e2}"
    q_en = f"Solve the system of equations\n\\[\n\\begin{{cases}} {e1} \\\\ {e2} \\end{{cases}}\n\\]\nand give the solution as an ordered pair $(x, y)$."
    q_zh = f"解方程组 $\\begin{{cases}} {e1} \\\\ {e2} \\end{{cases}}$，结果写成有序数对 $(x,y)$。"
    steps_en = [
        f"Write the coefficient matrix [[{a1}, {b1}], [{a2}, {b2}]]; its determinant is {a1}·{b2} - ({b1})·({a2}) = {det}, nonzero, so there is exactly one solution.",
        f"Cramer's rule: D_x = {c1}·{b2} - ({b1})·{c2} = {c1 * b2 - b1 * c2}, so x = {c1 * b2 - b1 * c2}/{det} = {x}.",
        f"D_y = {a1}·{c2} - {c1}·({a2}) = {a1 * c2 - c1 * a2}, so y = {a1 * c2 - c1 * a2}/{det} = {y}.",
        f"Back-substitute into the first equation: {a1}·({x}) + ({b1})·({y}) = {a1 * x} + {b1 * y} = {c1}, matching the right-hand side {c1}.",
    ]
    steps_zh = [
        f"系数行列式 D = {a1}×{b2} - ({b1})×({a2}) = {det} ≠ 0，方程组有唯一解。",
        f"D_x = {c1 * b2 - b1 * c2}，所以 x = {x}；D_y = {a1 * c2 - c1 * a2}，所以 y = {y}。",
        f"代入第一个方程：{a1 * x} + ({b1 * y}) = {c1}，正确。",
    ]
    check_en = [f"Second equation: {a2}·({x}) + ({b2})·({y}) = {a2 * x + b2 * y}, and the right side is {c2} ✓."]
    check_zh = [f"代入第二个方程：{a2 * x} + ({b2 * y}) = {c2}，成立。"]
    ref_forms = [f"({x}, {y})", f"x={x}, y={y}",
                 f"Determinant ${det}$; Cramer gives $x = {c1 * b2 - b1 * c2}/{det} = {x}$ and $y = {a1 * c2 - c1 * a2}/{det} = {y}$. Answer $({x},{y})$."]
    good = [(f"x = {x}, y = {y}", 'pair_as_two_equations'),
            (f"$(x,y)=({x},\\,{y})$", 'pair_latex'),
            (f"$\\begin{{cases}}x={x}\\\\y={y}\\end{{cases}}$", 'pair_cases_env'),
            (f"y = {y} and x = {x}", 'pair_reversed_labels')]
    bad = [(f"({y}, {x})", 'swapped_pair', 'coordinates swapped'),
           (f"({x}, {-y})", 'sign_error_y', 'sign of y flipped'),
           (f"x = {x}", 'only_one_coordinate', 'y not given')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_arith_sum(r):
    a = r.randint(2, 30)
    d = r.randint(2, 9)
    n = r.randint(12, 60)
    last = a + (n - 1) * d
    S = n * (a + last) // 2 if (n * (a + last)) % 2 == 0 else None
    if S is None:
        n += 1
        last = a + (n - 1) * d
        S = n * (a + last) // 2
    topic = f"the sum {a} + {a + d} + {a + 2 * d} + … + {last}"
    q_en = f"Compute $ {a} + {a + d} + {a + 2 * d} + \\cdots + {last}$."
    q_zh = f"计算 ${a} + {a + d} + {a + 2 * d} + \\cdots + {last}$ 的值。"
    steps_en = [
        f"These terms form an arithmetic progression with first term {a} and common difference {d}.",
        f"Number of terms: ({last} - {a})/{d} + 1 = {(last - a) // d} + 1 = {n}.",
        f"Pair the first and last terms: {a} + {last} = {a + last}; every symmetric pair has that same sum.",
        f"So the total is n(first + last)/2 = {n}·{a + last}/2 = {S}.",
    ]
    steps_zh = [f"这是首项 {a}、公差 {d} 的等差数列。", f"项数 n = ({last} - {a})/{d} + 1 = {n}。",
                f"和 = n(首项+末项)/2 = {n}×{a + last}/2 = {S}。"]
    check_en = [f"Alternative: S = n·a + d·n(n-1)/2 = {n}·{a} + {d}·{n * (n - 1) // 2} = {n * a} + {d * n * (n - 1) // 2} = {S} ✓."]
    check_zh = [f"另法：S = na + d·n(n-1)/2 = {n * a} + {d * n * (n - 1) // 2} = {S}，一致。"]
    wrongS = (n - 1) * (a + last - d) // 2 if ((n - 1) * (a + last - d)) % 2 == 0 else S - last
    ref_forms = [str(S), f"{S:,}", f"$n = {n}$ terms, sum $= \\frac{{{n}({a}+{last})}}{{2}} = {S}$."]
    good = [(str(S), 'plain_integer'), (f"{S:,}", 'thousands_separator'), (f"$S_{{{n}}} = {S}$", 'subscripted_sum')]
    if S < 10000:
        good.append((f"{words(S)} ({S})", 'number_words_with_digits'))
    bad = [(str(S - last), 'off_by_one_terms', 'dropped the last term'),
           (str(S + last + d), 'extra_term', 'counted one extra term')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like' if r.random() < 0.3 else 'math_like')


def fam_complex(r):
    while True:
        a, b, c, d = [r.choice([v for v in range(-6, 7) if v]) for _ in range(4)]
        re, im = a * c - b * d, a * d + b * c
        if re and im and re != im:
            break

    def cz(x, y):
        return f"{x} {'+' if y > 0 else '-'} {abs(y) if abs(y) != 1 else ''}i"
    z1, z2 = cz(a, b), cz(c, d)
    topic = f"the product ({z1})({z2})"
    q_en = f"Compute $({z1})({z2})$ and write the result in the form $a + bi$."
    q_zh = f"计算 $({z1})({z2})$，结果写成 $a+bi$ 的形式。"
    steps_en = [
        f"FOIL: {a}·{c} = {a * c}, {a}·{d}i = {a * d}i, {b}i·{c} = {b * c}i, {b}i·{d}i = {b * d}i².",
        f"Since i² = -1, the last term {b * d}i² becomes {-b * d}.",
        f"Real part: {a * c} + ({-b * d}) = {re}; imaginary part: {a * d} + {b * c} = {im}.",
    ]
    steps_zh = [f"展开：{a * c} + {a * d}i + {b * c}i + {b * d}i²。", f"i² = -1，实部 {a * c} - ({b * d}) = {re}，虚部 {a * d}+{b * c} = {im}。"]
    check_en = [f"Modulus check: |z₁|²|z₂|² = {a * a + b * b}·{c * c + d * d} = {(a * a + b * b) * (c * c + d * d)} and {re}² + {im}² = {re * re + im * im} ✓."]
    check_zh = [f"模长检验：{a * a + b * b}×{c * c + d * d} = {re * re + im * im} = {re}²+{im}²，一致。"]
    ref_forms = [cz(re, im).replace(' ', ''), cz(re, im), f"$({z1})({z2}) = {a * c}{a * d:+d}i{b * c:+d}i{b * d:+d}i^2 = {cz(re, im)}$"]
    good = [(cz(re, im), 'a_plus_bi'), (f"{im}i {'+' if re > 0 else '-'} {abs(re)}", 'imag_first_order'),
            (f"${re}{'+' if im > 0 else '-'}{abs(im)}\\mathrm{{i}}$", 'roman_i')]
    bad = [(cz(re, -im), 'conjugate', 'gave the conjugate'), (cz(a * c + b * d, im), 'i_squared_plus_one', 'treated i^2 as +1'),
           (cz(im, re), 'parts_swapped', 'real and imaginary parts swapped')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_amgm(r):
    k = r.choice([4, 9, 16, 25, 36, 49])
    c = r.choice([1, 2, 3])
    s = math.isqrt(k)
    # minimize c*x + c*k/x for x>0 -> min 2c*s at x = s
    mn = 2 * c * s
    topic = f"the minimum of {c}x + {c * k}/x"
    ex = f"{'' if c == 1 else c}x + \\frac{{{c * k}}}{{x}}"
    q_en = f"For $x > 0$, find the minimum value of $f(x) = {ex}$."
    q_zh = f"当 $x>0$ 时，求 $f(x) = {ex}$ 的最小值。"
    steps_en = [
        f"Both terms are positive for x > 0, so AM–GM applies: {c}x + {c * k}/x ≥ 2√({c}x · {c * k}/x) = 2√{c * c * k} = {mn}.",
        f"Equality needs {c}x = {c * k}/x, i.e. x² = {k}, x = {s}.",
        f"Calculus cross-check: f'(x) = {c} - {c * k}/x², zero at x = {s}; f''({s}) = {2 * c * k}/{s ** 3} > 0, a minimum.",
        f"f({s}) = {c * s} + {c * k // s} = {mn}.",
    ]
    steps_zh = [f"由均值不等式 {c}x + {c * k}/x ≥ 2√{c * c * k} = {mn}。", f"当且仅当 x = {s} 时取等号，最小值为 {mn}。"]
    check_en = [f"Nearby values: f({s + 1}) = {c * (s + 1)} + {c * k}/{s + 1} ≈ {c * (s + 1) + c * k / (s + 1):.3f} and f({s - 1 if s > 1 else 0.5}) ≈ {c * (s - 1 if s > 1 else 0.5) + c * k / (s - 1 if s > 1 else 0.5):.3f}, both above {mn} ✓."]
    check_zh = [f"取 x = {s + 1}，f ≈ {c * (s + 1) + c * k / (s + 1):.3f} > {mn}。"]
    ref_forms = [str(mn), f"{mn}", f"By AM-GM $f(x)\\ge 2\\sqrt{{{c * c * k}}}={mn}$, attained at $x={s}$; minimum ${mn}$."]
    good = [(f"{mn}", 'plain_min_value'), (f"$f_{{\\min}} = f({s}) = {mn}$", 'min_with_location'),
            (f"the minimum is {mn}, attained when x = {s}", 'value_then_location')]
    bad = [(f"x = {s}", 'location_not_value', 'gave the minimiser instead of the minimum'),
           (f"{c * s}", 'half_of_value', 'dropped the factor 2'),
           (f"{mn // 2 if mn % 2 == 0 else mn + 1} or {mn}", 'two_answers', 'two values offered')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_recurrence(r):
    c = r.choice([2, 3])
    a1 = r.choice([1, 2, 4])
    # a_{n+1} = c a_n + d with fixed point; choose d so closed form integer
    d = r.choice([1, 2, 3])
    # a_n = (a1 + d/(c-1)) c^{n-1} - d/(c-1)
    fp = F(d, c - 1)
    A = a1 + fp
    first = [a1]
    for _ in range(4):
        first.append(c * first[-1] + d)
    topic = f"a_(n+1) = {c}a_n + {d}, a_1 = {a1}"
    q_en = f"A sequence satisfies $a_1 = {a1}$ and $a_{{n+1}} = {c}a_n + {d}$ for $n \\ge 1$. Find a closed form for $a_n$."
    q_zh = f"数列满足 $a_1={a1}$，$a_{{n+1}}={c}a_n+{d}$，求通项公式 $a_n$。"
    At = fr_tex(A)
    ft = fr_tex(fp)
    steps_en = [
        f"Fixed point of the map starting from a_1 = {a1}: L = {c}L + {d} gives L = {fr_txt(-fp)}.",
        f"Then b_n = a_n + {fr_txt(fp)} satisfies b_(n+1) = {c} b_n, geometric with ratio {c} and first term {fr_txt(A)}.",
        f"b_1 = {a1} + {fr_txt(fp)} = {fr_txt(A)}, so b_n = {fr_txt(A)}·{c}^(n-1).",
        f"Hence a_n = {fr_txt(A)}·{c}^(n-1) - {fr_txt(fp)}.",
        f"First terms from the recursion: {', '.join(map(str, first))}.",
    ]
    steps_zh = [f"设 b_n = a_n + {fr_txt(fp)}，则 b_(n+1) = {c}b_n。", f"b_1 = {fr_txt(A)}，所以 a_n = {fr_txt(A)}·{c}^(n-1) - {fr_txt(fp)}。"]
    check_en = [f"n = 3: {fr_txt(A)}·{c}² - {fr_txt(fp)} = {fr_txt(A * c * c - fp)}, and the recursion gives {first[2]} ✓."]
    check_zh = [f"n=3 时公式给出 {fr_txt(A * c * c - fp)}，递推得 {first[2]}，一致。"]
    ref = f"{At}\\cdot {c}^{{n-1}} - {ft}"
    # alternative equivalent form A/c * c^n - fp
    alt = f"\\frac{{{fr_txt(A)}}}{{{c}}}\\cdot {c}^{{n}} - {ft}" if A.denominator == 1 else None
    ref_forms = [ref, f"a_n = {ref}", f"Shift by the fixed point: $a_n + {ft} = {At}\\cdot {c}^{{n-1}}$, so $a_n = {ref}$."]
    good = [(f"$a_n = {ref}$", 'closed_form'), (f"a_n = {fr_txt(A)}*{c}^(n-1) - {fr_txt(fp)}", 'ascii_closed_form')]
    if A.denominator == 1 and fp.denominator == 1:
        good.append((f"$a_n = {A * c}\\cdot {c}^{{n-2}} - {fp}$" if True else '', 'equivalent_shifted_exponent'))
    bad = [(f"$a_n = {At}\\cdot {c}^{{n}} - {ft}$", 'exponent_off_by_one', 'c^n instead of c^(n-1)'),
           (f"$a_n = {At}\\cdot {c}^{{n-1}} + {ft}$", 'fixed_point_sign', 'wrong sign on the shift'),
           (f"$a_n = {a1}\\cdot {c}^{{n-1}}$", 'ignored_constant', 'ignored the +d term')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_abs_ineq(r):
    a = r.randint(-6, 6)
    b = r.randint(2, 9)
    lo, hi = a - b, a + b
    topic = f"|x {sgn(-a)}| < {b}"
    q_en = f"Find all real $x$ satisfying $|x {sgn(-a)}| < {b}$. Express your answer in interval notation."
    q_zh = f"解不等式 $|x {sgn(-a)}| < {b}$，用区间表示。"
    steps_en = [
        f"|x {sgn(-a)}| < {b} means the distance from x to {a} is less than {b}.",
        f"Equivalently -{b} < x {sgn(-a)} < {b}.",
        f"Add {a} throughout: {lo} < x < {hi}.",
        f"The inequality is strict, so neither {lo} nor {hi} is included.",
    ]
    steps_zh = [f"等价于 -{b} < x {sgn(-a)} < {b}。", f"各加 {a}：{lo} < x < {hi}。"]
    check_en = [f"x = {a} gives 0 < {b} ✓; x = {hi} gives {b} < {b}, false, so {hi} is excluded ✓."]
    check_zh = [f"x = {hi} 时 |{hi - a}| = {b}，不满足严格不等号，端点不取。"]
    ref_forms = [f"({lo}, {hi})", f"{lo} < x < {hi}", f"$-{b}<x{sgn(-a).replace(' ', '')}<{b}$ so $x\\in({lo},{hi})$."]
    good = [(f"$({lo},\\ {hi})$", 'open_interval'), (f"{lo} < x < {hi}", 'double_inequality'),
            (f"x > {lo} and x < {hi}", 'conjunction_prose'), (f"$x\\in\\left]{lo},{hi}\\right[$", 'french_interval_notation')]
    bad = [(f"[{lo}, {hi}]", 'closed_interval', 'endpoints included'),
           (f"(-∞, {lo}) ∪ ({hi}, ∞)", 'outside_region', 'solved |...| > b'),
           (f"({-hi}, {-lo})", 'shift_wrong_direction', 'shifted the wrong way')]
    if a == 0:
        bad = bad[:2]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_log(r):
    base = r.choice([2, 3, 5])
    k = r.randint(2, 5)
    c = r.randint(1, 6)
    # log_base(x + c) + log_base(x - c)?? keep simple: log_b(x) + log_b(x - c) = k with integer root
    # pick root x0 > c with x0(x0-c) = base^k
    target = base ** k
    sols = [x for x in range(c + 1, target + c + 1) if x * (x - c) == target]
    tries = 0
    while not sols:
        c = r.randint(1, 30)
        k = r.randint(2, 6)
        target = base ** k
        sols = [x for x in range(c + 1, target + c + 1) if x * (x - c) == target]
        tries += 1
        if tries > 500:
            base, k, c = 2, 3, 2
            target = 8
            sols = [4]
    x0 = sols[0]
    wrong_t = target if target != x0 else target + c
    other = c - x0  # other root of x^2 - c x - target = 0
    topic = f"log_{base}(x) + log_{base}(x - {c}) = {k}"
    q_en = f"Solve $\\log_{{{base}}} x + \\log_{{{base}}}(x - {c}) = {k}$."
    q_zh = f"解方程 $\\log_{{{base}}} x + \\log_{{{base}}}(x-{c}) = {k}$。"
    steps_en = [
        f"Domain: x > 0 and x - {c} > 0, so x > {c}.",
        f"Combine: log_{base}(x(x - {c})) = {k}, so x² - {c}x = {base}^{k} = {target}.",
        f"x² - {c}x - {target} = 0 factors as (x - {x0})(x {sgn(-other)}) = 0, giving x = {x0} or x = {other}.",
        f"x = {other} violates the domain (it is not greater than {c}), so it is extraneous.",
    ]
    steps_zh = [f"定义域 x > {c}。", f"合并得 x(x-{c}) = {target}，解得 x = {x0} 或 x = {other}。", f"x = {other} 不在定义域内，舍去。"]
    check_en = [f"x = {x0}: log_{base}{x0} + log_{base}{x0 - c} = log_{base}{x0 * (x0 - c)} = {k} ✓."]
    check_zh = [f"检验 x = {x0}：log_{base}({x0}×{x0 - c}) = log_{base}{target} = {k}。"]
    ref_forms = [str(x0), f"x = {x0}", f"$x(x-{c}) = {target}\\Rightarrow x={x0}$ (reject $x={other}$)."]
    good = [(f"x = {x0}", 'single_solution'), (f"${x0}$ (the root ${other}$ is rejected)", 'mentions_rejected_root'),
            (f"the only solution is {words(x0) if x0 < 1000 else x0}", 'number_word_solution')]
    bad = [(f"x = {x0} or x = {other}", 'kept_extraneous_root', 'kept the extraneous root'),
           (f"x = {other}", 'wrong_root_kept', 'kept only the extraneous root'),
           (f"x = {wrong_t}", 'exponentiated_wrongly', 'gave b^k')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')
