"""Short-answer items: SimpleQA / TriviaQA / DROP style."""
from common import render

# (question, reference, equal forms, plausible wrong answer, hint)
TRIVIA_EN = [
    ("What is the capital city of Australia?", "Canberra", ["Canberra, ACT", "the city of Canberra"], "Sydney",
     "Canberra was purpose-built as a compromise between Sydney and Melbourne."),
    ("In what year did Apollo 11 land on the Moon?", "1969", ["in 1969", "July 1969"], "1971",
     "The landing was in July 1969."),
    ("Who painted 'The Starry Night'?", "Vincent van Gogh", ["Van Gogh", "Vincent Willem van Gogh"], "Paul Gauguin",
     "Painted at Saint-Remy in 1889."),
    ("What is the chemical symbol for sodium?", "Na", ["Na (natrium)"], "So", "From the Latin natrium."),
    ("Which element has atomic number 26?", "Iron", ["iron (Fe)", "Fe"], "Cobalt", "Z = 26 is Fe."),
    ("On what date did the Berlin Wall fall?", "9 November 1989", ["November 9, 1989", "1989-11-09"],
     "3 October 1990", "The border crossings opened on the night of 9 November 1989."),
    ("Who developed the theory of general relativity?", "Albert Einstein", ["Einstein"], "Isaac Newton",
     "Published in 1915."),
    ("What is the largest ocean on Earth?", "Pacific Ocean", ["the Pacific"], "Atlantic Ocean", "It covers ~1/3 of the surface."),
    ("How many bones are in the adult human body?", "206", ["two hundred and six", "206 bones"], "212",
     "Adults have 206 after fusion."),
    ("Which country hosted the 2016 Summer Olympics?", "Brazil", ["Brazil (Rio de Janeiro)"], "China",
     "The Games were held in Rio."),
    ("What is the hardest naturally occurring mineral?", "Diamond", ["diamond (Mohs 10)"], "Corundum", "Mohs 10."),
    ("Who was the first woman to win a Nobel Prize?", "Marie Curie", ["Marie Sklodowska-Curie", "Madame Curie"],
     "Rosalind Franklin", "Physics, 1903."),
    ("Which planet is known for the Great Red Spot?", "Jupiter", ["the planet Jupiter"], "Mars", "A giant storm on Jupiter."),
    ("What language has the most native speakers worldwide?", "Mandarin Chinese", ["Mandarin"], "English",
     "Mandarin leads native-speaker counts."),
    ("In which city is the Colosseum?", "Rome", ["Rome, Italy"], "Athens", "Built under the Flavian emperors."),
    ("What is the boiling point of water at sea level in Fahrenheit?", "212", ["212 °F", "212 degrees Fahrenheit"],
     "100", "100 C corresponds to 212 F."),
    ("Who wrote 'One Hundred Years of Solitude'?", "Gabriel Garcia Marquez", ["Garcia Marquez", "Gabriel García Márquez"],
     "Mario Vargas Llosa", "Published 1967."),
    ("What is the smallest prime number?", "2", ["two", "the number 2"], "1", "1 is not prime."),
]
TRIVIA_ZH = [
    ("中国古代四大发明中，用于导航的是哪一项？", "指南针", ["司南（指南针）"], "火药", "指南针用于航海定向。"),
    ("长江注入哪个海？", "东海", ["中国东海"], "黄海", "长江在上海附近注入东海。"),
    ("《西游记》的作者是谁？", "吴承恩", ["明代吴承恩"], "罗贯中", "一般认为作者是吴承恩。"),
    ("中华人民共和国成立于哪一年？", "1949年", ["1949", "公元1949年"], "1945年", "1949年10月1日。"),
    ("水的化学式是什么？", "H2O", ["H₂O"], "H2O2", "两个氢原子一个氧原子。"),
    ("世界上最高的山峰是？", "珠穆朗玛峰", ["珠峰", "Mount Everest"], "乔戈里峰", "海拔约8848米。"),
    ("李白是哪个朝代的诗人？", "唐朝", ["唐代", "唐"], "宋朝", "李白为盛唐诗人。"),
]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TEAMS = ["Harrowgate Herons", "Velmont Stags", "Kestrel Point Owls", "Dunmere Foxes", "Ashby Comets", "Lorne Pikes"]
KICKERS = ["Rafe Odum", "Jaro Pellin", "Cas Whitlow", "Emre Soto", "Nils Haverty"]


def drop_item(rng, zh):
    t1, t2 = rng.sample(TEAMS, 2)
    k = rng.choice(KICKERS)
    fgs = sorted(rng.sample(range(19, 55), rng.randint(3, 5)))
    order = list(fgs)
    rng.shuffle(order)
    tds = rng.randint(1, 4)
    sents = ["The %s opened against the %s with a %d-yard field goal by %s." % (t1, t2, order[0], k)]
    for f in order[1:]:
        sents.append(rng.choice(["%s added another from %d yards." % (k, f),
                                 "Later, %s converted a %d-yard attempt." % (k, f),
                                 "Before halftime %s hit from %d yards out." % (k, f)]))
    sents.insert(2, "The %s answered with %d touchdown%s." % (t2, tds, "s" if tds > 1 else ""))
    passage = " ".join(sents)
    kind = rng.randrange(3)
    if kind == 0:
        q = "How many yards longer was %s's longest field goal than his shortest?" % k
        v = fgs[-1] - fgs[0]
        ref, alts, wrong = str(v), ["%d yards" % v] + ([NUMW[v]] if v <= 20 else []), str(fgs[-1] - fgs[1])
        hint = "Longest %d, shortest %d." % (fgs[-1], fgs[0])
    elif kind == 1:
        q = "How many field goals did %s kick?" % k
        v = len(fgs)
        ref, alts, wrong = str(v), [NUMW[v], "%s field goals" % NUMW[v]], str(v - 1)
        hint = "Listing them: %s." % ", ".join(map(str, order))
    else:
        q = "How many total yards of field goals did %s make?" % k
        v = sum(fgs)
        ref, alts, wrong = str(v), ["%d yards" % v, "%d yds" % v], str(v - fgs[0])
        hint = "Adding: %s = %d." % (" + ".join(map(str, order)), v)
    return "Passage: %s\nQuestion: %s" % (passage, q), ref, alts, wrong, hint, "drop_like"


def make_short(rng, n_en, n_zh, want_en, want_zh):
    out = []
    bank = list(TRIVIA_EN)
    rng.shuffle(bank)
    en_items = [(q, r, a, w, h, "simpleqa_like") for (q, r, a, w, h) in bank]
    n_drop = max(0, n_en - len(en_items))
    n_drop = max(n_drop, n_en // 3)
    en_items = en_items[: n_en - n_drop] + [drop_item(rng, False) for _ in range(n_drop)]
    zb = list(TRIVIA_ZH)
    rng.shuffle(zb)
    zh_items = [(q, r, a, w, h, "simpleqa_like") for (q, r, a, w, h) in zb][:n_zh]
    seq = [(x, "en", want_en[i]) for i, x in enumerate(en_items)] + \
          [(x, "zh", want_zh[i]) for i, x in enumerate(zh_items)]
    for (q, ref, alts, wrong, hint, ds), lang, good in seq:
        zh = lang == "zh"
        steps = [hint, ("我先回忆一下相关知识。" if zh else "Let me recall what I know about this.")]
        if ds == "drop_like":
            steps.append("I need to read the passage carefully, in order, and not skip any sentence.")
        else:
            steps.append(("容易混淆的答案是“%s”，但那是错的。" if zh else "A common confusion is '%s', but that's not it.")
                         % wrong if good else ("我记得好像是……" if zh else "I recall something along these lines..."))
        rl = ("因此答案是 {v}。" if zh else "So the answer is {v}.")
        if good:
            mode = rng.choice(["correct", "correct", "restated", "self_corrected"])
            right = ref
            tr = mode
            if rng.random() < 0.45:
                right = alts[rng.randrange(len(alts))]
                tr = "alias_" + mode
            alt = alts[0] if mode == "restated" else None
            if mode == "restated" and alt == right:
                alt = ref
        else:
            mode = rng.choice(["wrong", "wrong", "hedge", "contradicts", "cutoff"])
            right, alt, tr = ref, None, mode
        txt, tag = render(rng, lang, q, steps, rl, right, mode, wrong=wrong, alt=alt, kind="short",
                          target=rng.randint(1500, 2600))
        out.append(dict(dataset=ds, key_answer_type="short_text", question=q, llm_output=txt, correct_answer=ref,
                        label="Correct" if good else "Incorrect", lang=lang, trap="short_%s|%s" % (tr, tag)))
    return out
