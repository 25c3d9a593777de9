"""Text spans (longer/shorter than reference, wrong qualifier) and lists of several items."""
from common import FIRST, SURN, TOWNS, THINGS, case, final_en, long_en

SIDES = [("north", "south"), ("east", "west"), ("upper", "lower"), ("inner", "outer")]
CAUSES = [("rotten oak pilings", "beneath the foundation", "cracked mortar in the parapet"),
          ("a blocked storm drain", "behind the quay", "loose roof slates"),
          ("corroded iron tie-rods", "inside the walls", "a shifting sandbar"),
          ("an overloaded timber gallery", "on the second floor", "frost damage to the steps"),
          ("a poorly repaired chimney flue", "in the east wing", "subsidence under the yard")]


def wrap(passage, q):
    return "Read the passage and answer the question.\n\nPassage: %s\n\nQuestion: %s" % (passage, q)


def spans(rng, n):
    out = []
    for i in range(n):
        a, b = SIDES[i % 4] if rng.random() < 0.5 else SIDES[i % 4][::-1]
        thing, town = rng.choice(THINGS), rng.choice(TOWNS)
        c1, loc, c2 = CAUSES[i % len(CAUSES)]
        y = rng.randrange(1850, 1990)
        eng = "%s %s" % (rng.choice(FIRST), rng.choice(SURN))
        sents = ["During the great storm of %d, the %s wing of the %s in %s collapsed." % (y, a, thing, town),
                 "The %s wing survived with only minor damage and was reopened within a month." % b,
                 "An inquiry led by the engineer %s blamed the collapse on %s %s." % (eng, c1, loc),
                 "%s had warned the council two years earlier about %s, but that problem was found to be unrelated." % (eng.split()[0], c2)]
        if i % 2 == 0:
            q = "Which wing of the %s collapsed during the storm of %d?" % (thing, y)
            ref = "the %s wing" % a
            if (i // 2) % 2 == 0:
                ans, trap, lab = "the %s wing of the %s in %s" % (a, thing, town), "longer_span_same_meaning", "Correct"
                r = "The first sentence says the %s wing collapsed; the %s wing survived. So it is the %s wing." % (a, b, a)
            else:
                ans, trap = "the %s wing" % b, "wrong_qualifier"
                lab = "Incorrect"
                r = "The passage says the %s wing came through and was reopened, so that is the wing associated with the storm damage." % b
        else:
            q = "According to the inquiry, what caused the collapse?"
            ref = c1
            if (i // 2) % 2 == 0:
                ans, trap, lab = "%s %s" % (c1, loc), "longer_span_same_meaning", "Correct"
                r = "The inquiry blamed the collapse on %s %s. The %s was explicitly found unrelated." % (c1, loc, c2)
            else:
                ans, trap, lab = c2, "other_span_in_passage", "Incorrect"
                r = "%s had warned about %s before the storm, and that warning is the cause the passage highlights." % (eng, c2)
        question = wrap(" ".join(sents), q)
        out.append(case("squad_like", "short_text", question, long_en(rng, question, sents, r, final_en(rng, ans)),
                        ref, lab, "en", trap))
    return out


def join_en(xs):
    return ", ".join(xs[:-1]) + " and " + xs[-1]


def lists(rng, n):
    out = []
    for i in range(n):
        names = rng.sample(FIRST, 6)
        surs = rng.sample(SURN, 6)
        k = 3
        idx = list(range(6))
        rng.shuffle(idx)
        against = sorted(idx[:k])
        abst = idx[k]
        town = rng.choice(TOWNS)
        votes = []
        for j in range(6):
            v = "against" if j in against else ("abstained" if j == abst else "in favour")
            votes.append("%s %s voted %s" % (names[j], surs[j], v) if v != "abstained" else "%s %s abstained" % (names[j], surs[j]))
        sents = ["The %s harbour committee met in March to decide whether to dredge the old channel." % town,
                 "Six members were present.",
                 "; ".join(votes) + ".",
                 "The proposal therefore failed, and the chair promised to bring it back in the autumn."]
        q = "Which committee members voted against the proposal?"
        ref_list = [names[j] for j in against]
        ref = join_en(ref_list)
        mode = i % 4
        if mode == 0:
            perm = ref_list[:]
            while perm == ref_list:
                rng.shuffle(perm)
            ans, trap, lab = join_en(perm), "list_reordered", "Correct"
        elif mode == 1:
            ans, trap, lab = join_en(["%s %s" % (names[j], surs[j]) for j in against]), "list_full_names", "Correct"
        elif mode == 2:
            drop = rng.randrange(k)
            part = [x for t, x in enumerate(ref_list) if t != drop]
            ans, trap, lab = " and ".join(part), "list_one_missing", "Incorrect"
        else:
            ans, trap, lab = join_en(ref_list + [names[abst]]), "list_one_extra", "Incorrect"
        if lab == "Correct":
            r = ("Going through the votes one by one: " + "; ".join(votes) + ". Those who voted against are "
                 + join_en(["%s %s" % (names[j], surs[j]) for j in against]) + ". %s %s abstained, which is not a vote against." % (names[abst], surs[abst]))
        elif mode == 2:
            r = "Scanning the list of votes, the members recorded as against are %s." % ans
        else:
            r = ("The members who did not support the proposal are %s, since an abstention also counts against "
                 "the proposal passing." % ans)
        question = wrap(" ".join(sents), q)
        out.append(case("squad_like", "short_text", question, long_en(rng, question, sents, r, final_en(rng, ans)),
                        ref, lab, "en", trap))
    return out


def generate(rng):
    return spans(rng, 16) + lists(rng, 16)
