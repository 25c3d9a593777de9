"""Analytic geometry (circles, tangent lines, points, vectors), piecewise functions, probability, counting."""
import itertools
from fractions import Fraction as F
from math import comb
from common import compose2, rec, NOTES, fr, tfr, poly

NOTES["geo"] = (
    ["In analytic geometry the answer is an equation or a point, and several equivalent forms are acceptable (standard form, general form, point-slope form, coordinates written as a pair or as x = ..., y = ...). "
     "What matters is that the object is the same, so I will double-check the centre, radius, slope and intercept numerically.",
     "A frequent slip is a sign error when moving from the centre $(h, k)$ to $(x - h)^2 + (y - k)^2$, or writing the radius instead of its square on the right-hand side."],
    ["解析几何的答案是方程或点的坐标，可以有多种等价形式（标准方程、一般方程、点斜式，坐标写成有序数对或写成 x = …, y = …）。关键是所表示的对象相同，所以要用数值再核对圆心、半径、斜率和截距。",
     "常见错误是由圆心 $(h, k)$ 写成 $(x - h)^2 + (y - k)^2$ 时符号写错，或者在等号右边写了半径而不是半径的平方。"])
NOTES["func"] = (
    ["For an odd function, $f(-x) = -f(x)$ for every x in the domain, and if 0 is in the domain then $f(0) = 0$. To find the formula for negative x, take $x < 0$, note that $-x > 0$ lies where the formula is known, and use the symmetry.",
     "The final answer must describe f on the whole real line, so both branches (or an equivalent single formula) are needed; giving only the new branch answers a different question."],
    ["奇函数满足 $f(-x) = -f(x)$，若 0 在定义域内则 $f(0) = 0$。求 $x < 0$ 时的解析式，先设 $x < 0$，则 $-x > 0$ 落在已知解析式的范围内，再利用奇偶性转化。",
     "题目要求的是 f(x) 在整个 R 上的解析式，所以两段（或等价的单一表达式）都要写出，只写新求出的一段是不完整的。"])
NOTES["prob"] = (
    ["For probability with draws without replacement, I count unordered samples with combinations; the answer is an exact fraction, which I reduce at the end. "
     "Using the with-replacement model by mistake changes the answer, so I stay with combinations throughout.",
     "For counting questions with 'at least one', the complement (total minus none) is the cleanest method; directly picking one required member first and then the rest overcounts."],
    ["不放回抽取的概率问题用组合数计数（无序），答案是精确的分数，最后约分。如果误用有放回模型，答案会改变，所以全程用组合数。",
     "计数问题中出现“至少一个”时，用间接法（总数减去一个都没有的情况）最简洁；先选定一个再任选其余的做法会重复计数。"])


def circles(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 0
        h, k = rng.randint(-4, 4), rng.randint(-4, 4)
        dx, dy = rng.randint(1, 4), rng.randint(-3, 3)
        x1, y1, x2, y2 = h - dx, k - dy, h + dx, k + dy
        r2 = dx * dx + dy * dy
        D, E, Fc = -2 * h, -2 * k, h * h + k * k - r2
        # checker: both endpoints satisfy both forms
        for (x, y) in ((x1, y1), (x2, y2)):
            assert (x - h) ** 2 + (y - k) ** 2 == r2 and x * x + y * y + D * x + E * y + Fc == 0
        sx = "x^2" if h == 0 else (f"(x - {h})^2" if h > 0 else f"(x + {-h})^2")
        sy = "y^2" if k == 0 else (f"(y - {k})^2" if k > 0 else f"(y + {-k})^2")
        ref = f"{sx} + {sy} = {r2}"
        gen = "x^2 + y^2" + (f" {'+' if D > 0 else '-'} {abs(D)}x" if D else "") + (f" {'+' if E > 0 else '-'} {abs(E)}y" if E else "") + (f" {'+' if Fc > 0 else '-'} {abs(Fc)}" if Fc else "") + " = 0"
        wsx = "x^2" if h == 0 else (f"(x + {h})^2" if h > 0 else f"(x - {-h})^2")
        wsy = "y^2" if k == 0 else (f"(y + {k})^2" if k > 0 else f"(y - {-k})^2")
        cor = [(gen, "general_form"), (f"{sy} + {sx} = {r2}", "terms_swapped")]
        wr = [(f"{sx} + {sy} = {4 * r2}", "diameter_squared_used")]
        if h != 0 or k != 0:
            wr.append((f"{wsx} + {wsy} = {r2}", "centre_sign_error"))
        rt = int(r2 ** 0.5)
        if rt * rt != r2:
            wr.append((f"{sx} + {sy} = \\sqrt{{{r2}}}", "radius_not_squared"))
        else:
            cor.append((f"{sx} + {sy} = {rt}^2", "radius_squared_written"))
            wr.append((f"{sx} + {sy} = {rt}", "radius_not_squared"))
        ans, trap = rng.choice(cor if good else wr)
        if lang == "en":
            q = f"Find the equation of the circle with the segment AB as a diameter, where $A({x1}, {y1})$ and $B({x2}, {y2})$."
            intro = "The centre is the midpoint of AB and the radius is half of |AB|."
            st = [f"Midpoint: $\\left(\\frac{{{x1} {'+' if x2 >= 0 else '-'} {abs(x2)}}}{{2}}, \\frac{{{y1} {'+' if y2 >= 0 else '-'} {abs(y2)}}}{{2}}\\right) = ({h}, {k})$.",
                  f"$|AB|^2 = ({x2 - x1})^2 + ({y2 - y1})^2 = {4 * r2}$, so $r^2 = \\frac{{|AB|^2}}{{4}} = {r2}$.",
                  f"Standard form: $(x - ({h}))^2 + (y - ({k}))^2 = {r2}$; expanding gives ${gen}$.",
                  f"Check: A gives $({x1 - h})^2 + ({y1 - k})^2 = {r2}$, and so does B."]
            final = rng.choice([f"So the equation of the circle is ${ans}$.", f"Answer: $\\boxed{{{ans}}}$.", f"Therefore the circle is ${ans}$."])
        else:
            q = f"已知点 $A({x1}, {y1})$，$B({x2}, {y2})$，求以线段 AB 为直径的圆的方程。"
            intro = "圆心是 AB 的中点，半径是 |AB| 的一半。"
            st = [f"中点为 $({h}, {k})$。", f"$|AB|^2 = ({x2 - x1})^2 + ({y2 - y1})^2 = {4 * r2}$，所以 $r^2 = {r2}$。",
                  f"标准方程为 $(x - ({h}))^2 + (y - ({k}))^2 = {r2}$，展开得 ${gen}$。", f"检验：点 A、B 代入都满足方程。"]
            final = rng.choice([f"所以圆的方程为 ${ans}$。", f"答案：$\\boxed{{{ans}}}$。", f"综上，所求圆的方程是 ${ans}$。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "geo", intro, st, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def _line(m, c):
    s = "y = " + ("x" if m == 1 else ("-x" if m == -1 else (f"{m}x" if m else "")))
    if m == 0:
        return f"y = {c}"
    return s + ("" if c == 0 else (f" + {c}" if c > 0 else f" - {-c}"))


def tangents(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 1
        b, c, x0 = rng.randint(-3, 3), rng.randint(-3, 4), rng.choice([-2, -1, 1, 2, 3])
        m = 2 * x0 + b
        if m == 0:
            b += 1
            m += 1
        y0 = x0 * x0 + b * x0 + c
        icpt = y0 - m * x0
        assert m * x0 + icpt == y0
        fs = poly([1, b, c])
        ref = _line(m, icpt)
        gf = (poly([m]) + "x - y" if m not in (1, -1) else ("x - y" if m == 1 else "-x - y")) + (f" + {icpt}" if icpt > 0 else (f" - {-icpt}" if icpt < 0 else "")) + " = 0"
        cor = [(gf, "general_form"), (f"y - ({y0}) = {m}(x - ({x0}))", "point_slope_form")]
        wr = [(_line(m, -icpt), "intercept_sign_error"), (_line(x0 + b, y0 - (x0 + b) * x0), "wrong_derivative")]
        if icpt == 0:
            wr = wr[1:]
        if x0 + b == m:
            wr = wr[:1]
        if not wr:
            wr = [(_line(m, icpt + 1), "intercept_off_by_one")]
        ans, trap = rng.choice(cor if good else wr)
        if lang == "en":
            q = f"Find the equation of the tangent line to the curve $y = {fs}$ at the point where $x = {x0}$."
            intro = "The slope of the tangent is the derivative at the point of tangency."
            st = [f"$y' = 2x{'' if b == 0 else (' + ' + str(b) if b > 0 else ' - ' + str(-b))}$, so the slope at x = {x0} is $2({x0}) + ({b}) = {m}$.",
                  f"The point of tangency is $({x0}, {y0})$ since $({x0})^2 + ({b})({x0}) + ({c}) = {y0}$.",
                  f"Point-slope form: $y - ({y0}) = {m}(x - ({x0}))$, i.e. ${ref}$.",
                  f"Check: the line passes through $({x0}, {y0})$ and has slope {m}."]
            final = rng.choice([f"The tangent line is ${ans}$.", f"Answer: $\\boxed{{{ans}}}$.", f"Hence the equation of the tangent is ${ans}$."])
        else:
            q = f"求曲线 $y = {fs}$ 在 $x = {x0}$ 处的切线方程。"
            intro = "切线的斜率等于切点处的导数值。"
            st = [f"$y' = 2x + ({b})$，x = {x0} 时斜率为 {m}。", f"切点为 $({x0}, {y0})$。",
                  f"由点斜式 $y - ({y0}) = {m}(x - ({x0}))$ 得 ${ref}$。", "检验：直线过切点且斜率正确。"]
            final = rng.choice([f"所以切线方程为 ${ans}$。", f"答案：$\\boxed{{{ans}}}$。", f"综上，切线方程是 ${ans}$。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "geo", intro, st, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def points(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 0
        if i % 4 < 2:
            p, q_ = rng.randint(-4, 5), rng.randint(-4, 5)
            while p == q_ or q_ == 0 or p == 0:
                p, q_ = rng.randint(-4, 5), rng.randint(-4, 5)
            a1, b1, a2, b2 = rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3), -rng.randint(1, 3)
            c1, c2 = a1 * p + b1 * q_, a2 * p + b2 * q_
            assert a1 * b2 - a2 * b1 != 0
            ref = f"({p}, {q_})"
            cor = [(f"x = {p}, y = {q_}", "xy_equations"), (f"P({p}, {q_})", "named_point")]
            wr = [(f"({q_}, {p})", "coordinates_swapped"), (f"({p}, {-q_})", "sign_error")]
            l1 = poly([a1]) + "x + " + poly([b1]) + f"y = {c1}"
            l2 = poly([a2]) + "x - " + poly([-b2]) + f"y = {c2}"
            l1 = l1.replace("1x", "x").replace("+ 1y", "+ y")
            l2 = l2.replace("1x", "x").replace("- 1y", "- y")
            qen = f"Find the intersection point of the lines ${l1}$ and ${l2}$."
            qzh = f"求直线 ${l1}$ 与 ${l2}$ 的交点坐标。"
            st = [f"Solve the system by elimination: multiply the first equation by {a2} and the second by {a1} and subtract to eliminate x.",
                  f"This gives $({b1 * a2} - ({b2 * a1}))y = {c1 * a2} - ({c2 * a1})$, so $y = {q_}$.",
                  f"Substitute back: ${a1}x + {b1}({q_}) = {c1}$ gives $x = {p}$.",
                  f"Check in the second equation: ${a2}({p}) + ({b2})({q_}) = {c2}$."]
            sz = [f"用加减消元法：第一个方程乘以 {a2}，第二个方程乘以 {a1}，相减消去 x。", f"得 $y = {q_}$。", f"代回第一个方程得 $x = {p}$。", f"代入第二个方程检验成立。"]
        else:
            a, b = (rng.randint(-3, 4), rng.randint(-3, 4)), (rng.randint(-3, 4), rng.randint(-3, 4))
            s, t = rng.choice([2, 3]), rng.choice([1, 2, -1])
            v = (s * a[0] - t * b[0], s * a[1] - t * b[1])
            if v[0] == v[1] or v[1] == 0:
                a = (a[0], a[1] + 1)
                v = (s * a[0] - t * b[0], s * a[1] - t * b[1])
            ref = f"({v[0]}, {v[1]})"
            cor = [(f"\\left({v[0]},\\ {v[1]}\\right)", "latex_spacing"), (f"{v[0]}\\mathbf{{i}} {'+' if v[1] >= 0 else '-'} {abs(v[1])}\\mathbf{{j}}", "ij_components")]
            wr = [(f"({s * a[0] + t * b[0]}, {s * a[1] + t * b[1]})", "added_instead_of_subtracted"), (f"({v[1]}, {v[0]})", "components_swapped")]
            w_add = (s * a[0] + t * b[0], s * a[1] + t * b[1])
            wr = [w for w, tup in zip(wr, [w_add, (v[1], v[0])]) if tup != v]
            assert wr
            tt = "" if t == 1 else ("-" if t == -1 else str(t))
            qen = f"Given vectors $\\vec a = ({a[0]}, {a[1]})$ and $\\vec b = ({b[0]}, {b[1]})$, find ${s}\\vec a - {tt}\\vec b$."
            qzh = f"已知向量 $\\vec a = ({a[0]}, {a[1]})$，$\\vec b = ({b[0]}, {b[1]})$，求 ${s}\\vec a - {tt}\\vec b$ 的坐标。"
            st = [f"${s}\\vec a = ({s * a[0]}, {s * a[1]})$.", f"${t}\\vec b = ({t * b[0]}, {t * b[1]})$.",
                  f"Subtract componentwise: $({s * a[0]} - ({t * b[0]}), {s * a[1]} - ({t * b[1]})) = ({v[0]}, {v[1]})$.", "Each component is checked separately."]
            sz = [f"${s}\\vec a = ({s * a[0]}, {s * a[1]})$。", f"${t}\\vec b = ({t * b[0]}, {t * b[1]})$。", f"对应坐标相减得 $({v[0]}, {v[1]})$。", "逐个分量检验无误。"]
        ans, trap = rng.choice(cor if good else wr)
        if lang == "en":
            q, intro = qen, "This is a direct computation; I will be careful with signs."
            final = rng.choice([f"So the answer is ${ans}$.", f"Answer: $\\boxed{{{ans}}}$.", f"Therefore we get ${ans}$."])
        else:
            q, intro = qzh, "直接计算，注意符号。"
            final = rng.choice([f"所以答案是 ${ans}$。", f"答案：$\\boxed{{{ans}}}$。", f"综上，结果为 ${ans}$。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "geo", intro, st if lang == "en" else sz, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def piecewise(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 1
        p = rng.randint(1, 5)
        f = lambda x: x * x - p * x if x >= 0 else -x * x - p * x
        for x in range(-5, 6):
            assert f(-x) == -f(x)
            assert f(x) == x * abs(x) - p * x
        pos, neg = f"x^2 - {p if p > 1 else ''}x", f"-x^2 - {p if p > 1 else ''}x"
        ref = f"f(x) = \\begin{{cases}} {pos}, & x \\ge 0 \\\\ {neg}, & x < 0 \\end{{cases}}"
        cor = [(f"f(x) = x|x| - {p if p > 1 else ''}x", "compact_abs_form"),
               (f"f(x) = {pos} for x ≥ 0 and f(x) = {neg} for x < 0", "piecewise_in_words"),
               (f"f(x) = \\begin{{cases}} {pos}, & x > 0 \\\\ 0, & x = 0 \\\\ {neg}, & x < 0 \\end{{cases}}", "zero_split_out")]
        wr = [(f"f(x) = \\begin{{cases}} {pos}, & x \\ge 0 \\\\ -x^2 + {p if p > 1 else ''}x, & x < 0 \\end{{cases}}", "sign_error_branch"),
              (f"f(x) = \\begin{{cases}} {pos}, & x \\ge 0 \\\\ x^2 + {p if p > 1 else ''}x, & x < 0 \\end{{cases}}", "even_extension"),
              (f"f(x) = {neg} (x < 0)", "only_one_branch_given")]
        ans, trap = rng.choice(cor if good else wr)
        if lang == "en":
            q = f"f(x) is an odd function defined on $\\mathbb{{R}}$, and $f(x) = {pos}$ for $x \\ge 0$. Find the expression of f(x) on $\\mathbb{{R}}$."
            intro = "Use $f(-x) = -f(x)$ to transfer the formula from $x \\ge 0$ to $x < 0$."
            st = [f"Let $x < 0$. Then $-x > 0$, so $f(-x) = (-x)^2 - {p}(-x) = x^2 + {p}x$.",
                  f"Since f is odd, $f(x) = -f(-x) = -x^2 - {p}x$ for $x < 0$.",
                  "At x = 0 the given formula gives 0, consistent with f(0) = 0 for an odd function.",
                  f"Check: f(1) = {f(1)} and f(-1) = {f(-1)}, which are opposite."]
            final = rng.choice([f"Therefore ${ans}$.", f"So the function is ${ans}$.", f"Answer: ${ans}$."])
        else:
            q = f"已知 f(x) 是定义在 R 上的奇函数，当 $x \\ge 0$ 时 $f(x) = {pos}$，求 f(x) 的解析式。"
            intro = "利用 $f(-x) = -f(x)$，把 $x \\ge 0$ 上的解析式转到 $x < 0$。"
            st = [f"设 $x < 0$，则 $-x > 0$，$f(-x) = x^2 + {p}x$。", f"因为 f 是奇函数，所以 $f(x) = -f(-x) = -x^2 - {p}x$。",
                  "x = 0 时原式给出 0，符合奇函数 f(0) = 0。", f"检验：f(1) = {f(1)}，f(-1) = {f(-1)}，互为相反数。"]
            final = rng.choice([f"所以 ${ans}$。", f"综上，${ans}$。", f"答：${ans}$。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "func", intro, st, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def prob_count(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 0
        t = i % 3
        if t == 0:
            r, b = rng.randint(2, 6), rng.randint(2, 6)
            N = r + b
            P = F(comb(r, 2) + comb(b, 2), comb(N, 2))
            balls = ["R"] * r + ["B"] * b
            pairs = list(itertools.combinations(range(N), 2))
            assert P == F(sum(balls[x] == balls[y] for x, y in pairs), len(pairs))
            Pw = F(r * r + b * b, N * N)
            ref = tfr(P)
            un = f"\\frac{{{comb(r, 2) + comb(b, 2)}}}{{{comb(N, 2)}}}"
            cor = [(un if P.denominator != comb(N, 2) else fr(P), "unreduced_fraction"), (f"{fr(P)}", "slash_fraction")]
            if (P * 1000).denominator == 1:
                cor.append((f"{float(P)}", "exact_decimal"))
            wr = [(tfr(Pw), "with_replacement"), (tfr(1 - P), "complement_given")]
            if Pw == P:
                wr = wr[1:]
            if 1 - P == P:
                wr = [(tfr(Pw), "with_replacement")] if Pw != P else [(tfr(P + F(1, comb(N, 2))), "off_by_one_count")]
            qen = f"A bag contains {r} red balls and {b} blue balls. Two balls are drawn at random without replacement. Find the probability that the two balls have the same colour."
            qzh = f"袋中有 {r} 个红球和 {b} 个蓝球，从中不放回地随机摸出 2 个球，求两球颜色相同的概率。"
            st = [f"Total number of unordered pairs: $\\binom{{{N}}}{{2}} = {comb(N, 2)}$.",
                  f"Both red: $\\binom{{{r}}}{{2}} = {comb(r, 2)}$; both blue: $\\binom{{{b}}}{{2}} = {comb(b, 2)}$.",
                  f"So $P = \\frac{{{comb(r, 2)} + {comb(b, 2)}}}{{{comb(N, 2)}}} = {tfr(P)}$."]
            sz = [f"基本事件总数 $\\binom{{{N}}}{{2}} = {comb(N, 2)}$。", f"两球都是红球有 {comb(r, 2)} 种，都是蓝球有 {comb(b, 2)} 种。",
                  f"所以 $P = \\frac{{{comb(r, 2) + comb(b, 2)}}}{{{comb(N, 2)}}} = {tfr(P)}$。"]
        elif t == 1:
            r, b, k = rng.randint(2, 6), rng.randint(2, 6), rng.choice([2, 3])
            N = r + b
            E = F(k * r, N)
            dist = [F(comb(r, j) * comb(b, k - j), comb(N, k)) for j in range(k + 1)]
            assert sum(dist) == 1 and sum(j * d for j, d in enumerate(dist)) == E
            ref = tfr(E)
            cor = [(f"\\frac{{{k * r}}}{{{N}}}" if E.denominator != N else fr(E), "unreduced_fraction"),
                   (f"E(X) = {fr(E)}", "with_label")]
            wr = [(tfr(F(r, N)), "forgot_factor_k"), (tfr(F(k * b, N)), "counted_other_colour")]
            if r == b:
                wr = wr[:1]
            qen = f"A box has {r} red and {b} white balls. {k} balls are drawn at once at random. Let X be the number of red balls drawn. Find E(X)."
            qzh = f"盒中有 {r} 个红球、{b} 个白球，一次随机取出 {k} 个球，记 X 为取出的红球个数，求 E(X)。"
            st = [f"X follows a hypergeometric distribution with N = {N}, M = {r}, n = {k}.",
                  "The distribution: " + ", ".join(f"P(X={j}) = {fr(d)}" for j, d in enumerate(dist)) + ".",
                  f"$E(X) = \\sum j P(X = j) = {fr(E)}$, which agrees with the formula $n\\cdot\\frac{{M}}{{N}} = {k}\\cdot\\frac{{{r}}}{{{N}}}$."]
            sz = [f"X 服从超几何分布，N = {N}，M = {r}，n = {k}。", "分布列：" + "，".join(f"P(X={j}) = {fr(d)}" for j, d in enumerate(dist)) + "。",
                  f"$E(X) = {fr(E)}$，与公式 $n\\cdot\\frac{{M}}{{N}}$ 一致。"]
        else:
            m, w = rng.randint(4, 7), rng.randint(2, 5)
            N = m + w
            X = comb(N, 3) - comb(m, 3)
            assert X == sum(1 for s in itertools.combinations(range(N), 3) if any(x >= m for x in s))
            assert w * comb(N - 1, 2) != X and 6 * X != X
            ref = f"\\binom{{{N}}}{{3}} - \\binom{{{m}}}{{3}} = {X}"
            cor = [(f"{X}", "number_only"), (f"C({w},1)C({m},2) + C({w},2)C({m},1) + C({w},3) = {X}", "direct_case_split")]
            wr = [(f"C({w},1)\\cdot C({N - 1},2) = {w * comb(N - 1, 2)}", "overcount_pick_one_first"),
                  (f"A({N},3) - A({m},3) = {6 * X}", "ordered_instead_of_unordered")]
            qen = f"A group has {m} boys and {w} girls. In how many ways can a committee of 3 be chosen that contains at least one girl?"
            qzh = f"某小组有男生 {m} 人、女生 {w} 人，从中选 3 人组成委员会，要求至少有 1 名女生，共有多少种选法？"
            st = [f"All committees: $\\binom{{{N}}}{{3}} = {comb(N, 3)}$.", f"Committees with no girl: $\\binom{{{m}}}{{3}} = {comb(m, 3)}$.",
                  f"At least one girl: ${comb(N, 3)} - {comb(m, 3)} = {X}$; a case split by the number of girls gives the same total."]
            sz = [f"总选法 $\\binom{{{N}}}{{3}} = {comb(N, 3)}$。", f"没有女生的选法 $\\binom{{{m}}}{{3}} = {comb(m, 3)}$。",
                  f"至少一名女生：${comb(N, 3)} - {comb(m, 3)} = {X}$，按女生人数分类相加结果相同。"]
        ans, trap = rng.choice(cor if good else wr)
        if lang == "en":
            q, intro = qen, "Count carefully with combinations."
            final = rng.choice([f"So the answer is ${ans}$.", f"Answer: $\\boxed{{{ans}}}$.", f"Therefore the result is ${ans}$."])
        else:
            q, intro = qzh, "用组合数仔细计数。"
            final = rng.choice([f"所以答案为 ${ans}$。", f"答案：$\\boxed{{{ans}}}$。", f"综上，结果为 ${ans}$。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "prob", intro, st if lang == "en" else sz, final), ref, "Correct" if good else "Incorrect", trap))
    return out
