"""Classification items: NLI, sentiment, topic, yes/no, true/false (label set stated in the question)."""
from common import is_prime
from gen_math import NAMES, NAMES_ZH

NLI_EN = [  # premise, entail, neutral, contradict  ({n} = person)
    ("{n}, a ceramicist from the river town of Odrevel, sold all twelve of her glazed vases at the spring market.",
     "{n} sold vases at the spring market.", "{n}'s vases were the most expensive items at the market.", "{n} went home from the spring market with unsold vases."),
    ("After three failed attempts, {n} finally passed the pilot's licence exam last Tuesday.",
     "{n} holds a pilot's licence now.", "{n} plans to fly commercial airliners.", "{n} passed the pilot's licence exam on the first try."),
    ("The library in Kessway closes at 6 p.m. on weekdays, but {n} convinced the board to keep it open until 9 p.m. on Thursdays.",
     "On Thursdays the Kessway library is open after 6 p.m.", "{n} works at the Kessway library.", "The Kessway library closes at 6 p.m. every weekday without exception."),
    ("{n} cycled the 40-kilometre coastal route in under two hours despite a strong headwind.",
     "{n} completed the coastal route.", "{n} was training for a national race.", "{n} gave up halfway along the coastal route."),
    ("The orchestra, led by conductor {n}, performed only works by living composers at its winter concert.",
     "No piece at the winter concert was by a composer who had died.", "The winter concert sold out.", "The winter concert featured a Beethoven symphony."),
]
NLI_ZH = [
    ("{n}上周在青禾镇的集市上卖掉了自己种的全部西瓜。", "{n}在集市上卖过西瓜。", "{n}的西瓜是集市上最甜的。", "{n}的西瓜一个也没卖出去。"),
    ("经过两年的筹备，{n}主持的社区图书馆终于在三月开放。", "社区图书馆已经开放了。", "社区图书馆的藏书超过一万册。", "社区图书馆至今尚未开放。"),
    ("{n}每天早上六点起床跑步，已经坚持了五年。", "{n}有晨跑的习惯。", "{n}参加过马拉松比赛。", "{n}从来不锻炼身体。"),
]
LAB_EN = ["entailment", "neutral", "contradiction"]
LAB_ZH = ["蕴含", "中立", "矛盾"]
REVIEWS = [  # (text, label)
    ("The battery easily lasts two days and the screen is gorgeous. Best purchase I've made this year.", "positive"),
    ("Arrived with a cracked lid, and customer service never replied to my three emails.", "negative"),
    ("I expected the sequel to be a cash grab, but it's funnier and sharper than the original.", "positive"),
    ("The hotel looked nice in the photos; in reality the room smelled of damp and the heater rattled all night.", "negative"),
    ("Not cheap, but the knife holds its edge for months. I'd buy it again without hesitation.", "positive"),
]
REVIEWS_ZH = [("物流很快，包装也很用心，衣服质量超出预期，会回购。", "正面"), ("等了四十分钟才上菜，而且菜是凉的，服务员态度也很差。", "负面"),
              ("本以为是普通的爆米花电影，没想到剧情这么扎实，值得二刷。", "正面")]
TOPICS = [("The central bank held interest rates steady on Wednesday, citing cooling inflation and a softer labour market.", "Business"),
          ("The midfielder's stoppage-time header sent the club into the cup final for the first time in two decades.", "Sports"),
          ("Researchers reported a new catalyst that splits water using only visible light at record efficiency.", "Sci/Tech"),
          ("Lawmakers debated the revised election bill late into the night before a narrow vote.", "World")]


def cls_spec(lang, q, labels, ci, reasons, gist, wi=None, rng=None):
    zh = lang == "zh"
    wi = wi if wi is not None else rng.choice([i for i in range(len(labels)) if i != ci])
    ref = labels[ci]
    steps = [reasons[0], reasons[1], ("所以应判为「%s」。" % ref) if zh else ("So the label should be %s." % ref)]
    err = ("但仔细想想，这里也可以理解为「%s」，我改为 %s。" % (labels[wi], labels[wi])) if zh else \
          ("Though actually, reading it more strictly, this is better described as %s." % labels[wi])
    eq = [ref.upper() if not zh else "「%s」" % ref, ref.capitalize() if not zh else "%s关系" % ref if ref in LAB_ZH else ref + "。"]
    return dict(q=q, gist=gist, steps=steps, err=err, kind="cls", check=reasons[1], ref=ref, eq=eq, eqtag="label_case_wording",
                wrong=[labels[wi]], errtag="label", lang=lang)


def nli_items(rng):
    out = []
    for tpl in NLI_EN:
        n = rng.choice(NAMES)
        for ci in rng.sample([0, 1, 2], 2):
            p, h = tpl[0].format(n=n), tpl[1 + ci].format(n=n)
            q = "Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, neutral, contradiction." % (p, h)
            rs = [["The premise directly states the facts needed: \"%s\" Given that, the hypothesis \"%s\" must be true." % (p, h),
                   "Nothing in the hypothesis goes beyond what the premise guarantees; there is no added detail."],
                  ["The premise says: \"%s\" The hypothesis adds a claim: \"%s\"" % (p, h),
                   "The premise neither confirms nor rules out this extra claim — it is simply not addressed, so it could be true or false."],
                  ["The premise says: \"%s\" The hypothesis claims: \"%s\"" % (p, h),
                   "These cannot both be true: the hypothesis directly conflicts with what the premise reports."]][ci]
            out.append(cls_spec("en", q, LAB_EN, ci, rs, "the logical relation between a premise and a hypothesis", rng=rng))
    for tpl in NLI_ZH:
        n = rng.choice(NAMES_ZH)
        for ci in rng.sample([0, 1, 2], 2):
            p, h = tpl[0].format(n=n), tpl[1 + ci].format(n=n)
            q = "语句一：%s\n语句二：%s\n请判断这两个句子的关系属于（蕴含、中立、矛盾）中的哪一种。" % (p, h)
            rs = [["语句一明确说明：%s由此可以必然推出语句二“%s”。" % (p, h), "语句二没有引入语句一之外的新信息。"],
                  ["语句一说：%s语句二则增加了新的说法：“%s”。" % (p, h), "语句一既没有支持也没有否定这一点，无法判断真假。"],
                  ["语句一说：%s而语句二说：“%s”。" % (p, h), "两者不可能同时为真，语句二与语句一直接冲突。"]][ci]
            out.append(cls_spec("zh", q, LAB_ZH, ci, rs, "两句话逻辑关系判断", rng=rng))
    return out


def other_items(rng):
    out = []
    for text, lab in REVIEWS:
        q = "Classify the sentiment of this review as positive or negative.\nReview: \"%s\"" % text
        ci = ["positive", "negative"].index(lab)
        rs = ["The review reads: \"%s\"" % text,
              "The overall verdict of the writer is clearly %s: the key phrases describe %s." % (lab, "satisfaction and a recommendation" if lab == "positive" else "problems and disappointment")]
        out.append(cls_spec("en", q, ["positive", "negative"], ci, rs, "sentiment of a product review", wi=1 - ci))
    for text, lab in REVIEWS_ZH:
        q = "判断下面这条评论的情感倾向（正面/负面）：\n%s" % text
        ci = ["正面", "负面"].index(lab)
        rs = ["评论内容是：“%s”" % text, "评论者的总体态度是%s的：%s" % (lab, "表达满意并愿意推荐。" if lab == "正面" else "抱怨了多个问题，明显不满。")]
        out.append(cls_spec("zh", q, ["正面", "负面"], ci, rs, "评论情感分类", wi=1 - ci))
    labs = ["World", "Sports", "Business", "Sci/Tech"]
    for text, lab in TOPICS:
        q = "Assign the news snippet to one topic: World, Sports, Business, or Sci/Tech.\nSnippet: %s" % text
        rs = ["The snippet: \"%s\"" % text, "Its subject matter — the key nouns and the actors involved — places it under %s." % lab]
        out.append(cls_spec("en", q, labs, labs.index(lab), rs, "topic classification of a news snippet", rng=rng))
    for zh in (False, False, True, False, True, False, False, True, False):
        n = rng.choice([x for x in range(201, 999, 2) if x % 3 and x % 5]) if rng.random() < 0.6 else rng.choice([x for x in range(201, 999) if is_prime(x)])
        pr = is_prime(n)
        fac = next((d for d in range(2, n) if n % d == 0), None)
        if zh:
            labels = ["是", "否"]
            q = "%d 是质数吗？请回答“是”或“否”。" % n
            rs = ["检验不超过 √%d ≈ %.1f 的质数能否整除 %d。" % (n, n ** 0.5, n), ("没有任何一个能整除，所以 %d 是质数。" % n) if pr else ("%d = %d × %d，所以不是质数。" % (n, fac, n // fac))]
        else:
            labels = ["Yes", "No"]
            q = "Is %d a prime number? Answer Yes or No." % n
            rs = ["I test divisibility by primes up to √%d ≈ %.1f." % (n, n ** 0.5), ("None of them divides %d, so it is prime." % n) if pr else ("%d = %d × %d, so it is composite." % (n, fac, n // fac))]
        ci = 0 if pr else 1
        out.append(cls_spec("zh" if zh else "en", q, labels, ci, rs, "质数判断" if zh else "primality yes/no", wi=1 - ci))
    for zh in (False, True, False, False, True, False, False, True):
        a, b = rng.randint(12, 60), rng.randint(12, 60)
        claim = a * b + rng.choice([0, 0, 10, -10])
        tr = claim == a * b
        if zh:
            labels = ["正确", "错误"]
            q = "判断对错：%d × %d = %d。请回答“正确”或“错误”。" % (a, b, claim)
            rs = ["计算 %d × %d：%d × %d = %d，%d × %d = %d。" % (a, b, a, b // 10 * 10, a * (b // 10 * 10), a, b % 10, a * (b % 10)), "合计 %d，%s题中的 %d。" % (a * b, "等于" if tr else "不等于", claim)]
        else:
            labels = ["True", "False"]
            q = "True or False: %d × %d = %d." % (a, b, claim)
            rs = ["Break it up: %d × %d = %d and %d × %d = %d." % (a, b // 10 * 10, a * (b // 10 * 10), a, b % 10, a * (b % 10)), "The sum is %d, which %s the claimed %d." % (a * b, "matches" if tr else "does not match", claim)]
        ci = 0 if tr else 1
        out.append(cls_spec("zh" if zh else "en", q, labels, ci, rs, "乘法等式判断" if zh else "true/false arithmetic claim", wi=1 - ci))
    return out


def all_items(rng):
    return nli_items(rng) + other_items(rng)
