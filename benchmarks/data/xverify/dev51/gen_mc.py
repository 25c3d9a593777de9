"""Multiple choice: knowledge items (MMLU / C-Eval / GPQA style) and math items turned into options."""
LET = "ABCD"

KNOW_EN = [
    ("Which gas makes up the largest share of Earth's atmosphere by volume?", ["Oxygen", "Nitrogen", "Argon", "Carbon dioxide"], 1,
     "Dry air is roughly 78% nitrogen, 21% oxygen, about 0.9% argon and a small trace of CO2."),
    ("Which organelle is the main site of ATP production in eukaryotic cells?", ["Ribosome", "Golgi apparatus", "Mitochondrion", "Lysosome"], 2,
     "Oxidative phosphorylation happens on the inner mitochondrial membrane, which produces most ATP."),
    ("In economics, a price ceiling set below the equilibrium price typically causes:", ["A surplus", "A shortage", "No change in quantity", "Higher producer surplus"], 1,
     "Below equilibrium, quantity demanded exceeds quantity supplied, so there is excess demand, i.e. a shortage."),
    ("What is the time complexity of binary search on a sorted array of n elements?", ["O(n)", "O(n log n)", "O(1)", "O(log n)"], 3,
     "Each comparison halves the remaining range, so the number of steps grows like log2 n."),
    ("Which particle mediates the electromagnetic force?", ["Gluon", "Photon", "W boson", "Graviton"], 1,
     "In quantum electrodynamics the exchange particle is the photon; gluons are for the strong force, W/Z for the weak."),
    ("Which of these elements is a noble gas?", ["Chlorine", "Sodium", "Neon", "Sulfur"], 2,
     "Group 18 contains He, Ne, Ar, Kr, Xe, Rn. Neon is in group 18."),
    ("Who proposed the theory of evolution by natural selection together with Alfred Russel Wallace?", ["Gregor Mendel", "Charles Darwin", "Jean-Baptiste Lamarck", "Louis Pasteur"], 1,
     "Darwin and Wallace's papers were presented jointly in 1858."),
    ("A reaction with negative ΔH and positive ΔS is:", ["Spontaneous at all temperatures", "Never spontaneous", "Spontaneous only at high T", "Spontaneous only at low T"], 0,
     "ΔG = ΔH − TΔS; with ΔH < 0 and ΔS > 0 both terms are negative, so ΔG < 0 for every T > 0."),
    ("Which data structure follows the last-in, first-out principle?", ["Queue", "Stack", "Heap", "Hash table"], 1,
     "A stack pushes and pops from the same end, so the last item in is the first out."),
    ("What is the SI unit of electrical resistance?", ["Volt", "Ampere", "Ohm", "Watt"], 2,
     "Resistance R = V/I is measured in ohms."),
    ("In a diploid organism, a cross between two heterozygotes (Aa × Aa) gives what fraction of homozygous recessive offspring?", ["1/2", "1/4", "3/4", "1/8"], 1,
     "The Punnett square gives AA, Aa, aA, aa, so aa is 1 of 4."),
    ("Which planet has the shortest orbital period around the Sun?", ["Venus", "Mars", "Mercury", "Earth"], 2,
     "Mercury is closest to the Sun and orbits in about 88 days."),
]
KNOW_ZH = [
    ("我国古代四大发明不包括下列哪一项？", ["造纸术", "指南针", "地动仪", "火药"], 2, "四大发明是造纸术、印刷术、指南针、火药，地动仪不在其中。"),
    ("下列物质中，属于纯净物的是：", ["空气", "蒸馏水", "海水", "石灰石"], 1, "空气、海水是混合物，石灰石主要成分是碳酸钙但含杂质，蒸馏水是纯净物。"),
    ("光合作用的主要场所是：", ["线粒体", "核糖体", "叶绿体", "高尔基体"], 2, "光合作用在叶绿体中进行，线粒体是呼吸作用的主要场所。"),
    ("“床前明月光”的作者是：", ["杜甫", "李白", "白居易", "王维"], 1, "这是李白的《静夜思》。"),
    ("下列函数中，在其定义域内是奇函数的是：", ["y = x^2", "y = cos x", "y = x^3", "y = |x|"], 2, "x^3 满足 f(−x) = −f(x)；x^2、cos x、|x| 都是偶函数。"),
    ("在标准大气压下，水的沸点是：", ["90 ℃", "100 ℃", "110 ℃", "120 ℃"], 1, "标准大气压下水的沸点为 100 ℃。"),
    ("下列哪个是我国面积最大的省级行政区？", ["内蒙古自治区", "西藏自治区", "新疆维吾尔自治区", "青海省"], 2, "新疆面积约 166 万平方千米，居全国第一。"),
    ("牛顿第一定律又称为：", ["惯性定律", "作用与反作用定律", "万有引力定律", "能量守恒定律"], 0, "牛顿第一定律即惯性定律。"),
    ("DNA 分子中与腺嘌呤（A）配对的碱基是：", ["鸟嘌呤（G）", "胞嘧啶（C）", "胸腺嘧啶（T）", "尿嘧啶（U）"], 2, "DNA 中 A 与 T 配对，G 与 C 配对；U 只在 RNA 中出现。"),
    ("下列选项中，属于可再生能源的是：", ["煤炭", "石油", "天然气", "风能"], 3, "风能可以持续获得，煤炭、石油、天然气都是化石能源，不可再生。"),
    ("秦始皇统一六国的时间是：", ["公元前 221 年", "公元前 206 年", "公元前 256 年", "公元 25 年"], 0, "秦于公元前 221 年完成统一。"),
    ("在计算机中，1 KB 等于：", ["1000 bit", "1024 Byte", "1024 bit", "1000 Byte"], 1, "按二进制计量，1 KB = 1024 字节（Byte）。"),
]


def layout(r, L, stem, opts):
    k = r.randrange(4)
    if L == "zh":
        k = r.choice([1, 3])
    if k == 0:
        return stem + "\nAnswer Choices: " + " ".join("(%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    if k == 1:
        sep = "．" if L == "zh" else ". "
        return stem + "\n" + "\n".join("%s%s%s" % (LET[i], sep, o) for i, o in enumerate(opts))
    if k == 2:
        return stem + "\n" + "\n".join("%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    return stem + "\n" + "  ".join("%s：%s" % (LET[i], o) if L == "zh" else "%s: %s" % (LET[i], o) for i, o in enumerate(opts))


def mc_case(r, L, stem, opts, ci, expl):
    """Returns (question, steps, ref, alts, wrongs)."""
    q = layout(r, L, stem, opts)
    ref = LET[ci]
    steps = []
    for i, o in enumerate(opts):
        if i == ci:
            continue
        steps.append(("Option %s (%s): this doesn't fit." if L == "en" else "选项%s（%s）：不符合。") % (LET[i], o))
    r.shuffle(steps)
    steps.insert(0, expl)
    steps.append(("That leaves option %s, %s, which matches the analysis." if L == "en" else "只剩选项%s“%s”，与分析一致。") % (ref, opts[ci]))
    alts = ["%s. %s" % (ref, opts[ci]) if L == "en" else "%s．%s" % (ref, opts[ci]), "(%s)" % ref, "%s) %s" % (ref, opts[ci])]
    wrongs = [LET[i] for i in range(4) if i != ci]
    return q, steps, ref, alts, wrongs


def know_items(r, L):
    bank = KNOW_EN if L == "en" else KNOW_ZH
    out = []
    for stem, opts, ci, expl in bank:
        perm = list(range(4))
        r.shuffle(perm)
        no = [opts[p] for p in perm]
        out.append((stem, no, perm.index(ci), expl))
    return out


def math_mc(r, L, gen):
    q, st, ref, alts, wrongs = gen(r, L)
    ws = []
    for w in wrongs:
        if w not in ws and w != ref:
            ws.append(w)
    if len(ws) < 3:
        return None
    opts = [ref] + ws[:3]
    r.shuffle(opts)
    ci = opts.index(ref)
    opts = ["$%s$" % o for o in opts]
    stem = q + ("\nChoose the correct option." if L == "en" else "\n请选出正确选项。")
    expl = "\n".join(st)
    return stem, opts, ci, expl
