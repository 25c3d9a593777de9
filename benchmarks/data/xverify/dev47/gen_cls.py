"""Classification items: NLI, sentiment, topic, yes/no, true/false."""
from common import render

PEOPLE = ["Orla Venn", "Tobias Marr", "Sefa Adjei", "Ines Corvo", "Halvard Brisk", "Mei Tanaka-Ruiz",
          "Dov Kessler", "Amara Quist", "Lucan Feld", "Petra Oyelaran"]
ZPEOPLE = ["林晓岚", "高振宇", "许文静", "邓一鸣", "方雨桐", "贺家豪"]
PLACES = ["Carrow Bay", "the Ostlin valley", "Port Helsa", "Merrowfield", "the Tarn Islands"]
ZPLACES = ["青石镇", "云川县", "白鹭湾", "北岭村"]
ACTS = [("opened a bakery", "started a food business", "closed a bakery", "became wealthy"),
        ("won the regional chess final", "won a chess competition", "lost every chess game that year",
         "has played chess since childhood"),
        ("sold her old bicycle", "no longer owns that bicycle", "kept her old bicycle", "bought a car afterwards"),
        ("planted forty apple trees", "planted trees", "planted no trees at all", "sells apple cider"),
        ("moved from the city to a farm", "now lives on a farm", "never left the city", "dislikes city noise")]
ZACTS = [("开了一家面包店", "开始经营食品生意", "关闭了面包店", "因此发了财"),
         ("获得了全省象棋比赛冠军", "赢得过象棋比赛", "那年的每盘棋都输了", "从小就学象棋"),
         ("种了四十棵苹果树", "种过树", "一棵树都没种", "在卖苹果汁")]


def nli(rng, zh):
    if zh:
        p, pl = ZPEOPLE[rng.randrange(len(ZPEOPLE))], ZPLACES[rng.randrange(len(ZPLACES))]
        a, e, c, n = ZACTS[rng.randrange(len(ZACTS))]
        yr = rng.randint(2003, 2021)
        prem = "%d年，%s在%s%s。" % (yr, p, pl, a)
        lab = rng.choice(["蕴含", "矛盾", "中立"])
        hyp = {"蕴含": p + e + "。", "矛盾": "%d年，%s在%s%s。" % (yr, p, pl, c), "中立": p + n + "。"}[lab]
        q = ("前提：%s\n假设：%s\n请判断前提与假设之间的关系，从“蕴含”、“矛盾”、“中立”中选择一个。" % (prem, hyp))
        why = {"蕴含": "前提中的事实直接推出了假设。", "矛盾": "假设与前提描述的事实相反，两者不能同时为真。",
               "中立": "前提没有提供关于假设的信息，无法判断真假。"}[lab]
        return q, lab, [x for x in ["蕴含", "矛盾", "中立"] if x != lab], why, "cmnli_like", []
    p, pl = PEOPLE[rng.randrange(len(PEOPLE))], PLACES[rng.randrange(len(PLACES))]
    a, e, c, n = ACTS[rng.randrange(len(ACTS))]
    yr = rng.randint(1998, 2022)
    prem = "In %d, %s %s in %s." % (yr, p, a, pl)
    lab = rng.choice(["entailment", "contradiction", "neutral"])
    hyp = {"entailment": "%s %s." % (p, e), "contradiction": "In %d, %s %s in %s." % (yr, p, c, pl),
           "neutral": "%s %s." % (p, n)}[lab]
    q = ("Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, "
         "neutral, contradiction." % (prem, hyp))
    why = {"entailment": "Whatever the premise describes necessarily makes the hypothesis true.",
           "contradiction": "The hypothesis states the opposite of the premise for the same year and place.",
           "neutral": "The premise says nothing either way about the hypothesis."}[lab]
    syn = {"entailment": ["Entailment", "ENTAILMENT"], "contradiction": ["Contradiction"], "neutral": ["Neutral"]}[lab]
    return q, lab, [x for x in ["entailment", "contradiction", "neutral"] if x != lab], why, "mnli_like", syn


REV_POS = ["the battery easily lasts two days", "setup took under five minutes", "the staff remembered my name",
           "the soup was rich and perfectly seasoned", "the plot kept me guessing until the end"]
REV_NEG = ["the hinge cracked within a week", "we waited ninety minutes for cold food",
           "the sequel drags for its entire second hour", "customer support never replied",
           "the zipper jammed on the first trip"]
ITEMS = ["headphones", "bistro on Wexley Street", "film 'The Lantern Clerk'", "travel backpack", "tablet"]


def sentiment(rng, zh):
    pos = rng.random() < 0.5
    if zh:
        it = rng.choice(["这家火锅店", "这款耳机", "这部电影", "这本小说"])
        body = rng.choice(["服务很周到，菜品新鲜，下次还会再来", "音质清晰，续航也很给力"]) if pos else \
            rng.choice(["等了一个小时才上菜，味道也一般", "用了三天就坏了，客服也不回复"])
        q = "评论：“%s%s。”\n请判断这条评论的情感倾向：正面 或 负面。" % (it, body)
        lab = "正面" if pos else "负面"
        return q, lab, ["负面" if pos else "正面"], "评论中的关键词表达了%s的态度。" % ("满意" if pos else "不满"), \
            "sentiment_like", ["积极（正面）" if pos else "消极（负面）"]
    it = rng.choice(ITEMS)
    a = rng.choice(REV_POS if pos else REV_NEG)
    b = rng.choice(REV_NEG if pos else REV_POS)
    q = ("Review of the %s: \"Honestly I expected problems, and yes, at first %s. But overall %s, and that's what "
         "matters to me.\"\nClassify the overall sentiment as positive or negative." % (it, b, a))
    lab = "positive" if pos else "negative"
    return q, lab, ["negative" if pos else "positive"], \
        "The review concedes one point but its overall verdict ('%s') is %s." % (a, lab), "sentiment_like", \
        [lab.capitalize(), "%s sentiment" % lab]


TOPICS = [("The central bank held its benchmark rate steady and signalled two cuts next year.", "business"),
          ("The striker scored twice in stoppage time to send the club into the semifinal.", "sports"),
          ("Researchers unveiled a chip that runs a language model on a hearing aid's power budget.", "technology"),
          ("Parliament passed the coalition's budget after an all-night debate.", "politics"),
          ("Astronomers detected water vapour in the atmosphere of a planet orbiting a red dwarf.", "science")]


def topic(rng, zh):
    txt, lab = TOPICS[rng.randrange(len(TOPICS))]
    labs = ["business", "sports", "technology", "politics", "science"]
    q = "Headline: \"%s\"\nWhich topic does it belong to? Options: %s." % (txt, ", ".join(labs))
    return q, lab, [x for x in labs if x != lab], "The key terms point to %s." % lab, "agnews_like", [lab.title()]


def yesno(rng, zh):
    a, b = rng.randint(12, 95), rng.randint(12, 95)
    nm = rng.choice(PEOPLE)
    if zh:
        q = "短文：%s 周一走了 %d 公里，周二走了 %d 公里。\n问题：%s 周二走的路程比周一多吗？请回答“是”或“否”。" % (
            nm, a, b, nm)
        lab = "是" if b > a else "否"
        return q, lab, ["否" if lab == "是" else "是"], "比较 %d 和 %d。" % (b, a), "boolq_like", []
    q = ("Passage: The %s archive catalogued %d letters in its first year and %d in its second.\nQuestion: Did the "
         "archive catalogue more letters in the second year than in the first? Answer yes or no." % (nm, a, b))
    lab = "yes" if b > a else "no"
    return q, lab, ["no" if lab == "yes" else "yes"], "Compare %d with %d." % (b, a), "boolq_like", [lab.capitalize()]


def truefalse(rng, zh):
    n = rng.randint(20, 200)
    claims = [("%d is divisible by 3" % n, n % 3 == 0), ("%d is a prime number" % (n | 1), all((n | 1) % d for d in
                                                                                         range(2, int((n | 1) ** .5) + 1))),
              ("the sum of the digits of %d is even" % n, sum(map(int, str(n))) % 2 == 0)]
    c, v = claims[rng.randrange(len(claims))]
    q = "Statement: %s.\nIs this statement true or false?" % c
    lab = "true" if v else "false"
    return q, lab, ["false" if v else "true"], "Check the statement directly: %s." % c, "truefalse_like", \
        [lab.upper(), lab.capitalize()]


def make_cls(rng, n, zh_flags, want_seq):
    out = []
    seen = set()
    gens = [nli, nli, sentiment, topic, yesno, truefalse]
    i = 0
    while len(out) < n:
        zh = zh_flags[len(out)]
        g = gens[i % len(gens)] if not zh else [nli, sentiment, yesno][i % 3]
        i += 1
        q, lab, others, why, ds, syn = g(rng, zh)
        if q in seen:
            continue
        seen.add(q)
        lang = "zh" if zh else "en"
        good = want_seq[len(out)]
        steps = [why, ("先看关键信息。" if zh else "Let me look at the key facts first.")]
        steps.append(("如果选“%s”，会与上面的分析不符。" if zh else "If it were '%s', that would clash with the above.")
                     % others[0])
        rl = "所以判断为：{v}。" if zh else "So the label is {v}."
        trap = "cls_"
        right = lab
        wrong = others[rng.randrange(len(others))]
        if good:
            mode = rng.choice(["correct", "correct", "self_corrected"])
            if syn and rng.random() < 0.4:
                right = syn[rng.randrange(len(syn))]
                trap += "label_variant_"
        else:
            mode = rng.choice(["wrong", "wrong", "hedge", "contradicts", "cutoff", "abandoned"])
        txt, tag = render(rng, lang, q, steps, rl, right, mode, wrong=wrong, kind="cls",
                          target=rng.randint(1500, 2700))
        out.append(dict(dataset=ds, key_answer_type="categorical_label", question=q, llm_output=txt,
                        correct_answer=lab, label="Correct" if good else "Incorrect", lang=lang,
                        trap=trap + mode + "|" + tag))
    return out
