"""Numbers read from fictional passages: differences, sums, percentages, units (math answers)."""
from common import FIRST, SURN, TOWNS, case, final_en, long_en, words

TEAMS = ["Harlow Hawks", "Emberfield Foxes", "Stonemere Owls", "Calder Vale Rams", "Orrin Bay Gulls",
         "Kettlewick Badgers", "Ravensholm Wolves", "Duncaster Bears"]


def tenths(x):
    return "%d.%d" % (x // 10, x % 10)


def wrap(passage, q):
    return "Read the passage and answer the question.\n\nPassage: %s\n\nQuestion: %s" % (passage, q)


def football(rng, i):
    ta, tb = rng.sample(TEAMS, 2)
    kick = "%s %s" % (rng.choice(FIRST), rng.choice(SURN))
    fg = sorted(rng.sample(range(21, 56), 3))
    td = rng.randrange(2, 40)
    order = fg[:]
    rng.shuffle(order)
    sents = ["The %s opened the scoring with a %d-yard field goal by %s." % (ta, order[0], kick),
             "The %s answered with a %d-yard touchdown run before halftime." % (tb, td),
             "In the third quarter %s added a %d-yard field goal." % (kick, order[1]),
             "%s's final field goal, from %d yards, came with two minutes left and sealed the win." % (kick, order[2])]
    q = "How many yards longer was %s's longest field goal than his shortest?" % kick
    ans = fg[2] - fg[0]
    if i % 2 == 0:
        a, trap = rng.choice([("%d yards" % ans, "number_with_unit"), (words(ans), "number_in_words")])
        r = "The field goals were %d, %d and %d yards. Longest %d, shortest %d, so %d - %d = %d." % (
            order[0], order[1], order[2], fg[2], fg[0], fg[2], fg[0], ans)
    else:
        a, trap = rng.choice([(str(fg[2] - fg[1]), "wrong_pair_difference"), (str(fg[2]), "passage_other_number")])
        if trap == "passage_other_number":
            r = "The longest field goal in the passage is %d yards, and that is the figure the question focuses on." % fg[2]
        else:
            r = "Comparing the longest (%d) with the shorter one (%d): %d - %d = %d." % (fg[2], fg[1], fg[2], fg[1], fg[2] - fg[1])
    return sents, q, str(ans), a, trap, r


def visitors(rng, i):
    town = rng.choice(TOWNS)
    v1 = rng.randrange(1200, 9000)
    v2 = v1 + rng.randrange(150, 2500)
    v3 = v2 - rng.randrange(50, 900)
    sents = ["The %s harvest festival drew %s visitors in 2019." % (town, format(v1, ",")),
             "Attendance rose to %s in 2021 after a new car park opened." % format(v2, ","),
             "In 2022 wet weather cut the figure to %s." % format(v3, ",")]
    q = "How many more visitors did the festival draw in 2021 than in 2019?"
    ans = v2 - v1
    if i % 2 == 0:
        a, trap = rng.choice([("%s more visitors" % format(ans, ","), "number_with_unit"),
                              (words(ans), "number_in_words"), (str(ans), "plain_number")])
        r = "2021: %d. 2019: %d. Difference: %d - %d = %d." % (v2, v1, v2, v1, ans)
    else:
        a, trap = rng.choice([(str(v2 - v3), "wrong_years_compared"), (format(ans + 100, ","), "arithmetic_slip")])
        if trap == "wrong_years_compared":
            r = "The change around 2021 is between %d and %d: %d - %d = %d." % (v2, v3, v2, v3, v2 - v3)
        else:
            r = "2021 minus 2019: %d - %d = %d." % (v2, v1, ans + 100)
    return sents, q, str(ans), a, trap, r


def books(rng, i):
    n1, n2, n3 = rng.randrange(40, 300), rng.randrange(10, 90), rng.randrange(20, 150)
    lost = rng.randrange(3, 9)
    sents = ["Last spring the %s library bought %d novels, %d atlases and %d dictionaries." % (rng.choice(TOWNS), n1, n2, n3),
             "%d of the atlases were later found to be damaged and were returned, but replacements arrived a week later." % lost,
             "The purchase was paid for by a bequest from %s %s." % (rng.choice(FIRST), rng.choice(SURN))]
    q = "How many books did the library buy last spring in total?"
    ans = n1 + n2 + n3
    if i % 2 == 0:
        a, trap = rng.choice([("%d books" % ans, "number_with_unit"), (words(ans), "number_in_words")])
        r = "Total = %d + %d + %d = %d. The returned atlases were replaced, so the total bought is unchanged." % (n1, n2, n3, ans)
    else:
        a, trap = rng.choice([(str(n1 + n3), "partial_sum_missing_item"), (str(ans - lost), "subtracted_distractor")])
        if trap == "partial_sum_missing_item":
            r = "Novels and dictionaries are the books here: %d + %d = %d." % (n1, n3, n1 + n3)
        else:
            r = "Total bought %d, minus the %d returned atlases: %d." % (ans, lost, ans - lost)
    return sents, q, str(ans), a, trap, r


def votes(rng, i):
    k = rng.randrange(3, 16)
    t = 20 * k
    p = 5 * rng.randrange(3, 10)
    against = t * p // 100
    sents = ["The %s rowing club has %d members." % (rng.choice(TOWNS), t),
             "At the annual meeting every member voted on the proposal to sell the old boathouse.",
             "%d members voted against the sale and the rest voted in favour." % against]
    q = "What percentage of the members voted against the sale?"
    if i % 2 == 0:
        a, trap = rng.choice([("%d percent" % p, "percent_in_words"), ("%d%% (%d of %d)" % (p, against, t), "percent_extra_words")])
        r = "%d / %d = %s, which is %d%%." % (against, t, "%.2f" % (against / t), p)
    else:
        a, trap = "%d%%" % (100 - p), "complement_percentage"
        r = "The majority share: %d - %d = %d in favour, %d / %d = %d%%." % (t, against, t - against, t - against, t, 100 - p)
    return sents, q, "%d%%" % p, a, trap, r


def census(rng, i):
    a = rng.randrange(180, 320)
    b = rng.randrange(90, 170)
    sents = ["At the last census %s had %s residents." % (rng.choice(TOWNS), format(rng.randrange(8000, 90000), ",")),
             "%s%% of residents were under the age of 18." % tenths(a),
             "%s%% were 65 or older, and the remainder were working-age adults." % tenths(b)]
    q = "How many more percentage points of residents were under 18 than 65 or older?"
    d = a - b
    if i % 2 == 0:
        ans, trap = "%s percentage points" % tenths(d), "number_with_unit"
        r = "%s - %s = %s." % (tenths(a), tenths(b), tenths(d))
    else:
        ans, trap = rng.choice([(tenths(a + b), "sum_instead_of_difference"), (tenths(1000 - a - b), "passage_remainder_value")])
        r = "Combining the two groups as the question compares them gives %s." % ans
    return sents, q, tenths(d), ans, trap, r


def roads(rng, i):
    new = rng.randrange(80, 200)
    old = new - rng.randrange(11, 60)
    sents = ["The new coast road from %s is %s kilometres long." % (rng.choice(TOWNS), tenths(new)),
             "It replaced the old inland road, which was %s km long and often closed by snow." % tenths(old),
             "Construction took four years and employed about %d workers." % rng.randrange(200, 900)]
    q = "By how much was the old road shorter than the new coast road?"
    d = new - old
    ref = "%s km" % tenths(d)
    if i % 2 == 0:
        ans, trap = rng.choice([("%s metres" % format(d * 100, ","), "unit_conversion_equal"),
                                ("%s kilometres" % tenths(d), "unit_spelled_out")])
        r = "%s - %s = %s km, i.e. %d metres." % (tenths(new), tenths(old), tenths(d), d * 100)
    else:
        ans, trap = rng.choice([("%s miles" % tenths(d), "wrong_unit"), ("%s km" % tenths(d + 10), "arithmetic_slip")])
        r = "Subtracting the lengths gives %s." % ans
    return sents, q, ref, ans, trap, r


MAKERS = [football, visitors, books, votes, census, roads]


def generate(rng):
    out = []
    for j, mk in enumerate(MAKERS):
        for i in range(8):
            sents, q, ref, ans, trap, r = mk(rng, i + j)
            question = wrap(" ".join(sents), q)
            body = ("I need the relevant numbers from the passage and then a careful calculation. Let me list them "
                    "and then compute.\n\n" + r)
            out.append(case("drop_like", "math", question, long_en(rng, question, sents, body, final_en(rng, ans)),
                            ref, "Correct" if (i + j) % 2 == 0 else "Incorrect", "en", trap))
    return out
