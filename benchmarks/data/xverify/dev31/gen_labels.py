"""Yes/no, true/false and NLI labels about fictional passages (categorical_label answers)."""
from common import FIRST, SURN, TOWNS, THINGS, case, final_en, long_en


def wrap(passage, q):
    return "Read the passage and answer the question.\n\nPassage: %s\n\nQuestion: %s" % (passage, q)


def yesno(rng, n):
    out = []
    for i in range(n):
        t1, t2 = rng.sample(THINGS, 2)
        town = rng.choice(TOWNS)
        y1 = rng.randrange(1850, 1950)
        y2 = y1 + rng.choice([-1, 1]) * rng.randrange(2, 15)
        sents = ["The %s in %s reopened in %d after ten years of restoration." % (t1, town, y1),
                 "The nearby %s, damaged in the same flood, reopened in %d." % (t2, y2),
                 "Both buildings are now owned by the %s Heritage Trust." % town]
        q = "Did the %s reopen before the %s? Answer yes or no." % (t1, t2)
        truth = y1 < y2
        ref = "Yes" if truth else "No"
        correct = i % 2 == 0
        cmp_txt = "%d is %s %d" % (y1, "earlier than" if truth else "later than", y2)
        if correct:
            ans = rng.choice([ref, "%s, it did%s." % (ref, "" if truth else " not")])
            if ans.startswith("No, it did."):
                ans = "No"
            trap = "yes_no_sentence_form" if len(ans) > 3 else "yes_no_bare"
            r = "The %s reopened in %d and the %s in %d; %s." % (t1, y1, t2, y2, cmp_txt)
        else:
            if i % 4 == 1:
                ans, trap = ("No" if truth else "Yes"), "yes_no_flipped"
                r = "The %s reopened in %d and the %s in %d, so the answer follows from the order of these years." % (t1, y1, t2, y2)
            else:
                ans, trap = "It cannot be determined from the passage", "unanswerable_claim"
                r = "The passage gives reopening information, but I am not sure the two events can be compared reliably."
        question = wrap(" ".join(sents), q)
        out.append(case("boolq_like", "categorical_label", question,
                        long_en(rng, question, sents, r, final_en(rng, ans)), ref,
                        "Correct" if correct else "Incorrect", "en", trap))
    return out


NLI = [
    ("The {t} in {town} opened in {y} and is closed to visitors every Monday.",
     "The {t} in {town} does not admit visitors on Mondays.", "entailment",
     "The {t} in {town} is open every day of the week.", "contradiction",
     "The {t} in {town} was designed by a famous architect.", "neutral"),
    ("{p} has lived in {town} since {y} and works as a ferry pilot.",
     "{p} has lived in {town} for some time.", "entailment",
     "{p} has never lived in {town}.", "contradiction",
     "{p} enjoys working as a ferry pilot.", "neutral"),
    ("All {k} members of the {town} choir travelled to the festival by train.",
     "Every member of the {town} choir went to the festival.", "entailment",
     "Some members of the {town} choir stayed at home.", "contradiction",
     "The {town} choir won a prize at the festival.", "neutral"),
]


def nli(rng, n):
    out = []
    for i in range(n):
        tpl = NLI[i % 3]
        fill = {"t": rng.choice(THINGS), "town": rng.choice(TOWNS), "y": rng.randrange(1900, 2010),
                "p": "%s %s" % (rng.choice(FIRST), rng.choice(SURN)), "k": rng.randrange(20, 60)}
        prem = tpl[0].format(**fill)
        pick = (i // 3) % 3
        hyp, ref = tpl[1 + 2 * pick].format(**fill), tpl[2 + 2 * pick]
        question = ("Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis, contradict it, or neither? "
                    "Answer with entailment, contradiction or neutral." % (prem, hyp))
        correct = i % 2 == 0
        why = {"entailment": "the hypothesis restates something the premise guarantees",
               "contradiction": "the hypothesis cannot be true if the premise is true",
               "neutral": "the premise says nothing either way about this"}
        if correct:
            ans = rng.choice([ref, ref.capitalize(), "%s (%s)" % (ref, why[ref])])
            trap = "label_case_or_gloss"
            r = "Comparing the two: %s, so the relation is %s." % (why[ref], ref)
        else:
            wrong = {"entailment": "neutral", "contradiction": "neutral", "neutral": "contradiction"}[ref]
            ans, trap = wrong, "nli_near_label"
            r = ("The premise does not state the hypothesis word for word, so I think the best label is %s: %s." % (wrong, why[wrong]))
        sents = ["Premise: " + prem, "Hypothesis: " + hyp]
        out.append(case("mnli_like", "categorical_label", question,
                        long_en(rng, question, sents, r, final_en(rng, ans)), ref,
                        "Correct" if correct else "Incorrect", "en", trap))
    return out


def generate(rng):
    return yesno(rng, 12) + nli(rng, 12)
