"""Multiple-choice families: letter options (inline or lines), numbered options, Chinese options."""

EN_FACTS = [
    ("Which planet is commonly called the Red Planet?", ["Mars", "Venus", "Jupiter", "Mercury"], "its surface is rich in iron oxide, which gives it a reddish colour"),
    ("What is the chemical symbol for gold?", ["Au", "Ag", "Gd", "Go"], "the symbol comes from the Latin word aurum"),
    ("Which organelle is the main site of ATP production in eukaryotic cells?", ["Mitochondrion", "Ribosome", "Golgi apparatus", "Lysosome"], "cellular respiration's oxidative phosphorylation happens on its inner membrane"),
    ("Which gas do plants mainly take in for photosynthesis?", ["Carbon dioxide", "Oxygen", "Nitrogen", "Hydrogen"], "photosynthesis fixes carbon from CO2 into sugars"),
    ("Who wrote the novel \"Pride and Prejudice\"?", ["Jane Austen", "Charlotte Brontë", "Mary Shelley", "George Eliot"], "it was published in 1813 by Jane Austen"),
    ("Which is the largest ocean on Earth?", ["Pacific Ocean", "Atlantic Ocean", "Indian Ocean", "Arctic Ocean"], "it covers roughly a third of the planet's surface"),
    ("What is the freezing point of water at sea level on the Fahrenheit scale?", ["32°F", "0°F", "100°F", "212°F"], "0 °C corresponds to 32 °F"),
    ("Which element has atomic number 1?", ["Hydrogen", "Helium", "Lithium", "Carbon"], "it has a single proton"),
    ("What is the capital city of Australia?", ["Canberra", "Sydney", "Melbourne", "Perth"], "Canberra was purpose-built as the capital; Sydney is only the largest city"),
    ("Which blood cells carry oxygen around the body?", ["Red blood cells", "White blood cells", "Platelets", "Plasma cells"], "they contain haemoglobin"),
    ("Who developed the general theory of relativity?", ["Albert Einstein", "Isaac Newton", "Niels Bohr", "Max Planck"], "Einstein published it in 1915"),
    ("What is the longest bone in the human body?", ["Femur", "Tibia", "Humerus", "Fibula"], "the thigh bone is the longest"),
    ("In economics, what does GDP stand for?", ["Gross Domestic Product", "General Demand Price", "Gross Debt Percentage", "Global Development Plan"], "it measures the value of goods and services produced in a country"),
    ("How many sides does a hexagon have?", ["6", "5", "7", "8"], "the prefix hexa- means six"),
    ("On which continent is most of Egypt located?", ["Africa", "Asia", "Europe", "South America"], "only the Sinai Peninsula lies in Asia"),
    ("What is the process in which water vapour turns into liquid water called?", ["Condensation", "Evaporation", "Sublimation", "Melting"], "gas to liquid is condensation"),
    ("Which of these animals is a mammal?", ["Dolphin", "Shark", "Salmon", "Octopus"], "dolphins breathe air and nurse their young"),
    ("Who painted the Mona Lisa?", ["Leonardo da Vinci", "Michelangelo", "Raphael", "Donatello"], "Leonardo painted it in the early 1500s"),
    ("What is the SI unit of force?", ["Newton", "Joule", "Watt", "Pascal"], "1 N = 1 kg·m/s²"),
]
ZH_FACTS = [
    ("中国的首都是哪座城市？", ["北京", "上海", "广州", "南京"], "北京是中华人民共和国的首都"),
    ("水的化学式是什么？", ["H2O", "H2O2", "CO2", "O2"], "一个水分子由两个氢原子和一个氧原子构成"),
    ("《红楼梦》的作者是谁？", ["曹雪芹", "罗贯中", "施耐庵", "吴承恩"], "《红楼梦》前八十回由曹雪芹所著"),
    ("植物进行光合作用主要吸收哪种气体？", ["二氧化碳", "氧气", "氮气", "氢气"], "光合作用把二氧化碳和水转化为有机物"),
    ("地球上面积最大的大洋是哪个？", ["太平洋", "大西洋", "印度洋", "北冰洋"], "太平洋约占地球表面积的三分之一"),
    ("力的国际单位是什么？", ["牛顿", "焦耳", "瓦特", "帕斯卡"], "焦耳是能量单位，瓦特是功率单位，帕斯卡是压强单位"),
    ("《西游记》的作者是谁？", ["吴承恩", "曹雪芹", "罗贯中", "施耐庵"], "一般认为《西游记》为明代吴承恩所著"),
    ("一年有几个季度？", ["4个", "2个", "3个", "6个"], "每个季度三个月，十二个月共四个季度"),
    ("长江最终注入哪片海域？", ["东海", "渤海", "黄海", "南海"], "长江在上海附近注入东海"),
]
LET = "ABCDE"


def _computed(rng, zh):
    a, b = rng.randint(12, 49), rng.randint(12, 49)
    p = a * b
    opts = [p, p + 10, p - a, int(str(p)[::-1]) if int(str(p)[::-1]) not in (p, p + 10, p - a) else p + 100]
    q = f"{a} × {b} 等于多少？" if zh else f"What is {a} × {b}?"
    why = (f"{a} × {b} = {a} × {b - b % 10} + {a} × {b % 10} = {a * (b - b % 10)} + {a * (b % 10)} = {p}")
    return q, [str(o) for o in opts], why


def make(rng, zh, fmt):
    """Return a problem dict compatible with the math families. fmt: inline | lines | numbered | zh."""
    if rng.random() < 0.25:
        q0, opts0, why = _computed(rng, zh)
    else:
        q0, opts0, why = rng.choice(ZH_FACTS if zh else EN_FACTS)
    order = list(range(len(opts0)))
    rng.shuffle(order)
    opts = [opts0[i] for i in order]
    ci = order.index(0)
    if fmt == "numbered":
        labels = [str(i + 1) for i in range(len(opts))]
    else:
        labels = list(LET[:len(opts)])
    if fmt == "inline":
        q = q0 + " Answer Choices: " + " ".join(f"({l}) {o}" for l, o in zip(labels, opts))
    elif fmt == "lines":
        q = q0 + "\n" + "\n".join(f"{l}. {o}" for l, o in zip(labels, opts))
    elif fmt == "numbered":
        q = q0 + "\n" + "\n".join(f"{l}) {o}" for l, o in zip(labels, opts)) + \
            "\nReply with the number of the correct option."
    else:
        q = q0 + "\n" + "\n".join(f"{l}．{o}" for l, o in zip(labels, opts))
    L, T = labels[ci], opts[ci]
    wi = rng.choice([i for i in range(len(opts)) if i != ci])
    WL, WT = labels[wi], opts[wi]

    def steps_for(pick):
        if zh:
            s = ["逐个分析选项："]
            for l, o in zip(labels, opts):
                s.append(f"{l}．{o}：" + ("符合题意。" + why + "。" if (l, o) == (labels[pick], opts[pick]) and pick == ci
                                         else "符合题意。" if (l, o) == (labels[pick], opts[pick]) else "不符合。"))
            s.append(f"因此正确选项是 {labels[pick]}。")
        else:
            s = ["Let me go through the options one at a time."]
            for l, o in zip(labels, opts):
                hit = l == labels[pick]
                s.append(f"({l}) {o}: " + (("this fits — " + why + ".") if hit and pick == ci else
                                             "this looks like the best fit." if hit else "this does not fit."))
            s.append(f"So the correct choice is option {labels[pick]}.")
        return s

    if zh:
        ok = [(L, "plain_letter"), (f"{L}项", "letter_with_suffix"), (f"{L}．{T}", "letter_with_text"), (T, "option_text_only")]
        bad = [(WL, "wrong_option", steps_for(wi)), (WT, "wrong_option_text", steps_for(wi))]
    elif fmt == "numbered":
        ok = [(L, "plain_number"), (f"Option {L}: {T}", "number_with_text"), (f"({L})", "parenthesized_number"),
              (T, "option_text_only")]
        bad = [(WL, "wrong_option_number", steps_for(wi)), (f"Option {WL}: {WT}", "wrong_option", steps_for(wi))]
    else:
        ok = [(L, "plain_letter"), (f"({L})", "parenthesized_letter"), (f"{L}. {T}", "letter_with_text"),
              (T, "option_text_only"), (f"Option {L}", "option_word"), (L.lower(), "lowercase_letter")]
        bad = [(WL, "wrong_option", steps_for(wi)), (f"({WL}) {WT}", "wrong_option_with_text", steps_for(wi)),
               (WT, "wrong_option_text", steps_for(wi))]
    ds = "ceval_like" if zh else "mmlu_like"
    return dict(dataset=ds, question=q, ref=L, steps=steps_for(ci), ok=ok, bad=bad, code_ok=None, code_bad={})
