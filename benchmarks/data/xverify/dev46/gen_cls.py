"""Classification items: NLI (en/zh), sentiment, topic, yes/no, true/false."""
from common import pick

PEOPLE = ["Rhiannon Castellane", "Osei Marlowe", "Tamsin Vey", "Ignatius Prell", "Leontyne Abara", "Corvin Halde",
          "Evander Quist", "Mirela Tosk", "Hollis Vantreight", "Saoirse Denholm", "Jarek Ostrowind", "Philippa Narn"]
PLACES = ["Lowmere", "Caddon Falls", "Brackenridge", "Port Elsby", "Verrin Hollow", "Ashgrove", "Tillinghast"]
ZH_P = ["林晓岚", "周沐阳", "陈若溪", "赵明远", "孙一帆", "吴清和", "郑雨桐", "何思远"]
ZH_C = ["青溪镇", "云港市", "南屿村", "北岭县", "石桥镇"]


def nli_en(rng):
    p = pick(rng, PEOPLE); c = pick(rng, PLACES); n = rng.randint(3, 9); yr = rng.randint(1990, 2019)
    prem = f"{p} moved to {c} in {yr} and opened a bakery that now employs {n} people."
    lab = pick(rng, ["entailment", "neutral", "contradiction"])
    hyp = {"entailment": pick(rng, [f"{p} opened a bakery in {c}.", f"A bakery in {c} was opened by {p}.",
                                    f"{p}'s bakery employs {n} people."]),
           "neutral": pick(rng, [f"{p}'s bakery is the most popular in {c}.", f"{p} was born in {c}'s neighboring county.",
                                 f"{p} plans to open a second shop next year."]),
           "contradiction": pick(rng, [f"{p} has never lived in {c}.", f"{p}'s bakery has only {n+3} employees? No — it has exactly {n-2} employees in total.",
                                       f"{p} opened a hardware store, not a bakery, in {c}."])}[lab]
    if lab == "contradiction" and "No —" in hyp:
        hyp = f"{p}'s bakery employs exactly {n+4} people."
    q = (f"Premise: {prem}\nHypothesis: {hyp}\nWhat is the relationship between the premise and the hypothesis? "
         f"Answer with one of: entailment, neutral, contradiction.")
    why = {"entailment": "the hypothesis follows directly from what the premise states",
           "neutral": "the premise says nothing that settles the hypothesis either way",
           "contradiction": "the hypothesis cannot be true if the premise is true"}
    steps = [f"The premise tells us: {prem}", f"The hypothesis claims: {hyp}",
             "I need to decide whether the premise guarantees, rules out, or leaves open the hypothesis.",
             f"Looking closely, {why[lab]}.", f"So the label is {lab}."]
    goods = [(lab, "label"), (lab.capitalize(), "capitalized"), (lab.upper(), "uppercase")]
    return dict(dataset="nli_like", kat="categorical_label", lang="en", question=q, ref=lab, goods=goods,
                bads=[x for x in ["entailment", "neutral", "contradiction"] if x != lab], steps=steps, reveal=3)


def nli_zh(rng):
    p = pick(rng, ZH_P); c = pick(rng, ZH_C); n = rng.randint(2, 8)
    prem = f"{p}去年在{c}开了一家书店，店里有{n}名员工。"
    lab = pick(rng, ["蕴含", "中立", "矛盾"])
    hyp = {"蕴含": pick(rng, [f"{p}在{c}开过一家书店。", f"{p}的书店有{n}名员工。"]),
           "中立": pick(rng, [f"{p}的书店是{c}最大的书店。", f"{p}大学学的是中文专业。"]),
           "矛盾": pick(rng, [f"{p}从未在{c}开过店。", f"{p}的书店只有{n+5}名员工以外没有别人，其实一共{n+5}人。"])}[lab]
    if lab == "矛盾" and "其实" in hyp:
        hyp = f"{p}的书店一共有{n+5}名员工。"
    q = f"前提：{prem}\n假设：{hyp}\n请判断前提与假设的关系，从“蕴含”“中立”“矛盾”中选择一个。"
    why = {"蕴含": "假设可以由前提直接推出", "中立": "前提既不能证明也不能否定假设", "矛盾": "前提为真时假设不可能为真"}
    steps = [f"前提说的是：{prem}", f"假设说的是：{hyp}", "需要判断前提是否保证、排除或无法确定假设。",
             f"仔细比较后，{why[lab]}。", f"所以关系是{lab}。"]
    alt = {"蕴含": "蕴涵", "中立": "中性", "矛盾": "矛盾关系"}[lab]
    en = {"蕴含": "entailment", "中立": "neutral", "矛盾": "contradiction"}[lab]
    return dict(dataset="cmnli_like", kat="categorical_label", lang="zh", question=q, ref=lab,
                goods=[(lab, "label"), (alt, "variant_term"), (f"{lab}（{en}）", "bilingual")],
                bads=[x for x in ["蕴含", "中立", "矛盾"] if x != lab], steps=steps, reveal=3)


POS = ["The battery lasts all weekend and the screen is gorgeous", "Staff went out of their way to help us; the soup was superb",
       "I laughed from start to finish and would happily watch it again", "Setup took two minutes and it has worked flawlessly since"]
NEG = ["It stopped charging after a week and support never replied", "The room smelled of smoke and the bed was broken",
       "Two hours of my life I will never get back; the plot made no sense", "The zipper tore on the first day and the seller refused a refund"]


def sentiment(rng, used):
    lab = pick(rng, ["positive", "negative"]); pool = POS if lab == "positive" else NEG
    base = pick(rng, pool); p = pick(rng, PEOPLE).split()[0]
    tail = pick(rng, ["", f" — {p}", f" ({rng.randint(2, 9)} weeks of use)", f". Reviewed by {p}"])
    txt = base + tail
    q = f"Classify the sentiment of this review as positive or negative.\nReview: \"{txt}\""
    cue = "praise" if lab == "positive" else "complaints"
    steps = [f"The review reads: {txt}", f"The key phrases are {cue}; there's no sarcasm marker that flips them.",
             "Mixed signals? Not really, the tone is consistent.", f"Sentiment: {lab}."]
    return dict(dataset="sentiment_like", kat="categorical_label", lang="en", question=q, ref=lab,
                goods=[(lab, "label"), (lab.capitalize(), "capitalized"), (f"{lab} sentiment", "with_noun")],
                bads=["negative" if lab == "positive" else "positive"], steps=steps, reveal=1)


TOPICS = {"Sports": ["{p} scores twice as {c} Rovers clinch the regional cup", "Marathon record falls in {c} as {p} finishes in the rain"],
          "Business": ["{c} Textiles reports third straight quarter of rising profits", "{p} named chief executive of {c} Freight after merger"],
          "Science": ["Researchers led by {p} map a new species of cave beetle near {c}", "{c} observatory team led by {p} detects faint comet tail"],
          "Politics": ["{c} council votes to delay budget as {p} calls for audit", "{p} launches campaign for mayor of {c}"]}


def topic(rng):
    lab = pick(rng, sorted(TOPICS)); h = pick(rng, TOPICS[lab]).format(p=pick(rng, PEOPLE), c=pick(rng, PLACES))
    q = f"Assign the headline to one topic: Sports, Business, Science, or Politics.\nHeadline: {h}"
    steps = [f"Headline: {h}", "Look for the domain vocabulary: teams and scores, companies and profits, research, or government.",
             f"The vocabulary here points to {lab}.", f"Topic: {lab}."]
    return dict(dataset="topic_like", kat="categorical_label", lang="en", question=q, ref=lab,
                goods=[(lab, "label"), (lab.lower(), "lowercase"), (f"{lab} news", "with_noun")],
                bads=[t for t in sorted(TOPICS) if t != lab], steps=steps, reveal=1)


def yesno(rng, lang):
    n = rng.randint(101, 499) | 1
    isp = all(n % d for d in range(2, int(n ** 0.5) + 1))
    fac = next((d for d in range(2, n) if n % d == 0), None)
    if lang == "zh":
        lab = "是" if isp else "否"
        q = f"{n} 是质数吗？请回答“是”或“否”。"
        steps = [f"检查 {n} 是否有不超过 √{n} 的因数。", (f"{n} = {fac}×{n//fac}，不是质数。" if fac else f"试除到 {int(n**0.5)} 都不整除。"),
                 f"结论：{lab}。"]
        return dict(dataset="boolq_like", kat="categorical_label", lang="zh", question=q, ref=lab,
                    goods=[(lab, "label"), ("是的，是质数" if isp else "否，不是质数", "sentence")], bads=["否" if isp else "是"], steps=steps, reveal=1)
    lab = "yes" if isp else "no"
    q = f"Is {n} a prime number? Answer yes or no."
    steps = [f"Trial division of {n} by primes up to {int(n**0.5)}.", (f"{n} = {fac} x {n//fac}, so it is composite." if fac else f"No prime up to {int(n**0.5)} divides {n}."),
             f"Answer: {lab}."]
    return dict(dataset="boolq_like", kat="categorical_label", lang="en", question=q, ref=lab,
                goods=[(lab, "label"), (lab.capitalize(), "capitalized"), ("Yes, it is prime" if isp else "No, it is not prime", "sentence")],
                bads=["no" if isp else "yes"], steps=steps, reveal=1)


def truefalse(rng):
    n = rng.randint(5, 12); s = (n - 2) * 180; claim = pick(rng, [s, s + 180, s - 180])
    lab = "True" if claim == s else "False"
    q = f"True or False: The interior angles of a convex polygon with {n} sides sum to {claim} degrees."
    steps = [f"Interior angle sum = (n - 2) x 180 = ({n} - 2) x 180 = {s}.", f"The claim says {claim}.", f"So the statement is {lab}."]
    return dict(dataset="truefalse_like", kat="categorical_label", lang="en", question=q, ref=lab,
                goods=[(lab, "label"), (lab.upper(), "uppercase"), (f"{lab} — the statement holds" if lab == "True" else "False — the statement does not hold", "sentence")],
                bads=["False" if lab == "True" else "True"], steps=steps)


def make_cls(rng, n_en, n_zh):
    out = []
    fns = [nli_en, nli_en, sentiment, topic, lambda r: yesno(r, "en"), truefalse]
    for i in range(n_en):
        f = fns[i % len(fns)]
        out.append(f(rng, None) if f is sentiment else f(rng))
    for i in range(n_zh):
        out.append(nli_zh(rng) if i % 3 else yesno(rng, "zh"))
    return out
