"""Multiple-choice cases (MMLU / GPQA / C-Eval style)."""
from fractions import Fraction
import math
from common import make_case, dec, frac_tex

L = "ABCD"

FACTS_EN = [
    ("Which planet has the greatest mass in the Solar System?", "Jupiter", ["Saturn", "Neptune", "Earth"], "mmlu_like"),
    ("What is the SI unit of electrical capacitance?", "farad", ["henry", "tesla", "weber"], "mmlu_like"),
    ("Which element has atomic number 26?", "iron", ["cobalt", "nickel", "manganese"], "mmlu_like"),
    ("Which amendment to the United States Constitution abolished slavery?", "the Thirteenth Amendment",
     ["the First Amendment", "the Nineteenth Amendment", "the Fifteenth Amendment"], "mmlu_like"),
    ("What is the hybridization of the carbon atom in methane (CH4)?", "sp3", ["sp", "sp2", "dsp2"], "gpqa_like"),
    ("What is the worst-case time complexity of binary search on a sorted array of n elements?", "O(log n)",
     ["O(n)", "O(n log n)", "O(1)"], "mmlu_like"),
    ("How many chromosomes are in a typical human somatic (body) cell?", "46", ["23", "44", "48"], "mmlu_like"),
    ("Which organelle is the main site of oxidative phosphorylation in eukaryotic cells?", "mitochondrion",
     ["ribosome", "Golgi apparatus", "lysosome"], "gpqa_like"),
]
FACTS_ZH = [
    ("《史记》的作者是", "司马迁", ["班固", "司马光", "左丘明"]),
    ("世界上陆地面积最大的国家是", "俄罗斯", ["加拿大", "中国", "美国"]),
    ("函数 $y=\\sin x$ 的最小正周期是", "$2\\pi$", ["$\\pi$", "$\\frac{\\pi}{2}$", "$4\\pi$"]),
    ("光在真空中的传播速度约为", "$3\\times10^{8}$ m/s", ["$3\\times10^{5}$ m/s", "$340$ m/s", "$3\\times10^{6}$ m/s"]),
    ("我国第一颗人造地球卫星是", "东方红一号", ["神舟一号", "嫦娥一号", "天宫一号"]),
]


def layout(rng, stem, opts, lang):
    if lang == "zh":
        sty = rng.choice(["dot", "paren"])
        if sty == "dot":
            return stem + "\n" + "\n".join("%s．%s" % (L[i], o) for i, o in enumerate(opts))
        return stem + "（　　）\n" + "　".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    sty = rng.choice(["choices", "lines", "paren_lines", "inline"])
    if sty == "choices":
        return stem + " Answer Choices: " + " ".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts))
    if sty == "lines":
        return stem + "\n" + "\n".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    if sty == "paren_lines":
        return stem + "\n\n" + "\n".join("%s) %s" % (L[i], o) for i, o in enumerate(opts))
    return stem + " Options: " + "; ".join("%s: %s" % (L[i], o) for i, o in enumerate(opts))


def mc_case(rng, lang, ds, stem, right, distract, setup):
    ds_ = []
    for x in distract:
        if x != right and x not in ds_:
            ds_.append(x)
    extra = 2
    while len(ds_) < 3:
        ds_.append(right.replace(right.strip("$")[0], str(extra), 1) if right.strip("$")[0].isdigit() else right + "'")
        ds_ = [x for i, x in enumerate(ds_) if x != right and x not in ds_[:i]]
        extra += 1
    opts = [right] + ds_[:3]
    rng.shuffle(opts)
    k = opts.index(right)
    q = layout(rng, stem, opts, lang)
    ref = L[k]
    if lang == "en":
        forms = [(ref, "letter_only"), ("(%s)" % ref, "parenthesised_letter"), ("%s. %s" % (ref, right), "letter_with_option_text"),
                 ("Option %s" % ref, "option_word_letter"), (right, "option_text_without_letter")]
    else:
        forms = [(ref, "letter_only"), ("%s．%s" % (ref, right), "letter_with_option_text"), ("选项%s" % ref, "option_word_letter"),
                 (right, "option_text_without_letter")]
    wrongs = []
    for i, o in enumerate(opts):
        if i != k:
            wrongs.append((rng.choice([L[i], "(%s)" % L[i], ("%s. %s" % (L[i], o)) if lang == "en" else "%s．%s" % (L[i], o)]), "wrong_option"))
    wrongs.append(("%s" % right if False else L[(k + 1) % 4] + ("" if lang == "en" else ""), "adjacent_wrong_letter"))
    c = make_case(rng, lang, ds, "alphabet_option", q, setup, forms, wrongs, ref=ref, kind="mc")
    if c["trap"] == "option_text_without_letter" or c["trap"].startswith("option_text_without_letter"):
        c["trap"] = "option_text_without_letter"
    return c


def half_life(rng):
    T, n = rng.choice([5, 8, 12, 30]), rng.randint(2, 5)
    m0 = rng.choice([64, 80, 96, 160, 320])
    rem = Fraction(m0, 2 ** n)
    stem = ("A sample contains %d mg of a radioactive isotope with a half-life of %d days. How much of the isotope "
            "remains after %d days?" % (m0, T, n * T))
    d = [Fraction(m0, 2 * n), Fraction(m0, 2 ** (n - 1)), rem / 2]
    fmt = lambda f: "%s mg" % dec(f)
    setup = ["%d days is %d half-lives." % (n * T, n), "Each half-life halves the amount: multiply by (1/2)^%d = 1/%d." % (n, 2 ** n),
             "Starting from %d mg." % m0]
    return "gpqa_like", stem, fmt(rem), [fmt(x) for x in d + [rem * 3, rem * 5]], setup


def kinetic(rng):
    m, v = rng.choice([2, 4, 5, 8, 10]), rng.choice([3, 6, 9, 12, 15])
    E = Fraction(m * v * v, 2)
    stem = "A %d kg cart moves at %d m/s. What is its kinetic energy?" % (m, v)
    setup = ["Kinetic energy is (1/2)mv².", "v² = %d." % (v * v), "Multiply by m = %d and halve." % m]
    return "gpqa_like", stem, "%s J" % dec(E), ["%s J" % dec(E * 2), "%d J" % (m * v), "%s J" % dec(Fraction(m * v, 2))], setup


def polygon(rng):
    n = rng.randint(5, 15)
    s = (n - 2) * 180
    stem = "What is the sum of the interior angles of a convex polygon with %d sides?" % n
    setup = ["A convex n-gon can be split into n − 2 triangles from one vertex.", "Each triangle contributes 180°.", "Here n = %d." % n]
    return "mmlu_like", stem, "%d°" % s, ["%d°" % (n * 180), "%d°" % ((n - 1) * 180), "%d°" % ((n - 3) * 180)], setup


def deriv_formula(rng):
    k = rng.randint(2, 6)
    stem = "What is $\\frac{d}{dx}\\left(x^{%d}\\ln x\\right)$ for $x>0$?" % k
    right = "$%dx^{%d}\\ln x + x^{%d}$" % (k, k - 1, k - 1)
    if k == 2:
        right = "$2x\\ln x + x$"
    d = ["$%dx^{%d}\\ln x$" % (k, k - 1) if k > 2 else "$2x\\ln x$", "$x^{%d}$" % (k - 1) if k > 2 else "$x$",
         "$%dx^{%d}\\ln x - x^{%d}$" % (k, k - 1, k - 1) if k > 2 else "$2x\\ln x - x$"]
    setup = ["Product rule: (uv)' = u'v + uv' with u = x^%d, v = ln x." % k, "u' = %dx^%d and v' = 1/x." % (k, k - 1),
             "uv' = x^%d · (1/x) = x^%d." % (k, k - 1)]
    return "college_math_like", stem, right, d, setup


def root_sum(rng):
    a, b, c = rng.randint(2, 6), rng.randint(-9, 9), rng.randint(-9, -1)
    S = Fraction(-b, a)
    stem = "The roots of $%dx^2 %s %dx %s %d = 0$ are $r$ and $s$. What is $r + s$?" % (a, "+" if b >= 0 else "-", abs(b), "-", abs(c))
    setup = ["By Vieta's formulas, r + s = −b/a.", "Here a = %d and b = %d." % (a, b), "The constant term only affects rs."]
    ws = [Fraction(b, a), Fraction(c, a), Fraction(-c, a), S + 1]
    d = []
    for w in ws:
        if w != S and frac_tex(w) not in [x for x in d]:
            d.append(frac_tex(w))
    return "mmlu_like", stem, "$%s$" % frac_tex(S), ["$%s$" % x for x in d[:3]], setup


def ph(rng):
    k = rng.randint(1, 5)
    c = "1.0 \\times 10^{-%d}" % k
    stem = "What is the pH of a $%s$ M aqueous solution of HCl at 25 °C (assume complete dissociation)?" % c
    setup = ["HCl is a strong acid, so [H⁺] = %s M." % c.replace("\\times", "×"), "pH = −log₁₀[H⁺].", "Water autoionization is negligible at this concentration."]
    return "gpqa_like", stem, "%d" % k, ["%d" % (14 - k), "%d" % (k + 1), "%s" % dec(Fraction(k, 2))], setup


COMP_EN = [half_life, kinetic, polygon, deriv_formula, root_sum, ph]


def zh_geo_ratio(rng):
    a, q = rng.randint(1, 4), rng.choice([2, 3, -2])
    n = rng.randint(4, 6)
    an = a * q ** (n - 1)
    stem = "在等比数列 $\\{a_n\\}$ 中，$a_1=%d$，公比 $q=%d$，则 $a_{%d}=$" % (a, q, n)
    setup = ["等比数列通项 a_n = a_1 q^{n−1}。", "n = %d，q^{%d} = %d。" % (n, n - 1, q ** (n - 1)), "再乘以 a_1 = %d。" % a]
    return "ceval_like", stem, str(an), [str(a * q ** n), str(a * q ** (n - 2)), str(-an)], setup


def build(rng):
    out = []
    facts = list(FACTS_EN)
    rng.shuffle(facts)
    for stem, right, d, ds in facts:
        setup = ["Let me consider each option in turn.", "The question is about: %s" % stem,
                 "Recall the relevant definition or fact and compare it to each option.", "Eliminate options that are clearly inconsistent."]
        out.append(mc_case(rng, "en", ds, stem, right, d, setup))
    for i in range(24):
        ds, stem, right, d, setup = COMP_EN[i % len(COMP_EN)](rng)
        out.append(mc_case(rng, "en", ds, stem, right, d, setup))
    for stem, right, d in FACTS_ZH:
        setup = ["逐一分析各选项。", "题目考查的是：%s" % stem, "回忆相关知识点，与各选项比对。", "排除明显错误的选项。"]
        out.append(mc_case(rng, "zh", "ceval_like", stem, right, d, setup))
    for _ in range(5):
        ds, stem, right, d, setup = zh_geo_ratio(rng)
        out.append(mc_case(rng, "zh", ds, stem, right, d, setup))
    return out
