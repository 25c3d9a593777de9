"""Multiple-choice generators (English and Chinese): fact questions and computed questions."""
from fractions import Fraction as F
from common import plain

FACTS_EN = [
    ("Which planet is the largest in our solar system?", "Jupiter", ["Saturn", "Neptune", "Earth", "Uranus"],
     "Jupiter is a gas giant with more than twice the mass of all the other planets combined."),
    ("What is the chemical symbol for gold?", "Au", ["Ag", "Gd", "Go", "Ga"],
     "The symbol Au comes from the Latin word aurum."),
    ("Which gas do green plants mainly absorb from the air for photosynthesis?", "Carbon dioxide",
     ["Oxygen", "Nitrogen", "Hydrogen", "Helium"], "Photosynthesis combines carbon dioxide and water into glucose."),
    ("Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", ["Charlotte Bront\u00eb", "Mary Shelley",
                                                                  "George Eliot", "Emily Dickinson"],
     "Pride and Prejudice was published in 1813 by Jane Austen."),
    ("Which organelle is known as the site of cellular respiration and ATP production?", "Mitochondrion",
     ["Ribosome", "Nucleus", "Golgi apparatus", "Lysosome"], "Mitochondria carry out aerobic respiration."),
    ("What is the capital city of Canada?", "Ottawa", ["Toronto", "Vancouver", "Montreal", "Calgary"],
     "Ottawa, in Ontario, is the federal capital."),
    ("Who developed the general theory of relativity?", "Albert Einstein", ["Isaac Newton", "Niels Bohr",
                                                                           "Max Planck", "Galileo Galilei"],
     "Einstein published general relativity in 1915."),
    ("Which is the hardest naturally occurring mineral?", "Diamond", ["Quartz", "Corundum", "Topaz", "Talc"],
     "Diamond has hardness 10 on the Mohs scale."),
    ("What is the SI unit of force?", "Newton", ["Joule", "Watt", "Pascal", "Coulomb"],
     "One newton is one kilogram metre per second squared."),
    ("Which organ produces insulin in the human body?", "Pancreas", ["Liver", "Kidney", "Spleen", "Stomach"],
     "Insulin is made by the beta cells of the pancreatic islets."),
    ("Which blood cells carry oxygen around the body?", "Red blood cells", ["White blood cells", "Platelets",
                                                                           "Plasma cells", "Mast cells"],
     "Red blood cells contain haemoglobin, which binds oxygen."),
    ("In which continent is the Sahara Desert located?", "Africa", ["Asia", "Australia", "South America", "Europe"],
     "The Sahara covers much of North Africa."),
]
FACTS_ZH = [
    ("《红楼梦》的作者是谁？", "曹雪芹", ["罗贯中", "吴承恩", "施耐庵"], "《红楼梦》是清代作家曹雪芹所著。"),
    ("地球上面积最大的海洋是哪一个？", "太平洋", ["大西洋", "印度洋", "北冰洋"], "太平洋是世界上面积最大、最深的大洋。"),
    ("《静夜思》（床前明月光）的作者是？", "李白", ["杜甫", "白居易", "王维"], "《静夜思》是唐代诗人李白的作品。"),
    ("水的化学式是什么？", "H₂O", ["CO₂", "H₂O₂", "NaCl"], "一个水分子由两个氢原子和一个氧原子构成。"),
    ("植物进行光合作用时主要吸收的气体是？", "二氧化碳", ["氧气", "氮气", "氢气"], "光合作用利用二氧化碳和水合成有机物。"),
    ("中国的首都是哪座城市？", "北京", ["上海", "广州", "南京"], "北京是中华人民共和国的首都。"),
]
LET = "ABCDE"
ELIM_EN = ["Option %s (%s): this does not fit what the question asks, so I can rule it out.",
           "Option %s (%s): I considered this one, but it doesn't match what is being asked. Eliminate.",
           "Option %s (%s): no. This is a typical distractor for this kind of question, but it isn't correct.",
           "Option %s (%s): hmm, this doesn't fit either. I'm fairly confident it can be ruled out.",
           "Option %s (%s): this is related to the topic, which is probably why it's listed, but it is not the answer."]
ELIM_ZH = ["选项%s「%s」：不符合题意，可以排除。", "选项%s「%s」：这是常见的干扰项，但并不正确，排除。",
           "选项%s「%s」：仔细想想，这个说法不对，排除。", "选项%s「%s」：和题目有一定联系，但不是题目所问的，排除。"]
ROM = ["I", "II", "III", "IV", "V"]


def layout(rng, stem, opts, zhl):
    numeric = all(o.replace("/", "").replace("-", "").isdigit() for o in opts)
    kind = "zh" if zhl else rng.choice(["paren", "lines", "roman", "paren"] + ([] if numeric else ["arabic"]))
    if kind == "paren":
        return stem + " Answer Choices: " + " ".join("(%s) %s" % (LET[i], o) for i, o in enumerate(opts)), LET, kind
    if kind == "lines":
        return stem + "\n" + "\n".join("%s. %s" % (LET[i], o) for i, o in enumerate(opts)), LET, kind
    if kind == "roman":
        return stem + "\n" + "\n".join("%s. %s" % (ROM[i], o) for i, o in enumerate(opts)), ROM, kind
    if kind == "arabic":
        return stem + "\n" + "\n".join("%d) %s" % (i + 1, o) for i, o in enumerate(opts)), ["1", "2", "3", "4", "5"], kind
    return stem + "\n" + "\n".join("%s．%s" % (LET[i], o) for i, o in enumerate(opts)), LET, kind


def mc_case(rng, ok, stem, right, distract, why, zhl, ds, reason_steps=None, wrong=None):
    """wrong: optional (value, steps) of a plausible mistaken computation, used for Incorrect cases."""
    n = 4 if zhl else rng.choice([4, 4, 5])
    distract = sorted(set(d for d in distract if d != right))
    use_w = (not ok) and wrong is not None and wrong[0] != right
    if use_w:
        distract = [d for d in distract if d != wrong[0]]
        opts = [right, wrong[0]] + rng.sample(distract, n - 2)
    else:
        opts = [right] + rng.sample(distract, n - 1)
    rng.shuffle(opts)
    q, labs, kind = layout(rng, stem, opts, zhl)
    ri = opts.index(right)
    wi = opts.index(wrong[0]) if use_w else rng.choice([i for i in range(n) if i != ri])
    R, W = labs[ri], labs[wi]
    steps = list((wrong[1] if use_w else reason_steps) or [])
    if not ok and not use_w and reason_steps and len(reason_steps) > 2:
        steps = steps[:1]
    for i, o in enumerate(opts):
        if i == ri or (i == wi and not ok):
            continue
        steps.append(rng.choice(ELIM_ZH if zhl else ELIM_EN) % (labs[i], o))
    if ok:
        steps.append(("选项%s「%s」：%s" if zhl else "Option %s (%s): %s") % (R, right, why))
    else:
        steps.append(("选项%s「%s」：看起来有些道理，但我觉得不太对。" if zhl else
                      "Option %s (%s): this looks tempting at first, but I don't think it's right.") % (R, right))
    c = dict(dataset=ds, kat="alphabet_option", question=q, steps=steps, ref=R, lang="zh" if zhl else "en",
             label="Correct", checks=[], ans_tex=R if ok else W)
    if ok:
        c["checks"] = [("再核对一下：%s 所以答案是 %s。" if zhl else "Double-checking: %s So %s stands.") % (why, R)]
    if ok:
        pick = rng.random()
        if zhl:
            c["ans"] = rng.choice(["%s" % R, "%s．%s" % (R, right), "选%s" % R])
            c["pos"] = rng.choice(["therefore", "bold", "final", "boxed"])
            c["trap"] = "option_label_zh"
        elif pick < 0.3 and kind in ("paren", "lines") and not any(ch.isdigit() for ch in right):
            c["ans"] = right
            c["pos"] = rng.choice(["sentence", "bold"])
            c["trap"] = "option_content_only"
        elif pick < 0.35:
            c["ans"] = "(%s) %s" % (R, right)
            c["after"] = ("The other options are wrong: %s." % ", ".join(labs[i] for i in range(n) if i != ri))
            c["trap"] = "answer_then_discussion_of_other_options"
        else:
            c["ans"] = rng.choice([R, "(%s)" % R, "%s. %s" % (R, right), "Option %s" % R])
            c["trap"] = {"roman": "roman_label", "arabic": "arabic_label"}.get(kind, "option_label")
        return c
    c["label"] = "Incorrect"
    k = "wrong" if use_w else rng.choice(["wrong", "wrong", "hedge", "flip", "trunc"])
    if k == "trunc":
        c["steps"] = steps[:-2]
        c["trunc"] = True
        c["ans"] = ""
        c["trap"] = "truncated_before_choice"
    elif k == "wrong":
        c["steps"] = steps + [("选项%s「%s」：我认为这个最符合题意。" if zhl else
                                    "Option %s (%s): I believe this is the best fit.") % (W, opts[wi])]
        c["ans"] = W if rng.random() < 0.5 else ("%s．%s" if zhl else "%s. %s") % (W, opts[wi])
        c["trap"] = "wrong_option"
    elif k == "hedge":
        c["steps"] = steps[:-1] + [("选项%s「%s」：%s" if zhl else "Option %s (%s): %s") % (R, right, why)]
        c["final"] = ("答案应该是 %s 或 %s，两者都有可能。" if zhl else
                      "It's between %s and %s; both seem defensible, so the answer is %s or %s.") % (
            (R, W) if zhl else (R, W, R, W))
        c["trap"] = "hedge_two_options"
    else:
        c["steps"] = steps[:-1] + [("选项%s「%s」：%s" if zhl else "Option %s (%s): %s") % (R, right, why)]
        c["steps"] += [("所以选 %s。等等，再看一下选项%s「%s」……嗯，还是选 %s 更合理。" if zhl else
                               "So it's %s. Wait, let me reconsider option %s (%s)... Actually, I'll change my answer to %s.")
                              % (R, W, opts[wi], W)]
        c["ans"] = W
        c["trap"] = "changed_to_wrong_option"
    return c


def mc_fact(rng, ok):
    st, r, d, why = rng.choice(FACTS_EN)
    return mc_case(rng, ok, st, r, d, why, False, "mmlu_like",
                   ["The question is: %s I need to pick one option." % st,
                    "Let me go through the options one by one and eliminate the ones that don't fit."])


def mc_fact_zh(rng, ok):
    st, r, d, why = rng.choice(FACTS_ZH)
    return mc_case(rng, ok, st, r, d, why, True, "ceval_like", ["题目问：%s" % st, "我逐一分析各个选项。"])


def mc_mod(rng, ok):
    a, n, m = rng.choice([2, 3, 7, 8, 9]), rng.randint(20, 99), rng.choice([5, 7, 9, 11])
    if a % m == 0:
        return mc_mod(rng, ok)
    cyc, v = [], 1
    while True:
        v = v * a % m
        if v in cyc:
            break
        cyc.append(v)
    val = pow(a, n, m)
    L = len(cyc)
    dis = [str(x) for x in range(m) if x != val]
    st = "What is the remainder when %d^%d is divided by %d?" % (a, n, m)
    steps = ["Powers of %d mod %d: %s, and then the pattern repeats with period %d." % (a, m, ", ".join(map(str, cyc)), L),
             "%d mod %d = %d, so %d^%d has the same remainder as %d^%d." % (n, L, n % L or L, a, n, a, n % L or L),
             "That remainder is %d." % val]
    r = n % L
    wv = cyc[r % L]
    wsteps = steps[:1] + ["%d mod %d = %d, so I take entry number %d of the cycle list (counting from 0)." % (n, L, r, r),
                          "That gives remainder %d." % wv]
    return mc_case(rng, ok, st, str(val), dis, "this matches the computed remainder %d." % val, False, "mmlu_like",
                   steps, (str(wv), wsteps))


def mc_frac(rng, ok):
    a, b, c, d = rng.randint(1, 7), rng.randint(2, 9), rng.randint(1, 7), rng.randint(2, 9)
    x, y = F(a, b), F(c, d)
    s = x + y
    cands = {plain(s), plain(F(a + c, b + d)), plain(x * y), plain(s + F(1, b * d)), plain(abs(x - y)), plain(s * 2)}
    cands.discard(plain(s))
    dis = sorted(cands)
    if len(dis) < 4:
        return mc_frac(rng, ok)
    st = "What is %d/%d + %d/%d in lowest terms?" % (a, b, c, d)
    steps = ["Common denominator: %d. %d/%d = %s and %d/%d = %s." % (
        b * d, a, b, "%d/%d" % (a * d, b * d), c, d, "%d/%d" % (c * b, b * d)),
        "Sum: %d/%d, which reduces to %s." % (a * d + c * b, b * d, plain(s))]
    ws = plain(F(a + c, b + d))
    wsteps = ["Add the numerators and the denominators: (%d + %d)/(%d + %d) = %d/%d = %s." % (a, c, b, d, a + c, b + d, ws)]
    return mc_case(rng, ok, st, plain(s), dis, "this equals the reduced sum %s." % plain(s), False, "mmlu_like",
                   steps, (ws, wsteps))


def mc_zh_calc(rng, ok):
    l, w = rng.randint(3, 15), rng.randint(2, 12)
    if l == w:
        return mc_zh_calc(rng, ok)
    st = "一个长方形的长是 %d 厘米，宽是 %d 厘米，它的周长是多少厘米？" % (l, w)
    right = "%d 厘米" % (2 * (l + w))
    dis = ["%d 厘米" % (l * w), "%d 厘米" % (l + w), "%d 厘米" % (2 * l + w)]
    steps = ["长方形周长 = (长 + 宽) × 2 = (%d + %d) × 2 = %d 厘米。" % (l, w, 2 * (l + w))]
    wsteps = ["周长 = 长 × 宽 = %d × %d = %d 厘米。" % (l, w, l * w)]
    return mc_case(rng, ok, st, right, dis, "与计算结果 %d 厘米一致。" % (2 * (l + w)), True, "ceval_like", steps,
                   ("%d 厘米" % (l * w), wsteps))


GENS = [(mc_fact, 24), (mc_mod, 10), (mc_frac, 10), (mc_fact_zh, 12), (mc_zh_calc, 6)]
