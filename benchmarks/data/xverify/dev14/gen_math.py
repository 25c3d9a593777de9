# Math problem families for dev14. Each family returns a problem instance:
#   dict(topic, q_en, q_zh, steps_en, steps_zh, check_en, check_zh, ref_forms, good, bad, dataset)
# good: list of (final_text, trap); bad: list of (final_text, trap, wrong_value_description)
from fractions import Fraction as F
import math


def fr_tex(f):
    f = F(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = '-' if f < 0 else ''
    return f"{s}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"


def fr_txt(f):
    f = F(f)
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def sgn(n):
    return f"+ {n}" if n >= 0 else f"- {-n}"


def poly2(b, c, var='x'):
    # x^2 + b x + c
    s = f"{var}^2"
    if b:
        s += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}{var}"
    if c:
        s += f" {'+' if c > 0 else '-'} {abs(c)}"
    return s


NUMW = {0: 'zero', 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine',
        10: 'ten', 11: 'eleven', 12: 'twelve', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen',
        17: 'seventeen', 18: 'eighteen', 19: 'nineteen'}
TENS = {2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty', 7: 'seventy', 8: 'eighty', 9: 'ninety'}


def words(n):
    if n < 20:
        return NUMW[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ('' if u == 0 else '-' + NUMW[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return NUMW[h] + ' hundred' + ('' if r == 0 else ' and ' + words(r))
    th, r = divmod(n, 1000)
    return words(th) + ' thousand' + ('' if r == 0 else (' and ' if r < 100 else ' ') + words(r))


# ---------------------------------------------------------------- families

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


def fam_prob_balls(r):
    red = r.randint(3, 9)
    blue = r.randint(2, 8)
    tot = red + blue
    p = F(red * (red - 1), tot * (tot - 1))
    topic = f"drawing two red balls from {red} red and {blue} blue"
    q_en = f"A bag holds {red} red and {blue} blue balls. Two balls are drawn at random without replacement. What is the probability that both are red? Express your answer as a common fraction."
    q_zh = f"袋中有 {red} 个红球和 {blue} 个蓝球，不放回地随机取出两个球，求两个都是红球的概率（用最简分数表示）。"
    steps_en = [
        f"There are {red} + {blue} = {tot} balls in total, so the number of unordered pairs is C({tot}, 2) = {tot * (tot - 1) // 2}.",
        f"Favourable pairs, ignoring the {blue} blue balls: C({red}, 2) = {red * (red - 1) // 2}.",
        f"Probability = {red * (red - 1) // 2}/{tot * (tot - 1) // 2}, which reduces to {fr_txt(p)}.",
        f"Same thing sequentially: ({red}/{tot})·({red - 1}/{tot - 1}) = {red * (red - 1)}/{tot * (tot - 1)} = {fr_txt(p)}.",
    ]
    steps_zh = [f"总共 {red}+{blue}={tot} 个球，取两个的方法数 C({tot},2) = {tot * (tot - 1) // 2}。",
                f"两个都是红球（蓝球 {blue} 个不计）：C({red},2) = {red * (red - 1) // 2}。",
                f"概率 = {red * (red - 1) // 2}/{tot * (tot - 1) // 2} = {fr_txt(p)}。"]
    check_en = [f"Complement check: P(not both red) = 1 - {fr_txt(p)} = {fr_txt(1 - p)}, and the three cases (RR, mixed, BB) add to {fr_txt(p)} + {fr_txt(F(2 * red * blue, tot * (tot - 1)))} + {fr_txt(F(blue * (blue - 1), tot * (tot - 1)))} = 1 ✓."]
    check_zh = [f"检验：两红、一红一蓝、两蓝的概率之和为 {fr_txt(p)} + {fr_txt(F(2 * red * blue, tot * (tot - 1)))} + {fr_txt(F(blue * (blue - 1), tot * (tot - 1)))} = 1。"]
    with_repl = F(red * red, tot * tot)
    ref_forms = [fr_tex(p), fr_txt(p), f"$\\binom{{{red}}}{{2}}/\\binom{{{tot}}}{{2}} = {fr_tex(p)}$"]
    good = [(f"${fr_tex(p)}$", 'latex_fraction'),
            (f"{red * (red - 1) // 2}/{tot * (tot - 1) // 2}", 'unreduced_fraction'),
            (f"$\\dfrac{{{p.numerator}}}{{{p.denominator}}}$", 'dfrac')]
    dec = p.numerator / p.denominator
    if (p.denominator & (p.denominator - 1)) == 0 or all(q in (2, 5) for q in _pf(p.denominator)):
        good.append((f"{dec:g} (that is {dec * 100:g}%)", 'exact_decimal_and_percent'))
    bad = [(fr_txt(with_repl) if with_repl != p else fr_txt(p + F(1, 100)), 'with_replacement', 'computed with replacement'),
           (fr_txt(1 - p), 'complement', 'probability of the complement')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def _pf(n):
    out, d = [], 2
    while n > 1:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    return out


def fam_committee(r):
    n = r.randint(7, 14)
    k = r.randint(3, 5)
    c = math.comb(n, k)
    pk = math.perm(n, k)
    names = r.choice([('students', 'committee'), ('players', 'starting group'), ('volunteers', 'team'), ('books', 'reading list')])
    topic = f"choosing {k} of {n} {names[0]}"
    q_en = f"In how many ways can a {names[1]} of {k} be chosen from {n} {names[0]} if order does not matter?"
    q_zh = f"从 {n} 名学生中选出 {k} 人组成小组（不计顺序），共有多少种选法？"
    steps_en = [
        f"Order does not matter, so this is a combination count C({n}, {k}).",
        f"If order mattered we would have {n}·{n - 1}·...·{n - k + 1} = {pk} arrangements.",
        f"Each unordered group of {k} out of the {n} is counted {k}! = {math.factorial(k)} times in that list, so divide: {pk}/{math.factorial(k)} = {c}.",
    ]
    steps_zh = [f"不计顺序，是组合数 C({n},{k})。", f"排列数为 A({n},{k}) = {pk}，每组被重复计算 {k}! = {math.factorial(k)} 次。",
                f"所以 C({n},{k}) = {pk}/{math.factorial(k)} = {c}。"]
    check_en = [f"Pascal check: C({n - 1},{k - 1}) + C({n - 1},{k}) = {math.comb(n - 1, k - 1)} + {math.comb(n - 1, k)} = {c} ✓."]
    check_zh = [f"用帕斯卡公式检验：C({n - 1},{k - 1}) + C({n - 1},{k}) = {math.comb(n - 1, k - 1)} + {math.comb(n - 1, k)} = {c}。"]
    ref_forms = [str(c), f"\\binom{{{n}}}{{{k}}} = {c}", f"$\\binom{{{n}}}{{{k}}}=\\frac{{{pk}}}{{{math.factorial(k)}}}={c}$ ways."]
    good = [(f"$\\binom{{{n}}}{{{k}}} = {c}$", 'expression_then_value'), (f"{c} ways", 'number_with_noun'),
            (f"C({n},{k}) = {c}", 'c_notation_value')]
    bad = [(str(pk), 'permutation_not_combination', 'counted ordered selections'),
           (f"$\\binom{{{n}}}{{{k}}}$ = {math.comb(n, k - 1) if math.comb(n, k - 1) != c else c + n}", 'expression_right_value_wrong', 'value of the wrong binomial')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset=r.choice(['math_like', 'gsm8k_like']))


def fam_cylinder(r):
    rad = r.randint(3, 9)
    h = r.randint(3, 15)
    V = rad * rad * h
    topic = f"a cylinder of radius {rad} cm and height {h} cm"
    q_en = f"A right circular cylinder has radius {rad} cm and height {h} cm. Find its volume in cubic centimetres, in terms of $\\pi$."
    q_zh = f"一个圆柱的底面半径为 {rad} cm，高为 {h} cm，求它的体积（用 $\\pi$ 表示，单位 cm³）。"
    steps_en = [
        f"Volume of a cylinder = base area × height = πr²h, here with r = {rad} and h = {h}.",
        f"Base area with r = {rad} (before using h = {h}): π·{rad}² = {rad * rad}π cm².",
        f"Multiply by the height {h}: {rad * rad}π·{h} = {V}π cm³.",
    ]
    steps_zh = [f"圆柱体积 V = πr²h，其中 r = {rad}，h = {h}。", f"底面积 π×{rad}² = {rad * rad}π（高为 {h}）。", f"乘以高 {h}：V = {V}π cm³。"]
    check_en = [f"Numerically {V}π ≈ {V * math.pi:.2f} cm³; a box of {2 * rad}×{2 * rad}×{h} = {4 * rad * rad * h} cm³ would enclose it, and the ratio is π/4 ≈ 0.785 as it should be ✓."]
    check_zh = [f"数值上 {V}π ≈ {V * math.pi:.2f}，外接长方体体积 {4 * rad * rad * h}，比值约 0.785 = π/4，合理。"]
    ref_forms = [f"{V}\\pi", f"{V}\\pi \\text{{ cm}}^3", f"$V=\\pi r^2 h=\\pi\\cdot {rad}^2\\cdot {h}={V}\\pi$ cm$^3$."]
    good = [(f"${V}\\pi\\ \\text{{cm}}^3$", 'pi_with_unit'), (f"{V}π cubic centimetres", 'pi_unicode_words_unit'),
            (f"$\\pi \\cdot {V}$", 'pi_first'), (f"${2 * V}\\pi/2$ cm³", 'unsimplified_pi')]
    bad = [(f"{4 * V}π cm³", 'diameter_as_radius', 'used the diameter as the radius'),
           (f"{V} cm³", 'dropped_pi', 'forgot the factor pi'),
           (f"{2 * rad * h}π cm³", 'lateral_area_confusion', 'computed 2rh pi (lateral area) instead')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_distance_radical(r):
    while True:
        x1, y1, x2, y2 = [r.randint(-8, 8) for _ in range(4)]
        d2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
        sq = 1
        for k in range(2, 20):
            if d2 % (k * k) == 0:
                sq = k
        rest = d2 // (sq * sq)
        if sq > 1 and rest > 1 and math.isqrt(rest) ** 2 != rest:
            break
    topic = f"the distance from ({x1}, {y1}) to ({x2}, {y2})"
    q_en = f"Find the distance between the points $A({x1}, {y1})$ and $B({x2}, {y2})$. Give the answer in simplest radical form."
    q_zh = f"求点 $A({x1},{y1})$ 与 $B({x2},{y2})$ 之间的距离（化为最简根式）。"
    dx, dy = x2 - x1, y2 - y1
    steps_en = [
        f"Horizontal change: {x2} - ({x1}) = {dx}; vertical change: {y2} - ({y1}) = {dy}.",
        f"Distance formula: AB = √(({dx})² + ({dy})²) = √({dx * dx} + {dy * dy}) = √{d2}.",
        f"Simplify: {d2} = {sq * sq}·{rest}, so √{d2} = {sq}√{rest}.",
    ]
    steps_zh = [f"Δx = {dx}，Δy = {dy}。", f"AB = √({dx * dx} + {dy * dy}) = √{d2}。", f"{d2} = {sq * sq}×{rest}，所以 AB = {sq}√{rest}。"]
    check_en = [f"Squaring the answer: ({sq}√{rest})² = {sq * sq}·{rest} = {d2} ✓; and {sq}√{rest} ≈ {math.sqrt(d2):.3f}, which lies between |Δx| = {abs(dx)} and |Δx|+|Δy| = {abs(dx) + abs(dy)} as it must."]
    check_zh = [f"平方检验：({sq}√{rest})² = {d2}，近似值 {math.sqrt(d2):.3f}。"]
    ref_forms = [f"{sq}\\sqrt{{{rest}}}", f"\\sqrt{{{d2}}}", f"$AB=\\sqrt{{{dx}^2+{dy}^2}}=\\sqrt{{{d2}}}={sq}\\sqrt{{{rest}}}$"]
    good = [(f"${sq}\\sqrt{{{rest}}}$", 'simplified_radical'), (f"√{d2}", 'unsimplified_radical'),
            (f"{sq}*sqrt({rest})", 'ascii_radical'), (f"${sq}\\sqrt{rest}$", 'broken_latex_braces' if rest >= 10 else 'radical_no_braces')]
    if rest >= 10:
        good = good[:3]  # \sqrt13 would mean sqrt(1)*3 strictly; keep only unambiguous forms
    bad = [(f"{sq}√{rest * 2}", 'wrong_radicand', 'doubled the radicand'),
           (f"√{abs(dx) + abs(dy)}" if abs(dx) + abs(dy) != d2 else f"{sq + 1}√{rest}", 'added_not_squared', 'summed the legs inside the root'),
           (f"{sq * sq}√{rest}", 'squared_coefficient', 'kept sq^2 outside the root')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_speed_units(r):
    v_ms = r.choice([5, 10, 15, 20, 25, 30, 35])
    t_s = r.choice([120, 180, 240, 300, 360, 600, 900])
    dist = v_ms * t_s
    kmh = v_ms * 18 // 5 if (v_ms * 18) % 5 == 0 else None
    veh = r.choice(['cyclist', 'train', 'delivery van', 'motor scooter', 'tram', 'ferry'])
    topic = f"the {veh} covering {dist} m in {t_s // 60} minutes"
    q_en = f"A {veh} travels {dist / 1000:g} km in {t_s // 60} minutes at constant speed. What is its speed in km/h?"
    q_zh = f"一辆{ '火车' if veh == 'train' else '电车'}以恒定速度在 {t_s // 60} 分钟内行驶了 {dist / 1000:g} 千米，它的速度是多少 km/h？"
    steps_en = [
        f"Distance {dist / 1000:g} km = {dist} m and time {t_s // 60} min = {t_s} s.",
        f"Speed in SI units: {dist} m / {t_s} s = {v_ms} m/s.",
        f"To convert the {v_ms} m/s of this {veh} to km/h multiply by 3.6: {v_ms} × 3.6 = {kmh}.",
        f"Equivalently, {t_s // 60} minutes is {F(t_s, 3600)} h, and {dist / 1000:g} ÷ {fr_txt(F(t_s, 3600))} = {kmh} km/h.",
    ]
    steps_zh = [f"{dist / 1000:g} km = {dist} m，{t_s // 60} min = {t_s} s。", f"速度 = {dist}/{t_s} = {v_ms} m/s。",
                f"换算成 km/h：{v_ms} × 3.6 = {kmh} km/h。"]
    check_en = [f"In {t_s // 60} minutes at {kmh} km/h one covers {kmh} × {t_s // 60}/60 = {kmh * t_s / 3600:g} km ✓."]
    check_zh = [f"验算：{kmh} km/h × {t_s // 60}/60 h = {kmh * t_s / 3600:g} km，正确。"]
    ref_forms = [f"{kmh} km/h", f"{kmh}", f"Speed $= {dist / 1000:g}\\text{{ km}} \\div \\frac{{{t_s // 60}}}{{60}}\\text{{ h}} = {kmh}$ km/h."]
    good = [(f"{kmh} km/h", 'number_with_unit'), (f"{v_ms} m/s (= {kmh} km/h)", 'other_unit_then_converted'),
            (f"{v_ms} m/s", 'other_unit_only_equivalent'), (f"${kmh}\\,\\mathrm{{km\\,h^{{-1}}}}$", 'si_style_unit')]
    bad = [(f"{v_ms} km/h", 'm_per_s_value_with_kmh_unit', 'm/s value labelled km/h'),
           (f"{kmh / 3.6 / 3.6:.2f} km/h" if v_ms % 1 == 0 else f"{v_ms} km/h", 'converted_wrong_direction', 'divided by 3.6 instead of multiplying'),
           (f"{dist / 1000 / (t_s // 60):g} km/h", 'per_minute_as_per_hour', 'km per minute labelled km/h')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_triangle_angle(r):
    a = r.randint(2, 11)
    b = r.randint(2, 13)
    if a == b:
        b = a + 5
    # law of cosines with angle 60 or 120
    ang = r.choice([60, 120])
    c2 = a * a + b * b - (a * b if ang == 60 else -a * b)
    topic = f"the triangle with sides {a}, {b}, √{c2}"
    q_en = f"In triangle $ABC$, $a = {a}$, $b = {b}$ and $c = \\sqrt{{{c2}}}$. Find angle $C$ in radians."
    q_zh = f"在 $\\triangle ABC$ 中，$a={a}$，$b={b}$，$c=\\sqrt{{{c2}}}$，求角 $C$（用弧度表示）。"
    cosC = F(a * a + b * b - c2, 2 * a * b)
    rad_tex = "\\frac{\\pi}{3}" if ang == 60 else "\\frac{2\\pi}{3}"
    rad_txt = "π/3" if ang == 60 else "2π/3"
    other_tex = "\\frac{2\\pi}{3}" if ang == 60 else "\\frac{\\pi}{3}"
    steps_en = [
        f"Law of cosines: cos C = (a² + b² - c²)/(2ab) = ({a * a} + {b * b} - {c2})/(2·{a}·{b}).",
        f"Numerator {a * a + b * b - c2}, denominator {2 * a * b}, so cos C = {fr_txt(cosC)}.",
        f"For sides {a}, {b} the angle in (0, π) whose cosine is {fr_txt(cosC)} is {ang}°, that is {rad_txt} radians.",
    ]
    steps_zh = [f"由余弦定理 cos C = (a²+b²-c²)/(2ab) = ({a * a}+{b * b}-{c2})/{2 * a * b} = {fr_txt(cosC)}。",
                f"边长 {a}、{b} 的夹角 C ∈ (0, π)，所以 C = {ang}° = {rad_txt}。"]
    check_en = [f"Reverse check: with C = {ang}°, c² = {a * a} + {b * b} - 2·{a}·{b}·({fr_txt(cosC)}) = {c2} ✓."]
    check_zh = [f"反代：c² = {a * a}+{b * b}-2×{a}×{b}×({fr_txt(cosC)}) = {c2}，正确。"]
    ref_forms = [rad_tex, f"{ang}^\\circ", f"$\\cos C = {fr_tex(cosC)}$, hence $C = {rad_tex}$."]
    good = [(f"${rad_tex}$", 'radians_latex'), (f"{ang}°", 'degrees_instead_of_radians'),
            (f"{rad_txt} rad (that is {ang} degrees)", 'radians_and_degrees')]
    bad = [(f"${other_tex}$", 'supplementary_angle', 'supplement of the true angle'),
           (f"{ang} radians", 'degree_number_as_radians', 'degree value labelled radians'),
           (f"{fr_txt(cosC)}", 'cosine_not_angle', 'gave cos C instead of C')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


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


def fam_modpow(r):
    base = r.choice([2, 3, 7, 11, 13, 17])
    m = r.choice([5, 7, 9, 11, 13])
    if base % m == 0:
        base += 1
    e = r.randint(50, 2027)
    val = pow(base, e, m)
    cyc = []
    x = 1
    for i in range(1, m + 1):
        x = x * base % m
        cyc.append(x)
        if x == 1:
            break
    L = len(cyc)
    topic = f"{base}^{e} mod {m}"
    q_en = f"What is the remainder when ${base}^{{{e}}}$ is divided by ${m}$?"
    q_zh = f"求 ${base}^{{{e}}}$ 除以 ${m}$ 的余数。"
    steps_en = [
        f"Compute successive powers of {base} modulo {m}: {', '.join(f'{base}^{i + 1} ≡ {v}' for i, v in enumerate(cyc))}.",
        f"So the powers of {base} modulo {m} repeat with period {L}.",
        f"{e} = {L}·{e // L} + {e % L}, hence {base}^{e} ≡ {base}^{e % L if e % L else L} (mod {m}).",
        f"From the list of powers of {base}, that residue modulo {m} is {val}.",
    ]
    steps_zh = [f"{base} 的幂模 {m}：{', '.join(map(str, cyc))}，周期为 {L}。", f"{e} = {L}×{e // L} + {e % L}，所以余数为 {val}。"]
    check_en = [f"Independent check by repeated squaring (done by hand in binary, exponent {bin(e)[2:]}) also lands on {val}."]
    check_zh = [f"用快速幂（{e} 的二进制为 {bin(e)[2:]}）复核，同样得到 {val}。"]
    ref_forms = [str(val), f"{val}", f"The order of {base} mod {m} is {L}; ${e}\\equiv {e % L} \\pmod{{{L}}}$ so the remainder is ${val}$."]
    good = [(str(val), 'plain_residue'), (f"${base}^{{{e}}} \\equiv {val} \\pmod{{{m}}}$", 'congruence_statement'),
            (f"remainder {words(val)}", 'number_word')]
    wrong = [v for v in cyc if v != val]
    bad = [(str(cyc[(e % L)] if L > 1 and cyc[(e % L)] != val else (val + 1) % m), 'cycle_index_off_by_one', 'off-by-one in the cycle index'),
           (str(val + m), 'not_reduced_residue', 'gave a number congruent to the remainder but larger than the divisor')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset=r.choice(['math_like', 'aime_like']))


def fam_integral(r):
    while True:
        a = r.randint(1, 4)
        b = a + r.randint(1, 3)
        c1 = r.randint(1, 5)
        c0 = r.choice([v for v in range(-4, 7) if v])
        val = F(c1 * (b ** 3 - a ** 3), 3) + c0 * (b - a)
        Fa = F(c1 * a ** 3, 3) + c0 * a
        if val.denominator == 3 and val > 1 and Fa != 0:
            break
    integrand = f"{c1 if c1 != 1 else ''}x^2 {sgn(c0)}" if c0 else f"{c1}x^2"
    topic = f"the integral of {integrand} from {a} to {b}"
    q_en = f"Evaluate $\\displaystyle\\int_{{{a}}}^{{{b}}} ({integrand})\\,dx$."
    q_zh = f"计算定积分 $\\int_{{{a}}}^{{{b}}} ({integrand})\\,dx$。"
    steps_en = [
        f"An antiderivative is F(x) = {c1}x³/3 {sgn(c0)}x.",
        f"F({b}) = {c1}·{b ** 3}/3 {sgn(c0 * b)} = {fr_txt(F(c1 * b ** 3, 3) + c0 * b)}.",
        f"F({a}) = {c1}·{a ** 3}/3 {sgn(c0 * a)} = {fr_txt(F(c1 * a ** 3, 3) + c0 * a)}.",
        f"Difference: {fr_txt(F(c1 * b ** 3, 3) + c0 * b)} - ({fr_txt(F(c1 * a ** 3, 3) + c0 * a)}) = {fr_txt(val)}.",
    ]
    steps_zh = [f"原函数 F(x) = {c1}x³/3 {sgn(c0)}x。", f"F({b}) - F({a}) = {fr_txt(F(c1 * b ** 3, 3) + c0 * b)} - ({fr_txt(F(c1 * a ** 3, 3) + c0 * a)}) = {fr_txt(val)}。"]
    mid = (a + b) / 2
    check_en = [f"Midpoint-rule sanity check: width {b - a} times f({mid:g}) = {c1 * mid * mid + c0:g} gives {(b - a) * (c1 * mid * mid + c0):.3f}, slightly below {float(val):.3f} as expected for a convex integrand."]
    check_zh = [f"中点法估计：{(b - a) * (c1 * mid * mid + c0):.3f}，略小于 {float(val):.3f}，符合凸函数的情形。"]
    whole, rem = divmod(val.numerator, val.denominator)
    ref_forms = [fr_tex(val), fr_txt(val), f"$\\left[\\tfrac{{{c1}}}{{3}}x^3{sgn(c0).replace(' ', '')}x\\right]_{{{a}}}^{{{b}}} = {fr_tex(val)}$"]
    good = [(f"${fr_tex(val)}$", 'improper_fraction'), (f"{whole} {rem}/{val.denominator}", 'mixed_number'),
            (f"${whole}\\tfrac{{{rem}}}{{{val.denominator}}}$", 'mixed_number_latex')]
    if val.denominator == 3:
        good.append((f"{whole}.{'3' if rem == 1 else '6'}̅ (repeating)" if False else f"{whole}.{'333' if rem == 1 else '666'}... (repeating)", 'repeating_decimal'))
    bad = [(fr_txt(val + F(1, 3)), 'arithmetic_slip', 'off by 1/3'),
           (fr_txt(F(c1 * (b ** 3 - a ** 3), 3)), 'dropped_constant_term', 'forgot the constant term'),
           (fr_txt(F(c1 * b ** 3, 3) + c0 * b), 'upper_limit_only', 'evaluated only at the upper limit')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_matrix(r):
    while True:
        A = [[r.randint(-5, 6) for _ in range(2)] for _ in range(2)]
        B = [[r.randint(-4, 5) for _ in range(2)] for _ in range(2)]
        P = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        PT = [[P[j][i] for j in range(2)] for i in range(2)]
        BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
        if P != PT and P != BA and P[0][1] != P[1][0]:
            break

    def pm(M, env='pmatrix'):
        return f"\\begin{{{env}}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{{env}}}"
    topic = f"the product AB with A = {A}"
    q_en = f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$."
    q_zh = f"设 $A = {pm(A)}$，$B = {pm(B)}$，求 $AB$。"
    steps_en = [
        f"Entry (1,1): row 1 of A times column 1 of B = {A[0][0]}·{B[0][0]} + {A[0][1]}·{B[1][0]} = {P[0][0]}.",
        f"Entry (1,2): {A[0][0]}·{B[0][1]} + {A[0][1]}·{B[1][1]} = {P[0][1]}.",
        f"Entry (2,1): {A[1][0]}·{B[0][0]} + {A[1][1]}·{B[1][0]} = {P[1][0]}.",
        f"Entry (2,2): {A[1][0]}·{B[0][1]} + {A[1][1]}·{B[1][1]} = {P[1][1]}.",
    ]
    steps_zh = [f"第一行：{A[0][0]}×{B[0][0]}+{A[0][1]}×{B[1][0]} = {P[0][0]}，{A[0][0]}×{B[0][1]}+{A[0][1]}×{B[1][1]} = {P[0][1]}。",
                f"第二行：{A[1][0]}×{B[0][0]}+{A[1][1]}×{B[1][0]} = {P[1][0]}，{A[1][0]}×{B[0][1]}+{A[1][1]}×{B[1][1]} = {P[1][1]}。"]
    dA = A[0][0] * A[1][1] - A[0][1] * A[1][0]
    dB = B[0][0] * B[1][1] - B[0][1] * B[1][0]
    check_en = [f"Determinant check: det(A)·det(B) = {dA}·{dB} = {dA * dB}, and det(AB) = {P[0][0]}·{P[1][1]} - {P[0][1]}·{P[1][0]} = {P[0][0] * P[1][1] - P[0][1] * P[1][0]} ✓."]
    check_zh = [f"行列式检验：det A · det B = {dA * dB} = det(AB)。"]
    ref_forms = [pm(P), pm(P, 'bmatrix'), f"Row-by-column: $AB = {pm(P)}$."]
    good = [(f"$${pm(P, 'bmatrix')}$$", 'bmatrix_display'), (f"[[{P[0][0]}, {P[0][1]}], [{P[1][0]}, {P[1][1]}]]", 'nested_list'),
            (f"rows ({P[0][0]}, {P[0][1]}) and ({P[1][0]}, {P[1][1]})", 'rows_in_prose')]
    bad = [(f"${pm(PT)}$", 'transposed', 'transpose of the product'), (f"${pm(BA)}$", 'wrong_order_BA', 'computed BA'),
           (f"[[{P[0][0]}, {P[0][1]}], [{P[1][0]}, {P[1][1] + 1}]]", 'one_entry_off', 'one entry off by one')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_cross(r):
    while True:
        u = [r.randint(-4, 5) for _ in range(3)]
        v = [r.randint(-4, 5) for _ in range(3)]
        w = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
        if all(w) and len(set(map(abs, w))) == 3:
            break
    topic = f"the cross product of {tuple(u)} and {tuple(v)}"
    q_en = f"Compute $\\mathbf{{u}} \\times \\mathbf{{v}}$ for $\\mathbf{{u}} = \\langle {u[0]}, {u[1]}, {u[2]} \\rangle$ and $\\mathbf{{v}} = \\langle {v[0]}, {v[1]}, {v[2]} \\rangle$."
    q_zh = f"已知向量 $\\mathbf{{u}}=({u[0]},{u[1]},{u[2]})$，$\\mathbf{{v}}=({v[0]},{v[1]},{v[2]})$，求 $\\mathbf{{u}}\\times\\mathbf{{v}}$。"
    steps_en = [
        f"i-component: u₂v₃ - u₃v₂ = ({u[1]})({v[2]}) - ({u[2]})({v[1]}) = {w[0]}.",
        f"j-component: u₃v₁ - u₁v₃ = ({u[2]})({v[0]}) - ({u[0]})({v[2]}) = {w[1]}.",
        f"k-component: u₁v₂ - u₂v₁ = ({u[0]})({v[1]}) - ({u[1]})({v[0]}) = {w[2]}.",
    ]
    steps_zh = [f"i 分量：{u[1]}×{v[2]} - {u[2]}×{v[1]} = {w[0]}；j 分量：{u[2]}×{v[0]} - {u[0]}×{v[2]} = {w[1]}；k 分量：{u[0]}×{v[1]} - {u[1]}×{v[0]} = {w[2]}。"]
    check_en = [f"Orthogonality: w·u = {w[0] * u[0]} + {w[1] * u[1]} + {w[2] * u[2]} = {sum(a * b for a, b in zip(w, u))} and w·v = {sum(a * b for a, b in zip(w, v))} ✓."]
    check_zh = [f"正交检验：w·u = {w[0] * u[0]} + {w[1] * u[1]} + {w[2] * u[2]} = 0，w·v = {w[0] * v[0]} + {w[1] * v[1]} + {w[2] * v[2]} = 0。"]

    def ijk(x):
        s = ''
        for c, e in zip(x, ['\\mathbf{i}', '\\mathbf{j}', '\\mathbf{k}']):
            s += (('-' if c < 0 else ('+' if s else '')) + (str(abs(c)) if abs(c) != 1 else '') + e)
        return s
    ref_forms = [f"\\langle {w[0]}, {w[1]}, {w[2]} \\rangle", f"({w[0]}, {w[1]}, {w[2]})", f"Expanding the determinant gives $\\langle {w[0]},{w[1]},{w[2]}\\rangle$."]
    good = [(f"({w[0]}, {w[1]}, {w[2]})", 'tuple'), (f"${ijk(w)}$", 'ijk_form'),
            (f"$\\begin{{pmatrix}}{w[0]}\\\\{w[1]}\\\\{w[2]}\\end{{pmatrix}}$", 'column_vector')]
    bad = [(f"({-w[0]}, {-w[1]}, {-w[2]})", 'v_cross_u', 'opposite orientation'),
           (f"({w[0]}, {-w[1]}, {w[2]})", 'j_sign_error', 'sign of j component'),
           (f"{sum(a * b for a, b in zip(u, v))}", 'dot_product_instead', 'gave the dot product')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_line(r):
    while True:
        m = r.choice([-4, -3, -2, -1, 2, 3, 4, 5])
        b = r.randint(-9, 9)
        x1 = r.randint(-5, 5)
        x2 = x1 + r.randint(1, 4)
        if b:
            break
    y1, y2 = m * x1 + b, m * x2 + b
    topic = f"the line through ({x1}, {y1}) and ({x2}, {y2})"
    q_en = f"Find the equation of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$. Write it in slope-intercept form."
    q_zh = f"求经过点 $({x1},{y1})$ 和 $({x2},{y2})$ 的直线方程（写成斜截式）。"
    steps_en = [
        f"Slope m = ({y2} - ({y1}))/({x2} - ({x1})) = {y2 - y1}/{x2 - x1} = {m}.",
        f"Point-slope with ({x1}, {y1}): y - ({y1}) = {m}(x - ({x1})).",
        f"Expand: y = {m}x {sgn(-m * x1)} {sgn(y1)} = {m}x {sgn(b)}.",
    ]
    steps_zh = [f"斜率 k = ({y2}-({y1}))/({x2}-({x1})) = {m}。", f"点斜式：y - ({y1}) = {m}(x - ({x1}))，整理得 y = {m}x {sgn(b)}。"]
    check_en = [f"Plug x = {x2}: {m}·{x2} {sgn(b)} = {y2} ✓."]
    check_zh = [f"代入 x = {x2}：{m}×{x2} {sgn(b)} = {y2}，正确。"]
    mm = '' if m == 1 else '-' if m == -1 else str(m)
    ref_forms = [f"y = {mm}x {sgn(b)}", f"y={mm}x{sgn(b).replace(' ', '')}", f"Slope $ {m}$, intercept ${b}$: $y = {mm}x {sgn(b)}$."]
    gen = (f"{m}x - y {sgn(b)} = 0" if m > 0 else f"{-m}x + y {sgn(-b)} = 0")
    good = [(f"$y = {mm}x {sgn(b)}$", 'slope_intercept'), (gen, 'general_form'),
            (f"y - ({y1}) = {m}(x - ({x1}))", 'point_slope_form')]
    bad = [(f"y = {mm}x {sgn(-b)}", 'intercept_sign', 'intercept sign flipped'),
           (f"y = {-m}x {sgn(b)}", 'slope_sign', 'slope sign flipped'),
           (f"y = {fr_txt(F(1, m))}x {sgn(b)}" if abs(m) != 1 else f"y = {m}x {sgn(b + 1)}", 'inverted_slope', 'run/rise instead of rise/run')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_circle(r):
    while True:
        h, k = r.randint(-6, 6), r.randint(-6, 6)
        if h and k and h != k and h != -k:
            break
    rad = r.randint(2, 8)
    if h == 0 or k == 0 or h == k or h == -k:
        h, k = h or 3, k or -2
        if h == k or h == -k:
            k = h + 1
    D, E, Fc = -2 * h, -2 * k, h * h + k * k - rad * rad
    eq = f"x^2 + y^2 {sgn(D)}x {sgn(E)}y {sgn(Fc)} = 0".replace('+ 0 ', '')
    topic = f"the circle {eq}"
    q_en = f"Find the center and the radius of the circle ${eq}$."
    q_zh = f"求圆 ${eq}$ 的圆心坐标和半径。"
    steps_en = [
        f"Group terms: (x² {sgn(D)}x) + (y² {sgn(E)}y) = {-Fc}.",
        f"Complete the square in x: add ({D}/2)² = {h * h}; in y: add ({E}/2)² = {k * k}.",
        f"So (x {sgn(-h)})² + (y {sgn(-k)})² = {-Fc} + {h * h} + {k * k} = {rad * rad}.",
        f"Center ({h}, {k}), radius √{rad * rad} = {rad}.",
    ]
    steps_zh = [f"配方：(x {sgn(-h)})² + (y {sgn(-k)})² = {rad * rad}。", f"圆心 ({h},{k})，半径 {rad}。"]
    check_en = [f"Point ({h + rad}, {k}) should be on the circle: {(h + rad) ** 2} + {k * k} {sgn(D * (h + rad))} {sgn(E * k)} {sgn(Fc)} = {(h + rad) ** 2 + k * k + D * (h + rad) + E * k + Fc} ✓."]
    check_zh = [f"检验点 ({h + rad},{k}) 在圆上：代入得 0。"]
    ref_forms = [f"center $({h},{k})$, radius ${rad}$", f"(x{sgn(-h).replace(' ', '')})^2+(y{sgn(-k).replace(' ', '')})^2={rad * rad}; center ({h}, {k}), r = {rad}",
                 f"Center $({h},{k})$ and $r={rad}$."]
    good = [(f"center ({h}, {k}), radius {rad}", 'center_radius_prose'),
            (f"$(x {sgn(-h)})^2 + (y {sgn(-k)})^2 = {rad}^2$, i.e. centre $({h},{k})$ and $r = {rad}$", 'standard_form_plus_values'),
            (f"C = ({h}, {k}); r = √{rad * rad} = {rad}", 'radical_then_value')]
    bad = [(f"center ({-h}, {-k}), radius {rad}", 'center_sign_flipped', 'center signs flipped'),
           (f"center ({h}, {k}), radius {rad * rad}", 'r_squared_as_radius', 'gave r^2 as radius'),
           (f"center ({k}, {h}), radius {rad}", 'center_swapped', 'coordinates swapped')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def fam_compound(r):
    P = r.choice([800, 1000, 1200, 1500, 2000, 2500, 3000, 5000])
    rate = r.choice([3, 4, 5, 6, 8])
    n = r.choice([2, 3, 4])
    A = round(P * (1 + rate / 100) ** n, 2)
    I = round(A - P, 2)
    topic = f"${P} at {rate}% compounded annually for {n} years"
    q_en = f"Maria deposits ${P:,} in an account paying {rate}% interest compounded annually. How much money is in the account after {n} years, to the nearest cent?"
    q_zh = f"小王把 {P} 元存入银行，年利率 {rate}%，按年复利计算，{n} 年后本息和是多少元？（精确到分）"
    steps_en = [
        f"Compound growth: A = P(1 + r)^n with P = {P}, r = {rate / 100}, n = {n}.",
        f"Growth factor: {1 + rate / 100}^{n} = {(1 + rate / 100) ** n:.6f}.",
        f"A = {P} × {(1 + rate / 100) ** n:.6f} = {P * (1 + rate / 100) ** n:.4f}, which rounds to {A:.2f}.",
    ]
    steps_zh = [f"本息和 A = P(1+r)^n = {P}×{1 + rate / 100}^{n}。", f"{1 + rate / 100}^{n} = {(1 + rate / 100) ** n:.6f}，A ≈ {A:.2f} 元。"]
    bal = P
    yr = []
    for i in range(n):
        bal = bal * (1 + rate / 100)
        yr.append(f"after year {i + 1}: {bal:.2f}")
    check_en = ["Year by year: " + '; '.join(yr) + " ✓."]
    check_zh = [f"逐年计算最后得到 {A:.2f} 元，其中利息 {I:.2f} 元。"]
    ref_forms = [f"\\${A:,.2f}", f"{A:.2f}", f"$A = {P}(1.{rate:02d})^{n} \\approx {A:.2f}$ dollars."]
    good = [(f"${A:,.2f}", 'money_dollar_sign'), (f"{A:.2f} dollars", 'money_words'), (f"USD {A:.2f}", 'currency_code')]
    simple = P * (1 + rate / 100 * n)
    bad = [(f"${I:,.2f}", 'interest_only', 'interest instead of balance'),
           (f"${simple:,.2f}", 'simple_interest', 'used simple interest'),
           (f"${A * 100:,.0f}", 'scale_cents', 'scale error x100')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_clock(r):
    start_h = r.randint(8, 11)
    start_m = r.choice([0, 10, 15, 20, 30, 40, 45])
    jobs = r.randint(3, 6)
    each = r.choice([35, 40, 45, 50, 55, 65, 75])
    brk = r.choice([10, 15, 20])
    total = jobs * each + (jobs - 1) * brk
    end = start_h * 60 + start_m + total
    eh, em = divmod(end, 60)
    topic = f"{jobs} sessions of {each} minutes starting {start_h}:{start_m:02d}"
    q_en = f"A technician starts work at {start_h}:{start_m:02d} a.m. She completes {jobs} repairs, each taking {each} minutes, with a {brk}-minute break between consecutive repairs. At what time does she finish the last repair?"
    q_zh = f"一名技师上午 {start_h}:{start_m:02d} 开始工作，完成 {jobs} 次维修，每次 {each} 分钟，相邻两次之间休息 {brk} 分钟。她几点完成最后一次维修？"
    steps_en = [
        f"Working time: {jobs} × {each} = {jobs * each} minutes.",
        f"Breaks occur only between repairs, so there are {jobs - 1} of them: {(jobs - 1) * brk} minutes.",
        f"Total elapsed: {jobs * each} + {(jobs - 1) * brk} = {total} minutes = {total // 60} h {total % 60} min.",
        f"{start_h}:{start_m:02d} plus {total // 60} h {total % 60} min is {eh}:{em:02d} on a 24-hour clock.",
    ]
    steps_zh = [f"工作 {jobs}×{each} = {jobs * each} 分钟，休息 {jobs - 1} 次共 {(jobs - 1) * brk} 分钟。",
                f"共 {total} 分钟，即 {total // 60} 小时 {total % 60} 分，结束时间 {eh}:{em:02d}。"]
    h12 = eh - 12 if eh > 12 else eh
    ampm = 'p.m.' if eh >= 12 else 'a.m.'
    check_en = [f"Counting back from {eh}:{em:02d} by {total} minutes returns to {start_h}:{start_m:02d} ✓."]
    check_zh = [f"从 {eh}:{em:02d} 倒推 {total} 分钟回到 {start_h}:{start_m:02d}。"]
    ref_forms = [f"{h12}:{em:02d} {ampm}", f"{eh}:{em:02d}", f"Elapsed {total} min, so she finishes at {h12}:{em:02d} {ampm}"]
    good = [(f"{h12}:{em:02d} {'PM' if eh >= 12 else 'AM'}", 'twelve_hour_clock'), (f"{eh}:{em:02d}", 'twenty_four_hour'),
            (f"{eh}h{em:02d}", 'european_h_notation')]
    eh2, em2 = divmod(end + brk, 60)
    bad = [(f"{eh2 - 12 if eh2 > 12 else eh2}:{em2:02d} {'p.m.' if eh2 >= 12 else 'a.m.'}", 'extra_break', 'counted one break too many'),
           (f"{h12}:{em:02d} {'a.m.' if eh >= 12 else 'p.m.'}", 'am_pm_flip', 'wrong half of the day'),
           (f"{total // 60} h {total % 60} min", 'duration_not_time', 'gave the duration not the clock time')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_date(r):
    import datetime
    d0 = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randint(0, 700))
    n = r.randint(40, 250)
    d1 = d0 + datetime.timedelta(days=n)
    dm1 = d1 - datetime.timedelta(days=1)
    topic = f"{n} days after {d0.isoformat()}"
    fmt = lambda d: d.strftime('%B %-d, %Y')
    q_en = f"A subscription starts on {fmt(d0)} and lasts exactly {n} days, ending on the day that is {n} days after the start date. On what date does it end? Also give the weekday."
    q_zh = f"某会员从 {d0.year}年{d0.month}月{d0.day}日 开始，{n} 天后的那一天到期。到期日是哪一天，星期几？"
    wd = d1.strftime('%A')
    zhwd = '一二三四五六日'[d1.weekday()]
    steps_en = [
        f"Start: {fmt(d0)}, a {d0.strftime('%A')}.",
        f"Walking month by month: from {d0.strftime('%B')} {d0.day} to the 1st of the next month is {( (d0.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - d0).days} days.",
        f"Adding the full months that follow and the leftover days lands on {fmt(d1)}.",
        f"{n} = 7·{n // 7} + {n % 7}, so the weekday moves forward {n % 7} from {d0.strftime('%A')}: {wd}.",
    ]
    steps_zh = [f"起始日 {d0.year}年{d0.month}月{d0.day}日（星期{'一二三四五六日'[d0.weekday()]}）。",
                f"逐月累加 {n} 天，得到 {d1.year}年{d1.month}月{d1.day}日。", f"{n} = 7×{n // 7} + {n % 7}，星期向后推 {n % 7} 天，为星期{zhwd}。"]
    check_en = [f"Day-of-year check: {d0.isoformat()} is day {d0.timetuple().tm_yday} of {d0.year}; adding {n} gives {d1.isoformat()} ✓."]
    check_zh = [f"用年内序号检验：起始日是当年第 {d0.timetuple().tm_yday} 天，加 {n} 天得 {d1.isoformat()}。"]
    ref_forms = [f"{fmt(d1)} ({wd})", f"{d1.isoformat()}, {wd}", f"{wd}, {d1.day} {d1.strftime('%B')} {d1.year}"]
    good = [(f"{wd}, {fmt(d1)}", 'weekday_month_day_year'), (f"{d1.isoformat()} ({wd[:3]})", 'iso_date'),
            (f"{d1.day} {d1.strftime('%B')} {d1.year}, a {wd}", 'day_month_year')]
    bad = [(f"{fmt(dm1)} ({dm1.strftime('%A')})", 'off_by_one_day', 'counted the start day'),
           (f"{fmt(d1)} ({(d1 + datetime.timedelta(days=1)).strftime('%A')})", 'weekday_wrong', 'date right, weekday wrong'),
           (f"{d1.year}-{d1.day:02d}-{d1.month:02d}" if d1.day <= 12 and d1.day != d1.month else f"{fmt(d1 + datetime.timedelta(days=30))} ({(d1 + datetime.timedelta(days=30)).strftime('%A')})", 'month_day_confused', 'month/day swapped or month off')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_percent(r):
    old = r.choice([40, 60, 80, 120, 160, 200, 250, 320, 400])
    pct = r.choice([10, 15, 20, 25, 30, 40, 60, 75])
    up = r.random() < 0.5
    new = old * (100 + pct) // 100 if up else old * (100 - pct) // 100
    if (old * (100 + pct if up else 100 - pct)) % 100:
        old = 200
        new = old * (100 + pct) // 100 if up else old * (100 - pct) // 100
    item = r.choice(['a bicycle', 'a concert ticket', 'a pair of boots', 'a textbook', 'a lamp', 'a monthly gym pass'])
    topic = f"the price of {item} going from {old} to {new}"
    q_en = f"The price of {item} changed from ${old} to ${new}. By what percent did the price {'increase' if up else 'decrease'}?"
    q_zh = f"某商品的价格从 {old} 元变为 {new} 元，价格{'上涨' if up else '下降'}了百分之几？"
    diff = abs(new - old)
    steps_en = [
        f"Change: |{new} - {old}| = {diff} dollars.",
        f"Percent change is measured against the original price {old}: {diff}/{old} = {diff / old:g}.",
        f"As a percentage of the original {old}: {diff / old:g} × 100% = {pct}%.",
    ]
    steps_zh = [f"变化量 {diff} 元。", f"相对原价：{diff}/{old} = {diff / old:g} = {pct}%。"]
    check_en = [f"{old} × {1 + pct / 100 if up else 1 - pct / 100:g} = {new} ✓."]
    check_zh = [f"{old} × {1 + pct / 100 if up else 1 - pct / 100:g} = {new}，正确。"]
    wrong_base = diff / new * 100
    ref_forms = [f"{pct}\\%", f"{pct}%", f"The change is ${diff}$ on a base of ${old}$, i.e. ${pct}\\%$."]
    good = [(f"{pct}%", 'percent_sign'), (f"{pct} percent", 'percent_word'), (f"${pct}\\%$ {'increase' if up else 'decrease'}", 'latex_percent_direction')]
    if pct in (25, 75, 20, 40, 60):
        good.append((f"{ {25: 'one quarter', 75: 'three quarters', 20: 'one fifth', 40: 'two fifths', 60: 'three fifths'}[pct]}, i.e. {pct}%", 'fraction_words_and_percent'))
    bad = [(f"{wrong_base:.4g}%", 'wrong_base', 'divided by the new price'),
           (f"{diff}%", 'absolute_change_as_percent', 'dollar change written as a percent'),
           (f"{pct}% {'decrease' if up else 'increase'}", 'wrong_direction', 'right size, wrong direction')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_scinote(r):
    m1 = r.choice([2, 3, 4, 5, 6, 8])
    e1 = r.randint(3, 9)
    m2 = r.choice([3, 4, 5, 8])
    e2 = r.randint(-9, -3)
    prod = m1 * m2
    if e1 + e2 in (0, -1):
        e2 -= 3
    e = e1 + e2
    if prod >= 10:
        mant, ex = prod / 10, e + 1
    else:
        mant, ex = prod, e
    topic = f"({m1}×10^{e1})({m2}×10^{e2})"
    q_en = f"Compute $({m1} \\times 10^{{{e1}}})({m2} \\times 10^{{{e2}}})$ and express the result in scientific notation."
    q_zh = f"计算 $({m1}\\times10^{{{e1}}})({m2}\\times10^{{{e2}}})$，并用科学记数法表示。"
    steps_en = [
        f"Multiply the mantissas: {m1} × {m2} = {prod}.",
        f"Add the exponents: {e1} + ({e2}) = {e}.",
        (f"So the product is {prod} × 10^{e}; since {prod} ≥ 10, rewrite as {mant:g} × 10^{ex}." if prod >= 10 else f"So the product is {prod} × 10^{e}, already normalised."),
    ]
    steps_zh = [f"系数相乘 {m1}×{m2} = {prod}，指数相加 {e1}+({e2}) = {e}。", f"规范化得 {mant:g}×10^{ex}。"]
    val = prod * 10.0 ** e
    check_en = [f"As a plain number that is {val:.12g}; moving the decimal point back gives {mant:g} × 10^{ex} ✓."]
    check_zh = [f"写成普通数是 {val:.12g}。"]
    plain = f"{val:.12f}".rstrip('0').rstrip('.') if ex < 0 else f"{int(round(val))}"
    ref_forms = [f"{mant:g} \\times 10^{{{ex}}}", f"{mant:g}e{ex}", f"$({m1}\\cdot {m2})\\times 10^{{{e1}+({e2})}} = {mant:g}\\times 10^{{{ex}}}$"]
    good = [(f"${mant:g} \\times 10^{{{ex}}}$", 'sci_latex'), (f"{mant:g}E{ex}", 'e_notation'), (f"${mant:g}\\cdot 10^{{{ex}}}$", 'cdot_power'),
            (f"{mant:g} x 10^({ex})", 'ascii_x_power')]
    bad = [(f"{mant:g} × 10^{-ex}", 'exponent_sign', 'exponent sign flipped'),
           (f"{mant:g} × 10^{ex + 1}", 'exponent_off_by_one', 'normalisation slip'),
           (f"{m1 + m2} × 10^{e}", 'added_mantissas', 'added mantissas')]
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


def fam_aime_digits(r):
    # count of integers 1..N divisible by p or q but not both -> aime style answer < 1000 with leading zeros
    while True:
        p, q = r.sample([3, 4, 5, 6, 7, 9, 11], 2)
        N = r.randint(200, 1999)
        l = p * q // math.gcd(p, q)
        ans = N // p + N // q - 2 * (N // l)
        if ans < 100:
            break
        if ans < 1000 and r.random() < 0.15:
            break
    topic = f"integers up to {N} divisible by exactly one of {p} and {q}"
    q_en = f"How many positive integers not exceeding ${N}$ are divisible by exactly one of ${p}$ and ${q}$? (The answer is an integer from 000 to 999.)"
    q_zh = f"不超过 {N} 的正整数中，恰好能被 {p} 和 {q} 中的一个整除的有多少个？"
    steps_en = [
        f"Multiples of {p} up to {N}: ⌊{N}/{p}⌋ = {N // p}.",
        f"Multiples of {q}: ⌊{N}/{q}⌋ = {N // q}.",
        f"Multiples of both, that is of lcm({p},{q}) = {l}, up to {N}: ⌊{N}/{l}⌋ = {N // l}.",
        f"Exactly one = ({N // p} - {N // l}) + ({N // q} - {N // l}) = {ans}.",
    ]
    steps_zh = [f"{p} 的倍数 {N // p} 个，{q} 的倍数 {N // q} 个，{l} 的倍数 {N // l} 个。", f"恰好一个：{N // p}+{N // q}-2×{N // l} = {ans}。"]
    check_en = [f"Inclusion–exclusion for 'at least one' gives {N // p + N // q - N // l}; subtracting the {N // l} numbers divisible by both once more leaves {ans} ✓."]
    check_zh = [f"至少一个为 {N // p + N // q - N // l}，再减去 {N // l} 得 {ans}。"]
    ref_forms = [str(ans), f"{ans:03d}", f"${N // p}+{N // q}-2\\cdot{N // l}={ans}$"]
    good = [(f"{ans:03d}", 'aime_leading_zeros'), (str(ans), 'plain_integer'), (f"$\\boxed{{{ans:03d}}}$".replace('$\\boxed{', '').replace('}$', ''), 'zero_padded_plain')]
    bad = [(str(N // p + N // q - N // l), 'at_least_one', 'counted at least one'),
           (str(N // p + N // q), 'no_inclusion_exclusion', 'no subtraction'),
           (f"{ans:03d}"[::-1] if f"{ans:03d}"[::-1] != f"{ans:03d}" else str(ans + 1), 'digit_reversal', 'digits transposed')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='aime_like')


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


FAMILIES = [fam_quad_ineq, fam_cubic_roots, fam_system, fam_arith_sum, fam_prob_balls, fam_committee, fam_cylinder,
            fam_distance_radical, fam_speed_units, fam_triangle_angle, fam_complex, fam_modpow, fam_integral,
            fam_matrix, fam_cross, fam_line, fam_circle, fam_compound, fam_clock, fam_date, fam_percent, fam_scinote,
            fam_amgm, fam_recurrence, fam_aime_digits, fam_abs_ineq, fam_log]
