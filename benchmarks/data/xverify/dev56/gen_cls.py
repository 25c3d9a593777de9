"""Classification cases: NLI, sentiment, topic, yes/no, true/false with the label set stated."""
from textcase import make_text_case

NAMES = ["Orla Penwick", "Tamsin Reyes", "Bao Lindqvist", "Idris Okafor", "Mirela Vance", "Kester Halloway", "Yun Adebayo"]
NLI = [  # premise template, entail hyp, neutral hyp, contradiction hyp
    ("{n} locked the bakery in Dunmere at nine and walked home in the rain.", "{n} was outside while it rained.", "{n} owns the bakery.", "{n} stayed inside the bakery all night."),
    ("The ferry to Skellan Isle was cancelled on Tuesday because of high winds, so {n} waited until Wednesday.", "{n} travelled on a day other than Tuesday.", "{n} was visiting relatives on Skellan Isle.", "{n} took the ferry on Tuesday."),
    ("{n} scored three goals in the final, and her team won the Harrow Cup.", "Her team won the Harrow Cup.", "{n} was named the best player of the tournament.", "Her team lost the final."),
    ("After the audit, {n} found that the Corvel warehouse held 400 crates, not the 300 listed.", "The listed number of crates was wrong.", "The audit took two days.", "The warehouse held exactly 300 crates."),
]
NLI_ZH = [
    ("{n}每天早上六点在临川公园跑步，风雨无阻。", "{n}有晨跑的习惯。", "{n}是一名职业运动员。", "{n}从不锻炼身体。"),
    ("因为暴雪，青石镇的学校周一停课，{n}在家上了网课。", "周一青石镇的学校没有线下上课。", "{n}的网课是数学课。", "周一{n}去学校上课了。"),
]
REV_EN = [("The battery lasts two days and the screen is gorgeous; best purchase I've made this year.", "positive"),
          ("The soup at Marrow Lane was cold and the waiter ignored us for forty minutes.", "negative"),
          ("Setup took five minutes and it has worked flawlessly since.", "positive"),
          ("The plot of 'Glass Harbour' dragged and the ending made no sense.", "negative")]
REV_ZH = [("这家店的服务很周到，菜也很新鲜，下次还会再来。", "正面"), ("快递慢了一周，包装还破了，非常失望。", "负面")]
TOPIC = [("Veltra Motors shares rose 8% after the company beat quarterly earnings forecasts.", "business"),
         ("The Kestrel City Rovers clinched the league title with a late penalty on Saturday.", "sports"),
         ("A new open-source compiler from the Lumen project cuts build times by half.", "technology"),
         ("The regional parliament passed the coastal protection bill by 54 votes to 40.", "politics")]


def nli_case(rng, zh):
    t = rng.choice(NLI_ZH if zh else NLI)
    n = rng.choice(NAMES) if not zh else rng.choice(["林晓", "周明远", "苏婉", "陈立"])
    k = rng.randrange(3)
    labs = ["蕴含", "中立", "矛盾"] if zh else ["entailment", "neutral", "contradiction"]
    p, h = t[0].format(n=n), t[1 + k].format(n=n)
    if zh:
        q = "前提：%s\n假设：%s\n判断前提与假设的关系，从“蕴含”“中立”“矛盾”中选择一个。" % (p, h)
    else:
        q = "Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, neutral, contradiction." % (p, h)
    why = ["前提直接支持假设。", "前提没有提供足够信息判断假设真假。", "前提与假设不能同时成立。"][k] if zh else \
        ["The premise directly guarantees the hypothesis.", "The premise says nothing that settles the hypothesis either way.", "The premise and hypothesis cannot both be true."][k]
    steps = [("前提说的是：%s" % p) if zh else "The premise states: %s" % p, ("假设说的是：%s" % h) if zh else "The hypothesis claims: %s" % h, why]
    ref = labs[k]
    alts = {"entailment": ["Entailment", "entails"], "neutral": ["Neutral"], "contradiction": ["Contradiction", "contradicts"],
            "蕴含": ["蕴涵"], "中立": ["中性"], "矛盾": ["矛盾关系"]}[ref]
    wrongs = [l for l in labs if l != ref]
    rng.shuffle(wrongs)
    return q, ref, alts, wrongs, steps, ("cmnli_like" if zh else "mnli_like"), "nli"


def sent_case(rng, zh):
    text, lab = rng.choice(REV_ZH if zh else REV_EN)
    if zh:
        q = "判断下面评论的情感倾向（正面/负面）：\n“%s”" % text
        other = "负面" if lab == "正面" else "正面"
        steps = ["评论内容：%s" % text, "关键词体现了%s情绪。" % lab]
        alts = ["正面情感" if lab == "正面" else "负面情感"]
    else:
        q = "Classify the sentiment of this review as positive or negative.\nReview: \"%s\"" % text
        other = "negative" if lab == "positive" else "positive"
        steps = ["The review says: %s" % text, "The wording signals a clearly %s attitude." % lab]
        alts = [lab.capitalize()]
    return q, lab, alts, [other], steps, "sentiment_like", "sentiment"


def topic_case(rng, zh):
    text, lab = rng.choice(TOPIC)
    q = "Assign the headline to one topic: business, sports, technology, politics.\nHeadline: %s" % text
    others = [t for t in ["business", "sports", "technology", "politics"] if t != lab]
    rng.shuffle(others)
    steps = ["Headline: %s" % text, "The central subject matter is %s." % lab]
    return q, lab, [lab.capitalize()], others, steps, "topic_like", "topic"


def yesno_case(rng, zh):
    n = rng.choice([x for x in range(51, 400) if x % 2 and x % 5])
    d = next((k for k in range(3, int(n ** 0.5) + 1) if n % k == 0), None)
    yes = d is None
    if zh:
        q = "%d 是质数吗？请回答“是”或“否”。" % n
        ref, other = ("是", "否") if yes else ("否", "是")
        steps = ["检查 %d 能否被不超过 √%d 的奇数整除。" % (n, n), ("没有找到因数，所以是质数。" if yes else "%d = %d × %d，所以不是质数。" % (n, d, n // d))]
        alts = ["是的" if yes else "不是"]
    else:
        q = "Is %d a prime number? Answer yes or no." % n
        ref, other = ("yes", "no") if yes else ("no", "yes")
        steps = ["Check divisibility of %d by odd numbers up to √%d." % (n, n), ("No divisor found, so it is prime." if yes else "%d = %d × %d, so it is not prime." % (n, d, n // d))]
        alts = ["Yes" if yes else "No"]
    return q, ref, alts, [other], steps, "boolq_like", "yes_no"


def tf_case(rng, zh):
    a, b = rng.randint(11, 49), rng.randint(11, 49)
    claim = a * b + rng.choice([0, 0, 10, -1])
    true = claim == a * b
    q = "True or false: %d × %d = %d." % (a, b, claim)
    ref, other = ("True", "False") if true else ("False", "True")
    steps = ["Compute %d × %d = %d." % (a, b, a * b), "Compare with the claimed %d: %s." % (claim, "they match" if true else "they differ")]
    return q, ref, [ref.lower(), "T" if true else "F"], [other], steps, "truefalse_like", "true_false"


def generate(rng, n, zh_n, labels):
    out = []
    for i in range(n):
        zh = i < zh_n
        fn = [nli_case, sent_case, yesno_case][i % 3] if zh else [nli_case, sent_case, topic_case, yesno_case, tf_case, nli_case][i % 6]
        q, ref, alts, wrongs, steps, ds, base = fn(rng, zh)
        o, trap = make_text_case(rng, zh, labels[i], q, ref, alts, wrongs, steps, "categorical_label", ds, base)
        out.append(dict(dataset=ds, kat="categorical_label", q=q, out=o, ref=ref, label=labels[i], trap=trap))
    return out
