"""DROP-style passage questions (invented games and towns) and date arithmetic."""
import calendar
import datetime
from fractions import Fraction
from styles import cn_num

FIRST = ["Dante", "Malik", "Trevor", "Jalen", "Corey", "Brandon", "Isaiah", "Nolan", "Reggie", "Tyson", "Evan", "Marcus", "Devin", "Quinn", "Andre", "Logan"]
LAST = ["Okafor", "Whitfield", "Brannigan", "Castellanos", "Pruitt", "Lindqvist", "Moreau", "Haddad", "Osei", "Kowalczyk", "Delgado", "Ashby", "Fairbanks", "Nakamura", "Sterling", "Yates"]
TEAMS = [("Harbor City", "Herons"), ("Ridgeview", "Foxes"), ("Lakeshore", "Comets"), ("Granite Peak", "Rams"), ("Bayside", "Mariners"), ("Iron Valley", "Stallions")]
ORD = ["first", "second", "third", "fourth"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def dec(x):
    x = Fraction(x)
    d = x.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return None if d != 1 else ("%.6f" % float(x)).rstrip("0").rstrip(".")


def roster(rng, used):
    def nm():
        while True:
            n = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
            if n not in used and n.split()[1] not in {u.split()[1] for u in used}:
                used.add(n)
                return n
    return dict(K=nm(), QB=nm(), WR=[nm(), nm()], RB=nm())


def game(rng):
    (c1, n1), (c2, n2) = rng.sample(TEAMS, 2)
    used = set()
    R = {n1: roster(rng, used), n2: roster(rng, used)}
    while True:
        plays = []
        for qt in sorted(rng.choice([1, 1, 2, 2, 3, 3, 4, 4, 4]) for _ in range(rng.randint(7, 9))):
            tm = rng.choice([n1, n2])
            kind = rng.choice(["fg", "fg", "pass", "pass", "run"])
            y = rng.randint(21, 56) if kind == "fg" else (rng.randint(3, 72) if kind == "pass" else rng.randint(1, 38))
            plays.append(dict(q=qt, team=tm, kind=kind, y=y, K=R[tm]["K"], QB=R[tm]["QB"], WR=rng.choice(R[tm]["WR"]), RB=R[tm]["RB"]))
        fgs = [p["y"] for p in plays if p["kind"] == "fg"]
        tds = [p for p in plays if p["kind"] != "fg"]
        if len(fgs) >= 3 and len(set(fgs)) == len(fgs) and len(tds) >= 3 and len({p["y"] for p in tds}) == len(tds):
            break
    sents, lastq = [], 0
    for p in plays:
        pre = ""
        if p["q"] != lastq:
            pre = rng.choice(["In the %s quarter, " % ORD[p["q"] - 1], "During the %s quarter, " % ORD[p["q"] - 1]]) if p["q"] != 3 else rng.choice(["After halftime, ", "In the third quarter, "])
            lastq = p["q"]
        if p["kind"] == "fg":
            s = rng.choice(["the %s got a %d-yard field goal from kicker %s." % (p["team"], p["y"], p["K"]),
                            "%s made a %d-yard field goal for the %s." % (p["K"], p["y"], p["team"]),
                            "the %s answered with %s's %d-yard field goal." % (p["team"], p["K"], p["y"])])
        elif p["kind"] == "pass":
            s = rng.choice(["%s quarterback %s found %s on a %d-yard touchdown pass." % (p["team"], p["QB"], p["WR"], p["y"]),
                            "%s connected with %s for a %d-yard TD." % (p["QB"], p["WR"], p["y"]),
                            "the %s scored when %s hit %s on a %d-yard touchdown throw." % (p["team"], p["QB"], p["WR"], p["y"])])
        else:
            s = rng.choice(["%s running back %s scored on a %d-yard touchdown run." % (p["team"], p["RB"], p["y"]),
                            "%s ran %d yards for a touchdown for the %s." % (p["RB"], p["y"], p["team"])])
        s = pre + s
        sents.append(s[0].upper() + s[1:])
    intro = "Hoping to rebound from a road loss, the %s %s hosted the %s %s in a week %d matchup. " % (c1, n1, c2, n2, rng.randint(3, 15))
    return intro + " ".join(sents), plays, (n1, n2)


def scorer(p):
    return p["WR"] if p["kind"] == "pass" else p["RB"]


def drop_game(rng, mode):
    text, plays, teams = game(rng)
    wrong_mode = mode == "wrong"
    fg = [p for p in plays if p["kind"] == "fg"]
    td = [p for p in plays if p["kind"] != "fg"]
    kind = rng.choice(["count", "diff", "last", "sum", "longk"])
    desc = lambda p: ("%d-yard field goal by %s (%s, Q%d)" % (p["y"], p["K"], p["team"], p["q"]) if p["kind"] == "fg" else
                      "%d-yard TD %s %s (%s, Q%d)" % (p["y"], "pass to" if p["kind"] == "pass" else "run by", scorer(p), p["team"], p["q"]))
    if kind == "count":
        q, ans = "How many field goals were made in the game?", len(fg)
        seen = fg
        if wrong_mode:
            seen = [p for i, p in enumerate(fg) if i != len(fg) // 2]
        got = len(seen)
        steps = [("Scan the passage for field goals", "\n".join("- %s" % desc(p) for p in seen)),
                 ("Count them", "That's %d field goals in total." % got)]
        alt, wrong, wp = rng.choice([NUMW[ans], "%d field goals" % ans]), str(ans - 1), "skip the field goal mentioned in the middle of the quarter recap"
    elif kind == "diff":
        ys = sorted(p["y"] for p in fg)
        q, ans = "How many yards longer was the longest field goal than the shortest field goal?", ys[-1] - ys[0]
        hi = ys[-2] if wrong_mode else ys[-1]
        got = hi - ys[0]
        listed = [p for p in fg if not (wrong_mode and p["y"] == ys[-1])]
        steps = [("List all field goals", "\n".join("- %s" % desc(p) for p in listed)),
                 ("Find the extremes", "Longest: %d yards. Shortest: %d yards." % (hi, ys[0])),
                 ("Subtract", "%d - %d = %d" % (hi, ys[0], got))]
        alt, wrong, wp = "%d yards" % ans, str(ys[-2] - ys[0]), "treat the second-longest kick as the longest"
    elif kind == "last":
        q, ans = "Which player scored the last touchdown of the game?", scorer(td[-1])
        got = scorer(td[-2]) if wrong_mode else ans
        shown = td[:-1] if wrong_mode else td
        steps = [("List the touchdowns in order", "\n".join("%d. %s" % (i + 1, desc(p)) for i, p in enumerate(shown))),
                 ("Take the final one", "The last touchdown listed was scored by %s." % got)]
        others = [scorer(p) for p in reversed(td[:-1]) if scorer(p) != ans] + [td[-1]["QB"]]
        alt, wrong, wp = ans.split()[1], others[0], "take the touchdown described just before the final quarter recap"
    elif kind == "sum":
        tm = rng.choice(teams)
        mine = [p for p in td if p["team"] == tm]
        if not mine:
            return drop_game(rng, mode)
        q, ans = "How many total yards of touchdowns did the %s score?" % tm, sum(p["y"] for p in mine)
        used = mine[:-1] if (wrong_mode and len(mine) > 1) else mine
        got = sum(p["y"] for p in used) + (10 if wrong_mode and len(mine) == 1 else 0)
        steps = [("Find the %s touchdowns" % tm, "\n".join("- %s" % desc(p) for p in used)),
                 ("Add the yardage", " + ".join(str(p["y"]) for p in used) + (" + 10 (extra point conversion counted as yards)" if wrong_mode and len(mine) == 1 else "") + " = %d" % got)]
        alt, wrong, wp = "%d yards" % ans, str(ans - mine[-1]["y"]) if len(mine) > 1 else str(ans + 10), "leave out the fourth-quarter score"
    else:
        p = max(fg, key=lambda x: x["y"])
        others = [x for x in fg if x["K"] != p["K"]]
        if not others:
            return drop_game(rng, mode)
        q, ans = "Which kicker made the longest field goal?", p["K"]
        o = max(others, key=lambda x: x["y"])
        got = o["K"] if wrong_mode else ans
        listed = [x for x in fg if not (wrong_mode and x["K"] == ans)]
        steps = [("Collect the field goals with their kickers", "\n".join("- %s" % desc(x) for x in listed)),
                 ("Pick the longest", "The longest is %d yards, by %s." % ((o if wrong_mode else p)["y"], got))]
        alt, wrong, wp = "%s (the %d-yarder)" % (ans, p["y"]), o["K"], "credit the kicker of the longest kick in the second half"
    final = str(got)
    res = dict(dataset="drop_like", type="short_text", lang="en", q="Passage: %s\n\nQuestion: %s" % (text, q), ref=str(ans),
               gist="answer a reading-comprehension question about a game recap", steps=steps, check=None, final=final,
               say="the answer is %s" % final, wrong=wrong, wrong_path=wp, label="Incorrect" if got != ans else "Correct",
               think_extra="I need to go through the passage carefully and not miss any scoring play; quarter recaps can hide plays in long sentences.")
    if mode == "alt":
        res["final"], res["say"] = alt, "the answer is %s" % alt
    return res


def drop_census(rng, mode):
    while True:
        parts = [rng.randint(180, 290), rng.randint(60, 130), rng.randint(220, 320), rng.randint(180, 280)]
        d = 1000 - sum(parts)
        if 80 <= d <= 220 and d != parts[1]:
            break
    u, a, b, c = parts
    town = rng.choice(["Millbrook", "East Calder", "Port Alvin", "Sandor Springs", "Wexley", "New Harlan"])
    P = rng.randint(8000, 60000)
    H = P // rng.choice([2, 3]) + rng.randint(-900, 900)
    F = int(H * rng.uniform(0.58, 0.72))
    t = lambda v: dec(Fraction(v, 10))
    text = ("As of the census of 2010, there were %s people, %s households, and %s families residing in %s. "
            "In the town, the population was spread out, with %s%% under the age of 18, %s%% from 18 to 24, %s%% from 25 to 44, "
            "%s%% from 45 to 64, and %s%% who were 65 years of age or older. The median age was %d years.") % (
        format(P, ","), format(H, ","), format(F, ","), town, t(u), t(a), t(b), t(c), t(d), rng.randint(33, 44))
    kind = rng.choice(["notu", "larger", "hf", "mid"])
    w = mode == "wrong"
    if kind == "notu":
        q, ans = "How many percent of people were not under the age of 18?", Fraction(1000 - u, 10)
        got = ans + (1 if w else 0)
        steps = [("Find the under-18 share", "%s%% were under 18." % t(u)), ("Subtract from 100", "100 - %s = %s" % (t(u), dec(got)))]
        alt, wrong, wp = dec(ans) + "%", dec(ans + 1), "borrow incorrectly in the subtraction"
    elif kind == "larger":
        big = "65 and older" if d > a else "18 to 24"
        small = "18 to 24" if d > a else "65 and older"
        q, ans = "Which age group was larger: 18 to 24, or 65 and older?", big
        got = small if w else big
        steps = [("Look up both groups", "18 to 24: %s%%; 65 and older: %s%%." % (t(a), t(d))),
                 ("Compare", "The larger one is %s." % got if not w else "Comparing the first digits, %s looks larger." % got)]
        alt, wrong, wp = ("people 65 years of age or older" if big.startswith("65") else "the 18-24 group"), small, "compare only the leading digits"
    elif kind == "hf":
        q, ans = "How many more households were there than families?", Fraction(H - F)
        got = ans + (rng.choice([-100, 100]) if w else 0)
        steps = [("Get the two counts", "Households: %s. Families: %s." % (format(H, ","), format(F, ","))),
                 ("Subtract", "%s - %s = %s" % (format(H, ","), format(F, ","), format(int(got), ",")))]
        alt, wrong, wp = format(int(ans), ","), str(int(ans) + 100), "carry the hundreds digit incorrectly"
    else:
        q, ans = "How many percent of people were between 25 and 64 years old?", Fraction(b + c, 10)
        got = ans - (Fraction(c, 10) if w else 0)
        steps = [("Identify the groups", "25 to 44 (%s%%) and 45 to 64 (%s%%)." % (t(b), t(c)) if not w else "The 25 to 44 group is %s%%." % t(b)),
                 ("Add", "%s + %s = %s" % (t(b), t(c), dec(ans)) if not w else "That gives %s%%." % dec(got))]
        alt, wrong, wp = dec(ans) + " percent", t(b), "only count the 25 to 44 group"
    final = got if isinstance(got, str) else (format(int(got), ",") if kind == "hf" else dec(got))
    res = dict(dataset="drop_like", type="short_text", lang="en", q="Passage: %s\n\nQuestion: %s" % (text, q),
               ref=ans if isinstance(ans, str) else (str(int(ans)) if kind == "hf" else dec(ans)),
               gist="answer a question about census figures in a passage", steps=steps, check=None, final=final,
               say="the answer is %s" % final, wrong=wrong, wrong_path=wp, label="Incorrect" if got != ans else "Correct",
               think_extra="Census paragraphs pack many numbers; I need to pick the right ones and do the arithmetic exactly.")
    if mode == "alt":
        res["final"], res["say"] = alt, "the answer is %s" % alt
    return res


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WDZ = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def ds(d, lang):
    return "%s %d, %d" % (MON[d.month - 1], d.day, d.year) if lang == "en" else "%d年%d月%d日" % (d.year, d.month, d.day)


def date_after(rng, mode, lang):
    st = datetime.date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
    n = rng.choice([45, 60, 75, 90, 100, 120, 150, 200])
    ans = st + datetime.timedelta(days=n)
    en = lang == "en"
    q = ("What is the date %d days after %s?" % (n, ds(st, lang))) if en else "%s之后的第 %d 天是哪一天？（写出年月日）" % (ds(st, lang), n)
    eff = n - 1 if mode == "wrong" else n
    rows, cur, left = [], st, eff
    dim = calendar.monthrange(cur.year, cur.month)[1]
    rest = dim - cur.day
    rows.append(("Days remaining in %s after the %dth: %d - %d = %d. Remaining count: %d - %d = %d." % (MON[cur.month - 1], cur.day, dim, cur.day, rest, left, rest, left - rest)) if en
                else "%d月还剩 %d - %d = %d 天，剩余 %d - %d = %d 天。" % (cur.month, dim, cur.day, rest, left, rest, left - rest))
    left -= rest
    y, m = cur.year, cur.month
    while True:
        m += 1
        if m == 13:
            y, m = y + 1, 1
        dim = calendar.monthrange(y, m)[1]
        if left <= dim:
            break
        rows.append(("%s %d has %d days: %d - %d = %d left." % (MON[m - 1], y, dim, left, dim, left - dim)) if en else "%d年%d月有 %d 天：%d - %d = %d。" % (y, m, dim, left, dim, left - dim))
        left -= dim
    got = datetime.date(y, m, left)
    rows.append(("The remaining %d days land on %s." % (left, ds(got, lang))) if en else "剩下的 %d 天落在 %s。" % (left, ds(got, lang)))
    steps = ([("Decide how to count", "Counting starts the day after %s, so day 1 is the next day." % ds(st, lang) if mode != "wrong" else
               "%s itself counts as day 1, so I need to move forward %d more days." % (ds(st, lang), n - 1))] if en else
             [("确定计数方式", "从%s的下一天开始算第 1 天。" % ds(st, lang) if mode != "wrong" else "%s当天算第 1 天，所以再往后数 %d 天。" % (ds(st, lang), n - 1))])
    steps.append(("Walk through the months" if en else "逐月推算", "\n".join("- " + r for r in rows)))
    final = ds(got, lang)
    wd = WD[ans.weekday()] if en else WDZ[ans.weekday()]
    alt = rng.choice([ans.isoformat(), "%d %s %d" % (ans.day, MON[ans.month - 1], ans.year), "%s, %s" % (wd, ds(ans, "en"))]) if en else \
        rng.choice([ans.isoformat(), "%s（%s）" % (ds(ans, "zh"), wd), "%d年%s月%s日" % (ans.year, cn_num(ans.month), cn_num(ans.day)) if ans.day != 10 else ds(ans, "zh")])
    wrong = ds(ans - datetime.timedelta(days=1), lang)
    res = dict(dataset="date_arith_like", type="short_text", lang=lang, q=q, ref=ds(ans, lang) if rng.random() < 0.8 else ans.isoformat(),
               gist=("find the date %d days after %s" % (n, ds(st, lang))) if en else "推算%s之后第 %d 天的日期" % (ds(st, lang), n),
               think_extra=("Date arithmetic: go month by month, using the correct month lengths (and checking whether February falls in a leap year: %d is %sa leap year)." % (
                   st.year + (1 if st.month > 2 else 0), "" if calendar.isleap(st.year + (1 if st.month > 2 else 0)) else "not ")) if en else
               "日期推算要逐月计算，注意每个月的天数，特别是二月是否为闰年（%d 年%s闰年）。" % (st.year + (1 if st.month > 2 else 0), "是" if calendar.isleap(st.year + (1 if st.month > 2 else 0)) else "不是"),
               steps=steps, check=(("Check with day-of-year arithmetic: %s is day %d of its year and %s is day %d of its year, so the difference is %d days." % (
                   ds(st, lang), st.timetuple().tm_yday, ds(ans, lang), ans.timetuple().tm_yday, n)) if en else
                                   "用“一年中的第几天”核对：%s是当年第 %d 天，%s是当年第 %d 天，相差 %d 天。" % (
                   ds(st, lang), st.timetuple().tm_yday, ds(ans, lang), ans.timetuple().tm_yday, n)) if (mode != "wrong" and st.year == ans.year) else None,
               final=final, say=("the date is " + final) if en else "这一天是" + final, wrong=wrong,
               wrong_path="count the starting day as day 1" if en else "把起始日当作第 1 天",
               label="Correct" if got == ans else "Incorrect")
    if mode == "alt":
        res["final"], res["say"] = alt, (("the date is " + alt) if en else "这一天是" + alt)
    return res


def weekday(rng, mode):
    d = datetime.date(rng.randint(1901, 2030), rng.randint(1, 12), rng.randint(1, 28))
    ans = WD[d.weekday()]
    m, y = (d.month + 12, d.year - 1) if d.month < 3 else (d.month, d.year)
    K, J = y % 100, y // 100
    t2 = 13 * (m + 1) // 5 + (1 if mode == "wrong" else 0)
    h = (d.day + t2 + K + K // 4 + J // 4 + 5 * J) % 7
    zel = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    got = zel[h]
    q = "What day of the week was %s?" % ds(d, "en")
    steps = [("Set up Zeller's congruence", "h = (q + floor(13(m+1)/5) + K + floor(K/4) + floor(J/4) + 5J) mod 7, with h = 0 meaning Saturday."
              + (" January and February count as months 13 and 14 of the previous year." if d.month < 3 else "")),
             ("Plug in the values", "q = %d, m = %d, K = %d, J = %d." % (d.day, m, K, J)),
             ("Compute each term", "floor(13(m+1)/5) = floor(%d/5) = %d; floor(K/4) = %d; floor(J/4) = %d; 5J = %d." % (13 * (m + 1), t2, K // 4, J // 4, 5 * J)),
             ("Reduce mod 7", "Sum = %d + %d + %d + %d + %d + %d = %d, and %d mod 7 = %d, i.e. %s." % (
                 d.day, t2, K, K // 4, J // 4, 5 * J, d.day + t2 + K + K // 4 + J // 4 + 5 * J, d.day + t2 + K + K // 4 + J // 4 + 5 * J, h, got))]
    res = dict(dataset="date_arith_like", type="short_text", lang="en", q=q, ref=ans, gist="find the weekday of a calendar date", steps=steps,
               check=None, final=got, say="%s was a %s" % (ds(d, "en"), got), wrong=zel[(h + 1) % 7] if got == ans else ans,
               wrong_path="round 13(m+1)/5 up instead of down", label="Correct" if got == ans else "Incorrect", think_extra=None)
    if mode == "alt":
        res["final"] = rng.choice(["a %s" % ans, "%s, %s" % (ans, ds(d, "en")), "It was a " + ans])
        res["say"] = "%s fell on a %s" % (ds(d, "en"), ans)
    return res


def all_drop(rng, pick, finish):
    out = []
    plan = [(drop_game, 12), (drop_census, 10)]
    for fn, n in plan:
        for _ in range(n):
            mode = pick(rng)
            base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
            out.append(finish(fn(rng, base), mode, rng))
    for lang, n in (("en", 6), ("zh", 5)):
        for _ in range(n):
            mode = pick(rng)
            base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
            out.append(finish(date_after(rng, base, lang), mode, rng))
    for _ in range(4):
        mode = pick(rng)
        base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
        out.append(finish(weekday(rng, base), mode, rng))
    return out
