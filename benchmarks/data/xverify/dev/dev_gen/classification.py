"""Classification: hand-written texts with an analysis and chosen finals (synonyms, negations, wrong labels);
``build_cl`` emits the cases, plus one truncated output without a label per item."""

from .cases import add, pick

# (lang, dataset, question, gold, analysis, [(final, label, trap)])
CL = [
    ("en", "Amazon", "Classify the sentiment of this product review as positive or negative.\nReview: \"The blender crushed ice in seconds and it's quieter than my old one. Cleanup takes a minute. Worth every penny.\"",
     "positive", "The reviewer praises performance (crushes ice in seconds), noise level (quieter), and convenience (easy cleanup), and closes with 'worth every penny', a strong endorsement. No complaints are mentioned.",
     [("Positive", "Correct", "plain"), ("The sentiment of this review is clearly positive.", "Correct", "label_in_sentence"),
      ("This review is not positive; the reviewer is lukewarm.", "Incorrect", "negation")]),
    ("en", "Amazon", "Classify the sentiment of this product review as positive or negative.\nReview: \"Arrived with a cracked lid. Customer service promised a replacement twice and never sent it. I gave up.\"",
     "negative", "Damaged on arrival, broken promises from customer service, and the reviewer 'gave up' — all negative signals, nothing positive offsets them.",
     [("negative", "Correct", "plain"), ("Overall the reviewer is unhappy, so the label is NEGATIVE.", "Correct", "label_in_sentence"),
      ("The review is not negative overall — the reviewer is just venting, so positive.", "Incorrect", "negation"),
      ("It could be negative or neutral.", "Incorrect", "hedge")]),
    ("en", "AgNews", "Classify the news headline into one of: World, Sports, Business, Sci/Tech.\nHeadline: \"Researchers unveil battery chemistry that charges electric cars in under ten minutes\"",
     "Sci/Tech", "The headline is about a research result (new battery chemistry). Although it mentions electric cars, the focus is the technology, not markets or companies' earnings.",
     [("Sci/Tech", "Correct", "plain"), ("Science/Technology", "Correct", "synonym"), ("Business", "Incorrect", "wrong_label")]),
    ("en", "AgNews", "Classify the news headline into one of: World, Sports, Business, Sci/Tech.\nHeadline: \"Central bank raises interest rates for third straight quarter as inflation lingers\"",
     "Business", "Monetary policy, interest rates and inflation are economic/financial news.",
     [("Business", "Correct", "plain"), ("The category is business.", "Correct", "label_in_sentence"), ("World", "Incorrect", "wrong_label"),
      ("World or Business", "Incorrect", "hedge")]),
    ("en", "AgNews", "Classify the news headline into one of: World, Sports, Business, Sci/Tech.\nHeadline: \"Underdog club clinches league title on final day with stoppage-time winner\"",
     "Sports", "A club winning a league title with a late goal is sports news.",
     [("Sports", "Correct", "plain"), ("sport", "Correct", "synonym"), ("World", "Incorrect", "wrong_label")]),
    ("en", "MNLI", "Premise: \"The museum closes at five on weekdays.\"\nHypothesis: \"The museum is open until eight on Tuesdays.\"\nDoes the premise entail the hypothesis, contradict it, or neither (entailment, contradiction, neutral)?",
     "contradiction", "Tuesday is a weekday, so by the premise the museum closes at five on Tuesday. Being open until eight would conflict with that.",
     [("contradiction", "Correct", "plain"), ("The hypothesis contradicts the premise.", "Correct", "label_in_sentence"), ("neutral", "Incorrect", "wrong_label")]),
    ("en", "MNLI", "Premise: \"Priya finished the marathon in just under four hours.\"\nHypothesis: \"Priya ran a marathon.\"\nAnswer with entailment, contradiction, or neutral.",
     "entailment", "Finishing a marathon implies running (or at least completing) a marathon; the hypothesis follows directly.",
     [("Entailment", "Correct", "plain"), ("The premise entails the hypothesis.", "Correct", "label_in_sentence"), ("neutral", "Incorrect", "wrong_label")]),
    ("zh", "CMNLI", "前提：“这家餐厅周一不营业。”\n假设：“这家餐厅的厨师很有名。”\n请判断二者关系：蕴含（entailment）、矛盾（contradiction）或中立（neutral）。",
     "neutral", "前提只说明了营业时间，没有提到厨师是否有名，假设既不能由前提推出，也不与前提冲突。",
     [("neutral", "Correct", "plain"), ("中立", "Correct", "synonym_zh"), ("两者关系是中性的，既不蕴含也不矛盾。", "Correct", "label_in_sentence"), ("蕴含", "Incorrect", "wrong_label")]),
    ("zh", "CMNLI", "前提：“小王昨天在北京参加了会议。”\n假设：“小王昨天一整天都在上海。”\n请判断关系：entailment、contradiction 或 neutral。",
     "contradiction", "同一天不可能一整天都在上海又在北京参加会议，二者冲突。",
     [("contradiction", "Correct", "plain"), ("矛盾", "Correct", "synonym_zh"), ("不矛盾，属于中立关系。", "Incorrect", "negation")]),
    ("zh", "CLUEWSC", "句子：“李明把书借给了张华，因为他已经读完了。”\n问题：句中的“他”指的是“李明”吗？请回答“是”或“否”。",
     "是", "读完书的人才会把书借出去，所以“他已经读完了”指的是借出书的李明。",
     [("是", "Correct", "plain"), ("对，“他”指李明。", "Correct", "synonym_zh"), ("Yes", "Correct", "crosslingual_bool"), ("否", "Incorrect", "wrong_label")]),
    ("zh", "CLUEWSC", "句子：“妈妈给女儿买了一件外套，因为她觉得冷。”\n问题：句中的“她”指的是“妈妈”吗？请回答“是”或“否”。",
     "否", "觉得冷的人需要外套，外套是买给女儿的，所以“她”指女儿，而不是妈妈。",
     [("否", "Correct", "plain"), ("不是，“她”指的是女儿。", "Correct", "negation_correct"), ("是", "Incorrect", "wrong_label"),
      ("是的，指妈妈。", "Incorrect", "wrong_label")]),
    ("zh", "Amazon_zh", "判断下面评论的情感倾向（positive 或 negative）：\n“物流很快，包装也很用心，耳机音质超出预期，会回购。”",
     "positive", "评论称赞物流、包装和音质，并表示会回购，全是正面评价。",
     [("positive", "Correct", "plain"), ("正面", "Correct", "synonym_zh"), ("情感倾向为积极。", "Correct", "synonym_zh"), ("negative", "Incorrect", "wrong_label")]),
    ("zh", "Amazon_zh", "判断下面评论的情感倾向（positive 或 negative）：\n“用了三天就充不进电了，客服一直推脱，非常失望。”",
     "negative", "产品故障、客服推脱、“非常失望”，都是负面信息。",
     [("negative", "Correct", "plain"), ("负面", "Correct", "synonym_zh"), ("不是负面评价。", "Incorrect", "negation")]),
]

CL_END = {"en": ["Answer: {a}", "So my answer: {a}", "Final answer: {a}", "{a}", "Label: **{a}**"],
          "zh": ["答案：{a}", "所以答案是：{a}", "综上所述，{a}", "{a}"]}


def build_cl():
    for lang, ds, q, gold, ana, finals in CL:
        for a, lab, trap in finals:
            if lang == "en":
                pre = pick([f"<think>\n{ana}\n\nLet me make sure I'm using one of the allowed labels and not over-reading the text.\n</think>\n\n",
                            f"Let me analyze the text.\n\n{ana}\n\nChecking for any mixed signals or sarcasm: none that changes the overall reading.\n\n"])
            else:
                pre = pick([f"<think>\n{ana}\n\n再确认一下，答案要在给定的标签中选择。\n</think>\n\n", f"分析：{ana}\n\n检查是否存在反讽或转折：没有。\n\n"])
            add(ds, "categorical_label", q, pre + pick(CL_END[lang]).format(a=a), gold, lab, lang, trap)
        # truncated output, no label
        if lang == "en":
            out = "Let me analyze the text.\n\n" + ana + "\n\nHowever, I should also consider whether"
        else:
            out = "分析：" + ana + "\n\n不过还需要考虑"
        add(ds, "categorical_label", q, out, gold, "Incorrect", lang, "truncated_no_label")
