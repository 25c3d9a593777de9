"""Yes/no questions answered by statements that imply the answer, and NLI labels stated in sentences."""
from common import finish, record

MUSEUMS = ["Harlow Ford Maritime Museum", "Veldhaven Clock Museum", "Ashcombe Gallery of Maps", "Lindgrove Toy Museum"]


def y_closed(rng, ok):
    name = rng.choice(MUSEUMS)
    c1, c2 = rng.randint(3, 9), rng.randint(18, 25)
    inside = rng.random() < 0.5
    a = rng.randint(c1 + 1, c2 - 2) if inside else rng.randint(c2 + 1, 27)
    ans = "No" if inside else "Yes"
    p = ("Passage: The %s closed its doors on %d April for roof repairs. The repairs took longer than planned, "
         "and the museum reopened to visitors on %d April." % (name, c1, c2))
    q = p + "\nQuestion: Was the museum open to visitors on %d April? Answer yes or no." % a
    paras = ["The closure began on %d April and the reopening was on %d April." % (c1, c2),
             "The date in the question is %d April." % a]
    if inside == ok:
        until = c2 if inside else a + 2
        final = "The museum stayed closed until %d April, so visitors arriving on %d April found the doors shut." % (until, a)
    else:
        final = "By %d April the museum had already reopened, so visitors could go in." % a
    trap = "yesno_implied_by_statement" if ok else "yesno_statement_flipped"
    return q, paras, final, ans, trap


PRIMES = [101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199]


def y_prime(rng, ok):
    comp = rng.random() < 0.5
    if comp:
        p, q2 = rng.sample([7, 11, 13, 17, 19, 23], 2)
        n = p * q2
    else:
        n = rng.choice(PRIMES)
    ans = "No" if comp else "Yes"
    q = "Is %d a prime number?" % n
    lim = int(n ** 0.5)
    paras = ["A prime has no divisors other than 1 and itself, so I test primes up to sqrt(%d), about %d." % (n, lim)]
    if ok:
        if comp:
            f = min(p, q2)
            paras.append("Trying small primes in turn, %d divides it: %d / %d = %d." % (f, n, f, n // f))
            final = "%d = %d x %d, so it has divisors other than 1 and itself." % (n, f, n // f)
        else:
            paras.append("None of the primes up to %d leaves a remainder of zero." % lim)
            final = "No prime up to %d divides %d, so its only divisors are 1 and %d itself." % (lim, n, n)
    else:
        if comp:
            paras.append("None of the small primes I tried seems to divide it.")
            final = "%d has no divisors other than 1 and itself." % n
        else:
            f = rng.choice([7, 11, 13])
            paras.append("It looks like %d might go into it evenly." % f)
            final = "%d is divisible by %d, so it has a divisor other than 1 and itself." % (n, f)
    trap = "yesno_implied_by_math_statement" if ok else "yesno_math_statement_flipped"
    return q, paras, final, ans, trap


EN_YN_FACTS = [
    ("Is the Pacific Ocean larger than the Atlantic Ocean?", "Yes",
     "The Pacific is the largest ocean on Earth, far bigger than the Atlantic.",
     "The Atlantic covers more of the Earth's surface than the Pacific does."),
    ("Is Mercury farther from the Sun than Venus?", "No",
     "Mercury is the innermost planet and orbits closer to the Sun than Venus does.",
     "Mercury's orbit lies outside that of Venus, further out from the Sun."),
    ("Did the Berlin Wall fall before 1990?", "Yes",
     "The wall was opened in November 1989, a couple of months before 1990 began.",
     "The wall stood until 1991, when it was finally torn down."),
    ("Is a whale a fish?", "No",
     "Whales are mammals: they breathe air through lungs and nurse their young with milk.",
     "Whales are fish, since they live in water and swim with fins."),
    ("At sea level, does pure water boil above 90 degrees Celsius?", "Yes",
     "At sea level pure water boils at 100 degrees Celsius, ten degrees above that mark.",
     "At sea level pure water boils at about 85 degrees Celsius, just below that mark."),
    ("Was William Shakespeare born in the nineteenth century?", "No",
     "He was born in 1564, in the sixteenth century, about three hundred years earlier.",
     "He was born in the 1800s, during the nineteenth century."),
]

NLI = [
    ("{a} bought three red apples at the market on Sunday.", "{a} bought some fruit on Sunday.", "entailment",
     "{a} did not buy anything at the market on Sunday.", "contradiction", "{a} paid for the apples in cash.", "neutral"),
    ("The {t} ferry was cancelled because of the storm.", "The {t} ferry did not sail as planned.", "entailment",
     "The {t} ferry left on time despite the storm.", "contradiction", "The storm lasted two days.", "neutral"),
    ("{a} has lived in {t} for twenty years.", "{a} has lived in {t} for more than a decade.", "entailment",
     "{a} moved to {t} last year.", "contradiction", "{a} owns a house in {t}.", "neutral"),
]
NLI_EN = {"entailment": "the hypothesis follows necessarily from the premise",
          "contradiction": "the premise and the hypothesis cannot both be true",
          "neutral": "the premise neither confirms nor rules out the hypothesis"}


def y_nli(rng, ok):
    tpl = rng.choice(NLI)
    k = rng.randint(0, 2)
    a = rng.choice(["Mira", "Oskar", "Helga", "Ravi", "Ines"])
    t = rng.choice(["Kestrel Bay", "Dunmore", "Stavely"])
    prem = tpl[0].format(a=a, t=t)
    hyp = tpl[1 + 2 * k].format(a=a, t=t)
    lab = tpl[2 + 2 * k]
    q = ("Premise: %s\nHypothesis: %s\nWhat is the relationship between the premise and the hypothesis? "
         "Choose one of: entailment, neutral, contradiction." % (prem, hyp))
    shown = lab if ok else rng.choice([x for x in NLI_EN if x != lab])
    paras = ["I compare what the premise guarantees with what the hypothesis claims.",
             "Premise: %s Hypothesis: %s" % (prem, hyp)]
    final = "Reading them together, %s." % NLI_EN[shown]
    final = final[0].upper() + final[1:]
    return q, paras, final, lab, "label_described_in_sentence" if ok else "label_description_wrong_relation"


ZH_NLI = [
    ("王芳周日在集市上买了三个红苹果。", [("王芳周日买了水果。", "蕴含"), ("王芳周日什么也没买。", "矛盾"), ("王芳用现金付款。", "中立")]),
    ("因为暴风雨，晚班渡轮取消了。", [("晚班渡轮没有按计划开出。", "蕴含"), ("晚班渡轮准时出发了。", "矛盾"), ("暴风雨持续了两天。", "中立")]),
]
ZH_NLI_S = {"蕴含": "由前提可以必然推出假设", "矛盾": "前提和假设不可能同时为真", "中立": "前提既不能证实也不能否定假设"}


def z_nli(rng, ok):
    prem, hyps = rng.choice(ZH_NLI)
    hyp, lab = rng.choice(hyps)
    q = "前提：%s\n假设：%s\n请判断两者的关系（蕴含、中立、矛盾）。" % (prem, hyp)
    shown = lab if ok else rng.choice([x for x in ZH_NLI_S if x != lab])
    paras = ["比较前提所保证的内容和假设所声称的内容。", "前提：%s假设：%s" % (prem, hyp)]
    return q, paras, "综合来看，%s。" % ZH_NLI_S[shown], lab, "zh_label_described_in_sentence" if ok else "zh_label_description_wrong"


def z_closed(rng, ok):
    c1, c2 = rng.randint(3, 9), rng.randint(18, 25)
    inside = rng.random() < 0.5
    a = rng.randint(c1 + 1, c2 - 2) if inside else rng.randint(c2 + 1, 27)
    ans = "否" if inside else "是"
    q = ("材料：青溪镇图书馆于4月%d日起闭馆维修，维修比计划的时间长，直到4月%d日才重新开放。\n"
         "问题：4月%d日图书馆对读者开放了吗？请回答是或否。" % (c1, c2, a))
    paras = ["闭馆从4月%d日开始，4月%d日重新开放。" % (c1, c2), "题目问的是4月%d日。" % a]
    if inside == ok:
        final = "没有，图书馆一直闭馆到4月%d日才重新开放。" % (c2 if inside else a + 2)
    else:
        final = "开放了，到4月%d日图书馆已经重新开门。" % a
    return q, paras, final, ans, "zh_yesno_meiyou_statement" if ok else "zh_yesno_statement_flipped"


def generate_en(rng, n_closed, n_prime, n_nli):
    out = []
    for fn, n, ds in ((y_closed, n_closed, "boolq_like"), (y_prime, n_prime, "boolq_like"),
                      (y_nli, n_nli, "anli_like")):
        for i in range(n):
            ok = i % 2 == 0
            q, paras, final, ans, trap = fn(rng, ok)
            kat = "categorical_label"
            out.append(record(ds, kat, q, finish(rng, "en", ["Let me think this through."] + paras, final),
                              ans, "Correct" if ok else "Incorrect", "en", trap))
    for q, ans, good, bad in EN_YN_FACTS:
        for ok in (True, False):
            paras = ["Let me recall the relevant facts.", "The question: %s" % q]
            out.append(record("boolq_like", "categorical_label", q + " Answer yes or no.",
                              finish(rng, "en", paras, good if ok else bad), ans,
                              "Correct" if ok else "Incorrect", "en",
                              "yesno_implied_by_fact_statement" if ok else "yesno_fact_statement_flipped"))
    return out


def generate_zh(rng, n_closed, n_nli):
    out = []
    for fn, n, ds in ((z_closed, n_closed, "boolq_like"), (z_nli, n_nli, "cmnli_like")):
        for i in range(n):
            ok = i % 2 == 0
            q, paras, final, ans, trap = fn(rng, ok)
            out.append(record(ds, "categorical_label", q,
                              finish(rng, "zh", ["我来仔细分析一下。"] + paras, final, rng.randint(700, 1200)),
                              ans, "Correct" if ok else "Incorrect", "zh", trap))
    return out
