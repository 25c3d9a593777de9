"""Dates: full dates in many formats, centuries, decades, eras, regnal years."""
from common import MONTHS, TOWNS, THINGS, FIRST, SURN, case, final_en, long_en, recall_en, ordinal, words

KINGS = ["Aldric IV", "Osmund II", "Berengar III", "Leofric V", "Hadwin I", "Corvin VI"]
REALMS = ["Varnholt", "Esterlund", "Carrowmere", "Dunholm"]


def treaty_dates(rng, n):
    out = []
    for i in range(n):
        t1, t2 = rng.sample(TOWNS, 2)
        y = rng.randrange(1700, 1950)
        m = rng.randrange(12)
        d = rng.randrange(13, 29)
        m2 = (m + rng.randrange(2, 6)) % 12
        d2 = rng.randrange(1, 29)
        y2 = y + 1
        sents = ["Negotiations between %s and %s dragged on for most of %d." % (t1, t2, y - 1),
                 "The Treaty of %s was finally signed on %d %s %d in the town hall." % (t1, d, MONTHS[m], y),
                 "It was ratified by both councils on %d %s %d, after a long dispute over fishing rights." % (d2, MONTHS[m2], y2),
                 "A commemorative stone recording the signing was unveiled exactly fifty years later."]
        question = ("Read the passage and answer the question.\n\nPassage: %s\n\nQuestion: On what date was the "
                    "Treaty of %s signed?" % (" ".join(sents), t1))
        ref = "%d %s %d" % (d, MONTHS[m], y)
        if i % 2 == 0:
            ans, trap = [("%s %d, %d" % (MONTHS[m], d, y), "date_us_format"),
                         ("%d-%02d-%02d" % (y, m + 1, d), "date_iso_format"),
                         ("the %s of %s, %d" % (ordinal(d), MONTHS[m], y), "date_ordinal_words"),
                         ("%02d/%02d/%d" % (d, m + 1, y), "date_dmy_numeric_unambiguous")][i // 2 % 4]
            r = ("The second sentence gives the signing date: %d %s %d. The ratification date in the third sentence "
                 "(%d %s %d) is a different event. So the signing date is %s." % (d, MONTHS[m], y, d2, MONTHS[m2], y2, ans))
            lab = "Correct"
        else:
            ans, trap = [("%d %s %d" % (d, MONTHS[m], y + 1), "neighbouring_year"),
                         ("%d %s %d" % (d2, MONTHS[m2], y2), "other_date_in_passage"),
                         ("%d %s %d" % (d, MONTHS[m], y - 1), "neighbouring_year"),
                         ("%d %s %d" % (d + 1, MONTHS[m], y), "neighbouring_day")][i // 2 % 4]
            r = ("The treaty became binding when it was settled; the passage says the negotiations and the treaty "
                 "process concluded with the date %s. I will report that as the date of the treaty." % ans)
            lab = "Incorrect"
        out.append(case("drop_like", "short_text", question, long_en(rng, question, sents, r, final_en(rng, ans)),
                        ref, lab, "en", trap))
    return out


def century_cases(rng, n):
    out = []
    for i in range(n):
        town = rng.choice(TOWNS)
        thing = rng.choice(THINGS)
        y = rng.randrange(1601, 1899)
        if y % 100 == 0:
            y += 1
        c = y // 100 + 1
        sents = ["The %s of %s was founded in %d by a group of merchants." % (thing, town, y),
                 "It was enlarged %d years later and again after a flood in %d." % (rng.randrange(20, 60), y + 120),
                 "Today it is a listed building visited by thousands each summer."]
        question = ("Read the passage and answer the question.\n\nPassage: %s\n\nQuestion: In which century was the "
                    "%s of %s founded?" % (" ".join(sents), thing, town))
        ref = "%s century" % ordinal(c)
        if i % 2 == 0:
            ans, trap = rng.choice([("the %d00s" % (c - 1), "century_as_hundreds"),
                                    ("the %s century (founded %d)" % (ordinal(c), y), "century_extra_words")])
            r = ("It was founded in %d. Years from %d01 to %d00 belong to the %s century, so %d is in the %s "
                 "century, i.e. the %d00s." % (y, c - 1, c, ordinal(c), y, ordinal(c), c - 1))
            lab = "Correct"
        else:
            ans, trap = "%s century" % ordinal(c - 1), "century_off_by_one"
            r = "It was founded in %d, and the year begins with %d, so it belongs to the %s century." % (y, c - 1, ordinal(c - 1))
            lab = "Incorrect"
        out.append(case("drop_like", "short_text", question, long_en(rng, question, sents, r, final_en(rng, ans)),
                        ref, lab, "en", trap))
    return out


def regnal_cases(rng, n):
    out = []
    for i in range(n):
        king, realm = KINGS[i % len(KINGS)], rng.choice(REALMS)
        acc = rng.randrange(1300, 1600)
        k = rng.randrange(4, 20)
        year = acc + k - 1
        builder = "%s %s" % (rng.choice(FIRST), rng.choice(SURN))
        sents = ["%s came to the throne of %s in %d." % (king, realm, acc),
                 "The chroniclers of %s counted regnal years so that %d itself was the first year of his reign." % (realm, acc),
                 "The great bridge over the Marrow, begun by the mason %s, was opened in the %s year of his reign." % (builder, ordinal(k)),
                 "A second bridge upstream was not finished until %d." % (year + rng.randrange(5, 30))]
        question = ("Read the passage and answer the question.\n\nPassage: %s\n\nQuestion: In what calendar year was "
                    "the great bridge over the Marrow opened?" % " ".join(sents))
        ref = str(year)
        if i % 2 == 0:
            ans, trap = "%d (the %s regnal year of %s)" % (year, ordinal(k), king), "regnal_year_converted"
            r = ("The first regnal year is %d, so the %s year is %d + %d - 1 = %d." % (acc, ordinal(k), acc, k, year))
            lab = "Correct"
        else:
            ans, trap = str(year + 1), "regnal_year_off_by_one"
            r = "He came to the throne in %d, and the %s year of the reign is %d + %d = %d." % (acc, ordinal(k), acc, k, year + 1)
            lab = "Incorrect"
        out.append(case("drop_like", "short_text", question, long_en(rng, question, sents, r, final_en(rng, ans)),
                        ref, lab, "en", trap))
    return out


KNOWN = [
    ("In which century did the French Revolution begin?", "18th century", "the eighteenth century",
     "century_in_words", "19th century", "century_off_by_one",
     ["The Storming of the Bastille took place on 14 July 1789.", "Napoleon took power in 1799."]),
    ("In which decade did the Beatles release their first studio album?", "1960s",
     "the sixties (Please Please Me, 1963)", "decade_colloquial", "1950s", "neighbouring_decade",
     ["The band formed in Liverpool in 1960.", "Please Please Me was released in March 1963."]),
    ("In what year was Julius Caesar assassinated?", "44 BC", "44 BCE", "era_notation_variant", "44 AD",
     "era_flipped",
     ["Caesar was killed on the Ides of March.", "His assassination preceded the rise of Augustus."]),
    ("In which year did the Berlin Wall fall?", "1989", "9 November 1989", "year_with_full_date", "1990",
     "neighbouring_year",
     ["The border crossings opened on the night of 9 November.", "German reunification followed on 3 October 1990."]),
    ("In which century did Johannes Gutenberg introduce movable-type printing in Europe?", "15th century",
     "the 1400s (around 1440)", "century_as_hundreds", "16th century", "century_off_by_one",
     ["Gutenberg worked in Mainz.", "The Gutenberg Bible was printed in the 1450s."]),
    ("On what date did the armistice ending the fighting of World War I take effect?", "11 November 1918",
     "November 11, 1918", "date_us_format", "28 June 1919", "other_related_date",
     ["The armistice was signed at Compiègne and took effect at 11 a.m.",
      "The Treaty of Versailles was signed the following year."]),
    ("In which year did Christopher Columbus first reach the Americas?", "1492",
     "fourteen ninety-two", "year_in_words", "1493", "neighbouring_year",
     ["Columbus sailed from Palos de la Frontera in August.", "His second voyage began in 1493."]),
    ("In what year was the Battle of Hastings fought?", "1066", "AD 1066", "era_prefix_added", "1067",
     "neighbouring_year",
     ["William of Normandy defeated Harold Godwinson.", "William was crowned on Christmas Day of the same year."]),
]


def known(rng):
    out = []
    for q, ref, good, gt, bad, bt, facts in KNOWN:
        rg = "Therefore the answer is %s, which matches every fact above." % good
        out.append(case("simpleqa_like", "short_text", q, recall_en(rng, q, facts, rg, final_en(rng, good)),
                        ref, "Correct", "en", gt))
        rb = "Working from these facts, I conclude the answer is %s." % bad
        out.append(case("simpleqa_like", "short_text", q, recall_en(rng, q, facts, rb, final_en(rng, bad)),
                        ref, "Incorrect", "en", bt))
    return out


def generate(rng):
    return treaty_dates(rng, 8) + century_cases(rng, 6) + regnal_cases(rng, 4) + known(rng)
