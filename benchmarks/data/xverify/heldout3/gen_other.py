"""Generated alphabet_option / short_text / categorical_label cases for heldout3 (fixed seed)."""
import random
import datetime as dt
from math import gcd
from render_cls import It, render_cls
from gen_math import wpick
from lib import words
import bank_mc
import bank_text

L = "ABCDE"


def _mult(x, p):
    e = 0
    while x % p == 0:
        x //= p
        e += 1
    return e


def layout(stem, opts, rng, lang):
    k = rng.randint(0, 2)
    if lang == "zh":
        sep = rng.choice(["．", ". ", "、"])
        return stem + "\n" + "\n".join("%s%s%s" % (L[i], sep, o) for i, o in enumerate(opts))
    if k == 0:
        return stem + " Answer Choices: " + " ".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 1:
        return stem + "\n" + "\n".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    return stem + "\n\n" + "\n".join("%s) %s" % (L[i], o) for i, o in enumerate(opts))


def mc_forms(i, opts, lang, rng):
    l, o = L[i], opts[i]
    if lang == "zh":
        return ["%s" % l, "%s．%s" % (l, o), "选%s" % l, "%s（%s）" % (l, o), o]
    return ["%s" % l, "(%s) %s" % (l, o), "%s. %s" % (l, o), "Option %s" % l, o, "(%s)" % l]


def mc_ref(i, opts, rng):
    return rng.choice([L[i], L[i], "(%s)" % L[i], "%s. %s" % (L[i], opts[i])])


def mc_item(rng, src):
    """src: a bank item or a computed one (same keys)."""
    lg = src["lang"]
    order = list(range(len(src["opts"])))
    if rng.random() < .6:
        rng.shuffle(order)
    opts = [src["opts"][j] for j in order]
    ai, mi = order.index(src["ans"]), order.index(src["mis"][0])
    notes = [src["notes"][j] for j in order]
    fmt = "（%s）%s：%s" if lg == "zh" else "(%s) %s: %s"
    an = [fmt % (L[i], o, n) for i, (o, n) in enumerate(zip(opts, notes))]
    mis = src["mis"][1] + [("所以选 %s。" if lg == "zh" else "That's option %s.") % L[mi]]
    why = src["why"] + [("对应选项 %s。" if lg == "zh" else "That corresponds to option %s.") % L[ai]]
    good = mc_forms(ai, opts, lg, rng)
    good = [good[0]] + good[1:]
    bad = [L[mi], (("%s．%s" if lg == "zh" else "(%s) %s") % (L[mi], opts[mi])), opts[mi]]
    listing = [("选项有：" if lg == "zh" else "The options are: ") + ("；" if lg == "zh" else "; ").join(
        "%s %s" % (L[i], o) for i, o in enumerate(opts)) + ("。" if lg == "zh" else "."),
        rng.choice(["先不看选项，自己推一下。", "先回忆相关知识点。"] if lg == "zh" else
                   ["Let me first work it out without looking at the options.", "Let me recall the relevant facts first.",
                    "I'll reason it out and then match to an option."])]
    return It(lang=lg, dataset=src["dataset"], kat="alphabet_option", q=layout(src["stem"], opts, rng, lg),
              restate=("这是一道单选题，需要选出正确选项。" if lg == "zh" else "It's a single-answer multiple-choice question."),
              why=why, mis=mis, good=good, bad=bad, analysis=an, refs=[mc_ref(ai, opts, rng)], listing=listing,
              quote=src["stem"])


def mc_computed(rng, kind, lang):
    zh = lang == "zh"
    if kind == "lcm":
        a, b = rng.choice([(12, 18), (8, 14), (15, 20), (9, 12), (16, 24), (10, 25), (14, 21)])
        g = gcd(a, b)
        l = a * b // g
        opts = [l, g, a * b, l * 2 if l * 2 != a * b else l * 3, a + b]  # when gcd = 2, ab = 2*lcm
        notes = ["a common multiple of both, and the smallest", "that's the GCD", "a common multiple, but not the least",
                 "a common multiple, but twice the least one" if l * 2 != a * b else "a common multiple, but three times the least one",
                 "just the sum"]
        stem = ("%d 和 %d 的最小公倍数是多少？" if zh else "What is the least common multiple of %d and %d?") % (a, b)
        why = [("分解质因数：%d 与 %d 的最大公因数是 %d。" if zh else "Their greatest common divisor is %d and %d share %d.") % (a, b, g)
               if zh else "The GCD of %d and %d is %d." % (a, b, g),
               ("最小公倍数 = %d × %d ÷ %d = %d。" if zh else "LCM = %d × %d / %d = %d.") % (a, b, g, l)]
        fz = lambda x: "·".join("%d^%d" % (p, e) if e > 1 else str(p) for p, e in
                                [(p, _mult(x, p)) for p in (2, 3, 5, 7) if x % p == 0])
        why = [("质因数分解：%d = %s，%d = %s。" if zh else "Prime factorizations: %d = %s and %d = %s.") % (a, fz(a), b, fz(b)),
               ("取每个质因数的最高次幂相乘得最小公倍数。" if zh else "The LCM takes the highest power of each prime.")] + why
        mis = (2, [("最小公倍数就是两数相乘：%d × %d = %d。" if zh else "The LCM is the product of the numbers: %d × %d = %d.") % (a, b, a * b)])
    elif kind == "interest":
        P, r, t = rng.choice([2000, 5000, 8000, 12000]), rng.choice([3, 4, 5, 6]), rng.choice([2, 3, 4])
        I = P * r * t // 100
        opts = [I, P + I, I // t, I + P * r // 100]
        notes = ["P·r·t", "that's the total amount, not the interest", "that's one year's interest",
                 "one year too many"]
        stem = ("本金%d元，年利率%d%%，按单利计算，%d年后的利息是多少元？" if zh else
                "What is the simple interest on $%d at %d%% per year for %d years?") % (P, r, t)
        why = [("单利利息 = 本金 × 利率 × 时间。" if zh else "Simple interest I = P × r × t."),
               ("%d × %d%% × %d = %d%s。" if zh else "%d × %d%% × %d = %d%s.") % (P, r, t, I, "元" if zh else "")]
        why = why[:1] + [("每年利息：%d × %d%% = %d%s；" if zh else "Interest per year: %d × %d%% = %d%s; ") % (
            P, r, P * r // 100, "元" if zh else "") + ("共 %d 年。" if zh else "over %d years.") % t] + why[1:]
        mis = (1, [("到期后能拿到 %d + %d × %d%% × %d = %d。" if zh else "At the end you get %d + %d × %d%% × %d = %d.") % (
            P, P, r, t, P + I)])
        opts = [("%d元" if zh else "$%d") % o for o in opts]
    elif kind == "avg":
        M, xs = rng.randint(20, 60), [rng.randint(10, 80) for _ in range(4)]
        fifth = 5 * M - sum(xs)
        if fifth <= 0:
            xs = [x // 2 for x in xs]
            fifth = 5 * M - sum(xs)
        opts = [fifth, 4 * M - sum(xs) if 4 * M - sum(xs) != fifth else fifth + 7, M, fifth + 5]
        if len(set(opts)) < 4:
            opts = [fifth, fifth + 3, fifth - 4, fifth + 9]
        notes = ["5M minus the four known numbers", "uses 4 numbers instead of 5", "just the average", "off by 5"]
        xs_s = ", ".join(map(str, xs))
        stem = ("五个数的平均数是%d，其中四个数是%s，第五个数是多少？" if zh else
                "The average of five numbers is %d. Four of the numbers are %s. What is the fifth number?") % (M, xs_s)
        why = [("五个数的和 = %d × 5 = %d，已知四个数之和为 %d。" if zh else "The five numbers sum to 5 × %d = %d; the known four sum to %d.") % (
            M, 5 * M, sum(xs)), ("第五个数 = %d − %d = %d。" if zh else "Fifth number = %d − %d = %d.") % (5 * M, sum(xs), fifth)]
        mis = (1, [("总和 = %d × 4 = %d，减去 %d 得 %d。" if zh else "Total = %d × 4 = %d; minus %d gives %d.") % (
            M, 4 * M, sum(xs), opts[1])])
    else:
        Lm, v = rng.choice([120, 150, 180, 240, 300]), rng.choice([36, 54, 72, 90])
        ms = v * 5 // 18
        while Lm % ms:
            Lm += 30
        opts = [Lm // ms, Lm // v if Lm // v != Lm // ms else Lm // ms + 3, Lm // ms * 2, Lm // ms + 4]
        if len(set(opts)) < 4:
            opts = [Lm // ms, Lm // ms + 2, Lm // ms * 2 + 1, Lm // ms + 5]
        notes = ["length ÷ speed in m/s", "forgot to convert km/h", "doubled", "off by 4"]
        stem = "A train %d m long runs at %d km/h. How many seconds does it take to pass a telegraph pole?" % (Lm, v)
        why = ["Convert the speed: %d km/h × 5/18 = %d m/s." % (v, ms), "Time = %d ÷ %d = %d seconds." % (Lm, ms, Lm // ms)]
        mis = (1, ["Time = length ÷ speed = %d ÷ %d ≈ %d seconds." % (Lm, v, Lm // v)])
    n = len(opts)
    src = dict(lang=lang, dataset="aqua_like" if not zh else "ceval_like", stem=stem, opts=[str(o) for o in opts], ans=0,
               notes=notes[:n], why=why, mis=mis)
    return src


# ------------------------------------------------------------------ short text
MONTHS = "January February March April May June July August September October November December".split()
WD = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WDZ = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def dforms(d, lang):
    en = ["%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year), d.isoformat(), "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
          "%s %d, %d" % (MONTHS[d.month - 1][:3] + ".", d.day, d.year)]
    if d.day > 12:
        en.append("%d/%d/%d" % (d.month, d.day, d.year))
    zh = ["%d年%d月%d日" % (d.year, d.month, d.day), d.isoformat(), "%d.%d.%d" % (d.year, d.month, d.day)]
    return zh if lang == "zh" else en


def _walk(s, N, lang, bump=0):
    """Month-by-month count from date s forward N days; bump miscounts the first month's length."""
    import calendar
    zh = lang == "zh"
    y, m, d, left, steps, first = s.year, s.month, s.day, N, [], True
    while True:
        md = calendar.monthrange(y, m)[1] + (bump if first else 0)
        rest = md - d
        if left <= rest:
            break
        if d:
            steps.append(("%d月%d日到%d月%d日（%d月有%d天）共 %d 天，还剩 %d − %d = %d 天。" if zh else
                          "From %s %d to the end of the month (%s has %d days): %d days, leaving %d − %d = %d.") % (
                (m, d, m, md, m, md, rest, left, rest, left - rest) if zh else
                (MONTHS[m - 1], d, MONTHS[m - 1], md, rest, left, rest, left - rest)))
        else:
            steps.append(("%d年%d月有%d天，还剩 %d − %d = %d 天。" if zh else "%s %d has %d days: %d − %d = %d left.") % (
                (y, m, md, left, md, left - md) if zh else (MONTHS[m - 1], y, md, left, md, left - md)))
        left -= rest
        y, m, d, first = y + (m == 12), m % 12 + 1, 0, False
    return steps, dt.date(y, m, d + left), left


def date_item(rng, lang):
    zh = lang == "zh"
    if rng.random() < .55:
        while True:
            s = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
            N = rng.randint(40, 250)
            e = s + dt.timedelta(days=N)
            steps, e2, left = _walk(s, N, lang)
            assert e2 == e
            wsteps, wrong, wl = _walk(s, N, lang, bump=rng.choice([-1, 1]))
            if wrong != e:
                break
        last = ("再往后数 %d 天，就是 %s。" if zh else "Then %d more days brings us to %s.")
        why = steps + [last % (left, dforms(e, lang)[0])]
        mis = wsteps + [last % (wl, dforms(wrong, lang)[0])]
        sd = dforms(s, lang)[0]
        q = ("%s之后第%d天是哪一天？" if zh else "What date is %d days after %s?") % ((sd, N) if zh else (N, sd))
        good, bad = dforms(e, lang), dforms(wrong, lang)[:2]
        check = [("检验：%s 到 %s 相隔 %d 天 ✓" if zh else "Check: %s to %s is %d days apart ✓") % (sd, good[0], (e - s).days)]
    else:
        d = dt.date(rng.randint(1950, 2030), rng.randint(1, 12), rng.randint(1, 28))
        diff = (d - dt.date(2000, 1, 1)).days
        w = d.weekday()
        wd = diff + rng.choice([-1, 1])
        wrong_w = (5 + wd) % 7
        sd = dforms(d, lang)[0]
        q = ("%s是星期几？" if zh else "What day of the week was (or will be) %s?") % sd

        def steps(df):
            if df >= 0:
                t = ("从2000年1月1日到%s共 %d 天，%d ÷ 7 余 %d，从星期六往后推 %d 天。" if zh else
                     "From January 1, 2000 to %s is %d days; %d mod 7 = %d, so move %d days forward from Saturday.") % (
                    sd, df, df, df % 7, df % 7)
            else:
                t = ("%s在2000年1月1日之前 %d 天，%d ÷ 7 余 %d，从星期六往前推 %d 天。" if zh else
                     "%s is %d days before January 1, 2000; %d mod 7 = %d, so move %d days back from Saturday.") % (
                    sd, -df, -df, -df % 7, -df % 7)
            r = (5 + df) % 7
            return [("已知2000年1月1日是星期六。" if zh else "Anchor: January 1, 2000 was a Saturday."), t,
                    ("结果是%s。" if zh else "That gives %s.") % (WDZ[r] if zh else WD[r])]
        why, mis = steps(diff), steps(wd)
        good = [WDZ[w], WDZ[w].replace("星期", "周"), WDZ[w].replace("星期", "礼拜")] if zh else [WD[w], WD[w][:3] + ".", "a " + WD[w], WD[w].upper()]
        if zh and w == 6:
            good.append("星期天")
        bad = [WDZ[wrong_w]] if zh else [WD[wrong_w]]
        check = []
    return It(lang=lang, dataset="date_like", kat="short_text", q=q, listing=[
        ("按月逐段推算，注意每个月的天数和闰年。" if zh else "I'll count month by month, watching month lengths and leap years.")],
              restate=("日期推算题。" if zh else "A calendar computation."), why=why, mis=mis, good=good, bad=bad,
              refs=good[:2], check=check)


TEAMS = [("Lions", "Bears"), ("Falcons", "Saints"), ("Broncos", "Chiefs"), ("Eagles", "Giants")]
PLAYERS = {"Lions": ("Matthew Stafford", ["Calvin Johnson", "Golden Tate"], "Jason Hanson"),
           "Bears": ("Jay Cutler", ["Brandon Marshall", "Matt Forte"], "Robbie Gould"),
           "Falcons": ("Matt Ryan", ["Roddy White", "Julio Jones"], "Matt Bryant"),
           "Saints": ("Drew Brees", ["Marques Colston", "Jimmy Graham"], "Garrett Hartley"),
           "Broncos": ("Kyle Orton", ["Eddie Royal", "Brandon Lloyd"], "Matt Prater"),
           "Chiefs": ("Matt Cassel", ["Dwayne Bowe", "Jamaal Charles"], "Ryan Succop"),
           "Eagles": ("Michael Vick", ["DeSean Jackson", "LeSean McCoy"], "David Akers"),
           "Giants": ("Eli Manning", ["Hakeem Nicks", "Ahmad Bradshaw"], "Lawrence Tynes")}


def drop_item(rng):
    t1, t2 = rng.choice(TEAMS)
    ev = []
    used = set()
    for qn in range(1, 5):
        for _ in range(rng.randint(1, 2)):
            tm = rng.choice([t1, t2])
            qb, rec, k = PLAYERS[tm]
            kind = rng.choice(["pass", "run", "fg", "fg"])
            y = rng.randint(20, 54) if kind == "fg" else rng.randint(1, 70)
            while y in used:
                y += 1
            used.add(y)
            ev.append((qn, tm, kind, y, qb, rng.choice(rec), k))
    fgs = [e for e in ev if e[2] == "fg"]
    tds = [e for e in ev if e[2] != "fg"]
    if len(fgs) < 2 or len(tds) < 2:
        return drop_item(rng)
    ordn = ["first", "second", "third", "fourth"]
    sents = []
    for qn, tm, kind, y, qb, rec, k in ev:
        if kind == "pass":
            sents.append("In the %s quarter, %s QB %s hit %s on %s %d-yard TD pass." % (ordn[qn - 1], tm[:-1] if tm.endswith("s") else tm, qb, rec, "an" if y in (8, 11, 18) else "a", y))
        elif kind == "run":
            sents.append("%s scored on %s %d-yard TD run in the %s quarter." % (rec, "an" if y in (8, 11, 18) or 80 <= y < 90 else "a", y, ordn[qn - 1]))
        else:
            sents.append("%s kicker %s made %s %d-yard field goal in the %s quarter." % (tm, k, "an" if y in (8, 11, 18) or 80 <= y < 90 else "a", y, ordn[qn - 1]))
    passage = "Coming off their previous win, the %s played the %s at home. " % (t1, t2) + " ".join(sents) + \
        " The %s held on in the final minutes." % rng.choice([t1, t2])
    which = rng.randint(0, 3)
    lst = ["%s: %s %d-yard %s" % (ordn[e[0] - 1] + " quarter", e[5] if e[2] != "fg" else e[6], e[3],
                                  {"pass": "TD catch", "run": "TD run", "fg": "field goal"}[e[2]]) for e in ev]
    an = []
    listing = ["Let me go through the passage sentence by sentence."] + ['"%s"' % x for x in sents] + \
        ["So the scoring plays, in order, are:"] + ["- " + x for x in lst]
    if which == 0:
        best = max(fgs, key=lambda e: e[3])
        wrong = fgs[0][3] if fgs[0] is not best else fgs[1][3]
        q = "How many yards was the longest field goal of the game?"
        good, bad = [str(best[3]), "%d yards" % best[3], "%d-yard field goal" % best[3], words(best[3]) + " yards"], [str(wrong), "%d yards" % wrong]
        why = ["The field goals were %s yards." % ", ".join(str(e[3]) for e in fgs), "The longest is %d yards." % best[3]]
        mis = ["The field goal mentioned in the passage is %d yards." % wrong, "So %d." % wrong]
    elif which == 1:
        ys = sorted(e[3] for e in tds)
        dif = ys[-1] - ys[0]
        wrong = ys[-2] - ys[0] if ys[-2] - ys[0] != dif else dif + 1
        q = "How many yards longer was the longest touchdown than the shortest touchdown?"
        good, bad = [str(dif), "%d yards" % dif, words(dif) + " yards"], [str(wrong), "%d yards" % wrong]
        why = ["Touchdowns: %s yards." % ", ".join(map(str, ys)), "Longest %d − shortest %d = %d." % (ys[-1], ys[0], dif)]
        mis = ["Touchdowns: %s yards." % ", ".join(map(str, ys[:-1])), "Longest %d − shortest %d = %d." % (ys[-2], ys[0], ys[-2] - ys[0])]
    elif which == 2:
        fst = tds[0]
        q = "Who scored the first touchdown of the game?"
        good = [fst[5], fst[5].split()[-1], "%s (%d-yard %s)" % (fst[5], fst[3], "catch" if fst[2] == "pass" else "run")]
        other = fst[4] if fst[2] == "pass" else tds[1][5]
        if other == fst[5]:
            other = [p for p in PLAYERS[fst[1]][1] if p != fst[5]][0]
        bad = [other]
        why = ["The first TD in the passage is the %d-yard %s." % (fst[3], "pass" if fst[2] == "pass" else "run"),
               "The player who scored it is %s." % fst[5]]
        mis = ["The first touchdown came on the play involving %s." % other, "So %s scored it." % other]
    else:
        nf = len(fgs)
        t1f = len([e for e in fgs if e[1] == fgs[0][1]])
        q = "How many field goals were made in the game?"
        good, bad = [str(nf), words(nf), "%d field goals" % nf], [str(t1f if t1f != nf else nf + 1)]
        why = ["Field goals: %s." % ", ".join("%s (%d yd)" % (e[6], e[3]) for e in fgs), "That's %d in total." % nf]
        mis = ["Counting %s's kicks: %s." % (fgs[0][6], ", ".join("%d yd" % e[3] for e in fgs if e[1] == fgs[0][1])), "So %s." % bad[0]]
    return It(lang="en", dataset="drop_like", kat="short_text", q="Passage: %s\nQuestion: %s" % (passage, q), quote=q,
              restate="Reading comprehension over a game summary.", why=why, mis=mis, good=good, bad=bad, analysis=an,
              refs=[good[0]], check=[], listing=listing)


def short_bank_item(src, rng):
    lg = src["lang"]
    return It(lang=lg, dataset=src["dataset"], kat="short_text", q=src["q"],
              listing=[("先回忆一下相关的知识。" if lg == "zh" else "Let me recall what I know about this."),
                       ("题目只要一个简短的答案。" if lg == "zh" else "Only a short answer is needed, but I want to be sure it's right.")],
              restate=("一道事实性问答题，需要给出简短答案。" if lg == "zh" else "A factual question with a short answer."),
              why=src["why"], mis=src["mis"], good=src["alias"], bad=[src["wrong"]], refs=src["ans"])


# ------------------------------------------------------------------ labels
PRIMES = [p for p in range(7, 40) if all(p % d for d in range(2, p))]


def tf_item(rng, lang):
    zh = lang == "zh"
    kind = rng.choice(["prime", "prime", "leap", "poly"])
    if kind == "prime":
        if rng.random() < .5:
            p, q = rng.sample(PRIMES, 2)
            n, truth = p * q, False
        else:
            n = rng.choice([x for x in range(101, 400) if all(x % d for d in range(2, 20)) and all(x % d for d in range(2, int(x ** .5) + 1))])
            truth, p, q = True, None, None
        stmt = ("%d 是质数。" if zh else "%d is a prime number.") % n
        r = int(n ** .5)
        ds = [d for d in PRIMES + [2, 3, 5] if d <= r]
        ds.sort()
        if truth:
            why = [("只需检验不超过 √%d ≈ %d 的质数：%s。" if zh else "Only primes up to √%d ≈ %d need checking: %s.") % (n, r, ", ".join(map(str, ds))),
                   ("%d 都不能被它们整除，所以是质数。" if zh else "None of them divides %d, so it is prime.") % n]
            a, b = ds[-1], n // ds[-1] + 1
            mis = [("试一下分解：%d = %d × %d。" if zh else "Let me factor it: %d = %d × %d.") % (n, a, b),
                   ("所以 %d 是合数。" if zh else "So %d is composite.") % n]
        else:
            why = [("试除：%d ÷ %d = %d，能整除。" if zh else "Trial division: %d ÷ %d = %d exactly.") % (n, min(p, q), max(p, q)),
                   ("%d = %d × %d，是合数，不是质数。" if zh else "%d = %d × %d, so it is composite, not prime.") % (n, min(p, q), max(p, q))]
            small = [d for d in [2, 3, 5, 7, 11] if d < min(p, q)]
            mis = [("检验 %s，都不能整除 %d。" if zh else "Checking %s: none of them divide %d.") % (", ".join(map(str, small)) or "2", n),
                   ("看起来 %d 是质数。" if zh else "Looks like %d is prime.") % n]
    elif kind == "leap":
        y = rng.choice([1900, 2100, 1800, 2000, 2400, 1996, 2023, 2024, 1700, 2200, 1600])
        truth = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
        stmt = ("%d 年是闰年。" if zh else "The year %d is a leap year.") % y
        why = [("规则：能被4整除但不能被100整除，或者能被400整除。" if zh else
                "Rule: divisible by 4 and not by 100, or divisible by 400."),
               ("%d %s被4整除，%s被100整除，%s被400整除，所以%s闰年。" if zh else
                "%d is %sdivisible by 4, %sdivisible by 100, %sdivisible by 400, so it is %sa leap year.") % (
                   (y, "能" if y % 4 == 0 else "不能", "能" if y % 100 == 0 else "不能", "能" if y % 400 == 0 else "不能", "是" if truth else "不是") if zh else
                   (y, "" if y % 4 == 0 else "not ", "" if y % 100 == 0 else "not ", "" if y % 400 == 0 else "not ", "" if truth else "not "))]
        if y % 100 == 0:
            mis = [("%d 能被 4 整除：%d ÷ 4 = %d。" if zh else "%d is divisible by 4: %d ÷ 4 = %d.") % (y, y, y // 4),
                   ("所以是闰年。" if zh else "So it's a leap year.")] if not truth else [
                ("%d 是整百年，整百年不是闰年。" if zh else "%d is a century year, and century years are not leap years.") % y]
        else:
            mis = [("%d 的末两位 %02d %s被4整除，但我记得%s" if zh else "The last two digits %02d are %sdivisible by 4, but I recall %s") % (
                (y, y % 100, "能" if y % 4 == 0 else "不能", "今年二月只有28天。" if truth else "今年二月有29天。") if zh else
                (y % 100, "" if y % 4 == 0 else "not ", "February had only 28 days that year." if truth else "that February had 29 days."))]
    else:
        n = rng.randint(5, 12)
        S = (n - 2) * 180
        claim = S if rng.random() < .5 else (n - 1) * 180
        truth = claim == S
        stmt = ("正%d边形的内角和是 %d°。" if zh else "The interior angles of a convex %d-gon add up to %d°.") % (n, claim)
        why = [("n 边形内角和 = (n − 2) × 180°。" if zh else "Interior angle sum = (n − 2) × 180°."),
               ("(%d − 2) × 180° = %d°，题中说 %d°，所以%s。" if zh else "(%d − 2) × 180° = %d°, versus the claimed %d°, so the statement is %s.") % (
                   n, S, claim, ("正确" if truth else "错误") if zh else ("true" if truth else "false"))]
        mis = [("内角和 = (n − 1) × 180° = %d°。" if zh else "Interior angle sum = (n − 1) × 180° = %d°.") % ((n - 1) * 180),
               ("与 %d° 比较，说法%s。" if zh else "Compared with %d°, the statement is %s.") % (
                   claim, ("正确" if (n - 1) * 180 == claim else "错误") if zh else ("true" if (n - 1) * 180 == claim else "false"))]
    if zh:
        pair = rng.choice([("正确", "错误", "回答“正确”或“错误”"), ("是", "否", "回答“是”或“否”"), ("对", "错", "回答“对”或“错”")])
        T, F, instr = pair
        q = "判断下面的说法是否正确（%s）：%s" % (instr, stmt)
        good = [T, T + "。", "√ " + T] if truth else [F, F + "。", "× " + F]
        bad = [F] if truth else [T]
        refs = [good[0]]
    else:
        q = rng.choice(["True or False: %s", "Is the following statement true or false? %s Answer True or False.",
                        "Statement: %s\nDecide whether the statement is true or false."]) % stmt
        good = (["True", "true", "TRUE", "The statement is true", "T"] if truth else ["False", "false", "FALSE", "The statement is false", "F"])
        bad = ["False"] if truth else ["True"]
        refs = [good[0], good[1]]
    defs = (["要判断的说法：%s" % stmt, "先按定义或公式独立算一遍，再和题目的说法对比。"] if zh else
            ["The claim: %s" % stmt, "I'll verify it independently from the definition and then compare with the claim."])
    return It(lang=lang, dataset=("cmath_tf_like" if zh else "boolq_like"), kat="categorical_label", q=q, listing=defs,
              restate=("判断题。" if zh else "A true/false judgement."), why=why, mis=mis, good=good, bad=bad, refs=refs)


LBL_ZH = {"entailment": ["蕴含", "蕴含关系", "entailment（蕴含）"], "neutral": ["中立", "中性", "neutral（中立）"],
          "contradiction": ["矛盾", "矛盾关系", "contradiction（矛盾）"]}
LBL_EN = {"entailment": ["entailment", "Entailment", "ENTAILMENT", "entails"], "neutral": ["neutral", "Neutral", "NEUTRAL"],
          "contradiction": ["contradiction", "Contradiction", "CONTRADICTION", "contradictory"]}


def nli_item(src, rng):
    lg = src["lang"]
    if lg == "zh":
        q = "语句一：“%s”\n语句二：“%s”\n请判断语句一与语句二的关系：蕴含（entailment）、中立（neutral）还是矛盾（contradiction）？" % (src["p"], src["h"])
        good, bad = LBL_ZH[src["label"]] + [src["label"]], [LBL_ZH[src["mis"][0]][0]]
        refs = [src["label"], LBL_ZH[src["label"]][0]]
    else:
        q = rng.choice(["Premise: %s\nHypothesis: %s\nWhat is the relationship between the premise and the hypothesis? "
                        "Answer with entailment, neutral, or contradiction.",
                        "Sentence 1: \"%s\"\nSentence 2: \"%s\"\nDoes sentence 1 entail, contradict, or neither (neutral) sentence 2?"]) % (src["p"], src["h"])
        good, bad = LBL_EN[src["label"]], [src["mis"][0]]
        refs = [src["label"], src["label"].capitalize()]
    defs = (["先回顾三种关系的含义：蕴含——前提为真时假设一定为真；矛盾——前提为真时假设一定为假；中立——假设可能真也可能假。",
             "前提：%s" % src["p"], "假设：%s" % src["h"]] if lg == "zh" else
            ["First, the definitions: entailment means the hypothesis must be true whenever the premise is; contradiction means "
             "it must be false; neutral means the premise doesn't settle it either way.",
             "Premise: %s" % src["p"], "Hypothesis: %s" % src["h"],
             "The key is to compare what the hypothesis claims against what the premise actually states, without adding outside assumptions.",
             "Could it be entailment? Only if every situation described by the premise also makes \"%s\" true." % src["h"],
             "Could it be contradiction? Only if the premise rules that out completely.",
             "Otherwise it's neutral."])
    return It(lang=lg, dataset="cmnli_like" if lg == "zh" else "mnli_like", kat="categorical_label", q=q, listing=defs,
              restate=("自然语言推理，判断两句话的关系。" if lg == "zh" else "Natural language inference between two sentences."),
              why=src["why"], mis=src["mis"][1], good=good, bad=bad, refs=refs)


def sent_item(src, rng):
    lg = src["lang"]
    if lg == "zh":
        z = {"positive": ["正面", "积极", "正向", "positive"], "negative": ["负面", "消极", "负向", "negative"]}
        q = "判断下面这条评论的情感倾向（正面/负面）：\n%s" % src["t"]
        refs = [z[src["label"]][0], src["label"]]
    else:
        z = {"positive": ["positive", "Positive", "POSITIVE", "positive sentiment"],
             "negative": ["negative", "Negative", "NEGATIVE", "negative sentiment"]}
        q = "Classify the sentiment of the following review as positive or negative.\nReview: %s" % src["t"]
        refs = [src["label"], src["label"].capitalize()]
    defs = (["评论原文：%s" % src["t"], "判断情感要看整体态度和结论性的表达，而不是个别词语。"] if lg == "zh" else
            ["The review: \"%s\"" % src["t"], "For sentiment I should focus on the reviewer's overall verdict rather than "
             "individual words; contrast words like 'but' or 'unfortunately' often signal where the real opinion lies."])
    return It(lang=lg, dataset="chnsenticorp_like" if lg == "zh" else "sst2_like", kat="categorical_label", q=q, listing=defs,
              restate=("情感分类。" if lg == "zh" else "Binary sentiment classification."), why=src["why"], mis=src["mis"][1],
              good=z[src["label"]], bad=[z[src["mis"][0]][0]], refs=refs)


# ------------------------------------------------------------------ driver
OK = [("plain", 35), ("alias", 30), ("early", 10), ("fix", 12), ("recheck", 13)]
BAD = [("wrong", 40), ("flip", 20), ("hedge", 15), ("nofinal", 8), ("trunc", 17)]
EN_ST = [("think", 88), ("md", 7), ("plain", 4), ("terse", 1)]
ZH_ST = [("zh_think", 90), ("zh_md", 6), ("zh_plain", 3), ("zh_terse", 1)]


def items(rng):
    out = []
    comp = [("lcm", "en"), ("interest", "en"), ("avg", "en"), ("train", "en")] * 4 + [("interest", "zh"), ("avg", "zh"), ("lcm", "zh"), ("avg", "zh"),
                                                                                    ("lcm", "zh"), ("interest", "zh")]
    for k, lg in comp:
        out.append(mc_item(rng, mc_computed(rng, k, lg)))
    for src, ctx in zip(bank_mc.MC, bank_mc.CTX):
        it = mc_item(rng, src)
        it.listing = it.listing + ctx
        out.append(it)
    for i in range(16):
        out.append(date_item(rng, "zh" if i % 4 == 3 else "en"))
    for _ in range(14):
        out.append(drop_item(rng))
    for src, ctx in zip(bank_text.SHORT, bank_text.CTX_SHORT):
        it = short_bank_item(src, rng)
        it.listing = it.listing[:1] + ctx + it.listing[1:]
        out.append(it)
    for i in range(18):
        out.append(tf_item(rng, "zh" if i % 3 == 2 else "en"))
    for src in bank_text.NLI:
        out.append(nli_item(src, rng))
    for src in bank_text.SENT:
        out.append(sent_item(src, rng))
    return out


TRAP = {"plain": "none", "alias": "equivalent_form", "early": "answer_stated_first", "fix": "self_corrected",
        "recheck": "verified", "wrong": "wrong_choice", "flip": "switched_to_wrong", "hedge": "hedged_two_answers",
        "nofinal": "no_final_answer", "trunc": "truncated_no_answer"}


def sizes(seed=3302):
    """Number of generated items per key_answer_type (items() is deterministic for a given seed)."""
    res = {}
    for it in items(random.Random(seed)):
        res[it.kat] = res.get(it.kat, 0) + 1
    return res


def generate(seed=3302, ok_share=None):
    rng = random.Random(seed)
    its = items(rng)
    by = {}
    for it in its:
        by.setdefault(it.kat, []).append(it)
    res = []
    for kat, lst in by.items():
        n_ok = (ok_share or {}).get(kat, len(lst) // 2)
        labels = ["Correct"] * n_ok + ["Incorrect"] * (len(lst) - n_ok)
        rng.shuffle(labels)
        for it, label in zip(lst, labels):
            mode = wpick(rng, OK if label == "Correct" else BAD)
            style = wpick(rng, ZH_ST if it.lang == "zh" else EN_ST)
            if mode == "trunc":
                style = "zh_think" if it.lang == "zh" else "think"
            verb = wpick(rng, [(3, 50), (4, 50)] if it.lang == "zh" else [(2, 20), (3, 50), (4, 30)]) if "think" in style else 0
            if mode == "trunc":
                verb = 2
            text = render_cls(it, mode, style, rng, verb)
            res.append(dict(dataset=it.dataset, key_answer_type=kat, question=it.q, llm_output=text,
                            correct_answer=rng.choice(it.refs), label=label, lang=it.lang, trap=TRAP[mode],
                            _meta="%s/%s" % (mode, style)))
    return res


if __name__ == "__main__":
    import sys
    cs = generate()
    for c in cs[: int(sys.argv[1]) if len(sys.argv) > 1 else 3]:
        print("=" * 60, c["key_answer_type"], c["_meta"], c["label"])
        print(c["question"])
        print("-" * 20)
        print(c["llm_output"])
        print("-" * 20, "REF:", c["correct_answer"])
    ls = sorted(len(c["llm_output"]) for c in cs)
    print(len(cs), "median", ls[len(ls) // 2], "min", ls[0], "max", ls[-1])
