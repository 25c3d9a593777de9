"""Short-answer generators: well-known facts (SimpleQA/TriviaQA style) and fictional DROP-style passages."""
from common import T

FACTS_EN = [
    ("Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", ["Austen, Jane", "Jane Austen (1775–1817)"], ["Charlotte Brontë", "Mary Shelley"]),
    ("What is the capital city of Australia?", "Canberra", ["Canberra, ACT", "the city of Canberra"], ["Sydney", "Melbourne"]),
    ("In which year did the Apollo 11 crew first land on the Moon?", "1969", ["July 1969", "20 July 1969"], ["1968", "1971"]),
    ("Which chemical element has the symbol 'K'?", "Potassium", ["potassium (K)", "the element potassium"], ["Krypton", "Calcium"]),
    ("Who painted the ceiling of the Sistine Chapel?", "Michelangelo", ["Michelangelo Buonarroti", "Michelangelo di Lodovico Buonarroti Simoni"], ["Raphael", "Leonardo da Vinci"]),
    ("What is the longest river in South America?", "Amazon River", ["the Amazon", "Amazon"], ["Paraná River", "Orinoco"]),
    ("Which scientist proposed the three laws of motion published in the Principia?", "Isaac Newton", ["Sir Isaac Newton", "Newton"], ["Galileo Galilei", "Johannes Kepler"]),
    ("How many sides does a regular dodecagon have?", "12", ["twelve", "12 sides"], ["10", "20"]),
    ("Which country hosted the 2016 Summer Olympics?", "Brazil", ["Brazil (Rio de Janeiro)", "Brasil"], ["Argentina", "China"]),
    ("What is the largest ocean on Earth?", "Pacific Ocean", ["the Pacific", "Pacific"], ["Atlantic Ocean", "Indian Ocean"]),
    ("In which city is the Eiffel Tower located?", "Paris", ["Paris, France", "the city of Paris"], ["Lyon", "Marseille"]),
    ("Who developed the theory of general relativity?", "Albert Einstein", ["Einstein", "A. Einstein"], ["Niels Bohr", "Max Planck"]),
    ("What is the boiling point of water at sea level in degrees Celsius?", "100", ["100 °C", "one hundred degrees Celsius"], ["212", "90"]),
]
FACTS_ZH = [
    ("《西游记》的作者是谁？", "吴承恩", ["明代小说家吴承恩", "吴承恩（明代）"], ["罗贯中", "施耐庵"]),
    ("中国的首都是哪座城市？", "北京", ["北京市", "北京（Beijing）"], ["上海", "南京"]),
    ("水的化学式是什么？", "H₂O", ["H2O", "$\\mathrm{H_2O}$"], ["H₂O₂", "HO"]),
    ("一年有多少个月？", "12", ["十二个月", "12个月"], ["10", "13"]),
    ("中国古代“诗圣”通常指哪位诗人？", "杜甫", ["唐代诗人杜甫", "杜甫（杜子美）"], ["李白", "白居易"]),
]

TEAMS = ["Kestrel Bay Otters", "Marlow Ridge Hawks", "Dunmere Foxes", "Port Alder Rams", "Vesk Valley Bears", "Ironholt Pikes"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def fact(rng, L, used):
    bank = FACTS_ZH if L == "zh" else FACTS_EN
    cand = [f for f in bank if f[0] not in used]
    if not cand:
        return None
    q, ref, alts, wrong = rng.choice(cand)
    used.add(q)
    steps = [T(L, "This is a factual recall question.", "这是一道事实性问题。"),
             T(L, "Let me recall what I know and cross-check it against related facts.", "回忆相关知识并交叉验证。"),
             T(L, "A common confusion here is with %s, but that is not right." % wrong[0], "容易和“%s”混淆，但那是不对的。" % wrong[0])]
    return dict(q=q, good=[ref] + alts, bad=wrong, steps=steps, ds=T(L, rng.choice(["simpleqa_like", "triviaqa_like"]), "simpleqa_like"))


def drop(rng, L, used):
    a, b = rng.sample(TEAMS, 2)
    kind = rng.choice(["diff", "count", "longest"])
    fgs = [rng.randint(18, 55) for _ in range(rng.randint(2, 5))]
    tds = [rng.randint(1, 70) for _ in range(rng.randint(1, 4))]
    pa = 3 * len(fgs) + 7 * len(tds)
    pb = pa - rng.randint(1, 17)
    fg_txt = ", ".join("%d" % y for y in fgs)
    passage = ("In a fictional league game, the %s beat the %s %d-%d. The %s kicker made field goals of %s yards, "
               "and the team scored %d touchdowns, all converted. The %s led briefly in the third quarter before fading." %
               (a, b, pa, pb, a, fg_txt, len(tds), b))
    if kind == "diff":
        v = pa - pb
        q = "Passage: %s\nQuestion: How many points did the %s win by?" % (passage, a)
        steps = ["Final score %d to %d." % (pa, pb), "Margin is %d - %d." % (pa, pb)]
        bad = [str(v + 3), str(pa)]
    elif kind == "count":
        v = len(fgs)
        q = "Passage: %s\nQuestion: How many field goals did the %s kicker make?" % (passage, a)
        steps = ["The listed field goal distances are: %s." % fg_txt, "Counting the list items one at a time."]
        bad = [str(v + 1), str(len(tds))] if v + 1 != len(tds) else [str(v + 1), str(v - 1)]
    else:
        v = max(fgs)
        q = "Passage: %s\nQuestion: How many yards was the longest field goal?" % passage
        steps = ["Field goals: %s yards." % fg_txt, "Compare them to find the maximum."]
        bad = [str(min(fgs)), str(sum(fgs))] if min(fgs) != v else [str(v + 5), str(sum(fgs))]
    if q in used or str(v) in bad:
        return None
    used.add(q)
    good = [str(v), "%d %s" % (v, {"diff": "points", "count": "field goals", "longest": "yards"}[kind])]
    if v <= 20:
        good.append(NUMW[v])
    return dict(q=q, good=good, bad=bad, steps=steps, ds="drop_like")


CITIES_ZH = ["青溪镇", "云岭村", "白石县"]


def drop_zh(rng, L, used):
    town = rng.choice(CITIES_ZH)
    y0 = rng.randint(1950, 1990)
    gap = rng.randint(5, 30)
    n1, n2 = rng.randint(800, 3000), rng.randint(800, 3000)
    passage = "（虚构材料）%s建于 %d 年。建镇 %d 年后，镇上修建了第一所中学。当年全镇人口为 %d 人，十年后增至 %d 人。" % (town, y0, gap, n1, n1 + n2)
    if rng.random() < 0.5:
        v = y0 + gap
        q = "阅读材料：%s\n问题：第一所中学建于哪一年？" % passage
        good, bad = [str(v), "%d年" % v], [str(y0), str(v + 10)]
        steps = ["建镇年份 %d，加上 %d 年。" % (y0, gap)]
    else:
        v = n2
        q = "阅读材料：%s\n问题：这十年间人口增加了多少人？" % passage
        good, bad = [str(v), "%d人" % v], [str(n1 + n2), str(n1)]
        steps = ["十年后人口 %d，减去原来的 %d。" % (n1 + n2, n1)]
    if q in used:
        return None
    used.add(q)
    return dict(q=q, good=good, bad=bad, steps=steps, ds="drop_like")


def short_item(rng, L, used):
    fns = [fact, fact, drop] if L == "en" else [fact, drop_zh]
    d = rng.choice(fns)(rng, L, used)
    if d:
        d["kat"] = "short_text"
        d["concl"] = lambda v: T(L, "So the answer should be %s." % v, "所以答案应该是 %s。" % v)
    return d
