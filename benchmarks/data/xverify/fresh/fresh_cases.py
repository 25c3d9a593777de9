"""Hand-written cases for var_fresh.jsonl: multiple choice, short text, categorical labels, and special math.

all_cases() returns tuples (dataset, key_answer_type, question, llm_output, correct_answer, label, lang, trap).
Deterministic (fixed seed).  Every question was invented for this set.
"""
import random

R = random.Random(424242)
LET = "ABCDE"
ROM = ["I", "II", "III", "IV", "V"]

# (lang, stem, options, correct index, distractor index, why-correct, why-distractor-looks-right)
MC = [
    ("en", "Which gas makes up the largest share of Earth's atmosphere by volume?", ["Oxygen", "Nitrogen", "Argon", "Carbon dioxide"], 1, 0,
     "Dry air is roughly 78% nitrogen and 21% oxygen.", "Oxygen is what we breathe, so it should dominate."),
    ("en", "A function f satisfies f(x + 2) = f(x) for every real x. Which statement must be true?", ["f is constant", "f is periodic", "f is increasing", "f is odd"], 1, 0,
     "Repeating every 2 units is exactly periodicity; a non-constant example is sin(pi x).", "If f(x+2) = f(x) the values never change, so f is constant."),
    ("en", "Which data structure offers O(1) average-time lookup by key?", ["Singly linked list", "Binary heap", "Hash table", "Sorted array"], 2, 3,
     "A hash table maps keys to buckets, giving constant expected lookup.", "A sorted array supports fast lookup by key."),
    ("en", "A ball is thrown straight up. Ignoring air resistance, what is its acceleration at the highest point?", ["Zero", "About 9.8 m/s^2 downward", "About 9.8 m/s^2 upward", "It depends on the launch speed"], 1, 0,
     "Gravity still acts at the top; only the velocity is momentarily zero.", "At the top the ball stops, so nothing is accelerating it."),
    ("en", "Which of these numbers is prime?", ["51", "57", "59", "63"], 2, 1,
     "51 = 3*17, 57 = 3*19, 63 = 7*9, and 59 has no divisor up to 7.", "57 does not look divisible by anything small."),
    ("en", "A price ceiling set below the equilibrium price typically causes:", ["a surplus", "a shortage", "no change in quantity traded", "a rise in the market price"], 1, 0,
     "At the capped price, quantity demanded exceeds quantity supplied.", "Sellers are stuck with unsold goods at the low price."),
    ("en", "Which organelle is the main site of ATP production in eukaryotic cells?", ["Ribosome", "Golgi apparatus", "Mitochondrion", "Lysosome"], 2, 0,
     "Oxidative phosphorylation happens in the mitochondria.", "Ribosomes are where the cell's work gets done."),
    ("en", "A data set has a standard deviation of 4. What is its variance?", ["2", "8", "16", "64"], 2, 1,
     "Variance is the square of the standard deviation: 4^2 = 16.", "Variance is twice the standard deviation, 2*4 = 8."),
    ("en", "Which sorting algorithm has a worst-case running time of O(n log n)?", ["Quicksort", "Merge sort", "Insertion sort", "Bubble sort"], 1, 0,
     "Merge sort always splits evenly, so it is O(n log n) in the worst case.", "Quicksort is the standard fast O(n log n) sort."),
    ("en", "The sum of the interior angles of a convex hexagon is:", ["540°", "720°", "900°", "1080°"], 1, 0,
     "(6 - 2) * 180° = 720°.", "(6 - 3) * 180° = 540°."),
    ("en", "In most common-law systems, a contract signed by a minor is generally:", ["void from the start", "voidable at the minor's option", "fully enforceable against the minor", "a criminal offence"], 1, 0,
     "The minor may affirm or disaffirm, so it is voidable.", "Minors lack capacity, so the contract never existed."),
    ("en", "Which OSI layer is responsible for routing packets between different networks?", ["Data link layer", "Network layer", "Transport layer", "Session layer"], 1, 2,
     "Routing with IP addresses happens at layer 3, the network layer.", "TCP at the transport layer gets packets across networks."),
    ("en", "Which of the following is a renewable energy source?", ["Coal", "Natural gas", "Geothermal heat", "Oil shale"], 2, 1,
     "Geothermal heat is continuously replenished by the Earth.", "Natural gas is cleaner, so it counts as renewable."),
    ("en", "An object of mass 3 kg accelerates at 4 m/s^2. What net force acts on it?", ["0.75 N", "7 N", "12 N", "1.33 N"], 2, 1,
     "F = ma = 3 * 4 = 12 N.", "Adding the numbers gives 3 + 4 = 7 N."),
    ("en", "In the sentence 'She quickly finished the report', the word 'quickly' is:", ["a noun", "an adjective", "an adverb", "a verb"], 2, 1,
     "It modifies the verb 'finished', so it is an adverb.", "It describes how she was, so it is an adjective."),
    ("en", "Which planet in the Solar System has the shortest orbital period?", ["Venus", "Mercury", "Mars", "Earth"], 1, 0,
     "Mercury is closest to the Sun and orbits in about 88 days.", "Venus is the hottest planet, so it must be closest."),
    ("en", "Which of these is NOT one of the additive primary colors of light (RGB)?", ["Red", "Green", "Yellow", "Blue"], 2, 3,
     "RGB is red, green, blue; yellow is a mix of red and green light.", "Blue is a subtractive primary, not an additive one."),
    ("en", "Events A and B are independent with P(A) = 0.5 and P(B) = 0.4. What is P(A and B)?", ["0.9", "0.2", "0.1", "0.45"], 1, 0,
     "For independent events P(A and B) = 0.5 * 0.4 = 0.2.", "P(A and B) = 0.5 + 0.4 = 0.9."),
    ("en", "What is the next term of the sequence 2, 6, 12, 20, 30, ...?", ["38", "40", "42", "44", "46"], 2, 1,
     "Differences are 4, 6, 8, 10, so the next is 30 + 12 = 42.", "The differences grow by 2, so the next difference is 10: 30 + 10 = 40."),
    ("en", "Which agreement ended the Thirty Years' War in 1648?", ["Treaty of Versailles", "Peace of Westphalia", "Treaty of Utrecht", "Treaty of Tordesillas"], 1, 2,
     "The Peace of Westphalia (1648) ended the war.", "The Treaty of Utrecht settled the big European wars of that era."),
    ("zh", "下列物质在常温常压下呈液态的是：", ["氧气", "水银", "铁", "食盐"], 1, 0, "水银（汞）是常温下唯一呈液态的金属。", "氧气是流体，应该算液体。"),
    ("zh", "函数 y = x^2 − 4x + 3 的图像的对称轴是：", ["x = 2", "x = −2", "x = 4", "x = 3"], 0, 1, "对称轴 x = −b/(2a) = 4/2 = 2。", "对称轴 x = b/(2a) = −4/2 = −2。"),
    ("zh", "成语“守株待兔”比喻：", ["勤奋努力", "死守狭隘经验、不知变通", "善于等待时机", "爱护小动物"], 1, 2, "农夫偶然得兔后便不再耕作，比喻死守经验、不知变通。", "农夫耐心等待，说明他善于等待时机。"),
    ("zh", "光在真空中的传播速度约为：", ["3×10^5 m/s", "3×10^8 m/s", "340 m/s", "3×10^8 km/s"], 1, 3, "真空光速约 3×10^8 m/s。", "光速约为 3×10^8，单位应是 km/s。"),
    ("zh", "下列各数中，是无理数的是：", ["0.25", "22/7", "√2", "√9"], 2, 1, "√2 不能写成两个整数之比；√9 = 3。", "22/7 就是圆周率，所以是无理数。"),
    ("zh", "我国古代“四大发明”不包括：", ["造纸术", "印刷术", "指南针", "地动仪"], 3, 2, "四大发明是造纸术、印刷术、指南针和火药，地动仪不在其中。", "指南针是后来才有的。"),
    ("zh", "三边长分别为 3、4、5 的三角形是：", ["锐角三角形", "直角三角形", "钝角三角形", "等腰三角形"], 1, 0, "3² + 4² = 5²，所以是直角三角形。", "三边都不长，应该是锐角三角形。"),
    ("zh", "植物进行光合作用的主要场所是：", ["线粒体", "叶绿体", "细胞核", "液泡"], 1, 0, "光合作用在叶绿体中进行。", "线粒体是能量工厂，所以光合作用也在这里。"),
    ("zh", "在市场经济中，某商品供不应求时，其价格通常会：", ["上涨", "下降", "保持不变", "先降后升"], 0, 1, "需求大于供给，价格上涨。", "商品卖得快，商家会降价促销。"),
]

MC_KINDS = ["letter", "wrong_letter", "text_only", "hedge", "letter_text", "wrong_text", "self_fix", "argued_away",
            "roman", "roman_wrong", "boxed", "multi", "stray_a", "no_final", "number", "number_wrong"]
MC_OK = {"letter", "text_only", "letter_text", "self_fix", "roman", "boxed", "stray_a", "number"}


def mc_question(lang, stem, opts, labels, fmt):
    if fmt == "inline":
        return stem + "\nAnswer Choices: " + " ".join(f"({l}) {o}" for l, o in zip(labels, opts))
    dot = "．" if lang == "zh" else ". "
    return stem + "\n" + "\n".join(f"{l}{dot}{o}" for l, o in zip(labels, opts))


def mc_final(lang, lab, r):
    if lang == "en":
        return r.choice(["The answer is ({}).", "**Answer: {}**", "I would choose {}.", "Therefore, the best answer is {}.", "So the correct option is **{}**."]).format(lab)
    return r.choice(["故选 {}。", "答案是 {}", "正确答案：{}", "所以选{}。", "**最终答案：{}**"]).format(lab)


def mc_cases():
    out, k = [], 0
    for qi, (lang, stem, opts, ci, wi, why, whyw) in enumerate(MC):
        for _ in range(3 if lang == "en" else 2 + (qi % 2)):
            kind = MC_KINDS[k % len(MC_KINDS)]
            k += 1
            opts2 = list(opts)
            if kind in ("roman", "roman_wrong"):
                labels = ROM[:len(opts2)]
            elif kind in ("number", "number_wrong"):
                labels = [str(i + 1) for i in range(len(opts2))]
            else:
                labels = list(LET[:len(opts2)])
            if kind in ("roman", "number") and R.random() < 0.5 and len(opts2) < 5:  # _enh-style extra random-string option
                junk = "".join(R.choice("qxzvkjw") for _ in range(6))
                opts2.append(junk)
                labels = (ROM if kind == "roman" else [str(i + 1) for i in range(5)])[:len(opts2)]
            fmt = "inline" if (lang == "en" and R.random() < 0.6) or kind in ("roman", "roman_wrong", "number", "number_wrong") else "lines"
            q = mc_question(lang, stem, opts2, labels, fmt)
            c, w = labels[ci], labels[wi]
            ct, wt = opts[ci], opts[wi]
            fin_c, fin_w = mc_final(lang, c, R), mc_final(lang, w, R)
            think = R.random() < 0.4
            if kind in ("letter", "roman", "number", "boxed", "stray_a"):
                body = why
                if kind == "stray_a" and lang == "en":
                    body = f"A common mistake is to reason: \"{whyw}\" That is wrong. {why}"
                fin = fin_c if kind != "boxed" else (f"$\\boxed{{{c}}}$" if lang == "en" else f"答案：$\\boxed{{{c}}}$")
                o, trap = body + "\n\n" + fin, {"letter": "option_letter", "roman": "roman_label", "number": "number_label",
                                                 "boxed": "boxed_letter", "stray_a": "stray_article_a" if lang == "en" else "option_letter"}[kind]
            elif kind in ("wrong_letter", "roman_wrong", "number_wrong"):
                o, trap = whyw + "\n\n" + fin_w, {"wrong_letter": "wrong_option", "roman_wrong": "roman_label_wrong", "number_wrong": "number_label_wrong"}[kind]
            elif kind == "text_only":
                o = why + ("\n\nThe answer is " + ct + "." if lang == "en" else "\n\n答案是：" + ct)
                trap = "option_text_only"
            elif kind == "wrong_text":
                o = whyw + ("\n\nSo the answer is: " + wt if lang == "en" else "\n\n所以答案是" + wt + "。")
                trap = "wrong_option_text"
            elif kind == "letter_text":
                o = why + (f"\n\nAnswer: {c}. {ct}" if lang == "en" else f"\n\n答案：{c}．{ct}")
                trap = "letter_plus_text"
            elif kind == "hedge":
                o = (f"{why} On the other hand, one could argue: {whyw}\n\nI think it is either {c} or {w}." if lang == "en"
                     else f"{why}不过，{whyw}\n\n答案可能是 {c}，也可能是 {w}。")
                trap = "hedge_two_options"
            elif kind == "multi":
                o = why + (f"\n\nThe answers are {c} and {w}." if lang == "en" else f"\n\n选 {c} 和 {w}。")
                trap = "multiple_options"
            elif kind == "self_fix":
                o = (f"{whyw} So it's {w}.\n\nWait, actually that's not right. {why}\n\n{fin_c}" if lang == "en"
                     else f"{whyw}所以选 {w}。\n\n等等，不对。{why}\n\n{fin_c}")
                trap = "self_correction_to_right"
            elif kind == "argued_away":
                o = (f"{why} So it looks like {c}.\n\nHmm, but wait. {whyw}\n\n{fin_w}" if lang == "en"
                     else f"{why}看起来是 {c}。\n\n但是再想想，{whyw}\n\n{fin_w}")
                trap = "right_then_argued_away"
            else:  # no_final
                o = (f"Let's look at the options. {why} But one could also argue: {whyw} Both seem defensible, and I can't settle it without more context."
                     if lang == "en" else f"逐项分析：{why}但是{whyw}两种说法似乎都有道理，暂时无法确定。")
                trap = "no_final_answer"
            if think:
                o = ("<think>\nLet me go through the options one by one before answering.\n</think>\n\n" if lang == "en"
                     else "<think>\n逐个分析选项。\n</think>\n\n") + o
            out.append((("mc_enh_like" if kind.startswith(("roman", "number")) else "mc_like") + ("_zh" if lang == "zh" else ""),
                        "alphabet_option", q, o, c, "Correct" if kind in MC_OK else "Incorrect", lang, trap))
    return out


# (lang, question, reference, correct output final, tag, wrong output final, tag)
SHORT = [
    ("en", "Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", "**jane austen**", "case_insensitive", "Charlotte Brontë", "wrong_entity"),
    ("en", "What is the capital city of Australia?", "Canberra", "Canberra, in the Australian Capital Territory", "answer_with_extra_context", "Sydney", "common_misconception"),
    ("en", "Which element has the chemical symbol Fe?", "Iron", "iron (from the Latin ferrum)", "alias_in_parentheses", "Fermium", "near_miss_entity"),
    ("en", "In what year did humans first land on the Moon?", "1969", "July 20, 1969", "full_date_for_year", "1968", "wrong_year"),
    ("en", "What is the largest ocean on Earth?", "Pacific Ocean", "the Pacific", "article_and_short_alias", "The Atlantic Ocean", "wrong_entity"),
    ("en", "In which country is the city of Marrakesh?", "Morocco", "The Kingdom of Morocco", "official_name_alias", "Algeria", "neighbouring_wrong"),
    ("en", "What is the longest bone in the human body?", "femur", "The thigh bone, i.e. the femur", "synonym_with_term", "the tibia", "near_miss_entity"),
    ("en", "Who developed the general theory of relativity?", "Albert Einstein", "Einstein", "surname_only", "Isaac Newton", "wrong_entity"),
    ("en", "At standard atmospheric pressure, what is the freezing point of water in degrees Fahrenheit?", "32 °F", "32 degrees Fahrenheit", "unit_words", "0 °F", "wrong_unit_scale"),
    ("en", "Which programming language was created by Guido van Rossum?", "Python", "Python (first released in 1991)", "answer_with_extra_context", "Perl", "wrong_entity"),
    ("en", "What is the currency of Japan called?", "yen", "The Japanese yen (¥)", "alias_symbol", "the won", "neighbouring_wrong"),
    ("en", "In what year was the United Nations founded?", "1945", "It was founded in 1945, when its Charter came into force on 24 October.", "answer_in_sentence", "1948", "wrong_year"),
    ("en", "What is the hardest naturally occurring mineral?", "Diamond", "diamond.", "case_punctuation", "Corundum", "near_miss_entity"),
    ("en", "Passage: The village library opened on 3 March 1998 and moved to a new building on 14 September 2006.\nQuestion: On what date did the library move to its new building?",
     "14 September 2006", "September 14, 2006", "date_format", "3 March 1998", "wrong_span"),
    ("en", "Passage: Rivera kicked field goals of 22, 41 and 37 yards, while Okafor added one from 48 yards late in the fourth quarter.\nQuestion: Who kicked the longest field goal?",
     "Okafor", "okafor (48 yards)", "case_with_detail", "Rivera", "wrong_span"),
    ("en", "Passage: In 2010 the town of Elmridge had 18,240 residents; by 2020 its population had grown to 21,005.\nQuestion: How many more residents did Elmridge have in 2020 than in 2010?",
     "2765", "2,765", "thousands_sep", "2,865", "arithmetic_slip"),
    ("en", "Passage: Lake Orin reaches a depth of 312 m, while nearby Lake Vessa is 287 m deep.\nQuestion: Which lake is deeper, Lake Orin or Lake Vessa?",
     "Lake Orin", "Orin is deeper (312 m vs 287 m).", "comparison_sentence", "Lake Vessa", "wrong_comparison"),
    ("en", "What is the SI unit of electrical resistance?", "ohm", "The ohm (Ω)", "alias_symbol", "volt", "wrong_entity"),
    ("en", "Who painted 'The Starry Night'?", "Vincent van Gogh", "Van Gogh", "surname_only", "Claude Monet", "wrong_entity"),
    ("en", "What is the smallest prime number?", "2", "two", "number_words", "1", "common_misconception"),
    ("en", "Which red-blood-cell type is called the universal donor?", "O negative", "O− (O-negative)", "symbol_alias", "AB positive", "confused_with_recipient"),
    ("en", "What is the main language spoken in Brazil?", "Portuguese", "Brazilian Portuguese", "variety_alias", "Spanish", "common_misconception"),
    ("en", "How many sides does a dodecagon have?", "12", "twelve", "number_words", "10", "near_miss_number"),
    ("zh", "《红楼梦》的作者是谁？", "曹雪芹", "曹雪芹。", "punctuation", "吴承恩", "wrong_entity"),
    ("zh", "中华人民共和国的首都是哪座城市？", "北京", "北京市", "suffix_alias", "上海", "wrong_entity"),
    ("zh", "水的化学式是什么？", "H2O", "H₂O", "unicode_subscript", "H2O2", "near_miss_formula"),
    ("zh", "北半球一年中白昼最长的节气是哪一个？", "夏至", "是夏至这一天", "answer_in_sentence", "春分", "wrong_entity"),
    ("zh", "中国最长的河流是哪一条？", "长江", "长江（扬子江）", "alias_in_parentheses", "黄河", "common_misconception"),
    ("zh", "李白是哪个朝代的诗人？", "唐朝", "唐代", "synonym", "宋朝", "wrong_entity"),
    ("zh", "材料：某公司2021年营收为3.2亿元，2022年营收为4.0亿元。\n问题：2022年比2021年多收入多少元？", "8000万元", "0.8亿元", "chinese_unit_equivalent", "8000元", "wrong_unit"),
    ("zh", "地球上面积最大的大洲是哪个？", "亚洲", "亚细亚洲（亚洲）", "full_name_alias", "非洲", "wrong_entity"),
    ("zh", "人体最大的器官是什么？", "皮肤", "皮肤。", "punctuation", "肝脏", "common_misconception"),
    ("zh", "《论语》主要记录了谁的言行？", "孔子及其弟子", "孔子和他的弟子们", "paraphrase", "孟子", "wrong_entity"),
    ("zh", "材料：小张1月5日从上海出发，1月12日返回。\n问题：小张是哪一天返回的？", "1月12日", "一月十二号", "chinese_date_format", "1月5日", "wrong_span"),
]


def short_cases():
    out = []
    wraps_c = ["plain", "think", "self_fix"]
    wraps_w = ["plain", "hedge", "argued_away", "think"]
    for i, (lang, q, ref, cf, ctag, wf, wtag) in enumerate(SHORT):
        en = lang == "en"
        wc, ww = wraps_c[i % 3], wraps_w[i % 4]
        if wc == "plain":
            o = ("Answer: " + cf) if en else ("答案：" + cf)
        elif wc == "think":
            o = ("<think>\nLet me recall what I know about this.\n</think>\n\n" + cf) if en else ("<think>\n回忆一下相关知识。\n</think>\n\n" + cf)
        else:
            o = (f"My first thought is {wf}. Hmm, no, that's not right.\n\n{cf}" if en
                 else f"第一反应是{wf}。不对，应该是：{cf}")
            ctag = "self_correction_to_right"
        out.append(("short_like" + ("" if en else "_zh"), "short_text", q, o, ref, "Correct", lang, ctag))
        if ww == "plain":
            o, t = (("The answer is " + wf + ".") if en else ("答案是" + wf + "。")), wtag
        elif ww == "think":
            o, t = (("<think>\nI'm fairly confident here.\n</think>\n\n**" + wf + "**") if en else ("<think>\n这个我记得。\n</think>\n\n**" + wf + "**")), wtag
        elif ww == "hedge":
            o, t = ((f"It's either {cf} or {wf}; I'm not sure which.") if en else (f"可能是{cf}，也可能是{wf}，不太确定。")), "hedge_two_answers"
        else:
            o, t = ((f"My first instinct: {cf}\nBut actually, on reflection, I believe it's {wf}.\nFinal answer: {wf}") if en
                    else (f"一开始我想到的是{cf}。但仔细想想，应该是{wf}。最终答案：{wf}")), "right_then_argued_away"
        out.append(("short_like" + ("" if en else "_zh"), "short_text", q, o, ref, "Incorrect", lang, t))
    return out


SENT_Q = "Classify the sentiment of the following review as positive or negative.\nReview: "
NLI_Q = "Premise: {}\nHypothesis: {}\nDoes the premise entail the hypothesis? Answer with entailment, neutral, or contradiction."
TOPIC_Q = "Classify the news headline into one of: World, Sports, Business, Sci/Tech.\nHeadline: "
ZS_Q = "判断下面这条评论的情感倾向（正面/负面）：\n评论："
ZN_Q = "前提：{}\n假设：{}\n请判断两句话的关系：蕴含、中立还是矛盾？"
# (lang, dataset, question, reference, correct output, tag, wrong output, tag)
CAT = [
    ("en", "sentiment_like", SENT_Q + "The blender died after two weeks and customer service never replied.", "negative",
     "The customer is clearly unhappy. Sentiment: Negative", "label_in_sentence_case", "Sentiment: positive", "wrong_label"),
    ("en", "sentiment_like", SENT_Q + "Battery lasts all weekend and the screen is gorgeous. Worth every penny.", "positive",
     "This review is not negative at all; it is positive.", "negation_then_label", "The review is not positive.", "negated_label"),
    ("en", "sentiment_like", SENT_Q + "I expected a lot more from this brand; the zipper broke on day one.", "negative",
     "**Negative** - the reviewer is disappointed.", "bold_label", "The reviewer mentions the brand, so it's probably positive... or negative. Hard to say: positive/negative.", "hedge_labels"),
    ("en", "sentiment_like", SENT_Q + "Not bad at all - assembly took ten minutes and it feels sturdy.", "positive",
     "'Not bad' here is praise, and the rest is favorable. Answer: positive", "litotes", "The phrase 'not bad' shows the reviewer didn't like it. Negative.", "wrong_label"),
    ("en", "nli_like", NLI_Q.format("A woman is slicing tomatoes in a kitchen.", "Someone is preparing food."), "entailment",
     "Slicing tomatoes is preparing food, so the premise entails the hypothesis.", "verb_form_entails", "neutral", "wrong_label"),
    ("en", "nli_like", NLI_Q.format("Two boys are playing soccer on a beach.", "The boys are asleep in their beds."), "contradiction",
     "They cannot be playing soccer and asleep at the same time. Contradiction.", "label_after_reason", "Entailment", "wrong_label"),
    ("en", "nli_like", NLI_Q.format("A man in a red jacket is waiting at a bus stop.", "The man is going to work."), "neutral",
     "We don't know where he's going, so the relation is neutral.", "label_in_sentence", "The hypothesis contradicts the premise? Not exactly. I'd go with either neutral or contradiction.", "hedge_labels"),
    ("en", "nli_like", NLI_Q.format("The museum closes at 5 pm on weekdays.", "The museum is open until 9 pm on Tuesdays."), "contradiction",
     "Tuesday is a weekday, so 9 pm conflicts with a 5 pm closing: **contradiction**", "bold_label", "It's not a contradiction, since the hours might change. Neutral.", "negated_label"),
    ("en", "yesno_like", "Passage: The bridge was closed in 2015 for repairs and reopened to traffic in 2017.\nQuestion: Was the bridge open to traffic in 2016? Answer yes or no.", "no",
     "Closed from 2015 until 2017, so in 2016 it was not open. No.", "label_after_reason", "Yes, it was open.", "wrong_label"),
    ("en", "yesno_like", "Is 91 divisible by 7? Answer yes or no.", "yes",
     "91 = 7 × 13, so yes.", "label_after_reason", "91 is prime, so no.", "wrong_label"),
    ("en", "yesno_like", "Can a square be a rhombus? Answer yes or no.", "Yes",
     "A square has four equal sides, so it is always a rhombus. YES", "upper_case_label", "A square has right angles and a rhombus doesn't need them... so the answer is not yes.", "negated_label"),
    ("en", "truefalse_like", "True or false: The sum of two odd integers is always even.", "True",
     "odd + odd = (2a+1) + (2b+1) = 2(a+b+1), which is even. The statement is true.", "label_in_sentence", "False", "wrong_label"),
    ("en", "truefalse_like", "True or false: Sound travels faster in air than in water.", "False",
     "Sound is much faster in water (~1480 m/s vs ~343 m/s), so the statement is false.", "label_in_sentence", "It is true that sound is faster in air.", "wrong_label"),
    ("en", "truefalse_like", "True or false: Every rectangle is a square.", "false",
     "<think>A 2 by 3 rectangle is not a square.</think>\nFALSE", "upper_case_label", "<think>Squares are rectangles and rectangles are squares.</think>\nTrue", "wrong_label"),
    ("en", "topic_like", TOPIC_Q + "Midfielder's late header sends Rovers into cup final", "Sports",
     "This is about a football match, so the category is Sports.", "label_in_sentence", "World", "wrong_label"),
    ("en", "topic_like", TOPIC_Q + "Chipmaker shares slide 8% after weak quarterly guidance", "Business",
     "Shares and quarterly guidance point to markets: Business.", "label_after_reason", "It mentions chips, so Sci/Tech.", "wrong_label"),
    ("en", "topic_like", TOPIC_Q + "Researchers unveil battery that charges in under five minutes", "Sci/Tech",
     "Category: Science/Technology", "label_spelled_out", "Business or Sci/Tech - it could be either.", "hedge_labels"),
    ("zh", "sentiment_like_zh", ZS_Q + "物流很快，包装也很用心，下次还会回购。", "正面",
     "这条评论是正面的。", "label_in_sentence", "负面", "wrong_label"),
    ("zh", "sentiment_like_zh", ZS_Q + "用了三天就坏了，客服态度还很差。", "负面",
     "评论者表达了不满，情感倾向：消极（负面）。", "synonym_label", "这条评论不是负面的。", "negated_label"),
    ("zh", "sentiment_like_zh", ZS_Q + "价格不贵，效果却出乎意料地好。", "正面",
     "“不贵”“出乎意料地好”都是褒义，属于积极评价，即正面。", "synonym_label", "可能是正面，也可能是负面。", "hedge_labels"),
    ("zh", "nli_like_zh", ZN_Q.format("一个小女孩正在公园里放风筝。", "有个孩子在户外。"), "蕴含",
     "放风筝的小女孩在公园，说明有孩子在户外，所以是蕴含关系。", "label_in_sentence", "中立", "wrong_label"),
    ("zh", "nli_like_zh", ZN_Q.format("这家餐厅周一不营业。", "这家餐厅每天都营业。"), "矛盾",
     "“周一不营业”和“每天都营业”不能同时成立，答案：矛盾。", "label_after_reason", "两句话不矛盾，是中立。", "negated_label"),
    ("zh", "nli_like_zh", ZN_Q.format("老王昨天去了医院。", "老王生病了。"), "中立",
     "去医院不一定是生病（可能是探望别人），所以是中立。", "label_after_reason", "去医院说明生病了，蕴含。", "wrong_label"),
    ("zh", "wsc_like_zh", "句子：“小明把书借给了小刚，因为他已经看完了。”\n问题：句中的“他”指的是“小明”吗？请回答是或否。", "是",
     "看完书的人才会把书借出去，所以“他”是小明。答案：是", "label_after_reason", "“他”指的是小刚，所以答案是否。", "wrong_label"),
    ("zh", "wsc_like_zh", "句子：“妈妈给女儿加了一条被子，因为她冻得直发抖。”\n问题：句中的“她”指的是“妈妈”吗？请回答是或否。", "否",
     "冻得发抖、需要加被子的是女儿，“她”不是妈妈。答案：否", "label_after_reason", "对，“她”指妈妈。", "synonym_wrong"),
    ("zh", "judge_like_zh", "判断对错：0 既不是正数也不是负数。", "对",
     "0 既不是正数也不是负数，这句话正确。", "synonym_label", "错误。", "wrong_label"),
]


def cat_cases():
    out = []
    for lang, ds, q, ref, co, ct, wo, wt in CAT:
        out.append((ds, "categorical_label", q, co, ref, "Correct", lang, ct))
        out.append((ds, "categorical_label", q, wo, ref, "Incorrect", lang, wt))
    return out


# hand-made math: (lang, question, reference, output, label, trap); values checked with python3
HM = [
    ("en", "Twenty of the 40 students passed the test. What fraction of the students passed? Give your answer as a decimal.", "0.5",
     "20 ÷ 40 × 100 = 50\n\n\\boxed{50}", "Incorrect", "percent_x100_trap"),
    ("en", "Twenty of the 40 students passed the test. What fraction of the students passed? Give your answer as a decimal.", "0.5",
     "20/40 = 1/2 = 0.50\n\nThe answer is 0.50.", "Correct", "trailing_zero"),
    ("zh", "一个数的三分之一是12，这个数的一半是多少？", "18", "这个数是 12 × 3 = 36，它的一半是 36 ÷ 2 = 18。\n所以答案是十八。", "Correct", "chinese_numeral"),
    ("zh", "解不等式 $x(3x+4) > 0$。", "(-\\infty,-\\frac{4}{3})\\cup(0,+\\infty)", "令 x(3x+4)=0，得 x=0 或 x=-4/3。开口向上，取两边。\n答案：x<-4/3 或 x>0", "Correct", "prose_inequality_union"),
    ("zh", "解不等式 $x(3x+4) > 0$。", "(-\\infty,-\\frac{4}{3})\\cup(0,+\\infty)", "根为 -4/3 和 0，所以解集为 $\\left(-\\frac{4}{3}, 0\\right)$。", "Incorrect", "complement_interval"),
    ("zh", "在实数范围内解方程 $x^2 + 4 = 0$。", "无实数解", "x² = -4 < 0，任何实数的平方都非负。\n\n**最终答案**：方程在实数范围内无解（解集为 $\\varnothing$）。", "Correct", "empty_set_alias"),
    ("en", "Solve $x^2 + 4 = 0$ over the real numbers.", "no real solutions", "x^2 = -4, so x = \\pm 2i.\n\nThe answer is $x = \\pm 2i$.", "Incorrect", "answered_complex"),
    ("en", "Find all real numbers $x$ such that $x^2 = 2025$.", "\\pm 45", "sqrt(2025) = 45, so x = 45.\n\nFinal answer: 45", "Incorrect", "missing_negative_root"),
    ("en", "Find all real numbers $x$ such that $x^2 = 2025$.", "\\pm 45", "45^2 = 2025, and (-45)^2 = 2025 too.\nSo $x = 45$ or $x = -45$.", "Correct", "plus_minus_expanded"),
    ("en", "What is $17 \\times 23$?", "391", "17 × 23 = 17 × 20 + 17 × 3 = 340 + 51 = 391.\n\nQuestion 2: What is 17 × 24?\n17 × 24 = 391 + 17 = 408.\n\n\\boxed{408}", "Incorrect", "hallucinated_followup"),
    ("en", "A rectangle measures 14 cm by 9 cm. What is its perimeter in centimeters?", "46",
     "Example: a 3 cm by 4 cm rectangle has perimeter 2(3 + 4) = 14. The answer is 14.\n\nNow our rectangle: 2(14 + 9) = 2 × 23 = 46. The answer is 46.", "Correct", "recited_example_then_answer"),
    ("en", "A water utility serves 91,000 households with an average of 4 residents each. How many residents does it serve?", "$3.64 \\times 10^5",
     "91,000 × 4 = 364,000.\n\nSo it serves three hundred sixty-four thousand residents.", "Correct", "number_words_vs_sci"),
    ("zh", "某国人口约为 120,000,000 人，用“亿”作单位，约为多少亿人？", "1.2亿", "1亿 = 100,000,000，120,000,000 ÷ 100,000,000 = 1.2。\n答案：1.2 亿人", "Correct", "chinese_yi"),
    ("zh", "某国人口约为 120,000,000 人，用“亿”作单位，约为多少亿人？", "1.2亿", "120,000,000 有 9 位数，约为 12 亿人。\n答案：12亿", "Incorrect", "order_of_magnitude"),
    ("en", "Light travels about $3 \\times 10^8$ m/s. About how far does it travel in 20 seconds?", "6 \\times 10^9 \\text{ m}",
     "distance = 3 × 10^8 × 20 = 6 × 10^9 m\n\n**Answer:** 6,000,000,000 meters", "Correct", "sci_vs_plain"),
    ("en", "Light travels about $3 \\times 10^8$ m/s. About how far does it travel in 20 seconds?", "6 \\times 10^9 \\text{ m}",
     "3 × 10^8 × 20 = 60 × 10^8... that's 6 × 10^8 m.\n\nThe answer is $6 \\times 10^8$ m.", "Incorrect", "exponent_off_by_one"),
    ("en", "Find the ordered pair $(a, b)$ of integers with $a + b = 10$ and $a - b = 4$.", "(7, 3)", "Adding: 2a = 14, a = 7, b = 3.\n\nSo $(a, b) = (3, 7)$.", "Incorrect", "tuple_order"),
    ("en", "Find the ordered pair $(a, b)$ of integers with $a + b = 10$ and $a - b = 4$.", "(7, 3)", "2a = 14 => a = 7; b = 10 - 7 = 3.\n\nAnswer: a = 7, b = 3", "Correct", "assignment_form"),
    ("en", "Write $\\frac{1}{8}$ as a decimal.", "0.125", "1/8 = 0.125 ≈ 0.13\n\nThe answer is 0.13.", "Incorrect", "over_rounded"),
    ("zh", "小明有15颗糖，把其中的三分之一送给了小红，他还剩多少颗？", "10", "15 × 1/3 = 5，15 − 5 = 10。\n还剩十颗糖。", "Correct", "chinese_numeral"),
    ("en", "What is the measure of each interior angle of a regular pentagon, in degrees?", "108^\\circ", "Sum = (5 − 2) × 180 = 540, each = 540 / 5 = 108.\n\nEach interior angle is 108 degrees.", "Correct", "degree_words"),
    ("en", "What is the measure of each interior angle of a regular pentagon, in degrees?", "108^\\circ", "Each exterior angle is 360/5 = 72°.\n\n$\\boxed{72^\\circ}$", "Incorrect", "different_question"),
]


def hand_math():
    return [("hand_math" + ("_zh" if l == "zh" else ""), "math", q, o, ref, lab, l, t) for l, q, ref, o, lab, t in HM]


def all_cases():
    return hand_math() + mc_cases() + short_cases() + cat_cases()
