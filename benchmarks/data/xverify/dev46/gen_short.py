"""Short-answer items: SimpleQA/TriviaQA-style facts and DROP-style fictional passages."""
from common import pick

# (question, reference, equal forms [(form, tag)], wrong answers, hint)
EN_FACTS = [
    ("What is the capital city of Australia?", "Canberra", [("Canberra, ACT", "with_region")], ["Sydney", "Melbourne"], "the capital was purpose-built as a compromise between two larger cities"),
    ("Who developed the theory of general relativity?", "Albert Einstein", [("Einstein", "surname_only"), ("A. Einstein", "initial")], ["Isaac Newton", "Niels Bohr"], "published in 1915"),
    ("In which year did the Apollo 11 crew first land on the Moon?", "1969", [("July 1969", "month_year"), ("in 1969", "phrase")], ["1968", "1972"], "the landing was in July of that year"),
    ("What is the chemical symbol for gold?", "Au", [("Au (from Latin aurum)", "with_gloss")], ["Ag", "Go"], "the symbol comes from the Latin name"),
    ("Which river flows through Cairo?", "The Nile", [("Nile", "no_article"), ("the Nile River", "with_river")], ["The Euphrates", "The Congo"], "Egypt's main river"),
    ("How many sides does a heptagon have?", "7", [("seven", "number_word"), ("7 sides", "with_noun")], ["6", "8"], "hepta- means seven"),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci", [("da Vinci", "surname_only")], ["Michelangelo", "Raphael"], "a Renaissance polymath"),
    ("What is the largest planet in the Solar System?", "Jupiter", [("the planet Jupiter", "phrase")], ["Saturn", "Neptune"], "the gas giant fifth from the Sun"),
    ("On what date is Bastille Day celebrated in France?", "July 14", [("14 July", "day_month"), ("the 14th of July", "ordinal_phrase")], ["July 4", "June 14"], "the storming of the Bastille"),
    ("What is the boiling point of water at sea level in degrees Fahrenheit?", "212", [("212 °F", "with_unit"), ("212 degrees Fahrenheit", "words_unit")], ["100", "180"], "it corresponds to one hundred degrees Celsius"),
    ("Which element has atomic number 1?", "Hydrogen", [("H (hydrogen)", "symbol_and_name"), ("hydrogen", "lowercase")], ["Helium", "Lithium"], "the lightest element"),
    ("Who was the first President of the United States?", "George Washington", [("Washington", "surname_only"), ("President George Washington", "with_title")], ["John Adams", "Thomas Jefferson"], "served from 1789"),
    ("What is the longest bone in the human body?", "Femur", [("the femur (thigh bone)", "with_gloss"), ("thigh bone", "common_name")], ["Tibia", "Humerus"], "it is in the thigh"),
    ("How many minutes are in a full day?", "1440", [("1,440", "comma"), ("1440 minutes", "with_unit")], ["1400", "2880"], "24 hours times 60 minutes"),
    ("Which country is home to the city of Kyoto?", "Japan", [("Japan (Kansai region)", "with_region")], ["China", "South Korea"], "former imperial capital"),
    ("What is the freezing point of water in Kelvin, to two decimal places?", "273.15", [("273.15 K", "with_unit")], ["273", "0"], "zero Celsius on the absolute scale"),
    ("Who wrote 'Pride and Prejudice'?", "Jane Austen", [("Austen", "surname_only")], ["Charlotte Brontë", "Mary Shelley"], "published in 1813"),
    ("What is the square root of 169?", "13", [("thirteen", "number_word")], ["12", "14"], "13 times 13"),
    ("In which continent is the Sahara Desert?", "Africa", [("the African continent", "phrase")], ["Asia", "South America"], "spans much of the north of the continent"),
    ("What is the hardest naturally occurring mineral?", "Diamond", [("diamond (10 on the Mohs scale)", "with_gloss")], ["Quartz", "Corundum"], "top of the Mohs scale"),
    ("Which planet is known as the Red Planet?", "Mars", [("the planet Mars", "phrase")], ["Venus", "Jupiter"], "iron oxide on its surface"),
    ("What is the currency of the United Kingdom?", "Pound sterling", [("the British pound", "alt_name"), ("GBP", "iso_code")], ["Euro", "Dollar"], "ISO code GBP"),
    ("How many continents are there in the standard seven-continent model?", "7", [("seven", "number_word")], ["6", "5"], "the common English-language convention"),
    ("What gas do plants absorb from the air for photosynthesis?", "Carbon dioxide", [("CO2", "formula"), ("CO₂", "unicode_formula")], ["Oxygen", "Nitrogen"], "the input gas, not the output"),
]
ZH_FACTS = [
    ("中国的首都是哪座城市？", "北京", [("北京市", "with_suffix"), ("Beijing", "english")], ["上海", "南京"], "中华人民共和国首都"),
    ("《西游记》的作者是谁？", "吴承恩", [("明代吴承恩", "with_dynasty")], ["罗贯中", "施耐庵"], "明代小说家"),
    ("一年有多少个月？", "12", [("十二个月", "chinese_numeral"), ("12个月", "with_unit")], ["10", "13"], "公历"),
    ("水的化学式是什么？", "H₂O", [("H2O", "ascii_formula")], ["CO₂", "H₂O₂"], "两个氢原子一个氧原子"),
    ("中国最长的河流是哪条？", "长江", [("长江（扬子江）", "alt_name")], ["黄河", "珠江"], "全长约六千三百公里"),
    ("太阳系中离太阳最近的行星是？", "水星", [("水星（Mercury）", "bilingual")], ["金星", "火星"], "轨道周期最短"),
    ("一个直角是多少度？", "90度", [("90°", "degree_symbol"), ("九十度", "chinese_numeral")], ["180度", "45度"], "两条垂直直线所成的角"),
    ("“床前明月光”的作者是谁？", "李白", [("唐代诗人李白", "with_title")], ["杜甫", "白居易"], "《静夜思》"),
    ("中国国土面积最大的省级行政区是？", "新疆维吾尔自治区", [("新疆", "short_name")], ["西藏自治区", "内蒙古自治区"], "位于西北"),
]


def fact_item(rng, row, lang):
    q, ref, forms, wrongs, hint = row
    zh = lang == "zh"
    steps = ([f"题目问：{q}", f"回忆相关知识：{hint}。", f"排除容易混淆的答案，比如{wrongs[0]}。", f"因此答案是{ref}。"] if zh else
             [f"The question asks: {q}", f"Recall the relevant fact: {hint}.",
              f"A common confusion is {wrongs[0]}, but that doesn't fit.", f"So the answer is {ref}."])
    return dict(dataset="simpleqa_like" if rng.random() < 0.6 else "triviaqa_like", kat="short_text", lang=lang, question=q,
                ref=ref, goods=[(ref, "exact")] + forms, bads=list(wrongs), steps=steps)


TEAMS = ["Harrowgate Herons", "Millbrook Foxes", "Dunmore Pilots", "Quarry Bay Otters", "Sallow Creek Rams", "Eastwick Comets"]


def drop_game(rng):
    t1, t2 = rng.sample(TEAMS, 2); p1, p2 = rng.sample(["Anselm Keir", "Bex Tolliver", "Caspian Rudd", "Delphine Ash", "Emrys Vale"], 2)
    fg = [rng.randint(21, 52) for _ in range(3)]; td = rng.randint(3, 40)
    passage = (f"The {t1} opened the scoring when {p1} kicked a {fg[0]}-yard field goal. The {t2} answered with a {td}-yard "
               f"touchdown pass to {p2}. {p1} added field goals of {fg[1]} and {fg[2]} yards before halftime.")
    kind = rng.randrange(3)
    if kind == 0:
        q = "How many yards was the longest field goal?"; v = max(fg); wr = [str(min(fg)), str(td)]
        steps = [f"Field goals: {fg[0]}, {fg[1]}, {fg[2]} yards.", f"Longest = {v}."]
        forms = [(f"{v} yards", "with_unit"), (f"{v}-yard", "hyphen_unit")]
    elif kind == 1:
        q = "How many total yards of field goals did the kicker make?"; v = sum(fg); wr = [str(v - fg[2]), str(v + td)]
        steps = [f"Field goals: {fg[0]} + {fg[1]} + {fg[2]}.", f"Total = {v}."]
        forms = [(f"{v} yards", "with_unit"), (f"{v} total yards", "phrase")]
    else:
        q = "Who caught the touchdown pass?"; v = p2; wr = [p1, t2]
        steps = [f"The only touchdown mentioned is the {td}-yard pass.", f"It was caught by {p2}."]
        forms = [(p2.split()[1], "surname_only"), (f"{p2} of the {t2}", "with_team")]
    return dict(dataset="drop_like", kat="short_text", lang="en", question=f"Passage: {passage}\nQuestion: {q}",
                ref=str(v), goods=[(str(v), "exact")] + forms, bads=wr, steps=steps)


def drop_census(rng):
    town = pick(rng, ["Velmorrow", "Kestleby", "Orran Mills", "Pennacott", "Greyhithe"])
    y1 = rng.randint(1950, 1990); y2 = y1 + rng.randint(10, 30); a = rng.randint(2000, 9000); b = a + rng.randint(-1500, 3500)
    kind = rng.randrange(2)
    passage = (f"In {y1}, the town of {town} had {a:,} residents. By {y2}, after the textile mill closed and a rail line "
               f"opened, the population stood at {b:,}.")
    if kind == 0:
        q = f"How many years passed between the two population counts?"; v = y2 - y1
        forms = [(f"{v} years", "with_unit")]; wr = [str(v + 1), str(y2)]
        steps = [f"Counts in {y1} and {y2}.", f"{y2} - {y1} = {v}."]
    else:
        q = f"By how many people did the population change?"; v = b - a
        forms = [(f"{'an increase' if v > 0 else 'a decrease'} of {abs(v):,} people", "words"), (f"{v:+d}", "signed")] if v else [("0", "zero")]
        wr = [str(a + b), str(abs(v) + 100)]
        steps = [f"From {a} to {b}.", f"Change = {b} - {a} = {v}."]
        v = v if v < 0 else v
    return dict(dataset="drop_like", kat="short_text", lang="en", question=f"Passage: {passage}\nQuestion: {q}",
                ref=str(v), goods=[(str(v), "exact")] + forms, bads=[w for w in wr if w != str(v)], steps=steps)


def make_short(rng, n_en, n_zh):
    out = []
    facts = list(EN_FACTS); rng.shuffle(facts)
    for i in range(n_en):
        if i < len(facts):
            out.append(fact_item(rng, facts[i], "en"))
        else:
            out.append(drop_game(rng) if rng.random() < 0.6 else drop_census(rng))
    zz = list(ZH_FACTS); rng.shuffle(zz)
    for i in range(min(n_zh, len(zz))):
        out.append(fact_item(rng, zz[i], "zh"))
    return out
