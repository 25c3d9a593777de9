"""Math generators: radicals, pi, logs, fractions, complex numbers, matrices, counting, residues."""
import math
from fractions import Fraction as F
from common import L, sqrt_simplify, ftex, rad_tex, terminating, dec


def g_distance(rng, lang):
    while True:
        x1, y1, x2, y2 = (rng.randint(-9, 9) for _ in range(4))
        dx, dy = x2 - x1, y2 - y1
        d2 = dx * dx + dy * dy
        k, m = sqrt_simplify(d2)
        if k > 1 and m > 1 and dx and dy and k != m:
            break
    ref = rad_tex(k, m)
    q = L(lang, f"Find the distance between the points $P({x1}, {y1})$ and $Q({x2}, {y2})$. Express the answer in simplest radical form.",
          f"已知点 $P({x1}, {y1})$，$Q({x2}, {y2})$，求线段 $PQ$ 的长度（化为最简根式）。")
    steps = [L(lang, f"The horizontal change is ${x2} - ({x1}) = {dx}$ and the vertical change is ${y2} - ({y1}) = {dy}$.",
               f"横坐标之差为 ${dx}$，纵坐标之差为 ${dy}$。"),
             L(lang, f"So $|PQ|^2 = {dx}^2 + {dy}^2 = {dx*dx} + {dy*dy} = {d2}$.", f"所以 $|PQ|^2 = {dx*dx} + {dy*dy} = {d2}$。"),
             L(lang, f"Now simplify $\\sqrt{{{d2}}}$: ${d2} = {k*k} \\cdot {m}$, so $\\sqrt{{{d2}}} = {ref}$.",
               f"化简：${d2} = {k*k} \\times {m}$，所以 $\\sqrt{{{d2}}} = {ref}$。")]
    v = math.sqrt(d2)
    right = [(f"\\sqrt{{{d2}}}", "unsimplified_radical", v), (rad_tex(k, m, True), "unicode_radical", v),
             (f"\\sqrt{{{m}}}\\cdot {k}", "radical_times_coefficient", v)]
    wrong = [(rad_tex(2 * k, m), "factor_of_2", 2 * v), (rad_tex(m, k), "swapped_radicand", m * math.sqrt(k)),
             (f"\\sqrt{{{abs(dx) + abs(dy)}}}", "forgot_to_square", math.sqrt(abs(dx) + abs(dy))),
             (rad_tex(k, m + 1), "radical_not_equal", k * math.sqrt(m + 1))]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=v, steps=steps, right=right, wrong=wrong)


def g_box_cos(rng, lang):
    while True:
        a, b, c = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
        B, D = a * a + b * b, a * a + b * b + c * c
        k, m = sqrt_simplify(B * D)
        if m > 1 and sqrt_simplify(B)[1] > 1:
            break
    co = F(k, D)
    v = math.sqrt(B / D)
    ref = f"\\frac{{{'' if co.numerator == 1 else co.numerator}\\sqrt{{{m}}}}}{{{co.denominator}}}" if co.denominator > 1 else rad_tex(co.numerator, m)
    q = L(lang, f"A rectangular box has length ${a}$, width ${b}$ and height ${c}$. Find the cosine of the angle between a space diagonal of the box and the plane of its base.",
          f"长方体的长、宽、高分别为 ${a}$、${b}$、${c}$，求体对角线与底面所成角的余弦值。")
    steps = [L(lang, f"The projection of the space diagonal onto the base is the base diagonal, of length $\\sqrt{{{a}^2+{b}^2}} = \\sqrt{{{B}}}$.",
               f"体对角线在底面上的射影是底面对角线，长为 $\\sqrt{{{B}}}$。"),
             L(lang, f"The space diagonal has length $\\sqrt{{{a}^2+{b}^2+{c}^2}} = \\sqrt{{{D}}}$.", f"体对角线长为 $\\sqrt{{{D}}}$。"),
             L(lang, f"So $\\cos\\theta = \\frac{{\\sqrt{{{B}}}}}{{\\sqrt{{{D}}}}} = \\frac{{\\sqrt{{{B*D}}}}}{{{D}}} = {ref}$.",
               f"所以 $\\cos\\theta = \\frac{{\\sqrt{{{B}}}}}{{\\sqrt{{{D}}}}} = {ref}$。")]
    right = [(f"\\frac{{\\sqrt{{{B}}}}}{{\\sqrt{{{D}}}}}", "unrationalized_denominator", v),
             (f"\\sqrt{{\\frac{{{F(B, D).numerator}}}{{{F(B, D).denominator}}}}}", "radical_of_fraction", v),
             (f"\\frac{{{co.numerator}}}{{{co.denominator}}}\\sqrt{{{m}}}", "coefficient_times_radical", v)]
    wrong = [(f"\\frac{{{c}}}{{\\sqrt{{{D}}}}}", "sine_instead_of_cosine", c / math.sqrt(D)),
             (f"\\frac{{\\sqrt{{{D}}}}}{{\\sqrt{{{B}}}}}", "reciprocal", 1 / v),
             (f"\\frac{{\\sqrt{{{B}}}}}{{{D}}}", "radical_not_equal", math.sqrt(B) / D),
             (f"\\frac{{{B}}}{{{D}}}", "forgot_square_root", B / D)]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=v, steps=steps, right=right, wrong=wrong)


def _pi(fr, style="frac"):
    fr = F(fr)
    if fr.denominator == 1:
        return f"{'' if fr.numerator == 1 else fr.numerator}\\pi"
    n = "" if fr.numerator == 1 else fr.numerator
    if style == "slash":
        return f"{n}\\pi/{fr.denominator}"
    if style == "coef":
        return f"\\frac{{{fr.numerator}}}{{{fr.denominator}}}\\pi"
    return f"\\frac{{{n}\\pi}}{{{fr.denominator}}}"


def g_sector(rng, lang):
    while True:
        r = rng.randint(2, 12)
        th = rng.choice([20, 30, 40, 45, 60, 72, 80, 100, 120, 135, 150, 210, 225, 240, 270, 300])
        A = F(r * r * th, 360)
        arc = F(r * th, 180)
        if A != arc and A.denominator > 1:
            break
    ref = _pi(A)
    v = float(A) * math.pi
    q = L(lang, f"A sector of a circle has radius ${r}$ and central angle ${th}^\\circ$. Find the exact area of the sector.",
          f"扇形的半径为 ${r}$，圆心角为 ${th}^\\circ$，求扇形的面积（保留 $\\pi$）。")
    steps = [L(lang, f"The full circle has area $\\pi r^2 = {r*r}\\pi$.", f"整圆面积为 $\\pi r^2 = {r*r}\\pi$。"),
             L(lang, f"The sector is $\\frac{{{th}}}{{360}}$ of the circle, i.e. ${ftex(F(th, 360))}$ of it.", f"扇形占整圆的 $\\frac{{{th}}}{{360}} = {ftex(F(th, 360))}$。"),
             L(lang, f"Area $= {ftex(F(th, 360))} \\cdot {r*r}\\pi = {ref}$.", f"面积 $= {ftex(F(th, 360))} \\times {r*r}\\pi = {ref}$。")]
    right = [(_pi(A, "coef"), "pi_coefficient_form", v), (_pi(A, "slash"), "slash_fraction_pi", v)]
    if terminating(A):
        right.append((f"{dec(A)}\\pi", "decimal_coefficient_pi", v))
    wrong = [(_pi(arc), "arc_length_not_area", float(arc) * math.pi), (_pi(2 * A), "factor_of_2", 2 * v),
             (ftex(A), "dropped_pi", float(A)), (_pi(F(r * r * th, 180)), "used_180_not_360", float(F(r * r * th, 180)) * math.pi)]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=v, steps=steps, right=right, wrong=wrong)


def g_log(rng, lang):
    b = rng.choice([2, 3, 5])
    c = rng.choice([x for x in (2, 3, 5, 6, 7) if x != b and x % b])
    k = rng.randint(1, 3)
    N = b ** k * c
    v = math.log(N) / math.log(b)
    ref = f"\\log_{{{b}}} {N}"
    q = L(lang, f"Solve for $x$: ${b}^x = {N}$. Give an exact answer.", f"解方程 ${b}^x = {N}$，求 $x$ 的精确值。")
    steps = [L(lang, f"Take logarithms base ${b}$ of both sides: $x = \\log_{{{b}}} {N}$.", f"两边取以 ${b}$ 为底的对数：$x = \\log_{{{b}}} {N}$。"),
             L(lang, f"Since ${N} = {b}^{k} \\cdot {c}$, we have $x = {k} + \\log_{{{b}}} {c}$. Numerically $x \\approx {v:.4f}$.",
               f"因为 ${N} = {b}^{k} \\times {c}$，所以 $x = {k} + \\log_{{{b}}} {c}$，数值约为 ${v:.4f}$。")]
    lg = L(lang, "\\ln", "\\lg")
    right = [(f"{k} + \\log_{{{b}}} {c}", "split_logarithm", v), (f"\\frac{{{lg} {N}}}{{{lg} {b}}}", "change_of_base", v),
             (f"\\log_{{{b}}}{{{c}}} + {k}", "reordered_log_sum", v)]
    wrong = [(f"\\log_{{{N}}} {b}", "inverted_log_base", 1 / v), (f"{k}\\log_{{{b}}} {c}", "product_not_sum", k * math.log(c) / math.log(b)),
             (f"\\log_{{{b}}} {c}", "dropped_integer_part", math.log(c) / math.log(b)),
             (f"\\log_{{{c}}} {b} + {k}", "swapped_log_base", k + math.log(b) / math.log(c))]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=v, steps=steps, right=right, wrong=wrong)


def g_prob(rng, lang):
    if rng.random() < 0.5:
        s = rng.choice([3, 4, 5, 6, 8, 9, 10, 11])
        cnt = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == s)
        p, tot = F(cnt, 36), 36
        q = L(lang, f"Two fair six-sided dice are rolled. What is the probability that the sum is ${s}$?",
              f"同时抛掷两枚质地均匀的骰子，求点数之和为 ${s}$ 的概率。")
        steps = [L(lang, f"There are $36$ equally likely ordered outcomes. Pairs with sum ${s}$: " +
                   ", ".join(f"({i},{s-i})" for i in range(1, 7) if 1 <= s - i <= 6) + f", so ${cnt}$ of them.",
                   f"共有 $36$ 种等可能结果，和为 ${s}$ 的有 ${cnt}$ 种。")]
        alt_wrong = F(cnt, 21)
    else:
        r, bl = rng.randint(3, 7), rng.randint(2, 6)
        n = r + bl
        cnt, tot = r * (r - 1) // 2, n * (n - 1) // 2
        p = F(cnt, tot)
        q = L(lang, f"A bag contains ${r}$ red balls and ${bl}$ blue balls. Two balls are drawn at random without replacement. Find the probability that both are red.",
              f"袋中有 ${r}$ 个红球和 ${bl}$ 个蓝球，从中不放回地任取两个球，求两个都是红球的概率。")
        steps = [L(lang, f"The number of ways to pick two balls is $\\binom{{{n}}}{{2}} = {tot}$, and two red ones $\\binom{{{r}}}{{2}} = {cnt}$.",
                   f"总取法 $C_{{{n}}}^2 = {tot}$，两个红球的取法 $C_{{{r}}}^2 = {cnt}$。")]
        alt_wrong = F(r * r, n * n)
    steps.append(L(lang, f"So $P = \\frac{{{cnt}}}{{{tot}}} = {ftex(p)}$.", f"所以 $P = \\frac{{{cnt}}}{{{tot}}} = {ftex(p)}$。"))
    v = float(p)
    right = [(ftex(p, "dfrac"), "dfrac_form", v), (ftex(p, "tfrac"), "tfrac_form", v), (ftex(p, "slash"), "slash_fraction", v)]
    if F(cnt, tot) != p or True:
        right.append((f"\\frac{{{cnt}}}{{{tot}}}", "unreduced_fraction", v))
    if terminating(p):
        right.append((dec(p), "terminating_decimal", v))
    wrong = [(ftex(F(cnt + 1, tot)), "miscount_plus_one", (cnt + 1) / tot), (ftex(alt_wrong), "wrong_sample_space", float(alt_wrong)),
             (ftex(1 - p), "complement_probability", 1 - v), (ftex(F(cnt - 1, tot)) if cnt > 1 else ftex(F(cnt, tot + 1)), "miscount_minus_one",
                                                          (cnt - 1) / tot if cnt > 1 else cnt / (tot + 1))]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ftex(p), refval=v, steps=steps, right=right, wrong=wrong)


def g_die_square(rng, lang):
    while True:
        n = rng.randint(4, 12)
        E = F(sum(i * i for i in range(1, n + 1)), n)
        if E.denominator > 1:
            break
    v = float(E)
    q = L(lang, f"A fair ${n}$-sided die has faces numbered $1$ through ${n}$. Let $X$ be the result of one roll. Compute $E[X^2]$.",
          f"一枚均匀的 ${n}$ 面骰子，各面标有 $1$ 到 ${n}$，记一次投掷的点数为 $X$，求 $E(X^2)$。")
    S = sum(i * i for i in range(1, n + 1))
    steps = [L(lang, f"$E[X^2] = \\frac{{1}}{{{n}}}\\sum_{{i=1}}^{{{n}}} i^2$ and $\\sum i^2 = \\frac{{n(n+1)(2n+1)}}{{6}} = {S}$.",
               f"$E(X^2) = \\frac{{1}}{{{n}}}\\sum i^2$，而 $\\sum_{{i=1}}^{{{n}}} i^2 = {S}$。"),
             L(lang, f"So $E[X^2] = \\frac{{{S}}}{{{n}}} = {ftex(E)}$, about ${v:.4f}$.", f"所以 $E(X^2) = \\frac{{{S}}}{{{n}}} = {ftex(E)}$。")]
    Ex = F(n + 1, 2)
    right = [(ftex(E, "mixed"), "mixed_number", v), (ftex(E, "slash"), "slash_fraction", v), (f"\\frac{{{S}}}{{{n}}}", "unreduced_fraction", v),
             (ftex(E, "dfrac"), "dfrac_form", v)]
    if terminating(E):
        right.append((dec(E), "terminating_decimal", v))
    w1 = F(E.numerator % E.denominator + 1, E.denominator) + E.numerator // E.denominator
    wrong = [(ftex(Ex * Ex), "square_of_mean", float(Ex * Ex)), (ftex(w1, "mixed"), "mixed_number_wrong_numerator", float(w1)),
             (ftex(F(S, n + 1)), "off_by_one_denominator", S / (n + 1)), (ftex(E + 1), "off_by_one", v + 1)]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ftex(E), refval=v, steps=steps, right=right, wrong=wrong)


def cx(re, im, order="std"):
    re, im = F(re), F(im)
    if im == 0:
        return ftex(re)
    imt = ("" if abs(im) == 1 else ftex(abs(im))) + "i"
    if re == 0:
        return ("-" if im < 0 else "") + imt
    if order == "rev":
        return ("-" if im < 0 else "") + imt + (" + " if re > 0 else " - ") + ftex(abs(re))
    return ftex(re) + (" + " if im > 0 else " - ") + imt


def g_complex(rng, lang):
    while True:
        c, d = rng.randint(-4, 4), rng.randint(-4, 4)
        x, y = rng.randint(-5, 5), rng.randint(-5, 5)
        if c and d and x and y and abs(x) != abs(y):
            break
    a, b = c * x - d * y, c * y + d * x  # (c+di)(x+yi)
    if rng.random() < 0.5:
        zr, zi = F(x), F(y)
        q = L(lang, f"The complex number $z$ satisfies $({cx(c, d)})z = {cx(a, b)}$. Find $z$.",
              f"已知复数 $z$ 满足 $({cx(c, d)})z = {cx(a, b)}$，求 $z$。")
        steps = [L(lang, f"$z = \\frac{{{cx(a, b)}}}{{{cx(c, d)}}}$. Multiply numerator and denominator by the conjugate ${cx(c, -d)}$.",
                   f"$z = \\frac{{{cx(a, b)}}}{{{cx(c, d)}}}$，分子分母同乘共轭 ${cx(c, -d)}$。"),
                 L(lang, f"Denominator: ${c}^2 + {d}^2 = {c*c+d*d}$. Numerator: $({cx(a, b)})({cx(c, -d)}) = {cx(a*c+b*d, b*c-a*d)}$.",
                   f"分母 ${c*c+d*d}$，分子 $({cx(a, b)})({cx(c, -d)}) = {cx(a*c+b*d, b*c-a*d)}$。"),
                 L(lang, f"So $z = {cx(zr, zi)}$.", f"所以 $z = {cx(zr, zi)}$。")]
    else:
        den = c * c + d * d
        zr, zi = F(x * c + y * d, den), F(y * c - x * d, den)
        q = L(lang, f"Write $\\frac{{{cx(x, y)}}}{{{cx(c, d)}}}$ in the form $a + bi$.", f"计算 $\\frac{{{cx(x, y)}}}{{{cx(c, d)}}}$，结果写成 $a+bi$ 的形式。")
        steps = [L(lang, f"Multiply top and bottom by ${cx(c, -d)}$: the denominator becomes ${den}$.", f"分子分母同乘 ${cx(c, -d)}$，分母为 ${den}$。"),
                 L(lang, f"Numerator: $({cx(x, y)})({cx(c, -d)}) = {cx(x*c+y*d, y*c-x*d)}$, so the quotient is ${cx(zr, zi)}$.",
                   f"分子为 ${cx(x*c+y*d, y*c-x*d)}$，所以结果为 ${cx(zr, zi)}$。")]
    ref = cx(zr, zi)
    val = (zr, zi)
    right = [(cx(zr, zi, "rev"), "reordered_complex", val)]
    if zr.denominator > 1 or zi.denominator > 1:
        den = (zr.denominator * zi.denominator) // math.gcd(zr.denominator, zi.denominator)
        right.append((f"\\frac{{{cx(zr*den, zi*den)}}}{{{den}}}", "common_denominator_complex", val))
    right.append((f"{ftex(zr)} + ({ftex(zi)})i", "parenthesized_imaginary", val))
    wrong = [(cx(zr, -zi), "conjugate", (zr, -zi)), (cx(-zr, zi), "real_part_sign", (-zr, zi)), (cx(zi, zr), "swapped_parts", (zi, zr)),
             (cx(zr * 2, zi * 2), "factor_of_2", (zr * 2, zi * 2))]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=val, steps=steps, right=right, wrong=wrong)


def mat(m, env="pmatrix"):
    rows = " \\\\ ".join(" & ".join(ftex(x) for x in r) for r in m)
    return f"\\begin{{{env}}} {rows} \\end{{{env}}}"


def g_matrix(rng, lang):
    while True:
        a, b, c, d = (rng.randint(-5, 6) for _ in range(4))
        det = a * d - b * c
        if det in (1, -1, 2, -2, 3) and b != c and b and c:
            break
    inv = [[F(d, det), F(-b, det)], [F(-c, det), F(a, det)]]
    key = tuple(x for r in inv for x in r)
    ref = mat(inv)
    q = L(lang, f"Find the inverse of the matrix $A = {mat([[a, b], [c, d]])}$.", f"求矩阵 $A = {mat([[a, b], [c, d]])}$ 的逆矩阵。")
    steps = [L(lang, f"$\\det A = ({a})({d}) - ({b})({c}) = {det}$.", f"$|A| = ({a})({d}) - ({b})({c}) = {det}$。"),
             L(lang, f"The adjugate is ${mat([[d, -b], [-c, a]])}$, so $A^{{-1}} = \\frac{{1}}{{{det}}}{mat([[d, -b], [-c, a]])} = {ref}$.",
               f"伴随矩阵为 ${mat([[d, -b], [-c, a]])}$，所以 $A^{{-1}} = {ref}$。")]
    right = [(mat(inv, "bmatrix"), "bmatrix_notation", key),
             ("[[" + "], [".join(", ".join(ftex(x, "slash") for x in r) for r in inv) + "]]", "nested_list_matrix", key)]
    if abs(det) > 1:
        right.append((f"\\frac{{1}}{{{det}}}{mat([[d, -b], [-c, a]])}", "factored_scalar_matrix", key))
    tr = [[inv[0][0], inv[1][0]], [inv[0][1], inv[1][1]]]
    adj = [[F(d), F(-b)], [F(-c), F(a)]]
    sg = [[inv[0][0], -inv[0][1]], [inv[1][0], inv[1][1]]]
    wrong = [(mat(tr), "transposed_matrix", tuple(x for r in tr for x in r)), (mat(sg), "entry_sign", tuple(x for r in sg for x in r)),
             (mat([[F(a), F(b)], [F(c), F(d)]]), "returned_original", (a, b, c, d))]
    if abs(det) > 1:
        wrong.append((mat(adj), "forgot_determinant_factor", tuple(x for r in adj for x in r)))
    return dict(dataset="math_like" if lang == "en" else "gaokao_like", question=q, ref=ref, refval=key, steps=steps, right=right, wrong=wrong)


def g_binom(rng, lang):
    n = rng.randint(7, 14)
    k = rng.randint(3, n // 2)
    v = math.comb(n, k)
    if rng.random() < 0.5:
        q = L(lang, f"In how many ways can a committee of ${k}$ people be chosen from a club of ${n}$ members?",
              f"从 ${n}$ 名社团成员中选出 ${k}$ 人组成委员会，共有多少种选法？")
    else:
        q = L(lang, f"A lattice path from $(0,0)$ to $({n-k},{k})$ uses unit steps right or up. How many such paths are there?",
              f"从 $(0,0)$ 走到 $({n-k},{k})$，每步向右或向上走一个单位，共有多少条不同路径？")
    unevaluated_ref = rng.random() < 0.35
    ref = f"\\binom{{{n}}}{{{k}}}" if unevaluated_ref else str(v)
    steps = [L(lang, f"Order does not matter, so this is a combination: choose ${k}$ positions out of ${n}$.", f"与顺序无关，是组合问题：从 ${n}$ 个中选 ${k}$ 个。"),
             L(lang, f"$\\binom{{{n}}}{{{k}}} = \\frac{{{n}!}}{{{k}!\\,{n-k}!}} = {v}$.", f"$C_{{{n}}}^{{{k}}} = \\frac{{{n}!}}{{{k}!{n-k}!}} = {v}$。")]
    right = [(str(v), "evaluated_binomial", v) if unevaluated_ref else (f"\\binom{{{n}}}{{{k}}}", "unevaluated_binomial", v),
             (f"\\binom{{{n}}}{{{n-k}}}", "symmetric_binomial", v), (L(lang, f"C({n},{k})", f"C_{{{n}}}^{{{k}}}"), "C_notation", v),
             (f"\\frac{{{n}!}}{{{k}!\\,{n-k}!}}", "factorial_expression", v)]
    P = math.perm(n, k)
    wrong = [(str(P), "ordered_count", P), (f"\\binom{{{n}}}{{{k-1}}}", "binomial_off_by_one", math.comb(n, k - 1)),
             (str(v + n), "value_not_equal", v + n), (f"{n}^{{{k}}}", "with_replacement", n ** k)]
    return dict(dataset=L(lang, "math_like", "gaokao_like"), question=q, ref=ref, refval=v, steps=steps, right=right, wrong=wrong)


def g_residue(rng, lang):
    while True:
        a, e, m = rng.randint(2, 19), rng.randint(20, 2024), rng.choice([100, 1000, 125, 999, 343])
        r = pow(a, e, m)
        if 10 <= r < 100 and math.gcd(a, m) == 1:
            break
    q = f"Find the remainder when ${a}^{{{e}}}$ is divided by ${m}$. (The answer is an integer from 000 to 999.)"
    steps = [f"Since $\\gcd({a}, {m}) = 1$, powers of ${a}$ modulo ${m}$ are periodic. Let me compute successive squares.",
             f"${a}^2 \\equiv {pow(a, 2, m)}$, ${a}^4 \\equiv {pow(a, 4, m)}$, ${a}^8 \\equiv {pow(a, 8, m)}$, ${a}^{{16}} \\equiv {pow(a, 16, m)} \\pmod{{{m}}}$.",
             f"Writing ${e}$ in binary ({bin(e)[2:]}) and multiplying the corresponding powers gives ${a}^{{{e}}} \\equiv {r} \\pmod{{{m}}}$."]
    right = [(f"{r:03d}", "aime_zero_padded", r), (f"{r} \\pmod{{{m}}}", "with_modulus_annotation", r)]
    wrong = [(str(pow(a, e + 1, m)), "off_by_one_exponent", pow(a, e + 1, m)), (str(pow(a, e - 1, m)), "off_by_one_exponent", pow(a, e - 1, m)),
             (str((r + 10) % m), "value_not_equal", (r + 10) % m), (str(m - r), "negated_residue", m - r)]
    return dict(dataset="aime_like", question=q, ref=str(r), refval=r, steps=steps, right=right, wrong=wrong)


GENS = {"distance": g_distance, "box_cos": g_box_cos, "sector": g_sector, "log": g_log, "prob": g_prob,
        "die_square": g_die_square, "complex": g_complex, "matrix": g_matrix, "binom": g_binom, "residue": g_residue}
