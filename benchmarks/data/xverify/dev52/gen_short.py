"""Short-answer items: well-known facts and fictional DROP-style passages."""
FACTS_EN = [
    ("Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", "Charlotte Bronte", "the author Jane Austen (1813)"),
    ("What is the capital city of Australia?", "Canberra", "Sydney", "Canberra, in the ACT"),
    ("In which year did Apollo 11 land on the Moon?", "1969", "1968", "July 1969"),
    ("What is the chemical symbol for gold?", "Au", "Ag", "Au (from Latin aurum)"),
    ("Which element has atomic number 6?", "Carbon", "Nitrogen", "carbon (C)"),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci", "Michelangelo", "Leonardo"),
    ("What is the largest ocean on Earth?", "Pacific Ocean", "Atlantic Ocean", "the Pacific"),
    ("How many sides does a hexagon have?", "6", "8", "six"),
    ("Which city hosted the 2012 Summer Olympics?", "London", "Beijing", "London, UK"),
    ("Who developed the theory of general relativity?", "Albert Einstein", "Isaac Newton", "Einstein"),
    ("What is the longest river in South America?", "Amazon River", "Parana River", "the Amazon"),
    ("In what year did the Berlin Wall fall?", "1989", "1991", "November 1989"),
]
FACTS_ZH = [
    ("中国的首都是哪座城市？", "北京", "上海", "北京市"),
    ("《西游记》的作者是谁？", "吴承恩", "罗贯中", "明代的吴承恩"),
    ("水的化学式是什么？", "H2O", "H2O2", "H₂O"),
    ("一年有几个季度？", "4", "3", "四个季度"),
    ("珠穆朗玛峰位于哪两个国家的边境？", "中国和尼泊尔", "中国和印度", "中国与尼泊尔"),
    ("中华人民共和国成立于哪一年？", "1949年", "1950年", "1949"),
]
PEOPLE = ["Orla Fenwick", "Dario Kesh", "Mbali Ndlovu", "Tove Aalto", "Ravi Menon", "Gwen Ashby"]
CLUBS = ["Harrow Vale", "Quarry Town", "Estmere", "Bellcross", "Northpike", "Sandhollow"]


def drop(rng, lang):
    c1, c2 = rng.sample(CLUBS, 2); p = rng.choice(PEOPLE)
    g = [rng.randint(1, 4) for _ in range(3)]; h = [rng.randint(0, 3) for _ in range(3)]
    yds = [rng.randint(12, 55) for _ in range(len(g) and 3)]
    kind = rng.choice(["total", "diff", "longest"])
    if lang == "zh":
        text = "在一场虚构的比赛中，%s队三节分别进了 %d、%d、%d 球，%s队三节分别进了 %d、%d、%d 球。" % (c1, *g, c2, *h)
        if kind == "longest":
            kind = "total"
        if kind == "total":
            return text + "%s队一共进了多少球？" % c1, sum(g), sum(g) - g[-1], "球"
        return text + "%s队比%s队多进了几球？" % (c1, c2), sum(g) - sum(h), sum(g), "球"
    text = ("In a fictional match, %s kicked field goals of %d, %d and %d yards for %s, whose opponents %s scored %d, %d and %d points in the three periods."
            % (p, *yds, c1, c2, *h))
    if kind == "longest":
        return text + " How many yards was %s's longest field goal?" % p, max(yds), yds[-1], "yards"
    if kind == "total":
        return text + " How many points did %s score in total?" % c2, sum(h), sum(h[:2]), "points"
    return text + " How many yards longer was the longest field goal than the shortest?" , max(yds) - min(yds), max(yds), "yards"


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
ZHNUM = "零一二三四五六七八九十"
