"""Classification generators: NLI, sentiment, topic, yes/no, true/false (label set in the question)."""
from common import T

PEOPLE = ["Halvard Quist", "Noemi Brassard", "Teodor Vance", "Amara Lindqvist", "Felix Osei", "Rosalind Maaret", "Ivo Kettering", "Selma Durant"]
PEOPLE_ZH = ["林秋白", "苏映雪", "周景行", "韩若岚", "宋知远", "叶青禾"]
ACTS = [("repaired the old lighthouse clock", "fixed a clock", "never touched the clock", "was paid well for the repair"),
        ("won the regional chess final in three games", "won a chess final", "lost the chess final", "has played chess since childhood"),
        ("planted forty birch saplings along the river", "planted trees", "planted no trees", "planted the trees with volunteers"),
        ("sold the bakery to her cousin last spring", "no longer owns the bakery", "still owns the bakery", "made a profit on the sale"),
        ("translated the ferry timetable into four languages", "translated a timetable", "translated nothing", "speaks five languages")]
ACTS_ZH = [("上周修好了村口的石桥", "修过一座桥", "从未修过桥", "修桥花了很多钱"),
           ("在全市书法比赛中获得一等奖", "在书法比赛中获奖", "没有参加书法比赛", "练书法已有二十年"),
           ("把祖传的茶园租给了邻居", "不再亲自经营茶园", "仍在亲自经营茶园", "租金每年上涨")]


def nli(rng, L, used):
    lab = rng.choice(["entailment", "neutral", "contradiction"])
    if L == "zh":
        p, a = rng.choice(PEOPLE_ZH), rng.choice(ACTS_ZH)
        prem = "%s%s。" % (p, a[0])
        hyp = p + {"entailment": a[1], "contradiction": a[2], "neutral": a[3]}[lab]
        q = "前提：%s\n假设：%s。\n请判断前提与假设的关系，从“蕴含”、“中立”、“矛盾”中选择一个。" % (prem, hyp)
        zl = {"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}
        good = [zl[lab], "“%s”" % zl[lab], "关系：%s" % zl[lab]]
        bad = [v for k, v in zl.items() if k != lab]
    else:
        p, a = rng.choice(PEOPLE), rng.choice(ACTS)
        prem = "%s, who lives in the fictional town of Orrin Bay, %s." % (p, a[0])
        hyp = "%s %s." % (p.split()[0], {"entailment": a[1], "contradiction": a[2], "neutral": a[3]}[lab])
        q = "Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, neutral, contradiction." % (prem, hyp)
        good = [lab, lab.capitalize(), lab.upper(), "label = %s" % lab]
        bad = [x for x in ["entailment", "neutral", "contradiction"] if x != lab]
    if q in used:
        return None
    used.add(q)
    why = {"entailment": T(L, "the hypothesis is a direct consequence of the premise.", "假设可由前提直接推出。"),
           "contradiction": T(L, "the hypothesis directly conflicts with what the premise states.", "假设与前提直接冲突。"),
           "neutral": T(L, "the premise says nothing about this extra detail, so it is neither supported nor contradicted.", "前提没有提到这一细节，既不能推出也不矛盾。")}[lab]
    steps = [T(L, "Let me identify what the premise actually asserts.", "先弄清前提到底说了什么。"),
             T(L, "Premise: %s" % prem, "前提：%s" % prem), T(L, "Hypothesis: %s" % hyp, "假设：%s" % hyp),
             T(L, "Comparing them: %s" % why, "比较两者：%s" % why)]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="cmnli_like" if L == "zh" else "nli_like")


POS = ["the battery lasts all weekend", "setup took two minutes", "the staff were genuinely kind", "the soup was rich and hot", "it arrived a day early", "the sound is crisp"]
NEG = ["the hinge cracked within a week", "support never replied", "the room smelled of damp", "the pasta was cold and bland", "it arrived with a dented corner", "the app crashes constantly"]
POS_ZH = ["物流很快", "做工精细", "客服态度很好", "味道非常正宗", "性价比很高"]
NEG_ZH = ["质量很差", "客服不理人", "包装破损", "味道很一般而且偏咸", "用了两天就坏了"]


def sentiment(rng, L, used):
    lab = rng.choice(["positive", "negative"])
    if L == "zh":
        main = rng.sample(POS_ZH if lab == "positive" else NEG_ZH, 2)
        minor = rng.choice(NEG_ZH if lab == "positive" else POS_ZH)
        txt = "虽然%s，但%s，%s。%s" % (minor, main[0], main[1], "会再买。" if lab == "positive" else "不推荐。")
        q = "评论：“%s”\n请判断该评论的情感倾向（正面/负面）。" % txt
        zl = {"positive": "正面", "negative": "负面"}
        good = [zl[lab], "%s情感" % zl[lab], "情感倾向：%s" % zl[lab]]
        bad = [zl["negative" if lab == "positive" else "positive"]]
    else:
        main = rng.sample(POS if lab == "positive" else NEG, 2)
        minor = rng.choice(NEG if lab == "positive" else POS)
        txt = "Okay, %s, but honestly %s and %s. %s" % (minor, main[0], main[1], "Would buy again." if lab == "positive" else "Returning it.")
        q = "Review: \"%s\"\nClassify the sentiment of this review as positive or negative." % txt
        good = [lab, lab.capitalize(), "%s sentiment" % lab.capitalize()]
        bad = ["negative" if lab == "positive" else "positive"]
    if q in used:
        return None
    used.add(q)
    steps = [T(L, "There is one clause pulling the other way: \"%s\"." % minor, "评论中有一句相反的描述：“%s”。" % minor),
             T(L, "But the main points are \"%s\" and \"%s\", and the closing sentence settles the overall stance." % tuple(main), "但主要内容是“%s”和“%s”，结尾也表明了整体态度。" % tuple(main))]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="sentiment_like")


def isprime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def yesno(rng, L, used):
    kind = rng.choice(["prime", "div", "square"])
    if kind == "prime":
        n = rng.randrange(101, 999, 2)
        ans = isprime(n)
        q = T(L, "Is %d a prime number? Answer Yes or No." % n, "%d 是质数吗？请回答“是”或“否”。" % n)
        f = next((d for d in range(3, n) if n % d == 0), None)
        steps = [T(L, "Check odd divisors up to sqrt(%d) ≈ %.1f." % (n, n ** 0.5), "检查不超过 √%d ≈ %.1f 的奇数因子。" % (n, n ** 0.5)),
                 T(L, "%d = %d × %d." % (n, f, n // f) if f else "None of them divide %d." % n, "%d = %d × %d。" % (n, f, n // f) if f else "都不能整除 %d。" % n)]
    elif kind == "div":
        d = rng.randint(7, 29)
        n = d * rng.randint(11, 60) + rng.choice([0, 0, rng.randint(1, d - 1)])
        ans = n % d == 0
        q = T(L, "True or False: %d is divisible by %d." % (n, d), "判断正误：%d 能被 %d 整除。（回答“正确”或“错误”）" % (n, d))
        steps = [T(L, "Divide: %d = %d × %d + %d." % (n, d, n // d, n % d), "做除法：%d = %d × %d + %d。" % (n, d, n // d, n % d))]
    else:
        k = rng.randint(15, 60)
        n = k * k + rng.choice([0, 0, 1, -1, 2])
        ans = int(n ** 0.5) ** 2 == n
        q = T(L, "Is %d a perfect square? Answer yes or no." % n, "%d 是完全平方数吗？回答“是”或“否”。" % n)
        steps = [T(L, "%d² = %d and %d² = %d." % (k, k * k, k + 1, (k + 1) ** 2), "%d² = %d，%d² = %d。" % (k, k * k, k + 1, (k + 1) ** 2))]
    if q in used:
        return None
    used.add(q)
    if kind == "div":
        yes, no = T(L, "True", "正确"), T(L, "False", "错误")
        good = [yes if ans else no, T(L, (yes if ans else no).lower(), "判断" + (yes if ans else no)), T(L, "The statement is %s" % (yes if ans else no).lower(), "该说法%s" % (yes if ans else no))]
        bad = [no if ans else yes]
    else:
        yes, no = T(L, "Yes", "是"), T(L, "No", "否")
        good = [yes if ans else no, T(L, "%s." % ("yes" if ans else "no"), "%s。" % (yes if ans else no))]
        bad = [no if ans else yes]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="boolq_like")


TOPICS = {"sports": ["Harborview Gulls clinch league title with late penalty", "Marathon record falls in rain-soaked Kelden race"],
          "business": ["Tessmar Foods shares climb after quarterly profit beats forecasts", "Regional bank Orlet merges with rival in $2bn deal"],
          "science": ["Researchers map a new deep-sea vent teeming with tube worms", "Telescope team reports faint ring around a distant dwarf planet"],
          "politics": ["Coastal province passes budget after all-night session", "Mayor of Veltro announces bid for a second term"]}


def topic(rng, L, used):
    lab = rng.choice(sorted(TOPICS))
    h = rng.choice(TOPICS[lab])
    q = "Headline: \"%s\"\nWhich topic does this headline belong to? Choose from: sports, business, science, politics." % h
    if q in used:
        return None
    used.add(q)
    good = [lab, lab.capitalize(), "Category: %s" % lab]
    bad = [x for x in sorted(TOPICS) if x != lab]
    steps = ["The headline is: %s." % h, "Key words point to the %s domain rather than the others." % lab]
    return dict(q=q, good=good, bad=bad, steps=steps, ds="topic_like")


def cls_item(rng, L, used):
    fns = [nli, sentiment, yesno] + ([topic] if L == "en" else [])
    d = rng.choice(fns)(rng, L, used)
    if d:
        d["kat"] = "categorical_label"
        d["concl"] = lambda v: T(L, "So my label is %s." % v, "所以判断为：%s。" % v)
    return d
