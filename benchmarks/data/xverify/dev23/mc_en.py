"""English multiple choice (knowledge, computed math) and labels (NLI, sentiment, yes/no)."""
from fractions import Fraction
from common import EN_NAMES, rec, bullets
from mc_common import choice_out

L4 = "ABCD"
# (question, [options], correct index, {index: note})
KNOW = [
    ("Which gas do plants mainly absorb from the air for photosynthesis?",
     ["Oxygen", "Carbon dioxide", "Nitrogen", "Hydrogen"], 1,
     ["oxygen is mostly released by photosynthesis, not taken in for it",
      "carbon dioxide enters through the stomata and supplies the carbon for sugars",
      "nitrogen is abundant in air but plants get it from the soil as nitrates",
      "hydrogen gas isn't something plants take from the air"]),
    ("Which of these is the smallest prime number?", ["0", "1", "2", "3"], 2,
     ["0 is not prime", "1 is not prime by definition, since it has only one divisor",
      "2 has exactly two divisors, 1 and itself", "3 is prime but larger than 2"]),
    ("Who wrote the novel 'Nineteen Eighty-Four'?", ["Aldous Huxley", "George Orwell", "Ray Bradbury", "H. G. Wells"],
     1, ["Huxley wrote Brave New World", "Orwell also wrote Animal Farm", "Bradbury wrote Fahrenheit 451",
         "Wells wrote The War of the Worlds"]),
    ("At sea level, at what temperature does pure water boil?", ["90 °C", "100 °C", "110 °C", "212 °C"], 1,
     ["90 °C is too low at sea level", "100 °C is the standard boiling point at one atmosphere",
      "110 °C would need higher pressure", "212 is the boiling point in Fahrenheit, not Celsius"]),
    ("Which scientist is best known for the theory of evolution by natural selection?",
     ["Jean-Baptiste Lamarck", "Gregor Mendel", "Charles Darwin", "Louis Pasteur"], 2,
     ["Lamarck proposed inheritance of acquired traits", "Mendel studied inheritance in pea plants",
      "Darwin published On the Origin of Species in 1859", "Pasteur worked on germs and vaccines"]),
    ("In which layer of the atmosphere is most of the ozone layer found?",
     ["Troposphere", "Stratosphere", "Mesosphere", "Thermosphere"], 1,
     ["the troposphere is where weather happens", "the stratosphere holds most atmospheric ozone",
      "the mesosphere is where meteors burn up", "the thermosphere is very thin and very hot"]),
    ("Which of the following is a renewable source of energy?", ["Coal", "Natural gas", "Wind", "Oil"], 2,
     ["coal is a fossil fuel", "natural gas is a fossil fuel", "wind is replenished naturally",
      "oil is a fossil fuel"]),
    ("Which instrument is used to measure atmospheric pressure?",
     ["Thermometer", "Barometer", "Hygrometer", "Anemometer"], 1,
     ["a thermometer measures temperature", "a barometer measures air pressure",
      "a hygrometer measures humidity", "an anemometer measures wind speed"]),
    ("In which country is Machu Picchu located?", ["Chile", "Bolivia", "Peru", "Mexico"], 2,
     ["Chile is south of the Inca heartland", "Bolivia borders Lake Titicaca but not Machu Picchu",
      "Peru's Cusco region contains the Inca citadel", "Mexico is home to Aztec and Maya sites"]),
    ("Which organ in the human body pumps blood through the circulatory system?",
     ["Liver", "Lungs", "Kidneys", "Heart"], 3,
     ["the liver filters and processes blood", "the lungs exchange gases", "the kidneys filter waste",
      "the heart is the muscular pump"]),
    ("Which planet is closest to the Sun?", ["Venus", "Mercury", "Mars", "Earth"], 1,
     ["Venus is second", "Mercury is the innermost planet", "Mars is fourth", "Earth is third"]),
    ("What is the main function of red blood cells?",
     ["Fighting infection", "Carrying oxygen", "Clotting blood", "Producing hormones"], 1,
     ["fighting infection is the job of white blood cells", "haemoglobin in red cells carries oxygen",
      "clotting is mainly done by platelets", "hormones come from glands"]),
    ("Which of these countries is in Africa?", ["Peru", "Kenya", "Nepal", "Portugal"], 1,
     ["Peru is in South America", "Kenya is in East Africa", "Nepal is in South Asia", "Portugal is in Europe"]),
    ("Which unit is used to measure electrical resistance?", ["Volt", "Ampere", "Ohm", "Watt"], 2,
     ["the volt measures potential difference", "the ampere measures current", "the ohm measures resistance",
      "the watt measures power"]),
]


def fmt_opts(opts, style):
    if style == 0:
        return "Answer Choices: " + " ".join(f"({L4[i]}) {o}" for i, o in enumerate(opts))
    return "\n".join(f"{L4[i]}. {o}" for i, o in enumerate(opts))


def know(rng, item, label):
    q, opts, ci, notes = item
    order = list(range(4))
    rng.shuffle(order)
    opts2 = [opts[i] for i in order]
    c2 = order.index(ci)
    w2 = rng.choice([i for i in range(4) if i != c2])
    question = q + "\n" + fmt_opts(opts2, rng.randint(0, 1))
    head = [f"The question asks: {q} There are four options, and only one of them can be right.",
            "Going through them:\n" + bullets(f"({L4[i]}) {opts2[i]} — {notes[order[i]]}." for i in range(4))]
    fins = ["So the answer is ({a}).", "That makes it {a}.", "I'd go with option {a}.",
            "Putting that together, it's ({a})."]
    rt, wt = L4[c2], L4[w2]
    if rng.random() < 0.4:
        rt, wt = f"{rt}, {opts2[c2]}", f"{wt}, {opts2[w2]}"
        fins = ["So the answer is {a}.", "I'd choose {a}.", "That points to {a}."]
    out, trap = choice_out(rng, "en", head, rt, wt, fins, label, q=question)
    return rec("mmlu_like", "alphabet_option", question, out, L4[c2], label, "en", trap)


def math_mc(rng, label):
    kind = rng.randrange(3)
    if kind == 0:
        p, n = rng.choice([12, 15, 18, 35, 45, 8]), rng.choice([240, 360, 480, 120, 640, 900])
        v = p * n / 100
        q = f"What is {p}% of {n}?"
        work = [f"{p}% means {p}/100, so I need {p}/100 × {n}.", f"{n} / 100 = {n / 100:g}, and {n / 100:g} × {p} = {v:g}."]
        ds = [v * 10, v + p, n - v]
    elif kind == 1:
        x = rng.randint(2, 15)
        a, b = rng.randint(3, 8), rng.randint(1, 20)
        c = a * x + b
        v = x
        q = f"If {a}x + {b} = {c}, what is x?"
        work = [f"Subtract {b} from both sides: {a}x = {c - b}.", f"Divide by {a}: x = {c - b}/{a} = {x}."]
        ds = [x + 1, (c + b) / a if (c + b) % a == 0 else x + 2, c - b]
    else:
        b, h = rng.choice([6, 8, 10, 12, 14]), rng.choice([5, 7, 9, 11])
        v = b * h / 2
        q = f"A triangle has a base of {b} cm and a height of {h} cm. What is its area in cm²?"
        work = [f"Area of a triangle = ½ × base × height.", f"½ × {b} × {h} = {b * h} / 2 = {v:g}."]
        ds = [b * h, v + b, b + h]
    opts = [v] + [d for d in ds]
    opts = [f"{o:g}" for o in opts]
    if len(set(opts)) < 4:
        opts = [f"{v:g}", f"{v + 1:g}", f"{v + 2:g}", f"{v - 1:g}"]
    order = list(range(4))
    rng.shuffle(order)
    opts2 = [opts[i] for i in order]
    c2 = order.index(0)
    w2 = rng.choice([i for i in range(4) if i != c2])
    question = q + "\n" + fmt_opts(opts2, rng.randint(0, 1))
    head = [f"Let me just compute it directly and then match the result to the options.", "\n".join(work),
            "The options are " + ", ".join(f"({L4[i]}) {opts2[i]}" for i in range(4)) + ". Several of them look "
            "like the results of common slips (forgetting a step or using the wrong operation), so I'll match "
            "the value exactly."]
    rt, wt = f"({L4[c2]}) {opts2[c2]}", f"({L4[w2]}) {opts2[w2]}"
    fins = ["So the answer is {a}.", "That matches {a}.", "Both ways of checking lead to the same place, so it's {a}."]
    out, trap = choice_out(rng, "en", head, rt, wt, fins, label, q=question, safe=1)
    return rec("mmlu_like", "alphabet_option", question, out, L4[c2], label, "en", trap)


# (premise, entailment, neutral, contradiction) with {n} for a name
NLI = [
    ("{n} drove to the bakery on Saturday morning and bought two loaves of bread.", "{n} bought bread on Saturday.",
     "{n} bought the bread for a family dinner.", "{n} did not buy anything on Saturday."),
    ("All of the tickets for {n}'s concert sold out within an hour.", "{n}'s concert had no tickets left.",
     "{n}'s concert took place in a large stadium.", "Plenty of tickets for {n}'s concert remained unsold."),
    ("{n} has lived in Lisbon since 2015 and works as a nurse at a city hospital.", "{n} works in healthcare.",
     "{n} speaks fluent Portuguese.", "{n} has never lived in Portugal."),
    ("The museum where {n} works is closed every Monday.", "The museum is not open on Mondays.",
     "The museum is very popular with tourists.", "The museum is open seven days a week."),
    ("{n} finished the marathon in just under four hours.", "{n} completed the marathon.",
     "{n} was training for a triathlon.", "{n} dropped out before the finish line."),
    ("{n} planted tomatoes and basil in the garden last spring.", "{n} planted something in the garden.",
     "{n}'s tomatoes won a prize at the local fair.", "{n} has never done any gardening."),
    ("{n} missed the 8:15 train because of a traffic jam.", "{n} did not catch the 8:15 train.",
     "{n} was late for an important meeting.", "{n} boarded the 8:15 train on time."),
    ("{n} is allergic to peanuts and always checks food labels.", "{n} has a food allergy.",
     "{n} is also allergic to shellfish.", "{n} can eat peanuts without any problem."),
]
NLI_EXPL = {
    "entailment": "If the first statement is true, the second one must also be true — it's just a more general "
                  "restatement of what the premise already says.",
    "neutral": "The premise doesn't say anything about this either way; it could be true, but it adds information "
               "that we can't get from the premise alone.",
    "contradiction": "The two statements can't both be true: the second one directly conflicts with what the premise "
                     "says happened.",
}
NLI_LABS = ["entailment", "neutral", "contradiction"]


def nli(rng, label, idx):
    sc = NLI[idx % len(NLI)]
    n = rng.choice(EN_NAMES)
    k = rng.randrange(3)
    prem, hyp = sc[0].format(n=n), sc[1 + k].format(n=n)
    gold = NLI_LABS[k]
    wrong = rng.choice([x for x in NLI_LABS if x != gold])
    q = (f"Premise: {prem}\nHypothesis: {hyp}\nWhat is the relationship between the premise and the hypothesis? "
         f"Answer with entailment, neutral, or contradiction.")
    head = [f"The premise says: \"{prem}\" The hypothesis says: \"{hyp}\"",
            "The three options mean: entailment — the hypothesis must be true given the premise; neutral — it might or "
            "might not be true; contradiction — it can't be true if the premise is.",
            "Comparing them: " + NLI_EXPL[gold] if label == "Correct" or rng.random() < 0.5 else
            "Comparing them, I need to decide whether the hypothesis follows, conflicts, or is simply unrelated."]
    fins = ["I'd say the relationship is {a}.", "So the answer is {a}.", "That makes this {a}.",
            "Overall, I'd label this pair as {a}."]
    follows = gold == "entailment" and label == "Correct" and rng.random() < 0.6
    if follows:
        fins = ["I'd say the second statement follows from the first, so {a}."]
    out, trap = choice_out(rng, "en", head, gold, wrong, fins, label, q=q, safe=1, no_self=follows)
    if label == "Incorrect" and "other_option" in trap and head[-1].startswith("Comparing them: "):
        trap += "_against_own_reasoning"
    return rec("mnli_like", "categorical_label", q, out, gold, label, "en", trap)


POS = ["The battery easily lasts two full days.", "Setup took less than five minutes.",
       "The sound quality is excellent, even at high volume.", "Customer service replied within an hour and fixed my issue.",
       "It feels sturdy and well made.", "I've recommended it to all my friends.", "Honestly one of the best purchases I've made this year."]
NEG = ["The battery barely lasts half a day.", "It stopped working after two weeks.",
       "The instructions were confusing and parts were missing.", "Customer service never answered my emails.",
       "It feels cheap and the buttons already stick.", "I returned it and wouldn't buy it again.",
       "A complete waste of money."]
ITEMS = ["wireless headphones", "coffee grinder", "desk lamp", "e-reader", "blender", "travel backpack"]


def sentiment(rng, label):
    pos = rng.random() < 0.5
    bank = POS if pos else NEG
    it = rng.choice(ITEMS)
    review = f"I bought this {it} last month. " + " ".join(rng.sample(bank, 3))
    gold, wrong = ("positive", "negative") if pos else ("negative", "positive")
    q = f"Review: \"{review}\"\nIs the sentiment of this review positive or negative?"
    head = [f"The review is about a {it}. Let me look at what the reviewer actually says rather than just the topic.",
            "Sentence by sentence:\n" + bullets(s for s in review.split(". ")[1:] if s)]
    fins = ["Overall the tone is clearly {a}.", "So I'd classify this review as {a}.", "The sentiment is {a}."]
    out, trap = choice_out(rng, "en", head, gold, wrong, fins, label, q=q, safe=0)
    return rec("sst2_like", "categorical_label", q, out, gold, label, "en", trap)


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def yesno(rng, label):
    k = rng.randrange(3)
    if k == 0:
        n = rng.choice([91, 119, 143, 161, 187, 209, 221, 97, 101, 113, 127, 131, 139, 157, 173])
        ans = is_prime(n)
        q = f"Is {n} a prime number? Answer yes or no."
        f = next((d for d in range(2, n) if n % d == 0), None)
        work = (f"Checking divisors up to √{n} ≈ {int(n ** 0.5)}: {n} = {f} × {n // f}." if f else
                f"Checking every prime up to √{n} ≈ {int(n ** 0.5)}, none divides {n} evenly.")
    elif k == 1:
        y = rng.choice([1900, 2000, 2024, 2100, 1996, 2023, 1800, 2400])
        ans = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        q = f"Is {y} a leap year in the Gregorian calendar? Answer yes or no."
        work = (f"Rule: divisible by 4, except centuries, which must be divisible by 400. {y} ÷ 4 = {y / 4:g}, "
                f"{y} ÷ 100 = {y / 100:g}, {y} ÷ 400 = {y / 400:g}.")
    else:
        a, b = rng.choice([(3, 8), (5, 12), (7, 16), (2, 5), (4, 9), (5, 11)])
        c = rng.choice([0.4, 0.35, 0.45])
        fr = Fraction(a, b)
        if abs(float(fr) - c) < 0.01:
            c = 0.3
        ans = float(fr) > c
        q = f"Is {a}/{b} greater than {c}? Answer yes or no."
        work = f"{a}/{b} = {float(fr):.4f}..., and {c} = {c:.4f}. Comparing the decimals digit by digit."
    gold, wrong = ("Yes", "No") if ans else ("No", "Yes")
    head = [f"The question is a yes/no question: {q.split('?')[0]}?", work]
    fins = ["So the answer is {a}.", "{a} — that's what the check shows.", "Therefore: {a}."]
    if rng.random() < 0.5:
        fins = ["So, {a}."]
    out, trap = choice_out(rng, "en", head, gold.lower() if rng.random() < 0.3 else gold,
                           wrong, fins, label, q=q, safe=0)
    return rec("boolq_like", "categorical_label", q, out, gold, label, "en", trap)
