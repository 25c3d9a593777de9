"""Multiple-choice items (mmlu_like): well-known facts and small computed questions."""
from fractions import Fraction as F
from common import T, dec

LETTERS = "ABCD"

FACTS_EN = [
    ("Which planet is known as the Red Planet?", "Mars", ["Venus", "Jupiter", "Saturn"]),
    ("What is the chemical symbol for gold?", "Au", ["Ag", "Gd", "Go"]),
    ("Which gas do plants mainly absorb from the air for photosynthesis?", "Carbon dioxide", ["Oxygen", "Nitrogen", "Helium"]),
    ("What is the largest ocean on Earth?", "Pacific Ocean", ["Atlantic Ocean", "Indian Ocean", "Arctic Ocean"]),
    ("Which organ pumps blood through the human body?", "Heart", ["Liver", "Lungs", "Kidney"]),
    ("What is the boiling point of water at sea level in degrees Celsius?", "100", ["90", "120", "212"]),
    ("Who wrote the play 'Romeo and Juliet'?", "William Shakespeare", ["Charles Dickens", "Jane Austen", "Mark Twain"]),
    ("What is the capital of Japan?", "Tokyo", ["Osaka", "Kyoto", "Seoul"]),
    ("Which part of the cell contains most of its genetic material?", "Nucleus", ["Ribosome", "Cell membrane", "Vacuole"]),
    ("What is the hardest natural substance?", "Diamond", ["Quartz", "Iron", "Granite"]),
    ("How many sides does a hexagon have?", "6", ["5", "7", "8"]),
    ("Which force keeps the planets in orbit around the Sun?", "Gravity", ["Magnetism", "Friction", "Buoyancy"]),
    ("In economics, what does GDP stand for?", "Gross Domestic Product", ["General Debt Percentage", "Gross Dividend Payment", "Global Development Plan"]),
    ("Which is the smallest prime number?", "2", ["1", "3", "0"]),
    ("Which continent is Egypt mainly located in?", "Africa", ["Asia", "Europe", "South America"]),
    ("What type of animal is a dolphin?", "Mammal", ["Fish", "Reptile", "Amphibian"]),
    ("What is the main language spoken in Brazil?", "Portuguese", ["Spanish", "French", "Italian"]),
    ("Which vitamin does the skin produce when exposed to sunlight?", "Vitamin D", ["Vitamin C", "Vitamin A", "Vitamin K"]),
]
FACTS_ZH = [
    ("中国的首都是哪座城市？", "北京", ["上海", "广州", "西安"]),
    ("水的化学式是什么？", "H₂O", ["CO₂", "O₂", "NaCl"]),
    ("一年有几个季节？", "4", ["3", "5", "6"]),
    ("太阳系中体积最大的行星是哪一颗？", "木星", ["土星", "地球", "火星"]),
    ("《红楼梦》的作者通常被认为是谁？", "曹雪芹", ["罗贯中", "施耐庵", "吴承恩"]),
    ("人体最大的器官是什么？", "皮肤", ["心脏", "肝脏", "大脑"]),
    ("光合作用主要发生在植物细胞的哪个结构中？", "叶绿体", ["线粒体", "细胞核", "液泡"]),
    ("世界上面积最大的沙漠（不含极地）是哪一个？", "撒哈拉沙漠", ["戈壁沙漠", "塔克拉玛干沙漠", "阿拉伯沙漠"]),
    ("1千克等于多少克？", "1000", ["100", "10", "10000"]),
]


def _opts(rng, lang, correct, distract):
    opts = [correct] + list(distract)
    rng.shuffle(opts)
    style = rng.choice(["paren", "dot", "zhdot"]) if lang == "zh" else rng.choice(["paren", "dot", "inline"])
    if style == "paren" or style == "inline":
        txt = ("Answer Choices: " if lang == "en" else "选项：") + " ".join("(%s) %s" % (LETTERS[i], o) for i, o in enumerate(opts))
    elif style == "zhdot":
        txt = "\n".join("%s．%s" % (LETTERS[i], o) for i, o in enumerate(opts))
    else:
        txt = "\n".join("%s. %s" % (LETTERS[i], o) for i, o in enumerate(opts))
    return opts, txt


def _computed(rng, lang):
    kind = rng.choice(["pct", "conv", "frac"])
    if kind == "pct":
        p, n = rng.choice([10, 15, 20, 25, 30, 40, 60, 75]), rng.randint(4, 40) * 10
        v = F(p * n, 100)
        wrong = [F(n * p, 10), v * 2, v + 10]
        q = T(lang, f"What is {p}% of {n}?", f"{n}的{p}%是多少？")
        st = [T(lang, f"{p}% of {n} = {p}/100 x {n} = {dec(v)}.", f"{n}的{p}% = {p}/100 × {n} = {dec(v)}。")]
        wst = [T(lang, f"{p}% of {n} = {p}/10 x {n} = {dec(wrong[0])}.", f"{n}的{p}% = {p}/10 × {n} = {dec(wrong[0])}。")]
    elif kind == "conv":
        km = F(rng.randint(12, 95), 10)
        v = km * 1000
        wrong = [km * 100, km * 10000, km * 10]
        q = T(lang, f"How many meters are in {dec(km)} kilometers?", f"{dec(km)}千米等于多少米？")
        st = [T(lang, f"1 km = 1000 m, so {dec(km)} x 1000 = {dec(v)} m.", f"1千米 = 1000米，所以 {dec(km)} × 1000 = {dec(v)} 米。")]
        wst = [T(lang, f"1 km = 100 m, so {dec(km)} x 100 = {dec(wrong[0])} m.", f"1千米 = 100米，所以 {dec(km)} × 100 = {dec(wrong[0])} 米。")]
    else:
        b, d = rng.randint(3, 9), rng.randint(3, 9)
        a, c_ = rng.randint(1, b - 1), rng.randint(1, d - 1)
        v = F(a, b) + F(c_, d)
        wrong = [F(a + c_, b + d), F(a * c_, b * d), v + 1]
        q = T(lang, f"What is {a}/{b} + {c_}/{d}?", f"{a}/{b} + {c_}/{d} 等于多少？")
        st = [T(lang, f"Common denominator {b*d}: {a*d}/{b*d} + {c_*b}/{b*d} = {v.numerator}/{v.denominator}.",
                f"通分到 {b*d}：{a*d}/{b*d} + {c_*b}/{b*d} = {v.numerator}/{v.denominator}。")]
        wst = [T(lang, f"Add tops and bottoms: ({a}+{c_})/({b}+{d}) = {wrong[0].numerator}/{wrong[0].denominator}.",
                 f"分子分母分别相加：({a}+{c_})/({b}+{d}) = {wrong[0].numerator}/{wrong[0].denominator}。")]
    show = (lambda x: "%d/%d" % (x.numerator, x.denominator) if x.denominator != 1 else str(x.numerator)) if kind == "frac" else dec
    ws = []
    for w in wrong:
        if w != v and show(w) not in ws and show(w) != show(v):
            ws.append(show(w))
    k = 0
    while len(ws) < 3:
        k += 1
        cand = show(v + k * 3)
        if cand not in ws:
            ws.append(cand)
    return q, show(v), ws[:3], st, wst, ws[0]


def make(rng, lang):
    if rng.random() < 0.35:
        q, corr, dis, st, wst, wtext = _computed(rng, lang)
    else:
        q, corr, dis = rng.choice(FACTS_ZH if lang == "zh" else FACTS_EN)
        wtext = rng.choice(dis)
        st = [T(lang, f"From what I know, the correct fact is: {corr}.", f"根据我掌握的知识，正确的是：{corr}。")]
        wst = [T(lang, f"From what I remember, it should be {wtext}.", f"我记得应该是{wtext}。")]
    opts, otxt = _opts(rng, lang, corr, dis)
    gl, bl = LETTERS[opts.index(corr)], LETTERS[opts.index(wtext)]
    question = q + "\n" + otxt
    lst = [T(lang, f"Option {LETTERS[i]} is {o}.", f"选项{LETTERS[i]}是{o}。") for i, o in enumerate(opts)]
    head = [T(lang, "We need to pick the single best option.", "我们需要选出唯一最合适的选项。")] + lst
    steps_g = head + st + [T(lang, f"That matches option {gl}.", f"这与选项{gl}一致。")]
    steps_b = head + wst + [T(lang, f"That matches option {bl}.", f"这与选项{bl}一致。")]
    alt = rng.choice(["(%s) %s" % (gl, corr), "%s. %s" % (gl, corr), corr])
    # made-up follow-up question with a different letter
    q2 = None
    for _ in range(60):
        fq, fc, fd = rng.choice(FACTS_ZH if lang == "zh" else FACTS_EN)
        if fq == q:
            continue
        o2, t2 = _opts(rng, lang, fc, fd)
        if LETTERS[o2.index(fc)] != gl:
            q2 = (fq + "\n" + t2, [T(lang, f"The correct fact is {fc}.", f"正确的是{fc}。")], LETTERS[o2.index(fc)])
            break
    core = dict(lang=lang, kind="opt", q=question, steps_g=steps_g, steps_b=steps_b, g=gl, b=bl,
                alt=alt, rest=None, brest=None, app=q2)
    return core, "mmlu_like", "alphabet_option", gl
