"""Multiple-choice items (MMLU / C-Eval / GPQA style)."""
EN_FACTS = [
    ("Which planet has the shortest orbital period around the Sun?", "Mercury", ["Venus", "Mars", "Earth"], "Mercury is the innermost planet, so by Kepler's third law it has the shortest year, about 88 days."),
    ("Which organelle is the main site of ATP production in eukaryotic cells?", "Mitochondrion", ["Golgi apparatus", "Ribosome", "Lysosome"], "Oxidative phosphorylation happens on the inner mitochondrial membrane."),
    ("What is the SI unit of electrical resistance?", "Ohm", ["Farad", "Henry", "Tesla"], "Resistance is volts per ampere, named the ohm."),
    ("Which gas makes up the largest share of Earth's atmosphere by volume?", "Nitrogen", ["Oxygen", "Argon", "Carbon dioxide"], "Nitrogen is about 78% of dry air."),
    ("In economics, a price ceiling set below the equilibrium price typically causes", "a shortage", ["a surplus", "no change in quantity traded", "an increase in supply"], "Quantity demanded exceeds quantity supplied at the capped price."),
    ("Which data structure gives O(1) average-time lookup by key?", "Hash table", ["Linked list", "Binary heap", "Sorted array"], "Hashing maps keys to buckets directly; sorted arrays need O(log n)."),
    ("Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", ["Charlotte Brontë", "George Eliot", "Mary Shelley"], "It was published in 1813 by Jane Austen."),
    ("What is the hybridization of carbon in methane?", "sp3", ["sp", "sp2", "dsp2"], "Four equivalent sigma bonds in a tetrahedral arrangement means sp3."),
    ("Which amendment to the US Constitution abolished slavery?", "Thirteenth", ["First", "Fifth", "Nineteenth"], "The 13th Amendment was ratified in 1865."),
    ("A photon's energy is proportional to its", "frequency", ["wavelength", "speed", "amplitude"], "E = hf, so energy scales with frequency and inversely with wavelength."),
]
ZH_FACTS = [
    ("下列哪位是《红楼梦》的作者？", "曹雪芹", ["罗贯中", "施耐庵", "吴承恩"], "《红楼梦》前八十回作者为曹雪芹。"),
    ("光合作用主要在植物细胞的哪种结构中进行？", "叶绿体", ["线粒体", "核糖体", "液泡"], "叶绿体含有叶绿素，是光合作用的场所。"),
    ("我国最长的河流是", "长江", ["黄河", "珠江", "黑龙江"], "长江全长约6300千米，为我国第一长河。"),
    ("下列物质中属于纯净物的是", "蒸馏水", ["空气", "海水", "石灰石"], "蒸馏水只含一种物质 H₂O。"),
    ("牛顿第一定律又称为", "惯性定律", ["万有引力定律", "作用力与反作用力定律", "能量守恒定律"], "物体保持静止或匀速直线运动状态的性质叫惯性。"),
    ("二氧化碳的化学式是", "CO₂", ["CO", "C₂O", "H₂CO₃"], "一个碳原子和两个氧原子。"),
]
L = "ABCD"

def layout(rng, q, opts, lang):
    k = rng.randrange(4)
    if lang == "zh":
        return q + "\n" + "\n".join("%s．%s" % (L[i], o) for i, o in enumerate(opts)) if k < 2 else q + "\n" + "  ".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 0:
        return q + " Answer Choices: " + " ".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 1:
        return q + "\n" + "\n".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 2:
        return q + "\n" + "\n".join("%s) %s" % (L[i], o) for i, o in enumerate(opts))
    return "Question: " + q + "\nOptions:\n" + "\n".join("(%s) %s" % (L[i].lower(), o) for i, o in enumerate(opts)) + "\nRespond with the letter."

def mc_item(rng, lang, idx):
    bank = ZH_FACTS if lang == "zh" else EN_FACTS
    if idx % 3 == 2:
        # computed item
        a, b = rng.randint(12, 40), rng.randint(3, 9)
        right = str(a * b); dis = [str(a * b + b), str(a * b - a), str(a * (b + 1) + 1)]
        q = ("%d × %d 的值是" % (a, b)) if lang == "zh" else ("What is %d × %d?" % (a, b))
        why = ("%d×%d=%d×%d+%d×%d=%s。" % (a, b, a - a % 10, b, a % 10, b, right)) if lang == "zh" else ("%d × %d = %d×%d + %d×%d = %s." % (a, b, a - a % 10, b, a % 10, b, right))
    else:
        q, right, dis, why = bank[(idx // 3 * 2 + idx % 3) % len(bank)]
        dis = list(dis)
    opts = dis[:3] + [right]; rng.shuffle(opts)
    ci = opts.index(right); wi = rng.choice([i for i in range(4) if i != ci])
    qq = layout(rng, q, opts, lang)
    zh = lang == "zh"
    def ana(i):
        return ("选项%s：%s。" % (L[i], opts[i])) if zh else ("Option %s: %s." % (L[i], opts[i]))
    ok = [ana(i) + ((" 正确。" + why) if i == ci else (" 不符合。" if zh else " Doesn't fit.")) for i in range(4)]
    bd = [ana(i) + ((" 看起来最合适。" if zh else " This looks like the best match.") if i == wi else (" 排除。" if zh else " Rule out.")) for i in range(4)]
    if zh:
        alt = ["故选%s" % L[ci], "%s．%s" % (L[ci], opts[ci]), "选 %s" % L[ci]]
        ref = L[ci]; wrong = L[wi]
    else:
        alt = ["(%s)" % L[ci], "%s. %s" % (L[ci], opts[ci]), "option %s (%s)" % (L[ci], opts[ci])]
        ref = L[ci]; wrong = "%s (%s)" % (L[wi], opts[wi])
    return dict(q=qq, steps_ok=ok, steps_bad=bd, ref=ref, alt=alt, wrong=wrong)
