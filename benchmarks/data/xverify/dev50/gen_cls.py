"""Classification items: NLI, sentiment, topic, yes/no, true/false. Label set stated in the question."""
from common import case, name

SCENES = [
    ("{n} repainted the entire boathouse green over the long weekend and then sold her old canoe to a neighbour.",
     "{n} did some painting over the weekend.", "{n} painted the boathouse because she plans to sell it.", "{n} left the boathouse unpainted."),
    ("After the storm, {n} counted eleven broken panes in the greenhouse and ordered replacement glass the next morning.",
     "Some greenhouse panes were broken.", "The replacement glass arrived within a week.", "No glass in the greenhouse was damaged."),
    ("{n} finished the marathon in just under four hours, walking only during the final two kilometres.",
     "{n} completed the marathon.", "{n} had trained for the marathon for a year.", "{n} dropped out before the finish line."),
    ("The village bakery run by {n} closes every Monday and opens at six on all other days.",
     "The bakery is closed on Mondays.", "The bakery sells rye bread.", "The bakery opens at six on Mondays."),
    ("{n} translated the handbook from Portuguese into English and emailed the draft to her editor on Friday.",
     "A draft translation was sent on Friday.", "The editor liked the draft.", "{n} has never translated anything."),
]
ZH_SCENES = [
    ("{n}周末把阳台上的花全部换了盆，还顺手修好了漏水的水龙头。", "{n}周末做了一些家务。", "{n}是一名园艺师。", "{n}周末什么也没做。"),
    ("暴雨过后，{n}发现仓库里有七箱纸受潮，第二天就联系了供应商补货。", "仓库里有纸受潮了。", "供应商三天内送来了新货。", "仓库里的纸全部完好无损。"),
    ("{n}开的面馆每周二休息，其他日子早上七点开门。", "面馆周二不营业。", "面馆的牛肉面最受欢迎。", "面馆周二早上七点开门。"),
]
REVIEWS = [("The battery died after two days and support never replied. Complete waste of money.", "negative"),
           ("Setup took five minutes and the picture is gorgeous. I'd buy it again without hesitation.", "positive"),
           ("The soup was cold, the waiter ignored us, and the bill had two items we never ordered.", "negative"),
           ("Cozy little inn, spotless rooms, and the owner's breakfast was the highlight of our trip.", "positive"),
           ("Pages started falling out of the binding within a week; the paper feels cheap too.", "negative")]
HEADLINES = [("Harbor City striker nets hat-trick as Mariners clinch regional cup", "sports"),
             ("Fictional lender Brightwell Bank posts record quarterly profit on loan growth", "business"),
             ("Researchers map a new protein fold linked to drought tolerance in millet", "science"),
             ("Provincial assembly passes budget after overnight session", "politics")]


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def make(r, zh, idx):
    kind = idx % 5 if not zh else 0
    who = name(r, zh)
    if kind == 0:
        sc = (ZH_SCENES if zh else SCENES)[idx // 5 % (3 if zh else 5)]
        j = r.randrange(3)
        labs = ["蕴含", "中立", "矛盾"] if zh else ["entailment", "neutral", "contradiction"]
        prem, hyp = sc[0].format(n=who), sc[1 + j].format(n=who)
        if zh:
            q = "前提：%s\n假设：%s\n请判断前提与假设之间的关系，从“蕴含”“中立”“矛盾”中选择一个。" % (prem, hyp)
        else:
            q = ("Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis? Answer with one of: entailment, neutral, "
                 "contradiction." % (prem, hyp))
        ref = labs[j]
        steps = (["前提说的是：%s" % prem, "假设说的是：%s" % hyp, "看假设能否由前提推出，或与前提冲突"] if zh else
                 ["the premise states: %s" % prem, "the hypothesis claims: %s" % hyp,
                  "I need to see whether the hypothesis must be true, might be true, or cannot be true given the premise"])
        alts = ["**%s**" % ref] + ([ref.capitalize(), ref.upper()] if not zh else ["关系：%s" % ref])
        w = [x for x in labs if x != ref]
        return case(q, steps, ref, alts, w, "cmnli_like" if zh else "nli_like", "label", "categorical_label")
    if kind == 1:
        text, lab = REVIEWS[idx // 5 % len(REVIEWS)]
        q = "Classify the sentiment of this review as positive or negative.\nReview: \"%s\"" % text
        steps = ["the review reads: %s" % text, "look at the evaluative words and the overall recommendation"]
        return case(q, steps, lab, [lab.capitalize(), "%s sentiment" % lab], ["negative" if lab == "positive" else "positive"],
                    "sentiment_like", "label", "categorical_label")
    if kind == 2:
        h, lab = HEADLINES[idx // 5 % len(HEADLINES)]
        labs = ["sports", "business", "science", "politics"]
        q = "Assign the headline to exactly one topic: sports, business, science, politics.\nHeadline: %s" % h
        steps = ["headline: %s" % h, "which of the four topics does its main subject belong to"]
        return case(q, steps, lab, [lab.capitalize(), "Topic: %s" % lab], [x for x in labs if x != lab], "topic_cls_like", "label",
                    "categorical_label")
    if kind == 3:
        n = r.choice([x for x in range(51, 400) if x % 2 and x % 5])
        ans = "yes" if is_prime(n) else "no"
        q = "Is %d a prime number? Answer yes or no." % n
        f = next((d for d in range(3, n) if n % d == 0), None)
        steps = ["check odd divisors of %d up to its square root" % n,
                 "%d = %d × %d" % (n, f, n // f) if f else "no divisor up to %d" % int(n ** 0.5)]
        return case(q, steps, ans, [ans.capitalize(), "%s, it is%s prime" % (ans.capitalize(), "" if ans == "yes" else " not")],
                    ["no" if ans == "yes" else "yes"], "boolq_like", "label", "categorical_label")
    k = r.randint(5, 12)
    true_sum = (k - 2) * 180
    claim = true_sum if r.random() < 0.5 else true_sum + r.choice([-180, 180, 90])
    ans = "True" if claim == true_sum else "False"
    q = "True or False: the interior angles of a convex %d-sided polygon sum to %d degrees." % (k, claim)
    steps = ["interior angle sum = (n - 2) × 180", "(%d - 2) × 180 = %d" % (k, true_sum), "compare with %d" % claim]
    return case(q, steps, ans, [ans.lower(), "**%s**" % ans, "The statement is %s" % ans.lower()],
                ["False" if ans == "True" else "True"], "truefalse_like", "label", "categorical_label")
