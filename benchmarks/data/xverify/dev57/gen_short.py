"""Short-answer items: SimpleQA/TriviaQA facts and DROP-style passages."""
EN = [
    ("Who painted the ceiling of the Sistine Chapel?", "Michelangelo", ["Michelangelo Buonarroti"], "Raphael", "Commissioned by Pope Julius II, painted 1508-1512."),
    ("What is the capital city of Australia?", "Canberra", ["Canberra, ACT"], "Sydney", "Canberra was purpose-built as a compromise between Sydney and Melbourne."),
    ("In what year did the Berlin Wall fall?", "1989", ["November 1989", "in 1989"], "1991", "The border opened on 9 November 1989."),
    ("Which element has the chemical symbol Fe?", "Iron", ["iron (Fe)"], "Fluorine", "Fe comes from the Latin ferrum."),
    ("Who developed the theory of general relativity?", "Albert Einstein", ["Einstein"], "Isaac Newton", "Published in 1915."),
    ("What is the longest river in South America?", "Amazon River", ["the Amazon"], "Paraná River", "The Amazon is the longest on the continent."),
    ("How many sides does a dodecagon have?", "12", ["twelve", "12 sides"], "10", "Dodeca- means twelve."),
    ("Which ocean lies between Africa and Australia?", "Indian Ocean", ["the Indian Ocean"], "Pacific Ocean", "It is bounded by Africa, Asia and Australia."),
]
ZH = [
    ("中华人民共和国成立于哪一年？", "1949年", ["1949", "公元1949年"], "1950年", "1949年10月1日举行开国大典。"),
    ("《西游记》的作者是谁？", "吴承恩", ["明代吴承恩"], "施耐庵", "一般认为作者是明代的吴承恩。"),
    ("水在标准大气压下的沸点是多少摄氏度？", "100摄氏度", ["100°C", "100 ℃"], "90摄氏度", "标准大气压下水的沸点为100℃。"),
    ("地球上面积最大的大洋是哪个？", "太平洋", ["太平洋（Pacific Ocean）"], "大西洋", "太平洋面积约1.8亿平方千米。"),
]
TEAMS = ["Harrowgate Kestrels", "Lenmoor Otters", "Vashti Ridge Comets", "Brackwater Falcons"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

def drop_item(rng, lang):
    if lang == "zh":
        a, b = rng.randint(120, 400), rng.randint(50, 119)
        passage = "青石镇图书馆去年春季新增藏书 %d 册，秋季又新增 %d 册，其中秋季新增图书里有一半是儿童读物。" % (a, b)
        q = passage + "\n问题：青石镇图书馆春季比秋季多新增了多少册书？"
        v = a - b
        ok = ["春季 %d 册，秋季 %d 册。" % (a, b), "差值 %d - %d = %d 册。" % (a, b, v)]
        bd = ["春季 %d 册，秋季 %d 册，相加。" % (a, b), "共 %d 册。" % (a + b)]
        return dict(q=q, steps_ok=ok, steps_bad=bd, ref="%d册" % v, alt=["%d" % v, "%d 册书" % v], wrong="%d册" % (a + b))
    t1, t2 = rng.sample(TEAMS, 2); g1, g2 = rng.randint(3, 9), rng.randint(2, 12); fg = rng.randint(1, 6)
    passage = ("In the season opener, the %s scored %d touchdowns while the %s managed %d field goals and a late safety. "
               "%s kicker Dorran Vey added %d more field goals in the fourth quarter.") % (t1, g1, t2, g2, t2.split()[-1], fg)
    q = passage + "\nQuestion: How many field goals did the %s make in total?" % t2
    v = g2 + fg
    ok = ["First mention: %d field goals." % g2, "Fourth quarter: %d more." % fg, "Total: %d + %d = %d." % (g2, fg, v)]
    bd = ["Field goals: %d (the later ones were by a different team, I think)." % g2]
    alt = ["%s" % NUMW[v] if v <= 20 else str(v), "%d field goals" % v]
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref=str(v), alt=alt, wrong=str(g2))

def short_item(rng, lang, idx):
    if idx % 3 == 2:
        return "drop_like", drop_item(rng, lang)
    bank = ZH if lang == "zh" else EN
    q, ref, alt, wrong, why = bank[(idx - idx // 3) % len(bank)]
    zh = lang == "zh"
    ok = [("回忆相关知识：%s" % why) if zh else ("Recalling: %s" % why), ("所以是%s。" % ref) if zh else ("So it's %s." % ref)]
    bd = [("我印象中是%s。" % wrong) if zh else ("My recollection points to %s." % wrong)]
    return ("simpleqa_like" if idx % 2 else "triviaqa_like"), dict(q=q, steps_ok=ok, steps_bad=bd, ref=ref, alt=alt, wrong=wrong)
