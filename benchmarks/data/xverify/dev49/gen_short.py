"""Short-answer cases: SimpleQA/TriviaQA-style facts and DROP-style reading (en + zh)."""
from common import make_case

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


FACTS = [
    ("What is the capital city of Australia?", [("Canberra", "canonical_form"), ("Canberra, in the Australian Capital Territory", "answer_with_context")],
     [("Sydney", "wrong_entity"), ("Melbourne", "wrong_entity")]),
    ("Who wrote the novel \"Pride and Prejudice\"?", [("Jane Austen", "canonical_form"), ("the English novelist Jane Austen", "answer_with_context")],
     [("Charlotte Brontë", "wrong_entity"), ("Mary Shelley", "wrong_entity")]),
    ("In what year did the Berlin Wall fall?", [("1989", "canonical_form"), ("in 1989 (on 9 November)", "answer_with_context")],
     [("1991", "wrong_year"), ("1990", "wrong_year")]),
    ("On what date did Apollo 11 land on the Moon?", [("July 20, 1969", "canonical_form"), ("20 July 1969", "date_format_variant"), ("1969-07-20", "iso_date")],
     [("July 16, 1969", "launch_date_not_landing"), ("July 24, 1969", "splashdown_date")]),
    ("Which river is the longest in South America?", [("the Amazon", "canonical_form"), ("Amazon River", "answer_with_context")],
     [("the Paraná", "wrong_entity"), ("the Orinoco", "wrong_entity")]),
    ("Who painted \"The Starry Night\" (1889)?", [("Vincent van Gogh", "canonical_form"), ("Van Gogh", "surname_only_unambiguous")],
     [("Paul Gauguin", "wrong_entity"), ("Claude Monet", "wrong_entity")]),
    ("How many bones are in the typical adult human skeleton?", [("206", "canonical_form"), ("two hundred and six", "number_in_words"), ("206 bones", "number_with_noun")],
     [("208", "wrong_number"), ("300", "infant_count_given")]),
    ("Which is the largest ocean on Earth by area?", [("the Pacific Ocean", "canonical_form"), ("Pacific", "short_name")],
     [("the Atlantic Ocean", "wrong_entity"), ("the Indian Ocean", "wrong_entity")]),
    ("Who led the team that introduced the first widely used inactivated polio vaccine in 1955?", [("Jonas Salk", "canonical_form"), ("Dr. Jonas Salk", "title_added")],
     [("Albert Sabin", "wrong_entity"), ("Louis Pasteur", "wrong_entity")]),
    ("What is the highest mountain in Africa?", [("Mount Kilimanjaro", "canonical_form"), ("Kilimanjaro", "short_name")],
     [("Mount Kenya", "wrong_entity"), ("Mount Stanley", "wrong_entity")]),
    ("What is the currency of Japan?", [("the yen", "canonical_form"), ("Japanese yen (JPY)", "answer_with_context")],
     [("the won", "wrong_entity"), ("the yuan", "wrong_entity")]),
    ("Who was the first woman to win a Nobel Prize?", [("Marie Curie", "canonical_form"), ("Marie Skłodowska-Curie", "full_name_variant")],
     [("Irène Joliot-Curie", "wrong_entity"), ("Bertha von Suttner", "wrong_entity")]),
    ("What is the chemical element with symbol W?", [("tungsten", "canonical_form"), ("Tungsten (wolfram)", "answer_with_context")],
     [("vanadium", "wrong_entity"), ("wolframite", "mineral_not_element")]),
    ("In which city is the Hagia Sophia located?", [("Istanbul", "canonical_form"), ("Istanbul, Turkey", "answer_with_context")],
     [("Ankara", "wrong_entity"), ("Athens", "wrong_entity")]),
    ("How many players does each side field in a standard association football (soccer) match?", [("11", "canonical_form"), ("eleven", "number_in_words"), ("11 players", "number_with_noun")],
     [("10", "wrong_number"), ("12", "wrong_number")]),
]
FACTS_ZH = [
    ("《红楼梦》的作者是谁？", [("曹雪芹", "canonical_form"), ("清代作家曹雪芹", "answer_with_context")], [("吴承恩", "wrong_entity"), ("施耐庵", "wrong_entity")]),
    ("被后人尊称为“诗圣”的唐代诗人是谁？", [("杜甫", "canonical_form"), ("杜甫（字子美）", "answer_with_context")], [("李白", "wrong_entity"), ("白居易", "wrong_entity")]),
    ("中国最长的河流是哪一条？", [("长江", "canonical_form"), ("长江（扬子江）", "answer_with_context")], [("黄河", "wrong_entity"), ("珠江", "wrong_entity")]),
    ("编制出第一张元素周期表的化学家是谁？", [("门捷列夫", "canonical_form"), ("德米特里·门捷列夫", "full_name_variant")], [("道尔顿", "wrong_entity"), ("拉瓦锡", "wrong_entity")]),
    ("中华人民共和国成立于哪一年？", [("1949年", "canonical_form"), ("1949", "bare_number"), ("1949年10月1日", "full_date")], [("1945年", "wrong_year"), ("1950年", "wrong_year")]),
]

KICKERS = ["Rolf Ambrose", "Tavi Okonkwo", "Cass Delaney", "Idris Faulk", "Marten Solberg", "Jules Paquette"]
TEAMS = [("Harbor City Gulls", "Ridgeview Foxes"), ("Lakeport Anchors", "Granite Falls Rams"), ("Westmoor Owls", "Cedar Bluff Bison")]
TOWNS = ["Ostrava Creek", "Millbeck", "Saltmarsh Landing", "Quarrywood", "Fennmoor"]


def fact_case(rng, lang, q, forms, wrongs):
    setup = (["The question asks: %s" % q, "Let me recall what I know about this.", "I should make sure I'm not confusing it with a related fact."]
             if lang == "en" else ["题目问的是：%s" % q, "回忆相关的知识。", "注意不要和相近的知识点混淆。"])
    return make_case(rng, lang, "simpleqa_like", "short_text", q, setup, forms, wrongs, kind="short")


def game_case(rng, i):
    home, away = TEAMS[i % 3]
    k1, k2 = rng.sample(KICKERS, 2)
    fgs = sorted(rng.sample(range(19, 56), rng.randint(3, 5)))
    shuffled = fgs[:]
    rng.shuffle(shuffled)
    td = rng.randint(3, 60)
    p = ("The %s hosted the %s on a windy Sunday. %s opened the scoring with a %d-yard field goal, and the %s answered with a "
         "%d-yard touchdown run. In the second quarter %s added kicks of %s yards. After halftime, %s of the visitors missed from "
         "48 yards, while %s closed the game with a %d-yard field goal in the fourth quarter." %
         (home, away, k1, shuffled[0], away, td, k1, " and ".join(str(x) for x in shuffled[1:-1]), k2, k1, shuffled[-1]))
    kind = rng.choice(["diff", "count", "sum"])
    if kind == "diff":
        qq, ans = "How many yards longer was %s's longest field goal than his shortest?" % k1, fgs[-1] - fgs[0]
        forms = [(str(ans), "canonical_form"), ("%d yards" % ans, "number_with_unit"), (words(ans) + " yards", "number_in_words")]
        wrongs = [(str(fgs[-1] - fgs[1]), "used_second_shortest"), (str(fgs[-1] + fgs[0]), "added_instead_of_subtracted")]
        setup = ["The field goals by %s: %s yards." % (k1, ", ".join(map(str, shuffled))), "The missed 48-yarder was by the other kicker, so it doesn't count.", "Longest minus shortest."]
    elif kind == "count":
        qq, ans = "How many field goals did %s make in the game?" % k1, len(fgs)
        forms = [(str(ans), "canonical_form"), (words(ans), "number_in_words"), ("%s field goals" % words(ans), "number_with_noun")]
        wrongs = [(str(ans + 1), "counted_missed_kick"), (str(ans - 1), "missed_one")]
        setup = ["List every kick mentioned in the passage.", "Separate made kicks from the missed attempt by %s." % k2, "Only %s's successful kicks count." % k1]
    else:
        qq, ans = "How many total yards were %s's field goals combined?" % k1, sum(fgs)
        forms = [(str(ans), "canonical_form"), ("%d yards" % ans, "number_with_unit")]
        wrongs = [(str(ans + 48), "included_missed_kick"), (str(ans + td), "included_touchdown_run")]
        setup = ["Made field goals: %s." % ", ".join(map(str, shuffled)), "Exclude the 48-yard miss and the %d-yard run." % td, "Sum them."]
    q = "Passage: %s\nQuestion: %s" % (p, qq)
    return make_case(rng, "en", "drop_like", "short_text", q, setup, forms, wrongs, kind="short")


def census_case(rng, i):
    town = TOWNS[i % len(TOWNS)]
    pop = rng.randint(12, 90) * 1000 + rng.randint(0, 999)
    kids, alone, old = rng.randint(22, 41), rng.randint(18, 33), rng.randint(9, 24)
    a, b = rng.randint(1200, 9000), rng.randint(1200, 9000)
    while a == b:
        b += 137
    p = ("As of the census of 2010, there were %s people residing in %s. Of all households, %d%% had children under the age of "
         "18 living with them and %d%% were made up of individuals living alone; %d%% of residents were 65 or older. The town's "
         "two largest employers were the Vale Cannery, with %s workers, and Pellham Textiles, with %s workers." %
         ("{:,}".format(pop), town, kids, alone, old, "{:,}".format(a), "{:,}".format(b)))
    kind = rng.choice(["notkids", "moreemp", "which"])
    if kind == "notkids":
        qq, ans = "What percent of households did not have children under 18 living with them?", 100 - kids
        forms = [("%d%%" % ans, "canonical_form"), ("%d percent" % ans, "percent_spelled_out"), (str(ans), "bare_number")]
        wrongs = [("%d%%" % kids, "gave_complement"), ("%d%%" % (100 - kids - alone), "subtracted_extra_group")]
        ref = str(ans)
        setup = ["%d%% of households had children under 18." % kids, "The complement is what's asked.", "100 minus that share."]
    elif kind == "moreemp":
        ans = abs(a - b)
        big, small = ("Vale Cannery", "Pellham Textiles") if a > b else ("Pellham Textiles", "Vale Cannery")
        qq = "How many more workers did the %s employ than the %s?" % (big, small)
        forms = [("{:,}".format(ans), "canonical_form"), (str(ans), "no_thousands_separator"), ("%s workers" % "{:,}".format(ans), "number_with_noun")]
        wrongs = [("{:,}".format(a + b), "added_instead_of_subtracted"), ("{:,}".format(ans + 100), "arithmetic_slip")]
        ref = str(ans)
        setup = ["Vale Cannery: %d workers; Pellham Textiles: %d workers." % (a, b), "Subtract the smaller from the larger."]
    else:
        qq = "Which employer had more workers, the Vale Cannery or Pellham Textiles?"
        ans = "Vale Cannery" if a > b else "Pellham Textiles"
        other = "Pellham Textiles" if a > b else "Vale Cannery"
        forms = [(ans, "canonical_form"), ("the %s" % ans, "article_added"), ("%s (%s workers)" % (ans, "{:,}".format(max(a, b))), "answer_with_context")]
        wrongs = [(other, "wrong_entity"), ("the %s" % other, "wrong_entity")]
        ref = ans
        setup = ["Compare %s with %s." % ("{:,}".format(a), "{:,}".format(b)), "Make sure I attach each number to the right employer."]
    q = "Passage: %s\nQuestion: %s" % (p, qq)
    return make_case(rng, "en", "drop_like", "short_text", q, setup, forms, wrongs, ref=ref, kind="short")


def zh_passage(rng, i):
    towns = ["青石镇", "柳溪乡", "南岗镇", "桃源乡", "北湖镇", "云台乡"]
    t1, t2 = rng.sample(towns, 2)
    n1, n2 = rng.randint(8000, 30000), rng.randint(8000, 30000)
    while n1 == n2:
        n2 += 311
    c1 = rng.randint(3, 9)
    p = ("据某县2020年统计，%s常住人口为%d人，%s常住人口为%d人。当年%s新建了%d所幼儿园，并修通了连接两镇的一条县道，"
         "全长%d公里。此前两地往来需绕行山路，单程约需两个小时。" % (t1, n1, t2, n2, t1, c1, rng.randint(12, 40)))
    if rng.random() < 0.5:
        ans = abs(n1 - n2)
        big, small = (t1, t2) if n1 > n2 else (t2, t1)
        qq = "%s的常住人口比%s多多少人？" % (big, small)
        forms = [("%d人" % ans, "canonical_form"), (str(ans), "bare_number"), ("%d 人" % ans, "unit_with_space")]
        wrongs = [("%d人" % (n1 + n2), "added_instead_of_subtracted"), ("%d人" % (ans + 1000), "arithmetic_slip")]
        setup = ["%s：%d人；%s：%d人。" % (t1, n1, t2, n2), "用较大的数减去较小的数。"]
        ref = "%d人" % ans
    else:
        qq = "两镇中哪个镇的常住人口更多？"
        ans = t1 if n1 > n2 else t2
        other = t2 if n1 > n2 else t1
        forms = [(ans, "canonical_form"), ("%s人口更多" % ans, "answer_in_sentence")]
        wrongs = [(other, "wrong_entity")]
        setup = ["比较 %d 和 %d。" % (n1, n2), "注意数字和镇名要对应。"]
        ref = ans
    q = "阅读下面的材料，回答问题。\n%s\n问题：%s" % (p, qq)
    return make_case(rng, "zh", "drop_like", "short_text", q, setup, forms, wrongs, ref=ref, kind="short")


def build(rng):
    out = []
    for q, forms, wrongs in FACTS:
        out.append(fact_case(rng, "en", q, forms, wrongs))
    for q, forms, wrongs in FACTS_ZH:
        out.append(fact_case(rng, "zh", q, forms, wrongs))
    for i in range(10):
        out.append(game_case(rng, i))
    for i in range(10):
        out.append(census_case(rng, i))
    for i in range(6):
        out.append(zh_passage(rng, i))
    return out
