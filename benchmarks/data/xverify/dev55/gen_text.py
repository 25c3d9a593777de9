"""Classification and short-answer generators (fictional passages)."""
PEOPLE = ["Lorna Vettel", "Arjun Maskey", "Beatrix Olufemi", "Casimir Doyle", "Ingrid Halvorsen", "Tobiah Renke", "Marisol Quent", "Yusuf Arandi"]
PEOPLE_ZH = ["林若溪", "许定远", "韩书瑶", "欧阳澈", "顾清岚", "宋启明"]
TOWNS = ["Harrowmere", "Velsbrook", "Ostryn", "Calder Flats", "Quillby"]
TOWNS_ZH = ["青石镇", "落霞村", "云川县", "白鹭湾"]


def gen_nli(r, lang):
    L = lang == "en"
    p = r.choice(PEOPLE if L else PEOPLE_ZH)
    t = r.choice(TOWNS if L else TOWNS_ZH)
    n = r.randint(3, 9)
    lab = r.choice(["entailment", "neutral", "contradiction"])
    if L:
        prem = "%s opened a bakery in %s and hired %d staff in its first month." % (p, t, n)
        hyp = {"entailment": "%s employs people at a business in %s." % (p.split()[0], t),
               "neutral": "%s's bakery is the most popular shop in %s." % (p.split()[0], t),
               "contradiction": "%s has never run a business in %s." % (p.split()[0], t)}[lab]
        q = "Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, neutral, contradiction." % (prem, hyp)
        why = {"entailment": "Hiring staff at a bakery she opened means she employs people there.",
               "neutral": "Popularity is never mentioned; the premise neither supports nor rules it out.",
               "contradiction": "Opening a bakery is running a business, so 'never' is directly contradicted."}[lab]
        forms = {"entailment": ["Entailment", "ENTAILMENT"], "neutral": ["Neutral", "NEUTRAL"], "contradiction": ["Contradiction", "CONTRADICTION"]}[lab]
        names = {"entailment": "entailment", "neutral": "neutral", "contradiction": "contradiction"}
    else:
        prem = "%s在%s开了一家面包店，第一个月雇了%d名员工。" % (p, t, n)
        hyp = {"entailment": "%s在%s雇有员工。" % (p, t), "neutral": "%s的面包店是%s最受欢迎的店。" % (p, t),
               "contradiction": "%s从未在%s经营过任何生意。" % (p, t)}[lab]
        q = "语句一：%s\n语句二：%s\n请判断两句话的关系，选项：蕴含、中立、矛盾。" % (prem, hyp)
        why = {"entailment": "开店并雇人，说明确实雇有员工。", "neutral": "是否最受欢迎，语句一没有提及，无法判断。",
               "contradiction": "开面包店就是经营生意，与“从未经营”直接矛盾。"}[lab]
        names = {"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}
        forms = {"entailment": ["蕴含关系", "entailment"], "neutral": ["中立关系", "neutral"], "contradiction": ["矛盾关系", "contradiction"]}[lab]
    ans = names[lab]
    others = [names[x] for x in names if x != lab]
    st = [("Premise says: %s" % prem if L else "语句一说：%s" % prem), ("Hypothesis: %s" % hyp if L else "语句二：%s" % hyp),
          (why + " So the label is %s." % ans if L else why + " 所以关系是%s。" % ans)]
    slip = ("Thinking about it loosely, I'd call it %s." % others[0] if L else "粗略地看，我会判为%s。" % others[0])
    return "cmnli_like" if not L else "nli_like", dict(q=q, ans=ans, forms=forms, wrong=others[:1] + others[1:], steps=st, slip=slip)


def gen_sent(r, lang):
    L = lang == "en"
    pos = r.random() < 0.5
    if L:
        item = r.choice(["headphones", "rice cooker", "hiking boots", "desk lamp", "travel mug", "board game"])
        txt = ("I bought the %s last month. Setup took a minute, it works exactly as described, and I have already recommended it to two friends." % item if pos else
               "I bought the %s last month. It stopped working after a week, support never replied, and I regret not returning it." % item)
        q = "Review: \"%s\"\nClassify the sentiment of this review as positive or negative." % txt
        ans, other = ("positive", "negative") if pos else ("negative", "positive")
        forms = [ans.capitalize(), "%s sentiment" % ans]
        st = ["Key phrases: %s." % ("'works exactly as described', 'recommended it'" if pos else "'stopped working', 'never replied', 'regret'"),
              "Overall tone is %s." % ans]
    else:
        item = r.choice(["电饭煲", "登山鞋", "蓝牙耳机", "台灯"])
        txt = ("上个月买的%s，安装很快，用起来和描述一致，已经推荐给朋友了。" % item if pos else "上个月买的%s，一周就坏了，客服一直不回复，后悔没退货。" % item)
        q = "评论：“%s”\n请判断这条评论的情感倾向：正面 或 负面。" % txt
        ans, other = ("正面", "负面") if pos else ("负面", "正面")
        forms = [ans + "情感", ans + "评价"]
        st = ["关键词：%s。" % ("“和描述一致”“推荐给朋友”" if pos else "“坏了”“不回复”“后悔”"), "整体语气是%s的。" % ans]
    slip = ("But the first sentence is neutral... maybe %s overall." % other if L else "不过第一句比较平淡……整体也许算%s。" % other)
    return "sentiment_like", dict(q=q, ans=ans, forms=forms, wrong=[other], steps=st, slip=slip)


def gen_yesno(r, lang):
    L = lang == "en"
    a, b = r.randint(11, 60), r.randint(11, 60)
    p = r.choice(PEOPLE if L else PEOPLE_ZH)
    claim_more = r.random() < 0.5
    truth = (a > b) == claim_more
    if a == b:
        a += 1
        truth = (a > b) == claim_more
    if L:
        q = ("Passage: In the spring survey, %s counted %d herons at the north pond and %d at the south pond.\nQuestion: Were more herons counted at the %s pond? Answer yes or no." %
             (p, a, b, "north" if claim_more else "south"))
        ans, other = ("yes", "no") if truth else ("no", "yes")
        forms = [ans.capitalize(), "YES" if ans == "yes" else "NO"]
        st = ["North: %d, south: %d." % (a, b), "The %s pond had more, so the answer is %s." % ("north" if a > b else "south", ans)]
    else:
        q = "短文：春季调查中，%s在北池数到%d只苍鹭，在南池数到%d只。\n问题：%s池数到的苍鹭更多吗？请回答“是”或“否”。" % (p, a, b, "北" if claim_more else "南")
        ans, other = ("是", "否") if truth else ("否", "是")
        forms = ["答案是" + ans, ans + "。"]
        st = ["北池 %d，南池 %d。" % (a, b), "%s池更多，所以回答%s。" % ("北" if a > b else "南", ans)]
    slip = ("Reading the numbers in the other order, I'd say %s." % other if L else "把两个数看反了，我会说%s。" % other)
    return "boolq_like", dict(q=q, ans=ans, forms=forms, wrong=[other], steps=st, slip=slip)


def gen_topic(r, lang):
    L = lang == "en"
    labs = ["sports", "business", "science", "politics"]
    k = r.randrange(4)
    p = r.choice(PEOPLE)
    heads = ["%s scored twice as the Harrowmere Rovers won the regional cup final." % p,
             "Shares in Velsbrook Textiles rose 8%% after %s announced a merger." % p,
             "A team led by %s measured a new enzyme that breaks down plastic at room temperature." % p,
             "The Ostryn council passed a budget after %s's coalition secured a majority vote." % p]
    q = "Headline: \"%s\"\nWhich topic does this headline belong to? Choose from: sports, business, science, politics." % heads[k]
    st = ["Cue words point to the %s domain." % labs[k], "So the topic is %s." % labs[k]]
    other = labs[(k + 1) % 4]
    slip = "It mentions an organisation, so perhaps %s." % other
    return "topic_like", dict(q=q, ans=labs[k], forms=[labs[k].capitalize(), "%s news" % labs[k]], wrong=[other, labs[(k + 2) % 4]], steps=st, slip=slip)


def gen_cls(r, lang, i):
    g = [gen_nli, gen_sent, gen_yesno, gen_topic][i % 4]
    if g is gen_topic and lang == "zh":
        g = gen_nli
    return g(r, lang)


# well-known facts for short answers: (en q, zh q, answer en, answer zh, alt forms, wrong)
FACTS = [
    ("What is the capital city of Australia?", "澳大利亚的首都是哪座城市？", "Canberra", "堪培拉", ["Canberra, ACT", "canberra"], ["Sydney", "Melbourne"]),
    ("Which element has atomic number 26?", "原子序数为26的元素是什么？", "Iron", "铁", ["Fe", "iron (Fe)"], ["Cobalt", "Nickel"]),
    ("Who painted 'The Starry Night'?", None, "Vincent van Gogh", "", ["Van Gogh", "Vincent Willem van Gogh"], ["Paul Gauguin", "Claude Monet"]),
    ("In which year did the Berlin Wall fall?", "柏林墙在哪一年倒塌？", "1989", "1989年", ["in 1989", "November 1989"], ["1991", "1990"]),
    ("What is the longest river in Africa?", "非洲最长的河流是什么？", "The Nile", "尼罗河", ["Nile", "Nile River"], ["Congo River", "Niger River"]),
    ("Who developed the theory of general relativity?", "广义相对论是谁提出的？", "Albert Einstein", "爱因斯坦", ["Einstein", "A. Einstein"], ["Isaac Newton", "Max Planck"]),
    ("How many bones are in the adult human body?", "成年人体有多少块骨头？", "206", "206块", ["two hundred six", "206 bones"], ["208", "212"]),
    ("Which ocean is the largest by area?", "面积最大的大洋是哪个？", "Pacific Ocean", "太平洋", ["the Pacific", "Pacific"], ["Atlantic Ocean", "Indian Ocean"]),
    ("Who wrote 'One Hundred Years of Solitude'?", "《百年孤独》的作者是谁？", "Gabriel García Márquez", "加西亚·马尔克斯", ["García Márquez", "Gabriel Garcia Marquez"], ["Jorge Luis Borges", "Mario Vargas Llosa"]),
    ("What is the chemical formula of table salt?", "食盐的化学式是什么？", "NaCl", "NaCl", ["sodium chloride (NaCl)", "Na Cl"], ["KCl", "NaOH"]),
    ("Which city hosted the 2008 Summer Olympics?", "2008年夏季奥运会在哪座城市举办？", "Beijing", "北京", ["Beijing, China", "Peking (Beijing)"], ["Shanghai", "Athens"]),
    ("What is the tallest mountain above sea level?", "海拔最高的山峰是哪座？", "Mount Everest", "珠穆朗玛峰", ["Everest", "Qomolangma (Mount Everest)"], ["K2", "Kangchenjunga"]),
    ("Who was the first person to walk on the Moon?", "第一个登上月球的人是谁？", "Neil Armstrong", "阿姆斯特朗", ["Armstrong", "Neil A. Armstrong"], ["Buzz Aldrin", "Yuri Gagarin"]),
    ("What is the smallest prime number?", "最小的质数是几？", "2", "2", ["two", "the number 2"], ["1", "3"]),
    ("Which composer wrote the 'Moonlight' Sonata?", None, "Ludwig van Beethoven", "", ["Beethoven", "L. van Beethoven"], ["Wolfgang Amadeus Mozart", "Frédéric Chopin"]),
    ("What is the hardest natural mineral?", "天然矿物中最硬的是什么？", "Diamond", "金刚石", ["diamond", "钻石" if False else "a diamond"], ["Corundum", "Quartz"]),
]
FACTS += [
    ("Which country has the largest population of koalas in the wild?", None, "Australia", "", ["Commonwealth of Australia", "australia"], ["New Zealand", "Indonesia"]),
    ("What is the boiling point of water at sea level in degrees Celsius?", "标准大气压下水的沸点是多少摄氏度？", "100", "100℃", ["100 °C", "one hundred degrees Celsius"], ["90", "212"]),
    ("Who proposed the heliocentric model in 'De revolutionibus'?", "《天体运行论》中提出日心说的是谁？", "Nicolaus Copernicus", "哥白尼", ["Copernicus", "Mikołaj Kopernik"], ["Galileo Galilei", "Johannes Kepler"]),
    ("What is the currency of Japan?", "日本的货币是什么？", "Yen", "日元", ["Japanese yen", "JPY"], ["Won", "Yuan"]),
    ("Which language has the most native speakers worldwide?", None, "Mandarin Chinese", "", ["Mandarin", "Standard Chinese (Mandarin)"], ["English", "Spanish"]),
]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def gen_drop(r, lang):
    L = lang == "en"
    p = r.choice(PEOPLE if L else PEOPLE_ZH)
    a, b = r.randint(3, 12), r.randint(2, 8)
    c = r.randint(1, 6)
    tot = a + b - c
    if L:
        q = ("Passage: The %s library received %d donated atlases in March and %d more in April. In May, %d of them were sent to a sister branch.\nQuestion: How many donated atlases did the library still have at the end of May?"
             % (r.choice(TOWNS), a, b, c))
        forms = ["%s (%d)" % (NUMW[tot], tot) if tot <= 20 else "%d atlases" % tot, "%d atlases" % tot]
        st = ["Received %d + %d = %d." % (a, b, a + b), "Sent away %d, so %d - %d = %d." % (c, a + b, c, tot)]
        slip = "Received %d + %d = %d, and that's the count." % (a, b, a + b)
    else:
        q = "短文：%s管理的图书室三月收到捐赠地图册%d本，四月又收到%d本，五月转给分馆%d本。\n问题：五月底图书室还剩多少本捐赠地图册？" % (p, a, b, c)
        forms = ["%d本" % tot, "共%d本" % tot]
        st = ["收到 %d+%d=%d 本。" % (a, b, a + b), "转出 %d 本，剩 %d-%d=%d 本。" % (c, a + b, c, tot)]
        slip = "收到 %d+%d=%d 本，就是答案。" % (a, b, a + b)
    return "drop_like", dict(q=q, ans=str(tot), forms=forms, wrong=[str(a + b), str(tot - 1)], steps=st, slip=slip)


def gen_short(r, lang, i):
    L = lang == "en"
    if i % 2 == 1:
        return gen_drop(r, lang)
    f = FACTS[(i // 2) % len(FACTS)]
    if not L and f[1] is None:
        f = FACTS[0]
    q = f[0] if L else f[1]
    ans = f[2] if L else f[3]
    forms = list(f[4]) if L else [f[2], ans + "（%s）" % f[2]]
    wrong = list(f[5])
    st = [("Recalling what I know about this: the key fact points to %s." % ans if L else "回忆相关知识：关键事实指向%s。" % ans),
          ("Cross-checking against related facts, %s is consistent." % ans if L else "与相关事实交叉核对，%s是一致的。" % ans)]
    slip = ("Hmm, I might be confusing this with %s." % wrong[0] if L else "嗯，我可能和%s搞混了。" % wrong[0])
    return "simpleqa_like" if i % 4 else "triviaqa_like", dict(q=q, ans=ans, forms=forms, wrong=wrong, steps=st, slip=slip)
