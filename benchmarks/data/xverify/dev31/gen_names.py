"""Names of people: passage-based (fictional) and well-known short answers."""
from common import FIRST, MIDDLE, SURN, TITLES, TOWNS, THINGS, case, final_en, long_en, recall_en

RELS = ["younger brother", "cousin", "son", "nephew", "elder sister", "daughter"]


def passage_people(rng, n):
    out = []
    for _ in range(n):
        f1, f2, f3 = rng.sample(FIRST, 3)
        mid = rng.choice(MIDDLE)
        s1, s3 = rng.sample(SURN, 2)
        title = rng.choice(TITLES)
        town, town2 = rng.sample(TOWNS, 2)
        thing = rng.choice(THINGS)
        rel = rng.choice(RELS)
        y1 = rng.randrange(1820, 1900)
        y2 = y1 + rng.randrange(3, 12)
        y3 = y2 + rng.randrange(15, 40)
        A = "%s %s %s" % (f1, mid, s1)
        B = "%s %s" % (f2, s1)
        C = "%s %s" % (f3, s3)
        sents = ["In %d, %s %s founded the %s in %s." % (y1, title, A, thing, town),
                 "%s's %s, %s, became its first director in %d." % (f1, rel, B, y2),
                 "The building itself was designed by the architect %s, who had trained in %s." % (C, town2),
                 "When the %s reopened after a fire in %d, %s gave the opening address, "
                 "because %s %s was too ill to attend." % (thing, y3, B, title, s1),
                 "Local newspapers nevertheless credited the %s family with the town's cultural revival." % s1]
        passage = " ".join(sents)
        target = rng.randrange(3)
        if target == 0:
            q = "Who founded the %s in %s?" % (thing, town)
            ref = A
            goods = [("%s %s" % (title, A), "name_with_title"),
                     ("%s %s. %s" % (f1, mid[0], s1), "middle_initial"),
                     ("%s %s" % (f1, s1), "drop_middle_name"),
                     ("%s %s, the founder named in the first sentence" % (title, A), "name_extra_words")]
            bads = [(B, "same_surname_other_person"), (C, "other_person_in_passage"),
                    ("either %s or %s" % (A, B), "hedge_two_names")]
            good_r = ("The founder is named in the very first sentence: %s %s, in %d. The passage also mentions %s, "
                      "who shares the surname %s, but %s was the first director, not the founder. The architect %s "
                      "designed the building but did not found the institution." % (title, A, y1, B, s1, f2, C))
        elif target == 1:
            q = "Who was the first director of the %s?" % thing
            ref = B
            goods = [("%s %s, %s's %s" % (f2, s1, f1, rel), "name_extra_words"),
                     ("%s, %s" % (s1, f2), "surname_first_order")]
            bads = [("%s %s" % (title, A), "same_surname_other_person"), (C, "other_person_in_passage")]
            good_r = ("The second sentence says %s's %s, %s, became its first director in %d. %s %s is the founder, "
                      "which is a different role, so I should not give the founder's name." % (f1, rel, B, y2, title, A))
        else:
            q = "Who designed the building that houses the %s?" % thing
            ref = C
            goods = [("the architect %s" % C, "name_extra_words"), ("%s. %s" % (f3[0], s3), "first_initial")]
            bads = [(B, "other_person_in_passage"), ("%s %s" % (f3, s1), "right_first_wrong_surname")]
            good_r = ("The third sentence is explicit: the building was designed by the architect %s. The %s family "
                      "founded and directed the institution, but the design is credited to %s." % (C, s1, C))
        question = "Read the passage and answer the question.\n\nPassage: %s\n\nQuestion: %s" % (passage, q)
        g, gt = rng.choice(goods)
        outg = long_en(rng, question, sents, good_r, final_en(rng, g))
        out.append(case("squad_like", "short_text", question, outg, ref, "Correct", "en", gt))
        b, bt = rng.choice(bads)
        if bt == "hedge_two_names":
            bad_r = ("The first sentence names %s %s as founder, but the last sentence credits the whole %s family, and "
                     "%s gave the opening address. It is hard to tell which of the two the question means." % (title, A, s1, B))
            final = "The founder was %s." % b
        else:
            bad_r = ("Looking at who is most closely tied to establishing the %s, the passage gives a prominent role to "
                     "%s. I think that is the person the question is after, since the passage emphasises that "
                     "person's part in setting things up." % (thing, b))
            final = final_en(rng, b)
        outb = long_en(rng, question, sents, bad_r, final)
        out.append(case("squad_like", "short_text", question, outb, ref, "Incorrect", "en", bt))
    return out


KNOWN = [
    ("Who composed the Brandenburg Concertos?", "Johann Sebastian Bach", "J. S. Bach", "initials",
     "Carl Philipp Emanuel Bach", "same_surname_other_person",
     ["The six Brandenburg Concertos were presented to the Margrave of Brandenburg in 1721.",
      "Several members of the Bach family were composers, including sons such as C. P. E. Bach."]),
    ("Who wrote the novel Wuthering Heights?", "Emily Brontë", "Emily Bronte", "diacritic_dropped",
     "Charlotte Brontë", "same_surname_other_person",
     ["Wuthering Heights was published in 1847 under the pseudonym Ellis Bell.",
      "The Brontë sisters also include Charlotte (Jane Eyre) and Anne (Agnes Grey)."]),
    ("Who was the second President of the United States?", "John Adams", "President John Adams",
     "name_with_title", "John Quincy Adams", "same_surname_other_person",
     ["George Washington was the first president; the second served from 1797 to 1801.",
      "The sixth president was the son of the second president."]),
    ("Who composed the ballet Swan Lake?", "Pyotr Ilyich Tchaikovsky", "Peter Tchaikovsky",
     "transliteration_variant", "Igor Stravinsky", "other_person_same_field",
     ["Swan Lake premiered at the Bolshoi Theatre in Moscow in 1877.",
      "Its composer also wrote The Nutcracker and The Sleeping Beauty."]),
    ("Who wrote the novel Crime and Punishment?", "Fyodor Dostoevsky", "Fyodor Mikhailovich Dostoyevsky",
     "transliteration_variant", "Leo Tolstoy", "other_person_same_field",
     ["Crime and Punishment was serialised in The Russian Messenger in 1866.",
      "Its protagonist is Rodion Raskolnikov, a former student in St Petersburg."]),
    ("Who proclaimed the founding of the People's Republic of China on 1 October 1949?", "Mao Zedong",
     "Mao Tse-tung", "transliteration_variant", "Zhou Enlai", "other_person_same_context",
     ["The proclamation was made from the Tiananmen gate in Beijing.",
      "The Chairman of the Central People's Government made the announcement; the first premier was a different man."]),
    ("Who wrote On the Origin of Species?", "Charles Darwin", "Charles Robert Darwin", "full_name_variant",
     "Erasmus Darwin", "same_surname_other_person",
     ["On the Origin of Species was published in 1859.",
      "The author's grandfather, also a naturalist, wrote Zoonomia decades earlier."]),
    ("Who wrote Strange Case of Dr Jekyll and Mr Hyde?", "Robert Louis Stevenson", "R. L. Stevenson",
     "initials", "Robert Stephenson", "similar_name_other_person",
     ["The novella was published in 1886 by a Scottish author who also wrote Treasure Island.",
      "A railway engineer with a very similar name lived earlier in the same century."]),
    ("Who was the first person to walk on the Moon?", "Neil Armstrong", "Neil Alden Armstrong",
     "full_name_variant", "Buzz Aldrin", "other_person_same_context",
     ["Apollo 11 landed on 20 July 1969.", "The lunar module pilot stepped out shortly after the commander."]),
    ("Which British monarch reigned when the Battle of Trafalgar was fought?", "George III", "King George III",
     "name_with_title", "George IV", "wrong_regnal_number",
     ["The Battle of Trafalgar took place on 21 October 1805.",
      "The reigning king ruled from 1760 to 1820; the Regency began in 1811."]),
    ("Who was the first woman to win a Nobel Prize?", "Marie Curie", "Maria Skłodowska-Curie",
     "native_name_form", "Irène Joliot-Curie", "same_surname_other_person",
     ["The first Nobel awarded to a woman was the 1903 Physics prize, shared with Pierre Curie and Henri Becquerel.",
      "Her daughter later won the 1935 Chemistry prize."]),
    ("Who wrote the novel Don Quixote?", "Miguel de Cervantes", "Cervantes", "surname_only_unambiguous",
     "Lope de Vega", "other_person_same_field",
     ["The first part of Don Quixote appeared in 1605 and the second in 1615.",
      "Its author was a Spanish novelist of the Golden Age."]),
]


def known_people(rng):
    out = []
    for q, ref, good, gt, bad, bt, facts in KNOWN:
        rg = ("Putting the facts together, the person who fits every detail is %s. The alternative %s is related to "
              "the topic but does not answer this exact question." % (good, bad))
        out.append(case("simpleqa_like", "short_text", q, recall_en(rng, q, facts, rg, final_en(rng, good)),
                        ref, "Correct", "en", gt))
        rb = ("Weighing these, I am fairly confident the answer is %s; that name is the one most strongly "
              "associated with this in my memory." % bad)
        out.append(case("simpleqa_like", "short_text", q, recall_en(rng, q, facts, rb, final_en(rng, bad)),
                        ref, "Incorrect", "en", bt))
    return out


def generate(rng):
    return passage_people(rng, 20) + known_people(rng)
