"""Short answers: hand-written questions with a recalled background and chosen correct and incorrect finals;
``build_sa`` emits the cases."""

from .cases import CASES, R, add, pick

# (lang, dataset, question, gold, background reasoning, [correct finals], [(incorrect final, trap)])
SA = [
    ("en", "SimpleQA", "Which chemist first isolated elemental fluorine, in 1886?", "Henri Moissan",
     "Fluorine was notoriously hard to isolate — several chemists (Davy, the Knox brothers, Louyet) tried and some were poisoned. The breakthrough came "
     "by electrolysing potassium hydrogen difluoride dissolved in liquid hydrogen fluoride at low temperature, in a platinum apparatus. That work "
     "was done in Paris in 1886 and earned the Nobel Prize in Chemistry in 1906.",
     [("Moissan", "name_surname_only"), ("Henri Moissan", "plain")], [("Humphry Davy", "wrong_entity")]),
    ("en", "SimpleQA", "In what year was the Peace of Westphalia signed, ending the Thirty Years' War?", "1648",
     "The Thirty Years' War began with the Defenestration of Prague in 1618. Negotiations took place in Osnabrück and Münster over several years, "
     "and the treaties were concluded in October of the year thirty years after the war began.",
     [("The treaties were signed in October 1648.", "year_in_sentence")], [("The treaties were signed in October 1658, ending the war.", "wrong_year_fluent")]),
    ("en", "SimpleQA", "What is the capital of Burkina Faso?", "Ouagadougou",
     "Burkina Faso (formerly Upper Volta) is a landlocked country in West Africa. Its largest cities are Ouagadougou and Bobo-Dioulasso; the "
     "seat of government and the capital is the larger one, in the centre of the country.",
     [("Ouagadougou", "plain"), ("the capital is ouagadougou", "case")], [("Bobo-Dioulasso", "wrong_entity")]),
    ("en", "SimpleQA", "On what date was the Hubble Space Telescope launched?", "April 24, 1990",
     "Hubble was carried aboard Space Shuttle Discovery on mission STS-31. The launch was in spring 1990, and the telescope was deployed from the "
     "cargo bay the following day.",
     [("1990-04-24", "date_iso"), ("24 April 1990", "date_format")], [("April 24, 1991", "wrong_year_fluent"), ("It was launched on April 25, 1990.", "wrong_day")]),
    ("en", "SimpleQA", "Which chemical element has the symbol W?", "Tungsten",
     "The symbol W comes from the element's older German/Swedish name, wolfram, after the mineral wolframite. It has the highest melting point of "
     "all metals (about 3422 °C) and was used for light-bulb filaments.",
     [("Tungsten (also called wolfram)", "synonym"), ("Wolfram", "alias")], [("Vanadium", "wrong_entity")]),
    ("en", "FRAMES", "Which river is longer, the Danube or the Rhine?", "The Danube",
     "The Danube flows from the Black Forest to the Black Sea, roughly 2,850 km. The Rhine runs from the Swiss Alps to the North Sea, about 1,230 km.",
     [("The Danube is longer — about 2,850 km versus roughly 1,230 km for the Rhine.", "comparison_sentence"), ("Danube", "plain")],
     [("The Rhine is longer than the Danube.", "comparison_flipped")]),
    ("en", "SimpleQA", "Who wrote the novel 'The Master and Margarita'?", "Mikhail Bulgakov",
     "The novel was written in the Soviet Union in the 1930s, revised until the author's death in 1940, and only published in censored form in "
     "1966–67. Its author also wrote 'Heart of a Dog' and 'The White Guard'.",
     [("Bulgakov", "name_surname_only"), ("M. A. Bulgakov", "name_initials")], [("Boris Pasternak", "wrong_entity")]),
    ("en", "SimpleQA", "Which United Nations specialized agency coordinates international public health and declared COVID-19 a pandemic in March 2020?",
     "World Health Organization",
     "The agency is headquartered in Geneva, was founded in 1948, and its Director-General made the pandemic declaration on 11 March 2020.",
     [("WHO", "abbreviation"), ("the World Health Organization (WHO)", "plain")], [("UNICEF", "wrong_entity")]),
    ("en", "SimpleQA", "How many natural moons does Mars have?", "2",
     "Mars has two small, irregularly shaped moons discovered by Asaph Hall in 1877: Phobos and Deimos.",
     [("two", "number_word"), ("Mars has 2 moons, Phobos and Deimos.", "number_in_sentence")], [("Mars has three moons.", "wrong_number")]),
    ("en", "SimpleQA", "In which country is Mount Kilimanjaro located?", "Tanzania",
     "Kilimanjaro is near the border with Kenya, and many classic photographs are taken from Amboseli in Kenya, but the mountain itself lies "
     "entirely within the northeast of the other country, in Kilimanjaro National Park.",
     [("Tanzania", "plain"), ("the United Republic of Tanzania", "name_long")], [("Kenya", "wrong_entity"), ("It is on the Kenya–Tanzania border, so Kenya or Tanzania.", "hedge")]),
    ("en", "SimpleQA", "Who proposed the hypothesis of continental drift in 1912?", "Alfred Wegener",
     "The German meteorologist presented the idea in 1912 and published 'The Origin of Continents and Oceans' in 1915, citing the fit of coastlines "
     "and fossil distributions. It was largely rejected until plate tectonics emerged in the 1960s.",
     [("Wegener", "name_surname_only")], [("Harry Hess", "wrong_entity")]),
    ("en", "SimpleQA", "In what year did the Chernobyl nuclear disaster occur?", "1986",
     "The accident at reactor No. 4 happened during a safety test in the early hours of 26 April, in the Ukrainian SSR.",
     [("It happened on 26 April 1986.", "date_in_sentence")], [("It happened on 26 April 1987.", "wrong_year_fluent")]),
    ("en", "SimpleQA", "What is the official currency of Switzerland?", "Swiss franc",
     "Switzerland is not in the eurozone; its currency is issued by the Swiss National Bank and has the ISO code CHF.",
     [("the Swiss franc (CHF)", "synonym"), ("CHF", "abbreviation")], [("the euro", "wrong_entity")]),
    ("zh", "C-SimpleQA", "《天工开物》的作者是谁？", "宋应星",
     "《天工开物》成书于明代崇祯十年（1637年），系统记载了农业和手工业生产技术，被誉为“中国17世纪的工艺百科全书”。",
     [("宋应星", "plain"), ("作者是明代科学家宋应星。", "name_in_sentence")], [("徐光启", "wrong_entity")]),
    ("zh", "C-SimpleQA", "中国第一颗人造地球卫星“东方红一号”是哪一天发射的？", "1970年4月24日",
     "东方红一号由长征一号运载火箭在酒泉卫星发射中心发射，使中国成为第五个独立发射卫星的国家。这一天后来被定为“中国航天日”。",
     [("1970-04-24", "date_iso"), ("April 24, 1970", "date_crosslingual"), ("一九七〇年四月二十四日", "date_chinese_numerals")],
     [("1970年4月25日", "wrong_day"), ("它于1971年4月24日发射升空。", "wrong_year_fluent")]),
    ("zh", "C-SimpleQA", "《本草纲目》的作者是谁？", "李时珍",
     "《本草纲目》是明代医药学家所著，历时近三十年，收录药物 1892 种。作者字东璧，号濒湖。",
     [("李时珍", "plain"), ("明代医药学家李时珍", "name_in_sentence")], [("孙思邈", "wrong_entity")]),
    ("zh", "C-SimpleQA", "哪位南北朝时期的数学家将圆周率精确到小数点后第七位？", "祖冲之",
     "南朝宋、齐时期的数学家算出圆周率在 3.1415926 与 3.1415927 之间，并给出约率 22/7、密率 355/113。",
     [("祖冲之", "plain")], [("刘徽", "wrong_entity"), ("可能是刘徽，也可能是祖冲之。", "hedge")]),
    ("zh", "C-SimpleQA", "第一届诺贝尔奖是在哪一年颁发的？", "1901年",
     "诺贝尔于1896年去世，其遗嘱设立奖金；诺贝尔基金会成立后，首届颁奖在其逝世五周年纪念日（12月10日）举行。",
     [("1901", "plain"), ("一九〇一年", "chinese_numerals")], [("首届诺贝尔奖于1896年颁发。", "wrong_year_fluent")]),
]

SA_END = {
    "en": ["Final answer: {a}", "So my answer: {a}", "**Answer:** {a}", "Therefore, the answer is {a}.", "{a}"],
    "zh": ["答案：{a}", "所以答案是{a}。", "综上所述，{a}", "**答案**：{a}"],
}


def sa_reason(lang, q, bg):
    if lang == "en":
        return (f"<think>\nThe question: {q}\n\nLet me recall what I know. {bg}\n\nLet me double-check I'm not confusing this with a similar fact — "
                f"the details above are consistent with each other, so I'm fairly confident.\n</think>\n\n") if R.random() < 0.4 else (
                f"Let me recall the relevant facts.\n\n{bg}\n\nCross-checking: the dates and names above fit together, and I'm not mixing this up with a "
                f"related event or person.\n\n")
    return (f"<think>\n题目：{q}\n\n回忆一下相关知识：{bg}\n\n再核对一下，避免和相似的人物或事件混淆。\n</think>\n\n" if R.random() < 0.4 else
            f"回忆相关知识：{bg}\n\n核对：以上信息彼此吻合，没有与其他事件混淆。\n\n")


def build_sa():
    for lang, ds, q, gold, bg, goods, bads in SA:
        for a, trap in goods:
            out = sa_reason(lang, q, bg) + pick(SA_END[lang]).format(a=a)
            add(ds, "short_text", q, out, gold, "Correct", lang, trap)
        for a, trap in bads:
            out = sa_reason(lang, q, bg).replace(gold, bads[0][0] if trap == "wrong_entity" else gold) + pick(SA_END[lang]).format(a=a)
            add(ds, "short_text", q, out, gold, "Incorrect", lang, trap)
        # self-correction pair on every other item
        if len(CASES) % 2 == 0:
            wa = bads[0][0].rstrip("。.")
            ga = goods[0][0]
            if lang == "en":
                out = sa_reason(lang, q, bg) + f"My first thought was {wa}. Wait, actually that's wrong — on reflection the facts above point elsewhere.\n\nFinal answer: {ga}"
            else:
                out = sa_reason(lang, q, bg) + f"一开始想到的是{wa}。等等，不对，根据上面的信息应当修正。\n\n答案：{ga}"
            add(ds, "short_text", q, out, gold, "Correct", lang, "self_correction")
        else:
            wa = bads[0][0].rstrip("。.")
            ga = goods[0][0]
            if lang == "en":
                out = sa_reason(lang, q, bg) + f"So the answer is {ga}.\n\nHmm, wait — I may be misremembering. Actually, I now think it's {wa}.\n\nFinal answer: {wa}"
            else:
                out = sa_reason(lang, q, bg) + f"所以答案是{ga}。\n\n等等，我可能记错了，应该是{wa}。\n\n最终答案：{wa}"
            add(ds, "short_text", q, out, gold, "Incorrect", lang, "self_correction_to_wrong")
