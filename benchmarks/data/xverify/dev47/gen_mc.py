"""Multiple-choice items (MMLU / C-Eval / GPQA style)."""
from common import render

L = "ABCDEFGH"
BANK_EN = [
    ("Which organelle is the main site of ATP production in eukaryotic cells?",
     ["Golgi apparatus", "Mitochondrion", "Lysosome", "Ribosome"], 1, "Oxidative phosphorylation happens on the inner mitochondrial membrane."),
    ("Which gas makes up the largest share of Earth's atmosphere by volume?",
     ["Oxygen", "Argon", "Nitrogen", "Carbon dioxide"], 2, "Nitrogen is about 78% of dry air."),
    ("In economics, a price ceiling set below the equilibrium price typically causes:",
     ["a surplus", "a shortage", "no change in quantity", "an increase in supply"], 1, "Quantity demanded exceeds quantity supplied at the capped price."),
    ("Which of these is a noble gas?", ["Chlorine", "Neon", "Sodium", "Sulfur"], 1, "Neon sits in group 18."),
    ("What type of bond holds the two strands of DNA together?",
     ["Ionic bonds", "Peptide bonds", "Hydrogen bonds", "Disulfide bonds"], 2, "Base pairs are joined by hydrogen bonds."),
    ("Which planet has the shortest orbital period around the Sun?",
     ["Venus", "Mercury", "Mars", "Earth"], 1, "Mercury is closest, about 88 days."),
    ("Which data structure gives O(1) average-time lookup by key?",
     ["Linked list", "Binary heap", "Hash table", "Sorted array"], 2, "Hashing maps keys directly to buckets."),
    ("Who wrote the novel 'Pride and Prejudice'?",
     ["Charlotte Bronte", "Jane Austen", "George Eliot", "Mary Shelley"], 1, "It was published by Jane Austen in 1813."),
    ("The process by which plants lose water vapour through their leaves is called:",
     ["transpiration", "respiration", "photolysis", "guttation"], 0, "Water vapour exits via stomata: transpiration."),
    ("Which logical fallacy attacks the person rather than the argument?",
     ["Straw man", "Ad hominem", "Slippery slope", "False dilemma"], 1, "Ad hominem targets the arguer."),
    ("In a first-order reaction, the half-life:",
     ["depends on initial concentration", "is independent of initial concentration", "doubles each half-life",
      "is zero"], 1, "t1/2 = ln2/k, no concentration term."),
    ("Which amendment to the US Constitution abolished slavery?",
     ["First", "Fifth", "Thirteenth", "Nineteenth"], 2, "The Thirteenth Amendment, ratified 1865."),
    ("Which of the following is NOT a primary colour of light in the RGB model?",
     ["Red", "Yellow", "Green", "Blue"], 1, "RGB is red, green, blue; yellow is a mix."),
    ("A spin-1/2 particle measured along z can give how many distinct outcomes?",
     ["1", "2", "3", "Infinitely many"], 1, "m_s = +1/2 or -1/2."),
    ("Which enzyme unwinds the DNA double helix during replication?",
     ["Ligase", "Primase", "Helicase", "Topoisomerase IV only"], 2, "Helicase separates the strands."),
    ("Which sorting algorithm has worst-case O(n log n) time?",
     ["Quicksort", "Merge sort", "Insertion sort", "Bubble sort"], 1, "Merge sort is n log n in every case."),
    ("In a perfectly competitive market in long-run equilibrium, firms earn:",
     ["positive economic profit", "zero economic profit", "negative accounting profit", "monopoly rent"], 1,
     "Entry drives economic profit to zero."),
    ("Which particle mediates the electromagnetic force?",
     ["Gluon", "W boson", "Photon", "Graviton"], 2, "The photon is the gauge boson of QED."),
    ("Which hybridisation does the carbon in methane have?", ["sp", "sp2", "sp3", "dsp2"], 2,
     "Four equivalent sigma bonds: sp3."),
    ("Which of these is the longest river in Africa?", ["Congo", "Niger", "Zambezi", "Nile"], 3, "The Nile, about 6,650 km."),
    ("In statistics, the median is preferred over the mean when the data are:",
     ["symmetric", "heavily skewed", "categorical with two levels", "perfectly uniform"], 1, "The median resists outliers."),
    ("Which protocol is used to translate domain names into IP addresses?", ["FTP", "DNS", "SMTP", "ARP"], 1,
     "DNS resolves names."),
    ("What is the SI unit of electrical resistance?", ["Volt", "Ampere", "Ohm", "Watt"], 2, "Resistance is measured in ohms."),
    ("Which of the following compounds is aromatic?", ["Cyclohexane", "Benzene", "Cyclobutadiene", "Hexene"], 1,
     "Benzene has 6 pi electrons in a planar ring (4n+2)."),
    ("Which vitamin is primarily synthesised in human skin on exposure to sunlight?",
     ["Vitamin A", "Vitamin C", "Vitamin D", "Vitamin K"], 2, "UVB converts 7-dehydrocholesterol to vitamin D3."),
    ("Which of the following best describes an exothermic reaction?",
     ["It absorbs heat from the surroundings", "It releases heat to the surroundings", "It has zero enthalpy change",
      "It only occurs at high temperature"], 1, "Exothermic means negative enthalpy change, heat released."),
    ("In Big-O terms, binary search on a sorted array of n elements takes:", ["O(n)", "O(log n)", "O(n log n)", "O(1)"],
     1, "Each comparison halves the search interval."),
    ("Which philosopher wrote 'Critique of Pure Reason'?", ["David Hume", "Immanuel Kant", "John Locke", "Rene Descartes"],
     1, "Kant published it in 1781."),
    ("The Krebs cycle takes place in which part of the cell?",
     ["Cytoplasm", "Mitochondrial matrix", "Nucleus", "Endoplasmic reticulum"], 1, "Citric acid cycle enzymes sit in the matrix."),
    ("Which blood type is considered the universal red-cell donor?", ["AB positive", "O negative", "A negative", "B positive"],
     1, "O negative red cells lack A, B and RhD antigens."),
    ("In a Keynesian model, an increase in the marginal propensity to consume makes the spending multiplier:",
     ["smaller", "larger", "equal to one", "negative"], 1, "Multiplier = 1/(1 - MPC), which rises with MPC."),
    ("Which layer of the atmosphere contains most of the ozone layer?",
     ["Troposphere", "Stratosphere", "Mesosphere", "Thermosphere"], 1, "Ozone peaks around 20-30 km, in the stratosphere."),
]
BANK_ZH = [
    ("下列哪个朝代建立了科举制度？", ["汉朝", "隋朝", "唐朝", "宋朝"], 1, "科举制度创立于隋朝。"),
    ("光合作用的主要场所是", ["线粒体", "叶绿体", "核糖体", "高尔基体"], 1, "光合作用发生在叶绿体中。"),
    ("下列属于可再生能源的是", ["煤炭", "石油", "太阳能", "天然气"], 2, "太阳能可再生。"),
    ("《红楼梦》的作者一般认为是", ["施耐庵", "罗贯中", "曹雪芹", "吴承恩"], 2, "前八十回作者为曹雪芹。"),
    ("在会计中，资产 = ", ["负债 + 所有者权益", "收入 - 费用", "负债 - 所有者权益", "利润 + 负债"], 0, "会计恒等式。"),
    ("下列元素中，金属活动性最强的是", ["铜", "铁", "钾", "银"], 2, "钾位于金属活动性顺序最前。"),
    ("我国面积最大的省级行政区是", ["西藏自治区", "青海省", "内蒙古自治区", "新疆维吾尔自治区"], 3, "新疆约166万平方千米。"),
    ("TCP 协议属于 OSI 模型的哪一层？", ["网络层", "传输层", "会话层", "数据链路层"], 1, "TCP 是传输层协议。"),
]
LAYOUTS = ["choices_paren", "lines_dot", "inline_colon", "lines_paren", "zh_fullwidth"]


def fmt_q(rng, q, opts, zh):
    lay = rng.choice(LAYOUTS[4:] if zh and rng.random() < 0.6 else LAYOUTS[:4])
    if lay == "choices_paren":
        return q + "\nAnswer Choices: " + " ".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts)), lay
    if lay == "lines_dot":
        return q + "\n" + "\n".join("%s. %s" % (L[i], o) for i, o in enumerate(opts)), lay
    if lay == "inline_colon":
        return q + "  " + "   ".join("%s: %s" % (L[i], o) for i, o in enumerate(opts)), lay
    if lay == "lines_paren":
        return q + "\n" + "\n".join("%s) %s" % (L[i], o) for i, o in enumerate(opts)), lay
    return q + "\n" + "\n".join("%s．%s" % (L[i], o) for i, o in enumerate(opts)), lay


def computed_items(rng):
    out = []
    m, v = rng.randint(2, 9), rng.randint(2, 8)
    ke = m * v * v / 2
    opts = [ke, m * v * v, m * v, ke / 2]
    out.append(("A %d kg cart moves at %d m/s. What is its kinetic energy?" % (m, v),
                ["%g J" % o for o in opts], 0, "KE = (1/2)mv^2 = 0.5 x %d x %d^2 = %g J." % (m, v, ke)))
    n = rng.randint(3, 9)
    opts = [n * (n - 3) // 2, n * (n - 1) // 2, n * (n - 3), n - 3]
    out.append(("How many diagonals does a convex polygon with %d sides have?" % (n + 5),
                [str((n + 5) * (n + 2) // 2), str((n + 5) * (n + 4) // 2), str((n + 5) * (n + 2)), str(n + 2)], 0,
                "Diagonals = n(n-3)/2 with n = %d." % (n + 5)))
    hl, t = rng.choice([2, 3, 5]), rng.choice([2, 3, 4])
    out.append(("A radioactive sample has a half-life of %d hours. What fraction remains after %d hours?" % (hl, hl * t),
                ["1/%d" % (2 ** t), "1/%d" % (2 * t), "1/%d" % (2 ** (t + 1)), "1/%d" % t], 0,
                "%d half-lives elapse, so (1/2)^%d = 1/%d." % (t, t, 2 ** t)))
    return out


def make_mc(rng, n_en, n_zh, want_correct_seq):
    items = []
    pool_en = BANK_EN + computed_items(rng)
    rng.shuffle(pool_en)
    pool_zh = list(BANK_ZH)
    rng.shuffle(pool_zh)
    seq = [(x, "en") for x in pool_en[:n_en]] + [(x, "zh") for x in pool_zh[:n_zh]]
    for idx, ((q, opts, ci, why), lang) in enumerate(seq):
        zh = lang == "zh"
        opts = list(opts)
        corr_text = opts[ci]
        perm = list(range(len(opts)))
        rng.shuffle(perm)
        opts = [opts[p] for p in perm]
        ci = opts.index(corr_text)
        qtext, lay = fmt_q(rng, q, opts, zh)
        wi = rng.choice([i for i in range(len(opts)) if i != ci])
        steps = [why]
        for i, o in enumerate(opts):
            if i != ci and rng.random() < 0.8:
                steps.append(("选项%s“%s”不符合题意，排除。" if zh else "Option %s (%s) doesn't fit, so I can rule it out.")
                             % (L[i], o))
        steps.insert(rng.randint(1, len(steps)), ("选项%s“%s”看起来最合理。" if zh else
                                                  "Option %s, %s, matches what I derived.") % (L[ci], corr_text))
        good = want_correct_seq[idx]
        style = rng.randrange(5)
        right = [L[ci], "(%s)" % L[ci], "%s. %s" % (L[ci], corr_text), "%s" % L[ci], "%s: %s" % (L[ci], corr_text)][style]
        wrong = [L[wi], "(%s)" % L[wi], "%s. %s" % (L[wi], opts[wi]), L[wi], "%s: %s" % (L[wi], opts[wi])][style]
        if good:
            mode = rng.choice(["correct", "correct", "self_corrected", "restated"])
            alt = corr_text if mode == "restated" else None
            if rng.random() < 0.15 and not zh:
                mode, right, alt = "correct", corr_text, None
                trap_pre = "option_text_only"
            else:
                trap_pre = mode
        else:
            mode = rng.choice(["wrong", "wrong", "hedge", "contradicts", "cutoff"])
            alt, trap_pre = None, mode
        rl = ("所以答案应选 {v}。" if zh else "So the answer should be {v}.")
        out, tag = render(rng, lang, qtext, steps, rl, right, mode, wrong=wrong, alt=alt, kind="mc")
        items.append(dict(dataset="ceval_like" if zh else rng.choice(["mmlu_like", "gpqa_like", "mmlu_pro_like"]),
                          key_answer_type="alphabet_option", question=qtext, llm_output=out,
                          correct_answer=L[ci], label="Correct" if good else "Incorrect", lang=lang,
                          trap="mc_%s|%s" % (trap_pre, tag)))
    return items
