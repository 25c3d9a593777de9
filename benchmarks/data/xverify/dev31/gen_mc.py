"""Multiple choice about a fictional passage (alphabet_option answers)."""
from common import FIRST, SURN, TOWNS, case, final_en, long_en

SHIPS = ["Marigold", "Steadfast", "Northern Wren", "Albatross Queen", "Perseverance", "Silver Heron"]
L = "ABCD"


def fmt_options(rng, opts):
    style = rng.randrange(3)
    if style == 0:
        return "Answer Choices: " + " ".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts))
    if style == 1:
        return "\n".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    return "Options:\n" + "\n".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts))


def build(rng, i):
    leader = "%s %s" % (rng.choice(FIRST), rng.choice(SURN))
    deputy = "%s %s" % (rng.choice(FIRST), rng.choice(SURN))
    while deputy.split()[1] == leader.split()[1] or deputy.split()[0] == leader.split()[0]:
        deputy = "%s %s" % (rng.choice(FIRST), rng.choice(SURN))
    ports = rng.sample(TOWNS, 4)
    ship, ship2 = rng.sample(SHIPS, 2)
    members = rng.randrange(18, 60)
    lost = rng.randrange(2, 7)
    days = rng.randrange(30, 90)
    year = rng.randrange(1850, 1930)
    sents = ["In %d an expedition led by %s sailed from %s aboard the %s." % (year, leader, ports[0], ship),
             "It carried %d members, %d of whom left the expedition at %s to return home." % (members, lost, ports[1]),
             "After %d days at sea the remaining crew reached %s, where they wintered." % (days, ports[2]),
             "A relief vessel, the %s, under the command of %s, arrived the following spring." % (ship2, deputy)]
    kind = i % 4
    if kind == 0:
        q = "From which port did the expedition sail?"
        right, wrongs = ports[0], [ports[1], ports[2], ports[3]]
        why = "The first sentence says it sailed from %s; %s is where some members left and %s is where they wintered." % (ports[0], ports[1], ports[2])
    elif kind == 1:
        q = "How many members reached the wintering port?"
        right = str(members - lost)
        wrongs = [str(members), str(lost), str(members + lost)]
        why = "%d members set out and %d left at %s, so %d - %d = %d reached %s." % (members, lost, ports[1], members, lost, members - lost, ports[2])
    elif kind == 2:
        q = "Who commanded the relief vessel?"
        right, wrongs = deputy, [leader, "%s %s" % (deputy.split()[0], leader.split()[1]), "%s %s" % (leader.split()[0], deputy.split()[1])]
        why = "The last sentence says the relief vessel %s was under the command of %s; %s led the original expedition." % (ship2, deputy, leader)
    else:
        q = "What was the name of the ship on which the expedition originally sailed?"
        right, wrongs = ship, [ship2] + [s for s in SHIPS if s not in (ship, ship2)][:2]
        why = "The first sentence names the %s as the expedition ship; the %s was the relief vessel." % (ship, ship2)
    opts = [right] + wrongs
    rng.shuffle(opts)
    k = opts.index(right)
    passage = " ".join(sents)
    question = "%s\n\nQuestion: %s\n%s" % (passage, q, fmt_options(rng, opts))
    return sents, question, opts, k, why


def generate(rng):
    out = []
    for i in range(28):
        sents, question, opts, k, why = build(rng, i)
        ref = L[k]
        mode = i % 7
        others = [j for j in range(4) if j != k]
        if mode in (0, 1, 2, 3):
            ans, trap = [("(%s) %s" % (L[k], opts[k]), "letter_with_option_text"),
                              (opts[k], "option_text_only"),
                              ("%s" % L[k], "bare_letter"),
                              ("option %s, %s" % (L[k], opts[k]), "option_word_prefix")][mode]
            r = why + " Matching this against the choices, it is option %s (%s)." % (L[k], opts[k])
            lab = "Correct"
        elif mode == 4:
            j = rng.choice(others)
            ans, trap, lab = "(%s) %s" % (L[j], opts[j]), "wrong_option", "Incorrect"
            r = "Reading the passage, the best supported choice seems to be %s, option %s." % (opts[j], L[j])
        elif mode == 5:
            j = rng.choice(others)
            ans, trap, lab = opts[j], "wrong_option_text_only", "Incorrect"
            r = "From the passage, the detail that matches the question is %s." % opts[j]
        else:
            j = rng.choice(others)
            a, b = sorted([j, k])
            ans, trap, lab = "%s or %s" % (L[a], L[b]), "hedge_two_options", "Incorrect"
            r = ("Two of the options, %s and %s, both appear in the passage near this detail, and I cannot fully separate "
                 "them." % (opts[a], opts[b]))
        out.append(case("mmlu_like", "alphabet_option", question,
                        long_en(rng, question, sents, r, final_en(rng, ans)), ref, lab, "en", trap))
    return out
