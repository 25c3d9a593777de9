"""Multiple-choice generators (MMLU / C-Eval / GPQA style), options in varied layouts."""
from common import T

BANK_EN = [
    ("Which planet in the Solar System has the shortest orbital period?", "Mercury", ["Venus", "Mars", "Earth"], "astronomy"),
    ("Which organelle is the main site of ATP production in eukaryotic cells?", "Mitochondrion", ["Golgi apparatus", "Ribosome", "Lysosome"], "biology"),
    ("What is the SI unit of electric capacitance?", "Farad", ["Henry", "Tesla", "Weber"], "physics"),
    ("Which element has the highest electronegativity on the Pauling scale?", "Fluorine", ["Oxygen", "Chlorine", "Nitrogen"], "chemistry"),
    ("In economics, a price ceiling set below the equilibrium price typically causes:", "A shortage", ["A surplus", "No change in quantity", "A rise in supply"], "economics"),
    ("Which data structure gives O(1) average-time lookup by key?", "Hash table", ["Linked list", "Binary heap", "Sorted array"], "computer science"),
    ("Which gas makes up the largest share of Earth's atmosphere by volume?", "Nitrogen", ["Oxygen", "Argon", "Carbon dioxide"], "earth science"),
    ("What is the time complexity of binary search on a sorted array of n elements?", "O(log n)", ["O(n)", "O(n log n)", "O(1)"], "computer science"),
    ("In a first-order reaction, the half-life:", "Is independent of initial concentration", ["Doubles as concentration doubles", "Halves as concentration doubles", "Depends on the square of concentration"], "chemistry"),
    ("Which blood vessels carry oxygen-poor blood from the heart to the lungs?", "Pulmonary arteries", ["Pulmonary veins", "Coronary arteries", "The aorta"], "anatomy"),
    ("Which logical fallacy attacks the person instead of the argument?", "Ad hominem", ["Straw man", "Begging the question", "False dilemma"], "philosophy"),
    ("A spin-1/2 particle measured along z can give how many distinct outcomes?", "2", ["1", "3", "4"], "physics"),
    ("Which enzyme unwinds the DNA double helix during replication?", "Helicase", ["Ligase", "Primase", "Topoisomerase IV only"], "biology"),
    ("In a perfectly competitive market in the long run, firms earn:", "Zero economic profit", ["Positive economic profit", "Negative accounting profit", "Monopoly rents"], "economics"),
]
BANK_ZH = [
    ("我国古代四大发明不包括下列哪一项？", "地动仪", ["造纸术", "印刷术", "指南针"], "历史"),
    ("下列哪种物质属于电解质？", "氯化钠", ["铜", "蔗糖", "酒精"], "化学"),
    ("光合作用的场所主要是：", "叶绿体", ["线粒体", "核糖体", "高尔基体"], "生物"),
    ("在国际单位制中，力的单位是：", "牛顿", ["焦耳", "瓦特", "帕斯卡"], "物理"),
    ("下列哪个是我国面积最大的省级行政区？", "新疆维吾尔自治区", ["西藏自治区", "内蒙古自治区", "青海省"], "地理"),
    ("《红楼梦》的作者通常被认为是：", "曹雪芹", ["吴承恩", "施耐庵", "罗贯中"], "语文"),
    ("下列哪种排序算法的平均时间复杂度为 O(n log n)？", "归并排序", ["冒泡排序", "插入排序", "选择排序"], "计算机"),
]
LET = "ABCD"


def layout(rng, lang, stem, opts):
    k = rng.randrange(4) if lang == "en" else rng.randrange(3)
    if lang == "zh":
        if k == 0:
            return stem + "\n" + "\n".join("%s．%s" % (LET[i], o) for i, o in enumerate(opts))
        if k == 1:
            return stem + "\n" + "  ".join("%s. %s" % (LET[i], o) for i, o in enumerate(opts))
        return "单选题：" + stem + "\n选项：\n" + "\n".join("(%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    if k == 0:
        return stem + "\nAnswer Choices: " + " ".join("(%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    if k == 1:
        return stem + "\n" + "\n".join("%s. %s" % (LET[i], o) for i, o in enumerate(opts))
    if k == 2:
        return "Question: " + stem + "\n" + "\n".join("%s) %s" % (LET[i], o) for i, o in enumerate(opts)) + "\nRespond with the letter of the correct option."
    return stem + "\nOptions:\n" + "\n".join("[%s] %s" % (LET[i], o) for i, o in enumerate(opts))


def mc_item(rng, lang, stem, right, wrongs, ds, subj, why):
    opts = [right] + list(wrongs)
    rng.shuffle(opts)
    ci = opts.index(right)
    L = LET[ci]
    q = layout(rng, lang, stem, opts)
    good = [L, "(%s)" % L, "%s. %s" % (L, right), T(lang, "Option %s" % L, "选项%s" % L), T(lang, "%s (%s)" % (L, right), "%s（%s）" % (L, right))]
    bad_i = [i for i in range(4) if i != ci]
    bad = [LET[i] for i in bad_i] + ["%s. %s" % (LET[bad_i[0]], opts[bad_i[0]])]
    steps = [T(lang, "This is a %s question. Let me go through the options one at a time." % subj, "这是一道%s题，逐个分析选项。" % subj)]
    for i, o in enumerate(opts):
        if i != ci:
            steps.append(T(lang, "Option %s, %s: this does not fit; it describes something else." % (LET[i], o), "选项%s「%s」：不符合题意。" % (LET[i], o)))
    steps.insert(rng.randrange(1, len(steps) + 1), T(lang, "Option %s, %s: %s" % (L, right, why), "选项%s「%s」：%s" % (L, right, why)))

    def concl(v):
        return T(lang, "So I'll go with %s." % v, "因此选 %s。" % v)
    return dict(q=q, good=good, bad=bad, steps=steps, concl=concl, ds=ds, mc=True, kat="alphabet_option")


def fact_mc(rng, lang, used):
    bank = BANK_ZH if lang == "zh" else BANK_EN
    cand = [b for b in bank if b[0] not in used]
    if not cand:
        return None
    stem, right, wrongs, subj = rng.choice(cand)
    used.add(stem)
    why = T(lang, "this matches the standard definition/fact I recall, and the other options can be ruled out.", "这与所学知识一致，其余选项可以排除。")
    return mc_item(rng, lang, stem, right, wrongs, T(lang, "mmlu_like", "ceval_like"), subj, why)


def calc_mc(rng, lang, used):
    kind = rng.choice(["prod", "gcd", "energy", "mol"])
    if kind == "prod":
        a, b = rng.randint(12, 99), rng.randint(12, 99)
        stem = T(lang, "What is %d × %d?" % (a, b), "%d × %d 等于多少？" % (a, b))
        r = a * b
        wr = [r + 10, r - a, r + b]
        why = T(lang, "%d × %d = %d × %d + %d × %d = %d." % (a, b, a, b - b % 10, a, b % 10, r), "%d × %d = %d。" % (a, b, r))
        subj = T(lang, "arithmetic", "数学")
    elif kind == "gcd":
        import math
        g = rng.randint(3, 30)
        a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
        r = math.gcd(a, b)
        stem = T(lang, "What is the greatest common divisor of %d and %d?" % (a, b), "%d 与 %d 的最大公约数是：" % (a, b))
        wr = [x for x in [r * 2, max(1, r // 2) if r // 2 != r else r + 1, r + 1, a - b if a - b > 0 and a - b != r else r + 3] if x != r]
        wr = list(dict.fromkeys(wr))[:3]
        why = T(lang, "the Euclidean algorithm ends at %d." % r, "辗转相除法得到 %d。" % r)
        subj = T(lang, "number theory", "数学")
    elif kind == "energy":
        m, v = rng.randint(2, 20), rng.randint(2, 15)
        r = m * v * v / 2
        fm = lambda x: ("%g J" % x)
        stem = T(lang, "A %d kg cart moves at %d m/s. What is its kinetic energy?" % (m, v), "质量为 %d kg 的小车以 %d m/s 运动，其动能为：" % (m, v))
        wr = [m * v * v, m * v / 2, m * v]
        why = T(lang, "KE = ½mv² = 0.5 × %d × %d = %g J." % (m, v * v, r), "动能 = ½mv² = %g J。" % r)
        r, wr = fm(r), [fm(x) for x in wr]
        subj = T(lang, "physics", "物理")
    else:
        mass = rng.choice([18, 36, 54, 90, 9, 27, 45])
        r = mass / 18
        stem = T(lang, "How many moles of water (molar mass 18 g/mol) are in %d g of water?" % mass, "%d g 水（摩尔质量 18 g/mol）的物质的量是：" % mass)
        wr = [mass * 18, r * 2, r + 1]
        why = T(lang, "%d / 18 = %g mol." % (mass, r), "%d ÷ 18 = %g mol。" % (mass, r))
        r, wr = "%g mol" % r, ["%g mol" % x for x in wr]
        subj = T(lang, "chemistry", "化学")
    if stem in used or len(set(map(str, wr + [r]))) < 4:
        return None
    used.add(stem)
    return mc_item(rng, lang, stem, str(r), [str(x) for x in wr], T(lang, rng.choice(["mmlu_like", "gpqa_like"]), "ceval_like"), subj, why)
