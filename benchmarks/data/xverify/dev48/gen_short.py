"""Short-answer items: well-known facts (SimpleQA/TriviaQA style) and fictional-passage arithmetic (DROP style)."""
from gen_math import NAMES

# question, ref, equivalent forms, wrong, reasoning sentence
FACTS_EN = [
    ("Who painted the Mona Lisa?", "Leonardo da Vinci", ["Leonardo", "da Vinci"], "Michelangelo", "the portrait was painted by Leonardo in the early 1500s and hangs in the Louvre."),
    ("What is the capital of Canada?", "Ottawa", ["Ottawa, Ontario"], "Toronto", "Toronto is the largest city, but the capital is Ottawa."),
    ("In what year did the first crewed Moon landing take place?", "1969", ["July 1969", "in 1969"], "1968", "Apollo 11 landed on 20 July 1969."),
    ("Which planet is known as the Red Planet?", "Mars", ["the planet Mars"], "Jupiter", "iron oxide dust gives Mars its reddish colour."),
    ("Who proposed the theory of general relativity?", "Albert Einstein", ["Einstein"], "Isaac Newton", "Einstein published general relativity in 1915."),
    ("What is the largest ocean on Earth?", "Pacific Ocean", ["the Pacific"], "Atlantic Ocean", "the Pacific covers roughly a third of Earth's surface."),
    ("How many sides does a hexagon have?", "6", ["six", "6 sides"], "8", "'hex' means six."),
    ("Which element has atomic number 1?", "Hydrogen", ["H", "hydrogen (H)"], "Helium", "hydrogen has one proton."),
    ("Who wrote 'Romeo and Juliet'?", "William Shakespeare", ["Shakespeare"], "Christopher Marlowe", "it is one of Shakespeare's early tragedies."),
    ("What is the chemical formula for table salt?", "NaCl", ["sodium chloride (NaCl)"], "KCl", "table salt is sodium chloride."),
    ("In which city is the Eiffel Tower located?", "Paris", ["Paris, France"], "Lyon", "it was built in Paris for the 1889 World's Fair."),
    ("What is the freezing point of water at standard pressure, in degrees Celsius?", "0", ["0 °C", "zero degrees Celsius"], "32", "32 is the Fahrenheit value; in Celsius it's 0."),
]
FACTS_ZH = [
    ("中华人民共和国成立于哪一年？", "1949年", ["1949", "公元1949年"], "1950年", "1949年10月1日举行了开国大典。"),
    ("《西游记》的作者是谁？", "吴承恩", ["明代吴承恩"], "施耐庵", "《西游记》一般认为是明代吴承恩所著。"),
    ("世界上最高的山峰是哪座？", "珠穆朗玛峰", ["珠峰", "Mount Everest"], "乔戈里峰", "珠穆朗玛峰海拔约8848米，乔戈里峰是第二高峰。"),
    ("太阳系中体积最大的行星是哪颗？", "木星", ["Jupiter"], "土星", "木星的体积和质量都是太阳系行星中最大的。"),
    ("一年有多少个月？", "12", ["十二个月", "12个月"], "10", "公历一年分为十二个月。"),
    ("水在标准大气压下的沸点是多少摄氏度？", "100", ["100℃", "一百摄氏度"], "90", "标准大气压下水的沸点为100℃。"),
]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def fact_spec(lang, q, ref, eq, wrong, why, gist):
    zh = lang == "zh"
    steps = [("先回忆相关知识。" if zh else "Let me recall what I know about this."), why[0].upper() + why[1:],
             ("所以答案是 %s。" % ref) if zh else ("So the answer should be %s." % ref)]
    err = ("不对，我记得应该是 %s 才对。" % wrong) if zh else ("Hmm, actually I now recall it being %s instead." % wrong)
    return dict(q=q, gist=gist, steps=steps, err=err, kind="short", check=why, ref=ref, eq=eq, eqtag="alias_or_unit",
                wrong=[wrong], errtag="entity", lang=lang)


def facts(rng):
    out = [fact_spec("en", *f, gist="a factual question (" + f[0].rstrip("?") + ")") for f in FACTS_EN]
    out += [fact_spec("zh", *f, gist="常识（" + f[0] + "）") for f in FACTS_ZH]
    return out


def drop_football(rng):
    teams = rng.sample(["Harbor City Gulls", "Ridgeback Miners", "Tallow Creek Owls", "Eastmarch Rams", "Lindqvist Comets", "Port Sable Herons"], 2)
    k = rng.sample(NAMES, 3)
    y1, y2, y3 = rng.randint(18, 52), rng.randint(18, 52), rng.randint(3, 15)
    while y2 == y1:
        y2 = rng.randint(18, 52)
    p = ("In the second quarter the %s took the lead when %s kicked a %d-yard field goal. The %s answered with a %d-yard touchdown pass from %s, "
         "and just before half-time %s converted a %d-yard field goal for the %s.") % (teams[0], k[0], y1, teams[1], y3, k[1], k[0], y2, teams[0])
    lo, hi = sorted([y1, y2])
    d = hi - lo
    q = "Passage: %s\nQuestion: How many yards longer was %s's longer field goal than his shorter one?" % (p, k[0])
    steps = ["%s kicked two field goals: %d yards and %d yards. The %d-yard play is a touchdown pass, not a field goal, so it's irrelevant." % (k[0], y1, y2, y3),
             "Longer: %d, shorter: %d." % (hi, lo), "Difference: %d − %d = %d yards." % (hi, lo, d)]
    w = hi - y3
    err = "Comparing the longest play to the shortest one: %d − %d = %d yards." % (hi, y3, w)
    eq = ["%d yards" % d] + (["%s" % NUMW[d]] if d <= 20 else [])
    return dict(q=q, gist="comparing two field goals in a game recap", steps=steps, err=err, kind="short", check="Field goals were %d and %d, difference %d." % (y1, y2, d),
                ref=str(d), eq=eq, eqtag="number_with_words", wrong=[str(w)], errtag="wrong_span_used", lang="en")


def drop_census(rng):
    town = rng.choice(["Velmora", "Castrel Bay", "Ondrey", "Pellham Reach", "Straskov"])
    tot = rng.randint(20000, 90000)
    shares = [rng.randint(30, 45), rng.randint(15, 25), rng.randint(5, 12)]
    rest = 100 - sum(shares)
    shares.append(rest)
    names = ["farming", "manufacturing", "fishing", "services"]
    p = ("According to the fictional %s census, the district had %s residents of working age. Of these, %d%% worked in farming, %d%% in manufacturing, "
         "%d%% in fishing, and the remaining %d%% in services.") % (town, format(tot, ","), *shares)
    i, j = rng.sample(range(4), 2)
    if shares[i] < shares[j]:
        i, j = j, i
    d = shares[i] - shares[j]
    if d == 0:
        i, j = 0, 2
        d = shares[0] - shares[2]
    q = "Passage: %s\nQuestion: How many more percentage points of workers were in %s than in %s?" % (p, names[i], names[j])
    steps = ["The shares are: farming %d%%, manufacturing %d%%, fishing %d%%, services %d%%." % tuple(shares),
             "%s is %d%% and %s is %d%%." % (names[i].capitalize(), shares[i], names[j], shares[j]),
             "The difference is %d − %d = %d percentage points." % (shares[i], shares[j], d)]
    w = shares[i] + shares[j]
    err = "Combining them: %d + %d = %d percentage points." % (shares[i], shares[j], w)
    return dict(q=q, gist="difference between two percentages in a census passage", steps=steps, err=err, kind="short",
                check="Shares sum to %d%%, consistent; difference %d." % (sum(shares), d), ref=str(d),
                eq=["%d percentage points" % d, "%d points" % d], eqtag="number_with_unit", wrong=[str(w)], errtag="added_instead_of_subtracted", lang="en")


def drop_date(rng):
    n = rng.choice(NAMES)
    y = rng.randint(1820, 1960)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    m, dd = rng.randint(0, 11), rng.randint(1, 28)
    gap = rng.randint(3, 19)
    p = ("%s founded the Glasswater Observatory in %d. Exactly %d years later, on %d %s %d, the observatory's great refractor was first pointed at the sky, "
         "an event %s had long anticipated.") % (n, y - gap, gap, dd, months[m], y, n)
    q = "Passage: %s\nQuestion: On what date was the great refractor first used?" % p
    steps = ["The passage gives the founding year %d and says 'exactly %d years later'." % (y - gap, gap), "It then states the exact date: %d %s %d." % (dd, months[m], y),
             "So the refractor's first use was on %s %d, %d." % (months[m], dd, y)]
    wm = months[(m + rng.randint(1, 11)) % 12]
    err = "So the refractor's first use was on %s %d, %d." % (wm, dd, y)
    return dict(q=q, gist="extracting a date from a passage", steps=steps, err=err, kind="short", check="%d + %d = %d, consistent with the stated date." % (y - gap, gap, y),
                ref="%s %d, %d" % (months[m], dd, y), eq=["%d %s %d" % (dd, months[m], y), "%d-%02d-%02d" % (y, m + 1, dd)], eqtag="date_format",
                wrong=["%s %d, %d" % (wm, dd, y)], errtag="wrong_month", lang="en")


def drop_zh(rng):
    town = rng.choice(["清溪镇", "云川县", "北岭村", "临江镇"])
    a, b, c = rng.randint(120, 480), rng.randint(120, 480), rng.randint(50, 150)
    p = "（虚构材料）%s今年春季植树%d棵，夏季植树%d棵，秋季又补种了%d棵。" % (town, a, b, c)
    tot = a + b + c
    q = "阅读材料：%s\n问题：%s今年三个季节一共植树多少棵？" % (p, town)
    steps = ["材料给出三个数：春季 %d 棵，夏季 %d 棵，秋季 %d 棵。" % (a, b, c), "先算春夏：%d + %d = %d。" % (a, b, a + b), "再加秋季：%d + %d = %d 棵。" % (a + b, c, tot)]
    w = a + b
    err = "秋季是补种，不算在内，所以共 %d 棵。" % w
    return dict(q=q, gist="材料阅读与求和", steps=steps, err=err, kind="short", check="%d + %d + %d = %d。" % (a, b, c, tot), ref=str(tot),
                eq=["%d棵" % tot, "共%d棵" % tot], eqtag="number_with_unit", wrong=[str(w)], errtag="dropped_a_term", lang="zh")


def all_items(rng):
    out = facts(rng)
    for f, k in ((drop_football, 8), (drop_census, 7), (drop_date, 6), (drop_zh, 7)):
        out += [f(rng) for _ in range(k)]
    return out
