"""Multiple choice: hand-written questions with reasoning per option, a misconception for the distractor, and the
label style (letters, Roman or Arabic numerals); ``build_mc`` emits the cases."""

from .cases import R, add, pick
from .solution import WAIT

ROMAN = ["I", "II", "III", "IV", "V"]
MC = [
    # (lang, dataset, stem, options, answer index, notes per option, distractor index, misconception, label style, variants)
    ("en", "MMLU", "Which enzyme is primarily responsible for unwinding the DNA double helix at the replication fork?",
     ["DNA ligase", "Primase", "Helicase", "DNA polymerase I"], 2,
     ["Ligase seals nicks between Okazaki fragments; it acts after synthesis, not at the fork opening.",
      "Primase lays down short RNA primers; it needs single-stranded template that someone else has already exposed.",
      "Helicase uses ATP to break the hydrogen bonds between base pairs, separating the strands — exactly 'unwinding'.",
      "Pol I removes RNA primers and fills gaps; it does not open the helix."], 1,
     "Primase is the first enzyme to act on the template, so it must be the one that opens the helix.", "letter",
     ["label", "text", "wrong_label", "stray_a", "hedge"]),
    ("en", "MMLU", "What is the worst-case time complexity of binary search on a sorted array of n elements?",
     ["O(1)", "O(log n)", "O(n)", "O(n log n)"], 1,
     ["Constant time would require knowing the position in advance.",
      "Each comparison halves the remaining range, so about log2(n) comparisons suffice.",
      "Linear time is the cost of a plain sequential scan, which binary search avoids.",
      "n log n is the cost of comparison sorting, not of searching an already sorted array."], 2,
     "In the worst case the element is absent, and we may have to look at every element, which is linear.", "letter",
     ["label", "wrong_label", "sc_good", "multi"]),
    ("en", "MMLU", "If a government sets a binding price floor above the equilibrium price in a competitive market, what is the most likely result?",
     ["A shortage of the good", "A surplus of the good", "No change in quantity traded", "An increase in quantity demanded"], 1,
     ["Shortages arise from price ceilings set below equilibrium, not floors above it.",
      "At the higher price, quantity supplied rises and quantity demanded falls, so supply exceeds demand: a surplus.",
      "A binding floor changes the traded quantity (it falls to the quantity demanded).",
      "A higher price reduces quantity demanded, it does not increase it."], 0,
     "A price floor restricts how low prices can go, which limits availability, so buyers can't get enough — a shortage.", "letter",
     ["label", "text", "wrong_text", "sc_bad"]),
    ("en", "ARC", "Which planet in our solar system has the shortest day (rotation period)?",
     ["Mars", "Venus", "Jupiter", "Earth"], 2,
     ["Mars rotates in about 24.6 hours, very close to Earth.",
      "Venus rotates extremely slowly — one sidereal day is about 243 Earth days.",
      "Jupiter rotates in just under 10 hours, the fastest of all planets.",
      "Earth's sidereal day is about 23.9 hours."], 3,
     "Earth has the shortest day among the rocky planets, and gas giants don't really have a solid surface to define a day.", "letter",
     ["label", "text", "wrong_label", "stray_a"]),
    ("en", "MMLU_enh", "Which noble gas is the most abundant in Earth's atmosphere?",
     ["Helium", "Neon", "Argon", "Krypton"], 2,
     ["Helium is light enough to escape to space; it is only about 5 ppm.",
      "Neon is about 18 ppm.",
      "Argon makes up about 0.93% of dry air, produced largely by decay of potassium-40.",
      "Krypton is about 1 ppm."], 0,
     "Helium is the most abundant noble gas in the universe, so it should also dominate in the atmosphere.", "roman",
     ["label", "text", "wrong_label", "letter_for_roman"]),
    ("en", "MMLU", "The Meiji Restoration of 1868 took place in which country?",
     ["China", "Korea", "Japan", "Thailand"], 2,
     ["China's late-Qing reforms (Self-Strengthening Movement) are a different event.",
      "Korea was under the Joseon dynasty; it had no 'Meiji' emperor.",
      "The Meiji Restoration returned power to Emperor Meiji and ended the Tokugawa shogunate in Japan.",
      "Thailand (Siam) had the Chakri reforms under King Chulalongkorn, not the Meiji Restoration."], 0,
     "The Restoration was a response to the Opium Wars, which happened in China.", "letter",
     ["label", "wrong_label", "hedge", "text"]),
    ("en", "MMLU_enh", "In the TCP three-way handshake, which flag is set in the very first segment sent by the client?",
     ["ACK", "SYN", "FIN", "RST"], 1,
     ["ACK is set in the second (SYN-ACK) and third segments, not in the first.",
      "The client opens with a SYN segment carrying its initial sequence number.",
      "FIN is used to close a connection.",
      "RST aborts a connection."], 0,
     "Every TCP segment acknowledges something, so the first segment must be an ACK.", "arabic",
     ["label", "text", "wrong_label", "sc_good"]),
    ("en", "MMLU", "Which of the following numbers is prime?",
     ["91", "93", "97", "99"], 2,
     ["91 = 7 × 13.", "93 = 3 × 31.", "97 is not divisible by 2, 3, 5 or 7, and 11² = 121 > 97, so 97 is prime.", "99 = 9 × 11."], 0,
     "91 is not divisible by 2, 3 or 5, so it must be prime.", "letter",
     ["label", "text", "wrong_label", "multi", "stray_a"]),
    ("en", "MMLU", "Which measure of central tendency is least affected by a single extremely large outlier?",
     ["Mean", "Median", "Mid-range", "Standard deviation"], 1,
     ["The mean moves in proportion to the outlier's size.",
      "The median depends only on the middle order statistic, so one extreme value barely moves it.",
      "The mid-range is the average of min and max, so it is maximally sensitive to an outlier.",
      "Standard deviation is a measure of spread, not central tendency, and it is very sensitive to outliers anyway."], 0,
     "The mean uses all the data, so it averages out the outlier's effect.", "letter",
     ["label", "wrong_text", "text", "sc_bad"]),
    ("en", "GPQA", "Which SI unit is used for magnetic flux?",
     ["Tesla", "Weber", "Henry", "Gauss"], 1,
     ["The tesla is the unit of magnetic flux density (flux per area), not flux itself.",
      "The weber (Wb = T·m² = V·s) is the SI unit of magnetic flux.",
      "The henry is the unit of inductance.",
      "The gauss is a CGS unit of flux density."], 0,
     "Magnetic field strength and flux are the same thing, and the tesla is the SI unit for it.", "letter",
     ["label", "text", "wrong_label", "hedge"]),
    ("en", "MMLU", "Which data structure processes elements in first-in, first-out (FIFO) order?",
     ["Stack", "Queue", "Binary heap", "Hash table"], 1,
     ["A stack is LIFO.", "A queue removes elements in the order they were inserted — FIFO.",
      "A heap removes by priority.", "A hash table has no inherent removal order."], 0,
     "A stack pushes items in order and pops them in order, which is first-in first-out.", "letter",
     ["label", "wrong_label", "text"]),
    ("en", "GPQA", "Which reagent oxidizes a primary alcohol to an aldehyde while largely avoiding over-oxidation to the carboxylic acid?",
     ["Potassium permanganate (KMnO4)", "Jones reagent (CrO3/H2SO4, aqueous acetone)", "Pyridinium chlorochromate (PCC) in CH2Cl2", "Sodium borohydride (NaBH4)"], 2,
     ["Hot KMnO4 oxidizes primary alcohols all the way to carboxylic acids.",
      "Jones reagent works in aqueous acid; the aldehyde hydrate gets oxidized further to the acid.",
      "PCC in anhydrous dichloromethane stops at the aldehyde because no water is present to form the hydrate.",
      "NaBH4 is a reducing agent; it would not oxidize an alcohol at all."], 1,
     "Jones reagent is a chromium(VI) oxidant just like PCC, and it is the classic reagent for making aldehydes.", "letter",
     ["label", "text", "wrong_text", "sc_good", "stray_a"]),
    ("en", "MMLU_enh", "Who composed the ballet 'The Rite of Spring' (1913)?",
     ["Claude Debussy", "Igor Stravinsky", "Sergei Prokofiev", "Maurice Ravel"], 1,
     ["Debussy attended the premiere but did not write it.",
      "Stravinsky wrote it for Diaghilev's Ballets Russes; the Paris premiere famously caused a near-riot.",
      "Prokofiev wrote 'Romeo and Juliet' and 'Cinderella' ballets, later.",
      "Ravel wrote 'Daphnis et Chloé' for the Ballets Russes, not this one."], 3,
     "Ravel wrote several ballets for the Ballets Russes around that time, so it is most likely his.", "roman",
     ["label", "text", "wrong_label", "sc_bad"]),
    ("en", "MMLU_enh", "On the Mohs scale of mineral hardness, what is the hardness of corundum?",
     ["7", "8", "9", "10"], 2,
     ["7 is quartz.", "8 is topaz.", "9 is corundum (ruby and sapphire are varieties).", "10 is diamond."], 3,
     "Corundum is used as an abrasive alongside diamond, so it sits at the top of the scale.", "arabic",
     ["label", "text_num", "wrong_label"]),
    ("zh", "CMMLU", "下列不属于我国古代“四大发明”的是？",
     ["指南针", "造纸术", "火药", "地动仪"], 3,
     ["指南针属于四大发明。", "造纸术属于四大发明（东汉蔡伦改进）。", "火药属于四大发明。", "地动仪是东汉张衡的发明，但不属于“四大发明”（四大发明是造纸术、指南针、火药、印刷术）。"], 0,
     "指南针最早叫司南，是战国时期的器物，不算真正的发明。", "letter",
     ["label", "text", "wrong_label", "sc_good", "hedge"]),
    ("zh", "C-Eval", "开凿贯通南北的大运河（以洛阳为中心）的朝代是？",
     ["秦朝", "汉朝", "隋朝", "唐朝"], 2,
     ["秦朝修建了灵渠和长城，不是大运河。", "汉朝没有开凿贯通南北的大运河。", "隋炀帝时开凿了以洛阳为中心、北至涿郡、南达余杭的大运河。", "唐朝沿用了隋朝运河。"], 3,
     "唐朝国力最强，大运河应是唐朝修建的。", "letter",
     ["label", "text", "wrong_label", "stray_a"]),
    ("zh", "C-Eval", "绿色植物光合作用的产物是？",
     ["二氧化碳和水", "有机物（如葡萄糖）和氧气", "氧气和二氧化碳", "水和无机盐"], 1,
     ["二氧化碳和水是光合作用的原料，不是产物。", "光合作用把 CO₂ 和水转化为有机物（葡萄糖等），同时释放氧气。", "二氧化碳是原料。", "水和无机盐是根吸收的物质。"], 0,
     "光合作用会“产生”水和二氧化碳的交换，所以产物是二氧化碳和水。", "letter",
     ["label", "wrong_text", "text", "multi"]),
    ("zh", "CMMLU", "函数 $y=x^3$ 在实数集 $\\mathbb{R}$ 上是？",
     ["增函数", "减函数", "先减后增", "先增后减"], 0,
     ["$y'=3x^2\\ge0$，且只在 x=0 一点为零，所以在 R 上单调递增。", "若是减函数导数应小于零，但 3x²≥0。", "先减后增是 y=x² 的特征。", "先增后减不符合 x³ 的图像。"], 2,
     "在 x=0 处导数为 0，函数在这里转折，所以是先减后增。", "letter",
     ["label", "text", "wrong_label", "sc_bad"]),
    ("zh", "CMMLU", "下列人物中，属于“唐宋八大家”的是？",
     ["李白", "杜甫", "苏轼", "白居易"], 2,
     ["李白是诗人，不在唐宋八大家之列。", "杜甫是诗人，也不在其中。", "苏轼（与苏洵、苏辙）属于唐宋八大家。", "白居易是诗人，不在其中。"], 0,
     "李白是唐代最有名的文学家，所以一定在唐宋八大家里。", "letter",
     ["label", "text", "wrong_label", "hedge"]),
    ("zh", "C-Eval_enh", "我国面积最大的省级行政区是？",
     ["内蒙古自治区", "西藏自治区", "新疆维吾尔自治区", "青海省"], 2,
     ["内蒙古约 118 万平方千米，排第三。", "西藏约 120 万平方千米，排第二。", "新疆约 166 万平方千米，面积最大。", "青海约 72 万平方千米。"], 1,
     "西藏地域辽阔、高原面积巨大，应该是面积最大的。", "roman",
     ["label", "text", "wrong_label", "sc_good"]),
]

MC_END = {
    "en": ["I'll go with ({L}).", "The best answer is {L}.", "Answer: ({L})", "So the correct option is **{L}**.", "I would choose {L}.",
           "The answer is \\boxed{{{L}}}.", "Therefore, the answer is {L}: {T}.", "My final choice: option {L}."],
    "zh": ["答案：{L}", "故选{L}。", "所以正确选项是 {L}。", "综上所述，答案为 {L}。", "因此选择 {L}（{T}）。", "最终答案：$\\boxed{{{L}}}$"],
}


def mc_labels(style):
    if style == "roman":
        return ROMAN[:4]
    if style == "arabic":
        return ["1", "2", "3", "4"]
    return ["A", "B", "C", "D"]


def mc_reason(lang, opts, labels, notes, stem):
    intro = (pick(["Let me go through the options one at a time.", "I'll evaluate each choice against what I know.",
                   "Let me recall the relevant facts and then check every option."]) if lang == "en"
             else pick(["逐项分析各选项：", "我们逐一判断每个选项。", "先回忆相关知识，再逐个排除。"]))
    body = "\n\n".join(f"**({l}) {o}** — {n}" for l, o, n in zip(labels, opts, notes))
    recap = (f"The question asks: \"{stem}\" I need the single option that fits that exactly, so let me keep the wording in mind while eliminating."
             if lang == "en" else f"题目问的是：“{stem}” 需要找出唯一符合题意的选项。")
    return recap + "\n\n" + intro + "\n\n" + body + "\n\n"


def build_mc():
    for (lang, ds, stem, opts, ans, notes, wr, mis, style, variants) in MC:
        labels = mc_labels(style)
        q = stem + "\nAnswer Choices: " + " ".join(f"({l}) {o}" for l, o in zip(labels, opts))
        if lang == "zh":
            q = stem + "\n选项：" + " ".join(f"({l}) {o}" for l, o in zip(labels, opts))
        gold = labels[ans]
        good = mc_reason(lang, opts, labels, notes, stem)
        bad_notes = list(notes)
        bad_notes[wr] = mis
        bad_notes[ans] = ("This sounds plausible at first, but I don't think it fully fits the question." if lang == "en"
                          else "乍看有道理，但我认为不完全符合题意。")
        bad = mc_reason(lang, opts, labels, bad_notes, stem)
        think = R.random() < 0.35

        def wrap(t):
            if not think:
                return t
            return "<think>\n" + t.strip() + "\n</think>\n\n" + ("Based on the elimination above:\n\n" if lang == "en" else "根据上面的排除：\n\n")

        def end(i):
            return pick(MC_END[lang]).format(L=labels[i], T=opts[i])
        for v in variants:
            if v == "label":
                add(ds, "alphabet_option", q, wrap(good) + end(ans), gold, "Correct", lang, "mc_label")
            elif v == "text":
                tail = (pick([f"The answer is: {opts[ans]}.", f"So it must be {opts[ans]}.", f"Final answer: {opts[ans]}"]) if lang == "en"
                        else pick([f"答案是：{opts[ans]}。", f"所以答案为{opts[ans]}。", f"综上所述，正确的是“{opts[ans]}”。"]))
                add(ds, "alphabet_option", q, wrap(good) + tail, gold, "Correct", lang, "mc_option_text")
            elif v == "text_num":
                add(ds, "alphabet_option", q, wrap(good) + f"Corundum therefore has hardness {opts[ans]}, so the answer is {opts[ans]} on the Mohs scale... "
                    f"that corresponds to option ({labels[ans]}).", gold, "Correct", lang, "mc_arabic_vs_content")
            elif v == "wrong_label":
                add(ds, "alphabet_option", q, wrap(bad) + end(wr), gold, "Incorrect", lang, "mc_wrong_label")
            elif v == "wrong_text":
                tail = (f"Therefore the answer is {opts[wr]}." if lang == "en" else f"因此答案是{opts[wr]}。")
                add(ds, "alphabet_option", q, bad + tail, gold, "Incorrect", lang, "mc_wrong_option_text")
            elif v == "hedge":
                a, b = sorted([ans, wr])
                tail = (f"Both ({labels[a]}) and ({labels[b]}) seem defensible here. I'd say the answer is {labels[a]} or {labels[b]}."
                        if lang == "en" else f"{labels[a]} 和 {labels[b]} 似乎都说得通，答案可能是 {labels[a]} 或 {labels[b]}。")
                add(ds, "alphabet_option", q, good + tail, gold, "Incorrect", lang, "mc_hedge")
            elif v == "multi":
                a, b = sorted([ans, wr])
                tail = (f"The correct answers are {labels[a]} and {labels[b]}." if lang == "en" else f"正确答案是 {labels[a]} 和 {labels[b]}。")
                add(ds, "alphabet_option", q, good + tail, gold, "Incorrect", lang, "mc_multiple_on_single")
            elif v == "stray_a":
                if lang == "en":
                    lead = "A quick way to approach this: eliminate what is clearly wrong first. A few of these options can be dismissed immediately.\n\n"
                else:
                    lead = "A 选项先不急着判断。我们先排除明显错误的。\n\n" if ans != 0 else "先排除明显错误的。\n\n"
                add(ds, "alphabet_option", q, lead + good + end(ans), gold, "Correct", lang, "mc_stray_letter_A")
                lead2 = ("A tricky one. A lot depends on definitions here. " if lang == "en" else "A 选项和其他选项都需要仔细考虑。")
                add(ds, "alphabet_option", q, lead2 + good[: len(good) * 2 // 3], gold, "Incorrect", lang, "mc_stray_letter_no_answer")
            elif v == "sc_good":
                first = (f"My first instinct is ({labels[wr]}). " if lang == "en" else f"第一反应是 {labels[wr]}。") + mis + "\n\n"
                w = pick(WAIT[lang])
                add(ds, "alphabet_option", q, first + w + "\n\n" + good + end(ans), gold, "Correct", lang, "mc_self_correction")
            elif v == "sc_bad":
                w = ("Hmm, wait. On reflection, " if lang == "en" else "等等，再想一下，") + mis
                add(ds, "alphabet_option", q, good + end(ans) + "\n\n" + w + "\n\n" + end(wr), gold, "Incorrect", lang, "mc_self_correction_to_wrong")
            elif v == "letter_for_roman":
                # options are labelled I-IV; answering "C" (position letter) is ambiguous -> we only use the content+label form
                add(ds, "alphabet_option", q, good + f"So the answer is option {labels[ans]}, {opts[ans]}.", gold, "Correct", lang, "mc_roman_label")
            else:
                raise ValueError(v)
