"""Multiple choice on the same mathematics, plus physics/chemistry formula and quantity questions."""
from fractions import Fraction as F
from common import compose2, compose, rec, NOTES, fr, tfr

NOTES["mc"] = (
    ["In a multiple-choice question I solve the problem independently first and only then compare with the options, because several options are deliberately close to the right answer (an endpoint included or not, a period halved, a sign flipped).",
     "After locating the matching option I check that none of the other options could also be right, which would signal an error in my own work."],
    ["做选择题时，先独立解题，再去对照选项，因为有几个选项是故意设置得和正确答案很接近的（端点开闭不同、周期减半、符号相反）。",
     "找到匹配的选项后，再确认其他选项都不可能正确，否则说明自己的计算有问题。"])

LET = "ABCD"


def _q_ineq(rng):
    a = rng.randint(-5, 2)
    b = a + rng.randint(2, 6)
    s, p = a + b, a * b
    stem_en = f"The solution set of the inequality $x^2 {'-' if s >= 0 else '+'} {abs(s)}x {'+' if p >= 0 else '-'} {abs(p)} \\le 0$ is"
    stem_zh = f"不等式 $x^2 {'-' if s >= 0 else '+'} {abs(s)}x {'+' if p >= 0 else '-'} {abs(p)} \\le 0$ 的解集是"
    good = f"[{a}, {b}]"
    bad = [f"({a}, {b})", f"(-\\infty, {a}] \\cup [{b}, +\\infty)", f"[{-b}, {-a}]" if a != -b else f"[{a}, {b})"]
    st = [f"The roots of the quadratic are {a} and {b} (sum {s}, product {p}), so it factors as $(x - ({a}))(x - ({b}))$.",
          "The parabola opens upward, so the quadratic is at most 0 between the roots, endpoints included because of the ≤ sign.",
          f"Hence the solution set is $[{a}, {b}]$."]
    sz = [f"二次式的两根为 {a} 和 {b}，可分解为 $(x - ({a}))(x - ({b}))$。", "抛物线开口向上，小于等于 0 的部分在两根之间，端点可取。", f"所以解集为 $[{a}, {b}]$。"]
    return stem_en, stem_zh, good, bad, st, sz


def _q_trig(rng):
    a, vt = rng.choice([(3, "\\frac{1}{2}"), (4, "\\frac{\\sqrt{2}}{2}"), (6, "\\frac{\\sqrt{3}}{2}")])
    good = f"x = 2k\\pi \\pm \\frac{{\\pi}}{{{a}}}, k \\in \\mathbb{{Z}}"
    bad = [f"x = k\\pi \\pm \\frac{{\\pi}}{{{a}}}, k \\in \\mathbb{{Z}}", f"x = 2k\\pi + \\frac{{\\pi}}{{{a}}}, k \\in \\mathbb{{Z}}",
           f"x = k\\pi + \\frac{{\\pi}}{{{a}}}, k \\in \\mathbb{{Z}}"]
    st = [f"In $[0, 2\\pi)$, $\\cos x = {vt}$ at $x = \\frac{{\\pi}}{{{a}}}$ and $x = 2\\pi - \\frac{{\\pi}}{{{a}}}$.", "Cosine has period $2\\pi$.",
          f"So all solutions are $x = 2k\\pi \\pm \\frac{{\\pi}}{{{a}}}$, k an integer."]
    sz = [f"在 $[0, 2\\pi)$ 内，$\\cos x = {vt}$ 的解为 $\\frac{{\\pi}}{{{a}}}$ 和 $2\\pi - \\frac{{\\pi}}{{{a}}}$。", "余弦函数的周期为 $2\\pi$。",
          f"所以通解为 $x = 2k\\pi \\pm \\frac{{\\pi}}{{{a}}}$，k 为整数。"]
    return f"The general solution of $\\cos x = {vt}$ is", f"方程 $\\cos x = {vt}$ 的通解是", good, bad, st, sz


def _q_circle(rng):
    h, k, r = rng.randint(1, 4), rng.randint(-4, -1), rng.randint(3, 5)
    good = f"(x - {h})^2 + (y + {-k})^2 = {r * r}"
    bad = [f"(x + {h})^2 + (y - {-k})^2 = {r * r}", f"(x - {h})^2 + (y + {-k})^2 = {r}", f"(x - {h})^2 + (y + {-k})^2 = {2 * r}"]
    st = [f"The centre is $({h}, {k})$ and the radius is {r}.", f"Standard form: $(x - h)^2 + (y - k)^2 = r^2$ with $r^2 = {r * r}$.",
          f"Substituting: $(x - {h})^2 + (y + {-k})^2 = {r * r}$."]
    sz = [f"圆心为 $({h}, {k})$，半径为 {r}。", f"标准方程 $(x - a)^2 + (y - b)^2 = r^2$，$r^2 = {r * r}$。", f"代入得 $(x - {h})^2 + (y + {-k})^2 = {r * r}$。"]
    return (f"The equation of the circle with centre $({h}, {k})$ and radius {r} is", f"圆心为 $({h}, {k})$、半径为 {r} 的圆的方程是", good, bad, st, sz)


def _q_seq(rng):
    c, r = rng.choice([(3, 2), (5, 2), (4, 3), (5, 3), (2, 3)])
    good = f"a_n = {c}\\cdot {r}^{{n-1}}"
    bad = [f"a_n = {c}\\cdot {r}^{{n}}", f"a_n = {r}\\cdot {c}^{{n-1}}", f"a_n = {c}\\cdot {r}^{{n+1}}"]
    st = [f"The sequence is geometric with $a_1 = {c}$ and ratio {r}.", "The general term of a geometric sequence is $a_n = a_1 q^{n-1}$.",
          f"Check: $a_2 = {c * r}$, $a_3 = {c * r * r}$ agree with the recurrence."]
    sz = [f"数列是首项为 {c}、公比为 {r} 的等比数列。", "等比数列通项为 $a_n = a_1 q^{n-1}$。", f"检验：$a_2 = {c * r}$，$a_3 = {c * r * r}$。"]
    return (f"The sequence satisfies $a_1 = {c}$ and $a_{{n+1}} = {r}a_n$. Its general term is", f"数列满足 $a_1 = {c}$，$a_{{n+1}} = {r}a_n$，则通项公式为", good, bad, st, sz)


def _q_complex(rng):
    a, b = rng.randint(1, 4), rng.randint(1, 4)
    # (a + bi)(1 - i) = (a + b) + (b - a)i
    re, im = a + b, b - a
    if im == 0:
        b += 1
        re, im = a + b, b - a
    f = lambda x, y: f"{x} {'+' if y > 0 else '-'} {abs(y) if abs(y) != 1 else ''}i"
    good = f(re, im)
    bad = [f(re, -im), f(a - b, a + b), f(im, re) if im != re else f(re + 1, im)]
    st = [f"Expand $({a} + {b}i)(1 - i) = {a} - {a}i + {b}i - {b}i^2$.", f"Using $i^2 = -1$: $= {a} + {b} + ({b} - {a})i$.", f"So the product is ${good}$."]
    sz = [f"展开 $({a} + {b}i)(1 - i) = {a} - {a}i + {b}i - {b}i^2$。", f"由 $i^2 = -1$ 得 ${a} + {b} + ({b} - {a})i$。", f"所以结果为 ${good}$。"]
    return (f"Let i be the imaginary unit. Then $({a} + {b}i)(1 - i)$ equals", f"设 i 为虚数单位，则 $({a} + {b}i)(1 - i)$ 等于", good, bad, st, sz)


def _q_prob(rng):
    r, b = rng.randint(2, 5), rng.randint(2, 5)
    N = r + b
    P = F(r * (r - 1), N * (N - 1))
    good = tfr(P)
    cands = [F(r * r, N * N), F(r, N), F(r * (r - 1), N * N), F(2 * r * b, N * (N - 1))]
    bad = []
    for c in cands:
        if c != P and tfr(c) not in bad:
            bad.append(tfr(c))
    bad = bad[:3]
    st = [f"Ordered draws without replacement: the first ball is red with probability $\\frac{{{r}}}{{{N}}}$.",
          f"Given that, the second is red with probability $\\frac{{{r - 1}}}{{{N - 1}}}$.", f"Multiply: $P = {tfr(P)}$."]
    sz = [f"第一次摸到红球的概率为 $\\frac{{{r}}}{{{N}}}$。", f"在此条件下第二次摸到红球的概率为 $\\frac{{{r - 1}}}{{{N - 1}}}$。", f"相乘得 $P = {tfr(P)}$。"]
    return (f"A bag has {r} red and {b} black balls. Two are drawn one after another without replacement. The probability that both are red is",
            f"袋中有 {r} 个红球和 {b} 个黑球，不放回地依次摸出两个球，两个都是红球的概率为", good, bad, st, sz)


BUILDERS = [_q_ineq, _q_trig, _q_circle, _q_seq, _q_complex, _q_prob]


def math_mc(rng, n):
    out = []
    for i in range(n):
        lang = "zh" if rng.random() < 0.35 else "en"
        se, sz_, good, bad, st, sz = BUILDERS[i % len(BUILDERS)](rng)
        assert good not in bad and len(set(bad)) == 3
        opts = [good] + bad
        rng.shuffle(opts)
        gl = LET[opts.index(good)]
        style = rng.choice(["paren", "dot"]) if lang == "en" else "zh"
        if style == "paren":
            q = se + "\nAnswer Choices: " + " ".join(f"({LET[j]}) ${o}$" for j, o in enumerate(opts))
        elif style == "dot":
            q = se + "\n" + "\n".join(f"{LET[j]}. ${o}$" for j, o in enumerate(opts))
        else:
            q = sz_ + "（　）\n" + "\n".join(f"{LET[j]}．${o}$" for j, o in enumerate(opts))
        ok = i % 2 == 0
        mode = rng.choice(["letter", "letter", "prose", "both"])
        if ok:
            pick, trap = good, {"letter": "letter_only", "prose": "option_content_in_prose", "both": "letter_and_content"}[mode]
        else:
            pick = rng.choice(bad)
            trap = {"letter": "distractor_letter", "prose": "distractor_content_in_prose", "both": "distractor_letter_and_content"}[mode]
        pl = LET[opts.index(pick)]
        if lang == "en":
            fin = {"letter": rng.choice([f"The answer is ({pl}).", f"Answer: {pl}", f"So the correct choice is **{pl}**."]),
                   "prose": f"Therefore the correct answer is ${pick}$.",
                   "both": f"Hence the answer is {pl}: ${pick}$."}[mode]
            if not ok:
                st = st[:-1] + [f"Comparing with the options, the expression ${pick}$ is the one that matches my simplification."]
        else:
            fin = {"letter": rng.choice([f"故选 {pl}。", f"答案：{pl}", f"所以正确选项是 {pl}。"]),
                   "prose": f"所以答案是 ${pick}$。", "both": f"故选 {pl}，即 ${pick}$。"}[mode]
            if not ok:
                sz = sz[:-1] + [f"与选项对照，${pick}$ 与我的化简结果一致。"]
        out.append(rec(lang, q, compose2(rng, lang, q, "mc", "Solve first, then match an option." if lang == "en" else "先解题，再对照选项。",
                                         st if lang == "en" else sz, fin), gl, "Correct" if ok else "Incorrect", trap,
                       kat="alphabet_option", dataset="mmlu_like" if lang == "en" else "ceval_like"))
    return out


def _phys_items(rng):
    items = []
    h = rng.choice([20, 45, 80, 125])
    t = int((2 * h / 10) ** 0.5)
    assert t * t * 5 == h
    items.append(("short_text", f"A stone is dropped from rest from a height of {h} m. Taking g = 10 m/s², how long does it take to reach the ground? Neglect air resistance.",
                  f"一块石头从 {h} m 高处由静止释放，取 g = 10 m/s²，不计空气阻力，求落地所用时间。",
                  f"{t} s", [f"{t}.0 seconds", f"t = {t} s"], [(f"{t} m", "wrong_unit"), (f"{fr(F(h, 10))} s" if F(h, 10) != t else f"{t * t} s", "forgot_square_root")],
                  [f"$h = \\frac{{1}}{{2}}gt^2$, so $t = \\sqrt{{2h/g}} = \\sqrt{{{2 * h}/10}} = \\sqrt{{{2 * h // 10}}}$.", f"$\\sqrt{{{2 * h // 10}}} = {t}$."]))
    m, v = rng.choice([(2, 50), (4, 25), (5, 20), (10, 30)])
    ke = F(m * v * v, 2)
    items.append(("short_text", f"A body of mass {m} kg moves at {v} m/s. What is its kinetic energy?", f"质量为 {m} kg 的物体以 {v} m/s 的速度运动，求它的动能。",
                  f"{fr(ke)} J", [f"{float(ke / 1000):g} kJ", f"E_k = {fr(ke)}\\ \\text{{J}}"],
                  [(f"{fr(2 * ke)} J", "forgot_one_half"), (f"{fr(ke)} W", "wrong_unit")],
                  [f"$E_k = \\frac{{1}}{{2}}mv^2 = \\frac{{1}}{{2}}\\times {m}\\times {v}^2$.", f"$= {fr(ke)}$ J."]))
    items.append(("math", "Derive the period T of a simple pendulum of length L for small oscillations, where g is the gravitational acceleration.",
                  "摆长为 L 的单摆做小角度摆动，重力加速度为 g，写出它的周期 T 的表达式。",
                  "T = 2\\pi\\sqrt{\\frac{L}{g}}", ["T = 2\\pi\\sqrt{L/g}", "T = \\frac{2\\pi\\sqrt{L}}{\\sqrt{g}}"],
                  [("T = 2\\pi\\sqrt{\\frac{g}{L}}", "inverted_ratio"), ("T = \\pi\\sqrt{\\frac{L}{g}}", "missing_factor_2")],
                  ["For small angles the restoring force is $-\\frac{mg}{L}x$, so $\\omega^2 = \\frac{g}{L}$.", "$T = \\frac{2\\pi}{\\omega}$."]))
    g = rng.choice([10, 20, 30, 6])
    n = F(g, 40)
    items.append(("short_text", f"How many moles are in {g} g of NaOH? (Na = 23, O = 16, H = 1)", f"{g} g NaOH 的物质的量是多少？（Na 23，O 16，H 1）",
                  f"{float(n):g} mol", [f"{fr(n)} mol", f"{fr(n * 1000)} mmol"], [(f"{float(n):g} g", "wrong_unit"), (f"{fr(F(40, g))} mol", "inverted_ratio")],
                  ["The molar mass of NaOH is 23 + 16 + 1 = 40 g/mol.", f"$n = m/M = {g}/40$."]))
    u, r = rng.choice([(6, 3), (12, 4), (10, 5), (9, 3)])
    p = F(u * u, r)
    items.append(("short_text", f"A resistor of {r} Ω is connected to a {u} V source. What power does it dissipate?", f"{r} Ω 的电阻接在 {u} V 的电源上，求它消耗的功率。",
                  f"{fr(p)} W", [f"{fr(p)} watts", f"{fr(p)} J/s"], [(f"{fr(F(u, r))} W", "used_current_as_power"), (f"{fr(F(u * r))} W", "multiplied_U_R")],
                  ["$P = \\frac{U^2}{R}$.", f"$P = \\frac{{{u}^2}}{{{r}}}$."]))
    items.append(("math", "For an ideal gas of n moles at pressure p and temperature T, express the volume V in terms of n, R, T and p.",
                  "理想气体物质的量为 n，压强为 p，温度为 T，用 n、R、T、p 表示体积 V。",
                  "V = \\frac{nRT}{p}", ["V = nRT/p", "V = \\frac{nR T}{p}"], [("V = \\frac{p}{nRT}", "inverted"), ("V = \\frac{nR}{pT}", "T_in_denominator")],
                  ["The ideal gas law is $pV = nRT$.", "Divide both sides by p."]))
    return items


def phys_chem(rng, n):
    out = []
    i = 0
    while len(out) < n:
        for kat, qen, qzh, ref, cor, wr, st in _phys_items(rng):
            if len(out) >= n:
                break
            lang = "zh" if rng.random() < 0.35 else "en"
            ok = i % 2 == 0
            i += 1
            if ok:
                ans, trap = rng.choice([(ref, "same_as_reference")] + [(c, "equivalent_form_or_unit") for c in cor])
            else:
                ans, trap = rng.choice(wr)
            q = qen if lang == "en" else qzh
            if lang == "en":
                intro = "Let me identify the relevant law, write it down, and substitute the given quantities with their units."
                tail = "Units: I keep SI units throughout, so the result comes out in the standard unit for this quantity."
                fin = rng.choice([f"The answer is ${ans}$.", f"Therefore ${ans}$.", f"Final answer: $\\boxed{{{ans}}}$."])
            else:
                intro = "先确定适用的物理（化学）规律，写出公式，再代入已知量并注意单位。"
                tail = "单位：全程使用国际单位制，结果的单位就是该物理量的标准单位。"
                fin = rng.choice([f"答案为 ${ans}$。", f"所以 ${ans}$。", f"最终答案：$\\boxed{{{ans}}}$。"])
            steps = list(st) + [tail]
            out.append(rec(lang, q, compose(rng, lang, ("Problem: " if lang == "en" else "题目：") + q + "\n\n" + intro, steps, fin),
                           ref, "Correct" if ok else "Incorrect", trap, kat=kat, dataset="physics_like" if "mol" not in ref else "chemistry_like"))
    return out
