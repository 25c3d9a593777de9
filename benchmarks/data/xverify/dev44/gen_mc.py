"""Multiple-choice families (options inlined in the question, reference is a letter)."""
from fractions import Fraction
from common import T, inst, frac_tex

C, I = "Correct", "Incorrect"
LET = "ABCD"


def layout(rng, lang, stem, opts):
    """Render options in one of three inline styles."""
    if lang == "zh":
        return stem + "\n" + "\n".join("%s．%s" % (LET[i], o) for i, o in enumerate(opts))
    style = rng.choice(["choices", "lines"])
    if style == "choices":
        return stem + "\nAnswer Choices: " + " ".join("(%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    return stem + "\n" + "\n".join("%s. %s" % (LET[i], o) for i, o in enumerate(opts))


def mc_variants(rng, opts, k):
    """k = index of the correct option."""
    L = LET[k]
    wrong = [i for i in range(4) if i != k]
    w = LET[rng.choice(wrong)]
    w2 = LET[rng.choice(wrong)]
    return [(L, C, "mc_letter_boxed"), ("\\text{(%s)}" % L, C, "mc_text_paren_letter"),
            ("%s: %s" % (L, opts[k]), C, "mc_letter_with_content"),
            ("\\text{%s}" % L, C, "mc_nested_boxed_text", "nested"),
            ("\\textbf{%s}" % L, C, "mc_textbf_letter", "bold_text"),
            (w, I, "mc_wrong_letter"), ("%s \\text{ or } %s" % (L, w2 if w2 != L else w), I, "mc_two_letters"),
            ("(%s)" % w, I, "mc_wrong_letter_paren")]


def place(rng, correct, distractors):
    opts = distractors[:3] + [correct]
    rng.shuffle(opts)
    return opts, opts.index(correct)


def mc_fraction_sum(rng):
    while True:
        b, d = rng.randint(2, 9), rng.randint(2, 9)
        a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
        S = Fraction(a, b) + Fraction(c, d)
        ds = [Fraction(a + c, b + d), Fraction(a * c, b * d), S + Fraction(1, S.denominator)]
        if b != d and S.denominator > 1 and len({S, *ds}) == 4:
            break
    opts, k = place(rng, "$%s$" % frac_tex(S), ["$%s$" % frac_tex(x) for x in ds])
    stem = "What is $\\frac{%d}{%d} + \\frac{%d}{%d}$?" % (a, b, c, d)
    stem_zh = "$\\frac{%d}{%d} + \\frac{%d}{%d}$ 等于多少？" % (a, b, c, d)
    L = b * d // __import__("math").gcd(b, d)

    def steps(lang):
        return [T(lang, "The least common denominator of %d and %d is %d." % (b, d, L), "%d 和 %d 的最小公分母是 %d。" % (b, d, L)),
                T(lang, "$\\frac{%d}{%d} + \\frac{%d}{%d} = \\frac{%d}{%d} + \\frac{%d}{%d} = %s$." % (a, b, c, d, a * L // b, L, c * L // d, L, frac_tex(S)),
                  "$\\frac{%d}{%d} + \\frac{%d}{%d} = \\frac{%d}{%d} + \\frac{%d}{%d} = %s$。" % (a, b, c, d, a * L // b, L, c * L // d, L, frac_tex(S))),
                T(lang, "Comparing with the choices, this is option %s." % LET[k], "与选项对照，对应选项 %s。" % LET[k])]
    return stem, stem_zh, opts, k, steps


def mc_interval(rng):
    a = rng.randint(2, 6)
    x0 = rng.randint(-6, 8)
    b = rng.randint(1, 9)
    c = a * x0 + b
    correct = "$(-\\infty, %d]$" % x0
    ds = ["$(-\\infty, %d)$" % x0, "$[%d, \\infty)$" % x0, "$(%d, \\infty)$" % x0]
    opts, k = place(rng, correct, ds)
    stem = "Which interval is the solution set of $%dx + %d \\le %d$?" % (a, b, c)
    stem_zh = "不等式 $%dx + %d \\le %d$ 的解集是哪个区间？" % (a, b, c)

    def steps(lang):
        return [T(lang, "Subtract %d: $%dx \\le %d$; divide by %d: $x \\le %d$." % (b, a, c - b, a, x0), "减去 %d：$%dx \\le %d$；除以 %d：$x \\le %d$。" % (b, a, c - b, a, x0)),
                T(lang, "The endpoint is included, so the interval is $(-\\infty, %d]$, which is option %s." % (x0, LET[k]),
                  "端点包含在内，所以解集为 $(-\\infty, %d]$，即选项 %s。" % (x0, LET[k]))]
    return stem, stem_zh, opts, k, steps


def mc_root(rng):
    a = rng.randint(2, 5)
    b = rng.choice([2, 3, 5, 6, 7])
    n = a * a * b
    correct = "$%d\\sqrt{%d}$" % (a, b)
    ds = ["$%d\\sqrt{%d}$" % (b, a), "$%d\\sqrt{%d}$" % (a * a, b), "$\\sqrt{%d}$" % (a * b)]
    if b == a:
        ds[0] = "$%d\\sqrt{%d}$" % (a + 1, b)
    opts, k = place(rng, correct, ds)
    stem = "Simplify $\\sqrt{%d}$." % n
    stem_zh = "化简 $\\sqrt{%d}$。" % n

    def steps(lang):
        return [T(lang, "Factor out the largest square: $%d = %d \\cdot %d$." % (n, a * a, b), "提出最大的平方因子：$%d = %d \\cdot %d$。" % (n, a * a, b)),
                T(lang, "So $\\sqrt{%d} = \\sqrt{%d}\\sqrt{%d} = %d\\sqrt{%d}$, option %s." % (n, a * a, b, a, b, LET[k]),
                  "所以 $\\sqrt{%d} = \\sqrt{%d}\\sqrt{%d} = %d\\sqrt{%d}$，即选项 %s。" % (n, a * a, b, a, b, LET[k]))]
    return stem, stem_zh, opts, k, steps


FACTS = [
    ("Which element has the chemical symbol Au?", "化学符号 Au 代表哪种元素？", ["Gold", "Silver", "Argon", "Aluminium"], ["金", "银", "氩", "铝"]),
    ("Which planet is closest to the Sun?", "哪颗行星离太阳最近？", ["Mercury", "Venus", "Mars", "Earth"], ["水星", "金星", "火星", "地球"]),
    ("What is the boiling point of water at sea level in degrees Celsius?", "在海平面上，水的沸点是多少摄氏度？", ["100", "90", "80", "120"], ["100", "90", "80", "120"]),
    ("Which organelle is known as the site of cellular respiration?", "哪种细胞器是细胞呼吸的主要场所？", ["Mitochondrion", "Ribosome", "Nucleus", "Golgi apparatus"], ["线粒体", "核糖体", "细胞核", "高尔基体"]),
    ("Which gas makes up most of Earth's atmosphere by volume?", "按体积计，地球大气中含量最多的气体是什么？", ["Nitrogen", "Oxygen", "Carbon dioxide", "Argon"], ["氮气", "氧气", "二氧化碳", "氩气"]),
    ("How many sides does a hexagon have?", "六边形有几条边？", ["6", "5", "7", "8"], ["6", "5", "7", "8"]),
]


def mc_fact(rng):
    en, zh, oe, oz = rng.choice(FACTS)
    order = [0, 1, 2, 3]
    rng.shuffle(order)
    k = order.index(0)
    return en, zh, [oe[i] for i in order], k, [oz[i] for i in order]


def make_mc(rng, kind, lang):
    """Returns (instance, zh_options_or_None)."""
    if kind == "fact":
        en, zh, opts, k, opts_zh = mc_fact(rng)
        name = opts[k]

        def steps(lang):
            nm = opts_zh[k] if lang == "zh" else name
            return [T(lang, "Going through the options one by one, only %s fits the description in the question." % nm,
                      "逐一检查选项，只有%s符合题目的描述。" % nm),
                    T(lang, "The other choices are well-known distractors and do not match, so the answer is option %s." % LET[k],
                      "其他选项都是常见的干扰项，不符合题意，所以答案是选项 %s。" % LET[k])]
        ds = "mmlu_like"
        opts_by_lang = {"en": opts, "zh": opts_zh}
    else:
        fn = {"frac": mc_fraction_sum, "interval": mc_interval, "root": mc_root}[kind]
        en, zh, opts, k, steps = fn(rng)
        ds = "mmlu_like"
        opts_by_lang = {"en": opts, "zh": opts}
    content = [o.strip("$") if o.startswith("$") else "\\text{%s}" % o for o in opts_by_lang[lang]]
    it = inst(ds, en, zh, steps, LET[k], mc_variants(rng, content, k), kat="alphabet_option")
    it["opts"] = opts_by_lang
    it["ci"] = k
    return it


def render_question(rng, it, lang):
    return layout(rng, lang, it["q"][lang], it["opts"][lang])


MC_KINDS = ["frac", "interval", "root", "fact"]
