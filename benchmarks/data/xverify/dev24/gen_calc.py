"""Extrema with location, derivatives, antiderivatives, limits, complex numbers."""
import math
from fractions import Fraction as F
from common import compose2, rec, NOTES, fr, tfr, poly

NOTES["extrema"] = (
    ["When a problem asks for an extreme value and where it is attained, both pieces of information are part of the answer. "
     "I find the critical points from $f'(x) = 0$, classify them by the sign change of $f'$, and then evaluate f at the relevant point.",
     "The local maximum and local minimum are easy to swap for a cubic, so I will read off the sign pattern of the derivative carefully."],
    ["题目同时问极值和取得极值的位置时，两者都是答案的一部分。先由 $f'(x) = 0$ 求驻点，再根据导数符号的变化判断是极大值还是极小值，最后代入求函数值。",
     "三次函数的极大值和极小值很容易弄反，所以要仔细看导数在驻点两侧的符号变化；用均值不等式时还要检验等号能否取到。"])
NOTES["calc"] = (
    ["For derivatives I use the product and chain rules term by term; for antiderivatives I integrate term by term using the power rule and known primitives, and an indefinite integral must include the arbitrary constant C.",
     "A good check for an antiderivative is to differentiate the result and recover the integrand; for a derivative, evaluating at a convenient point against a difference quotient is a quick test."],
    ["求导时逐项使用乘积法则和复合函数求导法则；求不定积分时逐项利用幂函数积分公式和常见的原函数，不定积分的结果必须加上任意常数 C。",
     "检验原函数的好办法是对结果求导，看是否得到被积函数；检验导数时，可以在某个方便的点用差商近似比较。"])
NOTES["limit"] = (
    ["For limits I first identify the indeterminate form ($\\frac{0}{0}$, $\\infty - \\infty$, $1^\\infty$) and then apply the matching standard technique: "
     "rationalising, the standard limit $\\lim_{t \\to 0} \\frac{\\sin t}{t} = 1$, or $\\lim_{n \\to \\infty} (1 + \\frac{1}{n})^n = e$.",
     "Substituting directly in a $1^\\infty$ form would wrongly give 1, and in an $\\infty - \\infty$ form it gives nothing, so the transformation is essential."],
    ["求极限先判断未定式的类型（$\\frac{0}{0}$ 型、$\\infty - \\infty$ 型、$1^\\infty$ 型），再用对应的方法：分子有理化、重要极限 $\\lim_{t \\to 0} \\frac{\\sin t}{t} = 1$，或 $\\lim_{n \\to \\infty} (1 + \\frac{1}{n})^n = e$。",
     "对 $1^\\infty$ 型直接代入会错误地得到 1，$\\infty - \\infty$ 型直接代入则无法得出结果，所以必须先变形。"])
NOTES["complex"] = (
    ["To divide complex numbers, multiply numerator and denominator by the conjugate of the denominator, which makes the denominator the real number $c^2 + d^2$; then separate the real and imaginary parts.",
     "Remember $i^2 = -1$; most errors in this computation are sign errors in the cross terms, so I will expand carefully."],
    ["复数除法的做法是分子分母同乘以分母的共轭复数，使分母变成实数 $c^2 + d^2$，再把实部和虚部分开。",
     "注意 $i^2 = -1$，这类计算最容易在交叉项的符号上出错，所以展开时要仔细。"])


def extrema(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 0
        if i % 3 != 2:
            m = rng.randint(1, 3)
            c = rng.randint(-5, 6)
            f = lambda x: x ** 3 - 3 * m * m * x + c
            fp = lambda x: 3 * x * x - 3 * m * m
            assert fp(m) == 0 and fp(-m) == 0 and fp(0) < 0 and fp(m + 1) > 0
            kind = rng.choice(["min", "max"])
            x0 = m if kind == "min" else -m
            v = f(x0)
            xo, vo = -x0, f(-x0)
            fs = f"f(x) = x^3 - {3 * m * m}x" + ("" if c == 0 else (f" + {c}" if c > 0 else f" - {-c}"))
            ken, kzh = ("minimum", "极小值") if kind == "min" else ("maximum", "极大值")
            ref = f"\\text{{local {ken} }} {v}, \\text{{ attained at }} x = {x0}"
            cor = [(f"the local {ken} value is {v}, attained at x = {x0}", f"{kzh}为 {v}，在 x = {x0} 处取得", "value_and_point"),
                   (f"f({x0}) = {v} is the local {ken}", f"{kzh} f({x0}) = {v}", "functional_notation"),
                   (f"the local {ken} is attained at the point ({x0}, {v}) of the graph, i.e. the value is {v} at x = {x0}", f"{kzh}点为 ({x0}, {v})，即 x = {x0} 时取{kzh} {v}", "point_pair")]
            wr = [(f"the local {ken} value is {v}", f"{kzh}为 {v}", "value_without_point"),
                  (f"the local {ken} is attained at x = {x0}", f"在 x = {x0} 处取得{kzh}", "point_without_value"),
                  (f"the local {ken} value is {vo}, attained at x = {xo}", f"{kzh}为 {vo}，在 x = {xo} 处取得", "max_min_swapped")]
            if lang == "en":
                q = f"Let ${fs}$. Find the local {ken} value of f and the value of x at which it is attained."
                intro = "Differentiate, find the critical points, classify them, then evaluate."
                steps = [f"$f'(x) = 3x^2 - {3 * m * m} = 3(x - {m})(x + {m})$, so the critical points are $x = -{m}$ and $x = {m}$.",
                         f"$f'(x) > 0$ for $x < -{m}$, $f'(x) < 0$ for $-{m} < x < {m}$, and $f'(x) > 0$ for $x > {m}$. So f increases, decreases, then increases: x = -{m} is a local maximum and x = {m} is a local minimum.",
                         f"$f(-{m}) = {-m ** 3} + {3 * m ** 3} + ({c}) = {f(-m)}$ and $f({m}) = {m ** 3} - {3 * m ** 3} + ({c}) = {f(m)}$.",
                         f"The question asks for the local {ken}, which corresponds to x = {x0}."]
                final = rng.choice(["Therefore", "So", "Conclusion:"])
            else:
                q = f"已知函数 ${fs}$，求 f(x) 的{kzh}及取得{kzh}时 x 的值。"
                intro = "先求导，再求驻点并判断单调性，最后代入求值。"
                steps = [f"$f'(x) = 3x^2 - {3 * m * m} = 3(x - {m})(x + {m})$，驻点为 $x = -{m}$ 和 $x = {m}$。",
                         f"当 $x < -{m}$ 时 $f'(x) > 0$，当 $-{m} < x < {m}$ 时 $f'(x) < 0$，当 $x > {m}$ 时 $f'(x) > 0$，所以 f 先增后减再增，x = -{m} 为极大值点，x = {m} 为极小值点。",
                         f"$f(-{m}) = {f(-m)}$，$f({m}) = {f(m)}$。",
                         f"题目问的是{kzh}，对应 x = {x0}。"]
                final = rng.choice(["所以", "综上，", "答："])
        else:
            k = rng.randint(1, 5)
            b = rng.randint(-3, 4)
            v, x0 = 2 * k + b, k
            # checker: the value is a minimum on a grid of positive x
            assert all(F(x, 4) + F(k * k) / F(x, 4) + b >= v for x in range(1, 60))
            fs = f"y = x + \\frac{{{k * k}}}{{x}}" + ("" if b == 0 else (f" + {b}" if b > 0 else f" - {-b}"))
            ref = f"y_{{\\min}} = {v}, \\text{{ when }} x = {x0}"
            cor = [(f"the minimum value is {v}, reached when x = {x0}", f"最小值为 {v}，此时 x = {x0}", "value_and_point"),
                   (f"y has minimum {v} at x = {x0}", f"当 x = {x0} 时，y 取得最小值 {v}", "reordered")]
            wr = [(f"the minimum value is {v}", f"最小值为 {v}", "value_without_point"),
                  (f"the minimum value is {2 * k}, reached when x = {x0}", f"最小值为 {2 * k}，此时 x = {x0}", "dropped_constant"),
                  (f"the minimum value is {v}, reached when x = {k * k}", f"最小值为 {v}，此时 x = {k * k}", "wrong_point")]
            wr = [w for w in wr if not (w[2] == "dropped_constant" and b == 0) and not (w[2] == "wrong_point" and k == 1)]
            if lang == "en":
                q = f"For $x > 0$, find the minimum value of ${fs}$ and the value of x at which it is attained."
                intro = "This is a classic AM–GM situation: a positive variable plus a constant over it."
                steps = [f"For $x > 0$, $x + \\frac{{{k * k}}}{{x}} \\ge 2\\sqrt{{x \\cdot \\frac{{{k * k}}}{{x}}}} = {2 * k}$.",
                         f"Equality holds iff $x = \\frac{{{k * k}}}{{x}}$, i.e. $x^2 = {k * k}$, so $x = {k}$ (the positive root).",
                         f"Adding the constant, $y \\ge {2 * k} + ({b}) = {v}$.",
                         f"Check: at x = {k}, $y = {k} + {k} + ({b}) = {v}$; at x = {k + 1}, y = {fr(F(k + 1) + F(k * k, k + 1) + b)} which is larger."]
                final = rng.choice(["So", "Conclusion:", "Therefore"])
            else:
                q = f"当 $x > 0$ 时，求 ${fs}$ 的最小值及取得最小值时 x 的值。"
                intro = "这是典型的均值不等式问题：正数加上常数除以它。"
                steps = [f"当 $x > 0$ 时，$x + \\frac{{{k * k}}}{{x}} \\ge 2\\sqrt{{{k * k}}} = {2 * k}$。",
                         f"当且仅当 $x = \\frac{{{k * k}}}{{x}}$，即 $x = {k}$ 时等号成立。",
                         f"所以 $y \\ge {2 * k} + ({b}) = {v}$。",
                         f"检验：x = {k} 时 y = {v}；x = {k + 1} 时 y = {fr(F(k + 1) + F(k * k, k + 1) + b)}，更大。"]
                final = rng.choice(["所以", "综上，", "答："])
        ae, az, trap = rng.choice(cor if good else wr)
        final = f"{final} {ae if lang == 'en' else az}" + ("." if lang == "en" else "。")
        out.append(rec(lang, q, compose2(rng, lang, q, "extrema", intro, steps, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def calculus(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 1
        t = i % 4
        if t == 0:
            a, b, c = rng.randint(1, 3), rng.randint(-3, 3), rng.randint(-4, 5)
            e = rng.choice([1, 2, 3])
            integ = poly([3 * a, 2 * b, c]) + (f" + {e}e^x" if e > 1 else " + e^x")
            prim = poly([a, b, c, 0]) + (f" + {e}e^x" if e > 1 else " + e^x")
            ref = prim + " + C"
            cor = [((f"{e}e^x" if e > 1 else "e^x") + " + " + poly([a, b, c, 0]) + " + C", "reordered_terms"),
                   (prim + " + C, where C is an arbitrary constant", "constant_described"),
                   (prim + " + K (K constant)", "different_constant_letter")]
            wr = [(prim, "missing_plus_C"),
                  (poly([3 * a, 2 * b, c, 0]) + (f" + {e}e^x" if e > 1 else " + e^x") + " + C", "coefficients_not_divided"),
                  (poly([a, -b, c, 0]) + (f" + {e}e^x" if e > 1 else " + e^x") + " + C", "sign_error")]
            if b == 0:
                wr = wr[:2]
            q_en = f"Find the indefinite integral $\\int ({integ})\\,dx$."
            q_zh = f"求不定积分 $\\int ({integ})\\,dx$。"
            st = [f"Integrate term by term: $\\int {3 * a}x^2\\,dx = {a}x^3$, $\\int {2 * b}x\\,dx = {b}x^2$, $\\int {c}\\,dx = {c}x$, $\\int {e}e^x\\,dx = {e}e^x$.",
                  f"Collect: ${prim}$, plus the constant of integration.",
                  f"Differentiate back: $({prim})' = {integ}$, which is the integrand."]
            sz = [f"逐项积分：$\\int {3 * a}x^2\\,dx = {a}x^3$，$\\int {2 * b}x\\,dx = {b}x^2$，$\\int {c}\\,dx = {c}x$，$\\int {e}e^x\\,dx = {e}e^x$。",
                  f"合并得 ${prim}$，再加上积分常数。", f"求导检验：$({prim})' = {integ}$，正好是被积函数。"]
        elif t == 1:
            k = rng.choice([2, 3, 4, 5])
            fn = rng.choice(["cos", "sin"])
            if fn == "cos":
                integ, prim, wrongsign = f"\\cos {k}x", f"\\frac{{1}}{{{k}}}\\sin {k}x", f"-\\frac{{1}}{{{k}}}\\sin {k}x + C"
                alt = f"\\frac{{\\sin {k}x}}{{{k}}} + C"
                wk = f"{k}\\sin {k}x + C"
            else:
                integ, prim, wrongsign = f"\\sin {k}x", f"-\\frac{{1}}{{{k}}}\\cos {k}x", f"\\frac{{1}}{{{k}}}\\cos {k}x + C"
                alt = f"-\\frac{{\\cos {k}x}}{{{k}}} + C"
                wk = f"-{k}\\cos {k}x + C"
            prim_u = "\\sin u" if fn == "cos" else "-\\cos u"
            ref = prim + " + C"
            cor = [(alt, "fraction_placement"), (prim + " + C \\ (C \\in \\mathbb{R})", "constant_described")]
            wr = [(prim, "missing_plus_C"), (wrongsign, "sign_error"), (wk, "multiplied_instead_of_divided")]
            q_en = f"Compute $\\int {integ}\\,dx$."
            q_zh = f"计算 $\\int {integ}\\,dx$。"
            st = [f"Substitute $u = {k}x$, $du = {k}\\,dx$, so $dx = \\frac{{du}}{{{k}}}$.",
                  f"Then the integral is $\\frac{{1}}{{{k}}}\\int \\{fn} u\\,du$, and $\\int \\{fn} u\\,du = {prim_u} + C$.",
                  f"Differentiating ${prim}$ gives ${integ}$ by the chain rule, as required."]
            sz = [f"换元 $u = {k}x$，$du = {k}\\,dx$，即 $dx = \\frac{{du}}{{{k}}}$。",
                  f"于是积分为 $\\frac{{1}}{{{k}}}\\int \\{fn} u\\,du$，而 $\\int \\{fn} u\\,du = {prim_u} + C$。",
                  f"由复合函数求导法则，${prim}$ 的导数正是 ${integ}$。"]
        elif t == 2:
            k = rng.randint(3, 5)
            ref = f"x^{{{k - 1}}}({k}\\ln x + 1)"
            cor = [(f"{k}x^{{{k - 1}}}\\ln x + x^{{{k - 1}}}", "expanded_form"), (f"x^{{{k - 1}}}(1 + {k}\\ln x)", "reordered_factor")]
            wr = [(f"{k}x^{{{k - 1}}}\\ln x", "missing_product_term"), (f"x^{{{k - 1}}}({k}\\ln x - 1)", "sign_error"),
                  (f"{k}x^{{{k - 1}}}\\cdot \\frac{{1}}{{x}}", "product_rule_misapplied")]
            q_en = f"Find the derivative of $f(x) = x^{k}\\ln x$ for $x > 0$."
            q_zh = f"求函数 $f(x) = x^{k}\\ln x$（$x > 0$）的导数。"
            # checker: numeric derivative at x = 2
            h = 1e-6
            num = ((2 + h) ** k * math.log(2 + h) - (2 - h) ** k * math.log(2 - h)) / (2 * h)
            assert abs(num - 2 ** (k - 1) * (k * math.log(2) + 1)) < 1e-4
            st = [f"Product rule: $(uv)' = u'v + uv'$ with $u = x^{k}$, $v = \\ln x$.",
                  f"$u' = {k}x^{{{k - 1}}}$ and $v' = \\frac{{1}}{{x}}$, so $f'(x) = {k}x^{{{k - 1}}}\\ln x + x^{k}\\cdot\\frac{{1}}{{x}} = {k}x^{{{k - 1}}}\\ln x + x^{{{k - 1}}}$.",
                  f"Factor out $x^{{{k - 1}}}$: $f'(x) = x^{{{k - 1}}}({k}\\ln x + 1)$. At x = 2 this is about {2 ** (k - 1) * (k * math.log(2) + 1):.4f}, matching a difference quotient."]
            sz = [f"乘积法则：$(uv)' = u'v + uv'$，其中 $u = x^{k}$，$v = \\ln x$。",
                  f"$u' = {k}x^{{{k - 1}}}$，$v' = \\frac{{1}}{{x}}$，所以 $f'(x) = {k}x^{{{k - 1}}}\\ln x + x^{{{k - 1}}}$。",
                  f"提取公因式 $x^{{{k - 1}}}$ 得 $f'(x) = x^{{{k - 1}}}({k}\\ln x + 1)$，在 x = 2 处约为 {2 ** (k - 1) * (k * math.log(2) + 1):.4f}，与差商一致。"]
        else:
            a, b = rng.randint(1, 4), rng.randint(-3, 4)
            lin_ = poly([a, b])
            ref = f"({poly([a, a + b])})e^x"
            cor = [(f"{a}e^x + ({lin_})e^x", "unsimplified_product_rule"), (f"e^x({poly([a, a + b])})", "factor_order")]
            wr = [(f"{a}e^x", "derivative_of_factor_only"), (f"({poly([a, b - a])})e^x", "sign_error"), (f"({lin_})e^x", "forgot_product_term")]
            q_en = f"Differentiate $f(x) = ({lin_})e^x$."
            q_zh = f"求 $f(x) = ({lin_})e^x$ 的导数。"
            st = [f"Product rule with $u = {lin_}$ and $v = e^x$: $u' = {a}$, $v' = e^x$.",
                  f"$f'(x) = {a}e^x + ({lin_})e^x$.",
                  f"Combine: $f'(x) = ({poly([a, a + b])})e^x$; at x = 0 this gives {a + b}, and the difference quotient of f at 0 agrees."]
            sz = [f"乘积法则，$u = {lin_}$，$v = e^x$：$u' = {a}$，$v' = e^x$。", f"$f'(x) = {a}e^x + ({lin_})e^x$。",
                  f"合并得 $f'(x) = ({poly([a, a + b])})e^x$，x = 0 时为 {a + b}，与差商一致。"]
        ans, trap = rng.choice(cor if good else wr)
        if lang == "en":
            q, intro = q_en, "Let me work this out carefully step by step."
            final = rng.choice([f"Therefore the result is ${ans}$.", f"Answer: $\\boxed{{{ans}}}$.", f"So the answer is ${ans}$."])
        else:
            q, intro = q_zh, "下面逐步计算。"
            final = rng.choice([f"所以结果为 ${ans}$。", f"答案：$\\boxed{{{ans}}}$。", f"综上，结果是 ${ans}$。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "calc", intro, st if lang == "en" else sz, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def limits(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 0
        t = i % 3
        if t == 0:
            k, m = rng.randint(1, 4), rng.randint(2, 3)
            expr = f"\\lim_{{n \\to \\infty}} \\left(1 + \\frac{{{k}}}{{n}}\\right)^{{{m}n}}"
            ref = f"e^{{{k * m}}}"
            cor = [(f"\\exp({k * m})", "exp_notation"), (f"(e^{{{k}}})^{{{m}}} = e^{{{k * m}}}", "unsimplified_then_simplified")]
            wr = [(f"e^{{{k}}}", "dropped_exponent_factor"), ("1", "naive_substitution")]
            if k + m != k * m:
                wr.append((f"e^{{{k + m}}}", "added_instead_of_multiplied"))
            st = [f"Write $\\left(1 + \\frac{{{k}}}{{n}}\\right)^{{{m}n}} = \\left[\\left(1 + \\frac{{{k}}}{{n}}\\right)^{{n/{k}}}\\right]^{{{k * m}}}$.",
                  f"The inner bracket tends to e, because $n/{k} \\to \\infty$.",
                  f"Hence the limit is $e^{{{k}\\cdot {m}}}$; numerically, n = 10^6 gives about {math.exp(k * m):.3f}."]
            sz = [f"变形：$\\left(1 + \\frac{{{k}}}{{n}}\\right)^{{{m}n}} = \\left[\\left(1 + \\frac{{{k}}}{{n}}\\right)^{{n/{k}}}\\right]^{{{k * m}}}$。",
                  "由于 $n/k \\to \\infty$，方括号内趋于 e。", f"所以极限为 $e^{{{k}\\cdot {m}}}$，数值上约为 {math.exp(k * m):.3f}。"]
        elif t == 1:
            k = rng.choice([1, 2, 3, 5, 6, 7])
            expr = f"\\lim_{{n \\to \\infty}} \\left(\\sqrt{{n^2 + {k}n}} - n\\right)"
            ref = tfr(F(k, 2))
            cor = [(str(float(F(k, 2))) if k % 2 else f"\\frac{{{k * 2}}}{{4}}", "decimal_or_unreduced"), (fr(F(k, 2)), "slash_fraction")]
            wr = [(str(k), "forgot_half"), ("0", "naive_cancel"), ("+\\infty", "infinity")]
            st = [f"Multiply and divide by the conjugate: $\\sqrt{{n^2 + {k}n}} - n = \\frac{{{k}n}}{{\\sqrt{{n^2 + {k}n}} + n}}$.",
                  f"Divide numerator and denominator by n: $\\frac{{{k}}}{{\\sqrt{{1 + {k}/n}} + 1}}$.",
                  f"As $n \\to \\infty$ the denominator tends to 2, so the limit is $\\frac{{{k}}}{{2}}$; with n = 10^6 the expression is about {math.sqrt(1e12 + k * 1e6) - 1e6:.4f}."]
            sz = [f"分子有理化：$\\sqrt{{n^2 + {k}n}} - n = \\frac{{{k}n}}{{\\sqrt{{n^2 + {k}n}} + n}}$。",
                  f"分子分母同除以 n 得 $\\frac{{{k}}}{{\\sqrt{{1 + {k}/n}} + 1}}$。", f"当 $n \\to \\infty$ 时分母趋于 2，所以极限为 $\\frac{{{k}}}{{2}}$。"]
        else:
            p, q_ = rng.randint(2, 9), rng.randint(2, 9)
            while p == q_:
                q_ = rng.randint(2, 9)
            expr = f"\\lim_{{x \\to 0}} \\frac{{\\sin {p}x}}{{{q_}x}}"
            ref = tfr(F(p, q_))
            v = F(p, q_)
            cor = [(f"\\frac{{{p}}}{{{q_}}}", "unreduced_fraction") if v.denominator != q_ else (f"{p}/{q_}", "slash_fraction"),
                   (str(float(v)) if (10 ** 6 * v).denominator == 1 else f"{fr(v)}", "decimal_if_exact")]
            wr = [(tfr(F(q_, p)), "reciprocal"), ("1", "standard_limit_misapplied"), (tfr(F(p, q_) * -1), "sign_error")]
            st = [f"Write $\\frac{{\\sin {p}x}}{{{q_}x}} = \\frac{{{p}}}{{{q_}}}\\cdot \\frac{{\\sin {p}x}}{{{p}x}}$.",
                  f"As $x \\to 0$, $\\frac{{\\sin {p}x}}{{{p}x}} \\to 1$.",
                  f"So the limit is $\\frac{{{p}}}{{{q_}}}$ = {fr(v)}; with x = 0.001 the quotient is {math.sin(p * 0.001) / (q_ * 0.001):.5f}."]
            sz = [f"变形：$\\frac{{\\sin {p}x}}{{{q_}x}} = \\frac{{{p}}}{{{q_}}}\\cdot \\frac{{\\sin {p}x}}{{{p}x}}$。",
                  f"当 $x \\to 0$ 时，$\\frac{{\\sin {p}x}}{{{p}x}} \\to 1$。", f"所以极限为 $\\frac{{{p}}}{{{q_}}}$，取 x = 0.001 验算约为 {math.sin(p * 0.001) / (q_ * 0.001):.5f}。"]
        ans, trap = rng.choice(cor if good else wr)
        if lang == "en":
            q = f"Evaluate ${expr}$."
            intro = "Identify the form first, then transform."
            final = rng.choice([f"Therefore the limit equals ${ans}$.", f"The limit is $\\boxed{{{ans}}}$.", f"So ${expr} = {ans}$."])
        else:
            q = f"求极限 ${expr}$。"
            intro = "先判断未定式类型，再变形求解。"
            final = rng.choice([f"所以极限为 ${ans}$。", f"答案：$\\boxed{{{ans}}}$。", f"综上，${expr} = {ans}$。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "limit", intro, st if lang == "en" else sz, final), ref, "Correct" if good else "Incorrect", trap))
    return out


def _cx(re, im):
    re, im = F(re), F(im)
    if im == 0:
        return tfr(re)
    ims = ("" if abs(im) == 1 else tfr(abs(im))) + "i"
    if re == 0:
        return ("-" if im < 0 else "") + ims
    return f"{tfr(re)} {'-' if im < 0 else '+'} {ims}"


def complexes(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        good = i % 2 == 1
        a, b = rng.randint(-4, 5), rng.choice([-3, -2, -1, 1, 2, 3, 4])
        c, d = rng.randint(1, 3), rng.choice([-2, -1, 1, 2])
        den = c * c + d * d
        nr, ni = a * c + b * d, b * c - a * d
        re, im = F(nr, den), F(ni, den)
        # checker: (re + im i)(c + d i) == a + b i
        assert re * c - im * d == a and re * d + im * c == b
        if im == 0 or re == 0:
            b = b + 1 if b != -1 else 2
            nr, ni = a * c + b * d, b * c - a * d
            re, im = F(nr, den), F(ni, den)
            assert re * c - im * d == a and re * d + im * c == b
        assert re != 0 and im != 0
        ref = _cx(re, im)
        cor = [(f"\\frac{{{nr} {'-' if ni < 0 else '+'} {abs(ni)}i}}{{{den}}}", "single_fraction")]
        if (re * 100).denominator == 1 and (im * 100).denominator == 1:
            cor.append((f"{float(re):g} {'-' if im < 0 else '+'} {abs(float(im)):g}i", "decimal_exact"))
        dz = _cx(re, im).replace("\\frac", "\\dfrac")
        cor.append((f"z = {dz}", "dfrac_variant"))
        wr = [(_cx(re, -im), "conjugate_given"), (_cx(im, re), "re_im_swapped"), (_cx(nr, ni), "forgot_denominator")]
        if re == im:
            wr = [wr[0], wr[2]]
        ans, trap = rng.choice(cor if good else wr)
        zs, ws = _cx(a, b), _cx(c, d)
        if lang == "en":
            q = f"Let $z = \\frac{{{zs}}}{{{ws}}}$, where i is the imaginary unit. Write z in the form $x + yi$."
            intro = "Multiply numerator and denominator by the conjugate of the denominator."
            st = [f"The conjugate of ${ws}$ is ${_cx(c, -d)}$, and $({ws})({_cx(c, -d)}) = {c}^2 + {d * d} = {den}$.",
                  f"Numerator: $({zs})({_cx(c, -d)}) = {a * c} {'+' if -a * d >= 0 else '-'} {abs(a * d)}i {'+' if b * c >= 0 else '-'} {abs(b * c)}i {'+' if b * d >= 0 else '-'} {abs(b * d)} = {_cx(nr, ni)}$ (using $i^2 = -1$).",
                  f"So $z = \\frac{{{_cx(nr, ni)}}}{{{den}}}$, real part {fr(re)}, imaginary part {fr(im)}.",
                  f"Check: $({_cx(re, im)})({ws})$ multiplies back to ${zs}$."]
            final = rng.choice([f"Hence $z = {ans}$.", f"Answer: $\\boxed{{{ans}}}$.", f"So z equals ${ans}$."])
        else:
            q = f"已知 $z = \\frac{{{zs}}}{{{ws}}}$（i 为虚数单位），把 z 写成 $x + yi$ 的形式。"
            intro = "分子分母同乘以分母的共轭复数。"
            st = [f"${ws}$ 的共轭复数是 ${_cx(c, -d)}$，二者之积为 {den}。",
                  f"分子：$({zs})({_cx(c, -d)}) = {_cx(nr, ni)}$（利用 $i^2 = -1$）。",
                  f"所以 $z = \\frac{{{_cx(nr, ni)}}}{{{den}}}$，实部为 {fr(re)}，虚部为 {fr(im)}。",
                  f"检验：$({_cx(re, im)})({ws})$ 乘回去得到 ${zs}$。"]
            final = rng.choice([f"所以 $z = {ans}$。", f"答案：$\\boxed{{{ans}}}$。", f"综上，z = ${ans}$。"])
        out.append(rec(lang, q, compose2(rng, lang, q, "complex", intro, st, final), ref, "Correct" if good else "Incorrect", trap))
    return out
