"""Classification: NLI, sentiment, topic, yes/no, true/false. Label set stated in each question."""
P_EN = ["Halvard Seto", "Mirela Quist", "Anouk Berrow", "Teodor Vane", "Priya Oltman", "Caspar Lindqvist"]
P_ZH = ["韩书瑶", "黎景行", "贺知秋", "邵明川", "简若宁", "裴云舟"]
TOWN_EN = ["Ostrava Creek", "Millbrae Hollow", "Fenwick Bay", "Dunmore Flats"]
TOWN_ZH = ["青溪镇", "柳河村", "白石镇", "云岭乡"]


def nli(r, L):
    lab = r.choice([0, 1, 2])
    if L == "en":
        p, t = r.choice(P_EN), r.choice(TOWN_EN)
        y, n = r.randint(1995, 2019), r.randint(3, 9)
        prem = "%s grew up in %s and, in %d, opened a repair shop there that employs %d mechanics." % (p, t, y, n)
        hyp = ["%s runs a business in %s." % (p, t), "%s's repair shop is the most profitable one in the region." % p,
               "%s has never lived in %s." % (p, t)][lab]
        labs = ["entailment", "neutral", "contradiction"]
        q = "Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, neutral, contradiction." % (prem, hyp)
        ex = ["The premise says the shop was opened in %s and still employs people, so the hypothesis follows." % t,
              "Nothing in the premise mentions profit or comparison with other shops, so it is neither supported nor refuted.",
              "The premise states %s grew up in %s, which directly conflicts with never having lived there." % (p, t)][lab]
        alts = [labs[lab].capitalize(), "**%s**" % labs[lab].upper()]
    else:
        p, t = r.choice(P_ZH), r.choice(TOWN_ZH)
        y, n = r.randint(1995, 2019), r.randint(3, 9)
        prem = "%s在%s长大，%d年在当地开了一家修车铺，雇了%d名师傅。" % (p, t, y, n)
        hyp = ["%s在%s经营着一家店。" % (p, t), "%s的修车铺是当地收入最高的。" % p, "%s从未在%s生活过。" % (p, t)][lab]
        labs = ["蕴含", "中立", "矛盾"]
        q = "语句一：%s\n语句二：%s\n请判断两句话的关系，从“蕴含”“中立”“矛盾”中选择一个。" % (prem, hyp)
        ex = ["前提说明他在%s开了店且仍雇人，可以推出语句二。" % t, "前提没有提到收入，也没有与其他店比较，无法判断。",
              "前提说他在%s长大，与“从未在那里生活”直接冲突。" % t][lab]
        alts = [["蕴含关系", "entailment"], ["中立（无法判断）", "neutral"], ["矛盾关系", "contradiction"]][lab]
    return q, [ex, ("So the relation is %s." if L == "en" else "所以关系是%s。") % labs[lab]], labs[lab], alts, [l for i, l in enumerate(labs) if i != lab]


REV_EN = [("The battery died after two days and support never replied to my emails.", 0),
          ("Honestly the best headphones I've owned — crisp sound and they fold flat.", 1),
          ("Room was dusty, the heater rattled all night, and checkout took forty minutes.", 0),
          ("The soup arrived hot, portions were generous, and the staff remembered our names.", 1),
          ("Pages started falling out of the binding within a week. Not buying this brand again.", 0),
          ("Setup took five minutes and it has worked flawlessly every morning since.", 1)]
REV_ZH = [("快递三天就到了，包装完好，衣服面料很舒服，尺码也合适。", 1), ("用了一周屏幕就出现亮斑，客服一直推脱，非常失望。", 0),
          ("餐厅环境安静，菜的味道正宗，服务员也很热情，下次还来。", 1), ("酒店隔音太差，半夜被吵醒好几次，早餐也很敷衍。", 0),
          ("这本书情节紧凑，人物刻画细腻，一口气读完了。", 1), ("充电器发烫严重，还没用满一个月就坏了。", 0)]


def senti(r, L):
    txt, y = r.choice(REV_EN if L == "en" else REV_ZH)
    if L == "en":
        labs = ["negative", "positive"]
        q = "Classify the sentiment of this review as positive or negative.\nReview: \"%s\"" % txt
        ex = "The key phrases in the review are %s in tone." % ("favourable" if y else "complaints")
        alts = [labs[y].capitalize(), "%s sentiment" % labs[y]]
    else:
        labs = ["消极", "积极"]
        q = "判断下面这条评论的情感倾向（积极 / 消极）：\n“%s”" % txt
        ex = "评论中的关键词%s。" % ("都是正面评价" if y else "都是抱怨和不满")
        alts = ["%s情感" % labs[y], ["负面（消极）", "正面（积极）"][y]]
    return q, [ex, ("Overall: %s." if L == "en" else "整体为%s。") % labs[y]], labs[y], alts, [labs[1 - y]]


HEAD_EN = [("Riverside council approves new budget for road repairs", "politics"), ("Local striker scores twice as Harbor FC clinch the league", "sports"),
           ("Chipmaker Veltrix reports record quarterly revenue", "business"), ("Researchers map a new species of deep-sea coral", "science")]
HEAD_ZH = [("市议会通过新一年道路维修预算", "政治"), ("港城队前锋梅开二度助球队提前夺冠", "体育"),
           ("芯片企业维创科技季度营收创新高", "财经"), ("科研团队在深海发现新的珊瑚物种", "科技")]


def topic(r, L):
    bank = HEAD_EN if L == "en" else HEAD_ZH
    h, y = r.choice(bank)
    labs = [b[1] for b in bank]
    if L == "en":
        q = "Assign the headline to one topic: politics, sports, business, science.\nHeadline: %s" % h
        ex = "The headline's subject and vocabulary point to the %s section." % y
        alts = [y.capitalize(), "the %s category" % y]
    else:
        q = "请将下面的新闻标题归入一个类别：政治、体育、财经、科技。\n标题：%s" % h
        ex = "标题的主体和用词都属于%s领域。" % y
        alts = ["%s类" % y, "%s新闻" % y]
    return q, [ex, ("Topic: %s." if L == "en" else "类别：%s。") % y], y, alts, [l for l in labs if l != y]


TF_EN = [("The Pacific is the largest ocean on Earth.", True), ("Sound travels faster in a vacuum than in air.", False),
         ("The human heart has four chambers.", True), ("Mount Kilimanjaro is located in South America.", False),
         ("Bats are mammals.", True), ("The chemical symbol for gold is Ag.", False)]
TF_ZH = [("长江是中国最长的河流。", True), ("月球自身能够发光。", False), ("水由氢和氧两种元素组成。", True),
         ("一年中白昼最长的节气是冬至（北半球）。", False), ("鲸鱼属于哺乳动物。", True), ("声音在真空中传播得最快。", False)]


def truefalse(r, L):
    s, v = r.choice(TF_EN if L == "en" else TF_ZH)
    yesno = r.random() < 0.5
    if L == "en":
        labs = ["yes", "no"] if yesno else ["true", "false"]
        q = ("Answer yes or no: is the following statement accurate? \"%s\"" if yesno else "True or false: %s") % s
        alts = [("Yes" if v else "No") if yesno else ("True" if v else "False"), ("Yes, it is accurate." if v else "No, it is not accurate.") if yesno else ("the statement is true" if v else "the statement is false")]
        ex = "Recalling the relevant fact, the statement is %s." % ("correct" if v else "not correct")
    else:
        labs = ["是", "否"] if yesno else ["正确", "错误"]
        q = ("判断下列说法是否正确，回答“是”或“否”：%s" if yesno else "判断正误（正确 / 错误）：%s") % s
        alts = ["是的，说法正确" if v else "不是，说法不正确", "对" if v else "不对"] if yesno else ["说法正确" if v else "说法错误", "判断：正确" if v else "判断：错误"]
        ex = "回忆相关常识，该说法%s。" % ("成立" if v else "不成立")
    ref = labs[0] if v else labs[1]
    return q, [ex, ("Answer: %s." if L == "en" else "结论：%s。") % ref], ref, alts, [labs[1] if v else labs[0]]


CLS_GENS = [nli, nli, senti, topic, truefalse]
