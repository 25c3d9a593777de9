"""short_text problems: DROP-style synthetic passages (football games, census
tables) with computed answers, and a bank of factual questions with aliases."""
from fractions import Fraction as F
from gen_common import pick, dec, words_en
from gen_background import background

TEAMS = [("Detroit Lions", "Lions", "Detroit"), ("Chicago Bears", "Bears", "Chicago"), ("Green Bay Packers", "Packers", "Green Bay"),
         ("Seattle Seahawks", "Seahawks", "Seattle"), ("Denver Broncos", "Broncos", "Denver"), ("Houston Texans", "Texans", "Houston")]
FIRST = ["Jason", "Marcus", "Derek", "Tyrell", "Ryan", "Andre", "Colin", "Brett", "Luis", "Malik", "Owen", "Shane", "Victor", "Dwayne"]
LAST = ["Hanson", "Whitfield", "Okafor", "Brandt", "Castillo", "Pryor", "Lindqvist", "Mercer", "Tate", "Holloway", "Nakamura", "Ferreira", "Abbott", "Quinn"]
QNUM = ["first", "second", "third", "fourth"]


def football(rng):
    t1, t2 = rng.sample(TEAMS, 2)
    names = rng.sample([f + " " + l for f in FIRST for l in LAST], 8)
    K1, K2, Q1, Q2, R1, R2, B1, B2 = names
    ev = []
    fg1 = sorted(rng.sample(range(21, 56), rng.randint(2, 3)))
    rng.shuffle(fg1)
    for y in fg1:
        ev.append([rng.randint(0, 3), 0, "fg", K1, y])
    if rng.random() < 0.6:
        ev.append([rng.randint(0, 3), 1, "fg", K2, rng.randint(21, 55)])
    for side, (Q, R, B) in ((0, (Q1, R1, B1)), (1, (Q2, R2, B2))):
        for _ in range(rng.randint(1, 2)):
            if rng.random() < 0.6:
                ev.append([rng.randint(0, 3), side, "pass", (Q, R), rng.randint(3, 70)])
            else:
                ev.append([rng.randint(0, 3), side, "run", B, rng.randint(1, 40)])
    ev.sort(key=lambda e: e[0])
    T = (t1, t2)
    sents = [f"Hoping to build on their previous win, the {t1[1]} played a home game against the {t2[1]}."]
    last_q = -1
    for qn, side, kind, who, y in ev:
        lead = f"In the {QNUM[qn]} quarter, " if qn != last_q else pick(rng, ["Later, ", "Then ", "After that, "])
        last_q = qn
        tm = T[side][1]
        if kind == "fg":
            sents.append(lead + f"{tm} kicker {who} made a {y}-yard field goal.")
        elif kind == "pass":
            sents.append(lead + f"{tm} QB {who[0]} completed a {y}-yard TD pass to WR {who[1]}.")
        else:
            sents.append(lead + f"{tm} RB {who} got a {y}-yard TD run.")
    pts = [[0, 0], [0, 0]]
    for qn, side, kind, who, y in ev:
        pts[side][0 if qn < 2 else 1] += 3 if kind == "fg" else 7
    passage = " ".join(sents)
    qtype = pick(rng, ["fgdiff", "firsttd", "fgcount", "half"])
    if qtype == "half" and pts[0][0] == pts[1][0]:
        qtype = "fgdiff"
    if qtype == "fgdiff":
        ys = sorted(fg1)
        ans = ys[-1] - ys[0]
        q = f"How many yards longer was {K1}'s longest field goal than his shortest?"
        steps = [f"{K1}'s field goals in the passage: " + ", ".join(f"{y} yards" for y in fg1) + ".",
                 f"Longest: {ys[-1]} yards; shortest: {ys[0]} yards.", f"Difference: {ys[-1]} − {ys[0]} = {ans} yards."]
        forms = [str(ans), f"{ans} yards", words_en(ans), f"{ans} yd", f"{ans} yards longer"]
        wrong = [{"steps": steps[:1] + [f"Adding them up: {' + '.join(map(str, fg1))} = {sum(fg1)}."], "forms": [str(sum(fg1)), f"{sum(fg1)} yards"]}]
        if len(ys) == 3:
            wrong.append({"steps": steps[:1] + [f"Longest minus the next one: {ys[2]} − {ys[1]} = {ys[2] - ys[1]}."], "forms": [f"{ys[2] - ys[1]} yards", str(ys[2] - ys[1])]})
        else:
            wrong.append({"steps": steps[:1] + [f"The longest one was {ys[-1]} yards."], "forms": [f"{ys[-1]} yards"]})
        refs = [str(ans), f"{ans}"]
        sentence = "the difference is {}"
    elif qtype == "firsttd":
        td = [e for e in ev if e[2] != "fg"][0]
        scorer = td[3][1] if td[2] == "pass" else td[3]
        pool = [n for e in ev if e[2] != "fg" for n in (e[3] if isinstance(e[3], tuple) else (e[3],))]
        other = next(n for n in ([td[3][0]] if td[2] == "pass" else []) + pool + [Q1, Q2] if n != scorer)
        q = "Who scored the first touchdown of the game?"
        first_td_sent = [x for x in sents if "TD" in x][0]
        steps = [f"Scanning the scoring plays in order, the first touchdown is: \"{first_td_sent.strip()}\"",
                 (f"On a passing touchdown the receiver scores, so the scorer is {scorer}, not the quarterback." if td[2] == "pass"
                  else f"The rusher, {scorer}, scored it.")]
        last = scorer.split()[-1]
        forms = [scorer, last, f"{T[td[1]][1]} {'WR' if td[2] == 'pass' else 'RB'} {scorer}", f"{scorer} ({T[td[1]][0]})"]
        wrong = [{"steps": [f"The first touchdown came from {other}.", f"So {other} scored it."], "forms": [other, other.split()[-1]]}]
        refs = [scorer, f"{scorer}", last + " (" + scorer + ")"]
        sentence = "the first touchdown was scored by {}"
    elif qtype == "fgcount":
        n = sum(1 for e in ev if e[2] == "fg")
        q = "How many field goals were made in the game?"
        fgs = [f"{e[4]}-yard ({e[3]})" for e in ev if e[2] == "fg"]
        steps = ["Field goals mentioned: " + "; ".join(fgs) + ".", f"That is {n} field goals."]
        forms = [str(n), words_en(n), f"{n} field goals", f"{words_en(n).capitalize()}."]
        wrong = [{"steps": [f"{K1} made {len(fg1)} field goals."], "forms": [str(len(fg1)), words_en(len(fg1))]} if len(fg1) != n else
                 {"steps": ["Counting the kicks: " + "; ".join(fgs[:-1]) + "."], "forms": [str(n - 1)]},
                 {"steps": steps[:1] + [f"Plus the extra points, {n + 2} kicks in all."], "forms": [str(n + 2)]}]
        refs = [str(n), words_en(n)]
        sentence = "there were {} made"
    else:
        a, b = pts[0][0], pts[1][0]
        win = 0 if a > b else 1
        q = "Which team scored more points in the first half?"
        steps = [f"First-half scoring (1st and 2nd quarters): {t1[1]} {a} points, {t2[1]} {b} points (TD = 7 with the extra point, FG = 3).",
                 f"So the {T[win][1]} scored more."]
        forms = [f"the {T[win][1]}", T[win][0], T[win][2], f"The {T[win][0]}"]
        wrong = [{"steps": [f"Over the whole game the {T[1 - win][1]} were ahead at the end, so they scored more."], "forms": [f"the {T[1 - win][1]}", T[1 - win][0]]}]
        refs = [T[win][1], T[win][0], f"the {T[win][1]}"]
        sentence = "the team with more first-half points was {}"
    question = f"Passage: {passage}\nQuestion: {q}"
    return dict(lang="en", dataset="drop_like", question=question, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=wrong, verify=[], notes=[], explore=["The passage lists the scoring plays in chronological order, so I can just read through it carefully."],
                restate="", stem=q, skind="read")


def census(rng):
    county = pick(rng, ["Marlow County", "Ashby County", "Trent Valley", "the city of Norwood", "Harlan Township"])
    while True:
        parts = [rng.randint(150, 300), rng.randint(60, 130), rng.randint(220, 320), rng.randint(180, 280)]
        rest = 1000 - sum(parts)
        if 80 <= rest <= 220:
            parts.append(rest)
            break
    labels = ["under the age of 18", "from 18 to 24", "from 25 to 44", "from 45 to 64", "65 years of age or older"]
    pct = [F(x, 10) for x in parts]
    passage = (f"In {county}, the population was spread out, with " + ", ".join(f"{dec(p)}% {l}" for p, l in zip(pct[:-1], labels[:-1])) +
               f", and {dec(pct[-1])}% who were {labels[-1]}. The median age was {rng.randint(33, 44)} years.")
    if rng.random() < 0.5:
        i = rng.randrange(5)
        ans = 100 - pct[i]
        q = f"How many percent of the population were not {labels[i]}?"
        steps = [f"{dec(pct[i])}% were {labels[i]}.", f"So 100 − {dec(pct[i])} = {dec(ans)}% were not."]
        j = (i + 1) % 5
        wrong = [{"steps": [f"The passage says {dec(pct[i])}% were {labels[i]}."], "forms": [dec(pct[i]), f"{dec(pct[i])}%"]},
                 {"steps": [f"100 − {dec(pct[j])} = {dec(100 - pct[j])}."], "forms": [dec(100 - pct[j])]}]
    else:
        i, j = rng.sample(range(5), 2)
        if pct[i] < pct[j]:
            i, j = j, i
        ans = pct[i] - pct[j]
        q = f"How many more percent of the population were {labels[i]} than {labels[j]}?"
        steps = [f"{labels[i]}: {dec(pct[i])}%; {labels[j]}: {dec(pct[j])}%.", f"Difference: {dec(pct[i])} − {dec(pct[j])} = {dec(ans)}."]
        wrong = [{"steps": [f"{dec(pct[i])} + {dec(pct[j])} = {dec(pct[i] + pct[j])}."], "forms": [dec(pct[i] + pct[j])]},
                 {"steps": [f"{labels[i]} accounts for {dec(pct[i])}%."], "forms": [dec(pct[i]), f"{dec(pct[i])}%"]}]
    forms = [dec(ans), f"{dec(ans)}%", f"{dec(ans)} percent", f"{dec(ans)} percentage points", f"{dec(ans)} %"]
    refs = [dec(ans), f"{dec(ans)}"]
    return dict(lang="en", dataset="drop_like", question=f"Passage: {passage}\nQuestion: {q}", refs=refs, steps=steps, forms=forms,
                sentence="the answer is {}", wrong=wrong, verify=[f"The five age groups add up to {' + '.join(dec(p) for p in pct)} = 100%, so the numbers are consistent."],
                notes=[], explore=["This is a percentage-arithmetic question over a census passage; the numbers are given to one decimal place, so I'll keep one decimal."],
                restate="", stem=q, skind="read")


# (question, refs, correct forms, reasoning, [(wrong forms, wrong reasoning)], lang, dataset)
FACTS = [
    ("Who painted the Mona Lisa?", ["Leonardo da Vinci"], ["Leonardo da Vinci", "Leonardo", "da Vinci", "Leonardo di ser Piero da Vinci"],
     ["The Mona Lisa (La Gioconda) was painted in the early 16th century by the Italian Renaissance artist Leonardo da Vinci; it hangs in the Louvre."],
     [(["Michelangelo", "Michelangelo Buonarroti"], ["The most famous Renaissance master, who also painted the Sistine Chapel ceiling, painted it."])], "en", "triviaqa_like"),
    ("What is the capital city of Australia?", ["Canberra"], ["Canberra", "Canberra, ACT", "the city of Canberra"],
     ["Although Sydney and Melbourne are larger, the capital is Canberra, a purpose-built city in the Australian Capital Territory."],
     [(["Sydney"], ["The biggest and best-known city in Australia is Sydney, so that is the capital."])], "en", "triviaqa_like"),
    ("In what year did the Berlin Wall fall?", ["1989"], ["1989", "in 1989", "November 1989", "9 November 1989", "Nov. 9, 1989"],
     ["The border crossings in the Berlin Wall were opened on the night of 9 November 1989; German reunification followed in October 1990."],
     [(["1990"], ["Germany reunified in 1990, which is when the Wall came down."]), (["1991"], ["The Soviet Union collapsed in 1991 and the Wall went with it."])], "en", "triviaqa_like"),
    ("Who was the first person to walk on the Moon?", ["Neil Armstrong"], ["Neil Armstrong", "Armstrong", "Neil Alden Armstrong", "astronaut Neil Armstrong"],
     ["During Apollo 11 in July 1969, commander Neil Armstrong stepped onto the lunar surface first; Buzz Aldrin followed about 19 minutes later."],
     [(["Buzz Aldrin", "Edwin Aldrin"], ["Buzz Aldrin was the lunar module pilot and the first to step out onto the surface."])], "en", "nq_like"),
    ("What is the chemical symbol for gold?", ["Au"], ["Au", "'Au' (from the Latin aurum)", "AU"],
     ["Gold's symbol comes from its Latin name, aurum: Au."], [(["Ag"], ["Precious metals like gold and silver share the symbol Ag."]), (["Go"], ["The symbol is just the first two letters: Go."])], "en", "nq_like"),
    ("Who wrote the novel 'One Hundred Years of Solitude'?", ["Gabriel García Márquez"], ["Gabriel García Márquez", "Gabriel Garcia Marquez", "García Márquez", "G. García Márquez"],
     ["'Cien años de soledad' (1967) is by the Colombian author Gabriel García Márquez, Nobel laureate in 1982."],
     [(["Mario Vargas Llosa"], ["It is a classic of the Latin American Boom, whose best-known figure is Mario Vargas Llosa."]), (["Jorge Luis Borges"], ["It's by the Argentine master Jorge Luis Borges."])], "en", "triviaqa_like"),
    ("What is the boiling point of pure water at sea level, in degrees Fahrenheit?", ["212 °F", "212"], ["212 °F", "212 degrees Fahrenheit", "212°F", "212 F", "212"],
     ["At standard atmospheric pressure water boils at 100 °C, and 100 × 9/5 + 32 = 212, so 212 °F."],
     [(["100 °C", "100 degrees Celsius"], ["Water boils at 100 degrees at sea level."]), (["180 °F"], ["100 °C is 100 × 9/5 = 180 °F."])], "en", "nq_like"),
    ("On what date was the United States Declaration of Independence adopted by the Continental Congress?", ["July 4, 1776"],
     ["July 4, 1776", "4 July 1776", "1776-07-04", "July 4th, 1776", "the Fourth of July, 1776"],
     ["Congress voted for independence on July 2, 1776 (the Lee Resolution), but the text of the Declaration was formally adopted two days later, on July 4, 1776."],
     [(["July 2, 1776"], ["Congress voted for independence on July 2, 1776, so that is the date."]), (["1776"], ["It was adopted in 1776."]), (["August 2, 1776"], ["Most delegates signed the engrossed copy on August 2, 1776, which is the adoption date."])], "en", "triviaqa_like"),
    ("What is the longest river in South America?", ["Amazon River", "Amazon"], ["the Amazon", "Amazon River", "Amazon", "the Amazon (Rio Amazonas)"],
     ["The Amazon, flowing from the Andes to the Atlantic in Brazil, is by far the longest river in South America."],
     [(["the Paraná River", "Paraná"], ["The Paraná is the long river through Argentina and is the longest."])], "en", "nq_like"),
    ("What is the official currency of Japan?", ["yen", "Japanese yen"], ["the yen", "Japanese yen", "JPY (yen)", "yen (¥)", "円 (yen)"],
     ["Japan's currency is the yen (¥, ISO code JPY), issued by the Bank of Japan."],
     [(["yuan", "the yuan"], ["East Asian currencies are called yuan, so Japan uses the yuan."])], "en", "nq_like"),
    ("Which city hosted the 2016 Summer Olympic Games?", ["Rio de Janeiro"], ["Rio de Janeiro", "Rio", "Rio de Janeiro, Brazil"],
     ["The 2016 Summer Olympics (Games of the XXXI Olympiad) were held in Rio de Janeiro, Brazil — the first in South America."],
     [(["London"], ["The 2016 Games were in London."]), (["Tokyo"], ["The Summer Games that year were in Tokyo."])], "en", "triviaqa_like"),
    ("Who is the author of the Harry Potter book series?", ["J. K. Rowling"], ["J. K. Rowling", "J.K. Rowling", "Joanne Rowling", "Rowling", "JK Rowling"],
     ["The seven Harry Potter novels (1997–2007) were written by British author J. K. Rowling."],
     [(["J. R. R. Tolkien", "Tolkien"], ["The most famous British fantasy author is J. R. R. Tolkien."])], "en", "nq_like"),
    ("How many bones are there in a typical adult human skeleton?", ["206"], ["206", "206 bones", "two hundred and six", "two hundred six"],
     ["A newborn has about 270 bones, but many fuse during growth; the standard count for an adult is 206."],
     [(["about 200"], ["Roughly 200 bones."]), (["270"], ["Humans have around 270 bones."]), (["208"], ["The adult skeleton has 208 bones."])], "en", "nq_like"),
    ("《狂人日记》的作者是谁？", ["鲁迅"], ["鲁迅", "周树人（鲁迅）", "鲁迅先生", "鲁迅（周树人）"],
     ["《狂人日记》发表于1918年《新青年》，是中国现代文学史上第一篇白话短篇小说，作者是鲁迅（本名周树人）。"],
     [(["郭沫若"], ["新文化运动时期的代表作家郭沫若写了这篇小说。"]), (["周作人"], ["作者是周作人。"])], "zh", "cmrc_like"),
    ("中华人民共和国是在哪一天宣告成立的？", ["1949年10月1日"], ["1949年10月1日", "一九四九年十月一日", "1949-10-01", "1949年10月1号"],
     ["1949年10月1日，开国大典在北京天安门广场举行，毛泽东宣告中华人民共和国中央人民政府成立。"],
     [(["1949年9月21日"], ["中国人民政治协商会议第一届全体会议于1949年9月21日召开，这一天宣告成立。"]), (["1949年"], ["1949年成立。"])], "zh", "cmrc_like"),
    ("世界上海拔最高的山峰是哪一座？", ["珠穆朗玛峰"], ["珠穆朗玛峰", "珠峰", "珠穆朗玛峰（Mount Everest）", "Mount Everest"],
     ["珠穆朗玛峰位于中国与尼泊尔边境，海拔约8848.86米，是世界最高峰。"], [(["乔戈里峰", "K2"], ["乔戈里峰（K2）是世界最高峰。"])], "zh", "cmrc_like"),
    ("《西游记》的作者一般认为是谁？", ["吴承恩"], ["吴承恩", "明代吴承恩", "吴承恩（明）"],
     ["一般认为《西游记》的作者是明代小说家吴承恩。"], [(["施耐庵"], ["四大名著中的《西游记》是施耐庵写的。"])], "zh", "cmrc_like"),
    ("孔子生活在中国历史上的哪个时期？", ["春秋时期"], ["春秋时期", "春秋末期", "东周的春秋时代", "春秋"],
     ["孔子（前551年—前479年）生活在春秋末期，属于东周。"], [(["战国时期"], ["孔子是战国时期的思想家。"]), (["西周"], ["孔子生活在西周。"])], "zh", "cmrc_like"),
]


def fact(rng, lang):
    bank = [f for f in FACTS if f[5] == lang]
    q, refs, forms, steps, wrongs, _, ds = pick(rng, bank)
    wrong = [{"steps": ws, "forms": wf} for wf, ws in wrongs]
    if lang == "en":
        refs = list(refs) + ["; ".join(forms[:3])]
        sentence = "the answer is {}"
        explore = [pick(rng, ["This is a factual recall question, so the main thing is to be precise about the exact entity being asked for.",
                              "Let me make sure I identify exactly what is being asked — a person, a place, a date or a quantity — and in what form.",
                              "Factual questions like this often have a well-known 'near miss' answer, so I want to be careful not to confuse related facts."])]
        notes = ["I'm fairly confident in this; it's a well-documented fact, and the near-miss alternatives can be ruled out."]
    else:
        refs = list(refs) + ["、".join(forms[:2])]
        sentence = "答案是{}"
        explore = ["这是一道知识问答题，要注意题目问的具体对象。"]
        notes = ["这是有据可查的常识，容易混淆的选项可以排除。"]
    bg = background(q)
    if bg:
        (explore if bg[1] else notes).insert(0, bg[0])
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=list(steps), forms=forms, sentence=sentence,
                wrong=wrong, verify=[], notes=notes, explore=explore, restate="", skind="know")


def short_text(rng, lang):
    if lang == "zh":
        return fact(rng, "zh")
    r = rng.random()
    return football(rng) if r < 0.35 else census(rng) if r < 0.55 else fact(rng, "en")
