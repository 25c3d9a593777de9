"""Short-answer cases: well-known facts (names, places, dates) and DROP-style counts from fictional passages."""
from textcase import make_text_case

FACTS_EN = [
    ("What is the capital of Australia?", "Canberra", ["Canberra, ACT", "the city of Canberra"], ["Sydney", "Melbourne"]),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci", ["da Vinci", "Leonardo"], ["Michelangelo", "Raphael"]),
    ("In what year did Apollo 11 land on the Moon?", "1969", ["in 1969", "July 1969"], ["1968", "1971"]),
    ("What is the longest river in South America?", "Amazon River", ["the Amazon", "Amazon"], ["Paraná River", "Orinoco"]),
    ("Which element has atomic number 26?", "Iron", ["Fe (iron)", "iron"], ["Cobalt", "Nickel"]),
    ("Who developed the theory of general relativity?", "Albert Einstein", ["Einstein"], ["Isaac Newton", "Max Planck"]),
    ("What is the smallest prime number?", "2", ["two", "the number 2"], ["1", "3"]),
    ("On what date did the Berlin Wall fall?", "November 9, 1989", ["9 November 1989", "1989-11-09"], ["November 10, 1989", "October 3, 1990"]),
    ("What is the capital of Canada?", "Ottawa", ["Ottawa, Ontario"], ["Toronto", "Montreal"]),
    ("Which ocean is the largest?", "Pacific Ocean", ["the Pacific"], ["Atlantic Ocean", "Indian Ocean"]),
]
FACTS_ZH = [
    ("中国的首都是哪座城市？", "北京", ["北京市"], ["上海", "南京"]),
    ("《西游记》的作者是谁？", "吴承恩", ["明代吴承恩"], ["施耐庵", "罗贯中"]),
    ("水的沸点在标准大气压下是多少摄氏度？", "100摄氏度", ["100℃", "100°C"], ["90摄氏度", "212摄氏度"]),
    ("世界上最高的山峰是哪座？", "珠穆朗玛峰", ["珠峰", "Mount Everest"], ["乔戈里峰", "干城章嘉峰"]),
]
TEAMS = ["Harbor City Gulls", "Ironvale Stags", "Pinecrest Otters", "Sablewood Hawks", "Ridgeport Foxes"]


def drop_case(rng):
    t1, t2 = rng.sample(TEAMS, 2)
    fg = [rng.randint(19, 52) for _ in range(rng.randint(3, 5))]
    td = rng.randint(2, 4)
    kind = rng.choice(["longest_minus_shortest", "count_fg", "total_fg_yards"])
    passage = ("In the opening quarter the %s took the lead when their kicker made a %d-yard field goal. " % (t1, fg[0]) +
               " ".join("Later he added a %d-yard field goal." % y for y in fg[1:]) +
               " The %s answered with %d touchdown passes, but it was not enough." % (t2, td))
    if kind == "longest_minus_shortest":
        v = max(fg) - min(fg)
        q = "Passage: %s\nQuestion: How many yards longer was the longest field goal than the shortest?" % passage
        steps = ["Field goals: %s." % ", ".join(map(str, fg)), "Longest %d, shortest %d, difference %d." % (max(fg), min(fg), v)]
        return q, "%d" % v, ["%d yards" % v], ["%d" % (max(fg) - fg[0] if max(fg) - fg[0] != v else v + 3), "%d" % (v + 1)], steps
    if kind == "count_fg":
        v = len(fg)
        words = ["zero", "one", "two", "three", "four", "five"]
        q = "Passage: %s\nQuestion: How many field goals did the %s kicker make?" % (passage, t1)
        steps = ["Listing them: %s." % ", ".join(map(str, fg)), "That is %d field goals." % v]
        return q, str(v), [words[v], "%s field goals" % words[v]], [str(v - 1), str(td)] if td != v else [str(v - 1), str(v + 1)], steps
    v = sum(fg)
    q = "Passage: %s\nQuestion: How many total yards of field goals did the %s kicker make?" % (passage, t1)
    steps = ["Yards: %s." % " + ".join(map(str, fg)), "Sum = %d." % v]
    return q, str(v), ["%d yards" % v], [str(v - fg[-1]), str(v + 10)], steps


def generate(rng, n, zh_n, labels):
    en = list(FACTS_EN); zh = list(FACTS_ZH)
    rng.shuffle(en); rng.shuffle(zh)
    out = []
    for i in range(n):
        isz = i < zh_n
        if isz:
            q, ref, alts, wrongs = zh[i % len(zh)]
            steps = ["回忆相关常识：%s" % q, "可以确定是%s。" % ref]
            ds, base = "chinese_simpleqa_like", "short_fact"
        elif (i - zh_n) < len(en) and rng.random() < 0.6:
            q, ref, alts, wrongs = en.pop()
            steps = ["Recall the relevant fact for: %s" % q, "I'm confident this is %s." % ref,
                     "Alternative candidates like %s don't fit." % wrongs[1]]
            ds, base = rng.choice(["simpleqa_like", "triviaqa_like"]), "short_fact"
        else:
            q, ref, alts, wrongs, steps = drop_case(rng)
            ds, base = "drop_like", "short_drop_number"
        o, trap = make_text_case(rng, isz, labels[i], q, ref, list(alts), list(wrongs), steps, "short_text", ds, base)
        out.append(dict(dataset=ds, kat="short_text", q=q, out=o, ref=ref, label=labels[i], trap=trap))
    return out
