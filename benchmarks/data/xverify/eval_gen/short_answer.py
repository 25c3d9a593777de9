"""The short-answer family: fictional DROP-style passages (answers computed), a pool of well-known facts with aliases,
and ``compose_short``."""

from __future__ import annotations

import random
from fractions import Fraction

from .number_forms import dec, words_en
from .render import Note, hedge, refusal, render, think_version, wait_en, wait_zh

TEAMS = ["Bears", "Falcons", "Rams", "Jets", "Ravens", "Titans", "Chargers", "Bengals", "Seahawks", "Colts"]
FIRST = ["Marcus", "Derek", "Tyler", "Jordan", "Andre", "Kevin", "Brandon", "Isaiah", "Caleb", "Malik", "Trent", "Cody"]
LAST = ["Reed", "Holloway", "Bishop", "Carver", "Whitfield", "Dunn", "Okafor", "Prescott", "Lindqvist", "Mercer",
        "Abbott", "Navarro", "Sutton", "Keane"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def sa(**kw) -> dict:
    kw.setdefault("alts", [])
    return kw


def people(rng: random.Random, n: int) -> list[str]:
    firsts, lasts = rng.sample(FIRST, n), rng.sample(LAST, n)
    return [f"{f} {l}" for f, l in zip(firsts, lasts, strict=False)]


def s_football(rng: random.Random) -> dict:
    t1, t2 = rng.sample(TEAMS, 2)
    k1, q2, w2, r1, k2, q1, e1 = people(rng, 7)
    ys = rng.sample(range(19, 56), 6)
    y1, y2, y3, y4, y5, y6 = ys
    passage = (f"Hoping to rebound from a road loss, the {t1} played their Week {rng.randint(2, 16)} home game against "
               f"the {t2}. In the first quarter, the {t1} struck first as kicker {k1} made a {y1}-yard field goal. "
               f"The {t2} answered with QB {q2} completing a {y2}-yard TD pass to WR {w2}. In the second quarter, "
               f"{t1} RB {r1} got a {y3}-yard TD run, while {t2} kicker {k2} nailed a {y4}-yard field goal. In the "
               f"third quarter, the {t1} increased their lead as QB {q1} threw a {y5}-yard TD pass to TE {e1}. The "
               f"{t2} closed out the scoring in the fourth quarter with {k2}'s {y6}-yard field goal.")
    kind = rng.randrange(4)
    if kind == 0:
        fgs = [y1, y4, y6]
        hi, lo = max(fgs), min(fgs)
        v = hi - lo
        fg_list = ", ".join(map(str, fgs))
        pair = (y1, y6) if abs(y6 - y1) != v else (y1, y4)
        bv = abs(pair[1] - pair[0])
        return sa(q=f"{passage}\nHow many yards longer was the longest field goal than the shortest field goal?",
                  ref=str(v), ok_ans=str(v), bad_ans=str(bv),
                  why=[f"The field goals were {fg_list} yards.",
                       f"The longest is {hi} and the shortest is {lo}, so the difference is {hi} - {lo} = {v}."],
                  bad_why=[f"The field goals I need are the {pair[0]}-yard and the {pair[1]}-yard ones.",
                           f"The difference is {bv}."],
                  alts=[("number_words", "Correct", f"The answer is {words_en(v)} yards."),
                        ("units", "Correct", f"It was {v} yards longer.")],
                  lang="en", ds="drop_like")
    if kind == 1:
        last = w2.split()[1]
        return sa(q=f"{passage}\nWhich player scored the first touchdown of the game?", ref=w2, ok_ans=w2, bad_ans=q2,
                  why=[f"The first touchdown was the {y2}-yard TD pass in the first quarter.",
                       f"It was thrown by {q2} and caught by {w2}, so the receiver {w2} scored it."],
                  bad_why=[f"The first touchdown was a {y2}-yard pass thrown by QB {q2}."],
                  alts=[("aliases", "Correct", f"The first touchdown was scored by {last}."),
                        ("aliases", "Correct", f"**Answer:** WR {w2}"),
                        ("aliases", "Incorrect", f"The first touchdown was scored by {q2.split()[1]}.")],
                  lang="en", ds="drop_like")
    if kind == 2:
        return sa(q=f"{passage}\nHow many field goals did {k2} make?", ref="2", ok_ans="2", bad_ans="3",
                  why=[f"{k2} kicked a {y4}-yard field goal in the second quarter and a {y6}-yard field goal in the "
                       "fourth quarter.", "That is 2 field goals."],
                  bad_why=[f"There were field goals of {y1}, {y4} and {y6} yards in the game, so 3."],
                  alts=[("number_words", "Correct", f"{k2} made two field goals."),
                        ("number_words", "Incorrect", f"{k2} made three field goals.")],
                  lang="en", ds="drop_like")
    longer, shorter = (q2, q1) if y2 > y5 else (q1, q2)
    return sa(q=f"{passage}\nWhich quarterback threw the longer touchdown pass?", ref=longer, ok_ans=longer,
              bad_ans=shorter,
              why=[f"{q2} threw a {y2}-yard TD pass and {q1} threw a {y5}-yard TD pass.",
                   f"{max(y2, y5)} > {min(y2, y5)}, so {longer} threw the longer one."],
              bad_why=[f"{q1} threw the TD pass in the third quarter, which was the longer one."],
              alts=[("aliases", "Correct", f"The answer is {longer.split()[1]}."),
                    ("aliases", "Incorrect", f"The answer is {shorter.split()[1]}.")],
              lang="en", ds="drop_like")


def s_census(rng: random.Random) -> dict:
    pop = rng.randint(12000, 98000)
    hh = rng.randint(pop // 3, pop // 2)
    fam = rng.randint(hh // 2, hh * 3 // 4)
    asian = Fraction(rng.randint(3, 95), 10)
    under = Fraction(rng.randint(180, 320), 10)
    older = Fraction(rng.randint(90, 210), 10)
    year = rng.choice([2000, 2010])
    passage = (f"As of the census of {year}, there were {pop:,} people, {hh:,} households, and {fam:,} families "
               "residing "
               f"in the county. The racial makeup of the county was {dec(100 - asian - 3)}% White, 3% African American "
               f"and {dec(asian)}% Asian. In the county, {dec(under)}% of the population was under the age of 18 and "
               f"{dec(older)}% was 65 years of age or older.")
    kind = rng.randrange(3)
    if kind == 0:
        v = hh - fam
        return sa(q=f"{passage}\nHow many more households than families were there?", ref=str(v), ok_ans=str(v),
                  bad_ans=str(pop - hh), why=[f"There were {hh:,} households and {fam:,} families.",
                                                f"{hh:,} - {fam:,} = {v:,}."],
                  bad_why=[f"There were {pop:,} people and {hh:,} households.", f"{pop:,} - {hh:,} = {pop - hh:,}."],
                  alts=[("thousands_sep", "Correct", f"There were {v:,} more households than families."),
                        ("thousands_sep", "Incorrect", f"The answer is {v // 10:,}.")],
                  lang="en", ds="drop_like")
    if kind == 1:
        v = 100 - asian
        return sa(q=f"{passage}\nHow many in percent of people were not Asian?", ref=dec(v), ok_ans=dec(v),
                  bad_ans=dec(asian), why=[f"{dec(asian)}% of people were Asian.", f"100 - {dec(asian)} = {dec(v)}."],
                  bad_why=[f"The passage says {dec(asian)}% were Asian."],
                  alts=[("percent", "Correct", f"So {dec(v)}% of people were not Asian."),
                        ("percent", "Correct", f"The answer is {dec(v)} percent."),
                        ("percent", "Incorrect", f"The answer is {dec(v / 100)}.")],
                  lang="en", ds="drop_like")
    big, small = ("under the age of 18", "65 years of age or older") if under > older else \
        ("65 years of age or older", "under the age of 18")
    return sa(q=f"{passage}\nWhich group is larger: people under the age of 18 or people 65 years of age or older?",
              ref=f"people {big}", ok_ans=f"people {big}", bad_ans=f"people {small}",
              why=[f"{dec(under)}% were under 18 and {dec(older)}% were 65 or older.",
                   f"{dec(max(under, older))} > {dec(min(under, older))}, so the group {big} is larger."],
              bad_why=[f"{dec(older)}% were 65 or older, compared with {dec(under)}% under 18."],
              alts=[("comparisons", "Correct", f"The group {big} is larger."),
                    ("comparisons", "Correct", f"There are more people {big} than {small}."),
                    ("comparisons", "Incorrect", f"There are more people {small} than {big}.")],
              lang="en", ds="drop_like")


def date_forms(y: int, m: int, d: int) -> dict:
    return dict(us=f"{MONTHS[m - 1]} {d}, {y}", eu=f"{d} {MONTHS[m - 1]} {y}", iso=f"{y}-{m:02d}-{d:02d}",
                zh=f"{y}年{m}月{d}日")


def s_town(rng: random.Random) -> dict:
    town = rng.choice(["Norberg", "Valdemar", "Kestrel Bay", "Ostrava Nova", "Halden Cross", "Marrowick"])
    founder, envoy = people(rng, 2)
    y1 = rng.randint(1520, 1700)
    y2 = y1 + rng.randint(12, 60)
    y3 = y2 + rng.randint(5, 40)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    f = date_forms(y3, m, d)
    passage = (f"The town of {town} was founded in {y1} by the merchant {founder}. Construction of its stone castle "
               f"began soon after and was completed in {y2}. During the long border war the town changed hands twice, "
               f"until a peace treaty negotiated by the envoy {envoy} was signed on {f['us']}.")
    kind = rng.randrange(3)
    if kind == 0:
        v = y2 - y1
        return sa(q=f"{passage}\nHow many years after the town was founded was the castle completed?", ref=str(v),
                  ok_ans=str(v), bad_ans=str(y3 - y1), why=[f"The town was founded in {y1} and the castle was "
                                                           f"completed in {y2}.", f"{y2} - {y1} = {v} years."],
                  bad_why=[f"The town was founded in {y1} and the treaty was signed in {y3}.", f"{y3} - {y1} = "
                                                                                              f"{y3 - y1}."],
                  alts=[("units", "Correct", f"The castle was completed {v} years after the founding.")],
                  lang="en", ds="drop_like")
    if kind == 1:
        wy = y3 + rng.choice([-10, 10, 1, -1, 100])
        wf = date_forms(wy, m, d)
        return sa(q=f"{passage}\nOn what date was the peace treaty signed?", ref=f["us"], ok_ans=f["us"],
                  bad_ans=f"{MONTHS[m - 1]} {d}, {y2}", why=[f"The passage says the treaty was signed on {f['us']}."],
                  bad_why=[f"The treaty was signed after the castle was completed in {y2}, on {MONTHS[m - 1]} {d}."],
                  alts=[("date_formats", "Correct", f"The treaty was signed on {f['eu']}."),
                        ("date_formats", "Correct", f"The answer is {f['iso']}."),
                        ("date_formats", "Correct", f"答案是{f['zh']}。"),
                        ("wrong_year", "Incorrect", f"The peace treaty, negotiated by {envoy}, was signed on "
                         f"{wf['us']}, ending the long border war."),
                        ("wrong_year", "Incorrect", f"It was signed on {wf['eu']}.")],
                  lang="en", ds="drop_like")
    return sa(q=f"{passage}\nWho founded the town of {town}?", ref=founder, ok_ans=founder, bad_ans=envoy,
              why=[f"The passage says the town was founded in {y1} by the merchant {founder}."],
              bad_why=[f"The key figure in the town's history was the envoy {envoy}, who founded its peace."],
              alts=[("aliases", "Correct", f"It was founded by the merchant {founder.split()[1]}."),
                    ("case", "Correct", f"The answer is {founder.upper()}.")],
              lang="en", ds="drop_like")


def fact(ds, lang, q, ref, why, bad, bad_why, alts):
    return sa(ds=ds, lang=lang, q=q, ref=ref, ok_ans=ref, why=[why], bad_ans=bad, bad_why=[bad_why], alts=alts)


FACT_POOL = [
    fact("simpleqa_like", "en", "Who was the first person to walk on the Moon?", "Neil Armstrong",
         "Apollo 11 commander Neil Armstrong stepped onto the lunar surface first, followed by Buzz Aldrin.",
         "Buzz Aldrin", "Buzz Aldrin was the Apollo 11 astronaut who first stepped onto the Moon.",
         [("aliases", "Correct", "The first person on the Moon was Armstrong."),
          ("aliases", "Correct", "The answer is Neil Alden Armstrong.")]),
    fact("simpleqa_like", "en", "On what date did the Apollo 11 lunar module land on the Moon?", "July 20, 1969",
         "The Eagle lunar module landed in the Sea of Tranquility on July 20, 1969.", "July 20, 1968",
         "Apollo 11 flew in the summer of 1968 and landed on July 20.",
         [("date_formats", "Correct", "It landed on 20 July 1969."),
          ("date_formats", "Correct", "The answer is 1969-07-20."),
          ("wrong_year", "Incorrect", "The Eagle touched down in the Sea of Tranquility on July 20, 1968, a moment "
           "watched by millions.")]),
    fact("simpleqa_like", "en", "In which year did the Berlin Wall fall?", "1989",
         "The Berlin Wall was opened on 9 November 1989.", "1991",
         "The Wall came down around German reunification and the end of the Soviet Union, in 1991.",
         [("date_formats", "Correct", "The Berlin Wall fell on November 9, 1989."),
          ("wrong_year", "Incorrect", "The Berlin Wall fell in November 1991, which soon led to reunification.")]),
    fact("simpleqa_like", "en", "Who painted the Mona Lisa?", "Leonardo da Vinci",
         "The Mona Lisa was painted by the Italian Renaissance artist Leonardo da Vinci.", "Michelangelo",
         "The most famous Renaissance painter, Michelangelo, painted the Mona Lisa.",
         [("aliases", "Correct", "It was painted by da Vinci."),
          ("aliases", "Correct", "The answer is Leonardo.")]),
    fact("simpleqa_like", "en", "What is the largest planet in the Solar System?", "Jupiter",
         "Jupiter's mass is more than twice that of all the other planets combined.", "Saturn",
         "Saturn, with its huge ring system, is the largest planet.",
         [("case", "Correct", "The answer is JUPITER."), ("case", "Correct", "the answer is jupiter")]),
    fact("simpleqa_like", "en", "What is the currency of the United Kingdom?", "Pound sterling",
         "The UK uses the pound sterling (GBP).", "Euro", "The UK is in Europe, so it uses the euro.",
         [("aliases", "Correct", "The currency is the British pound (GBP)."),
          ("aliases", "Correct", "The answer is GBP.")]),
    fact("simpleqa_like", "en", "When did the RMS Titanic sink?", "April 15, 1912",
         "The Titanic struck an iceberg late on April 14 and sank in the early hours of April 15, 1912.",
         "April 15, 1921", "The Titanic sank after hitting an iceberg on April 15, 1921.",
         [("date_formats", "Correct", "It sank on 15 April 1912."),
          ("date_formats", "Correct", "The Titanic sank on 1912-04-15."),
          ("date_formats", "Correct", "泰坦尼克号于1912年4月15日沉没。"),
          ("wrong_year", "Incorrect", "The Titanic sank in the North Atlantic on April 15, 1913, after striking an "
           "iceberg.")]),
    fact("simpleqa_like", "en", "Who was the first President of the United States?", "George Washington",
         "George Washington served as the first U.S. president from 1789 to 1797.", "John Adams",
         "John Adams, a Founding Father, was the first president.",
         [("aliases", "Correct", "The first president was Washington."),
          ("aliases", "Incorrect", "The first president was Adams.")]),
    fact("simpleqa_like", "en", "What is the chemical formula of table salt?", "NaCl",
         "Table salt is the ionic compound formed from sodium and chlorine.", "KCl", "Salt is potassium chloride, KCl.",
         [("synonyms", "Correct", "Table salt is sodium chloride."),
          ("synonyms", "Incorrect", "Table salt is potassium chloride.")]),
    fact("simpleqa_like", "en", "When was the United States Declaration of Independence adopted?", "July 4, 1776",
         "The Continental Congress adopted the Declaration on July 4, 1776.", "July 4, 1767",
         "It was adopted on July 4, 1767.",
         [("date_formats", "Correct", "It was adopted on 4 July 1776."),
          ("date_formats", "Correct", "The answer is 1776-07-04."),
          ("wrong_year", "Incorrect", "The Continental Congress adopted the Declaration on July 4, 1778, in "
           "Philadelphia.")]),
    fact("simpleqa_like", "en", "What is the tallest mountain above sea level?", "Mount Everest",
         "Mount Everest rises about 8,849 m above sea level.", "K2", "K2 is the tallest mountain in the world.",
         [("aliases", "Correct", "The answer is Everest."),
          ("aliases", "Correct", "It is Mount Qomolangma (Everest)."),
          ("aliases", "Correct", "答案是珠穆朗玛峰。")]),
    fact("simpleqa_like", "en", "At sea level, what is the boiling point of pure water in degrees Celsius?", "100 °C",
         "Pure water boils at 100 °C at standard atmospheric pressure.", "212 °C",
         "Water boils at 212 degrees.",
         [("units", "Correct", "It boils at 100 degrees Celsius."),
          ("units", "Correct", "The answer is 100."),
          ("wrong_unit", "Incorrect", "Water boils at 100 °F at sea level.")]),
    fact("simpleqa_like", "en", "Which U.S. president was assassinated in Dallas in 1963?", "John F. Kennedy",
         "President John F. Kennedy was shot in Dallas on November 22, 1963.", "Lyndon B. Johnson",
         "Lyndon B. Johnson was the president killed in Dallas.",
         [("aliases", "Correct", "The answer is JFK."), ("aliases", "Correct", "It was President Kennedy."),
          ("aliases", "Incorrect", "The answer is LBJ.")]),
    fact("simpleqa_like", "en", "Who wrote the play \"Romeo and Juliet\"?", "William Shakespeare",
         "Romeo and Juliet is an early tragedy by William Shakespeare.", "Christopher Marlowe",
         "Christopher Marlowe wrote Romeo and Juliet.",
         [("aliases", "Correct", "It was written by Shakespeare.")]),
    fact("simpleqa_like", "en", "How many sides does a hexagon have?", "6", "A hexagon has six sides.", "8",
         "Hexagons have eight sides, like a stop sign.",
         [("number_words", "Correct", "A hexagon has six sides."),
          ("number_words", "Incorrect", "A hexagon has eight sides.")]),
    fact("c_simpleqa_like", "zh", "中国第一位进入太空的航天员是谁？", "杨利伟",
         "2003年10月15日，杨利伟乘坐神舟五号进入太空，成为中国第一位航天员。", "翟志刚",
         "翟志刚是中国第一位进入太空的航天员。",
         [("aliases", "Correct", "答案是航天员杨利伟。"), ("aliases", "Correct", "The answer is Yang Liwei.")]),
    fact("c_simpleqa_like", "zh", "《西游记》的作者是谁？", "吴承恩", "《西游记》是明代吴承恩所著。", "施耐庵",
         "《西游记》的作者是施耐庵。", [("aliases", "Correct", "作者是明代小说家吴承恩。")]),
    fact("c_simpleqa_like", "zh", "中国的陆地面积大约是多少平方千米？", "960万平方千米",
         "中国陆地面积约960万平方千米。", "960平方千米", "中国陆地面积约960平方千米。",
         [("chinese_numerals", "Correct", "约九百六十万平方千米。"),
          ("sci_notation", "Correct", "约为 $9.6\\times10^{6}$ 平方千米。"),
          ("units", "Correct", "大约960万平方公里。"),
          ("chinese_numerals", "Incorrect", "约九十六万平方千米。")]),
    fact("c_simpleqa_like", "zh", "第29届夏季奥林匹克运动会在哪一天开幕？", "2008年8月8日",
         "北京奥运会于2008年8月8日晚8时开幕。", "2008年8月18日", "北京奥运会于2008年8月18日开幕。",
         [("date_formats", "Correct", "开幕日期是2008-08-08。"),
          ("date_formats", "Correct", "The answer is August 8, 2008."),
          ("wrong_year", "Incorrect", "北京奥运会于2004年8月8日隆重开幕。")]),
    fact("c_simpleqa_like", "zh", "香港回归中国是在哪一年？", "1997年", "香港于1997年7月1日回归中国。", "1999年",
         "香港于1999年回归。",
         [("date_formats", "Correct", "香港于1997年7月1日回归。"), ("units", "Correct", "答案是1997。"),
          ("wrong_year", "Incorrect", "香港于1999年12月20日回归祖国。")]),
    fact("c_simpleqa_like", "zh", "鲁迅的原名是什么？", "周树人", "鲁迅原名周樟寿，后改名周树人。", "周作人",
         "鲁迅原名周作人。", [("aliases", "Incorrect", "鲁迅的原名是周作人，字豫才。")]),
    fact("c_simpleqa_like", "zh", "太阳系中离太阳最近的行星是哪一颗？", "水星", "八大行星中水星离太阳最近。", "金星",
         "金星离太阳最近。", [("aliases", "Correct", "The answer is Mercury."),
                        ("aliases", "Correct", "离太阳最近的是水星（Mercury）。")]),
    fact("c_simpleqa_like", "zh", "中国古代四大名著中，描写梁山好汉故事的是哪一部？", "《水浒传》",
         "《水浒传》讲述了宋江等108位梁山好汉的故事。", "《三国演义》", "描写梁山好汉的是《三国演义》。",
         [("aliases", "Correct", "答案是水浒传。"), ("aliases", "Correct", "是施耐庵的《水浒》。")]),
]


def compose_short(rng: random.Random, it: dict, trap: str, label: str) -> str:
    lang, en = it["lang"], it["lang"] == "en"
    oka, bada = it["ok_ans"], it["bad_ans"]
    ok, bad = list(it["why"]), list(it["bad_why"])

    def fin(a: str) -> str:
        return rng.choice([f"The answer is {a}.", f"**Answer:** {a}", f"So the answer is {a}.", f"Answer: {a}",
                           f"Therefore, the answer is **{a}**.", f"$\\boxed{{\\text{{{a}}}}}$"] if en else
                          [f"答案是{a}。", f"所以答案为{a}。", f"答案：{a}", f"因此，{a}。"])

    think = rng.random() < 0.35

    qline = it["q"].split("\n")[-1]
    pre = []
    if "\n" in it["q"]:
        passage = it["q"].split("\n")[0]
        stop = {"The", "That", "There", "This", "During", "Then", "So", "In", "It", "He", "She", "They"}
        keys = [w.strip(".,") for w in " ".join(ok + bad).split()
                if any(ch.isdigit() for ch in w) or (w[:1].isupper() and len(w) > 3 and w not in stop)]
        sents = [x.strip() for x in passage.split(". ") if any(k and k in x for k in keys)]
        if sents and rng.random() < 0.8:
            pre.append(Note(rng.choice(["The relevant part of the passage: ", "From the passage: ",
                                        "Key sentences: "]) + " ".join(f'"{x.rstrip(".")}."' for x in sents[:3])))
        if rng.random() < 0.6:
            pre.insert(0, Note(f"The question asks: {qline}"))
    elif rng.random() < 0.5:
        pre.append(Note(f"The question asks: {qline}" if en else f"题目问的是：{qline}"))

    post = []
    if rng.random() < 0.5:
        post.append(Note(rng.choice(["Let me double-check by re-reading the question once more; the reasoning above "
                                     "answers exactly what is asked.",
                                     "Double-checking: I made sure to use the figures that the question refers to."]
                                    if en else ["再核对一遍题目，上面的推理回答的正是题目所问。"])))

    def rd(paras, fin, **kw):
        return render(rng, lang, pre + list(paras) + post, fin, **kw)
    alt = [a for a in it["alts"] if a[0] == trap and a[1] == label]
    if alt:
        if label == "Incorrect":
            lead = ([rng.choice(["Let me find the relevant sentence in the passage.", "Looking at the passage again.",
                                 "I recall this one."])] if en else [rng.choice(["根据材料作答。", "回忆相关知识。"])])
            return render(rng, lang, lead if rng.random() < 0.6 else [], rng.choice(alt)[2], style="plain",
                          opener=False)
        return rd(ok, rng.choice(alt)[2], style=rng.choice(["plain", "prose"]), opener=False)
    if trap == "plain":
        paras, a = (ok, oka) if label == "Correct" else (bad, bada)
        if think:
            return rd(paras, fin(a), think=think_version(rng, lang, pre + paras, rng.choice([0, 1, 1, 2])))
        return rd(paras, fin(a), style=rng.choice(["plain", "prose", "numbered"]))
    if trap == "hedged":
        return rd(ok, hedge(rng, lang, oka, bada), style="plain")
    if trap == "no_answer":
        if rng.random() < 0.5:
            return refusal(rng, lang)
        return ("The passage does not give enough information to answer this question." if en else
                "材料中没有给出足够的信息来回答这个问题。") if "\n" in it["q"] else refusal(rng, lang)
    if trap == "truncated":
        text = rd(ok, "", style="plain")
        i = text.find(oka)
        if i == -1:
            i = len(text)
        i = max(8, min(i, len(text) - 1))
        pos = rng.randint(min(8, i), i)
        while pos > 8 and text[pos - 1] not in " \n，。":
            pos -= 1
        return text[:pos].rstrip()
    if trap == "self_correction":
        w = wait_en(rng) if en else wait_zh(rng)
        if label == "Correct":
            paras = bad + [Note(f"So the answer is {bada}." if en else f"所以答案是{bada}。"),
                           Note(w + ("let me re-read the question." if en else "我再读一遍题目。"))] + ok
            return rd(paras, fin(oka), style="plain")
        paras = ok + [Note(f"So the answer is {oka}." if en else f"所以答案是{oka}。"),
                      Note(w + ("I think I mixed something up." if en else "好像弄混了。"))] + bad
        return rd(paras, fin(bada), style="plain")
    if trap == "rejected_value":
        if label == "Incorrect":
            note = Note(f"It might seem to be {oka}, but I don't think that's right." if en else
                        f"看起来像是{oka}，但我认为不对。")
            return rd([note] + bad, fin(bada), style="plain")
        note = Note(f"One might answer {bada}, but that is a common mistake." if en else f"容易误答为{bada}。")
        return rd([note] + ok, fin(oka), style="plain")
    if trap == "think_mismatch":
        if label == "Correct":
            return rd(ok, fin(oka), think=[str(x) for x in pre] + bad + [f"So {bada}." if en else f"所以是{bada}。"])
        return rd(bad, fin(bada), think=[str(x) for x in pre] + ok + [f"So {oka}." if en else f"所以是{oka}。"])
    if trap == "question_echo":
        return it["q"] if label == "Incorrect" else it["q"] + "\n\n" + rd(ok, fin(oka))
    raise ValueError(f"unknown short trap {trap}/{label}")
