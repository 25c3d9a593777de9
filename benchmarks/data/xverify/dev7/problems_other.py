"""dev7's multiple-choice, NLI, DROP- and SimpleQA-style problems (registered in PROBLEMS by problems_dev7.py)."""
from problems_dev7 import G, B, P, A  # noqa: F401

# ---------------- English multiple choice ----------------
A(P("mmlu_like", "alphabet_option", "en",
    "What is the value of 3^2 + 0^5?\nA. 6\nB. 9\nC. 10\nD. 14",
    ["B", "B. 9"],
    ["3^2 means 3 × 3, not 3 × 2, so 3^2 = 9.", "0^5 = 0 (zero to any positive power is zero).",
     "So 3^2 + 0^5 = 9 + 0 = 9, which is option B."],
    [G("B", "letter_only"), G("(B) 9", "paren_letter_with_text"), G("option B", "option_word"), G("B. 9", "letter_dot_text", bare=True)],
    [B("Answer: (B) 7", "letter_right_text_wrong", raw=True, full=True), B("C", "wrong_letter"),
     B("The answer is (C) 9.", "text_right_letter_wrong", raw=True, full=True), B("A. 6", "common_mistake_3x2")],
    extra=["flip", "two"]))

A(P("mmlu_like", "alphabet_option", "en",
    "Which organelle is primarily responsible for ATP production in eukaryotic cells?\nA. Ribosome\nB. Golgi apparatus\nC. Mitochondrion\nD. Lysosome",
    ["C"],
    ["Ribosomes synthesize proteins; they don't make ATP in bulk.",
     "The Golgi apparatus modifies and packages proteins, and lysosomes digest waste — neither is the main ATP source.",
     "Oxidative phosphorylation happens on the inner mitochondrial membrane, so the mitochondrion (C) is the powerhouse of the cell."],
    [G("C", "letter_only"), G("C) Mitochondrion", "letter_paren_text"), G("The correct choice is C — the mitochondrion.", "sentence_letter_text", raw=True),
     G("Mitochondrion", "text_only_no_letter")],
    [B("A", "wrong_letter"), B("C. Golgi apparatus", "letter_right_text_wrong", full=True), B("B", "distractor")],
    extra=["trunc", "selfcorrect"]))

A(P("mmlu_like", "alphabet_option", "en",
    "In economics, a price ceiling set below the market equilibrium price will most likely result in:\n(A) a surplus\n(B) a shortage\n(C) no change in quantity traded\n(D) an increase in quantity supplied",
    ["B", "(B) a shortage"],
    ["A price ceiling is a legal maximum price.",
     "If it's set below equilibrium, quantity demanded rises (the good is cheaper) while quantity supplied falls (producers earn less).",
     "Quantity demanded exceeds quantity supplied, which is a shortage — (B)."],
    [G("(B)", "paren_letter"), G("b", "lowercase_letter"), G("**B** a shortage", "bold_letter_text")],
    [B("(A) a surplus", "floor_ceiling_confusion"), B("D", "wrong_letter"), B("a surplus", "text_only_wrong")],
    extra=["flip", "two", "refuse"]))

A(P("mmlu_like", "alphabet_option", "en",
    "Who was the first person to walk on the Moon? Answer Choices: (A) Buzz Aldrin (B) Yuri Gagarin (C) Neil Armstrong (D) Michael Collins",
    ["C"],
    ["Yuri Gagarin was the first human in space (1961) but never went to the Moon.",
     "Michael Collins orbited in the command module during Apollo 11 and did not land. Buzz Aldrin walked on the Moon second.",
     "Neil Armstrong stepped onto the lunar surface first on July 20, 1969 — that's option C."],
    [G("C", "letter_only"), G("Neil Armstrong (C)", "text_then_letter"), G("Option (C): Neil Armstrong", "option_paren_letter_text")],
    [B("A", "second_person_near_miss"), B("(C) Buzz Aldrin", "letter_right_text_wrong", full=True), B("Answer: (A) Neil Armstrong", "text_right_letter_wrong", raw=True, full=True)],
    extra=["trunc", "selfcorrect"]))

A(P("mmlu_like", "alphabet_option", "en",
    "A 2.0 kg object accelerates at 3.0 m/s². What is the net force on it?\nA. 0.67 N\nB. 1.5 N\nC. 5.0 N\nD. 6.0 N",
    ["D", "D. 6.0 N"],
    ["Newton's second law: F = m·a.", "F = 2.0 kg × 3.0 m/s².", "F = 6.0 N, which matches option D."],
    [G("D", "letter_only"), G("D — 6.0 N", "letter_dash_text"), G("6.0 N, option D", "text_comma_option")],
    [B("C", "added_instead_of_multiplied"), B("A. 0.67 N", "divided_m_by_a"), B("D. 5.0 N", "letter_right_text_wrong", full=True)],
    extra=["flip", "selfcorrect"]))

A(P("gpqa_like", "alphabet_option", "en",
    "Which of the following best describes the hybridization of the central carbon atom in carbon dioxide (CO₂)?\n(A) sp³\n(B) sp²\n(C) sp\n(D) dsp²",
    ["C"],
    ["CO₂ is linear: O=C=O with a 180° bond angle.",
     "The carbon forms two σ bonds (one to each O) and two π bonds; there are no lone pairs on carbon. Two electron domains means two hybrid orbitals.",
     "Two hybrid orbitals correspond to sp hybridization, so the answer is (C)."],
    [G("(C)", "paren_letter"), G("C: sp", "letter_colon_text"), G("\\boxed{C}", "boxed_letter", bare=True)],
    [B("(B)", "sp2_distractor"), B("(C) sp²", "letter_right_text_wrong", full=True)],
    extra=["trunc", "two", "refuse"]))

A(P("gpqa_like", "alphabet_option", "en",
    "A photon has wavelength 500 nm. Approximately what is its energy? (h = 6.63×10⁻³⁴ J·s, c = 3.00×10⁸ m/s)\nA. 3.98×10⁻¹⁹ J\nB. 3.98×10⁻²⁸ J\nC. 1.33×10⁻²⁷ J\nD. 2.48 eV × 10³",
    ["A"],
    ["E = hc/λ.", "hc = 6.63×10⁻³⁴ × 3.00×10⁸ = 1.989×10⁻²⁵ J·m.",
     "λ = 500 nm = 5.00×10⁻⁷ m, so E = 1.989×10⁻²⁵ / 5.00×10⁻⁷ ≈ 3.98×10⁻¹⁹ J (about 2.48 eV). That is option A."],
    [G("A", "letter_only"), G("A. 3.98×10⁻¹⁹ J", "letter_sci_text"), G("option A (≈2.48 eV)", "option_with_converted_value")],
    [B("B", "nm_not_converted_scale"), B("D", "ev_distractor")],
    extra=["flip", "selfcorrect"]))

# ---------------- Chinese multiple choice (C-Eval like) ----------------
A(P("ceval_like", "alphabet_option", "zh",
    "我国古代四大发明不包括（  ）\nA．造纸术\nB．指南针\nC．火药\nD．地动仪",
    ["D"],
    ["四大发明指的是造纸术、印刷术、指南针和火药。", "A、B、C 三项都在四大发明之中。", "地动仪是张衡发明的，但不属于四大发明，所以选 D。"],
    [G("故选D。", "guxuan_letter", raw=True), G("D", "letter_only"), G("答案是D（地动仪）", "letter_with_chinese_text")],
    [B("故选C。", "wrong_letter_guxuan", raw=True), B("答案：D．指南针", "letter_right_text_wrong", full=True)],
    extra=["flip", "two"]))

A(P("ceval_like", "alphabet_option", "zh",
    "真空中的光速约为（  ）\nA．3×10⁵ m/s\nB．3×10⁸ m/s\nC．3×10⁸ km/s\nD．340 m/s",
    ["B", "B．3×10⁸ m/s"],
    ["340 m/s 是声音在空气中的传播速度，排除 D。", "光速约为 30 万千米每秒，即 3×10⁵ km/s，换算成米是 3×10⁸ m/s。",
     "C 项单位错误（3×10⁸ km/s 大了 1000 倍），A 项数量级不对，所以正确答案是 B。"],
    [G("B", "letter_only"), G("所以正确选项为 Ｂ。", "fullwidth_letter", raw=True), G("选B：3×10⁸ m/s", "letter_with_text")],
    [B("C", "unit_scale_distractor"), B("A", "km_m_confusion"), B("答案：B．3×10⁸ km/s", "letter_right_text_wrong", raw=True, full=True)],
    extra=["trunc", "selfcorrect"]))

A(P("ceval_like", "alphabet_option", "zh",
    "下列物质中，属于纯净物的是（  ）\nA．空气\nB．海水\nC．蒸馏水\nD．石灰石",
    ["C"],
    ["空气含有氮气、氧气等多种成分，是混合物。", "海水中溶有大量盐类，石灰石的主要成分是碳酸钙但含杂质，都是混合物。",
     "蒸馏水只含 H₂O 一种物质，是纯净物，故选 C。"],
    [G("C", "letter_only"), G("故选：C", "guxuan_colon", raw=True), G("答案为C．蒸馏水", "letter_with_text")],
    [B("D", "main_component_confusion"), B("答案为C．石灰石", "letter_right_text_wrong", raw=True, full=True)],
    extra=["flip", "two", "refuse"]))

A(P("ceval_like", "alphabet_option", "zh",
    "根据我国宪法，全国人民代表大会每届任期为（  ）\nA．3年\nB．4年\nC．5年\nD．6年",
    ["C", "宪法规定全国人民代表大会每届任期五年，故选C。"],
    ["这道题考查宪法中关于国家机构任期的规定。", "全国人民代表大会每届任期与国务院、国家主席等相同。", "宪法规定全国人民代表大会每届任期五年，所以选 C。"],
    [G("C", "letter_only"), G("五年，选C", "text_then_letter"), G("【答案】C", "bracket_answer_tag", raw=True)],
    [B("B", "wrong_letter"), B("5年，选D", "text_right_letter_wrong", raw=True, full=True)],
    extra=["trunc", "selfcorrect"]))

# ---------------- NLI (categorical labels) ----------------
A(P("cmnli_like", "categorical_label", "zh",
    "前提：小王昨天在超市买了三斤苹果和一箱牛奶。\n假设：小王昨天去过超市。\n问：前提与假设之间的关系是蕴含、矛盾还是中立？",
    ["蕴含", "entailment"],
    ["前提说小王昨天在超市买东西。", "在超市买东西，必然要去过超市。", "所以假设可以由前提推出，二者是蕴含关系。"],
    [G("蕴含", "chinese_label"), G("entailment", "english_label_vs_chinese_ref"), G("两句话之间是蕴含关系。", "label_in_sentence", raw=True)],
    [B("中立", "neutral_wrong"), B("矛盾", "contradiction_wrong")],
    extra=["flip", "two"]))

A(P("cmnli_like", "categorical_label", "zh",
    "前提：这家餐厅周一全天不营业。\n假设：周一中午可以在这家餐厅吃午饭。\n问：两句话的关系是蕴含、矛盾还是中立？",
    ["矛盾", "contradiction"],
    ["前提说周一全天不营业。", "假设说周一中午可以在这里吃饭，这要求餐厅营业。", "两者不可能同时为真，所以是矛盾。"],
    [G("矛盾", "chinese_label"), G("contradiction", "english_label"), G("答案：矛盾（contradiction）", "bilingual_label")],
    [B("中立", "neutral_wrong"), B("蕴含", "entailment_wrong")],
    extra=["trunc", "selfcorrect"]))

A(P("cmnli_like", "categorical_label", "zh",
    "前提：李老师今天穿了一件红色的外套。\n假设：李老师非常喜欢红色。\n问：两句话的关系是蕴含、矛盾还是中立？",
    ["中立", "neutral"],
    ["前提只说明李老师今天穿了红色外套。", "穿红色外套不一定说明非常喜欢红色，可能是随手拿的，也可能是别人送的。", "前提既不能推出假设，也与假设不冲突，所以是中立。"],
    [G("中立", "chinese_label"), G("neutral", "english_label"), G("无法推断，属于中立关系", "paraphrased_label")],
    [B("蕴含", "overinference_entailment"), B("矛盾", "contradiction_wrong")],
    extra=["flip", "two", "refuse"]))

A(P("mnli_like", "categorical_label", "en",
    "Premise: The museum's new exhibit features over two hundred paintings by Dutch artists.\nHypothesis: The museum has no paintings by Dutch artists.\nWhat is the relationship between the premise and the hypothesis? Answer with entailment, neutral, or contradiction.",
    ["contradiction"],
    ["The premise asserts that the exhibit includes 200+ Dutch paintings, and the exhibit is part of the museum.",
     "The hypothesis asserts the museum has zero Dutch paintings.",
     "Both cannot be true at the same time, so the label is contradiction."],
    [G("contradiction", "label_plain"), G("Contradiction.", "label_capitalized"), G("The hypothesis contradicts the premise.", "label_as_verb_sentence", raw=True)],
    [B("neutral", "neutral_wrong"), B("entailment", "entailment_wrong")],
    extra=["trunc", "selfcorrect"]))

A(P("mnli_like", "categorical_label", "en",
    "Premise: Sarah finished the marathon in just under four hours.\nHypothesis: Sarah ran in a marathon.\nLabel the pair as entailment, neutral, or contradiction.",
    ["entailment"],
    ["To finish a marathon, you have to take part in it.", "The hypothesis only claims Sarah ran in a marathon, which is strictly weaker than the premise.", "So the premise entails the hypothesis: entailment."],
    [G("entailment", "label_plain"), G("Entailment — the premise implies the hypothesis.", "label_with_explanation", raw=True), G("entails", "verb_form_label")],
    [B("neutral", "neutral_wrong"), B("The premise does not entail the hypothesis; it's neutral.", "negated_label_sentence", raw=True)],
    extra=["flip", "two"]))

# ---------------- DROP-like ----------------
A(P("drop_like", "short_text", "en",
    "Passage: In the 2011 season opener, the Ravens scored on a 27-yard field goal in the first quarter. In the second quarter, Flacco threw a 14-yard touchdown pass, and the Steelers answered with a 36-yard field goal. In the fourth quarter, the Ravens added a 41-yard field goal.\nQuestion: How many yards was the longest field goal?",
    ["41"],
    ["Field goals mentioned: 27 yards (Ravens, Q1), 36 yards (Steelers, Q2), 41 yards (Ravens, Q4).",
     "The 14-yard play is a touchdown pass, not a field goal, so it doesn't count.",
     "The longest field goal is 41 yards."],
    [G("41", "plain"), G("41 yards", "number_with_unit"), G("forty-one yards", "number_words")],
    [B("36", "longest_by_other_team_only"), B("27", "first_field_goal"), B("104", "summed_field_goals")],
    extra=["trunc", "selfcorrect"]))

A(P("drop_like", "short_text", "en",
    "Passage: The town's population was 12,400 in 1990. By 2000 it had grown by 1,850 residents, and between 2000 and 2010 it lost 620 residents.\nQuestion: What was the town's population in 2010?",
    ["13,630", "13630"],
    ["Population in 1990: 12,400.", "2000: 12,400 + 1,850 = 14,250.", "2010: 14,250 − 620 = 13,630."],
    [G("13,630", "comma_thousands"), G("13630", "no_separator"), G("13 630", "space_thousands")],
    [B("14,250", "stopped_at_2000", full=True), B("14,870", "added_loss")],
    extra=["flip", "two"]))

A(P("drop_like", "short_text", "en",
    "Passage: Founded in 1867, the company moved its headquarters to Chicago in 1902 and merged with a rival firm in 1958. It was finally dissolved in 1994.\nQuestion: How many years after the company was founded did it move to Chicago?",
    ["35"],
    ["Founded: 1867.", "Moved to Chicago: 1902.", "1902 − 1867 = 35 years."],
    [G("35", "plain"), G("35 years", "unit_years"), G("thirty-five", "number_word")],
    [B("1902", "year_not_difference"), B("56", "merger_difference")],
    extra=["trunc", "selfcorrect"]))

# ---------------- SimpleQA-like ----------------
A(P("simpleqa_like", "short_text", "en",
    "Who wrote the novel 'One Hundred Years of Solitude'?",
    ["Gabriel García Márquez"],
    ["'One Hundred Years of Solitude' (Cien años de soledad) was published in 1967.",
     "It's the defining novel of magical realism and is set in the fictional town of Macondo.",
     "It was written by the Colombian author Gabriel García Márquez, who won the Nobel Prize in Literature in 1982."],
    [G("Gabriel García Márquez", "exact_name"), G("Gabriel Garcia Marquez", "name_without_accents"), G("García Márquez", "surname_alias"), G("Gabo (Gabriel García Márquez)", "nickname_plus_name")],
    [B("Mario Vargas Llosa", "near_miss_latin_american_author"), B("Jorge Luis Borges", "near_miss_magical_realism")],
    extra=["flip", "two", "refuse"]))

A(P("simpleqa_like", "short_text", "en",
    "What is the capital city of Australia?",
    ["Canberra"],
    ["Many people assume it's Sydney, since that's the largest city, or Melbourne, which was the temporary seat of government.",
     "The capital was purpose-built as a compromise between those two cities.",
     "The capital is Canberra, in the Australian Capital Territory."],
    [G("Canberra", "exact"), G("Canberra, ACT", "with_territory")],
    [B("Sydney", "largest_city_near_miss"), B("Melbourne", "former_seat_near_miss")],
    extra=["trunc", "selfcorrect"]))

A(P("simpleqa_like", "short_text", "en",
    "In what year did the Berlin Wall fall?",
    ["1989"],
    ["The Berlin Wall was built in 1961.", "German reunification followed in October 1990 and the USSR dissolved in 1991, so those are tempting distractors.",
     "The Wall fell (the border was opened) on 9 November 1989."],
    [G("1989", "year"), G("November 9, 1989", "full_date_for_year"), G("nineteen eighty-nine", "year_words")],
    [B("1990", "reunification_year"), B("1991", "ussr_dissolution_year")],
    extra=["flip", "two"]))

A(P("simpleqa_like", "short_text", "en",
    "What is the chemical symbol for tungsten?",
    ["W"],
    ["Tungsten is element 74.", "Its symbol comes from its other name, wolfram.", "So the symbol is W."],
    [G("W", "symbol"), G("W (from 'wolfram')", "symbol_with_etymology")],
    [B("Tu", "guessed_from_name"), B("Ti", "titanium_confusion")],
    extra=["trunc", "selfcorrect"]))

A(P("simpleqa_like", "short_text", "en",
    "What is the largest moon of Saturn?",
    ["Titan"],
    ["Saturn has well over a hundred known moons.", "Ganymede is the largest moon in the Solar System, but it orbits Jupiter.",
     "Saturn's largest moon is Titan, the only moon with a thick atmosphere."],
    [G("Titan", "exact"), G("Saturn VI (Titan)", "designation_alias")],
    [B("Ganymede", "jupiter_moon_near_miss"), B("Enceladus", "other_saturn_moon")],
    extra=["flip", "two"]))

A(P("simpleqa_like", "short_text", "en",
    "Which Dutch painter created 'The Night Watch'?",
    ["Rembrandt van Rijn", "Rembrandt"],
    ["'The Night Watch' (1642) hangs in the Rijksmuseum in Amsterdam.", "It's a group portrait of a civic militia company.",
     "It was painted by Rembrandt Harmenszoon van Rijn."],
    [G("Rembrandt", "short_alias"), G("Rembrandt Harmenszoon van Rijn", "full_name")],
    [B("Johannes Vermeer", "dutch_near_miss"), B("Frans Hals", "dutch_portraitist_near_miss")],
    extra=["trunc", "selfcorrect"]))

A(P("simpleqa_like", "short_text", "zh",
    "《红楼梦》前八十回的作者是谁？",
    ["曹雪芹"],
    ["《红楼梦》是中国古典四大名著之一。", "通行本共一百二十回，一般认为后四十回由高鹗等人续写。", "前八十回的作者是曹雪芹。"],
    [G("曹雪芹", "exact"), G("曹霑（曹雪芹）", "personal_name_alias")],
    [B("高鹗", "continuation_author_near_miss"), B("施耐庵", "other_classic_author")],
    extra=["flip", "two"]))

A(P("simpleqa_like", "short_text", "zh",
    "世界上面积最大的沙漠（不含极地）是哪一个？",
    ["撒哈拉沙漠", "Sahara"],
    ["如果算上极地，南极洲是最大的“寒漠”，但题目排除了极地。", "非极地沙漠中，阿拉伯沙漠和戈壁沙漠面积都很大。", "面积最大的是撒哈拉沙漠，约 900 多万平方千米。"],
    [G("撒哈拉沙漠", "exact"), G("Sahara", "english_alias"), G("撒哈拉", "short_alias")],
    [B("戈壁沙漠", "other_desert"), B("南极洲", "polar_desert_excluded")],
    extra=["trunc", "selfcorrect"]))
