"""Classification-label families: NLI (en/zh), sentiment (en/zh), news topic (en)."""

NLI_EN = [  # premise, entailed, contradicted, neutral
    ("{n}, a carpenter from Ostvik, spent three years restoring an old fishing boat before selling it at the harbour market.",
     "{n} sold a boat that had been restored.", "{n} never sold the fishing boat.", "{n} made a large profit from the sale."),
    ("The Quillmore library closed its east wing in March so that workers could replace the roof.",
     "Part of the Quillmore library was closed in March.", "The Quillmore library stayed fully open throughout March.",
     "The roof replacement was paid for by a private donor."),
    ("{n} missed the 7:40 train to Bellhaven and had to wait an hour on the platform for the next one.",
     "{n} waited for a later train.", "{n} caught the 7:40 train to Bellhaven.", "{n} was late for a job interview."),
    ("After the storm, the village council of Tamsford handed out sandbags to every household near the river.",
     "Households near the river in Tamsford received sandbags.", "No household in Tamsford received sandbags after the storm.",
     "The river in Tamsford eventually flooded several houses."),
    ("{n} taught herself to play the cello at the age of forty and now performs with a community orchestra.",
     "{n} plays the cello in an orchestra.", "{n} has never played a musical instrument.", "{n} also plays the piano."),
    ("The bakery on Corran Street sold out of rye bread by nine o'clock every morning last week.",
     "The bakery ran out of rye bread last week.", "The bakery had rye bread left every evening last week.",
     "The bakery plans to double its rye bread production."),
]
NLI_ZH = [
    ("{n}在临江镇开了一家修车铺，已经经营了十二年。", "{n}经营修车铺超过十年。", "{n}从来没有开过修车铺。", "{n}的修车铺每天都有很多顾客。"),
    ("由于暴雨，青石村小学周一停课一天。", "青石村小学周一没有上课。", "青石村小学周一照常上课。", "青石村小学周二也停课了。"),
    ("{n}把攒了三年的钱用来买了一架二手钢琴。", "{n}买了一架钢琴。", "{n}没有买任何乐器。", "{n}的钢琴是从朋友那里买的。"),
    ("南湾公园的樱花今年比往年早开了一周。", "南湾公园的樱花今年开得比较早。", "南湾公园的樱花今年开得比往年晚。", "今年去南湾公园赏花的人数创了新高。"),
    ("{n}昨天晚上加班到十点才回家。", "{n}昨天回家比较晚。", "{n}昨天下午五点就到家了。", "{n}的公司最近在赶一个大项目。"),
]
EN_P = ["Maribel", "Odette", "Priya", "Dalia", "Ines"]
ZH_P = ["王芳", "陈静", "李华", "赵磊"]
NLI_WHY = {
    "entailment": "Everything the hypothesis claims is stated in, or necessarily follows from, the premise.",
    "contradiction": "The hypothesis cannot be true if the premise is true — the two statements conflict directly.",
    "neutral": "The premise says nothing either way about this extra detail, so the hypothesis might or might not be true.",
}
ZH_LAB = {"entailment": "蕴含", "contradiction": "矛盾", "neutral": "中立"}
ZH_WHY = {"entailment": "假设中的内容都可以由前提直接推出。", "contradiction": "如果前提为真，假设就不可能为真，两者冲突。",
          "neutral": "前提没有提到假设中的这一细节，无法判断真假。"}
EN_PARA = {"entailment": ["Entailment", "ENTAILMENT", "The premise entails the hypothesis", "entailed"],
           "contradiction": ["Contradiction", "contradictory", "The hypothesis contradicts the premise", "CONTRADICTION"],
           "neutral": ["Neutral", "neutral (cannot be determined from the premise)", "NEUTRAL", "Neutral — neither entailed nor contradicted"]}
ZH_PARA = {"entailment": ["蕴含", "蕴含关系", "entailment", "前提蕴含假设"],
           "contradiction": ["矛盾", "矛盾关系", "contradiction", "两句话相互矛盾"],
           "neutral": ["中立", "中立关系", "neutral", "中立（无法判断）"]}

POS_EN = ["The staff at the Larkspur Inn were warm and attentive, the room was spotless, and breakfast was the best I've had on any trip. I'd happily stay again.",
          "This kettle boils fast, pours without dripping and looks great on the counter. Easily worth the price — I'm delighted with it.",
          "The new season of the show is gripping from start to finish; the writing is sharp and the cast is superb. Loved every episode.",
          "Ordered the walking boots for a hiking holiday and they were comfortable from day one, no blisters at all. Fantastic purchase."]
NEG_EN = ["The Larkspur Inn was a letdown: the room smelled of damp, the heating never worked and nobody at reception seemed to care. Never again.",
          "The kettle started leaking after a week and the lid won't stay shut. Cheap plastic, terrible design — I want my money back.",
          "I gave up on the series after three episodes. The plot drags, the dialogue is wooden and the ending of each episode is predictable.",
          "These boots fell apart on the second hike; the sole peeled off and my feet were soaked. A complete waste of money."]
POS_ZH = ["这家餐馆的菜味道很好，服务员也很热情，上菜速度快，下次还会再来。", "耳机音质清晰，佩戴舒服，续航也很长，非常满意这次购买。",
          "电影情节紧凑，演员演技在线，看完很感动，强烈推荐。"]
NEG_ZH = ["等了一个小时才上菜，菜还是凉的，服务员态度也很差，再也不来了。", "耳机用了三天就一边没声音了，客服一直不回复，太失望了。",
          "电影剧情拖沓，台词尴尬，看到一半就想走，浪费时间。"]
SENT_EN = {"positive": ["Positive", "positive 😊", "The sentiment is positive", "POSITIVE"],
           "negative": ["Negative", "negative 😞", "The sentiment is negative", "NEGATIVE"]}
SENT_ZH = {"正面": ["正面", "正面情感", "积极", "positive"], "负面": ["负面", "负面情感", "消极", "negative"]}

TOPICS = {
    "Sports": ["The Harbor City Gulls beat the Ridgeway Foxes 3-1 to lift the regional cup for the first time in a decade.",
               "Sprinter Calla Voss sets a new national record in the 200 metres at the indoor championships."],
    "Business": ["Tellmark Foods shares jump 12% after the grocer reports record quarterly profit.",
                 "Regional airline Skyvale agrees to a $400 million merger with rival Northjet."],
    "Sci/Tech": ["Researchers unveil a battery chemistry that charges an electric scooter in under five minutes.",
                 "A new space telescope captures the faintest galaxy ever observed, astronomers report."],
    "World": ["Leaders of two neighbouring nations sign a border-water treaty after months of negotiation.",
              "Thousands evacuated as a volcano erupts on a remote island in the southern Pacific."],
}
TOPIC_PARA = {"Sports": ["Sports", "sports news", "This is a Sports story", "SPORTS"],
              "Business": ["Business", "business / finance", "This headline belongs to Business", "BUSINESS"],
              "Sci/Tech": ["Sci/Tech", "Science and Technology", "sci-tech", "This is a Sci/Tech item"],
              "World": ["World", "world news", "This falls under World", "WORLD"]}


def _pack(ds, q, ref, lab, labels, paras, steps_fn):
    ok = []
    for i, p in enumerate(paras[lab]):
        ok.append((p, "exact_label" if i == 0 else "label_paraphrase"))
    bad = []
    for other in labels:
        if other != lab:
            bad.append((paras[other][0], "wrong_label", steps_fn(other)))
            bad.append((paras[other][2], "wrong_label_paraphrase", steps_fn(other)))
    return dict(dataset=ds, question=q, ref=ref, steps=steps_fn(lab), ok=ok, bad=bad, code_ok=None, code_bad={})


def nli(rng, zh):
    labels = ["entailment", "neutral", "contradiction"]
    lab = rng.choice(labels)
    if zh:
        p, e, c, n = rng.choice(NLI_ZH)
        nm = rng.choice(ZH_P)
        hyp = {"entailment": e, "contradiction": c, "neutral": n}[lab].format(n=nm)
        p = p.format(n=nm)
        q = f"前提：{p}\n假设：{hyp}\n请判断前提与假设之间的关系（蕴含、中立或矛盾）。"
        def steps(l):
            return [f"前提说的是：{p}", f"假设说的是：{hyp}", "需要判断：假设是被前提保证、被前提否定，还是前提没有涉及。",
                    "把假设中的每个信息点和前提逐一对照。", ZH_WHY[l], f"所以两句话是{ZH_LAB[l]}关系。"]
        paras = {ZH_LAB[k]: v for k, v in ZH_PARA.items()}
        return _pack("cmnli_like", q, ZH_LAB[lab], ZH_LAB[lab], list(paras), paras,
                     lambda l: steps({v: k for k, v in ZH_LAB.items()}[l]))
    p, e, c, n = rng.choice(NLI_EN)
    nm = rng.choice(EN_P)
    hyp = {"entailment": e, "contradiction": c, "neutral": n}[lab].format(n=nm)
    p = p.format(n=nm)
    q = (f"Premise: {p}\nHypothesis: {hyp}\nWhat is the relationship between the premise and the hypothesis? "
         f"Answer with entailment, neutral, or contradiction.")
    def steps(l):
        return [f"The premise tells us: {p}", f"The hypothesis claims: {hyp}",
                "The question is whether the hypothesis is guaranteed, ruled out, or simply left open by the premise.",
                "I'll compare each piece of information in the hypothesis against the premise.", NLI_WHY[l],
                f"Therefore the relationship is {l}."]
    return _pack("mnli_like", q, lab, lab, labels, EN_PARA, steps)


def sentiment(rng, zh):
    if zh:
        lab = rng.choice(["正面", "负面"])
        text = rng.choice(POS_ZH if lab == "正面" else NEG_ZH)
        q = f"判断下面这条评论的情感倾向（正面或负面）：\n“{text}”"
        def steps(l):
            return [f"评论内容：{text}", "先找出评论中带有情感色彩的词语和整体评价。",
                    "评论者的整体态度" + ("是满意、推荐的。" if l == "正面" else "是不满、失望的。"), f"因此情感倾向为{l}。"]
        return _pack("sentiment_like", q, lab, lab, ["正面", "负面"], SENT_ZH, steps)
    lab = rng.choice(["positive", "negative"])
    text = rng.choice(POS_EN if lab == "positive" else NEG_EN)
    q = f"Classify the sentiment of this review as positive or negative.\nReview: \"{text}\""
    def steps(l):
        return [f"The review reads: \"{text}\"", "I'll look at the evaluative words and the reviewer's overall verdict.",
                "The overall verdict is " + ("approving: the reviewer is pleased and would recommend it." if l == "positive"
                                             else "disapproving: the reviewer is unhappy and would not recommend it."),
                f"So the sentiment is {l}."]
    return _pack("sentiment_like", q, lab, lab, ["positive", "negative"], SENT_EN, steps)


def topic(rng, zh):
    lab = rng.choice(list(TOPICS))
    text = rng.choice(TOPICS[lab])
    q = f"Classify the news headline into one of the categories World, Sports, Business, Sci/Tech.\nHeadline: {text}"
    def steps(l):
        return [f"Headline: {text}", "The four categories are World, Sports, Business and Sci/Tech.",
                "I'll look at the main subject of the headline: who is involved and what kind of event it describes.",
                f"The central subject matches the {l} category best.", f"Category: {l}."]
    return _pack("topic_like", q, lab, lab, list(TOPICS), TOPIC_PARA, steps)
