"""dev12's multiple-choice, fact and NLI banks with their letter forms and discussions. Part of gen_dev12.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F
from phrasing import R


# ---------------- non-math banks ----------------
MC = [  # (question, options, correct letter, explanation en/zh, lang, dataset)
 ("Which planet has the shortest orbital period around the Sun?", ["Venus", "Mercury", "Mars", "Earth"], "B", "Mercury is closest to the Sun, so by Kepler's third law its orbital period (about 88 days) is the shortest.", "en", "mmlu_like"),
 ("Which organelle is the main site of ATP production in eukaryotic cells?", ["Ribosome", "Golgi apparatus", "Mitochondrion", "Lysosome"], "C", "Oxidative phosphorylation happens on the inner mitochondrial membrane and produces most of the cell's ATP.", "en", "mmlu_like"),
 ("In economics, a price ceiling set below the equilibrium price typically causes:", ["a surplus", "a shortage", "no change", "higher prices"], "B", "At a price below equilibrium, quantity demanded exceeds quantity supplied, so there is a shortage.", "en", "mmlu_like"),
 ("What is the conjugate base of H2SO4?", ["SO4^2-", "HSO4^-", "H3SO4^+", "H2O"], "B", "Removing one proton from H2SO4 gives HSO4^-.", "en", "gpqa_like"),
 ("A photon's energy is doubled. Its wavelength is:", ["doubled", "halved", "unchanged", "quadrupled"], "B", "E = hc/λ, so doubling E halves λ.", "en", "gpqa_like"),
 ("Which amendment to the U.S. Constitution abolished slavery?", ["First", "Fifth", "Thirteenth", "Nineteenth"], "C", "The Thirteenth Amendment (1865) abolished slavery.", "en", "mmlu_like"),
 ("Who wrote 'Pride and Prejudice'?", ["Charlotte Brontë", "Jane Austen", "Mary Shelley", "George Eliot"], "B", "Jane Austen published it in 1813.", "en", "mmlu_like"),
 ("Which gas makes up most of Earth's atmosphere by volume?", ["Oxygen", "Carbon dioxide", "Argon", "Nitrogen"], "D", "Nitrogen is about 78% of dry air.", "en", "mmlu_like"),
 ("The derivative of ln(x) is:", ["x", "1/x", "e^x", "ln(x)/x"], "B", "d/dx ln x = 1/x.", "en", "mmlu_like"),
 ("Which process in meiosis creates genetic recombination between homologous chromosomes?", ["Cytokinesis", "Crossing over", "Replication", "Transcription"], "B", "Crossing over in prophase I exchanges segments between homologs.", "en", "gpqa_like"),
 ("中国古代四大发明不包括以下哪一项？", ["造纸术", "指南针", "地动仪", "火药"], "C", "四大发明是造纸术、印刷术、指南针、火药，地动仪不在其中。", "zh", "ceval_like"),
 ("下列哪个是我国面积最大的省级行政区？", ["西藏自治区", "新疆维吾尔自治区", "内蒙古自治区", "青海省"], "B", "新疆面积约166万平方千米，为全国最大。", "zh", "ceval_like"),
 ("光合作用的主要场所是：", ["线粒体", "叶绿体", "核糖体", "细胞核"], "B", "光合作用在叶绿体中进行。", "zh", "ceval_like"),
 ("《红楼梦》的作者是：", ["罗贯中", "施耐庵", "曹雪芹", "吴承恩"], "C", "《红楼梦》前八十回作者为曹雪芹。", "zh", "ceval_like"),
 ("下列物质中属于纯净物的是：", ["空气", "蒸馏水", "海水", "石灰石"], "B", "蒸馏水只含H2O一种物质，属于纯净物。", "zh", "ceval_like"),
 ("Which of the following is a prime number?", ["51", "57", "59", "91"], "C", "51 = 3·17, 57 = 3·19, 91 = 7·13, while 59 has no divisors other than 1 and itself.", "en", "mmlu_like"),
 ("The SI unit of electrical resistance is the:", ["volt", "ampere", "ohm", "watt"], "C", "Resistance is measured in ohms (Ω).", "en", "mmlu_like"),
 ("Which enzyme unwinds the DNA double helix during replication?", ["DNA ligase", "Helicase", "Primase", "DNA polymerase I"], "B", "Helicase breaks the hydrogen bonds between base pairs to unwind the helix.", "en", "gpqa_like"),
]


FACT = [  # (question, ref, good aliases, near-miss wrongs, lang)
 ("What is the capital of Australia?", "Canberra", ["Canberra", "Canberra, ACT", "the city of Canberra"], ["Sydney", "Melbourne"], "en"),
 ("Who painted the ceiling of the Sistine Chapel?", "Michelangelo", ["Michelangelo Buonarroti", "Michelangelo"], ["Raphael", "Leonardo da Vinci"], "en"),
 ("What is the chemical symbol for sodium?", "Na", ["Na", "the symbol Na (from Latin natrium)"], ["S", "So"], "en"),
 ("In which year did the Berlin Wall fall?", "1989", ["1989", "November 1989", "9 November 1989"], ["1991", "1990"], "en"),
 ("What is the largest ocean on Earth?", "Pacific Ocean", ["the Pacific", "Pacific Ocean"], ["Atlantic Ocean", "Indian Ocean"], "en"),
 ("Who developed the theory of general relativity?", "Albert Einstein", ["Einstein", "Albert Einstein"], ["Isaac Newton", "Max Planck"], "en"),
 ("What is the longest river in Africa?", "Nile", ["the Nile River", "Nile"], ["Congo River", "Niger"], "en"),
 ("Which element has atomic number 26?", "Iron", ["iron (Fe)", "Fe", "Iron"], ["Cobalt", "Manganese"], "en"),
 ("Who was the first person to walk on the Moon?", "Neil Armstrong", ["Neil Armstrong", "Armstrong"], ["Buzz Aldrin", "Yuri Gagarin"], "en"),
 ("中国的首都是哪座城市？", "北京", ["北京", "北京市", "Beijing"], ["上海", "南京"], "zh"),
 ("珠穆朗玛峰位于哪两个国家的边界上？", "中国和尼泊尔", ["中国与尼泊尔", "尼泊尔和中国"], ["中国和印度", "尼泊尔和不丹"], "zh"),
 ("水的沸点（标准大气压下）是多少摄氏度？", "100℃", ["100摄氏度", "100 °C", "一百摄氏度"], ["90℃", "212℃"], "zh"),
 ("What is the hardest natural mineral?", "Diamond", ["diamond", "Diamond (Mohs 10)"], ["Corundum", "Quartz"], "en"),
 ("What currency is used in Japan?", "Japanese yen", ["yen", "the Japanese yen (JPY)"], ["yuan", "won"], "en"),
]


NLI = [  # (premise, hypothesis, label en, zh label)
 ("A man is playing a guitar on a stage.", "A person is performing music.", "entailment"),
 ("A woman is slicing tomatoes in a kitchen.", "The woman is asleep in bed.", "contradiction"),
 ("Two children are running in a park.", "The children are siblings.", "neutral"),
 ("The store closes at 9 p.m. every day.", "The store is open at 10 p.m. on Monday.", "contradiction"),
 ("A dog is catching a frisbee on the beach.", "An animal is outdoors.", "entailment"),
 ("他昨天去了图书馆借书。", "他昨天出门了。", "entailment"),
 ("会议被推迟到下周三。", "会议在本周三如期举行。", "contradiction"),
 ("她买了一件红色的外套。", "她很喜欢红色。", "neutral"),
 ("这家餐厅只在周末营业。", "这家餐厅周二不营业。", "entailment"),
 ("小王是一名医生。", "小王在医院工作了十年。", "neutral"),
]


ZHL = {"entailment": "蕴含", "contradiction": "矛盾", "neutral": "中立"}


LETTER_FORMS_EN = ["The answer is {L}.", "Answer: ({L})", "**{L}. {T}**", "I'll go with option {L}.", "Final answer: {L}) {T}", "\\boxed{{{L}}}", "Correct choice: {T} — that's ({L}).", "So it's {L}"]


LETTER_FORMS_ZH = ["答案是{L}", "答案：{L}. {T}", "故选{L}。", "正确选项为（{L}）{T}", "选{L}"]


MCD_EN = ["Multiple-choice questions of this kind usually test one core fact, and the distractors are plausible neighbours.",
 "I'll resist the urge to pick the first familiar-sounding option.", "Reading each option in full matters: a single word can flip the meaning.",
 "Elimination leaves a single candidate, which agrees with what I recalled directly.", "My confidence is high because two independent lines of reasoning agree.",
 "The wording of the stem ('which of the following') means exactly one option should fit.", "Distractor analysis: the wrong options are each true of something related, which is why they look tempting.",
 "Checking units, definitions and edge cases doesn't change the conclusion.", "If I were unsure I'd flag it, but here the evidence is clear.", "Textbooks state this explicitly."]


MCD_ZH = ["这道题考查一个核心知识点。", "关键在于准确理解概念。", "不能只凭印象作答。", "其余选项都是常见的干扰项。", "排除法只剩下一个选项，与直接回忆的结论一致。", "教材中对此有明确表述。", "两种思路结论一致，可以确定。", "逐字读选项很重要。"]


def discussion_mc(lang):
    return (" ".join(R.sample(MCD_EN, R.randint(5, 9))) if lang == "en" else "".join(R.sample(MCD_ZH, R.randint(4, 7))))
