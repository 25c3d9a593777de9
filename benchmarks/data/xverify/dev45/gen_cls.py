"""Classification items: sentiment, NLI (cmnli_like), topic. Fictional texts."""
from common import T, EN_NAMES, ZH_NAMES

POS_EN = ["It works exactly as described and feels well made.", "Setup took five minutes and everything worked.",
          "Customer service was friendly and answered within minutes.", "It feels sturdy and looks even better than the photos.",
          "I would happily buy it again.", "Easily the best purchase I made this year."]
NEG_EN = ["It stopped working after two days.", "Setup failed three times and support never replied.",
          "Customer service was rude and never solved the problem.", "It cracked within a week of normal use.",
          "I am returning it and would not recommend it.", "A complete waste of money."]
POS_ZH = ["功能和描述完全一致，用起来很顺手。", "五分钟就装好了，一切正常。", "客服态度很好，回复也很快。", "做工扎实，实物比图片还好看。",
          "我还会再买。", "这是我今年买得最满意的东西。"]
NEG_ZH = ["用了两天就坏了。", "安装失败了三次，客服一直不回复。", "客服态度很差，问题一直没解决。", "正常使用不到一周就裂了。",
          "我要退货，不推荐购买。", "完全是浪费钱。"]
PRODUCTS_EN = ["Lumora desk lamp", "Brightwave kettle", "Corvel hiking boots", "Tansy Street backpack", "Nimbus-7 earbuds"]
PRODUCTS_ZH = ["星禾台灯", "青岚电水壶", "远山登山鞋", "巷口背包", "云雀耳机"]

NLI_EN = [
    ("{n} bought {k} blue bicycles at the Harlow market on Tuesday.",
     "{n} bought bicycles.", "{n} did not buy any bicycles.", "{n} bought the bicycles as gifts for cousins."),
    ("{n} finished the Ravensford marathon in under four hours last spring.",
     "{n} took part in a marathon.", "{n} has never run a marathon.", "{n} trained with a professional coach."),
    ("The Millbrook library, where {n} works, closes at 6 pm on weekdays.",
     "{n} works at a library.", "{n} has never worked at a library.", "{n} enjoys working at the library."),
    ("{n} planted {k} apple trees behind the farmhouse in March.",
     "Apple trees were planted behind the farmhouse.", "No trees were planted behind the farmhouse.", "The apple trees will produce fruit next year."),
]
NLI_ZH = [
    ("{n}星期二在河湾市场买了{k}辆蓝色自行车。", "{n}买了自行车。", "{n}没有买任何自行车。", "{n}买自行车是为了送给表弟。"),
    ("{n}去年春天在四小时内跑完了青石镇马拉松。", "{n}参加过马拉松比赛。", "{n}从来没有跑过马拉松。", "{n}请了专业教练指导训练。"),
    ("{n}工作的柳溪图书馆工作日晚上六点闭馆。", "{n}在一家图书馆工作。", "{n}从未在图书馆工作过。", "{n}很喜欢在图书馆工作。"),
    ("{n}三月份在农舍后面种了{k}棵苹果树。", "农舍后面种了苹果树。", "农舍后面没有种任何树。", "这些苹果树明年就会结果。"),
]
NLI_LAB = {"en": ["entailment", "contradiction", "neutral"], "zh": ["蕴含", "矛盾", "中立"]}
NLI_EQ = {"蕴含": "entailment", "矛盾": "contradiction", "中立": "neutral"}

TOPIC_EN = {
    "sports": ["The Harbor City Gulls won the regional cup after a penalty shootout on Sunday.",
               "Sprinter {n} broke the national 200-meter record at the indoor championships."],
    "business": ["Shares of Quellan Foods rose 8 percent after the company reported higher quarterly profits.",
                 "{n}'s logistics startup raised 40 million dollars in a new funding round."],
    "science": ["Researchers at the Vantor Institute described a new species of deep-sea snail.",
                "A team led by {n} measured unusual radio bursts from a distant galaxy."],
    "entertainment": ["The film 'Paper Lanterns' topped the box office in its opening weekend.",
                      "Singer {n} announced a 30-city concert tour starting in the autumn."],
}
TOPIC_ZH = {
    "体育": ["港城海鸥队周日在点球大战中获胜，夺得地区杯冠军。", "短跑选手{n}在室内锦标赛上打破了200米全国纪录。"],
    "财经": ["青禾食品公布季度利润增长后，股价上涨了8%。", "{n}创办的物流初创公司完成了4000万元新一轮融资。"],
    "科技": ["远望研究所的研究人员描述了一种新的深海蜗牛物种。", "{n}带领的团队观测到来自遥远星系的异常射电暴。"],
    "娱乐": ["电影《纸灯笼》首周末登上票房榜首。", "歌手{n}宣布将于秋季开启30城巡回演唱会。"],
}


def _sent(rng, lang):
    good = rng.random() < 0.5
    prod = rng.choice(PRODUCTS_ZH if lang == "zh" else PRODUCTS_EN)
    pool = (POS_ZH if good else NEG_ZH) if lang == "zh" else (POS_EN if good else NEG_EN)
    text = ("" if lang == "zh" else " ").join(rng.sample(pool, 3))
    labs = ["正面", "负面"] if lang == "zh" else ["positive", "negative"]
    ans, wrong = (labs[0], labs[1]) if good else (labs[1], labs[0])
    q = T(lang, f"Classify the sentiment of this review of the {prod} as positive or negative.\nReview: {text}",
          f"判断下面这条关于{prod}的评论的情感倾向，选项：正面（positive）、负面（negative）。\n评论：{text}")
    eq = {"正面": "positive", "负面": "negative"}
    alt = eq[ans] if lang == "zh" else rng.choice([ans.capitalize(), ans.upper(), "%s sentiment" % ans])
    ev = T(lang, "The key sentences describe the experience clearly.", "关键句子清楚地描述了使用体验。")
    return "sentiment", q, ans, wrong, alt, ev


def _nli(rng, lang):
    n = rng.choice(ZH_NAMES if lang == "zh" else EN_NAMES)
    k = rng.randint(2, 9)
    prem, ent, con, neu = [s.format(n=n, k=k) for s in rng.choice(NLI_ZH if lang == "zh" else NLI_EN)]
    idx = rng.randrange(3)
    hyp = [ent, con, neu][idx]
    labs = NLI_LAB[lang]
    ans = labs[idx]
    wrong = rng.choice([x for x in labs if x != ans])
    q = T(lang, f"Premise: {prem}\nHypothesis: {hyp}\nWhat is the relationship between the premise and the hypothesis? "
                f"Choose one of: entailment, neutral, contradiction.",
          f"前提：{prem}\n假设：{hyp}\n请判断前提和假设之间的关系，选项：蕴含（entailment）、中立（neutral）、矛盾（contradiction）。")
    alt = NLI_EQ[ans] if lang == "zh" else rng.choice([ans.capitalize(), ans.upper()])
    ev = T(lang, "I compare what the hypothesis claims with what the premise actually states.",
           "我把假设的说法与前提实际陈述的内容进行对比。")
    return "nli", q, ans, wrong, alt, ev


def _topic(rng, lang):
    n = rng.choice(ZH_NAMES if lang == "zh" else EN_NAMES)
    bank = TOPIC_ZH if lang == "zh" else TOPIC_EN
    labs = list(bank)
    ans = rng.choice(labs)
    text = rng.choice(bank[ans]).format(n=n)
    wrong = rng.choice([x for x in labs if x != ans])
    q = T(lang, f"Which topic does this news headline belong to? Options: {', '.join(labs)}.\nHeadline: {text}",
          f"下面这条新闻标题属于哪个类别？选项：{'、'.join(labs)}。\n标题：{text}")
    alt = rng.choice([ans.capitalize(), ans.upper()]) if lang == "en" else None
    ev = T(lang, "The headline's main subject decides the category.", "标题的主要内容决定了类别。")
    return "topic", q, ans, wrong, alt, ev


def _steps(lang, ev, lab, fill):
    return [T(lang, "We need to assign exactly one label.", "我们需要给出唯一的一个标签。"), fill,
            T(lang, "Let me look at the wording sentence by sentence.", "我逐句看一下措辞。"), ev,
            T(lang, f"Overall, the evidence points to {lab}.", f"总体来看，证据指向{lab}。")]


def make(rng, lang):
    sub = rng.choice([_sent, _nli, _topic])
    name, q, ans, wrong, alt, ev = sub(rng, lang)
    fill = T(lang, "I should not be distracted by details that do not change the meaning.", "不能被不影响意思的细节干扰。")
    # made-up follow-up of the same kind with a different label
    app = None
    for _ in range(60):
        _, q2, a2, _, _, ev2 = sub(rng, lang)
        if a2 != ans and q2 != q:
            app = (q2, [ev2], a2)
            break
    core = dict(lang=lang, kind="text", q=q, steps_g=_steps(lang, ev, ans, fill), steps_b=_steps(lang, ev, wrong, fill),
                g=ans, b=wrong, alt=alt, rest=None, brest=None, app=app)
    ds = "cmnli_like" if name == "nli" else ("sentiment_like" if name == "sentiment" else "topic_like")
    return core, ds, "categorical_label", ans
