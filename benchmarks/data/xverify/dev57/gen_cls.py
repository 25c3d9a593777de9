"""Classification items: NLI, sentiment, yes/no, true/false."""
PEOPLE = ["Halvard Ostrem", "Mirela Pastrav", "Quentin Abara", "Sunniva Leek", "Tobiah Renn", "Ysolde Marr"]
ZPEOPLE = ["林嘉树", "苏晚晴", "程一舟", "韩星河"]

def isprime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))

def cls_item(rng, lang, idx):
    zh = lang == "zh"
    kind = idx % 4
    if kind == 0:
        p = rng.choice(ZPEOPLE if zh else PEOPLE); n = rng.randint(3, 9)
        rel = rng.randrange(3)
        if zh:
            prem = "%s 上周在社区图书馆做了 %d 场讲座，每场都座无虚席。" % (p, n)
            hyp = ["%s 上周至少做了一场讲座。" % p, "%s 是一名大学教授。" % p, "%s 上周没有做任何讲座。" % p][rel]
            labs = ["蕴含", "中立", "矛盾"]
            q = "前提：%s\n假设：%s\n判断前提与假设的关系，从“蕴含”、“中立”、“矛盾”中选择一个。" % (prem, hyp)
            why = ["讲座 %d 场，至少一场必然成立。" % n, "前提没有提到职业，无法判断。" % (), "前提说做了 %d 场，与“没有做”直接冲突。" % n][rel]
        else:
            prem = "%s gave %d talks at the community library last week, and every one of them was full." % (p, n)
            hyp = ["%s gave at least one talk last week." % p, "%s is a university professor." % p, "%s gave no talks last week." % p][rel]
            labs = ["entailment", "neutral", "contradiction"]
            q = "Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, neutral, contradiction." % (prem, hyp)
            why = ["%d talks implies at least one." % n, "The premise says nothing about the person's job.", "The premise says %d talks, which directly conflicts." % n][rel]
        ref = labs[rel]; wrong = labs[(rel + rng.choice([1, 2])) % 3]
    elif kind == 1:
        pos = rng.random() < 0.5
        if zh:
            txt = rng.choice(["这家店的面条筋道，汤头浓郁，服务员也很热情，下次还会来。", "等了四十分钟才上菜，菜还是凉的，再也不来了。"] if True else [])
            txt = "这家店的面条筋道，汤头浓郁，服务员也很热情，下次还会来。" if pos else "等了四十分钟才上菜，菜还是凉的，再也不来了。"
            q = "判断下面这条评论的情感倾向（正面/负面）：\n“%s”" % txt; labs = ["正面", "负面"]
            why = "评论中的关键词%s。" % ("“筋道”“浓郁”“热情”“还会来”都是褒义" if pos else "“等了四十分钟”“凉的”“再也不来”都是贬义")
        else:
            txt = "The Corvell headphones arrived early, the sound is crisp, and the battery easily lasts my whole week of commuting." if pos else "The Corvell headphones broke after two days, support never replied, and the left cup buzzes constantly."
            q = "Classify the sentiment of this review as positive or negative.\nReview: \"%s\"" % txt; labs = ["positive", "negative"]
            why = "Key phrases: %s." % ("'arrived early', 'crisp', 'lasts my whole week'" if pos else "'broke after two days', 'never replied', 'buzzes'")
        rel = 0 if pos else 1; ref = labs[rel]; wrong = labs[1 - rel]
    elif kind == 2:
        n = rng.choice([91, 97, 119, 127, 133, 149, 161, 173, 187, 191, 203, 211])
        pr = isprime(n)
        fac = next((d for d in range(2, n) if n % d == 0), None)
        if zh:
            q = "%d 是质数吗？请回答“是”或“否”。" % n; labs = ["是", "否"]
            why = ("检查到 √%d 以内的所有质数都不能整除它。" % n) if pr else ("%d = %d × %d。" % (n, fac, n // fac))
        else:
            q = "Is %d a prime number? Answer yes or no." % n; labs = ["yes", "no"]
            why = ("No prime up to √%d divides it." % n) if pr else ("%d = %d × %d." % (n, fac, n // fac))
        rel = 0 if pr else 1; ref = labs[rel]; wrong = labs[1 - rel]
    else:
        a, b = rng.randint(11, 49), rng.randint(11, 49); claim = a * b + rng.choice([0, 0, 10, -1])
        tv = claim == a * b
        if zh:
            q = "判断正误：%d × %d = %d。请回答“正确”或“错误”。" % (a, b, claim); labs = ["正确", "错误"]
            why = "实际上 %d × %d = %d。" % (a, b, a * b)
        else:
            q = "True or false: %d × %d = %d." % (a, b, claim); labs = ["True", "False"]
            why = "Actually %d × %d = %d." % (a, b, a * b)
        rel = 0 if tv else 1; ref = labs[rel]; wrong = labs[1 - rel]
    ok = [why, (("所以应判定为“%s”。" % ref) if zh else ("So the label is %s." % ref))]
    bd = [("乍一看，%s" % why[:12]) if zh else ("At first glance: %s" % why[:20]), (("我倾向于“%s”。" % wrong) if zh else ("I lean towards %s." % wrong))]
    alt = ["**%s**" % ref, ref.capitalize() if not zh else "“%s”" % ref, ref.upper() if not zh else ref]
    ds = ["cmnli_like" if zh else "mnli_like", "sentiment_like", "boolq_like", "truefalse_like"][kind]
    return ds, dict(q=q, steps_ok=ok, steps_bad=bd, ref=ref, alt=alt, wrong=wrong)
