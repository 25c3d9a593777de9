"""Short-answer items: trivia facts with aliases, and DROP-style fictional passages with computed numbers."""
from common import case, name

FACTS = [
    ("What is the capital city of Australia?", "Canberra", ["Canberra, ACT", "the city of Canberra"], ["Sydney", "Melbourne"]),
    ("Which chemical element has the symbol Au?", "Gold", ["gold (Au)", "the element gold"], ["Silver", "Argon"]),
    ("Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", ["Austen", "the English novelist Jane Austen"], ["Charlotte Brontë", "Mary Shelley"]),
    ("In what year did the Berlin Wall fall?", "1989", ["in 1989", "November 1989"], ["1991", "1987"]),
    ("What is the largest planet in the Solar System?", "Jupiter", ["the planet Jupiter", "Jupiter (a gas giant)"], ["Saturn", "Neptune"]),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci", ["da Vinci", "Leonardo"], ["Michelangelo", "Raphael"]),
    ("Which element has atomic number 8?", "Oxygen", ["O (oxygen)", "oxygen"], ["Nitrogen", "Carbon"]),
    ("What is the currency of Japan?", "Yen", ["Japanese yen", "JPY (yen)"], ["Won", "Yuan"]),
    ("Which river flows through Cairo?", "The Nile", ["Nile", "the Nile River"], ["The Euphrates", "The Congo"]),
    ("What is the hardest naturally occurring mineral?", "Diamond", ["diamond", "Diamond (10 on the Mohs scale)"], ["Quartz", "Corundum"]),
]
ZH_FACTS = [
    ("《红楼梦》的作者是谁？", "曹雪芹", ["曹雪芹（清代）", "清代作家曹雪芹"], ["罗贯中", "施耐庵"]),
    ("水在标准大气压下的冰点是多少摄氏度？", "0 ℃", ["0摄氏度", "零摄氏度"], ["100 ℃", "4 ℃"]),
    ("世界上面积最大的大洋是哪一个？", "太平洋", ["太平洋（Pacific Ocean）", "是太平洋"], ["大西洋", "印度洋"]),
    ("秦朝统一六国是在公元前哪一年？", "公元前221年", ["前221年", "公元前 221 年"], ["公元前206年", "公元前230年"]),
]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def drop_item(r):
    t1, t2 = r.sample(["Fernhill Otters", "Calder Rooks", "Mossgate Lynx", "Brackwater Herons", "Dunmere Foxes"], 2)
    kick = name(r, 0)
    g = [r.randint(22, 55) for _ in range(3)]
    td = r.randint(3, 19)
    q = ("Passage: In the season opener, the %s hosted the %s. %s opened the scoring with a %d-yard field goal in the first "
         "quarter. The %s answered with a %d-yard touchdown run. %s later added field goals of %d and %d yards before halftime.\n"
         "Question: How many yards longer was %s's longest field goal than the touchdown run?"
         % (t1, t2, kick, g[0], t2, td, kick, g[1], g[2], kick))
    v = max(g) - td
    steps = ["field goals: %d, %d, %d yards" % tuple(g), "longest = %d" % max(g), "%d - %d = %d" % (max(g), td, v)]
    alts = ["%d yards" % v] + (["%s yards" % NUMW[v]] if v <= 20 else ["%d yds" % v])
    return case(q, steps, str(v), alts, [str(sum(g) - td), str(min(g) - td) if min(g) != max(g) else str(v + 3), str(v + 1)],
                "drop_like", "number", "short_text")


def drop_item2(r):
    town = r.choice(["Yarrowby", "Kestrel Point", "Old Lanmere", "Sallowfield"])
    y0 = r.randint(1840, 1950)
    d = r.randint(12, 60)
    q = ("Passage: %s was founded as a mill settlement in %d. Its first school opened %d years later, and a railway station "
         "followed in %d.\nQuestion: In what year did the first school open?" % (town, y0, d, y0 + d + r.randint(3, 30)))
    steps = ["founded %d" % y0, "%d + %d = %d" % (y0, d, y0 + d)]
    return case(q, steps, str(y0 + d), ["in %d" % (y0 + d), "the year %d" % (y0 + d)], [str(y0 + d - 1), str(y0), str(y0 + d + 10)],
                "drop_like", "date", "short_text")


def make(r, zh, idx):
    if zh:
        q, ref, alts, w = ZH_FACTS[idx % len(ZH_FACTS)]
        steps = ["这是一道常识题", "回忆相关知识：%s" % q.rstrip("？")]
        return case(q, steps, ref, alts, w, "simpleqa_zh_like", "text", "short_text")
    if idx % 3 == 1:
        return drop_item(r)
    if idx % 6 == 2:
        return drop_item2(r)
    q, ref, alts, w = FACTS[idx % len(FACTS)]
    steps = ["this is a factual recall question", "recall what I know about: %s" % q.rstrip("?"),
             "make sure I'm not confusing it with a similar, better-known fact"]
    return case(q, steps, ref, alts, w, "triviaqa_like" if idx % 2 else "simpleqa_like", "text", "short_text")
