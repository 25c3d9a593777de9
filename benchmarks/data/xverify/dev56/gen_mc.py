"""Multiple-choice cases: facts bank plus computed items, varied option layouts."""
from textcase import make_text_case

BANK_EN = [
    ("Which planet is the largest in the Solar System?", ["Jupiter", "Saturn", "Neptune", "Earth"]),
    ("What is the chemical symbol for sodium?", ["Na", "So", "Sd", "S"]),
    ("Which organelle is the main site of ATP synthesis in eukaryotic cells?", ["Mitochondrion", "Ribosome", "Golgi apparatus", "Lysosome"]),
    ("Who wrote 'Pride and Prejudice'?", ["Jane Austen", "Charlotte Brontë", "Mary Shelley", "George Eliot"]),
    ("What is the SI unit of electric resistance?", ["Ohm", "Volt", "Ampere", "Farad"]),
    ("Which gas makes up most of Earth's atmosphere by volume?", ["Nitrogen", "Oxygen", "Argon", "Carbon dioxide"]),
    ("In economics, a price ceiling set below equilibrium typically causes:", ["A shortage", "A surplus", "No change in quantity", "Higher equilibrium price"]),
    ("Which data structure uses LIFO ordering?", ["Stack", "Queue", "Heap", "Hash table"]),
    ("Which blood vessels carry blood away from the heart?", ["Arteries", "Veins", "Capillaries", "Lymph ducts"]),
    ("What is the hybridization of carbon in methane?", ["sp3", "sp2", "sp", "dsp2"]),
    ("Which particle mediates the electromagnetic force?", ["Photon", "Gluon", "W boson", "Graviton"]),
    ("The time complexity of binary search on a sorted array is:", ["O(log n)", "O(n)", "O(n log n)", "O(1)"]),
    ("Which of these is a noble gas?", ["Argon", "Chlorine", "Nitrogen", "Sodium"]),
    ("Which philosopher wrote 'Critique of Pure Reason'?", ["Immanuel Kant", "David Hume", "John Locke", "René Descartes"]),
    ("Which layer of the Earth is liquid?", ["Outer core", "Inner core", "Mantle", "Crust"]),
]
BANK_ZH = [
    ("我国古代四大发明不包括下列哪一项？", ["地动仪", "造纸术", "印刷术", "火药"]),
    ("下列物质中属于纯净物的是：", ["蒸馏水", "空气", "海水", "石灰石"]),
    ("光合作用的主要场所是：", ["叶绿体", "线粒体", "核糖体", "高尔基体"]),
    ("《红楼梦》的作者通常认为是：", ["曹雪芹", "罗贯中", "施耐庵", "吴承恩"]),
    ("下列哪个是二氧化碳的化学式？", ["CO₂", "CO", "C₂O", "H₂CO₃"]),
    ("牛顿第一定律又称为：", ["惯性定律", "作用力与反作用力定律", "万有引力定律", "能量守恒定律"]),
    ("我国面积最大的省级行政区是：", ["新疆", "西藏", "内蒙古", "青海"]),
    ("下列数中是质数的是：", ["97", "91", "87", "93"]),
]
LAYOUTS = ["Answer Choices: {opts}", "{lines}", "Options:\n{paren}", "{lines2}"]


def layout(rng, q, opts, zh):
    L = "ABCD"
    if zh:
        return q + "\n" + "\n".join("%s．%s" % (L[i], o) for i, o in enumerate(opts))
    k = rng.randrange(4)
    if k == 0:
        return q + " Answer Choices: " + " ".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 1:
        return q + "\n" + "\n".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 2:
        return q + "\nOptions:\n" + "\n".join("%s) %s" % (L[i], o) for i, o in enumerate(opts))
    return "Question: " + q + "\n" + "\n".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts)) + "\nAnswer with the letter."


def computed(rng):
    a, b = rng.randint(12, 40), rng.randint(3, 9)
    right = a * b
    opts = [str(right), str(right + b), str(right - a), str(right + 10)]
    return "A crate holds %d boxes and each box holds %d jars. How many jars are in the crate?" % (a, b), opts


def generate(rng, n, zh_n, labels):
    en = list(BANK_EN); zh = list(BANK_ZH)
    rng.shuffle(en); rng.shuffle(zh)
    out = []
    for i in range(n):
        isz = i < zh_n
        if isz:
            q, opts = zh[i % len(zh)]
        elif (i - zh_n) < len(en):
            q, opts = en[i - zh_n]
        else:
            q, opts = computed(rng)
        right = opts[0]
        order = list(opts)
        rng.shuffle(order)
        L = "ABCD"
        ri = order.index(right)
        letter = L[ri]
        wi = rng.choice([j for j in range(4) if j != ri])
        wj = rng.choice([j for j in range(4) if j not in (ri, wi)])
        text = layout(rng, q, order, isz)
        alts = ["%s. %s" % (letter, right), "(%s) %s" % (letter, right), "%s（%s）" % (letter, right) if isz else "%s, %s" % (letter, right)]
        wrongs = [L[wi], "%s" % L[wj]]
        if isz:
            steps = ["逐项分析：%s．%s——符合题意。" % (letter, right), "%s．%s——不符合。" % (L[wi], order[wi]), "%s．%s——同样不符合。" % (L[wj], order[wj])]
        else:
            steps = ["Option %s (%s) fits what the question describes." % (letter, right), "Option %s (%s) does not fit." % (L[wi], order[wi]),
                     "Option %s (%s) can be eliminated as well." % (L[wj], order[wj])]
        ds = "ceval_like" if isz else rng.choice(["mmlu_like", "mmlu_like", "gpqa_like"])
        out_s, trap = make_text_case(rng, isz, labels[i], text, letter, alts, wrongs, steps, "alphabet_option", ds, "mc", mc=True)
        out.append(dict(dataset=ds, kat="alphabet_option", q=text, out=out_s, ref=letter, label=labels[i], trap=trap))
    return out
