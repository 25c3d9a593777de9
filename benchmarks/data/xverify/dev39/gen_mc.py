"""Multiple-choice cases whose references come as '(C) 45', 'C. 45', bare option text or a letter."""
from common import pad, make, EN_NAMES, ZH_NAMES

LETTERS = "ABCDE"


def _problem(rng, lang):
    k = rng.choice(["tri", "avg", "pct", "rect", "interest"])
    if k == "tri":
        b, h = rng.randint(3, 15) * 2, rng.randint(4, 20)
        v = b * h // 2
        en = f"What is the area of a triangle with base {b} cm and height {h} cm (in cm²)?"
        zh = f"一个三角形的底是{b}厘米，高是{h}厘米，它的面积是多少平方厘米？"
        st = f"Area = base × height ÷ 2 = {b} × {h} ÷ 2"
        zst = f"面积 = 底 × 高 ÷ 2 = {b} × {h} ÷ 2"
        near = [b * h, v + h, v - b]
    elif k == "avg":
        n = rng.choice([4, 5])
        xs = [rng.randint(50, 99) for _ in range(n)]
        xs[-1] += (-sum(xs)) % n
        v = sum(xs) // n
        en = f"The scores of a small group are {', '.join(map(str, xs))}. What is their mean?"
        zh = f"一个小组的成绩分别是{'、'.join(map(str, xs))}，平均分是多少？"
        st = f"Sum = {sum(xs)}; mean = {sum(xs)} ÷ {n}"
        zst = f"总分 = {sum(xs)}；平均分 = {sum(xs)} ÷ {n}"
        near = [v + 1, v - 1, v + 2]
    elif k == "pct":
        p = rng.choice([15, 20, 25, 35, 40, 45, 60, 75])
        base = rng.randint(2, 30) * 20
        v = base * p // 100
        en = f"What is {p}% of {base}?"
        zh = f"{base}的{p}%是多少？"
        st = f"{p}% of {base} = {base} × {p} ÷ 100"
        zst = f"{base} × {p}% = {base} × {p} ÷ 100"
        near = [v + 5, v - 5, v + 10]
    elif k == "rect":
        a, b = rng.randint(3, 25), rng.randint(3, 25)
        v = 2 * (a + b)
        en = f"A rectangle measures {a} m by {b} m. What is its perimeter in metres?"
        zh = f"一个长方形长{a}米、宽{b}米，它的周长是多少米？"
        st = f"Perimeter = 2 × ({a} + {b})"
        zst = f"周长 = 2 × ({a} + {b})"
        near = [a + b, v + 2, a * b if a * b != v else v + 4]
    else:
        P, r, t = rng.randint(2, 20) * 100, rng.choice([2, 3, 4, 5, 6]), rng.choice([2, 3, 4])
        v = P * r * t // 100
        en = f"What simple interest is earned on ${P} at {r}% per year for {t} years (in dollars)?"
        zh = f"本金{P}元，年利率{r}%，按单利计算{t}年的利息是多少元？"
        st = f"Interest = {P} × {r}% × {t}"
        zst = f"利息 = {P} × {r}% × {t}"
        near = [v + P * r // 100, v - P * r // 100, P * r // 100]
    opts = []
    for x in [v] + near:
        if x not in opts and x > 0:
            opts.append(x)
    while len(opts) < 4:
        opts.append(opts[-1] + 3)
    opts = opts[:4]
    return (en if lang == "en" else zh), (st if lang == "en" else zst), v, opts


def mc(rng, ok, lang):
    qtext, steps, v, opts = _problem(rng, lang)
    if rng.random() < 0.5:
        opts.sort()
    else:
        rng.shuffle(opts)
    ci = opts.index(v)
    # near miss: option with the numerically closest other value
    wi = min((i for i in range(len(opts)) if i != ci), key=lambda i: (abs(opts[i] - v), i))
    gi = ci if ok else wi
    if lang == "zh":
        qfmt = "lines_zh"
    else:
        qfmt = rng.choice(["inline", "lines"])
    if qfmt == "inline":
        q = qtext + " Answer Choices: " + " ".join(f"({LETTERS[i]}) {o}" for i, o in enumerate(opts))
    elif qfmt == "lines":
        q = qtext + "\n" + "\n".join(f"{LETTERS[i]}. {o}" for i, o in enumerate(opts))
    else:
        q = qtext + "\n" + "\n".join(f"{LETTERS[i]}．{o}" for i, o in enumerate(opts))
    rstyle = rng.choice(["paren_letter_text", "dot_letter_text", "text_only", "letter_only"])
    L = LETTERS[ci]
    ref = {"paren_letter_text": f"({L}) {v}", "dot_letter_text": f"{L}. {v}", "text_only": str(v),
           "letter_only": L}[rstyle]
    ostyle = rng.choice(["letter", "text", "both"] if rstyle != "text_only" else ["letter", "both"])
    if rstyle == "letter_only":
        ostyle = rng.choice(["text", "both"])
    G, gv = LETTERS[gi], opts[gi]
    if lang == "en":
        shown = {"letter": rng.choice([f"The answer is ({G}).", f"Answer: {G}", f"**{G}**"]),
                 "text": rng.choice([f"The answer is {gv}.", f"Final answer: {gv}"]),
                 "both": rng.choice([f"The answer is {G}. {gv}", f"Answer: ({G}) {gv}"])}[ostyle]
        slip = ""
        body = (f"Let me solve this directly and then match to the options.\n\n{steps}.\n\n"
                f"Working it out carefully gives {gv}.{slip}\n\nChecking the options: "
                + ", ".join(f"{LETTERS[i]} is {o}" for i, o in enumerate(opts))
                + f". The value {gv} corresponds to option {G}.")
    else:
        shown = {"letter": rng.choice([f"答案：{G}", f"故选{G}。"]), "text": f"答案是 {gv}。",
                 "both": f"答案：{G}．{gv}"}[ostyle]
        body = (f"先直接计算，再对照选项。\n\n{steps}。\n\n仔细计算得到 {gv}。\n\n对照选项："
                + "，".join(f"{LETTERS[i]} 是 {o}" for i, o in enumerate(opts)) + f"。{gv} 对应选项 {G}。")
    return make("mmlu_like", "alphabet_option", q, pad(rng, lang, body, shown), ref, ok, lang,
                f"mc_ref_{rstyle}_out_{ostyle}")


FACTS = [
    ("Which planet is the largest in the Solar System?", ["Saturn", "Jupiter", "Neptune", "Earth"], 1, 0),
    ("What is the chemical symbol for gold?", ["Ag", "Au", "Gd", "Go"], 1, 0),
    ("Which gas makes up most of Earth's atmosphere?", ["Oxygen", "Carbon dioxide", "Nitrogen", "Argon"], 2, 0),
    ("Who wrote the play 'Hamlet'?", ["Christopher Marlowe", "William Shakespeare", "Ben Jonson",
                                     "John Milton"], 1, 0),
    ("What is the largest ocean on Earth?", ["Atlantic Ocean", "Indian Ocean", "Pacific Ocean",
                                             "Arctic Ocean"], 2, 0),
    ("What is the hardest naturally occurring mineral?", ["Quartz", "Corundum", "Diamond", "Topaz"], 2, 1),
    ("中国最长的河流是哪一条？", ["黄河", "长江", "珠江", "黑龙江"], 1, 0),
    ("水在标准大气压下的沸点是多少摄氏度？", ["90", "100", "110", "120"], 1, 2),
    ("光合作用主要吸收的气体是什么？", ["氧气", "氮气", "二氧化碳", "氢气"], 2, 0),
    ("《西游记》的作者是谁？", ["罗贯中", "吴承恩", "施耐庵", "曹雪芹"], 1, 0),
]


def mc_fact(rng, ok, idx):
    qt, opts, ci, wi = FACTS[idx % len(FACTS)]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in qt) else "en"
    gi = ci if ok else wi
    if lang == "en":
        q = qt + "\n" + "\n".join(f"{LETTERS[i]}. {o}" for i, o in enumerate(opts))
    else:
        q = qt + "\n" + "\n".join(f"{LETTERS[i]}．{o}" for i, o in enumerate(opts))
    rstyle = rng.choice(["paren_letter_text", "dot_letter_text", "text_only"])
    ref = {"paren_letter_text": f"({LETTERS[ci]}) {opts[ci]}", "dot_letter_text": f"{LETTERS[ci]}. {opts[ci]}",
           "text_only": opts[ci]}[rstyle]
    G, gv = LETTERS[gi], opts[gi]
    if lang == "en":
        body = ("Let me consider each option in turn.\n\n"
                + "\n".join(f"- {LETTERS[i]}. {o}: " + ("this fits what I recall." if i == gi else
                                                         "this does not fit as well.") for i, o in enumerate(opts))
                + f"\n\nWeighing these, option {G} ({gv}) is the best match.")
        final = rng.choice([f"The answer is {G}.", f"Answer: {gv}"])
    else:
        body = ("逐个分析选项。\n\n" + "\n".join(
            f"- {LETTERS[i]}．{o}：" + ("符合我所知道的事实。" if i == gi else "不太符合。") for i, o in enumerate(opts))
            + f"\n\n综合来看，选项 {G}（{gv}）最合适。")
        final = rng.choice([f"答案：{G}", f"答案是{gv}。"])
    return make("mmlu_like", "alphabet_option", q, pad(rng, lang, body, final), ref, ok, lang,
                f"mc_fact_ref_{rstyle}")


def build(rng):
    out = []
    for i in range(44):
        out.append(mc(rng, i % 2 == 0, "zh" if i < 6 else "en"))
    for i in range(20):
        out.append(mc_fact(rng, i < 10, i))
    return out
