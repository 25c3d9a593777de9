"""Multiple-choice items (MMLU / C-Eval / GPQA style) with several option layouts."""
from fractions import Fraction as Fr
from common import case

EN = [
    ("Which organelle is the main site of ATP production in eukaryotic cells?", "Mitochondrion",
     ["Golgi apparatus", "Ribosome", "Lysosome"], "mmlu_like"),
    ("Which gas makes up the largest share of Earth's atmosphere by volume?", "Nitrogen", ["Oxygen", "Argon", "Carbon dioxide"], "mmlu_like"),
    ("In economics, a price ceiling set below the equilibrium price typically causes:", "A shortage",
     ["A surplus", "No change in quantity traded", "An increase in supply"], "mmlu_like"),
    ("Which of these sorting algorithms has worst-case time O(n log n)?", "Merge sort", ["Quicksort", "Bubble sort", "Insertion sort"], "mmlu_like"),
    ("Which planet has the shortest orbital period around the Sun?", "Mercury", ["Venus", "Mars", "Earth"], "mmlu_like"),
    ("What is the hybridization of the carbon atom in methane?", "sp3", ["sp", "sp2", "dsp2"], "gpqa_like"),
    ("Which quantity is conserved in a perfectly elastic collision but not in a perfectly inelastic one?", "Kinetic energy",
     ["Momentum", "Mass", "Electric charge"], "gpqa_like"),
    ("The Treaty of Westphalia (1648) is most associated with ending which conflict?", "The Thirty Years' War",
     ["The Hundred Years' War", "The War of the Roses", "The Seven Years' War"], "mmlu_like"),
    ("Which logical fallacy attacks the person instead of the argument?", "Ad hominem", ["Straw man", "Red herring", "Slippery slope"], "mmlu_like"),
    ("In a DNA double helix, adenine pairs with:", "Thymine", ["Cytosine", "Guanine", "Uracil"], "mmlu_like"),
    ("Which of the following is a renewable energy source?", "Geothermal heat", ["Coal", "Natural gas", "Uranium"], "mmlu_like"),
    ("What is the SI unit of magnetic flux?", "Weber", ["Tesla", "Henry", "Gauss"], "gpqa_like"),
    ("Which data structure follows last-in, first-out order?", "Stack", ["Queue", "Heap", "Linked hash map"], "mmlu_like"),
    ("Which enzyme unwinds the DNA double helix during replication?", "Helicase", ["Ligase", "Primase", "Topoisomerase IV"], "gpqa_like"),
    ("Which of these is an example of a Lewis acid?", "BF3", ["NH3", "H2O", "CH4"], "gpqa_like"),
    ("Which amendment to the U.S. Constitution abolished slavery?", "The Thirteenth", ["The Fifteenth", "The First", "The Nineteenth"], "mmlu_like"),
]
ZH = [
    ("下列哪个朝代修建了京杭大运河的主体工程？", "隋朝", ["唐朝", "宋朝", "元朝"], "ceval_like"),
    ("光合作用中，氧气来自于哪种物质的分解？", "水", ["二氧化碳", "葡萄糖", "叶绿素"], "ceval_like"),
    ("下列属于可再生能源的是：", "风能", ["石油", "天然气", "煤炭"], "ceval_like"),
    ("在标准大气压下，纯水的沸点是：", "100 ℃", ["90 ℃", "110 ℃", "120 ℃"], "ceval_like"),
    ("计算机中，1 KB 等于多少字节？", "1024 字节", ["1000 字节", "512 字节", "2048 字节"], "ceval_like"),
]
LET = "ABCDEFG"


def calc_item(r):
    a, b = r.randint(3, 12), r.randint(2, 9)
    v = Fr(a * b, a + b)
    opts = [v, Fr(a + b, 2), Fr(a * b, max(1, abs(a - b))) if a != b else Fr(a * b + 1, 3), v + 1]
    fmt = lambda x: ("%d" % x.numerator if x.denominator == 1 else "%d/%d" % (x.numerator, x.denominator)) + " Ω"
    if len(set(opts)) < 4:
        return None
    return ("Resistors of %d Ω and %d Ω are connected in parallel. What is the equivalent resistance?" % (a, b),
            fmt(v), [fmt(x) for x in opts[1:]], "gpqa_like")


def layout(r, zh, stem, opts):
    k = r.randrange(4) if not zh else r.randrange(2)
    if zh:
        sep = "．" if k == 0 else "、"
        return stem + "\n" + "\n".join("%s%s%s" % (LET[i], sep, o) for i, o in enumerate(opts))
    if k == 0:
        return stem + " Answer Choices: " + " ".join("(%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    if k == 1:
        return stem + "\n" + "\n".join("%s. %s" % (LET[i], o) for i, o in enumerate(opts))
    if k == 2:
        return stem + "\n\n" + "\n".join("%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    return "Question: %s\nOptions:\n" % stem + "\n".join("- %s: %s" % (LET[i], o) for i, o in enumerate(opts))


def make(r, zh, idx):
    if zh:
        item = ZH[idx % len(ZH)]
    elif idx % 5 == 4:
        item = None
        while item is None:
            item = calc_item(r)
    else:
        item = EN[idx % len(EN)]
    stem, right, wrongs, ds = item
    opts = [right] + list(wrongs)
    r.shuffle(opts)
    ci = opts.index(right)
    L = LET[ci]
    q = layout(r, zh, stem, opts)
    com = ["这个需要和其他选项比较。", "先不排除。", "看起来不太像，但先保留。", "和题干的关系要仔细看。"] if zh else \
        ["let me weigh this one against the rest", "possible, but I need to compare", "hmm, not obviously right or wrong yet",
         "I should recall the definition carefully for this one", "this rings a bell, let me hold on to it"]
    steps = [("选项%s“%s”：%s" if zh else "option (%s) \"%s\": %s") % (LET[i], o, r.choice(com)) for i, o in enumerate(opts)]
    wl = [x for x in range(len(opts)) if x != ci]
    r.shuffle(wl)
    alts = [right, "(%s)" % L, "%s. %s" % (L, right), "%s：%s" % (L, right) if zh else "option %s (%s)" % (L, right)]
    w = [LET[i] for i in wl] + ["%s. %s" % (LET[wl[0]], opts[wl[0]])]
    c = case(q, steps, L, alts, w, ds, "option", "alphabet_option")
    c["mc"] = True
    c["opt_text"] = right
    return c
