"""The classification family: pools of texts written for this set (news topics, product reviews, CMNLI-style pairs,
CLUEWSC-style pronoun items) and ``compose_class``."""

from __future__ import annotations

import random

from .render import Note, refusal, render, wait_en, wait_zh


def cl(ds, lang, q, ref, why, bad, syn=None, bad_syn=None):
    return dict(ds=ds, lang=lang, q=q, ref=ref, why=why, bad=bad, syn=syn, bad_syn=bad_syn)


AG_Q = ("Classify the topic of the following news article. Choose one of: World, Sports, Business, Sci/Tech.\n"
        "Article: ")
AG_SYN = {"World": "world news", "Sports": "sports", "Business": "business and finance", "Sci/Tech":
          "science and technology"}
AG_WHY = {"Sports": "The article is about a match, athletes and results, which is sports news.",
          "Sci/Tech": "The article is about a new technology or scientific finding.",
          "Business": "The article is about companies, markets or the economy.",
          "World": "The article is about international politics or world events."}
AG_ITEMS = [
    ("Striker's late header sends United into cup final. An 89th-minute goal settled a tense semi-final on Sunday "
     "night in front of a sold-out crowd.", "Sports", "World"),
    ("Chipmaker unveils processor with record transistor count. The new design packs more cores into the same power "
     "budget, the company said at its developer conference.", "Sci/Tech", "Business"),
    ("Central bank holds rates steady as inflation cools. Policymakers signalled that cuts could come later in the "
     "year if price growth keeps slowing.", "Business", "World"),
    ("Ceasefire talks resume in Geneva. Delegations from both sides arrived on Tuesday for a new round of UN-brokered "
     "negotiations.", "World", "Business"),
    ("Astronomers spot water vapour on distant exoplanet. The finding, made with a space telescope, hints at clouds "
     "in the planet's atmosphere.", "Sci/Tech", "World"),
    ("Retail giant to cut 2,000 jobs after weak holiday sales. Shares fell 6 percent in early trading.", "Business",
     "World"),
    ("Tennis champion withdraws from Open with wrist injury. The three-time winner said she hopes to return for the "
     "grass-court season.", "Sports", "World"),
    ("Floods displace thousands in river delta. Aid agencies warned of disease outbreaks as water levels kept "
     "rising.", "World", "Sci/Tech"),
    ("Open-source browser adds built-in password manager. Developers say the feature encrypts data locally.",
     "Sci/Tech", "Business"),
    ("Oil prices climb as supply concerns grow. Brent crude rose above 90 dollars a barrel for the first time in "
     "months.", "Business", "World"),
    ("Rookie quarterback throws four touchdowns in debut. The 22-year-old led his team to a 38-17 win.", "Sports",
     "Business"),
    ("Prime minister survives confidence vote. Opposition parties failed to gather enough support to topple the "
     "coalition government.", "World", "Business"),
    ("Researchers train robot hand to solve puzzles. The system learned by trial and error in simulation before "
     "being tested on real hardware.", "Sci/Tech", "Sports"),
    ("Airline reports record quarterly profit. Strong demand for summer travel lifted revenue 18 percent.",
     "Business", "Sci/Tech"),
    ("Marathon world record falls in Berlin. The winner beat the old mark by 30 seconds on a cool, windless "
     "morning.", "Sports", "World"),
    ("Election monitors report high turnout in presidential runoff. Results are expected by Thursday.", "World",
     "Sports"),
]

SENT_Q = "Determine the sentiment of the following product review. Answer positive or negative.\nReview: "
SENT_ITEMS = [
    ("The blender crushed ice in seconds and it's surprisingly quiet. Best kitchen purchase this year.", "positive"),
    ("Stopped charging after two weeks. Customer service never replied to my emails. Avoid.", "negative"),
    ("I was skeptical, but these headphones sound amazing and the battery lasts all week.", "positive"),
    ("The description said waterproof. It is not. My phone got soaked on the first rainy day.", "negative"),
    ("Not what I expected at all - the color is completely different from the photos and it smells of plastic.",
     "negative"),
    ("Comfortable, true to size, and they still look new after months of daily wear. Would buy again.", "positive"),
    ("I can't say enough good things about this tent. Setup takes five minutes and it stayed dry in a storm.",
     "positive"),
    ("Honestly I wanted to love it, but the app crashes constantly and the sensor readings are random.", "negative"),
    ("Not bad at all! Works exactly as described and arrived two days early.", "positive"),
    ("The pages fell out of the binding before I finished the first chapter. Waste of money.", "negative"),
]

ZH_SENT_Q = "判断下面这条评论的情感倾向，回答“正面”或“负面”。\n评论："
ZH_SENT_Q_EN = "请判断下面这条评论的情感是 positive 还是 negative。\n评论："
ZH_SENT_ITEMS = [
    ("房间干净整洁，服务员态度也很好，下次还会再来。", "正面"),
    ("快递太慢了，等了十天才到，包装还破了。", "负面"),
    ("手机拍照效果很好，电池也耐用，性价比很高。", "正面"),
    ("味道一般，分量很少，价格却不便宜，不会再点了。", "负面"),
    ("这本书内容充实，讲解清楚，适合入门。", "正面"),
    ("用了不到一个月就坏了，客服还推卸责任，非常失望。", "负面"),
    ("不得不说，这次的体验出乎意料地好，物流快，质量也没得挑。", "正面"),
    ("说是正品，结果和专柜的完全不一样，差评。", "负面"),
]

NLI_Q = ("请判断句子1和句子2之间的关系，从 entailment（蕴含）、neutral（中立）、contradiction（矛盾）中选择一个。\n")
NLI_ITEMS = [
    ("小李每天早上都骑自行车去上班。", "小李会骑自行车。", "entailment", "如果他每天骑车上班，那他一定会骑自行车。"),
    ("会议因为暴雨被推迟到了下周。", "会议按原计划在今天召开。", "contradiction",
     "会议被推迟，和按计划今天召开相矛盾。"),
    ("她在一家医院工作。", "她是一名外科医生。", "neutral", "在医院工作不一定是外科医生，也可能是护士或行政人员。"),
    ("这家餐厅的所有菜都不含肉。", "这家餐厅提供素食。", "entailment", "所有菜都不含肉，说明提供的是素食。"),
    ("小王昨天一整天都在家里睡觉。", "小王昨天去爬山了。", "contradiction", "一整天在家睡觉就不可能去爬山。"),
    ("他买了一台新电脑。", "他的旧电脑坏了。", "neutral", "买新电脑不一定是因为旧电脑坏了。"),
    ("这座桥于去年建成通车。", "这座桥现在可以通行车辆。", "entailment", "建成通车说明现在可以通行车辆。"),
    ("图书馆周一闭馆。", "周一可以去图书馆借书。", "contradiction", "闭馆时无法借书。"),
    ("孩子们在公园里放风筝。", "今天天气晴朗。", "neutral", "放风筝一般需要有风，但不能推出天气晴朗。"),
]
NLI_ZH = {"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}

WSC_Q = "阅读下面的句子，判断其中的代词“{p}”指代的是不是“{n}”。请回答“是”或“否”。\n句子："
WSC_ITEMS = [
    ("小明把书借给了小刚，因为他已经看完了。", "他", "小明", "是", "已经看完书的人才会把书借出去，所以“他”指小明。"),
    ("小明把书借给了小刚，因为他想看。", "他", "小明", "否", "想看书的是借书的人小刚，所以“他”不是小明。"),
    ("奖杯放不进箱子里，因为它太大了。", "它", "箱子", "否", "放不进去是因为奖杯太大，所以“它”指奖杯。"),
    ("奖杯放不进箱子里，因为它太小了。", "它", "箱子", "是", "放不进去是因为箱子太小，所以“它”指箱子。"),
    ("小红向小丽道歉，因为她弄坏了小丽的铅笔。", "她", "小红", "是", "弄坏铅笔的人才需要道歉，所以“她”指小红。"),
    ("老师批评了那个学生，因为他上课一直说话。", "他", "老师", "否", "上课说话的是学生，不是老师。"),
    ("张三没有追上李四，因为他跑得太快了。", "他", "李四", "是", "追不上是因为被追的人跑得快，所以指李四。"),
    ("市议员们拒绝了示威者的游行申请，因为他们担心会发生暴力。", "他们", "示威者", "否",
     "担心暴力而拒绝申请的是市议员们，“他们”不是示威者。"),
]


def class_items(rng: random.Random) -> list[dict]:
    """Expand the pools into classification items with label synonyms and a wrong label."""
    out = []
    for text, lab, bad in AG_ITEMS:
        why = AG_WHY[lab]
        out.append(dict(ds="agnews_like", lang="en", q=AG_Q + text, ref=lab, why=why, bad=bad, kind="ag",
                        bwhy=AG_WHY[bad],
                        syn={k: [v] for k, v in AG_SYN.items()}))
    for text, lab in SENT_ITEMS:
        bad = "negative" if lab == "positive" else "positive"
        why = ("The reviewer is satisfied and recommends the product." if lab == "positive" else
               "The reviewer is unhappy with the product and its quality.")
        out.append(dict(ds="amazon_like", lang="en", q=SENT_Q + text, ref=lab, why=why, bad=bad, kind="sent",
                        bwhy=("The reviewer sounds satisfied overall." if bad == "positive" else
                              "The reviewer seems disappointed with the product."),
                        syn={"positive": ["favorable", "Positive 👍"], "negative": ["unfavorable", "Negative 👎"]}))
    for i, (text, lab) in enumerate(ZH_SENT_ITEMS):
        en_labels = i % 2 == 1
        ref = ({"正面": "positive", "负面": "negative"}[lab]) if en_labels else lab
        bad = {"正面": "负面", "负面": "正面", "positive": "negative", "negative": "positive"}[ref]
        why = "评论者对产品或服务表示满意。" if lab == "正面" else "评论者对产品或服务表示不满。"
        syn = {"正面": ["积极", "positive"], "负面": ["消极", "negative"], "positive": ["正面", "积极"],
               "negative": ["负面", "消极"]}
        out.append(dict(ds="zh_sentiment_like", lang="zh", q=(ZH_SENT_Q_EN if en_labels else ZH_SENT_Q) + text,
                        ref=ref, why=why, bad=bad, kind="zhsent", syn=syn,
                        bwhy="评论者整体上表示满意。" if lab == "负面" else "评论者整体上表示不满。"))
    for s1, s2, lab, why in NLI_ITEMS:
        bad = {"entailment": "neutral", "neutral": "entailment", "contradiction": "neutral"}[lab]
        out.append(dict(ds="cmnli_like", lang="zh", q=NLI_Q + f"句子1：{s1}\n句子2：{s2}", ref=lab, why=why, bad=bad,
                        kind="nli", syn={k: [v] for k, v in NLI_ZH.items()},
                        bwhy={"entailment": "由句子1可以推出句子2。", "neutral": "句子1和句子2之间没有必然联系。",
                              "contradiction": "两句话不可能同时成立。"}[bad]))
    for sent, pron, noun, lab, why in WSC_ITEMS:
        out.append(dict(ds="clue_wsc_like", lang="zh", q=WSC_Q.format(p=pron, n=noun) + sent, ref=lab, why=why,
                        bad="否" if lab == "是" else "是", kind="wsc", pron=pron, noun=noun,
                        bwhy=f"从句意看，“{pron}”{'指的就是' if lab == '否' else '指的是另一个人，不是'}{noun}。",
                        syn={"是": ["对", "是的"], "否": ["不是", "不对"]}))
    return out


def class_final(rng: random.Random, lang: str, lab: str) -> str:
    if lang == "en":
        return rng.choice([f"The answer is {lab}.", f"Answer: {lab}", f"**{lab}**", f"Label: {lab}",
                           f"So the label is {lab}.", lab, f"The best answer is {lab}."])
    return rng.choice([f"答案是{lab}。", f"答案：{lab}", f"所以答案为“{lab}”。", f"故选择：{lab}", lab,
                       f"The answer is {lab}."])


def negation_line(rng: random.Random, it: dict, label: str) -> str:
    """A sentence that only negates a label. For binary tasks negating the wrong label is an answer."""
    k, ref, bad = it["kind"], it["ref"], it["bad"]
    if k in ("sent", "zhsent"):
        neg = bad if label == "Correct" else ref
        if it["lang"] == "en":
            return rng.choice([f"This review is definitely not {neg}.", f"Overall, the sentiment is not {neg}."])
        return rng.choice([f"这条评论不是{neg}的。", f"总体来看，情感并不{neg}。" if neg in ("正面", "负面") else
                           f"这条评论的情感不是 {neg}。"])
    if k == "wsc":
        if label == "Correct":
            return (f"代词“{it['pron']}”指的不是{it['noun']}。" if ref == "否" else
                    f"代词“{it['pron']}”指的就是{it['noun']}，并不是别人。")
        return (f"代词“{it['pron']}”指的不是{it['noun']}。" if ref == "是" else
                f"代词“{it['pron']}”指的并不是别人，正是{it['noun']}。")
    if k == "nli":
        if label == "Correct":
            others = [x for x in ("entailment", "neutral", "contradiction") if x != ref]
            return f"两句话的关系既不是{NLI_ZH[others[0]]}，也不是{NLI_ZH[others[1]]}，所以是{NLI_ZH[ref]}（{ref}）。"
        other = [x for x in ("entailment", "neutral", "contradiction") if x != ref][0]
        return rng.choice([f"这两个句子之间不是{NLI_ZH[other]}关系。", f"The relation is not {other}."])
    if label == "Correct":
        wrong = [x for x in AG_SYN if x != ref][rng.randrange(3)]
        return f"This is not a {wrong} story; it belongs to {ref}."
    return f"This article is not about {ref}."


def compose_class(rng: random.Random, it: dict, trap: str, label: str) -> str:
    lang, en = it["lang"], it["lang"] == "en"
    ref, bad = it["ref"], it["bad"]
    pick = ref if label == "Correct" else bad
    why_good = it["why"]
    why_bad = it["bwhy"]
    wp = why_good if label == "Correct" else why_bad
    think = rng.random() < 0.35

    text = it["q"].split("\n", 1)[1]
    for tag in ("Article: ", "Review: ", "评论：", "句子："):
        text = text.removeprefix(tag)
    lead = {"ag": "I'll look at the main subject of the headline and the first sentence.",
            "sent": "I need to judge the overall attitude of the reviewer, taking negation and sarcasm into account.",
            "zhsent": "需要综合整条评论的态度来判断，注意否定和转折。",
            "nli": "需要判断能否由句子1推出句子2，或者两者是否矛盾。",
            "wsc": "需要结合句子的语义，判断代词指代的对象。"}[it["kind"]]
    pre = []
    if rng.random() < 0.7:
        pre.append(Note(f'The text is: "{text}"' if en else f"原文：{text}"))
    if rng.random() < 0.6:
        pre.append(Note(lead))
    post = []
    if rng.random() < 0.5:
        post.append(Note(rng.choice(["Double-checking for negations or sarcasm: nothing changes the overall reading.",
                                     "Let me re-read the text once more to make sure I did not miss a qualifier."]
                                    if en else ["再检查一下有没有否定或转折：整体判断不变。",
                                                "再读一遍原文，确认没有遗漏关键信息。"])))

    def rd(paras, fin, **kw):
        return render(rng, lang, pre + list(paras) + (post if paras else []), fin, **kw)
    if trap in ("plain", "boxed"):
        fin = class_final(rng, lang, pick) if trap == "plain" else f"$\\boxed{{\\text{{{pick}}}}}$"
        if think:
            last = f"So it's {pick}." if en else f"所以是{pick}。"
            return rd([wp], fin, think=[str(x) for x in pre] + [lead, wp, last])
        return rd([wp], fin, style="plain", opener=rng.random() < 0.5)
    if trap == "label_in_sentence":
        if en:
            line = rng.choice([f"Given this, I would classify the text as {pick}.",
                               f"The text clearly falls under the {pick} category.",
                               f"Considering the wording, {pick} is the most fitting label here."])
        else:
            line = rng.choice([f"因此，这段文本应归为“{pick}”。", f"综上，我认为属于{pick}这一类。"])
        return rd([wp], line, style="plain", opener=False)
    if trap == "negation":
        return rd([wp] if label == "Correct" else [], negation_line(rng, it, label), style="plain",
                      opener=False)
    if trap == "synonyms":
        if label == "Correct":
            s = rng.choice(it["syn"][ref])
        else:
            s = rng.choice(it["syn"][bad])
        line = (f"The answer is {s}." if en else f"答案：{s}")
        return rd([wp], line, style="plain", opener=False)
    if trap == "hedged":
        line = (rng.choice([f"It could be {ref} or {bad}.", f"I'd say {bad}, but {ref} is also possible."]) if en else
                rng.choice([f"可能是“{ref}”，也可能是“{bad}”。", f"答案是“{bad}”或“{ref}”。"]))
        return rd([why_good], line, style="plain")
    if trap == "multiple_answers":
        line = (f"The labels are {ref} and {bad}." if en else f"答案是“{ref}”和“{bad}”。")
        return rd([why_good], line, style="plain")
    if trap == "self_correction":
        first, second = (bad, ref) if label == "Correct" else (ref, bad)
        w = wait_en(rng) if en else wait_zh(rng)
        paras = [Note(f"My first impression is {first}." if en else f"第一印象是“{first}”。"),
                 Note(w + ("reading it again, that's not right." if en else "重新读题后发现不是这样。")),
                 why_good if second == ref else why_bad]
        return rd(paras, class_final(rng, lang, second), style="plain", opener=False)
    if trap == "no_answer":
        return refusal(rng, lang) if rng.random() < 0.5 else (
            "The text is ambiguous and could belong to more than one category, so I will not pick one." if en else
            "这段文本的含义比较模糊，无法判断。")
    if trap == "truncated":
        text = rd([why_good], "", style="plain")
        return text[: max(20, len(text) * 2 // 3)].rstrip()
    if trap == "think_mismatch":
        other = bad if label == "Correct" else ref
        return rd([wp], class_final(rng, lang, pick),
                      think=[why_good if other == ref else why_bad, f"So the label is {other}." if en else
                             f"所以标签是{other}。"])
    raise ValueError(f"unknown class trap {trap}/{label}")
