"""Knowledge and reading multiple-choice items (English and Chinese)."""
from common import LABELSETS, unique_fill
from mc_core import build_mc, build_multi

# (question, correct, distractors, explanation)
FACTS_EN = [
    ("Which planet is closest to the Sun?", "Mercury", ["Venus", "Mars", "Earth", "Jupiter"],
     "Mercury orbits at about 0.39 AU, closer than any other planet."),
    ("What is the chemical symbol for sodium?", "Na", ["So", "Sd", "S", "N"],
     "Sodium's symbol comes from the Latin natrium."),
    ("Which gas do plants absorb from the air for photosynthesis?", "Carbon dioxide",
     ["Oxygen", "Nitrogen", "Hydrogen", "Helium"], "Photosynthesis fixes CO2 into sugars and releases O2."),
    ("Who wrote the play 'Romeo and Juliet'?", "William Shakespeare",
     ["Christopher Marlowe", "Ben Jonson", "John Milton", "Geoffrey Chaucer"],
     "It is one of Shakespeare's early tragedies."),
    ("What is the largest ocean on Earth?", "Pacific Ocean",
     ["Atlantic Ocean", "Indian Ocean", "Arctic Ocean", "Southern Ocean"], "The Pacific covers about a third of the planet."),
    ("Which organelle is the site of aerobic respiration in eukaryotic cells?", "Mitochondrion",
     ["Ribosome", "Golgi apparatus", "Nucleus", "Lysosome"], "The citric acid cycle and electron transport chain run in mitochondria."),
    ("What is the boiling point of pure water at sea level in degrees Celsius?", "100",
     ["90", "80", "120", "212"], "At 1 atm water boils at 100 °C (212 is the Fahrenheit value)."),
    ("Which of the following is NOT a mammal?", "Shark", ["Whale", "Bat", "Dolphin", "Platypus"],
     "Sharks are cartilaginous fish; the others nurse their young with milk."),
    ("Which of the following is NOT a noble gas?", "Nitrogen", ["Neon", "Argon", "Krypton", "Xenon"],
     "Nitrogen is in group 15; the noble gases are group 18."),
    ("Which particle carries a negative electric charge?", "Electron", ["Proton", "Neutron", "Photon", "Nucleus"],
     "Electrons carry charge -e; protons are positive and neutrons neutral."),
    ("What is the capital of Canada?", "Ottawa", ["Toronto", "Vancouver", "Montreal", "Calgary"],
     "Ottawa has been the capital since the 19th century."),
    ("In which year did World War II end?", "1945", ["1918", "1939", "1944", "1950"],
     "Germany surrendered in May 1945 and Japan in September 1945."),
    ("Which blood vessels carry blood away from the heart?", "Arteries", ["Veins", "Capillaries", "Venules", "Lymph ducts"],
     "Arteries carry blood from the heart; veins return it."),
    ("Which force keeps the planets in orbit around the Sun?", "Gravity",
     ["Magnetism", "Friction", "Buoyancy", "Surface tension"], "Newtonian gravitation supplies the centripetal force."),
    ("Which of the following statements about DNA is NOT correct?", "It contains the base uracil",
     ["It is usually double-stranded", "It contains deoxyribose", "It contains the base thymine",
      "Its strands are antiparallel"], "Uracil is found in RNA, not DNA."),
    ("Which economic term describes a general rise in the price level over time?", "Inflation",
     ["Deflation", "Recession", "Depreciation", "Stagnation"], "Inflation is a sustained increase in the general price level."),
    ("What is the SI unit of force?", "Newton", ["Joule", "Watt", "Pascal", "Coulomb"],
     "One newton is 1 kg·m/s²."),
    ("Which continent is the Sahara Desert on?", "Africa", ["Asia", "Australia", "South America", "Europe"],
     "The Sahara spans much of North Africa."),
    ("Which layer of the atmosphere contains most of the ozone layer?", "Stratosphere",
     ["Troposphere", "Mesosphere", "Thermosphere", "Exosphere"], "The ozone layer sits roughly 15-35 km up, in the stratosphere."),
    ("Which of the following is a renewable energy source?", "Wind", ["Coal", "Natural gas", "Petroleum", "Uranium"],
     "Wind is replenished naturally; the others are finite stocks."),
]

FACTS_ZH = [
    ("我国第一部纪传体通史是（　　）", "《史记》", ["《汉书》", "《资治通鉴》", "《春秋》", "《左传》"],
     "《史记》由司马迁所著，是第一部纪传体通史。"),
    ("水的化学式是（　　）", "H₂O", ["H₂O₂", "CO₂", "HO", "O₂"], "一个水分子由两个氢原子和一个氧原子构成。"),
    ("下列不属于哺乳动物的是（　　）", "鲨鱼", ["鲸", "蝙蝠", "海豚", "大熊猫"], "鲨鱼是软骨鱼类，其余都是哺乳动物。"),
    ("光合作用主要发生在植物细胞的（　　）中", "叶绿体", ["线粒体", "细胞核", "核糖体", "液泡"],
     "叶绿体含有叶绿素，是光合作用的场所。"),
    ("中国最长的河流是（　　）", "长江", ["黄河", "珠江", "黑龙江", "淮河"], "长江全长约6300千米，是中国第一长河。"),
    ("下列关于声音的说法，不正确的是（　　）", "声音可以在真空中传播",
     ["声音是由物体振动产生的", "声音在固体中传播一般比在空气中快", "音调与振动频率有关", "响度与振幅有关"],
     "声音的传播需要介质，真空不能传声。"),
    ("“床前明月光”的作者是（　　）", "李白", ["杜甫", "白居易", "王维", "孟浩然"], "这是李白的《静夜思》。"),
    ("太阳系中体积最大的行星是（　　）", "木星", ["土星", "地球", "海王星", "火星"], "木星是太阳系中最大的行星。"),
    ("下列物质属于纯净物的是（　　）", "蒸馏水", ["空气", "海水", "石灰石", "牛奶"], "蒸馏水只含一种物质。"),
    ("人体最大的器官是（　　）", "皮肤", ["肝脏", "心脏", "大脑", "肺"], "皮肤按面积和重量都是人体最大的器官。"),
    ("秦朝统一六国的时间是公元前（　　）年", "221", ["206", "246", "202", "230"], "秦王嬴政于公元前221年完成统一。"),
    ("下列能源中属于可再生能源的是（　　）", "太阳能", ["煤炭", "石油", "天然气", "核燃料"], "太阳能可以源源不断地获得。"),
]

NAMES = ["Mira Tolven", "Oskar Brandt", "Lena Quist", "Tobias Ferrow", "Anya Reschke", "Calum Ivers",
         "Priya Danvers", "Jonas Hallberg"]
TOWNS = ["Ashcombe", "Greywater", "Linden Vale", "Port Sallow", "Hollin Bridge", "Marrow Ford"]
SHOPS = ["bakery", "bicycle repair shop", "bookshop", "pottery studio", "tea house", "print shop"]
NAMES_ZH = ["林晓岚", "赵明远", "孙雨桐", "周景行", "韩若溪", "陆子恒"]
TOWNS_ZH = ["青石镇", "柳湾镇", "白沙镇", "云溪镇", "南岭镇"]
SHOPS_ZH = ["面包店", "自行车修理铺", "书店", "陶艺工作室", "茶馆"]


def reading_item(rng, lang):
    """Fictional passage; question about a number in it. Distractors are other numbers from the passage."""
    y = rng.randint(1985, 2016)
    staff = rng.randint(3, 9)
    moved = y + rng.randint(3, 8)
    extra = rng.randint(2, 6)
    total = staff + extra
    if lang == "en":
        who, town, shop = rng.choice(NAMES), rng.choice(TOWNS), rng.choice(SHOPS)
        passage = (f"{who} opened a small {shop} in {town} in {y}. At first she hired {staff} employees. "
                   f"In {moved} the business moved to a larger building near the river, and {extra} more people "
                   f"were hired that year. Nobody else joined or left afterwards.")
        q = rng.choice(["staff", "moved"])
        if q == "staff":
            stem = f"{passage}\n\nQuestion: How many employees did the {shop} have after the move?"
            correct, err = str(total), str(staff)
            work_c = f"The passage says {staff} employees at the start and {extra} more hired in {moved}: {staff} + {extra} = {total}."
            work_e = f"The passage says she hired {staff} employees, so that is the number."
        else:
            stem = f"{passage}\n\nQuestion: In which year did the {shop} move to the larger building?"
            correct, err = str(moved), str(y)
            work_c = f"The opening year is {y}, but the move happened in {moved}, as stated in the third sentence."
            work_e = f"The shop is described as starting out in {y}, which is when it got its building."
    else:
        who, town, shop = rng.choice(NAMES_ZH), rng.choice(TOWNS_ZH), rng.choice(SHOPS_ZH)
        passage = (f"{y}年，{who}在{town}开了一家小{shop}，起初雇了{staff}名员工。{moved}年，店铺搬到河边一栋更大的房子里，"
                   f"当年又新招了{extra}人。此后没有人加入或离开。")
        q = rng.choice(["staff", "moved"])
        if q == "staff":
            stem = f"{passage}\n\n问题：搬迁之后，这家{shop}共有多少名员工？"
            correct, err = str(total), str(staff)
            work_c = f"原有{staff}人，{moved}年又招了{extra}人，共{staff}+{extra}={total}人。"
            work_e = f"文中说起初雇了{staff}名员工，所以是{staff}人。"
        else:
            stem = f"{passage}\n\n问题：这家{shop}是哪一年搬进更大的房子的？"
            correct, err = str(moved), str(y)
            work_c = f"{y}年是开店时间，搬迁发生在{moved}年。"
            work_e = f"店铺{y}年开业，那时就有了房子。"
    pool = [str(v) for v in (total + 1, staff + 1, extra, moved + 1, y + 1, total - 1, moved - 1, y - 1)]
    return stem, correct, err, pool, work_c, work_e


def gen_know_mc(rng, n, lang, correct_flags, target_fn):
    out = []
    bank = FACTS_EN if lang == "en" else FACTS_ZH
    for j in range(n):
        if lang == "en":
            ls = rng.choice(["AD", "AD", "AE", "num", "roman"])
        else:
            ls = rng.choice(["AD", "AD", "jia", "num"])
        labels = LABELSETS[ls]
        if rng.random() < 0.3:
            stem, correct, err, pool, work_c, work_e = reading_item(rng, lang)
            ds = "race_like" if lang == "en" else "c3_like"
            kind = "reading"
        else:
            q, correct, dis, expl = bank[j % len(bank)] if j < len(bank) else rng.choice(bank)
            dis = list(dis)
            rng.shuffle(dis)
            stem, err, pool = q, dis[0], dis[1:]
            if lang == "en":
                work_c = f"Key fact: {expl} So the option I am looking for is \"{correct}\"."
                work_e = f"From memory, the answer to this should be \"{err}\"; that is the standard textbook fact."
            else:
                work_c = f"关键知识点：{expl}因此应选“{correct}”。"
                work_e = f"根据记忆，这道题的答案应该是“{err}”。"
            ds = rng.choice(["mmlu_like", "arc_like"]) if lang == "en" else rng.choice(["ceval_like", "cmmlu_like"])
            kind = "not" if ("NOT" in q or "不" in q[:6] or "不正确" in q) else "fact"
        if ls == "num" and any(t.isdigit() for t in [correct, err] + list(pool)):
            ls = "roman"
            labels = LABELSETS[ls]
        texts = unique_fill(rng, correct, err, pool, len(labels))
        order = list(range(len(texts)))
        rng.shuffle(order)
        texts = [texts[i] for i in order]
        ci, ei = order.index(0), order.index(1)

        def note(i, fav, texts=texts):
            if lang == "en":
                return (f"\"{texts[i]}\" — consistent with the reasoning above." if i == fav
                        else f"\"{texts[i]}\" — does not fit, eliminate.")
            return f"“{texts[i]}”——符合上面的分析。" if i == fav else f"“{texts[i]}”——不符合，排除。"
        rec = build_mc(rng, lang, ds, stem, texts, labels, ci, ei, work_c, work_e, note, correct_flags[j],
                       target_fn())
        if kind == "not":
            rec["trap"] += "_not"

        out.append(rec)
    return out


MULTI_EN = [
    ("Which of the following are prime numbers? Select all that apply.",
     [("2", True), ("9", False), ("17", True), ("21", False), ("31", True)]),
    ("Which of the following are mammals? Select all that apply.",
     [("Whale", True), ("Penguin", False), ("Bat", True), ("Salmon", False), ("Frog", False)]),
    ("Which of the following are noble gases? Select all that apply.",
     [("Helium", True), ("Chlorine", False), ("Argon", True), ("Oxygen", False), ("Neon", True)]),
    ("Which of the following are renewable energy sources? Select all that apply.",
     [("Solar", True), ("Coal", False), ("Hydroelectric", True), ("Diesel", False), ("Natural gas", False)]),
]
MULTI_ZH = [
    ("下列属于哺乳动物的有（　　）（多选）", [("鲸", True), ("企鹅", False), ("蝙蝠", True), ("鲤鱼", False), ("青蛙", False)]),
    ("下列属于可再生能源的有（　　）（多选）", [("风能", True), ("煤炭", False), ("太阳能", True), ("石油", False), ("水能", True)]),
]


def gen_know_multi(rng, n, lang, correct_flags, target_fn):
    out = []
    bank = MULTI_EN if lang == "en" else MULTI_ZH
    for j in range(n):
        stem, items = bank[j % len(bank)]
        items = list(items)
        rng.shuffle(items)
        texts = [t for t, _ in items]
        truth = [b for _, b in items]

        def note(i, believed, texts=texts):
            if lang == "en":
                return f"{texts[i]} — {'yes, it belongs; select it' if believed else 'no, it does not belong'}."
            return f"{texts[i]}——{'属于，选' if believed else '不属于，不选'}。"
        out.append(build_multi(rng, lang, "mmlu_like" if lang == "en" else "cmmlu_like", stem, texts,
                               LABELSETS["AE"], truth, note, correct_flags[j], target_fn()))
    return out
