"""Family G (part 2): multiple choice, short text answers, classification."""
from common import think, THINK_OPEN, balanced, lab

# (question, options, correct letter, why-right, wrong letter, why-wrong)
MC_EN = [
    ("Which gas do green plants take in from the air for photosynthesis?", ["Oxygen", "Nitrogen", "Carbon dioxide", "Hydrogen"], "C",
     "Photosynthesis combines carbon dioxide and water, using light energy, to make glucose and release oxygen.", "A",
     "Plants need oxygen to build sugars during photosynthesis, so they take it in from the air."),
    ("What is the SI unit of electrical resistance?", ["Volt", "Ohm", "Ampere", "Watt"], "B",
     "Resistance is voltage divided by current, and its SI unit is the ohm (Ω).", "A",
     "Resistance is tied to the potential difference across a component, which is measured in volts."),
    ("Which planet is closest to the Sun?", ["Venus", "Earth", "Mercury", "Mars"], "C",
     "The order outward from the Sun is Mercury, Venus, Earth, Mars, so Mercury is closest.", "A",
     "Venus is the hottest planet, so it must be the one closest to the Sun."),
    ("Which organelle is the main site of ATP production in eukaryotic cells?", ["Ribosome", "Mitochondrion", "Golgi apparatus", "Lysosome"], "B",
     "Cellular respiration's Krebs cycle and electron transport chain take place in the mitochondria, which produce most of the cell's ATP.", "A",
     "Ribosomes are where the cell's energy-intensive work of making proteins happens, so ATP is produced there."),
    ("What is the derivative of $\\sin x$?", ["$\\cos x$", "$-\\cos x$", "$-\\sin x$", "$\\tan x$"], "A",
     "From the limit definition, $\\frac{d}{dx}\\sin x = \\cos x$.", "B",
     "Differentiating a trig function introduces a minus sign, so $\\frac{d}{dx}\\sin x = -\\cos x$."),
    ("Which of the following numbers is prime?", ["21", "27", "29", "33"], "C",
     "21 = 3·7, 27 = 3·9 and 33 = 3·11 are composite; 29 has no divisors other than 1 and itself.", "B",
     "27 is odd and not divisible by 2 or 5, so it is prime."),
    ("What is the chemical symbol for sodium?", ["S", "So", "Na", "Sd"], "C",
     "Sodium's symbol comes from its Latin name natrium: Na.", "B",
     "The symbol is usually the first two letters of the element's name, so sodium is So."),
    ("A price ceiling set below the equilibrium price usually leads to which outcome?", ["A surplus", "A shortage", "No change in quantity traded", "Deflation across the economy"], "B",
     "Below equilibrium, quantity demanded exceeds quantity supplied, so there is a shortage.", "A",
     "A low maximum price makes producers sell more, so goods pile up as a surplus."),
    ("Which data structure serves elements in first-in, first-out (FIFO) order?", ["Stack", "Queue", "Binary tree", "Heap"], "B",
     "A queue removes elements in the order they were added, which is FIFO; a stack is LIFO.", "A",
     "A stack processes elements in the order they arrive, so it is FIFO."),
    ("At standard atmospheric pressure, water boils at approximately which temperature?", ["273 K", "300 K", "373 K", "473 K"], "C",
     "Water boils at 100 °C, and 100 + 273 = 373 K.", "A",
     "The key reference temperature for water is 273 K, so that is where it boils."),
    ("Who wrote the novel *Pride and Prejudice*?", ["Charlotte Brontë", "Jane Austen", "Mary Shelley", "George Eliot"], "B",
     "*Pride and Prejudice* (1813) is Jane Austen's novel about Elizabeth Bennet and Mr Darcy.", "A",
     "Charlotte Brontë wrote the best-known English novels about marriage and class, including *Pride and Prejudice*."),
    ("What is the worst-case time complexity of binary search on a sorted array of $n$ elements?", ["$O(n)$", "$O(\\log n)$", "$O(n \\log n)$", "$O(1)$"], "B",
     "Each comparison halves the search range, so at most about $\\log_2 n$ steps are needed.", "A",
     "In the worst case the element is at the end, so every element may have to be checked: $O(n)$."),
    ("Which blood cells mainly transport oxygen?", ["White blood cells", "Platelets", "Red blood cells", "Plasma cells"], "C",
     "Red blood cells contain hemoglobin, which binds oxygen.", "A",
     "White blood cells circulate everywhere in the body, so they carry the oxygen."),
    ("Which equation expresses Newton's second law of motion?", ["$F = ma$", "$E = mc^2$", "$V = IR$", "$PV = nRT$"], "A",
     "Newton's second law says net force equals mass times acceleration.", "B",
     "$E = mc^2$ is the most fundamental law relating mass to motion, so it is the second law."),
    ("Which is the largest ocean on Earth?", ["Atlantic Ocean", "Indian Ocean", "Arctic Ocean", "Pacific Ocean"], "D",
     "The Pacific covers roughly a third of Earth's surface, more than any other ocean.", "A",
     "The Atlantic separates whole continents, so it is the largest ocean."),
    ("What is $\\log_{10} 1000$?", ["2", "3", "10", "100"], "B",
     "$10^3 = 1000$, so $\\log_{10} 1000 = 3$.", "D",
     "$1000 / 10 = 100$, so the logarithm is 100."),
]
MC_ZH = [
    ("水的化学式是", ["H₂O₂", "H₂O", "CO₂", "O₂"], "B", "水分子由两个氢原子和一个氧原子构成，化学式为 H₂O。", "A", "水中含有氢和氧，H₂O₂ 也由氢和氧组成，所以选它。"),
    ("《红楼梦》的作者是", ["罗贯中", "施耐庵", "曹雪芹", "吴承恩"], "C", "《红楼梦》是清代曹雪芹所著。罗贯中写《三国演义》，施耐庵写《水浒传》，吴承恩写《西游记》。", "D", "吴承恩是明清时期最著名的小说家，《红楼梦》应为他所作。"),
    ("光在真空中的传播速度约为", ["3×10⁵ m/s", "3×10⁸ m/s", "3×10⁶ km/s", "340 m/s"], "B", "光速约为 3×10⁸ m/s（即 3×10⁵ km/s）。340 m/s 是空气中的声速。", "A", "光速约为 30 万，所以是 3×10⁵ m/s。"),
    ("下列数中是偶数的是", ["15", "27", "34", "41"], "C", "能被 2 整除的数是偶数，只有 34 能被 2 整除。", "B", "27 的各位数字之和是 9，能被 3 整除，所以是偶数。"),
    ("地球自转一周大约需要", ["一年", "一个月", "一天", "一小时"], "C", "地球自转一周约 24 小时，即一天；公转一周约一年。", "A", "地球绕太阳转一圈需要一年，所以自转一周也是一年。"),
    ("植物进行光合作用的主要场所是", ["线粒体", "叶绿体", "细胞核", "液泡"], "B", "叶绿体含有叶绿素，是光合作用的场所；线粒体是呼吸作用的场所。", "A", "线粒体是细胞的“动力车间”，所以光合作用在线粒体中进行。"),
]


def mc(rng, lang, correct, err, item, k):
    q0, opts, right, why, wrong, whywrong = item
    letters = "ABCD"
    if lang == "zh":
        q = q0 + "（  ）\n" + "\n".join("%s. %s" % (letters[i], o) for i, o in enumerate(opts))
    else:
        q = q0 + "\n" + "\n".join("(%s) %s" % (letters[i], o) for i, o in enumerate(opts))
    pick = right if correct else wrong
    text = opts[letters.index(pick)]
    style = (k // 2) % 6
    if lang == "zh":
        lines = [("分析：" + why) if correct else ("分析：" + whywrong)]
        other = [l for l in letters if l != pick] if (correct or err != "hedge") else [l for l in letters if l not in (right, wrong)]
        lines.append("其余选项%s都不符合题意。" % "、".join(other))
        if not correct and err == "hedge":
            end = "答案是 %s 或 %s。" % tuple(sorted([right, wrong]))
        else:
            end = ["答案：%s", "故选 %s。", "**答案：%s**", "正确答案是 %s。"][style % 4] % pick
        body = "\n\n".join(lines + [end])
        if rng.random() < 0.5:
            body = think(["先看题目问什么。", "逐个排除选项。"]) + body
        return q, body
    lines = []
    for i, o in enumerate(opts):
        L = letters[i]
        if L == pick:
            lines.append("- (%s) %s: %s" % (L, o, why if correct else whywrong))
        else:
            lines.append("- (%s) %s: %s" % (L, o, ["this doesn't fit.", "not correct.", "can be ruled out.", "no."][(i + k) % 4]))
    if not correct and err == "hedge":
        end = "So the answer is either (%s) or (%s); both seem defensible." % tuple(sorted([right, wrong]))
        lines[letters.index(right)] = "- (%s) %s: %s" % (right, opts[letters.index(right)], "also plausible — " + why[0].lower() + why[1:])
    else:
        end = ["The answer is (%s)." % pick, "**Answer: %s**" % pick, "%s. %s" % (pick, text), "$\\boxed{%s}$" % pick,
               "Answer: %s" % pick, "The correct option is %s." % text][style]
        if style == 5 and correct:
            end = "The correct choice is %s." % text  # option text only, no letter
    body = "Let me go through the options.\n\n" + "\n".join(lines) + "\n\n" + end
    if rng.random() < 0.6:
        body = think([rng.choice(THINK_OPEN), (why if correct else whywrong), "Let me double-check the other options quickly."]) + body
    return q, body


# (passage, question, answer, wrong answer)
DROP = [
    ("The Harbor City Gulls opened the scoring when quarterback Dane Whitlock found tight end Omar Reyes for a 12-yard touchdown. "
     "The Ridgeback Foxes answered with a 47-yard field goal by Lucas Brenner, and then running back Tevin Marsh broke free for a 63-yard touchdown run. "
     "Before halftime, Whitlock threw a 28-yard touchdown pass to receiver Jalen Cole, giving the Gulls a 14-10 lead.",
     [("Which team scored first?", "Harbor City Gulls", "Ridgeback Foxes"),
      ("Who scored the longest touchdown of the first half?", "Tevin Marsh", "Jalen Cole")]),
    ("In 1742 the town council of Veldmark voted to rebuild the stone bridge that had collapsed during the spring floods. "
     "The work was entrusted to the mason Pieter Hollander, who completed it in 1746. "
     "A second bridge, downstream at Oudekerk, was finished in 1751 by his apprentice Maarten Vos.",
     [("Who completed the bridge at Veldmark?", "Pieter Hollander", "Maarten Vos"),
      ("Which bridge was finished later, the one at Veldmark or the one at Oudekerk?", "Oudekerk", "Veldmark")]),
    ("The census of the province recorded 48,200 farmers, 15,600 artisans and 9,300 merchants. "
     "Most of the merchants lived in the port city of Salvera, while the artisans were concentrated in the inland town of Merrow.",
     [("Which group was the largest in the census?", "farmers", "artisans"),
      ("Where were most of the artisans concentrated?", "Merrow", "Salvera")]),
    ("Midway through the third quarter, the Lakeside Herons' kicker Aaron Pell missed a 51-yard attempt. "
     "On the next drive, the Pinecrest Owls' quarterback Ravi Mendez scrambled 9 yards for a touchdown. "
     "The Herons replied with a 33-yard touchdown catch by wide receiver Colin Vance.",
     [("Which player scored a rushing touchdown?", "Ravi Mendez", "Colin Vance"),
      ("Who missed a field goal attempt?", "Aaron Pell", "Ravi Mendez")]),
]
DROP_ZH = [
    ("1908年，青山镇修建了第一所新式学堂，由乡绅周德元出资，首任校长是从省城请来的林思齐。1915年，学堂扩建为中学，校长改由林思齐的学生陈若谷担任。",
     [("青山镇第一所新式学堂的首任校长是谁？", "林思齐", "陈若谷")]),
]


def drop(rng, lang, correct, err, passage, qa, k):
    qq, ans, wrong = qa
    zh = lang == "zh"
    q = ("阅读下面的短文，回答问题。\n\n" if zh else "Read the passage and answer the question.\n\n") + passage + ("\n\n问题：" if zh else "\n\nQuestion: ") + qq
    pick = ans if correct else wrong
    style = (k // 2) % 4
    if zh:
        sents = [x + "。" for x in passage.split("。") if x.strip()]
        ev = [x for x in sents if pick in x and (correct or ans not in x)] or [x for x in sents if pick in x] or sents[:1]
        body = "短文中提到：" + ev[0] + "\n\n" + "根据原文，答案是%s。" % pick
        return q, body
    sentences = [s.strip() for s in passage.split(". ") if s.strip()]
    ev = [s for s in sentences if pick.split()[0] in s] or sentences[:1]
    team = pick.split()[-1] in ("Gulls", "Foxes")
    forms = ["The answer is %s." % ("the " + pick if team else pick), "**Answer:** %s" % pick, pick, "Answer: %s" % pick]
    end = forms[style]
    body = "Relevant part of the passage: \"%s.\"\n\n" % ev[0].rstrip(".") + "This sentence tells us what the question asks about.\n\n" + end
    if rng.random() < 0.6:
        body = think([rng.choice(THINK_OPEN), "I need to find the sentence in the passage that answers: " + qq, "Found it."]) + body
    return q, body


# (text, label, wrong label, reasoning-right, reasoning-wrong)
SENT = [
    ("The battery died after two hours and customer support never replied to my emails.", "negative", "neutral",
     "The reviewer reports a product failure and poor support; both are complaints.", "The review mostly states facts about battery life and emails without strong emotion."),
    ("Honestly the best pair of headphones I've owned — crisp sound and they fold flat for travel.", "positive", "neutral",
     "'The best pair I've owned' and praise for sound and portability are clearly favorable.", "It describes features (sound, folding) in a matter-of-fact way."),
    ("The package arrived on Tuesday. It contains a charger and a cable.", "neutral", "positive",
     "It only lists delivery date and contents, with no opinion.", "The package arrived on time and complete, which is good news for the customer."),
    ("I wanted to love this café, but the coffee was lukewarm and the pastries were stale.", "negative", "positive",
     "Despite the hopeful opening, the concrete judgments (lukewarm coffee, stale pastries) are negative.", "The reviewer says they wanted to love the café, which signals a favorable attitude."),
]
NLI = [
    ("A woman is riding a bicycle along a beach at sunset.", "A person is outdoors.", "entailment", "neutral",
     "Riding along a beach means being outdoors, so the hypothesis must be true.", "The premise doesn't say explicitly whether she is outdoors."),
    ("Two children are building a sandcastle.", "The children are asleep in their beds.", "contradiction", "neutral",
     "They cannot be building a sandcastle and asleep in bed at the same time.", "The children could sleep later; the premise does not rule it out."),
    ("A man is reading a newspaper on a train.", "The man is travelling to work.", "neutral", "entailment",
     "The premise doesn't say where he is going; it might or might not be work.", "People reading newspapers on trains are typically commuters, so he is going to work."),
]
TOPIC = [
    ("The central bank raised interest rates by a quarter point on Wednesday, citing persistent inflation.", "business", "politics",
     "Interest rates, a central bank and inflation are economic/business news.", "A central bank is a government institution, so this is politics."),
    ("The striker scored twice in extra time to send her club into the cup final.", "sports", "business",
     "A striker, extra time and a cup final are about a football match.", "Clubs are businesses with finances, so this is business news."),
    ("Researchers observed a new exoplanet orbiting within the habitable zone of a nearby red dwarf.", "science", "sports",
     "Exoplanets and habitable zones belong to astronomy, i.e. science.", "Observing objects in the sky is a hobby like a sport."),
]
SENT_ZH = [
    ("这家酒店的房间干净整洁，服务员也非常热情，下次还会再来。", "正面", "负面", "评论称赞了房间和服务，并表示会再来，情感是正面的。", "评论提到了“下次”，说明这次体验不够好。"),
    ("等了一个多小时才上菜，而且菜是凉的，太失望了。", "负面", "正面", "等待时间长、菜是凉的、“太失望了”，都是负面评价。", "顾客愿意等一个多小时，说明这家店很受欢迎。"),
]


def classify(rng, lang, correct, err, item, kind, k):
    zh = lang == "zh"
    style = (k // 2) % 4
    if kind == "nli":
        prem, hyp, lab_, wlab, rr, rw = item
        q = ("Premise: %s\nHypothesis: %s\n\nDoes the premise entail the hypothesis? Answer with one of: entailment, neutral, contradiction." % (prem, hyp))
    elif kind == "topic":
        txt, lab_, wlab, rr, rw = item
        q = "Classify the topic of the following news sentence as one of: business, sports, science, politics.\n\n\"%s\"" % txt
    elif zh:
        txt, lab_, wlab, rr, rw = item
        q = "判断下面评论的情感倾向（正面/负面）：\n\n“%s”" % txt
    else:
        txt, lab_, wlab, rr, rw = item
        q = "Classify the sentiment of this review as positive, negative, or neutral.\n\n\"%s\"" % txt
    pick = lab_ if correct else wlab
    reason = rr if correct else rw
    if zh:
        end = ["情感倾向：%s", "答案：%s", "**%s**", "所以是%s评价。"][style] % pick
        body = "分析：" + reason + "\n\n" + end
        if not correct and err == "hedge":
            body = "分析：" + rr + "不过也可以理解为" + wlab + "。\n\n答案：%s/%s" % (lab_, wlab)
        return q, body
    cap = pick.capitalize() if style in (1, 3) else pick
    end = ["**Label:** %s", "Answer: %s", "The %s is **%s**." % ("relation" if kind == "nli" else "category" if kind == "topic" else "sentiment", "%s"),
           "Final label: %s"][style] % cap
    body = reason + "\n\n" + end
    if not correct and err == "hedge":
        body = rr + " On the other hand, " + rw[0].lower() + rw[1:] + "\n\nFinal label: %s or %s" % (lab_, wlab)
    if rng.random() < 0.5:
        body = think([rng.choice(THINK_OPEN), "Let me look at the key words.", reason]) + body
    return q, body


def build(B, rng):
    en_items = MC_EN[:]
    rng.shuffle(en_items)
    for i, (lang, correct, err) in enumerate(balanced(14, 0, ["wrong", "wrong", "hedge"])):
        q, out = mc(rng, lang, correct, err, en_items[i], i)
        B.add("G_general", "multiple_choice", "mmlu_like", "alphabet_option", lang, q, out, en_items[i][2], lab(correct))
    for i, (lang, correct, err) in enumerate(balanced(6, 6, ["wrong", "hedge", "wrong"])):
        item = MC_ZH[i]
        q, out = mc(rng, "zh", correct, err, item, i)
        B.add("G_general", "multiple_choice", "cmmlu_like", "alphabet_option", "zh", q, out, item[2], lab(correct))
    pairs = [(p, qa) for p, qas in DROP for qa in qas]
    for i, (lang, correct, err) in enumerate(balanced(8, 0, ["x"])):
        p, qa = pairs[i]
        q, out = drop(rng, "en", correct, err, p, qa, i)
        B.add("G_general", "reading_span", "drop_like", "short_text", "en", q, out, qa[1], lab(correct))
    for i, correct in enumerate([True, False]):
        p, qas = DROP_ZH[0]
        q, out = drop(rng, "zh", correct, None, p, qas[0], i)
        B.add("G_general", "reading_span", "cmrc_like", "short_text", "zh", q, out, qas[0][1], lab(correct))
    items = [("sent", x) for x in SENT] + [("nli", x) for x in NLI] + [("topic", x) for x in TOPIC]
    plan = balanced(10, 0, ["wrong", "wrong", "hedge"])
    for i, (lang, correct, err) in enumerate(plan):
        kind, item = items[i]
        q, out = classify(rng, "en", correct, err, item, kind, i)
        ds = {"sent": "sentiment_like", "nli": "nli_like", "topic": "topic_like"}[kind]
        B.add("G_general", "classification_" + kind, ds, "categorical_label", "en", q, out, item[2] if kind == "nli" else item[1], lab(correct))
    for i, (correct, err, item) in enumerate([(True, None, SENT_ZH[0]), (False, "wrong", SENT_ZH[1]), (True, None, SENT_ZH[1]), (False, "hedge", SENT_ZH[0])]):
        q, out = classify(rng, "zh", correct, err, item, "sent", i)
        B.add("G_general", "classification_sent", "sentiment_like", "categorical_label", "zh", q, out, item[1], lab(correct))
