"""Short-answer cases: dates in mixed formats, passage numbers with units, facts with wordy refs."""
import datetime
from common import pad, make, EN_NAMES, ZH_NAMES

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fmt_date(d, st):
    if st == "iso":
        return d.isoformat()
    if st == "mdy":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if st == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if st == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"  # dd/mm/yyyy, only used when day > 12


def date_case(rng, ok, lang):
    start = datetime.date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
    n = rng.randint(20, 120)
    end = start + datetime.timedelta(days=n)
    got = end if ok else end + datetime.timedelta(days=rng.choice([-1, 1]))
    styles = ["iso", "mdy", "dmy", "zh"] + (["dmy_num"] if end.day > 12 and got.day > 12 else [])
    rst = rng.choice(styles)
    ost = rng.choice([s for s in styles if s != rst and (lang == "zh" or s != "zh")])
    who = rng.choice(EN_NAMES if lang == "en" else ZH_NAMES)
    if lang == "en":
        q = (f"{who}'s field survey began on {fmt_date(start, 'mdy')} and ended exactly {n} days later. "
             f"On what date did it end?")
        body = (f"Start date: {fmt_date(start, 'mdy')}. I need the date {n} days later.\n\n"
                f"Counting forward month by month: the remaining days in the start month, then full months, "
                f"then the leftover days.\n\nAdding {n} days lands on {fmt_date(got, 'mdy')}.")
        final = f"The survey ended on {fmt_date(got, ost)}."
    else:
        q = f"{who}的野外调查从{fmt_date(start, 'zh')}开始，正好{n}天后结束。结束日期是哪一天？"
        body = (f"开始日期：{fmt_date(start, 'zh')}，需要求 {n} 天之后的日期。\n\n先算出开始月份剩余的天数，"
                f"再逐月累加，最后加上剩余天数。\n\n加上 {n} 天后是 {fmt_date(got, 'zh')}。")
        final = f"结束日期：{fmt_date(got, ost)}"
    trap = f"date_{rst}_vs_{ost}" if ok else "date_off_by_one_day"
    return make("date_arith_like", "short_text", q, pad(rng, lang, body, final), fmt_date(end, rst), ok, lang,
                trap)


def drop_case(rng, ok, lang):
    who = rng.choice(EN_NAMES)
    kicks = sorted(rng.sample(range(19, 56), 3))
    a, b, c = kicks
    order = rng.sample(kicks, 3)
    ans = c - a
    wrong = c - b if c - b != ans else ans + 1
    got = ans if ok else wrong
    rst = rng.choice(["units", "bare", "sentence"])
    ref = {"units": f"{ans} yards", "bare": str(ans),
           "sentence": f"The longest field goal ({c} yards) was {ans} yards longer than the shortest ({a} yards)."}[rst]
    ost = "bare" if rst != "bare" else "units"
    shown = str(got) if ost == "bare" else f"{got} yards"
    q = (f"Passage: In the rain-soaked final against the Harbor Gulls, the Millbrook Foxes leaned on kicker {who}, "
         f"who converted field goals of {order[0]}, {order[1]} and {order[2]} yards. The Gulls answered with two "
         f"touchdowns, but a late interception sealed the win for Millbrook.\nQuestion: How many yards longer was "
         f"{who}'s longest field goal than the shortest?")
    body = (f"The field goals were {order[0]}, {order[1]} and {order[2]} yards.\n\nLongest: {c}. "
            f"Shortest: {a if ok else b}.\n\nDifference: {c} - {a if ok else b} = {got}.")
    final = f"Answer: {shown}"
    return make("drop_like", "short_text", q, pad(rng, "en", body, final), ref, ok, "en",
                f"drop_ref_{rst}_out_{ost}" if ok else "drop_wrong_pair")


FACTS = [
    ("What is the capital city of Australia?", "The capital of Australia is Canberra.", "Canberra", "Sydney"),
    ("Which element has atomic number 26?", "Iron (Fe)", "iron", "cobalt"),
    ("Who wrote the novel 'Pride and Prejudice'?", "Jane Austen (published 1813)", "Jane Austen",
     "Charlotte Brontë"),
    ("In which year did the Berlin Wall fall?", "9 November 1989", "1989", "1991"),
    ("What is the boiling point of water at sea level in degrees Fahrenheit?", "212 °F",
     "212 degrees Fahrenheit", "210 degrees Fahrenheit"),
    ("How many sides does a regular hexagon have?", "6 sides", "six", "eight"),
    ("What is the largest planet in the Solar System?", "Jupiter, the fifth planet from the Sun", "Jupiter",
     "Saturn"),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci (c. 1503–1519)", "Leonardo da Vinci", "Michelangelo"),
    ("中国的首都是哪座城市？", "北京市", "北京", "上海"),
    ("水的化学式是什么？", "H₂O（水分子由两个氢原子和一个氧原子构成）", "H2O", "H2O2"),
    ("一年有多少个月？", "12个月", "十二个月", "十个月"),
    ("《红楼梦》的作者通常被认为是谁？", "曹雪芹", "曹雪芹（清代）", "吴承恩"),
]


def fact_case(rng, ok, idx):
    q, ref, good, bad = FACTS[idx % len(FACTS)]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in q) else "en"
    got = good if ok else bad
    if lang == "en":
        body = (f"The question asks: {q}\n\nLet me recall what I know about this. Thinking through the "
                f"relevant facts and ruling out common confusions, the answer I arrive at is {got}.")
        final = rng.choice([f"**Answer:** {got}", f"Final answer: {got}"])
    else:
        body = f"题目问：{q}\n\n回忆相关知识，排除常见的混淆后，我得到的答案是{got}。"
        final = f"**答案：{got}**"
    return make("simpleqa_like", "short_text", q, pad(rng, lang, body, final), ref, ok, lang,
                "fact_wordy_ref" if ok else "fact_near_miss")


def zh_passage(rng, ok):
    town = rng.choice(["青溪镇", "柳湾村", "白石乡", "南塘镇"])
    a = rng.randint(12, 48) * 100
    b = rng.randint(5, a // 100 - 2) * 100
    total = a + b
    ans = total
    from common import zh_num
    got = ans if ok else ans - 100
    ref = zh_num(ans) + "人"
    q = (f"材料：{town}今年举办了第一届稻田音乐节。第一天到场的观众有{a}人，第二天比第一天少{a - b}人。"
         f"\n问题：两天共有多少名观众到场？")
    body = (f"第一天 {a} 人。\n\n第二天比第一天少 {a - b} 人，所以第二天是 {a} - {a - b} = {b if ok else b - 100} 人。"
            f"\n\n两天合计：{a} + {b if ok else b - 100} = {got} 人。")
    final = f"答案：{got}人"
    return make("drop_like", "short_text", q, pad(rng, "zh", body, final), ref, ok, "zh",
                "chinese_numeral_passage_ref" if ok else "passage_count_near_miss")


def build(rng):
    out = []
    for i in range(20):
        out.append(date_case(rng, i % 2 == 0, "zh" if i < 3 else "en"))
    for i in range(14):
        out.append(drop_case(rng, i % 2 == 0, "en"))
    for i in range(24):
        out.append(fact_case(rng, i < 12, i))
    for i in range(8):
        out.append(zh_passage(rng, i % 2 == 0))
    return out
