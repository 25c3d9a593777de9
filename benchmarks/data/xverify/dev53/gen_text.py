"""Classification (NLI, sentiment, true/false, yes/no) and short-answer cases."""
from common import T, assemble, cut_off, record
from pad import paras

PEOPLE = ["Halvard Quist", "Mireille Osei", "Tamsin Varga", "Corin Abernethy", "Yusra Lindqvist", "Paz Okonkwo"]
PEOPLE_ZH = ["林清远", "苏晚晴", "顾北辰", "沈知意", "何慕白"]
TOWNS = ["Brackenford", "Velloria", "Eastmere", "Tollan Cove", "Ridgebourne"]


def nli(rng, zh):
    who = rng.choice(PEOPLE_ZH if zh else PEOPLE)
    n = rng.randint(3, 9)
    prem = T(zh, "%s repaired %d bicycles at the community workshop on Saturday before lunch." % (who, n),
             "%s周六午饭前在社区工坊修好了%d辆自行车。" % (who, n))
    kind = rng.choice(["entailment", "neutral", "contradiction"])
    hyp = {"entailment": T(zh, "%s repaired more than %d bicycles on Saturday." % (who, n - 2),
                           "%s周六修好的自行车多于%d辆。" % (who, n - 2)),
           "neutral": T(zh, "%s is paid by the workshop for repairs." % who, "%s修车是有报酬的。" % who),
           "contradiction": T(zh, "%s did not repair any bicycles on Saturday." % who, "%s周六一辆自行车也没修。" % who)}[kind]
    zlab = {"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}
    labels = ["entailment", "neutral", "contradiction"]
    q = T(zh, "Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, "
              "neutral, contradiction." % (prem, hyp),
          "前提：%s\n假设：%s\n请判断两句关系，从“蕴含”“中立”“矛盾”中选一个。" % (prem, hyp))
    ref = zlab[kind] if zh else kind
    names = [zlab[l] if zh else l for l in labels]
    why = {"entailment": T(zh, "%d > %d, so it follows." % (n, n - 2), "%d > %d，必然成立。" % (n, n - 2)),
           "neutral": T(zh, "Nothing about payment is stated.", "前提没有提到报酬。"),
           "contradiction": T(zh, "The premise says %d were repaired." % n, "前提说修好了%d辆。" % n)}[kind]
    return dict(q=q, ref=ref, names=names, why=why, ds="cmnli_like" if zh else "mnli_like", kat="categorical_label")


def sentiment(rng, zh):
    pos = rng.random() < 0.5
    place = rng.choice(TOWNS)
    txt = T(zh, ("The noodle bar in %s was a delight: broth rich, staff warm, and I'll be back next week." if pos else
                 "The noodle bar in %s was a letdown: broth lukewarm, a forty-minute wait, and nobody apologised.") % place,
            "这家面馆汤头浓郁、服务热情，下周还会再来。" if pos else "这家面馆汤是温的，等了四十分钟，也没人道歉。")
    q = T(zh, "Review: \"%s\"\nClassify the sentiment as positive or negative." % txt,
          "评论：“%s”\n判断该评论的情感倾向（正面/负面）。" % txt)
    ref = T(zh, "positive" if pos else "negative", "正面" if pos else "负面")
    names = T(zh, ["positive", "negative"], ["正面", "负面"])
    why = T(zh, "Words like '%s' carry the tone." % ("delight" if pos else "letdown"),
            "关键词“%s”体现了情感。" % ("热情" if pos else "没人道歉"))
    return dict(q=q, ref=ref, names=names, why=why, ds="sentiment_like", kat="categorical_label")


def truefalse(rng, zh):
    n = rng.randint(101, 499)
    is_p = all(n % d for d in range(2, int(n ** 0.5) + 1))
    fac = next((d for d in range(2, n) if n % d == 0), None)
    q = T(zh, "True or false: %d is a prime number. Answer True or False." % n,
          "判断正误：%d 是质数。（回答“正确”或“错误”）" % n)
    ref = T(zh, "True" if is_p else "False", "正确" if is_p else "错误")
    names = T(zh, ["True", "False"], ["正确", "错误"])
    why = T(zh, "No prime up to √%d divides it." % n if is_p else "%d = %d × %d." % (n, fac, n // fac),
            "不超过√%d的质数都不整除它。" % n if is_p else "%d = %d × %d。" % (n, fac, n // fac))
    return dict(q=q, ref=ref, names=names, why=why, ds="boolq_like", kat="categorical_label")


def yesno(rng, zh):
    a, b = rng.randint(12, 40), rng.randint(12, 40)
    c = a * b + rng.choice([0, 0, 1, -1, 10])
    yes = c == a * b
    q = T(zh, "Is %d × %d equal to %d? Answer yes or no." % (a, b, c), "%d × %d 是否等于 %d？请回答“是”或“否”。" % (a, b, c))
    ref = T(zh, "yes" if yes else "no", "是" if yes else "否")
    names = T(zh, ["yes", "no"], ["是", "否"])
    why = "%d × %d = %d" % (a, b, a * b)
    return dict(q=q, ref=ref, names=names, why=why, ds="yesno_like", kat="categorical_label")


FACTS = [  # zh, question, reference, equal forms, wrong answers
    (0, "What is the capital city of Australia?", "Canberra", ["Canberra, in the ACT", "the city of Canberra"], ["Sydney", "Melbourne"]),
    (0, "Which planet is the largest in the Solar System?", "Jupiter", ["the planet Jupiter"], ["Saturn"]),
    (0, "In what year did Apollo 11 land on the Moon?", "1969", ["July 1969", "the year 1969"], ["1968", "1971"]),
    (0, "What is the chemical symbol for gold?", "Au", ["Au (from Latin aurum)"], ["Ag", "Gd"]),
    (0, "Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", ["Austen", "Miss Jane Austen"], ["Charlotte Brontë"]),
    (1, "《红楼梦》的作者是谁？", "曹雪芹", ["曹雪芹（名霑）", "清代作家曹雪芹"], ["罗贯中", "施耐庵"]),
    (1, "中国最长的河流是哪条？", "长江", ["长江（扬子江）"], ["黄河"]),
    (0, "Which element has atomic number 6?", "Carbon", ["carbon (C)", "C, carbon"], ["Nitrogen", "Boron"]),
    (1, "光在真空中的速度约为每秒多少千米？", "约30万千米", ["3×10^5 千米/秒", "300000 km/s"], ["3万千米", "约3×10^8千米"]),
]


def drop(rng, zh):
    t = rng.choice(TOWNS)
    a, b = rng.randint(8, 30), rng.randint(8, 30)
    while a == b:
        b = rng.randint(8, 30)
    c = rng.randint(3, 12)
    who = rng.choice(PEOPLE)
    q = ("Passage: In the %s regional cup, the Harbor Larks scored %d points in the first half and %d in the second. "
         "Their opponents, the Millside Owls, finished with %d points fewer than the Larks. %s led the Larks with "
         "a season-high effort.\nQuestion: How many points did the Owls score?" % (t, a, b, c, who))
    tot = a + b - c
    return dict(q=q, ref="%d" % tot, alts=["%d points" % tot, "the Owls scored %d" % tot],
                wrongs=[("%d" % (a + b + c), "adding instead of subtracting"), ("%d" % (a + b), "the Larks' total")],
                steps=["Larks: %d + %d = %d." % (a, b, a + b), "Owls: %d - %d = %d." % (a + b, c, tot)], zh=0)


def build_label(rng, zh, maker, want_correct):
    P = maker(rng, zh)
    steps = [P["why"], T(zh, "Possible labels: %s." % ", ".join(P["names"]), "可选标签：%s。" % "、".join(P["names"]))]
    body = paras(rng, zh, P["q"].split("\n")[0], steps, 7)[:6] + steps + [T(zh, "Let me reread once more to be safe.",
                                                                            "再读一遍确认。")]
    ref = P["ref"]
    others = [n for n in P["names"] if n != ref]
    if want_correct:
        form = rng.choice([ref, ref.capitalize(), ref.upper() if not zh else ref])
        fin = rng.choice([T(zh, "**Answer: %s**", "答案：%s"), T(zh, "Label: %s", "结论：%s"), "$\\boxed{%s}$"]) % form
        trap = "label_match"
    else:
        w = rng.choice(others)
        r = rng.random()
        if r < 0.6:
            fin = T(zh, "**Answer: %s**" % w, "答案：%s" % w)
            trap = "wrong_label"
        elif r < 0.8:
            fin = T(zh, "It could be %s or %s; I can't decide." % (ref, w), "可能是%s，也可能是%s。" % (ref, w))
            trap = "hedge_labels"
        else:
            body = body + [T(zh, "I'd say %s... wait, on second thought, %s." % (ref, w), "应该是%s……等等，改为%s。" % (ref, w))]
            fin = T(zh, "Final answer: %s" % w, "最终答案：%s" % w)
            trap = "label_flip_to_wrong"
    out = assemble(rng, zh, body, None, fin, summary_steps=steps[:1])
    return record(None, P["ds"], P["kat"], P["q"], out, ref, "Correct" if want_correct else "Incorrect", zh, trap)


def build_short(rng, zh, want_correct):
    if zh or rng.random() < 0.5:
        items = [f for f in FACTS if f[0] == zh]
        _, q, ref, alts, wrongs = rng.choice(items)
        steps = [T(zh, "This is a recall question; I should be precise about the name.", "这是知识性问题，要准确。"),
                 T(zh, "Candidates that come to mind: %s, %s." % (ref, wrongs[0]), "想到的候选：%s、%s。" % (ref, wrongs[0]))]
        wl = [(w, "") for w in wrongs]
        ds = "simpleqa_like" if rng.random() < 0.5 else "triviaqa_like"
    else:
        P = drop(rng, zh)
        q, ref, alts, wl, steps = P["q"], P["ref"], P["alts"], P["wrongs"], P["steps"]
        ds = "drop_like"
    body = paras(rng, zh, q.split("\n")[-1], steps, 7) + steps
    if want_correct:
        ans = rng.choice([ref] + alts)
        fin = rng.choice([T(zh, "The answer is %s.", "答案：%s"), "**%s**", T(zh, "Final answer: %s", "最终答案是%s。")]) % ans
        trap = "short_equivalent" if ans != ref else "short_match"
    else:
        w = rng.choice(wl)[0]
        if rng.random() < 0.7:
            fin = T(zh, "The answer is %s." % w, "答案：%s" % w)
            trap = "short_wrong_entity"
        else:
            fin = T(zh, "Probably %s, though it might be %s." % (w, ref), "大概是%s，也可能是%s。" % (w, ref))
            trap = "short_hedge"
    out = assemble(rng, zh, body, None, fin, summary_steps=steps[-1:])
    return record(None, ds, "short_text", q, out, ref, "Correct" if want_correct else "Incorrect", zh, trap)


LABEL_MAKERS = [nli, sentiment, truefalse, yesno]
