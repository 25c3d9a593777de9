"""Multiple-choice (en/zh) and classification-label (NLI-style) cases."""
from common import wrap, record

MC_EN = [
    ("Which planet has the shortest orbital period around the Sun?", ["Venus", "Mercury", "Mars", "Earth"], 1),
    ("Which gas makes up most of Earth's atmosphere by volume?", ["Oxygen", "Argon", "Nitrogen", "Carbon dioxide"], 2),
    ("Who wrote the play \"Romeo and Juliet\"?", ["Christopher Marlowe", "Ben Jonson", "John Milton", "William Shakespeare"], 3),
    ("What is the powerhouse organelle of the cell that produces most ATP?", ["Mitochondrion", "Ribosome", "Golgi apparatus", "Nucleus"], 0),
    ("Which city was the capital of the Byzantine Empire?", ["Rome", "Athens", "Constantinople", "Alexandria"], 2),
    ("Which of these is a noble gas?", ["Nitrogen", "Neon", "Chlorine", "Sodium"], 1),
    ("In which year did the first Apollo Moon landing take place?", ["1967", "1968", "1969", "1970"], 2),
    ("Which economist wrote \"The Wealth of Nations\"?", ["Adam Smith", "David Ricardo", "John Maynard Keynes", "Karl Marx"], 0),
    ("What is the largest organ of the human body?", ["Liver", "Brain", "Lungs", "Skin"], 3),
    ("Which country has the largest land area?", ["Canada", "Russia", "China", "United States"], 1),
    ("Which composer wrote \"The Rite of Spring\"?", ["Sergei Prokofiev", "Claude Debussy", "Igor Stravinsky", "Maurice Ravel"], 2),
    ("What is the chemical formula for methane?", ["CH4", "C2H6", "CO2", "NH3"], 0),
    ("Which empire built Machu Picchu?", ["Aztec", "Maya", "Olmec", "Inca"], 3),
    ("Which scientist proposed the heliocentric model in \"De revolutionibus\" (1543)?", ["Galileo Galilei", "Nicolaus Copernicus", "Johannes Kepler", "Tycho Brahe"], 1),
    ("Which of these animals is a marsupial?", ["Koala", "Panda", "Sloth", "Lemur"], 0),
    ("Which treaty ended World War I between the Allies and Germany?", ["Treaty of Paris", "Treaty of Utrecht", "Treaty of Versailles", "Treaty of Vienna"], 2),
    ("Which is the smallest prime number?", ["0", "1", "2", "3"], 2),
    ("Which river forms much of the border between the United States and Mexico?", ["Colorado River", "Rio Grande", "Mississippi River", "Columbia River"], 1),
]
MC_ZH = [
    ("下列哪位是北宋著名文学家，号“东坡居士”？", ["王安石", "欧阳修", "苏轼", "苏辙"], 2),
    ("我国古代“四大发明”不包括下列哪一项？", ["造纸术", "指南针", "火药", "地动仪"], 3),
    ("下列哪个是光合作用的主要产物之一？", ["氧气", "氮气", "二氧化碳", "氢气"], 0),
    ("《论语》记录的是哪位思想家及其弟子的言行？", ["孟子", "孔子", "老子", "荀子"], 1),
    ("下列城市中，哪一个是加拿大的首都？", ["多伦多", "温哥华", "渥太华", "蒙特利尔"], 2),
    ("水在标准大气压下的沸点是多少摄氏度？", ["90", "100", "110", "120"], 1),
    ("下列哪部作品是曹禺创作的话剧？", ["《茶馆》", "《雷雨》", "《骆驼祥子》", "《边城》"], 1),
    ("元素符号“Na”代表哪种元素？", ["氮", "镍", "钠", "氖"], 2),
    ("京杭大运河的北端是哪座城市？", ["北京", "天津", "杭州", "南京"], 0),
    ("下列哪位科学家提出了万有引力定律？", ["伽利略", "牛顿", "开普勒", "哥白尼"], 1),
]
NLI_ZH = [
    ("小王今天早上坐地铁去公司上班。", "小王今天去了公司。", "entailment"),
    ("这家餐厅周一全天不营业。", "周一中午可以在这家餐厅吃饭。", "contradiction"),
    ("李老师的女儿在上海读大学。", "李老师的女儿学的是医学专业。", "neutral"),
    ("会议因为暴雨推迟到了下周三。", "会议原定时间没有变化。", "contradiction"),
    ("张先生买了一辆新的电动汽车。", "张先生拥有一辆汽车。", "entailment"),
    ("图书馆新到了一批历史类书籍。", "这批书是从北京运来的。", "neutral"),
    ("她连续三年获得了公司的优秀员工奖。", "她至少获得过一次优秀员工奖。", "entailment"),
]
NLI_EN = [
    ("Priya missed the last bus, so she walked home in the rain.", "Priya got home without taking the last bus.", "entailment"),
    ("The museum is closed every Tuesday.", "Visitors can tour the museum on Tuesday afternoons.", "contradiction"),
    ("Tom's brother plays the cello in a youth orchestra.", "Tom's brother is older than Tom.", "neutral"),
    ("All of the tickets for Saturday's concert sold out within an hour.", "Some people bought tickets for Saturday's concert.", "entailment"),
    ("The bakery on Elm Street opened last spring.", "The bakery has been open for over twenty years.", "contradiction"),
    ("Mara planted tomatoes and basil in her garden.", "Mara's tomatoes won a prize at the county fair.", "neutral"),
]
L = "ABCD"
ZH_LAB = {"entailment": "蕴含", "contradiction": "矛盾", "neutral": "中立"}


def mc_question(rng, q, opts, lang):
    fmt = rng.randint(0, 1) if lang == "en" else 2
    if fmt == 0:
        return q + "\nAnswer Choices: " + " ".join(f"({L[i]}) {o}" for i, o in enumerate(opts))
    if fmt == 1:
        return q + "\n" + "\n".join(f"{L[i]}. {o}" for i, o in enumerate(opts))
    return q + "\n" + "\n".join(f"{L[i]}．{o}" for i, o in enumerate(opts))


def mc_cases(rng, items, lang):
    out = []
    for q, opts, k in items:
        question = mc_question(rng, q, opts, lang)
        ref = L[k]
        notes = [("Going through the options one at a time. " if lang == "en" else "逐一分析各选项。")
                 + "; ".join(f"{L[i]}: {o}" for i, o in enumerate(opts)) + ("." if lang == "en" else "。")]
        forms = [(ref, "letter_only"), (f"({ref}) {opts[k]}", "letter_and_text"), (f"{ref}. {opts[k]}", "letter_and_text"),
                 (opts[k], "option_text_only")]
        g, gt = rng.choice(forms)
        out.append(record(question, wrap(rng, lang, question, notes, g), ref, "Correct", lang, gt,
                          kat="alphabet_option", dataset="mmlu_like" if lang == "en" else "ceval_like"))
        w = rng.choice([i for i in range(4) if i != k])
        r = rng.random()
        if r < 0.25:
            out.append(record(question, wrap(rng, lang, question, notes, f"{L[w]}. {opts[w]}", mention=f"{ref}"), ref,
                              "Incorrect", lang, "switched_away", kat="alphabet_option",
                              dataset="mmlu_like" if lang == "en" else "ceval_like"))
        elif r < 0.4:
            two = f"{ref} or {L[w]}" if lang == "en" else f"{ref}或{L[w]}"
            out.append(record(question, wrap(rng, lang, question, notes, two), ref, "Incorrect", lang, "two_options",
                              kat="alphabet_option", dataset="mmlu_like" if lang == "en" else "ceval_like"))
        else:
            a = rng.choice([L[w], f"({L[w]}) {opts[w]}", opts[w]])
            out.append(record(question, wrap(rng, lang, question, notes, a), ref, "Incorrect", lang, "wrong_option",
                              kat="alphabet_option", dataset="mmlu_like" if lang == "en" else "ceval_like"))
    return out


def nli_cases(rng, items, lang):
    out = []
    labs = ["entailment", "neutral", "contradiction"]
    for p, h, lab in items:
        if lang == "zh":
            question = f"请判断下面两个句子的关系（蕴含 entailment / 中立 neutral / 矛盾 contradiction）。\n句子一：{p}\n句子二：{h}"
        else:
            question = (f"Premise: {p}\nHypothesis: {h}\nDoes the premise entail the hypothesis? "
                        "Answer with entailment, neutral, or contradiction.")
        notes = [("Compare what the premise guarantees with what the hypothesis claims." if lang == "en"
                  else "比较句子一能保证的信息和句子二的断言。")]
        g = rng.choice([lab, lab.capitalize()] + ([ZH_LAB[lab], f"{ZH_LAB[lab]}（{lab}）"] if lang == "zh" else []))
        out.append(record(question, wrap(rng, lang, question, notes, g), lab, "Correct", lang, "label_form",
                          kat="categorical_label", dataset="cmnli_like" if lang == "zh" else "nli_like"))
        w = rng.choice([x for x in labs if x != lab])
        b = ZH_LAB[w] if lang == "zh" and rng.random() < 0.5 else w
        out.append(record(question, wrap(rng, lang, question, notes, b), lab, "Incorrect", lang, f"{lab}_vs_{w}",
                          kat="categorical_label", dataset="cmnli_like" if lang == "zh" else "nli_like"))
    return out


def build(rng):
    return (mc_cases(rng, MC_EN, "en") + mc_cases(rng, MC_ZH, "zh") + nli_cases(rng, NLI_EN, "en")
            + nli_cases(rng, NLI_ZH, "zh"))
