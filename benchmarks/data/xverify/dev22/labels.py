"""Classification-label generators: NLI, sentiment, yes/no (English and Chinese)."""
from math import isqrt

NLI_EN = [
    ("Marta locked her bicycle outside the library and went in to return two novels.",
     "Marta went to the library.", "entailment"),
    ("The bakery on Elm Street sold out of rye bread before nine o'clock on Saturday.",
     "The bakery had plenty of rye bread left at noon on Saturday.", "contradiction"),
    ("A man in a yellow raincoat is walking a dog along the beach.",
     "The man is walking his dog to the veterinarian.", "neutral"),
    ("The committee postponed the vote until the following Tuesday.",
     "The vote did not take place on the originally planned day.", "entailment"),
    ("Two children are building a sandcastle while their father reads a newspaper.",
     "No children are present.", "contradiction"),
    ("Dario finished the marathon in just under four hours.",
     "Dario trained for six months for the marathon.", "neutral"),
    ("The museum is closed on Mondays and open every other day of the week.",
     "The museum is open on Wednesdays.", "entailment"),
    ("The orchestra performed without its usual conductor, who was ill.",
     "The usual conductor led the orchestra that evening.", "contradiction"),
    ("A woman is painting a mural on the side of a brick building.",
     "The mural will be finished by next week.", "neutral"),
    ("All the tickets for the Friday concert were sold within an hour.",
     "Some people bought tickets for the Friday concert.", "entailment"),
    ("The river flooded the lower fields after three days of heavy rain.",
     "The lower fields stayed completely dry.", "contradiction"),
    ("Keiko ordered a salad and a glass of lemonade at the cafe.",
     "Keiko is a vegetarian.", "neutral"),
]
WHY_EN = {"entailment": "the premise directly guarantees that the hypothesis is true",
          "contradiction": "the premise makes the hypothesis impossible",
          "neutral": "the premise neither guarantees nor rules out the hypothesis; it adds information we don't have"}
SENT_EN = [
    ("The battery lasts all day, the screen is gorgeous, and setup took two minutes. Best purchase this year.", "positive"),
    ("Arrived with a cracked lid and customer service never answered my emails. Avoid.", "negative"),
    ("I've read this novel twice now and the ending still gets me. Wonderful characters throughout.", "positive"),
    ("The soup was cold, the waiter was rude, and we waited forty minutes for the bill.", "negative"),
    ("Comfortable shoes, true to size, and they still look new after months of walking to work.", "positive"),
    ("The app crashes every time I try to upload a photo. Completely useless after the update.", "negative"),
    ("Friendly staff, spotless room, and the breakfast was far better than expected.", "positive"),
    ("The plot drags, the jokes fall flat, and I nearly walked out halfway through.", "negative"),
]
NLI_ZH = [
    ("小王每天早上七点坐地铁去公司上班。", "小王上班乘坐公共交通工具。", "蕴含"),
    ("会议因为暴雨被推迟到了下周三。", "会议按原计划如期举行。", "矛盾"),
    ("一位老人正在公园里打太极拳。", "这位老人每天都来公园锻炼。", "中立"),
    ("这家餐厅周一不营业，其他时间都正常营业。", "这家餐厅周五营业。", "蕴含"),
    ("李老师把所有的试卷都批改完了。", "还有一些试卷李老师没有批改。", "矛盾"),
    ("小张买了一台新的笔记本电脑。", "小张的电脑是为了工作而买的。", "中立"),
    ("比赛结束时，红队以三比一战胜了蓝队。", "蓝队输掉了这场比赛。", "蕴含"),
    ("图书馆里非常安静，几乎没有人说话。", "图书馆里人声鼎沸，非常吵闹。", "矛盾"),
    ("妈妈在厨房里包饺子。", "今天是除夕。", "中立"),
]
WHY_ZH = {"蕴含": "前提可以直接推出假设成立", "矛盾": "前提与假设不可能同时为真", "中立": "前提既不能推出假设，也不能否定假设"}
SENT_ZH = [
    ("物流很快，包装完好，衣服质量也很好，穿着很舒服，下次还会再买。", "正面"),
    ("用了两天就坏了，客服也不理人，非常失望。", "负面"),
    ("酒店位置方便，房间干净，服务员态度特别热情。", "正面"),
    ("菜又咸又油，等了一个小时才上菜，再也不来了。", "负面"),
    ("这本书写得很生动，孩子非常喜欢，每天都要读。", "正面"),
    ("屏幕有坏点，退货流程还特别麻烦，不推荐购买。", "负面"),
]
LAB_ZH = {"正面": ["积极（正面）", "正面情感", "正面"], "负面": ["消极（负面）", "负面情感", "负面"]}
OTHER = {"entailment": ["neutral", "contradiction"], "neutral": ["entailment", "contradiction"],
         "contradiction": ["neutral", "entailment"], "蕴含": ["中立", "矛盾"], "中立": ["蕴含", "矛盾"],
         "矛盾": ["中立", "蕴含"], "positive": ["negative"], "negative": ["positive"], "正面": ["负面"], "负面": ["正面"]}


def lab(ref, ok, zhl, ds, q, steps, ans, wrong_ans, why_wrong, rng):
    c = dict(dataset=ds, kat="categorical_label", question=q, ref=ref, lang="zh" if zhl else "en", checks=[])
    if ok:
        c.update(steps=steps, ans=ans, label="Correct", trap="label_synonym" if ans.lower() != ref else "label")
        return c
    k = rng.choice(["wrong", "wrong", "hedge"])
    if k == "wrong":
        c.update(steps=steps[:-1] + [why_wrong], ans=wrong_ans, label="Incorrect", trap="wrong_label")
    else:
        c.update(steps=steps[:-1], ans=ref, label="Incorrect", trap="hedge_two_labels",
                 final=("可能是%s，也可能是%s，取决于理解方式。" if zhl else
                        "It could be read as %s or as %s; I'd say it's %s or %s.") % (
                     (ref, wrong_ans) if zhl else (ref, wrong_ans, ref, wrong_ans)))
    return c


def nli_en(rng, ok):
    p, h, y = rng.choice(NLI_EN)
    w = rng.choice(OTHER[y])
    q = ("Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with entailment, neutral, or "
         "contradiction." % (p, h))
    steps = ["I need to decide the relation between the premise and the hypothesis.",
             "The premise says: \"%s\"" % p, "The hypothesis says: \"%s\"" % h,
             "The key question is whether the hypothesis must be true, might be true, or cannot be true given the premise.",
             "Here %s." % WHY_EN[y], "So the label is %s." % y]
    ans = rng.choice([y, y.capitalize(), "**%s**" % y, {"entailment": "Entailment (the hypothesis follows from the premise)",
                                                        "neutral": "Neutral",
                                                        "contradiction": "Contradiction"}[y]])
    return lab(y, ok, False, "mnli_like", q, steps, ans, w, "Thinking about it more, %s, so the label is %s." % (
        WHY_EN[w], w), rng)


def sent_en(rng, ok):
    t, y = rng.choice(SENT_EN)
    w = OTHER[y][0]
    q = "What is the sentiment of the following review? Answer positive or negative.\nReview: \"%s\"" % t
    steps = ["Let me look at the wording of the review.", "The review reads: \"%s\"" % t,
             "The reviewer's overall attitude comes through in the descriptive words and the final remark.",
             "Overall the tone is clearly %s." % y]
    ans = rng.choice([y, y.capitalize(), "%s sentiment" % y.capitalize(), "The review is %s." % y])
    return lab(y, ok, False, "sst_like", q, steps, ans, w, "Actually, reading between the lines, the overall tone "
               "seems %s." % w, rng)


def yesno(rng, ok):
    n = rng.randint(50, 400)
    if n % 2 == 0 or n % 5 == 0:
        n += 1 if n % 2 == 0 else 2
    fs = [p for p in range(2, isqrt(n) + 1) if n % p == 0]
    prime = not fs
    y = "Yes" if prime else "No"
    q = "Is %d a prime number? Answer yes or no." % n
    steps = ["To check if %d is prime I test divisibility by primes up to \u221a%d \u2248 %.1f." % (n, n, n ** 0.5)]
    for p in [p for p in (2, 3, 5, 7, 11, 13, 17, 19) if p <= isqrt(n)]:
        steps.append(("%d / %d = %d exactly." % (n, p, n // p)) if n % p == 0 else "%d / %d is not an integer." % (n, p))
        if n % p == 0:
            break
    steps.append("So %d is %s." % (n, "prime" if prime else "not prime, since %d = %d x %d" % (n, fs[0], n // fs[0])))
    ans = y if rng.random() < 0.5 else ("Yes, %d is prime." % n if prime else "No, %d is not prime." % n)
    w = "No" if prime else "Yes"
    return lab(y, ok, False, "boolq_like", q, steps, ans, w, ("I didn't find a divisor quickly, so %d is prime." % n) if not prime else
               ("Hmm, %d looks like it should factor, so I'll say it is not prime." % n), rng) | {"kat": "categorical_label"}


def nli_zh(rng, ok):
    p, h, y = rng.choice(NLI_ZH)
    w = rng.choice(OTHER[y])
    q = "前提：%s\n假设：%s\n请判断前提和假设的关系，从“蕴含”“中立”“矛盾”中选择一个。" % (p, h)
    steps = ["我需要判断前提和假设之间的逻辑关系。", "前提说：“%s”" % p, "假设说：“%s”" % h,
             "分析：%s。" % WHY_ZH[y], "所以关系是%s。" % y]
    ans = rng.choice([y, "“%s”" % y, "%s关系" % y])
    return lab(y, ok, True, "cmnli_like", q, steps, ans, w, "再想一想，%s，所以应该是%s。" % (WHY_ZH[w], w), rng)


def sent_zh(rng, ok):
    t, y = rng.choice(SENT_ZH)
    w = OTHER[y][0]
    q = "判断下面这条评论的情感倾向（正面/负面）：\n“%s”" % t
    steps = ["我来分析这条评论的用词和语气。", "评论内容是：“%s”" % t, "从评论者的描述和结尾的态度可以看出整体倾向。",
             "整体情感是%s的。" % y]
    return lab(y, ok, True, "chnsenticorp_like", q, steps, rng.choice(LAB_ZH[y]), w,
               "不过仔细看，整体语气偏%s。" % w, rng)


GENS = [(nli_en, 14), (sent_en, 10), (yesno, 10), (nli_zh, 12), (sent_zh, 9)]
