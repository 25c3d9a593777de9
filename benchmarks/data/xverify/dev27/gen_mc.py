"""Multiple-choice (alphabet_option) and classification (categorical_label) cases."""
from common import pad, case

FACTS_EN = [
    ("What is the capital of Australia?", "Canberra", ["Sydney", "Melbourne", "Perth"]),
    ("Which is the chemical symbol for sodium?", "Na", ["So", "Sd", "S"]),
    ("Which is the largest planet in the Solar System?", "Jupiter", ["Saturn", "Neptune", "Earth"]),
    ("Who wrote the play Romeo and Juliet?", "William Shakespeare", ["Christopher Marlowe", "Ben Jonson", "John Milton"]),
    ("At sea level, water boils at how many degrees Celsius?", "100", ["90", "110", "212"]),
    ("Which planet is known as the Red Planet?", "Mars", ["Venus", "Mercury", "Jupiter"]),
    ("Which gas do green plants take in for photosynthesis?", "Carbon dioxide", ["Oxygen", "Nitrogen", "Helium"]),
    ("What is the smallest prime number?", "2", ["1", "3", "0"]),
    ("Which is the largest ocean on Earth?", "Pacific Ocean", ["Atlantic Ocean", "Indian Ocean", "Arctic Ocean"]),
    ("Which organelle is the main site of cellular respiration?", "Mitochondrion", ["Ribosome", "Nucleus", "Golgi apparatus"]),
    ("What is the freezing point of water in degrees Fahrenheit?", "32", ["0", "100", "212"]),
    ("Which element has atomic number 1?", "Hydrogen", ["Helium", "Lithium", "Oxygen"]),
]
FACTS_ZH = [
    ("中国的首都是哪座城市？", "北京", ["上海", "广州", "南京"]),
    ("《红楼梦》的作者是谁？", "曹雪芹", ["罗贯中", "施耐庵", "吴承恩"]),
    ("中国最长的河流是哪一条？", "长江", ["黄河", "珠江", "淮河"]),
    ("太阳系中体积最大的行星是？", "木星", ["土星", "地球", "火星"]),
    ("一年有多少个月？", "12", ["10", "11", "13"]),
    ("水的化学式是？", "H₂O", ["CO₂", "H₂O₂", "O₂"]),
]
L4 = "ABCD"


def _options(rng, right, wrong):
    opts = [right] + list(wrong)
    rng.shuffle(opts)
    return opts, L4[opts.index(right)]


def mc(rng, lang, ok):
    if rng.random() < 0.3:
        a, b = rng.randint(12, 49), rng.randint(12, 49)
        right = str(a * b)
        wrong = set()
        while len(wrong) < 3:
            w = a * b + rng.choice([-20, -10, 10, 20, -a, b, 100, -100])
            if w != a * b:
                wrong.add(str(w))
        stem = ("What is %d × %d?" % (a, b)) if lang == "en" else ("%d × %d 等于多少？" % (a, b))
        wrong = sorted(wrong)
        why = ("%d × %d = %d × %d + %d × %d = %d + %d = %d." % (a, b, a, b - b % 10, a, b % 10, a * (b - b % 10), a * (b % 10), a * b))
    else:
        stem, right, wrong = rng.choice(FACTS_EN if lang == "en" else FACTS_ZH)
        why = ("This is a standard fact: the answer is %s." % right) if lang == "en" else ("这是常识：答案是%s。" % right)
    opts, key = _options(rng, right, wrong)
    others = [c for c in L4 if c != key]
    if lang == "en":
        q = stem + " Answer Choices: " + " ".join("(%s) %s" % (c, o) for c, o in zip(L4, opts))
    else:
        q = stem + "\n" + "\n".join("%s．%s" % (c, o) for c, o in zip(L4, opts))
    parts = []
    for c, o in zip(L4, opts):
        if c == key:
            continue
        parts.append(("Option (%s) %s: this does not match what I know, so I eliminate it." % (c, o)) if lang == "en"
                     else ("选项 %s（%s）：与已知不符，排除。" % (c, o)))
    rng.shuffle(parts)
    parts.insert(0, why)
    if ok:
        k = rng.randrange(3)
        if k == 0:
            fin, trap = (("The answer is %s." % right) if lang == "en" else ("答案是%s。" % right)), "text_only_option"
        elif k == 1:
            fin, trap = (("Answer: (%s) — %s" % (key.lower(), right)) if lang == "en" else ("答案：%s项，即“%s”" % (key, right))), "lowercase_letter_with_text"
        else:
            parts.append(("I briefly considered (%s), but it was eliminated above." % others[0]) if lang == "en"
                         else ("我曾考虑过 %s，但上面已经排除。" % others[0]))
            fin, trap = (("Final answer: %s" % key) if lang == "en" else ("最终答案：%s" % key)), "mentions_other_letters"
    else:
        wi = L4.index(rng.choice(others))
        k = rng.randrange(3)
        if k == 0:
            fin, trap = (("The answer is (%s) %s." % (key, opts[wi])) if lang == "en" else ("答案是 %s．%s" % (key, opts[wi]))), "right_letter_wrong_text"
        elif k == 1:
            fin, trap = (("The answer is (%s) %s." % (L4[wi], right)) if lang == "en" else ("答案是 %s．%s" % (L4[wi], right))), "right_text_wrong_letter"
        else:
            parts.append(("On reflection, I am not sure about %s; (%s) %s seems more defensible, so I switch to it." % (right, L4[wi], opts[wi]))
                         if lang == "en" else ("再想一想，%s不太确定，%s．%s 更合理，所以改选它。" % (right, L4[wi], opts[wi])))
            fin, trap = (("Final answer: %s" % L4[wi]) if lang == "en" else ("最终答案：%s" % L4[wi])), "right_then_replaced"
    ds = "mmlu_like" if lang == "en" else "ceval_like"
    return case(ds, "alphabet_option", q, pad(rng, lang, parts, fin), key, "Correct" if ok else "Incorrect", lang, trap)


EN_FRUIT = ["apples", "pears", "oranges", "plums"]
ZH_FRUIT = ["苹果", "梨", "橙子", "李子"]
NAMES = ["Rosa", "Felix", "Ingrid", "Malik", "Yara", "Quentin"]
ZH_NAMES = ["小周", "小吴", "小郑", "小孙"]


def nli(rng, lang, ok):
    n = rng.randint(4, 15)
    f1, f2 = rng.sample(range(4), 2)
    ref_kind = rng.choice(["e", "c", "n"])
    K = n - rng.randint(1, 3)
    if lang == "en":
        nm = rng.choice(NAMES)
        prem = "%s bought exactly %d %s and nothing else at the market on Saturday morning." % (nm, n, EN_FRUIT[f1])
        hyp = {"e": "%s bought more than %d %s on Saturday." % (nm, K, EN_FRUIT[f1]),
               "c": "%s bought some %s at the market on Saturday morning." % (nm, EN_FRUIT[f2]),
               "n": "%s paid for the %s with a credit card." % (nm, EN_FRUIT[f1])}[ref_kind]
        lab = {"e": "entailment", "c": "contradiction", "n": "neutral"}
        q = ("Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis, contradict it, or neither? "
             "Answer with entailment, neutral, or contradiction." % (prem, hyp))
        parts = ["The premise fixes what was bought: exactly %d %s and nothing else." % (n, EN_FRUIT[f1]),
                 {"e": "The hypothesis claims a count above %d; since %d exceeds it, the premise guarantees it." % (K, n),
                  "c": "The hypothesis says %s were bought too, but the premise says nothing else was bought." % EN_FRUIT[f2],
                  "n": "The premise is silent about the method of payment; it could have been cash or card."}[ref_kind]]
        para = {"e": "the hypothesis necessarily follows from the premise", "c": "the two statements cannot both be true",
                "n": "the hypothesis can be neither confirmed nor ruled out by the premise"}
        wrong = {"e": "not entailment", "c": "entailment", "n": "contradiction"}
        if ok:
            fin, trap = "Conclusion: %s." % para[ref_kind], "label_paraphrase"
        else:
            fin, trap = "Label: %s" % wrong[ref_kind], ("negated_label" if ref_kind == "e" else "wrong_label_after_right_reasoning")
        ds = "mnli_like"
    else:
        nm = rng.choice(ZH_NAMES)
        prem = "%s周六上午在市场只买了%d个%s，没有买别的东西。" % (nm, n, ZH_FRUIT[f1])
        hyp = {"e": "%s周六买的%s多于%d个。" % (nm, ZH_FRUIT[f1], K),
               "c": "%s周六上午在市场买了一些%s。" % (nm, ZH_FRUIT[f2]),
               "n": "%s是用手机支付的。" % nm}[ref_kind]
        lab = {"e": "蕴含", "c": "矛盾", "n": "中立"}
        q = "前提：%s\n假设：%s\n请判断两句话的关系：蕴含、中立还是矛盾？" % (prem, hyp)
        parts = ["前提明确说明只买了%d个%s，没有买别的。" % (n, ZH_FRUIT[f1]),
                 {"e": "假设说多于%d个，而实际买了%d个，前提保证了它成立。" % (K, n),
                  "c": "假设说还买了%s，但前提说没有买别的东西。" % ZH_FRUIT[f2],
                  "n": "前提没有提到付款方式，无法判断。"}[ref_kind]]
        para = {"e": "由前提可以必然推出假设", "c": "两句话不可能同时为真，相互矛盾", "n": "既不能推出，也不矛盾，无法确定"}
        wrong = {"e": "不是蕴含", "c": "蕴含", "n": "矛盾"}
        if ok:
            fin, trap = "结论：%s。" % para[ref_kind], "label_paraphrase"
        else:
            fin, trap = "答案：%s" % wrong[ref_kind], ("negated_label" if ref_kind == "e" else "wrong_label_after_right_reasoning")
        ds = "cmnli_like"
    return case(ds, "categorical_label", q, pad(rng, lang, parts, fin), lab[ref_kind], "Correct" if ok else "Incorrect", lang, trap)


POS_EN = ["the staff were warm and attentive", "every dish arrived hot and beautifully seasoned", "I would happily come back next week",
          "the prices were fair for the quality", "the dessert was the best I have had this year"]
NEG_EN = ["we waited fifty minutes for cold food", "the waiter ignored us twice", "I will not be returning",
          "the bill included charges we never ordered", "the soup tasted like it had been reheated"]
POS_ZH = ["服务员热情周到", "每道菜都很新鲜可口", "下次一定还会再来", "性价比很高", "甜点是今年吃过最好的"]
NEG_ZH = ["等了五十分钟菜还是凉的", "服务员两次都不理我们", "以后再也不会来了", "账单里多收了没点的菜", "汤明显是加热过的剩菜"]


def sentiment(rng, lang, ok):
    pos = rng.random() < 0.5
    if lang == "en":
        bits = rng.sample(POS_EN if pos else NEG_EN, 3)
        rev = "Dinner at the Copper Kettle: %s; %s; and %s." % tuple(bits)
        q = "Classify the sentiment of this review as positive or negative.\nReview: %s" % rev
        ref = "positive" if pos else "negative"
        parts = ["The review mentions: %s." % "; ".join(bits),
                 "Each of these remarks is %s in tone, and there is no counterbalancing remark." % ("approving" if pos else "critical")]
        if ok:
            fin, trap = ("Overall the reviewer is clearly %s." % ("pleased and favourable" if pos else "unhappy and unfavourable")), "label_paraphrase"
        else:
            fin, trap = ("Sentiment: not positive" if pos else "Sentiment: not negative"), "negated_label"
        ds = "sst_like"
    else:
        bits = rng.sample(POS_ZH if pos else NEG_ZH, 3)
        rev = "铜壶餐厅晚餐：%s，%s，%s。" % tuple(bits)
        q = "判断这条评论的情感是正面还是负面。\n评论：%s" % rev
        ref = "正面" if pos else "负面"
        parts = ["评论提到：%s。" % "；".join(bits), "这些说法都%s，没有相反的评价。" % ("是称赞" if pos else "是批评")]
        if ok:
            fin, trap = ("情感倾向：%s" % ("积极、满意" if pos else "消极、不满")), "label_paraphrase"
        else:
            fin, trap = ("答案：不是正面" if pos else "答案：不是负面"), "negated_label"
        ds = "chnsenticorp_like"
    return case(ds, "categorical_label", q, pad(rng, lang, parts, fin), ref, "Correct" if ok else "Incorrect", lang, trap)
