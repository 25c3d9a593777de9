# -*- coding: utf-8 -*-
"""Multiple-choice, classification and short-answer problems for dev4."""

MC = []   # multiple choice
NLI = []  # categorical labels
SQ = []   # short text


def mc(ds, lang, stem, opts, ans, setup, fin, dis, dis_reason, check, fmt="lines", ref=None):
    MC.append(dict(ds=ds, lang=lang, stem=stem, opts=opts, ans=ans, setup=setup, fin=fin,
                   dis=dis, dis_reason=dis_reason, check=check, fmt=fmt, ref=ref))


mc("mmlu_like", "en", "Which organelle is the main site of ATP production in eukaryotic cells?",
   ["Nucleus", "Ribosome", "Mitochondrion", "Golgi apparatus"], "C",
   "ATP in eukaryotes is made mostly by oxidative phosphorylation. The nucleus stores DNA and controls transcription; ribosomes synthesise proteins; the Golgi apparatus modifies and packages proteins for secretion.",
   "Oxidative phosphorylation happens on the inner membrane of the mitochondrion, where the electron transport chain drives ATP synthase. So the mitochondrion is the powerhouse.",
   "B", "Ribosomes are where the cell's energy-consuming machinery sits, and since protein synthesis is tied to ATP generation there, the ribosome is the best match.",
   "Glycolysis (cytosol) makes only 2 ATP per glucose, while the mitochondrion makes roughly 30, confirming the choice.")

mc("mmlu_like", "en", "A binding price ceiling set below the equilibrium price will most likely result in",
   ["a surplus of the good", "a shortage of the good", "no change in quantity traded", "an increase in supply"], "B",
   "A price ceiling is a legal maximum price. If it is set below the market-clearing price, it binds. At the lower price, consumers want to buy more and producers want to sell less.",
   "Quantity demanded exceeds quantity supplied, which is a shortage. Rent control is the textbook example.",
   "A", "At a low controlled price, producers are stuck with goods they can't sell at a profit, so unsold inventory piles up — a surplus.",
   "A surplus arises from a binding price floor (above equilibrium), the mirror image; so the ceiling case is the shortage.")

mc("mmlu_like", "en", "What is the SI unit of electrical resistance?",
   ["Volt", "Ampere", "Ohm", "Watt"], "C",
   "Volt measures potential difference, ampere measures current, watt measures power. Resistance is defined through Ohm's law R = V/I.",
   "One volt per ampere is one ohm (Ω), so the unit of resistance is the ohm.",
   "A", "Resistance is about the voltage needed to push current, and voltage is measured in volts, so the answer is the volt.",
   "Dimensional check: V/A = Ω, and W = V·A, so the ohm is the only listed unit of resistance.")

mc("gpqa_like", "en", "Which of the following compounds has the highest normal boiling point?",
   ["CH4", "NH3", "H2O", "HF"], "C",
   "All four are small hydrides of second-period elements. CH4 has only London dispersion forces (bp −161 °C). NH3, H2O and HF all hydrogen bond. HF forms the strongest individual hydrogen bond, but each HF molecule has only one H and three lone pairs, so it forms chains, averaging about two H-bonds per molecule.",
   "Water has two O–H hydrogens and two lone pairs, so each molecule can participate in up to four hydrogen bonds, building a 3D network. That is why H2O boils at 100 °C, above HF (19.5 °C) and NH3 (−33 °C).",
   "D", "Fluorine is the most electronegative element, so HF has the strongest hydrogen bonds, and strongest hydrogen bonds means highest boiling point: HF.",
   "Literature values: CH4 −161 °C, NH3 −33 °C, HF 19.5 °C, H2O 100 °C.")

mc("mmlu_like", "en", "The Meselson–Stahl experiment showed that DNA replication is",
   ["conservative", "semiconservative", "dispersive", "random"], "B",
   "Meselson and Stahl grew E. coli in heavy ¹⁵N medium, switched to ¹⁴N, and separated DNA by density in a CsCl gradient. After one generation there was a single band of intermediate density, which ruled out the conservative model.",
   "After two generations there were two bands, intermediate and light, which ruled out the dispersive model. Only the semiconservative model fits: each daughter duplex has one parental and one new strand.",
   "C", "After one generation all DNA was intermediate density, meaning every molecule is a mix of old and new — exactly the dispersive picture.",
   "The second-generation result (a light band appearing) is the decisive discriminator against dispersive replication.")

mc("mmlu_like", "en", "The Treaty of Versailles (1919) formally ended which conflict?",
   ["The Franco-Prussian War", "The Crimean War", "The Napoleonic Wars", "World War I"], "D",
   "The Franco-Prussian War ended with the Treaty of Frankfurt (1871); the Crimean War with the Treaty of Paris (1856); the Napoleonic Wars with the Congress of Vienna (1815).",
   "The Treaty of Versailles, signed 28 June 1919, ended the state of war between Germany and the Allied Powers — World War I.",
   "A", "Versailles is where the German Empire was proclaimed in 1871 at the end of the Franco-Prussian War, so the treaty belongs to that war.",
   "1919 is right after the 1918 armistice, which only fits WWI.")

mc("mmlu_like", "en", "If $\\log_{10} x = 3$, then $x =$",
   ["30", "300", "1000", "$3^{10}$"], "C",
   "By definition, log₁₀ x = 3 means 10³ = x.",
   "10³ = 1000.",
   "A", "log₁₀ x = 3 means x = 10 × 3 = 30.",
   "log₁₀ 1000 = 3 since 1000 has three zeros.", fmt="choices")

mc("gpqa_like", "en", "A particle is confined to a one-dimensional infinite square well of width L. How does the energy of the first excited state compare to the ground-state energy?",
   ["It is twice as large", "It is four times as large", "It is eight times as large", "It is the same"], "B",
   "The energies are E_n = n²π²ħ²/(2mL²), n = 1, 2, 3, ... The ground state is n = 1 and the first excited state is n = 2.",
   "E₂/E₁ = 2²/1² = 4. So the first excited state is four times the ground-state energy.",
   "A", "The first excited state has n = 2, and since energy is proportional to n, E₂ = 2E₁.",
   "Energy scales as n², not n, because E ∝ k² and k = nπ/L.")

mc("mmlu_like", "en", "What is the worst-case time complexity of binary search on a sorted array of n elements?",
   ["O(n)", "O(log n)", "O(n log n)", "O(1)"], "B",
   "Binary search compares the target with the middle element and discards half of the remaining range each step.",
   "After k steps the range has n/2^k elements, so it ends after about log₂ n steps: O(log n).",
   "A", "In the worst case the target is not present and we have to look at every element, so O(n).",
   "For n = 1,000,000, binary search needs at most about 20 comparisons, which is logarithmic.", fmt="choices")

mc("mmlu_like", "en", "Who wrote the Critique of Pure Reason?",
   ["David Hume", "Immanuel Kant", "G. W. F. Hegel", "John Locke"], "B",
   "Hume wrote A Treatise of Human Nature and the Enquiry; Hegel wrote the Phenomenology of Spirit; Locke wrote An Essay Concerning Human Understanding.",
   "The Critique of Pure Reason (1781) is Immanuel Kant's major work, famously prompted by Hume waking him from his 'dogmatic slumber'.",
   "A", "The Critique of Pure Reason is the empiricist attack on metaphysics, which is Hume's project.",
   "Kant's three Critiques: Pure Reason (1781), Practical Reason (1788), Judgment (1790).")

mc("mmlu_like", "en", "Which is the largest planet in the Solar System?",
   ["Saturn", "Jupiter", "Neptune", "Earth", "Uranus"], "B",
   "Saturn is the second largest (mean radius ≈ 58,000 km); Uranus and Neptune are ice giants with radii around 25,000 km; Earth is much smaller.",
   "Jupiter, with a mean radius of about 69,900 km and more than twice the mass of all other planets combined, is the largest.",
   "A", "Saturn, with its enormous ring system spanning hundreds of thousands of kilometres, is the largest planet.",
   "Jupiter's mass is ~318 Earth masses versus Saturn's ~95.", fmt="choices")

mc("gpqa_like", "en", "What is the hybridization of the carbon atom in CO2?",
   ["sp", "sp2", "sp3", "sp3d"], "A",
   "In CO2 the carbon forms two double bonds, one to each oxygen, and has no lone pairs. That gives two electron domains around carbon.",
   "Two electron domains means linear geometry (180°) and sp hybridization; the remaining two p orbitals form the two π bonds.",
   "B", "Each C=O double bond involves a π bond, and carbon forming double bonds is sp2 hybridized, like in ethylene.",
   "Linear O=C=O with a 180° bond angle is the signature of sp.")

mc("mmlu_like", "en", "What is the median of the data set 3, 7, 1, 9, 5?",
   ["3", "5", "7", "5.5"], "B",
   "Sort the data: 1, 3, 5, 7, 9. There are 5 values, an odd count.",
   "The median is the middle (third) value: 5.",
   "D", "The median is the average of the two central values; taking 5 and 7 and averaging... 6, and the closest option is 5.5.",
   "The mean is also 25/5 = 5 here, but the median is specifically the middle sorted value, which is 5.")

mc("mmlu_like", "en", "What is the longest river in Africa?",
   ["Congo", "Niger", "Nile", "Zambezi"], "C",
   "The Congo is about 4,700 km and the deepest river in the world; the Niger is about 4,180 km; the Zambezi about 2,574 km.",
   "The Nile, at roughly 6,650 km, is the longest river in Africa (and traditionally considered the longest in the world).",
   "A", "The Congo carries by far the most water of any African river and is the longest on the continent.",
   "Even with measurement disputes the Nile exceeds the Congo by nearly 2,000 km.", fmt="choices")

mc("ceval_like", "zh", "光合作用的场所是",
   ["线粒体", "叶绿体", "核糖体", "高尔基体"], "B",
   "线粒体是有氧呼吸的主要场所，核糖体是合成蛋白质的场所，高尔基体与分泌物的加工、包装有关。",
   "光合作用包括光反应和暗反应，分别在叶绿体的类囊体薄膜和基质中进行，所以光合作用的场所是叶绿体。",
   "A", "光合作用需要能量，而线粒体是细胞的“动力车间”，所以光合作用在线粒体中进行。",
   "植物根尖细胞没有叶绿体，因此不能进行光合作用，也印证了叶绿体是场所。")

mc("ceval_like", "zh", "《红楼梦》的作者是",
   ["罗贯中", "施耐庵", "曹雪芹", "吴承恩"], "C",
   "四大名著中，《三国演义》作者是罗贯中，《水浒传》作者是施耐庵，《西游记》作者是吴承恩。",
   "《红楼梦》前八十回一般认为是曹雪芹所作（后四十回通常署名高鹗续），所以选曹雪芹。",
   "B", "《红楼梦》与《水浒传》同属明清白话小说，作者是施耐庵。",
   "曹雪芹，名霑，清代作家，《红楼梦》又名《石头记》。")

mc("ceval_like", "zh", "下列物质中，属于电解质的是",
   ["铜", "蔗糖", "氯化钠", "酒精"], "C",
   "电解质是在水溶液中或熔融状态下能导电的化合物。铜是单质，既不是电解质也不是非电解质；蔗糖和酒精在水溶液和熔融状态下都不导电，是非电解质。",
   "氯化钠在水溶液中和熔融状态下都能电离出 Na⁺ 和 Cl⁻ 而导电，是电解质。",
   "A", "铜能导电，所以铜是电解质。",
   "注意“能导电”不等于“是电解质”，电解质必须是化合物。")

mc("ceval_like", "zh", "在国际单位制中，力的单位是",
   ["焦耳", "牛顿", "瓦特", "帕斯卡"], "B",
   "焦耳是功和能量的单位，瓦特是功率的单位，帕斯卡是压强的单位。",
   "力的单位是牛顿，1 N = 1 kg·m/s²。",
   "D", "力作用在物体表面上，所以用帕斯卡来计量力。",
   "由 F = ma，单位为 kg·m/s²，即牛顿。")

mc("ceval_like", "zh", "函数 $y = \\sin 2x$ 的最小正周期是",
   ["$\\frac{\\pi}{2}$", "$\\pi$", "$2\\pi$", "$4\\pi$"], "B",
   "y = sin ωx 的最小正周期 T = 2π/|ω|。这里 ω = 2。",
   "T = 2π/2 = π。",
   "C", "正弦函数的周期是 2π，所以 y = sin 2x 的周期也是 2π。",
   "验证：sin 2(x + π) = sin(2x + 2π) = sin 2x ✓，且更小的正数 π/2 不满足：sin 2(x + π/2) = −sin 2x。")

mc("ceval_like", "zh", "商品的价值量是由什么决定的？",
   ["生产该商品的个别劳动时间", "生产该商品的社会必要劳动时间", "市场供求关系", "商品的价格"], "B",
   "个别劳动时间决定的是个别价值；供求关系影响价格围绕价值上下波动；价格是价值的货币表现，不能决定价值。",
   "商品的价值量由生产该商品的社会必要劳动时间决定。",
   "C", "供不应求时商品更值钱，供过于求时不值钱，所以价值量由供求关系决定。",
   "这是政治经济学中的基本结论：价值量与社会必要劳动时间成正比，与社会劳动生产率成反比。")


def nli(ds, lang, premise, hyp, label, reason, wrong, wrong_reason, labelset):
    NLI.append(dict(ds=ds, lang=lang, premise=premise, hyp=hyp, label=label, reason=reason,
                    wrong=wrong, wrong_reason=wrong_reason, labelset=labelset))


EN3 = ["entailment", "neutral", "contradiction"]
ZH3 = ["蕴含", "中立", "矛盾"]

nli("mnli_like", "en", "A woman in a red coat is walking her two dogs along the beach at sunset.",
    "A woman is outside with animals.", "entailment",
    "Walking dogs along a beach means she is outdoors, and dogs are animals. Every situation described by the premise makes the hypothesis true.",
    "neutral", "The premise doesn't say whether the dogs are hers or whether she is 'with' them in any meaningful sense, so we can't be certain.", EN3)
nli("mnli_like", "en", "The museum closed early on Tuesday because of a power outage.",
    "The museum was open all day on Tuesday.", "contradiction",
    "If it closed early, it was not open all day. Both sentences refer to the same museum on the same Tuesday, so they cannot both be true.",
    "neutral", "The hypothesis might refer to a different Tuesday, so the premise neither supports nor refutes it.", EN3)
nli("mnli_like", "en", "Several students stayed after class to ask the professor questions.",
    "The professor will give the students an extra-credit assignment.", "neutral",
    "Nothing in the premise mentions extra credit or any assignment. Students asking questions is compatible with an assignment being given or not.",
    "entailment", "Students staying late shows engagement, and professors typically reward that with extra credit, so the hypothesis follows.", EN3)
nli("snli_like", "en", "A man is playing an acoustic guitar on a crowded subway platform.",
    "A man is sleeping at home.", "contradiction",
    "One cannot be playing guitar on a subway platform and sleeping at home at the same time; in the standard reading both sentences describe the same man at the same moment.",
    "neutral", "They could be different men, so there is no conflict.", EN3)
nli("anli_like", "en", "Marie Curie was the first person to win Nobel Prizes in two different sciences, physics in 1903 and chemistry in 1911.",
    "Marie Curie won a Nobel Prize in chemistry.", "entailment",
    "The premise explicitly states she won the chemistry prize in 1911.",
    "contradiction", "The premise emphasizes physics as her first prize, and she was primarily a physicist, so the chemistry claim conflicts with it.", EN3)
nli("rte_like", "en", "The company reported a net loss of $3 million in the third quarter, despite a 10% rise in revenue.",
    "The company was profitable in the third quarter.", "not_entailment",
    "A net loss means expenses exceeded revenue; the company was not profitable that quarter, so the hypothesis is not entailed.",
    "entailment", "Revenue rose 10%, and rising revenue means the company made money in the quarter.", ["entailment", "not_entailment"])

nli("cmnli_like", "zh", "小王每天早上六点起床去公园跑步。", "小王有晨练的习惯。", "entailment",
    "每天早上去公园跑步就是晨练，而且“每天”说明这是习惯，所以前提能推出假设。",
    "neutral", "前提只说他去跑步，没说这是不是习惯，可能只是最近才开始，所以无法判断。", EN3)
nli("cmnli_like", "zh", "这家餐厅周一不营业。", "这家餐厅一周七天都开门。", "contradiction",
    "周一不营业，就不可能一周七天都开门，两句话不能同时为真。",
    "neutral", "假设说的可能是以后的营业安排，和前提无关，所以是中立。", EN3)
nli("cmnli_like", "zh", "会议定于下午三点在第二会议室举行。", "会议的主持人是公司总经理。", "neutral",
    "前提只给出了时间和地点，没有提到主持人是谁，所以既不能推出也不能否定假设。",
    "entailment", "公司的会议一般由总经理主持，所以可以推出假设。", EN3)
nli("cmnli_like", "zh", "他把最后一块蛋糕吃掉了。", "盘子里还剩下一块蛋糕。", "contradiction",
    "最后一块蛋糕被吃掉，说明盘子里已经没有蛋糕了，与“还剩一块”矛盾。",
    "neutral", "可能还有别的盘子，不能确定。", EN3)
nli("ocnli_like", "zh", "李老师在这所中学教了二十年的数学。", "李老师有教学经验。", "entailment",
    "教了二十年数学，显然具有教学经验。",
    "contradiction", "教数学和有教学经验不是一回事，两者冲突。", EN3)
nli("cmnli_like", "zh", "昨天北京下了一场大雪，很多航班延误。", "昨天北京的天气晴朗，航班全部准点。", "contradiction",
    "大雪与天气晴朗矛盾，航班延误与全部准点矛盾，两句不可能同时成立。",
    "neutral", "天气可能在一天中变化，所以无法判断。", EN3)


def sq(ds, lang, q, ref, setup, fin, good, bad, check, ref_field=None):
    SQ.append(dict(ds=ds, lang=lang, q=q, ref=ref, setup=setup, fin=fin, good=good, bad=bad, check=check))


sq("simpleqa_like", "en", "What is the chemical symbol for gold?", "Au",
   "Chemical symbols often come from Latin names rather than English ones — e.g. Fe from ferrum, Pb from plumbum.",
   "Gold's Latin name is aurum, so its symbol is Au (atomic number 79).",
   [("Au", "exact"), ("Au (from Latin aurum)", "answer_with_gloss")],
   [("Ag", "near_miss_silver", "The Latin word for the precious metal, argentum, gives the symbol Ag."),
    ("Go", "invented_symbol", "Taking the first two letters of the English name gives Go.")],
   "Ag is silver (argentum), so Au must be gold.")
sq("simpleqa_like", "en", "Who painted the Mona Lisa?", "Leonardo da Vinci",
   "The Mona Lisa is the Italian Renaissance portrait housed in the Louvre, painted in the early 16th century.",
   "It was painted by Leonardo da Vinci, begun around 1503.",
   [("Leonardo da Vinci", "exact"), ("Leonardo", "alias_first_name"), ("da Vinci", "alias_surname_form")],
   [("Michelangelo", "near_miss_contemporary", "The great Florentine master of the High Renaissance, Michelangelo, painted it."),
    ("Raphael", "near_miss_contemporary", "Raphael, known for his portraits, painted it.")],
   "The Louvre attributes it to Leonardo; Michelangelo is known for the Sistine Chapel.")
sq("simpleqa_like", "en", "What is the capital of Australia?", "Canberra",
   "Australia's largest cities are Sydney and Melbourne, but neither is the capital; Canberra was purpose-built as a compromise between them.",
   "The capital is Canberra, in the Australian Capital Territory.",
   [("Canberra", "exact"), ("Canberra, ACT", "with_region")],
   [("Sydney", "near_miss_largest_city", "The capital is the largest and best-known city, Sydney."),
    ("Melbourne", "near_miss_former_seat", "Melbourne, which hosted parliament early on, is the capital.")],
   "Parliament House is in Canberra, confirming it.")
sq("simpleqa_like", "en", "Who was the first person to walk on the Moon?", "Neil Armstrong",
   "Apollo 11 landed on 20 July 1969 with Neil Armstrong and Buzz Aldrin aboard the lunar module Eagle, while Michael Collins stayed in orbit.",
   "Neil Armstrong stepped out first ('one small step...'), followed by Aldrin about 19 minutes later.",
   [("Neil Armstrong", "exact"), ("Armstrong", "surname_only"), ("Neil Alden Armstrong", "full_name_alias")],
   [("Buzz Aldrin", "near_miss_crewmate", "Buzz Aldrin, the lunar module pilot, was the first to set foot on the surface."),
    ("Louis Armstrong", "near_miss_same_surname", "It was Louis Armstrong, the Apollo 11 commander.")],
   "Armstrong was mission commander, and he exited first.")
sq("simpleqa_like", "en", "Which element has atomic number 6?", "Carbon",
   "Atomic number counts protons. The first few elements are H (1), He (2), Li (3), Be (4), B (5), ...",
   "Number 6 is carbon (C).",
   [("Carbon", "exact"), ("carbon (C)", "with_symbol"), ("C", "symbol_only")],
   [("Nitrogen", "off_by_one_element", "Continuing the list: ... B (5), C... no, 6 is nitrogen."),
    ("Boron", "off_by_one_element", "Counting H, He, Li, Be, B, the sixth is boron.")],
   "Carbon-12 has 6 protons and 6 neutrons.")
sq("simpleqa_like", "en", "In what year did the Berlin Wall fall?", "1989",
   "The wall was built in 1961. Mass protests in East Germany grew through 1989.",
   "On 9 November 1989 the border crossings were opened and crowds began tearing down the wall.",
   [("1989", "exact"), ("November 9, 1989", "full_date")],
   [("1991", "near_miss_ussr_collapse", "The wall came down as the Soviet Union collapsed, in 1991."),
    ("1990", "near_miss_reunification", "It fell with German reunification in 1990.")],
   "Reunification was 3 October 1990, a year after the fall.")
sq("simpleqa_like", "en", "What is the largest ocean on Earth?", "Pacific Ocean",
   "The five oceans are the Pacific, Atlantic, Indian, Southern and Arctic.",
   "The Pacific is the largest, covering about 165 million km², roughly a third of Earth's surface.",
   [("Pacific Ocean", "exact"), ("the Pacific", "short_alias")],
   [("Atlantic Ocean", "near_miss_second_largest", "The Atlantic, spanning from the Arctic to Antarctica, is the largest."),
    ("Indian Ocean", "wrong_ocean", "The Indian Ocean is the largest.")],
   "The Atlantic is second at about 106 million km².")
sq("simpleqa_like", "en", "Who wrote the novel Pride and Prejudice?", "Jane Austen",
   "Pride and Prejudice (1813) is the Regency-era novel featuring Elizabeth Bennet and Mr Darcy.",
   "It was written by Jane Austen.",
   [("Jane Austen", "exact"), ("Austen", "surname_only")],
   [("Charlotte Brontë", "near_miss_similar_author", "It was written by Charlotte Brontë, author of classic English novels of courtship."),
    ("Emily Brontë", "near_miss_similar_author", "Emily Brontë wrote it.")],
   "Austen's other novels include Emma and Sense and Sensibility.")
sq("simpleqa_like", "en", "What is the longest bone in the human body?", "Femur",
   "The long bones of the leg are the femur, tibia and fibula; of the arm, the humerus, radius and ulna.",
   "The femur (thigh bone) is the longest, about a quarter of a person's height.",
   [("Femur", "exact"), ("the thigh bone", "common_name_alias"), ("femur (thighbone)", "both_names")],
   [("Tibia", "near_miss_leg_bone", "The shin bone, the tibia, is the longest."),
    ("Humerus", "near_miss_arm_bone", "The humerus is the longest.")],
   "The tibia is second longest.")
sq("drop_like", "en",
   "Passage: In the second quarter, kicker Matt Bryant made field goals of 23 and 41 yards. After halftime he added a 37-yard field goal, and in the fourth quarter he missed from 52 yards.\nQuestion: How many yards was the longest field goal Bryant made?",
   "41",
   "List the made field goals only: 23, 41 and 37 yards. The 52-yarder was missed, so it does not count.",
   "The longest made field goal is 41 yards.",
   [("41", "exact_number"), ("41 yards", "number_with_unit"), ("forty-one yards", "number_words")],
   [("52", "counted_missed_attempt", "The longest attempt listed is 52 yards."),
    ("37", "picked_last_made", "The longest was the 37-yarder after halftime.")],
   "41 > 37 > 23 and 52 was missed.")
sq("drop_like", "en",
   "Passage: According to the 2010 census, the town had a population of 12,345 living in 4,800 households, of which 3,100 were families.\nQuestion: How many more people than households were there?",
   "7545",
   "We need population minus households: 12,345 − 4,800.",
   "12,345 − 4,800 = 7,545.",
   [("7,545", "comma_number"), ("7545", "plain_number")],
   [("7,455", "digit_transposition", "12,345 − 4,800 = 7,455."),
    ("9,245", "used_families", "12,345 − 3,100 = 9,245.")],
   "Add back: 7,545 + 4,800 = 12,345 ✓.")
sq("drop_like", "en",
   "Passage: The university was founded in 1821 as a small seminary. It received its university charter in 1867 and admitted its first women students in 1892.\nQuestion: How many years after its founding did the institution receive its university charter?",
   "46",
   "Founded 1821, charter 1867. Subtract.",
   "1867 − 1821 = 46 years.",
   [("46", "exact_number"), ("46 years", "number_with_unit")],
   [("47", "inclusive_count_error", "Counting both endpoint years, 1867 − 1821 + 1 = 47."),
    ("71", "wrong_event", "From 1821 to women's admission in 1892 is 71 years.")],
   "1821 + 46 = 1867 ✓.")
sq("simpleqa_like", "zh", "中国历史上第一个统一的中央集权制封建王朝是哪个朝代？", "秦朝",
   "战国时期七雄并立，公元前221年，秦王嬴政先后灭六国。",
   "秦完成统一，建立了中国历史上第一个统一的中央集权制封建王朝——秦朝，嬴政称始皇帝。",
   [("秦朝", "exact"), ("秦", "short_alias"), ("秦朝（公元前221年）", "with_date")],
   [("汉朝", "near_miss_later_dynasty", "汉朝建立后推行郡国并行，奠定了大一统格局，所以是汉朝。"),
    ("周朝", "near_miss_earlier_dynasty", "周朝实行分封制，是最早的统一王朝。")],
   "秦朝建立时间为公元前221年，早于汉朝（公元前202年）。")
sq("simpleqa_like", "zh", "水的化学式是什么？", "H2O",
   "水分子由氢元素和氧元素组成，每个分子含2个氢原子和1个氧原子。",
   "所以水的化学式是 H₂O。",
   [("H₂O", "unicode_subscript"), ("H2O", "plain"), ("$\\mathrm{H_2O}$", "latex")],
   [("H₂O₂", "near_miss_peroxide", "水由氢、氧两种元素各两个原子组成：H₂O₂。"),
    ("HO", "missing_subscript", "氢氧各一个：HO。")],
   "H₂O₂ 是过氧化氢，不是水。")
sq("simpleqa_like", "zh", "长篇小说《三国演义》的作者是谁？", "罗贯中",
   "《三国演义》是元末明初的长篇章回体历史演义小说，以三国时期的历史为背景。",
   "其作者是罗贯中。",
   [("罗贯中", "exact"), ("元末明初的罗贯中", "with_gloss")],
   [("施耐庵", "near_miss_same_era_author", "《三国演义》与《水浒传》同为元末明初作品，作者是施耐庵。"),
    ("陈寿", "near_miss_history_author", "三国的历史由陈寿写成，所以作者是陈寿。")],
   "陈寿写的是史书《三国志》，不是小说。")
