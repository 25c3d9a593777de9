# Base items for dev11. Each item: dataset, key_answer_type, lang, question, reference,
# reasoning text, list of correct renderings, list of (wrong rendering, trap).
I = []
def add(ds, kat, lang, q, ref, reason, good, bad):
    I.append(dict(ds=ds, kat=kat, lang=lang, q=q, ref=ref, reason=reason, good=good, bad=bad))

# ---------------- MATH (en) ----------------
add("gsm8k_like","math","en","A bakery sells muffins for $2.75 each. Maria buys 12 muffins and pays with a $50 bill. How much change does she get?","17",
 "12 muffins cost 12 x 2.75 = 33.00 dollars. The change from a 50 dollar bill is 50 - 33 = 17 dollars.",
 ["$17","\\boxed{17}","17 dollars","$17.00"],[("$33","value_of_intermediate_step"),("$1.70","scale_error")])
add("math_like","math","en","Solve for x: $\\frac{2x-1}{3} = \\frac{x+4}{2}$.","x = 14",
 "Cross-multiplying gives 2(2x-1) = 3(x+4), i.e. 4x - 2 = 3x + 12, so x = 14.",
 ["\\boxed{14}","x = 14","$x=14$"],[("x = -14","sign_error"),("x = 10","arith_slip")])
add("math_like","math","en","Find all real solutions of $x^2 - 5x + 6 = 0$.","\\{2, 3\\}",
 "Factor: x^2 - 5x + 6 = (x-2)(x-3). The roots are 2 and 3.",
 ["\\boxed{x = 2 \\text{ or } x = 3}","$\\{3, 2\\}$","x=2, x=3"],[("x = 2","missing_root"),("x = -2, x = -3","sign_error")])
add("math_like","math","en","What is the probability of getting exactly two heads when three fair coins are tossed?","$\\frac{3}{8}$",
 "There are 2^3 = 8 equally likely outcomes; exactly two heads happens in C(3,2) = 3 of them (HHT, HTH, THH).",
 ["\\boxed{\\dfrac{3}{8}}","0.375","37.5%","3/8"],[("\\boxed{\\frac{1}{2}}","at_least_vs_exactly"),("\\frac{3}{4}","wrong_denominator")])
add("aime_like","math","en","Find the remainder when $2^{100}$ is divided by $7$.","2",
 "Powers of 2 mod 7 cycle with period 3: 2, 4, 1. Since 100 = 3*33 + 1, 2^100 = (2^3)^33 * 2 = 1 * 2 = 2 mod 7.",
 ["\\boxed{2}","2","the remainder is 2"],[("\\boxed{4}","off_by_one_cycle"),("\\boxed{1}","off_by_one_cycle")])
add("math_like","math","en","Solve the inequality $|x - 3| < 5$.","$(-2, 8)$",
 "|x-3| < 5 means -5 < x - 3 < 5, so -2 < x < 8.",
 ["$-2 < x < 8$","\\boxed{(-2,8)}","x \\in (-2, 8)"],[("\\boxed{[-2, 8]}","closed_vs_open_interval"),("x < 8","half_interval")])
add("math_like","math","en","Find the equation of the line through $(1, 2)$ and $(3, 8)$ in slope-intercept form.","y = 3x - 1",
 "Slope m = (8-2)/(3-1) = 3. Using (1,2): 2 = 3(1) + b gives b = -1.",
 ["\\boxed{y = 3x - 1}","$y=3x-1$","y = -1 + 3x"],[("y = 3x + 1","sign_error_intercept"),("y = \\frac{1}{3}x + \\frac{5}{3}","inverted_slope")])
add("math_like","math","en","Convert $135^\\circ$ to radians.","\\frac{3\\pi}{4}",
 "Multiply by pi/180: 135 * pi/180 = 3pi/4.",
 ["\\boxed{\\frac{3\\pi}{4}}","3π/4 radians","0.75\\pi"],[("\\frac{4\\pi}{3}","inverted_fraction"),("135","degrees_not_radians")])
add("math_like","math","en","Simplify $\\sqrt{50} + \\sqrt{18}$.","$8\\sqrt{2}$",
 "sqrt(50) = 5 sqrt(2) and sqrt(18) = 3 sqrt(2), so the sum is 8 sqrt(2).",
 ["\\boxed{8\\sqrt{2}}","8√2","$\\sqrt{128}$"],[("\\sqrt{68}","added_radicands"),("4\\sqrt{2}","arith_slip")])
add("math_like","math","en","Compute $\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}\\begin{pmatrix}5\\\\6\\end{pmatrix}$.","\\begin{pmatrix}17\\\\39\\end{pmatrix}",
 "First entry: 1*5 + 2*6 = 17. Second entry: 3*5 + 4*6 = 15 + 24 = 39.",
 ["\\boxed{\\begin{pmatrix}17\\\\39\\end{pmatrix}}","(17, 39)^T","[17, 39]"],[("\\begin{pmatrix}23\\\\34\\end{pmatrix}","transposed_matrix"),("\\begin{pmatrix}39\\\\17\\end{pmatrix}","swapped_components")])
add("gsm8k_like","math","en","A car travels 150 km in 2.5 hours. What is its average speed in meters per second?","\\frac{50}{3}\\text{ m/s}",
 "Average speed = 150/2.5 = 60 km/h. Converting: 60 km/h = 60000 m / 3600 s = 16.67 m/s (exactly 50/3).",
 ["\\boxed{\\frac{50}{3}\\ \\text{m/s}}","about 16.67 m/s","16\\frac{2}{3} m/s"],[("60 m/s","unit_not_converted"),("\\boxed{60}","unit_not_converted")])
add("gsm8k_like","math","en","A jacket originally priced at $80 is discounted by 25%, then an additional 10% is taken off the sale price. What is the final price?","54",
 "After 25% off: 80 * 0.75 = 60. Then 10% off 60: 60 * 0.9 = 54.",
 ["$54","\\boxed{54}","54 dollars","$54.00"],[("$52","added_percentages"),("$26","discount_not_price")])
add("aime_like","math","en","How many positive divisors does $360$ have?","24",
 "360 = 2^3 * 3^2 * 5, so the number of divisors is (3+1)(2+1)(1+1) = 24.",
 ["\\boxed{24}","24","twenty-four"],[("\\boxed{22}","excluded_trivial_divisors"),("\\boxed{12}","arith_slip")])
add("math_like","math","en","Find the intersection point of the lines $y = 2x + 1$ and $y = -x + 7$.","(2, 5)",
 "Set 2x + 1 = -x + 7, so 3x = 6, x = 2, and y = 2(2) + 1 = 5.",
 ["\\boxed{(2,5)}","x = 2, y = 5","$(2,\\,5)$"],[("(5, 2)","swapped_coordinates"),("x = 2","incomplete_pair")])
add("math_like","math","en","Express $0.\\overline{36}$ as a fraction in lowest terms.","\\frac{4}{11}",
 "Let x = 0.3636...; 100x = 36.3636..., so 99x = 36, x = 36/99 = 4/11.",
 ["\\boxed{\\frac{4}{11}}","4/11","$\\tfrac{4}{11}$"],[("\\frac{36}{100}","terminating_not_repeating"),("\\frac{9}{25}","terminating_not_repeating")])
add("gsm8k_like","math","en","Light travels about $3.0\\times 10^8$ m/s. How far does it travel in 5 minutes? Give the answer in meters.","9.0 \\times 10^{10} m",
 "5 minutes = 300 s. Distance = 3.0e8 * 300 = 9.0e10 m.",
 ["9 \\times 10^{10} m","90,000,000,000 meters","9.0e10 m"],[("1.5 \\times 10^9 m","minutes_not_seconds"),("9.0 \\times 10^{7} km","unit_scale_error")])
add("math_like","math","en","What is the area of a circle with circumference $10\\pi$?","25\\pi",
 "C = 2 pi r = 10 pi gives r = 5, so A = pi r^2 = 25 pi.",
 ["\\boxed{25\\pi}","25π","$\\pi \\cdot 25$"],[("\\boxed{100\\pi}","diameter_as_radius"),("50\\pi","circumference_confused")])
add("aime_like","math","en","The sum of an infinite geometric series with first term $a$ and ratio $\\frac{1}{3}$ is $27$. Find $a$.","18",
 "S = a/(1 - r) = a/(2/3) = 3a/2 = 27, so a = 18.",
 ["\\boxed{18}","a = 18","eighteen"],[("\\boxed{9}","wrong_formula"),("\\boxed{40.5}","inverted_ratio")])
add("gsm8k_like","math","en","A train leaves at 9:45 AM and the trip takes 3 hours 50 minutes. At what time does it arrive?","1:35 PM",
 "9:45 + 3h = 12:45; + 50 min = 13:35, i.e. 1:35 PM.",
 ["1:35 PM","13:35","1:35 p.m."],[("1:35 AM","am_pm_error"),("12:35 PM","arith_slip")])
add("math_like","math","en","Find the center and radius of the circle $x^2 + y^2 - 6x + 4y - 3 = 0$.","Center (3, -2), radius 4",
 "Completing the square: (x-3)^2 + (y+2)^2 = 3 + 9 + 4 = 16, so the center is (3,-2) and radius 4.",
 ["center $(3,-2)$, radius $4$","\\boxed{(3,-2),\\ r=4}","center at (3, −2) with r = 4"],[("center (-3, 2), radius 4","sign_error"),("center (3,-2), radius 16","r_squared_as_r")])

# ---------------- MATH (zh) ----------------
add("gsm8k_like","math","zh","小明有 120 元，买书花了总数的 $\\frac{3}{8}$，又买文具花了剩下的 $\\frac{1}{5}$。他还剩多少元？","60",
 "买书花了 120 × 3/8 = 45 元，剩下 75 元；文具花了 75 × 1/5 = 15 元；还剩 75 − 15 = 60 元。",
 ["60元","\\boxed{60}","六十元"],[("75元","intermediate_value"),("45元","intermediate_value")])
add("math_like","math","zh","求函数 $f(x)=x^3-3x$ 的极大值。","2",
 "f'(x)=3x^2-3=0 得 x=±1。f''(-1)=-6<0，所以 x=-1 处取极大值 f(-1)=-1+3=2。",
 ["极大值为 2","\\boxed{2}","$f(-1)=2$"],[("极大值为 -2","min_instead_of_max"),("x=-1","argmax_not_max")])
add("math_like","math","zh","解方程组：$x+y=7$，$x-y=1$。","x=4, y=3",
 "两式相加 2x=8，x=4；代入得 y=3。",
 ["$x=4,\\ y=3$","\\boxed{(4,3)}","x 等于 4，y 等于 3"],[("x=3, y=4","swapped_values"),("(4,-3)","sign_error")])
add("math_like","math","zh","不等式 $x^2-4x-5\\ge 0$ 的解集是什么？","$(-\\infty,-1]\\cup[5,+\\infty)$",
 "x^2-4x-5=(x-5)(x+1)≥0，所以 x≤-1 或 x≥5。",
 ["$x\\le -1$ 或 $x\\ge 5$","\\boxed{(-\\infty,-1]\\cup[5,+\\infty)}","{x | x ≤ −1 或 x ≥ 5}"],[("$[-1,5]$","complement_interval"),("$(-\\infty,-1)\\cup(5,+\\infty)$","open_vs_closed")])
add("gsm8k_like","math","zh","一个长方体水箱长 2 米、宽 1.5 米、高 0.8 米，装满水后水的体积是多少升？","2400 升",
 "体积 = 2 × 1.5 × 0.8 = 2.4 立方米 = 2400 升。",
 ["2400 升","2.4 立方米（即 2400 L）","\\boxed{2400\\text{ L}}"],[("2.4 升","unit_not_converted"),("240 升","scale_error")])
add("aime_like","math","zh","从 1 到 100 的整数中，能被 3 或 5 整除的数有多少个？","47",
 "能被 3 整除的有 33 个，能被 5 整除的有 20 个，能被 15 整除的有 6 个。由容斥原理：33+20−6=47。",
 ["47 个","\\boxed{47}","共47个"],[("53","forgot_inclusion_exclusion"),("41","subtracted_twice")])
add("math_like","math","zh","已知 $\\sin\\alpha=\\frac{3}{5}$，且 $\\alpha$ 为第二象限角，求 $\\tan\\alpha$。","$-\\frac{3}{4}$",
 "第二象限 cos α<0，cos α=−4/5，所以 tan α = (3/5)/(−4/5) = −3/4。",
 ["$-\\frac{3}{4}$","\\boxed{-0.75}","−3/4"],[("\\frac{3}{4}","sign_error_quadrant"),("-\\frac{4}{3}","cot_not_tan")])

# ---------------- MMLU-Pro style, 10 options ----------------
def opts10(lst):
    return "\n".join(f"{chr(65+i)}. {t}" for i,t in enumerate(lst))
add("mmlu_pro_like","alphabet_option","en","Which of the following enzymes is primarily responsible for unwinding the DNA double helix at the replication fork?\n"+opts10(["DNA polymerase I","DNA ligase","Primase","Helicase","Topoisomerase II","Telomerase","Reverse transcriptase","Exonuclease","RNA polymerase II","Single-strand binding protein"]),"D",
 "Helicase uses ATP hydrolysis to break the hydrogen bonds between base pairs, separating the strands. Topoisomerase relieves supercoiling ahead of the fork but does not unwind the strands; SSB proteins keep strands apart after unwinding.",
 ["D","(D) Helicase","option D","**D. Helicase**"],[("E","distractor_related_enzyme"),("D. Topoisomerase II","letter_right_text_wrong")])
add("mmlu_pro_like","alphabet_option","en","Under the U.S. Constitution, which amendment protects against unreasonable searches and seizures?\n"+opts10(["First Amendment","Second Amendment","Third Amendment","Fourth Amendment","Fifth Amendment","Sixth Amendment","Eighth Amendment","Tenth Amendment","Fourteenth Amendment","Ninth Amendment"]),"D",
 "The Fourth Amendment guarantees the right of the people to be secure in their persons, houses, papers, and effects against unreasonable searches and seizures, and requires warrants to be supported by probable cause.",
 ["D","The Fourth Amendment (D)","Answer: (D)"],[("E","self_incrimination_confusion"),("E. Fourth Amendment","text_right_letter_wrong")])
add("mmlu_pro_like","alphabet_option","en","A 45-year-old man presents with crushing substernal chest pain, ST elevation in leads II, III and aVF. Which coronary artery is most likely occluded?\n"+opts10(["Left anterior descending artery","Left circumflex artery","Right coronary artery","Left main coronary artery","Posterior descending branch of LCx only","First diagonal branch","Obtuse marginal artery","Septal perforator","Internal mammary artery","Ramus intermedius"]),"C",
 "ST elevation in the inferior leads II, III, and aVF indicates an inferior wall MI. In most people (right-dominant circulation, ~80-85%), the inferior wall is supplied by the right coronary artery.",
 ["C","(C) Right coronary artery","the RCA, option C"],[("B","distractor_left_dominant"),("A","anterior_vs_inferior")])
add("mmlu_pro_like","alphabet_option","en","If the reserve requirement is 20% and the central bank buys $10 million in bonds, what is the maximum change in the money supply?\n"+opts10(["$2 million","$8 million","$10 million","$12 million","$20 million","$40 million","$50 million","$80 million","$100 million","$200 million"]),"G",
 "The simple money multiplier is 1/rr = 1/0.2 = 5. An open-market purchase of $10 million can expand the money supply by at most 5 x 10 = $50 million.",
 ["G","G. $50 million","(G)"],[("F","multiplier_minus_one"),("E","wrong_multiplier")])
add("mmlu_pro_like","alphabet_option","en","Which philosopher wrote 'Critique of Pure Reason'?\n"+opts10(["David Hume","John Locke","Immanuel Kant","G.W.F. Hegel","René Descartes","Baruch Spinoza","Friedrich Nietzsche","Arthur Schopenhauer","Gottfried Leibniz","Thomas Hobbes"]),"C",
 "The Critique of Pure Reason (Kritik der reinen Vernunft) was published in 1781 by Immanuel Kant; Kant said Hume woke him from his dogmatic slumber.",
 ["C","(C) Immanuel Kant","Kant — option C"],[("A","influence_confusion"),("D","german_idealist_confusion")])

# ---------------- multi-select ----------------
add("mmlu_like","alphabet_option","en","Which of the following are noble gases? (Select all that apply)\nA. Argon\nB. Nitrogen\nC. Neon\nD. Chlorine","AC",
 "Noble gases are group 18: He, Ne, Ar, Kr, Xe, Rn. Argon and neon are in group 18. Nitrogen is group 15 and chlorine is a halogen (group 17).",
 ["A and C","A, C","AC","(A)(C)"],[("A only","missing_option"),("A, B, C","extra_option")])
add("mmlu_like","alphabet_option","en","Which of the following are prime numbers? Select all that apply.\nA. 21\nB. 29\nC. 39\nD. 41","BD",
 "21 = 3 x 7; 29 is prime; 39 = 3 x 13; 41 is prime.",
 ["B and D","B, D","BD","options B & D"],[("B","missing_option"),("A and C","complement_selected")])
add("ceval_like","alphabet_option","zh","下列属于可再生能源的是（多选）：\nA. 风能\nB. 煤炭\nC. 太阳能\nD. 天然气","AC",
 "风能和太阳能可以不断再生；煤炭和天然气属于化石能源，不可再生。",
 ["AC","选AC","A和C","A、C"],[("ACD","extra_option"),("C","missing_option")])
add("ceval_like","alphabet_option","zh","下列诗人中属于唐代的是（多选）：\nA. 李白\nB. 苏轼\nC. 杜甫\nD. 陆游","AC",
 "李白、杜甫是唐代诗人；苏轼、陆游是宋代诗人。",
 ["AC","答案：A、C","选 A 和 C"],[("ABC","extra_option"),("BD","complement_selected")])

# ---------------- GPQA-like, long options ----------------
add("gpqa_like","alphabet_option","en","A spin-1/2 particle is in the state $|\\psi\\rangle = \\frac{1}{\\sqrt{3}}|\\uparrow\\rangle + \\sqrt{\\frac{2}{3}}|\\downarrow\\rangle$. What is the expectation value of $S_z$ (in units of $\\hbar$)?\n(A) The expectation value is $+1/6$, since the up component contributes positively with weight one third\n(B) The expectation value is $-1/6$, reflecting the larger weight of the spin-down component\n(C) The expectation value is $-1/3$, because the down state is twice as likely as the up state\n(D) The expectation value is zero, because a superposition has no definite spin","B",
 "<S_z> = (hbar/2)(|a|^2 - |b|^2) = (hbar/2)(1/3 - 2/3) = -hbar/6.",
 ["(B)","B","Option B: -1/6"],[("(C)","forgot_half_factor"),("(A)","sign_error")])
add("gpqa_like","alphabet_option","en","Which reagent would convert a primary alcohol to an aldehyde without significant over-oxidation to the carboxylic acid?\nA) Potassium permanganate in hot aqueous base, which is a strong oxidant\nB) Pyridinium chlorochromate (PCC) in anhydrous dichloromethane\nC) Jones reagent (CrO3 in aqueous H2SO4/acetone)\nD) Sodium borohydride in methanol, followed by acidic workup","B",
 "PCC in anhydrous CH2Cl2 stops at the aldehyde because without water the aldehyde hydrate cannot form and be further oxidized. KMnO4 and Jones reagent go to the acid; NaBH4 is a reducing agent.",
 ["B","B) PCC in anhydrous dichloromethane","the answer is (B)"],[("C","strong_oxidant_distractor"),("B) Jones reagent","letter_right_text_wrong")])
add("gpqa_like","alphabet_option","en","In a population in Hardy-Weinberg equilibrium, the frequency of a recessive disease phenotype is 1 in 10,000. What is the approximate carrier frequency?\nA. About 1 in 100, since the allele frequency is 0.01\nB. About 1 in 50, since 2pq ≈ 2 × 0.01\nC. About 1 in 5,000, double the disease frequency\nD. About 1 in 10,000, the same as the disease frequency","B",
 "q^2 = 1/10000 so q = 0.01, p ≈ 0.99, and the carrier frequency 2pq ≈ 0.0198 ≈ 1/50.",
 ["B","(B) about 1 in 50","B — 1/50"],[("A","allele_vs_carrier"),("C","wrong_formula")])

# ---------------- True/False & yes/no ----------------
add("boolq_like","categorical_label","en","Question: Is the Great Wall of China visible from the Moon with the naked eye? Answer True or False.","False",
 "The Moon is about 384,000 km away. The wall is only a few meters wide; at that distance it subtends an angle far smaller than human visual resolution. Astronauts have confirmed it is not visible from the Moon.",
 ["False","**False** — it's a myth.","The statement is false."],[("True","myth_accepted"),("Partly true","hedged_non_answer")])
add("boolq_like","categorical_label","en","Passage: The platypus is one of the few mammals that lay eggs; the others are the four species of echidna.\nQuestion: Do echidnas lay eggs? Answer yes or no.","Yes",
 "The passage says the platypus is one of the few mammals that lay eggs and that 'the others' are the echidnas, so echidnas lay eggs.",
 ["Yes","yes, they do","Answer: YES"],[("No","negation_misread"),("Only the platypus does","negation_misread")])
add("boolq_like","categorical_label","en","True or false: In contract law, an offer may generally be revoked at any time before acceptance unless it is supported by consideration (an option contract) or a statute provides otherwise.","True",
 "At common law an offeror is master of the offer and may revoke before acceptance. Exceptions: option contracts supported by consideration, firm offers by merchants under UCC 2-205, and sometimes detrimental reliance.",
 ["True","The statement is TRUE.","true"],[("False","exception_overweighted"),("It depends","hedged_non_answer")])
add("ceval_like","categorical_label","zh","判断正误：水在标准大气压下的沸点是 90 摄氏度。","错误",
 "标准大气压下水的沸点是 100 ℃，不是 90 ℃。",
 ["错误","× 错","这个说法是错的","False"],[("正确","wrong_judgment"),("对","wrong_judgment")])
add("boolq_like","categorical_label","zh","Is Tokyo the capital of Japan? 请回答 是 或 否。","是",
 "东京自 1868 年明治维新后成为日本的首都，是日本的政治、经济中心。",
 ["是","是的","Yes"],[("否","wrong_judgment"),("不是","wrong_judgment")])

# ---------------- NLI ----------------
add("mnli_like","categorical_label","en","Premise: A man is playing a guitar on a crowded street corner.\nHypothesis: A man is performing music outdoors.\nDoes the premise entail, contradict, or is it neutral to the hypothesis?","entailment",
 "Playing a guitar is performing music, and a street corner is outdoors. The hypothesis follows from the premise.",
 ["entailment","The premise entails the hypothesis.","Entailment (the hypothesis must be true)"],[("neutral","neutral_vs_entail"),("contradiction","wrong_label")])
add("mnli_like","categorical_label","en","Premise: The restaurant was closed all day on Monday.\nHypothesis: The restaurant served lunch on Monday.\nLabel the relation: entailment, neutral, or contradiction.","contradiction",
 "If it was closed all day, it could not have served lunch that day. The two statements cannot both be true.",
 ["contradiction","They contradict each other.","Contradiction"],[("neutral","neutral_vs_contradict"),("entailment","wrong_label")])
add("mnli_like","categorical_label","en","Premise: Sarah bought a new laptop last week.\nHypothesis: Sarah's new laptop is made by Apple.\nentailment, neutral, or contradiction?","neutral",
 "The premise doesn't say anything about the brand. The hypothesis could be true or false.",
 ["neutral","Neutral — we can't tell the brand.","The relationship is neutral."],[("entailment","overinference"),("contradiction","overinference")])
add("cmnli_like","categorical_label","zh","前提：他昨天在北京参加了一场会议。\n假设：他昨天不在北京。\n请判断两者关系：蕴含、矛盾还是中立？","矛盾",
 "前提说他昨天在北京参加会议，假设说他昨天不在北京，二者不能同时为真。",
 ["矛盾","二者是矛盾关系","contradiction"],[("中立","neutral_vs_contradict"),("蕴含","wrong_label")])
add("cmnli_like","categorical_label","zh","前提：小王每天早上跑步五公里。\n假设：小王有运动的习惯。\n关系是蕴含、中立还是矛盾？","蕴含",
 "每天跑步五公里说明他有运动的习惯，假设可以从前提推出。",
 ["蕴含","前提蕴含假设","entailment"],[("中立","neutral_vs_entail"),("矛盾","wrong_label")])
add("cmnli_like","categorical_label","zh","前提：这家公司去年招聘了很多新员工。\n假设：这家公司去年利润翻了一番。\n判断：蕴含 / 中立 / 矛盾","中立",
 "招聘员工多并不能说明利润是否翻倍，也不与之矛盾。",
 ["中立","无法判断，属于中立","neutral"],[("蕴含","overinference"),("矛盾","overinference")])

# ---------------- sentiment ----------------
add("sst2_like","categorical_label","en","Classify the sentiment of this review as positive or negative: \"I expected a lot more from the director; the plot drags and the ending feels unearned, though the cinematography is gorgeous.\"","negative",
 "There is one positive remark (cinematography), but the overall judgment — disappointment, dragging plot, unearned ending — is negative.",
 ["negative","The sentiment is negative.","Overall: Negative"],[("positive","mixed_review_trap"),("mixed","non_label")])
add("sst2_like","categorical_label","en","Sentiment (positive/negative): \"Not bad at all — honestly one of the most fun evenings I've had at the theater this year.\"","positive",
 "'Not bad at all' is litotes expressing approval, followed by explicit praise.",
 ["positive","Positive sentiment","This is a positive review."],[("negative","negation_word_trap"),("neutral","non_label")])
add("chnsenticorp_like","categorical_label","zh","判断下面评论的情感倾向（正面/负面）：“房间很干净，服务员态度也好，就是早餐种类少了点，总体很满意。”","正面",
 "评论主要表达满意：干净、服务好、总体很满意，仅有一点小缺点。",
 ["正面","情感倾向为正面","positive"],[("负面","mixed_review_trap"),("中性","non_label")])

# ---------------- short factual ----------------
add("simpleqa_like","short_text","en","Who was the first woman to win a Nobel Prize?","Marie Curie",
 "The 1903 Nobel Prize in Physics was shared by Henri Becquerel, Pierre Curie and Marie Curie, making Marie Curie (born Maria Skłodowska) the first woman laureate.",
 ["Marie Curie","Marie Skłodowska-Curie","Madame Curie","玛丽·居里"],[("Pierre Curie","near_miss_relative"),("Irène Joliot-Curie","near_miss_relative")])
add("simpleqa_like","short_text","en","In which city is the Sagrada Família located?","Barcelona",
 "The Basílica de la Sagrada Família, designed by Antoni Gaudí, is in Barcelona, Catalonia.",
 ["Barcelona","Barcelona, Spain","巴塞罗那"],[("Madrid","near_miss_same_country"),("Valencia, Spain","near_miss_same_country")])
add("simpleqa_like","short_text","en","On what date did the Apollo 11 lunar module land on the Moon?","July 20, 1969",
 "Apollo 11 launched on July 16, 1969; the Eagle landed in the Sea of Tranquility on July 20, 1969 at 20:17 UTC.",
 ["July 20, 1969","20 July 1969","1969-07-20","1969年7月20日"],[("July 16, 1969","launch_vs_landing"),("July 21, 1969","moonwalk_utc_date")])
add("simpleqa_like","short_text","en","Who wrote the novel 'One Hundred Years of Solitude'?","Gabriel García Márquez",
 "Cien años de soledad (1967) is by Colombian author Gabriel García Márquez, often called Gabo.",
 ["Gabriel García Márquez","Gabriel Garcia Marquez","García Márquez","加西亚·马尔克斯"],[("Mario Vargas Llosa","near_miss_same_movement"),("Jorge Luis Borges","near_miss_same_movement")])
add("simpleqa_like","short_text","en","What is the height of Mount Everest according to the 2020 China–Nepal survey?","8,848.86 m",
 "The joint survey announced in December 2020 gave 8,848.86 meters (about 29,031.7 ft).",
 ["8,848.86 m","8848.86 meters","about 29,032 feet (8,848.86 m)"],[("8,848 m","outdated_value"),("8,848.86 ft","wrong_unit")])
add("simpleqa_like","short_text","en","Who was the 16th President of the United States?","Abraham Lincoln",
 "Lincoln served from 1861 until his assassination in 1865; James Buchanan was the 15th and Andrew Johnson the 17th.",
 ["Abraham Lincoln","President Lincoln","Lincoln","亚伯拉罕·林肯"],[("Andrew Johnson","off_by_one"),("James Buchanan","off_by_one")])
add("simpleqa_like","short_text","zh","《红楼梦》的作者一般被认为是谁？","曹雪芹",
 "《红楼梦》前八十回一般认为是曹雪芹所作，后四十回通常认为由高鹗续补。",
 ["曹雪芹","Cao Xueqin","清代作家曹雪芹（曹霑）"],[("高鹗","near_miss_continuation"),("吴承恩","other_classic_author")])
add("simpleqa_like","short_text","zh","世界上面积最大的国家是哪个？","俄罗斯",
 "俄罗斯面积约 1710 万平方公里，是世界上面积最大的国家；其次是加拿大。",
 ["俄罗斯","Russia","俄罗斯联邦"],[("加拿大","second_place"),("中国","near_miss")])
add("simpleqa_like","short_text","en","What is the chemical symbol for tungsten?","W",
 "Tungsten's symbol W comes from its older name wolfram.",
 ["W","W (from wolfram)","the symbol is W"],[("Tu","plausible_guess"),("Tn","plausible_guess")])

# ---------------- DROP / reading comprehension ----------------
add("drop_like","short_text","en","Passage: In the 2010 census the town had 4,512 residents; by 2020 the population had grown to 5,390. Of the 2020 residents, 1,204 were under 18.\nQuestion: How many more residents did the town have in 2020 than in 2010?","878",
 "5,390 - 4,512 = 878.",
 ["878","878 residents","eight hundred seventy-eight"],[("888","arith_slip"),("1,204","wrong_span")])
add("drop_like","short_text","en","Passage: The Bears scored first on a 32-yard field goal by Robbie Gould. The Packers answered with a 12-yard touchdown pass from Aaron Rodgers to Greg Jennings, and later added a 45-yard field goal by Mason Crosby.\nQuestion: Who caught the touchdown pass?","Greg Jennings",
 "The only touchdown pass mentioned is Rodgers to Jennings.",
 ["Greg Jennings","Jennings","Packers receiver Greg Jennings"],[("Aaron Rodgers","passer_not_receiver"),("Mason Crosby","wrong_span")])
add("squad_like","short_text","en","Passage: The Treaty of Westphalia, signed in 1648 in Osnabrück and Münster, ended the Thirty Years' War.\nQuestion: Which war did the Treaty of Westphalia end?","the Thirty Years' War",
 "The passage states it ended the Thirty Years' War.",
 ["the Thirty Years' War","Thirty Years War","三十年战争"],[("the Eighty Years' War","near_miss"),("the Hundred Years' War","near_miss")])
add("cmrc_like","short_text","zh","文章：杭州西湖于2011年6月被列入《世界遗产名录》，湖面面积约6.39平方千米。\n问题：西湖是哪一年被列入世界遗产名录的？","2011年",
 "原文说2011年6月被列入《世界遗产名录》。",
 ["2011年","2011","2011年6月"],[("2001年","near_miss_digit"),("6.39","wrong_span")])

# ---------------- Chinese questions answered in English / vice versa ----------------
add("ceval_like","alphabet_option","zh","下列哪一项是我国的最高国家权力机关？\nA. 国务院\nB. 全国人民代表大会\nC. 最高人民法院\nD. 中国人民政治协商会议","B",
 "根据宪法，全国人民代表大会是最高国家权力机关；国务院是最高国家行政机关。",
 ["B","答案是B","选B：全国人民代表大会","The answer is (B)"],[("A","administrative_vs_power"),("D","wrong_option")])
add("ceval_like","alphabet_option","zh","青霉素的主要作用机制是：\nA. 抑制细菌细胞壁合成\nB. 抑制蛋白质合成\nC. 抑制核酸合成\nD. 破坏细胞膜","A",
 "β-内酰胺类抗生素与青霉素结合蛋白结合，抑制肽聚糖交联，从而抑制细胞壁合成。",
 ["A","答案：A","选A，抑制细菌细胞壁合成"],[("B","wrong_mechanism"),("A. 抑制蛋白质合成","letter_right_text_wrong")])
add("mmlu_like","alphabet_option","en","Which of the following is a second-messenger molecule in signal transduction?\nA. Insulin\nB. cAMP\nC. Acetylcholine\nD. Hemoglobin","B",
 "cAMP is generated by adenylyl cyclase after receptor activation and relays the signal inside the cell; insulin and acetylcholine are first messengers.",
 ["B","答案是 B（cAMP）","选B"],[("A","first_vs_second_messenger"),("C","first_vs_second_messenger")])
add("mmlu_like","alphabet_option","en","Under the doctrine of respondeat superior, an employer is liable for:\nA. All torts committed by employees at any time\nB. Torts committed by employees within the scope of employment\nC. Only intentional torts of independent contractors\nD. Crimes committed by employees outside work hours","B",
 "Respondeat superior imposes vicarious liability for employee torts committed within the scope of employment; independent contractors are generally excluded.",
 ["B","(B) within the scope of employment","answer: B"],[("A","overbroad_rule"),("C","contractor_confusion")])
