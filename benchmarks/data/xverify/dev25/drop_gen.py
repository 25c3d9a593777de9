"""DROP-style reading comprehension over fictional passages (answers computed here)."""
from common import record

FIRST = ["Marcus", "Tobias", "Elliot", "Darnell", "Quentin", "Rafael", "Jonah", "Silas", "Victor", "Owen", "Caleb", "Felix"]
LAST = ["Hallworth", "Brannigan", "Okafor", "Delacroix", "Pemberton", "Vasquez", "Lindqvist", "Marlow", "Thackeray", "Osei",
        "Fairbanks", "Kowalczyk"]
TEAMS = ["Harbor City Gulls", "Ridgefield Miners", "Lakeport Herons", "Ashdown Foxes", "Crestview Rams", "Millbrook Owls"]
TOWNS = ["Eldermoor", "Quillhaven", "Brackenfield", "Stonemere", "Westrick", "Larkspur Hollow"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven",
         12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
         19: "nineteen", 20: "twenty", 1: "one"}
ORD = ["first", "second", "third", "fourth"]


def names(rng, k):
    fs, ls = rng.sample(FIRST, k), rng.sample(LAST, k)
    return [f + " " + l for f, l in zip(fs, ls)]


def game(rng):
    home, away = rng.sample(TEAMS, 2)
    players = names(rng, 5)
    kicker = players[4]
    events, sents = [], []
    tds = [(players[i % 4], rng.randint(2, 68)) for i in range(rng.randint(4, 5))]
    fgs = rng.randint(2, 4)
    seq = [("td", p, y) for p, y in tds] + [("fg", kicker, rng.randint(22, 51)) for _ in range(fgs)]
    rng.shuffle(seq)
    team_of = {players[0]: home, players[1]: away, players[2]: home, players[3]: away, kicker: home}
    for i, (kind, p, y) in enumerate(seq):
        q = ORD[min(3, i * 4 // len(seq))]
        if kind == "td":
            sents.append(f"In the {q} quarter, {p} of the {team_of[p].split()[-1]} scored on a {y}-yard touchdown run.")
        else:
            sents.append(f"{p} kicked a {y}-yard field goal in the {q} quarter for the {home.split()[-1]}.")
        events.append((kind, p, y))
    passage = (f"The {home} hosted the {away} on a cold Sunday afternoon. " + " ".join(sents)
               + f" The {home.split()[-1]} held on late to finish the game.")
    return passage, events, team_of, home, players


def town(rng):
    t = rng.choice(TOWNS)
    founded = rng.randint(1702, 1860)
    g1, g2, g3 = rng.randint(6, 19), rng.randint(3, 12), rng.randint(14, 40)
    founder = names(rng, 1)[0]
    passage = (f"{t} was founded in {founded} by the surveyor {founder}. {WORDS[g1].capitalize() if g1 in WORDS else g1} years "
               f"after its founding, a stone bridge was completed over the river. The first school opened {g2} years after "
               f"the bridge, and the railway reached the town {g3} years after the school opened. The population was "
               f"{rng.randint(8, 40) * 100} at the first census.")
    return passage, founded, g1, g2, g3, founder


DROP_FILLER = [
    "First I need to find the sentences in the passage that actually talk about what the question asks.",
    "The passage lists events in order, so I can walk through it sentence by sentence and keep a running tally.",
    "I should be careful not to mix up the two teams or the two kinds of scoring plays.",
    "Questions like this sometimes ask for a difference or a count rather than a value copied from the text, so I will check.",
    "Let me re-read the question to confirm exactly what is being asked before I compute anything.",
    "Numbers in the passage can be written as words or digits; I will normalise them before doing arithmetic.",
    "Okay, let me verify by going through the passage a second time and checking each relevant sentence again.",
    "I will ignore details that are not relevant to the question, like the weather or the population figure.",
    "Now I just need to state the answer clearly at the end.",
]


def wrap_drop(rng, passage, q, reasoning, ans):
    body = [rng.choice(["The question asks: ", "Question: "]) + q]
    avail = list(DROP_FILLER)
    rng.shuffle(avail)
    body += avail[:rng.randint(6, 9)]
    body.insert(rng.randint(3, len(body)), reasoning[0])
    style = rng.choice(["think", "md", "plain"])
    if style == "think":
        return "<think>\n" + "\n\n".join(body) + "\n</think>\n\n**Answer:** " + ans
    if style == "md":
        return ("### Locating the relevant sentences\n\n" + "\n".join("- " + b for b in body)
                + f"\n\n### Answer\n\n{ans}")
    return "Let's read the passage carefully. " + " ".join(body) + f"\n\nSo, the answer is {ans}."


def build(rng, n_passages=16):
    out = []
    for k in range(n_passages):
        if k % 2 == 0:
            passage, ev, team_of, home, players = game(rng)
            tds = [e for e in ev if e[0] == "td"]
            qt = ["span", "count", "diff", "list"][(k // 2) % 4]
            if qt == "span":
                q = "Who scored the first touchdown of the game?"
                ref = tds[0][1]
                good = rng.choice([ref, ref.split()[-1]])
                others = [p for p in players[:4] if p != ref]
                bad, trap = rng.choice(others), "wrong_player"
                if rng.random() < 0.5:
                    bad, trap = bad.split()[0] + " " + ref.split()[-1], "wrong_first_name"
                why = [f"Scanning in order, the first touchdown mentioned belongs to {ref}."]
                bwhy = [f"I think the first touchdown belongs to {bad}."]
            elif qt == "count":
                q = "How many field goals were kicked in the game?"
                n = len(ev) - len(tds)
                ref = str(n)
                good = rng.choice([WORDS[n], f"{n} field goals"])
                bad, trap = str(n + rng.choice([-1, 1])), "count_off_by_one"
                why = [f"Counting the field goal sentences one by one gives {n}."]
                bwhy = [f"Counting the field goal sentences gives {bad}."]
            elif qt == "diff":
                ys = [y for _, _, y in tds]
                q = "How many yards longer was the longest touchdown run than the shortest touchdown run?"
                d = max(ys) - min(ys)
                ref = str(d)
                good = rng.choice([f"{d} yards", WORDS.get(d, str(d)) + " yards" if d in WORDS else f"{d}"])
                bad, trap = str(max(ys)), "gave_operand_not_difference"
                if rng.random() < 0.5:
                    bad, trap = str(d + 1), "difference_off_by_one"
                why = [f"The touchdown runs were {', '.join(map(str, ys))} yards; {max(ys)} - {min(ys)} = {d}."]
                bwhy = [f"The touchdown runs were {', '.join(map(str, ys))} yards, so the answer is {bad}."]
            else:
                hs = []
                for _, p, _ in tds:
                    if team_of[p] == home and p not in hs:
                        hs.append(p)
                for p in (players[0], players[2]):
                    if p not in hs:
                        hs.append(p)
                        passage += f" {p} also added a 1-yard touchdown plunge late in the fourth quarter."
                q = f"Which players scored touchdowns for the {home}?"
                ref = ", ".join(hs)
                rev = list(reversed(hs))
                good = " and ".join(rev) if len(rev) == 2 else ", ".join(rev[:-1]) + " and " + rev[-1]
                if rng.random() < 0.5:
                    bad, trap = ", ".join(hs[:-1]), "list_missing_item"
                else:
                    bad, trap = ", ".join(hs + [players[1]]), "list_extra_item"
                why = [f"The {home.split()[-1]} touchdowns were scored by {good}."]
                bwhy = [f"The {home.split()[-1]} touchdowns were scored by {bad}."]
        else:
            passage, founded, g1, g2, g3, founder = town(rng)
            qt = ["date", "span"][(k // 2) % 2]
            if qt == "date":
                q = "In what year did the railway reach the town?"
                y = founded + g1 + g2 + g3
                ref = str(y)
                good = rng.choice([str(y), f"in {y}", f"the year {y}"])
                bad, trap = str(y - rng.choice([1, g3])), "date_arithmetic_wrong"
                why = [f"Bridge: {founded} + {g1} = {founded + g1}. School: + {g2} = {founded + g1 + g2}. Railway: + {g3} = {y}."]
                bwhy = [f"Adding the gaps from {founded} I get {bad}."]
            else:
                q = "Who founded the town?"
                ref = founder
                good = rng.choice([founder, "the surveyor " + founder, founder.split()[-1]])
                bad, trap = rng.choice(FIRST) + " " + founder.split()[-1], "wrong_first_name"
                if bad == founder:
                    bad = "Harold " + founder.split()[-1]
                why = [f"The first sentence names the founder as {founder}."]
                bwhy = [f"The first sentence names the founder as {bad}."]
        question = f"Passage: {passage}\nQuestion: {q}"
        out.append(record(question, wrap_drop(rng, passage, q, why, good), ref, "Correct", "en", "drop_" + qt,
                          dataset="drop_like"))
        out.append(record(question, wrap_drop(rng, passage, q, bwhy, bad), ref, "Incorrect", "en", trap, dataset="drop_like"))
    return out
