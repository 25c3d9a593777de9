"""Generated multiple-choice cases from a small table of well-known facts, with letter/text traps."""
from common import render

# (question, correct option, [distractors], {option: note})
FACTS_EN = [
    ("Which planet is the largest in the Solar System?", "Jupiter", ["Saturn", "Neptune", "Earth"],
     {"Jupiter": "a gas giant more than eleven times Earth's diameter", "Saturn": "the second largest, famous for its rings",
      "Neptune": "an ice giant, smaller than Uranus in diameter", "Earth": "the largest of the rocky planets only"}),
    ("Which scientist proposed the three laws of motion?", "Isaac Newton", ["Galileo Galilei", "Albert Einstein", "Johannes Kepler"],
     {"Isaac Newton": "published them in the Principia in 1687", "Galileo Galilei": "studied falling bodies and inertia, an important precursor",
      "Albert Einstein": "developed relativity in the twentieth century", "Johannes Kepler": "formulated three laws of planetary motion, not of motion in general"}),
    ("What is the hardest naturally occurring mineral?", "Diamond", ["Quartz", "Corundum", "Topaz"],
     {"Diamond": "rated 10 on the Mohs scale", "Quartz": "rated 7 on the Mohs scale", "Corundum": "rated 9, the mineral of rubies and sapphires",
      "Topaz": "rated 8 on the Mohs scale"}),
    ("Which blood cells are primarily responsible for carrying oxygen?", "Red blood cells", ["White blood cells", "Platelets", "Plasma cells"],
     {"Red blood cells": "packed with haemoglobin", "White blood cells": "part of the immune system",
      "Platelets": "involved in clotting", "Plasma cells": "antibody-secreting immune cells"}),
    ("Which language has the most native speakers worldwide?", "Mandarin Chinese", ["English", "Spanish", "Hindi"],
     {"Mandarin Chinese": "close to a billion native speakers", "English": "the most widely spoken when second-language speakers are counted",
      "Spanish": "second by native speakers on most estimates", "Hindi": "widely spoken in India but with fewer native speakers than Mandarin"}),
    ("Which gas do plants absorb from the air for photosynthesis?", "Carbon dioxide", ["Oxygen", "Nitrogen", "Hydrogen"],
     {"Carbon dioxide": "fixed into sugars in the Calvin cycle", "Oxygen": "released as a by-product of photosynthesis",
      "Nitrogen": "the most abundant gas in air, but taken up by plants mainly as nitrate from soil", "Hydrogen": "not absorbed from the air by plants"}),
    ("Who was the first person to walk on the Moon?", "Neil Armstrong", ["Buzz Aldrin", "Yuri Gagarin", "Michael Collins"],
     {"Neil Armstrong": "stepped onto the surface first during Apollo 11", "Buzz Aldrin": "followed about twenty minutes later",
      "Yuri Gagarin": "was the first human in space, in 1961, but never went to the Moon", "Michael Collins": "stayed in lunar orbit in the command module"}),
    ("Which is the smallest prime number?", "2", ["1", "3", "0"],
     {"2": "the only even prime", "1": "not prime by definition, since it has only one positive divisor",
      "3": "the smallest odd prime", "0": "not prime, as it has infinitely many divisors"}),
]
FACTS_ZH = [
    ("我国第一部纪传体通史是（　　）", "《史记》", ["《汉书》", "《资治通鉴》", "《春秋》"],
     {"《史记》": "西汉司马迁所著，纪传体通史", "《汉书》": "东汉班固所著，是第一部纪传体断代史",
      "《资治通鉴》": "北宋司马光主编，是编年体通史", "《春秋》": "是编年体史书"}),
    ("水的化学式是（　　）", "H₂O", ["H₂O₂", "CO₂", "NaCl"],
     {"H₂O": "由两个氢原子和一个氧原子构成", "H₂O₂": "是过氧化氢（双氧水）", "CO₂": "是二氧化碳", "NaCl": "是氯化钠（食盐）"}),
    ("我国最长的河流是（　　）", "长江", ["黄河", "珠江", "黑龙江"],
     {"长江": "全长约6300千米，为我国第一长河", "黄河": "全长约5464千米，是我国第二长河",
      "珠江": "是我国南方的重要河流，但长度远不及长江", "黑龙江": "是中俄界河，长度也不及长江"}),
    ("光合作用的主要场所是（　　）", "叶绿体", ["线粒体", "细胞核", "核糖体"],
     {"叶绿体": "含有叶绿素，是光合作用的场所", "线粒体": "是有氧呼吸的主要场所",
      "细胞核": "是遗传信息库", "核糖体": "是合成蛋白质的场所"}),
]
TRAPS = [("genmc_letter_correct", "Correct"), ("genmc_option_text_only", "Correct"),
         ("genmc_wrong_letter_after_right_analysis", "Incorrect"), ("genmc_hedge_two_letters", "Incorrect"),
         ("genmc_wrong_option_letter_and_text", "Incorrect"), ("genmc_first_pick_rejected", "Correct")]
L = "ABCD"


def make(rng, fact, trap, zh, idx):
    q, right, dis, notes = fact
    opts = [right] + list(dis)
    rng.shuffle(opts)
    ci = opts.index(right)
    wrong_i = (ci + 1 + rng.randrange(3)) % 4
    if zh:
        question = q + "\n" + "\n".join(f"{L[i]}．{o}" for i, o in enumerate(opts))
        analysis = "\n".join(f"{L[i]}项：{o}{notes[o]}，{'符合题意' if i == ci else '不符合题意'}。" for i, o in enumerate(opts))
        body = {"genmc_letter_correct": f"【答案】{L[ci]}",
                "genmc_option_text_only": f"所以正确答案是：{right}",
                "genmc_wrong_letter_after_right_analysis": f"综上，【答案】{L[wrong_i]}",
                "genmc_hedge_two_letters": f"综合来看，答案为 {L[ci]} 或 {L[wrong_i]}，两者都有一定道理。",
                "genmc_wrong_option_letter_and_text": f"【答案】{L[wrong_i]}．{opts[wrong_i]}",
                "genmc_first_pick_rejected": f"一开始我想选 {L[wrong_i]}，但{opts[wrong_i]}{notes[opts[wrong_i]]}，所以排除。\n\n【答案】{L[ci]}"}[trap]
        sol = "【解析】\n" + analysis + "\n\n" + body
    else:
        question = q + "\nAnswer Choices: " + " ".join(f"({L[i]}) {o}" for i, o in enumerate(opts))
        analysis = "\n".join(f"- ({L[i]}) {o}: {notes[o]}{' — this fits.' if i == ci else '.'}" for i, o in enumerate(opts))
        body = {"genmc_letter_correct": f"**Final Answer:** ({L[ci]})",
                "genmc_option_text_only": f"**Final Answer:** {right}",
                "genmc_wrong_letter_after_right_analysis": f"Weighing everything, the best choice is **({L[wrong_i]})**.",
                "genmc_hedge_two_letters": f"**Final Answer:** ({L[ci]}) or ({L[wrong_i]}) — both are defensible depending on emphasis.",
                "genmc_wrong_option_letter_and_text": f"**Final Answer:** ({L[wrong_i]}) {opts[wrong_i]}",
                "genmc_first_pick_rejected": f"My first instinct was ({L[wrong_i]}) {opts[wrong_i]}, but that option is {notes[opts[wrong_i]]}, so I reject it.\n\n**Final Answer:** ({L[ci]})"}[trap]
        sol = "Let's examine each option.\n\n" + analysis + "\n\n" + body
    style = "r1" if rng.random() < 0.5 else rng.choice(["gpt4o", "qwen", "deepseek"] + ([] if zh else ["claude", "llama"]))
    think = ""
    if style == "r1":
        prose = ("；".join(f"{o}，{notes[o]}" for o in opts) + "。") if zh else (" ".join(f"{o}: {notes[o]}." for o in opts))
        tail = {"genmc_hedge_two_letters": ("这两个选项我有点拿不准。" if zh else "I keep going back and forth between two of them."),
                "genmc_first_pick_rejected": ("第一反应是" + opts[wrong_i] + "，但仔细想想不对。" if zh else f"My gut said {opts[wrong_i]} at first, but that doesn't hold up."),
                }.get(trap, ("所以应该是" + right + "。" if zh else f"So it should be {right}."))
        think = (("我回忆一下相关知识。" if zh else "Let me recall what I know about each of these. ") + prose + ("\n\n" if True else "") + tail)
    c = {"trap": trap, "dataset": "ceval_like" if zh else "mmlu_like", "key_answer_type": "alphabet_option",
         "lang": "zh" if zh else "en", "label": dict(TRAPS)[trap], "style": style, "question": question,
         "correct_answer": L[ci], "think": think, "sol": sol}
    c["llm_output"] = render(c, rng)
    return c


def generate(rng):
    out = []
    k = 0
    for rep in range(4):
        for fact in FACTS_EN:
            out.append(make(rng, fact, TRAPS[k % len(TRAPS)][0], False, k))
            k += 1
    for rep in range(1):
        for fact in FACTS_ZH:
            out.append(make(rng, fact, TRAPS[k % len(TRAPS)][0], True, k))
            k += 1
    return out
