"""categorical_label problems: NLI (en/zh), sentiment (en/zh), yes/no reading
comprehension (BoolQ style), news topic classification (AG News style)."""
from gen_common import pick

# (premise, hypothesis, label, explanation, trap label, trap reasoning)
NLI_EN = [
    ("A man in a blue jacket is repairing a bicycle on the sidewalk.", "A person is fixing a bike.", "entailment",
     "Repairing a bicycle is fixing a bike, and a man is a person, so the hypothesis follows.", "neutral", "We don't know whether the bike belongs to him, so we can't be sure."),
    ("Two children are playing soccer in a park.", "The children are asleep in their beds.", "contradiction",
     "The children cannot be playing soccer in a park and asleep in bed at the same time.", "neutral", "The hypothesis could be about a different time, so it's not determined."),
    ("A woman is reading a book on a crowded train.", "The woman is on her way to work.", "neutral",
     "Nothing in the premise says where she is going; she could be commuting, travelling, or anything else.", "entailment", "People reading on crowded trains are commuters, so she is going to work."),
    ("The museum closed early on Friday because of a power outage.", "The museum was open all day on Friday.", "contradiction",
     "Closing early means it was not open all day, which directly conflicts with the hypothesis.", "neutral", "The museum might have reopened later, so we cannot tell."),
    ("Every student in the class passed the final exam.", "Maria, a student in the class, passed the final exam.", "entailment",
     "If every student passed and Maria is a student in the class, Maria passed.", "neutral", "The premise doesn't mention Maria by name, so her result is unknown."),
    ("A chef is slicing onions in a busy kitchen.", "The chef is crying.", "neutral",
     "Slicing onions can make people's eyes water, but the premise doesn't say the chef is crying.", "entailment", "Cutting onions makes people cry, so the chef is crying."),
    ("The company's profits doubled in 2021 compared with 2020.", "The company earned more profit in 2021 than in 2020.", "entailment",
     "Doubling means the 2021 profit is twice the 2020 profit, hence larger.", "neutral", "Profits could have been negative, so it's unclear."),
    ("Some of the guests left before dinner was served.", "All of the guests stayed for dinner.", "contradiction",
     "If some guests left before dinner, it cannot be true that all of them stayed.", "neutral", "The guests who left might have come back for dinner."),
    ("The senator voted against the bill.", "The senator did not support the bill in the vote.", "entailment",
     "Voting against a bill is exactly not supporting it in the vote.", "neutral", "She may privately support it, so we can't conclude anything."),
    ("A girl is blowing out candles on a birthday cake.", "The girl is turning eight today.", "neutral",
     "It looks like a birthday, but her age is not given anywhere.", "entailment", "There is a birthday cake, so it is her eighth birthday."),
    ("The bridge was built in 1932 and renovated in 1998.", "The bridge is less than fifty years old.", "contradiction",
     "Built in 1932, the bridge is well over fifty years old; the 1998 renovation doesn't change when it was built.", "neutral", "It was renovated in 1998, so depending on how you count its age it might be less than fifty years old."),
    ("The train departed at 9:15 and arrived at 11:45 the same morning.", "The journey took two and a half hours.", "entailment",
     "From 9:15 to 11:45 is 2 hours 30 minutes, i.e. two and a half hours.", "neutral", "We don't know if there were delays, so the duration is uncertain."),
    ("Nobody in the office speaks French.", "Claire, who works in the office, speaks French fluently.", "contradiction",
     "If nobody in the office speaks French, Claire (who works there) cannot speak it fluently.", "neutral", "Claire might be new, so this is undetermined."),
]
NLI_ZH = [
    ("一名男子正在厨房里做饭。", "有人在准备食物。", "蕴含", "做饭就是在准备食物，男子是人，所以假设成立。", "中立", "不知道他做的是不是食物。"),
    ("会议因暴雨被取消了。", "会议按计划顺利举行。", "矛盾", "会议被取消就不可能按计划举行，两者矛盾。", "中立", "会议也许后来又恢复了，无法判断。"),
    ("小王每天早上都去公园跑步。", "小王正在准备参加马拉松比赛。", "中立", "每天跑步不代表一定在准备马拉松，前提没有提到比赛。", "蕴含", "每天跑步说明他在为马拉松做准备。"),
    ("这家餐厅的所有菜品都是素食。", "这家餐厅提供红烧肉。", "矛盾", "红烧肉是荤菜，与“所有菜品都是素食”矛盾。", "中立", "菜单可能会更新，不能确定。"),
    ("她在北京大学读了四年本科。", "她上过大学。", "蕴含", "在北京大学读本科就是上过大学。", "中立", "不知道她是否毕业，所以无法判断。"),
    ("孩子们在操场上踢足球。", "今天是星期六。", "中立", "前提没有提到日期，孩子们任何一天都可能踢球。", "矛盾", "孩子们在学校操场，说明是上学日，不是周六。"),
]
SENT_EN = [
    ("I was skeptical at first, but this blender crushes ice like a champ and cleans up in seconds. Worth every penny.", "positive",
     "The initial skepticism is overturned; 'crushes ice like a champ' and 'worth every penny' are clearly favourable.", "negative", "The reviewer says they were skeptical, which is negative."),
    ("The plot had potential, but the acting was wooden and I checked my watch every ten minutes.", "negative",
     "'Had potential, but' signals disappointment; wooden acting and checking the watch show boredom.", "positive", "The reviewer praises the plot's potential."),
    ("Great, another phone that's dead by noon. Just what I needed.", "negative",
     "'Great' and 'just what I needed' are sarcastic — the complaint is that the battery dies by noon.", "positive", "The review starts with 'Great' and says it's what they needed."),
    ("Not bad at all — the pasta was fresh and the staff couldn't have been friendlier.", "positive",
     "'Not bad at all' is a positive litotes, and the rest praises the food and the staff.", "negative", "It contains 'not' and 'bad', so it is negative."),
    ("The hotel room was spotless, the view was stunning, and breakfast was included. We'll definitely be back.", "positive",
     "Every clause is praise and the reviewer plans to return.", "negative", "Mentioning that breakfast was merely 'included' sounds lukewarm."),
    ("I wanted to love this book, I really did. But after 200 pages nothing had happened.", "negative",
     "The reviewer wanted to like it but was let down; 'nothing had happened' after 200 pages is a complaint.", "positive", "The reviewer says they love this book."),
    ("Battery life is outstanding; I only charge it twice a week.", "positive",
     "'Outstanding' battery life and rare charging are strong praise.", "negative", "Having to charge it at all is a drawback."),
    ("Two hours of my life I will never get back.", "negative",
     "This idiom means the time was wasted — a clear negative verdict.", "positive", "The reviewer spent two hours on it, showing engagement."),
    ("Honestly, I can't find a single thing to complain about.", "positive",
     "Having nothing to complain about is an endorsement.", "negative", "The word 'complain' indicates a negative review."),
]
SENT_ZH = [
    ("物流很快，包装也很用心，东西和描述的一模一样，五星好评！", "正面", "物流快、包装用心、与描述一致、五星好评，都是称赞。", "负面", "评论里提到了包装问题。"),
    ("用了两天就坏了，客服还爱答不理，再也不会买了。", "负面", "产品很快损坏、客服态度差、不会再买，明显是负面评价。", "正面", "用户提到用了两天，说明还能用。"),
    ("本来没抱什么期待，结果出乎意料地好吃，下次还来。", "正面", "“出乎意料地好吃”“下次还来”都是正面评价，前面的“没抱期待”只是铺垫。", "负面", "“没抱什么期待”说明评价负面。"),
    ("价格倒是便宜，可惜质量实在太差，一分钱一分货。", "负面", "虽然提到便宜，但重点在“质量太差”，整体是负面。", "正面", "用户称赞价格便宜，所以是正面。"),
    ("剧情紧凑，演员演技在线，值得二刷。", "正面", "剧情紧凑、演技在线、值得二刷，都是肯定。", "负面", "“二刷”说明第一遍没看懂。"),
    ("房间隔音太差，一晚上没睡好，早餐也很一般。", "负面", "隔音差、没睡好、早餐一般，都是不满。", "正面", "早餐还算可以，整体不错。"),
    ("说实话，挑不出什么毛病。", "正面", "“挑不出毛病”表示非常满意。", "负面", "出现了“毛病”一词，应为负面。"),
]
BOOL_EN = [
    ("The Great Wall of China is a series of fortifications built across the historical northern borders of ancient Chinese states. Contrary to a popular belief, the wall is generally not visible to the naked eye from low Earth orbit, let alone from the Moon.",
     "is the great wall of china visible from space with the naked eye", "no", "The passage explicitly says it is generally not visible to the naked eye from orbit.", "yes", "The Great Wall is famously the only man-made structure visible from space."),
    ("Botanically, a tomato is a fruit: it develops from the ovary of the flower and contains the seeds. In cooking, however, it is usually treated as a vegetable.",
     "is a tomato a fruit", "yes", "Botanically it is a fruit, as the passage states; the culinary classification doesn't change that.", "no", "Tomatoes are used as vegetables in cooking."),
    ("Bats are mammals of the order Chiroptera. With their forelimbs adapted as wings, they are the only mammals capable of true and sustained flight.",
     "can any mammals fly", "yes", "Bats are mammals and they can truly fly.", "no", "Flying animals are birds and insects, not mammals."),
    ("Mount Kilimanjaro is a dormant volcano in Tanzania. It is the highest mountain in Africa, about 5,895 metres above sea level, and lies close to the border with Kenya.",
     "is mount kilimanjaro located in kenya", "no", "The passage places it in Tanzania; it is only near the Kenyan border.", "yes", "It lies by the Kenyan border, so it is in Kenya."),
    ("Sharks are a group of elasmobranch fish characterized by a cartilaginous skeleton, five to seven gill slits on the sides of the head, and pectoral fins that are not fused to the head.",
     "do sharks have bones in their skeleton", "no", "Their skeleton is cartilaginous, not bony.", "yes", "All fish are vertebrates and vertebrates have bones."),
    ("The human heart has four chambers: two upper chambers called atria and two lower chambers called ventricles.",
     "does the human heart have four chambers", "yes", "The passage says exactly that: two atria plus two ventricles.", "no", "The heart has two sides, so two chambers."),
]
TOPIC_EN = [
    ("Striker scores twice as United climb to second in the table", "Sports", "A striker scoring and a league table are football (sports) news.", "World", "It mentions 'United', like the United Nations."),
    ("Central bank raises interest rates by a quarter point to curb inflation", "Business", "Interest rates and inflation are economic/financial news.", "World", "Central banks are national institutions, so it's world news."),
    ("Researchers unveil chip that cuts data-center power use by 40 percent", "Sci/Tech", "A new chip and data-center efficiency are technology news.", "Business", "Data centers are businesses."),
    ("UN Security Council meets after ceasefire collapses in border region", "World", "International diplomacy and conflict are world news.", "Business", "A security council is a kind of board meeting."),
    ("Shares of carmaker tumble after recall of two million vehicles", "Business", "Share prices falling after a recall is business/markets news.", "Sci/Tech", "Cars are technology."),
    ("Astronomers detect water vapour in the atmosphere of a distant exoplanet", "Sci/Tech", "An astronomy discovery is science news.", "World", "It's about another world."),
]
LF = {
    "entailment": ["entailment", "Entailment", "ENTAILMENT", "entailed", "the hypothesis is entailed by the premise", "entailment (the premise implies the hypothesis)"],
    "neutral": ["neutral", "Neutral", "NEUTRAL", "neutral (neither entailed nor contradicted)", "undetermined, i.e. neutral"],
    "contradiction": ["contradiction", "Contradiction", "CONTRADICTION", "contradictory", "the hypothesis contradicts the premise"],
    "蕴含": ["蕴含", "蕴涵", "蕴含关系", "entailment"], "中立": ["中立", "中性", "中立（无法判断）"], "矛盾": ["矛盾", "矛盾关系", "contradiction"],
    "positive": ["positive", "Positive", "POSITIVE", "positive sentiment", "a positive review", "👍 positive"],
    "negative": ["negative", "Negative", "NEGATIVE", "negative sentiment", "a negative review", "👎 negative"],
    "正面": ["正面", "积极", "正向", "正面情感", "好评", "positive"], "负面": ["负面", "消极", "负向", "负面情感", "差评", "negative"],
    "yes": ["Yes", "yes", "True", "YES", "yes, it is", "true"], "no": ["No", "no", "False", "NO", "no, it isn't", "false"],
    "Sports": ["Sports", "sports", "Sport", "the Sports category"], "Business": ["Business", "business", "Business news", "the Business category"],
    "Sci/Tech": ["Sci/Tech", "Science/Technology", "Science and Technology", "Sci-Tech"], "World": ["World", "world", "World news", "the World category"],
}
NUM = {"entailment": "0", "neutral": "1", "contradiction": "2"}


def label_problem(rng, lang):
    if lang == "zh":
        task = pick(rng, ["nli", "sent", "sent"])
    else:
        task = pick(rng, ["nli", "nli", "sent", "sent", "bool", "topic"])
    mapping = False
    if task == "nli":
        p, h, lab, ex, tl, tr = pick(rng, NLI_EN if lang == "en" else NLI_ZH)
        if lang == "en":
            mapping = rng.random() < 0.2
            tail = ("Answer with 0 (entailment), 1 (neutral) or 2 (contradiction)." if mapping else
                    pick(rng, ["Answer with one of: entailment, neutral, contradiction.", "What is the relationship? (entailment / neutral / contradiction)"]))
            q = f"Premise: {p}\nHypothesis: {h}\n{tail}"
            steps = [f"Premise: \"{p}\"", f"Hypothesis: \"{h}\"", ex]
            ds = "nli_like"
        else:
            q = f"前提：{p}\n假设：{h}\n请判断前提与假设之间的关系：蕴含、中立还是矛盾？"
            steps = [f"前提说：{p}", f"假设说：{h}", ex]
            ds = "cnli_like"
    elif task == "sent":
        txt, lab, ex, tl, tr = pick(rng, SENT_EN if lang == "en" else SENT_ZH)
        if lang == "en":
            q = pick(rng, [f"Review: \"{txt}\"\nIs the sentiment of this review positive or negative?",
                           f"Classify the sentiment (positive/negative) of the following text.\n{txt}"])
            steps = [f"The text: \"{txt}\"", ex]
            ds = "sst_like"
        else:
            q = f"判断下面这条评论的情感倾向（正面/负面）：\n{txt}"
            steps = [f"评论内容：{txt}", ex]
            ds = "chnsenticorp_like"
    elif task == "bool":
        psg, qq, lab, ex, tl, tr = pick(rng, BOOL_EN)
        q = f"{psg}\nQuestion: {qq}?\nAnswer yes or no."
        steps = [ex]
        ds = "boolq_like"
    else:
        txt, lab, ex, tl, tr = pick(rng, TOPIC_EN)
        q = f"Classify the news headline into one of the categories World, Sports, Business, Sci/Tech.\nHeadline: {txt}"
        steps = [ex]
        ds = "agnews_like"
    forms = list(LF[lab])
    wforms = list(LF[tl])
    if mapping:
        forms = [NUM[lab], f"{NUM[lab]} ({lab})", f"Label {NUM[lab]}"] + forms[:2]
        wforms = [NUM[tl], f"{NUM[tl]} ({tl})"]
    if lang == "en":
        steps.append(pick(rng, [f"So the label is {forms[0]}.", f"Therefore: {forms[0]}.", f"This points to {forms[0]}."]))
        wsteps = [tr, f"So the label is {wforms[0]}."]
        notes = [pick(rng, ["I should base the decision only on what the text actually says, not on what is merely likely.",
                            "The surface wording can be misleading, so I'm focusing on the overall meaning.",
                            "Let me consider the other labels too, to be sure they don't fit better."])]
        sentence = "the label is {}"
    else:
        steps.append(f"因此判断为{forms[0]}。")
        wsteps = [tr, f"因此判断为{wforms[0]}。"]
        notes = [pick(rng, ["判断时只依据文本本身的意思，不做额外推测。", "不能只看个别词语，要看整体意思。"])]
        sentence = "判断结果为{}"
    explore, notes2 = task_notes(rng, task, lang, lab, q)
    notes = notes + notes2
    refs = [lab, lab.capitalize() if lang == "en" else lab] + ([f"{NUM[lab]} ({lab})", NUM[lab]] if mapping else [])
    if mapping:
        refs = refs[2:]
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=[{"steps": wsteps, "forms": wforms}], verify=[], notes=notes, explore=explore, restate="", skind="label")


EXPLORE = {
    ("nli", "en"): ["Recall the three labels. Entailment: whenever the premise is true, the hypothesis must also be true. Contradiction: whenever the premise is true, the hypothesis must be false. Neutral: the premise allows the hypothesis to be either true or false.",
                    "The usual annotation convention is to assume both sentences describe the same scene or situation, and to use only common-sense knowledge, not speculation about unlikely scenarios."],
    ("nli", "zh"): ["先回顾三种关系的定义：蕴含——前提为真时假设必然为真；矛盾——前提为真时假设必然为假；中立——前提既不能推出假设，也不与假设冲突。",
                    "判断时默认两句话描述的是同一个场景，只依据常识，不做牵强的假设。"],
    ("sent", "en"): ["For sentiment, I look at evaluative words, negations ('not bad'), contrast markers ('but', 'however' — what comes after usually carries the verdict), and possible sarcasm, where positive words express a negative opinion.",
                     "The overall verdict matters, not individual words: a review can mention a drawback and still be positive overall."],
    ("sent", "zh"): ["判断情感倾向要看评价性词语、否定词、转折词（“但是”“可惜”之后的内容往往是重点），以及反讽。",
                     "要看整体态度，而不是个别词语：一条评论可以提到缺点但整体仍是正面的。"],
    ("bool", "en"): ["The question should be answered from the passage. Popular beliefs can be wrong, so I'll check what the passage actually states rather than relying on what 'everyone knows'."],
    ("topic", "en"): ["The four categories: World (international news, politics, conflicts, diplomacy), Sports (games, athletes, leagues), Business (companies, markets, the economy, finance) and Sci/Tech (science, research, technology products, computing).",
                      "Headlines can contain words that superficially suggest another category, so I'll go by the main subject of the story."],
}
TESTS = {
    "entailment": "Could the hypothesis be false while the premise is true? I can't construct such a situation — the premise already guarantees what the hypothesis says.",
    "contradiction": "Could the premise and the hypothesis both be true of the same situation? No — accepting one rules out the other.",
    "neutral": "Could the hypothesis be true while the premise holds? Yes. Could it be false? Also yes. The premise simply doesn't settle it.",
    "蕴含": "假设有没有可能在前提成立时为假？找不到这样的情形，前提已经保证了假设的内容。",
    "矛盾": "前提和假设能否同时成立？不能，接受其中一个就排除了另一个。",
    "中立": "前提成立时，假设可能为真，也可能为假，前提并不能决定它。",
}


def task_notes(rng, task, lang, lab, q):
    explore = list(EXPLORE.get((task, lang), []))
    notes = []
    if task == "nli" and lab in TESTS:
        notes.append(TESTS[lab])
    if task in ("sent", "topic") and lang == "en":
        body = q.split('"')[1] if q.count('"') >= 2 else q.split("\n")[-1].replace("Headline: ", "")
        phrases = [x.strip(" .!\"") for x in body.replace("—", ",").replace(";", ",").split(",") if len(x.strip()) > 3]
        explore.append(("Breaking the text into pieces: " + "; ".join(f"'{x}'" for x in phrases[:6]) + ".") if len(phrases) > 1
                       else f"The key text is short: '{body.strip()}'. The main subject is what decides the label.")
    if task == "sent" and lang == "zh":
        body = q.split("\n")[-1]
        explore.append("把评论拆开来看：" + "／".join(x for x in body.replace("！", "，").replace("。", "，").split("，") if x))
    return explore, notes
