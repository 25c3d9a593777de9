"""Multiple-choice items (MMLU / C-Eval / GPQA style) with many option layouts."""
from common import is_prime

FACTS_EN = [
    ("Which element has the chemical symbol Na?", ["Nitrogen", "Sodium", "Neon", "Nickel"], 1, "Na comes from the Latin 'natrium', which is sodium."),
    ("Which organelle is the main site of ATP production in eukaryotic cells?", ["Ribosome", "Golgi apparatus", "Mitochondrion", "Lysosome"], 2, "oxidative phosphorylation happens on the inner mitochondrial membrane."),
    ("Who wrote the novel 'Pride and Prejudice'?", ["Charlotte Brontë", "Jane Austen", "George Eliot", "Mary Shelley"], 1, "Pride and Prejudice (1813) is by Jane Austen."),
    ("What is the capital city of Australia?", ["Sydney", "Melbourne", "Perth", "Canberra"], 3, "Canberra was purpose-built as the capital."),
    ("Which gas do green plants take in from the air for photosynthesis?", ["Oxygen", "Carbon dioxide", "Nitrogen", "Hydrogen"], 1, "photosynthesis fixes CO2 into sugars."),
    ("Which of these is a noble gas?", ["Chlorine", "Argon", "Oxygen", "Fluorine"], 1, "argon is in group 18."),
    ("What is the SI unit of electrical resistance?", ["Volt", "Ampere", "Ohm", "Watt"], 2, "resistance is measured in ohms (V/A)."),
    ("In which year did World War II end?", ["1943", "1944", "1945", "1946"], 2, "the war ended in 1945 with the surrender of Japan."),
    ("Which quantum number primarily determines the shape of an atomic orbital?", ["Principal quantum number n", "Azimuthal quantum number l", "Magnetic quantum number m_l", "Spin quantum number m_s"], 1, "l sets the orbital angular momentum, hence s/p/d/f shape."),
    ("A sustained rise in the general price level of an economy is called:", ["Deflation", "Stagnation", "Inflation", "Devaluation"], 2, "that is the textbook definition of inflation."),
    ("Which blood vessels carry blood away from the heart?", ["Veins", "Arteries", "Capillaries", "Venules"], 1, "arteries carry blood away from the heart."),
    ("In a hydrogen atom, the energy levels scale with the principal quantum number n as:", ["n", "1/n", "1/n^2", "n^2"], 2, "Bohr: E_n = -13.6 eV / n^2."),
    ("Which logical fallacy attacks the person rather than the argument?", ["Straw man", "Ad hominem", "Red herring", "False dilemma"], 1, "ad hominem means 'to the person'."),
]
FACTS_ZH = [
    ("下列不属于中国古代四大发明的是", ["造纸术", "指南针", "火药", "地动仪"], 3, "四大发明是造纸术、指南针、火药和印刷术，地动仪是张衡的发明但不在四大发明之列。"),
    ("《红楼梦》的作者一般认为是", ["施耐庵", "吴承恩", "曹雪芹", "罗贯中"], 2, "《红楼梦》前八十回作者为曹雪芹。"),
    ("绿色植物进行光合作用的主要场所是", ["线粒体", "叶绿体", "核糖体", "高尔基体"], 1, "光合作用在叶绿体中进行。"),
    ("我国最长的河流是", ["黄河", "珠江", "长江", "黑龙江"], 2, "长江全长约6300公里，是我国第一长河。"),
    ("牛顿第一定律又被称为", ["惯性定律", "万有引力定律", "作用力与反作用力定律", "能量守恒定律"], 0, "牛顿第一定律描述物体保持原有运动状态的性质，即惯性定律。"),
    ("下列物质中属于纯净物的是", ["空气", "海水", "蒸馏水", "矿泉水"], 2, "蒸馏水只含水一种物质，其余都是混合物。"),
    ("“床前明月光”出自哪位诗人的作品？", ["杜甫", "李白", "白居易", "王维"], 1, "这句出自李白的《静夜思》。"),
]
LET = "ABCD"


def layout(rng, q, opts, zh):
    style = rng.randint(0, 3) if not zh else rng.randint(0, 1)
    if zh:
        sep = "．" if style == 0 else "、"
        return q + "（　　）\n" + "\n".join("%s%s%s" % (LET[i], sep, o) for i, o in enumerate(opts))
    if style == 0:
        return q + "\nAnswer Choices: " + " ".join("(%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    if style == 1:
        return q + "\n" + "\n".join("%s. %s" % (LET[i], o) for i, o in enumerate(opts))
    if style == 2:
        return "Question: " + q + "\nOptions:\n" + "\n".join("%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    return q + "\n\n" + "\n".join("(%s) %s" % (LET[i].lower() if False else LET[i], o) for i, o in enumerate(opts)) + "\n\nRespond with the letter of the correct option."


def mc_spec(rng, q, opts, ci, why, zh, gist):
    wi = rng.choice([i for i in range(len(opts)) if i != ci])
    qtext = layout(rng, q, opts, zh)
    lines = []
    for i, o in enumerate(opts):
        if i == ci:
            lines.append(("%s 项「%s」：%s" % (LET[i], o, why)) if zh else ("(%s) %s: this fits, because %s" % (LET[i], o, why)))
        else:
            lines.append(("%s 项「%s」：不符合题意，排除。" % (LET[i], o)) if zh else ("(%s) %s: doesn't match what's asked, so I can rule it out." % (LET[i], o)))
    steps = [("我逐个分析选项。" if zh else "Let me go through the options one at a time."), "\n".join(lines),
             ("因此正确选项是 %s。" % LET[ci]) if zh else ("So the right option is %s." % LET[ci])]
    err = ("不过再想想，%s 项「%s」似乎也说得通，而且更符合出题人的意图，我改选 %s。" % (LET[wi], opts[wi], LET[wi])) if zh else \
          ("Then again, (%s) %s seems closer to what the question intends; I'll go with %s." % (LET[wi], opts[wi], LET[wi]))
    eq = ["(%s)" % LET[ci], "%s. %s" % (LET[ci], opts[ci]), ("选 %s" % LET[ci]) if zh else ("Option %s" % LET[ci])]
    return dict(q=qtext, gist=gist, steps=steps, err=err, kind="mc",
                check=("回到题干再核对一遍：%s" % why) if zh else ("Re-reading the stem: indeed, %s" % why),
                ref=LET[ci], eq=eq, eqtag="option_letter_with_text", wrong=[LET[wi]], errtag="option", lang="zh" if zh else "en")


def fact_items(rng):
    out = []
    for q, o, c, w in FACTS_EN:
        opts = list(o)
        out.append(mc_spec(rng, q, opts, c, w, False, "a multiple-choice question (" + q.rstrip("?:") + ")"))
    for q, o, c, w in FACTS_ZH:
        out.append(mc_spec(rng, q, list(o), c, w, True, "选择题（" + q + "）"))
    return out


def computed_items(rng):
    out = []
    # prime among options
    for zh in (False, True, False, False, True):
        p = rng.choice([n for n in range(101, 400) if is_prime(n)])
        comp = rng.sample([n for n in range(101, 400) if not is_prime(n) and n % 2 and n % 5], 3)
        opts = comp + [p]
        rng.shuffle(opts)
        ci = opts.index(p)
        why = ("%d 不能被不超过 √%d 的任何质数整除，所以是质数；其他选项都有小因数。" % (p, p)) if zh else \
              ("%d has no prime factor up to √%d ≈ %.1f, while %s." % (p, p, p ** 0.5, ", ".join("%d = %d×%d" % (n, min(d for d in range(3, n) if n % d == 0), n // min(d for d in range(3, n) if n % d == 0)) for n in comp)))
        out.append(mc_spec(rng, "下列各数中是质数的是" if zh else "Which of the following numbers is prime?", [str(x) for x in opts], ci, why, zh,
                           "质数判断" if zh else "identifying the prime number"))
    # interior angle sum
    for zh in (False, True, False, True, False):
        n = rng.randint(5, 12)
        s = (n - 2) * 180
        opts = [s, n * 180, (n - 1) * 180, (n - 3) * 180]
        rng.shuffle(opts)
        why = ("n 边形内角和为 (n−2)×180° = %d×180° = %d°。" % (n - 2, s)) if zh else ("the interior angles of an n-gon sum to (n−2)·180° = %d·180° = %d°." % (n - 2, s))
        out.append(mc_spec(rng, ("正%d边形的内角和是" % n) if zh else ("What is the sum of the interior angles of a convex %d-sided polygon?" % n),
                           ["%d°" % x for x in opts], opts.index(s), why, zh, "多边形内角和" if zh else "polygon angle sum"))
    # physics: free fall distance
    for zh in (False, False, True, False):
        t = rng.randint(2, 6)
        d = 5 * t * t
        opts = [d, 10 * t, 10 * t * t, 5 * t]
        if len(set(opts)) < 4:
            opts = [d, 10 * t * t, 5 * t, d + 15]
        rng.shuffle(opts)
        why = ("取 g = 10 m/s²，h = ½gt² = ½×10×%d² = %d m。" % (t, d)) if zh else ("with g = 10 m/s², h = ½gt² = 5·%d² = %d m." % (t, d))
        out.append(mc_spec(rng, ("物体从静止开始自由下落 %d s（g 取 10 m/s²，不计空气阻力），下落的高度为" % t) if zh else
                           ("An object is dropped from rest and falls freely for %d s (take g = 10 m/s², ignore air resistance). How far does it fall?" % t),
                           ["%d m" % x for x in opts], opts.index(d), why, zh, "自由落体位移" if zh else "free-fall distance"))
    # GPQA-ish: half-life
    for zh in (False, True, False, False):
        hl, k = rng.choice([3, 5, 8, 12]), rng.randint(2, 5)
        frac = 2 ** k
        opts = ["1/%d" % frac, "1/%d" % (2 * k), "1/%d" % (frac * 2), "1/%d" % k]
        if len(set(opts)) < 4:
            opts = ["1/%d" % frac, "1/%d" % (frac * 2), "1/%d" % (frac // 2 + 1), "1/%d" % (frac + 3)]
        rng.shuffle(opts)
        why = ("%d 天是 %d 个半衰期，剩余 (1/2)^%d = 1/%d。" % (hl * k, k, k, frac)) if zh else ("%d days is %d half-lives, so (1/2)^%d = 1/%d remains." % (hl * k, k, k, frac))
        out.append(mc_spec(rng, ("某放射性核素半衰期为 %d 天，经过 %d 天后剩余的比例为" % (hl, hl * k)) if zh else
                           ("A radioactive isotope has a half-life of %d days. What fraction of a sample remains after %d days?" % (hl, hl * k)),
                           opts, opts.index("1/%d" % frac), why, zh, "半衰期" if zh else "radioactive decay"))
    return out


def all_items(rng):
    return fact_items(rng) + computed_items(rng)
