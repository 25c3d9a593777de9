"""Places, organisations and titles of works: passage-based and well-known."""
from common import FIRST, SURN, case, final_en, long_en, recall_en

HOMONYM = [("Valencia", "Spain", "Venezuela"), ("Perth", "Australia", "Scotland"),
           ("Hamilton", "New Zealand", "Canada"), ("Alexandria", "Egypt", "the United States"),
           ("Tripoli", "Lebanon", "Libya"), ("Córdoba", "Argentina", "Spain"),
           ("Kingston", "Jamaica", "Canada"), ("Birmingham", "England", "the United States"),
           ("San José", "Costa Rica", "the United States"), ("London", "Canada", "England")]
OTHER_CITY = ["Lisbon", "Oslo", "Nairobi", "Montevideo", "Tallinn", "Auckland", "Bergen", "Quito"]
ORG_A = ["International Federation of Cartographers", "Global Union of Lighthouse Keepers",
         "World Association of Bell Founders", "International Council for Archival Repair",
         "Union of Coastal Ferry Operators", "International Society of Glass Conservators"]
ORG_B = ["Independent League of Map Engravers", "Northern Alliance of Harbour Pilots",
         "Federation of Clock Restorers", "Council of Manuscript Binders",
         "Association of River Boat Captains", "Guild of Stained Glass Artisans"]
TITLE_W = ["Salt Orchard", "Lantern Keeper", "Winter Ledger", "Glass Cartographer", "Hollow Meridian",
           "Tidewater Clock", "Paper Lighthouse", "Copper Almanac", "Ninth Harbour", "Quiet Foundry"]


def acr(name):
    return "".join(w[0] for w in name.split() if w[0].isupper())


def passage_places(rng, n):
    out = []
    for i in range(n):
        city, c_true, c_wrong = HOMONYM[i % len(HOMONYM)]
        city_a = rng.choice(OTHER_CITY)
        c_a = {"Lisbon": "Portugal", "Oslo": "Norway", "Nairobi": "Kenya", "Montevideo": "Uruguay",
               "Tallinn": "Estonia", "Auckland": "New Zealand", "Bergen": "Norway", "Quito": "Ecuador"}[city_a]
        oa, ob = ORG_A[i % 6], ORG_B[(i + rng.randrange(6)) % 6]
        t1, t2 = rng.sample(TITLE_W, 2)
        author = "%s %s" % (rng.choice(FIRST), rng.choice(SURN))
        year = rng.randrange(1961, 2015)
        sents = ["The %d congress of the %s (%s) was originally scheduled for %s, %s." % (year, oa, acr(oa), city_a, c_a),
                 "After a transport strike, the organisers moved the whole event to %s, %s, where it opened three weeks late." % (city, c_true),
                 "A rival body, the %s (%s), held its own meeting in %s during the week the congress had first been planned." % (ob, acr(ob), city_a),
                 "At the congress, the novelist %s read from her new book, \"The %s\", a sequel to her earlier novel \"The %s\"." % (author, t1, t2),
                 "Delegates later voted to hold the next congress in %s as well." % city]
        passage = " ".join(sents)
        question_pre = "Read the passage and answer the question.\n\nPassage: %s\n\nQuestion: " % passage
        target = rng.randrange(3)
        label = "Correct" if i % 2 == 0 else "Incorrect"
        if target == 0:
            q = "In which city was the %d congress of the %s actually held?" % (year, acr(oa))
            ref = city
            if label == "Correct":
                ans, trap = rng.choice([("%s, %s" % (city, c_true), "city_plus_country"),
                                        ("the city of %s" % city, "span_extra_words")])
                r = ("The first sentence gives the original plan (%s), but the second sentence says the event was moved "
                     "to %s, %s, where it actually opened. So the actual location is %s." % (city_a, city, c_true, city))
            else:
                ans, trap = rng.choice([("%s, %s" % (city, c_wrong), "city_wrong_country"),
                                        (city_a, "planned_not_actual_place")])
                r = ("The congress is tied to %s in the passage. Since the question asks where it was held, I will give "
                     "the location I identify from the text, which I read as %s." % (ans, ans))
        elif target == 1:
            q = "Which organisation held a meeting in %s during the week the congress had first been planned?" % city_a
            ref = ob
            if label == "Correct":
                ans, trap = acr(ob), "acronym_for_full_name"
                r = ("The third sentence says the rival body, the %s (%s), held its own meeting in %s. The congress "
                     "organiser, %s, moved its own event away, so it is not the answer." % (ob, acr(ob), city_a, acr(oa)))
            else:
                ans, trap = "the %s (%s)" % (oa, acr(oa)), "other_organisation_in_passage"
                r = ("The congress was scheduled for %s and its organiser was the %s. That organisation is the one "
                     "connected to %s in that week, so it is the answer." % (city_a, oa, city_a))
        else:
            q = "What is the title of the new book that %s read from at the congress?" % author
            ref = "The %s" % t1
            if label == "Correct":
                ans, trap = rng.choice([(t1, "title_without_article"), ("\u201cThe %s\u201d" % t1, "title_in_quotes")])
                r = ("The fourth sentence says she read from her new book, \"The %s\", which is a sequel to \"The %s\". "
                     "The new book is the sequel, so the answer is \"The %s\"." % (t1, t2, t1))
            else:
                ans, trap = "The %s" % t2, "earlier_work_not_asked"
                r = ("The passage names two novels by %s. The one she is known for and that the passage describes as her "
                     "novel is \"The %s\", so I take that as the book in question." % (author, t2))
        question = question_pre + q
        out.append(case("squad_like", "short_text", question, long_en(rng, question, sents, r, final_en(rng, ans)),
                        ref, label, "en", trap))
    return out


KNOWN = [
    ("In which city is the State Hermitage Museum?", "Saint Petersburg", "St. Petersburg, Russia",
     "abbreviated_city_plus_country", "St. Petersburg, Florida", "city_wrong_country",
     ["The Hermitage occupies the Winter Palace and neighbouring buildings on the Neva.",
      "It was founded by Catherine the Great in 1764."]),
    ("What is the capital city of Australia?", "Canberra", "Canberra, Australian Capital Territory",
     "city_plus_region", "Sydney", "larger_city_not_capital",
     ["Canberra was purpose-built as a compromise between Sydney and Melbourne.",
      "Parliament moved there in 1927."]),
    ("In which city was Wolfgang Amadeus Mozart born?", "Salzburg", "Salzburg, Austria", "city_plus_country",
     "Vienna", "associated_city_not_asked",
     ["Mozart was born in 1756 at Getreidegasse 9.", "He later settled in Vienna, where he died in 1791."]),
    ("In which city is the Alhambra palace complex?", "Granada", "Granada, Spain", "city_plus_country",
     "Granada, Nicaragua", "city_wrong_country",
     ["The Alhambra was built largely by the Nasrid dynasty in Andalusia.",
      "There is also a colonial city named Granada in Central America."]),
    ("In which city does the Parthenon stand?", "Athens", "Athens, Greece", "city_plus_country",
     "Athens, Georgia", "city_wrong_country",
     ["The Parthenon stands on the Acropolis and was dedicated to Athena.",
      "Several American towns, such as one in Georgia, are also named Athens."]),
    ("From which port did the Titanic begin its maiden voyage?", "Southampton", "Southampton, England",
     "city_plus_country", "Belfast", "associated_city_not_asked",
     ["The Titanic was built by Harland and Wolff in Belfast.",
      "Its maiden voyage left on 10 April 1912, calling at Cherbourg and Queenstown."]),
    ("Which UN specialised agency, headquartered in Geneva, directs international public health?",
     "World Health Organization", "WHO", "acronym_for_full_name", "World Trade Organization",
     "similar_organisation_name",
     ["Several international bodies are based in Geneva, including bodies for health, trade and labour.",
      "The health agency was founded in 1948."]),
    ("Which US government agency ran the Apollo program?", "NASA",
     "the National Aeronautics and Space Administration", "full_name_for_acronym", "NOAA",
     "similar_acronym",
     ["The Apollo program ran from 1961 to 1972.", "The agency was created in 1958 by the Space Act."]),
    ("Which UN agency maintains the list of World Heritage Sites?", "UNESCO",
     "United Nations Educational, Scientific and Cultural Organization", "full_name_for_acronym", "UNICEF",
     "similar_acronym",
     ["The World Heritage Convention was adopted in 1972.", "The agency is headquartered in Paris."]),
    ("Which novel opens with the line \"Call me Ishmael\"?", "Moby-Dick", "Moby-Dick; or, The Whale",
     "full_title_variant", "The Old Man and the Sea", "other_work_same_theme",
     ["The novel was written by Herman Melville and published in 1851.",
      "Its narrator sails on the whaler Pequod."]),
    ("Which Shakespeare play features the moneylender Shylock?", "The Merchant of Venice",
     "Merchant of Venice", "title_without_article", "Othello", "other_work_same_setting",
     ["Shylock lends money to Antonio, demanding a pound of flesh as surety.",
      "Another Shakespeare tragedy, about a Moorish general, is also set partly in Venice."]),
    ("What is the title of the first Harry Potter book as published in the United Kingdom?",
     "Harry Potter and the Philosopher's Stone", "\u2018Harry Potter and the Philosopher\u2019s Stone\u2019",
     "title_in_quotes", "Harry Potter and the Sorcerer's Stone", "right_work_wrong_edition_title",
     ["The book was published by Bloomsbury in 1997.",
      "The American edition from Scholastic changed one word of the title."]),
]


def known(rng):
    out = []
    for q, ref, good, gt, bad, bt, facts in KNOWN:
        rg = ("So the answer is %s. I considered %s, but it does not match the exact wording of the question." % (good, bad))
        out.append(case("triviaqa_like", "short_text", q, recall_en(rng, q, facts, rg, final_en(rng, good)),
                        ref, "Correct", "en", gt))
        rb = "On balance the best match is %s, which fits the clues I listed." % bad
        out.append(case("triviaqa_like", "short_text", q, recall_en(rng, q, facts, rb, final_en(rng, bad)),
                        ref, "Incorrect", "en", bt))
    return out


def generate(rng):
    return passage_places(rng, 20) + known(rng)
