"""DROP-style invented passages (games, census tables, company reports), English and Chinese.

Each passage builder returns (passage, maths, shorts):
  maths  - worked-problem dicts for present.make (numeric questions)
  shorts - dicts {q, ans, alt_ok (list of equivalent answers), distractor, evidence (list), lang}
"""
from fractions import Fraction as F
from common import num, commas

TEAMS = ["Harbor City Gulls", "Pinecrest Rams", "Ironvale Foxes", "Marlow Bay Comets", "Redstone Owls",
         "Ashford Pilots"]
FIRST = ["Dana", "Marcus", "Theo", "Quinn", "Jalen", "Owen", "Rico", "Silas", "Cal", "Nate", "Brody", "Emmett"]
LAST = ["Price", "Bell", "Okafor", "Lindqvist", "Marsh", "Varga", "Tolliver", "Aldana", "Reyes", "Whitcomb",
        "Drummond", "Castellano"]
ORD = ["first", "second", "third", "fourth"]


def _P(q, val, wrong, unit, given, steps, final, lang="en", **kw):
    P = dict(lang=lang, dataset="drop_like", q=q, val=F(val), wrong=F(wrong), ref=num(val),
             disp=(lambda v: "%s %s" % (num(v), unit)) if unit and lang == "en" else (lambda v: num(v) + unit),
             bare=num, unit=unit or None, words=F(val).denominator == 1 and 0 <= val < 100000, round_bad=None,
             alts=[], bad_units=[], inter=None, given=given, steps=steps, final=final)
    P.update(kw)
    return P


def game(rng):
    t1, t2 = rng.sample(TEAMS, 2)
    names = rng.sample([f + " " + l for f, l in zip(rng.sample(FIRST, 12), LAST)], 8)
    k = {t1: names[0], t2: names[1]}
    qb = {t1: names[2], t2: names[3]}
    rec = {t1: [names[4], names[5]], t2: [names[6], names[7]]}
    while True:
        plays = []
        for qi in range(4):
            for _ in range(rng.randint(1, 3)):
                t = rng.choice([t1, t2])
                kind = rng.choice(["fg", "fg", "pass", "run"])
                y = rng.randint(22, 55) if kind == "fg" else rng.randint(2, 68)
                plays.append((qi, t, kind, y, rng.choice(rec[t]) if kind == "pass" else None))
        fgs = sorted(p[3] for p in plays if p[2] == "fg")
        passes = sorted(p[3] for p in plays if p[2] == "pass")
        pts = {t: sum(3 if p[2] == "fg" else 7 for p in plays if p[1] == t) for t in (t1, t2)}
        if (len(fgs) >= 3 and len(set(fgs)) == len(fgs) and len(passes) >= 2 and len(set(passes)) == len(passes)
                and pts[t1] != pts[t2] and len({p[4] for p in plays if p[2] == "pass"}) >= 2):
            break
    sents = []
    for i, (qi, t, kind, y, r) in enumerate(plays):
        lead = "The %s opened the scoring in the first quarter" % t if i == 0 else rng.choice(
            ["In the %s quarter, the %s answered" % (ORD[qi], t), "The %s scored again in the %s quarter" % (
                t, ORD[qi]), "Later in the %s quarter the %s struck" % (ORD[qi], t)])
        if i == 0 and qi > 0:
            lead = "After a scoreless start, the %s opened the scoring in the %s quarter" % (t, ORD[qi])
        if kind == "fg":
            sents.append("%s when kicker %s made a %d-yard field goal." % (lead, k[t], y))
        elif kind == "pass":
            sents.append("%s as quarterback %s threw a %d-yard touchdown pass to %s." % (lead, qb[t], y, r))
        else:
            sents.append("%s on a %d-yard touchdown run by %s." % (lead, y, qb[t]))
    win = t1 if pts[t1] > pts[t2] else t2
    lose = t2 if win == t1 else t1
    sents.append("All extra points were good, and the %s won %d-%d." % (win, pts[win], pts[lose]))
    passage = " ".join(sents)
    head = "Passage: " + passage + "\n\nQuestion: "
    maths, shorts = [], []
    nfg = len(fgs)
    maths.append(_P(head + "How many field goals were made in the game?", nfg, nfg - 1, "field goals",
                    ["field goals of %s yards" % ", ".join(map(str, [p[3] for p in plays if p[2] == "fg"]))],
                    ["Scan the passage for every field goal, from both teams, in order.",
                     "The kicks are: %s." % "; ".join("%d yards (%s)" % (p[3], k[p[1]]) for p in plays
                                                      if p[2] == "fg")],
                    lambda s: "That makes %s in total." % s))
    maths.append(_P(head + "How many yards longer was the longest field goal than the shortest field goal?",
                    fgs[-1] - fgs[0], fgs[-1] - fgs[1], "yards",
                    ["field goals: %s yards" % ", ".join(map(str, fgs))],
                    ["Longest field goal: %d yards." % fgs[-1], "Shortest field goal: %d yards." % fgs[0],
                     "Difference: %d − %d." % (fgs[-1], fgs[0])],
                    lambda s: "The longest was %s longer than the shortest." % s,
                    inter="%d yards" % fgs[-1]))
    h1 = sum(3 if p[2] == "fg" else 7 for p in plays if p[1] == t1 and p[0] < 2)
    maths.append(_P(head + "How many points did the %s score in the first half?" % t1, h1,
                    pts[t1] if pts[t1] != h1 else h1 + 3, "points",
                    ["the first half is quarters one and two", "touchdown with extra point = 7, field goal = 3"],
                    ["%s scores in quarters 1-2: %s." % (t1, ", ".join(
                        ("FG" if p[2] == "fg" else "TD") for p in plays if p[1] == t1 and p[0] < 2) or "none"),
                     "Add up 7 for each touchdown and 3 for each field goal."],
                    lambda s: "The %s scored %s in the first half." % (t1, s)))
    maths.append(_P(head + "By how many points did the %s win?" % win, pts[win] - pts[lose],
                    pts[win] + pts[lose], "points", ["final score %d-%d" % (pts[win], pts[lose])],
                    ["The passage gives the final score as %d-%d." % (pts[win], pts[lose]),
                     "The margin is the difference %d − %d." % (pts[win], pts[lose])],
                    lambda s: "The %s won by %s." % (win, s), inter="%d points" % pts[win]))
    lp = max((p for p in plays if p[2] == "pass"), key=lambda p: p[3])
    other = [p[4] for p in plays if p[2] == "pass" and p[4] != lp[4]]
    shorts.append(dict(lang="en", q=head + "Who caught the longest touchdown pass?", ans=lp[4],
                       alt_ok=[lp[4].split()[1]], distractor=other[0],
                       evidence=["%d-yard pass to %s" % (p[3], p[4]) for p in plays if p[2] == "pass"]))
    shorts.append(dict(lang="en", q=head + "Which team scored first?", ans=plays[0][1],
                       alt_ok=["the " + plays[0][1].split()[-1]], distractor=t2 if plays[0][1] == t1 else t1,
                       evidence=["first score: %s, %s quarter" % (plays[0][1], ORD[plays[0][0]])]))
    shorts.append(dict(lang="en", q=head + "Which team lost the game?", ans=lose,
                       alt_ok=["the " + lose.split()[-1]], distractor=win,
                       evidence=["final: %s %d, %s %d" % (win, pts[win], lose, pts[lose])]))
    return maths, shorts


def census(rng):
    town = rng.choice(["Brackenford", "Lower Wyndham", "Castle Ormond", "Elmsworth", "Tarrow Falls"])
    year = rng.choice([2010, 2020])
    pop = rng.randint(4000, 60000)
    hh = rng.randint(pop // 3, pop // 2)
    fam = rng.randint(hh // 2, hh * 4 // 5)
    while True:
        ages = [rng.randint(150, 300), rng.randint(60, 120), rng.randint(200, 320), rng.randint(180, 300)]
        last = 1000 - sum(ages)
        vals = ages + [last]
        if 90 <= last <= 220 and len(set(vals)) == 5:
            break
    pct = [F(v, 10) for v in vals]
    groups = ["under the age of 18", "from 18 to 24", "from 25 to 44", "from 45 to 64", "65 years of age or older"]
    short_g = ["under 18", "18 to 24", "25 to 44", "45 to 64", "65 and older"]
    passage = ("As of the census of %d, there were %s people, %s households, and %s families residing in %s. "
               "In the town, the population was spread out, with %s. " % (
                   year, commas(pop), commas(hh), commas(fam), town,
                   ", ".join("%s%% %s" % (num(p), g) for p, g in zip(pct, groups))))
    head = "Passage: " + passage + "\n\nQuestion: "
    maths, shorts = [], []
    maths.append(_P(head + "How many more households were there than families?", hh - fam, pop - hh,
                    "households", ["%s households" % commas(hh), "%s families" % commas(fam)],
                    ["Households: %s." % commas(hh), "Families: %s." % commas(fam),
                     "Difference: %s − %s." % (commas(hh), commas(fam))],
                    lambda s: "The difference between households and families is %s." % s,
                    disp=lambda v: commas(v), bare=lambda v: str(int(v)),
                    alts=[commas(hh - fam) + " more households"]))
    nu = 100 - pct[0]
    maths.append(_P(head + "How many in percent of people were not under the age of 18?", nu, pct[0], "",
                    ["%s%% under 18" % num(pct[0])],
                    ["The share under 18 is %s%%." % num(pct[0]), "Everyone else: 100 − %s." % num(pct[0])],
                    lambda s: "%s of people were not under 18." % s,
                    disp=lambda v: num(v) + "%", bare=num, words=False,
                    alts=["%s%%" % num(nu), "%s percent" % num(nu)],
                    round_bad="%d%%" % int(nu + F(1, 2)) if F(int(nu + F(1, 2))) != nu else None))
    order = sorted(range(5), key=lambda i: -vals[i])
    shorts.append(dict(lang="en", q=head + "Which age group was the largest?", ans=short_g[order[0]],
                       alt_ok=["people " + groups[order[0]], groups[order[0]].replace("from ", "ages ")],
                       distractor=short_g[order[1]],
                       evidence=["%s: %s%%" % (g, num(p)) for g, p in zip(short_g, pct)]))
    a, b = 0, 4
    bigger = short_g[a] if vals[a] > vals[b] else short_g[b]
    smaller = short_g[b] if bigger == short_g[a] else short_g[a]
    shorts.append(dict(lang="en", q=head + "Which group was larger: under 18 or 65 and older?", ans=bigger,
                       alt_ok=["the %s group" % bigger], distractor=smaller,
                       evidence=["under 18: %s%%" % num(pct[0]), "65 and older: %s%%" % num(pct[4])]))
    return maths, shorts


def company(rng):
    co = rng.choice(["Norwick Instruments", "Alder & Finch Logistics", "Sunmere Foods", "Kestrel Robotics"])
    yr = rng.randint(2015, 2023)
    while True:
        rev = [F(rng.randint(300, 900), 10) for _ in range(4)]
        if rev[3] > rev[0] and len(set(rev)) == 4:
            break
    divs = rng.sample(["Retail", "Wholesale", "Research", "Services", "Export", "Maintenance"], 3)
    emp = rng.sample(range(120, 980), 3)
    passage = ("In its annual report for %d, %s said revenue was $%s million in the first quarter, $%s million in "
               "the second quarter, $%s million in the third quarter and $%s million in the fourth quarter. "
               "At year end the company employed %d people in its %s division, %d in %s and %d in %s." % (
                   yr, co, num(rev[0]), num(rev[1]), num(rev[2]), num(rev[3]), emp[0], divs[0], emp[1], divs[1],
                   emp[2], divs[2]))
    head = "Passage: " + passage + "\n\nQuestion: "
    maths, shorts = [], []
    inc = rev[3] - rev[0]
    maths.append(_P(head + "By how much did quarterly revenue grow from the first quarter to the fourth quarter?",
                    inc, rev[3] - rev[1] if rev[3] != rev[1] + inc else inc + 1, "million dollars",
                    ["Q1 $%s million" % num(rev[0]), "Q4 $%s million" % num(rev[3])],
                    ["Fourth quarter: $%s million." % num(rev[3]), "First quarter: $%s million." % num(rev[0]),
                     "Growth: %s − %s." % (num(rev[3]), num(rev[0]))],
                    lambda s: "Revenue grew by %s." % s, ref="$%s million" % num(inc),
                    disp=lambda v: "$%s million" % num(v),
                    alts=["$" + commas(inc * 1000000)], bad_units=["$%s billion" % num(inc)]))
    tot = sum(emp)
    maths.append(_P(head + "How many people did the company employ across the three divisions?", tot,
                    tot - emp[2], "employees", ["%s: %d, %s: %d, %s: %d" % (divs[0], emp[0], divs[1], emp[1],
                                                                          divs[2], emp[2])],
                    ["Add the three division headcounts: %d + %d + %d." % tuple(emp)],
                    lambda s: "The company employed %s across the three divisions." % s,
                    disp=lambda v: commas(v) + " employees"))
    order = sorted(range(4), key=lambda i: -rev[i])
    qn = ["first quarter", "second quarter", "third quarter", "fourth quarter"]
    shorts.append(dict(lang="en", q=head + "Which quarter had the highest revenue?", ans=qn[order[0]],
                       alt_ok=["Q%d" % (order[0] + 1)], distractor=qn[order[1]],
                       evidence=["%s: $%s million" % (n, num(r)) for n, r in zip(qn, rev)]))
    lo = min(range(3), key=lambda i: emp[i])
    nxt = sorted(range(3), key=lambda i: emp[i])[1]
    shorts.append(dict(lang="en", q=head + "Which division had the fewest employees?", ans=divs[lo],
                       alt_ok=["the %s division" % divs[lo]], distractor=divs[nxt],
                       evidence=["%s: %d" % (d, e) for d, e in zip(divs, emp)]))
    return maths, shorts


def zh_company(rng):
    co = rng.choice(["星河食品公司", "远帆物流公司", "青禾电器公司", "明川文具公司"])
    while True:
        rev = [rng.randint(300, 990) for _ in range(4)]
        if len(set(rev)) == 4:
            break
    last = rng.randint(1500, 3200)
    tot = sum(rev)
    passage = ("%s公布的年度报告显示：第一季度营业收入%d万元，第二季度%d万元，第三季度%d万元，第四季度%d万元。"
               "上一年全年营业收入为%d万元。" % (co, rev[0], rev[1], rev[2], rev[3], last))
    head = "阅读材料：" + passage + "\n\n问题："
    maths, shorts = [], []
    diff = tot - last
    word = "增加" if diff > 0 else "减少"
    maths.append(_P(head + "今年全年营业收入比上一年%s了多少万元？" % word, abs(diff), tot, "万元",
                    ["四个季度收入 %s 万元" % "、".join(map(str, rev)), "上一年 %d万元" % last],
                    ["今年全年 = %s = %d万元。" % (" + ".join(map(str, rev)), tot),
                     "与上一年比较：%d 和 %d 的差。" % (tot, last)],
                    lambda s: "比上一年%s了%s。" % (word, s), lang="zh", inter="%d万元" % tot,
                    ref="%d万元" % abs(diff), bad_units=["%d元" % abs(diff)]))
    qn = ["第一季度", "第二季度", "第三季度", "第四季度"]
    o = sorted(range(4), key=lambda i: -rev[i])
    shorts.append(dict(lang="zh", q=head + "哪个季度的营业收入最高？", ans=qn[o[0]], alt_ok=["第%s季度（%d万元）" % (
        "一二三四"[o[0]], rev[o[0]])], distractor=qn[o[1]], evidence=["%s：%d万元" % (n, r) for n, r in zip(qn, rev)]))
    shorts.append(dict(lang="zh", q=head + "哪个季度的营业收入最低？", ans=qn[o[3]], alt_ok=["Q%d" % (o[3] + 1)],
                       distractor=qn[o[2]], evidence=["%s：%d万元" % (n, r) for n, r in zip(qn, rev)]))
    return maths, shorts


def zh_basket(rng):
    a, b = rng.sample(["飞鹰队", "猛虎队", "蓝鲸队", "雷霆队", "火箭队"], 2)
    while True:
        sa = [rng.randint(14, 32) for _ in range(4)]
        sb = [rng.randint(14, 32) for _ in range(4)]
        if sum(sa) != sum(sb) and len(set(sa)) == 4:
            break
    passage = ("在一场篮球联赛中，%s对阵%s。四节比分依次为：第一节%d比%d，第二节%d比%d，第三节%d比%d，第四节%d比%d"
               "（前者为%s得分）。" % (a, b, sa[0], sb[0], sa[1], sb[1], sa[2], sb[2], sa[3], sb[3], a))
    head = "阅读材料：" + passage + "\n\n问题："
    maths, shorts = [], []
    half = sa[0] + sa[1]
    maths.append(_P(head + "%s上半场一共得了多少分？" % a, half, sum(sa), "分",
                    ["上半场是第一节和第二节", "%s第一节%d分，第二节%d分" % (a, sa[0], sa[1])],
                    ["上半场得分 = 第一节 + 第二节。"], lambda s: "%s上半场一共得了%s。" % (a, s), lang="zh",
                    inter="%d分" % sa[0]))
    win = a if sum(sa) > sum(sb) else b
    lose = b if win == a else a
    shorts.append(dict(lang="zh", q=head + "这场比赛哪支球队获胜？", ans=win, alt_ok=["%s获胜" % win],
                       distractor=lose, evidence=["%s总分 %d" % (a, sum(sa)), "%s总分 %d" % (b, sum(sb))]))
    o = sorted(range(4), key=lambda i: -sa[i])
    qn = ["第一节", "第二节", "第三节", "第四节"]
    shorts.append(dict(lang="zh", q=head + "%s在哪一节得分最多？" % a, ans=qn[o[0]], alt_ok=["%s，共%d分" % (qn[o[0]], sa[o[0]])],
                       distractor=qn[o[1]], evidence=["%s：%d分" % (n, s) for n, s in zip(qn, sa)]))
    return maths, shorts


EN = [game, census, company]
ZH = [zh_company, zh_basket]
