"""Multiple-choice, classification and short-answer items (en/zh)."""
MC_EN = [
    ("Which organelle is the main site of ATP production in eukaryotic cells?", ["Ribosome", "Mitochondrion", "Golgi apparatus", "Lysosome"], 1),
    ("Which gas makes up most of Earth's atmosphere by volume?", ["Oxygen", "Carbon dioxide", "Nitrogen", "Argon"], 2),
    ("What is the SI unit of electric resistance?", ["Volt", "Ohm", "Ampere", "Watt"], 1),
    ("Which of these is a noble gas?", ["Chlorine", "Neon", "Sodium", "Sulfur"], 1),
    ("In economics, a price ceiling set below equilibrium typically causes:", ["A surplus", "A shortage", "No change", "Deflation"], 1),
    ("Which planet has the shortest orbital period around the Sun?", ["Venus", "Mars", "Mercury", "Earth"], 2),
    ("The derivative of ln(x) is:", ["x", "1/x", "e^x", "ln(x)/x"], 1),
    ("Which data structure gives O(1) average-time lookup by key?", ["Linked list", "Binary heap", "Hash table", "Stack"], 2),
    ("Which particle carries no electric charge?", ["Proton", "Electron", "Neutron", "Positron"], 2),
    ("Photosynthesis mainly takes place in which organelle?", ["Chloroplast", "Nucleus", "Vacuole", "Centriole"], 0),
    ("Which logical fallacy attacks the person instead of the argument?", ["Straw man", "Ad hominem", "Red herring", "Slippery slope"], 1),
    ("What is the hybridization of carbon in methane?", ["sp", "sp2", "sp3", "sp3d"], 2),
    ("Which enzyme unwinds the DNA double helix during replication?", ["Ligase", "Primase", "Helicase", "Polymerase I"], 2),
    ("Which sorting algorithm has worst-case O(n log n) time?", ["Quicksort", "Merge sort", "Bubble sort", "Insertion sort"], 1),
]
MC_ZH = [
    ("下列哪种物质属于电解质？", ["铜", "蔗糖", "氯化钠", "酒精"], 2),
    ("我国古代四大发明不包括下列哪一项？", ["造纸术", "指南针", "火药", "地动仪"], 3),
    ("光在真空中的传播速度约为：", ["3×10^5 m/s", "3×10^8 m/s", "3×10^6 km/s", "340 m/s"], 1),
    ("下列哪个是质数？", ["21", "27", "29", "33"], 2),
    ("植物细胞特有而动物细胞没有的结构是：", ["细胞膜", "细胞壁", "线粒体", "细胞核"], 1),
    ("《红楼梦》的作者是：", ["吴承恩", "施耐庵", "曹雪芹", "罗贯中"], 2),
    ("下列哪项是可再生能源？", ["煤炭", "石油", "天然气", "风能"], 3),
]


def layout(rng, lang, q, opts):
    L = "ABCDEFG"
    k = rng.randint(0, 3) if lang == "en" else rng.randint(3, 4)
    if k == 0:
        return q + " Answer Choices: " + " ".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 1:
        return q + "\n" + "\n".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 2:
        return q + "\nOptions:\n" + "\n".join("%s) %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 3:
        return q + "\n" + "\n".join("%s．%s" % (L[i], o) for i, o in enumerate(opts))
    return q + "\n" + "  ".join("%s．%s" % (L[i], o) for i, o in enumerate(opts))


def mc_item(rng, lang, idx, ok_mode):
    bank = MC_EN if lang == "en" else MC_ZH
    q, opts, ans = bank[idx % len(bank)]
    opts = list(opts); correct = opts[ans]; rng.shuffle(opts)
    ai = opts.index(correct); wi = rng.choice([i for i in range(len(opts)) if i != ai])
    L = "ABCD"
    question = layout(rng, lang, q, opts)
    en = lang == "en"
    steps_ok = [("Option %s, %s: doesn't fit." if en else "选项%s「%s」不符合。") % (L[i], opts[i]) for i in range(len(opts)) if i != ai]
    steps_ok.append(("Option %s, %s: this matches what I know." if en else "选项%s「%s」符合题意。") % (L[ai], opts[ai]))
    steps_bad = [("I'm drawn to %s (%s)." if en else "我倾向于%s（%s）。") % (L[wi], opts[wi])]
    form = rng.choice(["letter", "paren", "text", "lettertext"])
    disp = {"letter": L[ai], "paren": "(%s)" % L[ai], "text": opts[ai], "lettertext": "%s. %s" % (L[ai], opts[ai])}[form]
    bdisp = {"letter": L[wi], "paren": "(%s)" % L[wi], "text": opts[wi], "lettertext": "%s. %s" % (L[wi], opts[wi])}[form]
    return question, L[ai], steps_ok, disp, steps_bad, bdisp, "mc_answer_as_" + form


NAMES = ["Halvard Quist", "Renata Osei", "Ilya Brandt", "Mirela Costa", "Jun Takeda", "Ama Boateng", "Piet Vanlaar", "Noor Haddad"]
TOWNS = ["Lindmoor", "Carrowfield", "Vessel Bay", "Orinth", "Talsby", "Greywick"]


def nli(rng, lang):
    n, t1, t2 = rng.choice(NAMES), *rng.sample(TOWNS, 2)
    yr = rng.randint(1995, 2021)
    lab = rng.choice(["entailment", "neutral", "contradiction"])
    prem = "%s moved her pottery studio from %s to %s in %d, where it still operates." % (n, t1, t2, yr)
    hyp = {"entailment": "%s's studio is currently located in %s." % (n, t2),
           "neutral": "%s's studio sells more bowls than vases." % n,
           "contradiction": "%s's studio has never left %s." % (n, t1)}[lab]
    zh = {"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}
    if lang == "zh":
        prem = "%s于%d年把陶艺工作室从%s搬到了%s，至今仍在那里营业。" % (n, yr, t1, t2)
        hyp = {"entailment": "%s的工作室目前位于%s。" % (n, t2), "neutral": "%s的工作室卖出的碗比花瓶多。" % n,
               "contradiction": "%s的工作室从未离开过%s。" % (n, t1)}[lab]
        q = "前提：%s\n假设：%s\n判断两者关系，从“蕴含”“中立”“矛盾”中选择一个。" % (prem, hyp)
        return q, zh[lab], [zh[x] for x in zh if x != lab], "nli"
    q = "Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer entailment, neutral, or contradiction." % (prem, hyp)
    return q, lab, [x for x in zh if x != lab], "nli"


REVIEWS = [("The battery died after two days and support never replied.", "negative"), ("Arrived early, fits perfectly, and the stitching is solid.", "positive"),
           ("Honestly the best ramen I've had outside Sapporo.", "positive"), ("The plot dragged and the ending made no sense.", "negative"),
           ("Setup took five minutes and it has worked flawlessly since.", "positive"), ("Paint peeled within a week; I want a refund.", "negative")]
REVIEWS_ZH = [("物流很快，质量也不错，会回购。", "正面"), ("用了三天就坏了，客服也不理人。", "负面"), ("剧情拖沓，结尾莫名其妙。", "负面"), ("味道很正宗，分量也足。", "正面")]


def sentiment(rng, lang, i):
    if lang == "zh":
        t, lab = REVIEWS_ZH[i % len(REVIEWS_ZH)]
        return "评论：“%s”\n请判断情感倾向（正面/负面）。" % t, lab, ["负面" if lab == "正面" else "正面"], "sentiment"
    t, lab = REVIEWS[i % len(REVIEWS)]
    return "Review: \"%s\"\nClassify the sentiment as positive or negative." % t, lab, ["negative" if lab == "positive" else "positive"], "sentiment"


def truefalse(rng, lang):
    a, b = rng.randint(12, 99), rng.randint(12, 99); claim = a * b + rng.choice([0, 0, 1, -1, 10])
    lab = "True" if claim == a * b else "False"
    if lang == "zh":
        lab = "正确" if claim == a * b else "错误"
        return "判断正误：%d×%d=%d。回答“正确”或“错误”。" % (a, b, claim), lab, ["错误" if lab == "正确" else "正确"], "true_false_arith"
    return "True or false: %d x %d = %d. Answer True or False." % (a, b, claim), lab, ["False" if lab == "True" else "True"], "true_false_arith"


def yesno(rng, lang):
    n = rng.randint(20, 400); lab = "yes" if n % 7 == 0 else "no"
    if rng.random() < .5:
        n = 7 * rng.randint(3, 57); lab = "yes"
    return "Is %d divisible by 7? Answer yes or no." % n, lab, ["no" if lab == "yes" else "yes"], "yes_no_divisibility"


TOPICS = [("The central bank raised its benchmark rate by half a point on Thursday.", "business"), ("The striker scored twice in stoppage time to clinch the cup.", "sports"),
          ("Researchers unveiled a chip that cuts inference power by a third.", "technology"), ("The senate passed the budget bill after a late-night session.", "politics")]


def topic(rng, lang, i):
    t, lab = TOPICS[i % len(TOPICS)]
    return "Headline: %s\nTopic (business, sports, technology, politics)?" % t, lab, [x for _, x in TOPICS if x != lab], "topic"
