"""Multiple-choice items (MMLU / C-Eval / GPQA style) with varied option layouts."""
from math import gcd
from common import pick

EN_MC = [
    ("Which organelle is the main site of ATP production in eukaryotic cells?", ["Ribosome", "Mitochondrion", "Golgi apparatus", "Lysosome"], 1, "mmlu_like"),
    ("Which gas makes up the largest fraction of Earth's atmosphere by volume?", ["Oxygen", "Argon", "Nitrogen", "Carbon dioxide"], 2, "mmlu_like"),
    ("In economics, a price ceiling set below the equilibrium price typically causes:", ["a surplus", "a shortage", "no change in quantity traded", "an increase in supply"], 1, "mmlu_like"),
    ("Which of these is a noble gas?", ["Chlorine", "Neon", "Sodium", "Sulfur"], 1, "mmlu_like"),
    ("The SI unit of electrical resistance is the:", ["volt", "ampere", "ohm", "watt"], 2, "mmlu_like"),
    ("Which data structure uses last-in, first-out ordering?", ["Queue", "Stack", "Heap", "Hash table"], 1, "mmlu_like"),
    ("Which planet has the shortest orbital period around the Sun?", ["Venus", "Mars", "Mercury", "Earth"], 2, "mmlu_like"),
    ("In a standard deck of 52 cards, how many cards are aces?", ["2", "4", "8", "13"], 1, "mmlu_like"),
    ("Which blood vessels carry blood away from the heart?", ["Veins", "Capillaries", "Arteries", "Venules"], 2, "mmlu_like"),
    ("The process by which plants convert light energy into chemical energy is called:", ["respiration", "transpiration", "photosynthesis", "fermentation"], 2, "mmlu_like"),
    ("What is the time complexity of binary search on a sorted array of n elements?", ["O(n)", "O(log n)", "O(n log n)", "O(1)"], 1, "mmlu_like"),
    ("Which of the following is an example of a covalent network solid?", ["Sodium chloride", "Diamond", "Ice", "Copper"], 1, "gpqa_like"),
    ("Which quantum number determines the shape of an atomic orbital?", ["Principal quantum number n", "Azimuthal quantum number l", "Magnetic quantum number m_l", "Spin quantum number m_s"], 1, "gpqa_like"),
    ("In an SN2 reaction, the stereochemistry at the electrophilic carbon is typically:", ["retained", "racemized", "inverted", "unaffected because the carbon is planar"], 2, "gpqa_like"),
    ("Which enzyme unwinds the DNA double helix during replication?", ["DNA ligase", "Helicase", "Primase", "Topoisomerase IV only"], 1, "gpqa_like"),
    ("A photon's energy is proportional to its:", ["wavelength", "frequency", "amplitude", "speed in vacuum"], 1, "mmlu_like"),
    ("Which logical fallacy attacks the person rather than the argument?", ["Straw man", "Ad hominem", "Red herring", "Slippery slope"], 1, "mmlu_like"),
    ("The largest ocean on Earth is the:", ["Atlantic Ocean", "Indian Ocean", "Arctic Ocean", "Pacific Ocean"], 3, "mmlu_like"),
    ("Which of these numbers is irrational?", ["0.125", "22/7", "sqrt(2)", "1.5"], 2, "mmlu_like"),
    ("Who wrote the play 'Romeo and Juliet'?", ["Christopher Marlowe", "William Shakespeare", "Ben Jonson", "John Milton"], 1, "mmlu_like"),
    ("What is the primary function of red blood cells?", ["Fighting infection", "Clotting blood", "Transporting oxygen", "Producing antibodies"], 2, "mmlu_like"),
    ("Which layer of the Earth is liquid?", ["Inner core", "Outer core", "Mantle", "Crust"], 1, "mmlu_like"),
    ("In the Bohr model, an electron emits a photon when it:", ["moves to a higher energy level", "moves to a lower energy level", "stays in the same orbit", "leaves the nucleus"], 1, "gpqa_like"),
    ("Which particle mediates the electromagnetic force?", ["Gluon", "W boson", "Photon", "Graviton"], 2, "gpqa_like"),
    ("Which sorting algorithm has worst-case time O(n log n)?", ["Quicksort", "Bubble sort", "Merge sort", "Insertion sort"], 2, "mmlu_like"),
]
ZH_MC = [
    ("我国古代四大发明不包括下列哪一项？", ["造纸术", "指南针", "地动仪", "火药"], 2),
    ("光合作用的主要场所是：", ["线粒体", "叶绿体", "核糖体", "高尔基体"], 1),
    ("下列物质属于纯净物的是：", ["空气", "海水", "蒸馏水", "石灰石"], 2),
    ("《红楼梦》的作者一般认为是：", ["罗贯中", "施耐庵", "吴承恩", "曹雪芹"], 3),
    ("下列城市中，位于长江沿岸的是：", ["西安", "武汉", "郑州", "济南"], 1),
    ("人体最大的器官是：", ["肝脏", "心脏", "皮肤", "大脑"], 2),
    ("在标准大气压下，水的沸点是：", ["90 ℃", "100 ℃", "110 ℃", "120 ℃"], 1),
    ("下列属于可再生能源的是：", ["煤炭", "石油", "天然气", "太阳能"], 3),
]
L4 = "ABCD"


def layout(rng, q, opts, lang):
    s = rng.randrange(5) if lang == "en" else rng.randrange(3)
    if lang == "zh":
        if s == 0: return q + "\n" + "\n".join(f"{L4[i]}．{o}" for i, o in enumerate(opts))
        if s == 1: return q + "\n" + "  ".join(f"{L4[i]}. {o}" for i, o in enumerate(opts))
        return q + "（  ）\n" + "\n".join(f"({L4[i]}) {o}" for i, o in enumerate(opts))
    if s == 0: return q + " Answer Choices: " + " ".join(f"({L4[i]}) {o}" for i, o in enumerate(opts))
    if s == 1: return q + "\n" + "\n".join(f"{L4[i]}. {o}" for i, o in enumerate(opts))
    if s == 2: return q + "\n" + "\n".join(f"{L4[i]}) {o}" for i, o in enumerate(opts))
    if s == 3: return "Question: " + q + "\nOptions:\nA: " + opts[0] + "\nB: " + opts[1] + "\nC: " + opts[2] + "\nD: " + opts[3]
    return q + "\n\n" + " | ".join(f"[{L4[i]}] {o}" for i, o in enumerate(opts))


def mc_item(rng, q, opts, ci, ds, lang):
    perm = list(range(4)); rng.shuffle(perm)
    opts2 = [opts[p] for p in perm]; c = perm.index(ci)
    L = L4[c]; txt = opts2[c]
    zh = lang == "zh"
    steps = []
    for i, o in enumerate(opts2):
        if i == c:
            steps.append(f"选项{L4[i]}：{o}，符合题意。" if zh else f"Option {L4[i]} ({o}): this fits what the question describes.")
        else:
            steps.append(pick(rng, [f"选项{L4[i]}：{o}，不符合。", f"{L4[i]} 项（{o}）可以排除。"]) if zh else
                         pick(rng, [f"Option {L4[i]} ({o}) doesn't match.", f"{L4[i]}: {o} — I can rule this out.",
                                    f"Could it be {L4[i]}, {o}? No, that's not right."]))
    steps.append(f"所以应选 {L}。" if zh else f"So the correct choice is {L}.")
    goods = [(L, "letter"), (f"({L})", "paren_letter"), (f"{L}. {txt}" if not zh else f"{L}．{txt}", "letter_with_text"),
             (txt if not zh else f"{txt}（{L}）", "option_text" if not zh else "text_then_letter")]
    bads = [L4[i] for i in range(4) if i != c]
    return {"dataset": ds, "kat": "alphabet_option", "lang": lang, "question": layout(rng, q, opts2, lang), "ref": L,
            "goods": goods, "bads": bads, "steps": steps, "reveal": c}


def computed_mc(rng):
    kind = rng.randrange(3)
    if kind == 0:
        a, b = rng.randint(12, 90), rng.randint(12, 90); v = gcd(a, b) * 0 + a * b // gcd(a, b)
        q = f"What is the least common multiple of {a} and {b}?"
        ds = [v, a * b if a * b != v else v + a, gcd(a, b), v + b]
    elif kind == 1:
        n = rng.randint(5, 12); v = n * (n - 3) // 2
        q = f"How many diagonals does a convex polygon with {n} sides have?"
        ds = [v, n * (n - 3), n * (n - 1) // 2, v + 1]
    else:
        p = rng.randint(3, 9); v = 2 ** p
        q = f"How many subsets does a set with {p} elements have?"
        ds = [v, p * p, 2 ** p - 1, 2 * p]
    opts = []
    for x in ds:
        while str(x) in opts: x += 3
        opts.append(str(x))
    return q, opts, 0, "mmlu_like"


def make_mc(rng, n_en, n_zh):
    out = []
    facts = list(EN_MC); rng.shuffle(facts)
    for i in range(n_en):
        q, o, c, ds = facts[i] if i < len(facts) else computed_mc(rng)
        out.append(mc_item(rng, q, o, c, ds, "en"))
    zz = list(ZH_MC); rng.shuffle(zz)
    for i in range(min(n_zh, len(zz))):
        q, o, c = zz[i]
        out.append(mc_item(rng, q, o, c, "ceval_like", "zh"))
    return out
