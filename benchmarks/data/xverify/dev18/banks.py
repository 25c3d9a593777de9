#!/usr/bin/env python3
"""dev18's non-math banks (multiple choice, NLI, short answers) and their output writers. Part of gen_dev18.py (see README.md)."""
import json, os, random
from fractions import Fraction as F
from math import gcd, comb

# ---------------- non-math banks ----------------
# (dataset, zh, question stem, options, correct letter, explanation, trap-worthy distractor letter)
MC = [
    ("mmlu_like", False, "Which organelle is the primary site of ATP synthesis in eukaryotic cells?", ["Ribosome", "Mitochondrion", "Golgi apparatus", "Lysosome"], "B",
     "Oxidative phosphorylation happens across the inner mitochondrial membrane, where ATP synthase is driven by the proton gradient from the electron transport chain. Ribosomes make proteins, the Golgi packages them, lysosomes digest.", "A"),
    ("mmlu_like", False, "In the Keynesian model, an increase in the marginal propensity to consume (MPC) will", ["decrease the spending multiplier", "leave the multiplier unchanged", "increase the spending multiplier", "make the multiplier negative"], "C",
     "The simple multiplier is 1/(1−MPC). A larger MPC shrinks the denominator, so the multiplier grows; e.g. MPC 0.8 gives 5 while 0.9 gives 10.", "A"),
    ("mmlu_like", False, "Which amendment to the U.S. Constitution abolished slavery?", ["Tenth", "Thirteenth", "Fourteenth", "Fifteenth"], "B",
     "The Thirteenth Amendment (ratified 1865) abolished slavery. The Fourteenth concerns citizenship and equal protection; the Fifteenth concerns voting rights regardless of race.", "C"),
    ("mmlu_like", False, "A 2.0 kg object accelerates at 3.0 m/s². What net force acts on it?", ["0.67 N", "1.5 N", "5.0 N", "6.0 N"], "D",
     "Newton's second law: F = ma = 2.0 × 3.0 = 6.0 N. 0.67 N would come from dividing a/m, and 5.0 N from adding.", "C"),
    ("gpqa_like", False, "What is the hybridization of the central carbon atom in carbon dioxide (CO2)?", ["sp", "sp2", "sp3", "sp3d"], "A",
     "CO2 is linear (O=C=O) with two σ bonds and no lone pairs on carbon, so the steric number is 2 → sp hybridization; the two π bonds use the unhybridized p orbitals.", "B"),
    ("gpqa_like", False, "A particle in a one-dimensional infinite square well is in its ground state. If the well width is doubled, the ground-state energy becomes", ["twice as large", "half as large", "one quarter as large", "four times as large"], "C",
     "E_n = n²π²ħ²/(2mL²), so energy scales as 1/L². Doubling L divides the energy by 4.", "B"),
    ("gpqa_like", False, "Which of the following reagents would best convert a primary alcohol to an aldehyde without over-oxidation to the carboxylic acid?", ["KMnO4 (hot, acidic)", "PCC in dichloromethane", "Jones reagent (CrO3/H2SO4, aqueous)", "NaBH4"], "B",
     "PCC in anhydrous CH2Cl2 stops at the aldehyde because without water the aldehyde hydrate can't form, so no further oxidation. KMnO4 and Jones go to the acid; NaBH4 is a reducing agent.", "C"),
    ("mmlu_like", False, "Who wrote the novel 'One Hundred Years of Solitude'?", ["Jorge Luis Borges", "Mario Vargas Llosa", "Gabriel García Márquez", "Isabel Allende"], "C",
     "Cien años de soledad (1967) is by the Colombian author Gabriel García Márquez, set in the fictional town of Macondo.", "B"),
    ("mmlu_like", False, "The time complexity of binary search on a sorted array of n elements is", ["O(1)", "O(log n)", "O(n)", "O(n log n)"], "B",
     "Each comparison halves the remaining interval, so at most about log2(n) + 1 comparisons are needed.", "C"),
    ("mmlu_like", False, "Which of these is a primary color in the subtractive (CMY) color model?", ["Red", "Green", "Magenta", "Blue"], "C",
     "Subtractive primaries are cyan, magenta and yellow; red, green and blue are the additive primaries.", "A"),
    ("mmlu_like", False, "Which philosopher is most associated with the 'categorical imperative'?", ["John Stuart Mill", "Immanuel Kant", "David Hume", "Thomas Hobbes"], "B",
     "Kant formulates the categorical imperative in the Groundwork of the Metaphysics of Morals (1785). Mill is the utilitarian, Hume the empiricist sceptic, Hobbes the social-contract theorist.", "A"),
    ("gpqa_like", False, "In E. coli, the lac operon is transcribed at a high level when", ["glucose is high and lactose is absent", "glucose is high and lactose is present", "glucose is low and lactose is present", "glucose is low and lactose is absent"], "C",
     "Lactose (as allolactose) removes the repressor, and low glucose raises cAMP so CAP-cAMP activates the promoter. Both conditions are needed for strong expression.", "B"),
    ("mmlu_like", False, "What is the SI unit of electrical capacitance?", ["Henry", "Farad", "Tesla", "Siemens"], "B",
     "Capacitance is measured in farads (coulomb per volt). Henry is inductance, tesla magnetic flux density, siemens conductance.", "A"),
    ("mmlu_like", False, "Which ocean is the largest by surface area?", ["Atlantic", "Indian", "Arctic", "Pacific"], "D",
     "The Pacific covers roughly 165 million km², about a third of Earth's surface, larger than all land area combined.", "A"),
    ("mmlu_like", False, "A contract signed by a minor is generally", ["void", "voidable at the minor's option", "fully enforceable against the minor", "illegal"], "B",
     "Under common law a minor may disaffirm most contracts, so they are voidable by the minor, not void from the start; the adult party remains bound.", "A"),
    ("ceval_like", True, "下列哪一个是我国第一部纪传体通史？", ["《汉书》", "《史记》", "《资治通鉴》", "《春秋》"], "B",
     "《史记》由司马迁撰写，是中国第一部纪传体通史；《汉书》是第一部纪传体断代史；《资治通鉴》是编年体通史；《春秋》是编年体史书。", "A"),
    ("ceval_like", True, "在完全竞争市场中，企业短期停止营业的条件是价格低于", ["平均总成本的最低点", "平均可变成本的最低点", "边际成本", "平均固定成本"], "B",
     "短期内固定成本已经沉没，只要价格能覆盖平均可变成本，继续生产就能减少亏损；价格低于平均可变成本最低点时应停产。", "A"),
    ("ceval_like", True, "下列物质中，属于电解质的是", ["铜", "蔗糖", "氯化钠", "二氧化碳"], "C",
     "电解质是在水溶液或熔融状态下能导电的化合物。氯化钠符合；铜是单质，不属于电解质也不属于非电解质；蔗糖是非电解质；二氧化碳溶于水导电是因为生成碳酸，本身是非电解质。", "D"),
    ("ceval_like", True, "《中华人民共和国宪法》规定，中华人民共和国的根本制度是", ["人民代表大会制度", "社会主义制度", "民族区域自治制度", "基层群众自治制度"], "B",
     "宪法第一条规定：社会主义制度是中华人民共和国的根本制度。人民代表大会制度是根本政治制度，注意区分。", "A"),
    ("ceval_like", True, "计算机中，1 KB 等于多少字节？", ["1000", "1024", "512", "2048"], "B",
     "在计算机存储的传统用法中，1 KB = 2^10 = 1024 字节（国际标准中 1000 字节记为 kB，1024 字节记为 KiB，但本题按传统教材口径）。", "A"),
    ("ceval_like", True, "“落霞与孤鹜齐飞，秋水共长天一色”出自", ["《岳阳楼记》", "《滕王阁序》", "《醉翁亭记》", "《兰亭集序》"], "B",
     "这是王勃《滕王阁序》中的名句。《岳阳楼记》是范仲淹所作，《醉翁亭记》是欧阳修，《兰亭集序》是王羲之。", "A"),
]
NLI = [  # premise, hypothesis, label in {entailment, contradiction, neutral}, zh
    ("一名男子正在厨房里切洋葱，眼睛红红的。", "有人在厨房里处理食材。", "entailment", True),
    ("会议因为暴雨被推迟到了下周三。", "会议按原计划在今天举行。", "contradiction", True),
    ("她在北京一家科技公司工作了五年。", "她的月薪超过两万元。", "neutral", True),
    ("小明把所有的作业都做完了才去踢球。", "小明去踢球的时候还有作业没写。", "contradiction", True),
    ("这家餐馆周一不营业。", "这家餐馆周末生意很好。", "neutral", True),
    ("两个孩子在公园的沙坑里堆城堡。", "孩子们在户外玩耍。", "entailment", True),
    ("A woman in a red coat is waiting at a bus stop in the rain.", "A woman is outdoors.", "entailment", False),
    ("The museum closed early because of a power outage.", "The museum stayed open late that day.", "contradiction", False),
    ("The senator gave a speech about tax reform on Tuesday.", "The senator is running for re-election.", "neutral", False),
    ("Three musicians are playing violins on a crowded street corner.", "Nobody is playing an instrument.", "contradiction", False),
    ("The chef tasted the soup and added more salt.", "The soup was being prepared.", "entailment", False),
    ("A dog is sleeping on the porch next to an empty bowl.", "The dog is hungry.", "neutral", False),
]
ZH_LABEL = {"entailment": "蕴含", "contradiction": "矛盾", "neutral": "中立"}
SHORT = [  # question, reference, ok variants, near-miss wrongs, dataset, zh
    ("What is the capital city of Australia?", "Canberra", ["Canberra, ACT", "the city of Canberra"], ["Sydney", "Melbourne"], "simpleqa_like", False),
    ("Which element has the chemical symbol 'W'?", "Tungsten", ["tungsten (wolfram)", "Wolfram"], ["Vanadium", "Wolframite"], "simpleqa_like", False),
    ("In what year did the Berlin Wall fall?", "1989", ["November 1989", "in 1989 (9 November)"], ["1990", "1991"], "simpleqa_like", False),
    ("Who painted 'The Garden of Earthly Delights'?", "Hieronymus Bosch", ["Bosch", "Jheronimus van Aken (Hieronymus Bosch)"], ["Pieter Bruegel the Elder", "Jan van Eyck"], "simpleqa_like", False),
    ("What is the longest river in South America?", "Amazon River", ["the Amazon", "Amazon"], ["Paraná River", "Orinoco"], "simpleqa_like", False),
    ("Which planet has the moon Titan?", "Saturn", ["the planet Saturn", "Saturn (its largest moon)"], ["Jupiter", "Uranus"], "simpleqa_like", False),
    ("What is the name of the protein that carries oxygen in red blood cells?", "hemoglobin", ["haemoglobin", "Hemoglobin (Hb)"], ["myoglobin", "hemocyanin"], "simpleqa_like", False),
    ("Who was the first woman to win a Nobel Prize?", "Marie Curie", ["Marie Skłodowska-Curie", "Maria Salomea Skłodowska (Marie Curie)"], ["Irène Joliot-Curie", "Bertha von Suttner"], "simpleqa_like", False),
    ("What is the largest desert in Asia by area?", "Gobi Desert", ["the Gobi", "Gobi"], ["Taklamakan Desert", "Arabian Desert"], "simpleqa_like", False),
    ("Which programming language was created by Guido van Rossum?", "Python", ["the Python language", "Python (first released 1991)"], ["Perl", "Ruby"], "simpleqa_like", False),
    ("中国历史上第一个统一的中央集权封建王朝是哪个？", "秦朝", ["秦", "秦王朝"], ["汉朝", "周朝"], "simpleqa_like", True),
    ("《红楼梦》的作者通常认为是谁？", "曹雪芹", ["清代的曹雪芹", "曹雪芹（前八十回）"], ["高鹗", "施耐庵"], "simpleqa_like", True),
    ("世界上海拔最高的山峰是哪座？", "珠穆朗玛峰", ["珠峰", "Mount Everest（珠穆朗玛峰）"], ["乔戈里峰", "干城章嘉峰"], "simpleqa_like", True),
    ("According to the passage, the Broncos scored 14 points in the first quarter and 10 in the second, while the Raiders scored 7 in each of the two quarters. By how many points did the Broncos lead at halftime?", "10", ["ten points", "10 points"], ["24", "14"], "drop_like", False),
    ("Passage: The census recorded 48,200 residents in 2000 and 53,900 in 2010. Question: How many more residents were there in 2010 than in 2000?", "5700", ["5,700", "5,700 residents"], ["57,00", "6700"], "drop_like", False),
]
EXTRA_MC_VARIANTS = ["({L})", "{L}", "option {L}", "{L}. {T}", "**{L}**", "The answer is ({L}) {T}", "{T}", "答案是{L}", "选{L}"]


def mc_output(rng, item, say_letter, say_text, zh, style):
    ds, _, stem, opts, corr, expl, distr = item
    L = "ABCD"
    lines = []
    if zh:
        lines.append(rng.choice(["逐项分析：", "我们来逐个看选项。", "这道题考查的知识点需要仔细辨析。"]))
        for i, o in enumerate(opts):
            if L[i] == corr:
                lines.append(f"- {L[i]}. {o}：符合题意。{expl}")
            elif L[i] == distr:
                lines.append(f"- {L[i]}. {o}：这是最容易混淆的干扰项，乍看像对的，但与题干的要求不符。")
            else:
                lines.append(f"- {L[i]}. {o}：不正确，可以排除。")
        lines.append(rng.choice(["再回头核对一遍题干的关键词，确认没有看错问法（问的是“是”还是“不是”）。", "容易错选 " + distr + "，但仔细想想并不成立。"]))
    else:
        lines.append(rng.choice([f"Let me think about what the question is really asking: \"{stem}\"",
                                 "Going through the options one at a time.", "Okay, this one is mostly recall, but let me reason it out rather than guess."]))
        for i, o in enumerate(opts):
            if L[i] == corr:
                lines.append(f"- ({L[i]}) {o}: this fits. {expl}")
            elif L[i] == distr:
                lines.append(f"- ({L[i]}) {o}: tempting, and my first instinct leaned this way, but on reflection it doesn't match what is asked.")
            else:
                lines.append(f"- ({L[i]}) {o}: no.")
        lines.append(rng.choice([f"Double-checking: I briefly considered ({distr}), but the reasoning above rules it out.",
                                 "Re-reading the stem once more to make sure there isn't a NOT or EXCEPT hiding in it — there isn't."]))
    body = "\n".join(lines)
    return body


def nli_output(rng, prem, hyp, lab, zh):
    if zh:
        t = (f"前提：{prem}\n假设：{hyp}\n\n分析：" +
             {"entailment": "前提描述的情形必然使假设成立，假设只是对前提内容的概括或推论，没有引入新信息。",
              "contradiction": "前提与假设不能同时为真，二者在关键事实上直接冲突。",
              "neutral": "前提既不能推出假设，也不与假设冲突——假设引入了前提中没有的信息，无法判断真假。"}[lab] +
             "\n\n我一开始考虑过其他标签，但再对照一下句子中的关键成分，结论不变。")
    else:
        t = (f"Premise: {prem}\nHypothesis: {hyp}\n\n" +
             {"entailment": "If the premise is true, the hypothesis has to be true as well — it only generalizes or restates what the premise already says.",
              "contradiction": "Both sentences can't be true at the same time; they conflict on a key fact.",
              "neutral": "The premise doesn't tell us whether this is true or false. The hypothesis adds information (a motive, a state, a plan) that the premise is silent on."}[lab] +
             "\n\nLet me not over-read it: I'm only allowed to use what the premise states plus common sense. With that constraint the judgment stands.")
    return t
