"""Multiple-choice generators (knowledge bank + computed items)."""
import math

# (en question, zh question or None, correct option, distractors)
BANK = [
    ("Which planet has the shortest orbital period around the Sun?", "哪颗行星绕太阳公转周期最短？", ("Mercury", "水星"), [("Venus", "金星"), ("Mars", "火星"), ("Earth", "地球")]),
    ("Which organelle is the main site of ATP production in eukaryotic cells?", "真核细胞中产生ATP的主要场所是哪种细胞器？", ("Mitochondrion", "线粒体"), [("Ribosome", "核糖体"), ("Golgi apparatus", "高尔基体"), ("Lysosome", "溶酶体")]),
    ("Which gas makes up most of Earth's atmosphere by volume?", "地球大气中按体积计含量最多的气体是？", ("Nitrogen", "氮气"), [("Oxygen", "氧气"), ("Argon", "氩气"), ("Carbon dioxide", "二氧化碳")]),
    ("Who wrote 'Pride and Prejudice'?", None, ("Jane Austen", ""), [("Charlotte Brontë", ""), ("George Eliot", ""), ("Mary Shelley", "")]),
    ("Which data structure gives O(1) average-time lookup by key?", "哪种数据结构按键查找的平均时间复杂度为 O(1)？", ("Hash table", "哈希表"), [("Linked list", "链表"), ("Binary heap", "二叉堆"), ("Sorted array", "有序数组")]),
    ("In economics, what does a price ceiling set below equilibrium typically cause?", "经济学中，低于均衡价格的限价通常会导致什么？", ("A shortage", "短缺"), [("A surplus", "过剩"), ("No change in quantity", "数量不变"), ("Higher prices", "价格上涨")]),
    ("Which law states that pressure times volume is constant for a gas at fixed temperature?", "温度不变时，气体压强与体积乘积为常数，这是哪条定律？", ("Boyle's law", "玻意耳定律"), [("Charles's law", "查理定律"), ("Avogadro's law", "阿伏伽德罗定律"), ("Hooke's law", "胡克定律")]),
    ("Which dynasty built most of the Ming-era Great Wall seen today?", "今天所见长城的大部分修建于哪个朝代？", ("Ming", "明朝"), [("Qin", "秦朝"), ("Tang", "唐朝"), ("Song", "宋朝")]),
    ("What is the SI unit of electric capacitance?", "电容的国际单位是？", ("Farad", "法拉"), [("Henry", "亨利"), ("Ohm", "欧姆"), ("Tesla", "特斯拉")]),
    ("Which enzyme unwinds the DNA double helix during replication?", "DNA复制时解开双螺旋的酶是？", ("Helicase", "解旋酶"), [("Ligase", "连接酶"), ("Primase", "引物酶"), ("Topoisomerase I only", "仅拓扑异构酶I")]),
    ("Which amendment to the US Constitution abolished slavery?", None, ("The Thirteenth", ""), [("The Fifteenth", ""), ("The First", ""), ("The Nineteenth", "")]),
    ("Which particle mediates the electromagnetic force?", "传递电磁相互作用的粒子是？", ("Photon", "光子"), [("Gluon", "胶子"), ("W boson", "W玻色子"), ("Graviton", "引力子")]),
    ("Which philosopher wrote 'Critique of Pure Reason'?", None, ("Immanuel Kant", ""), [("David Hume", ""), ("G. W. F. Hegel", ""), ("John Locke", "")]),
    ("Which logical fallacy attacks the person rather than the argument?", "攻击论证者本人而非论证本身的谬误是？", ("Ad hominem", "人身攻击"), [("Straw man", "稻草人谬误"), ("Begging the question", "循环论证"), ("False dilemma", "虚假两难")]),
]


def computed(r, lang):
    """Return (q_en/zh, correct_text, distractors, steps, slip) for a computed MC item."""
    L = lang == "en"
    kind = r.randrange(4)
    if kind == 0:
        m, v = r.randint(2, 12), r.randint(3, 15)
        ke = m * v * v / 2
        c = "%g J" % ke
        ds = ["%g J" % (m * v * v), "%g J" % (m * v / 2), "%g J" % (m * v)]
        q = ("A %d kg cart moves at %d m/s. What is its kinetic energy?" % (m, v) if L else "质量为 %d kg 的小车以 %d m/s 运动，动能是多少？" % (m, v))
        st = ["KE = (1/2) m v^2 = 0.5 * %d * %d^2 = %g J." % (m, v, ke)]
        slip = "KE = m v^2 = %g J." % (m * v * v)
    elif kind == 1:
        k = r.randint(2, 5)
        h = 10 ** -k
        c = "pH %d" % k
        ds = ["pH %d" % (14 - k), "pH %d" % (k + 1), "pH %d" % (k - 1)]
        q = ("A strong monoprotic acid solution has [H+] = 1e-%d M. What is its pH?" % k if L else "某强一元酸溶液中 [H+] = 1×10^-%d mol/L，其 pH 为？" % k)
        st = ["pH = -log10(%g) = %d." % (h, k)]
        slip = "pH = 14 - %d = %d." % (k, 14 - k)
    elif kind == 2:
        n = r.randint(5, 12)
        c = "%d" % (n * (n - 3) // 2)
        ds = ["%d" % (n * (n - 1) // 2), "%d" % (n * (n - 3)), "%d" % (n - 3)]
        q = ("How many diagonals does a convex polygon with %d sides have?" % n if L else "凸 %d 边形共有多少条对角线？" % n)
        st = ["Diagonals = n(n-3)/2 = %d*%d/2 = %s." % (n, n - 3, c)]
        slip = "Diagonals = n(n-1)/2 = %d." % (n * (n - 1) // 2)
    else:
        P, rate, yrs = r.choice([1000, 2000, 5000]), r.choice([5, 10, 20]), r.choice([2, 3])
        A = P * (100 + rate) ** yrs / 100 ** yrs
        c = "$%s" % format(A, ",.2f")
        ds = ["$%s" % format(P * (1 + rate * yrs / 100), ",.2f"), "$%s" % format(A - P, ",.2f"), "$%s" % format(P * (100 + rate) ** (yrs + 1) / 100 ** (yrs + 1), ",.2f")]
        q = ("$%d is invested at %d%% interest compounded annually. What is the balance after %d years?" % (P, rate, yrs) if L
             else "本金 %d 元，年利率 %d%%，按年复利，%d 年后本息和是多少？" % (P, rate, yrs))
        st = ["A = %d(1.%02d)^%d = %s." % (P, rate, yrs, c)]
        slip = "Simple interest: %s." % ds[0]
    return q, c, ds, st, slip


def layout(r, lang, q, opts):
    letters = "ABCDE"[:len(opts)]
    if lang == "zh":
        sty = r.choice(["zhdot", "paren", "line"])
    else:
        sty = r.choice(["choices", "line", "paren", "inline"])
    if sty == "choices":
        s = q + "\nAnswer Choices: " + " ".join("(%s) %s" % (l, o) for l, o in zip(letters, opts))
    elif sty == "zhdot":
        s = q + "\n" + "\n".join("%s．%s" % (l, o) for l, o in zip(letters, opts))
    elif sty == "paren":
        s = q + "\n" + "\n".join("%s) %s" % (l, o) for l, o in zip(letters, opts))
    elif sty == "inline":
        s = q + " Options: " + "; ".join("%s: %s" % (l, o) for l, o in zip(letters, opts)) + "."
    else:
        s = q + "\n" + "\n".join("%s. %s" % (l, o) for l, o in zip(letters, opts))
    return s


def gen_mc(r, lang, idx):
    L = lang == "en"
    if idx < len(BANK) and (L or BANK[idx][1]):
        qe, qz, (ce, cz), ds = BANK[idx]
        q = qe if L else qz
        c = ce if L else cz
        dist = [d[0] if L else d[1] for d in ds]
        st = [("Considering each option in turn: %s does not fit; %s does not fit either." % (dist[0], dist[1]) if L
               else "逐项分析：%s 不符合；%s 也不符合。" % (dist[0], dist[1])),
              ("%s is the option that matches the definition/fact asked about." % c if L else "%s 符合题目所问的事实或定义。" % c)]
        slip = ("On second look %s seems to fit best." % dist[2] if L else "再看一下，%s 似乎更符合。" % dist[2])
        wrong_text = dist[2]
    else:
        q, c, dist, st, slip = computed(r, lang)
        wrong_text = dist[0]
    opts = [c] + dist
    r.shuffle(opts)
    letters = "ABCD"
    let = letters[opts.index(c)]
    wl = letters[opts.index(wrong_text)]
    full = layout(r, lang, q, opts)
    st = list(st)
    st[-1] = st[-1] + (" That is option %s." % let if L else " 对应选项 %s。" % let)
    slip = slip + (" That would be option %s." % wl if L else " 也就是选项 %s。" % wl)
    others = [x for x in letters if x not in (let, wl)]
    forms = ["(%s)" % let, "%s. %s" % (let, c) if L else "%s．%s" % (let, c), "option %s" % let if L else "选项%s" % let]
    return full, dict(q=full, ans=let, forms=forms, wrong=[wl, others[0]], steps=st, slip=slip)
