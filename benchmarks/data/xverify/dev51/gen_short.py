"""Short answers: well-known facts (SimpleQA / TriviaQA style) and fictional DROP-style passages."""
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
ZHNUM = "零一二三四五六七八九十"

FACT_EN = [
    ("Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", ["Austen", "the English novelist Jane Austen"], ["Charlotte Brontë", "Emily Brontë"], "It was published in 1813 by the author of 'Emma' and 'Sense and Sensibility'."),
    ("What is the capital city of Australia?", "Canberra", ["Canberra, ACT", "the city of Canberra"], ["Sydney", "Melbourne"], "Sydney is the largest city, but the purpose-built capital is different."),
    ("In which year did the Berlin Wall fall?", "1989", ["November 1989", "9 November 1989"], ["1991", "1990"], "The border crossings opened on the night of 9 November."),
    ("Which element has the chemical symbol 'Fe'?", "Iron", ["iron (Fe, atomic number 26)", "iron"], ["Fluorine", "Lead"], "Fe comes from the Latin 'ferrum'."),
    ("Who painted the ceiling of the Sistine Chapel?", "Michelangelo", ["Michelangelo Buonarroti", "Michelangelo di Lodovico Buonarroti Simoni"], ["Raphael", "Leonardo da Vinci"], "The work was done between 1508 and 1512 under Pope Julius II."),
    ("What is the largest planet in the Solar System?", "Jupiter", ["the planet Jupiter", "Jupiter (the gas giant)"], ["Saturn", "Neptune"], "It is more than twice as massive as all the other planets combined."),
    ("Which country hosted the 2016 Summer Olympics?", "Brazil", ["Rio de Janeiro, Brazil", "Brazil (in Rio)"], ["Japan", "China"], "The games were held in Rio de Janeiro."),
    ("Who developed the theory of general relativity?", "Albert Einstein", ["Einstein", "A. Einstein"], ["Isaac Newton", "Niels Bohr"], "It was published in 1915."),
    ("What is the longest river in Africa?", "Nile", ["the Nile River", "River Nile"], ["Congo", "Niger"], "It flows north into the Mediterranean."),
    ("How many sides does a hexagon have?", "6", ["six", "6 sides"], ["8", "5"], "The prefix 'hexa-' means six."),
]
FACT_ZH = [
    ("《红楼梦》的作者通常被认为是谁？", "曹雪芹", ["清代作家曹雪芹", "曹霑（曹雪芹）"], ["吴承恩", "施耐庵"], "前八十回一般认为出自曹雪芹之手。"),
    ("中华人民共和国成立于哪一年？", "1949年", ["1949", "1949年10月1日"], ["1950年", "1945年"], "开国大典在10月1日举行。"),
    ("世界上海拔最高的山峰是什么？", "珠穆朗玛峰", ["珠峰", "Mount Everest（珠穆朗玛峰）"], ["乔戈里峰", "干城章嘉峰"], "它位于中国与尼泊尔边境。"),
    ("水的化学式是什么？", "H₂O", ["H2O", "H_2O"], ["H₂O₂", "HO"], "一个水分子由两个氢原子和一个氧原子构成。"),
    ("《西游记》中唐僧的大徒弟是谁？", "孙悟空", ["美猴王孙悟空", "齐天大圣孙悟空"], ["猪八戒", "沙僧"], "他是花果山出身的石猴。"),
    ("我国的首都是哪座城市？", "北京", ["北京市", "Beijing"], ["上海", "南京"], "北京是政治文化中心。"),
    ("光在真空中的速度约为每秒多少千米？", "30万千米", ["300000千米", "3×10⁵ km/s"], ["3万千米", "300万千米"], "约为 3×10^8 米/秒。"),
    ("太阳系中距离太阳最近的行星是？", "水星", ["水星（Mercury）", "Mercury"], ["金星", "火星"], "它的公转周期约88天。"),
]

TEAM_EN = [("Harbor Gulls", "Ridgeview Owls"), ("Calder Foxes", "Marlow Pike"), ("Stonebridge Elks", "Varna Comets")]
TEAM_ZH = [("海鸥队", "猫头鹰队"), ("赤狐队", "梭鱼队"), ("石桥麋鹿队", "瓦尔纳彗星队")]


def fact(r, L, item):
    q, ref, alts, wr, hint = item
    if L == "en":
        st = ["Let me recall what I know. %s" % hint, "Candidates that come to mind: %s, %s, %s." % (wr[0], ref, wr[1]),
              "Checking against the clue, the right one is %s." % ref]
    else:
        st = ["回忆一下相关知识：%s" % hint, "容易混淆的有%s、%s、%s。" % (wr[0], ref, wr[1]), "对照线索，正确的是%s。" % ref]
    return q, st, ref, alts, wr


def drop_fg(r, L):
    k = r.randint(3, 5)
    yards = r.sample(range(19, 56), k)
    teams = r.choice(TEAM_EN if L == "en" else TEAM_ZH)
    kick = r.choice(["Odell Marsh", "Rune Tabor", "Emeric Hale"]) if L == "en" else r.choice(["岳承志", "孟凡朗", "卓一航"])
    ask = r.choice(["diff", "count", "total"])
    if L == "en":
        s = ["Kicker %s opened the scoring for the %s with a %d-yard field goal." % (kick, teams[0], yards[0])]
        for y in yards[1:]:
            s.append("Later he added a %d-yard field goal." % y)
        s.append("The %s answered only with a late touchdown." % teams[1])
        qq = {"diff": "How many yards longer was %s's longest field goal than his shortest?" % kick,
              "count": "How many field goals did %s kick?" % kick,
              "total": "How many total yards of field goals did %s kick?" % kick}[ask]
        q = "Passage: " + " ".join(s) + "\nQuestion: " + qq
    else:
        s = ["%s的踢球手%s首先以一记%d码的射门得分。" % (teams[0], kick, yards[0])]
        for y in yards[1:]:
            s.append("之后他又踢进一记%d码的射门。" % y)
        s.append("%s只在比赛末段打出一次达阵。" % teams[1])
        qq = {"diff": "%s最长的一次射门比最短的一次长多少码？" % kick, "count": "%s一共踢进了几次射门？" % kick,
              "total": "%s的射门码数总和是多少？" % kick}[ask]
        q = "文章：" + "".join(s) + "\n问题：" + qq
    lst = ", ".join(map(str, yards))
    if ask == "diff":
        v = max(yards) - min(yards)
        st = ["Field goals: %s." % lst if L == "en" else "射门码数：%s。" % lst,
              ("Longest %d, shortest %d, difference %d." if L == "en" else "最长 %d，最短 %d，相差 %d。") % (max(yards), min(yards), v)]
        w = [str(max(yards) - yards[0]) if max(yards) != yards[0] else str(v + 2), str(max(yards)), str(v + 1)]
    elif ask == "count":
        v = k
        st = ["Listing them: %s." % lst if L == "en" else "逐个列出：%s。" % lst, ("That is %d field goals." if L == "en" else "共 %d 次。") % v]
        w = [str(k - 1), str(k + 1)]
    else:
        v = sum(yards)
        st = ["Field goals: %s." % lst if L == "en" else "射门码数：%s。" % lst, ("Sum = %d." if L == "en" else "总和 = %d。") % v]
        w = [str(v - yards[-1]), str(v + 10)]
    if L == "en":
        alts = ["%d yards" % v] + (["%s" % NUMW[v]] if v <= 20 else [])
    else:
        alts = ["%d码" % v] + (["%s次" % ZHNUM[v]] if ask == "count" and v <= 10 else [])
    return q, st, str(v), alts, [x for x in w if x != str(v)]


def drop_pop(r, L):
    town = r.choice(["Kessing", "Aldmoor", "Brackwater", "Linsey Vale"]) if L == "en" else r.choice(["临川县", "苍梧县", "桐溪市", "北湖镇"])
    y1 = r.randint(1990, 2005)
    y2 = y1 + r.choice([5, 10, 15])
    p1 = r.randint(12, 80) * 1000 + r.randint(0, 999)
    p2 = p1 + r.randint(-9000, 15000)
    v = abs(p2 - p1)
    if L == "en":
        q = "Passage: The census recorded %s residents in %s in %d. By %d the figure had %s to %s, largely because of %s.\nQuestion: By how many people did the population of %s change between %d and %d?" % (
            "{:,}".format(p1), town, y1, y2, "grown" if p2 > p1 else "fallen", "{:,}".format(p2), "new rail links" if p2 > p1 else "mine closures", town, y1, y2)
        st = ["%d: %s; %d: %s." % (y1, "{:,}".format(p1), y2, "{:,}".format(p2)), "Difference = %d." % v]
        alts = ["{:,}".format(v), "%s people" % "{:,}".format(v)]
    else:
        q = "文章：%d年人口普查显示%s有%d名居民；到%d年，人口%s至%d人，主要原因是%s。\n问题：%d年到%d年间，%s的人口变化了多少人？" % (
            y1, town, p1, y2, "增长" if p2 > p1 else "减少", p2, "新修了铁路" if p2 > p1 else "矿场关闭", y1, y2, town)
        st = ["%d年：%d人；%d年：%d人。" % (y1, p1, y2, p2), "差值 = %d 人。" % v]
        alts = ["%d人" % v, "{:,}人".format(v)]
        if v >= 10000:
            alts.append("%g万人" % (v / 10000))
    w = [str(v + 1000), str(p1 + p2), str(v - 100)]
    return q, st, str(v), alts, w
