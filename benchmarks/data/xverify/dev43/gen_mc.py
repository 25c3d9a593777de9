"""Multiple choice and short-answer questions on the same physics / calculus topics."""
from common import build_output, record

LET = "ABCD"

MC = [
    ("Which expression gives the period of a simple pendulum of length $L$ for small oscillations?",
     "长为 $L$ 的单摆在小角度摆动时，周期的表达式是哪一个？",
     "2\\pi\\sqrt{L/g}", ["2\\pi\\sqrt{g/L}", "\\pi\\sqrt{L/g}", "\\frac{1}{2\\pi}\\sqrt{g/L}"], "physics"),
    ("The escape speed from the surface of a planet of mass $M$ and radius $R$ is:",
     "从质量为 $M$、半径为 $R$ 的行星表面的逃逸速度为：",
     "\\sqrt{2GM/R}", ["\\sqrt{GM/R}", "2GM/R", "\\sqrt{GM/(2R)}"], "physics"),
    ("Which of the following equals $\\frac{d}{dx}\\left(x\\ln x\\right)$?",
     "下列哪一项等于 $\\frac{d}{dx}\\left(x\\ln x\\right)$？",
     "\\ln x + 1", ["\\ln x", "\\frac{1}{x}", "x + \\ln x"], "calculus"),
    ("Which is an antiderivative of $\\cos(3x)$?", "下列哪一个是 $\\cos(3x)$ 的原函数？",
     "\\frac{1}{3}\\sin(3x)", ["3\\sin(3x)", "-\\frac{1}{3}\\sin(3x)", "\\sin(3x)"], "calculus"),
    ("The moment of inertia of a uniform solid disk of mass $M$ and radius $R$ about its central axis is:",
     "质量为 $M$、半径为 $R$ 的均匀圆盘绕其中心轴的转动惯量为：",
     "\\frac{1}{2}MR^2", ["MR^2", "\\frac{2}{5}MR^2", "\\frac{1}{3}MR^2"], "physics"),
    ("$\\lim_{x\\to 0}\\frac{e^{x}-1}{x}$ equals:", "$\\lim_{x\\to 0}\\frac{e^{x}-1}{x}$ 等于：", "1", ["0", "e", "\\infty"], "calculus"),
    ("Which expression is equal to $\\log_a(xy^2)$ for positive $a \\neq 1$, $x$, $y$?",
     "当 $a \\neq 1$，$a, x, y$ 均为正数时，下列哪一项等于 $\\log_a(xy^2)$？",
     "\\log_a x + 2\\log_a y", ["2\\log_a x\\log_a y", "\\log_a x + \\log_a 2y", "2\\log_a(xy)"], "algebra"),
    ("The magnetic field at the centre of a circular loop of radius $R$ carrying current $I$ is:",
     "半径为 $R$、通有电流 $I$ 的圆形线圈在圆心处的磁感应强度为：",
     "\\frac{\\mu_0 I}{2R}", ["\\frac{\\mu_0 I}{2\\pi R}", "\\frac{\\mu_0 I}{4\\pi R^2}", "\\mu_0 I R"], "physics"),
    ("Which is equal to $\\sin 2\\theta$?", "下列哪一项等于 $\\sin 2\\theta$？",
     "2\\sin\\theta\\cos\\theta", ["2\\sin\\theta", "\\sin^2\\theta - \\cos^2\\theta", "\\cos^2\\theta - \\sin^2\\theta"], "algebra"),
    ("The maximum bending stress in a rectangular beam of width $b$ and depth $h$ under moment $M$ is:",
     "宽为 $b$、高为 $h$ 的矩形截面梁在弯矩 $M$ 作用下的最大弯曲正应力为：",
     "\\frac{6M}{bh^2}", ["\\frac{12M}{bh^3}", "\\frac{M}{bh^2}", "\\frac{6M}{b^2h}"], "physics"),
]

SHORT = [
    ("What is the SI unit of inductance?", "电感的国际单位是什么？", "henry", ["the henry (H)", "H (henry)"], ["亨利（H）", "亨利"], ["tesla", "weber"], ["特斯拉", "韦伯"]),
    ("What is the SI unit of magnetic flux?", "磁通量的国际单位是什么？", "weber", ["the weber (Wb)", "Wb"], ["韦伯（Wb）", "韦伯"], ["tesla", "henry"], ["特斯拉", "亨利"]),
    ("Which mathematician is credited with first solving the Basel problem, $\\sum 1/n^2 = \\pi^2/6$?",
     "首先解决巴塞尔问题（$\\sum 1/n^2 = \\pi^2/6$）的数学家是谁？", "Leonhard Euler", ["Euler", "Leonhard Euler"], ["欧拉", "莱昂哈德·欧拉"],
     ["Bernoulli", "Gauss"], ["伯努利", "高斯"]),
    ("What name is given to the rule $\\lim \\frac{f}{g} = \\lim \\frac{f'}{g'}$ for indeterminate forms?",
     "对于未定式，$\\lim \\frac{f}{g} = \\lim \\frac{f'}{g'}$ 这一法则叫什么名字？", "L'Hôpital's rule",
     ["L'Hopital's rule", "l'Hôpital's rule"], ["洛必达法则"], ["the chain rule", "Rolle's theorem"], ["链式法则", "罗尔定理"]),
    ("What dimensionless quantity compares inertial to viscous forces in a flowing fluid?",
     "流体流动中比较惯性力与黏性力的无量纲数叫什么？", "Reynolds number", ["the Reynolds number (Re)", "Re, the Reynolds number"],
     ["雷诺数"], ["Mach number", "Froude number"], ["马赫数", "弗劳德数"]),
    ("Which physical quantity is the time integral of force?", "力对时间的积分是哪个物理量？", "impulse",
     ["impulse (the change in momentum)", "the impulse"], ["冲量"], ["work", "power"], ["功", "功率"]),
]


def _pad(rng, lang, domain, lines, ending):
    return build_output(rng, lang, domain, lines, ending)


def generate(rng):
    recs = []
    for q_en, q_zh, right, wrong, dom in MC:
        for variant in sorted(rng.sample(range(4), 3)):
            opts = [right] + list(wrong)
            rng.shuffle(opts)
            ci = opts.index(right)
            lang = "zh" if rng.random() < 0.25 else "en"
            if lang == "en":
                q = q_en + "\n" + "\n".join("%s. $%s$" % (LET[i], o) for i, o in enumerate(opts))
            else:
                q = q_zh + "\n" + "\n".join("%s．$%s$" % (LET[i], o) for i, o in enumerate(opts))
            ref = LET[ci]
            wi = rng.choice([i for i in range(4) if i != ci])
            check = {"en": ["Let me evaluate each option in turn and eliminate the ones with a wrong factor or wrong exponent.",
                            "Option %s has the wrong dependence, so it can be ruled out immediately." % LET[[i for i in range(4) if i not in (ci, wi)][0]]],
                     "zh": ["逐个检查各选项，排除系数或指数错误的选项。",
                            "选项 %s 的依赖关系不对，可以直接排除。" % LET[[i for i in range(4) if i not in (ci, wi)][0]]]}[lang]
            if variant == 0:
                end = {"en": "The correct choice is **%s**." % LET[ci], "zh": "正确选项是 **%s**。" % LET[ci]}[lang]
                label, trap = "Correct", "mc_letter_only"
            elif variant == 1:
                end = {"en": "Answer: %s. $%s$" % (LET[ci], right), "zh": "答案：%s．$%s$" % (LET[ci], right)}[lang]
                label, trap = "Correct", "mc_letter_with_content"
            elif variant == 2:
                end = {"en": "So the answer is (%s) $%s$." % (LET[wi], opts[wi]), "zh": "所以答案是 %s．$%s$。" % (LET[wi], opts[wi])}[lang]
                label, trap = "Incorrect", "mc_wrong_option"
            else:
                a, b = sorted([ci, wi])
                end = {"en": "It is either %s or %s; I can't decide between them." % (LET[a], LET[b]),
                       "zh": "答案是 %s 或 %s，我无法在两者之间确定。" % (LET[a], LET[b])}[lang]
                label, trap = "Incorrect", "mc_hedge_two_letters"
            out = _pad(rng, lang, dom, check, end)
            recs.append(record("mmlu_like", "alphabet_option", q, out, ref, label, lang, trap))
    for q_en, q_zh, ref, good_en, good_zh, bad_en, bad_zh in SHORT:
        for lang in ("en", "zh"):
            goods = good_en if lang == "en" else good_zh
            bads = bad_en if lang == "en" else bad_zh
            q = q_en if lang == "en" else q_zh
            items = [(rng.choice(goods), "Correct", "short_alias_or_symbol")]
            if lang == "en":
                items.append((rng.choice(bads), "Incorrect", "short_related_wrong_term"))
            for ans, label, trap in items:
                lines = {"en": ["I need to recall the standard name used in physics and engineering textbooks for this."],
                         "zh": ["需要回忆物理和工程教材中对此的标准名称。"]}[lang]
                end = {"en": "**Answer:** %s" % ans, "zh": "**答案：** %s" % ans}[lang]
                out = _pad(rng, lang, "recall", lines, end)
                recs.append(record("simpleqa_like", "short_text", q, out, ref, label, lang, trap))
    return recs
