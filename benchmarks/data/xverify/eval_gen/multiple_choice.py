"""The multiple-choice family: a hand-written pool (question, options, index of the answer, why, a distractor and its
bad why), computed items, the option layouts (inline, lines, Roman, Arabic, ``_enh``) and ``compose_mc``."""

from __future__ import annotations

import random
from fractions import Fraction

from .number_forms import dec
from .render import Note, cut_before, refusal, render, wait_en, wait_zh


def mc(ds, lang, q, opts, ans, why, dis, dwhy):
    return dict(ds=ds, lang=lang, q=q, opts=opts, ans=ans, why=why, dis=dis, dwhy=dwhy)


MC_POOL = [
    mc("mmlu_like", "en", "Which planet in our Solar System is known as the Red Planet?",
       ["Venus", "Mars", "Jupiter", "Mercury"], 1,
       "Mars looks red because its surface is rich in iron oxide.", 0,
       "Venus is the hottest planet and glows brightly, so it is the one usually described as red."),
    mc("mmlu_like", "en", "What is the chemical symbol for sodium?", ["So", "Sd", "Na", "S"], 2,
       "The symbol Na comes from the Latin name natrium.", 0, "Symbols are usually the first letters of the name, so "
       "sodium should be So."),
    mc("arc_like", "en", "Which part of a plant cell is the main site of photosynthesis?",
       ["Mitochondrion", "Chloroplast", "Nucleus", "Cell wall"], 1,
       "Chloroplasts contain chlorophyll, which captures light energy for photosynthesis.", 0,
       "Mitochondria produce the cell's energy, so photosynthesis happens there."),
    mc("mmlu_like", "en", "What is the SI unit of force?", ["Joule", "Watt", "Newton", "Pascal"], 2,
       "Force is measured in newtons; 1 N = 1 kg m/s^2.", 0,
       "Force relates to energy, and energy is measured in joules."),
    mc("mmlu_like", "en", "Who wrote the novel \"Pride and Prejudice\"?",
       ["Charlotte Brontë", "Jane Austen", "George Eliot", "Mary Shelley"], 1,
       "Pride and Prejudice (1813) is Jane Austen's best-known novel.", 0,
       "Charlotte Brontë wrote the classic English romance novels of that era, including this one."),
    mc("mmlu_like", "en", "In a competitive market, a binding price ceiling set below the equilibrium price will most "
       "likely lead to", ["a surplus of the good", "a shortage of the good", "no change in the quantity traded",
                          "an increase in supply"], 1,
       "At a price below equilibrium, quantity demanded exceeds quantity supplied, so there is a shortage.", 0,
       "A ceiling limits the price, so producers cannot sell everything and a surplus builds up."),
    mc("mmlu_like", "en", "What is the derivative of $\\sin x$ with respect to $x$?",
       ["$\\cos x$", "$-\\cos x$", "$\\sin x$", "$-\\sin x$"], 0,
       "By the standard rule, $\\frac{d}{dx}\\sin x = \\cos x$.", 1,
       "Differentiating a trigonometric function introduces a minus sign, so the derivative is $-\\cos x$."),
    mc("arc_like", "en", "Which organ of the human body produces insulin?",
       ["Liver", "Pancreas", "Kidney", "Spleen"], 1,
       "Insulin is made by the beta cells in the islets of Langerhans of the pancreas.", 0,
       "The liver regulates blood sugar, so it must be the organ that produces insulin."),
    mc("mmlu_like", "en", "Which data structure follows the last-in, first-out (LIFO) principle?",
       ["Queue", "Stack", "Heap", "Hash table"], 1,
       "A stack removes the most recently added element first, which is LIFO.", 0,
       "A queue processes elements in order, which is the LIFO principle."),
    mc("mmlu_like", "en", "What is the worst-case time complexity of binary search on a sorted array of $n$ elements?",
       ["$O(n)$", "$O(\\log n)$", "$O(n \\log n)$", "$O(1)$"], 1,
       "Each comparison halves the search range, so at most about $\\log_2 n$ steps are needed.", 0,
       "In the worst case we may have to look at every element, which is linear time."),
    mc("arc_like", "en", "The process in which a solid changes directly into a gas is called",
       ["condensation", "sublimation", "evaporation", "deposition"], 1,
       "Sublimation is the phase change from solid directly to gas, as with dry ice.", 3,
       "Deposition describes a direct change between the solid and gas phases, so it fits."),
    mc("mmlu_like", "en", "Which amendment to the U.S. Constitution abolished slavery?",
       ["The First Amendment", "The Fifth Amendment", "The Thirteenth Amendment", "The Nineteenth Amendment"], 2,
       "The Thirteenth Amendment, ratified in 1865, abolished slavery.", 3,
       "The Nineteenth Amendment extended rights after the Civil War, including ending slavery."),
    mc("mmlu_like", "en", "Which of the following is NOT a noble gas?", ["Helium", "Neon", "Argon", "Nitrogen"], 3,
       "Helium, neon and argon are in group 18; nitrogen is in group 15.", 2,
       "Argon is reactive enough to form compounds easily, so it is not a noble gas."),
    mc("gpqa_like", "en", "A sample of a radioactive isotope has a half-life of 8 days. What fraction of the original "
       "sample remains after 24 days?", ["1/3", "1/4", "1/8", "1/16"], 2,
       "24 days is three half-lives, so the remaining fraction is $(1/2)^3 = 1/8$.", 0,
       "24 days is three times the half-life, so one third of the sample remains."),
    mc("mmlu_like", "en", "Which logical fallacy attacks the person making an argument rather than the argument "
       "itself?", ["Straw man", "Ad hominem", "Slippery slope", "Red herring"], 1,
       "Ad hominem means 'to the person': it targets the arguer instead of the claim.", 0,
       "A straw man misrepresents the person, which is the same as attacking them."),
    mc("arc_like", "en", "Which layer of Earth's atmosphere contains most of the ozone layer?",
       ["Troposphere", "Stratosphere", "Mesosphere", "Thermosphere"], 1,
       "The ozone layer lies mainly in the lower stratosphere, about 15-35 km up.", 0,
       "The troposphere is where most gases are, so the ozone must be there as well."),
    mc("mmlu_like", "en", "In a perfectly competitive market, individual firms are best described as",
       ["price makers", "price takers", "monopolists", "oligopolists"], 1,
       "Each firm is too small to influence the market price, so it takes the price as given.", 0,
       "Each firm sets its own price to maximize profit, so firms are price makers."),
    mc("arc_like", "en", "Which of the following is a renewable energy source?", ["Coal", "Natural gas", "Wind", "Oil"],
       2, "Wind is replenished naturally; coal, gas and oil are fossil fuels.", 1,
       "Natural gas is cleaner than coal and oil, which makes it the renewable option."),
    mc("mmlu_like", "en", "What is the median of the data set 3, 9, 4, 7, 12?", ["4", "7", "8", "9"], 1,
       "Sorted, the data are 3, 4, 7, 9, 12; the middle value is 7.", 0,
       "The middle entry of the list 3, 9, 4, 7, 12 is the third one, which is 4."),
    mc("gpqa_like", "en", "Which quantity is conserved in a perfectly inelastic collision between two carts on a "
       "frictionless track?", ["Kinetic energy only", "Momentum only", "Both momentum and kinetic energy",
                               "Neither momentum nor kinetic energy"], 1,
       "Momentum is conserved in every collision with no external force; kinetic energy is lost when the carts stick.",
       2, "With no friction nothing is lost, so both momentum and kinetic energy are conserved."),
    mc("mmlu_like", "en", "Which country gifted the Statue of Liberty to the United States?",
       ["United Kingdom", "France", "Spain", "Italy"], 1,
       "The statue was a gift from the people of France, dedicated in 1886.", 0,
       "The United Kingdom had the closest ties to the U.S., so it gave the statue."),
    mc("arc_like", "en", "What is the pH of pure water at 25 °C?", ["0", "1", "7", "14"], 2,
       "Pure water is neutral, and neutral pH at 25 °C is 7.", 3,
       "Water has the maximum pH because it is not an acid."),
    mc("mmlu_like", "en", "Newton's second law of motion is usually written as", ["$F = ma$", "$E = mc^2$",
                                                                               "$V = IR$", "$PV = nRT$"], 0,
       "The second law relates net force, mass and acceleration: $F = ma$.", 1,
       "The most famous equation in physics, $E = mc^2$, is Newton's second law."),
    mc("gpqa_like", "en", "A gene has two alleles, B (dominant) and b (recessive). Two heterozygous parents (Bb x Bb) "
       "have a child. What is the probability that the child shows the recessive phenotype?",
       ["0", "1/4", "1/2", "3/4"], 1,
       "The Punnett square gives BB, Bb, bB, bb; only bb (1 of 4) shows the recessive phenotype.", 3,
       "Three of the four combinations contain a b allele, so the probability is 3/4."),
    mc("cmmlu_like", "zh", "中华人民共和国的首都是哪座城市？", ["上海", "北京", "广州", "南京"], 1,
       "中华人民共和国的首都是北京。", 0, "上海是中国最大的城市，所以是首都。"),
    mc("cmmlu_like", "zh", "《红楼梦》的作者是", ["罗贯中", "施耐庵", "曹雪芹", "吴承恩"], 2,
       "《红楼梦》的作者是清代的曹雪芹。", 0, "罗贯中是四大名著的作者之一，《红楼梦》也是他写的。"),
    mc("ceval_like", "zh", "植物细胞中进行光合作用的主要场所是", ["线粒体", "叶绿体", "细胞核", "液泡"], 1,
       "叶绿体含有叶绿素，是光合作用的场所。", 0, "线粒体是能量工厂，光合作用也在线粒体中进行。"),
    mc("cmmlu_like", "zh", "下列数中，哪一个是质数？", ["21", "27", "31", "35"], 2,
       "21=3×7，27=3×9，35=5×7，只有31只能被1和它本身整除。", 3, "35只有5这个因数以外没有别的因数，是质数。"),
    mc("cmmlu_like", "zh", "诗句“床前明月光，疑是地上霜”的作者是", ["杜甫", "李白", "白居易", "王维"], 1,
       "这两句出自李白的《静夜思》。", 0, "这首诗风格沉郁，应是杜甫所作。"),
    mc("ceval_like", "zh", "中华人民共和国成立于哪一年？", ["1945年", "1949年", "1950年", "1911年"], 1,
       "1949年10月1日中华人民共和国成立。", 0, "1945年抗日战争胜利，同年新中国成立。"),
    mc("cmmlu_like", "zh", "下列动物中，不属于哺乳动物的是", ["鲸", "蝙蝠", "企鹅", "海豚"], 2,
       "鲸、蝙蝠、海豚都是哺乳动物，企鹅是鸟类。", 1, "蝙蝠会飞，属于鸟类，不是哺乳动物。"),
    mc("ceval_like", "zh", "我国最长的河流是", ["黄河", "长江", "珠江", "黑龙江"], 1,
       "长江全长约6300千米，是我国第一长河。", 0, "黄河是中华民族的母亲河，所以最长。"),
    mc("ceval_like", "zh", "在市场经济中，当某商品的价格高于均衡价格时，通常会出现",
       ["供不应求", "供过于求", "供求平衡", "价格保持不变"], 1,
       "价格高于均衡价格时，供给量大于需求量，出现供过于求。", 0, "价格高说明东西抢手，所以供不应求。"),
    mc("cmmlu_like", "zh", "人体最大的器官是", ["肝脏", "皮肤", "心脏", "肺"], 1,
       "按面积和重量计，皮肤是人体最大的器官。", 0, "肝脏是人体最大的内脏器官，所以是最大的器官。"),
    mc("ceval_like", "zh", "牛顿第一定律又称为", ["惯性定律", "万有引力定律", "能量守恒定律", "欧姆定律"], 0,
       "牛顿第一定律描述物体保持静止或匀速直线运动的性质，即惯性定律。", 1,
       "牛顿最有名的是万有引力定律，第一定律就是它。"),
    mc("cmmlu_like", "zh", "中国古代“四大发明”不包括", ["造纸术", "印刷术", "指南针", "地动仪"], 3,
       "四大发明是造纸术、印刷术、指南针和火药，地动仪不在其中。", 2, "指南针是外国传入的，不属于四大发明。"),
    mc("ceval_like", "zh", "在北半球，一年中白昼最长的节气是", ["春分", "夏至", "秋分", "冬至"], 1,
       "夏至时太阳直射北回归线，北半球白昼最长。", 3, "冬至是“最长的一天”，所以白昼最长。"),
    mc("ceval_like", "zh", "化学元素符号 Fe 表示的元素是", ["铜", "铁", "锌", "铝"], 1,
       "Fe 来自拉丁文 ferrum，表示铁。", 0, "Fe 和铜的拉丁名相近，表示铜。"),
]


def mc_computed(rng: random.Random) -> dict:
    """A computed MC item (arithmetic, conversions) with numeric distractors."""
    kind = rng.randrange(4)
    if kind == 0:
        p, n = rng.choice([15, 20, 35, 45, 60]), rng.choice([120, 240, 360, 80, 60])
        v = p * n // 100
        if p * n % 100:
            return mc_computed(rng)
        opts = [str(v), str(v * 10), str(n - v), str(v + p)]
        return mc("mmlu_like", "en", f"What is {p}% of {n}?", opts, 0,
                  f"{p}% of {n} is {p}/100 x {n} = {v}.", 2, f"{p}% off {n} leaves {n - v}, so the answer is {n - v}.")
    if kind == 1:
        km = rng.choice([Fraction(5, 2), Fraction(3, 4), Fraction(6, 5), Fraction(7, 2)])
        m = int(km * 1000)
        opts = [f"{m // 10} m", f"{m} m", f"{m * 10} m", f"{m * 100} m"]
        return mc("mmlu_like", "en", f"How many meters are in {dec(km)} kilometers?", opts, 1,
                  f"1 km = 1000 m, so {dec(km)} km = {m} m.", 2, f"1 km = 10,000 m, so {dec(km)} km = {m * 10} m.")
    if kind == 2:
        a, x = rng.randint(2, 9), rng.randint(2, 12)
        b = rng.randint(1, 20)
        c = a * x + b
        opts = [str(x), str(x + 1), str(c - b + a), str(Fraction(c + b, a)) if (c + b) % a == 0 else str(x + 2)]
        if len(set(opts)) < 4:
            return mc_computed(rng)
        return mc("math_mc_like", "en", f"If ${a}x + {b} = {c}$, what is the value of $x$?", opts, 0,
                  f"${a}x = {c} - {b} = {c - b}$, so $x = {x}$.", 1,
                  f"${a}x = {c} - {b} = {c - b + a}$... so $x = {x + 1}$.")
    a, b = rng.randint(12, 48), rng.randint(12, 48)
    opts = [str(a * b), str(a * b + 10), str(a * b - 10), str(a * b + 100)]
    return mc("cmmlu_like", "zh", f"计算：{a}×{b}=？", opts, 0, f"{a}×{b}={a * b}。", 1, f"{a}×{b}={a * b + 10}。")


LETTERS = "ABCDEFGHIJ"
ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def rand_token(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(5, 9)))


def mc_layout(rng: random.Random, it: dict, fmt: str, correct_pos: int | None = None) -> dict:
    """Render the options of ``it`` in format ``fmt``; returns the question text, the labels and the reference."""
    opts = list(it["opts"])
    ans_text, dis_text = opts[it["ans"]], opts[it["dis"]]
    if correct_pos is not None:
        opts.remove(ans_text)
        opts.insert(correct_pos, ans_text)
    elif rng.random() < 0.5:
        rng.shuffle(opts)
    randoms = []
    if fmt == "enh_random":
        for _ in range(rng.randint(1, 2)):
            tok = rand_token(rng)
            randoms.append(tok)
            opts.insert(rng.randint(0, len(opts)), tok)
        if correct_pos is not None:
            opts.remove(ans_text)
            opts.insert(correct_pos, ans_text)
    if fmt == "enh_drop":
        drop = [o for o in opts if o not in (ans_text, dis_text)]
        opts.remove(rng.choice(drop))
    if fmt == "roman":
        labels = ROMAN[: len(opts)]
    elif fmt == "arabic":
        labels = [str(i + 1) for i in range(len(opts))]
    else:
        labels = list(LETTERS[: len(opts)])
    zh = it["lang"] == "zh"
    if fmt == "lines":
        body = "\n".join(f"{lab}．{o}" if zh else f"{lab}. {o}" for lab, o in zip(labels, opts, strict=True))
        q = it["q"] + "\n" + body
    else:
        q = it["q"] + "\nAnswer Choices: " + " ".join(f"({lab}) {o}" for lab, o in zip(labels, opts, strict=False))
    ds = it["ds"]
    if fmt in ("roman", "arabic", "enh_random", "enh_drop"):
        ds = ds.replace("_like", "_enh_like") if "_enh" not in ds else ds
    assert len(set(opts)) == len(opts), opts
    lab = dict(zip(opts, labels, strict=True))
    return dict(q=q, labels=labels, opts=opts, ref=lab[ans_text], ans_text=ans_text, dis=lab[dis_text],
                dis_text=dis_text, ds=ds, rand=[lab[r] for r in randoms], rand_text=randoms)


def mc_final(rng: random.Random, lang: str, lab: str, text: str, roman: bool = False) -> str:
    if lang == "en":
        pool = [f"The answer is ({lab}).", f"The answer is {lab}.", f"I would choose {lab}.",
                f"The best answer is {lab}.", f"Answer: {lab}", f"So the correct option is **{lab}**.",
                f"My answer is {lab}.", f"Therefore, the correct answer is option {lab}.",
                f"The correct choice is ({lab}) {text}.", f"I'd go with {lab}: {text}.",
                f"Final answer: {lab}", f"The answer should be {lab}."]
    else:
        pool = [f"故选{lab}。", f"答案是{lab}。", f"所以正确选项为{lab}。", f"选{lab}。", f"答案：{lab}",
                f"因此选择 {lab} 项。", f"正确答案为{lab}．{text}", f"The answer is {lab}."]
    if not roman:
        pool += [f"$\\boxed{{{lab}}}$", f"**Final Answer:** $\\boxed{{\\text{{({lab})}}}}$"]
    return rng.choice(pool)


def mc_analysis(rng: random.Random, lang: str, lay: dict, pick: str, why: str) -> list[str]:
    """Option-by-option analysis that endorses label ``pick``."""
    out = [Note("Let's go through the options." if lang == "en" else "逐项分析：")] if rng.random() < 0.6 else []
    for lab, o in zip(lay["labels"], lay["opts"], strict=False):
        if lab == pick:
            v = rng.choice(["Correct. ", "This one fits. ", ""]) + why if lang == "en" else "正确。" + why
        elif o in lay["rand_text"]:
            v = ("This is not a meaningful option." if lang == "en" else "这不是一个有意义的选项。")
        else:
            v = rng.choice(["Incorrect.", "This does not fit.", "No.", "Not right."]) if lang == "en" else \
                rng.choice(["错误。", "不符合题意。", "不对。"])
        out.append(Note(f"- ({lab}) {o}: {v}" if lang == "en" else f"- {lab}项（{o}）：{v}"))
    return out


ARTICLE_A = [
    "A careful reading of the question helps here.",
    "A common confusion is worth avoiding, so let me be careful.",
    "A quick way to check is to recall the basic definition.",
    "A good first step is to rule out options that are clearly wrong.",
    "A similar question often appears in introductory courses.",
]


def compose_mc(rng: random.Random, it: dict, lay: dict, trap: str, label: str) -> str:
    lang, en = it["lang"], it["lang"] == "en"
    roman = lay["labels"][0] in ("I", "1")
    ref, dis = lay["ref"], lay["dis"]
    good, wrong = (ref, lay["ans_text"], it["why"]), (dis, lay["dis_text"], it["dwhy"])
    pick = good if label == "Correct" else wrong
    think = rng.random() < 0.4

    stem = it["q"]
    intro = rng.choice([f"The question asks: {stem}", f"We need to determine the following. {stem}",
                        "Let me recall the relevant facts before looking at the options.",
                        f"Question restated: {stem}"] if en else
                       [f"题目问：{stem}", f"分析题干：{stem}", "先回忆相关知识，再逐项分析。"])
    pre = [Note(intro)] if rng.random() < 0.7 else []

    def rd(paras, fin, **kw):
        return render(rng, lang, pre + list(paras), fin, **kw)

    def body(p):
        if rng.random() < 0.7:
            return mc_analysis(rng, lang, lay, p[0], p[2])
        return [p[2]]

    def out(paras, fin):
        if rng.random() < 0.5:
            paras = list(paras) + [Note(rng.choice([
                f"Double-checking: option {pick[0]} ({pick[1]}) is the only choice consistent with this; the other "
                "options do not answer the question as asked.",
                f"Let me make sure I haven't misread the question. It asks: {it['q']} Yes, {pick[1]} fits.",
                f"To confirm, I re-read each option once more. {pick[2]}"] if en else [
                f"再检查一遍：只有{pick[0]}项（{pick[1]}）符合题意，其余选项都不符合。",
                f"确认一下题目问的是：{it['q']} 是的，{pick[1]}符合。"]))]
        if think:
            tb = [str(x) for x in pre + mc_analysis(rng, lang, lay, pick[0], pick[2])]
            if rng.random() < 0.5:
                for _ in range(rng.randint(2, 5)):
                    tb.append(rng.choice(["Let me reconsider the other options once more, just to be sure.",
                                          "Wait, could another option also work? Let me go through them again.",
                                          "Hmm, I want to be careful here; re-reading the options."] if en else
                                         ["再把其他选项过一遍，确认一下。",
                                          "等一下，会不会有别的选项也对？再看一遍。"]))
                    tb += [str(x) for x in mc_analysis(rng, lang, lay, pick[0], pick[2])]
            tail = f"So the answer should be {pick[0]}." if en else f"所以应该选{pick[0]}。"
            return rd(paras, fin, think=tb + [tail])
        return rd(paras, fin, style=rng.choice(["plain", "prose", "md"]))

    if trap in ("plain", "roman_labels", "arabic_labels", "enh_random_option", "enh_drop_option"):
        if trap == "enh_random_option" and label == "Incorrect":
            r = lay["rand"][0]
            return rd([], mc_final(rng, lang, r, lay["opts"][lay["labels"].index(r)], roman))
        return out(body(pick), mc_final(rng, lang, pick[0], pick[1], roman))
    if trap == "boxed":
        fmt = rng.choice(["$\\boxed{%s}$", "\\boxed{\\text{%s}}", "$\\boxed{(%s)}$", "\\boxed{%s}"])
        return out(body(pick), fmt % pick[0])
    if trap == "option_text_only":
        fin = rng.choice([f"The answer is {pick[1]}.", f"So the correct answer is: {pick[1]}", f"Answer: {pick[1]}",
                          f"Therefore the answer must be **{pick[1]}**."] if en else
                         [f"答案是{pick[1]}。", f"所以正确答案是“{pick[1]}”。", f"故答案为{pick[1]}。"])
        return out([pick[2]], fin)
    if trap == "wrong_option_text":
        fin = rng.choice([f"The answer is {wrong[1]}.", f"So the correct answer is: {wrong[1]}"] if en else
                         [f"答案是{wrong[1]}。", f"所以正确答案是“{wrong[1]}”。"])
        return rd([wrong[2]], fin)
    if trap == "label_in_sentence":
        lab, text, why = pick
        fin = rng.choice([f"Among the choices, ({lab}) {text} is the one that fits, since the others do not match.",
                          f"Looking at the options again, option {lab} is clearly the intended one.",
                          f"This is exactly what choice {lab} says, so {lab} is the option I pick."] if en else
                         [f"综合以上分析，{lab}项符合题意。", f"因此，本题应选择选项{lab}（{text}）。"])
        return rd([why], fin)
    if trap == "stray_A":
        art = [Note(t) for t in rng.sample(ARTICLE_A, 2)]
        if label == "Correct":
            return rd(art + [good[2]], mc_final(rng, lang, ref, lay["ans_text"], roman))
        if rng.random() < 0.5:
            return rd(art + [wrong[2]], mc_final(rng, lang, dis, lay["dis_text"], roman))
        return rd(art, "")
    if trap == "multiple_answers":
        a, b = (ref, dis) if rng.random() < 0.5 else (dis, ref)
        fin = rng.choice([f"The answer is {a} and {b}.", f"Both {a} and {b} are correct.",
                          f"The correct options are ({a}) and ({b})."] if en else
                         [f"答案是{a}和{b}。", f"故选{a}{b}。", f"{a}、{b}两项都正确。"])
        return rd([good[2]], fin)
    if trap == "hedged":
        a, b = (ref, dis) if rng.random() < 0.5 else (dis, ref)
        fin = rng.choice([f"I'm torn between {a} and {b}, so the answer is {a} or {b}.",
                          f"The answer is either ({a}) or ({b}).",
                          f"It could be {a}, but {b} is also possible."] if en else
                         [f"答案可能是{a}，也可能是{b}。", f"选{a}或{b}。"])
        return rd([good[2], wrong[2]], fin)
    if trap == "self_correction":
        first, second = (wrong, good) if label == "Correct" else (good, wrong)
        w = wait_en(rng) if en else wait_zh(rng)
        paras = [first[2], Note(f"So the answer is {first[0]}." if en else f"所以选{first[0]}。"),
                 Note(w + (f"let me reconsider option {second[0]}." if en else f"再看{second[0]}项。")), second[2]]
        return rd(paras, mc_final(rng, lang, second[0], second[1], roman))
    if trap == "rejected_value":
        first, second = (wrong, good) if label == "Correct" else (good, wrong)
        note = Note(f"Option {first[0]} ({first[1]}) might look right at first, but I don't think it is." if en else
                    f"{first[0]}项（{first[1]}）看起来像是对的，但其实不对。")
        return rd([note, second[2]], mc_final(rng, lang, second[0], second[1], roman))
    if trap == "truncated":
        paras = mc_analysis(rng, lang, lay, ref, it["why"])
        text = rd(paras, "", style="plain")
        key = f"({ref}) {lay['ans_text']}:" if en else f"{ref}项（{lay['ans_text']}）："
        i = text.find(key)
        if i == -1:
            return cut_before(text, it["why"][:10], rng)
        return text[: i + len(key)] + rng.choice([" This", " Let me think", "", " Hmm,"] if en else ["", " 这"])
    if trap == "no_answer":
        return rng.choice([refusal(rng, lang), rd([Note(
            "None of the options seems to be exactly right, so I cannot choose one." if en else
            "几个选项似乎都不完全正确，无法选择。")], "")])
    if trap == "fewshot_recital":
        qa = ("Question: " if en else "问题：") + lay["q"] + ("\nAnswer:" if en else "\n回答：")
        animals = ["Shark", "Frog", "Trout", "Eagle"] if en else ["鲨鱼", "青蛙", "鳟鱼", "老鹰"]
        k = LETTERS.index(ref) if label == "Incorrect" else rng.choice([i for i in range(4) if LETTERS[i] != ref])
        animals[k] = "Dolphin" if en else "海豚"
        if en:
            ex = ("Question: Which of the following is a mammal?\nAnswer Choices: "
                  + " ".join(f"({lab}) {o}" for lab, o in zip(LETTERS, animals, strict=False))
                  + f"\nAnswer: Dolphins are mammals. The answer is {LETTERS[k]}.")
        else:
            ex = ("问题：下列动物中属于哺乳动物的是\n"
                  + "\n".join(f"{lab}．{o}" for lab, o in zip(LETTERS, animals, strict=False))
                  + f"\n回答：海豚是哺乳动物。答案是{LETTERS[k]}。")
        if label == "Correct":
            return ex + "\n\n" + qa + " " + good[2] + " " + mc_final(rng, lang, ref, lay["ans_text"])
        return ex + "\n\n" + qa
    if trap == "think_mismatch":
        other = wrong if label == "Correct" else good
        tb = [str(x) for x in body(other)]
        tb.append(f"So the answer should be {other[0]}." if en else f"所以应该选{other[0]}。")
        return rd([pick[2]], mc_final(rng, lang, pick[0], pick[1], roman), think=tb)
    raise ValueError(f"unknown mc trap {trap}/{label}")
