"""Short answers: well-known facts and invented passages, answers stated inside sentences."""
from common import en_words, en_ordinal, finish, record
from facts import EN_FACTS, ZH_FACTS

FIRST = ["Mira", "Tobias", "Lena", "Oskar", "Helga", "Ravi", "Ines", "Corwin", "Yara", "Emil",
         "Signe", "Bastian", "Noor", "Felix", "Ada", "Quentin"]
LAST = ["Ostrander", "Venn", "Halloway", "Drescher", "Marchetti", "Quill", "Sorensen", "Abernathy",
        "Lindqvist", "Petrov", "Castellane", "Whitlock", "Brandt", "Okafor"]
TOWNS = ["Kestrel Bay", "Dunmore", "Harlow Ford", "Ashcombe", "Veldhaven", "Marrowick", "Lindgrove",
         "Pellham", "Corrin Vale", "Stavely"]
REGIONS = ["the province of Ostmark", "the county of Brackenshire", "the Lower Varden valley",
           "the northern district of Calloway", "the coastal region of Selmar"]
JOBS = [("Dr.", "marine biologist"), ("Professor", "historian"), ("Captain", "ferry pilot"),
        ("Judge", "retired magistrate"), ("Dr.", "veterinary surgeon"), ("Professor", "mathematician")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def year_words(y):
    hi, lo = divmod(y, 100)
    if lo == 0:
        return en_words(hi) + " hundred"
    if lo < 10:
        return en_words(hi) + " oh " + en_words(lo)
    return en_words(hi) + " " + en_words(lo)


def two_people(rng):
    f = rng.sample(FIRST, 2)
    l = rng.sample(LAST, 2)
    return f[0] + " " + l[0], f[1] + " " + l[1]


def p_winner(rng, mode):
    a, b = two_people(rng)
    ta, ja = rng.choice(JOBS)
    town = rng.choice(TOWNS)
    event = rng.choice(["the Harrowgate chess open", "the annual Selmar rowing regatta",
                        "the Lindgrove baking championship", "the Veldhaven quiz league"])
    p = ("Passage: At %s this year, %s, a %s from %s, met %s in the final. After a long and close "
         "contest, %s took the title, while %s finished as runner-up for the second year running."
         % (event, a, ja, town, b, a, b))
    q = p + "\nQuestion: Who won the final?"
    surname = a.split()[1]
    paras = ["The passage names two finalists: %s and %s." % (a, b),
             "It says %s 'took the title' and %s was the runner-up." % (a, b) if mode == "ok" else
             "It says %s finished for the second year running, which sounds like the winner." % b]
    if mode == "ok":
        final = "The final was won by %s %s, the %s from %s." % (ta, a, ja, town)
        if rng.random() < 0.5:
            final = "The winner was the %s from %s, %s %s." % (ja, town, ta, surname)
        return q, paras, final, a, "name_with_title_and_description"
    return q, paras, "The final was won by %s, who beat the %s from %s." % (b, ja, town), a, "other_person_in_passage"


def p_birthplace(rng, mode):
    a, _ = two_people(rng)
    t1, t2 = rng.sample(TOWNS, 2)
    reg = rng.choice(REGIONS)
    y = rng.randint(1890, 1960)
    p = ("Passage: %s was born in %d in %s, a small market town in %s. At the age of twelve the family "
         "moved to %s, where %s later opened a clock-repair workshop that became well known across %s."
         % (a, y, t1, reg, t2, a.split()[0], reg))
    q = p + "\nQuestion: In which town was %s born?" % a
    paras = ["The passage mentions two towns, %s and %s." % (t1, t2),
             ("Birth is tied to %s; %s is where the family moved later." % (t1, t2)) if mode == "ok" else
             ("The workshop and most of the story are in %s, so that is the key town." % t2)]
    if mode == "ok":
        return q, paras, "%s was born in %s, a market town in %s." % (a, t1, reg), t1, "place_with_region"
    return q, paras, "%s was born in %s, in %s." % (a, t2, reg), t1, "other_place_in_passage"


def p_date(rng, mode):
    name = rng.choice(["Corlan Bridge", "Stavely Lighthouse", "Marrowick Town Hall", "Pellham Observatory"])
    y = rng.randint(1880, 1935)
    m1, m2 = rng.sample(range(12), 2)
    d1, d2 = rng.randint(2, 27), rng.randint(2, 27)
    p = ("Passage: Work on the %s began on %d %s %d. After several delays caused by flooding, the "
         "building was finished and formally opened to the public on %d %s %d."
         % (name, d1, MONTHS[m1], y, d2, MONTHS[m2], y + 2))
    q = p + "\nQuestion: On what date was the %s opened?" % name
    ans = "%d %s %d" % (d2, MONTHS[m2], y + 2)
    paras = ["Two dates appear: the start of work and the opening."]
    if mode == "ok":
        paras.append("The opening is the second date, %s." % ans)
        final = "It was opened on the %s of %s, %s." % (en_ordinal(d2), MONTHS[m2], year_words(y + 2))
        return q, paras, final, ans, "date_in_words"
    if mode == "near":
        paras.append("The opening date is given near the end of the passage.")
        final = "It was opened on the %s of %s, %s." % (en_ordinal(d2 + 1), MONTHS[m2], year_words(y + 2))
        return q, paras, final, ans, "date_neighbour_day_in_words"
    paras.append("The first date in the passage is the one to use.")
    final = "It was opened on the %s of %s, %s." % (en_ordinal(d1), MONTHS[m1], year_words(y))
    return q, paras, final, ans, "other_date_in_passage"


def p_rank(rng, mode):
    names = rng.sample(FIRST, 5)
    times = rng.sample(range(2410, 2780), 5)
    p = "Passage: Finishing times in the Ashcombe 10 km road race (seconds): " + ", ".join(
        "%s %d" % (n, t) for n, t in zip(names, times)) + "."
    who = names[rng.randint(0, 4)]
    order = sorted(zip(times, names))
    rank = [n for _, n in order].index(who) + 1
    q = p + "\nQuestion: In what position did %s finish?" % who
    paras = ["Sorting by time, fastest first: " + ", ".join("%s (%d)" % (n, t) for t, n in order) + "."]
    shown, trap = rank, "ordinal_in_sentence"
    if mode == "near":
        shown = rank + 1 if rank < 5 else rank - 1
        trap = "ordinal_neighbour_in_sentence"
        paras.append("Counting down the list to %s gives position %d." % (who, shown))
    else:
        paras.append("%s is at position %d in that list." % (who, rank))
    final = "%s crossed the line as the %s runner." % (who, en_ordinal(shown))
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(rank, "th")
    return q, paras, final, "%d%s" % (rank, suffix), trap


def p_points(rng, mode):
    h, a = rng.sample(["the Kestrel Bay Gulls", "the Dunmore Foxes", "the Stavely Miners", "the Pellham Rovers"], 2)
    qs = [(rng.randint(10, 30), rng.randint(10, 30)) for _ in range(4)]
    th, ta = sum(x for x, _ in qs), sum(y for _, y in qs)
    while th == ta:
        qs[0] = (qs[0][0] + 2, qs[0][1])
        th = sum(x for x, _ in qs)
    p = ("Passage: In the basketball game, %s and %s traded baskets all evening. By quarter the scores were "
         % (h, a) + "; ".join("%d-%d" % s for s in qs) + " (%s listed first)." % h)
    q = p + "\nQuestion: By how many points did the winning team win?"
    diff = abs(th - ta)
    paras = ["Total for %s: %s = %d." % (h, " + ".join(str(x) for x, _ in qs), th),
             "Total for %s: %s = %d." % (a, " + ".join(str(y) for _, y in qs), ta)]
    shown, trap = diff, "number_words_with_counted_noun"
    if mode == "near":
        shown, trap = diff + rng.choice([-1, 1]) if diff > 1 else diff + 1, "neighbour_number_in_words"
    paras.append("Difference: %d." % shown)
    win = h if th > ta else a
    final = "%s won by %s point%s." % (win[0].upper() + win[1:], en_words(shown), "" if shown == 1 else "s")
    return q, paras, final, str(diff), trap


def p_taller(rng, mode):
    a, b = rng.sample(FIRST, 2)
    ha, hb = rng.sample(range(158, 192), 2)
    p = ("Passage: At the team fitting, %s measured %d cm and %s measured %d cm. The coach ordered new "
         "jerseys for both." % (a, ha, b, hb))
    q = p + "\nQuestion: Who is taller, %s or %s?" % (a, b)
    win, lose = (a, b) if ha > hb else (b, a)
    paras = ["%s: %d cm; %s: %d cm." % (a, ha, b, hb)]
    if mode == "ok":
        paras.append("The larger number belongs to %s." % win)
        return q, paras, "%s is taller, so the answer is %s." % (win, win), win, "comparison_name_in_sentence"
    paras.append("The larger number belongs to %s." % lose)
    return q, paras, "%s is taller, so the answer is %s." % (lose, lose), win, "comparison_other_person"


ZH_PEOPLE = [("王", "教授", "历史学家"), ("李", "医生", "兽医"), ("陈", "老师", "数学老师"), ("赵", "工程师", "桥梁工程师")]
ZH_GIVEN = ["建国", "晓梅", "志远", "婉清", "海涛", "雨桐"]
ZH_TOWNS = [("青溪镇", "云岭省"), ("石门县", "东川省"), ("柳塘村", "南屏省"), ("白沙镇", "北江省")]


def z_winner(rng, mode):
    (s1, t1, j1), (s2, t2, j2) = rng.sample(ZH_PEOPLE, 2)
    g1, g2 = rng.sample(ZH_GIVEN, 2)
    a, b = s1 + g1, s2 + g2
    p = "材料：在今年的临江围棋邀请赛决赛中，%s%s（一位%s）与%s%s相遇。经过五个小时的鏖战，%s最终夺冠，%s获得亚军。" % (
        a, t1, j1, b, t2, a, b)
    q = p + "\n问题：谁赢得了决赛？"
    paras = ["材料中提到了两位决赛选手：%s和%s。" % (a, b)]
    if mode == "ok":
        paras.append("材料说%s最终夺冠。" % a)
        return q, paras, "夺冠的是那位%s——%s%s。" % (j1, s1, t1), a, "zh_name_as_surname_title"
    paras.append("材料说%s进入了决赛并且表现出色。" % b)
    return q, paras, "夺冠的是%s%s。" % (b, t2), a, "zh_other_person_in_passage"


def z_birth(rng, mode):
    (t1, p1), (t2, _) = rng.sample(ZH_TOWNS, 2)
    name = rng.choice(["林", "周", "吴"]) + rng.choice(ZH_GIVEN)
    p = "材料：%s出生于%s%s，十岁时随父母迁居%s，后来在那里开办了一家小有名气的茶馆。" % (name, p1, t1, t2)
    q = p + "\n问题：%s出生在哪里？" % name
    paras = ["材料提到两个地方：%s和%s。" % (t1, t2)]
    if mode == "ok":
        paras.append("出生地是%s，迁居地是%s。" % (t1, t2))
        return q, paras, "%s出生在%s的%s。" % (name, p1, t1), t1, "zh_place_with_province"
    paras.append("茶馆开在%s，故事主要发生在那里。" % t2)
    return q, paras, "%s出生在%s。" % (name, t2), t1, "zh_other_place_in_passage"


def generate_en(rng, n_fact_pairs, n_passage):
    out = []
    for i, f in enumerate(EN_FACTS[:n_fact_pairs]):
        q, ans, ok_s, bad_s, note, bad_note, tok, tbad = f
        for ok in (True, False):
            paras = [rng.choice(["Let me think about this.", "Okay, recalling what I know."]),
                     "The question: %s" % q, note if ok else bad_note]
            out.append(record("simpleqa_like", "short_text", q,
                              finish(rng, "en", paras, ok_s if ok else bad_s), ans,
                              "Correct" if ok else "Incorrect", "en", tok if ok else tbad))
    temps = [(p_winner, ["bad"], "short_text"), (p_birthplace, ["bad"], "short_text"),
             (p_date, ["near", "other"], "short_text"), (p_rank, ["near"], "short_text"),
             (p_points, ["near"], "math"), (p_taller, ["bad"], "short_text")]
    for i in range(n_passage):
        fn, bad, kat = temps[i % len(temps)]
        ok = (i // len(temps)) % 2 == 0
        q, paras, final, ans, trap = fn(rng, "ok" if ok else rng.choice(bad))
        out.append(record("drop_like", kat, q, finish(rng, "en", ["Let me read the passage carefully."] + paras, final),
                          ans, "Correct" if ok else "Incorrect", "en", trap))
    return out


def generate_zh(rng, n_passage):
    out = []
    for f in ZH_FACTS:
        q, ans, ok_s, bad_s, note, bad_note, tok, tbad = f
        for ok in (True, False):
            paras = ["我来回忆一下相关知识。", "题目问：%s" % q, note if ok else bad_note]
            out.append(record("simpleqa_like", "short_text", q,
                              finish(rng, "zh", paras, ok_s if ok else bad_s, rng.randint(700, 1200)), ans,
                              "Correct" if ok else "Incorrect", "zh", tok if ok else tbad))
    for i in range(n_passage):
        fn = (z_winner, z_birth)[i % 2]
        ok = (i // 2) % 2 == 0
        q, paras, final, ans, trap = fn(rng, "ok" if ok else "bad")
        out.append(record("drop_like", "short_text", q,
                          finish(rng, "zh", ["先仔细阅读材料。"] + paras, final, rng.randint(700, 1200)),
                          ans, "Correct" if ok else "Incorrect", "zh", trap))
    return out
