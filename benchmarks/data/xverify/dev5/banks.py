"""dev5's multiple-choice, NLI, yes/no and short-answer banks. Part of gen_dev5.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F
import datetime as dt


# ---------------------------------------------------------------- non-math banks
MC_EN = [
 ("Which organelle is the main site of ATP synthesis by oxidative phosphorylation in eukaryotic cells?", ["Golgi apparatus","Mitochondrion","Lysosome","Smooth endoplasmic reticulum"], 1, "mmlu_like"),
 ("A firm's marginal cost curve intersects its average total cost curve at which point of the ATC curve?", ["Its maximum","Its minimum","Where ATC equals price","Where AVC is zero"], 1, "mmlu_like"),
 ("In a standard 12-tone equal temperament scale, how many semitones make up a perfect fifth?", ["5","6","7","8"], 2, "mmlu_like"),
 ("Which of these elements has the highest first ionization energy?", ["Sodium","Magnesium","Neon","Argon"], 2, "gpqa_like"),
 ("Which quantity is conserved in a perfectly inelastic collision of two isolated bodies?", ["Kinetic energy only","Linear momentum","Both kinetic energy and momentum","Neither"], 1, "gpqa_like"),
 ("The Treaty of Westphalia (1648) ended which conflict?", ["The Hundred Years' War","The Thirty Years' War","The War of the Spanish Succession","The Seven Years' War"], 1, "mmlu_like"),
 ("Which data structure gives O(1) average-time lookup by key?", ["Singly linked list","Binary heap","Hash table","Sorted array"], 2, "mmlu_like"),
 ("What is the hybridization of the central carbon in carbon dioxide?", ["sp","sp2","sp3","dsp2"], 0, "gpqa_like"),
 ("In Mendelian genetics, a cross between two heterozygotes (Aa × Aa) gives what expected phenotypic ratio for a fully dominant trait?", ["1:1","1:2:1","3:1","9:3:3:1"], 2, "mmlu_like"),
 ("Which logical fallacy attacks the person making an argument rather than the argument itself?", ["Straw man","Ad hominem","Begging the question","False dilemma"], 1, "mmlu_like"),
 ("For an ideal gas at constant temperature, if the volume is halved the pressure:", ["halves","stays the same","doubles","quadruples"], 2, "gpqa_like"),
 ("Which enzyme unwinds the DNA double helix at the replication fork?", ["DNA ligase","Primase","Helicase","Topoisomerase I only"], 2, "gpqa_like"),
 ("Which planet has the shortest orbital period around the Sun?", ["Venus","Mercury","Mars","Earth"], 1, "mmlu_like"),
 ("What is the time complexity of binary search on a sorted array of n elements?", ["O(n)","O(log n)","O(n log n)","O(1)"], 1, "mmlu_like"),
 ("Under the U.S. Constitution, how many senators does each state have?", ["One","Two","Three","It depends on population"], 1, "mmlu_like"),
 ("Which particle mediates the electromagnetic force?", ["Gluon","W boson","Photon","Graviton"], 2, "gpqa_like"),
 ("Which of these is a strong acid in water?", ["Acetic acid","Hydrofluoric acid","Hydrochloric acid","Carbonic acid"], 2, "gpqa_like"),
 ("Which Shakespeare play features the character Shylock?", ["Othello","The Merchant of Venice","King Lear","Twelfth Night"], 1, "mmlu_like"),
]


MC_ZH = [
 ("下列哪个朝代实行了“推恩令”？", ["秦朝","西汉","唐朝","北宋"], 1),
 ("光在真空中的传播速度约为：", ["3×10^5 m/s","3×10^8 m/s","3×10^10 m/s","340 m/s"], 1),
 ("下列物质中属于电解质的是：", ["铜","蔗糖","氯化钠","二氧化碳"], 2),
 ("我国最长的河流是：", ["黄河","长江","珠江","黑龙江"], 1),
 ("细胞中合成蛋白质的场所是：", ["核糖体","高尔基体","线粒体","溶酶体"], 0),
 ("下列诗句出自李白的是：", ["春眠不觉晓","床前明月光","白日依山尽","国破山河在"], 1),
 ("在市场经济中，商品的价格主要由什么决定？", ["政府指令","价值和供求关系","生产者的意愿","消费者的喜好"], 1),
 ("函数 y = x² 的图像是：", ["直线","双曲线","抛物线","圆"], 2),
 ("下列属于可再生能源的是：", ["煤炭","石油","天然气","太阳能"], 3),
 ("“三省六部制”正式确立于哪个朝代？", ["汉朝","隋朝","元朝","明朝"], 1),
]


NLI = [
 ("The bakery on Elm Street sold out of sourdough by 9 a.m.", "The bakery had some sourdough that morning.", "entailment"),
 ("Marta cycled to the conference because the trains were on strike.", "The trains were running normally.", "contradiction"),
 ("A man in a yellow raincoat is feeding pigeons in the square.", "The man is waiting for his daughter.", "neutral"),
 ("All seats in the lecture hall were taken when the talk began.", "The lecture hall was empty when the talk began.", "contradiction"),
 ("The committee approved the budget after a two-hour debate.", "The budget was approved.", "entailment"),
 ("Two kids are building a sandcastle near the waves.", "The kids are at a beach.", "entailment"),
 ("The museum reopened last spring after renovations.", "The renovations went over budget.", "neutral"),
 ("Liang has never been to Europe.", "Liang visited Paris last summer.", "contradiction"),
 ("A chef is slicing onions in a busy kitchen.", "Someone is preparing food.", "entailment"),
 ("The startup hired twelve engineers this quarter.", "The startup is planning an IPO.", "neutral"),
]


NLI_ZH = [
 ("小王今天请了病假，一整天都在家休息。", "小王今天在公司上班。", "矛盾"),
 ("这家餐厅的菜单上有三种素食套餐。", "这家餐厅提供素食。", "蕴含"),
 ("李老师在图书馆借了两本小说。", "李老师喜欢读历史书。", "中立"),
 ("会议因为暴雨被推迟到了下周。", "会议按原计划举行了。", "矛盾"),
 ("妈妈把蛋糕放进了冰箱。", "冰箱里有蛋糕。", "蕴含"),
 ("他们在山顶拍了很多照片。", "山顶的风景很美。", "中立"),
 ("这座桥于1998年建成通车。", "这座桥在上世纪建成。", "蕴含"),
 ("小明的哥哥是一名医生。", "小明是独生子。", "矛盾"),
]


NLI_MAP = {"entailment": ("蕴含", ["entails","entailment","the hypothesis follows","Entailment"]),
           "contradiction": ("矛盾", ["contradiction","contradicts","Contradiction","the hypothesis is false given the premise"]),
           "neutral": ("中立", ["neutral","Neutral","neither entailed nor contradicted","undetermined / neutral"])}


ZH2EN = {"蕴含": "entailment", "矛盾": "contradiction", "中立": "neutral"}


BOOL = [
 ("Is the Pacific Ocean larger in area than the Atlantic Ocean?", "yes", ["Yes","yes — it is larger","True","YES"], ["No","False"]),
 ("Is a tomato botanically a fruit?", "yes", ["Yes","True","yes, botanically it is a fruit"], ["No","It is a vegetable, so no"]),
 ("Does sound travel faster in air than in water?", "no", ["No","False","no — it is faster in water"], ["Yes","True"]),
 ("Is 2027 a leap year?", "no", ["No","False","It is not"], ["Yes","True"]),
 ("Is the square root of 2 a rational number?", "false", ["False","No","it is irrational, so false"], ["True","Yes"]),
 ("Is 221 a prime number?", "no", ["No","False","No (221 = 13 × 17)"], ["Yes","True"]),
 ("Can a triangle have two obtuse angles?", "no", ["No","False","impossible — no"], ["Yes","True"]),
]


SQA = [  # question, ref, aliases(good), near-misses(bad)
 ("Who was the first woman to win a Nobel Prize?", "Marie Curie", ["Maria Skłodowska-Curie","Madame Curie","Marie Skłodowska Curie"], ["Irène Joliot-Curie","Pierre Curie"]),
 ("Which city hosted the 2016 Summer Olympics?", "Rio de Janeiro", ["Rio","Rio de Janeiro, Brazil"], ["São Paulo","Brasília"]),
 ("What is the chemical symbol for tungsten?", "W", ["W (from wolfram)","the symbol W"], ["Tu","Tg"]),
 ("Who wrote the novel 'One Hundred Years of Solitude'?", "Gabriel García Márquez", ["Gabriel Garcia Marquez","García Márquez","Gabo (Gabriel García Márquez)"], ["Mario Vargas Llosa","Jorge Luis Borges"]),
 ("Who was the first person to walk on the Moon?", "Neil Armstrong", ["Neil A. Armstrong","Commander Neil Armstrong"], ["Buzz Aldrin","Michael Collins"]),
 ("Who painted 'The Night Watch'?", "Rembrandt", ["Rembrandt van Rijn","Rembrandt Harmenszoon van Rijn"], ["Johannes Vermeer","Frans Hals"]),
 ("Which British monarch reigned immediately before Queen Elizabeth II?", "George VI", ["King George VI","George the Sixth"], ["George V","Edward VIII"]),
 ("What is the capital of Australia?", "Canberra", ["Canberra, ACT","the city of Canberra"], ["Sydney","Melbourne"]),
 ("On what date did the Berlin Wall fall?", "9 November 1989", ["November 9, 1989","1989-11-09","9/11/1989 (9 November)"], ["November 10, 1989","October 3, 1990"]),
 ("Which element has atomic number 26?", "Iron", ["Fe","iron (Fe)"], ["Cobalt","Manganese"]),
 ("Who developed the theory of general relativity?", "Albert Einstein", ["Einstein","Dr. Albert Einstein"], ["Max Planck","Isaac Newton"]),
 ("What are the three primary colours of light (additive)?", "red, green, blue", ["blue, red and green","RGB: green, blue, red"], ["red, yellow, blue","red, green, yellow"]),
 ("Which two gases make up most of Earth's atmosphere?", "nitrogen and oxygen", ["oxygen and nitrogen","N₂ and O₂"], ["nitrogen and argon","oxygen and carbon dioxide"]),
 ("In what year did the Titanic sink?", "1912", ["1912 (April 15)","nineteen twelve"], ["1911","1915"]),
]


SQA_ZH = [
 ("《红楼梦》的作者是谁？", "曹雪芹", ["曹雪芹（曹霑）","作者是曹雪芹"], ["高鹗","吴承恩"]),
 ("中国第一位进入太空的航天员是谁？", "杨利伟", ["航天员杨利伟"], ["翟志刚","聂海胜"]),
 ("中华人民共和国成立于哪一天？", "1949年10月1日", ["1949-10-01","一九四九年十月一日"], ["1949年9月21日","1950年10月1日"]),
 ("水的化学式是什么？", "H2O", ["H₂O","一个氧原子两个氢原子，即H2O"], ["H2O2","HO"]),
]


def mc_letter_forms(L, text, lang):
    if lang == "zh":
        return [f"答案是{L}", f"选{L}", f"{L}．{text}", f"正确选项为（{L}）", f"{L}"]
    return [f"({L})", f"option {L}", f"{L}. {text}", f"The answer is {L}", f"**{L}** — {text}", f"{L.lower()})", f"{text} ({L})"]
