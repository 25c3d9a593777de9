"""Family-specific second-look passages written after a correct derivation (they restate the correct result).
Used only where the text already contains the correct result."""
from fractions import Fraction


def fam_shop(v):
    n1, p1, n2, p2, tot, ch = v["n1"], v["p1"], v["n2"], v["p2"], v["tot"], v["ch"]
    c1, c2 = int(round(p1 * 100)) * n1, int(round(p2 * 100)) * n2
    return (f"Let me redo it in cents to rule out decimal slips. Notebooks: {int(round(p1 * 100))} × {n1} = {c1} cents. Markers: {int(round(p2 * 100))} × {n2} = {c2} cents. "
            f"Total {c1 + c2} cents = ${(c1 + c2) / 100:.2f}. A hundred dollars is 10000 cents, and 10000 − {c1 + c2} = {10000 - c1 - c2} cents, i.e. ${(10000 - c1 - c2) / 100:.2f}. "
            f"Same as before.\n\nCompare with my rough estimate from the start — close enough, the difference is just the rounding of the unit prices. "
            f"One more sanity check: the change is positive and less than $100, so she could actually afford everything with one bill. ")


def fam_percent(v):
    p, q_, pf = v["p"], v["q_"], v["pf"]
    return (f"Let me also check the order-independence: decreasing first, 100 → {100 - q_} → {(100 - q_) * (1 + p / 100):g}. Same final value, as expected, since multiplication commutes.\n\n"
            f"And compare with the naive answer {p - q_:+d}%: the true result {pf:g}% differs from it by {pf - (p - q_):g} percentage points, which is exactly −{p}×{q_}/100 = {-p * q_ / 100:g} — "
            f"the cross term from (1 + {p / 100:g})(1 − {q_ / 100:g}) = 1 + {p / 100:g} − {q_ / 100:g} − {p * q_ / 10000:g}. That cross term is why the naive method fails. "
            f"So the overall change is {pf:g}%, i.e. the final price is {100 + pf:g}% of the original.")


def fam_dice(v):
    s, n, fr = v["s"], v["n"], v["fr"]
    comp = Fraction(36 - n, 36)
    return (f"Second check via complement-free reasoning: the number of ways to roll sum s with two dice is 6 − |s − 7| for 2 ≤ s ≤ 12. With s = {s}: 6 − {abs(s - 7)} = {n}. ✓\n\n"
            f"So P = {n}/36 = {fr}. The probability of NOT getting {s} would be {comp}, and {fr} + {comp} = 1, fine. "
            f"Also {fr} ≈ {float(fr):.3f}, which is below 1/6 ≈ 0.167 (the probability of the most likely sum, 7) — consistent with {s} being less likely than 7.")


def fam_quadratic(v):
    a, b, s, p = v["a"], v["b"], v["s"], v["p"]
    return (f"Vieta check: {a} + {b} = {a + b} (should equal {s}) and {a} × {b} = {a * b} (should equal {p}). Both match.\n\n"
            f"Another way to see it: completing the square, x² − {s}x = −{p} ⇒ (x − {Fraction(s, 2)})² = {Fraction(s * s, 4) - p}, "
            f"so x − {Fraction(s, 2)} = ±{Fraction(b - a, 2)}, giving x = {Fraction(s, 2)} ± {Fraction(b - a, 2)}, i.e. {b} and {a}. Same two roots. "
            f"Both roots are real and distinct, and there are no others since a quadratic has at most two roots.")


def fam_abs_ineq(v):
    c, d, lo, hi = v["c"], v["d"], v["lo"], v["hi"]
    return (f"Picture check: centre {c}, radius {d}, so from {c} − {d} = {lo} to {c} + {d} = {hi}, endpoints excluded. "
            f"The interval has length {hi - lo} = 2 × {d}. ✓\n\nEndpoint check: at x = {lo}, |{lo} − ({c})| = {d}, and {d} < {d} is false, so {lo} is excluded; same for {hi}. "
            f"Interval notation therefore uses parentheses: ({lo}, {hi}). In set-builder form: {{x : {lo} < x < {hi}}}.")


def fam_line(v):
    f, m, b, x1, x2 = v["f"], v["m"], v["b"], v["x1"], v["x2"]
    return (f"Let me re-derive with point-slope form as a cross-check: y − y₁ = m(x − x₁) with m = {f(m)} and (x₁, y₁) = ({x1}, {f(m * x1 + b)}). "
            f"Expanding: y = {f(m)}x − {f(m)}·({x1}) + {f(m * x1 + b)} = {f(m)}x + {f(b)}. Same intercept {f(b)}.\n\n"
            f"The y-intercept is the point (0, {f(b)}); the x-intercept is at x = {f(Fraction(-b) / m) if m != 0 else 'none'}. "
            f"Both given points satisfy the equation, so the line is y = {f(m)}x + {f(b)} (written with the usual sign conventions in the final answer).")


def fam_speed(v):
    kmh, t, dist, f = v["kmh"], v["t"], v["dist"], v["f"]
    return (f"Second method: {t} s = {t}/3600 h = {Fraction(t, 3600)} h. Distance in km = {kmh} × {Fraction(t, 3600)} = {float(kmh * Fraction(t, 3600)):g} km. "
            f"In metres: × 1000 = {f(dist)} m. Matches.\n\nUnit sanity: (km/h) × s needs the conversion factor 1000/3600 = 5/18; {kmh} × 5/18 = {float(kmh * Fraction(5, 18)):g} m/s. "
            f"So {f(dist)} metres, about {float(dist) / 1000:g} km — reasonable for {t} seconds of travel.")


def fam_clock(v):
    h, m, dh, dm, tot, H, M, ans = v["h"], v["m"], v["dh"], v["dm"], v["tot"], v["H"], v["M"], v["ans"]
    return (f"24-hour check: {h:02d}:{m:02d} is minute {h * 60 + m} of the day; adding {dh * 60 + dm} minutes gives minute {tot}"
            f"{', which wraps past midnight to minute ' + str(tot % 1440) if tot >= 1440 else ''}. "
            f"{tot % 1440} ÷ 60 = {H} remainder {M}, so {H:02d}:{M:02d} in 24-hour time, which is {ans} on a 12-hour clock.\n\n"
            f"Both methods agree on {ans}.")


def fam_divisors(v):
    N, ps, es, d = v["N"], v["ps"], v["es"], v["d"]
    return (f"Sanity check by listing for a piece of it: the divisors that are powers of {ps[0]} alone are " + ", ".join(str(ps[0] ** i) for i in range(es[0] + 1)) +
            f" — that's {es[0] + 1} choices, matching e+1 = {es[0] + 1}. Each of those combines independently with {es[1] + 1} choices for the power of {ps[1]} and {es[2] + 1} for {ps[2]}. "
            f"Hence {es[0] + 1}·{es[1] + 1}·{es[2] + 1} = {d} divisors of {N}, including 1 and {N}.")


def fam_powmod(v):
    base, m, n, per, res = v["base"], v["m"], v["n"], v["per"], v["res"]
    return (f"Let me double check the cycle length: {base}^{per} mod {m} = {pow(base, per, m)}, and no smaller positive power gives 1. "
            f"Then {n} = {per}·{n // per} + {n % per}, so {base}^{n} = ({base}^{per})^{n // per} · {base}^{n % per} ≡ 1 · {base}^{n % per} ≡ {res} (mod {m}).\n\n"
            f"({'The exponent is a multiple of the cycle length, so the power is congruent to 1.' if n % per == 0 else 'A remainder of 0 would have meant the answer is 1; here the remainder is ' + str(n % per) + '.'}) So the remainder is {res}.")


def fam_distance(v):
    s, k, rad = v["s"], v["k"], v["rad"]
    return (f"Check the simplification: ({k}√{rad})² = {k * k} × {rad} = {k * k * rad} = {s}. ✓ And {rad} has no square factor > 1, so {k}√{rad} is fully simplified.\n\n"
            f"Numerically {k}√{rad} ≈ {k * rad ** 0.5:.3f}, which lies within the bounds I estimated from the legs. So the distance is {k}√{rad}.")


def fam_cross(v):
    c = v["c"]
    return (f"I'll also recompute each component using the 'cover-up' method to be sure: i: cover column 1 → {c[0]}; j: cover column 2 and negate → {c[1]}; k: cover column 3 → {c[2]}. "
            f"Consistent.\n\nThe magnitude is √({c[0]}² + {c[1]}² + {c[2]}²) = √{c[0] ** 2 + c[1] ** 2 + c[2] ** 2}, which is the area of the parallelogram spanned by u and v — not needed, "
            f"but positive, as it must be for non-parallel vectors. Result: ({c[0]}, {c[1]}, {c[2]}).")


def fam_sci(v):
    mol, ms, e = v["mol"], v["ms"], v["e"]
    return (f"Normalisation check: {mol} × 6.022 = {mol * 6.022:.5g}; written as a×10^b with 1 ≤ a < 10 that's {ms} × 10^{e}. "
            f"Rough check: {mol} × 6 × 10²³ = {mol * 6:g} × 10²³ — the same order of magnitude. ✓\n\n"
            f"Note: the number of atoms would be three times larger, but the question asks for molecules, so {ms} × 10^{e} molecules.")


def fam_mixed(v):
    res, whole, rem, amt, sc_ = v["res"], v["whole"], v["rem"], v["amt"], v["sc_"]
    return (f"Double-check by converting back: {whole} {rem}/{res.denominator} = ({whole}×{res.denominator} + {rem})/{res.denominator} = {res.numerator}/{res.denominator}. "
            f"And {res.numerator}/{res.denominator} ÷ {sc_} = {res / sc_} = {amt}, the original amount. ✓\n\nSo the scaled recipe needs {whole} {rem}/{res.denominator} cups of flour.")


def fam_angle(v):
    deg, plain = v["deg"], v["plain"]
    return (f"Cross-check with degrees: arccos of that cosine is {deg}°, and {deg}° × π/180 = {plain}. The question wants radians, so θ = {plain} "
            f"(≈ {deg * 3.14159265 / 180:.4f} rad). The angle is {'acute' if deg < 90 else ('right' if deg == 90 else 'obtuse')}, consistent with the sign of the dot product.")


def fam_date(v):
    start, k, end = v["start"], v["k"], v["end"]
    return (f"Cross-check using day-of-year numbers: {start.isoformat()} is day {start.timetuple().tm_yday} of {start.year}; adding {k} gives day {start.timetuple().tm_yday + k}"
            f"{' (which wraps into the next year)' if end.year != start.year else ''}, which is {end.isoformat()}. ✓\n\n"
            f"Weekday: {start.strftime('%A')} + {k % 7} days = {end.strftime('%A')}. So the date is {end.strftime('%A')}, {end.strftime('%B')} {end.day}, {end.year}.")


def fam_series(v):
    a, d, n, last, S = v["a"], v["d"], v["n"], v["last"], v["S"]
    return (f"Pairing check (Gauss): first + last = {a} + {last} = {a + last}; second + second-to-last = {a + d} + {last - d} = {a + last}. "
            f"There are {n} terms, i.e. {n}/2 pairs (counting a middle term as half a pair when n is odd), so S = {n} × {a + last} / 2 = {S}. ✓\n\nThe estimate from the middle term was in the right ballpark. So the sum of the first {n} terms is {S}.")


def fam_matrix(v):
    C, BA = v["C"], v["BA"]
    return (f"For completeness, BA would be [[{BA[0][0]}, {BA[0][1]}], [{BA[1][0]}, {BA[1][1]}]], "
            f"{'which is different from AB — a good reminder that order matters' if BA != C else 'which happens to equal AB here (these matrices commute), but in general order matters'}.\n\n"
            f"The requested product AB = [[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]].")


def zh_shop(v):
    tot, ch, a1, a2 = v["tot"], v["ch"], v["a1"], v["a2"]
    return (f"再换一种方法验算：用“分”为单位计算。钢笔{int(round(a1 * 100))}分，笔记本{int(round(a2 * 100))}分，合计{int(round(tot * 100))}分；"
            f"100元是10000分，10000 − {int(round(tot * 100))} = {int(round(ch * 100))}分，也就是{ch:g}元。两种算法结果一致。\n\n"
            f"和开始时的估算比较，也在合理范围内。所以应找回{ch:g}元。")


def zh_quadratic(v):
    a, b, s, p = v["a"], v["b"], v["s"], v["p"]
    return (f"用求根公式再验证一次：x = [{s} ± √({s}² − 4×{p})]/2 = [{s} ± √{s * s - 4 * p}]/2 = [{s} ± {b - a}]/2，"
            f"得 x = {b} 或 x = {a}。和因式分解的结果一样。\n\n韦达定理：{a} + {b} = {s}，{a} × {b} = {p}，都对。所以方程的两个根是 {a} 和 {b}。")


def zh_prob(v):
    red, blue, tot, fr = v["red"], v["blue"], v["tot"], v["fr"]
    return (f"用组合数再算一遍：从{tot}个球中任取2个，共C({tot},2) = {tot * (tot - 1) // 2}种；两个都是红球有C({red},2) = {red * (red - 1) // 2}种。"
            f"概率 = {red * (red - 1) // 2}/{tot * (tot - 1) // 2} = {fr}。与分步计算结果一致。\n\n"
            f"如果是有放回，概率会是({red}/{tot})² = {Fraction(red * red, tot * tot)}，比不放回的大一些，这也符合直觉（不放回时第二次红球变少了）。所以答案是{fr}。")


def zh_speed(v):
    v1, v2, d, tv = v["v1"], v["v2"], v["d"], v["tv"]
    return (f"验算：{tv:g}小时后，客车行驶{v1}×{tv:g} = {v1 * tv:g}千米，货车行驶{v2}×{tv:g} = {v2 * tv:g}千米，"
            f"两者相加{(v1 + v2) * tv:g}千米，正好等于两地距离{d}千米。\n\n如果误用速度差{abs(v1 - v2)}，会得到{float(Fraction(d, abs(v1 - v2))):g}小时，那是追及问题的算法，这里不适用。所以{tv:g}小时后相遇。")


def zh_ineq(v):
    bnd, neg = v["bnd"], v["neg"]
    return (f"再取点检验：取x = {bnd - 1}，代入原不等式{'成立' if neg else '不成立'}；取x = {bnd + 1}，代入{'不成立' if neg else '成立'}。"
            f"端点x = {bnd}：{'左边等于右边，不满足严格不等号，所以不取' if neg else '左边等于右边，满足“≥”，所以取到'}。\n\n"
            f"因此解集为 {'x < ' if neg else 'x ≥ '}{bnd}。")


def zh_series(v):
    terms, S, n = v["terms"], v["S"], v["n"]
    return (f"逐项相加验证：{' + '.join(map(str, terms))}。先加前两项得{terms[0] + terms[1]}，"
            f"……最后总和为{sum(terms)}，与公式计算的结果{S}一致。\n\n所以前{n}项和为{S}。")
