"""Short-answer families: fictional passages (dates, names, places, quantities) and well-known facts."""
from common import words

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FOUNDERS = ["Edwina Marsh", "Tomas Kellerby", "Ruth Alcott-Penn", "Viktor Halloran", "Signe Brevik"]
PATRONS = ["Lionel Strand", "Agatha Wren", "Bernard Oyelaran", "Clemence Dufay"]
TOWNS = ["Ashcombe", "Pellridge", "Dunmarrow", "Kestle Bay", "Ormsby"]
MOUNTS = ["Carrow", "Helm", "Tarn Ridge", "Greyfell"]

FACTS_EN = [  # question, ref, ok forms, (wrong, tag, wrong rationale), recall sentence
    ("In what year did Apollo 11 land on the Moon?", "1969", ["July 1969", "1969", "the summer of 1969 (July 20)"],
     [("1968", "off_by_one_year"), ("1972", "different_mission_year")], "Apollo 11 touched down in the Sea of Tranquility in July 1969"),
    ("Who wrote the play Hamlet?", "William Shakespeare", ["Shakespeare", "William Shakespeare", "W. Shakespeare"],
     [("Christopher Marlowe", "different_name")], "Hamlet is one of Shakespeare's tragedies, written around 1600"),
    ("What is the capital of Canada?", "Ottawa", ["Ottawa", "Ottawa, Ontario"],
     [("Toronto", "largest_city_not_capital"), ("Montreal", "different_place")], "the federal parliament sits in Ottawa"),
    ("What is the boiling point of water at sea level, in degrees Celsius?", "100", ["100 °C", "one hundred degrees Celsius", "100"],
     [("212", "wrong_unit_scale"), ("90 °C", "different_value")], "at one standard atmosphere water boils at 100 °C (212 °F)"),
    ("Who was the first person to walk on the Moon?", "Neil Armstrong", ["Neil Armstrong", "Armstrong", "Neil A. Armstrong"],
     [("Buzz Aldrin", "different_name"), ("Yuri Gagarin", "different_name")], "Neil Armstrong stepped out of the lunar module first"),
    ("What is the highest mountain on Earth above sea level?", "Mount Everest", ["Everest", "Mt. Everest", "Mount Everest (Chomolungma)"],
     [("K2", "second_highest")], "Everest's summit is about 8,849 m above sea level"),
    ("How many days are there in a leap year?", "366", ["366 days", "three hundred sixty-six", "366"],
     [("365", "off_by_one")], "a leap year adds February 29 to the usual 365 days"),
    ("Which chemical element has the symbol Fe?", "Iron", ["iron", "Iron (Fe)", "iron, from Latin ferrum"],
     [("Fluorine", "different_element"), ("Lead", "different_element")], "Fe comes from the Latin ferrum"),
]
FACTS_ZH = [
    ("中华人民共和国的国庆节是每年的哪一天？", "10月1日", ["10月1日", "十月一日", "每年的10月1日"],
     [("10月10日", "different_date"), ("9月30日", "off_by_one_day")], "1949年10月1日中华人民共和国成立"),
    ("《静夜思》的作者是谁？", "李白", ["李白", "唐代诗人李白", "李太白"], [("杜甫", "different_name"), ("王维", "different_name")],
     "《静夜思》是唐代诗人李白的作品"),
    ("标准大气压下，水的沸点是多少摄氏度？", "100", ["100℃", "一百摄氏度", "100 摄氏度"], [("212", "wrong_unit_scale"), ("90℃", "different_value")],
     "标准大气压下水在100℃沸腾"),
    ("1千克等于多少克？", "1000", ["1000克", "1,000 g", "一千克"], [("100克", "wrong_unit_scale")], "千表示一千倍"),
]


def fact(rng, zh):
    q, ref, oks, bads, why = rng.choice(FACTS_ZH if zh else FACTS_EN)
    if zh:
        oks = [o for o in oks if o != "一千克"]
        s = lambda a: ["这是一个常识性问题，我回忆一下相关知识。", f"我记得：{why}。" if a == ref else f"我印象中答案是{a}。",
                       "再确认一下题目问的是什么，确保回答的对象和单位都对应。", f"所以答案是{a}。"]
        ds = "simpleqa_zh_like"
    else:
        s = lambda a: ["This is a factual recall question, so let me recall what I know.",
                       (f"The key fact: {why}." if a == ref else f"As far as I remember, the answer is {a}."),
                       "Let me make sure I answer exactly what is asked (the right entity and, where relevant, the right unit).",
                       f"So the answer is {a}."]
        ds = "simpleqa_like"
    ok = [(o, "exact_match" if o == ref else "equivalent_form") for o in oks]
    bad = [(w, t, s(w)) for w, t in bads]
    return dict(dataset=ds, question=q, ref=ref, steps=s(ref), ok=ok, bad=bad, code_ok=None, code_bad={})


def observatory(rng, zh):
    year = rng.randint(1871, 1935)
    k = rng.randint(6, 29)
    cm, h, dist = rng.choice([18, 25, 30, 40]), rng.randint(410, 1880), rng.randint(7, 38)
    f, p, town, mt = rng.choice(FOUNDERS), rng.choice(PATRONS), rng.choice(TOWNS), rng.choice(MOUNTS)
    psg = (f"The {mt} Observatory was founded in {year} by the astronomer {f}. Its first telescope, a {cm}-centimetre "
           f"refractor, was replaced {k} years later by a larger reflector paid for by the merchant {p}. The observatory "
           f"stands {h} metres above sea level on Mount {mt}, about {dist} kilometres north of the town of {town}.")
    which = rng.choice(["year", "founder", "distance", "town"])
    base = [f"The passage says: \"{psg}\"", "Let me find the sentence that answers the question."]
    if which == "year":
        q, ref = "In what year was the observatory's first telescope replaced?", str(year + k)
        s = lambda a: base + [f"It was founded in {year}; the first telescope was replaced {k} years later.",
                              f"{year} + {k} = {a}." if a == ref else f"That gives {a}."]
        ok = [(ref, "exact_match"), (f"in {ref}", "equivalent_form"), (f"{ref} ({k} years after {year})", "answer_with_context")]
        bad = [(str(year), "intermediate_not_final", base + [f"The founding year is {year}.", f"So the year is {year}."]),
               (str(year + k + 1), "off_by_one_year", s(str(year + k + 1)))]
    elif which == "founder":
        q, ref = "Who founded the observatory?", f
        s = lambda a: base + [f"The founding sentence names the person responsible: {a}."]
        ok = [(f, "exact_match"), (f.split()[-1], "surname_only"), (f"the astronomer {f}", "equivalent_form")]
        bad = [(p, "different_name_from_passage", base + [f"The person who paid for the reflector was {p}.", f"So the answer is {p}."])]
    elif which == "distance":
        q, ref = "How far is the observatory from the town, according to the passage?", f"{dist} km"
        s = lambda a: base + [f"The last sentence gives the distance to {town}: {a}."]
        ok = [(f"about {dist} kilometres", "unit_word"), (f"{dist * 1000:,} metres", "unit_conversion"), (f"{dist} km", "exact_match")]
        bad = [(f"{h} metres", "wrong_quantity_from_passage", base + [f"The observatory stands {h} metres up.", f"So it is {h} metres."]),
               (f"{dist * 100:,} m", "wrong_unit_scale", s(f"{dist} km") + [f"In metres that is {dist} × 100 = {dist * 100} m."])]
    else:
        q, ref = "Which town is the observatory near?", town
        s = lambda a: base + [f"The final sentence places it north of {a}."]
        ok = [(town, "exact_match"), (f"the town of {town}", "equivalent_form")]
        bad = [(f"Mount {mt}", "different_place_from_passage", base + [f"It stands on Mount {mt}.", f"So the place is Mount {mt}."])]
    q = f"Read the passage and answer the question.\n\nPassage: {psg}\n\nQuestion: {q}"
    return dict(dataset="drop_like", question=q, ref=ref, steps=s(ref), ok=ok, bad=bad, code_ok=None, code_bad={})


def festival(rng, zh):
    y, m, d = rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28)
    n1, n2 = rng.randint(120, 900), rng.randint(2400, 9800)
    town = rng.choice(TOWNS)
    if zh:
        psg = (f"青岚镇的灯笼节第一次举办是在{y}年{m}月{d}日。那一年放飞了{n1}盏灯笼；到第十届时，数量增加到了{n2}盏。")
        which = rng.choice(["date", "diff"])
        base = [f"文章中写道：“{psg}”", "找到与问题对应的句子。"]
        if which == "date":
            q, ref = "灯笼节第一次举办是在哪一天？", f"{y}年{m}月{d}日"
            s = lambda a: base + [f"第一句给出了日期：{a}。"]
            ok = [(ref, "exact_match"), (f"{y}-{m:02d}-{d:02d}", "iso_date"), (f"{y}.{m}.{d}", "dotted_date")]
            bad = [(f"{y + 1}年{m}月{d}日", "off_by_one_year", s(f"{y + 1}年{m}月{d}日")),
                   (f"{y}年{m % 12 + 1}月{d}日", "wrong_month", s(f"{y}年{m % 12 + 1}月{d}日"))]
        else:
            q, ref = "第十届比第一届多放飞了多少盏灯笼？", str(n2 - n1)
            s = lambda a: base + [f"第一届{n1}盏，第十届{n2}盏。", f"相差 {n2} − {n1} = {a} 盏。"]
            ok = [(f"{n2 - n1}盏", "unit_classifier"), (f"多{n2 - n1}盏", "sentence_answer")]
            bad = [(f"{n2}盏", "intermediate_not_final", base + [f"第十届放飞了{n2}盏。", f"所以是{n2}盏。"]),
                   (f"{n2 + n1}盏", "added_not_subtracted", base + [f"{n2} + {n1} = {n2 + n1}。"])]
        q = f"阅读短文并回答问题。\n\n短文：{psg}\n\n问题：{q}"
        return dict(dataset="drop_zh_like", question=q, ref=ref, steps=s(ref), ok=ok, bad=bad, code_ok=None, code_bad={})
    psg = (f"The {town} Lantern Festival was first held on {d} {MONTHS[m - 1]} {y}. That year {n1} lanterns were released "
           f"over the harbour; by the tenth festival the number had grown to {n2:,}.")
    which = rng.choice(["date", "diff"])
    base = [f"The passage says: \"{psg}\"", "Let me locate the relevant sentence."]
    if which == "date":
        q, ref = "On what date was the festival first held?", f"{d} {MONTHS[m - 1]} {y}"
        s = lambda a: base + [f"The first sentence gives the date: {a}."]
        ok = [(f"{MONTHS[m - 1]} {d}, {y}", "date_format_us"), (f"{y}-{m:02d}-{d:02d}", "iso_date"), (ref, "exact_match")]
        bad = [(f"{MONTHS[m - 1]} {d}, {y + 1}", "off_by_one_year", s(f"{MONTHS[m - 1]} {d}, {y + 1}")),
               (f"{d} {MONTHS[m % 12]} {y}", "wrong_month", s(f"{d} {MONTHS[m % 12]} {y}"))]
    else:
        q, ref = "How many more lanterns were released at the tenth festival than at the first?", str(n2 - n1)
        s = lambda a: base + [f"First festival: {n1}. Tenth festival: {n2:,}.", f"Difference: {n2} − {n1} = {a}."]
        diff = n2 - n1
        ok = [(f"{diff:,}", "thousands_separator"), (f"{diff} more lanterns", "unit_word"), (str(diff), "exact_match")]
        bad = [(f"{n2:,}", "intermediate_not_final", base + [f"At the tenth festival {n2:,} lanterns were released.", f"So the answer is {n2}."]),
               (f"{n2 + n1:,}", "added_not_subtracted", base + [f"Combining them: {n2} + {n1} = {n2 + n1}."])]
    q = f"Read the passage and answer the question.\n\nPassage: {psg}\n\nQuestion: {q}"
    return dict(dataset="drop_like", question=q, ref=ref, steps=s(ref), ok=ok, bad=bad, code_ok=None, code_bad={})
