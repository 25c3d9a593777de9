"""NLI (English and Chinese), sentiment and topic classification items."""
from cls_core import build_cls

PEOPLE = ["Hanna Vell", "Rosa Kettering", "Ines Marlow", "Greta Sund", "Maya Orlin", "Clara Weddon"]
CITIES = ["Port Sallow", "Ashcombe", "Greywater", "Linden Vale", "Hollin Bridge"]

NLI_EN = [
    ("{n} drove to the harbor in {c} on Saturday morning and bought three crates of fish.",
     "{n} bought fish on Saturday.", "{n} bought the fish for a restaurant she owns.",
     "{n} spent all of Saturday morning at home."),
    ("The {c} library board voted unanimously to keep the library open until 9 p.m. on weekdays.",
     "The library in {c} will be open in the evening on weekdays.",
     "The change was requested by university students.",
     "The {c} library board rejected every proposal about evening opening hours."),
    ("{n} finished the {c} marathon in just under four hours, her best time so far.",
     "{n} completed the {c} marathon.", "{n} trained for the race for six months.",
     "{n} dropped out of the {c} marathon before the finish line."),
    ("After the storm, the ferry service between {c} and the island was suspended for two days.",
     "The ferry between {c} and the island did not run for a while after the storm.",
     "The storm damaged several houses on the island.",
     "The ferry between {c} and the island kept its normal schedule right after the storm."),
    ("{n} has taught chemistry at the same high school in {c} for eighteen years.",
     "{n} works as a teacher.", "{n} plans to retire next year.", "{n} has never worked as a teacher."),
    ("The bakery on Elm Street in {c} sold out of bread by noon, so it closed early that day.",
     "The bakery on Elm Street closed earlier than usual that day.",
     "The bakery on Elm Street opened a second shop last year.",
     "The bakery on Elm Street stayed open late that day because it still had plenty of bread."),
]
NLI_ZH = [
    ("{n}周六早上开车去{c}的码头，买了三箱鱼。", "{n}周六买了鱼。", "{n}买鱼是为了给自己开的餐馆用。", "{n}周六整个上午都待在家里。"),
    ("{c}图书馆理事会一致同意，工作日开放到晚上九点。", "{c}图书馆工作日晚上也开放。", "这项调整是大学生提出的。",
     "{c}图书馆理事会否决了所有延长开放时间的提议。"),
    ("{n}在{c}马拉松比赛中用了不到四个小时跑完全程，创造了个人最好成绩。", "{n}跑完了{c}马拉松。",
     "{n}为这场比赛训练了六个月。", "{n}没有跑到终点就退赛了。"),
    ("{n}在{c}的同一所中学教了十八年化学。", "{n}是一名教师。", "{n}打算明年退休。", "{n}从来没有当过老师。"),
    ("暴风雨过后，{c}和海岛之间的轮渡停运了两天。", "暴风雨后，{c}和海岛之间的轮渡有一段时间没有开。",
     "暴风雨损坏了岛上的几栋房子。", "暴风雨过后，{c}和海岛之间的轮渡一直照常运行。"),
]
PEOPLE_ZH = ["林晓岚", "孙雨桐", "韩若溪", "许清禾"]
CITIES_ZH = ["青石镇", "柳湾镇", "白沙镇", "云溪镇"]
LAB_EN = ["entailment", "neutral", "contradiction"]
LAB_ZH = ["蕴含", "中立", "矛盾"]


def nli_analysis(lang, prem, hyp):
    def f(label):
        if lang == "en":
            base = (f"The premise says: \"{prem}\" The hypothesis claims: \"{hyp}\" "
                    f"I should ask whether the premise guarantees the hypothesis, rules it out, or neither. ")
            why = {"entailment": "Everything the hypothesis asserts is already contained in the premise; it is "
                                 "just a more general restatement, so if the premise is true the hypothesis must be true.",
                   "neutral": "The hypothesis adds information (a motive, a plan or an extra event) that the premise "
                              "never mentions. The premise neither supports nor rules it out.",
                   "contradiction": "The hypothesis describes a situation that cannot hold if the premise is true; "
                                    "the two statements are incompatible."}[label]
            return base + why
        base = f"前提：“{prem}”假设：“{hyp}”需要判断前提能否推出假设、与假设冲突，还是两者无关。"
        why = {"蕴含": "假设所说的内容都已包含在前提里，只是更概括的说法，前提为真则假设必然为真。",
               "中立": "假设补充了前提没有提到的信息（动机、计划或其他事件），前提既不能证明也不能否定它。",
               "矛盾": "如果前提为真，假设描述的情况就不可能成立，两者互相冲突。"}[label]
        return base + why
    return f


def nli_sentence(lang):
    def f(label):
        if lang == "en":
            return {"entailment": "The premise entails the hypothesis, so the relationship is entailment.",
                    "neutral": "The premise neither supports nor refutes the hypothesis: the relationship is neutral.",
                    "contradiction": "The hypothesis contradicts the premise, so the label is contradiction."}[label]
        return {"蕴含": "前提可以推出假设，两句是蕴含关系。", "中立": "前提与假设无法互相推出，属于中立关系。",
                "矛盾": "假设与前提相互冲突，是矛盾关系。"}[label]
    return f


def gen_nli(rng, n, lang, flags, target_fn):
    out = []
    for j in range(n):
        if lang == "en":
            t = NLI_EN[j % len(NLI_EN)]
            nm, c = rng.choice(PEOPLE), rng.choice(CITIES)
            labs = LAB_EN
        else:
            t = NLI_ZH[j % len(NLI_ZH)]
            nm, c = rng.choice(PEOPLE_ZH), rng.choice(CITIES_ZH)
            labs = LAB_ZH
        k = rng.randrange(3)
        prem = t[0].format(n=nm, c=c)
        hyp = t[1 + k].format(n=nm, c=c)
        ref = labs[[0, 1, 2][k]]
        if lang == "en":
            q = (f"Premise: {prem}\nHypothesis: {hyp}\nWhat is the relationship between the premise and the "
                 f"hypothesis? Answer with one of: entailment, neutral, contradiction.")
            ds = "mnli_like"
        else:
            q = f"语句一：“{prem}”\n语句二：“{hyp}”\n请问这两句话的关系是什么？选项：蕴含、中立、矛盾。"
            ds = "cmnli_like"
        out.append(build_cls(rng, lang, ds, q, labs, ref, nli_analysis(lang, prem, hyp), nli_sentence(lang),
                             flags[j], target_fn(), "nli"))
    return out


PRODUCTS = ["the Vantor kettle", "the Quillby desk lamp", "the Norrick hiking boots", "the Estel headphones",
            "the Brisa coffee grinder", "the Talmont backpack"]
POS_EN = [
    "I expected to be disappointed, but {p} turned out to be excellent. It works exactly as described, feels "
    "solid, and I have already recommended it to two friends.",
    "Three months in and {p} still performs like new. Setup took five minutes and the quality is far better "
    "than the price suggests. Very happy with this purchase.",
]
NEG_EN = [
    "The box looked great, but {p} stopped working after a week. Support never answered my emails and I "
    "would not buy it again.",
    "{p} is flimsy, louder than advertised and arrived with a cracked part. A complete waste of money.",
]
PROD_ZH = ["这款电水壶", "这盏台灯", "这双登山鞋", "这副耳机"]
POS_ZH = ["本来没抱什么期望，没想到{p}非常好用，做工扎实，已经推荐给朋友了。",
          "{p}用了三个月依然像新的一样，安装简单，性价比很高，非常满意。"]
NEG_ZH = ["{p}用了一周就坏了，联系客服也没人回复，不会再买了。", "{p}做工粗糙，收到时还有裂缝，完全是浪费钱。"]


def gen_sentiment(rng, n, lang, flags, target_fn):
    out = []
    for j in range(n):
        pos = j % 2 == 0
        if lang == "en":
            p = rng.choice(PRODUCTS)
            text = rng.choice(POS_EN if pos else NEG_EN).format(p=p)
            text = text[0].upper() + text[1:]
            labs = ["positive", "negative"]
            q = f"Classify the sentiment of the following review as positive or negative.\nReview: {text}"
        else:
            p = rng.choice(PROD_ZH)
            text = rng.choice(POS_ZH if pos else NEG_ZH).format(p=p)
            labs = ["正面", "负面"]
            q = f"判断下面这条评论的情感倾向（正面/负面）。\n评论：{text}"
        ref = labs[0] if pos else labs[1]

        def analysis(label, text=text):
            if lang == "en":
                return (f"The review reads: \"{text}\" I look at the overall verdict rather than isolated words. " +
                        ("The reviewer ends satisfied and recommends the product; the opening doubt is overturned."
                         if label == "positive" else
                         "The reviewer reports failure, poor quality or bad support and says they would not buy again."))
            return (f"评论内容：“{text}”要看整体态度而不是个别词语。" +
                    ("评论者最终满意并推荐该产品，开头的顾虑被推翻了。" if label == "正面"
                     else "评论者提到产品损坏、质量差或服务差，并表示不会再买。"))

        def sentence(label):
            if lang == "en":
                return f"Overall the reviewer's attitude is {label}, so the sentiment is {label}."
            return f"整体来看，这条评论的情感是{label}的。"
        out.append(build_cls(rng, lang, "sentiment_like", q, labs, ref, analysis, sentence, flags[j],
                             target_fn(), "sentiment"))
    return out


TOPIC_EN = {
    "Sports": ["Harbor City Falcons clinch league title with late penalty against Ridgeford",
               "Veteran sprinter Ola Brennick sets a national indoor record in the 60 metres"],
    "Business": ["Kestrel Foods shares fall 8% after quarterly profit misses forecasts",
                 "Regional lender Mossbank agrees to buy rival in a $2 billion deal"],
    "Sci/Tech": ["Astronomers at Valdane Observatory detect water vapour on a distant exoplanet",
                 "Startup Quorra unveils a smartphone chip that halves battery use"],
    "World": ["Leaders of two neighbouring states sign a border agreement after months of talks",
              "Floods force thousands to evacuate coastal towns after a week of heavy rain"],
}
TOPIC_ZH = {
    "体育": ["青川队点球绝杀，提前一轮锁定联赛冠军", "老将白志远刷新全国室内60米纪录"],
    "财经": ["鸿瑞食品季度利润不及预期，股价下跌8%", "地方银行宁泰宣布以20亿元收购同业"],
    "科技": ["研究团队发布新型手机芯片，续航提升一倍", "天文台观测到系外行星大气中存在水蒸气"],
    "娱乐": ["电影《雾港》上映首周票房破五亿", "歌手林夏宣布年底举办巡回演唱会"],
}


def gen_topic(rng, n, lang, flags, target_fn):
    out = []
    bank = TOPIC_EN if lang == "en" else TOPIC_ZH
    labs = list(bank)
    for j in range(n):
        ref = labs[j % len(labs)]
        head = rng.choice(bank[ref])
        if lang == "en":
            q = f"Which topic does this news headline belong to? Options: {', '.join(labs)}.\nHeadline: {head}"
        else:
            q = f"请判断以下新闻标题属于哪个类别：{'、'.join(labs)}。\n标题：{head}"

        def analysis(label, head=head):
            if lang == "en":
                return (f"The headline is \"{head}\". I identify the main subject: who is involved and what "
                        f"kind of event is reported. The vocabulary and the event both point to the {label} "
                        f"category more than to any other option.")
            return f"标题是“{head}”。先找出报道的主体和事件类型，其用词和事件内容最符合“{label}”类。"

        def sentence(label):
            return (f"This headline is a {label} story." if lang == "en" else f"这条新闻属于{label}类。")
        out.append(build_cls(rng, lang, "topic_like", q, labs, ref, analysis, sentence, flags[j],
                             target_fn(), "topic"))
    return out
