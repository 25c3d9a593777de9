"""Multiple-choice (alphabet_option) and short-answer (short_text) cases on mathematical topics."""
from math import comb
from common import Fraction, fl, poly, render


def _derivative(rng, zh):
    a, n, c = rng.randint(2, 6), rng.randint(2, 5), rng.randint(2, 4)
    good = a * n * c ** (n - 1)
    bad = [a * c ** n, a * n * c ** n, a * (n - 1) * c ** (n - 1)]
    stem = (f"设 $f(x) = {a}x^{n}$，则 $f'({c})$ 等于多少？" if zh else f"If $f(x) = {a}x^{n}$, what is $f'({c})$?")
    setup = ["由幂函数求导法则 $(x^n)' = nx^{n-1}$。" if zh else "by the power rule, $\\frac{d}{dx}x^n = nx^{n-1}$.",
             f"所以 $f'(x) = {a*n}x^{n-1}$。" if zh else f"so $f'(x) = {a*n}x^{{{n-1}}}$."]
    return stem, str(good), [str(b) for b in bad], setup


def _coins(rng, zh):
    n, k = rng.randint(4, 8), rng.randint(1, 3)
    good = Fraction(comb(n, k), 2 ** n)
    bad = [Fraction(1, 2 ** n), Fraction(k, n), Fraction(comb(n, k), 2 ** (n - 1))]
    stem = (f"抛一枚均匀硬币 {n} 次，恰好出现 {k} 次正面的概率是多少？" if zh else
            f"A fair coin is flipped {n} times. What is the probability of getting exactly {k} heads?")
    setup = ["每次结果等可能，共有 $2^{" + str(n) + "}$ 种结果。" if zh else f"there are $2^{{{n}}} = {2**n}$ equally likely sequences.",
             f"恰好 {k} 次正面的序列数为 $\\binom{{{n}}}{{{k}}} = {comb(n, k)}$。" if zh else
             f"the number of sequences with exactly {k} heads is $\\binom{{{n}}}{{{k}}} = {comb(n, k)}$."]
    return stem, f"${fl(good)}$", [f"${fl(b)}$" for b in bad], setup


def _limit(rng, zh):
    while True:
        a, b = rng.randint(2, 9), rng.randint(2, 9)
        if a != b and Fraction(a, b).denominator != 1:
            break
    c, d = rng.randint(-5, 5), rng.randint(1, 7)
    good = Fraction(a, b)
    bad = [Fraction(b, a), Fraction(0), Fraction(a + c, b + d) if Fraction(a + c, b + d) not in (good, Fraction(b, a), 0) else Fraction(a * 2, b)]
    stem = ((f"求极限 $\\lim_{{x\\to\\infty}} \\dfrac{{{poly([a, c, 1])}}}{{{poly([b, 0, d])}}}$。") if zh else
            f"Evaluate $\\displaystyle\\lim_{{x\\to\\infty}} \\frac{{{poly([a, c, 1])}}}{{{poly([b, 0, d])}}}$.")
    setup = ["分子分母同除以 $x^2$。" if zh else "divide numerator and denominator by $x^2$.",
             "低次项趋于 0，只剩最高次项系数之比。" if zh else "the lower-order terms vanish, leaving the ratio of leading coefficients."]
    return stem, f"${fl(good)}$", [f"${fl(x)}$" for x in bad], setup


def _slope(rng, zh):
    while True:
        x1, y1, x2, y2 = (rng.randint(-6, 8) for _ in range(4))
        if x1 != x2 and y1 != y2 and (y2 - y1) % (x2 - x1) and abs(y2 - y1) != abs(x2 - x1):
            break
    m = Fraction(y2 - y1, x2 - x1)
    bad = [Fraction(x2 - x1, y2 - y1), -m, Fraction(y2 + y1, x2 - x1) if Fraction(y2 + y1, x2 - x1) not in (m, -m) else m + 1]
    stem = (f"过点 $({x1},{y1})$ 和 $({x2},{y2})$ 的直线的斜率是多少？" if zh else
            f"What is the slope of the line through $({x1},{y1})$ and $({x2},{y2})$?")
    setup = ["斜率公式 $k = \\frac{y_2 - y_1}{x_2 - x_1}$。" if zh else "the slope is $\\frac{y_2 - y_1}{x_2 - x_1}$.",
             (f"代入得 $\\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}}$。" if zh else f"substituting gives $\\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}}$.")]
    return stem, f"${fl(m)}$", [f"${fl(b)}$" for b in bad], setup


def _angles(rng, zh):
    n = rng.randint(5, 14)
    good = 180 * (n - 2)
    bad = [180 * n, 180 * (n - 1), 360]
    if n == 4:
        bad[2] = 540
    stem = (f"凸 {n} 边形的内角和是多少度？" if zh else f"What is the sum of the interior angles of a convex polygon with {n} sides?")
    setup = ["多边形可以从一个顶点分成若干个三角形。" if zh else "a convex polygon can be split into triangles from one vertex.",
             f"共分成 ${n-2}$ 个三角形，每个 $180^\\circ$。" if zh else f"there are ${n-2}$ triangles, each contributing $180^\\circ$."]
    return stem, f"${good}^\\circ$", [f"${b}^\\circ$" for b in bad], setup


STEMS = [_derivative, _coins, _limit, _slope, _angles]
L4 = "ABCD"


def mc_case(rng, zh):
    while True:
        gen = rng.choice(STEMS)
        stem, good, bad, setup = gen(rng, zh)
        opts = [good] + bad[:3]
        if len(set(opts)) == 4:
            break
    rng.shuffle(opts)
    gi = opts.index(good)
    G = L4[gi]
    fmt = rng.choice(["choices", "lines"]) if not zh else "zh"
    if fmt == "choices":
        q = stem + " Answer Choices: " + " ".join(f"({L4[i]}) {o}" for i, o in enumerate(opts))
    elif fmt == "lines":
        q = stem + "\n" + "\n".join(f"{L4[i]}. {o}" for i, o in enumerate(opts))
    else:
        q = stem + "\n" + "\n".join(f"{L4[i]}．{o}" for i, o in enumerate(opts))
    lang = "zh" if zh else "en"
    wi = rng.choice([i for i in range(4) if i != gi])
    W = L4[wi]

    def last(idx):
        v = opts[idx]
        return (f"计算得 {v}，对应选项 {L4[idx]}。" if zh else f"computing gives {v}, which is option ({L4[idx]}).")
    check = ("再代入检验一遍，结果一致；其余选项都是常见错误。" if zh else
             "I double-checked the computation; the other options correspond to typical mistakes.")
    r = rng.random()
    if r < 0.5:
        forms = [(G, "bare_letter"), (f"\\text{{({G})}}", "letter_in_parens")]
        if not zh:
            forms.append((f"\\text{{{G}. }} {opts[gi].strip('$')}", "letter_with_content"))
        final, tag = rng.choice(forms)
        mode = rng.choice(["plain", "plain", "wait_fix", "verify_after", "table"])
        out = render(rng, lang, q, setup + [last(gi)], check, final, mode, alt=W)
        return q, out, G, "Correct", ("mc_" + tag) if mode == "plain" else f"mc_{tag}+{mode}"
    kind = rng.choice(["wrong", "wrong", "wrong", "hedge", "wait_flip", "cutoff"])
    if kind == "wrong":
        out = render(rng, lang, q, setup + [last(wi)], check, W, "plain")
        return q, out, G, "Incorrect", "mc_wrong_option"
    if kind == "hedge":
        out = render(rng, lang, q, setup + [last(gi)], check, G, "hedge", alt=W)
        return q, out, G, "Incorrect", "mc_hedge_two_letters"
    if kind == "wait_flip":
        out = render(rng, lang, q, setup + [last(gi)], check, G, "wait_flip", alt=W)
        return q, out, G, "Incorrect", "mc_wait_flip_to_wrong"
    out = render(rng, lang, q, setup + [last(gi)], check, G, "cutoff")
    return q, out, G, "Incorrect", "mc_cut_off_no_letter"


FACTS_EN = [
    ("Who proved Fermat's Last Theorem, with the proof completed in 1994-1995?", "Andrew Wiles", ["Sir Andrew John Wiles"], ["Pierre de Fermat", "Gerd Faltings"]),
    ("What is the name of the point where the three medians of a triangle intersect?", "centroid", ["the centroid of the triangle"], ["orthocenter", "circumcenter"]),
    ("Which mathematician posed a famous list of 23 problems at the 1900 International Congress of Mathematicians in Paris?", "David Hilbert", ["Hilbert"], ["Henri Poincaré", "Felix Klein"]),
    ("What is the name of the curve formed by a uniform chain hanging freely between two supports?", "catenary", ["a catenary curve"], ["parabola"]),
    ("What is a square matrix that equals its own transpose called?", "symmetric matrix", ["a symmetric matrix"], ["orthogonal matrix", "skew-symmetric matrix"]),
    ("What is the name of the conjecture that every even integer greater than 2 is the sum of two primes?", "Goldbach's conjecture", ["the Goldbach conjecture"], ["the twin prime conjecture", "the Riemann hypothesis"]),
    ("What rule evaluates limits of indeterminate forms such as 0/0 by differentiating numerator and denominator?", "L'Hôpital's rule", ["L'Hospital's rule"], ["the chain rule", "the quotient rule"]),
    ("Which self-taught Indian mathematician collaborated with G. H. Hardy at Cambridge starting in 1914?", "Srinivasa Ramanujan", ["Ramanujan"], ["Aryabhata", "Harish-Chandra"]),
    ("What is the name of a polygon with twelve sides?", "dodecagon", ["a dodecagon (12-gon)"], ["decagon", "icosagon"]),
    ("What is the smallest perfect number?", "6", ["six"], ["28", "1"]),
    ("What is the name of the theorem stating that every non-constant polynomial with complex coefficients has a complex root?", "Fundamental Theorem of Algebra", ["the fundamental theorem of algebra"], ["Rolle's theorem", "the Fundamental Theorem of Calculus"]),
    ("In which ancient work did Euclid present his axiomatic treatment of geometry?", "Elements", ["Euclid's Elements", "the Elements"], ["the Almagest", "Arithmetica"]),
]
FACTS_ZH = [
    ("勾股定理在西方通常以哪位古希腊数学家的名字命名？", "毕达哥拉斯", ["毕达哥拉斯（Pythagoras）"], ["欧几里得", "阿基米德"]),
    ("南北朝时期把圆周率精确到小数点后第七位的数学家是谁？", "祖冲之", ["南北朝数学家祖冲之"], ["刘徽", "张衡"]),
    ("三角形三条高所在直线的交点叫什么？", "垂心", ["三角形的垂心"], ["重心", "内心"]),
    ("费马大定理最终由哪位数学家证明？", "安德鲁·怀尔斯", ["怀尔斯（Andrew Wiles）"], ["费马", "陈景润"]),
    ("方阵的转置等于其本身，这样的矩阵叫什么矩阵？", "对称矩阵", ["实对称矩阵或一般的对称矩阵"], ["正交矩阵", "反对称矩阵"]),
]


def short_case(rng, zh, fact):
    q, ref, eqs, wrs = fact
    lang = "zh" if zh else "en"
    if zh:
        steps = ["这是一道关于数学史或数学概念的知识题。", "我回忆一下相关的定义和历史背景，排除容易混淆的名称。"]
        last = "因此答案应为 {}。"
        check = "与教材中的常见表述一致。"
    else:
        steps = ["this is a recall question about a mathematical fact or definition.",
                 "let me recall the relevant history and rule out names that are commonly confused with it."]
        last = "putting it together, the answer is {}."
        check = "This matches the standard textbook statement."
    if rng.random() < 0.5:
        final, tag = rng.choice([(e, "short_equivalent_phrasing") for e in eqs] + [(ref, "short_reference_form")])
        mode = rng.choice(["plain", "plain", "verify_after", "wait_fix"])
        w = rng.choice(wrs)
        out = render(rng, lang, q, steps + [last.format(final)], check, final, mode, alt=w)
        return out, "Correct", tag if mode == "plain" else f"{tag}+{mode}"
    w = rng.choice(wrs)
    kind = rng.choice(["wrong", "wrong", "hedge", "wait_flip"])
    if kind == "wrong":
        return render(rng, lang, q, steps + [last.format(w)], check, w, "plain"), "Incorrect", "short_confusable_entity"
    if kind == "hedge":
        return render(rng, lang, q, steps + [last.format(ref)], check, ref, "hedge", alt=w), "Incorrect", "hedge_between_values"
    return render(rng, lang, q, steps + [last.format(ref)], check, ref, "wait_flip", alt=w), "Incorrect", "wait_flip_to_confusable_entity"
