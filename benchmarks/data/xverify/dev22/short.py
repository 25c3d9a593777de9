"""Short-answer generators: fictional reading passages (computed answers) and well-known facts."""
from common import words, zh

FIRST = ["Darnell Voss", "Eli Marchetti", "Kofi Brandt", "Sam Okafor", "Luis Penhall", "Tate Rourke", "Jonas Vidal",
         "Reggie Aldana"]
TEAMS = [("Harbor City Gulls", "Gulls"), ("Mesa Ridge Coyotes", "Coyotes"), ("Pine Hollow Rams", "Rams"),
         ("Bayport Herons", "Herons")]

FACTS = [
    ("What is the capital of Australia?", "Canberra", ["Canberra", "It is Canberra.", "Canberra (not Sydney)"],
     "Sydney", "Sydney is the largest city, but the capital was purpose-built as a compromise between Sydney and "
               "Melbourne."),
    ("Which chemical element has atomic number 1?", "Hydrogen", ["Hydrogen", "hydrogen (H)", "H, hydrogen"],
     "Helium", "Atomic number counts the protons; the lightest element has exactly one."),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci", ["Leonardo da Vinci", "Leonardo", "Da Vinci"],
     "Michelangelo", "The portrait was painted in the early sixteenth century and hangs in the Louvre."),
    ("What is the largest ocean on Earth?", "the Pacific Ocean", ["The Pacific Ocean", "Pacific", "the Pacific"],
     "the Atlantic Ocean", "It covers roughly a third of the planet's surface."),
    ("What is the freezing point of water at standard atmospheric pressure, in degrees Fahrenheit?", "32 \u00b0F",
     ["32 \u00b0F", "32 degrees Fahrenheit", "32"], "0", "On the Celsius scale the same point is 0 \u00b0C."),
    ("In which year did the Second World War end?", "1945", ["1945", "It ended in 1945."], "1944",
     "Germany surrendered in May and Japan in September of that year."),
    ("Who wrote the play 'Romeo and Juliet'?", "William Shakespeare", ["William Shakespeare", "Shakespeare"],
     "Christopher Marlowe", "It is one of the most famous tragedies of the Elizabethan stage."),
    ("What is the chemical formula of table salt?", "NaCl", ["NaCl", "sodium chloride, NaCl", "NaCl (sodium chloride)"],
     "KCl", "Table salt is an ionic compound of sodium and chlorine in a one-to-one ratio."),
    ("Which planet is known as the Red Planet?", "Mars", ["Mars", "Mars, the fourth planet from the Sun"], "Venus",
     "Its reddish colour comes from iron oxide on the surface."),
]
FACTS_ZH = [
    ("中国最长的河流是哪一条？", "长江", ["长江", "长江（扬子江）"], "黄河", "它全长约六千三百公里，是亚洲第一长河。"),
    ("世界上海拔最高的山峰是哪座？", "珠穆朗玛峰", ["珠穆朗玛峰", "珠峰", "珠穆朗玛峰（珠峰）"], "乔戈里峰",
     "它位于中国与尼泊尔边境的喜马拉雅山脉。"),
    ("二十四节气中，北半球白天最长的是哪一个？", "夏至", ["夏至", "夏至这一天"], "冬至", "这一天太阳直射北回归线。"),
]


def sc(ds, q, steps, ans, ref, ok, trap, zhl=False, **kw):
    c = dict(dataset=ds, kat="short_text", question=q, steps=steps, ans=ans, ref=ref, label="Correct" if ok else
             "Incorrect", trap=trap, lang="zh" if zhl else "en", checks=[])
    c.update(kw)
    return c


def game(rng):
    (t1, s1), (t2, s2) = rng.sample(TEAMS, 2)
    ps = rng.sample(FIRST, 6)
    ev = []
    for qtr in range(1, 5):
        for _ in range(rng.randint(1, 2)):
            team = rng.choice([0, 1])
            kind = rng.choice(["fg", "run", "pass"])
            yd = rng.randint(22, 54) if kind == "fg" else rng.randint(1, 45)
            who = ps[team * 3 + (0 if kind == "fg" else rng.randint(1, 2))]
            ev.append((qtr, team, kind, yd, who))
    ords = ["first", "second", "third", "fourth"]
    sents = []
    for qtr, team, kind, yd, who in ev:
        nm = s1 if team == 0 else s2
        if kind == "fg":
            sents.append("In the %s quarter, %s kicked a %d-yard field goal for the %s." % (ords[qtr - 1], who, yd, nm))
        elif kind == "run":
            sents.append("The %s scored in the %s quarter when %s ran %d yards for a touchdown." % (
                nm, ords[qtr - 1], who, yd))
        else:
            sents.append("In the %s quarter, %s caught a %d-yard touchdown pass for the %s." % (ords[qtr - 1], who, yd, nm))
    passage = "The %s hosted the %s on a windy afternoon. " % (t1, t2) + " ".join(sents) + \
              " Every touchdown was followed by a successful extra point."
    return passage, ev, (s1, s2)


def drop_game(rng, ok):
    passage, ev, (s1, s2) = game(rng)
    kind = rng.choice(["pts", "longest_td", "count_fg"])
    steps = ["Let me list the scoring plays in the passage."]
    for qtr, team, k, yd, who in ev:
        steps.append("Q%d: %s, %s %d yards (%s)." % (qtr, who, {"fg": "field goal", "run": "TD run", "pass": "TD pass"}[k],
                                                      yd, s1 if team == 0 else s2))
    if kind == "pts":
        team = rng.choice([0, 1])
        nm = (s1, s2)[team]
        tds = sum(1 for e in ev if e[1] == team and e[2] != "fg")
        fgs = sum(1 for e in ev if e[1] == team and e[2] == "fg")
        val = 7 * tds + 3 * fgs
        q = "How many points did the %s score in the game?" % nm
        steps.append("The %s had %d touchdowns (7 points each with the extra point) and %d field goals (3 each)." % (
            nm, tds, fgs))
        steps.append("Total: 7 x %d + 3 x %d = %d." % (tds, fgs, val))
        wrong, wtrap = 6 * tds + 3 * fgs, "ignored_extra_points"
        wstep = "A touchdown is worth 6 points, so the total is 6 x %d + 3 x %d = %d." % (tds, fgs, 6 * tds + 3 * fgs)
        forms = [str(val), "%d points" % val, words(val) + " points"]
        if tds == 0:
            return drop_game(rng, ok)
    elif kind == "longest_td":
        tds = [e for e in ev if e[2] != "fg"]
        if len(tds) < 2 or len(set(e[3] for e in tds)) != len(tds):
            return drop_game(rng, ok)
        best = max(tds, key=lambda e: e[3])
        val = best[4]
        q = "Which player scored the longest touchdown of the game?"
        steps.append("Touchdown lengths: %s." % ", ".join("%s %d" % (e[4], e[3]) for e in tds))
        steps.append("The longest is %d yards by %s." % (best[3], best[4]))
        first = tds[0]
        if first[4] == val:
            cand = [e for e in tds if e[4] != val]
            if not cand:
                return drop_game(rng, ok)
            first = cand[0]
        wrong, wtrap = first[4], "picked_other_player"
        wstep = "The key touchdown was the %d-yard play by %s." % (first[3], first[4])
        forms = [val, val.split()[1], "%s (%d yards)" % (val, best[3])]
    else:
        fgs = [e for e in ev if e[2] == "fg"]
        val = len(fgs)
        q = "How many field goals were kicked in the game?"
        steps.append("Field goals: %s, so %d in total." % (", ".join("%d yards" % e[3] for e in fgs) or "none", val))
        nm = s1
        wrong = sum(1 for e in fgs if e[1] == 0)
        wtrap = "counted_one_team_only"
        wstep = "The %s kicked %d field goals." % (nm, wrong)
        if wrong == val:
            return drop_game(rng, ok)
        forms = [str(val), words(val), "%d field goals" % val]
    question = "Passage: %s\nQuestion: %s" % (passage, q)
    ref = str(val)
    if ok:
        return sc("drop_like", question, steps, rng.choice(forms), ref, True, "reading_" + kind)
    cut = -2 if kind == "pts" else -1
    return sc("drop_like", question, steps[:cut] + [wstep], str(wrong), ref, False, wtrap)


def drop_town(rng, ok):
    town = rng.choice(["Norrby", "Valemont", "Ashgrove", "Kettering Falls", "Brisca"])
    y = sorted(rng.sample(range(1960, 2021, 10), 3))
    p = [rng.randint(3000, 40000)]
    p.append(p[0] + rng.randint(500, 9000))
    p.append(p[1] + rng.randint(-3000, 6000))
    passage = ("%s is a small river town. According to the census, %s had %s residents in %d. By %d its population "
               "had grown to %s, and in %d the census counted %s people." % (
                   town, town, "{:,}".format(p[0]), y[0], y[1], "{:,}".format(p[1]), y[2], "{:,}".format(p[2])))
    i, j = rng.choice([(0, 1), (0, 2), (1, 2)])
    d = p[j] - p[i]
    if d <= 0:
        return drop_town(rng, ok)
    q = "Passage: %s\nQuestion: How many more residents did %s have in %d than in %d?" % (passage, town, y[j], y[i])
    steps = ["Population in %d: %s." % (y[i], "{:,}".format(p[i])), "Population in %d: %s." % (y[j], "{:,}".format(p[j])),
             "Difference: %d - %d = %d." % (p[j], p[i], d)]
    ref = str(d)
    if ok:
        return sc("drop_like", q, steps, rng.choice(["{:,}".format(d), str(d), "%s residents" % "{:,}".format(d)]), ref,
                  True, "number_with_commas")
    k = 3 - i - j
    wd = abs(p[j] - p[k])
    if wd == d or wd == 0:
        return drop_town(rng, ok)
    steps[0] = "Population in %d: %s." % (y[i], "{:,}".format(p[k]))
    steps[2] = "Difference: %s." % "{:,}".format(wd)
    return sc("drop_like", q, steps, "{:,}".format(wd), ref, False, "used_wrong_year")


def fact(rng, ok):
    q, ref, forms, wrong, note = rng.choice(FACTS)
    steps = ["The question asks: %s" % q, "Let me recall what I know about this.", note,
             "So the answer should be %s." % ref]
    if ok:
        c = sc("triviaqa_like", q, steps, rng.choice(forms), ref, True, "short_answer_form")
        if rng.random() < 0.4:
            c["after"] = "Note: %s" % note
        return c
    if rng.random() < 0.6:
        return sc("triviaqa_like", q, steps[:3] + ["So the answer is %s." % wrong], wrong, ref, False,
                  "plausible_wrong_fact")
    return sc("triviaqa_like", q, steps[:3], ref, ref, False, "hedge_two_answers",
              final="I believe it's either %s or %s, but I can't say for certain which." % (wrong, ref))


def fact_zh(rng, ok):
    q, ref, forms, wrong, note = rng.choice(FACTS_ZH)
    steps = ["题目问：%s" % q, "我回忆一下相关知识。", note, "所以答案是%s。" % ref]
    if ok:
        return sc("cmrc_like", q, steps, rng.choice(forms), ref, True, "short_answer_zh", True)
    return sc("cmrc_like", q, steps[:3] + ["所以答案应该是%s。" % wrong], wrong, ref, False, "plausible_wrong_fact_zh", True)


def village_zh(rng, ok):
    a, b = rng.randint(800, 5000), rng.randint(100, 900)
    q = ("材料：青石村2015年有村民%d人。之后几年，不少年轻人返乡创业，到2020年全村人口比2015年增加了%d人。\n"
         "问题：2020年青石村有多少人？" % (a, b))
    steps = ["2015年人口为%d人。" % a, "2020年比2015年增加了%d人。" % b, "所以2020年人口为 %d + %d = %d 人。" % (a, b, a + b)]
    if ok:
        return sc("cmrc_like", q, steps, rng.choice(["%d人" % (a + b), "%s人" % zh(a + b), str(a + b)]), str(a + b), True,
                  "chinese_numeral_count", True)
    return sc("cmrc_like", q, steps[:2] + ["所以增加的人数是%d人。" % b], "%d人" % b, str(a + b), False,
              "answered_increase_not_total", True)


GENS = [(drop_game, 14), (drop_town, 8), (fact, 14), (fact_zh, 6), (village_zh, 5)]
