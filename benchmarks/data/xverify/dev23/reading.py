"""Fictional game reports (DROP-style): spans, counts, lists and differences computed from generated events."""
from common import paras, bullets, cut, rec, en_words

TEAMS = ["Millbrook Otters", "Ashford Herons", "Dunmore Foxes", "Kelwick Rams", "Harlow Pikes", "Stanmere Owls",
         "Breckon Badgers", "Corrin Falcons"]
FIRST = ["Dara", "Sam", "Teo", "Milo", "Jonas", "Rafe", "Eli", "Cal", "Niko", "Bram", "Owen", "Luca", "Ivo", "Ezra"]
LAST = ["Kell", "Ortiz", "Brandt", "Quill", "Marsh", "Okafor", "Vance", "Lund", "Petrov", "Hale", "Sato", "Reyes",
        "Dunne", "Faber"]
QN = ["first", "second", "third", "fourth"]


def game(rng):
    home, away = rng.sample(TEAMS, 2)
    names = [f + " " + l for f, l in zip(rng.sample(FIRST, 8), rng.sample(LAST, 8))]
    roster = {home: {"k": names[0], "s": names[1:4]}, away: {"k": names[4], "s": names[5:8]}}
    while True:
        ev = []
        for q in range(4):
            for _ in range(rng.randint(1, 2)):
                t = rng.choice([home, away])
                if rng.random() < 0.55:
                    ev.append((q, t, rng.choice(roster[t]["s"]), "td", rng.randint(1, 68)))
                else:
                    ev.append((q, t, roster[t]["k"], "fg", rng.randint(19, 54)))
        tds = [e for e in ev if e[3] == "td"]
        fgs = [e for e in ev if e[3] == "fg"]
        fy = sorted(e[4] for e in fgs)
        ty = sorted(e[4] for e in tds)
        kick_teams = {e[1] for e in fgs}
        pts = {t: sum(7 if e[3] == "td" else 3 for e in ev if e[1] == t) for t in (home, away)}
        if (len(tds) >= 3 and len(fgs) >= 2 and len(set(fy)) == len(fy) and len(set(ty)) == len(ty)
                and len(kick_teams) == 2 and pts[home] != pts[away]):
            break
    sents = []
    for q, t, p, kind, y in ev:
        nick = t.split()[1]
        if kind == "td":
            how = rng.choice([f"ran {y} yards for a touchdown", f"caught a {y}-yard touchdown pass",
                              f"scored on a {y}-yard run"])
            sents.append(f"In the {QN[q]} quarter, {p} of the {nick} {how}.")
        else:
            sents.append(f"In the {QN[q]} quarter, {nick} kicker {p} made a {y}-yard field goal.")
    win = max(pts, key=pts.get)
    lose = home if win == away else away
    passage = (f"The {home} hosted the {away} on a cold Saturday afternoon. " + " ".join(sents) +
               f" Every touchdown was followed by a successful extra point, and the {win} won "
               f"{pts[win]}-{pts[lose]}.")
    return dict(home=home, away=away, ev=ev, tds=tds, fgs=fgs, pts=pts, roster=roster, passage=passage, sents=sents)


def questions(rng, g):
    """Return list of (question, ref, [right forms], wrong form, wrong_tag, focus_lines)."""
    out = []
    tds, fgs, ev = g["tds"], g["fgs"], g["ev"]
    lg = max(fgs, key=lambda e: e[4])
    other_k = [e[2] for e in fgs if e[2] != lg[2]][0]
    out.append(("Which player kicked the longest field goal of the game?", lg[2], [lg[2], lg[2].split()[1]],
                other_k, "other_person", [e for e in fgs]))
    n = len(tds)
    out.append(("How many touchdowns were scored in the game?", str(n),
                [f"{n} touchdowns", en_words(n), f"{en_words(n)} touchdowns in total"],
                f"{n + rng.choice([-1, 1])} touchdowns", "count_off_by_one", tds))
    for t in (g["home"], g["away"]):
        sc = []
        for e in tds:
            if e[1] == t and e[2] not in sc:
                sc.append(e[2])
        if len(sc) >= 2:
            ref = ", ".join(sc)
            rf = [" and ".join(sc) if len(sc) == 2 else ", ".join(sc[:-1]) + " and " + sc[-1]]
            miss = " and ".join(sc[:-1]) if len(sc) > 2 else sc[0]
            out.append((f"Which players scored touchdowns for the {t}?", ref, rf, miss, "list_missing",
                        [e for e in tds if e[1] == t]))
    fy = sorted(e[4] for e in fgs)
    d = fy[-1] - fy[0]
    out.append(("How many yards longer was the longest field goal than the shortest field goal?", str(d),
                [f"{d} yards", str(d), f"{d} yards longer"], f"{fy[-1]} yards", "other_quantity", fgs))
    t = rng.choice([g["home"], g["away"]])
    h1 = sum(7 if e[3] == "td" else 3 for e in ev if e[1] == t and e[0] < 2)
    full = g["pts"][t]
    wrong = f"{full} points" if full != h1 else f"{h1 + 3} points"
    out.append((f"How many points did the {t} score in the first half?", str(h1),
                [f"{h1} points", str(h1), f"{h1} points in the first half"], wrong,
                "other_quantity" if full != h1 else "near_miss", [e for e in ev if e[1] == t]))
    first = tds[0]
    second = next((e for e in tds[1:] if e[2] != first[2]), None)
    if second:
        out.append(("Who scored the first touchdown of the game?", first[2], [first[2], first[2].split()[1]],
                    second[2], "other_person", tds[:3]))
    return out


def line(e):
    q, t, p, kind, y = e
    return f"{QN[q]} quarter — {p} ({t.split()[1]}), {'touchdown' if kind == 'td' else 'field goal'}, {y} yards"


FINALS = {
    "Which": ["So the answer is {a}.", "That means it was {a}.", "Based on the passage, it's {a}."],
    "How": ["So the answer is {a}.", "That comes to {a}.", "Putting it together: {a}."],
    "Who": ["So it was {a}.", "The passage shows it was {a}.", "That would be {a}."],
}


def compose(rng, g, qq, label):
    q, ref, forms, wrong, wtag, focus = qq
    fins = FINALS[q.split()[0]]
    fin = rng.choice(fins)
    head = [rng.choice(["Let me go through the passage carefully.", "Okay, I'll read the passage step by step.",
                        "Let's extract the relevant facts from the passage first."]),
            "Here is every scoring play in the order the passage describes them:\n" + bullets(line(e) for e in g["ev"]),
            f"The final score given at the end is {g['pts'][g['home']]} for the {g['home']} and "
            f"{g['pts'][g['away']]} for the {g['away']}, with every touchdown worth 7 once the extra point is "
            f"included and every field goal worth 3. That matches the plays listed above, which is a good sign that "
            f"I haven't skipped anything.",
            f"The question asks: \"{q}\" So the plays that matter most are these:\n" + bullets(line(e) for e in focus),
            rng.choice(["I'll be careful to answer exactly what's asked, since the passage mentions a lot of other "
                        "numbers and names that are easy to grab by mistake.",
                        "There are several similar-looking numbers and names in the passage, so I'll double-check "
                        "which ones the question is really about."])]
    tail = rng.choice(["", "Let me know if you'd like the breakdown by quarter as well.",
                       f"(For context, the game finished {max(g['pts'].values())}-{min(g['pts'].values())}.)"])
    if label == "Correct":
        mode = rng.choice(["plain", "form", "form", "recap"])
        a = forms[0] if mode == "plain" else rng.choice(forms)
        if mode == "recap":
            tail = f"(Other numbers in the passage, like the final score of {max(g['pts'].values())} points, aren't what's asked here.)"
        return paras(head + [fin.format(a=a), tail]), "correct_" + mode
    mode = rng.choice([wtag, wtag, "two_answers", "truncated"])
    if mode == "two_answers":
        return paras(head + [f"I think it's either {forms[0]} or {wrong}; the passage could be read either way."]), \
            "wrong_two_answers"
    if mode == "truncated":
        return paras(head[:-1] + [cut(head[-1], rng)]), "wrong_truncated"
    return paras(head + [fin.format(a=wrong), tail]), "wrong_" + mode


def make_all(rng, n, label_fn):
    recs = []
    while len(recs) < n:
        g = game(rng)
        qs = questions(rng, g)
        for qq in rng.sample(qs, min(2, len(qs))):
            if len(recs) >= n:
                break
            lab = label_fn()
            out, trap = compose(rng, g, qq, lab)
            recs.append(rec("drop_like", "short_text",
                            g["passage"] + "\n\nQuestion: " + qq[0], out, qq[1], lab, "en", trap))
    return recs
