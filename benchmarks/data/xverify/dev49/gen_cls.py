"""Classification cases: NLI, sentiment, topic, yes/no, true/false (en + zh)."""
import math
from common import make_case

NLI_EN = [
    ("Orla Fennick, a marine biologist from Port Alder, spent three winters cataloguing kelp forests in the northern bay.",
     {"entailment": "Orla Fennick has done fieldwork in the northern bay.",
      "neutral": "Orla Fennick prefers winter to summer.",
      "contradiction": "Orla Fennick has never set foot in the northern bay."}),
    ("The Vessmark town council voted seven to two to close the old footbridge until repairs are completed next spring.",
     {"entailment": "Most council members supported closing the footbridge.",
      "neutral": "The repairs will be paid for by a regional grant.",
      "contradiction": "The council voted unanimously to keep the footbridge open."}),
    ("After losing the first two sets, Dalia Moreau won the next three to take the Kestrel Open title.",
     {"entailment": "Dalia Moreau won the Kestrel Open.",
      "neutral": "Dalia Moreau had won the Kestrel Open once before.",
      "contradiction": "Dalia Moreau lost the Kestrel Open final in straight sets."}),
    ("The Lindqvist bakery opens at six every morning except Sundays, when it stays closed all day.",
     {"entailment": "The Lindqvist bakery is not open on Sundays.",
      "neutral": "The Lindqvist bakery sells rye bread.",
      "contradiction": "The Lindqvist bakery opens at six on Sunday mornings."}),
    ("Professor Anand Okafor retired from Halbrook University in 2019 after teaching chemistry there for thirty years.",
     {"entailment": "Anand Okafor taught at Halbrook University for three decades.",
      "neutral": "Anand Okafor wrote a chemistry textbook.",
      "contradiction": "Anand Okafor still teaches chemistry at Halbrook University full-time."}),
    ("Every seat on the evening ferry to Gullholm was sold out, so the operator added a second crossing at nine.",
     {"entailment": "Demand for the evening ferry to Gullholm exceeded its seats.",
      "neutral": "The second crossing was also sold out.",
      "contradiction": "There were plenty of empty seats on the evening ferry to Gullholm."}),
]
NLI_ZH = [
    ("林晓雯在青川县的一所中学教了十二年语文，去年调到了市里的教研室。",
     {"蕴含": "林晓雯有过在青川县教书的经历。", "中立": "林晓雯很喜欢在教研室工作。", "矛盾": "林晓雯从来没有当过老师。"}),
    ("因为连续降雨，白石镇的周末集市推迟到下个月举行。",
     {"蕴含": "白石镇的周末集市没有按原计划举行。", "中立": "白石镇的集市每年都会遇到下雨。", "矛盾": "白石镇的周末集市照常在本周末举行。"}),
    ("周海峰的小餐馆只在晚上营业，中午不接待客人。",
     {"蕴含": "中午去周海峰的小餐馆吃不到饭。", "中立": "周海峰的小餐馆生意很好。", "矛盾": "周海峰的小餐馆中午也接待客人。"}),
]
EN_LBL = {"entailment": [("entailment", "canonical_form"), ("Entailment", "capitalised_label"), ("entailed", "verb_form_of_label")],
          "neutral": [("neutral", "canonical_form"), ("Neutral", "capitalised_label"), ("NEUTRAL", "uppercase_label")],
          "contradiction": [("contradiction", "canonical_form"), ("Contradiction", "capitalised_label"), ("contradicts", "verb_form_of_label")]}
ZH_LBL = {"蕴含": [("蕴含", "canonical_form"), ("“蕴含”关系", "label_with_words")],
          "中立": [("中立", "canonical_form"), ("“中立”", "quoted_label")],
          "矛盾": [("矛盾", "canonical_form"), ("两句是矛盾关系", "label_in_sentence")]}

REV_POS = ["the battery lasts for days", "setup took two minutes", "the sound is rich and clear", "customer service replaced a part within a day",
           "the stitching is flawless", "it is lighter than I expected"]
REV_NEG = ["the hinge cracked within a week", "it overheats after ten minutes", "the instructions are missing steps",
           "support never answered my emails", "the colour faded after one wash", "it rattles at every bump"]
PROD = ["the Corvane desk lamp", "the Mirel travel kettle", "the Taskford backpack", "the Quillo wireless speaker", "the Brindle rain jacket"]

TOPICS = [("Striker Nilsa Varga scores twice as Harrowgate clinch the regional cup in extra time", "Sports"),
          ("Fenwick Logistics shares jump 12% after quarterly profits beat forecasts", "Business"),
          ("Researchers at a fictional Northmere lab report a battery cathode that survives 5,000 charge cycles", "Sci/Tech"),
          ("Coastal nations sign accord on shared fishing quotas after week-long summit", "World"),
          ("Veteran goalkeeper announces retirement after 19 seasons with the Larkfield Rovers", "Sports")]

ZH_REV = [("这家餐厅的菜量很足，味道也地道，服务员态度热情，下次还会再来。", "正面"),
          ("快递拖了一个星期才到，包装破损，里面的杯子也碎了，非常失望。", "负面"),
          ("这本书情节紧凑，人物刻画细腻，读完让人久久不能平静。", "正面"),
          ("酒店房间隔音很差，空调还一直有异响，整晚都没睡好。", "负面")]


USED = set()


def is_prime(n):
    return n > 1 and all(n % p for p in range(2, math.isqrt(n) + 1))


def nli_en(rng, prem, hyps, lab):
    q = ("Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis, contradict it, or neither? Answer with one of: "
         "entailment, neutral, contradiction." % (prem, hyps[lab]))
    setup = ["Key facts in the premise: %s" % prem, "The hypothesis claims: %s" % hyps[lab],
             "I need to decide whether the premise guarantees this, rules it out, or says nothing about it.",
             "I should not bring in outside assumptions beyond what the premise states."]
    wrongs = [(w[0][0], "wrong_label") for k, w in EN_LBL.items() if k != lab]
    return make_case(rng, "en", "nli_like", "categorical_label", q, setup, EN_LBL[lab], wrongs, ref=lab, kind="label")


def nli_zh(rng, prem, hyps, lab):
    q = "前提：%s\n假设：%s\n请判断前提与假设之间的关系，从“蕴含”“中立”“矛盾”中选择一个。" % (prem, hyps[lab])
    setup = ["前提说的是：%s" % prem, "假设说的是：%s" % hyps[lab], "要判断前提能否推出假设，或者与假设冲突，或者两者无关。", "不能加入前提以外的信息。"]
    wrongs = [(w[0][0], "wrong_label") for k, w in ZH_LBL.items() if k != lab]
    return make_case(rng, "zh", "cmnli_like", "categorical_label", q, setup, ZH_LBL[lab], wrongs, ref=lab, kind="label")


def sentiment(rng, i):
    pos = rng.random() < 0.5
    p = PROD[i % len(PROD)]
    good, bad = rng.sample(REV_POS, 2), rng.sample(REV_NEG, 2)
    while (p, pos, tuple(good), tuple(bad)) in USED:
        good, bad = rng.sample(REV_POS, 2), rng.sample(REV_NEG, 2)
    USED.add((p, pos, tuple(good), tuple(bad)))
    if pos:
        txt = "I bought %s last month. Honestly, %s and %s. Minor quibble: the box was plain. Would buy again." % (p, good[0], good[1])
    else:
        txt = "I bought %s last month. Sadly %s, and %s. The only upside is the price. Returning it." % (p, bad[0], bad[1])
    lab = "positive" if pos else "negative"
    q = "Classify the sentiment of this product review as positive or negative.\n\nReview: \"%s\"" % txt
    setup = ["The review says: %s" % txt, "I weigh the concrete complaints and praises against each other.",
             "The closing sentence usually signals the reviewer's overall verdict."]
    forms = [(lab, "canonical_form"), (lab.capitalize(), "capitalised_label"), ("%s sentiment" % lab, "label_with_noun")]
    other = "negative" if pos else "positive"
    return make_case(rng, "en", "sentiment_like", "categorical_label", q, setup, forms, [(other, "wrong_label"), (other.capitalize(), "wrong_label")],
                     ref=lab, kind="label")


def topic(rng, head, lab):
    q = "Which topic best fits this news headline? Choose from World, Sports, Business, Sci/Tech.\n\nHeadline: %s" % head
    setup = ["Headline: %s" % head, "Look for domain words: scores, shares, researchers, nations, etc.", "Pick the single best category."]
    forms = [(lab, "canonical_form"), (lab.upper(), "uppercase_label"), ("the %s category" % lab, "label_with_noun")]
    wrongs = [(x, "wrong_label") for x in ["World", "Sports", "Business", "Sci/Tech"] if x != lab]
    return make_case(rng, "en", "topic_like", "categorical_label", q, setup, forms, wrongs, ref=lab, kind="label")


def prime_q(rng):
    while True:
        a = rng.choice([rng.randint(101, 400) | 1, rng.choice([211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283])])
        if a % 3 and a % 5 and a not in USED:
            USED.add(a)
            break
    pr = is_prime(a)
    q = "Is %d a prime number? Answer Yes or No." % a
    setup = ["√%d is a bit more than %d, so I only need to test primes up to %d." % (a, math.isqrt(a), math.isqrt(a)),
             "It's odd, and its digit sum %d shows it is not divisible by 3; it doesn't end in 0 or 5." % sum(map(int, str(a))),
             "Next test 7, 11, 13, 17 and so on."]
    lab = "Yes" if pr else "No"
    forms = [(lab, "canonical_form"), ((lab + ", %d is prime" % a) if pr else (lab + ", %d is composite" % a), "label_with_reason")]
    return make_case(rng, "en", "yes_no_like", "categorical_label", q, setup, forms, [("No" if pr else "Yes", "wrong_label")], ref=lab, kind="label")


def tf_angles(rng):
    n = rng.randint(5, 12)
    true_ = rng.random() < 0.5
    claim = (n - 2) * 180 if true_ else (n - 2) * 180 + rng.choice([-180, 180])
    while (n, claim) in USED:
        n = n % 12 + 5
        claim = (n - 2) * 180 if true_ else (n - 2) * 180 + 180
    USED.add((n, claim))
    q = "True or False: the interior angles of a convex %d-sided polygon add up to %d degrees." % (n, claim)
    setup = ["The interior-angle sum of an n-gon is (n − 2)·180°.", "For n = %d this is %d·180." % (n, n - 2), "Compare with the claimed %d." % claim]
    lab = "True" if true_ else "False"
    forms = [(lab, "canonical_form"), (lab.upper(), "uppercase_label"), ("The statement is %s" % lab.lower(), "label_in_sentence")]
    return make_case(rng, "en", "true_false_like", "categorical_label", q, setup, forms, [("False" if true_ else "True", "wrong_label")], ref=lab, kind="label")


def zh_sent(rng, txt, lab):
    q = "判断下面这段评论的情感倾向（正面/负面）：\n%s" % txt
    setup = ["评论内容：%s" % txt, "关注评论中的褒义词和贬义词。", "结尾的态度通常代表总体评价。"]
    forms = [(lab, "canonical_form"), ("%s情感" % lab, "label_with_noun"), ("%s评价" % lab, "label_with_noun")]
    other = "负面" if lab == "正面" else "正面"
    return make_case(rng, "zh", "sentiment_like", "categorical_label", q, setup, forms, [(other, "wrong_label")], ref=lab, kind="label")


def zh_tf(rng):
    a, b = rng.randint(12, 40), rng.randint(12, 40)
    true_ = rng.random() < 0.5
    g = math.gcd(a, b)
    claim = g if true_ else g + rng.choice([1, 2, 3])
    q = "判断正误：%d 和 %d 的最大公因数是 %d。（回答“正确”或“错误”）" % (a, b, claim)
    setup = ["用辗转相除法求 %d 和 %d 的最大公因数。" % (a, b), "把两数分解质因数再比较也可以。", "求出后与题目给出的 %d 比较。" % claim]
    lab = "正确" if true_ else "错误"
    forms = [(lab, "canonical_form"), ("该说法%s" % lab, "label_in_sentence"), ("√" if true_ else "×", "check_mark")]
    return make_case(rng, "zh", "true_false_like", "categorical_label", q, setup, forms, [("错误" if true_ else "正确", "wrong_label")], ref=lab, kind="label")


def build(rng):
    out = []
    for prem, hyps in NLI_EN:
        for lab in rng.sample(sorted(hyps), 2):
            out.append(nli_en(rng, prem, dict(hyps), lab))
    for prem, hyps in NLI_ZH:
        for lab in rng.sample(sorted(hyps), 2):
            out.append(nli_zh(rng, prem, dict(hyps), lab))
    for i in range(7):
        out.append(sentiment(rng, i))
    for head, lab in TOPICS:
        out.append(topic(rng, head, lab))
    for _ in range(5):
        out.append(prime_q(rng))
    for _ in range(4):
        out.append(tf_angles(rng))
    for txt, lab in ZH_REV:
        out.append(zh_sent(rng, txt, lab))
    for _ in range(2):
        out.append(zh_tf(rng))
    return out
